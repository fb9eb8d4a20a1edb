//! The pulse: from three months after registering, a follow-up asks how
//! life here is — one tap per question, each skippable. Where a national
//! survey asks the same, the wording and scale are the survey's, so that a
//! municipality can set its figure beside the national one (see
//! `../shared/FACTS.md`, "Staying and wellbeing"): life satisfaction,
//! satisfaction with the place and belonging on 0–10, how often one meets
//! good friends. Then what the study asked about: what is good about the
//! place, work, housing, a Norwegian one could call a friend, and whether
//! one expects to live here in two years, with the study's reasons to stay
//! and to leave.
//!
//! Answers are stored for statistics apart from the person: deleting one's
//! data removes the link, not the anonymous answer.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use crate::newcomers::{Category, answer_enum};

answer_enum!(
    /// "How often do you meet good friends?" (the SSB/ESS categories).
    Friends {
        Daily => "daily", "pulse-friends-daily",
        Weekly => "weekly", "pulse-friends-weekly",
        Monthly => "monthly", "pulse-friends-monthly",
        Yearly => "yearly", "pulse-friends-yearly",
        Less => "less", "pulse-friends-less",
        NoFriends => "none", "pulse-friends-none",
    }
);

answer_enum!(
    /// What can be good about a place, as the study's newcomers named it.
    Quality {
        Safety => "safety", "pulse-quality-safety",
        Nature => "nature", "pulse-quality-nature",
        People => "people", "pulse-quality-people",
        MeetingPlaces => "meeting", "pulse-quality-meeting",
        Distances => "distances", "pulse-quality-distances",
        Services => "services", "pulse-quality-services",
    }
);

answer_enum!(
    /// Whether one works, and in line with one's education.
    Work {
        InLine => "in-line", "pulse-work-in-line",
        NotInLine => "not-in-line", "pulse-work-not-in-line",
        Looking => "looking", "pulse-work-looking",
        /// At school, a Norwegian course or the introduction programme.
        Learning => "learning", "pulse-work-learning",
        NotWorking => "not", "pulse-work-not",
    }
);

answer_enum!(
    /// How one lives.
    Housing {
        Rent => "rent", "pulse-housing-rent",
        Own => "own", "pulse-housing-own",
        Municipal => "municipal", "pulse-housing-municipal",
        /// From an employer, a reception centre, short-term.
        Temporary => "temporary", "pulse-housing-temporary",
    }
);

answer_enum!(
    /// Yes, unsure, no.
    Expect {
        Yes => "yes", "pulse-expect-yes",
        Unsure => "unsure", "pulse-expect-unsure",
        No => "no", "pulse-expect-no",
    }
);

answer_enum!(
    /// Why one stays.
    StayReason {
        Work => "work", "pulse-stay-work",
        Home => "home", "pulse-stay-home",
        Safety => "safety", "pulse-stay-safety",
        Children => "children", "pulse-stay-children",
        People => "people", "pulse-stay-people",
        Nature => "nature", "pulse-stay-nature",
        Other => "other", "pulse-reason-other",
    }
);

answer_enum!(
    /// Why one might move: the study's list.
    LeaveReason {
        Education => "education", "pulse-leave-education",
        Competence => "competence", "pulse-leave-competence",
        Career => "career", "pulse-leave-career",
        Family => "family", "pulse-leave-family",
        Culture => "culture", "pulse-leave-culture",
        OwnPeople => "own-people", "pulse-leave-own-people",
        City => "city", "pulse-leave-city",
        Back => "back", "pulse-leave-back",
        Other => "other", "pulse-reason-other",
    }
);

/// One question of the pulse. The names are stored in conversation
/// states: add, never rename.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Question {
    /// Life as a whole, 0–10 (ESS/SSB).
    Life,
    /// The place one lives, 0–10.
    Place,
    /// Belonging to the place, 0–10.
    Belong,
    /// Expecting to live here in two years.
    Stay,
    /// Why one stays, or might move (after the answer to [`Question::Stay`]).
    Reasons,
    /// How often with good friends.
    Friends,
    /// A Norwegian one could call a friend.
    NorwegianFriend,
    /// What is good about the place (several).
    Good,
    Work,
    Housing,
    /// Looking to buy a home (not asked of owners).
    Buy,
}

/// How a question is answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// 0 to 10.
    Scale,
    /// One of the options.
    One,
    /// Any of the options, then "done".
    Several,
}

impl Question {
    /// The questions in the order they are asked.
    pub const ORDER: [Question; 11] = [
        Question::Life,
        Question::Place,
        Question::Belong,
        Question::Stay,
        Question::Reasons,
        Question::Friends,
        Question::NorwegianFriend,
        Question::Good,
        Question::Work,
        Question::Housing,
        Question::Buy,
    ];

    /// The stable code in buttons.
    pub fn code(self) -> &'static str {
        match self {
            Question::Life => "ls",
            Question::Place => "ps",
            Question::Belong => "bl",
            Question::Stay => "st",
            Question::Reasons => "re",
            Question::Friends => "fr",
            Question::NorwegianFriend => "nf",
            Question::Good => "go",
            Question::Work => "wo",
            Question::Housing => "ho",
            Question::Buy => "bu",
        }
    }

    pub fn from_code(code: &str) -> Option<Question> {
        Question::ORDER.into_iter().find(|q| q.code() == code)
    }

    pub fn kind(self) -> Kind {
        match self {
            Question::Life | Question::Place | Question::Belong => Kind::Scale,
            Question::Reasons | Question::Good => Kind::Several,
            _ => Kind::One,
        }
    }

    /// How many options it has (for a scale: 0 to 10 is eleven).
    pub fn options(self, answers: &Answers) -> usize {
        self.option_keys(answers).len().max(match self.kind() {
            Kind::Scale => 11,
            _ => 0,
        })
    }

    /// The message keys of its options, in order (none for a scale).
    pub fn option_keys(self, answers: &Answers) -> Vec<&'static str> {
        fn keys<T: Copy>(all: &[T], key: fn(T) -> &'static str) -> Vec<&'static str> {
            all.iter().map(|v| key(*v)).collect()
        }
        match self {
            Question::Life | Question::Place | Question::Belong => Vec::new(),
            Question::Stay => keys(Expect::ALL, Expect::label_key),
            Question::Reasons if answers.stay == Some(Expect::Yes) => {
                keys(StayReason::ALL, StayReason::label_key)
            }
            Question::Reasons => keys(LeaveReason::ALL, LeaveReason::label_key),
            Question::Friends => keys(Friends::ALL, Friends::label_key),
            Question::NorwegianFriend => vec!["pulse-yes", "pulse-no"],
            Question::Good => keys(Quality::ALL, Quality::label_key),
            Question::Work => keys(Work::ALL, Work::label_key),
            Question::Housing => keys(Housing::ALL, Housing::label_key),
            Question::Buy => keys(Expect::ALL, Expect::label_key),
        }
    }

    /// The message key of the question.
    pub fn key(self, answers: &Answers) -> &'static str {
        match self {
            Question::Life => "pulse-q-life",
            Question::Place => "pulse-q-place",
            Question::Belong => "pulse-q-belong",
            Question::Stay => "pulse-q-stay",
            Question::Reasons if answers.stay == Some(Expect::Yes) => "pulse-q-stay-reasons",
            Question::Reasons => "pulse-q-leave-reasons",
            Question::Friends => "pulse-q-friends",
            Question::NorwegianFriend => "pulse-q-norwegian-friend",
            Question::Good => "pulse-q-good",
            Question::Work => "pulse-q-work",
            Question::Housing => "pulse-q-housing",
            Question::Buy => "pulse-q-buy",
        }
    }

    /// Whether it is asked, given the answers so far: the reasons follow
    /// an answer about staying; owners are not asked whether they want to
    /// buy.
    pub fn is_asked(self, answers: &Answers) -> bool {
        match self {
            Question::Reasons => answers.stay.is_some(),
            Question::Buy => answers.housing != Some(Housing::Own),
            _ => true,
        }
    }

    /// The question asked after this one, if any.
    pub fn next(self, answers: &Answers) -> Option<Question> {
        let at = Question::ORDER.iter().position(|q| *q == self)?;
        Question::ORDER[at + 1..]
            .iter()
            .copied()
            .find(|q| q.is_asked(answers))
    }

    /// The first question.
    pub fn first() -> Question {
        Question::ORDER[0]
    }
}

fn is_false(value: &bool) -> bool {
    !value
}

/// One person's answers to one pulse, every one optional. Stored as JSON:
/// add fields, never rename them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answers {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub life: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub belong: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stay: Option<Expect>,
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub stay_reasons: BTreeSet<StayReason>,
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub leave_reasons: BTreeSet<LeaveReason>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub friends: Option<Friends>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub norwegian_friend: Option<bool>,
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub good: BTreeSet<Quality>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub work: Option<Work>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub housing: Option<Housing>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub buy: Option<Expect>,
    /// Whether they were offered a talk about staying or moving (the
    /// answer itself is not kept here: a yes becomes a case).
    #[serde(default, skip_serializing_if = "is_false")]
    pub talk_offered: bool,
}

fn toggle<T: Ord + Copy>(set: &mut BTreeSet<T>, all: &[T], index: usize) -> bool {
    let Some(value) = all.get(index) else {
        return false;
    };
    if !set.remove(value) {
        set.insert(*value);
    }
    true
}

impl Answers {
    /// Answers a one-choice or scale question with option `index`;
    /// `false` (nothing changed) if there is no such option.
    pub fn set(&mut self, question: Question, index: usize) -> bool {
        fn pick<T: Copy>(all: &[T], index: usize) -> Option<T> {
            all.get(index).copied()
        }
        let scale = (index <= 10).then_some(index as u8);
        let done = match question {
            Question::Life => scale.map(|v| self.life = Some(v)),
            Question::Place => scale.map(|v| self.place = Some(v)),
            Question::Belong => scale.map(|v| self.belong = Some(v)),
            Question::Stay => pick(Expect::ALL, index).map(|v| {
                if self.stay != Some(v) {
                    self.stay_reasons.clear();
                    self.leave_reasons.clear();
                }
                self.stay = Some(v)
            }),
            Question::Friends => pick(Friends::ALL, index).map(|v| self.friends = Some(v)),
            Question::NorwegianFriend => {
                pick(&[true, false], index).map(|v| self.norwegian_friend = Some(v))
            }
            Question::Work => pick(Work::ALL, index).map(|v| self.work = Some(v)),
            Question::Housing => pick(Housing::ALL, index).map(|v| {
                if v == Housing::Own {
                    self.buy = None;
                }
                self.housing = Some(v)
            }),
            Question::Buy => pick(Expect::ALL, index).map(|v| self.buy = Some(v)),
            Question::Reasons | Question::Good => None,
        };
        done.is_some()
    }

    /// Ticks or unticks option `index` of a question with several
    /// answers; `false` if there is no such option.
    pub fn toggle(&mut self, question: Question, index: usize) -> bool {
        match question {
            Question::Good => toggle(&mut self.good, Quality::ALL, index),
            Question::Reasons if self.stay == Some(Expect::Yes) => {
                toggle(&mut self.stay_reasons, StayReason::ALL, index)
            }
            Question::Reasons if self.stay.is_some() => {
                toggle(&mut self.leave_reasons, LeaveReason::ALL, index)
            }
            _ => false,
        }
    }

    /// Whether option `index` of a question is chosen.
    pub fn is_chosen(&self, question: Question, index: usize) -> bool {
        fn has<T: Ord + Copy>(set: &BTreeSet<T>, all: &[T], index: usize) -> bool {
            all.get(index).is_some_and(|v| set.contains(v))
        }
        fn is<T: PartialEq + Copy>(value: Option<T>, all: &[T], index: usize) -> bool {
            value.is_some() && all.get(index).copied() == value
        }
        match question {
            Question::Life => self.life == Some(index as u8),
            Question::Place => self.place == Some(index as u8),
            Question::Belong => self.belong == Some(index as u8),
            Question::Stay => is(self.stay, Expect::ALL, index),
            Question::Reasons if self.stay == Some(Expect::Yes) => {
                has(&self.stay_reasons, StayReason::ALL, index)
            }
            Question::Reasons => has(&self.leave_reasons, LeaveReason::ALL, index),
            Question::Friends => is(self.friends, Friends::ALL, index),
            Question::NorwegianFriend => is(self.norwegian_friend, &[true, false], index),
            Question::Good => has(&self.good, Quality::ALL, index),
            Question::Work => is(self.work, Work::ALL, index),
            Question::Housing => is(self.housing, Housing::ALL, index),
            Question::Buy => is(self.buy, Expect::ALL, index),
        }
    }

    /// Whether nothing is answered.
    pub fn is_empty(&self) -> bool {
        let talk = self.talk_offered;
        Answers {
            talk_offered: talk,
            ..Answers::default()
        } == *self
    }

    /// Whether this person is offered a talk with the municipality about
    /// staying or moving (the study's recommendation for refugees): a
    /// refugee who is unsure or expects to move, not offered yet in this
    /// pulse.
    pub fn offers_talk(&self, category: Option<Category>) -> bool {
        category == Some(Category::Refugee)
            && matches!(self.stay, Some(Expect::Unsure | Expect::No))
            && !self.talk_offered
    }
}

/// How long someone had lived here when they answered, in whole months:
/// from the month they said they arrived; from when they registered if
/// they had not arrived yet or did not say (they came after, so this is at
/// most it); at least a year more than that if they had come "more than a
/// year" before registering.
pub fn months_here(
    arrival: Option<crate::newcomers::Arrival>,
    registered: chrono::DateTime<chrono::Utc>,
    now: chrono::DateTime<chrono::Utc>,
) -> u32 {
    use crate::newcomers::{Arrival, YearMonth};
    let oslo = |at: chrono::DateTime<chrono::Utc>| {
        YearMonth::of(&at.with_timezone(&chrono_tz::Europe::Oslo))
    };
    let months = |from: YearMonth, to: YearMonth| {
        u32::try_from((to.year - from.year) * 12 + to.month as i32 - from.month as i32).unwrap_or(0)
    };
    let today = oslo(now);
    match arrival {
        Some(Arrival::Month(month)) => months(month, today),
        Some(Arrival::Earlier) => months(oslo(registered), today) + 12,
        Some(Arrival::NotYet) | None => months(oslo(registered), today),
    }
}

/// Every message key the pulse builds from its data: the questions and
/// their options.
pub fn label_keys() -> impl Iterator<Item = &'static str> {
    let stay = Answers {
        stay: Some(Expect::Yes),
        ..Answers::default()
    };
    let leave = Answers {
        stay: Some(Expect::No),
        ..Answers::default()
    };
    [stay, leave].into_iter().flat_map(|answers| {
        Question::ORDER
            .into_iter()
            .flat_map(move |q| {
                let mut keys = q.option_keys(&answers);
                keys.push(q.key(&answers));
                keys
            })
            .collect::<Vec<_>>()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_questions_follow_the_answers() {
        let mut answers = Answers::default();
        assert_eq!(Question::Stay.next(&answers), Some(Question::Friends));
        assert!(answers.set(Question::Stay, 1));
        assert_eq!(Question::Stay.next(&answers), Some(Question::Reasons));
        assert_eq!(
            Question::Reasons.option_keys(&answers),
            LeaveReason::ALL
                .iter()
                .map(|r| r.label_key())
                .collect::<Vec<_>>()
        );
        assert!(answers.toggle(Question::Reasons, 0));
        assert!(answers.toggle(Question::Reasons, 6));
        assert!(answers.toggle(Question::Reasons, 0));
        assert_eq!(answers.leave_reasons, BTreeSet::from([LeaveReason::City]));
        assert!(!answers.toggle(Question::Reasons, 9));
        // Changing the answer about staying drops reasons that belonged
        // to the other answer.
        assert!(answers.set(Question::Stay, 0));
        assert!(answers.leave_reasons.is_empty());
        assert!(answers.set(Question::Housing, 1));
        assert_eq!(Question::Housing.next(&answers), None);
        assert!(answers.set(Question::Housing, 0));
        assert_eq!(Question::Housing.next(&answers), Some(Question::Buy));
    }

    #[test]
    fn answers_outside_the_options_change_nothing() {
        let mut answers = Answers::default();
        assert!(!answers.set(Question::Life, 11));
        assert!(!answers.set(Question::Work, 5));
        assert!(!answers.set(Question::Good, 0));
        assert!(!answers.toggle(Question::Work, 0));
        // Reasons before the question about staying is answered.
        assert!(!answers.toggle(Question::Reasons, 0));
        assert!(answers.is_empty());
        assert!(answers.set(Question::Life, 10));
        assert!(answers.is_chosen(Question::Life, 10));
        assert!(!answers.is_empty());
    }

    #[test]
    fn only_unsure_or_leaving_refugees_are_offered_a_talk_once() {
        let mut answers = Answers::default();
        answers.set(Question::Stay, 2);
        assert!(answers.offers_talk(Some(Category::Refugee)));
        assert!(!answers.offers_talk(Some(Category::Labour)));
        answers.talk_offered = true;
        assert!(!answers.offers_talk(Some(Category::Refugee)));
        let mut staying = Answers::default();
        staying.set(Question::Stay, 0);
        assert!(!staying.offers_talk(Some(Category::Refugee)));
    }

    #[test]
    fn answers_are_stored_in_a_shape_that_can_grow() {
        let mut answers = Answers::default();
        answers.set(Question::Life, 7);
        answers.toggle(Question::Good, 1);
        let json = serde_json::to_string(&answers).unwrap();
        assert_eq!(json, r#"{"life":7,"good":["Nature"]}"#);
        let read: Answers =
            serde_json::from_str(r#"{"life":7,"good":["Nature"],"new":1}"#).unwrap();
        assert_eq!(read, answers);
    }

    #[test]
    fn time_here_counts_from_arrival_or_registration() {
        use crate::newcomers::{Arrival, YearMonth};
        use chrono::TimeZone;
        let registered = chrono::Utc.with_ymd_and_hms(2027, 3, 10, 12, 0, 0).unwrap();
        let now = chrono::Utc.with_ymd_and_hms(2027, 9, 10, 12, 0, 0).unwrap();
        let arrived = Arrival::Month(YearMonth {
            year: 2026,
            month: 12,
        });
        assert_eq!(months_here(Some(arrived), registered, now), 9);
        assert_eq!(months_here(Some(Arrival::Earlier), registered, now), 18);
        assert_eq!(months_here(None, registered, now), 6);
        assert_eq!(months_here(Some(Arrival::NotYet), registered, now), 6);
    }
}
