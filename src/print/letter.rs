//! The welcome letter on paper: the same words as in the chat
//! ([`crate::letter::letter_text`]), then the municipality's contacts and
//! meeting places in full — on paper there is no button to tap — and a QR
//! code that opens the bot in the municipality.

use typst::foundations::{Dict, Value};

use super::typeset::{self, array, bytes, dict, maybe, plain, record, text};
use super::{PrintError, Printed, deep_link, qr_svg};
use crate::args;
use crate::content::{Content, MeetingPlace, Municipality, Office, OfficeKind, PlaceKind};
use crate::html;
use crate::i18n::Tr;
use crate::letter::{Linked, hours_text, letter_text};
use crate::newcomers::Newcomer;

/// Whose letter, in which language, and how to reach the bot.
pub struct LetterFor<'a> {
    /// The reader's language.
    pub tr: Tr<'a>,
    pub content: &'a Content,
    pub municipality: &'a Municipality,
    /// Their group, citizenship and household decide the first steps.
    pub newcomer: &'a Newcomer,
    /// Without it the letter has no QR code (the chat knows it; a command
    /// line without a token or `--bot-username` does not).
    pub bot_username: Option<&'a str>,
    /// The day it is printed, in its footer.
    pub today: chrono::NaiveDate,
}

/// The welcome letter as an A4 PDF in the reader's language.
pub fn letter_pdf(letter: &LetterFor<'_>) -> Result<Printed, PrintError> {
    typeset::typeset(typeset::LETTER, inputs(letter)?)
}

fn inputs(letter: &LetterFor<'_>) -> Result<Dict, PrintError> {
    let LetterFor {
        tr,
        content,
        municipality,
        newcomer,
        bot_username,
        today,
    } = *letter;
    let words = letter_text(tr, content, municipality, newcomer);
    let name = municipality.short_name.as_str();
    let (qr, qr_link) = match bot_username {
        Some(bot) => {
            let link = deep_link(bot, &municipality.slug);
            (
                bytes(qr_svg(&link)?.into_bytes()),
                text(link.trim_start_matches("https://")),
            )
        }
        None => (Value::None, Value::None),
    };
    let library_is_a_place = municipality
        .meeting_places
        .iter()
        .any(|p| p.kind == PlaceKind::Library);
    let offices = OfficeKind::ALL
        .iter()
        .filter(|kind| !(library_is_a_place && **kind == OfficeKind::Library))
        .flat_map(|kind| municipality.offices.iter().filter(move |o| o.kind == *kind))
        .map(|office| office_value(tr, office));
    Ok(dict([
        ("lang", text(typeset::lang(tr.locale))),
        ("fonts", typeset::fonts(tr.locale)),
        ("scale", typeset::scale(tr.locale)),
        ("title", text(&municipality.name)),
        ("greeting", text(&plain(&words.greeting))),
        ("population", text(&plain(&words.population))),
        ("population_source", linked(&words.population_source)),
        (
            "population_unconfirmed",
            maybe(words.population_unconfirmed.as_deref()),
        ),
        ("steps_title", text(&plain(&words.steps_title))),
        ("steps", array(words.steps.iter().map(linked))),
        (
            "children",
            words.children.as_ref().map_or(Value::None, linked),
        ),
        (
            "contacts_title",
            text(&plain(
                &tr.msg_args("contacts-title", &args!["municipality" => name]),
            )),
        ),
        ("offices", array(offices)),
        ("website", link_value(&municipality.website)),
        (
            "places_title",
            text(&plain(&tr.msg_args(
                "meeting-places-title",
                &args!["municipality" => name],
            ))),
        ),
        (
            "places",
            array(
                municipality
                    .meeting_places
                    .iter()
                    .map(|place| place_value(tr, place)),
            ),
        ),
        ("places_none", text(&plain(&tr.msg("meeting-places-none")))),
        ("qr", qr),
        ("qr_link", qr_link),
        (
            "qr_caption",
            text(&tr.msg_args("print-letter-qr", &args!["municipality" => name])),
        ),
        (
            "footer",
            text(&format!(
                "velkommen · {} · {}",
                municipality.name,
                crate::i18n::format_date(today)
            )),
        ),
    ]))
}

/// A line with its link (`none` without one).
fn linked(line: &Linked) -> Value {
    record([
        ("text", text(&plain(&line.text))),
        ("link", line.url.as_deref().map_or(Value::None, link_value)),
    ])
}

/// A link as its address and what is printed of it: the host, which a
/// reader can type.
fn link_value(url: &str) -> Value {
    record([("url", text(url)), ("label", text(&html::host(url)))])
}

fn office_value(tr: Tr<'_>, office: &Office) -> Value {
    let kind = tr.msg(office.kind.label_key());
    let heading = match &office.name {
        Some(name) => format!("{name} · {kind}"),
        None => kind,
    };
    let mut lines: Vec<Value> = Vec::new();
    lines.extend(office.address.as_deref().map(text));
    lines.extend(office.phone.as_deref().map(|p| text(&format!("☎ {p}"))));
    lines.extend(office.email.as_deref().map(|e| text(&format!("✉ {e}"))));
    lines.extend(office.hours.as_ref().map(|h| text(&hours_text(tr, h))));
    lines.extend(
        office
            .about
            .as_ref()
            .and_then(|a| a.get(tr.locale))
            .map(|a| text(&plain(a))),
    );
    record([
        ("heading", text(&heading)),
        ("lines", array(lines)),
        (
            "link",
            office.url.as_deref().map_or(Value::None, link_value),
        ),
        ("unconfirmed", unconfirmed(tr, office.provenance.confirmed)),
    ])
}

fn place_value(tr: Tr<'_>, place: &MeetingPlace) -> Value {
    let mut lines: Vec<Value> = Vec::new();
    lines.extend(place.about.get(tr.locale).map(|a| text(&plain(a))));
    lines.extend(place.address.as_deref().map(text));
    record([
        (
            "heading",
            text(&format!(
                "{} · {}",
                place.name,
                tr.msg(place.kind.label_key())
            )),
        ),
        ("lines", array(lines)),
        ("link", place.url.as_deref().map_or(Value::None, link_value)),
        ("unconfirmed", unconfirmed(tr, place.provenance.confirmed)),
    ])
}

/// The "not yet confirmed" mark of an example entry, or `none`.
fn unconfirmed(tr: Tr<'_>, confirmed: bool) -> Value {
    if confirmed {
        Value::None
    } else {
        text(&plain(&tr.msg("unconfirmed")))
    }
}
