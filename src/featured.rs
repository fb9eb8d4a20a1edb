//! Newcomer of the month (the study's recommendation): a newcomer says the
//! municipality may ask them; a coordinator writes a short story in Bokmål
//! (and translations); the person reads the exact text and approves or
//! declines it; only an approved story can be announced, and withdrawing
//! consent stops what has not gone out yet. Every step is logged.

use chrono::{DateTime, Utc};

use crate::announcements::Texts;
use crate::i18n::Locale;
use crate::newcomers::{Arrival, Category, ChatKey, answer_enum};

/// The longest story, in characters (one Telegram message with room for
/// the heading).
pub const MAX_STORY_CHARS: usize = 1500;

answer_enum!(
    /// Where a story stands.
    StoryStatus {
        /// Being written by a coordinator.
        Draft => "draft", "featured-status-draft",
        /// Sent to the person, who has not answered.
        Asked => "asked", "featured-status-asked",
        /// The person approved the exact text.
        Approved => "approved", "featured-status-approved",
        Declined => "declined", "featured-status-declined",
        /// Announced.
        Published => "published", "featured-status-published",
        /// The person withdrew their consent.
        Withdrawn => "withdrawn", "featured-status-withdrawn",
    }
);

impl StoryStatus {
    /// Whether the person's consent still holds (what withdrawal can stop).
    pub fn withdrawable(self) -> bool {
        matches!(
            self,
            StoryStatus::Asked | StoryStatus::Approved | StoryStatus::Published
        )
    }
}

/// A newcomer who said the municipality may ask them, as coordinators
/// see them: no name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Candidate {
    pub chat: ChatKey,
    pub locale: Locale,
    pub category: Option<Category>,
    pub arrival: Option<Arrival>,
    pub opted_in_at: DateTime<Utc>,
}

/// A story about one newcomer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Story {
    pub id: i64,
    pub municipality: String,
    /// The newcomer it is about.
    pub chat: ChatKey,
    /// The coordinator who wrote it.
    pub author: ChatKey,
    /// Bokmål always; translations as written.
    pub texts: Texts,
    pub status: StoryStatus,
    pub announcement: Option<i64>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl Story {
    /// The text the person reads in their language: theirs if written,
    /// else none (they read the Bokmål one).
    pub fn own_language(&self, locale: Locale) -> Option<&str> {
        (locale != Locale::Nb)
            .then(|| self.texts.0.get(&locale).map(String::as_str))
            .flatten()
    }
}
