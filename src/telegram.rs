//! The Telegram adapter: turns updates into engine [`Input`]s and replies
//! into Bot API calls. No business rules live here.

use std::sync::Arc;

use futures_util::StreamExt;
use futures_util::stream::BoxStream;
use teloxide::dispatching::{DpHandlerDescription, UpdateHandler};
use teloxide::dptree::HandlerDescription;
use teloxide::prelude::*;
use teloxide::stop::StopToken;
use teloxide::types::{
    AllowedUpdate, BotCommand, ChatId, InlineKeyboardButton, InlineKeyboardMarkup,
    LinkPreviewOptions, Me, UpdateKind,
};
use teloxide::update_listeners::{AsUpdateStream, UpdateListener};
use tokio::sync::Semaphore;

use crate::conversation::{Engine, Incoming, Input, Reply};

use crate::delivery::{SendBudget, SendOutcome, Sender};
use crate::i18n::{I18n, Locale};
use crate::newcomers::ChatKey;

mod polling;
mod webhook;
pub use polling::IN_FLIGHT;

/// Told when the handler is done with an update (by its id), so that the
/// listener can let Telegram know: polling by its next offset, a webhook
/// by answering the request.
trait Finish: Send + Sync {
    fn finish(&self, update: i32);
}

/// Where Telegram sends updates in webhook mode.
#[derive(Clone, Debug)]
pub struct WebhookConfig {
    /// `VELKOMMEN_WEBHOOK_URL`: the public HTTPS address Telegram posts to.
    pub url: url::Url,
    /// `VELKOMMEN_WEBHOOK_LISTEN`: the local address to listen on.
    pub listen: std::net::SocketAddr,
    /// `VELKOMMEN_WEBHOOK_SECRET`: the secret Telegram sends in every
    /// request's `X-Telegram-Bot-Api-Secret-Token`; when not given, made
    /// from the bot token, so that every instance of the bot agrees on it.
    pub secret: Option<String>,
}

/// The commands shown in Telegram's menu, with the key of their description.
pub const COMMANDS: [(&str, &str); 20] = [
    ("start", "command-start"),
    ("menu", "command-menu"),
    ("letter", "command-letter"),
    ("guide", "command-guide"),
    ("checklist", "command-checklist"),
    ("housing", "command-housing"),
    ("skills", "command-skills"),
    ("mentor", "command-mentor"),
    ("fadder", "command-fadder"),
    ("info", "command-info"),
    ("events", "command-events"),
    ("ask", "command-ask"),
    ("settings", "command-settings"),
    ("language", "command-language"),
    ("privacy", "command-privacy"),
    ("pause", "command-pause"),
    ("resume", "command-resume"),
    ("mydata", "command-mydata"),
    ("delete", "command-delete"),
    ("help", "command-help"),
];

/// A bot for `token`, talking to `api_url` if given (a local Bot API server).
pub fn bot(token: String, api_url: Option<url::Url>) -> Bot {
    let bot = Bot::new(token);
    match api_url {
        Some(url) => bot.set_api_url(url),
        None => bot,
    }
}

/// The command list in one locale.
pub fn commands(i18n: &I18n, locale: Locale) -> Vec<BotCommand> {
    let tr = i18n.tr(locale);
    COMMANDS
        .iter()
        .map(|(command, key)| BotCommand::new(*command, tr.msg(key)))
        .collect()
}

/// The bot's username, from `getMe` (every bot has one).
pub async fn bot_username(bot: &Bot) -> Result<Option<String>, teloxide::RequestError> {
    let me = bot.get_me().await?;
    Ok(me.user.username.clone())
}

/// Registers the commands for every shipped language (and English as the
/// default for everyone else) with `setMyCommands`. The eleven calls go out
/// at once: one after the other, they were most of the time to the first
/// `getUpdates` (a round trip to Telegram each).
pub async fn register_commands(bot: &Bot, i18n: &I18n) -> Result<(), teloxide::RequestError> {
    let per_language = Locale::ALL.into_iter().map(|locale| {
        bot.set_my_commands(commands(i18n, locale))
            .language_code(locale.telegram_code())
            .into_future()
    });
    let default = bot
        .set_my_commands(commands(i18n, Locale::En))
        .into_future();
    futures_util::future::try_join_all(per_language.chain([default])).await?;
    Ok(())
}

/// The handler tree, with replies not paced by any budget (tests and
/// benchmarks against a fake).
pub fn schema() -> UpdateHandler<anyhow::Error> {
    budgeted_schema(SendBudget::unlimited())
}

/// The handler tree; every reply first takes a slot of `budget`, the one
/// the outbox's messages take from too.
pub fn budgeted_schema(budget: SendBudget) -> UpdateHandler<anyhow::Error> {
    dptree::entry()
        .map(move || budget.clone())
        .branch(Update::filter_message().endpoint(on_message))
        .branch(Update::filter_edited_message().endpoint(on_edited_message))
        .branch(Update::filter_callback_query().endpoint(on_callback_query))
}

/// Receives updates by webhook until Ctrl-C: listens on `listen`, tells
/// Telegram the address and secret (`setWebhook`), and answers 401 to any
/// request without the secret. Stopping leaves the webhook set: behind a
/// load balancer the other instances still receive updates (and Telegram
/// keeps them for this one until it is back). Polling mode removes it.
pub async fn run_webhook(
    bot: Bot,
    engine: Engine,
    budget: SendBudget,
    webhook: &WebhookConfig,
    also: axum::Router,
) -> anyhow::Result<()> {
    use anyhow::Context as _;
    use teloxide::update_listeners::UpdateListener as _;
    let secret = match &webhook.secret {
        Some(secret) => secret.clone(),
        None => secret_from_token(bot.token()),
    };
    let path = match webhook.url.path() {
        "" => "/",
        path => path,
    };
    let (mut listener, waiters, router) = webhook::inbox(path, secret.clone());
    let stopped = listener.stopped();
    // The service's own routes (/healthz, /metrics) on the same port.
    let router = router.merge(also);
    // Listen for Ctrl-C before Telegram is told where to send: a signal
    // that came between `setWebhook` and the dispatcher's own handler
    // would otherwise be lost, and the instance would not stop.
    let interrupted = listener.stop_token();
    let mut interrupt = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::interrupt())
        .context("listening for Ctrl-C")?;
    tokio::spawn(async move {
        if interrupt.recv().await.is_some() {
            interrupted.stop();
        }
    });
    let tcp = tokio::net::TcpListener::bind(webhook.listen)
        .await
        .with_context(|| format!("listening on {}", webhook.listen))?;
    bot.set_webhook(webhook.url.clone())
        .secret_token(secret)
        .await
        .context("setting the webhook with Telegram")?;
    let stop = listener.stop_token();
    tokio::spawn(async move {
        let served = axum::serve(tcp, router)
            .with_graceful_shutdown(stopped)
            .await;
        if let Err(error) = served {
            tracing::error!(%error, "the webhook server stopped");
            stop.stop();
        }
    });
    let in_flight = Arc::new(Semaphore::new(IN_FLIGHT));
    let listener = Paced {
        inner: listener,
        in_flight: in_flight.clone(),
    };
    let handler = paced(
        budgeted_schema(budget),
        in_flight,
        Some(waiters as Arc<dyn Finish>),
    );
    Dispatcher::builder(bot, handler)
        .dependencies(dptree::deps![engine])
        .enable_ctrlc_handler()
        .build()
        .dispatch_with_listener(
            listener,
            teloxide::error_handlers::LoggingErrorHandler::with_custom_text(
                "receiving an update by webhook failed",
            ),
        )
        .await;
    Ok(())
}

/// The webhook secret when none is configured: made from the bot token
/// (which is secret as well), so every instance of one bot gives Telegram
/// the same secret and accepts what Telegram sends to any of them.
pub fn secret_from_token(token: &str) -> String {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(format!("velkommen webhook secret\n{token}"));
    // Hex digits are among the characters Telegram allows.
    digest.iter().map(|byte| format!("{byte:02x}")).collect()
}

/// Long-polls Telegram until Ctrl-C, with at most [`IN_FLIGHT`] updates
/// taken and not yet answered.
pub async fn run_polling(bot: Bot, engine: Engine, budget: SendBudget) {
    let listener = polling::Polling::new(bot.clone()).await;
    let ledger = listener.ledger.clone();
    let handler = paced(
        budgeted_schema(budget),
        listener.in_flight.clone(),
        Some(ledger.clone() as Arc<dyn Finish>),
    );
    Dispatcher::builder(bot.clone(), handler)
        .dependencies(dptree::deps![engine])
        .enable_ctrlc_handler()
        .build()
        .dispatch_with_listener(
            listener,
            teloxide::error_handlers::LoggingErrorHandler::with_custom_text(
                "An error from the update listener",
            ),
        )
        .await;
    // Stopped (Ctrl-C), with every update handed out done: Telegram is
    // told so, or the next start would get the last ones again.
    if let Err(error) = polling::confirm(&bot, &ledger).await {
        tracing::warn!(%error, "confirming the last updates failed");
    }
}

/// An update listener that takes the next update only when fewer than
/// [`IN_FLIGHT`] are being worked on; [`paced`] gives the place back when
/// the handler is done. (Polling does the same in [`polling::Polling`].)
struct Paced<L> {
    inner: L,
    in_flight: Arc<Semaphore>,
}

impl<'a, L> AsUpdateStream<'a> for Paced<L>
where
    L: AsUpdateStream<'a>,
    L::StreamErr: Send + 'a,
{
    type StreamErr = L::StreamErr;
    type Stream = BoxStream<'a, Result<Update, L::StreamErr>>;

    fn as_stream(&'a mut self) -> Self::Stream {
        let updates = Box::pin(self.inner.as_stream());
        let in_flight = self.in_flight.clone();
        futures_util::stream::unfold((updates, in_flight), |(mut updates, in_flight)| {
            async move {
                // Taken before reading, so no more are fetched than can be
                // worked on; the semaphore is never closed.
                in_flight.acquire().await.ok()?.forget();
                let next = updates.next().await;
                // The dispatcher drops what teloxide could not parse without
                // handling it, so its place is given back here.
                let dispatched =
                    matches!(&next, Some(Ok(update)) if !matches!(update.kind, UpdateKind::Error(_)));
                if !dispatched {
                    in_flight.add_permits(1);
                }
                Some((next?, (updates, in_flight)))
            }
        })
        .boxed()
    }
}

impl<L> UpdateListener for Paced<L>
where
    L: UpdateListener,
    L::Err: Send + 'static,
{
    type Err = L::Err;

    fn stop_token(&mut self) -> StopToken {
        self.inner.stop_token()
    }

    fn hint_allowed_updates(&mut self, hint: &mut dyn Iterator<Item = AllowedUpdate>) {
        self.inner.hint_allowed_updates(hint);
    }
}

/// `handler`, giving an update's place in `in_flight` back when it is
/// done with it, whatever the outcome (a panic included), and noting it
/// done in `ledger` (the listener lets Telegram know then).
fn paced(
    handler: UpdateHandler<anyhow::Error>,
    in_flight: Arc<Semaphore>,
    ledger: Option<Arc<dyn Finish>>,
) -> UpdateHandler<anyhow::Error> {
    struct Done(Arc<Semaphore>, Option<(Arc<dyn Finish>, i32)>);
    impl Drop for Done {
        fn drop(&mut self) {
            if let Some((ledger, update)) = &self.1 {
                ledger.finish(*update);
            }
            self.0.add_permits(1);
        }
    }
    dptree::from_fn_with_description(
        DpHandlerDescription::entry(),
        move |deps, cont| {
            let update = deps.try_get::<Update>().map(|u| u.id.0 as i32);
            let done = Done(in_flight.clone(), ledger.clone().zip(update));
            async move {
                let outcome = cont(deps).await;
                drop(done);
                outcome
            }
        },
        dptree::HandlerSignature::Entry,
    )
    .chain(handler)
}

fn language_code(user: Option<&teloxide::types::User>) -> Option<String> {
    user.and_then(|u| u.language_code.clone())
}

/// Whether a group message is a command meant for this bot.
fn is_command_for_us(text: &str, me: &Me) -> bool {
    let Some(command) = text.strip_prefix('/') else {
        return false;
    };
    let head = command.split_whitespace().next().unwrap_or_default();
    match head.split_once('@') {
        Some((_, username)) => username.eq_ignore_ascii_case(me.username()),
        None => true,
    }
}

/// The text of our own message that `msg` replies to, if it does.
fn quoted_from_us(msg: &Message, me: &Me) -> Option<String> {
    let replied = msg.reply_to_message()?;
    let ours = replied.from.as_ref().is_some_and(|user| user.id == me.id);
    ours.then(|| replied.text().unwrap_or_default().to_owned())
}

async fn on_message(
    bot: Bot,
    update: Update,
    msg: Message,
    me: Me,
    engine: Engine,
    budget: SendBudget,
) -> anyhow::Result<()> {
    let quoted = quoted_from_us(&msg, &me);
    let input = if !msg.chat.is_private() {
        // In groups, answer only commands addressed to us and replies to our
        // messages; stay quiet otherwise.
        match (msg.text(), quoted) {
            (Some(text), Some(quoted)) if !text.starts_with('/') => Input::GroupReply {
                quoted,
                text: text.to_owned(),
            },
            (Some(text), _) if is_command_for_us(text, &me) => match Input::from_text(text) {
                Input::Command { name, args } => Input::GroupCommand { name, args },
                _ => Input::GroupCommand {
                    name: "start".into(),
                    args: String::new(),
                },
            },
            _ => return Ok(()),
        }
    } else {
        match (msg.text(), quoted) {
            (Some(text), Some(quoted)) if !text.starts_with('/') => Input::Reply {
                quoted,
                text: text.to_owned(),
            },
            (Some(text), _) => Input::from_text(text),
            (None, _) => Input::Unsupported,
        }
    };
    let incoming = Incoming {
        chat: ChatKey::telegram(msg.chat.id.0),
        language_code: language_code(msg.from.as_ref()),
        input,
        update: Some(i64::from(update.id.0)),
    };
    let replies = handle(&engine, "message", incoming).await;
    send(&bot, &budget, msg.chat.id, &engine, replies).await;
    Ok(())
}

/// Hands an update to the engine, counting it and timing the turn.
async fn handle(engine: &Engine, kind: &str, incoming: Incoming) -> Vec<Reply> {
    let metrics = engine.metrics();
    metrics.updates.with_label_values(&[kind]).inc();
    let timer = metrics.turn_seconds.start_timer();
    let replies = engine.handle(incoming).await;
    timer.observe_duration();
    replies
}

async fn on_edited_message(
    bot: Bot,
    update: Update,
    msg: Message,
    engine: Engine,
    budget: SendBudget,
) -> anyhow::Result<()> {
    if !msg.chat.is_private() {
        return Ok(());
    }
    let incoming = Incoming {
        chat: ChatKey::telegram(msg.chat.id.0),
        language_code: language_code(msg.from.as_ref()),
        input: Input::Edited,
        update: Some(i64::from(update.id.0)),
    };
    let replies = handle(&engine, "edited", incoming).await;
    send(&bot, &budget, msg.chat.id, &engine, replies).await;
    Ok(())
}

async fn on_callback_query(
    bot: Bot,
    update: Update,
    query: CallbackQuery,
    engine: Engine,
    budget: SendBudget,
) -> anyhow::Result<()> {
    // Always answer, so the button stops spinning, whatever happens next.
    if let Err(error) = bot.answer_callback_query(query.id.clone()).await {
        tracing::warn!(%error, "answering a callback query failed");
    }
    let chat = match &query.message {
        Some(message) if message.chat().is_private() => message.chat().id,
        Some(_) => return Ok(()),
        None => ChatId(query.from.id.0 as i64),
    };
    let incoming = Incoming {
        chat: ChatKey::telegram(chat.0),
        language_code: query.from.language_code.clone(),
        input: Input::Button(query.data.clone().unwrap_or_default()),
        update: Some(i64::from(update.id.0)),
    };
    let replies = handle(&engine, "callback", incoming).await;
    send(&bot, &budget, chat, &engine, replies).await;
    Ok(())
}

fn keyboard(reply: &Reply) -> InlineKeyboardMarkup {
    InlineKeyboardMarkup::new(reply.buttons.iter().map(|row| {
        row.iter()
            .map(|b| InlineKeyboardButton::callback(b.label.clone(), b.data.clone()))
            .collect::<Vec<_>>()
    }))
}

/// Sends a file (a chart as a photo, a spreadsheet as a document) with
/// the reply's text as its caption, as multipart.
async fn send_file(
    bot: &Bot,
    chat: ChatId,
    reply: &Reply,
    file: &crate::outbox::Attachment,
) -> Result<Message, teloxide::RequestError> {
    use crate::outbox::FileKind;
    let input = teloxide::types::InputFile::memory(file.bytes.clone()).file_name(file.name.clone());
    let caption: String = reply
        .text
        .chars()
        .take(crate::outbox::MAX_CAPTION_CHARS)
        .collect();
    match file.kind {
        FileKind::Photo => bot.send_photo(chat, input).caption(caption).await,
        FileKind::Document => bot.send_document(chat, input).caption(caption).await,
    }
}

/// Sends one message as plain text without a link preview (or, with a
/// file, the file with the text as its caption).
async fn send_one(
    bot: &Bot,
    chat: ChatId,
    reply: &Reply,
    paid_broadcast: bool,
) -> Result<Message, teloxide::RequestError> {
    if let Some(file) = &reply.file {
        return send_file(bot, chat, reply, file).await;
    }
    let mut request = bot
        .send_message(chat, reply.text.clone())
        .link_preview_options(LinkPreviewOptions {
            is_disabled: true,
            url: None,
            prefer_small_media: false,
            prefer_large_media: false,
            show_above_text: false,
        });
    if !reply.buttons.is_empty() {
        request = request.reply_markup(keyboard(reply));
    }
    if reply.html {
        request = request.parse_mode(teloxide::types::ParseMode::Html);
    }
    if paid_broadcast {
        request = request.allow_paid_broadcast(true);
    }
    request.await
}

/// Sends the replies in order, each after taking a slot of the send
/// budget. When Telegram asks to wait (about one message a second per
/// chat), the reply waits as long as it says and goes out then, rather
/// than being lost.
async fn send(bot: &Bot, budget: &SendBudget, chat: ChatId, engine: &Engine, replies: Vec<Reply>) {
    let metrics = engine.metrics();
    for reply in replies {
        loop {
            let permit = match budget.take().await {
                Ok(permit) => Some(permit),
                Err(error) => {
                    // A reply matters more than the pace; Telegram's 429
                    // still holds it back if needed.
                    tracing::warn!(%error, "the send budget is unavailable; replying anyway");
                    None
                }
            };
            let sent = send_one(bot, chat, &reply, false).await;
            if let Some(permit) = permit {
                permit.used().await;
            }
            match sent {
                Ok(_) => {
                    metrics.replies.inc();
                    break;
                }
                Err(teloxide::RequestError::RetryAfter(wait)) => {
                    metrics.rate_limited.inc();
                    tokio::time::sleep(wait.duration()).await;
                }
                Err(error @ teloxide::RequestError::Network(_)) => {
                    // Most often a timeout, after which the message may
                    // well have arrived: not sent again, but the rest of
                    // the turn's replies still go.
                    tracing::warn!(%error, "sending a reply failed");
                    break;
                }
                Err(error) => {
                    // The text is personal; only the error is logged.
                    tracing::warn!(%error, "sending a reply failed");
                    return;
                }
            }
        }
    }
}

/// Delivers outbox messages through the Bot API.
pub struct TelegramSender {
    pub bot: Bot,
    /// Use Telegram's paid broadcast (higher limits, billed in Stars).
    pub paid_broadcast: bool,
}

#[async_trait::async_trait]
impl Sender for TelegramSender {
    async fn send(&self, chat: ChatKey, message: &Reply) -> SendOutcome {
        match send_one(&self.bot, ChatId(chat.id), message, self.paid_broadcast).await {
            Ok(_) => SendOutcome::Sent,
            Err(error) => classify(error),
        }
    }
}

/// What a Bot API error means for a delivery. teloxide recognises only some
/// "Forbidden" wordings, so any `Forbidden:` counts as unreachable.
pub fn classify(error: teloxide::RequestError) -> SendOutcome {
    use teloxide::RequestError;
    match error {
        RequestError::RetryAfter(seconds) => SendOutcome::RetryAfter(seconds.duration()),
        RequestError::Api(api) => {
            let text = api.to_string();
            let unreachable = [
                "Forbidden:",
                "chat not found",
                "bot can't initiate",
                "user is deactivated",
            ];
            if unreachable.iter().any(|needle| text.contains(needle)) {
                SendOutcome::Unreachable(text)
            } else {
                SendOutcome::Rejected(text)
            }
        }
        RequestError::MigrateToChatId(_) => SendOutcome::Rejected(error.to_string()),
        RequestError::Network(_) | RequestError::Io(_) | RequestError::InvalidJson { .. } => {
            SendOutcome::Transient(error.to_string())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_secret_made_from_a_token_is_the_same_each_time_and_valid_for_telegram() {
        let secret = secret_from_token("123456:ABC");

        assert_eq!(secret, secret_from_token("123456:ABC"));
        assert_ne!(secret, secret_from_token("123456:ABD"));
        assert_eq!(secret.len(), 64);
        assert!(secret.bytes().all(|b| b.is_ascii_alphanumeric()));
        assert!(!secret.contains("ABC"), "the token does not show through");
    }
}
