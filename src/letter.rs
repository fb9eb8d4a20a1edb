//! The welcome letter — personal, in the newcomer's language, for their
//! municipality and category — and the municipality's contacts and meeting
//! places, which the letter and the menu share.
//!
//! The study's refugee consultant in Haram: "Today we are 8 735 inhabitants
//! in the municipality. Yesterday we were 8 734. That means you matter."
//! The letter says exactly that, with the municipality's own figure.

use crate::args;
use crate::content::{Content, MeetingPlace, Municipality, Office, OfficeKind, Provenance};
use crate::i18n::{Tr, format_date};
use crate::newcomers::{Category, Household, Newcomer};

/// Telegram's limit on the length of one message.
pub const MAX_MESSAGE_CHARS: usize = 4096;
/// How many meeting places a letter lists.
const MEETING_PLACES_SHOWN: usize = 5;

/// One of the first practical steps a letter recommends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FirstStep {
    /// Meet the refugee service, which plans the introduction programme.
    RefugeeService,
    /// Free Norwegian and social studies (right and duty for refugees).
    NorwegianForRefugees,
    /// Get a regular GP (fastlege); emergency numbers.
    Doctor,
    /// ID check at the Tax Administration: D-number or national ID number.
    IdCheck,
    /// Tax deduction card (skattekort).
    TaxCard,
    /// Bank account and BankID.
    Bank,
    /// Who has a right to free Norwegian courses, and who must pay.
    NorwegianRights,
    /// The municipality's front desk.
    ServiceCentre,
}

impl FirstStep {
    const ALL: [FirstStep; 8] = [
        FirstStep::RefugeeService,
        FirstStep::NorwegianForRefugees,
        FirstStep::Doctor,
        FirstStep::IdCheck,
        FirstStep::TaxCard,
        FirstStep::Bank,
        FirstStep::NorwegianRights,
        FirstStep::ServiceCentre,
    ];

    /// The message key of the step's text.
    pub fn key(self) -> &'static str {
        match self {
            FirstStep::RefugeeService => "step-refugee-service",
            FirstStep::NorwegianForRefugees => "step-norwegian-refugee",
            FirstStep::Doctor => "step-doctor",
            FirstStep::IdCheck => "step-id-check",
            FirstStep::TaxCard => "step-tax-card",
            FirstStep::Bank => "step-bank",
            FirstStep::NorwegianRights => "step-norwegian-rights",
            FirstStep::ServiceCentre => "step-service-centre",
        }
    }

    /// The local office that helps with this step.
    fn office(self) -> Option<OfficeKind> {
        match self {
            FirstStep::RefugeeService => Some(OfficeKind::RefugeeService),
            FirstStep::NorwegianForRefugees | FirstStep::NorwegianRights => {
                Some(OfficeKind::AdultEducation)
            }
            FirstStep::IdCheck => Some(OfficeKind::TaxOffice),
            FirstStep::ServiceCentre => Some(OfficeKind::ServiceCentre),
            FirstStep::Doctor | FirstStep::TaxCard | FirstStep::Bank => None,
        }
    }

    /// The national source (in `content/national.toml`) behind the step.
    fn source(self) -> Option<&'static str> {
        match self {
            FirstStep::RefugeeService => Some("imdi-introduction-programme"),
            FirstStep::NorwegianForRefugees | FirstStep::NorwegianRights => {
                Some("lovdata-integration-act")
            }
            FirstStep::Doctor => Some("helsenorge-gp"),
            FirstStep::IdCheck => Some("skatteetaten-id-check"),
            FirstStep::TaxCard => Some("skatteetaten-tax-card"),
            FirstStep::Bank => Some("skatteetaten-bankid"),
            FirstStep::ServiceCentre => None,
        }
    }
}

/// The national source behind the kindergarten and school line.
const CHILDREN_SOURCE: &str = "regjeringen-kindergarten";

/// The three most important first steps for each category.
pub fn first_steps(category: Category) -> [FirstStep; 3] {
    match category {
        Category::Refugee => [
            FirstStep::RefugeeService,
            FirstStep::NorwegianForRefugees,
            FirstStep::Doctor,
        ],
        Category::Labour => [FirstStep::IdCheck, FirstStep::TaxCard, FirstStep::Bank],
        Category::Family => [
            FirstStep::NorwegianRights,
            FirstStep::IdCheck,
            FirstStep::Doctor,
        ],
        Category::Other => [
            FirstStep::ServiceCentre,
            FirstStep::IdCheck,
            FirstStep::NorwegianRights,
        ],
    }
}

/// Every national source id the letter cites; `content check` makes sure
/// each one is listed.
pub fn cited_sources() -> impl Iterator<Item = &'static str> {
    FirstStep::ALL
        .into_iter()
        .filter_map(FirstStep::source)
        .chain([CHILDREN_SOURCE])
}

/// Every message key this module builds from data rather than spelling out.
pub fn dynamic_keys() -> impl Iterator<Item = &'static str> {
    FirstStep::ALL
        .into_iter()
        .map(FirstStep::key)
        .chain(Category::ALL.iter().map(|c| greeting_key(*c)))
}

/// The message key of a category's greeting.
fn greeting_key(category: Category) -> &'static str {
    match category {
        Category::Refugee => "letter-greeting-refugee",
        Category::Labour => "letter-greeting-labour",
        Category::Family => "letter-greeting-family",
        Category::Other => "letter-greeting-other",
    }
}

/// Writes the welcome letter as one or more Telegram-sized messages.
pub fn welcome_letter(
    tr: Tr<'_>,
    content: &Content,
    municipality: &Municipality,
    newcomer: &Newcomer,
) -> Vec<String> {
    let category = newcomer.category.unwrap_or(Category::Other);
    let name = municipality.short_name.as_str();
    let population = &municipality.population;

    let mut opening = vec![
        tr.msg_args(greeting_key(category), &args!["municipality" => name]),
        tr.msg_args(
            "letter-population",
            &args![
                "municipality" => name,
                "count" => population.count,
                "yesterday" => population.count.saturating_sub(1),
            ],
        ),
    ];
    let mut figure = tr.msg_args(
        "letter-population-source",
        &args![
            "source" => population.source_name.as_str(),
            "year" => population.year.to_string(),
        ],
    );
    if !population.provenance.confirmed {
        figure.push(' ');
        figure.push_str(&tr.msg("unconfirmed"));
    }
    opening.push(figure);
    if newcomer.wants_mentor == Some(true) {
        opening.push(tr.msg("letter-mentor-wish"));
    }

    let mut steps = vec![tr.msg("letter-steps-title")];
    let mut shown_offices = Vec::new();
    for (i, step) in first_steps(category).into_iter().enumerate() {
        let mut block = vec![tr.msg_args(
            "letter-step",
            &args!["number" => (i + 1).to_string(), "text" => tr.msg(step.key())],
        )];
        if let Some(office) = step.office().and_then(|k| municipality.office(k)) {
            block.push(office_block(tr, office));
            shown_offices.push(office.kind);
        }
        if let Some(line) = step.source().and_then(|id| source_line(tr, content, id)) {
            block.push(line);
        }
        steps.push(block.join("\n"));
    }
    if newcomer.household == Some(Household::Children) {
        let mut block = vec![tr.msg("letter-children")];
        block.extend(source_line(tr, content, CHILDREN_SOURCE));
        steps.push(block.join("\n"));
    }

    let mut messages = vec![opening.join("\n\n"), steps.join("\n\n")];
    messages.extend(contacts_and_places(tr, municipality, &shown_offices));
    messages.push(tr.msg("letter-footer"));
    split_messages(messages)
}

/// The municipality's contacts and meeting places, for the menu and for
/// people who have not made a profile.
pub fn municipality_info(tr: Tr<'_>, municipality: &Municipality) -> Vec<String> {
    let mut messages = vec![tr.msg_args(
        "info-title",
        &args!["municipality" => municipality.name.as_str(), "website" => municipality.website.as_str()],
    )];
    messages.extend(contacts_and_places(tr, municipality, &[]));
    split_messages(messages)
}

/// Contacts (except those already shown) and the first meeting places.
fn contacts_and_places(
    tr: Tr<'_>,
    municipality: &Municipality,
    already_shown: &[OfficeKind],
) -> Vec<String> {
    let mut messages = Vec::new();
    let offices: Vec<String> = OfficeKind::ALL
        .iter()
        .filter(|kind| !already_shown.contains(kind))
        .flat_map(|kind| municipality.offices.iter().filter(move |o| o.kind == *kind))
        .map(|office| office_block(tr, office))
        .collect();
    if !offices.is_empty() {
        let mut text = vec![tr.msg("contacts-title")];
        text.extend(offices);
        messages.push(text.join("\n\n"));
    }
    let places: Vec<String> = municipality
        .meeting_places
        .iter()
        .take(MEETING_PLACES_SHOWN)
        .map(|place| place_block(tr, place))
        .collect();
    if !places.is_empty() {
        let mut text = vec![tr.msg("meeting-places-title")];
        text.extend(places);
        messages.push(text.join("\n\n"));
    }
    messages
}

pub(crate) fn office_block(tr: Tr<'_>, office: &Office) -> String {
    let kind = tr.msg(office.kind.label_key());
    let mut lines = vec![match &office.name {
        Some(name) => format!("🏛 {name} · {kind}"),
        None => format!("🏛 {kind}"),
    }];
    lines.extend(office.address.as_ref().map(|a| format!("📍 {a}")));
    lines.extend(office.phone.as_ref().map(|p| format!("☎️ {p}")));
    lines.extend(office.email.as_ref().map(|e| format!("✉️ {e}")));
    lines.extend(office.url.as_ref().map(|u| format!("🌐 {u}")));
    if let Some(hours) = &office.hours {
        lines.push(format!("🕘 {}", hours_text(tr, hours)));
    }
    lines.extend(
        office
            .about
            .as_ref()
            .and_then(|a| a.get(tr.locale))
            .map(str::to_owned),
    );
    lines.extend(unconfirmed_line(tr, &office.provenance));
    lines.join("\n")
}

fn place_block(tr: Tr<'_>, place: &MeetingPlace) -> String {
    let mut lines = vec![format!(
        "☕ {} · {}",
        place.name,
        tr.msg(place.kind.label_key())
    )];
    lines.extend(place.about.get(tr.locale).map(str::to_owned));
    lines.extend(place.address.as_ref().map(|a| format!("📍 {a}")));
    lines.extend(place.url.as_ref().map(|u| format!("🌐 {u}")));
    lines.extend(unconfirmed_line(tr, &place.provenance));
    lines.join("\n")
}

fn unconfirmed_line(tr: Tr<'_>, provenance: &Provenance) -> Option<String> {
    (!provenance.confirmed).then(|| format!("⚠️ {}", tr.msg("unconfirmed")))
}

fn hours_text(tr: Tr<'_>, hours: &crate::content::Hours) -> String {
    hours
        .0
        .iter()
        .map(|rule| {
            let days = if rule.first_day == rule.last_day {
                tr.msg(rule.first_day.short_key())
            } else {
                format!(
                    "{}–{}",
                    tr.msg(rule.first_day.short_key()),
                    tr.msg(rule.last_day.short_key())
                )
            };
            format!(
                "{days} {}–{}",
                rule.opens.format("%H:%M"),
                rule.closes.format("%H:%M")
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn source_line(tr: Tr<'_>, content: &Content, id: &str) -> Option<String> {
    let source = content.source(id)?;
    Some(tr.msg_args(
        "source-line",
        &args!["url" => source.url.as_str(), "date" => format_date(source.checked.0)],
    ))
}

/// Splits any message longer than Telegram allows at paragraph breaks (or,
/// for a single overlong paragraph, at line breaks and then characters).
pub fn split_messages(messages: Vec<String>) -> Vec<String> {
    let mut out = Vec::new();
    for message in messages {
        if message.chars().count() <= MAX_MESSAGE_CHARS {
            out.push(message);
            continue;
        }
        let mut current = String::new();
        for piece in split_pieces(&message) {
            let needed = current.chars().count() + piece.chars().count() + 2;
            if !current.is_empty() && needed > MAX_MESSAGE_CHARS {
                out.push(std::mem::take(&mut current));
            }
            if !current.is_empty() {
                current.push_str("\n\n");
            }
            current.push_str(&piece);
        }
        if !current.is_empty() {
            out.push(current);
        }
    }
    out
}

/// Paragraphs, each cut to the limit.
fn split_pieces(message: &str) -> Vec<String> {
    let mut pieces = Vec::new();
    for paragraph in message.split("\n\n") {
        let chars: Vec<char> = paragraph.chars().collect();
        for chunk in chars.chunks(MAX_MESSAGE_CHARS - 2) {
            pieces.push(chunk.iter().collect());
        }
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_messages_are_split_under_the_limit_without_losing_text() {
        let paragraph = "ø".repeat(1500);
        let long = vec![paragraph.clone(); 5].join("\n\n");
        let huge = "x".repeat(9000);
        let parts = split_messages(vec![long.clone(), "short".into(), huge.clone()]);
        assert!(parts.iter().all(|p| p.chars().count() <= MAX_MESSAGE_CHARS));
        let ø: usize = parts.iter().map(|p| p.matches('ø').count()).sum();
        assert_eq!(ø, 7500);
        let x: usize = parts.iter().map(|p| p.matches('x').count()).sum();
        assert_eq!(x, 9000);
        assert!(parts.contains(&"short".to_string()));
    }

    #[test]
    fn every_category_has_three_distinct_steps() {
        for category in Category::ALL {
            let steps = first_steps(*category);
            assert!(steps[0] != steps[1] && steps[1] != steps[2] && steps[0] != steps[2]);
        }
    }
}
