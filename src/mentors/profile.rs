//! What a volunteer tells velkommen when they sign up as a mentor, where
//! the municipality's vetting stands, and what a newcomer hopes for from a
//! mentor. Only what matching and the introduction need: a first name (the
//! newcomer sees it), never a surname, an address or an age.

use std::collections::BTreeSet;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::{AgeBand, Gender, Help, Interest, Level, MAX_CAPACITY, Mentor, MentorStatus, Spoken};
use crate::i18n::Locale;
use crate::newcomers::{ChatKey, answer_enum};

/// The longest first name a volunteer can give.
pub const MAX_FIRST_NAME_CHARS: usize = 40;
/// The longest "where from" a volunteer who moved here can give.
pub const MAX_PLACE_CHARS: usize = 60;

/// Whether a volunteer moved to Norway themselves: the study's mentor
/// scheme wants established immigrants as well as people from here.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Background {
    GrewUpHere,
    /// Moved here, from where they typed.
    MovedFrom(String),
    /// Would rather not say.
    NotSaid,
}

/// What a volunteer gave, filled in step by step while they sign up and
/// changeable afterwards. Everything but the name, the municipality, the
/// languages and the capacity may stay empty.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Volunteer {
    #[serde(default)]
    pub first_name: Option<String>,
    #[serde(default)]
    pub municipality: Option<String>,
    #[serde(default)]
    pub languages: Vec<Spoken>,
    #[serde(default)]
    pub background: Option<Background>,
    #[serde(default)]
    pub gender: Option<Gender>,
    #[serde(default)]
    pub age: Option<AgeBand>,
    #[serde(default)]
    pub interests: BTreeSet<Interest>,
    #[serde(default)]
    pub has_children: Option<bool>,
    #[serde(default)]
    pub capacity: Option<u8>,
    #[serde(default)]
    pub helps: BTreeSet<Help>,
}

impl Volunteer {
    /// Sets how well they speak `language`; `None` removes it.
    pub fn set_language(&mut self, language: &str, level: Option<Level>) {
        self.languages.retain(|spoken| spoken.language != language);
        if let Some(level) = level {
            self.languages.push(Spoken {
                language: language.to_owned(),
                level,
            });
        }
    }

    pub fn level_of(&self, language: &str) -> Option<Level> {
        self.languages
            .iter()
            .find(|spoken| spoken.language == language)
            .map(|spoken| spoken.level)
    }

    /// Whether everything a sign-up needs is there.
    pub fn is_complete(&self) -> bool {
        self.first_name.is_some()
            && self.municipality.is_some()
            && !self.languages.is_empty()
            && self.capacity.is_some_and(valid_capacity)
    }
}

/// 1 to [`MAX_CAPACITY`] newcomers or families.
pub fn valid_capacity(capacity: u8) -> bool {
    (1..=MAX_CAPACITY).contains(&capacity)
}

/// A typed first name, trimmed, if it can be one: some letter, one line,
/// at most [`MAX_FIRST_NAME_CHARS`].
pub fn clean_first_name(text: &str) -> Option<String> {
    clean_line(text, MAX_FIRST_NAME_CHARS)
}

/// A typed place ("Syria", "Homs"), like a first name but longer.
pub fn clean_place(text: &str) -> Option<String> {
    clean_line(text, MAX_PLACE_CHARS)
}

fn clean_line(text: &str, max: usize) -> Option<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let line = words.join(" ");
    let fine = line.chars().any(char::is_alphabetic)
        && line.chars().count() <= max
        && !line.chars().any(|c| c.is_control() || c == '@' || c == '/')
        && !text.trim().contains('\n');
    fine.then_some(line)
}

answer_enum!(
    /// A step of a municipality's vetting of a volunteer, after the Red
    /// Cross refugee guides' practice (see `../shared/FACTS.md`).
    VettingStep {
        Interview => "interview", "vetting-interview",
        /// A signed confidentiality declaration.
        Confidentiality => "confidentiality", "vetting-confidentiality",
        /// The introduction training.
        Training => "training", "vetting-training",
        /// A limited police certificate (politiattest) was *seen* — never
        /// stored. Needed only to be matched with families with children.
        PoliceCertificate => "police", "vetting-police",
    }
);

/// How a municipality runs its mentor scheme (the `[mentoring]` section of
/// its content pack; these are the defaults).
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mentoring {
    /// The steps a volunteer must have passed before approval, by code
    /// (`interview`, `confidentiality`, `training`, `police`).
    #[serde(
        default = "Mentoring::default_required",
        deserialize_with = "vetting_steps"
    )]
    pub required: Vec<VettingStep>,
    /// How long a match is agreed for.
    #[serde(default = "Mentoring::default_months")]
    pub agreement_months: u32,
    /// Whether matching runs by itself every Monday morning (its proposals
    /// still wait for a coordinator).
    #[serde(default = "Mentoring::default_weekly")]
    pub weekly: bool,
}

impl Default for Mentoring {
    fn default() -> Mentoring {
        Mentoring {
            required: Mentoring::default_required(),
            agreement_months: Mentoring::default_months(),
            weekly: Mentoring::default_weekly(),
        }
    }
}

impl Mentoring {
    fn default_required() -> Vec<VettingStep> {
        vec![
            VettingStep::Interview,
            VettingStep::Confidentiality,
            VettingStep::Training,
        ]
    }

    fn default_months() -> u32 {
        12
    }

    fn default_weekly() -> bool {
        true
    }

    /// The required steps not yet ticked.
    pub fn missing(&self, ticked: &BTreeSet<VettingStep>) -> Vec<VettingStep> {
        self.required
            .iter()
            .filter(|step| !ticked.contains(step))
            .copied()
            .collect()
    }
}

fn vetting_steps<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Vec<VettingStep>, D::Error> {
    let codes: Vec<String> = Vec::deserialize(deserializer)?;
    codes
        .iter()
        .map(|code| {
            VettingStep::from_code(code).ok_or_else(|| {
                serde::de::Error::custom(format!(
                    "unknown vetting step {code:?}: use interview, confidentiality, training or police"
                ))
            })
        })
        .collect()
}

/// A signed-up volunteer as stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MentorRecord {
    pub id: i64,
    pub chat: ChatKey,
    pub locale: Locale,
    pub municipality: String,
    pub profile: Volunteer,
    pub status: MentorStatus,
    /// Why staff paused or ended them, in staff's words (shown to the
    /// volunteer).
    pub reason: Option<String>,
    pub vetting: BTreeSet<VettingStep>,
    /// Matches running, or asked and not yet answered.
    pub engaged: u8,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl MentorRecord {
    /// The volunteer as matching sees them.
    pub fn for_matching(&self) -> Mentor {
        Mentor {
            id: self.id,
            municipality: self.municipality.clone(),
            status: self.status,
            languages: self.profile.languages.clone(),
            gender: self.profile.gender,
            age: self.profile.age,
            interests: self.profile.interests.clone(),
            helps: self.profile.helps.clone(),
            has_children: self.profile.has_children == Some(true),
            capacity: self.profile.capacity.unwrap_or(1),
            active: self.engaged,
            may_meet_children: self.vetting.contains(&VettingStep::PoliceCertificate),
        }
    }

    pub fn first_name(&self) -> &str {
        self.profile.first_name.as_deref().unwrap_or_default()
    }
}

/// What a newcomer who wants a mentor hopes for, as they told `/mentor`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Wish {
    #[serde(default)]
    pub hopes: BTreeSet<Help>,
    /// A mentor of this gender only.
    #[serde(default)]
    pub prefers: Option<Gender>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_one_line_with_a_letter() {
        assert_eq!(clean_first_name("  Odd   Arne "), Some("Odd Arne".into()));
        assert_eq!(clean_first_name("محمد"), Some("محمد".into()));
        for bad in [
            "",
            "   ",
            "1234",
            "@odd",
            "Odd\nArne",
            "http://x.no/a",
            &"x".repeat(41),
        ] {
            assert_eq!(clean_first_name(bad), None, "{bad:?}");
        }
        assert_eq!(clean_place("Homs, Syria"), Some("Homs, Syria".into()));
    }

    #[test]
    fn a_pack_names_its_vetting_steps_by_code() {
        let pack: Mentoring =
            toml::from_str("required = [\"interview\", \"police\"]\nagreement_months = 9").unwrap();
        assert_eq!(
            pack.required,
            [VettingStep::Interview, VettingStep::PoliceCertificate]
        );
        assert_eq!(pack.agreement_months, 9);
        assert!(toml::from_str::<Mentoring>("required = [\"horoscope\"]").is_err());
        assert_eq!(
            toml::from_str::<Mentoring>("").unwrap(),
            Mentoring::default()
        );
    }

    #[test]
    fn capacity_is_one_to_three() {
        assert!(!valid_capacity(0));
        assert!(valid_capacity(1) && valid_capacity(3));
        assert!(!valid_capacity(4) && !valid_capacity(99));
    }

    #[test]
    fn languages_are_set_changed_and_removed() {
        let mut volunteer = Volunteer::default();
        volunteer.set_language("ar", Some(Level::Native));
        volunteer.set_language("no", Some(Level::Basic));
        volunteer.set_language("no", Some(Level::Good));
        assert_eq!(volunteer.level_of("no"), Some(Level::Good));
        assert_eq!(volunteer.languages.len(), 2);
        volunteer.set_language("ar", None);
        assert_eq!(volunteer.level_of("ar"), None);
    }
}
