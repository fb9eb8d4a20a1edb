//! Announcement templates, on SQLite and PostgreSQL: Tynset's consultant
//! sends the extreme-weather warning from its template, and every newcomer
//! reads it in their own language — with the date in their words — without
//! anyone writing a translation; the language-café template with a time
//! typed as people say it; the mistakes staff make on the way; and the
//! content check on every language's templates.

mod common;

use common::{TestApp, databases, newcomer, repo_path, staff_member};
use velkommen::clock::Clock;
use velkommen::content::Content;
use velkommen::content::templates::Slot;
use velkommen::conversation::Reply;
use velkommen::conversation::callback::{Action, AnnounceAction};
use velkommen::i18n::Locale;
use velkommen::newcomers::{Arrival, Household};
use velkommen::scheduler::Scheduler;

fn an(action: AnnounceAction) -> Action {
    Action::Announce(action)
}

/// The newest queued message to `chat`, read.
async fn latest_to(app: &TestApp, chat: i64) -> Option<Reply> {
    common::queued_to(app, chat).await.pop()
}

#[test]
fn every_language_has_every_template_with_its_slots() {
    let (content, findings) =
        Content::load(&repo_path("content"), chrono::Utc::now().date_naive()).unwrap();
    assert!(
        !findings.iter().any(|f| f.file.contains("templates")),
        "{findings:?}"
    );
    let templates = &content.templates().0;
    assert!(templates.len() >= 15);
    for template in templates {
        assert_eq!(template.texts.len(), Locale::ALL.len(), "{}", template.id);
    }
    let urgent: Vec<&str> = templates
        .iter()
        .filter(|t| t.urgent)
        .map(|t| t.id.as_str())
        .collect();
    assert_eq!(urgent, ["extreme-weather", "boil-water", "road-closed"]);
}

#[test]
fn a_template_that_misses_a_language_or_a_slot_is_refused_by_the_check() {
    let dir = tempfile::tempdir().unwrap();
    let templates = dir.path().join("templates");
    std::fs::create_dir(&templates).unwrap();
    std::fs::write(
        templates.join("templates.toml"),
        "[[template]]\nid = \"cafe\"\nslots = [\"date\", \"place\"]\n",
    )
    .unwrap();
    for locale in Locale::ALL {
        let text = match locale {
            // A slot forgotten, and one that is not the template's.
            Locale::Uk => "[cafe]\ntitle = \"Кафе\"\ntext = \"Кафе {date} {time}\"\n",
            // The template missing altogether.
            Locale::Ti => "",
            _ => "[cafe]\ntitle = \"Kafé\"\ntext = \"Kafé {date} på {place}\"\n",
        };
        std::fs::write(templates.join(format!("{}.toml", locale.code())), text).unwrap();
    }
    let mut findings = Vec::new();
    let loaded = velkommen::content::templates::load(&templates, &[], &mut findings);
    let problems: Vec<String> = findings.iter().map(ToString::to_string).collect();
    assert!(
        problems
            .iter()
            .any(|p| p.contains("uk.toml") && p.contains("cafe.text")),
        "{problems:?}"
    );
    assert!(
        problems
            .iter()
            .any(|p| p.contains("ti.toml") && p.contains("missing")),
        "{problems:?}"
    );
    assert_eq!(loaded.0[0].slots, [Slot::Date, Slot::Place]);
}

#[tokio::test]
async fn an_extreme_weather_warning_reaches_everyone_in_their_own_language() {
    for db in databases().await {
        let app = TestApp::new(db).await;
        let nb = app.state.i18n.tr(Locale::Nb);
        let people = [
            (11, Locale::Uk),
            (12, Locale::Ar),
            (13, Locale::Ti),
            (14, Locale::So),
            (15, Locale::Prs),
            (16, Locale::Pl),
        ];
        for (chat, locale) in people {
            newcomer(
                &app,
                chat,
                "tynset",
                locale,
                Household::Alone,
                Arrival::NotYet,
            )
            .await;
        }
        let mut consultant = staff_member(&app, 40, "tynset").await;
        consultant.press(an(AnnounceAction::New)).await;
        consultant.press(an(AnnounceAction::AudienceDone)).await;
        consultant.press(an(AnnounceAction::FromTemplate)).await;
        assert!(
            consultant
                .text()
                .contains(&nb.msg("announce-template-pick"))
        );
        consultant
            .press(an(AnnounceAction::Template("extreme-weather".into())))
            .await;
        // Mistakes: nonsense, and a day that has passed.
        consultant.say("snart").await;
        assert!(
            consultant
                .text()
                .contains(&nb.msg("announce-template-bad-date"))
        );
        consultant.say("01.01.2020").await;
        assert!(
            consultant
                .text()
                .contains(&nb.msg("announce-template-bad-date"))
        );
        consultant.say("i morgen").await;
        let text = consultant.text();
        assert!(
            text.contains(&nb.msg_args("announce-template-done", &velkommen::args!["count" => 10])),
            "{text}"
        );
        assert!(
            text.contains("Українська") && text.contains("ትግርኛ"),
            "{text}"
        );
        // The template is urgent: the urgency question comes next; yes.
        consultant.press(an(AnnounceAction::Urgent(true))).await;
        consultant.press(an(AnnounceAction::ScheduleNow)).await;
        consultant.press(an(AnnounceAction::Confirm)).await;
        Scheduler::new(app.state.clone())
            .try_execute_task()
            .await
            .unwrap();
        let tomorrow = (app.clock.now() + chrono::Duration::days(1))
            .with_timezone(&chrono_tz::Europe::Oslo)
            .format("%d.%m.%Y")
            .to_string();
        let template = app
            .state
            .content
            .templates()
            .get("extreme-weather")
            .unwrap()
            .clone();
        for (chat, locale) in people {
            let got = latest_to(&app, chat)
                .await
                .unwrap_or_else(|| panic!("nothing to {chat}"));
            // Their own language's template, filled: not Bokmål, not English.
            let own = &template.texts[&locale].text;
            let opening: String = own.split('{').next().unwrap().chars().take(12).collect();
            assert!(got.text.contains(&opening), "{locale:?}: {}", got.text);
            assert!(got.text.contains(&tomorrow), "{locale:?}: {}", got.text);
            assert!(!got.text.contains("Farevarsel"), "{locale:?}: {}", got.text);
            assert!(!got.text.contains('{'), "{locale:?}: {}", got.text);
        }
    }
}

#[tokio::test]
async fn a_language_cafe_from_its_template_with_a_time_and_a_place() {
    let app = TestApp::new(common::sqlite_db()).await;
    let nb = app.state.i18n.tr(Locale::Nb);
    newcomer(
        &app,
        21,
        "haram",
        Locale::Uk,
        Household::Alone,
        Arrival::NotYet,
    )
    .await;
    let mut consultant = staff_member(&app, 41, "haram").await;
    consultant.press(an(AnnounceAction::New)).await;
    consultant.press(an(AnnounceAction::AudienceDone)).await;
    consultant.press(an(AnnounceAction::FromTemplate)).await;
    // Back from the list: the Bokmål text is asked for again.
    consultant.press(an(AnnounceAction::AudienceDone)).await;
    assert!(consultant.offers(&an(AnnounceAction::FromTemplate)));
    consultant.press(an(AnnounceAction::FromTemplate)).await;
    consultant
        .press(an(AnnounceAction::Template("language-cafe".into())))
        .await;
    assert!(
        consultant
            .text()
            .contains(&nb.msg("announce-template-when"))
    );
    consultant.say("tirsdag kl. 18").await;
    consultant.say(&"x".repeat(130)).await;
    assert!(
        consultant
            .text()
            .contains(&nb.msg_args("announce-template-place", &velkommen::args!["max" => 120]))
    );
    consultant.say("Brattvåg bibliotek").await;
    let text = consultant.text();
    assert!(
        text.contains("Brattvåg bibliotek") && text.contains("18:00"),
        "{text}"
    );
    // A forged template, and a template button outside its step.
    consultant
        .press_raw(&an(AnnounceAction::Template("no-such".into())).encode())
        .await;
    assert!(consultant.text().contains(&nb.msg("stale-button")));
    consultant.press(an(AnnounceAction::Urgent(false))).await;
    consultant.press(an(AnnounceAction::ScheduleNow)).await;
    consultant.press(an(AnnounceAction::Confirm)).await;
    Scheduler::new(app.state.clone())
        .try_execute_task()
        .await
        .unwrap();
    let got = latest_to(&app, 21).await.unwrap();
    assert!(
        got.text.contains("Brattvåg bibliotek") && got.text.contains("18:00"),
        "{}",
        got.text
    );
}

/// A copy of the shipped content with `files` added under it.
fn content_with(files: &[(&str, String)]) -> (tempfile::TempDir, Result<Content, Vec<String>>) {
    let dir = tempfile::tempdir().unwrap();
    let copy = |from: &std::path::Path, to: &std::path::Path| {
        fn walk(from: &std::path::Path, to: &std::path::Path) {
            std::fs::create_dir_all(to).unwrap();
            for entry in std::fs::read_dir(from).unwrap() {
                let path = entry.unwrap().path();
                let target = to.join(path.file_name().unwrap());
                if path.is_dir() {
                    walk(&path, &target);
                } else {
                    std::fs::copy(&path, &target).unwrap();
                }
            }
        }
        walk(from, to)
    };
    copy(&repo_path("content"), dir.path());
    for (path, text) in files {
        let path = dir.path().join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    let loaded = Content::load(dir.path(), common::test_now().date_naive())
        .map(|(content, _)| content)
        .map_err(|e| e.findings.iter().map(ToString::to_string).collect());
    (dir, loaded)
}

/// Haram's own template, "open day at the refugee service", in every
/// language (the test's own words, not shipped content).
fn haram_own(id: &str) -> Vec<(&'static str, String)> {
    let mut files = vec![(
        "templates/haram/templates.toml",
        format!("[[template]]\nid = \"{id}\"\nslots = [\"date\", \"place\"]\n"),
    )];
    for locale in Locale::ALL {
        let path: &'static str =
            Box::leak(format!("templates/haram/{}.toml", locale.code()).into_boxed_str());
        files.push((
            path,
            format!(
                "[{id}]\ntitle = \"Open dag ({})\"\ntext = \"Open dag {{date}}, {{place}}.\"\n",
                locale.code()
            ),
        ));
    }
    files
}

#[tokio::test]
async fn a_municipality_adds_its_own_template_and_only_its_staff_see_it() {
    // A folder of no municipality, and an own id that is a national one's.
    let (_dir, refused) = content_with(&[(
        "templates/nowhere/templates.toml",
        "[[template]]\nid = \"x\"\nslots = []\n".into(),
    )]);
    let problems = refused.expect_err("refused");
    assert!(
        problems.iter().any(|p| p.contains("nowhere")),
        "{problems:?}"
    );
    let (_dir, refused) = content_with(&haram_own("language-cafe"));
    let problems = refused.expect_err("refused");
    assert!(
        problems.iter().any(|p| p.contains("national")),
        "{problems:?}"
    );

    let (_dir, content) = content_with(&haram_own("open-day"));
    let content = content.expect("Haram's own template loads");
    assert_eq!(
        content
            .templates()
            .for_municipality("haram")
            .next()
            .unwrap()
            .id,
        "open-day"
    );
    assert!(
        content
            .templates()
            .for_municipality("tynset")
            .all(|t| t.id != "open-day")
    );

    let mut app = TestApp::new(common::sqlite_db()).await;
    app.state.content = std::sync::Arc::new(content);
    app.engine = app.state.engine();
    newcomer(
        &app,
        51,
        "haram",
        Locale::Pl,
        Household::Alone,
        Arrival::NotYet,
    )
    .await;
    let mut haram = staff_member(&app, 52, "haram").await;
    let mut tynset = staff_member(&app, 53, "tynset").await;
    tynset.press(an(AnnounceAction::New)).await;
    tynset.press(an(AnnounceAction::AudienceDone)).await;
    tynset.press(an(AnnounceAction::FromTemplate)).await;
    assert!(!tynset.offers(&an(AnnounceAction::Template("open-day".into()))));
    // Forged from Tynset: stale.
    tynset
        .press_raw(&an(AnnounceAction::Template("open-day".into())).encode())
        .await;
    assert!(
        tynset
            .text()
            .contains(&app.state.i18n.tr(Locale::Nb).msg("stale-button"))
    );

    haram.press(an(AnnounceAction::New)).await;
    haram.press(an(AnnounceAction::AudienceDone)).await;
    haram.press(an(AnnounceAction::FromTemplate)).await;
    haram
        .press(an(AnnounceAction::Template("open-day".into())))
        .await;
    haram.say("i morgen").await;
    haram.say("Flyktningtenesta, rådhuset").await;
    haram.press(an(AnnounceAction::Urgent(false))).await;
    haram.press(an(AnnounceAction::ScheduleNow)).await;
    haram.press(an(AnnounceAction::Confirm)).await;
    Scheduler::new(app.state.clone())
        .try_execute_task()
        .await
        .unwrap();
    let got = latest_to(&app, 51).await.unwrap();
    assert!(
        got.text.contains("Open dag") && got.text.contains("Flyktningtenesta, rådhuset"),
        "{}",
        got.text
    );
}

#[tokio::test]
async fn a_one_off_event_takes_its_description_in_every_language_from_a_template() {
    use velkommen::conversation::callback::EventAction;
    let ev = Action::Event;
    let app = TestApp::new(common::sqlite_db()).await;
    let nb = app.state.i18n.tr(Locale::Nb);
    newcomer(
        &app,
        61,
        "tynset",
        Locale::Ar,
        Household::Alone,
        Arrival::NotYet,
    )
    .await;
    let mut consultant = staff_member(&app, 62, "tynset").await;
    consultant.say("/events").await;
    consultant.press(ev(EventAction::New)).await;
    consultant.say("Internasjonal kveld").await;
    consultant.press(ev(EventAction::OtherPlace)).await;
    consultant.say("Tynset kulturhus").await;
    consultant.say("i morgen kl. 19").await;
    consultant.press(ev(EventAction::Once)).await;
    consultant.press(ev(EventAction::AudienceDone)).await;
    consultant.press(ev(EventAction::FromTemplate)).await;
    assert!(consultant.text().contains(&nb.msg("event-template-pick")));
    // No urgent warning among an event's templates.
    assert!(!consultant.offers(&ev(EventAction::Template("extreme-weather".into()))));
    // Back, and in again.
    consultant
        .press(ev(EventAction::Describe(Locale::Nb)))
        .await;
    consultant.press(ev(EventAction::FromTemplate)).await;
    // A template with a contact asks for it; a too long one is refused.
    consultant
        .press(ev(EventAction::Template("info-meeting".into())))
        .await;
    assert!(
        consultant
            .text()
            .contains(&nb.msg_args("announce-template-contact", &velkommen::args!["max" => 120]))
    );
    consultant.say(&"9".repeat(200)).await;
    consultant.say("Flyktningkonsulenten, servicetorget").await;
    assert!(
        consultant
            .text()
            .contains(&nb.msg_args("event-template-done", &velkommen::args!["count" => 10]))
    );
    // Rewritten from the Bokmål description's template list.
    consultant
        .press(ev(EventAction::Describe(Locale::Nb)))
        .await;
    consultant.press(ev(EventAction::FromTemplate)).await;
    consultant
        .press(ev(EventAction::Template("international-evening".into())))
        .await;
    let text = consultant.text();
    assert!(
        text.contains(&nb.msg_args("event-template-done", &velkommen::args!["count" => 10])),
        "{text}"
    );
    consultant.press(ev(EventAction::DescriptionsDone)).await;
    consultant.press(ev(EventAction::Save)).await;
    let template = app
        .state
        .content
        .templates()
        .get("international-evening")
        .unwrap()
        .clone();
    let mut amal = app.person(61, Some("ar"));
    amal.say("/events").await;
    let list = amal.text();
    assert!(list.contains(&template.texts[&Locale::Ar].title), "{list}");
    assert!(
        list.contains("Tynset kulturhus") && list.contains("19:00"),
        "{list}"
    );
    let opening: String = template.texts[&Locale::Ar]
        .text
        .split('{')
        .next()
        .unwrap()
        .chars()
        .take(10)
        .collect();
    assert!(list.contains(&opening), "{list}");
}
