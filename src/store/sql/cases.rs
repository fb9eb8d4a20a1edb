//! The SQL of [`CaseStore`](crate::store::CaseStore), for either backend
//! (see `sql/mod.rs`).

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use super::Db;
use super::outbox::enqueue_all;
use crate::cases::{Case, CaseMessage, CaseRef};
use crate::newcomers::{Category, ChatKey};
use crate::store::sql::SqlStore;
use crate::store::sql::rows::*;
use crate::store::*;

const OPEN_CASE_OF: &str = "select id, ref from cases \
     where channel = $1 and chat_id = $2 and municipality = $3 and status = 'open'";

const CREATE_CASE: &str = "insert into cases (ref, municipality, channel, chat_id, locale, category, \
     status, waiting, created_at, updated_at) \
     values ($1, $2, $3, $4, $5, $6, 'open', $8, $7, $7) returning id";

const ADD_CASE_MESSAGE: &str = "insert into case_messages (case_id, from_staff, body, created_at) \
     values ($1, $2, $3, $4)";

const TOUCH_CASE: &str = "update cases set updated_at = $2 where id = $1 and municipality = $3";

const CASE_COLUMNS: &str = "select c.id, c.ref, c.municipality, c.channel, c.chat_id, c.locale, \
     c.category, c.status, c.created_at, c.updated_at, \
     (select count(*) from case_messages m where m.case_id = c.id) as messages, \
     (select m.body from case_messages m where m.case_id = c.id and not m.from_staff \
     order by m.id desc limit 1) as last_question from cases c";

const CLOSE_CASE: &str = "update cases set status = 'closed', waiting = false, updated_at = $2 \
     where id = $1 and municipality = $3 and status = 'open'";

const CASE_MESSAGES: &str = "select m.from_staff, m.body, m.created_at from case_messages m \
     join cases c on c.id = m.case_id where m.case_id = $1 and c.municipality = $2 order by m.id";

const ROUTE_CASE: &str = "update cases set waiting = false, updated_at = $2 \
     where id = $1 and municipality = $3 and waiting and status = 'open'";

const CASES_OF_CHAT: &str = "select count(*) from cases where channel = $1 and chat_id = $2";

#[async_trait]
impl CaseStore for SqlStore<Db> {
    async fn open_case_of(
        &self,
        chat: ChatKey,
        municipality: &str,
    ) -> Result<Option<(i64, CaseRef)>, StoreError> {
        let row: Option<(i64, String)> = sqlx::query_as(OPEN_CASE_OF)
            .bind(chat.channel.code())
            .bind(chat.id)
            .bind(municipality)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.map(|(id, reference)| (id, CaseRef::from_stored(reference))))
    }

    async fn add_to_case(
        &self,
        case: &NewCase,
        text: &str,
        from_staff: bool,
        deliveries: &[NewDelivery],
        now: DateTime<Utc>,
    ) -> Result<i64, StoreError> {
        let mut tx = self.pool.begin().await?;
        let id = match case.existing {
            Some(id) => {
                let touched = sqlx::query(TOUCH_CASE)
                    .bind(id)
                    .bind(now)
                    .bind(&case.municipality)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
                if touched == 0 {
                    return Err(StoreError::NotFound("cases"));
                }
                id
            }
            None => sqlx::query_scalar(CREATE_CASE)
                .bind(case.reference.as_str())
                .bind(&case.municipality)
                .bind(case.chat.channel.code())
                .bind(case.chat.id)
                .bind(case.locale.code())
                .bind(case.category.map(Category::code))
                .bind(now)
                .bind(case.waiting)
                .fetch_one(&mut *tx)
                .await
                .map_err(|error| match &error {
                    sqlx::Error::Database(e) if e.is_unique_violation() => {
                        StoreError::ReferenceTaken
                    }
                    _ => StoreError::from(error),
                })?,
        };
        sqlx::query(ADD_CASE_MESSAGE)
            .bind(id)
            .bind(from_staff)
            .bind(text)
            .bind(now)
            .execute(&mut *tx)
            .await?;
        enqueue_all(&mut tx, deliveries, now).await?;
        tx.commit().await?;
        Ok(id)
    }

    async fn case_by_ref(
        &self,
        municipality: &str,
        reference: &CaseRef,
    ) -> Result<Option<Case>, StoreError> {
        let sql = format!("{CASE_COLUMNS} where c.ref = $1 and c.municipality = $2");
        sqlx::query_as::<_, CaseRow>(&sql)
            .bind(reference.as_str())
            .bind(municipality)
            .fetch_optional(&self.pool)
            .await?
            .map(Case::try_from)
            .transpose()
    }

    async fn open_cases(&self, municipality: &str) -> Result<Vec<Case>, StoreError> {
        let sql = format!(
            "{CASE_COLUMNS} where c.municipality = $1 and c.status = 'open' order by c.updated_at, c.id"
        );
        convert(
            sqlx::query_as::<_, CaseRow>(&sql)
                .bind(municipality)
                .fetch_all(&self.pool)
                .await?,
        )
    }

    async fn close_case(
        &self,
        municipality: &str,
        id: i64,
        notice: &NewDelivery,
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError> {
        let mut tx = self.pool.begin().await?;
        let closed = sqlx::query(CLOSE_CASE)
            .bind(id)
            .bind(now)
            .bind(municipality)
            .execute(&mut *tx)
            .await?
            .rows_affected()
            > 0;
        if closed {
            enqueue_all(&mut tx, std::slice::from_ref(notice), now).await?;
        }
        tx.commit().await?;
        Ok(closed)
    }

    async fn case_messages(
        &self,
        municipality: &str,
        case_id: i64,
    ) -> Result<Vec<CaseMessage>, StoreError> {
        let rows: Vec<(bool, String, DateTime<Utc>)> = sqlx::query_as(CASE_MESSAGES)
            .bind(case_id)
            .bind(municipality)
            .fetch_all(&self.pool)
            .await?;
        Ok(rows
            .into_iter()
            .map(|(from_staff, body, created_at)| CaseMessage {
                from_staff,
                body,
                created_at,
            })
            .collect())
    }

    async fn waiting_cases(&self, municipality: &str) -> Result<Vec<Case>, StoreError> {
        let sql = format!(
            "{CASE_COLUMNS} where c.municipality = $1 and c.status = 'open' and c.waiting \
             order by c.created_at, c.id"
        );
        convert(
            sqlx::query_as::<_, CaseRow>(&sql)
                .bind(municipality)
                .fetch_all(&self.pool)
                .await?,
        )
    }

    async fn route_waiting_cases(
        &self,
        municipality: &str,
        case_ids: &[i64],
        deliveries: &[NewDelivery],
        now: DateTime<Utc>,
    ) -> Result<u64, StoreError> {
        let mut tx = self.pool.begin().await?;
        let mut taken = 0;
        for id in case_ids {
            taken += sqlx::query(ROUTE_CASE)
                .bind(id)
                .bind(now)
                .bind(municipality)
                .execute(&mut *tx)
                .await?
                .rows_affected();
        }
        if taken as usize != case_ids.len() {
            // Another instance routed some of them: leave it to it.
            tx.rollback().await?;
            return Ok(0);
        }
        enqueue_all(&mut tx, deliveries, now).await?;
        tx.commit().await?;
        Ok(taken)
    }

    async fn cases_of_chat(&self, chat: ChatKey) -> Result<Vec<Case>, StoreError> {
        let sql = format!("{CASE_COLUMNS} where c.channel = $1 and c.chat_id = $2 order by c.id");
        sqlx::query_as::<_, CaseRow>(&sql)
            .bind(chat.channel.code())
            .bind(chat.id)
            .fetch_all(&self.pool)
            .await?
            .into_iter()
            .map(Case::try_from)
            .collect()
    }

    async fn cases_of(&self, chat: ChatKey) -> Result<u64, StoreError> {
        let n: i64 = sqlx::query_scalar(CASES_OF_CHAT)
            .bind(chat.channel.code())
            .bind(chat.id)
            .fetch_one(&self.pool)
            .await?;
        Ok(n.max(0) as u64)
    }
}
