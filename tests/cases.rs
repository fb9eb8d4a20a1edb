//! "Ask a person": a newcomer's question reaches the municipality's staff
//! group under a case reference, without a name; a staff reply goes back to
//! the newcomer; cases are listed, closed, shown in /mydata and deleted.

mod common;

use common::{TestApp, databases, invite, newcomer, set_category, staff_member};
use velkommen::args;
use velkommen::cases::CaseRef;
use velkommen::conversation::callback::{Action, MenuItem};
use velkommen::conversation::{Input, Reply};
use velkommen::i18n::Locale;
use velkommen::newcomers::{Arrival, Category, Household, YearMonth};
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

        // Nobody receives questions yet: he is told where to go instead.
        marek.say("/ask").await;
        marek.say("Gdzie mogę zrobić kontrolę ID?").await;
        assert!(marek.text().contains(&pl.msg_args(
            "ask-nobody",
            &args!["municipality" => "Haram", "website" => "https://www.haram.kommune.no/"]
        )));
        assert!(queued(&app).await.is_empty());

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
        marek.press(Action::Menu(MenuItem::Ask)).await;
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
        assert!(text.contains("Polski (pl)"), "{text}");
        assert!(text.contains(&nb.msg("category-labour")), "{text}");
        assert!(text.contains("Gdzie mogę zrobić kontrolę ID?"));

        // A second question joins the same case.
        marek.press(Action::Menu(MenuItem::Ask)).await;
        marek.say("I jeszcze: skattekort?").await;
        let both = queued(&app).await;
        assert_eq!(both.len(), 2);
        assert!(body(&both[1]).contains(reference.as_str()));

        // The group lists the case and answers by replying to it.
        group
            .input(Input::GroupCommand {
                name: "cases".into(),
                args: String::new(),
            })
            .await;
        assert!(group.text().contains(reference.as_str()));
        assert!(group.text().contains("I jeszcze: skattekort?"));
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
        assert!(answer.starts_with(&pl.msg_args(
            "case-answer",
            &args!["municipality" => "Haram kommune", "case" => reference.as_str()]
        )));
        assert!(answer.contains("Ta med pass."));

        // /mydata shows the case; /close closes it; /delete erases it.
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
        marek.say("/delete").await;
        marek.press(Action::ConfirmDelete(true)).await;
        assert!(
            marek
                .text()
                .contains(&pl.msg_args("delete-done-cases", &args!["count" => 1]))
        );
        assert!(
            app.state
                .store
                .case_by_ref(&reference)
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
        .press_raw(&Action::CloseCase(reference.clone()).encode())
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
    assert!(!announcer.offers(&Action::Cases));

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
    coordinator.press(Action::Cases).await;
    assert!(coordinator.text().contains(reference.as_str()));
    coordinator
        .press(Action::CloseCase(reference.clone()))
        .await;
    assert!(
        coordinator
            .text()
            .contains(&nb.msg_args("case-closed", &args!["case" => reference.as_str()]))
    );
    coordinator.say(&format!("/close {reference}")).await;
    assert!(
        coordinator
            .text()
            .contains(&nb.msg_args("case-already-closed", &args!["case" => reference.as_str()]))
    );
    coordinator.say("/reply").await;
    assert!(coordinator.text().contains(&nb.msg("case-reply-usage")));
}
