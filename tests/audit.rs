//! The audit log, on SQLite and PostgreSQL: a coordinator's actions — the
//! invite redeemed, an announcement sent and one stopped, an event made,
//! a case answered and closed, insight read — are written as who, what,
//! which municipality and when, and the coordinator reads them with
//! `/audit`; the database refuses to change an entry; another municipality's
//! log and a log asked for by an announcer stay closed. Rights are checked
//! on every action: a revoked coordinator's next press in the middle of a
//! draft does nothing, and an announcer's forged coordinator buttons are
//! stale.

mod common;

use common::{TestApp, databases, invite, newcomer, staff_member};
use sqlx::Connection;
use velkommen::audit::{Action, Actor};
use velkommen::conversation::callback::{
    Action as Button, AnnounceAction, CaseAction, EraseAction,
};
use velkommen::i18n::Locale;
use velkommen::newcomers::{Arrival, ChatKey, Household};
use velkommen::staff::Role;

async fn try_update(url: &str) -> Result<u64, sqlx::Error> {
    let sql = "update audit_log set subject = 'forged'";
    if url.starts_with("sqlite:") {
        let mut db = sqlx::SqliteConnection::connect(url).await?;
        Ok(sqlx::query(sql).execute(&mut db).await?.rows_affected())
    } else {
        let mut db = sqlx::PgConnection::connect(url).await?;
        Ok(sqlx::query(sql).execute(&mut db).await?.rows_affected())
    }
}

#[tokio::test]
async fn a_coordinators_actions_are_logged_and_read_back_and_cannot_be_changed() {
    for db in databases().await {
        let url = db.url.clone();
        let app = TestApp::new(db).await;
        let nb = app.state.i18n.tr(Locale::Nb);
        newcomer(
            &app,
            1,
            "haram",
            Locale::Pl,
            Household::Alone,
            Arrival::NotYet,
        )
        .await;
        let mut coordinator = staff_member(&app, 10, "haram").await;

        // An announcement sent now, and one scheduled and then stopped.
        for (text, later) in [
            ("Biblioteket er stengt mandag.", false),
            ("Juleverksted", true),
        ] {
            coordinator
                .press(Button::Announce(AnnounceAction::New))
                .await;
            coordinator
                .press(Button::Announce(AnnounceAction::AudienceDone))
                .await;
            coordinator.say(text).await;
            coordinator
                .press(Button::Announce(AnnounceAction::TranslationsDone))
                .await;
            coordinator
                .press(Button::Announce(AnnounceAction::Urgent(false)))
                .await;
            if later {
                coordinator
                    .press(Button::Announce(AnnounceAction::ScheduleAt))
                    .await;
                coordinator.say("i morgen kl. 12").await;
            } else {
                coordinator
                    .press(Button::Announce(AnnounceAction::ScheduleNow))
                    .await;
            }
            coordinator
                .press(Button::Announce(AnnounceAction::Confirm))
                .await;
        }
        let scheduled = app
            .state
            .store
            .recent_announcements(&["haram".into()], 1)
            .await
            .unwrap()[0]
            .id;
        coordinator
            .press(Button::Announce(AnnounceAction::Reports))
            .await;
        coordinator
            .press(Button::Announce(AnnounceAction::Stop(scheduled)))
            .await;
        coordinator
            .press(Button::Announce(AnnounceAction::ConfirmStop(scheduled)))
            .await;

        // A case answered and closed.
        let mut newcomer_chat = app.person(1, Some("pl"));
        newcomer_chat.say("/ask").await;
        newcomer_chat.say("Gdzie jest biblioteka?").await;
        let case = app.state.store.open_cases("haram").await.unwrap()[0].clone();
        coordinator
            .say(&format!("/svar {} Ved rådhuset.", case.reference))
            .await;
        coordinator.say(&format!("/lukk {}", case.reference)).await;
        coordinator
            .press(Button::Cases(CaseAction::ConfirmClose(
                case.reference.clone(),
            )))
            .await;
        coordinator.say("/insight").await;

        let log = app.state.store.audit_log("haram", 100).await.unwrap();
        let actions: Vec<Action> = log.iter().rev().map(|e| e.action).collect();
        assert_eq!(
            actions,
            [
                Action::InviteRedeemed,
                Action::AnnouncementCreated,
                Action::AnnouncementCreated,
                Action::AnnouncementStopped,
                Action::CaseAnswered,
                Action::CaseClosed,
                Action::InsightRead,
            ],
            "{}",
            db_label(&url)
        );
        assert!(
            log.iter()
                .all(|e| e.actor == Actor::Chat(ChatKey::telegram(10)))
        );
        assert_eq!(log[2].subject, case.reference.as_str());
        // No newcomer's chat or words in it.
        assert!(
            log.iter()
                .all(|e| !e.subject.contains("Gdzie") && e.subject != "1")
        );

        // The coordinator reads it.
        coordinator.say("/audit").await;
        let shown = coordinator.text();
        assert!(shown.contains(&nb.msg("audit-case-closed")), "{shown}");
        assert!(shown.contains(case.reference.as_str()), "{shown}");
        assert!(shown.contains("telegram:10"), "{shown}");

        // Nothing changes an entry.
        assert!(try_update(&url).await.is_err(), "{}", db_label(&url));
        let again = app.state.store.audit_log("haram", 100).await.unwrap();
        assert_eq!(again, log);

        // Tynset's coordinator sees nothing of Haram's, even forged.
        let mut tynset = staff_member(&app, 20, "tynset").await;
        tynset.press_raw("1:au:m:haram").await;
        assert!(tynset.text().contains(&nb.msg("stale-button")));
        tynset.say("/audit").await;
        assert!(!tynset.text().contains("telegram:10"));
    }
}

fn db_label(url: &str) -> &'static str {
    if url.starts_with("sqlite:") {
        "sqlite"
    } else {
        "postgres"
    }
}

#[tokio::test]
async fn rights_are_checked_on_every_press_roles_and_revocation_at_once() {
    for db in databases().await {
        let app = TestApp::new(db).await;
        let nb = app.state.i18n.tr(Locale::Nb);
        newcomer(
            &app,
            1,
            "haram",
            Locale::Uk,
            Household::Alone,
            Arrival::NotYet,
        )
        .await;
        // An announcer replays a coordinator's buttons.
        let code = invite(&app, "haram", Role::Announcer).await;
        let mut announcer = app.person(30, Some("nb"));
        announcer.say(&format!("/staff {}", code.display())).await;
        for forged in [
            "1:au:o",
            "1:au:m:haram",
            "1:in:o",
            "1:in:r:haram",
            "1:in:c:haram",
            "1:cs:all",
        ] {
            announcer.press_raw(forged).await;
            let text = announcer.text();
            assert!(
                !text.contains("telegram:") && !text.contains("📊"),
                "{forged}: {text}"
            );
        }
        announcer.say("/audit").await;
        assert!(
            !announcer.text().contains(
                &nb.msg_args("audit-title", &velkommen::args!["municipality" => "Haram"])
            )
        );

        // A coordinator revoked in the middle of a draft: the next press
        // does nothing, at once.
        let mut coordinator = staff_member(&app, 40, "haram").await;
        coordinator
            .press(Button::Announce(AnnounceAction::New))
            .await;
        coordinator
            .press(Button::Announce(AnnounceAction::AudienceDone))
            .await;
        coordinator.say("Kommunestyremøte").await;
        coordinator
            .press(Button::Announce(AnnounceAction::TranslationsDone))
            .await;
        coordinator
            .press(Button::Announce(AnnounceAction::Urgent(false)))
            .await;
        coordinator
            .press(Button::Announce(AnnounceAction::ScheduleNow))
            .await;
        assert!(coordinator.offers(&Button::Announce(AnnounceAction::Confirm)));
        app.state
            .store
            .revoke_staff(ChatKey::telegram(40), None)
            .await
            .unwrap();
        coordinator
            .press(Button::Announce(AnnounceAction::Confirm))
            .await;
        assert!(
            app.state
                .store
                .recent_announcements(&["haram".into()], 10)
                .await
                .unwrap()
                .is_empty()
        );
        coordinator.press_raw("1:au:o").await;
        assert!(!coordinator.text().contains("telegram:40"));
    }
}

#[tokio::test]
async fn a_coordinator_erases_the_person_of_a_case_at_their_request() {
    for db in databases().await {
        let app = TestApp::new(db).await;
        let nb = app.state.i18n.tr(Locale::Nb);
        let uk = app.state.i18n.tr(Locale::Uk);
        newcomer(
            &app,
            1,
            "haram",
            Locale::Uk,
            Household::Children,
            Arrival::NotYet,
        )
        .await;
        let mut olena = app.person(1, Some("uk"));
        olena.say("/ask").await;
        olena.say("Прошу видалити мої дані.").await;
        let case = app.state.store.open_cases("haram").await.unwrap()[0].clone();
        let reference = case.reference.as_str().to_owned();

        // Only Haram's coordinators can; Tynset's cannot reach the case.
        let mut tynset = staff_member(&app, 20, "tynset").await;
        tynset.say(&format!("/erase {reference} phoned")).await;
        assert!(tynset.text().contains(&nb.msg_args(
            "case-unknown",
            &velkommen::args!["case" => reference.as_str()]
        )));
        let code = invite(&app, "haram", Role::Announcer).await;
        let mut announcer = app.person(30, Some("nb"));
        announcer.say(&format!("/staff {}", code.display())).await;
        announcer.say(&format!("/erase {reference} phoned")).await;
        assert!(announcer.text().contains(&nb.msg("unknown-command")));
        announcer.press_raw("1:er:y").await;
        assert!(app.stored_newcomer(ChatKey::telegram(1)).await.is_some());

        // The coordinator, with the mistakes people make.
        let mut coordinator = staff_member(&app, 10, "haram").await;
        coordinator.say("/erase").await;
        assert!(
            coordinator
                .text()
                .contains(&nb.msg_args("erase-prompt", &velkommen::args!["max" => 300]))
        );
        coordinator.say("she phoned").await;
        assert!(coordinator.text().contains(&nb.msg("erase-usage")));
        coordinator.say(&reference).await;
        assert!(
            coordinator.text().contains(&nb.msg("erase-usage")),
            "{}",
            coordinator.text()
        );
        coordinator
            .say(&format!("{reference} ringte 2. desember og ba om sletting"))
            .await;
        let confirm = coordinator.text();
        assert!(
            confirm.contains(&reference) && confirm.contains("ringte 2. desember"),
            "{confirm}"
        );
        // Pressing the confirmation twice erases once.
        coordinator.press(Button::Erase(EraseAction::Confirm)).await;
        assert!(coordinator.text().contains(&nb.msg_args(
            "erase-done",
            &velkommen::args!["case" => reference.as_str()]
        )));
        coordinator.press_raw("1:er:y").await;
        assert!(coordinator.text().contains(&nb.msg("stale-button")));

        assert!(app.stored_newcomer(ChatKey::telegram(1)).await.is_none());
        assert!(
            app.stored_conversation(ChatKey::telegram(1))
                .await
                .is_none()
        );
        assert!(
            app.state
                .store
                .open_cases("haram")
                .await
                .unwrap()
                .is_empty()
        );
        let told = common::queued_to(&app, 1).await;
        assert_eq!(told.len(), 1, "{told:?}");
        assert_eq!(told[0].text, uk.msg("erase-notice"));
        let log = app.state.store.audit_log("haram", 10).await.unwrap();
        assert_eq!(log[0].action, Action::Erasure);
        assert_eq!(
            log[0].subject,
            format!("{reference}: ringte 2. desember og ba om sletting")
        );
        assert_eq!(log[0].actor, Actor::Chat(ChatKey::telegram(10)));
    }
}
