//! The store as a whole: its backend, migrations and tenants.

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use super::{BACKEND, Db, MIGRATIONS};
use crate::store::sql::SqlStore;
use crate::store::{Backend, Store, StoreError};

const UPSERT_MUNICIPALITY: &str = "insert into municipalities (slug, name, updated_at) \
     values ($1, $2, $3) \
     on conflict (slug) do update set name = excluded.name, updated_at = excluded.updated_at";

#[async_trait]
impl Store for SqlStore<Db> {
    fn backend(&self) -> Backend {
        BACKEND
    }

    async fn migrate(&self) -> Result<(), StoreError> {
        MIGRATIONS.run(&self.pool).await?;
        Ok(())
    }

    async fn ping(&self) -> Result<(), StoreError> {
        sqlx::query("select 1").execute(&self.pool).await?;
        Ok(())
    }

    async fn outbox_counts(&self) -> Result<Vec<(String, i64)>, StoreError> {
        Ok(
            sqlx::query_as("select status, count(*) from outbox group by status order by status")
                .fetch_all(&self.pool)
                .await?,
        )
    }

    async fn sync_municipalities(
        &self,
        municipalities: &[(String, String)],
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await?;
        for (slug, name) in municipalities {
            sqlx::query(UPSERT_MUNICIPALITY)
                .bind(slug)
                .bind(name)
                .bind(now)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(())
    }
}
