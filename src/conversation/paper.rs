//! Paper, in the chat: the welcome letter's "📄 As PDF" for a newcomer, and
//! the staff home's "🖨 Posters" (the newcomer poster and the fadder
//! poster) for staff. Both are sent as documents, made on the spot. Its
//! buttons use the code `pp`.

use async_trait::async_trait;
use serde::{Deserialize, Serialize};

use super::flows::{Flow, Needs, Screen};
use super::staff::pick_municipality;
use super::turn::Turn;
use super::wire::slug;
use super::{Button, EngineError, Input, Reply};
use crate::args;
use crate::i18n::Locale;
use crate::outbox::{Attachment, FileKind};
use crate::print::{Audience, LetterFor, PrintError, Printed};

/// A button of paper.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PaperAction {
    /// My welcome letter as a PDF.
    Letter,
    /// The posters of the staff member's municipality (or the choice).
    Posters,
    /// The posters of this municipality.
    PostersOf(String),
}

/// Paper has no steps: it sends.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Step {}

pub(super) struct Paper;

#[async_trait]
impl Flow for Paper {
    type Action = PaperAction;
    type Step = Step;

    const CODES: &'static [&'static str] = &["pp"];

    fn encode(action: &PaperAction) -> (&'static str, String) {
        let value = match action {
            PaperAction::Letter => "l".to_owned(),
            PaperAction::Posters => "p".to_owned(),
            PaperAction::PostersOf(municipality) => format!("p:{municipality}"),
        };
        ("pp", value)
    }

    fn decode(_code: &str, value: &str) -> Option<PaperAction> {
        match value.split_once(':') {
            None if value == "l" => Some(PaperAction::Letter),
            None if value == "p" => Some(PaperAction::Posters),
            Some(("p", municipality)) => slug(municipality).map(PaperAction::PostersOf),
            _ => None,
        }
    }

    fn needs(
        _input: &Input,
        action: Option<&PaperAction>,
        _step: Option<Step>,
        _state: &super::state::State,
    ) -> Needs {
        match action {
            Some(PaperAction::Posters | PaperAction::PostersOf(_)) => Needs::STAFF,
            _ => Needs::NOTHING,
        }
    }

    async fn on_action(turn: &mut Turn<'_>, action: PaperAction) -> Result<(), EngineError> {
        match action {
            PaperAction::Letter => turn.send_letter_pdf().await,
            PaperAction::Posters => turn.send_posters(None).await,
            PaperAction::PostersOf(slug) => turn.send_posters(Some(slug)).await,
        }
        Ok(())
    }

    fn screen(_turn: &Turn<'_>, step: Step) -> Screen {
        match step {}
    }
}

/// The staff home's button to the posters, when the bot's username is
/// known (the QR code needs it).
pub(super) fn posters_button(turn: &Turn) -> Option<Button> {
    turn.app
        .bot_username
        .as_ref()
        .map(|_| Button::new(turn.tr().msg("staff-posters"), PaperAction::Posters))
}

/// Lays a document out off the async threads: Typst takes tens to
/// hundreds of milliseconds of CPU.
async fn print(
    make: impl FnOnce() -> Result<Printed, PrintError> + Send + 'static,
) -> Option<Printed> {
    match tokio::task::spawn_blocking(make).await {
        Ok(Ok(printed)) => Some(printed),
        Ok(Err(problem)) => {
            tracing::error!(%problem, "a document could not be printed");
            None
        }
        Err(problem) => {
            tracing::error!(%problem, "printing a document panicked");
            None
        }
    }
}

fn document(caption: String, name: String, printed: Printed) -> Reply {
    Reply {
        text: caption,
        file: Some(Attachment {
            kind: FileKind::Document,
            name,
            bytes: printed.pdf,
        }),
        ..Reply::default()
    }
}

impl Turn<'_> {
    /// The person's own welcome letter as a PDF, in their language.
    async fn send_letter_pdf(&mut self) {
        let Some(newcomer) = self.newcomer.clone().filter(|_| self.profile_complete()) else {
            self.stale();
            return;
        };
        let Some(slug) = newcomer
            .municipality
            .clone()
            .filter(|slug| self.app.content.municipality(slug).is_some())
        else {
            self.stale();
            return;
        };
        let (i18n, content) = (self.app.i18n.clone(), self.app.content.clone());
        let bot = self.app.bot_username.clone();
        let (locale, today) = (self.locale, self.app.clock.today_in_oslo());
        let municipality = slug.clone();
        let printed = print(move || {
            let municipality = content
                .municipality(&municipality)
                .expect("the municipality was looked up above");
            crate::print::letter_pdf(&LetterFor {
                tr: i18n.tr(locale),
                content: &content,
                municipality,
                newcomer: &newcomer,
                bot_username: bot.as_deref(),
                today,
            })
        })
        .await;
        match printed {
            Some(printed) => {
                let name = format!("velkomstbrev-{slug}-{}.pdf", locale.code());
                let caption = self.tr().msg("letter-pdf-caption");
                self.replies.push(document(caption, name, printed));
                tracing::info!("a welcome letter was sent as a PDF");
            }
            None => {
                self.note_msg("print-failed");
                self.prompt();
            }
        }
    }

    /// Both posters of a municipality the staff member works for: the
    /// newcomer poster and the fadder poster, in Bokmål (Nynorsk for staff
    /// who use Nynorsk).
    async fn send_posters(&mut self, chosen: Option<String>) {
        let mut allowed: Vec<String> = self.staff.iter().map(|m| m.municipality.clone()).collect();
        allowed.sort();
        allowed.dedup();
        let municipality = match chosen {
            _ if allowed.is_empty() => None,
            None if allowed.len() > 1 => {
                pick_municipality(self, "posters-pick", &allowed, PaperAction::PostersOf);
                return;
            }
            None => allowed.first().cloned(),
            Some(slug) => allowed.contains(&slug).then_some(slug),
        };
        let (Some(slug), Some(bot)) = (
            municipality.filter(|s| self.app.content.municipality(s).is_some()),
            self.app.bot_username.clone(),
        ) else {
            self.stale();
            return;
        };
        let poster_locale = match self.locale {
            Locale::Nn => Locale::Nn,
            _ => Locale::Nb,
        };
        let name = self.municipality_name(&slug);
        for audience in [Audience::Newcomers, Audience::Mentors] {
            let (i18n, content) = (self.app.i18n.clone(), self.app.content.clone());
            let (bot, today, municipality) =
                (bot.clone(), self.app.clock.today_in_oslo(), slug.clone());
            let printed = print(move || {
                let municipality = content
                    .municipality(&municipality)
                    .expect("the municipality was looked up above");
                crate::print::poster_pdf(&i18n, municipality, audience, poster_locale, &bot, today)
            })
            .await;
            let Some(printed) = printed else {
                self.note_msg("print-failed");
                self.prompt();
                return;
            };
            let key = match audience {
                Audience::Newcomers => "posters-newcomers-caption",
                Audience::Mentors => "posters-mentors-caption",
            };
            let caption = self
                .tr()
                .msg_args(key, &args!["municipality" => name.clone()]);
            self.replies
                .push(document(caption, audience.file_name(&slug), printed));
        }
        tracing::info!(municipality = %slug, "posters were sent to staff");
    }
}
