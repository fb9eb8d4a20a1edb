//! Follow-ups through the engine: what a follow-up offers, chosen from the
//! person's situation; `/pause` and `/resume` and what `/mydata` says; and
//! the pulse's mistakes — forged or someone else's buttons, typed answers,
//! a second tick, a talk offered only where it belongs.

mod common;

use chrono::Duration;
use common::{TestApp, newcomer, set_category, sqlite_db};
use velkommen::args;
use velkommen::clock::Clock;
use velkommen::conversation::callback::{
    Action, FollowUpAction, GuideAction, MentorAction, PauseFor,
};
use velkommen::conversation::{Reply, keep_followups};
use velkommen::i18n::Locale;
use velkommen::newcomers::{Arrival, Category, ChatKey, Household};
use velkommen::pulse::{Quality, Question};

fn fu(action: FollowUpAction) -> Action {
    Action::FollowUp(action)
}

/// The follow-ups queued to `chat` so far, read.
async fn followups_to(app: &TestApp, chat: i64) -> Vec<Reply> {
    let far = app.clock.now() + Duration::days(3650);
    app.state
        .store
        .due_deliveries(far, true, 1000)
        .await
        .unwrap()
        .into_iter()
        .filter(|d| d.chat == ChatKey::telegram(chat) && d.source.starts_with("followup:"))
        .map(|d| Reply::from_body(&d.body).unwrap())
        .collect()
}

/// Moves the clock by `by` and lets the scheduler's follow-up task run.
async fn later(app: &TestApp, by: Duration) {
    app.clock.advance(by);
    keep_followups(&app.state, app.clock.now()).await.unwrap();
}

fn offers(reply: &Reply, action: &Action) -> bool {
    let data = action.encode();
    reply.buttons.iter().flatten().any(|b| b.data == data)
}

#[tokio::test]
async fn a_follow_up_is_chosen_from_the_persons_situation() {
    let app = TestApp::new(sqlite_db()).await;
    let uk = app.state.i18n.tr(Locale::Uk);
    newcomer(
        &app,
        1,
        "haram",
        Locale::Uk,
        Household::Children,
        Arrival::NotYet,
    )
    .await;
    newcomer(
        &app,
        2,
        "haram",
        Locale::Uk,
        Household::Alone,
        Arrival::NotYet,
    )
    .await;
    // The second has ticked off the whole checklist and waits for a fadder.
    let mut second = app.person(2, Some("uk"));
    second.say("/checklist").await;
    let steps: Vec<String> = second
        .buttons()
        .into_iter()
        .filter_map(|b| match Action::decode(&b.data) {
            Ok(Action::Guide(GuideAction::Topic(..))) => Some(b.data),
            _ => None,
        })
        .collect();
    assert!(!steps.is_empty());
    let progress = app
        .state
        .store
        .checklist_progress(ChatKey::telegram(2))
        .await
        .unwrap();
    assert!(progress.is_empty());
    let newcomer2 = app.stored_newcomer(ChatKey::telegram(2)).await.unwrap();
    for step in app.state.content.guide().checklist() {
        if step.applies_to(&newcomer2) {
            app.state
                .store
                .set_step_state(
                    ChatKey::telegram(2),
                    &step.id,
                    Some(velkommen::guide::StepState::Done),
                    app.clock.now(),
                )
                .await
                .unwrap();
        }
    }
    second.say("/mentor").await;
    second.press(Action::Mentor(MentorAction::Save)).await;

    later(&app, Duration::days(7) + Duration::hours(1)).await;
    let first = followups_to(&app, 1).await;
    let other = followups_to(&app, 2).await;
    assert_eq!((first.len(), other.len()), (1, 1));
    let (first, other) = (&first[0], &other[0]);
    // The one with open steps gets buttons to the next of them, and the
    // fadder offer; the other neither. Neither gets the pulse yet.
    let step_buttons = |reply: &Reply| {
        reply
            .buttons
            .iter()
            .flatten()
            .filter(|b| {
                matches!(
                    Action::decode(&b.data),
                    Ok(Action::Guide(GuideAction::Topic(..)))
                )
            })
            .count()
    };
    assert!((1..=3).contains(&step_buttons(first)), "{first:?}");
    assert_eq!(step_buttons(other), 0);
    assert!(offers(first, &Action::Mentor(MentorAction::Open)));
    assert!(!offers(other, &Action::Mentor(MentorAction::Open)));
    for reply in [first, other] {
        assert!(reply.text.contains(&uk.msg_args(
            "followup-hello",
            &args!["since" => uk.msg_args("followup-weeks", &args!["count" => 1]), "municipality" => "Haram"]
        )), "{}", reply.text);
        assert!(offers(reply, &fu(FollowUpAction::NotNow)));
        assert!(offers(reply, &fu(FollowUpAction::Pause)));
        assert!(
            !reply
                .buttons
                .iter()
                .flatten()
                .any(|b| b.data.starts_with("1:fu:s:"))
        );
        assert!(reply.text.chars().count() < 4096);
    }
    // "Not now" is answered kindly.
    let mut person = app.person(1, Some("uk"));
    person.press_raw(&fu(FollowUpAction::NotNow).encode()).await;
    assert!(person.text().contains(&uk.msg("followup-not-now-done")));
    // Nothing more until the month is up; then one, and from three months
    // the pulse.
    later(&app, Duration::days(7)).await;
    assert_eq!(followups_to(&app, 1).await.len(), 1);
    later(&app, Duration::days(90)).await;
    let all = followups_to(&app, 1).await;
    assert_eq!(
        all.len(),
        2,
        "after three months, one late follow-up, not two"
    );
    assert!(offers(&all[1], &fu(FollowUpAction::Start(3))));
}

#[tokio::test]
async fn pause_and_resume_say_what_they_did_and_mydata_shows_it() {
    let app = TestApp::new(sqlite_db()).await;
    let pl = app.state.i18n.tr(Locale::Pl);
    // Someone without a profile has nothing to pause.
    let mut guest = app.person(9, Some("pl"));
    guest.say("/start").await;
    guest.say("/pause").await;
    assert!(
        guest.text().contains(&pl.msg("followup-needs-profile")),
        "{}",
        guest.text()
    );

    newcomer(
        &app,
        3,
        "vestvagoy",
        Locale::Pl,
        Household::Alone,
        Arrival::NotYet,
    )
    .await;
    set_category(&app, 3, Category::Labour).await;
    let mut worker = app.person(3, Some("pl"));
    worker.say("/resume").await;
    assert!(worker.text().contains(&pl.msg("resume-not-paused")));
    worker.say("/pause").await;
    assert!(worker.text().contains(&pl.msg("pause-prompt")));
    worker
        .press(fu(FollowUpAction::PauseFor(PauseFor::UntilResumed)))
        .await;
    assert!(worker.text().contains(&pl.msg("pause-done")));
    worker.say("/mydata").await;
    assert!(worker.text().contains(&pl.msg("mydata-followups-paused")));
    // Paused: nothing comes, however long.
    later(&app, Duration::days(200)).await;
    assert!(followups_to(&app, 3).await.is_empty());
    worker.say("/resume").await;
    assert!(
        worker.text().contains(&pl.msg("resume-done-soon")),
        "{}",
        worker.text()
    );
    later(&app, Duration::hours(1)).await;
    let got = followups_to(&app, 3).await;
    assert_eq!(got.len(), 1, "one follow-up after the pause, not a pile");
    // The six-month one, with the pulse.
    assert!(offers(&got[0], &fu(FollowUpAction::Start(6))));
    worker.say("/mydata").await;
    let date = |at: chrono::DateTime<chrono::Utc>| {
        velkommen::i18n::format_date(at.with_timezone(&chrono_tz::Europe::Oslo).date_naive())
    };
    let newcomer = app.stored_newcomer(ChatKey::telegram(3)).await.unwrap();
    let next = velkommen::followups::Plan::default()
        .due_at(4, newcomer.consented_at)
        .unwrap();
    assert!(worker.text().contains(&pl.msg_args(
        "mydata-followups-next",
        &args!["count" => 4, "date" => date(next)]
    )));
    // A pause for a month names the day it ends.
    worker.say("/pause").await;
    worker
        .press(fu(FollowUpAction::PauseFor(PauseFor::Months(1))))
        .await;
    let until = velkommen::followups::Offset::Months(1).after(app.clock.now());
    assert!(
        worker
            .text()
            .contains(&pl.msg_args("pause-done-until", &args!["date" => date(until)]))
    );
}

#[tokio::test]
async fn the_pulse_takes_one_tap_per_question_and_refuses_what_is_not_its_own() {
    let app = TestApp::new(sqlite_db()).await;
    let so = app.state.i18n.tr(Locale::So);
    newcomer(
        &app,
        4,
        "tynset",
        Locale::So,
        Household::Alone,
        Arrival::NotYet,
    )
    .await;
    set_category(&app, 4, Category::Labour).await;
    newcomer(
        &app,
        5,
        "tynset",
        Locale::So,
        Household::Alone,
        Arrival::NotYet,
    )
    .await;
    let mut worker = app.person(4, Some("so"));
    // A pulse that was never sent cannot be started.
    worker
        .press_raw(&fu(FollowUpAction::Start(3)).encode())
        .await;
    assert!(worker.text().contains(&so.msg("stale-button")));
    later(&app, Duration::days(100)).await;
    worker
        .press_raw(&fu(FollowUpAction::Start(3)).encode())
        .await;
    assert!(
        worker.text().contains(&so.msg("pulse-q-life")),
        "{}",
        worker.text()
    );
    assert!(
        worker
            .text()
            .contains(&so.msg_args("pulse-progress", &args!["n" => 1, "total" => 10]))
    );
    // A typed number answers a scale.
    worker.say("8").await;
    assert!(
        worker.text().contains(&so.msg("pulse-q-place")),
        "{}",
        worker.text()
    );
    let id = app
        .state
        .store
        .start_pulse(
            ChatKey::telegram(4),
            &velkommen::store::NewPulse {
                municipality: "tynset".into(),
                round_months: 3,
                category: Some(Category::Labour),
                months_here: 3,
            },
            app.clock.now(),
        )
        .await
        .unwrap()
        .0;
    // Someone else's response, a forged question and an option that is
    // not there are refused, and change nothing.
    let mut other = app.person(5, Some("so"));
    other
        .press_raw(&fu(FollowUpAction::Answer(id, Question::Place, 0)).encode())
        .await;
    assert!(other.text().contains(&so.msg("stale-button")));
    worker.press_raw(&format!("1:fu:a:{id}:zz:1")).await;
    assert!(worker.text().contains(&so.msg("stale-button")));
    worker
        .press_raw(&fu(FollowUpAction::Answer(id, Question::Work, 9)).encode())
        .await;
    assert!(worker.text().contains(&so.msg("stale-button")));
    let answers = app
        .state
        .store
        .pulse_answers(ChatKey::telegram(4), id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (answers.life, answers.place, answers.work),
        (Some(8), None, None)
    );
    // Skip, then "no" to staying: a labour migrant is not offered the
    // refugees' talk, and reasons come next.
    worker
        .press(fu(FollowUpAction::Next(id, Question::Place)))
        .await;
    worker
        .press(fu(FollowUpAction::Answer(id, Question::Belong, 5)))
        .await;
    worker
        .press(fu(FollowUpAction::Answer(id, Question::Stay, 2)))
        .await;
    assert!(worker.text().contains(&so.msg("pulse-q-leave-reasons")));
    // A tick pressed twice is taken back.
    for action in [
        FollowUpAction::Next(id, Question::Reasons),
        FollowUpAction::Answer(id, Question::Friends, 1),
        FollowUpAction::Answer(id, Question::NorwegianFriend, 0),
        FollowUpAction::Toggle(id, Question::Good, 1),
        FollowUpAction::Toggle(id, Question::Good, 0),
        FollowUpAction::Toggle(id, Question::Good, 1),
        FollowUpAction::Next(id, Question::Good),
    ] {
        worker.press(fu(action)).await;
    }
    // Stop keeps what was answered.
    worker.press(fu(FollowUpAction::Stop(id))).await;
    assert!(worker.text().contains(&so.msg("pulse-stopped")));
    let answers = app
        .state
        .store
        .pulse_answers(ChatKey::telegram(4), id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        answers.good.iter().copied().collect::<Vec<_>>(),
        [Quality::ALL[0]]
    );
    assert_eq!(answers.norwegian_friend, Some(true));
    assert!(!answers.talk_offered);
    // Going on later starts at the first question not answered.
    worker
        .press_raw(&fu(FollowUpAction::Start(3)).encode())
        .await;
    assert!(
        worker.text().contains(&so.msg("pulse-q-place")),
        "{}",
        worker.text()
    );
    // The talk button outside the talk step is stale.
    worker
        .press_raw(&fu(FollowUpAction::Talk(id, true)).encode())
        .await;
    assert!(worker.text().contains(&so.msg("stale-button")));
    assert!(
        app.state
            .store
            .waiting_cases("tynset")
            .await
            .unwrap()
            .is_empty()
    );
}
