//! Newcomer of the month (see [`crate::featured`]): who may be asked, the
//! stories, and the log of each story's consent. A story's status moves by
//! compare-and-set, with its log line and its notices in one transaction.

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use super::StoreError;
use crate::announcements::Texts;
use crate::featured::{Candidate, Story, StoryStatus};
use crate::newcomers::ChatKey;
use crate::outbox::NewDelivery;

#[async_trait]
pub trait FeaturedStore: Send + Sync {
    /// Says this chat may be asked to be newcomer of the month in its
    /// municipality (`Some`), or may not any more (`None`).
    async fn set_featured_optin(
        &self,
        chat: ChatKey,
        municipality: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError>;

    /// Since when this chat may be asked, if it may.
    async fn featured_optin_of(&self, chat: ChatKey) -> Result<Option<DateTime<Utc>>, StoreError>;

    /// The active newcomers of a municipality who may be asked, longest
    /// waiting first.
    async fn featured_candidates(&self, municipality: &str) -> Result<Vec<Candidate>, StoreError>;

    /// A new draft story about `chat` by `author`. Returns its id.
    async fn create_story(
        &self,
        municipality: &str,
        chat: ChatKey,
        author: ChatKey,
        texts: &Texts,
        now: DateTime<Utc>,
    ) -> Result<i64, StoreError>;

    /// One of a municipality's stories.
    async fn story(&self, municipality: &str, id: i64) -> Result<Option<Story>, StoreError>;

    /// A story about this chat (for the person's own answers).
    async fn story_about(&self, chat: ChatKey, id: i64) -> Result<Option<Story>, StoreError>;

    /// The stories about this chat, newest first.
    async fn stories_about(&self, chat: ChatKey) -> Result<Vec<Story>, StoreError>;

    /// A municipality's latest stories, newest first.
    async fn stories_in(&self, municipality: &str, limit: i64) -> Result<Vec<Story>, StoreError>;

    /// Replaces a draft's texts; `false` if it is not a draft (any more).
    async fn set_story_texts(
        &self,
        municipality: &str,
        id: i64,
        texts: &Texts,
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError>;

    /// Moves a story from one of `from` to `to`, logs it, records the
    /// announcement that told it (if given) and queues `deliveries`, in
    /// one transaction; `false`, with nothing changed, if it was not in
    /// one of `from`.
    async fn move_story(
        &self,
        id: i64,
        from: &[StoryStatus],
        to: StoryStatus,
        announcement: Option<i64>,
        deliveries: &[NewDelivery],
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError>;

    /// A story's log: each step and when, oldest first.
    async fn story_log(&self, id: i64) -> Result<Vec<(StoryStatus, DateTime<Utc>)>, StoreError>;
}
