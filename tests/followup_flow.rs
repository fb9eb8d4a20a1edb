//! Two years of follow-ups with the clock moved by the test, on SQLite and
//! PostgreSQL: a Tigrinya-speaking refugee in Tynset is followed up at each
//! step of the plan and answers the pulse with one tap per question each
//! time (and, unsure about staying, asks for a talk); a Polish worker
//! pauses for three months and gets one late follow-up, not a pile; an
//! Arabic speaker deletes their data and hears nothing more while their
//! anonymous answers stay; a Somali speaker blocks the bot. The service is
//! down for a week over the one-month mark. Every follow-up arrives once,
//! in the person's language, never in the quiet hours.

mod common;

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, TimeZone, Utc};
use chrono_tz::Europe::Oslo;
use common::{TestApp, databases, newcomer, set_category};
use velkommen::clock::Clock;
use velkommen::conversation::callback::{Action, FollowUpAction, OnboardingAction, PauseFor};
use velkommen::conversation::{Reply, keep_followups};
use velkommen::followups::{Offset, Plan};
use velkommen::i18n::Locale;
use velkommen::newcomers::{Arrival, Category, ChatKey, Household};
use velkommen::pulse::{Expect, Kind, LeaveReason, Question};
use velkommen::when::QuietHours;

const TIGRINYA: i64 = 201;
const POLISH: i64 = 202;
const ARABIC: i64 = 203;
const SOMALI: i64 = 204;
/// Tynset's other newcomers who answer every pulse (three of them unsure
/// at first), so that the municipality has figures to see.
const NEIGHBOURS: [(i64, Locale); 6] = [
    (211, Locale::Ti),
    (212, Locale::Ti),
    (213, Locale::Uk),
    (214, Locale::Prs),
    (215, Locale::Ar),
    (216, Locale::En),
];

/// What one chat got: follow-up number → when it was sent, and its text.
type Got = BTreeMap<usize, (DateTime<Utc>, Reply)>;

/// Plays the delivery worker: everything due now is sent (recorded here).
async fn deliver(app: &TestApp, got: &mut BTreeMap<i64, Got>) {
    let now = app.clock.now();
    let due = app
        .state
        .store
        .due_deliveries(now, true, 1000)
        .await
        .unwrap();
    for delivery in due {
        let claimed = app.state.store.start_sending(&[delivery.id], now).await;
        assert_eq!(claimed.unwrap(), [delivery.id]);
        app.state
            .store
            .mark_sent(&[delivery.id], now)
            .await
            .unwrap();
        let Some(n) = delivery.source.strip_prefix("followup:") else {
            continue;
        };
        let n: usize = n.parse().unwrap();
        let reply = Reply::from_body(&delivery.body).unwrap();
        let before = got
            .entry(delivery.chat.id)
            .or_default()
            .insert(n, (now, reply));
        assert!(
            before.is_none(),
            "follow-up {n} to {} twice",
            delivery.chat.id
        );
    }
}

/// The callback data of the follow-up button a reply offers for `pick`.
fn data_of(reply: &Reply, pick: impl Fn(&FollowUpAction) -> bool) -> Option<String> {
    reply
        .buttons
        .iter()
        .flatten()
        .find_map(|b| match Action::decode(&b.data) {
            Ok(Action::FollowUp(action)) if pick(&action) => Some(b.data.clone()),
            _ => None,
        })
}

/// Answers a pulse with one tap per question: `stay` for the question
/// about staying, a tick and "done" where several fit, yes to a talk.
async fn answer_pulse(person: &mut common::Person<'_>, start: &str, stay: Expect) -> usize {
    person.press_raw(start).await;
    let mut taps = 1;
    for _ in 0..30 {
        let reply = person.replies.last().unwrap().clone();
        let stay_index = Expect::ALL.iter().position(|e| *e == stay).unwrap() as u8;
        let tap = data_of(&reply, |a| match a {
            FollowUpAction::Answer(_, Question::Stay, i) => *i == stay_index,
            FollowUpAction::Answer(_, q, i) if q.kind() == Kind::Scale => *i == 7,
            FollowUpAction::Answer(_, _, i) => *i == 0,
            FollowUpAction::Talk(_, yes) => *yes,
            _ => false,
        });
        if let Some(tap) = tap {
            person.press_raw(&tap).await;
            taps += 1;
            continue;
        }
        if let Some(tick) = data_of(&reply, |a| matches!(a, FollowUpAction::Toggle(_, _, 0))) {
            person.press_raw(&tick).await;
            let done = data_of(person.replies.last().unwrap(), |a| {
                matches!(a, FollowUpAction::Next(..))
            })
            .unwrap();
            person.press_raw(&done).await;
            taps += 2;
            continue;
        }
        return taps;
    }
    panic!("the pulse did not end");
}

fn oslo(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
    Oslo.with_ymd_and_hms(y, m, d, h, min, 0)
        .unwrap()
        .with_timezone(&Utc)
}

#[tokio::test]
async fn two_years_of_follow_ups_arrive_once_on_time_and_in_each_language() {
    for db in databases().await {
        let app = TestApp::new(db).await;
        // Everyone registers late in the evening: every follow-up falls
        // due in the quiet hours.
        let registered = oslo(2027, 1, 5, 22, 30);
        app.clock.set(registered);
        let people = [
            (TIGRINYA, "tynset", Locale::Ti, Category::Refugee),
            (POLISH, "tynset", Locale::Pl, Category::Labour),
            (ARABIC, "tynset", Locale::Ar, Category::Family),
            (SOMALI, "tynset", Locale::So, Category::Refugee),
        ];
        let neighbours =
            NEIGHBOURS.map(|(chat, locale)| (chat, "tynset", locale, Category::Labour));
        for (chat, municipality, locale, category) in people.into_iter().chain(neighbours) {
            newcomer(
                &app,
                chat,
                municipality,
                locale,
                Household::Alone,
                Arrival::NotYet,
            )
            .await;
            set_category(&app, chat, category).await;
        }
        let plan = Plan::default();
        let quiet = QuietHours::evening_to_morning();
        let mut got: BTreeMap<i64, Got> = BTreeMap::new();
        let mut tigrinya = app.person(TIGRINYA, Some("ti"));
        let mut polish = app.person(POLISH, Some("pl"));
        let mut arabic = app.person(ARABIC, Some("ar"));
        let mut paused_until = None;
        let mut deleted_at = None;
        let mut pulses = 0;
        let mut neighbours: Vec<(i64, common::Person)> = NEIGHBOURS
            .iter()
            .map(|(chat, locale)| (*chat, app.person(*chat, Some(locale.code()))))
            .collect();
        let down = (
            registered + Duration::days(28),
            registered + Duration::days(35),
        );
        let end = registered + Duration::days(2 * 366 + 30);
        let mut now = registered;
        while now < end {
            now += Duration::hours(3);
            app.clock.set(now);
            if now > down.0 && now < down.1 {
                continue; // the service is down: nothing runs
            }
            keep_followups(&app.state, now).await.unwrap();
            deliver(&app, &mut got).await;

            // The Tigrinya speaker answers every pulse as it comes.
            if let Some((_, (at, reply))) = got.get(&TIGRINYA).and_then(|g| g.last_key_value())
                && *at == now
                && let Some(start) = data_of(reply, |a| matches!(a, FollowUpAction::Start(_)))
            {
                let stay = if pulses == 0 {
                    Expect::Unsure
                } else {
                    Expect::Yes
                };
                let taps = answer_pulse(&mut tigrinya, &start, stay).await;
                pulses += 1;
                assert!(taps <= 16, "{taps} taps");
                let ti = app.state.i18n.tr(Locale::Ti);
                assert!(
                    tigrinya.text().contains(&ti.msg_args(
                        "pulse-thanks",
                        &velkommen::args!["municipality" => "Tynset"]
                    )),
                    "{}",
                    tigrinya.text()
                );
            }
            // So do the neighbours; three are unsure the first two times.
            for (chat, person) in &mut neighbours {
                if let Some((n, (at, reply))) = got.get(chat).and_then(|g| g.last_key_value())
                    && *at == now
                    && let Some(start) = data_of(reply, |a| matches!(a, FollowUpAction::Start(_)))
                {
                    let stay = if *chat <= 213 && *n <= 3 {
                        Expect::Unsure
                    } else {
                        Expect::Yes
                    };
                    answer_pulse(person, &start, stay).await;
                }
            }
            // The Polish worker pauses for three months after the first.
            if paused_until.is_none() && got.get(&POLISH).is_some_and(|g| g.contains_key(&0)) {
                polish.say("/pause").await;
                polish
                    .press(Action::FollowUp(FollowUpAction::PauseFor(
                        PauseFor::Months(3),
                    )))
                    .await;
                paused_until = Some(Offset::Months(3).after(now));
            }
            // The Arabic speaker starts the three-month pulse, answers one
            // question, stops, and a few weeks later deletes everything.
            if deleted_at.is_none()
                && let Some((at, reply)) = got.get(&ARABIC).and_then(|g| g.get(&2))
            {
                if *at == now {
                    let start = data_of(reply, |a| matches!(a, FollowUpAction::Start(_))).unwrap();
                    arabic.press_raw(&start).await;
                    let tap = data_of(arabic.replies.last().unwrap(), |a| {
                        matches!(a, FollowUpAction::Answer(_, Question::Life, 6))
                    })
                    .unwrap();
                    arabic.press_raw(&tap).await;
                    let stop = data_of(arabic.replies.last().unwrap(), |a| {
                        matches!(a, FollowUpAction::Stop(_))
                    })
                    .unwrap();
                    arabic.press_raw(&stop).await;
                } else if now - *at > Duration::days(20) {
                    let chat = ChatKey::telegram(ARABIC);
                    assert_eq!(app.state.store.pulse_count_of(chat).await.unwrap(), 1);
                    arabic.say("/delete").await;
                    arabic
                        .press(Action::Onboarding(OnboardingAction::ConfirmDelete(true)))
                        .await;
                    let ar = app.state.i18n.tr(Locale::Ar);
                    assert!(arabic.text().contains(&ar.msg("delete-done-pulse-kept")));
                    assert_eq!(app.state.store.pulse_count_of(chat).await.unwrap(), 0);
                    assert_eq!(app.state.store.followups_of(chat).await.unwrap(), None);
                    deleted_at = Some(now);
                }
            }
            // The Somali speaker blocks the bot after six weeks.
            if now - registered >= Duration::days(42)
                && now - registered < Duration::days(42) + Duration::hours(3)
            {
                app.state
                    .store
                    .block_chat(
                        ChatKey::telegram(SOMALI),
                        "Forbidden: bot was blocked by the user",
                        now,
                    )
                    .await
                    .unwrap();
            }
        }

        let due = |i: usize| plan.due_at(i, registered).unwrap();
        for (chat, locale) in [
            (TIGRINYA, Locale::Ti),
            (POLISH, Locale::Pl),
            (ARABIC, Locale::Ar),
            (SOMALI, Locale::So),
        ] {
            let tr = app.state.i18n.tr(locale);
            for (n, (at, reply)) in &got[&chat] {
                assert!(
                    !quiet.contains(*at),
                    "{chat}: follow-up {n} at {at}, in the quiet hours"
                );
                assert!(*at >= due(*n), "{chat}: follow-up {n} early");
                assert!(
                    reply.text.contains(&tr.msg("followup-footer")),
                    "{chat} {n}: not in {locale:?}"
                );
                let pulse = data_of(reply, |a| matches!(a, FollowUpAction::Start(_))).is_some();
                assert_eq!(pulse, *n >= 2, "{chat}: follow-up {n}");
                // On time: the morning after it fell due, after the
                // downtime, or after the pause.
                let mut from = if due(*n) > down.0 && due(*n) < down.1 {
                    down.1
                } else {
                    due(*n)
                };
                if chat == POLISH && *n == 2 {
                    from = paused_until.unwrap();
                }
                assert!(
                    *at - from < Duration::hours(14),
                    "{chat}: follow-up {n} came at {at}, due {from}"
                );
            }
        }
        let sent = |chat: i64| got[&chat].keys().copied().collect::<Vec<_>>();
        assert_eq!(sent(TIGRINYA), [0, 1, 2, 3, 4, 5]);
        // Paused over the one- and three-month marks: the three-month one
        // comes once, when the pause ends.
        assert_eq!(sent(POLISH), [0, 2, 3, 4, 5]);
        let (late, _) = got[&POLISH][&2];
        assert!(late >= paused_until.unwrap());
        assert_eq!(sent(ARABIC), [0, 1, 2]);
        assert_eq!(sent(SOMALI), [0, 1]);
        assert_eq!(pulses, 4);

        // What Tynset keeps: four responses from the Tigrinya speaker, four
        // from each neighbour, and the Arabic speaker's one answer, linked
        // to nobody now.
        let responses = app
            .state
            .store
            .pulse_responses("tynset", registered, end)
            .await
            .unwrap();
        assert_eq!(responses.len(), 4 + 6 * 4 + 1);
        for round in [3, 6, 12, 24] {
            let n = responses.iter().filter(|r| r.round_months == round).count();
            assert_eq!(n, if round == 3 { 8 } else { 7 }, "round {round}");
        }
        let first = responses
            .iter()
            .find(|r| r.category == Some(Category::Refugee) && r.round_months == 3)
            .unwrap();
        assert_eq!(first.answers.stay, Some(Expect::Unsure));
        assert!(first.answers.leave_reasons.contains(&LeaveReason::ALL[0]));
        assert!(first.answers.talk_offered);
        assert_eq!(first.answers.life, Some(7));
        let family = responses
            .iter()
            .find(|r| r.category == Some(Category::Family))
            .unwrap();
        assert_eq!(family.answers.life, Some(6));
        assert!(
            responses
                .iter()
                .filter(|r| r.category == Some(Category::Refugee))
                .skip(1)
                .all(|r| r.answers.stay == Some(Expect::Yes))
        );
        // The talk the refugee asked for is a case at Tynset.
        let cases = app.state.store.waiting_cases("tynset").await.unwrap();
        assert_eq!(cases.len(), 1);

        // Tynset's coordinator sees it as numbers, never as a person: who
        // expects to stay, why others might move, housing and work.
        let insight = app.state.insight("tynset", registered, end).await.unwrap();
        assert_eq!(insight.responses.shown(), Some(29));
        // 28 answered about staying (the Arabic speaker stopped before):
        // unsure were the Tigrinya speaker once and three neighbours twice
        // — 7; the other 21 expect to stay.
        let columns = insight.stay.grid.columns.clone().unwrap();
        assert_eq!(columns[0].shown(), Some(21));
        assert_eq!(columns[1].shown(), Some(7));
        assert_eq!(insight.stay.grid.total.shown(), Some(28));
        let education = LeaveReason::ALL
            .iter()
            .position(|r| *r == LeaveReason::Education)
            .unwrap();
        assert_eq!(insight.leave_reasons.cells[0][education].shown(), Some(7));
        // Housing and work, quarter by quarter: everyone who answered rents
        // privately and works in line with their education.
        let answered: Vec<usize> = (0..insight.housing.rows.len())
            .filter(|i| insight.housing.grid.rows[*i].value >= 5)
            .collect();
        assert!(answered.len() >= 4, "{:?}", insight.housing.rows);
        for i in answered {
            assert_eq!(insight.housing.grid.share(i, 0), Some(100.0));
            assert_eq!(insight.work.grid.share(i, 0), Some(100.0));
        }
        // In the chat: the summary, the chart and the spreadsheet.
        let mut coordinator = common::staff_member(&app, 250, "tynset").await;
        coordinator.say("/insight").await;
        let files: Vec<_> = coordinator
            .replies
            .iter()
            .filter_map(|r| r.file.clone())
            .collect();
        assert_eq!(files.len(), 2, "{}", coordinator.text());
        assert!(files[0].bytes.starts_with(b"\x89PNG"));
        assert!(
            String::from_utf8(files[1].bytes.clone())
                .unwrap()
                .starts_with('\u{feff}')
        );
        assert!(
            !coordinator.text().contains("ሰላም"),
            "no person's words, only figures"
        );
    }
}
