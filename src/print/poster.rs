//! Posters for the service centre, the library and employers' notice
//! boards: one that welcomes newcomers in all ten languages, and one that
//! recruits faddere. Each has a QR code and the short link, which open the
//! bot already in the municipality (or in the fadder sign-up).

use typst::foundations::Value;

use super::typeset::{self, array, bytes, dict, plain, record, text};
use super::{PrintError, Printed, deep_link, qr_svg};
use crate::args;
use crate::content::Municipality;
use crate::i18n::{I18n, Locale};

/// Who a poster speaks to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Audience {
    /// Newcomers: "welcome" in every language; the QR code opens the bot
    /// in the municipality.
    Newcomers,
    /// Volunteers: become a fadder; the QR code opens the fadder sign-up.
    Mentors,
}

impl Audience {
    /// The deep link's payload for a municipality.
    pub fn payload(self, slug: &str) -> String {
        match self {
            Audience::Newcomers => slug.to_owned(),
            Audience::Mentors => format!("fadder-{slug}"),
        }
    }

    /// What the file is called: `velkommen-plakat-haram.pdf`.
    pub fn file_name(self, slug: &str) -> String {
        match self {
            Audience::Newcomers => format!("velkommen-plakat-{slug}.pdf"),
            Audience::Mentors => format!("velkommen-fadderplakat-{slug}.pdf"),
        }
    }
}

/// A poster as an A4 PDF. `locale` is the language of the title (the
/// municipality's own: Bokmål or Nynorsk) and, for the fadder poster, of
/// all its text.
pub fn poster_pdf(
    i18n: &I18n,
    municipality: &Municipality,
    audience: Audience,
    locale: Locale,
    bot_username: &str,
    today: chrono::NaiveDate,
) -> Result<Printed, PrintError> {
    let link = deep_link(bot_username, &audience.payload(&municipality.slug));
    let name = municipality.short_name.as_str();
    let in_language = |locale: Locale, key: &str| {
        plain(
            &i18n
                .tr(locale)
                .msg_args(key, &args!["municipality" => name]),
        )
    };
    let (title, subtitle, lines) = match audience {
        Audience::Newcomers => (
            in_language(locale, "poster-welcome"),
            text(&in_language(locale, "poster-what")),
            // The title says it in the municipality's Norwegian; the
            // other nine languages below it.
            Locale::ALL
                .into_iter()
                .filter(|l| *l != locale)
                .map(|l| {
                    record([
                        ("lang", text(typeset::lang(l))),
                        ("fonts", typeset::fonts(l)),
                        ("scale", typeset::scale(l)),
                        ("welcome", text(&in_language(l, "poster-welcome"))),
                        ("what", text(&in_language(l, "poster-what"))),
                    ])
                })
                .collect::<Vec<Value>>(),
        ),
        Audience::Mentors => (
            in_language(locale, "poster-mentor-title"),
            Value::None,
            vec![record([
                ("lang", text(typeset::lang(locale))),
                ("fonts", typeset::fonts(locale)),
                ("scale", typeset::scale(locale)),
                ("welcome", text(&in_language(locale, "poster-mentor-body"))),
                ("what", text(&in_language(locale, "poster-mentor-scan"))),
            ])],
        ),
    };
    let inputs = dict([
        ("lang", text(typeset::lang(locale))),
        ("fonts", typeset::fonts(locale)),
        (
            "audience",
            text(match audience {
                Audience::Newcomers => "newcomers",
                Audience::Mentors => "mentors",
            }),
        ),
        ("title", text(&title)),
        ("subtitle", subtitle),
        ("blocks", array(lines)),
        ("qr", bytes(qr_svg(&link)?.into_bytes())),
        ("qr_link", text(link.trim_start_matches("https://"))),
        (
            "footer",
            text(&format!(
                "velkommen · {} · {}",
                municipality.name,
                crate::i18n::format_date(today)
            )),
        ),
    ]);
    typeset::typeset(typeset::POSTER, inputs)
}
