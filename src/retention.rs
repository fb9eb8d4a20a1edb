//! How long personal data is kept (see the README's inventory): a person
//! who has not written for `inactive` (two years by default) is erased, as
//! their own `/delete` would — told `warn_before` (a week) earlier in their
//! language, so that a word from them keeps everything; a closed case is
//! deleted `closed_cases` (three months) after it was closed. Sent outbox
//! messages have their own retention (`VELKOMMEN_OUTBOX_RETENTION_DAYS`).

use chrono::{DateTime, Duration, Utc};

/// The retention rules; `None` keeps that kind of data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Retention {
    pub inactive: Option<Duration>,
    pub warn_before: Duration,
    pub closed_cases: Option<Duration>,
}

impl Default for Retention {
    fn default() -> Retention {
        Retention {
            inactive: Some(Duration::days(DEFAULT_INACTIVE_DAYS)),
            warn_before: Duration::days(7),
            closed_cases: Some(Duration::days(DEFAULT_CLOSED_CASE_DAYS)),
        }
    }
}

/// Two years without a word.
pub const DEFAULT_INACTIVE_DAYS: i64 = 730;
/// Three months after a case was closed.
pub const DEFAULT_CLOSED_CASE_DAYS: i64 = 90;

/// What to do about one person who has been quiet since `last_active`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Due {
    /// Nothing yet.
    Nothing,
    /// Tell them the erasure comes on this day.
    Warn(DateTime<Utc>),
    /// Erase: warned at least `warn_before` ago, and quiet since.
    Erase,
}

impl Retention {
    /// What is due for someone quiet since `last_active`, warned at
    /// `warned_at` (if ever), at `now`.
    pub fn due(
        &self,
        last_active: DateTime<Utc>,
        warned_at: Option<DateTime<Utc>>,
        now: DateTime<Utc>,
    ) -> Due {
        let Some(inactive) = self.inactive else {
            return Due::Nothing;
        };
        // A warning counts only if nothing was written after it.
        let warned = warned_at.filter(|w| *w >= last_active);
        match warned {
            Some(w) if now - w >= self.warn_before && now - last_active >= inactive => Due::Erase,
            Some(_) => Due::Nothing,
            None if now - last_active >= inactive - self.warn_before => {
                Due::Warn(now + self.warn_before)
            }
            None => Due::Nothing,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quiet_person_is_warned_a_week_before_and_erased_after_unless_they_write() {
        let rules = Retention::default();
        let start = DateTime::parse_from_rfc3339("2025-01-01T12:00:00Z")
            .unwrap()
            .with_timezone(&Utc);
        let day = |n: i64| start + Duration::days(n);
        assert_eq!(rules.due(start, None, day(700)), Due::Nothing);
        assert_eq!(rules.due(start, None, day(723)), Due::Warn(day(730)));
        assert_eq!(rules.due(start, Some(day(723)), day(729)), Due::Nothing);
        assert_eq!(rules.due(start, Some(day(723)), day(730)), Due::Erase);
        // They wrote after the warning: it no longer counts.
        assert_eq!(rules.due(day(725), Some(day(723)), day(731)), Due::Nothing);
        // Off: kept.
        let keep = Retention {
            inactive: None,
            ..rules
        };
        assert_eq!(keep.due(start, None, day(5000)), Due::Nothing);
    }
}
