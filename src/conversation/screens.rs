//! What each step shows: texts and buttons, in the person's language.

use chrono_tz::Europe::Oslo;

use super::callback::{Action, Answer, Field, MenuItem};
use super::state::Step;
use super::{Button, Turn};
use crate::args;
use crate::i18n::{Locale, format_date};
use crate::newcomers::{Arrival, Category, Citizenship, Household, Newcomer, YearMonth};
use crate::store::Deletion;

type Screen = (String, Vec<Vec<Button>>);

/// Month names, for arrival answers.
const MONTHS: [&str; 12] = [
    "month-1", "month-2", "month-3", "month-4", "month-5", "month-6", "month-7", "month-8",
    "month-9", "month-10", "month-11", "month-12",
];
/// Short month names, for the arrival buttons.
const MONTHS_SHORT: [&str; 12] = [
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
const ARRIVAL_MONTHS: u32 = 12;

/// Every message key this module builds from data rather than spelling out.
pub fn dynamic_keys() -> impl Iterator<Item = &'static str> {
    MONTHS
        .into_iter()
        .chain(MONTHS_SHORT)
        .chain(super::skills::dynamic_keys())
        .chain(super::cases::dynamic_keys())
        .chain(super::staff::dynamic_keys())
        .chain(super::when::dynamic_keys())
}

/// The message key of a month's name (1 = January).
pub(super) fn month_key(month: u32) -> &'static str {
    MONTHS[(month.clamp(1, 12) - 1) as usize]
}

fn button(turn: &Turn, key: &str, action: Action) -> Button {
    Button::new(turn.tr().msg(key), action)
}

fn rows(buttons: Vec<Button>, per_row: usize) -> Vec<Vec<Button>> {
    buttons.chunks(per_row).map(<[Button]>::to_vec).collect()
}

/// The screen for the current step.
pub(super) fn prompt(turn: &Turn) -> Screen {
    let tr = turn.tr();
    match turn.state.step {
        Step::LinkMunicipality => {
            let buttons = turn
                .app
                .content
                .municipalities()
                .map(|m| Button::new(m.name.clone(), Action::LinkMunicipality(m.slug.clone())))
                .collect();
            (tr.msg("link-municipality-prompt"), rows(buttons, 1))
        }
        Step::Language => language_picker(turn),
        Step::Privacy => privacy(turn),
        Step::Onboarding(field) | Step::Editing(field) => question(turn, field),
        Step::Menu => {
            let buttons = vec![
                button(turn, "menu-letter", Action::Menu(MenuItem::Letter)),
                button(turn, "menu-info", Action::Menu(MenuItem::Info)),
                button(turn, "menu-guide", Action::Menu(MenuItem::Guide)),
                button(turn, "menu-checklist", Action::Menu(MenuItem::Checklist)),
                button(turn, "menu-housing", Action::Menu(MenuItem::Housing)),
                button(turn, "menu-skills", Action::Menu(MenuItem::Skills)),
                button(turn, "menu-events", Action::Menu(MenuItem::Events)),
                button(turn, "menu-ask", Action::Menu(MenuItem::Ask)),
                button(turn, "menu-settings", Action::Menu(MenuItem::Settings)),
                button(turn, "menu-language", Action::Menu(MenuItem::Language)),
                button(turn, "menu-mydata", Action::Menu(MenuItem::MyData)),
                button(turn, "menu-privacy", Action::Menu(MenuItem::Privacy)),
                button(turn, "menu-delete", Action::Menu(MenuItem::Delete)),
                button(turn, "menu-help", Action::Menu(MenuItem::Help)),
            ];
            (tr.msg("menu-title"), rows(buttons, 2))
        }
        Step::Guest => {
            let mut buttons = vec![
                vec![button(turn, "menu-info", Action::Menu(MenuItem::Info))],
                vec![
                    button(turn, "menu-guide", Action::Menu(MenuItem::Guide)),
                    button(turn, "menu-housing", Action::Menu(MenuItem::Housing)),
                ],
                vec![button(turn, "menu-signup", Action::Menu(MenuItem::SignUp))],
            ];
            buttons.extend(rows(
                vec![
                    button(turn, "menu-language", Action::Menu(MenuItem::Language)),
                    button(turn, "menu-privacy", Action::Menu(MenuItem::Privacy)),
                    button(turn, "menu-delete", Action::Menu(MenuItem::Delete)),
                    button(turn, "menu-help", Action::Menu(MenuItem::Help)),
                ],
                2,
            ));
            (tr.msg("guest-title"), buttons)
        }
        Step::Staff => staff_home(turn),
        Step::Announce(step) => super::staff::announce_screen(turn, step),
        Step::Event(step) => super::events::event_screen(turn, step),
        Step::Ask => super::cases::ask_screen(turn),
        Step::Case(step) => super::cases::case_screen(turn, step),
        Step::Skills(step) => super::skills::skills_screen(turn, step),
        Step::ConfirmDelete => (
            tr.msg("delete-confirm"),
            vec![vec![
                button(turn, "delete-yes", Action::ConfirmDelete(true)),
                button(turn, "delete-no", Action::ConfirmDelete(false)),
            ]],
        ),
    }
}

/// The privacy question and its buttons, without the notice: for someone
/// who has just read it and typed something instead of pressing.
pub(super) fn privacy_short(turn: &Turn) -> Screen {
    let (_, buttons) = privacy(turn);
    (turn.tr().msg("privacy-question"), buttons)
}

fn privacy(turn: &Turn) -> Screen {
    let tr = turn.tr();
    (
        format!(
            "{}\n\n{}",
            tr.msg("privacy-notice"),
            tr.msg("privacy-question")
        ),
        vec![
            vec![button(turn, "privacy-accept", Action::Consent(true))],
            vec![button(turn, "privacy-decline", Action::Consent(false))],
            vec![button(turn, "button-back", Action::BackFromPrivacy)],
        ],
    )
}

/// A button label or typed text reduced to its words: lowercase, no
/// diacritics, no emoji, ticks or punctuation.
pub(super) fn fold_label(text: &str) -> String {
    crate::guide::matching::fold(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether `typed` (folded) is one of the words a message lists, comma
/// separated, in the person's language — or in English or Norwegian, which
/// many type whatever language they read.
pub(super) fn is_word(turn: &Turn, key: &str, typed: &str) -> bool {
    [turn.locale, Locale::En, Locale::Nb]
        .into_iter()
        .any(|locale| {
            turn.app
                .i18n
                .tr(locale)
                .msg(key)
                .split(',')
                .any(|word| fold_label(word) == typed)
        })
}

/// The actions of "yes" and "no" on a screen that asks a yes-or-no
/// question.
pub(super) fn yes_no(turn: &Turn) -> Option<(Action, Action)> {
    use super::callback::SkillsAction;
    use super::state::SkillsStep;
    match turn.state.step {
        Step::Privacy => Some((Action::Consent(true), Action::Consent(false))),
        Step::Onboarding(Field::Mentor) | Step::Editing(Field::Mentor) => Some((
            Action::Answer(Answer::Mentor(true)),
            Action::Answer(Answer::Mentor(false)),
        )),
        Step::ConfirmDelete => Some((Action::ConfirmDelete(true), Action::ConfirmDelete(false))),
        Step::Skills(SkillsStep::Consent) => Some((
            Action::Skills(SkillsAction::Consent(true)),
            Action::Skills(SkillsAction::Consent(false)),
        )),
        _ => None,
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
    (lines.join("\n"), super::staff::staff_home_buttons(turn))
}

/// The ten languages, each in its own name; the current one is ticked.
pub(super) fn language_picker(turn: &Turn) -> Screen {
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

fn question(turn: &Turn, field: Field) -> Screen {
    let tr = turn.tr();
    let answer = |a: Answer| Action::Answer(a);
    let (text, mut buttons) = match field {
        Field::Municipality => {
            let buttons = turn
                .app
                .content
                .municipalities()
                .map(|m| Button::new(m.name.clone(), answer(Answer::Municipality(m.slug.clone()))))
                .collect();
            (tr.msg("municipality-prompt"), rows(buttons, 1))
        }
        Field::Category => {
            let buttons = Category::ALL
                .iter()
                .map(|c| button(turn, c.label_key(), answer(Answer::Category(*c))))
                .collect();
            (tr.msg("category-prompt"), rows(buttons, 1))
        }
        Field::Citizenship => {
            let buttons = Citizenship::ALL
                .iter()
                .map(|c| button(turn, c.label_key(), answer(Answer::Citizenship(*c))))
                .collect();
            (tr.msg("citizenship-prompt"), rows(buttons, 1))
        }
        Field::Arrival => {
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
            let name = municipality_name(turn);
            (
                tr.msg_args("arrival-prompt", &args!["municipality" => name]),
                buttons,
            )
        }
        Field::Household => {
            let buttons = Household::ALL
                .iter()
                .map(|h| button(turn, h.label_key(), answer(Answer::Household(*h))))
                .collect();
            (tr.msg("household-prompt"), rows(buttons, 1))
        }
        Field::Mentor => (
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

fn municipality_name(turn: &Turn) -> String {
    turn.newcomer
        .as_ref()
        .and_then(|n| n.municipality.as_deref())
        .and_then(|slug| turn.app.content.municipality(slug))
        .map(|m| m.short_name.clone())
        .unwrap_or_default()
}

/// The answers, each a button that changes it.
pub(super) fn settings(turn: &Turn) -> Screen {
    let tr = turn.tr();
    let mut buttons: Vec<Vec<Button>> = Field::ORDER
        .into_iter()
        .filter(|field| turn.asks(*field))
        .map(|field| {
            let label = profile_row(turn, field_label_key(field), answer_text(turn, field));
            vec![Button::new(label, Action::Change(field))]
        })
        .collect();
    let language = profile_row(turn, "field-language", tr.msg("language-name"));
    buttons.push(vec![Button::new(
        language,
        Action::Menu(MenuItem::Language),
    )]);
    buttons.push(vec![button(
        turn,
        "button-menu",
        Action::Menu(MenuItem::Menu),
    )]);
    (tr.msg("settings-title"), buttons)
}

/// The municipalities to read about.
pub(super) fn info_picker(turn: &Turn) -> Screen {
    municipality_picker(turn, "info-prompt", Action::Info)
}

/// Every municipality as a button, then the menu.
pub(super) fn municipality_picker(
    turn: &Turn,
    key: &str,
    action: impl Fn(String) -> Action,
) -> Screen {
    let mut buttons: Vec<Vec<Button>> = turn
        .app
        .content
        .municipalities()
        .map(|m| vec![Button::new(m.name.clone(), action(m.slug.clone()))])
        .collect();
    buttons.push(vec![button(
        turn,
        "button-menu",
        Action::Menu(MenuItem::Menu),
    )]);
    (turn.tr().msg(key), buttons)
}

fn field_label_key(field: Field) -> &'static str {
    match field {
        Field::Municipality => "field-municipality",
        Field::Category => "field-category",
        Field::Citizenship => "field-citizenship",
        Field::Arrival => "field-arrival",
        Field::Household => "field-household",
        Field::Mentor => "field-mentor",
    }
}

fn profile_row(turn: &Turn, label_key: &str, value: String) -> String {
    let tr = turn.tr();
    tr.msg_args(
        "profile-row",
        &args!["label" => tr.msg(label_key), "value" => value],
    )
}

/// A newcomer's answer to `field`, in words.
fn answer_text(turn: &Turn, field: Field) -> String {
    let tr = turn.tr();
    let Some(newcomer) = &turn.newcomer else {
        return tr.msg("value-unanswered");
    };
    let text = match field {
        Field::Municipality => newcomer.municipality.as_deref().map(|slug| {
            turn.app
                .content
                .municipality(slug)
                .map_or_else(|| slug.to_owned(), |m| m.name.clone())
        }),
        Field::Category => newcomer.category.map(|c| tr.msg(c.label_key())),
        Field::Citizenship => newcomer.citizenship.map(|c| tr.msg(c.label_key())),
        Field::Arrival => newcomer.arrival.map(|arrival| match arrival {
            Arrival::NotYet => tr.msg("arrival-not-yet"),
            Arrival::Earlier => tr.msg("arrival-earlier"),
            Arrival::Month(month) => tr.msg_args(
                "arrival-month",
                &args![
                    "month" => tr.msg(MONTHS[month.month as usize - 1]),
                    "year" => month.year.to_string(),
                ],
            ),
        }),
        Field::Household => newcomer.household.map(|h| tr.msg(h.label_key())),
        Field::Mentor => newcomer.wants_mentor.map(|wants| {
            tr.msg(if wants {
                "mentor-value-yes"
            } else {
                "mentor-value-no"
            })
        }),
    };
    text.unwrap_or_else(|| tr.msg("value-unanswered"))
}

/// Everything stored about this person, readable.
pub(super) fn my_data(
    turn: &Turn,
    pending: u64,
    cases: u64,
    checklist: &std::collections::BTreeMap<String, crate::guide::StepState>,
) -> String {
    let tr = turn.tr();
    let chat = format!("{} {}", turn.chat.channel.code(), turn.chat.id);
    let mut lines = vec![
        tr.msg("mydata-title"),
        String::new(),
        profile_row(turn, "field-chat", chat),
        profile_row(turn, "field-language", tr.msg("language-name")),
    ];
    match &turn.newcomer {
        Some(newcomer) => {
            for field in Field::ORDER.into_iter().filter(|f| turn.asks(*f)) {
                lines.push(profile_row(
                    turn,
                    field_label_key(field),
                    answer_text(turn, field),
                ));
            }
            lines.push(profile_row(turn, "field-consent", local_date(newcomer)));
            lines.push(profile_row(turn, "field-pending", pending.to_string()));
            lines.push(profile_row(turn, "field-cases", cases.to_string()));
            let count = |state| checklist.values().filter(|s| **s == state).count() as i64;
            lines.push(profile_row(
                turn,
                "field-checklist",
                turn.tr().msg_args(
                    "value-checklist",
                    &args![
                        "done" => count(crate::guide::StepState::Done),
                        "skipped" => count(crate::guide::StepState::Skipped),
                    ],
                ),
            ));
        }
        None => {
            lines.push(String::new());
            lines.push(tr.msg("mydata-no-profile"));
        }
    }
    lines.push(String::new());
    lines.push(tr.msg("mydata-footer"));
    lines.join("\n")
}

fn local_date(newcomer: &Newcomer) -> String {
    format_date(newcomer.consented_at.with_timezone(&Oslo).date_naive())
}

/// What `/delete` removed, in words.
pub(super) fn deletion_report(turn: &Turn, deletion: Deletion) -> String {
    let tr = turn.tr();
    if !deletion.profile && !deletion.conversation && !deletion.staff && deletion.cases == 0 {
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
    lines.push(String::new());
    lines.push(tr.msg("delete-done-footer"));
    lines.join("\n")
}
