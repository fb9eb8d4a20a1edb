//! The guide: national topics on the bureaucracy (`/guide`) and on housing
//! (`/housing`), the personal checklist built from them, and matching of
//! typed questions to topics. The words live in `content/guide/`, one file
//! per locale; the structure, sources and dates in `topics.toml`.

mod load;
pub mod matching;

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::content::{CheckDate, OfficeKind};
use crate::i18n::Locale;
use crate::newcomers::{Category, Household, Newcomer};

pub use load::load;

/// The folder inside the content directory.
pub const GUIDE_DIR: &str = "guide";

/// The longest id of a section, topic or checklist step (they go in
/// callback data).
pub const MAX_ID_CHARS: usize = 16;

/// The longest topic body (what + who + steps + bring) in any locale, so a
/// topic fits a phone screen.
pub const MAX_BODY_CHARS: usize = 1400;

pub const MAX_TITLE_CHARS: usize = 80;
pub const MAX_STEP_LABEL_CHARS: usize = 60;

/// Reads categories by their codes (`refugee`, `labour`, …).
fn category_codes<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<Category>, D::Error> {
    Vec::<String>::deserialize(d)?
        .into_iter()
        .map(|code| {
            Category::from_code(&code).ok_or_else(|| {
                serde::de::Error::custom(format!(
                    "unknown category {code:?}: use refugee, labour, family or other"
                ))
            })
        })
        .collect()
}

/// Which of the two guides a section belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum GuideKind {
    /// `/guide`: the bureaucracy.
    Guide,
    /// `/housing`: renting, buying and housing support.
    Housing,
}

impl GuideKind {
    pub fn code(self) -> &'static str {
        match self {
            GuideKind::Guide => "g",
            GuideKind::Housing => "h",
        }
    }

    pub fn from_code(code: &str) -> Option<GuideKind> {
        [GuideKind::Guide, GuideKind::Housing]
            .into_iter()
            .find(|k| k.code() == code)
    }
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub id: String,
    pub guide: GuideKind,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub url: String,
    pub checked: CheckDate,
}

/// A topic's structure: who it is for, where to go, its sources.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Topic {
    pub id: String,
    pub section: String,
    #[serde(deserialize_with = "category_codes")]
    pub categories: Vec<Category>,
    #[serde(default)]
    pub office: Option<OfficeKind>,
    #[serde(default)]
    pub related: Vec<String>,
    pub confirmed: bool,
    #[serde(default)]
    pub sources: Vec<Source>,
}

/// Where a newcomer is with one checklist step (no state: still to do).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepState {
    Done,
    /// Marked "not relevant for me".
    Skipped,
}

impl StepState {
    pub fn code(self) -> &'static str {
        match self {
            StepState::Done => "done",
            StepState::Skipped => "skipped",
        }
    }

    pub fn from_code(code: &str) -> Option<StepState> {
        [StepState::Done, StepState::Skipped]
            .into_iter()
            .find(|s| s.code() == code)
    }
}

/// One step of the personal checklist.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChecklistStep {
    pub id: String,
    pub topic: String,
    #[serde(default)]
    pub after: Vec<String>,
    #[serde(deserialize_with = "category_codes")]
    pub categories: Vec<Category>,
    #[serde(default)]
    pub children: bool,
}

impl ChecklistStep {
    /// Whether this step is on this newcomer's checklist.
    pub fn applies_to(&self, newcomer: &Newcomer) -> bool {
        let category_ok = newcomer
            .category
            .is_none_or(|c| self.categories.contains(&c));
        let children_ok = !self.children || newcomer.household == Some(Household::Children);
        category_ok && children_ok
    }
}

/// A topic's words in one locale.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TopicText {
    pub title: String,
    pub keywords: Vec<String>,
    pub what: String,
    pub who: String,
    pub steps: Vec<String>,
    #[serde(default)]
    pub bring: Vec<String>,
}

impl TopicText {
    /// The length of what the bot shows of the body.
    pub fn body_chars(&self) -> usize {
        [&self.what, &self.who]
            .into_iter()
            .chain(&self.steps)
            .chain(&self.bring)
            .map(|s| s.chars().count())
            .sum()
    }
}

/// Every word of the guide in one locale.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LocaleTexts {
    #[serde(default)]
    pub sections: BTreeMap<String, String>,
    #[serde(default)]
    pub checklist: BTreeMap<String, String>,
    #[serde(default)]
    pub topics: BTreeMap<String, TopicText>,
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Structure {
    #[serde(default)]
    sections: Vec<Section>,
    #[serde(default)]
    topics: Vec<Topic>,
    #[serde(default)]
    checklist: Vec<ChecklistStep>,
}

/// The whole guide, loaded and checked.
#[derive(Clone, Debug, Default)]
pub struct Guide {
    sections: Vec<Section>,
    topics: Vec<Topic>,
    checklist: Vec<ChecklistStep>,
    texts: BTreeMap<Locale, LocaleTexts>,
    index: matching::Index,
}

impl Guide {
    pub fn sections(&self, kind: GuideKind) -> impl Iterator<Item = &Section> {
        self.sections.iter().filter(move |s| s.guide == kind)
    }

    pub fn section(&self, id: &str) -> Option<&Section> {
        self.sections.iter().find(|s| s.id == id)
    }

    pub fn topic(&self, id: &str) -> Option<&Topic> {
        self.topics.iter().find(|t| t.id == id)
    }

    pub fn topics_in(&self, section: &str) -> impl Iterator<Item = &Topic> {
        self.topics.iter().filter(move |t| t.section == section)
    }

    pub fn topics(&self) -> &[Topic] {
        &self.topics
    }

    /// The guide a topic belongs to.
    pub fn kind_of(&self, topic: &Topic) -> GuideKind {
        self.section(&topic.section)
            .map_or(GuideKind::Guide, |s| s.guide)
    }

    pub fn checklist(&self) -> &[ChecklistStep] {
        &self.checklist
    }

    pub fn step(&self, id: &str) -> Option<&ChecklistStep> {
        self.checklist.iter().find(|s| s.id == id)
    }

    /// The words for `locale`, falling back along its chain (a locale
    /// file that is missing altogether reads as the fallback's).
    fn texts(&self, locale: Locale) -> Option<&LocaleTexts> {
        locale
            .fallback_chain()
            .iter()
            .find_map(|l| self.texts.get(l))
    }

    pub fn topic_text(&self, locale: Locale, id: &str) -> Option<&TopicText> {
        locale
            .fallback_chain()
            .iter()
            .find_map(|l| self.texts.get(l)?.topics.get(id))
    }

    pub fn section_title(&self, locale: Locale, id: &str) -> String {
        self.texts(locale)
            .and_then(|t| t.sections.get(id))
            .cloned()
            .unwrap_or_else(|| id.to_owned())
    }

    pub fn step_label(&self, locale: Locale, id: &str) -> String {
        self.texts(locale)
            .and_then(|t| t.checklist.get(id))
            .cloned()
            .unwrap_or_else(|| id.to_owned())
    }

    /// The locales that have their own guide file.
    pub fn locales(&self) -> impl Iterator<Item = Locale> + '_ {
        self.texts.keys().copied()
    }

    /// The best matching topics for a typed question, best first.
    pub fn search(&self, query: &str, limit: usize) -> Vec<&Topic> {
        self.index
            .search(query, limit)
            .into_iter()
            .filter_map(|id| self.topic(id))
            .collect()
    }
}
