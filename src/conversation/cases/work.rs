//! Cases as staff work them: the notification, answering, listing,
//! closing, and routing questions that waited for a first receiver.

use super::*;
use crate::audit::{Action, Actor};

/// The message staff get about a case: its header, the question(s) and
/// how to answer.
pub(in crate::conversation) fn notification(
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
pub(in crate::conversation) async fn answer_case(
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
            return Ok(crate::conversation::turn::message_error(
                tr,
                error,
                crate::cases::MAX_MESSAGE_CHARS,
            ));
        }
    };
    let reader = app.i18n.tr(case.locale);
    // The answer in the reader's language when a translator is
    // configured, marked, with the Norwegian original under it.
    let translated = match app.translator.as_ref() {
        Some(translator)
            if app.translates_cases(&case.municipality)
                && !matches!(case.locale, Locale::Nb | Locale::Nn) =>
        {
            let provider = translator.name().to_owned();
            app.translate(&case.municipality, &text, Locale::Nb, case.locale)
                .await
                .map(|result| (provider, result))
        }
        _ => None,
    };
    let shown = match translated {
        Some((provider, Ok(translated))) => format!(
            "{translated}\n\n{}\n{text}",
            reader.msg_args(
                "case-machine-translated-answer",
                &args!["provider" => provider]
            )
        ),
        Some((_, Err(error))) => {
            tracing::warn!(%error, "an answer was not translated");
            text.clone()
        }
        None => text.clone(),
    };
    let body = format!(
        "{}\n\n{shown}\n\n{}",
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
        body: crate::conversation::Reply::outbox_body(body),
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
    audit_case(
        app,
        staff,
        &case.municipality,
        Action::CaseAnswered,
        reference,
    )
    .await?;
    Ok(tr.msg_args("case-answer-sent", &args!["case" => reference.as_str()]))
}

/// A case of a municipality these memberships handle, or `None`: another
/// municipality's case looks exactly like one that does not exist.
pub(in crate::conversation) async fn handled_case(
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
pub(super) fn municipality_name(app: &AppState, slug: &str) -> String {
    app.content
        .municipality(slug)
        .map_or(slug.to_owned(), |m| m.short_name.clone())
}

/// A message of a thread, cut for the list.
pub(super) fn thread_line(tr: &Tr, message: &CaseMessage) -> String {
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
pub(in crate::conversation) async fn open_cases(
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

/// Writes what staff did to a case to the audit log: the acting chat is
/// the memberships' own (a person, or a bound staff group).
async fn audit_case(
    app: &AppState,
    staff: &[StaffMember],
    municipality: &str,
    action: Action,
    reference: &CaseRef,
) -> Result<(), EngineError> {
    if let Some(member) = staff.first() {
        app.audit(
            municipality,
            Actor::Chat(member.chat),
            action,
            reference.as_str(),
        )
        .await?;
    }
    Ok(())
}

/// Closes a case this chat handles and tells the newcomer. Returns what to
/// tell the staff member.
pub(in crate::conversation) async fn close_case(
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
        body: crate::conversation::Reply::outbox_body(reader.msg_args(
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
        audit_case(
            app,
            staff,
            &case.municipality,
            Action::CaseClosed,
            reference,
        )
        .await?;
        Ok(tr.msg_args("case-closed", &args!["case" => reference.as_str()]))
    } else {
        Ok(tr.msg_args("case-already-closed", &args!["case" => reference.as_str()]))
    }
}

/// Sends the cases that waited for staff to `member`, who has just joined
/// and handles cases, and tells each newcomer their question has arrived.
/// Returns how many cases were sent.
pub(in crate::conversation) async fn route_waiting(
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
            body: crate::conversation::Reply::outbox_body(notification(
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
            body: crate::conversation::Reply::outbox_body(reader.msg_args(
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
pub(in crate::conversation) fn split_reference(args: &str) -> Option<(CaseRef, &str)> {
    let args = args.trim();
    let (head, rest) = args.split_once(char::is_whitespace).unwrap_or((args, ""));
    Some((CaseRef::parse(head)?, rest.trim()))
}
