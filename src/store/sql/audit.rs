//! The SQL of [`AuditStore`](crate::store::AuditStore), for either backend
//! (see `sql/mod.rs`).

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use super::Db;
use crate::audit::{Action, Actor, Entry, NewEntry};
use crate::store::sql::SqlStore;
use crate::store::sql::rows::*;
use crate::store::*;

const APPEND: &str = "insert into audit_log (municipality, actor_channel, actor_chat_id, action, \
     subject, created_at) values ($1, $2, $3, $4, $5, $6)";

const LATEST: &str = "select id, municipality, actor_channel, actor_chat_id, action, subject, \
     created_at from audit_log where municipality = $1 order by id desc limit $2";

type Row = (
    i64,
    String,
    Option<String>,
    Option<i64>,
    String,
    String,
    DateTime<Utc>,
);

#[async_trait]
impl AuditStore for SqlStore<Db> {
    async fn append_audit(&self, entry: &NewEntry, now: DateTime<Utc>) -> Result<(), StoreError> {
        let (channel, chat_id) = match &entry.actor {
            Actor::Chat(chat) => (Some(chat.channel.code()), Some(chat.id)),
            Actor::CommandLine => (None, None),
        };
        sqlx::query(APPEND)
            .bind(&entry.municipality)
            .bind(channel)
            .bind(chat_id)
            .bind(entry.action.code())
            .bind(&entry.subject)
            .bind(now)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn audit_log(&self, municipality: &str, limit: i64) -> Result<Vec<Entry>, StoreError> {
        let rows: Vec<Row> = sqlx::query_as(LATEST)
            .bind(municipality)
            .bind(limit)
            .fetch_all(&self.pool)
            .await?;
        rows.into_iter()
            .map(
                |(id, municipality, channel, chat_id, action, subject, at)| {
                    let actor = match (channel, chat_id) {
                        (Some(channel), Some(id)) => {
                            Actor::Chat(chat_key("audit_log.actor_channel", &channel, id)?)
                        }
                        _ => Actor::CommandLine,
                    };
                    Ok(Entry {
                        id,
                        municipality,
                        actor,
                        action: parse("audit_log.action", &action, Action::from_code)?,
                        subject,
                        at,
                    })
                },
            )
            .collect()
    }
}
