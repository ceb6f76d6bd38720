//! Plain language, measured (issue 11): every report of the development vignettes, in English
//! and French, has no sentence over 30 words, and reads at Flesch reading ease 70 or more in
//! English (Flesch 1948) and Kandel-Moles 70 or more in French (Kandel & Moles 1958, the French
//! adaptation: 207 - 1.015 x words per sentence - 73.6 x syllables per word). Sources are not
//! prose and are left out.

mod common;

use lowback::{Assessment, Catalog, Localizer, Report};

fn is_vowel(c: char, french: bool) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y') || (french && "àâäéèêëîïôöùûüœæ".contains(c))
}

/// Syllables by vowel groups, with a silent final e (and French final -es, -ent of plurals).
fn syllables(word: &str, french: bool) -> usize {
    let w: String = word
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphabetic())
        .collect();
    if w.is_empty() {
        return 0;
    }
    let mut n = 0;
    let mut prev = false;
    for c in w.chars() {
        let v = is_vowel(c, french);
        if v && !prev {
            n += 1;
        }
        prev = v;
    }
    let silent = if french {
        w.ends_with('e') || w.ends_with("es") || w.ends_with("ent")
    } else {
        w.ends_with('e') && !w.ends_with("le")
    };
    if silent && n > 1 {
        n -= 1;
    }
    n.max(1)
}

/// Sentences of a text: split at . ! ? : and ; followed by a space or the end, and at lines.
fn sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in text.lines() {
        let mut cur = String::new();
        let chars: Vec<char> = line.chars().collect();
        for (i, c) in chars.iter().enumerate() {
            cur.push(*c);
            let end = matches!(c, '.' | '!' | '?' | ';' | ':')
                && chars.get(i + 1).is_none_or(|n| n.is_whitespace());
            if end {
                out.push(std::mem::take(&mut cur));
            }
        }
        out.push(cur);
    }
    out.into_iter()
        .filter(|s| {
            s.split_whitespace()
                .any(|w| w.chars().any(char::is_alphanumeric))
        })
        .collect()
}

fn words(s: &str) -> Vec<&str> {
    s.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .collect()
}

struct Measure {
    sentences: usize,
    words: usize,
    syllables: usize,
    long: Vec<String>,
}

fn measure(tag: &str) -> Measure {
    let french = tag.starts_with("fr");
    let cases: Vec<serde_json::Value> =
        serde_json::from_str(include_str!("fixtures/vignettes.json")).unwrap();
    let (c, loc) = (Catalog::builtin(), Localizer::builtin());
    let locale = loc.negotiate(tag).unwrap();
    let mut m = Measure {
        sentences: 0,
        words: 0,
        syllables: 0,
        long: Vec::new(),
    };
    for case in &cases {
        let a = Assessment::from_json(&case["assessment"].to_string()).unwrap();
        let r = Report::new(c, loc, &locale, &c.triage(&a).unwrap()).unwrap();
        for s in sentences(&common::prose(&r)) {
            let w = words(&s);
            m.sentences += 1;
            m.words += w.len();
            m.syllables += w.iter().map(|w| syllables(w, french)).sum::<usize>();
            if w.len() > 30 && !m.long.contains(&s) {
                m.long.push(s.clone());
            }
        }
    }
    m
}

#[allow(clippy::cast_precision_loss)]
fn score(m: &Measure, french: bool) -> f64 {
    let wps = m.words as f64 / m.sentences as f64;
    let spw = m.syllables as f64 / m.words as f64;
    if french {
        207.0 - 1.015 * wps - 73.6 * spw
    } else {
        206.835 - 1.015 * wps - 84.6 * spw
    }
}

#[test]
fn reports_are_plain() {
    let mut failures = Vec::new();
    for (tag, french) in [("en", false), ("fr", true)] {
        let m = measure(tag);
        let s = score(&m, french);
        let name = if french {
            "Kandel-Moles"
        } else {
            "Flesch reading ease"
        };
        println!(
            "{tag}: {name} {s:.1} over {} sentences, {:.1} words per sentence; {} sentences over 30 words",
            m.sentences,
            m.words as f64 / m.sentences as f64,
            m.long.len()
        );
        for l in &m.long {
            println!("  long ({} words): {l}", words(l).len());
        }
        if s < 70.0 {
            failures.push(format!("{tag}: {name} {s:.1} < 70"));
        }
        if !m.long.is_empty() {
            failures.push(format!("{tag}: {} sentences over 30 words", m.long.len()));
        }
    }
    assert!(failures.is_empty(), "{failures:?}");
}

#[test]
fn syllable_and_sentence_counts() {
    assert_eq!(syllables("muscle", false), 2);
    assert_eq!(syllables("walking", false), 2);
    assert_eq!(syllables("make", false), 1);
    assert_eq!(syllables("douleur", true), 2);
    assert_eq!(syllables("jambes", true), 1);
    assert_eq!(sentences("One. Two: three? Four").len(), 4);
}
