//! The guide: national topics on the bureaucracy (`/guide`) and on housing
//! (`/housing`), the personal checklist built from them, and matching of
//! typed questions to topics. The words live in `content/guide/`, one file
//! per locale; the structure, sources and dates in `topics.toml`.

mod load;
pub mod matching;
mod stopwords;

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::content::{CheckDate, OfficeKind};
use crate::i18n::Locale;
use crate::newcomers::{Arrival, Category, Citizenship, Household, Newcomer, YearMonth};

pub(crate) use load::check_local;
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

/// Reads citizenship groups by their codes (`nordic`, `eea`, `other`).
fn citizenship_codes<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<Citizenship>, D::Error> {
    Vec::<String>::deserialize(d)?
        .into_iter()
        .map(|code| {
            Citizenship::from_code(&code).ok_or_else(|| {
                serde::de::Error::custom(format!(
                    "unknown citizenship {code:?}: use nordic, eea or other"
                ))
            })
        })
        .collect()
}

/// Whether `id` can name a section, topic or checklist step: 1-16 of a-z,
/// 0-9 and '-'.
pub fn is_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_ID_CHARS
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
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
    /// Only for these citizenship groups (empty: everyone). Refugees count
    /// as `other`; a person whose citizenship is not known does not get
    /// the step, so nobody gets another group's deadline.
    #[serde(default, deserialize_with = "citizenship_codes")]
    pub citizenship: Vec<Citizenship>,
    /// Due within this many months of arrival (a legal deadline).
    #[serde(default)]
    pub within_months: Option<u32>,
}

impl ChecklistStep {
    /// The month by whose end the step is due, for someone who arrived in
    /// `arrival`. Only the month of arrival is known, so it counts as the
    /// first month: the answer is never later than the real deadline.
    pub fn due_by(&self, arrival: Option<Arrival>) -> Option<YearMonth> {
        match (self.within_months, arrival) {
            (Some(months), Some(Arrival::Month(month))) => {
                Some(month.plus(months.saturating_sub(1)))
            }
            _ => None,
        }
    }

    /// Whether this step is on this newcomer's checklist.
    pub fn applies_to(&self, newcomer: &Newcomer) -> bool {
        let category_ok = newcomer
            .category
            .is_none_or(|c| self.categories.contains(&c));
        let children_ok = !self.children || newcomer.household == Some(Household::Children);
        let citizenship_ok = self.citizenship.is_empty()
            || newcomer
                .rules_citizenship()
                .is_some_and(|c| self.citizenship.contains(&c));
        category_ok && children_ok && citizenship_ok
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

/// A topic a municipality writes in its own pack: a new one, or (with a
/// national topic's id) its own version of that topic for its people. Texts
/// are given per locale code; `nb` is required, the others fall back like
/// every pack text (nn → nb, others → en → nb).
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LocalTopic {
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
    pub text: BTreeMap<String, TopicText>,
}

impl LocalTopic {
    pub(crate) fn topic(&self) -> Topic {
        Topic {
            id: self.id.clone(),
            section: self.section.clone(),
            categories: self.categories.clone(),
            office: self.office,
            related: self.related.clone(),
            confirmed: self.confirmed,
            sources: self.sources.clone(),
        }
    }
}

/// One municipality's own topics, merged over the national ones.
#[derive(Clone, Debug, Default)]
struct Local {
    /// The national topics with the municipality's versions in their place,
    /// then its new topics.
    topics: Vec<Topic>,
    /// The municipality's texts, by topic id and locale.
    texts: BTreeMap<String, BTreeMap<Locale, TopicText>>,
    index: matching::Index,
}

/// The whole guide, loaded and checked.
#[derive(Clone, Debug, Default)]
pub struct Guide {
    sections: Vec<Section>,
    topics: Vec<Topic>,
    checklist: Vec<ChecklistStep>,
    texts: BTreeMap<Locale, LocaleTexts>,
    index: matching::Index,
    /// Search-only words by topic id (`search.toml`).
    extra: BTreeMap<String, Vec<String>>,
    /// Municipalities' own topics, by municipality slug.
    local: BTreeMap<String, Local>,
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

    /// The best matching topics for a typed question, best first.
    pub fn search(&self, query: &str, limit: usize) -> Vec<&Topic> {
        self.search_for(None, query, limit)
    }

    /// Adds a municipality's own topics (validated by the content check).
    pub fn add_local(&mut self, municipality: &str, own: &[LocalTopic]) {
        if own.is_empty() {
            return;
        }
        let mut topics: Vec<Topic> = self
            .topics
            .iter()
            .map(|t| {
                own.iter()
                    .find(|o| o.id == t.id)
                    .map_or_else(|| t.clone(), LocalTopic::topic)
            })
            .collect();
        topics.extend(
            own.iter()
                .filter(|o| self.topic(&o.id).is_none())
                .map(LocalTopic::topic),
        );
        let mut texts: BTreeMap<String, BTreeMap<Locale, TopicText>> = BTreeMap::new();
        for topic in own {
            let by_locale = topic
                .text
                .iter()
                .filter_map(|(code, text)| Some((Locale::from_code(code)?, text.clone())))
                .collect();
            texts.insert(topic.id.clone(), by_locale);
        }
        // The index sees the municipality's words for its topics and the
        // national words for the rest.
        let mut merged = self.texts.clone();
        for (locale, words) in merged.iter_mut() {
            for (id, by_locale) in &texts {
                match locale
                    .fallback_chain()
                    .iter()
                    .find_map(|l| by_locale.get(l))
                {
                    Some(text) => {
                        words.topics.insert(id.clone(), text.clone());
                    }
                    None => {
                        words.topics.remove(id);
                    }
                }
            }
        }
        let index = matching::Index::build(&topics, &merged, &self.extra);
        self.local.insert(
            municipality.to_owned(),
            Local {
                topics,
                texts,
                index,
            },
        );
    }

    fn local(&self, municipality: Option<&str>) -> Option<&Local> {
        self.local.get(municipality?)
    }

    /// A topic as the people of `municipality` see it.
    pub fn topic_for(&self, municipality: Option<&str>, id: &str) -> Option<&Topic> {
        match self.local(municipality) {
            Some(local) => local.topics.iter().find(|t| t.id == id),
            None => self.topic(id),
        }
    }

    /// A topic's words for a reader in `municipality`.
    pub fn topic_text_for(
        &self,
        municipality: Option<&str>,
        locale: Locale,
        id: &str,
    ) -> Option<&TopicText> {
        if let Some(own) = self.local(municipality).and_then(|l| l.texts.get(id)) {
            return locale.fallback_chain().iter().find_map(|l| own.get(l));
        }
        self.topic_text(locale, id)
    }

    /// The topics of a section for the people of `municipality`.
    pub fn topics_in_for<'a>(
        &'a self,
        municipality: Option<&str>,
        section: &'a str,
    ) -> Box<dyn Iterator<Item = &'a Topic> + 'a> {
        match self.local(municipality) {
            Some(local) => Box::new(local.topics.iter().filter(move |t| t.section == section)),
            None => Box::new(self.topics_in(section)),
        }
    }

    /// The best matching topics for a typed question from someone in
    /// `municipality`, best first.
    pub fn search_for(&self, municipality: Option<&str>, query: &str, limit: usize) -> Vec<&Topic> {
        let index = self.local(municipality).map_or(&self.index, |l| &l.index);
        index
            .search(query, limit)
            .into_iter()
            .filter_map(|id| self.topic_for(municipality, id))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shipped() -> Guide {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("content/guide");
        let mut findings = Vec::new();
        let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        let guide = load(&dir, today, &mut findings);
        assert!(findings.is_empty(), "{findings:?}");
        guide
    }

    #[test]
    fn a_municipal_version_replaces_a_national_topic_only_for_its_people() {
        let mut guide = shipped();
        let text = |title: &str| TopicText {
            title: title.into(),
            keywords: vec!["legekontor".into()],
            what: "Lokalt legekontor.".into(),
            who: "Alle.".into(),
            steps: vec!["Ring.".into()],
            bring: Vec::new(),
        };
        let own = LocalTopic {
            id: "gp".into(),
            section: "health".into(),
            categories: vec![Category::Refugee],
            office: None,
            related: Vec::new(),
            confirmed: false,
            sources: guide.topic("gp").unwrap().sources.clone(),
            text: [("nb".to_owned(), text("Legen i Testvik"))].into(),
        };
        guide.add_local("testvik", &[own]);
        let national = guide.topic_text(Locale::Nb, "gp").unwrap().title.clone();
        assert_ne!(national, "Legen i Testvik");
        assert_eq!(
            guide
                .topic_text_for(Some("testvik"), Locale::Pl, "gp")
                .unwrap()
                .title,
            "Legen i Testvik",
            "Polish readers fall back to the municipality's Bokmål"
        );
        assert_eq!(
            guide
                .topic_text_for(Some("haram"), Locale::Nb, "gp")
                .unwrap()
                .title,
            national
        );
        assert!(!guide.topic_for(Some("testvik"), "gp").unwrap().confirmed);
        // Arrived in October: EU/EEA registration by the end of December.
        let october = Some(Arrival::Month(YearMonth {
            year: 2026,
            month: 10,
        }));
        let step = guide.step("eea-registration").unwrap();
        assert_eq!(
            step.due_by(october),
            Some(YearMonth {
                year: 2026,
                month: 12
            })
        );
        assert_eq!(step.due_by(Some(Arrival::NotYet)), None);
        assert_eq!(guide.step("bank").unwrap().due_by(october), None);
        assert_eq!(
            guide.topics_in_for(Some("testvik"), "health").count(),
            guide.topics_in("health").count()
        );
        assert_eq!(
            guide.search_for(Some("testvik"), "legekontor", 3)[0].id,
            "gp"
        );
    }
}
