//! Staff events: what a staff member's presses and texts do — drafting,
//! saving, changing and cancelling events, and telling those reminded.

use chrono::{DateTime, Duration, Utc};

use super::super::announce::{AnnounceStep, Draft};
use super::super::events::{TIMES_SHOWN, event_notice, event_text, when, when_short};
use super::super::flows;
use super::super::turn::Turn;
use super::super::when::{self as words};
use super::super::{Button, EngineError};
use crate::announcements::Texts;
use crate::args;
use crate::conversation::Reply;
use crate::events::{
    Event, EventDetails, EventStatus, LOOK_AHEAD, MAX_DESCRIPTION_CHARS, MAX_TITLE_CHARS,
    Recurrence,
};
use crate::i18n::{Locale, Tr};
use crate::store::{NewDelivery, Origin};

use super::screens::*;
use super::*;

impl Turn<'_> {
    /// The municipalities this chat may run events for (the roles that may
    /// announce).
    pub(in crate::conversation) fn event_municipalities(&self) -> Vec<String> {
        self.announcer_municipalities()
    }

    /// An event this staff member may manage, or `None` — another
    /// municipality's event looks exactly like one that does not exist.
    pub(in crate::conversation) async fn managed_event(
        &self,
        id: i64,
    ) -> Result<Option<Event>, EngineError> {
        for municipality in self.event_municipalities() {
            if let Some(event) = self.app.store.event(&municipality, id).await? {
                return Ok(Some(event).filter(|e| e.status == EventStatus::Active));
            }
        }
        Ok(None)
    }

    /// Handles a staff button about events.
    pub(in crate::conversation) async fn event_action(
        &mut self,
        action: EventAction,
    ) -> Result<(), EngineError> {
        let allowed = self.event_municipalities();
        if allowed.is_empty() {
            self.stale();
            return Ok(());
        }
        if let Some(draft) = &self.state.event_draft
            && !allowed.contains(&draft.municipality)
        {
            self.state.event_draft = None;
            self.state.step = flows::Step::STAFF;
        }
        let step = match self.state.step {
            flows::Step::Event(step) => Some(step),
            _ => None,
        };
        use EventAction as A;
        match (action, step) {
            (A::List, _) => self.staff_events().await?,
            (A::New, _) => {
                self.state.event_draft = None;
                match allowed.as_slice() {
                    [only] => self.begin_event(only.clone()),
                    _ => self.go(flows::Step::Event(EventStep::Municipality)),
                }
            }
            (A::Municipality(slug), Some(EventStep::Municipality)) if allowed.contains(&slug) => {
                self.begin_event(slug)
            }
            (A::Abort, Some(_)) => {
                self.state.event_draft = None;
                self.note_msg("event-aborted");
                self.go(flows::Step::STAFF);
            }
            (A::Edit(id), _) => match self.managed_event(id).await? {
                Some(event) => {
                    self.state.event_draft = Some(EventDraft::from_event(id, &event.details));
                    self.go(flows::Step::Event(EventStep::Preview));
                }
                None => self.stale(),
            },
            (A::Cancel(id), _) => match self.managed_event(id).await? {
                Some(event) => self.confirm_cancel(&event),
                None => self.stale(),
            },
            (A::ConfirmCancel(id), Some(EventStep::ConfirmCancel(asked))) if id == asked => {
                self.cancel_event(id).await?
            }
            (A::CancelOne(id, at), Some(EventStep::ConfirmCancel(asked))) if id == asked => {
                self.cancel_one(id, at).await?
            }
            (A::Announce(id), _) => match self.managed_event(id).await? {
                Some(event) => self.announce_event(&event),
                None => self.stale(),
            },
            (action, Some(step)) if self.state.event_draft.is_some() => {
                self.event_draft_action(action, step).await?
            }
            _ => self.stale(),
        }
        Ok(())
    }

    pub(in crate::conversation) fn begin_event(&mut self, municipality: String) {
        self.state.event_draft = Some(EventDraft {
            municipality,
            ..EventDraft::default()
        });
        self.go(flows::Step::Event(EventStep::Title));
    }

    /// The step after `done`: the next part while creating, or the preview
    /// when a part was changed from there.
    pub(in crate::conversation) fn after(&self, done: EventStep) -> EventStep {
        let Some(draft) = &self.state.event_draft else {
            return EventStep::Preview;
        };
        // Another language's title may follow.
        if let EventStep::TitleText(_) = done {
            return EventStep::Titles;
        }
        // A new time may want a new repetition too.
        if draft.reviewing && draft.details().is_some() && done != EventStep::Start {
            return EventStep::Preview;
        }
        match done {
            EventStep::Title => EventStep::Place,
            EventStep::Place | EventStep::PlaceText => EventStep::Start,
            EventStep::Start => EventStep::Recurrence,
            EventStep::Recurrence | EventStep::Crontab => EventStep::Audience,
            EventStep::Audience if !draft.descriptions.0.contains_key(&Locale::Nb) => {
                EventStep::Description(Locale::Nb)
            }
            EventStep::Audience | EventStep::Description(_) => EventStep::Descriptions,
            _ => EventStep::Preview,
        }
    }

    pub(in crate::conversation) async fn event_draft_action(
        &mut self,
        action: EventAction,
        step: EventStep,
    ) -> Result<(), EngineError> {
        use EventAction as A;
        use EventStep as S;
        let places: Vec<(String, String)> = self
            .state
            .event_draft
            .as_ref()
            .and_then(|d| self.app.content.municipality(&d.municipality))
            .map(|m| {
                m.meeting_places
                    .iter()
                    .map(|p| {
                        let name = match &p.address {
                            Some(address) => format!("{}, {address}", p.name),
                            None => p.name.clone(),
                        };
                        (p.id.clone(), name)
                    })
                    .collect()
            })
            .unwrap_or_default();
        let Some(draft) = self.state.event_draft.as_mut() else {
            self.stale();
            return Ok(());
        };
        let next = match (action, step) {
            (A::Place(id), S::Place) => match places.into_iter().find(|(p, _)| *p == id) {
                Some((_, name)) => {
                    draft.place = Some(name);
                    self.after(S::Place)
                }
                None => {
                    self.stale();
                    return Ok(());
                }
            },
            (A::OtherPlace, S::Place) => S::PlaceText,
            (A::Once, S::Recurrence) => {
                draft.recurrence = Some(Recurrence::Once);
                self.after(S::Recurrence)
            }
            (A::Repeat(choice), S::Recurrence) => match words::chosen(choice) {
                Some(recurrence) => {
                    draft.recurrence = Some(recurrence);
                    self.after(S::Recurrence)
                }
                None => S::Crontab,
            },
            (A::Titles, S::Preview) => {
                draft.reviewing = true;
                S::Titles
            }
            (A::TitleIn(locale), S::Titles) if locale != Locale::Nb => S::TitleText(locale),
            (A::DescriptionsDone, S::Titles) => S::Preview,
            (A::ToggleCategory(category), S::Audience) => {
                draft.audience.toggle_category(category);
                S::Audience
            }
            (A::CycleReach, S::Audience) => {
                draft.audience.cycle_reach();
                S::Audience
            }
            (A::ToggleChildren, S::Audience) => {
                draft.audience.with_children = !draft.audience.with_children;
                S::Audience
            }
            (A::AudienceDone, S::Audience) => self.after(S::Audience),
            (A::Describe(locale), S::Descriptions) if draft.machine_wrote(locale) => {
                S::Review(locale)
            }
            (A::Describe(locale), S::Descriptions | S::Review(_)) => S::Description(locale),
            (A::AcceptMachine(locale), S::Review(shown)) if locale == shown => {
                draft.checked.insert(locale);
                S::Descriptions
            }
            (A::DropMachine(locale), S::Review(shown)) if locale == shown => {
                for (texts, machine) in [
                    (&mut draft.titles, &mut draft.machine_titles),
                    (&mut draft.descriptions, &mut draft.machine_descriptions),
                ] {
                    if machine.remove(&locale) {
                        texts.0.remove(&locale);
                    }
                }
                draft.checked.remove(&locale);
                draft.dropped.insert(locale);
                S::Descriptions
            }
            (A::BackToDescriptions, S::Review(_)) => S::Descriptions,
            (A::FromTemplate, S::Description(Locale::Nb)) => S::Templates,
            // Back from the templates: write it after all.
            (A::Describe(Locale::Nb), S::Templates) => S::Description(Locale::Nb),
            (A::Template(id), S::Templates) => {
                self.begin_event_template(&id);
                return Ok(());
            }
            (A::DescriptionsDone, S::Descriptions) => S::Preview,
            (A::Change(part), S::Preview) => {
                draft.reviewing = true;
                match part {
                    EventPart::Title => S::Title,
                    EventPart::Place => S::Place,
                    EventPart::Time => S::Start,
                    EventPart::Audience => S::Audience,
                    EventPart::Descriptions => S::Descriptions,
                }
            }
            (A::Save, S::Preview) => {
                self.save_event().await?;
                return Ok(());
            }
            _ => {
                self.stale();
                return Ok(());
            }
        };
        self.go(flows::Step::Event(next));
        Ok(())
    }

    /// Text typed while creating an event.
    pub(in crate::conversation) async fn event_text(&mut self, step: EventStep, text: &str) {
        let now = self.now;
        if step == EventStep::TemplateContact {
            self.event_template_contact(text);
            return;
        }
        let limit = match step {
            EventStep::Description(_) => MAX_DESCRIPTION_CHARS,
            _ => MAX_TITLE_CHARS,
        };
        let Some(text) = self.typed(text, limit) else {
            return;
        };
        let text = text.as_str();
        // A time, or a whole repetition in words ("hver tirsdag kl. 18").
        let timing = match step {
            EventStep::Start if crate::when::is_repeat(text) => {
                Some(crate::when::parse_repeat(text, now).map(|(first, rule)| (first, Some(rule))))
            }
            EventStep::Start => Some(crate::when::parse_moment(text, now).map(|at| (at, None))),
            EventStep::Crontab => {
                Some(crate::when::parse_repeat(text, now).map(|(first, rule)| (first, Some(rule))))
            }
            _ => None,
        };
        let timing = match timing {
            Some(Ok(timing)) => Some(timing),
            Some(Err(error)) => {
                let message = words::error_text(&self.tr(), error, now);
                self.note(message);
                self.prompt();
                return;
            }
            None => None,
        };
        let Some(draft) = self.state.event_draft.as_mut() else {
            self.stale();
            return;
        };
        let mut done = step;
        // A new Bokmål text is translated anew.
        let translate = matches!(step, EventStep::Title | EventStep::Description(Locale::Nb));
        match (step, timing) {
            (EventStep::Title, _) => draft.title = Some(text.to_owned()),
            (EventStep::PlaceText, _) => draft.place = Some(text.to_owned()),
            (EventStep::TitleText(locale), _) => {
                draft.titles.0.insert(locale, text.to_owned());
                draft.machine_titles.remove(&locale);
                draft.dropped.remove(&locale);
            }
            (EventStep::Start, Some((at, None))) => draft.starts_at = Some(at),
            (EventStep::Start | EventStep::Crontab, Some((first, Some(rule)))) => {
                // A rule in words gives the first time too; a crontab
                // expression keeps the start already given, if any.
                let keep_start = matches!(rule, Recurrence::Cron(_)) && draft.starts_at.is_some();
                if !keep_start {
                    draft.starts_at = Some(first);
                }
                draft.recurrence = Some(rule);
                done = EventStep::Recurrence;
            }
            (EventStep::Description(locale), _) => {
                draft.descriptions.0.insert(locale, text.to_owned());
                draft.machine_descriptions.remove(&locale);
                draft.dropped.remove(&locale);
            }
            _ => {
                self.note_msg("use-the-buttons");
                self.prompt();
                return;
            }
        }
        if translate {
            self.translate_event().await;
        }
        let next = self.after(done);
        self.go(flows::Step::Event(next));
    }

    /// A notice to everyone waiting for one of `event`'s reminders whose
    /// source starts with `reminders` (all of them, or one date's), written
    /// for each in their language by `body`.
    pub(in crate::conversation) async fn notices_for_reminded(
        &self,
        event: &Event,
        reminders: &str,
        source: &str,
        body: impl Fn(&Tr, Locale) -> String,
    ) -> Result<Vec<NewDelivery>, EngineError> {
        let municipality = &event.details.municipality;
        let waiting = self
            .app
            .store
            .reminded(municipality, event.id, reminders)
            .await?;
        Ok(waiting
            .into_iter()
            .map(|(chat, locale)| NewDelivery {
                municipality: municipality.clone(),
                chat,
                source: source.to_owned(),
                origin: Origin::Event(event.id),
                body: Reply::outbox_body(body(&self.app.i18n.tr(locale), locale)),
                urgent: false,
                not_before: self.now,
            })
            .collect())
    }

    /// The notice about a whole event, changed or cancelled.
    pub(in crate::conversation) fn notice_body<'d>(
        &self,
        key: &'d str,
        details: &'d EventDetails,
    ) -> impl Fn(&Tr, Locale) -> String + 'd {
        let times = details.occurrences(self.now, self.now + LOOK_AHEAD, TIMES_SHOWN);
        move |tr, locale| event_notice(tr, locale, key, details, &times)
    }

    pub(in crate::conversation) async fn save_event(&mut self) -> Result<(), EngineError> {
        let Some(draft) = self.state.event_draft.clone() else {
            self.stale();
            return Ok(());
        };
        let Some(details) = draft.details() else {
            self.stale();
            return Ok(());
        };
        let store = &self.app.store;
        let id = match draft.editing {
            Some(id) => {
                let Some(event) = self.managed_event(id).await? else {
                    self.stale();
                    return Ok(());
                };
                let source = event.notice_source(true, self.now);
                let prefix = Event::reminder_prefix(id);
                let notices = self
                    .notices_for_reminded(
                        &event,
                        &prefix,
                        &source,
                        self.notice_body("event-changed-notice", &details),
                    )
                    .await?;
                let told = notices.len() as i64;
                store
                    .change_event(
                        &event.details.municipality,
                        id,
                        Some(&details),
                        &prefix,
                        &notices,
                        self.now,
                    )
                    .await?;
                self.note(self.tr().msg_args("event-updated", &args!["count" => told]));
                id
            }
            None => {
                let id = store.create_event(&details, self.now).await?;
                self.note_msg("event-saved");
                id
            }
        };
        tracing::info!(event = id, municipality = %details.municipality, "event saved");
        let action = if draft.editing.is_some() {
            crate::audit::Action::EventChanged
        } else {
            crate::audit::Action::EventCreated
        };
        self.app
            .audit(
                &details.municipality,
                crate::audit::Actor::Chat(self.chat),
                action,
                format!("#{id}"),
            )
            .await?;
        self.state.event_draft = None;
        self.state.step = flows::Step::STAFF;
        let tr = self.tr();
        let buttons = vec![
            vec![Button::new(
                tr.msg("event-announce"),
                EventAction::Announce(id),
            )],
            vec![Button::new(tr.msg("staff-events"), EventAction::List)],
        ];
        let summary = staff_summary(self, &details);
        self.reply(summary, buttons);
        Ok(())
    }

    pub(in crate::conversation) async fn cancel_event(
        &mut self,
        id: i64,
    ) -> Result<(), EngineError> {
        let Some(event) = self.managed_event(id).await? else {
            self.stale();
            return Ok(());
        };
        let source = event.notice_source(false, self.now);
        let prefix = Event::reminder_prefix(id);
        let notices = self
            .notices_for_reminded(
                &event,
                &prefix,
                &source,
                self.notice_body("event-cancelled-notice", &event.details),
            )
            .await?;
        let told = notices.len() as i64;
        self.app
            .store
            .change_event(
                &event.details.municipality,
                id,
                None,
                &prefix,
                &notices,
                self.now,
            )
            .await?;
        tracing::info!(event = id, "event cancelled");
        self.app
            .audit(
                &event.details.municipality,
                crate::audit::Actor::Chat(self.chat),
                crate::audit::Action::EventCancelled,
                format!("#{id}"),
            )
            .await?;
        self.note(self.tr().msg_args(
            "event-cancelled",
            &args!["title" => event.details.title.as_str(), "count" => told],
        ));
        self.go(flows::Step::STAFF);
        Ok(())
    }

    /// Cancels one date of a repeating event: it is no longer listed, its
    /// reminders are withdrawn and those who asked for one are told.
    pub(in crate::conversation) async fn cancel_one(
        &mut self,
        id: i64,
        at: i64,
    ) -> Result<(), EngineError> {
        let occurrence = DateTime::<Utc>::from_timestamp(at, 0);
        let event = self.managed_event(id).await?;
        let (Some(event), Some(occurrence)) = (event, occurrence) else {
            self.stale();
            return Ok(());
        };
        if occurrence <= self.now || !event.details.occurs_at(occurrence) {
            self.stale();
            return Ok(());
        }
        let mut details = event.details.clone();
        details.skipped.push(occurrence);
        let reminders = event.reminder_source(occurrence);
        let notices = self
            .notices_for_reminded(
                &event,
                &reminders,
                &event.skipped_source(occurrence),
                |tr, locale| {
                    tr.msg_args(
                        "event-date-cancelled-notice",
                        &args![
                            "title" => event.details.title_for(locale),
                            "when" => when(tr, occurrence),
                            "place" => event.details.place.as_str(),
                        ],
                    )
                },
            )
            .await?;
        let told = notices.len() as i64;
        self.app
            .store
            .change_event(
                &details.municipality,
                id,
                Some(&details),
                &reminders,
                &notices,
                self.now,
            )
            .await?;
        tracing::info!(event = id, "one date of an event cancelled");
        self.app
            .audit(
                &details.municipality,
                crate::audit::Actor::Chat(self.chat),
                crate::audit::Action::EventChanged,
                format!("#{id}"),
            )
            .await?;
        self.note(self.tr().msg_args(
            "event-date-cancelled",
            &args![
                "title" => event.details.title.as_str(),
                "when" => when(&self.tr(), occurrence),
                "count" => told,
            ],
        ));
        self.go(flows::Step::STAFF);
        Ok(())
    }

    /// Asks to confirm cancelling an event; a repeating one can lose one
    /// of its next dates instead of all of them.
    pub(in crate::conversation) fn confirm_cancel(&mut self, event: &Event) {
        self.state.step = flows::Step::Event(EventStep::ConfirmCancel(event.id));
        let tr = self.tr();
        let details = &event.details;
        let mut buttons = Vec::new();
        let key = if details.recurrence == Recurrence::Once {
            buttons.push(vec![event_button(
                tr.msg("event-cancel-yes"),
                EventAction::ConfirmCancel(event.id),
            )]);
            "event-cancel-confirm"
        } else {
            for at in details.occurrences(self.now, self.now + LOOK_AHEAD, TIMES_SHOWN) {
                buttons.push(vec![event_button(
                    tr.msg_args("event-cancel-date", &args!["when" => when_short(&tr, at)]),
                    EventAction::CancelOne(event.id, at.timestamp()),
                )]);
            }
            buttons.push(vec![event_button(
                tr.msg("event-cancel-series"),
                EventAction::ConfirmCancel(event.id),
            )]);
            "event-cancel-repeating"
        };
        buttons.push(vec![event_button(tr.msg("button-back"), EventAction::List)]);
        let text = tr.msg_args(
            key,
            &args!["id" => event.id.to_string(), "title" => details.title.as_str()],
        );
        self.reply(text, buttons);
    }

    /// Starts an announcement whose text is the event, in every language it
    /// has a description in.
    pub(in crate::conversation) fn announce_event(&mut self, event: &Event) {
        let details = &event.details;
        let times = details.occurrences(self.now, self.now + LOOK_AHEAD, TIMES_SHOWN);
        let texts = details
            .descriptions
            .0
            .keys()
            .map(|locale| {
                let tr = self.app.i18n.tr(*locale);
                (*locale, event_text(&tr, *locale, details, &times))
            })
            .collect();
        self.state.draft = Some(Draft {
            municipality: details.municipality.clone(),
            audience: details.audience.clone(),
            texts: Texts(texts),
            // The languages a translator wrote stay marked.
            machine: crate::translate::Machine {
                provider: details.machine.provider.clone(),
                languages: details
                    .machine
                    .languages
                    .iter()
                    .filter(|l| details.descriptions.0.contains_key(l))
                    .copied()
                    .collect(),
            },
            ..Draft::default()
        });
        self.note_msg("event-announce-started");
        self.go(flows::Step::Announce(AnnounceStep::Audience));
    }

    /// The staff member's upcoming events, with edit and cancel buttons.
    pub(in crate::conversation) async fn staff_events(&mut self) -> Result<(), EngineError> {
        let tr = self.tr();
        let mut lines = vec![tr.msg("staff-events-title")];
        let mut buttons = Vec::new();
        for municipality in self.event_municipalities() {
            for event in self.app.store.active_events(&municipality).await? {
                let next = event
                    .details
                    .occurrences(self.now, self.now + Duration::days(366), 1);
                let Some(next) = next.first() else {
                    continue;
                };
                lines.push(format!(
                    "#{} {} · {} · {}",
                    event.id,
                    event.details.title,
                    event.details.place,
                    when(&tr, *next)
                ));
                buttons.push(vec![
                    Button::new(
                        tr.msg_args("event-edit", &args!["id" => event.id.to_string()]),
                        EventAction::Edit(event.id),
                    ),
                    Button::new(
                        tr.msg_args("event-cancel", &args!["id" => event.id.to_string()]),
                        EventAction::Cancel(event.id),
                    ),
                ]);
            }
        }
        if lines.len() == 1 {
            lines.push(tr.msg("staff-events-none"));
        }
        buttons.push(vec![Button::new(
            tr.msg("staff-new-event"),
            EventAction::New,
        )]);
        buttons.push(super::super::staff::home_row(self));
        self.state.step = flows::Step::STAFF;
        self.reply(lines.join("\n"), buttons);
        Ok(())
    }
}
