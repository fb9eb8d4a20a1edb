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

/// What asking for budget slots gave.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SlotClaim {
    /// The slots taken: as many as were asked for, or fewer when the rest
    /// are in use.
    pub taken: Vec<TakenSlot>,
    /// When fewer were taken: how long until the next slot is free.
    pub wait: Duration,
}

#[async_trait]
pub trait SendingStore: Send + Sync {
    /// Takes the sending lease if no other process holds it; `None` if one
    /// does.
    async fn lead_sending(&self) -> Result<Option<Box<dyn SendingLease>>, StoreError>;

    /// Makes the shared budget `slots` messages (one row each), adding or
    /// removing rows.
    async fn size_send_budget(&self, slots: u32) -> Result<(), StoreError>;

    /// Takes up to `wanted` budget slots, those free longest first, in one
    /// statement. A slot not given back within `hold` (its taker died) is
    /// free again after it. Time is the database's, so the processes'
    /// clocks do not matter.
    async fn take_send_slots(&self, wanted: u32, hold: Duration) -> Result<SlotClaim, StoreError>;

    /// Gives taken slots back in one statement: each free again its
    /// `after` from now.
    async fn give_back_send_slots(&self, slots: &[(TakenSlot, Duration)])
    -> Result<(), StoreError>;
}
