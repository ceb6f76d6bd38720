//! Errors as data: real errors of each kind serialize to JSON with their code, where the problem
//! is and the message (every variant having a distinct code is tested inside the crate, where a
//! new variant cannot be missed: src/interop/errors.rs).

use lowback::{Assessment, Catalog, ContentPack, Error, Localizer};
use serde_json::Value;

fn json(s: &str) -> Value {
    serde_json::from_str(s).expect("errors serialize to JSON")
}

#[test]
fn input_errors_name_code_field_and_message_of_every_problem() {
    let err = Assessment::from_json(
        r#"{"agee": 1, "age": 200, "sex": 3, "trauma": "none", "onset": "after_fall_or_accident",
            "findings": {"fever_or_chills": "Maybe?"}}"#,
    )
    .unwrap_err();
    let v = json(&err.to_json());
    assert_eq!(v["code"], "invalid_input");
    assert_eq!(v["message"], err.to_string());
    let problems = v["problems"].as_array().unwrap();
    assert_eq!(problems.len(), err.problems().len());
    let find = |code: &str| problems.iter().find(|p| p["code"] == code).unwrap().clone();
    assert_eq!(find("unknown_field")["field"], "agee");
    assert_eq!(find("unknown_field")["suggestion"], "age");
    // Keys that do not apply are left out.
    assert!(find("out_of_range").get("suggestion").is_none());
    assert_eq!(find("out_of_range")["field"], "age");
    assert_eq!(find("wrong_type")["field"], "sex");
    assert_eq!(find("invalid_value")["field"], "findings.fever_or_chills");
    let c = find("contradiction");
    assert_eq!(
        (c["field"].as_str(), c["other_field"].as_str()),
        (Some("trauma"), Some("onset"))
    );
    for p in problems {
        assert!(p["message"].as_str().is_some_and(|m| !m.is_empty()));
    }
    // serde works too, for an app's own envelope.
    let envelope = serde_json::json!({ "error": err });
    assert_eq!(envelope["error"]["problems"][0]["code"], "unknown_field");
}

#[test]
fn malformed_json_gives_line_and_column_and_echoes_little() {
    let long = "x".repeat(10_000);
    let err = Assessment::from_json(&format!("{{\n  \"age\": {long}")).unwrap_err();
    let v = json(&err.to_json());
    let p = &v["problems"][0];
    assert_eq!(p["code"], "json_syntax");
    assert_eq!(p["line"], 2);
    assert!(p["column"].as_u64().is_some());
    assert!(p.get("field").is_none(), "absent keys are left out");
    assert!(err.to_json().len() < 1_000, "input is echoed bounded");
    let err = Assessment::from_json(&format!("{{\"{long}\": 1}}")).unwrap_err();
    assert!(err.to_json().len() < 1_000);
}

#[test]
fn triage_errors_too() {
    let a = Assessment::from_json(r#"{"findings": {"age_50_or_over": "yes", "neck_pain": "no"}}"#)
        .unwrap();
    let err = Catalog::builtin().triage(&a).unwrap_err();
    let v = json(&err.to_json());
    let codes: Vec<&str> = v["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["code"].as_str().unwrap())
        .collect();
    assert!(
        codes.contains(&"derived_finding") && codes.contains(&"unknown_finding"),
        "{codes:?}"
    );
    let empty = Catalog::builtin().triage(&Assessment::new()).unwrap_err();
    assert_eq!(
        json(&empty.to_json())["problems"][0]["code"],
        "empty_assessment"
    );
}

#[test]
fn content_errors_name_file_line_locale_and_item() {
    let mut pack = ContentPack::builtin();
    pack.add_data("facts.toml", "[[fact]]\nid = 3\n");
    pack.add_ftl("fr", "x.ftl", "ok = bien\nbad = {\n");
    let err = Catalog::from_pack(&pack).unwrap_err();
    let v = json(&err.to_json());
    assert_eq!(v["code"], "invalid_content");
    let problems = v["problems"].as_array().unwrap();
    let ftl = problems.iter().find(|p| p["code"] == "ftl_syntax").unwrap();
    assert_eq!(ftl["locale"], "fr");
    assert_eq!(ftl["file"], "x.ftl");
    assert_eq!(ftl["line"], 2);
    let e: Error = err.into();
    assert_eq!(e.code(), "invalid_content");
    assert_eq!(json(&e.to_json())["code"], "invalid_content");
}

#[test]
fn locale_and_render_errors() {
    let loc = Localizer::builtin();
    let err = loc.negotiate("not a tag!").unwrap_err();
    let v = json(&err.to_json());
    assert_eq!(
        (v["code"].as_str(), v["locale"].as_str()),
        (Some("malformed_locale"), Some("not a tag!"))
    );
    let en = loc.negotiate("en").unwrap();
    let err = loc.message(&en, "exercise-dosage", None, &[]).unwrap_err();
    let v = json(&err.to_json());
    assert_eq!(
        (v["code"].as_str(), v["message_id"].as_str()),
        (Some("fluent_error"), Some("exercise-dosage"))
    );
    let e: Error = err.into();
    assert_eq!(json(&e.to_json())["code"], "fluent_error");
}
