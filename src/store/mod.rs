//! Storage: one [`Store`] trait, one implementation per backend (SQLite, the
//! embedded default, and PostgreSQL), chosen by the `DATABASE_URL` scheme.
//! Both run the same SQL; migrations live in pairs under `migrations/`.

mod sql;

use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use sqlx::postgres::PgPoolOptions;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};

use crate::announcements::{Announcement, NewAnnouncement};
use crate::cases::{Case, CaseMessage, CaseRef};
use crate::events::{Event, EventDetails};
use crate::guide::StepState;
use crate::i18n::Locale;
use crate::newcomers::{Category, ChatKey, Newcomer};
use crate::skills::Skills;
use crate::staff::{RedeemError, Role, StaffKind, StaffMember};

pub use sql::{PgStore, SqliteStore};

/// What went wrong in the database.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    #[error("migration failed: {0}")]
    Migration(#[from] sqlx::migrate::MigrateError),
    #[error("unsupported DATABASE_URL {0:?}: use sqlite://FILE or postgres://…")]
    UnsupportedUrl(String),
    #[error("stored value {value:?} in {column} is not valid")]
    Corrupt { column: &'static str, value: String },
}

/// Which engine a store runs on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// Where a person is in the conversation, as stored.
#[derive(Clone, Debug, PartialEq)]
pub struct ConversationRecord {
    pub locale: Locale,
    /// The engine's serialized state; opaque to the store.
    pub state: String,
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
}

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

pub use crate::outbox::{Delivery, DeliveryStatus, NewDelivery};

/// The storage every part of velkommen goes through.
#[async_trait]
pub trait Store: Send + Sync {
    fn backend(&self) -> Backend;

    /// Applies the migrations this build ships.
    async fn migrate(&self) -> Result<(), StoreError>;

    /// Records the municipalities (tenants) the content packs define.
    async fn sync_municipalities(
        &self,
        municipalities: &[(String, String)],
        now: DateTime<Utc>,
    ) -> Result<(), StoreError>;

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

    /// Marks a queued delivery as being sent. `false` if it is no longer
    /// queued (another worker took it, or it was cancelled).
    async fn start_sending(&self, id: i64, now: DateTime<Utc>) -> Result<bool, StoreError>;

    async fn mark_sent(&self, id: i64, now: DateTime<Utc>) -> Result<(), StoreError>;

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

    /// Stores a new staff invite (only the code's hash).
    async fn create_invite(
        &self,
        code_hash: &str,
        municipality: &str,
        role: Role,
        now: DateTime<Utc>,
        expires_at: DateTime<Utc>,
    ) -> Result<(), StoreError>;

    /// Uses an invite: the chat becomes staff of the invite's municipality
    /// with its role. Each code works once, before it expires.
    async fn redeem_invite(
        &self,
        code_hash: &str,
        chat: ChatKey,
        kind: StaffKind,
        now: DateTime<Utc>,
    ) -> Result<Result<StaffMember, RedeemError>, StoreError>;

    /// Every municipality this chat works for.
    async fn staff_memberships(&self, chat: ChatKey) -> Result<Vec<StaffMember>, StoreError>;

    /// All staff, or the staff of one municipality.
    async fn list_staff(&self, municipality: Option<&str>) -> Result<Vec<StaffMember>, StoreError>;

    /// Ends a chat's staff membership (in one municipality, or all).
    async fn revoke_staff(
        &self,
        chat: ChatKey,
        municipality: Option<&str>,
    ) -> Result<u64, StoreError>;

    /// The newcomers of one municipality (the audience pool of its staff).
    async fn newcomers_in(&self, municipality: &str) -> Result<Vec<Newcomer>, StoreError>;

    /// Stores a new announcement, due first at `first_run`.
    async fn create_announcement(
        &self,
        announcement: &NewAnnouncement,
        first_run: Option<DateTime<Utc>>,
        now: DateTime<Utc>,
    ) -> Result<i64, StoreError>;

    async fn announcement(&self, id: i64) -> Result<Option<Announcement>, StoreError>;

    /// Scheduled announcements whose next run is due.
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
    async fn cancel_announcement(&self, id: i64, now: DateTime<Utc>) -> Result<u64, StoreError>;

    /// Deliveries of an announcement (all runs) by status.
    async fn announcement_report(
        &self,
        id: i64,
    ) -> Result<std::collections::BTreeMap<DeliveryStatus, u64>, StoreError>;

    /// Announcements whose last run is fully sent (nothing queued or in
    /// flight) but whose author has not had the report yet.
    async fn runs_to_report(&self) -> Result<Vec<Announcement>, StoreError>;

    /// Records that the report for the run at `run_at` was queued.
    async fn mark_reported(&self, id: i64, run_at: DateTime<Utc>) -> Result<(), StoreError>;

    async fn create_event(
        &self,
        event: &EventDetails,
        now: DateTime<Utc>,
    ) -> Result<i64, StoreError>;

    async fn event(&self, id: i64) -> Result<Option<Event>, StoreError>;

    /// The events of a municipality that are not cancelled.
    async fn active_events(&self, municipality: &str) -> Result<Vec<Event>, StoreError>;

    /// The chats with a queued delivery whose source starts with the prefix
    /// (for example everyone waiting for an event's reminder).
    async fn queued_recipients(&self, source_prefix: &str) -> Result<Vec<ChatKey>, StoreError>;

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

    /// This chat's open case in a municipality, if any.
    async fn open_case_of(
        &self,
        chat: ChatKey,
        municipality: &str,
    ) -> Result<Option<(i64, CaseRef)>, StoreError>;

    /// Stores a message of a case (opening the case if needed) and queues
    /// the deliveries it causes, in one transaction. Returns the case id.
    async fn add_to_case(
        &self,
        case: &NewCase,
        text: &str,
        from_staff: bool,
        deliveries: &[NewDelivery],
        now: DateTime<Utc>,
    ) -> Result<i64, StoreError>;

    async fn case_by_ref(&self, reference: &CaseRef) -> Result<Option<Case>, StoreError>;

    /// Open cases of a municipality, the longest waiting first.
    async fn open_cases(&self, municipality: &str) -> Result<Vec<Case>, StoreError>;

    /// Closes an open case and queues the notice to the newcomer, in one
    /// transaction; `false` (and nothing queued) if it was not open.
    async fn close_case(
        &self,
        id: i64,
        notice: &NewDelivery,
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError>;

    /// Every message of a case, oldest first.
    async fn case_messages(&self, case_id: i64) -> Result<Vec<CaseMessage>, StoreError>;

    /// Open cases of a municipality that nobody has been sent yet.
    async fn waiting_cases(&self, municipality: &str) -> Result<Vec<Case>, StoreError>;

    /// Marks waiting cases as sent to staff and queues their deliveries, in
    /// one transaction. Returns how many cases it took (a case another
    /// instance took first is not taken twice).
    async fn route_waiting_cases(
        &self,
        case_ids: &[i64],
        deliveries: &[NewDelivery],
        now: DateTime<Utc>,
    ) -> Result<u64, StoreError>;

    /// How many cases this chat has opened (for /mydata).
    async fn cases_of(&self, chat: ChatKey) -> Result<u64, StoreError>;

    /// The newcomer's checklist progress: step id → state.
    async fn checklist_progress(
        &self,
        chat: ChatKey,
    ) -> Result<std::collections::BTreeMap<String, StepState>, StoreError>;

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

    /// How many deliveries from `source` are in each status.
    async fn delivery_report(
        &self,
        source: &str,
    ) -> Result<std::collections::BTreeMap<DeliveryStatus, u64>, StoreError>;
}

/// Opens the database named by `url`, creating a SQLite file if needed.
/// Does not migrate; call [`Store::migrate`].
pub async fn open(url: &str) -> Result<Arc<dyn Store>, StoreError> {
    if url.starts_with("sqlite:") {
        let options = SqliteConnectOptions::from_str(url)?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            // With WAL, NORMAL survives any crash of the process (a kill -9
            // loses nothing committed); only a power cut can lose the last
            // commits. It spares an fsync per delivery.
            .synchronous(SqliteSynchronous::Normal)
            .busy_timeout(Duration::from_secs(10))
            .foreign_keys(true);
        let pool = SqlitePoolOptions::new()
            .max_connections(4)
            // A file on this machine does not drop connections; the ping
            // before every use would cost each query another hand-off to
            // the connection's thread.
            .test_before_acquire(false)
            .connect_with(options)
            .await?;
        Ok(Arc::new(SqliteStore::new(pool)))
    } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
        let pool = PgPoolOptions::new()
            .max_connections(10)
            .acquire_timeout(Duration::from_secs(10))
            .connect(url)
            .await?;
        Ok(Arc::new(PgStore::new(pool)))
    } else {
        Err(StoreError::UnsupportedUrl(redact(url)))
    }
}

/// The URL without a password, for error messages and logs.
pub fn redact(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut parsed) if parsed.password().is_some() => {
            let _ = parsed.set_password(Some("***"));
            parsed.to_string()
        }
        _ => url.to_owned(),
    }
}
