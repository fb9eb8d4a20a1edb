//! `/audit` and the staff home's "🧾 Audit log", for coordinators: their
//! municipality's latest staff actions — who (the staff chat), what, on
//! what, when. Read only: nothing here changes an entry. Its buttons use
//! the code `au`.

use async_trait::async_trait;
use serde::{Deserialize, Serialize};

use super::flows::{Flow, Needs, Screen};
use super::staff::{home_row, pick_municipality};
use super::turn::Turn;
use super::wire::slug;
use super::{EngineError, Input};
use crate::args;

/// How many entries the bot shows (the command line shows more).
const SHOWN: i64 = 25;

/// A button of the audit log.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AuditAction {
    /// The log of the coordinator's municipality (or the choice).
    Open,
    /// The log of this municipality.
    Of(String),
}

/// The audit log has no steps: it shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Step {}

pub(super) struct Audit;

#[async_trait]
impl Flow for Audit {
    type Action = AuditAction;
    type Step = Step;

    const CODES: &'static [&'static str] = &["au"];

    fn encode(action: &AuditAction) -> (&'static str, String) {
        let value = match action {
            AuditAction::Open => "o".to_owned(),
            AuditAction::Of(municipality) => format!("m:{municipality}"),
        };
        ("au", value)
    }

    fn decode(_code: &str, value: &str) -> Option<AuditAction> {
        match value.split_once(':') {
            None if value == "o" => Some(AuditAction::Open),
            Some(("m", municipality)) => slug(municipality).map(AuditAction::Of),
            _ => None,
        }
    }

    fn needs(
        input: &Input,
        action: Option<&AuditAction>,
        _step: Option<Step>,
        _state: &super::state::State,
    ) -> Needs {
        match input {
            Input::Command { name, .. } if name == "audit" => Needs::STAFF,
            _ if action.is_some() => Needs::STAFF,
            _ => Needs::NOTHING,
        }
    }

    async fn on_action(turn: &mut Turn<'_>, action: AuditAction) -> Result<(), EngineError> {
        turn.audit_log(action).await
    }

    async fn on_command(turn: &mut Turn<'_>, name: &str, _args: &str) -> Result<bool, EngineError> {
        // Only coordinators have the command; for anyone else it is unknown.
        if name != "audit" || crate::staff::insight_municipalities(&turn.staff).is_empty() {
            return Ok(false);
        }
        turn.audit_log(AuditAction::Open).await?;
        Ok(true)
    }

    fn screen(_turn: &Turn<'_>, step: Step) -> Screen {
        match step {}
    }
}

impl Turn<'_> {
    async fn audit_log(&mut self, action: AuditAction) -> Result<(), EngineError> {
        // Coordinators only, checked here and not only by the button.
        let allowed = crate::staff::insight_municipalities(&self.staff);
        let municipality = match action {
            _ if allowed.is_empty() => None,
            AuditAction::Open if allowed.len() > 1 => {
                pick_municipality(self, "audit-pick", &allowed, AuditAction::Of);
                return Ok(());
            }
            AuditAction::Open => allowed.first().cloned(),
            AuditAction::Of(slug) => allowed.contains(&slug).then_some(slug),
        };
        let Some(municipality) = municipality else {
            self.stale();
            return Ok(());
        };
        let entries = self.app.store.audit_log(&municipality, SHOWN).await?;
        let tr = self.tr();
        let mut lines = vec![tr.msg_args(
            "audit-title",
            &args!["municipality" => self.municipality_name(&municipality)],
        )];
        if entries.is_empty() {
            lines.push(tr.msg("audit-empty"));
        }
        for entry in &entries {
            lines.push(format!(
                "{} · {} · {} {}",
                entry
                    .at
                    .with_timezone(&chrono_tz::Europe::Oslo)
                    .format("%d.%m %H:%M"),
                entry.actor_label(),
                tr.msg(entry.action.label_key()),
                entry.subject,
            ));
        }
        lines.push(String::new());
        lines.push(tr.msg_args("audit-footer", &args!["slug" => municipality.as_str()]));
        self.state.step = super::flows::Step::STAFF;
        self.reply(lines.join("\n"), vec![home_row(self)]);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::super::{flows, wire};
    use super::*;

    #[test]
    fn audit_buttons_round_trip_and_forged_ones_are_refused() {
        wire::assert_round_trips([
            flows::Action::Audit(AuditAction::Open),
            flows::Action::Audit(AuditAction::Of("a-very-long-municipality-slug-32".into())),
        ]);
        wire::assert_refused(&["1:au:x", "1:au:m:Haram", "1:au:o:1", "1:au:m:"]);
    }
}
