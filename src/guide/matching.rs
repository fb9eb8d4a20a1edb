//! Matching a typed question to guide topics, in any of the ten languages,
//! without an external service. Every locale's keywords and titles are
//! indexed for every topic, so a Polish worker who types the Norwegian
//! "skattekort" or the Polish "karty podatkowej" finds the same topic.
//!
//! Text is folded (case, diacritics, Arabic and Persian letter variants and
//! digits, ø/æ/ł), split into words, and function words are dropped. A
//! query word matches an indexed word exactly, as an inflected form (a long
//! shared beginning: "skattekortet", "karty"/"karta"), or with a small typo
//! (one edit, two for long words). Arabic typed in Latin letters ("7arara",
//! "tabib", "shughl") meets the Arabic words by their consonants. Rare words
//! weigh more than words many topics share.
//!
//! Besides every locale's keywords and titles, `content/guide/search.toml`
//! holds search-only words for languages people type that velkommen does
//! not speak (Russian).

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::OnceLock;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use super::stopwords::STOPWORDS;
use super::{LocaleTexts, Topic};
use crate::i18n::Locale;

/// The longest query looked at; the rest of a long message is ignored.
pub const MAX_QUERY_CHARS: usize = 500;

/// Below this, a topic is not offered at all (a word that matches one
/// topic's keyword exactly scores 1; a word all topics share scores less).
const MIN_SCORE: f64 = 0.375;

/// How much a title word counts against a keyword.
const TITLE_WEIGHT: f64 = 0.6;

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
            // Arabic-Indic and Persian digits are digits.
            '٠'..='٩' => out.push(char::from(b'0' + (c as u32 - '٠' as u32) as u8)),
            '۰'..='۹' => out.push(char::from(b'0' + (c as u32 - '۰' as u32) as u8)),
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

/// The consonants of an Arabic-script word, as Arabizi writes them: "حرارة"
/// → "7rr", "طبيب" → "tbb", "شغل" → "$gl". Long vowels, hamza and taa
/// marbuta are left out, because Latin spellings write vowels freely.
/// `None` for a word that is not in Arabic script.
fn arabic_skeleton(word: &str) -> Option<String> {
    let mut out = String::new();
    for c in word.chars() {
        let code = match c {
            'ب' | 'پ' => 'b',
            'ت' | 'ط' | 'ث' => 't',
            'ج' | 'چ' => 'j',
            'ح' => '7',
            'خ' => '5',
            'د' | 'ذ' | 'ض' => 'd',
            'ر' => 'r',
            'ز' | 'ظ' | 'ژ' => 'z',
            'س' | 'ص' => 's',
            'ش' => '$',
            'ع' => '3',
            'غ' | 'گ' => 'g',
            'ف' => 'f',
            'ق' => 'q',
            'ك' | 'ک' => 'k',
            'ل' => 'l',
            'م' => 'm',
            'ن' => 'n',
            'ه' | 'ة' => 'h',
            'ا' | 'ى' | 'ی' | 'ي' | 'و' | 'ء' | 'أ' | 'إ' | 'آ' | 'ئ' | 'ؤ' => continue,
            _ if ('\u{0600}'..='\u{06FF}').contains(&c) => continue,
            _ => return None,
        };
        out.push(code);
    }
    // A final h is mostly taa marbuta, which Latin spellings write as a
    // vowel ("3iyade").
    if out.ends_with('h') && out.len() > 1 {
        out.pop();
    }
    (!out.is_empty()).then_some(out)
}

/// The consonant skeletons a word typed in Latin letters may stand for, if
/// it reads as Arabizi: digits for Arabic letters ("7arara", "3iyade"), or
/// an Arabic word spelt out ("tabib", "shughl"). Several, where a letter
/// is written two ways (9 is ق or ص; 8 is غ or ق).
fn arabizi_skeletons(word: &str) -> Vec<String> {
    if word.is_empty()
        || !word
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        || word.chars().all(|c| c.is_ascii_digit())
    {
        return Vec::new();
    }
    let mut variants = vec![String::new()];
    let chars: Vec<char> = word.chars().collect();
    // A doubled letter is one consonant (shadda): "kk" in "sukkar".
    let mut previous: Option<char> = None;
    let mut i = 0;
    while i < chars.len() {
        if previous == Some(chars[i]) {
            i += 1;
            continue;
        }
        previous = Some(chars[i]);
        let pair: String = chars[i..(i + 2).min(chars.len())].iter().collect();
        let (codes, step): (&[char], usize) = match pair.as_str() {
            "sh" | "ch" => (&['$'], 2),
            "kh" => (&['5'], 2),
            "gh" => (&['g'], 2),
            "th" => (&['t'], 2),
            "dh" => (&['d'], 2),
            _ => match chars[i] {
                'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'w' | '2' => (&[], 1),
                '3' => (&['3'], 1),
                '5' => (&['5'], 1),
                '6' => (&['t'], 1),
                '7' => (&['7'], 1),
                '8' => (&['g', 'q'], 1),
                '9' => (&['q', 's'], 1),
                'c' | 'k' => (&['k'], 1),
                'p' => (&['b'], 1),
                'v' => (&['f'], 1),
                c if c.is_ascii_digit() => return Vec::new(),
                c => {
                    variants.iter_mut().for_each(|v| v.push(c));
                    i += 1;
                    continue;
                }
            },
        };
        if codes.len() > 1 && variants.len() * codes.len() > MAX_SKELETONS {
            // Each 8 or 9 doubles the readings: twenty of them were a
            // million strings and gigabytes for one typed line. No word
            // has that many; this one is not read as Arabizi.
            return Vec::new();
        }
        if !codes.is_empty() {
            variants = variants
                .iter()
                .flat_map(|v| {
                    codes.iter().map(move |code| {
                        let mut v = v.clone();
                        v.push(*code);
                        v
                    })
                })
                .collect();
        }
        i += step;
    }
    variants.retain(|v| v.chars().count() >= MIN_SKELETON);
    variants.sort();
    variants.dedup();
    variants
}

/// The most readings of one Arabizi word (four letters written two ways).
const MAX_SKELETONS: usize = 16;

/// The shortest consonant skeleton that is matched: two consonants say too
/// little.
const MIN_SKELETON: usize = 3;

/// How much a match by consonants counts against an exact one.
const SKELETON_WEIGHT: f64 = 0.8;

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

/// Every indexed word, with the topics it points to and how strongly.
///
/// Stored flat — the letters of all words in one array, all postings in
/// another, each word's start in both — rather than two small allocations
/// per word: every municipality with topics of its own has an index of its
/// own, and the flat one is less than half the size.
#[derive(Clone, Debug, Default)]
pub struct Index {
    /// The letters of every word, word after word, the words sorted (so
    /// words with the same first letter lie together).
    letters: Vec<char>,
    /// Where each word begins in `letters`, and one past the last word.
    word_starts: Vec<u32>,
    /// (topic index, weight before rarity), word after word.
    postings: Vec<(u32, f64)>,
    /// Where each word's postings begin, and one past the last.
    posting_starts: Vec<u32>,
    /// How much each word counts: rarer across topics, more (0..1].
    rarity: Vec<f64>,
    /// Arabic-script words by their consonant skeleton (word numbers), for
    /// Arabic typed in Latin letters.
    by_skeleton: HashMap<String, Vec<u32>>,
    topic_ids: Vec<String>,
}

impl Index {
    /// Indexes every locale's keywords and titles, and the search-only
    /// `extra` words (topic id → words).
    pub fn build(
        topics: &[Topic],
        texts: &BTreeMap<Locale, LocaleTexts>,
        extra: &BTreeMap<String, Vec<String>>,
    ) -> Index {
        let mut postings: HashMap<String, Vec<(u32, f64)>> = HashMap::new();
        let mut add = |word: String, topic: usize, weight: f64| {
            let topic = u32::try_from(topic).expect("fewer than 2^32 topics");
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
            for keyword in extra.get(&topic.id).into_iter().flatten() {
                for word in words_and_pairs(keyword) {
                    add(word, i, 1.0);
                }
            }
        }
        let n = topics.len().max(1) as f64;
        let top_rarity = (1.0 + n).ln();
        let mut words: Vec<(String, Vec<(u32, f64)>)> = postings.into_iter().collect();
        words.sort_by(|a, b| a.0.cmp(&b.0));
        let position = |len: usize| u32::try_from(len).expect("an index under 2^32 entries");
        let mut index = Index {
            topic_ids: topics.iter().map(|t| t.id.clone()).collect(),
            ..Index::default()
        };
        index.word_starts.reserve_exact(words.len() + 1);
        index.posting_starts.reserve_exact(words.len() + 1);
        index.rarity.reserve_exact(words.len());
        index
            .letters
            .reserve_exact(words.iter().map(|(w, _)| w.chars().count()).sum());
        index
            .postings
            .reserve_exact(words.iter().map(|(_, p)| p.len()).sum());
        for (number, (word, postings)) in words.into_iter().enumerate() {
            index.word_starts.push(position(index.letters.len()));
            index.posting_starts.push(position(index.postings.len()));
            index.letters.extend(word.chars());
            index
                .rarity
                .push((1.0 + n / postings.len() as f64).ln() / top_rarity);
            index.postings.extend(postings);
            if let Some(skeleton) =
                arabic_skeleton(&word).filter(|s| s.chars().count() >= MIN_SKELETON)
            {
                index
                    .by_skeleton
                    .entry(skeleton)
                    .or_default()
                    .push(position(number));
            }
        }
        index.word_starts.push(position(index.letters.len()));
        index.posting_starts.push(position(index.postings.len()));
        index.by_skeleton.shrink_to_fit();
        index
    }

    /// How many words are indexed.
    fn len(&self) -> usize {
        self.rarity.len()
    }

    /// The letters of word `i`.
    fn word(&self, i: usize) -> &[char] {
        &self.letters[self.word_starts[i] as usize..self.word_starts[i + 1] as usize]
    }

    /// The postings of word `i`.
    fn postings(&self, i: usize) -> &[(u32, f64)] {
        &self.postings[self.posting_starts[i] as usize..self.posting_starts[i + 1] as usize]
    }

    /// The words that begin with `first`: a typo in the first letter is
    /// rare, and looking only there keeps a search to a small part of the
    /// index.
    fn starting_with(&self, first: char) -> std::ops::Range<usize> {
        let first_of = |i: usize| self.word(i).first().copied();
        let (mut low, mut high) = (0, self.len());
        // The words are sorted, so those beginning with `first` lie together.
        while low < high {
            let middle = (low + high) / 2;
            if first_of(middle) < Some(first) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        let begin = low;
        high = self.len();
        while low < high {
            let middle = (low + high) / 2;
            if first_of(middle) <= Some(first) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        begin..low
    }

    /// Raises each topic's best score in `best` to what word `i` gives it
    /// (`similar` × weight × rarity), where that is more.
    fn credit(&self, i: usize, similar: f64, best: &mut [f64]) {
        for &(topic, weight) in self.postings(i) {
            let score = similar * weight * self.rarity[i];
            let topic = topic as usize;
            if score > best[topic] {
                best[topic] = score;
            }
        }
    }

    /// The ids of the best matching topics, best first, at most `limit`.
    pub fn search(&self, query: &str, limit: usize) -> Vec<&str> {
        let query: String = query.chars().take(MAX_QUERY_CHARS).collect();
        let mut scores = vec![0.0f64; self.topic_ids.len()];
        let mut best = vec![0.0f64; self.topic_ids.len()];
        for word in words_and_pairs(&query) {
            let chars: Vec<char> = word.chars().collect();
            // The best this word does for each topic.
            best.iter_mut().for_each(|b| *b = 0.0);
            if let Some(&first) = chars.first() {
                for i in self.starting_with(first) {
                    let similar = similarity(&chars, self.word(i));
                    if similar > 0.0 {
                        self.credit(i, similar, &mut best);
                    }
                }
            }
            // Arabic typed in Latin letters meets Arabic words by their
            // consonants.
            for skeleton in arabizi_skeletons(&word) {
                for &i in self.by_skeleton.get(&skeleton).into_iter().flatten() {
                    self.credit(i as usize, SKELETON_WEIGHT, &mut best);
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
        assert_eq!(fold("عمره ٦ سنين"), fold("عمره 6 سنين"));
        assert_eq!(fold("۱۲"), "12");
    }

    #[test]
    fn arabic_in_latin_letters_meets_arabic_by_its_consonants() {
        let skeleton = |w: &str| arabic_skeleton(&fold(w)).unwrap();
        assert_eq!(skeleton("حرارة"), "7rr");
        assert_eq!(skeleton("طبيب"), "tbb");
        assert_eq!(skeleton("شغل"), "$gl");
        assert_eq!(skeleton("عيادة"), "3d");
        assert!(arabizi_skeletons("7arara").contains(&"7rr".to_owned()));
        assert!(arabizi_skeletons("tabib").contains(&"tbb".to_owned()));
        assert!(arabizi_skeletons("shughl").contains(&"$gl".to_owned()));
        assert!(arabizi_skeletons("9a7i").is_empty(), "too short");
        assert!(arabizi_skeletons("3").is_empty());
        assert!(arabizi_skeletons("2026").is_empty());
        assert_eq!(arabic_skeleton("skattekort"), None);
    }

    #[test]
    fn a_question_in_arabizi_finds_the_topic_of_its_arabic_keyword() {
        let topics: Vec<Topic> = toml::from_str::<toml::Value>(
            "id = 'gp'\nsection = 'health'\ncategories = ['refugee']\nconfirmed = true",
        )
        .ok()
        .and_then(|v| v.try_into().ok())
        .into_iter()
        .collect();
        let mut texts = BTreeMap::new();
        let words: LocaleTexts = toml::from_str(
            "[topics.gp]\ntitle = 'طبيب'\nkeywords = ['حرارة', 'طبيب']\nwhat = 'x'\nwho = 'x'\nsteps = ['x']",
        )
        .unwrap();
        texts.insert(Locale::Ar, words);
        let index = Index::build(&topics, &texts, &BTreeMap::new());
        assert_eq!(index.search("ebni 7arara kteer", 3), vec!["gp"]);
        assert_eq!(index.search("wen el tabib", 3), vec!["gp"]);
        assert!(index.search("kifak", 3).is_empty());
    }

    #[test]
    fn a_word_with_many_ambiguous_digits_is_not_read_as_arabizi() {
        // Found by the typed_questions fuzzer: 2^25 readings, 2.5 GB.
        let fuzzed = "'9zez9O9O9X99O99O9O9X9v9ez9O9O9X99O9O9X9v9ez9O9O9v9ev9vv9v9";
        for word in words(fuzzed) {
            assert!(arabizi_skeletons(&word).len() <= MAX_SKELETONS, "{word}");
        }
        assert!(
            arabizi_skeletons("9a9a9a9a9a").is_empty(),
            "five: 32 readings"
        );
        assert_eq!(arabizi_skeletons("9a9a9a9ad").len(), 16, "four are read");
        assert_eq!(arabizi_skeletons("9a9ad"), ["qqd", "qsd", "sqd", "ssd"]);
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
