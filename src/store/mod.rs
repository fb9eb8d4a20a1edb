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
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions};

use crate::i18n::Locale;
use crate::newcomers::{ChatKey, Newcomer};

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
}

/// A message to be sent later by the delivery worker.
#[derive(Clone, Debug)]
pub struct NewDelivery {
    pub municipality: String,
    pub chat: ChatKey,
    /// What caused it, e.g. `announcement:42`; with the chat, it makes the
    /// delivery idempotent.
    pub source: String,
    pub body: String,
    pub urgent: bool,
    pub not_before: DateTime<Utc>,
}

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
}

/// Opens the database named by `url`, creating a SQLite file if needed.
/// Does not migrate; call [`Store::migrate`].
pub async fn open(url: &str) -> Result<Arc<dyn Store>, StoreError> {
    if url.starts_with("sqlite:") {
        let options = SqliteConnectOptions::from_str(url)?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .busy_timeout(Duration::from_secs(10))
            .foreign_keys(true);
        let pool = SqlitePoolOptions::new()
            .max_connections(4)
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
