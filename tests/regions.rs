//! Regional variants done right (issue 11): every report of the development vignettes, rendered
//! in every shipped variant, uses only the words of its own region (sources excepted: they
//! are citations, not advice). Negotiation maps region aliases to the right variant.

mod common;

use lowback::{Assessment, Catalog, Localizer, Report};

/// Everyday British words that the base `en` text must not use, because `en-US` shows that text
/// as it is (its `terms.ftl` overrides only terms): each has a neutral wording ("belly", "on your
/// stomach", "vomited", "a heat pack", "hold in gas", "empty your bowels"), or belongs in a term.
const EN_US_BRITISH: &[&str] = &[
    "tummy",
    "practise",
    "on your front",
    "hot water bottle",
    "hot water bottles",
    "been sick",
    "hold in wind",
    "poo",
];

#[test]
fn every_report_speaks_the_words_of_its_own_region() {
    let cases: Vec<serde_json::Value> =
        serde_json::from_str(include_str!("fixtures/vignettes.json")).unwrap();
    let (c, loc) = (Catalog::builtin(), Localizer::builtin());
    let mut reports = 0;
    let mut problems = Vec::new();
    for (tag, words) in common::FORBIDDEN {
        let locale = loc.negotiate(tag).unwrap();
        assert_eq!(locale.primary(), *tag, "{tag} is a shipped variant");
        for case in &cases {
            let a = Assessment::from_json(&case["assessment"].to_string()).unwrap();
            let r = Report::new(c, loc, &locale, &c.triage(&a).unwrap()).unwrap();
            assert!(r.fallbacks.is_empty(), "{tag}: {:?}", r.fallbacks);
            let text = common::prose(&r);
            reports += 1;
            let british: &[&str] = if *tag == "en-US" { EN_US_BRITISH } else { &[] };
            for w in words.iter().chain(british) {
                if common::has(&text, w) {
                    problems.push(format!("{tag} {}: says {w:?}", case["id"]));
                }
            }
        }
    }
    problems.dedup();
    println!("{reports} reports checked");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Every message of the base `en` files, as `en-US` shows it, is free of everyday British words
/// (the reports above cover only the vignettes; this covers the catalog too).
#[test]
fn the_base_english_text_has_no_everyday_british_words() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales/en");
    let mut problems = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        for (n, line) in text.lines().enumerate() {
            if line.trim_start().starts_with('#') {
                continue;
            }
            let lower = line.to_lowercase();
            for w in EN_US_BRITISH {
                if common::has(&lower, w) {
                    problems.push(format!("{}:{}: says {w:?}", path.display(), n + 1));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn each_region_names_its_own_services() {
    let (c, loc) = (Catalog::builtin(), Localizer::builtin());
    let emergency = Assessment::from_json(
        r#"{"pain_locations": ["lower_back"], "findings": {"saddle_numbness": "yes"}}"#,
    )
    .unwrap();
    let t = c.triage(&emergency).unwrap();
    for (tag, must) in [
        ("en-GB", "999"),
        ("en-US", "911"),
        ("en-CA", "911"),
        ("fr", "le 15"),
        ("fr-CA", "le 911"),
    ] {
        let r = Report::new(c, loc, &loc.negotiate(tag).unwrap(), &t).unwrap();
        assert!(r.action.contains(must), "{tag}: {}", r.action);
    }
}

#[test]
fn aliases_negotiate_to_the_right_variant() {
    let loc = Localizer::builtin();
    for (asked, served) in [
        ("fr-FR", "fr"),
        ("fr-BE", "fr"),
        ("fr-CH", "fr"),
        ("fr-CA", "fr-CA"),
        ("fr-QC", "fr-CA"),
        ("en-GB", "en-GB"),
        ("en-US", "en-US"),
        ("en-CA", "en-CA"),
        ("en-AU", "en"),
    ] {
        assert_eq!(loc.negotiate(asked).unwrap().primary(), served, "{asked}");
    }
}

#[test]
fn a_fresh_builtin_localizer_lays_its_locales_on_first_use_from_several_threads() {
    // `Localizer::load_builtin` parses a locale's files and lays its bundle the first time a
    // message is looked up in it; threads that race for the same locale get the same words.
    let c = Catalog::builtin();
    let t = c
        .triage(&Assessment::from_json(include_str!("../examples/assessment.json")).unwrap())
        .unwrap();
    let fresh = Localizer::load_builtin().unwrap();
    let shared = Localizer::builtin();
    let tags = [
        "fr-CA", "en-GB", "fr", "en-US", "en", "en-CA", "fr-QC", "de",
    ];
    std::thread::scope(|s| {
        let handles: Vec<_> = (0..4)
            .map(|k| {
                let (fresh, t) = (&fresh, &t);
                s.spawn(move || {
                    tags.iter()
                        .cycle()
                        .skip(k)
                        .take(tags.len())
                        .map(|tag| {
                            let l = fresh.negotiate(tag).unwrap();
                            (
                                (*tag).to_owned(),
                                Report::new(c, fresh, &l, t).unwrap().to_json(),
                            )
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        for h in handles {
            for (tag, json) in h.join().unwrap() {
                let l = shared.negotiate(&tag).unwrap();
                assert_eq!(
                    json,
                    Report::new(c, shared, &l, &t).unwrap().to_json(),
                    "{tag}"
                );
            }
        }
    });
}

/// A Québec term that starts with a vowel where France's does not (or the reverse) would need
/// « l’ » in one country and « la » or « le » in the other: French text puts only words that do
/// not elide before such a term (« votre », « à votre »), never « la », « le », « de » or « du ».
#[test]
fn french_text_never_elides_before_a_term_whose_first_letter_differs_by_region() {
    fn terms(text: &str) -> Vec<(String, String)> {
        text.lines()
            .filter_map(|l| l.strip_prefix('-')?.split_once(" = "))
            .map(|(k, v)| (k.trim().to_owned(), v.trim().to_owned()))
            .collect()
    }
    let vowel = |v: &str| {
        v.chars()
            .next()
            .is_some_and(|c| "aeiouyhàâéèêîôûAEIOUYHÉÈ".contains(c))
    };
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let read = |p: std::path::PathBuf| std::fs::read_to_string(p).unwrap();
    let france = terms(&read(dir.join("fr/terms.ftl")));
    let quebec = terms(&read(dir.join("fr-CA/terms.ftl")));
    let differing: Vec<&str> = quebec
        .iter()
        .filter(|(k, v)| {
            france
                .iter()
                .any(|(fk, fv)| fk == k && vowel(fv) != vowel(v))
        })
        .map(|(k, _)| k.as_str())
        .collect();
    assert!(
        differing.contains(&"maternity-unit"),
        "the test's known case: « maternité » / « unité des naissances »"
    );
    let mut problems = Vec::new();
    for entry in std::fs::read_dir(dir.join("fr")).unwrap() {
        let path = entry.unwrap().path();
        let text = read(path.clone());
        for term in &differing {
            for article in ["la", "le", "de", "du", "La", "Le", "De", "Du"] {
                let bad = format!("{article} {{ -{term} }}");
                if text.contains(&bad) {
                    problems.push(format!("{}: {bad}", path.display()));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
