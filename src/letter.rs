//! The welcome letter — personal, in the newcomer's language, for their
//! municipality, group and citizenship — and the municipality's contacts
//! and meeting places, which the letter and the menu share.
//!
//! The study's refugee consultant in Haram: "Today we are 8 735 inhabitants
//! in the municipality. Yesterday we were 8 734. That means you matter."
//! The letter says exactly that, with the municipality's own figure.
//!
//! What arrives when onboarding ends must fit about two phone screens
//! (≤ [`MAX_LETTER_CHARS`] visible characters in every language): the
//! welcome, the population line and the three first steps in short, each
//! with its official source as a text link. Contacts, meeting places and
//! each step's whole topic are one tap away, as buttons the engine adds.
//! Every text here is Telegram HTML (see [`crate::html`]).

use crate::args;
use crate::content::{
    Content, MeetingPlace, Municipality, Office, OfficeKind, PlaceKind, Provenance,
};
use crate::html;
use crate::i18n::{Tr, format_date};
use crate::newcomers::{Category, Citizenship, Household, Newcomer};

/// Telegram's limit on the length of one message.
pub const MAX_MESSAGE_CHARS: usize = 4096;
/// The most a letter may show before any tap, in visible characters,
/// together with the note that introduces it: about two phone screens.
pub const MAX_LETTER_CHARS: usize = 1500;

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
    /// EU/EEA citizens: register with the police within three months.
    EeaRegistration,
    /// Nordic citizens: report the move to the population register.
    NordicMove,
    /// Workers from outside the EU/EEA: the residence permit for work.
    WorkPermit,
    /// Family migrants from outside the EU/EEA: the family permit and its
    /// renewal.
    FamilyPermit,
    /// Others from outside the EU/EEA: their residence permit and renewal.
    ResidencePermit,
}

impl FirstStep {
    const ALL: [FirstStep; 13] = [
        FirstStep::RefugeeService,
        FirstStep::NorwegianForRefugees,
        FirstStep::Doctor,
        FirstStep::IdCheck,
        FirstStep::TaxCard,
        FirstStep::Bank,
        FirstStep::NorwegianRights,
        FirstStep::ServiceCentre,
        FirstStep::EeaRegistration,
        FirstStep::NordicMove,
        FirstStep::WorkPermit,
        FirstStep::FamilyPermit,
        FirstStep::ResidencePermit,
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
            FirstStep::EeaRegistration => "step-eea-registration",
            FirstStep::NordicMove => "step-nordic-move",
            FirstStep::WorkPermit => "step-work-permit",
            FirstStep::FamilyPermit => "step-family-permit",
            FirstStep::ResidencePermit => "step-residence-permit",
        }
    }

    /// The guide topic that explains the step in full, one tap away.
    pub fn topic(self) -> Option<&'static str> {
        match self {
            FirstStep::RefugeeService => Some("introduction"),
            FirstStep::NorwegianForRefugees | FirstStep::NorwegianRights => {
                Some("norwegian-course")
            }
            FirstStep::Doctor => Some("gp"),
            FirstStep::IdCheck => Some("id-check"),
            FirstStep::TaxCard => Some("tax-card"),
            FirstStep::Bank => Some("bank"),
            FirstStep::ServiceCentre => None,
            FirstStep::EeaRegistration => Some("eea-registration"),
            FirstStep::NordicMove => Some("nordic-move"),
            FirstStep::WorkPermit => Some("work-permit"),
            FirstStep::FamilyPermit => Some("family-permit"),
            FirstStep::ResidencePermit => Some("residence-permit"),
        }
    }

    /// The national source (in `content/national.toml`) behind the step,
    /// linked from its line.
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
            FirstStep::EeaRegistration => Some("udi-eea-registration"),
            FirstStep::NordicMove => Some("skatteetaten-moving-nordic"),
            FirstStep::WorkPermit => Some("udi-work-permit"),
            FirstStep::FamilyPermit => Some("udi-family-renewal"),
            FirstStep::ResidencePermit => Some("udi-residence-renewal"),
        }
    }

    /// The local office a step without a source points to.
    fn office(self) -> Option<OfficeKind> {
        match self {
            FirstStep::ServiceCentre => Some(OfficeKind::ServiceCentre),
            _ => None,
        }
    }
}

/// The national source behind the kindergarten and school line.
const CHILDREN_SOURCE: &str = "regjeringen-kindergarten";

/// The three most important first steps for a group, by citizenship where
/// that changes the rules (refugees' do not depend on it).
pub fn first_steps(category: Category, citizenship: Option<Citizenship>) -> [FirstStep; 3] {
    use Citizenship as C;
    use FirstStep as S;
    match (category, citizenship) {
        (Category::Refugee, _) => [S::RefugeeService, S::NorwegianForRefugees, S::Doctor],
        (Category::Labour, Some(C::Eea)) => [S::EeaRegistration, S::IdCheck, S::TaxCard],
        (Category::Labour, Some(C::Nordic)) => [S::NordicMove, S::TaxCard, S::Bank],
        (Category::Labour, Some(C::Other)) => [S::WorkPermit, S::IdCheck, S::TaxCard],
        (Category::Labour, None) => [S::IdCheck, S::TaxCard, S::Bank],
        (Category::Family, Some(C::Eea)) => [S::EeaRegistration, S::NorwegianRights, S::Doctor],
        (Category::Family, Some(C::Nordic)) => [S::NordicMove, S::NorwegianRights, S::Doctor],
        (Category::Family, Some(C::Other)) => [S::FamilyPermit, S::NorwegianRights, S::Doctor],
        (Category::Family, None) => [S::NorwegianRights, S::IdCheck, S::Doctor],
        (Category::Other, Some(C::Eea)) => [S::EeaRegistration, S::IdCheck, S::ServiceCentre],
        (Category::Other, Some(C::Nordic)) => [S::NordicMove, S::ServiceCentre, S::Doctor],
        (Category::Other, Some(C::Other)) => [S::ResidencePermit, S::IdCheck, S::ServiceCentre],
        (Category::Other, None) => [S::ServiceCentre, S::IdCheck, S::NorwegianRights],
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

/// Every guide topic the letter links to; `content check` makes sure each
/// one exists.
pub fn linked_topics() -> impl Iterator<Item = &'static str> {
    FirstStep::ALL.into_iter().filter_map(FirstStep::topic)
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

/// A welcome letter: one HTML message, and the steps it recommends (the
/// engine adds a button to each step's topic).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Letter {
    pub html: String,
    pub steps: [FirstStep; 3],
}

/// A line of plain text with the official page it points to, if any.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Linked {
    pub text: String,
    pub url: Option<String>,
}

/// What a welcome letter says, as plain text with its links: the one source
/// of the message in the chat and of the printed letter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LetterText {
    pub greeting: String,
    /// "There are 9 357 of us in Haram today …".
    pub population: String,
    /// Who published the figure, and the year ("SSB 2024"), with its page.
    pub population_source: Linked,
    /// The "not yet confirmed" mark, when the figure is an example.
    pub population_unconfirmed: Option<String>,
    pub steps_title: String,
    /// "1. Meet the refugee service …", each with its official page.
    pub steps: Vec<Linked>,
    /// What children have a right to, for a household with children.
    pub children: Option<Linked>,
    /// That they are on the list for a mentor (the chat adds a button).
    pub mentor_wish: Option<String>,
    /// How to go on from the letter in the chat.
    pub footer: String,
    pub first_steps: [FirstStep; 3],
}

/// What the welcome letter says to this newcomer.
pub fn letter_text(
    tr: Tr<'_>,
    content: &Content,
    municipality: &Municipality,
    newcomer: &Newcomer,
) -> LetterText {
    let category = newcomer.category.unwrap_or(Category::Other);
    let name = municipality.short_name.as_str();
    let population = &municipality.population;
    let first_steps = first_steps(category, newcomer.rules_citizenship());
    let steps = first_steps
        .into_iter()
        .enumerate()
        .map(|(i, step)| Linked {
            text: tr.msg_args(
                "letter-step",
                &args!["number" => (i + 1).to_string(), "text" => tr.msg(step.key())],
            ),
            url: step
                .source()
                .and_then(|id| content.source(id))
                .map(|source| source.url.clone())
                .or_else(|| {
                    step.office()
                        .and_then(|kind| municipality.office(kind))
                        .and_then(|office| office.url.clone())
                }),
        })
        .collect();
    LetterText {
        greeting: tr.msg_args(greeting_key(category), &args!["municipality" => name]),
        population: tr.msg_args(
            "letter-population",
            &args![
                "municipality" => name,
                "count" => population.count,
                "yesterday" => population.count.saturating_sub(1),
            ],
        ),
        population_source: Linked {
            text: format!("{} {}", population.source_name, population.year),
            url: Some(population.provenance.source.clone()),
        },
        population_unconfirmed: (!population.provenance.confirmed).then(|| tr.msg("unconfirmed")),
        steps_title: tr.msg("letter-steps-title"),
        steps,
        children: (newcomer.household == Some(Household::Children)).then(|| Linked {
            text: tr.msg("letter-children"),
            url: content.source(CHILDREN_SOURCE).map(|s| s.url.clone()),
        }),
        mentor_wish: (newcomer.wants_mentor == Some(true)).then(|| tr.msg("letter-mentor-wish")),
        footer: tr.msg("letter-footer"),
        first_steps,
    }
}

/// A line with its link as the page's host, in HTML.
fn linked_html(line: &Linked) -> String {
    let mut html = html::escape(&line.text);
    if let Some(url) = &line.url {
        html.push(' ');
        html.push_str(&html::link(&html::host(url), url));
    }
    html
}

/// Writes the welcome letter.
pub fn welcome_letter(
    tr: Tr<'_>,
    content: &Content,
    municipality: &Municipality,
    newcomer: &Newcomer,
) -> Letter {
    let text = letter_text(tr, content, municipality, newcomer);
    let mut figure = html::escape(&text.population);
    figure.push_str(" (");
    if let Some(url) = &text.population_source.url {
        figure.push_str(&html::link(&text.population_source.text, url));
    }
    figure.push(')');
    if let Some(mark) = &text.population_unconfirmed {
        figure.push(' ');
        figure.push_str(&html::escape(mark));
    }
    let mut blocks = vec![html::escape(&text.greeting), figure];
    let mut lines = vec![html::bold(&text.steps_title)];
    lines.extend(text.steps.iter().map(linked_html));
    blocks.push(lines.join("\n"));
    blocks.extend(text.children.as_ref().map(linked_html));
    blocks.extend(text.mentor_wish.as_deref().map(html::escape));
    blocks.push(html::escape(&text.footer));
    Letter {
        html: blocks.join("\n\n"),
        steps: text.first_steps,
    }
}

/// The municipality's offices, as one HTML message (the library is left
/// out when it is also a meeting place, so it is listed once).
pub fn contacts(tr: Tr<'_>, municipality: &Municipality) -> String {
    let library_is_a_place = municipality
        .meeting_places
        .iter()
        .any(|p| p.kind == PlaceKind::Library);
    let mut blocks = vec![html::bold(&tr.msg_args(
        "contacts-title",
        &args!["municipality" => municipality.short_name.as_str()],
    ))];
    blocks.extend(
        OfficeKind::ALL
            .iter()
            .filter(|kind| !(library_is_a_place && **kind == OfficeKind::Library))
            .flat_map(|kind| municipality.offices.iter().filter(move |o| o.kind == *kind))
            .map(|office| office_block(tr, office)),
    );
    blocks.push(html::link(
        &html::host(&municipality.website),
        &municipality.website,
    ));
    blocks.join("\n\n")
}

/// The municipality's meeting places, as one HTML message.
pub fn meeting_places(tr: Tr<'_>, municipality: &Municipality) -> String {
    let mut blocks = vec![html::bold(&tr.msg_args(
        "meeting-places-title",
        &args!["municipality" => municipality.short_name.as_str()],
    ))];
    if municipality.meeting_places.is_empty() {
        blocks.push(html::escape(&tr.msg("meeting-places-none")));
    }
    blocks.extend(
        municipality
            .meeting_places
            .iter()
            .map(|place| place_block(tr, place)),
    );
    blocks.join("\n\n")
}

/// The municipality's contacts and meeting places, for the menu and for
/// people who have not made a profile: HTML messages within Telegram's
/// limit.
pub fn municipality_info(tr: Tr<'_>, municipality: &Municipality) -> Vec<String> {
    split_messages(vec![
        contacts(tr, municipality),
        meeting_places(tr, municipality),
    ])
}

/// An office as HTML: name, address, phone, e-mail, a text link, hours,
/// what it does, and whether it is confirmed.
pub(crate) fn office_block(tr: Tr<'_>, office: &Office) -> String {
    let kind = tr.msg(office.kind.label_key());
    let heading = match &office.name {
        Some(name) => format!("🏛 {name} · {kind}"),
        None => format!("🏛 {kind}"),
    };
    let mut lines = vec![html::bold(&heading)];
    lines.extend(
        office
            .address
            .as_ref()
            .map(|a| html::escape(&format!("📍 {a}"))),
    );
    lines.extend(
        office
            .phone
            .as_ref()
            .map(|p| html::escape(&format!("☎️ {p}"))),
    );
    lines.extend(
        office
            .email
            .as_ref()
            .map(|e| html::escape(&format!("✉️ {e}"))),
    );
    lines.extend(
        office
            .url
            .as_ref()
            .map(|u| format!("🌐 {}", html::link(&html::host(u), u))),
    );
    if let Some(hours) = &office.hours {
        lines.push(html::escape(&format!("🕘 {}", hours_text(tr, hours))));
    }
    lines.extend(
        office
            .about
            .as_ref()
            .and_then(|a| a.get(tr.locale))
            .map(html::escape),
    );
    lines.extend(unconfirmed_line(tr, &office.provenance));
    lines.join("\n")
}

fn place_block(tr: Tr<'_>, place: &MeetingPlace) -> String {
    let mut lines = vec![html::bold(&format!(
        "☕ {} · {}",
        place.name,
        tr.msg(place.kind.label_key())
    ))];
    lines.extend(place.about.get(tr.locale).map(html::escape));
    lines.extend(
        place
            .address
            .as_ref()
            .map(|a| html::escape(&format!("📍 {a}"))),
    );
    lines.extend(
        place
            .url
            .as_ref()
            .map(|u| format!("🌐 {}", html::link(&html::host(u), u))),
    );
    lines.extend(unconfirmed_line(tr, &place.provenance));
    lines.join("\n")
}

fn unconfirmed_line(tr: Tr<'_>, provenance: &Provenance) -> Option<String> {
    (!provenance.confirmed).then(|| html::escape(&format!("⚠️ {}", tr.msg("unconfirmed"))))
}

pub(crate) fn hours_text(tr: Tr<'_>, hours: &crate::content::Hours) -> String {
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

/// A source as an HTML line: a text link to the page and the day it was
/// checked.
pub(crate) fn source_line(tr: Tr<'_>, url: &str, checked: chrono::NaiveDate) -> String {
    html::message(
        &tr,
        "source-line",
        &[("date", format_date(checked))],
        &[("link", html::link(&html::host(url), url))],
    )
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
    fn every_group_has_three_distinct_steps_and_only_its_own_permit() {
        let citizenships = [
            None,
            Some(Citizenship::Nordic),
            Some(Citizenship::Eea),
            Some(Citizenship::Other),
        ];
        for category in Category::ALL {
            for citizenship in citizenships {
                let steps = first_steps(*category, citizenship);
                assert!(steps[0] != steps[1] && steps[1] != steps[2] && steps[0] != steps[2]);
                let eea = steps.contains(&FirstStep::EeaRegistration);
                assert_eq!(
                    eea,
                    citizenship == Some(Citizenship::Eea) && *category != Category::Refugee
                );
                let permit = steps.iter().any(|s| {
                    matches!(
                        s,
                        FirstStep::WorkPermit
                            | FirstStep::FamilyPermit
                            | FirstStep::ResidencePermit
                    )
                });
                assert_eq!(
                    permit,
                    citizenship == Some(Citizenship::Other) && *category != Category::Refugee
                );
            }
        }
    }
}
