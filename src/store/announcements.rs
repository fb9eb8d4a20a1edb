//! Announcements and their runs.

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use super::StoreError;
use std::collections::BTreeMap;

use crate::announcements::{Announcement, NewAnnouncement};
use crate::outbox::{DeliveryStatus, NewDelivery};

#[async_trait]
pub trait AnnouncementStore: Send + Sync {
    /// Stores a new announcement, due first at `first_run`.
    async fn create_announcement(
        &self,
        announcement: &NewAnnouncement,
        first_run: Option<DateTime<Utc>>,
        now: DateTime<Utc>,
    ) -> Result<i64, StoreError>;

    /// One of a municipality's announcements.
    async fn announcement(
        &self,
        municipality: &str,
        id: i64,
    ) -> Result<Option<Announcement>, StoreError>;

    /// Scheduled announcements whose next run is due, in every
    /// municipality (the scheduler's view).
    async fn due_announcements(&self, now: DateTime<Utc>) -> Result<Vec<Announcement>, StoreError>;

    /// Queues one run's deliveries and moves the announcement to its next
    /// run (or marks it done), in one transaction. Returns how many
    /// deliveries were new.
    async fn queue_run(
        &self,
        id: i64,
        run_at: DateTime<Utc>,
        deliveries: &[NewDelivery],
        next_run: Option<DateTime<Utc>>,
        now: DateTime<Utc>,
    ) -> Result<u64, StoreError>;

    /// The latest announcements of these municipalities, newest first.
    async fn recent_announcements(
        &self,
        municipalities: &[String],
        limit: i64,
    ) -> Result<Vec<Announcement>, StoreError>;

    /// Stops an announcement: no more runs, and its queued deliveries are
    /// cancelled. Returns how many deliveries were cancelled.
    async fn cancel_announcement(
        &self,
        municipality: &str,
        id: i64,
        now: DateTime<Utc>,
    ) -> Result<u64, StoreError>;

    /// Deliveries of an announcement (all runs) by status.
    async fn announcement_report(
        &self,
        municipality: &str,
        id: i64,
    ) -> Result<BTreeMap<DeliveryStatus, u64>, StoreError>;

    /// Announcements whose last run is fully sent (nothing queued or in
    /// flight) but whose author has not had the report yet, in every
    /// municipality (the scheduler's view).
    async fn runs_to_report(&self) -> Result<Vec<Announcement>, StoreError>;

    /// Records that the report for the run at `run_at` was queued.
    async fn mark_reported(&self, id: i64, run_at: DateTime<Utc>) -> Result<(), StoreError>;
}
