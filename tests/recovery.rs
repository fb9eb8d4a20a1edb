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
