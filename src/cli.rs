//! The command line: `serve` (the default), `chat`, `migrate`,
//! `content check`.

use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Context as _;
use clap::{Parser, Subcommand};
use tracing_subscriber::EnvFilter;

use crate::app::{self, AppState};
use crate::clock::{Clock, SystemClock};
use crate::config::Config;
use crate::content::{Content, Severity};
use crate::i18n;
use crate::newcomers::ChatKey;
use crate::staff::{InviteCode, Role};
use crate::terminal::{self, ChatOptions};

mod paper;
use paper::{LetterRequest, known_bot_username, print_letter, print_poster};

#[derive(Debug, Parser)]
#[command(
    name = "velkommen",
    version,
    about = "A multilingual welcome service for Norwegian rural municipalities"
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Run the Telegram bot (long polling) and the background workers. The default.
    Serve,
    /// Talk to the conversation engine in the terminal, as a newcomer.
    Chat {
        /// Start as if from the deep link of this municipality (e.g. haram).
        #[arg(long, value_name = "SLUG")]
        municipality: Option<String>,
        /// The language hint, like Telegram's language_code (e.g. uk, ar, pl).
        #[arg(long, value_name = "CODE")]
        lang: Option<String>,
        /// Your id on the local terminal channel.
        #[arg(long, value_name = "ID", default_value_t = 1)]
        user: i64,
    },
    /// Apply the database migrations and exit.
    Migrate,
    /// Check the content packs and locales.
    Content {
        #[command(subcommand)]
        action: ContentCommand,
    },
    /// What a municipality's newcomers answered about staying, as counts:
    /// a summary here, and a CSV file and a chart if asked for. Figures
    /// of fewer than five people are hidden.
    Insight {
        /// The municipality's slug (e.g. tynset).
        #[arg(long, value_name = "SLUG")]
        municipality: String,
        /// The first month (a day in it, e.g. 2027-01-01); by default
        /// twelve months before --to.
        #[arg(long, value_name = "DATE")]
        from: Option<chrono::NaiveDate>,
        /// The last month (a day in it); by default this month.
        #[arg(long, value_name = "DATE")]
        to: Option<chrono::NaiveDate>,
        /// Write the figures as CSV (semicolons, UTF-8 with BOM) here.
        #[arg(long, value_name = "FILE")]
        csv: Option<std::path::PathBuf>,
        /// Draw the chart as a PNG here.
        #[arg(long, value_name = "FILE.png")]
        chart: Option<std::path::PathBuf>,
        /// The language of the texts (staff read Norwegian Bokmål).
        #[arg(long, value_name = "CODE", default_value = "nb")]
        lang: String,
    },
    /// Invite, list and remove municipal staff.
    Staff {
        #[command(subcommand)]
        action: StaffCommand,
    },
    /// Erase everything about a person at their request (by phone, letter
    /// or at the desk), as their own /delete would; written to the audit log.
    Erase {
        /// The municipality that received the request (e.g. haram).
        #[arg(long, value_name = "SLUG")]
        municipality: String,
        /// The person's case reference (e.g. S-7KQ4).
        #[arg(
            long,
            value_name = "REF",
            conflicts_with = "chat",
            required_unless_present = "chat"
        )]
        case: Option<String>,
        /// The person's Telegram chat id, if they have no case.
        #[arg(long, value_name = "ID")]
        chat: Option<i64>,
        /// Why: how the request came, for the audit log.
        #[arg(long, value_name = "TEXT")]
        reason: String,
    },
    /// A municipality's audit log: every staff action, newest first.
    Audit {
        /// The municipality's slug (e.g. haram).
        #[arg(long, value_name = "SLUG")]
        municipality: String,
        /// How many entries.
        #[arg(long, value_name = "N", default_value_t = 100)]
        limit: i64,
    },
    /// Print a welcome letter for someone at the desk: A4 PDF in their
    /// language, with the first steps for their group, the contacts and
    /// meeting places, and a QR code that opens the bot in the
    /// municipality. Nothing is stored.
    Letter {
        /// The municipality's slug (e.g. tynset).
        #[arg(long, value_name = "SLUG")]
        municipality: String,
        /// The reader's language: nb, nn, en, uk, pl, lt, ar, so, ti, prs.
        #[arg(long, value_name = "CODE")]
        lang: String,
        /// Why they came: refugee, labour, family or other.
        #[arg(long, value_name = "GROUP")]
        category: String,
        /// Which rules of entry apply (not for refugees): nordic, eea
        /// (the rest of the EU/EEA and Switzerland) or other.
        #[arg(long, value_name = "GROUP")]
        citizenship: Option<String>,
        /// Who they live with: alone, partner, children or relatives.
        #[arg(long, value_name = "WHO")]
        household: String,
        /// The bot's Telegram username, for the QR code (otherwise
        /// VELKOMMEN_BOT_USERNAME, or Telegram is asked with TELOXIDE_TOKEN;
        /// without any, the letter has no QR code).
        #[arg(long, value_name = "NAME")]
        bot_username: Option<String>,
        /// Write the PDF here.
        #[arg(long, value_name = "FILE.pdf")]
        pdf: std::path::PathBuf,
    },
    /// Print an A4 poster with a QR code: for newcomers ("welcome" in all
    /// ten languages; the code opens the bot in the municipality) or for
    /// mentors (recruiting faddere; the code opens the fadder sign-up).
    Poster {
        /// The municipality's slug (e.g. tynset).
        #[arg(long, value_name = "SLUG")]
        municipality: String,
        /// Who it speaks to: newcomers or mentors.
        #[arg(long = "for", value_name = "WHO", default_value = "newcomers")]
        audience: String,
        /// The title's language (and the fadder poster's): nb or nn, or
        /// any of the ten for a fadder poster.
        #[arg(long, value_name = "CODE", default_value = "nb")]
        lang: String,
        /// The bot's Telegram username, for the QR code (otherwise
        /// VELKOMMEN_BOT_USERNAME, or Telegram is asked with TELOXIDE_TOKEN).
        #[arg(long, value_name = "NAME")]
        bot_username: Option<String>,
        /// Write the PDF here.
        #[arg(long, value_name = "FILE.pdf")]
        pdf: std::path::PathBuf,
    },
    /// What velkommen stores about people, for a data protection officer.
    Privacy {
        #[command(subcommand)]
        action: PrivacyCommand,
    },
}

#[derive(Debug, Subcommand)]
enum PrivacyCommand {
    /// Print the data inventory: every table, what is personal in it, why,
    /// on which legal basis, for how long and who sees it (Markdown).
    Inventory,
}

#[derive(Debug, Subcommand)]
enum StaffCommand {
    /// Print a one-time, expiring invite code for one municipality and role.
    Invite {
        /// The municipality's slug (e.g. haram).
        #[arg(long, value_name = "SLUG")]
        municipality: String,
        /// coordinator, announcer or mentor-coordinator.
        #[arg(long, value_parser = parse_role)]
        role: Role,
        /// How long the code works.
        #[arg(long, value_name = "HOURS", default_value_t = 72)]
        valid_hours: u32,
    },
    /// List staff (of one municipality, or all).
    List {
        #[arg(long, value_name = "SLUG")]
        municipality: Option<String>,
    },
    /// Remove a staff member, by chat id (from one municipality, or all).
    Revoke {
        #[arg(long, value_name = "CHAT_ID")]
        chat: i64,
        #[arg(long, value_name = "SLUG")]
        municipality: Option<String>,
    },
}

fn parse_role(value: &str) -> Result<Role, String> {
    Role::from_code(value).ok_or_else(|| {
        let roles: Vec<&str> = Role::ALL.iter().map(|r| r.code()).collect();
        format!("unknown role {value:?}; use one of: {}", roles.join(", "))
    })
}

#[derive(Debug, Subcommand)]
enum ContentCommand {
    /// Validate every content pack and every locale; non-zero exit on any error.
    Check,
}

/// Parses the command line and runs the subcommand.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    // The terminal chat and the content check print for people; logs there
    // would only get in the way of reading.
    let default_level = match cli.command {
        Some(
            Command::Chat { .. }
            | Command::Content { .. }
            | Command::Insight { .. }
            | Command::Letter { .. }
            | Command::Poster { .. }
            | Command::Privacy { .. }
            | Command::Audit { .. }
            | Command::Erase { .. },
        ) => "error",
        _ => "info",
    };
    init_logging(default_level);
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("velkommen: cannot start the async runtime: {error}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(cli)) {
        Ok(code) => code,
        Err(error) => {
            eprintln!("velkommen: {error:#}");
            ExitCode::FAILURE
        }
    }
}

fn init_logging(default: &str) {
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(default));
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .init();
}

async fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let config = Config::load()?;
    let clock: Arc<dyn Clock> = Arc::new(SystemClock);
    match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => app::serve(config, clock).await?,
        Command::Erase {
            municipality,
            case,
            chat,
            reason,
        } => {
            let state = AppState::build(&config, clock).await?;
            anyhow::ensure!(!reason.trim().is_empty(), "give the reason with --reason");
            let (chat, subject) = match (case, chat) {
                (Some(reference), _) => {
                    let parsed = crate::cases::CaseRef::parse(&reference)
                        .with_context(|| format!("{reference:?} is not a case reference"))?;
                    let case = state
                        .store
                        .case_by_ref(&municipality, &parsed)
                        .await?
                        .with_context(|| format!("no case {reference} in {municipality}"))?;
                    (case.chat, format!("{reference}: {reason}"))
                }
                (None, Some(id)) => {
                    let chat = ChatKey::telegram(id);
                    let (_, newcomer) = state.store.load_chat(chat).await?;
                    let lives_here = newcomer
                        .and_then(|n| n.municipality)
                        .is_some_and(|m| m == municipality);
                    let volunteers_here = state
                        .store
                        .mentor_of(chat)
                        .await?
                        .is_some_and(|m| m.municipality == municipality);
                    anyhow::ensure!(
                        lives_here || volunteers_here,
                        "chat {id} is neither a newcomer nor a fadder of {municipality}"
                    );
                    (chat, format!("chat: {reason}"))
                }
                (None, None) => anyhow::bail!("give --case or --chat"),
            };
            crate::conversation::erase_on_request(
                &state,
                &municipality,
                chat,
                crate::audit::Actor::CommandLine,
                &subject,
            )
            .await?;
            println!("erased; written to {municipality}'s audit log");
        }
        Command::Audit {
            municipality,
            limit,
        } => {
            let state = AppState::build(&config, clock).await?;
            anyhow::ensure!(
                state.content.municipality(&municipality).is_some(),
                "no municipality {municipality:?} in the content packs"
            );
            use std::io::Write as _;
            let mut out = std::io::stdout();
            for entry in state
                .store
                .audit_log(&municipality, limit.clamp(1, 100_000))
                .await?
            {
                writeln!(
                    out,
                    "{}\t{}\t{}\t{}",
                    entry
                        .at
                        .with_timezone(&chrono_tz::Europe::Oslo)
                        .format("%d.%m.%Y %H:%M"),
                    entry.actor_label(),
                    entry.action.code(),
                    entry.subject,
                )?;
            }
        }
        // Needs no database: the inventory is the code's own list.
        Command::Privacy {
            action: PrivacyCommand::Inventory,
        } => print!("{}", crate::privacy::markdown()),
        Command::Chat {
            municipality,
            lang,
            user,
        } => {
            let state = AppState::build(&config, clock).await?;
            let options = ChatOptions {
                user,
                language_code: lang,
                municipality,
            };
            let stdin = tokio::io::BufReader::new(tokio::io::stdin());
            terminal::run(&state.engine(), &options, stdin, &mut std::io::stdout()).await?;
        }
        Command::Migrate => {
            app::open_store(&config.database_url).await?;
            println!("migrations applied");
        }
        Command::Content {
            action: ContentCommand::Check,
        } => return Ok(content_check(&config, clock.as_ref())),
        Command::Staff { action } => {
            let state = AppState::build(&config, clock).await?;
            staff_admin(&state, action, &mut std::io::stdout()).await?;
        }
        Command::Insight {
            municipality,
            from,
            to,
            csv,
            chart,
            lang,
        } => {
            let state = AppState::build(&config, clock).await?;
            let request = InsightRequest {
                municipality,
                from,
                to,
                csv,
                chart,
                lang,
            };
            insight(&state, &request, &mut std::io::stdout()).await?;
        }
        Command::Letter {
            municipality,
            lang,
            category,
            citizenship,
            household,
            bot_username,
            pdf,
        } => {
            let request = LetterRequest {
                municipality,
                lang,
                category,
                citizenship,
                household,
                pdf,
            };
            let bot = known_bot_username(&config, bot_username).await?;
            print_letter(&config, clock.as_ref(), &request, bot.as_deref())?;
        }
        Command::Poster {
            municipality,
            audience,
            lang,
            bot_username,
            pdf,
        } => {
            let bot = known_bot_username(&config, bot_username).await?.context(
                "the poster's QR code needs the bot's username: give --bot-username, \
                 set VELKOMMEN_BOT_USERNAME, or set TELOXIDE_TOKEN so Telegram can be asked",
            )?;
            print_poster(
                &config,
                clock.as_ref(),
                &municipality,
                &audience,
                &lang,
                &bot,
                &pdf,
            )?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// A municipality of the content packs, or an error that lists them.
pub(crate) fn known_municipality<'a>(
    content: &'a Content,
    slug: &str,
) -> anyhow::Result<&'a crate::content::Municipality> {
    content.municipality(slug).with_context(|| {
        let slugs: Vec<&str> = content.municipalities().map(|m| m.slug.as_str()).collect();
        format!("no municipality {slug:?}; known: {}", slugs.join(", "))
    })
}

/// One of the shipped languages, or an error that lists them.
pub(crate) fn known_locale(code: &str) -> anyhow::Result<i18n::Locale> {
    i18n::Locale::from_code(code).with_context(|| {
        let codes: Vec<&str> = i18n::Locale::ALL.iter().map(|l| l.code()).collect();
        format!("no language {code:?}; use one of: {}", codes.join(", "))
    })
}

/// Carries out a `staff` subcommand, printing for the operator.
async fn staff_admin(
    state: &AppState,
    action: StaffCommand,
    out: &mut impl std::io::Write,
) -> anyhow::Result<()> {
    let known = |slug: &str| -> anyhow::Result<String> {
        match state.content.municipality(slug) {
            Some(m) => Ok(m.name.clone()),
            None => {
                let slugs: Vec<&str> = state
                    .content
                    .municipalities()
                    .map(|m| m.slug.as_str())
                    .collect();
                anyhow::bail!("no municipality {slug:?}; known: {}", slugs.join(", "))
            }
        }
    };
    match action {
        StaffCommand::Invite {
            municipality,
            role,
            valid_hours,
        } => {
            let name = known(&municipality)?;
            let now = state.clock.now();
            let expires = now + chrono::Duration::hours(valid_hours.max(1).into());
            let code = InviteCode::generate();
            state
                .store
                .create_invite(&code.hash(), &municipality, role, now, expires)
                .await?;
            let until = expires
                .with_timezone(&chrono_tz::Europe::Oslo)
                .format("%d.%m.%Y %H:%M");
            writeln!(out, "Invite for {name}, role {}:\n", role.code())?;
            writeln!(out, "    /staff {}\n", code.display())?;
            writeln!(out, "It works once, until {until} (Europe/Oslo).")?;
            writeln!(
                out,
                "The staff member sends the line above to the bot in a private chat."
            )?;
            writeln!(
                out,
                "To bind a staff group chat for notifications, send it in that group instead."
            )?;
        }
        StaffCommand::List { municipality } => {
            if let Some(slug) = &municipality {
                known(slug)?;
            }
            let staff = state.store.list_staff(municipality.as_deref()).await?;
            if staff.is_empty() {
                writeln!(out, "no staff yet")?;
            }
            for member in staff {
                writeln!(
                    out,
                    "{}\t{}\t{}\t{} {}\tsince {}",
                    member.municipality,
                    member.role.code(),
                    member.kind.code(),
                    member.chat.channel.code(),
                    member.chat.id,
                    member
                        .created_at
                        .with_timezone(&chrono_tz::Europe::Oslo)
                        .format("%d.%m.%Y"),
                )?;
            }
        }
        StaffCommand::Revoke { chat, municipality } => {
            if let Some(slug) = &municipality {
                known(slug)?;
            }
            let chat = ChatKey::telegram(chat);
            let memberships = state.store.staff_memberships(chat).await?;
            let removed = state
                .store
                .revoke_staff(chat, municipality.as_deref())
                .await?;
            for member in memberships.iter().filter(|m| {
                municipality
                    .as_ref()
                    .is_none_or(|slug| &m.municipality == slug)
            }) {
                state
                    .audit(
                        &member.municipality,
                        crate::audit::Actor::CommandLine,
                        crate::audit::Action::StaffRevoked,
                        format!("{}:{}", chat.channel.code(), chat.id),
                    )
                    .await?;
            }
            writeln!(
                out,
                "removed {removed} staff membership(s) of chat {}",
                chat.id
            )?;
        }
    }
    Ok(())
}

/// Prints every finding; fails if any is an error.
fn content_check(config: &Config, clock: &dyn Clock) -> ExitCode {
    let mut errors = 0;
    let mut warnings = 0;
    let (municipalities, findings) = match Content::load(&config.content_dir, clock.today_in_oslo())
    {
        Ok((content, findings)) => (content.municipalities().count(), findings),
        Err(error) => (0, error.findings),
    };
    for finding in &findings {
        match finding.severity {
            Severity::Error => errors += 1,
            Severity::Warning => warnings += 1,
        }
        println!("{finding}");
    }
    let mut locale_problems = i18n::check_locales();
    if let Err(problems) = i18n::I18n::load() {
        locale_problems.extend(problems);
    }
    for problem in &locale_problems {
        errors += 1;
        println!("error: {problem}");
    }
    println!(
        "{municipalities} municipalities, {} locales: {errors} errors, {warnings} warnings",
        i18n::Locale::ALL.len()
    );
    if errors > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// What `velkommen insight` was asked for.
struct InsightRequest {
    municipality: String,
    from: Option<chrono::NaiveDate>,
    to: Option<chrono::NaiveDate>,
    csv: Option<std::path::PathBuf>,
    chart: Option<std::path::PathBuf>,
    lang: String,
}

/// Prints a municipality's insight, and writes its CSV and chart.
async fn insight(
    state: &AppState,
    request: &InsightRequest,
    out: &mut impl std::io::Write,
) -> anyhow::Result<()> {
    let municipality = known_municipality(&state.content, &request.municipality)?;
    let locale = known_locale(&request.lang)?;
    let (from, to) = crate::insight::period(request.from, request.to, state.clock.now())
        .map_err(|problem| anyhow::anyhow!(problem))?;
    let insight = state.insight(&municipality.slug, from, to).await?;
    let tr = state.i18n.tr(locale);
    writeln!(
        out,
        "{}",
        insight
            .paragraphs(&tr, &municipality.short_name)
            .join("\n\n")
    )?;
    if let Some(path) = &request.csv {
        std::fs::write(path, insight.csv(&tr))
            .with_context(|| format!("writing {}", path.display()))?;
        writeln!(out, "\nCSV: {}", path.display())?;
    }
    if let Some(path) = &request.chart {
        let png = crate::insight::render_png(&insight.chart_data(&tr, &municipality.short_name))
            .map_err(|problem| anyhow::anyhow!("drawing the chart: {problem}"))?;
        std::fs::write(path, png).with_context(|| format!("writing {}", path.display()))?;
        writeln!(out, "Chart: {}", path.display())?;
    }
    Ok(())
}
