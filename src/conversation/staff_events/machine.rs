//! An event's machine translations: when a translator is configured and the
//! Bokmål description (or, later, the title) is written, the title and the
//! description are translated into the language of everyone the event is
//! for. Staff look at each language and keep it, write their own, or drop
//! it, as for announcements; readers see the event marked as machine
//! translation, with the original a tap away.

use super::{EventAction, EventDraft};
use crate::conversation::Button;
use crate::conversation::announce::machine::{
    TextState, fallback_of, readers_languages, review_text, translate_all,
};
use crate::conversation::flows::Screen;
use crate::conversation::turn::Turn;
use crate::i18n::Locale;

/// Which text of an event.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Part {
    Title,
    Description,
}

/// The state of an event draft's texts in `locale`.
pub(super) fn text_state(draft: &EventDraft, locale: Locale) -> TextState {
    if draft.machine_wrote(locale) {
        TextState::Machine {
            checked: draft.checked.contains(&locale),
        }
    } else if draft.descriptions.0.contains_key(&locale) {
        TextState::Written
    } else if draft.dropped.contains(&locale) {
        TextState::Dropped
    } else {
        TextState::Missing
    }
}

impl Turn<'_> {
    /// Translates the title and the description into the languages of the
    /// people the event is for, where staff have not written them and did
    /// not drop the language (earlier machine translations are of an older
    /// text and go). Nothing before the Bokmål description is written.
    pub(super) async fn translate_event(&mut self) {
        let Some(translator) = self.app.translator.clone() else {
            return;
        };
        let Some(draft) = self.state.event_draft.as_mut() else {
            return;
        };
        let (Some(title), Some(description)) = (
            draft.title.clone(),
            draft.descriptions.0.get(&Locale::Nb).cloned(),
        ) else {
            return;
        };
        for locale in std::mem::take(&mut draft.machine_titles) {
            draft.titles.0.remove(&locale);
        }
        for locale in std::mem::take(&mut draft.machine_descriptions) {
            draft.descriptions.0.remove(&locale);
        }
        draft.checked.clear();
        draft.provider = translator.name().to_owned();
        let Some(draft) = self.state.event_draft.clone() else {
            return;
        };
        let mut jobs = Vec::new();
        for locale in readers_languages(self, &draft.audience) {
            if draft.dropped.contains(&locale) {
                continue;
            }
            if !draft.titles.0.contains_key(&locale) {
                jobs.push((locale, Part::Title, title.clone()));
            }
            if !draft.descriptions.0.contains_key(&locale) {
                jobs.push((locale, Part::Description, description.clone()));
            }
        }
        let outcomes = translate_all(self.app, &draft.municipality, &jobs).await;
        let Some(draft) = self.state.event_draft.as_mut() else {
            return;
        };
        let mut made = std::collections::BTreeSet::new();
        let mut not_made = Vec::new();
        for (locale, part, result) in outcomes {
            let (texts, machine) = match part {
                Part::Title => (&mut draft.titles, &mut draft.machine_titles),
                Part::Description => (&mut draft.descriptions, &mut draft.machine_descriptions),
            };
            match result {
                Ok(text) => {
                    texts.0.insert(locale, text);
                    machine.insert(locale);
                    made.insert(locale);
                }
                Err(error) => {
                    tracing::warn!(%error, language = locale.code(), "an event was not translated");
                    if !not_made.contains(&locale) {
                        not_made.push(locale);
                    }
                }
            }
        }
        self.tell_translated(translator.name(), made.len(), &not_made);
    }
}

/// One language's machine translation of the title and the description,
/// to keep, rewrite or drop.
pub(super) fn review_screen(turn: &Turn, draft: &EventDraft, locale: Locale) -> Screen {
    let tr = turn.tr();
    let back = vec![Button::new(
        tr.msg("button-back"),
        EventAction::BackToDescriptions,
    )];
    if !draft.machine_wrote(locale) {
        return (tr.msg("stale-button"), vec![back]);
    }
    let title = draft
        .titles
        .0
        .get(&locale)
        .or(draft.title.as_ref())
        .cloned()
        .unwrap_or_default();
    let description = draft
        .descriptions
        .for_reader(locale)
        .map_or("", |(_, text)| text);
    let fallback = fallback_of(locale, |l| {
        draft.descriptions.0.contains_key(&l) && !draft.machine_wrote(l)
    });
    let text = review_text(
        turn,
        locale,
        &draft.provider,
        &format!("{title}\n\n{description}"),
        fallback,
    );
    let buttons = vec![
        vec![Button::new(
            tr.msg("announce-machine-accept"),
            EventAction::AcceptMachine(locale),
        )],
        vec![Button::new(
            tr.msg("announce-machine-write"),
            EventAction::Describe(locale),
        )],
        vec![Button::new(
            tr.msg("announce-machine-drop"),
            EventAction::DropMachine(locale),
        )],
        back,
    ];
    (text, buttons)
}
