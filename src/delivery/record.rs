//! What the worker writes down once a batch has landed: the messages
//! sent, and for each other outcome when to try again, or why not.

use tokio::time::Instant;

use super::flight::Attempt;
use super::{DeliveryWorker, PRUNE_ABOVE, SendOutcome, Step};
use crate::store::{Delivery, StoreError};

impl DeliveryWorker {
    /// Records a sent batch: the messages sent as `sent` in one statement
    /// (first: it is what a crash must not lose), each other outcome on
    /// its own, and those not attempted back in the queue.
    pub(super) async fn record_all(
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
        let slowest = attempts
            .iter()
            .filter_map(|attempt| match attempt {
                Attempt::Made {
                    asked, answered, ..
                } => Some(answered.saturating_duration_since(*asked)),
                Attempt::NotMade(_) => None,
            })
            .max();
        if let Some(slowest) = slowest {
            self.answer_time = (self.answer_time * 3 + slowest) / 4;
        }
        for (delivery, attempt) in batch.into_iter().zip(attempts) {
            match attempt {
                Attempt::Made {
                    outcome: SendOutcome::Sent,
                    answered,
                    ..
                } => {
                    sent.push(delivery.id);
                    self.count(&SendOutcome::Sent);
                    self.last_sent.insert(delivery.chat, answered);
                    outcomes.push(SendOutcome::Sent);
                }
                Attempt::Made {
                    outcome, answered, ..
                } => {
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
}
