//! Times and repetitions as municipal staff type them, and the rules they
//! stand for — all in Europe/Oslo. A consultant in Haram writes
//! "08.12.2026 18.00", "8.12 kl 18", "i morgen 18", "tirsdag kl. 18" or
//! "hver tirsdag kl. 18", not crontab; crontab stays as the advanced way.
//! Also the quiet hours, when ordinary messages wait for the morning.

use std::str::FromStr;

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveTime, TimeZone, Utc, Weekday};
use chrono_tz::Europe::Oslo;
use serde::{Deserialize, Serialize};

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

/// A time of day typed: "18", "18:30", "18.30", "1830" after "kl".
fn time_of(token: &str, after_kl: bool) -> Option<NaiveTime> {
    let (h, m) = if let Some((h, m)) = token.split_once([':', '.']) {
        if m.len() != 2 {
            return None;
        }
        (h.parse().ok()?, m.parse().ok()?)
    } else if after_kl && token.len() == 4 {
        (token[..2].parse().ok()?, token[2..].parse().ok()?)
    } else {
        (token.parse().ok()?, 0)
    };
    if h == 24 && m == 0 {
        return NaiveTime::from_hms_opt(0, 0, 0);
    }
    NaiveTime::from_hms_opt(h, m, 0)
}

/// Words for weekdays in Bokmål, Nynorsk and English, folded (ø → o, å → a).
fn weekday_of(word: &str) -> Option<Weekday> {
    let day =
        match word {
            "mandag" | "mandagen" | "mandager" | "mandagar" | "man" | "monday" | "mondays"
            | "mon" => Weekday::Mon,
            "tirsdag" | "tirsdagen" | "tirsdager" | "tysdag" | "tysdagen" | "tysdagar" | "tir"
            | "tys" | "tuesday" | "tuesdays" | "tue" | "tues" => Weekday::Tue,
            "onsdag" | "onsdagen" | "onsdager" | "onsdagar" | "ons" | "wednesday"
            | "wednesdays" | "wed" => Weekday::Wed,
            "torsdag" | "torsdagen" | "torsdager" | "torsdagar" | "tor" | "thursday"
            | "thursdays" | "thu" | "thurs" => Weekday::Thu,
            "fredag" | "fredagen" | "fredager" | "fredagar" | "fre" | "friday" | "fridays"
            | "fri" => Weekday::Fri,
            "lordag" | "lordagen" | "lordager" | "laurdag" | "laurdagen" | "laurdagar" | "lor"
            | "lau" | "saturday" | "saturdays" | "sat" => Weekday::Sat,
            "sondag" | "sondagen" | "sondager" | "sundag" | "sundagen" | "sundagar" | "son"
            | "sun" | "sunday" | "sundays" => Weekday::Sun,
            _ => return None,
        };
    Some(day)
}

/// Month names in Bokmål, Nynorsk and English, folded.
fn month_of(word: &str) -> Option<u32> {
    let word = word.trim_end_matches('.');
    let month = match word {
        "januar" | "january" | "jan" => 1,
        "februar" | "february" | "feb" => 2,
        "mars" | "march" | "mar" => 3,
        "april" | "apr" => 4,
        "mai" | "may" => 5,
        "juni" | "june" | "jun" => 6,
        "juli" | "july" | "jul" => 7,
        "august" | "aug" => 8,
        "september" | "sep" | "sept" => 9,
        "oktober" | "october" | "okt" | "oct" => 10,
        "november" | "nov" => 11,
        "desember" | "december" | "des" | "dec" => 12,
        _ => return None,
    };
    Some(month)
}

/// Lowercase, ø/æ/å folded, punctuation around words dropped (but not the
/// dots and colons inside dates and times).
fn words(text: &str) -> Vec<String> {
    let folded: String = text
        .to_lowercase()
        .chars()
        .map(|c| match c {
            'ø' => 'o',
            'å' => 'a',
            'æ' => 'e',
            ',' | ';' | '!' | '?' | '(' | ')' | '«' | '»' | '"' => ' ',
            c => c,
        })
        .collect();
    folded
        .split_whitespace()
        .flat_map(|w| {
            // "kl.18" and "kl18" are "kl" and "18".
            match w.strip_prefix("kl") {
                Some(rest)
                    if rest.starts_with(|c: char| c.is_ascii_digit() || c == '.')
                        && rest != "." =>
                {
                    vec!["kl".to_owned(), rest.trim_start_matches('.').to_owned()]
                }
                _ => vec![w.to_owned()],
            }
        })
        .map(|w| if w == "kl." { "kl".to_owned() } else { w })
        .filter(|w| !w.is_empty())
        .collect()
}

/// What a text says about a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Day {
    Date(NaiveDate),
    /// A day and month without a year: the next one from today.
    NoYear(u32, u32),
    /// Today plus this many days.
    Relative(i64),
    /// The next such weekday (`true`: not today, "neste tirsdag").
    Weekday(Weekday, bool),
}

/// The day and time a text names, as far as it names them.
#[derive(Debug, Default)]
struct Reading {
    day: Option<Day>,
    time: Option<NaiveTime>,
}

/// Reads day and time words; `None` if a word is not understood.
fn read(words: &[String]) -> Option<Reading> {
    let mut reading = Reading::default();
    let mut ambiguous: Vec<(u32, u32)> = Vec::new();
    let mut next = false;
    let mut i = 0;
    while i < words.len() {
        let word = words[i].as_str();
        let following = words.get(i + 1).map(String::as_str);
        match word {
            "kl" | "klokka" | "klokken" | "at" | "om" | "pa" | "den" | "on" | "the" | "i" => {
                if word == "kl" || word == "klokka" || word == "klokken" || word == "at" {
                    let token = following?;
                    reading.time = Some(time_of(token, true)?);
                    i += 2;
                    continue;
                }
                if word == "i" {
                    match following {
                        Some("dag") => {
                            reading.day = Some(Day::Relative(0));
                            i += 2;
                            continue;
                        }
                        Some("morgen" | "morgon") => {
                            reading.day = Some(Day::Relative(1));
                            i += 2;
                            continue;
                        }
                        Some("overmorgen" | "overmorgon") => {
                            reading.day = Some(Day::Relative(2));
                            i += 2;
                            continue;
                        }
                        _ => {}
                    }
                }
                i += 1;
                continue;
            }
            "neste" | "next" => {
                next = true;
                i += 1;
                continue;
            }
            "today" | "idag" => reading.day = Some(Day::Relative(0)),
            "tomorrow" | "imorgen" | "imorgon" => reading.day = Some(Day::Relative(1)),
            _ => {}
        }
        if matches!(word, "today" | "idag" | "tomorrow" | "imorgen" | "imorgon") {
            i += 1;
            continue;
        }
        if let Some(weekday) = weekday_of(word) {
            reading.day = Some(Day::Weekday(weekday, next));
            i += 1;
            continue;
        }
        // "8. desember", "8 des 2026", "8.des"
        let day_number = word
            .trim_end_matches('.')
            .parse::<u32>()
            .ok()
            .filter(|d| (1..=31).contains(d));
        if let (Some(day), Some(month)) = (day_number, following.and_then(month_of)) {
            let year = words
                .get(i + 2)
                .and_then(|y| y.parse::<i32>().ok())
                .filter(|y| (2000..=2100).contains(y));
            reading.day = Some(match year {
                Some(year) => Day::Date(NaiveDate::from_ymd_opt(year, month, day)?),
                None => Day::NoYear(day, month),
            });
            i += if year.is_some() { 3 } else { 2 };
            continue;
        }
        // 2026-12-08
        if let Ok(date) = NaiveDate::parse_from_str(word, "%Y-%m-%d") {
            reading.day = Some(Day::Date(date));
            i += 1;
            continue;
        }
        // 08.12.2026, 8.12.26, 8/12/2026
        let parts: Vec<&str> = word.trim_end_matches('.').split(['.', '/']).collect();
        if parts.len() == 3 && parts.iter().all(|p| p.chars().all(|c| c.is_ascii_digit())) {
            let (d, m, y): (u32, u32, i32) = (
                parts[0].parse().ok()?,
                parts[1].parse().ok()?,
                parts[2].parse().ok()?,
            );
            let y = if parts[2].len() == 2 { 2000 + y } else { y };
            reading.day = Some(Day::Date(NaiveDate::from_ymd_opt(y, m, d)?));
            i += 1;
            continue;
        }
        // 18:30 is a time.
        if word.contains(':') {
            reading.time = Some(time_of(word, false)?);
            i += 1;
            continue;
        }
        // 8.12 or 18.00: a date or a time, decided below.
        if parts.len() == 2
            && parts
                .iter()
                .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
        {
            ambiguous.push((parts[0].parse().ok()?, parts[1].parse().ok()?));
            i += 1;
            continue;
        }
        // A bare hour: "i morgen 18".
        if let Some(hour) = word.parse::<u32>().ok().filter(|h| *h <= 24) {
            reading.time = Some(time_of(&hour.to_string(), false)?);
            i += 1;
            continue;
        }
        return None;
    }
    for (a, b) in ambiguous {
        let as_date = (1..=31).contains(&a) && (1..=12).contains(&b);
        let as_time = a <= 23 && b <= 59 && b.to_string().len() <= 2;
        // "tirsdag 8.12 kl 18": the date says more than the weekday.
        let only_weekday = matches!(reading.day, None | Some(Day::Weekday(..)));
        if only_weekday && as_date && (reading.day.is_none() || reading.time.is_some()) {
            reading.day = Some(Day::NoYear(a, b));
        } else if reading.time.is_none() && as_time {
            reading.time = NaiveTime::from_hms_opt(a, b, 0);
        } else {
            return None;
        }
    }
    Some(reading)
}

/// The date a [`Day`] names, seen from `today`.
fn resolve(day: Day, today: NaiveDate, time: NaiveTime, now: DateTime<Utc>) -> Option<NaiveDate> {
    match day {
        Day::Date(date) => Some(date),
        Day::Relative(n) => Some(today + Duration::days(n)),
        Day::NoYear(d, m) => {
            let this_year = NaiveDate::from_ymd_opt(today.year(), m, d);
            match this_year {
                Some(date) if oslo(date, time).is_some_and(|at| at > now) => Some(date),
                _ => NaiveDate::from_ymd_opt(today.year() + 1, m, d),
            }
        }
        Day::Weekday(weekday, not_today) => {
            let mut date = today;
            for _ in 0..8 {
                let later =
                    date > today || (!not_today && oslo(date, time).is_some_and(|at| at > now));
                if date.weekday() == weekday && later {
                    return Some(date);
                }
                date = date.succ_opt()?;
            }
            None
        }
    }
}

/// Reads a date and time as staff type it, in Oslo time; it must be in the
/// future and at most two years ahead. "18" alone is today at 18:00 if
/// that is still ahead, else tomorrow.
pub fn parse_moment(typed: &str, now: DateTime<Utc>) -> Result<DateTime<Utc>, WhenError> {
    let words = words(typed);
    if words.is_empty() {
        return Err(WhenError::NotATime);
    }
    let reading = read(&words).ok_or(WhenError::NotATime)?;
    let time = reading.time.ok_or(if reading.day.is_some() {
        WhenError::NoTime
    } else {
        WhenError::NotATime
    })?;
    let today = now.with_timezone(&Oslo).date_naive();
    let day = reading.day.unwrap_or_else(|| {
        if oslo(today, time).is_some_and(|at| at > now) {
            Day::Relative(0)
        } else {
            Day::Relative(1)
        }
    });
    let date = resolve(day, today, time, now).ok_or(WhenError::NotATime)?;
    let at = oslo(date, time).ok_or(WhenError::NotATime)?;
    if at <= now {
        return Err(WhenError::InThePast);
    }
    if at - now > Duration::days(MAX_AHEAD_DAYS) {
        return Err(WhenError::TooFar);
    }
    Ok(at)
}

/// Reads a repetition as staff type it — "hver tirsdag kl. 18", "annenhver
/// torsdag 17:30", "første mandag i måneden kl 10", "siste fredag i
/// måneden kl 14", "hver dag kl 9" (also Nynorsk and English) — or a
/// five-field crontab expression. Returns the first time after `now` and
/// the rule.
pub fn parse_repeat(
    typed: &str,
    now: DateTime<Utc>,
) -> Result<(DateTime<Utc>, Recurrence), WhenError> {
    let words = words(typed);
    if words.len() == 5 && looks_like_crontab(&words) {
        return parse_crontab(typed, now);
    }
    let joined = format!(" {} ", words.join(" "));
    let every_other = [
        " annenhver ",
        " annen hver ",
        " hver annen ",
        " hver andre ",
        " annakvar ",
        " annankvar ",
        " kvar andre ",
        " every other ",
        " every second ",
        " annethvert ",
    ]
    .iter()
    .any(|p| joined.contains(p));
    let every = [
        " hver ", " hvert ", " kvar ", " kvart ", " every ", " each ",
    ]
    .iter()
    .any(|p| joined.contains(p))
        || every_other;
    let nth = [
        ("forste", 1),
        ("first", 1),
        ("1.", 1),
        ("andre", 2),
        ("second", 2),
        ("2.", 2),
        ("tredje", 3),
        ("third", 3),
        ("3.", 3),
        ("fjerde", 4),
        ("fourth", 4),
        ("4.", 4),
        ("siste", LAST),
        ("last", LAST),
    ];
    let monthly = [" maned", " manad", " month"]
        .iter()
        .any(|m| joined.contains(m));
    let weekday = words.iter().find_map(|w| weekday_of(w));
    let time = {
        let mut time = None;
        for (i, w) in words.iter().enumerate() {
            let after_kl =
                i > 0 && matches!(words[i - 1].as_str(), "kl" | "klokka" | "klokken" | "at");
            if (after_kl || w.contains(':') || (w.contains('.') && w.len() >= 4))
                && let Some(t) = time_of(w.trim_end_matches('.'), after_kl)
            {
                time = Some(t);
            }
        }
        if time.is_none() {
            // "hver tirsdag 18"
            time = words
                .iter()
                .filter_map(|w| w.parse::<u32>().ok())
                .filter(|h| *h <= 23)
                .find_map(|h| NaiveTime::from_hms_opt(h, 0, 0));
        }
        time
    };
    let daily = [" dag ", " daglig ", " day ", " daily "]
        .iter()
        .any(|p| joined.contains(p));
    let today = now.with_timezone(&Oslo).date_naive();
    let recurrence = if monthly && !every_other {
        let n = words
            .iter()
            .find_map(|w| nth.iter().find(|(word, _)| w == word).map(|(_, n)| *n))
            .ok_or(WhenError::NotARepeat)?;
        let weekday = weekday.ok_or(WhenError::NotARepeat)?;
        let time = time.ok_or(WhenError::NoTime)?;
        let mut month = (today.year(), today.month());
        for _ in 0..3 {
            if let Some(date) = nth_weekday(month.0, month.1, weekday, n)
                && let Some(at) = oslo(date, time).filter(|at| *at > now)
            {
                return Ok((at, Recurrence::MonthlyNth(n)));
            }
            month = if month.1 == 12 {
                (month.0 + 1, 1)
            } else {
                (month.0, month.1 + 1)
            };
        }
        return Err(WhenError::NotARepeat);
    } else if every && weekday.is_some() {
        if every_other {
            Recurrence::EveryOtherWeek
        } else {
            Recurrence::Weekly
        }
    } else if every && daily && weekday.is_none() {
        let time = time.ok_or(WhenError::NoTime)?;
        let expression = format!(
            "{} {} * * *",
            chrono::Timelike::minute(&time),
            chrono::Timelike::hour(&time)
        );
        return parse_crontab(&expression, now);
    } else {
        return Err(WhenError::NotARepeat);
    };
    let weekday = weekday.ok_or(WhenError::NotARepeat)?;
    let time = time.ok_or(WhenError::NoTime)?;
    let first = resolve(Day::Weekday(weekday, false), today, time, now)
        .and_then(|date| oslo(date, time))
        .ok_or(WhenError::NotARepeat)?;
    Ok((first, recurrence))
}

fn looks_like_crontab(words: &[String]) -> bool {
    words.iter().all(|w| {
        w.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '*' | ',' | '-' | '/' | '#' | 'l'))
    })
}

/// Reads a five-field crontab expression such as `0 18 * * 2` (every
/// Tuesday at 18:00); the first time is the next it gives after `now`.
pub fn parse_crontab(
    typed: &str,
    now: DateTime<Utc>,
) -> Result<(DateTime<Utc>, Recurrence), WhenError> {
    let expression = typed.split_whitespace().collect::<Vec<_>>().join(" ");
    if expression.split(' ').count() != 5 || croner::Cron::from_str(&expression).is_err() {
        return Err(WhenError::NotACrontab);
    }
    let recurrence = Recurrence::Cron(expression);
    // The first time is what the crontab gives; `next_after` with a first
    // time in the past only asks the crontab.
    let first = recurrence
        .next_after(now, now)
        .ok_or(WhenError::NeverFires)?;
    Ok((first, recurrence))
}

/// Whether a typed text looks like a repetition rather than one time:
/// it says "every", "each month" or is a crontab expression.
pub fn is_repeat(typed: &str) -> bool {
    let words = words(typed);
    if words.len() == 5 && looks_like_crontab(&words) {
        return true;
    }
    let joined = format!(" {} ", words.join(" "));
    [
        " hver ",
        " hvert ",
        " kvar ",
        " kvart ",
        " every ",
        " each ",
        " annenhver ",
        " annakvar ",
        " annankvar ",
        " maned",
        " manad",
        " month",
    ]
    .iter()
    .any(|p| joined.contains(p))
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
