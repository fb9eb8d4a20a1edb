//! `/pause` and `/resume`: fewer messages for those who want them. A pause
//! holds the follow-ups back; when it ends, the latest that fell due comes
//! once. Announcements and event reminders the person chose are not held
//! back (the pause screen says so).

use super::{FollowUpAction, PauseFor};
use crate::args;
use crate::conversation::flows::{self, Screen};
use crate::conversation::turn::Turn;
use crate::conversation::{Button, EngineError};
use crate::followups::{Offset, UNTIL_RESUMED, is_until_resumed};

pub(super) fn pause_screen(turn: &Turn) -> Screen {
    let tr = turn.tr();
    let mut buttons: Vec<Vec<Button>> = PauseFor::CHOICES
        .into_iter()
        .map(|choice| {
            let label = match choice {
                PauseFor::Months(n) => tr.msg_args("pause-months", &args!["count" => i64::from(n)]),
                PauseFor::UntilResumed => tr.msg("pause-until-resumed"),
            };
            vec![Button::new(label, FollowUpAction::PauseFor(choice))]
        })
        .collect();
    buttons.push(turn.menu_row());
    (tr.msg("pause-prompt"), buttons)
}

impl Turn<'_> {
    /// Makes sure this newcomer's follow-ups exist (they start with the
    /// scheduler's next pass otherwise), so that a pause can be stored.
    async fn ensure_followups(&self) -> Result<(), EngineError> {
        let Some(newcomer) = &self.newcomer else {
            return Ok(());
        };
        let Some(municipality) = newcomer.municipality.clone() else {
            return Ok(());
        };
        if self.app.store.followups_of(self.chat).await?.is_none() {
            let first = super::message::plan_of(self.app, &municipality)
                .start(newcomer.consented_at, self.now);
            self.app
                .store
                .seed_followups(&[(self.chat, municipality, first)], self.now)
                .await?;
        }
        Ok(())
    }

    pub(super) async fn pause_followups(&mut self, choice: PauseFor) -> Result<(), EngineError> {
        self.ensure_followups().await?;
        let until = match choice {
            PauseFor::Months(n) => Offset::Months(u32::from(n)).after(self.now),
            PauseFor::UntilResumed => self.now + UNTIL_RESUMED,
        };
        if !self
            .app
            .store
            .set_followups_paused(self.chat, Some(until), self.now)
            .await?
        {
            // No municipality yet: nothing to pause.
            self.note_msg("followup-needs-profile");
            self.go(self.home());
            return Ok(());
        }
        let text = match choice {
            PauseFor::Months(_) => self.tr().msg_args(
                "pause-done-until",
                &args!["date" => crate::i18n::format_oslo_date(until)],
            ),
            PauseFor::UntilResumed => self.tr().msg("pause-done"),
        };
        self.note(text);
        self.go(flows::Step::MENU);
        Ok(())
    }

    pub(super) async fn resume_followups(&mut self) -> Result<(), EngineError> {
        let store = &self.app.store;
        let state = store.followups_of(self.chat).await?;
        let paused = state.is_some_and(|s| s.paused_until.is_some_and(|at| at > self.now));
        if !paused {
            self.note_msg("resume-not-paused");
            self.go(self.home());
            return Ok(());
        }
        store
            .set_followups_paused(self.chat, None, self.now)
            .await?;
        let text = match state.and_then(|s| s.next_at) {
            Some(at) if at > self.now => self.tr().msg_args(
                "resume-done",
                &args!["date" => crate::i18n::format_oslo_date(at)],
            ),
            Some(_) => self.tr().msg("resume-done-soon"),
            None => self.tr().msg("resume-done-none-left"),
        };
        self.note(text);
        self.go(flows::Step::MENU);
        Ok(())
    }

    /// The follow-ups and pulse answers, for `/mydata`.
    pub(in crate::conversation) async fn followup_summary(
        &self,
    ) -> Result<Option<String>, EngineError> {
        let store = &self.app.store;
        let (state, answered) = tokio::try_join!(
            store.followups_of(self.chat),
            store.pulse_count_of(self.chat)
        )?;
        let tr = self.tr();
        let mut lines = Vec::new();
        if let Some(state) = state {
            let line = match (state.paused_until, state.next_at) {
                (Some(until), _) if until > self.now && is_until_resumed(until, self.now) => {
                    tr.msg("mydata-followups-paused")
                }
                (Some(until), _) if until > self.now => tr.msg_args(
                    "mydata-followups-paused-until",
                    &args!["date" => crate::i18n::format_oslo_date(until)],
                ),
                (_, Some(next)) => tr.msg_args(
                    "mydata-followups-next",
                    &args!["count" => i64::from(state.sent), "date" => crate::i18n::format_oslo_date(next)],
                ),
                (_, None) => tr.msg_args(
                    "mydata-followups-done",
                    &args!["count" => i64::from(state.sent)],
                ),
            };
            lines.push(line);
        }
        if answered > 0 {
            lines.push(tr.msg_args("mydata-pulse", &args!["count" => answered as i64]));
        }
        Ok((!lines.is_empty()).then(|| lines.join("\n")))
    }
}
