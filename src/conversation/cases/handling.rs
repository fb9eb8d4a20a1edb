//! What a staff member's case buttons and typed answers do.

use super::*;

impl Turn<'_> {
    /// `/cases` in a private staff chat: the list with close buttons.
    pub(in crate::conversation) async fn staff_cases(&mut self) -> Result<(), EngineError> {
        let tr = self.tr();
        if case_municipalities(&self.staff).is_empty() {
            self.note_msg("cases-not-allowed");
            self.prompt();
            return Ok(());
        }
        let (mut messages, references) = open_cases(self.app, &tr, &self.staff, self.now).await?;
        let mut rows: Vec<Vec<Button>> = references
            .into_iter()
            .map(|reference| {
                Button::new(
                    tr.msg_args("case-close-button", &args!["case" => reference.as_str()]),
                    CaseAction::Close(reference),
                )
            })
            .collect::<Vec<_>>()
            .chunks(2)
            .map(<[Button]>::to_vec)
            .collect();
        rows.push(crate::conversation::staff::home_row(self));
        self.state.step = flows::Step::STAFF;
        let last = messages.pop().unwrap_or_default();
        for message in messages {
            self.note(message);
        }
        self.flush();
        self.reply(last, rows);
        Ok(())
    }

    /// `/reply S-XXXX text` in a private chat; without the text, wait for
    /// it as the next message.
    pub(in crate::conversation) async fn staff_reply_command(
        &mut self,
        reference: &CaseRef,
        text: &str,
    ) -> Result<(), EngineError> {
        if !text.is_empty() {
            return self.staff_answer(reference, text).await;
        }
        self.open_case_step(reference, CaseStep::Answer).await
    }

    /// Goes to a step about a case this chat handles, or says there is no
    /// such case.
    pub(super) async fn open_case_step(
        &mut self,
        reference: &CaseRef,
        step: CaseStep,
    ) -> Result<(), EngineError> {
        if handled_case(self.app, &self.staff, reference)
            .await?
            .is_none()
        {
            self.note(
                self.tr()
                    .msg_args("case-unknown", &args!["case" => reference.as_str()]),
            );
            self.go(flows::Step::STAFF);
            return Ok(());
        }
        self.state.case = Some(reference.as_str().to_owned());
        self.go(flows::Step::Cases(step));
        Ok(())
    }

    /// Text typed while a case waits for its answer.
    pub(in crate::conversation) async fn case_answer_text(
        &mut self,
        text: &str,
    ) -> Result<(), EngineError> {
        match self.state.case.take().as_deref().and_then(CaseRef::parse) {
            Some(reference) => self.staff_answer(&reference, text).await,
            None => {
                self.stale();
                Ok(())
            }
        }
    }

    pub(in crate::conversation) async fn staff_answer(
        &mut self,
        reference: &CaseRef,
        text: &str,
    ) -> Result<(), EngineError> {
        let tr = self.tr();
        let message = answer_case(self.app, &tr, &self.staff, reference, text, self.now).await?;
        self.note(message);
        self.go(flows::Step::STAFF);
        Ok(())
    }

    /// Asks to confirm closing a case.
    pub(in crate::conversation) async fn ask_close(
        &mut self,
        reference: &CaseRef,
    ) -> Result<(), EngineError> {
        self.open_case_step(reference, CaseStep::ConfirmClose).await
    }

    /// Closes the case the staff member confirmed.
    pub(in crate::conversation) async fn staff_close(
        &mut self,
        reference: &CaseRef,
    ) -> Result<(), EngineError> {
        let asked = self.state.case.take();
        if self.state.step != flows::Step::Cases(CaseStep::ConfirmClose)
            || asked.as_deref() != Some(reference.as_str())
        {
            self.stale();
            return Ok(());
        }
        let tr = self.tr();
        let message = close_case(self.app, &tr, &self.staff, reference, self.now).await?;
        self.note(message);
        self.go(flows::Step::STAFF);
        Ok(())
    }
}
