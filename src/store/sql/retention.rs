//! The SQL of [`RetentionStore`](crate::store::RetentionStore), for either
//! backend (see `sql/mod.rs`).

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use super::Db;
use crate::i18n::Locale;
use crate::newcomers::ChatKey;
use crate::store::sql::SqlStore;
use crate::store::sql::rows::*;
use crate::store::*;

const QUIET: &str = "select c.channel, c.chat_id, c.locale, c.updated_at, n.municipality, w.warned_at \
     from conversations c \
     left join newcomers n on n.channel = c.channel and n.chat_id = c.chat_id \
     left join retention_warnings w on w.channel = c.channel and w.chat_id = c.chat_id \
     where c.updated_at <= $1 \
     and not exists (select 1 from staff s where s.channel = c.channel and s.chat_id = c.chat_id) \
     order by c.updated_at limit $2";

const WARNED: &str = "insert into retention_warnings (channel, chat_id, warned_at) values ($1, $2, $3) \
     on conflict (channel, chat_id) do update set warned_at = excluded.warned_at";

const DELETE_OLD_MESSAGES: &str = "delete from case_messages where case_id in \
     (select id from cases where status = 'closed' and updated_at < $1)";

const DELETE_OLD_CASES: &str = "delete from cases where status = 'closed' and updated_at < $1";

/// Forgets a warning with the person (`delete_person`).
pub(super) const DELETE_WARNING_OF_CHAT: &str =
    "delete from retention_warnings where channel = $1 and chat_id = $2";

type Row = (
    String,
    i64,
    String,
    DateTime<Utc>,
    Option<String>,
    Option<DateTime<Utc>>,
);

#[async_trait]
impl RetentionStore for SqlStore<Db> {
    async fn quiet_since(
        &self,
        before: DateTime<Utc>,
        limit: i64,
    ) -> Result<Vec<Quiet>, StoreError> {
        let rows: Vec<Row> = sqlx::query_as(QUIET)
            .bind(before)
            .bind(limit)
            .fetch_all(&self.pool)
            .await?;
        rows.into_iter()
            .map(
                |(channel, chat_id, locale, last_active, municipality, warned_at)| {
                    Ok(Quiet {
                        chat: chat_key("conversations.channel", &channel, chat_id)?,
                        locale: parse("conversations.locale", &locale, Locale::from_code)?,
                        municipality,
                        last_active,
                        warned_at,
                    })
                },
            )
            .collect()
    }

    async fn mark_warned(&self, chat: ChatKey, at: DateTime<Utc>) -> Result<(), StoreError> {
        sqlx::query(WARNED)
            .bind(chat.channel.code())
            .bind(chat.id)
            .bind(at)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn delete_closed_cases(&self, before: DateTime<Utc>) -> Result<u64, StoreError> {
        let mut tx = self.pool.begin().await?;
        sqlx::query(DELETE_OLD_MESSAGES)
            .bind(before)
            .execute(&mut *tx)
            .await?;
        let deleted = sqlx::query(DELETE_OLD_CASES)
            .bind(before)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        tx.commit().await?;
        Ok(deleted)
    }
}
