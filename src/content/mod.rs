//! Content packs: what each municipality publishes about itself (offices,
//! contacts, meeting places, population) and the national sources that the
//! guidance cites. Loaded from `VELKOMMEN_CONTENT_DIR` and validated.

mod hours;
pub mod templates;
pub(crate) mod validate;

use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

use chrono::NaiveDate;
use serde::{Deserialize, Deserializer};

use crate::i18n::Locale;

pub use hours::{Hours, HoursRule, Weekday};
pub use validate::{Finding, Severity, is_slug};

/// The date a fact was last checked against its source.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct CheckDate(pub NaiveDate);

impl<'de> Deserialize<'de> for CheckDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = toml::value::Datetime::deserialize(deserializer)?;
        match (value.date, value.time) {
            (Some(date), None) => {
                NaiveDate::from_ymd_opt(date.year.into(), date.month.into(), date.day.into())
                    .map(CheckDate)
                    .ok_or_else(|| serde::de::Error::custom("not a calendar date"))
            }
            _ => Err(serde::de::Error::custom(
                "expected a plain date such as 2026-11-25",
            )),
        }
    }
}

/// A short text in several locales: `nb` is required, the others fall back
/// along each locale's chain (nn → nb; others → en → nb).
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(transparent)]
pub struct Texts(pub BTreeMap<String, String>);

impl Texts {
    /// The text for `locale`, or the first fallback that has one.
    pub fn get(&self, locale: Locale) -> Option<&str> {
        locale
            .fallback_chain()
            .iter()
            .find_map(|l| self.0.get(l.code()))
            .map(String::as_str)
    }
}

/// What kind of public office an [`Office`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum OfficeKind {
    /// The municipality's front desk (servicetorg) or town hall.
    ServiceCentre,
    /// The refugee service, which runs the introduksjonsprogram.
    RefugeeService,
    /// Voksenopplæring: Norwegian and social studies for adults.
    AdultEducation,
    Nav,
    /// Where the Norwegian Tax Administration does ID checks.
    TaxOffice,
    Police,
    /// Frivilligsentral: the volunteer centre.
    VolunteerCentre,
    Library,
}

impl OfficeKind {
    pub const ALL: [OfficeKind; 8] = [
        OfficeKind::ServiceCentre,
        OfficeKind::RefugeeService,
        OfficeKind::AdultEducation,
        OfficeKind::Nav,
        OfficeKind::TaxOffice,
        OfficeKind::Police,
        OfficeKind::VolunteerCentre,
        OfficeKind::Library,
    ];

    /// The message key of this kind's name.
    pub fn label_key(self) -> &'static str {
        match self {
            OfficeKind::ServiceCentre => "office-service-centre",
            OfficeKind::RefugeeService => "office-refugee-service",
            OfficeKind::AdultEducation => "office-adult-education",
            OfficeKind::Nav => "office-nav",
            OfficeKind::TaxOffice => "office-tax-office",
            OfficeKind::Police => "office-police",
            OfficeKind::VolunteerCentre => "office-volunteer-centre",
            OfficeKind::Library => "office-library",
        }
    }
}

/// What kind of meeting place a [`MeetingPlace`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PlaceKind {
    Library,
    LanguageCafe,
    Sports,
    Choir,
    Volunteering,
    GearLoan,
    Clubs,
    Culture,
}

impl PlaceKind {
    pub const ALL: [PlaceKind; 8] = [
        PlaceKind::Library,
        PlaceKind::LanguageCafe,
        PlaceKind::Sports,
        PlaceKind::Choir,
        PlaceKind::Volunteering,
        PlaceKind::GearLoan,
        PlaceKind::Clubs,
        PlaceKind::Culture,
    ];

    /// The message key of this kind's name.
    pub fn label_key(self) -> &'static str {
        match self {
            PlaceKind::Library => "place-library",
            PlaceKind::LanguageCafe => "place-language-cafe",
            PlaceKind::Sports => "place-sports",
            PlaceKind::Choir => "place-choir",
            PlaceKind::Volunteering => "place-volunteering",
            PlaceKind::GearLoan => "place-gear-loan",
            PlaceKind::Clubs => "place-clubs",
            PlaceKind::Culture => "place-culture",
        }
    }
}

/// Where a fact comes from, and whether the municipality has confirmed it.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Provenance {
    /// A link to the page the fact was taken from.
    pub source: String,
    /// When the fact was last checked against that page.
    pub checked: CheckDate,
    /// `false` marks an example to be confirmed by the municipality; it is
    /// shown to newcomers with that warning.
    pub confirmed: bool,
}

/// The municipality's population, for the welcome letter.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Population {
    pub count: u32,
    /// The year the figure applies to.
    pub year: i32,
    /// Who published the figure ("SSB", "SNL").
    pub source_name: String,
    #[serde(flatten)]
    pub provenance: Provenance,
}

/// A public office a newcomer may need to visit or call.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Office {
    pub kind: OfficeKind,
    pub name: Option<String>,
    pub address: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub url: Option<String>,
    /// Opening hours such as `mon-fri 08:00-15:30`.
    pub hours: Option<Hours>,
    /// A short explanation, per locale.
    pub about: Option<Texts>,
    #[serde(flatten)]
    pub provenance: Provenance,
}

/// A place where newcomers and locals meet.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MeetingPlace {
    pub id: String,
    pub kind: PlaceKind,
    pub name: String,
    pub address: Option<String>,
    pub url: Option<String>,
    /// What happens there, per locale.
    pub about: Texts,
    #[serde(flatten)]
    pub provenance: Provenance,
}

/// One municipality's content pack (`content/<slug>.toml`).
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Municipality {
    /// Lowercase ASCII, digits and `-`: used in deep links and buttons.
    pub slug: String,
    /// The official name, e.g. "Haram kommune".
    pub name: String,
    /// The name used in running text, e.g. "Haram".
    pub short_name: String,
    pub county: String,
    pub website: String,
    pub population: Population,
    #[serde(default)]
    pub offices: Vec<Office>,
    #[serde(default)]
    pub meeting_places: Vec<MeetingPlace>,
    /// Local additions to national guide topics.
    #[serde(default)]
    pub guide_notes: Vec<GuideNote>,
    /// The municipality's own guide topics, or its versions of national ones.
    #[serde(default)]
    pub guide_topics: Vec<crate::guide::LocalTopic>,
    /// How it runs its mentor scheme (the Red Cross practice by default).
    #[serde(default)]
    pub mentoring: crate::mentors::Mentoring,
    /// When newcomers hear from velkommen again (the default plan if left
    /// out).
    #[serde(default)]
    pub followups: crate::followups::FollowUps,
    /// How it uses machine translation, when the service has a translator.
    #[serde(default)]
    pub translation: Translation,
}

/// A municipality's choices about machine translation (`[translation]` in
/// its pack).
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Translation {
    /// Whether newcomers' questions and the answers are translated (the
    /// service's `VELKOMMEN_TRANSLATE_CASES` must allow it too); `false`
    /// keeps them as written, while announcements and events are still
    /// translated.
    #[serde(default = "yes")]
    pub cases: bool,
}

fn yes() -> bool {
    true
}

impl Default for Translation {
    fn default() -> Translation {
        Translation { cases: true }
    }
}

/// What a municipality adds to a national guide topic for its own people:
/// a local office hour, a contact, a local rule.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GuideNote {
    /// The id of the topic in `guide/topics.toml`.
    pub topic: String,
    pub text: Texts,
    #[serde(flatten)]
    pub provenance: Provenance,
}

impl Municipality {
    /// The first office of `kind`, if the pack lists one.
    pub fn office(&self, kind: OfficeKind) -> Option<&Office> {
        self.offices.iter().find(|o| o.kind == kind)
    }
}

/// An official source cited by the national guidance.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NationalSource {
    pub id: String,
    pub url: String,
    pub checked: CheckDate,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct NationalFile {
    #[serde(default)]
    sources: Vec<NationalSource>,
}

/// Everything loaded from the content directory.
#[derive(Debug, Default)]
pub struct Content {
    municipalities: BTreeMap<String, Municipality>,
    sources: BTreeMap<String, NationalSource>,
    guide: crate::guide::Guide,
    templates: templates::Templates,
}

/// The file that holds the national sources, beside the municipality packs.
pub const NATIONAL_FILE: &str = "national.toml";

/// Why the content directory could not be used.
#[derive(Debug, thiserror::Error)]
pub struct ContentError {
    pub findings: Vec<Finding>,
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let errors: Vec<String> = self
            .findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .map(|f| f.to_string())
            .collect();
        write!(f, "{}", errors.join("\n"))
    }
}

impl Content {
    /// Loads and validates every pack in `dir`. Returns the content and the
    /// warnings, or every finding if any of them is an error.
    pub fn load(dir: &Path, today: NaiveDate) -> Result<(Content, Vec<Finding>), ContentError> {
        let (content, findings) = validate::load_dir(dir, today);
        if findings.iter().any(|f| f.severity == Severity::Error) {
            Err(ContentError { findings })
        } else {
            Ok((content, findings))
        }
    }

    /// Builds content from packs already in memory (for tests and tools).
    pub fn from_parts(municipalities: Vec<Municipality>, sources: Vec<NationalSource>) -> Content {
        Content {
            municipalities: municipalities
                .into_iter()
                .map(|m| (m.slug.clone(), m))
                .collect(),
            sources: sources.into_iter().map(|s| (s.id.clone(), s)).collect(),
            guide: Default::default(),
            templates: Default::default(),
        }
    }

    /// The same content with these templates.
    pub fn with_templates(mut self, templates: templates::Templates) -> Content {
        self.templates = templates;
        self
    }

    /// The announcement templates, in every language.
    pub fn templates(&self) -> &templates::Templates {
        &self.templates
    }

    /// The same content with this guide.
    pub fn with_guide(mut self, guide: crate::guide::Guide) -> Content {
        self.guide = guide;
        self
    }

    /// The national guide (`/guide`, `/housing`, `/checklist`).
    pub fn guide(&self) -> &crate::guide::Guide {
        &self.guide
    }

    /// The municipality with this slug.
    pub fn municipality(&self, slug: &str) -> Option<&Municipality> {
        self.municipalities.get(slug)
    }

    /// Every municipality, sorted by slug.
    pub fn municipalities(&self) -> impl Iterator<Item = &Municipality> {
        self.municipalities.values()
    }

    /// A national source by id.
    pub fn source(&self, id: &str) -> Option<&NationalSource> {
        self.sources.get(id)
    }
}
