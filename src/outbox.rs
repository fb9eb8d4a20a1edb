//! The outbox's messages: what is sent (a [`Reply`] with its buttons),
//! how it is stored (a versioned JSON body), and what the delivery worker
//! queues and reports ([`NewDelivery`], [`Delivery`], [`DeliveryStatus`]).
//! Plain domain types: the engine, the store, the workers and the adapters
//! all use them; they import none of those.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::newcomers::ChatKey;

/// The version of the stored message body. A body without one was stored
/// before versions were added, and reads as this first version.
pub const BODY_VERSION: u32 = 1;

/// A stored body: the reply's own fields, and `v`.
#[derive(Serialize, Deserialize)]
struct StoredBody {
    #[serde(rename = "v", default)]
    version: u32,
    #[serde(flatten)]
    reply: Reply,
}

/// Why a stored body could not be read.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum BodyError {
    #[error("the stored message is not readable")]
    Unreadable,
    #[error("the stored message has version {0}, which this build does not know")]
    Version(u32),
}

/// A button under a reply.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Button {
    pub label: String,
    /// Callback data, ≤ 64 bytes (the engine's button codes).
    pub data: String,
}

/// One message to send back.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reply {
    pub text: String,
    /// Rows of buttons.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub buttons: Vec<Vec<Button>>,
    /// `text` is Telegram HTML (see [`crate::html`]): escaped, with text links.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub html: bool,
    /// A file sent with it, `text` its caption: only in direct replies
    /// (the outbox stores text), so never stored.
    #[serde(skip)]
    pub file: Option<Attachment>,
}

/// A file sent as a message: a chart as a photo, a spreadsheet as a
/// document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attachment {
    pub kind: FileKind,
    /// The file's name as the person sees it.
    pub name: String,
    pub bytes: Vec<u8>,
}

/// How a file is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    /// An image shown in the chat.
    Photo,
    /// A file to download.
    Document,
}

/// Telegram's limit on a caption, in characters.
pub const MAX_CAPTION_CHARS: usize = 1024;

impl Reply {
    /// A plain-text message without buttons.
    pub fn plain(text: String) -> Reply {
        Reply {
            text,
            ..Reply::default()
        }
    }

    /// The stored form of a message without buttons, for the outbox.
    pub fn outbox_body(text: String) -> String {
        Reply::plain(text).to_body()
    }

    /// The stored form of a message: JSON with the body version.
    pub fn to_body(&self) -> String {
        serde_json::to_string(&StoredBody {
            version: BODY_VERSION,
            reply: self.clone(),
        })
        .expect("a reply always serializes")
    }

    /// Reads a stored message: this version, or the unversioned form that
    /// was stored before versions (read as version 1).
    pub fn from_body(body: &str) -> Result<Reply, BodyError> {
        let stored: StoredBody = serde_json::from_str(body).map_err(|_| BodyError::Unreadable)?;
        match stored.version {
            0 | BODY_VERSION => Ok(stored.reply),
            other => Err(BodyError::Version(other)),
        }
    }

    /// What the reader sees: for HTML, the text without tags; links show
    /// their address when `with_urls`.
    pub fn visible_text(&self, with_urls: bool) -> String {
        if self.html {
            crate::html::to_plain(&self.text, with_urls)
        } else {
            self.text.clone()
        }
    }
}

/// A message to be sent later by the delivery worker.
#[derive(Clone, Debug)]
pub struct NewDelivery {
    pub municipality: String,
    pub chat: ChatKey,
    /// What caused it, e.g. `announcement:42`; with the chat, it makes the
    /// delivery idempotent.
    pub source: String,
    /// The announcement or event it belongs to, so that reports and
    /// cancellations find its rows by index.
    pub origin: Origin,
    pub body: String,
    pub urgent: bool,
    pub not_before: DateTime<Utc>,
}

/// What a delivery belongs to, as stored in the outbox's own columns.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Origin {
    /// A case message, a report, a notice of its own.
    #[default]
    Other,
    /// A run of this announcement (its report counts these rows).
    Announcement(i64),
    /// A reminder or notice of this event.
    Event(i64),
}

impl Origin {
    pub fn announcement(self) -> Option<i64> {
        match self {
            Origin::Announcement(id) => Some(id),
            _ => None,
        }
    }

    pub fn event(self) -> Option<i64> {
        match self {
            Origin::Event(id) => Some(id),
            _ => None,
        }
    }
}

/// What happened to a delivery, as stored in `outbox.status`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DeliveryStatus {
    /// Waiting for its `not_before` time and a free send slot.
    Queued,
    /// Handed to Telegram; if the process dies now, it is sent again.
    Sending,
    Sent,
    /// The recipient blocked the bot or cannot be reached.
    Blocked,
    /// Telegram refused it for good, or retries ran out.
    Failed,
    /// Withdrawn before it was sent (a cancelled announcement).
    Cancelled,
}

impl DeliveryStatus {
    pub const ALL: [DeliveryStatus; 6] = [
        DeliveryStatus::Queued,
        DeliveryStatus::Sending,
        DeliveryStatus::Sent,
        DeliveryStatus::Blocked,
        DeliveryStatus::Failed,
        DeliveryStatus::Cancelled,
    ];

    pub fn code(self) -> &'static str {
        match self {
            DeliveryStatus::Queued => "queued",
            DeliveryStatus::Sending => "sending",
            DeliveryStatus::Sent => "sent",
            DeliveryStatus::Blocked => "blocked",
            DeliveryStatus::Failed => "failed",
            DeliveryStatus::Cancelled => "cancelled",
        }
    }

    pub fn from_code(code: &str) -> Option<DeliveryStatus> {
        DeliveryStatus::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// A queued message, as the delivery worker sees it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Delivery {
    pub id: i64,
    pub chat: ChatKey,
    pub source: String,
    /// The message (a serialized reply).
    pub body: String,
    pub urgent: bool,
    /// How many times sending was started before this one.
    pub attempts: i32,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bodies_carry_a_version_and_old_ones_still_read() {
        let reply = Reply {
            text: "<b>Hei</b>".into(),
            buttons: vec![vec![Button {
                label: "OK".into(),
                data: "1:n:menu".into(),
            }]],
            html: true,
            file: None,
        };
        let body = reply.to_body();
        assert!(body.contains("\"v\":1"), "{body}");
        assert_eq!(Reply::from_body(&body), Ok(reply));
        // Stored before versions.
        assert_eq!(
            Reply::from_body(r#"{"text":"📣 Haram kommune"}"#),
            Ok(Reply::plain("📣 Haram kommune".into()))
        );
        assert_eq!(
            Reply::from_body(r#"{"v":7,"text":"?"}"#),
            Err(BodyError::Version(7))
        );
        assert_eq!(Reply::from_body("not json"), Err(BodyError::Unreadable));
    }
}
