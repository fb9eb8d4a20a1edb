//! Long polling that tells Telegram an update is done only when it is.
//!
//! Telegram forgets the updates below the `offset` of the next
//! `getUpdates` call. teloxide's own polling asks for the next updates as
//! soon as it has handed the last ones out, so a process killed while it
//! works on them loses them: the person's tap or message is gone. Here the
//! offset never passes an update still being worked on ([`Ledger`]); after
//! a crash Telegram delivers those again. Updates that were finished but
//! not yet confirmed come again too; a turn stores the id of the update it
//! answered, and the engine does not make it twice
//! ([`crate::conversation::Incoming::update`]).
//!
//! Because the offset stays at the oldest update being worked on, the
//! updates after it come back with each call; those already handed out are
//! skipped. At most [`IN_FLIGHT`] are worked on at once: past that, the
//! next update stays with Telegram until one is done.

use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use futures_util::StreamExt;
use futures_util::stream::BoxStream;
use teloxide::errors::AsResponseParameters;
use teloxide::payloads::GetUpdatesSetters;
use teloxide::prelude::*;
use teloxide::requests::HasPayload;
use teloxide::stop::{StopFlag, StopToken, mk_stop_token};
use teloxide::types::{AllowedUpdate, Update, UpdateKind};
use teloxide::update_listeners::{AsUpdateStream, UpdateListener};
use tokio::sync::{Notify, Semaphore};

/// How many updates may be worked on at once.
///
/// teloxide hands every update at once to a task of its chat and keeps
/// nothing back: 5 000 new chats at once were 5 000 tasks, each with its
/// own queue (room for 32 updates of 2 KB) and a turn waiting for one of
/// the database's few connections — about 100 MB more than at rest. Past
/// this many, the next update stays with Telegram until one is answered;
/// the database, not the number of turns waiting for it, sets the pace.
pub const IN_FLIGHT: usize = 64;

/// How long one `getUpdates` call waits for an update (long polling).
const LONG_POLL: Duration = Duration::from_secs(10);

/// How long after an update is done the long poll is asked again, to
/// confirm it (and those done meanwhile).
const CONFIRM_AFTER: Duration = Duration::from_millis(20);

/// The most updates one call returns (Telegram's own limit).
const BATCH: u8 = 100;

/// An update worked on longer than this is taken as done, so that one
/// stuck turn cannot hold every later update back for ever. A turn waits
/// for the database at most 45 s, and for Telegram at most 17 s a reply.
const GIVE_UP_AFTER: Duration = Duration::from_secs(300);

/// Which updates are being worked on and which are done, to know the
/// offset that confirms only what is done.
#[derive(Default)]
pub struct Ledger {
    seen: Mutex<Seen>,
    /// Woken when an update is done.
    done: Notify,
}

#[derive(Default)]
struct Seen {
    /// Being worked on, with when it was handed out.
    working: BTreeMap<i32, Instant>,
    /// Done, but above the oldest one still being worked on.
    done_above: BTreeSet<i32>,
    /// One past the highest update handed out.
    next: i32,
}

impl Seen {
    fn offset(&self) -> i32 {
        self.working.keys().next().copied().unwrap_or(self.next)
    }

    /// Whether `id` was handed out before (being worked on, or done).
    fn known(&self, id: i32) -> bool {
        id < self.offset() || self.working.contains_key(&id) || self.done_above.contains(&id)
    }
}

impl Ledger {
    fn seen(&self) -> std::sync::MutexGuard<'_, Seen> {
        self.seen.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The offset for the next call: the oldest update still being worked
    /// on, or one past the last one handed out.
    pub fn offset(&self) -> i32 {
        let mut seen = self.seen();
        let stuck: Vec<i32> = seen
            .working
            .iter()
            .filter(|(_, since)| since.elapsed() > GIVE_UP_AFTER)
            .map(|(id, _)| *id)
            .collect();
        if !stuck.is_empty() {
            tracing::warn!(
                updates = stuck.len(),
                "updates worked on for over five minutes are taken as done"
            );
            drop(seen);
            for id in stuck {
                self.finish(id);
            }
            seen = self.seen();
        }
        seen.offset()
    }

    /// Whether some update is still being worked on.
    pub fn working(&self) -> bool {
        !self.seen().working.is_empty()
    }

    /// Whether `id` was handed out before (being worked on, or done).
    fn known(&self, id: i32) -> bool {
        self.seen().known(id)
    }

    /// Notes `id` as handed out; `false` if it was already (being) worked
    /// on, when it must not be handed out again.
    pub fn begin(&self, id: i32) -> bool {
        let mut seen = self.seen();
        if seen.known(id) {
            return false;
        }
        seen.working.insert(id, Instant::now());
        seen.next = seen.next.max(id.saturating_add(1));
        true
    }

    /// Notes `id` as done.
    fn finish(&self, id: i32) {
        {
            let mut seen = self.seen();
            if seen.working.remove(&id).is_some() {
                seen.done_above.insert(id);
            }
            let offset = seen.offset();
            seen.done_above.retain(|done| *done >= offset);
        }
        self.done.notify_waiters();
    }
}

impl super::Finish for Ledger {
    fn finish(&self, update: i32) {
        Ledger::finish(self, update);
    }
}

/// Tells Telegram that every update below the ledger's offset is done (a
/// `getUpdates` that waits for nothing and takes at most one update, which
/// stays with Telegram).
pub async fn confirm(bot: &Bot, ledger: &Ledger) -> Result<(), teloxide::RequestError> {
    bot.get_updates()
        .offset(ledger.offset())
        .limit(1)
        .timeout(0)
        .await
        .map(|_| ())
}

/// The update listener: long polling with [`Ledger`]'s offset, handing out
/// an update only when fewer than [`IN_FLIGHT`] are worked on. The handler
/// must call [`Ledger::finish`] and give the place in `in_flight` back
/// when it is done with an update.
pub struct Polling {
    bot: Bot,
    pub ledger: Arc<Ledger>,
    pub in_flight: Arc<Semaphore>,
    stop: StopToken,
    flag: Option<StopFlag>,
    allowed: Option<Vec<AllowedUpdate>>,
}

impl Polling {
    /// Polling for `bot`, after removing a webhook if one is set (Telegram
    /// sends no updates to `getUpdates` while it has one).
    pub async fn new(bot: Bot) -> Polling {
        match bot.get_webhook_info().await {
            Ok(info) if info.url.is_some() => {
                if let Err(error) = bot.delete_webhook().await {
                    tracing::warn!(%error, "removing the webhook failed");
                }
            }
            Ok(_) => {}
            Err(error) => tracing::warn!(%error, "asking for the webhook failed"),
        }
        let (stop, flag) = mk_stop_token();
        Polling {
            bot,
            ledger: Arc::new(Ledger::default()),
            in_flight: Arc::new(Semaphore::new(IN_FLIGHT)),
            stop,
            flag: Some(flag),
            allowed: None,
        }
    }
}

/// What the stream carries from one update to the next.
struct Cursor {
    bot: Bot,
    ledger: Arc<Ledger>,
    in_flight: Arc<Semaphore>,
    flag: std::pin::Pin<Box<StopFlag>>,
    allowed: Option<Vec<AllowedUpdate>>,
    buffer: VecDeque<Update>,
    failures: u32,
}

impl Cursor {
    /// The next update to hand out, an error to report, or `None` once
    /// stopped.
    async fn next(&mut self) -> Option<Result<Update, teloxide::RequestError>> {
        loop {
            if self.flag.is_stopped() {
                return None;
            }
            if let Some(update) = self.buffer.pop_front() {
                if !self.ledger.begin(update.id.0 as i32) {
                    continue;
                }
                let permit = tokio::select! {
                    permit = self.in_flight.acquire() => permit.ok()?,
                    _ = &mut self.flag => return None,
                };
                permit.forget();
                if matches!(update.kind, UpdateKind::Error(_)) {
                    // The dispatcher drops what teloxide could not parse
                    // without handling it: done now.
                    self.ledger.finish(update.id.0 as i32);
                    self.in_flight.add_permits(1);
                }
                return Some(Ok(update));
            }
            match self.fetch().await? {
                Ok(()) => self.failures = 0,
                Err(error) => {
                    let pause = match error.retry_after() {
                        Some(wait) => wait.duration(),
                        None => Duration::from_secs(1 << self.failures.min(5)),
                    };
                    self.failures = self.failures.saturating_add(1);
                    tokio::select! {
                        _ = tokio::time::sleep(pause) => {}
                        _ = &mut self.flag => return None,
                    }
                    return Some(Err(error));
                }
            }
        }
    }

    /// One `getUpdates` call into the buffer; `None` if stopped meanwhile.
    async fn fetch(&mut self) -> Option<Result<(), teloxide::RequestError>> {
        let offset = self.ledger.offset();
        // While an update is worked on, the call returns at once with it
        // and those after it: no long wait then.
        let holding_back = self.ledger.working();
        let timeout = if holding_back {
            0
        } else {
            LONG_POLL.as_secs() as u32
        };
        let mut request = self
            .bot
            .get_updates()
            .offset(offset)
            .limit(BATCH)
            .timeout(timeout);
        request.payload_mut().allowed_updates = self.allowed.clone();
        let send = request.send();
        tokio::pin!(send);
        let updates = tokio::select! {
            updates = &mut send => updates,
            // An update done while the long poll waits: asked again (a
            // moment later, for those done with it) with the offset that
            // confirms it, so that a crash soon after does not bring it
            // back.
            _ = self.ledger.done.notified(), if !holding_back => {
                tokio::select! {
                    _ = tokio::time::sleep(CONFIRM_AFTER) => {}
                    _ = &mut self.flag => return None,
                }
                return Some(Ok(()));
            }
            _ = &mut self.flag => return None,
        };
        let updates = match updates {
            Ok(updates) => updates,
            Err(error) => return Some(Err(error)),
        };
        let fresh: VecDeque<Update> = updates
            .into_iter()
            .filter(|u| !self.ledger.known(u.id.0 as i32))
            .collect();
        if fresh.is_empty() && holding_back {
            // Nothing new behind the ones being worked on: wait until one
            // is done (or a moment) rather than ask again at once.
            tokio::select! {
                _ = self.ledger.done.notified() => {}
                _ = tokio::time::sleep(Duration::from_millis(500)) => {}
                _ = &mut self.flag => return None,
            }
        }
        self.buffer = fresh;
        Some(Ok(()))
    }
}

impl<'a> AsUpdateStream<'a> for Polling {
    type StreamErr = teloxide::RequestError;
    type Stream = BoxStream<'a, Result<Update, teloxide::RequestError>>;

    fn as_stream(&'a mut self) -> Self::Stream {
        let Some(flag) = self.flag.take() else {
            // Asked a second time: the first stream has ended.
            return futures_util::stream::empty().boxed();
        };
        let cursor = Cursor {
            bot: self.bot.clone(),
            ledger: self.ledger.clone(),
            in_flight: self.in_flight.clone(),
            flag: Box::pin(flag),
            allowed: self.allowed.clone(),
            buffer: VecDeque::new(),
            failures: 0,
        };
        futures_util::stream::unfold(cursor, |mut cursor| async move {
            let next = cursor.next().await?;
            Some((next, cursor))
        })
        .boxed()
    }
}

impl UpdateListener for Polling {
    type Err = teloxide::RequestError;

    fn stop_token(&mut self) -> StopToken {
        self.stop.clone()
    }

    fn hint_allowed_updates(&mut self, hint: &mut dyn Iterator<Item = AllowedUpdate>) {
        self.allowed = Some(hint.collect());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_offset_stays_at_the_oldest_update_being_worked_on() {
        let ledger = Ledger::default();
        assert_eq!(ledger.offset(), 0);
        for id in [10, 11, 12] {
            assert!(ledger.begin(id));
        }
        assert!(!ledger.begin(11), "handed out once only");
        assert_eq!(ledger.offset(), 10);
        ledger.finish(11);
        ledger.finish(12);
        assert_eq!(ledger.offset(), 10, "10 is not done yet");
        assert!(!ledger.begin(12), "done, though not yet confirmed");
        ledger.finish(10);
        assert_eq!(ledger.offset(), 13, "all done: confirmed");
        assert!(!ledger.begin(11), "below the offset");
        assert!(ledger.begin(13));
        assert!(ledger.working());
    }
}
