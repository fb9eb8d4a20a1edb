//! The conversation state persisted per chat between turns.

use serde::{Deserialize, Serialize};

use super::callback::Field;
use crate::announcements::{Audience, Schedule, Texts};
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
    /// Waiting for a crontab expression.
    ScheduleRepeat,
    Preview,
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
}

impl Step {
    /// Whether this step waits for a button press.
    pub fn expects_button(self) -> bool {
        !matches!(
            self,
            Step::Menu
                | Step::Guest
                | Step::Staff
                | Step::Announce(
                    AnnounceStep::Text(_) | AnnounceStep::ScheduleAt | AnnounceStep::ScheduleRepeat
                )
        )
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
    /// A staff member's announcement in progress.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub draft: Option<Draft>,
}

impl State {
    pub fn at(step: Step) -> State {
        State {
            step,
            link_municipality: None,
            draft: None,
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
        };
        let json = serde_json::to_string(&state).unwrap();
        assert_eq!(serde_json::from_str::<State>(&json).unwrap(), state);
        let menu = serde_json::to_string(&State::at(Step::Menu)).unwrap();
        assert_eq!(menu, r#"{"step":{"step":"menu"}}"#);
    }
}
