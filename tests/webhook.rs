//! Webhook mode: the real binary registers its address and secret with the
//! (fake) Bot API, answers updates posted with the secret, and refuses any
//! request without it.

mod common;

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::repo_path;
use fake_bot_api::{FakeBotApi, FakeConfig};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

const SECRET: &str = "haram-webhook_secret-2026";

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Posts `body` to the webhook and returns the HTTP status code.
async fn post(port: u16, secret: Option<&str>, body: &str) -> Option<u16> {
    let mut stream = tokio::net::TcpStream::connect(("127.0.0.1", port))
        .await
        .ok()?;
    let secret_header = secret
        .map(|s| format!("X-Telegram-Bot-Api-Secret-Token: {s}\r\n"))
        .unwrap_or_default();
    let request = format!(
        "POST /telegram HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n\
         {secret_header}Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(request.as_bytes()).await.ok()?;
    let mut response = String::new();
    stream.read_to_string(&mut response).await.ok()?;
    response.split_whitespace().nth(1)?.parse().ok()
}

fn update(id: i64, chat: i64, text: &str) -> String {
    serde_json::json!({
        "update_id": id,
        "message": {
            "message_id": id,
            "date": 1_764_072_000,
            "chat": { "id": chat, "type": "private", "first_name": "Olena" },
            "from": { "id": chat, "is_bot": false, "first_name": "Olena", "language_code": "uk" },
            "text": text,
        }
    })
    .to_string()
}

async fn wait_until(what: &str, mut done: impl FnMut() -> bool) {
    let started = Instant::now();
    while !done() {
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "timed out waiting for {what}"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn updates_arrive_by_webhook_only_with_the_secret() {
    let db = common::sqlite_db();
    let fake = FakeBotApi::start(FakeConfig::TELEGRAM).await.unwrap();
    let port = free_port();
    let public = "https://bot.haram.example/telegram".to_owned();
    let mut service = Command::new(env!("CARGO_BIN_EXE_velkommen"))
        .arg("serve")
        .current_dir(repo_path(""))
        .env("DATABASE_URL", &db.url)
        .env("VELKOMMEN_CONTENT_DIR", repo_path("content"))
        .env("TELOXIDE_TOKEN", fake.token())
        .env("TELOXIDE_API_URL", fake.api_url().as_str())
        .env("VELKOMMEN_WEBHOOK_URL", &public)
        .env("VELKOMMEN_WEBHOOK_LISTEN", format!("127.0.0.1:{port}"))
        .env("VELKOMMEN_WEBHOOK_SECRET", SECRET)
        .env("RUST_LOG", "error")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("velkommen serve starts");

    wait_until("setWebhook", || fake.webhook().is_some()).await;
    assert_eq!(
        fake.webhook(),
        Some((public.clone(), Some(SECRET.to_owned())))
    );
    // The listener may take a moment after setWebhook.
    let started = Instant::now();
    let status = loop {
        if let Some(status) = post(port, Some(SECRET), &update(1, 42, "/start haram")).await {
            break status;
        }
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "the webhook listens"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    assert_eq!(status, 200);
    wait_until("the reply", || fake.sent().iter().any(|m| m.chat_id == 42)).await;
    let i18n = velkommen::i18n::I18n::load().unwrap();
    let uk = i18n.tr(velkommen::i18n::Locale::Uk);
    let reply = fake.sent().into_iter().find(|m| m.chat_id == 42).unwrap();
    assert!(reply.text.contains(&uk.msg_args(
        "start-hello-municipality",
        &velkommen::args!["municipality" => "Haram"]
    )));

    // Without the secret, or with a wrong one: refused, nothing answered.
    assert_eq!(post(port, None, &update(2, 43, "/start")).await, Some(401));
    assert_eq!(
        post(port, Some("guess"), &update(3, 44, "/start")).await,
        Some(401)
    );
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(fake.sent().iter().all(|m| m.chat_id == 42));
    // Nothing is long-polled in webhook mode.
    assert_eq!(fake.calls("getupdates"), 0);

    service.kill().unwrap();
    service.wait().unwrap();
}
