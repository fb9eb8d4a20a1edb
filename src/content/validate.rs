//! Reads the content directory and reports every problem precisely:
//! file, field and what is wrong.

use std::collections::BTreeSet;
use std::fmt;
use std::path::Path;

use chrono::{Datelike, Months, NaiveDate};

use super::{
    CheckDate, Content, Municipality, NATIONAL_FILE, NationalFile, NationalSource, Provenance,
    Texts,
};
use crate::i18n::Locale;

/// How bad a finding is: errors stop the service, warnings are reported.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    Error,
    Warning,
}

/// One problem in a content file.
#[derive(Clone, Debug)]
pub struct Finding {
    pub severity: Severity,
    pub file: String,
    pub field: String,
    pub message: String,
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        if self.field.is_empty() {
            write!(f, "{level}: {}: {}", self.file, self.message)
        } else {
            write!(
                f,
                "{level}: {}: {}: {}",
                self.file, self.field, self.message
            )
        }
    }
}

/// Collects findings for one file.
pub(crate) struct Report<'a> {
    pub(crate) file: String,
    pub(crate) findings: &'a mut Vec<Finding>,
}

impl Report<'_> {
    fn push(&mut self, severity: Severity, field: impl Into<String>, message: impl Into<String>) {
        self.findings.push(Finding {
            severity,
            file: self.file.clone(),
            field: field.into(),
            message: message.into(),
        });
    }

    pub(crate) fn error(&mut self, field: impl Into<String>, message: impl Into<String>) {
        self.push(Severity::Error, field, message);
    }

    pub(crate) fn warning(&mut self, field: impl Into<String>, message: impl Into<String>) {
        self.push(Severity::Warning, field, message);
    }
}

/// How long a checked fact stays fresh before `content check` warns.
const FRESH_MONTHS: u32 = 12;
/// The longest `about` text, so a contact list stays readable on a phone.
const MAX_ABOUT_CHARS: usize = 400;

pub(super) fn load_dir(dir: &Path, today: NaiveDate) -> (Content, Vec<Finding>) {
    let mut findings = Vec::new();
    let mut municipalities = Vec::new();
    let mut sources = Vec::new();
    let dir_name = dir.display().to_string();

    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            findings.push(Finding {
                severity: Severity::Error,
                file: dir_name,
                field: String::new(),
                message: format!("cannot read the content directory: {e}"),
            });
            return (Content::default(), findings);
        }
    };
    let mut paths: Vec<_> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    paths.sort();

    for path in paths {
        let file = path.display().to_string();
        let mut report = Report {
            file: file.clone(),
            findings: &mut findings,
        };
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) => {
                report.error("", format!("cannot read: {e}"));
                continue;
            }
        };
        let file_name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        if file_name == NATIONAL_FILE {
            match toml::from_str::<NationalFile>(&text) {
                Ok(national) => {
                    check_sources(&national.sources, today, &mut report);
                    sources = national.sources;
                }
                Err(e) => report.error("", e.to_string()),
            }
            continue;
        }
        match toml::from_str::<Municipality>(&text) {
            Ok(pack) => {
                let stem = file_name.trim_end_matches(".toml");
                if pack.slug != stem {
                    report.error(
                        "slug",
                        format!("{:?} must match the file name {stem:?}", pack.slug),
                    );
                }
                check_municipality(&pack, today, &mut report);
                municipalities.push(pack);
            }
            Err(e) => report.error("", e.to_string()),
        }
    }

    if municipalities.is_empty() {
        findings.push(Finding {
            severity: Severity::Error,
            file: dir_name.clone(),
            field: String::new(),
            message: "no municipality pack (<slug>.toml) found".into(),
        });
    }
    let mut seen = BTreeSet::new();
    for pack in &municipalities {
        if !seen.insert(pack.slug.clone()) {
            findings.push(Finding {
                severity: Severity::Error,
                file: dir_name.clone(),
                field: "slug".into(),
                message: format!("{:?} is used by more than one pack", pack.slug),
            });
        }
    }
    for id in crate::letter::cited_sources() {
        if !sources.iter().any(|s| s.id == id) {
            findings.push(Finding {
                severity: Severity::Error,
                file: format!("{dir_name}/{NATIONAL_FILE}"),
                field: "sources".into(),
                message: format!("the guidance cites {id:?}, which is not listed"),
            });
        }
    }
    let mut guide = crate::guide::load(&dir.join(crate::guide::GUIDE_DIR), today, &mut findings);
    for id in crate::letter::linked_topics() {
        if guide.topic(id).is_none() {
            findings.push(Finding {
                severity: Severity::Error,
                file: format!("{dir_name}/{}/topics.toml", crate::guide::GUIDE_DIR),
                field: "topics".into(),
                message: format!("the welcome letter links to {id:?}, which is not a topic"),
            });
        }
    }
    let slugs: Vec<String> = municipalities.iter().map(|m| m.slug.clone()).collect();
    let templates = super::templates::load(
        &dir.join(super::templates::TEMPLATES_DIR),
        &slugs,
        &mut findings,
    );
    for pack in &municipalities {
        let mut report = Report {
            file: format!("{dir_name}/{}.toml", pack.slug),
            findings: &mut findings,
        };
        crate::guide::check_local(&guide, &pack.guide_topics, today, &mut report);
        guide.add_local(&pack.slug, &pack.guide_topics);
        for (i, note) in pack.guide_notes.iter().enumerate() {
            let mut report = Report {
                file: format!("{dir_name}/{}.toml", pack.slug),
                findings: &mut findings,
            };
            let field = format!("guide_notes[{i}]");
            if guide.topic_for(Some(&pack.slug), &note.topic).is_none() {
                report.error(
                    format!("{field}.topic"),
                    format!("{:?} is a dead link: no such guide topic", note.topic),
                );
            }
            check_texts(&note.text, &format!("{field}.text"), &mut report);
            check_provenance(&note.provenance, today, &field, &mut report);
        }
    }
    (
        Content::from_parts(municipalities, sources)
            .with_guide(guide)
            .with_templates(templates),
        findings,
    )
}

fn check_sources(sources: &[NationalSource], today: NaiveDate, report: &mut Report) {
    let mut ids = BTreeSet::new();
    for (i, source) in sources.iter().enumerate() {
        let field = format!("sources[{i}]");
        if !ids.insert(source.id.as_str()) {
            report.error(
                format!("{field}.id"),
                format!("{:?} is listed twice", source.id),
            );
        }
        check_url(&source.url, &format!("{field}.url"), report);
        check_date(source.checked, today, &format!("{field}.checked"), report);
    }
}

/// A population figure older than this many years is flagged: the letter
/// says "today we are …".
const MAX_POPULATION_AGE_YEARS: i32 = 2;

fn check_municipality(pack: &Municipality, today: NaiveDate, report: &mut Report) {
    if !is_slug(&pack.slug) {
        report.error(
            "slug",
            format!(
                "{:?} must be 1-32 characters of a-z, 0-9 and '-', starting with a letter",
                pack.slug
            ),
        );
    }
    for (field, value) in [
        ("name", &pack.name),
        ("short_name", &pack.short_name),
        ("county", &pack.county),
    ] {
        if value.trim().is_empty() {
            report.error(field, "must not be empty");
        }
    }
    check_url(&pack.website, "website", report);

    let population = &pack.population;
    if population.count < 2 {
        report.error("population.count", "must be a real population figure");
    }
    if population.year < 1900 || population.year > today.year() {
        report.error(
            "population.year",
            format!("{} is not a plausible year", population.year),
        );
    }
    if (1900..today.year() - MAX_POPULATION_AGE_YEARS).contains(&population.year) {
        report.warning(
            "population.year",
            format!(
                "the figure is from {}, more than {MAX_POPULATION_AGE_YEARS} years ago: \
                 look up the current one (SSB publishes it every quarter)",
                population.year
            ),
        );
    }
    if population.source_name.trim().is_empty() {
        report.error(
            "population.source_name",
            "must name who published the figure",
        );
    }
    check_provenance(&population.provenance, today, "population", report);
    check_mentoring(&pack.mentoring, report);
    if let Err(problem) = pack.followups.plan.check() {
        report.error("followups.plan", problem);
    }

    if pack.office(super::OfficeKind::ServiceCentre).is_none() {
        report.error(
            "offices",
            "needs a service-centre office: every newcomer is pointed to it",
        );
    }
    for kind in [
        super::OfficeKind::RefugeeService,
        super::OfficeKind::AdultEducation,
        super::OfficeKind::Nav,
        super::OfficeKind::TaxOffice,
        super::OfficeKind::VolunteerCentre,
        super::OfficeKind::Library,
    ] {
        if pack.office(kind).is_none() {
            report.warning(
                "offices",
                format!("no {kind:?} office; the contacts will not list one"),
            );
        }
    }
    for (i, office) in pack.offices.iter().enumerate() {
        let field = format!("offices[{i}]");
        if office.address.is_none()
            && office.phone.is_none()
            && office.url.is_none()
            && office.email.is_none()
        {
            report.error(&field, "needs at least an address, phone, email or url");
        }
        for (name, value) in [("name", &office.name), ("address", &office.address)] {
            if value.as_deref().is_some_and(|v| v.trim().is_empty()) {
                report.error(format!("{field}.{name}"), "must not be empty when given");
            }
        }
        if let Some(phone) = &office.phone {
            let ok = phone.chars().any(|c| c.is_ascii_digit())
                && phone
                    .chars()
                    .all(|c| c.is_ascii_digit() || c == ' ' || c == '+');
            if !ok {
                report.error(
                    format!("{field}.phone"),
                    format!("{phone:?} is not a phone number"),
                );
            }
        }
        if let Some(email) = &office.email
            && !(email.contains('@') && email.contains('.') && !email.contains(' '))
        {
            report.error(
                format!("{field}.email"),
                format!("{email:?} is not an e-mail address"),
            );
        }
        if let Some(url) = &office.url {
            check_url(url, &format!("{field}.url"), report);
        }
        if let Some(about) = &office.about {
            check_texts(about, &format!("{field}.about"), report);
        }
        check_provenance(&office.provenance, today, &field, report);
    }
    let mut ids = BTreeSet::new();
    for (i, place) in pack.meeting_places.iter().enumerate() {
        let field = format!("meeting_places[{i}]");
        if !is_slug(&place.id) {
            report.error(
                format!("{field}.id"),
                format!("{:?} must be like a slug", place.id),
            );
        }
        if !ids.insert(place.id.as_str()) {
            report.error(
                format!("{field}.id"),
                format!("{:?} is used twice", place.id),
            );
        }
        if place.name.trim().is_empty() {
            report.error(format!("{field}.name"), "must not be empty");
        }
        if let Some(url) = &place.url {
            check_url(url, &format!("{field}.url"), report);
        }
        check_texts(&place.about, &format!("{field}.about"), report);
        check_provenance(&place.provenance, today, &field, report);
    }
}

/// The longest match a pack may agree (the Red Cross practice is a year).
const MAX_AGREEMENT_MONTHS: u32 = 36;

fn check_mentoring(scheme: &crate::mentors::Mentoring, report: &mut Report) {
    if !(1..=MAX_AGREEMENT_MONTHS).contains(&scheme.agreement_months) {
        report.error(
            "mentoring.agreement_months",
            format!(
                "{} is not a length a match can be agreed for: 1 to {MAX_AGREEMENT_MONTHS} months",
                scheme.agreement_months
            ),
        );
    }
    let mut seen = BTreeSet::new();
    for step in &scheme.required {
        if !seen.insert(step.code()) {
            report.error(
                "mentoring.required",
                format!("{:?} is listed twice", step.code()),
            );
        }
    }
}

fn check_provenance(p: &Provenance, today: NaiveDate, field: &str, report: &mut Report) {
    check_url(&p.source, &format!("{field}.source"), report);
    check_date(p.checked, today, &format!("{field}.checked"), report);
}

pub(crate) fn check_date(checked: CheckDate, today: NaiveDate, field: &str, report: &mut Report) {
    if checked.0 > today {
        report.error(field, format!("{} is in the future", checked.0));
    } else if today
        .checked_sub_months(Months::new(FRESH_MONTHS))
        .is_some_and(|limit| checked.0 < limit)
    {
        report.warning(
            field,
            format!(
                "last checked {}, more than {FRESH_MONTHS} months ago",
                checked.0
            ),
        );
    }
}

pub(crate) fn check_url(value: &str, field: &str, report: &mut Report) {
    match url::Url::parse(value) {
        Ok(url)
            if matches!(url.scheme(), "http" | "https")
                && url.host_str().is_some_and(|h| h.contains('.')) => {}
        _ => report.error(field, format!("{value:?} is not an http(s) address")),
    }
}

fn check_texts(texts: &Texts, field: &str, report: &mut Report) {
    if !texts.0.contains_key(Locale::REFERENCE.code()) {
        report.error(field, "needs a text in nb, the reference language");
    }
    for (code, text) in &texts.0 {
        if Locale::from_code(code).is_none() {
            report.error(format!("{field}.{code}"), "is not a shipped locale");
        }
        if text.trim().is_empty() {
            report.error(format!("{field}.{code}"), "must not be empty");
        }
        if text.chars().count() > MAX_ABOUT_CHARS {
            report.error(
                format!("{field}.{code}"),
                format!("is longer than {MAX_ABOUT_CHARS} characters"),
            );
        }
    }
    let missing: Vec<&str> = Locale::ALL
        .iter()
        .filter(|l| !texts.0.contains_key(l.code()))
        .map(|l| l.code())
        .collect();
    if !missing.is_empty() && texts.0.contains_key(Locale::REFERENCE.code()) {
        report.warning(
            field,
            format!(
                "not translated to {}; those readers get their fallback language",
                missing.join(", ")
            ),
        );
    }
}

/// Lowercase ASCII letters, digits and '-', starting with a letter, ≤ 32 chars.
pub fn is_slug(s: &str) -> bool {
    (1..=32).contains(&s.len())
        && s.starts_with(|c: char| c.is_ascii_lowercase())
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}
