//! The audit log: every staff action — an invite redeemed, an announcement
//! sent or stopped, an event created, changed or cancelled, a case
//! answered or closed, insight or a competence list read, a volunteer
//! approved, paused or ended — written down as who, what, which
//! municipality and when. Append-only: the store offers no way to change an
//! entry (and the database refuses updates); coordinators read their own
//! municipality's log in the bot (`/audit`) and with `velkommen audit`.

use chrono::{DateTime, Utc};

use crate::newcomers::ChatKey;

/// What a staff member did. The codes are stored; add, never rename.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Action {
    InviteRedeemed,
    AnnouncementCreated,
    AnnouncementStopped,
    EventCreated,
    EventChanged,
    EventCancelled,
    CaseAnswered,
    CaseClosed,
    InsightRead,
    CompetenceRead,
    MentorApproved,
    MentorPaused,
    MentorEnded,
    StoryPublished,
    StaffRevoked,
    /// Everything about a person erased at their request.
    Erasure,
}

impl Action {
    pub const ALL: [Action; 16] = [
        Action::InviteRedeemed,
        Action::AnnouncementCreated,
        Action::AnnouncementStopped,
        Action::EventCreated,
        Action::EventChanged,
        Action::EventCancelled,
        Action::CaseAnswered,
        Action::CaseClosed,
        Action::InsightRead,
        Action::CompetenceRead,
        Action::MentorApproved,
        Action::MentorPaused,
        Action::MentorEnded,
        Action::StoryPublished,
        Action::StaffRevoked,
        Action::Erasure,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Action::InviteRedeemed => "invite-redeemed",
            Action::AnnouncementCreated => "announcement-created",
            Action::AnnouncementStopped => "announcement-stopped",
            Action::EventCreated => "event-created",
            Action::EventChanged => "event-changed",
            Action::EventCancelled => "event-cancelled",
            Action::CaseAnswered => "case-answered",
            Action::CaseClosed => "case-closed",
            Action::InsightRead => "insight-read",
            Action::CompetenceRead => "competence-read",
            Action::MentorApproved => "mentor-approved",
            Action::MentorPaused => "mentor-paused",
            Action::MentorEnded => "mentor-ended",
            Action::StoryPublished => "story-published",
            Action::StaffRevoked => "staff-revoked",
            Action::Erasure => "erasure",
        }
    }

    pub fn from_code(code: &str) -> Option<Action> {
        Action::ALL.into_iter().find(|a| a.code() == code)
    }

    /// The message key of the action's words for staff.
    pub fn label_key(self) -> &'static str {
        match self {
            Action::InviteRedeemed => "audit-invite-redeemed",
            Action::AnnouncementCreated => "audit-announcement-created",
            Action::AnnouncementStopped => "audit-announcement-stopped",
            Action::EventCreated => "audit-event-created",
            Action::EventChanged => "audit-event-changed",
            Action::EventCancelled => "audit-event-cancelled",
            Action::CaseAnswered => "audit-case-answered",
            Action::CaseClosed => "audit-case-closed",
            Action::InsightRead => "audit-insight-read",
            Action::CompetenceRead => "audit-competence-read",
            Action::MentorApproved => "audit-mentor-approved",
            Action::MentorPaused => "audit-mentor-paused",
            Action::MentorEnded => "audit-mentor-ended",
            Action::StoryPublished => "audit-story-published",
            Action::StaffRevoked => "audit-staff-revoked",
            Action::Erasure => "audit-erasure",
        }
    }
}

/// Who did it: a staff chat, or someone at the command line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Actor {
    Chat(ChatKey),
    /// `velkommen staff revoke`, run on the server.
    CommandLine,
}

/// One entry to write.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewEntry {
    pub municipality: String,
    pub actor: Actor,
    pub action: Action,
    /// What it was done to, as staff name it: "#12", "S-7KQ4", "2026".
    /// Never a newcomer's chat id or words.
    pub subject: String,
}

/// One entry as read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub id: i64,
    pub municipality: String,
    pub actor: Actor,
    pub action: Action,
    pub subject: String,
    pub at: DateTime<Utc>,
}

impl Entry {
    /// "tg:123", or "cli".
    pub fn actor_label(&self) -> String {
        match &self.actor {
            Actor::Chat(chat) => format!("{}:{}", chat.channel.code(), chat.id),
            Actor::CommandLine => "cli".into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_action_reads_back_from_its_code() {
        let mut codes = std::collections::BTreeSet::new();
        for action in Action::ALL {
            assert!(codes.insert(action.code()));
            assert_eq!(Action::from_code(action.code()), Some(action));
        }
        assert_eq!(Action::from_code("deleted-everything"), None);
    }
}
