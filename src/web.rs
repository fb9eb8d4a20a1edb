//! The service's own HTTP endpoints, beside the Telegram webhook (or, in
//! polling mode, on `VELKOMMEN_METRICS_LISTEN`):
//!
//! - `GET /healthz`: 200 "ok" when the database answers and the delivery
//!   worker went round its loop in the last two minutes; 503 with the
//!   reason otherwise.
//! - `GET /metrics`: the counters of [`crate::metrics`] in the Prometheus
//!   text format, with the outbox by status read at each scrape.

use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::get;

use crate::context::AppState;

/// How long the delivery worker may be silent before the service is
/// reported unhealthy.
const WORKER_SILENCE_SECS: i64 = 120;

/// How long `/healthz` waits for the database to answer.
const PING_PATIENCE: std::time::Duration = std::time::Duration::from_secs(2);

/// The two routes, over the application's state.
pub fn router(app: AppState) -> axum::Router {
    axum::Router::new()
        .route("/healthz", get(healthz))
        .route("/metrics", get(metrics))
        .with_state(app)
}

async fn healthz(State(app): State<AppState>) -> (StatusCode, String) {
    // A probe wants its answer in a second or two; a stopped database
    // would otherwise keep it waiting for the pool's whole timeout.
    match tokio::time::timeout(PING_PATIENCE, app.store.ping()).await {
        Ok(Ok(())) => {}
        Ok(Err(error)) => {
            return (
                StatusCode::SERVICE_UNAVAILABLE,
                format!("database: {error}\n"),
            );
        }
        Err(_) => {
            return (
                StatusCode::SERVICE_UNAVAILABLE,
                format!("database: no answer within {} s\n", PING_PATIENCE.as_secs()),
            );
        }
    }
    let silent = app.clock.now().timestamp() - app.metrics.last_beat();
    if silent > WORKER_SILENCE_SECS {
        return (
            StatusCode::SERVICE_UNAVAILABLE,
            format!("delivery worker: silent for {silent} s\n"),
        );
    }
    (StatusCode::OK, "ok\n".into())
}

async fn metrics(State(app): State<AppState>) -> (StatusCode, String) {
    match app.store.outbox_counts().await {
        Ok(counts) => {
            // Every status, so that an empty one reads 0 rather than
            // nothing.
            for status in crate::outbox::DeliveryStatus::ALL {
                app.metrics
                    .outbox
                    .with_label_values(&[status.code()])
                    .set(0);
            }
            for (status, n) in counts {
                app.metrics.outbox.with_label_values(&[&status]).set(n);
            }
        }
        Err(error) => tracing::warn!(%error, "the outbox could not be counted for /metrics"),
    }
    (StatusCode::OK, app.metrics.render())
}

/// Serves the routes on `listen` until `stop` turns true (polling mode).
pub async fn serve(
    app: AppState,
    listen: std::net::SocketAddr,
    mut stop: tokio::sync::watch::Receiver<bool>,
) -> std::io::Result<()> {
    let tcp = tokio::net::TcpListener::bind(listen).await?;
    tracing::info!(%listen, "serving /healthz and /metrics");
    axum::serve(tcp, router(app))
        .with_graceful_shutdown(async move {
            while !*stop.borrow() {
                if stop.changed().await.is_err() {
                    break;
                }
            }
        })
        .await
}
