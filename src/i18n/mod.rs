//! Localization: the Fluent bundles for the ten shipped locales, lookup with
//! fallback, and Norwegian-style numbers and dates.
//!
//! The `.ftl` sources are compiled into the binary, so the service runs from
//! any directory. Placeable isolation (U+2068/U+2069) is turned off for every
//! locale: Telegram lays out bidirectional text itself, and the marks would
//! leak into copied text (see DESIGN.md, "Localization").

mod check;
mod locale;

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::{Datelike, NaiveDate};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

pub use check::check_locales;
pub use locale::Locale;

/// One `.ftl` file compiled into the binary.
pub struct Source {
    pub locale: Locale,
    pub path: &'static str,
    pub text: &'static str,
}

macro_rules! sources {
    ($($locale:ident => $code:literal),* $(,)?) => {
        &[$(
            Source {
                locale: Locale::$locale,
                path: concat!("locales/", $code, "/velkommen.ftl"),
                text: include_str!(concat!("../../locales/", $code, "/velkommen.ftl")),
            },
            Source {
                locale: Locale::$locale,
                path: concat!("locales/", $code, "/mentors.ftl"),
                text: include_str!(concat!("../../locales/", $code, "/mentors.ftl")),
            },
            Source {
                locale: Locale::$locale,
                path: concat!("locales/", $code, "/followups.ftl"),
                text: include_str!(concat!("../../locales/", $code, "/followups.ftl")),
            },
        )*]
    };
}

/// Every Fluent source shipped with velkommen: per locale, the main file,
/// the mentor scheme's (faddere: volunteers, vetting, matches) and the
/// follow-ups' (the pulse, /pause, insight).
pub const SOURCES: &[Source] = sources!(
    Nb => "nb", Nn => "nn", En => "en", Uk => "uk", Pl => "pl",
    Lt => "lt", Ar => "ar", So => "so", Ti => "ti", Prs => "prs",
);

/// A problem found while loading or checking the locales.
#[derive(Debug, thiserror::Error)]
#[error("{path}: {message}")]
pub struct LocaleProblem {
    pub path: String,
    pub message: String,
}

/// The loaded translations.
pub struct I18n {
    bundles: BTreeMap<Locale, FluentBundle<FluentResource>>,
    strict: bool,
    /// Every message that needs no arguments, already formatted for every
    /// locale (with fallback): most button labels and prompts. A turn shows
    /// dozens of them; formatting each anew was a good part of its time.
    plain: BTreeMap<Locale, HashMap<String, String>>,
}

impl I18n {
    /// Loads every shipped locale. Fails with every parse problem found.
    pub fn load() -> Result<I18n, Vec<LocaleProblem>> {
        let mut bundles = BTreeMap::new();
        let mut problems = Vec::new();
        let mut keys = BTreeSet::new();
        for source in SOURCES {
            let resource = match FluentResource::try_new(source.text.to_owned()) {
                Ok(resource) => resource,
                Err((_, errors)) => {
                    problems.extend(errors.into_iter().map(|e| LocaleProblem {
                        path: source.path.to_owned(),
                        message: format!("syntax error: {e:?}"),
                    }));
                    continue;
                }
            };
            keys.extend(resource.entries().filter_map(|entry| match entry {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                _ => None,
            }));
            let bundle = bundles
                .entry(source.locale)
                .or_insert_with(|| new_bundle(source.locale));
            if let Err(errors) = bundle.add_resource(resource) {
                problems.extend(errors.into_iter().map(|e| LocaleProblem {
                    path: source.path.to_owned(),
                    message: e.to_string(),
                }));
            }
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        let mut i18n = I18n {
            bundles,
            strict: false,
            plain: BTreeMap::new(),
        };
        let plain = Locale::ALL
            .into_iter()
            .map(|locale| {
                let formatted = keys
                    .iter()
                    .filter_map(|key| Some((key.clone(), i18n.format_plain(locale, key)?)))
                    .collect();
                (locale, formatted)
            })
            .collect();
        i18n.plain = plain;
        i18n.keep_only_messages_with_arguments(&keys);
        Ok(i18n)
    }

    /// Rebuilds the bundles with only the terms and the messages that some
    /// locale cannot format without arguments: every other message is in
    /// `plain` already, in every locale. The parsed messages were most of
    /// the service's memory for texts (3.9 of 5.2 MB for ten locales).
    /// A key keeps its message in every locale if it takes arguments in
    /// any, so a call with arguments finds the same locale as before.
    fn keep_only_messages_with_arguments(&mut self, keys: &BTreeSet<String>) {
        let with_arguments: BTreeSet<&str> = keys
            .iter()
            .filter(|key| {
                Locale::ALL
                    .iter()
                    .any(|locale| !self.plain.get(locale).is_some_and(|m| m.contains_key(*key)))
            })
            .map(String::as_str)
            .collect();
        let mut slim = BTreeMap::new();
        for source in SOURCES {
            let mut text = String::new();
            for (id, entry) in entries(source.text) {
                if id.starts_with('-') || with_arguments.contains(id) {
                    text.push_str(entry);
                    if !entry.ends_with('\n') {
                        text.push('\n');
                    }
                }
            }
            let Ok(resource) = FluentResource::try_new(text) else {
                // The split below is simpler than Fluent's grammar; should a
                // file ever defeat it, that locale keeps all its messages.
                tracing::warn!(path = source.path, "kept every message of a locale");
                return;
            };
            let bundle = slim
                .entry(source.locale)
                .or_insert_with(|| new_bundle(source.locale));
            if bundle.add_resource(resource).is_err() {
                tracing::warn!(path = source.path, "kept every message of a locale");
                return;
            }
        }
        self.bundles = slim;
    }

    /// Like [`I18n::load`], but a missing message or a formatting error
    /// panics instead of being logged. For tests only.
    pub fn load_strict() -> Result<I18n, Vec<LocaleProblem>> {
        let mut i18n = I18n::load()?;
        i18n.strict = true;
        Ok(i18n)
    }

    /// A translator bound to one locale.
    pub fn tr(&self, locale: Locale) -> Tr<'_> {
        Tr { i18n: self, locale }
    }

    /// The message formatted without arguments, if that works without
    /// errors (it does not for messages that use variables).
    fn format_plain(&self, locale: Locale, key: &str) -> Option<String> {
        for candidate in locale.fallback_chain() {
            let Some(bundle) = self.bundles.get(candidate) else {
                continue;
            };
            let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else {
                continue;
            };
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, None, &mut errors);
            return errors.is_empty().then(|| text.into_owned());
        }
        None
    }

    fn format(&self, locale: Locale, key: &str, args: Option<&FluentArgs>) -> String {
        if args.is_none()
            && let Some(text) = self.plain.get(&locale).and_then(|m| m.get(key))
        {
            return text.clone();
        }
        for candidate in locale.fallback_chain() {
            let Some(bundle) = self.bundles.get(candidate) else {
                continue;
            };
            let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else {
                continue;
            };
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, args, &mut errors);
            if !errors.is_empty() {
                if self.strict {
                    panic!("formatting {key} in {candidate}: {errors:?}");
                }
                tracing::warn!(%key, locale = %candidate, ?errors, "message formatted with errors");
            }
            return text.into_owned();
        }
        // A message that takes no arguments, asked for with some.
        if let Some(text) = self.plain.get(&locale).and_then(|m| m.get(key)) {
            return text.clone();
        }
        if self.strict {
            panic!("message {key} exists in no locale of the chain for {locale}");
        }
        tracing::error!(%key, %locale, "missing message");
        key.to_owned()
    }
}

/// The entries of a Fluent source, each as its id (`-name` for a term)
/// and its text: from the line that starts it (an identifier at the start
/// of a line) up to the next line that starts with anything but white
/// space (a comment, the next entry). Comments are left out.
fn entries(text: &str) -> Vec<(&str, &str)> {
    let mut starts = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let first = line.chars().next().unwrap_or(' ');
        if !first.is_whitespace() {
            starts.push(offset);
        }
        offset += line.len();
    }
    starts.push(text.len());
    starts
        .windows(2)
        .filter_map(|pair| {
            let entry = &text[pair[0]..pair[1]];
            let id = entry.split(['=', ' ', '\n']).next()?.trim_end();
            let is_entry = id
                .trim_start_matches('-')
                .starts_with(|c: char| c.is_ascii_alphabetic())
                && entry[id.len()..].trim_start_matches(' ').starts_with('=');
            is_entry.then_some((id, entry))
        })
        .collect()
}

fn new_bundle(locale: Locale) -> FluentBundle<FluentResource> {
    let tag = locale
        .plural_rules_tag()
        .parse()
        .expect("every plural rules tag is a valid language identifier");
    let mut bundle = FluentBundle::new_concurrent(vec![tag]);
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(group_whole_numbers));
    bundle
}

/// Fluent's own number formatting does no grouping; whole numbers are shown
/// Norwegian style instead, with a no-break space between thousands.
fn group_whole_numbers<M>(value: &FluentValue, _: &M) -> Option<String> {
    match value {
        FluentValue::Number(number)
            if number.value.fract() == 0.0 && number.value.abs() < 9.0e15 =>
        {
            Some(format_number(number.value as i64))
        }
        _ => None,
    }
}

/// A translator bound to one locale: the only way code produces user-facing text.
#[derive(Clone, Copy)]
pub struct Tr<'a> {
    i18n: &'a I18n,
    pub locale: Locale,
}

impl Tr<'_> {
    /// The message `key`, with fallback along the locale's chain.
    pub fn msg(&self, key: &str) -> String {
        self.i18n.format(self.locale, key, None)
    }

    /// The message `key` formatted with `args`.
    pub fn msg_args(&self, key: &str, args: &FluentArgs) -> String {
        self.i18n.format(self.locale, key, Some(args))
    }
}

/// Builds [`FluentArgs`] from `name => value` pairs.
#[macro_export]
macro_rules! args {
    ($($name:literal => $value:expr),* $(,)?) => {{
        #[allow(unused_mut)]
        let mut args = ::fluent_bundle::FluentArgs::new();
        $(args.set($name, $value);)*
        args
    }};
}

/// A whole number written Norwegian style: `8 735`, `11 619`, `-1 000`
/// (the separator is U+00A0 NO-BREAK SPACE, so a number never wraps).
pub fn format_number(n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * 2 + 1);
    if n < 0 {
        out.push('-');
    }
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('\u{a0}');
        }
        out.push(digit);
    }
    out
}

/// A date written Norwegian style: `25.11.2026`.
pub fn format_date(date: NaiveDate) -> String {
    format!("{:02}.{:02}.{}", date.day(), date.month(), date.year())
}

/// The day of an instant in Oslo, written Norwegian style: `25.11.2026`.
pub fn format_oslo_date(at: chrono::DateTime<chrono::Utc>) -> String {
    format_date(at.with_timezone(&chrono_tz::Europe::Oslo).date_naive())
}

/// The message keys (and terms) a locale defines, from its sources.
pub fn keys_of(locale: Locale) -> BTreeSet<String> {
    check::entries_of(locale).into_keys().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_split_finds_every_entry_fluent_finds() {
        for source in SOURCES {
            let resource = FluentResource::try_new(source.text.to_owned()).unwrap();
            let parsed: Vec<String> = resource
                .entries()
                .filter_map(|entry| match entry {
                    fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                    fluent_syntax::ast::Entry::Term(t) => Some(format!("-{}", t.id.name)),
                    _ => None,
                })
                .collect();
            let split: Vec<&str> = entries(source.text).into_iter().map(|(id, _)| id).collect();
            assert_eq!(split, parsed, "{}", source.path);
            // Each entry alone is valid Fluent.
            for (id, entry) in entries(source.text) {
                assert!(
                    FluentResource::try_new(entry.to_owned()).is_ok(),
                    "{}: {id}",
                    source.path
                );
            }
        }
    }

    #[test]
    fn messages_format_the_same_with_only_those_that_take_arguments_kept() {
        let i18n = I18n::load().unwrap();
        let full = {
            let mut bundles = BTreeMap::new();
            for source in SOURCES {
                let resource = FluentResource::try_new(source.text.to_owned()).unwrap();
                bundles
                    .entry(source.locale)
                    .or_insert_with(|| new_bundle(source.locale))
                    .add_resource(resource)
                    .unwrap();
            }
            I18n {
                bundles,
                strict: false,
                plain: BTreeMap::new(),
            }
        };
        let slim: usize = i18n
            .bundles
            .values()
            .map(|b| b.has_message("help-text") as usize)
            .sum();
        assert_eq!(slim, 0, "a message without arguments is only in plain");
        let mut args = FluentArgs::new();
        for (name, value) in [
            ("municipality", "Haram"),
            ("count", "3"),
            ("name", "Språkkafé"),
            ("reference", "S-LMXY"),
            ("date", "08.12.2026"),
        ] {
            args.set(name, value);
        }
        args.set("n", 3);
        let keys: BTreeSet<String> = SOURCES
            .iter()
            .flat_map(|source| entries(source.text))
            .filter(|(id, _)| !id.starts_with('-'))
            .map(|(id, _)| id.to_owned())
            .collect();
        assert!(keys.len() > 400);
        for key in &keys {
            for locale in Locale::ALL {
                assert_eq!(
                    i18n.format(locale, key, Some(&args)),
                    full.format(locale, key, Some(&args)),
                    "{key} in {locale}"
                );
                assert_eq!(
                    i18n.format(locale, key, None),
                    full.format(locale, key, None),
                    "{key} in {locale}"
                );
            }
        }
    }

    #[test]
    fn numbers_are_grouped_norwegian_style() {
        assert_eq!(format_number(0), "0");
        assert_eq!(format_number(999), "999");
        assert_eq!(format_number(8735), "8\u{a0}735");
        assert_eq!(format_number(11_619), "11\u{a0}619");
        assert_eq!(format_number(4_858_199), "4\u{a0}858\u{a0}199");
        assert_eq!(format_number(-1000), "-1\u{a0}000");
    }

    /// The category Fluent picks for `n` in `locale`.
    fn category(locale: Locale, n: i64) -> String {
        let mut bundle = new_bundle(locale);
        let ftl = "c = { $n ->\n [zero] zero\n [one] one\n [two] two\n [few] few\n [many] many\n *[other] other\n}\n";
        bundle
            .add_resource(FluentResource::try_new(ftl.to_owned()).unwrap())
            .unwrap();
        let pattern = bundle.get_message("c").unwrap().value().unwrap();
        let mut errors = Vec::new();
        let args = crate::args!["n" => n];
        bundle
            .format_pattern(pattern, Some(&args), &mut errors)
            .into_owned()
    }

    #[test]
    fn plural_categories_follow_cldr_for_every_shipped_locale() {
        type Classes = &'static [(&'static str, &'static [i64])];
        let table: &[(Locale, Classes)] = &[
            (
                Locale::Nb,
                &[("one", &[1]), ("other", &[0, 2, 5, 21, 8735])],
            ),
            (Locale::Nn, &[("one", &[1]), ("other", &[0, 2, 21])]),
            (Locale::En, &[("one", &[1]), ("other", &[0, 2, 21])]),
            (Locale::So, &[("one", &[1]), ("other", &[0, 2, 21])]),
            (Locale::Ti, &[("one", &[0, 1]), ("other", &[2, 5, 21])]),
            (Locale::Prs, &[("one", &[0, 1]), ("other", &[2, 5, 21])]),
            (
                Locale::Uk,
                &[
                    ("one", &[1, 21, 101, 8731]),
                    ("few", &[2, 4, 22, 8734, 9383]),
                    ("many", &[0, 5, 11, 12, 14, 111, 8735]),
                ],
            ),
            (
                Locale::Pl,
                &[
                    ("one", &[1]),
                    ("few", &[2, 4, 22, 8734, 9383]),
                    ("many", &[0, 5, 11, 21, 8731, 8735]),
                ],
            ),
            (
                Locale::Lt,
                &[
                    ("one", &[1, 21, 101, 8731]),
                    ("few", &[2, 9, 22, 8734, 8735, 9383]),
                    ("other", &[0, 10, 11, 19, 111, 8711, 8730]),
                ],
            ),
            (
                Locale::Ar,
                &[
                    ("zero", &[0]),
                    ("one", &[1]),
                    ("two", &[2]),
                    ("few", &[3, 10, 103, 8703]),
                    ("many", &[11, 99, 111, 5722, 8735, 9383]),
                    ("other", &[100, 101, 102, 8700]),
                ],
            ),
        ];
        for (locale, classes) in table {
            for (expected, numbers) in *classes {
                for n in *numbers {
                    assert_eq!(category(*locale, *n), *expected, "{locale} {n}");
                }
            }
        }
    }

    #[test]
    fn dates_are_day_month_year_with_dots() {
        let date = NaiveDate::from_ymd_opt(2026, 11, 5).unwrap();
        assert_eq!(format_date(date), "05.11.2026");
    }
}
