//! The mentor store (volunteers, the pool, matches) on SQLite and (when
//! available) PostgreSQL: compare-and-sets, capacity, and the deliveries
//! each change queues. This file holds what the tests share; the
//! volunteers, the pool and proposals are tested in `proposals.rs`, a
//! match's life and its end in `matches.rs`.

#[path = "../common/mod.rs"]
mod common;
mod matches;
mod proposals;

use chrono::{DateTime, Duration, Utc};
use common::test_now;
use std::collections::BTreeSet;
use velkommen::i18n::Locale;
use velkommen::mentors::{Help, Level, MatchStatus, MentorStatus, Reason, Side, Volunteer, Wish};
use velkommen::newcomers::{ChatKey, Household, Newcomer};
use velkommen::store::{
    Confirmed, ConversationRecord, NewDelivery, NewMentor, NewProposal, Origin, Turn,
};

const HARAM: &str = "haram";
/// Where the tests' notices go, so the outbox can be counted.
const NOTICES: i64 = 9_000;

type Db = common::StoreDb;

fn notice(source: &str) -> Vec<NewDelivery> {
    vec![NewDelivery {
        municipality: HARAM.into(),
        chat: ChatKey::telegram(NOTICES),
        source: source.into(),
        origin: Origin::Other,
        body: "{}".into(),
        urgent: false,
        not_before: test_now(),
    }]
}

fn volunteer(name: &str, capacity: u8) -> Volunteer {
    let mut profile = Volunteer {
        first_name: Some(name.into()),
        municipality: Some(HARAM.into()),
        capacity: Some(capacity),
        ..Volunteer::default()
    };
    profile.set_language("no", Some(Level::Native));
    profile.set_language("uk", Some(Level::Good));
    profile
}

fn hours(n: i64) -> DateTime<Utc> {
    test_now() + Duration::hours(n)
}

impl Db {
    async fn queued(&self) -> u64 {
        self.store
            .pending_deliveries(ChatKey::telegram(NOTICES))
            .await
            .unwrap()
    }

    /// An approved mentor with this capacity.
    async fn mentor(&self, chat: i64, name: &str, capacity: u8) -> i64 {
        let id = self
            .store
            .sign_up_mentor(
                &NewMentor {
                    chat: ChatKey::telegram(chat),
                    locale: Locale::Nb,
                    municipality: HARAM.into(),
                    profile: volunteer(name, capacity),
                },
                &[],
                test_now(),
            )
            .await
            .unwrap()
            .expect("a first sign-up");
        let approved = self
            .store
            .set_mentor_status(
                HARAM,
                id,
                &[MentorStatus::Vetting],
                MentorStatus::Approved,
                None,
                &[],
                test_now(),
            )
            .await
            .unwrap();
        assert!(approved);
        id
    }

    /// A newcomer of Haram with a place in its pool.
    async fn newcomer(&self, chat: i64, household: Household) -> i64 {
        let key = ChatKey::telegram(chat);
        let mut newcomer = Newcomer::consented(key, Locale::Uk, test_now());
        newcomer.municipality = Some(HARAM.into());
        newcomer.household = Some(household);
        newcomer.wants_mentor = Some(true);
        let conversation = ConversationRecord {
            locale: Locale::Uk,
            state: "{}".into(),
            updated_at: None,
            last_update: None,
        };
        self.store
            .save_turn(Turn {
                chat: key,
                conversation: &conversation,
                newcomer: Some(&newcomer),
                now: test_now(),
            })
            .await
            .unwrap();
        let wish = Wish {
            hopes: BTreeSet::from([Help::NorwegianPractice]),
            prefers: None,
        };
        self.store
            .join_pool(key, HARAM, &wish, test_now())
            .await
            .unwrap()
    }

    /// Proposes these pairs and returns the proposals' ids, in order.
    async fn propose(&self, pairs: &[(i64, i64)]) -> Vec<i64> {
        let proposals: Vec<NewProposal> = pairs
            .iter()
            .map(|&(mentor_id, seeker_id)| NewProposal {
                mentor_id,
                seeker_id,
                score: 40,
                reasons: vec![Reason::SharedLanguage("uk".into()), Reason::Bridge],
            })
            .collect();
        self.store
            .replace_proposals(HARAM, &proposals, test_now())
            .await
            .unwrap();
        let stored = self
            .store
            .matches_in(HARAM, &[MatchStatus::Proposed])
            .await
            .unwrap();
        pairs
            .iter()
            .map(|&(m, s)| {
                stored
                    .iter()
                    .find(|r| r.mentor_id == m && r.seeker_id == s)
                    .expect("proposed")
                    .id
            })
            .collect()
    }

    async fn engaged(&self, mentor: i64) -> u8 {
        self.store
            .mentor_in(HARAM, mentor)
            .await
            .unwrap()
            .unwrap()
            .engaged
    }

    async fn status(&self, id: i64) -> MatchStatus {
        self.store.match_by_id(id).await.unwrap().unwrap().status
    }

    async fn confirm(&self, id: i64, source: &str) -> Confirmed {
        self.store
            .confirm_proposal(HARAM, id, &notice(source), test_now())
            .await
            .unwrap()
    }

    async fn answer(&self, id: i64, side: Side, yes: bool, source: &str, at: i64) -> bool {
        let contact = yes.then_some("@someone");
        self.store
            .answer_match(id, side, yes, contact, &notice(source), hours(at))
            .await
            .unwrap()
    }

    /// Pool ids of Haram's waiting newcomers.
    async fn waiting(&self) -> Vec<i64> {
        let seekers = self.store.waiting_seekers(HARAM).await.unwrap();
        seekers.iter().map(|s| s.id).collect()
    }
}
