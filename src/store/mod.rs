//! Storage: one [`Store`] trait, one implementation per backend (SQLite, the
//! embedded default, and PostgreSQL), chosen by the `DATABASE_URL` scheme.
//! Both run the same SQL; migrations live in pairs under `migrations/`.

mod announcements;
mod audit;
mod cases;
mod chats;
mod events;
mod featured;
mod followups;
mod mentors;
mod outbox;
mod progress;
mod pulse;
mod retention;
mod sending;
mod sql;
mod staff;
mod translation;

pub use announcements::AnnouncementStore;
pub use audit::AuditStore;
pub use cases::{CaseStore, NewCase};
pub use chats::{ChatStore, ConversationRecord, Deletion, Turn};
pub use events::EventStore;
pub use featured::FeaturedStore;
pub use followups::{DueFollowUp, FollowUpState, FollowUpStore};
pub use mentors::{Confirmed, DueMatch, MentorStore, NewMentor, NewProposal, PoolEntry};
pub use outbox::OutboxStore;
pub use progress::{ProgressStore, SkilledNewcomer};
pub use pulse::{NewPulse, PulseResponse, PulseStore};
pub use retention::{Quiet, RetentionStore};
pub use sending::{SendingLease, SendingStore, SlotClaim, TakenSlot};
pub use staff::StaffStore;
pub use translation::{TranslationStore, TranslationUsage};

use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use sqlx::postgres::PgPoolOptions;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};

pub use sql::{PgStore, SqlStore, SqliteStore};

/// What went wrong in the database.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    #[error("migration failed: {0}")]
    Migration(#[from] sqlx::migrate::MigrateError),
    #[error("unsupported DATABASE_URL {0:?}: use sqlite://FILE or postgres://…")]
    UnsupportedUrl(String),
    #[error("a new case's reference is already used in its municipality")]
    ReferenceTaken,
    #[error("the turn writer has stopped")]
    WriterStopped,
    #[error("no such row in {0} for this municipality")]
    NotFound(&'static str),
    #[error("stored value {value:?} in {column} is not valid")]
    Corrupt { column: &'static str, value: String },
}

impl StoreError {
    /// Whether the database could not be reached (the server stopped,
    /// restarting or cut off, or no connection free in time), rather than
    /// refusing what was asked: trying the same thing again later can work.
    pub fn is_unavailable(&self) -> bool {
        match self {
            StoreError::Database(error) => match error {
                sqlx::Error::Io(_) | sqlx::Error::PoolTimedOut | sqlx::Error::Protocol(_) => true,
                // Class 08: connection exception; 57P01–57P03: the server
                // is shutting down, crashed or not yet accepting.
                sqlx::Error::Database(db) => db.code().is_some_and(|code| {
                    code.starts_with("08") || matches!(&*code, "57P01" | "57P02" | "57P03")
                }),
                _ => false,
            },
            _ => false,
        }
    }
}

/// Which engine a store runs on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

pub use crate::outbox::{Delivery, DeliveryStatus, NewDelivery, Origin};

/// The storage every part of velkommen goes through: one sub-trait per
/// area (import the ones a module uses, or [`prelude`]).
///
/// Tenancy is in the signatures: every method that reads or changes one
/// municipality's data (an announcement, an event, a case, a delivery
/// report) takes the municipality's slug and matches it in its SQL, so a
/// caller cannot reach another municipality's rows by id. A person's own
/// data is reached by their chat; the scheduler's and the delivery
/// worker's methods range over every municipality and say so.
#[async_trait]
pub trait Store:
    ChatStore
    + OutboxStore
    + StaffStore
    + AnnouncementStore
    + EventStore
    + CaseStore
    + ProgressStore
    + SendingStore
    + MentorStore
    + FollowUpStore
    + PulseStore
    + FeaturedStore
    + TranslationStore
    + AuditStore
    + RetentionStore
{
    fn backend(&self) -> Backend;

    /// Applies the migrations this build ships.
    async fn migrate(&self) -> Result<(), StoreError>;

    /// Whether the database answers (for `/healthz`).
    async fn ping(&self) -> Result<(), StoreError>;

    /// The outbox's messages by status, over every municipality (for
    /// `/metrics`).
    async fn outbox_counts(&self) -> Result<Vec<(String, i64)>, StoreError>;

    /// Records the municipalities (tenants) the content packs define.
    async fn sync_municipalities(
        &self,
        municipalities: &[(String, String)],
        now: DateTime<Utc>,
    ) -> Result<(), StoreError>;
}

/// Every area's trait, for code that uses many.
pub mod prelude {
    pub use super::{
        AnnouncementStore, AuditStore, CaseStore, ChatStore, EventStore, FeaturedStore,
        FollowUpStore, MentorStore, OutboxStore, ProgressStore, PulseStore, RetentionStore,
        SendingStore, StaffStore, Store, TranslationStore,
    };
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
            .foreign_keys(true)
            // 256 KiB of page cache per connection instead of SQLite's 2 MB:
            // the four connections kept 8 MB of a 100 000-newcomer database
            // in the process's memory, while the pages they re-read come
            // from the system's file cache in microseconds.
            .pragma("cache_size", "-256");
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
