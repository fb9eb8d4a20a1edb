//! Machine translation against a local fake LibreTranslate server (its
//! documented HTTP API: `POST /translate` with `q`, `source`, `target`,
//! `format`, `api_key`; `translatedText` back; 429 when rate-limited):
//! the adapter's answers and failures, and a Somali question and its
//! answer crossing both ways, translated and marked — on SQLite and
//! PostgreSQL. Without a translator nothing changes (every other test).

mod common;

use std::sync::{Arc, Mutex};

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::post;
use common::{TestApp, databases, newcomer, queued_to, staff_member};
use serde_json::{Value, json};
use velkommen::i18n::Locale;
use velkommen::newcomers::{Arrival, Household};
use velkommen::translate::{Cached, TranslateError, Translator};
use velkommen::translators::{Azure, LibreTranslate};

/// How the fake answers.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Works,
    RateLimited,
    Broken,
}

#[derive(Clone)]
struct Fake {
    mode: Arc<Mutex<Mode>>,
    /// Every request body, for the test to read.
    seen: Arc<Mutex<Vec<Value>>>,
}

async fn translate(State(fake): State<Fake>, Json(body): Json<Value>) -> (StatusCode, Json<Value>) {
    fake.seen.lock().unwrap().push(body.clone());
    if body.get("api_key").and_then(Value::as_str) != Some("secret") {
        return (
            StatusCode::FORBIDDEN,
            Json(json!({"error": "Invalid API key"})),
        );
    }
    match *fake.mode.lock().unwrap() {
        Mode::RateLimited => (
            StatusCode::TOO_MANY_REQUESTS,
            Json(json!({"error": "Too many request limits violations"})),
        ),
        Mode::Broken => (
            StatusCode::INTERNAL_SERVER_ERROR,
            Json(json!({"error": "Cannot translate text"})),
        ),
        Mode::Works => {
            let target = body["target"].as_str().unwrap_or_default();
            let q = body["q"].as_str().unwrap_or_default();
            (
                StatusCode::OK,
                Json(json!({"translatedText": format!("[{target}] {q}")})),
            )
        }
    }
}

async fn start_fake() -> (Fake, url::Url) {
    let fake = Fake {
        mode: Arc::new(Mutex::new(Mode::Works)),
        seen: Arc::default(),
    };
    let app = axum::Router::new()
        .route("/translate", post(translate))
        .with_state(fake.clone());
    (fake, serve(app).await)
}

/// Serves `app` on a free local port; its root URL.
async fn serve(app: axum::Router) -> url::Url {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = url::Url::parse(&format!("http://{}/", listener.local_addr().unwrap())).unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    url
}

#[tokio::test]
async fn the_libretranslate_adapter_speaks_its_api_and_reports_failures() {
    let (fake, url) = start_fake().await;
    let translator = LibreTranslate::new(url.clone(), Some("secret".into())).unwrap();
    assert_eq!(
        translator.translate("Hei", Locale::Nb, Locale::Uk).await,
        Ok("[uk] Hei".into())
    );
    let sent = fake.seen.lock().unwrap().last().unwrap().clone();
    assert_eq!(sent["source"], "nb");
    assert_eq!(sent["format"], "text");
    // Dari goes as Persian; Tigrinya is not there.
    assert_eq!(
        translator.translate("Hei", Locale::Nb, Locale::Prs).await,
        Ok("[fa] Hei".into())
    );
    assert_eq!(
        translator.translate("Hei", Locale::Nb, Locale::Ti).await,
        Err(TranslateError::Unsupported("ti"))
    );
    *fake.mode.lock().unwrap() = Mode::RateLimited;
    assert_eq!(
        translator.translate("Hei", Locale::Nb, Locale::Ar).await,
        Err(TranslateError::Quota)
    );
    *fake.mode.lock().unwrap() = Mode::Broken;
    assert!(matches!(
        translator.translate("Hei", Locale::Nb, Locale::Ar).await,
        Err(TranslateError::Failed(_))
    ));
    // A wrong key is an error, not a translation.
    let keyless = LibreTranslate::new(url, None).unwrap();
    *fake.mode.lock().unwrap() = Mode::Works;
    assert!(matches!(
        keyless.translate("Hei", Locale::Nb, Locale::Ar).await,
        Err(TranslateError::Failed(_))
    ));
    // Nothing listens: a failure, quickly, not a hang.
    let nowhere =
        LibreTranslate::new(url::Url::parse("http://127.0.0.1:9/").unwrap(), None).unwrap();
    assert!(matches!(
        nowhere.translate("Hei", Locale::Nb, Locale::Ar).await,
        Err(TranslateError::Failed(_))
    ));
}

#[tokio::test]
async fn a_somali_question_and_its_answer_cross_both_ways_translated_and_marked() {
    for db in databases().await {
        let (fake, url) = start_fake().await;
        let mut app = TestApp::new(db).await;
        let provider = LibreTranslate::new(url, Some("secret".into())).unwrap();
        app.state.translator = Some(Arc::new(Cached::new(provider)));
        app.state.translate_cases = true;
        app.engine = app.state.engine();
        let nb = app.state.i18n.tr(Locale::Nb);
        let so = app.state.i18n.tr(Locale::So);
        newcomer(
            &app,
            61,
            "haram",
            Locale::So,
            Household::Children,
            Arrival::NotYet,
        )
        .await;
        let mut coordinator = staff_member(&app, 62, "haram").await;
        let mut hodan = app.person(61, Some("so"));
        hodan.say("/ask").await;
        let question = "Sidee baan ugu qori karaa ilmahayga xannaanada?";
        hodan.say(question).await;

        // Staff read the original and a marked Bokmål translation.
        let told = queued_to(&app, 62).await;
        let notice = &told.last().unwrap().text;
        assert!(notice.contains(question), "{notice}");
        assert!(notice.contains(&format!("[nb] {question}")), "{notice}");
        assert!(notice.contains(&nb.msg_args(
            "case-machine-translation",
            &velkommen::args!["provider" => "LibreTranslate"]
        )));
        // Only the text went to the provider: no chat id, no name.
        for body in fake.seen.lock().unwrap().iter() {
            assert!(!body.to_string().contains("61"), "{body}");
        }

        // The answer reaches her in Somali, marked, with the original.
        let case = app.state.store.open_cases("haram").await.unwrap()[0].clone();
        let answer = "Du søker på kommunens nettside før 1. mars.";
        coordinator
            .say(&format!("/svar {}\n{answer}", case.reference))
            .await;
        let got = queued_to(&app, 61).await;
        let reply = &got.last().unwrap().text;
        assert!(reply.contains(&format!("[so] {answer}")), "{reply}");
        assert!(reply.contains(answer));
        assert!(reply.contains(&so.msg_args(
            "case-machine-translated-answer",
            &velkommen::args!["provider" => "LibreTranslate"]
        )));

        // When the translator fails, the words still go, untranslated.
        *fake.mode.lock().unwrap() = Mode::Broken;
        hodan.say("/ask").await;
        hodan.say("Mahadsanid, su'aal kale").await;
        let notice = queued_to(&app, 62).await.last().unwrap().text.clone();
        assert!(notice.contains("Mahadsanid, su'aal kale"), "{notice}");
        assert!(!notice.contains("[nb]"), "{notice}");

        // The privacy notice says what goes where.
        hodan.say("/privacy").await;
        assert!(hodan.text().contains(&so.msg_args(
            "privacy-translation",
            &velkommen::args!["provider" => "LibreTranslate"]
        )));
    }
}

/// A fake Azure AI Translator (Text Translation v3.0): `POST
/// /translate?api-version=3.0&from=…&to=…` with the key in
/// `Ocp-Apim-Subscription-Key` and the region in
/// `Ocp-Apim-Subscription-Region`, a body `[{"Text": …}]`; errors as
/// `{"error": {"code", "message"}}`.
#[derive(Clone)]
struct FakeAzure {
    mode: Arc<Mutex<AzureMode>>,
    /// Every request: its query, its region header and its body.
    seen: Arc<Mutex<Vec<AzureRequest>>>,
}

/// A request's query, region header and body.
type AzureRequest = (String, Option<String>, Value);

#[derive(Clone, Copy, PartialEq, Eq)]
enum AzureMode {
    Works,
    TooMany,
    QuotaUsed,
    /// Answers after a second.
    Slow,
}

async fn azure_translate(
    State(fake): State<FakeAzure>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    headers: axum::http::HeaderMap,
    Json(body): Json<Value>,
) -> (StatusCode, Json<Value>) {
    let query = query.unwrap_or_default();
    let region = headers
        .get("Ocp-Apim-Subscription-Region")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    fake.seen
        .lock()
        .unwrap()
        .push((query.clone(), region, body.clone()));
    let error = |status: StatusCode, code: i64, message: &str| {
        (
            status,
            Json(json!({"error": {"code": code, "message": message}})),
        )
    };
    if headers
        .get("Ocp-Apim-Subscription-Key")
        .and_then(|v| v.to_str().ok())
        != Some("azure-secret")
    {
        return error(
            StatusCode::UNAUTHORIZED,
            401000,
            "The request is not authorized because credentials are missing or invalid.",
        );
    }
    let params: std::collections::HashMap<String, String> =
        url::form_urlencoded::parse(query.as_bytes())
            .into_owned()
            .collect();
    if params.get("api-version").map(String::as_str) != Some("3.0") {
        return error(
            StatusCode::BAD_REQUEST,
            400021,
            "The API version parameter is missing or invalid.",
        );
    }
    let mode = *fake.mode.lock().unwrap();
    if mode == AzureMode::Slow {
        tokio::time::sleep(std::time::Duration::from_secs(1)).await;
    }
    match mode {
        AzureMode::TooMany => error(
            StatusCode::TOO_MANY_REQUESTS,
            429001,
            "The server rejected the request because the client has exceeded request limits.",
        ),
        AzureMode::QuotaUsed => error(
            StatusCode::FORBIDDEN,
            403001,
            "The operation is not allowed because the subscription has exceeded its free quota.",
        ),
        AzureMode::Works | AzureMode::Slow => {
            let to = params.get("to").cloned().unwrap_or_default();
            let text = body[0]["Text"].as_str().unwrap_or_default();
            (
                StatusCode::OK,
                Json(json!([{"translations": [{"text": format!("[{to}] {text}"), "to": to}]}])),
            )
        }
    }
}

async fn start_fake_azure() -> (FakeAzure, url::Url) {
    let fake = FakeAzure {
        mode: Arc::new(Mutex::new(AzureMode::Works)),
        seen: Arc::default(),
    };
    let app = axum::Router::new()
        .route("/translate", post(azure_translate))
        .with_state(fake.clone());
    (fake, serve(app).await)
}

fn azure(url: url::Url) -> Azure {
    Azure::new(url, "azure-secret".into(), Some("norwayeast".into())).unwrap()
}

#[tokio::test]
async fn the_azure_adapter_speaks_its_api_covers_every_language_and_reports_failures() {
    let (fake, url) = start_fake_azure().await;
    let translator = azure(url.clone());
    // Every language velkommen speaks, Tigrinya, Somali and Dari too.
    for locale in Locale::ALL {
        let code = match locale {
            Locale::Nn => "nb",
            other => other.code(),
        };
        assert_eq!(
            translator.translate("Hei", Locale::Nb, locale).await,
            Ok(format!("[{code}] Hei"))
        );
    }
    let (query, region, body) = fake.seen.lock().unwrap().last().unwrap().clone();
    assert!(query.contains("api-version=3.0"), "{query}");
    assert!(query.contains("from=nb"), "{query}");
    assert_eq!(region.as_deref(), Some("norwayeast"));
    assert_eq!(body, json!([{"Text": "Hei"}]));
    // A Somali question into Bokmål.
    assert_eq!(
        translator.translate("Haa", Locale::So, Locale::Nb).await,
        Ok("[nb] Haa".into())
    );
    let (query, _, _) = fake.seen.lock().unwrap().last().unwrap().clone();
    assert!(
        query.contains("from=so") && query.contains("to=nb"),
        "{query}"
    );

    *fake.mode.lock().unwrap() = AzureMode::TooMany;
    assert_eq!(
        translator.translate("Hei", Locale::Nb, Locale::Ar).await,
        Err(TranslateError::Quota)
    );
    *fake.mode.lock().unwrap() = AzureMode::QuotaUsed;
    assert_eq!(
        translator.translate("Hei", Locale::Nb, Locale::Ar).await,
        Err(TranslateError::Quota)
    );
    // Too slow: given up on, not waited for.
    *fake.mode.lock().unwrap() = AzureMode::Slow;
    let impatient = azure(url.clone())
        .with_timeout(std::time::Duration::from_millis(200))
        .unwrap();
    assert!(matches!(
        impatient.translate("Hei", Locale::Nb, Locale::Ar).await,
        Err(TranslateError::Failed(_))
    ));
    *fake.mode.lock().unwrap() = AzureMode::Works;
    let wrong_key = Azure::new(url, "wrong".into(), None).unwrap();
    match wrong_key.translate("Hei", Locale::Nb, Locale::Ar).await {
        Err(TranslateError::Failed(why)) => assert!(why.contains("401000"), "{why}"),
        other => panic!("{other:?}"),
    }
    let nowhere = azure(url::Url::parse("http://127.0.0.1:9/").unwrap());
    assert!(matches!(
        nowhere.translate("Hei", Locale::Nb, Locale::Ar).await,
        Err(TranslateError::Failed(_))
    ));
}

/// The labels of the buttons a person was last shown.
fn labels(person: &common::Person) -> String {
    person
        .buttons()
        .iter()
        .map(|b| b.label.as_str())
        .collect::<Vec<_>>()
        .join(" | ")
}

/// The texts queued to `chat` by the newest announcement, with its
/// buttons' data.
async fn announcement_to(app: &TestApp, chat: i64) -> (String, Vec<String>) {
    let reply = queued_to(app, chat)
        .await
        .into_iter()
        .rev()
        .find(|r| r.text.starts_with("📣"))
        .unwrap_or_else(|| panic!("no announcement to {chat}"));
    let data = reply
        .buttons
        .iter()
        .flatten()
        .map(|b| b.data.clone())
        .collect();
    (reply.text, data)
}

#[tokio::test]
async fn haram_writes_sprakkafe_tirsdag_reviews_the_machine_translations_and_readers_are_told() {
    use velkommen::conversation::callback::{Action, AnnounceAction};
    use velkommen::scheduler::Scheduler;
    let an = Action::Announce;
    for db in databases().await {
        let (fake, url) = start_fake_azure().await;
        let mut app = TestApp::new(db).await;
        app.state.translator = Some(Arc::new(Cached::new(azure(url))));
        app.state.translate_cases = true;
        app.engine = app.state.engine();
        let nb = app.state.i18n.tr(Locale::Nb);
        let readers = [
            (71, Locale::Uk),
            (72, Locale::Ar),
            (73, Locale::Ti),
            (74, Locale::Nb),
        ];
        for (chat, locale) in readers {
            newcomer(
                &app,
                chat,
                "haram",
                locale,
                Household::Alone,
                Arrival::NotYet,
            )
            .await;
        }
        newcomer(
            &app,
            79,
            "tynset",
            Locale::Uk,
            Household::Alone,
            Arrival::NotYet,
        )
        .await;
        let mut consultant = staff_member(&app, 80, "haram").await;
        consultant.press(an(AnnounceAction::New)).await;
        consultant.press(an(AnnounceAction::AudienceDone)).await;
        let original = "Språkkafé tirsdag kl. 18 på biblioteket. Velkommen!";
        consultant.say(original).await;
        let text = consultant.text();
        assert!(
            text.contains(&nb.msg_args(
                "announce-machine-done",
                &velkommen::args!["count" => 3, "provider" => "Azure AI Translator"]
            )),
            "{text}"
        );
        assert!(
            labels(&consultant).contains("🤖 Українська"),
            "{}",
            labels(&consultant)
        );

        // Ukrainian: read and kept.
        consultant
            .press(an(AnnounceAction::Translate(Locale::Uk)))
            .await;
        assert!(consultant.text().contains(&format!("[uk] {original}")));
        consultant
            .press(an(AnnounceAction::AcceptMachine(Locale::Uk)))
            .await;
        assert!(labels(&consultant).contains("🤖✅ Українська"));
        // Arabic: rewritten by a colleague who reads it.
        consultant
            .press(an(AnnounceAction::Translate(Locale::Ar)))
            .await;
        consultant
            .press(an(AnnounceAction::Translate(Locale::Ar)))
            .await;
        let arabic = "مقهى اللغة يوم الثلاثاء الساعة 18 في المكتبة. أهلاً وسهلاً!";
        consultant.say(arabic).await;
        assert!(labels(&consultant).contains("✍️ العربية"));
        consultant.press(an(AnnounceAction::TranslationsDone)).await;
        consultant.press(an(AnnounceAction::Urgent(false))).await;
        consultant.press(an(AnnounceAction::ScheduleNow)).await;
        let preview = consultant.text();
        let line = |key: &str, language: &str| {
            nb.msg_args(key, &velkommen::args!["language" => language, "count" => 1])
        };
        assert!(
            preview.contains(&line("announce-preview-machine-checked", "Українська")),
            "{preview}"
        );
        assert!(
            preview.contains(&line("announce-preview-machine", "ትግርኛ")),
            "{preview}"
        );
        assert!(
            preview.contains(&line("announce-preview-language", "العربية")),
            "{preview}"
        );
        // Back to the translations from the preview, and straight back.
        consultant.press(an(AnnounceAction::OpenTranslations)).await;
        consultant.press(an(AnnounceAction::TranslationsDone)).await;
        assert!(consultant.offers(&an(AnnounceAction::Confirm)));
        consultant.press(an(AnnounceAction::Confirm)).await;
        Scheduler::new(app.state.clone())
            .try_execute_task()
            .await
            .unwrap();

        let marked = |locale: Locale| {
            app.state.i18n.tr(locale).msg_args(
                "machine-translated",
                &velkommen::args!["provider" => "Azure AI Translator"],
            )
        };
        let (uk, uk_buttons) = announcement_to(&app, 71).await;
        assert!(uk.contains(&format!("[uk] {original}")), "{uk}");
        assert!(uk.contains(&marked(Locale::Uk)), "{uk}");
        let (ar, ar_buttons) = announcement_to(&app, 72).await;
        assert!(
            ar.contains(arabic) && !ar.contains(&marked(Locale::Ar)),
            "{ar}"
        );
        assert!(ar_buttons.is_empty());
        let (ti, ti_buttons) = announcement_to(&app, 73).await;
        assert!(
            ti.contains(&format!("[ti] {original}")) && ti.contains(&marked(Locale::Ti)),
            "{ti}"
        );
        assert_eq!(ti_buttons, uk_buttons);
        let (bokmal, _) = announcement_to(&app, 74).await;
        assert!(
            bokmal.contains(original) && !bokmal.contains("🤖"),
            "{bokmal}"
        );

        // The Ukrainian reader asks for the original and gets it.
        let [show_original] = uk_buttons.as_slice() else {
            panic!("{uk_buttons:?}");
        };
        let mut olena = app.person(71, Some("uk"));
        olena.press_raw(show_original).await;
        let shown = olena.text();
        assert!(shown.contains(original), "{shown}");
        assert!(!shown.contains("[uk]"), "{shown}");
        // A fadder of Haram (no newcomer profile) can read it too.
        let mut profile = velkommen::mentors::Volunteer {
            first_name: Some("Kari".into()),
            municipality: Some("haram".into()),
            capacity: Some(1),
            ..Default::default()
        };
        profile.set_language("pl", Some(velkommen::mentors::Level::Native));
        app.state
            .store
            .sign_up_mentor(
                &velkommen::store::NewMentor {
                    chat: velkommen::newcomers::ChatKey::telegram(78),
                    locale: Locale::Pl,
                    municipality: "haram".into(),
                    profile,
                },
                &[],
                velkommen::clock::Clock::now(app.clock.as_ref()),
            )
            .await
            .unwrap();
        let mut kari = app.person(78, Some("pl"));
        kari.say("/fadder").await;
        kari.press_raw(show_original).await;
        assert!(kari.text().contains(original), "{}", kari.text());
        // Someone in another municipality cannot read Haram's.
        let mut elsewhere = app.person(79, Some("uk"));
        elsewhere.press_raw(show_original).await;
        assert!(!elsewhere.text().contains(original));

        // One request per language, counted for Haram; nothing about people sent.
        assert_eq!(fake.seen.lock().unwrap().len(), 3);
        for (_, _, body) in fake.seen.lock().unwrap().iter() {
            assert!(!body.to_string().contains("71"), "{body}");
        }
        let usage = app.state.store.translation_usage("haram").await.unwrap();
        assert_eq!(usage.len(), 1, "{usage:?}");
        assert_eq!(usage[0].provider, "Azure AI Translator");
        assert_eq!(usage[0].requests, 3);
        assert_eq!(usage[0].characters, 3 * original.chars().count() as u64);
        assert!(
            app.state
                .store
                .translation_usage("tynset")
                .await
                .unwrap()
                .is_empty()
        );
    }
}

#[tokio::test]
async fn a_language_the_provider_lacks_gets_english_and_a_dropped_one_gets_the_fallback() {
    use velkommen::conversation::callback::{Action, AnnounceAction};
    use velkommen::scheduler::Scheduler;
    let an = Action::Announce;
    let (fake, url) = start_fake().await;
    let mut app = TestApp::new(common::sqlite_db()).await;
    let provider = LibreTranslate::new(url, Some("secret".into())).unwrap();
    app.state.translator = Some(Arc::new(Cached::new(provider)));
    app.engine = app.state.engine();
    let nb = app.state.i18n.tr(Locale::Nb);
    for (chat, locale) in [(81, Locale::Ti), (82, Locale::Pl)] {
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
    let mut consultant = staff_member(&app, 90, "tynset").await;
    consultant.press(an(AnnounceAction::New)).await;
    consultant.press(an(AnnounceAction::AudienceDone)).await;
    consultant.say("Kommunestyremøte torsdag").await;
    let text = consultant.text();
    assert!(
        text.contains(&nb.msg_args(
            "announce-machine-failed",
            &velkommen::args!["languages" => "ትግርኛ"]
        )),
        "{text}"
    );
    // English was translated for the Tigrinya reader to fall back on.
    let shown = labels(&consultant);
    assert!(
        shown.contains("🤖 English") && shown.contains("🤖 Polski"),
        "{shown}"
    );
    // Polish dropped: its reader gets English too.
    consultant
        .press(an(AnnounceAction::Translate(Locale::Pl)))
        .await;
    consultant
        .press(an(AnnounceAction::DropMachine(Locale::Pl)))
        .await;
    assert!(labels(&consultant).contains("🚫 Polski"));
    // A stale review button does nothing.
    consultant
        .press_raw(&an(AnnounceAction::AcceptMachine(Locale::Pl)).encode())
        .await;
    assert!(consultant.text().contains(&nb.msg("stale-button")));
    consultant.press(an(AnnounceAction::TranslationsDone)).await;
    consultant.press(an(AnnounceAction::Urgent(false))).await;
    consultant.press(an(AnnounceAction::ScheduleNow)).await;
    consultant.press(an(AnnounceAction::Confirm)).await;
    Scheduler::new(app.state.clone())
        .try_execute_task()
        .await
        .unwrap();
    for chat in [81, 82] {
        let (text, buttons) = announcement_to(&app, chat).await;
        assert!(text.contains("[en] Kommunestyremøte torsdag"), "{text}");
        assert_eq!(buttons.len(), 1, "{buttons:?}");
    }
    // Polish was asked once, Tigrinya never (the adapter knows), English once.
    let targets: Vec<String> = fake
        .seen
        .lock()
        .unwrap()
        .iter()
        .map(|b| b["target"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(targets.len(), 2, "{targets:?}");
}

#[tokio::test]
async fn an_event_is_machine_translated_reviewed_and_its_readers_can_see_the_original() {
    use velkommen::conversation::callback::{Action, EventAction};
    let ev = Action::Event;
    for db in databases().await {
        let (fake, url) = start_fake_azure().await;
        let mut app = TestApp::new(db).await;
        app.state.translator = Some(Arc::new(Cached::new(azure(url))));
        app.engine = app.state.engine();
        let nb = app.state.i18n.tr(Locale::Nb);
        let so = app.state.i18n.tr(Locale::So);
        let month = velkommen::newcomers::YearMonth::of(
            &velkommen::clock::Clock::now(app.clock.as_ref())
                .with_timezone(&chrono_tz::Europe::Oslo),
        );
        for (chat, locale) in [(91, Locale::So), (92, Locale::Uk), (93, Locale::Nb)] {
            newcomer(
                &app,
                chat,
                "haram",
                locale,
                Household::Alone,
                Arrival::Month(month),
            )
            .await;
        }
        let mut consultant = staff_member(&app, 95, "haram").await;
        consultant.say("/events").await;
        consultant.press(ev(EventAction::New)).await;
        consultant.say("Språkkafé").await;
        consultant
            .press(ev(EventAction::Place("haram-folkebibliotek".into())))
            .await;
        consultant.say("hver tirsdag kl. 18").await;
        consultant.press(ev(EventAction::AudienceDone)).await;
        // A repeating event is offered no template.
        assert!(!consultant.offers(&ev(EventAction::FromTemplate)));
        let description = "Øv norsk over en kopp kaffe. Alle er velkomne.";
        consultant.say(description).await;
        let text = consultant.text();
        assert!(
            text.contains(&nb.msg_args(
                "announce-machine-done",
                &velkommen::args!["count" => 2, "provider" => "Azure AI Translator"]
            )),
            "{text}"
        );
        // Somali: both texts read, and kept.
        consultant
            .press(ev(EventAction::Describe(Locale::So)))
            .await;
        let review = consultant.text();
        assert!(
            review.contains("[so] Språkkafé") && review.contains(&format!("[so] {description}")),
            "{review}"
        );
        consultant
            .press(ev(EventAction::AcceptMachine(Locale::So)))
            .await;
        assert!(labels(&consultant).contains("🤖✅ Soomaali"));
        // Ukrainian: dropped, its reader gets the Bokmål.
        consultant
            .press(ev(EventAction::Describe(Locale::Uk)))
            .await;
        consultant
            .press(ev(EventAction::DropMachine(Locale::Uk)))
            .await;
        assert!(labels(&consultant).contains("🚫 Українська"));
        consultant.press(ev(EventAction::DescriptionsDone)).await;
        let preview = consultant.text();
        assert!(
            preview.contains("🤖✅ Soomaali: [so] Språkkafé"),
            "{preview}"
        );
        consultant.press(ev(EventAction::Save)).await;
        // Two texts into one language were asked for; nothing twice.
        assert_eq!(fake.seen.lock().unwrap().len(), 4);

        // The Somali reader's list: marked, with the original a tap away.
        let mut hodan = app.person(91, Some("so"));
        hodan.say("/events").await;
        let list = hodan.text();
        let mark = so.msg_args(
            "machine-translated",
            &velkommen::args!["provider" => "Azure AI Translator"],
        );
        assert!(
            list.contains("[so] Språkkafé") && list.contains(&mark),
            "{list}"
        );
        let original = hodan
            .buttons()
            .into_iter()
            .find(|b| b.data.starts_with("1:og:e:"))
            .expect("a button to the original");
        // A reminder keeps the mark and the button.
        let remind = hodan
            .buttons()
            .into_iter()
            .find(|b| b.data.starts_with("1:rm:"))
            .expect("a reminder button");
        hodan.press_raw(&remind.data).await;
        let reminder = queued_to(&app, 91).await.pop().expect("a reminder");
        assert!(reminder.text.contains(&mark), "{}", reminder.text);
        assert_eq!(reminder.buttons[0][0].data, original.data);
        hodan.press_raw(&original.data).await;
        let shown = hodan.text();
        assert!(
            shown.contains("Språkkafé") && shown.contains(description),
            "{shown}"
        );
        assert!(!shown.contains("[so]"), "{shown}");

        // The Ukrainian reader: the Bokmål text, unmarked.
        let mut olena = app.person(92, Some("uk"));
        olena.say("/events").await;
        let list = olena.text();
        assert!(list.contains(description) && !list.contains("🤖"), "{list}");
        assert!(!olena.buttons().iter().any(|b| b.data.starts_with("1:og:")));
    }
}

#[tokio::test]
async fn a_municipality_that_turns_off_translating_cases_keeps_translated_announcements() {
    use velkommen::conversation::callback::{Action, AnnounceAction};
    // Haram's pack with `[translation] cases = false`.
    let dir = tempfile::tempdir().unwrap();
    for entry in walk(&common::repo_path("content")) {
        let relative = entry.strip_prefix(common::repo_path("content")).unwrap();
        let target = dir.path().join(relative);
        std::fs::create_dir_all(target.parent().unwrap()).unwrap();
        std::fs::copy(&entry, &target).unwrap();
    }
    let haram = dir.path().join("haram.toml");
    let mut pack = std::fs::read_to_string(&haram).unwrap();
    pack.push_str("\n[translation]\ncases = false\n");
    std::fs::write(&haram, pack).unwrap();
    let (content, _) =
        velkommen::content::Content::load(dir.path(), common::test_now().date_naive()).unwrap();

    let (fake, url) = start_fake_azure().await;
    let mut app = TestApp::new(common::sqlite_db()).await;
    app.state.content = Arc::new(content);
    app.state.translator = Some(Arc::new(Cached::new(azure(url))));
    app.state.translate_cases = true;
    app.engine = app.state.engine();
    let so = app.state.i18n.tr(Locale::So);
    newcomer(
        &app,
        101,
        "haram",
        Locale::So,
        Household::Alone,
        Arrival::NotYet,
    )
    .await;
    let mut consultant = staff_member(&app, 102, "haram").await;
    let mut hodan = app.person(101, Some("so"));
    hodan.say("/ask").await;
    hodan.say("Xaggee baan ka heli karaa dhakhtar?").await;
    let notice = queued_to(&app, 102).await.pop().unwrap().text;
    assert!(
        notice.contains("Xaggee baan") && !notice.contains("[nb]"),
        "{notice}"
    );
    assert!(fake.seen.lock().unwrap().is_empty());
    hodan.say("/privacy").await;
    assert!(!hodan.text().contains(&so.msg_args(
        "privacy-translation",
        &velkommen::args!["provider" => "Azure AI Translator"]
    )));
    // Announcements are still translated.
    let an = Action::Announce;
    consultant.press(an(AnnounceAction::New)).await;
    consultant.press(an(AnnounceAction::AudienceDone)).await;
    consultant.say("Biblioteket er stengt mandag.").await;
    assert_eq!(fake.seen.lock().unwrap().len(), 1);
}

/// Every file below `dir`.
fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(walk(&path));
        } else {
            files.push(path);
        }
    }
    files
}
