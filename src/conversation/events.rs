//! What is on: `/events` lists the next month's events of a newcomer's
//! municipality, in their language, with a 🔔 button per time; anyone
//! without a profile can read a municipality's public list. Its buttons use
//! the codes `rm` and `ei`.

use async_trait::async_trait;
use chrono::{DateTime, Datelike, Utc};
use chrono_tz::Europe::Oslo;

use super::flows::{Flow, Screen};
use super::home::MenuItem;
use super::turn::Turn;
use super::when as words;
use super::wire::{instant, positive_id, slug};
use super::{Button, EngineError};
use crate::args;
use crate::content::Weekday;
use crate::conversation::Reply;
use crate::events::{self, Event, EventDetails, EventStatus, LOOK_AHEAD};
use crate::i18n::{Locale, Tr};
use crate::store::{NewDelivery, Origin};

/// How many events `/events` lists, and how many times of each.
const EVENTS_SHOWN: usize = 6;

pub(super) const TIMES_SHOWN: usize = 3;

const REMIND_BUTTONS: usize = 2;

/// A button of the events list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EventsAction {
    /// Remind me of this event's occurrence (event id, start as a Unix time).
    Remind(i64, i64),
    /// The events of a municipality, for someone without a profile.
    In(String),
}

/// Events are read from the menu: no steps of their own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Step {}

pub(super) struct Events;

#[async_trait]
impl Flow for Events {
    type Action = EventsAction;
    type Step = Step;

    const CODES: &'static [&'static str] = &["rm", "ei"];

    fn encode(action: &EventsAction) -> (&'static str, String) {
        match action {
            EventsAction::Remind(id, at) => ("rm", format!("{id}:{at}")),
            EventsAction::In(slug) => ("ei", slug.clone()),
        }
    }

    fn decode(code: &str, value: &str) -> Option<EventsAction> {
        match code {
            "rm" => value
                .split_once(':')
                .and_then(|(id, at)| Some(EventsAction::Remind(positive_id(id)?, instant(at)?))),
            "ei" => slug(value).map(EventsAction::In),
            _ => None,
        }
    }

    async fn on_action(turn: &mut Turn<'_>, action: EventsAction) -> Result<(), EngineError> {
        match action {
            EventsAction::Remind(id, at) if turn.profile_complete() => turn.remind(id, at).await?,
            EventsAction::In(slug) if turn.app.content.municipality(&slug).is_some() => {
                turn.public_events(&slug).await?
            }
            _ => turn.stale(),
        }
        Ok(())
    }

    fn screen(_turn: &Turn<'_>, step: Step) -> Screen {
        match step {}
    }
}

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
pub(super) fn when_short(tr: &Tr, at: DateTime<Utc>) -> String {
    let local = at.with_timezone(&Oslo);
    let weekday = Weekday::all()[local.weekday().num_days_from_monday() as usize];
    format!(
        "{} {}",
        tr.msg(weekday.short_key()),
        local.format("%d.%m %H:%M")
    )
}

/// The event as a newcomer reads it: title, place, times, how it repeats,
/// description — in their language as far as staff wrote it.
pub(super) fn event_text(
    tr: &Tr,
    locale: Locale,
    event: &EventDetails,
    times: &[DateTime<Utc>],
) -> String {
    let mut lines = vec![
        event.title_for(locale).to_owned(),
        format!("📍 {}", event.place),
    ];
    let times: Vec<String> = times.iter().map(|t| when(tr, *t)).collect();
    lines.push(format!("🕕 {}", times.join(" · ")));
    if let Some(words) = words::recurrence_words(tr, &event.recurrence, event.starts_at) {
        lines.push(format!("🔁 {words}"));
    }
    if let Some((_, description)) = event.descriptions.for_reader(locale) {
        lines.push(description.to_owned());
    }
    if event.machine_for(locale) {
        lines.push(tr.msg_args(
            "machine-translated",
            &args!["provider" => event.machine.provider.as_str()],
        ));
    }
    lines.join("\n")
}

/// The button to an event's Norwegian original, for a reader of a machine
/// translation.
fn original_button(id: i64, label: String) -> Button {
    Button {
        label,
        data: crate::translate::Original::Event(id).callback_data(),
    }
}

/// A message for one person about an event, in their language.
pub(super) fn event_notice(
    tr: &Tr,
    locale: Locale,
    key: &str,
    event: &EventDetails,
    times: &[DateTime<Utc>],
) -> String {
    format!(
        "{}\n\n{}",
        tr.msg_args(key, &args!["title" => event.title_for(locale)]),
        event_text(tr, locale, event, times)
    )
}

/// The next events of a municipality that `keep` lets through, each with
/// its next times, soonest first (at most [`EVENTS_SHOWN`]).
pub(super) async fn upcoming(
    app: &crate::context::AppState,
    municipality: &str,
    now: DateTime<Utc>,
    keep: impl Fn(&Event) -> bool,
) -> Result<Vec<(Event, Vec<DateTime<Utc>>)>, EngineError> {
    let mut upcoming: Vec<(Event, Vec<DateTime<Utc>>)> = app
        .store
        .active_events(municipality)
        .await?
        .into_iter()
        .filter(|e| keep(e))
        .filter_map(|e| {
            let times = e.details.occurrences(now, now + LOOK_AHEAD, TIMES_SHOWN);
            (!times.is_empty()).then_some((e, times))
        })
        .collect();
    upcoming.sort_by_key(|(_, times)| times[0]);
    upcoming.truncate(EVENTS_SHOWN);
    Ok(upcoming)
}

impl Turn<'_> {
    /// The next events of a municipality that `keep` lets through, each
    /// with its next times, soonest first.
    pub(super) async fn upcoming(
        &self,
        municipality: &str,
        keep: impl Fn(&Event) -> bool,
    ) -> Result<Vec<(Event, Vec<DateTime<Utc>>)>, EngineError> {
        upcoming(self.app, municipality, self.now, keep).await
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
            if event.details.machine_for(self.locale) {
                let label = format!("{number} · {}", tr.msg("machine-original-button"));
                buttons.push(vec![original_button(event.id, label)]);
            }
            if reminders {
                let row = times
                    .iter()
                    .take(REMIND_BUTTONS)
                    .map(|t| {
                        Button::new(
                            format!("{number} · 🔔 {}", when_short(&tr, *t)),
                            EventsAction::Remind(event.id, t.timestamp()),
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
        buttons.push(vec![Button::new(tr.msg("button-menu"), MenuItem::Menu)]);
        self.state.step = self.home();
        self.reply(blocks.join("\n\n"), buttons);
    }

    /// "Remind me": queues a reminder for one occurrence.
    pub(super) async fn remind(&mut self, id: i64, at: i64) -> Result<(), EngineError> {
        let Some(newcomer) = self.newcomer.clone() else {
            self.stale();
            return Ok(());
        };
        // Only events of the newcomer's own municipality are theirs to ask
        // reminders for; another's looks like one that does not exist.
        let event = match newcomer.municipality.as_deref() {
            Some(municipality) => self.app.store.event(municipality, id).await?,
            None => None,
        };
        let occurrence = DateTime::<Utc>::from_timestamp(at, 0);
        let (Some(event), Some(occurrence)) = (event, occurrence) else {
            self.stale();
            return Ok(());
        };
        let details = &event.details;
        let fits = event.status == EventStatus::Active
            && details.is_for(&newcomer, self.now)
            && details.occurs_at(occurrence);
        let send_at = events::reminder_time(occurrence, self.now, self.app.quiet_hours);
        let Some(send_at) = send_at.filter(|_| fits) else {
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
        let mut reminder = Reply::plain(event_notice(
            &tr,
            self.locale,
            "event-reminder",
            details,
            &[occurrence],
        ));
        if details.machine_for(self.locale) {
            reminder.buttons.push(vec![original_button(
                event.id,
                tr.msg("machine-original-button"),
            )]);
        }
        let delivery = NewDelivery {
            municipality: details.municipality.clone(),
            chat: self.chat,
            source: event.reminder_source(occurrence),
            origin: Origin::Event(event.id),
            body: reminder.to_body(),
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

#[cfg(test)]
mod tests {
    use super::super::{flows, wire};
    use super::*;

    #[test]
    fn every_events_button_round_trips_within_telegrams_limit() {
        wire::assert_round_trips(
            [
                EventsAction::Remind(i64::MAX, 4_102_444_800),
                EventsAction::In("vestvagoy".into()),
            ]
            .into_iter()
            .map(flows::Action::from),
        );
    }

    #[test]
    fn forged_events_buttons_are_refused() {
        wire::assert_refused(&["1:rm:5", "1:rm:5:-1", "1:rm:x:5", "1:rm:0:5", "1:ei:../x"]);
    }
}
