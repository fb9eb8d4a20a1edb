//! The real binary (`velkommen serve`) against the fake Bot API: a kill -9
//! in the middle of a broadcast (nothing is lost, and at most the messages
//! in flight are sent twice), and newcomers talking to it.

mod common;

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};
use velkommen::conversation::callback::OnboardingAction;

use common::repo_path;
use fake_bot_api::{FakeBotApi, FakeConfig};
use velkommen::clock::{Clock, SystemClock};
use velkommen::newcomers::ChatKey;

/// Enough for a broadcast at [`SEND_RATE`] to take a few seconds, so the
/// kill lands in the middle of it.
const RECIPIENTS: i64 = 4_000;

/// Fast enough that the worker claims full batches
/// ([`velkommen::delivery::MAX_BATCH`]) and may keep the most messages in
/// flight ([`velkommen::delivery::MAX_IN_FLIGHT`]).
const SEND_RATE: u32 = 2_000;

fn serve(database_url: &str, fake: &FakeBotApi) -> Child {
    Command::new(env!("CARGO_BIN_EXE_velkommen"))
        .arg("serve")
        .current_dir(repo_path(""))
        .env("DATABASE_URL", database_url)
        .env("VELKOMMEN_CONTENT_DIR", repo_path("content"))
        .env("TELOXIDE_TOKEN", fake.token())
        .env("TELOXIDE_API_URL", fake.api_url().as_str())
        .env("VELKOMMEN_SEND_RATE", SEND_RATE.to_string())
        .env("VELKOMMEN_QUIET_HOURS", "off")
        .env("RUST_LOG", "error")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("velkommen serve starts")
}

/// A migrated store that knows one municipality.
async fn store_with(
    url: &str,
    slug: &str,
    name: &str,
) -> std::sync::Arc<dyn velkommen::store::Store> {
    let store = velkommen::app::open_store(url).await.unwrap();
    store
        .sync_municipalities(&[(slug.into(), name.into())], SystemClock.now())
        .await
        .unwrap();
    store
}

async fn wait_until(what: &str, timeout: Duration, mut done: impl FnMut() -> bool) {
    let waited = tokio::time::timeout(timeout, async {
        while !done() {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    })
    .await;
    assert!(waited.is_ok(), "timed out waiting for {what}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn killing_the_service_mid_broadcast_loses_nobody_and_repeats_at_most_the_messages_in_flight()
{
    let db = common::sqlite_db();
    let store = store_with(&db.url, "haram", "Haram kommune").await;
    common::queue_sprakkafe(&*store, 1..RECIPIENTS + 1).await;
    let fake = FakeBotApi::start(FakeConfig::UNLIMITED).await.unwrap();

    let mut first = serve(&db.url, &fake);
    wait_until("the first 100 messages", Duration::from_secs(60), || {
        fake.sent().len() >= 100
    })
    .await;
    first.kill().expect("SIGKILL");
    first.wait().unwrap();
    let before_restart = fake.sent().len();
    assert!(before_restart < RECIPIENTS as usize, "killed mid-broadcast");

    let mut second = serve(&db.url, &fake);
    let distinct = || {
        fake.sent()
            .iter()
            .map(|m| m.chat_id)
            .collect::<std::collections::HashSet<_>>()
            .len()
    };
    wait_until("every recipient", Duration::from_secs(60), || {
        distinct() == RECIPIENTS as usize
    })
    .await;
    // Give a doubled message time to show up, if one would.
    tokio::time::sleep(Duration::from_millis(500)).await;
    second.kill().unwrap();
    second.wait().unwrap();

    let in_flight = common::in_flight_at(SEND_RATE);
    assert_eq!(in_flight, velkommen::delivery::MAX_IN_FLIGHT);
    let doubled = common::check_sprakkafe(&fake, &*store, 1..RECIPIENTS + 1, in_flight).await;
    eprintln!("killed after {before_restart} messages; {doubled} sent twice (at most {in_flight})");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_running_service_answers_a_newcomer_over_the_bot_api() {
    let db = common::sqlite_db();
    let fake = FakeBotApi::start(FakeConfig::TELEGRAM).await.unwrap();
    let mut service = serve(&db.url, &fake);
    fake.push_text(42, Some("uk"), "/start haram");
    wait_until("a reply", Duration::from_secs(60), || {
        fake.sent().iter().any(|m| m.chat_id == 42)
    })
    .await;
    service.kill().unwrap();
    service.wait().unwrap();
    let i18n = velkommen::i18n::I18n::load().unwrap();
    let uk = i18n.tr(velkommen::i18n::Locale::Uk);
    let reply = fake.sent().into_iter().find(|m| m.chat_id == 42).unwrap();
    assert!(reply.text.contains(&uk.msg_args(
        "start-hello-municipality",
        &velkommen::args!["municipality" => "Haram"]
    )));
    assert!(reply.reply_markup.is_some(), "the language picker");
    assert_eq!(
        fake.calls("setmycommands"),
        11,
        "ten languages and the default"
    );
}

/// The real binary over the fake Bot API: a Somali family migrant from
/// outside the EU/EEA goes from `/start vestvagoy` to the letter by pressing
/// buttons and typing "haa"; the letter arrives as HTML the fake (like
/// Telegram) could parse, fits two phone screens, and gives her the family
/// permit — never the police registration of EU/EEA citizens.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_newcomer_gets_an_html_letter_over_the_bot_api() {
    use velkommen::conversation::callback::{Action, Answer};
    use velkommen::newcomers::{Arrival, Category, Citizenship, Household};
    let db = common::sqlite_db();
    let fake = FakeBotApi::start(FakeConfig::TELEGRAM).await.unwrap();
    let mut service = serve(&db.url, &fake);
    let chat = 77;
    let mut seen = 0;
    let step = |input: &str, is_button: bool| {
        if is_button {
            fake.push_callback(chat, Some("so"), input);
        } else {
            fake.push_text(chat, Some("so"), input);
        }
    };
    let steps: Vec<(String, bool)> = vec![
        ("/start vestvagoy".into(), false),
        (
            Action::Onboarding(OnboardingAction::Language(velkommen::i18n::Locale::So)).encode(),
            true,
        ),
        ("haa".into(), false),
        (
            Action::Onboarding(OnboardingAction::Answer(Answer::Category(Category::Family)))
                .encode(),
            true,
        ),
        (
            Action::Onboarding(OnboardingAction::Answer(Answer::Citizenship(
                Citizenship::Other,
            )))
            .encode(),
            true,
        ),
        (
            Action::Onboarding(OnboardingAction::Answer(Answer::Arrival(Arrival::Earlier)))
                .encode(),
            true,
        ),
        (
            Action::Onboarding(OnboardingAction::Answer(Answer::Household(
                Household::Children,
            )))
            .encode(),
            true,
        ),
        (
            Action::Onboarding(OnboardingAction::Answer(Answer::Mentor(false))).encode(),
            true,
        ),
    ];
    for (input, is_button) in &steps {
        step(input, *is_button);
        let started = Instant::now();
        while fake.sent().iter().filter(|m| m.chat_id == chat).count() <= seen {
            assert!(
                started.elapsed() < Duration::from_secs(60),
                "no reply to {input}; answerCallbackQuery calls: {}; sent: {:?}",
                fake.calls("answercallbackquery"),
                fake.sent()
                    .iter()
                    .map(|m| m.text.chars().take(40).collect::<String>())
                    .collect::<Vec<_>>()
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        // Let the whole turn arrive before the next input.
        tokio::time::sleep(Duration::from_millis(300)).await;
        seen = fake.sent().iter().filter(|m| m.chat_id == chat).count();
    }
    service.kill().unwrap();
    service.wait().unwrap();
    let i18n = velkommen::i18n::I18n::load().unwrap();
    let so = i18n.tr(velkommen::i18n::Locale::So);
    let letter = fake
        .sent()
        .into_iter()
        .rev()
        .find(|m| m.chat_id == chat)
        .unwrap();
    assert_eq!(letter.parse_mode.as_deref(), Some("HTML"));
    let shown = velkommen::html::to_plain(&letter.text, false);
    assert!(shown.contains(&so.msg("step-family-permit")), "{shown}");
    assert!(!shown.contains(&so.msg("step-eea-registration")), "{shown}");
    assert!(
        shown.chars().count() <= velkommen::letter::MAX_LETTER_CHARS,
        "{} characters",
        shown.chars().count()
    );
    assert!(
        letter.text.contains("<a href=\"https://www.udi.no/"),
        "{}",
        letter.text
    );
    assert!(
        letter.reply_markup.is_some(),
        "buttons to contacts and steps"
    );
}

/// The real binary over the fake Bot API: Tynset's coordinator asks for
/// `/insight` and gets the chart as a photo and the figures as a CSV
/// document (multipart uploads, as Telegram takes them).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_coordinator_gets_the_insight_chart_and_spreadsheet_over_the_bot_api() {
    use velkommen::pulse::{Answers, Question};
    use velkommen::staff::{InviteCode, Role};
    use velkommen::store::NewPulse;
    let db = common::sqlite_db();
    let now = SystemClock.now();
    let store = store_with(&db.url, "tynset", "Tynset kommune").await;
    for chat in 1..=6 {
        let pulse = NewPulse {
            municipality: "tynset".into(),
            round_months: 6,
            category: None,
            months_here: 7,
        };
        let key = ChatKey::telegram(chat);
        let (id, _) = store.start_pulse(key, &pulse, now).await.unwrap();
        let mut answers = Answers::default();
        answers.set(Question::Stay, 0);
        store
            .save_pulse_answers(key, id, &answers, now)
            .await
            .unwrap();
    }
    let code = InviteCode::generate();
    store
        .create_invite(
            &code.hash(),
            "tynset",
            Role::Coordinator,
            now,
            now + chrono::Duration::hours(1),
        )
        .await
        .unwrap();
    let fake = FakeBotApi::start(FakeConfig::TELEGRAM).await.unwrap();
    let mut service = serve(&db.url, &fake);
    fake.push_text(77, Some("nb"), &format!("/staff {}", code.display()));
    wait_until("the staff home", Duration::from_secs(60), || {
        fake.sent().iter().any(|m| m.chat_id == 77)
    })
    .await;
    fake.push_text(77, Some("nb"), "/insight");
    let arrived = fake.wait_for_sent_files(2, Duration::from_secs(60)).await;
    service.kill().unwrap();
    service.wait().unwrap();
    assert!(arrived, "the chart and the spreadsheet");
    let files = fake.sent_files();
    let photo = files
        .iter()
        .find(|f| f.kind == fake_bot_api::FileKind::Photo)
        .unwrap();
    assert!(photo.bytes.starts_with(b"\x89PNG"));
    assert!(photo.file_name.ends_with(".png"));
    let csv = files
        .iter()
        .find(|f| f.kind == fake_bot_api::FileKind::Document)
        .unwrap();
    let text = String::from_utf8(csv.bytes.clone()).unwrap();
    assert!(text.starts_with('\u{feff}'));
    assert!(
        text.contains("Tror de bor her om to år;Alle;Ja;6;6;100,0;"),
        "{text}"
    );
    assert!(
        fake.sent()
            .iter()
            .any(|m| m.chat_id == 77 && m.text.contains("📊 Innsikt for Tynset"))
    );
}

/// The real binary's scheduler sends a follow-up that fell due: a
/// Tigrinya speaker registered eight days ago gets the one-week follow-up
/// over the fake Bot API, in Tigrinya, and can pause the next ones.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_running_service_sends_a_due_follow_up() {
    use velkommen::i18n::Locale;
    use velkommen::newcomers::{Arrival, Category, Household, Newcomer};
    use velkommen::store::{ConversationRecord, Turn};
    let db = common::sqlite_db();
    let now = SystemClock.now();
    let store = store_with(&db.url, "tynset", "Tynset kommune").await;
    let key = ChatKey::telegram(88);
    let registered = now - chrono::Duration::days(8);
    let mut newcomer = Newcomer::consented(key, Locale::Ti, registered);
    newcomer.municipality = Some("tynset".into());
    newcomer.category = Some(Category::Refugee);
    newcomer.household = Some(Household::Alone);
    newcomer.arrival = Some(Arrival::NotYet);
    newcomer.wants_mentor = Some(false);
    let record = ConversationRecord {
        locale: Locale::Ti,
        state: r#"{"step":{"step":"menu"}}"#.into(),
        updated_at: None,
        last_update: None,
    };
    store
        .save_turn(Turn {
            chat: key,
            conversation: &record,
            newcomer: Some(&newcomer),
            now: registered,
        })
        .await
        .unwrap();
    let fake = FakeBotApi::start(FakeConfig::TELEGRAM).await.unwrap();
    let mut service = serve(&db.url, &fake);
    let i18n = velkommen::i18n::I18n::load().unwrap();
    let ti = i18n.tr(Locale::Ti);
    let footer = ti.msg("followup-footer");
    wait_until("the follow-up", Duration::from_secs(60), || {
        fake.sent()
            .iter()
            .any(|m| m.chat_id == 88 && m.text.contains(&footer))
    })
    .await;
    fake.push_text(88, Some("ti"), "/pause");
    let prompt = ti.msg("pause-prompt");
    wait_until("the pause screen", Duration::from_secs(60), || {
        fake.sent()
            .iter()
            .any(|m| m.chat_id == 88 && m.text.contains(&prompt))
    })
    .await;
    service.kill().unwrap();
    service.wait().unwrap();
    let follow_ups = fake
        .sent()
        .iter()
        .filter(|m| m.chat_id == 88 && m.text.contains(&footer))
        .count();
    assert_eq!(follow_ups, 1, "one follow-up, once");
}
