//! Insight for the municipality: aggregates on a known data set, small
//! cells hidden and the subtraction attack tried on the published CSV, the
//! CSV read back as a spreadsheet would, the PNG decoded, and the whole
//! path from stored answers to `velkommen insight` on the real binary.

mod common;

use std::collections::BTreeMap;

use chrono::{DateTime, Datelike, Duration, TimeZone, Utc};
use chrono_tz::Europe::Oslo;
use velkommen::i18n::{I18n, Locale};
use velkommen::insight::{Insight, K, Matches, Response, period};
use velkommen::newcomers::Category;
use velkommen::pulse::{Answers, Expect, Housing, LeaveReason, Question, StayReason, Work};

fn oslo(y: i32, m: u32, d: u32) -> DateTime<Utc> {
    Oslo.with_ymd_and_hms(y, m, d, 12, 0, 0)
        .unwrap()
        .with_timezone(&Utc)
}

/// A response: why they came, months here, the month it was given, and
/// the answers.
fn response(
    category: Option<Category>,
    months_here: u32,
    at: DateTime<Utc>,
    answers: Answers,
) -> Response {
    Response {
        category,
        months_here,
        answers,
        at,
    }
}

fn answers(stay: Expect, life: u8, housing: Housing, work: Work) -> Answers {
    let mut a = Answers::default();
    a.set(
        Question::Stay,
        Expect::ALL.iter().position(|e| *e == stay).unwrap(),
    );
    a.set(Question::Life, life as usize);
    a.set(
        Question::Housing,
        Housing::ALL.iter().position(|h| *h == housing).unwrap(),
    );
    a.set(
        Question::Work,
        Work::ALL.iter().position(|w| *w == work).unwrap(),
    );
    a
}

/// Tynset's year: 20 refugees (3 of them expect to move), 8 labour
/// migrants, 3 family migrants.
fn tynset() -> Vec<Response> {
    let mut all = Vec::new();
    for i in 0..20 {
        let stay = match i {
            0..=2 => Expect::No,
            3..=7 => Expect::Unsure,
            _ => Expect::Yes,
        };
        let mut a = answers(stay, 8, Housing::Municipal, Work::Learning);
        if stay == Expect::Yes {
            a.toggle(Question::Reasons, 0); // work
            a.toggle(Question::Reasons, 3); // the children
        } else {
            a.toggle(Question::Reasons, 1); // using my competence
            if i < 2 {
                a.toggle(Question::Reasons, 6); // the city
            }
        }
        a.set(Question::Place, 7);
        let month = 1 + (i % 6) as u32;
        all.push(response(
            Some(Category::Refugee),
            6 + i as u32,
            oslo(2027, month, 10),
            a,
        ));
    }
    for i in 0..8 {
        let stay = if i < 6 { Expect::Yes } else { Expect::Unsure };
        let a = answers(stay, 6, Housing::Rent, Work::NotInLine);
        all.push(response(
            Some(Category::Labour),
            30,
            oslo(2027, 7 + (i % 3) as u32, 3),
            a,
        ));
    }
    for _ in 0..3 {
        let a = answers(Expect::Yes, 9, Housing::Own, Work::InLine);
        all.push(response(Some(Category::Family), 14, oslo(2027, 11, 20), a));
    }
    all
}

fn build() -> Insight {
    let (from, to) = period(
        chrono::NaiveDate::from_ymd_opt(2027, 1, 1),
        chrono::NaiveDate::from_ymd_opt(2027, 12, 31),
        oslo(2028, 1, 5),
    )
    .unwrap();
    Insight::build(
        &tynset(),
        Matches {
            started: 7,
            running: 6,
            ended: 1,
        },
        from,
        to,
    )
}

/// Stores a response as a newcomer's answers would be.
async fn store_pulse(app: &common::TestApp, chat: i64, category: Category, answers: &Answers) {
    use velkommen::clock::Clock;
    use velkommen::newcomers::ChatKey;
    use velkommen::store::NewPulse;
    let pulse = NewPulse {
        municipality: "tynset".into(),
        round_months: 3,
        category: Some(category),
        months_here: 4,
    };
    let key = ChatKey::telegram(chat);
    let now = app.clock.now();
    let (id, _) = app.state.store.start_pulse(key, &pulse, now).await.unwrap();
    assert!(
        app.state
            .store
            .save_pulse_answers(key, id, answers, now)
            .await
            .unwrap()
    );
}

fn nb() -> I18n {
    I18n::load_strict().unwrap()
}

#[test]
fn the_figures_of_a_known_year_add_up() {
    let insight = build();
    assert_eq!(insight.responses.shown(), Some(31));
    let stay = &insight.stay.grid;
    // Everyone: 12 + 6 + 3 of 31 expect to stay, 7 are unsure, 3 expect
    // to move: the 3 is hidden, and so is the 7, or 31 − 21 − 7 gives it.
    let columns: Vec<Option<u64>> = stay
        .columns
        .as_ref()
        .unwrap()
        .iter()
        .map(|c| c.shown())
        .collect();
    assert_eq!(columns, [Some(21), None, None]);
    // Refugees: 12 yes, 5 unsure, 3 no → the 3 is hidden, and so is one
    // more figure of the row, or it could be subtracted back.
    let refugees = 0;
    assert_eq!(stay.rows[refugees].shown(), Some(20));
    assert_eq!(stay.cells[refugees][0].shown(), Some(12));
    assert!(stay.cells[refugees][2].hidden);
    assert!(stay.cells[refugees].iter().filter(|c| c.hidden).count() >= 2);
    // The three family migrants: hidden altogether.
    assert!(stay.rows[2].hidden);
    // Reasons to leave among the 8 unsure or leaving refugees… and the 2
    // unsure workers: 10 people; competence named by 8, the city by 2.
    let competence = LeaveReason::ALL
        .iter()
        .position(|r| *r == LeaveReason::Competence)
        .unwrap();
    let city = LeaveReason::ALL
        .iter()
        .position(|r| *r == LeaveReason::City)
        .unwrap();
    assert_eq!(insight.leave_reasons.cells[0][competence].shown(), Some(8));
    assert!(insight.leave_reasons.cells[0][city].hidden);
    // The number behind the reasons to leave is unsure + no, and "no" is
    // hidden above: so it is hidden here too.
    assert!(insight.leave_reasons.total.hidden);
    let work = StayReason::ALL
        .iter()
        .position(|r| *r == StayReason::Work)
        .unwrap();
    assert_eq!(insight.stay_reasons.cells[0][work].shown(), Some(12));
    // Life: (20 × 8 + 8 × 6 + 3 × 9) / 31.
    let mean = insight.life.mean.unwrap();
    assert!((mean - (20.0 * 8.0 + 8.0 * 6.0 + 27.0) / 31.0).abs() < 1e-9);
    assert_eq!(insight.place.n, 20);
    // Housing by the quarter they answered in, as shares: January–March,
    // eleven refugees, all in municipal housing; October–December, the
    // three family migrants: hidden.
    assert_eq!(insight.housing.grid.rows[0].value, 11);
    assert!(insight.housing.grid.rows[3].hidden);
    assert_eq!(insight.housing.grid.share(3, 1), None);
    let municipal = Housing::ALL
        .iter()
        .position(|h| *h == Housing::Municipal)
        .unwrap();
    assert_eq!(insight.housing.grid.share(0, municipal), Some(100.0));
    assert_eq!(insight.matches.map(|m| m.shown()), [Some(7), Some(6), None]);
}

#[test]
fn the_text_shows_the_hidden_as_less_than_five_and_names_the_national_figures() {
    let i18n = nb();
    let tr = i18n.tr(Locale::Nb);
    let insight = build();
    let text = insight.paragraphs(&tr, "Tynset").join("\n\n");
    assert!(
        text.contains("📊 Innsikt for Tynset, 01.01.2027–31.12.2027"),
        "{text}"
    );
    assert!(text.contains("Svar på spørsmålene om livet her: 31"));
    assert!(text.contains("Familieinnvandrer: < 5"), "{text}");
    assert!(text.contains("7,9") && text.contains("8,1") && text.contains("8,0"));
    assert!(text.contains("levekårsundersøkelsen blant innvandrere 2016"));
    for paragraph in insight.paragraphs(&tr, "Tynset") {
        assert!(paragraph.chars().count() < 4096);
    }
}

/// The CSV read back as a spreadsheet would.
fn read_csv(text: &str) -> Vec<Vec<String>> {
    let body = text
        .strip_prefix('\u{feff}')
        .expect("UTF-8 with a byte-order mark");
    body.split("\r\n")
        .filter(|line| !line.is_empty())
        .map(|line| line.split(';').map(str::to_owned).collect())
        .collect()
}

#[test]
fn the_csv_opens_in_a_spreadsheet_and_says_what_the_text_says() {
    let i18n = nb();
    let tr = i18n.tr(Locale::Nb);
    let insight = build();
    let rows = read_csv(&insight.csv(&tr));
    assert_eq!(
        rows[0],
        [
            "Del",
            "Gruppe",
            "Svar",
            "Antall",
            "Av",
            "Andel (%)",
            "Snitt"
        ]
    );
    assert!(rows.iter().all(|r| r.len() == 7), "{rows:?}");
    let find = |section: &str, group: &str, answer: &str| {
        rows.iter()
            .find(|r| r[0] == section && r[1] == group && r[2] == answer)
            .unwrap_or_else(|| panic!("no {section}/{group}/{answer}"))
            .clone()
    };
    let yes = find("Tror de bor her om to år", "Alle", "Ja");
    assert_eq!(yes[3..6], ["21", "31", "67,7"]);
    let no = find("Tror de bor her om to år", "Flyktning", "Nei");
    assert_eq!(no[3], "< 5");
    let life = find("Fornøyd med livet", "Alle", "Snitt (0–10)");
    assert_eq!(life[4], "31");
    assert_eq!(life[6], "7,58");
}

/// The attack: for every sum the CSV publishes (a group's answers add up
/// to its number of people; a column's groups add up to everyone's count;
/// the groups' numbers add up to everyone), a single hidden figure could
/// be subtracted back. None may be left.
#[test]
fn no_hidden_figure_can_be_subtracted_back_from_the_csv() {
    let i18n = nb();
    let tr = i18n.tr(Locale::Nb);
    let mut data = tynset();
    // More data sets: a very small municipality, and one with a single
    // small group among big ones.
    let small: Vec<Response> = data.iter().take(7).cloned().collect();
    data.extend((0..40).map(|i| {
        response(
            Some(Category::Other),
            40,
            oslo(2027, 12, 1 + (i % 20)),
            answers(
                if i == 0 { Expect::No } else { Expect::Yes },
                7,
                Housing::Rent,
                Work::Looking,
            ),
        )
    }));
    let (from, to) = period(
        None,
        chrono::NaiveDate::from_ymd_opt(2027, 12, 1),
        oslo(2028, 1, 5),
    )
    .unwrap();
    for set in [tynset(), small, data] {
        let insight = Insight::build(&set, Matches::default(), from, to);
        let rows = read_csv(&insight.csv(&tr));
        let section = "Tror de bor her om to år";
        let number = |s: &str| -> Option<i64> { s.parse().ok() };
        // section → group → answer → count, and group → number of people.
        let mut cells: BTreeMap<(String, String), Option<i64>> = BTreeMap::new();
        let mut people: BTreeMap<String, Option<i64>> = BTreeMap::new();
        for r in rows.iter().filter(|r| r[0] == section) {
            cells.insert((r[1].clone(), r[2].clone()), number(&r[3]));
            people.insert(r[1].clone(), number(&r[4]));
        }
        let answers = ["Ja", "Usikker", "Nei"];
        let groups: Vec<String> = people.keys().filter(|g| *g != "Alle").cloned().collect();
        // A group's answers add up to its people.
        for group in &groups {
            let mut parts: Vec<Option<i64>> = answers
                .iter()
                .map(|a| cells[&(group.clone(), a.to_string())])
                .collect();
            parts.push(people[group]);
            assert_ne!(
                parts.iter().filter(|p| p.is_none()).count(),
                1,
                "{group}: {parts:?}"
            );
        }
        // Every breakdown (by why they came, by time here) adds
        // up to everyone, per answer and in people.
        let breakdowns: [Vec<&String>; 2] = [
            groups
                .iter()
                .filter(|g| {
                    [
                        "Flyktning",
                        "Arbeidsinnvandrer",
                        "Familieinnvandrer",
                        "Annen grunn",
                        "Ikke oppgitt",
                    ]
                    .contains(&g.as_str())
                })
                .collect(),
            groups.iter().filter(|g| g.ends_with(" her")).collect(),
        ];
        assert_eq!(
            breakdowns.iter().map(Vec::len).sum::<usize>(),
            groups.len(),
            "every group of the section belongs to a breakdown: {groups:?}"
        );
        for breakdown in &breakdowns {
            assert!(!breakdown.is_empty());
            for answer in answers {
                let mut parts: Vec<Option<i64>> = breakdown
                    .iter()
                    .map(|g| cells[&((*g).clone(), answer.to_string())])
                    .collect();
                parts.push(cells[&("Alle".to_string(), answer.to_string())]);
                assert_ne!(
                    parts.iter().filter(|p| p.is_none()).count(),
                    1,
                    "{answer}: {parts:?}"
                );
            }
            let mut parts: Vec<Option<i64>> = breakdown.iter().map(|g| people[*g]).collect();
            parts.push(people["Alle"]);
            assert_ne!(
                parts.iter().filter(|p| p.is_none()).count(),
                1,
                "people: {parts:?}"
            );
        }
        // Months and quarters are shares only: no count links them to
        // the figures for everyone.
        for r in rows
            .iter()
            .filter(|r| ["Måned for måned", "Bolig", "Arbeid"].contains(&r[0].as_str()))
        {
            assert_eq!((r[3].as_str(), r[4].as_str()), ("", ""), "{r:?}");
        }
        // Months and quarters are shares only: no count links them to
        // the figures for everyone.
        for r in rows
            .iter()
            .filter(|r| ["Måned for måned", "Bolig", "Arbeid"].contains(&r[0].as_str()))
        {
            assert_eq!((r[3].as_str(), r[4].as_str()), ("", ""), "{r:?}");
        }
        // And nothing shown describes one to four people.
        for r in &rows {
            if let Some(n) = number(&r[3]) {
                assert!(n == 0 || n >= K as i64, "{r:?}");
            }
        }
    }
}

#[test]
fn periods_are_whole_months_and_refuse_to_run_backwards() {
    let now = oslo(2027, 6, 15);
    let (from, to) = period(None, None, now).unwrap();
    assert_eq!(
        from,
        Oslo.with_ymd_and_hms(2026, 7, 1, 0, 0, 0)
            .unwrap()
            .with_timezone(&Utc)
    );
    assert_eq!(
        to,
        Oslo.with_ymd_and_hms(2027, 7, 1, 0, 0, 0)
            .unwrap()
            .with_timezone(&Utc)
    );
    let day = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d);
    let (from, to) = period(day(2027, 3, 15), day(2027, 3, 20), now).unwrap();
    assert_eq!(
        to - from,
        Duration::days(31) - Duration::hours(1),
        "March, with the clocks going forward"
    );
    assert!(period(day(2027, 5, 1), day(2027, 3, 1), now).is_err());
}

#[test]
fn the_chart_is_a_png_of_the_size_a_phone_reads() {
    let i18n = nb();
    let tr = i18n.tr(Locale::Nb);
    let insight = build();
    let png = velkommen::insight::render_png(&insight.chart_data(&tr, "Tynset")).unwrap();
    let decoder = png::Decoder::new(std::io::Cursor::new(png));
    let reader = decoder.read_info().unwrap();
    let info = reader.info();
    assert_eq!((info.width, info.height), (1080, 1800));
    // What the chart is drawn from: the hidden family migrants are named
    // and shown as hidden, never as a bar.
    let data = insight.chart_data(&tr, "Tynset");
    assert!(
        data.stay
            .iter()
            .any(|(label, shares)| label == "Familieinnvandrer" && shares.is_none())
    );
    assert_eq!(data.stay[0].0, "Alle");
}

/// The real binary, from stored answers to the summary, the CSV and the
/// chart.
#[tokio::test]
async fn velkommen_insight_prints_and_writes_from_the_stored_answers() {
    let db = common::sqlite_db();
    let app = common::TestApp::new(db.again()).await;
    for (chat, stay) in (1..=12).zip(std::iter::repeat_n(Expect::Yes, 9).chain([Expect::No; 3])) {
        let a = answers(stay, 7, Housing::Municipal, Work::Learning);
        store_pulse(&app, chat, Category::Refugee, &a).await;
    }
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("tynset.csv");
    let chart = dir.path().join("tynset.png");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_velkommen"))
        .args([
            "insight",
            "--municipality",
            "tynset",
            "--from",
            "2026-12-01",
            "--to",
            "2026-12-31",
        ])
        .arg("--csv")
        .arg(&csv)
        .arg("--chart")
        .arg(&chart)
        .env("DATABASE_URL", &db.url)
        .env("VELKOMMEN_CONTENT_DIR", common::repo_path("content"))
        .env_remove("RUST_LOG")
        .output()
        .unwrap();
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(
        output.status.success(),
        "{text}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        text.contains("Svar på spørsmålene om livet her: 12"),
        "{text}"
    );
    assert!(
        text.contains("Alle: Ja 75 % · Usikker < 5 · Nei < 5"),
        "{text}"
    );
    assert!(text.contains("Arbeidsinnvandrer: –"), "{text}");
    assert!(text.contains("4. kvartal 2026: "), "{text}");
    let rows = read_csv(&std::fs::read_to_string(&csv).unwrap());
    assert!(rows.iter().any(|r| r[0] == "Tror de bor her om to år"
        && r[1] == "Alle"
        && r[2] == "Ja"
        && r[3] == "9"));
    assert!(
        std::fs::read(&chart)
            .unwrap()
            .starts_with(b"\x89PNG\r\n\x1a\n")
    );
    // A slug that is not there, and a period that runs backwards, are
    // refused with a reason.
    for args in [
        vec!["insight", "--municipality", "oslo"],
        vec![
            "insight",
            "--municipality",
            "tynset",
            "--from",
            "2027-05-01",
            "--to",
            "2027-01-01",
        ],
    ] {
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_velkommen"))
            .args(&args)
            .env("DATABASE_URL", &db.url)
            .env("VELKOMMEN_CONTENT_DIR", common::repo_path("content"))
            .output()
            .unwrap();
        assert!(!output.status.success());
        let error = String::from_utf8_lossy(&output.stderr);
        assert!(
            error.contains("tynset") || error.contains("before"),
            "{error}"
        );
    }
}

/// `/insight` in the chat: a coordinator gets the summary, the chart as a
/// photo and the figures as a document; others get nothing of it.
#[tokio::test]
async fn a_coordinator_reads_the_insight_in_the_chat_and_no_one_else_does() {
    use velkommen::clock::Clock;
    use velkommen::conversation::callback::{Action, InsightAction, InsightSpan};
    use velkommen::outbox::FileKind;
    use velkommen::staff::Role;
    let app = common::TestApp::new(common::sqlite_db()).await;
    for chat in 1..=8 {
        let stay = if chat <= 6 {
            Expect::Yes
        } else {
            Expect::Unsure
        };
        let a = answers(stay, 8, Housing::Rent, Work::NotInLine);
        store_pulse(&app, chat, Category::Labour, &a).await;
    }
    let mut coordinator = common::staff_member(&app, 50, "tynset").await;
    coordinator.say("/insight").await;
    let text = coordinator.text();
    assert!(
        text.contains("📊 Innsikt for Tynset, 01.01.2026–31.12.2026"),
        "{text}"
    );
    assert!(
        text.contains("Arbeidsinnvandrer (8): Ja 75 % · Usikker < 5 · Nei < 5"),
        "{text}"
    );
    let photo = coordinator
        .replies
        .iter()
        .find_map(|r| r.file.clone().filter(|f| f.kind == FileKind::Photo))
        .unwrap();
    let reader = png::Decoder::new(std::io::Cursor::new(photo.bytes))
        .read_info()
        .unwrap();
    assert_eq!(reader.info().width, 1080);
    let csv = coordinator
        .replies
        .iter()
        .find_map(|r| r.file.clone().filter(|f| f.kind == FileKind::Document))
        .unwrap();
    assert!(csv.name.starts_with("innsikt-tynset-") && csv.name.ends_with(".csv"));
    let rows = read_csv(&String::from_utf8(csv.bytes).unwrap());
    assert!(
        rows.iter()
            .any(|r| r[1] == "Arbeidsinnvandrer" && r[2] == "Ja" && r[3] == "6")
    );
    // Last year's: nobody answered then.
    let year = app.clock.today_in_oslo().year() - 1;
    coordinator
        .press(Action::Insight(InsightAction::Report(
            "tynset".into(),
            InsightSpan::Year(year),
        )))
        .await;
    assert!(
        coordinator.text().contains("Ingen har svart"),
        "{}",
        coordinator.text()
    );
    assert!(coordinator.replies.iter().all(|r| r.file.is_none()));
    // Another municipality's report, forged: refused.
    coordinator
        .press_raw(
            &Action::Insight(InsightAction::Report("haram".into(), InsightSpan::Recent)).encode(),
        )
        .await;
    assert!(coordinator.replies.iter().all(|r| r.file.is_none()));
    assert!(
        !coordinator.text().contains("Haram"),
        "{}",
        coordinator.text()
    );
    // An announcer is not a coordinator; a newcomer is not staff.
    let code = common::invite(&app, "tynset", Role::Announcer).await;
    let mut announcer = app.person(51, Some("nb"));
    announcer.say(&format!("/staff {}", code.display())).await;
    announcer.say("/insight").await;
    assert!(
        announcer.text().contains("Innsikten er for koordinatorer"),
        "{}",
        announcer.text()
    );
    assert!(announcer.replies.iter().all(|r| r.file.is_none()));
    let mut newcomer = app.person(1, Some("nb"));
    newcomer.say("/insight").await;
    assert!(!newcomer.text().contains("Innsikt"), "{}", newcomer.text());
}

/// The competence overview: counts for everyone who filled in /skills
/// (hidden below five, also among those who did not share), and the
/// answers of those who said yes to sharing, without names.
#[tokio::test]
async fn the_competence_overview_counts_everyone_and_lists_only_those_who_share() {
    use velkommen::clock::Clock;
    use velkommen::conversation::callback::{Action, InsightAction};
    use velkommen::newcomers::{Arrival, ChatKey, Household};
    use velkommen::skills::{Education, Skills, WorkField};
    let app = common::TestApp::new(common::sqlite_db()).await;
    // Seven nurses and teachers in Haram; only one says coordinators may
    // see her answers.
    for chat in 1..=7 {
        common::newcomer(
            &app,
            chat,
            "haram",
            Locale::Uk,
            Household::Alone,
            Arrival::NotYet,
        )
        .await;
        let skills = Skills {
            education: Some(if chat <= 6 {
                Education::Bachelor
            } else {
                Education::Master
            }),
            field: Some(if chat <= 5 {
                WorkField::Health
            } else {
                WorkField::Teaching
            }),
            profession: (chat == 1).then(|| "медсестра".to_owned()),
            languages: vec!["uk".into(), "en".into()],
            share_with_staff: chat == 1,
            ..Skills::default()
        };
        app.state
            .store
            .save_skills(ChatKey::telegram(chat), &skills, app.clock.now())
            .await
            .unwrap();
    }
    let mut coordinator = common::staff_member(&app, 60, "haram").await;
    coordinator
        .press_raw(&Action::Insight(InsightAction::Competence("haram".into())).encode())
        .await;
    let text = coordinator.text();
    assert!(
        text.contains("🧰 Kompetanse i Haram: 7 har fylt ut"),
        "{text}"
    );
    // Health: 5 in all, 4 of them not sharing: hidden, or the list (one
    // nurse) subtracted from it would tell about the other four.
    assert!(text.contains("Helse < 5"), "{text}");
    assert!(text.contains("Undervisning < 5"), "{text}");
    assert!(
        !text.contains("Helse 5") && !text.contains("Undervisning 2"),
        "{text}"
    );
    // Everyone speaks Ukrainian: seven, shown.
    assert!(text.contains("Українська 7"), "{text}");
    // The one who shares is listed, without a name; the others are not.
    assert!(text.contains("«медсестра»"), "{text}");
    assert!(
        text.contains("1 har sagt ja") || text.contains("Én har sagt ja"),
        "{text}"
    );
    assert_eq!(text.matches("\n• ").count(), 1, "{text}");
    // Another municipality's overview, forged: refused.
    coordinator
        .press_raw(&Action::Insight(InsightAction::Competence("tynset".into())).encode())
        .await;
    assert!(
        !coordinator.text().contains("Kompetanse i"),
        "{}",
        coordinator.text()
    );
}
