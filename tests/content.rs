//! Content packs: the shipped ones are valid, broken ones are reported
//! precisely, and every letter they produce fits Telegram.

mod common;

use std::collections::BTreeMap;
use std::path::Path;

use common::{repo_path, shipped_content, test_now};
use velkommen::content::{Content, Finding, Severity};
use velkommen::html;
use velkommen::i18n::{I18n, Locale};
use velkommen::letter::{MAX_LETTER_CHARS, MAX_MESSAGE_CHARS, municipality_info, welcome_letter};
use velkommen::newcomers::{Category, ChatKey, Citizenship, Household, Newcomer};

fn errors(findings: &[Finding]) -> Vec<String> {
    findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .map(ToString::to_string)
        .collect()
}

#[test]
fn the_shipped_packs_have_no_errors() {
    let (content, _warnings) = Content::load(&repo_path("content"), test_now().date_naive())
        .unwrap_or_else(|e| panic!("{e}"));
    let slugs: Vec<&str> = content.municipalities().map(|m| m.slug.as_str()).collect();
    assert_eq!(slugs, ["haram", "tynset", "vestvagoy"]);
}

/// A copy of the shipped content with one file rewritten.
fn broken(file: &str, edit: impl Fn(String) -> String) -> (tempfile::TempDir, Vec<Finding>) {
    let dir = tempfile::tempdir().unwrap();
    copy_edited(&repo_path("content"), dir.path(), "", file, &edit);
    let findings = match Content::load(dir.path(), test_now().date_naive()) {
        Ok((_, warnings)) => warnings,
        Err(e) => e.findings,
    };
    (dir, findings)
}

/// Copies `from` into `to`, rewriting the file whose path (relative to the
/// content directory, e.g. `guide/pl.toml`) is `file`.
fn copy_edited(from: &Path, to: &Path, prefix: &str, file: &str, edit: &impl Fn(String) -> String) {
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_str().unwrap().to_owned();
        let relative = format!("{prefix}{name}");
        if path.is_dir() {
            std::fs::create_dir(to.join(&name)).unwrap();
            copy_edited(&path, &to.join(&name), &format!("{relative}/"), file, edit);
            continue;
        }
        let mut text = std::fs::read_to_string(&path).unwrap();
        if relative == file {
            let edited = edit(text.clone());
            assert_ne!(edited, text, "the edit must change {file}");
            text = edited;
        }
        std::fs::write(to.join(name), text).unwrap();
    }
}

fn assert_error(findings: &[Finding], file: &str, field: &str, words: &str) {
    let errors = errors(findings);
    assert!(
        errors
            .iter()
            .any(|e| e.contains(file) && e.contains(field) && e.contains(words)),
        "no error in {file} at {field} saying {words:?}; got:\n{}",
        errors.join("\n")
    );
}

#[test]
fn a_bad_link_is_reported_with_file_and_field() {
    let (_dir, findings) = broken("tynset.toml", |t| {
        t.replacen(
            "url = \"https://www.tynset.kommune.no/\"",
            "url = \"htp:/tynset\"",
            1,
        )
    });
    assert_error(
        &findings,
        "tynset.toml",
        "offices[0].url",
        "not an http(s) address",
    );
}

#[test]
fn a_mentor_scheme_of_no_months_or_a_step_listed_twice_is_an_error() {
    let (_dir, findings) = broken("tynset.toml", |t| {
        format!(
            "{t}\n[mentoring]\nagreement_months = 0\nrequired = [\"interview\", \"interview\"]\n"
        )
    });
    assert_error(
        &findings,
        "tynset.toml",
        "mentoring.agreement_months",
        "1 to 36 months",
    );
    assert_error(
        &findings,
        "tynset.toml",
        "mentoring.required",
        "listed twice",
    );
}

#[test]
fn a_follow_up_plan_out_of_order_or_unreadable_is_an_error() {
    let (_dir, findings) = broken("tynset.toml", |t| {
        format!("{t}\n[followups]\nplan = [\"3m\", \"1w\"]\n")
    });
    assert_error(
        &findings,
        "tynset.toml",
        "followups.plan",
        "list them in order",
    );
    let (_dir, findings) = broken("haram.toml", |t| {
        format!("{t}\n[followups]\nplan = [\"a fortnight\"]\n")
    });
    assert!(
        findings
            .iter()
            .any(|f| f.file.ends_with("haram.toml") && f.message.contains("d, w, m or y")),
        "{findings:?}"
    );
}

#[test]
fn a_text_without_bokmal_is_an_error() {
    let (_dir, findings) = broken("haram.toml", |t| {
        t.replacen(
            "nb = \"Registrering for EU/EØS-borgere",
            "se = \"Registrering for EU/EØS-borgere",
            1,
        )
    });
    assert_error(
        &findings,
        "haram.toml",
        "offices[5].about",
        "needs a text in nb",
    );
    assert_error(
        &findings,
        "haram.toml",
        "offices[5].about.se",
        "not a shipped locale",
    );
}

#[test]
fn a_fact_checked_in_the_future_is_an_error_and_an_old_one_a_warning() {
    let (_dir, findings) = broken("vestvagoy.toml", |t| {
        t.replacen("checked = 2026-11-01", "checked = 2027-01-01", 1)
            .replacen("checked = 2026-11-01", "checked = 2024-05-01", 1)
    });
    assert_error(
        &findings,
        "vestvagoy.toml",
        "population.checked",
        "in the future",
    );
    assert!(findings.iter().any(|f| f.severity == Severity::Warning
        && f.field == "offices[0].checked"
        && f.message.contains("more than 12 months ago")));
}

#[test]
fn typos_missing_sources_and_impossible_hours_are_errors() {
    let (_dir, findings) = broken("tynset.toml", |t| {
        t.replacen("address = \"Torvgata 1", "adress = \"Torvgata 1", 1)
    });
    assert!(
        errors(&findings)
            .iter()
            .any(|e| e.contains("tynset.toml") && e.contains("adress")),
        "{findings:?}"
    );

    let (_dir, findings) = broken("tynset.toml", |t| {
        t.replacen("mon-fri 08:00-15:30", "weekdays 8-16", 1)
    });
    assert!(
        errors(&findings)
            .iter()
            .any(|e| e.contains("mon-fri 08:00-15:30")),
        "{findings:?}"
    );

    let (_dir, findings) = broken("national.toml", |t| {
        t.replacen("id = \"helsenorge-gp\"", "id = \"helsenorge\"", 1)
    });
    assert_error(&findings, "national.toml", "sources", "\"helsenorge-gp\"");
}

#[test]
fn every_pack_needs_a_service_centre_and_a_matching_slug() {
    let (_dir, findings) = broken("haram.toml", |t| {
        t.replacen("kind = \"service-centre\"", "kind = \"library\"", 1)
    });
    assert_error(&findings, "haram.toml", "offices", "service-centre");
    let (_dir, findings) = broken("haram.toml", |t| {
        t.replacen("slug = \"haram\"", "slug = \"Haram!\"", 1)
    });
    assert_error(&findings, "haram.toml", "slug", "must match the file name");
    assert_error(&findings, "haram.toml", "slug", "1-32 characters");
}

#[test]
fn an_empty_directory_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let error = Content::load(dir.path(), test_now().date_naive()).unwrap_err();
    assert!(error.to_string().contains("no municipality pack"));
    let error =
        Content::load(Path::new("/nonexistent/content"), test_now().date_naive()).unwrap_err();
    assert!(
        error
            .to_string()
            .contains("cannot read the content directory")
    );
}

/// What arrives when onboarding ends — the note that introduces the letter
/// and the letter itself, before any tap — fits about two phone screens in
/// every language, for every municipality, group, citizenship, household
/// and mentor answer; and every letter and info page is valid Telegram
/// HTML within Telegram's limit. `-- --nocapture` prints the longest per
/// language.
#[test]
fn every_letter_fits_two_phone_screens_in_every_language() {
    let content = shipped_content();
    let i18n = I18n::load_strict().unwrap();
    let mut letters = 0;
    let mut longest: BTreeMap<Locale, (usize, String)> = BTreeMap::new();
    let citizenships = [
        Some(Citizenship::Nordic),
        Some(Citizenship::Eea),
        Some(Citizenship::Other),
    ];
    for municipality in content.municipalities() {
        for locale in Locale::ALL {
            let tr = i18n.tr(locale);
            for message in municipality_info(tr, municipality) {
                assert!(message.chars().count() <= MAX_MESSAGE_CHARS);
                assert_eq!(html::check(&message), Ok(()), "{message}");
            }
            for category in Category::ALL {
                let citizenships: &[Option<Citizenship>] = if *category == Category::Refugee {
                    &[None]
                } else {
                    &citizenships
                };
                for citizenship in citizenships {
                    for household in Household::ALL {
                        for mentor in [true, false] {
                            let mut newcomer =
                                Newcomer::consented(ChatKey::telegram(1), locale, test_now());
                            newcomer.municipality = Some(municipality.slug.clone());
                            newcomer.category = Some(*category);
                            newcomer.citizenship = *citizenship;
                            newcomer.household = Some(*household);
                            newcomer.wants_mentor = Some(mentor);
                            let letter = welcome_letter(tr, &content, municipality, &newcomer);
                            assert_eq!(html::check(&letter.html), Ok(()), "{}", letter.html);
                            let seen = format!(
                                "{}\n\n{}",
                                tr.msg("profile-done"),
                                html::to_plain(&letter.html, false)
                            );
                            let n = seen.chars().count();
                            assert!(
                                n <= MAX_LETTER_CHARS,
                                "{} {locale} {category:?} {citizenship:?} {household:?}: {n} characters\n{seen}",
                                municipality.slug
                            );
                            let entry = longest.entry(locale).or_default();
                            if n > entry.0 {
                                *entry = (
                                    n,
                                    format!(
                                        "{} {category:?} {citizenship:?} {household:?}",
                                        municipality.slug
                                    ),
                                );
                            }
                            letters += 1;
                        }
                    }
                }
            }
        }
    }
    assert_eq!(letters, 3 * 10 * (1 + 3 * 3) * 4 * 2);
    println!("longest letter (visible characters, with its note) per language:");
    for (locale, (n, which)) in &longest {
        println!("{locale:4} {n:5}  {which}");
    }
}

#[test]
fn a_guide_topic_without_a_source_or_with_a_dead_link_fails_the_check() {
    let (_dir, findings) = broken("guide/topics.toml", |text| {
        // The first topic loses both its sources; the second links nowhere.
        let text = text.replacen(
            "[[topics.sources]]\nurl = \"https://www.skatteetaten.no/person/folkeregister/identitetsnummer/id-kontroll/\"\nchecked = 2026-11-01\n[[topics.sources]]\nurl = \"https://www.skatteetaten.no/en/person/foreign/norwegian-identification-number/ID-check/\"\nchecked = 2026-11-01\n",
            "",
            1,
        );
        text.replacen(
            "related = [\"id-check\", \"residence-permit\", \"nordic-move\", \"nav\"]",
            "related = [\"id-check\", \"no-such-topic\"]",
            1,
        )
    });
    assert_error(
        &findings,
        "guide/topics.toml",
        "topics[0].sources",
        "official source",
    );
    assert_error(
        &findings,
        "guide/topics.toml",
        "topics[1].related",
        "dead link",
    );
}

#[test]
fn a_missing_translation_or_an_overlong_topic_fails_the_check() {
    let (_dir, findings) = broken("guide/pl.toml", |text| {
        let start = text.find("[topics.eea-registration]").unwrap();
        let end = text[start..].find("\n[topics.").unwrap() + start;
        let mut text = format!("{}{}", &text[..start], &text[end + 1..]);
        let what = text.find("what = \"").unwrap() + "what = \"".len();
        text.insert_str(what, &"Bardzo długi tekst. ".repeat(80));
        text
    });
    assert_error(
        &findings,
        "guide/pl.toml",
        "topics.eea-registration",
        "missing translation",
    );
    assert_error(
        &findings,
        "guide/pl.toml",
        "topics.id-check",
        "at most 1400",
    );
}

#[test]
fn an_old_guide_check_date_is_a_warning() {
    let (_dir, findings) = broken("guide/topics.toml", |text| {
        text.replacen("checked = 2026-11-01", "checked = 2025-06-01", 1)
    });
    assert!(
        findings.iter().any(|f| f.severity == Severity::Warning
            && f.file.ends_with("guide/topics.toml")
            && f.field == "topics[0].sources[0].checked"
            && f.message.contains("more than 12 months")),
        "{findings:?}"
    );
    assert!(errors(&findings).is_empty(), "{:?}", errors(&findings));
}

#[test]
fn a_population_figure_more_than_two_years_old_is_a_warning() {
    let (_dir, findings) = broken("haram.toml", |text| {
        text.replacen("year = 2024", "year = 2019", 1)
    });
    assert!(
        findings.iter().any(|f| f.severity == Severity::Warning
            && f.file.ends_with("haram.toml")
            && f.field == "population.year"
            && f.message.contains("from 2019")),
        "{findings:?}"
    );
    assert!(errors(&findings).is_empty(), "{:?}", errors(&findings));
    // The shipped figures are recent.
    let (_, warnings) = Content::load(&repo_path("content"), test_now().date_naive()).unwrap();
    assert!(
        !warnings.iter().any(|w| w.field == "population.year"),
        "{warnings:?}"
    );
}

#[test]
fn a_municipal_note_must_point_to_a_real_topic() {
    let (_dir, findings) = broken("haram.toml", |text| {
        format!(
            "{text}\n[[guide_notes]]\ntopic = \"no-such-topic\"\nsource = \"https://www.haram.kommune.no/\"\nchecked = 2026-11-25\nconfirmed = true\n[guide_notes.text]\nnb = \"Lokal merknad.\"\n"
        )
    });
    assert_error(&findings, "haram.toml", "guide_notes[0].topic", "dead link");
}

#[test]
fn a_municipal_topic_needs_bokmal_a_source_and_a_real_section() {
    let (_dir, findings) = broken("vestvagoy.toml", |text| {
        text.replace("section = \"norwegian\"", "section = \"nowhere\"")
            .replace(
                "[[guide_topics.sources]]\nurl = \"https://www.vestvagoy.kommune.no/barnehage-og-skole/skole-for-voksne-flyktninger-og-innvandrere/\"\nchecked = 2026-11-01\n",
                "",
            )
            .replace("[guide_topics.text.nb]", "[guide_topics.text.xx]")
    });
    assert_error(
        &findings,
        "vestvagoy.toml",
        "guide_topics[0].section",
        "not a section",
    );
    assert_error(
        &findings,
        "vestvagoy.toml",
        "guide_topics[0].sources",
        "official source",
    );
    assert_error(
        &findings,
        "vestvagoy.toml",
        "guide_topics[0].text",
        "needs a text in nb",
    );
    assert_error(
        &findings,
        "vestvagoy.toml",
        "guide_topics[0].text.xx",
        "not a shipped locale",
    );
}
