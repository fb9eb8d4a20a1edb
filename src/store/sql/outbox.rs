//! The SQL of [`OutboxStore`](crate::store::OutboxStore), for either backend
//! (see `sql/mod.rs`).

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use super::{Db, Query};
use crate::newcomers::ChatKey;
use crate::store::sql::SqlStore;
use crate::store::sql::rows::*;
use crate::store::*;
use std::collections::BTreeMap;

/// A message for a chat whose newcomer is unreachable is recorded as
/// blocked at once, so delivery reports count it and nothing tries to send it.
const ENQUEUE: &str = "insert into outbox (municipality, channel, chat_id, source, body, urgent, \
     not_before, status, created_at, updated_at) \
     values ($1, $2, $3, $4, $5, $6, $7, \
     case when exists (select 1 from newcomers n where n.channel = $2 and n.chat_id = $3 \
     and n.status = 'unreachable') then 'blocked' else 'queued' end, $8, $8) \
     on conflict (source, channel, chat_id) do nothing";

pub(super) const CANCEL_DELIVERIES: &str = "update outbox set status = 'cancelled', updated_at = $2 \
     where source like $1 and status = 'queued'";

pub(super) const COUNT_PENDING: &str = "select count(*) from outbox \
     where channel = $1 and chat_id = $2 and status in ('queued', 'sending')";

const DUE_DELIVERIES: &str = "select id, channel, chat_id, source, body, urgent, attempts from outbox \
     where status = 'queued' and channel = 'telegram' and not_before <= $1 and (urgent or $2) \
     order by urgent desc, not_before, id limit $3";

const NEXT_DUE: &str = "select min(not_before) from outbox \
     where status = 'queued' and channel = 'telegram' and (urgent or $1)";

const START_SENDING: &str = "update outbox set status = 'sending', attempts = attempts + 1, \
     updated_at = $2 where id = $1 and status = 'queued'";

const MARK_SENT: &str = "update outbox set status = 'sent', sent_at = $2, updated_at = $2, \
     last_error = null where id = $1";

const RETRY_LATER: &str = "update outbox set status = 'queued', not_before = $2, last_error = $3, \
     updated_at = $4 where id = $1";

const DEFER: &str =
    "update outbox set not_before = $2 where id = $1 and status = 'queued' and not_before < $2";

const MARK_FAILED: &str =
    "update outbox set status = 'failed', last_error = $2, updated_at = $3 where id = $1";

const BLOCK_DELIVERIES: &str = "update outbox set status = 'blocked', last_error = $3, updated_at = $4 \
     where channel = $1 and chat_id = $2 and status in ('queued', 'sending')";

const MARK_UNREACHABLE: &str = "update newcomers set status = 'unreachable', updated_at = $3 \
     where channel = $1 and chat_id = $2";

const REQUEUE_INTERRUPTED: &str =
    "update outbox set status = 'queued', updated_at = $1 where status = 'sending'";

const DELIVERY_REPORT: &str =
    "select status, count(*) from outbox where source = $1 group by status";

const QUEUED_FROM: &str = "select channel, chat_id from outbox \
     where source like $1 and status = 'queued' order by id";

/// The statement that queues one delivery.
pub(super) fn enqueue(delivery: &NewDelivery, now: DateTime<Utc>) -> Query<'_> {
    sqlx::query(ENQUEUE)
        .bind(&delivery.municipality)
        .bind(delivery.chat.channel.code())
        .bind(delivery.chat.id)
        .bind(&delivery.source)
        .bind(&delivery.body)
        .bind(delivery.urgent)
        .bind(delivery.not_before)
        .bind(now)
}

#[async_trait]
impl OutboxStore for SqlStore<Db> {
    async fn pending_deliveries(&self, chat: ChatKey) -> Result<u64, StoreError> {
        let pending: i64 = sqlx::query_scalar(COUNT_PENDING)
            .bind(chat.channel.code())
            .bind(chat.id)
            .fetch_one(&self.pool)
            .await?;
        Ok(pending.max(0) as u64)
    }

    async fn enqueue(
        &self,
        delivery: &NewDelivery,
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError> {
        let inserted = enqueue(delivery, now)
            .execute(&self.pool)
            .await?
            .rows_affected();
        Ok(inserted == 1)
    }

    async fn due_deliveries(
        &self,
        now: DateTime<Utc>,
        include_non_urgent: bool,
        limit: i64,
    ) -> Result<Vec<Delivery>, StoreError> {
        convert(
            sqlx::query_as::<_, DeliveryRow>(DUE_DELIVERIES)
                .bind(now)
                .bind(include_non_urgent)
                .bind(limit)
                .fetch_all(&self.pool)
                .await?,
        )
    }

    async fn next_due(
        &self,
        include_non_urgent: bool,
    ) -> Result<Option<DateTime<Utc>>, StoreError> {
        Ok(sqlx::query_scalar(NEXT_DUE)
            .bind(include_non_urgent)
            .fetch_one(&self.pool)
            .await?)
    }

    async fn start_sending(&self, id: i64, now: DateTime<Utc>) -> Result<bool, StoreError> {
        let claimed = sqlx::query(START_SENDING)
            .bind(id)
            .bind(now)
            .execute(&self.pool)
            .await?
            .rows_affected();
        Ok(claimed == 1)
    }

    async fn mark_sent(&self, id: i64, now: DateTime<Utc>) -> Result<(), StoreError> {
        sqlx::query(MARK_SENT)
            .bind(id)
            .bind(now)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn defer(&self, id: i64, not_before: DateTime<Utc>) -> Result<(), StoreError> {
        sqlx::query(DEFER)
            .bind(id)
            .bind(not_before)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn retry_later(
        &self,
        id: i64,
        not_before: DateTime<Utc>,
        error: &str,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        sqlx::query(RETRY_LATER)
            .bind(id)
            .bind(not_before)
            .bind(error)
            .bind(now)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn mark_failed(
        &self,
        id: i64,
        error: &str,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        sqlx::query(MARK_FAILED)
            .bind(id)
            .bind(error)
            .bind(now)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn block_chat(
        &self,
        chat: ChatKey,
        error: &str,
        now: DateTime<Utc>,
    ) -> Result<u64, StoreError> {
        let mut tx = self.pool.begin().await?;
        let stopped = sqlx::query(BLOCK_DELIVERIES)
            .bind(chat.channel.code())
            .bind(chat.id)
            .bind(error)
            .bind(now)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        sqlx::query(MARK_UNREACHABLE)
            .bind(chat.channel.code())
            .bind(chat.id)
            .bind(now)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(stopped)
    }

    async fn requeue_interrupted(&self, now: DateTime<Utc>) -> Result<u64, StoreError> {
        Ok(sqlx::query(REQUEUE_INTERRUPTED)
            .bind(now)
            .execute(&self.pool)
            .await?
            .rows_affected())
    }

    async fn delivery_report(
        &self,
        source: &str,
    ) -> Result<BTreeMap<DeliveryStatus, u64>, StoreError> {
        let rows: Vec<(String, i64)> = sqlx::query_as(DELIVERY_REPORT)
            .bind(source)
            .fetch_all(&self.pool)
            .await?;
        report_rows(rows)
    }

    async fn queued_recipients(&self, source_prefix: &str) -> Result<Vec<ChatKey>, StoreError> {
        let rows: Vec<(String, i64)> = sqlx::query_as(QUEUED_FROM)
            .bind(format!("{source_prefix}%"))
            .fetch_all(&self.pool)
            .await?;
        let mut chats = Vec::new();
        for (channel, id) in rows {
            let chat = chat_key("outbox.channel", &channel, id)?;
            if !chats.contains(&chat) {
                chats.push(chat);
            }
        }
        Ok(chats)
    }
}
