//! The routing table: one line per flow. A flow — onboarding, the guide,
//! skills, ask a person, staff announcements, … — lives in its own module
//! and owns its button codes, its steps, its screens and what it does with
//! buttons, commands and typed text ([`Flow`]). The table below builds the
//! engine's [`Action`] (a button of some flow) and [`Step`] (where a person
//! is, in some flow) from the flows, and hands every input to the flow it
//! belongs to. Adding a flow is its module and one line here. Commands and
//! replies are offered to the flows in the table's order (the staff flows
//! first: `/events` lists a staff member's events).

use async_trait::async_trait;
use serde::{Deserialize, Serialize};

use super::state::State;
use super::turn::Turn;
use super::wire::{self, CallbackError};
use super::{Button, EngineError, Input};
use super::{
    announce, ask, audit, cases, erase, events, fadder, featured, followup, guide, home, insight,
    mentor, mentor_staff, onboarding, original, paper, skills, staff, staff_events,
};

/// A screen: its text and its rows of buttons.
pub(super) type Screen = (String, Vec<Vec<Button>>);

/// What a turn loads before it runs, because some flow needs it for this
/// input or this step.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct Needs {
    /// The chat's staff memberships.
    pub staff: bool,
    /// What the person told `/skills`.
    pub skills: bool,
    /// The audience of a staff member's draft, for the preview.
    pub audience: bool,
    /// This chat's mentor (fadder) sign-up.
    pub mentor: bool,
}

impl std::ops::BitOrAssign for Needs {
    fn bitor_assign(&mut self, other: Needs) {
        self.staff |= other.staff;
        self.skills |= other.skills;
        self.audience |= other.audience;
        self.mentor |= other.mentor;
    }
}

impl Needs {
    pub const NOTHING: Needs = Needs {
        staff: false,
        skills: false,
        audience: false,
        mentor: false,
    };
    pub const STAFF: Needs = Needs {
        staff: true,
        skills: false,
        audience: false,
        mentor: false,
    };
}

/// One flow of the conversation.
#[async_trait]
pub(super) trait Flow {
    /// Its buttons.
    type Action: Clone + std::fmt::Debug + PartialEq + Eq + Send + Sync + 'static;
    /// Its steps (an empty enum for a flow that only shows things).
    type Step: Clone
        + Copy
        + std::fmt::Debug
        + PartialEq
        + Eq
        + Send
        + Sync
        + Serialize
        + for<'de> Deserialize<'de>
        + 'static;

    /// The wire codes of its buttons (`1:<code>:<value>`), its own alone.
    const CODES: &'static [&'static str];
    /// Whether its steps are the staff side (staff memberships are loaded
    /// there, and someone no longer staff is sent home from them).
    const STAFF: bool = false;

    /// A button's code and value.
    fn encode(action: &Self::Action) -> (&'static str, String);
    /// A button from one of its codes and a value, checked.
    fn decode(code: &str, value: &str) -> Option<Self::Action>;

    /// What the turn must load to handle `input` — which is `action` if it
    /// is one of this flow's buttons — at `step`, if the person is at one
    /// of this flow's steps, with the stored `state`.
    fn needs(
        _input: &Input,
        _action: Option<&Self::Action>,
        _step: Option<Self::Step>,
        _state: &State,
    ) -> Needs {
        Needs::NOTHING
    }

    /// One of its buttons was pressed (or its label typed).
    async fn on_action(turn: &mut Turn<'_>, action: Self::Action) -> Result<(), EngineError>;

    /// A `/command`: `true` if this flow answered it.
    async fn on_command(
        _turn: &mut Turn<'_>,
        _name: &str,
        _args: &str,
    ) -> Result<bool, EngineError> {
        Ok(false)
    }

    /// Text typed at one of its steps that waits for text (see
    /// [`Flow::expects_button`]).
    async fn on_text(
        turn: &mut Turn<'_>,
        _step: Self::Step,
        text: &str,
    ) -> Result<(), EngineError> {
        turn.text_for_buttons(text).await
    }

    /// A reply to one of the bot's own messages: `true` if this flow took it.
    async fn on_reply(
        _turn: &mut Turn<'_>,
        _quoted: &str,
        _text: &str,
    ) -> Result<bool, EngineError> {
        Ok(false)
    }

    /// Whether a step waits for a button (typed text is then read as one).
    fn expects_button(_step: Self::Step) -> bool {
        true
    }

    /// The "yes" and "no" buttons of a step that asks a yes-or-no
    /// question, so that "ja", "так" or "haa" typed work like pressing.
    fn yes_no(_step: Self::Step) -> Option<(Self::Action, Self::Action)> {
        None
    }

    /// What a step shows.
    fn screen(turn: &Turn<'_>, step: Self::Step) -> Screen;
}

/// Builds [`Action`], [`Step`] and the dispatch from the table.
macro_rules! flows {
    ($($(#[$doc:meta])* $name:ident => $flow:ty [$action:ty, $step:ty],)*) => {
        /// What a button asks the engine to do: a button of one flow.
        #[derive(Clone, Debug, PartialEq, Eq)]
        pub enum Action {
            $($(#[$doc])* $name($action),)*
        }

        /// Where a person is: a step of one flow. Stored (see `state.rs`):
        /// rename a flow or a step only with a new state version.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
        #[serde(tag = "flow", content = "at", rename_all = "kebab-case")]
        pub enum Step {
            $($name($step),)*
        }

        $(
            impl From<$action> for Action {
                fn from(action: $action) -> Action {
                    Action::$name(action)
                }
            }
        )*

        impl Action {
            /// The callback data for this button.
            pub fn encode(&self) -> String {
                let (code, value) = match self {
                    $(Action::$name(action) => <$flow as Flow>::encode(action),)*
                };
                wire::frame(code, &value)
            }

            /// Reads callback data. Only checks the form; whether the
            /// button fits the conversation's current step is the flow's
            /// decision.
            pub fn decode(data: &str) -> Result<Action, CallbackError> {
                let (code, value) = wire::unframe(data)?;
                $(
                    if <$flow as Flow>::CODES.contains(&code) {
                        return <$flow as Flow>::decode(code, value)
                            .map(Action::$name)
                            .ok_or(CallbackError::Malformed);
                    }
                )*
                Err(CallbackError::Malformed)
            }
        }

        impl Step {
            /// Whether this is a step of the staff side.
            pub fn is_staff(self) -> bool {
                match self {
                    $(Step::$name(_) => <$flow as Flow>::STAFF,)*
                }
            }

            /// Whether this step waits for a button press.
            pub fn expects_button(self) -> bool {
                match self {
                    $(Step::$name(step) => <$flow as Flow>::expects_button(step),)*
                }
            }
        }

        /// Every flow's wire codes, for the test that no two share one.
        #[cfg(test)]
        pub(super) const CODES: &[&[&str]] = &[$(<$flow as Flow>::CODES,)*];

        /// What every flow needs loaded for this input at this step.
        pub(super) fn needs(input: &Input, action: Option<&Action>, state: &State) -> Needs {
            let step = state.step;
            let mut needs = Needs::NOTHING;
            $(
                let own_action = match action {
                    Some(Action::$name(action)) => Some(action),
                    _ => None,
                };
                let own_step = match step {
                    Step::$name(step) => Some(step),
                    _ => None,
                };
                needs |= <$flow as Flow>::needs(input, own_action, own_step, state);
            )*
            needs
        }

        /// Hands a button to its flow.
        pub(super) async fn on_action(turn: &mut Turn<'_>, action: Action) -> Result<(), EngineError> {
            match action {
                $(Action::$name(action) => <$flow as Flow>::on_action(turn, action).await,)*
            }
        }

        /// Offers a command to each flow, in the table's order.
        pub(super) async fn on_command(
            turn: &mut Turn<'_>,
            name: &str,
            args: &str,
        ) -> Result<bool, EngineError> {
            $(
                if <$flow as Flow>::on_command(turn, name, args).await? {
                    return Ok(true);
                }
            )*
            Ok(false)
        }

        /// Hands typed text to the flow of the current step.
        pub(super) async fn on_text(turn: &mut Turn<'_>, text: &str) -> Result<(), EngineError> {
            match turn.state.step {
                $(Step::$name(step) => <$flow as Flow>::on_text(turn, step, text).await,)*
            }
        }

        /// Offers a reply to one of the bot's messages to each flow.
        pub(super) async fn on_reply(
            turn: &mut Turn<'_>,
            quoted: &str,
            text: &str,
        ) -> Result<bool, EngineError> {
            $(
                if <$flow as Flow>::on_reply(turn, quoted, text).await? {
                    return Ok(true);
                }
            )*
            Ok(false)
        }

        /// The "yes" and "no" buttons of the current step, if it asks.
        pub(super) fn yes_no(step: Step) -> Option<(Action, Action)> {
            match step {
                $(Step::$name(step) => <$flow as Flow>::yes_no(step)
                    .map(|(yes, no)| (Action::$name(yes), Action::$name(no))),)*
            }
        }

        /// What the current step shows.
        pub(super) fn screen(turn: &Turn<'_>) -> Screen {
            match turn.state.step {
                $(Step::$name(step) => <$flow as Flow>::screen(turn, step),)*
            }
        }
    };
}

flows! {
    /// Language, privacy and consent, the profile questions, settings and
    /// deleting everything.
    Onboarding => onboarding::Onboarding [onboarding::Action, onboarding::Step],
    /// The staff home and becoming staff.
    Staff => staff::Staff [staff::StaffAction, staff::Step],
    /// Staff composing and following up announcements.
    Announce => announce::Announce [announce::AnnounceAction, announce::AnnounceStep],
    /// Staff creating, editing and cancelling events.
    Event => staff_events::StaffEvents [staff_events::EventAction, staff_events::EventStep],
    /// Staff answering and closing cases.
    Cases => cases::Cases [cases::CaseAction, cases::CaseStep],
    /// Coordinators erasing a person at their request.
    Erase => erase::Erase [erase::EraseAction, erase::Step],
    /// Coordinators reading their municipality's audit log.
    Audit => audit::Audit [audit::AuditAction, audit::Step],
    /// The welcome letter as a PDF, and staff's posters.
    Paper => paper::Paper [paper::PaperAction, paper::Step],
    /// Coordinators reading what newcomers answered, as counts.
    Insight => insight::Insight [insight::InsightAction, insight::Step],
    /// Staff running the mentor scheme: vetting, the pool, proposals.
    MentorStaff => mentor_staff::MentorStaff [mentor_staff::MentorStaffAction, mentor_staff::Step],
    /// The menu, the guest menu, the letter and a municipality's pages.
    Home => home::Home [home::Action, home::Step],
    /// `/guide`, `/housing`, `/checklist` and typed questions.
    Guide => guide::GuideFlow [guide::GuideAction, guide::Step],
    /// `/skills`.
    Skills => skills::SkillsFlow [skills::SkillsAction, skills::SkillsStep],
    /// What is on, and reminders.
    Events => events::Events [events::EventsAction, events::Step],
    /// Writing a question to a person at the municipality.
    Ask => ask::Ask [ask::AskAction, ask::Step],
    /// Volunteers signing up as mentors (faddere).
    Fadder => fadder::Fadder [fadder::FadderAction, fadder::Step],
    /// Newcomers waiting for a mentor, and both sides of a match.
    Mentor => mentor::Mentor [mentor::MentorAction, mentor::Step],
    /// Newcomer of the month: consent, stories, approval.
    Featured => featured::Featured [featured::FeaturedAction, featured::Step],
    /// Scheduled follow-ups, the pulse, `/pause` and `/resume`.
    FollowUp => followup::FollowUp [followup::FollowUpAction, followup::Step],
    /// The Norwegian original of a machine-translated message.
    Original => original::OriginalFlow [crate::translate::Original, original::Step],
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_two_flows_share_a_wire_code() {
        let mut seen = std::collections::BTreeSet::new();
        for code in CODES.iter().flat_map(|codes| codes.iter()) {
            assert!(seen.insert(*code), "the code {code:?} belongs to two flows");
        }
    }

    #[test]
    fn forged_and_malformed_frames_are_refused() {
        let long = "1:i:".to_owned() + &"x".repeat(70);
        wire::assert_refused(&[
            "",
            "1",
            "1:",
            "1:k",
            "2:k:refugee",
            "1:zz:1",
            "💥:💥:💥",
            &long,
        ]);
    }
}
