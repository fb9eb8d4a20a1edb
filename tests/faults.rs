//! Faults, against the real binary (`velkommen serve`) and the fake Bot
//! API, while newcomers go through onboarding and a broadcast goes out:
//!
//! - the database unreachable for ten seconds (PostgreSQL cut off by a
//!   proxy the test controls: every connection dropped, new ones refused,
//!   as when the server stops — stopping the shared test server itself
//!   would fail every other test running beside this one);
//! - Telegram answering slower than the client waits, and a storm of
//!   `429 Too Many Requests`;
//! - `kill -9` in the middle of onboarding.
//!
//! Each time: nobody's answers are lost or corrupted, a broadcast reaches
//! everyone with at most the batch of messages in flight sent twice, and
//! the service carries on by itself (it is never restarted, except after
//! the kill).

mod common;

use std::net::SocketAddr;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use common::repo_path;
use common::webhook::{free_port, get};
use fake_bot_api::{FakeBotApi, FakeConfig};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinSet;
use velkommen::clock::{Clock, SystemClock};
use velkommen::conversation::callback::{Action, Answer, OnboardingAction};
use velkommen::i18n::{I18n, Locale};
use velkommen::newcomers::{Arrival, Category, ChatKey, Citizenship, Household};
use velkommen::store::Store;

/// A running `velkommen serve`, killed when dropped (a failing test
/// leaves no service behind).
struct Service(Child);

impl std::ops::Deref for Service {
    type Target = Child;
    fn deref(&self) -> &Child {
        &self.0
    }
}

impl std::ops::DerefMut for Service {
    fn deref_mut(&mut self) -> &mut Child {
        &mut self.0
    }
}

impl Drop for Service {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// `velkommen serve` in polling mode, with `/healthz` on `health_port`.
fn serve(database_url: &str, fake: &FakeBotApi, send_rate: u32, health_port: u16) -> Service {
    let child = Command::new(env!("CARGO_BIN_EXE_velkommen"))
        .arg("serve")
        .current_dir(repo_path(""))
        .env("DATABASE_URL", database_url)
        .env("VELKOMMEN_CONTENT_DIR", repo_path("content"))
        .env("TELOXIDE_TOKEN", fake.token())
        .env("TELOXIDE_API_URL", fake.api_url().as_str())
        .env_remove("VELKOMMEN_WEBHOOK_URL")
        .env(
            "VELKOMMEN_METRICS_LISTEN",
            format!("127.0.0.1:{health_port}"),
        )
        .env("VELKOMMEN_SEND_RATE", send_rate.to_string())
        .env("VELKOMMEN_QUIET_HOURS", "off")
        .env("RUST_LOG", "error")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("velkommen serve starts");
    Service(child)
}

/// A TCP proxy in front of the database that can be cut off: while cut,
/// its port refuses connections and every connection through it has been
/// dropped — what a client sees when PostgreSQL stops.
struct Cuttable {
    addr: SocketAddr,
    upstream: SocketAddr,
    running: Mutex<Option<JoinSet<()>>>,
}

impl Cuttable {
    async fn start(upstream: SocketAddr) -> Arc<Cuttable> {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let proxy = Arc::new(Cuttable {
            addr: listener.local_addr().unwrap(),
            upstream,
            running: Mutex::new(None),
        });
        proxy.serve(listener);
        proxy
    }

    fn serve(&self, listener: TcpListener) {
        let mut tasks = JoinSet::new();
        let upstream = self.upstream;
        let connections = Arc::new(Mutex::new(JoinSet::new()));
        tasks.spawn({
            let connections = connections.clone();
            async move {
                // Dropping this task drops the listener and, below, every
                // connection it made.
                let _connections = DropAll(connections.clone());
                while let Ok((mut client, _)) = listener.accept().await {
                    connections.lock().unwrap().spawn(async move {
                        if let Ok(mut server) = TcpStream::connect(upstream).await {
                            let _ = tokio::io::copy_bidirectional(&mut client, &mut server).await;
                        }
                    });
                }
            }
        });
        *self.running.lock().unwrap() = Some(tasks);
    }

    /// Cuts the database off.
    fn cut(&self) {
        if let Some(mut tasks) = self.running.lock().unwrap().take() {
            tasks.abort_all();
        }
    }

    /// Lets the database be reached again, on the same port.
    async fn restore(&self) {
        let listener = loop {
            match TcpListener::bind(self.addr).await {
                Ok(listener) => break listener,
                Err(_) => tokio::time::sleep(Duration::from_millis(50)).await,
            }
        };
        self.serve(listener);
    }
}

/// Aborts the connections' tasks when the accepting task is dropped.
struct DropAll(Arc<Mutex<JoinSet<()>>>);

impl Drop for DropAll {
    fn drop(&mut self) {
        self.0.lock().unwrap().abort_all();
    }
}

/// A migrated store that knows Haram, with `recipients` chats (from
/// `first` on) queued an announcement.
async fn store_with_broadcast(url: &str, first: i64, recipients: i64) -> Arc<dyn Store> {
    let now = SystemClock.now();
    let store = velkommen::app::open_store(url).await.unwrap();
    store
        .sync_municipalities(&[("haram".into(), "Haram kommune".into())], now)
        .await
        .unwrap();
    common::queue_sprakkafe(&*store, first..first + recipients).await;
    store
}

/// What one newcomer answers, and in which language.
struct Newcomer {
    chat: i64,
    locale: Locale,
}

impl Newcomer {
    fn steps(&self) -> Vec<(String, bool)> {
        let answer = |a: Answer| {
            (
                Action::Onboarding(OnboardingAction::Answer(a)).encode(),
                true,
            )
        };
        vec![
            ("/start haram".into(), false),
            (
                Action::Onboarding(OnboardingAction::Language(self.locale)).encode(),
                true,
            ),
            (
                Action::Onboarding(OnboardingAction::Consent(true)).encode(),
                true,
            ),
            answer(Answer::Category(Category::Labour)),
            answer(Answer::Citizenship(Citizenship::Eea)),
            answer(Answer::Arrival(Arrival::Earlier)),
            answer(Answer::Household(Household::Partner)),
            answer(Answer::Mentor(true)),
        ]
    }

    /// Checks what is stored about them: every answer, readable state.
    async fn check_stored(&self, store: &dyn Store) {
        let (conversation, newcomer) = store.load_chat(ChatKey::telegram(self.chat)).await.unwrap();
        let newcomer = newcomer.unwrap_or_else(|| panic!("chat {}: no profile", self.chat));
        assert_eq!(newcomer.municipality.as_deref(), Some("haram"));
        assert_eq!(newcomer.locale, self.locale);
        assert_eq!(newcomer.category, Some(Category::Labour));
        assert_eq!(newcomer.citizenship, Some(Citizenship::Eea));
        assert_eq!(newcomer.arrival, Some(Arrival::Earlier));
        assert_eq!(newcomer.household, Some(Household::Partner));
        assert_eq!(newcomer.wants_mentor, Some(true), "chat {}", self.chat);
        let conversation = conversation.unwrap();
        assert!(
            velkommen::conversation::state::State::from_stored(&conversation.state).is_ok(),
            "chat {}: state {:?}",
            self.chat,
            conversation.state
        );
    }
}

/// How a journey went.
#[derive(Debug, Default)]
struct Journey {
    /// Taps repeated because nothing came back within the patience.
    unanswered: usize,
    /// Taps repeated because the answer was an apology.
    apologies: usize,
}

/// `newcomer` goes through onboarding as a person does: the next tap only
/// once the bot has answered the last one (and gone quiet); the same tap
/// again after an apology, or after `patience` without any answer.
async fn onboard(fake: &FakeBotApi, newcomer: &Newcomer, patience: Duration) -> Journey {
    let code = newcomer.locale.code();
    let apology = I18n::load()
        .unwrap()
        .tr(newcomer.locale)
        .msg("error-generic");
    let to_me = |fake: &FakeBotApi| {
        fake.sent()
            .into_iter()
            .filter(|m| m.chat_id == newcomer.chat)
            .collect::<Vec<_>>()
    };
    let mut journey = Journey::default();
    let mut seen = to_me(fake).len();
    let steps = newcomer.steps();
    let mut step = 0;
    while step < steps.len() {
        let (input, is_button) = &steps[step];
        if *is_button {
            fake.push_callback(newcomer.chat, Some(code), input);
        } else {
            fake.push_text(newcomer.chat, Some(code), input);
        }
        let mut waited = Duration::ZERO;
        let tick = Duration::from_millis(50);
        while to_me(fake).len() == seen && waited < patience {
            tokio::time::sleep(tick).await;
            waited += tick;
        }
        if waited >= patience {
            journey.unanswered += 1;
            continue;
        }
        // The whole turn: until its last message — a screen with buttons,
        // as every onboarding turn ends — is in, and the chat has been
        // quiet for a moment. On a busy machine a pause inside a turn can
        // be longer than that moment; a person who tapped on then would
        // have two turns in flight at a crash, and two repeats.
        let mut count = to_me(fake).len();
        let mut settling = Duration::ZERO;
        loop {
            tokio::time::sleep(Duration::from_millis(300)).await;
            settling += Duration::from_millis(300);
            let now = to_me(fake);
            let ends_a_turn = now.last().is_some_and(|m| m.reply_markup.is_some());
            if now.len() == count && (ends_a_turn || settling >= patience) {
                break;
            }
            count = now.len();
        }
        let answered = to_me(fake);
        if answered[seen..].iter().any(|m| m.text == apology) {
            journey.apologies += 1;
        } else {
            step += 1;
        }
        seen = answered.len();
    }
    journey
}

/// Newcomers with these chat ids, in the six languages by turns.
fn newcomers(chats: std::ops::RangeInclusive<i64>) -> Vec<Newcomer> {
    chats
        .map(|chat| Newcomer {
            chat,
            locale: LOCALES[chat as usize % LOCALES.len()],
        })
        .collect()
}

/// Everyone in `newcomers` onboards, arriving `apart` after each other,
/// tapping again after `patience` without an answer.
async fn onboard_all(
    fake: &FakeBotApi,
    newcomers: &[Newcomer],
    apart: Duration,
    patience: Duration,
) -> Vec<Journey> {
    futures_util::future::join_all(newcomers.iter().enumerate().map(|(i, newcomer)| {
        let fake = fake.clone();
        async move {
            tokio::time::sleep(apart * i as u32).await;
            onboard(&fake, newcomer, patience).await
        }
    }))
    .await
}

/// Tries `path` until it answers with `status` (a bounded number of tries,
/// a moment apart); the last answer.
async fn health_until(port: u16, status: u16) -> (u16, String) {
    let mut last = (0, String::new());
    for _ in 0..600 {
        if let Some(answer) = get(port, "/healthz").await {
            if answer.0 == status {
                return answer;
            }
            last = answer;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("/healthz never answered {status}; last {last:?}");
}

async fn wait_for(what: &str, mut done: impl FnMut() -> bool) {
    for _ in 0..3000 {
        if done() {
            return;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    panic!("never happened: {what}");
}

const LOCALES: [Locale; 6] = [
    Locale::Uk,
    Locale::Ar,
    Locale::Ti,
    Locale::So,
    Locale::Pl,
    Locale::Prs,
];

/// PostgreSQL cut off for ten seconds while twelve newcomers onboard and
/// 300 people are sent an announcement: turns that arrive while it is
/// gone wait and are answered once it is back, `/healthz` says 503 and
/// then 200 again, the broadcast finishes, and nothing is lost.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_database_gone_for_ten_seconds_loses_nothing() {
    let Some(db) = common::postgres_db().await else {
        return;
    };
    let url = url::Url::parse(&db.url).unwrap();
    let upstream = tokio::net::lookup_host((url.host_str().unwrap(), url.port().unwrap_or(5432)))
        .await
        .unwrap()
        .next()
        .unwrap();
    let proxy = Cuttable::start(upstream).await;
    let mut through_proxy = url.clone();
    through_proxy.set_port(Some(proxy.addr.port())).unwrap();
    through_proxy.set_host(Some("127.0.0.1")).unwrap();

    const FIRST: i64 = 10_000;
    const RECIPIENTS: i64 = 300;
    let store = store_with_broadcast(&db.url, FIRST, RECIPIENTS).await;
    let fake = FakeBotApi::start(FakeConfig::UNLIMITED).await.unwrap();
    let port = free_port();
    const SEND_RATE: u32 = 25;
    let mut service = serve(through_proxy.as_str(), &fake, SEND_RATE, port);
    health_until(port, 200).await;

    let newcomers = newcomers(1..=12);
    // People arrive over a few seconds, not all at once.
    let journeys = onboard_all(
        &fake,
        &newcomers,
        Duration::from_millis(600),
        Duration::from_secs(60),
    );
    let broadcast_sent = || fake.sent().iter().filter(|m| m.chat_id >= FIRST).count();
    let outage = async {
        wait_for("a third of the broadcast", || broadcast_sent() >= 100).await;
        proxy.cut();
        let (_, reason) = health_until(port, 503).await;
        assert!(reason.starts_with("database"), "{reason}");
        let during = broadcast_sent();
        tokio::time::sleep(Duration::from_secs(10)).await;
        // Nothing went out that needed the database.
        assert!(broadcast_sent() <= during + 1);
        proxy.restore().await;
        health_until(port, 200).await;
    };
    let (journeys, ()) = tokio::join!(journeys, outage);
    wait_for("the whole broadcast", || {
        broadcast_sent() >= RECIPIENTS as usize
    })
    .await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert!(
        service.try_wait().unwrap().is_none(),
        "the service carried on by itself"
    );
    service.kill().unwrap();
    service.wait().unwrap();

    for (newcomer, journey) in newcomers.iter().zip(&journeys) {
        assert_eq!(journey.unanswered, 0, "chat {}: {journey:?}", newcomer.chat);
        newcomer.check_stored(&*store).await;
    }
    let apologies: usize = journeys.iter().map(|j| j.apologies).sum();
    eprintln!("apologies for turns cut off half-way: {apologies}");
    // Only a turn cut off after its first query may apologise (it may
    // have stored part of what it does); the person taps again.
    assert!(apologies <= 2, "{journeys:?}");
    let in_flight = common::in_flight_at(SEND_RATE);
    common::check_sprakkafe(&fake, &*store, FIRST..FIRST + RECIPIENTS, in_flight).await;
}

/// Telegram answering one newcomer and one recipient slower than the
/// client waits (17 s), then refusing every message for three seconds
/// with 429: every newcomer still finishes onboarding, the broadcast
/// reaches everyone, at most the timed-out delivery twice.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slow_answers_and_a_429_storm_lose_nothing() {
    let db = common::sqlite_db();
    const FIRST: i64 = 20_000;
    const RECIPIENTS: i64 = 150;
    let store = store_with_broadcast(&db.url, FIRST, RECIPIENTS).await;
    let fake = FakeBotApi::start(FakeConfig::UNLIMITED).await.unwrap();
    let slow_newcomer = 1;
    let slow_recipient = FIRST + 40;
    // Longer than teloxide's 17 s: the client gives up, but the message
    // arrived, as it can with Telegram.
    fake.delay_chat(slow_newcomer, Duration::from_secs(20));
    fake.delay_chat(slow_recipient, Duration::from_secs(20));
    let port = free_port();
    const SEND_RATE: u32 = 30;
    let mut service = serve(&db.url, &fake, SEND_RATE, port);

    let newcomers = newcomers(1..=6);
    let journeys = onboard_all(
        &fake,
        &newcomers,
        Duration::from_millis(500),
        Duration::from_secs(60),
    );
    let sent_to = |chat: i64| fake.sent().iter().filter(|m| m.chat_id == chat).count();
    let faults = async {
        wait_for("the slow newcomer's first answer", || {
            sent_to(slow_newcomer) > 0
        })
        .await;
        fake.clear_delay(slow_newcomer);
        // While people are onboarding: their answers are held back.
        wait_for("a few answers", || fake.sent().len() >= 12).await;
        fake.storm_429(Duration::from_secs(3), 1);
        wait_for("the slow recipient's message", || {
            sent_to(slow_recipient) > 0
        })
        .await;
        fake.clear_delay(slow_recipient);
        // Once the broadcast goes on after the slow one: it pauses.
        wait_for("the broadcast going on", || {
            (FIRST..FIRST + RECIPIENTS)
                .filter(|chat| sent_to(*chat) > 0)
                .count()
                >= 60
        })
        .await;
        fake.storm_429(Duration::from_secs(3), 1);
    };
    let (journeys, ()) = tokio::join!(journeys, faults);
    wait_for("the whole broadcast", || {
        (FIRST..FIRST + RECIPIENTS).all(|chat| sent_to(chat) > 0)
    })
    .await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert!(service.try_wait().unwrap().is_none());
    let (_, metrics) = get(port, "/metrics").await.unwrap();
    service.kill().unwrap();
    service.wait().unwrap();

    assert!(fake.rejected_429() > 0, "the storm happened");
    assert!(
        !metrics.contains("velkommen_rate_limited_total 0\n"),
        "429s are counted: {metrics}"
    );
    for (newcomer, journey) in newcomers.iter().zip(&journeys) {
        assert_eq!(journey.unanswered, 0, "chat {}: {journey:?}", newcomer.chat);
        assert_eq!(journey.apologies, 0, "chat {}: {journey:?}", newcomer.chat);
        newcomer.check_stored(&*store).await;
    }
    let in_flight = common::in_flight_at(SEND_RATE);
    common::check_sprakkafe(&fake, &*store, FIRST..FIRST + RECIPIENTS, in_flight).await;
}

/// A newcomer answers "why did you come" and at once their citizenship,
/// while Telegram is slow to take the answer to the first tap; the
/// service is killed (-9) with the first turn stored and the second
/// fetched but not yet made. After the restart the second is made — it
/// was not lost with the process — and the first, which Telegram delivers
/// again, is not made twice (that would answer "that button is no longer
/// valid"): its screen is shown once more, as its answer may not have
/// reached the person, then the next question.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kill_9_loses_no_fetched_tap_and_repeats_no_stored_one() {
    let db = common::sqlite_db();
    let store = store_with_broadcast(&db.url, 30_000, 0).await;
    let fake = FakeBotApi::start(FakeConfig::UNLIMITED).await.unwrap();
    let chat = 501;
    let sent = |fake: &FakeBotApi| {
        fake.sent()
            .into_iter()
            .filter(|m| m.chat_id == chat)
            .collect::<Vec<_>>()
    };
    let mut first = serve(&db.url, &fake, 30, free_port());
    let tap = |action: OnboardingAction| Action::Onboarding(action).encode();
    fake.push_text(chat, Some("uk"), "/start haram");
    wait_for("the language picker", || sent(&fake).len() == 1).await;
    fake.push_callback(
        chat,
        Some("uk"),
        &tap(OnboardingAction::Language(Locale::Uk)),
    );
    wait_for("the privacy notice", || sent(&fake).len() == 2).await;
    fake.push_callback(chat, Some("uk"), &tap(OnboardingAction::Consent(true)));
    wait_for("why did you come", || sent(&fake).len() == 3).await;

    fake.delay_chat(chat, Duration::from_secs(30));
    let answer = |a: Answer| tap(OnboardingAction::Answer(a));
    fake.push_callback(
        chat,
        Some("uk"),
        &answer(Answer::Category(Category::Labour)),
    );
    fake.push_callback(
        chat,
        Some("uk"),
        &answer(Answer::Citizenship(Citizenship::Eea)),
    );
    // The citizenship question arrives (the answer is stored); the client
    // still waits for Telegram's answer, and the second tap waits behind.
    wait_for("the citizenship question", || sent(&fake).len() == 4).await;
    let fetched = fake.calls("getupdates");
    wait_for("both taps fetched", || fake.calls("getupdates") > fetched).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    first.kill().expect("SIGKILL");
    first.wait().unwrap();
    fake.clear_delay(chat);
    let (_, before) = store.load_chat(ChatKey::telegram(chat)).await.unwrap();
    assert_eq!(
        before.unwrap().citizenship,
        None,
        "not yet made when killed"
    );

    let mut second = serve(&db.url, &fake, 30, free_port());
    wait_for("the answer to the citizenship", || sent(&fake).len() >= 6).await;
    // Time for anything more to show up, if it would.
    tokio::time::sleep(Duration::from_secs(2)).await;
    second.kill().unwrap();
    second.wait().unwrap();

    let sent = sent(&fake);
    assert_eq!(sent.len(), 6, "{sent:#?}");
    assert_eq!(sent[4].text, sent[3].text, "the citizenship question again");
    let arrival = answer(Answer::Arrival(Arrival::Earlier));
    let buttons = sent[5].reply_markup.as_ref().unwrap().to_string();
    assert!(buttons.contains(&arrival), "the next question: {sent:#?}");
    let (_, newcomer) = store.load_chat(ChatKey::telegram(chat)).await.unwrap();
    let newcomer = newcomer.unwrap();
    assert_eq!(newcomer.category, Some(Category::Labour));
    assert_eq!(newcomer.citizenship, Some(Citizenship::Eea));
}

/// Sixteen newcomers onboarding, and the service killed (-9) at a moment
/// nobody chose, then started again: everyone ends with every answer
/// stored, nobody had to tap again for want of an answer, and each person
/// got at most one answer twice.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kill_9_during_onboarding_loses_nobodys_answers() {
    let db = common::sqlite_db();
    let store = store_with_broadcast(&db.url, 30_000, 0).await;
    let fake = FakeBotApi::start(FakeConfig::UNLIMITED).await.unwrap();
    let first = Arc::new(Mutex::new(Some(serve(&db.url, &fake, 30, free_port()))));
    let newcomers = newcomers(101..=116);
    let journeys = onboard_all(
        &fake,
        &newcomers,
        Duration::from_millis(150),
        Duration::from_secs(10),
    );
    let mut second = None;
    let crash = async {
        wait_for("some answers", || fake.sent().len() >= 50).await;
        let mut service = first.lock().unwrap().take().unwrap();
        service.kill().expect("SIGKILL");
        service.wait().unwrap();
        second = Some(serve(&db.url, &fake, 30, free_port()));
    };
    let (journeys, ()) = tokio::join!(journeys, crash);
    tokio::time::sleep(Duration::from_secs(1)).await;
    let mut second = second.unwrap();
    assert!(second.try_wait().unwrap().is_none());
    second.kill().unwrap();
    second.wait().unwrap();

    let i18n = I18n::load().unwrap();
    let mut noticed = 0;
    for (newcomer, journey) in newcomers.iter().zip(&journeys) {
        newcomer.check_stored(&*store).await;
        assert_eq!(journey.apologies, 0, "chat {}: {journey:?}", newcomer.chat);
        let stale = i18n.tr(newcomer.locale).msg("stale-button");
        let texts: Vec<String> = fake
            .sent()
            .into_iter()
            .filter(|m| m.chat_id == newcomer.chat)
            .map(|m| m.text)
            .collect();
        let twice = texts.windows(2).filter(|w| w[0] == w[1]).count()
            + texts.iter().filter(|t| t.starts_with(&stale)).count();
        // Nobody waits in vain: a turn stored whose answer had not gone
        // out when the process died shows its screen again when Telegram
        // delivers the update again — a repeat for whom it had gone out.
        assert!(
            journey.unanswered == 0 && twice <= 1,
            "chat {}: {journey:?}, {twice} repeated: {:#?}",
            newcomer.chat,
            texts
                .iter()
                .map(|t| t.chars().take(60).collect::<String>())
                .collect::<Vec<_>>()
        );
        if journey.unanswered + twice > 0 {
            noticed += 1;
            if std::env::var_os("FAULTS_VERBOSE").is_some() {
                eprintln!(
                    "chat {}: {:#?}",
                    newcomer.chat,
                    texts
                        .iter()
                        .map(|t| t.chars().take(50).collect::<String>())
                        .collect::<Vec<_>>()
                );
            }
        }
    }
    eprintln!(
        "killed mid-onboarding: {noticed} of {} people got an answer twice",
        newcomers.len()
    );
}

/// An orderly stop (Ctrl-C, as a deploy does) finishes the turn in hand
/// and tells Telegram the last updates are done: the next start gets none
/// of them again, so nobody sees a screen twice.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_orderly_stop_leaves_nothing_to_answer_again() {
    let db = common::sqlite_db();
    let _store = store_with_broadcast(&db.url, 30_000, 0).await;
    let fake = FakeBotApi::start(FakeConfig::UNLIMITED).await.unwrap();
    let chat = 701;
    let sent = |fake: &FakeBotApi| fake.sent().iter().filter(|m| m.chat_id == chat).count();
    let mut first = serve(&db.url, &fake, 30, free_port());
    let tap = |action: OnboardingAction| Action::Onboarding(action).encode();
    fake.push_text(chat, Some("so"), "/start haram");
    wait_for("the language picker", || sent(&fake) == 1).await;
    // Telegram is slow to take the answer: the turn is still being worked
    // on when the stop comes, and is finished before the service exits.
    fake.delay_chat(chat, Duration::from_secs(2));
    fake.push_callback(
        chat,
        Some("so"),
        &tap(OnboardingAction::Language(Locale::So)),
    );
    wait_for("the privacy notice", || sent(&fake) == 2).await;

    let interrupted = Command::new("kill")
        .args(["-INT", &first.id().to_string()])
        .status()
        .unwrap();
    assert!(interrupted.success());
    for _ in 0..3000 {
        if first.try_wait().unwrap().is_some() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert!(first.try_wait().unwrap().is_some(), "stopped on Ctrl-C");
    fake.clear_delay(chat);

    let mut second = serve(&db.url, &fake, 30, free_port());
    fake.push_callback(chat, Some("so"), &tap(OnboardingAction::Consent(true)));
    wait_for("the next question", || sent(&fake) >= 3).await;
    tokio::time::sleep(Duration::from_secs(1)).await;
    second.kill().unwrap();
    second.wait().unwrap();
    let sent: Vec<_> = fake
        .sent()
        .into_iter()
        .filter(|m| m.chat_id == chat)
        .collect();
    assert_eq!(sent.len(), 3, "nothing shown twice: {sent:#?}");
}
