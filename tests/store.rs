//! The storage layer, on SQLite and (when available) PostgreSQL.

mod common;

use common::{databases, test_now};
use velkommen::i18n::Locale;
use velkommen::newcomers::{Arrival, Category, ChatKey, Household, Newcomer, Status, YearMonth};
use velkommen::store::{ConversationRecord, NewDelivery, Origin, Turn};

async fn open(url: &str) -> std::sync::Arc<dyn velkommen::store::Store> {
    let store = velkommen::app::open_store(url).await.unwrap();
    store
        .sync_municipalities(&[("haram".into(), "Haram kommune".into())], test_now())
        .await
        .unwrap();
    store
}

#[tokio::test]
async fn a_turn_saves_the_conversation_and_the_newcomer_together() {
    for db in databases().await {
        let store = open(&db.url).await;
        let chat = ChatKey::telegram(77);
        assert!(store.load_conversation(chat).await.unwrap().is_none());
        let mut newcomer = Newcomer::consented(chat, Locale::Uk, test_now());
        newcomer.municipality = Some("haram".into());
        newcomer.category = Some(Category::Family);
        newcomer.arrival = Some(Arrival::Month(YearMonth {
            year: 2026,
            month: 2,
        }));
        newcomer.household = Some(Household::Children);
        newcomer.wants_mentor = Some(false);
        let record = ConversationRecord {
            locale: Locale::Uk,
            state: "{\"step\":{\"step\":\"menu\"}}".into(),
            updated_at: None,
            last_update: None,
        };
        store
            .save_turn(Turn {
                chat,
                conversation: &record,
                newcomer: Some(&newcomer),
                now: test_now(),
            })
            .await
            .unwrap();
        assert_eq!(
            store.load_conversation(chat).await.unwrap(),
            Some(record.clone()),
            "{}",
            db.label
        );
        assert_eq!(
            store.load_newcomer(chat).await.unwrap(),
            Some(newcomer.clone()),
            "{}",
            db.label
        );

        // An update keeps the consent time and changes the answers.
        let mut changed = newcomer.clone();
        changed.household = Some(Household::Alone);
        changed.locale = Locale::Ar;
        changed.status = Status::Unreachable;
        store
            .save_turn(Turn {
                chat,
                conversation: &record,
                newcomer: Some(&changed),
                now: test_now(),
            })
            .await
            .unwrap();
        assert_eq!(store.load_newcomer(chat).await.unwrap(), Some(changed));

        // The terminal channel is a different person with the same number.
        assert!(
            store
                .load_newcomer(ChatKey::terminal(77))
                .await
                .unwrap()
                .is_none()
        );
    }
}

#[tokio::test]
async fn a_failed_turn_saves_nothing() {
    for db in databases().await {
        let store = open(&db.url).await;
        let chat = ChatKey::telegram(78);
        let mut newcomer = Newcomer::consented(chat, Locale::Nb, test_now());
        // Not a municipality the database knows: the foreign key refuses it.
        newcomer.municipality = Some("atlantis".into());
        let record = ConversationRecord {
            locale: Locale::Nb,
            state: "{}".into(),
            updated_at: None,
            last_update: None,
        };
        let result = store
            .save_turn(Turn {
                chat,
                conversation: &record,
                newcomer: Some(&newcomer),
                now: test_now(),
            })
            .await;
        assert!(result.is_err(), "{}", db.label);
        assert!(
            store.load_conversation(chat).await.unwrap().is_none(),
            "{}: rolled back",
            db.label
        );
    }
}

#[tokio::test]
async fn the_outbox_takes_each_source_once_per_chat() {
    for db in databases().await {
        let store = open(&db.url).await;
        let chat = ChatKey::telegram(79);
        let delivery = NewDelivery {
            municipality: "haram".into(),
            chat,
            source: "announcement:7".into(),
            origin: Origin::Other,
            body: "{}".into(),
            urgent: true,
            not_before: test_now(),
        };
        assert!(store.enqueue(&delivery, test_now()).await.unwrap());
        assert!(
            !store.enqueue(&delivery, test_now()).await.unwrap(),
            "{}: idempotent",
            db.label
        );
        let other = NewDelivery {
            chat: ChatKey::telegram(80),
            ..delivery.clone()
        };
        assert!(store.enqueue(&other, test_now()).await.unwrap());
        assert_eq!(store.pending_deliveries(chat).await.unwrap(), 1);
        let deletion = store.delete_person(chat).await.unwrap();
        assert_eq!(deletion.pending_deliveries, 1);
        assert!(!deletion.profile && !deletion.conversation);
        assert_eq!(store.pending_deliveries(chat).await.unwrap(), 0);
        assert_eq!(
            store
                .pending_deliveries(ChatKey::telegram(80))
                .await
                .unwrap(),
            1
        );
    }
}

#[tokio::test]
async fn migrations_can_run_twice() {
    for db in databases().await {
        let store = open(&db.url).await;
        store.migrate().await.unwrap();
        let again = velkommen::app::open_store(&db.url).await;
        assert!(again.is_ok(), "{}", db.label);
    }
}

#[tokio::test]
async fn an_unsupported_url_is_refused_without_leaking_the_password() {
    let error = velkommen::store::open("mysql://user:hunter2@db/velkommen")
        .await
        .err()
        .unwrap();
    let text = error.to_string();
    assert!(text.contains("unsupported DATABASE_URL"), "{text}");
    assert!(!text.contains("hunter2"), "{text}");
}

#[tokio::test]
async fn one_read_gives_the_conversation_and_the_newcomer_and_a_failed_turn_saves_nothing() {
    for db in databases().await {
        let store = open(&db.url).await;
        let chat = ChatKey::telegram(4242);
        assert_eq!(store.load_chat(chat).await.unwrap(), (None, None));
        let record = ConversationRecord {
            locale: Locale::Ti,
            state: "{\"step\":{\"step\":\"language\"}}".into(),
            updated_at: None,
            last_update: None,
        };
        store
            .save_turn(Turn {
                chat,
                conversation: &record,
                newcomer: None,
                now: test_now(),
            })
            .await
            .unwrap();
        assert_eq!(
            store.load_chat(chat).await.unwrap(),
            (Some(record.clone()), None),
            "{}",
            db.label
        );

        // A newcomer in a municipality that does not exist breaks the
        // foreign key: neither row changes, and the store keeps working.
        let mut bad = Newcomer::consented(chat, Locale::Ti, test_now());
        bad.municipality = Some("atlantis".into());
        let later = ConversationRecord {
            locale: Locale::Ti,
            state: "{\"step\":{\"step\":\"menu\"}}".into(),
            updated_at: None,
            last_update: None,
        };
        for _ in 0..3 {
            assert!(
                store
                    .save_turn(Turn {
                        chat,
                        conversation: &later,
                        newcomer: Some(&bad),
                        now: test_now(),
                    })
                    .await
                    .is_err(),
                "{}",
                db.label
            );
        }
        assert_eq!(
            store.load_chat(chat).await.unwrap(),
            (Some(record.clone()), None),
            "{}",
            db.label
        );
        let mut good = bad.clone();
        good.municipality = Some("haram".into());
        store
            .save_turn(Turn {
                chat,
                conversation: &later,
                newcomer: Some(&good),
                now: test_now(),
            })
            .await
            .unwrap();
        assert_eq!(
            store.load_chat(chat).await.unwrap(),
            (Some(later), Some(good)),
            "{}",
            db.label
        );
    }
}

/// Turns that arrive together are written together (one commit), each is
/// acknowledged only once stored, and a turn that cannot be stored fails
/// alone.
#[tokio::test]
async fn turns_arriving_together_are_committed_together_and_a_bad_one_fails_alone() {
    for db in databases().await {
        let store = open(&db.url).await;
        let record = |n: i64| ConversationRecord {
            locale: Locale::Pl,
            state: format!("{{\"n\":{n}}}"),
            updated_at: None,
            last_update: None,
        };
        let records: Vec<ConversationRecord> = (0..300).map(record).collect();
        let mut newcomers = Vec::new();
        for chat in 0..300 {
            let mut newcomer = Newcomer::consented(ChatKey::telegram(chat), Locale::Pl, test_now());
            newcomer.municipality = Some(if chat == 150 { "atlantis" } else { "haram" }.into());
            newcomers.push(newcomer);
        }
        let mut turns = tokio::task::JoinSet::new();
        for chat in 0..300i64 {
            let store = store.clone();
            let conversation = records[chat as usize].clone();
            let newcomer = newcomers[chat as usize].clone();
            turns.spawn(async move {
                let result = store
                    .save_turn(Turn {
                        chat: ChatKey::telegram(chat),
                        conversation: &conversation,
                        newcomer: (chat % 2 == 0).then_some(&newcomer),
                        now: test_now(),
                    })
                    .await;
                (chat, result.is_ok())
            });
        }
        let mut failed = Vec::new();
        while let Some(done) = turns.join_next().await {
            let (chat, ok) = done.unwrap();
            if !ok {
                failed.push(chat);
            }
        }
        assert_eq!(
            failed,
            vec![150],
            "{}: only the unknown municipality fails",
            db.label
        );
        for chat in [0, 1, 149, 151, 298, 299] {
            let stored = store
                .load_conversation(ChatKey::telegram(chat))
                .await
                .unwrap();
            assert_eq!(stored, Some(records[chat as usize].clone()), "{}", db.label);
            let newcomer = store.load_newcomer(ChatKey::telegram(chat)).await.unwrap();
            assert_eq!(newcomer.is_some(), chat % 2 == 0, "{} {chat}", db.label);
        }
        assert!(
            store
                .load_conversation(ChatKey::telegram(150))
                .await
                .unwrap()
                .is_none()
        );
    }
}
