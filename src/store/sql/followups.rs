//! The SQL of [`FollowUpStore`](crate::store::FollowUpStore), for either
//! backend (see `sql/mod.rs`).
//!
//! Recording a follow-up starts its transaction with the compare-and-set
//! on `sent`, so on SQLite it holds the write lock from its first
//! statement, and on PostgreSQL the row is locked before anything is
//! queued.

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use super::outbox::enqueue_all;
use super::{BACKEND, Db};
use crate::i18n::Locale;
use crate::newcomers::ChatKey;
use crate::store::sql::SqlStore;
use crate::store::sql::rows::*;
use crate::store::sql::values;
use crate::store::*;

const WITHOUT_FOLLOWUPS: &str = "select n.channel, n.chat_id, n.municipality, n.consented_at \
     from newcomers n where n.status = 'active' and n.municipality is not null \
     and not exists (select 1 from followups f \
     where f.channel = n.channel and f.chat_id = n.chat_id) \
     order by n.consented_at, n.id limit $1";

const DUE: &str = "select f.channel, f.chat_id, f.municipality, n.locale, f.sent, n.consented_at \
     from followups f join newcomers n on n.channel = f.channel and n.chat_id = f.chat_id \
     and n.municipality = f.municipality and n.status = 'active' \
     where f.next_at <= $1 and (f.paused_until is null or f.paused_until <= $1) \
     order by f.next_at, f.channel, f.chat_id limit $2";

const RECORD: &str = "update followups set sent = $3, next_at = $4, updated_at = $5 \
     where channel = $1 and chat_id = $2 and sent = $6";

const SET_PAUSED: &str = "update followups set paused_until = $3, updated_at = $4 \
     where channel = $1 and chat_id = $2";

const FOLLOWUPS_OF: &str =
    "select sent, next_at, paused_until from followups where channel = $1 and chat_id = $2";

/// Erases the chat's follow-ups (`delete_person`).
pub(super) const DELETE_FOLLOWUPS_OF_CHAT: &str =
    "delete from followups where channel = $1 and chat_id = $2";

/// The most rows one seeding statement inserts (six parameters each).
const SEED_BATCH: usize = 500;

fn seed_statement(rows: usize) -> String {
    format!(
        "insert into followups (channel, chat_id, municipality, next_at, created_at, updated_at) \
         values {} on conflict (channel, chat_id) do nothing",
        values(BACKEND, rows, 6, 1)
    )
}

/// A count as stored (the column is an `integer`).
fn stored_count(n: u32) -> i32 {
    i32::try_from(n).unwrap_or(i32::MAX)
}

/// A stored count as the count it is.
fn count(column: &'static str, value: i32) -> Result<u32, StoreError> {
    u32::try_from(value).map_err(|_| StoreError::Corrupt {
        column,
        value: value.to_string(),
    })
}

#[async_trait]
impl FollowUpStore for SqlStore<Db> {
    async fn newcomers_without_followups(
        &self,
        limit: i64,
    ) -> Result<Vec<(ChatKey, String, DateTime<Utc>)>, StoreError> {
        let rows: Vec<(String, i64, String, DateTime<Utc>)> = sqlx::query_as(WITHOUT_FOLLOWUPS)
            .bind(limit)
            .fetch_all(&self.pool)
            .await?;
        rows.into_iter()
            .map(|(channel, chat_id, municipality, consented_at)| {
                Ok((
                    chat_key("newcomers.channel", &channel, chat_id)?,
                    municipality,
                    consented_at,
                ))
            })
            .collect()
    }

    async fn seed_followups(
        &self,
        rows: &[(ChatKey, String, Option<DateTime<Utc>>)],
        now: DateTime<Utc>,
    ) -> Result<u64, StoreError> {
        if rows.is_empty() {
            return Ok(0);
        }
        let mut tx = self.pool.begin().await?;
        let mut inserted = 0;
        for batch in rows.chunks(SEED_BATCH) {
            let sql = seed_statement(batch.len());
            let mut query = sqlx::query(&sql);
            for (chat, municipality, next_at) in batch {
                query = query
                    .bind(chat.channel.code())
                    .bind(chat.id)
                    .bind(municipality)
                    .bind(*next_at)
                    .bind(now)
                    .bind(now);
            }
            inserted += query.execute(&mut *tx).await?.rows_affected();
        }
        tx.commit().await?;
        Ok(inserted)
    }

    async fn due_followups(
        &self,
        now: DateTime<Utc>,
        limit: i64,
    ) -> Result<Vec<DueFollowUp>, StoreError> {
        let rows: Vec<(String, i64, String, String, i32, DateTime<Utc>)> = sqlx::query_as(DUE)
            .bind(now)
            .bind(limit)
            .fetch_all(&self.pool)
            .await?;
        rows.into_iter()
            .map(
                |(channel, chat_id, municipality, locale, sent, consented_at)| {
                    Ok(DueFollowUp {
                        chat: chat_key("followups.channel", &channel, chat_id)?,
                        municipality,
                        locale: parse("newcomers.locale", &locale, Locale::from_code)?,
                        sent: count("followups.sent", sent)?,
                        consented_at,
                    })
                },
            )
            .collect()
    }

    async fn record_followup(
        &self,
        chat: ChatKey,
        sent_before: u32,
        sent_now: u32,
        next_at: Option<DateTime<Utc>>,
        deliveries: &[NewDelivery],
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError> {
        let mut tx = self.pool.begin().await?;
        let recorded = sqlx::query(RECORD)
            .bind(chat.channel.code())
            .bind(chat.id)
            .bind(stored_count(sent_now))
            .bind(next_at)
            .bind(now)
            .bind(stored_count(sent_before))
            .execute(&mut *tx)
            .await?
            .rows_affected();
        if recorded == 0 {
            tx.rollback().await?;
            return Ok(false);
        }
        enqueue_all(&mut tx, deliveries, now).await?;
        tx.commit().await?;
        Ok(true)
    }

    async fn set_followups_paused(
        &self,
        chat: ChatKey,
        until: Option<DateTime<Utc>>,
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError> {
        let updated = sqlx::query(SET_PAUSED)
            .bind(chat.channel.code())
            .bind(chat.id)
            .bind(until)
            .bind(now)
            .execute(&self.pool)
            .await?
            .rows_affected();
        Ok(updated > 0)
    }

    async fn followups_of(&self, chat: ChatKey) -> Result<Option<FollowUpState>, StoreError> {
        let row: Option<(i32, Option<DateTime<Utc>>, Option<DateTime<Utc>>)> =
            sqlx::query_as(FOLLOWUPS_OF)
                .bind(chat.channel.code())
                .bind(chat.id)
                .fetch_optional(&self.pool)
                .await?;
        row.map(|(sent, next_at, paused_until)| {
            Ok(FollowUpState {
                sent: count("followups.sent", sent)?,
                next_at,
                paused_until,
            })
        })
        .transpose()
    }
}
