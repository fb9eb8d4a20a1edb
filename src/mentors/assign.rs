//! The assignment of a municipality's pool: the highest total score with
//! each mentor's free capacity, found with the Hungarian method on one
//! column per mentor (see `hungarian`), and the greedy one it is measured
//! against.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use pathfinding::kuhn_munkres::kuhn_munkres;
use pathfinding::matrix::Matrix;

use super::hungarian;
use super::score::{MentorView, Score, SeekerView, score, total};
use super::{Mentor, Seeker};

/// A proposed pair.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pair {
    pub mentor: i64,
    pub seeker: i64,
    pub score: Score,
}

/// An assignment: its pairs and their total score.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Assignment {
    pub pairs: Vec<Pair>,
    pub total: i64,
}

impl Assignment {
    fn from_pairs(mut pairs: Vec<Pair>) -> Assignment {
        pairs.sort_by_key(|pair| (pair.seeker, pair.mentor));
        let total = pairs.iter().map(|pair| pair.score.total).sum();
        Assignment { pairs, total }
    }
}

/// The best assignment of `seekers` to `mentors`: no other gives a higher
/// total score within every mentor's free capacity. Pairs a hard rule
/// forbids are never made; a newcomer nobody fits stays waiting. Mentors
/// and newcomers of different municipalities never meet, so the pool is
/// solved one municipality at a time.
pub fn assign_optimal(mentors: &[Mentor], seekers: &[Seeker], now: DateTime<Utc>) -> Assignment {
    let mut pairs = Vec::new();
    for (municipality, seekers) in by_municipality(seekers) {
        let mentors: Vec<&Mentor> = mentors
            .iter()
            .filter(|m| m.municipality == municipality && m.free_capacity() > 0)
            .collect();
        pairs.extend(assign_municipality(&mentors, &seekers, now));
    }
    Assignment::from_pairs(pairs)
}

fn by_municipality(seekers: &[Seeker]) -> Vec<(&str, Vec<&Seeker>)> {
    let mut groups: HashMap<&str, Vec<&Seeker>> = HashMap::new();
    for seeker in seekers {
        groups.entry(&seeker.municipality).or_default().push(seeker);
    }
    let mut groups: Vec<_> = groups.into_iter().collect();
    groups.sort_by(|a, b| a.0.cmp(b.0));
    groups
}

fn assign_municipality(mentors: &[&Mentor], seekers: &[&Seeker], now: DateTime<Utc>) -> Vec<Pair> {
    if mentors.is_empty() || seekers.is_empty() {
        return Vec::new();
    }
    let views: Vec<MentorView> = mentors.iter().map(|m| MentorView::new(m)).collect();
    let assigned = match weight_matrix(&views, seekers, now) {
        Some(weights) => {
            let capacity: Vec<u32> = mentors.iter().map(|m| m.free_capacity().into()).collect();
            hungarian::assign(&weights, seekers.len(), &capacity)
        }
        None => assign_by_places(&views, seekers, now),
    };
    assigned
        .into_iter()
        .zip(seekers)
        .filter_map(|(m, seeker)| {
            let mentor = mentors[m?];
            Some(Pair {
                mentor: mentor.id,
                seeker: seeker.id,
                score: score(mentor, seeker, now)?,
            })
        })
        .collect()
}

/// Every pair's total as the solver takes it: a row per newcomer, a
/// column per mentor, [`hungarian::FORBIDDEN`] where a hard rule forbids
/// the pair. `None` if a total is beyond [`hungarian::MAX_WEIGHT`] (the
/// weights make at most a few hundred).
fn weight_matrix(
    mentors: &[MentorView],
    seekers: &[&Seeker],
    now: DateTime<Utc>,
) -> Option<Vec<i32>> {
    let mut weights = vec![hungarian::FORBIDDEN; seekers.len() * mentors.len()];
    let mut fits = true;
    for (row, seeker) in weights.chunks_exact_mut(mentors.len()).zip(seekers) {
        let seeker = SeekerView::new(seeker);
        for (cell, mentor) in row.iter_mut().zip(mentors) {
            if let Some(total) = total(mentor, &seeker, now) {
                match i32::try_from(total) {
                    Ok(total) if (0..=hungarian::MAX_WEIGHT).contains(&total) => *cell = total,
                    _ => fits = false,
                }
            }
        }
    }
    fits.then_some(weights)
}

/// Each newcomer's mentor (an index into `mentors`, `None` for none) by
/// Kuhn–Munkres on one column per free place: slower, for totals too
/// large for [`hungarian::assign`].
fn assign_by_places(
    mentors: &[MentorView],
    seekers: &[&Seeker],
    now: DateTime<Utc>,
) -> Vec<Option<usize>> {
    // One slot per free place: a mentor with room for two is two columns.
    let slots: Vec<usize> = mentors
        .iter()
        .enumerate()
        .flat_map(|(i, m)| std::iter::repeat_n(i, m.mentor.free_capacity() as usize))
        .collect();
    if slots.is_empty() || seekers.is_empty() {
        return vec![None; seekers.len()];
    }
    let totals: Vec<Vec<i64>> = seekers
        .iter()
        .map(|seeker| {
            let seeker = SeekerView::new(seeker);
            mentors
                .iter()
                .map(|mentor| total(mentor, &seeker, now).unwrap_or(0))
                .collect()
        })
        .collect();
    // Kuhn–Munkres assigns every row; rows must not outnumber columns, so
    // the smaller side is the rows. A forbidden pair weighs 0, the same as
    // no pair: every allowed one weighs at least 1, so the perfect
    // assignment's allowed pairs are a best partial one (the caller drops
    // the forbidden ones).
    let seekers_are_rows = seekers.len() <= slots.len();
    let weights = if seekers_are_rows {
        Matrix::from_fn(seekers.len(), slots.len(), |(s, slot)| {
            totals[s][slots[slot]]
        })
    } else {
        Matrix::from_fn(slots.len(), seekers.len(), |(slot, s)| {
            totals[s][slots[slot]]
        })
    };
    let (_, assigned) = kuhn_munkres(&weights);
    let mut mentor_of = vec![None; seekers.len()];
    for (row, column) in assigned.into_iter().enumerate() {
        let (s, slot) = if seekers_are_rows {
            (row, column)
        } else {
            (column, row)
        };
        mentor_of[s] = Some(slots[slot]);
    }
    mentor_of
}

/// The greedy assignment, for comparison: the best-scoring pair first,
/// then the best of what is left, and so on.
pub fn assign_greedy(mentors: &[Mentor], seekers: &[Seeker], now: DateTime<Utc>) -> Assignment {
    let mut pairs = Vec::new();
    for (municipality, seekers) in by_municipality(seekers) {
        let mentors: Vec<&Mentor> = mentors
            .iter()
            .filter(|m| m.municipality == municipality && m.free_capacity() > 0)
            .collect();
        let views: Vec<MentorView> = mentors.iter().map(|m| MentorView::new(m)).collect();
        let mut candidates: Vec<(i64, usize, usize)> = Vec::new();
        for (s, seeker) in seekers.iter().enumerate() {
            let seeker = SeekerView::new(seeker);
            for (m, mentor) in views.iter().enumerate() {
                if let Some(total) = total(mentor, &seeker, now) {
                    candidates.push((total, s, m));
                }
            }
        }
        candidates.sort_by(|a, b| {
            b.0.cmp(&a.0)
                .then(seekers[a.1].id.cmp(&seekers[b.1].id))
                .then(mentors[a.2].id.cmp(&mentors[b.2].id))
        });
        let mut room: Vec<u8> = mentors.iter().map(|m| m.free_capacity()).collect();
        let mut matched = vec![false; seekers.len()];
        for (_, s, m) in candidates {
            if room[m] == 0 || matched[s] {
                continue;
            }
            room[m] -= 1;
            matched[s] = true;
            if let Some(score) = score(mentors[m], seekers[s], now) {
                pairs.push(Pair {
                    mentor: mentors[m].id,
                    seeker: seekers[s].id,
                    score,
                });
            }
        }
    }
    Assignment::from_pairs(pairs)
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use chrono::{DateTime, Duration, TimeZone, Utc};

    use super::{MentorView, assign_by_places, hungarian, weight_matrix};
    use crate::mentors::{
        AgeBand, Gender, Help, Interest, Level, Mentor, MentorStatus, Seeker, Spoken,
    };

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 12, 2, 12, 0, 0).unwrap()
    }

    /// A small deterministic generator.
    struct Lcg(u64);

    impl Lcg {
        fn below(&mut self, n: u64) -> u64 {
            self.0 = self
                .0
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (self.0 >> 33) % n
        }

        fn pick<T: Copy>(&mut self, from: &[T]) -> T {
            from[self.below(from.len() as u64) as usize]
        }
    }

    const LANGUAGES: [&str; 5] = ["nb", "ar", "uk", "so", "pl"];
    const INTERESTS: [Interest; 3] = [Interest::Fishing, Interest::Music, Interest::Sport];
    const HELPS: [Help; 3] = [Help::JobSearch, Help::Paperwork, Help::Driving];
    const AGES: [AgeBand; 2] = [AgeBand::Under30, AgeBand::From60];
    const GENDERS: [Gender; 2] = [Gender::Woman, Gender::Man];

    fn pool(rng: &mut Lcg) -> (Vec<Mentor>, Vec<Seeker>) {
        let mentors: Vec<Mentor> = (0..1 + rng.below(8) as i64)
            .map(|id| Mentor {
                id,
                municipality: "flakstad".into(),
                status: MentorStatus::Approved,
                languages: vec![Spoken {
                    language: rng.pick(&LANGUAGES).into(),
                    level: rng.pick(&[Level::Basic, Level::Native]),
                }],
                gender: Some(rng.pick(&GENDERS)),
                age: Some(rng.pick(&AGES)),
                interests: BTreeSet::from([rng.pick(&INTERESTS)]),
                helps: BTreeSet::from([rng.pick(&HELPS)]),
                has_children: rng.below(2) == 0,
                capacity: 1 + rng.below(3) as u8,
                active: 0,
                may_meet_children: rng.below(3) != 0,
            })
            .collect();
        let seekers: Vec<Seeker> = (100..100 + rng.below(14) as i64)
            .map(|id| Seeker {
                id,
                municipality: "flakstad".into(),
                language: rng.pick(&LANGUAGES).into(),
                hopes: BTreeSet::from([rng.pick(&HELPS)]),
                interests: BTreeSet::from([rng.pick(&INTERESTS)]),
                has_children: rng.below(2) == 0,
                age: Some(rng.pick(&AGES)),
                prefers: if rng.below(4) == 0 {
                    Some(rng.pick(&GENDERS))
                } else {
                    None
                },
                waiting_since: now() - Duration::days(rng.below(300) as i64),
                ended_with: BTreeSet::from([rng.below(10) as i64]),
            })
            .collect();
        (mentors, seekers)
    }

    /// The total of `assigned` (each seeker's mentor index), checking it
    /// keeps every capacity and hard rule.
    fn total_of(assigned: &[Option<usize>], weights: &[i32], mentors: &[Mentor]) -> i64 {
        let mut taken = vec![0u8; mentors.len()];
        let mut total = 0;
        for (s, m) in assigned.iter().enumerate() {
            if let Some(m) = *m {
                let weight = weights[s * mentors.len() + m];
                if weight != hungarian::FORBIDDEN {
                    taken[m] += 1;
                    total += i64::from(weight);
                }
            }
        }
        for (m, mentor) in mentors.iter().enumerate() {
            assert!(taken[m] <= mentor.free_capacity());
        }
        total
    }

    /// The Kuhn–Munkres fallback for totals too large for the fast solver
    /// finds assignments as good as the fast one.
    #[test]
    fn the_fallback_is_as_good_as_the_fast_solver() {
        let mut rng = Lcg(42);
        for case in 0..200 {
            let (mentors, seekers) = pool(&mut rng);
            let views: Vec<MentorView> = mentors.iter().map(MentorView::new).collect();
            let seekers: Vec<&Seeker> = seekers.iter().collect();
            let weights = weight_matrix(&views, &seekers, now()).unwrap();
            let capacity: Vec<u32> = mentors.iter().map(|m| m.free_capacity().into()).collect();
            let fast = hungarian::assign(&weights, seekers.len(), &capacity);
            let fallback = assign_by_places(&views, &seekers, now());
            assert_eq!(
                total_of(&fast, &weights, &mentors),
                total_of(&fallback, &weights, &mentors),
                "case {case}"
            );
        }
    }
}
