//! The coordinator's side: those who said they may be asked (no names),
//! writing a story in Bokmål and translations, sending it for approval,
//! and announcing it — only once the person approved that exact text.

use super::newcomer::story_for_person;
use super::{FeaturedAction, Step};
use crate::announcements::{Audience, NewAnnouncement, Reach, Schedule, Texts};
use crate::args;
use crate::conversation::flows::{self, Screen};
use crate::conversation::staff::home_row;
use crate::conversation::turn::Turn;
use crate::conversation::{Button, EngineError};
use crate::featured::{MAX_STORY_CHARS, Story, StoryStatus};
use crate::i18n::Locale;
use crate::outbox::{NewDelivery, Origin};

fn ns(label: String, action: FeaturedAction) -> Button {
    Button::new(label, action)
}

pub(super) fn writing_screen(turn: &Turn, locale: Locale) -> Screen {
    let tr = turn.tr();
    let language = turn.app.i18n.tr(locale).msg("language-name");
    (
        tr.msg_args(
            "featured-write-prompt",
            &args!["language" => language, "max" => MAX_STORY_CHARS as i64],
        ),
        vec![home_row(turn)],
    )
}

impl Turn<'_> {
    /// A story of one of the municipalities this coordinator works for.
    async fn own_story(&self, id: i64) -> Result<Option<Story>, EngineError> {
        for municipality in crate::staff::insight_municipalities(&self.staff) {
            if let Some(story) = self.app.store.story(&municipality, id).await? {
                return Ok(Some(story));
            }
        }
        Ok(None)
    }

    pub(super) async fn featured_staff(
        &mut self,
        action: FeaturedAction,
    ) -> Result<(), EngineError> {
        let allowed = crate::staff::insight_municipalities(&self.staff);
        if allowed.is_empty() {
            self.note_msg("featured-not-allowed");
            self.prompt();
            return Ok(());
        }
        match action {
            FeaturedAction::Staff => self.featured_list(&allowed).await,
            FeaturedAction::Write(chat) => {
                let candidate = self.app.store.load_newcomer(chat).await?;
                let municipality = candidate
                    .and_then(|n| n.municipality)
                    .filter(|m| allowed.contains(m));
                let opted_in = self.app.store.featured_optin_of(chat).await?.is_some();
                let Some(municipality) = municipality.filter(|_| opted_in) else {
                    self.stale();
                    return Ok(());
                };
                let id = self
                    .app
                    .store
                    .create_story(&municipality, chat, self.chat, &Texts::default(), self.now)
                    .await?;
                self.go(flows::Step::Featured(Step::Writing(id, Locale::Nb)));
                Ok(())
            }
            FeaturedAction::Story(id) => match self.own_story(id).await? {
                Some(story) => {
                    self.show_story(&story);
                    Ok(())
                }
                None => {
                    self.stale();
                    Ok(())
                }
            },
            FeaturedAction::Text(id, locale) => {
                match self.own_story(id).await? {
                    Some(story) if story.status == StoryStatus::Draft => {
                        self.go(flows::Step::Featured(Step::Writing(id, locale)));
                    }
                    _ => self.stale(),
                }
                Ok(())
            }
            FeaturedAction::Languages(id) => {
                let tr = self.tr();
                let mut buttons: Vec<Vec<Button>> = Locale::ALL
                    .iter()
                    .filter(|l| **l != Locale::Nb)
                    .map(|l| {
                        vec![ns(
                            self.app.i18n.tr(*l).msg("language-name"),
                            FeaturedAction::Text(id, *l),
                        )]
                    })
                    .collect();
                buttons.push(vec![ns(
                    tr.msg("featured-back-to-story"),
                    FeaturedAction::Story(id),
                )]);
                self.reply(tr.msg("featured-pick-language"), buttons);
                Ok(())
            }
            FeaturedAction::Send(id) => self.send_story(id).await,
            FeaturedAction::Announce(id) => self.announce_story(id).await,
            _ => {
                self.stale();
                Ok(())
            }
        }
    }

    /// Those who may be asked, and the latest stories.
    async fn featured_list(&mut self, allowed: &[String]) -> Result<(), EngineError> {
        let tr = self.tr();
        let mut lines = vec![tr.msg("featured-staff-title")];
        let mut buttons = Vec::new();
        for municipality in allowed {
            let candidates = self.app.store.featured_candidates(municipality).await?;
            let stories = self.app.store.stories_in(municipality, 10).await?;
            lines.push(tr.msg_args(
                "featured-staff-candidates",
                &args![
                    "municipality" => self.municipality_name(municipality),
                    "count" => candidates.len() as i64,
                ],
            ));
            for (i, candidate) in candidates.iter().enumerate() {
                let who = crate::conversation::cases::who_asks(
                    self.app,
                    &tr,
                    candidate.locale,
                    candidate.category,
                    None,
                );
                let arrived = candidate.arrival.map_or_else(
                    || tr.msg("value-unanswered"),
                    |a| crate::conversation::onboarding::arrival_words(&tr, a),
                );
                let label = format!("{}. {who} · {arrived}", i + 1);
                lines.push(label.clone());
                buttons.push(vec![ns(
                    tr.msg_args("featured-write-about", &args!["n" => (i + 1) as i64]),
                    FeaturedAction::Write(candidate.chat),
                )]);
            }
            for story in stories {
                buttons.push(vec![ns(
                    tr.msg_args(
                        "featured-story-button",
                        &args!["story" => story.id, "status" => tr.msg(story.status.label_key())],
                    ),
                    FeaturedAction::Story(story.id),
                )]);
            }
        }
        lines.push(tr.msg("featured-staff-how"));
        buttons.push(home_row(self));
        self.reply(lines.join("\n\n"), buttons);
        self.state.step = flows::Step::STAFF;
        Ok(())
    }

    /// A story as its coordinator sees it, with what can be done now.
    fn show_story(&mut self, story: &Story) {
        let tr = self.tr();
        let mut lines = vec![tr.msg_args(
            "featured-story-title",
            &args!["story" => story.id, "status" => tr.msg(story.status.label_key())],
        )];
        for (locale, text) in &story.texts.0 {
            let language = self.app.i18n.tr(*locale).msg("language-name");
            lines.push(format!("— {language} —\n{text}"));
        }
        let mut buttons = Vec::new();
        match story.status {
            StoryStatus::Draft => {
                buttons.push(vec![ns(
                    tr.msg("featured-edit-nb"),
                    FeaturedAction::Text(story.id, Locale::Nb),
                )]);
                buttons.push(vec![ns(
                    tr.msg("featured-add-translation"),
                    FeaturedAction::Languages(story.id),
                )]);
                if story.texts.0.contains_key(&Locale::Nb) {
                    buttons.push(vec![ns(
                        tr.msg("featured-send"),
                        FeaturedAction::Send(story.id),
                    )]);
                }
            }
            StoryStatus::Approved => {
                buttons.push(vec![ns(
                    tr.msg("featured-announce"),
                    FeaturedAction::Announce(story.id),
                )]);
            }
            _ => {}
        }
        lines.push(tr.msg(match story.status {
            StoryStatus::Draft => "featured-story-draft-hint",
            StoryStatus::Asked => "featured-story-asked-hint",
            StoryStatus::Approved => "featured-story-approved-hint",
            _ => "featured-story-closed-hint",
        }));
        buttons.push(vec![ns(tr.msg("featured-back"), FeaturedAction::Staff)]);
        self.reply(lines.join("\n\n"), buttons);
        self.state.step = flows::Step::STAFF;
    }

    /// The text typed for a draft in `locale`.
    pub(super) async fn story_text(
        &mut self,
        id: i64,
        locale: Locale,
        text: &str,
    ) -> Result<(), EngineError> {
        let Some(text) = self.typed(text, MAX_STORY_CHARS) else {
            return Ok(());
        };
        let Some(mut story) = self.own_story(id).await? else {
            self.stale();
            return Ok(());
        };
        story.texts.0.insert(locale, text);
        if !self
            .app
            .store
            .set_story_texts(&story.municipality, id, &story.texts, self.now)
            .await?
        {
            self.stale();
            return Ok(());
        }
        self.note_msg("featured-text-saved");
        self.show_story(&story);
        Ok(())
    }

    /// Sends a draft to its person, who reads the exact text.
    async fn send_story(&mut self, id: i64) -> Result<(), EngineError> {
        let Some(story) = self.own_story(id).await? else {
            self.stale();
            return Ok(());
        };
        let Some(person) = self.app.store.load_newcomer(story.chat).await? else {
            self.stale();
            return Ok(());
        };
        if story.status != StoryStatus::Draft || !story.texts.0.contains_key(&Locale::Nb) {
            self.stale();
            return Ok(());
        }
        let asked = Story {
            status: StoryStatus::Asked,
            ..story.clone()
        };
        let tr = self.app.i18n.tr(person.locale);
        let municipality = self.municipality_name(&story.municipality);
        let reply = story_for_person(&tr, &asked, person.locale, &municipality);
        let delivery = NewDelivery {
            municipality: story.municipality.clone(),
            chat: story.chat,
            source: format!("featured:{id}:asked"),
            origin: Origin::Other,
            body: reply.to_body(),
            urgent: false,
            not_before: self
                .app
                .quiet_hours
                .map_or(self.now, |q| q.release(self.now)),
        };
        if !self
            .app
            .store
            .move_story(
                id,
                &[StoryStatus::Draft],
                StoryStatus::Asked,
                None,
                &[delivery],
                self.now,
            )
            .await?
        {
            self.stale();
            return Ok(());
        }
        tracing::info!(story = id, "a story was sent for approval");
        self.note_msg("featured-sent");
        self.show_story(&asked);
        Ok(())
    }

    /// Announces an approved story, word for word, to the municipality's
    /// newcomers and faddere.
    async fn announce_story(&mut self, id: i64) -> Result<(), EngineError> {
        let Some(story) = self.own_story(id).await? else {
            self.stale();
            return Ok(());
        };
        if story.status != StoryStatus::Approved {
            self.stale();
            return Ok(());
        }
        let announcement = NewAnnouncement {
            municipality: story.municipality.clone(),
            author: self.chat,
            audience: Audience {
                reach: Reach::Both,
                ..Audience::default()
            },
            texts: story.texts.clone(),
            urgent: false,
            schedule: Schedule::Now,
            // Written by the coordinator and read by the newcomer it is
            // about: never sent to a translator.
            machine: Default::default(),
        };
        let store = &self.app.store;
        let announcement_id = store
            .create_announcement(&announcement, Some(self.now), self.now)
            .await?;
        if !store
            .move_story(
                id,
                &[StoryStatus::Approved],
                StoryStatus::Published,
                Some(announcement_id),
                &[],
                self.now,
            )
            .await?
        {
            // Withdrawn in the meantime: the announcement must not go.
            store
                .cancel_announcement(&story.municipality, announcement_id, self.now)
                .await?;
            self.stale();
            return Ok(());
        }
        self.app.scheduler_wake.notify_one();
        tracing::info!(
            story = id,
            announcement = announcement_id,
            "a story was announced"
        );
        self.app
            .audit(
                &story.municipality,
                crate::audit::Actor::Chat(self.chat),
                crate::audit::Action::StoryPublished,
                format!("#{id} → #{announcement_id}"),
            )
            .await?;
        self.note_msg("featured-announced");
        let published = Story {
            status: StoryStatus::Published,
            announcement: Some(announcement_id),
            ..story
        };
        self.show_story(&published);
        Ok(())
    }
}
