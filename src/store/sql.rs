//! The SQL both backends run. The statements are written once, with `$1`
//! placeholders that sqlx's SQLite driver reads too; `impl_store!` expands
//! the one [`Store`] implementation for each pool type.

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use sqlx::{PgPool, SqlitePool};

use super::{
    Backend, ConversationRecord, Deletion, Delivery, DeliveryStatus, NewCase, NewDelivery, Store,
    StoreError, Turn,
};
use crate::announcements::{Announcement, AnnouncementStatus, NewAnnouncement};
use crate::cases::{Case, CaseMessage, CaseRef, CaseStatus};
use crate::events::{Event, EventDetails, EventStatus, Recurrence};
use crate::guide::StepState;
use crate::i18n::Locale;
use crate::newcomers::{
    Arrival, Category, Channel, ChatKey, Citizenship, Household, Newcomer, Status,
};
use crate::skills::Skills;
use crate::staff::{RedeemError, Role, StaffKind, StaffMember};
use std::collections::BTreeMap;

const UPSERT_MUNICIPALITY: &str = "insert into municipalities (slug, name, updated_at) \
     values ($1, $2, $3) \
     on conflict (slug) do update set name = excluded.name, updated_at = excluded.updated_at";

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

const COUNT_PENDING: &str = "select count(*) from outbox \
     where channel = $1 and chat_id = $2 and status in ('queued', 'sending')";

const DELETE_OUTBOX: &str = "delete from outbox where channel = $1 and chat_id = $2";
const DELETE_NEWCOMER: &str = "delete from newcomers where channel = $1 and chat_id = $2";
const DELETE_CONVERSATION: &str = "delete from conversations where channel = $1 and chat_id = $2";
const DELETE_STAFF: &str = "delete from staff where channel = $1 and chat_id = $2";

/// A message for a chat whose newcomer is unreachable is recorded as
/// blocked at once, so delivery reports count it and nothing tries to send it.
const ENQUEUE: &str = "insert into outbox (municipality, channel, chat_id, source, body, urgent, \
     not_before, status, created_at, updated_at) \
     values ($1, $2, $3, $4, $5, $6, $7, \
     case when exists (select 1 from newcomers n where n.channel = $2 and n.chat_id = $3 \
     and n.status = 'unreachable') then 'blocked' else 'queued' end, $8, $8) \
     on conflict (source, channel, chat_id) do nothing";

const DUE_DELIVERIES: &str = "select id, channel, chat_id, source, body, urgent, attempts from outbox \
     where status = 'queued' and channel = 'telegram' and not_before <= $1 and (urgent or $2) \
     order by urgent desc, not_before, id limit $3";

const NEXT_DUE: &str = "select min(not_before) from outbox \
     where status = 'queued' and channel = 'telegram' and (urgent or $1)";

const START_SENDING: &str = "update outbox set status = 'sending', attempts = attempts + 1, \
     updated_at = $2 where id = $1 and status = 'queued'";

const MARK_SENT: &str = "update outbox set status = 'sent', sent_at = $2, updated_at = $2, \
     last_error = null where id = $1";

const RETRY_LATER: &str = "update outbox set status = 'queued', not_before = $2, last_error = $3, \
     updated_at = $4 where id = $1";

const DEFER: &str =
    "update outbox set not_before = $2 where id = $1 and status = 'queued' and not_before < $2";

const MARK_FAILED: &str =
    "update outbox set status = 'failed', last_error = $2, updated_at = $3 where id = $1";

const BLOCK_DELIVERIES: &str = "update outbox set status = 'blocked', last_error = $3, updated_at = $4 \
     where channel = $1 and chat_id = $2 and status in ('queued', 'sending')";

const MARK_UNREACHABLE: &str = "update newcomers set status = 'unreachable', updated_at = $3 \
     where channel = $1 and chat_id = $2";

const REQUEUE_INTERRUPTED: &str =
    "update outbox set status = 'queued', updated_at = $1 where status = 'sending'";

const DELIVERY_REPORT: &str =
    "select status, count(*) from outbox where source = $1 group by status";

const CREATE_INVITE: &str = "insert into staff_invites (code_hash, municipality, role, created_at, expires_at) \
     values ($1, $2, $3, $4, $5)";

/// Takes the invite if it is unused and unexpired, in one statement, so two
/// people typing the same code at once cannot both get it.
const TAKE_INVITE: &str = "update staff_invites set used_at = $2, used_by_channel = $3, used_by_chat_id = $4 \
     where code_hash = $1 and used_at is null and expires_at > $2 \
     returning municipality, role";

const INVITE_STATE: &str = "select used_at is not null from staff_invites where code_hash = $1";

const ADD_STAFF: &str = "insert into staff (channel, chat_id, municipality, role, kind, created_at) \
     values ($1, $2, $3, $4, $5, $6) \
     on conflict (channel, chat_id, municipality) do update set role = excluded.role, kind = excluded.kind";

const STAFF_COLUMNS: &str =
    "select channel, chat_id, municipality, role, kind, created_at from staff";

const REVOKE_STAFF: &str =
    "delete from staff where channel = $1 and chat_id = $2 and ($3 is null or municipality = $3)";

const FORGET_INVITE_USER: &str = "update staff_invites set used_by_channel = null, used_by_chat_id = null \
     where used_by_channel = $1 and used_by_chat_id = $2";

const NEWCOMERS_IN: &str = "select channel, chat_id, municipality, locale, category, arrival, household, \
     wants_mentor, citizenship, consented_at, status, created_at \
     from newcomers where municipality = $1";

const CREATE_ANNOUNCEMENT: &str = "insert into announcements (municipality, author_channel, author_chat_id, \
     audience, texts, urgent, schedule, status, next_run_at, created_at, updated_at) \
     values ($1, $2, $3, $4, $5, $6, $7, 'scheduled', $8, $9, $9) returning id";

const ANNOUNCEMENT_COLUMNS: &str = "select id, municipality, author_channel, author_chat_id, audience, texts, \
     urgent, schedule, status, next_run_at, last_run_at, created_at from announcements";

const FINISH_RUN: &str = "update announcements set last_run_at = $2, next_run_at = $3, \
     status = case when $3 is null then 'done' else status end, updated_at = $4 \
     where id = $1 and status = 'scheduled'";

const CANCEL_ANNOUNCEMENT: &str = "update announcements set status = 'cancelled', next_run_at = null, \
     updated_at = $2 where id = $1 and status = 'scheduled'";

const CANCEL_DELIVERIES: &str = "update outbox set status = 'cancelled', updated_at = $2 \
     where source like $1 and status = 'queued'";

const REPORT_LIKE: &str =
    "select status, count(*) from outbox where source like $1 group by status";

const RUNS_TO_REPORT: &str = "select a.id, a.municipality, a.author_channel, a.author_chat_id, a.audience, a.texts, \
     a.urgent, a.schedule, a.status, a.next_run_at, a.last_run_at, a.created_at from announcements a \
     where a.last_run_at is not null and a.author_chat_id is not null \
     and (a.reported_run_at is null or a.reported_run_at < a.last_run_at) \
     and not exists (select 1 from outbox o where o.source like 'announcement:' || a.id || ':%' \
     and o.status in ('queued', 'sending'))";

const MARK_REPORTED: &str = "update announcements set reported_run_at = $2 where id = $1";

const DELETE_CHECKLIST: &str = "delete from checklist_progress where channel = $1 and chat_id = $2";

const CHECKLIST_PROGRESS: &str =
    "select step, state from checklist_progress where channel = $1 and chat_id = $2";

const SET_STEP_STATE: &str = "insert into checklist_progress (channel, chat_id, step, state, updated_at) \
     values ($1, $2, $3, $4, $5) \
     on conflict (channel, chat_id, step) do update set state = excluded.state, updated_at = excluded.updated_at";

const CLEAR_STEP_STATE: &str =
    "delete from checklist_progress where channel = $1 and chat_id = $2 and step = $3";

const DELETE_SKILLS: &str = "delete from skills where channel = $1 and chat_id = $2";

const LOAD_SKILLS: &str = "select profile from skills where channel = $1 and chat_id = $2";

const SAVE_SKILLS: &str = "insert into skills (channel, chat_id, profile, consented_at, updated_at) \
     values ($1, $2, $3, $4, $4) \
     on conflict (channel, chat_id) do update set profile = excluded.profile, updated_at = excluded.updated_at";

const DELETE_CASES: &str = "delete from cases where channel = $1 and chat_id = $2";

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

const QUEUED_FROM: &str = "select channel, chat_id from outbox \
     where source like $1 and status = 'queued' order by id";

const OPEN_CASE_OF: &str = "select id, ref from cases \
     where channel = $1 and chat_id = $2 and municipality = $3 and status = 'open'";

const CREATE_CASE: &str = "insert into cases (ref, municipality, channel, chat_id, locale, category, \
     status, waiting, created_at, updated_at) \
     values ($1, $2, $3, $4, $5, $6, 'open', $8, $7, $7) returning id";

const ADD_CASE_MESSAGE: &str = "insert into case_messages (case_id, from_staff, body, created_at) \
     values ($1, $2, $3, $4)";

const TOUCH_CASE: &str = "update cases set updated_at = $2 where id = $1";

const CASE_COLUMNS: &str = "select c.id, c.ref, c.municipality, c.channel, c.chat_id, c.locale, \
     c.category, c.status, c.created_at, c.updated_at, \
     (select count(*) from case_messages m where m.case_id = c.id) as messages, \
     (select m.body from case_messages m where m.case_id = c.id and not m.from_staff \
     order by m.id desc limit 1) as last_question from cases c";

const CLOSE_CASE: &str = "update cases set status = 'closed', waiting = false, updated_at = $2 \
     where id = $1 and status = 'open'";

const CASE_MESSAGES: &str =
    "select from_staff, body, created_at from case_messages where case_id = $1 order by id";

const ROUTE_CASE: &str = "update cases set waiting = false, updated_at = $2 \
     where id = $1 and waiting and status = 'open'";

const CASES_OF_CHAT: &str = "select count(*) from cases where channel = $1 and chat_id = $2";

const FORGET_AUTHOR: &str = "update announcements set author_channel = null, author_chat_id = null \
     where author_channel = $1 and author_chat_id = $2";

#[derive(sqlx::FromRow)]
struct AnnouncementRow {
    id: i64,
    municipality: String,
    author_channel: Option<String>,
    author_chat_id: Option<i64>,
    audience: String,
    texts: String,
    urgent: bool,
    schedule: String,
    status: String,
    next_run_at: Option<DateTime<Utc>>,
    last_run_at: Option<DateTime<Utc>>,
    created_at: DateTime<Utc>,
}

fn from_json<T: serde::de::DeserializeOwned>(
    column: &'static str,
    value: &str,
) -> Result<T, StoreError> {
    serde_json::from_str(value).map_err(|_| StoreError::Corrupt {
        column,
        value: value.chars().take(80).collect(),
    })
}

impl TryFrom<AnnouncementRow> for Announcement {
    type Error = StoreError;

    fn try_from(row: AnnouncementRow) -> Result<Self, StoreError> {
        let author = match (row.author_channel, row.author_chat_id) {
            (Some(channel), Some(id)) => {
                Some(chat_key("announcements.author_channel", &channel, id)?)
            }
            _ => None,
        };
        Ok(Announcement {
            id: row.id,
            municipality: row.municipality,
            author,
            audience: from_json("announcements.audience", &row.audience)?,
            texts: from_json("announcements.texts", &row.texts)?,
            urgent: row.urgent,
            schedule: from_json("announcements.schedule", &row.schedule)?,
            status: parse(
                "announcements.status",
                &row.status,
                AnnouncementStatus::from_code,
            )?,
            next_run_at: row.next_run_at,
            last_run_at: row.last_run_at,
            created_at: row.created_at,
        })
    }
}

fn report_rows(rows: Vec<(String, i64)>) -> Result<BTreeMap<DeliveryStatus, u64>, StoreError> {
    rows.into_iter()
        .map(|(status, n)| {
            let status = parse("outbox.status", &status, DeliveryStatus::from_code)?;
            Ok((status, n.max(0) as u64))
        })
        .collect()
}

#[derive(sqlx::FromRow)]
struct EventRow {
    id: i64,
    municipality: String,
    title: String,
    place: String,
    starts_at: DateTime<Utc>,
    recurrence: Option<String>,
    audience: String,
    descriptions: String,
    titles: String,
    skipped: String,
    status: String,
}

impl TryFrom<EventRow> for Event {
    type Error = StoreError;

    fn try_from(row: EventRow) -> Result<Self, StoreError> {
        Ok(Event {
            id: row.id,
            details: EventDetails {
                municipality: row.municipality,
                title: row.title,
                place: row.place,
                starts_at: row.starts_at,
                recurrence: Recurrence::from_stored(row.recurrence, row.starts_at),
                audience: from_json("events.audience", &row.audience)?,
                descriptions: from_json("events.descriptions", &row.descriptions)?,
                titles: from_json("events.titles", &row.titles)?,
                skipped: from_json("events.skipped", &row.skipped)?,
            },
            status: parse("events.status", &row.status, EventStatus::from_code)?,
        })
    }
}

#[derive(sqlx::FromRow)]
struct CaseRow {
    id: i64,
    #[sqlx(rename = "ref")]
    reference: String,
    municipality: String,
    channel: String,
    chat_id: i64,
    locale: String,
    category: Option<String>,
    status: String,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
    messages: i64,
    last_question: Option<String>,
}

impl TryFrom<CaseRow> for Case {
    type Error = StoreError;

    fn try_from(row: CaseRow) -> Result<Self, StoreError> {
        Ok(Case {
            id: row.id,
            reference: CaseRef::from_stored(row.reference),
            municipality: row.municipality,
            chat: chat_key("cases.channel", &row.channel, row.chat_id)?,
            locale: parse("cases.locale", &row.locale, Locale::from_code)?,
            category: parse_opt("cases.category", row.category, Category::from_code)?,
            status: parse("cases.status", &row.status, CaseStatus::from_code)?,
            created_at: row.created_at,
            updated_at: row.updated_at,
            messages: row.messages,
            last_question: row.last_question,
        })
    }
}

#[derive(sqlx::FromRow)]
struct StaffRow {
    channel: String,
    chat_id: i64,
    municipality: String,
    role: String,
    kind: String,
    created_at: DateTime<Utc>,
}

impl TryFrom<StaffRow> for StaffMember {
    type Error = StoreError;

    fn try_from(row: StaffRow) -> Result<Self, StoreError> {
        Ok(StaffMember {
            chat: chat_key("staff.channel", &row.channel, row.chat_id)?,
            municipality: row.municipality,
            role: parse("staff.role", &row.role, Role::from_code)?,
            kind: parse("staff.kind", &row.kind, StaffKind::from_code)?,
            created_at: row.created_at,
        })
    }
}

#[derive(sqlx::FromRow)]
struct DeliveryRow {
    id: i64,
    channel: String,
    chat_id: i64,
    source: String,
    body: String,
    urgent: bool,
    attempts: i32,
}

impl TryFrom<DeliveryRow> for Delivery {
    type Error = StoreError;

    fn try_from(row: DeliveryRow) -> Result<Self, StoreError> {
        Ok(Delivery {
            id: row.id,
            chat: chat_key("outbox.channel", &row.channel, row.chat_id)?,
            source: row.source,
            body: row.body,
            urgent: row.urgent,
            attempts: row.attempts,
        })
    }
}

#[derive(sqlx::FromRow)]
struct ConversationRow {
    locale: String,
    state: String,
}

impl TryFrom<ConversationRow> for ConversationRecord {
    type Error = StoreError;

    fn try_from(row: ConversationRow) -> Result<Self, StoreError> {
        Ok(ConversationRecord {
            locale: parse("conversations.locale", &row.locale, Locale::from_code)?,
            state: row.state,
        })
    }
}

#[derive(sqlx::FromRow)]
struct ChatRow {
    conversation_locale: Option<String>,
    state: Option<String>,
    channel: Option<String>,
    chat_id: Option<i64>,
    municipality: Option<String>,
    locale: Option<String>,
    category: Option<String>,
    arrival: Option<String>,
    household: Option<String>,
    wants_mentor: Option<bool>,
    citizenship: Option<String>,
    consented_at: Option<DateTime<Utc>>,
    status: Option<String>,
    created_at: Option<DateTime<Utc>>,
}

impl TryFrom<ChatRow> for (Option<ConversationRecord>, Option<Newcomer>) {
    type Error = StoreError;

    fn try_from(row: ChatRow) -> Result<Self, StoreError> {
        let conversation = match (row.conversation_locale, row.state) {
            (Some(locale), Some(state)) => Some(ConversationRecord::try_from(ConversationRow {
                locale,
                state,
            })?),
            _ => None,
        };
        let newcomer = match (
            row.channel,
            row.chat_id,
            row.locale,
            row.consented_at,
            row.status,
            row.created_at,
        ) {
            (
                Some(channel),
                Some(chat_id),
                Some(locale),
                Some(consented_at),
                Some(status),
                Some(created_at),
            ) => Some(Newcomer::try_from(NewcomerRow {
                channel,
                chat_id,
                municipality: row.municipality,
                locale,
                category: row.category,
                arrival: row.arrival,
                household: row.household,
                wants_mentor: row.wants_mentor,
                citizenship: row.citizenship,
                consented_at,
                status,
                created_at,
            })?),
            _ => None,
        };
        Ok((conversation, newcomer))
    }
}

#[derive(sqlx::FromRow)]
struct NewcomerRow {
    channel: String,
    chat_id: i64,
    municipality: Option<String>,
    locale: String,
    category: Option<String>,
    arrival: Option<String>,
    household: Option<String>,
    wants_mentor: Option<bool>,
    citizenship: Option<String>,
    consented_at: DateTime<Utc>,
    status: String,
    created_at: DateTime<Utc>,
}

impl TryFrom<NewcomerRow> for Newcomer {
    type Error = StoreError;

    fn try_from(row: NewcomerRow) -> Result<Self, StoreError> {
        Ok(Newcomer {
            chat: chat_key("newcomers.channel", &row.channel, row.chat_id)?,
            municipality: row.municipality,
            locale: parse("newcomers.locale", &row.locale, Locale::from_code)?,
            category: parse_opt("newcomers.category", row.category, Category::from_code)?,
            arrival: parse_opt("newcomers.arrival", row.arrival, Arrival::from_code)?,
            household: parse_opt("newcomers.household", row.household, Household::from_code)?,
            wants_mentor: row.wants_mentor,
            citizenship: parse_opt(
                "newcomers.citizenship",
                row.citizenship,
                Citizenship::from_code,
            )?,
            consented_at: row.consented_at,
            status: parse("newcomers.status", &row.status, Status::from_code)?,
            created_at: row.created_at,
        })
    }
}

fn parse<T>(
    column: &'static str,
    value: &str,
    from_code: impl Fn(&str) -> Option<T>,
) -> Result<T, StoreError> {
    from_code(value).ok_or_else(|| StoreError::Corrupt {
        column,
        value: value.to_owned(),
    })
}

/// Turns fetched rows into domain values, failing on the first bad one.
fn convert<R, T: TryFrom<R, Error = StoreError>>(rows: Vec<R>) -> Result<Vec<T>, StoreError> {
    rows.into_iter().map(T::try_from).collect()
}

fn chat_key(column: &'static str, channel: &str, id: i64) -> Result<ChatKey, StoreError> {
    Ok(ChatKey {
        channel: parse(column, channel, Channel::from_code)?,
        id,
    })
}

fn parse_opt<T>(
    column: &'static str,
    value: Option<String>,
    from_code: impl Fn(&str) -> Option<T>,
) -> Result<Option<T>, StoreError> {
    value.map(|v| parse(column, &v, from_code)).transpose()
}

/// The SQLite store, the embedded default.
pub struct SqliteStore {
    pool: SqlitePool,
}

impl SqliteStore {
    pub fn new(pool: SqlitePool) -> SqliteStore {
        SqliteStore { pool }
    }
}

/// The PostgreSQL store, for production and for more than one instance.
pub struct PgStore {
    pool: PgPool,
}

impl PgStore {
    pub fn new(pool: PgPool) -> PgStore {
        PgStore { pool }
    }
}

static SQLITE_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("migrations/sqlite");
static POSTGRES_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("migrations/postgres");

/// The statement that queues one delivery, for either backend.
macro_rules! enqueue_stmt {
    ($delivery:expr, $now:expr) => {
        sqlx::query(ENQUEUE)
            .bind(&$delivery.municipality)
            .bind($delivery.chat.channel.code())
            .bind($delivery.chat.id)
            .bind(&$delivery.source)
            .bind(&$delivery.body)
            .bind($delivery.urgent)
            .bind($delivery.not_before)
            .bind($now)
    };
}

/// Binds a newcomer's columns (and the update time) after what `$query`
/// already has, for either backend.
macro_rules! newcomer_args {
    ($query:expr, $n:expr, $now:expr) => {
        $query
            .bind($n.chat.channel.code())
            .bind($n.chat.id)
            .bind($n.municipality.as_deref())
            .bind($n.locale.code())
            .bind($n.category.map(Category::code))
            .bind($n.arrival.map(Arrival::code))
            .bind($n.household.map(Household::code))
            .bind($n.wants_mentor)
            .bind($n.citizenship.map(Citizenship::code))
            .bind($n.consented_at)
            .bind($n.status.code())
            .bind($n.created_at)
            .bind($now)
    };
}

fn to_json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).expect("stored values always serialize")
}

macro_rules! impl_store {
    ($store:ty, $backend:expr, $migrations:expr) => {
        #[async_trait]
        impl Store for $store {
            fn backend(&self) -> Backend {
                $backend
            }

            async fn migrate(&self) -> Result<(), StoreError> {
                $migrations.run(&self.pool).await?;
                Ok(())
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
                if $backend == Backend::Sqlite {
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
                    let result = newcomer_args!(script, n, turn.now)
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
                newcomer_args!(sqlx::query(SAVE_NEWCOMER), n, turn.now)
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

            async fn pending_deliveries(&self, chat: ChatKey) -> Result<u64, StoreError> {
                let pending: i64 = sqlx::query_scalar(COUNT_PENDING)
                    .bind(chat.channel.code())
                    .bind(chat.id)
                    .fetch_one(&self.pool)
                    .await?;
                Ok(pending.max(0) as u64)
            }

            async fn enqueue(
                &self,
                delivery: &NewDelivery,
                now: DateTime<Utc>,
            ) -> Result<bool, StoreError> {
                let inserted = enqueue_stmt!(delivery, now)
                    .execute(&self.pool)
                    .await?
                    .rows_affected();
                Ok(inserted == 1)
            }

            async fn due_deliveries(
                &self,
                now: DateTime<Utc>,
                include_non_urgent: bool,
                limit: i64,
            ) -> Result<Vec<Delivery>, StoreError> {
                convert(
                    sqlx::query_as::<_, DeliveryRow>(DUE_DELIVERIES)
                    .bind(now)
                    .bind(include_non_urgent)
                    .bind(limit)
                        .fetch_all(&self.pool)
                        .await?,
                )
            }

            async fn next_due(
                &self,
                include_non_urgent: bool,
            ) -> Result<Option<DateTime<Utc>>, StoreError> {
                Ok(sqlx::query_scalar(NEXT_DUE)
                    .bind(include_non_urgent)
                    .fetch_one(&self.pool)
                    .await?)
            }

            async fn start_sending(&self, id: i64, now: DateTime<Utc>) -> Result<bool, StoreError> {
                let claimed = sqlx::query(START_SENDING)
                    .bind(id)
                    .bind(now)
                    .execute(&self.pool)
                    .await?
                    .rows_affected();
                Ok(claimed == 1)
            }

            async fn mark_sent(&self, id: i64, now: DateTime<Utc>) -> Result<(), StoreError> {
                sqlx::query(MARK_SENT)
                    .bind(id)
                    .bind(now)
                    .execute(&self.pool)
                    .await?;
                Ok(())
            }

            async fn defer(&self, id: i64, not_before: DateTime<Utc>) -> Result<(), StoreError> {
                sqlx::query(DEFER).bind(id).bind(not_before).execute(&self.pool).await?;
                Ok(())
            }

            async fn retry_later(
                &self,
                id: i64,
                not_before: DateTime<Utc>,
                error: &str,
                now: DateTime<Utc>,
            ) -> Result<(), StoreError> {
                sqlx::query(RETRY_LATER)
                    .bind(id)
                    .bind(not_before)
                    .bind(error)
                    .bind(now)
                    .execute(&self.pool)
                    .await?;
                Ok(())
            }

            async fn mark_failed(
                &self,
                id: i64,
                error: &str,
                now: DateTime<Utc>,
            ) -> Result<(), StoreError> {
                sqlx::query(MARK_FAILED)
                    .bind(id)
                    .bind(error)
                    .bind(now)
                    .execute(&self.pool)
                    .await?;
                Ok(())
            }

            async fn block_chat(
                &self,
                chat: ChatKey,
                error: &str,
                now: DateTime<Utc>,
            ) -> Result<u64, StoreError> {
                let mut tx = self.pool.begin().await?;
                let stopped = sqlx::query(BLOCK_DELIVERIES)
                    .bind(chat.channel.code())
                    .bind(chat.id)
                    .bind(error)
                    .bind(now)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
                sqlx::query(MARK_UNREACHABLE)
                    .bind(chat.channel.code())
                    .bind(chat.id)
                    .bind(now)
                    .execute(&mut *tx)
                    .await?;
                tx.commit().await?;
                Ok(stopped)
            }

            async fn requeue_interrupted(&self, now: DateTime<Utc>) -> Result<u64, StoreError> {
                Ok(sqlx::query(REQUEUE_INTERRUPTED)
                    .bind(now)
                    .execute(&self.pool)
                    .await?
                    .rows_affected())
            }

            async fn create_invite(
                &self,
                code_hash: &str,
                municipality: &str,
                role: Role,
                now: DateTime<Utc>,
                expires_at: DateTime<Utc>,
            ) -> Result<(), StoreError> {
                sqlx::query(CREATE_INVITE)
                    .bind(code_hash)
                    .bind(municipality)
                    .bind(role.code())
                    .bind(now)
                    .bind(expires_at)
                    .execute(&self.pool)
                    .await?;
                Ok(())
            }

            async fn redeem_invite(
                &self,
                code_hash: &str,
                chat: ChatKey,
                kind: StaffKind,
                now: DateTime<Utc>,
            ) -> Result<Result<StaffMember, RedeemError>, StoreError> {
                let mut tx = self.pool.begin().await?;
                let taken: Option<(String, String)> = sqlx::query_as(TAKE_INVITE)
                    .bind(code_hash)
                    .bind(now)
                    .bind(chat.channel.code())
                    .bind(chat.id)
                    .fetch_optional(&mut *tx)
                    .await?;
                let Some((municipality, role)) = taken else {
                    let used: Option<bool> = sqlx::query_scalar(INVITE_STATE)
                        .bind(code_hash)
                        .fetch_optional(&mut *tx)
                        .await?;
                    return Ok(Err(match used {
                        None => RedeemError::Unknown,
                        Some(true) => RedeemError::Used,
                        Some(false) => RedeemError::Expired,
                    }));
                };
                let role = parse("staff_invites.role", &role, Role::from_code)?;
                sqlx::query(ADD_STAFF)
                    .bind(chat.channel.code())
                    .bind(chat.id)
                    .bind(&municipality)
                    .bind(role.code())
                    .bind(kind.code())
                    .bind(now)
                    .execute(&mut *tx)
                    .await?;
                tx.commit().await?;
                Ok(Ok(StaffMember {
                    chat,
                    municipality,
                    role,
                    kind,
                    created_at: now,
                }))
            }

            async fn staff_memberships(
                &self,
                chat: ChatKey,
            ) -> Result<Vec<StaffMember>, StoreError> {
                let sql = format!(
                    "{STAFF_COLUMNS} where channel = $1 and chat_id = $2 order by municipality"
                );
                sqlx::query_as::<_, StaffRow>(&sql)
                    .bind(chat.channel.code())
                    .bind(chat.id)
                    .fetch_all(&self.pool)
                    .await?
                    .into_iter()
                    .map(StaffMember::try_from)
                    .collect()
            }

            async fn list_staff(
                &self,
                municipality: Option<&str>,
            ) -> Result<Vec<StaffMember>, StoreError> {
                let sql = format!(
                    "{STAFF_COLUMNS} where ($1 is null or municipality = $1) \
                     order by municipality, created_at"
                );
                convert(
                    sqlx::query_as::<_, StaffRow>(&sql)
                    .bind(municipality)
                        .fetch_all(&self.pool)
                        .await?,
                )
            }

            async fn revoke_staff(
                &self,
                chat: ChatKey,
                municipality: Option<&str>,
            ) -> Result<u64, StoreError> {
                Ok(sqlx::query(REVOKE_STAFF)
                    .bind(chat.channel.code())
                    .bind(chat.id)
                    .bind(municipality)
                    .execute(&self.pool)
                    .await?
                    .rows_affected())
            }

            async fn delivery_report(
                &self,
                source: &str,
            ) -> Result<BTreeMap<DeliveryStatus, u64>, StoreError> {
                let rows: Vec<(String, i64)> = sqlx::query_as(DELIVERY_REPORT)
                    .bind(source)
                    .fetch_all(&self.pool)
                    .await?;
                report_rows(rows)
            }

            async fn newcomers_in(&self, municipality: &str) -> Result<Vec<Newcomer>, StoreError> {
                convert(
                    sqlx::query_as::<_, NewcomerRow>(NEWCOMERS_IN)
                    .bind(municipality)
                        .fetch_all(&self.pool)
                        .await?,
                )
            }

            async fn create_announcement(
                &self,
                announcement: &NewAnnouncement,
                first_run: Option<DateTime<Utc>>,
                now: DateTime<Utc>,
            ) -> Result<i64, StoreError> {
                let json = |value: serde_json::Result<String>| value.expect("announcement parts serialize");
                Ok(sqlx::query_scalar(CREATE_ANNOUNCEMENT)
                    .bind(&announcement.municipality)
                    .bind(announcement.author.channel.code())
                    .bind(announcement.author.id)
                    .bind(json(serde_json::to_string(&announcement.audience)))
                    .bind(json(serde_json::to_string(&announcement.texts)))
                    .bind(announcement.urgent)
                    .bind(json(serde_json::to_string(&announcement.schedule)))
                    .bind(first_run)
                    .bind(now)
                    .fetch_one(&self.pool)
                    .await?)
            }

            async fn announcement(&self, id: i64) -> Result<Option<Announcement>, StoreError> {
                let sql = format!("{ANNOUNCEMENT_COLUMNS} where id = $1");
                sqlx::query_as::<_, AnnouncementRow>(&sql)
                    .bind(id)
                    .fetch_optional(&self.pool)
                    .await?
                    .map(Announcement::try_from)
                    .transpose()
            }

            async fn due_announcements(
                &self,
                now: DateTime<Utc>,
            ) -> Result<Vec<Announcement>, StoreError> {
                let sql = format!(
                    "{ANNOUNCEMENT_COLUMNS} where status = 'scheduled' and next_run_at <= $1 \
                     order by next_run_at, id"
                );
                convert(
                    sqlx::query_as::<_, AnnouncementRow>(&sql)
                    .bind(now)
                        .fetch_all(&self.pool)
                        .await?,
                )
            }

            async fn queue_run(
                &self,
                id: i64,
                run_at: DateTime<Utc>,
                deliveries: &[NewDelivery],
                next_run: Option<DateTime<Utc>>,
                now: DateTime<Utc>,
            ) -> Result<u64, StoreError> {
                let mut tx = self.pool.begin().await?;
                let mut queued = 0;
                for delivery in deliveries {
                    queued += enqueue_stmt!(delivery, now)
                        .execute(&mut *tx)
                        .await?
                        .rows_affected();
                }
                sqlx::query(FINISH_RUN)
                    .bind(id)
                    .bind(run_at)
                    .bind(next_run)
                    .bind(now)
                    .execute(&mut *tx)
                    .await?;
                tx.commit().await?;
                Ok(queued)
            }

            async fn recent_announcements(
                &self,
                municipalities: &[String],
                limit: i64,
            ) -> Result<Vec<Announcement>, StoreError> {
                let mut all = Vec::new();
                let sql = format!(
                    "{ANNOUNCEMENT_COLUMNS} where municipality = $1 order by created_at desc, id desc limit $2"
                );
                for municipality in municipalities {
                    let rows = sqlx::query_as::<_, AnnouncementRow>(&sql)
                        .bind(municipality)
                        .bind(limit)
                        .fetch_all(&self.pool)
                        .await?;
                    for row in rows {
                        all.push(Announcement::try_from(row)?);
                    }
                }
                all.sort_by(|a, b| b.created_at.cmp(&a.created_at).then(b.id.cmp(&a.id)));
                all.truncate(limit.max(0) as usize);
                Ok(all)
            }

            async fn cancel_announcement(
                &self,
                id: i64,
                now: DateTime<Utc>,
            ) -> Result<u64, StoreError> {
                let mut tx = self.pool.begin().await?;
                sqlx::query(CANCEL_ANNOUNCEMENT)
                    .bind(id)
                    .bind(now)
                    .execute(&mut *tx)
                    .await?;
                let cancelled = sqlx::query(CANCEL_DELIVERIES)
                    .bind(format!("announcement:{id}:%"))
                    .bind(now)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
                tx.commit().await?;
                Ok(cancelled)
            }

            async fn announcement_report(
                &self,
                id: i64,
            ) -> Result<BTreeMap<DeliveryStatus, u64>, StoreError> {
                let rows: Vec<(String, i64)> = sqlx::query_as(REPORT_LIKE)
                    .bind(format!("announcement:{id}:%"))
                    .fetch_all(&self.pool)
                    .await?;
                report_rows(rows)
            }

            async fn runs_to_report(&self) -> Result<Vec<Announcement>, StoreError> {
                convert(
                    sqlx::query_as::<_, AnnouncementRow>(RUNS_TO_REPORT)
                        .fetch_all(&self.pool)
                        .await?,
                )
            }

            async fn mark_reported(&self, id: i64, run_at: DateTime<Utc>) -> Result<(), StoreError> {
                sqlx::query(MARK_REPORTED).bind(id).bind(run_at).execute(&self.pool).await?;
                Ok(())
            }

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

            async fn queued_recipients(&self, source_prefix: &str) -> Result<Vec<ChatKey>, StoreError> {
                let rows: Vec<(String, i64)> = sqlx::query_as(QUEUED_FROM)
                    .bind(format!("{source_prefix}%"))
                    .fetch_all(&self.pool)
                    .await?;
                let mut chats = Vec::new();
                for (channel, id) in rows {
                    let chat = chat_key("outbox.channel", &channel, id)?;
                    if !chats.contains(&chat) {
                        chats.push(chat);
                    }
                }
                Ok(chats)
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
                    enqueue_stmt!(notice, now).execute(&mut *tx).await?;
                }
                tx.commit().await?;
                Ok(withdrawn.max(1))
            }

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
                        sqlx::query(TOUCH_CASE).bind(id).bind(now).execute(&mut *tx).await?;
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
                        .await?,
                };
                sqlx::query(ADD_CASE_MESSAGE)
                    .bind(id)
                    .bind(from_staff)
                    .bind(text)
                    .bind(now)
                    .execute(&mut *tx)
                    .await?;
                for delivery in deliveries {
                    enqueue_stmt!(delivery, now).execute(&mut *tx).await?;
                }
                tx.commit().await?;
                Ok(id)
            }

            async fn case_by_ref(&self, reference: &CaseRef) -> Result<Option<Case>, StoreError> {
                let sql = format!("{CASE_COLUMNS} where c.ref = $1");
                sqlx::query_as::<_, CaseRow>(&sql)
                    .bind(reference.as_str())
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
                id: i64,
                notice: &NewDelivery,
                now: DateTime<Utc>,
            ) -> Result<bool, StoreError> {
                let mut tx = self.pool.begin().await?;
                let closed = sqlx::query(CLOSE_CASE)
                    .bind(id)
                    .bind(now)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected()
                    > 0;
                if closed {
                    enqueue_stmt!(notice, now).execute(&mut *tx).await?;
                }
                tx.commit().await?;
                Ok(closed)
            }

            async fn case_messages(&self, case_id: i64) -> Result<Vec<CaseMessage>, StoreError> {
                let rows: Vec<(bool, String, DateTime<Utc>)> = sqlx::query_as(CASE_MESSAGES)
                    .bind(case_id)
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
                        .execute(&mut *tx)
                        .await?
                        .rows_affected();
                }
                if taken as usize != case_ids.len() {
                    // Another instance routed some of them: leave it to it.
                    tx.rollback().await?;
                    return Ok(0);
                }
                for delivery in deliveries {
                    enqueue_stmt!(delivery, now).execute(&mut *tx).await?;
                }
                tx.commit().await?;
                Ok(taken)
            }

            async fn cases_of(&self, chat: ChatKey) -> Result<u64, StoreError> {
                let n: i64 = sqlx::query_scalar(CASES_OF_CHAT)
                    .bind(chat.channel.code())
                    .bind(chat.id)
                    .fetch_one(&self.pool)
                    .await?;
                Ok(n.max(0) as u64)
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
                        Ok((step, parse("checklist_progress.state", &state, StepState::from_code)?))
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
                    Some(state) => sqlx::query(SET_STEP_STATE)
                        .bind(chat.channel.code())
                        .bind(chat.id)
                        .bind(step)
                        .bind(state.code())
                        .bind(now)
                        .execute(&self.pool)
                        .await?,
                    None => sqlx::query(CLEAR_STEP_STATE)
                        .bind(chat.channel.code())
                        .bind(chat.id)
                        .bind(step)
                        .execute(&self.pool)
                        .await?,
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
    };
}

impl_store!(SqliteStore, Backend::Sqlite, SQLITE_MIGRATIONS);
impl_store!(PgStore, Backend::Postgres, POSTGRES_MIGRATIONS);
