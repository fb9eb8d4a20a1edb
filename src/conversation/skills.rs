//! `/skills` in the conversation: asked only after the person says yes,
//! every part optional and changeable, shown back in `/mydata`, erasable,
//! and shared with staff only when the person turns sharing on.

use async_trait::async_trait;
use serde::{Deserialize, Serialize};

use super::flows::{self, Flow, Needs, Screen};
use super::turn::Turn;
use super::wire::{parse_yes_no, yes_no};
use super::{Button, EngineError, Input};
use crate::args;
use crate::skills::{
    Education, Experience, Licence, MAX_PROFESSION_CHARS, SPOKEN, Skills, Wish, WorkField,
    spoken_name,
};

/// Where a newcomer is in `/skills`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SkillsStep {
    /// Asked whether they want to fill it in at all.
    Consent,
    Overview,
    Education,
    Field,
    /// Waiting for the profession, typed.
    Profession,
    Experience,
    Languages,
    Licence,
    Wishes,
}

impl SkillsStep {
    /// The parts a person can open from the overview, in order.
    pub const PARTS: [SkillsStep; 7] = [
        SkillsStep::Education,
        SkillsStep::Field,
        SkillsStep::Profession,
        SkillsStep::Experience,
        SkillsStep::Languages,
        SkillsStep::Licence,
        SkillsStep::Wishes,
    ];

    pub fn code(self) -> &'static str {
        match self {
            SkillsStep::Consent => "c",
            SkillsStep::Overview => "ov",
            SkillsStep::Education => "edu",
            SkillsStep::Field => "fld",
            SkillsStep::Profession => "prof",
            SkillsStep::Experience => "exp",
            SkillsStep::Languages => "lang",
            SkillsStep::Licence => "lic",
            SkillsStep::Wishes => "wish",
        }
    }

    pub fn from_code(code: &str) -> Option<SkillsStep> {
        SkillsStep::PARTS.into_iter().find(|p| p.code() == code)
    }
}

/// A button in `/skills`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SkillsAction {
    /// Yes (`true`) or no to filling it in.
    Consent(bool),
    Open(SkillsStep),
    Education(Education),
    Field(WorkField),
    Experience(Experience),
    Licence(Licence),
    /// Speaks this language (a code from `skills::SPOKEN`), or not.
    Spoken(String),
    Wish(Wish),
    /// Back to the overview.
    Back,
    /// Let staff see it (`true`) or not.
    Share(bool),
    /// Erase what was given.
    Clear,
    Finish,
}

impl SkillsAction {
    fn encode(&self) -> String {
        match self {
            SkillsAction::Consent(b) => format!("c:{}", yes_no(*b)),
            SkillsAction::Open(part) => format!("o:{}", part.code()),
            SkillsAction::Education(e) => format!("e:{}", e.code()),
            SkillsAction::Field(f) => format!("f:{}", f.code()),
            SkillsAction::Experience(x) => format!("x:{}", x.code()),
            SkillsAction::Licence(l) => format!("l:{}", l.code()),
            SkillsAction::Spoken(code) => format!("sp:{code}"),
            SkillsAction::Wish(w) => format!("w:{}", w.code()),
            SkillsAction::Back => "b".into(),
            SkillsAction::Share(b) => format!("sh:{}", yes_no(*b)),
            SkillsAction::Clear => "clr".into(),
            SkillsAction::Finish => "fin".into(),
        }
    }

    fn decode(data: &str) -> Option<SkillsAction> {
        let (code, value) = data.split_once(':').unwrap_or((data, ""));
        match (code, data.contains(':')) {
            ("b", false) => Some(SkillsAction::Back),
            ("clr", false) => Some(SkillsAction::Clear),
            ("fin", false) => Some(SkillsAction::Finish),
            ("c", true) => parse_yes_no(value).map(SkillsAction::Consent),
            ("o", true) => SkillsStep::from_code(value).map(SkillsAction::Open),
            ("e", true) => Education::from_code(value).map(SkillsAction::Education),
            ("f", true) => WorkField::from_code(value).map(SkillsAction::Field),
            ("x", true) => Experience::from_code(value).map(SkillsAction::Experience),
            ("l", true) => Licence::from_code(value).map(SkillsAction::Licence),
            ("sp", true) => {
                crate::skills::spoken_name(value).map(|_| SkillsAction::Spoken(value.to_owned()))
            }
            ("w", true) => Wish::from_code(value).map(SkillsAction::Wish),
            ("sh", true) => parse_yes_no(value).map(SkillsAction::Share),
            _ => None,
        }
    }
}

pub(super) struct SkillsFlow;

#[async_trait]
impl Flow for SkillsFlow {
    type Action = SkillsAction;
    type Step = SkillsStep;

    const CODES: &'static [&'static str] = &["sk"];

    fn encode(action: &SkillsAction) -> (&'static str, String) {
        ("sk", action.encode())
    }

    fn decode(_code: &str, value: &str) -> Option<SkillsAction> {
        SkillsAction::decode(value)
    }

    fn needs(
        _input: &Input,
        action: Option<&SkillsAction>,
        step: Option<SkillsStep>,
        _state: &super::state::State,
    ) -> Needs {
        Needs {
            skills: action.is_some() || step.is_some(),
            ..Needs::NOTHING
        }
    }

    async fn on_action(turn: &mut Turn<'_>, action: SkillsAction) -> Result<(), EngineError> {
        if !turn.profile_complete() {
            turn.stale();
            return Ok(());
        }
        turn.skills_action(action).await
    }

    async fn on_text(turn: &mut Turn<'_>, step: SkillsStep, text: &str) -> Result<(), EngineError> {
        match step {
            SkillsStep::Profession => turn.profession_text(text).await,
            _ => turn.text_for_buttons(text).await,
        }
    }

    fn expects_button(step: SkillsStep) -> bool {
        step != SkillsStep::Profession
    }

    fn yes_no(step: SkillsStep) -> Option<(SkillsAction, SkillsAction)> {
        (step == SkillsStep::Consent)
            .then_some((SkillsAction::Consent(true), SkillsAction::Consent(false)))
    }

    fn screen(turn: &Turn<'_>, step: SkillsStep) -> Screen {
        skills_screen(turn, step)
    }
}

fn skills_button(label: String, action: SkillsAction) -> Button {
    Button::new(label, action)
}

fn part_label_key(part: SkillsStep) -> &'static str {
    match part {
        SkillsStep::Education => "skills-part-education",
        SkillsStep::Field => "skills-part-field",
        SkillsStep::Profession => "skills-part-profession",
        SkillsStep::Experience => "skills-part-experience",
        SkillsStep::Languages => "skills-part-languages",
        SkillsStep::Licence => "skills-part-licence",
        SkillsStep::Wishes | SkillsStep::Consent | SkillsStep::Overview => "skills-part-wishes",
    }
}

/// One part's value, in words.
fn part_value(turn: &Turn, skills: &Skills, part: SkillsStep) -> String {
    let tr = turn.tr();
    let none = || tr.msg("value-unanswered");
    match part {
        SkillsStep::Education => skills
            .education
            .map_or_else(none, |e| tr.msg(e.label_key())),
        SkillsStep::Field => skills.field.map_or_else(none, |f| tr.msg(f.label_key())),
        SkillsStep::Profession => skills.profession.clone().unwrap_or_else(none),
        SkillsStep::Experience => skills
            .experience
            .map_or_else(none, |x| tr.msg(x.label_key())),
        SkillsStep::Languages if skills.languages.is_empty() => none(),
        SkillsStep::Languages => skills
            .languages
            .iter()
            .filter_map(|c| spoken_name(c))
            .collect::<Vec<_>>()
            .join(", "),
        SkillsStep::Licence => skills.licence.map_or_else(none, |l| tr.msg(l.label_key())),
        SkillsStep::Wishes if skills.wishes.is_empty() => none(),
        SkillsStep::Wishes => skills
            .wishes
            .iter()
            .map(|w| tr.msg(w.label_key()))
            .collect::<Vec<_>>()
            .join(", "),
        SkillsStep::Consent | SkillsStep::Overview => String::new(),
    }
}

/// Everything given, as `/mydata` and the overview show it.
pub(super) fn summary(turn: &Turn, skills: &Skills) -> String {
    let tr = turn.tr();
    let mut lines = vec![tr.msg("skills-summary-title")];
    for part in SkillsStep::PARTS {
        lines.push(format!(
            "{}: {}",
            tr.msg(part_label_key(part)),
            part_value(turn, skills, part)
        ));
    }
    lines.push(tr.msg(if skills.share_with_staff {
        "skills-shared"
    } else {
        "skills-not-shared"
    }));
    lines.join("\n")
}

impl Turn<'_> {
    /// `/skills`: the consent question the first time, else the overview.
    pub(super) fn open_skills(&mut self) {
        let step = if self.skills.is_some() {
            SkillsStep::Overview
        } else {
            SkillsStep::Consent
        };
        self.go(flows::Step::Skills(step));
    }

    async fn store_skills(&mut self, skills: Skills) -> Result<(), EngineError> {
        self.app
            .store
            .save_skills(self.chat, &skills, self.now)
            .await?;
        self.skills = Some(skills);
        Ok(())
    }

    pub(super) async fn skills_action(&mut self, action: SkillsAction) -> Result<(), EngineError> {
        let step = match self.state.step {
            flows::Step::Skills(step) => step,
            _ => {
                self.stale();
                return Ok(());
            }
        };
        use SkillsAction as A;
        use SkillsStep as S;
        if step == S::Consent {
            match action {
                A::Consent(true) => {
                    self.store_skills(Skills::default()).await?;
                    self.go(flows::Step::Skills(S::Overview));
                }
                A::Consent(false) => {
                    self.note_msg("skills-declined");
                    self.go(flows::Step::MENU);
                }
                _ => self.stale(),
            }
            return Ok(());
        }
        let Some(mut skills) = self.skills.clone() else {
            self.stale();
            return Ok(());
        };
        let next = match (action, step) {
            (A::Open(part), S::Overview) => part,
            (A::Education(e), S::Education) => {
                skills.education = Some(e);
                S::Overview
            }
            (A::Field(f), S::Field) => {
                skills.field = Some(f);
                S::Overview
            }
            (A::Experience(x), S::Experience) => {
                skills.experience = Some(x);
                S::Overview
            }
            (A::Licence(l), S::Licence) => {
                skills.licence = Some(l);
                S::Overview
            }
            (A::Spoken(code), S::Languages) => {
                skills.toggle_language(&code);
                S::Languages
            }
            (A::Wish(w), S::Wishes) => {
                skills.toggle_wish(w);
                S::Wishes
            }
            (A::Back, _) => S::Overview,
            (A::Share(share), S::Overview) => {
                skills.share_with_staff = share;
                let key = if share {
                    "skills-share-on"
                } else {
                    "skills-share-off"
                };
                self.note_msg(key);
                S::Overview
            }
            (A::Clear, S::Overview) => {
                self.app.store.delete_skills(self.chat).await?;
                self.skills = None;
                self.note_msg("skills-cleared");
                self.go(flows::Step::MENU);
                return Ok(());
            }
            (A::Finish, S::Overview) => {
                self.note_msg("skills-thanks");
                self.go(flows::Step::MENU);
                return Ok(());
            }
            _ => {
                self.stale();
                return Ok(());
            }
        };
        if self.skills.as_ref() != Some(&skills) {
            self.store_skills(skills).await?;
        }
        self.go(flows::Step::Skills(next));
        Ok(())
    }

    /// The profession, typed.
    pub(super) async fn profession_text(&mut self, text: &str) -> Result<(), EngineError> {
        let Some(mut skills) = self.skills.clone() else {
            self.stale();
            return Ok(());
        };
        match Skills::clean_profession(text) {
            Some(profession) => {
                skills.profession = Some(profession);
                self.store_skills(skills).await?;
                self.go(flows::Step::Skills(SkillsStep::Overview));
            }
            None => {
                let message = self.tr().msg_args(
                    "skills-profession-invalid",
                    &args!["max" => MAX_PROFESSION_CHARS as i64],
                );
                self.note(message);
                self.prompt();
            }
        }
        Ok(())
    }
}

/// The screen of a `/skills` step.
fn skills_screen(turn: &Turn, step: SkillsStep) -> Screen {
    let tr = turn.tr();
    let skills = turn.skills.clone().unwrap_or_default();
    let back = vec![skills_button(tr.msg("button-back"), SkillsAction::Back)];
    let choices = |labels: Vec<(String, SkillsAction)>, per_row: usize| -> Vec<Vec<Button>> {
        let buttons: Vec<Button> = labels
            .into_iter()
            .map(|(label, action)| skills_button(label, action))
            .collect();
        let mut rows: Vec<Vec<Button>> = buttons.chunks(per_row).map(<[Button]>::to_vec).collect();
        rows.push(back.clone());
        rows
    };
    match step {
        SkillsStep::Consent => (
            tr.msg("skills-consent"),
            vec![
                vec![skills_button(
                    tr.msg("skills-consent-yes"),
                    SkillsAction::Consent(true),
                )],
                vec![skills_button(
                    tr.msg("skills-consent-no"),
                    SkillsAction::Consent(false),
                )],
            ],
        ),
        SkillsStep::Overview => {
            let parts: Vec<Button> = SkillsStep::PARTS
                .into_iter()
                .map(|part| {
                    let answered = part_value(turn, &skills, part) != tr.msg("value-unanswered");
                    skills_button(
                        super::turn::ticked(answered, tr.msg(part_label_key(part))),
                        SkillsAction::Open(part),
                    )
                })
                .collect();
            let mut rows: Vec<Vec<Button>> = parts.chunks(2).map(<[Button]>::to_vec).collect();
            rows.push(vec![skills_button(
                tr.msg(if skills.share_with_staff {
                    "skills-share-stop"
                } else {
                    "skills-share-start"
                }),
                SkillsAction::Share(!skills.share_with_staff),
            )]);
            rows.push(vec![
                skills_button(tr.msg("skills-clear"), SkillsAction::Clear),
                skills_button(tr.msg("skills-finish"), SkillsAction::Finish),
            ]);
            (
                format!(
                    "{}\n\n{}",
                    tr.msg("skills-overview"),
                    summary(turn, &skills)
                ),
                rows,
            )
        }
        SkillsStep::Education => (
            tr.msg("skills-education-prompt"),
            choices(
                Education::ALL
                    .iter()
                    .map(|e| {
                        (
                            super::turn::ticked(
                                skills.education == Some(*e),
                                tr.msg(e.label_key()),
                            ),
                            SkillsAction::Education(*e),
                        )
                    })
                    .collect(),
                1,
            ),
        ),
        SkillsStep::Field => (
            tr.msg("skills-field-prompt"),
            choices(
                WorkField::ALL
                    .iter()
                    .map(|f| {
                        (
                            super::turn::ticked(skills.field == Some(*f), tr.msg(f.label_key())),
                            SkillsAction::Field(*f),
                        )
                    })
                    .collect(),
                2,
            ),
        ),
        SkillsStep::Profession => (
            tr.msg_args(
                "skills-profession-prompt",
                &args!["max" => MAX_PROFESSION_CHARS as i64],
            ),
            vec![back],
        ),
        SkillsStep::Experience => (
            tr.msg("skills-experience-prompt"),
            choices(
                Experience::ALL
                    .iter()
                    .map(|x| {
                        (
                            super::turn::ticked(
                                skills.experience == Some(*x),
                                tr.msg(x.label_key()),
                            ),
                            SkillsAction::Experience(*x),
                        )
                    })
                    .collect(),
                2,
            ),
        ),
        SkillsStep::Languages => (
            tr.msg("skills-languages-prompt"),
            choices(
                SPOKEN
                    .iter()
                    .map(|(code, name)| {
                        (
                            super::turn::ticked(
                                skills.languages.iter().any(|c| c == code),
                                (*name).to_owned(),
                            ),
                            SkillsAction::Spoken((*code).to_owned()),
                        )
                    })
                    .collect(),
                2,
            ),
        ),
        SkillsStep::Licence => (
            tr.msg("skills-licence-prompt"),
            choices(
                Licence::ALL
                    .iter()
                    .map(|l| {
                        (
                            super::turn::ticked(skills.licence == Some(*l), tr.msg(l.label_key())),
                            SkillsAction::Licence(*l),
                        )
                    })
                    .collect(),
                1,
            ),
        ),
        SkillsStep::Wishes => (
            tr.msg("skills-wishes-prompt"),
            choices(
                Wish::ALL
                    .iter()
                    .map(|w| {
                        (
                            super::turn::ticked(skills.wishes.contains(w), tr.msg(w.label_key())),
                            SkillsAction::Wish(*w),
                        )
                    })
                    .collect(),
                1,
            ),
        ),
    }
}

/// The message keys this module builds from data.
pub fn dynamic_keys() -> impl Iterator<Item = &'static str> {
    Education::ALL
        .iter()
        .map(|e| e.label_key())
        .chain(WorkField::ALL.iter().map(|f| f.label_key()))
        .chain(Experience::ALL.iter().map(|x| x.label_key()))
        .chain(Licence::ALL.iter().map(|l| l.label_key()))
        .chain(Wish::ALL.iter().map(|w| w.label_key()))
        .chain(SkillsStep::PARTS.into_iter().map(part_label_key))
}

#[cfg(test)]
mod tests {
    use super::super::wire;
    use super::*;

    #[test]
    fn every_skills_button_round_trips_within_telegrams_limit() {
        let mut actions = vec![
            SkillsAction::Consent(true),
            SkillsAction::Consent(false),
            SkillsAction::Spoken("prs".into()),
            SkillsAction::Experience(Experience::OneToThree),
            SkillsAction::Wish(Wish::Recognition),
            SkillsAction::Share(false),
            SkillsAction::Share(true),
            SkillsAction::Back,
            SkillsAction::Clear,
            SkillsAction::Finish,
        ];
        actions.extend(SkillsStep::PARTS.into_iter().map(SkillsAction::Open));
        actions.extend(WorkField::ALL.iter().map(|f| SkillsAction::Field(*f)));
        wire::assert_round_trips(actions.into_iter().map(flows::Action::from));
    }

    #[test]
    fn forged_skills_buttons_are_refused() {
        wire::assert_refused(&[
            "1:sk:sp:xx",
            "1:sk:o:c",
            "1:sk:fin:1",
            "1:sk:e:phd",
            "1:sk:c:maybe",
        ]);
    }
}
