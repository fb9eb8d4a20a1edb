//! The pulse's answers (see [`crate::pulse`]): stored apart from the
//! person, linked to their chat only while they keep their data.

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use super::StoreError;
use crate::newcomers::{Category, ChatKey};
use crate::pulse::Answers;

/// One pulse response as statistics see it: no person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PulseResponse {
    pub municipality: String,
    /// The follow-up it answered: months after registering.
    pub round_months: u32,
    pub category: Option<Category>,
    /// How long they had lived here, in months (see
    /// [`crate::pulse::months_here`]).
    pub months_here: u32,
    pub answers: Answers,
    pub created_at: DateTime<Utc>,
}

/// What a response starts from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewPulse {
    pub municipality: String,
    pub round_months: u32,
    pub category: Option<Category>,
    pub months_here: u32,
}

#[async_trait]
pub trait PulseStore: Send + Sync {
    /// This chat's response to the pulse of `pulse.round_months`, started
    /// now if it was not: its id and the answers so far.
    async fn start_pulse(
        &self,
        chat: ChatKey,
        pulse: &NewPulse,
        now: DateTime<Utc>,
    ) -> Result<(i64, Answers), StoreError>;

    /// Every response still linked to this chat: the follow-up it answered
    /// (months) and the answers, oldest first (for its `/mydata` file).
    async fn pulse_answers_of(&self, chat: ChatKey) -> Result<Vec<(u32, Answers)>, StoreError>;

    /// The answers of this chat's response `id`; `None` if it is not
    /// theirs (or not there).
    async fn pulse_answers(&self, chat: ChatKey, id: i64) -> Result<Option<Answers>, StoreError>;

    /// Stores the answers of this chat's response `id`; `false` if it is
    /// not theirs.
    async fn save_pulse_answers(
        &self,
        chat: ChatKey,
        id: i64,
        answers: &Answers,
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError>;

    /// A municipality's responses started from `from` until before `to`,
    /// oldest first, without the people (for insight).
    async fn pulse_responses(
        &self,
        municipality: &str,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> Result<Vec<PulseResponse>, StoreError>;

    /// How many responses are linked to this chat (for /mydata).
    async fn pulse_count_of(&self, chat: ChatKey) -> Result<u64, StoreError>;
}
