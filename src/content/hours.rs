//! Opening hours in a content pack: `mon-fri 08:00-15:30; sat 10:00-14:00`.

use std::fmt;

use chrono::NaiveTime;
use serde::Deserialize;

/// A day of the week, Monday first as in Norway.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Weekday {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

impl Weekday {
    const ALL: [Weekday; 7] = [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
        Weekday::Sat,
        Weekday::Sun,
    ];

    fn parse(s: &str) -> Option<Weekday> {
        let codes = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
        codes.iter().position(|c| *c == s).map(|i| Weekday::ALL[i])
    }

    /// The message key of the short name ("man.", "Mon").
    pub fn short_key(self) -> &'static str {
        match self {
            Weekday::Mon => "weekday-short-mon",
            Weekday::Tue => "weekday-short-tue",
            Weekday::Wed => "weekday-short-wed",
            Weekday::Thu => "weekday-short-thu",
            Weekday::Fri => "weekday-short-fri",
            Weekday::Sat => "weekday-short-sat",
            Weekday::Sun => "weekday-short-sun",
        }
    }

    /// Every weekday, Monday first.
    pub fn all() -> [Weekday; 7] {
        Weekday::ALL
    }
}

/// One line of opening hours: a day or a range of days, and a time span.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HoursRule {
    pub first_day: Weekday,
    pub last_day: Weekday,
    pub opens: NaiveTime,
    pub closes: NaiveTime,
}

/// Opening hours, parsed from a pack.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(try_from = "String")]
pub struct Hours(pub Vec<HoursRule>);

/// Why a line of opening hours could not be read.
#[derive(Debug, PartialEq, Eq)]
pub struct HoursError(String);

impl fmt::Display for HoursError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "cannot read opening hours {:?}; write them like \"mon-fri 08:00-15:30; sat 10:00-14:00\"",
            self.0
        )
    }
}

impl TryFrom<String> for Hours {
    type Error = HoursError;

    fn try_from(text: String) -> Result<Self, Self::Error> {
        let error = || HoursError(text.clone());
        let mut rules = Vec::new();
        for part in text.split(';').map(str::trim).filter(|p| !p.is_empty()) {
            let (days, times) = part.split_once(' ').ok_or_else(error)?;
            let (first, last) = match days.split_once('-') {
                Some((a, b)) => (Weekday::parse(a), Weekday::parse(b)),
                None => (Weekday::parse(days), Weekday::parse(days)),
            };
            let (opens, closes) = times.trim().split_once('-').ok_or_else(error)?;
            let opens = NaiveTime::parse_from_str(opens, "%H:%M").map_err(|_| error())?;
            let closes = NaiveTime::parse_from_str(closes, "%H:%M").map_err(|_| error())?;
            match (first, last) {
                (Some(first_day), Some(last_day)) if first_day <= last_day && opens < closes => {
                    rules.push(HoursRule {
                        first_day,
                        last_day,
                        opens,
                        closes,
                    })
                }
                _ => return Err(error()),
            }
        }
        if rules.is_empty() {
            return Err(error());
        }
        Ok(Hours(rules))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_weekday_range_and_a_single_day_are_read() {
        let hours = Hours::try_from("mon-fri 08:00-15:30; sat 10:00-14:00".to_string()).unwrap();
        assert_eq!(hours.0.len(), 2);
        assert_eq!(hours.0[0].first_day, Weekday::Mon);
        assert_eq!(hours.0[0].last_day, Weekday::Fri);
        assert_eq!(hours.0[1].first_day, Weekday::Sat);
        assert_eq!(
            hours.0[1].closes,
            NaiveTime::from_hms_opt(14, 0, 0).unwrap()
        );
    }

    #[test]
    fn nonsense_hours_are_refused_with_an_example() {
        for bad in ["", "monday 8-16", "fri-mon 08:00-15:00", "mon 16:00-08:00"] {
            let error = Hours::try_from(bad.to_string()).unwrap_err();
            assert!(error.to_string().contains("mon-fri 08:00-15:30"));
        }
    }
}
