//! Onboarding: the language, the privacy notice and consent, the profile
//! questions in order, changing an answer in the settings, and deleting
//! everything. Its buttons use the codes `l`, `c`, `lm`, `b`, `s`, `d` and
//! one per question (`m`, `k`, `z`, `a`, `h`, `f`).

use async_trait::async_trait;
use chrono_tz::Europe::Oslo;
use serde::{Deserialize, Serialize};

use super::flows::{self, Flow, Screen};
use super::home::MenuItem;
use super::state::State;
use super::turn::{Turn, button, rows};
use super::wire::{parse_yes_no, slug, yes_no};
use super::{Button, EngineError};
use crate::args;
use crate::i18n::{Locale, format_date};
use crate::newcomers::{Arrival, Category, Citizenship, Household, Newcomer, Question, YearMonth};
use crate::store::Deletion;

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

impl Turn<'_> {
    async fn onboarding_action(&mut self, action: Action) -> Result<(), EngineError> {
        let step = self.state.step;
        match action {
            Action::Language(locale) => {
                self.locale = locale;
                if let Some(newcomer) = &mut self.newcomer {
                    newcomer.locale = locale;
                    self.newcomer_changed = true;
                }
                self.note_msg("language-changed");
                if step == at(Step::Language) {
                    let next = if self.newcomer.is_some() {
                        self.home()
                    } else {
                        at(Step::Privacy)
                    };
                    self.go(next);
                } else {
                    self.prompt();
                }
            }
            Action::LinkMunicipality(slug) if step == at(Step::LinkMunicipality) => {
                if self.app.content.municipality(&slug).is_some() {
                    self.state.link_municipality = Some(slug);
                    self.go(at(Step::Language));
                } else {
                    self.stale();
                }
            }
            Action::Consent(true) if step == at(Step::Privacy) => {
                if self.newcomer.is_none() {
                    let mut newcomer = Newcomer::consented(self.chat, self.locale, self.now);
                    newcomer.municipality = self
                        .state
                        .link_municipality
                        .take()
                        .filter(|slug| self.app.content.municipality(slug).is_some());
                    self.newcomer = Some(newcomer);
                    self.newcomer_changed = true;
                }
                self.note_msg("privacy-thanks");
                let home = self.home();
                self.go(home);
            }
            Action::Consent(false) if step == at(Step::Privacy) => {
                self.state.link_municipality = None;
                self.note_msg("privacy-declined");
                self.go(flows::Step::GUEST);
            }
            Action::BackFromPrivacy if step == at(Step::Privacy) => self.go(at(Step::Language)),
            Action::Answer(answer) if matches!(step, flows::Step::Onboarding(Step::Question(f) | Step::Editing(f)) if f == answer.field()) =>
            {
                let editing = matches!(step, flows::Step::Onboarding(Step::Editing(_)));
                let mentor_wish = match answer {
                    Answer::Mentor(wants) => Some(wants),
                    _ => None,
                };
                let applied = self.apply(answer);
                if applied && let Some(wants) = mentor_wish {
                    // Yes puts them in the pool at once; what they hope for
                    // is one tap away from the letter (or /mentor).
                    self.sync_mentor_wish(wants).await?;
                }
                if !applied {
                    self.stale();
                } else if editing && self.home() == flows::Step::MENU {
                    self.note_msg("settings-saved");
                    self.state.step = flows::Step::MENU;
                    let (text, buttons) = settings(self);
                    self.reply(text, buttons);
                } else if editing {
                    // The change opened a new question (a refugee who now
                    // came to work is asked for their citizenship).
                    self.note_msg("settings-saved");
                    let next = self.home();
                    self.go(next);
                } else if self.home() == flows::Step::MENU {
                    self.note_msg("profile-done");
                    self.state.step = flows::Step::MENU;
                    self.send_letter();
                } else {
                    let next = self.home();
                    self.go(next);
                }
            }
            Action::Back(field) if step == at(Step::Question(field)) => {
                let previous = self
                    .newcomer
                    .as_ref()
                    .and_then(|n| n.previous_question(field))
                    .map(flows::Step::question)
                    .unwrap_or(at(Step::Language));
                self.go(previous);
            }
            Action::Back(field) if step == at(Step::Editing(field)) => {
                self.state.step = flows::Step::MENU;
                let (text, buttons) = settings(self);
                self.reply(text, buttons);
            }
            Action::Change(field) if self.profile_complete() && self.asks(field) => {
                self.go(at(Step::Editing(field)))
            }
            Action::ConfirmDelete(true) if step == at(Step::ConfirmDelete) => {
                // The other side of a match hears of it first, kindly.
                self.leave_mentor_scheme().await?;
                let deletion = self.app.store.delete_person(self.chat).await?;
                self.erased = true;
                self.newcomer = None;
                let text = deletion_report(self, deletion);
                self.note(text);
            }
            Action::ConfirmDelete(false) if step == at(Step::ConfirmDelete) => {
                self.note_msg("delete-cancelled");
                let home = self.home();
                self.go(home);
            }
            _ => self.stale(),
        }
        Ok(())
    }

    /// Asks to confirm deleting everything.
    pub(super) fn ask_delete(&mut self) {
        self.go(at(Step::ConfirmDelete));
    }
    /// The municipality a deep-link payload names: `Ok(slug)` if we know
    /// it, `Err(())` if not.
    pub(super) fn resolve_payload(&self, payload: &str) -> Result<String, ()> {
        let slug = payload.trim().to_ascii_lowercase();
        match self.app.content.municipality(&slug) {
            Some(m) => Ok(m.slug.clone()),
            None => Err(()),
        }
    }

    /// Greets a person who has not consented (yet) and asks for the
    /// language; a linked municipality is remembered for later.
    pub(super) fn start_new(&mut self, link: Option<Result<String, ()>>) {
        self.state = State::at(at(Step::Language));
        match link {
            Some(Ok(slug)) => {
                let name = self.municipality_name(&slug);
                self.note(self.tr().msg_args(
                    "start-hello-municipality",
                    &crate::args!["municipality" => name],
                ));
                self.state.link_municipality = Some(slug);
                self.prompt();
            }
            Some(Err(())) => {
                self.note_msg("start-hello");
                self.note_msg("start-unknown-link");
                self.go(at(Step::LinkMunicipality));
            }
            None => {
                self.note_msg("start-hello");
                self.prompt();
            }
        }
    }

    pub(super) fn start(&mut self, payload: Option<String>) {
        let link = payload.map(|p| self.resolve_payload(&p));
        if let Some(newcomer) = &self.newcomer {
            let registered = newcomer.municipality.clone();
            match &link {
                Some(Err(())) => self.note_msg("start-unknown-link"),
                Some(Ok(slug)) if registered.as_ref().is_some_and(|r| r != slug) => {
                    let args = crate::args![
                        "municipality" => self.municipality_name(registered.as_deref().unwrap_or_default()),
                        "linked" => self.municipality_name(slug),
                    ];
                    self.note(self.tr().msg_args("start-registered-elsewhere", &args));
                }
                _ => self.note_msg("welcome-back"),
            }
            let home = self.home();
            self.go(home);
            return;
        }
        match self.state.step {
            flows::Step::GUEST => match link {
                Some(Ok(slug)) => self.show_info(&slug),
                Some(Err(())) => {
                    self.note_msg("start-unknown-link");
                    self.prompt();
                }
                None => {
                    self.note_msg("start-hello");
                    self.prompt();
                }
            },
            // Before consent, /start begins again from the language.
            _ => self.start_new(link),
        }
    }

    /// Records an answer on the newcomer. `false` if it is not acceptable.
    fn apply(&mut self, answer: Answer) -> bool {
        let this_month = YearMonth::of(&self.app.clock.today_in_oslo());
        let known_municipality = |slug: &str| self.app.content.municipality(slug).is_some();
        let acceptable = match &answer {
            Answer::Municipality(slug) => known_municipality(slug),
            Answer::Arrival(Arrival::Month(month)) => *month <= this_month,
            _ => true,
        };
        let Some(newcomer) = self.newcomer.as_mut().filter(|_| acceptable) else {
            return false;
        };
        match answer {
            Answer::Municipality(slug) => newcomer.municipality = Some(slug),
            Answer::Category(category) => {
                newcomer.category = Some(category);
                // Refugees are not asked for their citizenship: keep none.
                if !newcomer.asks_citizenship() {
                    newcomer.citizenship = None;
                }
            }
            Answer::Citizenship(citizenship) => newcomer.citizenship = Some(citizenship),
            Answer::Arrival(arrival) => newcomer.arrival = Some(arrival),
            Answer::Household(household) => newcomer.household = Some(household),
            Answer::Mentor(wants) => newcomer.wants_mentor = Some(wants),
        }
        self.newcomer_changed = true;
        true
    }
}

/// Month names, for arrival answers.
pub(super) const MONTHS: [&str; 12] = [
    "month-1", "month-2", "month-3", "month-4", "month-5", "month-6", "month-7", "month-8",
    "month-9", "month-10", "month-11", "month-12",
];
/// Short month names, for the arrival buttons.
pub(super) const MONTHS_SHORT: [&str; 12] = [
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

/// The message key of a month's name (1 = January).
pub(super) fn month_key(month: u32) -> &'static str {
    MONTHS[(month.clamp(1, 12) - 1) as usize]
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

fn question(turn: &Turn, field: Question) -> Screen {
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

fn newcomer_municipality_name(turn: &Turn) -> String {
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

pub(super) fn field_label_key(field: Question) -> &'static str {
    match field {
        Question::Municipality => "field-municipality",
        Question::Category => "field-category",
        Question::Citizenship => "field-citizenship",
        Question::Arrival => "field-arrival",
        Question::Household => "field-household",
        Question::Mentor => "field-mentor",
    }
}

pub(super) fn profile_row(turn: &Turn, label_key: &str, value: String) -> String {
    let tr = turn.tr();
    tr.msg_args(
        "profile-row",
        &args!["label" => tr.msg(label_key), "value" => value],
    )
}

/// A newcomer's answer to `field`, in words.
pub(super) fn answer_text(turn: &Turn, field: Question) -> String {
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
        Question::Arrival => newcomer.arrival.map(|arrival| match arrival {
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

pub(super) fn local_date(newcomer: &Newcomer) -> String {
    format_date(newcomer.consented_at.with_timezone(&Oslo).date_naive())
}

/// What `/delete` removed, in words.
pub(super) fn deletion_report(turn: &Turn, deletion: Deletion) -> String {
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
    lines.push(String::new());
    lines.push(tr.msg("delete-done-footer"));
    lines.join("\n")
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
