//! Newcomer of the month (see [`crate::featured`]): a newcomer says from
//! the menu that the municipality may ask them, reads a story's exact text
//! and approves or declines it, and can withdraw; a coordinator picks one
//! of those who said yes, writes the story in Bokmål (and translations),
//! sends it for approval, and announces it only once approved. Its
//! buttons use the codes `nm` (the newcomer) and `ns` (staff).

use async_trait::async_trait;
use serde::{Deserialize, Serialize};

use super::flows::{Flow, Needs, Screen};
use super::turn::Turn;
use super::wire::{parse_yes_no, positive_id, yes_no};
use super::{EngineError, Input};
use crate::i18n::Locale;
use crate::newcomers::{Channel, ChatKey};

mod newcomer;
mod staff;

/// Where a person is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Step {
    /// Asked whether the municipality may ask them (yes, or no typed).
    Consent,
    /// Reading this story's exact text, to approve or decline it.
    Answer(i64),
    /// Asked to confirm withdrawing consent to this story.
    ConfirmWithdraw(i64),
    /// A coordinator typing this story's text in this language.
    Writing(i64, Locale),
}

/// A button of newcomer of the month.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FeaturedAction {
    /// The newcomer's screen (from the menu).
    Open,
    /// May the municipality ask me? yes or no.
    OptIn(bool),
    /// Approve (or decline) this story's exact text.
    Answer(i64, bool),
    /// Withdraw consent to this story (asked again first).
    Withdraw(i64),
    /// Yes or no to withdrawing.
    ConfirmWithdraw(i64, bool),
    /// Staff: the list of those who may be asked, and the stories.
    Staff,
    /// Staff: start a story about this newcomer.
    Write(ChatKey),
    /// Staff: a story.
    Story(i64),
    /// Staff: type this story's text in this language.
    Text(i64, Locale),
    /// Staff: choose a language for a translation.
    Languages(i64),
    /// Staff: send the story to the person for approval.
    Send(i64),
    /// Staff: announce the approved story to the municipality's newcomers
    /// and faddere.
    Announce(i64),
}

fn chat_code(chat: ChatKey) -> String {
    format!("{}.{}", chat.channel.code(), chat.id)
}

fn parse_chat(value: &str) -> Option<ChatKey> {
    let (channel, id) = value.split_once('.')?;
    Some(ChatKey {
        channel: Channel::from_code(channel)?,
        id: id.parse().ok()?,
    })
}

impl FeaturedAction {
    fn encode(&self) -> (&'static str, String) {
        use FeaturedAction as A;
        match self {
            A::Open => ("nm", "o".into()),
            A::OptIn(yes) => ("nm", format!("i:{}", yes_no(*yes))),
            A::Answer(id, yes) => ("nm", format!("a:{id}:{}", yes_no(*yes))),
            A::Withdraw(id) => ("nm", format!("w:{id}")),
            A::ConfirmWithdraw(id, yes) => ("nm", format!("c:{id}:{}", yes_no(*yes))),
            A::Staff => ("ns", "o".into()),
            A::Write(chat) => ("ns", format!("w:{}", chat_code(*chat))),
            A::Story(id) => ("ns", format!("s:{id}")),
            A::Text(id, locale) => ("ns", format!("t:{id}:{}", locale.code())),
            A::Languages(id) => ("ns", format!("l:{id}")),
            A::Send(id) => ("ns", format!("p:{id}")),
            A::Announce(id) => ("ns", format!("n:{id}")),
        }
    }

    fn decode(code: &str, value: &str) -> Option<FeaturedAction> {
        use FeaturedAction as A;
        let parts: Vec<&str> = value.split(':').collect();
        match (code, parts.as_slice()) {
            ("nm", ["o"]) => Some(A::Open),
            ("nm", ["i", yes]) => parse_yes_no(yes).map(A::OptIn),
            ("nm", ["a", id, yes]) => Some(A::Answer(positive_id(id)?, parse_yes_no(yes)?)),
            ("nm", ["w", id]) => positive_id(id).map(A::Withdraw),
            ("nm", ["c", id, yes]) => {
                Some(A::ConfirmWithdraw(positive_id(id)?, parse_yes_no(yes)?))
            }
            ("ns", ["o"]) => Some(A::Staff),
            ("ns", ["w", chat]) => parse_chat(chat).map(A::Write),
            ("ns", ["s", id]) => positive_id(id).map(A::Story),
            ("ns", ["t", id, locale]) => {
                Some(A::Text(positive_id(id)?, Locale::from_code(locale)?))
            }
            ("ns", ["l", id]) => positive_id(id).map(A::Languages),
            ("ns", ["p", id]) => positive_id(id).map(A::Send),
            ("ns", ["n", id]) => positive_id(id).map(A::Announce),
            _ => None,
        }
    }

    /// Whether this is a staff button.
    fn is_staff(&self) -> bool {
        self.encode().0 == "ns"
    }
}

pub(super) struct Featured;

#[async_trait]
impl Flow for Featured {
    type Action = FeaturedAction;
    type Step = Step;

    const CODES: &'static [&'static str] = &["nm", "ns"];

    fn encode(action: &FeaturedAction) -> (&'static str, String) {
        action.encode()
    }

    fn decode(code: &str, value: &str) -> Option<FeaturedAction> {
        FeaturedAction::decode(code, value)
    }

    fn needs(
        input: &Input,
        action: Option<&FeaturedAction>,
        step: Option<Step>,
        _state: &super::state::State,
    ) -> Needs {
        let staff = matches!(input, Input::Command { name, .. } if name == "featured")
            || action.is_some_and(FeaturedAction::is_staff)
            || matches!(step, Some(Step::Writing(..)));
        if staff { Needs::STAFF } else { Needs::NOTHING }
    }

    async fn on_action(turn: &mut Turn<'_>, action: FeaturedAction) -> Result<(), EngineError> {
        if action.is_staff() {
            turn.featured_staff(action).await
        } else {
            turn.featured_newcomer(action).await
        }
    }

    async fn on_command(turn: &mut Turn<'_>, name: &str, _args: &str) -> Result<bool, EngineError> {
        if name != "featured" || turn.staff.is_empty() {
            return Ok(false);
        }
        turn.featured_staff(FeaturedAction::Staff).await?;
        Ok(true)
    }

    async fn on_text(turn: &mut Turn<'_>, step: Step, text: &str) -> Result<(), EngineError> {
        match step {
            Step::Writing(id, locale) => turn.story_text(id, locale, text).await,
            Step::ConfirmWithdraw(_) | Step::Consent | Step::Answer(_) => {
                turn.text_for_buttons(text).await
            }
        }
    }

    fn expects_button(step: Step) -> bool {
        !matches!(step, Step::Writing(..))
    }

    fn yes_no(step: Step) -> Option<(FeaturedAction, FeaturedAction)> {
        match step {
            Step::ConfirmWithdraw(id) => Some((
                FeaturedAction::ConfirmWithdraw(id, true),
                FeaturedAction::ConfirmWithdraw(id, false),
            )),
            Step::Consent => Some((FeaturedAction::OptIn(true), FeaturedAction::OptIn(false))),
            Step::Answer(id) => Some((
                FeaturedAction::Answer(id, true),
                FeaturedAction::Answer(id, false),
            )),
            Step::Writing(..) => None,
        }
    }

    fn screen(turn: &Turn<'_>, step: Step) -> Screen {
        match step {
            Step::Consent => newcomer::consent_screen(turn),
            Step::Answer(id) => newcomer::answer_screen(turn, id),
            Step::ConfirmWithdraw(id) => newcomer::withdraw_screen(turn, id),
            Step::Writing(_, locale) => staff::writing_screen(turn, locale),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{flows, wire};
    use super::*;

    #[test]
    fn buttons_round_trip_and_forgeries_are_refused() {
        use FeaturedAction as A;
        let id = i64::MAX;
        wire::assert_round_trips(
            [
                A::Open,
                A::OptIn(true),
                A::Answer(id, false),
                A::Withdraw(id),
                A::ConfirmWithdraw(id, true),
                A::Staff,
                A::Write(ChatKey::telegram(i64::MAX)),
                A::Write(ChatKey::terminal(7)),
                A::Story(id),
                A::Text(id, Locale::Ti),
                A::Languages(id),
                A::Send(id),
                A::Announce(id),
            ]
            .into_iter()
            .map(flows::Action::from),
        );
        wire::assert_refused(&[
            "1:nm:a:0:y",
            "1:nm:i:maybe",
            "1:ns:w:fax.12",
            "1:ns:w:telegram.x",
            "1:ns:t:4:xx",
            "1:ns:n",
        ]);
    }
}
