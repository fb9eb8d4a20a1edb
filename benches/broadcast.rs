//! Broadcast benchmark: the real delivery worker sends an announcement to
//! 3 000 recipients through a real teloxide `Bot` against the in-tree fake
//! Bot API server, which enforces Telegram's limits (a global L messages per
//! second in any sliding second, one message per chat per second) and
//! answers 429 with `retry_after` when they are broken.
//!
//! Run: `cargo bench --bench broadcast` (optionally `-- 30` or `-- 1000` for
//! one limit). Reports, per limit L: the achieved rate as a fraction of L,
//! the number of 429 answers, and the smallest gap between two messages to
//! the same chat. 100 of the recipients also get a second, short message
//! queued right behind their first, so the per-chat spacing is exercised.

use std::sync::Arc;
use std::time::{Duration, Instant};

use fake_bot_api::{FakeBotApi, FakeConfig};
use velkommen::clock::{Clock, SystemClock};
use velkommen::conversation::Reply;
use velkommen::delivery::{DeliveryConfig, DeliveryWorker, Step};
use velkommen::newcomers::ChatKey;
use velkommen::store::{NewDelivery, Origin};
use velkommen::telegram::TelegramSender;

const RECIPIENTS: i64 = 3_000;
const SECOND_MESSAGE_TO: i64 = 100;

struct Outcome {
    messages: usize,
    seconds: f64,
    rate: f64,
    rejected_429: u64,
    min_chat_gap: Option<Duration>,
}

async fn run(limit: u32) -> Outcome {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let url = format!("sqlite://{}", dir.path().join("bench.db").display());
    let store = velkommen::app::open_store(&url)
        .await
        .expect("the store opens");
    let clock: Arc<dyn Clock> = Arc::new(SystemClock);
    let now = clock.now();
    store
        .sync_municipalities(&[("haram".into(), "Haram kommune".into())], now)
        .await
        .unwrap();
    let body = |text: &str| serde_json::to_string(&Reply::plain(text.into())).unwrap();
    // The second message to a chat is queued right behind its first, so the
    // worker has to hold it back for the per-chat spacing.
    let mut deliveries = Vec::new();
    for chat in 1..=RECIPIENTS {
        deliveries.push(NewDelivery {
            municipality: "haram".into(),
            chat: ChatKey::telegram(chat),
            source: "announcement:1:0".into(),
            origin: Origin::Other,
            body: body("📣 Haram kommune\n\nSpråkkafé hver tirsdag kl. 18 på Haram bibliotek."),
            urgent: true,
            not_before: now,
        });
        if chat <= SECOND_MESSAGE_TO {
            deliveries.push(NewDelivery {
                municipality: "haram".into(),
                chat: ChatKey::telegram(chat),
                source: "announcement:2:0".into(),
                origin: Origin::Other,
                body: body("📣 Haram kommune\n\nHusk å ta med matpakke."),
                urgent: true,
                not_before: now,
            });
        }
    }
    // One transaction for all rows; there is no announcement row to move on.
    store
        .queue_run(0, now, &deliveries, None, now)
        .await
        .unwrap();

    let fake = FakeBotApi::start(FakeConfig {
        global_per_second: Some(limit),
        per_chat_spacing: Some(Duration::from_secs(1)),
    })
    .await
    .expect("the fake Bot API starts");
    let sender = Arc::new(TelegramSender {
        bot: fake.bot(),
        paid_broadcast: limit > 30,
    });
    let config = DeliveryConfig {
        global_per_second: f64::from(limit),
        quiet_hours: None,
        ..DeliveryConfig::default()
    };
    let mut worker = DeliveryWorker::new(store.clone(), sender, clock, config);
    let total = deliveries.len();
    let started = Instant::now();
    while fake.sent().len() < total {
        match worker.try_execute_task().await.expect("a delivery step") {
            Step::WaitUntil(until) | Step::Idle(until) => tokio::time::sleep_until(until).await,
            _ => {}
        }
        assert!(
            started.elapsed() < Duration::from_secs(600),
            "the benchmark stalled"
        );
    }
    let sent = fake.sent();
    let first = sent.first().unwrap().at;
    let last = sent.last().unwrap().at;
    let seconds = (last - first).as_secs_f64();
    let mut last_per_chat = std::collections::HashMap::new();
    let mut min_chat_gap: Option<Duration> = None;
    for message in &sent {
        if let Some(previous) = last_per_chat.insert(message.chat_id, message.at) {
            let gap = message.at - previous;
            min_chat_gap = Some(min_chat_gap.map_or(gap, |m: Duration| m.min(gap)));
        }
    }
    Outcome {
        messages: sent.len(),
        seconds,
        rate: (sent.len() - 1) as f64 / seconds,
        rejected_429: fake.rejected_429(),
        min_chat_gap,
    }
}

fn main() {
    let limits: Vec<u32> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let limits = if limits.is_empty() {
        vec![30, 1000]
    } else {
        limits
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    println!(
        "broadcast to {RECIPIENTS} recipients (+{SECOND_MESSAGE_TO} second messages), SQLite, fake Bot API"
    );
    for limit in limits {
        let outcome = runtime.block_on(run(limit));
        println!(
            "L = {limit:>5}/s: {} messages in {:.2} s = {:.1}/s = {:.3} L; 429s: {}; min per-chat gap: {}",
            outcome.messages,
            outcome.seconds,
            outcome.rate,
            outcome.rate / f64::from(limit),
            outcome.rejected_429,
            outcome
                .min_chat_gap
                .map_or("n/a".into(), |g| format!("{:.3} s", g.as_secs_f64())),
        );
    }
}
