//! The SQL of [`SendingStore`](crate::store::SendingStore), for either
//! backend (see `sql/mod.rs`). The lease is PostgreSQL's session advisory
//! lock; SQLite, one process by nature, always grants it. The budget's
//! times are the database's own clock, in seconds since 1970.

use std::time::Duration;

use async_trait::async_trait;

use super::{BACKEND, Db};
use crate::store::sql::SqlStore;
use crate::store::*;

/// The advisory lock the sending process holds (the bytes of "velkomme").
const LEASE_KEY: i64 = 0x7665_6c6b_6f6d_6d65;

/// How long a lease's connection may take to answer before the lease is
/// taken as lost.
const LEASE_ANSWER: Duration = Duration::from_secs(5);

/// The lease's session: a name that shows in `pg_stat_activity`, and
/// keepalives, so that the server notices a vanished host (and frees the
/// lock) within about half a minute rather than the system's two hours.
const LEASE_SESSION: &str = "select set_config('application_name', 'velkommen sending lease', false), \
     set_config('tcp_keepalives_idle', '10', false), \
     set_config('tcp_keepalives_interval', '5', false), \
     set_config('tcp_keepalives_count', '3', false)";

/// Now, in seconds since 1970, by the database's clock.
fn now_sql() -> &'static str {
    match BACKEND {
        Backend::Postgres => "cast(extract(epoch from clock_timestamp()) as double precision)",
        Backend::Sqlite => "((julianday('now') - 2440587.5) * 86400.0)",
    }
}

/// Takes up to `$2` slots, those free longest first; concurrent takers on
/// PostgreSQL skip a slot another is taking instead of waiting for it
/// (SQLite runs one writer at a time anyway).
fn take_sql() -> String {
    let skip_locked = match BACKEND {
        Backend::Postgres => " for update skip locked",
        Backend::Sqlite => "",
    };
    format!(
        "update send_budget set free_at = {now} + $1, taken = taken + 1 \
         where slot in (select slot from send_budget where free_at <= {now} \
         order by free_at limit $2{skip_locked}) returning slot, taken",
        now = now_sql()
    )
}

fn wait_sql() -> String {
    format!("select min(free_at) - {} from send_budget", now_sql())
}

/// Gives back the slots listed in `$1`, a JSON array of
/// `{"slot", "taken", "after"}`, each only if it is still its taker's.
fn give_back_sql() -> String {
    let given = match BACKEND {
        Backend::Postgres => {
            "json_to_recordset(cast($1 as json)) as g (slot integer, taken bigint, after double precision)"
        }
        Backend::Sqlite => {
            "(select json_extract(value, '$.slot') as slot, json_extract(value, '$.taken') as taken, \
             json_extract(value, '$.after') as after from json_each($1)) as g"
        }
    };
    format!(
        "update send_budget set free_at = {} + g.after from {given} \
         where send_budget.slot = g.slot and send_budget.taken = g.taken",
        now_sql()
    )
}

const BUDGET_SIZE: &str =
    "select count(*), cast(coalesce(max(slot), -1) as bigint) from send_budget";

const SHRINK_BUDGET: &str = "delete from send_budget where slot >= $1";

const GROW_BUDGET: &str = "with recursive n (slot) as (select 0 union all \
     select slot + 1 from n where slot + 1 < $1) \
     insert into send_budget (slot, free_at, taken) select slot, 0, 0 from n where true \
     on conflict (slot) do nothing";

/// SQLite's one process.
struct OneProcess;

#[async_trait]
impl SendingLease for OneProcess {
    async fn still_held(&mut self) -> bool {
        true
    }

    async fn release(self: Box<Self>) {}
}

/// A PostgreSQL session holding the advisory lock.
struct AdvisoryLease {
    connection: <Db as sqlx::Database>::Connection,
}

#[async_trait]
impl SendingLease for AdvisoryLease {
    async fn still_held(&mut self) -> bool {
        let answer = sqlx::query_scalar::<_, i32>("select 1").fetch_one(&mut self.connection);
        matches!(tokio::time::timeout(LEASE_ANSWER, answer).await, Ok(Ok(1)))
    }

    async fn release(self: Box<Self>) {
        use sqlx::Connection as _;
        let mut connection = self.connection;
        // Closing the session frees the lock too; unlocking first says so
        // at once even if the close is slow.
        let _ = sqlx::query("select pg_advisory_unlock($1)")
            .bind(LEASE_KEY)
            .execute(&mut connection)
            .await;
        let _ = connection.close().await;
    }
}

#[async_trait]
impl SendingStore for SqlStore<Db> {
    async fn lead_sending(&self) -> Result<Option<Box<dyn SendingLease>>, StoreError> {
        use sqlx::Connection as _;
        if BACKEND == Backend::Sqlite {
            return Ok(Some(Box::new(OneProcess)));
        }
        // A connection of its own, outside the pool: the lock lives as long
        // as this session, and the pool would hand the session to others.
        let options = self.pool.connect_options();
        let mut connection = <Db as sqlx::Database>::Connection::connect_with(&options).await?;
        let held: bool = sqlx::query_scalar("select pg_try_advisory_lock($1)")
            .bind(LEASE_KEY)
            .fetch_one(&mut connection)
            .await?;
        if !held {
            let _ = connection.close().await;
            return Ok(None);
        }
        sqlx::query(LEASE_SESSION).execute(&mut connection).await?;
        Ok(Some(Box::new(AdvisoryLease { connection })))
    }

    async fn size_send_budget(&self, slots: u32) -> Result<(), StoreError> {
        let slots = i64::from(slots.max(1));
        let (count, last): (i64, i64) = sqlx::query_as(BUDGET_SIZE).fetch_one(&self.pool).await?;
        if count == slots && last == slots - 1 {
            return Ok(());
        }
        let mut tx = self.pool.begin().await?;
        sqlx::query(SHRINK_BUDGET)
            .bind(slots)
            .execute(&mut *tx)
            .await?;
        sqlx::query(GROW_BUDGET)
            .bind(slots)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn take_send_slots(&self, wanted: u32, hold: Duration) -> Result<SlotClaim, StoreError> {
        let taken: Vec<(i32, i64)> = sqlx::query_as(&take_sql())
            .bind(hold.as_secs_f64())
            .bind(i64::from(wanted))
            .fetch_all(&self.pool)
            .await?;
        let taken: Vec<TakenSlot> = taken
            .into_iter()
            .map(|(slot, taken)| TakenSlot { slot, taken })
            .collect();
        if taken.len() >= wanted as usize {
            return Ok(SlotClaim {
                taken,
                wait: Duration::ZERO,
            });
        }
        let wait: Option<f64> = sqlx::query_scalar(&wait_sql())
            .fetch_one(&self.pool)
            .await?;
        let wait = wait.filter(|w| w.is_finite()).unwrap_or(0.0).max(0.0);
        Ok(SlotClaim {
            taken,
            wait: Duration::from_secs_f64(wait),
        })
    }

    async fn give_back_send_slots(
        &self,
        slots: &[(TakenSlot, Duration)],
    ) -> Result<(), StoreError> {
        if slots.is_empty() {
            return Ok(());
        }
        let given: Vec<serde_json::Value> = slots
            .iter()
            .map(|(slot, after)| {
                serde_json::json!({
                    "slot": slot.slot,
                    "taken": slot.taken,
                    "after": after.as_secs_f64(),
                })
            })
            .collect();
        sqlx::query(&give_back_sql())
            .bind(serde_json::Value::Array(given).to_string())
            .execute(&self.pool)
            .await?;
        Ok(())
    }
}
