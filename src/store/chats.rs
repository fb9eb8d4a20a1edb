//! A chat's conversation and newcomer, and erasing a person.

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use super::StoreError;
use crate::announcements::Traits;
use crate::i18n::Locale;
use crate::newcomers::{ChatKey, Newcomer};

/// Where a person is in the conversation, as stored.
#[derive(Clone, Debug)]
pub struct ConversationRecord {
    pub locale: Locale,
    /// The engine's serialized state; opaque to the store.
    pub state: String,
    /// When it was last written (as read; a write stamps its own time).
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The Telegram update the last stored turn answered, if it came from
    /// Telegram (a second delivery of it is not handled again).
    pub last_update: Option<i64>,
}

/// Two records are the same conversation when their language and state
/// are; when they were written, and which update wrote them, does not
/// count.
impl PartialEq for ConversationRecord {
    fn eq(&self, other: &ConversationRecord) -> bool {
        self.locale == other.locale && self.state == other.state
    }
}

/// Everything one turn of the conversation changes, saved atomically.
#[derive(Clone, Debug)]
pub struct Turn<'a> {
    pub chat: ChatKey,
    pub conversation: &'a ConversationRecord,
    /// The newcomer's profile, when the turn created or changed it.
    pub newcomer: Option<&'a Newcomer>,
    pub now: DateTime<Utc>,
}

/// What `/delete` removed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Deletion {
    pub profile: bool,
    pub conversation: bool,
    pub pending_deliveries: u64,
    /// Staff memberships that were ended.
    pub staff: bool,
    /// Questions to the municipality (with their answers) that were erased.
    pub cases: u64,
    /// Checklist steps marked done or not relevant that were erased.
    pub checklist: u64,
    /// The competence mapping was erased.
    pub skills: bool,
    /// The wish for a mentor (the place in the pool, and its matches) was
    /// erased.
    pub mentor_pool: bool,
    /// The sign-up as a mentor (with its matches) was erased.
    pub mentor: bool,
    /// The follow-ups planned were erased.
    pub followups: bool,
    /// The newcomer-of-the-month consent and stories were erased.
    pub featured: bool,
    /// Pulse answers that were kept for statistics, no longer linked to
    /// the person.
    pub pulse_kept: u64,
}

#[async_trait]
pub trait ChatStore: Send + Sync {
    async fn load_conversation(
        &self,
        chat: ChatKey,
    ) -> Result<Option<ConversationRecord>, StoreError>;

    async fn load_newcomer(&self, chat: ChatKey) -> Result<Option<Newcomer>, StoreError>;

    /// The conversation and the newcomer of a chat, in one read (what every
    /// turn starts with).
    async fn load_chat(
        &self,
        chat: ChatKey,
    ) -> Result<(Option<ConversationRecord>, Option<Newcomer>), StoreError>;

    /// Saves the conversation state and, if given, the newcomer, in one
    /// transaction.
    async fn save_turn(&self, turn: Turn<'_>) -> Result<(), StoreError>;

    /// Erases everything stored about this chat, in one transaction.
    async fn delete_person(&self, chat: ChatKey) -> Result<Deletion, StoreError>;

    /// The newcomers of one municipality (the audience pool of its staff).
    async fn newcomers_in(&self, municipality: &str) -> Result<Vec<Newcomer>, StoreError>;

    /// The active newcomers of a municipality grouped by the answers an
    /// audience is chosen by, with each group's size (what a preview
    /// counts, without loading everyone).
    async fn audience_groups(&self, municipality: &str) -> Result<Vec<(Traits, u64)>, StoreError>;
}
