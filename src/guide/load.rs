//! Reads `content/guide/` and checks it: every topic has a source and a
//! check date, every locale has every text, nothing is too long for a phone
//! screen, every internal link leads somewhere, and the checklist's
//! dependencies are in order.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use chrono::NaiveDate;

use super::{
    Guide, LocalTopic, LocaleTexts, MAX_BODY_CHARS, MAX_STEP_LABEL_CHARS, MAX_TITLE_CHARS,
    Structure, Topic, TopicText, is_id, matching,
};
use crate::content::Finding;
use crate::content::validate::{Report, check_date, check_url};
use crate::i18n::Locale;

const STRUCTURE_FILE: &str = "topics.toml";

/// Search-only words for languages people type that velkommen does not
/// speak: `[<language>]` tables of `<topic id> = ["word", …]`.
const SEARCH_FILE: &str = "search.toml";

fn read<T: serde::de::DeserializeOwned>(path: &Path, report: &mut Report) -> Option<T> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) => {
            report.error("", format!("cannot read: {e}"));
            return None;
        }
    };
    match toml::from_str(&text) {
        Ok(value) => Some(value),
        Err(e) => {
            report.error("", e.to_string());
            None
        }
    }
}

/// Loads the guide from `dir`, adding what is wrong to `findings`.
pub fn load(dir: &Path, today: NaiveDate, findings: &mut Vec<Finding>) -> Guide {
    let file = dir.join(STRUCTURE_FILE).display().to_string();
    let mut report = Report {
        file,
        findings: &mut *findings,
    };
    let Some(structure) = read::<Structure>(&dir.join(STRUCTURE_FILE), &mut report) else {
        return Guide::default();
    };
    check_structure(&structure, today, &mut report);

    let mut texts = BTreeMap::new();
    for locale in Locale::ALL {
        let path = dir.join(format!("{}.toml", locale.code()));
        let mut report = Report {
            file: path.display().to_string(),
            findings: &mut *findings,
        };
        if !path.exists() {
            report.error("", "missing: every locale needs its guide file");
            continue;
        }
        if let Some(words) = read::<LocaleTexts>(&path, &mut report) {
            check_texts(&structure, &words, &mut report);
            texts.insert(locale, words);
        }
    }
    let extra = read_search_words(dir, &structure, findings);
    let index = matching::Index::build(&structure.topics, &texts, &extra);
    Guide {
        sections: structure.sections,
        topics: structure.topics,
        checklist: structure.checklist,
        texts,
        index,
        extra,
        local: Default::default(),
    }
}

/// The search-only words (topic id → words), if the file is there; a topic
/// id that does not exist is an error.
fn read_search_words(
    dir: &Path,
    structure: &Structure,
    findings: &mut Vec<Finding>,
) -> BTreeMap<String, Vec<String>> {
    let path = dir.join(SEARCH_FILE);
    let mut words: BTreeMap<String, Vec<String>> = BTreeMap::new();
    if !path.exists() {
        return words;
    }
    let mut report = Report {
        file: path.display().to_string(),
        findings,
    };
    let Some(languages) =
        read::<BTreeMap<String, BTreeMap<String, Vec<String>>>>(&path, &mut report)
    else {
        return words;
    };
    for (language, topics) in languages {
        for (topic, list) in topics {
            if !structure.topics.iter().any(|t| t.id == topic) {
                report.error(
                    format!("{language}.{topic}"),
                    format!("{topic:?} is a dead link: no such topic"),
                );
                continue;
            }
            words.entry(topic).or_default().extend(list);
        }
    }
    words
}

fn check_structure(structure: &Structure, today: NaiveDate, report: &mut Report) {
    let mut sections = BTreeSet::new();
    for (i, section) in structure.sections.iter().enumerate() {
        if !is_id(&section.id) {
            report.error(
                format!("sections[{i}].id"),
                format!("{:?} is not a valid id", section.id),
            );
        }
        if !sections.insert(section.id.as_str()) {
            report.error(
                format!("sections[{i}].id"),
                format!("{:?} is listed twice", section.id),
            );
        }
    }
    let topics: BTreeSet<&str> = structure.topics.iter().map(|t| t.id.as_str()).collect();
    if topics.len() != structure.topics.len() {
        report.error("topics", "a topic id is listed twice");
    }
    for (i, topic) in structure.topics.iter().enumerate() {
        check_topic(
            topic,
            &format!("topics[{i}]"),
            sections.contains(topic.section.as_str()),
            |id| topics.contains(id) && id != topic.id,
            today,
            report,
        );
    }
    let mut seen = BTreeSet::new();
    for (i, step) in structure.checklist.iter().enumerate() {
        let field = format!("checklist[{i}]");
        if !is_id(&step.id) {
            report.error(
                format!("{field}.id"),
                format!("{:?} is not a valid id", step.id),
            );
        }
        if !topics.contains(step.topic.as_str()) {
            report.error(
                format!("{field}.topic"),
                format!("{:?} is a dead link: no such topic", step.topic),
            );
        }
        for before in &step.after {
            // Listed earlier means no cycles and a sensible order.
            if !seen.contains(before.as_str()) {
                report.error(
                    format!("{field}.after"),
                    format!("{before:?} must be a step listed before this one"),
                );
            }
        }
        if !seen.insert(step.id.as_str()) {
            report.error(
                format!("{field}.id"),
                format!("{:?} is listed twice", step.id),
            );
        }
    }
}

fn check_texts(structure: &Structure, words: &LocaleTexts, report: &mut Report) {
    let expect = |kind: &str, wanted: BTreeSet<&str>, have: BTreeSet<&str>, report: &mut Report| {
        for missing in wanted.difference(&have) {
            report.error(format!("{kind}.{missing}"), "missing translation");
        }
        for unknown in have.difference(&wanted) {
            report.error(format!("{kind}.{unknown}"), "is not in topics.toml");
        }
    };
    expect(
        "sections",
        structure.sections.iter().map(|s| s.id.as_str()).collect(),
        words.sections.keys().map(String::as_str).collect(),
        report,
    );
    expect(
        "checklist",
        structure.checklist.iter().map(|s| s.id.as_str()).collect(),
        words.checklist.keys().map(String::as_str).collect(),
        report,
    );
    expect(
        "topics",
        structure.topics.iter().map(|t| t.id.as_str()).collect(),
        words.topics.keys().map(String::as_str).collect(),
        report,
    );
    for (id, label) in words.sections.iter().chain(&words.checklist) {
        if label.trim().is_empty() || label.chars().count() > MAX_STEP_LABEL_CHARS {
            report.error(
                id.clone(),
                format!("must be 1-{MAX_STEP_LABEL_CHARS} characters"),
            );
        }
    }
    for (id, text) in &words.topics {
        check_topic_text(text, &format!("topics.{id}"), report);
    }
}

/// Checks a municipality's own topics against the national guide.
pub(crate) fn check_local(
    guide: &Guide,
    own: &[LocalTopic],
    today: NaiveDate,
    report: &mut Report,
) {
    let own_ids: BTreeSet<&str> = own.iter().map(|t| t.id.as_str()).collect();
    for (i, topic) in own.iter().enumerate() {
        let field = format!("guide_topics[{i}]");
        check_topic(
            &topic.topic(),
            &field,
            guide.section(&topic.section).is_some(),
            |id| guide.topic(id).is_some() || own_ids.contains(id),
            today,
            report,
        );
        if !topic.text.contains_key(Locale::REFERENCE.code()) {
            report.error(
                format!("{field}.text"),
                "needs a text in nb, the reference language",
            );
        }
        for (code, text) in &topic.text {
            let at = format!("{field}.text.{code}");
            if Locale::from_code(code).is_none() {
                report.error(at.clone(), "is not a shipped locale");
            }
            check_topic_text(text, &at, report);
        }
        let missing: Vec<&str> = Locale::ALL
            .iter()
            .map(|l| l.code())
            .filter(|code| !topic.text.contains_key(*code))
            .collect();
        if !missing.is_empty() {
            report.warning(
                format!("{field}.text"),
                format!(
                    "no text in {}: those readers get the fallback (nn → nb, others → en → nb)",
                    missing.join(", ")
                ),
            );
        }
    }
}

/// A topic's id, section, audience, links and sources.
fn check_topic(
    topic: &Topic,
    field: &str,
    section_exists: bool,
    link_exists: impl Fn(&str) -> bool,
    today: NaiveDate,
    report: &mut Report,
) {
    if !is_id(&topic.id) {
        report.error(
            format!("{field}.id"),
            format!("{:?} is not a valid id", topic.id),
        );
    }
    if !section_exists {
        report.error(
            format!("{field}.section"),
            format!("{:?} is not a section of the guide", topic.section),
        );
    }
    if topic.categories.is_empty() {
        report.error(format!("{field}.categories"), "names nobody");
    }
    for related in &topic.related {
        if !link_exists(related) {
            report.error(
                format!("{field}.related"),
                format!("{related:?} is a dead link: no such other topic"),
            );
        }
    }
    if topic.sources.is_empty() {
        report.error(
            format!("{field}.sources"),
            "every topic needs an official source",
        );
    }
    for (j, source) in topic.sources.iter().enumerate() {
        check_url(&source.url, &format!("{field}.sources[{j}].url"), report);
        check_date(
            source.checked,
            today,
            &format!("{field}.sources[{j}].checked"),
            report,
        );
    }
}

fn check_topic_text(text: &TopicText, field: &str, report: &mut Report) {
    if text.title.trim().is_empty() || text.title.chars().count() > MAX_TITLE_CHARS {
        report.error(
            format!("{field}.title"),
            format!("must be 1-{MAX_TITLE_CHARS} characters"),
        );
    }
    if text.what.trim().is_empty() || text.who.trim().is_empty() || text.steps.is_empty() {
        report.error(field.to_owned(), "needs what, who and at least one step");
    }
    let body = text.body_chars();
    if body > MAX_BODY_CHARS {
        report.error(
            field.to_owned(),
            format!("is {body} characters; a topic page holds at most {MAX_BODY_CHARS}"),
        );
    }
    if text.keywords.iter().all(|k| k.trim().is_empty()) {
        report.error(
            format!("{field}.keywords"),
            "needs keywords for typed questions",
        );
    }
}
