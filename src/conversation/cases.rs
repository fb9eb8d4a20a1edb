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

/// The message staff get about a case: its header, the question(s) and
/// how to answer.
pub(super) fn notification(
    key: &str,
    reference: &CaseRef,
    who: &str,
    questions: &[String],
    tr: &Tr,
) -> String {
    let mut parts = vec![tr.msg_args(key, &args!["case" => reference.as_str(), "who" => who])];
    parts.extend(questions.iter().cloned());
    parts.push(tr.msg_args(
        "case-notification-footer",
        &args!["case" => reference.as_str()],
    ));
    parts.join("\n\n")
}

/// A staff answer to a case: stored and queued to the newcomer, in one
/// transaction. Returns what to tell the staff member.
pub(super) async fn answer_case(
    app: &AppState,
    tr: &Tr<'_>,
    staff: &[StaffMember],
    reference: &CaseRef,
    text: &str,
    now: DateTime<Utc>,
) -> Result<String, EngineError> {
    let Some(case) = handled_case(app, staff, reference).await? else {
        return Ok(tr.msg_args("case-unknown", &args!["case" => reference.as_str()]));
    };
    let text = match clean_message(text) {
        Ok(text) => text,
        Err(error) => {
            return Ok(super::turn::message_error(
                tr,
                error,
                crate::cases::MAX_MESSAGE_CHARS,
            ));
        }
    };
    let reader = app.i18n.tr(case.locale);
    let body = format!(
        "{}\n\n{text}\n\n{}",
        reader.msg_args(
            "case-answer",
            &args!["municipality" => municipality_name(app, &case.municipality), "case" => reference.as_str()]
        ),
        reader.msg("case-answer-footer"),
    );
    let delivery = NewDelivery {
        municipality: case.municipality.clone(),
        chat: case.chat,
        source: message_source(&case.municipality, reference, 'a', now),
        origin: Origin::Other,
        body: super::Reply::outbox_body(body),
        urgent: false,
        not_before: now,
    };
    let existing = NewCase {
        existing: Some(case.id),
        reference: case.reference.clone(),
        municipality: case.municipality.clone(),
        chat: case.chat,
        locale: case.locale,
        category: case.category,
        waiting: false,
    };
    app.store
        .add_to_case(&existing, &text, true, &[delivery], now)
        .await?;
    tracing::info!(case = %reference, "a case was answered");
    Ok(tr.msg_args("case-answer-sent", &args!["case" => reference.as_str()]))
}

/// A case of a municipality these memberships handle, or `None`: another
/// municipality's case looks exactly like one that does not exist.
async fn handled_case(
    app: &AppState,
    staff: &[StaffMember],
    reference: &CaseRef,
) -> Result<Option<Case>, EngineError> {
    // References are unique per municipality: someone on the staff of two
    // reaches the open case of that number before a closed one.
    let mut found = None;
    for municipality in case_municipalities(staff) {
        if let Some(case) = app.store.case_by_ref(&municipality, reference).await? {
            if case.status == CaseStatus::Open {
                return Ok(Some(case));
            }
            found.get_or_insert(case);
        }
    }
    Ok(found)
}

/// A municipality's short name ("Haram"), as the newcomer's messages word
/// it ("Odpowiedź z gminy Haram"), or the slug if it has no pack.
fn municipality_name(app: &AppState, slug: &str) -> String {
    app.content
        .municipality(slug)
        .map_or(slug.to_owned(), |m| m.short_name.clone())
}

/// A message of a thread, cut for the list.
fn thread_line(tr: &Tr, message: &CaseMessage) -> String {
    let mut body: String = message.body.chars().take(MESSAGE_PREVIEW_CHARS).collect();
    if message.body.chars().count() > MESSAGE_PREVIEW_CHARS {
        body.push('…');
    }
    let time = message
        .created_at
        .with_timezone(&Oslo)
        .format("%d.%m %H:%M")
        .to_string();
    let key = if message.from_staff {
        "cases-thread-answer"
    } else {
        "cases-thread-question"
    };
    tr.msg_args(key, &args!["time" => time, "text" => body])
}

/// The open cases of the municipalities this chat handles, each with its
/// thread, as messages within Telegram's limit, and their references.
pub(super) async fn open_cases(
    app: &AppState,
    tr: &Tr<'_>,
    staff: &[StaffMember],
    now: DateTime<Utc>,
) -> Result<(Vec<String>, Vec<CaseRef>), EngineError> {
    let mut blocks = vec![tr.msg("cases-title")];
    let mut references = Vec::new();
    for municipality in case_municipalities(staff) {
        for case in app.store.open_cases(&municipality).await? {
            let waiting_hours = (now - case.updated_at).num_hours().max(0);
            let mut lines = vec![tr.msg_args(
                "cases-line",
                &args![
                    "case" => case.reference.as_str(),
                    "who" => who_asks(app, tr, case.locale, case.category, None),
                    "hours" => waiting_hours,
                    "messages" => case.messages,
                ],
            )];
            let thread = app.store.case_messages(&municipality, case.id).await?;
            let earlier = thread.len().saturating_sub(THREAD_SHOWN);
            if earlier > 0 {
                lines.push(tr.msg_args("cases-thread-earlier", &args!["count" => earlier as i64]));
            }
            lines.extend(thread[earlier..].iter().map(|m| thread_line(tr, m)));
            blocks.push(lines.join("\n"));
            references.push(case.reference);
        }
    }
    if references.is_empty() {
        blocks.push(tr.msg("cases-none"));
    } else {
        blocks.push(tr.msg("cases-hint"));
    }
    Ok((split_messages(vec![blocks.join("\n\n")]), references))
}

/// Closes a case this chat handles and tells the newcomer. Returns what to
/// tell the staff member.
pub(super) async fn close_case(
    app: &AppState,
    tr: &Tr<'_>,
    staff: &[StaffMember],
    reference: &CaseRef,
    now: DateTime<Utc>,
) -> Result<String, EngineError> {
    let Some(case) = handled_case(app, staff, reference).await? else {
        return Ok(tr.msg_args("case-unknown", &args!["case" => reference.as_str()]));
    };
    let reader = app.i18n.tr(case.locale);
    let notice = NewDelivery {
        municipality: case.municipality.clone(),
        chat: case.chat,
        source: case_source(
            &case.municipality,
            reference,
            &format!("closed:{}", now.timestamp_micros()),
        ),
        origin: Origin::Other,
        body: super::Reply::outbox_body(reader.msg_args(
            "case-closed-notice",
            &args![
                "case" => reference.as_str(),
                "municipality" => municipality_name(app, &case.municipality),
            ],
        )),
        urgent: false,
        not_before: now,
    };
    if app
        .store
        .close_case(&case.municipality, case.id, &notice, now)
        .await?
    {
        tracing::info!(case = %reference, "a case was closed");
        Ok(tr.msg_args("case-closed", &args!["case" => reference.as_str()]))
    } else {
        Ok(tr.msg_args("case-already-closed", &args!["case" => reference.as_str()]))
    }
}

/// Sends the cases that waited for staff to `member`, who has just joined
/// and handles cases, and tells each newcomer their question has arrived.
/// Returns how many cases were sent.
pub(super) async fn route_waiting(
    app: &AppState,
    member: &StaffMember,
    now: DateTime<Utc>,
) -> Result<usize, EngineError> {
    if !member.handles_cases() {
        return Ok(0);
    }
    let waiting = app.store.waiting_cases(&member.municipality).await?;
    if waiting.is_empty() {
        return Ok(0);
    }
    let staff_tr = app.i18n.tr(Locale::Nb);
    let name = app
        .content
        .municipality(&member.municipality)
        .map_or(member.municipality.clone(), |m| m.short_name.clone());
    let mut deliveries = Vec::new();
    for case in &waiting {
        let questions: Vec<String> = app
            .store
            .case_messages(&case.municipality, case.id)
            .await?
            .into_iter()
            .filter(|m| !m.from_staff)
            .map(|m| m.body)
            .collect();
        let who = who_asks(app, &staff_tr, case.locale, case.category, None);
        deliveries.push(NewDelivery {
            municipality: case.municipality.clone(),
            chat: member.chat,
            source: case_source(&case.municipality, &case.reference, "waited"),
            origin: Origin::Other,
            body: super::Reply::outbox_body(notification(
                "case-notification-waited",
                &case.reference,
                &who,
                &questions,
                &staff_tr,
            )),
            urgent: false,
            not_before: now,
        });
        let reader = app.i18n.tr(case.locale);
        deliveries.push(NewDelivery {
            municipality: case.municipality.clone(),
            chat: case.chat,
            source: case_source(&case.municipality, &case.reference, "arrived"),
            origin: Origin::Other,
            body: super::Reply::outbox_body(reader.msg_args(
                "case-arrived-notice",
                &args!["case" => case.reference.as_str(), "municipality" => name.as_str()],
            )),
            urgent: false,
            not_before: now,
        });
    }
    let ids: Vec<i64> = waiting.iter().map(|c| c.id).collect();
    let taken = app
        .store
        .route_waiting_cases(&member.municipality, &ids, &deliveries, now)
        .await?;
    tracing::info!(cases = taken, municipality = %member.municipality, "waiting cases reached staff");
    Ok(taken as usize)
}

/// Reads `S-XXXX the answer` typed after `/reply`; the answer may start on
/// the next line, or be empty.
pub(super) fn split_reference(args: &str) -> Option<(CaseRef, &str)> {
    let args = args.trim();
    let (head, rest) = args.split_once(char::is_whitespace).unwrap_or((args, ""));
    Some((CaseRef::parse(head)?, rest.trim()))
}

impl Turn<'_> {
    /// `/cases` in a private staff chat: the list with close buttons.
    pub(super) async fn staff_cases(&mut self) -> Result<(), EngineError> {
        let tr = self.tr();
        if case_municipalities(&self.staff).is_empty() {
            self.note_msg("cases-not-allowed");
            self.prompt();
            return Ok(());
        }
        let (mut messages, references) = open_cases(self.app, &tr, &self.staff, self.now).await?;
        let mut rows: Vec<Vec<Button>> = references
            .into_iter()
            .map(|reference| {
                Button::new(
                    tr.msg_args("case-close-button", &args!["case" => reference.as_str()]),
                    CaseAction::Close(reference),
                )
            })
            .collect::<Vec<_>>()
            .chunks(2)
            .map(<[Button]>::to_vec)
            .collect();
        rows.push(super::staff::home_row(self));
        self.state.step = flows::Step::STAFF;
        let last = messages.pop().unwrap_or_default();
        for message in messages {
            self.note(message);
        }
        self.flush();
        self.reply(last, rows);
        Ok(())
    }

    /// `/reply S-XXXX text` in a private chat; without the text, wait for
    /// it as the next message.
    pub(super) async fn staff_reply_command(
        &mut self,
        reference: &CaseRef,
        text: &str,
    ) -> Result<(), EngineError> {
        if !text.is_empty() {
            return self.staff_answer(reference, text).await;
        }
        self.open_case_step(reference, CaseStep::Answer).await
    }

    /// Goes to a step about a case this chat handles, or says there is no
    /// such case.
    async fn open_case_step(
        &mut self,
        reference: &CaseRef,
        step: CaseStep,
    ) -> Result<(), EngineError> {
        if handled_case(self.app, &self.staff, reference)
            .await?
            .is_none()
        {
            self.note(
                self.tr()
                    .msg_args("case-unknown", &args!["case" => reference.as_str()]),
            );
            self.go(flows::Step::STAFF);
            return Ok(());
        }
        self.state.case = Some(reference.as_str().to_owned());
        self.go(flows::Step::Cases(step));
        Ok(())
    }

    /// Text typed while a case waits for its answer.
    pub(super) async fn case_answer_text(&mut self, text: &str) -> Result<(), EngineError> {
        match self.state.case.take().as_deref().and_then(CaseRef::parse) {
            Some(reference) => self.staff_answer(&reference, text).await,
            None => {
                self.stale();
                Ok(())
            }
        }
    }

    pub(super) async fn staff_answer(
        &mut self,
        reference: &CaseRef,
        text: &str,
    ) -> Result<(), EngineError> {
        let tr = self.tr();
        let message = answer_case(self.app, &tr, &self.staff, reference, text, self.now).await?;
        self.note(message);
        self.go(flows::Step::STAFF);
        Ok(())
    }

    /// Asks to confirm closing a case.
    pub(super) async fn ask_close(&mut self, reference: &CaseRef) -> Result<(), EngineError> {
        self.open_case_step(reference, CaseStep::ConfirmClose).await
    }

    /// Closes the case the staff member confirmed.
    pub(super) async fn staff_close(&mut self, reference: &CaseRef) -> Result<(), EngineError> {
        let asked = self.state.case.take();
        if self.state.step != flows::Step::Cases(CaseStep::ConfirmClose)
            || asked.as_deref() != Some(reference.as_str())
        {
            self.stale();
            return Ok(());
        }
        let tr = self.tr();
        let message = close_case(self.app, &tr, &self.staff, reference, self.now).await?;
        self.note(message);
        self.go(flows::Step::STAFF);
        Ok(())
    }
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
