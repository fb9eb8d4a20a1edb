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

/// Takes the slot free longest; concurrent takers on PostgreSQL skip a
/// slot another is taking instead of waiting for it (SQLite runs one
/// writer at a time anyway).
fn take_sql() -> String {
    let skip_locked = match BACKEND {
        Backend::Postgres => " for update skip locked",
        Backend::Sqlite => "",
    };
    format!(
        "update send_budget set free_at = {now} + $1, taken = taken + 1 \
         where slot = (select slot from send_budget where free_at <= {now} \
         order by free_at limit 1{skip_locked}) returning slot, taken",
        now = now_sql()
    )
}

fn wait_sql() -> String {
    format!("select min(free_at) - {} from send_budget", now_sql())
}

fn give_back_sql() -> String {
    format!(
        "update send_budget set free_at = {} + $3 where slot = $1 and taken = $2",
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

    async fn take_send_slot(&self, hold: Duration) -> Result<SlotClaim, StoreError> {
        let taken: Option<(i32, i64)> = sqlx::query_as(&take_sql())
            .bind(hold.as_secs_f64())
            .fetch_optional(&self.pool)
            .await?;
        if let Some((slot, taken)) = taken {
            return Ok(SlotClaim::Taken(TakenSlot { slot, taken }));
        }
        let wait: Option<f64> = sqlx::query_scalar(&wait_sql())
            .fetch_one(&self.pool)
            .await?;
        let wait = wait.filter(|w| w.is_finite()).unwrap_or(0.0).max(0.0);
        Ok(SlotClaim::WaitFor(Duration::from_secs_f64(wait)))
    }

    async fn give_back_send_slot(
        &self,
        slot: TakenSlot,
        after: Duration,
    ) -> Result<(), StoreError> {
        sqlx::query(&give_back_sql())
            .bind(slot.slot)
            .bind(slot.taken)
            .bind(after.as_secs_f64())
            .execute(&self.pool)
            .await?;
        Ok(())
    }
}
