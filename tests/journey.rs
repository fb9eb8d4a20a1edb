//! The newcomer's first journey, driven through the conversation engine on
//! every database backend available.

mod common;

use common::{TestApp, databases, test_now};
use velkommen::conversation::Input;
use velkommen::conversation::callback::{Action, Answer, Field, GuideAction, MenuItem};
use velkommen::conversation::callback::{AskAction, HomeAction, OnboardingAction};
use velkommen::i18n::Locale;
use velkommen::newcomers::{Arrival, Category, Citizenship, Household, YearMonth};
use velkommen::store::{NewDelivery, Origin};

const OCTOBER_2026: Arrival = Arrival::Month(YearMonth {
    year: 2026,
    month: 10,
});

/// Takes a new person from `/start <link>` to the welcome letter.
async fn onboard(person: &mut common::Person<'_>, link: &str, locale: Locale, category: Category) {
    person.say(&format!("/start {link}")).await;
    person
        .press(Action::Onboarding(OnboardingAction::Language(locale)))
        .await;
    person
        .press(Action::Onboarding(OnboardingAction::Consent(true)))
        .await;
    person
        .press(Action::Onboarding(OnboardingAction::Answer(
            Answer::Category(category),
        )))
        .await;
    if category != Category::Refugee {
        person
            .press(Action::Onboarding(OnboardingAction::Answer(
                Answer::Citizenship(Citizenship::Eea),
            )))
            .await;
    }
    person
        .press(Action::Onboarding(OnboardingAction::Answer(
            Answer::Arrival(OCTOBER_2026),
        )))
        .await;
    person
        .press(Action::Onboarding(OnboardingAction::Answer(
            Answer::Household(Household::Children),
        )))
        .await;
    person
        .press(Action::Onboarding(OnboardingAction::Answer(
            Answer::Mentor(true),
        )))
        .await;
}

#[tokio::test]
async fn a_newcomer_goes_from_start_haram_to_the_letter_in_every_language() {
    for db in databases().await {
        let app = TestApp::new(db).await;
        for (i, locale) in Locale::ALL.into_iter().enumerate() {
            let mut person = app.person(1000 + i as i64, Some("en"));
            onboard(&mut person, "haram", locale, Category::Labour).await;
            let letter = person.text();
            let tr = app.state.i18n.tr(locale);
            assert!(letter.contains("Haram"), "{locale}: {letter}");
            assert!(
                letter.contains("9\u{a0}357"),
                "{locale}: population missing"
            );
            assert!(letter.contains("9\u{a0}356"), "{locale}: yesterday missing");
            // An EU/EEA worker: police registration first, with its source.
            assert!(
                letter.contains(&tr.msg("step-eea-registration")),
                "{locale}"
            );
            assert!(
                letter.contains("https://www.udi.no/en/word-definitions/eueea-national/what-is-a-proof-of-registration-for-eueea-national/"),
                "{locale}: the registration source is missing"
            );
            assert!(
                letter.contains("https://www.skatteetaten.no/en/person/foreign/norwegian-identification-number/ID-check/"),
                "{locale}: the ID-check source is missing"
            );
            assert!(letter.contains(&tr.msg("step-tax-card")), "{locale}");
            assert!(letter.contains(&tr.msg("letter-children")), "{locale}");
            assert!(letter.contains(&tr.msg("letter-mentor-wish")), "{locale}");
            // What arrives before any tap fits two phone screens.
            assert!(
                person.visible_chars() <= velkommen::letter::MAX_LETTER_CHARS,
                "{locale}: {} characters",
                person.visible_chars()
            );
            // Contacts, meeting places, each step's topic and the menu are
            // one tap away.
            for action in [
                Action::Home(HomeAction::Contacts("haram".into())),
                Action::Home(HomeAction::Places("haram".into())),
                Action::Guide(GuideAction::Topic("eea-registration".into(), 0)),
                Action::Home(HomeAction::Menu(MenuItem::Menu)),
            ] {
                assert!(person.offers(&action), "{locale}: {action:?}");
            }
            let newcomer = app
                .stored_newcomer(person.chat)
                .await
                .expect("the newcomer is stored");
            assert_eq!(newcomer.locale, locale);
            assert_eq!(newcomer.municipality.as_deref(), Some("haram"));
            assert_eq!(newcomer.category, Some(Category::Labour));
            assert_eq!(newcomer.citizenship, Some(Citizenship::Eea));
            assert_eq!(newcomer.arrival, Some(OCTOBER_2026));
            assert_eq!(newcomer.household, Some(Household::Children));
            assert_eq!(newcomer.wants_mentor, Some(true));
            assert_eq!(newcomer.consented_at, test_now());
        }
    }
}

#[tokio::test]
async fn the_letter_speaks_the_newcomers_own_words_in_nb_uk_and_ar() {
    let app = TestApp::new(common::sqlite_db()).await;
    let cases = [
        (Locale::Nb, "innbyggere", Category::Refugee),
        (Locale::Uk, "Haram", Category::Family),
        (Locale::Ar, "Haram", Category::Refugee),
    ];
    for (i, (locale, word, category)) in cases.into_iter().enumerate() {
        let mut person = app.person(2000 + i as i64, None);
        onboard(&mut person, "haram", locale, category).await;
        let letter = person.text();
        assert!(letter.contains(word), "{locale}: {letter}");
        let tr = app.state.i18n.tr(locale);
        for step in velkommen::letter::first_steps(category, Some(Citizenship::Eea)) {
            assert!(
                letter.contains(&tr.msg(step.key())),
                "{locale}: step {step:?}"
            );
        }
        let script_ok = match locale {
            Locale::Uk => letter
                .chars()
                .any(|c| ('\u{0400}'..='\u{04FF}').contains(&c)),
            Locale::Ar => letter
                .chars()
                .any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)),
            _ => true,
        };
        assert!(script_ok, "{locale}: the letter is not in its own script");
    }
}

#[tokio::test]
async fn refugees_are_pointed_to_their_introduction_programme_contact() {
    let app = TestApp::new(common::sqlite_db()).await;
    let mut person = app.person(3000, Some("nb"));
    onboard(&mut person, "vestvagoy", Locale::Nb, Category::Refugee).await;
    assert!(person.text().contains("11\u{a0}619"));
    // The first step opens the introduction programme, with the office.
    person
        .press(Action::Guide(GuideAction::Topic("introduction".into(), 0)))
        .await;
    let page = person.text();
    assert!(page.contains("Flyktning- og innvandrerenheten"), "{page}");
    assert!(page.contains("https://www.vestvagoy.kommune.no/organisasjon/administrasjon/flyktning-og-innvandrerenheten/"));
    person.say("/letter").await;
    person
        .press(Action::Home(HomeAction::Places("vestvagoy".into())))
        .await;
    assert!(person.text().contains("Meieriet bibliotek"));
    // The library is listed once: as a meeting place, not again as a contact.
    person
        .press(Action::Home(HomeAction::Contacts("vestvagoy".into())))
        .await;
    assert!(
        !person.text().contains("Meieriet bibliotek"),
        "{}",
        person.text()
    );
}

#[tokio::test]
async fn the_language_is_preselected_from_telegram_and_changeable() {
    let app = TestApp::new(common::sqlite_db()).await;
    let mut person = app.person(4000, Some("uk"));
    person.say("/start").await;
    let tr = app.state.i18n.tr(Locale::Uk);
    assert!(person.text().contains(&tr.msg("start-hello")));
    let ticked = person
        .buttons()
        .into_iter()
        .find(|b| b.data == Action::Onboarding(OnboardingAction::Language(Locale::Uk)).encode())
        .unwrap();
    assert!(ticked.label.starts_with('✓'), "{}", ticked.label);
    assert_eq!(
        person.buttons().len(),
        10,
        "the picker offers the ten languages"
    );
    for locale in Locale::ALL {
        assert!(person.offers(&Action::Onboarding(OnboardingAction::Language(locale))));
    }
    // Arabic, then /language back to Polish at any time.
    person
        .press(Action::Onboarding(OnboardingAction::Language(Locale::Ar)))
        .await;
    assert!(
        person
            .text()
            .contains(&app.state.i18n.tr(Locale::Ar).msg("privacy-question"))
    );
    person.say("/language").await;
    person
        .press(Action::Onboarding(OnboardingAction::Language(Locale::Pl)))
        .await;
    let pl = app.state.i18n.tr(Locale::Pl);
    assert!(person.text().contains(&pl.msg("language-changed")));
    assert!(
        person.text().contains(&pl.msg("privacy-question")),
        "still at the privacy step"
    );
}

#[tokio::test]
async fn an_unknown_deep_link_gets_a_polite_message_and_the_municipality_picker() {
    let app = TestApp::new(common::sqlite_db()).await;
    let mut person = app.person(5000, Some("en"));
    person.say("/start oslo-is-not-here").await;
    let en = app.state.i18n.tr(Locale::En);
    assert!(person.text().contains(&en.msg("start-unknown-link")));
    for slug in ["haram", "tynset", "vestvagoy"] {
        assert!(
            person.offers(&Action::Onboarding(OnboardingAction::LinkMunicipality(
                slug.into()
            )))
        );
    }
    person
        .press(Action::Onboarding(OnboardingAction::LinkMunicipality(
            "tynset".into(),
        )))
        .await;
    person
        .press(Action::Onboarding(OnboardingAction::Language(Locale::En)))
        .await;
    person
        .press(Action::Onboarding(OnboardingAction::Consent(true)))
        .await;
    // The municipality question is skipped: Tynset is remembered.
    assert!(person.offers(&Action::Onboarding(OnboardingAction::Answer(
        Answer::Category(Category::Other)
    ))));
    let stored = app.stored_newcomer(person.chat).await.unwrap();
    assert_eq!(stored.municipality.as_deref(), Some("tynset"));
}

#[tokio::test]
async fn start_without_a_link_asks_for_the_municipality() {
    let app = TestApp::new(common::sqlite_db()).await;
    let mut person = app.person(5100, Some("en"));
    person.say("/start").await;
    person
        .press(Action::Onboarding(OnboardingAction::Language(Locale::En)))
        .await;
    person
        .press(Action::Onboarding(OnboardingAction::Consent(true)))
        .await;
    person
        .press(Action::Onboarding(OnboardingAction::Answer(
            Answer::Municipality("vestvagoy".into()),
        )))
        .await;
    assert!(person.offers(&Action::Onboarding(OnboardingAction::Answer(
        Answer::Category(Category::Refugee)
    ))));
}

#[tokio::test]
async fn every_question_has_a_back_button_that_goes_back() {
    let app = TestApp::new(common::sqlite_db()).await;
    let mut person = app.person(6000, Some("nb"));
    person.say("/start").await;
    person
        .press(Action::Onboarding(OnboardingAction::Language(Locale::Nb)))
        .await;
    person
        .press(Action::Onboarding(OnboardingAction::BackFromPrivacy))
        .await;
    assert!(person.offers(&Action::Onboarding(OnboardingAction::Language(Locale::Nb))));
    person
        .press(Action::Onboarding(OnboardingAction::Language(Locale::Nb)))
        .await;
    person
        .press(Action::Onboarding(OnboardingAction::Consent(true)))
        .await;
    person
        .press(Action::Onboarding(OnboardingAction::Answer(
            Answer::Municipality("haram".into()),
        )))
        .await;
    person
        .press(Action::Onboarding(OnboardingAction::Back(Field::Category)))
        .await;
    assert!(person.offers(&Action::Onboarding(OnboardingAction::Answer(
        Answer::Municipality("tynset".into())
    ))));
    person
        .press(Action::Onboarding(OnboardingAction::Answer(
            Answer::Municipality("tynset".into()),
        )))
        .await;
    // A refugee is not asked for a citizenship: back from the arrival goes
    // to the category.
    person
        .press(Action::Onboarding(OnboardingAction::Answer(
            Answer::Category(Category::Refugee),
        )))
        .await;
    assert!(person.offers(&Action::Onboarding(OnboardingAction::Answer(
        Answer::Arrival(Arrival::NotYet)
    ))));
    person
        .press(Action::Onboarding(OnboardingAction::Back(Field::Arrival)))
        .await;
    person
        .press(Action::Onboarding(OnboardingAction::Answer(
            Answer::Category(Category::Family),
        )))
        .await;
    person
        .press(Action::Onboarding(OnboardingAction::Back(
            Field::Citizenship,
        )))
        .await;
    assert!(person.offers(&Action::Onboarding(OnboardingAction::Answer(
        Answer::Category(Category::Labour)
    ))));
    person
        .press(Action::Onboarding(OnboardingAction::Answer(
            Answer::Category(Category::Labour),
        )))
        .await;
    person
        .press(Action::Onboarding(OnboardingAction::Answer(
            Answer::Citizenship(Citizenship::Nordic),
        )))
        .await;
    person
        .press(Action::Onboarding(OnboardingAction::Back(Field::Arrival)))
        .await;
    assert!(person.offers(&Action::Onboarding(OnboardingAction::Answer(
        Answer::Citizenship(Citizenship::Eea)
    ))));
    person
        .press(Action::Onboarding(OnboardingAction::Answer(
            Answer::Citizenship(Citizenship::Eea),
        )))
        .await;
    person
        .press(Action::Onboarding(OnboardingAction::Answer(
            Answer::Arrival(Arrival::NotYet),
        )))
        .await;
    person
        .press(Action::Onboarding(OnboardingAction::Back(Field::Household)))
        .await;
    person
        .press(Action::Onboarding(OnboardingAction::Answer(
            Answer::Arrival(Arrival::Earlier),
        )))
        .await;
    person
        .press(Action::Onboarding(OnboardingAction::Answer(
            Answer::Household(Household::Alone),
        )))
        .await;
    person
        .press(Action::Onboarding(OnboardingAction::Back(Field::Mentor)))
        .await;
    person
        .press(Action::Onboarding(OnboardingAction::Answer(
            Answer::Household(Household::Partner),
        )))
        .await;
    person
        .press(Action::Onboarding(OnboardingAction::Answer(
            Answer::Mentor(false),
        )))
        .await;
    let stored = app.stored_newcomer(person.chat).await.unwrap();
    assert_eq!(stored.municipality.as_deref(), Some("tynset"));
    assert_eq!(stored.category, Some(Category::Labour));
    assert_eq!(stored.citizenship, Some(Citizenship::Eea));
    assert_eq!(stored.arrival, Some(Arrival::Earlier));
    assert_eq!(stored.household, Some(Household::Partner));
    assert_eq!(stored.wants_mentor, Some(false));
}

#[tokio::test]
async fn declining_consent_stores_nothing_personal_but_still_informs() {
    for db in databases().await {
        let app = TestApp::new(db).await;
        let mut person = app.person(7000, Some("pl"));
        person.say("/start haram").await;
        person
            .press(Action::Onboarding(OnboardingAction::Language(Locale::Pl)))
            .await;
        person
            .press(Action::Onboarding(OnboardingAction::Consent(false)))
            .await;
        assert!(app.stored_newcomer(person.chat).await.is_none());
        let record = app.stored_conversation(person.chat).await.unwrap();
        assert!(
            !record.state.contains("haram"),
            "the link is forgotten: {}",
            record.state
        );
        // General information is still there.
        person
            .press(Action::Home(HomeAction::Menu(MenuItem::Info)))
            .await;
        person
            .press(Action::Home(HomeAction::Info("tynset".into())))
            .await;
        assert!(person.text().contains("NAV Nord-Østerdal"));
        assert!(person.text().contains("55 55 33 33"));
        // The letter needs a profile.
        person.say("/letter").await;
        let pl = app.state.i18n.tr(Locale::Pl);
        assert!(person.text().contains(&pl.msg("needs-profile")));
        // Saying yes later works.
        person
            .press(Action::Home(HomeAction::Menu(MenuItem::SignUp)))
            .await;
        person
            .press(Action::Onboarding(OnboardingAction::Consent(true)))
            .await;
        assert!(person.offers(&Action::Onboarding(OnboardingAction::Answer(
            Answer::Municipality("haram".into())
        ))));
        assert!(app.stored_newcomer(person.chat).await.is_some());
    }
}

#[tokio::test]
async fn stale_forged_and_malformed_buttons_get_a_polite_answer() {
    let app = TestApp::new(common::sqlite_db()).await;
    let mut person = app.person(8000, Some("en"));
    onboard(&mut person, "tynset", Locale::En, Category::Family).await;
    let en = app.state.i18n.tr(Locale::En);
    let long = "1:i:".to_owned() + &"a".repeat(100);
    for data in [
        Action::Onboarding(OnboardingAction::Consent(true))
            .encode()
            .as_str(),
        Action::Onboarding(OnboardingAction::Answer(Answer::Category(
            Category::Refugee,
        )))
        .encode()
        .as_str(),
        Action::Onboarding(OnboardingAction::ConfirmDelete(true))
            .encode()
            .as_str(),
        Action::Onboarding(OnboardingAction::Back(Field::Arrival))
            .encode()
            .as_str(),
        "1:k:tourist",
        "9:x:y",
        "",
        "💥",
        long.as_str(),
        "1:m:atlantis",
        "1:i:atlantis",
    ] {
        person.press_raw(data).await;
        assert!(
            person.text().contains(&en.msg("stale-button")),
            "{data:?}: {}",
            person.text()
        );
        assert!(
            person.offers(&Action::Home(HomeAction::Menu(MenuItem::Letter))),
            "{data:?}: the menu follows"
        );
    }
    // Nothing changed, nothing was deleted.
    let stored = app.stored_newcomer(person.chat).await.unwrap();
    assert_eq!(stored.category, Some(Category::Family));
}

#[tokio::test]
async fn a_future_arrival_month_is_refused() {
    let app = TestApp::new(common::sqlite_db()).await;
    let mut person = app.person(8100, Some("en"));
    person.say("/start haram").await;
    person
        .press(Action::Onboarding(OnboardingAction::Language(Locale::En)))
        .await;
    person
        .press(Action::Onboarding(OnboardingAction::Consent(true)))
        .await;
    person
        .press(Action::Onboarding(OnboardingAction::Answer(
            Answer::Category(Category::Labour),
        )))
        .await;
    person
        .press(Action::Onboarding(OnboardingAction::Answer(
            Answer::Citizenship(Citizenship::Other),
        )))
        .await;
    let future = Action::Onboarding(OnboardingAction::Answer(Answer::Arrival(Arrival::Month(
        YearMonth {
            year: 2027,
            month: 1,
        },
    ))));
    assert!(!person.offers(&future));
    person.press_raw(&future.encode()).await;
    assert!(
        person
            .text()
            .contains(&app.state.i18n.tr(Locale::En).msg("stale-button"))
    );
    assert!(person.offers(&Action::Onboarding(OnboardingAction::Answer(
        Answer::Arrival(OCTOBER_2026)
    ))));
    let stored = app.stored_newcomer(person.chat).await.unwrap();
    assert_eq!(stored.arrival, None);
}

#[tokio::test]
async fn text_media_and_edits_where_a_button_is_expected_keep_the_state() {
    let app = TestApp::new(common::sqlite_db()).await;
    let mut person = app.person(9000, Some("ar"));
    person.say("/start haram").await;
    person
        .press(Action::Onboarding(OnboardingAction::Language(Locale::Ar)))
        .await;
    person
        .press(Action::Onboarding(OnboardingAction::Consent(true)))
        .await;
    let ar = app.state.i18n.tr(Locale::Ar);
    let category = Action::Onboarding(OnboardingAction::Answer(Answer::Category(
        Category::Refugee,
    )));
    let long = "🇳🇴 ".repeat(2000) + "\u{0}\u{7}\u{202E}";
    for text in ["hei", "😀😀😀", long.as_str(), "\u{0}", "   "] {
        person.say(text).await;
        if !text.trim().is_empty() {
            assert!(
                person.text().contains(&ar.msg("use-the-buttons")),
                "{text:?}"
            );
        }
        assert!(person.offers(&category), "the question is asked again");
    }
    person.input(Input::Unsupported).await;
    assert!(person.text().contains(&ar.msg("unsupported-message")));
    assert!(person.offers(&category));
    person.input(Input::Edited).await;
    assert!(person.text().contains(&ar.msg("edited-message")));
    person.say("/nonsense").await;
    assert!(person.text().contains(&ar.msg("unknown-command")));
    assert!(person.offers(&category));
    // The answers still land.
    person.press(category).await;
    assert!(person.offers(&Action::Onboarding(OnboardingAction::Answer(
        Answer::Arrival(Arrival::Earlier)
    ))));
}

#[tokio::test]
async fn free_text_at_the_menu_is_answered_as_a_question() {
    let app = TestApp::new(common::sqlite_db()).await;
    let mut person = app.person(9100, Some("so"));
    onboard(&mut person, "haram", Locale::So, Category::Other).await;
    person.say("Waa maxay kaadhka canshuurta?").await;
    let so = app.state.i18n.tr(Locale::So);
    assert!(person.text().contains(&so.msg("question-matches")));
    assert!(person.offers(&Action::Guide(
        velkommen::conversation::callback::GuideAction::Topic("tax-card".into(), 0)
    )));
    // None of these fits: the question goes on to a person without being
    // typed again.
    person
        .press(Action::Guide(
            velkommen::conversation::callback::GuideAction::NoneOfThese,
        ))
        .await;
    person
        .press(Action::Home(HomeAction::Menu(MenuItem::Ask)))
        .await;
    assert!(person.text().contains(&so.msg_args(
        "ask-carried",
        &velkommen::args!["question" => "Waa maxay kaadhka canshuurta?"]
    )));
    person.press(Action::Ask(AskAction::Carried)).await;
    let case = app.state.store.waiting_cases("haram").await.unwrap();
    assert_eq!(case.len(), 1, "kept for the first staff member who joins");
    // The carried question is gone once used: a second tap is stale.
    person
        .press_raw(&Action::Ask(AskAction::Carried).encode())
        .await;
    assert!(person.text().contains(&so.msg("stale-button")));
    // Text that matches nothing gets a clear answer, a way to a person
    // and the menu.
    person.say("qwertyuiop").await;
    assert!(person.text().contains(&so.msg("question-no-match")));
    assert!(person.offers(&Action::Home(HomeAction::Menu(MenuItem::Ask))));
    assert!(person.offers(&Action::Home(HomeAction::Menu(MenuItem::Menu))));
    // Anything else in between drops a carried question.
    person.say("qwertyuiop").await;
    person.say("/help").await;
    person
        .press(Action::Home(HomeAction::Menu(MenuItem::Ask)))
        .await;
    assert!(!person.offers(&Action::Ask(AskAction::Carried)));
}

#[tokio::test]
async fn group_chats_get_a_localized_pointer_to_a_private_chat_and_nothing_is_stored() {
    let app = TestApp::new(common::sqlite_db()).await;
    let mut person = app.person(-100123, Some("lt"));
    person
        .input(Input::GroupCommand {
            name: "start".into(),
            args: String::new(),
        })
        .await;
    let lt = app.state.i18n.tr(Locale::Lt);
    assert_eq!(person.text(), lt.msg("group-chat"));
    assert!(app.stored_conversation(person.chat).await.is_none());
}

#[tokio::test]
async fn settings_change_one_answer_and_come_back() {
    let app = TestApp::new(common::sqlite_db()).await;
    let mut person = app.person(10_000, Some("nb"));
    onboard(&mut person, "haram", Locale::Nb, Category::Labour).await;
    person.say("/settings").await;
    person
        .press(Action::Onboarding(OnboardingAction::Change(
            Field::Household,
        )))
        .await;
    person
        .press(Action::Onboarding(OnboardingAction::Answer(
            Answer::Household(Household::Alone),
        )))
        .await;
    let nb = app.state.i18n.tr(Locale::Nb);
    assert!(person.text().contains(&nb.msg("settings-saved")));
    assert!(
        person.offers(&Action::Onboarding(OnboardingAction::Change(
            Field::Municipality
        ))),
        "back at the settings"
    );
    person
        .press(Action::Onboarding(OnboardingAction::Change(
            Field::Municipality,
        )))
        .await;
    person
        .press(Action::Onboarding(OnboardingAction::Back(
            Field::Municipality,
        )))
        .await;
    assert!(person.offers(&Action::Onboarding(OnboardingAction::Change(
        Field::Category
    ))));
    let stored = app.stored_newcomer(person.chat).await.unwrap();
    assert_eq!(stored.household, Some(Household::Alone));
    assert_eq!(stored.municipality.as_deref(), Some("haram"));
    // The letter follows the new answers: no kindergarten line any more.
    person.say("/letter").await;
    assert!(!person.text().contains(&nb.msg("letter-children")));
}

#[tokio::test]
async fn mydata_shows_everything_stored_in_plain_words() {
    let app = TestApp::new(common::sqlite_db()).await;
    let mut person = app.person(11_000, Some("en"));
    onboard(&mut person, "tynset", Locale::En, Category::Refugee).await;
    person.say("/mydata").await;
    let text = person.text();
    for expected in [
        "Tynset kommune",
        "I am a refugee",
        "October 2026",
        "With children",
        "would like a mentor",
        "English",
        "01.12.2026",
        "telegram 11000",
    ] {
        assert!(text.contains(expected), "{expected:?} missing from\n{text}");
    }
}

#[tokio::test]
async fn delete_erases_every_row_about_the_person() {
    for db in databases().await {
        let app = TestApp::new(db).await;
        let mut person = app.person(12_000, Some("uk"));
        onboard(&mut person, "haram", Locale::Uk, Category::Refugee).await;
        let mut other = app.person(12_001, Some("uk"));
        onboard(&mut other, "haram", Locale::Uk, Category::Refugee).await;
        for source in ["announcement:1", "announcement:2"] {
            for chat in [person.chat, other.chat] {
                let delivery = NewDelivery {
                    municipality: "haram".into(),
                    chat,
                    source: source.into(),
                    origin: Origin::Other,
                    body: "{}".into(),
                    urgent: false,
                    not_before: test_now(),
                };
                assert!(
                    app.state
                        .store
                        .enqueue(&delivery, test_now())
                        .await
                        .unwrap()
                );
            }
        }
        person.say("/delete").await;
        person
            .press(Action::Onboarding(OnboardingAction::ConfirmDelete(true)))
            .await;
        let uk = app.state.i18n.tr(Locale::Uk);
        let text = person.text();
        assert!(text.contains(&uk.msg("delete-done-profile")), "{text}");
        assert!(text.contains(&uk.msg("delete-done-conversation")));
        assert!(
            text.contains(&uk.msg_args("delete-done-pending", &velkommen::args!["count" => 2]))
        );
        assert_eq!(
            rows_about(&app, person.chat.id).await,
            0,
            "{}",
            app.db.label
        );
        assert!(
            rows_about(&app, other.chat.id).await > 0,
            "others are untouched"
        );
        // Writing again starts from scratch.
        person.say("hello").await;
        assert!(person.offers(&Action::Onboarding(OnboardingAction::Language(Locale::Uk))));
        // And deleting when nothing personal is stored says so.
        person.say("/delete").await;
        person
            .press(Action::Onboarding(OnboardingAction::ConfirmDelete(true)))
            .await;
        assert!(person.text().contains(&uk.msg("delete-done-conversation")));
        assert_eq!(rows_about(&app, person.chat.id).await, 0);
    }
}

#[tokio::test]
async fn cancelling_delete_keeps_everything() {
    let app = TestApp::new(common::sqlite_db()).await;
    let mut person = app.person(12_500, Some("ti"));
    onboard(&mut person, "haram", Locale::Ti, Category::Refugee).await;
    person
        .press(Action::Home(HomeAction::Menu(MenuItem::Menu)))
        .await;
    person
        .press(Action::Home(HomeAction::Menu(MenuItem::Delete)))
        .await;
    person
        .press(Action::Onboarding(OnboardingAction::ConfirmDelete(false)))
        .await;
    let ti = app.state.i18n.tr(Locale::Ti);
    assert!(person.text().contains(&ti.msg("delete-cancelled")));
    assert!(app.stored_newcomer(person.chat).await.is_some());
    // The old confirmation button is stale now.
    person
        .press_raw(&Action::Onboarding(OnboardingAction::ConfirmDelete(true)).encode())
        .await;
    assert!(person.text().contains(&ti.msg("stale-button")));
    assert!(app.stored_newcomer(person.chat).await.is_some());
}

/// Counts rows mentioning this chat id in every table that has a `chat_id`
/// column, found from the database's own catalogue, so a table added later
/// cannot be forgotten.
async fn rows_about(app: &TestApp, chat_id: i64) -> i64 {
    use sqlx::Connection;
    macro_rules! count_rows {
        ($connection:ty, $tables_with_chat_id:expr) => {{
            let mut conn = <$connection>::connect(&app.db.url).await.unwrap();
            let tables: Vec<String> = sqlx::query_scalar($tables_with_chat_id)
                .fetch_all(&mut conn)
                .await
                .unwrap();
            assert!(tables.len() >= 3, "{tables:?}");
            let mut total = 0;
            for table in tables {
                let sql = format!("select count(*) from {table} where chat_id = $1");
                let n: i64 = sqlx::query_scalar(&sql)
                    .bind(chat_id)
                    .fetch_one(&mut conn)
                    .await
                    .unwrap();
                total += n;
            }
            total
        }};
    }
    if app.db.label == "sqlite" {
        count_rows!(
            sqlx::SqliteConnection,
            "select m.name from sqlite_master m join pragma_table_info(m.name) p \
             where m.type = 'table' and p.name = 'chat_id'"
        )
    } else {
        count_rows!(
            sqlx::PgConnection,
            "select table_name::text from information_schema.columns \
             where column_name = 'chat_id' and table_schema = 'public'"
        )
    }
}

#[tokio::test]
async fn the_conversation_survives_a_restart_on_the_same_database() {
    for db in databases().await {
        let url = db.url.clone();
        let first = TestApp::new(db).await;
        let mut person = first.person(13_000, Some("en"));
        person.say("/start vestvagoy").await;
        person
            .press(Action::Onboarding(OnboardingAction::Language(Locale::Lt)))
            .await;
        person
            .press(Action::Onboarding(OnboardingAction::Consent(true)))
            .await;
        person
            .press(Action::Onboarding(OnboardingAction::Answer(
                Answer::Category(Category::Labour),
            )))
            .await;
        person
            .press(Action::Onboarding(OnboardingAction::Answer(
                Answer::Citizenship(Citizenship::Eea),
            )))
            .await;
        let chat = person.chat;
        drop(person);

        // A new engine, store and pool on the same database.
        let store = velkommen::app::open_store(&url).await.unwrap();
        let clock = std::sync::Arc::new(velkommen::clock::FixedClock::at(test_now()));
        let state = velkommen::app::AppState::assemble(
            store,
            velkommen::i18n::I18n::load_strict().unwrap(),
            common::shipped_content(),
            clock,
        )
        .await
        .unwrap();
        let engine = state.engine();
        let mut again = common::Person {
            engine: &engine,
            chat,
            language_code: Some("en".into()),
            replies: Vec::new(),
        };
        again.say("/start").await;
        let lt = state.i18n.tr(Locale::Lt);
        assert!(again.text().contains(&lt.msg("welcome-back")));
        assert!(
            again.offers(&Action::Onboarding(OnboardingAction::Answer(
                Answer::Arrival(Arrival::Earlier)
            ))),
            "resumes at the arrival question"
        );
        again
            .press(Action::Onboarding(OnboardingAction::Answer(
                Answer::Arrival(Arrival::Earlier),
            )))
            .await;
        again
            .press(Action::Onboarding(OnboardingAction::Answer(
                Answer::Household(Household::Alone),
            )))
            .await;
        again
            .press(Action::Onboarding(OnboardingAction::Answer(
                Answer::Mentor(false),
            )))
            .await;
        assert!(again.text().contains("Vestvågøy"));
        drop(first);
    }
}
