//! The scheduler: turns due announcement runs into outbox deliveries (one
//! transaction per run, idempotent per run), and sends each author a
//! delivery report once a run has gone out.

use std::sync::Arc;

use chrono::{DateTime, Duration, Utc};
use futures_util::future::BoxFuture;

use crate::announcements::Announcement;
use crate::args;
use crate::context::AppState;
use crate::i18n::Locale;
use crate::mentors::MentorStatus;
use crate::outbox::Reply;
use crate::store::{DeliveryStatus, NewDelivery, Origin, StoreError};

/// A run found this much later than its time (the service was down) is
/// skipped rather than sent late: an evening invitation should not arrive
/// the next afternoon.
pub const STALE_AFTER: Duration = Duration::hours(6);

/// What one scheduler step did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Work {
    /// Runs whose deliveries were queued.
    pub runs: usize,
    /// Deliveries queued by those runs.
    pub deliveries: u64,
    /// Runs skipped because they were stale.
    pub skipped: usize,
    /// Delivery reports queued for authors.
    pub reports: usize,
    /// Finished outbox rows removed by the retention.
    pub pruned: u64,
    /// What the other parts' tasks did (see [`Task`]).
    pub tasks: usize,
}

/// Work of another part of the service that the scheduler does on each
/// step, given the state and the time — the engine's check-ins of mentor
/// matches, wired in by `app` (the scheduler does not name the engine).
/// Returns how many things it did.
pub type Task = Arc<
    dyn Fn(AppState, DateTime<Utc>) -> BoxFuture<'static, Result<usize, StoreError>> + Send + Sync,
>;

/// How often the retention looks for old outbox rows.
pub const PRUNE_EVERY: Duration = Duration::hours(1);

/// The scheduler over the application's state.
pub struct Scheduler {
    app: AppState,
    /// How long finished outbox rows are kept (`None`: for ever).
    retention: Option<Duration>,
    /// When the retention last ran.
    pruned_at: std::sync::Mutex<Option<DateTime<Utc>>>,
    tasks: Vec<Task>,
}

impl Scheduler {
    pub fn new(app: AppState) -> Scheduler {
        Scheduler {
            app,
            retention: None,
            pruned_at: std::sync::Mutex::new(None),
            tasks: Vec::new(),
        }
    }

    /// Adds a task done on every step.
    pub fn with_task(mut self, task: Task) -> Scheduler {
        self.tasks.push(task);
        self
    }

    /// Removes finished outbox rows older than `retention`, once per
    /// [`PRUNE_EVERY`].
    pub fn with_retention(mut self, retention: Option<Duration>) -> Scheduler {
        self.retention = retention;
        self
    }

    /// Queues every due run and every finished run's report.
    pub async fn try_execute_task(&self) -> Result<Work, StoreError> {
        let mut work = Work::default();
        let now = self.app.clock.now();
        for announcement in self.app.store.due_announcements(now).await? {
            let queued = self.run(&announcement, now).await?;
            match queued {
                Some(n) => {
                    work.runs += 1;
                    work.deliveries += n;
                }
                None => work.skipped += 1,
            }
        }
        for announcement in self.app.store.runs_to_report().await? {
            self.report(&announcement, now).await?;
            work.reports += 1;
        }
        for task in &self.tasks {
            work.tasks += task(self.app.clone(), now).await?;
        }
        if let Some(retention) = self.retention
            && self.prune_due(now)
        {
            work.pruned = self.app.store.prune_outbox(now - retention).await?;
            if work.pruned > 0 {
                tracing::info!(rows = work.pruned, "old outbox rows removed");
            }
        }
        Ok(work)
    }

    /// Whether the retention should run now (and notes that it does).
    fn prune_due(&self, now: DateTime<Utc>) -> bool {
        let mut last = self
            .pruned_at
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if last.is_some_and(|at| now - at < PRUNE_EVERY) {
            return false;
        }
        *last = Some(now);
        true
    }

    /// Queues the due run of one announcement; `None` if it was stale.
    pub async fn run(
        &self,
        announcement: &Announcement,
        now: DateTime<Utc>,
    ) -> Result<Option<u64>, StoreError> {
        let Some(run_at) = announcement.next_run_at else {
            return Ok(Some(0));
        };
        // The run after this one; if the service was down long enough to
        // miss it too, the first one still to come.
        let next = match announcement.schedule.next_after(run_at) {
            Some(next) if next <= now => announcement.schedule.next_after(now),
            other => other,
        };
        if now - run_at > STALE_AFTER {
            tracing::warn!(
                announcement = announcement.id,
                "skipped a run the service missed"
            );
            self.app
                .store
                .queue_run(announcement.id, run_at, &[], next, now)
                .await?;
            return Ok(None);
        }
        let newcomers = self
            .app
            .store
            .newcomers_in(&announcement.municipality)
            .await?;
        let name = self
            .app
            .content
            .municipality(&announcement.municipality)
            .map_or(announcement.municipality.clone(), |m| m.name.clone());
        let mentors: Vec<_> = if announcement.audience.reaches_mentors() {
            self.app
                .store
                .mentors_in(
                    &announcement.municipality,
                    &[MentorStatus::Approved, MentorStatus::Paused],
                )
                .await?
                .into_iter()
                .map(|m| (m.chat, m.locale))
                .collect()
        } else {
            Vec::new()
        };
        let deliveries =
            announcement.deliveries(&newcomers, &mentors, &name, run_at, &self.app.i18n);
        let queued = self
            .app
            .store
            .queue_run(announcement.id, run_at, &deliveries, next, now)
            .await?;
        tracing::info!(
            announcement = announcement.id,
            queued,
            "announcement run queued"
        );
        Ok(Some(queued))
    }

    /// Queues the delivery report of an announcement's last run to its author.
    async fn report(
        &self,
        announcement: &Announcement,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let (Some(author), Some(run_at)) = (announcement.author, announcement.last_run_at) else {
            return Ok(());
        };
        let locale = self
            .app
            .store
            .load_conversation(author)
            .await?
            .map_or(Locale::Nb, |c| c.locale);
        let counts = self
            .app
            .store
            .announcement_report(&announcement.municipality, announcement.id)
            .await?;
        let count = |status| counts.get(&status).copied().unwrap_or(0) as i64;
        let tr = self.app.i18n.tr(locale);
        let text = tr.msg_args(
            "announce-report",
            &args![
                "title" => crate::announcements::headline(announcement),
                "sent" => count(DeliveryStatus::Sent),
                "blocked" => count(DeliveryStatus::Blocked),
                "failed" => count(DeliveryStatus::Failed),
                "queued" => count(DeliveryStatus::Queued) + count(DeliveryStatus::Sending),
            ],
        );
        let body = Reply::outbox_body(text);
        let delivery = NewDelivery {
            municipality: announcement.municipality.clone(),
            chat: author,
            source: format!("report:{}:{}", announcement.id, run_at.timestamp()),
            origin: Origin::Other,
            body,
            urgent: false,
            not_before: now,
        };
        self.app.store.enqueue(&delivery, now).await?;
        self.app.store.mark_reported(announcement.id, run_at).await
    }

    /// Works every few seconds until `stop` turns true.
    pub async fn run_until_stopped(self, mut stop: tokio::sync::watch::Receiver<bool>) {
        const EVERY: std::time::Duration = std::time::Duration::from_secs(5);
        while !*stop.borrow() {
            if let Err(error) = self.try_execute_task().await {
                tracing::error!(%error, "scheduler step failed");
            }
            tokio::select! {
                _ = stop.changed() => {}
                _ = tokio::time::sleep(EVERY) => {}
                _ = self.app.scheduler_wake.notified() => {}
            }
        }
    }
}
