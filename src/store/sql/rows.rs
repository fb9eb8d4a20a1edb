//! Rows as the database returns them, and their conversion to domain values
//! (the same for both backends).

use chrono::{DateTime, Utc};

use crate::announcements::{Announcement, AnnouncementStatus};
use crate::cases::{Case, CaseRef, CaseStatus};
use crate::events::{Event, EventDetails, EventStatus, Recurrence};
use crate::i18n::Locale;
use crate::mentors::{
    EndReason, MatchRecord, MatchStatus, MentorRecord, MentorStatus, Seeker, Side, VettingStep,
    Volunteer, Wish,
};
use crate::newcomers::{
    Arrival, Category, Channel, ChatKey, Citizenship, Household, Newcomer, Status,
};
use crate::staff::{Role, StaffKind, StaffMember};
use crate::store::{ConversationRecord, Delivery, DeliveryStatus, DueMatch, PoolEntry, StoreError};
use std::collections::{BTreeMap, BTreeSet};

#[derive(sqlx::FromRow)]
pub(crate) struct AnnouncementRow {
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
    machine: Option<String>,
}

pub(crate) fn from_json<T: serde::de::DeserializeOwned>(
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
            machine: match &row.machine {
                Some(machine) => from_json("announcements.machine", machine)?,
                None => Default::default(),
            },
        })
    }
}

pub(crate) fn report_rows(
    rows: Vec<(String, i64)>,
) -> Result<BTreeMap<DeliveryStatus, u64>, StoreError> {
    rows.into_iter()
        .map(|(status, n)| {
            let status = parse("outbox.status", &status, DeliveryStatus::from_code)?;
            Ok((status, n.max(0) as u64))
        })
        .collect()
}

#[derive(sqlx::FromRow)]
pub(crate) struct EventRow {
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
    machine: Option<String>,
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
                machine: match &row.machine {
                    Some(machine) => from_json("events.machine", machine)?,
                    None => Default::default(),
                },
            },
            status: parse("events.status", &row.status, EventStatus::from_code)?,
        })
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct CaseRow {
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
pub(crate) struct StaffRow {
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
pub(crate) struct DeliveryRow {
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
pub(crate) struct ConversationRow {
    locale: String,
    state: String,
    updated_at: Option<DateTime<Utc>>,
    last_update: Option<i64>,
}

impl TryFrom<ConversationRow> for ConversationRecord {
    type Error = StoreError;

    fn try_from(row: ConversationRow) -> Result<Self, StoreError> {
        Ok(ConversationRecord {
            locale: parse("conversations.locale", &row.locale, Locale::from_code)?,
            state: row.state,
            updated_at: row.updated_at,
            last_update: row.last_update,
        })
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct ChatRow {
    conversation_locale: Option<String>,
    state: Option<String>,
    conversation_updated_at: Option<DateTime<Utc>>,
    last_update: Option<i64>,
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
                updated_at: row.conversation_updated_at,
                last_update: row.last_update,
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
pub(crate) struct NewcomerRow {
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

pub(crate) fn parse<T>(
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
pub(crate) fn convert<R, T: TryFrom<R, Error = StoreError>>(
    rows: Vec<R>,
) -> Result<Vec<T>, StoreError> {
    rows.into_iter().map(T::try_from).collect()
}

pub(crate) fn chat_key(
    column: &'static str,
    channel: &str,
    id: i64,
) -> Result<ChatKey, StoreError> {
    Ok(ChatKey {
        channel: parse(column, channel, Channel::from_code)?,
        id,
    })
}

pub(crate) fn parse_opt<T>(
    column: &'static str,
    value: Option<String>,
    from_code: impl Fn(&str) -> Option<T>,
) -> Result<Option<T>, StoreError> {
    value.map(|v| parse(column, &v, from_code)).transpose()
}

pub(crate) fn to_json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).expect("stored values always serialize")
}

/// Which texts a translator wrote, as stored: null when people wrote all.
pub(crate) fn machine_json(machine: &crate::translate::Machine) -> Option<String> {
    (!machine.languages.is_empty()).then(|| to_json(machine))
}

#[derive(sqlx::FromRow)]
pub(crate) struct MentorRow {
    id: i64,
    channel: String,
    chat_id: i64,
    locale: String,
    municipality: String,
    profile: String,
    status: String,
    reason: Option<String>,
    vetting: String,
    engaged: i32,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
}

/// The vetting steps as stored: a JSON list of their codes.
pub(crate) fn vetting_to_json(steps: &BTreeSet<VettingStep>) -> String {
    to_json(&steps.iter().map(|s| s.code()).collect::<Vec<_>>())
}

pub(crate) fn vetting_from_json(value: &str) -> Result<BTreeSet<VettingStep>, StoreError> {
    let codes: Vec<String> = from_json("mentors.vetting", value)?;
    codes
        .iter()
        .map(|code| parse("mentors.vetting", code, VettingStep::from_code))
        .collect()
}

/// A stored count (of matches, check-ins) as the small number it is.
fn small(column: &'static str, value: i32) -> Result<u8, StoreError> {
    u8::try_from(value).map_err(|_| StoreError::Corrupt {
        column,
        value: value.to_string(),
    })
}

impl TryFrom<MentorRow> for MentorRecord {
    type Error = StoreError;

    fn try_from(row: MentorRow) -> Result<Self, StoreError> {
        Ok(MentorRecord {
            id: row.id,
            chat: chat_key("mentors.channel", &row.channel, row.chat_id)?,
            locale: parse("mentors.locale", &row.locale, Locale::from_code)?,
            municipality: row.municipality,
            profile: from_json("mentors.profile", &row.profile)?,
            status: parse("mentors.status", &row.status, MentorStatus::from_code)?,
            reason: row.reason,
            vetting: vetting_from_json(&row.vetting)?,
            engaged: small("mentors.engaged", row.engaged)?,
            created_at: row.created_at,
            updated_at: row.updated_at,
        })
    }
}

/// A match with what its record needs of both sides, and when its next
/// check-in and quiet-match alert are due.
#[derive(sqlx::FromRow)]
pub(crate) struct MatchRow {
    id: i64,
    municipality: String,
    status: String,
    mentor_id: i64,
    mentor_channel: String,
    mentor_chat_id: i64,
    mentor_locale: String,
    mentor_profile: String,
    seeker_id: i64,
    newcomer_channel: String,
    newcomer_chat_id: i64,
    newcomer_locale: String,
    score: i64,
    reasons: String,
    mentor_contact: Option<String>,
    newcomer_contact: Option<String>,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
    started_at: Option<DateTime<Utc>>,
    met_at: Option<DateTime<Utc>>,
    checkins: i32,
    next_checkin_at: Option<DateTime<Utc>>,
    quiet_alerts: i32,
    next_quiet_alert_at: Option<DateTime<Utc>>,
    ended_at: Option<DateTime<Utc>>,
    end_reason: Option<String>,
    ended_by: Option<String>,
}

impl MatchRow {
    /// The match as due at `now`: which of its reminders are.
    pub(crate) fn into_due(self, now: DateTime<Utc>) -> Result<DueMatch, StoreError> {
        let checkin_due = self.next_checkin_at.is_some_and(|t| t <= now);
        let quiet_alert_due =
            self.met_at.is_none() && self.next_quiet_alert_at.is_some_and(|t| t <= now);
        Ok(DueMatch {
            record: MatchRecord::try_from(self)?,
            checkin_due,
            quiet_alert_due,
        })
    }
}

impl TryFrom<MatchRow> for MatchRecord {
    type Error = StoreError;

    fn try_from(row: MatchRow) -> Result<Self, StoreError> {
        let mentor: Volunteer = from_json("mentors.profile", &row.mentor_profile)?;
        Ok(MatchRecord {
            id: row.id,
            municipality: row.municipality,
            status: parse("mentor_matches.status", &row.status, MatchStatus::from_code)?,
            mentor_id: row.mentor_id,
            mentor_chat: chat_key("mentors.channel", &row.mentor_channel, row.mentor_chat_id)?,
            mentor_locale: parse("mentors.locale", &row.mentor_locale, Locale::from_code)?,
            mentor_name: mentor.first_name.unwrap_or_default(),
            seeker_id: row.seeker_id,
            newcomer_chat: chat_key(
                "mentor_pool.channel",
                &row.newcomer_channel,
                row.newcomer_chat_id,
            )?,
            newcomer_locale: parse("newcomers.locale", &row.newcomer_locale, Locale::from_code)?,
            score: row.score,
            reasons: from_json("mentor_matches.reasons", &row.reasons)?,
            mentor_contact: row.mentor_contact,
            newcomer_contact: row.newcomer_contact,
            created_at: row.created_at,
            updated_at: row.updated_at,
            started_at: row.started_at,
            met_at: row.met_at,
            checkins: small("mentor_matches.checkins", row.checkins)?,
            quiet_alerts: small("mentor_matches.quiet_alerts", row.quiet_alerts)?,
            ended_at: row.ended_at,
            end_reason: parse_opt(
                "mentor_matches.end_reason",
                row.end_reason,
                EndReason::from_code,
            )?,
            ended_by: parse_opt("mentor_matches.ended_by", row.ended_by, Side::from_code)?,
        })
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct PoolRow {
    id: i64,
    municipality: String,
    wish: String,
    waiting_since: DateTime<Utc>,
}

impl TryFrom<PoolRow> for PoolEntry {
    type Error = StoreError;

    fn try_from(row: PoolRow) -> Result<Self, StoreError> {
        Ok(PoolEntry {
            id: row.id,
            municipality: row.municipality,
            wish: from_json("mentor_pool.wish", &row.wish)?,
            waiting_since: row.waiting_since,
        })
    }
}

/// A waiting newcomer: their pool entry and what matching needs of their
/// profile.
#[derive(sqlx::FromRow)]
pub(crate) struct SeekerRow {
    id: i64,
    municipality: String,
    locale: String,
    household: Option<String>,
    wish: String,
    waiting_since: DateTime<Utc>,
}

impl TryFrom<SeekerRow> for Seeker {
    type Error = StoreError;

    fn try_from(row: SeekerRow) -> Result<Self, StoreError> {
        let household = parse_opt("newcomers.household", row.household, Household::from_code)?;
        let wish: Wish = from_json("mentor_pool.wish", &row.wish)?;
        Ok(Seeker {
            id: row.id,
            municipality: row.municipality,
            language: parse("newcomers.locale", &row.locale, Locale::from_code)?
                .code()
                .to_owned(),
            hopes: wish.hopes,
            interests: BTreeSet::new(),
            has_children: household == Some(Household::Children),
            age: None,
            prefers: wish.prefers,
            waiting_since: row.waiting_since,
            ended_with: BTreeSet::new(),
        })
    }
}
