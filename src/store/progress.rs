//! A newcomer's checklist progress and skills.

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use super::StoreError;
use std::collections::BTreeMap;

use crate::guide::StepState;
use crate::newcomers::ChatKey;
use crate::skills::Skills;

/// A newcomer's `/skills`, for the competence overview.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SkilledNewcomer {
    pub chat: ChatKey,
    pub locale: crate::i18n::Locale,
    pub category: Option<crate::newcomers::Category>,
    pub skills: Skills,
    /// When they last changed it.
    pub updated_at: DateTime<Utc>,
}

#[async_trait]
pub trait ProgressStore: Send + Sync {
    /// The newcomer's checklist progress: step id → state.
    async fn checklist_progress(
        &self,
        chat: ChatKey,
    ) -> Result<BTreeMap<String, StepState>, StoreError>;

    /// Records a step's state, or (`None`) makes it "to do" again.
    async fn set_step_state(
        &self,
        chat: ChatKey,
        step: &str,
        state: Option<StepState>,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError>;

    /// What the newcomer told `/skills`, if anything.
    async fn load_skills(&self, chat: ChatKey) -> Result<Option<Skills>, StoreError>;

    /// Stores the skills; the first save records the consent time.
    async fn save_skills(
        &self,
        chat: ChatKey,
        skills: &Skills,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError>;

    /// Erases the skills; `false` if there were none.
    async fn delete_skills(&self, chat: ChatKey) -> Result<bool, StoreError>;

    /// What the active newcomers of a municipality told `/skills`, oldest
    /// first: each with their language and why they came (for the
    /// competence overview).
    async fn skills_in(&self, municipality: &str) -> Result<Vec<SkilledNewcomer>, StoreError>;
}
