//! One turn of the conversation with one person: what every flow works
//! with (the person, their state, what the turn loaded) and the few things
//! every flow does — reply, show the current step, read typed text.

use chrono::{DateTime, Utc};

use super::flows::{self, Action, Screen, Step};
use super::home::MenuItem;
use super::state::State;
use super::{Button, EngineError, Input, Reply, labels, onboarding};
use crate::context::AppState;
use crate::i18n::Tr;
use crate::newcomers::{ChatKey, Newcomer, Question};
use crate::staff::StaffMember;
use crate::store::{ConversationRecord, Turn as StoredTurn};

/// One turn of the conversation with one person.
pub(super) struct Turn<'a> {
    pub app: &'a AppState,
    /// The question carried from the previous turn (see
    /// [`State::question`]); put back into the state only by the steps
    /// that carry it on.
    pub carried: Option<String>,
    /// The conversation as it was stored before this turn.
    pub saved: Option<ConversationRecord>,
    /// The municipalities this chat works for, if it is staff (loaded when
    /// a flow needs it).
    pub staff: Vec<StaffMember>,
    /// Whether anyone at the newcomer's municipality receives questions,
    /// once this turn has looked (for the "ask a person" screen).
    pub ask_receivers: Option<bool>,
    /// The newcomers of a staff member's draft's municipality, grouped by
    /// the answers an audience is chosen by, for the announcement preview.
    pub preview_pool: Vec<(crate::announcements::Traits, u64)>,
    /// The faddere of that municipality per language, when the draft
    /// reaches them.
    pub preview_mentors: Vec<(crate::i18n::Locale, u64)>,
    /// What the person told `/skills`, when this turn shows or changes it.
    pub skills: Option<crate::skills::Skills>,
    /// This chat's mentor (fadder) sign-up, when this turn shows or
    /// changes it.
    pub mentor: Option<crate::mentors::MentorRecord>,
    pub chat: ChatKey,
    /// The Telegram update this turn answers, stored with its state.
    pub update: Option<i64>,
    pub locale: crate::i18n::Locale,
    pub state: State,
    pub newcomer: Option<Newcomer>,
    pub newcomer_changed: bool,
    /// Short texts that go in front of the next reply.
    pub notes: Vec<String>,
    pub replies: Vec<Reply>,
    /// Set when the person's data was deleted: nothing is saved afterwards.
    pub erased: bool,
    pub now: DateTime<Utc>,
}

impl<'a> Turn<'a> {
    pub fn tr(&self) -> Tr<'a> {
        self.app.i18n.tr(self.locale)
    }

    pub fn note(&mut self, text: String) {
        self.notes.push(text);
    }

    pub fn note_msg(&mut self, key: &str) {
        let text = self.tr().msg(key);
        self.note(text);
    }

    /// Sends `text` with buttons, after any pending notes.
    pub fn reply(&mut self, text: String, buttons: Vec<Vec<Button>>) {
        self.notes.push(text);
        let text = std::mem::take(&mut self.notes).join("\n\n");
        self.replies.push(Reply {
            text,
            buttons,
            html: false,
            file: None,
        });
    }

    /// Sends an HTML message with buttons, after any pending notes (which
    /// are plain text, so they are escaped).
    pub fn reply_html(&mut self, html: String, buttons: Vec<Vec<Button>>) {
        let mut parts: Vec<String> = std::mem::take(&mut self.notes)
            .iter()
            .map(|note| crate::html::escape(note))
            .collect();
        parts.push(html);
        self.replies.push(Reply {
            text: parts.join("\n\n"),
            buttons,
            html: true,
            file: None,
        });
    }

    /// Sends pending notes on their own.
    pub fn flush(&mut self) {
        if !self.notes.is_empty() {
            let text = std::mem::take(&mut self.notes).join("\n\n");
            self.replies.push(Reply::plain(text));
        }
    }

    /// Saves what the turn changed (the state, and the newcomer if it
    /// changed) in one transaction, and gives the replies. A reply is never
    /// sent before its state is stored.
    pub async fn finish(mut self) -> Result<Vec<Reply>, EngineError> {
        self.flush();
        if !self.erased {
            let record = ConversationRecord {
                locale: self.locale,
                state: self.state.to_stored(),
                updated_at: None,
                last_update: self.update,
            };
            let newcomer = self.newcomer.as_ref().filter(|_| self.newcomer_changed);
            // A turn that changed nothing (a question answered with the same
            // screen) writes nothing — but once a day it does, so that the
            // time of the last word is known (the retention keeps the
            // data of people who still write; see `crate::retention`).
            let stale = self
                .saved
                .as_ref()
                .and_then(|s| s.updated_at)
                .is_none_or(|at| self.now - at >= chrono::Duration::days(1));
            if newcomer.is_some() || self.saved.as_ref() != Some(&record) || stale {
                self.app
                    .store
                    .save_turn(StoredTurn {
                        chat: self.chat,
                        conversation: &record,
                        newcomer,
                        now: self.now,
                    })
                    .await?;
            }
        }
        Ok(self.replies)
    }

    /// Hands the input to the flow it belongs to.
    pub async fn run(&mut self, input: Input) -> Result<(), EngineError> {
        match input {
            Input::Start(payload) => onboarding::start(self, payload),
            Input::Command { name, args } => {
                if !flows::on_command(self, &name, &args).await? {
                    self.note_msg("unknown-command");
                    self.prompt();
                }
            }
            Input::Reply { quoted, text } => {
                if !flows::on_reply(self, &quoted, &text).await? {
                    Box::pin(self.run(Input::Text(text))).await?
                }
            }
            Input::Button(data) => match Action::decode(&data) {
                Ok(action) => flows::on_action(self, action).await?,
                Err(_) => self.stale(),
            },
            // On a screen with buttons, typing a label works like pressing.
            Input::Text(text) if self.state.step.expects_button() => {
                self.text_for_buttons(&text).await?
            }
            Input::Text(text) => flows::on_text(self, &text).await?,
            Input::Unsupported => {
                self.note_msg("unsupported-message");
                self.reprompt();
            }
            Input::Edited => self.note_msg("edited-message"),
            Input::GroupCommand { .. } | Input::GroupReply { .. } => self.note_msg("group-chat"),
            // Handled before any flow (see `erase.rs`).
            Input::ErasedOnRequest => self.erase_on_request().await?,
        }
        Ok(())
    }

    // ---- where the person is ----------------------------------------------

    /// The step a person returns to: the next unanswered question, the
    /// menu, or (without a profile) the guest menu.
    pub fn home(&self) -> Step {
        match &self.newcomer {
            None => Step::GUEST,
            Some(newcomer) => match self.first_unanswered(newcomer) {
                Some(question) => Step::question(question),
                None => Step::MENU,
            },
        }
    }

    fn first_unanswered(&self, newcomer: &Newcomer) -> Option<Question> {
        newcomer.first_unanswered(|slug| self.app.content.municipality(slug).is_some())
    }

    /// Whether this person is asked `question` (the citizenship is not
    /// asked of refugees, nor of anyone who has not said who they are).
    pub fn asks(&self, question: Question) -> bool {
        question != Question::Citizenship
            || self.newcomer.as_ref().is_some_and(|n| n.is_asked(question))
    }

    pub fn profile_complete(&self) -> bool {
        self.newcomer
            .as_ref()
            .is_some_and(|n| self.first_unanswered(n).is_none())
    }

    /// Whether the person has not yet got past the language and the
    /// privacy notice.
    pub fn before_consent(&self) -> bool {
        onboarding::is_before_consent(self.state.step) && self.newcomer.is_none()
    }

    // ---- showing the step -------------------------------------------------

    pub fn go(&mut self, step: Step) {
        self.state.step = step;
        self.prompt();
    }

    /// Shows what the current step asks for.
    pub fn prompt(&mut self) {
        if self.state.step.is_staff() && self.staff.is_empty() {
            // No longer staff (revoked): back to what a newcomer sees.
            self.state.leave_staff_side();
            self.state.step = self.home();
        }
        let (text, buttons) = flows::screen(self);
        self.reply(text, buttons);
    }

    /// Shows the current step again after a mistake: like [`Turn::prompt`],
    /// but without repeating a long text the person has just read (the
    /// privacy notice).
    pub fn reprompt(&mut self) {
        match onboarding::short_screen(self) {
            Some((text, buttons)) => self.reply(text, buttons),
            None => self.prompt(),
        }
    }

    /// The newcomer and their municipality; without either (a button from
    /// before a deletion, say), the stale-button answer and `None`.
    pub fn newcomer_in_municipality(&mut self) -> Option<(Newcomer, String)> {
        let found = self
            .newcomer
            .clone()
            .and_then(|n| n.municipality.clone().map(|m| (n, m)));
        if found.is_none() {
            self.stale();
        }
        found
    }

    /// A button that no longer fits: say so, and show the step again.
    pub fn stale(&mut self) {
        self.note_msg("stale-button");
        self.prompt();
    }

    /// The step as a screen, without sending it.
    pub fn screen(&self) -> Screen {
        flows::screen(self)
    }

    // ---- typed text -------------------------------------------------------

    /// Text where buttons were expected: the button it names, or a short
    /// word to use the buttons and the step again.
    pub async fn text_for_buttons(&mut self, text: &str) -> Result<(), EngineError> {
        match labels::typed_button(self, text, true) {
            Some(action) => flows::on_action(self, action).await?,
            None => {
                let key = if self.state.step.is_staff() {
                    "staff-use-buttons"
                } else {
                    "use-the-buttons"
                };
                self.note_msg(key);
                self.reprompt();
            }
        }
        Ok(())
    }

    /// Typed text that must fit `max` characters: the trimmed text, or
    /// `None` after saying what is wrong and showing the step again.
    pub fn typed(&mut self, text: &str, max: usize) -> Option<String> {
        match crate::cases::clean_text(text, max) {
            Ok(text) => Some(text),
            Err(error) => {
                let message = message_error(&self.tr(), error, max);
                self.note(message);
                self.prompt();
                None
            }
        }
    }

    // ---- small shared pieces ----------------------------------------------

    /// A municipality's short name, or the slug if it has no pack.
    pub fn municipality_name(&self, slug: &str) -> String {
        self.app
            .content
            .municipality(slug)
            .map(|m| m.short_name.clone())
            .unwrap_or_else(|| slug.to_owned())
    }

    /// A municipality's full name, or the slug if it has no pack.
    pub fn municipality_display(&self, slug: &str) -> String {
        self.app
            .content
            .municipality(slug)
            .map_or(slug.to_owned(), |m| m.name.clone())
    }

    /// Where the menu button leads: the menu or the guest menu.
    pub fn menu_row(&self) -> Vec<Button> {
        vec![button(self, "button-menu", MenuItem::Menu)]
    }

    /// The municipalities this chat may send announcements and run events
    /// for.
    pub fn announcer_municipalities(&self) -> Vec<String> {
        crate::staff::announcer_municipalities(&self.staff)
    }

    pub fn may_announce_for(&self, municipality: &str) -> bool {
        self.announcer_municipalities()
            .iter()
            .any(|m| m == municipality)
    }
}

/// What is wrong with a typed text, in words.
pub(super) fn message_error(tr: &Tr, error: crate::cases::MessageError, max: usize) -> String {
    match error {
        crate::cases::MessageError::Empty => tr.msg("announce-text-empty"),
        crate::cases::MessageError::TooLong(length) => tr.msg_args(
            "announce-text-too-long",
            &crate::args!["max" => max as i64, "length" => length as i64],
        ),
    }
}

/// A button labelled with a message.
pub(super) fn button(turn: &Turn, key: &str, action: impl Into<Action>) -> Button {
    Button::new(turn.tr().msg(key), action.into())
}

/// Buttons `per_row` to a row.
pub(super) fn rows(buttons: Vec<Button>, per_row: usize) -> Vec<Vec<Button>> {
    buttons.chunks(per_row).map(<[Button]>::to_vec).collect()
}

/// A button label, ticked when `on`.
pub(super) fn ticked(on: bool, label: String) -> String {
    if on { format!("✓ {label}") } else { label }
}
