//! A stored conversation state the engine cannot read (damaged, from a
//! step that no longer exists, or written by a newer release before a
//! rollback) is recovered: the person is told, keeps their profile and
//! goes on from their home screen — never silently back to the language
//! picker.

mod common;

use common::{TestApp, newcomer, sqlite_db, test_now};
use velkommen::conversation::callback::{Action, MenuItem};
use velkommen::conversation::callback::{HomeAction, OnboardingAction};
use velkommen::i18n::Locale;
use velkommen::newcomers::{Arrival, ChatKey, Household, YearMonth};
use velkommen::store::{ConversationRecord, Turn};

const ARRIVED: Arrival = Arrival::Month(YearMonth {
    year: 2026,
    month: 9,
});

async fn damage(app: &TestApp, chat: i64, locale: Locale, state: &str) {
    app.state
        .store
        .save_turn(Turn {
            chat: ChatKey::telegram(chat),
            conversation: &ConversationRecord {
                locale,
                state: state.into(),
                updated_at: None,
                last_update: None,
            },
            newcomer: None,
            now: test_now(),
        })
        .await
        .unwrap();
}

#[tokio::test]
async fn an_unreadable_state_is_recovered_and_the_person_keeps_their_profile() {
    let app = TestApp::new(sqlite_db()).await;
    let cases = [
        (1, Locale::Uk, r#"{"step":{"step":"renamed-step"}}"#),
        (2, Locale::Ti, "not json at all"),
        (3, Locale::Ar, r#"{"v":9,"step":{"step":"menu"}}"#),
    ];
    for (chat, locale, stored) in cases {
        newcomer(&app, chat, "haram", locale, Household::Children, ARRIVED).await;
        let before = app.stored_newcomer(ChatKey::telegram(chat)).await.unwrap();
        damage(&app, chat, locale, stored).await;
        let tr = app.state.i18n.tr(locale);
        let mut person = app.person(chat, None);
        person.say("hei").await;
        let text = person.text();
        assert!(
            text.contains(&tr.msg("state-recovered")),
            "{locale:?}: {text}"
        );
        assert!(
            person.offers(&Action::Home(HomeAction::Menu(MenuItem::Guide))),
            "{locale:?}: the menu follows: {text}"
        );
        assert!(
            !person.offers(&Action::Onboarding(OnboardingAction::Language(Locale::Nb))),
            "{locale:?}: not sent back to the language picker: {text}"
        );
        assert_eq!(
            app.stored_newcomer(ChatKey::telegram(chat)).await,
            Some(before),
            "{locale:?}: the profile is untouched"
        );
        let stored = app
            .stored_conversation(ChatKey::telegram(chat))
            .await
            .unwrap();
        let version = format!(r#""v":{}"#, velkommen::conversation::state::STATE_VERSION);
        assert!(stored.state.contains(&version), "{}", stored.state);
        // The next turn reads the state it wrote, and says nothing more
        // about recovering.
        person
            .press(Action::Home(HomeAction::Menu(MenuItem::Guide)))
            .await;
        assert!(!person.text().contains(&tr.msg("state-recovered")));
    }
}

#[tokio::test]
async fn someone_without_a_profile_starts_again_from_the_language() {
    let app = TestApp::new(sqlite_db()).await;
    damage(&app, 9, Locale::Pl, r#"{"step":{"step":"gone"}}"#).await;
    let mut person = app.person(9, Some("pl"));
    person.say("cześć").await;
    let pl = app.state.i18n.tr(Locale::Pl);
    assert!(
        person.offers(&Action::Onboarding(OnboardingAction::Language(Locale::Pl))),
        "{}",
        person.text()
    );
    assert!(!person.text().contains(&pl.msg("state-recovered")));
    assert!(app.stored_newcomer(ChatKey::telegram(9)).await.is_none());
}

/// After a crash Telegram delivers again every update it was not told was
/// done. Two turns may be stored and unconfirmed: the last one's screen is
/// shown once more (its answer may not have gone out); the earlier one was
/// answered before the last began, and is passed over without a word.
#[tokio::test]
async fn updates_delivered_again_after_a_crash_repeat_at_most_the_last_screen() {
    use velkommen::conversation::Incoming;
    use velkommen::conversation::callback::Answer;
    use velkommen::newcomers::Category;
    let app = TestApp::new(sqlite_db()).await;
    let chat = ChatKey::telegram(31);
    let send = |update: i64, action: Action| {
        app.engine.handle(Incoming {
            chat,
            language_code: Some("so".into()),
            input: velkommen::conversation::Input::Button(action.encode()),
            update: Some(update),
        })
    };
    app.engine
        .handle(Incoming {
            chat,
            language_code: Some("so".into()),
            input: velkommen::conversation::Input::Start(Some("haram".into())),
            update: Some(100),
        })
        .await;
    send(101, OnboardingAction::Language(Locale::So).into()).await;
    send(102, OnboardingAction::Consent(true).into()).await;
    let category = Action::Onboarding(OnboardingAction::Answer(Answer::Category(Category::Labour)));
    let asked = send(103, category.clone()).await;
    let citizenship = asked.last().unwrap().text.clone();
    // The next answer is stored too; then the process dies before
    // Telegram hears that 103 and 104 were done.
    let eea = Action::Onboarding(OnboardingAction::Answer(Answer::Citizenship(
        velkommen::newcomers::Citizenship::Eea,
    )));
    let arrival = send(104, eea.clone()).await.last().unwrap().text.clone();
    assert_ne!(arrival, citizenship);
    // Delivered again, in order: 103 is passed over, 104 shows where the
    // person is once more.
    assert!(
        send(103, category).await.is_empty(),
        "an earlier update says nothing"
    );
    let repeated = send(104, eea).await;
    assert_eq!(repeated.len(), 1);
    assert_eq!(repeated[0].text, arrival);
    let stored = app.stored_newcomer(chat).await.unwrap();
    assert_eq!(stored.category, Some(Category::Labour));
    assert_eq!(
        stored.citizenship,
        Some(velkommen::newcomers::Citizenship::Eea)
    );
}
