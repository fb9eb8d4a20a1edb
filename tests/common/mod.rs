//! Shared test harness: a real database per test (SQLite always,
//! PostgreSQL when `TEST_POSTGRES_URL` is set), strict locales, the shipped
//! content packs and a fixed clock.

#![allow(dead_code)]

pub mod webhook;

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};

use chrono::Duration;
use chrono::{DateTime, TimeZone, Utc};
use sqlx::Connection;
use velkommen::app::AppState;
use velkommen::clock::Clock;
use velkommen::clock::FixedClock;
use velkommen::content::Content;
use velkommen::conversation::callback::Action;
use velkommen::conversation::{Button, Engine, Incoming, Input, Reply};
use velkommen::i18n::I18n;
use velkommen::i18n::Locale;
use velkommen::newcomers::{Arrival, Category, Citizenship, Household};
use velkommen::newcomers::{ChatKey, Newcomer};
use velkommen::staff::{InviteCode, Role};
use velkommen::store::{ConversationRecord, Turn};

/// 1 December 2026, 13:00 in Oslo (a Tuesday).
pub fn test_now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 1, 12, 0, 0).unwrap()
}

pub fn repo_path(relative: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(relative)
}

/// A database for one test, and what it takes to reach it again.
pub struct TestDb {
    pub url: String,
    pub label: &'static str,
    _dir: Option<tempfile::TempDir>,
}

impl TestDb {
    /// The same database once more, for a second instance (the first
    /// keeps the SQLite file's directory alive).
    pub fn again(&self) -> TestDb {
        TestDb {
            url: self.url.clone(),
            label: self.label,
            _dir: None,
        }
    }
}

static COUNTER: AtomicU32 = AtomicU32::new(0);

/// A fresh SQLite file.
pub fn sqlite_db() -> TestDb {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("velkommen.db").display());
    TestDb {
        url,
        label: "sqlite",
        _dir: Some(dir),
    }
}

/// A fresh PostgreSQL database, if `TEST_POSTGRES_URL` is set. When
/// `VELKOMMEN_REQUIRE_POSTGRES` is set (CI does), a missing URL fails the
/// test instead of skipping.
pub async fn postgres_db() -> Option<TestDb> {
    let Ok(admin_url) = std::env::var("TEST_POSTGRES_URL") else {
        if std::env::var_os("VELKOMMEN_REQUIRE_POSTGRES").is_some() {
            panic!("VELKOMMEN_REQUIRE_POSTGRES is set but TEST_POSTGRES_URL is not");
        }
        eprintln!("skipped: PostgreSQL (TEST_POSTGRES_URL is not set)");
        return None;
    };
    let name = format!(
        "velkommen_test_{}_{}_{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::SeqCst),
        Utc::now().timestamp_micros()
    );
    let mut admin = sqlx::PgConnection::connect(&admin_url)
        .await
        .expect("connecting to TEST_POSTGRES_URL");
    sqlx::query(&format!("create database {name}"))
        .execute(&mut admin)
        .await
        .expect("creating a test database");
    let mut url = url::Url::parse(&admin_url).expect("TEST_POSTGRES_URL is a URL");
    url.set_path(&name);
    Some(TestDb {
        url: url.to_string(),
        label: "postgres",
        _dir: None,
    })
}

/// SQLite, and PostgreSQL when available.
pub async fn databases() -> Vec<TestDb> {
    let mut dbs = vec![sqlite_db()];
    dbs.extend(postgres_db().await);
    dbs
}

pub fn shipped_content() -> Content {
    let (content, _warnings) = Content::load(&repo_path("content"), test_now().date_naive())
        .expect("shipped content loads");
    content
}

/// A migrated store on one test database, with the municipalities the
/// store tests use (Haram and Sula).
pub struct StoreDb {
    pub store: Arc<dyn velkommen::store::Store>,
    pub label: &'static str,
}

/// A store on every test database (see [`databases`]), each with the
/// database it lives in (keep it: a SQLite file goes with it).
pub async fn each_store() -> Vec<(StoreDb, TestDb)> {
    let mut all = Vec::new();
    for db in databases().await {
        let store = velkommen::app::open_store(&db.url).await.unwrap();
        store
            .sync_municipalities(
                &[
                    ("haram".into(), "Haram kommune".into()),
                    ("sula".into(), "Sula kommune".into()),
                ],
                test_now(),
            )
            .await
            .unwrap();
        let label = db.label;
        all.push((StoreDb { store, label }, db));
    }
    all
}

/// The service assembled over one test database.
pub struct TestApp {
    pub db: TestDb,
    pub state: AppState,
    pub clock: Arc<FixedClock>,
    pub engine: Engine,
}

impl TestApp {
    pub async fn new(db: TestDb) -> TestApp {
        let clock = Arc::new(FixedClock::at(test_now()));
        let store = velkommen::app::open_store(&db.url)
            .await
            .expect("store opens");
        let i18n = I18n::load_strict().expect("locales load");
        let state = AppState::assemble(store, i18n, shipped_content(), clock.clone())
            .await
            .expect("state assembles");
        let engine = state.engine();
        TestApp {
            db,
            state,
            clock,
            engine,
        }
    }

    /// The newcomer stored for this chat, if any.
    pub async fn stored_newcomer(&self, chat: ChatKey) -> Option<Newcomer> {
        self.state
            .store
            .load_newcomer(chat)
            .await
            .expect("the store answers")
    }

    /// The conversation stored for this chat, if any.
    pub async fn stored_conversation(&self, chat: ChatKey) -> Option<ConversationRecord> {
        self.state
            .store
            .load_conversation(chat)
            .await
            .expect("the store answers")
    }

    /// A person talking to the engine on Telegram.
    pub fn person(&self, chat_id: i64, language_code: Option<&str>) -> Person<'_> {
        Person {
            engine: &self.engine,
            chat: ChatKey::telegram(chat_id),
            language_code: language_code.map(str::to_owned),
            replies: Vec::new(),
        }
    }
}

/// One person in a test conversation; remembers the last replies.
pub struct Person<'a> {
    pub engine: &'a Engine,
    pub chat: ChatKey,
    pub language_code: Option<String>,
    pub replies: Vec<Reply>,
}

impl Person<'_> {
    pub async fn input(&mut self, input: Input) -> &[Reply] {
        self.replies = self
            .engine
            .try_handle(Incoming {
                chat: self.chat,
                language_code: self.language_code.clone(),
                input,
                update: None,
            })
            .await
            .expect("the turn succeeds");
        for reply in &self.replies {
            check_reply(reply);
        }
        &self.replies
    }

    /// Types a line, as in Telegram.
    pub async fn say(&mut self, text: &str) -> &[Reply] {
        self.input(Input::from_text(text)).await
    }

    /// Presses the button for `action`; panics if the last replies did not
    /// offer it.
    pub async fn press(&mut self, action: Action) -> &[Reply] {
        let data = action.encode();
        assert!(
            self.buttons().iter().any(|b| b.data == data),
            "no button {data} offered; buttons were {:?}\nlast text: {}",
            self.buttons().iter().map(|b| &b.data).collect::<Vec<_>>(),
            self.text()
        );
        self.input(Input::Button(data)).await
    }

    /// Sends raw callback data, offered or not (stale and forged buttons).
    pub async fn press_raw(&mut self, data: &str) -> &[Reply] {
        self.input(Input::Button(data.to_owned())).await
    }

    /// All text of the last replies, as the person reads it (links show
    /// their address after the text).
    pub fn text(&self) -> String {
        self.replies
            .iter()
            .map(|r| r.visible_text(true))
            .collect::<Vec<_>>()
            .join("\n---\n")
    }

    /// How many characters the person sees in the last replies (without
    /// link addresses).
    pub fn visible_chars(&self) -> usize {
        self.replies
            .iter()
            .map(|r| r.visible_text(false).chars().count())
            .sum()
    }

    /// All buttons of the last replies.
    pub fn buttons(&self) -> Vec<Button> {
        self.replies
            .iter()
            .flat_map(|r| r.buttons.iter().flatten().cloned())
            .collect()
    }

    pub fn offers(&self, action: &Action) -> bool {
        let data = action.encode();
        self.buttons().iter().any(|b| b.data == data)
    }
}

/// What every reply must satisfy to be sendable on Telegram.
pub fn check_reply(reply: &Reply) {
    assert!(!reply.text.trim().is_empty(), "empty reply");
    if reply.html {
        assert_eq!(
            velkommen::html::check(&reply.text),
            Ok(()),
            "{}",
            reply.text
        );
    }
    assert!(
        reply.text.chars().count() <= 4096,
        "reply of {} chars",
        reply.text.chars().count()
    );
    assert!(
        !reply.text.contains(['\u{2068}', '\u{2069}']),
        "isolation marks in {:?}",
        reply.text
    );
    assert!(
        !reply.text.contains("{$") && !reply.text.contains("{ $"),
        "unresolved placeable in {:?}",
        reply.text
    );
    for button in reply.buttons.iter().flatten() {
        assert!(
            button.data.len() <= 64,
            "callback data {} too long",
            button.data
        );
        assert!(!button.label.trim().is_empty(), "empty button label");
    }
}

pub async fn invite(app: &TestApp, municipality: &str, role: Role) -> InviteCode {
    let code = InviteCode::generate();
    let now = app.clock.now();
    app.state
        .store
        .create_invite(
            &code.hash(),
            municipality,
            role,
            now,
            now + Duration::hours(72),
        )
        .await
        .unwrap();
    code
}

/// A staff member of `municipality`, talking in Bokmål.
pub async fn staff_member<'a>(app: &'a TestApp, chat: i64, municipality: &str) -> Person<'a> {
    let code = invite(app, municipality, Role::Coordinator).await;
    let mut person = app.person(chat, Some("nb"));
    person.say(&format!("/staff {}", code.display())).await;
    person
}

/// Stores a consented newcomer directly.
pub async fn newcomer(
    app: &TestApp,
    chat: i64,
    municipality: &str,
    locale: Locale,
    household: Household,
    arrival: Arrival,
) {
    let key = ChatKey::telegram(chat);
    let mut newcomer = Newcomer::consented(key, locale, app.clock.now());
    newcomer.municipality = Some(municipality.into());
    newcomer.category = Some(Category::Refugee);
    newcomer.household = Some(household);
    newcomer.arrival = Some(arrival);
    newcomer.wants_mentor = Some(false);
    let record = ConversationRecord {
        locale,
        state: r#"{"step":{"step":"menu"}}"#.into(),
        updated_at: None,
        last_update: None,
    };
    app.state
        .store
        .save_turn(Turn {
            chat: key,
            conversation: &record,
            newcomer: Some(&newcomer),
            now: app.clock.now(),
        })
        .await
        .unwrap();
}

/// Changes a stored newcomer's category; anyone but a refugee is then an
/// EU/EEA citizen (so the profile stays complete).
pub async fn set_category(app: &TestApp, chat: i64, category: Category) {
    let citizenship = (category != Category::Refugee).then_some(Citizenship::Eea);
    set_group(app, chat, category, citizenship).await;
}

/// Changes a stored newcomer's category and citizenship.
pub async fn set_group(
    app: &TestApp,
    chat: i64,
    category: Category,
    citizenship: Option<Citizenship>,
) {
    let key = ChatKey::telegram(chat);
    let mut stored = app.stored_newcomer(key).await.unwrap();
    stored.category = Some(category);
    stored.citizenship = citizenship;
    let record = app.stored_conversation(key).await.unwrap();
    app.state
        .store
        .save_turn(Turn {
            chat: key,
            conversation: &record,
            newcomer: Some(&stored),
            now: app.state.clock.now(),
        })
        .await
        .unwrap();
}

/// One question of the labelled set in `tests/data/guide_questions.toml`.
#[derive(serde::Deserialize)]
pub struct LabelledQuestion {
    pub locale: String,
    pub text: String,
    /// The topic it should find; `None` for the unrelated texts.
    pub topic: Option<String>,
}

/// The labelled questions, and the unrelated texts that should match nothing.
#[derive(serde::Deserialize)]
pub struct LabelledSet {
    pub questions: Vec<LabelledQuestion>,
    pub unrelated: Vec<LabelledQuestion>,
}

/// A labelled set from `tests/data/`.
pub fn labelled_questions(file: &str) -> LabelledSet {
    let text = std::fs::read_to_string(repo_path(&format!("tests/data/{file}"))).unwrap();
    toml::from_str(&text).unwrap()
}

/// The messages queued to `chat` in the outbox (due within a month), read,
/// oldest first.
#[allow(dead_code)]
pub async fn queued_to(app: &TestApp, chat: i64) -> Vec<Reply> {
    let far = app.clock.now() + Duration::days(31);
    app.state
        .store
        .due_deliveries(far, true, 10_000)
        .await
        .expect("the store answers")
        .into_iter()
        .filter(|d| d.chat == ChatKey::telegram(chat))
        .map(|d| Reply::from_body(&d.body).expect("a stored reply"))
        .collect()
}

/// Queues Haram's announcement "Språkkafé på tirsdag" (source
/// `announcement:1:0`) to the chats `recipients`, due now.
pub async fn queue_sprakkafe(
    store: &dyn velkommen::store::Store,
    recipients: std::ops::Range<i64>,
) {
    use velkommen::store::{NewDelivery, Origin};
    let now = velkommen::clock::SystemClock.now();
    let body = serde_json::to_string(&Reply::plain(
        "📣 Haram kommune\n\nSpråkkafé på tirsdag.".into(),
    ))
    .unwrap();
    let deliveries: Vec<NewDelivery> = recipients
        .map(|chat| NewDelivery {
            municipality: "haram".into(),
            chat: ChatKey::telegram(chat),
            source: "announcement:1:0".into(),
            origin: Origin::Other,
            body: body.clone(),
            urgent: false,
            not_before: now,
        })
        .collect();
    store
        .queue_run(0, now, &deliveries, None, now)
        .await
        .unwrap();
}

/// Each of `recipients` got the announcement of [`queue_sprakkafe`], at
/// most `in_flight` of them twice (the batch of messages in flight at a
/// crash, see [`in_flight_at`]) and none more often, and the outbox has it
/// sent to each. Returns how many got it twice.
pub async fn check_sprakkafe(
    fake: &fake_bot_api::FakeBotApi,
    store: &dyn velkommen::store::Store,
    recipients: std::ops::Range<i64>,
    in_flight: usize,
) -> usize {
    let mut per_chat: std::collections::HashMap<i64, usize> = Default::default();
    for message in fake.sent() {
        if recipients.contains(&message.chat_id) {
            *per_chat.entry(message.chat_id).or_default() += 1;
        }
    }
    assert_eq!(per_chat.len(), recipients.clone().count(), "nobody is lost");
    let doubled: Vec<_> = per_chat.iter().filter(|(_, n)| **n > 1).collect();
    assert!(
        doubled.len() <= in_flight,
        "more than the {in_flight} in flight doubled: {doubled:?}"
    );
    assert!(per_chat.values().all(|n| *n <= 2), "{doubled:?}");
    let report = store
        .delivery_report("haram", "announcement:1:0")
        .await
        .unwrap();
    assert_eq!(
        report.get(&velkommen::store::DeliveryStatus::Sent),
        Some(&(recipients.count() as u64)),
        "{report:?}"
    );
    doubled.len()
}

/// How many messages the delivery worker of a service sending
/// `per_second` messages a second has in flight at most
/// (`VELKOMMEN_SEND_RATE`; see `DeliveryConfig::in_flight_limit`).
pub fn in_flight_at(per_second: u32) -> usize {
    velkommen::delivery::DeliveryConfig {
        global_per_second: f64::from(per_second),
        ..Default::default()
    }
    .in_flight_limit()
}
