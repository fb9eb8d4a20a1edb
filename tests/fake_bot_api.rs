//! The fake Bot API server against a real `teloxide::Bot` (and, where the
//! wire format itself matters, raw HTTP).

use std::time::{Duration, Instant};

use fake_bot_api::{BOT_USERNAME, FakeBotApi, FakeConfig};
use serde_json::{Value, json};
use teloxide::ApiError;
use teloxide::RequestError;
use teloxide::prelude::*;
use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup, UpdateKind};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

const USER: i64 = 4242;

async fn start(config: FakeConfig) -> FakeBotApi {
    FakeBotApi::start(config).await.expect("starting the fake")
}

fn spaced(spacing: Duration) -> FakeConfig {
    FakeConfig {
        global_per_second: None,
        per_chat_spacing: Some(spacing),
    }
}

fn retry_after(error: &RequestError) -> Option<u32> {
    match error {
        RequestError::RetryAfter(seconds) => Some(seconds.seconds()),
        _ => None,
    }
}

fn keyboard_with_data(data: &str) -> InlineKeyboardMarkup {
    InlineKeyboardMarkup::new([[InlineKeyboardButton::callback("Press", data)]])
}

/// Sends one HTTP/1.1 request by hand and returns the status and JSON body.
async fn raw_request(
    fake: &FakeBotApi,
    path: &str,
    content_type: &str,
    body: &str,
) -> (u16, Value) {
    let addr = format!(
        "{}:{}",
        fake.api_url().host_str().unwrap(),
        fake.api_url().port().unwrap()
    );
    let mut stream = tokio::net::TcpStream::connect(&addr).await.unwrap();
    let request = format!(
        "POST {path} HTTP/1.1\r\nHost: {addr}\r\nContent-Type: {content_type}\r\n\
         Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).await.unwrap();
    let (head, body) = response.split_once("\r\n\r\n").unwrap();
    let status = head.split_whitespace().nth(1).unwrap().parse().unwrap();
    (status, serde_json::from_str(body).unwrap())
}

#[tokio::test]
async fn get_me_describes_the_fake_bot() {
    let fake = start(FakeConfig::default()).await;

    let me = fake.bot().get_me().await.unwrap();

    assert!(me.is_bot);
    assert_eq!(me.username(), BOT_USERNAME);
    assert_eq!(fake.calls("getMe"), 1);
}

#[tokio::test]
async fn a_sent_message_comes_back_as_a_message_and_is_recorded() {
    let fake = start(FakeConfig::default()).await;
    let keyboard = keyboard_with_data("lang:nb");

    let message = fake
        .bot()
        .send_message(ChatId(USER), "Velkommen!")
        .reply_markup(keyboard.clone())
        .await
        .unwrap();

    assert_eq!(message.text(), Some("Velkommen!"));
    assert_eq!(message.chat.id, ChatId(USER));
    assert!(message.chat.is_private());
    assert_eq!(message.reply_markup(), Some(&keyboard));
    let sent = fake.sent();
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0].chat_id, USER);
    assert_eq!(sent[0].text, "Velkommen!");
    assert_eq!(sent[0].message_id, i64::from(message.id.0));
    assert_eq!(
        sent[0].reply_markup.as_ref().unwrap()["inline_keyboard"][0][0]["callback_data"],
        "lang:nb"
    );
}

#[tokio::test]
async fn message_ids_increase_with_every_message() {
    let fake = start(FakeConfig::default()).await;
    let bot = fake.bot();

    let first = bot.send_message(ChatId(USER), "one").await.unwrap();
    let second = bot.send_message(ChatId(USER), "two").await.unwrap();

    assert!(second.id.0 > first.id.0);
}

#[tokio::test]
async fn method_names_work_in_pascal_case_and_in_lowercase() {
    let fake = start(FakeConfig::default()).await;
    let path = format!("/bot{}/sendmessage", fake.token());

    // teloxide itself calls `SendMessage`.
    fake.bot()
        .send_message(ChatId(USER), "from teloxide")
        .await
        .unwrap();
    let (status, body) = raw_request(
        &fake,
        &path,
        "application/json",
        &json!({ "chat_id": USER, "text": "by hand" }).to_string(),
    )
    .await;

    assert_eq!(status, 200);
    assert_eq!(body["result"]["text"], "by hand");
    assert_eq!(fake.calls("sendMessage"), 2);
    let texts: Vec<String> = fake.sent().into_iter().map(|m| m.text).collect();
    assert_eq!(texts, ["from teloxide", "by hand"]);
}

#[tokio::test]
async fn form_encoded_calls_are_understood() {
    let fake = start(FakeConfig::default()).await;
    let path = format!("/bot{}/sendMessage", fake.token());
    let markup = url::form_urlencoded::byte_serialize(
        br#"{"inline_keyboard":[[{"text":"Ja","callback_data":"yes"}]]}"#,
    )
    .collect::<String>();

    let (status, body) = raw_request(
        &fake,
        &path,
        "application/x-www-form-urlencoded",
        &format!("chat_id={USER}&text=Hei+der&reply_markup={markup}"),
    )
    .await;

    assert_eq!(status, 200);
    assert_eq!(body["result"]["text"], "Hei der");
    let sent = fake.sent();
    assert_eq!(sent[0].chat_id, USER);
    assert_eq!(
        sent[0].reply_markup.as_ref().unwrap()["inline_keyboard"][0][0]["callback_data"],
        "yes"
    );
}

#[tokio::test]
async fn a_wrong_token_is_unauthorized_and_an_unknown_method_is_not_found() {
    let fake = start(FakeConfig::default()).await;

    let (wrong_token, unauthorized) =
        raw_request(&fake, "/bot999:wrong/getMe", "application/json", "{}").await;
    let unknown_path = format!("/bot{}/sendTelepathy", fake.token());
    let (unknown_method, not_found) =
        raw_request(&fake, &unknown_path, "application/json", "{}").await;

    assert_eq!(wrong_token, 401);
    assert_eq!(
        unauthorized,
        json!({ "ok": false, "error_code": 401, "description": "Unauthorized" })
    );
    assert_eq!(unknown_method, 404);
    assert_eq!(
        not_found,
        json!({ "ok": false, "error_code": 404, "description": "Not Found" })
    );
}

#[tokio::test]
async fn a_second_message_to_a_chat_within_a_second_is_told_to_retry_after_one_second() {
    let fake = start(spaced(Duration::from_secs(1))).await;
    let bot = fake.bot();
    bot.send_message(ChatId(USER), "first").await.unwrap();

    let too_soon = bot.send_message(ChatId(USER), "second").await.unwrap_err();
    let other_chat = bot.send_message(ChatId(USER + 1), "elsewhere").await;

    assert_eq!(retry_after(&too_soon), Some(1));
    assert!(other_chat.is_ok());
    assert_eq!(fake.rejected_429(), 1);
    let texts: Vec<String> = fake.sent().into_iter().map(|m| m.text).collect();
    assert_eq!(texts, ["first", "elsewhere"]);
}

#[tokio::test]
async fn retry_after_is_rounded_up_to_whole_seconds() {
    let fake = start(spaced(Duration::from_millis(2500))).await;
    let bot = fake.bot();
    bot.send_message(ChatId(USER), "first").await.unwrap();

    let too_soon = bot.send_message(ChatId(USER), "second").await.unwrap_err();

    assert_eq!(retry_after(&too_soon), Some(3));
}

#[tokio::test]
async fn sends_over_the_global_limit_are_refused_until_the_window_moves_on() {
    let fake = start(FakeConfig {
        global_per_second: Some(3),
        per_chat_spacing: None,
    })
    .await;
    let bot = fake.bot();
    for chat in 1..=3 {
        bot.send_message(ChatId(chat), "within the limit")
            .await
            .unwrap();
    }

    let over = bot.send_message(ChatId(4), "over").await.unwrap_err();
    tokio::time::sleep(Duration::from_millis(1050)).await;
    let after_a_second = bot.send_message(ChatId(4), "later").await;

    assert_eq!(retry_after(&over), Some(1));
    assert!(after_a_second.is_ok());
    assert_eq!(fake.rejected_429(), 1);
    assert_eq!(fake.sent().len(), 4);
}

#[tokio::test]
async fn a_blocked_chat_is_forbidden() {
    let fake = start(FakeConfig::default()).await;
    fake.block_chat(USER);

    let error = fake
        .bot()
        .send_message(ChatId(USER), "hello?")
        .await
        .unwrap_err();

    assert!(
        error
            .to_string()
            .contains("Forbidden: bot was blocked by the user")
    );
    assert!(matches!(error, RequestError::Api(ApiError::BotBlocked)));
    assert_eq!(fake.rejected_403(), 1);
    assert!(fake.sent().is_empty());
}

#[tokio::test]
async fn text_over_4096_characters_is_too_long_and_4096_is_fine() {
    let fake = start(FakeConfig::default()).await;
    let bot = fake.bot();

    // Multi-byte characters: the limit counts characters, not bytes.
    let longest = "ø".repeat(4096);
    let accepted = bot.send_message(ChatId(USER), longest).await;
    let too_long = bot
        .send_message(ChatId(USER), "ø".repeat(4097))
        .await
        .unwrap_err();

    assert!(accepted.is_ok());
    assert!(matches!(
        too_long,
        RequestError::Api(ApiError::MessageIsTooLong)
    ));
    assert_eq!(fake.sent().len(), 1);
}

#[tokio::test]
async fn empty_text_is_refused() {
    let fake = start(FakeConfig::default()).await;

    let error = fake
        .bot()
        .send_message(ChatId(USER), "  ")
        .await
        .unwrap_err();

    assert!(matches!(
        error,
        RequestError::Api(ApiError::MessageTextIsEmpty)
    ));
}

#[tokio::test]
async fn callback_data_over_64_bytes_is_invalid_and_64_is_fine() {
    let fake = start(FakeConfig::default()).await;
    let bot = fake.bot();

    let accepted = bot
        .send_message(ChatId(USER), "Choose")
        .reply_markup(keyboard_with_data(&"x".repeat(64)))
        .await;
    let invalid = bot
        .send_message(ChatId(USER), "Choose")
        .reply_markup(keyboard_with_data(&"x".repeat(65)))
        .await
        .unwrap_err();

    assert!(accepted.is_ok());
    assert!(matches!(
        invalid,
        RequestError::Api(ApiError::ButtonDataInvalid)
    ));
    assert_eq!(fake.sent().len(), 1);
}

#[tokio::test]
async fn a_delayed_chat_answers_only_after_the_delay() {
    let fake = start(FakeConfig::default()).await;
    fake.delay_chat(USER, Duration::from_secs(2));
    let client = teloxide::net::default_reqwest_settings()
        .no_proxy()
        .timeout(Duration::from_millis(300))
        .build()
        .unwrap();
    let impatient = Bot::with_client(fake.token(), client).set_api_url(fake.api_url());

    // The client gives up after its own 300 ms, not after the fake's delay:
    // both calls are over long before the fake would have answered.
    let (error, prompt) = tokio::time::timeout(Duration::from_secs(2), async {
        let error = impatient
            .send_message(ChatId(USER), "slow")
            .await
            .unwrap_err();
        (
            error,
            impatient.send_message(ChatId(USER + 1), "fast").await,
        )
    })
    .await
    .expect("the client's own timeout ends the slow call");

    assert!(matches!(&error, RequestError::Network(e) if e.is_timeout()));
    assert!(prompt.is_ok());
    // Like Telegram, the fake may have delivered what the client gave up on.
    let texts: Vec<String> = fake.sent().into_iter().map(|m| m.text).collect();
    assert_eq!(texts, ["slow", "fast"]);
}

#[tokio::test]
async fn a_long_poll_returns_a_pushed_update_promptly() {
    let fake = start(FakeConfig::default()).await;
    let bot = fake.bot();
    let poll = tokio::spawn(async move { bot.get_updates().timeout(5).await });

    tokio::time::sleep(Duration::from_millis(200)).await;
    fake.push_text(USER, Some("uk"), "привіт");
    // Answered when the update arrives, not at the poll's 5 s timeout.
    let updates = tokio::time::timeout(Duration::from_secs(4), poll)
        .await
        .expect("the poll returns before its own timeout")
        .unwrap()
        .unwrap();

    assert_eq!(updates.len(), 1);
    let UpdateKind::Message(message) = &updates[0].kind else {
        panic!("expected a message, got {:?}", updates[0].kind);
    };
    assert_eq!(message.text(), Some("привіт"));
    assert!(message.chat.is_private());
    assert_eq!(
        message.from.as_ref().unwrap().language_code.as_deref(),
        Some("uk")
    );
}

#[tokio::test]
async fn a_long_poll_with_nothing_pushed_returns_empty_after_its_timeout() {
    let fake = start(FakeConfig::default()).await;
    let mut poll = std::pin::pin!(fake.bot().get_updates().timeout(1).into_future());

    // Still waiting half-way through its one second …
    assert!(
        tokio::time::timeout(Duration::from_millis(500), poll.as_mut())
            .await
            .is_err(),
        "an empty long poll returned before its timeout"
    );
    // … and empty when the second is over.
    let updates = tokio::time::timeout(Duration::from_secs(3), poll)
        .await
        .expect("the poll returns at its timeout")
        .unwrap();
    assert!(updates.is_empty());
}

#[tokio::test]
async fn an_offset_confirms_the_updates_before_it() {
    let fake = start(FakeConfig::default()).await;
    let bot = fake.bot();
    fake.push_text(USER, None, "/start");
    fake.push_text(USER, None, "hei");

    let both = bot.get_updates().await.unwrap();
    let again = bot.get_updates().await.unwrap();
    let after = bot
        .get_updates()
        .offset(both[0].id.as_offset())
        .await
        .unwrap();
    let none = bot
        .get_updates()
        .offset(both[1].id.as_offset())
        .await
        .unwrap();

    assert_eq!(both.len(), 2);
    assert_eq!(again.len(), 2, "unconfirmed updates are delivered again");
    assert_eq!(after.len(), 1);
    assert_eq!(after[0].id, both[1].id);
    assert!(none.is_empty());
}

#[tokio::test]
async fn a_pushed_callback_arrives_with_its_data_and_an_editable_message() {
    let fake = start(FakeConfig::default()).await;
    let bot = fake.bot();
    fake.push_callback(USER, Some("ar"), "lang:ar");

    let updates = bot.get_updates().await.unwrap();
    let UpdateKind::CallbackQuery(query) = &updates[0].kind else {
        panic!("expected a callback query, got {:?}", updates[0].kind);
    };
    let message = query.regular_message().expect("an accessible message");
    let removed = bot
        .edit_message_reply_markup(message.chat.id, message.id)
        .await;
    let again = bot
        .edit_message_reply_markup(message.chat.id, message.id)
        .await
        .unwrap_err();

    assert_eq!(query.data.as_deref(), Some("lang:ar"));
    assert_eq!(query.from.language_code.as_deref(), Some("ar"));
    assert_eq!(message.chat.id, ChatId(USER));
    assert!(bot.answer_callback_query(query.id.clone()).await.is_ok());
    assert_eq!(removed.unwrap().reply_markup(), None);
    assert!(matches!(
        again,
        RequestError::Api(ApiError::MessageNotModified)
    ));
}

#[tokio::test]
async fn a_polling_dispatcher_receives_a_pushed_text_and_its_reply_is_recorded() {
    let fake = start(FakeConfig::default()).await;
    let handler = Update::filter_message().endpoint(|bot: Bot, message: Message| async move {
        let text = message.text().unwrap_or_default();
        bot.send_message(message.chat.id, format!("echo: {text}"))
            .await?;
        respond(())
    });
    let mut dispatcher = Dispatcher::builder(fake.bot(), handler).build();
    let shutdown = dispatcher.shutdown_token();
    let running = tokio::spawn(async move { dispatcher.dispatch().await });

    fake.push_text(USER, Some("nb"), "hei");
    let replied = fake.wait_for_sent(1, Duration::from_secs(10)).await;
    shutdown
        .shutdown()
        .expect("the dispatcher is running")
        .await;
    running.await.unwrap();

    assert!(replied);
    let sent = fake.sent();
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0].chat_id, USER);
    assert_eq!(sent[0].text, "echo: hei");
    assert!(fake.calls("getUpdates") >= 1);
}

#[tokio::test]
async fn clear_forgets_what_was_recorded() {
    let fake = start(spaced(Duration::from_secs(60))).await;
    let bot = fake.bot();
    bot.send_message(ChatId(USER), "first").await.unwrap();

    fake.clear();
    let after_clear = bot.send_message(ChatId(USER), "second").await;

    assert!(after_clear.is_ok(), "the rate-limit history is forgotten");
    assert_eq!(fake.sent().len(), 1);
    assert_eq!(fake.calls("sendMessage"), 1);
}

/// Measures sequential and concurrent `sendMessage` throughput; run with
/// `cargo test --release --test fake_bot_api -- --ignored --nocapture`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "a measurement, not a check"]
async fn throughput() {
    const MESSAGES: i64 = 3000;
    let fake = start(FakeConfig::default()).await;
    let bot = fake.bot();
    bot.get_me().await.unwrap();

    let started = Instant::now();
    for chat in 0..MESSAGES {
        bot.send_message(ChatId(chat + 1), "hei").await.unwrap();
    }
    let sequential = MESSAGES as f64 / started.elapsed().as_secs_f64();

    let started = Instant::now();
    let tasks: Vec<_> = (0..8)
        .map(|task| {
            let bot = bot.clone();
            tokio::spawn(async move {
                for chat in (0..MESSAGES).filter(|chat| chat % 8 == task) {
                    bot.send_message(ChatId(chat + 1), "hei").await.unwrap();
                }
            })
        })
        .collect();
    for task in tasks {
        task.await.unwrap();
    }
    let concurrent = MESSAGES as f64 / started.elapsed().as_secs_f64();

    println!("sequential: {sequential:.0} sendMessage/s; 8 concurrent: {concurrent:.0}/s");
    assert_eq!(fake.sent().len(), 2 * MESSAGES as usize);
}
