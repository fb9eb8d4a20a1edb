//! What onboarding's buttons and typed answers do.

use super::*;

impl Turn<'_> {
    pub(super) async fn onboarding_action(&mut self, action: Action) -> Result<(), EngineError> {
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
                self.withdraw_all_stories().await?;
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
    pub(in crate::conversation) fn ask_delete(&mut self) {
        self.go(at(Step::ConfirmDelete));
    }
    /// The municipality a deep-link payload names: `Ok(slug)` if we know
    /// it, `Err(())` if not.
    pub(in crate::conversation) fn resolve_payload(&self, payload: &str) -> Result<String, ()> {
        let slug = payload.trim().to_ascii_lowercase();
        match self.app.content.municipality(&slug) {
            Some(m) => Ok(m.slug.clone()),
            None => Err(()),
        }
    }

    /// Greets a person who has not consented (yet) and asks for the
    /// language; a linked municipality is remembered for later.
    pub(in crate::conversation) fn start_new(&mut self, link: Option<Result<String, ()>>) {
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

    pub(in crate::conversation) fn start(&mut self, payload: Option<String>) {
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
    pub(super) fn apply(&mut self, answer: Answer) -> bool {
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
