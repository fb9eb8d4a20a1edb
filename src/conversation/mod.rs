//! The conversation engine: turns one [`Input`] from one person into
//! [`Reply`] values and a new persisted state. It knows nothing about
//! Telegram; the Telegram adapter, the terminal chat and the tests all drive
//! this same engine.
//!
//! Each flow of the conversation is a module of its own (onboarding, home,
//! guide, skills, events, ask, staff, announce, staff_events, cases) that
//! owns its buttons, steps, screens and handling; `flows.rs` is the routing
//! table, `turn.rs` what every flow shares, `state.rs` what is stored.

mod announce;
mod ask;
mod audit;
pub mod callback;
mod cases;
mod erase;
mod events;
mod export;
mod fadder;
mod featured;
mod flows;
mod followup;
mod guide;
mod home;
mod insight;
mod labels;
mod mentor;
mod mentor_staff;
mod onboarding;
mod original;
mod paper;
mod skills;
mod staff;
mod staff_events;
pub mod state;
mod turn;
mod when;
mod wire;

pub use erase::{erase_on_request, keep_retention};
pub use flows::{Action, Step};
pub use followup::keep_followups;
pub use guide::PAGE_CHARS as GUIDE_PAGE_CHARS;
pub use mentor::keep_matches;
pub use wire::{CallbackError, MAX_CALLBACK_BYTES};

/// The pages a guide topic is shown in, for one reader (and, if known, the
/// municipality they live in).
pub fn guide_pages(
    tr: &crate::i18n::Tr,
    guide: &crate::guide::Guide,
    topic: &crate::guide::Topic,
    municipality: Option<&crate::content::Municipality>,
) -> Vec<String> {
    guide::paginate(guide::topic_blocks(tr, guide, topic, municipality))
}

/// Every message key the engine builds from data rather than spelling out
/// (the locale checks look for them).
pub fn dynamic_keys() -> impl Iterator<Item = &'static str> {
    onboarding::dynamic_keys()
        .chain(skills::dynamic_keys())
        .chain(cases::dynamic_keys())
        .chain(announce::dynamic_keys())
        .chain(when::dynamic_keys())
        .chain(fadder::dynamic_keys())
        .chain(mentor_staff::dynamic_keys())
        .chain(mentor::dynamic_keys())
        .chain(crate::pulse::label_keys())
        .chain(crate::audit::Action::ALL.into_iter().map(|a| a.label_key()))
}

use crate::context::AppState;
use crate::i18n::Locale;
use crate::mentors::MentorStatus;
use crate::newcomers::{ChatKey, Status};
use crate::store::StoreError;
use state::State;
use turn::Turn;

/// What a person sent.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Input {
    /// `/start`, with the deep-link payload if there was one.
    Start(Option<String>),
    /// Any other `/command`; the name is lowercase, without the slash and
    /// the bot's @name; `args` is the rest of the line.
    Command {
        name: String,
        args: String,
    },
    /// A button press, with its raw callback data.
    Button(String),
    Text(String),
    /// A sticker, photo, voice message, location or anything else that is
    /// not text.
    Unsupported,
    /// An edit of an earlier message.
    Edited,
    /// A command sent in a group chat (staff bind a group with `/staff CODE`;
    /// anything else gets a pointer to a private chat).
    GroupCommand {
        name: String,
        args: String,
    },
    /// Text sent as a reply to one of the bot's own messages; `quoted` is
    /// the text of that message (staff answer a case this way).
    Reply {
        quoted: String,
        text: String,
    },
    /// The same in a group chat.
    GroupReply {
        quoted: String,
        text: String,
    },
    /// Not from the person: their municipality erases everything about
    /// them at their request (see `erase.rs`). Never read from Telegram.
    ErasedOnRequest,
}

impl Input {
    /// Reads a typed line: `/start payload`, `/command@bot args`, or text.
    pub fn from_text(text: &str) -> Input {
        let trimmed = text.trim();
        let Some(command) = trimmed.strip_prefix('/') else {
            return Input::Text(text.to_owned());
        };
        let (head, rest) = command
            .split_once(char::is_whitespace)
            .unwrap_or((command, ""));
        let name = head.split('@').next().unwrap_or_default().to_lowercase();
        let rest = rest.trim();
        match name.as_str() {
            "start" => Input::Start((!rest.is_empty()).then(|| rest.to_owned())),
            _ => Input::Command {
                name,
                args: rest.to_owned(),
            },
        }
    }
}

/// How long a turn waits for a database that cannot be reached before
/// the person gets an apology instead of an answer.
pub const UNAVAILABLE_PATIENCE: std::time::Duration = std::time::Duration::from_secs(45);

/// One message from one person, with what the messenger tells us about them.
#[derive(Clone, Debug)]
pub struct Incoming {
    pub chat: ChatKey,
    /// The messenger's language hint (Telegram's `language_code`).
    pub language_code: Option<String>,
    pub input: Input,
    /// Telegram's id of the update that brought it (none elsewhere): a
    /// turn stores it, so that the same update delivered again after a
    /// crash is recognised and not handled twice.
    pub update: Option<i64>,
}

pub use crate::outbox::{Button, Reply};

impl Button {
    fn new(label: String, action: impl Into<Action>) -> Button {
        Button {
            label,
            data: action.into().encode(),
        }
    }
}

/// What can go wrong while handling a turn.
#[derive(Debug, thiserror::Error)]
pub enum EngineError {
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The database could not be reached before the turn did anything.
    #[error("the turn could not start: {0}")]
    NotStarted(StoreError),
}

impl EngineError {
    /// The database error underneath.
    pub fn into_store(self) -> StoreError {
        match self {
            EngineError::Store(error) | EngineError::NotStarted(error) => error,
        }
    }
}

impl AppState {
    /// The conversation engine over this state.
    pub fn engine(&self) -> Engine {
        Engine::new(self.clone())
    }
}

/// Whether an update was handled before: it is the one the chat's last
/// stored turn answered, or an earlier one, or neither.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Seen {
    Not,
    Last,
    Earlier,
}

/// The conversation engine over the application's state.
#[derive(Clone)]
pub struct Engine {
    app: AppState,
}

impl Engine {
    /// What the service counts.
    pub fn metrics(&self) -> &crate::metrics::Metrics {
        &self.app.metrics
    }

    pub fn new(app: AppState) -> Engine {
        Engine { app }
    }

    pub fn app(&self) -> &AppState {
        &self.app
    }

    /// Handles one message. Never fails: an internal error is logged and
    /// answered with one localized apology.
    ///
    /// While the database cannot be reached (a restart, a failover, a cut
    /// network) a turn that could not even load the chat waits, trying
    /// again with growing pauses for up to [`UNAVAILABLE_PATIENCE`]: the
    /// person's message is answered as usual once the database is back,
    /// rather than apologised for. Only a turn that had not started is
    /// tried again — one cut off half-way may have stored part of what it
    /// does (a case, an announcement), and doing it again could do it
    /// twice; its person gets the apology and tries again themselves.
    pub async fn handle(&self, incoming: Incoming) -> Vec<Reply> {
        let chat = incoming.chat;
        let hint = incoming.language_code.clone();
        let mut pause = std::time::Duration::from_millis(250);
        let give_up = tokio::time::Instant::now() + UNAVAILABLE_PATIENCE;
        let outcome = loop {
            match self.try_handle(incoming.clone()).await {
                Err(EngineError::NotStarted(error))
                    if tokio::time::Instant::now() + pause < give_up =>
                {
                    tracing::warn!(%error, "the database is unavailable; the turn waits for it");
                    tokio::time::sleep(pause).await;
                    pause = (pause * 2).min(std::time::Duration::from_secs(4));
                }
                outcome => break outcome,
            }
        };
        match outcome {
            Ok(replies) => replies,
            Err(error) => {
                self.app.metrics.errors.inc();
                tracing::error!(channel = chat.channel.code(), %error, "conversation turn failed");
                let locale = hint
                    .as_deref()
                    .and_then(Locale::from_telegram)
                    .unwrap_or(Locale::En);
                vec![Reply::plain(self.app.i18n.tr(locale).msg("error-generic"))]
            }
        }
    }

    /// Handles one message, or says why it could not.
    pub async fn try_handle(&self, incoming: Incoming) -> Result<Vec<Reply>, EngineError> {
        let hinted = incoming
            .language_code
            .as_deref()
            .and_then(Locale::from_telegram);
        if matches!(
            incoming.input,
            Input::GroupCommand { .. } | Input::GroupReply { .. }
        ) {
            return staff::handle_group(&self.app, incoming).await;
        }
        let store = &self.app.store;
        let (record, newcomer) =
            store
                .load_chat(incoming.chat)
                .await
                .map_err(|error| match error.is_unavailable() {
                    true => EngineError::NotStarted(error),
                    false => EngineError::Store(error),
                })?;
        // The same update delivered again (Telegram sends again what it was
        // not told was done, after a crash): the turn it made is stored, so
        // it is not made twice. Only within a day of that turn — after a
        // week without updates Telegram may start its ids anew, lower. A
        // chat's updates are handled in order, so one older than the last
        // stored turn was answered before that turn began: it is passed
        // over in silence (showing the screen for it as well made two
        // repeats when two done turns were not yet confirmed at a crash).
        let seen = match (incoming.update, &record) {
            (Some(update), Some(record)) => {
                let recent = record
                    .updated_at
                    .is_some_and(|at| self.app.clock.now() - at < chrono::Duration::days(1));
                match record.last_update {
                    Some(last) if recent && last == update => Seen::Last,
                    Some(last) if recent && last > update => Seen::Earlier,
                    _ => Seen::Not,
                }
            }
            _ => Seen::Not,
        };
        if seen == Seen::Earlier {
            tracing::info!("an update answered before a later stored turn came again; passed over");
            return Ok(Vec::new());
        }
        let again = seen == Seen::Last;
        let is_new = record.is_none();
        let saved = record.clone();
        let mut recovered = false;
        let (locale, mut state) = match record {
            Some(record) => {
                let state = State::from_stored(&record.state).unwrap_or_else(|error| {
                    tracing::warn!(%error, "conversation state not readable; recovered");
                    recovered = true;
                    State::at(Step::LANGUAGE)
                });
                (record.locale, state)
            }
            None => (hinted.unwrap_or(Locale::En), State::at(Step::LANGUAGE)),
        };
        // Someone who writes to us again has unblocked the bot.
        let mut newcomer = newcomer;
        let unblocked = match &mut newcomer {
            Some(n) if n.status == Status::Unreachable => {
                n.status = Status::Active;
                true
            }
            _ => false,
        };
        // Each flow says what it needs loaded for this input at this step;
        // a newcomer's turn loads no staff memberships.
        let action = match &incoming.input {
            Input::Button(data) => Action::decode(data).ok(),
            _ => None,
        };
        let needs = flows::needs(&incoming.input, action.as_ref(), &state);
        let staff = if needs.staff || state.step.is_staff() {
            store.staff_memberships(incoming.chat).await?
        } else {
            Vec::new()
        };
        let skills = if needs.skills {
            store.load_skills(incoming.chat).await?
        } else {
            None
        };
        let mentor = if needs.mentor {
            store.mentor_of(incoming.chat).await?
        } else {
            None
        };
        // The audience of the draft announcement, or else of the event
        // being written.
        let drafted = state
            .draft
            .as_ref()
            .map(|d| (&d.municipality, &d.audience))
            .or_else(|| {
                state
                    .event_draft
                    .as_ref()
                    .map(|d| (&d.municipality, &d.audience))
            });
        let (preview_pool, preview_mentors) = match drafted {
            Some((municipality, audience))
                if needs.audience && staff.iter().any(|m| &m.municipality == municipality) =>
            {
                let mentors = if audience.reaches_mentors() {
                    let mut by_locale = std::collections::BTreeMap::<Locale, u64>::new();
                    for mentor in store
                        .mentors_in(
                            municipality,
                            &[MentorStatus::Approved, MentorStatus::Paused],
                        )
                        .await?
                    {
                        *by_locale.entry(mentor.locale).or_default() += 1;
                    }
                    by_locale.into_iter().collect()
                } else {
                    Vec::new()
                };
                (store.audience_groups(municipality).await?, mentors)
            }
            _ => (Vec::new(), Vec::new()),
        };
        let carried = state.question.take();
        let mut turn = Turn {
            app: &self.app,
            carried,
            ask_receivers: None,
            saved,
            staff,
            preview_pool,
            preview_mentors,
            skills,
            mentor,
            chat: incoming.chat,
            update: incoming.update,
            locale,
            state,
            newcomer,
            newcomer_changed: unblocked,
            notes: Vec::new(),
            replies: Vec::new(),
            erased: false,
            now: self.app.clock.now(),
        };
        if again {
            // Its answer may not have reached the person: the process can
            // die after storing a turn and before sending what it says.
            // Where they are now, once more, rather than silence.
            tracing::info!("an update handled before came again; its screen is shown again");
            turn.prompt();
            return turn.finish().await;
        }
        if matches!(incoming.input, Input::ErasedOnRequest) {
            turn.erase_on_request().await?;
            return turn.finish().await;
        }
        if recovered && turn.newcomer.is_some() {
            // The place in the conversation is lost, not the person: they
            // are told, and go on from their home screen with their
            // profile as it was. A command still does what it says; text
            // or a button meant for the lost place is not guessed at.
            turn.state.step = turn.home();
            turn.note_msg("state-recovered");
            if !matches!(incoming.input, Input::Command { .. } | Input::Start(_)) {
                turn.prompt();
                return turn.finish().await;
            }
        }
        // Staff and volunteers start with their own command, not with a
        // newcomer's language question.
        let staff_command = matches!(
            &incoming.input,
            Input::Command { name, .. } if name == "staff" || name == "fadder"
        );
        let fadder_link = match &incoming.input {
            Input::Start(Some(payload)) => fadder::fadder_link(payload),
            _ => None,
        };
        if let Some(linked) = fadder_link {
            // A recruitment poster's link: straight to signing up, in the
            // language the messenger reports (changeable with /language).
            turn.open_fadder(linked);
        } else if is_new && !staff_command {
            let link = match incoming.input {
                Input::Start(Some(payload)) => Some(turn.resolve_payload(&payload)),
                _ => None,
            };
            turn.start_new(link);
        } else {
            turn.run(incoming.input).await?;
        }
        turn.finish().await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_lines_become_inputs() {
        assert_eq!(Input::from_text("/start"), Input::Start(None));
        assert_eq!(
            Input::from_text("/start haram"),
            Input::Start(Some("haram".into()))
        );
        assert_eq!(
            Input::from_text("/Help@velkommen_bot"),
            Input::Command {
                name: "help".into(),
                args: String::new()
            }
        );
        assert_eq!(
            Input::from_text("/staff  K7QF-2M9X-4TPA "),
            Input::Command {
                name: "staff".into(),
                args: "K7QF-2M9X-4TPA".into()
            }
        );
        assert_eq!(Input::from_text("hei"), Input::Text("hei".into()));
        assert_eq!(
            Input::from_text("/"),
            Input::Command {
                name: String::new(),
                args: String::new()
            }
        );
    }
}
