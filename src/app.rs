//! Assembles the service: configuration, database, locales, content, clock;
//! and runs it.

use std::sync::Arc;

use anyhow::{Context, bail};

use crate::clock::Clock;
use crate::config::Config;
use crate::content::Content;
use crate::delivery::{DeliveryWorker, SendBudget};
use crate::i18n::I18n;
use crate::scheduler::Scheduler;
use crate::store::{self, Store};

pub use crate::context::AppState;

impl AppState {
    /// Loads locales and content, opens and migrates the database, and
    /// records the municipalities the content packs define; the quiet hours
    /// come from the delivery settings.
    pub async fn build(config: &Config, clock: Arc<dyn Clock>) -> anyhow::Result<AppState> {
        let i18n = load_i18n()?;
        let content = load_content(config, clock.as_ref())?;
        let store = open_store(&config.database_url).await?;
        let mut state = AppState::assemble(store, i18n, content, clock).await?;
        state.quiet_hours = config.delivery.quiet_hours;
        state.retention = config.retention;
        state.bot_username = config.bot_username.clone();
        if let Some(translator) = &config.translator {
            state.translator = Some(build_translator(translator)?);
            state.translate_cases = translator.cases;
        }
        Ok(state)
    }
}

/// Loads the compiled-in locales.
pub fn load_i18n() -> anyhow::Result<I18n> {
    I18n::load().map_err(|problems| {
        let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
        anyhow::anyhow!("the locales have problems:\n{}", list.join("\n"))
    })
}

/// Loads and validates the content packs; warnings are logged.
pub fn load_content(config: &Config, clock: &dyn Clock) -> anyhow::Result<Content> {
    let (content, warnings) = Content::load(&config.content_dir, clock.today_in_oslo())
        .map_err(|e| anyhow::anyhow!("the content packs have problems:\n{e}"))?;
    for warning in warnings {
        tracing::warn!("{warning}");
    }
    Ok(content)
}

/// Opens the database and applies the migrations.
pub async fn open_store(url: &str) -> anyhow::Result<Arc<dyn Store>> {
    let redacted = store::redact(url);
    let store = store::open(url)
        .await
        .with_context(|| format!("opening the database {redacted}"))?;
    store
        .migrate()
        .await
        .with_context(|| format!("migrating the database {redacted}"))?;
    Ok(store)
}

/// What `serve` says when there is no bot token.
pub const NO_TOKEN_HELP: &str = "TELOXIDE_TOKEN is not set. Create a bot with @BotFather in Telegram \
(send /newbot), then run: TELOXIDE_TOKEN=<the token> velkommen serve   \
(to try velkommen without Telegram: velkommen chat)";

/// Runs the Telegram bot (long polling, or a webhook) until Ctrl-C.
pub async fn serve(config: Config, clock: Arc<dyn Clock>) -> anyhow::Result<()> {
    let Some(token) = config.telegram_token.clone() else {
        bail!(NO_TOKEN_HELP);
    };
    let mut state = AppState::build(&config, clock).await?;
    let bot = crate::telegram::bot(token, config.telegram_api_url.clone());
    crate::telegram::register_commands(&bot, &state.i18n)
        .await
        .context("registering the bot's commands with Telegram")?;
    // The QR codes on printed letters and posters open this bot.
    state.bot_username = crate::telegram::bot_username(&bot)
        .await
        .context("asking Telegram for the bot's username (getMe)")?
        .or(state.bot_username);
    tracing::info!(
        municipalities = state.content.municipalities().count(),
        database = %store::redact(&config.database_url),
        "velkommen is running"
    );
    let (stop, stopped) = tokio::sync::watch::channel(false);
    let sender = Arc::new(crate::telegram::TelegramSender {
        bot: bot.clone(),
        paid_broadcast: config.paid_broadcast,
    });
    // One budget for the outbox and the direct replies; on PostgreSQL
    // shared with every instance.
    let budget = SendBudget::for_store(state.store.clone(), config.delivery.global_per_second)
        .await
        .context("preparing the send budget")?;
    let worker = DeliveryWorker::new(
        state.store.clone(),
        sender,
        state.clock.clone(),
        config.delivery.clone(),
    )
    .with_budget(budget.clone())
    .with_metrics(state.metrics.clone());
    let delivery = tokio::spawn(worker.run_until_stopped(stopped.clone()));
    let scheduler = Scheduler::new(state.clone())
        .with_retention(config.outbox_retention)
        .with_task(match_keeping())
        .with_task(followup_keeping())
        .with_task(retention_keeping());
    let health = config
        .metrics_listen
        .filter(|_| config.webhook.is_none())
        .map(|listen| tokio::spawn(crate::web::serve(state.clone(), listen, stopped.clone())));
    let scheduler = tokio::spawn(scheduler.run_until_stopped(stopped));
    match &config.webhook {
        Some(webhook) => {
            tracing::info!(listen = %webhook.listen, "receiving updates by webhook");
            crate::telegram::run_webhook(
                bot,
                state.engine(),
                budget,
                webhook,
                crate::web::router(state.clone()),
            )
            .await?
        }
        None => crate::telegram::run_polling(bot, state.engine(), budget).await,
    }
    // The dispatcher stops on Ctrl-C; the worker finishes its current send.
    let _ = stop.send(true);
    delivery.await.context("the delivery worker panicked")?;
    if let Some(health) = health {
        match health.await {
            Ok(Err(error)) => tracing::error!(%error, "/healthz and /metrics stopped"),
            Err(error) => tracing::error!(%error, "/healthz and /metrics panicked"),
            Ok(Ok(())) => {}
        }
    }
    scheduler.await.context("the scheduler panicked")?;
    Ok(())
}

/// The engine's check-ins and alerts of running mentor matches, as a
/// scheduler task.
pub fn match_keeping() -> crate::scheduler::Task {
    std::sync::Arc::new(|app: AppState, now| {
        Box::pin(async move {
            crate::conversation::keep_matches(&app, now)
                .await
                .map_err(crate::conversation::EngineError::into_store)
        })
    })
}

/// The configured machine translation provider, remembering what it
/// translated.
fn build_translator(
    config: &crate::config::TranslatorConfig,
) -> anyhow::Result<Arc<dyn crate::translate::Translator>> {
    use crate::config::TranslatorKind;
    use crate::translate::Cached;
    use crate::translators::{Azure, LibreTranslate};
    let translator: Arc<dyn crate::translate::Translator> = match &config.provider {
        TranslatorKind::LibreTranslate => Arc::new(Cached::new(
            LibreTranslate::new(config.url.clone(), config.key.clone())
                .map_err(|e| anyhow::anyhow!("the translator: {e}"))?,
        )),
        TranslatorKind::Azure { region } => Arc::new(Cached::new(
            Azure::new(
                config.url.clone(),
                config.key.clone().unwrap_or_default(),
                region.clone(),
            )
            .map_err(|e| anyhow::anyhow!("the translator: {e}"))?,
        )),
    };
    tracing::info!(provider = translator.name(), "machine translation");
    Ok(translator)
}

/// The retention job, as a scheduler task (it runs once a day).
pub fn retention_keeping() -> crate::scheduler::Task {
    std::sync::Arc::new(|app: AppState, now| {
        Box::pin(async move {
            crate::conversation::keep_retention(&app, now)
                .await
                .map_err(crate::conversation::EngineError::into_store)
        })
    })
}

/// The follow-ups that are due, as a scheduler task.
pub fn followup_keeping() -> crate::scheduler::Task {
    std::sync::Arc::new(|app: AppState, now| {
        Box::pin(async move {
            crate::conversation::keep_followups(&app, now)
                .await
                .map_err(crate::conversation::EngineError::into_store)
        })
    })
}
