//! The real binary: `velkommen chat` with piped input, restarts on the same
//! database, `content check`, and `serve` without a token.

mod common;

use std::io::Write;
use std::process::{Command, Output, Stdio};

use common::repo_path;

fn velkommen(args: &[&str], database_url: &str, stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_velkommen"))
        .args(args)
        .current_dir(repo_path(""))
        .env("DATABASE_URL", database_url)
        .env("VELKOMMEN_CONTENT_DIR", repo_path("content"))
        .env_remove("TELOXIDE_TOKEN")
        .env_remove("RUST_LOG")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

/// The number of the button labelled `label` in the last screen printed.
fn button_number(screen: &str, label: &str) -> String {
    let line = screen
        .lines()
        .rev()
        .flat_map(|l| l.split("   "))
        .find(|part| part.trim_start().contains(label))
        .unwrap_or_else(|| panic!("no button {label:?} in\n{screen}"));
    let start = line.find('[').unwrap() + 1;
    let end = line.find(']').unwrap();
    line[start..end].to_owned()
}

#[test]
fn chat_takes_a_piped_newcomer_from_start_haram_to_the_letter() {
    let db = common::sqlite_db();
    // Buttons: the language picker lists nb, nn, en …: [3] is English;
    // then consent [1]; "I came to work" [2]; an EU/EEA citizen [2]; the
    // second month [2]; "With children" [3]; a mentor, yes [1].
    let output = velkommen(
        &["chat", "--lang", "en", "--user", "7"],
        &db.url,
        "/start haram\n3\n1\n2\n2\n2\n3\n1\n",
    );
    let out = stdout(&output);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(out.contains("[3] ✓ English"), "{out}");
    assert!(
        out.contains("There are 9\u{a0}357 of us in Haram today."),
        "{out}"
    );
    assert!(
        out.contains("Register with the police within three months of arriving."),
        "{out}"
    );
    assert!(out.contains("Apply for a tax card (skattekort)"), "{out}");
    // Links show their address in the terminal.
    assert!(out.contains("udi.no (https://www.udi.no/"), "{out}");
    assert!(out.contains("📇 Contacts"), "{out}");
}

#[test]
fn chat_state_survives_a_new_process_on_the_same_database() {
    let db = common::sqlite_db();
    let first = velkommen(
        &["chat", "--lang", "pl", "--user", "8"],
        &db.url,
        "/start tynset\n5\n1\n",
    );
    assert!(first.status.success());
    let screen = stdout(&first);
    assert!(screen.contains("[5] ✓ Polski"), "{screen}");

    // A second process picks up at the category question.
    let second = velkommen(
        &["chat", "--lang", "pl", "--user", "8"],
        &db.url,
        "/start\n",
    );
    let out = stdout(&second);
    assert!(second.status.success());
    let refugee = button_number(&out, "uchodźc");
    let third = velkommen(
        &["chat", "--lang", "pl", "--user", "8"],
        &db.url,
        &format!("/start\n{refugee}\n13\n1\n2\n"),
    );
    let out = stdout(&third);
    assert!(
        out.contains("5\u{a0}722"),
        "the Tynset letter, in Polish:\n{out}"
    );
    // The contacts are one tap away.
    let contacts = button_number(&out, "📇");
    let fourth = velkommen(
        &["chat", "--lang", "pl", "--user", "8"],
        &db.url,
        &format!("/letter\n{contacts}\n"),
    );
    let out = stdout(&fourth);
    assert!(out.contains("NAV Nord-Østerdal"), "{out}");
}

#[test]
fn chat_with_a_municipality_flag_starts_from_its_deep_link() {
    let db = common::sqlite_db();
    let output = velkommen(
        &[
            "chat",
            "--municipality",
            "vestvagoy",
            "--lang",
            "nb",
            "--user",
            "9",
        ],
        &db.url,
        "/start\n",
    );
    assert!(
        stdout(&output).contains("velkommen til Vestvågøy"),
        "{}",
        stdout(&output)
    );
}

#[test]
fn chat_ends_cleanly_on_empty_input_and_garbage() {
    let db = common::sqlite_db();
    let output = velkommen(&["chat"], &db.url, "");
    assert!(output.status.success());
    let output = velkommen(&["chat"], &db.url, "\u{0}\u{7}garbage\n99\n-1\n\n/start\n");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(!String::from_utf8_lossy(&output.stderr).contains("panicked"));
}

#[test]
fn content_check_passes_on_the_shipped_packs_and_fails_precisely_on_a_broken_one() {
    let db = common::sqlite_db();
    let output = velkommen(&["content", "check"], &db.url, "");
    let out = stdout(&output);
    assert!(output.status.success(), "{out}");
    assert!(
        out.contains("3 municipalities, 10 locales: 0 errors"),
        "{out}"
    );

    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        repo_path("content/national.toml"),
        dir.path().join("national.toml"),
    )
    .unwrap();
    let haram = std::fs::read_to_string(repo_path("content/haram.toml"))
        .unwrap()
        .replace("count = 9357", "count = 0");
    std::fs::write(dir.path().join("haram.toml"), haram).unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_velkommen"))
        .args(["content", "check"])
        .env("VELKOMMEN_CONTENT_DIR", dir.path())
        .output()
        .unwrap();
    let out = stdout(&output);
    assert!(!output.status.success());
    assert!(
        out.contains("haram.toml: population.count: must be a real population figure"),
        "{out}"
    );
}

#[test]
fn serve_without_a_token_says_how_to_get_one() {
    let db = common::sqlite_db();
    let output = velkommen(&["serve"], &db.url, "");
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("TELOXIDE_TOKEN is not set"), "{stderr}");
    assert!(stderr.contains("@BotFather"), "{stderr}");
    assert_eq!(stderr.trim().lines().count(), 1, "one clear line: {stderr}");
}

#[test]
fn migrate_creates_the_sqlite_database() {
    let db = common::sqlite_db();
    let output = velkommen(&["migrate"], &db.url, "");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let path = db.url.trim_start_matches("sqlite://");
    assert!(std::path::Path::new(path).exists());
}

#[test]
fn staff_invite_prints_a_code_that_binds_a_chat_once() {
    let db = common::sqlite_db();
    let output = velkommen(
        &[
            "staff",
            "invite",
            "--municipality",
            "haram",
            "--role",
            "announcer",
        ],
        &db.url,
        "",
    );
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let out = stdout(&output);
    assert!(
        out.contains("Invite for Haram kommune, role announcer"),
        "{out}"
    );
    let line = out
        .lines()
        .find(|l| l.trim().starts_with("/staff "))
        .unwrap()
        .trim()
        .to_owned();

    let chat = velkommen(
        &["chat", "--lang", "nb", "--user", "5"],
        &db.url,
        &format!("{line}\n{line}\n"),
    );
    let text = stdout(&chat);
    assert!(
        text.contains("Du er nå registrert som ansatt i Haram kommune"),
        "{text}"
    );
    assert!(text.contains("Den koden er allerede brukt"), "{text}");
    assert!(text.contains("📣 Ny kunngjøring"), "{text}");

    let list = stdout(&velkommen(&["staff", "list"], &db.url, ""));
    assert!(
        list.contains("haram\tannouncer\tperson\tterminal 5"),
        "{list}"
    );

    let bad = velkommen(
        &[
            "staff",
            "invite",
            "--municipality",
            "oslo",
            "--role",
            "announcer",
        ],
        &db.url,
        "",
    );
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("known: haram, tynset, vestvagoy"));
    let bad = velkommen(
        &[
            "staff",
            "invite",
            "--municipality",
            "haram",
            "--role",
            "boss",
        ],
        &db.url,
        "",
    );
    assert!(!bad.status.success());
    assert!(
        String::from_utf8_lossy(&bad.stderr).contains("coordinator, announcer, mentor-coordinator")
    );
}

#[tokio::test]
async fn a_coordinator_on_the_server_erases_a_person_by_chat_and_reads_the_audit_log() {
    use velkommen::i18n::Locale;
    use velkommen::newcomers::{Arrival, ChatKey, Household};
    let db = common::sqlite_db();
    let url = db.url.clone();
    let app = common::TestApp::new(db).await;
    common::newcomer(
        &app,
        5,
        "haram",
        Locale::So,
        Household::Children,
        Arrival::NotYet,
    )
    .await;
    // Mistakes: another municipality, no such chat, no reason, no case.
    for (args, expected) in [
        (
            vec![
                "erase",
                "--municipality",
                "tynset",
                "--chat",
                "5",
                "--reason",
                "phoned",
            ],
            "neither",
        ),
        (
            vec![
                "erase",
                "--municipality",
                "haram",
                "--chat",
                "8",
                "--reason",
                "phoned",
            ],
            "neither",
        ),
        (
            vec![
                "erase",
                "--municipality",
                "haram",
                "--chat",
                "5",
                "--reason",
                " ",
            ],
            "reason",
        ),
        (
            vec![
                "erase",
                "--municipality",
                "haram",
                "--case",
                "S-7KQ4",
                "--reason",
                "x",
            ],
            "no case",
        ),
    ] {
        let output = velkommen(&args, &url, "");
        assert!(!output.status.success(), "{args:?}");
        let error = String::from_utf8_lossy(&output.stderr);
        assert!(error.contains(expected), "{args:?}: {error}");
    }
    assert!(app.stored_newcomer(ChatKey::telegram(5)).await.is_some());
    let output = velkommen(
        &[
            "erase",
            "--municipality",
            "haram",
            "--chat",
            "5",
            "--reason",
            "phoned on 2 December",
        ],
        &url,
        "",
    );
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(app.stored_newcomer(ChatKey::telegram(5)).await.is_none());
    // Told, in Somali.
    let told = common::queued_to(&app, 5).await;
    assert_eq!(told.len(), 1);
    assert_eq!(
        told[0].text,
        app.state.i18n.tr(Locale::So).msg("erase-notice")
    );
    let audit = velkommen(&["audit", "--municipality", "haram"], &url, "");
    let log = stdout(&audit);
    assert!(
        log.contains("cli\terasure\tchat: phoned on 2 December"),
        "{log}"
    );
}
