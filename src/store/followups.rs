//! Scheduled follow-ups (see [`crate::followups`]): which newcomers have a
//! plan running, how many of its follow-ups have gone out, when the next
//! is due, and whether the newcomer paused them.
//!
//! The scheduler's methods here (`newcomers_without_followups`,
//! `seed_followups`, `due_followups`, `record_followup`) range over every
//! municipality; the others reach a person's own row by their chat.
//! Recording a follow-up is a compare-and-set on how many had gone out, so
//! two instances never send the same one twice.

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use super::StoreError;
use crate::i18n::Locale;
use crate::newcomers::ChatKey;
use crate::outbox::NewDelivery;

/// A newcomer whose next follow-up is due.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DueFollowUp {
    pub chat: ChatKey,
    pub municipality: String,
    /// The language they use velkommen in.
    pub locale: Locale,
    /// How many follow-ups of the plan have gone out.
    pub sent: u32,
    /// When they registered: the plan counts from here.
    pub consented_at: DateTime<Utc>,
}

/// A newcomer's follow-ups as stored (for /mydata).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FollowUpState {
    /// How many follow-ups of the plan have gone out.
    pub sent: u32,
    /// When the next is due; `None`: none left.
    pub next_at: Option<DateTime<Utc>>,
    /// Paused until then; `None`: not paused. A time far in the future
    /// means until they resume them.
    pub paused_until: Option<DateTime<Utc>>,
}

#[async_trait]
pub trait FollowUpStore: Send + Sync {
    /// Active newcomers with a municipality who have no follow-ups yet,
    /// oldest consent first, at most `limit`, over every municipality:
    /// each with their municipality and when they consented.
    async fn newcomers_without_followups(
        &self,
        limit: i64,
    ) -> Result<Vec<(ChatKey, String, DateTime<Utc>)>, StoreError>;

    /// Starts the follow-ups of these chats (their municipality, and when
    /// the first is due; `None`: none), nothing sent yet, over every
    /// municipality. A chat that has them already is left as it is.
    /// Returns how many were started.
    async fn seed_followups(
        &self,
        rows: &[(ChatKey, String, Option<DateTime<Utc>>)],
        now: DateTime<Utc>,
    ) -> Result<u64, StoreError>;

    /// Follow-ups due at `now`, at most `limit`, the longest due first,
    /// over every municipality: not paused (or paused until `now` or
    /// before), of a newcomer still active (not unreachable) and still in
    /// the municipality the follow-ups were started in.
    async fn due_followups(
        &self,
        now: DateTime<Utc>,
        limit: i64,
    ) -> Result<Vec<DueFollowUp>, StoreError>;

    /// Records that the follow-ups sent went from `sent_before` to
    /// `sent_now`, with the time of the next one (`None`: that was the
    /// last), and queues `deliveries`, in one transaction. A
    /// compare-and-set on `sent_before`: `false`, with nothing changed or
    /// queued, if another instance recorded it first (or the chat has no
    /// follow-ups).
    async fn record_followup(
        &self,
        chat: ChatKey,
        sent_before: u32,
        sent_now: u32,
        next_at: Option<DateTime<Utc>>,
        deliveries: &[NewDelivery],
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError>;

    /// Pauses this chat's follow-ups until `until` (far in the future:
    /// until resumed), or resumes them (`None`). `false` if the chat has
    /// no follow-ups.
    async fn set_followups_paused(
        &self,
        chat: ChatKey,
        until: Option<DateTime<Utc>>,
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError>;

    /// This chat's follow-ups, if they were started (for /mydata).
    async fn followups_of(&self, chat: ChatKey) -> Result<Option<FollowUpState>, StoreError>;
}
