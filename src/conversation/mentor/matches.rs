//! A match between a mentor and a newcomer: the question to the mentor,
//! then to the newcomer, how each chooses to be reached, and the
//! introduction in each one's language once both said yes. Nothing about
//! one side reaches the other before that, except the first name and the
//! languages of the mentor when the newcomer is asked.

use super::{MentorAction, Step};
use crate::args;
use crate::conversation::flows::{self, Screen};
use crate::conversation::mentor_staff::{language_name, reasons_line};
use crate::conversation::turn::Turn;
use crate::conversation::{Button, EngineError, Reply};
use crate::i18n::Locale;
use crate::mentors::{MatchRecord, MatchStatus, MentorRecord, Side};
use crate::outbox::{NewDelivery, Origin};

/// The longest way of reaching someone they can type.
pub const MAX_CONTACT_CHARS: usize = 120;

/// The contact of someone who chose to share a link to their Telegram
/// profile.
const TELEGRAM_LINK: &str = "telegram";

fn delivery(
    record: &MatchRecord,
    to: Side,
    what: &str,
    reply: Reply,
    now: chrono::DateTime<chrono::Utc>,
) -> NewDelivery {
    let chat = match to {
        Side::Mentor => record.mentor_chat,
        _ => record.newcomer_chat,
    };
    NewDelivery {
        municipality: record.municipality.clone(),
        chat,
        source: format!("match:{}:{what}", record.id),
        origin: Origin::Other,
        body: reply.to_body(),
        urgent: false,
        not_before: now,
    }
}

/// A question to one side of a match, with its yes and no.
fn question(
    record: &MatchRecord,
    side: Side,
    tr: &crate::i18n::Tr,
    text: String,
    now: chrono::DateTime<chrono::Utc>,
) -> NewDelivery {
    let id = record.id;
    let reply = Reply {
        text,
        buttons: vec![vec![
            Button::new(tr.msg("match-yes"), MentorAction::Answer(id, true)),
            Button::new(tr.msg("match-no"), MentorAction::Answer(id, false)),
        ]],
        html: false,
        file: None,
    };
    delivery(record, side, "ask", reply, now)
}

/// The question to the mentor of a confirmed proposal, in their language.
pub(in crate::conversation) fn ask_mentor(turn: &Turn, record: &MatchRecord) -> NewDelivery {
    let tr = turn.app.i18n.tr(record.mentor_locale);
    let text = tr.msg_args(
        "match-ask-mentor",
        &args![
            "name" => record.mentor_name.clone(),
            "municipality" => turn.municipality_name(&record.municipality),
            "language" => language_name(record.newcomer_locale.code()),
            "why" => reasons_line(&tr, &record.mentor_name, &record.reasons),
        ],
    );
    question(record, Side::Mentor, &tr, text, turn.now)
}

/// The question to the newcomer, once the mentor said yes.
fn ask_newcomer(turn: &Turn, record: &MatchRecord, mentor: &MentorRecord) -> NewDelivery {
    let tr = turn.app.i18n.tr(record.newcomer_locale);
    let text = tr.msg_args(
        "match-ask-newcomer",
        &args![
            "name" => record.mentor_name.clone(),
            "languages" => crate::conversation::fadder::languages_line(&tr, &mentor.profile),
            "why" => reasons_line(&tr, &record.mentor_name, &record.reasons),
        ],
    );
    question(record, Side::Newcomer, &tr, text, turn.now)
}

/// How to reach someone, as HTML: their typed words, or a link to their
/// Telegram profile.
fn contact_html(
    tr: &crate::i18n::Tr,
    contact: Option<&str>,
    chat: crate::newcomers::ChatKey,
) -> String {
    match contact {
        Some(TELEGRAM_LINK) => crate::html::link(
            &tr.msg("match-telegram-link"),
            &format!("tg://user?id={}", chat.id),
        ),
        Some(typed) => crate::html::escape(typed),
        None => crate::html::escape(&tr.msg("match-no-contact")),
    }
}

/// The introductions, one to each side in their own language.
fn introductions(
    turn: &Turn,
    record: &MatchRecord,
    mentor: &MentorRecord,
    newcomer_contact: &str,
) -> Vec<NewDelivery> {
    let place = turn
        .app
        .content
        .municipality(&record.municipality)
        .and_then(|m| m.meeting_places.first())
        .map(|p| match &p.address {
            Some(address) => format!("{} ({address})", p.name),
            None => p.name.clone(),
        });
    let newcomer_language = language_name(record.newcomer_locale.code());
    let shares = mentor
        .profile
        .level_of(match record.newcomer_locale.code() {
            "nb" | "nn" => crate::mentors::NORWEGIAN,
            other => other,
        });
    let mut out = Vec::new();
    for side in [Side::Mentor, Side::Newcomer] {
        let (locale, key, other_contact, other_chat) = match side {
            Side::Mentor => (
                record.mentor_locale,
                "match-intro-mentor",
                Some(newcomer_contact),
                record.newcomer_chat,
            ),
            _ => (
                record.newcomer_locale,
                "match-intro-newcomer",
                record.mentor_contact.as_deref(),
                record.mentor_chat,
            ),
        };
        let tr = turn.app.i18n.tr(locale);
        let languages = if shares.is_some() {
            tr.msg_args(
                "match-intro-shared",
                &args!["language" => newcomer_language.clone()],
            )
        } else {
            tr.msg("match-intro-no-shared")
        };
        let mut text = crate::html::escape(&tr.msg_args(
            key,
            &args![
                "name" => record.mentor_name.clone(),
                "language" => newcomer_language.clone(),
                "languages" => languages,
            ],
        ));
        text.push_str("\n\n");
        text.push_str(&crate::html::escape(&tr.msg("match-intro-reach")));
        text.push(' ');
        text.push_str(&contact_html(&tr, other_contact, other_chat));
        if let Some(place) = &place {
            text.push_str("\n\n");
            text.push_str(&crate::html::escape(
                &tr.msg_args("match-intro-place", &args!["place" => place.clone()]),
            ));
        }
        text.push_str("\n\n");
        text.push_str(&crate::html::escape(&tr.msg("match-intro-next")));
        let reply = Reply {
            text,
            buttons: Vec::new(),
            html: true,
            file: None,
        };
        out.push(delivery(record, side, "intro", reply, turn.now));
    }
    out
}

/// Tells the municipality's mentor staff something about a match, in
/// Norwegian.
async fn staff_notice(
    turn: &Turn<'_>,
    record: &MatchRecord,
    key: &str,
    side: Side,
) -> Result<Vec<NewDelivery>, EngineError> {
    let tr = turn.app.i18n.tr(Locale::Nb);
    let text = tr.msg_args(
        key,
        &args![
            "mentor" => record.mentor_name.clone(),
            "language" => language_name(record.newcomer_locale.code()),
            "side" => tr.msg(side.label_key()),
        ],
    );
    super::life::staff_notices(turn.app, record, key, text, turn.now).await
}

/// Notices to the other side of `chat`'s matches when `chat` (the `side`
/// of them) leaves the scheme, deletes their data, or is paused or ended
/// by staff: whoever was asked, or is waiting to be asked after saying
/// yes, hears that the match will not happen; with `ends_running`, so does
/// the other side of a running match.
pub(in crate::conversation) async fn withdrawal_notices(
    turn: &Turn<'_>,
    chat: crate::newcomers::ChatKey,
    side: Side,
    ends_running: bool,
) -> Result<Vec<NewDelivery>, EngineError> {
    let matches = turn.app.store.matches_of(chat).await?;
    Ok(matches
        .iter()
        .filter(|m| m.side_of(chat) == Some(side))
        .filter(|m| match m.status {
            MatchStatus::AskingNewcomer => true,
            // A fadder asked about a newcomer who leaves is told too.
            MatchStatus::AskingMentor => side == Side::Newcomer,
            MatchStatus::Active => ends_running,
            _ => false,
        })
        .map(|m| match side {
            Side::Mentor => {
                let tr = turn.app.i18n.tr(m.newcomer_locale);
                let reply = Reply::plain(tr.msg_args(
                    "match-withdrawn-newcomer",
                    &args!["name" => m.mentor_name.clone()],
                ));
                delivery(m, Side::Newcomer, "withdrawn", reply, turn.now)
            }
            _ => {
                let tr = turn.app.i18n.tr(m.mentor_locale);
                let reply = Reply::plain(tr.msg("match-withdrawn-mentor"));
                delivery(m, Side::Mentor, "withdrawn", reply, turn.now)
            }
        })
        .collect())
}

pub(super) fn contact_screen(turn: &Turn, step: Step) -> Screen {
    let tr = turn.tr();
    let (id, key) = match step {
        Step::Contact(id) => (id, "match-contact-prompt"),
        Step::NewcomerContact(id) => (id, "match-contact-prompt-newcomer"),
        _ => return super::pool::screen(turn, step),
    };
    (
        tr.msg_args(key, &args!["max" => MAX_CONTACT_CHARS as i64]),
        vec![
            vec![Button::new(
                tr.msg("match-share-link"),
                MentorAction::ShareLink(id),
            )],
            turn.menu_row(),
        ],
    )
}

impl Turn<'_> {
    /// The match `id` if it waits for this chat's answer, with the side
    /// this chat is; otherwise says it is no longer open.
    async fn match_waiting_for_me(
        &mut self,
        id: i64,
    ) -> Result<Option<(MatchRecord, Side)>, EngineError> {
        let record = self.app.store.match_by_id(id).await?;
        let found = record.and_then(|record| {
            let side = record.side_of(self.chat)?;
            let expected = match side {
                Side::Mentor => MatchStatus::AskingMentor,
                _ => MatchStatus::AskingNewcomer,
            };
            (record.status == expected).then_some((record, side))
        });
        if found.is_none() {
            self.state.step = self.home();
            self.note_msg("match-gone");
            self.prompt();
        }
        Ok(found)
    }

    pub(super) async fn answer_match(&mut self, id: i64, yes: bool) -> Result<(), EngineError> {
        let Some((record, side)) = self.match_waiting_for_me(id).await? else {
            return Ok(());
        };
        if yes {
            let step = match side {
                Side::Mentor => Step::Contact(id),
                _ => Step::NewcomerContact(id),
            };
            self.go(flows::Step::Mentor(step));
            return Ok(());
        }
        let mut notices = staff_notice(self, &record, "match-staff-declined", side).await?;
        if side == Side::Newcomer {
            // The fadder said yes and is waiting: they hear it, kindly.
            let tr = self.app.i18n.tr(record.mentor_locale);
            let reply = Reply::plain(tr.msg_args(
                "match-newcomer-declined",
                &args!["language" => language_name(record.newcomer_locale.code())],
            ));
            notices.push(delivery(&record, Side::Mentor, "declined", reply, self.now));
        }
        let answered = self
            .app
            .store
            .answer_match(id, side, false, None, &notices, self.now)
            .await?;
        self.state.step = self.home();
        self.note_msg(if answered {
            "match-declined-thanks"
        } else {
            "match-gone"
        });
        self.prompt();
        Ok(())
    }

    /// The side says yes, reachable as typed or by a link to their
    /// Telegram profile (`typed` is `None`).
    pub(super) async fn give_contact(
        &mut self,
        id: i64,
        typed: Option<&str>,
    ) -> Result<(), EngineError> {
        if !matches!(
            self.state.step,
            flows::Step::Mentor(Step::Contact(at) | Step::NewcomerContact(at)) if at == id
        ) {
            self.stale();
            return Ok(());
        }
        let contact = match typed {
            None => TELEGRAM_LINK.to_owned(),
            Some(text) => match self.typed(text, MAX_CONTACT_CHARS) {
                Some(contact) if contact.lines().count() <= 3 => contact,
                Some(_) => {
                    self.note_msg("match-contact-short");
                    self.prompt();
                    return Ok(());
                }
                None => return Ok(()),
            },
        };
        let Some((record, side)) = self.match_waiting_for_me(id).await? else {
            return Ok(());
        };
        let Some(mentor) = self
            .app
            .store
            .mentor_in(&record.municipality, record.mentor_id)
            .await?
        else {
            self.state.step = self.home();
            self.note_msg("match-gone");
            self.prompt();
            return Ok(());
        };
        let deliveries = match side {
            Side::Mentor => {
                let mut asked = record.clone();
                asked.mentor_contact = Some(contact.clone());
                vec![ask_newcomer(self, &asked, &mentor)]
            }
            _ => {
                let mut both = introductions(self, &record, &mentor, &contact);
                both.extend(staff_notice(self, &record, "match-staff-started", side).await?);
                both
            }
        };
        let answered = self
            .app
            .store
            .answer_match(id, side, true, Some(&contact), &deliveries, self.now)
            .await?;
        self.state.step = self.home();
        let key = match (answered, side) {
            (false, _) => "match-gone",
            (true, Side::Mentor) => "match-yes-mentor",
            (true, _) => "match-yes-newcomer",
        };
        self.note_msg(key);
        self.prompt();
        Ok(())
    }
}
