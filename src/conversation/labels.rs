//! Typed text read as a button: people type the label they see ("ስደተኛ
//! እየ"), part of it ("refugee"), or yes and no in their own words ("haa",
//! "так", "ja").

use super::Button;
use super::flows::{self, Action};
use super::turn::Turn;
use crate::i18n::Locale;

/// A button label or typed text reduced to its words: lowercase, no
/// diacritics, no emoji, ticks or punctuation.
pub(super) fn fold_label(text: &str) -> String {
    crate::guide::matching::fold(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether `typed` (folded) is one of the words a message lists, comma
/// separated, in the person's language — or in English or Norwegian, which
/// many type whatever language they read.
pub(super) fn is_word(turn: &Turn, key: &str, typed: &str) -> bool {
    [turn.locale, Locale::En, Locale::Nb]
        .into_iter()
        .any(|locale| {
            turn.app
                .i18n
                .tr(locale)
                .msg(key)
                .split(',')
                .any(|word| fold_label(word) == typed)
        })
}

/// The button a typed text stands for on the current screen: its label
/// typed out, or yes or no in the person's language where the screen asks
/// yes or no. With `loose`, also a unique button whose label contains the
/// typed words ("refugee" for "I am a refugee"), or whose words the typed
/// text contains.
pub(super) fn typed_button(turn: &Turn, text: &str, loose: bool) -> Option<Action> {
    let typed = fold_label(text);
    if typed.is_empty() {
        return None;
    }
    let (_, rows) = turn.screen();
    let buttons: Vec<&Button> = rows.iter().flatten().collect();
    let decode = |b: &Button| Action::decode(&b.data).ok();
    let exact: Vec<&&Button> = buttons
        .iter()
        .filter(|b| fold_label(&b.label) == typed)
        .collect();
    if let [only] = exact.as_slice() {
        return decode(only);
    }
    if let Some((yes, no)) = flows::yes_no(turn.state.step) {
        if is_word(turn, "typed-yes", &typed) {
            return Some(yes);
        }
        if is_word(turn, "typed-no", &typed) {
            return Some(no);
        }
    }
    if !loose || typed.chars().count() < 4 {
        return None;
    }
    // The typed words inside one label ("refugee"), or one label's words
    // inside what was typed ("ኣነ ስደተኛ እየ" for "ስደተኛ እየ").
    let padded = format!(" {typed} ");
    let containing: Vec<&&Button> = buttons
        .iter()
        .filter(|b| {
            let label = fold_label(&b.label);
            format!(" {label} ").contains(&padded)
                || (label.chars().count() >= 4 && padded.contains(&format!(" {label} ")))
        })
        .collect();
    match containing.as_slice() {
        [only] => decode(only),
        _ => None,
    }
}
