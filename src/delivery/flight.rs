//! A claimed batch on its way to Telegram: sent on a task of its own, so
//! the worker claims the next batch while this one waits for its answers.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use tokio::task::JoinHandle;
use tokio::time::Instant;

use super::{SLACK, SendBudget, SendOutcome, SendPermit, Sender};
use crate::newcomers::ChatKey;
use crate::outbox::Reply;
use crate::store::{Delivery, StoreError};

/// A batch takes its send budget slots a few at a time: as many as the
/// global pace sends in this long. Taking a shared budget's slot is a
/// statement to the database: a few at a time keep those statements few
/// (at 1 000 a second, four for a batch of 32 rather than 32), and a slot
/// taken early waits at most this long for its message.
const TAKE_SPAN: Duration = Duration::from_millis(8);

/// How long a batch waits at most before it asks again, when every slot
/// of a shared budget is in use.
const LOOK_AGAIN: Duration = Duration::from_millis(100);

/// What became of one claimed delivery.
pub(super) enum Attempt {
    /// Its request was made at `asked` (or its body could not be read);
    /// the answer came at `answered`.
    Made {
        outcome: SendOutcome,
        asked: Instant,
        answered: Instant,
    },
    /// Not made: a 429 came first, or no budget slot could be taken (the
    /// error).
    NotMade(Option<StoreError>),
}

/// What every batch in flight shares: who sends, the budget, and the halt
/// a 429 calls.
#[derive(Clone)]
pub(super) struct Crew {
    pub sender: Arc<dyn Sender>,
    pub budget: SendBudget,
    /// Set by a 429: no message of any batch goes out after it, until
    /// every batch has landed and the pause is over.
    halted: Arc<AtomicBool>,
}

impl Crew {
    pub fn new(sender: Arc<dyn Sender>, budget: SendBudget) -> Crew {
        Crew {
            sender,
            budget,
            halted: Arc::new(AtomicBool::new(false)),
        }
    }

    pub fn halted(&self) -> bool {
        self.halted.load(Ordering::Acquire)
    }

    fn halt(&self) {
        self.halted.store(true, Ordering::Release);
    }

    /// Lets messages go out again after a 429's pause.
    pub fn resume(&self) {
        self.halted.store(false, Ordering::Release);
    }
}

/// A batch whose messages are being sent: its deliveries, and the task
/// that sends them and says how each went, in the same order.
pub(super) struct Flight {
    pub deliveries: Vec<Delivery>,
    pub sending: JoinHandle<Vec<Attempt>>,
}

impl Flight {
    /// Sends `deliveries` on a task of their own, the first at `start` and
    /// each next one `interval` later.
    pub fn launch(
        crew: Crew,
        deliveries: Vec<Delivery>,
        start: Instant,
        interval: Duration,
    ) -> Flight {
        let messages: Vec<_> = deliveries
            .iter()
            .map(|d| (d.chat, d.body.clone()))
            .collect();
        let sending = tokio::spawn(fly(crew, messages, start, interval));
        Flight {
            deliveries,
            sending,
        }
    }

    /// Waits for every answer. A sending task that stopped without saying
    /// (it panicked) counts as a network problem for each message: they
    /// are tried again later.
    pub async fn land(self) -> (Vec<Delivery>, Vec<Attempt>) {
        let attempts = match self.sending.await {
            Ok(attempts) => attempts,
            Err(error) => {
                tracing::error!(%error, "a batch's sending task stopped");
                let now = Instant::now();
                self.deliveries
                    .iter()
                    .map(|_| Attempt::Made {
                        outcome: SendOutcome::Transient("the sending task stopped".into()),
                        asked: now,
                        answered: now,
                    })
                    .collect()
            }
        };
        (self.deliveries, attempts)
    }
}

/// Sends a batch's messages concurrently, each at its slot of the pace
/// and with a slot of the send budget, and gives every slot back together
/// once all are answered.
async fn fly(
    crew: Crew,
    messages: Vec<(ChatKey, String)>,
    start: Instant,
    interval: Duration,
) -> Vec<Attempt> {
    let per_take = TAKE_SPAN.as_secs_f64() / interval.as_secs_f64();
    let slots = Slots {
        budget: crew.budget.clone(),
        state: Mutex::new(SlotState {
            ready: Vec::new(),
            unserved: messages.len(),
        }),
        taking: tokio::sync::Mutex::new(()),
        per_take: (per_take.ceil().min(messages.len() as f64) as usize).max(1),
    };
    let sends = messages.iter().enumerate().map(|(index, (chat, body))| {
        let at = start + interval.saturating_mul(index as u32);
        send_at(&crew, &slots, at, *chat, body)
    });
    let (attempts, mut used): (Vec<Attempt>, Vec<_>) = futures_util::future::join_all(sends)
        .await
        .into_iter()
        .unzip();
    let mut given: Vec<(SendPermit, Option<Instant>)> = used.drain(..).flatten().collect();
    let unused = std::mem::take(&mut slots.state().ready);
    given.extend(unused.into_iter().map(|permit| (permit, None)));
    crew.budget.give_back_all(given).await;
    attempts
}

/// The send budget's slots for one batch, taken a few at a time.
struct Slots {
    budget: SendBudget,
    state: Mutex<SlotState>,
    /// One message at a time asks the budget for more.
    taking: tokio::sync::Mutex<()>,
    per_take: usize,
}

struct SlotState {
    /// Taken, and not yet handed to a message.
    ready: Vec<SendPermit>,
    /// How many messages have not been handed one yet.
    unserved: usize,
}

impl Slots {
    fn state(&self) -> std::sync::MutexGuard<'_, SlotState> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn ready_one(&self) -> Option<SendPermit> {
        let mut state = self.state();
        let permit = state.ready.pop()?;
        state.unserved = state.unserved.saturating_sub(1);
        Some(permit)
    }

    /// A slot for one message: one taken already, or a few more taken.
    async fn one(&self) -> Result<SendPermit, StoreError> {
        loop {
            if let Some(permit) = self.ready_one() {
                return Ok(permit);
            }
            let _turn = self.taking.lock().await;
            if let Some(permit) = self.ready_one() {
                return Ok(permit);
            }
            let unserved = self.state().unserved;
            let (taken, wait) = self
                .budget
                .take_up_to(self.per_take.min(unserved).max(1))
                .await?;
            if taken.is_empty() {
                // Every slot is in use: let a few come back before asking
                // again.
                tokio::time::sleep(wait.clamp(TAKE_SPAN, LOOK_AGAIN)).await;
                continue;
            }
            self.state().ready.extend(taken);
        }
    }
}

/// Sends one message of a batch at `at`: waits for it, takes a slot of the
/// send budget, and goes, unless a 429 came first. Returns how it went, and
/// the slot to give back with the instant its answer came (`None`: unused).
async fn send_at(
    crew: &Crew,
    slots: &Slots,
    at: Instant,
    chat: ChatKey,
    body: &str,
) -> (Attempt, Option<(SendPermit, Option<Instant>)>) {
    if at > Instant::now() + SLACK {
        tokio::time::sleep_until(at - SLACK).await;
    }
    if crew.halted() {
        return (Attempt::NotMade(None), None);
    }
    let permit = match slots.one().await {
        Ok(permit) => permit,
        Err(error) => return (Attempt::NotMade(Some(error)), None),
    };
    // A 429 may have come while this one waited for its slot.
    if crew.halted() {
        return (Attempt::NotMade(None), Some((permit, None)));
    }
    let asked = Instant::now();
    let message = match Reply::from_body(body) {
        Ok(message) => message,
        Err(error) => {
            let attempt = Attempt::Made {
                outcome: SendOutcome::Rejected(error.to_string()),
                asked,
                answered: asked,
            };
            return (attempt, Some((permit, None)));
        }
    };
    let outcome = crew.sender.send(chat, &message).await;
    let answered = Instant::now();
    if matches!(outcome, SendOutcome::RetryAfter(_)) {
        crew.halt();
    }
    let attempt = Attempt::Made {
        outcome,
        asked,
        answered,
    };
    (attempt, Some((permit, Some(answered))))
}
