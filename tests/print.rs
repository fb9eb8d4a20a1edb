//! The welcome letter on paper and the posters: what a consultant prints at
//! the desk and what a newcomer gets from "📄 As PDF", read back the way a
//! person would — the text (poppler's `pdftotext`), the QR code (the page
//! rendered by `pdftoppm`, decoded by `rqrr`) and where words stand on the
//! page (right to left in Arabic).
//!
//! The tests that read PDFs back need poppler-utils. Without it they are
//! skipped with a message, unless `VELKOMMEN_REQUIRE_POPPLER` is set (CI
//! sets it and installs poppler).

mod common;

use std::io::Write as _;
use std::process::Command;

use unicode_normalization::UnicodeNormalization;
use velkommen::content::Content;
use velkommen::i18n::{I18n, Locale};
use velkommen::newcomers::{Category, ChatKey, Citizenship, Household, Newcomer};
use velkommen::print::{Audience, LetterFor, Printed, letter_pdf, poster_pdf};

const TYNSET_BOT: &str = "velkommen_tynset_bot";

fn today() -> chrono::NaiveDate {
    common::test_now().date_naive()
}

/// Whether poppler's tools are here; fails when CI requires them.
fn poppler() -> bool {
    let found = ["pdftotext", "pdftoppm"].iter().all(|tool| {
        Command::new(tool)
            .arg("-v")
            .output()
            .is_ok_and(|o| o.status.success() || !o.stderr.is_empty())
    });
    if !found {
        assert!(
            std::env::var_os("VELKOMMEN_REQUIRE_POPPLER").is_none(),
            "VELKOMMEN_REQUIRE_POPPLER is set but pdftotext/pdftoppm are missing (apt-get install poppler-utils)"
        );
        eprintln!("skipped: reading PDFs back needs poppler-utils (pdftotext, pdftoppm)");
    }
    found
}

fn pdf_file(pdf: &[u8]) -> tempfile::NamedTempFile {
    let mut file = tempfile::Builder::new().suffix(".pdf").tempfile().unwrap();
    file.write_all(pdf).unwrap();
    file
}

/// The text of a PDF, as `pdftotext` reads it (logical order).
fn pdf_text(pdf: &[u8]) -> String {
    let file = pdf_file(pdf);
    let out = Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(file.path())
        .arg("-")
        .output()
        .expect("pdftotext runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Text compared without what layout and extraction change: spaces and
/// line breaks, bidi marks and joiners (extraction may put a zero-width
/// non-joiner a letter off), emoji (not printed), Arabic presentation forms
/// (NFKC) and Arabic vowel signs and shadda (which extraction may move off
/// their letter).
fn squash(text: &str) -> String {
    text.nfkc()
        .filter(|c| {
            !c.is_whitespace()
                && !matches!(*c as u32,
                    0x200C | 0x200D | 0x200E | 0x200F | 0x202A..=0x202E | 0x2066..=0x2069
                    | 0x064B..=0x065F | 0x0670 | 0x0640 | 0xFE0E | 0xFE0F
                    | 0x1F000..=0x1FAFF | 0x2600..=0x27BF | 0x2B00..=0x2BFF)
        })
        .collect()
}

fn arabic_script(text: &str) -> bool {
    text.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c))
}

/// Whether the PDF's text says `expected`. In Arabic script, `pdftotext`
/// takes a vowel sign on a lam-alef ligature (لًا) apart and puts its
/// pieces on a line of their own, so there the check is per word: every
/// word of two letters or more is found, but for one (or one in eight in a
/// longer text).
fn assert_reads(text: &str, expected: &str, what: &str) {
    let found = squash(text);
    if !arabic_script(expected) {
        assert!(
            found.contains(&squash(expected)),
            "{what}: {expected:?} not found in the PDF's text:\n{text}"
        );
        return;
    }
    let words: Vec<String> = expected
        .split(|c: char| c.is_whitespace() || "،.:!؟()".contains(c))
        .map(squash)
        .filter(|w| w.chars().count() >= 2)
        .collect();
    let missing: Vec<&String> = words
        .iter()
        .filter(|w| !found.contains(w.as_str()))
        .collect();
    assert!(
        missing.len() <= 1.max(words.len() / 8),
        "{what}: {} of {} words not found ({missing:?}) in the PDF's text:\n{text}",
        missing.len(),
        words.len()
    );
}

/// Every QR code on a page, decoded: the page rendered in grey at 150 dpi.
fn qr_codes(pdf: &[u8], page: usize) -> Vec<String> {
    let file = pdf_file(pdf);
    let dir = tempfile::tempdir().unwrap();
    let prefix = dir.path().join("page");
    let status = Command::new("pdftoppm")
        .args(["-r", "150", "-gray", "-singlefile"])
        .args(["-f", &page.to_string(), "-l", &page.to_string()])
        .arg(file.path())
        .arg(&prefix)
        .status()
        .expect("pdftoppm runs");
    assert!(status.success());
    let pgm = std::fs::read(prefix.with_extension("pgm")).unwrap();
    let (width, height, pixels) = parse_pgm(&pgm);
    let mut image =
        rqrr::PreparedImage::prepare_from_greyscale(width, height, |x, y| pixels[y * width + x]);
    image
        .detect_grids()
        .into_iter()
        .map(|grid| grid.decode().expect("the QR code decodes").1)
        .collect()
}

/// A binary PGM (P5, 8-bit): width, height and the grey values.
fn parse_pgm(data: &[u8]) -> (usize, usize, &[u8]) {
    let mut fields = Vec::new();
    let mut at = 0;
    while fields.len() < 4 {
        while data[at].is_ascii_whitespace() {
            at += 1;
        }
        let start = at;
        while !data[at].is_ascii_whitespace() {
            at += 1;
        }
        fields.push(std::str::from_utf8(&data[start..at]).unwrap().to_owned());
    }
    assert_eq!(fields[0], "P5");
    assert_eq!(fields[3], "255");
    let (width, height) = (fields[1].parse().unwrap(), fields[2].parse().unwrap());
    (width, height, &data[at + 1..])
}

/// Every word on a page with its left edge and top, as `pdftotext -bbox`
/// places them.
fn words(pdf: &[u8]) -> Vec<(f64, f64, String)> {
    let file = pdf_file(pdf);
    let out = Command::new("pdftotext")
        .args(["-bbox", "-f", "1", "-l", "1"])
        .arg(file.path())
        .arg("-")
        .output()
        .expect("pdftotext runs");
    let html = String::from_utf8(out.stdout).unwrap();
    let word =
        regex::Regex::new(r#"<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)</word>"#).unwrap();
    word.captures_iter(&html)
        .map(|c| {
            (
                c[1].parse().unwrap(),
                c[2].parse().unwrap(),
                c[3].to_owned(),
            )
        })
        .collect()
}

/// The bottom of every word on every page, and its text: `pdftotext
/// -bbox` over the whole document.
fn word_bottoms(pdf: &[u8]) -> Vec<(usize, f64, String)> {
    let file = pdf_file(pdf);
    let out = Command::new("pdftotext")
        .arg("-bbox")
        .arg(file.path())
        .arg("-")
        .output()
        .expect("pdftotext runs");
    let html = String::from_utf8(out.stdout).unwrap();
    let word = regex::Regex::new(r#"<word [^>]*yMax="([\d.]+)">([^<]*)</word>"#).unwrap();
    html.split("<page ")
        .skip(1)
        .enumerate()
        .flat_map(|(page, body)| {
            word.captures_iter(body)
                .map(|c| (page + 1, c[1].parse().unwrap(), c[2].to_owned()))
                .collect::<Vec<_>>()
        })
        .collect()
}

fn newcomer(
    locale: Locale,
    municipality: &str,
    category: Category,
    citizenship: Option<Citizenship>,
    household: Household,
) -> Newcomer {
    let mut newcomer = Newcomer::consented(ChatKey::terminal(1), locale, common::test_now());
    newcomer.municipality = Some(municipality.into());
    newcomer.category = Some(category);
    newcomer.citizenship = citizenship;
    newcomer.household = Some(household);
    newcomer.wants_mentor = Some(true);
    newcomer
}

struct Desk {
    i18n: I18n,
    content: Content,
}

impl Desk {
    fn new() -> Desk {
        Desk {
            i18n: I18n::load_strict().expect("locales load"),
            content: common::shipped_content(),
        }
    }

    fn letter(&self, newcomer: &Newcomer, bot: Option<&str>) -> Printed {
        let municipality = self
            .content
            .municipality(newcomer.municipality.as_deref().unwrap())
            .unwrap();
        letter_pdf(&LetterFor {
            tr: self.i18n.tr(newcomer.locale),
            content: &self.content,
            municipality,
            newcomer,
            bot_username: bot,
            today: today(),
        })
        .expect("the letter is printed")
    }

    fn poster(&self, slug: &str, audience: Audience, locale: Locale) -> Printed {
        let municipality = self.content.municipality(slug).unwrap();
        poster_pdf(
            &self.i18n,
            municipality,
            audience,
            locale,
            TYNSET_BOT,
            today(),
        )
        .expect("the poster is printed")
    }

    /// What the chat's letter says: the greeting and the population line.
    fn words_of(&self, newcomer: &Newcomer) -> velkommen::letter::LetterText {
        let municipality = self
            .content
            .municipality(newcomer.municipality.as_deref().unwrap())
            .unwrap();
        velkommen::letter::letter_text(
            self.i18n.tr(newcomer.locale),
            &self.content,
            municipality,
            newcomer,
        )
    }
}

#[test]
fn a_tigrinya_letter_for_a_refugee_family_in_tynset_reads_right_and_opens_tynset() {
    let desk = Desk::new();
    let family = newcomer(
        Locale::Ti,
        "tynset",
        Category::Refugee,
        None,
        Household::Children,
    );
    let printed = desk.letter(&family, Some(TYNSET_BOT));
    assert!(printed.pdf.starts_with(b"%PDF-"));
    assert!((1..=2).contains(&printed.pages), "{} pages", printed.pages);
    if !poppler() {
        return;
    }
    let text = pdf_text(&printed.pdf);
    let words = desk.words_of(&family);
    assert_reads(&text, &words.greeting, "the Tigrinya greeting");
    assert_reads(&text, &words.population, "the population line");
    assert!(squash(&text).contains("5722"), "Tynset's figure: {text}");
    for step in &words.steps {
        assert_reads(&text, &step.text, "a first step");
    }
    assert_reads(
        &text,
        &words.children.unwrap().text,
        "what children have a right to",
    );
    // Ge'ez letters, not boxes or question marks.
    let geez = text
        .chars()
        .filter(|c| ('\u{1200}'..='\u{137F}').contains(c))
        .count();
    assert!(geez > 500, "{geez} Ge'ez letters");
    // On paper there is no button: no "tap" text from the chat.
    assert!(!squash(&text).contains(&squash(&words.footer)));
    assert_eq!(
        qr_codes(&printed.pdf, 1),
        ["https://t.me/velkommen_tynset_bot?start=tynset"]
    );
}

#[test]
fn arabic_dari_ukrainian_lithuanian_and_polish_letters_carry_their_own_words() {
    let desk = Desk::new();
    if !poppler() {
        return;
    }
    for (locale, category, citizenship) in [
        (Locale::Ar, Category::Refugee, None),
        (Locale::Prs, Category::Family, Some(Citizenship::Other)),
        (Locale::Uk, Category::Refugee, None),
        (Locale::Lt, Category::Labour, Some(Citizenship::Eea)),
        (Locale::Pl, Category::Labour, Some(Citizenship::Eea)),
    ] {
        let person = newcomer(locale, "haram", category, citizenship, Household::Partner);
        let printed = desk.letter(&person, Some("velkommen_haram_bot"));
        let text = pdf_text(&printed.pdf);
        let words = desk.words_of(&person);
        assert_reads(&text, &words.greeting, &format!("{locale} greeting"));
        assert_reads(&text, &words.population, &format!("{locale} population"));
        assert!(squash(&text).contains("9357"), "{locale}: Haram's figure");
        assert_eq!(
            qr_codes(&printed.pdf, 1),
            ["https://t.me/velkommen_haram_bot?start=haram"],
            "{locale}"
        );
    }
}

#[test]
fn the_arabic_letter_runs_right_to_left_with_its_numbers_left_to_right() {
    let desk = Desk::new();
    if !poppler() {
        return;
    }
    let person = newcomer(
        Locale::Ar,
        "haram",
        Category::Refugee,
        None,
        Household::Alone,
    );
    let printed = desk.letter(&person, None);
    let words = words(&printed.pdf);
    // The population line: "في بلدية Haram نحن اليوم 9 357، … (SSB 2024)".
    let ssb = words.iter().find(|w| w.2 == "SSB").expect("the source");
    let on_line = |w: &&(f64, f64, String)| (w.1 - ssb.1).abs() < 4.0;
    let haram = words
        .iter()
        .filter(on_line)
        .find(|w| w.2 == "Haram")
        .expect("the municipality on the population line");
    // Right to left: the source, written last, stands left of the name.
    assert!(ssb.0 < haram.0, "SSB at {} and Haram at {}", ssb.0, haram.0);
    // The figure reads left to right inside it: 9, then 357.
    let nine = words.iter().filter(on_line).find(|w| w.2 == "9").unwrap();
    let rest = words.iter().filter(on_line).find(|w| w.2 == "357").unwrap();
    assert!(nine.0 < rest.0, "9 at {} and 357 at {}", nine.0, rest.0);
    // And the Bokmål letter is left to right: "Velkommen til Haram!".
    let nb = newcomer(
        Locale::Nb,
        "haram",
        Category::Refugee,
        None,
        Household::Alone,
    );
    let words = self::words(&desk.letter(&nb, None).pdf);
    let welcome = words.iter().find(|w| w.2 == "Velkommen").unwrap();
    let haram = words
        .iter()
        .find(|w| (w.1 - welcome.1).abs() < 4.0 && w.2 == "Haram!")
        .unwrap();
    assert!(welcome.0 < haram.0);
}

#[test]
fn every_letter_of_every_municipality_and_language_fits_two_pages() {
    let desk = Desk::new();
    let groups = [
        (Category::Refugee, None),
        (Category::Labour, Some(Citizenship::Nordic)),
        (Category::Labour, Some(Citizenship::Eea)),
        (Category::Labour, Some(Citizenship::Other)),
        (Category::Family, Some(Citizenship::Eea)),
        (Category::Family, Some(Citizenship::Other)),
        (Category::Other, Some(Citizenship::Other)),
    ];
    let mut letters = 0;
    for municipality in desk.content.municipalities() {
        for locale in Locale::ALL {
            for (category, citizenship) in groups {
                // A household with children has the longest letter.
                let person = newcomer(
                    locale,
                    &municipality.slug,
                    category,
                    citizenship,
                    Household::Children,
                );
                let printed = desk.letter(&person, Some(TYNSET_BOT));
                assert!(
                    (1..=2).contains(&printed.pages),
                    "{} {locale} {category:?}: {} pages",
                    municipality.slug,
                    printed.pages
                );
                letters += 1;
            }
        }
    }
    assert_eq!(
        letters,
        desk.content.municipalities().count() * 10 * groups.len()
    );
}

/// A letter longer than a page flows on: nothing is drawn over the footer
/// (an unbreakable entry in a column once was).
#[test]
fn no_letter_runs_into_its_footer() {
    let desk = Desk::new();
    if !poppler() {
        return;
    }
    // A4 is 841.9 pt high; the bottom margin is 1.8 cm (51.0 pt), and the
    // footer ("velkommen · Haram kommune · …", "1 / 2") sits in it. A
    // word's box reaches below its line by the font's descent: 4 pt are
    // allowed for that, less than half a line.
    let body_ends = 841.89 - 51.02 + 4.0;
    for municipality in desk.content.municipalities() {
        for locale in Locale::ALL {
            let person = newcomer(
                locale,
                &municipality.slug,
                Category::Labour,
                Some(Citizenship::Eea),
                Household::Children,
            );
            let printed = desk.letter(&person, Some(TYNSET_BOT));
            let words = word_bottoms(&printed.pdf);
            let footer: Vec<(usize, f64)> = words
                .iter()
                .filter(|w| w.2 == "velkommen")
                .map(|w| (w.0, w.1))
                .filter(|(_, bottom)| *bottom > body_ends)
                .collect();
            assert_eq!(footer.len(), printed.pages, "one footer per page");
            let over: Vec<_> = words
                .iter()
                .filter(|w| w.1 > body_ends)
                .filter(|w| !footer.iter().any(|f| f.0 == w.0 && (f.1 - w.1).abs() < 2.0))
                .collect();
            assert!(
                over.is_empty(),
                "{} {locale}: drawn into the footer: {over:?}",
                municipality.slug
            );
        }
    }
}

#[test]
fn unconfirmed_entries_keep_their_mark_on_paper_and_no_bot_means_no_qr() {
    let desk = Desk::new();
    if !poppler() {
        return;
    }
    let haram = desk.content.municipality("haram").unwrap();
    // The offices printed (the library is listed once, as a meeting place)
    // and the meeting places that are examples.
    let library_is_a_place = haram
        .meeting_places
        .iter()
        .any(|p| p.kind == velkommen::content::PlaceKind::Library);
    let unconfirmed = haram
        .offices
        .iter()
        .filter(|o| !(library_is_a_place && o.kind == velkommen::content::OfficeKind::Library))
        .filter(|o| !o.provenance.confirmed)
        .count()
        + haram
            .meeting_places
            .iter()
            .filter(|p| !p.provenance.confirmed)
            .count();
    assert!(unconfirmed > 0, "Haram's pack has examples to confirm");
    for locale in [Locale::Nb, Locale::Ar, Locale::Ti, Locale::Uk] {
        let person = newcomer(locale, "haram", Category::Refugee, None, Household::Alone);
        let text = squash(&pdf_text(&desk.letter(&person, None).pdf));
        // The mark's first word, once per example and once for the
        // population figure if that is one too (a framed mark may wrap, and
        // the two columns' lines interleave in the extracted text).
        let mark = desk.i18n.tr(locale).msg("unconfirmed");
        let first = squash(mark.split_whitespace().next().unwrap());
        let expected = unconfirmed + usize::from(!haram.population.provenance.confirmed);
        assert!(
            text.matches(&first).count() >= expected,
            "{locale}: {} marks ({first}) for {expected} examples",
            text.matches(&first).count()
        );
    }
    let person = newcomer(
        Locale::Nb,
        "haram",
        Category::Refugee,
        None,
        Household::Alone,
    );
    assert!(qr_codes(&desk.letter(&person, None).pdf, 1).is_empty());
}

#[test]
fn what_a_pack_says_is_printed_as_text_never_read_as_typst() {
    let mut desk = Desk::new();
    if !poppler() {
        return;
    }
    let hostile = r#"#pagebreak() *bold* $x^2$ <label> @ref #set page(paper: "a6") \ ] ) }"#;
    // A copy of the packs where Haram's service centre has a name and an
    // address full of Typst syntax.
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&common::repo_path("content"), dir.path());
    let pack = dir.path().join("haram.toml");
    let toml = std::fs::read_to_string(&pack).unwrap();
    let toml = toml
        .replacen(
            "name = \"Haram kommune\"\n#",
            &format!("name = {}\n#", toml_string(hostile)),
            1,
        )
        .replacen("address = \"Brattvåg\"", "address = \"#{ panic() }\"", 1);
    std::fs::write(&pack, toml).unwrap();
    desk.content = Content::load(dir.path(), today())
        .expect("the changed packs load")
        .0;
    let person = newcomer(
        Locale::Nb,
        "haram",
        Category::Refugee,
        None,
        Household::Alone,
    );
    let printed = desk.letter(&person, None);
    let text = pdf_text(&printed.pdf);
    assert_reads(&text, hostile, "the office's name, character for character");
    assert_reads(&text, "#{ panic() }", "the address");
    assert!(printed.pages <= 2);
}

#[test]
fn the_posters_welcome_in_ten_languages_and_recruit_faddere() {
    let desk = Desk::new();
    let newcomers = desk.poster("tynset", Audience::Newcomers, Locale::Nb);
    let mentors = desk.poster("tynset", Audience::Mentors, Locale::Nb);
    let nynorsk = desk.poster("haram", Audience::Mentors, Locale::Nn);
    for poster in [&newcomers, &mentors, &nynorsk] {
        assert_eq!(poster.pages, 1);
    }
    if !poppler() {
        return;
    }
    let text = pdf_text(&newcomers.pdf);
    for locale in Locale::ALL {
        let tr = desk.i18n.tr(locale);
        let args = velkommen::args!["municipality" => "Tynset"];
        assert_reads(&text, &tr.msg_args("poster-welcome", &args), locale.code());
        assert_reads(&text, &tr.msg_args("poster-what", &args), locale.code());
    }
    assert_eq!(
        qr_codes(&newcomers.pdf, 1),
        ["https://t.me/velkommen_tynset_bot?start=tynset"]
    );
    assert_reads(
        &text,
        "t.me/velkommen_tynset_bot?start=tynset",
        "the short link",
    );

    let text = pdf_text(&mentors.pdf);
    let tr = desk.i18n.tr(Locale::Nb);
    let args = velkommen::args!["municipality" => "Tynset"];
    assert_reads(&text, &tr.msg_args("poster-mentor-title", &args), "title");
    assert_reads(&text, &tr.msg("poster-mentor-scan"), "how to sign up");
    assert_eq!(
        qr_codes(&mentors.pdf, 1),
        ["https://t.me/velkommen_tynset_bot?start=fadder-tynset"]
    );
    let text = pdf_text(&nynorsk.pdf);
    let nn = desk.i18n.tr(Locale::Nn);
    assert_reads(
        &text,
        &nn.msg_args(
            "poster-mentor-title",
            &velkommen::args!["municipality" => "Haram"],
        ),
        "the Nynorsk title",
    );
    assert_eq!(
        qr_codes(&nynorsk.pdf, 1),
        ["https://t.me/velkommen_tynset_bot?start=fadder-haram"]
    );
}

fn toml_string(value: &str) -> String {
    toml::Value::String(value.to_owned()).to_string()
}

fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// A button's callback data, as a client would send it.
fn encoded(action: velkommen::conversation::callback::PaperAction) -> String {
    velkommen::conversation::callback::Action::from(action).encode()
}

/// A test app whose bot has a username (as `serve` learns from `getMe`).
async fn app_with_bot(bot: Option<&str>) -> common::TestApp {
    let mut app = common::TestApp::new(common::sqlite_db()).await;
    app.state.bot_username = bot.map(str::to_owned);
    app.engine = app.state.engine();
    app
}

#[tokio::test]
async fn an_arabic_newcomer_taps_as_pdf_and_gets_a_right_to_left_letter() {
    use velkommen::conversation::callback::{MenuItem, PaperAction};
    use velkommen::newcomers::Arrival;
    use velkommen::outbox::FileKind;
    let app = app_with_bot(Some("velkommen_haram_bot")).await;
    common::newcomer(
        &app,
        7,
        "haram",
        Locale::Ar,
        Household::Children,
        Arrival::NotYet,
    )
    .await;
    let mut amal = app.person(7, Some("ar"));
    amal.say("/letter").await;
    assert!(
        amal.offers(&PaperAction::Letter.into()),
        "{:?}",
        amal.buttons()
    );
    let button = amal
        .buttons()
        .into_iter()
        .find(|b| b.data == encoded(PaperAction::Letter))
        .unwrap();
    assert_eq!(button.label, "📄 بصيغة PDF");
    let letter_button = button.data.clone();
    let replies = amal.press(PaperAction::Letter.into()).await.to_vec();
    let file = replies.iter().find_map(|r| r.file.clone()).expect("a file");
    assert_eq!(file.kind, FileKind::Document);
    assert_eq!(file.name, "velkomstbrev-haram-ar.pdf");
    assert!(file.bytes.starts_with(b"%PDF-"));
    assert!(replies[0].text.starts_with("📄"));
    // Pressing it again makes it again: nothing is stored.
    let again = amal.press_raw(&letter_button).await.to_vec();
    assert!(again.iter().any(|r| r.file.is_some()));
    // The menu still works after it.
    amal.say("/menu").await;
    assert!(amal.offers(&MenuItem::Letter.into()));
    if !poppler() {
        return;
    }
    let desk = Desk::new();
    let stored = app.stored_newcomer(ChatKey::telegram(7)).await.unwrap();
    let words_of = desk.words_of(&stored);
    let text = pdf_text(&file.bytes);
    assert_reads(&text, &words_of.greeting, "the Arabic greeting");
    assert_reads(&text, &words_of.population, "the population line");
    assert_reads(&text, &words_of.children.unwrap().text, "children");
    let words = words(&file.bytes);
    let ssb = words.iter().find(|w| w.2 == "SSB").unwrap();
    let haram = words
        .iter()
        .find(|w| (w.1 - ssb.1).abs() < 4.0 && w.2 == "Haram")
        .unwrap();
    assert!(ssb.0 < haram.0, "right to left");
    assert_eq!(
        qr_codes(&file.bytes, 1),
        ["https://t.me/velkommen_haram_bot?start=haram"]
    );
}

#[tokio::test]
async fn without_a_profile_or_a_bot_name_nothing_is_printed_by_a_stale_button() {
    use velkommen::conversation::callback::PaperAction;
    let app = app_with_bot(None).await;
    // Someone who has not signed up presses an old or forged button.
    let mut stranger = app.person(8, Some("uk"));
    let replies = stranger
        .press_raw(&encoded(PaperAction::Letter))
        .await
        .to_vec();
    assert!(replies.iter().all(|r| r.file.is_none()));
    assert!(!replies.is_empty(), "they are answered");
    // Without the bot's username, staff see no posters button, and a
    // forged one prints nothing.
    let mut coordinator = common::staff_member(&app, 10, "haram").await;
    coordinator.say("/staff").await;
    assert!(!coordinator.offers(&PaperAction::Posters.into()));
    let replies = coordinator
        .press_raw(&encoded(PaperAction::Posters))
        .await
        .to_vec();
    assert!(replies.iter().all(|r| r.file.is_none()));
}

#[tokio::test]
async fn staff_get_both_posters_from_the_staff_home() {
    use velkommen::conversation::callback::PaperAction;
    let app = app_with_bot(Some(TYNSET_BOT)).await;
    let mut consultant = common::staff_member(&app, 20, "tynset").await;
    consultant.say("/staff").await;
    assert!(consultant.offers(&PaperAction::Posters.into()));
    let replies = consultant.press(PaperAction::Posters.into()).await.to_vec();
    let files: Vec<_> = replies.iter().filter_map(|r| r.file.clone()).collect();
    let names: Vec<&str> = files.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "velkommen-plakat-tynset.pdf",
            "velkommen-fadderplakat-tynset.pdf"
        ]
    );
    // Staff of one municipality cannot print another's (a forged button).
    let replies = consultant
        .press_raw(&encoded(PaperAction::PostersOf("haram".into())))
        .await
        .to_vec();
    assert!(replies.iter().all(|r| r.file.is_none()));
    // Someone who works for two municipalities is asked which.
    let code = common::invite(&app, "haram", velkommen::staff::Role::Announcer).await;
    consultant.say(&format!("/staff {}", code.display())).await;
    consultant.say("/staff").await;
    let replies = consultant.press(PaperAction::Posters.into()).await.to_vec();
    assert!(replies.iter().all(|r| r.file.is_none()));
    assert!(consultant.offers(&PaperAction::PostersOf("haram".into()).into()));
    assert!(consultant.offers(&PaperAction::PostersOf("tynset".into()).into()));
    let replies = consultant
        .press(PaperAction::PostersOf("haram".into()).into())
        .await
        .to_vec();
    let haram: Vec<_> = replies.iter().filter_map(|r| r.file.clone()).collect();
    assert_eq!(haram.len(), 2);
    assert_eq!(haram[0].name, "velkommen-plakat-haram.pdf");
    if !poppler() {
        return;
    }
    assert_eq!(
        qr_codes(&haram[1].bytes, 1),
        ["https://t.me/velkommen_tynset_bot?start=fadder-haram"]
    );
    assert_eq!(
        qr_codes(&files[0].bytes, 1),
        ["https://t.me/velkommen_tynset_bot?start=tynset"]
    );
    assert_eq!(
        qr_codes(&files[1].bytes, 1),
        ["https://t.me/velkommen_tynset_bot?start=fadder-tynset"]
    );
}

/// `velkommen letter` and `velkommen poster` as a consultant runs them,
/// with the mistakes people make.
#[test]
fn the_command_line_prints_and_explains_its_mistakes() {
    let dir = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_velkommen"))
            .args(args)
            .current_dir(dir.path())
            .env("VELKOMMEN_CONTENT_DIR", common::repo_path("content"))
            .env(
                "DATABASE_URL",
                format!("sqlite://{}/v.db", dir.path().display()),
            )
            .env_remove("TELOXIDE_TOKEN")
            .env_remove("VELKOMMEN_BOT_USERNAME")
            .env("RUST_LOG", "error")
            .output()
            .expect("velkommen runs")
    };
    let letter = [
        "letter",
        "--municipality",
        "tynset",
        "--lang",
        "ti",
        "--category",
        "refugee",
        "--household",
        "children",
        "--bot-username",
        "@velkommen_tynset_bot",
        "--pdf",
        "brev.pdf",
    ];
    let out = run(&letter);
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(said.contains("brev.pdf"), "{said}");
    assert!(
        said.contains("https://t.me/velkommen_tynset_bot?start=tynset"),
        "{said}"
    );
    let pdf = std::fs::read(dir.path().join("brev.pdf")).unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
    // Nothing is stored: no database is made.
    assert!(!dir.path().join("v.db").exists());

    let mistake = |args: &[&str], expected: &str| {
        let out = run(args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success(), "{args:?} should fail");
        assert!(stderr.contains(expected), "{args:?}: {stderr}");
    };
    let with = |at: usize, value: &'static str| {
        let mut args = letter;
        args[at] = value;
        args
    };
    mistake(&with(2, "tynnset"), "no municipality \"tynnset\"; known:");
    mistake(
        &with(4, "tigrinya"),
        "no language \"tigrinya\"; use one of:",
    );
    mistake(
        &with(6, "worker"),
        "--category \"worker\": refugee, labour, family or other",
    );
    mistake(&with(6, "labour"), "--citizenship nordic, eea or other");
    mistake(&with(8, "kids"), "--household \"kids\"");
    mistake(
        &with(10, "velkommen bot"),
        "--bot-username \"velkommen bot\"",
    );
    // Without any way to learn the bot's name, a letter is printed without
    // a QR code (and says so); a poster is refused.
    let mut no_bot: Vec<&str> = letter.to_vec();
    no_bot.drain(9..11);
    let out = run(&no_bot);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("no QR code"));
    mistake(
        &["poster", "--municipality", "tynset", "--pdf", "p.pdf"],
        "needs the bot's username",
    );
    mistake(
        &[
            "poster",
            "--municipality",
            "tynset",
            "--for",
            "volunteers",
            "--bot-username",
            "velkommen_bot",
            "--pdf",
            "p.pdf",
        ],
        "--for \"volunteers\": newcomers or mentors",
    );
    let out = run(&[
        "poster",
        "--municipality",
        "tynset",
        "--for",
        "mentors",
        "--bot-username",
        "velkommen_tynset_bot",
        "--pdf",
        "fadder.pdf",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("?start=fadder-tynset"));
}
