//! The delivery engine against a scripted sender, and the send budget
//! against the fake Bot API, on every database.

mod common;

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use velkommen::conversation::callback::OnboardingAction;

use async_trait::async_trait;
use chrono::{TimeZone, Utc};
use common::{TestApp, databases};
use fake_bot_api::{FakeBotApi, FakeConfig};
use velkommen::conversation::Reply;
use velkommen::delivery::{DeliveryConfig, DeliveryWorker, SendBudget, SendOutcome, Sender, Step};
use velkommen::newcomers::ChatKey;
use velkommen::store::{DeliveryStatus, NewDelivery, Origin};
use velkommen::telegram::TelegramSender;

/// Records what it is asked to send; answers from a script per chat.
#[derive(Default)]
struct ScriptedSender {
    sent: Mutex<Vec<(ChatKey, String, tokio::time::Instant)>>,
    script: Mutex<HashMap<i64, Vec<SendOutcome>>>,
}

impl ScriptedSender {
    fn answer(&self, chat: i64, outcomes: Vec<SendOutcome>) {
        self.script.lock().unwrap().insert(chat, outcomes);
    }

    fn sent_to(&self, chat: i64) -> usize {
        self.sent
            .lock()
            .unwrap()
            .iter()
            .filter(|(c, _, _)| c.id == chat)
            .count()
    }

    fn total(&self) -> usize {
        self.sent.lock().unwrap().len()
    }
}

#[async_trait]
impl Sender for ScriptedSender {
    async fn send(&self, chat: ChatKey, message: &Reply) -> SendOutcome {
        let outcome = {
            let mut script = self.script.lock().unwrap();
            match script.get_mut(&chat.id) {
                Some(outcomes) if !outcomes.is_empty() => outcomes.remove(0),
                _ => SendOutcome::Sent,
            }
        };
        if outcome == SendOutcome::Sent {
            self.sent.lock().unwrap().push((
                chat,
                message.text.clone(),
                tokio::time::Instant::now(),
            ));
        }
        outcome
    }
}

fn fast_config() -> DeliveryConfig {
    DeliveryConfig {
        global_per_second: 1000.0,
        per_chat_spacing: Duration::from_millis(40),
        backoff_base: Duration::from_secs(2),
        idle_poll: Duration::from_millis(20),
        ..DeliveryConfig::default()
    }
}

fn body(text: &str) -> String {
    serde_json::to_string(&Reply::plain(text.into())).unwrap()
}

async fn enqueue(app: &TestApp, chat: i64, source: &str, urgent: bool) {
    let delivery = NewDelivery {
        municipality: "haram".into(),
        chat: ChatKey::telegram(chat),
        source: source.into(),
        origin: Origin::Other,
        body: body(&format!("{source} to {chat}")),
        urgent,
        not_before: app.clock.now_for_tests(),
    };
    app.state
        .store
        .enqueue(&delivery, app.clock.now_for_tests())
        .await
        .unwrap();
}

/// Runs the worker until nothing is due.
async fn drain(worker: &mut DeliveryWorker) {
    loop {
        match worker.try_execute_task().await.unwrap() {
            Step::Idle(_) => return,
            Step::WaitUntil(until) => tokio::time::sleep_until(until).await,
            Step::Attempted(_) | Step::Again => {}
        }
    }
}

trait NowForTests {
    fn now_for_tests(&self) -> chrono::DateTime<Utc>;
}

impl NowForTests for velkommen::clock::FixedClock {
    fn now_for_tests(&self) -> chrono::DateTime<Utc> {
        velkommen::clock::Clock::now(self)
    }
}

fn worker(app: &TestApp, sender: &Arc<ScriptedSender>, config: DeliveryConfig) -> DeliveryWorker {
    DeliveryWorker::new(
        app.state.store.clone(),
        sender.clone(),
        app.clock.clone(),
        config,
    )
}

#[tokio::test]
async fn a_broadcast_reaches_each_recipient_exactly_once() {
    for db in databases().await {
        let app = TestApp::new(db).await;
        for chat in 1..=25 {
            enqueue(&app, chat, "announcement:1", false).await;
            // Enqueueing the same thing again changes nothing.
            enqueue(&app, chat, "announcement:1", false).await;
        }
        let sender = Arc::new(ScriptedSender::default());
        let mut worker = worker(&app, &sender, fast_config());
        drain(&mut worker).await;
        assert_eq!(sender.total(), 25, "{}", app.db.label);
        for chat in 1..=25 {
            assert_eq!(sender.sent_to(chat), 1);
        }
        let report = app
            .state
            .store
            .delivery_report("haram", "announcement:1")
            .await
            .unwrap();
        assert_eq!(report.get(&DeliveryStatus::Sent), Some(&25));
        assert_eq!(report.len(), 1, "{report:?}");
    }
}

#[tokio::test]
async fn quiet_hours_hold_ordinary_messages_until_morning_but_not_urgent_ones() {
    let app = TestApp::new(common::sqlite_db()).await;
    // 22:30 in Oslo.
    app.clock
        .set(Utc.with_ymd_and_hms(2026, 11, 25, 21, 30, 0).unwrap());
    enqueue(&app, 1, "announcement:night", false).await;
    enqueue(&app, 2, "announcement:storm", true).await;
    let sender = Arc::new(ScriptedSender::default());
    let mut worker = worker(&app, &sender, fast_config());
    drain(&mut worker).await;
    assert_eq!(sender.sent_to(2), 1, "the urgent one goes out at night");
    assert_eq!(sender.sent_to(1), 0, "the ordinary one waits");
    // 07:59 — still quiet; 08:00 — morning.
    app.clock
        .set(Utc.with_ymd_and_hms(2026, 11, 26, 6, 59, 0).unwrap());
    drain(&mut worker).await;
    assert_eq!(sender.sent_to(1), 0);
    app.clock
        .set(Utc.with_ymd_and_hms(2026, 11, 26, 7, 0, 0).unwrap());
    drain(&mut worker).await;
    assert_eq!(sender.sent_to(1), 1);
    assert_eq!(sender.total(), 2);
}

#[tokio::test]
async fn retry_after_pauses_everything_and_requeues_the_message() {
    let app = TestApp::new(common::sqlite_db()).await;
    enqueue(&app, 1, "a", false).await;
    enqueue(&app, 2, "a", false).await;
    let sender = Arc::new(ScriptedSender::default());
    sender.answer(1, vec![SendOutcome::RetryAfter(Duration::from_secs(1))]);
    let mut worker = worker(&app, &sender, fast_config());
    // Both are in one batch; the 429 to the first stops the second
    // before its request.
    let step = worker.try_execute_task().await.unwrap();
    assert_eq!(
        step,
        Step::Attempted(vec![SendOutcome::RetryAfter(Duration::from_secs(1))])
    );
    // Paused: the next step only says when to come back.
    let Step::WaitUntil(until) = worker.try_execute_task().await.unwrap() else {
        panic!("the worker must pause after a 429");
    };
    let pause = until - tokio::time::Instant::now();
    assert!(pause > Duration::from_millis(900), "{pause:?}");
    assert_eq!(sender.total(), 0);
    // After the pause (and once the fixed clock passes not_before) both go.
    tokio::time::sleep_until(until).await;
    app.clock.advance(chrono::Duration::seconds(1));
    drain(&mut worker).await;
    assert_eq!(sender.sent_to(1), 1);
    assert_eq!(sender.sent_to(2), 1);
}

#[tokio::test]
async fn a_blocked_recipient_is_never_sent_to_again() {
    for db in databases().await {
        let app = TestApp::new(db).await;
        let mut person = app.person(7, Some("en"));
        person.say("/start haram").await;
        person
            .press(velkommen::conversation::callback::Action::Onboarding(
                OnboardingAction::Language(velkommen::i18n::Locale::En),
            ))
            .await;
        person
            .press(velkommen::conversation::callback::Action::Onboarding(
                OnboardingAction::Consent(true),
            ))
            .await;
        for source in ["a", "b", "c"] {
            enqueue(&app, 7, source, false).await;
        }
        enqueue(&app, 8, "a", false).await;
        let sender = Arc::new(ScriptedSender::default());
        sender.answer(
            7,
            vec![SendOutcome::Unreachable(
                "Forbidden: bot was blocked by the user".into(),
            )],
        );
        let mut worker = worker(&app, &sender, fast_config());
        drain(&mut worker).await;
        assert_eq!(sender.sent_to(7), 0, "{}", app.db.label);
        assert_eq!(sender.sent_to(8), 1);
        for source in ["a", "b", "c"] {
            let report = app
                .state
                .store
                .delivery_report("haram", source)
                .await
                .unwrap();
            assert_eq!(
                report.get(&DeliveryStatus::Blocked),
                Some(&1),
                "{source}: {report:?}"
            );
        }
        let newcomer = app.stored_newcomer(ChatKey::telegram(7)).await.unwrap();
        assert_eq!(newcomer.status, velkommen::newcomers::Status::Unreachable);
        // A later message to them is never attempted either.
        enqueue(&app, 7, "d", false).await;
        drain(&mut worker).await;
        assert_eq!(sender.sent_to(7), 0);
        // Until they write to us again: then they have unblocked the bot.
        person.say("/menu").await;
        let newcomer = app.stored_newcomer(ChatKey::telegram(7)).await.unwrap();
        assert_eq!(newcomer.status, velkommen::newcomers::Status::Active);
        enqueue(&app, 7, "e", false).await;
        drain(&mut worker).await;
        assert_eq!(sender.sent_to(7), 1);
    }
}

#[tokio::test]
async fn transient_errors_back_off_exponentially_and_then_give_up() {
    let app = TestApp::new(common::sqlite_db()).await;
    enqueue(&app, 1, "flaky", false).await;
    let sender = Arc::new(ScriptedSender::default());
    let failures = vec![SendOutcome::Transient("timed out".into()); 10];
    sender.answer(1, failures);
    let config = DeliveryConfig {
        max_attempts: 4,
        ..fast_config()
    };
    let mut worker = worker(&app, &sender, config);
    let mut waits = Vec::new();
    for _ in 0..4 {
        let before = app.clock.now_for_tests();
        let step = worker.try_execute_task().await.unwrap();
        assert!(
            matches!(&step, Step::Attempted(outcomes) if matches!(outcomes[..], [SendOutcome::Transient(_)])),
            "{step:?}"
        );
        match app.state.store.next_due(true).await.unwrap() {
            Some(due) => {
                waits.push((due - before).num_seconds());
                app.clock.set(due);
            }
            None => waits.push(-1),
        }
    }
    // 2 s, 4 s, 8 s, then the fourth attempt fails for good.
    assert_eq!(waits, vec![2, 4, 8, -1]);
    let report = app
        .state
        .store
        .delivery_report("haram", "flaky")
        .await
        .unwrap();
    assert_eq!(report.get(&DeliveryStatus::Failed), Some(&1));
    assert_eq!(sender.total(), 0);
}

#[tokio::test]
async fn two_messages_to_one_chat_are_spaced_apart() {
    let app = TestApp::new(common::sqlite_db()).await;
    enqueue(&app, 1, "first", false).await;
    enqueue(&app, 1, "second", false).await;
    enqueue(&app, 2, "first", false).await;
    let sender = Arc::new(ScriptedSender::default());
    let config = DeliveryConfig {
        per_chat_spacing: Duration::from_millis(300),
        ..fast_config()
    };
    let mut worker = worker(&app, &sender, config);
    drain(&mut worker).await;
    // The second message to chat 1 was moved back in the queue; let the
    // (fixed) clock and real time pass until it is due.
    assert_eq!(sender.sent_to(1), 1);
    let due = app
        .state
        .store
        .next_due(true)
        .await
        .unwrap()
        .expect("one is waiting");
    let wait = (due - app.clock.now_for_tests()).to_std().unwrap();
    assert!(wait <= Duration::from_millis(300), "{wait:?}");
    tokio::time::sleep(wait).await;
    app.clock.set(due);
    drain(&mut worker).await;
    let sent = sender.sent.lock().unwrap();
    let to_one: Vec<_> = sent
        .iter()
        .filter(|(c, _, _)| c.id == 1)
        .map(|(_, _, at)| *at)
        .collect();
    assert_eq!(to_one.len(), 2);
    assert!(
        to_one[1] - to_one[0] >= Duration::from_millis(300),
        "{:?}",
        to_one[1] - to_one[0]
    );
    // Chat 2 did not wait behind chat 1.
    assert_eq!(sent[1].0.id, 2);
}

#[tokio::test]
async fn a_batch_interrupted_by_a_crash_is_sent_again_but_nothing_else_is() {
    for db in databases().await {
        let app = TestApp::new(db).await;
        for chat in 1..=3 {
            enqueue(&app, chat, "announcement:9", false).await;
        }
        let sender = Arc::new(ScriptedSender::default());
        let mut first = worker(&app, &sender, fast_config());
        drain(&mut first).await;
        // The process dies after claiming the next batch, before Telegram
        // answered any of it.
        for chat in 4..=6 {
            enqueue(&app, chat, "announcement:9", false).await;
        }
        let now = app.clock.now_for_tests();
        let due = app.state.store.due_deliveries(now, true, 10).await.unwrap();
        let batch: Vec<i64> = due.iter().map(|d| d.id).collect();
        let claimed = app.state.store.start_sending(&batch, now).await.unwrap();
        assert_eq!(claimed.len(), 3, "{}", app.db.label);
        assert!(
            app.state
                .store
                .start_sending(&batch, now)
                .await
                .unwrap()
                .is_empty(),
            "a claimed delivery is not claimed twice"
        );
        drop(first);

        let mut second = worker(&app, &sender, fast_config());
        assert_eq!(second.recover().await.unwrap(), 3);
        drain(&mut second).await;
        for chat in 1..=6 {
            assert_eq!(sender.sent_to(chat), 1, "{}: chat {chat}", app.db.label);
        }
        assert_eq!(
            app.state
                .store
                .delivery_report("haram", "announcement:9")
                .await
                .unwrap()
                .get(&DeliveryStatus::Sent),
            Some(&6)
        );
    }
}

/// Sends `chats` one message each through `budget` to the fake, as a
/// process sending replies or the outbox does.
async fn send_through(budget: SendBudget, fake: &FakeBotApi, chats: std::ops::Range<i64>) {
    let sender = TelegramSender {
        bot: fake.bot(),
        paid_broadcast: false,
    };
    for chat in chats {
        let permit = budget.take().await.unwrap();
        let outcome = sender
            .send(ChatKey::telegram(chat), &Reply::plain("Hei!".into()))
            .await;
        permit.used().await;
        assert_eq!(outcome, SendOutcome::Sent, "chat {chat}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_senders_on_one_budget_stay_within_its_rate_together() {
    const RATE: u32 = 20;
    const EACH: i64 = 30;
    let limited = FakeConfig {
        global_per_second: Some(RATE),
        per_chat_spacing: None,
    };
    let mut pairs = vec![("in process", {
        let budget = SendBudget::in_process(f64::from(RATE));
        (budget.clone(), budget)
    })];
    let mut dbs = Vec::new();
    for db in databases().await {
        // Two stores on one database, as two instances have.
        let app = TestApp::new(db).await;
        let mut shared = Vec::new();
        for _ in 0..2 {
            let store = velkommen::app::open_store(&app.db.url).await.unwrap();
            shared.push(SendBudget::shared(store, f64::from(RATE)).await.unwrap());
        }
        let second = shared.pop().unwrap();
        pairs.push((app.db.label, (shared.pop().unwrap(), second)));
        dbs.push(app);
    }
    for (label, (first, second)) in pairs {
        let fake = FakeBotApi::start(limited.clone()).await.unwrap();

        tokio::join!(
            send_through(first, &fake, 1..EACH + 1),
            send_through(second, &fake, 1_001..1_001 + EACH)
        );

        assert_eq!(fake.sent().len(), 2 * EACH as usize, "{label}");
        assert_eq!(fake.rejected_429(), 0, "{label}");
        assert!(
            fake.max_sent_in_any_second() <= RATE as usize,
            "{label}: {} in one second",
            fake.max_sent_in_any_second()
        );
    }
}

/// The worker sends in batches, concurrently, yet a broadcast through the
/// real Telegram sender stays within the global limit in every second and
/// within each chat's spacing: the fake Bot API, which enforces both,
/// refuses nothing.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_batched_broadcast_keeps_the_global_limit_and_each_chats_spacing() {
    const RATE: u32 = 40;
    for db in databases().await {
        let app = TestApp::new(db).await;
        // Real time: the fake counts seconds as they pass.
        let clock = Arc::new(velkommen::clock::SystemClock);
        let now = velkommen::clock::Clock::now(&*clock);
        // A second message to five of them, right behind the first.
        let messages = (1..=100)
            .map(|chat| (chat, "announcement:1"))
            .chain((1..=5).map(|chat| (chat, "announcement:2")));
        for (chat, source) in messages {
            let delivery = NewDelivery {
                municipality: "haram".into(),
                chat: ChatKey::telegram(chat),
                source: source.into(),
                origin: Origin::Other,
                body: body(&format!("{source} to {chat}")),
                urgent: true,
                not_before: now,
            };
            app.state.store.enqueue(&delivery, now).await.unwrap();
        }
        let fake = FakeBotApi::start(FakeConfig {
            global_per_second: Some(RATE),
            per_chat_spacing: Some(Duration::from_secs(1)),
        })
        .await
        .unwrap();
        let sender = Arc::new(TelegramSender {
            bot: fake.bot(),
            paid_broadcast: false,
        });
        let config = DeliveryConfig {
            global_per_second: f64::from(RATE),
            per_chat_spacing: Duration::from_millis(1100),
            idle_poll: Duration::from_millis(20),
            quiet_hours: None,
            ..DeliveryConfig::default()
        };
        assert!(config.batch_size() > 1, "batches of more than one");
        let budget = SendBudget::for_store(app.state.store.clone(), f64::from(RATE))
            .await
            .unwrap();
        let mut worker =
            DeliveryWorker::new(app.state.store.clone(), sender, clock, config).with_budget(budget);

        while fake.sent().len() < 105 {
            match worker.try_execute_task().await.unwrap() {
                Step::WaitUntil(until) | Step::Idle(until) => tokio::time::sleep_until(until).await,
                Step::Attempted(_) | Step::Again => {}
            }
        }

        let label = app.db.label;
        assert_eq!(fake.rejected_429(), 0, "{label}");
        assert!(
            fake.max_sent_in_any_second() <= RATE as usize,
            "{label}: {} in one second",
            fake.max_sent_in_any_second()
        );
        for chat in 1..=100 {
            let expected = if chat <= 5 { 2 } else { 1 };
            let to_chat = fake.sent().iter().filter(|m| m.chat_id == chat).count();
            assert_eq!(to_chat, expected, "{label}: chat {chat}");
        }
    }
}

/// Answers every message after `latency`, as a distant Telegram does, and
/// counts how many requests it holds at once.
struct SlowSender {
    latency: Duration,
    holding: std::sync::atomic::AtomicUsize,
    most_held: std::sync::atomic::AtomicUsize,
    sent: Mutex<Vec<i64>>,
}

#[async_trait]
impl Sender for SlowSender {
    async fn send(&self, chat: ChatKey, _message: &Reply) -> SendOutcome {
        use std::sync::atomic::Ordering::SeqCst;
        let held = self.holding.fetch_add(1, SeqCst) + 1;
        self.most_held.fetch_max(held, SeqCst);
        tokio::time::sleep(self.latency).await;
        self.holding.fetch_sub(1, SeqCst);
        self.sent.lock().unwrap().push(chat.id);
        SendOutcome::Sent
    }
}

/// A slow answer does not hold the next messages back: while Telegram
/// takes 300 ms to answer, the worker keeps claiming and sending, so far
/// more than one batch is in flight at once (a worker that waited for each
/// batch's answers would hold one batch, 32, and send about a hundred a
/// second) — and never more than its limit, which is what a crash can
/// repeat.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn messages_keep_going_out_while_earlier_ones_wait_for_their_answer() {
    slow_answers_keep_batches_in_flight(1000.0, velkommen::delivery::MAX_BATCH).await;
}

/// With no global rate (a batch spans no time on the pace), how many
/// batches go out while others wait for their answers follows the time the
/// worker takes to claim one: more than two when Telegram answers slowly.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_no_global_rate_slow_answers_keep_more_than_two_batches_in_flight() {
    slow_answers_keep_batches_in_flight(f64::INFINITY, 2 * velkommen::delivery::MAX_BATCH).await;
}

/// Sends 600 messages at `per_second` to a sender that answers each after
/// 300 ms; asserts that more than `more_than` were in flight at once, no
/// more than the limit, and each sent and recorded once.
async fn slow_answers_keep_batches_in_flight(per_second: f64, more_than: usize) {
    const RECIPIENTS: i64 = 600;
    for db in databases().await {
        let app = TestApp::new(db).await;
        let label = app.db.label;
        for chat in 1..=RECIPIENTS {
            enqueue(&app, chat, "announcement:7", true).await;
        }
        let sender = Arc::new(SlowSender {
            latency: Duration::from_millis(300),
            holding: Default::default(),
            most_held: Default::default(),
            sent: Mutex::new(Vec::new()),
        });
        let config = DeliveryConfig {
            quiet_hours: None,
            global_per_second: per_second,
            ..fast_config()
        };
        let limit = config.in_flight_limit();
        let budget = match per_second.is_finite() {
            true => SendBudget::in_process(per_second),
            false => SendBudget::unlimited(),
        };
        let worker = DeliveryWorker::new(
            app.state.store.clone(),
            sender.clone(),
            app.clock.clone(),
            config,
        )
        .with_budget(budget);
        let (stop, stopped) = tokio::sync::watch::channel(false);
        let running = tokio::spawn(worker.run_until_stopped(stopped));
        // A guard against a hang only: the assertions below count, they
        // do not time.
        let deadline = tokio::time::Instant::now() + Duration::from_secs(120);
        while sender.sent.lock().unwrap().len() < RECIPIENTS as usize {
            assert!(tokio::time::Instant::now() < deadline, "{label}: stuck");
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        stop.send(true).unwrap();
        running.await.unwrap();

        let most_held = sender.most_held.load(std::sync::atomic::Ordering::SeqCst);
        assert!(
            most_held > more_than,
            "{label}: at most {most_held} in flight at {per_second}/s"
        );
        assert!(
            most_held <= limit,
            "{label}: {most_held} in flight, limit {limit}"
        );
        let mut sent = sender.sent.lock().unwrap().clone();
        sent.sort_unstable();
        assert_eq!(
            sent,
            (1..=RECIPIENTS).collect::<Vec<_>>(),
            "{label}: each once"
        );
        assert_eq!(
            app.state
                .store
                .delivery_report("haram", "announcement:7")
                .await
                .unwrap()
                .get(&DeliveryStatus::Sent),
            Some(&(RECIPIENTS as u64)),
            "{label}: all recorded as sent once the worker stopped"
        );
    }
}
