//! Button callback data: a small versioned code such as `1:k:refugee`,
//! always ≤ 64 bytes, decoded with validation. Anything stale, forged or
//! malformed decodes to an error the engine answers politely.

use crate::cases::CaseRef;
use crate::content::is_slug;
use crate::guide::{GuideKind, StepState};
use crate::skills::{Education, Experience, Licence, Wish, WorkField};

use super::state::SkillsStep;
use crate::i18n::Locale;
use crate::newcomers::{Arrival, Category, Citizenship, Household};

/// Telegram's limit on callback data.
pub const MAX_CALLBACK_BYTES: usize = 64;
const VERSION: &str = "1";

/// One onboarding question, answerable with buttons and changeable later.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Field {
    Municipality,
    Category,
    /// Asked only of those it concerns: not of refugees.
    Citizenship,
    Arrival,
    Household,
    Mentor,
}

impl Field {
    /// The questions in the order onboarding asks them.
    pub const ORDER: [Field; 6] = [
        Field::Municipality,
        Field::Category,
        Field::Citizenship,
        Field::Arrival,
        Field::Household,
        Field::Mentor,
    ];

    fn code(self) -> &'static str {
        match self {
            Field::Municipality => "m",
            Field::Category => "k",
            Field::Citizenship => "z",
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
    /// Upcoming events in the person's municipality.
    Events,
    /// Write a question to a person at the municipality.
    Ask,
    /// The bureaucracy guide.
    Guide,
    /// Renting, buying and housing support.
    Housing,
    /// The personal checklist.
    Checklist,
    /// Competence mapping.
    Skills,
    /// The staff home.
    Staff,
}

impl MenuItem {
    const ALL: [MenuItem; 17] = [
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
        MenuItem::Events,
        MenuItem::Ask,
        MenuItem::Guide,
        MenuItem::Housing,
        MenuItem::Checklist,
        MenuItem::Skills,
        MenuItem::Staff,
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
            MenuItem::Events => "events",
            MenuItem::Ask => "ask",
            MenuItem::Guide => "guide",
            MenuItem::Housing => "housing",
            MenuItem::Checklist => "checklist",
            MenuItem::Skills => "skills",
            MenuItem::Staff => "staff",
        }
    }
}

/// The answer a button gives to a question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Answer {
    Municipality(String),
    Category(Category),
    Citizenship(Citizenship),
    Arrival(Arrival),
    Household(Household),
    Mentor(bool),
}

impl Answer {
    pub fn field(&self) -> Field {
        match self {
            Answer::Municipality(_) => Field::Municipality,
            Answer::Category(_) => Field::Category,
            Answer::Citizenship(_) => Field::Citizenship,
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
    /// Send the question carried from a typed question to a person.
    AskCarried,
    /// The events of a municipality, for someone without a profile.
    EventsIn(String),
    /// Show a municipality's contacts (offices).
    Contacts(String),
    /// Show a municipality's meeting places.
    Places(String),
    /// Staff composing and following up announcements.
    Announce(AnnounceAction),
    /// Staff creating, editing and cancelling events.
    Event(EventAction),
    /// Remind me of this event's occurrence (event id, start as a Unix time).
    Remind(i64, i64),
    /// Staff ask to close a case; `ConfirmCloseCase` does it.
    CloseCase(CaseRef),
    ConfirmCloseCase(CaseRef),
    /// Staff list the open cases.
    Cases,
    /// Reading the guide and working through the checklist.
    Guide(GuideAction),
    /// Filling in `/skills`.
    Skills(SkillsAction),
}

/// A button in `/skills`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SkillsAction {
    /// Yes (`true`) or no to filling it in.
    Consent(bool),
    Open(SkillsStep),
    Education(Education),
    Field(WorkField),
    Experience(Experience),
    Licence(Licence),
    /// Speaks this language (a code from `skills::SPOKEN`), or not.
    Spoken(String),
    Wish(Wish),
    /// Back to the overview.
    Back,
    /// Let staff see it (`true`) or not.
    Share(bool),
    /// Erase what was given.
    Clear,
    Finish,
}

impl SkillsAction {
    fn encode(&self) -> String {
        match self {
            SkillsAction::Consent(b) => format!("c:{}", yes_no(*b)),
            SkillsAction::Open(part) => format!("o:{}", part.code()),
            SkillsAction::Education(e) => format!("e:{}", e.code()),
            SkillsAction::Field(f) => format!("f:{}", f.code()),
            SkillsAction::Experience(x) => format!("x:{}", x.code()),
            SkillsAction::Licence(l) => format!("l:{}", l.code()),
            SkillsAction::Spoken(code) => format!("sp:{code}"),
            SkillsAction::Wish(w) => format!("w:{}", w.code()),
            SkillsAction::Back => "b".into(),
            SkillsAction::Share(b) => format!("sh:{}", yes_no(*b)),
            SkillsAction::Clear => "clr".into(),
            SkillsAction::Finish => "fin".into(),
        }
    }

    fn decode(data: &str) -> Option<SkillsAction> {
        let (code, value) = data.split_once(':').unwrap_or((data, ""));
        match (code, data.contains(':')) {
            ("b", false) => Some(SkillsAction::Back),
            ("clr", false) => Some(SkillsAction::Clear),
            ("fin", false) => Some(SkillsAction::Finish),
            ("c", true) => parse_yes_no(value).map(SkillsAction::Consent),
            ("o", true) => SkillsStep::from_code(value).map(SkillsAction::Open),
            ("e", true) => Education::from_code(value).map(SkillsAction::Education),
            ("f", true) => WorkField::from_code(value).map(SkillsAction::Field),
            ("x", true) => Experience::from_code(value).map(SkillsAction::Experience),
            ("l", true) => Licence::from_code(value).map(SkillsAction::Licence),
            ("sp", true) => {
                crate::skills::spoken_name(value).map(|_| SkillsAction::Spoken(value.to_owned()))
            }
            ("w", true) => Wish::from_code(value).map(SkillsAction::Wish),
            ("sh", true) => parse_yes_no(value).map(SkillsAction::Share),
            _ => None,
        }
    }
}

/// A button in the guide or the checklist.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GuideAction {
    /// The sections of `/guide` or `/housing`.
    Home(GuideKind),
    Section(String),
    /// A topic, at a page (0 is the first).
    Topic(String, u8),
    /// Mark a checklist step done, not relevant, or (`None`) to do again.
    Mark(String, Option<StepState>),
    /// None of the topics offered for a typed question fits.
    NoneOfThese,
}

impl GuideAction {
    fn encode(&self) -> String {
        match self {
            GuideAction::Home(kind) => format!("h:{}", kind.code()),
            GuideAction::Section(id) => format!("s:{id}"),
            GuideAction::Topic(id, page) => format!("t:{id}:{page}"),
            GuideAction::Mark(step, state) => {
                let code = match state {
                    Some(StepState::Done) => "d",
                    Some(StepState::Skipped) => "s",
                    None => "o",
                };
                format!("m:{step}:{code}")
            }
            GuideAction::NoneOfThese => "no".into(),
        }
    }

    fn decode(data: &str) -> Option<GuideAction> {
        let (code, value) = data.split_once(':').unwrap_or((data, ""));
        let id = |v: &str| crate::guide::is_id(v).then(|| v.to_owned());
        match code {
            "h" => GuideKind::from_code(value).map(GuideAction::Home),
            "s" => id(value).map(GuideAction::Section),
            "t" => {
                let (topic, page) = value.split_once(':')?;
                Some(GuideAction::Topic(id(topic)?, page.parse().ok()?))
            }
            "m" => {
                let (step, state) = value.split_once(':')?;
                let state = match state {
                    "d" => Some(StepState::Done),
                    "s" => Some(StepState::Skipped),
                    "o" => None,
                    _ => return None,
                };
                Some(GuideAction::Mark(id(step)?, state))
            }
            "no" if value.is_empty() && !data.contains(':') => Some(GuideAction::NoneOfThese),
            _ => None,
        }
    }
}

/// A repetition chosen with a button, from a first time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RepeatChoice {
    Weekly,
    EveryOtherWeek,
    /// This weekday of every month: the 1st–4th, or 5 for the last.
    Monthly(u8),
    /// Type a crontab expression (advanced).
    Crontab,
}

impl RepeatChoice {
    fn encode(self) -> String {
        match self {
            RepeatChoice::Weekly => "rw".into(),
            RepeatChoice::EveryOtherWeek => "r2".into(),
            RepeatChoice::Monthly(n) => format!("rm{n}"),
            RepeatChoice::Crontab => "rc".into(),
        }
    }

    fn decode(code: &str) -> Option<RepeatChoice> {
        match code {
            "rw" => Some(RepeatChoice::Weekly),
            "r2" => Some(RepeatChoice::EveryOtherWeek),
            "rc" => Some(RepeatChoice::Crontab),
            _ => code
                .strip_prefix("rm")
                .and_then(|n| n.parse::<u8>().ok())
                .filter(|n| (1..=crate::when::LAST).contains(n))
                .map(RepeatChoice::Monthly),
        }
    }
}

/// A staff member's button while creating or managing events.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EventAction {
    /// The staff member's events.
    List,
    New,
    /// For staff of several municipalities: which one.
    Municipality(String),
    /// A meeting place from the content pack, by its id.
    Place(String),
    /// A place that is not in the content pack: type it.
    OtherPlace,
    Once,
    /// Repeat from the first time: weekly, every other week, monthly, or
    /// by a typed crontab expression.
    Repeat(RepeatChoice),
    ToggleCategory(Category),
    ToggleChildren,
    AudienceDone,
    /// Write (or rewrite) the description in this language.
    Describe(Locale),
    DescriptionsDone,
    /// Change one part of the draft from the preview.
    Change(EventPart),
    Save,
    /// Stop composing; nothing is saved.
    Abort,
    Edit(i64),
    /// Ask to cancel an event; `ConfirmCancel` cancels all of it,
    /// `CancelOne` one date of a repeating event (a start as a Unix time).
    Cancel(i64),
    ConfirmCancel(i64),
    CancelOne(i64, i64),
    /// The title in other languages.
    Titles,
    /// Write the title in this language.
    TitleIn(Locale),
    /// Start an announcement with the event's text.
    Announce(i64),
}

/// A part of an event that can be changed from the preview.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EventPart {
    Title,
    Place,
    Time,
    Audience,
    Descriptions,
}

impl EventPart {
    pub const ALL: [EventPart; 5] = [
        EventPart::Title,
        EventPart::Place,
        EventPart::Time,
        EventPart::Audience,
        EventPart::Descriptions,
    ];

    fn code(self) -> &'static str {
        match self {
            EventPart::Title => "t",
            EventPart::Place => "p",
            EventPart::Time => "w",
            EventPart::Audience => "a",
            EventPart::Descriptions => "d",
        }
    }
}

fn positive_id(value: &str) -> Option<i64> {
    value.parse::<i64>().ok().filter(|id| *id > 0)
}

impl EventAction {
    fn encode(&self) -> String {
        match self {
            EventAction::List => "ls".into(),
            EventAction::New => "new".into(),
            EventAction::Municipality(slug) => format!("m:{slug}"),
            EventAction::Place(id) => format!("p:{id}"),
            EventAction::OtherPlace => "op".into(),
            EventAction::Once => "r1".into(),
            EventAction::Repeat(choice) => choice.encode(),
            EventAction::ToggleCategory(c) => format!("c:{}", c.code()),
            EventAction::ToggleChildren => "ch".into(),
            EventAction::AudienceDone => "ad".into(),
            EventAction::Describe(l) => format!("t:{}", l.code()),
            EventAction::DescriptionsDone => "td".into(),
            EventAction::Change(part) => format!("e:{}", part.code()),
            EventAction::Save => "ok".into(),
            EventAction::Abort => "x".into(),
            EventAction::Edit(id) => format!("ed:{id}"),
            EventAction::Cancel(id) => format!("cx:{id}"),
            EventAction::ConfirmCancel(id) => format!("cy:{id}"),
            EventAction::CancelOne(id, at) => format!("c1:{id}:{at}"),
            EventAction::Titles => "tt".into(),
            EventAction::TitleIn(l) => format!("ti:{}", l.code()),
            EventAction::Announce(id) => format!("an:{id}"),
        }
    }

    fn decode(data: &str) -> Option<EventAction> {
        let (code, value) = data.split_once(':').unwrap_or((data, ""));
        let plain = match code {
            "ls" => Some(EventAction::List),
            "new" => Some(EventAction::New),
            "op" => Some(EventAction::OtherPlace),
            "r1" => Some(EventAction::Once),
            "tt" => Some(EventAction::Titles),
            "ch" => Some(EventAction::ToggleChildren),
            "ad" => Some(EventAction::AudienceDone),
            "td" => Some(EventAction::DescriptionsDone),
            "ok" => Some(EventAction::Save),
            "x" => Some(EventAction::Abort),
            _ => None,
        };
        if plain.is_some() {
            return plain.filter(|_| value.is_empty() && !data.contains(':'));
        }
        if !data.contains(':') {
            return RepeatChoice::decode(code).map(EventAction::Repeat);
        }
        match code {
            "m" if is_slug(value) => Some(EventAction::Municipality(value.to_owned())),
            "ti" => Locale::from_code(value).map(EventAction::TitleIn),
            "c1" => value.split_once(':').and_then(|(id, at)| {
                let at = at.parse::<i64>().ok().filter(|at| *at > 0)?;
                Some(EventAction::CancelOne(positive_id(id)?, at))
            }),
            "p" if is_slug(value) => Some(EventAction::Place(value.to_owned())),
            "c" => Category::from_code(value).map(EventAction::ToggleCategory),
            "t" => Locale::from_code(value).map(EventAction::Describe),
            "e" => EventPart::ALL
                .into_iter()
                .find(|p| p.code() == value)
                .map(EventAction::Change),
            "ed" => positive_id(value).map(EventAction::Edit),
            "cx" => positive_id(value).map(EventAction::Cancel),
            "cy" => positive_id(value).map(EventAction::ConfirmCancel),
            "an" => positive_id(value).map(EventAction::Announce),
            _ => None,
        }
    }
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
    /// How it repeats after the first time.
    Repeat(RepeatChoice),
    Confirm,
    EditText,
    Cancel,
    Reports,
    /// Ask to stop a scheduled announcement; `ConfirmStop` does it.
    Stop(i64),
    ConfirmStop(i64),
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
            AnnounceAction::Repeat(choice) => choice.encode(),
            AnnounceAction::Confirm => "ok".into(),
            AnnounceAction::EditText => "et".into(),
            AnnounceAction::Cancel => "x".into(),
            AnnounceAction::Reports => "rp".into(),
            AnnounceAction::Stop(id) => format!("stop:{id}"),
            AnnounceAction::ConfirmStop(id) => format!("stopy:{id}"),
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
        if !data.contains(':') {
            return RepeatChoice::decode(code).map(AnnounceAction::Repeat);
        }
        match code {
            "m" if is_slug(value) => Some(AnnounceAction::Municipality(value.to_owned())),
            "stopy" => positive_id(value).map(AnnounceAction::ConfirmStop),
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
                    Answer::Citizenship(c) => c.code().to_owned(),
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
            Action::AskCarried => "ak:q".to_owned(),
            Action::EventsIn(slug) => format!("ei:{slug}"),
            Action::Contacts(slug) => format!("ic:{slug}"),
            Action::Places(slug) => format!("ip:{slug}"),
            Action::Announce(action) => format!("an:{}", action.encode()),
            Action::Event(action) => format!("ev:{}", action.encode()),
            Action::Remind(id, at) => format!("rm:{id}:{at}"),
            Action::CloseCase(reference) => format!("cc:{reference}"),
            Action::ConfirmCloseCase(reference) => format!("cy:{reference}"),
            Action::Cases => "cs:all".to_owned(),
            Action::Guide(action) => format!("gd:{}", action.encode()),
            Action::Skills(action) => format!("sk:{}", action.encode()),
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
            "z" => Citizenship::from_code(value).map(|c| Action::Answer(Answer::Citizenship(c))),
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
            "ak" if value == "q" => Some(Action::AskCarried),
            "ei" => Some(Action::EventsIn(slug()?)),
            "ic" => Some(Action::Contacts(slug()?)),
            "ip" => Some(Action::Places(slug()?)),
            "an" => AnnounceAction::decode(value).map(Action::Announce),
            "ev" => EventAction::decode(value).map(Action::Event),
            "rm" => value.split_once(':').and_then(|(id, at)| {
                let at = at.parse::<i64>().ok().filter(|at| *at > 0)?;
                Some(Action::Remind(positive_id(id)?, at))
            }),
            "cc" => CaseRef::parse(value).map(Action::CloseCase),
            "cy" => CaseRef::parse(value).map(Action::ConfirmCloseCase),
            "cs" if value == "all" => Some(Action::Cases),
            "gd" => GuideAction::decode(value).map(Action::Guide),
            "sk" => SkillsAction::decode(value).map(Action::Skills),
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
            Action::Contacts("a-very-long-municipality-slug-32".into()),
            Action::Places("haram".into()),
            Action::AskCarried,
            Action::EventsIn("vestvagoy".into()),
            Action::Announce(AnnounceAction::New),
            Action::Announce(AnnounceAction::Municipality("haram".into())),
            Action::Announce(AnnounceAction::ToggleCategory(Category::Labour)),
            Action::Announce(AnnounceAction::ToggleLanguage(Locale::Prs)),
            Action::Announce(AnnounceAction::Translate(Locale::Uk)),
            Action::Announce(AnnounceAction::Urgent(true)),
            Action::Announce(AnnounceAction::Stop(i64::MAX)),
            Action::Announce(AnnounceAction::Confirm),
            Action::Event(EventAction::New),
            Action::Event(EventAction::Place("haram-folkebibliotek".into())),
            Action::Event(EventAction::ToggleCategory(Category::Family)),
            Action::Event(EventAction::Describe(Locale::Ti)),
            Action::Event(EventAction::ConfirmCancel(i64::MAX)),
            Action::Event(EventAction::CancelOne(i64::MAX, 4_102_444_800)),
            Action::Event(EventAction::Titles),
            Action::Event(EventAction::TitleIn(Locale::Ar)),
            Action::Event(EventAction::Repeat(RepeatChoice::Monthly(5))),
            Action::Event(EventAction::Repeat(RepeatChoice::Crontab)),
            Action::Announce(AnnounceAction::Repeat(RepeatChoice::EveryOtherWeek)),
            Action::Announce(AnnounceAction::ConfirmStop(42)),
            Action::Event(EventAction::Announce(7)),
            Action::Remind(i64::MAX, 4_102_444_800),
            Action::CloseCase(CaseRef::parse("S-7KQ4").unwrap()),
            Action::ConfirmCloseCase(CaseRef::parse("S-7KQ4").unwrap()),
            Action::Guide(GuideAction::Home(GuideKind::Housing)),
            Action::Guide(GuideAction::Section("arrival".into())),
            Action::Guide(GuideAction::Topic("sixteen-chars-id".into(), 255)),
            Action::Guide(GuideAction::Mark("bankid".into(), Some(StepState::Skipped))),
            Action::Guide(GuideAction::Mark("bankid".into(), None)),
            Action::Guide(GuideAction::NoneOfThese),
            Action::Cases,
            Action::Skills(SkillsAction::Consent(true)),
            Action::Skills(SkillsAction::Open(SkillsStep::Languages)),
            Action::Skills(SkillsAction::Spoken("prs".into())),
            Action::Skills(SkillsAction::Experience(Experience::OneToThree)),
            Action::Skills(SkillsAction::Wish(Wish::Recognition)),
            Action::Skills(SkillsAction::Share(false)),
            Action::Skills(SkillsAction::Finish),
        ]);
        actions.extend(
            WorkField::ALL
                .iter()
                .map(|f| Action::Skills(SkillsAction::Field(*f))),
        );
        actions.extend(
            EventPart::ALL
                .into_iter()
                .map(|p| Action::Event(EventAction::Change(p))),
        );
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
        actions.extend(
            Citizenship::ALL
                .iter()
                .map(|c| Action::Answer(Answer::Citizenship(*c))),
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
            "1:z:swiss",
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
            "1:ev:ok:1",
            "1:ev:cy:0",
            "1:ev:rm6",
            "1:ev:rm0",
            "1:ev:c1:5",
            "1:ev:ti:xx",
            "1:an:stopy:-1",
            "1:an:rw:1",
            "1:ev:e:z",
            "1:rm:5",
            "1:rm:5:-1",
            "1:rm:x:5",
            "1:cc:S-OOOO",
            "1:gd:t:id-check",
            "1:gd:t:id-check:256",
            "1:gd:t:seventeen-chars-id:0",
            "1:gd:t:../x:0",
            "1:gd:m:bank:x",
            "1:gd:h:z",
            "1:gd:no:1",
            "1:sk:sp:xx",
            "1:sk:o:c",
            "1:sk:fin:1",
            "1:sk:e:phd",
            "1:an:zz",
            "💥:💥:💥",
            long.as_str(),
        ] {
            assert!(Action::decode(bad).is_err(), "{bad:?} was accepted");
        }
    }
}
