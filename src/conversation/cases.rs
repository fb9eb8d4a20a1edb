//! "Ask a person" in the conversation: the newcomer writes a question; it
//! reaches the municipality's staff group (or its coordinators) under a
//! case reference with the person's language and group, never their name.
//! Where nobody receives questions yet, the question is kept as a waiting
//! case and reaches the first coordinator or group that joins.
//!
//! Staff answer by replying to the case message, with `/reply S-XXXX text`,
//! or with `/reply S-XXXX` and the answer as the next message; `/cases`
//! lists the open cases with their whole thread; closing one asks for
//! confirmation and tells the newcomer.

use chrono::{DateTime, Utc};
use chrono_tz::Europe::Oslo;

use super::callback::{Action, MenuItem};
use super::state::{CaseStep, Step};
use super::{Button, EngineError, Turn};
use crate::args;
use crate::cases::{Case, CaseMessage, CaseRef, CaseStatus, MessageError, clean_message};
use crate::context::AppState;
use crate::i18n::{Locale, Tr};
use crate::letter::split_messages;
use crate::newcomers::{Category, Citizenship};
use crate::staff::{Role, StaffKind, StaffMember};
use crate::store::{NewCase, NewDelivery, Origin, StoreError};

/// How much of each message of a thread `/cases` shows.
const MESSAGE_PREVIEW_CHARS: usize = 300;
/// How many of the latest messages of a thread `/cases` shows.
const THREAD_SHOWN: usize = 6;

/// The municipalities whose cases this chat handles: coordinators and
/// bound staff groups.
pub(super) fn case_municipalities(staff: &[StaffMember]) -> Vec<String> {
    staff
        .iter()
        .filter(|m| handles_cases(m))
        .map(|m| m.municipality.clone())
        .collect()
}

/// Whether this membership receives and answers questions.
fn handles_cases(member: &StaffMember) -> bool {
    member.kind == StaffKind::Group || member.role == Role::Coordinator
}

/// Who a municipality's questions go to: its staff groups if it has any,
/// otherwise its coordinators in private.
fn recipients(staff: &[StaffMember]) -> Vec<&StaffMember> {
    let groups: Vec<&StaffMember> = staff
        .iter()
        .filter(|m| m.kind == StaffKind::Group)
        .collect();
    if !groups.is_empty() {
        return groups;
    }
    staff
        .iter()
        .filter(|m| m.role == Role::Coordinator && m.kind == StaffKind::Person)
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

/// How often a new case draws a reference before giving up: with 331 776
/// references per municipality, ten draws all taken means the space is
/// nearly full.
const REFERENCE_ATTEMPTS: u32 = 10;

/// The outbox source of something about a case: references are unique
/// within a municipality, so its slug comes first.
fn case_source(municipality: &str, reference: &CaseRef, what: &str) -> String {
    format!("case:{municipality}:{reference}:{what}")
}

/// The outbox source of one message of a case (`q` question, `a` answer):
/// unique per message, even for two in the same microsecond.
fn message_source(
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
fn who_asks(
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
fn notification(
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
        Err(error) => return Ok(message_error(tr, error, crate::cases::MAX_MESSAGE_CHARS)),
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

fn municipality_name(app: &AppState, slug: &str) -> String {
    app.content
        .municipality(slug)
        .map_or(slug.to_owned(), |m| m.name.clone())
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
    if !handles_cases(member) {
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
    /// "Ask a person" from the menu: needs a profile with a municipality.
    /// A question carried from a typed question can be sent with one tap.
    pub(super) async fn begin_ask(&mut self) -> Result<(), EngineError> {
        self.state.question = self.carried.take();
        self.ask_receivers = Some(self.has_receivers().await?);
        self.go(Step::Ask);
        Ok(())
    }

    /// Whether anyone at the person's municipality receives questions.
    async fn has_receivers(&self) -> Result<bool, EngineError> {
        let Some(municipality) = self.newcomer.as_ref().and_then(|n| n.municipality.clone()) else {
            return Ok(false);
        };
        let staff = self.app.store.list_staff(Some(&municipality)).await?;
        Ok(!recipients(&staff).is_empty())
    }

    /// The question a newcomer typed (or carried).
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
        let recipients = recipients(&staff);
        let name = self.municipality_name(&municipality);
        let staff_tr = self.app.i18n.tr(Locale::Nb);
        let who = who_asks(
            self.app,
            &staff_tr,
            self.locale,
            newcomer.category,
            newcomer.citizenship,
        );
        let mut attempt = 0;
        let (reference, waiting) = loop {
            attempt += 1;
            let (existing, reference) = match store.open_case_of(self.chat, &municipality).await? {
                Some((id, reference)) => (Some(id), reference),
                None => (None, CaseRef::generate()),
            };
            let key = if existing.is_some() {
                "case-notification-more"
            } else {
                "case-notification"
            };
            let body = notification(
                key,
                &reference,
                &who,
                std::slice::from_ref(&text),
                &staff_tr,
            );
            let source = message_source(&municipality, &reference, 'q', self.now);
            let deliveries: Vec<NewDelivery> = recipients
                .iter()
                .map(|member| NewDelivery {
                    municipality: municipality.clone(),
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
                municipality: municipality.clone(),
                chat: self.chat,
                locale: self.locale,
                category: newcomer.category,
                waiting: deliveries.is_empty(),
            };
            match store
                .add_to_case(&case, &text, false, &deliveries, self.now)
                .await
            {
                Ok(_) => break (reference, deliveries.is_empty()),
                // The drawn reference is taken in this municipality: draw
                // another (a few thousand cases make this rare, not never).
                Err(StoreError::ReferenceTaken) if attempt < REFERENCE_ATTEMPTS => continue,
                Err(error) => return Err(error.into()),
            }
        };
        tracing::info!(case = %reference, municipality = %municipality, waiting, "a question was asked");
        let key = if waiting { "ask-kept" } else { "ask-sent" };
        self.note(self.tr().msg_args(
            key,
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
        let (mut messages, references) = open_cases(self.app, &tr, &self.staff, self.now).await?;
        let mut rows: Vec<Vec<Button>> = references
            .into_iter()
            .map(|reference| {
                Button::new(
                    tr.msg_args("case-close-button", &args!["case" => reference.as_str()]),
                    Action::CloseCase(reference),
                )
            })
            .collect::<Vec<_>>()
            .chunks(2)
            .map(<[Button]>::to_vec)
            .collect();
        rows.push(super::staff::home_row(self));
        self.state.step = Step::Staff;
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
            self.go(Step::Staff);
            return Ok(());
        }
        self.state.case = Some(reference.as_str().to_owned());
        self.go(Step::Case(step));
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
        self.go(Step::Staff);
        Ok(())
    }

    /// Asks to confirm closing a case.
    pub(super) async fn ask_close(&mut self, reference: &CaseRef) -> Result<(), EngineError> {
        self.open_case_step(reference, CaseStep::ConfirmClose).await
    }

    /// Closes the case the staff member confirmed.
    pub(super) async fn staff_close(&mut self, reference: &CaseRef) -> Result<(), EngineError> {
        let asked = self.state.case.take();
        if self.state.step != Step::Case(CaseStep::ConfirmClose)
            || asked.as_deref() != Some(reference.as_str())
        {
            self.stale();
            return Ok(());
        }
        let tr = self.tr();
        let message = close_case(self.app, &tr, &self.staff, reference, self.now).await?;
        self.note(message);
        self.go(Step::Staff);
        Ok(())
    }
}

/// The screen of a case step: waiting for an answer, or confirming a close.
pub(super) fn case_screen(turn: &Turn, step: CaseStep) -> (String, Vec<Vec<Button>>) {
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
                    Action::ConfirmCloseCase(reference.clone()),
                )],
                vec![Button::new(tr.msg("button-back"), Action::Cases)],
            ],
        ),
    }
}

/// The screen of the "ask a person" step.
pub(super) fn ask_screen(turn: &Turn) -> (String, Vec<Vec<Button>>) {
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
            Action::AskCarried,
        )]);
    }
    buttons.push(vec![Button::new(
        tr.msg("button-menu"),
        Action::Menu(MenuItem::Menu),
    )]);
    (text, buttons)
}
