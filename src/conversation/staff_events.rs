//! Staff events: create, edit and cancel events at meeting places in a
//! guided flow (title, place, time, repetition, who it is for, description
//! per language, preview). Changing or cancelling an event tells everyone
//! waiting for a reminder. Its buttons use the code `ev`.

use async_trait::async_trait;
use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

use super::announce::{AnnounceStep, Draft};
use super::events::{TIMES_SHOWN, event_notice, event_text, when, when_short};
use super::flows::{self, Flow, Needs, Screen};
use super::turn::Turn;
use super::when::{self as words, RepeatChoice};
use super::wire::{instant, positive_id, slug};
use super::{Button, EngineError, Input};
use crate::announcements::{Audience, Texts};
use crate::args;
use crate::conversation::Reply;
use crate::events::{
    Event, EventDetails, EventStatus, LOOK_AHEAD, MAX_DESCRIPTION_CHARS, MAX_TITLE_CHARS,
    Recurrence,
};
use crate::i18n::{Locale, Tr};
use crate::newcomers::Category;
use crate::store::{NewDelivery, Origin};

/// A staff member's button while creating or managing events.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EventAction {
    /// The staff member's events.
    List,
    New,
    /// For staff of several municipalities: which one.
    Municipality(String),
    /// A meeting place from the content pack, by its id.
    Place(String),
    /// A place that is not in the content pack: type it.
    OtherPlace,
    Once,
    /// Repeat from the first time: weekly, every other week, monthly, or
    /// by a typed crontab expression.
    Repeat(RepeatChoice),
    ToggleCategory(Category),
    ToggleChildren,
    AudienceDone,
    /// Write (or rewrite) the description in this language.
    Describe(Locale),
    DescriptionsDone,
    /// Change one part of the draft from the preview.
    Change(EventPart),
    Save,
    /// Stop composing; nothing is saved.
    Abort,
    Edit(i64),
    /// Ask to cancel an event; `ConfirmCancel` cancels all of it,
    /// `CancelOne` one date of a repeating event (a start as a Unix time).
    Cancel(i64),
    ConfirmCancel(i64),
    CancelOne(i64, i64),
    /// The title in other languages.
    Titles,
    /// Write the title in this language.
    TitleIn(Locale),
    /// Start an announcement with the event's text.
    Announce(i64),
}

/// A part of an event that can be changed from the preview.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EventPart {
    Title,
    Place,
    Time,
    Audience,
    Descriptions,
}

impl EventPart {
    pub const ALL: [EventPart; 5] = [
        EventPart::Title,
        EventPart::Place,
        EventPart::Time,
        EventPart::Audience,
        EventPart::Descriptions,
    ];

    fn code(self) -> &'static str {
        match self {
            EventPart::Title => "t",
            EventPart::Place => "p",
            EventPart::Time => "w",
            EventPart::Audience => "a",
            EventPart::Descriptions => "d",
        }
    }
}

impl EventAction {
    fn encode(&self) -> String {
        match self {
            EventAction::List => "ls".into(),
            EventAction::New => "new".into(),
            EventAction::Municipality(slug) => format!("m:{slug}"),
            EventAction::Place(id) => format!("p:{id}"),
            EventAction::OtherPlace => "op".into(),
            EventAction::Once => "r1".into(),
            EventAction::Repeat(choice) => choice.encode(),
            EventAction::ToggleCategory(c) => format!("c:{}", c.code()),
            EventAction::ToggleChildren => "ch".into(),
            EventAction::AudienceDone => "ad".into(),
            EventAction::Describe(l) => format!("t:{}", l.code()),
            EventAction::DescriptionsDone => "td".into(),
            EventAction::Change(part) => format!("e:{}", part.code()),
            EventAction::Save => "ok".into(),
            EventAction::Abort => "x".into(),
            EventAction::Edit(id) => format!("ed:{id}"),
            EventAction::Cancel(id) => format!("cx:{id}"),
            EventAction::ConfirmCancel(id) => format!("cy:{id}"),
            EventAction::CancelOne(id, at) => format!("c1:{id}:{at}"),
            EventAction::Titles => "tt".into(),
            EventAction::TitleIn(l) => format!("ti:{}", l.code()),
            EventAction::Announce(id) => format!("an:{id}"),
        }
    }

    fn decode(data: &str) -> Option<EventAction> {
        let (code, value) = data.split_once(':').unwrap_or((data, ""));
        let plain = match code {
            "ls" => Some(EventAction::List),
            "new" => Some(EventAction::New),
            "op" => Some(EventAction::OtherPlace),
            "r1" => Some(EventAction::Once),
            "tt" => Some(EventAction::Titles),
            "ch" => Some(EventAction::ToggleChildren),
            "ad" => Some(EventAction::AudienceDone),
            "td" => Some(EventAction::DescriptionsDone),
            "ok" => Some(EventAction::Save),
            "x" => Some(EventAction::Abort),
            _ => None,
        };
        if plain.is_some() {
            return plain.filter(|_| value.is_empty() && !data.contains(':'));
        }
        if !data.contains(':') {
            return RepeatChoice::decode(code).map(EventAction::Repeat);
        }
        match code {
            "m" => slug(value).map(EventAction::Municipality),
            "ti" => Locale::from_code(value).map(EventAction::TitleIn),
            "c1" => value
                .split_once(':')
                .and_then(|(id, at)| Some(EventAction::CancelOne(positive_id(id)?, instant(at)?))),
            "p" => slug(value).map(EventAction::Place),
            "c" => Category::from_code(value).map(EventAction::ToggleCategory),
            "t" => Locale::from_code(value).map(EventAction::Describe),
            "e" => EventPart::ALL
                .into_iter()
                .find(|p| p.code() == value)
                .map(EventAction::Change),
            "ed" => positive_id(value).map(EventAction::Edit),
            "cx" => positive_id(value).map(EventAction::Cancel),
            "cy" => positive_id(value).map(EventAction::ConfirmCancel),
            "an" => positive_id(value).map(EventAction::Announce),
            _ => None,
        }
    }
}

/// Where a staff member is in creating or editing an event.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum EventStep {
    Municipality,
    /// Waiting for the title.
    Title,
    Place,
    /// Waiting for a place typed in.
    PlaceText,
    /// Waiting for the (first) date and time, or a repetition in words.
    Start,
    Recurrence,
    /// Waiting for a repetition in words or a crontab expression.
    Crontab,
    Audience,
    /// Waiting for the description in this language.
    Description(Locale),
    Descriptions,
    /// The title in other languages: which one to write.
    Titles,
    /// Waiting for the title in this language.
    TitleText(Locale),
    Preview,
    /// Asked to confirm cancelling this event.
    ConfirmCancel(i64),
}

/// An event being created or edited, kept until it is saved or dropped.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventDraft {
    /// The event being edited; `None` for a new one.
    #[serde(default)]
    pub editing: Option<i64>,
    pub municipality: String,
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub place: Option<String>,
    #[serde(default)]
    pub starts_at: Option<DateTime<Utc>>,
    #[serde(default)]
    pub recurrence: Option<Recurrence>,
    #[serde(default)]
    pub audience: Audience,
    #[serde(default)]
    pub descriptions: Texts,
    /// The title in other languages.
    #[serde(default)]
    pub titles: Texts,
    /// Dates of the event (when editing) that were cancelled one by one.
    #[serde(default)]
    pub skipped: Vec<DateTime<Utc>>,
    /// Set while changing one part from the preview: go back there after.
    #[serde(default)]
    pub reviewing: bool,
}

impl EventDraft {
    /// The complete event, once every required part is there.
    pub fn details(&self) -> Option<EventDetails> {
        Some(EventDetails {
            municipality: self.municipality.clone(),
            title: self.title.clone()?,
            place: self.place.clone()?,
            starts_at: self.starts_at?,
            recurrence: self.recurrence.clone()?,
            audience: self.audience.clone(),
            descriptions: Some(self.descriptions.clone())
                .filter(|d| d.0.contains_key(&Locale::Nb))?,
            titles: self.titles.clone(),
            skipped: self.skipped.clone(),
        })
    }

    pub fn from_event(id: i64, event: &EventDetails) -> EventDraft {
        EventDraft {
            editing: Some(id),
            municipality: event.municipality.clone(),
            title: Some(event.title.clone()),
            place: Some(event.place.clone()),
            starts_at: Some(event.starts_at),
            recurrence: Some(event.recurrence.clone()),
            audience: event.audience.clone(),
            descriptions: event.descriptions.clone(),
            titles: event.titles.clone(),
            skipped: event.skipped.clone(),
            reviewing: true,
        }
    }
}

pub(super) struct StaffEvents;

#[async_trait]
impl Flow for StaffEvents {
    type Action = EventAction;
    type Step = EventStep;

    const CODES: &'static [&'static str] = &["ev"];
    const STAFF: bool = true;

    fn encode(action: &EventAction) -> (&'static str, String) {
        ("ev", action.encode())
    }

    fn decode(_code: &str, value: &str) -> Option<EventAction> {
        EventAction::decode(value)
    }

    fn needs(
        input: &Input,
        action: Option<&EventAction>,
        _step: Option<EventStep>,
        _state: &super::state::State,
    ) -> Needs {
        let command = matches!(input, Input::Command { name, .. } if name == "events");
        if command || action.is_some() {
            Needs::STAFF
        } else {
            Needs::NOTHING
        }
    }

    async fn on_action(turn: &mut Turn<'_>, action: EventAction) -> Result<(), EngineError> {
        turn.event_action(action).await
    }

    /// `/events` from staff without a newcomer profile: their events.
    async fn on_command(turn: &mut Turn<'_>, name: &str, _args: &str) -> Result<bool, EngineError> {
        if name != "events" || turn.profile_complete() || turn.event_municipalities().is_empty() {
            return Ok(false);
        }
        turn.event_action(EventAction::List).await?;
        Ok(true)
    }

    async fn on_text(turn: &mut Turn<'_>, step: EventStep, text: &str) -> Result<(), EngineError> {
        if turn.event_municipalities().is_empty() {
            turn.prompt();
        } else {
            turn.event_text(step, text);
        }
        Ok(())
    }

    fn expects_button(step: EventStep) -> bool {
        !matches!(
            step,
            EventStep::Title
                | EventStep::PlaceText
                | EventStep::Start
                | EventStep::Crontab
                | EventStep::Description(_)
                | EventStep::TitleText(_)
        )
    }

    fn screen(turn: &Turn<'_>, step: EventStep) -> Screen {
        event_screen(turn, step)
    }
}

impl Turn<'_> {
    /// The municipalities this chat may run events for (the roles that may
    /// announce).
    pub(super) fn event_municipalities(&self) -> Vec<String> {
        self.announcer_municipalities()
    }

    /// An event this staff member may manage, or `None` — another
    /// municipality's event looks exactly like one that does not exist.
    async fn managed_event(&self, id: i64) -> Result<Option<Event>, EngineError> {
        for municipality in self.event_municipalities() {
            if let Some(event) = self.app.store.event(&municipality, id).await? {
                return Ok(Some(event).filter(|e| e.status == EventStatus::Active));
            }
        }
        Ok(None)
    }

    /// Handles a staff button about events.
    pub(super) async fn event_action(&mut self, action: EventAction) -> Result<(), EngineError> {
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

    fn begin_event(&mut self, municipality: String) {
        self.state.event_draft = Some(EventDraft {
            municipality,
            ..EventDraft::default()
        });
        self.go(flows::Step::Event(EventStep::Title));
    }

    /// The step after `done`: the next part while creating, or the preview
    /// when a part was changed from there.
    fn after(&self, done: EventStep) -> EventStep {
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

    async fn event_draft_action(
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
            (A::ToggleChildren, S::Audience) => {
                draft.audience.with_children = !draft.audience.with_children;
                S::Audience
            }
            (A::AudienceDone, S::Audience) => self.after(S::Audience),
            (A::Describe(locale), S::Descriptions) => S::Description(locale),
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
    pub(super) fn event_text(&mut self, step: EventStep, text: &str) {
        let now = self.now;
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
        match (step, timing) {
            (EventStep::Title, _) => draft.title = Some(text.to_owned()),
            (EventStep::PlaceText, _) => draft.place = Some(text.to_owned()),
            (EventStep::TitleText(locale), _) => {
                draft.titles.0.insert(locale, text.to_owned());
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
            }
            _ => {
                self.note_msg("use-the-buttons");
                self.prompt();
                return;
            }
        }
        let next = self.after(done);
        self.go(flows::Step::Event(next));
    }

    /// A notice to everyone waiting for one of `event`'s reminders whose
    /// source starts with `reminders` (all of them, or one date's), written
    /// for each in their language by `body`.
    async fn notices_for_reminded(
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
    fn notice_body<'d>(
        &self,
        key: &'d str,
        details: &'d EventDetails,
    ) -> impl Fn(&Tr, Locale) -> String + 'd {
        let times = details.occurrences(self.now, self.now + LOOK_AHEAD, TIMES_SHOWN);
        move |tr, locale| event_notice(tr, locale, key, details, &times)
    }

    async fn save_event(&mut self) -> Result<(), EngineError> {
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

    async fn cancel_event(&mut self, id: i64) -> Result<(), EngineError> {
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
        self.note(self.tr().msg_args(
            "event-cancelled",
            &args!["title" => event.details.title.as_str(), "count" => told],
        ));
        self.go(flows::Step::STAFF);
        Ok(())
    }

    /// Cancels one date of a repeating event: it is no longer listed, its
    /// reminders are withdrawn and those who asked for one are told.
    async fn cancel_one(&mut self, id: i64, at: i64) -> Result<(), EngineError> {
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
    fn confirm_cancel(&mut self, event: &Event) {
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
    fn announce_event(&mut self, event: &Event) {
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
            urgent: false,
            schedule: None,
            first: None,
        });
        self.note_msg("event-announce-started");
        self.go(flows::Step::Announce(AnnounceStep::Audience));
    }

    /// The staff member's upcoming events, with edit and cancel buttons.
    async fn staff_events(&mut self) -> Result<(), EngineError> {
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
        buttons.push(super::staff::home_row(self));
        self.state.step = flows::Step::STAFF;
        self.reply(lines.join("\n"), buttons);
        Ok(())
    }
}

/// The event as staff see it in the preview and after saving.
fn staff_summary(turn: &Turn, details: &EventDetails) -> String {
    let tr = turn.tr();
    let times = details.occurrences(turn.now, turn.now + LOOK_AHEAD, TIMES_SHOWN);
    let mut lines = vec![tr.msg_args(
        "event-summary-title",
        &args!["title" => details.title.as_str()],
    )];
    lines.push(format!("📍 {}", details.place));
    let times: Vec<String> = times.iter().map(|t| when(&tr, *t)).collect();
    lines.push(format!("🕕 {}", times.join(" · ")));
    lines.push(
        words::recurrence_words(&tr, &details.recurrence, details.starts_at)
            .map_or_else(|| tr.msg("event-once"), |w| format!("🔁 {w}")),
    );
    lines.push(audience_text(turn, details));
    lines.join("\n")
}

fn audience_text(turn: &Turn, details: &EventDetails) -> String {
    let tr = turn.tr();
    let mut who: Vec<String> = details
        .audience
        .categories
        .iter()
        .map(|c| tr.msg(super::announce::group_key(*c)))
        .collect();
    if who.is_empty() {
        who.push(tr.msg("announce-everyone"));
    }
    let mut text = tr.msg_args("event-for", &args!["who" => who.join(", ")]);
    if details.audience.with_children {
        text.push_str(" · ");
        text.push_str(&tr.msg("announce-children-button"));
    }
    text
}

fn event_button(label: String, action: EventAction) -> Button {
    Button::new(label, action)
}

/// The screen for a step of the event flow.
fn event_screen(turn: &Turn, step: EventStep) -> Screen {
    let tr = turn.tr();
    let abort = vec![event_button(tr.msg("announce-cancel"), EventAction::Abort)];
    if let EventStep::ConfirmCancel(id) = step {
        return (
            tr.msg_args("event-cancel-confirm", &args!["id" => id.to_string()]),
            vec![
                vec![event_button(
                    tr.msg("event-cancel-yes"),
                    EventAction::ConfirmCancel(id),
                )],
                vec![event_button(tr.msg("button-back"), EventAction::List)],
            ],
        );
    }
    let Some(draft) = &turn.state.event_draft else {
        if step == EventStep::Municipality {
            let buttons = turn
                .event_municipalities()
                .into_iter()
                .map(|slug| {
                    vec![event_button(
                        turn.municipality_display(&slug),
                        EventAction::Municipality(slug),
                    )]
                })
                .collect();
            return (tr.msg("announce-pick-municipality"), buttons);
        }
        return (
            tr.msg("stale-button"),
            super::staff::staff_home_buttons(turn),
        );
    };
    let (text, mut buttons): Screen = match step {
        EventStep::Municipality | EventStep::Title => (
            tr.msg_args(
                "event-title-prompt",
                &args!["max" => MAX_TITLE_CHARS as i64],
            ),
            Vec::new(),
        ),
        EventStep::Place => {
            let mut buttons: Vec<Vec<Button>> = turn
                .app
                .content
                .municipality(&draft.municipality)
                .map(|m| {
                    m.meeting_places
                        .iter()
                        .map(|p| {
                            vec![event_button(
                                p.name.clone(),
                                EventAction::Place(p.id.clone()),
                            )]
                        })
                        .collect()
                })
                .unwrap_or_default();
            buttons.push(vec![event_button(
                tr.msg("event-other-place"),
                EventAction::OtherPlace,
            )]);
            (tr.msg("event-place-prompt"), buttons)
        }
        EventStep::PlaceText => (
            tr.msg_args(
                "event-place-text-prompt",
                &args!["max" => MAX_TITLE_CHARS as i64],
            ),
            Vec::new(),
        ),
        EventStep::Start => (
            tr.msg_args(
                "event-start-prompt",
                &args!["example" => words::example(turn.now)],
            ),
            Vec::new(),
        ),
        EventStep::Recurrence => {
            let mut buttons = vec![vec![event_button(tr.msg("event-once"), EventAction::Once)]];
            match draft.starts_at {
                Some(first) => buttons.extend(words::repeat_buttons(&tr, first, |choice| {
                    EventAction::Repeat(choice)
                })),
                None => buttons.push(vec![event_button(
                    tr.msg("repeat-advanced"),
                    EventAction::Repeat(super::callback::RepeatChoice::Crontab),
                )]),
            }
            (tr.msg("event-recurrence-prompt"), buttons)
        }
        EventStep::Crontab => (tr.msg("repeat-prompt"), Vec::new()),
        EventStep::Titles => {
            let mut buttons = super::announce::language_buttons(
                turn,
                Locale::ALL.into_iter().filter(|l| *l != Locale::Nb),
                |l| draft.titles.0.contains_key(&l),
                EventAction::TitleIn,
            );
            buttons.push(vec![event_button(
                tr.msg("announce-continue"),
                EventAction::DescriptionsDone,
            )]);
            (
                tr.msg_args(
                    "event-titles-prompt",
                    &args!["title" => draft.title.as_deref().unwrap_or_default()],
                ),
                buttons,
            )
        }
        EventStep::TitleText(locale) => {
            let language = turn.app.i18n.tr(locale).msg("language-name");
            (
                tr.msg_args(
                    "event-title-in-prompt",
                    &args![
                        "language" => language,
                        "title" => draft.title.as_deref().unwrap_or_default(),
                        "max" => MAX_TITLE_CHARS as i64,
                    ],
                ),
                Vec::new(),
            )
        }
        EventStep::Audience => {
            let mut buttons: Vec<Vec<Button>> = Category::ALL
                .iter()
                .map(|c| {
                    vec![event_button(
                        super::turn::ticked(
                            draft.audience.categories.contains(c),
                            tr.msg(super::announce::group_key(*c)),
                        ),
                        EventAction::ToggleCategory(*c),
                    )]
                })
                .collect();
            buttons.push(vec![event_button(
                super::turn::ticked(
                    draft.audience.with_children,
                    tr.msg("announce-children-button"),
                ),
                EventAction::ToggleChildren,
            )]);
            buttons.push(vec![event_button(
                tr.msg("announce-continue"),
                EventAction::AudienceDone,
            )]);
            (tr.msg("event-audience-prompt"), buttons)
        }
        EventStep::Description(locale) => {
            let language = turn.app.i18n.tr(locale).msg("language-name");
            (
                tr.msg_args(
                    "event-description-prompt",
                    &args!["language" => language, "max" => MAX_DESCRIPTION_CHARS as i64],
                ),
                Vec::new(),
            )
        }
        EventStep::Descriptions => {
            let mut buttons = super::announce::language_buttons(
                turn,
                Locale::ALL,
                |l| draft.descriptions.0.contains_key(&l),
                EventAction::Describe,
            );
            buttons.push(vec![event_button(
                tr.msg("announce-continue"),
                EventAction::DescriptionsDone,
            )]);
            (tr.msg("event-descriptions-prompt"), buttons)
        }
        EventStep::Preview => preview(turn, draft),
        // Answered before the draft is looked at; nothing to show here.
        EventStep::ConfirmCancel(_) => (tr.msg("stale-button"), Vec::new()),
    };
    buttons.push(abort);
    (text, buttons)
}

fn preview(turn: &Turn, draft: &EventDraft) -> Screen {
    let tr = turn.tr();
    let Some(details) = draft.details() else {
        return (tr.msg("stale-button"), Vec::new());
    };
    let mut lines = vec![staff_summary(turn, &details), String::new()];
    lines.push(tr.msg("event-preview-languages"));
    for locale in Locale::ALL {
        let language = turn.app.i18n.tr(locale).msg("language-name");
        let line = match details.descriptions.for_reader(locale) {
            Some((l, text)) if l == locale => format!("• {language}: {text}"),
            Some((l, _)) => format!(
                "• {}",
                tr.msg_args(
                    "event-preview-fallback",
                    &args![
                        "language" => language,
                        "fallback" => turn.app.i18n.tr(l).msg("language-name"),
                    ],
                )
            ),
            None => continue,
        };
        lines.push(line);
    }
    let label = |part: EventPart| {
        let key = match part {
            EventPart::Title => "event-change-title",
            EventPart::Place => "event-change-place",
            EventPart::Time => "event-change-time",
            EventPart::Audience => "event-change-audience",
            EventPart::Descriptions => "event-change-descriptions",
        };
        event_button(tr.msg(key), EventAction::Change(part))
    };
    let mut buttons = vec![vec![event_button(tr.msg("event-save"), EventAction::Save)]];
    let mut parts: Vec<Button> = EventPart::ALL.into_iter().map(label).collect();
    parts.push(event_button(
        tr.msg("event-change-titles"),
        EventAction::Titles,
    ));
    buttons.extend(parts.chunks(2).map(<[Button]>::to_vec));
    (lines.join("\n"), buttons)
}

#[cfg(test)]
mod tests {
    use super::super::wire;
    use super::*;

    #[test]
    fn every_staff_event_button_round_trips_within_telegrams_limit() {
        let mut actions = vec![
            EventAction::List,
            EventAction::New,
            EventAction::Municipality("a-very-long-municipality-slug-32".into()),
            EventAction::Place("haram-folkebibliotek".into()),
            EventAction::OtherPlace,
            EventAction::Once,
            EventAction::ToggleCategory(Category::Family),
            EventAction::ToggleChildren,
            EventAction::AudienceDone,
            EventAction::Describe(Locale::Ti),
            EventAction::DescriptionsDone,
            EventAction::Save,
            EventAction::Abort,
            EventAction::Edit(7),
            EventAction::Cancel(i64::MAX),
            EventAction::ConfirmCancel(i64::MAX),
            EventAction::CancelOne(i64::MAX, 4_102_444_800),
            EventAction::Titles,
            EventAction::TitleIn(Locale::Ar),
            EventAction::Announce(7),
            EventAction::Repeat(RepeatChoice::Monthly(5)),
            EventAction::Repeat(RepeatChoice::Crontab),
            EventAction::Repeat(RepeatChoice::Weekly),
            EventAction::Repeat(RepeatChoice::EveryOtherWeek),
        ];
        actions.extend(EventPart::ALL.into_iter().map(EventAction::Change));
        wire::assert_round_trips(actions.into_iter().map(flows::Action::from));
    }

    #[test]
    fn forged_staff_event_buttons_are_refused() {
        wire::assert_refused(&[
            "1:ev:ok:1",
            "1:ev:cy:0",
            "1:ev:rm6",
            "1:ev:rm0",
            "1:ev:c1:5",
            "1:ev:ti:xx",
            "1:ev:e:z",
            "1:ev:m:Haram",
        ]);
    }
}
