//! Button callback data: a small versioned code such as `1:k:refugee`,
//! always ≤ 64 bytes, decoded with validation. Anything stale, forged or
//! malformed decodes to an error the engine answers politely.

use crate::content::is_slug;
use crate::i18n::Locale;
use crate::newcomers::{Arrival, Category, Household};

/// Telegram's limit on callback data.
pub const MAX_CALLBACK_BYTES: usize = 64;
const VERSION: &str = "1";

/// One onboarding question, answerable with buttons and changeable later.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Field {
    Municipality,
    Category,
    Arrival,
    Household,
    Mentor,
}

impl Field {
    /// The questions in the order onboarding asks them.
    pub const ORDER: [Field; 5] = [
        Field::Municipality,
        Field::Category,
        Field::Arrival,
        Field::Household,
        Field::Mentor,
    ];

    fn code(self) -> &'static str {
        match self {
            Field::Municipality => "m",
            Field::Category => "k",
            Field::Arrival => "a",
            Field::Household => "h",
            Field::Mentor => "f",
        }
    }

    fn from_code(code: &str) -> Option<Field> {
        Field::ORDER.into_iter().find(|f| f.code() == code)
    }

    /// The question before this one, if any.
    pub fn previous(self) -> Option<Field> {
        let i = Field::ORDER.iter().position(|f| *f == self)?;
        i.checked_sub(1).map(|j| Field::ORDER[j])
    }
}

/// An entry of the main menu (or the guest menu).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MenuItem {
    Menu,
    Letter,
    Info,
    Settings,
    MyData,
    Privacy,
    Delete,
    Help,
    Language,
    SignUp,
}

impl MenuItem {
    const ALL: [MenuItem; 10] = [
        MenuItem::Menu,
        MenuItem::Letter,
        MenuItem::Info,
        MenuItem::Settings,
        MenuItem::MyData,
        MenuItem::Privacy,
        MenuItem::Delete,
        MenuItem::Help,
        MenuItem::Language,
        MenuItem::SignUp,
    ];

    fn code(self) -> &'static str {
        match self {
            MenuItem::Menu => "menu",
            MenuItem::Letter => "letter",
            MenuItem::Info => "info",
            MenuItem::Settings => "settings",
            MenuItem::MyData => "mydata",
            MenuItem::Privacy => "privacy",
            MenuItem::Delete => "delete",
            MenuItem::Help => "help",
            MenuItem::Language => "language",
            MenuItem::SignUp => "signup",
        }
    }
}

/// The answer a button gives to a question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Answer {
    Municipality(String),
    Category(Category),
    Arrival(Arrival),
    Household(Household),
    Mentor(bool),
}

impl Answer {
    pub fn field(&self) -> Field {
        match self {
            Answer::Municipality(_) => Field::Municipality,
            Answer::Category(_) => Field::Category,
            Answer::Arrival(_) => Field::Arrival,
            Answer::Household(_) => Field::Household,
            Answer::Mentor(_) => Field::Mentor,
        }
    }
}

/// What a button asks the engine to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Speak this language from now on.
    Language(Locale),
    /// Accept (`true`) or decline the privacy notice.
    Consent(bool),
    /// The municipality chosen after an unknown deep link, before consent.
    LinkMunicipality(String),
    /// Answer an onboarding question (or change the answer in settings).
    Answer(Answer),
    /// Go back from the privacy notice.
    BackFromPrivacy,
    /// Go back from this question.
    Back(Field),
    Menu(MenuItem),
    /// Change one answer.
    Change(Field),
    /// Confirm (`true`) or cancel deleting everything.
    ConfirmDelete(bool),
    /// Show a municipality's contacts and meeting places.
    Info(String),
    /// Staff composing and following up announcements.
    Announce(AnnounceAction),
}

/// A staff member's button while composing or following up announcements.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AnnounceAction {
    /// Begin a new announcement.
    New,
    /// For staff of several municipalities: which one.
    Municipality(String),
    OpenCategories,
    OpenLanguages,
    ToggleChildren,
    CycleArrival,
    AudienceDone,
    ToggleCategory(Category),
    ToggleLanguage(Locale),
    BackToAudience,
    /// Write (or rewrite) the text in this language.
    Translate(Locale),
    TranslationsDone,
    Urgent(bool),
    ScheduleNow,
    ScheduleAt,
    ScheduleRepeat,
    Confirm,
    EditText,
    Cancel,
    Reports,
    /// Stop a scheduled announcement.
    Stop(i64),
}

impl AnnounceAction {
    fn encode(&self) -> String {
        match self {
            AnnounceAction::New => "new".into(),
            AnnounceAction::Municipality(slug) => format!("m:{slug}"),
            AnnounceAction::OpenCategories => "oc".into(),
            AnnounceAction::OpenLanguages => "ol".into(),
            AnnounceAction::ToggleChildren => "ch".into(),
            AnnounceAction::CycleArrival => "ar".into(),
            AnnounceAction::AudienceDone => "ad".into(),
            AnnounceAction::ToggleCategory(c) => format!("c:{}", c.code()),
            AnnounceAction::ToggleLanguage(l) => format!("l:{}", l.code()),
            AnnounceAction::BackToAudience => "ba".into(),
            AnnounceAction::Translate(l) => format!("t:{}", l.code()),
            AnnounceAction::TranslationsDone => "td".into(),
            AnnounceAction::Urgent(b) => format!("u:{}", yes_no(*b)),
            AnnounceAction::ScheduleNow => "sn".into(),
            AnnounceAction::ScheduleAt => "sa".into(),
            AnnounceAction::ScheduleRepeat => "sr".into(),
            AnnounceAction::Confirm => "ok".into(),
            AnnounceAction::EditText => "et".into(),
            AnnounceAction::Cancel => "x".into(),
            AnnounceAction::Reports => "rp".into(),
            AnnounceAction::Stop(id) => format!("stop:{id}"),
        }
    }

    fn decode(data: &str) -> Option<AnnounceAction> {
        let (code, value) = data.split_once(':').unwrap_or((data, ""));
        let plain = match code {
            "new" => Some(AnnounceAction::New),
            "oc" => Some(AnnounceAction::OpenCategories),
            "ol" => Some(AnnounceAction::OpenLanguages),
            "ch" => Some(AnnounceAction::ToggleChildren),
            "ar" => Some(AnnounceAction::CycleArrival),
            "ad" => Some(AnnounceAction::AudienceDone),
            "ba" => Some(AnnounceAction::BackToAudience),
            "td" => Some(AnnounceAction::TranslationsDone),
            "sn" => Some(AnnounceAction::ScheduleNow),
            "sa" => Some(AnnounceAction::ScheduleAt),
            "sr" => Some(AnnounceAction::ScheduleRepeat),
            "ok" => Some(AnnounceAction::Confirm),
            "et" => Some(AnnounceAction::EditText),
            "x" => Some(AnnounceAction::Cancel),
            "rp" => Some(AnnounceAction::Reports),
            _ => None,
        };
        if plain.is_some() {
            return plain.filter(|_| value.is_empty());
        }
        match code {
            "m" if is_slug(value) => Some(AnnounceAction::Municipality(value.to_owned())),
            "c" => Category::from_code(value).map(AnnounceAction::ToggleCategory),
            "l" => Locale::from_code(value).map(AnnounceAction::ToggleLanguage),
            "t" => Locale::from_code(value).map(AnnounceAction::Translate),
            "u" => parse_yes_no(value).map(AnnounceAction::Urgent),
            "stop" => value
                .parse::<i64>()
                .ok()
                .filter(|id| *id > 0)
                .map(AnnounceAction::Stop),
            _ => None,
        }
    }
}

/// Why callback data was not accepted.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum CallbackError {
    #[error("callback data too long")]
    TooLong,
    #[error("unknown callback version")]
    Version,
    #[error("malformed callback data")]
    Malformed,
}

fn yes_no(b: bool) -> &'static str {
    if b { "y" } else { "n" }
}

fn parse_yes_no(s: &str) -> Option<bool> {
    match s {
        "y" => Some(true),
        "n" => Some(false),
        _ => None,
    }
}

impl Action {
    /// The callback data for this action.
    pub fn encode(&self) -> String {
        let body = match self {
            Action::Language(l) => format!("l:{}", l.code()),
            Action::Consent(b) => format!("c:{}", yes_no(*b)),
            Action::LinkMunicipality(slug) => format!("lm:{slug}"),
            Action::Answer(answer) => {
                let value = match answer {
                    Answer::Municipality(slug) => slug.clone(),
                    Answer::Category(c) => c.code().to_owned(),
                    Answer::Arrival(a) => a.code(),
                    Answer::Household(h) => h.code().to_owned(),
                    Answer::Mentor(b) => yes_no(*b).to_owned(),
                };
                format!("{}:{value}", answer.field().code())
            }
            Action::BackFromPrivacy => "b:p".to_owned(),
            Action::Back(field) => format!("b:{}", field.code()),
            Action::Menu(item) => format!("n:{}", item.code()),
            Action::Change(field) => format!("s:{}", field.code()),
            Action::ConfirmDelete(b) => format!("d:{}", yes_no(*b)),
            Action::Info(slug) => format!("i:{slug}"),
            Action::Announce(action) => format!("an:{}", action.encode()),
        };
        let data = format!("{VERSION}:{body}");
        debug_assert!(data.len() <= MAX_CALLBACK_BYTES, "{data} is too long");
        data
    }

    /// Decodes callback data. Only checks the form; whether the action fits
    /// the conversation's current step is the engine's decision.
    pub fn decode(data: &str) -> Result<Action, CallbackError> {
        if data.len() > MAX_CALLBACK_BYTES {
            return Err(CallbackError::TooLong);
        }
        let mut parts = data.splitn(3, ':');
        let (version, code, value) = (parts.next(), parts.next(), parts.next());
        if version != Some(VERSION) {
            return Err(CallbackError::Version);
        }
        let (Some(code), Some(value)) = (code, value) else {
            return Err(CallbackError::Malformed);
        };
        let slug = || {
            is_slug(value)
                .then(|| value.to_owned())
                .ok_or(CallbackError::Malformed)
        };
        let action = match code {
            "l" => Locale::from_code(value).map(Action::Language),
            "c" => parse_yes_no(value).map(Action::Consent),
            "lm" => Some(Action::LinkMunicipality(slug()?)),
            "m" => Some(Action::Answer(Answer::Municipality(slug()?))),
            "k" => Category::from_code(value).map(|c| Action::Answer(Answer::Category(c))),
            "a" => Arrival::from_code(value).map(|a| Action::Answer(Answer::Arrival(a))),
            "h" => Household::from_code(value).map(|h| Action::Answer(Answer::Household(h))),
            "f" => parse_yes_no(value).map(|b| Action::Answer(Answer::Mentor(b))),
            "b" if value == "p" => Some(Action::BackFromPrivacy),
            "b" => Field::from_code(value).map(Action::Back),
            "n" => MenuItem::ALL
                .into_iter()
                .find(|i| i.code() == value)
                .map(Action::Menu),
            "s" => Field::from_code(value).map(Action::Change),
            "d" => parse_yes_no(value).map(Action::ConfirmDelete),
            "i" => Some(Action::Info(slug()?)),
            "an" => AnnounceAction::decode(value).map(Action::Announce),
            _ => None,
        };
        action.ok_or(CallbackError::Malformed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::newcomers::YearMonth;

    fn every_action() -> Vec<Action> {
        let mut actions: Vec<Action> = Locale::ALL.into_iter().map(Action::Language).collect();
        actions.extend([
            Action::Consent(true),
            Action::Consent(false),
            Action::LinkMunicipality("vestvagoy".into()),
            Action::Answer(Answer::Municipality(
                "a-very-long-municipality-slug-32".into(),
            )),
            Action::Answer(Answer::Arrival(Arrival::Month(YearMonth {
                year: 2026,
                month: 3,
            }))),
            Action::Answer(Answer::Arrival(Arrival::NotYet)),
            Action::Answer(Answer::Mentor(false)),
            Action::BackFromPrivacy,
            Action::ConfirmDelete(true),
            Action::Info("tynset".into()),
            Action::Announce(AnnounceAction::New),
            Action::Announce(AnnounceAction::Municipality("haram".into())),
            Action::Announce(AnnounceAction::ToggleCategory(Category::Labour)),
            Action::Announce(AnnounceAction::ToggleLanguage(Locale::Prs)),
            Action::Announce(AnnounceAction::Translate(Locale::Uk)),
            Action::Announce(AnnounceAction::Urgent(true)),
            Action::Announce(AnnounceAction::Stop(i64::MAX)),
            Action::Announce(AnnounceAction::Confirm),
        ]);
        actions.extend(
            Category::ALL
                .iter()
                .map(|c| Action::Answer(Answer::Category(*c))),
        );
        actions.extend(
            Household::ALL
                .iter()
                .map(|h| Action::Answer(Answer::Household(*h))),
        );
        actions.extend(Field::ORDER.into_iter().map(Action::Back));
        actions.extend(Field::ORDER.into_iter().map(Action::Change));
        actions.extend(MenuItem::ALL.into_iter().map(Action::Menu));
        actions
    }

    #[test]
    fn every_action_round_trips_within_telegrams_limit() {
        for action in every_action() {
            let data = action.encode();
            assert!(data.len() <= MAX_CALLBACK_BYTES, "{data}");
            assert_eq!(Action::decode(&data), Ok(action), "{data}");
        }
    }

    #[test]
    fn forged_and_malformed_data_is_refused() {
        let long = "1:i:".to_owned() + &"x".repeat(70);
        for bad in [
            "",
            "1",
            "1:",
            "1:k",
            "2:k:refugee",
            "1:k:tourist",
            "1:l:ru",
            "1:a:2026-13",
            "1:m:../../etc",
            "1:m:Haram",
            "1:zz:1",
            "1:d:maybe",
            "1:an:ok:extra",
            "1:an:stop:-3",
            "1:an:stop:abc",
            "1:an:c:tourist",
            "1:an:zz",
            "💥:💥:💥",
            long.as_str(),
        ] {
            assert!(Action::decode(bad).is_err(), "{bad:?} was accepted");
        }
    }
}
