//! Newcomers: who they are (as far as they tell us), and the answers the
//! onboarding asks for. Every answer is optional and changeable.

use chrono::{DateTime, Datelike, Utc};
use serde::{Deserialize, Serialize};

use crate::i18n::Locale;

/// Which messenger a chat belongs to. The terminal chat is a local channel:
/// nothing is ever delivered to it from the outbox.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Channel {
    Telegram,
    Terminal,
}

impl Channel {
    pub fn code(self) -> &'static str {
        match self {
            Channel::Telegram => "telegram",
            Channel::Terminal => "terminal",
        }
    }

    pub fn from_code(code: &str) -> Option<Channel> {
        match code {
            "telegram" => Some(Channel::Telegram),
            "terminal" => Some(Channel::Terminal),
            _ => None,
        }
    }
}

/// A private chat with one person: the key of everything we store about them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ChatKey {
    pub channel: Channel,
    pub id: i64,
}

impl ChatKey {
    pub fn telegram(id: i64) -> ChatKey {
        ChatKey {
            channel: Channel::Telegram,
            id,
        }
    }

    pub fn terminal(id: i64) -> ChatKey {
        ChatKey {
            channel: Channel::Terminal,
            id,
        }
    }
}

/// Implements code/label conversions for a small answer enum.
macro_rules! answer_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident => $code:literal, $key:literal),* $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, ::serde::Serialize, ::serde::Deserialize)]
        pub enum $name { $($(#[$vmeta])* $variant),* }

        impl $name {
            /// Every answer, in the order buttons show them.
            pub const ALL: &'static [$name] = &[$($name::$variant),*];

            /// The stable code stored in the database and in buttons.
            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),* }
            }

            /// Parses a stored code.
            pub fn from_code(code: &str) -> Option<$name> {
                match code { $($code => Some($name::$variant),)* _ => None }
            }

            /// The message key of the label.
            pub fn label_key(self) -> &'static str {
                match self { $($name::$variant => $key),* }
            }
        }
    };
}

pub(crate) use answer_enum;

answer_enum!(
    /// How a newcomer came: the study's three groups, and everyone else.
    Category {
        Refugee => "refugee", "category-refugee",
        /// Arbeidsinnvandrer: came to work.
        Labour => "labour", "category-labour",
        /// Familieinnvandrer: came to join family.
        Family => "family", "category-family",
        Other => "other", "category-other",
    }
);

answer_enum!(
    /// Who a newcomer lives with here.
    Household {
        Alone => "alone", "household-alone",
        Partner => "partner", "household-partner",
        Children => "children", "household-children",
        /// With parents, grown-up children, siblings or other relatives.
        Relatives => "relatives", "household-relatives",
    }
);

answer_enum!(
    /// Which rules of entry apply: the group of the person's citizenship,
    /// never the country. Asked of everyone but refugees, because it decides
    /// the first steps (police registration, a work or family permit, or
    /// only a report of the move).
    Citizenship {
        /// Denmark, Finland, Iceland, Sweden: report the move, nothing more.
        Nordic => "nordic", "citizenship-nordic",
        /// The rest of the EU/EEA and Switzerland: register with the police.
        Eea => "eea", "citizenship-eea",
        /// Everyone else: a residence permit from UDI.
        Other => "other", "citizenship-other",
    }
);

/// A calendar month.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct YearMonth {
    pub year: i32,
    pub month: u32,
}

impl YearMonth {
    pub fn of<T: Datelike>(date: &T) -> YearMonth {
        YearMonth {
            year: date.year(),
            month: date.month(),
        }
    }

    /// The month `n` months before this one.
    pub fn minus(self, n: u32) -> YearMonth {
        let index = self.year * 12 + self.month as i32 - 1 - n as i32;
        YearMonth {
            year: index.div_euclid(12),
            month: index.rem_euclid(12) as u32 + 1,
        }
    }

    /// The month `n` months later.
    pub fn plus(self, n: u32) -> YearMonth {
        let index = self.year * 12 + self.month as i32 - 1 + n as i32;
        YearMonth {
            year: index.div_euclid(12),
            month: index.rem_euclid(12) as u32 + 1,
        }
    }

    fn parse(s: &str) -> Option<YearMonth> {
        let (year, month) = s.split_once('-')?;
        if year.len() != 4 || month.len() != 2 {
            return None;
        }
        let year: i32 = year.parse().ok()?;
        let month: u32 = month.parse().ok()?;
        ((1900..=9999).contains(&year) && (1..=12).contains(&month))
            .then_some(YearMonth { year, month })
    }
}

/// When a newcomer arrived in the municipality.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Arrival {
    /// Still to come: people often write before they move.
    NotYet,
    Month(YearMonth),
    /// More than a year ago.
    Earlier,
}

impl Arrival {
    /// The stable code: `not-yet`, `earlier` or `2026-03`.
    pub fn code(self) -> String {
        match self {
            Arrival::NotYet => "not-yet".into(),
            Arrival::Earlier => "earlier".into(),
            Arrival::Month(m) => format!("{:04}-{:02}", m.year, m.month),
        }
    }

    pub fn from_code(code: &str) -> Option<Arrival> {
        match code {
            "not-yet" => Some(Arrival::NotYet),
            "earlier" => Some(Arrival::Earlier),
            other => YearMonth::parse(other).map(Arrival::Month),
        }
    }
}

/// Whether we may still send messages to a newcomer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Active,
    /// Telegram said the bot was blocked (or the chat is gone): send nothing.
    Unreachable,
}

impl Status {
    pub fn code(self) -> &'static str {
        match self {
            Status::Active => "active",
            Status::Unreachable => "unreachable",
        }
    }

    pub fn from_code(code: &str) -> Option<Status> {
        match code {
            "active" => Some(Status::Active),
            "unreachable" => Some(Status::Unreachable),
            _ => None,
        }
    }
}

/// A person who has consented to velkommen storing their answers.
#[derive(Clone, Debug, PartialEq)]
pub struct Newcomer {
    pub chat: ChatKey,
    /// The slug of their municipality (the tenant).
    pub municipality: Option<String>,
    pub locale: Locale,
    pub category: Option<Category>,
    pub arrival: Option<Arrival>,
    pub household: Option<Household>,
    pub wants_mentor: Option<bool>,
    /// Asked only of those it concerns (see [`Newcomer::asks_citizenship`]).
    pub citizenship: Option<Citizenship>,
    pub consented_at: DateTime<Utc>,
    pub status: Status,
    pub created_at: DateTime<Utc>,
}

/// One question of the profile, asked with buttons and changeable later.
/// The names are stored in conversation states: add, never rename.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Question {
    Municipality,
    Category,
    /// Asked only of those it concerns: not of refugees.
    Citizenship,
    Arrival,
    Household,
    Mentor,
}

impl Question {
    /// The questions in the order onboarding asks them.
    pub const ORDER: [Question; 6] = [
        Question::Municipality,
        Question::Category,
        Question::Citizenship,
        Question::Arrival,
        Question::Household,
        Question::Mentor,
    ];

    /// The question before this one in [`Question::ORDER`], if any.
    pub fn previous(self) -> Option<Question> {
        let i = Question::ORDER.iter().position(|q| *q == self)?;
        i.checked_sub(1).map(|j| Question::ORDER[j])
    }
}

impl Newcomer {
    /// Whether this person is asked `question` (the citizenship is not
    /// asked of refugees).
    pub fn is_asked(&self, question: Question) -> bool {
        question != Question::Citizenship || self.asks_citizenship()
    }

    /// The first question still to answer, in order; `known_municipality`
    /// says whether a municipality still has a content pack.
    pub fn first_unanswered(&self, known_municipality: impl Fn(&str) -> bool) -> Option<Question> {
        Question::ORDER.into_iter().find(|question| match question {
            Question::Municipality => !self
                .municipality
                .as_deref()
                .is_some_and(&known_municipality),
            Question::Category => self.category.is_none(),
            Question::Citizenship => self.asks_citizenship() && self.citizenship.is_none(),
            Question::Arrival => self.arrival.is_none(),
            Question::Household => self.household.is_none(),
            Question::Mentor => self.wants_mentor.is_none(),
        })
    }

    /// The question before `question` that this person is asked, if any.
    pub fn previous_question(&self, question: Question) -> Option<Question> {
        let mut previous = question.previous();
        while previous.is_some_and(|q| !self.is_asked(q)) {
            previous = previous.and_then(Question::previous);
        }
        previous
    }

    /// A newcomer who has just consented, with nothing answered yet.
    pub fn consented(chat: ChatKey, locale: Locale, now: DateTime<Utc>) -> Newcomer {
        Newcomer {
            chat,
            municipality: None,
            locale,
            category: None,
            arrival: None,
            household: None,
            wants_mentor: None,
            citizenship: None,
            consented_at: now,
            status: Status::Active,
            created_at: now,
        }
    }

    /// Whether the citizenship question concerns this person: everyone who
    /// has said who they are, except refugees (whose rules do not depend on
    /// it).
    pub fn asks_citizenship(&self) -> bool {
        self.category.is_some_and(|c| c != Category::Refugee)
    }

    /// The citizenship whose rules apply: refugees come under the rules for
    /// people from outside the EU/EEA; `None` while unknown.
    pub fn rules_citizenship(&self) -> Option<Citizenship> {
        match self.category {
            Some(Category::Refugee) => Some(Citizenship::Other),
            _ => self.citizenship,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_count_back_across_new_year() {
        let nov = YearMonth {
            year: 2026,
            month: 11,
        };
        assert_eq!(
            nov.minus(11),
            YearMonth {
                year: 2025,
                month: 12
            }
        );
        assert_eq!(
            nov.minus(10),
            YearMonth {
                year: 2026,
                month: 1
            }
        );
        assert_eq!(nov.minus(0), nov);
    }

    #[test]
    fn arrival_codes_round_trip_and_reject_nonsense() {
        for code in ["not-yet", "earlier", "2026-03", "1999-12"] {
            assert_eq!(Arrival::from_code(code).unwrap().code(), code);
        }
        for bad in ["2026-13", "2026-3", "26-03", "", "soon", "2026-00"] {
            assert_eq!(Arrival::from_code(bad), None, "{bad}");
        }
    }

    #[test]
    fn category_codes_round_trip() {
        for c in Category::ALL {
            assert_eq!(Category::from_code(c.code()), Some(*c));
        }
        assert_eq!(Category::from_code("tourist"), None);
    }
}
