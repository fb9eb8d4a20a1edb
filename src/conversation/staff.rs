//! The staff side of the conversation: the staff home, composing an
//! announcement (audience, texts, urgency, schedule, preview with the exact
//! reach per language), and delivery reports. Every step checks that the
//! staff member may announce for the draft's municipality, so nobody reaches
//! another municipality's people.

use chrono::{DateTime, Utc};
use chrono_tz::Europe::Oslo;

use super::callback::{Action, AnnounceAction};
use super::state::{AnnounceStep, Draft, Step};
use super::{Button, EngineError, Turn};
use crate::announcements::{
    self, Announcement, AnnouncementStatus, MAX_TEXT_CHARS, NewAnnouncement, Schedule,
};
use crate::args;
use crate::i18n::Locale;
use crate::newcomers::{Category, YearMonth};
use crate::scheduler::Scheduler;
use crate::store::DeliveryStatus;

type Screen = (String, Vec<Vec<Button>>);

/// How much of the text the preview shows, so it always fits one message.
const PREVIEW_CHARS: usize = 1500;

/// How many announcements the reports list shows.
const REPORTS_SHOWN: i64 = 5;

/// A short title for an announcement: the start of its Bokmål text.
pub fn headline(announcement: &Announcement) -> String {
    let text = announcement
        .texts
        .for_reader(Locale::Nb)
        .map_or("", |(_, t)| t);
    let first_line = text.lines().next().unwrap_or_default();
    let mut title: String = first_line.chars().take(40).collect();
    if first_line.chars().count() > 40 {
        title.push('…');
    }
    format!("#{} «{title}»", announcement.id)
}

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
            (A::Stop(id), _) => self.stop_announcement(id).await?,
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
            AnnounceStep::ScheduleAt | AnnounceStep::ScheduleRepeat => {
                let parsed = if step == AnnounceStep::ScheduleAt {
                    Schedule::parse_at(text, now)
                } else {
                    Schedule::parse_repeat(text, now)
                };
                match parsed {
                    Ok(schedule) => {
                        draft.schedule = Some(schedule);
                        AnnounceStep::Preview
                    }
                    Err(error) => {
                        self.note_msg(error.message_key());
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
        let text = match (&schedule, first_run) {
            (Schedule::Now, _) => {
                let stored = store.announcement(id).await?;
                let queued = match stored {
                    Some(stored) => Scheduler::new(self.app.clone())
                        .run(&stored, self.now)
                        .await?
                        .unwrap_or(0),
                    None => 0,
                };
                self.tr()
                    .msg_args("announce-queued", &args!["count" => queued as i64])
            }
            (_, Some(first)) => self
                .tr()
                .msg_args("announce-scheduled", &args!["when" => oslo_time(first)]),
            (_, None) => self.tr().msg("announce-repeat-never"),
        };
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
            let counts = self.app.store.announcement_report(announcement.id).await?;
            let count = |status| counts.get(&status).copied().unwrap_or(0) as i64;
            let when = match (&announcement.status, announcement.next_run_at) {
                (AnnouncementStatus::Scheduled, Some(next)) => {
                    tr.msg_args("announce-report-next", &args!["when" => oslo_time(next)])
                }
                (AnnouncementStatus::Cancelled, _) => tr.msg("announce-report-stopped"),
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
                    "queued" => count(DeliveryStatus::Queued) + count(DeliveryStatus::Sending),
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

    async fn stop_announcement(&mut self, id: i64) -> Result<(), EngineError> {
        let announcement = self.app.store.announcement(id).await?;
        match announcement {
            Some(a)
                if self.may_announce_for(&a.municipality)
                    && a.status == AnnouncementStatus::Scheduled =>
            {
                let withdrawn = self.app.store.cancel_announcement(id, self.now).await?;
                let text = self.tr().msg_args(
                    "announce-stopped",
                    &args!["title" => headline(&a), "count" => withdrawn as i64],
                );
                self.note(text);
                self.go(Step::Staff);
            }
            // Another municipality's announcement looks exactly like one that
            // does not exist.
            _ => self.stale(),
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
                        super::ticked(draft.audience.categories.contains(c), tr.msg(c.label_key())),
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
        AnnounceStep::ScheduleAt => (tr.msg("announce-at-prompt"), Vec::new()),
        AnnounceStep::ScheduleRepeat => (tr.msg("announce-repeat-prompt"), Vec::new()),
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
        .map(|c| tr.msg(c.label_key()))
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
    match &draft.schedule {
        Some(Schedule::At(at)) => {
            lines.push(tr.msg_args("announce-preview-at", &args!["when" => oslo_time(*at)]))
        }
        Some(schedule @ Schedule::Repeat(expression)) => {
            let upcoming: Vec<String> = schedule
                .upcoming(turn.now, 3)
                .into_iter()
                .map(oslo_time)
                .collect();
            lines.push(tr.msg_args(
                "announce-preview-repeat",
                &args!["expression" => expression.as_str(), "upcoming" => upcoming.join(", ")],
            ));
        }
        _ => lines.push(tr.msg("announce-preview-now")),
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
