//! The newcomer's side of the mentor scheme, and a match between two
//! people: `/mentor` (and the menu) to wait in the municipality's pool with
//! what one hopes for and an optional wish for a woman or a man; the
//! questions to the mentor and then the newcomer when a coordinator has
//! confirmed a proposal; how each side chooses to be reached; and the
//! introduction, in each one's language, once both said yes. Its buttons
//! use the codes `mn` (the pool) and `mt` (a match).

use async_trait::async_trait;
use serde::{Deserialize, Serialize};

use super::flows::{Flow, Needs, Screen};
use super::turn::Turn;
use super::wire::{parse_yes_no, positive_id, yes_no};
use super::{EngineError, Input};
use crate::mentors::{EndReason, Gender, Help};

mod life;
mod matches;
mod pool;

pub use life::keep_matches;
pub(super) use life::to_mentor_staff;
pub(super) use matches::{ask_mentor, withdrawal_notices};

/// An answer to a check-in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CheckInAnswer {
    /// We have met, it is going well.
    Good,
    /// We have not met yet.
    NotYet,
    /// Something is wrong: tell the municipality.
    Problem,
    /// At the agreed end: we go on.
    GoOn,
    /// At the agreed end: we end here, with thanks.
    Finish,
}

impl CheckInAnswer {
    const ALL: [CheckInAnswer; 5] = [
        CheckInAnswer::Good,
        CheckInAnswer::NotYet,
        CheckInAnswer::Problem,
        CheckInAnswer::GoOn,
        CheckInAnswer::Finish,
    ];

    fn code(self) -> &'static str {
        match self {
            CheckInAnswer::Good => "g",
            CheckInAnswer::NotYet => "w",
            CheckInAnswer::Problem => "p",
            CheckInAnswer::GoOn => "on",
            CheckInAnswer::Finish => "fin",
        }
    }

    fn from_code(code: &str) -> Option<CheckInAnswer> {
        CheckInAnswer::ALL.into_iter().find(|a| a.code() == code)
    }
}

/// Where a newcomer (or a mentor answering a match) is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Step {
    /// What they hope for from a mentor (joining the pool, or changing it).
    Wish,
    /// In the pool: waiting, or matched.
    Waiting,
    /// Saying how the other side of this match can reach them.
    Contact(i64),
    /// The same for the newcomer, who also gives the first name the
    /// fadder will know them by.
    NewcomerContact(i64),
    /// Choosing why they end this match.
    Ending(i64),
    /// Writing what is wrong in this match (it becomes a case).
    Problem(i64),
}

/// A button of the mentor scheme's newcomer side or of a match.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MentorAction {
    /// `/mentor`: the pool entry, or the wish screen.
    Open,
    Hope(Help),
    /// A mentor of this gender only (pressing it again takes it back).
    Prefer(Gender),
    /// Join the pool with the wish (or keep the changed wish).
    Save,
    /// Change the wish.
    Change,
    /// Leave the pool.
    Leave,
    /// Yes or no to the match with this id.
    Answer(i64, bool),
    /// Share a link to one's Telegram profile with the other side.
    ShareLink(i64),
    /// This chat's running matches.
    Mine,
    /// An answer to a check-in of this match.
    CheckIn(i64, CheckInAnswer),
    /// End this match (the reason is asked next).
    End(i64),
    EndWith(i64, EndReason),
}

impl MentorAction {
    fn encode(&self) -> (&'static str, String) {
        use MentorAction as A;
        match self {
            A::Open => ("mn", "o".into()),
            A::Hope(h) => ("mn", format!("h:{}", h.code())),
            A::Prefer(g) => ("mn", format!("g:{}", g.code())),
            A::Save => ("mn", "s".into()),
            A::Change => ("mn", "c".into()),
            A::Leave => ("mn", "x".into()),
            A::Answer(id, yes) => ("mt", format!("a:{id}:{}", yes_no(*yes))),
            A::ShareLink(id) => ("mt", format!("l:{id}")),
            A::Mine => ("mn", "m".into()),
            A::CheckIn(id, answer) => ("mt", format!("c:{id}:{}", answer.code())),
            A::End(id) => ("mt", format!("e:{id}")),
            A::EndWith(id, reason) => ("mt", format!("er:{id}:{}", reason.code())),
        }
    }

    fn decode(code: &str, data: &str) -> Option<MentorAction> {
        use MentorAction as A;
        let (key, value) = match data.split_once(':') {
            Some((key, value)) => (key, Some(value)),
            None => (data, None),
        };
        match (code, key, value) {
            ("mn", "o", None) => Some(A::Open),
            ("mn", "s", None) => Some(A::Save),
            ("mn", "c", None) => Some(A::Change),
            ("mn", "x", None) => Some(A::Leave),
            ("mn", "h", Some(v)) => Help::from_code(v).map(A::Hope),
            ("mn", "g", Some(v)) => Gender::from_code(v).map(A::Prefer),
            ("mt", "a", Some(v)) => {
                let (id, yes) = v.split_once(':')?;
                Some(A::Answer(positive_id(id)?, parse_yes_no(yes)?))
            }
            ("mt", "l", Some(v)) => positive_id(v).map(A::ShareLink),
            ("mn", "m", None) => Some(A::Mine),
            ("mt", "c", Some(v)) => {
                let (id, answer) = v.split_once(':')?;
                Some(A::CheckIn(
                    positive_id(id)?,
                    CheckInAnswer::from_code(answer)?,
                ))
            }
            ("mt", "e", Some(v)) => positive_id(v).map(A::End),
            ("mt", "er", Some(v)) => {
                let (id, reason) = v.split_once(':')?;
                Some(A::EndWith(positive_id(id)?, EndReason::from_code(reason)?))
            }
            _ => None,
        }
    }
}

pub(super) struct Mentor;

#[async_trait]
impl Flow for Mentor {
    type Action = MentorAction;
    type Step = Step;

    const CODES: &'static [&'static str] = &["mn", "mt"];

    fn encode(action: &MentorAction) -> (&'static str, String) {
        action.encode()
    }

    fn decode(code: &str, value: &str) -> Option<MentorAction> {
        MentorAction::decode(code, value)
    }

    fn needs(
        input: &Input,
        action: Option<&MentorAction>,
        step: Option<Step>,
        _state: &super::state::State,
    ) -> Needs {
        let ours = matches!(input, Input::Command { name, .. } if name == "mentor")
            || action.is_some()
            || step.is_some();
        Needs {
            mentor: ours,
            ..Needs::NOTHING
        }
    }

    async fn on_action(turn: &mut Turn<'_>, action: MentorAction) -> Result<(), EngineError> {
        match action {
            MentorAction::Answer(id, yes) => turn.answer_match(id, yes).await,
            MentorAction::ShareLink(id) => turn.give_contact(id, None).await,
            MentorAction::Mine => turn.show_my_matches().await,
            MentorAction::CheckIn(id, answer) => turn.checkin_answer(id, answer).await,
            MentorAction::End(id) => turn.begin_ending(id).await,
            MentorAction::EndWith(id, reason) => turn.end_with(id, reason).await,
            other => turn.pool_action(other).await,
        }
    }

    async fn on_command(turn: &mut Turn<'_>, name: &str, _args: &str) -> Result<bool, EngineError> {
        if name != "mentor" {
            return Ok(false);
        }
        turn.pool_action(MentorAction::Open).await?;
        Ok(true)
    }

    async fn on_text(turn: &mut Turn<'_>, step: Step, text: &str) -> Result<(), EngineError> {
        match step {
            Step::Contact(id) | Step::NewcomerContact(id) => {
                turn.give_contact(id, Some(text)).await
            }
            Step::Problem(id) => turn.report_problem(id, text).await,
            _ => turn.text_for_buttons(text).await,
        }
    }

    fn expects_button(step: Step) -> bool {
        !matches!(
            step,
            Step::Contact(_) | Step::NewcomerContact(_) | Step::Problem(_)
        )
    }

    fn screen(turn: &Turn<'_>, step: Step) -> Screen {
        match step {
            Step::Wish | Step::Waiting => pool::screen(turn, step),
            Step::Contact(_) | Step::NewcomerContact(_) => matches::contact_screen(turn, step),
            Step::Ending(id) => life::ending_screen(turn, id),
            Step::Problem(_) => life::problem_screen(turn),
        }
    }
}

/// The message keys this flow builds from data.
pub fn dynamic_keys() -> impl Iterator<Item = &'static str> {
    pool::dynamic_keys().chain(life::dynamic_keys())
}

#[cfg(test)]
mod tests {
    use super::super::{flows, wire};
    use super::*;

    #[test]
    fn every_mentor_button_round_trips_within_telegrams_limit() {
        use MentorAction as A;
        let mut actions = vec![
            A::Open,
            A::Save,
            A::Change,
            A::Leave,
            A::Answer(i64::MAX, true),
            A::Answer(1, false),
            A::ShareLink(i64::MAX),
            A::Mine,
            A::End(i64::MAX),
        ];
        actions.extend(CheckInAnswer::ALL.map(|a| A::CheckIn(i64::MAX, a)));
        actions.extend(EndReason::ALL.iter().map(|r| A::EndWith(i64::MAX, *r)));
        actions.extend(Help::ALL.iter().map(|h| A::Hope(*h)));
        actions.extend(Gender::ALL.iter().map(|g| A::Prefer(*g)));
        wire::assert_round_trips(actions.into_iter().map(flows::Action::from));
    }

    #[test]
    fn forged_mentor_buttons_are_refused() {
        wire::assert_refused(&[
            "1:mt:a:0:y",
            "1:mt:a:5:maybe",
            "1:mt:a:5",
            "1:mn:h:money",
            "1:mn:g:other",
            "1:mt:l:-1",
            "1:mn:o:1",
            "1:mt:c:5:great",
            "1:mt:er:5:boredom",
            "1:mt:e:0",
        ]);
    }
}
