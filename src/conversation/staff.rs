//! The staff side's home: becoming staff with an invite code (`/staff
//! CODE`, in a private chat or a group), the staff home with what this
//! staff member may do, and staff group chats. It has no buttons of its
//! own: the home's buttons open the other staff flows.

use async_trait::async_trait;
use serde::{Deserialize, Serialize};

use super::announce::AnnounceAction;
use super::cases::{self, CaseAction};
use super::flows::{self, Flow, Needs, Screen};
use super::home::MenuItem;
use super::staff_events::EventAction;
use super::turn::Turn;
use super::{Button, EngineError, Incoming, Input, Reply};
use crate::args;
use crate::context::AppState;
use crate::i18n::{Locale, Tr};
use crate::newcomers::ChatKey;
use crate::staff::{InviteCode, RedeemError, StaffKind};

/// The staff flow has no buttons of its own.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StaffAction {}

/// Where a staff member is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Step {
    /// At the staff home.
    Home,
}

pub(super) struct Staff;

#[async_trait]
impl Flow for Staff {
    type Action = StaffAction;
    type Step = Step;

    const CODES: &'static [&'static str] = &[];
    const STAFF: bool = true;

    fn encode(action: &StaffAction) -> (&'static str, String) {
        match *action {}
    }

    fn decode(_code: &str, _value: &str) -> Option<StaffAction> {
        None
    }

    fn needs(
        input: &Input,
        _action: Option<&StaffAction>,
        _step: Option<Step>,
        _state: &super::state::State,
    ) -> Needs {
        match input {
            Input::Command { name, .. } if name == "staff" => Needs::STAFF,
            _ => Needs::NOTHING,
        }
    }

    async fn on_action(_turn: &mut Turn<'_>, action: StaffAction) -> Result<(), EngineError> {
        match action {}
    }

    async fn on_command(turn: &mut Turn<'_>, name: &str, args: &str) -> Result<bool, EngineError> {
        if name != "staff" {
            return Ok(false);
        }
        turn.staff_command(args).await?;
        Ok(true)
    }

    fn expects_button(_step: Step) -> bool {
        false
    }

    fn screen(turn: &Turn<'_>, _step: Step) -> Screen {
        staff_home(turn)
    }
}

impl Turn<'_> {
    /// `/staff CODE` binds this chat as staff; `/staff` shows the staff home.
    async fn staff_command(&mut self, args: &str) -> Result<(), EngineError> {
        if !args.trim().is_empty() {
            let text = bind_staff(self.app, &self.tr(), self.chat, StaffKind::Person, args).await?;
            self.note(text);
            self.staff = self.app.store.staff_memberships(self.chat).await?;
        }
        if self.staff.is_empty() {
            if args.trim().is_empty() {
                self.note_msg("staff-not-member");
            }
            self.prompt();
        } else {
            self.go(flows::Step::STAFF);
        }
        Ok(())
    }
}

/// What a staff member works with: their municipalities and roles.
fn staff_home(turn: &Turn) -> Screen {
    let tr = turn.tr();
    let mut lines = vec![tr.msg("staff-home-title")];
    for member in &turn.staff {
        let municipality = turn
            .app
            .content
            .municipality(&member.municipality)
            .map_or(member.municipality.clone(), |m| m.name.clone());
        lines.push(tr.msg_args(
            "staff-membership",
            &args!["municipality" => municipality, "role" => tr.msg(member.role.label_key())],
        ));
    }
    (lines.join("\n"), staff_home_buttons(turn))
}

/// The buttons of the staff home, for what this staff member may do.
pub(super) fn staff_home_buttons(turn: &Turn) -> Vec<Vec<Button>> {
    let tr = turn.tr();
    let mut rows = Vec::new();
    if !turn.announcer_municipalities().is_empty() {
        rows.push(vec![Button::new(
            tr.msg("staff-new-announcement"),
            AnnounceAction::New,
        )]);
        rows.push(vec![Button::new(tr.msg("staff-events"), EventAction::List)]);
    }
    if !crate::staff::mentor_municipalities(&turn.staff).is_empty() {
        rows.push(vec![Button::new(
            tr.msg("staff-mentors"),
            super::mentor_staff::MentorStaffAction::Open,
        )]);
    }
    if !crate::staff::case_municipalities(&turn.staff).is_empty() {
        rows.push(vec![Button::new(tr.msg("staff-cases"), CaseAction::List)]);
    }
    if !crate::staff::insight_municipalities(&turn.staff).is_empty() {
        rows.push(vec![Button::new(
            tr.msg("staff-insight"),
            super::insight::InsightAction::Open,
        )]);
        rows.push(vec![Button::new(
            tr.msg("staff-featured"),
            super::featured::FeaturedAction::Staff,
        )]);
        rows.push(vec![
            Button::new(tr.msg("staff-audit"), super::audit::AuditAction::Open),
            Button::new(tr.msg("staff-erase"), super::erase::EraseAction::Open),
        ]);
    }
    rows.push(vec![Button::new(
        tr.msg("staff-reports"),
        AnnounceAction::Reports,
    )]);
    rows.extend(super::paper::posters_button(turn).map(|b| vec![b]));
    rows
}

/// Asks which of several municipalities: one button each (`to` makes its
/// action), and the way back to the staff home.
pub(super) fn pick_municipality<A: Into<flows::Action>>(
    turn: &mut Turn,
    key: &str,
    municipalities: &[String],
    to: impl Fn(String) -> A,
) {
    let buttons: Vec<Vec<Button>> = municipalities
        .iter()
        .map(|slug| vec![Button::new(turn.municipality_name(slug), to(slug.clone()))])
        .chain([home_row(turn)])
        .collect();
    turn.reply(turn.tr().msg(key), buttons);
}

/// One row with a button back to the staff home.
pub(super) fn home_row(turn: &Turn) -> Vec<Button> {
    vec![Button::new(
        turn.tr().msg("staff-home-button"),
        MenuItem::Staff,
    )]
}

/// Redeems a staff invite code for this chat; says how it went.
pub(super) async fn bind_staff(
    app: &AppState,
    tr: &Tr<'_>,
    chat: ChatKey,
    kind: StaffKind,
    typed: &str,
) -> Result<String, EngineError> {
    let Some(code) = InviteCode::parse(typed) else {
        return Ok(tr.msg("staff-code-malformed"));
    };
    let now = app.clock.now();
    let member = match app
        .store
        .redeem_invite(&code.hash(), chat, kind, now)
        .await?
    {
        Ok(member) => member,
        Err(RedeemError::Unknown) => return Ok(tr.msg("staff-code-unknown")),
        Err(RedeemError::Expired) => return Ok(tr.msg("staff-code-expired")),
        Err(RedeemError::Used) => return Ok(tr.msg("staff-code-used")),
    };
    tracing::info!(municipality = %member.municipality, role = member.role.code(), "a staff invite was used");
    app.audit(
        &member.municipality,
        crate::audit::Actor::Chat(chat),
        crate::audit::Action::InviteRedeemed,
        tr.msg(member.role.label_key()),
    )
    .await?;
    let municipality = app
        .content
        .municipality(&member.municipality)
        .map_or(member.municipality.clone(), |m| m.name.clone());
    let args =
        crate::args!["municipality" => municipality, "role" => tr.msg(member.role.label_key())];
    let mut text = match kind {
        StaffKind::Person => tr.msg_args("staff-welcome", &args),
        StaffKind::Group => tr.msg_args("staff-group-bound", &args),
    };
    // Questions asked before anyone received them come now.
    let routed = cases::route_waiting(app, &member, now).await?;
    if routed > 0 {
        text.push_str("\n\n");
        text.push_str(&tr.msg_args(
            "staff-waiting-cases",
            &crate::args!["count" => routed as i64],
        ));
    }
    Ok(text)
}

/// A group chat: nothing is stored about it unless staff bind it; a
/// bound staff group lists, answers and closes cases.
pub(super) async fn handle_group(
    app: &AppState,
    incoming: Incoming,
) -> Result<Vec<Reply>, EngineError> {
    // Staff groups work in Norwegian; anyone else is answered in the
    // language their messenger reports.
    let tr = app.i18n.tr(Locale::Nb);
    let hinted = app.i18n.tr(incoming
        .language_code
        .as_deref()
        .and_then(Locale::from_telegram)
        .unwrap_or(Locale::Nb));
    let now = app.clock.now();
    let chat = incoming.chat;
    let staff = app.store.staff_memberships(chat).await?;
    let text = match incoming.input {
        Input::GroupCommand { name, args } if name == "staff" => {
            bind_staff(app, &hinted, chat, StaffKind::Group, &args).await?
        }
        Input::GroupCommand { name, .. } if name == "cases" && !staff.is_empty() => {
            let (messages, _) = cases::open_cases(app, &tr, &staff, now).await?;
            return Ok(messages.into_iter().map(Reply::plain).collect());
        }
        Input::GroupCommand { name, .. } if name == "help" && !staff.is_empty() => {
            tr.msg("staff-group-help")
        }
        Input::GroupCommand { name, args }
            if cases::is_reply_command(&name) && !staff.is_empty() =>
        {
            match cases::split_reference(&args) {
                // A group has no conversation to wait in: the answer
                // must come in the same message.
                Some((reference, "")) => tr.msg_args(
                    "case-reply-group-usage",
                    &crate::args!["case" => reference.as_str()],
                ),
                Some((reference, text)) => {
                    cases::answer_case(app, &tr, &staff, &reference, text, now).await?
                }
                None => tr.msg("case-reply-usage"),
            }
        }
        Input::GroupCommand { name, args }
            if cases::is_close_command(&name) && !staff.is_empty() =>
        {
            match cases::split_reference(&args) {
                Some((reference, _)) => {
                    cases::close_case(app, &tr, &staff, &reference, now).await?
                }
                None => tr.msg("case-reply-usage"),
            }
        }
        Input::GroupReply { quoted, text } => {
            match crate::cases::CaseRef::find_in(&quoted).filter(|_| !staff.is_empty()) {
                Some(reference) => {
                    cases::answer_case(app, &tr, &staff, &reference, &text, now).await?
                }
                // A reply to anything else stays unanswered: groups talk.
                None => return Ok(Vec::new()),
            }
        }
        _ => hinted.msg("group-chat"),
    };
    Ok(vec![Reply::plain(text)])
}
