//! The scheduled follow-up: which are due, and the message itself, chosen
//! from the person's situation — the checklist steps still open (a button
//! to each of the next), a fadder if they have none, the next events, and
//! from three months the pulse. "Not now" and "fewer messages" are always
//! there. Each goes through the outbox, held till morning in the quiet
//! hours, once per follow-up.

use chrono::{DateTime, Utc};

use super::FollowUpAction;
use crate::args;
use crate::context::AppState;
use crate::conversation::events::when;
use crate::conversation::guide::{GuideAction, cut};
use crate::conversation::home::MenuItem;
use crate::conversation::mentor::MentorAction;
use crate::conversation::{Button, EngineError, Reply};
use crate::followups::{Offset, Plan};
use crate::i18n::Tr;
use crate::newcomers::Newcomer;
use crate::outbox::{NewDelivery, Origin};

/// How many due follow-ups one pass takes, and how many newcomers it
/// starts the plan for.
const BATCH: i64 = 200;

/// How many checklist steps get a button of their own.
const STEPS_SHOWN: usize = 3;

/// How many events a follow-up names.
const EVENTS_SHOWN: usize = 2;

pub(super) fn plan_of(app: &AppState, municipality: &str) -> Plan {
    app.content
        .municipality(municipality)
        .map(|m| m.followups.plan.clone())
        .unwrap_or_default()
}

/// "a week", "3 months", "2 years": how long since they registered.
fn since(tr: &Tr, offset: Offset) -> String {
    let (key, count) = match offset {
        Offset::Days(days) if days % 7 == 0 => ("followup-weeks", days / 7),
        Offset::Days(days) => ("followup-days", days),
        Offset::Months(months) if months % 12 == 0 => ("followup-years", months / 12),
        Offset::Months(months) => ("followup-months", months),
    };
    tr.msg_args(key, &args!["count" => i64::from(count)])
}

/// The follow-up `offset` after registering, for `newcomer`, in their
/// language; with the pulse if `pulse`.
pub(super) async fn followup_reply(
    app: &AppState,
    newcomer: &Newcomer,
    offset: Offset,
    pulse: bool,
    now: DateTime<Utc>,
) -> Result<Reply, EngineError> {
    let tr = app.i18n.tr(newcomer.locale);
    let municipality = newcomer.municipality.clone().unwrap_or_default();
    let name = app
        .content
        .municipality(&municipality)
        .map_or(municipality.clone(), |m| m.short_name.clone());
    let mut lines = vec![tr.msg_args(
        "followup-hello",
        &args!["since" => since(&tr, offset), "municipality" => name],
    )];
    let mut buttons: Vec<Vec<Button>> = Vec::new();
    let fu = |key: &str, action: FollowUpAction| Button::new(tr.msg(key), action);

    // The checklist: what is still open, and the next steps one can take.
    let progress = app.store.checklist_progress(newcomer.chat).await?;
    let guide = app.content.guide();
    let steps: Vec<_> = guide
        .checklist()
        .iter()
        .filter(|s| s.applies_to(newcomer))
        .collect();
    let open: Vec<_> = steps
        .iter()
        .filter(|s| !progress.contains_key(&s.id))
        .collect();
    if !open.is_empty() {
        lines.push(tr.msg_args("followup-checklist", &args!["count" => open.len() as i64]));
        let ready = open.iter().filter(|s| {
            s.after
                .iter()
                .all(|a| progress.contains_key(a) || !steps.iter().any(|x| x.id == *a))
        });
        for step in ready.take(STEPS_SHOWN) {
            buttons.push(vec![Button::new(
                cut(&format!(
                    "📋 {}",
                    guide.step_label(newcomer.locale, &step.id)
                )),
                GuideAction::Topic(step.topic.clone(), 0),
            )]);
        }
    }

    // A fadder, if they have none and have not asked for one.
    let (pool, mentor) = tokio::try_join!(
        app.store.pool_entry_of(newcomer.chat),
        app.store.mentor_of(newcomer.chat)
    )?;
    if pool.is_none() && mentor.is_none() {
        lines.push(tr.msg("followup-mentor"));
        buttons.push(vec![Button::new(
            tr.msg("followup-mentor-button"),
            MentorAction::Open,
        )]);
    }

    // The next events for them.
    let events: Vec<(String, DateTime<Utc>)> =
        crate::conversation::events::upcoming(app, &municipality, now, |e| {
            e.details.is_for(newcomer, now)
        })
        .await?
        .into_iter()
        .map(|(e, times)| (e.details.title_for(newcomer.locale).to_owned(), times[0]))
        .collect();
    if !events.is_empty() {
        let list: Vec<String> = events
            .iter()
            .take(EVENTS_SHOWN)
            .map(|(title, at)| format!("• {title} – {}", when(&tr, *at)))
            .collect();
        lines.push(format!(
            "{}\n{}",
            tr.msg("followup-events"),
            list.join("\n")
        ));
        buttons.push(vec![Button::new(
            tr.msg("followup-events-button"),
            MenuItem::Events,
        )]);
    }

    if pulse {
        lines.push(tr.msg("followup-pulse"));
        buttons.push(vec![fu(
            "followup-pulse-start",
            FollowUpAction::Start(offset.months()),
        )]);
    }
    lines.push(tr.msg("followup-footer"));
    buttons.push(vec![
        fu("followup-not-now", FollowUpAction::NotNow),
        fu("followup-fewer", FollowUpAction::Pause),
    ]);
    Ok(Reply {
        text: lines.join("\n\n"),
        buttons,
        html: false,
        file: None,
    })
}

/// Starts the plan for newcomers who have none, and queues the follow-ups
/// that are due, over every municipality: one per person (the latest due,
/// after downtime), held till morning in the quiet hours. Returns how many
/// it queued. Run by the scheduler; recording is a compare-and-set, so
/// instances that run it at once do not send anything twice.
pub async fn keep_followups(app: &AppState, now: DateTime<Utc>) -> Result<usize, EngineError> {
    let store = &app.store;
    let fresh = store.newcomers_without_followups(BATCH).await?;
    if !fresh.is_empty() {
        let rows: Vec<_> = fresh
            .into_iter()
            .map(|(chat, municipality, registered)| {
                let first = plan_of(app, &municipality).start(registered, now);
                (chat, municipality, first)
            })
            .collect();
        store.seed_followups(&rows, now).await?;
    }
    let mut queued = 0;
    for due in store.due_followups(now, BATCH).await? {
        let plan = plan_of(app, &due.municipality);
        let sent = due.sent as usize;
        let Some(next) = plan.due(sent, due.consented_at, now) else {
            // The plan changed under it: wait for what it says now.
            let later = plan.due_at(sent, due.consented_at).filter(|at| *at > now);
            store
                .record_followup(due.chat, due.sent, due.sent, later, &[], now)
                .await?;
            continue;
        };
        let Some(newcomer) = store.load_newcomer(due.chat).await? else {
            continue;
        };
        let offset = plan.0[next.index];
        let reply = followup_reply(app, &newcomer, offset, next.pulse, now).await?;
        let delivery = NewDelivery {
            municipality: due.municipality.clone(),
            chat: due.chat,
            source: format!("followup:{}", next.index),
            origin: Origin::Other,
            body: reply.to_body(),
            urgent: false,
            not_before: app.quiet_hours.map_or(now, |quiet| quiet.release(now)),
        };
        let sent_now = u32::try_from(next.index + 1).unwrap_or(u32::MAX);
        if store
            .record_followup(due.chat, due.sent, sent_now, next.next, &[delivery], now)
            .await?
        {
            queued += 1;
        }
    }
    if queued > 0 {
        tracing::info!(queued, "follow-ups queued");
    }
    Ok(queued)
}
