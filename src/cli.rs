//! The command line: `serve` (the default), `chat`, `migrate`,
//! `content check`.

use std::process::ExitCode;
use std::sync::Arc;

use clap::{Parser, Subcommand};
use tracing_subscriber::EnvFilter;

use crate::app::{self, AppState};
use crate::clock::{Clock, SystemClock};
use crate::config::Config;
use crate::content::{Content, Severity};
use crate::i18n;
use crate::terminal::{self, ChatOptions};

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
        Some(Command::Chat { .. } | Command::Content { .. }) => "error",
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
    }
    Ok(ExitCode::SUCCESS)
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
