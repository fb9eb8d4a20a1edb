//! The life of a running match: check-ins to both sides (after two weeks,
//! three and six months, and at the agreed end), the coordinator told when
//! a pair has not met after two and four weeks, a problem reported as a
//! case, and either side ending the match kindly — the other told without
//! blame, the newcomer back in the pool.

use chrono::{DateTime, Utc};

use super::{CheckInAnswer, MentorAction, Step};
use crate::args;
use crate::context::AppState;
use crate::conversation::flows::{self, Screen};
use crate::conversation::mentor_staff::language_name;
use crate::conversation::turn::{Turn, rows};
use crate::conversation::{Button, EngineError, Reply};
use crate::i18n::Locale;
use crate::mentors::{EndReason, MatchRecord, MatchStatus, QUIET_MATCH_ALERTS, Side, checkin_at};
use crate::outbox::{NewDelivery, Origin};

/// The reasons a side can give for ending (the agreed end has its own
/// button).
const END_REASONS: [EndReason; 4] = [
    EndReason::NoTime,
    EndReason::Moved,
    EndReason::NotAFit,
    EndReason::Other,
];

/// How many due matches one pass takes.
const BATCH: i64 = 200;

fn queued(
    app: &AppState,
    record: &MatchRecord,
    chat: crate::newcomers::ChatKey,
    what: String,
    reply: Reply,
    now: DateTime<Utc>,
) -> NewDelivery {
    // Check-ins are not urgent: the quiet hours hold them till morning.
    let not_before = app.quiet_hours.map_or(now, |quiet| quiet.release(now));
    NewDelivery {
        municipality: record.municipality.clone(),
        chat,
        source: format!("match:{}:{what}", record.id),
        origin: Origin::Other,
        body: reply.to_body(),
        urgent: false,
        not_before,
    }
}

fn months_agreed(app: &AppState, municipality: &str) -> u32 {
    app.content
        .municipality(municipality)
        .map_or(12, |m| m.mentoring.agreement_months)
}

/// The check-in to one side, in their language.
fn checkin(
    app: &AppState,
    record: &MatchRecord,
    side: Side,
    n: u8,
    last: bool,
    now: DateTime<Utc>,
) -> NewDelivery {
    let (locale, chat) = match side {
        Side::Mentor => (record.mentor_locale, record.mentor_chat),
        _ => (record.newcomer_locale, record.newcomer_chat),
    };
    let tr = app.i18n.tr(locale);
    let other = match side {
        Side::Mentor => tr.msg_args(
            "match-the-newcomer",
            &args!["language" => language_name(record.newcomer_locale.code())],
        ),
        _ => record.mentor_name.clone(),
    };
    let id = record.id;
    let button = |key: &str, answer| Button::new(tr.msg(key), MentorAction::CheckIn(id, answer));
    let (text, buttons) = if last {
        (
            tr.msg_args(
                "match-checkin-last",
                &args!["other" => other, "months" => i64::from(months_agreed(app, &record.municipality))],
            ),
            vec![
                vec![button("match-go-on", CheckInAnswer::GoOn)],
                vec![button("match-finish", CheckInAnswer::Finish)],
                vec![button("match-problem", CheckInAnswer::Problem)],
            ],
        )
    } else {
        (
            tr.msg_args("match-checkin", &args!["other" => other]),
            vec![
                vec![button("match-going-well", CheckInAnswer::Good)],
                vec![button("match-not-met", CheckInAnswer::NotYet)],
                vec![button("match-problem", CheckInAnswer::Problem)],
                vec![Button::new(tr.msg("match-end"), MentorAction::End(id))],
            ],
        )
    };
    let reply = Reply {
        text,
        buttons,
        html: false,
        file: None,
    };
    queued(
        app,
        record,
        chat,
        format!("checkin:{n}:{}", side.code()),
        reply,
        now,
    )
}

/// A message to everyone who runs a municipality's mentor scheme (its
/// staff groups, mentor coordinators and coordinators): one delivery each.
pub(in crate::conversation) async fn to_mentor_staff(
    app: &AppState,
    municipality: &str,
    source: &str,
    reply: &Reply,
    not_before: DateTime<Utc>,
) -> Result<Vec<NewDelivery>, EngineError> {
    let staff = app.store.list_staff(Some(municipality)).await?;
    let body = reply.to_body();
    Ok(crate::staff::mentor_receivers(&staff)
        .into_iter()
        .map(|member| NewDelivery {
            municipality: municipality.to_owned(),
            chat: member.chat,
            source: source.to_owned(),
            origin: Origin::Other,
            body: body.clone(),
            urgent: false,
            not_before,
        })
        .collect())
}

/// Notices to the municipality's mentor staff about a match, in Norwegian.
pub(super) async fn staff_notices(
    app: &AppState,
    record: &MatchRecord,
    what: &str,
    text: String,
    now: DateTime<Utc>,
) -> Result<Vec<NewDelivery>, EngineError> {
    let source = format!("match:{}:{what}", record.id);
    to_mentor_staff(app, &record.municipality, &source, &Reply::plain(text), now).await
}

/// Queues the check-ins and quiet-match alerts that are due, over every
/// municipality. Returns how many matches it took care of. Run by the
/// scheduler; each match's step is a compare-and-set, so instances that
/// run it at once do not send anything twice.
pub async fn keep_matches(app: &AppState, now: DateTime<Utc>) -> Result<usize, EngineError> {
    let due = app.store.due_matches(now, BATCH).await?;
    let mut kept = 0;
    for entry in due {
        let record = &entry.record;
        let Some(started) = record.started_at else {
            continue;
        };
        if entry.checkin_due {
            let n = record.checkins;
            let months = months_agreed(app, &record.municipality);
            let last = checkin_at(n, started, months).is_none_or(|(_, last)| last);
            let next = checkin_at(n + 1, started, months).map(|(at, _)| at);
            let deliveries = [Side::Mentor, Side::Newcomer]
                .map(|side| checkin(app, record, side, n, last, now))
                .to_vec();
            if app
                .store
                .record_checkin(record.id, n + 1, next, &deliveries, now)
                .await?
            {
                kept += 1;
            }
        }
        if entry.quiet_alert_due {
            let n = record.quiet_alerts;
            let days = QUIET_MATCH_ALERTS
                .get(usize::from(n))
                .copied()
                .unwrap_or(28);
            let next = QUIET_MATCH_ALERTS
                .get(usize::from(n) + 1)
                .map(|days| started + chrono::Duration::days(*days));
            let text = app.i18n.tr(Locale::Nb).msg_args(
                "match-staff-quiet",
                &args![
                    "mentor" => record.mentor_name.clone(),
                    "language" => language_name(record.newcomer_locale.code()),
                    "count" => days / 7,
                ],
            );
            let deliveries = staff_notices(app, record, &format!("quiet:{n}"), text, now).await?;
            if app
                .store
                .record_quiet_alert(record.id, n + 1, next, &deliveries, now)
                .await?
            {
                kept += 1;
            }
        }
    }
    if kept > 0 {
        tracing::info!(kept, "match check-ins and alerts queued");
    }
    kept += weekly_matching(app, now).await?;
    Ok(kept)
}

/// From Monday 08:00 (Oslo) each week, matching runs by itself in every
/// municipality whose pack wants it, when newcomers wait, approved
/// mentors have room and no proposals already wait for a coordinator; the
/// coordinators are told. Of several instances, one runs it (the week is
/// claimed in the database). Returns the number of runs.
async fn weekly_matching(app: &AppState, now: DateTime<Utc>) -> Result<usize, EngineError> {
    use chrono::{Datelike, Timelike, Weekday};
    let local = now.with_timezone(&chrono_tz::Europe::Oslo);
    if local.weekday() == Weekday::Mon && local.hour() < 8 {
        return Ok(0);
    }
    let iso = local.iso_week();
    let week = format!("{}-W{:02}", iso.year(), iso.week());
    let mut runs = 0;
    for municipality in app.content.municipalities() {
        if !municipality.mentoring.weekly {
            continue;
        }
        let key = format!("matching:{}:{week}", municipality.slug);
        if app
            .done_this_period
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .contains(&key)
        {
            continue;
        }
        let slug = municipality.slug.as_str();
        let store = &app.store;
        let pending = store.matches_in(slug, &[MatchStatus::Proposed]).await?;
        let worth_it = pending.is_empty()
            && !store.waiting_seekers(slug).await?.is_empty()
            && store
                .mentors_in(slug, &[crate::mentors::MentorStatus::Approved])
                .await?
                .iter()
                .any(|m| m.for_matching().free_capacity() > 0);
        app.done_this_period
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .insert(key);
        if !worth_it || !store.claim_matching_run(slug, &week, now).await? {
            continue;
        }
        let run = crate::conversation::mentor_staff::propose_pool(app, slug, now).await?;
        runs += 1;
        if run.proposals == 0 {
            continue;
        }
        let tr = app.i18n.tr(Locale::Nb);
        let reply = Reply {
            text: tr.msg_args(
                "mentor-staff-weekly",
                &args!["municipality" => municipality.short_name.clone(), "count" => run.proposals as i64],
            ),
            buttons: vec![vec![Button::new(
                tr.msg("mentor-staff-proposals"),
                crate::conversation::mentor_staff::MentorStaffAction::Open,
            )]],
            html: false,
            file: None,
        };
        let not_before = app.quiet_hours.map_or(now, |quiet| quiet.release(now));
        let source = format!("matching:{slug}:{week}");
        let deliveries = to_mentor_staff(app, slug, &source, &reply, not_before).await?;
        for delivery in &deliveries {
            store.enqueue(delivery, now).await?;
        }
    }
    Ok(runs)
}

pub(super) fn ending_screen(turn: &Turn, id: i64) -> Screen {
    let tr = turn.tr();
    let reasons = END_REASONS
        .iter()
        .map(|reason| {
            Button::new(
                tr.msg(reason.label_key()),
                MentorAction::EndWith(id, *reason),
            )
        })
        .collect();
    let mut buttons = rows(reasons, 1);
    buttons.push(turn.menu_row());
    (tr.msg("match-end-prompt"), buttons)
}

pub(super) fn problem_screen(turn: &Turn) -> Screen {
    let tr = turn.tr();
    (
        tr.msg_args(
            "match-problem-prompt",
            &args!["max" => crate::cases::MAX_MESSAGE_CHARS as i64],
        ),
        vec![turn.menu_row()],
    )
}

impl Turn<'_> {
    /// The running match `id` with this chat as a side, or `None` after
    /// saying it is no longer running.
    async fn my_running_match(
        &mut self,
        id: i64,
    ) -> Result<Option<(MatchRecord, Side)>, EngineError> {
        let found = self
            .app
            .store
            .match_by_id(id)
            .await?
            .filter(|m| m.status == MatchStatus::Active)
            .and_then(|m| m.side_of(self.chat).map(|side| (m, side)));
        if found.is_none() {
            self.state.step = self.home();
            self.note_msg("match-not-running");
            self.prompt();
        }
        Ok(found)
    }

    pub(super) async fn checkin_answer(
        &mut self,
        id: i64,
        answer: CheckInAnswer,
    ) -> Result<(), EngineError> {
        let Some((record, side)) = self.my_running_match(id).await? else {
            return Ok(());
        };
        let home = self.home();
        match answer {
            CheckInAnswer::Good => {
                self.app.store.record_met(id, self.now).await?;
                self.state.step = home;
                self.note_msg("match-thanks-good");
                self.prompt();
            }
            CheckInAnswer::NotYet => {
                self.state.step = home;
                self.note_msg("match-thanks-not-yet");
                self.prompt();
            }
            CheckInAnswer::Problem => self.go(flows::Step::Mentor(Step::Problem(id))),
            CheckInAnswer::GoOn => {
                self.app.store.record_met(id, self.now).await?;
                self.state.step = home;
                self.note_msg("match-thanks-go-on");
                self.prompt();
            }
            CheckInAnswer::Finish => self.end_match(&record, side, EndReason::Completed).await?,
        }
        Ok(())
    }

    pub(super) async fn begin_ending(&mut self, id: i64) -> Result<(), EngineError> {
        if self.my_running_match(id).await?.is_some() {
            self.go(flows::Step::Mentor(Step::Ending(id)));
        }
        Ok(())
    }

    pub(super) async fn end_with(&mut self, id: i64, reason: EndReason) -> Result<(), EngineError> {
        if self.state.step != flows::Step::Mentor(Step::Ending(id)) {
            self.stale();
            return Ok(());
        }
        if let Some((record, side)) = self.my_running_match(id).await? {
            self.end_match(&record, side, reason).await?;
        }
        Ok(())
    }

    /// Ends a running match kindly: the other side is told without blame
    /// (and without the reason), the coordinator with it, and the newcomer
    /// goes back to the pool.
    async fn end_match(
        &mut self,
        record: &MatchRecord,
        side: Side,
        reason: EndReason,
    ) -> Result<(), EngineError> {
        let app = self.app;
        let mut deliveries = Vec::new();
        let completed = reason == EndReason::Completed;
        let (other_side, other_locale, other_chat) = match side {
            Side::Mentor => (Side::Newcomer, record.newcomer_locale, record.newcomer_chat),
            _ => (Side::Mentor, record.mentor_locale, record.mentor_chat),
        };
        let tr = app.i18n.tr(other_locale);
        let key = match (completed, other_side) {
            (true, _) => "match-completed-other",
            (false, Side::Newcomer) => "match-ended-newcomer",
            (false, _) => "match-ended-mentor",
        };
        let mut text = tr.msg_args(
            key,
            &args![
                "name" => record.mentor_name.clone(),
                "language" => language_name(record.newcomer_locale.code()),
            ],
        );
        if completed && other_side == Side::Newcomer {
            // The newcomer stays on the list: say so, and how to leave it.
            text.push_str("\n\n");
            text.push_str(&tr.msg("match-back-on-list"));
        }
        deliveries.push(queued(
            app,
            record,
            other_chat,
            "ended".into(),
            Reply::plain(text),
            self.now,
        ));
        let staff_text = app.i18n.tr(Locale::Nb).msg_args(
            "match-staff-ended",
            &args![
                "mentor" => record.mentor_name.clone(),
                "language" => language_name(record.newcomer_locale.code()),
                "side" => app.i18n.tr(Locale::Nb).msg(side.label_key()),
                "reason" => app.i18n.tr(Locale::Nb).msg(reason.label_key()),
            ],
        );
        deliveries.extend(staff_notices(app, record, "ended", staff_text, self.now).await?);
        let ended = app
            .store
            .end_match(record.id, side, reason, &deliveries, self.now)
            .await?;
        self.state.step = self.home();
        if !ended {
            self.note_msg("match-not-running");
        } else {
            tracing::info!(municipality = %record.municipality, reason = reason.code(), "a match ended");
            let key = match (completed, side) {
                (true, _) => "match-completed-thanks",
                (false, Side::Newcomer) => "match-ended-by-newcomer",
                (false, _) => "match-ended-by-mentor",
            };
            self.note_msg(key);
            if completed && side == Side::Newcomer {
                self.note_msg("match-back-on-list");
            }
        }
        self.prompt();
        Ok(())
    }

    /// What is wrong, typed: it reaches the municipality as a case, whose
    /// answers come back in this chat.
    pub(super) async fn report_problem(&mut self, id: i64, text: &str) -> Result<(), EngineError> {
        let Some(text) = self.typed(text, crate::cases::MAX_MESSAGE_CHARS) else {
            return Ok(());
        };
        let Some((record, side)) = self.my_running_match(id).await? else {
            return Ok(());
        };
        let nb = self.app.i18n.tr(Locale::Nb);
        let who = nb.msg_args(
            "match-staff-problem-who",
            &args![
                "side" => nb.msg(side.label_key()),
                "mentor" => record.mentor_name.clone(),
                "language" => language_name(record.newcomer_locale.code()),
            ],
        );
        let category = match side {
            Side::Newcomer => self.newcomer.as_ref().and_then(|n| n.category),
            _ => None,
        };
        let (reference, waiting) = self
            .submit_case(&record.municipality, &who, category, &text, true)
            .await?;
        tracing::info!(case = %reference, municipality = %record.municipality, waiting, "a match problem was reported");
        let message = self.tr().msg_args(
            if waiting { "ask-kept" } else { "ask-sent" },
            &args![
                "case" => reference.as_str(),
                "municipality" => self.municipality_name(&record.municipality),
            ],
        );
        self.note(message);
        let home = self.home();
        self.go(home);
        Ok(())
    }

    /// This chat's running matches, with a way to end each.
    pub(super) async fn show_my_matches(&mut self) -> Result<(), EngineError> {
        let matches = self.app.store.matches_of(self.chat).await?;
        let tr = self.tr();
        let running: Vec<&MatchRecord> = matches
            .iter()
            .filter(|m| m.status == MatchStatus::Active)
            .collect();
        let mut lines = vec![tr.msg(if running.is_empty() {
            "match-mine-none"
        } else {
            "match-mine"
        })];
        let mut buttons = Vec::new();
        for record in running {
            let other = match record.side_of(self.chat) {
                Some(Side::Mentor) => tr.msg_args(
                    "match-the-newcomer",
                    &args!["language" => language_name(record.newcomer_locale.code())],
                ),
                _ => record.mentor_name.clone(),
            };
            let since = record
                .started_at
                .map_or_else(String::new, crate::i18n::format_oslo_date);
            lines.push(tr.msg_args(
                "match-mine-line",
                &args!["other" => other.clone(), "since" => since],
            ));
            buttons.push(vec![
                Button::new(
                    tr.msg("match-problem"),
                    MentorAction::CheckIn(record.id, CheckInAnswer::Problem),
                ),
                Button::new(
                    tr.msg_args("match-end-with", &args!["other" => other]),
                    MentorAction::End(record.id),
                ),
            ]);
        }
        buttons.push(self.menu_row());
        self.reply(lines.join("\n"), buttons);
        Ok(())
    }
}

/// The message keys this part builds from data.
pub(super) fn dynamic_keys() -> impl Iterator<Item = &'static str> {
    EndReason::ALL.iter().map(|r| r.label_key())
}
