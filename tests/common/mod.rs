//! Helpers shared by the report and content tests (each test crate uses some of them).
#![allow(dead_code)]

use lowback::{Report, SectionKind};

/// A report's words as a person reads them: everything but the sources (citations are not
/// prose, and not advice).
pub fn prose(r: &Report) -> String {
    let mut s = format!("{}\n{}\n{}\n", r.title, r.headline, r.action);
    for a in &r.act_now {
        s.push_str(a);
        s.push('\n');
    }
    if let Some(n) = &r.incomplete_note {
        s.push_str(n);
        s.push('\n');
    }
    for sec in r.sections().filter(|s| s.kind() != SectionKind::References) {
        s.push_str(sec.heading());
        s.push('\n');
        for it in sec.items() {
            for t in [it.title(), it.text()].into_iter().chain(it.details()) {
                s.push_str(t);
                s.push('\n');
            }
        }
    }
    s.push_str(&r.disclaimer);
    s
}

/// Words each variant must never say: another region's numbers, services and names.
pub const FORBIDDEN: &[(&str, &[&str])] = &[
    ("en", &["999", "911", "A&E", "NHS", "ER", "Tylenol"]),
    (
        "en-GB",
        &[
            "911",
            "ER",
            "emergency room",
            "acetaminophen",
            "primary care doctor",
            "physical therapist",
            "811",
        ],
    ),
    (
        "en-US",
        &[
            "999",
            "A&E",
            "NHS",
            "111",
            "GP",
            "paracetamol",
            "physiotherapist",
            "811",
            "behavioural",
        ],
    ),
    (
        "en-CA",
        &[
            "999",
            "A&E",
            "NHS",
            "111",
            "GP",
            "paracetamol",
            "physical therapist",
        ],
    ),
    (
        "fr",
        &[
            "911",
            "811",
            "Info-Santé",
            "à l’urgence",
            "physiothérapeute",
            "acétaminophène",
            "médecin de famille",
            "Tylenol",
            "unité des naissances",
            "comptoir",
            "colite ulcéreuse",
        ],
    ),
    (
        "fr-CA",
        &[
            "paracétamol",
            "aux urgences",
            "le 15",
            "112",
            "116 117",
            "kinésithérapeute",
            "médecin traitant",
            "SOS Médecins",
            "maternité",
            "plan de travail",
            "scanner",
            "rectocolite hémorragique",
        ],
    ),
];

/// Whether `text` has `word` as a whole word (or phrase).
pub fn has(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + word.len()..].chars().next();
        before.is_none_or(|c| !c.is_alphanumeric()) && after.is_none_or(|c| !c.is_alphanumeric())
    })
}
