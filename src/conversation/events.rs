//! Events in the conversation. Staff create, edit and cancel them in a
//! guided flow (title, place, time, repetition, who it is for, description
//! per language, preview); newcomers list the upcoming ones with `/events`
//! and ask for a reminder. Changing or cancelling an event tells everyone
//! waiting for a reminder.

use chrono::{DateTime, Datelike, Duration, TimeZone, Timelike, Utc};
use chrono_tz::Europe::Oslo;

use super::callback::{Action, EventAction, EventPart, MenuItem};
use super::state::{Draft, EventDraft, EventStep, Step};
use super::{Button, EngineError, Turn};
use crate::announcements::{Schedule, Texts};
use crate::args;
use crate::content::Weekday;
use crate::conversation::Reply;
use crate::events::{
    self, Event, EventDetails, EventStatus, LOOK_AHEAD, MAX_DESCRIPTION_CHARS, MAX_TITLE_CHARS,
    Recurrence,
};
use crate::i18n::{Locale, Tr};
use crate::newcomers::Category;
use crate::store::NewDelivery;

type Screen = (String, Vec<Vec<Button>>);

/// How many events `/events` lists, and how many times of each.
const EVENTS_SHOWN: usize = 6;
const TIMES_SHOWN: usize = 3;
const REMIND_BUTTONS: usize = 2;

/// Reminders that would fall in the night go out at this hour the evening
/// before instead (quiet hours start at 21:00).
const LATEST_EVENING_HOUR: u32 = 20;
const EARLIEST_MORNING_HOUR: u32 = 8;

/// "tir. 01.12.2026 18:00" in the reader's language.
pub(super) fn when(tr: &Tr, at: DateTime<Utc>) -> String {
    let local = at.with_timezone(&Oslo);
    let weekday = Weekday::all()[local.weekday().num_days_from_monday() as usize];
    format!(
        "{} {}",
        tr.msg(weekday.short_key()),
        local.format("%d.%m.%Y %H:%M")
    )
}

/// "tir. 01.12 18:00": for buttons.
fn when_short(tr: &Tr, at: DateTime<Utc>) -> String {
    let local = at.with_timezone(&Oslo);
    let weekday = Weekday::all()[local.weekday().num_days_from_monday() as usize];
    format!(
        "{} {}",
        tr.msg(weekday.short_key()),
        local.format("%d.%m %H:%M")
    )
}

/// When the reminder for an occurrence goes out: three hours before, but
/// never in the night — then 20:00 the evening before.
fn reminder_at(occurrence: DateTime<Utc>, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
    let at = events::reminder_time(occurrence, now)?;
    let local = at.with_timezone(&Oslo);
    if local.hour() > LATEST_EVENING_HOUR || local.hour() < EARLIEST_MORNING_HOUR {
        let evening_day = if local.hour() < EARLIEST_MORNING_HOUR {
            local.date_naive().pred_opt()?
        } else {
            local.date_naive()
        };
        let evening = evening_day.and_hms_opt(LATEST_EVENING_HOUR, 0, 0)?;
        let evening = Oslo
            .from_local_datetime(&evening)
            .earliest()?
            .with_timezone(&Utc);
        return Some(evening.max(now));
    }
    Some(at)
}

/// The event as a newcomer reads it: title, place, times, description.
fn event_text(tr: &Tr, locale: Locale, event: &EventDetails, times: &[DateTime<Utc>]) -> String {
    let mut lines = vec![event.title.clone(), format!("📍 {}", event.place)];
    let times: Vec<String> = times.iter().map(|t| when(tr, *t)).collect();
    lines.push(format!("🕕 {}", times.join(" · ")));
    if event.recurrence != Recurrence::Once {
        lines.push(tr.msg("event-repeats"));
    }
    if let Some((_, description)) = event.descriptions.for_reader(locale) {
        lines.push(description.to_owned());
    }
    lines.join("\n")
}

/// A message for one person about an event, in their language.
fn event_notice(
    tr: &Tr,
    locale: Locale,
    key: &str,
    event: &EventDetails,
    times: &[DateTime<Utc>],
) -> String {
    format!(
        "{}\n\n{}",
        tr.msg_args(key, &args!["title" => event.title.as_str()]),
        event_text(tr, locale, event, times)
    )
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
        let event = self.app.store.event(id).await?;
        Ok(event.filter(|e| {
            e.status == EventStatus::Active && self.may_announce_for(&e.details.municipality)
        }))
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
            self.state.step = Step::Staff;
        }
        let step = match self.state.step {
            Step::Event(step) => Some(step),
            _ => None,
        };
        use EventAction as A;
        match (action, step) {
            (A::List, _) => self.staff_events().await?,
            (A::New, _) => {
                self.state.event_draft = None;
                match allowed.as_slice() {
                    [only] => self.begin_event(only.clone()),
                    _ => self.go(Step::Event(EventStep::Municipality)),
                }
            }
            (A::Municipality(slug), Some(EventStep::Municipality)) if allowed.contains(&slug) => {
                self.begin_event(slug)
            }
            (A::Abort, Some(_)) => {
                self.state.event_draft = None;
                self.note_msg("event-aborted");
                self.go(Step::Staff);
            }
            (A::Edit(id), _) => match self.managed_event(id).await? {
                Some(event) => {
                    self.state.event_draft = Some(EventDraft::from_event(id, &event.details));
                    self.go(Step::Event(EventStep::Preview));
                }
                None => self.stale(),
            },
            (A::Cancel(id), _) => match self.managed_event(id).await? {
                Some(_) => self.go(Step::Event(EventStep::ConfirmCancel(id))),
                None => self.stale(),
            },
            (A::ConfirmCancel(id), Some(EventStep::ConfirmCancel(asked))) if id == asked => {
                self.cancel_event(id).await?
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
        self.go(Step::Event(EventStep::Title));
    }

    /// The step after `done`: the next part while creating, or the preview
    /// when a part was changed from there.
    fn after(&self, done: EventStep) -> EventStep {
        let Some(draft) = &self.state.event_draft else {
            return EventStep::Preview;
        };
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
            (A::Weekly, S::Recurrence) => {
                draft.recurrence = Some(Recurrence::Weekly);
                self.after(S::Recurrence)
            }
            (A::Crontab, S::Recurrence) => S::Crontab,
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
        self.go(Step::Event(next));
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
        let parsed = match step {
            EventStep::Start => Some(Schedule::parse_at(text, now)),
            EventStep::Crontab => Some(Schedule::parse_repeat(text, now)),
            _ => None,
        };
        if let Some(Err(error)) = &parsed {
            self.note_msg(error.message_key());
            self.prompt();
            return;
        }
        let Some(draft) = self.state.event_draft.as_mut() else {
            self.stale();
            return;
        };
        match (step, parsed) {
            (EventStep::Title, _) => draft.title = Some(text.to_owned()),
            (EventStep::PlaceText, _) => draft.place = Some(text.to_owned()),
            (EventStep::Start, Some(Ok(Schedule::At(at)))) => draft.starts_at = Some(at),
            (EventStep::Crontab, Some(Ok(Schedule::Repeat(expression)))) => {
                draft.recurrence = Some(Recurrence::Cron(expression))
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
        let next = self.after(step);
        self.go(Step::Event(next));
    }

    /// Queues a notice to everyone waiting for a reminder of event `id`.
    async fn notices_for_reminded(
        &self,
        id: i64,
        details: &EventDetails,
        key: &str,
        source: &str,
    ) -> Result<Vec<NewDelivery>, EngineError> {
        let waiting = self
            .app
            .store
            .queued_recipients(&Event::reminder_prefix(id))
            .await?;
        if waiting.is_empty() {
            return Ok(Vec::new());
        }
        let newcomers = self.app.store.newcomers_in(&details.municipality).await?;
        let times = details.occurrences(self.now, self.now + LOOK_AHEAD, TIMES_SHOWN);
        Ok(newcomers
            .iter()
            .filter(|n| waiting.contains(&n.chat))
            .map(|n| {
                let tr = self.app.i18n.tr(n.locale);
                NewDelivery {
                    municipality: details.municipality.clone(),
                    chat: n.chat,
                    source: source.to_owned(),
                    body: Reply::outbox_body(event_notice(&tr, n.locale, key, details, &times)),
                    urgent: false,
                    not_before: self.now,
                }
            })
            .collect())
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
                let notices = self
                    .notices_for_reminded(id, &details, "event-changed-notice", &source)
                    .await?;
                let told = notices.len() as i64;
                store
                    .change_event(id, Some(&details), &notices, self.now)
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
        self.state.step = Step::Staff;
        let tr = self.tr();
        let buttons = vec![
            vec![Button::new(
                tr.msg("event-announce"),
                Action::Event(EventAction::Announce(id)),
            )],
            vec![Button::new(
                tr.msg("staff-events"),
                Action::Event(EventAction::List),
            )],
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
        let notices = self
            .notices_for_reminded(id, &event.details, "event-cancelled-notice", &source)
            .await?;
        let told = notices.len() as i64;
        self.app
            .store
            .change_event(id, None, &notices, self.now)
            .await?;
        tracing::info!(event = id, "event cancelled");
        self.note(self.tr().msg_args(
            "event-cancelled",
            &args!["title" => event.details.title.as_str(), "count" => told],
        ));
        self.go(Step::Staff);
        Ok(())
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
        });
        self.note_msg("event-announce-started");
        self.go(Step::Announce(super::state::AnnounceStep::Audience));
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
                        Action::Event(EventAction::Edit(event.id)),
                    ),
                    Button::new(
                        tr.msg_args("event-cancel", &args!["id" => event.id.to_string()]),
                        Action::Event(EventAction::Cancel(event.id)),
                    ),
                ]);
            }
        }
        if lines.len() == 1 {
            lines.push(tr.msg("staff-events-none"));
        }
        buttons.push(vec![Button::new(
            tr.msg("staff-new-event"),
            Action::Event(EventAction::New),
        )]);
        self.state.step = Step::Staff;
        self.reply(lines.join("\n"), buttons);
        Ok(())
    }

    // ---- newcomers ------------------------------------------------------

    /// The next events of a municipality that `keep` lets through, each
    /// with its next times, soonest first.
    async fn upcoming(
        &self,
        municipality: &str,
        keep: impl Fn(&Event) -> bool,
    ) -> Result<Vec<(Event, Vec<DateTime<Utc>>)>, EngineError> {
        let mut upcoming: Vec<(Event, Vec<DateTime<Utc>>)> = self
            .app
            .store
            .active_events(municipality)
            .await?
            .into_iter()
            .filter(|e| keep(e))
            .filter_map(|e| {
                let times = e
                    .details
                    .occurrences(self.now, self.now + LOOK_AHEAD, TIMES_SHOWN);
                (!times.is_empty()).then_some((e, times))
            })
            .collect();
        upcoming.sort_by_key(|(_, times)| times[0]);
        upcoming.truncate(EVENTS_SHOWN);
        Ok(upcoming)
    }

    /// `/events`: what is on in the person's municipality, for them.
    pub(super) async fn newcomer_events(&mut self) -> Result<(), EngineError> {
        let Some(newcomer) = self.newcomer.clone() else {
            return Ok(());
        };
        let Some(municipality) = newcomer.municipality.clone() else {
            return Ok(());
        };
        let now = self.now;
        let upcoming = self
            .upcoming(&municipality, |e| e.details.is_for(&newcomer, now))
            .await?;
        self.list_events(&municipality, &upcoming, true);
        Ok(())
    }

    /// What is on in a municipality, for someone without a profile: every
    /// event, without reminders (they need a profile to reach the person).
    pub(super) async fn public_events(&mut self, municipality: &str) -> Result<(), EngineError> {
        let upcoming = self.upcoming(municipality, |_| true).await?;
        self.list_events(municipality, &upcoming, false);
        Ok(())
    }

    fn list_events(
        &mut self,
        municipality: &str,
        upcoming: &[(Event, Vec<DateTime<Utc>>)],
        reminders: bool,
    ) {
        let tr = self.tr();
        let name = self.municipality_name(municipality);
        if upcoming.is_empty() {
            self.note(tr.msg_args("events-none", &args!["municipality" => name]));
            self.prompt();
            return;
        }
        let mut blocks = vec![tr.msg_args("events-title", &args!["municipality" => name])];
        let mut buttons = Vec::new();
        for (n, (event, times)) in upcoming.iter().enumerate() {
            let number = n + 1;
            blocks.push(format!(
                "{number}. {}",
                event_text(&tr, self.locale, &event.details, times)
            ));
            if reminders {
                let row = times
                    .iter()
                    .take(REMIND_BUTTONS)
                    .map(|t| {
                        Button::new(
                            format!("{number} · 🔔 {}", when_short(&tr, *t)),
                            Action::Remind(event.id, t.timestamp()),
                        )
                    })
                    .collect();
                buttons.push(row);
            }
        }
        blocks.push(tr.msg(if reminders {
            "events-remind-hint"
        } else {
            "events-profile-hint"
        }));
        buttons.push(vec![Button::new(
            tr.msg("button-menu"),
            Action::Menu(MenuItem::Menu),
        )]);
        self.state.step = self.home();
        self.reply(blocks.join("\n\n"), buttons);
    }

    /// "Remind me": queues a reminder for one occurrence.
    pub(super) async fn remind(&mut self, id: i64, at: i64) -> Result<(), EngineError> {
        let Some(newcomer) = self.newcomer.clone() else {
            self.stale();
            return Ok(());
        };
        let event = self.app.store.event(id).await?;
        let occurrence = DateTime::<Utc>::from_timestamp(at, 0);
        let (Some(event), Some(occurrence)) = (event, occurrence) else {
            self.stale();
            return Ok(());
        };
        let details = &event.details;
        let fits = event.status == EventStatus::Active
            && details.is_for(&newcomer, self.now)
            && details.occurs_at(occurrence);
        let Some(send_at) = reminder_at(occurrence, self.now).filter(|_| fits) else {
            let key = if event.status == EventStatus::Cancelled {
                "event-is-cancelled"
            } else {
                "event-has-started"
            };
            self.note_msg(key);
            self.prompt();
            return Ok(());
        };
        let tr = self.tr();
        let body = event_notice(&tr, self.locale, "event-reminder", details, &[occurrence]);
        let delivery = NewDelivery {
            municipality: details.municipality.clone(),
            chat: self.chat,
            source: event.reminder_source(occurrence),
            body: Reply::outbox_body(body),
            urgent: false,
            not_before: send_at,
        };
        let new = self.app.store.enqueue(&delivery, self.now).await?;
        let key = if new {
            "event-reminder-set"
        } else {
            "event-reminder-exists"
        };
        self.note(tr.msg_args(
            key,
            &args![
                "title" => details.title.as_str(),
                "event" => when(&tr, occurrence),
                "when" => when(&tr, send_at),
            ],
        ));
        self.prompt();
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
    lines.push(recurrence_text(&tr, &details.recurrence, details.starts_at));
    lines.push(audience_text(turn, details));
    lines.join("\n")
}

fn recurrence_text(tr: &Tr, recurrence: &Recurrence, starts_at: DateTime<Utc>) -> String {
    match recurrence.crontab(starts_at) {
        None => tr.msg("event-once"),
        Some(expression) => tr.msg_args("event-repeat-crontab", &args!["expression" => expression]),
    }
}

fn audience_text(turn: &Turn, details: &EventDetails) -> String {
    let tr = turn.tr();
    let mut who: Vec<String> = details
        .audience
        .categories
        .iter()
        .map(|c| tr.msg(c.label_key()))
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
    Button::new(label, Action::Event(action))
}

/// The screen for a step of the event flow.
pub(super) fn event_screen(turn: &Turn, step: EventStep) -> Screen {
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
        EventStep::Start => (tr.msg("event-start-prompt"), Vec::new()),
        EventStep::Recurrence => (
            tr.msg("event-recurrence-prompt"),
            vec![
                vec![event_button(tr.msg("event-once"), EventAction::Once)],
                vec![event_button(
                    match draft.starts_at {
                        Some(at) => tr.msg_args("event-weekly", &args!["when" => when(&tr, at)]),
                        None => tr.msg("event-repeats"),
                    },
                    EventAction::Weekly,
                )],
                vec![event_button(
                    tr.msg("announce-repeat"),
                    EventAction::Crontab,
                )],
            ],
        ),
        EventStep::Crontab => (tr.msg("announce-repeat-prompt"), Vec::new()),
        EventStep::Audience => {
            let mut buttons: Vec<Vec<Button>> = Category::ALL
                .iter()
                .map(|c| {
                    vec![event_button(
                        super::ticked(draft.audience.categories.contains(c), tr.msg(c.label_key())),
                        EventAction::ToggleCategory(*c),
                    )]
                })
                .collect();
            buttons.push(vec![event_button(
                super::ticked(
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
            let mut buttons = super::staff::language_buttons(
                turn,
                Locale::ALL,
                |l| draft.descriptions.0.contains_key(&l),
                |l| Action::Event(EventAction::Describe(l)),
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
    let parts: Vec<Button> = EventPart::ALL.into_iter().map(label).collect();
    buttons.extend(parts.chunks(2).map(<[Button]>::to_vec));
    (lines.join("\n"), buttons)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn oslo(d: u32, h: u32, min: u32) -> DateTime<Utc> {
        Oslo.with_ymd_and_hms(2026, 12, d, h, min, 0)
            .unwrap()
            .with_timezone(&Utc)
    }

    #[test]
    fn reminders_never_fall_in_the_night() {
        let now = oslo(1, 12, 0);
        // 18:00 → 15:00 the same day.
        assert_eq!(reminder_at(oslo(3, 18, 0), now), Some(oslo(3, 15, 0)));
        // 09:00 → 06:00 is night → 20:00 the evening before.
        assert_eq!(reminder_at(oslo(3, 9, 0), now), Some(oslo(2, 20, 0)));
        // 23:30 → 20:30 is fine; 00:30 → 21:30 is night → 20:00.
        assert_eq!(reminder_at(oslo(3, 23, 30), now), Some(oslo(3, 20, 30)));
        assert_eq!(reminder_at(oslo(4, 0, 30), now), Some(oslo(3, 20, 0)));
        // Asked for late at night for the morning: at once.
        let late = oslo(2, 22, 0);
        assert_eq!(reminder_at(oslo(3, 9, 0), late), Some(late));
    }
}
