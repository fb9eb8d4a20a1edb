//! Newcomer of the month end to end, on SQLite and PostgreSQL: a Tigrinya
//! speaker in Tynset says the municipality may ask her; the coordinator
//! writes her story in Bokmål and Tigrinya and sends it; it cannot be
//! announced before she approves that exact text; once announced, her
//! withdrawal stops what has not gone out, and every step is logged. A
//! declined story is never announced, and /delete takes it all away.

mod common;

use chrono::Duration;
use common::{TestApp, databases, newcomer, staff_member};
use velkommen::clock::Clock;
use velkommen::conversation::Reply;
use velkommen::conversation::callback::{
    Action, FeaturedAction, HomeAction, MenuItem, OnboardingAction,
};
use velkommen::featured::StoryStatus;
use velkommen::i18n::Locale;
use velkommen::newcomers::{Arrival, ChatKey, Household};
use velkommen::outbox::Delivery;
use velkommen::scheduler::Scheduler;

const SELAM: i64 = 301;
const COORDINATOR: i64 = 302;
const OTHER_COORDINATOR: i64 = 303;

fn fe(action: FeaturedAction) -> Action {
    Action::Featured(action)
}

async fn queued_to(app: &TestApp, chat: i64) -> Vec<Delivery> {
    let far = app.clock.now() + Duration::days(3650);
    app.state
        .store
        .due_deliveries(far, true, 10_000)
        .await
        .unwrap()
        .into_iter()
        .filter(|d| d.chat == ChatKey::telegram(chat))
        .collect()
}

#[tokio::test]
async fn a_story_goes_out_only_after_its_person_approved_the_exact_text() {
    for db in databases().await {
        let app = TestApp::new(db).await;
        let nb = app.state.i18n.tr(Locale::Nb);
        let ti = app.state.i18n.tr(Locale::Ti);
        newcomer(
            &app,
            SELAM,
            "tynset",
            Locale::Ti,
            Household::Children,
            Arrival::NotYet,
        )
        .await;
        // A second newcomer in Tynset, who receives the announcement.
        newcomer(
            &app,
            304,
            "tynset",
            Locale::Nb,
            Household::Alone,
            Arrival::NotYet,
        )
        .await;

        // Selam says the municipality may ask her.
        let mut selam = app.person(SELAM, Some("ti"));
        selam
            .press_raw(&Action::Home(HomeAction::Menu(MenuItem::Featured)).encode())
            .await;
        assert!(selam.text().contains(&ti.msg("featured-intro")));
        selam.press(fe(FeaturedAction::OptIn(true))).await;
        assert!(selam.text().contains(&ti.msg("featured-optin-yes")));

        // The coordinator sees her without a name and writes the story.
        let mut coordinator = staff_member(&app, COORDINATOR, "tynset").await;
        coordinator.say("/featured").await;
        let text = coordinator.text();
        assert!(text.contains("Flyktning"), "{text}");
        assert!(text.contains("ትግርኛ"), "{text}");
        coordinator
            .press(fe(FeaturedAction::Write(ChatKey::telegram(SELAM))))
            .await;
        coordinator.say(&"x".repeat(1600)).await;
        // Too long: told, and asked again; nothing stored.
        assert!(
            coordinator.text().contains(&nb.msg_args(
                "featured-write-prompt",
                &velkommen::args!["language" => "Norsk bokmål", "max" => 1500]
            )),
            "{}",
            coordinator.text()
        );
        assert!(
            app.state.store.stories_in("tynset", 10).await.unwrap()[0]
                .texts
                .0
                .is_empty()
        );
        let story_nb = "Selam kom til Tynset i fjor med tre barn. Nå jobber hun på sykehjemmet.";
        coordinator.say(story_nb).await;
        let id = app.state.store.stories_in("tynset", 10).await.unwrap()[0].id;
        coordinator.press(fe(FeaturedAction::Languages(id))).await;
        coordinator
            .press(fe(FeaturedAction::Text(id, Locale::Ti)))
            .await;
        let story_ti = "ሰላም ምስ ሰለስተ ደቃ ኣብ ቲንሰት መጺኣ።";
        coordinator.say(story_ti).await;
        assert!(coordinator.text().contains(story_ti));

        // Announcing before she approved is refused, even forged.
        coordinator
            .press_raw(&fe(FeaturedAction::Announce(id)).encode())
            .await;
        assert!(coordinator.text().contains(&nb.msg("stale-button")));
        coordinator
            .press_raw(&fe(FeaturedAction::Story(id)).encode())
            .await;
        coordinator.press(fe(FeaturedAction::Send(id))).await;
        assert!(coordinator.text().contains(&nb.msg("featured-sent")));
        coordinator
            .press_raw(&fe(FeaturedAction::Announce(id)).encode())
            .await;
        assert!(coordinator.text().contains(&nb.msg("stale-button")));
        assert!(
            app.state
                .store
                .recent_announcements(&["tynset".into()], 10)
                .await
                .unwrap()
                .is_empty()
        );
        // Nor can a drafted text change once it was sent.
        coordinator
            .press_raw(&fe(FeaturedAction::Text(id, Locale::Nb)).encode())
            .await;
        assert!(coordinator.text().contains(&nb.msg("stale-button")));

        // Another municipality's coordinator cannot see or touch it.
        let mut haram = staff_member(&app, OTHER_COORDINATOR, "haram").await;
        haram
            .press_raw(&fe(FeaturedAction::Story(id)).encode())
            .await;
        assert!(!haram.text().contains(story_nb));

        // Selam reads the exact texts, in Bokmål and Tigrinya, and says yes.
        let asked = queued_to(&app, SELAM).await;
        let request = Reply::from_body(&asked.last().unwrap().body).unwrap();
        assert!(request.text.contains(story_nb) && request.text.contains(story_ti));
        let yes = fe(FeaturedAction::Answer(id, true)).encode();
        assert!(request.buttons.iter().flatten().any(|b| b.data == yes));
        selam.press_raw(&yes).await;
        assert!(selam.text().contains(&ti.msg("featured-approved")));
        // A second answer changes nothing.
        selam
            .press_raw(&fe(FeaturedAction::Answer(id, false)).encode())
            .await;
        assert!(selam.text().contains(&ti.msg("stale-button")));
        let told = queued_to(&app, COORDINATOR).await;
        assert!(
            told.iter().any(|d| d.body.contains(
                &nb.msg_args("featured-staff-approved", &velkommen::args!["story" => id])
            ))
        );

        // Now it can go out — word for word.
        coordinator
            .press_raw(&fe(FeaturedAction::Story(id)).encode())
            .await;
        coordinator.press(fe(FeaturedAction::Announce(id))).await;
        assert!(coordinator.text().contains(&nb.msg("featured-announced")));
        let announcements = app
            .state
            .store
            .recent_announcements(&["tynset".into()], 10)
            .await
            .unwrap();
        assert_eq!(announcements.len(), 1);
        assert_eq!(announcements[0].texts.0.get(&Locale::Nb).unwrap(), story_nb);
        assert_eq!(announcements[0].texts.0.get(&Locale::Ti).unwrap(), story_ti);

        // She withdraws before the scheduler sent it: nothing goes out.
        selam
            .press_raw(&Action::Home(HomeAction::Menu(MenuItem::Featured)).encode())
            .await;
        selam.press(fe(FeaturedAction::Withdraw(id))).await;
        selam.say("ኣይፋል").await;
        assert!(
            selam.text().contains(&ti.msg("featured-withdraw-kept")),
            "{}",
            selam.text()
        );
        selam.press(fe(FeaturedAction::Withdraw(id))).await;
        selam
            .press(fe(FeaturedAction::ConfirmWithdraw(id, true)))
            .await;
        assert!(selam.text().contains(&ti.msg("featured-withdrawn")));
        Scheduler::new(app.state.clone())
            .try_execute_task()
            .await
            .unwrap();
        assert!(
            queued_to(&app, 304).await.is_empty(),
            "a withdrawn story is not sent"
        );
        let log: Vec<StoryStatus> = app
            .state
            .store
            .story_log(id)
            .await
            .unwrap()
            .into_iter()
            .map(|(status, _)| status)
            .collect();
        assert_eq!(
            log,
            [
                StoryStatus::Asked,
                StoryStatus::Approved,
                StoryStatus::Published,
                StoryStatus::Withdrawn
            ]
        );

        // A second story, declined: it can never be announced.
        coordinator.say("/featured").await;
        coordinator
            .press(fe(FeaturedAction::Write(ChatKey::telegram(SELAM))))
            .await;
        coordinator.say("En annen historie om Selam.").await;
        let second = app.state.store.stories_in("tynset", 10).await.unwrap()[0].id;
        coordinator.press(fe(FeaturedAction::Send(second))).await;
        // She opens it from the menu and types her no.
        selam
            .press_raw(&Action::Home(HomeAction::Menu(MenuItem::Featured)).encode())
            .await;
        assert!(selam.text().contains("En annen historie om Selam."));
        selam.say("ኣይፋል").await;
        assert!(
            selam.text().contains(&ti.msg("featured-declined")),
            "{}",
            selam.text()
        );
        coordinator
            .press_raw(&fe(FeaturedAction::Announce(second)).encode())
            .await;
        assert!(coordinator.text().contains(&nb.msg("stale-button")));

        // /mydata shows it; /delete takes it all away.
        selam.say("/mydata").await;
        assert!(selam.text().contains(&ti.msg("mydata-featured-optin")));
        selam.say("/delete").await;
        selam
            .press(Action::Onboarding(OnboardingAction::ConfirmDelete(true)))
            .await;
        assert!(selam.text().contains(&ti.msg("delete-done-featured")));
        let chat = ChatKey::telegram(SELAM);
        assert!(
            app.state
                .store
                .stories_about(chat)
                .await
                .unwrap()
                .is_empty()
        );
        assert_eq!(app.state.store.featured_optin_of(chat).await.unwrap(), None);
    }
}
