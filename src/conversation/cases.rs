//! "Ask a person" in the conversation: the newcomer writes a question; it
//! reaches the municipality's staff group (or its coordinators) under a
//! case reference with the person's language and category, never their
//! name. Staff answer by replying to that message (or `/reply S-XXXX text`),
//! list open cases with `/cases` and close them with `/close S-XXXX`.

use chrono::{DateTime, Utc};

use super::callback::{Action, MenuItem};
use super::state::Step;
use super::{Button, EngineError, Turn};
use crate::app::AppState;
use crate::args;
use crate::cases::{CaseRef, MessageError, clean_message};
use crate::i18n::{Locale, Tr};
use crate::staff::{Role, StaffKind, StaffMember};
use crate::store::{NewCase, NewDelivery};

/// How much of the latest question `/cases` shows.
const QUESTION_PREVIEW_CHARS: usize = 120;

/// The municipalities whose cases this chat handles: coordinators and
/// bound staff groups.
pub(super) fn case_municipalities(staff: &[StaffMember]) -> Vec<String> {
    staff
        .iter()
        .filter(|m| m.kind == StaffKind::Group || m.role == Role::Coordinator)
        .map(|m| m.municipality.clone())
        .collect()
}

pub(super) fn message_error(tr: &Tr, error: MessageError, max: usize) -> String {
    match error {
        MessageError::Empty => tr.msg("announce-text-empty"),
        MessageError::TooLong(length) => tr.msg_args(
            "announce-text-too-long",
            &args!["max" => max as i64, "length" => length as i64],
        ),
    }
}

/// The outbox source of one message of a case (`q` question, `a` answer):
/// unique per message, even for two in the same microsecond.
fn message_source(reference: &CaseRef, kind: char, now: DateTime<Utc>) -> String {
    format!(
        "case:{reference}:{kind}:{}:{:08x}",
        now.timestamp_micros(),
        rand::random::<u32>()
    )
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
    let case = app.store.case_by_ref(reference).await?;
    let Some(case) = case.filter(|c| case_municipalities(staff).contains(&c.municipality)) else {
        return Ok(tr.msg_args("case-unknown", &args!["case" => reference.as_str()]));
    };
    let text = match clean_message(text) {
        Ok(text) => text,
        Err(error) => return Ok(message_error(tr, error, crate::cases::MAX_MESSAGE_CHARS)),
    };
    let municipality = app
        .content
        .municipality(&case.municipality)
        .map_or(case.municipality.clone(), |m| m.name.clone());
    let reader = app.i18n.tr(case.locale);
    let body = format!(
        "{}\n\n{text}\n\n{}",
        reader.msg_args(
            "case-answer",
            &args!["municipality" => municipality, "case" => reference.as_str()]
        ),
        reader.msg("case-answer-footer"),
    );
    let delivery = NewDelivery {
        municipality: case.municipality.clone(),
        chat: case.chat,
        source: message_source(reference, 'a', now),
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
    };
    app.store
        .add_to_case(&existing, &text, true, &[delivery], now)
        .await?;
    tracing::info!(case = %reference, "a case was answered");
    Ok(tr.msg_args("case-answer-sent", &args!["case" => reference.as_str()]))
}

/// The open cases of the municipalities this chat handles, as text, and
/// their references.
pub(super) async fn open_cases(
    app: &AppState,
    tr: &Tr<'_>,
    staff: &[StaffMember],
    now: DateTime<Utc>,
) -> Result<(String, Vec<CaseRef>), EngineError> {
    let mut lines = vec![tr.msg("cases-title")];
    let mut references = Vec::new();
    for municipality in case_municipalities(staff) {
        for case in app.store.open_cases(&municipality).await? {
            let language = app.i18n.tr(case.locale).msg("language-name");
            let category = case
                .category
                .map_or_else(|| tr.msg("value-unanswered"), |c| tr.msg(c.label_key()));
            let waiting_hours = (now - case.updated_at).num_hours().max(0);
            let mut question: String = case
                .last_question
                .as_deref()
                .unwrap_or_default()
                .chars()
                .take(QUESTION_PREVIEW_CHARS)
                .collect();
            if case
                .last_question
                .as_deref()
                .unwrap_or_default()
                .chars()
                .count()
                > QUESTION_PREVIEW_CHARS
            {
                question.push('…');
            }
            lines.push(String::new());
            lines.push(tr.msg_args(
                "cases-line",
                &args![
                    "case" => case.reference.as_str(),
                    "language" => language,
                    "category" => category,
                    "hours" => waiting_hours,
                    "messages" => case.messages,
                ],
            ));
            lines.push(format!("«{question}»"));
            references.push(case.reference);
        }
    }
    if references.is_empty() {
        lines.push(tr.msg("cases-none"));
    } else {
        lines.push(String::new());
        lines.push(tr.msg("cases-hint"));
    }
    Ok((lines.join("\n"), references))
}

/// Closes a case this chat handles. Returns what to tell the staff member.
pub(super) async fn close_case(
    app: &AppState,
    tr: &Tr<'_>,
    staff: &[StaffMember],
    reference: &CaseRef,
    now: DateTime<Utc>,
) -> Result<String, EngineError> {
    let case = app.store.case_by_ref(reference).await?;
    match case.filter(|c| case_municipalities(staff).contains(&c.municipality)) {
        Some(case) if app.store.close_case(case.id, now).await? => {
            Ok(tr.msg_args("case-closed", &args!["case" => reference.as_str()]))
        }
        Some(_) => Ok(tr.msg_args("case-already-closed", &args!["case" => reference.as_str()])),
        None => Ok(tr.msg_args("case-unknown", &args!["case" => reference.as_str()])),
    }
}

/// Reads `S-XXXX the answer` typed after `/reply`.
pub(super) fn split_reference(args: &str) -> Option<(CaseRef, &str)> {
    let args = args.trim();
    let (head, rest) = args.split_once(char::is_whitespace).unwrap_or((args, ""));
    Some((CaseRef::parse(head)?, rest))
}

impl Turn<'_> {
    /// "Ask a person" from the menu: needs a profile with a municipality.
    pub(super) fn begin_ask(&mut self) {
        self.go(Step::Ask);
    }

    /// The question a newcomer typed.
    pub(super) async fn ask_text(&mut self, text: &str) -> Result<(), EngineError> {
        let Some(newcomer) = self.newcomer.clone() else {
            self.stale();
            return Ok(());
        };
        let Some(municipality) = newcomer.municipality.clone() else {
            self.stale();
            return Ok(());
        };
        let Some(text) = self.typed(text, crate::cases::MAX_MESSAGE_CHARS) else {
            return Ok(());
        };
        let store = &self.app.store;
        let staff = store.list_staff(Some(&municipality)).await?;
        let groups: Vec<&StaffMember> = staff
            .iter()
            .filter(|m| m.kind == StaffKind::Group)
            .collect();
        let recipients: Vec<&StaffMember> = if groups.is_empty() {
            staff
                .iter()
                .filter(|m| m.role == Role::Coordinator && m.kind == StaffKind::Person)
                .collect()
        } else {
            groups
        };
        let name = self.municipality_name(&municipality);
        if recipients.is_empty() {
            let website = self
                .app
                .content
                .municipality(&municipality)
                .map_or(String::new(), |m| m.website.clone());
            self.note(self.tr().msg_args(
                "ask-nobody",
                &args!["municipality" => name, "website" => website],
            ));
            self.go(Step::Menu);
            return Ok(());
        }
        let (existing, reference) = match store.open_case_of(self.chat, &municipality).await? {
            Some((id, reference)) => (Some(id), reference),
            None => (None, CaseRef::generate()),
        };
        let staff_tr = self.app.i18n.tr(Locale::Nb);
        let language = format!(
            "{} ({})",
            self.tr().msg("language-name"),
            self.locale.code()
        );
        let category = newcomer.category.map_or_else(
            || staff_tr.msg("value-unanswered"),
            |c| staff_tr.msg(c.label_key()),
        );
        let key = if existing.is_some() {
            "case-notification-more"
        } else {
            "case-notification"
        };
        let body = format!(
            "{}\n\n{text}\n\n{}",
            staff_tr.msg_args(
                key,
                &args![
                    "case" => reference.as_str(),
                    "language" => language,
                    "category" => category,
                ]
            ),
            staff_tr.msg_args(
                "case-notification-footer",
                &args!["case" => reference.as_str()]
            ),
        );
        let source = message_source(&reference, 'q', self.now);
        let deliveries: Vec<NewDelivery> = recipients
            .iter()
            .map(|member| NewDelivery {
                municipality: municipality.clone(),
                chat: member.chat,
                source: source.clone(),
                body: super::Reply::outbox_body(body.clone()),
                urgent: false,
                not_before: self.now,
            })
            .collect();
        let case = NewCase {
            existing,
            reference: reference.clone(),
            municipality: municipality.clone(),
            chat: self.chat,
            locale: self.locale,
            category: newcomer.category,
        };
        store
            .add_to_case(&case, &text, false, &deliveries, self.now)
            .await?;
        tracing::info!(case = %reference, municipality = %municipality, "a question was asked");
        self.note(self.tr().msg_args(
            "ask-sent",
            &args!["case" => reference.as_str(), "municipality" => name],
        ));
        self.go(Step::Menu);
        Ok(())
    }

    /// `/cases` in a private staff chat: the list with close buttons.
    pub(super) async fn staff_cases(&mut self) -> Result<(), EngineError> {
        let tr = self.tr();
        if case_municipalities(&self.staff).is_empty() {
            self.note_msg("cases-not-allowed");
            self.prompt();
            return Ok(());
        }
        let (text, references) = open_cases(self.app, &tr, &self.staff, self.now).await?;
        let buttons: Vec<Button> = references
            .into_iter()
            .map(|reference| {
                Button::new(
                    tr.msg_args("case-close-button", &args!["case" => reference.as_str()]),
                    Action::CloseCase(reference),
                )
            })
            .collect();
        self.state.step = Step::Staff;
        self.reply(text, buttons.chunks(2).map(<[Button]>::to_vec).collect());
        Ok(())
    }

    pub(super) async fn staff_answer(
        &mut self,
        reference: &CaseRef,
        text: &str,
    ) -> Result<(), EngineError> {
        let tr = self.tr();
        let message = answer_case(self.app, &tr, &self.staff, reference, text, self.now).await?;
        self.note(message);
        self.go(Step::Staff);
        Ok(())
    }

    pub(super) async fn staff_close(&mut self, reference: &CaseRef) -> Result<(), EngineError> {
        let tr = self.tr();
        let message = close_case(self.app, &tr, &self.staff, reference, self.now).await?;
        self.note(message);
        self.go(Step::Staff);
        Ok(())
    }
}

/// The screen of the "ask a person" step.
pub(super) fn ask_screen(turn: &Turn) -> (String, Vec<Vec<Button>>) {
    let tr = turn.tr();
    let municipality = turn
        .newcomer
        .as_ref()
        .and_then(|n| n.municipality.as_deref())
        .map(|slug| turn.municipality_name(slug))
        .unwrap_or_default();
    (
        tr.msg_args(
            "ask-prompt",
            &args!["municipality" => municipality, "max" => crate::cases::MAX_MESSAGE_CHARS as i64],
        ),
        vec![vec![Button::new(
            tr.msg("button-menu"),
            Action::Menu(MenuItem::Menu),
        )]],
    )
}
