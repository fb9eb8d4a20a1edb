//! What velkommen logs at info level carries no message text, no names and
//! no chat ids: a whole journey — onboarding, a question and its answer, an
//! announcement, a fadder sign-up — runs with every log line captured, and
//! none may contain what people wrote or who they are.

mod common;

use std::io::Write;
use std::sync::{Arc, Mutex};

use common::{TestApp, newcomer, staff_member};
use velkommen::conversation::callback::{Action, AnnounceAction};
use velkommen::i18n::Locale;
use velkommen::newcomers::{Arrival, Household};
use velkommen::scheduler::Scheduler;

/// A writer into a shared buffer, for the subscriber.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(bytes);
        Ok(bytes.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<'a> tracing_subscriber::fmt::MakeWriter<'a> for Captured {
    type Writer = Captured;
    fn make_writer(&'a self) -> Captured {
        self.clone()
    }
}

#[tokio::test]
async fn a_whole_journey_logs_no_text_no_name_and_no_chat_id_at_info() {
    let captured = Captured::default();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::INFO)
        .with_writer(captured.clone())
        .with_ansi(false)
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);

    let app = TestApp::new(common::sqlite_db()).await;
    const NEWCOMER: i64 = 918_273_645;
    const STAFF: i64 = 564_738_291;
    const VOLUNTEER: i64 = 192_837_465;
    let question = "Hvor finner jeg Zanzibarveien fastlege?";
    let answer = "Legekontoret Quokkagata ligger ved rådhuset.";
    let announcement = "Flamingokafé tirsdag kl. 18";

    // A newcomer through onboarding in the terminal's way: the real flow.
    let mut newcomer_chat = app.person(NEWCOMER, Some("uk"));
    newcomer_chat.say("/start haram").await;
    for _ in 0..8 {
        let first = newcomer_chat.buttons().first().cloned();
        if let Some(button) = first {
            newcomer_chat.press_raw(&button.data).await;
        }
    }
    newcomer(
        &app,
        NEWCOMER + 1,
        "haram",
        Locale::Ar,
        Household::Alone,
        Arrival::NotYet,
    )
    .await;
    let mut asker = app.person(NEWCOMER + 1, Some("ar"));
    asker.say("/ask").await;
    asker.say(question).await;
    let mut coordinator = staff_member(&app, STAFF, "haram").await;
    let case = app.state.store.open_cases("haram").await.unwrap()[0].clone();
    coordinator
        .say(&format!("/svar {} {answer}", case.reference))
        .await;
    coordinator
        .press(Action::Announce(AnnounceAction::New))
        .await;
    coordinator
        .press(Action::Announce(AnnounceAction::AudienceDone))
        .await;
    coordinator.say(announcement).await;
    coordinator
        .press(Action::Announce(AnnounceAction::TranslationsDone))
        .await;
    coordinator
        .press(Action::Announce(AnnounceAction::Urgent(false)))
        .await;
    coordinator
        .press(Action::Announce(AnnounceAction::ScheduleNow))
        .await;
    coordinator
        .press(Action::Announce(AnnounceAction::Confirm))
        .await;
    Scheduler::new(app.state.clone())
        .try_execute_task()
        .await
        .unwrap();
    let mut volunteer = app.person(VOLUNTEER, Some("nb"));
    volunteer.say("/fadder").await;
    volunteer.say("Torbjørg").await;
    asker.say("/delete").await;

    let logs = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
    assert!(
        logs.contains("announcement created"),
        "nothing captured:\n{logs}"
    );
    for secret in [
        NEWCOMER.to_string(),
        (NEWCOMER + 1).to_string(),
        STAFF.to_string(),
        VOLUNTEER.to_string(),
        "Zanzibarveien".into(),
        "Quokkagata".into(),
        "Flamingokafé".into(),
        "Torbjørg".into(),
    ] {
        assert!(
            !logs.contains(&secret),
            "the logs carry {secret:?}:\n{logs}"
        );
    }
}
