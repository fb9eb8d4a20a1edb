//! The outbox: messages waiting to be sent, and what became of them.

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use super::StoreError;
use std::collections::BTreeMap;

use crate::newcomers::ChatKey;
use crate::outbox::{Delivery, DeliveryStatus, NewDelivery};

#[async_trait]
pub trait OutboxStore: Send + Sync {
    /// Messages still waiting to be sent to this chat.
    async fn pending_deliveries(&self, chat: ChatKey) -> Result<u64, StoreError>;

    /// Queues a message. Returns `false` if the same (source, chat) is
    /// already queued or sent.
    async fn enqueue(&self, delivery: &NewDelivery, now: DateTime<Utc>)
    -> Result<bool, StoreError>;

    /// Due Telegram deliveries, urgent first, then oldest first. With
    /// `include_non_urgent` false (quiet hours) only urgent ones.
    async fn due_deliveries(
        &self,
        now: DateTime<Utc>,
        include_non_urgent: bool,
        limit: i64,
    ) -> Result<Vec<Delivery>, StoreError>;

    /// When the next queued delivery becomes due, if any is queued.
    async fn next_due(&self, include_non_urgent: bool)
    -> Result<Option<DateTime<Utc>>, StoreError>;

    /// Claims a batch: marks the queued ones of `ids` as being sent, in one
    /// statement, and returns those it marked. One no longer queued
    /// (another worker took it, or it was cancelled or blocked) is left
    /// out; on PostgreSQL so is one another transaction is changing at
    /// that moment (`for update skip locked`), rather than waiting for it.
    async fn start_sending(&self, ids: &[i64], now: DateTime<Utc>) -> Result<Vec<i64>, StoreError>;

    /// Records deliveries as sent, in one statement.
    async fn mark_sent(&self, ids: &[i64], now: DateTime<Utc>) -> Result<(), StoreError>;

    /// Puts claimed deliveries that were not attempted after all (the
    /// batch stopped at a 429) back in the queue as they were, in one
    /// statement.
    async fn put_back(&self, ids: &[i64], now: DateTime<Utc>) -> Result<(), StoreError>;

    /// Moves a queued delivery's `not_before` later (its chat must wait).
    async fn defer(&self, id: i64, not_before: DateTime<Utc>) -> Result<(), StoreError>;

    /// Puts a delivery back in the queue until `not_before`.
    async fn retry_later(
        &self,
        id: i64,
        not_before: DateTime<Utc>,
        error: &str,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError>;

    async fn mark_failed(&self, id: i64, error: &str, now: DateTime<Utc>)
    -> Result<(), StoreError>;

    /// The chat cannot be reached: its newcomer becomes unreachable and every
    /// delivery still waiting for it is marked blocked, in one transaction.
    /// Returns how many deliveries were stopped.
    async fn block_chat(
        &self,
        chat: ChatKey,
        error: &str,
        now: DateTime<Utc>,
    ) -> Result<u64, StoreError>;

    /// Puts deliveries left `sending` by a stopped process back in the queue.
    async fn requeue_interrupted(&self, now: DateTime<Utc>) -> Result<u64, StoreError>;

    /// How many of a municipality's deliveries from `source` are in each
    /// status.
    async fn delivery_report(
        &self,
        municipality: &str,
        source: &str,
    ) -> Result<BTreeMap<DeliveryStatus, u64>, StoreError>;

    /// Removes finished deliveries (sent, blocked, failed, cancelled) last
    /// changed before `before`, in every municipality, keeping their
    /// counts for announcement reports. Returns how many rows went.
    async fn prune_outbox(&self, before: DateTime<Utc>) -> Result<u64, StoreError>;
}
