//! Reading times and repetitions as staff type them: "08.12.2026 18.00",
//! "8.12 kl 18", "i morgen 18", "tirsdag kl. 18", "hver tirsdag kl. 18",
//! "første mandag i måneden kl. 10" — and crontab, the advanced way.

use super::*;

/// A time of day typed: "18", "18:30", "18.30", "1830" after "kl".
fn time_of(token: &str, after_kl: bool) -> Option<NaiveTime> {
    let (h, m) = if let Some((h, m)) = token.split_once([':', '.']) {
        if m.len() != 2 {
            return None;
        }
        (h.parse().ok()?, m.parse().ok()?)
    } else if after_kl && token.len() == 4 && token.bytes().all(|b| b.is_ascii_digit()) {
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
