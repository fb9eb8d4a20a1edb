//! How well typed questions find their topic, on two labelled sets written
//! without looking at the keyword lists: top-3 (and top-1) accuracy overall
//! and per language.
//!
//! - `tests/data/guide_questions.toml`: questions in the ten languages
//!   (target ≥ 85 % top-3);
//! - `tests/data/guide_questions_people.toml`: questions as people type
//!   them — situations instead of topic names, Russian from Ukrainians,
//!   dialect Arabic and Arabic in Latin letters, no diacritics (target
//!   ≥ 90 % top-3).
//!
//! `cargo test --test guide_questions -- --nocapture` prints the tables.

mod common;

use std::collections::BTreeMap;

use common::{LabelledSet, repo_path, test_now};
use velkommen::guide::{self, Guide};

fn shipped_guide() -> Guide {
    let mut findings = Vec::new();
    guide::load(
        &repo_path("content/guide"),
        test_now().date_naive(),
        &mut findings,
    )
}

/// Prints the table for one set and returns its top-3 accuracy.
fn evaluate(name: &str, guide: &Guide, set: &LabelledSet) -> f64 {
    let mut per_locale: BTreeMap<String, (usize, usize, usize)> = BTreeMap::new();
    let mut misses = Vec::new();
    for q in &set.questions {
        let expected = q.topic.as_deref().expect("every question has a topic");
        assert!(guide.topic(expected).is_some(), "unknown label {expected}");
        let found: Vec<&str> = guide
            .search(&q.text, 3)
            .into_iter()
            .map(|t| t.id.as_str())
            .collect();
        let entry = per_locale.entry(q.locale.clone()).or_default();
        entry.0 += 1;
        if found.first() == Some(&expected) {
            entry.1 += 1;
        }
        if found.contains(&expected) {
            entry.2 += 1;
        } else {
            misses.push(format!(
                "{} {:?} → {found:?} (want {expected})",
                q.locale, q.text
            ));
        }
    }
    let total: usize = per_locale.values().map(|v| v.0).sum();
    let top1: usize = per_locale.values().map(|v| v.1).sum();
    let top3: usize = per_locale.values().map(|v| v.2).sum();
    println!("{name}");
    println!("locale  questions  top-1  top-3");
    for (locale, (n, one, three)) in &per_locale {
        println!(
            "{locale:6}  {n:9}  {:4.0} %  {:4.0} %",
            100.0 * *one as f64 / *n as f64,
            100.0 * *three as f64 / *n as f64
        );
    }
    let accuracy = top3 as f64 / total as f64;
    println!(
        "all     {total:9}  {:4.1} %  {:4.1} %",
        100.0 * top1 as f64 / total as f64,
        100.0 * accuracy
    );
    let noisy: Vec<String> = set
        .unrelated
        .iter()
        .filter_map(|q| {
            let found = guide.search(&q.text, 3);
            (!found.is_empty()).then(|| {
                let ids: Vec<&str> = found.iter().map(|t| t.id.as_str()).collect();
                format!("{} {:?} → {ids:?}", q.locale, q.text)
            })
        })
        .collect();
    println!(
        "unrelated texts with no topic offered: {} of {}",
        set.unrelated.len() - noisy.len(),
        set.unrelated.len()
    );
    println!(
        "unrelated texts that were offered a topic:\n{}",
        noisy.join("\n")
    );
    println!("misses:\n{}\n", misses.join("\n"));
    accuracy
}

#[test]
fn typed_questions_find_their_topic_in_the_top_three() {
    let guide = shipped_guide();
    let set = common::labelled_questions("guide_questions.toml");
    assert!(set.questions.len() >= 150);
    let accuracy = evaluate("guide_questions.toml", &guide, &set);
    assert!(
        accuracy >= 0.85,
        "top-3 accuracy {:.1} % is below 85 %",
        100.0 * accuracy
    );
}

#[test]
fn questions_as_people_type_them_find_their_topic_in_the_top_three() {
    let guide = shipped_guide();
    let set = common::labelled_questions("guide_questions_people.toml");
    assert!(set.questions.len() >= 200);
    for locale in [
        "nb", "nn", "en", "uk", "pl", "lt", "ar", "so", "ti", "prs", "ru",
    ] {
        assert!(
            set.questions.iter().any(|q| q.locale == locale),
            "no questions in {locale}"
        );
    }
    let accuracy = evaluate("guide_questions_people.toml", &guide, &set);
    assert!(
        accuracy >= 0.90,
        "top-3 accuracy {:.1} % is below 90 %",
        100.0 * accuracy
    );
}
