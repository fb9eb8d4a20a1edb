//! Times and repetitions in words, in the reader's language, and the
//! choice of a repetition as buttons — shared by events and announcements.

use chrono::{DateTime, Datelike, Duration, Utc};
use chrono_tz::Europe::Oslo;

use super::Button;
use super::flows::Action;
use crate::args;
use crate::i18n::Tr;
use crate::when::{LAST, Recurrence, WhenError, nth_of_month};

/// A repetition chosen with a button, from a first time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RepeatChoice {
    Weekly,
    EveryOtherWeek,
    /// This weekday of every month: the 1st–4th, or 5 for the last.
    Monthly(u8),
    /// Type a crontab expression (advanced).
    Crontab,
}

impl RepeatChoice {
    pub(super) fn encode(self) -> String {
        match self {
            RepeatChoice::Weekly => "rw".into(),
            RepeatChoice::EveryOtherWeek => "r2".into(),
            RepeatChoice::Monthly(n) => format!("rm{n}"),
            RepeatChoice::Crontab => "rc".into(),
        }
    }

    pub(super) fn decode(code: &str) -> Option<RepeatChoice> {
        match code {
            "rw" => Some(RepeatChoice::Weekly),
            "r2" => Some(RepeatChoice::EveryOtherWeek),
            "rc" => Some(RepeatChoice::Crontab),
            _ => code
                .strip_prefix("rm")
                .and_then(|n| n.parse::<u8>().ok())
                .filter(|n| (1..=crate::when::LAST).contains(n))
                .map(RepeatChoice::Monthly),
        }
    }
}

/// The code Fluent selects a weekday by: `mon` … `sun`.
fn day_code(at: DateTime<Utc>) -> &'static str {
    match at.with_timezone(&Oslo).weekday() {
        chrono::Weekday::Mon => "mon",
        chrono::Weekday::Tue => "tue",
        chrono::Weekday::Wed => "wed",
        chrono::Weekday::Thu => "thu",
        chrono::Weekday::Fri => "fri",
        chrono::Weekday::Sat => "sat",
        chrono::Weekday::Sun => "sun",
    }
}

/// "18:00" in Oslo time.
pub(super) fn clock(at: DateTime<Utc>) -> String {
    at.with_timezone(&Oslo).format("%H:%M").to_string()
}

/// "every Tuesday at 18:00", "the first Monday of the month at 10:00", …
/// in the reader's language; `None` for once.
pub(super) fn recurrence_words(
    tr: &Tr,
    recurrence: &Recurrence,
    first: DateTime<Utc>,
) -> Option<String> {
    let day = day_code(first);
    let time = clock(first);
    Some(match recurrence {
        Recurrence::Once => return None,
        Recurrence::Weekly => tr.msg_args("repeat-weekly", &args!["day" => day, "time" => time]),
        Recurrence::EveryOtherWeek => tr.msg_args(
            "repeat-every-other-week",
            &args!["day" => day, "time" => time],
        ),
        Recurrence::MonthlyNth(n) => {
            // A number selects [1]–[4]; the last is the word "last".
            let mut args = args!["day" => day, "time" => time];
            if *n == LAST {
                args.set("nth", "last");
            } else {
                args.set("nth", i64::from(*n));
            }
            tr.msg_args("repeat-monthly", &args)
        }
        Recurrence::Cron(expression) => tr.msg_args(
            "repeat-crontab",
            &args!["expression" => expression.as_str()],
        ),
    })
}

/// The repetitions a first time allows, as buttons: every week, every
/// other week, this weekday of every month (and the last one, when it is
/// the last), and crontab for the advanced.
pub(super) fn repeat_buttons<A: Into<Action>>(
    tr: &Tr,
    first: DateTime<Utc>,
    action: impl Fn(RepeatChoice) -> A,
) -> Vec<Vec<Button>> {
    let (nth, last) = nth_of_month(first.with_timezone(&Oslo).date_naive());
    let mut choices = vec![
        (RepeatChoice::Weekly, Recurrence::Weekly),
        (RepeatChoice::EveryOtherWeek, Recurrence::EveryOtherWeek),
    ];
    if nth <= 4 {
        choices.push((RepeatChoice::Monthly(nth), Recurrence::MonthlyNth(nth)));
    }
    if last {
        choices.push((RepeatChoice::Monthly(LAST), Recurrence::MonthlyNth(LAST)));
    }
    let mut rows: Vec<Vec<Button>> = choices
        .into_iter()
        .filter_map(|(choice, recurrence)| {
            let words = recurrence_words(tr, &recurrence, first)?;
            Some(vec![Button::new(format!("🔁 {words}"), action(choice))])
        })
        .collect();
    rows.push(vec![Button::new(
        tr.msg("repeat-advanced"),
        action(RepeatChoice::Crontab),
    )]);
    rows
}

/// The recurrence a button chose.
pub(super) fn chosen(choice: RepeatChoice) -> Option<Recurrence> {
    match choice {
        RepeatChoice::Weekly => Some(Recurrence::Weekly),
        RepeatChoice::EveryOtherWeek => Some(Recurrence::EveryOtherWeek),
        RepeatChoice::Monthly(n) => Some(Recurrence::MonthlyNth(n)),
        RepeatChoice::Crontab => None,
    }
}

/// A date and time a week from now at 18:00, as an example that is never
/// in the past: "08.12.2026 18:00".
pub(super) fn example(now: DateTime<Utc>) -> String {
    let day = (now + Duration::days(7)).with_timezone(&Oslo);
    format!("{} 18:00", day.format("%d.%m.%Y"))
}

/// What went wrong with a typed time, with an example.
pub(super) fn error_text(tr: &Tr, error: WhenError, now: DateTime<Utc>) -> String {
    let key = match error {
        WhenError::NotATime => "when-not-a-time",
        WhenError::NoTime => "when-no-time",
        WhenError::InThePast => "when-in-the-past",
        WhenError::TooFar => "when-too-far",
        WhenError::NotARepeat => "when-not-a-repeat",
        WhenError::NotACrontab => "when-not-a-crontab",
        WhenError::NeverFires => "when-never-fires",
    };
    tr.msg_args(key, &args!["example" => example(now)])
}

/// Every message key this module builds from data.
pub(super) fn dynamic_keys() -> impl Iterator<Item = &'static str> {
    [
        "when-not-a-time",
        "when-no-time",
        "when-in-the-past",
        "when-too-far",
        "when-not-a-repeat",
        "when-not-a-crontab",
        "when-never-fires",
    ]
    .into_iter()
}
