//! The follow-up store on SQLite and (when available) PostgreSQL: which
//! newcomers get follow-ups, which are due, the compare-and-set that
//! records one with its delivery, pausing, and erasure.

mod common;

use chrono::{DateTime, Duration, Utc};
use common::test_now;
use velkommen::i18n::Locale;
use velkommen::newcomers::{ChatKey, Newcomer, Status};
use velkommen::store::{ConversationRecord, DueFollowUp, FollowUpState, NewDelivery, Origin, Turn};

const HARAM: &str = "haram";
const SULA: &str = "sula";

type Db = common::StoreDb;

fn hours(n: i64) -> DateTime<Utc> {
    test_now() + Duration::hours(n)
}

fn chat(id: i64) -> ChatKey {
    ChatKey::telegram(id)
}

impl Db {
    /// Stores a newcomer (or changes the stored one) through a turn.
    async fn newcomer(
        &self,
        id: i64,
        municipality: Option<&str>,
        status: Status,
        consented_at: DateTime<Utc>,
    ) {
        let key = chat(id);
        let mut newcomer = Newcomer::consented(key, Locale::Uk, consented_at);
        newcomer.municipality = municipality.map(str::to_owned);
        newcomer.status = status;
        let conversation = ConversationRecord {
            locale: Locale::Uk,
            state: "{}".into(),
            updated_at: None,
            last_update: None,
        };
        self.store
            .save_turn(Turn {
                chat: key,
                conversation: &conversation,
                newcomer: Some(&newcomer),
                now: test_now(),
            })
            .await
            .unwrap();
    }

    async fn seed(&self, rows: &[(i64, &str, Option<DateTime<Utc>>)]) -> u64 {
        let rows: Vec<(ChatKey, String, Option<DateTime<Utc>>)> = rows
            .iter()
            .map(|&(id, municipality, next_at)| (chat(id), municipality.to_owned(), next_at))
            .collect();
        self.store.seed_followups(&rows, test_now()).await.unwrap()
    }

    async fn without(&self, limit: i64) -> Vec<(i64, String, DateTime<Utc>)> {
        self.store
            .newcomers_without_followups(limit)
            .await
            .unwrap()
            .into_iter()
            .map(|(key, municipality, consented_at)| (key.id, municipality, consented_at))
            .collect()
    }

    /// The chats due at `now`, in order.
    async fn due(&self, now: DateTime<Utc>) -> Vec<i64> {
        self.store
            .due_followups(now, 100)
            .await
            .unwrap()
            .iter()
            .map(|due| due.chat.id)
            .collect()
    }

    async fn state(&self, id: i64) -> Option<FollowUpState> {
        self.store.followups_of(chat(id)).await.unwrap()
    }

    /// Every delivery in the outbox (none is ever sent here).
    async fn queued(&self) -> Vec<(i64, String)> {
        let far = Utc::now() + Duration::days(3650);
        self.store
            .due_deliveries(far, true, 1000)
            .await
            .unwrap()
            .into_iter()
            .map(|d| (d.chat.id, d.source))
            .collect()
    }

    async fn record(
        &self,
        id: i64,
        before: u32,
        now: u32,
        next_at: Option<DateTime<Utc>>,
        source: &str,
    ) -> bool {
        let delivery = NewDelivery {
            municipality: HARAM.into(),
            chat: chat(id),
            source: source.into(),
            origin: Origin::Other,
            body: "{}".into(),
            urgent: false,
            not_before: test_now(),
        };
        self.store
            .record_followup(chat(id), before, now, next_at, &[delivery], test_now())
            .await
            .unwrap()
    }
}

#[tokio::test]
async fn seeding_takes_active_newcomers_with_a_municipality_once() {
    for (db, _guard) in common::each_store().await {
        let label = db.label;
        db.newcomer(1, Some(HARAM), Status::Active, hours(-3)).await;
        db.newcomer(2, Some(SULA), Status::Active, hours(-5)).await;
        db.newcomer(3, None, Status::Active, hours(-7)).await;
        db.newcomer(4, Some(HARAM), Status::Unreachable, hours(-6))
            .await;
        db.newcomer(5, Some(HARAM), Status::Active, hours(-1)).await;

        let all = vec![
            (2, SULA.to_owned(), hours(-5)),
            (1, HARAM.to_owned(), hours(-3)),
            (5, HARAM.to_owned(), hours(-1)),
        ];
        assert_eq!(db.without(100).await, all, "{label}");
        assert_eq!(db.without(2).await, all[..2].to_vec(), "{label}");

        let week = Some(hours(-5) + Duration::days(7));
        let seeded = db
            .seed(&[
                (2, SULA, week),
                (1, HARAM, Some(hours(1))),
                (5, HARAM, None),
            ])
            .await;
        assert_eq!(seeded, 3, "{label}");
        assert_eq!(db.without(100).await, vec![], "{label}");
        assert_eq!(
            db.state(2).await,
            Some(FollowUpState {
                sent: 0,
                next_at: week,
                paused_until: None,
            }),
            "{label}"
        );
        assert_eq!(db.state(5).await.unwrap().next_at, None, "{label}");
        assert_eq!(db.state(3).await, None, "{label}");
        assert_eq!(db.state(4).await, None, "{label}");

        // Not twice: an existing row is left as it is.
        let again = db
            .seed(&[(1, HARAM, Some(hours(50))), (3, HARAM, Some(hours(2)))])
            .await;
        assert_eq!(again, 1, "{label}: only chat 3 is new");
        assert_eq!(
            db.state(1).await.unwrap().next_at,
            Some(hours(1)),
            "{label}"
        );
        assert_eq!(db.seed(&[]).await, 0, "{label}");

        // A newcomer who has a municipality now comes up (unless seeded).
        db.newcomer(6, None, Status::Active, hours(-2)).await;
        assert_eq!(db.without(100).await, vec![], "{label}");
        db.newcomer(6, Some(SULA), Status::Active, hours(-2)).await;
        assert_eq!(
            db.without(100).await,
            vec![(6, SULA.to_owned(), hours(-2))],
            "{label}"
        );
    }
}

#[tokio::test]
async fn due_only_when_the_time_came_unpaused_and_reachable() {
    for (db, _guard) in common::each_store().await {
        let label = db.label;
        for id in 1..=6 {
            db.newcomer(id, Some(HARAM), Status::Active, hours(-100 - id))
                .await;
        }
        let seeded = db
            .seed(&[
                (1, HARAM, Some(hours(-2))),
                (2, HARAM, Some(hours(1))),
                (3, HARAM, Some(hours(-1))),
                (4, HARAM, Some(hours(-1))),
                (5, HARAM, None),
                (6, HARAM, Some(hours(-3))),
            ])
            .await;
        assert_eq!(seeded, 6, "{label}");
        assert_eq!(db.due(test_now()).await, vec![6, 1, 3, 4], "{label}");

        // Blocked the bot: skipped. Moved to another municipality: skipped.
        db.newcomer(3, Some(HARAM), Status::Unreachable, hours(-103))
            .await;
        db.newcomer(4, Some(SULA), Status::Active, hours(-104))
            .await;
        assert_eq!(db.due(test_now()).await, vec![6, 1], "{label}");

        let due = db.store.due_followups(test_now(), 1).await.unwrap();
        assert_eq!(
            due,
            vec![DueFollowUp {
                chat: chat(6),
                municipality: HARAM.into(),
                locale: Locale::Uk,
                sent: 0,
                consented_at: hours(-106),
            }],
            "{label}"
        );

        // Due at the moment itself, not before.
        assert_eq!(db.due(hours(1)).await, vec![6, 1, 2], "{label}");
        assert_eq!(
            db.due(hours(1) - Duration::seconds(1)).await,
            vec![6, 1],
            "{label}"
        );

        // Paused for two hours: not due until then.
        assert!(
            db.store
                .set_followups_paused(chat(1), Some(hours(2)), test_now())
                .await
                .unwrap(),
            "{label}"
        );
        assert_eq!(db.state(1).await.unwrap().paused_until, Some(hours(2)));
        assert_eq!(db.due(test_now()).await, vec![6], "{label}");
        assert_eq!(db.due(hours(1)).await, vec![6, 2], "{label}");
        assert_eq!(db.due(hours(2)).await, vec![6, 1, 2], "{label}");

        // Until resumed (far in the future), then resumed.
        let forever = hours(24 * 365 * 100);
        assert!(
            db.store
                .set_followups_paused(chat(1), Some(forever), test_now())
                .await
                .unwrap()
        );
        assert_eq!(db.due(hours(24 * 365 * 10)).await, vec![6, 2], "{label}");
        assert!(
            db.store
                .set_followups_paused(chat(1), None, test_now())
                .await
                .unwrap()
        );
        assert_eq!(db.state(1).await.unwrap().paused_until, None, "{label}");
        assert_eq!(db.due(test_now()).await, vec![6, 1], "{label}");

        // No follow-ups, nothing to pause.
        assert!(
            !db.store
                .set_followups_paused(chat(99), Some(hours(2)), test_now())
                .await
                .unwrap(),
            "{label}"
        );
    }
}

#[tokio::test]
async fn recording_is_a_compare_and_set_with_its_delivery() {
    for (db, _guard) in common::each_store().await {
        let label = db.label;
        db.newcomer(1, Some(HARAM), Status::Active, hours(-200))
            .await;
        db.seed(&[(1, HARAM, Some(hours(-1)))]).await;
        assert_eq!(db.due(test_now()).await, vec![1], "{label}");

        let month = Some(hours(24 * 30));
        assert!(db.record(1, 0, 1, month, "followup:0").await, "{label}");
        assert_eq!(
            db.state(1).await,
            Some(FollowUpState {
                sent: 1,
                next_at: month,
                paused_until: None,
            }),
            "{label}"
        );
        assert_eq!(
            db.queued().await,
            vec![(1, "followup:0".to_owned())],
            "{label}"
        );
        assert_eq!(db.due(test_now()).await, Vec::<i64>::new(), "{label}");

        // Another instance with the same count: nothing changes or is queued.
        assert!(
            !db.record(1, 0, 1, Some(hours(1)), "followup:0-again").await,
            "{label}"
        );
        assert_eq!(db.state(1).await.unwrap().sent, 1, "{label}");
        assert_eq!(db.state(1).await.unwrap().next_at, month, "{label}");
        assert_eq!(db.queued().await.len(), 1, "{label}");

        // Skipping ahead after downtime; the last one leaves none due.
        assert!(db.record(1, 1, 6, None, "followup:5").await, "{label}");
        assert_eq!(
            db.state(1).await,
            Some(FollowUpState {
                sent: 6,
                next_at: None,
                paused_until: None,
            }),
            "{label}"
        );
        assert_eq!(db.queued().await.len(), 2, "{label}");
        assert_eq!(
            db.due(hours(24 * 365 * 10)).await,
            Vec::<i64>::new(),
            "{label}"
        );
        let due = db.store.due_followups(test_now(), 10).await.unwrap();
        assert!(due.is_empty(), "{label}");

        // No follow-ups: nothing recorded or queued.
        assert!(!db.record(2, 0, 1, None, "followup:0").await, "{label}");
        assert_eq!(db.queued().await.len(), 2, "{label}");
    }
}

#[tokio::test]
async fn deleting_a_person_erases_their_followups() {
    for (db, _guard) in common::each_store().await {
        let label = db.label;
        db.newcomer(1, Some(HARAM), Status::Active, hours(-10))
            .await;
        db.newcomer(2, Some(HARAM), Status::Active, hours(-10))
            .await;
        db.seed(&[(1, HARAM, Some(hours(-1))), (2, HARAM, Some(hours(-1)))])
            .await;
        assert!(db.state(1).await.is_some(), "{label}");

        let deletion = db.store.delete_person(chat(1)).await.unwrap();
        assert!(deletion.profile, "{label}");
        assert_eq!(db.state(1).await, None, "{label}");
        assert_eq!(db.due(test_now()).await, vec![2], "{label}");
        assert!(db.state(2).await.is_some(), "{label}");

        // Coming back later starts afresh.
        db.newcomer(1, Some(HARAM), Status::Active, hours(1)).await;
        assert_eq!(
            db.without(10).await,
            vec![(1, HARAM.to_owned(), hours(1))],
            "{label}"
        );
    }
}
