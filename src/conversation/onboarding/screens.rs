//! What onboarding shows: the privacy notice, the language picker, each
//! question, the settings, the answers in words and the deletion report.

use super::*;

/// Month names, for arrival answers.
pub(in crate::conversation) const MONTHS: [&str; 12] = [
    "month-1", "month-2", "month-3", "month-4", "month-5", "month-6", "month-7", "month-8",
    "month-9", "month-10", "month-11", "month-12",
];
/// Short month names, for the arrival buttons.
pub(in crate::conversation) const MONTHS_SHORT: [&str; 12] = [
    "month-short-1",
    "month-short-2",
    "month-short-3",
    "month-short-4",
    "month-short-5",
    "month-short-6",
    "month-short-7",
    "month-short-8",
    "month-short-9",
    "month-short-10",
    "month-short-11",
    "month-short-12",
];
/// How many past months the arrival question offers as buttons.
pub(super) const ARRIVAL_MONTHS: u32 = 12;

/// The message key of a month's name (1 = January).
pub(in crate::conversation) fn month_key(month: u32) -> &'static str {
    MONTHS[(month.clamp(1, 12) - 1) as usize]
}

pub(super) fn privacy(turn: &Turn) -> Screen {
    let tr = turn.tr();
    (
        format!(
            "{}\n\n{}\n\n{}",
            tr.msg("privacy-notice"),
            tr.msg("privacy-followups"),
            tr.msg("privacy-question")
        ),
        vec![
            vec![button(turn, "privacy-accept", Action::Consent(true))],
            vec![button(turn, "privacy-decline", Action::Consent(false))],
            vec![button(turn, "button-back", Action::BackFromPrivacy)],
        ],
    )
}

/// The ten languages, each in its own name; the current one is ticked.
pub(in crate::conversation) fn language_picker(turn: &Turn) -> Screen {
    let i18n = &turn.app.i18n;
    let current = i18n.tr(turn.locale).msg("language-name");
    let buttons = Locale::ALL
        .into_iter()
        .map(|locale| {
            let name = i18n.tr(locale).msg("language-name");
            let label = if locale == turn.locale {
                format!("✓ {name}")
            } else {
                name
            };
            Button::new(label, Action::Language(locale))
        })
        .collect();
    (
        turn.tr()
            .msg_args("language-prompt", &args!["language" => current]),
        rows(buttons, 2),
    )
}

pub(super) fn question(turn: &Turn, field: Question) -> Screen {
    let tr = turn.tr();
    let answer = |a: Answer| Action::Answer(a);
    let (text, mut buttons) = match field {
        Question::Municipality => {
            let buttons = turn
                .app
                .content
                .municipalities()
                .map(|m| Button::new(m.name.clone(), answer(Answer::Municipality(m.slug.clone()))))
                .collect();
            (tr.msg("municipality-prompt"), rows(buttons, 1))
        }
        Question::Category => {
            let buttons = Category::ALL
                .iter()
                .map(|c| button(turn, c.label_key(), answer(Answer::Category(*c))))
                .collect();
            (tr.msg("category-prompt"), rows(buttons, 1))
        }
        Question::Citizenship => {
            let buttons = Citizenship::ALL
                .iter()
                .map(|c| button(turn, c.label_key(), answer(Answer::Citizenship(*c))))
                .collect();
            (tr.msg("citizenship-prompt"), rows(buttons, 1))
        }
        Question::Arrival => {
            let this_month = YearMonth::of(&turn.app.clock.today_in_oslo());
            let months = (0..ARRIVAL_MONTHS)
                .map(|n| {
                    let month = this_month.minus(n);
                    let label = tr.msg_args(
                        "arrival-month",
                        &args![
                            "month" => tr.msg(MONTHS_SHORT[month.month as usize - 1]),
                            "year" => month.year.to_string(),
                        ],
                    );
                    Button::new(label, answer(Answer::Arrival(Arrival::Month(month))))
                })
                .collect();
            let mut buttons = rows(months, 3);
            buttons.push(vec![
                button(
                    turn,
                    "arrival-not-yet",
                    answer(Answer::Arrival(Arrival::NotYet)),
                ),
                button(
                    turn,
                    "arrival-earlier",
                    answer(Answer::Arrival(Arrival::Earlier)),
                ),
            ]);
            let name = newcomer_municipality_name(turn);
            (
                tr.msg_args("arrival-prompt", &args!["municipality" => name]),
                buttons,
            )
        }
        Question::Household => {
            let buttons = Household::ALL
                .iter()
                .map(|h| button(turn, h.label_key(), answer(Answer::Household(*h))))
                .collect();
            (tr.msg("household-prompt"), rows(buttons, 1))
        }
        Question::Mentor => (
            tr.msg("mentor-prompt"),
            vec![vec![
                button(turn, "mentor-yes", answer(Answer::Mentor(true))),
                button(turn, "mentor-no", answer(Answer::Mentor(false))),
            ]],
        ),
    };
    buttons.push(vec![button(turn, "button-back", Action::Back(field))]);
    (text, buttons)
}

pub(super) fn newcomer_municipality_name(turn: &Turn) -> String {
    turn.newcomer
        .as_ref()
        .and_then(|n| n.municipality.as_deref())
        .and_then(|slug| turn.app.content.municipality(slug))
        .map(|m| m.short_name.clone())
        .unwrap_or_default()
}

/// The answers, each a button that changes it.
pub(in crate::conversation) fn settings(turn: &Turn) -> Screen {
    let tr = turn.tr();
    let mut buttons: Vec<Vec<Button>> = Question::ORDER
        .into_iter()
        .filter(|field| turn.asks(*field))
        .map(|field| {
            let label = profile_row(turn, field_label_key(field), answer_text(turn, field));
            vec![Button::new(label, Action::Change(field))]
        })
        .collect();
    let language = profile_row(turn, "field-language", tr.msg("language-name"));
    buttons.push(vec![Button::new(language, MenuItem::Language)]);
    buttons.push(vec![button(turn, "button-menu", MenuItem::Menu)]);
    (tr.msg("settings-title"), buttons)
}

pub(in crate::conversation) fn field_label_key(field: Question) -> &'static str {
    match field {
        Question::Municipality => "field-municipality",
        Question::Category => "field-category",
        Question::Citizenship => "field-citizenship",
        Question::Arrival => "field-arrival",
        Question::Household => "field-household",
        Question::Mentor => "field-mentor",
    }
}

pub(in crate::conversation) fn profile_row(turn: &Turn, label_key: &str, value: String) -> String {
    let tr = turn.tr();
    tr.msg_args(
        "profile-row",
        &args!["label" => tr.msg(label_key), "value" => value],
    )
}

/// A newcomer's answer to `field`, in words.
pub(in crate::conversation) fn answer_text(turn: &Turn, field: Question) -> String {
    let tr = turn.tr();
    let Some(newcomer) = &turn.newcomer else {
        return tr.msg("value-unanswered");
    };
    let text = match field {
        Question::Municipality => newcomer.municipality.as_deref().map(|slug| {
            turn.app
                .content
                .municipality(slug)
                .map_or_else(|| slug.to_owned(), |m| m.name.clone())
        }),
        Question::Category => newcomer.category.map(|c| tr.msg(c.label_key())),
        Question::Citizenship => newcomer.citizenship.map(|c| tr.msg(c.label_key())),
        Question::Arrival => newcomer.arrival.map(|arrival| arrival_words(&tr, arrival)),
        Question::Household => newcomer.household.map(|h| tr.msg(h.label_key())),
        Question::Mentor => newcomer.wants_mentor.map(|wants| {
            tr.msg(if wants {
                "mentor-value-yes"
            } else {
                "mentor-value-no"
            })
        }),
    };
    text.unwrap_or_else(|| tr.msg("value-unanswered"))
}

/// When someone arrived, in words: "March 2026", "not yet", "earlier".
pub(in crate::conversation) fn arrival_words(tr: &crate::i18n::Tr, arrival: Arrival) -> String {
    match arrival {
        Arrival::NotYet => tr.msg("arrival-not-yet"),
        Arrival::Earlier => tr.msg("arrival-earlier"),
        Arrival::Month(month) => tr.msg_args(
            "arrival-month",
            &args![
                "month" => tr.msg(MONTHS[month.month as usize - 1]),
                "year" => month.year.to_string(),
            ],
        ),
    }
}

pub(in crate::conversation) fn local_date(newcomer: &Newcomer) -> String {
    crate::i18n::format_oslo_date(newcomer.consented_at)
}

/// What `/delete` removed, in words.
pub(in crate::conversation) fn deletion_report(turn: &Turn, deletion: Deletion) -> String {
    let tr = turn.tr();
    if !deletion.profile
        && !deletion.conversation
        && !deletion.staff
        && deletion.cases == 0
        && !deletion.mentor
        && !deletion.mentor_pool
    {
        // Skills, checklist and cases exist only with a profile.
        return tr.msg("delete-nothing");
    }
    let mut lines = vec![tr.msg("delete-done")];
    if deletion.profile {
        lines.push(format!("• {}", tr.msg("delete-done-profile")));
    }
    if deletion.conversation {
        lines.push(format!("• {}", tr.msg("delete-done-conversation")));
    }
    if deletion.staff {
        lines.push(format!("• {}", tr.msg("delete-done-staff")));
    }
    if deletion.skills {
        lines.push(format!("• {}", tr.msg("delete-done-skills")));
    }
    if deletion.mentor {
        lines.push(format!("• {}", tr.msg("delete-done-fadder")));
    }
    if deletion.mentor_pool {
        lines.push(format!("• {}", tr.msg("delete-done-mentor-wish")));
    }
    if deletion.checklist > 0 {
        lines.push(format!("• {}", tr.msg("delete-done-checklist")));
    }
    if deletion.cases > 0 {
        let count = deletion.cases as i64;
        lines.push(format!(
            "• {}",
            tr.msg_args("delete-done-cases", &args!["count" => count])
        ));
    }
    if deletion.pending_deliveries > 0 {
        let count = deletion.pending_deliveries as i64;
        lines.push(format!(
            "• {}",
            tr.msg_args("delete-done-pending", &args!["count" => count])
        ));
    }
    if deletion.featured {
        lines.push(format!("• {}", tr.msg("delete-done-featured")));
    }
    if deletion.followups {
        lines.push(format!("• {}", tr.msg("delete-done-followups")));
    }
    lines.push(String::new());
    lines.push(tr.msg("delete-done-footer"));
    if deletion.pulse_kept > 0 {
        lines.push(tr.msg("delete-done-pulse-kept"));
    }
    lines.join("\n")
}
