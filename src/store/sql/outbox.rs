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

/// The most chats one statement queues a message for.
const ENQUEUE_BATCH: usize = 10_000;

/// The numbers of a list bound as parameter `$n` (made by [`id_list`]),
/// as a one-column select of `x`: a whole list is one parameter, whatever
/// its length, so the statement's text stays the same.
fn listed(n: u32) -> String {
    match BACKEND {
        Backend::Postgres => format!("select x from unnest(cast(${n} as bigint[])) x"),
        Backend::Sqlite => format!("select cast(value as integer) as x from json_each(${n})"),
    }
}

/// `ids` as one parameter for [`listed`]: a PostgreSQL array (`{1,2}`)
/// or a JSON array (`[1,2]`) on SQLite.
fn id_list(ids: &[i64]) -> String {
    let ids: Vec<String> = ids.iter().map(i64::to_string).collect();
    match BACKEND {
        Backend::Postgres => format!("{{{}}}", ids.join(",")),
        Backend::Sqlite => format!("[{}]", ids.join(",")),
    }
}

/// Queues one message for the chats listed in `$10`, with the time in
/// `$9`. A message for a chat whose newcomer is unreachable is recorded
/// as blocked at once, so delivery reports count it and nothing tries to
/// send it; a (source, chat) already queued or sent is skipped.
fn enqueue_statement() -> String {
    format!(
        "insert into outbox (municipality, channel, chat_id, source, announcement_id, event_id, \
         body, urgent, not_before, status, created_at, updated_at) \
         select $1, $2, c.x, $3, $4, $5, $6, $7, $8, \
         case when exists (select 1 from newcomers n where n.channel = $2 \
         and n.chat_id = c.x and n.status = 'unreachable') then 'blocked' else 'queued' end, \
         $9, $9 from ({chats}) c where true \
         on conflict (source, channel, chat_id) do nothing",
        chats = listed(10)
    )
}

/// Queues deliveries set-based: those alike but for their chat (an
/// announcement's run in one language, say) with one statement, which gets
/// the message once and the chats as one list: a run to 20 000 people is a
/// statement per language, not 20 000 rows of parameters for the database
/// to parse. The order of `deliveries` is kept within each message.
/// Returns how many were new.
pub(super) async fn enqueue_all(
    connection: &mut <Db as sqlx::Database>::Connection,
    deliveries: &[NewDelivery],
    now: DateTime<Utc>,
) -> Result<u64, StoreError> {
    let mut messages: Vec<(&NewDelivery, Vec<i64>)> = Vec::new();
    let mut seen: std::collections::HashMap<_, usize> = std::collections::HashMap::new();
    for delivery in deliveries {
        let key = (
            delivery.chat.channel.code(),
            delivery.source.as_str(),
            delivery.body.as_str(),
            delivery.municipality.as_str(),
            delivery.origin.announcement(),
            delivery.origin.event(),
            delivery.urgent,
            delivery.not_before,
        );
        match seen.get(&key) {
            Some(&index) => messages[index].1.push(delivery.chat.id),
            None => {
                seen.insert(key, messages.len());
                messages.push((delivery, vec![delivery.chat.id]));
            }
        }
    }
    let sql = enqueue_statement();
    let mut inserted = 0;
    for (message, chats) in &messages {
        for chats in chats.chunks(ENQUEUE_BATCH) {
            inserted += sqlx::query(&sql)
                .bind(&message.municipality)
                .bind(message.chat.channel.code())
                .bind(&message.source)
                .bind(message.origin.announcement())
                .bind(message.origin.event())
                .bind(&message.body)
                .bind(message.urgent)
                .bind(message.not_before)
                .bind(now)
                .bind(id_list(chats))
                .execute(&mut *connection)
                .await?
                .rows_affected();
        }
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

/// Marks the queued ones of the deliveries listed in `$1` as being sent
/// and returns their ids. On PostgreSQL a row another transaction holds
/// (a cancellation, a chat being blocked) is skipped rather than waited
/// for; SQLite runs one writer at a time anyway.
fn start_sending_statement() -> String {
    let skip_locked = match BACKEND {
        Backend::Postgres => " for update skip locked",
        Backend::Sqlite => "",
    };
    format!(
        "update outbox set status = 'sending', attempts = attempts + 1, updated_at = $2 \
         where id in (select id from outbox where id in ({ids}) and status = 'queued'{skip_locked}) \
         returning id",
        ids = listed(1)
    )
}

fn mark_sent_statement() -> String {
    format!(
        "update outbox set status = 'sent', sent_at = $2, updated_at = $2, last_error = null \
         where id in ({ids})",
        ids = listed(1)
    )
}

/// Undoes [`start_sending_statement`] for the deliveries listed in `$1`
/// that are still being sent.
fn put_back_statement() -> String {
    format!(
        "update outbox set status = 'queued', attempts = attempts - 1, updated_at = $2 \
         where id in ({ids}) and status = 'sending'",
        ids = listed(1)
    )
}

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

    async fn start_sending(&self, ids: &[i64], now: DateTime<Utc>) -> Result<Vec<i64>, StoreError> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        Ok(sqlx::query_scalar(&start_sending_statement())
            .bind(id_list(ids))
            .bind(now)
            .fetch_all(&self.pool)
            .await?)
    }

    async fn mark_sent(&self, ids: &[i64], now: DateTime<Utc>) -> Result<(), StoreError> {
        if ids.is_empty() {
            return Ok(());
        }
        sqlx::query(&mark_sent_statement())
            .bind(id_list(ids))
            .bind(now)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn put_back(&self, ids: &[i64], now: DateTime<Utc>) -> Result<(), StoreError> {
        if ids.is_empty() {
            return Ok(());
        }
        sqlx::query(&put_back_statement())
            .bind(id_list(ids))
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
