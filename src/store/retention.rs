//! What the retention job (see [`crate::retention`]) reads and removes.

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use super::StoreError;
use crate::i18n::Locale;
use crate::newcomers::ChatKey;

/// A person who has not written since `last_active`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quiet {
    pub chat: ChatKey,
    pub locale: Locale,
    pub municipality: Option<String>,
    pub last_active: DateTime<Utc>,
    pub warned_at: Option<DateTime<Utc>>,
}

#[async_trait]
pub trait RetentionStore: Send + Sync {
    /// People (not staff) who have not written since before `before`,
    /// the quietest first, at most `limit`.
    async fn quiet_since(
        &self,
        before: DateTime<Utc>,
        limit: i64,
    ) -> Result<Vec<Quiet>, StoreError>;

    /// Records that this chat was warned of its erasure.
    async fn mark_warned(&self, chat: ChatKey, at: DateTime<Utc>) -> Result<(), StoreError>;

    /// Deletes the cases closed before `before`, with their messages; how
    /// many.
    async fn delete_closed_cases(&self, before: DateTime<Utc>) -> Result<u64, StoreError>;
}
