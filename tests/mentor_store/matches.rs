//! A match's life: answers, check-ins and quiet-match alerts, its end, and
//! what leaving, pausing and deleting do to it.

use std::collections::BTreeSet;

use chrono::{DateTime, Duration, Utc};
use velkommen::mentors::{CheckIn, EndReason, MatchStatus, MentorStatus, Side};
use velkommen::newcomers::{ChatKey, Household};
use velkommen::store::Confirmed;

use super::{HARAM, hours, notice};
use crate::common;

#[tokio::test]
async fn pausing_withdraws_what_is_asked_and_a_stale_answer_changes_nothing() {
    for (db, _keep) in common::each_store().await {
        let store = &db.store;
        let mentor = db.mentor(50, "Liv", 1).await;
        let seeker = db.newcomer(51, Household::Alone).await;
        let [id] = db.propose(&[(mentor, seeker)]).await[..] else {
            unreachable!()
        };
        assert_eq!(db.confirm(id, "ask").await, Confirmed::Asked);
        assert!(db.answer(id, Side::Mentor, true, "yes", 1).await);
        assert_eq!(db.status(id).await, MatchStatus::AskingNewcomer);
        assert!(
            !db.answer(id, Side::Mentor, true, "yes:again", 1).await,
            "{}: not the mentor's turn",
            db.label
        );

        let paused = store
            .set_mentor_status(
                HARAM,
                mentor,
                &[MentorStatus::Approved],
                MentorStatus::Paused,
                Some("holiday"),
                &notice("paused"),
                hours(2),
            )
            .await
            .unwrap();
        assert!(paused);
        assert_eq!(db.status(id).await, MatchStatus::Withdrawn, "{}", db.label);
        assert_eq!(db.engaged(mentor).await, 0, "{}", db.label);
        assert_eq!(db.queued().await, 3);

        assert!(!db.answer(id, Side::Newcomer, true, "late", 3).await);
        assert!(!db.answer(id, Side::Newcomer, false, "late:no", 3).await);
        assert_eq!(
            db.queued().await,
            3,
            "{}: a stale answer queues nothing",
            db.label
        );
        assert_eq!(db.engaged(mentor).await, 0);
        let record = store.match_by_id(id).await.unwrap().unwrap();
        assert_eq!(record.mentor_contact.as_deref(), Some("@someone"));
        assert_eq!(record.newcomer_contact, None);
        // Withdrawn is nobody's no: the pair may be proposed again.
        let seekers = store.waiting_seekers(HARAM).await.unwrap();
        assert_eq!(seekers.len(), 1, "{}", db.label);
        assert!(seekers[0].ended_with.is_empty());
    }
}

#[tokio::test]
async fn a_no_frees_the_place_and_keeps_the_pair_apart() {
    for (db, _keep) in common::each_store().await {
        let mentor = db.mentor(60, "Eli", 1).await;
        let seeker = db.newcomer(61, Household::Alone).await;
        let [id] = db.propose(&[(mentor, seeker)]).await[..] else {
            unreachable!()
        };
        assert_eq!(db.confirm(id, "ask").await, Confirmed::Asked);
        assert!(db.answer(id, Side::Mentor, true, "yes", 1).await);
        assert!(db.answer(id, Side::Newcomer, false, "no", 2).await);
        assert!(!db.answer(id, Side::Newcomer, true, "no:yes", 2).await);
        assert_eq!(db.status(id).await, MatchStatus::Declined, "{}", db.label);
        assert_eq!(db.engaged(mentor).await, 0, "{}", db.label);
        assert_eq!(db.queued().await, 3);
        let seekers = db.store.waiting_seekers(HARAM).await.unwrap();
        assert_eq!(
            seekers[0].ended_with,
            BTreeSet::from([mentor]),
            "{}",
            db.label
        );
    }
}

#[tokio::test]
async fn a_running_match_is_checked_on_and_ends_with_the_newcomer_back_in_the_pool() {
    for (db, _keep) in common::each_store().await {
        let store = &db.store;
        let mentor = db.mentor(70, "Tor", 1).await;
        let seeker = db.newcomer(71, Household::Alone).await;
        let [id] = db.propose(&[(mentor, seeker)]).await[..] else {
            unreachable!()
        };
        assert_eq!(db.confirm(id, "ask").await, Confirmed::Asked);
        assert!(db.answer(id, Side::Mentor, true, "m-yes", 1).await);
        assert!(db.answer(id, Side::Newcomer, true, "n-yes", 2).await);
        let started = hours(2);
        let record = store.match_by_id(id).await.unwrap().unwrap();
        assert_eq!(record.status, MatchStatus::Active, "{}", db.label);
        assert_eq!(record.started_at, Some(started));
        assert_eq!(record.newcomer_contact.as_deref(), Some("@someone"));
        assert_eq!(db.engaged(mentor).await, 1);
        assert_eq!(db.queued().await, 3);
        let of_newcomer = store.matches_of(ChatKey::telegram(71)).await.unwrap();
        let of_mentor = store.matches_of(ChatKey::telegram(70)).await.unwrap();
        assert_eq!(of_newcomer, std::slice::from_ref(&record));
        assert_eq!(of_mentor, std::slice::from_ref(&record));
        assert_eq!(record.side_of(ChatKey::telegram(71)), Some(Side::Newcomer));

        // Two weeks on, the check-in and the quiet alert are due; not before.
        let two_weeks = CheckIn::TwoWeeks.due(started);
        let due = |at: DateTime<Utc>| {
            let store = store.clone();
            async move { store.due_matches(at, 10).await.unwrap() }
        };
        assert!(
            due(two_weeks - Duration::seconds(1)).await.is_empty(),
            "{}",
            db.label
        );
        let found = due(two_weeks).await;
        assert_eq!(found.len(), 1, "{}", db.label);
        assert_eq!(found[0].record.id, id);
        assert!(found[0].checkin_due && found[0].quiet_alert_due);

        let next = CheckIn::ThreeMonths.due(started);
        let checkin = |done: u8, source: &'static str| {
            let store = store.clone();
            async move {
                store
                    .record_checkin(id, done, Some(next), &notice(source), two_weeks)
                    .await
                    .unwrap()
            }
        };
        assert!(
            !checkin(2, "checkin:skip").await,
            "{}: not the next",
            db.label
        );
        assert!(checkin(1, "checkin:1").await);
        assert!(
            !checkin(1, "checkin:1again").await,
            "{}: recorded once",
            db.label
        );
        assert_eq!(db.queued().await, 4, "{}", db.label);
        let found = due(two_weeks).await;
        assert!(!found[0].checkin_due && found[0].quiet_alert_due);
        assert!(
            store
                .record_quiet_alert(
                    id,
                    1,
                    Some(started + Duration::days(28)),
                    &notice("quiet:1"),
                    two_weeks
                )
                .await
                .unwrap()
        );
        assert!(due(two_weeks).await.is_empty(), "{}", db.label);
        assert_eq!(db.queued().await, 5);

        // Once they have met, the coordinator hears no more.
        let met = started + Duration::days(20);
        assert!(store.record_met(id, met).await.unwrap());
        assert!(store.record_met(id, met + Duration::days(1)).await.unwrap());
        let record = store.match_by_id(id).await.unwrap().unwrap();
        assert_eq!(
            record.met_at,
            Some(met),
            "{}: the first time counts",
            db.label
        );
        assert_eq!((record.checkins, record.quiet_alerts), (1, 1));
        assert!(
            due(started + Duration::days(60)).await.is_empty(),
            "{}",
            db.label
        );
        let found = due(next).await;
        assert_eq!(found.len(), 1);
        assert!(found[0].checkin_due && !found[0].quiet_alert_due);

        // It ends once; the newcomer waits again, from then, apart from Tor.
        let ended = next + Duration::days(1);
        let end = |source: &'static str| {
            let store = store.clone();
            async move {
                store
                    .end_match(id, Side::Mentor, EndReason::Moved, &notice(source), ended)
                    .await
                    .unwrap()
            }
        };
        assert!(end("end").await);
        assert!(!end("end:again").await, "{}", db.label);
        assert_eq!(db.queued().await, 6);
        let record = store.match_by_id(id).await.unwrap().unwrap();
        assert_eq!(record.status, MatchStatus::Ended);
        assert_eq!(record.ended_at, Some(ended));
        assert_eq!(record.end_reason, Some(EndReason::Moved));
        assert_eq!(record.ended_by, Some(Side::Mentor));
        assert_eq!(db.engaged(mentor).await, 0, "{}", db.label);
        assert!(!store.record_met(id, ended).await.unwrap());
        assert!(due(ended + Duration::days(400)).await.is_empty());
        let seekers = store.waiting_seekers(HARAM).await.unwrap();
        assert_eq!(seekers.len(), 1, "{}", db.label);
        assert_eq!(seekers[0].id, seeker);
        assert_eq!(seekers[0].waiting_since, ended);
        assert_eq!(seekers[0].ended_with, BTreeSet::from([mentor]));
    }
}

#[tokio::test]
async fn leaving_deleting_and_ending_free_every_place() {
    for (db, _keep) in common::each_store().await {
        let store = &db.store;
        let mentor = db.mentor(80, "Åse", 3).await;
        let ending = db.mentor(81, "Geir", 1).await;
        let leaver = db.newcomer(82, Household::Alone).await;
        let deleted = db.newcomer(83, Household::Alone).await;
        let orphan = db.newcomer(84, Household::Alone).await;
        let staffs = db.newcomer(85, Household::Alone).await;
        let ids = db
            .propose(&[
                (mentor, leaver),
                (mentor, deleted),
                (mentor, orphan),
                (ending, staffs),
            ])
            .await;
        for (n, id) in ids.iter().enumerate() {
            assert_eq!(db.confirm(*id, &format!("ask:{n}")).await, Confirmed::Asked);
        }
        for id in [ids[0], ids[2], ids[3]] {
            assert!(
                db.answer(id, Side::Mentor, true, &format!("m:{id}"), 1)
                    .await
            );
            assert!(
                db.answer(id, Side::Newcomer, true, &format!("n:{id}"), 1)
                    .await
            );
        }
        assert_eq!(db.engaged(mentor).await, 3);
        assert_eq!(db.queued().await, 10);

        // The newcomer leaves the pool: their running match ends.
        let chat = ChatKey::telegram(82);
        assert!(
            store
                .leave_pool(chat, &notice("leave"), hours(2))
                .await
                .unwrap()
        );
        assert_eq!(db.engaged(mentor).await, 2, "{}", db.label);
        assert!(store.match_by_id(ids[0]).await.unwrap().is_none());

        // /delete of a newcomer who is being asked about.
        let deletion = store.delete_person(ChatKey::telegram(83)).await.unwrap();
        assert!(deletion.mentor_pool && !deletion.mentor, "{}", db.label);
        assert_eq!(db.engaged(mentor).await, 1, "{}", db.label);
        assert!(store.match_by_id(ids[1]).await.unwrap().is_none());
        assert!(
            store
                .pool_entry_of(ChatKey::telegram(83))
                .await
                .unwrap()
                .is_none()
        );

        // Staff end a mentor: their running match ends by staff.
        let ended = store
            .set_mentor_status(
                HARAM,
                ending,
                &[MentorStatus::Approved, MentorStatus::Paused],
                MentorStatus::Ended,
                Some("moved away"),
                &notice("ended"),
                hours(3),
            )
            .await
            .unwrap();
        assert!(ended);
        let record = store.match_by_id(ids[3]).await.unwrap().unwrap();
        assert_eq!(record.status, MatchStatus::Ended, "{}", db.label);
        assert_eq!(record.ended_by, Some(Side::Staff));
        assert_eq!(record.end_reason, Some(EndReason::Other));
        assert_eq!(db.engaged(ending).await, 0);

        // The mentor deletes their sign-up: the newcomer waits again.
        let gone = ChatKey::telegram(80);
        assert!(
            store
                .delete_mentor(gone, &notice("bye"), hours(4))
                .await
                .unwrap()
        );
        assert!(
            !store
                .delete_mentor(gone, &notice("bye:2"), hours(4))
                .await
                .unwrap()
        );
        assert!(store.mentor_of(gone).await.unwrap().is_none());
        assert_eq!(db.queued().await, 13, "{}", db.label);
        let mut waiting = db.waiting().await;
        waiting.sort();
        assert_eq!(waiting, [orphan, staffs], "{}", db.label);
        let seekers = store.waiting_seekers(HARAM).await.unwrap();
        let back = seekers.iter().find(|s| s.id == orphan).unwrap();
        assert_eq!(back.waiting_since, hours(4));

        // /delete of a mentor erases the sign-up.
        let deletion = store.delete_person(ChatKey::telegram(81)).await.unwrap();
        assert!(deletion.mentor && !deletion.mentor_pool, "{}", db.label);
        assert!(
            store
                .mentor_of(ChatKey::telegram(81))
                .await
                .unwrap()
                .is_none()
        );
        assert!(
            store
                .matches_in(HARAM, MatchStatus::ALL)
                .await
                .unwrap()
                .is_empty(),
            "{}",
            db.label
        );
    }
}
