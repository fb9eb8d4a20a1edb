//! What newcomers and a refugee consultant ran into when velkommen was
//! tried end to end, each as a test: wrong advice, wrong messages, typing
//! instead of pressing, missing answers, staff words and quiet hours.
//! (Lost questions and answers are in `cases.rs`, letter length in
//! `content.rs`, scheduling in words in `events.rs` and `staff.rs`, typed
//! questions as people type them in `guide_questions.rs`.)

mod common;

use chrono::{TimeZone, Utc};
use common::{Person, TestApp, databases, newcomer, set_group, staff_member};
use velkommen::args;
use velkommen::conversation::callback::{
    Action, AnnounceAction, Answer, EventAction, GuideAction, MenuItem,
};
use velkommen::conversation::callback::{CaseAction, EventsAction, HomeAction, OnboardingAction};
use velkommen::i18n::Locale;
use velkommen::newcomers::{Arrival, Category, Citizenship, Household, YearMonth};

const OCTOBER: Arrival = Arrival::Month(YearMonth {
    year: 2026,
    month: 10,
});

fn topic(id: &str) -> Action {
    Action::Guide(GuideAction::Topic(id.into(), 0))
}

/// The checklist a stored newcomer sees, and the first steps of their letter.
async fn checklist_and_letter(person: &mut Person<'_>) -> (String, String) {
    person.say("/checklist").await;
    let checklist = person.text();
    person.say("/letter").await;
    (checklist, person.text())
}

#[tokio::test]
async fn the_advice_follows_citizenship_and_nobody_gets_another_groups_deadline() {
    for db in databases().await {
        let app = TestApp::new(db).await;
        let en = app.state.i18n.tr(Locale::En);
        let eea_label = app
            .state
            .content
            .guide()
            .step_label(Locale::En, "eea-registration");
        let december = en.msg_args("checklist-due", &args!["month" => "December 2026"]);
        let cases = [
            // (category, citizenship, must have, must not have)
            (
                Category::Labour,
                Some(Citizenship::Eea),
                vec!["eea-registration"],
                vec!["work-permit", "nordic-move"],
            ),
            (
                Category::Labour,
                Some(Citizenship::Other),
                vec!["work-permit", "work-contract"],
                vec!["eea-registration", "nordic-move"],
            ),
            (
                Category::Labour,
                Some(Citizenship::Nordic),
                vec!["nordic-move"],
                vec!["eea-registration", "work-permit"],
            ),
            (
                Category::Family,
                Some(Citizenship::Other),
                vec!["family-permit"],
                vec!["eea-registration", "work-permit"],
            ),
            (
                Category::Refugee,
                None,
                vec!["introduction"],
                vec!["eea-registration", "work-permit", "family-permit"],
            ),
        ];
        let guide = app.state.content.guide();
        for (i, (category, citizenship, wanted, unwanted)) in cases.into_iter().enumerate() {
            let chat = 100 + i as i64;
            newcomer(
                &app,
                chat,
                "vestvagoy",
                Locale::En,
                Household::Alone,
                OCTOBER,
            )
            .await;
            set_group(&app, chat, category, citizenship).await;
            let mut person = app.person(chat, Some("en"));
            let (checklist, letter) = checklist_and_letter(&mut person).await;
            for step in wanted {
                let label = guide.step_label(Locale::En, step);
                assert!(
                    checklist.contains(&label),
                    "{category:?} {citizenship:?}: {step}\n{checklist}"
                );
            }
            for step in unwanted {
                let label = guide.step_label(Locale::En, step);
                assert!(
                    !checklist.contains(&label),
                    "{category:?} {citizenship:?}: {step}\n{checklist}"
                );
            }
            // The police-registration deadline is for EU/EEA citizens only.
            let eea = citizenship == Some(Citizenship::Eea);
            assert_eq!(checklist.contains(&eea_label), eea);
            assert_eq!(checklist.contains(&december), eea, "{checklist}");
            assert_eq!(
                letter.contains(&en.msg("step-eea-registration")),
                eea,
                "{letter}"
            );
            let permit = match (category, citizenship) {
                (Category::Labour, Some(Citizenship::Other)) => Some("step-work-permit"),
                (Category::Family, Some(Citizenship::Other)) => Some("step-family-permit"),
                _ => None,
            };
            if let Some(key) = permit {
                assert!(letter.contains(&en.msg(key)), "{letter}");
            }
        }
    }
}

#[tokio::test]
async fn a_labour_migrant_is_asked_for_citizenship_and_a_refugee_is_not() {
    let app = TestApp::new(common::sqlite_db()).await;
    let nb = app.state.i18n.tr(Locale::Nb);
    let mut worker = app.person(1, Some("nb"));
    worker.say("/start haram").await;
    worker
        .press(Action::Onboarding(OnboardingAction::Language(Locale::Nb)))
        .await;
    worker
        .press(Action::Onboarding(OnboardingAction::Consent(true)))
        .await;
    worker
        .press(Action::Onboarding(OnboardingAction::Answer(
            Answer::Category(Category::Labour),
        )))
        .await;
    assert!(worker.text().contains(&nb.msg("citizenship-prompt")));
    // Changing to refugee later forgets the citizenship; back to labour asks
    // again before anything else.
    worker
        .press(Action::Onboarding(OnboardingAction::Answer(
            Answer::Citizenship(Citizenship::Other),
        )))
        .await;
    let stored = app.stored_newcomer(worker.chat).await.unwrap();
    assert_eq!(stored.citizenship, Some(Citizenship::Other));
    let mut refugee = app.person(2, Some("nb"));
    refugee.say("/start haram").await;
    refugee
        .press(Action::Onboarding(OnboardingAction::Language(Locale::Nb)))
        .await;
    refugee
        .press(Action::Onboarding(OnboardingAction::Consent(true)))
        .await;
    refugee
        .press(Action::Onboarding(OnboardingAction::Answer(
            Answer::Category(Category::Refugee),
        )))
        .await;
    assert!(!refugee.text().contains(&nb.msg("citizenship-prompt")));
    assert!(refugee.offers(&Action::Onboarding(OnboardingAction::Answer(
        Answer::Arrival(Arrival::NotYet)
    ))));
}

#[tokio::test]
async fn without_a_profile_each_thing_says_what_it_needs_and_events_are_public() {
    let app = TestApp::new(common::sqlite_db()).await;
    let pl = app.state.i18n.tr(Locale::Pl);
    let mut guest = app.person(5, Some("pl"));
    guest.say("/start").await;
    guest
        .press(Action::Onboarding(OnboardingAction::Language(Locale::Pl)))
        .await;
    guest
        .press(Action::Onboarding(OnboardingAction::Consent(false)))
        .await;
    for (command, key) in [
        ("/ask", "needs-profile-ask"),
        ("/checklist", "needs-profile-checklist"),
        ("/skills", "needs-profile-skills"),
        ("/letter", "needs-profile"),
    ] {
        guest.say(command).await;
        assert!(
            guest.text().contains(&pl.msg(key)),
            "{command}: {}",
            guest.text()
        );
    }
    // Events are public: pick a municipality, read what is on.
    let mut consultant = staff_member(&app, 700, "haram").await;
    consultant.say("/events").await;
    consultant.press(Action::Event(EventAction::New)).await;
    consultant.say("Språkkafé").await;
    consultant
        .press(Action::Event(EventAction::Place(
            "haram-folkebibliotek".into(),
        )))
        .await;
    consultant.say("hver torsdag kl. 18").await;
    consultant
        .press(Action::Event(EventAction::AudienceDone))
        .await;
    consultant.say("Øv norsk over en kopp kaffe.").await;
    consultant
        .press(Action::Event(EventAction::DescriptionsDone))
        .await;
    consultant.press(Action::Event(EventAction::Save)).await;
    guest.say("/events").await;
    assert!(guest.text().contains(&pl.msg("events-pick")));
    guest
        .press(Action::Events(EventsAction::In("haram".into())))
        .await;
    let listing = guest.text();
    assert!(listing.contains("Språkkafé"), "{listing}");
    assert!(
        listing.contains(&pl.msg("events-profile-hint")),
        "{listing}"
    );
    assert!(app.stored_newcomer(guest.chat).await.is_none());
}

#[tokio::test]
async fn typing_a_label_or_yes_in_ones_language_works_like_the_button() {
    let app = TestApp::new(common::sqlite_db()).await;
    let ti = app.state.i18n.tr(Locale::Ti);
    let so = app.state.i18n.tr(Locale::So);

    // Somali "haa" at the privacy question is yes.
    let mut hodan = app.person(1, Some("so"));
    hodan.say("/start vestvagoy").await;
    hodan
        .press(Action::Onboarding(OnboardingAction::Language(Locale::So)))
        .await;
    // Something else is answered briefly, without the whole notice again.
    hodan.say("waan ka xumahay?").await;
    let again = hodan.text();
    assert!(again.contains(&so.msg("privacy-question")), "{again}");
    assert!(!again.contains(&so.msg("privacy-notice")), "{again}");
    hodan.say("haa").await;
    assert!(app.stored_newcomer(hodan.chat).await.is_some());

    // A Tigrinya family types the label of the button.
    let mut family = app.person(2, Some("ti"));
    family.say("/start tynset").await;
    family
        .press(Action::Onboarding(OnboardingAction::Language(Locale::Ti)))
        .await;
    family.say("እወ").await;
    assert!(app.stored_newcomer(family.chat).await.is_some());
    family.say(&ti.msg("category-refugee")).await;
    let stored = app.stored_newcomer(family.chat).await.unwrap();
    assert_eq!(stored.category, Some(Category::Refugee));
    family
        .press(Action::Onboarding(OnboardingAction::Answer(
            Answer::Arrival(OCTOBER),
        )))
        .await;
    family.say(&ti.msg("household-relatives")).await;
    let stored = app.stored_newcomer(family.chat).await.unwrap();
    assert_eq!(stored.household, Some(Household::Relatives));

    // Ukrainian "так" to the mentor question; Norwegian "nei" works too.
    let mut olena = app.person(3, Some("uk"));
    olena.say("/start haram").await;
    olena
        .press(Action::Onboarding(OnboardingAction::Language(Locale::Uk)))
        .await;
    olena.say("так").await;
    olena
        .press(Action::Onboarding(OnboardingAction::Answer(
            Answer::Category(Category::Refugee),
        )))
        .await;
    olena
        .press(Action::Onboarding(OnboardingAction::Answer(
            Answer::Arrival(OCTOBER),
        )))
        .await;
    olena
        .press(Action::Onboarding(OnboardingAction::Answer(
            Answer::Household(Household::Children),
        )))
        .await;
    olena.say("так").await;
    let stored = app.stored_newcomer(olena.chat).await.unwrap();
    assert_eq!(stored.wants_mentor, Some(true));
    olena.say("/delete").await;
    olena.say("nei").await;
    assert!(app.stored_newcomer(olena.chat).await.is_some());
}

#[tokio::test]
async fn a_worker_who_is_not_paid_finds_his_rights() {
    let app = TestApp::new(common::sqlite_db()).await;
    newcomer(&app, 1, "vestvagoy", Locale::Pl, Household::Alone, OCTOBER).await;
    set_group(&app, 1, Category::Labour, Some(Citizenship::Eea)).await;
    let mut marek = app.person(1, Some("pl"));
    marek.say("pracodawca nie płaci mi wypłaty").await;
    assert!(
        marek.offers(&topic("work-contract")) || marek.offers(&topic("work-help")),
        "{:?}",
        marek.buttons()
    );
    marek.say("my employer doesn't pay me").await;
    assert!(
        marek.offers(&topic("work-contract")) || marek.offers(&topic("work-help")),
        "{:?}",
        marek.buttons()
    );
    // The rights are on his checklist.
    marek.say("/checklist").await;
    let label = app
        .state
        .content
        .guide()
        .step_label(Locale::Pl, "work-contract");
    assert!(marek.text().contains(&label), "{}", marek.text());
}

#[test]
fn texts_promise_only_what_a_person_can_get() {
    let i18n = velkommen::i18n::I18n::load_strict().unwrap();
    let en = i18n.tr(Locale::En);
    // Coordinators see skills as protected figures, and the answers only
    // of those who share (tests/insight.rs shows both): the texts say so,
    // and no longer that nobody can see them.
    for key in [
        "skills-share-on",
        "skills-shared",
        "skills-consent",
        "skills-not-shared",
    ] {
        let text = en.msg(key);
        assert!(
            !text.to_lowercase().contains("no staff member can see it"),
            "{key}: {text}"
        );
    }
    assert!(
        en.msg("skills-consent")
            .contains("never for fewer than 5 people")
    );
    assert!(en.msg("skills-not-shared").contains("only as figures"));
    assert!(en.msg("skills-share-on").contains("can now see"));
    // The mentor scheme runs: the letter says the person is on the list,
    // not that a mentor is on the way.
    let wish = en.msg("letter-mentor-wish");
    assert!(!wish.contains("put you in touch"), "{wish}");
    assert!(!wish.contains("has not started"), "{wish}");
    assert!(wish.contains("on the list"), "{wish}");
    // Typed questions are read: help must not say otherwise.
    assert!(en.msg("help-text").contains("in your own words"));
}

#[tokio::test]
async fn staff_get_staff_words_their_own_help_and_a_way_home() {
    let app = TestApp::new(common::sqlite_db()).await;
    let nb = app.state.i18n.tr(Locale::Nb);
    let mut consultant = staff_member(&app, 700, "haram").await;
    // /menu without a newcomer profile is the staff home; /help is theirs.
    consultant.say("/menu").await;
    assert!(consultant.text().contains(&nb.msg("staff-home-title")));
    consultant.say("/help").await;
    assert!(consultant.text().contains(&nb.msg("staff-help")));
    // Audiences in staff words, not the newcomer's "Jeg er flyktning".
    consultant
        .press(Action::Announce(AnnounceAction::New))
        .await;
    consultant
        .press(Action::Announce(AnnounceAction::OpenCategories))
        .await;
    let labels: Vec<String> = consultant.buttons().into_iter().map(|b| b.label).collect();
    assert!(
        labels.contains(&nb.msg("staff-group-refugee")),
        "{labels:?}"
    );
    assert!(!labels.contains(&nb.msg("category-refugee")), "{labels:?}");
    consultant
        .press(Action::Announce(AnnounceAction::Cancel))
        .await;
    // Every list has a way back home.
    for list in [
        Action::Event(EventAction::List),
        Action::Cases(CaseAction::List),
        Action::Announce(AnnounceAction::Reports),
    ] {
        consultant.press_raw(&list.encode()).await;
        assert!(
            consultant.offers(&Action::Home(HomeAction::Menu(MenuItem::Staff)))
                || consultant.offers(&Action::Announce(AnnounceAction::New)),
            "{list:?} has no way home"
        );
    }
    consultant
        .press_raw(&Action::Home(HomeAction::Menu(MenuItem::Staff)).encode())
        .await;
    assert!(consultant.text().contains(&nb.msg("staff-home-title")));
}

#[tokio::test]
async fn late_in_the_evening_staff_are_told_when_an_announcement_goes_out() {
    let app = TestApp::new(common::sqlite_db()).await;
    let nb = app.state.i18n.tr(Locale::Nb);
    newcomer(&app, 1, "haram", Locale::Uk, Household::Children, OCTOBER).await;
    // 22:45 in Oslo.
    app.clock
        .set(Utc.with_ymd_and_hms(2026, 12, 1, 21, 45, 0).unwrap());
    let mut consultant = staff_member(&app, 700, "haram").await;
    let an = Action::Announce;
    consultant.press(an(AnnounceAction::New)).await;
    consultant.press(an(AnnounceAction::AudienceDone)).await;
    consultant.say("Språkkafé i morgen kl. 18.").await;
    consultant.press(an(AnnounceAction::TranslationsDone)).await;
    consultant.press(an(AnnounceAction::Urgent(false))).await;
    consultant.press(an(AnnounceAction::ScheduleNow)).await;
    let morning = "02.12.2026 08:00";
    assert!(
        consultant
            .text()
            .contains(&nb.msg_args("announce-preview-now-quiet", &args!["when" => morning])),
        "{}",
        consultant.text()
    );
    assert!(!consultant.text().contains(&nb.msg("announce-preview-now")));
    consultant.press(an(AnnounceAction::Confirm)).await;
    assert!(
        consultant
            .text()
            .contains(&nb.msg_args("announce-quiet", &args!["when" => morning]))
    );
    // The report says the message waits, not that it is done.
    velkommen::scheduler::Scheduler::new(app.state.clone())
        .try_execute_task()
        .await
        .unwrap();
    consultant.press(an(AnnounceAction::Reports)).await;
    let report = consultant.text();
    assert!(
        report.contains(&nb.msg("announce-report-waiting")),
        "{report}"
    );
    assert!(
        !report.contains(&nb.msg("announce-report-done")),
        "{report}"
    );
}

#[tokio::test]
async fn one_date_of_a_weekly_event_is_cancelled_and_its_title_translated() {
    let app = TestApp::new(common::sqlite_db()).await;
    let nb = app.state.i18n.tr(Locale::Nb);
    let uk = app.state.i18n.tr(Locale::Uk);
    newcomer(&app, 1, "haram", Locale::Uk, Household::Children, OCTOBER).await;
    let mut consultant = staff_member(&app, 700, "haram").await;
    let ev = Action::Event;
    consultant.say("/events").await;
    consultant.press(ev(EventAction::New)).await;
    consultant.say("Språkkafé").await;
    consultant
        .press(ev(EventAction::Place("haram-folkebibliotek".into())))
        .await;
    consultant.say("tirsdag 8.12 kl 18").await;
    // The repeat is chosen with a button, in words.
    let weekly = velkommen::conversation::callback::RepeatChoice::Weekly;
    consultant.press(ev(EventAction::Repeat(weekly))).await;
    consultant.press(ev(EventAction::AudienceDone)).await;
    consultant.say("Øv norsk over en kopp kaffe.").await;
    consultant.press(ev(EventAction::DescriptionsDone)).await;
    // The title in Ukrainian.
    consultant.press(ev(EventAction::Titles)).await;
    consultant.press(ev(EventAction::TitleIn(Locale::Uk))).await;
    consultant.say("Мовне кафе").await;
    consultant.press(ev(EventAction::DescriptionsDone)).await;
    consultant.press(ev(EventAction::Save)).await;

    let mut olena = app.person(1, Some("uk"));
    olena.say("/events").await;
    assert!(olena.text().contains("Мовне кафе"), "{}", olena.text());
    let first = velkommen::when::parse_moment("8.12 kl 18", common::test_now()).unwrap();
    olena
        .press(Action::Events(EventsAction::Remind(1, first.timestamp())))
        .await;

    // Only 8 December is cancelled; Olena, who asked for a reminder, is told.
    consultant.press(ev(EventAction::List)).await;
    consultant.press(ev(EventAction::Cancel(1))).await;
    assert!(consultant.offers(&ev(EventAction::ConfirmCancel(1))));
    consultant
        .press(ev(EventAction::CancelOne(1, first.timestamp())))
        .await;
    assert!(
        consultant.text().contains(&nb.msg_args(
            "event-date-cancelled",
            &args![
                "title" => "Språkkafé",
                "when" => "tir. 08.12.2026 18:00",
                "count" => 1,
            ]
        )),
        "{}",
        consultant.text()
    );
    let far = Utc.with_ymd_and_hms(2030, 1, 1, 0, 0, 0).unwrap();
    let queued = app
        .state
        .store
        .due_deliveries(far, true, 100)
        .await
        .unwrap();
    let bodies: Vec<String> = queued
        .iter()
        .filter(|d| d.chat == olena.chat)
        .map(|d| {
            serde_json::from_str::<velkommen::conversation::Reply>(&d.body)
                .unwrap()
                .text
        })
        .collect();
    assert_eq!(
        bodies.len(),
        1,
        "the reminder went, the notice came: {bodies:?}"
    );
    assert!(bodies[0].contains("Мовне кафе"), "{bodies:?}");
    let _ = uk;
    // The series goes on: the next Tuesday is still listed, 8 December not.
    olena.say("/events").await;
    let listing = olena.text();
    assert!(listing.contains("15.12"), "{listing}");
    assert!(!listing.contains("08.12"), "{listing}");
}
