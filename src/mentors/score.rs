//! How well a mentor fits a newcomer: a number for the assignment and the
//! reasons in words for the coordinator ("both speak Arabic; both have
//! children; both like outdoor life").

use chrono::{DateTime, Utc};

use super::{Help, Interest, Level, Mentor, NORWEGIAN, Seeker};

/// The weights, named so a coordinator's question "why this pair?" has an
/// answer in the code too. Every allowed pair scores at least [`BASE`], so
/// any match beats none; a pair that breaks a hard rule scores nothing.
pub mod weights {
    /// Any allowed pair.
    pub const BASE: i64 = 1;
    /// The mentor speaks the newcomer's language well or natively.
    pub const SHARED_LANGUAGE: i64 = 40;
    /// … only a little.
    pub const SHARED_LANGUAGE_BASIC: i64 = 15;
    /// … and Norwegian well too: the study's bridge (not counted when the
    /// shared language is Norwegian itself).
    pub const BRIDGE: i64 = 15;
    /// Each interest both have, up to [`MAX_INTERESTS`] of them.
    pub const INTEREST: i64 = 6;
    pub const MAX_INTERESTS: usize = 3;
    /// Each thing the newcomer hopes for that the mentor offers, up to
    /// [`MAX_HELPS`].
    pub const HELP: i64 = 8;
    pub const MAX_HELPS: usize = 3;
    /// Both have children: families with children together.
    pub const CHILDREN: i64 = 12;
    /// Age bands next to each other or the same.
    pub const SIMILAR_AGE: i64 = 5;
    /// Per whole week the newcomer has waited, up to [`MAX_WEEKS`]: nobody
    /// waits forever behind better-fitting newcomers.
    pub const WEEK_WAITED: i64 = 1;
    pub const MAX_WEEKS: i64 = 26;
}

/// Why a pair scores what it does, for the coordinator's proposal (stored
/// with it).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case", tag = "why", content = "what")]
pub enum Reason {
    /// Both speak this language (the newcomer's own).
    SharedLanguage(String),
    /// The mentor speaks the newcomer's language and Norwegian.
    Bridge,
    SharedInterests(Vec<Interest>),
    /// What the newcomer hopes for and the mentor offers.
    HelpOffered(Vec<Help>),
    BothHaveChildren,
    SimilarAge,
    /// The newcomer has waited this many whole weeks.
    Waited(i64),
}

/// A pair's score and its reasons.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Score {
    pub total: i64,
    pub reasons: Vec<Reason>,
}

/// Norwegian is one language for matching, however it is written.
fn language_key(code: &str) -> &str {
    match code {
        "nn" | "no" | "nb" => NORWEGIAN,
        other => other,
    }
}

/// Whether a pair is allowed at all: same municipality, a mentor approved
/// with room, the gender asked for, not a pair whose match ended, and a
/// police certificate seen for a family with children.
pub fn allowed(mentor: &Mentor, seeker: &Seeker) -> bool {
    mentor.municipality == seeker.municipality
        && mentor.free_capacity() > 0
        && seeker
            .prefers
            .is_none_or(|wanted| mentor.gender == Some(wanted))
        && !seeker.ended_with.contains(&mentor.id)
        && (!seeker.has_children || mentor.may_meet_children)
}

/// The score of a pair at `now`, or `None` when a hard rule forbids it.
pub fn score(mentor: &Mentor, seeker: &Seeker, now: DateTime<Utc>) -> Option<Score> {
    let mut reasons = Vec::new();
    let total = evaluate(
        &MentorView::new(mentor),
        &SeekerView::new(seeker),
        now,
        Some(&mut reasons),
    )?;
    Some(Score { total, reasons })
}

/// A mentor as the score reads them, worked out once per assignment:
/// interests and help as bit sets, languages by matching key.
pub(super) struct MentorView<'a> {
    pub mentor: &'a Mentor,
    interests: u32,
    helps: u32,
    languages: Vec<(&'a str, Level)>,
    good_norwegian: bool,
}

impl<'a> MentorView<'a> {
    pub fn new(mentor: &'a Mentor) -> MentorView<'a> {
        let languages: Vec<(&str, Level)> = mentor
            .languages
            .iter()
            .map(|spoken| (language_key(&spoken.language), spoken.level))
            .collect();
        MentorView {
            mentor,
            interests: mentor.interests.iter().map(|i| 1 << *i as u32).sum(),
            helps: mentor.helps.iter().map(|h| 1 << *h as u32).sum(),
            good_norwegian: languages
                .iter()
                .any(|(language, level)| *language == NORWEGIAN && *level >= Level::Good),
            languages,
        }
    }
}

/// A newcomer as the score reads them.
pub(super) struct SeekerView<'a> {
    pub seeker: &'a Seeker,
    interests: u32,
    hopes: u32,
    language: &'a str,
}

impl<'a> SeekerView<'a> {
    pub fn new(seeker: &'a Seeker) -> SeekerView<'a> {
        SeekerView {
            seeker,
            interests: seeker.interests.iter().map(|i| 1 << *i as u32).sum(),
            hopes: seeker.hopes.iter().map(|h| 1 << *h as u32).sum(),
            language: language_key(&seeker.language),
        }
    }
}

/// The total alone, without the reasons' words: what the assignment
/// weighs every possible pair with.
pub(super) fn total(mentor: &MentorView, seeker: &SeekerView, now: DateTime<Utc>) -> Option<i64> {
    evaluate(mentor, seeker, now, None)
}

fn evaluate(
    view: &MentorView,
    seeking: &SeekerView,
    now: DateTime<Utc>,
    mut reasons: Option<&mut Vec<Reason>>,
) -> Option<i64> {
    use weights::*;
    let (mentor, seeker) = (view.mentor, seeking.seeker);
    if !allowed(mentor, seeker) {
        return None;
    }
    let mut note = |reason: &dyn Fn() -> Reason| {
        if let Some(reasons) = reasons.as_deref_mut() {
            reasons.push(reason());
        }
    };
    let mut total = BASE;
    let language = seeking.language;
    let level = view
        .languages
        .iter()
        .filter(|(spoken, _)| *spoken == language)
        .map(|(_, level)| *level)
        .max();
    if let Some(level) = level {
        total += if level >= Level::Good {
            SHARED_LANGUAGE
        } else {
            SHARED_LANGUAGE_BASIC
        };
        note(&|| Reason::SharedLanguage(language.to_owned()));
        if language != NORWEGIAN && level >= Level::Good && view.good_norwegian {
            total += BRIDGE;
            note(&|| Reason::Bridge);
        }
    }
    let interests = ((seeking.interests & view.interests).count_ones() as usize).min(MAX_INTERESTS);
    if interests > 0 {
        total += INTEREST * interests as i64;
        note(&|| {
            Reason::SharedInterests(
                seeker
                    .interests
                    .intersection(&mentor.interests)
                    .copied()
                    .take(MAX_INTERESTS)
                    .collect(),
            )
        });
    }
    let helps = ((seeking.hopes & view.helps).count_ones() as usize).min(MAX_HELPS);
    if helps > 0 {
        total += HELP * helps as i64;
        note(&|| {
            Reason::HelpOffered(
                seeker
                    .hopes
                    .intersection(&mentor.helps)
                    .copied()
                    .take(MAX_HELPS)
                    .collect(),
            )
        });
    }
    if seeker.has_children && mentor.has_children {
        total += CHILDREN;
        note(&|| Reason::BothHaveChildren);
    }
    if let (Some(a), Some(b)) = (seeker.age, mentor.age)
        && (a as i64 - b as i64).abs() <= 1
    {
        total += SIMILAR_AGE;
        note(&|| Reason::SimilarAge);
    }
    let weeks = ((now - seeker.waiting_since).num_weeks()).clamp(0, MAX_WEEKS);
    if weeks > 0 {
        total += WEEK_WAITED * weeks;
        note(&|| Reason::Waited(weeks));
    }
    Some(total)
}
