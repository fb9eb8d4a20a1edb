//! The ten languages velkommen speaks, their codes and their fallback chains.

use serde::{Deserialize, Serialize};

/// A shipped locale. `Nb` (Norwegian Bokmål) is the reference.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Locale {
    Nb,
    Nn,
    En,
    Uk,
    Pl,
    Lt,
    Ar,
    So,
    Ti,
    /// Dari, the Persian of Afghanistan.
    Prs,
}

impl Locale {
    /// Every shipped locale, in the order the language picker shows them.
    pub const ALL: [Locale; 10] = [
        Locale::Nb,
        Locale::Nn,
        Locale::En,
        Locale::Uk,
        Locale::Pl,
        Locale::Lt,
        Locale::Ar,
        Locale::So,
        Locale::Ti,
        Locale::Prs,
    ];

    /// The reference locale every other locale is checked against.
    pub const REFERENCE: Locale = Locale::Nb;

    /// The code used in `locales/<code>/`, in the database and in buttons.
    pub fn code(self) -> &'static str {
        match self {
            Locale::Nb => "nb",
            Locale::Nn => "nn",
            Locale::En => "en",
            Locale::Uk => "uk",
            Locale::Pl => "pl",
            Locale::Lt => "lt",
            Locale::Ar => "ar",
            Locale::So => "so",
            Locale::Ti => "ti",
            Locale::Prs => "prs",
        }
    }

    /// Parses one of our own codes (`nb`, `prs`, …). Anything else is `None`.
    pub fn from_code(code: &str) -> Option<Locale> {
        Locale::ALL.into_iter().find(|l| l.code() == code)
    }

    /// Maps a Telegram `language_code` (an IETF tag such as `uk`, `pt-BR`,
    /// `fa-AF`) to the locale we should start in, if we ship one for it.
    ///
    /// Norwegian without a written standard (`no`) means Bokmål; Persian
    /// (`fa`) speakers are offered Dari, which they read without effort.
    pub fn from_telegram(language_code: &str) -> Option<Locale> {
        let primary = language_code
            .split(['-', '_'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match primary.as_str() {
            "nb" | "no" => Some(Locale::Nb),
            "fa" => Some(Locale::Prs),
            other => Locale::from_code(other),
        }
    }

    /// The language code Telegram clients report for readers of this locale;
    /// used with `setMyCommands`, which only takes two-letter codes.
    pub fn telegram_code(self) -> &'static str {
        match self {
            Locale::Prs => "fa",
            other => other.code(),
        }
    }

    /// The locales to try, in order, when a message is missing in this one:
    /// nn → nb; everything else → en → nb.
    pub fn fallback_chain(self) -> &'static [Locale] {
        match self {
            Locale::Nb => &[Locale::Nb],
            Locale::Nn => &[Locale::Nn, Locale::Nb],
            Locale::En => &[Locale::En, Locale::Nb],
            Locale::Uk => &[Locale::Uk, Locale::En, Locale::Nb],
            Locale::Pl => &[Locale::Pl, Locale::En, Locale::Nb],
            Locale::Lt => &[Locale::Lt, Locale::En, Locale::Nb],
            Locale::Ar => &[Locale::Ar, Locale::En, Locale::Nb],
            Locale::So => &[Locale::So, Locale::En, Locale::Nb],
            Locale::Ti => &[Locale::Ti, Locale::En, Locale::Nb],
            Locale::Prs => &[Locale::Prs, Locale::En, Locale::Nb],
        }
    }

    /// The language whose CLDR plural rules this locale follows. Dari has no
    /// rules of its own in CLDR; it counts like Persian.
    pub(crate) fn plural_rules_tag(self) -> &'static str {
        match self {
            Locale::Prs => "fa",
            other => other.code(),
        }
    }

    /// Written right to left.
    pub fn is_rtl(self) -> bool {
        matches!(self, Locale::Ar | Locale::Prs)
    }
}

impl std::fmt::Display for Locale {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn telegram_codes_map_to_shipped_locales() {
        assert_eq!(Locale::from_telegram("uk"), Some(Locale::Uk));
        assert_eq!(Locale::from_telegram("pl-PL"), Some(Locale::Pl));
        assert_eq!(Locale::from_telegram("no"), Some(Locale::Nb));
        assert_eq!(Locale::from_telegram("fa-AF"), Some(Locale::Prs));
        assert_eq!(Locale::from_telegram("en-GB"), Some(Locale::En));
        assert_eq!(Locale::from_telegram("ru"), None);
        assert_eq!(Locale::from_telegram(""), None);
    }

    #[test]
    fn every_chain_starts_with_itself_and_ends_in_bokmal() {
        for locale in Locale::ALL {
            let chain = locale.fallback_chain();
            assert_eq!(chain.first(), Some(&locale));
            assert_eq!(chain.last(), Some(&Locale::Nb));
        }
    }

    #[test]
    fn codes_round_trip() {
        for locale in Locale::ALL {
            assert_eq!(Locale::from_code(locale.code()), Some(locale));
        }
    }
}
