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

/// The locales the crate ships: the base languages and their regional variants.
const VARIANTS: [&str; 6] = ["en", "en-GB", "en-US", "en-CA", "fr", "fr-CA"];

/// One case per disposition: the sample (self-care), a minor fall with osteoporosis (urgent),
/// long-standing symptoms in both legs (see a clinician), numbness between the legs (emergency).
const CASES: [(&str, &str); 4] = [
    ("self-care", SAMPLE),
    (
        "urgent",
        r#"{"age": 74, "sex": "female", "trauma": "minor", "pain_locations": ["lower_back"],
        "findings": {"steroids_or_osteoporosis": "yes"}}"#,
    ),
    (
        "see-clinician",
        r#"{"age": 72, "sex": "male", "duration_days": 700, "onset": "gradual", "trend": "same",
        "pain_locations": ["lower_back", "buttock", "thigh"], "pain_sides": "both", "severity": 4,
        "leg_weakness": "none", "trauma": "none", "hip_replacement": "none",
        "findings": {"saddle_numbness": "no", "bladder_change": "no", "bowel_change": "no",
        "sexual_dysfunction": "no", "symptoms_both_legs": "long_standing", "fever_or_chills": "no",
        "unexplained_weight_loss": "no", "past_cancer": "no", "night_pain_unrelieved": "no",
        "sudden_severe_pain_with_faintness": "no", "chest_pain_or_tearing": "no",
        "sudden_cold_pale_leg": "no", "new_headache_jaw_or_vision": "no",
        "unable_to_bear_weight": "no", "hot_swollen_joint": "no", "limp": "no",
        "leg_pain_on_walking": "yes", "eased_by_leaning_forward": "yes"}}"#,
    ),
    (
        "emergency",
        r#"{"age": 44, "pain_locations": ["lower_back", "below_knee"], "pain_sides": "one",
        "findings": {"saddle_numbness": "yes"}}"#,
    ),
];

#[test]
fn a_report_of_each_level_matches_its_snapshot_in_every_variant() {
    let catalog = Catalog::builtin();
    let loc = Localizer::builtin();
    for (name, json) in CASES {
        let t = catalog
            .triage(&Assessment::from_json(json).unwrap())
            .unwrap();
        assert_eq!(t.disposition.as_str(), name.replace('-', "_"), "{name}");
        for tag in VARIANTS {
            let locale = loc.negotiate(tag).unwrap();
            assert!(!locale.is_fallback(), "{tag} is shipped");
            let r = Report::new(catalog, loc, &locale, &t).unwrap();
            assert!(r.fallbacks.is_empty(), "{tag}: {:?}", r.fallbacks);
            check(&format!("{name}-{tag}.txt"), &r.to_text());
        }
    }
    // JSON, for integrators, once per case in two variants (the content version, a hash of the
    // data files, is blanked: it changes with any data edit, even one this report does not show).
    for (name, json) in CASES {
        let t = catalog
            .triage(&Assessment::from_json(json).unwrap())
            .unwrap();
        for tag in ["en-GB", "fr-CA"] {
            let r = Report::new(catalog, loc, &loc.negotiate(tag).unwrap(), &t).unwrap();
            let json = r.to_json().replace(
                &format!("\"content_version\": \"{}\"", r.content_version),
                "\"content_version\": \"(blanked)\"",
            );
            check(&format!("{name}-{tag}.json"), &json);
        }
    }
    // Markdown, once per language.
    let t = catalog
        .triage(&Assessment::from_json(SAMPLE).unwrap())
        .unwrap();
    for tag in ["en", "fr"] {
        let r = Report::new(catalog, loc, &loc.negotiate(tag).unwrap(), &t).unwrap();
        check(&format!("self-care-{tag}.md"), &r.to_markdown());
    }
}

#[test]
fn a_self_care_report_says_no_warning_signs_only_when_complete() {
    // With questions still open, "your answers show no warning signs" would promise more than
    // the answers show: the action then says "none of your answers so far".
    // The development vignettes (their self-care cases leave questions open) and the sample
    // (every question answered).
    let (c, loc) = (Catalog::builtin(), Localizer::builtin());
    let mut cases = vignette_triages();
    let sample = c.triage(&Assessment::from_json(SAMPLE).unwrap()).unwrap();
    cases.push(("sample".to_owned(), sample));
    let mut seen = [0usize; 2];
    for tag in ["en", "fr"] {
        let locale = loc.negotiate(tag).unwrap();
        let any = lowback::Arg::Text("x");
        let full = loc
            .message(
                &locale,
                "report-level-self-care",
                Some("detail"),
                &[("self_care", any)],
            )
            .unwrap();
        let open = loc
            .message(
                &locale,
                "report-self-care-open",
                None,
                &[("self_care", any)],
            )
            .unwrap();
        // The first sentence of each, which is where they differ.
        let first = |s: &str| s.split('.').next().unwrap_or_default().to_owned();
        let (full, open) = (first(&full), first(&open));
        assert_ne!(full, open);
        for (id, t) in &cases {
            if t.disposition != lowback::Disposition::SelfCare {
                continue;
            }
            let r = Report::new(c, loc, &locale, t).unwrap();
            let (says, not) = if t.complete {
                (&full, &open)
            } else {
                (&open, &full)
            };
            assert!(r.action.starts_with(says.as_str()), "{id}: {}", r.action);
            assert!(!r.to_text().contains(not.as_str()), "{id}");
            seen[usize::from(t.complete)] += 1;
        }
    }
    assert!(seen[0] > 0 && seen[1] > 0, "{seen:?}");
}

#[test]
fn an_emergency_report_never_opens_an_action_with_today() {
    // A red flag that is urgent for some people and an emergency for others words its action
    // emergency first ("With a fever, go now. Otherwise, today."): under "Get emergency care
    // now", an action that opened with "see a doctor today" read as a contradiction.
    let (c, loc) = (Catalog::builtin(), Localizer::builtin());
    let cases = vignette_triages();
    let mut actions = 0;
    for (tag, today) in [("en", "today"), ("fr", "aujourd’hui")] {
        let locale = loc.negotiate(tag).unwrap();
        for (id, t) in &cases {
            if t.disposition != lowback::Disposition::Emergency {
                continue;
            }
            let r = Report::new(c, loc, &locale, t).unwrap();
            for action in &r.act_now {
                let first = action.split(". ").next().unwrap_or_default();
                assert!(!first.contains(today), "{tag} {id}: {action}");
                actions += 1;
            }
        }
    }
    assert!(actions > 50, "{actions}");
}

#[test]
fn a_red_flag_is_named_once_in_why() {
    // Several rules of one red flag (two cauda equina rules, three for a hip replacement) are
    // listed together under its name once, not once per rule.
    let (c, loc) = (Catalog::builtin(), Localizer::builtin());
    let cases = vignette_triages();
    let mut grouped = 0;
    for tag in ["en", "fr"] {
        let locale = loc.negotiate(tag).unwrap();
        for (id, t) in &cases {
            let r = Report::new(c, loc, &locale, t).unwrap();
            for s in r.sections() {
                let mut titles: Vec<&str> = s
                    .items()
                    .map(|i| i.title())
                    .filter(|t| !t.is_empty())
                    .collect();
                let n = titles.len();
                titles.sort_unstable();
                titles.dedup();
                assert_eq!(titles.len(), n, "{tag} {id}: {}", s.heading());
            }
            // Cases where one red flag fired more than one rule (the test has something to see).
            let mut flags = t
                .fired
                .iter()
                .filter_map(|f| f.red_flag)
                .collect::<Vec<_>>();
            let n = flags.len();
            flags.sort_unstable();
            flags.dedup();
            grouped += usize::from(flags.len() < n);
        }
    }
    assert!(grouped > 20, "{grouped}");
}

/// In the text and the Markdown, every item that has sources ends with their numbers
/// (" [2, 5]"), each the number of an entry of the Sources section, so a reader can tell which
/// source backs which advice; the Sources entries carry none. Before, the numbered list stood
/// alone at the end (found by a new user reading the README's example).
#[test]
fn text_and_markdown_mark_each_item_with_its_sources() {
    let (c, loc) = (Catalog::builtin(), Localizer::builtin());
    let mut marked = 0;
    for (id, t) in vignette_triages().iter().step_by(7) {
        for tag in ["en", "fr"] {
            let locale = loc.negotiate(tag).unwrap();
            let r = Report::new(c, loc, &locale, t).unwrap();
            let (text, md) = (r.to_text(), r.to_markdown());
            let references = t.references.len();
            for s in r.sections() {
                for it in s.items() {
                    let numbers = it.sources();
                    if s.kind() == lowback::SectionKind::References || numbers.is_empty() {
                        continue;
                    }
                    assert!(numbers.iter().all(|n| (1..=references).contains(n)));
                    let marker = format!(
                        " [{}]",
                        numbers
                            .iter()
                            .map(ToString::to_string)
                            .collect::<Vec<_>>()
                            .join(", ")
                    );
                    let last = it.details().last().unwrap_or(it.text());
                    let line = format!("{last}{marker}\n");
                    assert!(text.contains(&line), "{tag} {id}: {line:?}");
                    assert!(md.contains(&line), "{tag} {id}: {line:?}");
                    marked += 1;
                }
            }
            for n in 1..=references {
                assert!(text.contains(&format!("* [{n}]\n")), "{tag} {id}: [{n}]");
            }
        }
    }
    assert!(marked > 100, "{marked}");
}

/// The development vignettes with their triage: (id, triage).
fn vignette_triages() -> Vec<(String, lowback::Triage)> {
    let cases: Vec<serde_json::Value> =
        serde_json::from_str(include_str!("fixtures/vignettes.json")).unwrap();
    cases
        .iter()
        .map(|case| {
            let a = Assessment::from_json(&case["assessment"].to_string()).unwrap();
            let id = case["id"].as_str().unwrap_or_default().to_owned();
            (id, Catalog::builtin().triage(&a).unwrap())
        })
        .collect()
}
