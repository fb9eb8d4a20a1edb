//! Button callback data on the wire: `1:<code>:<value>`, at most 64 bytes
//! (Telegram's limit). Each flow owns its codes and reads its own values
//! (see `flows.rs`); this module frames them and holds the small readers
//! they share. Anything stale, forged or malformed decodes to an error the
//! engine answers politely.

use crate::content::is_slug;

/// Telegram's limit on callback data.
pub const MAX_CALLBACK_BYTES: usize = 64;

/// The version of the frame. The codes inside keep their meaning across
/// releases, so buttons in a chat's history keep working.
const VERSION: &str = "1";

/// Why callback data was not accepted.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum CallbackError {
    #[error("callback data too long")]
    TooLong,
    #[error("unknown callback version")]
    Version,
    #[error("malformed callback data")]
    Malformed,
}

/// `1:<code>:<value>`.
pub(super) fn frame(code: &str, value: &str) -> String {
    let data = format!("{VERSION}:{code}:{value}");
    debug_assert!(data.len() <= MAX_CALLBACK_BYTES, "{data} is too long");
    data
}

/// The code and the value of callback data, if it is framed right.
pub(super) fn unframe(data: &str) -> Result<(&str, &str), CallbackError> {
    if data.len() > MAX_CALLBACK_BYTES {
        return Err(CallbackError::TooLong);
    }
    let mut parts = data.splitn(3, ':');
    let (version, code, value) = (parts.next(), parts.next(), parts.next());
    if version != Some(VERSION) {
        return Err(CallbackError::Version);
    }
    match (code, value) {
        (Some(code), Some(value)) => Ok((code, value)),
        _ => Err(CallbackError::Malformed),
    }
}

pub(super) fn yes_no(b: bool) -> &'static str {
    if b { "y" } else { "n" }
}

pub(super) fn parse_yes_no(s: &str) -> Option<bool> {
    match s {
        "y" => Some(true),
        "n" => Some(false),
        _ => None,
    }
}

/// A database id: a positive number.
pub(super) fn positive_id(value: &str) -> Option<i64> {
    value.parse::<i64>().ok().filter(|id| *id > 0)
}

/// A content slug (a municipality, a meeting place).
pub(super) fn slug(value: &str) -> Option<String> {
    is_slug(value).then(|| value.to_owned())
}

/// An instant as a Unix time after 1970.
pub(super) fn instant(value: &str) -> Option<i64> {
    value.parse::<i64>().ok().filter(|at| *at > 0)
}

/// Checks that each action encodes within Telegram's limit and decodes to
/// itself: every flow's test calls this with every kind of its buttons.
#[cfg(test)]
pub(super) fn assert_round_trips(actions: impl IntoIterator<Item = super::Action>) {
    for action in actions {
        let data = action.encode();
        assert!(data.len() <= MAX_CALLBACK_BYTES, "{data}");
        assert_eq!(super::Action::decode(&data), Ok(action), "{data}");
    }
}

/// Checks that none of these decodes.
#[cfg(test)]
pub(super) fn assert_refused(data: &[&str]) {
    for bad in data {
        assert!(super::Action::decode(bad).is_err(), "{bad:?} was accepted");
    }
}
