//! The Telegram adapter (`telegram::schema()` in a teloxide dispatcher)
//! against the fake Bot API, over HTTP as with Telegram, with the test's
//! own database to look into.

mod common;

use std::time::Duration;

use common::TestApp;
use fake_bot_api::{BOT_ID, BOT_USERNAME, FakeBotApi, FakeConfig, SentMessage};
use serde_json::{Value, json};
use teloxide::dispatching::{Dispatcher, ShutdownToken};
use teloxide::dptree;
use velkommen::conversation::callback::OnboardingAction;
use velkommen::conversation::callback::{Action, Answer};
use velkommen::i18n::Locale;
use velkommen::newcomers::{Category, ChatKey};
use velkommen::telegram;

const USER: i64 = 4242;

/// The adapter's handlers in a dispatcher that long-polls the fake.
struct Adapter {
    fake: FakeBotApi,
    shutdown: ShutdownToken,
    running: tokio::task::JoinHandle<()>,
}

impl Adapter {
    async fn start(app: &TestApp) -> Adapter {
        let fake = FakeBotApi::start(FakeConfig::UNLIMITED).await.unwrap();
        let mut dispatcher = Dispatcher::builder(fake.bot(), telegram::schema())
            .dependencies(dptree::deps![app.engine.clone()])
            .build();
        let shutdown = dispatcher.shutdown_token();
        let listener = teloxide::update_listeners::polling_default(fake.bot()).await;
        let running = tokio::spawn(async move {
            dispatcher
                .dispatch_with_listener(
                    listener,
                    teloxide::error_handlers::LoggingErrorHandler::new(),
                )
                .await;
        });
        Adapter {
            fake,
            shutdown,
            running,
        }
    }

    /// What was sent to `chat`.
    fn to(&self, chat: i64) -> Vec<SentMessage> {
        self.fake
            .sent()
            .into_iter()
            .filter(|m| m.chat_id == chat)
            .collect()
    }

    /// Waits until `chat` has had `n` messages and then a moment without
    /// more; what it had.
    async fn wait_for(&self, chat: i64, n: usize) -> Vec<SentMessage> {
        for _ in 0..1500 {
            if self.to(chat).len() >= n {
                break;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        tokio::time::sleep(Duration::from_millis(300)).await;
        let sent = self.to(chat);
        assert_eq!(sent.len(), n, "{sent:#?}");
        sent
    }

    async fn stop(self) {
        // The dispatcher may still be starting; then it is asked again.
        while self.shutdown.shutdown().is_err() {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        self.running.await.unwrap();
    }
}

fn user(language: &str) -> Value {
    json!({ "id": USER, "is_bot": false, "first_name": "Test", "language_code": language })
}

fn private_chat() -> Value {
    json!({ "id": USER, "type": "private", "first_name": "Test" })
}

fn group_chat(id: i64) -> Value {
    json!({ "id": id, "type": "group", "title": "Flyktningtjenesten" })
}

fn message(id: i64, chat: Value, from: Value, fields: Value) -> Value {
    let mut message =
        json!({ "message_id": id, "date": 1_764_072_000, "chat": chat, "from": from });
    for (key, value) in fields.as_object().unwrap() {
        message[key] = value.clone();
    }
    message
}

/// The callback data of every button of `sent`.
fn buttons(sent: &[SentMessage]) -> Vec<String> {
    sent.iter()
        .filter_map(|m| m.reply_markup.as_ref())
        .flat_map(|markup| {
            markup["inline_keyboard"]
                .as_array()
                .cloned()
                .unwrap_or_default()
        })
        .flat_map(|row| row.as_array().cloned().unwrap_or_default())
        .filter_map(|button| button["callback_data"].as_str().map(str::to_owned))
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_deep_link_greets_in_the_telegram_language_with_the_picker() {
    let app = TestApp::new(common::sqlite_db()).await;
    let adapter = Adapter::start(&app).await;
    adapter.fake.push_text(USER, Some("uk"), "/start haram");
    let sent = adapter.wait_for(USER, 1).await;
    adapter.stop().await;

    let uk = app.state.i18n.tr(Locale::Uk);
    assert!(sent[0].text.contains(&uk.msg_args(
        "start-hello-municipality",
        &velkommen::args!["municipality" => "Haram"]
    )));
    let buttons = buttons(&sent);
    for locale in Locale::ALL {
        assert!(buttons.contains(&Action::Onboarding(OnboardingAction::Language(locale)).encode()));
    }
    assert!(
        sent[0].parse_mode.is_none(),
        "plain text, nothing to escape"
    );
    assert!(sent[0].link_preview_disabled);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn button_presses_walk_the_journey_and_are_always_answered() {
    let app = TestApp::new(common::sqlite_db()).await;
    let adapter = Adapter::start(&app).await;
    let steps = [
        Action::Onboarding(OnboardingAction::Language(Locale::Ar)),
        Action::Onboarding(OnboardingAction::Consent(true)),
        Action::Onboarding(OnboardingAction::Answer(Answer::Category(
            Category::Refugee,
        ))),
    ];
    adapter.fake.push_text(USER, Some("ar"), "/start tynset");
    adapter.wait_for(USER, 1).await;
    for (i, action) in steps.iter().enumerate() {
        adapter
            .fake
            .push_callback(USER, Some("ar"), &action.encode());
        adapter.wait_for(USER, i + 2).await;
        assert_eq!(
            adapter.fake.calls("answercallbackquery"),
            i as u64 + 1,
            "{action:?}"
        );
    }
    let sent = adapter.to(USER);
    adapter.stop().await;
    let ar = app.state.i18n.tr(Locale::Ar);
    assert!(sent.iter().any(|m| m.text.contains(&ar.msg_args(
        "arrival-prompt",
        &velkommen::args!["municipality" => "Tynset"]
    ))));
    let stored = app
        .stored_newcomer(ChatKey::telegram(USER))
        .await
        .expect("stored after consent");
    assert_eq!(stored.category, Some(Category::Refugee));
    assert_eq!(stored.municipality.as_deref(), Some("tynset"));
    assert_eq!(stored.locale, Locale::Ar);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_forged_button_is_answered_and_gets_the_stale_message() {
    let app = TestApp::new(common::sqlite_db()).await;
    let adapter = Adapter::start(&app).await;
    adapter.fake.push_text(USER, Some("pl"), "/start");
    adapter.wait_for(USER, 1).await;
    adapter
        .fake
        .push_callback(USER, Some("pl"), "1:d:y';drop table newcomers;--");
    let sent = adapter.wait_for(USER, 2).await;
    assert_eq!(adapter.fake.calls("answercallbackquery"), 1);
    adapter.stop().await;
    let pl = app.state.i18n.tr(Locale::Pl);
    assert!(sent[1].text.contains(&pl.msg("stale-button")));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stickers_edits_and_group_messages_get_localized_answers() {
    let app = TestApp::new(common::sqlite_db()).await;
    let adapter = Adapter::start(&app).await;
    let fake = &adapter.fake;
    fake.push_text(USER, Some("lt"), "/start");
    adapter.wait_for(USER, 1).await;
    let lt = app.state.i18n.tr(Locale::Lt);

    let sticker = json!({ "file_id": "s", "file_unique_id": "s", "type": "regular",
        "width": 512, "height": 512, "is_animated": false, "is_video": false });
    fake.push_update(
        json!({ "message": message(2, private_chat(), user("lt"), json!({ "sticker": sticker })) }),
    );
    let sent = adapter.wait_for(USER, 2).await;
    assert!(sent[1].text.contains(&lt.msg("unsupported-message")));

    fake.push_update(
        json!({ "edited_message": message(3, private_chat(), user("lt"),
        json!({ "text": "edited", "edit_date": 1_764_072_060 })) }),
    );
    let sent = adapter.wait_for(USER, 3).await;
    assert!(sent[2].text.contains(&lt.msg("edited-message")));

    // In a group: a command gets the pointer to a private chat…
    let command = json!({ "text": "/start",
        "entities": [{ "type": "bot_command", "offset": 0, "length": 6 }] });
    fake.push_update(
        json!({ "message": message(4, group_chat(-777), user("lt"), command.clone()) }),
    );
    let sent = adapter.wait_for(-777, 1).await;
    assert_eq!(sent[0].text, lt.msg("group-chat"));
    // …and ordinary chatter is left alone: the command after it, in the
    // same chat and so handled after it, is the only one answered.
    fake.push_update(
        json!({ "message": message(5, group_chat(-777), user("lt"), json!({ "text": "labas" })) }),
    );
    fake.push_update(json!({ "message": message(6, group_chat(-777), user("lt"), command) }));
    let sent = adapter.wait_for(-777, 2).await;
    assert_eq!(sent[1].text, lt.msg("group-chat"));
    adapter.stop().await;
    assert!(
        app.stored_conversation(ChatKey::telegram(-777))
            .await
            .is_none()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn commands_are_registered_for_every_shipped_language() {
    let app = TestApp::new(common::sqlite_db()).await;
    let fake = FakeBotApi::start(FakeConfig::UNLIMITED).await.unwrap();
    telegram::register_commands(&fake.bot(), &app.state.i18n)
        .await
        .unwrap();
    let registered = fake.commands();
    assert_eq!(registered.len(), Locale::ALL.len() + 1);
    for locale in Locale::ALL {
        let list = registered
            .iter()
            .find(|l| l.language_code.as_deref() == Some(locale.telegram_code()))
            .unwrap_or_else(|| panic!("no commands for {locale}"));
        let tr = app.state.i18n.tr(locale);
        assert_eq!(list.commands.len(), telegram::COMMANDS.len());
        for ((command, description), (name, key)) in list.commands.iter().zip(telegram::COMMANDS) {
            assert_eq!(command, name);
            assert_eq!(description, &tr.msg(key));
        }
    }
    assert!(
        registered.iter().any(|l| l.language_code.is_none()),
        "a default list"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_staff_reply_in_the_group_reaches_the_newcomer() {
    let app = TestApp::new(common::sqlite_db()).await;
    let nb = app.state.i18n.tr(Locale::Nb);
    // A Polish newcomer in Haram asks; the refugee service's group is bound.
    common::newcomer(
        &app,
        77,
        "haram",
        Locale::Pl,
        velkommen::newcomers::Household::Alone,
        velkommen::newcomers::Arrival::NotYet,
    )
    .await;
    let code = common::invite(&app, "haram", velkommen::staff::Role::Coordinator).await;
    let mut group = app.person(-500, Some("nb"));
    group
        .input(velkommen::conversation::Input::GroupCommand {
            name: "staff".into(),
            args: code.display(),
        })
        .await;
    let mut marek = app.person(77, Some("pl"));
    marek.say("/ask").await;
    marek.say("Gdzie jest urząd skarbowy?").await;
    let far = chrono::Utc::now() + chrono::Duration::days(3650);
    let queued = app.state.store.due_deliveries(far, true, 10).await.unwrap();
    let notification: velkommen::conversation::Reply =
        serde_json::from_str(&queued[0].body).unwrap();

    // A staff member replies to the bot's notification in the group.
    let adapter = Adapter::start(&app).await;
    let bot = json!({ "id": BOT_ID, "is_bot": true, "first_name": "velkommen", "username": BOT_USERNAME });
    let from_bot = message(
        1,
        group_chat(-500),
        bot,
        json!({ "text": notification.text }),
    );
    adapter.fake.push_update(json!({ "message": message(2, group_chat(-500), user("nb"),
        json!({ "text": "Skatteetaten i Ålesund, etter timebestilling.", "reply_to_message": from_bot })) }));
    let sent = adapter.wait_for(-500, 1).await;
    let reference = velkommen::cases::CaseRef::find_in(&notification.text).unwrap();
    assert_eq!(
        sent[0].text,
        nb.msg_args(
            "case-answer-sent",
            &velkommen::args!["case" => reference.as_str()]
        )
    );
    let queued = app.state.store.due_deliveries(far, true, 10).await.unwrap();
    let answer = queued
        .iter()
        .find(|d| d.chat == ChatKey::telegram(77))
        .expect("the answer is queued for the newcomer");
    assert!(answer.body.contains("Skatteetaten i Ålesund"));

    // Chatter in the group that replies to nothing of ours stays
    // unanswered: only the command after it is.
    adapter.fake.push_update(
        json!({ "message": message(3, group_chat(-500), user("nb"), json!({ "text": "kaffe?" })) }),
    );
    let command = json!({ "text": "/help",
        "entities": [{ "type": "bot_command", "offset": 0, "length": 5 }] });
    adapter
        .fake
        .push_update(json!({ "message": message(4, group_chat(-500), user("nb"), command) }));
    let sent = adapter.wait_for(-500, 2).await;
    assert_ne!(sent[1].text, sent[0].text, "the answer to /help");
    adapter.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn as_pdf_sends_the_letter_as_a_document_with_the_bots_own_link() {
    use velkommen::conversation::callback::PaperAction;
    use velkommen::newcomers::{Arrival, Household};
    let mut app = TestApp::new(common::sqlite_db()).await;
    let adapter = Adapter::start(&app).await;
    // As `serve` does at start-up: the QR code's bot is the one Telegram
    // names in getMe.
    let username = telegram::bot_username(&adapter.fake.bot()).await.unwrap();
    assert_eq!(username.as_deref(), Some(BOT_USERNAME));
    app.state.bot_username = username;
    app.engine = app.state.engine();
    adapter.stop().await;
    let adapter = Adapter::start(&app).await;
    common::newcomer(
        &app,
        USER,
        "haram",
        Locale::Ar,
        Household::Children,
        Arrival::NotYet,
    )
    .await;
    adapter.fake.push_text(USER, Some("ar"), "/letter");
    let letter = adapter.wait_for(USER, 1).await;
    let pdf_button = Action::from(PaperAction::Letter).encode();
    assert!(buttons(&letter).contains(&pdf_button), "{letter:#?}");
    adapter.fake.push_callback(USER, Some("ar"), &pdf_button);
    assert!(
        adapter
            .fake
            .wait_for_sent_files(1, Duration::from_secs(30))
            .await
    );
    let files = adapter.fake.sent_files();
    // The button press was answered (no spinning clock on the phone).
    assert_eq!(adapter.fake.calls("answercallbackquery"), 1);
    adapter.stop().await;
    let file = &files[0];
    assert_eq!(file.chat_id, USER);
    assert_eq!(file.kind, fake_bot_api::FileKind::Document);
    assert_eq!(file.file_name, "velkomstbrev-haram-ar.pdf");
    assert!(file.bytes.starts_with(b"%PDF-"), "a PDF");
    let ar = app.state.i18n.tr(Locale::Ar);
    assert_eq!(file.caption, ar.msg("letter-pdf-caption"));
}
