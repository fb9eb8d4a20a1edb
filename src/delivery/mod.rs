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
//!   `sent` once every answer is in. While a batch waits for its answers
//!   the next ones are claimed and sent, as many as cover Telegram's
//!   answer time and at most [`MAX_FLIGHTS`]. Killing the process repeats
//!   at most the batches in flight, each message once (the next lease
//!   holder puts them back in the queue when it takes over);
//! - `(source, chat)` is unique in the outbox, so re-enqueueing never doubles
//!   a message;
//! - every message to Telegram, from the outbox or a direct reply, from any
//!   process, first takes a slot of the [`SendBudget`].

mod budget;
mod flight;
mod record;

use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;
use tokio::time::Instant;

pub use budget::{SendBudget, SendPermit};
use flight::{Crew, Flight};

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
    /// Batches of deliveries were attempted and recorded: how each message
    /// went, in the order they were claimed (those a 429 stopped before
    /// their request are back in the queue and not listed).
    Attempted(Vec<SendOutcome>),
    /// Something is due, but must wait (for a send slot, a chat's spacing,
    /// or the pause after a 429 or a takeover) until this instant.
    WaitUntil(Instant),
    /// Nothing is due; look again at this instant.
    Idle(Instant),
    /// Nothing was recorded, but there is more to do at once: a batch was
    /// sent off, another worker took the deliveries first, or waiting
    /// messages were moved back.
    Again,
}

/// The most deliveries the worker claims and sends at once. Measured
/// unthrottled against the fake Bot API
/// on a 2-core machine busy with another build (see the README,
/// "Benchmark"): SQLite gained nothing past 32 (about 10 000 messages a
/// second, 8 000 at 16) and PostgreSQL about a tenth more at 64 (5 500 at 32,
/// 4 300 at 16); 32 keeps what a crash can double half as large as 64.
pub const MAX_BATCH: usize = 32;

/// The most batches in flight at once: sent, and not all answered yet.
/// The worker keeps two, and one more for each batch's span Telegram takes
/// to answer (at 1 000 a second a batch spans 32 ms, so 50 ms answers
/// make four), so a distant Telegram does not slow the pace; and never
/// more than this.
pub const MAX_FLIGHTS: usize = 8;

/// The most messages in flight at once: what a `kill -9` can cost. They
/// are sent again after a restart, each at most once (the ones that had
/// already reached Telegram are doubled).
pub const MAX_IN_FLIGHT: usize = MAX_BATCH * MAX_FLIGHTS;

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

    /// The most messages in flight at once at this rate (what a `kill -9`
    /// can repeat): [`MAX_FLIGHTS`] batches.
    pub fn in_flight_limit(&self) -> usize {
        self.batch_size() * MAX_FLIGHTS
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

/// The delivery worker.
pub struct DeliveryWorker {
    store: Arc<dyn Store>,
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
    /// Whether that read took every due delivery there was.
    read_to_end: bool,
    /// The sender, the send budget every message takes a slot of first,
    /// and what the batches in flight share.
    crew: Crew,
    /// Batches sent and not yet recorded, oldest first, and their chats.
    flights: VecDeque<Flight>,
    flying_chats: HashSet<ChatKey>,
    /// How long Telegram took to answer, lately (the slowest answer of
    /// each batch, averaged).
    answer_time: Duration,
    /// How long the worker took to read, choose and claim a batch, lately
    /// (averaged): with no global rate, how often it can send one off.
    claim_time: Duration,
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
            clock,
            next_slot: Instant::now(),
            paused_until: None,
            last_sent: HashMap::new(),
            batch: Vec::new(),
            batch_read_at: None,
            read_to_end: false,
            crew: Crew::new(sender, SendBudget::in_process(config.global_per_second)),
            flights: VecDeque::new(),
            flying_chats: HashSet::new(),
            answer_time: Duration::ZERO,
            claim_time: Duration::ZERO,
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
        self.crew = Crew::new(self.crew.sender.clone(), budget);
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
            // What is in the air is recorded before another instance
            // finds it `sending`.
            self.land_all().await;
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

    /// One step of sending: records the batches that have landed, or
    /// claims up to [`DeliveryConfig::batch_size`] due deliveries to
    /// different chats (none to a chat with a message in flight) in one
    /// statement and sends them off concurrently, each at its slot of the
    /// global pace and with a slot of the send budget, on a task of their
    /// own. While they wait for their answers the next batches go out, up
    /// to as many as cover Telegram's answer time; past that, and when nothing
    /// more is due, it waits for the oldest batch to land and records it.
    ///
    /// The claim marks a batch `sending` before any request, and its
    /// messages sent are marked `sent` together once every answer is in:
    /// a process killed in between leaves at most the batches in flight
    /// `sending`, which the next lease holder queues again (see
    /// [`DeliveryWorker::try_lead`]), so it repeats at most these
    /// messages, each once.
    pub async fn try_execute_task(&mut self) -> Result<Step, StoreError> {
        if let Some(step) = self.record_landed().await? {
            return Ok(step);
        }
        let now = Instant::now();
        if let Some(until) = self.paused_until {
            if until > now {
                return self.land_oldest_or(Step::WaitUntil(until)).await;
            }
            self.paused_until = None;
        }
        if self.crew.halted() {
            // A 429: every batch in the air lands before anything more goes.
            if !self.flights.is_empty() {
                return self.land_oldest_or(Step::Again).await;
            }
            self.crew.resume();
        }
        if self.flights.len() >= self.flights_allowed() {
            return self.land_oldest_or(Step::Again).await;
        }
        // Timers tick in whole milliseconds, so a slot less than SLACK away
        // is taken now; the send budget still holds the rate.
        if self.next_slot > now + SLACK {
            tokio::time::sleep_until(self.next_slot - SLACK).await;
        }
        let claiming = Instant::now();
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
            let limit = candidates(size);
            self.batch = self
                .store
                .due_deliveries(utc_now, include_non_urgent, limit)
                .await?;
            self.batch_read_at = Some((Instant::now(), !include_non_urgent));
            self.read_to_end = (self.batch.len() as i64) < limit;
        }
        let (chosen, deferred) = self.choose(size, utc_now).await?;
        if chosen.is_empty() {
            self.batch_read_at = None;
            if !self.flights.is_empty() {
                return self.land_oldest_or(Step::Again).await;
            }
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
        self.claim_time = (self.claim_time * 3 + claiming.elapsed()) / 4;
        self.launch(claimed);
        if self.batch.is_empty() && self.read_to_end {
            // Nothing more is due: wait for the answers.
            return self.land_oldest_or(Step::Again).await;
        }
        Ok(Step::Again)
    }

    /// How many batches may be in flight: two, and one more for each
    /// batch's span Telegram lately took to answer, at most
    /// [`MAX_FLIGHTS`]. A batch spans what the global rate sends it in, or
    /// (with no global rate, or a slow database) the time the worker takes
    /// to claim one.
    fn flights_allowed(&self) -> usize {
        let span = self
            .interval()
            .saturating_mul(self.config.batch_size() as u32)
            .max(self.claim_time);
        if span.is_zero() {
            return 2;
        }
        let spans = (self.answer_time.as_secs_f64() / span.as_secs_f64()).ceil();
        (2 + spans.min(MAX_FLIGHTS as f64) as usize).min(MAX_FLIGHTS)
    }

    /// Sends a claimed batch off: its messages go out evenly, the first
    /// where the last batch ended on the global pace, unless that is long
    /// past (then a burst to catch up would break the pace).
    fn launch(&mut self, batch: Vec<Delivery>) {
        let interval = self.interval();
        let start = self.next_slot.max(Instant::now() - SLACK);
        self.next_slot = start + interval.saturating_mul(batch.len() as u32);
        self.flying_chats.extend(batch.iter().map(|d| d.chat));
        let flight = Flight::launch(self.crew.clone(), batch, start, interval);
        self.flights.push_back(flight);
    }

    /// Records every batch whose answers are all in, if any has landed.
    async fn record_landed(&mut self) -> Result<Option<Step>, StoreError> {
        let mut outcomes = Vec::new();
        let mut recorded = false;
        while let Some(flight) = self
            .flights
            .iter()
            .position(|f| f.sending.is_finished())
            .and_then(|index| self.flights.remove(index))
        {
            if let Step::Attempted(mut landed) = self.record(flight).await? {
                outcomes.append(&mut landed);
            }
            recorded = true;
        }
        Ok(match recorded {
            false => None,
            true if outcomes.is_empty() => Some(Step::Again),
            true => Some(Step::Attempted(outcomes)),
        })
    }

    /// Waits for the oldest batch in flight and records it; `otherwise`
    /// when none is.
    async fn land_oldest_or(&mut self, otherwise: Step) -> Result<Step, StoreError> {
        match self.flights.pop_front() {
            Some(flight) => self.record(flight).await,
            None => Ok(otherwise),
        }
    }

    /// Waits for every batch in flight and records them (on a stop, or
    /// when the lease is lost); an error is logged, and what it left
    /// `sending` is queued again by the next lease holder.
    async fn land_all(&mut self) {
        while let Some(flight) = self.flights.pop_front() {
            if let Err(error) = self.record(flight).await {
                tracing::error!(%error, "a landed batch was not recorded");
            }
        }
    }

    async fn record(&mut self, flight: Flight) -> Result<Step, StoreError> {
        let (batch, attempts) = flight.land().await;
        for delivery in &batch {
            self.flying_chats.remove(&delivery.chat);
        }
        self.record_all(batch, attempts).await
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
            } else if chosen.len() < size
                && !self.flying_chats.contains(&delivery.chat)
                && chats.insert(delivery.chat)
            {
                chosen.push(delivery);
            } else {
                later.push(delivery);
            }
        }
        self.batch = later;
        Ok((chosen, deferred))
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
        self.land_all().await;
        if let Some(lease) = self.lease.take() {
            lease.release().await;
        }
    }
}
