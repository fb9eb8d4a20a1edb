//! What staff see in the mentor scheme.

use super::{MAX_REASON_CHARS, MentorStaffAction, Step, Stop};
use crate::args;
use crate::conversation::Button;
use crate::conversation::flows::Screen;
use crate::conversation::staff::home_row;
use crate::conversation::turn::{Turn, rows};
use crate::i18n::Tr;
use crate::mentors::{MatchStatus, Reason, VettingStep};

pub(super) fn screen(turn: &Turn, step: Step) -> Screen {
    let tr = turn.tr();
    match step {
        Step::Pick => {
            let mut buttons: Vec<Vec<Button>> = turn
                .mentor_municipalities()
                .into_iter()
                .map(|slug| {
                    vec![ms(
                        turn.municipality_display(&slug),
                        MentorStaffAction::Pick(slug),
                    )]
                })
                .collect();
            buttons.push(home_row(turn));
            (tr.msg("mentor-staff-pick"), buttons)
        }
        Step::Pool => (
            tr.msg_args(
                "mentor-staff-menu",
                &args!["municipality" => turn.municipality_name(turn.state.mentoring.as_deref().unwrap_or_default())],
            ),
            pool_buttons(turn),
        ),
        Step::Reason(_, stop) => (
            tr.msg_args(
                match stop {
                    Stop::Pause => "mentor-staff-reason-pause",
                    Stop::End => "mentor-staff-reason-end",
                },
                &args!["max" => MAX_REASON_CHARS as i64],
            ),
            vec![vec![ms(tr.msg("button-back"), MentorStaffAction::Back)]],
        ),
    }
}

pub(super) fn ms(label: String, action: MentorStaffAction) -> Button {
    Button::new(label, action)
}

pub(super) fn pool_buttons(turn: &Turn) -> Vec<Vec<Button>> {
    let tr = turn.tr();
    let mut buttons = rows(
        vec![
            ms(tr.msg("mentor-staff-vetting"), MentorStaffAction::Vetting),
            ms(tr.msg("mentor-staff-mentors"), MentorStaffAction::Mentors),
            ms(tr.msg("mentor-staff-propose"), MentorStaffAction::Propose),
            ms(
                tr.msg("mentor-staff-proposals"),
                MentorStaffAction::Proposals,
            ),
            ms(tr.msg("mentor-staff-matches"), MentorStaffAction::Matches),
        ],
        2,
    );
    buttons.push(home_row(turn));
    buttons
}

pub(super) fn back_row(turn: &Turn) -> Vec<Button> {
    vec![ms(turn.tr().msg("button-back"), MentorStaffAction::Back)]
}

/// The reasons of a score, in words: "both speak العربية; …".
pub(in crate::conversation) fn reasons_line(tr: &Tr, name: &str, reasons: &[Reason]) -> String {
    reasons
        .iter()
        .map(|reason| match reason {
            Reason::SharedLanguage(code) => tr.msg_args(
                "mentor-reason-language",
                &args!["language" => language_name(code)],
            ),
            Reason::Bridge => tr.msg_args("mentor-reason-bridge", &args!["name" => name]),
            Reason::SharedInterests(interests) => tr.msg_args(
                "mentor-reason-interests",
                &args!["interests" => interests.iter().map(|i| tr.msg(i.label_key())).collect::<Vec<_>>().join(", ")],
            ),
            Reason::HelpOffered(helps) => tr.msg_args(
                "mentor-reason-help",
                &args!["name" => name, "helps" => helps.iter().map(|h| tr.msg(h.label_key())).collect::<Vec<_>>().join(", ")],
            ),
            Reason::BothHaveChildren => tr.msg("mentor-reason-children"),
            Reason::SimilarAge => tr.msg("mentor-reason-age"),
            Reason::Waited(weeks) => {
                tr.msg_args("mentor-reason-waited", &args!["count" => *weeks])
            }
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// A language's name in itself, from a locale or `SPOKEN` code.
pub(in crate::conversation) fn language_name(code: &str) -> String {
    let code = match code {
        "nb" | "nn" => "no",
        other => other,
    };
    crate::skills::spoken_name(code).unwrap_or(code).to_owned()
}

/// The message keys this flow builds from data.
pub fn dynamic_keys() -> impl Iterator<Item = &'static str> {
    VettingStep::ALL
        .iter()
        .map(|s| s.label_key())
        .chain(MatchStatus::ALL.iter().map(|s| s.label_key()))
        .chain(crate::mentors::Side::ALL.iter().map(|s| s.label_key()))
}
