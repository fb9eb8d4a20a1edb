//! Machine translation, for the words staff write in Norwegian and the
//! questions newcomers write in their own language. A [`Translator`] is
//! chosen in the configuration (none by default); what it translates is
//! always marked as machine-translated, with the original beside it, and a
//! translator that fails, is slow or has no such language never holds a
//! message back: the original goes, as without a translator. Only text is
//! sent — never a name or a chat id.

use std::collections::HashMap;
use std::sync::Mutex;

use async_trait::async_trait;

use crate::i18n::Locale;

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
