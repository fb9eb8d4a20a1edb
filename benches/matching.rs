//! Matching benchmark: the optimal assignment of mentors (faddere) to
//! waiting newcomers (the Hungarian method with a column per mentor and its
//! free places as capacity, `src/mentors/hungarian.rs`) against the greedy
//! one, on
//!
//! - one municipality with 1 000 waiting newcomers and 500 mentors with
//!   capacity 1–3 (target < 100 ms for the assignment), and
//! - a national run: 50 000 newcomers and 20 000 mentors over 357
//!   municipalities (target < 2 s).
//!
//! Pools are generated deterministically (the same every run) with the
//! languages, interests, help, children and waiting times spread as in
//! the tests. Reported: the median time of each (release build), and the
//! total score of each assignment — how much better optimal is than greedy.
//!
//! Run: `cargo bench --bench matching`.

use std::collections::BTreeSet;
use std::time::{Duration, Instant};

use chrono::{DateTime, TimeZone, Utc};
use velkommen::mentors::{
    AgeBand, Gender, Help, Interest, Level, Mentor, MentorStatus, Seeker, Spoken, assign_greedy,
    assign_optimal,
};

const LANGUAGES: [&str; 11] = [
    "nb", "uk", "ar", "pl", "lt", "so", "ti", "prs", "en", "ru", "es",
];
const INTERESTS: [Interest; 9] = [
    Interest::OutdoorLife,
    Interest::Sport,
    Interest::Fishing,
    Interest::Cooking,
    Interest::Crafts,
    Interest::Music,
    Interest::FaithCommunity,
    Interest::ChildrensActivities,
    Interest::Culture,
];
const HELPS: [Help; 6] = [
    Help::NorwegianPractice,
    Help::SocialLife,
    Help::JobSearch,
    Help::Paperwork,
    Help::ChildrensActivities,
    Help::Driving,
];
const AGES: [AgeBand; 4] = [
    AgeBand::Under30,
    AgeBand::From30To44,
    AgeBand::From45To59,
    AgeBand::From60,
];

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 2, 12, 0, 0).unwrap()
}

/// A small deterministic generator.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) % n as u64) as usize
    }

    fn some<T: Copy + Ord>(&mut self, from: &[T], count: usize) -> BTreeSet<T> {
        (0..count).map(|_| from[self.below(from.len())]).collect()
    }
}

fn mentors(rng: &mut Lcg, count: usize, municipalities: usize, first_id: i64) -> Vec<Mentor> {
    (0..count)
        .map(|i| {
            // Most mentors are Norwegian; one in four also speaks another
            // language natively (established immigrants).
            let mut languages = vec![Spoken {
                language: "nb".into(),
                level: if rng.below(4) == 0 {
                    Level::Good
                } else {
                    Level::Native
                },
            }];
            if rng.below(4) == 0 {
                languages.push(Spoken {
                    language: LANGUAGES[1 + rng.below(LANGUAGES.len() - 1)].into(),
                    level: Level::Native,
                });
            }
            if rng.below(2) == 0 {
                languages.push(Spoken {
                    language: "en".into(),
                    level: Level::Good,
                });
            }
            Mentor {
                id: first_id + i as i64,
                municipality: format!("m{}", i % municipalities),
                status: MentorStatus::Approved,
                languages,
                gender: Some(if rng.below(2) == 0 {
                    Gender::Woman
                } else {
                    Gender::Man
                }),
                age: Some(AGES[rng.below(4)]),
                interests: rng.some(&INTERESTS, 3),
                helps: rng.some(&HELPS, 3),
                has_children: rng.below(3) == 0,
                capacity: 1 + rng.below(3) as u8,
                active: 0,
                may_meet_children: rng.below(4) != 0,
            }
        })
        .collect()
}

fn seekers(rng: &mut Lcg, count: usize, municipalities: usize, first_id: i64) -> Vec<Seeker> {
    (0..count)
        .map(|i| Seeker {
            id: first_id + i as i64,
            municipality: format!("m{}", i % municipalities),
            language: LANGUAGES[1 + rng.below(LANGUAGES.len() - 1)].into(),
            hopes: rng.some(&HELPS, 2),
            interests: rng.some(&INTERESTS, 2),
            has_children: rng.below(3) == 0,
            age: Some(AGES[rng.below(4)]),
            prefers: match rng.below(8) {
                0 => Some(Gender::Woman),
                1 => Some(Gender::Man),
                _ => None,
            },
            waiting_since: now() - chrono::Duration::days(rng.below(200) as i64),
            ended_with: BTreeSet::new(),
        })
        .collect()
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn run(label: &str, mentors: &[Mentor], seekers: &[Seeker], target: Duration, rounds: usize) {
    let mut optimal_times = Vec::new();
    let mut greedy_times = Vec::new();
    let mut optimal = None;
    let mut greedy = None;
    for _ in 0..rounds {
        let started = Instant::now();
        optimal = Some(assign_optimal(mentors, seekers, now()));
        optimal_times.push(started.elapsed());
        let started = Instant::now();
        greedy = Some(assign_greedy(mentors, seekers, now()));
        greedy_times.push(started.elapsed());
    }
    let (optimal, greedy) = (optimal.unwrap(), greedy.unwrap());
    let time = median(optimal_times);
    let slots: usize = mentors.iter().map(|m| m.free_capacity() as usize).sum();
    println!(
        "{label}: {} newcomers, {} mentors ({slots} places)\n  \
         optimal: {:.1} ms (target < {} ms: {}), {} pairs, total score {}\n  \
         greedy:  {:.1} ms, {} pairs, total score {} (optimal is {:+.1} % better)",
        seekers.len(),
        mentors.len(),
        time.as_secs_f64() * 1000.0,
        target.as_millis(),
        if time < target { "holds" } else { "MISSED" },
        optimal.pairs.len(),
        optimal.total,
        median(greedy_times).as_secs_f64() * 1000.0,
        greedy.pairs.len(),
        greedy.total,
        (optimal.total - greedy.total) as f64 * 100.0 / greedy.total.max(1) as f64,
    );
}

fn main() {
    let mut rng = Lcg(2026);
    let one_mentors = mentors(&mut rng, 500, 1, 1);
    let one_seekers = seekers(&mut rng, 1_000, 1, 1_000_000);
    run(
        "one municipality",
        &one_mentors,
        &one_seekers,
        Duration::from_millis(100),
        5,
    );
    let all_mentors = mentors(&mut rng, 20_000, 357, 1);
    let all_seekers = seekers(&mut rng, 50_000, 357, 1_000_000);
    run(
        "357 municipalities",
        &all_mentors,
        &all_seekers,
        Duration::from_secs(2),
        3,
    );
}
