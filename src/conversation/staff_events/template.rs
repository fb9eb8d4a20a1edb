//! An event's description from a template: at the Bokmål description, a
//! one-off event can take one of the templates (not the urgent warnings),
//! filled with the event's own date, time and place — and a contact typed
//! if the template has one — so that every language's description and title
//! is written at once. A repeating event has no single date for the
//! template's `{date}`, so it is offered templates only when it happens
//! once.

use chrono_tz::Europe::Oslo;

use super::{EventAction, EventDraft, EventStep};
use crate::args;
use crate::content::templates::{Filled, MAX_SLOT_CHARS, Slot, Template};
use crate::conversation::Button;
use crate::conversation::announce::template::date_words;
use crate::conversation::flows::{self, Screen};
use crate::conversation::turn::Turn;
use crate::events::Recurrence;
use crate::i18n::Locale;

/// The templates an event of this draft can take: the municipality's own
/// and the national ones, not the urgent warnings, and only for an event
/// that happens once.
pub(super) fn templates_for<'a>(turn: &'a Turn, draft: &'a EventDraft) -> Vec<&'a Template> {
    if draft.recurrence != Some(Recurrence::Once) {
        return Vec::new();
    }
    turn.app
        .content
        .templates()
        .for_municipality(&draft.municipality)
        .filter(|t| !t.urgent)
        .collect()
}

/// What the event itself fills in.
fn filled_by(draft: &EventDraft) -> Filled {
    let local = draft.starts_at.map(|at| at.with_timezone(&Oslo));
    Filled {
        date: local.map(|l| l.date_naive()),
        time: local.map(|l| l.time()),
        place: draft.place.clone(),
        contact: None,
    }
}

/// The template list.
pub(super) fn templates_screen(turn: &Turn, draft: &EventDraft) -> Screen {
    let tr = turn.tr();
    let mut buttons: Vec<Vec<Button>> = templates_for(turn, draft)
        .into_iter()
        .map(|t| {
            vec![Button::new(
                format!("📋 {}", t.title(turn.locale)),
                EventAction::Template(t.id.clone()),
            )]
        })
        .collect();
    buttons.push(vec![Button::new(
        tr.msg("button-back"),
        EventAction::Describe(Locale::Nb),
    )]);
    (tr.msg("event-template-pick"), buttons)
}

/// The prompt for the template's contact.
pub(super) fn contact_screen(turn: &Turn) -> Screen {
    (
        turn.tr().msg_args(
            "announce-template-contact",
            &args!["max" => MAX_SLOT_CHARS as i64],
        ),
        Vec::new(),
    )
}

impl Turn<'_> {
    /// A template chosen: written at once, or after its contact.
    pub(super) fn begin_event_template(&mut self, id: &str) {
        let Some(draft) = self.state.event_draft.clone() else {
            self.stale();
            return;
        };
        let Some(template) = templates_for(self, &draft)
            .into_iter()
            .find(|t| t.id == id)
            .cloned()
        else {
            self.stale();
            return;
        };
        if let Some(draft) = self.state.event_draft.as_mut() {
            draft.template = Some(template.id.clone());
        }
        if template.slots.contains(&Slot::Contact) {
            self.go(flows::Step::Event(EventStep::TemplateContact));
        } else {
            self.finish_event_template(&template, None);
        }
    }

    /// The contact typed.
    pub(super) fn event_template_contact(&mut self, text: &str) {
        let Some(text) = self.typed(text, MAX_SLOT_CHARS) else {
            return;
        };
        let template = self.state.event_draft.as_ref().and_then(|draft| {
            let id = draft.template.as_ref()?;
            templates_for(self, draft)
                .into_iter()
                .find(|t| &t.id == id)
                .cloned()
        });
        match template {
            Some(template) => self.finish_event_template(&template, Some(text)),
            None => self.stale(),
        }
    }

    /// Every language's title and description from the template; on to
    /// the descriptions, where each can still be rewritten.
    fn finish_event_template(&mut self, template: &Template, contact: Option<String>) {
        let Some(draft) = self.state.event_draft.as_ref() else {
            self.stale();
            return;
        };
        let filled = Filled {
            contact,
            ..filled_by(draft)
        };
        let mut written = 0;
        let mut descriptions = Vec::new();
        for locale in Locale::ALL {
            let tr = self.app.i18n.tr(locale);
            if let Some(text) = template.fill(locale, &filled, |d| date_words(&tr, d)) {
                descriptions.push((locale, text, template.title(locale).to_owned()));
            }
        }
        let Some(draft) = self.state.event_draft.as_mut() else {
            return;
        };
        for (locale, description, title) in descriptions {
            draft.descriptions.0.insert(locale, description);
            draft.machine_descriptions.remove(&locale);
            // The Bokmål title is the staff member's own.
            if locale != Locale::Nb {
                draft.titles.0.insert(locale, title);
                draft.machine_titles.remove(&locale);
            }
            draft.dropped.remove(&locale);
            written += 1;
        }
        draft.template = None;
        let note = self
            .tr()
            .msg_args("event-template-done", &args!["count" => written as i64]);
        self.note(note);
        let next = self.after(EventStep::Description(Locale::Nb));
        self.go(flows::Step::Event(next));
    }
}
