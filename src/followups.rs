//! Scheduled follow-ups: when a newcomer hears from velkommen again after
//! registering — by default after a week, a month, 3, 6, 12 and 24 months —
//! and which one is due after downtime (only the latest that is due: one
//! late message, never a pile). A municipality can change the plan in its
//! content pack:
//!
//! ```toml
//! [followups]
//! plan = ["1w", "1m", "3m", "6m", "12m", "24m"]
//! ```

use chrono::{DateTime, Duration, Months, Utc};
use chrono_tz::Europe::Oslo;
use serde::Deserialize;

/// How long after registration a follow-up comes: days (`10d`), weeks
/// (`1w`), months (`3m`) or years (`2y`), counted on Oslo's calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Offset {
    Days(u32),
    Months(u32),
}

/// The longest a plan may reach: five years.
pub const MAX_OFFSET_MONTHS: u32 = 60;

/// From this long after registration, a follow-up carries the pulse (the
/// questions about staying): three months.
pub const PULSE_FROM: Offset = Offset::Months(3);

impl Offset {
    /// Reads `10d`, `1w`, `3m` or `2y`.
    pub fn parse(text: &str) -> Result<Offset, String> {
        let text = text.trim();
        let split = text.len().saturating_sub(1);
        let (number, unit) = text.split_at(split);
        let n: u32 = number
            .parse()
            .ok()
            .filter(|n| *n > 0)
            .ok_or_else(|| format!("{text:?} is not a number and d, w, m or y (\"3m\")"))?;
        let offset = match unit {
            "d" => Offset::Days(n),
            "w" => Offset::Days(n.saturating_mul(7)),
            "m" => Offset::Months(n),
            "y" => Offset::Months(n.saturating_mul(12)),
            _ => return Err(format!("{text:?} does not end in d, w, m or y (\"3m\")")),
        };
        if offset.months_at_least() > MAX_OFFSET_MONTHS {
            return Err(format!("{text:?} is more than five years"));
        }
        Ok(offset)
    }

    /// Roughly how many whole months this is, for ordering and limits.
    fn months_at_least(self) -> u32 {
        match self {
            Offset::Days(days) => days / 31,
            Offset::Months(months) => months,
        }
    }

    /// The moment this long after `from`, on Oslo's calendar (a month
    /// after 31 January is the last day of February).
    pub fn after(self, from: DateTime<Utc>) -> DateTime<Utc> {
        match self {
            Offset::Days(days) => from + Duration::days(i64::from(days)),
            Offset::Months(months) => from
                .with_timezone(&Oslo)
                .checked_add_months(Months::new(months))
                .map_or(from, |local| local.with_timezone(&Utc)),
        }
    }
}

/// How late a follow-up may still be sent when the plan first starts for
/// someone who registered long before (the follow-ups came to an existing
/// service): the ones due earlier than this are not sent at all.
pub const LATE_AT_START: Duration = Duration::days(30);

/// A pause "until I resume" is stored as a time this far ahead.
pub const UNTIL_RESUMED: Duration = Duration::days(365 * 100);

/// Whether a pause until `until` is one "until I resume".
pub fn is_until_resumed(until: DateTime<Utc>, now: DateTime<Utc>) -> bool {
    until - now > Duration::days(365 * 50)
}

impl Offset {
    /// The pulse round it is: whole months after registering.
    pub fn months(self) -> u32 {
        match self {
            Offset::Days(days) => days / 30,
            Offset::Months(months) => months,
        }
    }
}

/// A municipality's follow-up plan, in order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Plan(pub Vec<Offset>);

impl Default for Plan {
    fn default() -> Plan {
        Plan(vec![
            Offset::Days(7),
            Offset::Months(1),
            Offset::Months(3),
            Offset::Months(6),
            Offset::Months(12),
            Offset::Months(24),
        ])
    }
}

/// What to send now to someone registered at `registered` who has had
/// `sent` follow-ups.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Due {
    /// The follow-up to send (0-based, in the plan).
    pub index: usize,
    /// Whether it carries the pulse.
    pub pulse: bool,
    /// When the one after it is due, if any.
    pub next: Option<DateTime<Utc>>,
}

impl Plan {
    /// When follow-up `index` is due.
    pub fn due_at(&self, index: usize, registered: DateTime<Utc>) -> Option<DateTime<Utc>> {
        self.0.get(index).map(|offset| offset.after(registered))
    }

    /// The follow-up due at `now` after `sent` have gone out: the latest of
    /// those due (after downtime the older ones are skipped, so one late
    /// message comes, not a pile), or `None` if none is due yet.
    pub fn due(&self, sent: usize, registered: DateTime<Utc>, now: DateTime<Utc>) -> Option<Due> {
        let index = (sent..self.0.len())
            .take_while(|i| self.due_at(*i, registered).is_some_and(|at| at <= now))
            .last()?;
        Some(Due {
            index,
            pulse: self.0[index] >= PULSE_FROM,
            next: self.due_at(index + 1, registered),
        })
    }

    /// When the plan starts for someone registered at `registered`: the
    /// first follow-up not more than [`LATE_AT_START`] overdue at `now`
    /// (`None`: all are older).
    pub fn start(&self, registered: DateTime<Utc>, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        (0..self.0.len())
            .filter_map(|i| self.due_at(i, registered))
            .find(|at| *at >= now - LATE_AT_START)
    }

    /// Checks a plan: at least one follow-up, each later than the one
    /// before.
    pub fn check(&self) -> Result<(), String> {
        if self.0.is_empty() {
            return Err("needs at least one follow-up (leave it out for the default plan)".into());
        }
        let start = DateTime::<Utc>::UNIX_EPOCH;
        for pair in self.0.windows(2) {
            if pair[1].after(start) <= pair[0].after(start) {
                return Err(format!(
                    "{:?} does not come after {:?}: list them in order",
                    pair[1], pair[0]
                ));
            }
        }
        Ok(())
    }
}

impl<'de> Deserialize<'de> for Plan {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Plan, D::Error> {
        let texts: Vec<String> = Vec::deserialize(deserializer)?;
        texts
            .iter()
            .map(|text| Offset::parse(text).map_err(serde::de::Error::custom))
            .collect::<Result<Vec<_>, _>>()
            .map(Plan)
    }
}

/// The `[followups]` section of a content pack.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FollowUps {
    #[serde(default)]
    pub plan: Plan,
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;

    fn registered() -> DateTime<Utc> {
        // 31 January 2027, 10:00 in Oslo.
        Oslo.with_ymd_and_hms(2027, 1, 31, 10, 0, 0)
            .unwrap()
            .with_timezone(&Utc)
    }

    fn oslo_day(at: DateTime<Utc>) -> String {
        at.with_timezone(&Oslo).format("%F %H:%M").to_string()
    }

    #[test]
    fn the_default_plan_follows_oslos_calendar() {
        let plan = Plan::default();
        let days: Vec<String> = (0..7)
            .filter_map(|i| plan.due_at(i, registered()))
            .map(oslo_day)
            .collect();
        assert_eq!(
            days,
            [
                "2027-02-07 10:00",
                "2027-02-28 10:00",
                "2027-04-30 10:00",
                "2027-07-31 10:00",
                "2028-01-31 10:00",
                "2029-01-31 10:00",
            ]
        );
    }

    #[test]
    fn after_downtime_only_the_latest_due_follow_up_is_sent() {
        let plan = Plan::default();
        let start = registered();
        assert_eq!(plan.due(0, start, start + Duration::days(6)), None);
        let first = plan.due(0, start, start + Duration::days(7)).unwrap();
        assert_eq!((first.index, first.pulse), (0, false));
        assert_eq!(first.next, plan.due_at(1, start));
        // Down from the first week to month five: one message, the
        // three-month one, with the pulse; the six-month one comes next.
        let late = plan.due(1, start, Offset::Months(5).after(start)).unwrap();
        assert_eq!((late.index, late.pulse), (2, true));
        assert_eq!(late.next, plan.due_at(3, start));
        // After the last one nothing more is due, ever.
        assert_eq!(plan.due(6, start, Offset::Months(59).after(start)), None);
        let last = plan.due(5, start, Offset::Months(30).after(start)).unwrap();
        assert_eq!((last.index, last.next), (5, None));
    }

    #[test]
    fn a_plan_started_late_skips_what_is_long_overdue() {
        let plan = Plan::default();
        let start = registered();
        assert_eq!(plan.start(start, start), plan.due_at(0, start));
        // Registered four months before follow-ups came: the three-month
        // one is a month overdue, too old; the six-month one is next.
        let later = Offset::Months(4).after(start);
        assert_eq!(plan.start(start, later), plan.due_at(3, start));
        let soon_after = Offset::Months(3).after(start) + Duration::days(10);
        assert_eq!(plan.start(start, soon_after), plan.due_at(2, start));
        assert_eq!(plan.start(start, Offset::Months(30).after(start)), None);
    }

    #[test]
    fn packs_write_plans_in_days_weeks_months_and_years() {
        let section: FollowUps =
            toml::from_str("plan = [\"10d\", \"2w\", \"3m\", \"2y\"]").unwrap();
        assert_eq!(
            section.plan.0,
            [
                Offset::Days(10),
                Offset::Days(14),
                Offset::Months(3),
                Offset::Months(24)
            ]
        );
        assert_eq!(section.plan.check(), Ok(()));
        assert_eq!(
            toml::from_str::<FollowUps>("").unwrap().plan,
            Plan::default()
        );
        for bad in ["\"3\"", "\"0m\"", "\"3x\"", "\"m\"", "\"6y\"", "\"-1w\""] {
            assert!(
                toml::from_str::<FollowUps>(&format!("plan = [{bad}]")).is_err(),
                "{bad}"
            );
        }
        let backwards: FollowUps = toml::from_str("plan = [\"3m\", \"1m\"]").unwrap();
        assert!(backwards.plan.check().is_err());
        assert!(Plan(Vec::new()).check().is_err());
    }
}
