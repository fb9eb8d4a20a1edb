//! Volunteers signing up as mentors (faddere): `/fadder`, the deep link
//! `/start fadder-<slug>` from a recruitment poster, or the menu. One part
//! after another — first name, municipality, languages with how well,
//! whether they moved here themselves, gender and age band (optional),
//! interests, children, how many newcomers, what they can help with — then
//! what is stored and why, and consent to storage and vetting. Afterwards
//! the same parts are changeable from their sign-up, which they can also
//! pause or delete. Its buttons use the code `fa`.

use async_trait::async_trait;
use serde::{Deserialize, Serialize};

use super::flows::{Flow, Needs, Screen};
use super::turn::Turn;
use super::wire::{parse_yes_no, slug, yes_no};
use super::{EngineError, Input};
use crate::mentors::{AgeBand, Gender, Help, Interest, Level};
use crate::skills::SPOKEN;

mod handling;
mod screens;

pub(super) use handling::fadder_link;
pub(super) use screens::{dynamic_keys, languages_line, summary};

/// A part of the sign-up, asked in this order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Part {
    Name,
    Municipality,
    Languages,
    Background,
    Gender,
    Age,
    Interests,
    Children,
    Capacity,
    Helps,
}

impl Part {
    pub const ORDER: [Part; 10] = [
        Part::Name,
        Part::Municipality,
        Part::Languages,
        Part::Background,
        Part::Gender,
        Part::Age,
        Part::Interests,
        Part::Children,
        Part::Capacity,
        Part::Helps,
    ];

    fn code(self) -> &'static str {
        match self {
            Part::Name => "name",
            Part::Municipality => "mun",
            Part::Languages => "lang",
            Part::Background => "bg",
            Part::Gender => "gen",
            Part::Age => "age",
            Part::Interests => "int",
            Part::Children => "ch",
            Part::Capacity => "cap",
            Part::Helps => "help",
        }
    }

    fn from_code(code: &str) -> Option<Part> {
        Part::ORDER.into_iter().find(|p| p.code() == code)
    }

    /// The part after this one in [`Part::ORDER`].
    fn next(self) -> Option<Part> {
        let i = Part::ORDER.iter().position(|p| *p == self)?;
        Part::ORDER.get(i + 1).copied()
    }

    /// The message key of its name.
    fn label_key(self) -> &'static str {
        match self {
            Part::Name => "fadder-part-name",
            Part::Municipality => "fadder-part-municipality",
            Part::Languages => "fadder-part-languages",
            Part::Background => "fadder-part-background",
            Part::Gender => "fadder-part-gender",
            Part::Age => "fadder-part-age",
            Part::Interests => "fadder-part-interests",
            Part::Children => "fadder-part-children",
            Part::Capacity => "fadder-part-capacity",
            Part::Helps => "fadder-part-helps",
        }
    }
}

/// Where a volunteer is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Step {
    /// What being a fadder means, and whether to sign up.
    Intro,
    /// Answering a part (while signing up, or changing it afterwards).
    Part(Part),
    /// How well they speak the language at this place of `SPOKEN`.
    Level(u8),
    /// What is stored and why; consent.
    Consent,
    /// Their sign-up: its status and parts.
    Profile,
    ConfirmDelete,
}

/// A volunteer's button.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FadderAction {
    /// Begin signing up.
    Join,
    /// Not now: back home.
    NotNow,
    Municipality(String),
    /// Open the level question for the language at this place of `SPOKEN`.
    Language(u8),
    /// How well (`None`: they do not speak it).
    Level(u8, Option<Level>),
    /// Grew up in Norway (`true`) or would rather not say (`false`).
    Background(bool),
    Gender(Option<Gender>),
    Age(Option<AgeBand>),
    Interest(Interest),
    Children(bool),
    Capacity(u8),
    Help(Help),
    /// Done with this part.
    Next,
    Consent(bool),
    Edit(Part),
    Pause(bool),
    Delete,
    ConfirmDelete(bool),
    /// Back to the sign-up (or the previous screen).
    Back,
}

fn option_code<T>(value: Option<T>, code: impl Fn(T) -> &'static str) -> &'static str {
    value.map_or("none", code)
}

fn parse_option<T>(value: &str, parse: impl Fn(&str) -> Option<T>) -> Option<Option<T>> {
    if value == "none" {
        Some(None)
    } else {
        parse(value).map(Some)
    }
}

fn language_index(value: &str) -> Option<u8> {
    value
        .parse::<u8>()
        .ok()
        .filter(|i| usize::from(*i) < SPOKEN.len())
}

impl FadderAction {
    fn encode(&self) -> String {
        use FadderAction as A;
        match self {
            A::Join => "j".into(),
            A::NotNow => "x".into(),
            A::Municipality(slug) => format!("m:{slug}"),
            A::Language(i) => format!("l:{i}"),
            A::Level(i, level) => format!("v:{i}:{}", option_code(*level, Level::code)),
            A::Background(here) => format!("b:{}", yes_no(*here)),
            A::Gender(g) => format!("g:{}", option_code(*g, Gender::code)),
            A::Age(a) => format!("a:{}", option_code(*a, AgeBand::code)),
            A::Interest(i) => format!("i:{}", i.code()),
            A::Children(b) => format!("c:{}", yes_no(*b)),
            A::Capacity(n) => format!("k:{n}"),
            A::Help(h) => format!("h:{}", h.code()),
            A::Next => "n".into(),
            A::Consent(b) => format!("ok:{}", yes_no(*b)),
            A::Edit(part) => format!("e:{}", part.code()),
            A::Pause(b) => format!("p:{}", yes_no(*b)),
            A::Delete => "d".into(),
            A::ConfirmDelete(b) => format!("dd:{}", yes_no(*b)),
            A::Back => "bk".into(),
        }
    }

    fn decode(data: &str) -> Option<FadderAction> {
        use FadderAction as A;
        let (code, value) = match data.split_once(':') {
            Some((code, value)) => (code, Some(value)),
            None => (data, None),
        };
        match (code, value) {
            ("j", None) => Some(A::Join),
            ("x", None) => Some(A::NotNow),
            ("n", None) => Some(A::Next),
            ("d", None) => Some(A::Delete),
            ("bk", None) => Some(A::Back),
            ("m", Some(v)) => slug(v).map(A::Municipality),
            ("l", Some(v)) => language_index(v).map(A::Language),
            ("v", Some(v)) => {
                let (i, level) = v.split_once(':')?;
                Some(A::Level(
                    language_index(i)?,
                    parse_option(level, Level::from_code)?,
                ))
            }
            ("b", Some(v)) => parse_yes_no(v).map(A::Background),
            ("g", Some(v)) => parse_option(v, Gender::from_code).map(A::Gender),
            ("a", Some(v)) => parse_option(v, AgeBand::from_code).map(A::Age),
            ("i", Some(v)) => Interest::from_code(v).map(A::Interest),
            ("c", Some(v)) => parse_yes_no(v).map(A::Children),
            // Any number reads here; the handler says what fits.
            ("k", Some(v)) => v.parse::<u8>().ok().map(A::Capacity),
            ("h", Some(v)) => Help::from_code(v).map(A::Help),
            ("ok", Some(v)) => parse_yes_no(v).map(A::Consent),
            ("e", Some(v)) => Part::from_code(v).map(A::Edit),
            ("p", Some(v)) => parse_yes_no(v).map(A::Pause),
            ("dd", Some(v)) => parse_yes_no(v).map(A::ConfirmDelete),
            _ => None,
        }
    }
}

pub(super) struct Fadder;

#[async_trait]
impl Flow for Fadder {
    type Action = FadderAction;
    type Step = Step;

    const CODES: &'static [&'static str] = &["fa"];

    fn encode(action: &FadderAction) -> (&'static str, String) {
        ("fa", action.encode())
    }

    fn decode(_code: &str, value: &str) -> Option<FadderAction> {
        FadderAction::decode(value)
    }

    fn needs(
        input: &Input,
        action: Option<&FadderAction>,
        step: Option<Step>,
        _state: &super::state::State,
    ) -> Needs {
        let command = matches!(input, Input::Command { name, .. } if name == "fadder")
            || matches!(input, Input::Start(Some(payload)) if fadder_link(payload).is_some());
        Needs {
            mentor: command || action.is_some() || step.is_some(),
            ..Needs::NOTHING
        }
    }

    async fn on_action(turn: &mut Turn<'_>, action: FadderAction) -> Result<(), EngineError> {
        turn.fadder_action(action).await
    }

    async fn on_command(turn: &mut Turn<'_>, name: &str, _args: &str) -> Result<bool, EngineError> {
        if name != "fadder" {
            return Ok(false);
        }
        turn.open_fadder(None);
        Ok(true)
    }

    async fn on_text(turn: &mut Turn<'_>, step: Step, text: &str) -> Result<(), EngineError> {
        turn.fadder_text(step, text).await
    }

    fn expects_button(step: Step) -> bool {
        !matches!(
            step,
            Step::Part(Part::Name | Part::Background | Part::Capacity)
        )
    }

    fn yes_no(step: Step) -> Option<(FadderAction, FadderAction)> {
        match step {
            Step::Intro => Some((FadderAction::Join, FadderAction::NotNow)),
            Step::Part(Part::Children) => {
                Some((FadderAction::Children(true), FadderAction::Children(false)))
            }
            Step::Consent => Some((FadderAction::Consent(true), FadderAction::Consent(false))),
            Step::ConfirmDelete => Some((
                FadderAction::ConfirmDelete(true),
                FadderAction::ConfirmDelete(false),
            )),
            _ => None,
        }
    }

    fn screen(turn: &Turn<'_>, step: Step) -> Screen {
        screens::fadder_screen(turn, step)
    }
}

#[cfg(test)]
mod tests {
    use super::super::{flows, wire};
    use super::*;

    #[test]
    fn every_fadder_button_round_trips_within_telegrams_limit() {
        use FadderAction as A;
        let mut actions = vec![
            A::Join,
            A::NotNow,
            A::Municipality("vestvagoy".into()),
            A::Language(13),
            A::Level(0, Some(Level::Native)),
            A::Level(6, None),
            A::Background(true),
            A::Gender(None),
            A::Age(Some(AgeBand::From60)),
            A::Children(false),
            A::Capacity(3),
            A::Next,
            A::Consent(true),
            A::Pause(false),
            A::Delete,
            A::ConfirmDelete(true),
            A::Back,
        ];
        actions.extend(Gender::ALL.iter().map(|g| A::Gender(Some(*g))));
        actions.extend(Interest::ALL.iter().map(|i| A::Interest(*i)));
        actions.extend(Help::ALL.iter().map(|h| A::Help(*h)));
        actions.extend(Part::ORDER.into_iter().map(A::Edit));
        wire::assert_round_trips(actions.into_iter().map(flows::Action::from));
    }

    #[test]
    fn forged_fadder_buttons_are_refused() {
        wire::assert_refused(&[
            "1:fa:l:99",
            "1:fa:v:0:fluent",
            "1:fa:v:0",
            "1:fa:g:other",
            "1:fa:k:x",
            "1:fa:e:surname",
            "1:fa:j:1",
            "1:fa:m:Not A Slug",
        ]);
    }
}
