//! What the volunteer's buttons and typed answers do.

use super::{FadderAction, Part, Step};
use crate::args;
use crate::conversation::flows;
use crate::conversation::turn::Turn;
use crate::conversation::{EngineError, Reply};
use crate::i18n::Locale;
use crate::mentors::{
    Background, MAX_CAPACITY, MAX_FIRST_NAME_CHARS, MAX_PLACE_CHARS, MentorStatus, Volunteer,
    clean_first_name, clean_place, valid_capacity,
};
use crate::skills::SPOKEN;
use crate::store::NewMentor;

/// The deep link's payload: `fadder` or `fadder-<municipality slug>`.
pub const FADDER_LINK: &str = "fadder";

/// The municipality a fadder deep link names (`Some(None)` for the bare
/// link), or `None` if the payload is not a fadder link.
pub(in crate::conversation) fn fadder_link(payload: &str) -> Option<Option<String>> {
    let payload = payload.trim().to_ascii_lowercase();
    if payload == FADDER_LINK {
        return Some(None);
    }
    payload
        .strip_prefix("fadder-")
        .map(|slug| Some(slug.to_owned()))
}

impl Turn<'_> {
    /// `/fadder` or its deep link: the volunteer's sign-up if they have
    /// one, else what being a fadder means. A linked municipality is
    /// taken if velkommen knows it.
    pub(in crate::conversation) fn open_fadder(&mut self, linked: Option<String>) {
        if self.mentor.is_some() {
            self.go(flows::Step::Fadder(Step::Profile));
            return;
        }
        let mut draft = self.state.volunteer.take().unwrap_or_default();
        match linked {
            Some(slug) if self.app.content.municipality(&slug).is_some() => {
                draft.municipality = Some(slug);
            }
            Some(_) => self.note_msg("start-unknown-link"),
            None => {}
        }
        if draft.municipality.is_none() {
            draft.municipality = self.newcomer.as_ref().and_then(|n| n.municipality.clone());
        }
        self.state.volunteer = Some(draft);
        self.go(flows::Step::Fadder(Step::Intro));
    }

    /// What they are filling in: the draft while signing up, else their
    /// stored sign-up.
    fn working_profile(&self) -> Option<Volunteer> {
        match &self.mentor {
            Some(mentor) => Some(mentor.profile.clone()),
            None => self.state.volunteer.clone(),
        }
    }

    /// Keeps a changed profile: in the draft while signing up, in the
    /// store once signed up.
    async fn keep_profile(&mut self, profile: Volunteer) -> Result<(), EngineError> {
        match &mut self.mentor {
            Some(mentor) => {
                if mentor.profile != profile {
                    self.app
                        .store
                        .update_mentor_profile(self.chat, &profile, self.locale, self.now)
                        .await?;
                    mentor.profile = profile;
                }
            }
            None => self.state.volunteer = Some(profile),
        }
        Ok(())
    }

    /// After a part is answered: the next unanswered one while signing up
    /// (then consent), the sign-up once signed up.
    fn after_part(&mut self, part: Part) {
        let next = match &self.mentor {
            Some(_) => Step::Profile,
            None => {
                let profile = self.state.volunteer.clone().unwrap_or_default();
                let mut next = part.next();
                while let Some(p) = next {
                    if p == Part::Municipality && profile.municipality.is_some() {
                        next = p.next();
                    } else {
                        break;
                    }
                }
                next.map_or(Step::Consent, Step::Part)
            }
        };
        self.go(flows::Step::Fadder(next));
    }

    pub(in crate::conversation) async fn fadder_action(
        &mut self,
        action: FadderAction,
    ) -> Result<(), EngineError> {
        use FadderAction as A;
        let step = match self.state.step {
            flows::Step::Fadder(step) => step,
            _ => {
                self.stale();
                return Ok(());
            }
        };
        let Some(mut profile) = self.working_profile() else {
            // A button of a sign-up that is gone (deleted, or the draft lost).
            self.stale();
            return Ok(());
        };
        match (action, step) {
            (A::Join, Step::Intro) => {
                let first = if profile.first_name.is_none() {
                    Part::Name
                } else {
                    Part::Languages
                };
                self.go(flows::Step::Fadder(Step::Part(first)));
            }
            (A::NotNow, Step::Intro) | (A::ConfirmDelete(false), Step::ConfirmDelete) => {
                if self.mentor.is_none() {
                    self.state.volunteer = None;
                    self.note_msg("fadder-not-now");
                    let home = self.home();
                    self.go(home);
                } else {
                    self.go(flows::Step::Fadder(Step::Profile));
                }
            }
            (A::Consent(false), Step::Consent) => {
                self.state.volunteer = None;
                self.note_msg("fadder-consent-declined");
                let home = self.home();
                self.go(home);
            }
            (A::Municipality(slug), Step::Part(Part::Municipality))
                if self.mentor.is_none() && self.app.content.municipality(&slug).is_some() =>
            {
                profile.municipality = Some(slug);
                self.keep_profile(profile).await?;
                self.after_part(Part::Municipality);
            }
            (A::Language(i), Step::Part(Part::Languages)) => {
                self.go(flows::Step::Fadder(Step::Level(i)));
            }
            (A::Level(i, level), Step::Level(at)) if i == at => {
                profile.set_language(SPOKEN[usize::from(i)].0, level);
                self.keep_profile(profile).await?;
                self.go(flows::Step::Fadder(Step::Part(Part::Languages)));
            }
            (A::Next, Step::Part(Part::Languages)) if profile.languages.is_empty() => {
                self.note_msg("fadder-languages-needed");
                self.prompt();
            }
            (A::Background(grew_up), Step::Part(Part::Background)) => {
                profile.background = Some(if grew_up {
                    Background::GrewUpHere
                } else {
                    Background::NotSaid
                });
                self.keep_profile(profile).await?;
                self.after_part(Part::Background);
            }
            (A::Gender(gender), Step::Part(Part::Gender)) => {
                profile.gender = gender;
                self.keep_profile(profile).await?;
                self.after_part(Part::Gender);
            }
            (A::Age(age), Step::Part(Part::Age)) => {
                profile.age = age;
                self.keep_profile(profile).await?;
                self.after_part(Part::Age);
            }
            (A::Interest(interest), Step::Part(Part::Interests)) => {
                if !profile.interests.remove(&interest) {
                    profile.interests.insert(interest);
                }
                self.keep_profile(profile).await?;
                self.prompt();
            }
            (A::Children(children), Step::Part(Part::Children)) => {
                profile.has_children = Some(children);
                self.keep_profile(profile).await?;
                self.after_part(Part::Children);
            }
            (A::Capacity(n), Step::Part(Part::Capacity)) => self.set_capacity(profile, n).await?,
            (A::Help(help), Step::Part(Part::Helps)) => {
                if !profile.helps.remove(&help) {
                    profile.helps.insert(help);
                }
                self.keep_profile(profile).await?;
                self.prompt();
            }
            (A::Next, Step::Part(part)) => self.after_part(part),
            (A::Consent(true), Step::Consent) => self.sign_up(profile).await?,
            (A::Edit(part), Step::Profile) if part != Part::Municipality => {
                self.go(flows::Step::Fadder(Step::Part(part)));
            }
            (A::Pause(pause), Step::Profile) => self.pause_self(pause).await?,
            (A::Delete, Step::Profile) => self.go(flows::Step::Fadder(Step::ConfirmDelete)),
            (A::ConfirmDelete(true), Step::ConfirmDelete) => self.delete_sign_up().await?,
            (A::Back, Step::Level(_)) => self.go(flows::Step::Fadder(Step::Part(Part::Languages))),
            (A::Back, Step::Part(_)) if self.mentor.is_some() => {
                self.go(flows::Step::Fadder(Step::Profile));
            }
            (A::Back, Step::Part(part)) => {
                let previous = Part::ORDER
                    .iter()
                    .rev()
                    .skip_while(|p| **p != part)
                    .nth(1)
                    .copied();
                let step = previous.map_or(Step::Intro, Step::Part);
                self.go(flows::Step::Fadder(step));
            }
            (A::Back, Step::Profile) => {
                let home = self.home();
                self.go(home);
            }
            _ => self.stale(),
        }
        Ok(())
    }

    async fn set_capacity(&mut self, mut profile: Volunteer, n: u8) -> Result<(), EngineError> {
        if !valid_capacity(n) {
            let text = self.tr().msg_args(
                "fadder-capacity-invalid",
                &args!["max" => i64::from(MAX_CAPACITY)],
            );
            self.note(text);
            self.prompt();
            return Ok(());
        }
        if let Some(mentor) = &self.mentor
            && n < mentor.engaged
        {
            let text = self.tr().msg_args(
                "fadder-capacity-below-engaged",
                &args!["count" => i64::from(mentor.engaged)],
            );
            self.note(text);
            self.prompt();
            return Ok(());
        }
        profile.capacity = Some(n);
        self.keep_profile(profile).await?;
        self.after_part(Part::Capacity);
        Ok(())
    }

    pub(in crate::conversation) async fn fadder_text(
        &mut self,
        step: Step,
        text: &str,
    ) -> Result<(), EngineError> {
        let Some(mut profile) = self.working_profile() else {
            self.stale();
            return Ok(());
        };
        match step {
            Step::Part(Part::Name) => match clean_first_name(text) {
                Some(name) => {
                    profile.first_name = Some(name);
                    self.keep_profile(profile).await?;
                    self.after_part(Part::Name);
                }
                None => {
                    let message = self.tr().msg_args(
                        "fadder-name-invalid",
                        &args!["max" => MAX_FIRST_NAME_CHARS as i64],
                    );
                    self.note(message);
                    self.prompt();
                }
            },
            Step::Part(Part::Background) => {
                match super::super::labels::typed_button(self, text, true) {
                    // A button's label typed works like pressing it.
                    Some(action) => flows::on_action(self, action).await?,
                    None if super::super::labels::is_word(
                        self,
                        "typed-no",
                        &super::super::labels::fold_label(text),
                    ) =>
                    {
                        profile.background = Some(Background::GrewUpHere);
                        self.keep_profile(profile).await?;
                        self.after_part(Part::Background);
                    }
                    None if super::super::labels::is_word(
                        self,
                        "typed-yes",
                        &super::super::labels::fold_label(text),
                    ) =>
                    {
                        // "Yes" alone: where from is the question.
                        self.note_msg("fadder-place-which");
                        self.prompt();
                    }
                    None => match clean_place(text) {
                        Some(place) => {
                            profile.background = Some(Background::MovedFrom(place));
                            self.keep_profile(profile).await?;
                            self.after_part(Part::Background);
                        }
                        None => {
                            let message = self.tr().msg_args(
                                "fadder-place-invalid",
                                &args!["max" => MAX_PLACE_CHARS as i64],
                            );
                            self.note(message);
                            self.prompt();
                        }
                    },
                }
            }
            Step::Part(Part::Capacity) => {
                let digits: String = text.chars().filter(char::is_ascii_digit).collect();
                match digits.parse::<u64>() {
                    Ok(n) if text.trim().chars().count() <= 6 => {
                        let n = u8::try_from(n).unwrap_or(u8::MAX);
                        self.set_capacity(profile, n).await?;
                    }
                    _ => self.text_for_buttons(text).await?,
                }
            }
            _ => self.text_for_buttons(text).await?,
        }
        Ok(())
    }

    /// Stores the sign-up and tells the municipality's mentor coordinators.
    async fn sign_up(&mut self, profile: Volunteer) -> Result<(), EngineError> {
        let Some(municipality) = profile
            .municipality
            .clone()
            .filter(|_| profile.is_complete())
        else {
            // A part is missing (a stale consent button): ask it.
            let missing = Part::ORDER
                .into_iter()
                .filter(|p| {
                    matches!(
                        p,
                        Part::Name | Part::Municipality | Part::Languages | Part::Capacity
                    )
                })
                .find(|p| !part_answered(&profile, *p))
                .unwrap_or(Part::Name);
            self.note_msg("fadder-part-missing");
            self.go(flows::Step::Fadder(Step::Part(missing)));
            return Ok(());
        };
        let staff_tr = self.app.i18n.tr(Locale::Nb);
        let notice = Reply::plain(staff_tr.msg_args(
            "fadder-staff-new",
            &args![
                "municipality" => self.municipality_name(&municipality),
                "name" => profile.first_name.clone().unwrap_or_default(),
                "languages" => super::screens::languages_line(&staff_tr, &profile),
            ],
        ));
        let source = format!("fadder:{}:{}", self.chat.id, self.now.timestamp());
        let deliveries = crate::conversation::mentor::to_mentor_staff(
            self.app,
            &municipality,
            &source,
            &notice,
            self.now,
        )
        .await?;
        let signed = self
            .app
            .store
            .sign_up_mentor(
                &NewMentor {
                    chat: self.chat,
                    locale: self.locale,
                    municipality: municipality.clone(),
                    profile,
                },
                &deliveries,
                self.now,
            )
            .await?;
        self.state.volunteer = None;
        match signed {
            Some(_) => {
                tracing::info!(%municipality, "a volunteer signed up as a mentor");
                let key = if deliveries.is_empty() {
                    "fadder-signed-up-nobody-yet"
                } else {
                    "fadder-signed-up"
                };
                let text = self.tr().msg_args(
                    key,
                    &args!["municipality" => self.municipality_name(&municipality)],
                );
                self.note(text);
            }
            None => self.note_msg("fadder-already-signed-up"),
        }
        self.mentor = self.app.store.mentor_of(self.chat).await?;
        self.go(flows::Step::Fadder(Step::Profile));
        Ok(())
    }

    /// The volunteer pauses (takes no new newcomers) or resumes.
    async fn pause_self(&mut self, pause: bool) -> Result<(), EngineError> {
        let Some(mentor) = self.mentor.clone() else {
            self.stale();
            return Ok(());
        };
        let (from, to, key) = if pause {
            (
                MentorStatus::Approved,
                MentorStatus::Paused,
                "fadder-paused",
            )
        } else {
            (
                MentorStatus::Paused,
                MentorStatus::Approved,
                "fadder-resumed",
            )
        };
        let notices = crate::conversation::mentor::withdrawal_notices(
            self,
            mentor.chat,
            crate::mentors::Side::Mentor,
            false,
        )
        .await?;
        let changed = self
            .app
            .store
            .set_mentor_status(
                &mentor.municipality,
                mentor.id,
                &[from],
                to,
                None,
                &notices,
                self.now,
            )
            .await?;
        if changed {
            self.note_msg(key);
        } else {
            self.note_msg("stale-button");
        }
        self.mentor = self.app.store.mentor_of(self.chat).await?;
        self.go(flows::Step::Fadder(Step::Profile));
        Ok(())
    }

    async fn delete_sign_up(&mut self) -> Result<(), EngineError> {
        let notices = crate::conversation::mentor::withdrawal_notices(
            self,
            self.chat,
            crate::mentors::Side::Mentor,
            true,
        )
        .await?;
        self.app
            .store
            .delete_mentor(self.chat, &notices, self.now)
            .await?;
        self.mentor = None;
        self.note_msg("fadder-deleted");
        let home = self.home();
        self.go(home);
        Ok(())
    }
}

/// Whether a part has an answer (the optional ones count once shown).
pub(super) fn part_answered(profile: &Volunteer, part: Part) -> bool {
    match part {
        Part::Name => profile.first_name.is_some(),
        Part::Municipality => profile.municipality.is_some(),
        Part::Languages => !profile.languages.is_empty(),
        Part::Background => profile.background.is_some(),
        Part::Gender => profile.gender.is_some(),
        Part::Age => profile.age.is_some(),
        Part::Interests => !profile.interests.is_empty(),
        Part::Children => profile.has_children.is_some(),
        Part::Capacity => profile.capacity.is_some(),
        Part::Helps => !profile.helps.is_empty(),
    }
}
