//! The assignment of a municipality's pool: the highest total score with
//! each mentor's free capacity, found with Kuhn–Munkres (one column per
//! free capacity slot), and the greedy one it is measured against.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use pathfinding::kuhn_munkres::kuhn_munkres;
use pathfinding::matrix::Matrix;

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
    // One slot per free place: a mentor with room for two is two columns.
    let slots: Vec<usize> = mentors
        .iter()
        .enumerate()
        .flat_map(|(i, m)| std::iter::repeat_n(i, m.free_capacity() as usize))
        .collect();
    if slots.is_empty() || seekers.is_empty() {
        return Vec::new();
    }
    let views: Vec<MentorView> = mentors.iter().map(|m| MentorView::new(m)).collect();
    let totals: Vec<Vec<Option<i64>>> = seekers
        .iter()
        .map(|seeker| {
            let seeker = SeekerView::new(seeker);
            views
                .iter()
                .map(|mentor| total(mentor, &seeker, now))
                .collect()
        })
        .collect();
    // Kuhn–Munkres assigns every row; rows must not outnumber columns, so
    // the smaller side is the rows. A forbidden pair weighs 0, the same as
    // no pair: every allowed one weighs at least 1, so the perfect
    // assignment's allowed pairs are a best partial one.
    let seekers_are_rows = seekers.len() <= slots.len();
    let (rows, columns) = if seekers_are_rows {
        (seekers.len(), slots.len())
    } else {
        (slots.len(), seekers.len())
    };
    let mut weights = Matrix::new(rows, columns, 0i64);
    for (s, row) in totals.iter().enumerate() {
        for (slot, &m) in slots.iter().enumerate() {
            let at = if seekers_are_rows {
                (s, slot)
            } else {
                (slot, s)
            };
            weights[at] = row[m].unwrap_or(0);
        }
    }
    let (_, assigned) = kuhn_munkres(&weights);
    assigned
        .into_iter()
        .enumerate()
        .filter_map(|(row, column)| {
            let (s, slot) = if seekers_are_rows {
                (row, column)
            } else {
                (column, row)
            };
            let mentor = mentors[slots[slot]];
            totals[s][slots[slot]]?;
            Some(Pair {
                mentor: mentor.id,
                seeker: seekers[s].id,
                score: score(mentor, seekers[s], now)?,
            })
        })
        .collect()
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
