//! Machine translation, for the words staff write in Norwegian and the
//! questions newcomers write in their own language. A [`Translator`] is
//! chosen in the configuration (none by default); what it translates is
//! always marked as machine-translated, with the original beside it, and a
//! translator that fails, is slow or has no such language never holds a
//! message back: the original goes, as without a translator. Only text is
//! sent — never a name or a chat id.

use std::collections::{BTreeSet, HashMap};
use std::sync::Mutex;

use async_trait::async_trait;
use serde::{Deserialize, Serialize};

use crate::i18n::{Locale, Tr};
use crate::outbox::{Button, Reply};

/// Which texts of an announcement or an event a translator wrote: their
/// readers are told so, with the Bokmål original a tap away.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Machine {
    /// The provider, as readers are told ("LibreTranslate").
    pub provider: String,
    /// The languages whose text is its translation of the Bokmål text.
    pub languages: BTreeSet<Locale>,
}

impl Machine {
    /// Whether `locale`'s text is a machine translation.
    pub fn wrote(&self, locale: Locale) -> bool {
        self.languages.contains(&locale)
    }
}

/// A text a reader can ask to see in the original: the button under a
/// machine translation carries it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Original {
    Announcement(i64),
    Event(i64),
}

impl Original {
    /// The button's callback data. The conversation's flow `og` reads it
    /// (its test keeps the two in step); the delivery worker, which
    /// queues announcements, cannot name the conversation.
    pub fn callback_data(self) -> String {
        match self {
            Original::Announcement(id) => format!("1:og:a:{id}"),
            Original::Event(id) => format!("1:og:e:{id}"),
        }
    }
}

/// Marks `reply` as a machine translation for its reader: a line in
/// their language naming the provider, and a button to the original.
pub fn mark(reply: &mut Reply, tr: &Tr, provider: &str, original: Original) {
    reply.text.push_str("\n\n");
    reply
        .text
        .push_str(&tr.msg_args("machine-translated", &crate::args!["provider" => provider]));
    reply.buttons.push(vec![Button {
        label: tr.msg("machine-original-button"),
        data: original.callback_data(),
    }]);
}

/// The longest translation used: a longer one (a translator gone wrong)
/// is dropped, so that the message still fits Telegram's 4 096
/// characters with its heading and the note.
pub const MAX_TRANSLATION_CHARS: usize = 3800;

/// Why a text was not translated.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum TranslateError {
    /// The provider has no such language.
    #[error("the translator has no {0}")]
    Unsupported(&'static str),
    /// The provider's quota or rate limit is used up.
    #[error("the translator's quota is used up")]
    Quota,
    /// Anything else: the network, a timeout, an error answer.
    #[error("translation failed: {0}")]
    Failed(String),
}

/// A machine translation service.
#[async_trait]
pub trait Translator: Send + Sync {
    /// Its name, as readers are told ("LibreTranslate").
    fn name(&self) -> &str;

    /// `text` from `from` into `to`.
    async fn translate(
        &self,
        text: &str,
        from: Locale,
        to: Locale,
    ) -> Result<String, TranslateError>;

    /// The translation, if it is at hand without asking the provider
    /// (so that usage counts only what was sent).
    fn remembered(&self, _text: &str, _from: Locale, _to: Locale) -> Option<String> {
        None
    }
}

/// How many translations [`Cached`] keeps.
const CACHE_ENTRIES: usize = 2_000;

/// A translator that asks its provider once per text and pair of
/// languages, and counts what it asked.
pub struct Cached<T> {
    inner: T,
    cache: Mutex<HashMap<(Locale, Locale, String), String>>,
    calls: std::sync::atomic::AtomicU64,
}

impl<T: Translator> Cached<T> {
    pub fn new(inner: T) -> Cached<T> {
        Cached {
            inner,
            cache: Mutex::new(HashMap::new()),
            calls: Default::default(),
        }
    }

    /// How many times the provider was asked.
    pub fn calls(&self) -> u64 {
        self.calls.load(std::sync::atomic::Ordering::Relaxed)
    }
}

#[async_trait]
impl<T: Translator> Translator for Cached<T> {
    fn name(&self) -> &str {
        self.inner.name()
    }

    fn remembered(&self, text: &str, from: Locale, to: Locale) -> Option<String> {
        self.cache
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .get(&(from, to, text.to_owned()))
            .cloned()
    }

    async fn translate(
        &self,
        text: &str,
        from: Locale,
        to: Locale,
    ) -> Result<String, TranslateError> {
        let key = (from, to, text.to_owned());
        if let Some(hit) = self
            .cache
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .get(&key)
        {
            return Ok(hit.clone());
        }
        self.calls
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let translated = self.inner.translate(text, from, to).await?;
        let mut cache = self
            .cache
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if cache.len() >= CACHE_ENTRIES {
            cache.clear();
        }
        cache.insert(key, translated.clone());
        Ok(translated)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Echo;

    #[async_trait]
    impl Translator for Echo {
        fn name(&self) -> &str {
            "Echo"
        }

        async fn translate(
            &self,
            text: &str,
            _from: Locale,
            to: Locale,
        ) -> Result<String, TranslateError> {
            Ok(format!("[{}] {text}", to.code()))
        }
    }

    #[tokio::test]
    async fn the_same_text_is_asked_for_once() {
        let cached = Cached::new(Echo);
        for _ in 0..3 {
            assert_eq!(
                cached.translate("Hei", Locale::Nb, Locale::Uk).await,
                Ok("[uk] Hei".into())
            );
        }
        cached
            .translate("Hei", Locale::Nb, Locale::Ar)
            .await
            .unwrap();
        assert_eq!(cached.calls(), 2);
    }
}
