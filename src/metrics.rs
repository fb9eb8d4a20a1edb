//! What a running service counts, for Prometheus (`/metrics`) and for
//! `/healthz`: updates handled by kind, the time a turn takes, replies
//! sent, deliveries by outcome, 429s, failed turns, and the outbox by
//! status (read at each scrape). Counts only: no chat, no text.

use std::sync::atomic::{AtomicI64, Ordering};

use prometheus::{
    Encoder, Histogram, HistogramOpts, IntCounter, IntCounterVec, IntGaugeVec, Opts, Registry,
    TextEncoder,
};

/// The service's counters, shared by the Telegram adapter, the engine and
/// the delivery worker.
pub struct Metrics {
    registry: Registry,
    /// Updates handled, by kind: message, callback, edited.
    pub updates: IntCounterVec,
    /// Seconds a turn took, from the update to the replies.
    pub turn_seconds: Histogram,
    /// Replies sent directly in answer to updates.
    pub replies: IntCounter,
    /// Outbox deliveries attempted, by outcome: sent, retry-after,
    /// unreachable, transient, rejected.
    pub deliveries: IntCounterVec,
    /// 429 answers from Telegram.
    pub rate_limited: IntCounter,
    /// Turns that failed (the person got the generic error message).
    pub errors: IntCounter,
    /// The outbox by status, as of the last scrape.
    pub outbox: IntGaugeVec,
    /// When the delivery worker last went round its loop (Unix seconds).
    worker_beat: AtomicI64,
}

impl Metrics {
    pub fn new() -> Metrics {
        let registry =
            Registry::new_custom(Some("velkommen".into()), None).expect("a valid metrics prefix");
        let updates = IntCounterVec::new(
            Opts::new("updates_total", "Telegram updates handled, by kind"),
            &["kind"],
        )
        .expect("valid metric");
        let turn_seconds = Histogram::with_opts(
            HistogramOpts::new("turn_seconds", "Seconds from an update to its replies").buckets(
                vec![
                    0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0,
                ],
            ),
        )
        .expect("valid metric");
        let replies = IntCounter::new("replies_total", "Replies sent in answer to updates")
            .expect("valid metric");
        let deliveries = IntCounterVec::new(
            Opts::new(
                "deliveries_total",
                "Outbox deliveries attempted, by outcome",
            ),
            &["outcome"],
        )
        .expect("valid metric");
        let rate_limited = IntCounter::new("rate_limited_total", "429 answers from Telegram")
            .expect("valid metric");
        let errors = IntCounter::new("turn_errors_total", "Conversation turns that failed")
            .expect("valid metric");
        let outbox = IntGaugeVec::new(
            Opts::new("outbox_messages", "Messages in the outbox, by status"),
            &["status"],
        )
        .expect("valid metric");
        for collector in [
            Box::new(updates.clone()) as Box<dyn prometheus::core::Collector>,
            Box::new(turn_seconds.clone()),
            Box::new(replies.clone()),
            Box::new(deliveries.clone()),
            Box::new(rate_limited.clone()),
            Box::new(errors.clone()),
            Box::new(outbox.clone()),
        ] {
            registry.register(collector).expect("each metric once");
        }
        Metrics {
            registry,
            updates,
            turn_seconds,
            replies,
            deliveries,
            rate_limited,
            errors,
            outbox,
            worker_beat: AtomicI64::new(0),
        }
    }

    /// The delivery worker is alive at `now` (Unix seconds).
    pub fn beat(&self, now: i64) {
        self.worker_beat.store(now, Ordering::Relaxed);
    }

    /// When the delivery worker last went round (Unix seconds; 0: never).
    pub fn last_beat(&self) -> i64 {
        self.worker_beat.load(Ordering::Relaxed)
    }

    /// Everything in the Prometheus text format.
    pub fn render(&self) -> String {
        let mut out = Vec::new();
        TextEncoder::new()
            .encode(&self.registry.gather(), &mut out)
            .expect("the text format always encodes");
        String::from_utf8(out).expect("the text format is UTF-8")
    }
}

impl Default for Metrics {
    fn default() -> Metrics {
        Metrics::new()
    }
}
