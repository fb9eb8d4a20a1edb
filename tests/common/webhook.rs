//! Talking to a webhook as Telegram (or a load balancer in front of
//! several instances) does: updates posted over plain HTTP.

use std::process::Command;

use fake_bot_api::FakeBotApi;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// `velkommen serve` in webhook mode on `port`, against `fake`, at the
/// public address a load balancer would have; with `secret`, or the one
/// made from the token when `None`. Not yet started.
pub fn serve_command(db_url: &str, fake: &FakeBotApi, port: u16, secret: Option<&str>) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_velkommen"));
    command
        .arg("serve")
        .current_dir(super::repo_path(""))
        .env("DATABASE_URL", db_url)
        .env("VELKOMMEN_CONTENT_DIR", super::repo_path("content"))
        .env("TELOXIDE_TOKEN", fake.token())
        .env("TELOXIDE_API_URL", fake.api_url().as_str())
        .env(
            "VELKOMMEN_WEBHOOK_URL",
            "https://bot.haram.example/telegram",
        )
        .env("VELKOMMEN_WEBHOOK_LISTEN", format!("127.0.0.1:{port}"));
    match secret {
        Some(secret) => command.env("VELKOMMEN_WEBHOOK_SECRET", secret),
        None => command.env_remove("VELKOMMEN_WEBHOOK_SECRET"),
    };
    command
}

/// A port nobody listens on yet.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Posts `body` to the webhook at `/telegram` and returns the HTTP status
/// code; `None` if nothing answered (nobody listens there, or the process
/// died mid-request).
pub async fn post(port: u16, secret: Option<&str>, body: &str) -> Option<u16> {
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

/// A text message from a Ukrainian-speaking user in their private chat.
pub fn text_update(id: i64, chat: i64, text: &str) -> String {
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

/// `GET path` on localhost:`port`: the status and the body, or `None`
/// while nothing listens there.
#[allow(dead_code)]
pub async fn get(port: u16, path: &str) -> Option<(u16, String)> {
    let mut stream = tokio::net::TcpStream::connect(("127.0.0.1", port))
        .await
        .ok()?;
    let request = format!("GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    stream.write_all(request.as_bytes()).await.ok()?;
    let mut response = String::new();
    stream.read_to_string(&mut response).await.ok()?;
    let status = response.split_whitespace().nth(1)?.parse().ok()?;
    let body = response.split_once("\r\n\r\n").map(|(_, b)| b.to_owned())?;
    Some((status, body))
}
