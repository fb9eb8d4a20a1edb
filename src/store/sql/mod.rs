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

/// A store on one sqlx pool; `SqlStore<Sqlite>` and `SqlStore<Postgres>`
/// implement [`Store`](super::Store).
pub struct SqlStore<DB: sqlx::Database> {
    pub(crate) pool: sqlx::Pool<DB>,
}

impl<DB: sqlx::Database> SqlStore<DB> {
    pub fn new(pool: sqlx::Pool<DB>) -> SqlStore<DB> {
        SqlStore { pool }
    }
}

/// The SQLite store, the embedded default.
pub type SqliteStore = SqlStore<sqlx::Sqlite>;

/// The PostgreSQL store, for production and for more than one instance.
pub type PgStore = SqlStore<sqlx::Postgres>;
