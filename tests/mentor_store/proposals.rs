//! Sign-ups, vetting, the pool and proposals; confirming them once, within
//! capacity, also when confirmations race.

use std::collections::BTreeSet;

use velkommen::i18n::Locale;
use velkommen::mentors::{Help, MatchStatus, MentorStatus, Reason, VettingStep, Wish};
use velkommen::newcomers::{ChatKey, Household};
use velkommen::store::{Confirmed, NewMentor, NewProposal};

use super::common::test_now;
use super::{HARAM, hours, notice, volunteer};
use crate::common;

#[tokio::test]
async fn a_sign_up_is_stored_once_with_its_vetting_and_status() {
    for (db, _keep) in common::each_store().await {
        let store = &db.store;
        let chat = ChatKey::telegram(10);
        let mentor = NewMentor {
            chat,
            locale: Locale::Nn,
            municipality: HARAM.into(),
            profile: volunteer("Odd", 2),
        };
        let id = store
            .sign_up_mentor(&mentor, &notice("signup:1"), test_now())
            .await
            .unwrap()
            .expect("stored");
        let again = store
            .sign_up_mentor(&mentor, &notice("signup:2"), hours(1))
            .await
            .unwrap();
        assert_eq!(again, None, "{}", db.label);
        assert_eq!(
            db.queued().await,
            1,
            "{}: the second queued nothing",
            db.label
        );

        let record = store.mentor_of(chat).await.unwrap().unwrap();
        assert_eq!(record.id, id);
        assert_eq!(record.status, MentorStatus::Vetting);
        assert_eq!(record.locale, Locale::Nn);
        assert_eq!(record.profile, volunteer("Odd", 2));
        assert_eq!(record.first_name(), "Odd");
        assert!(record.vetting.is_empty());
        assert_eq!(record.engaged, 0);
        assert_eq!(record.created_at, test_now());

        // Vetting steps tick and untick; another municipality reaches none.
        for (step, done) in [
            (VettingStep::Interview, true),
            (VettingStep::PoliceCertificate, true),
            (VettingStep::Training, true),
            (VettingStep::Interview, false),
        ] {
            assert!(
                store
                    .set_vetting_step(HARAM, id, step, done, hours(2))
                    .await
                    .unwrap()
            );
        }
        assert!(
            !store
                .set_vetting_step("sula", id, VettingStep::Interview, true, hours(2))
                .await
                .unwrap()
        );
        let record = store.mentor_in(HARAM, id).await.unwrap().unwrap();
        assert_eq!(
            record.vetting,
            BTreeSet::from([VettingStep::Training, VettingStep::PoliceCertificate]),
            "{}",
            db.label
        );
        assert!(record.for_matching().may_meet_children);
        assert!(store.mentor_in("sula", id).await.unwrap().is_none());

        // The status is a compare-and-set on the statuses it may leave.
        let approve = |from: &'static [MentorStatus], source: &'static str| {
            let store = store.clone();
            async move {
                store
                    .set_mentor_status(
                        HARAM,
                        id,
                        from,
                        MentorStatus::Approved,
                        Some("welcome"),
                        &notice(source),
                        hours(3),
                    )
                    .await
                    .unwrap()
            }
        };
        assert!(!approve(&[MentorStatus::Paused], "status:1").await);
        assert_eq!(db.queued().await, 1, "{}", db.label);
        assert!(approve(&[MentorStatus::Vetting], "status:2").await);
        assert!(!approve(&[MentorStatus::Vetting], "status:3").await);
        assert_eq!(db.queued().await, 2, "{}", db.label);
        let record = store.mentor_of(chat).await.unwrap().unwrap();
        assert_eq!(record.status, MentorStatus::Approved);
        assert_eq!(record.reason.as_deref(), Some("welcome"));
        assert_eq!(record.updated_at, hours(3));
        let approved = store
            .mentors_in(HARAM, &[MentorStatus::Approved, MentorStatus::Paused])
            .await
            .unwrap();
        assert_eq!(approved.iter().map(|m| m.id).collect::<Vec<_>>(), [id]);
        assert!(
            store
                .mentors_in(HARAM, &[MentorStatus::Vetting])
                .await
                .unwrap()
                .is_empty()
        );

        // A changed profile keeps the municipality.
        let mut changed = volunteer("Odd Arne", 3);
        changed.municipality = Some("sula".into());
        assert!(
            store
                .update_mentor_profile(chat, &changed, Locale::En, hours(4))
                .await
                .unwrap()
        );
        let record = store.mentor_of(chat).await.unwrap().unwrap();
        assert_eq!(record.first_name(), "Odd Arne");
        assert_eq!(record.profile.capacity, Some(3));
        assert_eq!(record.profile.municipality.as_deref(), Some(HARAM));
        assert_eq!(record.municipality, HARAM);
        assert_eq!(record.locale, Locale::En);
        assert!(
            !store
                .update_mentor_profile(ChatKey::telegram(11), &changed, Locale::En, hours(4))
                .await
                .unwrap()
        );
    }
}

#[tokio::test]
async fn the_pool_keeps_how_long_a_newcomer_has_waited() {
    for (db, _keep) in common::each_store().await {
        let store = &db.store;
        let seeker = db.newcomer(20, Household::Children).await;
        let chat = ChatKey::telegram(20);
        let wish = Wish {
            hopes: BTreeSet::from([Help::JobSearch]),
            prefers: None,
        };
        let again = store.join_pool(chat, HARAM, &wish, hours(5)).await.unwrap();
        assert_eq!(again, seeker, "{}", db.label);
        let entry = store.pool_entry_of(chat).await.unwrap().unwrap();
        assert_eq!(entry.wish, wish);
        assert_eq!(entry.waiting_since, test_now());

        let seekers = store.waiting_seekers(HARAM).await.unwrap();
        assert_eq!(seekers.len(), 1, "{}", db.label);
        let found = &seekers[0];
        assert_eq!(found.id, seeker);
        assert_eq!(found.language, "uk");
        assert!(found.has_children);
        assert_eq!(found.hopes, wish.hopes);
        assert!(found.ended_with.is_empty());
        assert!(store.waiting_seekers("sula").await.unwrap().is_empty());

        assert!(
            store
                .leave_pool(chat, &notice("leave"), hours(6))
                .await
                .unwrap()
        );
        assert!(
            !store
                .leave_pool(chat, &notice("leave:2"), hours(6))
                .await
                .unwrap()
        );
        assert!(store.pool_entry_of(chat).await.unwrap().is_none());
        assert_eq!(db.queued().await, 1, "{}", db.label);
    }
}

#[tokio::test]
async fn proposals_are_replaced_and_a_proposal_is_confirmed_once() {
    for (db, _keep) in common::each_store().await {
        let store = &db.store;
        let mentor = db.mentor(30, "Kari", 2).await;
        let seeker = db.newcomer(31, Household::Alone).await;
        let other = db.newcomer(32, Household::Alone).await;
        db.propose(&[(mentor, seeker), (mentor, other)]).await;
        let [id] = db.propose(&[(mentor, seeker)]).await[..] else {
            unreachable!()
        };
        // A pair with another municipality's newcomer is not proposed.
        let stranger = store
            .join_pool(ChatKey::telegram(33), "sula", &Wish::default(), test_now())
            .await
            .unwrap();
        store
            .replace_proposals(
                HARAM,
                &[
                    NewProposal {
                        mentor_id: mentor,
                        seeker_id: seeker,
                        score: 55,
                        reasons: vec![Reason::Waited(3)],
                    },
                    NewProposal {
                        mentor_id: mentor,
                        seeker_id: stranger,
                        score: 99,
                        reasons: vec![],
                    },
                ],
                test_now(),
            )
            .await
            .unwrap();
        let proposals = store
            .matches_in(HARAM, &[MatchStatus::Proposed])
            .await
            .unwrap();
        assert_eq!(proposals.len(), 1, "{}", db.label);
        let proposal = &proposals[0];
        assert_ne!(proposal.id, id, "{}: replaced", db.label);
        assert_eq!(proposal.score, 55);
        assert_eq!(proposal.reasons, [Reason::Waited(3)]);
        assert_eq!(proposal.mentor_name, "Kari");
        assert_eq!(proposal.mentor_chat, ChatKey::telegram(30));
        assert_eq!(proposal.newcomer_chat, ChatKey::telegram(31));
        assert_eq!(proposal.newcomer_locale, Locale::Uk);
        let id = proposal.id;

        assert_eq!(
            db.confirm(id, "ask:1").await,
            Confirmed::Asked,
            "{}",
            db.label
        );
        assert_eq!(
            db.confirm(id, "ask:2").await,
            Confirmed::Gone,
            "{}",
            db.label
        );
        assert_eq!(db.queued().await, 1, "{}", db.label);
        assert_eq!(db.status(id).await, MatchStatus::AskingMentor);
        assert_eq!(db.engaged(mentor).await, 1);
        assert!(!store.skip_proposal(HARAM, id, hours(1)).await.unwrap());
        assert_eq!(db.waiting().await, [other], "{}", db.label);
        // Confirmed matches survive the next matching run.
        db.propose(&[(mentor, other)]).await;
        assert_eq!(db.status(id).await, MatchStatus::AskingMentor);
        assert_eq!(
            store
                .confirm_proposal("sula", id, &[], test_now())
                .await
                .unwrap(),
            Confirmed::Gone
        );
    }
}

#[tokio::test]
async fn a_full_mentor_and_a_matched_newcomer_cannot_be_asked_again() {
    for (db, _keep) in common::each_store().await {
        let one = db.mentor(40, "Per", 1).await;
        let two = db.mentor(41, "Pål", 2).await;
        let a = db.newcomer(42, Household::Alone).await;
        let b = db.newcomer(43, Household::Alone).await;
        let ids = db.propose(&[(one, a), (one, b), (two, a)]).await;

        assert_eq!(db.confirm(ids[0], "ask:a").await, Confirmed::Asked);
        assert_eq!(
            db.confirm(ids[1], "ask:b").await,
            Confirmed::MentorUnavailable,
            "{}",
            db.label
        );
        assert_eq!(
            db.confirm(ids[2], "ask:c").await,
            Confirmed::NewcomerUnavailable,
            "{}",
            db.label
        );
        // Nothing of the refused ones changed or was queued.
        assert_eq!(db.status(ids[1]).await, MatchStatus::Proposed);
        assert_eq!(db.status(ids[2]).await, MatchStatus::Proposed);
        assert_eq!((db.engaged(one).await, db.engaged(two).await), (1, 0));
        assert_eq!(db.queued().await, 1, "{}", db.label);

        // A paused mentor is not asked.
        let paused = db
            .store
            .set_mentor_status(
                HARAM,
                two,
                &[MentorStatus::Approved],
                MentorStatus::Paused,
                None,
                &[],
                test_now(),
            )
            .await
            .unwrap();
        assert!(paused);
        let [id] = db.propose(&[(two, b)]).await[..] else {
            unreachable!()
        };
        assert_eq!(db.confirm(id, "ask:d").await, Confirmed::MentorUnavailable);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn racing_confirmations_never_overfill_a_mentor_or_double_book_a_newcomer() {
    for (db, _keep) in common::each_store().await {
        for round in 0..8 {
            let base = 1_000 + round * 10;
            // One place, two newcomers.
            let mentor = db.mentor(base, "Siv", 1).await;
            let a = db.newcomer(base + 1, Household::Alone).await;
            let b = db.newcomer(base + 2, Household::Alone).await;
            // One newcomer, two mentors.
            let m1 = db.mentor(base + 3, "Ola", 3).await;
            let m2 = db.mentor(base + 4, "Ida", 3).await;
            let c = db.newcomer(base + 5, Household::Alone).await;
            let ids = db
                .propose(&[(mentor, a), (mentor, b), (m1, c), (m2, c)])
                .await;
            let source: Vec<String> = (0..4).map(|n| format!("race:{round}:{n}")).collect();
            let (x, y, z, w) = tokio::join!(
                db.confirm(ids[0], &source[0]),
                db.confirm(ids[1], &source[1]),
                db.confirm(ids[2], &source[2]),
                db.confirm(ids[3], &source[3]),
            );
            let mut first = [x, y];
            first.sort_by_key(|c| format!("{c:?}"));
            assert_eq!(
                first,
                [Confirmed::Asked, Confirmed::MentorUnavailable],
                "{} round {round}",
                db.label
            );
            let mut second = [z, w];
            second.sort_by_key(|c| format!("{c:?}"));
            assert_eq!(
                second,
                [Confirmed::Asked, Confirmed::NewcomerUnavailable],
                "{} round {round}",
                db.label
            );
            assert_eq!(db.engaged(mentor).await, 1, "{}", db.label);
            assert_eq!(db.engaged(m1).await + db.engaged(m2).await, 1);
            let asking = db
                .store
                .matches_in(HARAM, &[MatchStatus::AskingMentor])
                .await
                .unwrap();
            assert_eq!(asking.len() as i64, 2 * (round + 1), "{}", db.label);
            // Each round's proposals are replaced by the next round's.
            db.store
                .replace_proposals(HARAM, &[], test_now())
                .await
                .unwrap();
        }
        assert_eq!(db.queued().await, 16, "{}", db.label);
    }
}
