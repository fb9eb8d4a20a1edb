//! Staff announcements: composing one (audience, texts per language,
//! urgency, schedule, a preview with the exact reach per language),
//! following up with delivery reports, and stopping a scheduled one. Every
//! step checks that the staff member may announce for the draft's
//! municipality, so nobody reaches another municipality's people. Its
//! buttons use the code `an`.

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use chrono_tz::Europe::Oslo;
use serde::{Deserialize, Serialize};

use super::flows::{Flow, Needs, Screen};
use super::turn::Turn;
use super::when::RepeatChoice;
use super::wire::{parse_yes_no, positive_id, slug, yes_no};
use super::{EngineError, Input};
use crate::announcements::{Audience, Schedule, Texts};
use crate::i18n::Locale;
use crate::newcomers::Category;

mod handling;
pub(super) mod machine;
mod screens;
pub(super) mod template;

use screens::announce_screen;
pub(super) use screens::{dynamic_keys, group_key, language_buttons};

/// A staff member's button while composing or following up announcements.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AnnounceAction {
    /// Begin a new announcement.
    New,
    /// For staff of several municipalities: which one.
    Municipality(String),
    OpenCategories,
    OpenLanguages,
    ToggleChildren,
    CycleArrival,
    /// Newcomers, newcomers and faddere, faddere only.
    CycleReach,
    AudienceDone,
    ToggleCategory(Category),
    ToggleLanguage(Locale),
    BackToAudience,
    /// Write (or rewrite) the text in this language.
    Translate(Locale),
    /// Start from a template instead of writing.
    FromTemplate,
    /// This template.
    Template(String),
    TranslationsDone,
    /// Back to the list of languages and their texts.
    OpenTranslations,
    /// Keep this language's machine translation (checked by staff).
    AcceptMachine(Locale),
    /// Drop this language's machine translation: its readers get the
    /// fallback.
    DropMachine(Locale),
    Urgent(bool),
    ScheduleNow,
    ScheduleAt,
    ScheduleRepeat,
    /// How it repeats after the first time.
    Repeat(RepeatChoice),
    Confirm,
    EditText,
    Cancel,
    Reports,
    /// Ask to stop a scheduled announcement; `ConfirmStop` does it.
    Stop(i64),
    ConfirmStop(i64),
}

impl AnnounceAction {
    fn encode(&self) -> String {
        match self {
            AnnounceAction::New => "new".into(),
            AnnounceAction::Municipality(slug) => format!("m:{slug}"),
            AnnounceAction::OpenCategories => "oc".into(),
            AnnounceAction::OpenLanguages => "ol".into(),
            AnnounceAction::ToggleChildren => "ch".into(),
            AnnounceAction::CycleArrival => "ar".into(),
            AnnounceAction::AudienceDone => "ad".into(),
            AnnounceAction::CycleReach => "reach".into(),
            AnnounceAction::ToggleCategory(c) => format!("c:{}", c.code()),
            AnnounceAction::ToggleLanguage(l) => format!("l:{}", l.code()),
            AnnounceAction::BackToAudience => "ba".into(),
            AnnounceAction::Translate(l) => format!("t:{}", l.code()),
            AnnounceAction::FromTemplate => "tpl".into(),
            AnnounceAction::Template(id) => format!("tp:{id}"),
            AnnounceAction::TranslationsDone => "td".into(),
            AnnounceAction::OpenTranslations => "tr".into(),
            AnnounceAction::AcceptMachine(l) => format!("ma:{}", l.code()),
            AnnounceAction::DropMachine(l) => format!("md:{}", l.code()),
            AnnounceAction::Urgent(b) => format!("u:{}", yes_no(*b)),
            AnnounceAction::ScheduleNow => "sn".into(),
            AnnounceAction::ScheduleAt => "sa".into(),
            AnnounceAction::ScheduleRepeat => "sr".into(),
            AnnounceAction::Repeat(choice) => choice.encode(),
            AnnounceAction::Confirm => "ok".into(),
            AnnounceAction::EditText => "et".into(),
            AnnounceAction::Cancel => "x".into(),
            AnnounceAction::Reports => "rp".into(),
            AnnounceAction::Stop(id) => format!("stop:{id}"),
            AnnounceAction::ConfirmStop(id) => format!("stopy:{id}"),
        }
    }

    fn decode(data: &str) -> Option<AnnounceAction> {
        let (code, value) = data.split_once(':').unwrap_or((data, ""));
        let plain = match code {
            "new" => Some(AnnounceAction::New),
            "oc" => Some(AnnounceAction::OpenCategories),
            "ol" => Some(AnnounceAction::OpenLanguages),
            "ch" => Some(AnnounceAction::ToggleChildren),
            "ar" => Some(AnnounceAction::CycleArrival),
            "ad" => Some(AnnounceAction::AudienceDone),
            "reach" => Some(AnnounceAction::CycleReach),
            "ba" => Some(AnnounceAction::BackToAudience),
            "td" => Some(AnnounceAction::TranslationsDone),
            "tr" => Some(AnnounceAction::OpenTranslations),
            "sn" => Some(AnnounceAction::ScheduleNow),
            "sa" => Some(AnnounceAction::ScheduleAt),
            "sr" => Some(AnnounceAction::ScheduleRepeat),
            "ok" => Some(AnnounceAction::Confirm),
            "et" => Some(AnnounceAction::EditText),
            "x" => Some(AnnounceAction::Cancel),
            "rp" => Some(AnnounceAction::Reports),
            "tpl" => Some(AnnounceAction::FromTemplate),
            _ => None,
        };
        if plain.is_some() {
            return plain.filter(|_| value.is_empty());
        }
        if !data.contains(':') {
            return RepeatChoice::decode(code).map(AnnounceAction::Repeat);
        }
        match code {
            "m" => slug(value).map(AnnounceAction::Municipality),
            "tp" => slug(value).map(AnnounceAction::Template),
            "stopy" => positive_id(value).map(AnnounceAction::ConfirmStop),
            "c" => Category::from_code(value).map(AnnounceAction::ToggleCategory),
            "l" => Locale::from_code(value).map(AnnounceAction::ToggleLanguage),
            "t" => Locale::from_code(value).map(AnnounceAction::Translate),
            "ma" => Locale::from_code(value).map(AnnounceAction::AcceptMachine),
            "md" => Locale::from_code(value).map(AnnounceAction::DropMachine),
            "u" => parse_yes_no(value).map(AnnounceAction::Urgent),
            "stop" => value
                .parse::<i64>()
                .ok()
                .filter(|id| *id > 0)
                .map(AnnounceAction::Stop),
            _ => None,
        }
    }
}

/// Where a staff member is in composing an announcement.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AnnounceStep {
    Municipality,
    Audience,
    Categories,
    Languages,
    /// Waiting for the text in this language.
    Text(Locale),
    Translations,
    /// Looking at this language's machine translation.
    Review(Locale),
    Urgency,
    Schedule,
    /// Waiting for a date and time.
    ScheduleAt,
    /// Waiting for the first time, or a repetition in words.
    ScheduleRepeat,
    /// Choosing how it repeats after [`Draft::first`].
    RepeatKind,
    /// Waiting for a crontab expression.
    ScheduleCron,
    Preview,
    /// Choosing a template.
    Templates,
    /// Typing a template's slot.
    Slot(crate::content::templates::Slot),
    /// Asked to confirm stopping this scheduled announcement.
    ConfirmStop(i64),
}

/// An announcement being composed: kept in the staff member's conversation
/// until it is sent or cancelled.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    pub municipality: String,
    #[serde(default)]
    pub audience: Audience,
    #[serde(default)]
    pub texts: Texts,
    #[serde(default)]
    pub urgent: bool,
    #[serde(default)]
    pub schedule: Option<Schedule>,
    /// The first time of a repetition still to be chosen.
    #[serde(default)]
    pub first: Option<DateTime<Utc>>,
    /// The template it is written from, and what is filled in so far.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub template: Option<TemplateFill>,
    /// The texts a translator wrote.
    #[serde(default)]
    pub machine: crate::translate::Machine,
    /// The machine translations staff looked at and kept.
    #[serde(default)]
    pub checked: std::collections::BTreeSet<Locale>,
    /// The languages staff dropped: their readers get the fallback, and
    /// they are not translated again.
    #[serde(default)]
    pub dropped: std::collections::BTreeSet<Locale>,
}

/// A template being filled in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TemplateFill {
    pub id: String,
    #[serde(default)]
    pub filled: crate::content::templates::Filled,
}

pub(super) struct Announce;

#[async_trait]
impl Flow for Announce {
    type Action = AnnounceAction;
    type Step = AnnounceStep;

    const CODES: &'static [&'static str] = &["an"];
    const STAFF: bool = true;

    fn encode(action: &AnnounceAction) -> (&'static str, String) {
        ("an", action.encode())
    }

    fn decode(_code: &str, value: &str) -> Option<AnnounceAction> {
        AnnounceAction::decode(value)
    }

    fn needs(
        input: &Input,
        action: Option<&AnnounceAction>,
        step: Option<AnnounceStep>,
        state: &super::state::State,
    ) -> Needs {
        let command = matches!(input, Input::Command { name, .. } if name == "announce");
        Needs {
            staff: command || action.is_some() || step.is_some(),
            // The preview counts the draft's audience.
            audience: state.draft.is_some(),
            ..Needs::NOTHING
        }
    }

    async fn on_action(turn: &mut Turn<'_>, action: AnnounceAction) -> Result<(), EngineError> {
        turn.announce_action(action).await
    }

    async fn on_command(turn: &mut Turn<'_>, name: &str, _args: &str) -> Result<bool, EngineError> {
        if name != "announce" || turn.staff.is_empty() {
            return Ok(false);
        }
        turn.announce_action(AnnounceAction::New).await?;
        Ok(true)
    }

    async fn on_text(
        turn: &mut Turn<'_>,
        step: AnnounceStep,
        text: &str,
    ) -> Result<(), EngineError> {
        turn.announce_text(step, text).await;
        Ok(())
    }

    fn expects_button(step: AnnounceStep) -> bool {
        !matches!(
            step,
            AnnounceStep::Text(_)
                | AnnounceStep::Slot(_)
                | AnnounceStep::ScheduleAt
                | AnnounceStep::ScheduleRepeat
                | AnnounceStep::ScheduleCron
        )
    }

    fn screen(turn: &Turn<'_>, step: AnnounceStep) -> Screen {
        announce_screen(turn, step)
    }
}

/// How much of the text the preview shows, so it always fits one message.
const PREVIEW_CHARS: usize = 1500;

/// How many announcements the reports list shows.
const REPORTS_SHOWN: i64 = 5;

fn oslo_time(t: DateTime<Utc>) -> String {
    t.with_timezone(&Oslo).format("%d.%m.%Y %H:%M").to_string()
}

#[cfg(test)]
mod tests {
    use super::super::{flows, wire};
    use super::*;

    #[test]
    fn every_announce_button_round_trips_within_telegrams_limit() {
        let mut actions = vec![
            AnnounceAction::New,
            AnnounceAction::Municipality("a-very-long-municipality-slug-32".into()),
            AnnounceAction::OpenCategories,
            AnnounceAction::OpenLanguages,
            AnnounceAction::ToggleChildren,
            AnnounceAction::CycleArrival,
            AnnounceAction::AudienceDone,
            AnnounceAction::CycleReach,
            AnnounceAction::ToggleLanguage(Locale::Prs),
            AnnounceAction::BackToAudience,
            AnnounceAction::Translate(Locale::Uk),
            AnnounceAction::FromTemplate,
            AnnounceAction::Template("international-evening".into()),
            AnnounceAction::TranslationsDone,
            AnnounceAction::OpenTranslations,
            AnnounceAction::AcceptMachine(Locale::Ti),
            AnnounceAction::DropMachine(Locale::Ar),
            AnnounceAction::Urgent(true),
            AnnounceAction::Urgent(false),
            AnnounceAction::ScheduleNow,
            AnnounceAction::ScheduleAt,
            AnnounceAction::ScheduleRepeat,
            AnnounceAction::Repeat(RepeatChoice::EveryOtherWeek),
            AnnounceAction::Repeat(RepeatChoice::Monthly(1)),
            AnnounceAction::Confirm,
            AnnounceAction::EditText,
            AnnounceAction::Cancel,
            AnnounceAction::Reports,
            AnnounceAction::Stop(i64::MAX),
            AnnounceAction::ConfirmStop(42),
        ];
        actions.extend(
            Category::ALL
                .iter()
                .map(|c| AnnounceAction::ToggleCategory(*c)),
        );
        wire::assert_round_trips(actions.into_iter().map(flows::Action::from));
    }

    #[test]
    fn forged_announce_buttons_are_refused() {
        wire::assert_refused(&[
            "1:an:ok:extra",
            "1:an:stop:-3",
            "1:an:stop:abc",
            "1:an:c:tourist",
            "1:an:stopy:-1",
            "1:an:rw:1",
            "1:an:zz",
            "1:an:m:Haram",
            "1:an:ma:xx",
            "1:an:md:",
            "1:an:tr:1",
        ]);
    }
}
