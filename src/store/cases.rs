//! "Ask a person": cases and their messages.

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use super::StoreError;
use crate::cases::{Case, CaseMessage, CaseRef};
use crate::i18n::Locale;
use crate::newcomers::{Category, ChatKey};
use crate::outbox::NewDelivery;

/// The case a new message belongs to: an open one, or a new one.
#[derive(Clone, Debug)]
pub struct NewCase {
    /// The open case to add to; `None` opens a new case.
    pub existing: Option<i64>,
    pub reference: CaseRef,
    pub municipality: String,
    pub chat: ChatKey,
    pub locale: Locale,
    pub category: Option<Category>,
    /// Nobody at the municipality receives questions yet: the case waits
    /// for the first coordinator or staff group (see
    /// [`Store::route_waiting_cases`]).
    pub waiting: bool,
}

#[async_trait]
pub trait CaseStore: Send + Sync {
    /// This chat's open case in a municipality, if any.
    async fn open_case_of(
        &self,
        chat: ChatKey,
        municipality: &str,
    ) -> Result<Option<(i64, CaseRef)>, StoreError>;

    /// Stores a message of a case (opening the case if needed) and queues
    /// the deliveries it causes, in one transaction. Returns the case id,
    /// or [`StoreError::ReferenceTaken`] if a new case's reference is
    /// already used in its municipality (nothing is stored: draw another
    /// reference and try again).
    async fn add_to_case(
        &self,
        case: &NewCase,
        text: &str,
        from_staff: bool,
        deliveries: &[NewDelivery],
        now: DateTime<Utc>,
    ) -> Result<i64, StoreError>;

    /// A municipality's case by its reference.
    async fn case_by_ref(
        &self,
        municipality: &str,
        reference: &CaseRef,
    ) -> Result<Option<Case>, StoreError>;

    /// Open cases of a municipality, the longest waiting first.
    async fn open_cases(&self, municipality: &str) -> Result<Vec<Case>, StoreError>;

    /// Closes an open case and queues the notice to the newcomer, in one
    /// transaction; `false` (and nothing queued) if it was not open.
    async fn close_case(
        &self,
        municipality: &str,
        id: i64,
        notice: &NewDelivery,
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError>;

    /// Every message of a case, oldest first.
    async fn case_messages(
        &self,
        municipality: &str,
        case_id: i64,
    ) -> Result<Vec<CaseMessage>, StoreError>;

    /// Open cases of a municipality that nobody has been sent yet.
    async fn waiting_cases(&self, municipality: &str) -> Result<Vec<Case>, StoreError>;

    /// Marks waiting cases as sent to staff and queues their deliveries, in
    /// one transaction. Returns how many cases it took (a case another
    /// instance took first is not taken twice).
    async fn route_waiting_cases(
        &self,
        municipality: &str,
        case_ids: &[i64],
        deliveries: &[NewDelivery],
        now: DateTime<Utc>,
    ) -> Result<u64, StoreError>;

    /// How many cases this chat has opened (for /mydata).
    async fn cases_of(&self, chat: ChatKey) -> Result<u64, StoreError>;

    /// This chat's own cases, oldest first (for its `/mydata` file).
    async fn cases_of_chat(&self, chat: ChatKey) -> Result<Vec<Case>, StoreError>;
}
