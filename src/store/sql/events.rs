//! The SQL of [`EventStore`](crate::store::EventStore), for either backend
//! (see `sql/mod.rs`).

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use super::Db;
use super::outbox::{CANCEL_DELIVERIES, enqueue};
use crate::events::{Event, EventDetails};
use crate::store::sql::SqlStore;
use crate::store::sql::rows::*;
use crate::store::*;

const CREATE_EVENT: &str = "insert into events (municipality, title, place, starts_at, recurrence, \
     audience, descriptions, titles, skipped, status, created_at, updated_at) \
     values ($1, $2, $3, $4, $5, $6, $7, $9, $10, 'active', $8, $8) returning id";

const UPDATE_EVENT: &str = "update events set title = $2, place = $3, starts_at = $4, recurrence = $5, \
     audience = $6, descriptions = $7, updated_at = $8, titles = $9, skipped = $10 \
     where id = $1 and status = 'active'";

const CANCEL_EVENT: &str =
    "update events set status = 'cancelled', updated_at = $2 where id = $1 and status = 'active'";

const EVENT_COLUMNS: &str = "select id, municipality, title, place, starts_at, recurrence, audience, \
     descriptions, titles, skipped, status from events";

#[async_trait]
impl EventStore for SqlStore<Db> {
    async fn create_event(
        &self,
        event: &EventDetails,
        now: DateTime<Utc>,
    ) -> Result<i64, StoreError> {
        Ok(sqlx::query_scalar(CREATE_EVENT)
            .bind(&event.municipality)
            .bind(&event.title)
            .bind(&event.place)
            .bind(event.starts_at)
            .bind(event.recurrence.to_stored(event.starts_at))
            .bind(to_json(&event.audience))
            .bind(to_json(&event.descriptions))
            .bind(now)
            .bind(to_json(&event.titles))
            .bind(to_json(&event.skipped))
            .fetch_one(&self.pool)
            .await?)
    }

    async fn event(&self, id: i64) -> Result<Option<Event>, StoreError> {
        let sql = format!("{EVENT_COLUMNS} where id = $1");
        sqlx::query_as::<_, EventRow>(&sql)
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
            .map(Event::try_from)
            .transpose()
    }

    async fn active_events(&self, municipality: &str) -> Result<Vec<Event>, StoreError> {
        let sql = format!(
            "{EVENT_COLUMNS} where municipality = $1 and status = 'active' order by starts_at, id"
        );
        convert(
            sqlx::query_as::<_, EventRow>(&sql)
                .bind(municipality)
                .fetch_all(&self.pool)
                .await?,
        )
    }

    async fn change_event(
        &self,
        id: i64,
        details: Option<&EventDetails>,
        withdraw: &str,
        notices: &[NewDelivery],
        now: DateTime<Utc>,
    ) -> Result<u64, StoreError> {
        let mut tx = self.pool.begin().await?;
        let changed = match details {
            Some(event) => sqlx::query(UPDATE_EVENT)
                .bind(id)
                .bind(&event.title)
                .bind(&event.place)
                .bind(event.starts_at)
                .bind(event.recurrence.to_stored(event.starts_at))
                .bind(to_json(&event.audience))
                .bind(to_json(&event.descriptions))
                .bind(now)
                .bind(to_json(&event.titles))
                .bind(to_json(&event.skipped))
                .execute(&mut *tx)
                .await?
                .rows_affected(),
            None => sqlx::query(CANCEL_EVENT)
                .bind(id)
                .bind(now)
                .execute(&mut *tx)
                .await?
                .rows_affected(),
        };
        if changed == 0 {
            return Ok(0);
        }
        let withdrawn = sqlx::query(CANCEL_DELIVERIES)
            .bind(withdraw)
            .bind(now)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        for notice in notices {
            enqueue(notice, now).execute(&mut *tx).await?;
        }
        tx.commit().await?;
        Ok(withdrawn.max(1))
    }
}
