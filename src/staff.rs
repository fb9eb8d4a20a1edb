//! Municipal staff: one-time invite codes, roles, and who may see and reach
//! whom. A staff member only ever works with the people of the
//! municipalities they were invited to (several, for inter-municipal
//! services).

use chrono::{DateTime, Utc};
use rand::Rng;
use sha2::{Digest, Sha256};

use crate::newcomers::ChatKey;

/// What a staff member may do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Role {
    /// Everything: announcements, events, cases, mentors.
    Coordinator,
    /// Announcements and events.
    Announcer,
    /// Matching newcomers with mentors (faddere).
    MentorCoordinator,
}

impl Role {
    pub const ALL: [Role; 3] = [Role::Coordinator, Role::Announcer, Role::MentorCoordinator];

    pub fn code(self) -> &'static str {
        match self {
            Role::Coordinator => "coordinator",
            Role::Announcer => "announcer",
            Role::MentorCoordinator => "mentor-coordinator",
        }
    }

    pub fn from_code(code: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.code() == code)
    }

    /// The message key of the role's name.
    pub fn label_key(self) -> &'static str {
        match self {
            Role::Coordinator => "role-coordinator",
            Role::Announcer => "role-announcer",
            Role::MentorCoordinator => "role-mentor-coordinator",
        }
    }

    /// Whether this role may send announcements.
    pub fn may_announce(self) -> bool {
        matches!(self, Role::Coordinator | Role::Announcer)
    }
}

/// Whether a staff chat is a person or a group that receives notifications.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StaffKind {
    Person,
    Group,
}

impl StaffKind {
    pub fn code(self) -> &'static str {
        match self {
            StaffKind::Person => "person",
            StaffKind::Group => "group",
        }
    }

    pub fn from_code(code: &str) -> Option<StaffKind> {
        match code {
            "person" => Some(StaffKind::Person),
            "group" => Some(StaffKind::Group),
            _ => None,
        }
    }
}

/// One staff membership: a chat working for one municipality.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StaffMember {
    pub chat: ChatKey,
    pub municipality: String,
    pub role: Role,
    pub kind: StaffKind,
    pub created_at: DateTime<Utc>,
}

impl StaffMember {
    /// Whether this membership receives and answers newcomers' questions:
    /// a bound staff group, or a coordinator.
    pub fn handles_cases(&self) -> bool {
        self.kind == StaffKind::Group || self.role == Role::Coordinator
    }
}

/// The municipalities whose cases these memberships handle.
pub fn case_municipalities(staff: &[StaffMember]) -> Vec<String> {
    staff
        .iter()
        .filter(|m| m.handles_cases())
        .map(|m| m.municipality.clone())
        .collect()
}

/// The municipalities these memberships may send announcements and run
/// events for.
pub fn announcer_municipalities(staff: &[StaffMember]) -> Vec<String> {
    staff
        .iter()
        .filter(|m| m.role.may_announce())
        .map(|m| m.municipality.clone())
        .collect()
}

/// Who hears about a municipality's volunteers (a new sign-up, a match
/// that needs a look): its staff groups, its mentor coordinators and its
/// coordinators.
pub fn mentor_receivers(staff: &[StaffMember]) -> Vec<&StaffMember> {
    staff
        .iter()
        .filter(|m| {
            m.kind == StaffKind::Group
                || matches!(m.role, Role::Coordinator | Role::MentorCoordinator)
        })
        .collect()
}

/// The municipalities whose mentor scheme these memberships run.
pub fn mentor_municipalities(staff: &[StaffMember]) -> Vec<String> {
    let mut municipalities: Vec<String> = staff
        .iter()
        .filter(|m| {
            m.kind == StaffKind::Person
                && matches!(m.role, Role::Coordinator | Role::MentorCoordinator)
        })
        .map(|m| m.municipality.clone())
        .collect();
    municipalities.dedup();
    municipalities
}

/// The municipalities whose insight (the pulse's figures and the
/// competence overview) these memberships may see: coordinators, in
/// private chats only.
pub fn insight_municipalities(staff: &[StaffMember]) -> Vec<String> {
    let mut municipalities: Vec<String> = staff
        .iter()
        .filter(|m| m.kind == StaffKind::Person && m.role == Role::Coordinator)
        .map(|m| m.municipality.clone())
        .collect();
    municipalities.dedup();
    municipalities
}

/// Who a municipality's questions go to, of its staff: its staff groups
/// if it has any, otherwise its coordinators in private.
pub fn question_receivers(staff: &[StaffMember]) -> Vec<&StaffMember> {
    let groups: Vec<&StaffMember> = staff
        .iter()
        .filter(|m| m.kind == StaffKind::Group)
        .collect();
    if !groups.is_empty() {
        return groups;
    }
    staff
        .iter()
        .filter(|m| m.role == Role::Coordinator && m.kind == StaffKind::Person)
        .collect()
}

/// Letters and digits that cannot be mistaken for each other when read
/// aloud or copied from paper (no 0/O, 1/I/L).
const ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";
const CODE_LEN: usize = 12;

/// A one-time invite code, shown once and stored only as a hash.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InviteCode(String);

impl InviteCode {
    /// A new random code.
    pub fn generate() -> InviteCode {
        let mut rng = rand::thread_rng();
        InviteCode(
            (0..CODE_LEN)
                .map(|_| ALPHABET[rng.gen_range(0..ALPHABET.len())] as char)
                .collect(),
        )
    }

    /// The code as typed by a person: case, spaces and dashes do not matter.
    /// `None` if it cannot be a code at all.
    pub fn parse(typed: &str) -> Option<InviteCode> {
        let code: String = typed
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .map(|c| c.to_ascii_uppercase())
            .collect();
        (code.len() == CODE_LEN && code.bytes().all(|b| ALPHABET.contains(&b)))
            .then_some(InviteCode(code))
    }

    /// The hash that is stored.
    pub fn hash(&self) -> String {
        Sha256::digest(self.0.as_bytes())
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    }

    /// Grouped for reading: `K7QF-2M9X-4TPA`.
    pub fn display(&self) -> String {
        self.0
            .as_bytes()
            .chunks(4)
            .map(|c| String::from_utf8_lossy(c).into_owned())
            .collect::<Vec<_>>()
            .join("-")
    }
}

/// Why an invite code was not accepted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum RedeemError {
    #[error("no such invite code")]
    Unknown,
    #[error("the invite code has expired")]
    Expired,
    #[error("the invite code has already been used")]
    Used,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_survive_being_typed_sloppily() {
        let code = InviteCode::generate();
        let typed = code.display().to_lowercase().replace('-', " - ");
        assert_eq!(InviteCode::parse(&typed), Some(code.clone()));
        assert_eq!(code.display().len(), 14);
        assert_eq!(code.hash().len(), 64);
        assert_ne!(code.hash(), InviteCode::generate().hash());
    }

    #[test]
    fn things_that_are_not_codes_are_refused() {
        for bad in [
            "",
            "ABC",
            "0000-0000-0000",
            "ÆØÅÆ-ØÅÆØ-ÅÆØÅ",
            "AAAA-AAAA-AAAA-A",
            "💥",
        ] {
            assert_eq!(InviteCode::parse(bad), None, "{bad}");
        }
    }
}
