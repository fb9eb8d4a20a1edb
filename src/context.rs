//! What every part of the running service works with — the store, the
//! locales, the content, the clock and the quiet hours — passed explicitly
//! (no globals). Below the engine and the workers; `app` builds it.

use std::sync::Arc;

use anyhow::Context as _;

use crate::clock::Clock;
use crate::content::Content;
use crate::i18n::I18n;
use crate::store::Store;

/// Everything a request handler needs, passed explicitly.
#[derive(Clone)]
pub struct AppState {
    pub store: Arc<dyn Store>,
    pub i18n: Arc<I18n>,
    pub content: Arc<Content>,
    pub clock: Arc<dyn Clock>,
    /// When ordinary messages wait for the morning (the delivery worker's
    /// setting), so staff are told when theirs will go out.
    pub quiet_hours: Option<crate::when::QuietHours>,
    /// Wakes the scheduler at once (an announcement to send now) instead of
    /// at its next look.
    pub scheduler_wake: Arc<tokio::sync::Notify>,
    /// Periodic work this process has already seen to (keys such as
    /// `matching:vestvagoy:2026-W49`), so it is looked at once, not on every
    /// scheduler step. Only a cache: the database decides who does it.
    pub done_this_period: Arc<std::sync::Mutex<std::collections::HashSet<String>>>,
    /// Machine translation, if configured (none by default).
    pub translator: Option<Arc<dyn crate::translate::Translator>>,
    /// Whether questions and answers of cases are translated too.
    pub translate_cases: bool,
    /// How long personal data is kept (see [`crate::retention`]).
    pub retention: crate::retention::Retention,
    /// What the running service counts (`/metrics`).
    pub metrics: Arc<crate::metrics::Metrics>,
    /// The bot's Telegram username (from `getMe`, or configured), for the
    /// QR codes of printed letters and posters; `None` when unknown.
    pub bot_username: Option<String>,
}

impl AppState {
    /// The insight of a municipality for a period: its pulse answers
    /// (without people) and its mentor matches.
    pub async fn insight(
        &self,
        municipality: &str,
        from: chrono::DateTime<chrono::Utc>,
        to: chrono::DateTime<chrono::Utc>,
    ) -> Result<crate::insight::Insight, crate::store::StoreError> {
        use crate::mentors::MatchStatus;
        let responses: Vec<crate::insight::Response> = self
            .store
            .pulse_responses(municipality, from, to)
            .await?
            .into_iter()
            .map(|r| crate::insight::Response {
                category: r.category,
                months_here: r.months_here,
                answers: r.answers,
                at: r.created_at,
            })
            .collect();
        let matches = self
            .store
            .matches_in(municipality, &[MatchStatus::Active, MatchStatus::Ended])
            .await?;
        let within =
            |at: Option<chrono::DateTime<chrono::Utc>>| at.is_some_and(|at| at >= from && at < to);
        let counts = crate::insight::Matches {
            started: matches.iter().filter(|m| within(m.started_at)).count() as u64,
            running: matches
                .iter()
                .filter(|m| m.started_at.is_some_and(|at| at < to))
                .filter(|m| m.ended_at.is_none_or(|at| at >= to))
                .count() as u64,
            ended: matches.iter().filter(|m| within(m.ended_at)).count() as u64,
        };
        Ok(crate::insight::Insight::build(&responses, counts, from, to))
    }

    /// Builds the state from parts already loaded, and records the
    /// municipalities in the database.
    pub async fn assemble(
        store: Arc<dyn Store>,
        i18n: I18n,
        content: Content,
        clock: Arc<dyn Clock>,
    ) -> anyhow::Result<AppState> {
        let municipalities: Vec<(String, String)> = content
            .municipalities()
            .map(|m| (m.slug.clone(), m.name.clone()))
            .collect();
        store
            .sync_municipalities(&municipalities, clock.now())
            .await
            .context("recording the municipalities")?;
        Ok(AppState {
            store,
            i18n: Arc::new(i18n),
            content: Arc::new(content),
            clock,
            quiet_hours: Some(crate::when::QuietHours::evening_to_morning()),
            scheduler_wake: Arc::new(tokio::sync::Notify::new()),
            done_this_period: Default::default(),
            translator: None,
            translate_cases: false,
            retention: Default::default(),
            metrics: Arc::new(crate::metrics::Metrics::new()),
            bot_username: None,
        })
    }
}

impl AppState {
    /// Whether questions and answers of `municipality`'s cases are
    /// machine-translated: a translator, the service allowing it, and the
    /// municipality not having turned it off.
    pub fn translates_cases(&self, municipality: &str) -> bool {
        self.translator.is_some()
            && self.translate_cases
            && self
                .content
                .municipality(municipality)
                .is_none_or(|m| m.translation.cases)
    }

    /// `text` from `from` into `to` for `municipality`'s people, counting
    /// what is sent to the provider (a remembered translation is not sent
    /// again); `None` without a translator. A translation longer than
    /// [`MAX_TRANSLATION_CHARS`](crate::translate::MAX_TRANSLATION_CHARS)
    /// counts as failed.
    pub async fn translate(
        &self,
        municipality: &str,
        text: &str,
        from: crate::i18n::Locale,
        to: crate::i18n::Locale,
    ) -> Option<Result<String, crate::translate::TranslateError>> {
        use crate::translate::{MAX_TRANSLATION_CHARS, TranslateError};
        let translator = self.translator.as_ref()?;
        if let Some(remembered) = translator.remembered(text, from, to) {
            return Some(Ok(remembered));
        }
        let result = translator.translate(text, from, to).await;
        if !matches!(result, Err(TranslateError::Unsupported(_))) {
            let month = self
                .clock
                .now()
                .with_timezone(&chrono_tz::Europe::Oslo)
                .format("%Y-%m")
                .to_string();
            let characters = text.chars().count() as u64;
            if let Err(error) = self
                .store
                .count_translation(municipality, &month, translator.name(), characters)
                .await
            {
                tracing::warn!(%error, "a translation was not counted");
            }
        }
        Some(result.and_then(|translated| {
            if translated.chars().count() > MAX_TRANSLATION_CHARS {
                Err(TranslateError::Failed("the translation is too long".into()))
            } else {
                Ok(translated)
            }
        }))
    }
}

impl AppState {
    /// Writes a staff action to the audit log.
    pub async fn audit(
        &self,
        municipality: &str,
        actor: crate::audit::Actor,
        action: crate::audit::Action,
        subject: impl Into<String>,
    ) -> Result<(), crate::store::StoreError> {
        let entry = crate::audit::NewEntry {
            municipality: municipality.to_owned(),
            actor,
            action,
            subject: subject.into(),
        };
        self.store.append_audit(&entry, self.clock.now()).await
    }
}
