//! The global send budget, shared by the delivery worker and the direct
//! replies (and on PostgreSQL by every instance).

use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use tokio::time::Instant;

use crate::store::{Backend, Store, StoreError, TakenSlot};

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
            let (mut taken, wait) = self.take_up_to(1).await?;
            if let Some(permit) = taken.pop() {
                return Ok(permit);
            }
            let wait = match &*self.kind {
                BudgetKind::Shared { .. } => wait.min(LOOK_AGAIN_SHARED),
                _ => wait,
            };
            tokio::time::sleep(wait.max(Duration::from_millis(1))).await;
        }
    }

    /// Takes up to `wanted` free slots at once (on PostgreSQL in one
    /// statement), without waiting; when fewer were free, also says how
    /// long until the next one is.
    pub async fn take_up_to(
        &self,
        wanted: usize,
    ) -> Result<(Vec<SendPermit>, Duration), StoreError> {
        let (taken, wait) = match &*self.kind {
            BudgetKind::Unlimited => {
                let permits = (0..wanted).map(|_| self.permit(None)).collect();
                return Ok((permits, Duration::ZERO));
            }
            BudgetKind::InProcess { slots, .. } => {
                let now = Instant::now();
                let mut slots = slots.lock().unwrap_or_else(PoisonError::into_inner);
                let mut free: Vec<usize> = (0..slots.len())
                    .filter(|&i| !slots[i].in_flight && slots[i].free_at <= now)
                    .collect();
                free.sort_by_key(|&i| slots[i].free_at);
                free.truncate(wanted);
                let taken: Vec<TakenSlot> = free
                    .into_iter()
                    .map(|index| {
                        let slot = &mut slots[index];
                        slot.in_flight = true;
                        slot.taken += 1;
                        TakenSlot {
                            slot: index as i32,
                            taken: slot.taken,
                        }
                    })
                    .collect();
                let next_free = slots
                    .iter()
                    .filter(|s| !s.in_flight)
                    .map(|s| s.free_at.saturating_duration_since(now))
                    .min()
                    .unwrap_or(LOOK_AGAIN_IN_PROCESS);
                (taken, next_free)
            }
            BudgetKind::Shared { store, .. } => {
                let wanted = u32::try_from(wanted).unwrap_or(u32::MAX);
                let claim = store.take_send_slots(wanted, HOLD).await?;
                (claim.taken, claim.wait)
            }
        };
        let permits = taken
            .into_iter()
            .map(|slot| self.permit(Some(slot)))
            .collect();
        Ok((permits, wait))
    }

    /// Gives slots back together (on PostgreSQL in one statement): each
    /// used one free again a second after its answer came, each unused one
    /// (`None`) at once.
    pub async fn give_back_all(&self, permits: Vec<(SendPermit, Option<Instant>)>) {
        let window = self.window();
        let mut shared = Vec::with_capacity(permits.len());
        for (mut permit, answered) in permits {
            let Some(slot) = permit.slot.take() else {
                continue;
            };
            let after = answered.map_or(Duration::ZERO, |answered| {
                window.saturating_sub(answered.elapsed())
            });
            match &*self.kind {
                BudgetKind::Shared { .. } => shared.push((slot, after)),
                _ => self.give_back_in_process(slot, after),
            }
        }
        if let BudgetKind::Shared { store, .. } = &*self.kind
            && let Err(error) = store.give_back_send_slots(&shared).await
        {
            tracing::warn!(
                %error,
                "send budget slots were not given back; they are free again in a minute"
            );
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
    pub async fn used(self) {
        let budget = self.budget.clone();
        budget
            .give_back_all(vec![(self, Some(Instant::now()))])
            .await;
    }

    /// Gives the slot back when nothing was sent after all: free at once.
    pub async fn unused(self) {
        let budget = self.budget.clone();
        budget.give_back_all(vec![(self, None)]).await;
    }
}

impl Drop for SendPermit {
    fn drop(&mut self) {
        if let Some(slot) = self.slot.take() {
            self.budget.give_back_in_process(slot, self.budget.window());
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

    #[tokio::test(start_paused = true)]
    async fn slots_taken_together_come_back_together_each_a_second_after_its_answer() {
        let budget = SendBudget::in_process(3.0);
        let (taken, wait) = budget.take_up_to(5).await.unwrap();
        assert_eq!(taken.len(), 3, "every slot, and no more");
        assert_eq!(wait, LOOK_AGAIN_IN_PROCESS, "all in use: look again soon");
        let (none, _) = budget.take_up_to(1).await.unwrap();
        assert!(none.is_empty());

        let answered = Instant::now();
        tokio::time::advance(Duration::from_millis(400)).await;
        let mut taken = taken.into_iter();
        let given = vec![
            (taken.next().unwrap(), Some(answered)),
            (taken.next().unwrap(), Some(answered)),
            (taken.next().unwrap(), None),
        ];
        budget.give_back_all(given).await;
        let (unused, wait) = budget.take_up_to(3).await.unwrap();
        assert_eq!(unused.len(), 1, "the unused one at once");
        assert_eq!(
            wait,
            Duration::from_millis(610),
            "the used ones a second after their answer"
        );
        tokio::time::advance(wait).await;
        let (used, _) = budget.take_up_to(3).await.unwrap();
        assert_eq!(used.len(), 2);
        drop((unused, used));
    }
}
