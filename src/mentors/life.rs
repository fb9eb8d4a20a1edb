//! The life of a match: proposed by matching, confirmed by a coordinator,
//! accepted by the mentor and then the newcomer, introduced, checked on,
//! and ended kindly.

use chrono::{DateTime, Months, Utc};

use super::Reason;
use crate::i18n::Locale;
use crate::newcomers::{ChatKey, answer_enum};

answer_enum!(
    /// Where a match stands. Only [`MatchStatus::is_open`] ones hold a
    /// mentor's capacity and keep the newcomer out of the pool.
    MatchStatus {
        /// Found by matching; waits for a coordinator.
        Proposed => "proposed", "match-status-proposed",
        /// Confirmed by a coordinator; the mentor is asked.
        AskingMentor => "asking-mentor", "match-status-asking-mentor",
        /// The mentor said yes; the newcomer is asked.
        AskingNewcomer => "asking-newcomer", "match-status-asking-newcomer",
        /// Both said yes and were introduced.
        Active => "active", "match-status-active",
        /// A coordinator passed it over.
        Skipped => "skipped", "match-status-skipped",
        /// The mentor or the newcomer said no.
        Declined => "declined", "match-status-declined",
        /// Overtaken before both said yes: a side paused, left the pool or
        /// deleted their data.
        Withdrawn => "withdrawn", "match-status-withdrawn",
        Ended => "ended", "match-status-ended",
    }
);

impl MatchStatus {
    /// Asked or running: it holds the mentor's capacity.
    pub fn is_open(self) -> bool {
        matches!(
            self,
            MatchStatus::AskingMentor | MatchStatus::AskingNewcomer | MatchStatus::Active
        )
    }

    /// The statuses [`MatchStatus::is_open`] holds, for SQL.
    pub const OPEN: [MatchStatus; 3] = [
        MatchStatus::AskingMentor,
        MatchStatus::AskingNewcomer,
        MatchStatus::Active,
    ];
}

answer_enum!(
    /// Why a match ended, from a short list nobody needs to explain.
    EndReason {
        NoTime => "no-time", "match-end-no-time",
        Moved => "moved", "match-end-moved",
        NotAFit => "not-a-fit", "match-end-not-a-fit",
        /// The agreed time is over.
        Completed => "completed", "match-end-completed",
        Other => "other", "match-end-other",
    }
);

answer_enum!(
    /// Who did something to a match.
    Side {
        Mentor => "mentor", "match-side-mentor",
        Newcomer => "newcomer", "match-side-newcomer",
        Staff => "staff", "match-side-staff",
    }
);

/// The check-ins after an introduction: two weeks, then three, six and
/// twelve months (the Red Cross practice's year).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CheckIn {
    TwoWeeks,
    ThreeMonths,
    SixMonths,
    TwelveMonths,
}

impl CheckIn {
    pub const ALL: [CheckIn; 4] = [
        CheckIn::TwoWeeks,
        CheckIn::ThreeMonths,
        CheckIn::SixMonths,
        CheckIn::TwelveMonths,
    ];

    /// When this check-in is due for a match introduced at `started`.
    pub fn due(self, started: DateTime<Utc>) -> DateTime<Utc> {
        let months = |n| {
            started
                .checked_add_months(Months::new(n))
                .unwrap_or(started)
        };
        match self {
            CheckIn::TwoWeeks => started + chrono::Duration::weeks(2),
            CheckIn::ThreeMonths => months(3),
            CheckIn::SixMonths => months(6),
            CheckIn::TwelveMonths => months(12),
        }
    }

    /// The `n`-th check-in (0-based), if there is one.
    pub fn nth(n: u8) -> Option<CheckIn> {
        CheckIn::ALL.get(usize::from(n)).copied()
    }
}

/// When check-in number `n` (0-based) of a match introduced at `started`
/// is due, with an agreement of `months`, and whether it is the last: after
/// two weeks, three and six months (those before the agreement ends), and
/// at the agreed end, which asks how it went and whether to go on.
pub fn checkin_at(n: u8, started: DateTime<Utc>, months: u32) -> Option<(DateTime<Utc>, bool)> {
    let end = started
        .checked_add_months(Months::new(months.max(1)))
        .unwrap_or(started);
    let mut times: Vec<DateTime<Utc>> =
        [CheckIn::TwoWeeks, CheckIn::ThreeMonths, CheckIn::SixMonths]
            .iter()
            .map(|c| c.due(started))
            .filter(|at| *at < end)
            .collect();
    times.push(end);
    let last = times.len() - 1;
    times
        .get(usize::from(n))
        .map(|at| (*at, usize::from(n) == last))
}

/// When the coordinator hears that a pair has not met yet: two and four
/// weeks after the introduction.
pub const QUIET_MATCH_ALERTS: [i64; 2] = [14, 28];

/// A match as stored, with what its screens and notices need of both sides.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MatchRecord {
    pub id: i64,
    pub municipality: String,
    pub status: MatchStatus,
    pub mentor_id: i64,
    pub mentor_chat: ChatKey,
    pub mentor_locale: Locale,
    pub mentor_name: String,
    /// The newcomer's place in the pool (their wish's id).
    pub seeker_id: i64,
    pub newcomer_chat: ChatKey,
    pub newcomer_locale: Locale,
    pub score: i64,
    pub reasons: Vec<Reason>,
    /// How each side chose to be reached, given when they said yes.
    pub mentor_contact: Option<String>,
    pub newcomer_contact: Option<String>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// When both had said yes and were introduced.
    pub started_at: Option<DateTime<Utc>>,
    /// When either side first said they had met.
    pub met_at: Option<DateTime<Utc>>,
    /// How many check-ins have been queued.
    pub checkins: u8,
    /// How many "they have not met" alerts the coordinator has had.
    pub quiet_alerts: u8,
    pub ended_at: Option<DateTime<Utc>>,
    pub end_reason: Option<EndReason>,
    pub ended_by: Option<Side>,
}

impl MatchRecord {
    /// Which side `chat` is, if either.
    pub fn side_of(&self, chat: ChatKey) -> Option<Side> {
        if chat == self.mentor_chat {
            Some(Side::Mentor)
        } else if chat == self.newcomer_chat {
            Some(Side::Newcomer)
        } else {
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;

    #[test]
    fn check_ins_come_after_two_weeks_and_three_six_and_twelve_months() {
        let started = Utc.with_ymd_and_hms(2026, 1, 31, 10, 0, 0).unwrap();
        let due: Vec<String> = CheckIn::ALL
            .iter()
            .map(|c| c.due(started).format("%F").to_string())
            .collect();
        assert_eq!(
            due,
            ["2026-02-14", "2026-04-30", "2026-07-31", "2027-01-31"]
        );
        assert_eq!(CheckIn::nth(4), None);
    }

    #[test]
    fn the_last_check_in_is_at_the_agreed_end() {
        let started = Utc.with_ymd_and_hms(2026, 1, 31, 10, 0, 0).unwrap();
        let year: Vec<(String, bool)> = (0..5)
            .filter_map(|n| checkin_at(n, started, 12))
            .map(|(at, last)| (at.format("%F").to_string(), last))
            .collect();
        assert_eq!(
            year,
            [
                ("2026-02-14".into(), false),
                ("2026-04-30".into(), false),
                ("2026-07-31".into(), false),
                ("2027-01-31".into(), true),
            ]
        );
        // Six months agreed: the six-month check-in is the end.
        assert_eq!(checkin_at(2, started, 6).map(|(_, last)| last), Some(true));
        assert_eq!(checkin_at(3, started, 6), None);
    }

    #[test]
    fn only_asked_and_running_matches_are_open() {
        let open: Vec<_> = MatchStatus::ALL.iter().filter(|s| s.is_open()).collect();
        assert_eq!(open.len(), MatchStatus::OPEN.len());
    }
}
