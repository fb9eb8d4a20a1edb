//! Paper: the welcome letter as a PDF, and posters with a QR code that
//! opens the bot.
//!
//! Many newcomers meet the municipality first at a desk — the refugee
//! consultant, the introduction centre, an employer's HR office — and the
//! study's welcome letter is a *letter*. Both documents are laid out by
//! Typst (see [`typeset`]) on A4, readable in black and white, with the
//! fonts compiled in, so a PDF is the same on every machine.

mod letter;
mod poster;
mod qr;
mod typeset;

pub use letter::{LetterFor, letter_pdf};
pub use poster::{Audience, poster_pdf};
pub use qr::qr_svg;
pub use typeset::Printed;

/// Why a document could not be made. Neither should happen with the
/// shipped templates and fonts; a test lays out every combination.
#[derive(Debug, thiserror::Error)]
pub enum PrintError {
    #[error("the document could not be laid out: {0}")]
    Layout(String),
    #[error("the PDF could not be written: {0}")]
    Pdf(String),
    #[error("the QR code could not be made: {0}")]
    Qr(String),
}

/// The link a QR code opens: the bot, started with `payload` (a
/// municipality's slug, or `fadder-<slug>`). Slugs are `a-z0-9-`, which
/// Telegram's deep links allow.
pub fn deep_link(bot_username: &str, payload: &str) -> String {
    format!(
        "https://t.me/{}?start={payload}",
        bot_username.trim_start_matches('@')
    )
}

/// A bot username as Telegram allows it: 5–32 of `A-Za-z0-9_`, starting
/// with a letter (an `@` in front is allowed and dropped).
pub fn valid_bot_username(name: &str) -> Option<String> {
    let name = name.trim().trim_start_matches('@');
    let ok = (5..=32).contains(&name.len())
        && name.starts_with(|c: char| c.is_ascii_alphabetic())
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    ok.then(|| name.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deep_links_open_the_bot_with_the_payload() {
        assert_eq!(
            deep_link("@velkommen_tynset_bot", "tynset"),
            "https://t.me/velkommen_tynset_bot?start=tynset"
        );
        assert_eq!(
            deep_link("velkommen_bot", "fadder-haram"),
            "https://t.me/velkommen_bot?start=fadder-haram"
        );
    }

    #[test]
    fn only_telegram_usernames_are_taken() {
        assert_eq!(
            valid_bot_username(" @Velkommen_bot "),
            Some("Velkommen_bot".into())
        );
        for bad in [
            "",
            "bot",
            "1velkommen_bot",
            "velkommen bot",
            "velkommen-bot",
            "a".repeat(33).as_str(),
            "velkommen_bøt",
        ] {
            assert_eq!(valid_bot_username(bad), None, "{bad}");
        }
    }
}
