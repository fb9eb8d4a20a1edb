//! The SQL of [`EventStore`](crate::store::EventStore), for either backend
//! (see `sql/mod.rs`).

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use super::Db;
use super::outbox::enqueue_all;
use crate::events::{Event, EventDetails};
use crate::i18n::Locale;
use crate::newcomers::ChatKey;
use crate::store::sql::SqlStore;
use crate::store::sql::rows::*;
use crate::store::*;

const CREATE_EVENT: &str = "insert into events (municipality, title, place, starts_at, recurrence, \
     audience, descriptions, titles, skipped, status, created_at, updated_at, machine) \
     values ($1, $2, $3, $4, $5, $6, $7, $9, $10, 'active', $8, $8, $11) returning id";

const UPDATE_EVENT: &str = "update events set title = $2, place = $3, starts_at = $4, recurrence = $5, \
     audience = $6, descriptions = $7, updated_at = $8, titles = $9, skipped = $10, machine = $12 \
     where id = $1 and municipality = $11 and status = 'active'";

const CANCEL_EVENT: &str = "update events set status = 'cancelled', updated_at = $2 \
     where id = $1 and municipality = $3 and status = 'active'";

/// Withdraws an event's queued reminders whose source starts as given.
const WITHDRAW_REMINDERS: &str = "update outbox set status = 'cancelled', updated_at = $2 \
     where event_id = $1 and municipality = $4 and status = 'queued' and source like $3";

/// The chats waiting for an event's reminders, each once, with the
/// language of their profile (or, for a guest, of their conversation).
const REMINDED: &str = "select distinct o.channel, o.chat_id, coalesce(n.locale, c.locale) as locale \
     from outbox o \
     left join newcomers n on n.channel = o.channel and n.chat_id = o.chat_id \
     left join conversations c on c.channel = o.channel and c.chat_id = o.chat_id \
     where o.event_id = $1 and o.municipality = $2 and o.status = 'queued' and o.source like $3 \
     and coalesce(n.locale, c.locale) is not null \
     order by o.channel, o.chat_id";

const EVENT_COLUMNS: &str = "select id, municipality, title, place, starts_at, recurrence, audience, \
     descriptions, titles, skipped, status, machine from events";

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
            .bind(machine_json(&event.machine))
            .fetch_one(&self.pool)
            .await?)
    }

    async fn event(&self, municipality: &str, id: i64) -> Result<Option<Event>, StoreError> {
        let sql = format!("{EVENT_COLUMNS} where id = $1 and municipality = $2");
        sqlx::query_as::<_, EventRow>(&sql)
            .bind(id)
            .bind(municipality)
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

    async fn reminded(
        &self,
        municipality: &str,
        id: i64,
        reminders: &str,
    ) -> Result<Vec<(ChatKey, Locale)>, StoreError> {
        let rows: Vec<(String, i64, String)> = sqlx::query_as(REMINDED)
            .bind(id)
            .bind(municipality)
            .bind(format!("{reminders}%"))
            .fetch_all(&self.pool)
            .await?;
        rows.into_iter()
            .map(|(channel, chat_id, locale)| {
                Ok((
                    chat_key("outbox.channel", &channel, chat_id)?,
                    parse("newcomers.locale", &locale, Locale::from_code)?,
                ))
            })
            .collect()
    }

    async fn change_event(
        &self,
        municipality: &str,
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
                .bind(municipality)
                .bind(machine_json(&event.machine))
                .execute(&mut *tx)
                .await?
                .rows_affected(),
            None => sqlx::query(CANCEL_EVENT)
                .bind(id)
                .bind(now)
                .bind(municipality)
                .execute(&mut *tx)
                .await?
                .rows_affected(),
        };
        if changed == 0 {
            return Ok(0);
        }
        let withdrawn = sqlx::query(WITHDRAW_REMINDERS)
            .bind(id)
            .bind(now)
            .bind(format!("{withdraw}%"))
            .bind(municipality)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        enqueue_all(&mut tx, notices, now).await?;
        tx.commit().await?;
        Ok(withdrawn.max(1))
    }
}
