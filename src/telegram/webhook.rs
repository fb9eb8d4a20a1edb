//! Receiving updates by webhook, answering Telegram only when an update is
//! done.
//!
//! Telegram sends an update again until the webhook answers it with 2xx.
//! teloxide's own webhook answers 200 as soon as it has read the update,
//! so an instance killed while it works on one loses it. Here the request
//! is answered when the update's turn is done ([`Waiters`]); an instance
//! that dies first leaves it unanswered, and Telegram sends it again — to
//! this instance once it is back, or behind a load balancer to another.
//! A turn stores the id of the update it answered, so one that was done
//! but not yet answered is not made twice
//! ([`crate::conversation::Incoming::update`]). (teloxide's webhook also
//! logs the whole body, message text included, when it cannot parse it;
//! this one does not.)

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use futures_util::StreamExt;
use futures_util::stream::BoxStream;
use teloxide::stop::{StopFlag, StopToken, mk_stop_token};
use teloxide::types::{AllowedUpdate, Update, UpdateKind};
use teloxide::update_listeners::{AsUpdateStream, UpdateListener};
use tokio::sync::{mpsc, oneshot};

use super::{Finish, IN_FLIGHT};

/// How long a request waits for its update to be done before Telegram is
/// told to send it again (a turn waits at most 45 s for the database).
const ANSWER_WITHIN: Duration = Duration::from_secs(55);

/// The requests waiting for their update to be done, by update id.
#[derive(Default)]
pub struct Waiters {
    waiting: Mutex<HashMap<i32, Vec<oneshot::Sender<()>>>>,
}

impl Waiters {
    fn waiting(&self) -> std::sync::MutexGuard<'_, HashMap<i32, Vec<oneshot::Sender<()>>>> {
        self.waiting.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

impl Finish for Waiters {
    fn finish(&self, update: i32) {
        for waiter in self.waiting().remove(&update).unwrap_or_default() {
            let _ = waiter.send(());
        }
    }
}

/// What the route needs.
#[derive(Clone)]
struct Hook {
    updates: mpsc::Sender<Update>,
    waiters: Arc<Waiters>,
    secret: String,
    stopped: StopFlag,
}

/// The update listener the route feeds, and the route.
pub struct Inbox {
    updates: Option<mpsc::Receiver<Update>>,
    stop: StopToken,
    stopped: StopFlag,
}

/// The listener, the waiters the handler tells when an update is done, and
/// the route (a POST at `path`, checking `secret`).
pub fn inbox(path: &str, secret: String) -> (Inbox, Arc<Waiters>, axum::Router) {
    let (sender, receiver) = mpsc::channel(IN_FLIGHT);
    let (stop, stopped) = mk_stop_token();
    let waiters = Arc::new(Waiters::default());
    let hook = Hook {
        updates: sender,
        waiters: waiters.clone(),
        secret,
        stopped: stopped.clone(),
    };
    let route = axum::Router::new()
        .route(path, axum::routing::post(receive))
        .with_state(hook);
    let inbox = Inbox {
        updates: Some(receiver),
        stop,
        stopped,
    };
    (inbox, waiters, route)
}

impl Inbox {
    /// Resolves when the listener is told to stop.
    pub fn stopped(&self) -> StopFlag {
        self.stopped.clone()
    }
}

async fn receive(State(hook): State<Hook>, headers: HeaderMap, body: Bytes) -> StatusCode {
    let secret = headers
        .get("X-Telegram-Bot-Api-Secret-Token")
        .map(|value| value.as_bytes());
    if secret != Some(hook.secret.as_bytes()) {
        return StatusCode::UNAUTHORIZED;
    }
    if hook.stopped.is_stopped() {
        // Stopping: Telegram sends it again, to another instance or later.
        return StatusCode::SERVICE_UNAVAILABLE;
    }
    let update = match serde_json::from_slice::<Update>(&body) {
        // What teloxide cannot read, nobody here can handle: done.
        Ok(update) if matches!(update.kind, UpdateKind::Error(_)) => return StatusCode::OK,
        Ok(update) => update,
        Err(error) => {
            // Neither the body nor serde's message, which can quote a value
            // of it: they may hold what a person wrote.
            tracing::warn!(
                kind = ?error.classify(),
                line = error.line(),
                column = error.column(),
                "a webhook request that is not an update"
            );
            return StatusCode::OK;
        }
    };
    let id = update.id.0 as i32;
    let (done, finished) = oneshot::channel();
    let first = {
        let mut waiting = hook.waiters.waiting();
        let waiters = waiting.entry(id).or_default();
        waiters.push(done);
        waiters.len() == 1
    };
    // The same update sent again while it is worked on waits for the same
    // turn rather than making a second one.
    if first && hook.updates.send(update).await.is_err() {
        hook.waiters.waiting().remove(&id);
        return StatusCode::SERVICE_UNAVAILABLE;
    }
    match tokio::time::timeout(ANSWER_WITHIN, finished).await {
        Ok(Ok(())) => StatusCode::OK,
        // Not done in time, or the listener stopped: Telegram sends it again.
        _ => StatusCode::SERVICE_UNAVAILABLE,
    }
}

impl<'a> AsUpdateStream<'a> for Inbox {
    type StreamErr = std::convert::Infallible;
    type Stream = BoxStream<'a, Result<Update, std::convert::Infallible>>;

    fn as_stream(&'a mut self) -> Self::Stream {
        let Some(updates) = self.updates.take() else {
            return futures_util::stream::empty().boxed();
        };
        let stopped = self.stopped.clone();
        futures_util::stream::unfold(
            (updates, Box::pin(stopped)),
            |(mut updates, mut stopped)| async move {
                let next = tokio::select! {
                    update = updates.recv() => update?,
                    _ = &mut stopped => return None,
                };
                Some((Ok(next), (updates, stopped)))
            },
        )
        .boxed()
    }
}

impl UpdateListener for Inbox {
    type Err = std::convert::Infallible;

    fn stop_token(&mut self) -> StopToken {
        self.stop.clone()
    }

    fn hint_allowed_updates(&mut self, _hint: &mut dyn Iterator<Item = AllowedUpdate>) {}
}
