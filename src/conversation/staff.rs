//! The staff side of the conversation: the staff home, composing an
//! announcement (audience, texts, urgency, schedule, preview with the exact
//! reach per language), and delivery reports. Every step checks that the
//! staff member may announce for the draft's municipality, so nobody reaches
//! another municipality's people.

use chrono::{DateTime, Utc};
use chrono_tz::Europe::Oslo;

use super::callback::{Action, AnnounceAction, RepeatChoice};
use super::state::{AnnounceStep, Draft, Step};
use super::when as words;
use super::{Button, EngineError, Turn};
use crate::announcements::{
    self, Announcement, AnnouncementStatus, MAX_TEXT_CHARS, NewAnnouncement, Schedule, headline,
};
use crate::args;
use crate::i18n::Locale;
use crate::newcomers::{Category, YearMonth};
use crate::store::DeliveryStatus;

type Screen = (String, Vec<Vec<Button>>);

/// How much of the text the preview shows, so it always fits one message.
const PREVIEW_CHARS: usize = 1500;

/// How many announcements the reports list shows.
const REPORTS_SHOWN: i64 = 5;

fn oslo_time(t: DateTime<Utc>) -> String {
    t.with_timezone(&Oslo).format("%d.%m.%Y %H:%M").to_string()
}

impl Turn<'_> {
    /// The municipalities this chat may announce for.
    pub(super) fn announcer_municipalities(&self) -> Vec<String> {
        self.staff
            .iter()
            .filter(|m| m.role.may_announce())
            .map(|m| m.municipality.clone())
            .collect()
    }

    pub(super) fn may_announce_for(&self, municipality: &str) -> bool {
        self.announcer_municipalities()
            .iter()
            .any(|m| m == municipality)
    }

    pub(super) fn municipality_display(&self, slug: &str) -> String {
        self.app
            .content
            .municipality(slug)
            .map_or(slug.to_owned(), |m| m.name.clone())
    }

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
            Step::Announce(step) => Some(step),
            _ => None,
        };
        // The draft must still belong to a municipality this person serves.
        if let Some(draft) = &self.state.draft
            && !self.may_announce_for(&draft.municipality)
        {
            self.state.draft = None;
            self.state.step = Step::Staff;
        }
        let has_draft = self.state.draft.is_some();
        use AnnounceAction as A;
        use AnnounceStep as S;
        match (action, step) {
            (A::New, _) => {
                self.state.draft = None;
                match allowed.as_slice() {
                    [only] => self.begin_draft(only.clone()),
                    _ => self.go(Step::Announce(S::Municipality)),
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
                self.go(Step::Staff);
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
        self.go(Step::Announce(AnnounceStep::Audience));
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
        self.go(Step::Announce(next));
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
        self.go(Step::Announce(next));
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
        self.go(Step::Staff);
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
                    Action::Announce(AnnounceAction::Stop(announcement.id)),
                )]);
            }
        }
        buttons.extend(staff_home_buttons(self));
        self.state.step = Step::Staff;
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
                self.state.step = Step::Announce(AnnounceStep::ConfirmStop(id));
                let tr = self.tr();
                let text = tr.msg_args("announce-stop-confirm", &args!["title" => headline(&a)]);
                let buttons = vec![
                    vec![Button::new(
                        tr.msg("announce-stop-yes"),
                        Action::Announce(AnnounceAction::ConfirmStop(id)),
                    )],
                    vec![Button::new(
                        tr.msg("button-back"),
                        Action::Announce(AnnounceAction::Reports),
                    )],
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
                self.go(Step::Staff);
            }
            None => self.stale(),
        }
        Ok(())
    }
}

/// The buttons of the staff home, for what this staff member may do.
pub(super) fn staff_home_buttons(turn: &Turn) -> Vec<Vec<Button>> {
    let tr = turn.tr();
    let mut rows = Vec::new();
    if !turn.announcer_municipalities().is_empty() {
        rows.push(vec![Button::new(
            tr.msg("staff-new-announcement"),
            Action::Announce(AnnounceAction::New),
        )]);
        rows.push(vec![Button::new(
            tr.msg("staff-events"),
            Action::Event(super::callback::EventAction::List),
        )]);
    }
    if !super::cases::case_municipalities(&turn.staff).is_empty() {
        rows.push(vec![Button::new(tr.msg("staff-cases"), Action::Cases)]);
    }
    rows.push(vec![Button::new(
        tr.msg("staff-reports"),
        Action::Announce(AnnounceAction::Reports),
    )]);
    rows
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

/// One row with a button back to the staff home.
pub(super) fn home_row(turn: &Turn) -> Vec<Button> {
    vec![Button::new(
        turn.tr().msg("staff-home-button"),
        Action::Menu(super::callback::MenuItem::Staff),
    )]
}

/// The languages as buttons in their own names, two per row, ticked where
/// `ticked` says so.
pub(super) fn language_buttons(
    turn: &Turn,
    languages: impl IntoIterator<Item = Locale>,
    ticked: impl Fn(Locale) -> bool,
    action: impl Fn(Locale) -> Action,
) -> Vec<Vec<Button>> {
    let buttons: Vec<Button> = languages
        .into_iter()
        .map(|l| {
            let name = turn.app.i18n.tr(l).msg("language-name");
            Button::new(super::ticked(ticked(l), name), action(l))
        })
        .collect();
    buttons.chunks(2).map(<[Button]>::to_vec).collect()
}

fn cancel_row(turn: &Turn) -> Vec<Button> {
    vec![Button::new(
        turn.tr().msg("announce-cancel"),
        Action::Announce(AnnounceAction::Cancel),
    )]
}

fn announce_button(label: String, action: AnnounceAction) -> Button {
    Button::new(label, Action::Announce(action))
}

/// The screen for a composing step.
pub(super) fn announce_screen(turn: &Turn, step: AnnounceStep) -> Screen {
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
        return (tr.msg("stale-button"), staff_home_buttons(turn));
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
                    super::ticked(audience.with_children, tr.msg("announce-children-button")),
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
                        super::ticked(draft.audience.categories.contains(c), tr.msg(group_key(*c))),
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
                |l| Action::Announce(AnnounceAction::ToggleLanguage(l)),
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
                |l| Action::Announce(AnnounceAction::Translate(l)),
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
                words::repeat_buttons(&tr, first, |choice| {
                    Action::Announce(AnnounceAction::Repeat(choice))
                }),
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
            Action::Announce(AnnounceAction::Confirm),
        )]);
    } else {
        lines.push(String::new());
        lines.push(tr.msg("announce-preview-nobody"));
    }
    buttons.push(vec![
        Button::new(
            tr.msg("announce-edit-text"),
            Action::Announce(AnnounceAction::EditText),
        ),
        Button::new(
            tr.msg("announce-edit-audience"),
            Action::Announce(AnnounceAction::BackToAudience),
        ),
    ]);
    (lines.join("\n"), buttons)
}
