//! Inbound benchmark: conversation turns per second through the whole
//! Telegram stack — long-polled `getUpdates`, the teloxide dispatcher,
//! velkommen's adapter, the conversation engine and SQLite, `sendMessage`
//! back — against the in-tree fake Bot API; and the same traffic through a
//! bare teloxide echo bot on its own fake in the same run, which is the
//! framework's own limit on this machine.
//!
//! Each of C chats plays a newcomer's script without pauses (a closed loop:
//! the next update is pushed when the reply to the previous one arrives):
//! `/start haram`, five button presses (language, consent, category,
//! arrival, household), Back, free text, `/help` — each answered with one
//! message. Latency is from pushing an update to its reply being accepted.
//!
//! Each bot plays fifteen rounds, alternating, each round with new chats; the
//! median round of each is reported. The same script is also run through
//! the engine alone (no HTTP, no dispatcher, no fake server), to show what
//! the engine and SQLite cost per turn.
//!
//! Run: `cargo bench --bench inbound` (or `-- 200` for C = 200; `-- engine`
//! for the engine rounds alone, e.g. under a profiler).

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use fake_bot_api::{FakeBotApi, FakeConfig};
use teloxide::dispatching::UpdateHandler;
use teloxide::prelude::*;
use velkommen::app::AppState;
use velkommen::clock::SystemClock;
use velkommen::conversation::callback::OnboardingAction;
use velkommen::conversation::callback::{Action, Answer, Field};
use velkommen::i18n::{I18n, Locale};
use velkommen::newcomers::{Arrival, Category, Household};

/// One step of the script: text to type, or callback data to press.
enum Push {
    Text(&'static str),
    Press(String),
}

fn script() -> Vec<Push> {
    let press = |action: Action| Push::Press(action.encode());
    vec![
        Push::Text("/start haram"),
        press(Action::Onboarding(OnboardingAction::Language(Locale::En))),
        press(Action::Onboarding(OnboardingAction::Consent(true))),
        press(Action::Onboarding(OnboardingAction::Answer(
            Answer::Category(Category::Labour),
        ))),
        press(Action::Onboarding(OnboardingAction::Answer(
            Answer::Arrival(Arrival::NotYet),
        ))),
        press(Action::Onboarding(OnboardingAction::Answer(
            Answer::Household(Household::Alone),
        ))),
        press(Action::Onboarding(OnboardingAction::Back(Field::Mentor))),
        Push::Text("hello, where is the tax office?"),
        Push::Text("/help"),
    ]
}

struct Measured {
    updates: usize,
    seconds: f64,
    latencies: Vec<Duration>,
}

impl Measured {
    fn per_second(&self) -> f64 {
        self.updates as f64 / self.seconds
    }

    fn percentile(&self, p: f64) -> Duration {
        let mut sorted = self.latencies.clone();
        sorted.sort();
        sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
    }
}

/// Plays the script in `chats` chats against a bot already polling `fake`.
async fn drive(fake: &FakeBotApi, first_chat: i64, chats: i64) -> Measured {
    let steps = script();
    let mut replies = fake.watch_sent();
    let mut position: HashMap<i64, (usize, Instant)> = HashMap::new();
    let push = |chat: i64, step: &Push| match step {
        Push::Text(text) => fake.push_text(chat, Some("en"), text),
        Push::Press(data) => fake.push_callback(chat, Some("en"), data),
    };
    let started = Instant::now();
    for chat in first_chat..first_chat + chats {
        push(chat, &steps[0]);
        position.insert(chat, (0, Instant::now()));
    }
    let mut latencies = Vec::new();
    let total = chats as usize * steps.len();
    while latencies.len() < total {
        let reply = tokio::time::timeout(Duration::from_secs(30), replies.recv())
            .await
            .expect("a reply within 30 s")
            .expect("the fake is running");
        let Some((step, pushed_at)) = position.get(&reply.chat_id).copied() else {
            continue;
        };
        latencies.push(pushed_at.elapsed());
        let next = step + 1;
        if next < steps.len() {
            push(reply.chat_id, &steps[next]);
            position.insert(reply.chat_id, (next, Instant::now()));
        } else {
            position.remove(&reply.chat_id);
        }
    }
    Measured {
        updates: total,
        seconds: started.elapsed().as_secs_f64(),
        latencies,
    }
}

/// A bare teloxide echo bot. With `keyboards`, every reply carries a
/// keyboard as big as velkommen's largest (the arrival question: 14
/// buttons), so the HTTP and JSON work per reply is comparable.
fn echo_schema(keyboards: bool) -> UpdateHandler<anyhow::Error> {
    use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup};
    let keyboard = move || {
        keyboards.then(|| {
            InlineKeyboardMarkup::new((0..7).map(|row| {
                (0..2)
                    .map(|col| {
                        InlineKeyboardButton::callback(
                            format!("Button {row}-{col}"),
                            format!("1:a:2026-{:02}", row * 2 + col + 1),
                        )
                    })
                    .collect::<Vec<_>>()
            }))
        })
    };
    async fn echo(
        bot: &Bot,
        chat: ChatId,
        text: String,
        keyboard: Option<teloxide::types::InlineKeyboardMarkup>,
    ) -> anyhow::Result<()> {
        let mut request = bot.send_message(chat, text);
        if let Some(keyboard) = keyboard {
            request = request.reply_markup(keyboard);
        }
        request.await?;
        Ok(())
    }
    dptree::entry()
        .branch(
            Update::filter_message().endpoint(move |bot: Bot, msg: Message| async move {
                let text = msg.text().unwrap_or("?").to_owned();
                echo(&bot, msg.chat.id, text, keyboard()).await
            }),
        )
        .branch(Update::filter_callback_query().endpoint(
            move |bot: Bot, q: CallbackQuery| async move {
                bot.answer_callback_query(q.id.clone()).await?;
                match &q.message {
                    Some(message) => {
                        let text = q.data.clone().unwrap_or_default();
                        echo(&bot, message.chat().id, text, keyboard()).await
                    }
                    None => Ok(()),
                }
            },
        ))
}

async fn run_bot(
    schema: UpdateHandler<anyhow::Error>,
    deps: DependencyMap,
    first_chat: i64,
    chats: i64,
) -> Measured {
    let fake = FakeBotApi::start(FakeConfig::UNLIMITED)
        .await
        .expect("the fake starts");
    let mut dispatcher = Dispatcher::builder(fake.bot(), schema)
        .dependencies(deps)
        .build();
    let shutdown = dispatcher.shutdown_token();
    let polling = tokio::spawn(async move { dispatcher.dispatch().await });
    let measured = drive(&fake, first_chat, chats).await;
    shutdown
        .shutdown()
        .expect("the dispatcher is running")
        .await;
    polling.await.unwrap();
    measured
}

/// The same script through the engine alone — no HTTP, no dispatcher, no
/// fake server — with the same concurrency: what the engine and SQLite
/// cost per turn, to set against the whole stack.
async fn engine_alone(
    engine: &velkommen::conversation::Engine,
    first_chat: i64,
    chats: i64,
) -> Measured {
    use velkommen::conversation::{Incoming, Input};
    use velkommen::newcomers::ChatKey;
    let started = Instant::now();
    let mut tasks = tokio::task::JoinSet::new();
    for chat in first_chat..first_chat + chats {
        let engine = engine.clone();
        tasks.spawn(async move {
            let mut latencies = Vec::new();
            for step in script() {
                let input = match step {
                    Push::Text(text) => Input::from_text(text),
                    Push::Press(data) => Input::Button(data),
                };
                let asked = Instant::now();
                let replies = engine
                    .handle(Incoming {
                        chat: ChatKey::telegram(chat),
                        language_code: Some("en".into()),
                        input,
                        update: None,
                    })
                    .await;
                assert!(!replies.is_empty());
                latencies.push(asked.elapsed());
            }
            latencies
        });
    }
    let mut latencies = Vec::new();
    while let Some(done) = tasks.join_next().await {
        latencies.extend(done.unwrap());
    }
    Measured {
        updates: latencies.len(),
        seconds: started.elapsed().as_secs_f64(),
        latencies,
    }
}

/// How many rounds each bot plays.
const ROUNDS: i64 = 15;

/// The round with the median rate.
fn median(mut rounds: Vec<Measured>) -> Measured {
    rounds.sort_by(|a, b| a.per_second().total_cmp(&b.per_second()));
    rounds.swap_remove(rounds.len() / 2)
}

fn report(name: &str, m: &Measured) {
    println!(
        "{name:>10}: {} updates in {:.2} s = {:.0} updates/s; reply latency p50 {:.1} ms, p99 {:.1} ms",
        m.updates,
        m.seconds,
        m.per_second(),
        m.percentile(0.5).as_secs_f64() * 1000.0,
        m.percentile(0.99).as_secs_f64() * 1000.0,
    );
}

fn main() {
    let chats: i64 = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(100);
    // `-- engine` runs only the engine rounds (for a profiler).
    let engine_only = std::env::args().any(|a| a == "engine");
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}", dir.path().join("bench.db").display());
        let store = velkommen::app::open_store(&url).await.unwrap();
        let (content, _) = velkommen::content::Content::load(
            std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/content")),
            chrono::Utc::now().date_naive(),
        )
        .expect("the shipped content loads");
        let state =
            AppState::assemble(store, I18n::load().unwrap(), content, Arc::new(SystemClock))
                .await
                .unwrap();
        println!(
            "{chats} chats × {} updates each, closed loop, SQLite, fake Bot API",
            script().len()
        );
        // Several rounds, alternating, each with new chats; the median
        // round of each bot is reported, so one noisy round cannot decide.
        let mut echo_rounds = Vec::new();
        let mut keyboard_rounds = Vec::new();
        let mut our_rounds = Vec::new();
        let mut engine_rounds = Vec::new();
        if engine_only {
            let rounds = (0..ROUNDS * 10)
                .map(|round| 1_000_000 + round * chats)
                .collect::<Vec<_>>();
            let mut measured = Vec::new();
            for first_chat in rounds {
                measured.push(engine_alone(&state.engine(), first_chat, chats).await);
            }
            report("engine", &median(measured));
            return;
        }
        for round in 0..ROUNDS {
            let first_chat = 1 + round * chats;
            echo_rounds
                .push(run_bot(echo_schema(false), DependencyMap::new(), first_chat, chats).await);
            keyboard_rounds
                .push(run_bot(echo_schema(true), DependencyMap::new(), first_chat, chats).await);
            our_rounds.push(
                run_bot(
                    velkommen::telegram::schema(),
                    dptree::deps![state.engine()],
                    first_chat,
                    chats,
                )
                .await,
            );
            let first_chat = 1_000_000 + round * chats;
            engine_rounds.push(engine_alone(&state.engine(), first_chat, chats).await);
        }
        let echo = median(echo_rounds);
        let keyboard = median(keyboard_rounds);
        let ours = median(our_rounds);
        println!("median of {ROUNDS} rounds:");
        report("echo", &echo);
        report("echo+kbd", &keyboard);
        report("velkommen", &ours);
        report("engine", &median(engine_rounds));
        println!(
            "velkommen / echo: {:.2}; velkommen / echo with keyboards: {:.2}",
            ours.per_second() / echo.per_second(),
            ours.per_second() / keyboard.per_second()
        );
    });
}
