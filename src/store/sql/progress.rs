//! The SQL of [`ProgressStore`](crate::store::ProgressStore), for either backend
//! (see `sql/mod.rs`).

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use super::Db;
use crate::guide::StepState;
use crate::newcomers::ChatKey;
use crate::skills::Skills;
use crate::store::sql::SqlStore;
use crate::store::sql::rows::*;
use crate::store::*;
use std::collections::BTreeMap;

const CHECKLIST_PROGRESS: &str =
    "select step, state from checklist_progress where channel = $1 and chat_id = $2";

const SET_STEP_STATE: &str = "insert into checklist_progress (channel, chat_id, step, state, updated_at) \
     values ($1, $2, $3, $4, $5) \
     on conflict (channel, chat_id, step) do update set state = excluded.state, updated_at = excluded.updated_at";

const CLEAR_STEP_STATE: &str =
    "delete from checklist_progress where channel = $1 and chat_id = $2 and step = $3";

pub(super) const DELETE_SKILLS: &str = "delete from skills where channel = $1 and chat_id = $2";

const LOAD_SKILLS: &str = "select profile from skills where channel = $1 and chat_id = $2";

const SAVE_SKILLS: &str = "insert into skills (channel, chat_id, profile, consented_at, updated_at) \
     values ($1, $2, $3, $4, $4) \
     on conflict (channel, chat_id) do update set profile = excluded.profile, updated_at = excluded.updated_at";

const SKILLS_IN: &str = "select s.channel, s.chat_id, n.locale, n.category, s.profile, s.updated_at \
     from skills s join newcomers n on n.channel = s.channel and n.chat_id = s.chat_id \
     where n.municipality = $1 and n.status = 'active' order by s.consented_at, s.chat_id";

#[async_trait]
impl ProgressStore for SqlStore<Db> {
    async fn skills_in(&self, municipality: &str) -> Result<Vec<SkilledNewcomer>, StoreError> {
        type Row = (String, i64, String, Option<String>, String, DateTime<Utc>);
        let rows: Vec<Row> = sqlx::query_as(SKILLS_IN)
            .bind(municipality)
            .fetch_all(&self.pool)
            .await?;
        rows.into_iter()
            .map(
                |(channel, chat_id, locale, category, profile, updated_at)| {
                    Ok(SkilledNewcomer {
                        chat: chat_key("skills.channel", &channel, chat_id)?,
                        locale: parse("newcomers.locale", &locale, crate::i18n::Locale::from_code)?,
                        category: parse_opt(
                            "newcomers.category",
                            category,
                            crate::newcomers::Category::from_code,
                        )?,
                        skills: from_json("skills.profile", &profile)?,
                        updated_at,
                    })
                },
            )
            .collect()
    }

    async fn checklist_progress(
        &self,
        chat: ChatKey,
    ) -> Result<BTreeMap<String, StepState>, StoreError> {
        let rows: Vec<(String, String)> = sqlx::query_as(CHECKLIST_PROGRESS)
            .bind(chat.channel.code())
            .bind(chat.id)
            .fetch_all(&self.pool)
            .await?;
        rows.into_iter()
            .map(|(step, state)| {
                Ok((
                    step,
                    parse("checklist_progress.state", &state, StepState::from_code)?,
                ))
            })
            .collect()
    }

    async fn set_step_state(
        &self,
        chat: ChatKey,
        step: &str,
        state: Option<StepState>,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        match state {
            Some(state) => {
                sqlx::query(SET_STEP_STATE)
                    .bind(chat.channel.code())
                    .bind(chat.id)
                    .bind(step)
                    .bind(state.code())
                    .bind(now)
                    .execute(&self.pool)
                    .await?
            }
            None => {
                sqlx::query(CLEAR_STEP_STATE)
                    .bind(chat.channel.code())
                    .bind(chat.id)
                    .bind(step)
                    .execute(&self.pool)
                    .await?
            }
        };
        Ok(())
    }

    async fn load_skills(&self, chat: ChatKey) -> Result<Option<Skills>, StoreError> {
        let profile: Option<String> = sqlx::query_scalar(LOAD_SKILLS)
            .bind(chat.channel.code())
            .bind(chat.id)
            .fetch_optional(&self.pool)
            .await?;
        profile.map(|p| from_json("skills.profile", &p)).transpose()
    }

    async fn save_skills(
        &self,
        chat: ChatKey,
        skills: &Skills,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        sqlx::query(SAVE_SKILLS)
            .bind(chat.channel.code())
            .bind(chat.id)
            .bind(to_json(skills))
            .bind(now)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn delete_skills(&self, chat: ChatKey) -> Result<bool, StoreError> {
        Ok(sqlx::query(DELETE_SKILLS)
            .bind(chat.channel.code())
            .bind(chat.id)
            .execute(&self.pool)
            .await?
            .rows_affected()
            > 0)
    }
}
