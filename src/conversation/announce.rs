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

use super::flows::{self, Flow, Needs, Screen};
use super::turn::{Turn, ticked};
use super::when::{self as words, RepeatChoice};
use super::wire::{parse_yes_no, positive_id, slug, yes_no};
use super::{Button, EngineError, Input};
use crate::announcements::{
    self, Announcement, AnnouncementStatus, Audience, MAX_TEXT_CHARS, NewAnnouncement, Schedule,
    Texts, headline,
};
use crate::args;
use crate::i18n::Locale;
use crate::newcomers::{Category, YearMonth};
use crate::store::DeliveryStatus;

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
    AudienceDone,
    ToggleCategory(Category),
    ToggleLanguage(Locale),
    BackToAudience,
    /// Write (or rewrite) the text in this language.
    Translate(Locale),
    TranslationsDone,
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
            AnnounceAction::ToggleCategory(c) => format!("c:{}", c.code()),
            AnnounceAction::ToggleLanguage(l) => format!("l:{}", l.code()),
            AnnounceAction::BackToAudience => "ba".into(),
            AnnounceAction::Translate(l) => format!("t:{}", l.code()),
            AnnounceAction::TranslationsDone => "td".into(),
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
            "ba" => Some(AnnounceAction::BackToAudience),
            "td" => Some(AnnounceAction::TranslationsDone),
            "sn" => Some(AnnounceAction::ScheduleNow),
            "sa" => Some(AnnounceAction::ScheduleAt),
            "sr" => Some(AnnounceAction::ScheduleRepeat),
            "ok" => Some(AnnounceAction::Confirm),
            "et" => Some(AnnounceAction::EditText),
            "x" => Some(AnnounceAction::Cancel),
            "rp" => Some(AnnounceAction::Reports),
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
            "stopy" => positive_id(value).map(AnnounceAction::ConfirmStop),
            "c" => Category::from_code(value).map(AnnounceAction::ToggleCategory),
            "l" => Locale::from_code(value).map(AnnounceAction::ToggleLanguage),
            "t" => Locale::from_code(value).map(AnnounceAction::Translate),
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
    /// Asked to confirm stopping this scheduled announcement.
    ConfirmStop(i64),
}

/// An announcement being composed: kept in the staff member's conversation
/// until it is sent or cancelled.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
        turn.announce_text(step, text);
        Ok(())
    }

    fn expects_button(step: AnnounceStep) -> bool {
        !matches!(
            step,
            AnnounceStep::Text(_)
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

impl Turn<'_> {
    /// Handles a staff button. Anything that does not fit the current step,
    /// or that this staff member may not do, is stale.
    pub(super) async fn announce_action(
        &mut self,
        action: AnnounceAction,
    ) -> Result<(), EngineError> {
        let allowed = self.announcer_municipalities();
        if self.staff.is_empty() || (allowed.is_empty() && action != AnnounceAction::Reports) {
            self.stale();
            return Ok(());
        }
        let step = match self.state.step {
            flows::Step::Announce(step) => Some(step),
            _ => None,
        };
        // The draft must still belong to a municipality this person serves.
        if let Some(draft) = &self.state.draft
            && !self.may_announce_for(&draft.municipality)
        {
            self.state.draft = None;
            self.state.step = flows::Step::STAFF;
        }
        let has_draft = self.state.draft.is_some();
        use AnnounceAction as A;
        use AnnounceStep as S;
        match (action, step) {
            (A::New, _) => {
                self.state.draft = None;
                match allowed.as_slice() {
                    [only] => self.begin_draft(only.clone()),
                    _ => self.go(flows::Step::Announce(S::Municipality)),
                }
            }
            (A::Municipality(slug), Some(S::Municipality)) if allowed.contains(&slug) => {
                self.begin_draft(slug)
            }
            (A::Reports, _) => self.show_reports().await?,
            (A::Stop(id), _) => self.ask_stop(id).await?,
            (A::ConfirmStop(id), Some(S::ConfirmStop(asked))) if id == asked => {
                self.stop_announcement(id).await?
            }
            (A::Cancel, Some(_)) => {
                self.state.draft = None;
                self.note_msg("announce-cancelled");
                self.go(flows::Step::STAFF);
            }
            (action, Some(step)) if has_draft => self.draft_action(action, step).await?,
            _ => self.stale(),
        }
        Ok(())
    }

    fn begin_draft(&mut self, municipality: String) {
        self.state.draft = Some(Draft {
            municipality,
            audience: Default::default(),
            texts: Default::default(),
            urgent: false,
            schedule: None,
            first: None,
        });
        self.go(flows::Step::Announce(AnnounceStep::Audience));
    }

    async fn draft_action(
        &mut self,
        action: AnnounceAction,
        step: AnnounceStep,
    ) -> Result<(), EngineError> {
        use AnnounceAction as A;
        use AnnounceStep as S;
        let Some(draft) = self.state.draft.as_mut() else {
            self.stale();
            return Ok(());
        };
        let next = match (action, step) {
            (A::OpenCategories, S::Audience) => S::Categories,
            (A::OpenLanguages, S::Audience) => S::Languages,
            (A::ToggleChildren, S::Audience) => {
                draft.audience.with_children = !draft.audience.with_children;
                S::Audience
            }
            (A::CycleArrival, S::Audience) => {
                draft.audience.cycle_arrival_window();
                S::Audience
            }
            (A::ToggleCategory(category), S::Categories) => {
                draft.audience.toggle_category(category);
                S::Categories
            }
            (A::ToggleLanguage(locale), S::Languages) => {
                draft.audience.toggle_language(locale);
                S::Languages
            }
            (A::BackToAudience, S::Categories | S::Languages | S::Preview) => S::Audience,
            (A::AudienceDone, S::Audience) => {
                if draft.texts.0.contains_key(&Locale::Nb) {
                    S::Translations
                } else {
                    S::Text(Locale::Nb)
                }
            }
            (A::Translate(locale), S::Translations) => S::Text(locale),
            (A::TranslationsDone, S::Translations) => S::Urgency,
            (A::Urgent(urgent), S::Urgency) => {
                draft.urgent = urgent;
                S::Schedule
            }
            (A::ScheduleNow, S::Schedule) => {
                draft.schedule = Some(Schedule::Now);
                S::Preview
            }
            (A::ScheduleAt, S::Schedule) => S::ScheduleAt,
            (A::ScheduleRepeat, S::Schedule) => S::ScheduleRepeat,
            (A::Repeat(choice), S::RepeatKind) => match (choice, draft.first) {
                (RepeatChoice::Crontab, _) => S::ScheduleCron,
                (choice, Some(first)) => match words::chosen(choice) {
                    Some(rule) => {
                        draft.schedule = Some(Schedule::Repeats { first, rule });
                        S::Preview
                    }
                    None => S::ScheduleCron,
                },
                (_, None) => S::ScheduleRepeat,
            },
            (A::EditText, S::Preview) => S::Text(Locale::Nb),
            (A::Confirm, S::Preview) => {
                self.confirm().await?;
                return Ok(());
            }
            _ => {
                self.stale();
                return Ok(());
            }
        };
        self.go(flows::Step::Announce(next));
        Ok(())
    }

    /// Text typed while composing: the announcement itself, or a schedule.
    pub(super) fn announce_text(&mut self, step: AnnounceStep, text: &str) {
        let now = self.now;
        let Some(draft) = self.state.draft.as_mut() else {
            self.stale();
            return;
        };
        let next = match step {
            AnnounceStep::Text(locale) => {
                let Some(text) = self.typed(text, MAX_TEXT_CHARS) else {
                    return;
                };
                let Some(draft) = self.state.draft.as_mut() else {
                    return;
                };
                draft.texts.0.insert(locale, text);
                AnnounceStep::Translations
            }
            AnnounceStep::ScheduleAt
            | AnnounceStep::ScheduleRepeat
            | AnnounceStep::ScheduleCron => {
                // One time, or a whole repetition in words; after "repeats",
                // a time alone is the first of a repetition still to choose.
                let parsed = if step == AnnounceStep::ScheduleCron {
                    crate::when::parse_crontab(text, now).map(|(first, rule)| (first, Some(rule)))
                } else if crate::when::is_repeat(text) {
                    crate::when::parse_repeat(text, now).map(|(first, rule)| (first, Some(rule)))
                } else {
                    crate::when::parse_moment(text, now).map(|at| (at, None))
                };
                match parsed {
                    Ok((first, Some(rule))) => {
                        draft.schedule = Some(Schedule::Repeats { first, rule });
                        AnnounceStep::Preview
                    }
                    Ok((at, None)) if step == AnnounceStep::ScheduleRepeat => {
                        draft.first = Some(at);
                        AnnounceStep::RepeatKind
                    }
                    Ok((at, None)) => {
                        draft.schedule = Some(Schedule::At(at));
                        AnnounceStep::Preview
                    }
                    Err(error) => {
                        let message = words::error_text(&self.tr(), error, now);
                        self.note(message);
                        self.prompt();
                        return;
                    }
                }
            }
            _ => {
                self.note_msg("use-the-buttons");
                self.prompt();
                return;
            }
        };
        self.go(flows::Step::Announce(next));
    }

    async fn confirm(&mut self) -> Result<(), EngineError> {
        let Some(draft) = self.state.draft.clone() else {
            self.stale();
            return Ok(());
        };
        let (Some(schedule), true) = (
            draft.schedule.clone(),
            draft.texts.0.contains_key(&Locale::Nb),
        ) else {
            self.stale();
            return Ok(());
        };
        let announcement = NewAnnouncement {
            municipality: draft.municipality.clone(),
            author: self.chat,
            audience: draft.audience.clone(),
            texts: draft.texts.clone(),
            urgent: draft.urgent,
            schedule: schedule.clone(),
        };
        let first_run = schedule.first_run(self.now);
        let store = &self.app.store;
        let id = store
            .create_announcement(&announcement, first_run, self.now)
            .await?;
        tracing::info!(announcement = id, municipality = %draft.municipality, "announcement created");
        let tr = self.tr();
        let mut text = match (&schedule, first_run) {
            (Schedule::Now, _) => {
                // The scheduler queues the run (woken now), not this turn:
                // the staff member gets the answer at once.
                self.app.scheduler_wake.notify_one();
                let this_month = YearMonth::of(&self.now.with_timezone(&Oslo));
                let reach: usize = announcements::reach(
                    &draft.audience,
                    &draft.texts,
                    &self.preview_pool,
                    this_month,
                )
                .values()
                .map(|(n, _)| n)
                .sum();
                tr.msg_args("announce-queued", &args!["count" => reach as i64])
            }
            (_, Some(first)) => {
                tr.msg_args("announce-scheduled", &args!["when" => oslo_time(first)])
            }
            (_, None) => tr.msg("when-never-fires"),
        };
        if let Some(release) = first_run.and_then(|at| self.held_until(&draft, at)) {
            text.push(' ');
            text.push_str(&tr.msg_args("announce-quiet", &args!["when" => oslo_time(release)]));
        }
        self.state.draft = None;
        self.note(text);
        self.go(flows::Step::STAFF);
        Ok(())
    }

    async fn show_reports(&mut self) -> Result<(), EngineError> {
        let municipalities: Vec<String> =
            self.staff.iter().map(|m| m.municipality.clone()).collect();
        let announcements = self
            .app
            .store
            .recent_announcements(&municipalities, REPORTS_SHOWN)
            .await?;
        let tr = self.tr();
        let mut lines = vec![tr.msg("announce-reports-title")];
        let mut buttons = Vec::new();
        if announcements.is_empty() {
            lines.push(tr.msg("announce-reports-none"));
        }
        for announcement in &announcements {
            let counts = self
                .app
                .store
                .announcement_report(&announcement.municipality, announcement.id)
                .await?;
            let count = |status| counts.get(&status).copied().unwrap_or(0) as i64;
            let waiting = count(DeliveryStatus::Queued) + count(DeliveryStatus::Sending);
            let when = match (&announcement.status, announcement.next_run_at) {
                (AnnouncementStatus::Scheduled, Some(next)) => {
                    tr.msg_args("announce-report-next", &args!["when" => oslo_time(next)])
                }
                (AnnouncementStatus::Cancelled, _) => tr.msg("announce-report-stopped"),
                _ if waiting > 0 => tr.msg("announce-report-waiting"),
                _ => tr.msg("announce-report-done"),
            };
            lines.push(String::new());
            lines.push(tr.msg_args(
                "announce-report-line",
                &args![
                    "title" => headline(announcement),
                    "municipality" => self.municipality_display(&announcement.municipality),
                    "sent" => count(DeliveryStatus::Sent),
                    "blocked" => count(DeliveryStatus::Blocked),
                    "failed" => count(DeliveryStatus::Failed),
                    "waiting" => waiting,
                    "when" => when,
                ],
            ));
            if announcement.status == AnnouncementStatus::Scheduled
                && self.may_announce_for(&announcement.municipality)
            {
                let label =
                    tr.msg_args("announce-stop", &args!["id" => announcement.id.to_string()]);
                buttons.push(vec![Button::new(
                    label,
                    AnnounceAction::Stop(announcement.id),
                )]);
            }
        }
        buttons.extend(super::staff::staff_home_buttons(self));
        self.state.step = flows::Step::STAFF;
        self.reply(lines.join("\n"), buttons);
        Ok(())
    }

    /// When the quiet hours hold an ordinary announcement due at `at`, the
    /// time it goes out instead.
    fn held_until(&self, draft: &Draft, at: DateTime<Utc>) -> Option<DateTime<Utc>> {
        let quiet = self.app.quiet_hours.filter(|_| !draft.urgent)?;
        quiet.contains(at).then(|| quiet.release(at))
    }

    /// A scheduled announcement of a municipality this chat may announce
    /// for, or `None`: another municipality's looks exactly like one that
    /// does not exist.
    async fn managed_announcement(&self, id: i64) -> Result<Option<Announcement>, EngineError> {
        for municipality in self.announcer_municipalities() {
            if let Some(a) = self.app.store.announcement(&municipality, id).await? {
                return Ok(Some(a).filter(|a| a.status == AnnouncementStatus::Scheduled));
            }
        }
        Ok(None)
    }

    /// Asks to confirm stopping a scheduled announcement.
    async fn ask_stop(&mut self, id: i64) -> Result<(), EngineError> {
        match self.managed_announcement(id).await? {
            Some(a) => {
                self.state.step = flows::Step::Announce(AnnounceStep::ConfirmStop(id));
                let tr = self.tr();
                let text = tr.msg_args("announce-stop-confirm", &args!["title" => headline(&a)]);
                let buttons = vec![
                    vec![Button::new(
                        tr.msg("announce-stop-yes"),
                        AnnounceAction::ConfirmStop(id),
                    )],
                    vec![Button::new(tr.msg("button-back"), AnnounceAction::Reports)],
                ];
                self.reply(text, buttons);
            }
            _ => self.stale(),
        }
        Ok(())
    }

    async fn stop_announcement(&mut self, id: i64) -> Result<(), EngineError> {
        match self.managed_announcement(id).await? {
            Some(a) => {
                let withdrawn = self
                    .app
                    .store
                    .cancel_announcement(&a.municipality, id, self.now)
                    .await?;
                let text = self.tr().msg_args(
                    "announce-stopped",
                    &args!["title" => headline(&a), "count" => withdrawn as i64],
                );
                self.note(text);
                self.go(flows::Step::STAFF);
            }
            None => self.stale(),
        }
        Ok(())
    }
}

/// The staff word for a whole group, in audiences ("Flyktninger").
pub(super) fn group_key(category: Category) -> &'static str {
    match category {
        Category::Refugee => "staff-group-refugee",
        Category::Labour => "staff-group-labour",
        Category::Family => "staff-group-family",
        Category::Other => "staff-group-other",
    }
}

/// Every message key this module builds from data.
pub(super) fn dynamic_keys() -> impl Iterator<Item = &'static str> {
    Category::ALL.iter().map(|c| group_key(*c))
}

/// The languages as buttons in their own names, two per row, ticked where
/// `ticked` says so.
pub(super) fn language_buttons<A: Into<flows::Action>>(
    turn: &Turn,
    languages: impl IntoIterator<Item = Locale>,
    is_ticked: impl Fn(Locale) -> bool,
    action: impl Fn(Locale) -> A,
) -> Vec<Vec<Button>> {
    let buttons: Vec<Button> = languages
        .into_iter()
        .map(|l| {
            let name = turn.app.i18n.tr(l).msg("language-name");
            Button::new(ticked(is_ticked(l), name), action(l))
        })
        .collect();
    buttons.chunks(2).map(<[Button]>::to_vec).collect()
}

fn cancel_row(turn: &Turn) -> Vec<Button> {
    vec![Button::new(
        turn.tr().msg("announce-cancel"),
        AnnounceAction::Cancel,
    )]
}

fn announce_button(label: String, action: AnnounceAction) -> Button {
    Button::new(label, action)
}

/// The screen for a composing step.
fn announce_screen(turn: &Turn, step: AnnounceStep) -> Screen {
    let tr = turn.tr();
    let Some(draft) = &turn.state.draft else {
        if step == AnnounceStep::Municipality {
            let buttons = turn
                .announcer_municipalities()
                .into_iter()
                .map(|slug| {
                    vec![announce_button(
                        turn.municipality_display(&slug),
                        AnnounceAction::Municipality(slug),
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
        AnnounceStep::Municipality | AnnounceStep::Audience => {
            let audience = &draft.audience;
            let buttons = vec![
                vec![announce_button(
                    tr.msg_args(
                        "announce-categories-button",
                        &args!["value" => categories_text(turn, draft)],
                    ),
                    AnnounceAction::OpenCategories,
                )],
                vec![announce_button(
                    tr.msg_args(
                        "announce-languages-button",
                        &args!["value" => languages_text(turn, draft)],
                    ),
                    AnnounceAction::OpenLanguages,
                )],
                vec![announce_button(
                    super::turn::ticked(audience.with_children, tr.msg("announce-children-button")),
                    AnnounceAction::ToggleChildren,
                )],
                vec![announce_button(
                    tr.msg_args(
                        "announce-arrival-button",
                        &args!["value" => arrival_text(turn, draft)],
                    ),
                    AnnounceAction::CycleArrival,
                )],
                vec![announce_button(
                    tr.msg("announce-continue"),
                    AnnounceAction::AudienceDone,
                )],
            ];
            let title = tr.msg_args(
                "announce-audience-title",
                &args!["municipality" => turn.municipality_display(&draft.municipality)],
            );
            (title, buttons)
        }
        AnnounceStep::Categories => {
            let mut buttons: Vec<Vec<Button>> = Category::ALL
                .iter()
                .map(|c| {
                    vec![announce_button(
                        super::turn::ticked(
                            draft.audience.categories.contains(c),
                            tr.msg(group_key(*c)),
                        ),
                        AnnounceAction::ToggleCategory(*c),
                    )]
                })
                .collect();
            buttons.push(vec![announce_button(
                tr.msg("button-back"),
                AnnounceAction::BackToAudience,
            )]);
            (tr.msg("announce-categories-prompt"), buttons)
        }
        AnnounceStep::Languages => {
            let mut buttons = language_buttons(
                turn,
                Locale::ALL,
                |l| draft.audience.languages.contains(&l),
                AnnounceAction::ToggleLanguage,
            );
            buttons.push(vec![announce_button(
                tr.msg("button-back"),
                AnnounceAction::BackToAudience,
            )]);
            (tr.msg("announce-languages-prompt"), buttons)
        }
        AnnounceStep::Text(locale) => {
            let language = turn.app.i18n.tr(locale).msg("language-name");
            let key = if locale == Locale::Nb {
                "announce-text-prompt"
            } else {
                "announce-translation-prompt"
            };
            (
                tr.msg_args(
                    key,
                    &args!["language" => language, "max" => MAX_TEXT_CHARS as i64],
                ),
                Vec::new(),
            )
        }
        AnnounceStep::Translations => {
            let offered: Vec<Locale> = Locale::ALL
                .into_iter()
                .filter(|l| *l != Locale::Nb)
                .filter(|l| {
                    draft.audience.languages.is_empty()
                        || draft.audience.languages.contains(l)
                        || *l == Locale::En
                })
                .collect();
            let mut buttons = language_buttons(
                turn,
                offered,
                |l| draft.texts.0.contains_key(&l),
                AnnounceAction::Translate,
            );
            buttons.push(vec![announce_button(
                tr.msg("announce-continue"),
                AnnounceAction::TranslationsDone,
            )]);
            (tr.msg("announce-translations-prompt"), buttons)
        }
        AnnounceStep::Urgency => (
            tr.msg("announce-urgency-prompt"),
            vec![
                vec![announce_button(
                    tr.msg("announce-normal"),
                    AnnounceAction::Urgent(false),
                )],
                vec![announce_button(
                    tr.msg("announce-urgent"),
                    AnnounceAction::Urgent(true),
                )],
            ],
        ),
        AnnounceStep::Schedule => (
            tr.msg("announce-schedule-prompt"),
            vec![
                vec![announce_button(
                    tr.msg("announce-now"),
                    AnnounceAction::ScheduleNow,
                )],
                vec![announce_button(
                    tr.msg("announce-at"),
                    AnnounceAction::ScheduleAt,
                )],
                vec![announce_button(
                    tr.msg("announce-repeat"),
                    AnnounceAction::ScheduleRepeat,
                )],
            ],
        ),
        AnnounceStep::ScheduleAt => (
            tr.msg_args(
                "announce-at-prompt",
                &args!["example" => words::example(turn.now)],
            ),
            Vec::new(),
        ),
        AnnounceStep::ScheduleRepeat => (
            tr.msg_args(
                "announce-repeat-prompt",
                &args!["example" => words::example(turn.now)],
            ),
            Vec::new(),
        ),
        AnnounceStep::RepeatKind => match draft.first {
            Some(first) => (
                tr.msg_args("repeat-kind-prompt", &args!["when" => oslo_time(first)]),
                words::repeat_buttons(&tr, first, AnnounceAction::Repeat),
            ),
            None => (
                tr.msg_args(
                    "announce-repeat-prompt",
                    &args!["example" => words::example(turn.now)],
                ),
                Vec::new(),
            ),
        },
        AnnounceStep::ScheduleCron => (tr.msg("repeat-prompt"), Vec::new()),
        AnnounceStep::ConfirmStop(_) => (
            tr.msg("stale-button"),
            vec![vec![announce_button(
                tr.msg("button-back"),
                AnnounceAction::Reports,
            )]],
        ),
        AnnounceStep::Preview => preview(turn, draft),
    };
    buttons.push(cancel_row(turn));
    (text, buttons)
}

fn categories_text(turn: &Turn, draft: &Draft) -> String {
    let tr = turn.tr();
    if draft.audience.categories.is_empty() {
        return tr.msg("announce-everyone");
    }
    draft
        .audience
        .categories
        .iter()
        .map(|c| tr.msg(group_key(*c)))
        .collect::<Vec<_>>()
        .join(", ")
}

fn languages_text(turn: &Turn, draft: &Draft) -> String {
    if draft.audience.languages.is_empty() {
        return turn.tr().msg("announce-everyone");
    }
    draft
        .audience
        .languages
        .iter()
        .map(|l| turn.app.i18n.tr(*l).msg("language-name"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn arrival_text(turn: &Turn, draft: &Draft) -> String {
    let tr = turn.tr();
    match draft.audience.arrived_within_months {
        None => tr.msg("announce-everyone"),
        Some(months) => tr.msg_args("announce-months", &args!["count" => months as i64]),
    }
}

fn preview(turn: &Turn, draft: &Draft) -> Screen {
    let tr = turn.tr();
    let this_month = YearMonth::of(&turn.now.with_timezone(&Oslo));
    let reach = announcements::reach(
        &draft.audience,
        &draft.texts,
        &turn.preview_pool,
        this_month,
    );
    let total: usize = reach.values().map(|(n, _)| n).sum();
    let mut lines = vec![tr.msg_args(
        "announce-preview-title",
        &args!["municipality" => turn.municipality_display(&draft.municipality)],
    )];
    lines.push(tr.msg_args(
        "announce-preview-audience",
        &args![
            "categories" => categories_text(turn, draft),
            "languages" => languages_text(turn, draft),
            "arrival" => arrival_text(turn, draft),
        ],
    ));
    if draft.audience.with_children {
        lines.push(tr.msg("announce-children-button"));
    }
    lines.push(String::new());
    lines.push(tr.msg_args("announce-preview-reach", &args!["count" => total as i64]));
    for (locale, (count, text_locale)) in &reach {
        let language = turn.app.i18n.tr(*locale).msg("language-name");
        let line = match text_locale {
            Some(l) if l == locale => tr.msg_args(
                "announce-preview-language",
                &args!["language" => language, "count" => *count as i64],
            ),
            Some(l) => tr.msg_args(
                "announce-preview-fallback",
                &args![
                    "language" => language,
                    "count" => *count as i64,
                    "fallback" => turn.app.i18n.tr(*l).msg("language-name"),
                ],
            ),
            None => continue,
        };
        lines.push(format!("• {line}"));
    }
    lines.push(String::new());
    lines.push(tr.msg(if draft.urgent {
        "announce-preview-urgent"
    } else {
        "announce-preview-normal"
    }));
    let quiet = turn.app.quiet_hours.filter(|_| !draft.urgent);
    let held = |at: DateTime<Utc>| quiet.filter(|q| q.contains(at)).map(|q| q.release(at));
    match &draft.schedule {
        Some(Schedule::At(at)) => {
            lines.push(tr.msg_args("announce-preview-at", &args!["when" => oslo_time(*at)]));
            if let Some(release) = held(*at) {
                lines.push(tr.msg_args(
                    "announce-preview-quiet",
                    &args!["when" => oslo_time(release)],
                ));
            }
        }
        Some(schedule) if schedule.repeats() => {
            let upcoming: Vec<DateTime<Utc>> = schedule.upcoming(turn.now, 3);
            let rule = match schedule {
                Schedule::Repeats { first, rule } => words::recurrence_words(&tr, rule, *first),
                Schedule::Repeat(expression) => words::recurrence_words(
                    &tr,
                    &crate::when::Recurrence::Cron(expression.clone()),
                    turn.now,
                ),
                _ => None,
            };
            lines.push(tr.msg_args(
                "announce-preview-repeat",
                &args![
                    "rule" => rule.unwrap_or_default(),
                    "upcoming" => upcoming.iter().map(|t| oslo_time(*t)).collect::<Vec<_>>().join(", "),
                ],
            ));
            if let Some(release) = upcoming.first().and_then(|first| held(*first)) {
                lines.push(tr.msg_args(
                    "announce-preview-quiet",
                    &args!["when" => oslo_time(release)],
                ));
            }
        }
        _ => match held(turn.now) {
            Some(release) => lines.push(tr.msg_args(
                "announce-preview-now-quiet",
                &args!["when" => oslo_time(release)],
            )),
            None => lines.push(tr.msg("announce-preview-now")),
        },
    }
    lines.push(String::new());
    lines.push("———".into());
    let text = draft.texts.for_reader(Locale::Nb).map_or("", |(_, t)| t);
    let mut shown: String = text.chars().take(PREVIEW_CHARS).collect();
    if text.chars().count() > PREVIEW_CHARS {
        shown.push('…');
    }
    lines.push(shown);
    let mut buttons = Vec::new();
    if total > 0 {
        buttons.push(vec![Button::new(
            tr.msg_args("announce-send", &args!["count" => total as i64]),
            AnnounceAction::Confirm,
        )]);
    } else {
        lines.push(String::new());
        lines.push(tr.msg("announce-preview-nobody"));
    }
    buttons.push(vec![
        Button::new(tr.msg("announce-edit-text"), AnnounceAction::EditText),
        Button::new(
            tr.msg("announce-edit-audience"),
            AnnounceAction::BackToAudience,
        ),
    ]);
    (lines.join("\n"), buttons)
}

#[cfg(test)]
mod tests {
    use super::super::wire;
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
            AnnounceAction::ToggleLanguage(Locale::Prs),
            AnnounceAction::BackToAudience,
            AnnounceAction::Translate(Locale::Uk),
            AnnounceAction::TranslationsDone,
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
        ]);
    }
}
