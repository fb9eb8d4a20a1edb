//! Mentors (faddere): volunteers and their vetting, newcomers waiting in a
//! municipality's pool, and matches from proposal to their end.
//!
//! Every change that tells someone something takes the deliveries it
//! causes and queues them in the same transaction. Every change of a
//! match's status is a compare-and-set on the status it expects: two
//! coordinators confirming one proposal, or a stale accept after the match
//! was withdrawn, change nothing the second time (`false` / an outcome that
//! says why). A mentor's `engaged` count (open matches, see
//! [`MatchStatus::is_open`]) is raised only while it is below their
//! capacity, in one statement, so no mentor is matched beyond it even when
//! instances race.

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use super::StoreError;
use crate::i18n::Locale;
use crate::mentors::{
    EndReason, MatchRecord, MentorRecord, MentorStatus, Reason, Seeker, Side, VettingStep,
    Volunteer, Wish,
};
use crate::newcomers::ChatKey;
use crate::outbox::NewDelivery;

/// A volunteer signing up.
#[derive(Clone, Debug)]
pub struct NewMentor {
    pub chat: ChatKey,
    pub locale: Locale,
    pub municipality: String,
    pub profile: Volunteer,
}

/// A pair the assignment proposed, for the coordinator.
#[derive(Clone, Debug)]
pub struct NewProposal {
    pub mentor_id: i64,
    pub seeker_id: i64,
    pub score: i64,
    pub reasons: Vec<Reason>,
}

/// A newcomer's place in their municipality's pool.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PoolEntry {
    pub id: i64,
    pub municipality: String,
    pub wish: Wish,
    pub waiting_since: DateTime<Utc>,
}

/// What confirming a proposal did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Confirmed {
    /// The mentor is asked now.
    Asked,
    /// It is no longer a proposal (confirmed or skipped by someone else,
    /// or withdrawn).
    Gone,
    /// The mentor has no free capacity left, or is no longer approved.
    MentorUnavailable,
    /// The newcomer has an open match already, or left the pool.
    NewcomerUnavailable,
}

/// A match whose check-in or "have you met?" alert is due.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DueMatch {
    pub record: MatchRecord,
    /// A check-in to both sides is due.
    pub checkin_due: bool,
    /// They have not said they met, and the coordinator's next alert is
    /// due.
    pub quiet_alert_due: bool,
}

#[async_trait]
pub trait MentorStore: Send + Sync {
    // ---- the volunteer's own ---------------------------------------------

    /// This chat's mentor sign-up, whatever its status.
    async fn mentor_of(&self, chat: ChatKey) -> Result<Option<MentorRecord>, StoreError>;

    /// Stores a sign-up (status vetting, nothing ticked) and queues the
    /// coordinators' notices. `None`, and nothing stored or queued, if this
    /// chat has signed up already.
    async fn sign_up_mentor(
        &self,
        mentor: &NewMentor,
        deliveries: &[NewDelivery],
        now: DateTime<Utc>,
    ) -> Result<Option<i64>, StoreError>;

    /// Replaces what the volunteer told us (the municipality stays) and
    /// their language. `false` if they have no sign-up.
    async fn update_mentor_profile(
        &self,
        chat: ChatKey,
        profile: &Volunteer,
        locale: Locale,
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError>;

    /// Deletes this chat's sign-up. Its matches still asking are withdrawn
    /// and running ones ended (by the mentor, reason other), their
    /// newcomers back in the pool; `deliveries` (the notices to them) are
    /// queued in the same transaction. `false` if there was none.
    async fn delete_mentor(
        &self,
        chat: ChatKey,
        deliveries: &[NewDelivery],
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError>;

    // ---- staff -------------------------------------------------------------

    /// A municipality's volunteers with one of `statuses`, oldest sign-up
    /// first.
    async fn mentors_in(
        &self,
        municipality: &str,
        statuses: &[MentorStatus],
    ) -> Result<Vec<MentorRecord>, StoreError>;

    /// One of a municipality's volunteers.
    async fn mentor_in(
        &self,
        municipality: &str,
        id: i64,
    ) -> Result<Option<MentorRecord>, StoreError>;

    /// Ticks (or unticks) a vetting step. `false` if no such volunteer.
    async fn set_vetting_step(
        &self,
        municipality: &str,
        id: i64,
        step: VettingStep,
        done: bool,
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError>;

    /// Changes a volunteer's status if it is one of `from`, with staff's
    /// reason, and queues `deliveries` (the notice to the volunteer and to
    /// newcomers it concerns). Leaving `approved` withdraws the matches
    /// still asking; `ended` also ends running ones (by staff, reason
    /// other) and puts their newcomers back in the pool. The volunteer
    /// pausing themselves is the same call. `false` (nothing changed or
    /// queued) if the status was not one of `from`.
    #[allow(clippy::too_many_arguments)]
    async fn set_mentor_status(
        &self,
        municipality: &str,
        id: i64,
        from: &[MentorStatus],
        to: MentorStatus,
        reason: Option<&str>,
        deliveries: &[NewDelivery],
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError>;

    // ---- the pool ------------------------------------------------------------

    /// This chat's place in a pool, if it waits or is matched.
    async fn pool_entry_of(&self, chat: ChatKey) -> Result<Option<PoolEntry>, StoreError>;

    /// Joins the municipality's pool, or changes what the newcomer hopes
    /// for (keeping how long they have waited). Returns the entry's id.
    async fn join_pool(
        &self,
        chat: ChatKey,
        municipality: &str,
        wish: &Wish,
        now: DateTime<Utc>,
    ) -> Result<i64, StoreError>;

    /// Leaves the pool: the entry is deleted, matches still asking are
    /// withdrawn and a running one ended (by the newcomer, reason other);
    /// `deliveries` are queued with it. `false` if not in a pool.
    async fn leave_pool(
        &self,
        chat: ChatKey,
        deliveries: &[NewDelivery],
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError>;

    /// The municipality's newcomers waiting for a mentor: in the pool, with
    /// a profile still in this municipality, and no open match. Each as
    /// matching sees them: the language they use velkommen in, whether
    /// their household has children, the mentors whose matches with them
    /// ended or were declined.
    async fn waiting_seekers(&self, municipality: &str) -> Result<Vec<Seeker>, StoreError>;

    // ---- matches -------------------------------------------------------------

    /// Claims the weekly matching run of a municipality for `week` (an ISO
    /// week, `2026-W49`): `true` for the one caller that claims it first.
    async fn claim_matching_run(
        &self,
        municipality: &str,
        week: &str,
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError>;

    /// Replaces the municipality's unconfirmed proposals with these.
    async fn replace_proposals(
        &self,
        municipality: &str,
        proposals: &[NewProposal],
        now: DateTime<Utc>,
    ) -> Result<(), StoreError>;

    /// A municipality's matches with one of `statuses`, oldest first.
    async fn matches_in(
        &self,
        municipality: &str,
        statuses: &[crate::mentors::MatchStatus],
    ) -> Result<Vec<MatchRecord>, StoreError>;

    /// One match, by id; the caller checks it is the asker's (staff: its
    /// municipality; a mentor or a newcomer: [`MatchRecord::side_of`]).
    async fn match_by_id(&self, id: i64) -> Result<Option<MatchRecord>, StoreError>;

    /// Every match this chat is a side of, newest first.
    async fn matches_of(&self, chat: ChatKey) -> Result<Vec<MatchRecord>, StoreError>;

    /// A coordinator confirms a proposal: the mentor's engaged count goes
    /// up if below capacity and they are approved, the newcomer has no
    /// other open match, the match becomes `asking-mentor`, and
    /// `deliveries` (the question to the mentor) are queued — all or
    /// nothing.
    async fn confirm_proposal(
        &self,
        municipality: &str,
        id: i64,
        deliveries: &[NewDelivery],
        now: DateTime<Utc>,
    ) -> Result<Confirmed, StoreError>;

    /// A coordinator passes a proposal over. `false` if it is no longer one.
    async fn skip_proposal(
        &self,
        municipality: &str,
        id: i64,
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError>;

    /// The asked side answers. The mentor's yes moves `asking-mentor` to
    /// `asking-newcomer`; the newcomer's yes moves `asking-newcomer` to
    /// `active` (started now); a no from either makes it `declined` and
    /// frees the mentor's place. `contact` is how the side chose to be
    /// reached (given with a yes). `false`, with nothing changed or
    /// queued, if the match is not waiting for this side's answer.
    #[allow(clippy::too_many_arguments)]
    async fn answer_match(
        &self,
        id: i64,
        side: Side,
        yes: bool,
        contact: Option<&str>,
        deliveries: &[NewDelivery],
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError>;

    /// Ends a running match: the mentor's place is freed and the newcomer
    /// goes back to the pool, waiting from now. `false` if it was not
    /// running.
    async fn end_match(
        &self,
        id: i64,
        by: Side,
        reason: EndReason,
        deliveries: &[NewDelivery],
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError>;

    /// A side says they have met (the first time counts). `false` if the
    /// match is not running.
    async fn record_met(&self, id: i64, now: DateTime<Utc>) -> Result<bool, StoreError>;

    /// Running matches with a check-in or a quiet-match alert due at
    /// `now`, at most `limit`, over every municipality.
    async fn due_matches(
        &self,
        now: DateTime<Utc>,
        limit: i64,
    ) -> Result<Vec<DueMatch>, StoreError>;

    /// Records that check-in number `done` (1-based) was queued, with the
    /// time of the next one (`None`: that was the last), and queues
    /// `deliveries`. A compare-and-set on the count before it: `false` if
    /// another instance recorded it first.
    async fn record_checkin(
        &self,
        id: i64,
        done: u8,
        next: Option<DateTime<Utc>>,
        deliveries: &[NewDelivery],
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError>;

    /// The same for the coordinator's "they have not met yet" alerts.
    async fn record_quiet_alert(
        &self,
        id: i64,
        done: u8,
        next: Option<DateTime<Utc>>,
        deliveries: &[NewDelivery],
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError>;
}
