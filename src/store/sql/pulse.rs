//! The SQL of [`PulseStore`](crate::store::PulseStore), for either backend
//! (see `sql/mod.rs`).

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use super::Db;
use crate::newcomers::{Category, ChatKey};
use crate::pulse::Answers;
use crate::store::sql::SqlStore;
use crate::store::sql::rows::*;
use crate::store::*;

const START: &str = "insert into pulse_responses (municipality, channel, chat_id, round_months, \
     category, months_here, answers, created_at, updated_at) \
     values ($1, $2, $3, $4, $5, $6, '{}', $7, $7) \
     on conflict (channel, chat_id, round_months) do nothing";

const OF_ROUND: &str = "select id, answers from pulse_responses \
     where channel = $1 and chat_id = $2 and round_months = $3";

const ANSWERS: &str =
    "select answers from pulse_responses where channel = $1 and chat_id = $2 and id = $3";

const SAVE: &str = "update pulse_responses set answers = $4, updated_at = $5 \
     where channel = $1 and chat_id = $2 and id = $3";

const OF_MUNICIPALITY: &str = "select municipality, round_months, category, months_here, \
     answers, created_at from pulse_responses \
     where municipality = $1 and created_at >= $2 and created_at < $3 order by created_at, id";

const OF_CHAT: &str = "select round_months, answers from pulse_responses \
     where channel = $1 and chat_id = $2 order by id";

const COUNT_OF_CHAT: &str =
    "select count(*) from pulse_responses where channel = $1 and chat_id = $2";

/// Removes the link between the chat and its answers (`delete_person`):
/// the anonymous answers stay for statistics.
pub(super) const UNLINK_PULSE_OF_CHAT: &str =
    "update pulse_responses set channel = null, chat_id = null where channel = $1 and chat_id = $2";

fn answers(json: &str) -> Result<Answers, StoreError> {
    serde_json::from_str(json).map_err(|_| StoreError::Corrupt {
        column: "pulse_responses.answers",
        value: json.to_owned(),
    })
}

fn stored(n: u32) -> i32 {
    i32::try_from(n).unwrap_or(i32::MAX)
}

fn months(column: &'static str, value: i32) -> Result<u32, StoreError> {
    u32::try_from(value).map_err(|_| StoreError::Corrupt {
        column,
        value: value.to_string(),
    })
}

#[async_trait]
impl PulseStore for SqlStore<Db> {
    async fn pulse_answers_of(&self, chat: ChatKey) -> Result<Vec<(u32, Answers)>, StoreError> {
        let rows: Vec<(i64, String)> = sqlx::query_as(OF_CHAT)
            .bind(chat.channel.code())
            .bind(chat.id)
            .fetch_all(&self.pool)
            .await?;
        rows.into_iter()
            .map(|(round, json)| Ok((round.max(0) as u32, answers(&json)?)))
            .collect()
    }

    async fn start_pulse(
        &self,
        chat: ChatKey,
        pulse: &NewPulse,
        now: DateTime<Utc>,
    ) -> Result<(i64, Answers), StoreError> {
        let mut tx = self.pool.begin().await?;
        sqlx::query(START)
            .bind(&pulse.municipality)
            .bind(chat.channel.code())
            .bind(chat.id)
            .bind(stored(pulse.round_months))
            .bind(pulse.category.map(Category::code))
            .bind(stored(pulse.months_here))
            .bind(now)
            .execute(&mut *tx)
            .await?;
        let (id, json): (i64, String) = sqlx::query_as(OF_ROUND)
            .bind(chat.channel.code())
            .bind(chat.id)
            .bind(stored(pulse.round_months))
            .fetch_one(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok((id, answers(&json)?))
    }

    async fn pulse_answers(&self, chat: ChatKey, id: i64) -> Result<Option<Answers>, StoreError> {
        let json: Option<String> = sqlx::query_scalar(ANSWERS)
            .bind(chat.channel.code())
            .bind(chat.id)
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        json.map(|json| answers(&json)).transpose()
    }

    async fn save_pulse_answers(
        &self,
        chat: ChatKey,
        id: i64,
        answers: &Answers,
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError> {
        let updated = sqlx::query(SAVE)
            .bind(chat.channel.code())
            .bind(chat.id)
            .bind(id)
            .bind(to_json(answers))
            .bind(now)
            .execute(&self.pool)
            .await?
            .rows_affected();
        Ok(updated > 0)
    }

    async fn pulse_responses(
        &self,
        municipality: &str,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> Result<Vec<PulseResponse>, StoreError> {
        let rows: Vec<(String, i32, Option<String>, i32, String, DateTime<Utc>)> =
            sqlx::query_as(OF_MUNICIPALITY)
                .bind(municipality)
                .bind(from)
                .bind(to)
                .fetch_all(&self.pool)
                .await?;
        rows.into_iter()
            .map(|(municipality, round, category, here, json, created_at)| {
                Ok(PulseResponse {
                    municipality,
                    round_months: months("pulse_responses.round_months", round)?,
                    category: parse_opt("pulse_responses.category", category, Category::from_code)?,
                    months_here: months("pulse_responses.months_here", here)?,
                    answers: answers(&json)?,
                    created_at,
                })
            })
            .collect()
    }

    async fn pulse_count_of(&self, chat: ChatKey) -> Result<u64, StoreError> {
        let n: i64 = sqlx::query_scalar(COUNT_OF_CHAT)
            .bind(chat.channel.code())
            .bind(chat.id)
            .fetch_one(&self.pool)
            .await?;
        Ok(n.max(0) as u64)
    }
}
