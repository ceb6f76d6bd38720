//! The JSON example round-trips, and the rendered reports of the sample case match the committed
//! snapshots in both languages (regenerate with `UPDATE_SNAPSHOTS=1 cargo test --test report_snapshots`).

use lowback::{Assessment, Catalog, Localizer, Report};

const SAMPLE: &str = include_str!("../examples/assessment.json");

#[test]
fn example_json_round_trips() {
    let a = Assessment::from_json(SAMPLE).expect("example parses");
    let again = Assessment::from_json(&a.to_json()).expect("own JSON parses");
    assert_eq!(a, again);
    let original: serde_json::Value = serde_json::from_str(SAMPLE).unwrap();
    let written: serde_json::Value = serde_json::from_str(&a.to_json()).unwrap();
    assert_eq!(original, written, "nothing dropped or defaulted");
    let t = Catalog::builtin().triage(&a).unwrap();
    let t2: lowback::Triage = serde_json::from_str(&serde_json::to_string(&t).unwrap()).unwrap();
    assert_eq!(t, t2);
}

fn check(name: &str, actual: &str) {
    let path = format!("{}/tests/snapshots/{name}", env!("CARGO_MANIFEST_DIR"));
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        expected == actual,
        "{name} differs from its snapshot; run with UPDATE_SNAPSHOTS=1 and review the diff"
    );
}

#[test]
fn sample_reports_match_snapshots() {
    let a = Assessment::from_json(SAMPLE).unwrap();
    let catalog = Catalog::builtin();
    let t = catalog.triage(&a).unwrap();
    let loc = Localizer::builtin();
    for tag in ["en", "fr", "fr-CA"] {
        let locale = loc.negotiate(tag).unwrap();
        let r = Report::new(catalog, loc, &locale, &t).unwrap();
        assert!(r.fallbacks.is_empty());
        check(&format!("sample-{tag}.txt"), &r.to_text());
        check(&format!("sample-{tag}.md"), &r.to_markdown());
    }
    let urgent = Assessment::from_json(
        r#"{"age": 74, "sex": "female", "trauma": "minor", "pain_locations": ["lower_back"],
        "findings": {"steroids_or_osteoporosis": "yes"}}"#,
    )
    .unwrap();
    let t = catalog.triage(&urgent).unwrap();
    for tag in ["en", "fr"] {
        let r = Report::new(catalog, loc, &loc.negotiate(tag).unwrap(), &t).unwrap();
        check(&format!("osteoporotic-fall-{tag}.txt"), &r.to_text());
    }
}
