//! What each municipality has sent to a machine translation provider (see
//! [`crate::translate`]): requests and characters per month, never the
//! texts.

use async_trait::async_trait;

use super::StoreError;

/// One month's use of one provider by one municipality.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TranslationUsage {
    /// "2026-12".
    pub month: String,
    pub provider: String,
    pub requests: u64,
    pub characters: u64,
}

#[async_trait]
pub trait TranslationStore: Send + Sync {
    /// Counts one request of `characters` characters sent to `provider`
    /// for `municipality` in `month` ("2026-12").
    async fn count_translation(
        &self,
        municipality: &str,
        month: &str,
        provider: &str,
        characters: u64,
    ) -> Result<(), StoreError>;

    /// A municipality's use, newest month first.
    async fn translation_usage(
        &self,
        municipality: &str,
    ) -> Result<Vec<TranslationUsage>, StoreError>;
}
