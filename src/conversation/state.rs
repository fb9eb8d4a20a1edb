//! The conversation state persisted per chat between turns: the step (in
//! some flow, see `flows.rs`) and what a flow keeps across its steps.
//! Stored with a version; older versions are read and upgraded here.

use serde::{Deserialize, Serialize};

use super::announce::Draft;
use super::flows::Step;
use super::staff_events::EventDraft;
use super::{home, onboarding, staff};
use crate::newcomers::Question;

pub use super::announce::AnnounceStep;
pub use super::cases::CaseStep;
pub use super::skills::SkillsStep;
pub use super::staff_events::EventStep;

impl Step {
    pub const LANGUAGE: Step = Step::Onboarding(onboarding::Step::Language);
    pub const PRIVACY: Step = Step::Onboarding(onboarding::Step::Privacy);
    pub const MENU: Step = Step::Home(home::Step::Menu);
    pub const GUEST: Step = Step::Home(home::Step::Guest);
    pub const STAFF: Step = Step::Staff(staff::Step::Home);

    /// Answering a profile question during onboarding.
    pub fn question(question: Question) -> Step {
        Step::Onboarding(onboarding::Step::Question(question))
    }
}

/// The shape of the stored state. Bump it when a change to [`State`] (a
/// renamed step, a moved field) would not read what is stored, and convert
/// the older shape in [`State::from_stored`]; a state that still cannot be
/// read is recovered by the engine, never silently reset.
pub const STATE_VERSION: u64 = 2;

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
    /// A volunteer's mentor sign-up in progress (stored only once they
    /// consent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub volunteer: Option<crate::mentors::Volunteer>,
    /// What a newcomer hopes for from a mentor, while they choose it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wish: Option<crate::mentors::Wish>,
    /// The municipality whose mentor scheme a staff member works on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mentoring: Option<String>,
    /// The answers of the pulse being answered, for its screens (the
    /// stored response is what counts).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pulse: Option<crate::pulse::Answers>,
    /// An erasure a coordinator is about to confirm: the case reference
    /// and the reason typed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub erasure: Option<(String, String)>,
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
            1 => serde_json::from_value::<v1::State>(value)
                .map(v1::State::upgrade)
                .map_err(|_| StateError::Unreadable),
            2 => serde_json::from_value(value).map_err(|_| StateError::Unreadable),
            newer => Err(StateError::Newer(newer)),
        }
    }

    /// Drops what only the staff side keeps (drafts, the case at hand).
    pub fn leave_staff_side(&mut self) {
        self.draft = None;
        self.event_draft = None;
        self.case = None;
        self.mentoring = None;
    }

    pub fn at(step: Step) -> State {
        State {
            step,
            link_municipality: None,
            draft: None,
            event_draft: None,
            question: None,
            case: None,
            volunteer: None,
            wish: None,
            mentoring: None,
            pulse: None,
            erasure: None,
        }
    }
}

/// The state as version 1 stored it: one flat list of steps.
mod v1 {
    use serde::Deserialize;

    use super::super::announce::{AnnounceStep, Draft};
    use super::super::cases::CaseStep;
    use super::super::skills::SkillsStep;
    use super::super::staff_events::{EventDraft, EventStep};
    use super::super::{ask, home, onboarding, staff};
    use super::Step as Now;
    use crate::newcomers::Question;

    #[derive(Deserialize)]
    #[serde(tag = "step", content = "field", rename_all = "kebab-case")]
    pub(super) enum Step {
        LinkMunicipality,
        Language,
        Privacy,
        Onboarding(Question),
        Editing(Question),
        Menu,
        Guest,
        ConfirmDelete,
        Staff,
        Announce(AnnounceStep),
        Event(EventStep),
        Ask,
        Skills(SkillsStep),
        Case(CaseStep),
    }

    #[derive(Deserialize)]
    pub(super) struct State {
        step: Step,
        #[serde(default)]
        link_municipality: Option<String>,
        #[serde(default)]
        draft: Option<Draft>,
        #[serde(default)]
        event_draft: Option<EventDraft>,
        #[serde(default)]
        question: Option<String>,
        #[serde(default)]
        case: Option<String>,
    }

    impl State {
        pub(super) fn upgrade(self) -> super::State {
            let step = match self.step {
                Step::LinkMunicipality => Now::Onboarding(onboarding::Step::LinkMunicipality),
                Step::Language => Now::Onboarding(onboarding::Step::Language),
                Step::Privacy => Now::Onboarding(onboarding::Step::Privacy),
                Step::Onboarding(q) => Now::Onboarding(onboarding::Step::Question(q)),
                Step::Editing(q) => Now::Onboarding(onboarding::Step::Editing(q)),
                Step::ConfirmDelete => Now::Onboarding(onboarding::Step::ConfirmDelete),
                Step::Menu => Now::Home(home::Step::Menu),
                Step::Guest => Now::Home(home::Step::Guest),
                Step::Staff => Now::Staff(staff::Step::Home),
                Step::Announce(step) => Now::Announce(step),
                Step::Event(step) => Now::Event(step),
                Step::Ask => Now::Ask(ask::Step::Writing),
                Step::Skills(step) => Now::Skills(step),
                Step::Case(step) => Now::Cases(step),
            };
            super::State {
                step,
                link_municipality: self.link_municipality,
                draft: self.draft,
                event_draft: self.event_draft,
                question: self.question,
                case: self.case,
                volunteer: None,
                wish: None,
                mentoring: None,
                pulse: None,
                erasure: None,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Locale;

    #[test]
    fn stored_states_carry_their_version_and_read_back() {
        let state = State {
            step: Step::Announce(super::super::announce::AnnounceStep::Text(Locale::Uk)),
            link_municipality: Some("haram".into()),
            draft: None,
            event_draft: None,
            question: Some("Hvor er legen?".into()),
            case: None,
            volunteer: None,
            wish: None,
            mentoring: None,
            pulse: None,
            erasure: None,
        };
        let stored = state.to_stored();
        assert!(stored.contains(r#""v":2"#), "{stored}");
        assert_eq!(State::from_stored(&stored), Ok(state));
        assert_eq!(
            State::at(Step::MENU).to_stored(),
            r#"{"step":{"at":"menu","flow":"home"},"v":2}"#
        );
    }

    #[test]
    fn states_of_version_1_are_upgraded() {
        let cases = [
            (r#"{"step":{"step":"menu"}}"#, Step::MENU),
            (r#"{"v":1,"step":{"step":"guest"}}"#, Step::GUEST),
            (r#"{"step":{"step":"staff"}}"#, Step::STAFF),
            (
                r#"{"step":{"step":"onboarding","field":"arrival"}}"#,
                Step::question(Question::Arrival),
            ),
            (
                r#"{"step":{"step":"editing","field":"mentor"}}"#,
                Step::Onboarding(onboarding::Step::Editing(Question::Mentor)),
            ),
            (
                r#"{"step":{"step":"skills","field":"languages"}}"#,
                Step::Skills(super::super::skills::SkillsStep::Languages),
            ),
            (
                r#"{"step":{"step":"case","field":"answer"}}"#,
                Step::Cases(super::super::cases::CaseStep::Answer),
            ),
            (
                r#"{"step":{"step":"event","field":{"description":"ti"}}}"#,
                Step::Event(super::super::staff_events::EventStep::Description(
                    Locale::Ti,
                )),
            ),
            (
                r#"{"step":{"step":"ask"}}"#,
                Step::Ask(super::super::ask::Step::Writing),
            ),
        ];
        for (stored, step) in cases {
            assert_eq!(
                State::from_stored(stored).map(|s| s.step),
                Ok(step),
                "{stored}"
            );
        }
        let kept = State::from_stored(
            r#"{"step":{"step":"privacy"},"link_municipality":"tynset","question":"lege?"}"#,
        )
        .unwrap();
        assert_eq!(kept.step, Step::PRIVACY);
        assert_eq!(kept.link_municipality.as_deref(), Some("tynset"));
        assert_eq!(kept.question.as_deref(), Some("lege?"));
    }

    #[test]
    fn unreadable_and_newer_states_are_refused() {
        for bad in [
            "",
            "not json",
            r#"{"step":{"step":"renamed-step"}}"#,
            r#"{"v":2,"step":{"flow":"gone","at":"x"}}"#,
            r#"{"v":"one","step":{"step":"menu"}}"#,
            r#"{"v":2}"#,
        ] {
            assert_eq!(
                State::from_stored(bad),
                Err(StateError::Unreadable),
                "{bad}"
            );
        }
        assert_eq!(
            State::from_stored(r#"{"v":7,"step":{"flow":"home","at":"menu"}}"#),
            Err(StateError::Newer(7))
        );
    }
}
