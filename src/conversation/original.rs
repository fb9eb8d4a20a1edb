//! "Show the original": under a machine-translated announcement or event
//! (see [`crate::translate::mark`]) a reader asks for the Norwegian text it
//! was translated from. Only someone of the municipality it belongs to —
//! a newcomer living there or one of its faddere — gets it; anyone else's
//! press is stale. Its buttons use the code `og`, written by
//! [`crate::translate::Original::callback_data`].

use async_trait::async_trait;
use serde::{Deserialize, Serialize};

use super::flows::{Flow, Needs, Screen};
use super::turn::Turn;
use super::wire::positive_id;
use super::{EngineError, Input};
use crate::args;
use crate::i18n::Locale;
use crate::translate::Original;

/// Showing an original has no steps.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Step {}

pub(super) struct OriginalFlow;

#[async_trait]
impl Flow for OriginalFlow {
    type Action = Original;
    type Step = Step;

    const CODES: &'static [&'static str] = &["og"];

    fn encode(action: &Original) -> (&'static str, String) {
        let value = match action {
            Original::Announcement(id) => format!("a:{id}"),
            Original::Event(id) => format!("e:{id}"),
        };
        ("og", value)
    }

    fn decode(_code: &str, value: &str) -> Option<Original> {
        match value.split_once(':')? {
            ("a", id) => positive_id(id).map(Original::Announcement),
            ("e", id) => positive_id(id).map(Original::Event),
            _ => None,
        }
    }

    fn needs(
        _input: &Input,
        action: Option<&Original>,
        _step: Option<Step>,
        _state: &super::state::State,
    ) -> Needs {
        Needs {
            // A fadder's municipality is in their sign-up.
            mentor: action.is_some(),
            ..Needs::NOTHING
        }
    }

    async fn on_action(turn: &mut Turn<'_>, action: Original) -> Result<(), EngineError> {
        turn.show_original(action).await
    }

    fn screen(_turn: &Turn<'_>, step: Step) -> Screen {
        match step {}
    }
}

impl Turn<'_> {
    /// The municipalities whose messages this chat gets: where the
    /// newcomer lives, and where they are a fadder.
    fn own_municipalities(&self) -> Vec<String> {
        let mut own: Vec<String> = self
            .newcomer
            .as_ref()
            .and_then(|n| n.municipality.clone())
            .into_iter()
            .collect();
        if let Some(mentor) = &self.mentor
            && !own.contains(&mentor.municipality)
        {
            own.push(mentor.municipality.clone());
        }
        own
    }

    /// The Bokmål text behind a machine translation.
    async fn show_original(&mut self, original: Original) -> Result<(), EngineError> {
        let mut found = None;
        for municipality in self.own_municipalities() {
            let text = match original {
                Original::Announcement(id) => self
                    .app
                    .store
                    .announcement(&municipality, id)
                    .await?
                    .and_then(|a| a.texts.0.get(&Locale::Nb).cloned()),
                Original::Event(id) => self.app.store.event(&municipality, id).await?.map(|e| {
                    let details = e.details;
                    match details.descriptions.0.get(&Locale::Nb) {
                        Some(description) => format!("{}\n\n{description}", details.title),
                        None => details.title,
                    }
                }),
            };
            if let Some(text) = text {
                found = Some((municipality, text));
                break;
            }
        }
        let Some((municipality, text)) = found else {
            self.stale();
            return Ok(());
        };
        let heading = self.tr().msg_args(
            "machine-original",
            &args!["municipality" => self.municipality_name(&municipality)],
        );
        self.reply(format!("{heading}\n\n{text}"), Vec::new());
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::super::{flows, wire};
    use super::*;

    #[test]
    fn the_domain_writes_the_buttons_this_flow_reads() {
        for original in [
            Original::Announcement(1),
            Original::Event(i64::MAX),
            Original::Announcement(42),
        ] {
            assert_eq!(
                flows::Action::decode(&original.callback_data()),
                Ok(flows::Action::Original(original))
            );
            assert_eq!(
                flows::Action::Original(original).encode(),
                original.callback_data()
            );
        }
        wire::assert_round_trips([flows::Action::Original(Original::Event(7))]);
    }

    #[test]
    fn forged_original_buttons_are_refused() {
        wire::assert_refused(&["1:og:a:0", "1:og:a:-1", "1:og:x:1", "1:og:a", "1:og:e:1:2"]);
    }
}
