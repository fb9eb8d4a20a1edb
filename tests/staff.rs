//! Staff: invites, isolation between municipalities, and the Haram refugee
//! consultant's announcement from composing to the delivery report.

mod common;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use async_trait::async_trait;
use chrono::{TimeZone, Utc};
use common::{TestApp, databases, invite, newcomer, staff_member};
use velkommen::conversation::callback::{Action, AnnounceAction, RepeatChoice};
use velkommen::conversation::{Input, Reply};
use velkommen::delivery::{DeliveryConfig, DeliveryWorker, SendOutcome, Sender, Step};
use velkommen::i18n::Locale;
use velkommen::newcomers::{Arrival, ChatKey, Household, YearMonth};
use velkommen::scheduler::Scheduler;
use velkommen::staff::{Role, StaffKind};
use velkommen::store::DeliveryStatus;

fn announce(action: AnnounceAction) -> Action {
    Action::Announce(action)
}

#[tokio::test]
async fn an_invite_code_makes_a_person_staff_exactly_once() {
    for db in databases().await {
        let app = TestApp::new(db).await;
        let nb = app.state.i18n.tr(Locale::Nb);
        let code = invite(&app, "haram", Role::Announcer).await;

        let mut first = app.person(500, Some("nb"));
        first
            .say(&format!("/staff {}", code.display().to_lowercase()))
            .await;
        assert!(first.text().contains(&nb.msg_args(
            "staff-welcome",
            &velkommen::args!["municipality" => "Haram kommune", "role" => nb.msg("role-announcer")]
        )));
        assert!(first.offers(&announce(AnnounceAction::New)));

        let mut second = app.person(501, Some("nb"));
        second.say(&format!("/staff {}", code.display())).await;
        assert!(
            second.text().contains(&nb.msg("staff-code-used")),
            "{}",
            app.db.label
        );
        second.say("/staff ABCD-EFGH-JKMN").await;
        assert!(second.text().contains(&nb.msg("staff-code-unknown")));
        second.say("/staff hello").await;
        assert!(second.text().contains(&nb.msg("staff-code-malformed")));
        second.say("/staff").await;
        assert!(second.text().contains(&nb.msg("staff-not-member")));

        let expired = invite(&app, "haram", Role::Coordinator).await;
        app.clock.advance(chrono::Duration::hours(73));
        second.say(&format!("/staff {}", expired.display())).await;
        assert!(second.text().contains(&nb.msg("staff-code-expired")));

        let staff = app.state.store.list_staff(Some("haram")).await.unwrap();
        assert_eq!(staff.len(), 1);
        assert_eq!(staff[0].chat, ChatKey::telegram(500));
        assert_eq!(staff[0].role, Role::Announcer);
    }
}

#[tokio::test]
async fn a_staff_group_chat_is_bound_with_its_own_invite() {
    let app = TestApp::new(common::sqlite_db()).await;
    let code = invite(&app, "tynset", Role::Coordinator).await;
    let mut group = app.person(-100_555, Some("nb"));
    group
        .input(Input::GroupCommand {
            name: "staff".into(),
            args: code.display(),
        })
        .await;
    let nb = app.state.i18n.tr(Locale::Nb);
    assert!(group.text().contains("Tynset kommune"), "{}", group.text());
    assert!(group.text().starts_with(&nb.msg_args(
        "staff-group-bound",
        &velkommen::args!["municipality" => "Tynset kommune", "role" => nb.msg("role-coordinator")]
    )));
    let members = app.state.store.staff_memberships(group.chat).await.unwrap();
    assert_eq!(members[0].kind, StaffKind::Group);
    // Nothing else about the group is stored.
    assert!(app.stored_conversation(group.chat).await.is_none());
}

#[tokio::test]
async fn staff_of_tynset_never_see_or_reach_haram_newcomers() {
    for db in databases().await {
        let app = TestApp::new(db).await;
        let recent = Arrival::Month(YearMonth {
            year: 2026,
            month: 10,
        });
        for chat in 1..=3 {
            newcomer(&app, chat, "haram", Locale::Uk, Household::Children, recent).await;
        }
        newcomer(&app, 10, "tynset", Locale::Uk, Household::Children, recent).await;
        let mut haram = staff_member(&app, 600, "haram").await;
        let mut tynset = staff_member(&app, 601, "tynset").await;

        // Tynset's staff compose: the municipality is Tynset, and forged
        // buttons for Haram are refused.
        tynset.press(announce(AnnounceAction::New)).await;
        tynset
            .press_raw(&announce(AnnounceAction::Municipality("haram".into())).encode())
            .await;
        let nb = app.state.i18n.tr(Locale::Nb);
        assert!(tynset.text().contains(&nb.msg("stale-button")));
        tynset.press(announce(AnnounceAction::AudienceDone)).await;
        tynset.say("Kaffe på biblioteket i morgen").await;
        tynset
            .press(announce(AnnounceAction::TranslationsDone))
            .await;
        tynset.press(announce(AnnounceAction::Urgent(false))).await;
        tynset.press(announce(AnnounceAction::ScheduleNow)).await;
        assert!(
            tynset
                .text()
                .contains(&nb.msg_args("announce-preview-reach", &velkommen::args!["count" => 1])),
            "only Tynset's one newcomer: {}",
            tynset.text()
        );
        tynset.press(announce(AnnounceAction::Confirm)).await;
        assert!(
            tynset
                .text()
                .contains(&nb.msg_args("announce-queued", &velkommen::args!["count" => 1]))
        );
        // The scheduler queues the run (the staff turn only woke it).
        Scheduler::new(app.state.clone())
            .try_execute_task()
            .await
            .unwrap();
        assert_eq!(
            app.state
                .store
                .pending_deliveries(ChatKey::telegram(10))
                .await
                .unwrap(),
            1
        );
        for chat in 1..=3 {
            assert_eq!(
                app.state
                    .store
                    .pending_deliveries(ChatKey::telegram(chat))
                    .await
                    .unwrap(),
                0
            );
        }

        // Haram's staff see only Haram's announcements and cannot stop
        // Tynset's.
        haram.press(announce(AnnounceAction::Reports)).await;
        assert!(
            haram.text().contains(&nb.msg("announce-reports-none")),
            "{}",
            haram.text()
        );
        let tynset_announcement = app
            .state
            .store
            .recent_announcements(&["tynset".into()], 1)
            .await
            .unwrap()
            .remove(0);
        haram
            .press_raw(&announce(AnnounceAction::Stop(tynset_announcement.id)).encode())
            .await;
        assert!(haram.text().contains(&nb.msg("stale-button")));
        // A newcomer pressing staff buttons gets nothing either.
        let mut outsider = app.person(2, Some("uk"));
        outsider
            .press_raw(&announce(AnnounceAction::New).encode())
            .await;
        assert!(
            outsider
                .text()
                .contains(&app.state.i18n.tr(Locale::Uk).msg("stale-button"))
        );
    }
}

/// Records what it sends.
#[derive(Default)]
struct Recorder(Mutex<Vec<(i64, String)>>);

#[async_trait]
impl Sender for Recorder {
    async fn send(&self, chat: ChatKey, message: &Reply) -> SendOutcome {
        self.0.lock().unwrap().push((chat.id, message.text.clone()));
        SendOutcome::Sent
    }
}

async fn drain(worker: &mut DeliveryWorker) {
    loop {
        match worker.try_execute_task().await.unwrap() {
            Step::Idle(_) => return,
            Step::WaitUntil(until) => tokio::time::sleep_until(until).await,
            _ => {}
        }
    }
}

#[tokio::test]
async fn the_haram_consultant_announces_the_language_cafe_to_ukrainian_and_arabic_families() {
    for db in databases().await {
        let app = TestApp::new(db).await;
        // Wednesday 25 November 2026, 13:00.
        let recent = Arrival::Month(YearMonth {
            year: 2026,
            month: 9,
        });
        newcomer(&app, 1, "haram", Locale::Uk, Household::Children, recent).await;
        newcomer(&app, 2, "haram", Locale::Ar, Household::Children, recent).await;
        newcomer(&app, 3, "haram", Locale::Uk, Household::Alone, recent).await;
        newcomer(&app, 4, "haram", Locale::Pl, Household::Children, recent).await;
        newcomer(&app, 5, "tynset", Locale::Uk, Household::Children, recent).await;
        let mut consultant = staff_member(&app, 700, "haram").await;
        let nb = app.state.i18n.tr(Locale::Nb);

        consultant.press(announce(AnnounceAction::New)).await;
        consultant
            .press(announce(AnnounceAction::OpenLanguages))
            .await;
        consultant
            .press(announce(AnnounceAction::ToggleLanguage(Locale::Uk)))
            .await;
        consultant
            .press(announce(AnnounceAction::ToggleLanguage(Locale::Ar)))
            .await;
        consultant
            .press(announce(AnnounceAction::BackToAudience))
            .await;
        consultant
            .press(announce(AnnounceAction::ToggleChildren))
            .await;
        consultant
            .press(announce(AnnounceAction::AudienceDone))
            .await;
        consultant
            .say("Språkkafé hver tirsdag kl. 18 på Haram bibliotek. Velkommen!")
            .await;
        consultant
            .press(announce(AnnounceAction::Translate(Locale::Uk)))
            .await;
        consultant
            .say("Мовне кафе щовівторка о 18:00 у бібліотеці Haram. Ласкаво просимо!")
            .await;
        consultant
            .press(announce(AnnounceAction::TranslationsDone))
            .await;
        consultant
            .press(announce(AnnounceAction::Urgent(false)))
            .await;
        consultant
            .press(announce(AnnounceAction::ScheduleRepeat))
            .await;
        consultant.say("snart").await;
        assert!(consultant.text().contains(&nb.msg_args(
            "when-not-a-time",
            &velkommen::args!["example" => "08.12.2026 18:00"]
        )));
        // The first time as she says it, then how it repeats, with buttons.
        consultant.say("tirsdag kl 18").await;
        consultant
            .press(announce(AnnounceAction::Repeat(RepeatChoice::Weekly)))
            .await;

        // The preview: exactly who, per language, and in which language.
        let preview = consultant.text();
        assert!(
            preview
                .contains(&nb.msg_args("announce-preview-reach", &velkommen::args!["count" => 2])),
            "{preview}"
        );
        assert!(preview.contains(&nb.msg_args(
            "announce-preview-language",
            &velkommen::args!["language" => "Українська", "count" => 1]
        )));
        assert!(preview.contains(&nb.msg_args(
            "announce-preview-fallback",
            &velkommen::args!["language" => "العربية", "count" => 1, "fallback" => "Norsk bokmål"]
        )));
        assert!(
            preview.contains("01.12.2026 18:00, 08.12.2026 18:00, 15.12.2026 18:00"),
            "{preview}"
        );
        assert!(preview.contains("hver tirsdag kl. 18:00"), "{preview}");
        consultant.press(announce(AnnounceAction::Confirm)).await;
        assert!(consultant.text().contains(&nb.msg_args(
            "announce-scheduled",
            &velkommen::args!["when" => "01.12.2026 18:00"]
        )));

        // Nothing goes out before Tuesday 18:00.
        let scheduler = Scheduler::new(app.state.clone());
        assert_eq!(scheduler.try_execute_task().await.unwrap().runs, 0);
        app.clock
            .set(Utc.with_ymd_and_hms(2026, 12, 1, 17, 0, 0).unwrap());
        let work = scheduler.try_execute_task().await.unwrap();
        assert_eq!((work.runs, work.deliveries), (1, 2));
        // Looking again queues nothing twice.
        assert_eq!(scheduler.try_execute_task().await.unwrap().deliveries, 0);

        let sender = Arc::new(Recorder::default());
        let config = DeliveryConfig {
            global_per_second: 1000.0,
            per_chat_spacing: Duration::from_millis(10),
            ..DeliveryConfig::default()
        };
        let mut worker = DeliveryWorker::new(
            app.state.store.clone(),
            sender.clone(),
            app.clock.clone(),
            config.clone(),
        );
        drain(&mut worker).await;
        {
            let sent = sender.0.lock().unwrap();
            assert_eq!(sent.len(), 2, "{}: {sent:?}", app.db.label);
            let to = |chat| {
                sent.iter()
                    .find(|(c, _)| *c == chat)
                    .map(|(_, t)| t.clone())
                    .unwrap()
            };
            assert!(
                to(1).contains("Мовне кафе"),
                "Ukrainian text for Ukrainian readers"
            );
            assert!(
                to(2).contains("Språkkafé"),
                "Arabic readers fall back to Bokmål, not left out"
            );
            assert!(to(1).starts_with("📣 Haram kommune"));
        }

        // The report reaches the consultant once the run is out.
        let work = scheduler.try_execute_task().await.unwrap();
        assert_eq!(work.reports, 1);
        drain(&mut worker).await;
        let report = sender
            .0
            .lock()
            .unwrap()
            .iter()
            .find(|(c, _)| *c == 700)
            .cloned()
            .unwrap();
        assert!(
            report
                .1
                .contains("sendt 2, blokkert 0, feilet 0, fortsatt i kø 0"),
            "{}",
            report.1
        );
        assert_eq!(
            scheduler.try_execute_task().await.unwrap().reports,
            0,
            "one report per run"
        );

        // The next Tuesday is a new run; the announcement can be stopped.
        consultant.press(announce(AnnounceAction::Reports)).await;
        let announcement = app
            .state
            .store
            .recent_announcements(&["haram".into()], 1)
            .await
            .unwrap()
            .remove(0);
        assert_eq!(
            announcement.next_run_at,
            Some(Utc.with_ymd_and_hms(2026, 12, 8, 17, 0, 0).unwrap())
        );
        // Stopping asks first.
        consultant
            .press(announce(AnnounceAction::Stop(announcement.id)))
            .await;
        assert!(consultant.text().contains(&nb.msg_args(
            "announce-stop-confirm",
            &velkommen::args!["title" => velkommen::announcements::headline(&announcement)]
        )));
        assert_eq!(
            app.state
                .store
                .announcement(&announcement.municipality, announcement.id)
                .await
                .unwrap()
                .unwrap()
                .status,
            velkommen::announcements::AnnouncementStatus::Scheduled,
            "nothing stopped yet"
        );
        consultant
            .press(announce(AnnounceAction::ConfirmStop(announcement.id)))
            .await;
        app.clock
            .set(Utc.with_ymd_and_hms(2026, 12, 8, 17, 0, 0).unwrap());
        assert_eq!(scheduler.try_execute_task().await.unwrap().runs, 0);
        let counts = app
            .state
            .store
            .announcement_report(&announcement.municipality, announcement.id)
            .await
            .unwrap();
        assert_eq!(counts.get(&DeliveryStatus::Sent), Some(&2));
    }
}

#[tokio::test]
async fn revoked_staff_lose_their_tools() {
    let app = TestApp::new(common::sqlite_db()).await;
    let mut staff = staff_member(&app, 800, "haram").await;
    staff.press(announce(AnnounceAction::New)).await;
    app.state
        .store
        .revoke_staff(ChatKey::telegram(800), None)
        .await
        .unwrap();
    staff
        .press_raw(&announce(AnnounceAction::AudienceDone).encode())
        .await;
    assert!(!staff.offers(&announce(AnnounceAction::New)));
    assert!(
        staff
            .text()
            .contains(&app.state.i18n.tr(Locale::Nb).msg("stale-button"))
    );
}
