//! The delivery engine: the one worker that sends every message that is not
//! a direct reply (announcements, reminders, follow-ups, staff
//! notifications) from the outbox. It owns the global send rate, the
//! per-chat spacing, quiet hours, retries with backoff, `retry_after`,
//! blocked recipients and crash safety:
//!
//! - a delivery is marked `sending` before the request and `sent` right
//!   after, one at a time, so killing the process repeats at most the one
//!   message in flight (`requeue_interrupted` puts it back at start-up);
//! - `(source, chat)` is unique in the outbox, so re-enqueueing never doubles
//!   a message.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;
use tokio::time::Instant;

use crate::clock::Clock;
use crate::newcomers::ChatKey;
use crate::outbox::Reply;
use crate::store::{Delivery, Store, StoreError};

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
        }
    }
}

/// What one step of the worker did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    /// One delivery was attempted; the outcome says how it went.
    Attempted(SendOutcome),
    /// Something is due, but must wait (for a send slot, a chat's spacing,
    /// or the pause after a 429) until this instant.
    WaitUntil(Instant),
    /// Nothing is due; look again at this instant.
    Idle(Instant),
    /// Nothing was sent, but there is more to do at once: another worker
    /// took the delivery first, or waiting messages were moved back.
    Again,
}

/// How many deliveries to look at when choosing the next one.
const CANDIDATES: i64 = 64;
/// Past this many remembered chats, those whose spacing has passed are
/// forgotten.
const PRUNE_ABOVE: usize = 10_000;

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
    /// Due deliveries read ahead, so the database is asked once per batch
    /// rather than once per message.
    batch: Vec<Delivery>,
    batch_read_at: Option<(Instant, bool)>,
    /// When the messages of the last second went out: no second ever holds
    /// more than the global budget, as Telegram counts.
    recent: std::collections::VecDeque<Instant>,
}

/// How far ahead of its slot a message may go (timer granularity).
const SLACK: Duration = Duration::from_millis(2);
/// The window the global budget applies to, with a little margin for the
/// time requests take to arrive.
const WINDOW: Duration = Duration::from_millis(1010);

/// How long a read-ahead batch is trusted before the queue is read again
/// (so a new urgent message waits at most this long behind a broadcast).
const BATCH_FRESH_FOR: Duration = Duration::from_millis(250);

impl DeliveryWorker {
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
            config,
            next_slot: Instant::now(),
            paused_until: None,
            last_sent: HashMap::new(),
            batch: Vec::new(),
            batch_read_at: None,
            recent: std::collections::VecDeque::new(),
        }
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

    /// The oldest send of the last second, if a full second's budget was
    /// already spent in it.
    fn window_full(&self) -> Option<Instant> {
        let budget = self.config.global_per_second.floor().max(1.0) as usize;
        (self.recent.len() >= budget)
            .then(|| self.recent.front().copied())
            .flatten()
            .filter(|oldest| *oldest + WINDOW > Instant::now())
    }

    /// Puts deliveries a stopped process left half-sent back in the queue.
    /// Call once before the first step.
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

    /// Sends at most one delivery, waiting for its global send slot first.
    pub async fn try_execute_task(&mut self) -> Result<Step, StoreError> {
        let now = Instant::now();
        if let Some(until) = self.paused_until {
            if until > now {
                return Ok(Step::WaitUntil(until));
            }
            self.paused_until = None;
        }
        // Timers tick in whole milliseconds, so a slot less than SLACK away
        // is taken now; the sliding window below still holds the rate.
        if self.next_slot > now + SLACK {
            tokio::time::sleep_until(self.next_slot - SLACK).await;
        }
        if let Some(oldest) = self.window_full() {
            tokio::time::sleep_until(oldest + WINDOW).await;
        }
        let utc_now = self.clock.now();
        let include_non_urgent = !self
            .config
            .quiet_hours
            .is_some_and(|quiet| quiet.contains(utc_now));
        let stale = match self.batch_read_at {
            Some((at, urgent_only)) => {
                at.elapsed() > BATCH_FRESH_FOR || urgent_only == include_non_urgent
            }
            None => true,
        };
        if self.batch.is_empty() || stale {
            self.batch = self
                .store
                .due_deliveries(utc_now, include_non_urgent, CANDIDATES)
                .await?;
            self.batch_read_at = Some((Instant::now(), !include_non_urgent));
        }
        let now = Instant::now();
        let spacing = self.config.per_chat_spacing;
        let eligible_at = |last_sent: &HashMap<ChatKey, Instant>, delivery: &Delivery| {
            last_sent
                .get(&delivery.chat)
                .map_or(now, |last| *last + spacing)
        };
        // A message whose chat must still wait is moved back in the queue,
        // so it never holds up the messages to everyone else.
        let mut deferred = false;
        while let Some(waiting) = self
            .batch
            .iter()
            .position(|d| eligible_at(&self.last_sent, d) > now)
        {
            let delivery = self.batch.remove(waiting);
            let wait = eligible_at(&self.last_sent, &delivery) - now;
            let until = utc_now + chrono::Duration::from_std(wait).unwrap_or_default();
            self.store.defer(delivery.id, until).await?;
            deferred = true;
        }
        let Some(index) = (!self.batch.is_empty()).then_some(0) else {
            self.batch_read_at = None;
            return Ok(if deferred {
                Step::Again
            } else {
                Step::Idle(now + self.until_next_due(include_non_urgent).await?)
            });
        };
        let delivery = self.batch.remove(index);
        if !self.store.start_sending(delivery.id, utc_now).await? {
            return Ok(Step::Again);
        }
        let outcome = match Reply::from_body(&delivery.body) {
            Ok(message) => self.sender.send(delivery.chat, &message).await,
            Err(error) => SendOutcome::Rejected(error.to_string()),
        };
        self.record(&delivery, &outcome).await?;
        Ok(Step::Attempted(outcome))
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

    async fn record(
        &mut self,
        delivery: &Delivery,
        outcome: &SendOutcome,
    ) -> Result<(), StoreError> {
        let now = self.clock.now();
        let sent_at = Instant::now();
        match outcome {
            SendOutcome::Sent => {
                self.store.mark_sent(delivery.id, now).await?;
                if self.last_sent.len() > PRUNE_ABOVE {
                    let spacing = self.config.per_chat_spacing;
                    self.last_sent.retain(|_, last| *last + spacing > sent_at);
                }
                self.last_sent.insert(delivery.chat, sent_at);
                // Slots are kept on a fixed grid, so a slow step does not
                // lower the rate, and a burst never exceeds it.
                self.next_slot = (self.next_slot + self.interval()).max(sent_at - SLACK);
                let budget = self.config.global_per_second.floor().max(1.0) as usize;
                self.recent.push_back(sent_at);
                while self.recent.len() > budget {
                    self.recent.pop_front();
                }
            }
            SendOutcome::RetryAfter(wait) => {
                let until = now + chrono::Duration::from_std(*wait).unwrap_or_default();
                self.store
                    .retry_later(delivery.id, until, "429 Too Many Requests", now)
                    .await?;
                self.paused_until = Some(sent_at + *wait);
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

    /// Works until `stop` turns true. A send in progress is finished (and
    /// recorded) first. Store errors are logged and the worker backs off; it
    /// never gives up on its own.
    pub async fn run_until_stopped(mut self, mut stop: tokio::sync::watch::Receiver<bool>) {
        if let Err(error) = self.recover().await {
            tracing::error!(%error, "could not requeue interrupted deliveries");
        }
        while !*stop.borrow() {
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
    }
}
