//! The audit log (see [`crate::audit`]): append and read, nothing else.

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use super::StoreError;
use crate::audit::{Entry, NewEntry};

#[async_trait]
pub trait AuditStore: Send + Sync {
    /// Writes one entry.
    async fn append_audit(&self, entry: &NewEntry, now: DateTime<Utc>) -> Result<(), StoreError>;

    /// A municipality's latest entries, newest first.
    async fn audit_log(&self, municipality: &str, limit: i64) -> Result<Vec<Entry>, StoreError>;
}
