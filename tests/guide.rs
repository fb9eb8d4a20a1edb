//! The guide end to end: a labour migrant in Haram finds the D-number, the
//! tax card and the bank account in a few taps — with Haram's office, the
//! official link and its date — ticks them off on the checklist, and finds
//! the same by typing a question, in each of the ten languages.

mod common;

use common::{Person, TestApp, databases, newcomer, set_category};
use velkommen::conversation::callback::{Action, GuideAction, MenuItem};
use velkommen::conversation::callback::{HomeAction, OnboardingAction};
use velkommen::guide::{GuideKind, StepState};
use velkommen::i18n::Locale;
use velkommen::newcomers::{Arrival, Category, Household, YearMonth};

const RECENT: Arrival = Arrival::Month(YearMonth {
    year: 2026,
    month: 10,
});

fn gd(action: GuideAction) -> Action {
    Action::Guide(action)
}

fn topic(id: &str) -> Action {
    gd(GuideAction::Topic(id.into(), 0))
}

/// A labour migrant in Haram who speaks `locale`.
async fn worker(app: &TestApp, chat: i64, locale: Locale) {
    newcomer(app, chat, "haram", locale, Household::Alone, RECENT).await;
    set_category(app, chat, Category::Labour).await;
}

/// Opens a topic from the guide and checks what a reader must see.
async fn read_topic(person: &mut Person<'_>, app: &TestApp, id: &str, locale: Locale) {
    person.press(topic(id)).await;
    let guide = app.state.content.guide();
    // Read every page.
    let mut text = person.text();
    let mut page = 1;
    while person.offers(&gd(GuideAction::Topic(id.into(), page))) {
        person.press(gd(GuideAction::Topic(id.into(), page))).await;
        text.push_str(&person.text());
        page += 1;
    }
    let words = guide.topic_text(locale, id).unwrap();
    assert!(text.contains(&words.title), "{locale:?} {id}: {text}");
    let source = &guide.topic(id).unwrap().sources[0];
    assert!(text.contains(&source.url), "{text}");
    assert!(
        text.contains(&velkommen::i18n::format_date(source.checked.0)),
        "{text}"
    );
}

#[tokio::test]
async fn a_labour_migrant_in_haram_finds_d_number_tax_card_and_bank_in_every_language() {
    let questions = common::labelled_questions("guide_questions.toml").questions;
    for db in databases().await {
        let app = TestApp::new(db).await;
        for (n, locale) in Locale::ALL.into_iter().enumerate() {
            let chat = 100 + n as i64;
            worker(&app, chat, locale).await;
            let tr = app.state.i18n.tr(locale);
            let mut person = app.person(chat, Some(locale.code()));

            // A few taps: menu → guide → arrival → ID check.
            person.say("/menu").await;
            person
                .press(Action::Home(HomeAction::Menu(MenuItem::Guide)))
                .await;
            person
                .press(gd(GuideAction::Section("arrival".into())))
                .await;
            read_topic(&mut person, &app, "id-check", locale).await;
            // Where to go in Haram: the tax office in Ålesund, marked as not
            // yet confirmed by the municipality.
            let text = person.text();
            assert!(text.contains("Skatteetaten"), "{text}");
            assert!(text.contains("Ålesund"), "{text}");
            assert!(text.contains(&tr.msg("unconfirmed")), "{text}");
            // Tick it off; the checklist shows it done.
            person
                .press(gd(GuideAction::Mark(
                    "id-check".into(),
                    Some(StepState::Done),
                )))
                .await;
            assert!(person.text().contains("✅ 2."), "{}", person.text());
            // Came in October: EU/EEA registration by the end of December.
            let december = format!("{} 2026", tr.msg("month-12"));
            assert!(
                person.text().contains(&tr.msg_args(
                    "checklist-due",
                    &velkommen::args!["month" => december.as_str()]
                )),
                "{}",
                person.text()
            );
            assert!(person.offers(&topic("tax-card")));
            read_topic(&mut person, &app, "tax-card", locale).await;
            person
                .press(gd(GuideAction::Mark(
                    "tax-card".into(),
                    Some(StepState::Done),
                )))
                .await;
            read_topic(&mut person, &app, "bank", locale).await;
            person
                .press(gd(GuideAction::Mark("bank".into(), Some(StepState::Done))))
                .await;
            let progress = app
                .state
                .store
                .checklist_progress(person.chat)
                .await
                .unwrap();
            assert_eq!(progress.len(), 3, "{locale:?}");

            // The same found by typing, in this language.
            for wanted in ["id-check", "tax-card", "bank"] {
                let question = questions
                    .iter()
                    .find(|q| q.locale == locale.code() && q.topic.as_deref() == Some(wanted))
                    .unwrap_or_else(|| panic!("no {wanted} question in {locale:?}"));
                person.say(&question.text).await;
                assert!(
                    person.offers(&topic(wanted)),
                    "{locale:?} {:?} did not offer {wanted}: {:?}",
                    question.text,
                    person.buttons()
                );
            }
        }
    }
}

#[tokio::test]
async fn the_checklist_follows_category_household_and_dependencies() {
    let app = TestApp::new(common::sqlite_db()).await;
    newcomer(&app, 1, "tynset", Locale::Uk, Household::Children, RECENT).await;
    let uk = app.state.i18n.tr(Locale::Uk);
    let guide = app.state.content.guide();
    let mut olena = app.person(1, Some("uk"));
    olena.say("/checklist").await;
    let text = olena.text();
    // A refugee family: the introduction programme and the kindergarten,
    // no tax card or EEA registration.
    for (step, shown) in [
        ("introduction", true),
        ("kindergarten", true),
        ("school", true),
        ("tax-card", false),
        ("eea-registration", false),
    ] {
        assert_eq!(
            text.contains(&guide.step_label(Locale::Uk, step)),
            shown,
            "{step}: {text}"
        );
    }
    // BankID waits for the bank account, which waits for the ID check.
    assert!(text.contains("🔒"), "{text}");
    assert!(text.contains(&uk.msg_args(
        "checklist-after",
        &velkommen::args!["steps" => guide.step_label(Locale::Uk, "bank")]
    )));
    // Not relevant, and back again.
    olena.press(topic("bank")).await;
    olena
        .press(gd(GuideAction::Mark(
            "bank".into(),
            Some(StepState::Skipped),
        )))
        .await;
    assert!(olena.text().contains("➖"));
    olena.press(topic("bank")).await;
    olena
        .press(gd(GuideAction::Mark("bank".into(), None)))
        .await;
    assert!(
        app.state
            .store
            .checklist_progress(olena.chat)
            .await
            .unwrap()
            .is_empty()
    );
    // A step that is not on her list cannot be ticked with a forged button.
    olena
        .press_raw(&gd(GuideAction::Mark("tax-card".into(), Some(StepState::Done))).encode())
        .await;
    assert!(olena.text().contains(&uk.msg("stale-button")));
    // /mydata shows the progress; /delete erases it.
    olena.say("/checklist").await;
    olena.press(topic("gp")).await;
    olena
        .press(gd(GuideAction::Mark("gp".into(), Some(StepState::Done))))
        .await;
    olena.say("/mydata").await;
    assert!(olena.text().contains(&uk.msg_args(
        "value-checklist",
        &velkommen::args!["done" => 1, "skipped" => 0]
    )));
    olena.say("/delete").await;
    olena
        .press(Action::Onboarding(OnboardingAction::ConfirmDelete(true)))
        .await;
    assert!(olena.text().contains(&uk.msg("delete-done-checklist")));
    assert!(
        app.state
            .store
            .checklist_progress(olena.chat)
            .await
            .unwrap()
            .is_empty()
    );
}

#[tokio::test]
async fn guests_read_the_guide_and_bad_input_gets_clear_answers() {
    let app = TestApp::new(common::sqlite_db()).await;
    let so = app.state.i18n.tr(Locale::So);
    let mut guest = app.person(5, Some("so"));
    guest.say("/start").await;
    guest
        .press(Action::Onboarding(OnboardingAction::Language(Locale::So)))
        .await;
    guest
        .press(Action::Onboarding(OnboardingAction::Consent(false)))
        .await;
    // Housing without a profile: general text, nothing stored about them.
    guest.say("/housing").await;
    guest
        .press(gd(GuideAction::Section("renting".into())))
        .await;
    guest.press(topic("deposit")).await;
    assert!(guest.text().contains("husleieloven") || guest.text().contains("depositum"));
    assert!(app.stored_newcomer(guest.chat).await.is_none());
    // The checklist needs a profile.
    guest.say("/checklist").await;
    assert!(guest.text().contains(&so.msg("needs-profile-checklist")));
    // Unknown topics, pages that do not exist, forged ids.
    for forged in [
        "1:gd:t:no-such-topic:0",
        "1:gd:t:deposit:9",
        "1:gd:s:nowhere",
        "1:gd:t:../../etc:0",
        "1:gd:h:x",
    ] {
        guest.press_raw(forged).await;
        assert!(guest.text().contains(&so.msg("stale-button")), "{forged}");
    }
    // A question in a language we do not speak, and an enormous one.
    guest.say("这是什么").await;
    assert!(guest.text().contains(&so.msg("question-no-match")));
    guest.say(&"skattekort ".repeat(600)).await;
    assert!(guest.offers(&topic("tax-card")));
    guest.press(gd(GuideAction::NoneOfThese)).await;
    assert!(guest.text().contains(&so.msg("question-none")));
    assert!(guest.offers(&gd(GuideAction::Home(GuideKind::Guide))));
    // Free text in the middle of a question with buttons is not a search.
    let mut newcomer_in_onboarding = app.person(6, Some("so"));
    newcomer_in_onboarding.say("/start").await;
    newcomer_in_onboarding.say("skattekort").await;
    assert!(
        newcomer_in_onboarding
            .text()
            .contains(&so.msg("use-the-buttons"))
    );
}

#[test]
fn every_topic_page_fits_a_phone_screen_in_every_language_and_municipality() {
    let content = common::shipped_content();
    let i18n = velkommen::i18n::I18n::load_strict().unwrap();
    let guide = content.guide();
    let mut pages_seen = 0;
    for locale in Locale::ALL {
        let tr = i18n.tr(locale);
        for t in guide.topics() {
            let mut places: Vec<Option<&velkommen::content::Municipality>> =
                content.municipalities().map(Some).collect();
            places.push(None);
            for municipality in places {
                let pages = velkommen::conversation::guide_pages(&tr, guide, t, municipality);
                assert!(!pages.is_empty(), "{locale:?} {}", t.id);
                for page in &pages {
                    pages_seen += 1;
                    let seen = velkommen::html::to_plain(page, false).chars().count();
                    assert!(
                        seen <= velkommen::conversation::GUIDE_PAGE_CHARS,
                        "{locale:?} {} has a page of {seen} characters",
                        t.id,
                    );
                    assert!(page.chars().count() <= 4096, "{locale:?} {}", t.id);
                    assert_eq!(velkommen::html::check(page), Ok(()), "{page}");
                }
            }
        }
    }
    assert!(pages_seen >= 10 * 29 * 4);
}

#[tokio::test]
async fn a_municipality_adds_its_own_topic_for_its_own_people() {
    let app = TestApp::new(common::sqlite_db()).await;
    newcomer(&app, 1, "vestvagoy", Locale::En, Household::Alone, RECENT).await;
    newcomer(&app, 2, "haram", Locale::En, Household::Alone, RECENT).await;
    let adult_school = topic("adult-school");

    let mut leknes = app.person(1, Some("en"));
    leknes.say("/guide").await;
    leknes
        .press(gd(GuideAction::Section("norwegian".into())))
        .await;
    assert!(leknes.offers(&adult_school));
    leknes.press(adult_school.clone()).await;
    let text = leknes.text();
    assert!(
        text.contains("Free primary school for adults in Vestvågøy"),
        "{text}"
    );
    assert!(text.contains("IFI VO"), "{text}");
    assert!(text.contains("Gravdal"), "{text}");
    assert!(
        text.contains("https://www.vestvagoy.kommune.no/barnehage-og-skole/skole-for-voksne-flyktninger-og-innvandrere/")
    );
    leknes.say("can I finish primary school as an adult?").await;
    assert!(leknes.offers(&adult_school), "{:?}", leknes.buttons());

    // Haram's people neither see nor find it.
    let mut brattvag = app.person(2, Some("en"));
    brattvag.say("/guide").await;
    brattvag
        .press(gd(GuideAction::Section("norwegian".into())))
        .await;
    assert!(!brattvag.offers(&adult_school));
    brattvag.press_raw(&adult_school.encode()).await;
    let en = app.state.i18n.tr(Locale::En);
    assert!(brattvag.text().contains(&en.msg("stale-button")));
    brattvag
        .say("can I finish primary school as an adult?")
        .await;
    assert!(!brattvag.offers(&adult_school));
}

#[tokio::test]
async fn a_legal_deadline_that_has_passed_is_shown_as_overdue() {
    let app = TestApp::new(common::sqlite_db()).await;
    let may = Arrival::Month(YearMonth {
        year: 2026,
        month: 5,
    });
    newcomer(&app, 1, "haram", Locale::Lt, Household::Alone, may).await;
    set_category(&app, 1, Category::Labour).await;
    let lt = app.state.i18n.tr(Locale::Lt);
    let mut person = app.person(1, Some("lt"));
    person.say("/checklist").await;
    let july = format!("{} 2026", lt.msg("month-7"));
    assert!(
        person.text().contains(&lt.msg_args(
            "checklist-overdue",
            &velkommen::args!["month" => july.as_str()]
        )),
        "{}",
        person.text()
    );
    // Once done, no deadline is shown.
    person.press(topic("eea-registration")).await;
    person
        .press(gd(GuideAction::Mark(
            "eea-registration".into(),
            Some(StepState::Done),
        )))
        .await;
    assert!(!person.text().contains("⚠️"), "{}", person.text());
}
