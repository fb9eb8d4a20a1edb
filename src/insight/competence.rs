//! The competence overview (the study's "map the competence"): what the
//! newcomers who filled in `/skills` can do and want — education, field,
//! experience, languages, driving licences, wishes — as counts for
//! everyone, protected like the rest of the insight, and, only for those
//! who said the municipality may see their answers, as a list staff can
//! act on.
//!
//! The list and the counts are published together, so the counts minus
//! the list give the figures of those who did *not* share: a count whose
//! part from non-sharers is one to four people is hidden too.

use super::protect::{Figure, Grid, K};
use super::text::{HIDDEN, decimal};
use crate::args;
use crate::i18n::{Locale, Tr};
use crate::newcomers::Category;
use crate::skills::{Education, Experience, Licence, SPOKEN, Skills, Wish, WorkField};

/// One newcomer's `/skills`, as the overview sees it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Skilled {
    pub locale: Locale,
    pub category: Option<Category>,
    pub skills: Skills,
}

/// The competence overview of a municipality.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Competence {
    /// How many filled in `/skills`.
    pub people: Figure,
    pub education: Grid,
    pub field: Grid,
    pub experience: Grid,
    pub licence: Grid,
    pub languages: Grid,
    pub wishes: Grid,
    /// Those who said the municipality may see their answers.
    pub shared: Vec<Skilled>,
}

/// A one-row grid of how many named each option (`pick` gives a person's
/// options), protected, with the counts of the non-sharers kept from
/// being worked out too.
fn grid<T: PartialEq + Copy>(
    all: &[T],
    people: &[Skilled],
    exclusive: bool,
    pick: impl Fn(&Skills) -> Vec<T>,
) -> Grid {
    let mut counts = vec![0u64; all.len()];
    let mut private = vec![0u64; all.len()];
    let mut answered = 0u64;
    let mut answered_private = 0u64;
    for person in people {
        let options = pick(&person.skills);
        if options.is_empty() {
            continue;
        }
        answered += 1;
        answered_private += u64::from(!person.skills.share_with_staff);
        for option in options {
            if let Some(j) = all.iter().position(|o| *o == option) {
                counts[j] += 1;
                private[j] += u64::from(!person.skills.share_with_staff);
            }
        }
    }
    let small = |n: u64| n > 0 && n < K;
    let mut grid = Grid::new(
        vec![counts],
        vec![answered],
        super::protect::one_group(1),
        answered,
        false,
        exclusive,
    );
    if small(answered_private) {
        grid.total.hidden = true;
        grid.rows[0].hidden = true;
    }
    for (j, n) in private.into_iter().enumerate() {
        if small(n) {
            grid.cells[0][j].hidden = true;
        }
    }
    grid.protect();
    grid
}

impl Competence {
    pub fn build(people: &[Skilled]) -> Competence {
        let spoken: Vec<&str> = SPOKEN.iter().map(|(code, _)| *code).collect();
        let private = people.iter().filter(|p| !p.skills.share_with_staff).count() as u64;
        let n = people.len() as u64;
        Competence {
            people: Figure {
                value: n,
                hidden: (n > 0 && n < K) || (private > 0 && private < K),
            },
            education: grid(Education::ALL, people, true, |s| {
                s.education.into_iter().collect()
            }),
            field: grid(WorkField::ALL, people, true, |s| {
                s.field.into_iter().collect()
            }),
            experience: grid(Experience::ALL, people, true, |s| {
                s.experience.into_iter().collect()
            }),
            licence: grid(Licence::ALL, people, true, |s| {
                s.licence.into_iter().collect()
            }),
            languages: grid(&spoken, people, false, |s| {
                spoken
                    .iter()
                    .copied()
                    .filter(|code| s.languages.iter().any(|l| l == code))
                    .collect()
            }),
            wishes: grid(Wish::ALL, people, false, |s| s.wishes.clone()),
            shared: people
                .iter()
                .filter(|p| p.skills.share_with_staff)
                .cloned()
                .collect(),
        }
    }

    /// The overview in words: paragraphs of at most about 3 500
    /// characters (a long list is split).
    /// `language_name` names a language in itself ("Українська").
    pub fn paragraphs(
        &self,
        tr: &Tr,
        municipality: &str,
        language_name: &dyn Fn(Locale) -> String,
    ) -> Vec<String> {
        let count = |f: Figure| f.shown().map_or(HIDDEN.to_owned(), |n| n.to_string());
        let mut paragraphs = vec![tr.msg_args(
            "competence-title",
            &args!["municipality" => municipality, "count" => count(self.people)],
        )];
        if self.people.value == 0 {
            return paragraphs;
        }
        let line = |key: &str, grid: &Grid, labels: Vec<String>| {
            let mut items: Vec<(Option<u64>, String)> = labels
                .into_iter()
                .enumerate()
                .map(|(j, label)| (grid.cells[0][j].shown(), label))
                .filter(|(count, _)| *count != Some(0))
                .collect();
            items.sort_by_key(|(count, _)| std::cmp::Reverse(count.unwrap_or(0)));
            let listed: Vec<String> = items
                .into_iter()
                .map(|(n, label)| {
                    let share = match (n, grid.total.shown()) {
                        (Some(n), Some(of)) if of > 0 => {
                            format!("{n} ({} %)", decimal(n as f64 * 100.0 / of as f64, 0))
                        }
                        (Some(n), _) => n.to_string(),
                        (None, _) => HIDDEN.to_owned(),
                    };
                    format!("{label} {share}")
                })
                .collect();
            format!(
                "{}\n{}",
                tr.msg_args(key, &args!["count" => count(grid.total)]),
                if listed.is_empty() {
                    "–".to_owned()
                } else {
                    listed.join(" · ")
                }
            )
        };
        let labels = |keys: Vec<&str>| keys.into_iter().map(|k| tr.msg(k)).collect::<Vec<_>>();
        paragraphs.push(
            [
                line(
                    "competence-education",
                    &self.education,
                    labels(Education::ALL.iter().map(|e| e.label_key()).collect()),
                ),
                line(
                    "competence-field",
                    &self.field,
                    labels(WorkField::ALL.iter().map(|f| f.label_key()).collect()),
                ),
                line(
                    "competence-experience",
                    &self.experience,
                    labels(Experience::ALL.iter().map(|e| e.label_key()).collect()),
                ),
                line(
                    "competence-languages",
                    &self.languages,
                    SPOKEN.iter().map(|(_, name)| (*name).to_owned()).collect(),
                ),
                line(
                    "competence-licence",
                    &self.licence,
                    labels(Licence::ALL.iter().map(|l| l.label_key()).collect()),
                ),
                line(
                    "competence-wishes",
                    &self.wishes,
                    labels(Wish::ALL.iter().map(|w| w.label_key()).collect()),
                ),
            ]
            .join("\n\n"),
        );
        let mut list = tr.msg_args(
            "competence-shared",
            &args!["count" => self.shared.len() as i64],
        );
        for person in &self.shared {
            let entry = format!("\n\n{}", person_line(tr, person, language_name));
            if list.chars().count() + entry.chars().count() > 3500 {
                paragraphs.push(std::mem::take(&mut list));
            }
            list.push_str(&entry);
        }
        paragraphs.push(list);
        paragraphs
    }
}

/// One person who shared, as staff read it (no name: staff reach them
/// through the municipality's usual channels or a case they open).
fn person_line(tr: &Tr, person: &Skilled, language_name: &dyn Fn(Locale) -> String) -> String {
    let s = &person.skills;
    let mut parts: Vec<String> = Vec::new();
    if let Some(field) = s.field {
        parts.push(tr.msg(field.label_key()));
    }
    if let Some(profession) = &s.profession {
        parts.push(format!("«{profession}»"));
    }
    if let Some(education) = s.education {
        parts.push(tr.msg(education.label_key()));
    }
    if let Some(experience) = s.experience {
        parts.push(tr.msg(experience.label_key()));
    }
    let languages: Vec<&str> = s
        .languages
        .iter()
        .filter_map(|code| crate::skills::spoken_name(code))
        .collect();
    if !languages.is_empty() {
        parts.push(languages.join(", "));
    }
    if let Some(licence) = s.licence {
        parts.push(tr.msg(licence.label_key()));
    }
    let wishes: Vec<String> = s.wishes.iter().map(|w| tr.msg(w.label_key())).collect();
    let mut text = format!("• {}", parts.join(" · "));
    if !wishes.is_empty() {
        text.push_str(&format!(
            "\n  {}",
            tr.msg_args(
                "competence-person-wishes",
                &args!["wishes" => wishes.join(", ")],
            )
        ));
    }
    let category = super::text::row_label(tr, super::RowLabel::Category(person.category));
    text.push_str(&format!(
        "\n  {}",
        tr.msg_args(
            "competence-person-who",
            &args![
                "category" => category,
                "language" => format!("{} ({})", language_name(person.locale), person.locale.code()),
            ],
        )
    ));
    text
}
