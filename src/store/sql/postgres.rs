//! Every area's SQL, compiled for PostgreSQL.

use crate::store::Backend;

type Db = sqlx::Postgres;
type Query<'q> = sqlx::query::Query<'q, Db, <Db as sqlx::Database>::Arguments<'q>>;

const BACKEND: Backend = Backend::Postgres;

static MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("migrations/postgres");

#[path = "announcements.rs"]
mod announcements;
#[path = "audit.rs"]
mod audit;
#[path = "base.rs"]
mod base;
#[path = "cases.rs"]
mod cases;
#[path = "chats.rs"]
mod chats;
#[path = "events.rs"]
mod events;
#[path = "featured.rs"]
mod featured;
#[path = "followups.rs"]
mod followups;
#[path = "mentor_matches.rs"]
mod mentor_matches;
#[path = "mentors.rs"]
mod mentors;
#[path = "outbox.rs"]
mod outbox;
#[path = "progress.rs"]
mod progress;
#[path = "pulse.rs"]
mod pulse;
#[path = "retention.rs"]
mod retention;
#[path = "sending.rs"]
mod sending;
#[path = "staff.rs"]
mod staff;
#[path = "translation.rs"]
mod translation;
