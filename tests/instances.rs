//! Several instances on one PostgreSQL (README, "Several instances"): two
//! real `velkommen serve` processes in webhook mode, behind a load balancer
//! (this test), share the outbox and the send budget; one sends the outbox
//! at a time, and when it is killed with kill -9 the other takes over.
//! PostgreSQL only: skipped without `TEST_POSTGRES_URL`, failed without it
//! when `VELKOMMEN_REQUIRE_POSTGRES` is set.

mod common;

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use async_trait::async_trait;
use common::TestApp;
use common::webhook::{free_port, post, serve_command, text_update};
use fake_bot_api::{FakeBotApi, FakeConfig, SentMessage};
use velkommen::announcements::{Audience, NewAnnouncement, Schedule, Texts};
use velkommen::clock::{Clock, SystemClock};
use velkommen::conversation::Reply;
use velkommen::delivery::{DeliveryConfig, DeliveryWorker, SendOutcome, Sender, Step};
use velkommen::i18n::Locale;
use velkommen::newcomers::{Arrival, ChatKey, Household};
use velkommen::store::{DeliveryStatus, NewDelivery, Origin};

/// What the log of the instance that sends the outbox says.
const SENDS: &str = "this instance sends the outbox";

/// A running `velkommen serve` in webhook mode; killed when dropped.
struct Instance {
    child: Child,
    port: u16,
    log: PathBuf,
}

impl Instance {
    fn start(name: &str, database_url: &str, fake: &FakeBotApi, dir: &Path) -> Instance {
        let port = free_port();
        let log = dir.join(format!("{name}.log"));
        // No secret: each instance makes the same one from the token.
        let child = serve_command(database_url, fake, port, None)
            // Telegram's 30 messages a second, the default.
            .env_remove("VELKOMMEN_SEND_RATE")
            .env("VELKOMMEN_QUIET_HOURS", "off")
            .env("RUST_LOG", "velkommen=info")
            .env("NO_COLOR", "1")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(&log).unwrap())
            .spawn()
            .expect("velkommen serve starts");
        Instance { child, port, log }
    }

    fn sends(&self) -> bool {
        std::fs::read_to_string(&self.log).is_ok_and(|log| log.contains(SENDS))
    }

    async fn listens(&self) -> bool {
        tokio::net::TcpStream::connect(("127.0.0.1", self.port))
            .await
            .is_ok()
    }

    /// kill -9.
    fn kill(&mut self) {
        self.child.kill().expect("SIGKILL");
        self.child.wait().unwrap();
    }
}

impl Drop for Instance {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

async fn wait_until(what: &str, timeout: Duration, mut done: impl AsyncFnMut() -> bool) {
    let waited = tokio::time::timeout(timeout, async {
        while !done().await {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    })
    .await;
    assert!(waited.is_ok(), "timed out waiting for {what}");
}

const RECIPIENTS: i64 = 300;
const STAFF_CHAT: i64 = 9_000;
/// Chats that write to the bot while the announcement goes out.
const FIRST_WRITER: i64 = 5_001;
const ANNOUNCEMENT: &str = "Språkkafé på biblioteket tirsdag klokka 18.";
/// The sender is killed once this many have the announcement.
const KILL_AFTER: usize = 100;

fn is_announcement(message: &SentMessage) -> bool {
    message.text.contains(ANNOUNCEMENT)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_other_instance_finishes_a_broadcast_when_the_sender_is_killed() {
    let Some(db) = common::postgres_db().await else {
        return;
    };
    let url = db.url.clone();
    let app = TestApp::new(db).await;
    common::staff_member(&app, STAFF_CHAT, "haram").await;
    for chat in 1..=RECIPIENTS {
        common::newcomer(
            &app,
            chat,
            "haram",
            Locale::Nb,
            Household::Alone,
            Arrival::Earlier,
        )
        .await;
    }
    let fake = FakeBotApi::start(FakeConfig::TELEGRAM).await.unwrap();
    let logs = tempfile::tempdir().unwrap();
    let mut instances = [
        Instance::start("a", &url, &fake, logs.path()),
        Instance::start("b", &url, &fake, logs.path()),
    ];
    wait_until(
        "both instances to listen",
        Duration::from_secs(60),
        async || instances[0].listens().await && instances[1].listens().await,
    )
    .await;
    wait_until(
        "one instance to send",
        Duration::from_secs(60),
        async || instances.iter().any(Instance::sends),
    )
    .await;
    let sender = instances.iter().position(Instance::sends).unwrap();
    let survivor = 1 - sender;
    let (_, secret) = fake.webhook().expect("setWebhook was called");
    let secret = secret.expect("with a secret");
    assert_eq!(
        secret,
        velkommen::telegram::secret_from_token(fake.token()),
        "both instances give Telegram the secret made from the token"
    );

    // A staff member sends an announcement now; either scheduler queues it.
    let now = SystemClock.now();
    let announcement = NewAnnouncement {
        municipality: "haram".into(),
        author: ChatKey::telegram(STAFF_CHAT),
        audience: Audience::default(),
        texts: Texts(BTreeMap::from([(Locale::Nb, ANNOUNCEMENT.to_owned())])),
        urgent: false,
        schedule: Schedule::Now,
        machine: Default::default(),
    };
    let id = app
        .state
        .store
        .create_announcement(&announcement, Some(now), now)
        .await
        .unwrap();

    // Meanwhile people write to the bot, through the load balancer: to
    // either instance in turn. Their replies take from the same budget.
    let announced = || fake.sent().iter().filter(|m| is_announcement(m)).count();
    let mut writer = FIRST_WRITER;
    let started = Instant::now();
    while announced() < KILL_AFTER {
        assert!(
            started.elapsed() < Duration::from_secs(120),
            "the broadcast did not start: {} messages so far",
            fake.sent().len()
        );
        let port = instances[(writer % 2) as usize].port;
        let update = text_update(writer, writer, "/start haram");
        assert_eq!(post(port, Some(&secret), &update).await, Some(200));
        writer += 1;
        tokio::time::sleep(Duration::from_millis(100)).await;
    }

    assert!(!instances[survivor].sends(), "one instance sends at a time");
    instances[sender].kill();
    let killed_at = Instant::now();
    let before_kill = announced();
    assert!(
        before_kill < RECIPIENTS as usize,
        "killed mid-broadcast ({before_kill} sent)"
    );

    // Now the load balancer finds only the survivor.
    let after_kill: Vec<i64> = (writer..writer + 10).collect();
    for &chat in &after_kill {
        let update = text_update(chat, chat, "/start haram");
        let port = instances[survivor].port;
        assert_eq!(post(port, Some(&secret), &update).await, Some(200));
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let recipients = || {
        let sent = fake.sent();
        let mut chats: Vec<i64> = sent
            .iter()
            .filter(|m| is_announcement(m))
            .map(|m| m.chat_id)
            .collect();
        chats.sort();
        chats.dedup();
        chats.len()
    };
    wait_until("every recipient", Duration::from_secs(120), async || {
        recipients() == RECIPIENTS as usize
    })
    .await;
    wait_until(
        "the report to the staff member",
        Duration::from_secs(60),
        async || fake.sent().iter().any(|m| m.chat_id == STAFF_CHAT),
    )
    .await;
    // Give a doubled message time to show up, if one would.
    tokio::time::sleep(Duration::from_millis(1500)).await;

    let sent = fake.sent();
    let mut per_chat: HashMap<i64, usize> = HashMap::new();
    for message in sent.iter().filter(|m| is_announcement(m)) {
        *per_chat.entry(message.chat_id).or_default() += 1;
    }
    let doubled: Vec<_> = per_chat.iter().filter(|(_, n)| **n > 1).collect();
    let takeover = sent
        .iter()
        .filter(|m| is_announcement(m) && m.at > killed_at)
        .map(|m| m.at - killed_at)
        .min()
        .expect("the survivor sent the rest");
    let replies = sent
        .iter()
        .filter(|m| m.chat_id >= FIRST_WRITER && m.chat_id < STAFF_CHAT)
        .count();
    eprintln!(
        "{} recipients, {} doubled, {} sent before the kill, takeover after {} ms, \
         {} replies to {} writers, {} messages in all, at most {} in one second, {} × 429",
        per_chat.len(),
        doubled.len(),
        before_kill,
        takeover.as_millis(),
        replies,
        writer + after_kill.len() as i64 - FIRST_WRITER,
        sent.len(),
        fake.max_sent_in_any_second(),
        fake.rejected_429()
    );
    assert_eq!(per_chat.len(), RECIPIENTS as usize, "nobody is lost");
    // Telegram's 30 a second, the default rate.
    let in_flight = common::in_flight_at(30);
    assert!(
        doubled.len() <= in_flight,
        "at most the {in_flight} in flight repeat: {doubled:?}"
    );
    assert!(per_chat.values().all(|n| *n <= 2));
    assert!(instances[survivor].sends(), "the survivor took over");
    for chat in after_kill {
        assert!(
            sent.iter().any(|m| m.chat_id == chat),
            "chat {chat} got its reply from the survivor"
        );
    }
    assert!(
        fake.max_sent_in_any_second() <= 30,
        "the global rate was exceeded: {} in one second",
        fake.max_sent_in_any_second()
    );
    assert_eq!(fake.rejected_429(), 0, "Telegram never had to say wait");
    let report = app
        .state
        .store
        .announcement_report("haram", id)
        .await
        .unwrap();
    assert_eq!(
        report.get(&DeliveryStatus::Sent),
        Some(&(RECIPIENTS as u64)),
        "{report:?}"
    );
}

/// Records what it is asked to send.
#[derive(Default)]
struct Recorder {
    sent: Mutex<Vec<ChatKey>>,
}

impl Recorder {
    fn sent_to(&self, chat: i64) -> usize {
        let sent = self.sent.lock().unwrap();
        sent.iter().filter(|c| c.id == chat).count()
    }
}

#[async_trait]
impl Sender for Recorder {
    async fn send(&self, chat: ChatKey, _message: &Reply) -> SendOutcome {
        self.sent.lock().unwrap().push(chat);
        SendOutcome::Sent
    }
}

/// A worker on a pool of its own, as in a process of its own.
async fn worker(app: &TestApp, sender: &Arc<Recorder>) -> DeliveryWorker {
    let store = velkommen::app::open_store(&app.db.url).await.unwrap();
    let config = DeliveryConfig {
        per_chat_spacing: Duration::from_millis(40),
        idle_poll: Duration::from_millis(20),
        ..DeliveryConfig::default()
    };
    DeliveryWorker::new(store, sender.clone(), app.clock.clone(), config)
}

async fn drain(worker: &mut DeliveryWorker) {
    loop {
        match worker.try_execute_task().await.unwrap() {
            Step::Idle(_) => return,
            Step::WaitUntil(until) => tokio::time::sleep_until(until).await,
            Step::Attempted(_) | Step::Again => {}
        }
    }
}

#[tokio::test]
async fn a_starting_instance_leaves_the_senders_message_alone_until_it_takes_over() {
    let Some(db) = common::postgres_db().await else {
        return;
    };
    let app = TestApp::new(db).await;
    let store = app.state.store.clone();
    let now = app.clock.now();
    for chat in 1..=3 {
        let delivery = NewDelivery {
            municipality: "haram".into(),
            chat: ChatKey::telegram(chat),
            source: "announcement:7:0".into(),
            origin: Origin::Other,
            body: Reply::outbox_body(format!("Til {chat}")),
            urgent: false,
            not_before: now,
        };
        store.enqueue(&delivery, now).await.unwrap();
    }
    let sender = Arc::new(Recorder::default());
    let mut first = worker(&app, &sender).await;
    assert!(first.try_lead().await.unwrap(), "nobody else sends");
    // The first is in the middle of sending one when the second starts.
    let in_flight = store.due_deliveries(now, true, 1).await.unwrap().remove(0);
    assert_eq!(
        store.start_sending(&[in_flight.id], now).await.unwrap(),
        [in_flight.id]
    );

    let mut second = worker(&app, &sender).await;
    assert!(!second.try_lead().await.unwrap(), "the first sends");
    assert!(!second.try_lead().await.unwrap(), "still the first");
    let report = store
        .delivery_report("haram", "announcement:7:0")
        .await
        .unwrap();
    assert_eq!(
        report.get(&DeliveryStatus::Sending),
        Some(&1),
        "the starting instance left the message in flight alone: {report:?}"
    );

    // The first dies: its lease's connection closes.
    drop(first);
    let started = Instant::now();
    while !second.try_lead().await.unwrap() {
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "the second never took over"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    drain(&mut second).await;
    for chat in 1..=3 {
        assert_eq!(sender.sent_to(chat), 1, "chat {chat}");
    }
    let report = store
        .delivery_report("haram", "announcement:7:0")
        .await
        .unwrap();
    assert_eq!(report.get(&DeliveryStatus::Sent), Some(&3), "{report:?}");
}
