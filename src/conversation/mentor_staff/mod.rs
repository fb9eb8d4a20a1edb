//! Staff running a municipality's mentor scheme (`🤝 Faddere` on the staff
//! home, or `/mentors`): the pool at a glance, vetting new volunteers with
//! the municipality's checklist, approving, pausing or ending a volunteer
//! with a reason, and proposing matches — the optimal assignment of the
//! whole pool — that a coordinator confirms or skips. Only coordinators and
//! mentor coordinators, and only for their own municipalities. Its buttons
//! use the code `ms`.

use async_trait::async_trait;
use serde::{Deserialize, Serialize};

use super::flows::{Flow, Needs, Screen};
use super::turn::Turn;
use super::wire::{positive_id, slug};
use super::{EngineError, Input};
use crate::mentors::VettingStep;

mod handling;
mod screens;

pub(super) use handling::propose_pool;
pub(super) use screens::{dynamic_keys, language_name, reasons_line};

/// The longest reason staff can give for pausing or ending a volunteer.
pub const MAX_REASON_CHARS: usize = 300;

/// What a reason is asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Stop {
    Pause,
    End,
}

impl Stop {
    fn code(self) -> &'static str {
        match self {
            Stop::Pause => "pa",
            Stop::End => "en",
        }
    }
}

/// Where a staff member is in the mentor scheme.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Step {
    /// Choosing the municipality (staff of several).
    Pick,
    /// The pool and what can be done with it.
    Pool,
    /// Waiting for the reason to pause or end this volunteer.
    Reason(i64, Stop),
}

/// A staff member's button in the mentor scheme.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MentorStaffAction {
    Open,
    Pick(String),
    Vetting,
    Mentors,
    Card(i64),
    Tick(i64, VettingStep),
    Approve(i64),
    Stop(i64, Stop),
    Propose,
    Proposals,
    Proposal(i64),
    Confirm(i64),
    Skip(i64),
    Matches,
    Back,
}

impl MentorStaffAction {
    fn encode(&self) -> String {
        use MentorStaffAction as A;
        match self {
            A::Open => "o".into(),
            A::Pick(slug) => format!("m:{slug}"),
            A::Vetting => "v".into(),
            A::Mentors => "l".into(),
            A::Card(id) => format!("c:{id}"),
            A::Tick(id, step) => format!("t:{id}:{}", step.code()),
            A::Approve(id) => format!("ap:{id}"),
            A::Stop(id, stop) => format!("{}:{id}", stop.code()),
            A::Propose => "pr".into(),
            A::Proposals => "ps".into(),
            A::Proposal(id) => format!("p:{id}"),
            A::Confirm(id) => format!("y:{id}"),
            A::Skip(id) => format!("s:{id}"),
            A::Matches => "mt".into(),
            A::Back => "b".into(),
        }
    }

    fn decode(data: &str) -> Option<MentorStaffAction> {
        use MentorStaffAction as A;
        let (code, value) = match data.split_once(':') {
            Some((code, value)) => (code, Some(value)),
            None => (data, None),
        };
        let id = || value.and_then(positive_id);
        match (code, value) {
            ("o", None) => Some(A::Open),
            ("v", None) => Some(A::Vetting),
            ("l", None) => Some(A::Mentors),
            ("pr", None) => Some(A::Propose),
            ("ps", None) => Some(A::Proposals),
            ("mt", None) => Some(A::Matches),
            ("b", None) => Some(A::Back),
            ("m", Some(v)) => slug(v).map(A::Pick),
            ("t", Some(v)) => {
                let (id, step) = v.split_once(':')?;
                Some(A::Tick(positive_id(id)?, VettingStep::from_code(step)?))
            }
            ("c", Some(_)) => id().map(A::Card),
            ("ap", Some(_)) => id().map(A::Approve),
            ("pa", Some(_)) => id().map(|id| A::Stop(id, Stop::Pause)),
            ("en", Some(_)) => id().map(|id| A::Stop(id, Stop::End)),
            ("p", Some(_)) => id().map(A::Proposal),
            ("y", Some(_)) => id().map(A::Confirm),
            ("s", Some(_)) => id().map(A::Skip),
            _ => None,
        }
    }
}

pub(super) struct MentorStaff;

#[async_trait]
impl Flow for MentorStaff {
    type Action = MentorStaffAction;
    type Step = Step;

    const CODES: &'static [&'static str] = &["ms"];
    const STAFF: bool = true;

    fn encode(action: &MentorStaffAction) -> (&'static str, String) {
        ("ms", action.encode())
    }

    fn decode(_code: &str, value: &str) -> Option<MentorStaffAction> {
        MentorStaffAction::decode(value)
    }

    fn needs(
        input: &Input,
        action: Option<&MentorStaffAction>,
        _step: Option<Step>,
        _state: &super::state::State,
    ) -> Needs {
        match input {
            Input::Command { name, .. } if name == "mentors" => Needs::STAFF,
            _ if action.is_some() => Needs::STAFF,
            _ => Needs::NOTHING,
        }
    }

    async fn on_action(turn: &mut Turn<'_>, action: MentorStaffAction) -> Result<(), EngineError> {
        turn.mentor_staff_action(action).await
    }

    async fn on_command(turn: &mut Turn<'_>, name: &str, _args: &str) -> Result<bool, EngineError> {
        if name != "mentors" {
            return Ok(false);
        }
        turn.mentor_staff_action(MentorStaffAction::Open).await?;
        Ok(true)
    }

    async fn on_text(turn: &mut Turn<'_>, step: Step, text: &str) -> Result<(), EngineError> {
        match step {
            Step::Reason(id, stop) => turn.stop_mentor(id, stop, text).await,
            _ => turn.text_for_buttons(text).await,
        }
    }

    fn expects_button(step: Step) -> bool {
        !matches!(step, Step::Reason(..))
    }

    fn screen(turn: &Turn<'_>, step: Step) -> Screen {
        screens::screen(turn, step)
    }
}

#[cfg(test)]
mod tests {
    use super::super::{flows, wire};
    use super::*;

    #[test]
    fn every_mentor_staff_button_round_trips_within_telegrams_limit() {
        use MentorStaffAction as A;
        let id = i64::MAX;
        let mut actions = vec![
            A::Open,
            A::Pick("vestvagoy".into()),
            A::Vetting,
            A::Mentors,
            A::Card(id),
            A::Approve(id),
            A::Stop(id, Stop::Pause),
            A::Stop(id, Stop::End),
            A::Propose,
            A::Proposals,
            A::Proposal(id),
            A::Confirm(id),
            A::Skip(id),
            A::Matches,
            A::Back,
        ];
        actions.extend(VettingStep::ALL.iter().map(|s| A::Tick(id, *s)));
        wire::assert_round_trips(actions.into_iter().map(flows::Action::from));
    }

    #[test]
    fn forged_mentor_staff_buttons_are_refused() {
        wire::assert_refused(&[
            "1:ms:c:0",
            "1:ms:c:-4",
            "1:ms:t:5:horoscope",
            "1:ms:y:x",
            "1:ms:o:1",
            "1:ms:m:Ups!",
        ]);
    }
}
