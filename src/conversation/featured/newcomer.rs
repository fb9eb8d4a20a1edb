//! The newcomer's side: saying the municipality may ask, reading a story's
//! exact text and approving or declining it, and withdrawing consent —
//! which stops what has not gone out yet and is logged.

use super::{FeaturedAction, Step};
use crate::args;
use crate::conversation::flows::{self, Screen};
use crate::conversation::turn::Turn;
use crate::conversation::{Button, EngineError, Reply};
use crate::featured::{Story, StoryStatus};
use crate::i18n::{Locale, Tr};
use crate::outbox::{NewDelivery, Origin};

fn nm(label: String, action: FeaturedAction) -> Button {
    Button::new(label, action)
}

/// A story as its person reads it: the Bokmål text that will be sent, and
/// the one in their language if there is one; with the buttons to answer
/// when it waits for an answer.
pub(super) fn story_for_person(
    tr: &Tr,
    story: &Story,
    locale: Locale,
    municipality: &str,
) -> Reply {
    let mut lines = vec![tr.msg_args("featured-ask", &args!["municipality" => municipality])];
    if let Some(nb) = story.texts.0.get(&Locale::Nb) {
        lines.push(format!("🇳🇴\n{nb}"));
    }
    if let Some(own) = story.own_language(locale) {
        lines.push(format!("🌐\n{own}"));
    }
    let others = story
        .texts
        .0
        .keys()
        .filter(|l| **l != Locale::Nb && **l != locale)
        .count();
    if others > 0 {
        lines.push(tr.msg_args("featured-ask-others", &args!["count" => others as i64]));
    }
    lines.push(tr.msg("featured-ask-question"));
    let buttons = match story.status {
        StoryStatus::Asked => vec![
            vec![nm(
                tr.msg("featured-approve"),
                FeaturedAction::Answer(story.id, true),
            )],
            vec![nm(
                tr.msg("featured-decline"),
                FeaturedAction::Answer(story.id, false),
            )],
        ],
        _ => Vec::new(),
    };
    Reply {
        text: lines.join("\n\n"),
        buttons,
        html: false,
        file: None,
    }
}

/// The question of a story waiting for an answer (its text was shown).
pub(super) fn answer_screen(turn: &Turn, id: i64) -> Screen {
    let tr = turn.tr();
    (
        tr.msg("featured-ask-question"),
        vec![
            vec![nm(
                tr.msg("featured-approve"),
                FeaturedAction::Answer(id, true),
            )],
            vec![nm(
                tr.msg("featured-decline"),
                FeaturedAction::Answer(id, false),
            )],
        ],
    )
}

/// What newcomer of the month is, and whether the municipality may ask.
pub(super) fn consent_screen(turn: &Turn) -> Screen {
    let tr = turn.tr();
    (
        tr.msg("featured-intro"),
        vec![
            vec![nm(
                tr.msg("featured-optin-button"),
                FeaturedAction::OptIn(true),
            )],
            turn.menu_row(),
        ],
    )
}

pub(super) fn withdraw_screen(turn: &Turn, id: i64) -> Screen {
    let tr = turn.tr();
    (
        tr.msg("featured-withdraw-confirm"),
        vec![
            vec![nm(
                tr.msg("featured-withdraw-yes"),
                FeaturedAction::ConfirmWithdraw(id, true),
            )],
            vec![nm(
                tr.msg("featured-withdraw-no"),
                FeaturedAction::ConfirmWithdraw(id, false),
            )],
        ],
    )
}

impl Turn<'_> {
    /// A message to the story's author, in Bokmål as staff notices are.
    fn notice_to_author(&self, story: &Story, key: &str) -> NewDelivery {
        let nb = self.app.i18n.tr(Locale::Nb);
        let text = nb.msg_args(key, &args!["story" => story.id]);
        NewDelivery {
            municipality: story.municipality.clone(),
            chat: story.author,
            source: format!("featured:{}:{key}", story.id),
            origin: Origin::Other,
            body: Reply {
                text,
                buttons: vec![vec![Button::new(
                    nb.msg("featured-open-story"),
                    FeaturedAction::Story(story.id),
                )]],
                html: false,
                file: None,
            }
            .to_body(),
            urgent: false,
            not_before: self.now,
        }
    }

    pub(super) async fn featured_newcomer(
        &mut self,
        action: FeaturedAction,
    ) -> Result<(), EngineError> {
        let Some((_, municipality)) = self.newcomer_in_municipality() else {
            return Ok(());
        };
        let store = &self.app.store;
        match action {
            FeaturedAction::Open => {}
            FeaturedAction::OptIn(yes) => {
                store
                    .set_featured_optin(self.chat, yes.then_some(municipality.as_str()), self.now)
                    .await?;
                if !yes {
                    self.note_msg("featured-optin-no");
                    self.go(flows::Step::MENU);
                    return Ok(());
                }
                self.note_msg("featured-optin-yes");
            }
            FeaturedAction::Answer(id, yes) => {
                let Some(story) = store.story_about(self.chat, id).await? else {
                    self.stale();
                    return Ok(());
                };
                let (to, key) = if yes {
                    (StoryStatus::Approved, "featured-staff-approved")
                } else {
                    (StoryStatus::Declined, "featured-staff-declined")
                };
                let notice = self.notice_to_author(&story, key);
                if !store
                    .move_story(id, &[StoryStatus::Asked], to, None, &[notice], self.now)
                    .await?
                {
                    self.stale();
                    return Ok(());
                }
                tracing::info!(
                    story = id,
                    status = to.code(),
                    "a newcomer answered a story"
                );
                self.note_msg(if yes {
                    "featured-approved"
                } else {
                    "featured-declined"
                });
            }
            FeaturedAction::Withdraw(id) => {
                match store.story_about(self.chat, id).await? {
                    Some(story) if story.status.withdrawable() => {
                        self.go(flows::Step::Featured(Step::ConfirmWithdraw(id)));
                    }
                    _ => self.stale(),
                }
                return Ok(());
            }
            FeaturedAction::ConfirmWithdraw(_, false) => self.note_msg("featured-withdraw-kept"),
            FeaturedAction::ConfirmWithdraw(id, true) => {
                if !self.withdraw_story(id).await? {
                    self.stale();
                    return Ok(());
                }
                self.note_msg("featured-withdrawn");
            }
            _ => {
                self.stale();
                return Ok(());
            }
        }
        self.show_featured().await
    }

    /// Withdraws consent to a story about this chat: its announcement's
    /// deliveries not yet sent are cancelled, the step is logged and the
    /// author told. `false` if there was nothing to withdraw.
    pub(in crate::conversation) async fn withdraw_story(
        &mut self,
        id: i64,
    ) -> Result<bool, EngineError> {
        let store = &self.app.store;
        let Some(story) = store.story_about(self.chat, id).await? else {
            return Ok(false);
        };
        if !story.status.withdrawable() {
            return Ok(false);
        }
        let notice = self.notice_to_author(&story, "featured-staff-withdrawn");
        let moved = store
            .move_story(
                id,
                &[
                    StoryStatus::Asked,
                    StoryStatus::Approved,
                    StoryStatus::Published,
                ],
                StoryStatus::Withdrawn,
                None,
                &[notice],
                self.now,
            )
            .await?;
        if moved && let Some(announcement) = story.announcement {
            let cancelled = store
                .cancel_announcement(&story.municipality, announcement, self.now)
                .await?;
            tracing::info!(
                story = id,
                announcement,
                cancelled,
                "consent to a story was withdrawn"
            );
        }
        Ok(moved)
    }

    /// Before a person's data is deleted: consent to their stories is
    /// withdrawn (their announcements stop).
    pub(in crate::conversation) async fn withdraw_all_stories(
        &mut self,
    ) -> Result<(), EngineError> {
        for story in self.app.store.stories_about(self.chat).await? {
            self.withdraw_story(story.id).await?;
        }
        Ok(())
    }

    /// The newcomer's screen: what newcomer of the month is, whether they
    /// may be asked, and their stories.
    pub(in crate::conversation) async fn show_featured(&mut self) -> Result<(), EngineError> {
        let store = &self.app.store;
        let optin = store.featured_optin_of(self.chat).await?;
        let stories = store.stories_about(self.chat).await?;
        if optin.is_none() && stories.is_empty() {
            self.go(flows::Step::Featured(Step::Consent));
            return Ok(());
        }
        let tr = self.tr();
        let mut lines = vec![tr.msg("featured-intro")];
        let mut buttons = Vec::new();
        match optin {
            Some(since) => {
                let date = crate::i18n::format_oslo_date(since);
                lines.push(tr.msg_args("featured-optin-since", &args!["date" => date]));
                buttons.push(vec![nm(
                    tr.msg("featured-optout-button"),
                    FeaturedAction::OptIn(false),
                )]);
            }
            None => {
                buttons.push(vec![nm(
                    tr.msg("featured-optin-button"),
                    FeaturedAction::OptIn(true),
                )]);
            }
        }
        let mut shown = Vec::new();
        for story in &stories {
            match story.status {
                StoryStatus::Asked => shown.push(story.clone()),
                status if status.withdrawable() => {
                    lines.push(tr.msg_args(
                        "featured-mine",
                        &args!["status" => tr.msg(status.label_key())],
                    ));
                    buttons.push(vec![nm(
                        tr.msg("featured-withdraw"),
                        FeaturedAction::Withdraw(story.id),
                    )]);
                }
                _ => {}
            }
        }
        buttons.push(self.menu_row());
        self.reply(lines.join("\n\n"), buttons);
        self.state.step = flows::Step::MENU;
        for story in shown {
            let municipality = self.municipality_name(&story.municipality);
            let reply = story_for_person(&self.tr(), &story, self.locale, &municipality);
            self.replies.push(reply);
            // "haa", "ja" or "нет" typed now answers it.
            self.state.step = flows::Step::Featured(Step::Answer(story.id));
        }
        Ok(())
    }

    /// The story's status and stories, for `/mydata`.
    pub(in crate::conversation) async fn featured_summary(
        &self,
    ) -> Result<Option<String>, EngineError> {
        let store = &self.app.store;
        let optin = store.featured_optin_of(self.chat).await?;
        let stories = store.stories_about(self.chat).await?;
        if optin.is_none() && stories.is_empty() {
            return Ok(None);
        }
        let tr = self.tr();
        let mut lines = Vec::new();
        if optin.is_some() {
            lines.push(tr.msg("mydata-featured-optin"));
        }
        for story in stories {
            lines.push(tr.msg_args(
                "mydata-featured-story",
                &args!["status" => tr.msg(story.status.label_key())],
            ));
        }
        Ok(Some(lines.join("\n")))
    }
}
