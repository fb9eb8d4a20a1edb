//! Events at meeting places.

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use super::StoreError;
use crate::events::{Event, EventDetails};
use crate::outbox::NewDelivery;

#[async_trait]
pub trait EventStore: Send + Sync {
    async fn create_event(
        &self,
        event: &EventDetails,
        now: DateTime<Utc>,
    ) -> Result<i64, StoreError>;

    async fn event(&self, id: i64) -> Result<Option<Event>, StoreError>;

    /// The events of a municipality that are not cancelled.
    async fn active_events(&self, municipality: &str) -> Result<Vec<Event>, StoreError>;

    /// Changes an event (`Some`) or cancels it (`None`): withdraws the
    /// queued reminders whose source is `like` the `withdraw` pattern and
    /// queues the notices, in one transaction. Returns 0 if the event was
    /// not active (nothing changed).
    async fn change_event(
        &self,
        id: i64,
        details: Option<&EventDetails>,
        withdraw: &str,
        notices: &[NewDelivery],
        now: DateTime<Utc>,
    ) -> Result<u64, StoreError>;
}
