//! Staff announcements: what a staff member's presses and texts do.

use chrono::{DateTime, Utc};
use chrono_tz::Europe::Oslo;

use super::super::flows;
use super::super::turn::Turn;
use super::super::when::{self as words, RepeatChoice};
use super::super::{Button, EngineError};
use super::*;
use crate::announcements::{
    self, Announcement, AnnouncementStatus, MAX_TEXT_CHARS, NewAnnouncement, Schedule, headline,
};
use crate::args;
use crate::i18n::Locale;
use crate::newcomers::YearMonth;
use crate::store::DeliveryStatus;

impl Turn<'_> {
    /// Handles a staff button. Anything that does not fit the current step,
    /// or that this staff member may not do, is stale.
    pub(in crate::conversation) async fn announce_action(
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

    pub(in crate::conversation) fn begin_draft(&mut self, municipality: String) {
        self.state.draft = Some(Draft {
            municipality,
            ..Draft::default()
        });
        self.go(flows::Step::Announce(AnnounceStep::Audience));
    }

    pub(in crate::conversation) async fn draft_action(
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
            (A::CycleReach, S::Audience) => {
                draft.audience.cycle_reach();
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
            (A::Translate(locale), S::Translations) if draft.machine.wrote(locale) => {
                S::Review(locale)
            }
            (A::Translate(locale), S::Translations | S::Review(_)) => S::Text(locale),
            (A::AcceptMachine(locale), S::Review(shown)) if locale == shown => {
                draft.checked.insert(locale);
                S::Translations
            }
            (A::DropMachine(locale), S::Review(shown)) if locale == shown => {
                draft.texts.0.remove(&locale);
                draft.machine.languages.remove(&locale);
                draft.checked.remove(&locale);
                draft.dropped.insert(locale);
                S::Translations
            }
            (A::OpenTranslations, S::Review(_) | S::Preview) => S::Translations,
            (A::FromTemplate, S::Text(Locale::Nb)) => S::Templates,
            // Back from the templates: write it yourself after all.
            (A::AudienceDone, S::Templates) => S::Text(Locale::Nb),
            (A::Template(id), S::Templates) => {
                return self.begin_template(&id);
            }
            // Back from checking the translations in the preview.
            (A::TranslationsDone, S::Translations) if draft.schedule.is_some() => S::Preview,
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
    pub(in crate::conversation) async fn announce_text(&mut self, step: AnnounceStep, text: &str) {
        let now = self.now;
        let Some(draft) = self.state.draft.as_mut() else {
            self.stale();
            return;
        };
        let next = match step {
            AnnounceStep::Slot(slot) => {
                self.template_slot(slot, text);
                return;
            }
            AnnounceStep::Text(locale) => {
                let Some(text) = self.typed(text, MAX_TEXT_CHARS) else {
                    return;
                };
                let Some(draft) = self.state.draft.as_mut() else {
                    return;
                };
                draft.texts.0.insert(locale, text);
                // Written by a person now.
                draft.machine.languages.remove(&locale);
                draft.checked.remove(&locale);
                draft.dropped.remove(&locale);
                if locale == Locale::Nb {
                    self.machine_translate().await;
                }
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

    pub(in crate::conversation) async fn confirm(&mut self) -> Result<(), EngineError> {
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
            machine: draft.machine.clone(),
        };
        let first_run = schedule.first_run(self.now);
        let store = &self.app.store;
        let id = store
            .create_announcement(&announcement, first_run, self.now)
            .await?;
        tracing::info!(announcement = id, municipality = %draft.municipality, "announcement created");
        self.app
            .audit(
                &draft.municipality,
                crate::audit::Actor::Chat(self.chat),
                crate::audit::Action::AnnouncementCreated,
                format!("#{id}"),
            )
            .await?;
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
                    &self.preview_mentors,
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

    pub(in crate::conversation) async fn show_reports(&mut self) -> Result<(), EngineError> {
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
        buttons.extend(super::super::staff::staff_home_buttons(self));
        self.state.step = flows::Step::STAFF;
        self.reply(lines.join("\n"), buttons);
        Ok(())
    }

    /// When the quiet hours hold an ordinary announcement due at `at`, the
    /// time it goes out instead.
    pub(in crate::conversation) fn held_until(
        &self,
        draft: &Draft,
        at: DateTime<Utc>,
    ) -> Option<DateTime<Utc>> {
        let quiet = self.app.quiet_hours.filter(|_| !draft.urgent)?;
        quiet.contains(at).then(|| quiet.release(at))
    }

    /// A scheduled announcement of a municipality this chat may announce
    /// for, or `None`: another municipality's looks exactly like one that
    /// does not exist.
    pub(in crate::conversation) async fn managed_announcement(
        &self,
        id: i64,
    ) -> Result<Option<Announcement>, EngineError> {
        for municipality in self.announcer_municipalities() {
            if let Some(a) = self.app.store.announcement(&municipality, id).await? {
                return Ok(Some(a).filter(|a| a.status == AnnouncementStatus::Scheduled));
            }
        }
        Ok(None)
    }

    /// Asks to confirm stopping a scheduled announcement.
    pub(in crate::conversation) async fn ask_stop(&mut self, id: i64) -> Result<(), EngineError> {
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

    pub(in crate::conversation) async fn stop_announcement(
        &mut self,
        id: i64,
    ) -> Result<(), EngineError> {
        match self.managed_announcement(id).await? {
            Some(a) => {
                let withdrawn = self
                    .app
                    .store
                    .cancel_announcement(&a.municipality, id, self.now)
                    .await?;
                self.app
                    .audit(
                        &a.municipality,
                        crate::audit::Actor::Chat(self.chat),
                        crate::audit::Action::AnnouncementStopped,
                        format!("#{id}"),
                    )
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
