//! Who sends, and how fast, when several processes share one database: the
//! lease the one process that sends the outbox holds, and the send budget
//! every process takes from before it calls Telegram.

use std::time::Duration;

use async_trait::async_trait;

use super::StoreError;

/// The right to send the outbox, held by one process at a time. On
/// PostgreSQL it is a session advisory lock on a connection of its own: it
/// goes when the process stops or dies, since its connection closes. On
/// SQLite the one process always holds it.
#[async_trait]
pub trait SendingLease: Send + Sync {
    /// Whether the lease is still held (its connection still answers).
    async fn still_held(&mut self) -> bool;

    /// Gives the lease up, so another process takes over at once.
    async fn release(self: Box<Self>);
}

/// One unit of the send budget, taken for one request to Telegram.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TakenSlot {
    pub slot: i32,
    /// How many times the slot had been taken, so that only its current
    /// holder gives it back.
    pub taken: i64,
}

/// What asking for a budget slot gave.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SlotClaim {
    Taken(TakenSlot),
    /// Every slot is in use; look again after this long.
    WaitFor(Duration),
}

#[async_trait]
pub trait SendingStore: Send + Sync {
    /// Takes the sending lease if no other process holds it; `None` if one
    /// does.
    async fn lead_sending(&self) -> Result<Option<Box<dyn SendingLease>>, StoreError>;

    /// Makes the shared budget `slots` messages (one row each), adding or
    /// removing rows.
    async fn size_send_budget(&self, slots: u32) -> Result<(), StoreError>;

    /// Takes the budget slot that has been free longest. A slot not given
    /// back within `hold` (its taker died) is free again after it. Time is
    /// the database's, so the processes' clocks do not matter.
    async fn take_send_slot(&self, hold: Duration) -> Result<SlotClaim, StoreError>;

    /// Gives a taken slot back: free again `after` from now.
    async fn give_back_send_slot(&self, slot: TakenSlot, after: Duration)
    -> Result<(), StoreError>;
}
