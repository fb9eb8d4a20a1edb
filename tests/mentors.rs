//! Matching mentors (faddere) with newcomers: the score's hard rules and
//! reasons, and an assignment that is optimal, not greedy.

use std::collections::BTreeSet;

use chrono::{DateTime, Duration, TimeZone, Utc};
use velkommen::mentors::score as score_of;
use velkommen::mentors::{
    AgeBand, Gender, Help, Interest, Level, Mentor, MentorStatus, Reason, Seeker, Spoken,
    assign_greedy, assign_optimal, weights,
};

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 2, 12, 0, 0).unwrap()
}

fn mentor(id: i64, languages: &[(&str, Level)]) -> Mentor {
    Mentor {
        id,
        municipality: "vestvagoy".into(),
        status: MentorStatus::Approved,
        languages: languages
            .iter()
            .map(|(language, level)| Spoken {
                language: (*language).into(),
                level: *level,
            })
            .collect(),
        gender: None,
        age: None,
        interests: BTreeSet::new(),
        helps: BTreeSet::new(),
        has_children: false,
        capacity: 1,
        active: 0,
        may_meet_children: true,
    }
}

fn seeker(id: i64, language: &str) -> Seeker {
    Seeker {
        id,
        municipality: "vestvagoy".into(),
        language: language.into(),
        hopes: BTreeSet::new(),
        interests: BTreeSet::new(),
        has_children: false,
        age: None,
        prefers: None,
        waiting_since: now(),
        ended_with: BTreeSet::new(),
    }
}

/// Leknes: a retired fisherman and an engineer from Syria who has lived
/// here eight years; an Arabic-speaking family with children and a Polish
/// labour migrant who wants Norwegian practice.
#[test]
fn the_engineer_meets_the_family_and_the_fisherman_the_polish_worker() {
    let mut fisherman = mentor(1, &[("nb", Level::Native), ("en", Level::Basic)]);
    fisherman.interests = BTreeSet::from([Interest::Fishing, Interest::OutdoorLife]);
    fisherman.helps = BTreeSet::from([Help::NorwegianPractice, Help::SocialLife]);
    fisherman.age = Some(AgeBand::From60);
    let mut engineer = mentor(2, &[("ar", Level::Native), ("nb", Level::Good)]);
    engineer.has_children = true;
    engineer.helps = BTreeSet::from([Help::Paperwork, Help::ChildrensActivities]);
    engineer.interests = BTreeSet::from([Interest::OutdoorLife]);
    let mut family = seeker(10, "ar");
    family.has_children = true;
    family.hopes = BTreeSet::from([Help::ChildrensActivities]);
    family.interests = BTreeSet::from([Interest::OutdoorLife]);
    let mut worker = seeker(11, "pl");
    worker.hopes = BTreeSet::from([Help::NorwegianPractice]);
    worker.interests = BTreeSet::from([Interest::Fishing]);

    let assignment = assign_optimal(&[fisherman, engineer], &[family, worker], now());

    let pairs: Vec<(i64, i64)> = assignment
        .pairs
        .iter()
        .map(|p| (p.seeker, p.mentor))
        .collect();
    assert_eq!(pairs, vec![(10, 2), (11, 1)]);
    let family_pair = &assignment.pairs[0];
    assert!(
        family_pair
            .score
            .reasons
            .contains(&Reason::SharedLanguage("ar".into()))
    );
    assert!(family_pair.score.reasons.contains(&Reason::Bridge));
    assert!(
        family_pair
            .score
            .reasons
            .contains(&Reason::BothHaveChildren)
    );
    assert!(
        family_pair
            .score
            .reasons
            .contains(&Reason::SharedInterests(vec![Interest::OutdoorLife]))
    );
    assert_eq!(
        family_pair.score.total,
        weights::BASE
            + weights::SHARED_LANGUAGE
            + weights::BRIDGE
            + weights::INTEREST
            + weights::HELP
            + weights::CHILDREN
    );
    let worker_pair = &assignment.pairs[1];
    assert!(
        worker_pair
            .score
            .reasons
            .contains(&Reason::HelpOffered(vec![Help::NorwegianPractice]))
    );
}

/// Greedy takes the single best pair first and is left with a poor one;
/// the optimal assignment gives up a little there for much more overall.
#[test]
fn the_assignment_is_optimal_where_greedy_is_worse() {
    // Seeker 10 speaks Ukrainian and fits both mentors; seeker 11 speaks
    // Somali, which only mentor 1 speaks.
    let mut both = mentor(1, &[("uk", Level::Native), ("so", Level::Native)]);
    both.helps = BTreeSet::from([Help::Paperwork]);
    let ukrainian = mentor(2, &[("uk", Level::Good)]);
    let mut first = seeker(10, "uk");
    first.hopes = BTreeSet::from([Help::Paperwork]);
    let second = seeker(11, "so");
    let mentors = [both, ukrainian];
    let seekers = [first, second];

    let greedy = assign_greedy(&mentors, &seekers, now());
    let optimal = assign_optimal(&mentors, &seekers, now());

    // Greedy: 10 with 1 (language and paperwork), then 11 has nobody who
    // speaks Somali left and gets mentor 2 for the base score only.
    let greedy_pairs: Vec<(i64, i64)> = greedy.pairs.iter().map(|p| (p.seeker, p.mentor)).collect();
    assert_eq!(greedy_pairs, vec![(10, 1), (11, 2)]);
    let optimal_pairs: Vec<(i64, i64)> =
        optimal.pairs.iter().map(|p| (p.seeker, p.mentor)).collect();
    assert_eq!(optimal_pairs, vec![(10, 2), (11, 1)]);
    assert!(
        optimal.total > greedy.total,
        "{} vs {}",
        optimal.total,
        greedy.total
    );
}

#[test]
fn hard_rules_are_never_broken() {
    let now = now();
    let mut woman = mentor(1, &[("nb", Level::Native)]);
    woman.gender = Some(Gender::Woman);
    let mut man = mentor(2, &[("ar", Level::Native)]);
    man.gender = Some(Gender::Man);
    let mut paused = mentor(3, &[("ar", Level::Native)]);
    paused.status = MentorStatus::Paused;
    let mut vetting = mentor(4, &[("ar", Level::Native)]);
    vetting.status = MentorStatus::Vetting;
    let mut elsewhere = mentor(5, &[("ar", Level::Native)]);
    elsewhere.municipality = "haram".into();
    let mut full = mentor(6, &[("ar", Level::Native)]);
    full.capacity = 2;
    full.active = 2;

    // She asked for a woman: the Arabic-speaking man is not proposed,
    // however well he fits.
    let mut asks_for_a_woman = seeker(10, "ar");
    asks_for_a_woman.prefers = Some(Gender::Woman);
    let assignment = assign_optimal(
        &[woman.clone(), man.clone(), paused, vetting, elsewhere, full],
        std::slice::from_ref(&asks_for_a_woman),
        now,
    );
    let pairs: Vec<(i64, i64)> = assignment
        .pairs
        .iter()
        .map(|p| (p.seeker, p.mentor))
        .collect();
    assert_eq!(pairs, vec![(10, 1)]);

    // A pair whose match ended is not proposed again; nobody else fits, so
    // the newcomer waits.
    asks_for_a_woman.ended_with.insert(1);
    let assignment = assign_optimal(&[woman, man], &[asks_for_a_woman], now);
    assert!(assignment.pairs.is_empty());
}

#[test]
fn a_mentor_takes_as_many_as_their_free_capacity_and_the_rest_wait() {
    let mut two = mentor(1, &[("nb", Level::Native)]);
    two.capacity = 3;
    two.active = 1;
    let seekers: Vec<Seeker> = (10..14).map(|id| seeker(id, "pl")).collect();

    let assignment = assign_optimal(&[two], &seekers, now());

    assert_eq!(assignment.pairs.len(), 2, "{assignment:?}");
    assert!(assignment.pairs.iter().all(|p| p.mentor == 1));
}

#[test]
fn those_who_waited_longer_come_first_and_waiting_counts_up_to_half_a_year() {
    let one = mentor(1, &[("nb", Level::Native)]);
    let mut waited = seeker(10, "pl");
    waited.waiting_since = now() - Duration::weeks(5);
    let new = seeker(11, "pl");

    let assignment = assign_optimal(std::slice::from_ref(&one), &[new, waited.clone()], now());
    assert_eq!(assignment.pairs.len(), 1);
    assert_eq!(assignment.pairs[0].seeker, 10);
    assert!(
        assignment.pairs[0]
            .score
            .reasons
            .contains(&Reason::Waited(5))
    );

    waited.waiting_since = now() - Duration::weeks(200);
    let long = assign_optimal(&[one], &[waited], now());
    assert!(
        long.pairs[0]
            .score
            .reasons
            .contains(&Reason::Waited(weights::MAX_WEEKS))
    );
}

/// A small deterministic generator, so the pools are the same every run.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, below: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % below
    }
}

/// The best total by trying every way: each seeker gets one of the mentors
/// with room, or none.
fn brute_force(mentors: &[Mentor], seekers: &[Seeker]) -> i64 {
    fn go(i: usize, mentors: &[Mentor], seekers: &[Seeker], room: &mut Vec<u8>) -> i64 {
        if i == seekers.len() {
            return 0;
        }
        let mut best = go(i + 1, mentors, seekers, room);
        for (m, mentor) in mentors.iter().enumerate() {
            if room[m] == 0 {
                continue;
            }
            if let Some(score) = velkommen::mentors::assign_optimal(
                std::slice::from_ref(mentor),
                std::slice::from_ref(&seekers[i]),
                now(),
            )
            .pairs
            .first()
            .map(|p| p.score.total)
            {
                room[m] -= 1;
                best = best.max(score + go(i + 1, mentors, seekers, room));
                room[m] += 1;
            }
        }
        best
    }
    let mut room: Vec<u8> = mentors.iter().map(Mentor::free_capacity).collect();
    go(0, mentors, seekers, &mut room)
}

#[test]
fn on_random_small_pools_the_assignment_is_as_good_as_trying_every_way() {
    let languages = ["nb", "ar", "uk", "pl", "so", "ti"];
    let interests = [
        Interest::OutdoorLife,
        Interest::Fishing,
        Interest::Cooking,
        Interest::Music,
    ];
    let helps = [
        Help::NorwegianPractice,
        Help::JobSearch,
        Help::Paperwork,
        Help::SocialLife,
    ];
    let mut rng = Lcg(7);
    for _ in 0..200 {
        let mentors: Vec<Mentor> = (0..1 + rng.next(4))
            .map(|id| {
                let mut m = mentor(
                    id as i64,
                    &[
                        (languages[rng.next(6) as usize], Level::Native),
                        (
                            "nb",
                            if rng.next(2) == 0 {
                                Level::Good
                            } else {
                                Level::Basic
                            },
                        ),
                    ],
                );
                m.capacity = 1 + rng.next(3) as u8;
                m.has_children = rng.next(2) == 0;
                m.gender = Some(if rng.next(2) == 0 {
                    Gender::Woman
                } else {
                    Gender::Man
                });
                m.interests = (0..2).map(|_| interests[rng.next(4) as usize]).collect();
                m.helps = (0..2).map(|_| helps[rng.next(4) as usize]).collect();
                m
            })
            .collect();
        let seekers: Vec<Seeker> = (0..1 + rng.next(6))
            .map(|id| {
                let mut s = seeker(100 + id as i64, languages[rng.next(6) as usize]);
                s.has_children = rng.next(2) == 0;
                s.prefers = match rng.next(4) {
                    0 => Some(Gender::Woman),
                    1 => Some(Gender::Man),
                    _ => None,
                };
                s.interests = (0..2).map(|_| interests[rng.next(4) as usize]).collect();
                s.hopes = (0..2).map(|_| helps[rng.next(4) as usize]).collect();
                s.waiting_since = now() - Duration::days(rng.next(100) as i64);
                s
            })
            .collect();

        let optimal = assign_optimal(&mentors, &seekers, now());

        assert_eq!(
            optimal.total,
            brute_force(&mentors, &seekers),
            "{mentors:?} {seekers:?}"
        );
        assert!(optimal.total >= assign_greedy(&mentors, &seekers, now()).total);
        // Nobody twice, no mentor over capacity.
        let mut seen = BTreeSet::new();
        assert!(optimal.pairs.iter().all(|p| seen.insert(p.seeker)));
        for m in &mentors {
            let taken = optimal.pairs.iter().filter(|p| p.mentor == m.id).count();
            assert!(taken <= m.free_capacity() as usize);
        }
    }
}

/// A family with children is matched only with a mentor whose police
/// certificate the municipality has seen, however well they fit.
#[test]
fn families_with_children_meet_only_mentors_with_a_police_certificate_seen() {
    let mut unchecked = mentor(1, &[("ar", Level::Native), ("nb", Level::Good)]);
    unchecked.has_children = true;
    unchecked.may_meet_children = false;
    let checked = mentor(2, &[("nb", Level::Native)]);
    let mut family = seeker(10, "ar");
    family.has_children = true;
    assert_eq!(score_of(&unchecked, &family, now()), None);
    let assignment = assign_optimal(&[unchecked.clone(), checked], &[family], now());
    assert_eq!(assignment.pairs.len(), 1);
    assert_eq!(assignment.pairs[0].mentor, 2);
    // A newcomer without children may still meet the first.
    let single = seeker(11, "ar");
    assert!(score_of(&unchecked, &single, now()).is_some());
}
