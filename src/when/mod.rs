//! Times and repetitions as municipal staff type them, and the rules they
//! stand for — all in Europe/Oslo. A consultant in Haram writes
//! "08.12.2026 18.00", "8.12 kl 18", "i morgen 18", "tirsdag kl. 18" or
//! "hver tirsdag kl. 18", not crontab; crontab stays as the advanced way.
//! Also the quiet hours, when ordinary messages wait for the morning.

use std::str::FromStr;

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveTime, TimeZone, Utc, Weekday};
use chrono_tz::Europe::Oslo;
use serde::{Deserialize, Serialize};

mod typed;

pub use typed::{is_repeat, parse_crontab, parse_moment, parse_repeat};

/// Why a typed time or repetition could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum WhenError {
    #[error("not a date and time")]
    NotATime,
    #[error("a date without a time of day")]
    NoTime,
    #[error("the time has passed")]
    InThePast,
    #[error("more than two years ahead")]
    TooFar,
    #[error("not a repetition")]
    NotARepeat,
    #[error("not a crontab expression")]
    NotACrontab,
    #[error("the crontab expression never fires")]
    NeverFires,
}

/// How far ahead a typed time may be.
const MAX_AHEAD_DAYS: i64 = 2 * 366;

/// How something repeats after its first time, in Oslo time. The variant
/// names are stored in conversation drafts; add, never rename.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Recurrence {
    /// Once only.
    Once,
    /// Every week, on the weekday and at the time of the first.
    Weekly,
    /// By a five-field crontab expression read in Europe/Oslo.
    Cron(String),
    /// Every other week, on the weekday and at the time of the first.
    EveryOtherWeek,
    /// Once a month on the `n`th weekday (1–4, or [`LAST`] for the last) —
    /// the weekday and time of the first.
    MonthlyNth(u8),
}

/// The "nth" of [`Recurrence::MonthlyNth`] that means the last.
pub const LAST: u8 = 5;

/// The stored form of every other week.
const EVERY_OTHER_WEEK: &str = "@every-2-weeks";
/// The stored form of a monthly weekday: `@monthly:2` is the second.
const MONTHLY: &str = "@monthly:";

impl Recurrence {
    /// What is stored for it (`None` for once): a marker, or a crontab
    /// expression.
    pub fn to_stored(&self, first: DateTime<Utc>) -> Option<String> {
        match self {
            Recurrence::Once => None,
            Recurrence::Weekly => Some(weekly_crontab(first)),
            Recurrence::Cron(expression) => Some(expression.clone()),
            Recurrence::EveryOtherWeek => Some(EVERY_OTHER_WEEK.to_owned()),
            Recurrence::MonthlyNth(n) => Some(format!("{MONTHLY}{n}")),
        }
    }

    /// Reads the stored form back.
    pub fn from_stored(stored: Option<String>, first: DateTime<Utc>) -> Recurrence {
        let Some(stored) = stored else {
            return Recurrence::Once;
        };
        if stored == EVERY_OTHER_WEEK {
            return Recurrence::EveryOtherWeek;
        }
        if let Some(n) = stored
            .strip_prefix(MONTHLY)
            .and_then(|n| n.parse::<u8>().ok())
            .filter(|n| (1..=LAST).contains(n))
        {
            return Recurrence::MonthlyNth(n);
        }
        if stored == weekly_crontab(first) {
            return Recurrence::Weekly;
        }
        Recurrence::Cron(stored)
    }

    /// The first time strictly after `after`, for something that first
    /// happens at `first` (which counts even where a crontab would not
    /// give it).
    pub fn next_after(&self, first: DateTime<Utc>, after: DateTime<Utc>) -> Option<DateTime<Utc>> {
        if first > after {
            return Some(first);
        }
        let local_first = first.with_timezone(&Oslo);
        let time = local_first.time();
        match self {
            Recurrence::Once => None,
            Recurrence::Weekly | Recurrence::EveryOtherWeek => {
                let step = if *self == Recurrence::Weekly { 7 } else { 14 };
                let days = (after.with_timezone(&Oslo).date_naive() - local_first.date_naive())
                    .num_days()
                    .max(0);
                let mut date = local_first.date_naive() + Duration::days(days / step * step);
                loop {
                    if let Some(at) = oslo(date, time).filter(|at| *at > after) {
                        return Some(at);
                    }
                    date += Duration::days(step);
                }
            }
            Recurrence::MonthlyNth(n) => {
                let weekday = local_first.weekday();
                let start = after.with_timezone(&Oslo).date_naive();
                let mut month = (start.year(), start.month());
                for _ in 0..3 {
                    if let Some(date) = nth_weekday(month.0, month.1, weekday, *n)
                        && let Some(at) = oslo(date, time).filter(|at| *at > after)
                    {
                        return Some(at);
                    }
                    month = if month.1 == 12 {
                        (month.0 + 1, 1)
                    } else {
                        (month.0, month.1 + 1)
                    };
                }
                None
            }
            Recurrence::Cron(expression) => {
                let cron = croner::Cron::from_str(expression).ok()?;
                cron.find_next_occurrence(&after.with_timezone(&Oslo), false)
                    .ok()
                    .map(|t| t.with_timezone(&Utc))
            }
        }
    }

    /// Times after `from` and before `until`, at most `n`, soonest first,
    /// leaving out the `skipped` ones (dates cancelled one by one).
    pub fn occurrences(
        &self,
        first: DateTime<Utc>,
        from: DateTime<Utc>,
        until: DateTime<Utc>,
        n: usize,
        skipped: &[DateTime<Utc>],
    ) -> Vec<DateTime<Utc>> {
        let mut found = Vec::new();
        let mut cursor = from;
        while found.len() < n {
            match self.next_after(first, cursor) {
                Some(next) if next < until => {
                    if !skipped.contains(&next) {
                        found.push(next);
                    }
                    cursor = next;
                }
                _ => break,
            }
        }
        found
    }
}

/// The crontab expression of "every week" from a first time.
fn weekly_crontab(first: DateTime<Utc>) -> String {
    let local = first.with_timezone(&Oslo);
    format!(
        "{} {} * * {}",
        chrono::Timelike::minute(&local),
        chrono::Timelike::hour(&local),
        local.weekday().num_days_from_sunday()
    )
}

/// A local date and time in Oslo as an instant; in the spring gap, the
/// first valid time after it; in the autumn overlap, the first of the two.
fn oslo(date: NaiveDate, time: NaiveTime) -> Option<DateTime<Utc>> {
    let local = date.and_time(time);
    match Oslo.from_local_datetime(&local).earliest() {
        Some(at) => Some(at.with_timezone(&Utc)),
        None => Oslo
            .from_local_datetime(&(local + Duration::hours(1)))
            .earliest()
            .map(|at| at.with_timezone(&Utc)),
    }
}

/// The `n`th (1–4, or [`LAST`]) `weekday` of a month.
fn nth_weekday(year: i32, month: u32, weekday: Weekday, n: u8) -> Option<NaiveDate> {
    if n == LAST {
        let next_month = if month == 12 {
            NaiveDate::from_ymd_opt(year + 1, 1, 1)?
        } else {
            NaiveDate::from_ymd_opt(year, month + 1, 1)?
        };
        let mut date = next_month.pred_opt()?;
        while date.weekday() != weekday {
            date = date.pred_opt()?;
        }
        return Some(date);
    }
    NaiveDate::from_weekday_of_month_opt(year, month, weekday, n)
}

/// Which of the month's weekdays a date is: 1–4, and whether it is also the
/// last.
pub fn nth_of_month(date: NaiveDate) -> (u8, bool) {
    let nth = ((date.day() - 1) / 7 + 1) as u8;
    let last = (date + Duration::days(7)).month() != date.month();
    (nth, last)
}

/// Daily hours in Europe/Oslo during which only urgent messages go out.
/// They may cross midnight (21:00–08:00).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QuietHours {
    pub start: NaiveTime,
    pub end: NaiveTime,
}

impl QuietHours {
    /// 21:00–08:00, the default.
    pub fn evening_to_morning() -> QuietHours {
        QuietHours {
            start: NaiveTime::from_hms_opt(21, 0, 0).expect("valid time"),
            end: NaiveTime::from_hms_opt(8, 0, 0).expect("valid time"),
        }
    }

    /// Whether `at` falls inside the quiet hours, in Oslo local time.
    pub fn contains(&self, at: DateTime<Utc>) -> bool {
        let local = at.with_timezone(&Oslo).time();
        if self.start <= self.end {
            local >= self.start && local < self.end
        } else {
            local >= self.start || local < self.end
        }
    }

    /// When the quiet hours that hold `at` began (`at` itself if they do
    /// not hold it).
    pub fn began(&self, at: DateTime<Utc>) -> DateTime<Utc> {
        if !self.contains(at) {
            return at;
        }
        let local = at.with_timezone(&Oslo);
        let mut date = local.date_naive();
        if local.time() < self.start {
            date = date.pred_opt().unwrap_or(date);
        }
        oslo(date, self.start).unwrap_or(at)
    }

    /// When an ordinary message due at `at` goes out: at once, or when the
    /// quiet hours end.
    pub fn release(&self, at: DateTime<Utc>) -> DateTime<Utc> {
        if !self.contains(at) {
            return at;
        }
        let local = at.with_timezone(&Oslo);
        let mut date = local.date_naive();
        if self.start > self.end && local.time() >= self.start {
            date = date.succ_opt().unwrap_or(date);
        }
        oslo(date, self.end).unwrap_or(at)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> DateTime<Utc> {
        Oslo.with_ymd_and_hms(y, mo, d, h, mi, 0)
            .earliest()
            .unwrap()
            .with_timezone(&Utc)
    }

    /// Tuesday 1 December 2026, 13:00 in Oslo.
    fn now() -> DateTime<Utc> {
        at(2026, 12, 1, 13, 0)
    }

    /// Found by the `typed_times` fuzzer: four bytes after "kl" that are
    /// not four digits (a "½", an "é") were cut inside a character.
    #[test]
    fn a_clock_time_of_four_bytes_that_are_not_digits_is_refused_not_a_panic() {
        for typed in [
            "kl a€",
            "tirsdag kl 1€",
            "kl ½½",
            "0\u{b}\u{efff}1 kl kl.(\u{b}1 kl kl.;m\u{efff}(dW maned\0d",
        ] {
            assert!(parse_moment(typed, now()).is_err(), "{typed}");
            let _ = parse_repeat(typed, now());
        }
        assert!(parse_moment("i morgen kl 1830", now()).is_ok());
    }

    #[test]
    fn times_are_read_as_staff_type_them() {
        let cases = [
            ("01.12.2026 18:00", at(2026, 12, 1, 18, 0)),
            ("08.12.2026 18.00", at(2026, 12, 8, 18, 0)),
            ("8.12 kl 18", at(2026, 12, 8, 18, 0)),
            ("8.12. kl. 18:30", at(2026, 12, 8, 18, 30)),
            ("i morgen 18", at(2026, 12, 2, 18, 0)),
            ("i morgon kl. 9", at(2026, 12, 2, 9, 0)),
            ("I morgen klokka 10.15", at(2026, 12, 2, 10, 15)),
            ("tirsdag kl. 18", at(2026, 12, 1, 18, 0)),
            ("tysdag kl 12", at(2026, 12, 8, 12, 0)),
            ("neste tirsdag kl 18", at(2026, 12, 8, 18, 0)),
            ("fredag 19:30", at(2026, 12, 4, 19, 30)),
            ("Lørdag kl 11", at(2026, 12, 5, 11, 0)),
            ("8. desember kl 18", at(2026, 12, 8, 18, 0)),
            ("8 des 2026 18:00", at(2026, 12, 8, 18, 0)),
            ("3. januar kl 17", at(2027, 1, 3, 17, 0)),
            ("2026-12-08 18:00", at(2026, 12, 8, 18, 0)),
            ("kl 18 i morgen", at(2026, 12, 2, 18, 0)),
            ("18", at(2026, 12, 1, 18, 0)),
            ("9", at(2026, 12, 2, 9, 0)),
            ("tomorrow 18:00", at(2026, 12, 2, 18, 0)),
            ("next friday at 17", at(2026, 12, 4, 17, 0)),
            ("20.01.27 kl1830", at(2027, 1, 20, 18, 30)),
            ("tirsdag 8.12 kl 18", at(2026, 12, 8, 18, 0)),
        ];
        for (typed, expected) in cases {
            assert_eq!(parse_moment(typed, now()), Ok(expected), "{typed}");
        }
    }

    #[test]
    fn unreadable_past_and_timeless_times_are_refused_with_a_reason() {
        assert_eq!(parse_moment("snart", now()), Err(WhenError::NotATime));
        assert_eq!(parse_moment("", now()), Err(WhenError::NotATime));
        assert_eq!(parse_moment("tirsdag", now()), Err(WhenError::NoTime));
        assert_eq!(parse_moment("8.12", now()), Err(WhenError::NoTime));
        assert_eq!(
            parse_moment("24.11.2026 18:00", now()),
            Err(WhenError::InThePast)
        );
        assert_eq!(parse_moment("i dag kl 9", now()), Err(WhenError::InThePast));
        assert_eq!(
            parse_moment("32.12.2026 18:00", now()),
            Err(WhenError::NotATime)
        );
        assert_eq!(parse_moment("8.12 kl 25", now()), Err(WhenError::NotATime));
        assert_eq!(
            parse_moment("01.12.2030 18:00", now()),
            Err(WhenError::TooFar)
        );
        assert_eq!(parse_moment("💥 kl 18", now()), Err(WhenError::NotATime));
    }

    #[test]
    fn repetitions_are_read_in_words_or_crontab() {
        assert_eq!(
            parse_repeat("hver tirsdag kl. 18", now()),
            Ok((at(2026, 12, 1, 18, 0), Recurrence::Weekly))
        );
        assert_eq!(
            parse_repeat("kvar tysdag kl 18", now()),
            Ok((at(2026, 12, 1, 18, 0), Recurrence::Weekly))
        );
        assert_eq!(
            parse_repeat("Hver mandag 10:30", now()),
            Ok((at(2026, 12, 7, 10, 30), Recurrence::Weekly))
        );
        assert_eq!(
            parse_repeat("annenhver torsdag kl 17.30", now()),
            Ok((at(2026, 12, 3, 17, 30), Recurrence::EveryOtherWeek))
        );
        assert_eq!(
            parse_repeat("første mandag i måneden kl 10", now()),
            Ok((at(2026, 12, 7, 10, 0), Recurrence::MonthlyNth(1)))
        );
        assert_eq!(
            parse_repeat("siste fredag i måneden kl 14", now()),
            Ok((at(2026, 12, 25, 14, 0), Recurrence::MonthlyNth(LAST)))
        );
        assert_eq!(
            parse_repeat("every wednesday at 17:00", now()),
            Ok((at(2026, 12, 2, 17, 0), Recurrence::Weekly))
        );
        assert_eq!(
            parse_repeat("0 18 * * 2", now()),
            Ok((
                at(2026, 12, 1, 18, 0),
                Recurrence::Cron("0 18 * * 2".into())
            ))
        );
        assert_eq!(
            parse_repeat("hver dag kl 9", now()).map(|(first, _)| first),
            Ok(at(2026, 12, 2, 9, 0))
        );
        assert_eq!(parse_repeat("hver tirsdag", now()), Err(WhenError::NoTime));
        assert_eq!(parse_repeat("av og til", now()), Err(WhenError::NotARepeat));
        assert_eq!(
            parse_repeat("0 0 31 2 *", now()),
            Err(WhenError::NeverFires)
        );
        assert_eq!(
            parse_repeat("61 18 * * 2", now()),
            Err(WhenError::NotACrontab)
        );
        assert!(is_repeat("hver tirsdag kl. 18"));
        assert!(is_repeat("0 18 * * 2"));
        assert!(!is_repeat("tirsdag kl. 18"));
    }

    #[test]
    fn repetitions_keep_their_local_time_and_round_trip_through_storage() {
        // Tuesday 20 October 2026 18:00 CEST; DST ends on 25 October.
        let first = at(2026, 10, 20, 18, 0);
        let every_other = Recurrence::EveryOtherWeek;
        assert_eq!(
            every_other.occurrences(first, at(2026, 10, 19, 0, 0), at(2026, 12, 1, 0, 0), 3, &[]),
            vec![first, at(2026, 11, 3, 18, 0), at(2026, 11, 17, 18, 0)]
        );
        let monthly = Recurrence::MonthlyNth(1);
        assert_eq!(
            monthly.occurrences(at(2026, 12, 7, 10, 0), now(), at(2027, 3, 1, 0, 0), 3, &[]),
            vec![
                at(2026, 12, 7, 10, 0),
                at(2027, 1, 4, 10, 0),
                at(2027, 2, 1, 10, 0)
            ]
        );
        for recurrence in [
            Recurrence::Once,
            Recurrence::Weekly,
            Recurrence::EveryOtherWeek,
            Recurrence::MonthlyNth(2),
            Recurrence::MonthlyNth(LAST),
            Recurrence::Cron("0 9 * * 1-5".into()),
        ] {
            let stored = recurrence.to_stored(first);
            assert_eq!(Recurrence::from_stored(stored, first), recurrence);
        }
        assert_eq!(
            nth_of_month(NaiveDate::from_ymd_opt(2026, 12, 29).unwrap()),
            (5, true)
        );
        assert_eq!(
            nth_of_month(NaiveDate::from_ymd_opt(2026, 12, 1).unwrap()),
            (1, false)
        );
    }

    #[test]
    fn quiet_hours_hold_ordinary_messages_until_the_morning() {
        let quiet = QuietHours::evening_to_morning();
        assert!(!quiet.contains(at(2026, 12, 1, 20, 59)));
        assert!(quiet.contains(at(2026, 12, 1, 21, 0)));
        assert!(quiet.contains(at(2026, 12, 2, 7, 59)));
        assert_eq!(
            quiet.release(at(2026, 12, 1, 22, 45)),
            at(2026, 12, 2, 8, 0)
        );
        assert_eq!(quiet.release(at(2026, 12, 2, 6, 0)), at(2026, 12, 2, 8, 0));
        assert_eq!(
            quiet.release(at(2026, 12, 1, 13, 0)),
            at(2026, 12, 1, 13, 0)
        );
        // In summer Oslo is UTC+2: 19:00 UTC is already 21:00 there.
        let summer = Utc.with_ymd_and_hms(2027, 7, 1, 19, 0, 0).unwrap();
        assert!(quiet.contains(summer));
        assert!(!quiet.contains(Utc.with_ymd_and_hms(2027, 7, 1, 18, 59, 0).unwrap()));
    }
}
