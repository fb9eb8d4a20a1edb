//! A match's changes of status, each one transaction with the mentor's
//! places and the pool they change: what [`MentorStore`](crate::store::MentorStore)'s match methods
//! run (`mentors.rs`), for either backend (see `sql/mod.rs`).

use chrono::{DateTime, Duration, Utc};

use super::Db;
use super::outbox::enqueue_all;
use crate::mentors::{CheckIn, EndReason, MatchStatus, QUIET_MATCH_ALERTS, Side};
use crate::store::*;

type Tx<'c> = sqlx::Transaction<'c, Db>;

/// Takes one of the mentor's places: only while approved and below their
/// capacity, in one statement, so racing confirmations cannot overfill it.
const RAISE_ENGAGED: &str = "update mentors set engaged = engaged + 1, updated_at = $3 \
     where id = $1 and municipality = $2 and status = 'approved' and engaged < capacity";

const LOWER_ENGAGED: &str = "update mentors set \
     engaged = case when engaged > 0 then engaged - 1 else 0 end, updated_at = $2 where id = $1";

const BACK_TO_POOL: &str =
    "update mentor_pool set waiting_since = $2, updated_at = $2 where id = $1";

const CONFIRM: &str = "update mentor_matches set status = 'asking-mentor', updated_at = $3 \
     where id = $1 and municipality = $2 and status = 'proposed' returning mentor_id, seeker_id";

/// Whether the newcomer can be asked about: still in the pool with a
/// profile in its municipality, and no other open match.
pub(super) const NEWCOMER_FREE: &str = "select \
     (select count(*) from mentor_pool p join newcomers n on n.channel = p.channel \
     and n.chat_id = p.chat_id and n.municipality = p.municipality where p.id = $1) as present, \
     (select count(*) from mentor_matches where seeker_id = $1 and id <> $2 \
     and status in ('asking-mentor', 'asking-newcomer', 'active')) as busy";

const MENTOR_YES: &str = "update mentor_matches set status = 'asking-newcomer', \
     mentor_contact = $2, updated_at = $3 where id = $1 and status = 'asking-mentor'";

const NEWCOMER_YES: &str = "update mentor_matches set status = 'active', newcomer_contact = $2, \
     updated_at = $3, started_at = $3, next_checkin_at = $4, next_quiet_alert_at = $5 \
     where id = $1 and status = 'asking-newcomer'";

const DECLINE: &str = "update mentor_matches set status = 'declined', updated_at = $3 \
     where id = $1 and status = $2 returning mentor_id";

/// What ending a match sets; `$2` is the time, `$3` the reason, `$4` who.
const ENDED: &str = "status = 'ended', ended_at = $2, end_reason = $3, ended_by = $4, \
     updated_at = $2, next_checkin_at = null, next_quiet_alert_at = null";

pub(super) const RECORD_CHECKIN: &str = "update mentor_matches set checkins = $2, \
     next_checkin_at = $4, updated_at = $5 where id = $1 and checkins = $3 and status = 'active'";

pub(super) const RECORD_QUIET_ALERT: &str = "update mentor_matches set quiet_alerts = $2, \
     next_quiet_alert_at = $4, updated_at = $5 \
     where id = $1 and quiet_alerts = $3 and status = 'active' and met_at is null";

/// Which side's matches a bulk change is about.
#[derive(Clone, Copy)]
pub(super) enum Of {
    Mentor,
    Seeker,
}

impl Of {
    fn column(self) -> &'static str {
        match self {
            Of::Mentor => "mentor_id",
            Of::Seeker => "seeker_id",
        }
    }
}

/// Withdraws the matches of one mentor or pool entry that are still
/// asking, and frees their mentors' places.
pub(super) async fn withdraw_asking(
    tx: &mut Tx<'_>,
    of: Of,
    id: i64,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    let sql = format!(
        "update mentor_matches set status = 'withdrawn', updated_at = $2 \
         where {} = $1 and status in ('asking-mentor', 'asking-newcomer') returning mentor_id",
        of.column()
    );
    let mentors: Vec<i64> = sqlx::query_scalar(&sql)
        .bind(id)
        .bind(now)
        .fetch_all(&mut **tx)
        .await?;
    free_places(tx, &mentors, now).await
}

/// Ends the running matches of one mentor or pool entry (`reason`, `by`),
/// frees their mentors' places and puts their newcomers back in the pool,
/// waiting from now.
pub(super) async fn end_running(
    tx: &mut Tx<'_>,
    of: Of,
    id: i64,
    by: Side,
    reason: EndReason,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    let sql = format!(
        "update mentor_matches set {ENDED} where {} = $1 and status = 'active' \
         returning mentor_id, seeker_id",
        of.column()
    );
    let ended: Vec<(i64, i64)> = sqlx::query_as(&sql)
        .bind(id)
        .bind(now)
        .bind(reason.code())
        .bind(by.code())
        .fetch_all(&mut **tx)
        .await?;
    let mentors: Vec<i64> = ended.iter().map(|(mentor, _)| *mentor).collect();
    free_places(tx, &mentors, now).await?;
    for (_, seeker) in ended {
        sqlx::query(BACK_TO_POOL)
            .bind(seeker)
            .bind(now)
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}

/// One place back for each mentor id (a mentor twice for two matches).
async fn free_places(
    tx: &mut Tx<'_>,
    mentors: &[i64],
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    for mentor in mentors {
        sqlx::query(LOWER_ENGAGED)
            .bind(mentor)
            .bind(now)
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}

/// A coordinator's confirmation: the proposal's compare-and-set first (a
/// unique violation there is another open match of the newcomer's, found
/// by PostgreSQL's index when two confirmations race), then the newcomer's
/// check, then the mentor's place.
pub(super) async fn confirm(
    pool: &sqlx::Pool<Db>,
    municipality: &str,
    id: i64,
    deliveries: &[NewDelivery],
    now: DateTime<Utc>,
) -> Result<Confirmed, StoreError> {
    let mut tx = pool.begin().await?;
    let confirmed: Result<Option<(i64, i64)>, _> = sqlx::query_as(CONFIRM)
        .bind(id)
        .bind(municipality)
        .bind(now)
        .fetch_optional(&mut *tx)
        .await;
    let (mentor, seeker) = match confirmed {
        Ok(Some(pair)) => pair,
        Ok(None) => {
            tx.rollback().await?;
            return Ok(Confirmed::Gone);
        }
        // The newcomer's one open match: another confirmation won.
        Err(sqlx::Error::Database(e)) if e.is_unique_violation() => {
            tx.rollback().await?;
            return Ok(Confirmed::NewcomerUnavailable);
        }
        Err(error) => return Err(error.into()),
    };
    let (present, busy): (i64, i64) = sqlx::query_as(NEWCOMER_FREE)
        .bind(seeker)
        .bind(id)
        .fetch_one(&mut *tx)
        .await?;
    if present == 0 || busy > 0 {
        tx.rollback().await?;
        return Ok(Confirmed::NewcomerUnavailable);
    }
    let raised = sqlx::query(RAISE_ENGAGED)
        .bind(mentor)
        .bind(municipality)
        .bind(now)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    if raised == 0 {
        tx.rollback().await?;
        return Ok(Confirmed::MentorUnavailable);
    }
    enqueue_all(&mut tx, deliveries, now).await?;
    tx.commit().await?;
    Ok(Confirmed::Asked)
}

/// The asked side's yes or no, a compare-and-set on the status that waits
/// for it.
pub(super) async fn answer(
    pool: &sqlx::Pool<Db>,
    id: i64,
    side: Side,
    yes: bool,
    contact: Option<&str>,
    deliveries: &[NewDelivery],
    now: DateTime<Utc>,
) -> Result<bool, StoreError> {
    let asking = match side {
        Side::Mentor => MatchStatus::AskingMentor,
        Side::Newcomer => MatchStatus::AskingNewcomer,
        Side::Staff => return Ok(false),
    };
    let mut tx = pool.begin().await?;
    let changed = if !yes {
        let mentor: Option<i64> = sqlx::query_scalar(DECLINE)
            .bind(id)
            .bind(asking.code())
            .bind(now)
            .fetch_optional(&mut *tx)
            .await?;
        if let Some(mentor) = mentor {
            free_places(&mut tx, &[mentor], now).await?;
        }
        mentor.is_some()
    } else if side == Side::Mentor {
        sqlx::query(MENTOR_YES)
            .bind(id)
            .bind(contact)
            .bind(now)
            .execute(&mut *tx)
            .await?
            .rows_affected()
            > 0
    } else {
        sqlx::query(NEWCOMER_YES)
            .bind(id)
            .bind(contact)
            .bind(now)
            .bind(CheckIn::TwoWeeks.due(now))
            .bind(now + Duration::days(QUIET_MATCH_ALERTS[0]))
            .execute(&mut *tx)
            .await?
            .rows_affected()
            > 0
    };
    if !changed {
        tx.rollback().await?;
        return Ok(false);
    }
    enqueue_all(&mut tx, deliveries, now).await?;
    tx.commit().await?;
    Ok(true)
}

/// Ends a running match: the mentor's place back, the newcomer back in the
/// pool.
pub(super) async fn end(
    pool: &sqlx::Pool<Db>,
    id: i64,
    by: Side,
    reason: EndReason,
    deliveries: &[NewDelivery],
    now: DateTime<Utc>,
) -> Result<bool, StoreError> {
    let sql = format!(
        "update mentor_matches set {ENDED} where id = $1 and status = 'active' \
         returning mentor_id, seeker_id"
    );
    let mut tx = pool.begin().await?;
    let ended: Option<(i64, i64)> = sqlx::query_as(&sql)
        .bind(id)
        .bind(now)
        .bind(reason.code())
        .bind(by.code())
        .fetch_optional(&mut *tx)
        .await?;
    let Some((mentor, seeker)) = ended else {
        tx.rollback().await?;
        return Ok(false);
    };
    free_places(&mut tx, &[mentor], now).await?;
    sqlx::query(BACK_TO_POOL)
        .bind(seeker)
        .bind(now)
        .execute(&mut *tx)
        .await?;
    enqueue_all(&mut tx, deliveries, now).await?;
    tx.commit().await?;
    Ok(true)
}

/// A check-in or quiet alert recorded with a compare-and-set on the
/// count before it, and its deliveries queued.
pub(super) async fn record_reminder(
    pool: &sqlx::Pool<Db>,
    sql: &str,
    id: i64,
    done: u8,
    next: Option<DateTime<Utc>>,
    deliveries: &[NewDelivery],
    now: DateTime<Utc>,
) -> Result<bool, StoreError> {
    let mut tx = pool.begin().await?;
    let recorded = sqlx::query(sql)
        .bind(id)
        .bind(i32::from(done))
        .bind(i32::from(done) - 1)
        .bind(next)
        .bind(now)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    if recorded == 0 {
        tx.rollback().await?;
        return Ok(false);
    }
    enqueue_all(&mut tx, deliveries, now).await?;
    tx.commit().await?;
    Ok(true)
}
