//! Events at meeting places: staff create, edit, announce and cancel them
//! from Telegram; newcomers list them in their language and get reminders;
//! people waiting for a reminder hear about changes and cancellations.

mod common;

use chrono::{DateTime, TimeZone, Utc};
use chrono_tz::Europe::Oslo;
use common::{Person, TestApp, databases, invite, newcomer, staff_member};
use velkommen::args;
use velkommen::conversation::callback::{
    Action, AnnounceAction, EventAction, EventPart, MenuItem, RepeatChoice,
};
use velkommen::conversation::callback::{EventsAction, HomeAction};
use velkommen::conversation::{Input, Reply};
use velkommen::i18n::Locale;
use velkommen::newcomers::{Arrival, ChatKey, Household, YearMonth};
use velkommen::staff::Role;
use velkommen::store::Delivery;

fn ev(action: EventAction) -> Action {
    Action::Event(action)
}

fn oslo(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
    Oslo.with_ymd_and_hms(y, m, d, h, min, 0)
        .unwrap()
        .with_timezone(&Utc)
}

const RECENT: Arrival = Arrival::Month(YearMonth {
    year: 2026,
    month: 9,
});

/// Everything queued in the outbox, due or not.
async fn queued(app: &TestApp) -> Vec<Delivery> {
    app.state
        .store
        .due_deliveries(oslo(2030, 1, 1, 0, 0), true, 1000)
        .await
        .unwrap()
}

fn body(delivery: &Delivery) -> String {
    serde_json::from_str::<Reply>(&delivery.body).unwrap().text
}

/// The Haram consultant creates "Språkkafé every Tuesday 18:00 at Haram
/// library" with a Bokmål and a Ukrainian description — typing the rule as
/// she would say it, no crontab.
async fn create_language_cafe(consultant: &mut Person<'_>) {
    consultant.say("/events").await;
    consultant.press(ev(EventAction::New)).await;
    consultant.say("Språkkafé").await;
    consultant
        .press(ev(EventAction::Place("haram-folkebibliotek".into())))
        .await;
    consultant.say("hver tirsdag kl. 18").await;
    consultant.press(ev(EventAction::AudienceDone)).await;
    consultant
        .say("Øv norsk over en kopp kaffe. Alle er velkomne, barn også.")
        .await;
    consultant
        .press(ev(EventAction::Describe(Locale::Uk)))
        .await;
    consultant
        .say("Практикуйте норвезьку за чашкою кави. Усі бажані, діти теж.")
        .await;
    consultant.press(ev(EventAction::DescriptionsDone)).await;
}

#[tokio::test]
async fn a_weekly_language_cafe_reaches_newcomers_in_their_language_with_reminders() {
    for db in databases().await {
        let app = TestApp::new(db).await;
        let nb = app.state.i18n.tr(Locale::Nb);
        let uk = app.state.i18n.tr(Locale::Uk);
        newcomer(&app, 1, "haram", Locale::Uk, Household::Children, RECENT).await;
        newcomer(&app, 2, "haram", Locale::Ar, Household::Alone, RECENT).await;
        newcomer(&app, 3, "tynset", Locale::Uk, Household::Children, RECENT).await;
        let mut consultant = staff_member(&app, 700, "haram").await;

        create_language_cafe(&mut consultant).await;
        // The preview: times in Oslo, weekly, and the fallback per language.
        let preview = consultant.text();
        assert!(preview.contains("Språkkafé"), "{preview}");
        assert!(
            preview.contains("Haram folkebibliotek, Brattvåg"),
            "{preview}"
        );
        assert!(
            preview.contains("tir. 01.12.2026 18:00 · tir. 08.12.2026 18:00"),
            "{preview}"
        );
        let weekly = nb.msg_args("repeat-weekly", &args!["day" => "tue", "time" => "18:00"]);
        assert_eq!(weekly, "hver tirsdag kl. 18:00");
        assert!(preview.contains(&weekly), "{preview}");
        assert!(!preview.contains("* *"), "no crontab: {preview}");
        assert!(preview.contains(&nb.msg_args(
            "event-preview-fallback",
            &args!["language" => "العربية", "fallback" => "Norsk bokmål"]
        )));
        consultant.press(ev(EventAction::Save)).await;
        assert!(consultant.text().contains(&nb.msg("event-saved")));
        assert!(consultant.offers(&ev(EventAction::Announce(1))));

        // The Ukrainian family sees it in Ukrainian; Tynset sees nothing.
        let mut olena = app.person(1, Some("uk"));
        olena.say("/events").await;
        let listing = olena.text();
        assert!(listing.contains("Практикуйте норвезьку"), "{listing}");
        assert!(
            listing
                .contains(&uk.msg_args("repeat-weekly", &args!["day" => "tue", "time" => "18:00"])),
            "{listing}"
        );
        let first = oslo(2026, 12, 1, 18, 0);
        let remind = Action::Events(EventsAction::Remind(1, first.timestamp()));
        assert!(olena.offers(&remind));
        let mut tynset = app.person(3, Some("uk"));
        tynset.say("/menu").await;
        tynset
            .press(Action::Home(HomeAction::Menu(MenuItem::Events)))
            .await;
        assert!(
            tynset
                .text()
                .contains(&uk.msg_args("events-none", &args!["municipality" => "Tynset"]))
        );
        // The Arabic reader gets the Bokmål description (the declared fallback).
        let mut ahmad = app.person(2, Some("ar"));
        ahmad.say("/events").await;
        assert!(ahmad.text().contains("Øv norsk over en kopp kaffe"));

        // Remind me: one reminder, three hours before, in Ukrainian.
        olena.press(remind.clone()).await;
        let three_before = oslo(2026, 12, 1, 15, 0);
        assert!(
            olena.text().contains(&uk.msg_args(
                "event-reminder-set",
                &args![
                    "title" => "Språkkafé",
                    "event" => velkommen_when(&app, Locale::Uk, first),
                    "when" => velkommen_when(&app, Locale::Uk, three_before),
                ]
            )),
            "{}",
            olena.text()
        );
        olena.press_raw(&remind.encode()).await;
        assert!(olena.text().contains(&uk.msg_args(
            "event-reminder-exists",
            &args!["title" => "Språkkafé", "event" => velkommen_when(&app, Locale::Uk, first)]
        )));
        let reminders = queued(&app).await;
        assert_eq!(reminders.len(), 1);
        assert_eq!(reminders[0].chat, ChatKey::telegram(1));
        assert!(body(&reminders[0]).contains("Практикуйте"));
        let due = |at| {
            let store = app.state.store.clone();
            async move { store.due_deliveries(at, true, 10).await.unwrap().len() }
        };
        assert_eq!(due(oslo(2026, 12, 1, 14, 59)).await, 0, "not before 15:00");
        assert_eq!(due(three_before).await, 1);

        // The consultant moves it to 18:30: Olena is told, her old reminder
        // is withdrawn.
        consultant.press(ev(EventAction::List)).await;
        consultant.press(ev(EventAction::Edit(1))).await;
        consultant
            .press(ev(EventAction::Change(EventPart::Time)))
            .await;
        consultant.say("01.12.2026 18.30").await;
        consultant
            .press(ev(EventAction::Repeat(RepeatChoice::Weekly)))
            .await;
        assert!(consultant.text().contains("tir. 01.12.2026 18:30"));
        consultant.press(ev(EventAction::Save)).await;
        assert!(
            consultant
                .text()
                .contains(&nb.msg_args("event-updated", &args!["count" => 1]))
        );
        let after_edit = queued(&app).await;
        assert_eq!(after_edit.len(), 1, "the reminder went, the notice came");
        assert!(
            body(&after_edit[0])
                .contains(&uk.msg_args("event-changed-notice", &args!["title" => "Språkkafé"]))
        );
        assert!(body(&after_edit[0]).contains("01.12.2026 18:30"));
        // The old time can no longer be chosen.
        olena.press_raw(&remind.encode()).await;
        assert!(olena.text().contains(&uk.msg("event-has-started")));

        // She asks again for the new time, and the event is then cancelled.
        olena.say("/events").await;
        let new_time = Action::Events(EventsAction::Remind(
            1,
            oslo(2026, 12, 1, 18, 30).timestamp(),
        ));
        olena.press(new_time.clone()).await;
        consultant.press(ev(EventAction::List)).await;
        consultant.press(ev(EventAction::Cancel(1))).await;
        consultant.press(ev(EventAction::ConfirmCancel(1))).await;
        assert!(consultant.text().contains(&nb.msg_args(
            "event-cancelled",
            &args!["title" => "Språkkafé", "count" => 1]
        )));
        let after_cancel = queued(&app).await;
        let notices: Vec<String> = after_cancel.iter().map(body).collect();
        assert!(
            notices.iter().any(|t| t
                .contains(&uk.msg_args("event-cancelled-notice", &args!["title" => "Språkkafé"]))),
            "{notices:?}"
        );
        assert!(
            !notices.iter().any(|t| t.starts_with("🔔")),
            "no reminder is left: {notices:?}"
        );
        olena.press_raw(&new_time.encode()).await;
        assert!(olena.text().contains(&uk.msg("event-is-cancelled")));
        olena.say("/events").await;
        assert!(
            olena
                .text()
                .contains(&uk.msg_args("events-none", &args!["municipality" => "Haram"]))
        );
    }
}

/// The example the prompts give: a week after the test's now, at 18:00.
fn velkommen_example() -> String {
    "08.12.2026 18:00".to_owned()
}

fn velkommen_when(app: &TestApp, locale: Locale, at: DateTime<Utc>) -> String {
    let tr = app.state.i18n.tr(locale);
    let local = at.with_timezone(&Oslo);
    let key = [
        "weekday-short-mon",
        "weekday-short-tue",
        "weekday-short-wed",
        "weekday-short-thu",
        "weekday-short-fri",
        "weekday-short-sat",
        "weekday-short-sun",
    ][chrono::Datelike::weekday(&local).num_days_from_monday() as usize];
    format!("{} {}", tr.msg(key), local.format("%d.%m.%Y %H:%M"))
}

#[tokio::test]
async fn the_language_cafe_is_announced_to_ukrainian_and_arabic_families() {
    for db in databases().await {
        let app = TestApp::new(db).await;
        let nb = app.state.i18n.tr(Locale::Nb);
        newcomer(&app, 1, "haram", Locale::Uk, Household::Children, RECENT).await;
        newcomer(&app, 2, "haram", Locale::Ar, Household::Children, RECENT).await;
        newcomer(&app, 3, "haram", Locale::Uk, Household::Alone, RECENT).await;
        newcomer(&app, 4, "haram", Locale::Pl, Household::Children, RECENT).await;
        newcomer(&app, 5, "tynset", Locale::Ar, Household::Children, RECENT).await;
        let mut consultant = staff_member(&app, 700, "haram").await;
        create_language_cafe(&mut consultant).await;
        consultant.press(ev(EventAction::Save)).await;
        consultant.press(ev(EventAction::Announce(1))).await;
        assert!(
            consultant
                .text()
                .contains(&nb.msg("event-announce-started"))
        );
        let an = Action::Announce;
        consultant.press(an(AnnounceAction::OpenLanguages)).await;
        consultant
            .press(an(AnnounceAction::ToggleLanguage(Locale::Uk)))
            .await;
        consultant
            .press(an(AnnounceAction::ToggleLanguage(Locale::Ar)))
            .await;
        consultant.press(an(AnnounceAction::BackToAudience)).await;
        consultant.press(an(AnnounceAction::ToggleChildren)).await;
        consultant.press(an(AnnounceAction::AudienceDone)).await;
        // The texts are there already: straight to the translations.
        assert!(consultant.offers(&an(AnnounceAction::TranslationsDone)));
        consultant.press(an(AnnounceAction::TranslationsDone)).await;
        consultant.press(an(AnnounceAction::Urgent(false))).await;
        consultant.press(an(AnnounceAction::ScheduleNow)).await;
        // Exactly who: one Ukrainian family (in Ukrainian), one Arabic
        // family (in Bokmål, the declared fallback).
        let preview = consultant.text();
        assert!(preview.contains(&nb.msg_args("announce-preview-reach", &args!["count" => 2])));
        assert!(preview.contains(&nb.msg_args(
            "announce-preview-language",
            &args!["language" => "Українська", "count" => 1]
        )));
        assert!(preview.contains(&nb.msg_args(
            "announce-preview-fallback",
            &args!["language" => "العربية", "count" => 1, "fallback" => "Norsk bokmål"]
        )));
        consultant.press(an(AnnounceAction::Confirm)).await;
        velkommen::scheduler::Scheduler::new(app.state.clone())
            .try_execute_task()
            .await
            .unwrap();
        let sent = queued(&app).await;
        assert_eq!(sent.len(), 2, "once each, nobody else");
        let to = |chat: i64| {
            sent.iter()
                .find(|d| d.chat == ChatKey::telegram(chat))
                .map(body)
                .unwrap_or_default()
        };
        assert!(to(1).contains("Практикуйте норвезьку"), "{}", to(1));
        assert!(to(1).contains("Haram folkebibliotek"));
        assert!(to(2).contains("Øv norsk over en kopp kaffe"), "{}", to(2));
        assert!(sent.iter().all(|d| !d.urgent), "never at night");
    }
}

#[tokio::test]
async fn staff_flow_rejects_bad_input_and_other_municipalities() {
    let app = TestApp::new(common::sqlite_db()).await;
    let nb = app.state.i18n.tr(Locale::Nb);
    let mut consultant = staff_member(&app, 700, "haram").await;
    create_language_cafe(&mut consultant).await;
    consultant.press(ev(EventAction::Save)).await;

    let mut tynset = staff_member(&app, 800, "tynset").await;
    for forged in [
        EventAction::Edit(1),
        EventAction::Cancel(1),
        EventAction::ConfirmCancel(1),
        EventAction::Announce(1),
    ] {
        tynset.press_raw(&ev(forged).encode()).await;
        assert!(tynset.text().contains(&nb.msg("stale-button")));
    }
    tynset.press(ev(EventAction::List)).await;
    assert!(tynset.text().contains(&nb.msg("staff-events-none")));

    // Over-long titles, past dates and nonsense crontabs get clear answers.
    tynset.press(ev(EventAction::New)).await;
    tynset.say(&"x".repeat(200)).await;
    assert!(tynset.text().contains(&nb.msg_args(
        "announce-text-too-long",
        &args!["max" => 80, "length" => 200]
    )));
    tynset.say("Turgruppe").await;
    tynset.press(ev(EventAction::OtherPlace)).await;
    tynset.say("Tynset stasjon").await;
    let example = velkommen_example();
    tynset.say("01.01.2020 10:00").await;
    assert!(
        tynset
            .text()
            .contains(&nb.msg_args("when-in-the-past", &args!["example" => example.as_str()]))
    );
    // The prompt's own example is in the future, and accepted.
    assert!(!example.is_empty());
    tynset.say("lørdag").await;
    assert!(
        tynset
            .text()
            .contains(&nb.msg_args("when-no-time", &args!["example" => example.as_str()]))
    );
    tynset.say("05.12.2026 11:00").await;
    tynset
        .press(ev(EventAction::Repeat(RepeatChoice::Crontab)))
        .await;
    tynset.say("av og til").await;
    assert!(tynset.text().contains(&nb.msg("when-not-a-repeat")));
    tynset.say("61 11 * * 6").await;
    assert!(tynset.text().contains(&nb.msg("when-not-a-crontab")));
    tynset.say("0 11 * * 6").await;
    // A button from another step is stale, not a crash.
    tynset.press_raw(&ev(EventAction::Save).encode()).await;
    assert!(tynset.text().contains(&nb.msg("stale-button")));
    tynset.press(ev(EventAction::Abort)).await;
    assert!(tynset.text().contains(&nb.msg("event-aborted")));

    // An announcer may run events; a mentor coordinator may not.
    let code = invite(&app, "haram", Role::MentorCoordinator).await;
    let mut mentor = app.person(900, Some("nb"));
    mentor.say(&format!("/staff {}", code.display())).await;
    mentor.press_raw(&ev(EventAction::New).encode()).await;
    assert!(mentor.text().contains(&nb.msg("stale-button")));
    // A newcomer typing to a group chat is not an event title.
    let mut group = app.person(-5, Some("nb"));
    group
        .input(Input::GroupCommand {
            name: "events".into(),
            args: String::new(),
        })
        .await;
    assert!(group.text().contains(&nb.msg("group-chat")));
}

/// The reminder keeps out of the quiet hours the municipality configured,
/// not out of fixed ones.
#[tokio::test]
async fn reminders_keep_out_of_the_configured_quiet_hours() {
    let mut app = TestApp::new(common::sqlite_db()).await;
    // Quiet from 14:00: the 15:00 reminder for the 18:00 café would be
    // held until the next morning, after the café; it goes at 13:00.
    app.state.quiet_hours = Some(velkommen::when::QuietHours {
        start: chrono::NaiveTime::from_hms_opt(14, 0, 0).unwrap(),
        end: chrono::NaiveTime::from_hms_opt(8, 0, 0).unwrap(),
    });
    app.engine = app.state.engine();
    newcomer(&app, 1, "haram", Locale::Uk, Household::Children, RECENT).await;
    let mut consultant = staff_member(&app, 700, "haram").await;
    create_language_cafe(&mut consultant).await;
    consultant.press(ev(EventAction::Save)).await;
    let mut olena = app.person(1, Some("uk"));
    olena.say("/events").await;
    let first = oslo(2026, 12, 1, 18, 0);
    olena
        .press(Action::Events(EventsAction::Remind(1, first.timestamp())))
        .await;
    let uk = app.state.i18n.tr(Locale::Uk);
    let one_before_quiet = oslo(2026, 12, 1, 13, 0);
    assert!(
        olena.text().contains(&uk.msg_args(
            "event-reminder-set",
            &args![
                "title" => "Språkkafé",
                "event" => velkommen_when(&app, Locale::Uk, first),
                "when" => velkommen_when(&app, Locale::Uk, one_before_quiet),
            ]
        )),
        "{}",
        olena.text()
    );
    let store = app.state.store.clone();
    assert!(
        store
            .due_deliveries(one_before_quiet - chrono::Duration::minutes(1), true, 10)
            .await
            .unwrap()
            .is_empty()
    );
    assert_eq!(
        store
            .due_deliveries(one_before_quiet, true, 10)
            .await
            .unwrap()
            .len(),
        1
    );
}

#[tokio::test]
async fn ten_long_descriptions_still_fit_one_preview() {
    let app = TestApp::new(common::sqlite_db()).await;
    let mut consultant = staff_member(&app, 701, "haram").await;
    consultant.say("/events").await;
    consultant.press(ev(EventAction::New)).await;
    consultant.say(&"T".repeat(80)).await;
    consultant.press(ev(EventAction::OtherPlace)).await;
    consultant.say(&"P".repeat(80)).await;
    consultant.say("i morgen kl. 18").await;
    consultant.press(ev(EventAction::Once)).await;
    consultant.press(ev(EventAction::AudienceDone)).await;
    consultant.say(&"b".repeat(600)).await;
    for locale in Locale::ALL.into_iter().filter(|l| *l != Locale::Nb) {
        consultant.press(ev(EventAction::Describe(locale))).await;
        consultant.say(&"ж".repeat(600)).await;
    }
    // Every reply is checked to fit Telegram's 4 096 characters.
    consultant.press(ev(EventAction::DescriptionsDone)).await;
    let preview = consultant.text();
    assert!(preview.contains('…'), "{preview}");
    assert!(preview.contains("Українська"), "{preview}");
    assert!(consultant.offers(&ev(EventAction::Save)));
}
