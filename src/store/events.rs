//! Events at meeting places.

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use super::StoreError;
use crate::events::{Event, EventDetails};
use crate::i18n::Locale;
use crate::newcomers::ChatKey;
use crate::outbox::NewDelivery;

#[async_trait]
pub trait EventStore: Send + Sync {
    async fn create_event(
        &self,
        event: &EventDetails,
        now: DateTime<Utc>,
    ) -> Result<i64, StoreError>;

    /// One of a municipality's events.
    async fn event(&self, municipality: &str, id: i64) -> Result<Option<Event>, StoreError>;

    /// The events of a municipality that are not cancelled.
    async fn active_events(&self, municipality: &str) -> Result<Vec<Event>, StoreError>;

    /// The chats waiting for one of this event's reminders whose source
    /// starts with `reminders` (all of them, or one date's), each once, with
    /// the language they read.
    async fn reminded(
        &self,
        municipality: &str,
        id: i64,
        reminders: &str,
    ) -> Result<Vec<(ChatKey, Locale)>, StoreError>;

    /// Changes an event (`Some`) or cancels it (`None`): withdraws its
    /// queued reminders whose source starts with `withdraw` and queues the
    /// notices, in one transaction. Returns 0 if the event was not active
    /// (nothing changed).
    async fn change_event(
        &self,
        municipality: &str,
        id: i64,
        details: Option<&EventDetails>,
        withdraw: &str,
        notices: &[NewDelivery],
        now: DateTime<Utc>,
    ) -> Result<u64, StoreError>;
}
