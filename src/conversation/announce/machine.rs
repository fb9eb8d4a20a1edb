//! An announcement's machine translations: when a translator is
//! configured, the Bokmål text is translated into the language of everyone
//! it reaches as soon as it is written; staff look at each one and keep it,
//! write their own, or drop it (its readers then get the fallback). The
//! readers are told it is a machine translation and can ask for the
//! original (see [`crate::translate::mark`]).

use chrono_tz::Europe::Oslo;
use futures_util::future::join_all;

use super::{AnnounceAction, Draft};
use crate::announcements::{self, Audience, Texts};
use crate::args;
use crate::context::AppState;
use crate::conversation::Button;
use crate::conversation::flows::Screen;
use crate::conversation::turn::Turn;
use crate::i18n::Locale;
use crate::newcomers::YearMonth;
use crate::translate::TranslateError;

/// How much of a translation the review shows, so that it fits a message.
const REVIEW_CHARS: usize = 3500;

/// The languages of the people `audience` reaches in the turn's
/// municipality pool, besides Bokmål and Nynorsk (whose readers read the
/// Bokmål text).
pub(in crate::conversation) fn readers_languages(turn: &Turn, audience: &Audience) -> Vec<Locale> {
    let this_month = YearMonth::of(&turn.now.with_timezone(&Oslo));
    announcements::reach(
        audience,
        &Texts::default(),
        &turn.preview_pool,
        &turn.preview_mentors,
        this_month,
    )
    .into_iter()
    .filter(|(_, (count, _))| *count > 0)
    .map(|(locale, _)| locale)
    .filter(|l| !matches!(l, Locale::Nb | Locale::Nn))
    .collect()
}

/// What came of translating one text.
pub(in crate::conversation) type Outcome<K> = (Locale, K, Result<String, TranslateError>);

/// Translates each `(language, part, Bokmål text)` at once (a slow
/// translator holds the turn for its timeout once, not per language); an
/// empty list without a translator.
pub(in crate::conversation) async fn translate_all<K: Copy>(
    app: &AppState,
    municipality: &str,
    jobs: &[(Locale, K, String)],
) -> Vec<Outcome<K>> {
    let results = join_all(jobs.iter().map(|(to, part, text)| async move {
        let result = app.translate(municipality, text, Locale::Nb, *to).await;
        result.map(|r| (*to, *part, r))
    }))
    .await;
    results.into_iter().flatten().collect()
}

impl Turn<'_> {
    /// Tells staff what the translator made: how many languages, and which
    /// it could not do.
    pub(in crate::conversation) fn tell_translated(
        &mut self,
        provider: &str,
        made: usize,
        not_made: &[Locale],
    ) {
        if made > 0 {
            let note = self.tr().msg_args(
                "announce-machine-done",
                &args!["count" => made as i64, "provider" => provider],
            );
            self.note(note);
        }
        if !not_made.is_empty() {
            let names = not_made
                .iter()
                .map(|l| self.app.i18n.tr(*l).msg("language-name"))
                .collect::<Vec<_>>()
                .join(", ");
            let note = self
                .tr()
                .msg_args("announce-machine-failed", &args!["languages" => names]);
            self.note(note);
        }
    }

    /// Translates the draft's Bokmål text into the languages of the people
    /// it reaches that have no text and were not dropped (the earlier
    /// machine translations are of an older text and go), and says what
    /// came of it. English is translated too when some language could not
    /// be, since its readers fall back to English.
    pub(super) async fn machine_translate(&mut self) {
        let Some(translator) = self.app.translator.clone() else {
            return;
        };
        let Some(draft) = self.state.draft.as_mut() else {
            return;
        };
        for locale in std::mem::take(&mut draft.machine.languages) {
            draft.texts.0.remove(&locale);
        }
        draft.checked.clear();
        draft.machine.provider = translator.name().to_owned();
        let Some(draft) = self.state.draft.clone() else {
            return;
        };
        let Some(original) = draft.texts.0.get(&Locale::Nb).cloned() else {
            return;
        };
        let open = |l: &Locale| !draft.texts.0.contains_key(l) && !draft.dropped.contains(l);
        let mut jobs: Vec<(Locale, (), String)> = readers_languages(self, &draft.audience)
            .into_iter()
            .filter(open)
            .map(|l| (l, (), original.clone()))
            .collect();
        let mut outcomes = translate_all(self.app, &draft.municipality, &jobs).await;
        let english_wanted = outcomes.iter().any(|(_, _, r)| r.is_err())
            && open(&Locale::En)
            && !jobs.iter().any(|(l, _, _)| *l == Locale::En);
        if english_wanted {
            jobs = vec![(Locale::En, (), original.clone())];
            outcomes.extend(translate_all(self.app, &draft.municipality, &jobs).await);
        }
        let mut made = 0;
        let mut not_made = Vec::new();
        let Some(draft) = self.state.draft.as_mut() else {
            return;
        };
        for (locale, (), result) in outcomes {
            match result {
                Ok(text) => {
                    draft.texts.0.insert(locale, text);
                    draft.machine.languages.insert(locale);
                    made += 1;
                }
                Err(error) => {
                    tracing::warn!(%error, language = locale.code(), "an announcement was not translated");
                    not_made.push(locale);
                }
            }
        }
        self.tell_translated(translator.name(), made, &not_made);
    }
}

/// What a language's text is, for its button's mark.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(in crate::conversation) enum TextState {
    /// Nothing yet: its readers get the fallback.
    Missing,
    Written,
    Machine {
        checked: bool,
    },
    Dropped,
}

/// A language's button label with its mark: ✍️ written by staff, 🤖 a
/// machine translation (🤖✅ looked at and kept), 🚫 dropped.
pub(in crate::conversation) fn marked_language(
    turn: &Turn,
    locale: Locale,
    state: TextState,
) -> String {
    let name = turn.app.i18n.tr(locale).msg("language-name");
    let mark = match state {
        TextState::Missing => return name,
        TextState::Written => "✍️",
        TextState::Machine { checked: false } => "🤖",
        TextState::Machine { checked: true } => "🤖✅",
        TextState::Dropped => "🚫",
    };
    format!("{mark} {name}")
}

/// The state of an announcement draft's text in `locale`.
pub(super) fn text_state(draft: &Draft, locale: Locale) -> TextState {
    if draft.machine.wrote(locale) {
        TextState::Machine {
            checked: draft.checked.contains(&locale),
        }
    } else if draft.texts.0.contains_key(&locale) {
        TextState::Written
    } else if draft.dropped.contains(&locale) {
        TextState::Dropped
    } else {
        TextState::Missing
    }
}

/// The review of one machine translation: the heading, the text (cut to
/// fit a message) and the question, for readers of `locale` who get
/// `fallback` if it is dropped.
pub(in crate::conversation) fn review_text(
    turn: &Turn,
    locale: Locale,
    provider: &str,
    text: &str,
    fallback: Locale,
) -> String {
    let tr = turn.tr();
    let language = turn.app.i18n.tr(locale).msg("language-name");
    let mut shown: String = text.chars().take(REVIEW_CHARS).collect();
    if text.chars().count() > REVIEW_CHARS {
        shown.push('…');
    }
    let heading = tr.msg_args(
        "announce-machine-review",
        &args!["language" => language.clone(), "provider" => provider],
    );
    let question = tr.msg_args(
        "announce-machine-question",
        &args![
            "language" => language,
            "fallback" => turn.app.i18n.tr(fallback).msg("language-name"),
        ],
    );
    format!("{heading}\n\n{shown}\n\n{question}")
}

/// The language a reader of `locale` falls back to among those `has`
/// (written by people), Bokmål at the end.
pub(in crate::conversation) fn fallback_of(locale: Locale, has: impl Fn(Locale) -> bool) -> Locale {
    locale
        .fallback_chain()
        .iter()
        .skip(1)
        .copied()
        .find(|l| has(*l))
        .unwrap_or(Locale::Nb)
}

/// One machine translation, to keep, rewrite or drop.
pub(super) fn review_screen(turn: &Turn, draft: &Draft, locale: Locale) -> Screen {
    let tr = turn.tr();
    let back = vec![Button::new(
        tr.msg("button-back"),
        AnnounceAction::OpenTranslations,
    )];
    let Some(text) = draft.texts.0.get(&locale) else {
        return (tr.msg("stale-button"), vec![back]);
    };
    let fallback = fallback_of(locale, |l| {
        draft.texts.0.contains_key(&l) && !draft.machine.wrote(l)
    });
    let buttons = vec![
        vec![Button::new(
            tr.msg("announce-machine-accept"),
            AnnounceAction::AcceptMachine(locale),
        )],
        vec![Button::new(
            tr.msg("announce-machine-write"),
            AnnounceAction::Translate(locale),
        )],
        vec![Button::new(
            tr.msg("announce-machine-drop"),
            AnnounceAction::DropMachine(locale),
        )],
        back,
    ];
    (
        review_text(turn, locale, &draft.machine.provider, text, fallback),
        buttons,
    )
}
