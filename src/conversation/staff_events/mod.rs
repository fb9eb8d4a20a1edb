//! Staff events: create, edit and cancel events at meeting places in a
//! guided flow (title, place, time, repetition, who it is for, description
//! per language, preview). Changing or cancelling an event tells everyone
//! waiting for a reminder. Its buttons use the code `ev`.

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::flows::{Flow, Needs, Screen};
use super::turn::Turn;
use super::when::RepeatChoice;
use super::wire::{instant, positive_id, slug};
use super::{EngineError, Input};
use crate::announcements::{Audience, Texts};
use crate::events::{EventDetails, Recurrence};
use crate::i18n::Locale;
use crate::newcomers::Category;

mod handling;
mod machine;
mod screens;
mod template;

use screens::event_screen;

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
    /// Newcomers, newcomers and faddere, faddere only.
    CycleReach,
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
    /// Keep this language's machine translation (checked by staff).
    AcceptMachine(Locale),
    /// Drop this language's machine translation: its readers get the
    /// fallback.
    DropMachine(Locale),
    /// Back to the descriptions per language.
    BackToDescriptions,
    /// Write the descriptions from a template instead.
    FromTemplate,
    /// This template.
    Template(String),
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
            EventAction::CycleReach => "reach".into(),
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
            EventAction::AcceptMachine(l) => format!("ma:{}", l.code()),
            EventAction::DropMachine(l) => format!("md:{}", l.code()),
            EventAction::BackToDescriptions => "bd".into(),
            EventAction::FromTemplate => "tpl".into(),
            EventAction::Template(id) => format!("tp:{id}"),
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
            "reach" => Some(EventAction::CycleReach),
            "ad" => Some(EventAction::AudienceDone),
            "td" => Some(EventAction::DescriptionsDone),
            "ok" => Some(EventAction::Save),
            "x" => Some(EventAction::Abort),
            "bd" => Some(EventAction::BackToDescriptions),
            "tpl" => Some(EventAction::FromTemplate),
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
            "tp" => slug(value).map(EventAction::Template),
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
            "ma" => Locale::from_code(value).map(EventAction::AcceptMachine),
            "md" => Locale::from_code(value).map(EventAction::DropMachine),
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
    /// Looking at this language's machine translation.
    Review(Locale),
    /// Choosing a template for the descriptions.
    Templates,
    /// Typing the contact a template asks for.
    TemplateContact,
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
    /// The translator of the machine-made texts.
    #[serde(default)]
    pub provider: String,
    /// The languages whose title a translator wrote.
    #[serde(default)]
    pub machine_titles: std::collections::BTreeSet<Locale>,
    /// The languages whose description a translator wrote.
    #[serde(default)]
    pub machine_descriptions: std::collections::BTreeSet<Locale>,
    /// The machine translations staff looked at and kept.
    #[serde(default)]
    pub checked: std::collections::BTreeSet<Locale>,
    /// The languages staff dropped: not translated again.
    #[serde(default)]
    pub dropped: std::collections::BTreeSet<Locale>,
    /// The template chosen, while its contact is asked for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub template: Option<String>,
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
            machine: self.machine(),
        })
    }

    /// Whether a translator wrote this language's title or description.
    pub fn machine_wrote(&self, locale: Locale) -> bool {
        self.machine_titles.contains(&locale) || self.machine_descriptions.contains(&locale)
    }

    /// The languages a translator wrote something in.
    pub fn machine(&self) -> crate::translate::Machine {
        let languages: std::collections::BTreeSet<Locale> = self
            .machine_titles
            .union(&self.machine_descriptions)
            .copied()
            .collect();
        crate::translate::Machine {
            provider: if languages.is_empty() {
                String::new()
            } else {
                self.provider.clone()
            },
            languages,
        }
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
            provider: event.machine.provider.clone(),
            machine_titles: event
                .machine
                .languages
                .iter()
                .filter(|l| event.titles.0.contains_key(l))
                .copied()
                .collect(),
            machine_descriptions: event
                .machine
                .languages
                .iter()
                .filter(|l| event.descriptions.0.contains_key(l))
                .copied()
                .collect(),
            checked: Default::default(),
            dropped: Default::default(),
            template: None,
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
        step: Option<EventStep>,
        state: &super::state::State,
    ) -> Needs {
        let command = matches!(input, Input::Command { name, .. } if name == "events");
        Needs {
            staff: command || action.is_some() || step.is_some(),
            // Machine translation goes to the languages the event reaches.
            audience: state.event_draft.is_some() && step.is_some(),
            ..Needs::NOTHING
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
            turn.event_text(step, text).await;
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
                | EventStep::TemplateContact
        )
    }

    fn screen(turn: &Turn<'_>, step: EventStep) -> Screen {
        event_screen(turn, step)
    }
}

#[cfg(test)]
mod tests {
    use super::super::{flows, wire};
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
            EventAction::CycleReach,
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
            EventAction::AcceptMachine(Locale::Prs),
            EventAction::DropMachine(Locale::So),
            EventAction::BackToDescriptions,
            EventAction::FromTemplate,
            EventAction::Template("a-template-id-of-32-characters-x".into()),
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
            "1:ev:ma:nope",
            "1:ev:bd:1",
        ]);
    }
}
