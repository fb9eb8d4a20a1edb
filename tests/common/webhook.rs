//! Talking to a webhook as Telegram (or a load balancer in front of
//! several instances) does: updates posted over plain HTTP.

use tokio::io::{AsyncReadExt, AsyncWriteExt};

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
