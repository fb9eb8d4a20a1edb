//! Matching a typed question to guide topics, in any of the ten languages,
//! without an external service. Every locale's keywords and titles are
//! indexed for every topic, so a Polish worker who types the Norwegian
//! "skattekort" or the Polish "karty podatkowej" finds the same topic.
//!
//! Text is folded (case, diacritics, Arabic and Persian letter variants,
//! ø/æ/ł), split into words, and function words are dropped. A query word
//! matches an indexed word exactly, as an inflected form (a long shared
//! beginning: "skattekortet", "karty"/"karta"), or with a small typo (one
//! edit, two for long words). Rare words weigh more than words many topics
//! share.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::OnceLock;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use super::{LocaleTexts, Topic};
use crate::i18n::Locale;

/// The longest query looked at; the rest of a long message is ignored.
pub const MAX_QUERY_CHARS: usize = 500;

/// Below this, a topic is not offered at all (a word that matches one
/// topic's keyword exactly scores 1; a word all topics share scores less).
const MIN_SCORE: f64 = 0.375;

/// How much a title word counts against a keyword.
const TITLE_WEIGHT: f64 = 0.6;

/// Words that say nothing about the topic, per language (folded).
const STOPWORDS: &[&str] = &[
    // nb, nn
    "og",
    "i",
    "pa",
    "til",
    "en",
    "ei",
    "et",
    "a",
    "for",
    "med",
    "av",
    "som",
    "er",
    "jeg",
    "eg",
    "meg",
    "hvordan",
    "korleis",
    "hva",
    "kva",
    "hvor",
    "kvar",
    "kan",
    "fa",
    "det",
    "har",
    "ikkje",
    "ikke",
    "min",
    "mitt",
    "mine",
    "om",
    "na",
    "du",
    "vi",
    "skal",
    "ma",
    "trenger",
    "treng",
    "noen",
    "nokon",
    "hvem",
    "kven",
    "hvis",
    "viss",
    "fra",
    "frå",
    "får",
    "fekk",
    "fikk",
    // en
    "the",
    "an",
    "to",
    "of",
    "in",
    "on",
    "how",
    "do",
    "my",
    "what",
    "where",
    "can",
    "get",
    "is",
    "and",
    "with",
    "does",
    "need",
    "who",
    "when",
    "me",
    "it",
    "or",
    "if",
    "about",
    "from",
    // pl
    "jak",
    "gdzie",
    "co",
    "w",
    "z",
    "na",
    "do",
    "sie",
    "czy",
    "moge",
    "mam",
    "jest",
    "dla",
    "mi",
    "to",
    "o",
    "ktory",
    "dostac",
    "potrzebuje",
    "jaki",
    "jaka",
    "kto",
    // uk
    "як",
    "де",
    "що",
    "і",
    "и",
    "в",
    "у",
    "на",
    "з",
    "до",
    "мені",
    "я",
    "чи",
    "мене",
    "для",
    "отримати",
    "треба",
    "потрібно",
    "можна",
    "це",
    "хто",
    // lt
    "kaip",
    "kur",
    "ir",
    "i",
    "su",
    "kas",
    "gauti",
    "as",
    "mano",
    "ar",
    "man",
    "reikia",
    "yra",
    "del",
    "kad",
    // ar
    "في",
    "من",
    "على",
    "كيف",
    "اين",
    "ما",
    "هل",
    "الى",
    "انا",
    "عن",
    "او",
    "و",
    "لي",
    "اريد",
    "ماذا",
    "هو",
    "هي",
    // prs
    "در",
    "از",
    "به",
    "چطور",
    "کجا",
    "چی",
    "را",
    "که",
    "من",
    "برای",
    "با",
    "است",
    "چه",
    "یک",
    "میخواهم",
    "کنم",
    "چطوری",
    // so
    "sidee",
    "xagee",
    "waa",
    "ka",
    "ku",
    "iyo",
    "maxaa",
    "ma",
    "la",
    "u",
    "aan",
    "waxaan",
    "meeqa",
    "yaa",
    "miyaa",
    // ti
    "ከመይ",
    "ኣበይ",
    "እንታይ",
    "ናይ",
    "ኣብ",
    "ን",
    "ከ",
    "እዩ",
    "ኣሎ",
    "ክረክብ",
];

/// The function words, folded like everything else.
fn stopwords() -> &'static HashSet<String> {
    static FOLDED: OnceLock<HashSet<String>> = OnceLock::new();
    FOLDED.get_or_init(|| STOPWORDS.iter().map(|w| fold(w)).collect())
}

/// Folds a text for comparison: lowercase, no diacritics, one form of
/// letters that are written several ways.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.nfkd() {
        if is_combining_mark(c) {
            continue;
        }
        match c {
            'ø' | 'Ø' => out.push('o'),
            'æ' | 'Æ' => out.push_str("ae"),
            'ł' | 'Ł' => out.push('l'),
            'đ' | 'Đ' => out.push('d'),
            'ß' => out.push_str("ss"),
            // Arabic and Persian: one yeh, one kaf, one heh; no tatweel.
            'ي' | 'ى' | 'ئ' => out.push('ی'),
            'ك' => out.push('ک'),
            'ة' | 'ۀ' => out.push('ه'),
            'ؤ' => out.push('و'),
            'ـ' => {}
            _ => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// The words of a text, folded, without function words.
pub fn words(text: &str) -> Vec<String> {
    let folded = fold(text);
    let mut words = Vec::new();
    for word in folded.split(|c: char| !c.is_alphanumeric()) {
        if word.is_empty() || stopwords().contains(word) {
            continue;
        }
        words.push(word.to_owned());
        // The Arabic article is part of the word: "الطبيب" is "طبيب".
        if let Some(bare) = word.strip_prefix("ال").filter(|b| b.chars().count() >= 3) {
            words.push(bare.to_owned());
        }
    }
    words
}

/// The words of a text plus each pair of neighbours written together, so
/// "d nummer", "d-nummer" and "dnummer" meet.
fn words_and_pairs(text: &str) -> Vec<String> {
    let mut all = words(text);
    let pairs: Vec<String> = all
        .windows(2)
        .map(|w| format!("{}{}", w[0], w[1]))
        .collect();
    all.extend(pairs);
    all
}

/// How well a query word matches an indexed word: 1 exact, less for an
/// inflected form or a typo, 0 not at all.
fn similarity(q: &[char], t: &[char]) -> f64 {
    if q == t {
        return 1.0;
    }
    let shorter = q.len().min(t.len());
    let longer = q.len().max(t.len());
    if shorter < 3 {
        return 0.0;
    }
    let common = q.iter().zip(t).take_while(|(a, b)| a == b).count();
    // An inflected form: the whole of the shorter word begins the longer
    // ("skattekort" / "skattekortet"), or they share a long beginning
    // ("karta" / "karty", "податкова" / "податкову").
    if common == shorter && shorter >= 4 && shorter * 2 >= longer {
        return 0.9;
    }
    if common >= 4 && common * 4 >= shorter * 3 && shorter * 2 >= longer {
        return 0.8;
    }
    let allowed = match shorter {
        0..=4 => 0,
        5..=8 => 1,
        _ => 2,
    };
    if allowed > 0 && longer - shorter <= allowed && edit_distance(q, t) <= allowed {
        return 0.75;
    }
    0.0
}

/// Optimal-string-alignment distance (Levenshtein plus swapped neighbours).
fn edit_distance(a: &[char], b: &[char]) -> usize {
    let mut previous2: Vec<usize> = vec![0; b.len() + 1];
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current = vec![0; b.len() + 1];
    for i in 1..=a.len() {
        current[0] = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            current[j] = (previous[j] + 1)
                .min(current[j - 1] + 1)
                .min(previous[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                current[j] = current[j].min(previous2[j - 2] + 1);
            }
        }
        std::mem::swap(&mut previous2, &mut previous);
        std::mem::swap(&mut previous, &mut current);
    }
    previous[b.len()]
}

/// One indexed word.
#[derive(Clone, Debug)]
struct Term {
    chars: Vec<char>,
    /// (topic index, weight before rarity)
    postings: Vec<(usize, f64)>,
    /// How much the word counts: rarer across topics, more (0..1].
    rarity: f64,
}

/// Every indexed word, with the topics it points to and how strongly.
#[derive(Clone, Debug, Default)]
pub struct Index {
    terms: Vec<Term>,
    /// Terms by their first letter: a typo in the first letter is rare, and
    /// looking only there keeps a search to a small part of the index.
    by_first: HashMap<char, Vec<usize>>,
    topic_ids: Vec<String>,
}

impl Index {
    pub fn build(topics: &[Topic], texts: &BTreeMap<Locale, LocaleTexts>) -> Index {
        let mut postings: HashMap<String, Vec<(usize, f64)>> = HashMap::new();
        let mut add = |word: String, topic: usize, weight: f64| {
            let entry = postings.entry(word).or_default();
            match entry.iter_mut().find(|(t, _)| *t == topic) {
                Some((_, w)) => *w = w.max(weight),
                None => entry.push((topic, weight)),
            }
        };
        for (i, topic) in topics.iter().enumerate() {
            add(fold(&topic.id).replace('-', ""), i, 1.0);
            for locale_texts in texts.values() {
                let Some(text) = locale_texts.topics.get(&topic.id) else {
                    continue;
                };
                for keyword in &text.keywords {
                    for word in words_and_pairs(keyword) {
                        add(word, i, 1.0);
                    }
                }
                for word in words(&text.title) {
                    add(word, i, TITLE_WEIGHT);
                }
            }
        }
        let n = topics.len().max(1) as f64;
        let top_rarity = (1.0 + n).ln();
        let mut words: Vec<(String, Vec<(usize, f64)>)> = postings.into_iter().collect();
        words.sort_by(|a, b| a.0.cmp(&b.0));
        let mut terms = Vec::with_capacity(words.len());
        let mut by_first: HashMap<char, Vec<usize>> = HashMap::new();
        for (word, postings) in words {
            let rarity = (1.0 + n / postings.len() as f64).ln() / top_rarity;
            let chars: Vec<char> = word.chars().collect();
            if let Some(first) = chars.first() {
                by_first.entry(*first).or_default().push(terms.len());
            }
            terms.push(Term {
                chars,
                postings,
                rarity,
            });
        }
        Index {
            terms,
            by_first,
            topic_ids: topics.iter().map(|t| t.id.clone()).collect(),
        }
    }

    /// The ids of the best matching topics, best first, at most `limit`.
    pub fn search(&self, query: &str, limit: usize) -> Vec<&str> {
        let query: String = query.chars().take(MAX_QUERY_CHARS).collect();
        let mut scores = vec![0.0f64; self.topic_ids.len()];
        let mut best = vec![0.0f64; self.topic_ids.len()];
        for word in words_and_pairs(&query) {
            let chars: Vec<char> = word.chars().collect();
            let Some(candidates) = chars.first().and_then(|c| self.by_first.get(c)) else {
                continue;
            };
            // The best this word does for each topic.
            best.iter_mut().for_each(|b| *b = 0.0);
            for &i in candidates {
                let term = &self.terms[i];
                let similar = similarity(&chars, &term.chars);
                if similar == 0.0 {
                    continue;
                }
                for (topic, weight) in &term.postings {
                    let score = similar * weight * term.rarity;
                    if score > best[*topic] {
                        best[*topic] = score;
                    }
                }
            }
            for (total, add) in scores.iter_mut().zip(&best) {
                *total += add;
            }
        }
        let mut ranked: Vec<(usize, f64)> = scores
            .into_iter()
            .enumerate()
            .filter(|(_, s)| *s >= MIN_SCORE)
            .collect();
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        ranked
            .into_iter()
            .take(limit)
            .map(|(i, _)| self.topic_ids[i].as_str())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_removes_case_diacritics_and_letter_variants() {
        assert_eq!(fold("Fødselsnummer"), "fodselsnummer");
        assert_eq!(fold("KARTĘ podatkową"), "karte podatkowa");
        assert_eq!(fold("złożyć"), "zlozyc");
        assert_eq!(fold("mokesčių"), "mokesciu");
        assert_eq!(fold("أين الطبيب"), fold("اين الطبيب"));
        assert_eq!(fold("كارت مالياتي"), "کارت مالیاتی");
    }

    #[test]
    fn words_drop_function_words_and_the_arabic_article() {
        assert_eq!(words("Hvordan får jeg skattekort?"), vec!["skattekort"]);
        assert_eq!(words("أين الطبيب"), vec!["الطبیب", "طبیب"]);
    }

    #[test]
    fn inflected_forms_and_small_typos_match() {
        let sim = |a: &str, b: &str| {
            let a: Vec<char> = a.chars().collect();
            let b: Vec<char> = b.chars().collect();
            similarity(&a, &b)
        };
        assert!(sim("skattekortet", "skattekort") >= 0.9);
        assert!(sim("karty", "karta") >= 0.8);
        assert!(sim("acount", "account") > 0.0);
        assert!(sim("fastlegen", "fastlege") > 0.0);
        assert_eq!(sim("bank", "barn"), 0.0);
        assert_eq!(sim("nav", "navn"), 0.0);
        assert_eq!(edit_distance(&['a', 'b'], &['b', 'a']), 1);
    }
}
