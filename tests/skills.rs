//! Competence mapping: asked only after consent, every part optional and
//! changeable, shown in /mydata, shared with staff only when turned on,
//! erased on request and by /delete.

mod common;

use common::{TestApp, databases, newcomer};
use velkommen::conversation::callback::{Action, MenuItem, SkillsAction};
use velkommen::conversation::callback::{HomeAction, OnboardingAction};
use velkommen::conversation::state::SkillsStep;
use velkommen::i18n::Locale;
use velkommen::newcomers::{Arrival, Household, YearMonth};
use velkommen::skills::{Education, Experience, Licence, Wish, WorkField};

const RECENT: Arrival = Arrival::Month(YearMonth {
    year: 2026,
    month: 8,
});

async fn no_skills_stored(app: &TestApp, chat: velkommen::newcomers::ChatKey) -> bool {
    app.state.store.load_skills(chat).await.unwrap().is_none()
}

fn sk(action: SkillsAction) -> Action {
    Action::Skills(action)
}

#[tokio::test]
async fn a_nurse_tells_what_she_brings_and_decides_who_sees_it() {
    for db in databases().await {
        let app = TestApp::new(db).await;
        let pl = app.state.i18n.tr(Locale::Pl);
        newcomer(&app, 1, "vestvagoy", Locale::Pl, Household::Partner, RECENT).await;
        let mut anna = app.person(1, Some("pl"));

        // Saying no stores nothing.
        anna.say("/skills").await;
        assert!(anna.offers(&sk(SkillsAction::Consent(true))));
        anna.press(sk(SkillsAction::Consent(false))).await;
        assert!(anna.text().contains(&pl.msg("skills-declined")));
        assert!(no_skills_stored(&app, anna.chat).await);

        // Saying yes: each part from the overview.
        anna.say("/menu").await;
        anna.press(Action::Home(HomeAction::Menu(MenuItem::Skills)))
            .await;
        anna.press(sk(SkillsAction::Consent(true))).await;
        anna.press(sk(SkillsAction::Open(SkillsStep::Education)))
            .await;
        anna.press(sk(SkillsAction::Education(Education::Bachelor)))
            .await;
        anna.press(sk(SkillsAction::Open(SkillsStep::Field))).await;
        anna.press(sk(SkillsAction::Field(WorkField::Health))).await;
        anna.press(sk(SkillsAction::Open(SkillsStep::Profession)))
            .await;
        anna.say(&"pielęgniarka ".repeat(10)).await;
        assert!(
            anna.text().contains(
                &pl.msg_args("skills-profession-invalid", &velkommen::args!["max" => 60])
            )
        );
        anna.say("pielęgniarka").await;
        anna.press(sk(SkillsAction::Open(SkillsStep::Experience)))
            .await;
        anna.press(sk(SkillsAction::Experience(Experience::ThreeToTen)))
            .await;
        anna.press(sk(SkillsAction::Open(SkillsStep::Languages)))
            .await;
        for code in ["pl", "en", "no"] {
            anna.press(sk(SkillsAction::Spoken(code.into()))).await;
        }
        anna.press(sk(SkillsAction::Back)).await;
        anna.press(sk(SkillsAction::Open(SkillsStep::Licence)))
            .await;
        anna.press(sk(SkillsAction::Licence(Licence::Car))).await;
        anna.press(sk(SkillsAction::Open(SkillsStep::Wishes))).await;
        anna.press(sk(SkillsAction::Wish(Wish::Recognition))).await;
        anna.press(sk(SkillsAction::Wish(Wish::SameWork))).await;
        anna.press(sk(SkillsAction::Back)).await;
        // Not shared until she says so.
        assert!(anna.text().contains(&pl.msg("skills-not-shared")));
        anna.press(sk(SkillsAction::Share(true))).await;
        assert!(anna.text().contains(&pl.msg("skills-shared")));
        anna.press(sk(SkillsAction::Finish)).await;

        let stored = app
            .state
            .store
            .load_skills(anna.chat)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(stored.education, Some(Education::Bachelor));
        assert_eq!(stored.field, Some(WorkField::Health));
        assert_eq!(stored.profession.as_deref(), Some("pielęgniarka"));
        assert_eq!(stored.experience, Some(Experience::ThreeToTen));
        assert_eq!(stored.languages, ["pl", "en", "no"]);
        assert_eq!(stored.licence, Some(Licence::Car));
        assert_eq!(stored.wishes, [Wish::SameWork, Wish::Recognition]);
        assert!(stored.share_with_staff);

        // /mydata shows it all back.
        anna.say("/mydata").await;
        let mydata = anna.text();
        for shown in [
            "pielęgniarka",
            "Polski, English, Norsk",
            &pl.msg("skills-edu-bachelor"),
            &pl.msg("skills-wish-recog"),
            &pl.msg("skills-shared"),
        ] {
            assert!(mydata.contains(shown), "{shown} missing in {mydata}");
        }

        // Buttons from another step, or forged, are stale.
        anna.press_raw(&sk(SkillsAction::Education(Education::Master)).encode())
            .await;
        assert!(anna.text().contains(&pl.msg("stale-button")));
        anna.press_raw("1:sk:sp:xx").await;
        assert!(anna.text().contains(&pl.msg("stale-button")));

        // Erase it; then /delete has nothing of it left.
        anna.say("/skills").await;
        anna.press(sk(SkillsAction::Clear)).await;
        assert!(anna.text().contains(&pl.msg("skills-cleared")));
        assert!(no_skills_stored(&app, anna.chat).await);
        anna.say("/skills").await;
        anna.press(sk(SkillsAction::Consent(true))).await;
        anna.say("/delete").await;
        anna.press(Action::Onboarding(OnboardingAction::ConfirmDelete(true)))
            .await;
        assert!(anna.text().contains(&pl.msg("delete-done-skills")));
        assert!(no_skills_stored(&app, anna.chat).await);
    }
}

#[tokio::test]
async fn skills_need_a_profile() {
    let app = TestApp::new(common::sqlite_db()).await;
    let ti = app.state.i18n.tr(Locale::Ti);
    let mut guest = app.person(9, Some("ti"));
    guest.say("/start").await;
    guest
        .press(Action::Onboarding(OnboardingAction::Language(Locale::Ti)))
        .await;
    guest
        .press(Action::Onboarding(OnboardingAction::Consent(false)))
        .await;
    guest.say("/skills").await;
    assert!(guest.text().contains(&ti.msg("needs-profile-skills")));
    guest
        .press_raw(&sk(SkillsAction::Consent(true)).encode())
        .await;
    assert!(guest.text().contains(&ti.msg("stale-button")));
    assert!(no_skills_stored(&app, guest.chat).await);
}
