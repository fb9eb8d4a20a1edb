//! Webhook mode: the real binary registers its address and secret with the
//! (fake) Bot API, answers updates posted with the secret, and refuses any
//! request without it.

mod common;

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::webhook::{free_port, get, post, serve_command, text_update};
use fake_bot_api::{FakeBotApi, FakeConfig};

const SECRET: &str = "haram-webhook_secret-2026";

async fn wait_until(what: &str, mut done: impl FnMut() -> bool) {
    let started = Instant::now();
    while !done() {
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "timed out waiting for {what}"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// `velkommen serve` in webhook mode on `port`, with `secret` (or the one
/// made from the token when `None`).
fn serve(db_url: &str, fake: &FakeBotApi, port: u16, secret: Option<&str>) -> Child {
    serve_command(db_url, fake, port, secret)
        .env("RUST_LOG", "error")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("velkommen serve starts")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn updates_arrive_by_webhook_only_with_the_secret() {
    let db = common::sqlite_db();
    let fake = FakeBotApi::start(FakeConfig::TELEGRAM).await.unwrap();
    let port = free_port();
    let public = "https://bot.haram.example/telegram".to_owned();
    let mut service = serve(&db.url, &fake, port, Some(SECRET));

    wait_until("setWebhook", || fake.webhook().is_some()).await;
    assert_eq!(
        fake.webhook(),
        Some((public.clone(), Some(SECRET.to_owned())))
    );
    // The listener may take a moment after setWebhook.
    let started = Instant::now();
    let status = loop {
        if let Some(status) = post(port, Some(SECRET), &text_update(1, 42, "/start haram")).await {
            break status;
        }
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "the webhook listens"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    assert_eq!(status, 200);
    wait_until("the reply", || fake.sent().iter().any(|m| m.chat_id == 42)).await;
    let i18n = velkommen::i18n::I18n::load().unwrap();
    let uk = i18n.tr(velkommen::i18n::Locale::Uk);
    let reply = fake.sent().into_iter().find(|m| m.chat_id == 42).unwrap();
    assert!(reply.text.contains(&uk.msg_args(
        "start-hello-municipality",
        &velkommen::args!["municipality" => "Haram"]
    )));

    // Without the secret, or with a wrong one: refused, nothing answered.
    assert_eq!(
        post(port, None, &text_update(2, 43, "/start")).await,
        Some(401)
    );
    assert_eq!(
        post(port, Some("guess"), &text_update(3, 44, "/start")).await,
        Some(401)
    );
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(fake.sent().iter().all(|m| m.chat_id == 42));
    // Nothing is long-polled in webhook mode.
    assert_eq!(fake.calls("getupdates"), 0);

    // /healthz and /metrics on the webhook's port.
    let (status, body) = get(port, "/healthz").await.unwrap();
    assert_eq!((status, body.trim()), (200, "ok"));
    let (status, metrics) = get(port, "/metrics").await.unwrap();
    assert_eq!(status, 200);
    for expected in [
        "velkommen_updates_total{kind=\"message\"} 1",
        "velkommen_turn_seconds_count 1",
        "velkommen_replies_total",
        "# TYPE velkommen_outbox_messages gauge",
    ] {
        assert!(metrics.contains(expected), "{expected} in\n{metrics}");
    }
    // Counts only: no chat in them.
    assert!(!metrics.contains("chat"), "{metrics}");

    service.kill().unwrap();
    service.wait().unwrap();
}

/// Behind a load balancer, an instance that stops must not take the
/// webhook away from the others: it leaves it set (polling mode is what
/// removes it).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stopping_instance_leaves_the_webhook_set() {
    let db = common::sqlite_db();
    let fake = FakeBotApi::start(FakeConfig::TELEGRAM).await.unwrap();
    let port = free_port();
    let mut service = serve(&db.url, &fake, port, None);
    wait_until("setWebhook", || fake.webhook().is_some()).await;
    let (_, secret) = fake.webhook().unwrap();
    assert_eq!(
        secret,
        Some(velkommen::telegram::secret_from_token(fake.token())),
        "without a configured secret, the one made from the token"
    );

    // Ctrl-C, as an orderly stop.
    let interrupted = Command::new("kill")
        .args(["-INT", &service.id().to_string()])
        .status()
        .unwrap();
    assert!(interrupted.success());
    let started = Instant::now();
    while service.try_wait().unwrap().is_none() {
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "the service did not stop on Ctrl-C"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }

    assert_eq!(fake.calls("deletewebhook"), 0);
    assert!(fake.webhook().is_some(), "the webhook is still set");
}

/// Telegram allows about one message a second to a chat. Two messages
/// typed quickly get two replies; the second is refused with 429 and
/// `retry_after`, waits as long as Telegram says and then goes out, rather
/// than being dropped.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reply_told_to_wait_goes_out_after_retry_after() {
    let db = common::sqlite_db();
    let fake = FakeBotApi::start(FakeConfig::TELEGRAM).await.unwrap();
    let port = free_port();
    let mut service = serve(&db.url, &fake, port, Some(SECRET));
    wait_until("setWebhook", || fake.webhook().is_some()).await;
    let started = Instant::now();
    while post(port, Some(SECRET), &text_update(1, 42, "/start haram"))
        .await
        .is_none()
    {
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "the webhook listens"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    // Right behind: its reply follows the first within the second.
    assert_eq!(
        post(port, Some(SECRET), &text_update(2, 42, "/help")).await,
        Some(200)
    );

    wait_until("the second reply", || fake.sent().len() == 2).await;
    let sent = fake.sent();
    assert!(
        fake.rejected_429() >= 1,
        "the second reply came within a second of the first and was told to wait"
    );
    assert!(
        sent[1].at - sent[0].at >= Duration::from_secs(1),
        "it went out when Telegram allowed it"
    );
    let i18n = velkommen::i18n::I18n::load().unwrap();
    let help = i18n.tr(velkommen::i18n::Locale::Uk).msg("help-text");
    assert!(
        sent[1].text.contains(help.lines().next().unwrap()),
        "the reply to /help: {}",
        sent[1].text
    );

    service.kill().unwrap();
    service.wait().unwrap();
}

/// In polling mode `/healthz` and `/metrics` are served on
/// `VELKOMMEN_METRICS_LISTEN`, and say so when the database is gone.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn polling_mode_serves_health_and_metrics_on_their_own_port() {
    let db = common::sqlite_db();
    let fake = FakeBotApi::start(FakeConfig::TELEGRAM).await.unwrap();
    let port = free_port();
    let mut service = Command::new(env!("CARGO_BIN_EXE_velkommen"))
        .arg("serve")
        .current_dir(common::repo_path(""))
        .env("DATABASE_URL", &db.url)
        .env("VELKOMMEN_CONTENT_DIR", common::repo_path("content"))
        .env("TELOXIDE_TOKEN", fake.token())
        .env("TELOXIDE_API_URL", fake.api_url().as_str())
        .env_remove("VELKOMMEN_WEBHOOK_URL")
        .env("VELKOMMEN_METRICS_LISTEN", format!("127.0.0.1:{port}"))
        .env("RUST_LOG", "error")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let (status, body) = first_health(port).await;
    assert_eq!((status, body.trim()), (200, "ok"));
    let (status, metrics) = get(port, "/metrics").await.unwrap();
    assert_eq!(status, 200);
    assert!(
        metrics.contains("velkommen_rate_limited_total 0"),
        "{metrics}"
    );
    service.kill().unwrap();
    service.wait().unwrap();
}

/// `/healthz` says what is wrong: here a delivery worker that never ran.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn healthz_reports_a_silent_delivery_worker() {
    use velkommen::clock::Clock;
    let app = common::TestApp::new(common::sqlite_db()).await;
    let port = free_port();
    let (stop, stopped) = tokio::sync::watch::channel(false);
    let server = tokio::spawn(velkommen::web::serve(
        app.state.clone(),
        format!("127.0.0.1:{port}").parse().unwrap(),
        stopped,
    ));
    let (status, body) = first_health(port).await;
    assert_eq!(status, 503);
    assert!(body.contains("delivery worker"), "{body}");
    app.state.metrics.beat(app.clock.now().timestamp());
    assert_eq!(get(port, "/healthz").await.unwrap().0, 200);
    stop.send(true).unwrap();
    server.await.unwrap().unwrap();
}

/// The first answer of `/healthz` once something listens on `port`
/// (tried a bounded number of times, a moment apart).
async fn first_health(port: u16) -> (u16, String) {
    for _ in 0..1500 {
        if let Some(answer) = get(port, "/healthz").await {
            return answer;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    panic!("nothing listened on port {port}");
}

/// A button pressed by a Ukrainian-speaking user, as Telegram posts it.
fn callback_update(id: i64, chat: i64, data: &str) -> String {
    serde_json::json!({
        "update_id": id,
        "callback_query": {
            "id": format!("q{id}"),
            "from": { "id": chat, "is_bot": false, "first_name": "Olena", "language_code": "uk" },
            "chat_instance": "1",
            "data": data,
            "message": {
                "message_id": 1,
                "date": 1_764_072_000,
                "chat": { "id": chat, "type": "private", "first_name": "Olena" },
                "from": { "id": 123456, "is_bot": true, "first_name": "velkommen", "username": "velkommen_test_bot" },
                "text": "An earlier message from the bot.",
            },
        }
    })
    .to_string()
}

/// Telegram's request is answered only when the update's turn is done:
/// an instance killed (-9) in the middle of one leaves it unanswered, and
/// Telegram's second try, at the restarted instance, is not made twice
/// (its screen is shown again, as its answer may not have reached the
/// person — never "that button is no longer valid").
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_update_is_answered_only_when_done_and_survives_kill_9() {
    use velkommen::conversation::callback::{Action, Answer, OnboardingAction};
    use velkommen::i18n::Locale;
    use velkommen::newcomers::{Category, Citizenship};
    let db = common::sqlite_db();
    let fake = FakeBotApi::start(FakeConfig::UNLIMITED).await.unwrap();
    let port = free_port();
    let chat = 601;
    let sent = |fake: &FakeBotApi| {
        fake.sent()
            .into_iter()
            .filter(|m| m.chat_id == chat)
            .collect::<Vec<_>>()
    };
    let tap = |action: OnboardingAction| Action::Onboarding(action).encode();
    let mut first = serve(&db.url, &fake, port, Some(SECRET));
    let status = loop {
        if let Some(status) = post(port, Some(SECRET), &text_update(1, chat, "/start haram")).await
        {
            break status;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    assert_eq!(status, 200);
    assert_eq!(sent(&fake).len(), 1, "answered 200 only after the reply");
    let language = callback_update(2, chat, &tap(OnboardingAction::Language(Locale::Uk)));
    assert_eq!(post(port, Some(SECRET), &language).await, Some(200));
    let consent = callback_update(3, chat, &tap(OnboardingAction::Consent(true)));
    assert_eq!(post(port, Some(SECRET), &consent).await, Some(200));
    assert_eq!(sent(&fake).len(), 3);

    // Telegram is slow to take the next reply; the instance dies while
    // its request waits.
    fake.delay_chat(chat, Duration::from_secs(30));
    let category = callback_update(
        4,
        chat,
        &tap(OnboardingAction::Answer(Answer::Category(Category::Labour))),
    );
    let pending = tokio::spawn({
        let category = category.clone();
        async move { post(port, Some(SECRET), &category).await }
    });
    wait_until("the citizenship question", || sent(&fake).len() == 4).await;
    first.kill().expect("SIGKILL");
    first.wait().unwrap();
    assert_eq!(pending.await.unwrap(), None, "Telegram got no answer");
    fake.clear_delay(chat);

    // Telegram tries again, at the restarted instance.
    let mut second = serve(&db.url, &fake, port, Some(SECRET));
    let status = loop {
        if let Some(status) = post(port, Some(SECRET), &category).await {
            break status;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    assert_eq!(status, 200);
    let citizenship = callback_update(
        5,
        chat,
        &tap(OnboardingAction::Answer(Answer::Citizenship(
            Citizenship::Eea,
        ))),
    );
    assert_eq!(post(port, Some(SECRET), &citizenship).await, Some(200));
    second.kill().unwrap();
    second.wait().unwrap();
    let sent = sent(&fake);
    assert_eq!(sent.len(), 6, "{sent:#?}");
    assert_eq!(sent[4].text, sent[3].text, "the citizenship question again");
    let store = velkommen::app::open_store(&db.url).await.unwrap();
    let (_, newcomer) = store
        .load_chat(velkommen::newcomers::ChatKey::telegram(chat))
        .await
        .unwrap();
    let newcomer = newcomer.unwrap();
    assert_eq!(newcomer.category, Some(Category::Labour));
    assert_eq!(newcomer.citizenship, Some(Citizenship::Eea));
}

/// Telegram sending the same update again while the first request still
/// waits (its own timeout, say): the second waits for the same turn, and
/// the person gets one answer.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_same_update_twice_at_once_is_one_turn() {
    let db = common::sqlite_db();
    let fake = FakeBotApi::start(FakeConfig::UNLIMITED).await.unwrap();
    let port = free_port();
    let chat = 602;
    let mut service = serve(&db.url, &fake, port, Some(SECRET));
    let start = text_update(1, chat, "/start haram");
    // Telegram is slow to take the answer: the first request is still
    // waiting when the second comes.
    fake.delay_chat(chat, Duration::from_secs(2));
    let first = loop {
        let sent = tokio::spawn({
            let start = start.clone();
            async move { post(port, Some(SECRET), &start).await }
        });
        tokio::time::sleep(Duration::from_millis(300)).await;
        if !sent.is_finished() {
            break sent;
        }
        // Not listening yet: the request failed at once.
        assert_eq!(sent.await.unwrap(), None);
    };
    wait_until("the language picker", || {
        fake.sent().iter().any(|m| m.chat_id == chat)
    })
    .await;
    let second = post(port, Some(SECRET), &start).await;
    assert_eq!(first.await.unwrap(), Some(200));
    assert_eq!(second, Some(200));
    // Time for a second turn to answer, if one were made.
    tokio::time::sleep(Duration::from_secs(3)).await;
    service.kill().unwrap();
    service.wait().unwrap();
    let answers = fake.sent().iter().filter(|m| m.chat_id == chat).count();
    assert_eq!(answers, 1, "one turn, one answer");
}
