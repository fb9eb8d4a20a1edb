//! Follow-ups: the scheduled messages a newcomer gets over their first two
//! years (see [`crate::followups`]), chosen from their situation — the
//! open checklist steps, a fadder if they have none, the next events, and
//! from three months the pulse ([`crate::pulse`]), one tap per question;
//! `/pause` and `/resume` for fewer messages. Its buttons use the code
//! `fu`.

use async_trait::async_trait;
use serde::{Deserialize, Serialize};

use super::EngineError;
use super::flows::{self, Flow, Screen};
use super::turn::Turn;
use super::wire::{parse_yes_no, positive_id, yes_no};
use crate::pulse::Question;

mod message;
mod pause;
mod pulse;

pub use message::keep_followups;

/// How long `/pause` holds follow-ups back.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PauseFor {
    /// This many months.
    Months(u8),
    /// Until they `/resume`.
    UntilResumed,
}

impl PauseFor {
    /// The choices offered.
    pub const CHOICES: [PauseFor; 4] = [
        PauseFor::Months(1),
        PauseFor::Months(3),
        PauseFor::Months(6),
        PauseFor::UntilResumed,
    ];

    fn code(self) -> String {
        match self {
            PauseFor::Months(n) => n.to_string(),
            PauseFor::UntilResumed => "r".into(),
        }
    }

    fn from_code(code: &str) -> Option<PauseFor> {
        PauseFor::CHOICES.into_iter().find(|c| c.code() == code)
    }
}

/// Where a person is in a follow-up.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Step {
    /// Answering a question of their pulse response (its id).
    Pulse(i64, Question),
    /// Asked whether they want a talk about staying or moving.
    Talk(i64),
    /// Choosing how long to pause follow-ups.
    Pausing,
}

/// A button of a follow-up.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FollowUpAction {
    /// Start (or go on with) the pulse of the follow-up this many months
    /// after registering.
    Start(u32),
    /// Answer a question of response `id` with option `index` (0–10 on a
    /// scale).
    Answer(i64, Question, u8),
    /// Tick or untick option `index` of a question with several answers.
    Toggle(i64, Question, u8),
    /// Go on to the next question (skipping this one, or done ticking).
    Next(i64, Question),
    /// Stop answering for now.
    Stop(i64),
    /// Yes or no to a talk about staying or moving.
    Talk(i64, bool),
    /// "Not now" under a follow-up.
    NotNow,
    /// `/pause`: the choices.
    Pause,
    PauseFor(PauseFor),
    /// `/resume`.
    Resume,
}

fn index(value: &str) -> Option<u8> {
    value.parse().ok().filter(|i| *i <= 20)
}

impl FollowUpAction {
    fn encode(&self) -> String {
        use FollowUpAction as A;
        match self {
            A::Start(round) => format!("s:{round}"),
            A::Answer(id, q, i) => format!("a:{id}:{}:{i}", q.code()),
            A::Toggle(id, q, i) => format!("t:{id}:{}:{i}", q.code()),
            A::Next(id, q) => format!("n:{id}:{}", q.code()),
            A::Stop(id) => format!("x:{id}"),
            A::Talk(id, yes) => format!("k:{id}:{}", yes_no(*yes)),
            A::NotNow => "l".into(),
            A::Pause => "p".into(),
            A::PauseFor(choice) => format!("p:{}", choice.code()),
            A::Resume => "r".into(),
        }
    }

    fn decode(data: &str) -> Option<FollowUpAction> {
        use FollowUpAction as A;
        let parts: Vec<&str> = data.split(':').collect();
        match parts.as_slice() {
            ["s", round] => round
                .parse()
                .ok()
                .filter(|r| *r <= crate::followups::MAX_OFFSET_MONTHS)
                .map(A::Start),
            ["a", id, q, i] => Some(A::Answer(
                positive_id(id)?,
                Question::from_code(q)?,
                index(i)?,
            )),
            ["t", id, q, i] => Some(A::Toggle(
                positive_id(id)?,
                Question::from_code(q)?,
                index(i)?,
            )),
            ["n", id, q] => Some(A::Next(positive_id(id)?, Question::from_code(q)?)),
            ["x", id] => positive_id(id).map(A::Stop),
            ["k", id, yes] => Some(A::Talk(positive_id(id)?, parse_yes_no(yes)?)),
            ["l"] => Some(A::NotNow),
            ["p"] => Some(A::Pause),
            ["p", choice] => PauseFor::from_code(choice).map(A::PauseFor),
            ["r"] => Some(A::Resume),
            _ => None,
        }
    }
}

pub(super) struct FollowUp;

#[async_trait]
impl Flow for FollowUp {
    type Action = FollowUpAction;
    type Step = Step;

    const CODES: &'static [&'static str] = &["fu"];

    fn encode(action: &FollowUpAction) -> (&'static str, String) {
        ("fu", action.encode())
    }

    fn decode(_code: &str, value: &str) -> Option<FollowUpAction> {
        FollowUpAction::decode(value)
    }

    async fn on_action(turn: &mut Turn<'_>, action: FollowUpAction) -> Result<(), EngineError> {
        use FollowUpAction as A;
        if turn.newcomer.is_none() {
            turn.stale();
            return Ok(());
        }
        match action {
            A::Start(round) => turn.start_pulse(round).await,
            A::Answer(id, question, i) => turn.answer_pulse(id, question, i, false).await,
            A::Toggle(id, question, i) => turn.answer_pulse(id, question, i, true).await,
            A::Next(id, question) => turn.next_question(id, question).await,
            A::Stop(id) => turn.stop_pulse(id).await,
            A::Talk(id, yes) => turn.answer_talk(id, yes).await,
            A::NotNow => {
                turn.note_msg("followup-not-now-done");
                turn.go(flows::Step::MENU);
                Ok(())
            }
            A::Pause => {
                turn.go(flows::Step::FollowUp(Step::Pausing));
                Ok(())
            }
            A::PauseFor(choice) => turn.pause_followups(choice).await,
            A::Resume => turn.resume_followups().await,
        }
    }

    async fn on_command(turn: &mut Turn<'_>, name: &str, _args: &str) -> Result<bool, EngineError> {
        let action = match name {
            "pause" => FollowUpAction::Pause,
            "resume" => FollowUpAction::Resume,
            _ => return Ok(false),
        };
        if turn.newcomer.is_none() {
            turn.note_msg("followup-needs-profile");
            turn.prompt();
            return Ok(true);
        }
        Self::on_action(turn, action).await?;
        Ok(true)
    }

    fn yes_no(step: Step) -> Option<(FollowUpAction, FollowUpAction)> {
        match step {
            Step::Talk(id) => Some((
                FollowUpAction::Talk(id, true),
                FollowUpAction::Talk(id, false),
            )),
            _ => None,
        }
    }

    fn screen(turn: &Turn<'_>, step: Step) -> Screen {
        match step {
            Step::Pulse(id, question) => pulse::question_screen(turn, id, question),
            Step::Talk(id) => pulse::talk_screen(turn, id),
            Step::Pausing => pause::pause_screen(turn),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conversation::flows::Action;
    use crate::conversation::wire::{assert_refused, assert_round_trips};

    #[test]
    fn buttons_round_trip_and_forgeries_are_refused() {
        use FollowUpAction as A;
        let actions = [
            A::Start(3),
            A::Answer(7, Question::Life, 10),
            A::Toggle(7, Question::Good, 2),
            A::Next(7, Question::Reasons),
            A::Stop(7),
            A::Talk(7, true),
            A::NotNow,
            A::Pause,
            A::PauseFor(PauseFor::Months(3)),
            A::PauseFor(PauseFor::UntilResumed),
            A::Resume,
        ];
        assert_round_trips(actions.into_iter().map(Action::FollowUp));
        assert_refused(&[
            "1:fu:s:61",
            "1:fu:s:-1",
            "1:fu:a:0:ls:1",
            "1:fu:a:7:zz:1",
            "1:fu:a:7:ls:99",
            "1:fu:p:2",
            "1:fu:k:7:maybe",
            "1:fu:x",
        ]);
    }
}
