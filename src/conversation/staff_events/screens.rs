//! Staff events: the screens — the draft's steps, its preview, summaries.

use super::super::Button;
use super::super::events::{TIMES_SHOWN, when};
use super::super::flows::Screen;
use super::super::turn::Turn;
use super::super::when::{self as words};
use crate::args;
use crate::events::{EventDetails, LOOK_AHEAD, MAX_DESCRIPTION_CHARS, MAX_TITLE_CHARS};
use crate::i18n::Locale;
use crate::newcomers::Category;

use super::*;
use crate::conversation::announce::machine::{TextState, marked_language};

/// The event as staff see it in the preview and after saving.
pub(super) fn staff_summary(turn: &Turn, details: &EventDetails) -> String {
    let tr = turn.tr();
    let times = details.occurrences(turn.now, turn.now + LOOK_AHEAD, TIMES_SHOWN);
    let mut lines = vec![tr.msg_args(
        "event-summary-title",
        &args!["title" => details.title.as_str()],
    )];
    lines.push(format!("📍 {}", details.place));
    let times: Vec<String> = times.iter().map(|t| when(&tr, *t)).collect();
    lines.push(format!("🕕 {}", times.join(" · ")));
    lines.push(
        words::recurrence_words(&tr, &details.recurrence, details.starts_at)
            .map_or_else(|| tr.msg("event-once"), |w| format!("🔁 {w}")),
    );
    lines.push(audience_text(turn, details));
    lines.join("\n")
}

pub(super) fn audience_text(turn: &Turn, details: &EventDetails) -> String {
    let tr = turn.tr();
    let mut who: Vec<String> = details
        .audience
        .categories
        .iter()
        .map(|c| tr.msg(super::super::announce::group_key(*c)))
        .collect();
    if who.is_empty() {
        who.push(tr.msg("announce-everyone"));
    }
    let mut text = tr.msg_args("event-for", &args!["who" => who.join(", ")]);
    if details.audience.reach != crate::announcements::Reach::Newcomers {
        text.push_str(" · ");
        text.push_str(&tr.msg(details.audience.reach.label_key()));
    }
    if details.audience.with_children {
        text.push_str(" · ");
        text.push_str(&tr.msg("announce-children-button"));
    }
    text
}

pub(super) fn event_button(label: String, action: EventAction) -> Button {
    Button::new(label, action)
}

/// The screen for a step of the event flow.
pub(super) fn event_screen(turn: &Turn, step: EventStep) -> Screen {
    let tr = turn.tr();
    let abort = vec![event_button(tr.msg("announce-cancel"), EventAction::Abort)];
    if let EventStep::ConfirmCancel(id) = step {
        return (
            tr.msg_args("event-cancel-confirm", &args!["id" => id.to_string()]),
            vec![
                vec![event_button(
                    tr.msg("event-cancel-yes"),
                    EventAction::ConfirmCancel(id),
                )],
                vec![event_button(tr.msg("button-back"), EventAction::List)],
            ],
        );
    }
    let Some(draft) = &turn.state.event_draft else {
        if step == EventStep::Municipality {
            let buttons = turn
                .event_municipalities()
                .into_iter()
                .map(|slug| {
                    vec![event_button(
                        turn.municipality_display(&slug),
                        EventAction::Municipality(slug),
                    )]
                })
                .collect();
            return (tr.msg("announce-pick-municipality"), buttons);
        }
        return (
            tr.msg("stale-button"),
            super::super::staff::staff_home_buttons(turn),
        );
    };
    let (text, mut buttons): Screen = match step {
        EventStep::Municipality | EventStep::Title => (
            tr.msg_args(
                "event-title-prompt",
                &args!["max" => MAX_TITLE_CHARS as i64],
            ),
            Vec::new(),
        ),
        EventStep::Place => {
            let mut buttons: Vec<Vec<Button>> = turn
                .app
                .content
                .municipality(&draft.municipality)
                .map(|m| {
                    m.meeting_places
                        .iter()
                        .map(|p| {
                            vec![event_button(
                                p.name.clone(),
                                EventAction::Place(p.id.clone()),
                            )]
                        })
                        .collect()
                })
                .unwrap_or_default();
            buttons.push(vec![event_button(
                tr.msg("event-other-place"),
                EventAction::OtherPlace,
            )]);
            (tr.msg("event-place-prompt"), buttons)
        }
        EventStep::PlaceText => (
            tr.msg_args(
                "event-place-text-prompt",
                &args!["max" => MAX_TITLE_CHARS as i64],
            ),
            Vec::new(),
        ),
        EventStep::Start => (
            tr.msg_args(
                "event-start-prompt",
                &args!["example" => words::example(turn.now)],
            ),
            Vec::new(),
        ),
        EventStep::Recurrence => {
            let mut buttons = vec![vec![event_button(tr.msg("event-once"), EventAction::Once)]];
            match draft.starts_at {
                Some(first) => buttons.extend(words::repeat_buttons(&tr, first, |choice| {
                    EventAction::Repeat(choice)
                })),
                None => buttons.push(vec![event_button(
                    tr.msg("repeat-advanced"),
                    EventAction::Repeat(super::super::callback::RepeatChoice::Crontab),
                )]),
            }
            (tr.msg("event-recurrence-prompt"), buttons)
        }
        EventStep::Crontab => (tr.msg("repeat-prompt"), Vec::new()),
        EventStep::Titles => {
            let mut buttons = super::super::announce::language_buttons(
                turn,
                Locale::ALL.into_iter().filter(|l| *l != Locale::Nb),
                |l| draft.titles.0.contains_key(&l),
                EventAction::TitleIn,
            );
            buttons.push(vec![event_button(
                tr.msg("announce-continue"),
                EventAction::DescriptionsDone,
            )]);
            (
                tr.msg_args(
                    "event-titles-prompt",
                    &args!["title" => draft.title.as_deref().unwrap_or_default()],
                ),
                buttons,
            )
        }
        EventStep::TitleText(locale) => {
            let language = turn.app.i18n.tr(locale).msg("language-name");
            (
                tr.msg_args(
                    "event-title-in-prompt",
                    &args![
                        "language" => language,
                        "title" => draft.title.as_deref().unwrap_or_default(),
                        "max" => MAX_TITLE_CHARS as i64,
                    ],
                ),
                Vec::new(),
            )
        }
        EventStep::Audience => {
            let mut buttons: Vec<Vec<Button>> = vec![vec![event_button(
                tr.msg_args(
                    "announce-reach-button",
                    &args!["value" => tr.msg(draft.audience.reach.label_key())],
                ),
                EventAction::CycleReach,
            )]];
            buttons.extend(Category::ALL.iter().map(|c| {
                vec![event_button(
                    super::super::turn::ticked(
                        draft.audience.categories.contains(c),
                        tr.msg(super::super::announce::group_key(*c)),
                    ),
                    EventAction::ToggleCategory(*c),
                )]
            }));
            buttons.push(vec![event_button(
                super::super::turn::ticked(
                    draft.audience.with_children,
                    tr.msg("announce-children-button"),
                ),
                EventAction::ToggleChildren,
            )]);
            buttons.push(vec![event_button(
                tr.msg("announce-continue"),
                EventAction::AudienceDone,
            )]);
            (tr.msg("event-audience-prompt"), buttons)
        }
        EventStep::Description(locale) => {
            let language = turn.app.i18n.tr(locale).msg("language-name");
            let mut buttons = Vec::new();
            if locale == Locale::Nb && !super::template::templates_for(turn, draft).is_empty() {
                buttons.push(vec![event_button(
                    tr.msg("announce-from-template"),
                    EventAction::FromTemplate,
                )]);
            }
            (
                tr.msg_args(
                    "event-description-prompt",
                    &args!["language" => language, "max" => MAX_DESCRIPTION_CHARS as i64],
                ),
                buttons,
            )
        }
        EventStep::Templates => super::template::templates_screen(turn, draft),
        EventStep::TemplateContact => super::template::contact_screen(turn),
        EventStep::Descriptions => {
            let labels: Vec<Button> = Locale::ALL
                .into_iter()
                .map(|l| {
                    let state = super::machine::text_state(draft, l);
                    let label = match state {
                        // Without a translator, the ticks as before.
                        TextState::Written | TextState::Missing
                            if turn.app.translator.is_none() =>
                        {
                            super::super::turn::ticked(
                                state == TextState::Written,
                                turn.app.i18n.tr(l).msg("language-name"),
                            )
                        }
                        _ => marked_language(turn, l, state),
                    };
                    event_button(label, EventAction::Describe(l))
                })
                .collect();
            let mut buttons: Vec<Vec<Button>> = labels.chunks(2).map(<[Button]>::to_vec).collect();
            buttons.push(vec![event_button(
                tr.msg("announce-continue"),
                EventAction::DescriptionsDone,
            )]);
            let key = if turn.app.translator.is_some() {
                "event-descriptions-machine-prompt"
            } else {
                "event-descriptions-prompt"
            };
            (tr.msg(key), buttons)
        }
        EventStep::Review(locale) => super::machine::review_screen(turn, draft, locale),
        EventStep::Preview => preview(turn, draft),
        // Answered before the draft is looked at; nothing to show here.
        EventStep::ConfirmCancel(_) => (tr.msg("stale-button"), Vec::new()),
    };
    buttons.push(abort);
    (text, buttons)
}

/// How long the preview may be, leaving room for notes before it.
const PREVIEW_CHARS: usize = 3600;

pub(super) fn preview(turn: &Turn, draft: &EventDraft) -> Screen {
    let tr = turn.tr();
    let Some(details) = draft.details() else {
        return (tr.msg("stale-button"), Vec::new());
    };
    let mut lines = vec![staff_summary(turn, &details), String::new()];
    lines.push(tr.msg("event-preview-languages"));
    // Ten descriptions of 600 characters do not fit one message: each
    // language gets its share of what is left, cut with "…".
    let used: usize = lines.iter().map(|l| l.chars().count() + 1).sum();
    let share = PREVIEW_CHARS.saturating_sub(used) / Locale::ALL.len();
    let cut = |text: &str| -> String {
        if text.chars().count() <= share {
            return text.to_owned();
        }
        let mut cut: String = text.chars().take(share.saturating_sub(1)).collect();
        cut.push('…');
        cut
    };
    for locale in Locale::ALL {
        let language = turn.app.i18n.tr(locale).msg("language-name");
        let line = match details.descriptions.for_reader(locale) {
            Some((l, text)) if l == locale && draft.machine_wrote(l) => {
                let mark = if draft.checked.contains(&l) {
                    "🤖✅"
                } else {
                    "🤖"
                };
                cut(&format!(
                    "• {mark} {language}: {} — {text}",
                    details.title_for(l)
                ))
            }
            Some((l, text)) if l == locale => cut(&format!("• {language}: {text}")),
            Some((l, _)) => format!(
                "• {}",
                tr.msg_args(
                    "event-preview-fallback",
                    &args![
                        "language" => language,
                        "fallback" => turn.app.i18n.tr(l).msg("language-name"),
                    ],
                )
            ),
            None => continue,
        };
        lines.push(line);
    }
    let label = |part: EventPart| {
        let key = match part {
            EventPart::Title => "event-change-title",
            EventPart::Place => "event-change-place",
            EventPart::Time => "event-change-time",
            EventPart::Audience => "event-change-audience",
            EventPart::Descriptions => "event-change-descriptions",
        };
        event_button(tr.msg(key), EventAction::Change(part))
    };
    let mut buttons = vec![vec![event_button(tr.msg("event-save"), EventAction::Save)]];
    let mut parts: Vec<Button> = EventPart::ALL.into_iter().map(label).collect();
    parts.push(event_button(
        tr.msg("event-change-titles"),
        EventAction::Titles,
    ));
    buttons.extend(parts.chunks(2).map(<[Button]>::to_vec));
    (lines.join("\n"), buttons)
}
