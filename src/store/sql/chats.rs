//! The SQL of [`ChatStore`](crate::store::ChatStore), for either backend
//! (see `sql/mod.rs`).

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use super::featured::{DELETE_FEATURED_OPTIN_OF_CHAT, DELETE_STORIES_OF_CHAT};
use super::followups::DELETE_FOLLOWUPS_OF_CHAT;
use super::mentors::{DELETE_MENTOR_OF_CHAT, DELETE_POOL_ENTRY_OF_CHAT, FREE_MENTORS_OF_CHAT};
use super::outbox::COUNT_PENDING;
use super::progress::DELETE_SKILLS;
use super::pulse::UNLINK_PULSE_OF_CHAT;
use super::retention::DELETE_WARNING_OF_CHAT;
use super::{BACKEND, Db, Query};
use crate::announcements::Traits;
use crate::i18n::Locale;
use crate::newcomers::Status;
use crate::newcomers::{Arrival, Category, ChatKey, Citizenship, Household, Newcomer};
use crate::store::sql::PendingTurn;
use crate::store::sql::SqlStore;
use crate::store::sql::rows::*;
use crate::store::sql::values;
use crate::store::*;

const LOAD_CONVERSATION: &str = "select locale, state, updated_at, last_update from conversations where channel = $1 and chat_id = $2";

const LOAD_NEWCOMER: &str = "select channel, chat_id, municipality, locale, category, arrival, household, \
     wants_mentor, citizenship, consented_at, status, created_at \
     from newcomers where channel = $1 and chat_id = $2";

/// One row whatever exists: the chat's conversation and newcomer, if any.
const LOAD_CHAT: &str = "select c.locale as conversation_locale, c.state, \
     c.updated_at as conversation_updated_at, c.last_update, \
     n.channel, n.chat_id, n.municipality, n.locale, n.category, n.arrival, n.household, \
     n.wants_mentor, n.citizenship, n.consented_at, n.status, n.created_at \
     from (select cast($1 as text) as channel, cast($2 as bigint) as chat_id) k \
     left join conversations c on c.channel = k.channel and c.chat_id = k.chat_id \
     left join newcomers n on n.channel = k.channel and n.chat_id = k.chat_id";

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

/// The most turns one batch writes.
const TURN_BATCH: usize = 256;

/// Writes turns as they come: each batch is every turn waiting when the
/// last batch was done, in one transaction. Alone, a turn is written at
/// once, as before; under load, many share one commit. If a batch fails,
/// its turns are written one by one, so one bad turn fails only itself.
async fn write_turns(
    pool: sqlx::Pool<Db>,
    mut queue: tokio::sync::mpsc::UnboundedReceiver<PendingTurn>,
) {
    while let Some(first) = queue.recv().await {
        let mut batch = vec![first];
        while batch.len() < TURN_BATCH {
            match queue.try_recv() {
                Ok(next) => batch.push(next),
                Err(_) => break,
            }
        }
        let (turns, waiting): (Vec<_>, Vec<_>) = batch
            .into_iter()
            .map(|t| ((t.chat, t.conversation, t.newcomer, t.now), t.done))
            .unzip();
        match write_batch(&pool, &turns).await {
            Ok(()) => {
                for done in waiting {
                    let _ = done.send(Ok(()));
                }
            }
            Err(error) if turns.len() == 1 => {
                let _ = waiting.into_iter().next().map(|done| done.send(Err(error)));
            }
            Err(_) => {
                for (turn, done) in turns.iter().zip(waiting) {
                    let result = write_batch(&pool, std::slice::from_ref(turn)).await;
                    let _ = done.send(result);
                }
            }
        }
    }
}

type TurnRow = (ChatKey, ConversationRecord, Option<Newcomer>, DateTime<Utc>);

/// Writes the turns' conversations and changed newcomers in one
/// transaction: one upsert statement for each table. A chat's later turn
/// in the batch wins.
async fn write_batch(pool: &sqlx::Pool<Db>, turns: &[TurnRow]) -> Result<(), StoreError> {
    let mut latest: Vec<&TurnRow> = Vec::with_capacity(turns.len());
    for turn in turns.iter().rev() {
        if !latest.iter().any(|t| t.0 == turn.0) {
            latest.push(turn);
        }
    }
    let newcomers: Vec<(&Newcomer, DateTime<Utc>)> = latest
        .iter()
        .filter_map(|t| t.2.as_ref().map(|n| (n, t.3)))
        .collect();
    let conversations_sql = upsert_conversations(latest.len());
    if BACKEND == Backend::Sqlite {
        // SQLite runs each command on the connection's own thread; one
        // script (begin, the upserts, commit) is one hand-off. A failure
        // rolls back.
        let mut script = format!("begin immediate; {conversations_sql}; ");
        if !newcomers.is_empty() {
            script.push_str(&upsert_newcomers(newcomers.len(), latest.len() * 6 + 1));
            script.push_str("; ");
        }
        script.push_str("commit");
        let query = bind_newcomers(
            bind_conversations(sqlx::query(&script), &latest),
            &newcomers,
        );
        let mut connection = pool.acquire().await?;
        let result = query.execute(&mut *connection).await;
        if result.is_err() {
            let _ = sqlx::query("rollback").execute(&mut *connection).await;
        }
        result?;
        return Ok(());
    }
    let mut tx = pool.begin().await?;
    bind_conversations(sqlx::query(&conversations_sql), &latest)
        .execute(&mut *tx)
        .await?;
    if !newcomers.is_empty() {
        let sql = upsert_newcomers(newcomers.len(), 1);
        bind_newcomers(sqlx::query(&sql), &newcomers)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(())
}

fn upsert_conversations(rows: usize) -> String {
    format!(
        "insert into conversations (channel, chat_id, locale, state, updated_at, last_update) \
         values {} on conflict (channel, chat_id) do update set \
         locale = excluded.locale, state = excluded.state, updated_at = excluded.updated_at, \
         last_update = coalesce(excluded.last_update, conversations.last_update)",
        values(BACKEND, rows, 6, 1)
    )
}

fn upsert_newcomers(rows: usize, first: usize) -> String {
    format!(
        "insert into newcomers (channel, chat_id, municipality, locale, category, arrival, \
         household, wants_mentor, citizenship, consented_at, status, created_at, updated_at) \
         values {} on conflict (channel, chat_id) do update set \
         municipality = excluded.municipality, locale = excluded.locale, \
         category = excluded.category, arrival = excluded.arrival, household = excluded.household, \
         wants_mentor = excluded.wants_mentor, citizenship = excluded.citizenship, \
         status = excluded.status, updated_at = excluded.updated_at",
        values(BACKEND, rows, 13, first)
    )
}

fn bind_conversations<'q>(mut query: Query<'q>, turns: &[&'q TurnRow]) -> Query<'q> {
    for (chat, conversation, _, now) in turns {
        query = query
            .bind(chat.channel.code())
            .bind(chat.id)
            .bind(conversation.locale.code())
            .bind(&conversation.state)
            .bind(*now)
            .bind(conversation.last_update);
    }
    query
}

fn bind_newcomers<'q>(
    mut query: Query<'q>,
    newcomers: &[(&'q Newcomer, DateTime<Utc>)],
) -> Query<'q> {
    for (n, now) in newcomers {
        query = bind_newcomer(query, n, *now);
    }
    query
}

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

    /// Hands the turn to the turn writer and waits until it is committed:
    /// turns that arrive while a batch is being written are written
    /// together in the next one (group commit), so a reply is still never
    /// sent before its state is stored.
    async fn save_turn(&self, turn: Turn<'_>) -> Result<(), StoreError> {
        let (done, committed) = tokio::sync::oneshot::channel();
        let pending = PendingTurn {
            chat: turn.chat,
            conversation: turn.conversation.clone(),
            newcomer: turn.newcomer.cloned(),
            now: turn.now,
            done,
        };
        let writer = {
            let mut writer = self
                .turns
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            match writer.as_ref().filter(|queue| !queue.is_closed()) {
                Some(queue) => queue.clone(),
                None => {
                    let (queue, pending) = tokio::sync::mpsc::unbounded_channel();
                    tokio::spawn(write_turns(self.pool.clone(), pending));
                    writer.insert(queue).clone()
                }
            }
        };
        writer
            .send(pending)
            .map_err(|_| StoreError::WriterStopped)?;
        committed.await.map_err(|_| StoreError::WriterStopped)?
    }

    async fn delete_person(&self, chat: ChatKey) -> Result<Deletion, StoreError> {
        let mut tx = self.pool.begin().await?;
        let pending: i64 = sqlx::query_scalar(COUNT_PENDING)
            .bind(chat.channel.code())
            .bind(chat.id)
            .fetch_one(&mut *tx)
            .await?;
        let mut affected = [0u64; 17];
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
            // Before the pool entry goes (its matches with it): the
            // mentors it held a place of get it back.
            FREE_MENTORS_OF_CHAT,
            DELETE_POOL_ENTRY_OF_CHAT,
            DELETE_MENTOR_OF_CHAT,
            DELETE_FOLLOWUPS_OF_CHAT,
            UNLINK_PULSE_OF_CHAT,
            DELETE_FEATURED_OPTIN_OF_CHAT,
            DELETE_STORIES_OF_CHAT,
            DELETE_WARNING_OF_CHAT,
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
            mentor_pool: affected[10] > 0,
            mentor: affected[11] > 0,
            followups: affected[12] > 0,
            pulse_kept: affected[13],
            featured: affected[14] + affected[15] > 0,
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
