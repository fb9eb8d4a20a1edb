//! Announcements: what staff send to the newcomers of their municipality —
//! the audience, the text in each language, urgency and schedule (now, at a
//! time, or repeating in Europe/Oslo, see [`crate::when`]) — and how one
//! becomes outbox deliveries.

use std::collections::BTreeMap;
use std::str::FromStr;

use chrono::{DateTime, Utc};
use chrono_tz::Europe::Oslo;
use serde::{Deserialize, Serialize};

use crate::i18n::{I18n, Locale};
use crate::newcomers::{Arrival, Category, ChatKey, Household, Newcomer, Status, YearMonth};
use crate::outbox::{NewDelivery, Origin, Reply};
use crate::translate::{Machine, Original};
use crate::when::Recurrence;

/// The longest announcement text, leaving room for the heading within
/// Telegram's 4 096 characters.
pub const MAX_TEXT_CHARS: usize = 3500;

/// Who an announcement is for, within one municipality. Empty lists mean
/// "everyone".
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Audience {
    #[serde(default)]
    pub categories: Vec<Category>,
    #[serde(default)]
    pub languages: Vec<Locale>,
    /// Only households with children.
    #[serde(default)]
    pub with_children: bool,
    /// Only people who arrived within this many months.
    #[serde(default)]
    pub arrived_within_months: Option<u32>,
    /// Newcomers, the municipality's faddere (volunteer mentors), or both.
    /// The other choices above choose among newcomers only.
    #[serde(default)]
    pub reach: Reach,
}

/// Whom an announcement or an event is for: newcomers (the default), the
/// municipality's faddere, or both.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reach {
    #[default]
    Newcomers,
    Both,
    Mentors,
}

impl Reach {
    pub const ALL: [Reach; 3] = [Reach::Newcomers, Reach::Both, Reach::Mentors];

    /// The message key of its staff label.
    pub fn label_key(self) -> &'static str {
        match self {
            Reach::Newcomers => "reach-newcomers",
            Reach::Both => "reach-both",
            Reach::Mentors => "reach-mentors",
        }
    }
}

/// The answers an audience is chosen by: one newcomer's, or those of a
/// group who answered alike (what a preview counts, without loading
/// everyone).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Traits {
    pub locale: Locale,
    pub category: Option<Category>,
    pub household: Option<Household>,
    pub arrival: Option<Arrival>,
    pub status: Status,
}

impl Traits {
    pub fn of(newcomer: &Newcomer) -> Traits {
        Traits {
            locale: newcomer.locale,
            category: newcomer.category,
            household: newcomer.household,
            arrival: newcomer.arrival,
            status: newcomer.status,
        }
    }
}

/// The choices offered for "arrived within".
pub const ARRIVAL_WINDOWS: [Option<u32>; 5] = [None, Some(3), Some(6), Some(12), Some(24)];

impl Audience {
    /// Whether this newcomer is in the audience (`this_month` in Oslo).
    pub fn includes(&self, newcomer: &Newcomer, this_month: YearMonth) -> bool {
        self.admits(&Traits::of(newcomer), this_month)
    }

    /// Whether newcomers are among those it reaches.
    pub fn reaches_newcomers(&self) -> bool {
        self.reach != Reach::Mentors
    }

    /// Whether the municipality's faddere are among those it reaches.
    pub fn reaches_mentors(&self) -> bool {
        self.reach != Reach::Newcomers
    }

    /// Newcomers, then newcomers and faddere, then faddere only.
    pub fn cycle_reach(&mut self) {
        let i = Reach::ALL
            .iter()
            .position(|r| *r == self.reach)
            .unwrap_or(0);
        self.reach = Reach::ALL[(i + 1) % Reach::ALL.len()];
    }

    /// Whether someone with these answers is in the audience.
    pub fn admits(&self, traits: &Traits, this_month: YearMonth) -> bool {
        if !self.reaches_newcomers() {
            return false;
        }
        let category_ok = self.categories.is_empty()
            || traits
                .category
                .is_some_and(|c| self.categories.contains(&c));
        let language_ok = self.languages.is_empty() || self.languages.contains(&traits.locale);
        let children_ok = !self.with_children || traits.household == Some(Household::Children);
        let arrival_ok = match self.arrived_within_months {
            None => true,
            Some(months) => match traits.arrival {
                Some(Arrival::Month(month)) => month >= this_month.minus(months),
                _ => false,
            },
        };
        traits.status == Status::Active && category_ok && language_ok && children_ok && arrival_ok
    }

    /// Flips one category in or out.
    pub fn toggle_category(&mut self, category: Category) {
        toggle(&mut self.categories, category);
    }

    /// Flips one language in or out.
    pub fn toggle_language(&mut self, locale: Locale) {
        toggle(&mut self.languages, locale);
    }

    /// The next "arrived within" choice, round the list.
    pub fn cycle_arrival_window(&mut self) {
        let i = ARRIVAL_WINDOWS
            .iter()
            .position(|w| *w == self.arrived_within_months)
            .unwrap_or(0);
        self.arrived_within_months = ARRIVAL_WINDOWS[(i + 1) % ARRIVAL_WINDOWS.len()];
    }
}

fn toggle<T: PartialEq + Ord>(list: &mut Vec<T>, item: T) {
    match list.iter().position(|x| *x == item) {
        Some(i) => {
            list.remove(i);
        }
        None => {
            list.push(item);
            list.sort();
        }
    }
}

/// The announcement's text per language. Bokmål is required; a recipient
/// whose language is missing gets the first text along their fallback chain
/// (nn → nb; others → en → nb), so nobody is ever left out.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Texts(pub BTreeMap<Locale, String>);

impl Texts {
    /// The text a reader of `locale` gets, and the language it is in.
    pub fn for_reader(&self, locale: Locale) -> Option<(Locale, &str)> {
        locale
            .fallback_chain()
            .iter()
            .find_map(|l| self.0.get(l).map(|t| (*l, t.as_str())))
    }
}

/// When an announcement goes out. The variant names are stored; add,
/// never rename.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Schedule {
    Now,
    /// Once, at this instant.
    At(DateTime<Utc>),
    /// Repeatedly, by a five-field crontab expression read in Europe/Oslo
    /// (how repetitions were stored before [`Schedule::Repeats`]).
    Repeat(String),
    /// From a first time on, repeating by a rule (see [`crate::when`]).
    Repeats {
        first: DateTime<Utc>,
        rule: Recurrence,
    },
}

impl Schedule {
    /// The first run strictly after `after`, if there is one.
    pub fn next_after(&self, after: DateTime<Utc>) -> Option<DateTime<Utc>> {
        match self {
            Schedule::Now => None,
            Schedule::At(at) => (*at > after).then_some(*at),
            Schedule::Repeat(expression) => {
                let cron = croner::Cron::from_str(expression).ok()?;
                cron.find_next_occurrence(&after.with_timezone(&Oslo), false)
                    .ok()
                    .map(|t| t.with_timezone(&Utc))
            }
            Schedule::Repeats { first, rule } => rule.next_after(*first, after),
        }
    }

    /// The first run of a new announcement created at `now`.
    pub fn first_run(&self, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        match self {
            Schedule::Now => Some(now),
            other => other.next_after(now),
        }
    }

    /// Whether it runs more than once.
    pub fn repeats(&self) -> bool {
        matches!(self, Schedule::Repeat(_) | Schedule::Repeats { .. })
    }

    /// Up to `n` upcoming runs after `now`, for the preview.
    pub fn upcoming(&self, now: DateTime<Utc>, n: usize) -> Vec<DateTime<Utc>> {
        let mut runs = Vec::new();
        let mut cursor = self.first_run(now);
        while let Some(run) = cursor {
            runs.push(run);
            if runs.len() == n || !self.repeats() {
                break;
            }
            cursor = self.next_after(run);
        }
        runs
    }
}

/// Where an announcement is in its life.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AnnouncementStatus {
    /// Waiting for its next run.
    Scheduled,
    /// Every run has been queued.
    Done,
    Cancelled,
}

impl AnnouncementStatus {
    pub fn code(self) -> &'static str {
        match self {
            AnnouncementStatus::Scheduled => "scheduled",
            AnnouncementStatus::Done => "done",
            AnnouncementStatus::Cancelled => "cancelled",
        }
    }

    pub fn from_code(code: &str) -> Option<AnnouncementStatus> {
        match code {
            "scheduled" => Some(AnnouncementStatus::Scheduled),
            "done" => Some(AnnouncementStatus::Done),
            "cancelled" => Some(AnnouncementStatus::Cancelled),
            _ => None,
        }
    }
}

/// An announcement as composed by staff, before it is stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewAnnouncement {
    pub municipality: String,
    pub author: ChatKey,
    pub audience: Audience,
    pub texts: Texts,
    pub urgent: bool,
    pub schedule: Schedule,
    /// The texts a translator wrote.
    pub machine: Machine,
}

/// A stored announcement.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Announcement {
    pub id: i64,
    pub municipality: String,
    /// `None` once the author has deleted their data.
    pub author: Option<ChatKey>,
    pub audience: Audience,
    pub texts: Texts,
    pub urgent: bool,
    pub schedule: Schedule,
    pub status: AnnouncementStatus,
    pub next_run_at: Option<DateTime<Utc>>,
    pub last_run_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    /// The texts a translator wrote.
    pub machine: Machine,
}

impl Announcement {
    /// The outbox source of one run: unique per run, so a run is queued
    /// once however often the scheduler looks at it.
    pub fn run_source(&self, run_at: DateTime<Utc>) -> String {
        format!("announcement:{}:{}", self.id, run_at.timestamp())
    }

    /// The deliveries of one run to everyone in the audience.
    pub fn deliveries(
        &self,
        newcomers: &[Newcomer],
        mentors: &[(ChatKey, Locale)],
        municipality_name: &str,
        run_at: DateTime<Utc>,
        i18n: &I18n,
    ) -> Vec<NewDelivery> {
        let this_month = YearMonth::of(&run_at.with_timezone(&Oslo));
        let source = self.run_source(run_at);
        let readers = newcomers
            .iter()
            .filter(|n| n.municipality.as_deref() == Some(self.municipality.as_str()))
            .filter(|n| self.audience.includes(n, this_month))
            .map(|n| (n.chat, n.locale));
        // Faddere are chosen by language alone (if languages are chosen).
        let volunteers = mentors
            .iter()
            .filter(|_| self.audience.reaches_mentors())
            .filter(|(_, locale)| {
                self.audience.languages.is_empty() || self.audience.languages.contains(locale)
            })
            .copied();
        let mut seen = std::collections::HashSet::new();
        readers
            .chain(volunteers)
            // Someone who is both gets it once.
            .filter(|(chat, _)| seen.insert(*chat))
            .filter_map(|(chat, locale)| {
                let (written_in, text) = self.texts.for_reader(locale)?;
                let mut reply = Reply::plain(format!("📣 {municipality_name}\n\n{text}"));
                if self.machine.wrote(written_in) {
                    crate::translate::mark(
                        &mut reply,
                        &i18n.tr(locale),
                        &self.machine.provider,
                        Original::Announcement(self.id),
                    );
                }
                Some(NewDelivery {
                    municipality: self.municipality.clone(),
                    chat,
                    source: source.clone(),
                    origin: Origin::Announcement(self.id),
                    body: reply.to_body(),
                    urgent: self.urgent,
                    not_before: run_at,
                })
            })
            .collect()
    }
}

/// A short title for an announcement: the start of its Bokmål text.
pub fn headline(announcement: &Announcement) -> String {
    let text = announcement
        .texts
        .for_reader(Locale::Nb)
        .map_or("", |(_, t)| t);
    let first_line = text.lines().next().unwrap_or_default();
    let mut title: String = first_line.chars().take(40).collect();
    if first_line.chars().count() > 40 {
        title.push('…');
    }
    format!("#{} «{title}»", announcement.id)
}

/// How many people in the audience read each language, and in which
/// language each group gets the text, from groups of newcomers who
/// answered alike and their sizes, and the municipality's faddere per
/// language (counted when the audience reaches them).
pub fn reach(
    audience: &Audience,
    texts: &Texts,
    groups: &[(Traits, u64)],
    mentors: &[(Locale, u64)],
    this_month: YearMonth,
) -> BTreeMap<Locale, (usize, Option<Locale>)> {
    let mut counts: BTreeMap<Locale, (usize, Option<Locale>)> = BTreeMap::new();
    let newcomers = groups
        .iter()
        .filter(|(t, _)| audience.admits(t, this_month))
        .map(|(t, size)| (t.locale, *size));
    let volunteers = mentors
        .iter()
        .filter(|(locale, _)| {
            audience.reaches_mentors()
                && (audience.languages.is_empty() || audience.languages.contains(locale))
        })
        .copied();
    for (locale, size) in newcomers.chain(volunteers) {
        let entry = counts
            .entry(locale)
            .or_insert_with(|| (0, texts.for_reader(locale).map(|(l, _)| l)));
        entry.0 += size as usize;
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> DateTime<Utc> {
        Oslo.with_ymd_and_hms(y, mo, d, h, mi, 0)
            .earliest()
            .unwrap()
            .with_timezone(&Utc)
    }

    fn oslo(t: DateTime<Utc>) -> String {
        t.with_timezone(&Oslo)
            .format("%Y-%m-%d %H:%M %Z")
            .to_string()
    }

    #[test]
    fn tuesday_evenings_repeat_in_oslo_time_across_the_winter_change() {
        let now = at(2026, 10, 20, 19, 0);
        let (first, rule) = crate::when::parse_repeat("hver tirsdag kl. 18", now).unwrap();
        let schedule = Schedule::Repeats { first, rule };
        let runs: Vec<String> = schedule.upcoming(now, 3).into_iter().map(oslo).collect();
        assert_eq!(
            runs,
            [
                "2026-10-27 18:00 CET",
                "2026-11-03 18:00 CET",
                "2026-11-10 18:00 CET"
            ]
        );
        // The crontab form stored before gives the same runs.
        let stored = Schedule::Repeat("0 18 * * 2".into());
        let runs: Vec<String> = stored.upcoming(now, 3).into_iter().map(oslo).collect();
        assert_eq!(runs[0], "2026-10-27 18:00 CET");
    }

    /// Runs of a daily 02:30 job around a DST change, in Oslo time.
    fn daily_0230_runs(from: DateTime<Utc>, n: usize) -> Vec<String> {
        let schedule = Schedule::Repeat("30 2 * * *".into());
        schedule.upcoming(from, n).into_iter().map(oslo).collect()
    }

    #[test]
    fn the_spring_gap_neither_skips_nor_doubles_a_run() {
        // 2026-03-29 and 2027-03-28: 02:00 jumps to 03:00; 02:30 does not
        // exist, so that day's run happens at 03:00.
        assert_eq!(
            daily_0230_runs(at(2026, 3, 27, 12, 0), 3),
            [
                "2026-03-28 02:30 CET",
                "2026-03-29 03:00 CEST",
                "2026-03-30 02:30 CEST"
            ]
        );
        assert_eq!(
            daily_0230_runs(at(2027, 3, 26, 12, 0), 3),
            [
                "2027-03-27 02:30 CET",
                "2027-03-28 03:00 CEST",
                "2027-03-29 02:30 CEST"
            ]
        );
    }

    #[test]
    fn the_autumn_overlap_runs_once() {
        // 2026-10-25 and 2027-10-31: 03:00 falls back to 02:00; 02:30 comes
        // twice, and the job runs only at the first.
        assert_eq!(
            daily_0230_runs(at(2026, 10, 24, 12, 0), 3),
            [
                "2026-10-25 02:30 CEST",
                "2026-10-26 02:30 CET",
                "2026-10-27 02:30 CET"
            ]
        );
        assert_eq!(
            daily_0230_runs(at(2027, 10, 30, 12, 0), 3),
            [
                "2027-10-31 02:30 CEST",
                "2027-11-01 02:30 CET",
                "2027-11-02 02:30 CET"
            ]
        );
    }

    #[test]
    fn a_missing_translation_falls_back_and_leaves_nobody_out() {
        let mut texts = Texts::default();
        texts.0.insert(Locale::Nb, "Språkkafé".into());
        texts.0.insert(Locale::Uk, "Мовне кафе".into());
        assert_eq!(
            texts.for_reader(Locale::Uk),
            Some((Locale::Uk, "Мовне кафе"))
        );
        assert_eq!(
            texts.for_reader(Locale::Ar),
            Some((Locale::Nb, "Språkkafé"))
        );
        texts.0.insert(Locale::En, "Language café".into());
        assert_eq!(
            texts.for_reader(Locale::Ar),
            Some((Locale::En, "Language café"))
        );
        assert_eq!(
            texts.for_reader(Locale::Nn),
            Some((Locale::Nb, "Språkkafé"))
        );
    }

    #[test]
    fn faddere_are_reached_when_staff_choose_them_and_nobody_twice() {
        let now = at(2026, 12, 1, 12, 0);
        let mut texts = Texts::default();
        texts.0.insert(Locale::Nb, "Faddertreff torsdag".into());
        let mut announcement = Announcement {
            id: 7,
            municipality: "vestvagoy".into(),
            author: None,
            audience: Audience::default(),
            texts,
            urgent: false,
            schedule: Schedule::Now,
            status: AnnouncementStatus::Scheduled,
            next_run_at: Some(now),
            last_run_at: None,
            created_at: now,
            machine: Default::default(),
        };
        let mut newcomer = Newcomer::consented(ChatKey::telegram(1), Locale::Ar, now);
        newcomer.municipality = Some("vestvagoy".into());
        let newcomers = [newcomer];
        // The engineer is a newcomer of long ago and a fadder: one message.
        let mentors = [
            (ChatKey::telegram(2), Locale::Nb),
            (ChatKey::telegram(1), Locale::Ar),
        ];
        let i18n = I18n::load().unwrap();
        let chats = |a: &Announcement| -> Vec<i64> {
            a.deliveries(&newcomers, &mentors, "Vestvågøy", now, &i18n)
                .iter()
                .map(|d| d.chat.id)
                .collect()
        };
        assert_eq!(chats(&announcement), [1]);
        announcement.audience.cycle_reach();
        assert_eq!(announcement.audience.reach, Reach::Both);
        assert_eq!(chats(&announcement), [1, 2]);
        announcement.audience.cycle_reach();
        assert_eq!(announcement.audience.reach, Reach::Mentors);
        assert_eq!(chats(&announcement), [2, 1]);
        // A language chosen chooses among faddere too.
        announcement.audience.toggle_language(Locale::Nb);
        assert_eq!(chats(&announcement), [2]);
        announcement.audience.cycle_reach();
        assert_eq!(announcement.audience.reach, Reach::Newcomers);
    }
}
