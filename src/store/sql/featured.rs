//! The SQL of [`FeaturedStore`](crate::store::FeaturedStore), for either
//! backend (see `sql/mod.rs`).

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use super::Db;
use super::outbox::enqueue_all;
use crate::announcements::Texts;
use crate::featured::{Candidate, Story, StoryStatus};
use crate::newcomers::{Arrival, Category, ChatKey};
use crate::store::sql::SqlStore;
use crate::store::sql::rows::*;
use crate::store::*;

const OPT_IN: &str = "insert into featured_candidates (channel, chat_id, municipality, opted_in_at) \
     values ($1, $2, $3, $4) on conflict (channel, chat_id) \
     do update set municipality = excluded.municipality";

const OPT_OUT: &str = "delete from featured_candidates where channel = $1 and chat_id = $2";

/// Erases the chat's opt-in (`delete_person`).
pub(super) const DELETE_FEATURED_OPTIN_OF_CHAT: &str = OPT_OUT;

/// Erases the stories about the chat, and their logs (`delete_person`;
/// their announcements were stopped before).
pub(super) const DELETE_STORIES_OF_CHAT: &str =
    "delete from featured_stories where channel = $1 and chat_id = $2";

const OPTIN_OF: &str =
    "select opted_in_at from featured_candidates where channel = $1 and chat_id = $2";

const CANDIDATES: &str = "select c.channel, c.chat_id, n.locale, n.category, n.arrival, c.opted_in_at \
     from featured_candidates c join newcomers n on n.channel = c.channel and n.chat_id = c.chat_id \
     and n.municipality = c.municipality and n.status = 'active' \
     where c.municipality = $1 order by c.opted_in_at, c.chat_id";

const CREATE: &str = "insert into featured_stories (municipality, channel, chat_id, author_channel, \
     author_chat_id, texts, status, created_at, updated_at) \
     values ($1, $2, $3, $4, $5, $6, 'draft', $7, $7) returning id";

const COLUMNS: &str = "select id, municipality, channel, chat_id, author_channel, author_chat_id, \
     texts, status, announcement_id, created_at, updated_at from featured_stories";

const SET_TEXTS: &str = "update featured_stories set texts = $3, updated_at = $4 \
     where municipality = $1 and id = $2 and status = 'draft'";

const LOG: &str = "insert into featured_events (story_id, event, at) values ($1, $2, $3)";

const LOG_OF: &str = "select event, at from featured_events where story_id = $1 order by at, id";

type Row = (
    i64,
    String,
    String,
    i64,
    String,
    i64,
    String,
    String,
    Option<i64>,
    DateTime<Utc>,
    DateTime<Utc>,
);

fn story(row: Row) -> Result<Story, StoreError> {
    let (
        id,
        municipality,
        channel,
        chat_id,
        author_channel,
        author_chat_id,
        texts,
        status,
        announcement,
        created_at,
        updated_at,
    ) = row;
    Ok(Story {
        id,
        municipality,
        chat: chat_key("featured_stories.channel", &channel, chat_id)?,
        author: chat_key(
            "featured_stories.author_channel",
            &author_channel,
            author_chat_id,
        )?,
        texts: from_json("featured_stories.texts", &texts)?,
        status: parse("featured_stories.status", &status, StoryStatus::from_code)?,
        announcement,
        created_at,
        updated_at,
    })
}

impl SqlStore<Db> {
    async fn stories(
        &self,
        sql: &str,
        binds: (&str, i64, Option<i64>),
    ) -> Result<Vec<Story>, StoreError> {
        let mut query = sqlx::query_as::<_, Row>(sql).bind(binds.0).bind(binds.1);
        if let Some(third) = binds.2 {
            query = query.bind(third);
        }
        query
            .fetch_all(&self.pool)
            .await?
            .into_iter()
            .map(story)
            .collect()
    }
}

#[async_trait]
impl FeaturedStore for SqlStore<Db> {
    async fn set_featured_optin(
        &self,
        chat: ChatKey,
        municipality: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        match municipality {
            Some(municipality) => {
                sqlx::query(OPT_IN)
                    .bind(chat.channel.code())
                    .bind(chat.id)
                    .bind(municipality)
                    .bind(now)
                    .execute(&self.pool)
                    .await?
            }
            None => {
                sqlx::query(OPT_OUT)
                    .bind(chat.channel.code())
                    .bind(chat.id)
                    .execute(&self.pool)
                    .await?
            }
        };
        Ok(())
    }

    async fn featured_optin_of(&self, chat: ChatKey) -> Result<Option<DateTime<Utc>>, StoreError> {
        Ok(sqlx::query_scalar(OPTIN_OF)
            .bind(chat.channel.code())
            .bind(chat.id)
            .fetch_optional(&self.pool)
            .await?)
    }

    async fn featured_candidates(&self, municipality: &str) -> Result<Vec<Candidate>, StoreError> {
        let rows: Vec<(
            String,
            i64,
            String,
            Option<String>,
            Option<String>,
            DateTime<Utc>,
        )> = sqlx::query_as(CANDIDATES)
            .bind(municipality)
            .fetch_all(&self.pool)
            .await?;
        rows.into_iter()
            .map(
                |(channel, chat_id, locale, category, arrival, opted_in_at)| {
                    Ok(Candidate {
                        chat: chat_key("featured_candidates.channel", &channel, chat_id)?,
                        locale: parse("newcomers.locale", &locale, crate::i18n::Locale::from_code)?,
                        category: parse_opt("newcomers.category", category, Category::from_code)?,
                        arrival: parse_opt("newcomers.arrival", arrival, Arrival::from_code)?,
                        opted_in_at,
                    })
                },
            )
            .collect()
    }

    async fn create_story(
        &self,
        municipality: &str,
        chat: ChatKey,
        author: ChatKey,
        texts: &Texts,
        now: DateTime<Utc>,
    ) -> Result<i64, StoreError> {
        Ok(sqlx::query_scalar(CREATE)
            .bind(municipality)
            .bind(chat.channel.code())
            .bind(chat.id)
            .bind(author.channel.code())
            .bind(author.id)
            .bind(to_json(texts))
            .bind(now)
            .fetch_one(&self.pool)
            .await?)
    }

    async fn story(&self, municipality: &str, id: i64) -> Result<Option<Story>, StoreError> {
        let sql = format!("{COLUMNS} where municipality = $1 and id = $2");
        Ok(self.stories(&sql, (municipality, id, None)).await?.pop())
    }

    async fn story_about(&self, chat: ChatKey, id: i64) -> Result<Option<Story>, StoreError> {
        let sql = format!("{COLUMNS} where channel = $1 and chat_id = $2 and id = $3");
        Ok(self
            .stories(&sql, (chat.channel.code(), chat.id, Some(id)))
            .await?
            .pop())
    }

    async fn stories_about(&self, chat: ChatKey) -> Result<Vec<Story>, StoreError> {
        let sql = format!("{COLUMNS} where channel = $1 and chat_id = $2 order by id desc");
        self.stories(&sql, (chat.channel.code(), chat.id, None))
            .await
    }

    async fn stories_in(&self, municipality: &str, limit: i64) -> Result<Vec<Story>, StoreError> {
        let sql = format!("{COLUMNS} where municipality = $1 order by id desc limit $2");
        self.stories(&sql, (municipality, limit, None)).await
    }

    async fn set_story_texts(
        &self,
        municipality: &str,
        id: i64,
        texts: &Texts,
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError> {
        Ok(sqlx::query(SET_TEXTS)
            .bind(municipality)
            .bind(id)
            .bind(to_json(texts))
            .bind(now)
            .execute(&self.pool)
            .await?
            .rows_affected()
            > 0)
    }

    async fn move_story(
        &self,
        id: i64,
        from: &[StoryStatus],
        to: StoryStatus,
        announcement: Option<i64>,
        deliveries: &[NewDelivery],
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError> {
        let allowed: Vec<String> = from.iter().map(|s| format!("'{}'", s.code())).collect();
        let sql = format!(
            "update featured_stories set status = $2, updated_at = $3, \
             announcement_id = coalesce($4, announcement_id) \
             where id = $1 and status in ({})",
            allowed.join(", ")
        );
        let mut tx = self.pool.begin().await?;
        let moved = sqlx::query(&sql)
            .bind(id)
            .bind(to.code())
            .bind(now)
            .bind(announcement)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        if moved == 0 {
            tx.rollback().await?;
            return Ok(false);
        }
        sqlx::query(LOG)
            .bind(id)
            .bind(to.code())
            .bind(now)
            .execute(&mut *tx)
            .await?;
        enqueue_all(&mut tx, deliveries, now).await?;
        tx.commit().await?;
        Ok(true)
    }

    async fn story_log(&self, id: i64) -> Result<Vec<(StoryStatus, DateTime<Utc>)>, StoreError> {
        let rows: Vec<(String, DateTime<Utc>)> = sqlx::query_as(LOG_OF)
            .bind(id)
            .fetch_all(&self.pool)
            .await?;
        rows.into_iter()
            .map(|(event, at)| {
                Ok((
                    parse("featured_events.event", &event, StoryStatus::from_code)?,
                    at,
                ))
            })
            .collect()
    }
}
