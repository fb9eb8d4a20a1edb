//! Events at meeting places: a title, a place, a first start time in
//! Europe/Oslo, an optional recurrence (weekly, every other week, a weekday
//! of the month, or a crontab expression),
//! who it is for, and a short description per language. Newcomers list the
//! upcoming ones and ask for a reminder; a cancelled event tells everyone
//! who asked.

use chrono::{DateTime, Duration, Utc};
use chrono_tz::Europe::Oslo;
use serde::{Deserialize, Serialize};

use crate::announcements::{Audience, Texts};
use crate::newcomers::{Newcomer, YearMonth};
use crate::when::QuietHours;

/// How long before an occurrence the reminder is sent.
pub const REMINDER_LEAD: Duration = Duration::hours(3);

/// How far ahead `/events` looks.
pub const LOOK_AHEAD: Duration = Duration::days(31);

/// The longest title and place name.
pub const MAX_TITLE_CHARS: usize = 80;

/// The longest description in one language.
pub const MAX_DESCRIPTION_CHARS: usize = 600;

/// How an event repeats (see [`crate::when`]).
pub use crate::when::Recurrence;

/// Where an event is in its life.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EventStatus {
    Active,
    Cancelled,
}

impl EventStatus {
    pub fn code(self) -> &'static str {
        match self {
            EventStatus::Active => "active",
            EventStatus::Cancelled => "cancelled",
        }
    }

    pub fn from_code(code: &str) -> Option<EventStatus> {
        [EventStatus::Active, EventStatus::Cancelled]
            .into_iter()
            .find(|s| s.code() == code)
    }
}

/// An event as staff write it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventDetails {
    pub municipality: String,
    pub title: String,
    pub place: String,
    pub starts_at: DateTime<Utc>,
    pub recurrence: Recurrence,
    #[serde(default)]
    pub audience: Audience,
    /// Bokmål required; the others fall back like announcements do.
    #[serde(default)]
    pub descriptions: Texts,
    /// The title in other languages (the Bokmål one is `title`).
    #[serde(default)]
    pub titles: Texts,
    /// Dates of a repeating event cancelled one by one.
    #[serde(default)]
    pub skipped: Vec<DateTime<Utc>>,
    /// The titles and descriptions a translator wrote.
    #[serde(default)]
    pub machine: crate::translate::Machine,
}

/// A stored event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    pub id: i64,
    pub details: EventDetails,
    pub status: EventStatus,
}

impl EventDetails {
    /// Occurrences that start after `from` and before `until`, at most `n`.
    pub fn occurrences(
        &self,
        from: DateTime<Utc>,
        until: DateTime<Utc>,
        n: usize,
    ) -> Vec<DateTime<Utc>> {
        self.recurrence
            .occurrences(self.starts_at, from, until, n, &self.skipped)
    }

    /// The title in the reader's language: a translation, or the Bokmål
    /// title.
    pub fn title_for(&self, locale: crate::i18n::Locale) -> &str {
        match self.titles.for_reader(locale) {
            Some((_, title)) => title,
            None => &self.title,
        }
    }

    /// Whether a reader of `locale` reads a machine translation: the title
    /// or the description they get was written by a translator.
    pub fn machine_for(&self, locale: crate::i18n::Locale) -> bool {
        [&self.titles, &self.descriptions].into_iter().any(|texts| {
            texts
                .for_reader(locale)
                .is_some_and(|(written_in, _)| self.machine.wrote(written_in))
        })
    }

    /// Whether `at` is one of this event's occurrences.
    pub fn occurs_at(&self, at: DateTime<Utc>) -> bool {
        at == self.starts_at
            || self
                .occurrences(at - Duration::seconds(1), at + Duration::seconds(1), 2)
                .contains(&at)
    }

    /// Whether this newcomer is among those the event is for.
    pub fn is_for(&self, newcomer: &Newcomer, now: DateTime<Utc>) -> bool {
        newcomer.municipality.as_deref() == Some(self.municipality.as_str())
            && self
                .audience
                .includes(newcomer, YearMonth::of(&now.with_timezone(&Oslo)))
    }
}

impl Event {
    /// The outbox source of a reminder for one occurrence: with the chat,
    /// unique, so pressing "remind me" twice queues one reminder.
    pub fn reminder_source(&self, occurrence: DateTime<Utc>) -> String {
        format!("event:{}:remind:{}", self.id, occurrence.timestamp())
    }

    /// The prefix of all this event's reminder sources.
    pub fn reminder_prefix(id: i64) -> String {
        format!("event:{id}:remind:")
    }

    /// The outbox source of the notice that one date was cancelled.
    pub fn skipped_source(&self, occurrence: DateTime<Utc>) -> String {
        format!("event:{}:skipped:{}", self.id, occurrence.timestamp())
    }

    /// The outbox source of the notice that the event was cancelled
    /// (`changed` false) or changed.
    pub fn notice_source(&self, changed: bool, now: DateTime<Utc>) -> String {
        let what = if changed { "changed" } else { "cancelled" };
        format!("event:{}:{what}:{}", self.id, now.timestamp())
    }
}

/// How long before the quiet hours begin a reminder goes out that would
/// otherwise fall in them.
pub const BEFORE_QUIET: Duration = Duration::hours(1);

/// When the reminder for an occurrence goes out: [`REMINDER_LEAD`] before.
/// If that falls in the quiet hours (the delivery worker's, as configured),
/// [`BEFORE_QUIET`] before they begin — the evening before a morning
/// event — so it is neither held until the event has started nor sent in
/// the night. Never earlier than now: someone asking late in the evening
/// for tomorrow morning gets it at once. `None` if the occurrence has
/// started.
pub fn reminder_time(
    occurrence: DateTime<Utc>,
    now: DateTime<Utc>,
    quiet: Option<QuietHours>,
) -> Option<DateTime<Utc>> {
    if occurrence <= now {
        return None;
    }
    let at = occurrence - REMINDER_LEAD;
    let at = match quiet {
        Some(quiet) if quiet.contains(at) => quiet.began(at) - BEFORE_QUIET,
        _ => at,
    };
    Some(at.max(now))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn oslo(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
        Oslo.with_ymd_and_hms(y, m, d, h, min, 0)
            .unwrap()
            .with_timezone(&Utc)
    }

    #[test]
    fn reminders_never_fall_in_the_quiet_hours() {
        let quiet = Some(QuietHours::evening_to_morning());
        let day = |d, h, m| oslo(2026, 12, d, h, m);
        let now = day(1, 12, 0);
        // 18:00 → 15:00 the same day.
        assert_eq!(
            reminder_time(day(3, 18, 0), now, quiet),
            Some(day(3, 15, 0))
        );
        // 09:00 → 06:00 is quiet → an hour before they began: 20:00 the
        // evening before.
        assert_eq!(reminder_time(day(3, 9, 0), now, quiet), Some(day(2, 20, 0)));
        // 23:30 → 20:30 is fine; 00:30 → 21:30 is quiet → 20:00.
        assert_eq!(
            reminder_time(day(3, 23, 30), now, quiet),
            Some(day(3, 20, 30))
        );
        assert_eq!(
            reminder_time(day(4, 0, 30), now, quiet),
            Some(day(3, 20, 0))
        );
        // Asked for late at night for the morning: at once.
        let late = day(2, 22, 0);
        assert_eq!(reminder_time(day(3, 9, 0), late, quiet), Some(late));
        // Other quiet hours move it too; none leave it at three hours.
        let early = Some(QuietHours {
            start: chrono::NaiveTime::from_hms_opt(22, 30, 0).unwrap(),
            end: chrono::NaiveTime::from_hms_opt(7, 0, 0).unwrap(),
        });
        assert_eq!(
            reminder_time(day(3, 9, 0), now, early),
            Some(day(2, 21, 30))
        );
        assert_eq!(reminder_time(day(3, 9, 0), now, None), Some(day(3, 6, 0)));
        // Started: no reminder.
        assert_eq!(reminder_time(day(1, 11, 0), now, quiet), None);
    }

    fn cafe(recurrence: Recurrence) -> EventDetails {
        EventDetails {
            municipality: "haram".into(),
            title: "Språkkafé".into(),
            place: "Haram folkebibliotek".into(),
            // Tuesday 1 December 2026, 18:00.
            starts_at: oslo(2026, 12, 1, 18, 0),
            recurrence,
            audience: Audience::default(),
            descriptions: Texts::default(),
            titles: Texts::default(),
            machine: Default::default(),
            skipped: Vec::new(),
        }
    }

    #[test]
    fn weekly_events_repeat_on_the_weekday_and_time_of_the_first() {
        let event = cafe(Recurrence::Weekly);
        assert_eq!(
            Recurrence::Weekly.to_stored(event.starts_at).as_deref(),
            Some("0 18 * * 2")
        );
        let now = oslo(2026, 11, 25, 12, 0);
        let next = event.occurrences(now, now + LOOK_AHEAD, 3);
        assert_eq!(
            next,
            vec![
                oslo(2026, 12, 1, 18, 0),
                oslo(2026, 12, 8, 18, 0),
                oslo(2026, 12, 15, 18, 0)
            ]
        );
        assert!(event.occurs_at(oslo(2026, 12, 8, 18, 0)));
        assert!(!event.occurs_at(oslo(2026, 12, 8, 19, 0)));
        assert!(
            !event.occurs_at(oslo(2026, 11, 24, 18, 0)),
            "before the first"
        );
    }

    #[test]
    fn a_one_off_event_has_one_occurrence_until_it_starts() {
        let event = cafe(Recurrence::Once);
        let before = oslo(2026, 11, 25, 12, 0);
        assert_eq!(event.occurrences(before, before + LOOK_AHEAD, 5).len(), 1);
        let after = oslo(2026, 12, 1, 18, 30);
        assert!(event.occurrences(after, after + LOOK_AHEAD, 5).is_empty());
    }

    #[test]
    fn weekly_events_keep_their_local_time_across_dst() {
        // Tuesday 20 October 2026 18:00 CEST; DST ends on 25 October.
        let mut event = cafe(Recurrence::Weekly);
        event.starts_at = oslo(2026, 10, 20, 18, 0);
        let from = oslo(2026, 10, 19, 0, 0);
        let next = event.occurrences(from, from + LOOK_AHEAD, 2);
        assert_eq!(
            next,
            vec![oslo(2026, 10, 20, 18, 0), oslo(2026, 10, 27, 18, 0)]
        );
        assert_eq!(next[1] - next[0], Duration::hours(24 * 7 + 1));
    }
}
