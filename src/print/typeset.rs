//! Typst as a library: the templates in `assets/print`, the fonts in
//! `assets/fonts`, and what goes between them.
//!
//! The data reaches a template as `sys.inputs` — Typst strings, never
//! markup — so nothing a municipality writes in its pack (or a translator
//! in a locale) can be read as Typst code: a `#` or `*` in an office's name
//! is printed as it is.

use std::sync::OnceLock;

use typst::foundations::{Array, Bytes, Dict, IntoValue, Value};
use typst_as_lib::TypstEngine;
use typst_layout::PagedDocument;

use super::PrintError;
use crate::i18n::Locale;

/// The fonts, compiled in: DejaVu Sans for the Latin and Cyrillic scripts
/// (also the chart's), Noto Naskh Arabic for Arabic and Dari, Noto Sans
/// Ethiopic for Tigrinya. Licences beside them in `assets/fonts`.
static FONTS: [&[u8]; 6] = [
    include_bytes!("../../assets/fonts/DejaVuSans.ttf"),
    include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf"),
    include_bytes!("../../assets/fonts/NotoNaskhArabic-Regular.ttf"),
    include_bytes!("../../assets/fonts/NotoNaskhArabic-Bold.ttf"),
    include_bytes!("../../assets/fonts/NotoSansEthiopic-Regular.ttf"),
    include_bytes!("../../assets/fonts/NotoSansEthiopic-Bold.ttf"),
];

/// A template and its file name (for Typst's error messages).
#[derive(Clone, Copy)]
pub(super) struct Template {
    pub name: &'static str,
    pub source: &'static str,
}

pub(super) const LETTER: Template = Template {
    name: "letter.typ",
    source: include_str!("../../assets/print/letter.typ"),
};

pub(super) const POSTER: Template = Template {
    name: "poster.typ",
    source: include_str!("../../assets/print/poster.typ"),
};

/// The engine with the fonts and both templates, made once: reading the
/// fonts takes a while, and the engine may be shared between threads.
fn engine() -> &'static TypstEngine {
    static ENGINE: OnceLock<TypstEngine> = OnceLock::new();
    ENGINE.get_or_init(|| {
        TypstEngine::builder()
            .fonts(FONTS)
            .with_static_source_file_resolver([
                (LETTER.name, LETTER.source),
                (POSTER.name, POSTER.source),
            ])
            .build()
    })
}

/// A laid-out PDF and how many pages it has.
#[derive(Clone, Debug)]
pub struct Printed {
    pub pdf: Vec<u8>,
    pub pages: usize,
}

/// Lays out a template with its inputs and writes the PDF. Takes tens to
/// hundreds of milliseconds of CPU: call it off the async threads.
pub(super) fn typeset(template: Template, inputs: Dict) -> Result<Printed, PrintError> {
    let document: PagedDocument = engine()
        .compile_with_input(template.name, inputs)
        .output
        .map_err(|error| PrintError::Layout(error.to_string()))?;
    let pdf = typst_pdf::pdf(&document, &typst_pdf::PdfOptions::default()).map_err(|errors| {
        PrintError::Pdf(
            errors
                .iter()
                .map(|e| e.message.to_string())
                .collect::<Vec<_>>()
                .join("; "),
        )
    })?;
    Ok(Printed {
        pdf,
        pages: document.pages().len(),
    })
}

/// The fonts a locale's text is set in, most specific first; DejaVu Sans
/// after them for what their script's font lacks (Latin letters in an
/// address, digits, punctuation).
pub(super) fn fonts(locale: Locale) -> Value {
    let own: &[&str] = match locale {
        Locale::Ar | Locale::Prs => &["Noto Naskh Arabic", "DejaVu Sans"],
        Locale::Ti => &["Noto Sans Ethiopic", "DejaVu Sans"],
        _ => &["DejaVu Sans"],
    };
    own.iter()
        .map(|f| f.into_value())
        .collect::<Array>()
        .into_value()
}

/// How much larger a locale's text is set: Naskh's and Noto Ethiopic's
/// letters are smaller than DejaVu's at one point size, so Arabic and Dari
/// get 15 % more and Tigrinya 10 % (Latin words among them grow too).
pub(super) fn scale(locale: Locale) -> Value {
    let factor: f64 = match locale {
        Locale::Ar | Locale::Prs => 1.15,
        Locale::Ti => 1.1,
        _ => 1.0,
    };
    factor.into_value()
}

/// The language tag Typst knows a locale by (for shaping, direction, line
/// breaking and hyphenation): Dari as Persian.
pub(super) fn lang(locale: Locale) -> &'static str {
    match locale {
        Locale::Prs => "fa",
        other => other.code(),
    }
}

/// Text for paper: without the emoji the chat shows (no font here draws
/// them, and black-and-white print needs none), with spacing tidied where
/// one stood.
pub(super) fn plain(text: &str) -> String {
    let kept: String = text.chars().filter(|c| !is_emoji(*c)).collect();
    kept.lines()
        .map(|line| {
            line.split(' ')
                .filter(|w| !w.is_empty())
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Emoji and what joins or styles them.
fn is_emoji(c: char) -> bool {
    matches!(u32::from(c),
        0x1F000..=0x1FAFF   // pictographs, emoticons, transport, flags …
        | 0x2600..=0x27BF   // symbols and dingbats (☕ ✉ ⚠ …)
        | 0x2B00..=0x2BFF   // arrows and stars (⭐)
        | 0x200D            // zero-width joiner
        | 0xFE0E | 0xFE0F   // text and emoji presentation
        | 0x20E3            // keycap
    )
}

/// A string value.
pub(super) fn text(value: &str) -> Value {
    value.into_value()
}

/// An optional string: `none` in Typst when absent.
pub(super) fn maybe(value: Option<&str>) -> Value {
    value.map_or(Value::None, |v| v.into_value())
}

/// Bytes (an SVG image).
pub(super) fn bytes(value: Vec<u8>) -> Value {
    Value::Bytes(Bytes::new(value))
}

/// A dictionary from fields.
pub(super) fn dict<const N: usize>(fields: [(&str, Value); N]) -> Dict {
    let mut dict = Dict::new();
    for (key, value) in fields {
        dict.insert(key.into(), value);
    }
    dict
}

/// A dictionary from fields, as a value (an entry of an array, a field).
pub(super) fn record<const N: usize>(fields: [(&str, Value); N]) -> Value {
    Value::Dict(dict(fields))
}

/// An array from values.
pub(super) fn array(values: impl IntoIterator<Item = Value>) -> Value {
    values.into_iter().collect::<Array>().into_value()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paper_text_loses_emoji_but_no_letters() {
        assert_eq!(plain("📇 Contacts in Haram"), "Contacts in Haram");
        assert_eq!(plain("👨‍👩‍👧 Children have a right"), "Children have a right");
        assert_eq!(plain("☕ Møteplasser i Ørsta"), "Møteplasser i Ørsta");
        assert_eq!(plain("ስለ ⭐ ወርሓዊ"), "ስለ ወርሓዊ");
        assert_eq!(plain("مرحباً بكم في هارام!"), "مرحباً بكم في هارام!");
        assert_eq!(plain("Ąžuolas — įėjimas"), "Ąžuolas — įėjimas");
    }
}
