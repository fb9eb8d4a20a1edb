//! Staff announcements: the draft's screens and its preview.

use chrono::{DateTime, Utc};
use chrono_tz::Europe::Oslo;

use super::super::Button;
use super::super::flows::{self, Screen};
use super::super::turn::{Turn, ticked};
use super::super::when::{self as words};
use super::*;
use crate::announcements::{self, MAX_TEXT_CHARS, Schedule};
use crate::args;
use crate::i18n::Locale;
use crate::newcomers::{Category, YearMonth};

/// The staff word for a whole group, in audiences ("Flyktninger").
pub(in crate::conversation) fn group_key(category: Category) -> &'static str {
    match category {
        Category::Refugee => "staff-group-refugee",
        Category::Labour => "staff-group-labour",
        Category::Family => "staff-group-family",
        Category::Other => "staff-group-other",
    }
}

/// Every message key this module builds from data.
pub(in crate::conversation) fn dynamic_keys() -> impl Iterator<Item = &'static str> {
    Category::ALL.iter().map(|c| group_key(*c)).chain(
        crate::announcements::Reach::ALL
            .iter()
            .map(|r| r.label_key()),
    )
}

/// The languages as buttons in their own names, two per row, ticked where
/// `ticked` says so.
pub(in crate::conversation) fn language_buttons<A: Into<flows::Action>>(
    turn: &Turn,
    languages: impl IntoIterator<Item = Locale>,
    is_ticked: impl Fn(Locale) -> bool,
    action: impl Fn(Locale) -> A,
) -> Vec<Vec<Button>> {
    let buttons: Vec<Button> = languages
        .into_iter()
        .map(|l| {
            let name = turn.app.i18n.tr(l).msg("language-name");
            Button::new(ticked(is_ticked(l), name), action(l))
        })
        .collect();
    buttons.chunks(2).map(<[Button]>::to_vec).collect()
}

pub(in crate::conversation) fn cancel_row(turn: &Turn) -> Vec<Button> {
    vec![Button::new(
        turn.tr().msg("announce-cancel"),
        AnnounceAction::Cancel,
    )]
}

pub(in crate::conversation) fn announce_button(label: String, action: AnnounceAction) -> Button {
    Button::new(label, action)
}

/// The screen for a composing step.
pub(in crate::conversation) fn announce_screen(turn: &Turn, step: AnnounceStep) -> Screen {
    let tr = turn.tr();
    let Some(draft) = &turn.state.draft else {
        if step == AnnounceStep::Municipality {
            let buttons = turn
                .announcer_municipalities()
                .into_iter()
                .map(|slug| {
                    vec![announce_button(
                        turn.municipality_display(&slug),
                        AnnounceAction::Municipality(slug),
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
        AnnounceStep::Municipality | AnnounceStep::Audience => {
            let audience = &draft.audience;
            let buttons = vec![
                vec![announce_button(
                    tr.msg_args(
                        "announce-reach-button",
                        &args!["value" => tr.msg(audience.reach.label_key())],
                    ),
                    AnnounceAction::CycleReach,
                )],
                vec![announce_button(
                    tr.msg_args(
                        "announce-categories-button",
                        &args!["value" => categories_text(turn, draft)],
                    ),
                    AnnounceAction::OpenCategories,
                )],
                vec![announce_button(
                    tr.msg_args(
                        "announce-languages-button",
                        &args!["value" => languages_text(turn, draft)],
                    ),
                    AnnounceAction::OpenLanguages,
                )],
                vec![announce_button(
                    super::super::turn::ticked(
                        audience.with_children,
                        tr.msg("announce-children-button"),
                    ),
                    AnnounceAction::ToggleChildren,
                )],
                vec![announce_button(
                    tr.msg_args(
                        "announce-arrival-button",
                        &args!["value" => arrival_text(turn, draft)],
                    ),
                    AnnounceAction::CycleArrival,
                )],
                vec![announce_button(
                    tr.msg("announce-continue"),
                    AnnounceAction::AudienceDone,
                )],
            ];
            let title = tr.msg_args(
                "announce-audience-title",
                &args!["municipality" => turn.municipality_display(&draft.municipality)],
            );
            (title, buttons)
        }
        AnnounceStep::Categories => {
            let mut buttons: Vec<Vec<Button>> = Category::ALL
                .iter()
                .map(|c| {
                    vec![announce_button(
                        super::super::turn::ticked(
                            draft.audience.categories.contains(c),
                            tr.msg(group_key(*c)),
                        ),
                        AnnounceAction::ToggleCategory(*c),
                    )]
                })
                .collect();
            buttons.push(vec![announce_button(
                tr.msg("button-back"),
                AnnounceAction::BackToAudience,
            )]);
            (tr.msg("announce-categories-prompt"), buttons)
        }
        AnnounceStep::Languages => {
            let mut buttons = language_buttons(
                turn,
                Locale::ALL,
                |l| draft.audience.languages.contains(&l),
                AnnounceAction::ToggleLanguage,
            );
            buttons.push(vec![announce_button(
                tr.msg("button-back"),
                AnnounceAction::BackToAudience,
            )]);
            (tr.msg("announce-languages-prompt"), buttons)
        }
        AnnounceStep::Text(locale) => {
            let language = turn.app.i18n.tr(locale).msg("language-name");
            let key = match (locale, &turn.app.translator) {
                (Locale::Nb, Some(_)) => "announce-text-prompt-machine",
                (Locale::Nb, None) => "announce-text-prompt",
                _ => "announce-translation-prompt",
            };
            let provider = turn
                .app
                .translator
                .as_ref()
                .map_or(String::new(), |t| t.name().to_owned());
            let mut buttons = Vec::new();
            if locale == Locale::Nb && !turn.app.content.templates().0.is_empty() {
                buttons.push(vec![announce_button(
                    tr.msg("announce-from-template"),
                    AnnounceAction::FromTemplate,
                )]);
            }
            (
                tr.msg_args(
                    key,
                    &args![
                        "language" => language,
                        "max" => MAX_TEXT_CHARS as i64,
                        "provider" => provider,
                    ],
                ),
                buttons,
            )
        }
        AnnounceStep::Templates => super::template::templates_screen(turn),
        AnnounceStep::Slot(slot) => super::template::slot_screen(turn, slot),
        AnnounceStep::Translations => {
            let offered: Vec<Locale> = Locale::ALL
                .into_iter()
                .filter(|l| *l != Locale::Nb)
                .filter(|l| {
                    draft.audience.languages.is_empty()
                        || draft.audience.languages.contains(l)
                        || *l == Locale::En
                })
                .collect();
            let labels: Vec<Button> = offered
                .into_iter()
                .map(|l| {
                    announce_button(
                        super::machine::marked_language(
                            turn,
                            l,
                            super::machine::text_state(draft, l),
                        ),
                        AnnounceAction::Translate(l),
                    )
                })
                .collect();
            let mut buttons: Vec<Vec<Button>> = labels.chunks(2).map(<[Button]>::to_vec).collect();
            buttons.push(vec![announce_button(
                tr.msg("announce-continue"),
                AnnounceAction::TranslationsDone,
            )]);
            let key = if turn.app.translator.is_some() {
                "announce-translations-machine-prompt"
            } else {
                "announce-translations-prompt"
            };
            (tr.msg(key), buttons)
        }
        AnnounceStep::Review(locale) => super::machine::review_screen(turn, draft, locale),
        AnnounceStep::Urgency => (
            tr.msg("announce-urgency-prompt"),
            vec![
                vec![announce_button(
                    tr.msg("announce-normal"),
                    AnnounceAction::Urgent(false),
                )],
                vec![announce_button(
                    tr.msg("announce-urgent"),
                    AnnounceAction::Urgent(true),
                )],
            ],
        ),
        AnnounceStep::Schedule => (
            tr.msg("announce-schedule-prompt"),
            vec![
                vec![announce_button(
                    tr.msg("announce-now"),
                    AnnounceAction::ScheduleNow,
                )],
                vec![announce_button(
                    tr.msg("announce-at"),
                    AnnounceAction::ScheduleAt,
                )],
                vec![announce_button(
                    tr.msg("announce-repeat"),
                    AnnounceAction::ScheduleRepeat,
                )],
            ],
        ),
        AnnounceStep::ScheduleAt => (
            tr.msg_args(
                "announce-at-prompt",
                &args!["example" => words::example(turn.now)],
            ),
            Vec::new(),
        ),
        AnnounceStep::ScheduleRepeat => (
            tr.msg_args(
                "announce-repeat-prompt",
                &args!["example" => words::example(turn.now)],
            ),
            Vec::new(),
        ),
        AnnounceStep::RepeatKind => match draft.first {
            Some(first) => (
                tr.msg_args("repeat-kind-prompt", &args!["when" => oslo_time(first)]),
                words::repeat_buttons(&tr, first, AnnounceAction::Repeat),
            ),
            None => (
                tr.msg_args(
                    "announce-repeat-prompt",
                    &args!["example" => words::example(turn.now)],
                ),
                Vec::new(),
            ),
        },
        AnnounceStep::ScheduleCron => (tr.msg("repeat-prompt"), Vec::new()),
        AnnounceStep::ConfirmStop(_) => (
            tr.msg("stale-button"),
            vec![vec![announce_button(
                tr.msg("button-back"),
                AnnounceAction::Reports,
            )]],
        ),
        AnnounceStep::Preview => preview(turn, draft),
    };
    buttons.push(cancel_row(turn));
    (text, buttons)
}

pub(in crate::conversation) fn categories_text(turn: &Turn, draft: &Draft) -> String {
    let tr = turn.tr();
    if draft.audience.categories.is_empty() {
        return tr.msg("announce-everyone");
    }
    draft
        .audience
        .categories
        .iter()
        .map(|c| tr.msg(group_key(*c)))
        .collect::<Vec<_>>()
        .join(", ")
}

pub(in crate::conversation) fn languages_text(turn: &Turn, draft: &Draft) -> String {
    if draft.audience.languages.is_empty() {
        return turn.tr().msg("announce-everyone");
    }
    draft
        .audience
        .languages
        .iter()
        .map(|l| turn.app.i18n.tr(*l).msg("language-name"))
        .collect::<Vec<_>>()
        .join(", ")
}

pub(in crate::conversation) fn arrival_text(turn: &Turn, draft: &Draft) -> String {
    let tr = turn.tr();
    match draft.audience.arrived_within_months {
        None => tr.msg("announce-everyone"),
        Some(months) => tr.msg_args("announce-months", &args!["count" => months as i64]),
    }
}

pub(in crate::conversation) fn preview(turn: &Turn, draft: &Draft) -> Screen {
    let tr = turn.tr();
    let this_month = YearMonth::of(&turn.now.with_timezone(&Oslo));
    let reach = announcements::reach(
        &draft.audience,
        &draft.texts,
        &turn.preview_pool,
        &turn.preview_mentors,
        this_month,
    );
    let total: usize = reach.values().map(|(n, _)| n).sum();
    let mut lines = vec![tr.msg_args(
        "announce-preview-title",
        &args!["municipality" => turn.municipality_display(&draft.municipality)],
    )];
    lines.push(tr.msg(draft.audience.reach.label_key()));
    lines.push(tr.msg_args(
        "announce-preview-audience",
        &args![
            "categories" => categories_text(turn, draft),
            "languages" => languages_text(turn, draft),
            "arrival" => arrival_text(turn, draft),
        ],
    ));
    if draft.audience.with_children {
        lines.push(tr.msg("announce-children-button"));
    }
    lines.push(String::new());
    lines.push(tr.msg_args("announce-preview-reach", &args!["count" => total as i64]));
    for (locale, (count, text_locale)) in &reach {
        let language = turn.app.i18n.tr(*locale).msg("language-name");
        let line = match text_locale {
            Some(l) if l == locale && draft.machine.wrote(*l) => tr.msg_args(
                if draft.checked.contains(l) {
                    "announce-preview-machine-checked"
                } else {
                    "announce-preview-machine"
                },
                &args!["language" => language, "count" => *count as i64],
            ),
            Some(l) if l == locale => tr.msg_args(
                "announce-preview-language",
                &args!["language" => language, "count" => *count as i64],
            ),
            Some(l) => tr.msg_args(
                "announce-preview-fallback",
                &args![
                    "language" => language,
                    "count" => *count as i64,
                    "fallback" => turn.app.i18n.tr(*l).msg("language-name"),
                ],
            ),
            None => continue,
        };
        lines.push(format!("• {line}"));
    }
    lines.push(String::new());
    lines.push(tr.msg(if draft.urgent {
        "announce-preview-urgent"
    } else {
        "announce-preview-normal"
    }));
    let quiet = turn.app.quiet_hours.filter(|_| !draft.urgent);
    let held = |at: DateTime<Utc>| quiet.filter(|q| q.contains(at)).map(|q| q.release(at));
    match &draft.schedule {
        Some(Schedule::At(at)) => {
            lines.push(tr.msg_args("announce-preview-at", &args!["when" => oslo_time(*at)]));
            if let Some(release) = held(*at) {
                lines.push(tr.msg_args(
                    "announce-preview-quiet",
                    &args!["when" => oslo_time(release)],
                ));
            }
        }
        Some(schedule) if schedule.repeats() => {
            let upcoming: Vec<DateTime<Utc>> = schedule.upcoming(turn.now, 3);
            let rule = match schedule {
                Schedule::Repeats { first, rule } => words::recurrence_words(&tr, rule, *first),
                Schedule::Repeat(expression) => words::recurrence_words(
                    &tr,
                    &crate::when::Recurrence::Cron(expression.clone()),
                    turn.now,
                ),
                _ => None,
            };
            lines.push(tr.msg_args(
                "announce-preview-repeat",
                &args![
                    "rule" => rule.unwrap_or_default(),
                    "upcoming" => upcoming.iter().map(|t| oslo_time(*t)).collect::<Vec<_>>().join(", "),
                ],
            ));
            if let Some(release) = upcoming.first().and_then(|first| held(*first)) {
                lines.push(tr.msg_args(
                    "announce-preview-quiet",
                    &args!["when" => oslo_time(release)],
                ));
            }
        }
        _ => match held(turn.now) {
            Some(release) => lines.push(tr.msg_args(
                "announce-preview-now-quiet",
                &args!["when" => oslo_time(release)],
            )),
            None => lines.push(tr.msg("announce-preview-now")),
        },
    }
    lines.push(String::new());
    lines.push("———".into());
    let text = draft.texts.for_reader(Locale::Nb).map_or("", |(_, t)| t);
    let mut shown: String = text.chars().take(PREVIEW_CHARS).collect();
    if text.chars().count() > PREVIEW_CHARS {
        shown.push('…');
    }
    lines.push(shown);
    let mut buttons = Vec::new();
    if total > 0 {
        buttons.push(vec![Button::new(
            tr.msg_args("announce-send", &args!["count" => total as i64]),
            AnnounceAction::Confirm,
        )]);
    } else {
        lines.push(String::new());
        lines.push(tr.msg("announce-preview-nobody"));
    }
    if !draft.machine.languages.is_empty() || !draft.dropped.is_empty() {
        buttons.push(vec![Button::new(
            tr.msg("announce-check-translations"),
            AnnounceAction::OpenTranslations,
        )]);
    }
    buttons.push(vec![
        Button::new(tr.msg("announce-edit-text"), AnnounceAction::EditText),
        Button::new(
            tr.msg("announce-edit-audience"),
            AnnounceAction::BackToAudience,
        ),
    ]);
    (lines.join("\n"), buttons)
}
