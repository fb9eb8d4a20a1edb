//! "Ask a person": a newcomer's question goes to the municipality's staff
//! chat under a pseudonymous case reference, with the person's language and
//! category but never their name; a staff reply to it goes back to them.

use chrono::{DateTime, Utc};
use rand::Rng;

use crate::i18n::Locale;
use crate::newcomers::{Category, ChatKey};

/// The longest question or answer, leaving room for the heading within
/// Telegram's 4 096 characters.
pub const MAX_MESSAGE_CHARS: usize = 3000;

/// Letters and digits that cannot be confused with each other.
const ALPHABET: &[u8] = b"ACDEFHJKLMNPQRTUVWXY3479";

/// A case reference such as `S-7KQ4`: what staff see instead of a name.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CaseRef(String);

impl CaseRef {
    pub fn generate() -> CaseRef {
        let mut rng = rand::thread_rng();
        let code: String = (0..4)
            .map(|_| ALPHABET[rng.gen_range(0..ALPHABET.len())] as char)
            .collect();
        CaseRef(format!("S-{code}"))
    }

    /// Reads a reference typed by staff (`s-7kq4`, `S-7KQ4`).
    pub fn parse(typed: &str) -> Option<CaseRef> {
        let upper = typed.trim().to_ascii_uppercase();
        let code = upper.strip_prefix("S-")?;
        (code.len() == 4 && code.bytes().all(|b| ALPHABET.contains(&b)))
            .then(|| CaseRef(upper.clone()))
    }

    /// The first reference in a text, such as the bot's own notification a
    /// staff member replied to.
    pub fn find_in(text: &str) -> Option<CaseRef> {
        text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
            .find_map(CaseRef::parse)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Takes a stored reference as it is.
    pub fn from_stored(stored: String) -> CaseRef {
        CaseRef(stored)
    }
}

impl std::fmt::Display for CaseRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Whether a case still waits for staff.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CaseStatus {
    Open,
    Closed,
}

impl CaseStatus {
    pub fn code(self) -> &'static str {
        match self {
            CaseStatus::Open => "open",
            CaseStatus::Closed => "closed",
        }
    }

    pub fn from_code(code: &str) -> Option<CaseStatus> {
        [CaseStatus::Open, CaseStatus::Closed]
            .into_iter()
            .find(|s| s.code() == code)
    }
}

/// A question to the municipality and its answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Case {
    pub id: i64,
    pub reference: CaseRef,
    pub municipality: String,
    pub chat: ChatKey,
    pub locale: Locale,
    pub category: Option<Category>,
    pub status: CaseStatus,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// How many messages the case holds.
    pub messages: i64,
    /// The newest message from the newcomer, for the staff list.
    pub last_question: Option<String>,
}

/// One message of a case: the newcomer's question or a staff answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CaseMessage {
    pub from_staff: bool,
    pub body: String,
    pub created_at: DateTime<Utc>,
}

/// Checks a question or answer; the trimmed text if it can be sent.
pub fn clean_message(text: &str) -> Result<String, MessageError> {
    clean_text(text, MAX_MESSAGE_CHARS)
}

/// Checks typed text: something besides white space and control
/// characters, at most `max` characters. The trimmed text if it is fine.
pub fn clean_text(text: &str, max: usize) -> Result<String, MessageError> {
    let text = text.trim();
    if text.is_empty() || text.chars().all(char::is_control) {
        return Err(MessageError::Empty);
    }
    let length = text.chars().count();
    if length > max {
        return Err(MessageError::TooLong(length));
    }
    Ok(text.to_owned())
}

#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum MessageError {
    #[error("the message is empty")]
    Empty,
    #[error("the message has {0} characters")]
    TooLong(usize),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_are_short_and_unambiguous() {
        for _ in 0..200 {
            let reference = CaseRef::generate();
            assert_eq!(reference.as_str().len(), 6);
            assert_eq!(CaseRef::parse(reference.as_str()), Some(reference.clone()));
            assert!(!reference.as_str()[2..].contains(['O', '0', 'I', '1', 'B', '8']));
        }
    }

    #[test]
    fn references_are_found_in_the_notification_staff_reply_to() {
        let text = "❓ Ny sak S-7KQ4 · Polski · Arbeidsinnvandrer\n\nGdzie jest…";
        assert_eq!(CaseRef::find_in(text), CaseRef::parse("s-7kq4"));
        assert_eq!(CaseRef::find_in("no reference here S-12"), None);
        assert_eq!(CaseRef::parse("S-OOOO"), None);
    }

    #[test]
    fn messages_must_have_content_and_fit() {
        assert_eq!(clean_message("  \n "), Err(MessageError::Empty));
        assert_eq!(clean_message(" hei "), Ok("hei".into()));
        let long = "a".repeat(MAX_MESSAGE_CHARS + 1);
        assert_eq!(
            clean_message(&long),
            Err(MessageError::TooLong(MAX_MESSAGE_CHARS + 1))
        );
    }
}
