//! `velkommen letter` and `velkommen poster`: the welcome letter for
//! someone at the desk, and the posters, as PDF files. Nothing is stored
//! and no database is opened.

use anyhow::Context as _;

use super::{known_locale, known_municipality};
use crate::app;
use crate::clock::Clock;
use crate::config::Config;
use crate::i18n;
use crate::newcomers::ChatKey;

/// The bot's username: the flag, then `VELKOMMEN_BOT_USERNAME`, then
/// Telegram's `getMe` when there is a token; `None` if none of them.
pub(super) async fn known_bot_username(
    config: &Config,
    flag: Option<String>,
) -> anyhow::Result<Option<String>> {
    if let Some(name) = flag {
        let valid = crate::print::valid_bot_username(&name).with_context(|| {
            format!(
                "--bot-username {name:?}: the bot's Telegram username, like velkommen_tynset_bot"
            )
        })?;
        return Ok(Some(valid));
    }
    if let Some(name) = &config.bot_username {
        return Ok(Some(name.clone()));
    }
    let Some(token) = config.telegram_token.clone() else {
        return Ok(None);
    };
    let bot = crate::telegram::bot(token, config.telegram_api_url.clone());
    crate::telegram::bot_username(&bot)
        .await
        .context("asking Telegram for the bot's username (getMe); or give --bot-username")
}

/// What `velkommen letter` was asked for.
pub(super) struct LetterRequest {
    pub municipality: String,
    pub lang: String,
    pub category: String,
    pub citizenship: Option<String>,
    pub household: String,
    pub pdf: std::path::PathBuf,
}

/// Writes a welcome letter for someone at the desk; says where and how
/// long it is.
pub(super) fn print_letter(
    config: &Config,
    clock: &dyn Clock,
    request: &LetterRequest,
    bot: Option<&str>,
) -> anyhow::Result<()> {
    use crate::newcomers::{Category, Citizenship, Household, Newcomer, Status};
    let content = app::load_content(config, clock)?;
    let i18n = app::load_i18n()?;
    let municipality = known_municipality(&content, &request.municipality)?;
    let locale = known_locale(&request.lang)?;
    let category = Category::from_code(&request.category).with_context(|| {
        format!(
            "--category {:?}: refugee, labour, family or other",
            request.category
        )
    })?;
    let household = Household::from_code(&request.household).with_context(|| {
        format!(
            "--household {:?}: alone, partner, children or relatives",
            request.household
        )
    })?;
    let citizenship = match (&request.citizenship, category) {
        (None, Category::Refugee) => None,
        (None, _) => anyhow::bail!(
            "--citizenship nordic, eea or other: the first steps of someone who came as {} \
             depend on it (police registration, a permit, or only a report of the move)",
            request.category
        ),
        (Some(code), _) => Some(Citizenship::from_code(code).with_context(|| {
            format!("--citizenship {code:?}: nordic, eea (the rest of the EU/EEA and Switzerland) or other")
        })?),
    };
    let now = clock.now();
    let newcomer = Newcomer {
        chat: ChatKey::terminal(0),
        municipality: Some(municipality.slug.clone()),
        locale,
        category: Some(category),
        arrival: None,
        household: Some(household),
        wants_mentor: None,
        citizenship,
        consented_at: now,
        status: Status::Active,
        created_at: now,
    };
    let printed = crate::print::letter_pdf(&crate::print::LetterFor {
        tr: i18n.tr(locale),
        content: &content,
        municipality,
        newcomer: &newcomer,
        bot_username: bot,
        today: clock.today_in_oslo(),
    })?;
    std::fs::write(&request.pdf, &printed.pdf)
        .with_context(|| format!("writing {}", request.pdf.display()))?;
    println!(
        "Wrote {}: the welcome letter for {} in {}, {} page(s).",
        request.pdf.display(),
        municipality.name,
        i18n.tr(locale).msg("language-name"),
        printed.pages
    );
    match bot {
        Some(bot) => println!(
            "Its QR code opens {}",
            crate::print::deep_link(bot, &municipality.slug)
        ),
        None => {
            println!("It has no QR code: give --bot-username (or set TELOXIDE_TOKEN) to add one.")
        }
    }
    Ok(())
}

/// Writes a poster; says where and what its QR code opens.
pub(super) fn print_poster(
    config: &Config,
    clock: &dyn Clock,
    slug: &str,
    audience: &str,
    lang: &str,
    bot: &str,
    pdf: &std::path::Path,
) -> anyhow::Result<()> {
    use crate::print::Audience;
    let content = app::load_content(config, clock)?;
    let i18n = app::load_i18n()?;
    let municipality = known_municipality(&content, slug)?;
    let audience = match audience {
        "newcomers" => Audience::Newcomers,
        "mentors" | "faddere" => Audience::Mentors,
        other => anyhow::bail!("--for {other:?}: newcomers or mentors"),
    };
    let locale = known_locale(lang)?;
    anyhow::ensure!(
        audience == Audience::Mentors || matches!(locale, i18n::Locale::Nb | i18n::Locale::Nn),
        "--lang {lang:?}: the newcomer poster's title is in the municipality's Norwegian (nb or nn); \
         all ten languages are on it anyway"
    );
    let printed = crate::print::poster_pdf(
        &i18n,
        municipality,
        audience,
        locale,
        bot,
        clock.today_in_oslo(),
    )?;
    std::fs::write(pdf, &printed.pdf).with_context(|| format!("writing {}", pdf.display()))?;
    println!(
        "Wrote {}: {} page(s). Its QR code opens {}",
        pdf.display(),
        printed.pages,
        crate::print::deep_link(bot, &audience.payload(&municipality.slug))
    );
    Ok(())
}
