//! The Telegram adapter against `teloxide_tests`' mock Bot API server.
//! These tests share the crate's process-wide lock and run one at a time.

mod common;

use common::TestApp;
use teloxide::dispatching::UpdateHandler;
use teloxide::dptree;
use teloxide::prelude::*;
use teloxide::types::{ReplyMarkup, User};
use teloxide_tests::{
    MockBot, MockCallbackQuery, MockEditedMessage, MockGroupChat, MockMessageSticker,
    MockMessageText, MockPrivateChat, MockUser,
};
use velkommen::conversation::callback::OnboardingAction;
use velkommen::conversation::callback::{Action, Answer};
use velkommen::i18n::Locale;
use velkommen::newcomers::{Category, ChatKey};
use velkommen::telegram;

const USER: u64 = 4242;

fn user(language: &str) -> User {
    MockUser::new()
        .id(USER)
        .language_code(language.to_owned())
        .build()
}

fn private_text(text: &str, language: &str) -> MockMessageText {
    MockMessageText::new()
        .text(text)
        .from(user(language))
        .chat(MockPrivateChat::new().id(USER as i64).build())
}

fn button(data: &str, language: &str) -> MockCallbackQuery {
    MockCallbackQuery::new()
        .data(data)
        .from(user(language))
        .message(
            MockMessageText::new()
                .text("an earlier message")
                .chat(MockPrivateChat::new().id(USER as i64).build())
                .build(),
        )
}

fn bot_for<T: teloxide_tests::IntoUpdate>(
    app: &TestApp,
    update: T,
) -> MockBot<anyhow::Error, teloxide_tests::mock_bot::DistributionKey> {
    let mut bot = MockBot::new(update, telegram::schema());
    bot.dependencies(dptree::deps![app.engine.clone()]);
    bot
}

fn sent_texts(
    bot: &MockBot<anyhow::Error, teloxide_tests::mock_bot::DistributionKey>,
) -> Vec<String> {
    bot.get_responses()
        .sent_messages_text
        .iter()
        .map(|m| m.bot_request.text.clone())
        .collect()
}

fn sent_buttons(
    bot: &MockBot<anyhow::Error, teloxide_tests::mock_bot::DistributionKey>,
) -> Vec<String> {
    bot.get_responses()
        .sent_messages_text
        .iter()
        .filter_map(|m| match &m.bot_request.reply_markup {
            Some(ReplyMarkup::InlineKeyboard(markup)) => Some(markup.inline_keyboard.clone()),
            _ => None,
        })
        .flatten()
        .flatten()
        .filter_map(|b| match b.kind {
            teloxide::types::InlineKeyboardButtonKind::CallbackData(data) => Some(data),
            _ => None,
        })
        .collect()
}

#[tokio::test]
async fn a_deep_link_greets_in_the_telegram_language_with_the_picker() {
    let app = TestApp::new(common::sqlite_db()).await;
    let mut bot = bot_for(&app, private_text("/start haram", "uk"));
    bot.dispatch().await;

    let uk = app.state.i18n.tr(Locale::Uk);
    let texts = sent_texts(&bot);
    assert_eq!(texts.len(), 1, "{texts:?}");
    assert!(texts[0].contains(&uk.msg_args(
        "start-hello-municipality",
        &velkommen::args!["municipality" => "Haram"]
    )));
    let buttons = sent_buttons(&bot);
    for locale in Locale::ALL {
        assert!(buttons.contains(&Action::Onboarding(OnboardingAction::Language(locale)).encode()));
    }
    let request = &bot.get_responses().sent_messages_text[0].bot_request;
    assert!(
        request.parse_mode.is_none(),
        "plain text, nothing to escape"
    );
    assert!(
        request
            .link_preview_options
            .as_ref()
            .is_some_and(|o| o.is_disabled)
    );
}

#[tokio::test]
async fn button_presses_walk_the_journey_and_are_always_answered() {
    let app = TestApp::new(common::sqlite_db()).await;
    let steps = [
        Action::Onboarding(OnboardingAction::Language(Locale::Ar)),
        Action::Onboarding(OnboardingAction::Consent(true)),
        Action::Onboarding(OnboardingAction::Answer(Answer::Category(
            Category::Refugee,
        ))),
    ];
    let mut bot = bot_for(&app, private_text("/start tynset", "ar"));
    bot.dispatch().await;
    for action in steps {
        bot.update(button(&action.encode(), "ar"));
        bot.dispatch().await;
        let responses = bot.get_responses();
        assert_eq!(responses.answered_callback_queries.len(), 1, "{action:?}");
    }
    let ar = app.state.i18n.tr(Locale::Ar);
    assert!(sent_texts(&bot).iter().any(|t| t.contains(&ar.msg_args(
        "arrival-prompt",
        &velkommen::args!["municipality" => "Tynset"]
    ))));
    let stored = app
        .stored_newcomer(ChatKey::telegram(USER as i64))
        .await
        .expect("stored after consent");
    assert_eq!(stored.category, Some(Category::Refugee));
    assert_eq!(stored.municipality.as_deref(), Some("tynset"));
    assert_eq!(stored.locale, Locale::Ar);
}

#[tokio::test]
async fn a_forged_button_is_answered_and_gets_the_stale_message() {
    let app = TestApp::new(common::sqlite_db()).await;
    let mut bot = bot_for(&app, private_text("/start", "pl"));
    bot.dispatch().await;
    bot.update(button("1:d:y';drop table newcomers;--", "pl"));
    bot.dispatch().await;
    assert_eq!(bot.get_responses().answered_callback_queries.len(), 1);
    let pl = app.state.i18n.tr(Locale::Pl);
    assert!(sent_texts(&bot)[0].contains(&pl.msg("stale-button")));
}

#[tokio::test]
async fn stickers_edits_and_group_messages_get_localized_answers() {
    let app = TestApp::new(common::sqlite_db()).await;
    let mut bot = bot_for(&app, private_text("/start", "lt"));
    bot.dispatch().await;
    let lt = app.state.i18n.tr(Locale::Lt);

    bot.update(
        MockMessageSticker::new()
            .from(user("lt"))
            .chat(MockPrivateChat::new().id(USER as i64).build()),
    );
    bot.dispatch().await;
    assert!(sent_texts(&bot)[0].contains(&lt.msg("unsupported-message")));

    bot.update(MockEditedMessage::new(private_text("edited", "lt").build()));
    bot.dispatch().await;
    assert!(sent_texts(&bot)[0].contains(&lt.msg("edited-message")));

    // In a group: a command gets the pointer to a private chat…
    let group = MockGroupChat::new().id(-777).build();
    bot.update(
        MockMessageText::new()
            .text("/start")
            .from(user("lt"))
            .chat(group.clone()),
    );
    bot.dispatch().await;
    assert_eq!(sent_texts(&bot), vec![lt.msg("group-chat")]);
    // …and ordinary chatter is left alone.
    bot.update(
        MockMessageText::new()
            .text("labas")
            .from(user("lt"))
            .chat(group),
    );
    bot.dispatch().await;
    assert!(sent_texts(&bot).is_empty());
    assert!(
        app.stored_conversation(ChatKey::telegram(-777))
            .await
            .is_none()
    );
}

fn commands_schema() -> UpdateHandler<anyhow::Error> {
    dptree::entry().endpoint(|bot: Bot, app: velkommen::app::AppState| async move {
        telegram::register_commands(&bot, &app.i18n).await?;
        Ok(())
    })
}

#[tokio::test]
async fn commands_are_registered_for_every_shipped_language() {
    let app = TestApp::new(common::sqlite_db()).await;
    let mut bot = MockBot::new(private_text("/start", "en"), commands_schema());
    bot.dependencies(dptree::deps![app.state.clone()]);
    bot.dispatch().await;
    let registered = bot.get_responses().set_my_commands;
    assert_eq!(registered.len(), Locale::ALL.len() + 1);
    for locale in Locale::ALL {
        let body = registered
            .iter()
            .find(|b| b.language_code.as_deref() == Some(locale.telegram_code()))
            .unwrap_or_else(|| panic!("no commands for {locale}"));
        let tr = app.state.i18n.tr(locale);
        assert_eq!(body.commands.len(), telegram::COMMANDS.len());
        for (command, (name, key)) in body.commands.iter().zip(telegram::COMMANDS) {
            assert_eq!(command.command, name);
            assert_eq!(command.description, tr.msg(key));
        }
    }
    assert!(
        registered.iter().any(|b| b.language_code.is_none()),
        "a default list"
    );
}

#[tokio::test]
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
    let from_bot = MockMessageText::new()
        .text(notification.text.clone())
        .from(
            MockUser::new()
                .id(teloxide_tests::MockMe::ID)
                .is_bot(true)
                .build(),
        )
        .chat(MockGroupChat::new().id(-500).build())
        .build();
    let reply = MockMessageText::new()
        .text("Skatteetaten i Ålesund, etter timebestilling.")
        .from(user("nb"))
        .chat(MockGroupChat::new().id(-500).build())
        .reply_to_message(from_bot);
    let mut bot = bot_for(&app, reply);
    bot.dispatch().await;
    let reference = velkommen::cases::CaseRef::find_in(&notification.text).unwrap();
    assert_eq!(
        sent_texts(&bot),
        vec![nb.msg_args(
            "case-answer-sent",
            &velkommen::args!["case" => reference.as_str()]
        )]
    );
    let queued = app.state.store.due_deliveries(far, true, 10).await.unwrap();
    let answer = queued
        .iter()
        .find(|d| d.chat == ChatKey::telegram(77))
        .expect("the answer is queued for the newcomer");
    assert!(answer.body.contains("Skatteetaten i Ålesund"));

    // Chatter in the group that replies to nothing of ours stays unanswered.
    bot.update(
        MockMessageText::new()
            .text("kaffe?")
            .from(user("nb"))
            .chat(MockGroupChat::new().id(-500).build()),
    );
    bot.dispatch().await;
    assert!(sent_texts(&bot).is_empty());
}
