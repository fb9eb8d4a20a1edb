//! What the volunteer sees at each step.

use super::handling::part_answered;
use super::{FadderAction, Part, Step};
use crate::args;
use crate::conversation::flows::Screen;
use crate::conversation::home::MenuItem;
use crate::conversation::turn::{Turn, button, rows, ticked};
use crate::conversation::{Button, onboarding};
use crate::i18n::Tr;
use crate::mentors::{
    AgeBand, Background, Gender, Help, Interest, Level, MAX_CAPACITY, MAX_FIRST_NAME_CHARS,
    MAX_PLACE_CHARS, MentorStatus, Volunteer,
};
use crate::skills::SPOKEN;

fn fa(label: String, action: FadderAction) -> Button {
    Button::new(label, action)
}

/// "العربية (morsmål), Norsk (godt)".
pub(in crate::conversation) fn languages_line(tr: &Tr, profile: &Volunteer) -> String {
    profile
        .languages
        .iter()
        .map(|spoken| {
            let name = crate::skills::spoken_name(&spoken.language).unwrap_or("?");
            format!("{name} ({})", tr.msg(spoken.level.label_key()))
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// One part's answer, in words.
fn part_value(turn: &Turn, profile: &Volunteer, part: Part) -> String {
    let tr = turn.tr();
    let none = || tr.msg("value-unanswered");
    let not_said = || tr.msg("fadder-not-said");
    let list = |labels: Vec<String>| {
        if labels.is_empty() {
            none()
        } else {
            labels.join(", ")
        }
    };
    match part {
        Part::Name => profile.first_name.clone().unwrap_or_else(none),
        Part::Municipality => profile
            .municipality
            .as_deref()
            .map_or_else(none, |slug| turn.municipality_display(slug)),
        Part::Languages if profile.languages.is_empty() => none(),
        Part::Languages => languages_line(&tr, profile),
        Part::Background => match &profile.background {
            None => none(),
            Some(Background::GrewUpHere) => tr.msg("fadder-grew-up-here"),
            Some(Background::MovedFrom(place)) => {
                tr.msg_args("fadder-moved-from", &args!["place" => place.clone()])
            }
            Some(Background::NotSaid) => not_said(),
        },
        Part::Gender => profile
            .gender
            .map_or_else(not_said, |g| tr.msg(g.label_key())),
        Part::Age => profile.age.map_or_else(not_said, |a| tr.msg(a.label_key())),
        Part::Interests => list(
            profile
                .interests
                .iter()
                .map(|i| tr.msg(i.label_key()))
                .collect(),
        ),
        Part::Children => match profile.has_children {
            None => none(),
            Some(true) => tr.msg("fadder-yes"),
            Some(false) => tr.msg("fadder-no"),
        },
        Part::Capacity => profile.capacity.map_or_else(none, |n| n.to_string()),
        Part::Helps => list(
            profile
                .helps
                .iter()
                .map(|h| tr.msg(h.label_key()))
                .collect(),
        ),
    }
}

/// Everything a volunteer gave, one part a line (their sign-up, the
/// consent screen and `/mydata`).
pub(in crate::conversation) fn summary(turn: &Turn, profile: &Volunteer) -> String {
    Part::ORDER
        .into_iter()
        .map(|part| {
            onboarding::profile_row(turn, part.label_key(), part_value(turn, profile, part))
        })
        .collect::<Vec<_>>()
        .join("\n")
}

pub(super) fn fadder_screen(turn: &Turn, step: Step) -> Screen {
    let tr = turn.tr();
    let profile = match &turn.mentor {
        Some(mentor) => mentor.profile.clone(),
        None => turn.state.volunteer.clone().unwrap_or_default(),
    };
    let back = || vec![fa(tr.msg("button-back"), FadderAction::Back)];
    let with_back = |mut rows: Vec<Vec<Button>>| {
        rows.push(back());
        rows
    };
    let done_and_back = |mut rows: Vec<Vec<Button>>| {
        rows.push(vec![
            fa(tr.msg("button-back"), FadderAction::Back),
            fa(tr.msg("fadder-done"), FadderAction::Next),
        ]);
        rows
    };
    match step {
        Step::Intro => {
            let months = turn
                .app
                .content
                .municipality(profile.municipality.as_deref().unwrap_or_default())
                .map_or(12, |m| m.mentoring.agreement_months);
            (
                tr.msg_args("fadder-intro", &args!["months" => i64::from(months)]),
                vec![
                    vec![fa(tr.msg("fadder-join"), FadderAction::Join)],
                    vec![fa(tr.msg("fadder-not-now-button"), FadderAction::NotNow)],
                ],
            )
        }
        Step::Part(Part::Name) => (
            tr.msg_args(
                "fadder-name-prompt",
                &args!["max" => MAX_FIRST_NAME_CHARS as i64],
            ),
            vec![back()],
        ),
        Step::Part(Part::Municipality) => {
            let buttons = turn
                .app
                .content
                .municipalities()
                .map(|m| fa(m.name.clone(), FadderAction::Municipality(m.slug.clone())))
                .collect();
            (
                tr.msg("fadder-municipality-prompt"),
                with_back(rows(buttons, 1)),
            )
        }
        Step::Part(Part::Languages) => {
            let buttons = SPOKEN
                .iter()
                .enumerate()
                .map(|(i, (code, name))| {
                    let label = match profile.level_of(code) {
                        Some(level) => {
                            ticked(true, format!("{name} · {}", tr.msg(level.label_key())))
                        }
                        None => (*name).to_owned(),
                    };
                    fa(label, FadderAction::Language(i as u8))
                })
                .collect();
            (
                tr.msg("fadder-languages-prompt"),
                done_and_back(rows(buttons, 2)),
            )
        }
        Step::Level(i) => {
            let (code, name) = SPOKEN[usize::from(i).min(SPOKEN.len() - 1)];
            let current = profile.level_of(code);
            let mut buttons: Vec<Button> = Level::ALL
                .iter()
                .map(|level| {
                    fa(
                        ticked(current == Some(*level), tr.msg(level.label_key())),
                        FadderAction::Level(i, Some(*level)),
                    )
                })
                .collect();
            if current.is_some() {
                buttons.push(fa(
                    tr.msg("fadder-level-remove"),
                    FadderAction::Level(i, None),
                ));
            }
            (
                tr.msg_args("fadder-level-prompt", &args!["language" => name]),
                with_back(rows(buttons, 1)),
            )
        }
        Step::Part(Part::Background) => (
            tr.msg_args(
                "fadder-background-prompt",
                &args!["max" => MAX_PLACE_CHARS as i64],
            ),
            with_back(vec![
                vec![fa(
                    tr.msg("fadder-grew-up-here"),
                    FadderAction::Background(true),
                )],
                vec![fa(
                    tr.msg("fadder-rather-not-say"),
                    FadderAction::Background(false),
                )],
            ]),
        ),
        Step::Part(Part::Gender) => {
            let mut buttons: Vec<Button> = Gender::ALL
                .iter()
                .map(|g| {
                    fa(
                        ticked(profile.gender == Some(*g), tr.msg(g.label_key())),
                        FadderAction::Gender(Some(*g)),
                    )
                })
                .collect();
            buttons.push(fa(
                tr.msg("fadder-rather-not-say"),
                FadderAction::Gender(None),
            ));
            (tr.msg("fadder-gender-prompt"), with_back(rows(buttons, 2)))
        }
        Step::Part(Part::Age) => {
            let mut buttons: Vec<Button> = AgeBand::ALL
                .iter()
                .map(|a| {
                    fa(
                        ticked(profile.age == Some(*a), tr.msg(a.label_key())),
                        FadderAction::Age(Some(*a)),
                    )
                })
                .collect();
            buttons.push(fa(tr.msg("fadder-rather-not-say"), FadderAction::Age(None)));
            (tr.msg("fadder-age-prompt"), with_back(rows(buttons, 2)))
        }
        Step::Part(Part::Interests) => {
            let buttons = Interest::ALL
                .iter()
                .map(|i| {
                    fa(
                        ticked(profile.interests.contains(i), tr.msg(i.label_key())),
                        FadderAction::Interest(*i),
                    )
                })
                .collect();
            (
                tr.msg("fadder-interests-prompt"),
                done_and_back(rows(buttons, 2)),
            )
        }
        Step::Part(Part::Children) => (
            tr.msg("fadder-children-prompt"),
            with_back(vec![vec![
                fa(
                    ticked(profile.has_children == Some(true), tr.msg("fadder-yes")),
                    FadderAction::Children(true),
                ),
                fa(
                    ticked(profile.has_children == Some(false), tr.msg("fadder-no")),
                    FadderAction::Children(false),
                ),
            ]]),
        ),
        Step::Part(Part::Capacity) => {
            let buttons = (1..=MAX_CAPACITY)
                .map(|n| {
                    fa(
                        ticked(profile.capacity == Some(n), n.to_string()),
                        FadderAction::Capacity(n),
                    )
                })
                .collect();
            (
                tr.msg_args(
                    "fadder-capacity-prompt",
                    &args!["max" => i64::from(MAX_CAPACITY)],
                ),
                with_back(vec![buttons]),
            )
        }
        Step::Part(Part::Helps) => {
            let buttons = Help::ALL
                .iter()
                .map(|h| {
                    fa(
                        ticked(profile.helps.contains(h), tr.msg(h.label_key())),
                        FadderAction::Help(*h),
                    )
                })
                .collect();
            (
                tr.msg("fadder-helps-prompt"),
                done_and_back(rows(buttons, 1)),
            )
        }
        Step::Consent => (
            format!(
                "{}\n\n{}\n\n{}",
                tr.msg("fadder-consent-title"),
                summary(turn, &profile),
                tr.msg("fadder-consent"),
            ),
            vec![
                vec![fa(
                    tr.msg("fadder-consent-yes"),
                    FadderAction::Consent(true),
                )],
                vec![fa(
                    tr.msg("fadder-consent-no"),
                    FadderAction::Consent(false),
                )],
            ],
        ),
        Step::Profile => profile_screen(turn, &profile),
        Step::ConfirmDelete => (
            tr.msg("fadder-delete-confirm"),
            vec![vec![
                fa(
                    tr.msg("fadder-delete-yes"),
                    FadderAction::ConfirmDelete(true),
                ),
                fa(
                    tr.msg("fadder-delete-no"),
                    FadderAction::ConfirmDelete(false),
                ),
            ]],
        ),
    }
}

/// The volunteer's sign-up: where it stands, what they gave, and what they
/// can do with it.
fn profile_screen(turn: &Turn, profile: &Volunteer) -> Screen {
    let tr = turn.tr();
    let Some(mentor) = &turn.mentor else {
        return (tr.msg("stale-button"), vec![turn.menu_row()]);
    };
    let municipality = turn.municipality_name(&mentor.municipality);
    let status = match (mentor.status, &mentor.reason) {
        (MentorStatus::Paused | MentorStatus::Ended, Some(reason)) => tr.msg_args(
            "fadder-status-with-reason",
            &args![
                "status" => tr.msg(mentor.status.label_key()),
                "reason" => reason.clone(),
            ],
        ),
        _ => tr.msg(mentor.status.label_key()),
    };
    let explain = match mentor.status {
        MentorStatus::Vetting => "fadder-explain-vetting",
        MentorStatus::Approved => "fadder-explain-approved",
        MentorStatus::Paused => "fadder-explain-paused",
        MentorStatus::Ended => "fadder-explain-ended",
    };
    let text = format!(
        "{}\n{}\n\n{}\n\n{}",
        tr.msg_args(
            "fadder-profile-title",
            &args!["municipality" => municipality.clone()]
        ),
        tr.msg_args("fadder-status-line", &args!["status" => status]),
        tr.msg_args(explain, &args!["municipality" => municipality]),
        summary(turn, profile),
    );
    let edits: Vec<Button> = Part::ORDER
        .into_iter()
        .filter(|part| *part != Part::Municipality)
        .map(|part| {
            fa(
                ticked(part_answered(profile, part), tr.msg(part.label_key())),
                FadderAction::Edit(part),
            )
        })
        .collect();
    let mut buttons = rows(edits, 2);
    if mentor.engaged > 0 {
        buttons.push(vec![Button::new(
            tr.msg("match-mine-button"),
            crate::conversation::mentor::MentorAction::Mine,
        )]);
    }
    match mentor.status {
        MentorStatus::Approved => {
            buttons.push(vec![fa(tr.msg("fadder-pause"), FadderAction::Pause(true))])
        }
        MentorStatus::Paused if mentor.reason.is_none() => buttons.push(vec![fa(
            tr.msg("fadder-resume"),
            FadderAction::Pause(false),
        )]),
        _ => {}
    }
    buttons.push(vec![
        fa(tr.msg("fadder-delete"), FadderAction::Delete),
        button(turn, "button-menu", MenuItem::Menu),
    ]);
    (text, buttons)
}

/// The message keys this flow builds from data.
pub fn dynamic_keys() -> impl Iterator<Item = &'static str> {
    Part::ORDER
        .into_iter()
        .map(Part::label_key)
        .chain(Level::ALL.iter().map(|l| l.label_key()))
        .chain(Gender::ALL.iter().map(|g| g.label_key()))
        .chain(AgeBand::ALL.iter().map(|a| a.label_key()))
        .chain(Interest::ALL.iter().map(|i| i.label_key()))
        .chain(Help::ALL.iter().map(|h| h.label_key()))
        .chain(MentorStatus::ALL.iter().map(|s| s.label_key()))
}
