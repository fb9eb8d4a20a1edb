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
mod hungarian;
mod life;
mod profile;
mod score;

use std::collections::BTreeSet;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::newcomers::answer_enum;

pub use assign::{Assignment, Pair, assign_greedy, assign_optimal};
pub use life::{
    CheckIn, EndReason, MatchRecord, MatchStatus, QUIET_MATCH_ALERTS, Side, checkin_at,
};
pub use profile::{
    Background, MAX_FIRST_NAME_CHARS, MAX_PLACE_CHARS, MentorRecord, Mentoring, VettingStep,
    Volunteer, Wish, clean_first_name, clean_place, valid_capacity,
};
pub use score::{Reason, Score, allowed, score, weights};

answer_enum!(
    /// How well someone speaks a language.
    Level {
        Basic => "basic", "mentor-level-basic",
        Good => "good", "mentor-level-good",
        Native => "native", "mentor-level-native",
    }
);

/// A language someone speaks: a code from [`crate::skills::SPOKEN`] (`no`
/// for Norwegian, `ar`, `uk`, …; a newcomer's locale code reads the same)
/// and how well.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Spoken {
    pub language: String,
    pub level: Level,
}

answer_enum!(
    /// Stated only by those who want to; used only as they ask (many women
    /// prefer a woman as mentor).
    Gender {
        Woman => "woman", "mentor-gender-woman",
        Man => "man", "mentor-gender-man",
    }
);

answer_enum!(
    /// An age band, not an age.
    AgeBand {
        Under30 => "u30", "mentor-age-u30",
        From30To44 => "30-44", "mentor-age-30-44",
        From45To59 => "45-59", "mentor-age-45-59",
        From60 => "60", "mentor-age-60",
    }
);

answer_enum!(
    /// What people like to do, for a first meeting and what follows.
    Interest {
        OutdoorLife => "outdoor", "mentor-interest-outdoor",
        Sport => "sport", "mentor-interest-sport",
        Fishing => "fishing", "mentor-interest-fishing",
        Cooking => "cooking", "mentor-interest-cooking",
        Crafts => "crafts", "mentor-interest-crafts",
        Music => "music", "mentor-interest-music",
        FaithCommunity => "faith", "mentor-interest-faith",
        ChildrensActivities => "children", "mentor-interest-children",
        Culture => "culture", "mentor-interest-culture",
    }
);

answer_enum!(
    /// What a mentor can help with, and what a newcomer hopes for.
    Help {
        NorwegianPractice => "norwegian", "mentor-help-norwegian",
        SocialLife => "social", "mentor-help-social",
        JobSearch => "job", "mentor-help-job",
        Paperwork => "paperwork", "mentor-help-paperwork",
        ChildrensActivities => "children", "mentor-help-children",
        Driving => "driving", "mentor-help-driving",
    }
);

answer_enum!(
    /// Where a mentor stands with the municipality's vetting.
    MentorStatus {
        /// Signed up; vetting not finished.
        Vetting => "vetting", "mentor-status-vetting",
        Approved => "approved", "mentor-status-approved",
        /// Approved, but taking no new newcomers for now.
        Paused => "paused", "mentor-status-paused",
        Ended => "ended", "mentor-status-ended",
    }
);

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
    /// Matches running now, or asked and not yet answered.
    pub active: u8,
    /// The vetting saw a police certificate: the only mentors matched with
    /// families with children (see [`VettingStep::PoliceCertificate`]).
    pub may_meet_children: bool,
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

/// Norwegian, the language every mentor is a bridge to (as [`crate::skills::SPOKEN`]
/// writes it; `nb` and `nn` read the same).
pub const NORWEGIAN: &str = "no";
