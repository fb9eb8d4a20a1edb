//! The SQL of [`MentorStore`](crate::store::MentorStore), for either backend
//! (see `sql/mod.rs`): volunteers, the pool and reading matches here; a
//! match's changes of status in `mentor_matches.rs`.
//!
//! Every transaction starts with a write (a compare-and-set, or an update
//! that only touches the row it is about), so on SQLite it holds the write
//! lock from its first statement and never has to upgrade a read, and on
//! PostgreSQL the row it is about is locked before anything is read.
//!
//! A mentor's `engaged` goes up only in `RAISE_ENGAGED` and down, by one,
//! for each match a compare-and-set moved out of the open statuses.

use std::collections::{BTreeMap, BTreeSet};

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use super::Db;
use super::mentor_matches::{
    Of, RECORD_CHECKIN, RECORD_QUIET_ALERT, answer, confirm, end, end_running, record_reminder,
    withdraw_asking,
};
use super::outbox::enqueue_all;
use crate::i18n::Locale;
use crate::mentors::{
    EndReason, MAX_CAPACITY, MatchRecord, MatchStatus, MentorRecord, MentorStatus, Seeker, Side,
    VettingStep, Volunteer, Wish,
};
use crate::newcomers::ChatKey;
use crate::store::sql::SqlStore;
use crate::store::sql::rows::*;
use crate::store::*;

/// [`MatchStatus::OPEN`], as SQL: the statements below spell it out, and
/// a test checks they do.
#[cfg(test)]
const OPEN: &str = "('asking-mentor', 'asking-newcomer', 'active')";

const CLAIM_RUN: &str = "insert into mentor_runs (municipality, week, created_at) \
     values ($1, $2, $3) on conflict (municipality, week) do nothing";

const MENTOR_COLUMNS: &str = "select id, channel, chat_id, locale, municipality, profile, status, \
     reason, vetting, engaged, created_at, updated_at from mentors";

const SIGN_UP: &str = "insert into mentors (municipality, channel, chat_id, locale, profile, \
     status, vetting, engaged, capacity, created_at, updated_at) \
     values ($1, $2, $3, $4, $5, 'vetting', '[]', 0, $6, $7, $7) \
     on conflict (channel, chat_id) do nothing returning id";

const MUNICIPALITY_OF_MENTOR: &str =
    "select municipality from mentors where channel = $1 and chat_id = $2";

const UPDATE_PROFILE: &str = "update mentors set profile = $3, locale = $4, capacity = $5, \
     updated_at = $6 where channel = $1 and chat_id = $2";

/// Locks the chat's sign-up (the write that starts a transaction).
const TOUCH_MENTOR: &str =
    "update mentors set updated_at = $3 where channel = $1 and chat_id = $2 returning id";

const DELETE_MENTOR: &str = "delete from mentors where id = $1";

const VETTING_OF: &str = "select vetting from mentors where id = $1 and municipality = $2";

const SET_VETTING: &str = "update mentors set vetting = $3, updated_at = $4 \
     where id = $1 and municipality = $2 and vetting = $5";

/// The mentors who lose a place when this chat's pool entry is erased
/// (`delete_person`): those with an open match with it.
pub(super) const FREE_MENTORS_OF_CHAT: &str = "update mentors set \
     engaged = case when engaged > 0 then engaged - 1 else 0 end \
     where id in (select x.mentor_id from mentor_matches x \
     join mentor_pool p on p.id = x.seeker_id where p.channel = $1 and p.chat_id = $2 \
     and x.status in ('asking-mentor', 'asking-newcomer', 'active'))";

/// Erases the chat's pool entry; its matches go with it.
pub(super) const DELETE_POOL_ENTRY_OF_CHAT: &str =
    "delete from mentor_pool where channel = $1 and chat_id = $2";

/// Erases the chat's sign-up; its matches go with it.
pub(super) const DELETE_MENTOR_OF_CHAT: &str =
    "delete from mentors where channel = $1 and chat_id = $2";

const POOL_ENTRY_OF: &str = "select id, municipality, wish, waiting_since from mentor_pool \
     where channel = $1 and chat_id = $2";

const JOIN_POOL: &str = "insert into mentor_pool (municipality, channel, chat_id, wish, \
     waiting_since, created_at, updated_at) values ($1, $2, $3, $4, $5, $5, $5) \
     on conflict (channel, chat_id) do update set municipality = excluded.municipality, \
     wish = excluded.wish, updated_at = excluded.updated_at returning id";

const TOUCH_POOL_ENTRY: &str =
    "update mentor_pool set updated_at = $3 where channel = $1 and chat_id = $2 returning id";

const DELETE_POOL_ENTRY: &str = "delete from mentor_pool where id = $1";

const WAITING_SEEKERS: &str = "select p.id, p.municipality, n.locale, n.household, p.wish, \
     p.waiting_since from mentor_pool p \
     join newcomers n on n.channel = p.channel and n.chat_id = p.chat_id \
     and n.municipality = p.municipality and n.status = 'active' \
     where p.municipality = $1 and not exists (select 1 from mentor_matches x \
     where x.seeker_id = p.id and x.status in ('asking-mentor', 'asking-newcomer', 'active')) \
     order by p.waiting_since, p.id";

const ENDED_WITH: &str = "select x.seeker_id, x.mentor_id from mentor_matches x \
     join mentor_pool p on p.id = x.seeker_id \
     where p.municipality = $1 and x.status in ('ended', 'declined')";

const DELETE_PROPOSALS: &str =
    "delete from mentor_matches where municipality = $1 and status = 'proposed'";

/// A proposal, if both sides are the municipality's.
const ADD_PROPOSAL: &str = "insert into mentor_matches (municipality, mentor_id, seeker_id, \
     status, score, reasons, created_at, updated_at) \
     select $1, $2, $3, 'proposed', $4, $5, $6, $6 \
     where exists (select 1 from mentors where id = $2 and municipality = $1) \
     and exists (select 1 from mentor_pool where id = $3 and municipality = $1)";

const MATCH_COLUMNS: &str = "select x.id, x.municipality, x.status, x.mentor_id, \
     m.channel as mentor_channel, m.chat_id as mentor_chat_id, m.locale as mentor_locale, \
     m.profile as mentor_profile, x.seeker_id, p.channel as newcomer_channel, \
     p.chat_id as newcomer_chat_id, coalesce(n.locale, c.locale, 'nb') as newcomer_locale, \
     x.score, x.reasons, x.mentor_contact, x.newcomer_contact, x.created_at, x.updated_at, \
     x.started_at, x.met_at, x.checkins, x.next_checkin_at, x.quiet_alerts, \
     x.next_quiet_alert_at, x.ended_at, x.end_reason, x.ended_by \
     from mentor_matches x join mentors m on m.id = x.mentor_id \
     join mentor_pool p on p.id = x.seeker_id \
     left join newcomers n on n.channel = p.channel and n.chat_id = p.chat_id \
     left join conversations c on c.channel = p.channel and c.chat_id = p.chat_id";

const SKIP: &str = "update mentor_matches set status = 'skipped', updated_at = $3 \
     where id = $1 and municipality = $2 and status = 'proposed'";

const MET: &str = "update mentor_matches set met_at = coalesce(met_at, $2), \
     updated_at = case when met_at is null then $2 else updated_at end \
     where id = $1 and status = 'active'";

const DUE: &str = "where x.status = 'active' and (x.next_checkin_at <= $1 \
     or (x.met_at is null and x.next_quiet_alert_at <= $1)) order by x.id limit $2";

/// `'a', 'b'`: codes for an `in (…)` list. They are the enums' own
/// literals, never input.
fn code_list(codes: impl IntoIterator<Item = &'static str>) -> String {
    codes
        .into_iter()
        .map(|code| format!("'{code}'"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The capacity kept beside the profile, for `RAISE_ENGAGED`.
fn capacity_of(profile: &Volunteer) -> i32 {
    i32::from(profile.capacity.unwrap_or(1).min(MAX_CAPACITY))
}

#[async_trait]
impl MentorStore for SqlStore<Db> {
    async fn mentor_of(&self, chat: ChatKey) -> Result<Option<MentorRecord>, StoreError> {
        let sql = format!("{MENTOR_COLUMNS} where channel = $1 and chat_id = $2");
        sqlx::query_as::<_, MentorRow>(&sql)
            .bind(chat.channel.code())
            .bind(chat.id)
            .fetch_optional(&self.pool)
            .await?
            .map(MentorRecord::try_from)
            .transpose()
    }

    async fn sign_up_mentor(
        &self,
        mentor: &NewMentor,
        deliveries: &[NewDelivery],
        now: DateTime<Utc>,
    ) -> Result<Option<i64>, StoreError> {
        let mut tx = self.pool.begin().await?;
        let id: Option<i64> = sqlx::query_scalar(SIGN_UP)
            .bind(&mentor.municipality)
            .bind(mentor.chat.channel.code())
            .bind(mentor.chat.id)
            .bind(mentor.locale.code())
            .bind(to_json(&mentor.profile))
            .bind(capacity_of(&mentor.profile))
            .bind(now)
            .fetch_optional(&mut *tx)
            .await?;
        if id.is_none() {
            tx.rollback().await?;
            return Ok(None);
        }
        enqueue_all(&mut tx, deliveries, now).await?;
        tx.commit().await?;
        Ok(id)
    }

    async fn update_mentor_profile(
        &self,
        chat: ChatKey,
        profile: &Volunteer,
        locale: Locale,
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError> {
        let municipality: Option<String> = sqlx::query_scalar(MUNICIPALITY_OF_MENTOR)
            .bind(chat.channel.code())
            .bind(chat.id)
            .fetch_optional(&self.pool)
            .await?;
        let Some(municipality) = municipality else {
            return Ok(false);
        };
        let profile = Volunteer {
            municipality: Some(municipality),
            ..profile.clone()
        };
        let updated = sqlx::query(UPDATE_PROFILE)
            .bind(chat.channel.code())
            .bind(chat.id)
            .bind(to_json(&profile))
            .bind(locale.code())
            .bind(capacity_of(&profile))
            .bind(now)
            .execute(&self.pool)
            .await?
            .rows_affected();
        Ok(updated > 0)
    }

    async fn delete_mentor(
        &self,
        chat: ChatKey,
        deliveries: &[NewDelivery],
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError> {
        self.leave_scheme(Leaving::Mentor, chat, deliveries, now)
            .await
    }

    async fn mentors_in(
        &self,
        municipality: &str,
        statuses: &[MentorStatus],
    ) -> Result<Vec<MentorRecord>, StoreError> {
        if statuses.is_empty() {
            return Ok(Vec::new());
        }
        let sql = format!(
            "{MENTOR_COLUMNS} where municipality = $1 and status in ({}) order by created_at, id",
            code_list(statuses.iter().map(|s| s.code()))
        );
        convert(
            sqlx::query_as::<_, MentorRow>(&sql)
                .bind(municipality)
                .fetch_all(&self.pool)
                .await?,
        )
    }

    async fn mentor_in(
        &self,
        municipality: &str,
        id: i64,
    ) -> Result<Option<MentorRecord>, StoreError> {
        let sql = format!("{MENTOR_COLUMNS} where id = $1 and municipality = $2");
        sqlx::query_as::<_, MentorRow>(&sql)
            .bind(id)
            .bind(municipality)
            .fetch_optional(&self.pool)
            .await?
            .map(MentorRecord::try_from)
            .transpose()
    }

    /// A compare-and-set on the stored list, again if someone else ticked
    /// a step in between.
    async fn set_vetting_step(
        &self,
        municipality: &str,
        id: i64,
        step: VettingStep,
        done: bool,
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError> {
        loop {
            let stored: Option<String> = sqlx::query_scalar(VETTING_OF)
                .bind(id)
                .bind(municipality)
                .fetch_optional(&self.pool)
                .await?;
            let Some(stored) = stored else {
                return Ok(false);
            };
            let mut steps = vetting_from_json(&stored)?;
            if done {
                steps.insert(step);
            } else {
                steps.remove(&step);
            }
            let changed = sqlx::query(SET_VETTING)
                .bind(id)
                .bind(municipality)
                .bind(vetting_to_json(&steps))
                .bind(now)
                .bind(&stored)
                .execute(&self.pool)
                .await?
                .rows_affected();
            if changed > 0 {
                return Ok(true);
            }
        }
    }

    async fn set_mentor_status(
        &self,
        municipality: &str,
        id: i64,
        from: &[MentorStatus],
        to: MentorStatus,
        reason: Option<&str>,
        deliveries: &[NewDelivery],
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError> {
        if from.is_empty() {
            return Ok(false);
        }
        let sql = format!(
            "update mentors set status = $3, reason = $4, updated_at = $5 \
             where id = $1 and municipality = $2 and status in ({})",
            code_list(from.iter().map(|s| s.code()))
        );
        let mut tx = self.pool.begin().await?;
        let changed = sqlx::query(&sql)
            .bind(id)
            .bind(municipality)
            .bind(to.code())
            .bind(reason)
            .bind(now)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        if changed == 0 {
            tx.rollback().await?;
            return Ok(false);
        }
        // Only an approved mentor is asked; a mentor who is not has no
        // asking matches left, whatever they were before.
        if to != MentorStatus::Approved {
            withdraw_asking(&mut tx, Of::Mentor, id, now).await?;
        }
        if to == MentorStatus::Ended {
            end_running(&mut tx, Of::Mentor, id, Side::Staff, EndReason::Other, now).await?;
        }
        enqueue_all(&mut tx, deliveries, now).await?;
        tx.commit().await?;
        Ok(true)
    }

    async fn pool_entry_of(&self, chat: ChatKey) -> Result<Option<PoolEntry>, StoreError> {
        sqlx::query_as::<_, PoolRow>(POOL_ENTRY_OF)
            .bind(chat.channel.code())
            .bind(chat.id)
            .fetch_optional(&self.pool)
            .await?
            .map(PoolEntry::try_from)
            .transpose()
    }

    async fn join_pool(
        &self,
        chat: ChatKey,
        municipality: &str,
        wish: &Wish,
        now: DateTime<Utc>,
    ) -> Result<i64, StoreError> {
        Ok(sqlx::query_scalar(JOIN_POOL)
            .bind(municipality)
            .bind(chat.channel.code())
            .bind(chat.id)
            .bind(to_json(wish))
            .bind(now)
            .fetch_one(&self.pool)
            .await?)
    }

    async fn leave_pool(
        &self,
        chat: ChatKey,
        deliveries: &[NewDelivery],
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError> {
        self.leave_scheme(Leaving::Pool, chat, deliveries, now)
            .await
    }

    async fn waiting_seekers(&self, municipality: &str) -> Result<Vec<Seeker>, StoreError> {
        let rows: Vec<SeekerRow> = sqlx::query_as(WAITING_SEEKERS)
            .bind(municipality)
            .fetch_all(&self.pool)
            .await?;
        let pairs: Vec<(i64, i64)> = sqlx::query_as(ENDED_WITH)
            .bind(municipality)
            .fetch_all(&self.pool)
            .await?;
        let mut ended_with: BTreeMap<i64, BTreeSet<i64>> = BTreeMap::new();
        for (seeker, mentor) in pairs {
            ended_with.entry(seeker).or_default().insert(mentor);
        }
        let mut seekers: Vec<Seeker> = convert(rows)?;
        for seeker in &mut seekers {
            seeker.ended_with = ended_with.remove(&seeker.id).unwrap_or_default();
        }
        Ok(seekers)
    }

    async fn claim_matching_run(
        &self,
        municipality: &str,
        week: &str,
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError> {
        let claimed = sqlx::query(CLAIM_RUN)
            .bind(municipality)
            .bind(week)
            .bind(now)
            .execute(&self.pool)
            .await?
            .rows_affected();
        Ok(claimed == 1)
    }

    async fn replace_proposals(
        &self,
        municipality: &str,
        proposals: &[NewProposal],
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await?;
        sqlx::query(DELETE_PROPOSALS)
            .bind(municipality)
            .execute(&mut *tx)
            .await?;
        for proposal in proposals {
            sqlx::query(ADD_PROPOSAL)
                .bind(municipality)
                .bind(proposal.mentor_id)
                .bind(proposal.seeker_id)
                .bind(proposal.score)
                .bind(to_json(&proposal.reasons))
                .bind(now)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    async fn matches_in(
        &self,
        municipality: &str,
        statuses: &[MatchStatus],
    ) -> Result<Vec<MatchRecord>, StoreError> {
        if statuses.is_empty() {
            return Ok(Vec::new());
        }
        let clause = format!(
            "where x.municipality = $1 and x.status in ({}) order by x.created_at, x.id",
            code_list(statuses.iter().map(|s| s.code()))
        );
        let sql = format!("{MATCH_COLUMNS} {clause}");
        convert(
            sqlx::query_as::<_, MatchRow>(&sql)
                .bind(municipality)
                .fetch_all(&self.pool)
                .await?,
        )
    }

    async fn match_by_id(&self, id: i64) -> Result<Option<MatchRecord>, StoreError> {
        let sql = format!("{MATCH_COLUMNS} where x.id = $1");
        sqlx::query_as::<_, MatchRow>(&sql)
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
            .map(MatchRecord::try_from)
            .transpose()
    }

    async fn matches_of(&self, chat: ChatKey) -> Result<Vec<MatchRecord>, StoreError> {
        let sql = format!(
            "{MATCH_COLUMNS} where (m.channel = $1 and m.chat_id = $2) \
             or (p.channel = $1 and p.chat_id = $2) order by x.created_at desc, x.id desc"
        );
        convert(
            sqlx::query_as::<_, MatchRow>(&sql)
                .bind(chat.channel.code())
                .bind(chat.id)
                .fetch_all(&self.pool)
                .await?,
        )
    }

    async fn confirm_proposal(
        &self,
        municipality: &str,
        id: i64,
        deliveries: &[NewDelivery],
        now: DateTime<Utc>,
    ) -> Result<Confirmed, StoreError> {
        confirm(&self.pool, municipality, id, deliveries, now).await
    }

    async fn skip_proposal(
        &self,
        municipality: &str,
        id: i64,
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError> {
        let skipped = sqlx::query(SKIP)
            .bind(id)
            .bind(municipality)
            .bind(now)
            .execute(&self.pool)
            .await?
            .rows_affected();
        Ok(skipped > 0)
    }

    async fn answer_match(
        &self,
        id: i64,
        side: Side,
        yes: bool,
        contact: Option<&str>,
        deliveries: &[NewDelivery],
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError> {
        answer(&self.pool, id, side, yes, contact, deliveries, now).await
    }

    async fn end_match(
        &self,
        id: i64,
        by: Side,
        reason: EndReason,
        deliveries: &[NewDelivery],
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError> {
        end(&self.pool, id, by, reason, deliveries, now).await
    }

    async fn record_met(&self, id: i64, now: DateTime<Utc>) -> Result<bool, StoreError> {
        let running = sqlx::query(MET)
            .bind(id)
            .bind(now)
            .execute(&self.pool)
            .await?
            .rows_affected();
        Ok(running > 0)
    }

    async fn due_matches(
        &self,
        now: DateTime<Utc>,
        limit: i64,
    ) -> Result<Vec<DueMatch>, StoreError> {
        let sql = format!("{MATCH_COLUMNS} {DUE}");
        sqlx::query_as::<_, MatchRow>(&sql)
            .bind(now)
            .bind(limit)
            .fetch_all(&self.pool)
            .await?
            .into_iter()
            .map(|row| row.into_due(now))
            .collect()
    }

    async fn record_checkin(
        &self,
        id: i64,
        done: u8,
        next: Option<DateTime<Utc>>,
        deliveries: &[NewDelivery],
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError> {
        record_reminder(&self.pool, RECORD_CHECKIN, id, done, next, deliveries, now).await
    }

    async fn record_quiet_alert(
        &self,
        id: i64,
        done: u8,
        next: Option<DateTime<Utc>>,
        deliveries: &[NewDelivery],
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError> {
        record_reminder(
            &self.pool,
            RECORD_QUIET_ALERT,
            id,
            done,
            next,
            deliveries,
            now,
        )
        .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_open_list_is_the_open_statuses() {
        assert_eq!(
            OPEN,
            format!("({})", code_list(MatchStatus::OPEN.map(MatchStatus::code)))
        );
        for sql in [
            WAITING_SEEKERS,
            FREE_MENTORS_OF_CHAT,
            super::super::mentor_matches::NEWCOMER_FREE,
        ] {
            assert!(sql.contains(OPEN), "{sql}");
        }
    }
}

/// Who leaves the mentor scheme: a volunteer deleting their sign-up, or a
/// newcomer leaving the pool.
#[derive(Clone, Copy)]
enum Leaving {
    Mentor,
    Pool,
}

impl SqlStore<Db> {
    /// A chat leaves the scheme: its matches still asking are withdrawn,
    /// running ones ended (by that side, reason other), its row deleted and
    /// `deliveries` queued — one transaction. `false` if it had no row.
    async fn leave_scheme(
        &self,
        leaving: Leaving,
        chat: ChatKey,
        deliveries: &[NewDelivery],
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError> {
        let (touch, of, side, delete) = match leaving {
            Leaving::Mentor => (TOUCH_MENTOR, Of::Mentor, Side::Mentor, DELETE_MENTOR),
            Leaving::Pool => (
                TOUCH_POOL_ENTRY,
                Of::Seeker,
                Side::Newcomer,
                DELETE_POOL_ENTRY,
            ),
        };
        let mut tx = self.pool.begin().await?;
        let id: Option<i64> = sqlx::query_scalar(touch)
            .bind(chat.channel.code())
            .bind(chat.id)
            .bind(now)
            .fetch_optional(&mut *tx)
            .await?;
        let Some(id) = id else {
            tx.rollback().await?;
            return Ok(false);
        };
        withdraw_asking(&mut tx, of, id, now).await?;
        end_running(&mut tx, of, id, side, EndReason::Other, now).await?;
        sqlx::query(delete).bind(id).execute(&mut *tx).await?;
        enqueue_all(&mut tx, deliveries, now).await?;
        tx.commit().await?;
        Ok(true)
    }
}
