//! What the store does for many municipalities and many rows: tenancy in
//! every query, case references per municipality, outbox retention,
//! set-based queueing, and the migration that brought them — on SQLite and
//! (when available) PostgreSQL.

mod common;

use std::collections::BTreeMap;
use std::sync::Arc;

use chrono::{DateTime, Duration, Utc};
use common::{databases, repo_path, test_now};
use velkommen::announcements::{Audience, NewAnnouncement, Schedule, Texts};
use velkommen::cases::CaseRef;
use velkommen::events::EventDetails;
use velkommen::i18n::Locale;
use velkommen::newcomers::{ChatKey, Newcomer, Status};
use velkommen::outbox::Reply;
use velkommen::store::{
    ConversationRecord, DeliveryStatus, NewCase, NewDelivery, Origin, Store, StoreError, Turn,
};
use velkommen::when::Recurrence;

const MUNICIPALITIES: [(&str, &str); 2] = [
    ("haram", "Haram kommune"),
    ("vestvagoy", "Vestvågøy kommune"),
];

async fn open(url: &str) -> Arc<dyn Store> {
    let store = velkommen::app::open_store(url).await.unwrap();
    let municipalities: Vec<(String, String)> = MUNICIPALITIES
        .iter()
        .map(|(slug, name)| (slug.to_string(), name.to_string()))
        .collect();
    store
        .sync_municipalities(&municipalities, test_now())
        .await
        .unwrap();
    store
}

fn delivery(municipality: &str, chat: i64, source: &str, origin: Origin) -> NewDelivery {
    NewDelivery {
        municipality: municipality.into(),
        chat: ChatKey::telegram(chat),
        source: source.into(),
        origin,
        body: Reply::outbox_body(format!("to {chat}")),
        urgent: false,
        not_before: test_now(),
    }
}

fn new_case(municipality: &str, chat: i64, reference: &str) -> NewCase {
    NewCase {
        existing: None,
        reference: CaseRef::parse(reference).unwrap(),
        municipality: municipality.into(),
        chat: ChatKey::telegram(chat),
        locale: Locale::Pl,
        category: None,
        waiting: false,
    }
}

async fn announcement(store: &dyn Store, municipality: &str) -> i64 {
    let texts = Texts(BTreeMap::from([(Locale::Nb, "Kaffe".to_owned())]));
    store
        .create_announcement(
            &NewAnnouncement {
                municipality: municipality.into(),
                author: ChatKey::telegram(1),
                audience: Audience::default(),
                texts,
                urgent: false,
                schedule: Schedule::Now,
                machine: Default::default(),
            },
            Some(test_now()),
            test_now(),
        )
        .await
        .unwrap()
}

fn event(municipality: &str) -> EventDetails {
    EventDetails {
        municipality: municipality.into(),
        title: "Språkkafé".into(),
        place: "Biblioteket".into(),
        starts_at: test_now() + Duration::days(2),
        recurrence: Recurrence::Once,
        audience: Audience::default(),
        descriptions: Texts(BTreeMap::from([(Locale::Nb, "Velkommen".to_owned())])),
        titles: Texts::default(),
        skipped: Vec::new(),
        machine: Default::default(),
    }
}

fn count(report: &BTreeMap<DeliveryStatus, u64>, status: DeliveryStatus) -> u64 {
    report.get(&status).copied().unwrap_or(0)
}

#[tokio::test]
async fn case_references_are_unique_per_municipality_and_a_taken_one_stores_nothing() {
    for db in databases().await {
        let store = open(&db.url).await;
        let question = [delivery(
            "haram",
            500,
            "case:haram:S-7KQ4:q:1",
            Origin::Other,
        )];
        store
            .add_to_case(
                &new_case("haram", 10, "S-7KQ4"),
                "Hei?",
                false,
                &question,
                test_now(),
            )
            .await
            .unwrap();
        // The same reference in another municipality is another case.
        store
            .add_to_case(
                &new_case("vestvagoy", 11, "S-7KQ4"),
                "Hallo?",
                false,
                &[],
                test_now(),
            )
            .await
            .unwrap();
        // In the same municipality it is taken, and nothing of the new
        // question is stored or queued.
        let again = [delivery(
            "haram",
            500,
            "case:haram:S-7KQ4:q:2",
            Origin::Other,
        )];
        let taken = store
            .add_to_case(
                &new_case("haram", 12, "S-7KQ4"),
                "Hva nå?",
                false,
                &again,
                test_now(),
            )
            .await;
        assert!(
            matches!(taken, Err(StoreError::ReferenceTaken)),
            "{}: {taken:?}",
            db.label
        );
        assert_eq!(
            store.cases_of(ChatKey::telegram(12)).await.unwrap(),
            0,
            "{}",
            db.label
        );
        assert_eq!(
            store
                .pending_deliveries(ChatKey::telegram(500))
                .await
                .unwrap(),
            1,
            "{}: only the first question is queued",
            db.label
        );
        let reference = CaseRef::parse("S-7KQ4").unwrap();
        let haram = store
            .case_by_ref("haram", &reference)
            .await
            .unwrap()
            .unwrap();
        let vestvagoy = store
            .case_by_ref("vestvagoy", &reference)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(haram.chat, ChatKey::telegram(10), "{}", db.label);
        assert_eq!(vestvagoy.chat, ChatKey::telegram(11), "{}", db.label);
    }
}

#[tokio::test]
async fn another_municipalitys_rows_cannot_be_reached_by_id() {
    for db in databases().await {
        let store = open(&db.url).await;
        let id = announcement(store.as_ref(), "haram").await;
        let run = [delivery(
            "haram",
            20,
            &format!("announcement:{id}:1"),
            Origin::Announcement(id),
        )];
        store
            .queue_run(id, test_now(), &run, None, test_now())
            .await
            .unwrap();
        assert!(
            store.announcement("vestvagoy", id).await.unwrap().is_none(),
            "{}",
            db.label
        );
        assert!(
            store.announcement("haram", id).await.unwrap().is_some(),
            "{}",
            db.label
        );
        assert!(
            store
                .announcement_report("vestvagoy", id)
                .await
                .unwrap()
                .is_empty()
        );
        assert_eq!(
            store
                .cancel_announcement("vestvagoy", id, test_now())
                .await
                .unwrap(),
            0,
            "{}: another municipality cannot stop it",
            db.label
        );
        let report = store.announcement_report("haram", id).await.unwrap();
        assert_eq!(count(&report, DeliveryStatus::Queued), 1, "{}", db.label);

        let event = store
            .create_event(&event("haram"), test_now())
            .await
            .unwrap();
        assert!(
            store.event("vestvagoy", event).await.unwrap().is_none(),
            "{}",
            db.label
        );
        assert_eq!(
            store
                .change_event("vestvagoy", event, None, "event:", &[], test_now())
                .await
                .unwrap(),
            0,
            "{}: another municipality cannot cancel it",
            db.label
        );
        assert!(store.event("haram", event).await.unwrap().is_some());

        let case = store
            .add_to_case(
                &new_case("haram", 30, "S-ACDE"),
                "Spørsmål",
                false,
                &[],
                test_now(),
            )
            .await
            .unwrap();
        let reference = CaseRef::parse("S-ACDE").unwrap();
        assert!(
            store
                .case_by_ref("vestvagoy", &reference)
                .await
                .unwrap()
                .is_none()
        );
        assert!(
            store
                .case_messages("vestvagoy", case)
                .await
                .unwrap()
                .is_empty()
        );
        assert_eq!(store.case_messages("haram", case).await.unwrap().len(), 1);
        let notice = delivery("vestvagoy", 30, "case:closed", Origin::Other);
        assert!(
            !store
                .close_case("vestvagoy", case, &notice, test_now())
                .await
                .unwrap(),
            "{}: another municipality cannot close it",
            db.label
        );
        let mut existing = new_case("vestvagoy", 30, "S-ACDE");
        existing.existing = Some(case);
        let answer = store
            .add_to_case(&existing, "Svar", true, &[], test_now())
            .await;
        assert!(
            matches!(answer, Err(StoreError::NotFound(_))),
            "{}",
            db.label
        );
        assert_eq!(store.case_messages("haram", case).await.unwrap().len(), 1);
    }
}

#[tokio::test]
async fn reminders_are_found_by_event_with_each_readers_language() {
    for db in databases().await {
        let store = open(&db.url).await;
        let id = store
            .create_event(&event("haram"), test_now())
            .await
            .unwrap();
        let other = store
            .create_event(&event("haram"), test_now())
            .await
            .unwrap();
        for (chat, locale) in [(40, Locale::Uk), (41, Locale::Ar)] {
            let newcomer = Newcomer::consented(ChatKey::telegram(chat), locale, test_now());
            let record = ConversationRecord {
                locale,
                state: String::new(),
                updated_at: None,
                last_update: None,
            };
            store
                .save_turn(Turn {
                    chat: newcomer.chat,
                    conversation: &record,
                    newcomer: Some(&newcomer),
                    now: test_now(),
                })
                .await
                .unwrap();
        }
        let reminders = [
            delivery(
                "haram",
                40,
                &format!("event:{id}:remind:1"),
                Origin::Event(id),
            ),
            delivery(
                "haram",
                40,
                &format!("event:{id}:remind:2"),
                Origin::Event(id),
            ),
            delivery(
                "haram",
                41,
                &format!("event:{id}:remind:2"),
                Origin::Event(id),
            ),
            delivery(
                "haram",
                42,
                &format!("event:{other}:remind:1"),
                Origin::Event(other),
            ),
        ];
        for reminder in &reminders {
            store.enqueue(reminder, test_now()).await.unwrap();
        }
        let prefix = format!("event:{id}:remind:");
        let all = store.reminded("haram", id, &prefix).await.unwrap();
        assert_eq!(
            all,
            vec![
                (ChatKey::telegram(40), Locale::Uk),
                (ChatKey::telegram(41), Locale::Ar)
            ],
            "{}: each chat once",
            db.label
        );
        let one_date = store
            .reminded("haram", id, &format!("{prefix}1"))
            .await
            .unwrap();
        assert_eq!(
            one_date,
            vec![(ChatKey::telegram(40), Locale::Uk)],
            "{}",
            db.label
        );
        assert!(
            store
                .reminded("vestvagoy", id, &prefix)
                .await
                .unwrap()
                .is_empty()
        );
        // Cancelling withdraws this event's reminders, not the other's.
        let changed = store
            .change_event("haram", id, None, &prefix, &[], test_now())
            .await
            .unwrap();
        assert_eq!(changed, 3, "{}", db.label);
        assert_eq!(
            store
                .pending_deliveries(ChatKey::telegram(42))
                .await
                .unwrap(),
            1
        );
    }
}

#[tokio::test]
async fn a_large_run_is_queued_in_batches_once_each_and_blocked_for_the_unreachable() {
    for db in databases().await {
        let store = open(&db.url).await;
        let id = announcement(store.as_ref(), "haram").await;
        // An unreachable newcomer's message is recorded as blocked at once.
        let mut gone = Newcomer::consented(ChatKey::telegram(7), Locale::Nb, test_now());
        gone.status = Status::Unreachable;
        store
            .save_turn(Turn {
                chat: gone.chat,
                conversation: &ConversationRecord {
                    locale: Locale::Nb,
                    state: String::new(),
                    updated_at: None,
                    last_update: None,
                },
                newcomer: Some(&gone),
                now: test_now(),
            })
            .await
            .unwrap();
        let source = format!("announcement:{id}:1");
        let mut run: Vec<NewDelivery> = (1..=1_234)
            .map(|chat| delivery("haram", chat, &source, Origin::Announcement(id)))
            .collect();
        // The same chat twice in one run is queued once.
        run.push(delivery("haram", 99, &source, Origin::Announcement(id)));
        let queued = store
            .queue_run(id, test_now(), &run, None, test_now())
            .await
            .unwrap();
        assert_eq!(queued, 1_234, "{}", db.label);
        let again = store
            .queue_run(id, test_now(), &run, None, test_now())
            .await
            .unwrap();
        assert_eq!(again, 0, "{}: a run is queued once", db.label);
        let report = store.announcement_report("haram", id).await.unwrap();
        assert_eq!(
            count(&report, DeliveryStatus::Queued),
            1_233,
            "{}",
            db.label
        );
        assert_eq!(count(&report, DeliveryStatus::Blocked), 1, "{}", db.label);
        let due = store.due_deliveries(test_now(), true, 10).await.unwrap();
        assert_eq!(due.len(), 10);
        assert!(due.iter().all(|d| d.chat != ChatKey::telegram(7)));
    }
}

#[tokio::test]
async fn retention_removes_old_finished_rows_and_reports_still_count_them() {
    for db in databases().await {
        let store = open(&db.url).await;
        let id = announcement(store.as_ref(), "haram").await;
        let source = format!("announcement:{id}:1");
        let run: Vec<NewDelivery> = (1..=4)
            .map(|chat| delivery("haram", chat, &source, Origin::Announcement(id)))
            .collect();
        let long_ago = test_now() - Duration::days(40);
        store
            .queue_run(id, long_ago, &run, None, long_ago)
            .await
            .unwrap();
        let due = store.due_deliveries(test_now(), true, 10).await.unwrap();
        // Three were sent 40 days ago; one still waits (for a blocked
        // chat's retry, say) and must stay however old it is.
        for d in &due[..3] {
            assert_eq!(
                store.start_sending(&[d.id], long_ago).await.unwrap(),
                [d.id]
            );
            store.mark_sent(&[d.id], long_ago).await.unwrap();
        }
        // A case answer sent yesterday stays.
        let recent = delivery("haram", 9, "case:haram:S-7KQ4:a:1", Origin::Other);
        store.enqueue(&recent, test_now()).await.unwrap();
        let yesterday = test_now() - Duration::days(1);
        let fresh = store.due_deliveries(test_now(), true, 10).await.unwrap();
        let answer = fresh
            .iter()
            .find(|d| d.chat == ChatKey::telegram(9))
            .unwrap();
        assert_eq!(
            store.start_sending(&[answer.id], yesterday).await.unwrap(),
            [answer.id]
        );
        store.mark_sent(&[answer.id], yesterday).await.unwrap();

        let before = store.announcement_report("haram", id).await.unwrap();
        let cutoff: DateTime<Utc> = test_now() - Duration::days(30);
        assert_eq!(store.prune_outbox(cutoff).await.unwrap(), 3, "{}", db.label);
        assert_eq!(store.prune_outbox(cutoff).await.unwrap(), 0, "{}", db.label);
        let after = store.announcement_report("haram", id).await.unwrap();
        assert_eq!(before, after, "{}: the report still counts them", db.label);
        assert_eq!(count(&after, DeliveryStatus::Sent), 3);
        assert_eq!(count(&after, DeliveryStatus::Queued), 1);
        let kept = store
            .delivery_report("haram", "case:haram:S-7KQ4:a:1")
            .await
            .unwrap();
        assert_eq!(count(&kept, DeliveryStatus::Sent), 1, "{}", db.label);
        // Pruning again later adds to the kept counts instead of replacing.
        let d = &store.due_deliveries(test_now(), true, 10).await.unwrap()[0];
        assert_eq!(
            store.start_sending(&[d.id], long_ago).await.unwrap(),
            [d.id]
        );
        store.mark_sent(&[d.id], long_ago).await.unwrap();
        assert_eq!(store.prune_outbox(cutoff).await.unwrap(), 1);
        let last = store.announcement_report("haram", id).await.unwrap();
        assert_eq!(count(&last, DeliveryStatus::Sent), 4, "{}", db.label);
        assert_eq!(count(&last, DeliveryStatus::Queued), 0, "{}", db.label);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_instances_pruning_at_once_count_each_removed_row_once() {
    for db in databases().await {
        let store = open(&db.url).await;
        // The other instance, on a pool of its own.
        let other = open(&db.url).await;
        let id = announcement(store.as_ref(), "haram").await;
        let source = format!("announcement:{id}:1");
        let run: Vec<NewDelivery> = (1..=200)
            .map(|chat| delivery("haram", chat, &source, Origin::Announcement(id)))
            .collect();
        let long_ago = test_now() - Duration::days(40);
        store
            .queue_run(id, long_ago, &run, None, long_ago)
            .await
            .unwrap();
        for d in store.due_deliveries(test_now(), true, 500).await.unwrap() {
            assert_eq!(
                store.start_sending(&[d.id], long_ago).await.unwrap(),
                [d.id]
            );
            store.mark_sent(&[d.id], long_ago).await.unwrap();
        }
        let cutoff = test_now() - Duration::days(30);

        let (first, second) = tokio::join!(store.prune_outbox(cutoff), other.prune_outbox(cutoff));

        assert_eq!(first.unwrap() + second.unwrap(), 200, "{}", db.label);
        let report = store.announcement_report("haram", id).await.unwrap();
        assert_eq!(
            count(&report, DeliveryStatus::Sent),
            200,
            "{}: {report:?}",
            db.label
        );
    }
}

/// A database from before the scale migration: its cases keep their
/// messages through SQLite's table rebuild, and its outbox rows get their
/// announcement and event columns from their sources.
#[tokio::test]
async fn the_scale_migration_keeps_cases_and_gives_old_rows_their_origin() {
    for db in databases().await {
        let backend = if db.label == "sqlite" {
            "sqlite"
        } else {
            "postgres"
        };
        let earlier = tempfile::tempdir().unwrap();
        for entry in std::fs::read_dir(repo_path(&format!("migrations/{backend}"))).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_str().unwrap().to_owned();
            if name.as_str() < "0007" {
                std::fs::copy(&path, earlier.path().join(name)).unwrap();
            }
        }
        let old = sqlx::migrate::Migrator::new(earlier.path()).await.unwrap();
        let store = {
            use sqlx::Connection;
            if backend == "sqlite" {
                let options: sqlx::sqlite::SqliteConnectOptions = db
                    .url
                    .parse::<sqlx::sqlite::SqliteConnectOptions>()
                    .unwrap()
                    .create_if_missing(true);
                let mut connection = sqlx::SqliteConnection::connect_with(&options)
                    .await
                    .unwrap();
                old.run(&mut connection).await.unwrap();
                seed_old(&mut connection).await;
            } else {
                let mut connection = sqlx::PgConnection::connect(&db.url).await.unwrap();
                old.run(&mut connection).await.unwrap();
                seed_old(&mut connection).await;
            }
            open(&db.url).await
        };
        let reference = CaseRef::parse("S-7KQ4").unwrap();
        let case = store
            .case_by_ref("haram", &reference)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(case.messages, 2, "{}", db.label);
        assert_eq!(
            store.case_messages("haram", case.id).await.unwrap().len(),
            2
        );
        let report = store.announcement_report("haram", 1).await.unwrap();
        assert_eq!(count(&report, DeliveryStatus::Sent), 1, "{}", db.label);
        let reminded = store.reminded("haram", 1, "event:1:remind:").await.unwrap();
        assert_eq!(reminded.len(), 1, "{}", db.label);
        // And the new rule holds: the reference is free in Vestvågøy.
        store
            .add_to_case(
                &new_case("vestvagoy", 5, "S-7KQ4"),
                "Hei",
                false,
                &[],
                test_now(),
            )
            .await
            .unwrap();
    }
}

/// Rows as the schema of migrations 0001–0006 held them.
async fn seed_old<'c, C>(connection: &'c mut C)
where
    for<'e> &'e mut C: sqlx::Executor<'e>,
{
    let now = "2026-11-30T10:00:00Z";
    let statements = [
        format!(
            "insert into municipalities (slug, name, updated_at) values ('haram', 'Haram kommune', '{now}')"
        ),
        format!(
            "insert into newcomers (channel, chat_id, municipality, locale, consented_at, status, created_at, updated_at) values ('telegram', 3, 'haram', 'uk', '{now}', 'active', '{now}', '{now}')"
        ),
        format!(
            "insert into announcements (municipality, audience, texts, urgent, schedule, status, created_at, updated_at) values ('haram', '{{}}', '{{}}', false, '\"now\"', 'done', '{now}', '{now}')"
        ),
        format!(
            "insert into events (municipality, title, place, starts_at, audience, descriptions, status, created_at, updated_at) values ('haram', 'Kafé', 'Bibliotek', '{now}', '{{}}', '{{}}', 'active', '{now}', '{now}')"
        ),
        format!(
            "insert into outbox (municipality, channel, chat_id, source, body, not_before, status, created_at, updated_at) values ('haram', 'telegram', 3, 'announcement:1:1700000000', '{{}}', '{now}', 'sent', '{now}', '{now}')"
        ),
        format!(
            "insert into outbox (municipality, channel, chat_id, source, body, not_before, status, created_at, updated_at) values ('haram', 'telegram', 3, 'event:1:remind:1700000000', '{{}}', '{now}', 'queued', '{now}', '{now}')"
        ),
        format!(
            "insert into cases (ref, municipality, channel, chat_id, locale, status, created_at, updated_at) values ('S-7KQ4', 'haram', 'telegram', 3, 'uk', 'open', '{now}', '{now}')"
        ),
        format!(
            "insert into case_messages (case_id, from_staff, body, created_at) values (1, false, 'Hvor er legen?', '{now}')"
        ),
        format!(
            "insert into case_messages (case_id, from_staff, body, created_at) values (1, true, 'På torget.', '{now}')"
        ),
    ];
    sqlx::raw_sql(&statements.join(";\n"))
        .execute(&mut *connection)
        .await
        .unwrap();
}

/// Sends one delivery at `at` so that it is finished and as old as `at`.
async fn sent_at(store: &dyn Store, chat: i64, at: DateTime<Utc>) {
    let d = delivery("haram", chat, &format!("note:{chat}"), Origin::Other);
    store.enqueue(&d, at).await.unwrap();
    let due = store.due_deliveries(test_now(), true, 100).await.unwrap();
    let row = due
        .iter()
        .find(|r| r.chat == ChatKey::telegram(chat))
        .unwrap();
    assert_eq!(store.start_sending(&[row.id], at).await.unwrap(), [row.id]);
    store.mark_sent(&[row.id], at).await.unwrap();
}

#[tokio::test]
async fn the_scheduler_prunes_once_an_hour_and_only_when_retention_is_set() {
    let app = common::TestApp::new(common::sqlite_db()).await;
    let store = app.state.store.as_ref();
    let long_ago = test_now() - Duration::days(31);
    sent_at(store, 1, long_ago).await;
    let keeping = velkommen::scheduler::Scheduler::new(app.state.clone());
    assert_eq!(keeping.try_execute_task().await.unwrap().pruned, 0);
    let scheduler = velkommen::scheduler::Scheduler::new(app.state.clone())
        .with_retention(Some(Duration::days(30)));
    assert_eq!(scheduler.try_execute_task().await.unwrap().pruned, 1);
    sent_at(store, 2, long_ago).await;
    assert_eq!(
        scheduler.try_execute_task().await.unwrap().pruned,
        0,
        "not again within the hour"
    );
    app.clock.set(test_now() + Duration::minutes(61));
    assert_eq!(scheduler.try_execute_task().await.unwrap().pruned, 1);
}
