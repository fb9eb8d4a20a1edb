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
//! - a delivery is marked `sending` before the request and `sent` right
//!   after, one at a time, so killing the process repeats at most the one
//!   message in flight (the next lease holder puts it back in the queue
//!   when it takes over);
//! - `(source, chat)` is unique in the outbox, so re-enqueueing never doubles
//!   a message;
//! - every message to Telegram, from the outbox or a direct reply, from any
//!   process, first takes a slot of the [`SendBudget`].

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use async_trait::async_trait;
use tokio::time::Instant;

use crate::clock::Clock;
use crate::newcomers::ChatKey;
use crate::outbox::Reply;
use crate::store::{Backend, Delivery, SendingLease, SlotClaim, Store, StoreError, TakenSlot};

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

/// How long a message's slot stays taken after Telegram answered: a
/// second, as Telegram counts, and a little margin.
const MARGIN: Duration = Duration::from_millis(10);

/// A slot whose taker died (or was stopped mid-request) is free again after
/// this long: longer than any request to Telegram takes.
const HOLD: Duration = Duration::from_secs(60);

/// How long a taker waits before looking again when every slot is taken
/// and none has come back yet (in process; through the database).
const LOOK_AGAIN_IN_PROCESS: Duration = Duration::from_millis(5);
const LOOK_AGAIN_SHARED: Duration = Duration::from_millis(100);

/// The global send budget: Telegram takes about `VELKOMMEN_SEND_RATE`
/// messages a second from a bot, counting every message: outbox and
/// direct replies, from every process. The budget is that many slots; a
/// slot is taken before a request and is free again one second after
/// Telegram answered it. So, whatever the requests' timing, two requests
/// on one slot reach Telegram more than a second apart, and no second
/// holds more requests than there are slots.
///
/// On PostgreSQL the slots are rows every instance takes from; on SQLite,
/// one process by nature, they are kept in memory. Clones share one budget.
#[derive(Clone)]
pub struct SendBudget {
    kind: Arc<BudgetKind>,
}

enum BudgetKind {
    Unlimited,
    InProcess {
        window: Duration,
        slots: Mutex<Vec<LocalSlot>>,
    },
    Shared {
        store: Arc<dyn Store>,
        window: Duration,
    },
}

#[derive(Clone, Copy)]
struct LocalSlot {
    free_at: Instant,
    taken: i64,
    in_flight: bool,
}

/// How many slots `per_second` makes (at least one), and how long each
/// stays taken after its request: a second, or longer below one message a
/// second.
fn slots_and_window(per_second: f64) -> (u32, Duration) {
    let per_second = if per_second.is_finite() && per_second > 0.0 {
        per_second
    } else {
        1.0
    };
    let slots = per_second.floor().clamp(1.0, 100_000.0) as u32;
    let window = Duration::from_secs_f64((f64::from(slots) / per_second).max(1.0));
    (slots, window + MARGIN)
}

impl SendBudget {
    /// No limit (tests and tools that talk to a fake).
    pub fn unlimited() -> SendBudget {
        SendBudget {
            kind: Arc::new(BudgetKind::Unlimited),
        }
    }

    /// `per_second` messages a second, kept in this process.
    pub fn in_process(per_second: f64) -> SendBudget {
        let (slots, window) = slots_and_window(per_second);
        let free = LocalSlot {
            free_at: Instant::now(),
            taken: 0,
            in_flight: false,
        };
        SendBudget {
            kind: Arc::new(BudgetKind::InProcess {
                window,
                slots: Mutex::new(vec![free; slots as usize]),
            }),
        }
    }

    /// `per_second` messages a second, shared through the database with
    /// every process that uses it (all must use the same rate: the last to
    /// start sets the number of slots).
    pub async fn shared(store: Arc<dyn Store>, per_second: f64) -> Result<SendBudget, StoreError> {
        let (slots, window) = slots_and_window(per_second);
        store.size_send_budget(slots).await?;
        Ok(SendBudget {
            kind: Arc::new(BudgetKind::Shared { store, window }),
        })
    }

    /// Shared through the database on PostgreSQL, where several instances
    /// may run; in process on SQLite.
    pub async fn for_store(
        store: Arc<dyn Store>,
        per_second: f64,
    ) -> Result<SendBudget, StoreError> {
        match store.backend() {
            Backend::Postgres => SendBudget::shared(store, per_second).await,
            Backend::Sqlite => Ok(SendBudget::in_process(per_second)),
        }
    }

    /// Waits for a free slot and takes it. Give it back with
    /// [`SendPermit::used`] once Telegram answered.
    pub async fn take(&self) -> Result<SendPermit, StoreError> {
        loop {
            let wait = match &*self.kind {
                BudgetKind::Unlimited => return Ok(self.permit(None)),
                BudgetKind::InProcess { slots, .. } => {
                    let now = Instant::now();
                    let mut slots = slots.lock().unwrap_or_else(PoisonError::into_inner);
                    let returned = slots.iter().enumerate().filter(|(_, s)| !s.in_flight);
                    match returned.min_by_key(|(_, s)| s.free_at) {
                        Some((index, slot)) if slot.free_at <= now => {
                            let slot = &mut slots[index];
                            slot.in_flight = true;
                            slot.taken += 1;
                            let taken = TakenSlot {
                                slot: index as i32,
                                taken: slot.taken,
                            };
                            return Ok(self.permit(Some(taken)));
                        }
                        Some((_, slot)) => slot.free_at - now,
                        None => LOOK_AGAIN_IN_PROCESS,
                    }
                }
                BudgetKind::Shared { store, .. } => match store.take_send_slot(HOLD).await? {
                    SlotClaim::Taken(slot) => return Ok(self.permit(Some(slot))),
                    SlotClaim::WaitFor(wait) => wait.min(LOOK_AGAIN_SHARED),
                },
            };
            tokio::time::sleep(wait.max(Duration::from_millis(1))).await;
        }
    }

    fn permit(&self, slot: Option<TakenSlot>) -> SendPermit {
        SendPermit {
            budget: self.clone(),
            slot,
        }
    }

    /// How long a used slot stays taken after its request was answered.
    fn window(&self) -> Duration {
        match &*self.kind {
            BudgetKind::Unlimited => Duration::ZERO,
            BudgetKind::InProcess { window, .. } | BudgetKind::Shared { window, .. } => *window,
        }
    }

    /// Gives an in-process slot back, free again `after` from now (does
    /// nothing for a shared one).
    fn give_back_in_process(&self, slot: TakenSlot, after: Duration) {
        if let BudgetKind::InProcess { slots, .. } = &*self.kind {
            let mut slots = slots.lock().unwrap_or_else(PoisonError::into_inner);
            if let Some(local) = slots.get_mut(slot.slot as usize)
                && local.taken == slot.taken
            {
                local.in_flight = false;
                local.free_at = Instant::now() + after;
            }
        }
    }
}

/// A taken slot of the [`SendBudget`], for one request to Telegram.
/// Dropped without being given back, an in-process slot counts as used; a
/// shared one is free again after a minute.
#[must_use = "a taken slot is given back with used() or unused()"]
pub struct SendPermit {
    budget: SendBudget,
    slot: Option<TakenSlot>,
}

impl SendPermit {
    /// Gives the slot back after Telegram answered (or the request failed,
    /// since it may still have arrived): free again a second later.
    pub async fn used(mut self) {
        self.give_back(true).await;
    }

    /// Gives the slot back when nothing was sent after all: free at once.
    pub async fn unused(mut self) {
        self.give_back(false).await;
    }

    async fn give_back(&mut self, used: bool) {
        let Some(slot) = self.slot.take() else {
            return;
        };
        let after = if used {
            self.budget.window()
        } else {
            Duration::ZERO
        };
        match &*self.budget.kind {
            BudgetKind::Unlimited => {}
            BudgetKind::InProcess { .. } => self.budget.give_back_in_process(slot, after),
            BudgetKind::Shared { store, .. } => {
                if let Err(error) = store.give_back_send_slot(slot, after).await {
                    tracing::warn!(
                        %error,
                        "a send budget slot was not given back; it is free again in a minute"
                    );
                }
            }
        }
    }
}

impl Drop for SendPermit {
    fn drop(&mut self) {
        if let Some(slot) = self.slot.take() {
            self.budget.give_back_in_process(slot, self.budget.window());
        }
    }
}

/// What one step of the worker did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    /// One delivery was attempted; the outcome says how it went.
    Attempted(SendOutcome),
    /// Something is due, but must wait (for a send slot, a chat's spacing,
    /// or the pause after a 429 or a takeover) until this instant.
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
    /// its first message (the previous sender's last ones, and the one it
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
        // is taken now; the send budget still holds the rate.
        if self.next_slot > now + SLACK {
            tokio::time::sleep_until(self.next_slot - SLACK).await;
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
        let permit = self.budget.take().await?;
        match self.store.start_sending(delivery.id, utc_now).await {
            Ok(true) => {}
            Ok(false) => {
                permit.unused().await;
                return Ok(Step::Again);
            }
            Err(error) => {
                permit.unused().await;
                return Err(error);
            }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_budget_has_a_slot_per_message_a_second_each_taken_for_a_second() {
        let second = Duration::from_secs(1) + MARGIN;
        assert_eq!(slots_and_window(30.0), (30, second));
        assert_eq!(slots_and_window(1000.0), (1000, second));
        // 30.5 a second: still 30 in any one second.
        assert_eq!(slots_and_window(30.5), (30, second));
        // One message every two seconds.
        assert_eq!(slots_and_window(0.5), (1, Duration::from_secs(2) + MARGIN));
    }

    // On tokio's paused clock: time passes only when every task waits.
    #[tokio::test(start_paused = true)]
    async fn a_slot_comes_back_a_second_after_use_and_at_once_when_unused() {
        let budget = SendBudget::in_process(2.0);
        let first = budget.take().await.unwrap();
        let second = budget.take().await.unwrap();
        first.used().await;
        second.unused().await;

        let started = Instant::now();
        let again = budget.take().await.unwrap();
        assert!(
            started.elapsed() < Duration::from_millis(500),
            "the unused one"
        );
        let last = budget.take().await.unwrap();

        assert!(
            started.elapsed() >= Duration::from_secs(1),
            "the used one only after a second: {:?}",
            started.elapsed()
        );
        drop((again, last));
    }
}
