//! An announcement from a template: pick one of the content's templates,
//! fill its slots (a time typed as staff say it, a place, a contact), and
//! every language's text is written at once — the reader gets it in their
//! own language without anyone translating. The texts are then the
//! draft's, and the announcement goes on as any other (urgency, when, the
//! preview).

use chrono::{Datelike, NaiveDate, NaiveTime};
use chrono_tz::Europe::Oslo;

use super::{AnnounceAction, AnnounceStep, TemplateFill};
use crate::args;
use crate::content::Weekday;
use crate::content::templates::{MAX_SLOT_CHARS, Slot, Template};
use crate::conversation::flows::{self, Screen};
use crate::conversation::turn::Turn;
use crate::conversation::{Button, EngineError};
use crate::i18n::{Locale, Tr};

fn an(label: String, action: AnnounceAction) -> Button {
    Button::new(label, action)
}

/// "tir. 08.12.2026" in the reader's language.
pub(in crate::conversation) fn date_words(tr: &Tr, date: NaiveDate) -> String {
    let weekday = Weekday::all()[date.weekday().num_days_from_monday() as usize];
    format!(
        "{} {}",
        tr.msg(weekday.short_key()),
        date.format("%d.%m.%Y")
    )
}

/// A time typed alone: "18", "18:30", "18.30", "kl 18".
fn parse_time(typed: &str) -> Option<NaiveTime> {
    let text = typed.trim().to_lowercase();
    let text = text
        .trim_start_matches("kl.")
        .trim_start_matches("kl")
        .trim();
    let (hours, minutes) = match text.split_once([':', '.']) {
        Some((h, m)) => (h.trim().parse().ok()?, m.trim().parse().ok()?),
        None => (text.parse().ok()?, 0),
    };
    NaiveTime::from_hms_opt(hours, minutes, 0)
}

/// The template list.
pub(super) fn templates_screen(turn: &Turn) -> Screen {
    let tr = turn.tr();
    let municipality = turn
        .state
        .draft
        .as_ref()
        .map_or("", |d| d.municipality.as_str());
    let mut buttons: Vec<Vec<Button>> = turn
        .app
        .content
        .templates()
        .for_municipality(municipality)
        .map(|t| {
            let mark = if t.urgent { "⚠️" } else { "📋" };
            vec![an(
                format!("{mark} {}", t.title(turn.locale)),
                AnnounceAction::Template(t.id.clone()),
            )]
        })
        .collect();
    buttons.push(vec![an(
        tr.msg("button-back"),
        AnnounceAction::AudienceDone,
    )]);
    (tr.msg("announce-template-pick"), buttons)
}

/// The prompt for a slot.
pub(super) fn slot_screen(turn: &Turn, slot: Slot) -> Screen {
    let tr = turn.tr();
    let with_time = turn
        .state
        .draft
        .as_ref()
        .and_then(|d| {
            let fill = d.template.as_ref()?;
            turn.app
                .content
                .templates()
                .get_for(&d.municipality, &fill.id)
        })
        .is_some_and(|t| t.slots.contains(&Slot::Time));
    let text = match slot {
        Slot::Date if with_time => tr.msg("announce-template-when"),
        Slot::Date => tr.msg("announce-template-date"),
        Slot::Time => tr.msg("announce-template-time"),
        Slot::Place => tr.msg_args(
            "announce-template-place",
            &args!["max" => MAX_SLOT_CHARS as i64],
        ),
        Slot::Contact => tr.msg_args(
            "announce-template-contact",
            &args!["max" => MAX_SLOT_CHARS as i64],
        ),
    };
    (text, Vec::new())
}

impl Turn<'_> {
    /// The template chosen: its slots are asked next.
    pub(super) fn begin_template(&mut self, id: &str) -> Result<(), EngineError> {
        let municipality = self
            .state
            .draft
            .as_ref()
            .map_or(String::new(), |d| d.municipality.clone());
        let Some(template) = self
            .app
            .content
            .templates()
            .get_for(&municipality, id)
            .cloned()
        else {
            self.stale();
            return Ok(());
        };
        let Some(draft) = self.state.draft.as_mut() else {
            self.stale();
            return Ok(());
        };
        draft.template = Some(TemplateFill {
            id: template.id.clone(),
            filled: Default::default(),
        });
        self.ask_next_slot(&template);
        Ok(())
    }

    fn ask_next_slot(&mut self, template: &Template) {
        let filled = self
            .state
            .draft
            .as_ref()
            .and_then(|d| d.template.as_ref())
            .map(|t| t.filled.clone())
            .unwrap_or_default();
        match template.next_slot(&filled) {
            Some(slot) => self.go(flows::Step::Announce(AnnounceStep::Slot(slot))),
            None => self.finish_template(template, &filled),
        }
    }

    /// Every language's text written from the template: shown in full,
    /// then on to urgency.
    fn finish_template(&mut self, template: &Template, filled: &crate::content::templates::Filled) {
        let mut texts = crate::announcements::Texts::default();
        for locale in Locale::ALL {
            let tr = self.app.i18n.tr(locale);
            if let Some(text) = template.fill(locale, filled, |d| date_words(&tr, d)) {
                texts.0.insert(locale, text);
            }
        }
        let mut shown = vec![self.tr().msg_args(
            "announce-template-done",
            &args!["count" => texts.0.len() as i64],
        )];
        for (locale, text) in &texts.0 {
            let language = self.app.i18n.tr(*locale).msg("language-name");
            shown.push(format!("— {language} —\n{text}"));
        }
        // In pieces that fit a message.
        let mut piece = String::new();
        for part in shown {
            if piece.chars().count() + part.chars().count() > 3500 {
                self.note(std::mem::take(&mut piece));
            }
            if !piece.is_empty() {
                piece.push_str("\n\n");
            }
            piece.push_str(&part);
        }
        self.note(piece);
        if let Some(draft) = self.state.draft.as_mut() {
            draft.texts = texts;
            draft.urgent = template.urgent;
        }
        self.go(flows::Step::Announce(AnnounceStep::Urgency));
    }

    /// A slot's value typed.
    pub(super) fn template_slot(&mut self, slot: Slot, text: &str) {
        let now = self.now;
        let Some(template) = self
            .state
            .draft
            .as_ref()
            .and_then(|d| {
                let fill = d.template.as_ref()?;
                self.app
                    .content
                    .templates()
                    .get_for(&d.municipality, &fill.id)
            })
            .cloned()
        else {
            self.stale();
            return;
        };
        let with_time = template.slots.contains(&Slot::Time);
        let mut filled = self
            .state
            .draft
            .as_ref()
            .and_then(|d| d.template.as_ref())
            .map(|t| t.filled.clone())
            .unwrap_or_default();
        match slot {
            Slot::Date => {
                // A time with the date when the template has one; a date
                // alone is read as that day.
                let moment = crate::when::parse_moment(text, now).or_else(|error| {
                    if with_time {
                        Err(error)
                    } else {
                        crate::when::parse_moment(&format!("{text} 12:00"), now)
                    }
                });
                match moment {
                    Ok(at) => {
                        let local = at.with_timezone(&Oslo);
                        filled.date = Some(local.date_naive());
                        if with_time {
                            filled.time = Some(local.time());
                        }
                    }
                    Err(_) => {
                        self.note_msg("announce-template-bad-date");
                        self.prompt();
                        return;
                    }
                }
            }
            Slot::Time => match parse_time(text) {
                Some(time) => filled.time = Some(time),
                None => {
                    self.note_msg("announce-template-bad-time");
                    self.prompt();
                    return;
                }
            },
            Slot::Place | Slot::Contact => {
                let Some(value) = self.typed(text, MAX_SLOT_CHARS) else {
                    return;
                };
                if slot == Slot::Place {
                    filled.place = Some(value);
                } else {
                    filled.contact = Some(value);
                }
            }
        }
        if let Some(fill) = self.state.draft.as_mut().and_then(|d| d.template.as_mut()) {
            fill.filled = filled;
        }
        self.ask_next_slot(&template);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_are_read_as_staff_type_them() {
        let t = |h, m| NaiveTime::from_hms_opt(h, m, 0);
        assert_eq!(parse_time("18"), t(18, 0));
        assert_eq!(parse_time("kl. 18.30"), t(18, 30));
        assert_eq!(parse_time(" 9:05 "), t(9, 5));
        for bad in ["25", "18:61", "i kveld", "", "-1"] {
            assert_eq!(parse_time(bad), None, "{bad}");
        }
    }
}
