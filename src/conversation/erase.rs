//! An erasure request that reaches the municipality by phone, letter or at
//! the desk: a coordinator erases everything velkommen stores about the
//! person of a case — `/erase S-7KQ4 the reason`, or the staff home's
//! "🗑 Erasure request" — after a confirmation that names the case, with
//! the reason written to the audit log. It is the person's own `/delete`,
//! run for them: the other side of a fadder match is told first, stories
//! are withdrawn, and the person gets one message in their language saying
//! it was done. On the server: `velkommen erase`. Its buttons use the code
//! `er`.

use async_trait::async_trait;
use serde::{Deserialize, Serialize};

use super::cases::{handled_case, split_reference};
use super::flows::{self, Flow, Needs, Screen};
use super::staff::home_row;
use super::turn::Turn;
use super::{Button, EngineError, Incoming, Input};
use crate::args;
use crate::audit::{Action, Actor};
use crate::context::AppState;
use crate::newcomers::ChatKey;
use crate::store::{NewDelivery, Origin};

/// The longest reason a coordinator may type.
const MAX_REASON_CHARS: usize = 300;

/// A button of the erasure.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EraseAction {
    /// Start: type the case and the reason.
    Open,
    /// Erase, as confirmed.
    Confirm,
    Cancel,
}

/// Where a coordinator is in an erasure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Step {
    /// Waiting for "S-7KQ4 the reason".
    Request,
    /// Asked to confirm.
    Confirm,
}

pub(super) struct Erase;

#[async_trait]
impl Flow for Erase {
    type Action = EraseAction;
    type Step = Step;

    const CODES: &'static [&'static str] = &["er"];
    const STAFF: bool = true;

    fn encode(action: &EraseAction) -> (&'static str, String) {
        let value = match action {
            EraseAction::Open => "o",
            EraseAction::Confirm => "y",
            EraseAction::Cancel => "x",
        };
        ("er", value.to_owned())
    }

    fn decode(_code: &str, value: &str) -> Option<EraseAction> {
        match value {
            "o" => Some(EraseAction::Open),
            "y" => Some(EraseAction::Confirm),
            "x" => Some(EraseAction::Cancel),
            _ => None,
        }
    }

    fn needs(
        input: &Input,
        action: Option<&EraseAction>,
        step: Option<Step>,
        _state: &super::state::State,
    ) -> Needs {
        let command = matches!(input, Input::Command { name, .. } if name == "erase");
        if command || action.is_some() || step.is_some() {
            Needs::STAFF
        } else {
            Needs::NOTHING
        }
    }

    async fn on_action(turn: &mut Turn<'_>, action: EraseAction) -> Result<(), EngineError> {
        let step = match turn.state.step {
            flows::Step::Erase(step) => Some(step),
            _ => None,
        };
        if coordinator_municipalities(turn).is_empty() {
            turn.stale();
            return Ok(());
        }
        match (action, step) {
            (EraseAction::Open, _) => {
                turn.state.erasure = None;
                turn.go(flows::Step::Erase(Step::Request));
            }
            (EraseAction::Confirm, Some(Step::Confirm)) => turn.erase_confirmed().await?,
            (EraseAction::Cancel, Some(_)) => {
                turn.state.erasure = None;
                turn.note_msg("erase-cancelled");
                turn.go(flows::Step::STAFF);
            }
            _ => turn.stale(),
        }
        Ok(())
    }

    async fn on_command(turn: &mut Turn<'_>, name: &str, args: &str) -> Result<bool, EngineError> {
        if name != "erase" || coordinator_municipalities(turn).is_empty() {
            return Ok(false);
        }
        if args.trim().is_empty() {
            turn.state.erasure = None;
            turn.go(flows::Step::Erase(Step::Request));
        } else {
            turn.erase_request(args).await?;
        }
        Ok(true)
    }

    async fn on_text(turn: &mut Turn<'_>, step: Step, text: &str) -> Result<(), EngineError> {
        match step {
            Step::Request => turn.erase_request(text).await,
            Step::Confirm => turn.text_for_buttons(text).await,
        }
    }

    fn expects_button(step: Step) -> bool {
        step == Step::Confirm
    }

    fn screen(turn: &Turn<'_>, step: Step) -> Screen {
        let tr = turn.tr();
        let cancel = vec![Button::new(tr.msg("announce-cancel"), EraseAction::Cancel)];
        match (step, &turn.state.erasure) {
            (Step::Request, _) => (
                tr.msg_args("erase-prompt", &args!["max" => MAX_REASON_CHARS as i64]),
                vec![cancel],
            ),
            (Step::Confirm, Some((reference, reason))) => (
                tr.msg_args(
                    "erase-confirm",
                    &args!["case" => reference.as_str(), "reason" => reason.as_str()],
                ),
                vec![
                    vec![Button::new(tr.msg("erase-yes"), EraseAction::Confirm)],
                    cancel,
                ],
            ),
            (Step::Confirm, None) => (tr.msg("stale-button"), vec![home_row(turn)]),
        }
    }
}

/// The municipalities where this chat may erase people: it is their
/// coordinator, in person.
fn coordinator_municipalities(turn: &Turn) -> Vec<String> {
    crate::staff::insight_municipalities(&turn.staff)
}

/// This chat's memberships as a coordinator, for finding a case.
fn coordinator_memberships(turn: &Turn) -> Vec<crate::staff::StaffMember> {
    let allowed = coordinator_municipalities(turn);
    turn.staff
        .iter()
        .filter(|m| allowed.contains(&m.municipality))
        .cloned()
        .collect()
}

/// Runs a chat's own `/delete` as a turn of that chat; its replies.
async fn erase_turn(app: &AppState, chat: ChatKey) -> Result<Vec<super::Reply>, EngineError> {
    app.engine()
        .try_handle(Incoming {
            chat,
            language_code: None,
            input: Input::ErasedOnRequest,
            update: None,
        })
        .await
}

impl Turn<'_> {
    /// "S-7KQ4 the reason" typed: the case must be one of this
    /// coordinator's municipalities, and a reason is required.
    async fn erase_request(&mut self, typed: &str) -> Result<(), EngineError> {
        let Some((reference, reason)) = split_reference(typed).filter(|(_, r)| !r.is_empty())
        else {
            self.note_msg("erase-usage");
            self.go(flows::Step::Erase(Step::Request));
            return Ok(());
        };
        let Some(reason) = self.typed(reason, MAX_REASON_CHARS) else {
            return Ok(());
        };
        let coordinator = coordinator_memberships(self);
        if handled_case(self.app, &coordinator, &reference)
            .await?
            .is_none()
        {
            let text = self
                .tr()
                .msg_args("case-unknown", &args!["case" => reference.as_str()]);
            self.note(text);
            self.go(flows::Step::Erase(Step::Request));
            return Ok(());
        }
        self.state.erasure = Some((reference.as_str().to_owned(), reason));
        self.go(flows::Step::Erase(Step::Confirm));
        Ok(())
    }

    /// Erases, checking the rights once more.
    async fn erase_confirmed(&mut self) -> Result<(), EngineError> {
        let Some((reference, reason)) = self.state.erasure.take() else {
            self.stale();
            return Ok(());
        };
        let coordinator = coordinator_memberships(self);
        let case = match crate::cases::CaseRef::parse(&reference) {
            Some(reference) => handled_case(self.app, &coordinator, &reference).await?,
            None => None,
        };
        let Some(case) = case else {
            self.stale();
            return Ok(());
        };
        if case.chat == self.chat {
            // One's own data goes with /delete.
            self.stale();
            return Ok(());
        }
        erase_on_request(
            self.app,
            &case.municipality,
            case.chat,
            Actor::Chat(self.chat),
            &format!("{reference}: {reason}"),
        )
        .await?;
        let text = self
            .tr()
            .msg_args("erase-done", &args!["case" => reference.as_str()]);
        self.note(text);
        self.go(flows::Step::STAFF);
        Ok(())
    }

    /// This chat's turn when its municipality erases it: what its own
    /// `/delete` does, and a message saying so.
    pub(super) async fn erase_on_request(&mut self) -> Result<(), EngineError> {
        self.leave_mentor_scheme().await?;
        self.withdraw_all_stories().await?;
        self.app.store.delete_person(self.chat).await?;
        self.erased = true;
        self.newcomer = None;
        self.note_msg("erase-notice");
        Ok(())
    }
}

/// Erases everything about `chat` for `municipality` at the person's
/// request, made by `actor` for `reason`: the person's own `/delete` run
/// for them, a message to them saying so, and an entry in the audit log.
pub async fn erase_on_request(
    app: &AppState,
    municipality: &str,
    chat: ChatKey,
    actor: Actor,
    reason: &str,
) -> Result<(), EngineError> {
    let replies = erase_turn(app, chat).await?;
    let now = app.clock.now();
    for reply in replies {
        let delivery = NewDelivery {
            municipality: municipality.to_owned(),
            chat,
            source: format!("erased:{}", now.timestamp_micros()),
            origin: Origin::Other,
            body: reply.to_body(),
            urgent: false,
            not_before: now,
        };
        app.store.enqueue(&delivery, now).await?;
    }
    app.audit(municipality, actor, Action::Erasure, reason)
        .await?;
    tracing::info!(municipality, "a person was erased at their request");
    Ok(())
}

/// How many quiet people the retention job looks at per run.
const RETENTION_BATCH: i64 = 500;

/// The retention job (see [`crate::retention`]), once a day per process:
/// deletes cases closed long ago, warns people quiet for almost the
/// retention time, and erases those warned a week ago who stayed quiet.
/// Returns how many people and cases it touched.
pub async fn keep_retention(
    app: &AppState,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<usize, EngineError> {
    let today = format!(
        "retention:{}",
        now.with_timezone(&chrono_tz::Europe::Oslo).date_naive()
    );
    {
        let mut done = app
            .done_this_period
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if !done.insert(today) {
            return Ok(0);
        }
    }
    let rules = app.retention;
    let cases = match rules.closed_cases {
        Some(keep) => app.store.delete_closed_cases(now - keep).await?,
        None => 0,
    };
    let (mut warned, mut erased) = (0, 0);
    if let Some(inactive) = rules.inactive {
        let quiet = app
            .store
            .quiet_since(now - (inactive - rules.warn_before), RETENTION_BATCH)
            .await?;
        for person in quiet {
            match rules.due(person.last_active, person.warned_at, now) {
                crate::retention::Due::Nothing => {}
                // Someone who never consented has only a language and a
                // step stored, and no municipality to write from: erased
                // without a word.
                crate::retention::Due::Warn(_) if person.municipality.is_none() => {
                    erase_turn(app, person.chat).await?;
                    erased += 1;
                }
                crate::retention::Due::Warn(on) => {
                    let tr = app.i18n.tr(person.locale);
                    let text = tr.msg_args(
                        "retention-warning",
                        &args!["date" => crate::i18n::format_oslo_date(on)],
                    );
                    let delivery = NewDelivery {
                        municipality: person.municipality.clone().unwrap_or_default(),
                        chat: person.chat,
                        source: format!("retention-warning:{}", now.timestamp()),
                        origin: Origin::Other,
                        body: super::Reply::outbox_body(text),
                        urgent: false,
                        not_before: now,
                    };
                    app.store.enqueue(&delivery, now).await?;
                    app.store.mark_warned(person.chat, now).await?;
                    warned += 1;
                }
                crate::retention::Due::Erase => {
                    // Their own /delete, run for them; they were told.
                    erase_turn(app, person.chat).await?;
                    erased += 1;
                }
            }
        }
    }
    tracing::info!(
        closed_cases = cases,
        warned,
        erased,
        "retention: closed cases deleted, quiet people warned and erased"
    );
    Ok(cases as usize + warned + erased)
}
