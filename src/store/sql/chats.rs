//! The SQL of [`ChatStore`](crate::store::ChatStore), for either backend
//! (see `sql/mod.rs`).

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use super::outbox::COUNT_PENDING;
use super::progress::DELETE_SKILLS;
use super::{BACKEND, Db, Query};
use crate::announcements::Traits;
use crate::i18n::Locale;
use crate::newcomers::Status;
use crate::newcomers::{Arrival, Category, ChatKey, Citizenship, Household, Newcomer};
use crate::store::sql::SqlStore;
use crate::store::sql::rows::*;
use crate::store::*;

const LOAD_CONVERSATION: &str =
    "select locale, state from conversations where channel = $1 and chat_id = $2";

const SAVE_CONVERSATION: &str = "insert into conversations (channel, chat_id, locale, state, updated_at) \
     values ($1, $2, $3, $4, $5) \
     on conflict (channel, chat_id) do update set \
     locale = excluded.locale, state = excluded.state, updated_at = excluded.updated_at";

const LOAD_NEWCOMER: &str = "select channel, chat_id, municipality, locale, category, arrival, household, \
     wants_mentor, citizenship, consented_at, status, created_at \
     from newcomers where channel = $1 and chat_id = $2";

/// One row whatever exists: the chat's conversation and newcomer, if any.
const LOAD_CHAT: &str = "select c.locale as conversation_locale, c.state, \
     n.channel, n.chat_id, n.municipality, n.locale, n.category, n.arrival, n.household, \
     n.wants_mentor, n.citizenship, n.consented_at, n.status, n.created_at \
     from (select cast($1 as text) as channel, cast($2 as bigint) as chat_id) k \
     left join conversations c on c.channel = k.channel and c.chat_id = k.chat_id \
     left join newcomers n on n.channel = k.channel and n.chat_id = k.chat_id";

const SAVE_NEWCOMER: &str = "insert into newcomers (channel, chat_id, municipality, locale, category, arrival, \
     household, wants_mentor, citizenship, consented_at, status, created_at, updated_at) \
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) \
     on conflict (channel, chat_id) do update set \
     municipality = excluded.municipality, locale = excluded.locale, \
     category = excluded.category, arrival = excluded.arrival, household = excluded.household, \
     wants_mentor = excluded.wants_mentor, citizenship = excluded.citizenship, \
     status = excluded.status, updated_at = excluded.updated_at";

/// [`SAVE_CONVERSATION`] and [`SAVE_NEWCOMER`] as one SQLite script in one
/// transaction: the newcomer's parameters follow the conversation's.
const SAVE_TURN_SCRIPT: &str = "begin immediate; \
     insert into conversations (channel, chat_id, locale, state, updated_at) \
     values ($1, $2, $3, $4, $5) \
     on conflict (channel, chat_id) do update set \
     locale = excluded.locale, state = excluded.state, updated_at = excluded.updated_at; \
     insert into newcomers (channel, chat_id, municipality, locale, category, arrival, \
     household, wants_mentor, citizenship, consented_at, status, created_at, updated_at) \
     values ($6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18) \
     on conflict (channel, chat_id) do update set \
     municipality = excluded.municipality, locale = excluded.locale, \
     category = excluded.category, arrival = excluded.arrival, household = excluded.household, \
     wants_mentor = excluded.wants_mentor, citizenship = excluded.citizenship, \
     status = excluded.status, updated_at = excluded.updated_at; \
     commit";

const DELETE_OUTBOX: &str = "delete from outbox where channel = $1 and chat_id = $2";

const DELETE_NEWCOMER: &str = "delete from newcomers where channel = $1 and chat_id = $2";

const DELETE_CONVERSATION: &str = "delete from conversations where channel = $1 and chat_id = $2";

const DELETE_STAFF: &str = "delete from staff where channel = $1 and chat_id = $2";

const FORGET_INVITE_USER: &str = "update staff_invites set used_by_channel = null, used_by_chat_id = null \
     where used_by_channel = $1 and used_by_chat_id = $2";

const NEWCOMERS_IN: &str = "select channel, chat_id, municipality, locale, category, arrival, household, \
     wants_mentor, citizenship, consented_at, status, created_at \
     from newcomers where municipality = $1";

const DELETE_CHECKLIST: &str = "delete from checklist_progress where channel = $1 and chat_id = $2";

const DELETE_CASES: &str = "delete from cases where channel = $1 and chat_id = $2";

const FORGET_AUTHOR: &str = "update announcements set author_channel = null, author_chat_id = null \
     where author_channel = $1 and author_chat_id = $2";

/// Binds a newcomer's columns (and the update time) after what `query`
/// already has.
fn bind_newcomer<'q>(query: Query<'q>, n: &'q Newcomer, now: DateTime<Utc>) -> Query<'q> {
    query
        .bind(n.chat.channel.code())
        .bind(n.chat.id)
        .bind(n.municipality.as_deref())
        .bind(n.locale.code())
        .bind(n.category.map(Category::code))
        .bind(n.arrival.map(Arrival::code))
        .bind(n.household.map(Household::code))
        .bind(n.wants_mentor)
        .bind(n.citizenship.map(Citizenship::code))
        .bind(n.consented_at)
        .bind(n.status.code())
        .bind(n.created_at)
        .bind(now)
}

const AUDIENCE_GROUPS: &str = "select locale, category, household, arrival, count(*) from newcomers \
     where municipality = $1 and status = 'active' group by locale, category, household, arrival";

#[async_trait]
impl ChatStore for SqlStore<Db> {
    async fn load_conversation(
        &self,
        chat: ChatKey,
    ) -> Result<Option<ConversationRecord>, StoreError> {
        sqlx::query_as::<_, ConversationRow>(LOAD_CONVERSATION)
            .bind(chat.channel.code())
            .bind(chat.id)
            .fetch_optional(&self.pool)
            .await?
            .map(ConversationRecord::try_from)
            .transpose()
    }

    async fn load_newcomer(&self, chat: ChatKey) -> Result<Option<Newcomer>, StoreError> {
        sqlx::query_as::<_, NewcomerRow>(LOAD_NEWCOMER)
            .bind(chat.channel.code())
            .bind(chat.id)
            .fetch_optional(&self.pool)
            .await?
            .map(Newcomer::try_from)
            .transpose()
    }

    async fn load_chat(
        &self,
        chat: ChatKey,
    ) -> Result<(Option<ConversationRecord>, Option<Newcomer>), StoreError> {
        sqlx::query_as::<_, ChatRow>(LOAD_CHAT)
            .bind(chat.channel.code())
            .bind(chat.id)
            .fetch_one(&self.pool)
            .await?
            .try_into()
    }

    async fn save_turn(&self, turn: Turn<'_>) -> Result<(), StoreError> {
        let conversation = sqlx::query(SAVE_CONVERSATION)
            .bind(turn.chat.channel.code())
            .bind(turn.chat.id)
            .bind(turn.conversation.locale.code())
            .bind(&turn.conversation.state)
            .bind(turn.now);
        let Some(n) = turn.newcomer else {
            // One statement needs no transaction of its own.
            conversation.execute(&self.pool).await?;
            return Ok(());
        };
        if BACKEND == Backend::Sqlite {
            // SQLite runs each command on the connection's own
            // thread; one script (begin, both upserts, commit) is one
            // hand-off instead of four. A failure rolls back.
            let script = sqlx::query(SAVE_TURN_SCRIPT)
                .bind(turn.chat.channel.code())
                .bind(turn.chat.id)
                .bind(turn.conversation.locale.code())
                .bind(&turn.conversation.state)
                .bind(turn.now);
            let mut connection = self.pool.acquire().await?;
            let result = bind_newcomer(script, n, turn.now)
                .execute(&mut *connection)
                .await;
            if result.is_err() {
                let _ = sqlx::query("rollback").execute(&mut *connection).await;
            }
            result?;
            return Ok(());
        }
        let mut tx = self.pool.begin().await?;
        conversation.execute(&mut *tx).await?;
        bind_newcomer(sqlx::query(SAVE_NEWCOMER), n, turn.now)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn delete_person(&self, chat: ChatKey) -> Result<Deletion, StoreError> {
        let mut tx = self.pool.begin().await?;
        let pending: i64 = sqlx::query_scalar(COUNT_PENDING)
            .bind(chat.channel.code())
            .bind(chat.id)
            .fetch_one(&mut *tx)
            .await?;
        let mut affected = [0u64; 9];
        for (i, statement) in [
            DELETE_OUTBOX,
            DELETE_NEWCOMER,
            DELETE_CONVERSATION,
            DELETE_STAFF,
            FORGET_INVITE_USER,
            FORGET_AUTHOR,
            DELETE_CASES,
            DELETE_CHECKLIST,
            DELETE_SKILLS,
        ]
        .into_iter()
        .enumerate()
        {
            affected[i] = sqlx::query(statement)
                .bind(chat.channel.code())
                .bind(chat.id)
                .execute(&mut *tx)
                .await?
                .rows_affected();
        }
        tx.commit().await?;
        Ok(Deletion {
            pending_deliveries: pending.max(0) as u64,
            profile: affected[1] > 0,
            conversation: affected[2] > 0,
            staff: affected[3] > 0,
            cases: affected[6],
            checklist: affected[7],
            skills: affected[8] > 0,
        })
    }

    async fn newcomers_in(&self, municipality: &str) -> Result<Vec<Newcomer>, StoreError> {
        convert(
            sqlx::query_as::<_, NewcomerRow>(NEWCOMERS_IN)
                .bind(municipality)
                .fetch_all(&self.pool)
                .await?,
        )
    }

    async fn audience_groups(&self, municipality: &str) -> Result<Vec<(Traits, u64)>, StoreError> {
        let rows: Vec<(String, Option<String>, Option<String>, Option<String>, i64)> =
            sqlx::query_as(AUDIENCE_GROUPS)
                .bind(municipality)
                .fetch_all(&self.pool)
                .await?;
        rows.into_iter()
            .map(|(locale, category, household, arrival, n)| {
                let traits = Traits {
                    locale: parse("newcomers.locale", &locale, Locale::from_code)?,
                    category: parse_opt("newcomers.category", category, Category::from_code)?,
                    household: parse_opt("newcomers.household", household, Household::from_code)?,
                    arrival: parse_opt("newcomers.arrival", arrival, Arrival::from_code)?,
                    status: Status::Active,
                };
                Ok((traits, n.max(0) as u64))
            })
            .collect()
    }
}
