//! Assessment JSON -> triage -> report (en, fr), plus the interview.
#![no_main]

use libfuzzer_sys::fuzz_target;
use lowback::{Assessment, Catalog, Localizer, Report, Triage, next_question};

const ISOLATION: [char; 2] = ['\u{2068}', '\u{2069}'];

fn check_text(what: &str, text: &str) {
    assert!(
        !text.contains(ISOLATION),
        "{what} contains a Unicode isolation mark: {text:?}"
    );
}

fuzz_target!(|data: &[u8]| {
    let Ok(json) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(a) = Assessment::from_json(json) else {
        return;
    };

    // The assessment round-trips through its own JSON.
    let again = Assessment::from_json(&a.to_json()).expect("to_json output must parse");
    assert_eq!(again, a, "Assessment JSON round-trip changed the assessment");

    let catalog = Catalog::builtin();
    let localizer = Localizer::builtin();

    if let Ok(triage) = catalog.triage(&a) {
        // The triage round-trips through serde_json.
        let s = serde_json::to_string(&triage).expect("Triage serializes");
        let back: Triage = serde_json::from_str(&s).expect("Triage deserializes");
        assert_eq!(back, triage, "Triage JSON round-trip changed the triage");

        for tag in ["en", "fr"] {
            let locale = localizer.negotiate(tag).expect("builtin locale negotiates");
            let report = match Report::new(catalog, localizer, &locale, &triage) {
                Ok(r) => r,
                Err(e) => panic!("builtin content failed to render in {tag}: {e} ({e:?})"),
            };
            check_text("to_text", &report.to_text());
            check_text("to_markdown", &report.to_markdown());
            check_text("to_json", &report.to_json());
        }
    }

    // The interview: ask the next question and try a few answers.
    if let Some(q) = next_question(catalog, &a) {
        let mut answers: Vec<String> = ["yes", "no", "oui", "non", "0", "1", "120", "", "unknown"]
            .iter()
            .map(|s| (*s).to_owned())
            .collect();
        answers.extend(q.options().iter().map(|s| (*s).to_owned()));
        for text in &answers {
            let mut b = a.clone();
            if b.answer(q, text).is_ok() {
                let _ = catalog.triage(&b);
                let _ = next_question(catalog, &b);
            } else {
                assert_eq!(b, a, "a rejected answer changed the assessment");
            }
        }
    }
});
