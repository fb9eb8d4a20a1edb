//! "Ask a person": a newcomer writes a question to a person at their
//! municipality. It goes to the municipality's staff group (or its
//! coordinators) under a case reference with the person's language and
//! group, never their name; the answer comes back in the chat. Its button
//! uses the code `ak`.

use async_trait::async_trait;
use serde::{Deserialize, Serialize};

use super::cases::{message_source, notification, who_asks};
use super::flows::{self, Flow, Screen};
use super::home::MenuItem;
use super::turn::Turn;
use super::{Button, EngineError};
use crate::args;
use crate::cases::CaseRef;
use crate::i18n::Locale;
use crate::staff::question_receivers;
use crate::store::{NewCase, NewDelivery, Origin, StoreError};

/// How often a new case draws a reference before giving up: with 331 776
/// references per municipality, ten draws all taken means the space is
/// nearly full.
const REFERENCE_ATTEMPTS: u32 = 10;

/// The button of "ask a person".
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AskAction {
    /// Send the question carried from a typed question.
    Carried,
}

/// Where a newcomer is in asking.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Step {
    /// Writing the question.
    Writing,
}

pub(super) struct Ask;

#[async_trait]
impl Flow for Ask {
    type Action = AskAction;
    type Step = Step;

    const CODES: &'static [&'static str] = &["ak"];

    fn encode(action: &AskAction) -> (&'static str, String) {
        match action {
            AskAction::Carried => ("ak", "q".to_owned()),
        }
    }

    fn decode(_code: &str, value: &str) -> Option<AskAction> {
        (value == "q").then_some(AskAction::Carried)
    }

    async fn on_action(turn: &mut Turn<'_>, action: AskAction) -> Result<(), EngineError> {
        match action {
            AskAction::Carried if turn.state.step == flows::Step::Ask(Step::Writing) => {
                match turn.carried.take() {
                    Some(question) => turn.ask_text(&question).await?,
                    None => turn.stale(),
                }
            }
            AskAction::Carried => turn.stale(),
        }
        Ok(())
    }

    async fn on_text(turn: &mut Turn<'_>, _step: Step, text: &str) -> Result<(), EngineError> {
        turn.ask_text(text).await
    }

    fn expects_button(_step: Step) -> bool {
        false
    }

    fn screen(turn: &Turn<'_>, _step: Step) -> Screen {
        ask_screen(turn)
    }
}

impl Turn<'_> {
    /// "Ask a person" from the menu: needs a profile with a municipality.
    /// A question carried from a typed question can be sent with one tap.
    pub(super) async fn begin_ask(&mut self) -> Result<(), EngineError> {
        self.state.question = self.carried.take();
        self.ask_receivers = Some(self.has_receivers().await?);
        self.go(flows::Step::Ask(Step::Writing));
        Ok(())
    }

    /// Whether anyone at the person's municipality receives questions.
    async fn has_receivers(&self) -> Result<bool, EngineError> {
        let Some(municipality) = self.newcomer.as_ref().and_then(|n| n.municipality.clone()) else {
            return Ok(false);
        };
        let staff = self.app.store.list_staff(Some(&municipality)).await?;
        Ok(!question_receivers(&staff).is_empty())
    }

    /// The question a newcomer typed (or carried).
    pub(super) async fn ask_text(&mut self, text: &str) -> Result<(), EngineError> {
        let Some((newcomer, municipality)) = self.newcomer_in_municipality() else {
            return Ok(());
        };
        let Some(text) = self.typed(text, crate::cases::MAX_MESSAGE_CHARS) else {
            return Ok(());
        };
        let staff_tr = self.app.i18n.tr(Locale::Nb);
        let who = who_asks(
            self.app,
            &staff_tr,
            self.locale,
            newcomer.category,
            newcomer.citizenship,
        );
        let name = self.municipality_name(&municipality);
        let (reference, waiting) = self
            .submit_case(&municipality, &who, newcomer.category, &text, true)
            .await?;
        tracing::info!(case = %reference, municipality = %municipality, waiting, "a question was asked");
        let key = if waiting { "ask-kept" } else { "ask-sent" };
        self.note(self.tr().msg_args(
            key,
            &args!["case" => reference.as_str(), "municipality" => name],
        ));
        self.go(flows::Step::MENU);
        Ok(())
    }

    /// A newcomer's words in Bokmål for staff, marked as machine
    /// translation; `None` without a translator (or when it fails: the
    /// original still goes).
    async fn for_staff(&self, municipality: &str, text: &str) -> Option<String> {
        if !self.app.translates_cases(municipality)
            || matches!(self.locale, Locale::Nb | Locale::Nn)
        {
            return None;
        }
        let provider = self.app.translator.as_ref()?.name().to_owned();
        match self
            .app
            .translate(municipality, text, self.locale, Locale::Nb)
            .await?
        {
            Ok(translated) => Some(format!(
                "{}\n{translated}",
                self.app
                    .i18n
                    .tr(Locale::Nb)
                    .msg_args("case-machine-translation", &args!["provider" => provider])
            )),
            Err(error) => {
                tracing::warn!(%error, "a question was not translated");
                None
            }
        }
    }

    /// Stores a message from this chat to its municipality's staff as a
    /// case (a new one, or its open one), and queues it to whoever receives
    /// questions; `who` tells staff who writes, in their words. Returns the
    /// case's reference and whether it waits for the first receiver.
    pub(super) async fn submit_case(
        &mut self,
        municipality: &str,
        who: &str,
        category: Option<crate::newcomers::Category>,
        text: &str,
        in_own_language: bool,
    ) -> Result<(CaseRef, bool), EngineError> {
        // What staff read: the words as written and, when they are in the
        // person's language and a translator is configured, a marked
        // Bokmål translation under them.
        let mut shown = vec![text.to_owned()];
        if in_own_language && let Some(translated) = self.for_staff(municipality, text).await {
            shown.push(translated);
        }
        let store = &self.app.store;
        let staff = store.list_staff(Some(municipality)).await?;
        let recipients = question_receivers(&staff);
        let staff_tr = self.app.i18n.tr(Locale::Nb);
        let mut attempt = 0;
        let (reference, waiting) = loop {
            attempt += 1;
            let (existing, reference) = match store.open_case_of(self.chat, municipality).await? {
                Some((id, reference)) => (Some(id), reference),
                None => (None, CaseRef::generate()),
            };
            let key = if existing.is_some() {
                "case-notification-more"
            } else {
                "case-notification"
            };
            let body = notification(key, &reference, who, &shown, &staff_tr);
            let source = message_source(municipality, &reference, 'q', self.now);
            let deliveries: Vec<NewDelivery> = recipients
                .iter()
                .map(|member| NewDelivery {
                    municipality: municipality.to_owned(),
                    chat: member.chat,
                    source: source.clone(),
                    origin: Origin::Other,
                    body: super::Reply::outbox_body(body.clone()),
                    urgent: false,
                    not_before: self.now,
                })
                .collect();
            let case = NewCase {
                existing,
                reference: reference.clone(),
                municipality: municipality.to_owned(),
                chat: self.chat,
                locale: self.locale,
                category,
                waiting: deliveries.is_empty(),
            };
            match store
                .add_to_case(&case, text, false, &deliveries, self.now)
                .await
            {
                Ok(_) => break (reference, deliveries.is_empty()),
                // The drawn reference is taken in this municipality: draw
                // another (a few thousand cases make this rare, not never).
                Err(StoreError::ReferenceTaken) if attempt < REFERENCE_ATTEMPTS => continue,
                Err(error) => return Err(error.into()),
            }
        };
        Ok((reference, waiting))
    }
}

/// The screen of the "ask a person" step.
fn ask_screen(turn: &Turn) -> (String, Vec<Vec<Button>>) {
    let tr = turn.tr();
    let newcomer = turn.newcomer.as_ref();
    let municipality = newcomer
        .and_then(|n| n.municipality.as_deref())
        .map(|slug| turn.municipality_name(slug))
        .unwrap_or_default();
    let website = newcomer
        .and_then(|n| n.municipality.as_deref())
        .and_then(|slug| turn.app.content.municipality(slug))
        .map_or(String::new(), |m| m.website.clone());
    let max = crate::cases::MAX_MESSAGE_CHARS as i64;
    let mut text = match turn.ask_receivers {
        Some(false) => tr.msg_args(
            "ask-prompt-nobody",
            &args!["municipality" => municipality, "max" => max, "website" => website],
        ),
        _ => tr.msg_args(
            "ask-prompt",
            &args!["municipality" => municipality, "max" => max],
        ),
    };
    let mut buttons = Vec::new();
    if let Some(question) = &turn.state.question {
        text.push_str("\n\n");
        text.push_str(&tr.msg_args("ask-carried", &args!["question" => question.as_str()]));
        buttons.push(vec![Button::new(
            tr.msg("ask-send-carried"),
            AskAction::Carried,
        )]);
    }
    buttons.push(vec![Button::new(tr.msg("button-menu"), MenuItem::Menu)]);
    (text, buttons)
}

#[cfg(test)]
mod tests {
    use super::super::wire;
    use super::*;

    #[test]
    fn the_ask_button_round_trips_and_nothing_else_reads() {
        wire::assert_round_trips([flows::Action::from(AskAction::Carried)]);
        wire::assert_refused(&["1:ak:x", "1:ak:"]);
    }
}
