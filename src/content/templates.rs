//! Announcement templates: the common messages a municipality sends —
//! the language café, an information meeting, the kindergarten deadline,
//! an extreme-weather warning — written once in every language, with
//! slots (a date, a time, a place, a contact) that velkommen fills and
//! formats per language. Loaded from `content/templates/`: the list and
//! the slots in `templates.toml`, each language's texts in `<code>.toml`.
//! A municipality adds its own in `content/templates/<slug>/`, the same
//! files; only its own staff see them.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use chrono::{NaiveDate, NaiveTime};
use serde::Deserialize;

use super::validate::{Finding, Report};
use crate::i18n::Locale;

/// The folder of the templates, inside the content folder.
pub const TEMPLATES_DIR: &str = "templates";
const STRUCTURE_FILE: &str = "templates.toml";

/// The longest place or contact a staff member may type into a slot.
pub const MAX_SLOT_CHARS: usize = 120;
/// The longest title.
const MAX_TITLE_CHARS: usize = 60;

/// A value a template leaves open.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, serde::Serialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Slot {
    Date,
    Time,
    Place,
    Contact,
}

impl Slot {
    pub const ALL: [Slot; 4] = [Slot::Date, Slot::Time, Slot::Place, Slot::Contact];

    /// The placeholder's name in texts: `{date}`.
    pub fn name(self) -> &'static str {
        match self {
            Slot::Date => "date",
            Slot::Time => "time",
            Slot::Place => "place",
            Slot::Contact => "contact",
        }
    }

    pub fn from_name(name: &str) -> Option<Slot> {
        Slot::ALL.into_iter().find(|s| s.name() == name)
    }
}

/// A template's title and text in one language.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TemplateText {
    pub title: String,
    pub text: String,
}

/// One template.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Template {
    pub id: String,
    /// The municipality whose own template it is; `None` for the national
    /// ones everyone has.
    pub municipality: Option<String>,
    pub slots: Vec<Slot>,
    /// Goes out in the quiet hours too.
    pub urgent: bool,
    pub texts: BTreeMap<Locale, TemplateText>,
}

/// What staff filled into a template's slots.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Filled {
    #[serde(default)]
    pub date: Option<NaiveDate>,
    #[serde(default)]
    pub time: Option<NaiveTime>,
    #[serde(default)]
    pub place: Option<String>,
    #[serde(default)]
    pub contact: Option<String>,
}

impl Filled {
    /// Whether `slot` has a value.
    pub fn has(&self, slot: Slot) -> bool {
        match slot {
            Slot::Date => self.date.is_some(),
            Slot::Time => self.time.is_some(),
            Slot::Place => self.place.is_some(),
            Slot::Contact => self.contact.is_some(),
        }
    }
}

/// The placeholders a text uses.
fn placeholders(text: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        let after = &rest[start + 1..];
        match after.find('}') {
            Some(end) => {
                found.insert(after[..end].to_owned());
                rest = &after[end + 1..];
            }
            None => break,
        }
    }
    found
}

impl Template {
    /// The title in `locale` (Bokmål if missing).
    pub fn title(&self, locale: Locale) -> &str {
        self.texts
            .get(&locale)
            .or_else(|| self.texts.get(&Locale::Nb))
            .map_or(self.id.as_str(), |t| t.title.as_str())
    }

    /// The first slot still empty, in the template's order.
    pub fn next_slot(&self, filled: &Filled) -> Option<Slot> {
        self.slots.iter().copied().find(|s| !filled.has(*s))
    }

    /// The text in `locale` with its slots filled, `date_words` writing a
    /// date in that language; `None` if a slot is still empty or the
    /// language has no text.
    pub fn fill(
        &self,
        locale: Locale,
        filled: &Filled,
        date_words: impl Fn(NaiveDate) -> String,
    ) -> Option<String> {
        if self.next_slot(filled).is_some() {
            return None;
        }
        let mut text = self.texts.get(&locale)?.text.clone();
        for slot in &self.slots {
            let value = match slot {
                Slot::Date => date_words(filled.date?),
                Slot::Time => filled.time?.format("%H:%M").to_string(),
                Slot::Place => filled.place.clone()?,
                Slot::Contact => filled.contact.clone()?,
            };
            text = text.replace(&format!("{{{}}}", slot.name()), &value);
        }
        Some(text)
    }
}

/// Every template, in the order `templates.toml` lists them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Templates(pub Vec<Template>);

impl Templates {
    /// A national template.
    pub fn get(&self, id: &str) -> Option<&Template> {
        self.0
            .iter()
            .find(|t| t.id == id && t.municipality.is_none())
    }

    /// The templates `municipality`'s staff choose from: its own first,
    /// then the national ones.
    pub fn for_municipality<'a>(
        &'a self,
        municipality: &'a str,
    ) -> impl Iterator<Item = &'a Template> + 'a {
        let own = self
            .0
            .iter()
            .filter(move |t| t.municipality.as_deref() == Some(municipality));
        own.chain(self.0.iter().filter(|t| t.municipality.is_none()))
    }

    /// One of the templates `municipality`'s staff choose from.
    pub fn get_for(&self, municipality: &str, id: &str) -> Option<&Template> {
        self.0.iter().find(|t| {
            t.id == id
                && (t.municipality.is_none() || t.municipality.as_deref() == Some(municipality))
        })
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Structure {
    template: Vec<Definition>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Definition {
    id: String,
    slots: Vec<Slot>,
    #[serde(default)]
    urgent: bool,
}

fn read<T: for<'de> Deserialize<'de>>(path: &Path, report: &mut Report) -> Option<T> {
    match std::fs::read_to_string(path) {
        Ok(text) => match toml::from_str(&text) {
            Ok(value) => Some(value),
            Err(e) => {
                report.error("", e.to_string());
                None
            }
        },
        Err(e) => {
            report.error("", format!("cannot read: {e}"));
            None
        }
    }
}

/// Loads the national templates from `dir` and each municipality's own
/// from `dir/<slug>/` (for the slugs of `municipalities`), reporting what
/// is wrong: a folder of no municipality, an own template with a national
/// one's id, and what [`load_one`] finds.
pub fn load(dir: &Path, municipalities: &[String], findings: &mut Vec<Finding>) -> Templates {
    let mut all = load_one(dir, None, findings).0;
    let national: BTreeSet<String> = all.iter().map(|t| t.id.clone()).collect();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Templates(all);
    };
    let mut folders: Vec<_> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    folders.sort();
    for folder in folders {
        let slug = folder
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_owned();
        let mut report = Report {
            file: folder.display().to_string(),
            findings: &mut *findings,
        };
        if !municipalities.contains(&slug) {
            report.error("", "is not the folder of a municipality pack");
            continue;
        }
        for template in load_one(&folder, Some(&slug), findings).0 {
            if national.contains(&template.id) {
                let mut report = Report {
                    file: folder.join(STRUCTURE_FILE).display().to_string(),
                    findings: &mut *findings,
                };
                report.error(
                    "template",
                    format!(
                        "{:?} is a national template's id; choose another",
                        template.id
                    ),
                );
                continue;
            }
            all.push(template);
        }
    }
    Templates(all)
}

/// Loads the templates of one folder, reporting what is wrong: a language
/// without a template, a text whose placeholders are not the template's
/// slots, a title too long.
fn load_one(dir: &Path, municipality: Option<&str>, findings: &mut Vec<Finding>) -> Templates {
    let mut report = Report {
        file: dir.join(STRUCTURE_FILE).display().to_string(),
        findings: &mut *findings,
    };
    let Some(structure) = read::<Structure>(&dir.join(STRUCTURE_FILE), &mut report) else {
        return Templates::default();
    };
    let mut seen = BTreeSet::new();
    for definition in &structure.template {
        if !seen.insert(definition.id.clone()) {
            report.error("template", format!("{:?} is listed twice", definition.id));
        }
        // The id travels in a button.
        if !super::validate::is_slug(&definition.id) {
            report.error(
                "template",
                format!(
                    "{:?}: an id is 1 to 32 lowercase letters, digits and dashes",
                    definition.id
                ),
            );
        }
    }
    let mut templates: Vec<Template> = structure
        .template
        .into_iter()
        .map(|d| Template {
            id: d.id,
            municipality: municipality.map(str::to_owned),
            slots: d.slots,
            urgent: d.urgent,
            texts: BTreeMap::new(),
        })
        .collect();
    for locale in Locale::ALL {
        let path = dir.join(format!("{}.toml", locale.code()));
        let mut report = Report {
            file: path.display().to_string(),
            findings: &mut *findings,
        };
        let Some(texts) = read::<BTreeMap<String, TemplateText>>(&path, &mut report) else {
            continue;
        };
        for id in texts.keys() {
            if !templates.iter().any(|t| &t.id == id) {
                report.error(id.as_str(), "is not a template in templates.toml");
            }
        }
        for template in &mut templates {
            let Some(text) = texts.get(&template.id) else {
                report.error(
                    template.id.as_str(),
                    "missing: every language needs every template",
                );
                continue;
            };
            let wanted: BTreeSet<String> =
                template.slots.iter().map(|s| s.name().to_owned()).collect();
            let used = placeholders(&text.text);
            if used != wanted {
                report.error(
                    format!("{}.text", template.id),
                    format!("uses {used:?}; the template's slots are {wanted:?}"),
                );
            }
            if text.title.trim().is_empty() || text.title.chars().count() > MAX_TITLE_CHARS {
                report.error(
                    format!("{}.title", template.id),
                    format!("must be 1 to {MAX_TITLE_CHARS} characters"),
                );
            }
            // Filled with the longest values, it must fit an announcement.
            let longest = text.text.chars().count() + wanted.len() * MAX_SLOT_CHARS;
            if longest > crate::announcements::MAX_TEXT_CHARS {
                report.error(
                    format!("{}.text", template.id),
                    format!(
                        "with the longest values it is {longest} characters; an announcement may be {}",
                        crate::announcements::MAX_TEXT_CHARS
                    ),
                );
            }
            template.texts.insert(locale, text.clone());
        }
    }
    Templates(templates)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn template() -> Template {
        Template {
            id: "language-cafe".into(),
            municipality: None,
            slots: vec![Slot::Date, Slot::Time, Slot::Place],
            urgent: false,
            texts: BTreeMap::from([(
                Locale::Nb,
                TemplateText {
                    title: "Språkkafé".into(),
                    text: "Språkkafé {date} kl. {time} på {place}.".into(),
                },
            )]),
        }
    }

    #[test]
    fn a_template_is_filled_only_when_every_slot_is() {
        let t = template();
        let mut filled = Filled::default();
        assert_eq!(t.next_slot(&filled), Some(Slot::Date));
        filled.date = NaiveDate::from_ymd_opt(2027, 3, 2);
        filled.time = NaiveTime::from_hms_opt(18, 0, 0);
        assert_eq!(t.next_slot(&filled), Some(Slot::Place));
        assert_eq!(t.fill(Locale::Nb, &filled, |d| d.to_string()), None);
        filled.place = Some("Biblioteket".into());
        assert_eq!(
            t.fill(Locale::Nb, &filled, |d| d.format("%d.%m.%Y").to_string()),
            Some("Språkkafé 02.03.2027 kl. 18:00 på Biblioteket.".into())
        );
        assert_eq!(t.fill(Locale::Uk, &filled, |d| d.to_string()), None);
    }

    #[test]
    fn placeholders_are_read_from_braces() {
        assert_eq!(
            placeholders("a {date} b {place}{time} {"),
            BTreeSet::from(["date".into(), "place".into(), "time".into()])
        );
    }
}
