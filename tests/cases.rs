//! "Ask a person": a newcomer's question reaches the municipality's staff
//! group under a case reference, without a name; a staff reply goes back to
//! the newcomer; cases are listed, closed, shown in /mydata and deleted.

mod common;

use common::{TestApp, databases, invite, newcomer, set_category, set_group, staff_member};
use velkommen::args;
use velkommen::cases::CaseRef;
use velkommen::conversation::callback::{Action, MenuItem};
use velkommen::conversation::callback::{CaseAction, HomeAction, OnboardingAction};
use velkommen::conversation::{Input, Reply};
use velkommen::i18n::Locale;
use velkommen::newcomers::{Arrival, Category, Citizenship, Household, YearMonth};
use velkommen::staff::Role;
use velkommen::store::Delivery;

const RECENT: Arrival = Arrival::Month(YearMonth {
    year: 2026,
    month: 9,
});

async fn queued(app: &TestApp) -> Vec<Delivery> {
    let far = chrono::Utc::now() + chrono::Duration::days(3650);
    app.state
        .store
        .due_deliveries(far, true, 1000)
        .await
        .unwrap()
}

fn body(delivery: &Delivery) -> String {
    serde_json::from_str::<Reply>(&delivery.body).unwrap().text
}

/// A labour migrant from Poland in Haram.
async fn polish_worker(app: &TestApp, chat: i64) {
    newcomer(app, chat, "haram", Locale::Pl, Household::Alone, RECENT).await;
    set_category(app, chat, Category::Labour).await;
}

#[tokio::test]
async fn a_question_reaches_the_staff_group_and_the_answer_comes_back() {
    for db in databases().await {
        let app = TestApp::new(db).await;
        let nb = app.state.i18n.tr(Locale::Nb);
        let pl = app.state.i18n.tr(Locale::Pl);
        polish_worker(&app, 1).await;
        let mut marek = app.person(1, Some("pl"));

        // The refugee service binds its group chat.
        let code = invite(&app, "haram", Role::Coordinator).await;
        let mut group = app.person(-100_200, Some("nb"));
        group
            .input(Input::GroupCommand {
                name: "staff".into(),
                args: code.display(),
            })
            .await;

        marek.say("/menu").await;
        marek
            .press(Action::Home(HomeAction::Menu(MenuItem::Ask)))
            .await;
        assert!(marek.text().contains(&pl.msg_args(
            "ask-prompt",
            &args!["municipality" => "Haram", "max" => 3000]
        )));
        // Empty and over-long questions are refused without storing anything.
        marek.say("   ").await;
        assert!(marek.text().contains(&pl.msg("announce-text-empty")));
        marek.say(&"ż".repeat(3001)).await;
        assert!(marek.text().contains(&pl.msg_args(
            "announce-text-too-long",
            &args!["max" => 3000, "length" => 3001]
        )));
        marek.say("Gdzie mogę zrobić kontrolę ID?").await;
        let notification = queued(&app).await;
        assert_eq!(notification.len(), 1);
        assert_eq!(notification[0].chat, group.chat);
        let text = body(&notification[0]);
        let reference = CaseRef::find_in(&text).expect("a case reference");
        assert!(marek.text().contains(&pl.msg_args(
            "ask-sent",
            &args!["case" => reference.as_str(), "municipality" => "Haram"]
        )));
        // Staff see the language and the group in staff words, never a name.
        assert!(text.contains("Polski (pl)"), "{text}");
        assert!(text.contains(&nb.msg("staff-category-labour")), "{text}");
        assert!(text.contains(&nb.msg("staff-citizenship-eea")), "{text}");
        assert!(!text.contains(&nb.msg("category-labour")), "{text}");
        assert!(text.contains("Gdzie mogę zrobić kontrolę ID?"));

        // A second question joins the same case.
        marek
            .press(Action::Home(HomeAction::Menu(MenuItem::Ask)))
            .await;
        marek.say("I jeszcze: skattekort?").await;
        let both = queued(&app).await;
        assert_eq!(both.len(), 2);
        assert!(body(&both[1]).contains(reference.as_str()));

        // The group answers by replying to the case message.
        group
            .input(Input::GroupReply {
                quoted: text.clone(),
                text: "Skatteetaten i Ålesund, etter timebestilling. Ta med pass.".into(),
            })
            .await;
        assert!(
            group
                .text()
                .contains(&nb.msg_args("case-answer-sent", &args!["case" => reference.as_str()]))
        );
        let answer = queued(&app)
            .await
            .into_iter()
            .find(|d| d.chat == marek.chat)
            .expect("the answer is queued");
        let answer = body(&answer);
        // The short name: "z gminy Haram", not "z gminy Haram kommune".
        assert!(answer.starts_with(&pl.msg_args(
            "case-answer",
            &args!["municipality" => "Haram", "case" => reference.as_str()]
        )));
        assert!(answer.contains("z gminy Haram ("), "{answer}");
        assert!(answer.contains("Ta med pass."));

        // /cases shows the whole thread: both questions and the answer.
        group
            .input(Input::GroupCommand {
                name: "cases".into(),
                args: String::new(),
            })
            .await;
        let list = group.text();
        assert!(list.contains(reference.as_str()), "{list}");
        assert!(list.contains("Gdzie mogę zrobić kontrolę ID?"), "{list}");
        assert!(list.contains("I jeszcze: skattekort?"), "{list}");
        assert!(list.contains("Ta med pass."), "{list}");
        assert!(list.contains(&nb.msg_args(
            "cases-thread-question",
            &args!["time" => "01.12 13:00", "text" => "I jeszcze: skattekort?"]
        )));

        // In a group, /svar without the answer says how; nothing is lost.
        group
            .input(Input::GroupCommand {
                name: "svar".into(),
                args: reference.as_str().into(),
            })
            .await;
        assert!(group.text().contains(&nb.msg_args(
            "case-reply-group-usage",
            &args!["case" => reference.as_str()]
        )));
        // The answer on the next line of the same message is read.
        let Input::Command { name, args } = Input::from_text(&format!(
            "/svar {reference}\nTimen bestiller du på skatteetaten.no."
        )) else {
            panic!("a command");
        };
        group.input(Input::GroupCommand { name, args }).await;
        let answered = queued(&app).await;
        assert!(
            answered.iter().any(|d| d.chat == marek.chat
                && body(d).contains("Timen bestiller du på skatteetaten.no.")),
            "the answer on the next line reached Marek"
        );

        // /mydata shows the case; /close closes it and tells Marek.
        marek.say("/mydata").await;
        assert!(marek.text().contains(&pl.msg("field-cases")));
        group
            .input(Input::GroupCommand {
                name: "close".into(),
                args: reference.as_str().to_lowercase(),
            })
            .await;
        assert!(
            group
                .text()
                .contains(&nb.msg_args("case-closed", &args!["case" => reference.as_str()]))
        );
        let closed = pl.msg_args(
            "case-closed-notice",
            &args!["case" => reference.as_str(), "municipality" => "Haram"],
        );
        assert!(
            queued(&app)
                .await
                .iter()
                .any(|d| d.chat == marek.chat && body(d) == closed),
            "Marek is told the case is closed"
        );
        marek.say("/delete").await;
        marek
            .press(Action::Onboarding(OnboardingAction::ConfirmDelete(true)))
            .await;
        assert!(
            marek
                .text()
                .contains(&pl.msg_args("delete-done-cases", &args!["count" => 1]))
        );
        assert!(
            app.state
                .store
                .case_by_ref("haram", &reference)
                .await
                .unwrap()
                .is_none()
        );
        group
            .input(Input::GroupCommand {
                name: "reply".into(),
                args: format!("{reference} hallo?"),
            })
            .await;
        assert!(
            group
                .text()
                .contains(&nb.msg_args("case-unknown", &args!["case" => reference.as_str()]))
        );
    }
}

/// Vestvågøy has no staff in velkommen yet: a Somali family migrant's
/// question is kept, she is told so before and after she types it, and it
/// reaches the first coordinator who joins.
#[tokio::test]
async fn a_question_asked_before_any_staff_exist_reaches_the_first_coordinator() {
    for db in databases().await {
        let app = TestApp::new(db).await;
        let nb = app.state.i18n.tr(Locale::Nb);
        let so = app.state.i18n.tr(Locale::So);
        newcomer(
            &app,
            3,
            "vestvagoy",
            Locale::So,
            Household::Children,
            RECENT,
        )
        .await;
        set_group(&app, 3, Category::Family, Some(Citizenship::Other)).await;
        let mut hodan = app.person(3, Some("so"));

        // Told before she types.
        hodan.say("/ask").await;
        assert!(hodan.text().contains(&so.msg_args(
            "ask-prompt-nobody",
            &args![
                "municipality" => "Vestvågøy",
                "max" => 3000,
                "website" => "https://www.vestvagoy.kommune.no/",
            ]
        )));
        hodan
            .say("Goorma ayaan codsan karaa in la cusboonaysiiyo sharciga deganaanshaha?")
            .await;
        let case = app
            .state
            .store
            .waiting_cases("vestvagoy")
            .await
            .unwrap()
            .pop()
            .expect("the question is kept as a waiting case");
        assert!(hodan.text().contains(&so.msg_args(
            "ask-kept",
            &args!["case" => case.reference.as_str(), "municipality" => "Vestvågøy"]
        )));
        assert!(queued(&app).await.is_empty(), "nobody to send it to yet");

        // An announcer does not receive questions; the first coordinator does.
        let code = invite(&app, "vestvagoy", Role::Announcer).await;
        app.person(900, Some("nb"))
            .say(&format!("/staff {}", code.display()))
            .await;
        assert!(queued(&app).await.is_empty());
        let code = invite(&app, "vestvagoy", Role::Coordinator).await;
        let mut coordinator = app.person(901, Some("nb"));
        coordinator.say(&format!("/staff {}", code.display())).await;
        assert!(
            coordinator
                .text()
                .contains(&nb.msg_args("staff-waiting-cases", &args!["count" => 1]))
        );
        let sent = queued(&app).await;
        let to_staff = sent
            .iter()
            .find(|d| d.chat == coordinator.chat)
            .expect("the waiting case reaches the coordinator");
        let text = body(to_staff);
        assert!(text.contains(case.reference.as_str()), "{text}");
        assert!(text.contains("sharciga deganaanshaha"), "{text}");
        assert!(text.contains(&nb.msg("staff-category-family")), "{text}");
        let arrived = so.msg_args(
            "case-arrived-notice",
            &args!["case" => case.reference.as_str(), "municipality" => "Vestvågøy"],
        );
        assert!(
            sent.iter()
                .any(|d| d.chat == hodan.chat && body(d) == arrived),
            "Hodan is told her question has arrived"
        );
        assert!(
            app.state
                .store
                .waiting_cases("vestvagoy")
                .await
                .unwrap()
                .is_empty()
        );

        // A second coordinator does not get it again.
        let code = invite(&app, "vestvagoy", Role::Coordinator).await;
        let mut second = app.person(902, Some("nb"));
        second.say(&format!("/staff {}", code.display())).await;
        assert!(queued(&app).await.iter().all(|d| d.chat != second.chat));

        // The coordinator answers with /svar and the reference, then the
        // answer as the next message.
        coordinator.say(&format!("/svar {}", case.reference)).await;
        assert!(coordinator.text().contains(&nb.msg_args(
            "case-answer-prompt",
            &args!["case" => case.reference.as_str(), "max" => 3000]
        )));
        coordinator
            .say("Du søker om fornyelse på udi.no senest én måned før tillatelsen går ut.")
            .await;
        assert!(coordinator.text().contains(&nb.msg_args(
            "case-answer-sent",
            &args!["case" => case.reference.as_str()]
        )));
        assert!(
            queued(&app)
                .await
                .iter()
                .any(|d| d.chat == hodan.chat && body(d).contains("senest én måned")),
            "the answer typed on its own reached Hodan"
        );
    }
}

#[tokio::test]
async fn other_municipalities_and_outsiders_cannot_touch_a_case() {
    let app = TestApp::new(common::sqlite_db()).await;
    let nb = app.state.i18n.tr(Locale::Nb);
    polish_worker(&app, 1).await;
    // Without a group, Haram's coordinators get the question privately.
    let mut coordinator = staff_member(&app, 700, "haram").await;
    let mut marek = app.person(1, Some("pl"));
    marek.say("/ask").await;
    marek.say("Jak dostać numer D?").await;
    let notification = queued(&app).await;
    assert_eq!(notification.len(), 1);
    assert_eq!(notification[0].chat, coordinator.chat);
    let text = body(&notification[0]);
    let reference = CaseRef::find_in(&text).unwrap();

    // Tynset's coordinator cannot answer, list or close it.
    let mut tynset = staff_member(&app, 800, "tynset").await;
    tynset.say(&format!("/reply {reference} hei")).await;
    assert!(
        tynset
            .text()
            .contains(&nb.msg_args("case-unknown", &args!["case" => reference.as_str()]))
    );
    tynset.say("/cases").await;
    assert!(tynset.text().contains(&nb.msg("cases-none")));
    tynset
        .press_raw(&Action::Cases(CaseAction::Close(reference.clone())).encode())
        .await;
    assert!(
        tynset
            .text()
            .contains(&nb.msg_args("case-unknown", &args!["case" => reference.as_str()]))
    );
    // A newcomer replying to the bot is not staff: it is ordinary text.
    let mut other = app.person(2, Some("pl"));
    polish_worker(&app, 2).await;
    other
        .input(Input::Reply {
            quoted: text.clone(),
            text: "hello".into(),
        })
        .await;
    assert!(!other.text().contains(reference.as_str()));
    // An announcer (not a coordinator) does not see cases.
    let code = invite(&app, "haram", Role::Announcer).await;
    let mut announcer = app.person(900, Some("nb"));
    announcer.say(&format!("/staff {}", code.display())).await;
    announcer.say("/cases").await;
    assert!(announcer.text().contains(&nb.msg("cases-not-allowed")));
    announcer.say("/staff").await;
    assert!(!announcer.offers(&Action::Cases(CaseAction::List)));

    // Haram's coordinator answers with a reply in the private chat, sees
    // the list with a close button and closes it.
    coordinator
        .input(Input::Reply {
            quoted: text.clone(),
            text: "Skatteetaten, Ålesund.".into(),
        })
        .await;
    assert!(
        coordinator
            .text()
            .contains(&nb.msg_args("case-answer-sent", &args!["case" => reference.as_str()]))
    );
    coordinator.say("/staff").await;
    coordinator.press(Action::Cases(CaseAction::List)).await;
    assert!(coordinator.text().contains(reference.as_str()));
    // Closing asks first; going back leaves the case open.
    coordinator
        .press(Action::Cases(CaseAction::Close(reference.clone())))
        .await;
    assert!(
        coordinator
            .text()
            .contains(&nb.msg_args("case-close-confirm", &args!["case" => reference.as_str()]))
    );
    coordinator.press(Action::Cases(CaseAction::List)).await;
    assert!(coordinator.text().contains(reference.as_str()));
    coordinator
        .press(Action::Cases(CaseAction::Close(reference.clone())))
        .await;
    coordinator
        .press(Action::Cases(CaseAction::ConfirmClose(reference.clone())))
        .await;
    assert!(
        coordinator
            .text()
            .contains(&nb.msg_args("case-closed", &args!["case" => reference.as_str()]))
    );
    // A stale confirmation does nothing twice.
    coordinator
        .press_raw(&Action::Cases(CaseAction::ConfirmClose(reference.clone())).encode())
        .await;
    assert!(coordinator.text().contains(&nb.msg("stale-button")));
    coordinator.say(&format!("/close {reference}")).await;
    coordinator
        .press(Action::Cases(CaseAction::ConfirmClose(reference.clone())))
        .await;
    assert!(
        coordinator
            .text()
            .contains(&nb.msg_args("case-already-closed", &args!["case" => reference.as_str()]))
    );
    coordinator.say("/reply").await;
    assert!(coordinator.text().contains(&nb.msg("case-reply-usage")));
}
