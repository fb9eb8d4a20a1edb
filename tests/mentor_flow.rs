//! The mentor scheme end to end through the engine: a retired fisherman in
//! Leknes and a Syrian engineer who has lived there eight years sign up as
//! faddere from the chat, Vestvågøy's mentor coordinator vets and approves
//! them, an Arabic-speaking family with children and a Polish labour
//! migrant who wants Norwegian practice join the pool, matching pairs the
//! family with the engineer and the worker with the fisherman, both sides
//! say yes, and each is introduced in their own language — with the
//! mistakes people make on the way. On SQLite and PostgreSQL.

mod common;

use common::{TestApp, databases, invite, newcomer, set_category};
use velkommen::args;
use velkommen::clock::Clock;
use velkommen::conversation::callback::{
    Action, CheckInAnswer, FadderAction, HomeAction, MentorAction, MentorStaffAction, MenuItem,
};
use velkommen::conversation::{Reply, keep_matches};
use velkommen::i18n::Locale;
use velkommen::mentors::{
    AgeBand, EndReason, Gender, Help, Interest, Level, MatchStatus, VettingStep,
};
use velkommen::newcomers::{Arrival, Category, ChatKey, Household, YearMonth};
use velkommen::outbox::Delivery;
use velkommen::staff::Role;

const RECENT: Arrival = Arrival::Month(YearMonth {
    year: 2026,
    month: 9,
});

const FISHERMAN: i64 = 11;
const ENGINEER: i64 = 12;
const FAMILY: i64 = 21;
const WORKER: i64 = 22;
const COORDINATOR: i64 = 31;

async fn queued(app: &TestApp) -> Vec<Delivery> {
    let far = chrono::Utc::now() + chrono::Duration::days(3650);
    app.state
        .store
        .due_deliveries(far, true, 1000)
        .await
        .unwrap()
}

/// The newest queued message to `chat`, read.
async fn latest_to(app: &TestApp, chat: i64) -> Reply {
    let to: Vec<Delivery> = queued(app)
        .await
        .into_iter()
        .filter(|d| d.chat == ChatKey::telegram(chat))
        .collect();
    let last = to
        .last()
        .unwrap_or_else(|| panic!("nothing queued to {chat}"));
    Reply::from_body(&last.body).unwrap()
}

fn fa(action: FadderAction) -> Action {
    Action::Fadder(action)
}

fn ms(action: MentorStaffAction) -> Action {
    Action::MentorStaff(action)
}

fn mn(action: MentorAction) -> Action {
    Action::Mentor(action)
}

fn spoken(code: &str) -> u8 {
    velkommen::skills::SPOKEN
        .iter()
        .position(|(c, _)| *c == code)
        .unwrap() as u8
}

#[tokio::test]
async fn two_faddere_are_vetted_matched_and_introduced_in_their_own_languages() {
    for db in databases().await {
        let app = TestApp::new(db).await;
        let nb = app.state.i18n.tr(Locale::Nb);
        let ar = app.state.i18n.tr(Locale::Ar);
        let pl = app.state.i18n.tr(Locale::Pl);

        // Vestvågøy's mentor coordinator.
        let code = invite(&app, "vestvagoy", Role::MentorCoordinator).await;
        let mut coordinator = app.person(COORDINATOR, Some("nb"));
        coordinator.say(&format!("/staff {}", code.display())).await;
        assert!(coordinator.offers(&ms(MentorStaffAction::Open)));

        // The fisherman finds the link on a poster at the library.
        let mut odd = app.person(FISHERMAN, Some("nb"));
        odd.say("/start fadder-vestvagoy").await;
        assert!(
            odd.text()
                .contains(&nb.msg_args("fadder-intro", &args!["months" => 12]))
        );
        odd.press(fa(FadderAction::Join)).await;
        odd.say("@odd").await;
        assert!(
            odd.text()
                .contains(&nb.msg_args("fadder-name-invalid", &args!["max" => 40]))
        );
        odd.say("Odd").await;
        // The link named the municipality: languages come next.
        odd.press(fa(FadderAction::Next)).await;
        assert!(odd.text().contains(&nb.msg("fadder-languages-needed")));
        odd.press(fa(FadderAction::Language(spoken("no")))).await;
        odd.press(fa(FadderAction::Level(spoken("no"), Some(Level::Native))))
            .await;
        odd.press(fa(FadderAction::Next)).await;
        odd.say("nei").await; // grew up here
        odd.press(fa(FadderAction::Gender(Some(Gender::Man)))).await;
        odd.press(fa(FadderAction::Age(Some(AgeBand::From60))))
            .await;
        odd.press(fa(FadderAction::Interest(Interest::Fishing)))
            .await;
        odd.press(fa(FadderAction::Interest(Interest::OutdoorLife)))
            .await;
        odd.press(fa(FadderAction::Next)).await;
        odd.say("nei").await; // no children at home
        odd.say("99").await;
        assert!(
            odd.text()
                .contains(&nb.msg_args("fadder-capacity-invalid", &args!["max" => 3]))
        );
        odd.say("0").await;
        assert!(
            odd.text()
                .contains(&nb.msg_args("fadder-capacity-invalid", &args!["max" => 3]))
        );
        odd.press(fa(FadderAction::Capacity(1))).await;
        odd.press(fa(FadderAction::Help(Help::NorwegianPractice)))
            .await;
        odd.press(fa(FadderAction::Help(Help::SocialLife))).await;
        odd.press(fa(FadderAction::Next)).await;
        assert!(odd.text().contains(&nb.msg("fadder-consent")));
        assert!(odd.text().contains("Odd"));
        odd.press(fa(FadderAction::Consent(true))).await;
        assert!(
            odd.text()
                .contains(&nb.msg_args("fadder-signed-up", &args!["municipality" => "Vestvågøy"]))
        );
        // The coordinator hears of it.
        let notice = latest_to(&app, COORDINATOR).await;
        assert!(notice.text.contains("Odd"), "{}", notice.text);
        assert!(notice.text.contains("Norsk"), "{}", notice.text);
        // Signing up twice shows the sign-up, stores nothing twice.
        odd.say("/fadder").await;
        assert!(odd.text().contains(&nb.msg("mentor-status-vetting")));

        // The engineer writes to the bot in Arabic and finds /fadder.
        let mut khaled = app.person(ENGINEER, Some("ar"));
        khaled.say("/fadder").await;
        khaled.press(fa(FadderAction::Join)).await;
        khaled.say("خالد").await;
        khaled
            .press(fa(FadderAction::Municipality("vestvagoy".into())))
            .await;
        // A language nobody offers is answered, and the list stays.
        khaled.say("Kurdî").await;
        assert!(khaled.text().contains(&ar.msg("use-the-buttons")));
        assert!(khaled.offers(&fa(FadderAction::Language(spoken("ar")))));
        for (code, level) in [
            ("ar", Level::Native),
            ("no", Level::Good),
            ("en", Level::Good),
        ] {
            khaled.press(fa(FadderAction::Language(spoken(code)))).await;
            khaled
                .press(fa(FadderAction::Level(spoken(code), Some(level))))
                .await;
        }
        khaled.press(fa(FadderAction::Next)).await;
        khaled.say("سوريا").await; // moved here from Syria
        khaled
            .press(fa(FadderAction::Gender(Some(Gender::Man))))
            .await;
        khaled
            .press(fa(FadderAction::Age(Some(AgeBand::From45To59))))
            .await;
        khaled.press(fa(FadderAction::Next)).await;
        khaled.press(fa(FadderAction::Children(true))).await;
        khaled.say("2").await;
        khaled.press(fa(FadderAction::Help(Help::Paperwork))).await;
        khaled.press(fa(FadderAction::Next)).await;
        assert!(
            khaled
                .text()
                .contains(&ar.msg_args("fadder-moved-from", &args!["place" => "سوريا"]))
        );
        khaled.press(fa(FadderAction::Consent(true))).await;
        assert!(khaled.text().contains(&ar.msg("mentor-status-vetting")));

        let store = &app.state.store;
        let odd_id = store
            .mentor_of(ChatKey::telegram(FISHERMAN))
            .await
            .unwrap()
            .unwrap()
            .id;
        let khaled_id = store
            .mentor_of(ChatKey::telegram(ENGINEER))
            .await
            .unwrap()
            .unwrap()
            .id;

        // Vetting: approval waits for the required steps.
        coordinator.say("/mentors").await;
        assert!(coordinator.text().contains("Vestvågøy"));
        coordinator.press(ms(MentorStaffAction::Vetting)).await;
        coordinator
            .press(ms(MentorStaffAction::Card(khaled_id)))
            .await;
        coordinator
            .press(ms(MentorStaffAction::Approve(khaled_id)))
            .await;
        assert!(coordinator.text().contains(&nb.msg_args(
            "mentor-staff-missing-steps",
            &args!["steps" => [
                nb.msg("vetting-interview"),
                nb.msg("vetting-confidentiality"),
                nb.msg("vetting-training"),
            ].join(", ")]
        )));
        for (id, steps) in [
            (khaled_id, VettingStep::ALL),
            (odd_id, &VettingStep::ALL[..3]),
        ] {
            // From the list of sign-ups, pressed earlier.
            coordinator
                .press_raw(&ms(MentorStaffAction::Card(id)).encode())
                .await;
            for step in steps {
                coordinator
                    .press(ms(MentorStaffAction::Tick(id, *step)))
                    .await;
            }
            coordinator.press(ms(MentorStaffAction::Approve(id))).await;
            assert!(
                coordinator
                    .text()
                    .contains(&nb.msg("mentor-staff-approved"))
            );
        }
        // Each volunteer is told, in their language.
        assert!(latest_to(&app, ENGINEER).await.text.contains(&ar.msg_args(
            "fadder-notice-approved",
            &args!["municipality" => "Vestvågøy", "reason" => ""]
        )));
        assert!(latest_to(&app, FISHERMAN).await.text.contains(&nb.msg_args(
            "fadder-notice-approved",
            &args!["municipality" => "Vestvågøy", "reason" => ""]
        )));

        // The family and the worker ask for a fadder.
        newcomer(
            &app,
            FAMILY,
            "vestvagoy",
            Locale::Ar,
            Household::Children,
            RECENT,
        )
        .await;
        newcomer(
            &app,
            WORKER,
            "vestvagoy",
            Locale::Pl,
            Household::Alone,
            RECENT,
        )
        .await;
        set_category(&app, WORKER, Category::Labour).await;
        let mut family = app.person(FAMILY, Some("ar"));
        family.say("/menu").await;
        family
            .press(Action::Home(HomeAction::Menu(MenuItem::Mentor)))
            .await;
        family.press(mn(MentorAction::Hope(Help::Paperwork))).await;
        family.press(mn(MentorAction::Save)).await;
        assert!(
            family
                .text()
                .contains(&ar.msg_args("mentor-joined", &args!["municipality" => "Vestvågøy"]))
        );
        let mut marta = app.person(WORKER, Some("pl"));
        marta.say("/mentor").await;
        marta
            .press(mn(MentorAction::Hope(Help::NorwegianPractice)))
            .await;
        marta.press(mn(MentorAction::Save)).await;

        // Matching pairs them as the study would.
        coordinator.press(ms(MentorStaffAction::Back)).await;
        coordinator.press(ms(MentorStaffAction::Propose)).await;
        assert!(coordinator.text().contains(&nb.msg_args(
            "mentor-staff-proposed",
            &args!["count" => 2, "waiting" => 2, "free" => 3]
        )));
        let proposals = store
            .matches_in("vestvagoy", &[MatchStatus::Proposed])
            .await
            .unwrap();
        let pair = |mentor: i64| {
            proposals
                .iter()
                .find(|m| m.mentor_id == mentor)
                .expect("a proposal for each mentor")
                .clone()
        };
        let (with_family, with_worker) = (pair(khaled_id), pair(odd_id));
        assert_eq!(with_family.newcomer_chat, ChatKey::telegram(FAMILY));
        assert_eq!(with_worker.newcomer_chat, ChatKey::telegram(WORKER));
        coordinator
            .press(ms(MentorStaffAction::Proposal(with_family.id)))
            .await;
        assert!(
            coordinator
                .text()
                .contains(&nb.msg_args("mentor-reason-language", &args!["language" => "العربية"]))
        );
        assert!(
            coordinator
                .text()
                .contains(&nb.msg("mentor-reason-children"))
        );
        coordinator
            .press(ms(MentorStaffAction::Confirm(with_family.id)))
            .await;
        // A second coordinator's stale confirm changes nothing.
        coordinator
            .press_raw(&ms(MentorStaffAction::Confirm(with_family.id)).encode())
            .await;
        assert!(
            coordinator
                .text()
                .contains(&nb.msg("mentor-staff-proposal-gone"))
        );
        coordinator
            .press(ms(MentorStaffAction::Proposal(with_worker.id)))
            .await;
        coordinator
            .press(ms(MentorStaffAction::Confirm(with_worker.id)))
            .await;

        // The engineer is asked first, in Arabic; nothing about him has
        // reached the family yet.
        let question = latest_to(&app, ENGINEER).await;
        assert!(question.text.contains("خالد"), "{}", question.text);
        assert!(!queued(&app).await.iter().any(|d| d.chat == family.chat));
        let yes = mn(MentorAction::Answer(with_family.id, true)).encode();
        assert!(question.buttons.iter().flatten().any(|b| b.data == yes));
        // Someone else pressing his button gets a clear answer.
        marta.press_raw(&yes).await;
        assert!(marta.text().contains(&pl.msg("match-gone")));
        khaled.press_raw(&yes).await;
        khaled
            .press(mn(MentorAction::ShareLink(with_family.id)))
            .await;
        assert!(khaled.text().contains(&ar.msg("match-yes-mentor")));

        // Then the family, in Arabic, with his name and languages.
        let asked = latest_to(&app, FAMILY).await;
        assert!(
            asked.text.contains("خالد") && asked.text.contains("Norsk"),
            "{}",
            asked.text
        );
        family
            .press_raw(&mn(MentorAction::Answer(with_family.id, true)).encode())
            .await;
        family.say("+47 912 34 567").await;
        assert!(family.text().contains(&ar.msg("match-yes-newcomer")));
        let to_family = latest_to(&app, FAMILY).await;
        assert!(to_family.html);
        assert!(
            to_family.text.contains(&format!("tg://user?id={ENGINEER}")),
            "{}",
            to_family.text
        );
        let to_khaled = latest_to(&app, ENGINEER).await;
        assert!(
            to_khaled.text.contains("+47 912 34 567"),
            "{}",
            to_khaled.text
        );
        assert!(to_khaled.text.contains(&velkommen::html::escape(
            &ar.msg_args("match-intro-shared", &args!["language" => "العربية"])
        )));

        // The fisherman says yes with an e-mail; the worker with a link.
        odd.press_raw(&mn(MentorAction::Answer(with_worker.id, true)).encode())
            .await;
        odd.say("odd@example.no").await;
        assert!(odd.text().contains(&nb.msg("match-yes-mentor")));
        marta
            .press_raw(&mn(MentorAction::Answer(with_worker.id, true)).encode())
            .await;
        marta
            .press(mn(MentorAction::ShareLink(with_worker.id)))
            .await;
        let to_marta = latest_to(&app, WORKER).await;
        assert!(
            to_marta.text.contains("odd@example.no"),
            "{}",
            to_marta.text
        );
        assert!(
            to_marta
                .text
                .contains(&velkommen::html::escape(&pl.msg("match-intro-next")))
        );
        let to_odd = latest_to(&app, FISHERMAN).await;
        assert!(to_odd.text.contains(&format!("tg://user?id={WORKER}")));
        // Pressing yes again after the introduction is stale, not a second match.
        odd.press_raw(&mn(MentorAction::Answer(with_worker.id, true)).encode())
            .await;
        assert!(odd.text().contains(&nb.msg("match-gone")));

        let running = store
            .matches_in("vestvagoy", &[MatchStatus::Active])
            .await
            .unwrap();
        assert_eq!(running.len(), 2);
        assert!(running.iter().all(|m| m.started_at.is_some()));
        // Both newcomers see their fadder.
        family.say("/mentor").await;
        assert!(
            family
                .text()
                .contains(&ar.msg_args("mentor-has-mentor", &args!["name" => "خالد"]))
        );
        // The coordinator's pool shows both running, nobody waiting.
        coordinator.press(ms(MentorStaffAction::Back)).await;
        coordinator.press(ms(MentorStaffAction::Matches)).await;
        assert_eq!(
            coordinator.text().matches('↔').count(),
            2,
            "{}",
            coordinator.text()
        );

        // Two weeks later: the check-ins reach all four, each in their
        // language, and the coordinator hears that nobody has said they met.
        let refugee_service = invite(&app, "vestvagoy", Role::Coordinator).await;
        let mut office = app.person(COORDINATOR + 1, Some("nb"));
        office
            .say(&format!("/staff {}", refugee_service.display()))
            .await;
        let before = queued(&app).await.len();
        app.clock.advance(chrono::Duration::days(13));
        assert_eq!(keep_matches(&app.state, app.clock.now()).await.unwrap(), 0);
        app.clock.advance(chrono::Duration::days(1));
        // Four check-ins and two quiet-match alerts to each of the two
        // coordinators; running it again sends nothing twice.
        assert_eq!(keep_matches(&app.state, app.clock.now()).await.unwrap(), 4);
        assert_eq!(keep_matches(&app.state, app.clock.now()).await.unwrap(), 0);
        assert_eq!(queued(&app).await.len(), before + 4 + 2 * 2);
        let checkin = latest_to(&app, WORKER).await;
        assert!(
            checkin
                .text
                .contains(&pl.msg_args("match-checkin", &args!["other" => "Odd"]))
        );
        let alert = latest_to(&app, COORDINATOR).await;
        assert!(alert.text.contains(&nb.msg_args(
            "match-staff-quiet",
            &args!["mentor" => "Odd", "language" => "Polski", "count" => 2]
        )));
        let to_khaled = latest_to(&app, ENGINEER).await;
        assert!(to_khaled.text.contains(&ar.msg_args(
            "match-checkin",
            &args!["other" => ar.msg_args("match-the-newcomer", &args!["language" => "العربية"])]
        )));

        // The family has met their fadder.
        let good = mn(MentorAction::CheckIn(with_family.id, CheckInAnswer::Good)).encode();
        family.press_raw(&good).await;
        assert!(family.text().contains(&ar.msg("match-thanks-good")));
        // Marta and Odd did not get on: she ends it kindly.
        marta
            .press_raw(&mn(MentorAction::End(with_worker.id)).encode())
            .await;
        marta
            .press(mn(MentorAction::EndWith(
                with_worker.id,
                EndReason::NotAFit,
            )))
            .await;
        assert!(marta.text().contains(&pl.msg("match-ended-by-newcomer")));
        let told = latest_to(&app, FISHERMAN).await;
        assert!(
            told.text
                .contains(&nb.msg_args("match-ended-mentor", &args!["language" => "Polski"]))
        );
        // Odd hears it without blame: the reason goes to the coordinator only.
        assert!(!told.text.contains(&nb.msg("match-end-not-a-fit")));
        assert!(
            latest_to(&app, COORDINATOR)
                .await
                .text
                .contains(&nb.msg("match-end-not-a-fit"))
        );
        // Her old check-in button is stale now.
        marta
            .press_raw(&mn(MentorAction::CheckIn(with_worker.id, CheckInAnswer::Good)).encode())
            .await;
        assert!(marta.text().contains(&pl.msg("match-not-running")));

        // She waits again, and the next run pairs her with someone new: the
        // engineer has a second place; Odd is not proposed to her again.
        let waiting = store.waiting_seekers("vestvagoy").await.unwrap();
        assert_eq!(waiting.len(), 1);
        assert!(waiting[0].ended_with.contains(&odd_id));
        coordinator.press(ms(MentorStaffAction::Back)).await;
        coordinator.press(ms(MentorStaffAction::Propose)).await;
        let again = store
            .matches_in("vestvagoy", &[MatchStatus::Proposed])
            .await
            .unwrap();
        assert_eq!(again.len(), 1);
        assert_eq!(again[0].mentor_id, khaled_id);
        assert_eq!(again[0].newcomer_chat, marta.chat);
        coordinator
            .press(ms(MentorStaffAction::Proposal(again[0].id)))
            .await;
        coordinator
            .press(ms(MentorStaffAction::Confirm(again[0].id)))
            .await;
        khaled
            .press_raw(&mn(MentorAction::Answer(again[0].id, true)).encode())
            .await;
        khaled.say("khaled@example.no").await;
        marta
            .press_raw(&mn(MentorAction::Answer(again[0].id, true)).encode())
            .await;
        marta.say("marta@example.pl").await;
        assert!(
            latest_to(&app, WORKER)
                .await
                .text
                .contains("khaled@example.no")
        );
        assert_eq!(
            store
                .matches_in("vestvagoy", &[MatchStatus::Active])
                .await
                .unwrap()
                .len(),
            2
        );

        // At three months the family reports a worry: it reaches the
        // municipality as a case, which the family's chat gets answers in.
        app.clock.advance(chrono::Duration::days(80));
        keep_matches(&app.state, app.clock.now()).await.unwrap();
        family
            .press_raw(
                &mn(MentorAction::CheckIn(
                    with_family.id,
                    CheckInAnswer::Problem,
                ))
                .encode(),
            )
            .await;
        family.say("لم نتمكن من اللقاء منذ شهر").await;
        assert!(family.text().contains("S-"), "{}", family.text());
        let case = latest_to(&app, COORDINATOR + 1).await;
        assert!(
            case.text.contains("لم نتمكن من اللقاء منذ شهر"),
            "{}",
            case.text
        );
        assert!(case.text.contains("خالد"), "{}", case.text);

        // The family leaves the fadder list: خالد hears it, kindly, and
        // gets his place back.
        family.say("/mentor").await;
        family.press(mn(MentorAction::Leave)).await;
        assert!(family.text().contains(&ar.msg("mentor-left")));
        assert!(
            latest_to(&app, ENGINEER)
                .await
                .text
                .contains(&ar.msg("match-withdrawn-mentor"))
        );
        let engineer = store
            .mentor_of(ChatKey::telegram(ENGINEER))
            .await
            .unwrap()
            .unwrap();
        assert_eq!(engineer.engaged, 1, "only Marta's match holds a place now");
    }
}

/// Matching runs by itself on Monday mornings, once per municipality and
/// week however many instances look, and the coordinators are told.
#[tokio::test]
async fn matching_runs_by_itself_on_monday_morning_once() {
    use chrono::TimeZone;
    use velkommen::mentors::{MentorStatus, Volunteer, Wish};
    use velkommen::store::NewMentor;
    for db in databases().await {
        let app = TestApp::new(db).await;
        let store = &app.state.store;
        let nb = app.state.i18n.tr(Locale::Nb);
        let code = invite(&app, "vestvagoy", Role::MentorCoordinator).await;
        let mut coordinator = app.person(COORDINATOR, Some("nb"));
        coordinator.say(&format!("/staff {}", code.display())).await;
        let mut profile = Volunteer {
            first_name: Some("Ingrid".into()),
            municipality: Some("vestvagoy".into()),
            capacity: Some(1),
            ..Volunteer::default()
        };
        profile.set_language("no", Some(Level::Native));
        let now = app.clock.now();
        let id = store
            .sign_up_mentor(
                &NewMentor {
                    chat: ChatKey::telegram(FISHERMAN),
                    locale: Locale::Nb,
                    municipality: "vestvagoy".into(),
                    profile,
                },
                &[],
                now,
            )
            .await
            .unwrap()
            .unwrap();
        store
            .set_mentor_status(
                "vestvagoy",
                id,
                &[MentorStatus::Vetting],
                MentorStatus::Approved,
                None,
                &[],
                now,
            )
            .await
            .unwrap();
        newcomer(
            &app,
            WORKER,
            "vestvagoy",
            Locale::Pl,
            Household::Alone,
            RECENT,
        )
        .await;
        store
            .join_pool(
                ChatKey::telegram(WORKER),
                "vestvagoy",
                &Wish::default(),
                now,
            )
            .await
            .unwrap();

        // Monday 7 December 2026, 07:30 in Oslo: not yet.
        let monday = chrono_tz::Europe::Oslo
            .with_ymd_and_hms(2026, 12, 7, 7, 30, 0)
            .unwrap()
            .with_timezone(&chrono::Utc);
        app.clock.set(monday);
        keep_matches(&app.state, monday).await.unwrap();
        let proposed = || async {
            store
                .matches_in("vestvagoy", &[MatchStatus::Proposed])
                .await
                .unwrap()
                .len()
        };
        assert_eq!(proposed().await, 0);
        // 08:05: the run proposes Ingrid for the worker and tells the
        // coordinator.
        let later = monday + chrono::Duration::minutes(35);
        assert_eq!(keep_matches(&app.state, later).await.unwrap(), 1);
        assert_eq!(proposed().await, 1);
        let notice = latest_to(&app, COORDINATOR).await;
        assert!(notice.text.contains(&nb.msg_args(
            "mentor-staff-weekly",
            &args!["municipality" => "Vestvågøy", "count" => 1]
        )));
        // The coordinator skips it; the same week brings no second run,
        // neither from this instance nor from another one.
        let proposal = store
            .matches_in("vestvagoy", &[MatchStatus::Proposed])
            .await
            .unwrap()[0]
            .id;
        assert!(
            store
                .skip_proposal("vestvagoy", proposal, later)
                .await
                .unwrap()
        );
        assert_eq!(keep_matches(&app.state, later).await.unwrap(), 0);
        let other = TestApp::new(app.db.again()).await;
        assert_eq!(keep_matches(&other.state, later).await.unwrap(), 0);
        assert_eq!(proposed().await, 0);
    }
}
