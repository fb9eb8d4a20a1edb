//! The pulse in the chat: one question per screen, one tap per answer,
//! every question skippable and "stop" always there; a refugee who is
//! unsure about staying, or expects to move, is offered a talk with the
//! municipality (a case, only if they say yes).

use super::{FollowUpAction, Step};
use crate::args;
use crate::conversation::cases::who_asks;
use crate::conversation::flows::{self, Screen};
use crate::conversation::turn::{Turn, ticked};
use crate::conversation::{Button, EngineError};
use crate::i18n::Locale;
use crate::pulse::{Answers, Kind, Question};
use crate::store::NewPulse;

fn fu(label: String, action: FollowUpAction) -> Button {
    Button::new(label, action)
}

/// The questions this person is asked, given their answers so far.
fn asked(answers: &Answers) -> Vec<Question> {
    Question::ORDER
        .into_iter()
        .filter(|q| q.is_asked(answers))
        .collect()
}

pub(super) fn question_screen(turn: &Turn, id: i64, question: Question) -> Screen {
    let tr = turn.tr();
    let answers = turn.state.pulse.clone().unwrap_or_default();
    let asked = asked(&answers);
    let n = asked.iter().position(|q| *q == question).unwrap_or(0) + 1;
    let mut text = format!(
        "{}\n\n{}",
        tr.msg_args(
            "pulse-progress",
            &args!["n" => n as i64, "total" => asked.len() as i64]
        ),
        tr.msg(question.key(&answers))
    );
    let mut buttons: Vec<Vec<Button>> = Vec::new();
    let choice = |i: usize, label: String| {
        let chosen = answers.is_chosen(question, i);
        let action = match question.kind() {
            Kind::Several => FollowUpAction::Toggle(id, question, i as u8),
            _ => FollowUpAction::Answer(id, question, i as u8),
        };
        fu(ticked(chosen, label), action)
    };
    match question.kind() {
        Kind::Scale => {
            text.push('\n');
            text.push_str(&tr.msg(match question {
                Question::Belong => "pulse-scale-belong",
                _ => "pulse-scale-satisfied",
            }));
            let scale: Vec<Button> = (0..=10).map(|i| choice(i, i.to_string())).collect();
            buttons.push(scale[..6].to_vec());
            buttons.push(scale[6..].to_vec());
        }
        Kind::One | Kind::Several => {
            for (i, key) in question.option_keys(&answers).into_iter().enumerate() {
                buttons.push(vec![choice(i, tr.msg(key))]);
            }
        }
    }
    if question.kind() == Kind::Several {
        text.push('\n');
        text.push_str(&tr.msg("pulse-several"));
    }
    let next_key = match question.kind() {
        Kind::Several => "pulse-done",
        _ => "pulse-skip",
    };
    buttons.push(vec![
        fu(tr.msg(next_key), FollowUpAction::Next(id, question)),
        fu(tr.msg("pulse-stop"), FollowUpAction::Stop(id)),
    ]);
    (text, buttons)
}

pub(super) fn talk_screen(turn: &Turn, id: i64) -> Screen {
    let tr = turn.tr();
    let municipality = turn
        .newcomer
        .as_ref()
        .and_then(|n| n.municipality.as_deref())
        .map(|slug| turn.municipality_name(slug))
        .unwrap_or_default();
    (
        tr.msg_args("pulse-talk", &args!["municipality" => municipality]),
        vec![
            vec![fu(tr.msg("pulse-talk-yes"), FollowUpAction::Talk(id, true))],
            vec![fu(tr.msg("pulse-talk-no"), FollowUpAction::Talk(id, false))],
        ],
    )
}

/// Whether a question has an answer.
fn is_answered(answers: &Answers, question: Question) -> bool {
    (0..question.options(answers)).any(|i| answers.is_chosen(question, i))
}

impl Turn<'_> {
    /// The pulse of the follow-up `round` months after registering: a new
    /// response, or the one started, from its first unanswered question.
    pub(super) async fn start_pulse(&mut self, round: u32) -> Result<(), EngineError> {
        let Some((newcomer, municipality)) = self.newcomer_in_municipality() else {
            return Ok(());
        };
        // Only the pulse of a follow-up this person has had: a forged
        // round would add answers to a follow-up that never asked.
        let plan = super::message::plan_of(self.app, &municipality);
        let sent = self
            .app
            .store
            .followups_of(self.chat)
            .await?
            .map_or(0, |f| f.sent as usize);
        let asked = plan
            .0
            .iter()
            .take(sent)
            .any(|offset| *offset >= crate::followups::PULSE_FROM && offset.months() == round);
        if !asked {
            self.stale();
            return Ok(());
        }
        let pulse = NewPulse {
            municipality,
            round_months: round,
            category: newcomer.category,
            months_here: crate::pulse::months_here(
                newcomer.arrival,
                newcomer.consented_at,
                self.now,
            ),
        };
        let (id, answers) = self
            .app
            .store
            .start_pulse(self.chat, &pulse, self.now)
            .await?;
        let first = Question::ORDER
            .into_iter()
            .find(|q| q.is_asked(&answers) && !is_answered(&answers, *q));
        match first {
            Some(question) => {
                self.state.pulse = Some(answers);
                self.go(flows::Step::FollowUp(Step::Pulse(id, question)));
            }
            None => {
                self.note_msg("pulse-already");
                self.go(flows::Step::MENU);
            }
        }
        Ok(())
    }

    /// The stored answers of this chat's response `id`; `None` (and the
    /// stale-button answer) if it is not theirs.
    async fn own_answers(&mut self, id: i64) -> Result<Option<Answers>, EngineError> {
        let answers = self.app.store.pulse_answers(self.chat, id).await?;
        if answers.is_none() {
            self.stale();
        }
        Ok(answers)
    }

    /// One tap: an answer (or a tick, shown again until "done").
    pub(super) async fn answer_pulse(
        &mut self,
        id: i64,
        question: Question,
        index: u8,
        tick: bool,
    ) -> Result<(), EngineError> {
        let Some(mut answers) = self.own_answers(id).await? else {
            return Ok(());
        };
        let index = usize::from(index);
        let changed = if tick {
            answers.toggle(question, index)
        } else {
            answers.set(question, index)
        };
        if !changed {
            self.stale();
            return Ok(());
        }
        self.app
            .store
            .save_pulse_answers(self.chat, id, &answers, self.now)
            .await?;
        if tick {
            self.state.pulse = Some(answers);
            self.go(flows::Step::FollowUp(Step::Pulse(id, question)));
            Ok(())
        } else {
            self.after_answer(id, question, answers).await
        }
    }

    /// "Skip" or "Done": on to the next question.
    pub(super) async fn next_question(
        &mut self,
        id: i64,
        question: Question,
    ) -> Result<(), EngineError> {
        let Some(answers) = self.own_answers(id).await? else {
            return Ok(());
        };
        self.after_answer(id, question, answers).await
    }

    /// What comes after `question`: the talk, if it is offered there; the
    /// next question; or thanks.
    async fn after_answer(
        &mut self,
        id: i64,
        question: Question,
        answers: Answers,
    ) -> Result<(), EngineError> {
        let category = self.newcomer.as_ref().and_then(|n| n.category);
        let past_staying = matches!(question, Question::Stay | Question::Reasons)
            && question.next(&answers) != Some(Question::Reasons);
        if past_staying && answers.offers_talk(category) {
            self.state.pulse = Some(answers);
            self.go(flows::Step::FollowUp(Step::Talk(id)));
            return Ok(());
        }
        self.ask_next(id, question, answers);
        Ok(())
    }

    fn ask_next(&mut self, id: i64, question: Question, answers: Answers) {
        match question.next(&answers) {
            Some(next) => {
                self.state.pulse = Some(answers);
                self.go(flows::Step::FollowUp(Step::Pulse(id, next)));
            }
            None => {
                self.state.pulse = None;
                let municipality = self
                    .newcomer
                    .as_ref()
                    .and_then(|n| n.municipality.as_deref())
                    .map(|slug| self.municipality_name(slug))
                    .unwrap_or_default();
                self.note(
                    self.tr()
                        .msg_args("pulse-thanks", &args!["municipality" => municipality]),
                );
                self.go(flows::Step::MENU);
            }
        }
    }

    /// "Stop": what was answered is kept.
    pub(super) async fn stop_pulse(&mut self, id: i64) -> Result<(), EngineError> {
        if self.own_answers(id).await?.is_none() {
            return Ok(());
        }
        self.state.pulse = None;
        self.note_msg("pulse-stopped");
        self.go(flows::Step::MENU);
        Ok(())
    }

    /// Yes or no to a talk about staying or moving: yes reaches the
    /// municipality as a case (in Norwegian for staff), whose answers come
    /// back in this chat.
    pub(super) async fn answer_talk(&mut self, id: i64, yes: bool) -> Result<(), EngineError> {
        let Some(mut answers) = self.own_answers(id).await? else {
            return Ok(());
        };
        let Some(newcomer) = self.newcomer.clone() else {
            return Ok(());
        };
        let municipality = newcomer.municipality.clone().unwrap_or_default();
        if answers.talk_offered || self.state.step != flows::Step::FollowUp(Step::Talk(id)) {
            self.stale();
            return Ok(());
        }
        answers.talk_offered = true;
        self.app
            .store
            .save_pulse_answers(self.chat, id, &answers, self.now)
            .await?;
        if yes {
            let nb = self.app.i18n.tr(Locale::Nb);
            let who = who_asks(
                self.app,
                &nb,
                self.locale,
                newcomer.category,
                newcomer.citizenship,
            );
            let expects = answers
                .stay
                .map_or_else(String::new, |stay| nb.msg(stay.label_key()));
            let text = nb.msg_args("pulse-talk-case", &args!["answer" => expects]);
            let (reference, waiting) = self
                .submit_case(&municipality, &who, newcomer.category, &text, false)
                .await?;
            tracing::info!(case = %reference, municipality = %municipality, waiting, "a talk about staying was asked for");
            let key = if waiting { "ask-kept" } else { "ask-sent" };
            let name = self.municipality_name(&municipality);
            self.note(self.tr().msg_args(
                key,
                &args!["case" => reference.as_str(), "municipality" => name],
            ));
        }
        self.ask_next(id, Question::Reasons, answers);
        Ok(())
    }
}
