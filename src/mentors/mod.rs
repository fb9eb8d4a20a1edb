//! Mentors (*faddere*): who volunteers, who waits for one, how well a pair
//! fits, and the best assignment of a municipality's whole pool. Plain types
//! and rules: the engine, the store and the staff screens build on them.
//!
//! The study's strongest finding is that getting to know *one* Norwegian
//! matters most, and it recommends mentors who include established
//! immigrants — people who speak the newcomer's language and Norwegian (see
//! `../shared/MISSION.md`). The score therefore weighs a shared language
//! highest, and a mentor who is that bridge higher still.

mod assign;
mod score;

use std::collections::BTreeSet;

use chrono::{DateTime, Utc};

pub use assign::{Assignment, Pair, assign_greedy, assign_optimal};
pub use score::{Reason, Score, weights};

/// How well someone speaks a language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Level {
    Basic,
    Good,
    Native,
}

/// A language someone speaks: an ISO 639 code (`nb` for Norwegian, `ar`,
/// `uk`, …) and how well.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Spoken {
    pub language: String,
    pub level: Level,
}

/// Stated only by those who want to; used only as they ask (many women
/// prefer a woman as mentor).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Gender {
    Woman,
    Man,
}

/// An age band, not an age.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum AgeBand {
    Under30,
    From30To44,
    From45To59,
    From60,
}

/// What people like to do, for a first meeting and what follows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Interest {
    OutdoorLife,
    Sport,
    Fishing,
    Cooking,
    Crafts,
    Music,
    FaithCommunity,
    ChildrensActivities,
    Culture,
}

/// What a mentor can help with, and what a newcomer hopes for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Help {
    NorwegianPractice,
    SocialLife,
    JobSearch,
    Paperwork,
    ChildrensActivities,
    Driving,
}

/// Where a mentor stands with the municipality's vetting.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MentorStatus {
    /// Signed up; vetting not finished.
    Vetting,
    Approved,
    /// Approved, but taking no new newcomers for now.
    Paused,
    Ended,
}

/// The most newcomers (or families) one mentor takes at a time.
pub const MAX_CAPACITY: u8 = 3;

/// A volunteer, as matching sees them.
#[derive(Clone, Debug)]
pub struct Mentor {
    pub id: i64,
    pub municipality: String,
    pub status: MentorStatus,
    pub languages: Vec<Spoken>,
    pub gender: Option<Gender>,
    pub age: Option<AgeBand>,
    pub interests: BTreeSet<Interest>,
    pub helps: BTreeSet<Help>,
    pub has_children: bool,
    /// 1 to [`MAX_CAPACITY`].
    pub capacity: u8,
    /// Matches running now.
    pub active: u8,
}

impl Mentor {
    /// Newcomers this mentor can still take: none unless approved.
    pub fn free_capacity(&self) -> u8 {
        match self.status {
            MentorStatus::Approved => self.capacity.min(MAX_CAPACITY).saturating_sub(self.active),
            MentorStatus::Vetting | MentorStatus::Paused | MentorStatus::Ended => 0,
        }
    }
}

/// A newcomer waiting for a mentor.
#[derive(Clone, Debug)]
pub struct Seeker {
    pub id: i64,
    pub municipality: String,
    /// The language they talk to velkommen in.
    pub language: String,
    pub hopes: BTreeSet<Help>,
    pub interests: BTreeSet<Interest>,
    pub has_children: bool,
    pub age: Option<AgeBand>,
    /// A mentor of this gender only, when they asked for it.
    pub prefers: Option<Gender>,
    pub waiting_since: DateTime<Utc>,
    /// Mentors this newcomer already had a match with that ended: never
    /// proposed again.
    pub ended_with: BTreeSet<i64>,
}

/// Norwegian, the language every mentor is a bridge to.
pub const NORWEGIAN: &str = "nb";
