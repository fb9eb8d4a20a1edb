//! Onboarding: the language, the privacy notice and consent, the profile
//! questions in order, changing an answer in the settings, and deleting
//! everything. Its buttons use the codes `l`, `c`, `lm`, `b`, `s`, `d` and
//! one per question (`m`, `k`, `z`, `a`, `h`, `f`).

use async_trait::async_trait;
use serde::{Deserialize, Serialize};

use super::flows::{self, Flow, Screen};
use super::home::MenuItem;
use super::state::State;
use super::turn::{Turn, button, rows};
use super::wire::{parse_yes_no, slug, yes_no};
use super::{Button, EngineError};
use crate::args;
use crate::i18n::Locale;
use crate::newcomers::{Arrival, Category, Citizenship, Household, Newcomer, Question, YearMonth};
use crate::store::Deletion;

mod handling;
mod screens;

pub(super) use screens::{
    MONTHS, MONTHS_SHORT, answer_text, arrival_words, deletion_report, field_label_key,
    language_picker, local_date, month_key, profile_row, settings,
};
use screens::{privacy, question};

/// The answer a button gives to a question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Answer {
    Municipality(String),
    Category(Category),
    Citizenship(Citizenship),
    Arrival(Arrival),
    Household(Household),
    Mentor(bool),
}

impl Answer {
    pub fn field(&self) -> Question {
        match self {
            Answer::Municipality(_) => Question::Municipality,
            Answer::Category(_) => Question::Category,
            Answer::Citizenship(_) => Question::Citizenship,
            Answer::Arrival(_) => Question::Arrival,
            Answer::Household(_) => Question::Household,
            Answer::Mentor(_) => Question::Mentor,
        }
    }
}

/// A button of onboarding.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Speak this language from now on.
    Language(Locale),
    /// Accept (`true`) or decline the privacy notice.
    Consent(bool),
    /// The municipality chosen after an unknown deep link, before consent.
    LinkMunicipality(String),
    /// Answer a question (or change the answer in the settings).
    Answer(Answer),
    /// Go back from the privacy notice.
    BackFromPrivacy,
    /// Go back from this question.
    Back(Question),
    /// Change one answer.
    Change(Question),
    /// Confirm (`true`) or cancel deleting everything.
    ConfirmDelete(bool),
}

/// Where a person is in onboarding.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Step {
    /// A deep link named a municipality we do not know: pick one.
    LinkMunicipality,
    /// Choosing the language (the first step for everyone).
    Language,
    /// Reading the privacy notice; consent is asked here.
    Privacy,
    /// Answering the profile questions, in order.
    Question(Question),
    /// Changing one answer from the settings.
    Editing(Question),
    /// Asked to delete everything; waiting for the confirmation.
    ConfirmDelete,
}

fn at(step: Step) -> flows::Step {
    flows::Step::Onboarding(step)
}

/// A question's wire code.
fn question_code(question: Question) -> &'static str {
    match question {
        Question::Municipality => "m",
        Question::Category => "k",
        Question::Citizenship => "z",
        Question::Arrival => "a",
        Question::Household => "h",
        Question::Mentor => "f",
    }
}

fn question_of(code: &str) -> Option<Question> {
    Question::ORDER
        .into_iter()
        .find(|q| question_code(*q) == code)
}

/// Whether a step comes before consent (the language, the privacy notice,
/// the link picker).
pub(super) fn is_before_consent(step: flows::Step) -> bool {
    matches!(
        step,
        flows::Step::Onboarding(Step::Language | Step::Privacy | Step::LinkMunicipality)
    )
}

/// Whether a person picks a municipality after an unknown link (nothing
/// but that picker works there).
pub(super) fn is_before_link(step: flows::Step) -> bool {
    step == at(Step::LinkMunicipality)
}

pub(super) struct Onboarding;

#[async_trait]
impl Flow for Onboarding {
    type Action = Action;
    type Step = Step;

    const CODES: &'static [&'static str] =
        &["l", "c", "lm", "m", "k", "z", "a", "h", "f", "b", "s", "d"];

    fn encode(action: &Action) -> (&'static str, String) {
        match action {
            Action::Language(l) => ("l", l.code().to_owned()),
            Action::Consent(b) => ("c", yes_no(*b).to_owned()),
            Action::LinkMunicipality(slug) => ("lm", slug.clone()),
            Action::Answer(answer) => {
                let value = match answer {
                    Answer::Municipality(slug) => slug.clone(),
                    Answer::Category(c) => c.code().to_owned(),
                    Answer::Citizenship(c) => c.code().to_owned(),
                    Answer::Arrival(a) => a.code(),
                    Answer::Household(h) => h.code().to_owned(),
                    Answer::Mentor(b) => yes_no(*b).to_owned(),
                };
                (question_code(answer.field()), value)
            }
            Action::BackFromPrivacy => ("b", "p".to_owned()),
            Action::Back(question) => ("b", question_code(*question).to_owned()),
            Action::Change(question) => ("s", question_code(*question).to_owned()),
            Action::ConfirmDelete(b) => ("d", yes_no(*b).to_owned()),
        }
    }

    fn decode(code: &str, value: &str) -> Option<Action> {
        match code {
            "l" => Locale::from_code(value).map(Action::Language),
            "c" => parse_yes_no(value).map(Action::Consent),
            "lm" => slug(value).map(Action::LinkMunicipality),
            "m" => slug(value).map(|s| Action::Answer(Answer::Municipality(s))),
            "k" => Category::from_code(value).map(|c| Action::Answer(Answer::Category(c))),
            "z" => Citizenship::from_code(value).map(|c| Action::Answer(Answer::Citizenship(c))),
            "a" => Arrival::from_code(value).map(|a| Action::Answer(Answer::Arrival(a))),
            "h" => Household::from_code(value).map(|h| Action::Answer(Answer::Household(h))),
            "f" => parse_yes_no(value).map(|b| Action::Answer(Answer::Mentor(b))),
            "b" if value == "p" => Some(Action::BackFromPrivacy),
            "b" => question_of(value).map(Action::Back),
            "s" => question_of(value).map(Action::Change),
            "d" => parse_yes_no(value).map(Action::ConfirmDelete),
            _ => None,
        }
    }

    async fn on_action(turn: &mut Turn<'_>, action: Action) -> Result<(), EngineError> {
        turn.onboarding_action(action).await
    }

    fn yes_no(step: Step) -> Option<(Action, Action)> {
        match step {
            Step::Privacy => Some((Action::Consent(true), Action::Consent(false))),
            Step::Question(Question::Mentor) | Step::Editing(Question::Mentor) => Some((
                Action::Answer(Answer::Mentor(true)),
                Action::Answer(Answer::Mentor(false)),
            )),
            Step::ConfirmDelete => {
                Some((Action::ConfirmDelete(true), Action::ConfirmDelete(false)))
            }
            _ => None,
        }
    }

    fn screen(turn: &Turn<'_>, step: Step) -> Screen {
        let tr = turn.tr();
        match step {
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
            Step::Question(field) | Step::Editing(field) => question(turn, field),
            Step::ConfirmDelete => (
                tr.msg("delete-confirm"),
                vec![vec![
                    button(turn, "delete-yes", Action::ConfirmDelete(true)),
                    button(turn, "delete-no", Action::ConfirmDelete(false)),
                ]],
            ),
        }
    }
}

/// The short form of the current step after a mistake, if it has one:
/// the privacy question without the notice just read.
pub(super) fn short_screen(turn: &Turn) -> Option<Screen> {
    (turn.state.step == at(Step::Privacy)).then(|| {
        let (_, buttons) = privacy(turn);
        (turn.tr().msg("privacy-question"), buttons)
    })
}

/// `/start`, with or without a deep link.
pub(super) fn start(turn: &mut Turn, payload: Option<String>) {
    turn.start(payload)
}

/// Every message key this module builds from data rather than spelling out.
pub(super) fn dynamic_keys() -> impl Iterator<Item = &'static str> {
    MONTHS.into_iter().chain(MONTHS_SHORT)
}

#[cfg(test)]
mod tests {
    use super::super::wire;
    use super::*;

    #[test]
    fn every_onboarding_button_round_trips_within_telegrams_limit() {
        let mut actions: Vec<Action> = Locale::ALL.into_iter().map(Action::Language).collect();
        actions.extend([
            Action::Consent(true),
            Action::Consent(false),
            Action::LinkMunicipality("vestvagoy".into()),
            Action::Answer(Answer::Municipality(
                "a-very-long-municipality-slug-32".into(),
            )),
            Action::Answer(Answer::Arrival(Arrival::Month(YearMonth {
                year: 2026,
                month: 3,
            }))),
            Action::Answer(Answer::Arrival(Arrival::NotYet)),
            Action::Answer(Answer::Mentor(false)),
            Action::BackFromPrivacy,
            Action::ConfirmDelete(true),
        ]);
        actions.extend(
            Category::ALL
                .iter()
                .map(|c| Action::Answer(Answer::Category(*c))),
        );
        actions.extend(
            Household::ALL
                .iter()
                .map(|h| Action::Answer(Answer::Household(*h))),
        );
        actions.extend(
            Citizenship::ALL
                .iter()
                .map(|c| Action::Answer(Answer::Citizenship(*c))),
        );
        actions.extend(Question::ORDER.into_iter().map(Action::Back));
        actions.extend(Question::ORDER.into_iter().map(Action::Change));
        wire::assert_round_trips(actions.into_iter().map(flows::Action::from));
    }

    #[test]
    fn forged_onboarding_buttons_are_refused() {
        wire::assert_refused(&[
            "1:k:tourist",
            "1:z:swiss",
            "1:l:ru",
            "1:a:2026-13",
            "1:m:../../etc",
            "1:m:Haram",
            "1:d:maybe",
            "1:b:q",
            "1:s:",
        ]);
    }
}
