//! `velkommen chat`: the conversation engine in a terminal, as a newcomer,
//! without Telegram. One line per turn; a number presses that button.

use std::io::{IsTerminal, Write};

use tokio::io::{AsyncBufRead, AsyncBufReadExt};

use crate::conversation::{Button, Engine, Incoming, Input, Reply};
use crate::newcomers::ChatKey;

/// Who the terminal user is.
#[derive(Clone, Debug)]
pub struct ChatOptions {
    /// The chat's id on the local `terminal` channel.
    pub user: i64,
    /// Like Telegram's `language_code`.
    pub language_code: Option<String>,
    /// Start as if from a deep link to this municipality.
    pub municipality: Option<String>,
}

/// Talks to `engine` until `input` ends. Each reply is printed with its
/// buttons numbered `[1]`, `[2]`, …; typing a number presses that button.
pub async fn run(
    engine: &Engine,
    options: &ChatOptions,
    input: impl AsyncBufRead + Unpin,
    output: &mut impl Write,
) -> std::io::Result<()> {
    let interactive = std::io::stdin().is_terminal();
    let mut lines = input.lines();
    let mut buttons: Vec<Button> = Vec::new();
    loop {
        if interactive {
            write!(output, "> ")?;
            output.flush()?;
        }
        let Some(line) = lines.next_line().await? else {
            return Ok(());
        };
        let trimmed = line.trim();
        if trimmed.is_empty() {
            continue;
        }
        let input = match trimmed.parse::<usize>() {
            Ok(n) if (1..=buttons.len()).contains(&n) => Input::Button(buttons[n - 1].data.clone()),
            _ => match Input::from_text(&line) {
                Input::Start(None) => Input::Start(options.municipality.clone()),
                other => other,
            },
        };
        let replies = engine
            .handle(Incoming {
                chat: ChatKey::terminal(options.user),
                language_code: options.language_code.clone(),
                input,
                update: None,
            })
            .await;
        buttons = print_replies(&replies, output)?;
    }
}

/// Prints replies; returns their buttons in the order they are numbered.
fn print_replies(replies: &[Reply], output: &mut impl Write) -> std::io::Result<Vec<Button>> {
    let mut numbered = Vec::new();
    for reply in replies {
        writeln!(output, "{}", reply.visible_text(true))?;
        if let Some(file) = &reply.file {
            // The terminal cannot show a file: it is saved beside the
            // system's temporary files, and its place printed.
            let path = std::env::temp_dir().join(&file.name);
            std::fs::write(&path, &file.bytes)?;
            writeln!(output, "📎 {} ({} bytes)", path.display(), file.bytes.len())?;
        }
        for row in &reply.buttons {
            let labels: Vec<String> = row
                .iter()
                .map(|button| {
                    numbered.push(button.clone());
                    format!("[{}] {}", numbered.len(), button.label)
                })
                .collect();
            writeln!(output, "  {}", labels.join("   "))?;
        }
        writeln!(output)?;
    }
    output.flush()?;
    Ok(numbered)
}
