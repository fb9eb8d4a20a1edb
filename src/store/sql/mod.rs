//! The SQL both backends run. Each area's statements are written once, in
//! `sql/<area>.rs`, with `$1` placeholders that sqlx's SQLite driver reads
//! too. `sqlite.rs` and `postgres.rs` each include every area file as a
//! module of their own (`#[path]`), with `Db` naming their database: the
//! same text is compiled once per backend, as ordinary code that rustfmt
//! formats and the compiler's errors point into.

// Loading each area file twice, once per backend, is the point.
#![allow(clippy::duplicate_mod)]

pub(crate) mod rows;

mod postgres;
mod sqlite;

use std::sync::Mutex;

use chrono::{DateTime, Utc};
use tokio::sync::{mpsc, oneshot};

use super::{ConversationRecord, StoreError};
use crate::newcomers::{ChatKey, Newcomer};

/// A store on one sqlx pool; `SqlStore<Sqlite>` and `SqlStore<Postgres>`
/// implement [`Store`](super::Store).
pub struct SqlStore<DB: sqlx::Database> {
    pub(crate) pool: sqlx::Pool<DB>,
    /// The queue of the task that writes turns together (see
    /// `chats.rs`), started with the first turn — and again if the runtime
    /// it ran on has ended (tests run one runtime after another).
    pub(crate) turns: Mutex<Option<mpsc::UnboundedSender<PendingTurn>>>,
}

impl<DB: sqlx::Database> SqlStore<DB> {
    pub fn new(pool: sqlx::Pool<DB>) -> SqlStore<DB> {
        SqlStore {
            pool,
            turns: Mutex::new(None),
        }
    }
}

/// A turn's changes waiting for the turn writer, and who waits for them
/// to be committed.
pub(crate) struct PendingTurn {
    pub chat: ChatKey,
    pub conversation: ConversationRecord,
    pub newcomer: Option<Newcomer>,
    pub now: DateTime<Utc>,
    pub done: oneshot::Sender<Result<(), StoreError>>,
}

/// `($first, …), (…)`: `rows` rows of `columns` parameters, numbered from
/// `first` on, for a multi-row `values` list.
///
/// On SQLite the parameters are anonymous (`?`), which sqlx numbers in the
/// order they appear: SQLite looks a named parameter up in a list of all
/// of them, so binding the thousands of a batch by name took time growing
/// with the square of their number (sqlx asks each one's name). The list
/// must then be the statement's first parameters, or follow `first - 1`
/// others.
pub(crate) fn values(backend: super::Backend, rows: usize, columns: usize, first: usize) -> String {
    let mut list = String::with_capacity(rows * columns * 6);
    for row in 0..rows {
        list.push_str(if row == 0 { "(" } else { ", (" });
        for column in 0..columns {
            if column > 0 {
                list.push_str(", ");
            }
            match backend {
                super::Backend::Sqlite => list.push('?'),
                super::Backend::Postgres => {
                    list.push('$');
                    list.push_str(&(first + row * columns + column).to_string());
                }
            }
        }
        list.push(')');
    }
    list
}

/// The SQLite store, the embedded default.
pub type SqliteStore = SqlStore<sqlx::Sqlite>;

/// The PostgreSQL store, for production and for more than one instance.
pub type PgStore = SqlStore<sqlx::Postgres>;
