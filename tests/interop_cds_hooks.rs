//! CDS Hooks 2.0: one card per outcome for every development vignette, in every language, with
//! the fields the specification requires (the Python validator checks the same files).

use std::collections::HashSet;

use lowback::{Assessment, Catalog, Disposition, Localizer, Report, cds_hooks};
use serde_json::Value;

fn vignettes() -> Vec<(String, Assessment)> {
    let cases: Vec<Value> = serde_json::from_str(include_str!("fixtures/vignettes.json")).unwrap();
    cases
        .iter()
        .map(|c| {
            let a = Assessment::from_json(&c["assessment"].to_string()).unwrap();
            (c["id"].as_str().unwrap().to_owned(), a)
        })
        .collect()
}

fn is_uuid(s: &str) -> bool {
    s.len() == 36
        && s.char_indices().all(|(i, c)| {
            if matches!(i, 8 | 13 | 18 | 23) {
                c == '-'
            } else {
                c.is_ascii_hexdigit() && !c.is_ascii_uppercase()
            }
        })
}

#[test]
fn every_vignette_gives_one_valid_card_in_every_language() {
    let catalog = Catalog::builtin();
    let loc = Localizer::builtin();
    let mut uuids = HashSet::new();
    let mut cut = 0;
    for (id, a) in vignettes() {
        let t = catalog.triage(&a).unwrap();
        for tag in ["en", "fr", "fr-CA"] {
            let locale = loc.negotiate(tag).unwrap();
            let r = cds_hooks::response(catalog, loc, &locale, &t).unwrap();
            let cards = r["cards"].as_array().unwrap();
            assert_eq!(cards.len(), 1, "{id}");
            let card = &cards[0];
            let summary = card["summary"].as_str().unwrap();
            assert!(
                !summary.is_empty() && summary.chars().count() < 140,
                "{id}: {summary}"
            );
            if summary.ends_with('…') {
                cut += 1;
            }
            let expected = match t.disposition {
                Disposition::Emergency => "critical",
                Disposition::Urgent | Disposition::SeeClinician => "warning",
                Disposition::SelfCare => "info",
            };
            assert_eq!(card["indicator"], expected, "{id}");
            assert!(
                card["source"]["label"]
                    .as_str()
                    .is_some_and(|l| !l.is_empty())
            );
            assert_eq!(card["source"]["topic"]["code"], t.disposition.as_str());
            let uuid = card["uuid"].as_str().unwrap();
            assert!(is_uuid(uuid), "{uuid}");
            uuids.insert(uuid.to_owned());
            // In the reader's language, with every reference numbered.
            let report = Report::new(catalog, loc, &locale, &t).unwrap();
            let detail = card["detail"].as_str().unwrap();
            assert!(detail.contains(&report.disclaimer), "{id} {tag}");
            assert!(summary.starts_with(&report.headline) || report.headline.chars().count() > 100);
            for n in 1..=t.references.len() {
                assert!(detail.contains(&format!("\n{n}. ")), "{id}: reference {n}");
            }
            // The report names no cause when a red flag sets an urgent level.
            let shows_conditions = report
                .sections()
                .any(|s| s.kind() == lowback::SectionKind::Conditions);
            if t.disposition >= lowback::Disposition::Urgent && !t.leading_red_flags().is_empty() {
                assert!(!shows_conditions, "{id}");
            }
            for m in t.conditions.iter().filter(|_| shows_conditions) {
                for code in &m.icd10 {
                    // Only the three conditions the report shows are in the card.
                    if t.conditions
                        .iter()
                        .take(3)
                        .any(|x| x.condition == m.condition)
                    {
                        assert!(detail.contains(code.as_str()), "{id}: {code}");
                    }
                }
            }
            for l in card["links"].as_array().into_iter().flatten() {
                assert_eq!(l["type"], "absolute");
                assert!(l["url"].as_str().unwrap().starts_with("http"));
                assert!(!l["label"].as_str().unwrap().is_empty());
            }
            assert_eq!(
                r,
                cds_hooks::response(catalog, loc, &locale, &t).unwrap(),
                "deterministic"
            );
        }
    }
    assert!(
        uuids.len() > 300,
        "cards of different outcomes have different ids"
    );
    println!("summaries cut on a word boundary: {cut}");
}

#[test]
fn the_summary_names_the_first_red_flag() {
    let catalog = Catalog::builtin();
    let loc = Localizer::builtin();
    let a = Assessment::from_json(
        r#"{"age": 70, "trauma": "major", "pain_locations": ["lower_back"]}"#,
    )
    .unwrap();
    let t = catalog.triage(&a).unwrap();
    let r = cds_hooks::response(catalog, loc, &loc.negotiate("en").unwrap(), &t).unwrap();
    let summary = r["cards"][0]["summary"].as_str().unwrap();
    assert!(summary.contains(" — "), "{summary}");
}
