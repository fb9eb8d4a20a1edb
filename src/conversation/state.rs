//! The conversation state persisted per chat between turns.

use serde::{Deserialize, Serialize};

use super::callback::Field;

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
}

impl Step {
    /// Whether this step waits for a button press.
    pub fn expects_button(self) -> bool {
        !matches!(self, Step::Menu | Step::Guest)
    }
}

/// The persisted state of one chat.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct State {
    pub step: Step,
    /// The municipality a deep link (or the link picker) named before the
    /// person consented; used to skip the municipality question.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link_municipality: Option<String>,
}

impl State {
    pub fn at(step: Step) -> State {
        State {
            step,
            link_municipality: None,
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
        };
        let json = serde_json::to_string(&state).unwrap();
        assert_eq!(serde_json::from_str::<State>(&json).unwrap(), state);
        let menu = serde_json::to_string(&State::at(Step::Menu)).unwrap();
        assert_eq!(menu, r#"{"step":{"step":"menu"}}"#);
    }
}
