//! Hostile and odd input against the real binary, through the fake Bot API:
//! huge texts, invisible and direction-changing characters, forged and
//! stale button data, unknown commands, a 1 000-character `/start` payload,
//! group, supergroup and channel updates, an edited message, stickers,
//! photos, contacts, locations and polls, one button pressed twenty times
//! at once, and a person who writes a second after erasing everything.
//! The service must stay up, answer every private case in the person's
//! language or stay deliberately silent, send nothing Telegram would
//! refuse, and keep every conversation readable. The cases and what each
//! got are printed.

mod common;

use std::process::{Command, Stdio};
use std::time::Duration;

use common::repo_path;
use fake_bot_api::{FakeBotApi, FakeConfig};
use serde_json::{Value, json};

fn user(id: i64) -> Value {
    json!({"id": id, "is_bot": false, "first_name": "Test", "language_code": "pl"})
}

fn message(chat: Value, from: i64, content: Value) -> Value {
    let mut message = json!({
        "message_id": 1000 + from,
        "date": 1_764_072_000,
        "chat": chat,
        "from": user(from),
    });
    if let (Value::Object(m), Value::Object(c)) = (&mut message, content) {
        m.extend(c);
    }
    message
}

fn private(id: i64) -> Value {
    json!({"id": id, "type": "private", "first_name": "Test"})
}

/// One case: what is sent, and whether a reply must come.
struct Case {
    name: &'static str,
    chat: i64,
    answered: bool,
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hostile_and_odd_updates_get_a_clear_answer_or_a_deliberate_silence() {
    let db = common::sqlite_db();
    let fake = FakeBotApi::start(FakeConfig::TELEGRAM).await.unwrap();
    let stderr = tempfile::NamedTempFile::new().unwrap();
    let mut service = Command::new(env!("CARGO_BIN_EXE_velkommen"))
        .arg("serve")
        .current_dir(repo_path(""))
        .env("DATABASE_URL", &db.url)
        .env("VELKOMMEN_CONTENT_DIR", repo_path("content"))
        .env("TELOXIDE_TOKEN", fake.token())
        .env("TELOXIDE_API_URL", fake.api_url().as_str())
        .env("VELKOMMEN_SEND_RATE", "100")
        .env("VELKOMMEN_QUIET_HOURS", "off")
        .env("RUST_LOG", "warn")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(stderr.reopen().unwrap())
        .spawn()
        .unwrap();

    let mut cases = Vec::new();
    let mut case = |name, chat, answered| {
        cases.push(Case {
            name,
            chat,
            answered,
        })
    };
    // Texts.
    fake.push_text(1, Some("pl"), &"a".repeat(4096));
    case("a text of 4 096 characters", 1, true);
    fake.push_text(2, Some("pl"), &"ż".repeat(10_000));
    case("a text of 10 000 characters", 2, true);
    fake.push_text(
        3,
        Some("ar"),
        "\u{200B}\u{202E}مرحبا\u{0007}\u{0000}\u{FEFF}",
    );
    case(
        "zero-width, right-to-left override and control characters",
        3,
        true,
    );
    fake.push_text(4, Some("pl"), "/frobnicate now");
    case("an unknown command", 4, true);
    fake.push_text(5, Some("uk"), &format!("/start {}", "x".repeat(1000)));
    case("/start with a 1 000-character payload", 5, true);
    // Buttons: forged, stale, malformed, another flow's, another person's.
    for (chat, data) in [
        (10, "1:an:ok"),
        (11, "1:au:m:haram"),
        (12, "1:og:a:1"),
        (13, "9:zz:1"),
        (14, ""),
        (15, "1:er:y"),
        (16, "1:rm:1:4102444800"),
        (17, "1:in:y:2026:haram"),
        (18, "\u{202E}1:n:menu"),
    ] {
        fake.push_callback(chat, Some("pl"), data);
    }
    for chat in 10..=18 {
        case("forged or stale button data", chat, true);
    }
    // Groups, supergroups and channels: silence, or a pointer to a private chat.
    fake.push_update(json!({"message": message(
        json!({"id": -100, "type": "group", "title": "Kaffe"}), 20, json!({"text": "hei alle"}))}));
    case("ordinary text in a group", -100, false);
    let ours = format!("/help@{}", fake_bot_api::BOT_USERNAME);
    fake.push_update(json!({"message": message(
        json!({"id": -1001, "type": "supergroup", "title": "Haram"}), 21,
        json!({"text": ours, "entities": [{"type": "bot_command", "offset": 0, "length": ours.encode_utf16().count()}]}))}));
    case("a command to us in a supergroup", -1001, true);
    fake.push_update(json!({"message": message(
        json!({"id": -1003, "type": "supergroup", "title": "Idrett"}), 22,
        json!({"text": "/help@another_bot", "entities": [{"type": "bot_command", "offset": 0, "length": 17}]}))}));
    case("a command to another bot in a supergroup", -1003, false);
    fake.push_update(json!({"channel_post": {
        "message_id": 5, "date": 1_764_072_000,
        "chat": {"id": -1002, "type": "channel", "title": "Nyheter"}, "text": "/start"}}));
    case("a channel post", -1002, false);
    // An edited message, and what is not text.
    fake.push_update(json!({"edited_message": message(private(30), 30,
        json!({"text": "rettet", "edit_date": 1_764_072_100}))}));
    case("an edited message", 30, true);
    fake.push_update(
        json!({"message": message(private(31), 31, json!({"sticker": {
        "file_id": "s", "file_unique_id": "s1", "type": "regular", "width": 512, "height": 512,
        "is_animated": false, "is_video": false}}))}),
    );
    case("a sticker", 31, true);
    fake.push_update(json!({"message": message(private(32), 32, json!({"photo": [
        {"file_id": "p", "file_unique_id": "p1", "width": 90, "height": 90}]}))}));
    case("a photo", 32, true);
    fake.push_update(
        json!({"message": message(private(33), 33, json!({"contact": {
        "phone_number": "+4700000000", "first_name": "Ola"}}))}),
    );
    case("a contact", 33, true);
    fake.push_update(
        json!({"message": message(private(34), 34, json!({"location": {
        "latitude": 62.67, "longitude": 6.23}}))}),
    );
    case("a location", 34, true);
    fake.push_update(json!({"message": message(private(35), 35, json!({"poll": {
        "id": "q", "question": "Kaffe?", "options": [{"text": "Ja", "voter_count": 0}],
        "total_voter_count": 0, "is_closed": false, "is_anonymous": true,
        "type": "regular", "allows_multiple_answers": false}}))}));
    case("a poll", 35, true);
    // One button pressed twenty times at once.
    fake.push_text(40, Some("pl"), "/start");
    for _ in 0..20 {
        fake.push_callback(40, Some("pl"), "1:l:pl");
    }
    case("the same button twenty times", 40, true);
    // Erased, then writing a second later.
    fake.push_text(50, Some("so"), "/start haram");
    fake.push_text(50, Some("so"), "/delete");
    fake.push_callback(50, Some("so"), "1:d:y");
    fake.push_text(50, Some("so"), "Salaan");
    case("a person who writes a second after erasing", 50, true);

    // Every private case answered (or the group's command).
    let wanted: Vec<i64> = cases
        .iter()
        .filter(|c| c.answered)
        .map(|c| c.chat)
        .collect();
    let started = std::time::Instant::now();
    while !wanted
        .iter()
        .all(|chat| fake.sent().iter().any(|m| m.chat_id == *chat))
    {
        if started.elapsed() > Duration::from_secs(60) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    // Room for late replies to the silent ones.
    tokio::time::sleep(Duration::from_millis(500)).await;
    let sent = fake.sent();
    let mut report = Vec::new();
    for case in &cases {
        let replies: Vec<&fake_bot_api::SentMessage> =
            sent.iter().filter(|m| m.chat_id == case.chat).collect();
        let first = replies
            .first()
            .map(|m| {
                m.text
                    .chars()
                    .take(60)
                    .collect::<String>()
                    .replace('\n', " ")
            })
            .unwrap_or_else(|| "(silence)".into());
        report.push(format!(
            "{:<58} chat {:>6}: {} replies; {first}",
            case.name,
            case.chat,
            replies.len()
        ));
    }
    println!("{}", report.join("\n"));

    assert!(service.try_wait().unwrap().is_none(), "the service stopped");
    let log = std::fs::read_to_string(stderr.path()).unwrap();
    assert!(!log.contains("panicked"), "{log}");
    for case in &cases {
        let got = sent.iter().any(|m| m.chat_id == case.chat);
        assert_eq!(got, case.answered, "{}: {}", case.name, report.join("\n"));
    }
    for message in &sent {
        assert!(message.text.chars().count() <= 4096, "{}", message.text);
        assert!(!message.text.trim().is_empty());
    }
    service.kill().unwrap();
    service.wait().unwrap();

    // Every conversation is still readable.
    let app = common::TestApp::new(db).await;
    for case in cases.iter().filter(|c| c.chat > 0) {
        let chat = velkommen::newcomers::ChatKey::telegram(case.chat);
        if let Some(record) = app.stored_conversation(chat).await {
            assert!(
                velkommen::conversation::state::State::from_stored(&record.state).is_ok(),
                "{}",
                case.name
            );
        }
    }
}
