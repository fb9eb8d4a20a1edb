//! The SQL of [`OutboxStore`](crate::store::OutboxStore), for either backend
//! (see `sql/mod.rs`).

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use super::{BACKEND, Db};
use crate::newcomers::ChatKey;
use crate::store::sql::SqlStore;
use crate::store::sql::rows::*;
use crate::store::*;
use std::collections::BTreeMap;

/// The columns a new delivery gives, in the order [`enqueue_all`] binds them.
const ENQUEUE_COLUMNS: &str =
    "municipality, channel, chat_id, source, announcement_id, event_id, body, urgent, not_before";
const ENQUEUE_COLUMN_COUNT: usize = 9;

/// The most deliveries one statement inserts: 9 × 500 parameters stay far
/// below both backends' limits.
const ENQUEUE_BATCH: usize = 500;

/// Inserts `rows` deliveries whose values follow in `$1…`, then the time
/// in the last parameter. A message for a chat whose newcomer is
/// unreachable is recorded as blocked at once, so delivery reports count it
/// and nothing tries to send it; a (source, chat) already queued or sent is
/// skipped.
fn enqueue_statement(rows: usize) -> String {
    let mut values = Vec::with_capacity(rows);
    for row in 0..rows {
        let first = row * ENQUEUE_COLUMN_COUNT + 1;
        let params: Vec<String> = (first..first + ENQUEUE_COLUMN_COUNT)
            .map(|i| format!("${i}"))
            .collect();
        values.push(format!("({})", params.join(", ")));
    }
    let now = rows * ENQUEUE_COLUMN_COUNT + 1;
    format!(
        "with v ({ENQUEUE_COLUMNS}) as (values {}) \
         insert into outbox ({ENQUEUE_COLUMNS}, status, created_at, updated_at) \
         select v.municipality, v.channel, v.chat_id, v.source, v.announcement_id, v.event_id, \
         v.body, v.urgent, v.not_before, \
         case when exists (select 1 from newcomers n where n.channel = v.channel \
         and n.chat_id = v.chat_id and n.status = 'unreachable') then 'blocked' else 'queued' end, \
         ${now}, ${now} from v where true \
         on conflict (source, channel, chat_id) do nothing",
        values.join(", ")
    )
}

/// Queues deliveries with one statement per [`ENQUEUE_BATCH`]; returns how
/// many were new.
pub(super) async fn enqueue_all(
    connection: &mut <Db as sqlx::Database>::Connection,
    deliveries: &[NewDelivery],
    now: DateTime<Utc>,
) -> Result<u64, StoreError> {
    let mut inserted = 0;
    for batch in deliveries.chunks(ENQUEUE_BATCH) {
        let sql = enqueue_statement(batch.len());
        let mut query = sqlx::query(&sql);
        for d in batch {
            query = query
                .bind(&d.municipality)
                .bind(d.chat.channel.code())
                .bind(d.chat.id)
                .bind(&d.source)
                .bind(d.origin.announcement())
                .bind(d.origin.event())
                .bind(&d.body)
                .bind(d.urgent)
                .bind(d.not_before);
        }
        inserted += query
            .bind(now)
            .execute(&mut *connection)
            .await?
            .rows_affected();
    }
    Ok(inserted)
}

pub(super) const COUNT_PENDING: &str = "select count(*) from outbox \
     where channel = $1 and chat_id = $2 and status in ('queued', 'sending')";

const DUE_DELIVERIES: &str = "select id, channel, chat_id, source, body, urgent, attempts from outbox \
     where status = 'queued' and channel = 'telegram' and not_before <= $1 and (urgent or $2) \
     order by urgent desc, not_before, id limit $3";

/// The earliest of the urgent and (unless quiet) the other queued rows,
/// each a lookup at the start of the `outbox_due` index.
const NEXT_DUE: &str = "select min(t) from (\
     select min(not_before) as t from outbox \
     where status = 'queued' and channel = 'telegram' and urgent \
     union all select min(not_before) as t from outbox \
     where status = 'queued' and channel = 'telegram' and not urgent and $1) d";

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

/// Adds the counts of an announcement's prunable rows to what was kept.
const KEEP_COUNTS: &str = "insert into announcement_counts (announcement_id, status, n) \
     select announcement_id, status, count(*) from outbox \
     where status in ('sent', 'blocked', 'failed', 'cancelled') and updated_at < $1 \
     and announcement_id is not null group by announcement_id, status \
     on conflict (announcement_id, status) do update set n = announcement_counts.n + excluded.n";

const PRUNE: &str = "delete from outbox \
     where status in ('sent', 'blocked', 'failed', 'cancelled') and updated_at < $1";

/// [`KEEP_COUNTS`] and [`PRUNE`] as one statement on PostgreSQL, counting
/// exactly the rows it removed: instances pruning at the same moment then
/// never count a row twice (the second waits for the first's delete and
/// finds the rows gone). SQLite runs one writer at a time anyway.
const PRUNE_KEEPING_COUNTS: &str = "with gone as (delete from outbox \
     where status in ('sent', 'blocked', 'failed', 'cancelled') and updated_at < $1 \
     returning announcement_id, status), \
     kept as (insert into announcement_counts (announcement_id, status, n) \
     select announcement_id, status, count(*) from gone \
     where announcement_id is not null group by announcement_id, status \
     on conflict (announcement_id, status) do update set n = announcement_counts.n + excluded.n) \
     select count(*) from gone";

const DELIVERY_REPORT: &str = "select status, count(*) from outbox \
     where source = $1 and municipality = $2 group by status";

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
        let mut connection = self.pool.acquire().await?;
        let inserted = enqueue_all(&mut connection, std::slice::from_ref(delivery), now).await?;
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
        municipality: &str,
        source: &str,
    ) -> Result<BTreeMap<DeliveryStatus, u64>, StoreError> {
        let rows: Vec<(String, i64)> = sqlx::query_as(DELIVERY_REPORT)
            .bind(source)
            .bind(municipality)
            .fetch_all(&self.pool)
            .await?;
        report_rows(rows)
    }

    async fn prune_outbox(&self, before: DateTime<Utc>) -> Result<u64, StoreError> {
        if BACKEND == Backend::Postgres {
            let pruned: i64 = sqlx::query_scalar(PRUNE_KEEPING_COUNTS)
                .bind(before)
                .fetch_one(&self.pool)
                .await?;
            return Ok(pruned.max(0) as u64);
        }
        let mut tx = self.pool.begin().await?;
        sqlx::query(KEEP_COUNTS)
            .bind(before)
            .execute(&mut *tx)
            .await?;
        let pruned = sqlx::query(PRUNE)
            .bind(before)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        tx.commit().await?;
        Ok(pruned)
    }
}
