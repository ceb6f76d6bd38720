//! Bad input gives a bounded error, and bounded work (found by a helper testing the public API,
//! 30 Nov 2026): input errors list at most 64 problems, content errors do not echo a huge id,
//! a care settings file lists at most 100 problems, and a triage read from JSON that repeats
//! its rules and references is rendered and exported without comparing every pair.

use lowback::{Assessment, Catalog, ContentPack, ContentProblem, InputProblem, Localizer};

#[test]
fn a_triage_with_20000_unknown_findings_lists_64_problems_and_a_count() {
    let findings: serde_json::Map<String, serde_json::Value> = (0..20_000)
        .map(|i| (format!("no_such_finding_{i}"), serde_json::json!("yes")))
        .collect();
    let a = Assessment::from_json(&serde_json::json!({ "findings": findings }).to_string())
        .expect("ids are checked against a catalog, not when read");
    let e = Catalog::builtin().triage(&a).unwrap_err();
    assert_eq!(e.problems().len(), 65);
    assert!(matches!(
        e.problems().last(),
        Some(InputProblem::TooManyProblems { omitted: 19_936 })
    ));
}

#[test]
fn a_dangling_id_of_a_megabyte_is_not_echoed_whole() {
    let long = "x".repeat(1 << 20);
    let rules = include_str!("../data/rules.toml").replacen(
        "all = [\"saddle_numbness\"]",
        &format!("all = [\"{long}\"]"),
        1,
    );
    let mut pack = ContentPack::builtin();
    pack.add_data("rules.toml", &rules);
    let e = Catalog::from_pack(&pack).unwrap_err();
    assert!(
        e.problems()
            .iter()
            .any(|p| matches!(p, ContentProblem::DanglingLink { .. })),
        "{}",
        &e.to_string()[..200]
    );
    assert!(e.to_string().len() < 4096, "{} bytes", e.to_string().len());
}

#[test]
fn a_missing_message_id_of_a_megabyte_is_not_echoed_whole() {
    let loc = Localizer::builtin();
    let en = loc.negotiate("en").expect("en");
    let e = loc
        .message(&en, &"m".repeat(1 << 20), None, &[])
        .unwrap_err();
    assert!(e.to_string().len() < 1024, "{} bytes", e.to_string().len());
}

#[test]
fn a_care_settings_file_with_20000_bad_entries_lists_100_problems_and_a_count() {
    let text: String = (0..20_000)
        .map(|i| format!("[l{i}]\nsoon = {{ service = \"x\" }}\n"))
        .collect();
    let e = Localizer::builder(ContentPack::builtin())
        .add_care_settings("care_settings.toml", &text)
        .build()
        .unwrap_err();
    let in_file: Vec<&ContentProblem> = e
        .problems()
        .iter()
        .filter(|p| matches!(p, ContentProblem::DataSyntax { file, .. } if file == "care_settings.toml"))
        .collect();
    assert_eq!(in_file.len(), 101, "{}", &e.to_string()[..300]);
    // The lines are right, found without rescanning the file: the entry of `[l<i>]` is on
    // line 2i + 2.
    for p in &in_file[..100] {
        let ContentProblem::DataSyntax {
            line: Some(line),
            message,
            ..
        } = p
        else {
            panic!("{p}");
        };
        let i: usize = message
            .strip_prefix("[l")
            .and_then(|m| m.split(']').next())
            .and_then(|n| n.parse().ok())
            .unwrap_or_else(|| panic!("{message}"));
        assert_eq!(*line, 2 * i + 2, "{message}");
    }
    assert!(e.to_string().contains("more problems in this file"));
}

#[cfg(feature = "fhir")]
#[test]
fn a_triage_read_from_json_that_repeats_rules_and_references_is_exported_with_right_numbers() {
    use lowback::{Triage, fhir};
    let a = Assessment::from_json(
        r#"{"age": 30, "pain_locations": ["lower_back"], "findings": {"saddle_numbness": "yes"}}"#,
    )
    .unwrap();
    let t = Catalog::builtin().triage(&a).unwrap();
    let mut json: serde_json::Value = serde_json::from_str(&t.to_json()).unwrap();
    let fired = json["fired"][0].clone();
    json["fired"] = serde_json::Value::Array(vec![fired; 3_000]);
    // Many references the catalog does not have, after the real ones: the real ones keep
    // their numbers.
    let refs = json["references"].as_array().unwrap().clone();
    let mut more = refs.clone();
    more.extend((0..20_000).map(|i| serde_json::json!(format!("no_such_reference_{i}"))));
    json["references"] = serde_json::Value::Array(more);
    let big: Triage = serde_json::from_value(json).unwrap();
    let ra = fhir::risk_assessment(Catalog::builtin(), &big).unwrap();
    let small = fhir::risk_assessment(Catalog::builtin(), &t).unwrap();
    // The note of the fired rule cites the same numbers in both.
    assert_eq!(ra["note"][0]["text"], small["note"][0]["text"]);
    assert!(
        ra["note"][0]["text"]
            .as_str()
            .unwrap()
            .contains("Sources: [1]")
    );
}

#[test]
fn four_thousand_regional_locales_are_refused_past_64_not_built() {
    // Each locale was a bundle holding its parent's messages, every one checked: 4,000 empty
    // ones took about 284 MiB and 2 s.
    let builder = (0..4_000).fold(Localizer::builder(ContentPack::builtin()), |b, i| {
        b.add_ftl(&format!("en-a{i:04}"), "x.ftl", "")
    });
    let e = builder.build().unwrap_err();
    let refused = e
        .problems()
        .iter()
        .filter(|p| matches!(p, ContentProblem::FtlSyntax { message, .. } if message.contains("at most 64 locales")))
        .count();
    assert_eq!(refused, 8, "{}", &e.to_string()[..300]);
    // Within the limit, extra empty regional locales are fine.
    let builder = (0..8).fold(Localizer::builder(ContentPack::builtin()), |b, i| {
        b.add_ftl(&format!("en-a{i:04}"), "x.ftl", "")
    });
    assert!(builder.build().is_ok());
}
