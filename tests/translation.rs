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
use velkommen::translators::LibreTranslate;

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
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = url::Url::parse(&format!("http://{}/", listener.local_addr().unwrap())).unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (fake, url)
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
