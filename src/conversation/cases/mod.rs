//! "Ask a person", the staff side. A newcomer's question (see `ask.rs`)
//! reaches the municipality's staff group (or its coordinators) under a
//! case reference with the person's language and group, never their name.
//! Where nobody receives questions yet, it is kept as a waiting case and
//! reaches the first coordinator or group that joins.
//!
//! Staff answer by replying to the case message, with `/reply S-XXXX text`,
//! or with `/reply S-XXXX` and the answer as the next message; `/cases`
//! lists the open cases with their whole thread; closing one asks for
//! confirmation and tells the newcomer. Its buttons use the codes `cc`,
//! `cy` and `cs`.

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use chrono_tz::Europe::Oslo;
use serde::{Deserialize, Serialize};

use super::flows::{self, Flow, Needs, Screen};
use super::turn::Turn;
use super::{Button, EngineError, Input};
use crate::args;
use crate::cases::{Case, CaseMessage, CaseRef, CaseStatus, clean_message};
use crate::context::AppState;
use crate::i18n::{Locale, Tr};
use crate::letter::split_messages;
use crate::newcomers::{Category, Citizenship};
use crate::staff::{StaffMember, case_municipalities};
use crate::store::{NewCase, NewDelivery, Origin};

mod handling;
mod work;

pub(super) use work::{
    answer_case, close_case, handled_case, notification, open_cases, route_waiting, split_reference,
};

/// A button of a staff member's cases.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CaseAction {
    /// Ask to close a case; `ConfirmClose` does it.
    Close(CaseRef),
    ConfirmClose(CaseRef),
    /// The open cases.
    List,
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

pub(super) struct Cases;

#[async_trait]
impl Flow for Cases {
    type Action = CaseAction;
    type Step = CaseStep;

    const CODES: &'static [&'static str] = &["cc", "cy", "cs"];
    const STAFF: bool = true;

    fn encode(action: &CaseAction) -> (&'static str, String) {
        match action {
            CaseAction::Close(reference) => ("cc", reference.to_string()),
            CaseAction::ConfirmClose(reference) => ("cy", reference.to_string()),
            CaseAction::List => ("cs", "all".to_owned()),
        }
    }

    fn decode(code: &str, value: &str) -> Option<CaseAction> {
        match code {
            "cc" => CaseRef::parse(value).map(CaseAction::Close),
            "cy" => CaseRef::parse(value).map(CaseAction::ConfirmClose),
            "cs" if value == "all" => Some(CaseAction::List),
            _ => None,
        }
    }

    fn needs(
        input: &Input,
        action: Option<&CaseAction>,
        _step: Option<CaseStep>,
        _state: &super::state::State,
    ) -> Needs {
        let by_input = match input {
            Input::Command { name, .. } => {
                name == "cases" || is_reply_command(name) || is_close_command(name)
            }
            Input::Reply { .. } => true,
            _ => false,
        };
        if by_input || action.is_some() {
            Needs::STAFF
        } else {
            Needs::NOTHING
        }
    }

    async fn on_action(turn: &mut Turn<'_>, action: CaseAction) -> Result<(), EngineError> {
        if turn.staff.is_empty() {
            turn.stale();
            return Ok(());
        }
        match action {
            CaseAction::Close(reference) => turn.ask_close(&reference).await,
            CaseAction::ConfirmClose(reference) => turn.staff_close(&reference).await,
            CaseAction::List => turn.staff_cases().await,
        }
    }

    async fn on_command(turn: &mut Turn<'_>, name: &str, args: &str) -> Result<bool, EngineError> {
        if turn.staff.is_empty() {
            return Ok(false);
        }
        if name == "cases" {
            turn.staff_cases().await?;
        } else if is_reply_command(name) {
            match split_reference(args) {
                Some((reference, text)) => turn.staff_reply_command(&reference, text).await?,
                None => {
                    turn.note_msg("case-reply-usage");
                    turn.go(flows::Step::STAFF);
                }
            }
        } else if is_close_command(name) {
            match split_reference(args) {
                Some((reference, _)) => turn.ask_close(&reference).await?,
                None => {
                    turn.note_msg("case-reply-usage");
                    turn.go(flows::Step::STAFF);
                }
            }
        } else {
            return Ok(false);
        }
        Ok(true)
    }

    /// A staff member's reply to a case message answers the case.
    async fn on_reply(turn: &mut Turn<'_>, quoted: &str, text: &str) -> Result<bool, EngineError> {
        match CaseRef::find_in(quoted).filter(|_| !turn.staff.is_empty()) {
            Some(reference) => {
                turn.staff_answer(&reference, text).await?;
                Ok(true)
            }
            None => Ok(false),
        }
    }

    async fn on_text(turn: &mut Turn<'_>, step: CaseStep, text: &str) -> Result<(), EngineError> {
        match step {
            CaseStep::Answer => turn.case_answer_text(text).await,
            CaseStep::ConfirmClose => turn.text_for_buttons(text).await,
        }
    }

    fn expects_button(step: CaseStep) -> bool {
        step != CaseStep::Answer
    }

    fn screen(turn: &Turn<'_>, step: CaseStep) -> Screen {
        case_screen(turn, step)
    }
}

/// `/reply` (or Norwegian `/svar`): staff answer a case.
pub(super) fn is_reply_command(name: &str) -> bool {
    matches!(name, "reply" | "svar")
}

/// `/close` (or Norwegian `/lukk`): staff close a case.
pub(super) fn is_close_command(name: &str) -> bool {
    matches!(name, "close" | "lukk")
}

/// How much of each message of a thread `/cases` shows.
const MESSAGE_PREVIEW_CHARS: usize = 300;
/// How many of the latest messages of a thread `/cases` shows.
const THREAD_SHOWN: usize = 6;

/// The outbox source of something about a case: references are unique
/// within a municipality, so its slug comes first.
fn case_source(municipality: &str, reference: &CaseRef, what: &str) -> String {
    format!("case:{municipality}:{reference}:{what}")
}

/// The outbox source of one message of a case (`q` question, `a` answer):
/// unique per message, even for two in the same microsecond.
pub(super) fn message_source(
    municipality: &str,
    reference: &CaseRef,
    kind: char,
    now: DateTime<Utc>,
) -> String {
    format!(
        "case:{municipality}:{reference}:{kind}:{}:{:08x}",
        now.timestamp_micros(),
        rand::random::<u32>()
    )
}

/// "Polski (pl) · Arbeidsinnvandrer, EU/EØS": what staff know of the
/// person who asks, in staff words.
pub(super) fn who_asks(
    app: &AppState,
    staff_tr: &Tr,
    locale: Locale,
    category: Option<Category>,
    citizenship: Option<Citizenship>,
) -> String {
    let language = format!(
        "{} ({})",
        app.i18n.tr(locale).msg("language-name"),
        locale.code()
    );
    let mut group = category.map_or_else(
        || staff_tr.msg("value-unanswered"),
        |c| staff_tr.msg(staff_category_key(c)),
    );
    if let Some(citizenship) = citizenship {
        group.push_str(", ");
        group.push_str(&staff_tr.msg(staff_citizenship_key(citizenship)));
    }
    format!("{language} · {group}")
}

/// The staff word for one person of a group ("Flyktning").
pub(super) fn staff_category_key(category: Category) -> &'static str {
    match category {
        Category::Refugee => "staff-category-refugee",
        Category::Labour => "staff-category-labour",
        Category::Family => "staff-category-family",
        Category::Other => "staff-category-other",
    }
}

/// The staff word for a citizenship group ("EU/EØS").
fn staff_citizenship_key(citizenship: Citizenship) -> &'static str {
    match citizenship {
        Citizenship::Nordic => "staff-citizenship-nordic",
        Citizenship::Eea => "staff-citizenship-eea",
        Citizenship::Other => "staff-citizenship-other",
    }
}

/// Every message key this module builds from data.
pub(super) fn dynamic_keys() -> impl Iterator<Item = &'static str> {
    Category::ALL
        .iter()
        .map(|c| staff_category_key(*c))
        .chain(Citizenship::ALL.iter().map(|c| staff_citizenship_key(*c)))
}

/// The screen of a case step: waiting for an answer, or confirming a close.
fn case_screen(turn: &Turn, step: CaseStep) -> (String, Vec<Vec<Button>>) {
    let tr = turn.tr();
    let Some(reference) = turn.state.case.as_deref().and_then(CaseRef::parse) else {
        return (
            tr.msg("stale-button"),
            super::staff::staff_home_buttons(turn),
        );
    };
    let case = reference.as_str();
    match step {
        CaseStep::Answer => (
            tr.msg_args(
                "case-answer-prompt",
                &args!["case" => case, "max" => crate::cases::MAX_MESSAGE_CHARS as i64],
            ),
            vec![super::staff::home_row(turn)],
        ),
        CaseStep::ConfirmClose => (
            tr.msg_args("case-close-confirm", &args!["case" => case]),
            vec![
                vec![Button::new(
                    tr.msg_args("case-close-yes", &args!["case" => case]),
                    CaseAction::ConfirmClose(reference.clone()),
                )],
                vec![Button::new(tr.msg("button-back"), CaseAction::List)],
            ],
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::super::wire;
    use super::*;

    #[test]
    fn every_case_button_round_trips_within_telegrams_limit() {
        let reference = CaseRef::parse("S-7KQ4").unwrap();
        wire::assert_round_trips(
            [
                CaseAction::Close(reference.clone()),
                CaseAction::ConfirmClose(reference),
                CaseAction::List,
            ]
            .into_iter()
            .map(flows::Action::from),
        );
    }

    #[test]
    fn forged_case_buttons_are_refused() {
        wire::assert_refused(&["1:cc:S-OOOO", "1:cy:7KQ4", "1:cs:some", "1:cc:"]);
    }
}
