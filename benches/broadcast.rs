//! Broadcast benchmark: the real delivery worker (its `run_until_stopped`
//! loop, as `velkommen serve` runs it) sends an announcement to 3 000
//! recipients through a real teloxide `Bot` against the in-tree fake Bot
//! API server, which enforces Telegram's limits (a global L messages per
//! second in any sliding second, one message per chat per second) and
//! answers 429 with `retry_after` when they are broken.
//!
//! Run: `cargo bench --bench broadcast` (optionally `-- 30`, `-- 1000` or
//! `-- unthrottled` for one limit, and `latency=50` to have the fake
//! answer each message 50 ms late, as a Bot API across a network does). On SQLite, and on PostgreSQL too when
//! `TEST_POSTGRES_URL` is set (a fresh database per run, dropped after
//! it). Reports, per limit L: the achieved rate as a fraction of L, the
//! number of 429 answers, and the smallest gap between two messages to the
//! same chat. 100 of the recipients also get a second, short message
//! queued right behind their first, so the per-chat spacing is exercised.
//!
//! Unthrottled, the fake has no global limit and the worker no send
//! budget, but the per-chat spacing stays: that measures how fast the
//! worker can go, its headroom over L. The second messages must then wait
//! out their chat's spacing (1.1 s) after the rest is long sent, so the
//! throughput is taken over the messages sent until every recipient had
//! their first one.

use std::sync::Arc;
use std::time::Duration;

use fake_bot_api::{FakeBotApi, FakeConfig};
use sqlx::Connection as _;
use velkommen::clock::{Clock, SystemClock};
use velkommen::conversation::Reply;
use velkommen::delivery::{DeliveryConfig, DeliveryWorker, SendBudget};
use velkommen::newcomers::ChatKey;
use velkommen::store::{NewDelivery, Origin};
use velkommen::telegram::TelegramSender;

const RECIPIENTS: i64 = 3_000;
const SECOND_MESSAGE_TO: i64 = 100;

/// The global limit of a run.
#[derive(Clone, Copy)]
enum Limit {
    /// L messages a second: the fake enforces it, the worker keeps to it.
    PerSecond(u32),
    /// None at all (the per-chat spacing still holds).
    Unthrottled,
}

#[derive(Clone, Copy, PartialEq)]
enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    fn name(self) -> &'static str {
        match self {
            Backend::Sqlite => "SQLite",
            Backend::Postgres => "PostgreSQL",
        }
    }
}

struct Outcome {
    messages: usize,
    seconds: f64,
    rate: f64,
    /// How many messages were sent until every recipient had one, and in
    /// how many seconds.
    first_wave: (usize, f64),
    rejected_429: u64,
    min_chat_gap: Option<Duration>,
}

/// A fresh database for one run, and how to drop it afterwards.
struct Database {
    url: String,
    /// PostgreSQL: the server's admin URL and the database's name.
    postgres: Option<(String, String)>,
    _dir: Option<tempfile::TempDir>,
}

impl Database {
    async fn create(backend: Backend, run: usize) -> Database {
        match backend {
            Backend::Sqlite => {
                let dir = tempfile::tempdir().expect("a temporary directory");
                Database {
                    url: format!("sqlite://{}", dir.path().join("bench.db").display()),
                    postgres: None,
                    _dir: Some(dir),
                }
            }
            Backend::Postgres => {
                let admin = std::env::var("TEST_POSTGRES_URL").expect("TEST_POSTGRES_URL");
                let name = format!("velkommen_bench_{}_{run}", std::process::id());
                let mut connection = sqlx::PgConnection::connect(&admin)
                    .await
                    .expect("connecting to TEST_POSTGRES_URL");
                sqlx::query(&format!("create database {name}"))
                    .execute(&mut connection)
                    .await
                    .expect("creating the benchmark's database");
                let mut url = url::Url::parse(&admin).expect("TEST_POSTGRES_URL is a URL");
                url.set_path(&name);
                Database {
                    url: url.to_string(),
                    postgres: Some((admin, name)),
                    _dir: None,
                }
            }
        }
    }

    async fn drop(self) {
        if let Some((admin, name)) = &self.postgres {
            let mut connection = sqlx::PgConnection::connect(admin)
                .await
                .expect("connecting to TEST_POSTGRES_URL");
            sqlx::query(&format!("drop database if exists {name} with (force)"))
                .execute(&mut connection)
                .await
                .expect("dropping the benchmark's database");
        }
    }
}

async fn run(backend: Backend, limit: Limit, latency: Duration, number: usize) -> Outcome {
    let database = Database::create(backend, number).await;
    let store = velkommen::app::open_store(&database.url)
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

    let (global, per_second, budget) = match limit {
        // As `velkommen serve` takes it: shared through the database on
        // PostgreSQL, in process on SQLite.
        Limit::PerSecond(l) => (
            Some(l),
            f64::from(l),
            SendBudget::for_store(store.clone(), f64::from(l))
                .await
                .expect("the send budget"),
        ),
        Limit::Unthrottled => (None, f64::INFINITY, SendBudget::unlimited()),
    };
    let fake = FakeBotApi::start(FakeConfig {
        global_per_second: global,
        per_chat_spacing: Some(Duration::from_secs(1)),
    })
    .await
    .expect("the fake Bot API starts");
    if !latency.is_zero() {
        for chat in 1..=RECIPIENTS {
            fake.delay_chat(chat, latency);
        }
    }
    let sender = Arc::new(TelegramSender {
        bot: fake.bot(),
        paid_broadcast: per_second > 30.0,
    });
    let config = DeliveryConfig {
        global_per_second: per_second,
        quiet_hours: None,
        ..DeliveryConfig::default()
    };
    let worker =
        DeliveryWorker::new(store.clone(), sender, clock, config).with_budget(budget.clone());
    let (stop, stopped) = tokio::sync::watch::channel(false);
    let worker = tokio::spawn(worker.run_until_stopped(stopped));
    let total = deliveries.len();
    assert!(
        fake.wait_for_sent(total, Duration::from_secs(600)).await,
        "the benchmark stalled"
    );
    let _ = stop.send(true);
    worker.await.expect("the worker ran");

    let sent = fake.sent();
    let first = sent.first().unwrap().at;
    let last = sent.last().unwrap().at;
    let seconds = (last - first).as_secs_f64();
    let mut last_per_chat = std::collections::HashMap::new();
    let mut min_chat_gap: Option<Duration> = None;
    let mut first_wave = (0, 0.0);
    for (index, message) in sent.iter().enumerate() {
        match last_per_chat.insert(message.chat_id, message.at) {
            Some(previous) => {
                let gap = message.at - previous;
                min_chat_gap = Some(min_chat_gap.map_or(gap, |m: Duration| m.min(gap)));
            }
            None if last_per_chat.len() == RECIPIENTS as usize => {
                first_wave = (index + 1, (message.at - first).as_secs_f64());
            }
            None => {}
        }
    }
    let outcome = Outcome {
        messages: sent.len(),
        seconds,
        rate: (sent.len() - 1) as f64 / seconds,
        first_wave,
        rejected_429: fake.rejected_429(),
        min_chat_gap,
    };
    drop((store, budget));
    database.drop().await;
    outcome
}

/// The system's load averages over 1, 5 and 15 minutes.
fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|l| l.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|_| "unknown".into())
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut limits: Vec<Limit> = args
        .iter()
        .filter_map(|a| match a.as_str() {
            "unthrottled" => Some(Limit::Unthrottled),
            _ => a.parse().ok().map(Limit::PerSecond),
        })
        .collect();
    let latency = args
        .iter()
        .find_map(|a| a.strip_prefix("latency="))
        .map_or(Duration::ZERO, |ms| {
            Duration::from_millis(ms.parse().expect("latency=MILLISECONDS"))
        });
    if limits.is_empty() {
        limits = vec![
            Limit::PerSecond(30),
            Limit::PerSecond(1000),
            Limit::Unthrottled,
        ];
    }
    let mut backends = vec![Backend::Sqlite];
    if std::env::var_os("TEST_POSTGRES_URL").is_some() {
        backends.push(Backend::Postgres);
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    println!(
        "broadcast to {RECIPIENTS} recipients (+{SECOND_MESSAGE_TO} second messages), fake Bot API \
         answering after {} ms, {cores} cores",
        latency.as_millis()
    );
    let mut number = 0;
    for backend in backends {
        for &limit in &limits {
            number += 1;
            let load = load_average();
            let outcome = runtime.block_on(run(backend, limit, latency, number));
            let gap = outcome
                .min_chat_gap
                .map_or("n/a".into(), |g| format!("{:.3} s", g.as_secs_f64()));
            let (wave, wave_seconds) = outcome.first_wave;
            match limit {
                Limit::PerSecond(l) => println!(
                    "{:<10} L = {l:>5}/s: {} messages in {:.2} s = {:.1}/s = {:.3} L; 429s: {}; \
                     min per-chat gap: {gap}; load before: {load}",
                    backend.name(),
                    outcome.messages,
                    outcome.seconds,
                    outcome.rate,
                    outcome.rate / f64::from(l),
                    outcome.rejected_429,
                ),
                Limit::Unthrottled => println!(
                    "{:<10} unthrottled: {wave} messages until everyone had one in {wave_seconds:.3} s \
                     = {:.0}/s; all {} in {:.2} s; 429s: {}; min per-chat gap: {gap}; \
                     load before: {load}",
                    backend.name(),
                    (wave - 1) as f64 / wave_seconds,
                    outcome.messages,
                    outcome.seconds,
                    outcome.rejected_429,
                ),
            }
        }
    }
}
