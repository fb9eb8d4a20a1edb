//! Scale benchmark: velkommen with 100 000 newcomers in 357 municipalities
//! and 200 000 outbox rows, on SQLite and (when `TEST_POSTGRES_URL` is set)
//! PostgreSQL. Per backend it reports, against the targets of the issue:
//!
//! - start-up: from spawning the release `velkommen serve` (the binary as
//!   `cargo build --release` makes it, built in `target/shipped`; over the seeded
//!   database, against the fake Bot API) to the fake seeing its first
//!   `getUpdates`; the median of five starts;
//! - idle memory: the service's resident set (`VmRSS`) after three seconds
//!   of idle long polling;
//! - queueing an announcement to 20 000 people: one scheduler step
//!   (`Scheduler::try_execute_task`) that finds a "now" announcement a staff
//!   member confirmed for Haram (20 000 newcomers) and queues its run into
//!   the outbox in one transaction;
//! - a due-delivery poll: `due_deliveries(now, true, 64)` as the delivery
//!   worker calls it, with 2 000 rows due among the 200 000;
//! - a delivery report: `announcement_report` of an announcement with
//!   20 000 rows in five states;
//! - a staff turn: the engine's turns of a Haram coordinator drafting an
//!   announcement up to the preview (which counts the 20 000 recipients per
//!   language) and cancelling it;
//! - peak memory answering 5 000 new chats at once: 5 000 `/start` updates
//!   pushed into the fake at once, the service's high-water mark (`VmHWM`)
//!   once every chat has its answer. A bare teloxide echo bot (this
//!   benchmark's own binary, started with `--echo-bot`) goes through the
//!   same burst, for comparison.
//!
//! Seeding is set-based SQL (a recursive series), not one turn per
//! newcomer. Run: `cargo bench --bench scale` (`-- sqlite` or
//! `-- postgres` for one backend, `-- store` for the measurements without
//! the service).

use std::collections::HashSet;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use fake_bot_api::{FakeBotApi, FakeConfig};
use sqlx::Connection;
use teloxide::prelude::*;
use velkommen::announcements::{Audience, NewAnnouncement, Schedule, Texts};
use velkommen::app::AppState;
use velkommen::clock::{Clock, SystemClock};
use velkommen::content::Content;
use velkommen::conversation::callback::{Action, AnnounceAction};
use velkommen::conversation::{Engine, Incoming, Input};
use velkommen::i18n::{I18n, Locale};
use velkommen::newcomers::ChatKey;
use velkommen::outbox::Reply;
use velkommen::scheduler::Scheduler;
use velkommen::staff::{InviteCode, Role};

const MUNICIPALITIES: usize = 357;
const NEWCOMERS: i64 = 100_000;
/// The big municipality: it has a content pack, so the engine works there.
const BIG: &str = "haram";
const BIG_NEWCOMERS: i64 = 20_000;
/// How many due deliveries the worker reads ahead for a batch of up to 16
/// (`candidates` in `src/delivery/mod.rs`).
const DUE_LIMIT: i64 = 64;
const POLLS: usize = 2_000;
const REPORTS: usize = 200;
/// Drafts up to the preview; seven turns each.
const DRAFTS: usize = 50;
const QUEUE_RUNS: usize = 3;
const STARTS: usize = 5;
const IDLE: Duration = Duration::from_secs(3);
const BURST: i64 = 5_000;
/// The coordinator's chat; newcomers have chats 1..=100 000.
const COORDINATOR: i64 = 900_000_001;
/// The burst's chats.
const BURST_FIRST_CHAT: i64 = 500_000_001;

fn repo_path(relative: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(relative)
}

/// A pool of either backend, for the seeding SQL.
enum Admin {
    Sqlite(sqlx::SqlitePool),
    Postgres(sqlx::PgPool),
}

/// Runs one statement with its parameters on either backend.
macro_rules! exec {
    ($admin:expr, $sql:expr $(, $bind:expr)* $(,)?) => {{
        let sql: &str = $sql;
        let done = match $admin {
            Admin::Sqlite(pool) => sqlx::query(sql)$(.bind($bind))*.execute(pool).await
                .map(|r| r.rows_affected()),
            Admin::Postgres(pool) => sqlx::query(sql)$(.bind($bind))*.execute(pool).await
                .map(|r| r.rows_affected()),
        };
        done.unwrap_or_else(|e| panic!("{e}: {sql}"))
    }};
}

/// `count` newcomers of `municipality` with chats `first + 1 ..= first +
/// count`, in every language, group and household; one in 101 unreachable.
const SEED_NEWCOMERS: &str = "with recursive seq(n) as \
     (select 1 union all select n + 1 from seq where n < $2) \
     insert into newcomers (channel, chat_id, municipality, locale, category, arrival, household, \
     wants_mentor, citizenship, consented_at, status, created_at, updated_at) \
     select 'telegram', $3 + n, $4, \
     case n % 10 when 0 then 'nb' when 1 then 'uk' when 2 then 'ar' when 3 then 'pl' \
     when 4 then 'lt' when 5 then 'so' when 6 then 'ti' when 7 then 'prs' when 8 then 'en' \
     else 'nn' end, \
     case n % 4 when 0 then 'refugee' when 1 then 'labour' when 2 then 'family' else 'other' end, \
     case n % 3 when 0 then '2026-09' when 1 then '2025-11' else 'earlier' end, \
     case n % 7 when 0 then 'alone' when 1 then 'partner' when 2 then 'relatives' \
     else 'children' end, \
     n % 5 = 0, \
     case when n % 4 = 0 then null when n % 3 = 0 then 'eea' when n % 3 = 1 then 'other' \
     else 'nordic' end, \
     $1, case when n % 101 = 0 then 'unreachable' else 'active' end, $1, $1 from seq";

const SEED_CONVERSATIONS: &str = "insert into conversations (channel, chat_id, locale, state, updated_at) \
     select channel, chat_id, locale, $2, $1 from newcomers";

const OUTBOX_COLUMNS: &str = "insert into outbox (municipality, channel, chat_id, source, \
     announcement_id, event_id, body, urgent, not_before, status, attempts, created_at, \
     updated_at, sent_at) ";

/// Every earlier announcement's one run, sent (blocked to the unreachable).
const SEED_SENT_RUNS: &str = "select n.municipality, n.channel, n.chat_id, \
     'announcement:' || a.id || ':1', a.id, null, $2, false, $1, \
     case when n.status = 'unreachable' then 'blocked' else 'sent' end, 1, $1, $1, $1 \
     from newcomers n join announcements a on a.municipality = n.municipality where a.id <> $3";

/// The reported announcement's run: 80 % sent, 10 % still queued and due,
/// 5 % blocked, 5 % failed.
const SEED_REPORTED_RUN: &str = "select n.municipality, n.channel, n.chat_id, \
     'announcement:' || $3 || ':2', $3, null, $2, false, \
     case when n.chat_id % 10 = 8 then $4 else $1 end, \
     case when n.chat_id % 10 = 8 then 'queued' when n.chat_id % 20 = 9 then 'blocked' \
     when n.chat_id % 20 = 19 then 'failed' else 'sent' end, \
     1, $1, $1, case when n.chat_id % 10 < 8 then $1 else null end \
     from newcomers n where n.municipality = $5";

/// Event reminders waiting for their time.
const SEED_REMINDERS: &str = "select n.municipality, n.channel, n.chat_id, \
     'event:' || (n.chat_id % 50 + 1) || ':remind:1796000000', null, n.chat_id % 50 + 1, $2, false, \
     $3, 'queued', 0, $1, $1, null \
     from newcomers n where n.chat_id > $4 and n.chat_id <= $5";

/// Answers to questions and delivery reports, sent.
const SEED_OTHER_SENT: &str = "select n.municipality, n.channel, n.chat_id, \
     'case:' || n.municipality || ':S-' || n.chat_id || ':a:1', null, null, $2, false, $1, \
     'sent', 1, $1, $1, $1 \
     from newcomers n where n.chat_id > $3 and n.chat_id <= $4";

/// The seeded database and what the measurements need from it.
struct Seeded {
    state: AppState,
    admin: Admin,
    reported: i64,
    seconds: f64,
}

async fn seed(url: &str) -> Seeded {
    let started = Instant::now();
    let clock: Arc<dyn Clock> = Arc::new(SystemClock);
    let now = clock.now();
    let past = now - chrono::Duration::days(3);
    let later = now + chrono::Duration::hours(12);
    let store = velkommen::app::open_store(url)
        .await
        .expect("the store opens");
    let (content, _) =
        Content::load(&repo_path("content"), now.date_naive()).expect("the shipped content loads");
    let mut municipalities: Vec<(String, String)> = content
        .municipalities()
        .map(|m| (m.slug.clone(), m.name.clone()))
        .collect();
    let packs = municipalities.len();
    for i in packs..MUNICIPALITIES {
        municipalities.push((format!("kommune-{i:03}"), format!("Kommune {i}")));
    }
    store
        .sync_municipalities(&municipalities, now)
        .await
        .unwrap();
    let admin = if url.starts_with("sqlite:") {
        Admin::Sqlite(sqlx::SqlitePool::connect(url).await.unwrap())
    } else {
        Admin::Postgres(sqlx::PgPool::connect(url).await.unwrap())
    };

    exec!(&admin, SEED_NEWCOMERS, now, BIG_NEWCOMERS, 0i64, BIG);
    let others: Vec<&String> = municipalities
        .iter()
        .map(|(slug, _)| slug)
        .filter(|slug| *slug != BIG)
        .collect();
    let rest = NEWCOMERS - BIG_NEWCOMERS;
    let mut first = BIG_NEWCOMERS;
    for (i, slug) in others.iter().enumerate() {
        let share = rest / others.len() as i64 + i64::from((i as i64) < rest % others.len() as i64);
        exec!(&admin, SEED_NEWCOMERS, now, share, first, slug.as_str());
        first += share;
    }
    assert_eq!(first, NEWCOMERS);
    exec!(
        &admin,
        SEED_CONVERSATIONS,
        now,
        r#"{"step":{"step":"menu"}}"#
    );

    // Announcements: the one whose report is measured, three earlier ones
    // in Haram and one in every other municipality.
    let announce = |municipality: &str| NewAnnouncement {
        municipality: municipality.into(),
        author: ChatKey::telegram(COORDINATOR),
        audience: Audience::default(),
        texts: Texts([(Locale::Nb, "Språkkafé hver tirsdag kl. 18".to_owned())].into()),
        urgent: false,
        schedule: Schedule::Now,
        machine: Default::default(),
    };
    let reported = store
        .create_announcement(&announce(BIG), Some(past), past)
        .await
        .unwrap();
    for slug in std::iter::repeat_n(BIG, 3).chain(others.iter().map(|s| s.as_str())) {
        store
            .create_announcement(&announce(slug), Some(past), past)
            .await
            .unwrap();
    }
    exec!(
        &admin,
        "update announcements set status = 'done', next_run_at = null, last_run_at = $1, \
         reported_run_at = $1",
        past
    );

    let body = Reply::outbox_body(
        "📣 Haram kommune\n\nSpråkkafé hver tirsdag kl. 18 på Haram bibliotek. Velkommen!".into(),
    );
    let mut rows = 0;
    rows += exec!(
        &admin,
        &format!("{OUTBOX_COLUMNS}{SEED_SENT_RUNS}"),
        past,
        &body,
        reported
    );
    rows += exec!(
        &admin,
        &format!("{OUTBOX_COLUMNS}{SEED_REPORTED_RUN}"),
        past,
        &body,
        reported,
        now - chrono::Duration::minutes(1),
        BIG
    );
    let reminders = 200_000 - rows as i64;
    // Half the rest reminders waiting for their time, half other messages
    // already sent; both to newcomers outside Haram.
    rows += exec!(
        &admin,
        &format!("{OUTBOX_COLUMNS}{SEED_REMINDERS}"),
        past,
        &body,
        later,
        BIG_NEWCOMERS,
        BIG_NEWCOMERS + reminders / 2
    );
    let other = 200_000 - rows as i64;
    rows += exec!(
        &admin,
        &format!("{OUTBOX_COLUMNS}{SEED_OTHER_SENT}"),
        past,
        &body,
        NEWCOMERS - other,
        NEWCOMERS
    );
    assert_eq!(rows, 200_000);
    if let Admin::Postgres(_) = admin {
        // Autovacuum would have analysed tables this size within a minute.
        exec!(&admin, "analyze");
    }

    let state = AppState::assemble(store, I18n::load().unwrap(), content, clock)
        .await
        .unwrap();
    Seeded {
        state,
        admin,
        reported,
        seconds: started.elapsed().as_secs_f64(),
    }
}

/// The `p`-quantile (0..=1) of some durations, in milliseconds.
fn quantile(samples: &[Duration], p: f64) -> f64 {
    let mut sorted = samples.to_vec();
    sorted.sort();
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index].as_secs_f64() * 1000.0
}

/// One line of the table.
struct Line {
    what: String,
    target: &'static str,
    measured: String,
    holds: Option<bool>,
}

impl Line {
    fn new(what: &str, target: &'static str, measured: String, holds: Option<bool>) -> Line {
        Line {
            what: what.to_owned(),
            target,
            measured,
            holds,
        }
    }
}

async fn due_poll(state: &AppState) -> Line {
    let mut samples = Vec::with_capacity(POLLS);
    let mut found = 0;
    for _ in 0..POLLS {
        let started = Instant::now();
        let due = state
            .store
            .due_deliveries(state.clock.now(), true, DUE_LIMIT)
            .await
            .unwrap();
        samples.push(started.elapsed());
        found = due.len();
    }
    let (median, p99) = (quantile(&samples, 0.5), quantile(&samples, 0.99));
    Line::new(
        &format!("due-delivery poll ({found} of 2 000 due; median, p99)"),
        "< 1 ms",
        format!("{median:.2} ms, p99 {p99:.2} ms"),
        Some(median < 1.0),
    )
}

async fn delivery_report(state: &AppState, announcement: i64) -> Line {
    let mut samples = Vec::with_capacity(REPORTS);
    let mut rows = 0;
    for _ in 0..REPORTS {
        let started = Instant::now();
        let report = state
            .store
            .announcement_report(BIG, announcement)
            .await
            .unwrap();
        samples.push(started.elapsed());
        rows = report.values().sum::<u64>();
    }
    let (median, p99) = (quantile(&samples, 0.5), quantile(&samples, 0.99));
    Line::new(
        &format!("delivery report ({rows} rows; median, p99)"),
        "< 10 ms",
        format!("{median:.2} ms, p99 {p99:.2} ms"),
        Some(median < 10.0),
    )
}

/// A staff member talking to the engine.
struct Staff {
    engine: Engine,
    chat: ChatKey,
}

impl Staff {
    async fn turn(&self, input: Input) -> (Duration, String) {
        let started = Instant::now();
        let replies = self
            .engine
            .try_handle(Incoming {
                chat: self.chat,
                language_code: Some("nb".into()),
                input,
                update: None,
            })
            .await
            .expect("the staff turn succeeds");
        let elapsed = started.elapsed();
        let text = replies.iter().map(|r| r.text.as_str()).collect::<Vec<_>>();
        (elapsed, text.join("\n"))
    }

    async fn press(&self, action: AnnounceAction) -> (Duration, String) {
        self.turn(Input::Button(Action::Announce(action).encode()))
            .await
    }

    /// Drafts an announcement to everyone in Haram up to the preview;
    /// returns each turn's time and the preview's.
    async fn draft(&self) -> (Vec<Duration>, Duration) {
        let mut turns = Vec::new();
        turns.push(self.press(AnnounceAction::New).await.0);
        turns.push(self.press(AnnounceAction::AudienceDone).await.0);
        turns.push(
            self.turn(Input::from_text(
                "Språkkafé hver tirsdag kl. 18 på Haram bibliotek. Velkommen!",
            ))
            .await
            .0,
        );
        turns.push(self.press(AnnounceAction::TranslationsDone).await.0);
        turns.push(self.press(AnnounceAction::Urgent(false)).await.0);
        let (preview, text) = self.press(AnnounceAction::ScheduleNow).await;
        assert!(text.contains("20"), "a preview with the recipients: {text}");
        turns.push(preview);
        (turns, preview)
    }
}

async fn staff_turns_and_queueing(state: &AppState) -> Vec<Line> {
    let now = state.clock.now();
    let code = InviteCode::generate();
    state
        .store
        .create_invite(
            &code.hash(),
            BIG,
            Role::Coordinator,
            now,
            now + chrono::Duration::hours(1),
        )
        .await
        .unwrap();
    let staff = Staff {
        engine: state.engine(),
        chat: ChatKey::telegram(COORDINATOR),
    };
    staff
        .turn(Input::from_text(&format!("/staff {}", code.display())))
        .await;

    let mut turns = Vec::new();
    let mut previews = Vec::new();
    for _ in 0..DRAFTS {
        let (draft, preview) = staff.draft().await;
        turns.extend(draft);
        previews.push(preview);
        turns.push(staff.press(AnnounceAction::Cancel).await.0);
    }

    // Confirmed drafts: each scheduler step queues one run to everyone.
    let scheduler = Scheduler::new(state.clone());
    let mut queueing = Vec::new();
    let mut queued = 0;
    for _ in 0..QUEUE_RUNS {
        staff.draft().await;
        staff.press(AnnounceAction::Confirm).await;
        let started = Instant::now();
        let work = scheduler.try_execute_task().await.unwrap();
        queueing.push(started.elapsed());
        assert_eq!(work.runs, 1, "one run queued");
        queued = work.deliveries;
    }
    let queue_median = quantile(&queueing, 0.5);
    let p99 = quantile(&turns, 0.99);
    vec![
        Line::new(
            &format!("queueing an announcement to {queued} (median of {QUEUE_RUNS})"),
            "< 1 s",
            format!(
                "{:.0} ms (max {:.0} ms)",
                queue_median,
                quantile(&queueing, 1.0)
            ),
            Some(queue_median < 1000.0),
        ),
        Line::new(
            &format!(
                "staff turn, drafting to 20 000 ({} turns; p99; the preview's p99)",
                turns.len()
            ),
            "p99 < 50 ms",
            format!(
                "p99 {p99:.1} ms (p50 {:.1}); preview p99 {:.1} ms",
                quantile(&turns, 0.5),
                quantile(&previews, 0.99)
            ),
            Some(p99 < 50.0),
        ),
    ]
}

/// `VmRSS` and `VmHWM` of a process, in kB.
fn memory_kb(pid: u32) -> (u64, u64) {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find_map(|line| line.strip_prefix(name))
            .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse().ok())
            .unwrap_or(0)
    };
    (field("VmRSS:"), field("VmHWM:"))
}

fn mb(kb: u64) -> f64 {
    kb as f64 / 1024.0
}

/// Which program a measurement runs.
#[derive(Clone, Copy, PartialEq)]
enum Program {
    Velkommen,
    EchoBot,
}

/// The release binary as `cargo build --release` makes it. The one cargo
/// builds for this benchmark has the features the test-only dependencies
/// turn on too (cargo unifies them), so the shipped one is built on its
/// own, in `target/shipped` (a full release build the first time).
fn shipped_binary() -> &'static PathBuf {
    static SHIPPED: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    SHIPPED.get_or_init(|| {
        let target = repo_path("target/shipped");
        let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
        eprintln!("building the shipped binary in {}", target.display());
        let built = Command::new(cargo)
            .args(["build", "--release", "--bin", "velkommen", "--target-dir"])
            .arg(&target)
            .current_dir(repo_path(""))
            .status()
            .expect("cargo runs");
        assert!(built.success(), "the release build failed");
        target.join("release/velkommen")
    })
}

fn spawn(program: Program, database_url: &str, fake: &FakeBotApi) -> Child {
    let mut command = match program {
        Program::Velkommen => {
            let mut command = Command::new(shipped_binary());
            command.arg("serve");
            command
        }
        Program::EchoBot => {
            let mut command = Command::new(std::env::current_exe().unwrap());
            command.arg("--echo-bot");
            command
        }
    };
    command
        .current_dir(repo_path(""))
        .env("DATABASE_URL", database_url)
        .env("VELKOMMEN_CONTENT_DIR", repo_path("content"))
        .env("TELOXIDE_TOKEN", fake.token())
        .env("TELOXIDE_API_URL", fake.api_url().as_str())
        // The fake sets no limit; Telegram's paid broadcast rate keeps the
        // send budget from pacing the burst's replies to 30 a second.
        .env("VELKOMMEN_SEND_RATE", "1000")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("the program starts")
}

/// Spawns the program and waits for its first `getUpdates`.
async fn start(program: Program, database_url: &str) -> (Child, FakeBotApi, Duration) {
    let fake = FakeBotApi::start(FakeConfig::UNLIMITED).await.unwrap();
    let started = Instant::now();
    let child = spawn(program, database_url, &fake);
    let watched = fake.clone();
    let elapsed = tokio::task::spawn_blocking(move || {
        while watched.calls("getUpdates") == 0 {
            assert!(
                started.elapsed() < Duration::from_secs(60),
                "no getUpdates within a minute"
            );
            std::thread::sleep(Duration::from_micros(100));
        }
        started.elapsed()
    })
    .await
    .unwrap();
    (child, fake, elapsed)
}

fn stop(mut child: Child) {
    let _ = child.kill();
    let _ = child.wait();
}

/// What a program did in the service measurements.
struct Service {
    starts: Vec<Duration>,
    idle_rss_kb: u64,
    burst_peak_kb: u64,
    burst_seconds: f64,
}

async fn measure_service(program: Program, database_url: &str, starts: usize) -> Service {
    let mut times = Vec::new();
    let mut running = None;
    for i in 0..starts {
        let (child, fake, elapsed) = start(program, database_url).await;
        times.push(elapsed);
        if i + 1 < starts {
            stop(child);
        } else {
            running = Some((child, fake));
        }
    }
    let (child, fake) = running.unwrap();
    let pid = child.id();
    tokio::time::sleep(IDLE).await;
    let (idle_rss_kb, _) = memory_kb(pid);

    let mut replies = fake.watch_sent();
    let languages = ["uk", "ar", "pl", "en", "so", "ti", "fa", "lt", "nb", "ru"];
    let started = Instant::now();
    for i in 0..BURST {
        let chat = BURST_FIRST_CHAT + i;
        fake.push_text(
            chat,
            Some(languages[i as usize % languages.len()]),
            "/start",
        );
    }
    let mut answered = HashSet::new();
    while answered.len() < BURST as usize {
        let reply = tokio::time::timeout(Duration::from_secs(300), replies.recv())
            .await
            .expect("the burst is answered within five minutes")
            .expect("the fake is running");
        if reply.chat_id >= BURST_FIRST_CHAT {
            answered.insert(reply.chat_id);
        }
    }
    let burst_seconds = started.elapsed().as_secs_f64();
    let (_, burst_peak_kb) = memory_kb(pid);
    stop(child);
    Service {
        starts: times,
        idle_rss_kb,
        burst_peak_kb,
        burst_seconds,
    }
}

fn service_lines(ours: &Service, echo: Option<&Service>) -> Vec<Line> {
    let start_median = quantile(&ours.starts, 0.5);
    let mut lines = vec![
        Line::new(
            &format!(
                "start-up to the first getUpdates (median of {})",
                ours.starts.len()
            ),
            "< 300 ms",
            format!(
                "{start_median:.0} ms ({:.0}–{:.0})",
                quantile(&ours.starts, 0.0),
                quantile(&ours.starts, 1.0)
            ),
            Some(start_median < 300.0),
        ),
        Line::new(
            "idle resident memory (VmRSS)",
            "< 25 MB",
            format!("{:.1} MB", mb(ours.idle_rss_kb)),
            Some(mb(ours.idle_rss_kb) < 25.0),
        ),
        Line::new(
            "peak resident memory, 5 000 new chats at once (VmHWM)",
            "< 60 MB",
            format!(
                "{:.1} MB (all answered in {:.1} s)",
                mb(ours.burst_peak_kb),
                ours.burst_seconds
            ),
            Some(mb(ours.burst_peak_kb) < 60.0),
        ),
    ];
    if let Some(echo) = echo {
        lines.push(Line::new(
            "bare teloxide echo bot: start-up, idle, peak in the same burst",
            "",
            format!(
                "{:.0} ms, {:.1} MB, {:.1} MB ({:.1} s)",
                quantile(&echo.starts, 0.5),
                mb(echo.idle_rss_kb),
                mb(echo.burst_peak_kb),
                echo.burst_seconds
            ),
            None,
        ));
    }
    lines
}

fn print_table(backend: &str, seconds: f64, lines: &[Line]) {
    println!("\n{backend} (seeded in {seconds:.1} s)");
    println!("| what | target | measured | holds |");
    println!("|---|---|---|---|");
    for line in lines {
        let holds = match line.holds {
            Some(true) => "yes",
            Some(false) => "**no**",
            None => "",
        };
        println!(
            "| {} | {} | {} | {holds} |",
            line.what, line.target, line.measured
        );
    }
}

/// A database of one backend, removed at the end.
struct Database {
    url: String,
    label: &'static str,
    _dir: Option<tempfile::TempDir>,
    postgres: Option<(String, String)>,
}

async fn database(label: &'static str) -> Option<Database> {
    if label == "sqlite" {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}", dir.path().join("scale.db").display());
        return Some(Database {
            url,
            label,
            _dir: Some(dir),
            postgres: None,
        });
    }
    let admin_url = std::env::var("TEST_POSTGRES_URL").ok()?;
    let name = format!(
        "velkommen_scale_{}_{}",
        std::process::id(),
        Utc::now().timestamp()
    );
    let mut admin = sqlx::PgConnection::connect(&admin_url).await.unwrap();
    sqlx::query(&format!("create database {name}"))
        .execute(&mut admin)
        .await
        .unwrap();
    let mut url = url::Url::parse(&admin_url).unwrap();
    url.set_path(&name);
    Some(Database {
        url: url.to_string(),
        label,
        _dir: None,
        postgres: Some((admin_url, name)),
    })
}

async fn drop_database(database: &Database) {
    if let Some((admin_url, name)) = &database.postgres {
        let mut admin = sqlx::PgConnection::connect(admin_url).await.unwrap();
        sqlx::query(&format!("drop database if exists {name} with (force)"))
            .execute(&mut admin)
            .await
            .unwrap();
    }
}

async fn run_backend(database: &Database, echo: Option<&Service>, store_only: bool) {
    let seeded = seed(&database.url).await;
    let mut lines = Vec::new();
    lines.push(due_poll(&seeded.state).await);
    lines.push(delivery_report(&seeded.state, seeded.reported).await);
    let queue_and_staff = staff_turns_and_queueing(&seeded.state).await;
    // Nothing may be due while the service's memory is measured: the
    // queued rows wait for the morning.
    let morning: DateTime<Utc> = Utc::now() + chrono::Duration::hours(12);
    exec!(
        &seeded.admin,
        "update outbox set not_before = $1 where status = 'queued'",
        morning
    );
    let mut all = if store_only {
        Vec::new()
    } else {
        let ours = measure_service(Program::Velkommen, &database.url, STARTS).await;
        service_lines(&ours, echo)
    };
    all.extend(queue_and_staff);
    all.extend(lines);
    print_table(database.label, seeded.seconds, &all);
    match seeded.admin {
        Admin::Sqlite(pool) => pool.close().await,
        Admin::Postgres(pool) => pool.close().await,
    }
}

/// The bare teloxide echo bot, as its own process (`--echo-bot`).
fn echo_bot() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let handler = Update::filter_message().endpoint(|bot: Bot, msg: Message| async move {
            let text = msg.text().unwrap_or("?").to_owned();
            bot.send_message(msg.chat.id, text).await?;
            anyhow::Ok(())
        });
        Dispatcher::builder(Bot::from_env(), handler)
            .build()
            .dispatch()
            .await;
    });
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a == "--echo-bot") {
        return echo_bot();
    }
    let only: Vec<&str> = args
        .iter()
        .map(String::as_str)
        .filter(|a| ["sqlite", "postgres"].contains(a))
        .collect();
    // `-- store`: only what the store and the engine do, no service.
    let store_only = args.iter().any(|a| a == "store");
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        println!(
            "scale: {NEWCOMERS} newcomers in {MUNICIPALITIES} municipalities ({BIG_NEWCOMERS} in \
             {BIG}), 200 000 outbox rows; release build, fake Bot API on localhost"
        );
        let empty = tempfile::tempdir().unwrap();
        let empty_url = format!("sqlite://{}", empty.path().join("echo.db").display());
        let echo = if store_only {
            None
        } else {
            // Built before any start-up is timed.
            shipped_binary();
            Some(measure_service(Program::EchoBot, &empty_url, 1).await)
        };
        for label in ["sqlite", "postgres"] {
            if !only.is_empty() && !only.contains(&label) {
                continue;
            }
            let Some(database) = database(label).await else {
                println!("\npostgres: skipped (TEST_POSTGRES_URL is not set)");
                continue;
            };
            run_backend(&database, echo.as_ref(), store_only).await;
            drop_database(&database).await;
        }
    });
}
