//! A fake Telegram Bot API server on localhost, for tests and benchmarks.
//!
//! Telegram is never reachable from tests, and `teloxide_tests` only mocks
//! the bot from the inside. This fake is a real HTTP server that speaks the
//! Bot API over the wire, so a real [`teloxide::Bot`] (or a whole
//! [`Dispatcher`](teloxide::dispatching::Dispatcher) with long polling) can
//! talk to it exactly as it talks to `api.telegram.org`. It answers with real
//! Bot API objects and behaves like Telegram where a client can notice:
//!
//! - `sendMessage` is validated (empty text, text over 4096 characters,
//!   callback data over 64 bytes) and answered with a full `Message`;
//! - `sendPhoto` and `sendDocument` take their file from a
//!   `multipart/form-data` upload, as teloxide sends it (`attach://` names
//!   a part) or as a plain `photo`/`document` file part, are validated
//!   (caption over 1024 characters, missing, empty or too big file, a photo
//!   that is neither PNG nor JPEG) and answered with a `Message` carrying
//!   the photo or document; they share `sendMessage`'s 403 and 429 rules;
//! - rate limits answer `429 Too Many Requests` with `retry_after`, which
//!   teloxide turns into [`RequestError::RetryAfter`](teloxide::RequestError);
//! - blocked chats answer `403 Forbidden: bot was blocked by the user`;
//! - `getUpdates` honours `offset`, `limit` and long polling (`timeout`);
//! - it never answers 5xx, on which teloxide would sleep for ten seconds.
//! - for fault tests, a storm of 429s ([`FakeBotApi::storm_429`]) and
//!   answers slower than a client waits ([`FakeBotApi::delay_chat`]).
//!
//! Tests push updates in ([`FakeBotApi::push_text`],
//! [`FakeBotApi::push_callback`]) and read what the bot sent
//! ([`FakeBotApi::sent`] for texts, [`FakeBotApi::sent_files`] for photos
//! and documents).

use std::collections::{HashMap, HashSet, VecDeque};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use axum::Router;
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{DefaultBodyLimit, Path, RawQuery, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::any;
use serde_json::{Map, Value, json};
use tokio::sync::{Notify, oneshot};

mod form;
use form::{Params, parse_params};

pub mod html;

/// The token the fake accepts; any other token is `401 Unauthorized`.
pub const TOKEN: &str = "123456:fake";

/// The fake bot's user id (the part of [`TOKEN`] before the colon).
pub const BOT_ID: i64 = 123456;

/// The fake bot's username, as `getMe` reports it.
pub const BOT_USERNAME: &str = "velkommen_test_bot";

/// Telegram's limit on a message's text, in characters.
const MAX_TEXT_CHARS: usize = 4096;

/// Telegram's limit on a photo's or document's caption, in characters.
const MAX_CAPTION_CHARS: usize = 1024;

/// Telegram's limit on an uploaded photo, in bytes (10 MB).
const MAX_PHOTO_BYTES: usize = 10 << 20;

/// Telegram's limit on an uploaded document, in bytes (50 MB).
const MAX_DOCUMENT_BYTES: usize = 50 << 20;

/// The largest request body the fake reads: room for a document just over
/// [`MAX_DOCUMENT_BYTES`], so that it is refused as Telegram refuses it.
/// Larger bodies get `413 Request Entity Too Large`.
const MAX_REQUEST_BYTES: usize = 64 << 20;

/// How every PNG file starts.
const PNG_SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";

/// How every JPEG file starts (SOI and the next marker's first byte).
const JPEG_SIGNATURE: &[u8] = b"\xff\xd8\xff";

/// Telegram's limit on a button's callback data, in bytes.
const MAX_CALLBACK_DATA_BYTES: usize = 64;

/// The most updates one `getUpdates` call returns.
const MAX_UPDATES_PER_CALL: usize = 100;

/// The text of the message a pushed callback query's button belongs to.
const EARLIER_MESSAGE_TEXT: &str = "An earlier message from the bot.";

/// Rate limits the fake enforces on `sendMessage`, `sendPhoto` and
/// `sendDocument` together.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FakeConfig {
    /// Max sends (`sendMessage`, `sendPhoto`, `sendDocument`) accepted in
    /// any sliding 1-second window across all chats; `None` = unlimited.
    pub global_per_second: Option<u32>,
    /// Minimum spacing between two accepted messages to the same chat
    /// (Telegram: ~1 s); `None` = unlimited.
    pub per_chat_spacing: Option<Duration>,
}

impl FakeConfig {
    /// No rate limits at all (the same as `FakeConfig::default()`).
    pub const UNLIMITED: FakeConfig = FakeConfig {
        global_per_second: None,
        per_chat_spacing: None,
    };

    /// Telegram's documented limits for bots: about 30 messages per second
    /// overall and one per second to the same chat.
    pub const TELEGRAM: FakeConfig = FakeConfig {
        global_per_second: Some(30),
        per_chat_spacing: Some(Duration::from_secs(1)),
    };
}

/// A `sendMessage` call the fake accepted.
#[derive(Clone, Debug, PartialEq)]
pub struct SentMessage {
    /// The chat it was sent to.
    pub chat_id: i64,
    /// Its text.
    pub text: String,
    /// Its `reply_markup` as sent (an inline keyboard, say), if any.
    pub reply_markup: Option<Value>,
    /// Its `parse_mode` (`HTML`), if any.
    pub parse_mode: Option<String>,
    /// Whether its link preview was turned off (`link_preview_options`).
    pub link_preview_disabled: bool,
    /// The id the fake gave it.
    pub message_id: i64,
    /// When the fake accepted it.
    pub at: Instant,
}

/// A command list the bot registered with `setMyCommands`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CommandList {
    /// The users' language it is for; `None` for everyone else.
    pub language_code: Option<String>,
    /// Each command and its description, in order.
    pub commands: Vec<(String, String)>,
}

/// What kind of file a [`SentFile`] is: which method sent it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FileKind {
    /// Sent with `sendPhoto`.
    Photo,
    /// Sent with `sendDocument`.
    Document,
}

impl FileKind {
    /// The parameter that carries the file (`photo`, `document`).
    fn field(self) -> &'static str {
        match self {
            FileKind::Photo => "photo",
            FileKind::Document => "document",
        }
    }

    /// The most bytes Telegram accepts for this kind of upload.
    fn max_bytes(self) -> usize {
        match self {
            FileKind::Photo => MAX_PHOTO_BYTES,
            FileKind::Document => MAX_DOCUMENT_BYTES,
        }
    }
}

/// A `sendPhoto` or `sendDocument` call the fake accepted.
#[derive(Clone, Debug, PartialEq)]
pub struct SentFile {
    /// The chat it was sent to.
    pub chat_id: i64,
    /// A photo or a document.
    pub kind: FileKind,
    /// The `filename` of the uploaded part (empty if the client sent none).
    pub file_name: String,
    /// Its caption as sent (with any HTML tags), empty if none.
    pub caption: String,
    /// The file's content, byte for byte.
    pub bytes: Vec<u8>,
    /// The id the fake gave the message that carries it.
    pub message_id: i64,
    /// When the fake accepted it.
    pub at: Instant,
}

/// A running fake Bot API server. Clones share the same server; it stops
/// when the last clone is dropped.
#[derive(Clone, Debug)]
pub struct FakeBotApi {
    shared: Arc<Shared>,
    handle: Arc<ServerHandle>,
}

/// Owns the server task's shutdown signal: dropping it stops the server.
#[derive(Debug)]
struct ServerHandle {
    addr: SocketAddr,
    _shutdown: oneshot::Sender<()>,
}

impl FakeBotApi {
    /// Starts a fake on `127.0.0.1` on a free port.
    pub async fn start(config: FakeConfig) -> std::io::Result<FakeBotApi> {
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", 0)).await?;
        let addr = listener.local_addr()?;
        let shared = Arc::new(Shared {
            config,
            state: Mutex::new(FakeState::default()),
            updates_pushed: Notify::new(),
            sent_recorded: Notify::new(),
        });
        let router = Router::new()
            .route("/{bot}/{method}", any(handle))
            .fallback(|| async { ApiError::NotFound })
            .layer(DefaultBodyLimit::max(MAX_REQUEST_BYTES))
            .with_state(shared.clone());
        let (shutdown, stopped) = oneshot::channel::<()>();
        tokio::spawn(async move {
            let server = axum::serve(listener, router).with_graceful_shutdown(async move {
                // Either a send or the sender's drop means "stop".
                let _ = stopped.await;
            });
            if let Err(error) = server.await {
                tracing::warn!(%error, "the fake Bot API server stopped");
            }
        });
        Ok(FakeBotApi {
            shared,
            handle: Arc::new(ServerHandle {
                addr,
                _shutdown: shutdown,
            }),
        })
    }

    /// The base URL to give `Bot::set_api_url` (or `TELOXIDE_API_URL`).
    pub fn api_url(&self) -> url::Url {
        url::Url::parse(&format!("http://{}/", self.handle.addr))
            .expect("a socket address makes a valid URL")
    }

    /// The token the fake accepts ([`TOKEN`]).
    pub fn token(&self) -> &str {
        TOKEN
    }

    /// A bot talking to this fake, with teloxide's usual client settings but
    /// no proxy (so a proxy in the environment cannot swallow localhost).
    pub fn bot(&self) -> teloxide::Bot {
        let client = teloxide::net::default_reqwest_settings()
            .no_proxy()
            .build()
            .expect("building an HTTP client for the fake Bot API");
        teloxide::Bot::with_client(TOKEN, client).set_api_url(self.api_url())
    }

    /// Makes later sends to `chat_id` fail with `403 Forbidden: bot was
    /// blocked by the user`, as when a user blocks the bot.
    pub fn block_chat(&self, chat_id: i64) {
        self.shared.lock().blocked.insert(chat_id);
    }

    /// Makes the fake answer `sendMessage`, `sendPhoto` and `sendDocument`
    /// calls to `chat_id` only after `d`, to test client timeouts. The call
    /// is decided (and, if accepted, recorded) when it arrives, so a client
    /// that gives up early still "sent" the message, as can happen with
    /// Telegram.
    pub fn delay_chat(&self, chat_id: i64, d: Duration) {
        self.shared.lock().delays.insert(chat_id, d);
    }

    /// The command lists registered with `setMyCommands`, in order.
    pub fn commands(&self) -> Vec<CommandList> {
        self.shared.lock().commands.clone()
    }

    /// Makes `chat_id`'s sends answer at once again (undoes
    /// [`FakeBotApi::delay_chat`]).
    pub fn clear_delay(&self, chat_id: i64) {
        self.shared.lock().delays.remove(&chat_id);
    }

    /// A storm of `429 Too Many Requests`: for the next `lasting`, every
    /// send to any chat is refused with `retry_after` = `retry_after`
    /// seconds, as when Telegram throttles a bot that overdid it.
    pub fn storm_429(&self, lasting: Duration, retry_after: u32) {
        self.shared.lock().storm = Some((Instant::now() + lasting, retry_after.max(1)));
    }

    /// Queues `update` for `getUpdates`, giving it the next `update_id` if it
    /// has none.
    pub fn push_update(&self, mut update: Value) {
        {
            let mut state = self.shared.lock();
            let id = match update.get("update_id").and_then(Value::as_i64) {
                Some(id) => id,
                // Telegram's update ids are positive.
                None => state.next_update_id.max(1),
            };
            state.next_update_id = state.next_update_id.max(id + 1);
            if let Value::Object(fields) = &mut update {
                fields.insert("update_id".to_owned(), id.into());
            }
            state.updates.push_back(update);
        }
        self.shared.updates_pushed.notify_waiters();
    }

    /// Queues a text message from the user `chat_id` in their private chat
    /// with the bot, as Telegram would deliver it (commands get their
    /// `bot_command` entity).
    pub fn push_text(&self, chat_id: i64, language_code: Option<&str>, text: &str) {
        let message_id = self.shared.lock().next_message_id();
        let mut message = message_json(
            chat_id,
            message_id,
            user_json(chat_id, language_code),
            text,
            None,
        );
        if text.starts_with('/') {
            let command = text.split_whitespace().next().unwrap_or(text);
            message["entities"] = json!([{
                "type": "bot_command",
                "offset": 0,
                "length": command.encode_utf16().count(),
            }]);
        }
        self.push_update(json!({ "message": message }));
    }

    /// Queues a press by the user `chat_id` on a button with `data`, on an
    /// earlier (still accessible) message from the bot in their private chat.
    /// That message is known to the fake, so the bot may edit it.
    pub fn push_callback(&self, chat_id: i64, language_code: Option<&str>, data: &str) {
        let markup = json!({ "inline_keyboard": [[{ "text": data, "callback_data": data }]] });
        let message_id = {
            let mut state = self.shared.lock();
            let message_id = state.next_message_id();
            state.messages.insert(
                (chat_id, message_id),
                KnownMessage {
                    text: EARLIER_MESSAGE_TEXT.to_owned(),
                    reply_markup: Some(markup.clone()),
                },
            );
            message_id
        };
        let message = message_json(
            chat_id,
            message_id,
            bot_user_json(),
            EARLIER_MESSAGE_TEXT,
            Some(&markup),
        );
        self.push_update(json!({
            "callback_query": {
                "id": format!("{chat_id}-{message_id}"),
                "from": user_json(chat_id, language_code),
                "message": message,
                "chat_instance": chat_id.to_string(),
                "data": data,
            }
        }));
    }

    /// The `sendMessage` calls accepted so far, in the order they were
    /// accepted.
    pub fn sent(&self) -> Vec<SentMessage> {
        self.shared.lock().sent.clone()
    }

    /// The photos and documents accepted so far (`sendPhoto`,
    /// `sendDocument`), in the order they were accepted.
    pub fn sent_files(&self) -> Vec<SentFile> {
        self.shared.lock().files.clone()
    }

    /// How many `sendMessage`, `sendPhoto` and `sendDocument` calls were
    /// refused with 429.
    pub fn rejected_429(&self) -> u64 {
        self.shared.lock().rejected_429
    }

    /// How many of those calls were refused with 429 because the
    /// global limit was reached (rather than one chat's spacing).
    pub fn rejected_429_global(&self) -> u64 {
        self.shared.lock().rejected_429_global
    }

    /// The most messages (texts, photos and documents) accepted within any
    /// one second (any sliding window of one second, as the global limit
    /// counts them): the global send rate the bot reached at its highest.
    pub fn max_sent_in_any_second(&self) -> usize {
        let mut times: Vec<Instant> = {
            let state = self.shared.lock();
            let texts = state.sent.iter().map(|m| m.at);
            texts.chain(state.files.iter().map(|f| f.at)).collect()
        };
        most_within(&mut times, Duration::from_secs(1))
    }

    /// How many `sendMessage`, `sendPhoto` and `sendDocument` calls were
    /// refused with 403.
    pub fn rejected_403(&self) -> u64 {
        self.shared.lock().rejected_403
    }

    /// How many calls of `method` (any case: `sendMessage`, `SendMessage`)
    /// arrived with the right token, whatever their outcome.
    pub fn calls(&self, method: &str) -> u64 {
        let method = method.to_ascii_lowercase();
        self.shared.lock().calls.get(&method).copied().unwrap_or(0)
    }

    /// The webhook URL and secret token last set with `setWebhook`.
    pub fn webhook(&self) -> Option<(String, Option<String>)> {
        self.shared.lock().webhook.clone()
    }

    /// Every message accepted from now on, as it is recorded.
    pub fn watch_sent(&self) -> tokio::sync::mpsc::UnboundedReceiver<SentMessage> {
        let (sender, receiver) = tokio::sync::mpsc::unbounded_channel();
        self.shared.lock().watchers.push(sender);
        receiver
    }

    /// Waits until at least `n` text messages were accepted; `false` if
    /// `timeout` passed first.
    pub async fn wait_for_sent(&self, n: usize, timeout: Duration) -> bool {
        self.wait_for_recorded(timeout, |state| state.sent.len() >= n)
            .await
    }

    /// Waits until at least `n` photos and documents were accepted; `false`
    /// if `timeout` passed first.
    pub async fn wait_for_sent_files(&self, n: usize, timeout: Duration) -> bool {
        self.wait_for_recorded(timeout, |state| state.files.len() >= n)
            .await
    }

    /// Waits until `done` holds of what was recorded; `false` if `timeout`
    /// passed first.
    async fn wait_for_recorded(
        &self,
        timeout: Duration,
        done: impl Fn(&FakeState) -> bool,
    ) -> bool {
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            let recorded = self.shared.sent_recorded.notified();
            tokio::pin!(recorded);
            // Registered before looking, so a send in between is not missed.
            recorded.as_mut().enable();
            if done(&self.shared.lock()) {
                return true;
            }
            if tokio::time::timeout_at(deadline, recorded).await.is_err() {
                return done(&self.shared.lock());
            }
        }
    }

    /// Forgets what was recorded — sent messages and files, rejection and
    /// call counts, and the rate-limit history — but keeps blocked and
    /// delayed chats, queued updates and the messages the bot may still
    /// edit.
    pub fn clear(&self) {
        let mut state = self.shared.lock();
        state.sent.clear();
        state.files.clear();
        state.rejected_429 = 0;
        state.rejected_429_global = 0;
        state.rejected_403 = 0;
        state.calls.clear();
        state.recent_sends.clear();
        state.last_send_to.clear();
    }
}

/// What the server task and the handles share.
#[derive(Debug)]
struct Shared {
    config: FakeConfig,
    state: Mutex<FakeState>,
    updates_pushed: Notify,
    sent_recorded: Notify,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, FakeState> {
        // A panicking test thread must not take every later call down too.
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// A message the bot may edit.
#[derive(Debug, Clone, PartialEq)]
struct KnownMessage {
    text: String,
    reply_markup: Option<Value>,
}

/// Everything mutable, behind one short-held lock.
#[derive(Debug, Default)]
struct FakeState {
    /// The command lists registered, in order.
    commands: Vec<CommandList>,
    last_message_id: i64,
    next_update_id: i64,
    updates: VecDeque<Value>,
    sent: Vec<SentMessage>,
    /// The photos and documents accepted.
    files: Vec<SentFile>,
    /// Listeners told of every accepted message as it is recorded.
    watchers: Vec<tokio::sync::mpsc::UnboundedSender<SentMessage>>,
    messages: HashMap<(i64, i64), KnownMessage>,
    rejected_429: u64,
    /// Those of the 429s that the global limit caused.
    rejected_429_global: u64,
    rejected_403: u64,
    calls: HashMap<String, u64>,
    /// The webhook set with `setWebhook`: its URL and secret token.
    webhook: Option<(String, Option<String>)>,
    blocked: HashSet<i64>,
    delays: HashMap<i64, Duration>,
    /// Until when every send is refused with 429, and its `retry_after`.
    storm: Option<(Instant, u32)>,
    /// When the sends still inside the global 1-second window were accepted.
    recent_sends: VecDeque<Instant>,
    /// When the last send to each chat was accepted.
    last_send_to: HashMap<i64, Instant>,
}

impl FakeState {
    fn next_message_id(&mut self) -> i64 {
        self.last_message_id += 1;
        self.last_message_id
    }

    /// How long until a send to `chat_id` would be within the limits, or
    /// `None` if it is now.
    fn wait_before_sending(
        &mut self,
        config: &FakeConfig,
        chat_id: i64,
        now: Instant,
    ) -> Option<Duration> {
        const WINDOW: Duration = Duration::from_secs(1);
        let mut wait = Duration::ZERO;
        if let Some(limit) = config.global_per_second {
            while self
                .recent_sends
                .front()
                .is_some_and(|at| now.duration_since(*at) >= WINDOW)
            {
                self.recent_sends.pop_front();
            }
            let limit = limit as usize;
            if limit == 0 {
                wait = WINDOW;
            } else if self.recent_sends.len() >= limit {
                // The send that must leave the window to make room.
                let leaving = self.recent_sends[self.recent_sends.len() - limit];
                wait = wait.max((leaving + WINDOW).saturating_duration_since(now));
            }
        }
        if let (Some(spacing), Some(last)) =
            (config.per_chat_spacing, self.last_send_to.get(&chat_id))
        {
            wait = wait.max((*last + spacing).saturating_duration_since(now));
        }
        (!wait.is_zero()).then_some(wait)
    }

    /// Counts a send to `chat_id` at `at` toward the rate limits.
    fn count_send(&mut self, config: &FakeConfig, chat_id: i64, at: Instant) {
        if config.global_per_second.is_some() {
            self.recent_sends.push_back(at);
        }
        if config.per_chat_spacing.is_some() {
            self.last_send_to.insert(chat_id, at);
        }
    }

    fn record_send(&mut self, config: &FakeConfig, sent: SentMessage) {
        self.count_send(config, sent.chat_id, sent.at);
        self.messages.insert(
            (sent.chat_id, sent.message_id),
            KnownMessage {
                text: sent.text.clone(),
                reply_markup: sent.reply_markup.clone(),
            },
        );
        self.watchers
            .retain(|watcher| watcher.send(sent.clone()).is_ok());
        self.sent.push(sent);
    }

    fn record_file(&mut self, config: &FakeConfig, file: SentFile) {
        self.count_send(config, file.chat_id, file.at);
        self.files.push(file);
    }

    /// Forgets the updates a `getUpdates` `offset` confirms.
    fn confirm_updates(&mut self, offset: i64) {
        if offset > 0 {
            while self
                .updates
                .front()
                .is_some_and(|update| update_id(update) < offset)
            {
                self.updates.pop_front();
            }
        } else if offset < 0 {
            // A negative offset keeps only the last -offset updates.
            let keep = usize::try_from(offset.unsigned_abs()).unwrap_or(usize::MAX);
            let drop = self.updates.len().saturating_sub(keep);
            self.updates.drain(..drop);
        }
    }
}

/// The most of `times` that fall within one `window` (a send at `t`
/// counts those after `t - window`, as the global limit does).
fn most_within(times: &mut [Instant], window: Duration) -> usize {
    times.sort();
    let mut most = 0;
    let mut first = 0;
    for (last, at) in times.iter().enumerate() {
        while at.duration_since(times[first]) >= window {
            first += 1;
        }
        most = most.max(last + 1 - first);
    }
    most
}

fn update_id(update: &Value) -> i64 {
    update["update_id"].as_i64().unwrap_or_default()
}

/// A Bot API error, as Telegram words it; the text is the `description`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
enum ApiError {
    #[error("Bad Request: {0}")]
    BadRequest(&'static str),
    #[error("Unauthorized")]
    Unauthorized,
    #[error("Forbidden: bot was blocked by the user")]
    Blocked,
    #[error("Not Found")]
    NotFound,
    #[error("Too Many Requests: retry after {0}")]
    TooManyRequests(u64),
    #[error("Request Entity Too Large")]
    RequestTooLarge,
}

impl ApiError {
    fn status(&self) -> StatusCode {
        match self {
            ApiError::BadRequest(_) => StatusCode::BAD_REQUEST,
            ApiError::Unauthorized => StatusCode::UNAUTHORIZED,
            ApiError::Blocked => StatusCode::FORBIDDEN,
            ApiError::NotFound => StatusCode::NOT_FOUND,
            ApiError::TooManyRequests(_) => StatusCode::TOO_MANY_REQUESTS,
            ApiError::RequestTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status = self.status();
        let mut body = json!({
            "ok": false,
            "error_code": status.as_u16(),
            "description": self.to_string(),
        });
        if let ApiError::TooManyRequests(seconds) = self {
            body["parameters"] = json!({ "retry_after": seconds });
        }
        json_response(status, &body)
    }
}

fn json_response(status: StatusCode, body: &Value) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "application/json")],
        body.to_string(),
    )
        .into_response()
}

/// `/bot<token>/<method>`, any HTTP method, any case of `<method>`.
async fn handle(
    State(shared): State<Arc<Shared>>,
    Path((bot, method)): Path<(String, String)>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    if bot.strip_prefix("bot") != Some(TOKEN) {
        return ApiError::Unauthorized.into_response();
    }
    let method = method.to_ascii_lowercase();
    *shared.lock().calls.entry(method.clone()).or_default() += 1;
    let body = match body {
        Ok(body) => body,
        Err(rejection) if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE => {
            return ApiError::RequestTooLarge.into_response();
        }
        Err(_) => return ApiError::BadRequest("can't read the request body").into_response(),
    };
    let result = match parse_params(query.as_deref(), &headers, &body) {
        Ok(params) => call(&shared, &method, &params).await,
        Err(error) => Err(error),
    };
    match result {
        Ok(result) => json_response(StatusCode::OK, &json!({ "ok": true, "result": result })),
        Err(error) => error.into_response(),
    }
}

async fn call(shared: &Shared, method: &str, params: &Params) -> Result<Value, ApiError> {
    match method {
        "getme" => Ok(me_json()),
        "sendmessage" => send_message(shared, params).await,
        "sendphoto" => send_file(shared, params, FileKind::Photo).await,
        "senddocument" => send_file(shared, params, FileKind::Document).await,
        "getupdates" => get_updates(shared, params).await,
        "editmessagetext" => edit_message(shared, params, Edit::Text),
        "editmessagereplymarkup" => edit_message(shared, params, Edit::ReplyMarkup),
        "setwebhook" => {
            let url = params.string("url").unwrap_or_default().to_owned();
            let secret = params.string("secret_token").map(str::to_owned);
            shared.lock().webhook = Some((url, secret));
            Ok(Value::Bool(true))
        }
        "deletewebhook" => {
            shared.lock().webhook = None;
            Ok(Value::Bool(true))
        }
        "getwebhookinfo" => Ok(json!({
            "url": shared.lock().webhook.as_ref().map_or("", |(url, _)| url.as_str()),
            "has_custom_certificate": false,
            "pending_update_count": shared.lock().updates.len(),
        })),
        "setmycommands" => {
            let commands = params
                .json("commands")
                .and_then(|c| c.as_array().cloned())
                .ok_or(ApiError::BadRequest("commands must be an array"))?
                .iter()
                .map(|c| {
                    let field = |k: &str| c.get(k).and_then(Value::as_str).unwrap_or("").to_owned();
                    (field("command"), field("description"))
                })
                .collect();
            let language_code = params.string("language_code").map(str::to_owned);
            shared.lock().commands.push(CommandList {
                language_code,
                commands,
            });
            Ok(Value::Bool(true))
        }
        "answercallbackquery" | "deletemycommands" => Ok(Value::Bool(true)),
        _ => Err(ApiError::NotFound),
    }
}

/// What Telegram shows of `text`: with `parse_mode` HTML the text without
/// tags, where the markup must parse (Telegram answers "can't parse
/// entities").
fn shown_text(text: &str, parse_mode: Option<&str>) -> Result<String, ApiError> {
    match parse_mode {
        Some(mode) if mode.eq_ignore_ascii_case("html") => {
            html::visible_text(text).map_err(|_| ApiError::BadRequest("can't parse entities"))
        }
        Some(_) => Err(ApiError::BadRequest("unsupported parse_mode")),
        None => Ok(text.to_owned()),
    }
}

/// Telegram's checks on a message's text and buttons. With `parse_mode`
/// HTML the markup must parse (Telegram answers "can't parse entities"),
/// and the limit counts the text without tags.
fn validate_message(
    text: &str,
    reply_markup: Option<&Value>,
    parse_mode: Option<&str>,
) -> Result<(), ApiError> {
    let shown = shown_text(text, parse_mode)?;
    if shown.trim().is_empty() {
        return Err(ApiError::BadRequest("message text is empty"));
    }
    // Telegram counts Unicode characters here (not UTF-16 units or bytes).
    if shown.chars().count() > MAX_TEXT_CHARS {
        return Err(ApiError::BadRequest("message is too long"));
    }
    validate_buttons(reply_markup)
}

/// Telegram's checks on a photo's or document's caption (which may be
/// empty) and buttons, counted as [`validate_message`] counts a text.
fn validate_caption(
    caption: &str,
    reply_markup: Option<&Value>,
    parse_mode: Option<&str>,
) -> Result<(), ApiError> {
    let shown = shown_text(caption, parse_mode)?;
    if shown.chars().count() > MAX_CAPTION_CHARS {
        return Err(ApiError::BadRequest("message caption is too long"));
    }
    validate_buttons(reply_markup)
}

/// Telegram's check on a message's inline buttons: callback data of at
/// most 64 bytes.
fn validate_buttons(reply_markup: Option<&Value>) -> Result<(), ApiError> {
    let buttons = reply_markup
        .and_then(|markup| markup.get("inline_keyboard"))
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_array)
        .flatten();
    for button in buttons {
        if let Some(data) = button.get("callback_data").and_then(Value::as_str)
            && data.len() > MAX_CALLBACK_DATA_BYTES
        {
            return Err(ApiError::BadRequest("BUTTON_DATA_INVALID"));
        }
    }
    Ok(())
}

/// Telegram's checks on an uploaded file: not empty, not too big, and for
/// a photo an image Telegram can read (the fake knows PNG and JPEG).
fn validate_file(kind: FileKind, bytes: &[u8]) -> Result<(), ApiError> {
    if bytes.is_empty() {
        return Err(ApiError::BadRequest("file must be non-empty"));
    }
    if bytes.len() > kind.max_bytes() {
        return Err(ApiError::BadRequest("file is too big"));
    }
    if kind == FileKind::Photo
        && !bytes.starts_with(PNG_SIGNATURE)
        && !bytes.starts_with(JPEG_SIGNATURE)
    {
        return Err(ApiError::BadRequest("IMAGE_PROCESS_FAILED"));
    }
    Ok(())
}

/// A PNG's width and height, from its first chunk (IHDR); `None` for
/// anything else.
fn png_size(bytes: &[u8]) -> Option<(u32, u32)> {
    // The chunk's length (4 bytes), its type, then width and height.
    let ihdr = bytes.strip_prefix(PNG_SIGNATURE)?.get(4..16)?;
    let (kind, size) = ihdr.split_at(4);
    if kind != b"IHDR" {
        return None;
    }
    let (width, height) = size.split_at(4);
    Some((
        u32::from_be_bytes(width.try_into().ok()?),
        u32::from_be_bytes(height.try_into().ok()?),
    ))
}

/// Whole seconds until `wait` is over, rounded up, at least one.
fn retry_after_seconds(wait: Duration) -> u64 {
    let seconds = wait.as_secs() + u64::from(wait.subsec_nanos() > 0);
    seconds.max(1)
}

/// Decides a send to `chat_id` as Telegram would: `403` if the chat blocked
/// the bot, `429` if a rate limit is reached, and otherwise accepts it,
/// giving it the next message id, counting it toward the limits and having
/// `record` record it (given the id and the time). Answers only after the
/// chat's delay, if it has one, whatever the outcome.
async fn deliver(
    shared: &Shared,
    chat_id: i64,
    record: impl FnOnce(&mut FakeState, i64, Instant),
) -> Result<i64, ApiError> {
    let now = Instant::now();
    let (outcome, delay) = {
        let mut state = shared.lock();
        let delay = state.delays.get(&chat_id).copied();
        let outcome = if state.blocked.contains(&chat_id) {
            state.rejected_403 += 1;
            Err(ApiError::Blocked)
        } else if let Some(retry_after) = state
            .storm
            .filter(|(until, _)| *until > now)
            .map(|(_, retry_after)| retry_after)
        {
            state.rejected_429 += 1;
            Err(ApiError::TooManyRequests(u64::from(retry_after)))
        } else if let Some(wait) = state.wait_before_sending(&shared.config, chat_id, now) {
            state.rejected_429 += 1;
            // The window was pruned to the last second just now.
            if shared
                .config
                .global_per_second
                .is_some_and(|limit| state.recent_sends.len() >= limit as usize)
            {
                state.rejected_429_global += 1;
            }
            Err(ApiError::TooManyRequests(retry_after_seconds(wait)))
        } else {
            let message_id = state.next_message_id();
            record(&mut state, message_id, now);
            Ok(message_id)
        };
        (outcome, delay)
    };
    if outcome.is_ok() {
        shared.sent_recorded.notify_waiters();
    }
    if let Some(delay) = delay {
        tokio::time::sleep(delay).await;
    }
    outcome
}

async fn send_message(shared: &Shared, params: &Params) -> Result<Value, ApiError> {
    let chat_id = params.chat_id()?;
    let text = params.string("text").unwrap_or_default();
    let reply_markup = params.reply_markup()?;
    let parse_mode = params.string("parse_mode").map(str::to_owned);
    validate_message(text, reply_markup.as_ref(), parse_mode.as_deref())?;
    let link_preview_disabled = params
        .json("link_preview_options")
        .and_then(|o| o.get("is_disabled").and_then(Value::as_bool))
        .unwrap_or(false);

    let message_id = deliver(shared, chat_id, |state, message_id, at| {
        state.record_send(
            &shared.config,
            SentMessage {
                chat_id,
                text: text.to_owned(),
                reply_markup: reply_markup.clone(),
                parse_mode: parse_mode.clone(),
                link_preview_disabled,
                message_id,
                at,
            },
        );
    })
    .await?;
    Ok(message_json(
        chat_id,
        message_id,
        bot_user_json(),
        text,
        reply_markup.as_ref(),
    ))
}

/// `sendPhoto` or `sendDocument`: validated like Telegram does, then sent
/// like `sendMessage` (same 403 and 429 rules), answered with a `Message`
/// carrying the photo (its size read from a PNG's header, else 0 × 0) or
/// the document.
async fn send_file(shared: &Shared, params: &Params, kind: FileKind) -> Result<Value, ApiError> {
    let chat_id = params.chat_id()?;
    let file = params.file(kind)?;
    let caption = params.string("caption").unwrap_or_default();
    let reply_markup = params.reply_markup()?;
    validate_caption(caption, reply_markup.as_ref(), params.string("parse_mode"))?;
    validate_file(kind, &file.bytes)?;

    let message_id = deliver(shared, chat_id, |state, message_id, at| {
        state.record_file(
            &shared.config,
            SentFile {
                chat_id,
                kind,
                file_name: file.file_name.clone(),
                caption: caption.to_owned(),
                bytes: file.bytes.to_vec(),
                message_id,
                at,
            },
        );
    })
    .await?;
    let mut message = message_base(chat_id, message_id, bot_user_json(), reply_markup.as_ref());
    if !caption.is_empty() {
        message["caption"] = caption.into();
    }
    let meta = json!({
        "file_id": format!("fake-{}-{message_id}", kind.field()),
        "file_unique_id": format!("fake-unique-{message_id}"),
        "file_size": file.bytes.len(),
    });
    match kind {
        FileKind::Photo => {
            let (width, height) = png_size(&file.bytes).unwrap_or((0, 0));
            let mut size = meta;
            size["width"] = width.into();
            size["height"] = height.into();
            message["photo"] = json!([size]);
        }
        FileKind::Document => {
            let mut document = meta;
            if !file.file_name.is_empty() {
                document["file_name"] = file.file_name.clone().into();
            }
            message["document"] = document;
        }
    }
    Ok(message)
}

/// What an edit call changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Edit {
    Text,
    ReplyMarkup,
}

fn edit_message(shared: &Shared, params: &Params, edit: Edit) -> Result<Value, ApiError> {
    if params.string("inline_message_id").is_some() {
        return Ok(Value::Bool(true));
    }
    let chat_id = params.chat_id()?;
    let message_id = params
        .integer("message_id")?
        .ok_or(ApiError::BadRequest("message identifier is not specified"))?;
    let reply_markup = params.reply_markup()?;
    let edited = {
        let mut state = shared.lock();
        if state.blocked.contains(&chat_id) {
            return Err(ApiError::Blocked);
        }
        let Some(known) = state.messages.get_mut(&(chat_id, message_id)) else {
            return Err(ApiError::BadRequest("message to edit not found"));
        };
        let text = match edit {
            Edit::Text => params.string("text").unwrap_or_default().to_owned(),
            Edit::ReplyMarkup => known.text.clone(),
        };
        validate_message(&text, reply_markup.as_ref(), params.string("parse_mode"))?;
        let edited = KnownMessage { text, reply_markup };
        if *known == edited {
            return Err(ApiError::BadRequest(
                "message is not modified: specified new message content and reply markup are \
                 exactly the same as a current content and reply markup of the message",
            ));
        }
        *known = edited.clone();
        edited
    };
    let mut message = message_json(
        chat_id,
        message_id,
        bot_user_json(),
        &edited.text,
        edited.reply_markup.as_ref(),
    );
    message["edit_date"] = unix_now().into();
    Ok(message)
}

async fn get_updates(shared: &Shared, params: &Params) -> Result<Value, ApiError> {
    let offset = params.integer("offset")?.unwrap_or(0);
    let limit = params
        .integer("limit")?
        .map_or(MAX_UPDATES_PER_CALL, |limit| {
            usize::try_from(limit.clamp(1, MAX_UPDATES_PER_CALL as i64))
                .unwrap_or(MAX_UPDATES_PER_CALL)
        });
    let timeout = params.integer("timeout")?.unwrap_or(0).max(0);
    let deadline = tokio::time::Instant::now() + Duration::from_secs(timeout.unsigned_abs());
    shared.lock().confirm_updates(offset);
    loop {
        let pushed = shared.updates_pushed.notified();
        tokio::pin!(pushed);
        // Registered before looking, so a push in between is not missed.
        pushed.as_mut().enable();
        {
            let state = shared.lock();
            if !state.updates.is_empty() {
                let updates: Vec<Value> = state.updates.iter().take(limit).cloned().collect();
                return Ok(Value::Array(updates));
            }
        }
        if tokio::time::timeout_at(deadline, pushed).await.is_err() {
            return Ok(json!([]));
        }
    }
}

fn unix_now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// The fake bot as a `User`.
fn bot_user_json() -> Value {
    json!({
        "id": BOT_ID,
        "is_bot": true,
        "first_name": "Velkommen (test)",
        "username": BOT_USERNAME,
    })
}

/// The fake bot as `getMe` describes it.
fn me_json() -> Value {
    let mut me = bot_user_json();
    me["can_join_groups"] = true.into();
    me["can_read_all_group_messages"] = false.into();
    me["supports_inline_queries"] = false.into();
    me["can_connect_to_business"] = false.into();
    me["has_main_web_app"] = false.into();
    me
}

/// The human user whose private chat with the bot is `chat_id`.
fn user_json(chat_id: i64, language_code: Option<&str>) -> Value {
    let mut user = json!({ "id": chat_id, "is_bot": false, "first_name": "Test" });
    if let Some(language_code) = language_code {
        user["language_code"] = language_code.into();
    }
    user
}

/// A private chat for positive ids, as for users; a group otherwise.
fn chat_json(chat_id: i64) -> Value {
    const SUPERGROUP_IDS_BELOW: i64 = -1_000_000_000_000;
    if chat_id > 0 {
        json!({ "id": chat_id, "type": "private", "first_name": "Test" })
    } else if chat_id < SUPERGROUP_IDS_BELOW {
        json!({ "id": chat_id, "type": "supergroup", "title": "Test supergroup" })
    } else {
        json!({ "id": chat_id, "type": "group", "title": "Test group" })
    }
}

fn message_json(
    chat_id: i64,
    message_id: i64,
    from: Value,
    text: &str,
    reply_markup: Option<&Value>,
) -> Value {
    let mut message = message_base(chat_id, message_id, from, reply_markup);
    message["text"] = text.into();
    message
}

/// A message without its content (text, photo, document...).
fn message_base(chat_id: i64, message_id: i64, from: Value, reply_markup: Option<&Value>) -> Value {
    let mut message = json!({
        "message_id": message_id,
        "from": from,
        "chat": chat_json(chat_id),
        "date": unix_now(),
    });
    if let Some(markup) = reply_markup {
        message["reply_markup"] = markup.clone();
    }
    message
}

#[cfg(test)]
mod tests {
    use super::form::*;
    use super::*;

    #[test]
    fn retry_after_rounds_up_to_whole_seconds_and_is_at_least_one() {
        assert_eq!(retry_after_seconds(Duration::from_millis(1)), 1);
        assert_eq!(retry_after_seconds(Duration::from_secs(1)), 1);
        assert_eq!(retry_after_seconds(Duration::from_millis(1001)), 2);
        assert_eq!(retry_after_seconds(Duration::from_millis(2500)), 3);
    }

    #[test]
    fn a_full_global_window_waits_for_its_oldest_send_to_leave() {
        let config = FakeConfig {
            global_per_second: Some(2),
            per_chat_spacing: None,
        };
        let mut state = FakeState::default();
        let start = Instant::now();
        state
            .recent_sends
            .extend([start, start + Duration::from_millis(300)]);

        let wait = state.wait_before_sending(&config, 1, start + Duration::from_millis(500));
        let later = state.wait_before_sending(&config, 1, start + Duration::from_millis(1000));

        assert_eq!(wait, Some(Duration::from_millis(500)));
        assert_eq!(later, None);
    }

    #[test]
    fn the_most_sends_within_a_second_count_as_the_limit_does() {
        let start = Instant::now();
        let ms = |n: u64| start + Duration::from_millis(n);
        let mut times = vec![ms(0), ms(400), ms(999), ms(1000), ms(1500), ms(1600)];

        let most = most_within(&mut times, Duration::from_secs(1));

        // 999, 1000, 1500 and 1600; at 1000 the send at 0 has left the
        // window, since the limit counts only what is less than 1 s old.
        assert_eq!(most, 4);
    }

    #[test]
    fn multipart_parts_are_cut_at_the_crlf_before_the_next_delimiter() {
        let body = Bytes::from_static(
            b"preamble\r\n--b\r\n\
              Content-Disposition: form-data; name=\"chat_id\"\r\n\r\n\
              42\r\n--b  \r\n\
              Content-Disposition: form-data; name=\"f\"; filename=\"a.bin\"\r\n\
              Content-Type: application/octet-stream\r\n\r\n\
              \r\n--bx\xff\r\n\r\n\r\n--b--\r\nepilogue",
        );

        let (fields, files) = parse_multipart(&body, "b");

        assert_eq!(fields["chat_id"], "42");
        assert_eq!(files.len(), 1);
        assert_eq!(files[0].name, "f");
        assert_eq!(files[0].file_name, "a.bin");
        assert_eq!(&files[0].bytes[..], b"\r\n--bx\xff\r\n\r\n");
    }

    #[test]
    fn a_part_cut_off_before_its_delimiter_is_ignored() {
        let body = Bytes::from_static(
            b"--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n\
              --b\r\nContent-Disposition: form-data; name=\"f\"; filename=\"x\"\r\n\r\nhalf",
        );

        let (fields, files) = parse_multipart(&body, "b");

        assert_eq!(fields["a"], "1");
        assert!(files.is_empty());
    }

    #[test]
    fn disposition_parameters_are_unquoted_and_decoded() {
        // reqwest escapes `"` and `\` in file names with a backslash.
        let escaped = disposition(
            "Content-Type: text/csv\r\n\
             content-disposition: form-data; name=\"doc\"; filename=\"a \\\"b\\\" ; c=\\\\.csv\"",
        );
        let extended = disposition(
            "Content-Disposition: form-data; name=file; filename=\"plain.csv\"; \
             filename*=utf-8''na%C3%AFve%20r%C3%B8d.csv",
        );
        let nameless = disposition("Content-Disposition: form-data; filename=\"x\"");

        assert_eq!(
            escaped,
            Some(("doc".to_owned(), Some("a \"b\" ; c=\\.csv".to_owned())))
        );
        assert_eq!(
            extended,
            Some(("file".to_owned(), Some("naïve rød.csv".to_owned())))
        );
        assert_eq!(nameless, None);
    }

    #[test]
    fn png_size_reads_the_ihdr_and_nothing_else() {
        let mut png = PNG_SIGNATURE.to_vec();
        png.extend_from_slice(&[0, 0, 0, 13]);
        png.extend_from_slice(b"IHDR");
        png.extend_from_slice(&1920u32.to_be_bytes());
        png.extend_from_slice(&1080u32.to_be_bytes());

        assert_eq!(png_size(&png), Some((1920, 1080)));
        assert_eq!(png_size(&png[..20]), None);
        assert_eq!(png_size(b"\xff\xd8\xff\xe0"), None);
    }

    #[test]
    fn find_finds_the_first_match_from_where_it_starts() {
        assert_eq!(find(b"abcabc", b"bc", 0), Some(1));
        assert_eq!(find(b"abcabc", b"bc", 2), Some(4));
        assert_eq!(find(b"abcabc", b"bc", 5), None);
        assert_eq!(find(b"ab", b"abc", 0), None);
        assert_eq!(find(b"aab", b"ab", 0), Some(1));
    }

    #[test]
    fn a_negative_offset_keeps_only_the_last_updates() {
        let mut state = FakeState::default();
        state
            .updates
            .extend((1..=5).map(|id| json!({ "update_id": id })));

        state.confirm_updates(-2);

        let ids: Vec<i64> = state.updates.iter().map(update_id).collect();
        assert_eq!(ids, [4, 5]);
    }
}
