//! The conversation state persisted per chat between turns.

use serde::{Deserialize, Serialize};

use super::callback::Field;
use chrono::{DateTime, Utc};

use crate::announcements::{Audience, Schedule, Texts};
use crate::events::{EventDetails, Recurrence};
use crate::i18n::Locale;

/// Where a person is in the conversation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "step", content = "field", rename_all = "kebab-case")]
pub enum Step {
    /// A deep link named a municipality we do not know: pick one.
    LinkMunicipality,
    /// Choosing the language (the first step for everyone).
    Language,
    /// Reading the privacy notice; consent is asked here.
    Privacy,
    /// Answering the onboarding questions, in order.
    Onboarding(Field),
    /// Changing one answer from the settings.
    Editing(Field),
    /// A newcomer with a complete profile, at the main menu.
    Menu,
    /// Declined consent: general information only, nothing personal stored.
    Guest,
    /// Asked to delete everything; waiting for the confirmation.
    ConfirmDelete,
    /// A staff member at the staff home.
    Staff,
    /// A staff member composing an announcement.
    Announce(AnnounceStep),
    /// A staff member creating or editing an event.
    Event(EventStep),
    /// A newcomer writing a question to a person at the municipality.
    Ask,
    /// A newcomer filling in `/skills`.
    Skills(SkillsStep),
    /// A staff member working on the case in [`State::case`].
    Case(CaseStep),
}

/// What a staff member is doing with one case.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CaseStep {
    /// `/reply S-XXXX` came without the answer: waiting for it.
    Answer,
    /// Asked to confirm closing the case.
    ConfirmClose,
}

/// Where a newcomer is in `/skills`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SkillsStep {
    /// Asked whether they want to fill it in at all.
    Consent,
    Overview,
    Education,
    Field,
    /// Waiting for the profession, typed.
    Profession,
    Experience,
    Languages,
    Licence,
    Wishes,
}

impl SkillsStep {
    /// The parts a person can open from the overview, in order.
    pub const PARTS: [SkillsStep; 7] = [
        SkillsStep::Education,
        SkillsStep::Field,
        SkillsStep::Profession,
        SkillsStep::Experience,
        SkillsStep::Languages,
        SkillsStep::Licence,
        SkillsStep::Wishes,
    ];

    pub fn code(self) -> &'static str {
        match self {
            SkillsStep::Consent => "c",
            SkillsStep::Overview => "ov",
            SkillsStep::Education => "edu",
            SkillsStep::Field => "fld",
            SkillsStep::Profession => "prof",
            SkillsStep::Experience => "exp",
            SkillsStep::Languages => "lang",
            SkillsStep::Licence => "lic",
            SkillsStep::Wishes => "wish",
        }
    }

    pub fn from_code(code: &str) -> Option<SkillsStep> {
        SkillsStep::PARTS.into_iter().find(|p| p.code() == code)
    }
}

/// Where a staff member is in creating or editing an event.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum EventStep {
    Municipality,
    /// Waiting for the title.
    Title,
    Place,
    /// Waiting for a place typed in.
    PlaceText,
    /// Waiting for the (first) date and time, or a repetition in words.
    Start,
    Recurrence,
    /// Waiting for a repetition in words or a crontab expression.
    Crontab,
    Audience,
    /// Waiting for the description in this language.
    Description(Locale),
    Descriptions,
    /// The title in other languages: which one to write.
    Titles,
    /// Waiting for the title in this language.
    TitleText(Locale),
    Preview,
    /// Asked to confirm cancelling this event.
    ConfirmCancel(i64),
}

/// An event being created or edited, kept until it is saved or dropped.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventDraft {
    /// The event being edited; `None` for a new one.
    #[serde(default)]
    pub editing: Option<i64>,
    pub municipality: String,
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub place: Option<String>,
    #[serde(default)]
    pub starts_at: Option<DateTime<Utc>>,
    #[serde(default)]
    pub recurrence: Option<Recurrence>,
    #[serde(default)]
    pub audience: Audience,
    #[serde(default)]
    pub descriptions: Texts,
    /// The title in other languages.
    #[serde(default)]
    pub titles: Texts,
    /// Dates of the event (when editing) that were cancelled one by one.
    #[serde(default)]
    pub skipped: Vec<DateTime<Utc>>,
    /// Set while changing one part from the preview: go back there after.
    #[serde(default)]
    pub reviewing: bool,
}

impl EventDraft {
    /// The complete event, once every required part is there.
    pub fn details(&self) -> Option<EventDetails> {
        Some(EventDetails {
            municipality: self.municipality.clone(),
            title: self.title.clone()?,
            place: self.place.clone()?,
            starts_at: self.starts_at?,
            recurrence: self.recurrence.clone()?,
            audience: self.audience.clone(),
            descriptions: Some(self.descriptions.clone())
                .filter(|d| d.0.contains_key(&Locale::Nb))?,
            titles: self.titles.clone(),
            skipped: self.skipped.clone(),
        })
    }

    pub fn from_event(id: i64, event: &EventDetails) -> EventDraft {
        EventDraft {
            editing: Some(id),
            municipality: event.municipality.clone(),
            title: Some(event.title.clone()),
            place: Some(event.place.clone()),
            starts_at: Some(event.starts_at),
            recurrence: Some(event.recurrence.clone()),
            audience: event.audience.clone(),
            descriptions: event.descriptions.clone(),
            titles: event.titles.clone(),
            skipped: event.skipped.clone(),
            reviewing: true,
        }
    }
}

/// Where a staff member is in composing an announcement.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AnnounceStep {
    Municipality,
    Audience,
    Categories,
    Languages,
    /// Waiting for the text in this language.
    Text(Locale),
    Translations,
    Urgency,
    Schedule,
    /// Waiting for a date and time.
    ScheduleAt,
    /// Waiting for the first time, or a repetition in words.
    ScheduleRepeat,
    /// Choosing how it repeats after [`Draft::first`].
    RepeatKind,
    /// Waiting for a crontab expression.
    ScheduleCron,
    Preview,
    /// Asked to confirm stopping this scheduled announcement.
    ConfirmStop(i64),
}

/// An announcement being composed: kept in the staff member's conversation
/// until it is sent or cancelled.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    pub municipality: String,
    #[serde(default)]
    pub audience: Audience,
    #[serde(default)]
    pub texts: Texts,
    #[serde(default)]
    pub urgent: bool,
    #[serde(default)]
    pub schedule: Option<Schedule>,
    /// The first time of a repetition still to be chosen.
    #[serde(default)]
    pub first: Option<DateTime<Utc>>,
}

impl Step {
    /// Whether this is a step of the staff side.
    pub fn is_staff(self) -> bool {
        matches!(
            self,
            Step::Staff | Step::Announce(_) | Step::Event(_) | Step::Case(_)
        )
    }

    /// Whether this step waits for a button press.
    pub fn expects_button(self) -> bool {
        !matches!(
            self,
            Step::Menu
                | Step::Guest
                | Step::Staff
                | Step::Ask
                | Step::Case(CaseStep::Answer)
                | Step::Skills(SkillsStep::Profession)
                | Step::Announce(
                    AnnounceStep::Text(_)
                        | AnnounceStep::ScheduleAt
                        | AnnounceStep::ScheduleRepeat
                        | AnnounceStep::ScheduleCron
                )
                | Step::Event(
                    EventStep::Title
                        | EventStep::PlaceText
                        | EventStep::Start
                        | EventStep::Crontab
                        | EventStep::Description(_)
                        | EventStep::TitleText(_)
                )
        )
    }
}

/// The shape of the stored state. Bump it when a change to [`State`] (a
/// renamed step, a moved field) would not read what is stored, and convert
/// the older shape in [`State::from_stored`]; a state that still cannot be
/// read is recovered by the engine, never silently reset.
pub const STATE_VERSION: u64 = 1;

/// Why a stored state was not taken.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum StateError {
    /// Not a state of any version this build knows (damaged, or a step
    /// that no longer exists).
    #[error("the stored conversation state is unreadable")]
    Unreadable,
    /// Written by a newer release (after a rollback).
    #[error("the stored conversation state has version {0}, newer than this build's")]
    Newer(u64),
}

/// The persisted state of one chat.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct State {
    pub step: Step,
    /// The municipality a deep link (or the link picker) named before the
    /// person consented; used to skip the municipality question.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link_municipality: Option<String>,
    /// A staff member's announcement in progress.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub draft: Option<Draft>,
    /// A staff member's event in progress.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_draft: Option<EventDraft>,
    /// A question a newcomer typed that no guide topic answered, carried
    /// to "ask a person" so they need not type it again. It lives only
    /// while they follow that path: any other turn drops it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub question: Option<String>,
    /// The reference of the case a staff member is answering or closing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub case: Option<String>,
}

impl State {
    /// The state as stored: its fields and the version of their shape.
    pub fn to_stored(&self) -> String {
        let mut value = serde_json::to_value(self).expect("state always serializes");
        if let serde_json::Value::Object(fields) = &mut value {
            fields.insert("v".into(), STATE_VERSION.into());
        }
        value.to_string()
    }

    /// Reads a stored state of this version or an older one. States stored
    /// before versioning have no `v` and the shape of version 1.
    pub fn from_stored(stored: &str) -> Result<State, StateError> {
        let value: serde_json::Value =
            serde_json::from_str(stored).map_err(|_| StateError::Unreadable)?;
        let version = match value.get("v") {
            None => 1,
            Some(v) => v.as_u64().ok_or(StateError::Unreadable)?,
        };
        match version {
            1 => serde_json::from_value(value).map_err(|_| StateError::Unreadable),
            newer => Err(StateError::Newer(newer)),
        }
    }

    pub fn at(step: Step) -> State {
        State {
            step,
            link_municipality: None,
            draft: None,
            event_draft: None,
            question: None,
            case: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn state_survives_serialization() {
        let state = State {
            step: Step::Onboarding(Field::Arrival),
            link_municipality: Some("haram".into()),
            draft: None,
            event_draft: None,
            question: None,
            case: None,
        };
        let json = serde_json::to_string(&state).unwrap();
        assert_eq!(serde_json::from_str::<State>(&json).unwrap(), state);
        let menu = serde_json::to_string(&State::at(Step::Menu)).unwrap();
        assert_eq!(menu, r#"{"step":{"step":"menu"}}"#);
    }

    #[test]
    fn stored_states_carry_their_version_and_older_ones_still_read() {
        let state = State {
            step: Step::Announce(AnnounceStep::Text(Locale::Uk)),
            link_municipality: None,
            draft: None,
            event_draft: None,
            question: Some("Hvor er legen?".into()),
            case: None,
        };
        let stored = state.to_stored();
        assert!(stored.contains(r#""v":1"#), "{stored}");
        assert_eq!(State::from_stored(&stored), Ok(state));
        // Before versioning: no `v`, the same shape.
        assert_eq!(
            State::from_stored(r#"{"step":{"step":"menu"}}"#),
            Ok(State::at(Step::Menu))
        );
        for bad in [
            "",
            "not json",
            r#"{"step":{"step":"renamed-step"}}"#,
            r#"{"v":"one","step":{"step":"menu"}}"#,
            r#"{"v":1}"#,
        ] {
            assert_eq!(
                State::from_stored(bad),
                Err(StateError::Unreadable),
                "{bad}"
            );
        }
        assert_eq!(
            State::from_stored(r#"{"v":7,"step":{"step":"menu"}}"#),
            Err(StateError::Newer(7))
        );
    }
}
