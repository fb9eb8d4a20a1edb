//! The delivery engine: the one worker that sends every message that is not
//! a direct reply (announcements, reminders, follow-ups, staff
//! notifications) from the outbox, and the send budget it shares with the
//! direct replies. It owns the global send rate, the per-chat spacing, quiet
//! hours, retries with backoff, `retry_after`, blocked recipients and crash
//! safety:
//!
//! - one process sends the outbox at a time: the one holding the sending
//!   lease (on PostgreSQL an advisory lock; others wait and take over when
//!   it goes);
//! - deliveries are sent in batches of at most [`MAX_BATCH`]: one
//!   statement marks a batch `sending` before any of its requests, they
//!   go out concurrently (still within the send budget, the global pace
//!   and each chat's spacing), and one statement marks the ones sent
//!   `sent` once every answer is in. Killing the process repeats at most
//!   the batch in flight, each message once (the next lease holder puts
//!   it back in the queue when it takes over);
//! - `(source, chat)` is unique in the outbox, so re-enqueueing never doubles
//!   a message;
//! - every message to Telegram, from the outbox or a direct reply, from any
//!   process, first takes a slot of the [`SendBudget`].

mod budget;

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use async_trait::async_trait;
use tokio::time::Instant;

pub use budget::{SendBudget, SendPermit};

use crate::clock::Clock;
use crate::newcomers::ChatKey;
use crate::outbox::Reply;
use crate::store::{Delivery, SendingLease, Store, StoreError};

/// What the messenger said about one message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SendOutcome {
    Sent,
    /// Too many requests: wait this long before sending anything.
    RetryAfter(Duration),
    /// Blocked, deactivated, or never started a chat: stop sending there.
    Unreachable(String),
    /// A network problem or a timeout: try again later.
    Transient(String),
    /// Refused for good (a malformed message): do not retry.
    Rejected(String),
}

/// Something that can deliver a message to a chat (Telegram; fakes in tests).
#[async_trait]
pub trait Sender: Send + Sync {
    async fn send(&self, chat: ChatKey, message: &Reply) -> SendOutcome;
}

pub use crate::when::QuietHours;

/// How the worker paces and retries.
#[derive(Clone, Debug)]
pub struct DeliveryConfig {
    /// Messages per second across all chats (Telegram: about 30; with paid
    /// broadcast up to 1 000).
    pub global_per_second: f64,
    /// The smallest gap between two messages to one chat.
    pub per_chat_spacing: Duration,
    pub quiet_hours: Option<QuietHours>,
    /// Attempts before a transiently failing delivery is given up.
    pub max_attempts: i32,
    /// The first retry waits this long; each further one twice as long…
    pub backoff_base: Duration,
    /// …but never longer than this.
    pub backoff_max: Duration,
    /// How often an idle worker looks for new work.
    pub idle_poll: Duration,
    /// How often a worker that does not hold the sending lease (another
    /// instance sends) tries to take it.
    pub lead_retry: Duration,
}

impl Default for DeliveryConfig {
    fn default() -> DeliveryConfig {
        DeliveryConfig {
            global_per_second: 30.0,
            per_chat_spacing: Duration::from_millis(1100),
            quiet_hours: Some(QuietHours::evening_to_morning()),
            max_attempts: 8,
            backoff_base: Duration::from_secs(2),
            backoff_max: Duration::from_secs(15 * 60),
            idle_poll: Duration::from_secs(1),
            lead_retry: Duration::from_secs(2),
        }
    }
}

/// What one step of the worker did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    /// A batch of deliveries was attempted: how each went, in the order
    /// they were claimed (those a 429 stopped before their request are
    /// back in the queue and not listed).
    Attempted(Vec<SendOutcome>),
    /// Something is due, but must wait (for a send slot, a chat's spacing,
    /// or the pause after a 429 or a takeover) until this instant.
    WaitUntil(Instant),
    /// Nothing is due; look again at this instant.
    Idle(Instant),
    /// Nothing was sent, but there is more to do at once: another worker
    /// took the deliveries first, or waiting messages were moved back.
    Again,
}

/// The most deliveries the worker claims and sends at once. It is what a
/// `kill -9` can cost: the messages of the batch in flight are sent again
/// after a restart, each at most once (the ones that had already reached
/// Telegram are doubled). Measured unthrottled against the fake Bot API
/// on a 2-core machine busy with another build (see the README,
/// "Benchmark"): SQLite gained nothing past 32 (about 10 000 messages a
/// second, 8 000 at 16) and PostgreSQL about a tenth more at 64 (5 500 at 32,
/// 4 300 at 16); 32 keeps what a crash can double half as large as 64.
pub const MAX_BATCH: usize = 32;

/// How many messages of a batch ask the send budget for a slot at once.
/// Asking a shared budget is a round trip to the database: one ask at a
/// time fell behind 1 000 messages a second on PostgreSQL, while the whole
/// batch asking at once (again and again, together, while every slot is
/// taken) was no faster than four.
const TAKERS: usize = 4;

/// How much sending one batch covers at the global rate. Its messages go
/// out evenly over it, so a message queued meanwhile (an urgent one too)
/// waits at most about this long for the batch to end, and a 429 stops at
/// most this much sending that was already claimed.
const BATCH_SPAN: Duration = Duration::from_millis(50);

impl DeliveryConfig {
    /// How many deliveries the worker claims and sends at once: what the
    /// global rate sends in [`BATCH_SPAN`], at least one and at most
    /// [`MAX_BATCH`] (30 a second: 2; 100 a second: 5; 1 000 a second or
    /// no limit: 32).
    pub fn batch_size(&self) -> usize {
        let per_span = self.global_per_second * BATCH_SPAN.as_secs_f64();
        if per_span.is_nan() || per_span >= MAX_BATCH as f64 {
            MAX_BATCH
        } else {
            (per_span.ceil() as usize).clamp(1, MAX_BATCH)
        }
    }
}

/// How many due deliveries the worker reads ahead for a batch of `size`:
/// enough to fill it past those whose chat must wait.
fn candidates(size: usize) -> i64 {
    (4 * size).max(64) as i64
}

/// Past this many remembered chats, those whose spacing has passed are
/// forgotten.
const PRUNE_ABOVE: usize = 10_000;

/// What became of one claimed delivery.
enum Attempt {
    /// Its request was made (or its body could not be read); the answer
    /// came at `answered`.
    Made {
        outcome: SendOutcome,
        answered: Instant,
    },
    /// Not made: a 429 to another message of the batch came first, or no
    /// budget slot could be taken (the error).
    NotMade(Option<StoreError>),
}

/// The delivery worker.
pub struct DeliveryWorker {
    store: Arc<dyn Store>,
    sender: Arc<dyn Sender>,
    clock: Arc<dyn Clock>,
    config: DeliveryConfig,
    /// The earliest instant the next message may go out (global pacing).
    next_slot: Instant,
    /// Set after a 429: nothing goes out before it.
    paused_until: Option<Instant>,
    last_sent: HashMap<ChatKey, Instant>,
    /// Due deliveries read ahead, so the database is asked once for
    /// several batches rather than once per batch.
    batch: Vec<Delivery>,
    batch_read_at: Option<(Instant, bool)>,
    /// Every message takes a slot of it first.
    budget: SendBudget,
    /// Held while this worker sends the outbox.
    lease: Option<Box<dyn SendingLease>>,
    lease_checked_at: Instant,
    /// Where it counts what it does.
    metrics: Option<Arc<crate::metrics::Metrics>>,
}

/// How far ahead of its slot a message may go (timer granularity).
const SLACK: Duration = Duration::from_millis(2);

/// How often the sending worker makes sure it still holds the lease.
const LEASE_CHECK: Duration = Duration::from_secs(1);

/// How long a read-ahead batch is trusted before the queue is read again
/// (so a new urgent message waits at most this long behind a broadcast).
const BATCH_FRESH_FOR: Duration = Duration::from_millis(250);

impl DeliveryWorker {
    /// A worker with a budget of its own, kept in this process (see
    /// [`DeliveryWorker::with_budget`] to share one).
    pub fn new(
        store: Arc<dyn Store>,
        sender: Arc<dyn Sender>,
        clock: Arc<dyn Clock>,
        config: DeliveryConfig,
    ) -> DeliveryWorker {
        DeliveryWorker {
            store,
            sender,
            clock,
            next_slot: Instant::now(),
            paused_until: None,
            last_sent: HashMap::new(),
            batch: Vec::new(),
            batch_read_at: None,
            budget: SendBudget::in_process(config.global_per_second),
            config,
            lease: None,
            lease_checked_at: Instant::now(),
            metrics: None,
        }
    }

    /// Counts its deliveries and beats for `/healthz` in `metrics`.
    pub fn with_metrics(mut self, metrics: Arc<crate::metrics::Metrics>) -> DeliveryWorker {
        self.metrics = Some(metrics);
        self
    }

    /// Takes every message's slot from `budget`, shared with the direct
    /// replies (and on PostgreSQL with every instance).
    pub fn with_budget(mut self, budget: SendBudget) -> DeliveryWorker {
        self.budget = budget;
        self
    }

    fn interval(&self) -> Duration {
        Duration::from_secs_f64(1.0 / self.config.global_per_second.max(0.001))
    }

    fn backoff(&self, attempts: i32) -> Duration {
        let exponent = attempts.clamp(1, 20) as u32 - 1;
        self.config
            .backoff_base
            .saturating_mul(2u32.saturating_pow(exponent))
            .min(self.config.backoff_max)
    }

    /// Puts deliveries a stopped sender left half-sent back in the queue.
    /// Only the lease holder may call it ([`DeliveryWorker::try_lead`]
    /// does, as it takes the lease): then the previous sender is gone.
    pub async fn recover(&self) -> Result<u64, StoreError> {
        let requeued = self.store.requeue_interrupted(self.clock.now()).await?;
        if requeued > 0 {
            tracing::info!(
                requeued,
                "deliveries interrupted by a stop are queued again"
            );
        }
        Ok(requeued)
    }

    /// Whether this worker sends the outbox. Takes the sending lease if no
    /// other process holds it, then puts back in the queue what the
    /// previous sender left half-sent, and waits one chat's spacing before
    /// its first message (the previous sender's last ones, and the ones it
    /// left in flight, may have just arrived). While it holds the lease,
    /// makes sure (once a second) that it still does.
    pub async fn try_lead(&mut self) -> Result<bool, StoreError> {
        if let Some(lease) = &mut self.lease {
            if self.lease_checked_at.elapsed() < LEASE_CHECK || lease.still_held().await {
                self.lease_checked_at = Instant::now();
                return Ok(true);
            }
            self.lease = None;
            self.batch.clear();
            self.batch_read_at = None;
            tracing::warn!("the sending lease was lost; another instance may send now");
            return Ok(false);
        }
        let Some(lease) = self.store.lead_sending().await? else {
            return Ok(false);
        };
        // Holding the lease, the previous sender is gone: what it left
        // `sending` will not be finished by it.
        self.recover().await?;
        self.lease = Some(lease);
        self.lease_checked_at = Instant::now();
        self.paused_until = Some(Instant::now() + self.config.per_chat_spacing);
        tracing::info!("this instance sends the outbox");
        Ok(true)
    }

    /// Sends at most one batch: claims up to
    /// [`DeliveryConfig::batch_size`] due deliveries to different chats in
    /// one statement, sends them concurrently, each at its slot of the
    /// global pace and with a slot of the send budget, and records them.
    ///
    /// The claim marks them `sending` before any request, and the ones
    /// sent are marked `sent` together once every answer is in: a process
    /// killed in between leaves at most this batch `sending`, which the
    /// next lease holder queues again (see [`DeliveryWorker::try_lead`]),
    /// so it repeats at most these messages, each once.
    pub async fn try_execute_task(&mut self) -> Result<Step, StoreError> {
        let now = Instant::now();
        if let Some(until) = self.paused_until {
            if until > now {
                return Ok(Step::WaitUntil(until));
            }
            self.paused_until = None;
        }
        // Timers tick in whole milliseconds, so a slot less than SLACK away
        // is taken now; the send budget still holds the rate.
        if self.next_slot > now + SLACK {
            tokio::time::sleep_until(self.next_slot - SLACK).await;
        }
        let utc_now = self.clock.now();
        let include_non_urgent = !self
            .config
            .quiet_hours
            .is_some_and(|quiet| quiet.contains(utc_now));
        let size = self.config.batch_size();
        let stale = match self.batch_read_at {
            Some((at, urgent_only)) => {
                at.elapsed() > BATCH_FRESH_FOR || urgent_only == include_non_urgent
            }
            None => true,
        };
        if self.batch.len() < size || stale {
            self.batch = self
                .store
                .due_deliveries(utc_now, include_non_urgent, candidates(size))
                .await?;
            self.batch_read_at = Some((Instant::now(), !include_non_urgent));
        }
        let (chosen, deferred) = self.choose(size, utc_now).await?;
        if chosen.is_empty() {
            self.batch_read_at = None;
            let now = Instant::now();
            return Ok(if deferred {
                Step::Again
            } else {
                Step::Idle(now + self.until_next_due(include_non_urgent).await?)
            });
        }
        let ids: Vec<i64> = chosen.iter().map(|d| d.id).collect();
        let claimed = self.store.start_sending(&ids, utc_now).await?;
        let claimed: Vec<Delivery> = chosen
            .into_iter()
            .filter(|d| claimed.contains(&d.id))
            .collect();
        if claimed.is_empty() {
            return Ok(Step::Again);
        }
        let attempts = self.send_all(&claimed).await;
        self.record_all(claimed, attempts).await
    }

    /// Takes the next batch out of the read-ahead: up to `size`
    /// deliveries, in queue order, to chats whose spacing has passed, no
    /// two to one chat (a second one stays for a later batch). A message
    /// whose chat must still wait is moved back in the queue, so it never
    /// holds up the messages to everyone else. Says whether one was.
    async fn choose(
        &mut self,
        size: usize,
        utc_now: chrono::DateTime<chrono::Utc>,
    ) -> Result<(Vec<Delivery>, bool), StoreError> {
        let now = Instant::now();
        let spacing = self.config.per_chat_spacing;
        let mut chosen = Vec::with_capacity(size);
        let mut chats = std::collections::HashSet::with_capacity(size);
        let mut later = Vec::with_capacity(self.batch.len());
        let mut deferred = false;
        for delivery in std::mem::take(&mut self.batch) {
            let eligible_at = self
                .last_sent
                .get(&delivery.chat)
                .map_or(now, |last| *last + spacing);
            if eligible_at > now {
                let wait = eligible_at - now;
                let until = utc_now + chrono::Duration::from_std(wait).unwrap_or_default();
                self.store.defer(delivery.id, until).await?;
                deferred = true;
            } else if chosen.len() < size && chats.insert(delivery.chat) {
                chosen.push(delivery);
            } else {
                later.push(delivery);
            }
        }
        self.batch = later;
        Ok((chosen, deferred))
    }

    /// Sends a claimed batch concurrently: each message waits for its slot
    /// of the global pace (the batch takes the next ones in turn), takes a
    /// slot of the send budget, and goes. After a 429 the messages not yet
    /// sent are not sent. Returns how each went, in the batch's order.
    async fn send_all(&mut self, batch: &[Delivery]) -> Vec<Attempt> {
        let interval = self.interval();
        // A slow step does not lower the rate: the batch starts on the
        // grid where the last one ended, unless that is long past (then a
        // burst to catch up would break the pace).
        let start = self.next_slot.max(Instant::now() - SLACK);
        self.next_slot = start + interval.saturating_mul(batch.len() as u32);
        let halted = AtomicBool::new(false);
        let taking = tokio::sync::Semaphore::new(TAKERS);
        let sends = batch.iter().enumerate().map(|(index, delivery)| {
            let at = start + interval.saturating_mul(index as u32);
            self.send_at(at, delivery, &taking, &halted)
        });
        futures_util::future::join_all(sends).await
    }

    /// Sends one message of a batch at `at` (see [`DeliveryWorker::send_all`]).
    async fn send_at(
        &self,
        at: Instant,
        delivery: &Delivery,
        taking: &tokio::sync::Semaphore,
        halted: &AtomicBool,
    ) -> Attempt {
        if at > Instant::now() + SLACK {
            tokio::time::sleep_until(at - SLACK).await;
        }
        if halted.load(Ordering::Acquire) {
            return Attempt::NotMade(None);
        }
        let permit = {
            let _turn = taking.acquire().await.ok();
            self.budget.take().await
        };
        let permit = match permit {
            Ok(permit) => permit,
            Err(error) => return Attempt::NotMade(Some(error)),
        };
        // A 429 may have come while this one waited for its slot.
        if halted.load(Ordering::Acquire) {
            permit.unused().await;
            return Attempt::NotMade(None);
        }
        let outcome = match Reply::from_body(&delivery.body) {
            Ok(message) => {
                let outcome = self.sender.send(delivery.chat, &message).await;
                permit.used().await;
                outcome
            }
            Err(error) => {
                permit.unused().await;
                SendOutcome::Rejected(error.to_string())
            }
        };
        if matches!(outcome, SendOutcome::RetryAfter(_)) {
            halted.store(true, Ordering::Release);
        }
        Attempt::Made {
            outcome,
            answered: Instant::now(),
        }
    }

    async fn until_next_due(&self, include_non_urgent: bool) -> Result<Duration, StoreError> {
        let poll = self.config.idle_poll;
        Ok(match self.store.next_due(include_non_urgent).await? {
            Some(due) => (due - self.clock.now())
                .to_std()
                .unwrap_or_default()
                .min(poll),
            None => poll,
        })
    }

    /// Records a sent batch: the messages sent as `sent` in one statement
    /// (first: it is what a crash must not lose), each other outcome on
    /// its own, and those not attempted back in the queue.
    async fn record_all(
        &mut self,
        batch: Vec<Delivery>,
        attempts: Vec<Attempt>,
    ) -> Result<Step, StoreError> {
        let now = self.clock.now();
        let mut sent = Vec::with_capacity(batch.len());
        let mut not_made = Vec::new();
        let mut failed = Vec::new();
        let mut outcomes = Vec::with_capacity(batch.len());
        let mut budget_error = None;
        for (delivery, attempt) in batch.into_iter().zip(attempts) {
            match attempt {
                Attempt::Made {
                    outcome: SendOutcome::Sent,
                    answered,
                } => {
                    sent.push(delivery.id);
                    self.count(&SendOutcome::Sent);
                    self.last_sent.insert(delivery.chat, answered);
                    outcomes.push(SendOutcome::Sent);
                }
                Attempt::Made { outcome, answered } => {
                    self.count(&outcome);
                    outcomes.push(outcome.clone());
                    failed.push((delivery, outcome, answered));
                }
                Attempt::NotMade(error) => {
                    not_made.push(delivery.id);
                    budget_error = budget_error.or(error);
                }
            }
        }
        self.store.mark_sent(&sent, now).await?;
        if self.last_sent.len() > PRUNE_ABOVE {
            let spacing = self.config.per_chat_spacing;
            let now = Instant::now();
            self.last_sent.retain(|_, last| *last + spacing > now);
        }
        for (delivery, outcome, answered) in failed {
            self.record_failure(&delivery, &outcome, answered).await?;
        }
        self.store.put_back(&not_made, now).await?;
        match budget_error {
            Some(error) => Err(error),
            None if outcomes.is_empty() => Ok(Step::Again),
            None => Ok(Step::Attempted(outcomes)),
        }
    }

    fn count(&self, outcome: &SendOutcome) {
        if let Some(metrics) = &self.metrics {
            let kind = match outcome {
                SendOutcome::Sent => "sent",
                SendOutcome::RetryAfter(_) => "retry-after",
                SendOutcome::Unreachable(_) => "unreachable",
                SendOutcome::Transient(_) => "transient",
                SendOutcome::Rejected(_) => "rejected",
            };
            metrics.deliveries.with_label_values(&[kind]).inc();
            if matches!(outcome, SendOutcome::RetryAfter(_)) {
                metrics.rate_limited.inc();
            }
        }
    }

    /// Records a message that was not sent: when to try again, or why not.
    async fn record_failure(
        &mut self,
        delivery: &Delivery,
        outcome: &SendOutcome,
        answered: Instant,
    ) -> Result<(), StoreError> {
        let now = self.clock.now();
        match outcome {
            SendOutcome::Sent => {}
            SendOutcome::RetryAfter(wait) => {
                let until = now + chrono::Duration::from_std(*wait).unwrap_or_default();
                self.store
                    .retry_later(delivery.id, until, "429 Too Many Requests", now)
                    .await?;
                let pause = answered + *wait;
                self.paused_until = Some(self.paused_until.map_or(pause, |p| p.max(pause)));
                self.batch.clear();
                tracing::warn!(
                    retry_after_ms = wait.as_millis() as u64,
                    "Telegram asked to slow down"
                );
            }
            SendOutcome::Unreachable(error) => {
                let stopped = self.store.block_chat(delivery.chat, error, now).await?;
                tracing::info!(
                    stopped,
                    "recipient unreachable; their deliveries are stopped"
                );
            }
            SendOutcome::Transient(error) => {
                if delivery.attempts + 1 >= self.config.max_attempts {
                    self.store.mark_failed(delivery.id, error, now).await?;
                } else {
                    let wait = self.backoff(delivery.attempts + 1);
                    let until = now + chrono::Duration::from_std(wait).unwrap_or_default();
                    self.store
                        .retry_later(delivery.id, until, error, now)
                        .await?;
                }
            }
            SendOutcome::Rejected(error) => {
                self.store.mark_failed(delivery.id, error, now).await?;
                tracing::warn!(source = %delivery.source, %error, "a delivery was refused");
            }
        }
        Ok(())
    }

    /// Works until `stop` turns true: sends while it holds the sending
    /// lease, and otherwise tries to take it every `lead_retry`. A send in
    /// progress is finished (and recorded) first, then the lease is given
    /// up. Store errors are logged and the worker backs off; it never gives
    /// up on its own.
    pub async fn run_until_stopped(mut self, mut stop: tokio::sync::watch::Receiver<bool>) {
        while !*stop.borrow() {
            if let Some(metrics) = &self.metrics {
                metrics.beat(self.clock.now().timestamp());
            }
            let leading = match self.try_lead().await {
                Ok(leading) => leading,
                Err(error) => {
                    tracing::error!(%error, "could not take the sending lease");
                    false
                }
            };
            if !leading {
                tokio::select! {
                    _ = stop.changed() => {}
                    _ = tokio::time::sleep(self.config.lead_retry) => {}
                }
                continue;
            }
            let wait_until = match self.try_execute_task().await {
                Ok(Step::WaitUntil(until) | Step::Idle(until)) => until,
                Ok(Step::Attempted(_) | Step::Again) => continue,
                Err(error) => {
                    tracing::error!(%error, "delivery step failed");
                    Instant::now() + self.config.idle_poll
                }
            };
            tokio::select! {
                _ = stop.changed() => {}
                _ = tokio::time::sleep_until(wait_until) => {}
            }
        }
        if let Some(lease) = self.lease.take() {
            lease.release().await;
        }
    }
}
