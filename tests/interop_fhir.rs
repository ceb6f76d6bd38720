//! FHIR R4: the questionnaire's structure, enableWhen against `Assessment::field_applies`, the
//! response round trip for every development vignette, every problem of a response reported at
//! once, the risk assessment and the bundle. The Python validator (scripts/validate_fhir.py)
//! checks the same resources with an independent implementation.
#![cfg(feature = "fhir")]

use std::collections::HashSet;

use lowback::{Assessment, Catalog, Field, InputProblem, Localizer, Question, fhir};
use proptest::prelude::*;
use serde_json::{Value, json};

fn catalog() -> &'static Catalog {
    Catalog::builtin()
}

fn questionnaire(tag: &str) -> Value {
    let loc = Localizer::builtin();
    fhir::questionnaire(catalog(), loc, &loc.negotiate(tag).unwrap()).unwrap()
}

/// Every item, groups' children included.
fn all_items(items: &Value) -> Vec<&Value> {
    let mut out = Vec::new();
    for it in items.as_array().into_iter().flatten() {
        out.push(it);
        out.extend(all_items(&it["item"]));
    }
    out
}

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

#[test]
fn the_questionnaire_asks_every_field_and_every_asked_finding_once() {
    let q = questionnaire("en");
    let items = all_items(&q["item"]);
    let links: Vec<&str> = items
        .iter()
        .map(|i| i["linkId"].as_str().unwrap())
        .collect();
    let unique: HashSet<&str> = links.iter().copied().collect();
    assert_eq!(unique.len(), links.len(), "linkIds are unique (que-2)");
    for f in Field::ALL {
        assert!(unique.contains(f.as_str()), "{f}");
    }
    for f in catalog().findings() {
        let link = format!("findings.{}", f.id);
        assert_eq!(unique.contains(link.as_str()), f.is_asked(), "{link}");
    }
    for it in &items {
        let link = it["linkId"].as_str().unwrap();
        let ty = it["type"].as_str().unwrap();
        assert!(it["text"].as_str().is_some_and(|t| !t.is_empty()), "{link}");
        match ty {
            "group" => {
                assert!(link.starts_with("checklist."));
                assert!(!it["item"].as_array().unwrap().is_empty(), "que-1");
            }
            "integer" => {
                let f = Field::from_name(link).unwrap();
                let lowback::FieldKind::Number { min, max } = f.kind() else {
                    panic!()
                };
                assert_eq!(it["extension"][0]["valueInteger"], min);
                assert_eq!(it["extension"][1]["valueInteger"], max);
            }
            "choice" => {
                let codes: Vec<&str> = it["answerOption"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|o| o["valueCoding"]["code"].as_str().unwrap())
                    .collect();
                assert_eq!(codes.last(), Some(&"unknown"), "{link}");
                let expected: Vec<String> = match Field::from_name(link) {
                    Some(f) => f.options().iter().map(|s| (*s).to_owned()).collect(),
                    None => {
                        let id = link.strip_prefix("findings.").unwrap().parse().unwrap();
                        match Question::Finding(id).kind(catalog()) {
                            // The kinds, then "yes" without the kind.
                            lowback::AnswerKind::Choice(mut v) => {
                                v.push("yes".into());
                                v
                            }
                            _ => vec!["yes".into(), "no".into()],
                        }
                    }
                };
                assert_eq!(codes[..codes.len() - 1], expected, "{link}");
            }
            other => panic!("{link}: unexpected type {other}"),
        }
    }
    assert_eq!(q["status"], "draft", "the builtin content is not signed");
    assert_eq!(q["version"], catalog().content_version());
}

#[test]
fn every_language_has_the_same_items_and_carries_the_others_as_translations() {
    let shape = |q: &Value| -> Vec<(String, String)> {
        all_items(&q["item"])
            .iter()
            .map(|i| (i["linkId"].to_string(), i["type"].to_string()))
            .collect()
    };
    let (en, fr, fr_ca) = (
        questionnaire("en"),
        questionnaire("fr"),
        questionnaire("fr-CA"),
    );
    assert_eq!(shape(&en), shape(&fr));
    assert_eq!(shape(&en), shape(&fr_ca));
    assert_eq!(
        (en["language"].as_str(), fr_ca["language"].as_str()),
        (Some("en"), Some("fr-CA"))
    );
    assert_eq!(en["url"], fr["url"]);
    let sex_fr = all_items(&fr["item"])
        .into_iter()
        .find(|i| i["linkId"] == "sex")
        .unwrap();
    let sex_en = all_items(&en["item"])
        .into_iter()
        .find(|i| i["linkId"] == "sex")
        .unwrap();
    let translation = |item: &Value, lang: &str| -> Option<String> {
        item["_text"]["extension"].as_array()?.iter().find_map(|t| {
            let parts = t["extension"].as_array()?;
            (parts[0]["valueCode"] == lang)
                .then(|| parts[1]["valueString"].as_str().unwrap().to_owned())
        })
    };
    assert_eq!(
        translation(sex_fr, "en").as_deref(),
        sex_en["text"].as_str()
    );
    assert_eq!(
        translation(sex_en, "fr").as_deref(),
        sex_fr["text"].as_str()
    );
    // Option labels are translated too.
    let o = &sex_fr["answerOption"][0]["valueCoding"];
    assert_eq!(o["code"], "female");
    assert!(o["_display"]["extension"].is_array());
    // A language the localizer does not have falls back to English.
    assert_eq!(questionnaire("de")["language"], "en");
}

/// Evaluates an item's enableWhen against a response's answers (codings by linkId).
fn enabled(item: &Value, qr: &Value) -> bool {
    let Some(conditions) = item["enableWhen"].as_array() else {
        return true;
    };
    let answers = |link: &str| -> Vec<Value> {
        all_items(&qr["item"])
            .into_iter()
            .filter(|i| i["linkId"] == link)
            .flat_map(|i| i["answer"].as_array().cloned().unwrap_or_default())
            .map(|a| a["valueCoding"].clone())
            .collect()
    };
    let results: Vec<bool> = conditions
        .iter()
        .map(|c| {
            let given = answers(c["question"].as_str().unwrap());
            let hit = given.iter().any(|g| g["code"] == c["answerCoding"]["code"]);
            match c["operator"].as_str().unwrap() {
                "=" => hit,
                "!=" => !hit,
                other => panic!("operator {other}"),
            }
        })
        .collect();
    if item["enableBehavior"] == "any" {
        results.iter().any(|r| *r)
    } else {
        results.iter().all(|r| *r)
    }
}

#[test]
fn enable_when_disables_exactly_the_answers_the_library_refuses() {
    let q = questionnaire("en");
    let items = all_items(&q["item"]);
    let mut cases: Vec<Value> = vignettes()
        .into_iter()
        .map(|(_, a)| serde_json::from_str(&a.to_json()).unwrap())
        .collect();
    for p in Field::Pregnancy.options().iter().chain(&["unknown"]) {
        for h in Field::HipReplacement.options().iter().chain(&["unknown"]) {
            cases.push(json!({"sex": "female", "pregnancy": p, "hip_replacement": h}));
        }
    }
    cases.push(json!({}));
    let mut checked = 0;
    for case in cases {
        for (f, value) in [(Field::PregnancyWeeks, 20), (Field::HipReplacementYears, 3)] {
            let mut without = case.clone();
            without.as_object_mut().unwrap().remove(f.as_str());
            let base = Assessment::from_json(&without.to_string()).unwrap();
            let mut with = without.clone();
            with[f.as_str()] = json!(value);
            let accepted = Assessment::from_json(&with.to_string()).is_ok();
            let item = items.iter().find(|i| i["linkId"] == f.as_str()).unwrap();
            let qr = fhir::questionnaire_response(catalog(), &base);
            assert_eq!(enabled(item, &qr), accepted, "{f}: {without}");
            checked += 1;
        }
    }
    assert!(checked > 400);
    // The brief's examples: the weeks of pregnancy depend on the pregnancy, the years on the hip.
    let weeks = items
        .iter()
        .find(|i| i["linkId"] == "pregnancy_weeks")
        .unwrap();
    assert_eq!(weeks["enableWhen"][0]["question"], "pregnancy");
    let years = items
        .iter()
        .find(|i| i["linkId"] == "hip_replacement_years")
        .unwrap();
    assert_eq!(years["enableWhen"][0]["question"], "hip_replacement");
}

#[test]
fn every_vignette_round_trips_through_a_response() {
    let q = questionnaire("fr");
    let items = all_items(&q["item"]);
    let mut n = 0;
    for (id, a) in vignettes() {
        let qr = fhir::questionnaire_response(catalog(), &a);
        assert_eq!(
            qr["questionnaire"],
            format!(
                "{}|{}",
                fhir::QUESTIONNAIRE_URL,
                catalog().content_version()
            )
        );
        let back = fhir::assessment_from_questionnaire_response(catalog(), &qr)
            .unwrap_or_else(|e| panic!("{id}: {e}"));
        assert_eq!(back, a, "{id}");
        // Every answer is one of its item's options, and every item is enabled.
        for r in all_items(&qr["item"]) {
            let item = items.iter().find(|i| i["linkId"] == r["linkId"]).unwrap();
            assert!(
                enabled(item, &qr),
                "{id}: {} answered while disabled",
                r["linkId"]
            );
            for ans in r["answer"].as_array().into_iter().flatten() {
                if let Some(c) = ans.get("valueCoding") {
                    let options = item["answerOption"].as_array().unwrap();
                    assert!(
                        options.iter().any(|o| o["valueCoding"]["code"] == c["code"]
                            && o["valueCoding"]["system"] == c["system"]),
                        "{id}: {c} is not an option of {}",
                        r["linkId"]
                    );
                } else {
                    assert_eq!(item["type"], "integer");
                    assert!(ans["valueInteger"].is_i64());
                }
            }
        }
        n += 1;
    }
    assert!(n >= 200);
}

#[test]
fn unknown_answers_and_tolerated_forms() {
    let qr = json!({
        "resourceType": "QuestionnaireResponse", "status": "in-progress",
        "item": [
            {"linkId": "age", "extension": [{"url": "http://hl7.org/fhir/StructureDefinition/data-absent-reason", "valueCode": "asked-unknown"}]},
            {"linkId": "severity", "extension": [{"url": "http://hl7.org/fhir/StructureDefinition/data-absent-reason", "valueCode": "not-asked"}]},
            {"linkId": "duration_days"},
            {"linkId": "onset", "answer": [{"valueCoding": {"code": "gradual"}}]},
            {"linkId": "pain_locations", "answer": [{"valueCoding": {"system": "urn:lowback:answer", "code": "unknown"}}]},
            {"linkId": "findings.saddle_numbness", "answer": [{"valueBoolean": false}]},
            {"linkId": "checklist.serious_signs", "item": [
                {"linkId": "findings.fever_or_chills", "answer": [{"valueCoding": {"system": "urn:lowback:answer", "code": "yes"}}]}
            ]},
            {"linkId": "findings.symptoms_both_legs", "answer": [{"valueCoding": {"system": "urn:lowback:answer", "code": "new"}}]}
        ]
    });
    let a = fhir::assessment_from_questionnaire_response(catalog(), &qr).unwrap();
    assert!(a.has_field(Field::Age) && a.age().is_none());
    assert!(!a.has_field(Field::Severity) && !a.has_field(Field::Duration));
    assert_eq!(a.onset(), Some(lowback::Onset::Gradual));
    assert!(a.has_field(Field::PainLocations) && a.pain_locations().is_none());
    assert_eq!(
        a.finding("saddle_numbness".parse().unwrap()),
        Some(lowback::Answer::No)
    );
    assert_eq!(
        a.finding("fever_or_chills".parse().unwrap()),
        Some(lowback::Answer::Yes)
    );
    assert_eq!(
        a.level("symptoms_both_legs".parse().unwrap())
            .unwrap()
            .as_str(),
        "new"
    );
}

#[test]
fn every_problem_of_a_response_is_reported_at_once() {
    let qr = json!({
        "resourceType": "QuestionnaireResponse", "status": "entered-in-error",
        "questionnaire": "http://example.org/Questionnaire/other",
        "item": [
            {"linkId": "neck_pain", "answer": [{"valueBoolean": true}]},
            {"answer": [{"valueInteger": 3}]},
            {"linkId": "age", "answer": [{"valueInteger": 40}, {"valueInteger": 41}]},
            {"linkId": "severity", "answer": [{"valueString": "seven"}]},
            {"linkId": "onset", "answer": [{"valueCoding": {"system": "urn:lowback:field:onset", "code": "slowly"}}]},
            {"linkId": "trend", "answer": [{"valueCoding": {"system": "http://snomed.info/sct", "code": "better"}}]},
            {"linkId": "pain_locations", "answer": [
                {"valueCoding": {"code": "hip"}}, {"valueCoding": {"code": "unknown"}}]},
            {"linkId": "checklist.cauda_equina", "answer": [{"valueBoolean": true}]},
            {"linkId": "findings.muscle_spasm", "answer": [{"valueBoolean": true, "item": [{"linkId": "x"}]}]},
            {"linkId": "duration_days", "answer": [{"valueInteger": 3}],
             "extension": [{"url": "http://hl7.org/fhir/StructureDefinition/data-absent-reason", "valueCode": "asked-unknown"}]},
            {"linkId": "sex", "item": [{"linkId": "y"}], "answer": [{"valueCoding": {"code": "male"}}]},
            {"linkId": "pregnancy", "answer": [{"valueCoding": {"code": "pregnant"}}]},
            {"linkId": "morning_stiffness_minutes", "answer": [{"valueInteger": 5000}]},
            {"linkId": "sex", "answer": [{"valueCoding": {"code": "female"}}]}
        ]
    });
    let err = fhir::assessment_from_questionnaire_response(catalog(), &qr).unwrap_err();
    let got: Vec<(String, Option<String>)> = err
        .problems()
        .iter()
        .map(|p| (p.code().to_owned(), p.field()))
        .collect();
    let expect = |code: &str, field: &str| {
        assert!(
            got.iter()
                .any(|(c, f)| c == code && f.as_deref() == Some(field)),
            "{code} on {field} missing from\n{err}"
        );
    };
    expect("invalid_value", "status");
    expect("invalid_value", "questionnaire");
    expect("unknown_field", "neck_pain");
    // No linkId is within a few keystrokes of it: no suggestion.
    assert!(err.problems().iter().all(|p| p.suggestion().is_none()));
    expect("invalid_value", "item"); // no linkId
    expect("invalid_value", "age"); // two answers
    expect("wrong_type", "severity");
    expect("invalid_value", "onset");
    expect("invalid_value", "trend"); // another system
    expect("invalid_value", "pain_locations"); // unknown beside a place
    expect("invalid_value", "checklist.cauda_equina");
    expect("invalid_value", "findings.muscle_spasm"); // items nested in an answer
    expect("invalid_value", "duration_days"); // answer and data-absent reason
    expect("invalid_value", "sex"); // nested items under a question
    expect("duplicate", "item"); // sex twice
    expect("out_of_range", "morning_stiffness_minutes");
    expect("contradiction", "sex"); // a pregnancy for a male
    // And the document itself.
    let err = fhir::assessment_from_questionnaire_response(catalog(), &json!([1])).unwrap_err();
    assert_eq!(err.problems()[0].code(), "wrong_type");
    let err = fhir::assessment_from_questionnaire_response(
        catalog(),
        &json!({"resourceType": "Patient"}),
    )
    .unwrap_err();
    assert_eq!(err.problems()[0].field().as_deref(), Some("resourceType"));
}

/// A misspelt linkId names the questionnaire's linkId it is closest to.
#[test]
fn a_misspelt_link_id_gets_a_suggestion() {
    let qr = json!({
        "resourceType": "QuestionnaireResponse", "status": "completed",
        "item": [
            {"linkId": "findings.muscle_spasn", "answer": [{"valueBoolean": true}]},
            {"linkId": "sevrity", "answer": [{"valueInteger": 3}]}
        ]
    });
    let err = fhir::assessment_from_questionnaire_response(catalog(), &qr).unwrap_err();
    let got: Vec<(Option<String>, Option<&str>)> = err
        .problems()
        .iter()
        .map(|p| (p.field(), p.suggestion()))
        .collect();
    assert_eq!(
        got,
        [
            (
                Some("findings.muscle_spasn".to_owned()),
                Some("findings.muscle_spasm")
            ),
            (Some("sevrity".to_owned()), Some("severity")),
        ]
    );
}

#[test]
fn problems_are_bounded() {
    let items: Vec<Value> = (0..10_000)
        .map(|i| json!({"linkId": format!("q{i}")}))
        .collect();
    let qr = json!({"resourceType": "QuestionnaireResponse", "status": "completed", "item": items});
    let err = fhir::assessment_from_questionnaire_response(catalog(), &qr).unwrap_err();
    assert_eq!(err.problems().len(), 65);
    assert!(matches!(
        err.problems().last(),
        Some(InputProblem::TooManyProblems { omitted: 9_936 })
    ));
    let long = "x".repeat(100_000);
    let qr = json!({"resourceType": "QuestionnaireResponse", "item": [{"linkId": long}]});
    let err = fhir::assessment_from_questionnaire_response(catalog(), &qr).unwrap_err();
    assert!(err.to_string().len() < 500);
}

#[test]
fn the_risk_assessment_codes_the_outcome_and_cites_its_sources() {
    for (id, a) in vignettes() {
        let t = catalog().triage(&a).unwrap();
        let ra = fhir::risk_assessment(catalog(), &t).unwrap();
        assert_eq!(
            ra,
            fhir::risk_assessment(catalog(), &t).unwrap(),
            "deterministic"
        );
        assert_eq!(ra["status"], "final");
        let predictions = ra["prediction"].as_array().unwrap();
        assert_eq!(
            predictions[0]["outcome"]["coding"][0]["code"],
            t.disposition.as_str(),
            "{id}"
        );
        let flags = t.fired.iter().filter(|f| f.red_flag.is_some()).count();
        assert_eq!(predictions.len(), 1 + flags + t.conditions.len(), "{id}");
        for (p, m) in predictions[1 + flags..].iter().zip(&t.conditions) {
            let codes = p["outcome"]["coding"].as_array().unwrap();
            for c in &m.icd10 {
                assert!(
                    codes
                        .iter()
                        .any(|x| x["system"] == fhir::ICD10 && x["code"] == *c)
                );
            }
            for c in &m.snomed {
                assert!(
                    codes
                        .iter()
                        .any(|x| x["system"] == fhir::SNOMED_CT && x["code"] == *c)
                );
            }
        }
        let notes = ra["note"].as_array().unwrap();
        for (n, r) in t.references.iter().enumerate() {
            let citation = catalog().reference(*r).unwrap().citation();
            let expected = format!("[{}] {citation}", n + 1);
            assert!(
                notes.iter().any(|x| x["text"] == expected.as_str()),
                "{id}: {r}"
            );
        }
        for f in &t.fired {
            assert!(
                notes.iter().any(|x| x["text"]
                    .as_str()
                    .unwrap()
                    .starts_with(&format!("Rule {} ", f.rule))),
                "{id}: {}",
                f.rule
            );
        }
        assert_eq!(ra["meta"]["tag"][0]["code"], &*t.content_version);
    }
}

#[test]
fn the_bundle_holds_the_response_and_the_assessment_that_cites_it() {
    let (_, a) = vignettes().remove(0);
    let t = catalog().triage(&a).unwrap();
    let b = fhir::bundle(catalog(), &a, &t).unwrap();
    assert_eq!(b["resourceType"], "Bundle");
    assert_eq!(b["type"], "collection");
    let entries = b["entry"].as_array().unwrap();
    assert_eq!(entries.len(), 2);
    let urls: HashSet<&str> = entries
        .iter()
        .map(|e| e["fullUrl"].as_str().unwrap())
        .collect();
    assert_eq!(urls.len(), 2);
    for e in entries {
        let url = e["fullUrl"].as_str().unwrap();
        assert_eq!(
            url,
            format!("urn:uuid:{}", e["resource"]["id"].as_str().unwrap())
        );
    }
    assert_eq!(
        entries[0]["resource"]["resourceType"],
        "QuestionnaireResponse"
    );
    assert_eq!(
        entries[1]["resource"]["basis"][0]["reference"],
        entries[0]["fullUrl"]
    );
    let back =
        fhir::assessment_from_questionnaire_response(catalog(), &entries[0]["resource"]).unwrap();
    assert_eq!(back, a);
}

/// Arbitrary JSON, biased towards the shapes of a response.
fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        prop_oneof![
            Just("age".to_owned()),
            Just("findings.saddle_numbness".to_owned()),
            Just("checklist.cauda_equina".to_owned()),
            Just("unknown".to_owned()),
            Just("yes".to_owned()),
            Just("urn:lowback:answer".to_owned()),
            ".{0,12}",
        ]
        .prop_map(Value::String),
    ];
    leaf.prop_recursive(5, 64, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec(
                (
                    prop_oneof![
                        Just("linkId".to_owned()),
                        Just("item".to_owned()),
                        Just("answer".to_owned()),
                        Just("valueCoding".to_owned()),
                        Just("valueInteger".to_owned()),
                        Just("valueBoolean".to_owned()),
                        Just("code".to_owned()),
                        Just("system".to_owned()),
                        Just("extension".to_owned()),
                        Just("url".to_owned()),
                        Just("valueCode".to_owned()),
                        Just("resourceType".to_owned()),
                        "[a-z]{1,6}",
                    ],
                    inner
                ),
                0..6
            )
            .prop_map(|kv| Value::Object(kv.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]
    #[test]
    fn reading_any_json_never_panics(v in json_value()) {
        let wrapped = json!({"resourceType": "QuestionnaireResponse", "item": [v.clone()]});
        for doc in [&v, &wrapped] {
            if let Ok(a) = fhir::assessment_from_questionnaire_response(catalog(), doc) {
                // What is read writes back and reads the same.
                let qr = fhir::questionnaire_response(catalog(), &a);
                prop_assert_eq!(fhir::assessment_from_questionnaire_response(catalog(), &qr).unwrap(), a);
            }
        }
    }
}

/// FHIR JSON: no null, no empty string, array or object anywhere.
fn fhir_json_rules(v: &Value, path: &str, out: &mut Vec<String>) {
    match v {
        Value::Null => out.push(format!("{path}: null")),
        Value::String(s) if s.is_empty() => out.push(format!("{path}: empty string")),
        Value::Array(a) if a.is_empty() => out.push(format!("{path}: empty array")),
        Value::Object(o) if o.is_empty() => out.push(format!("{path}: empty object")),
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                fhir_json_rules(x, &format!("{path}[{i}]"), out);
            }
        }
        Value::Object(o) => {
            for (k, x) in o {
                fhir_json_rules(x, &format!("{path}.{k}"), out);
            }
        }
        _ => {}
    }
}

#[test]
fn no_null_and_nothing_empty_even_from_a_hand_made_triage() {
    let mut problems = Vec::new();
    for tag in ["en", "fr", "fr-CA"] {
        fhir_json_rules(&questionnaire(tag), tag, &mut problems);
    }
    let mut vignettes = vignettes();
    vignettes.push(("empty".to_owned(), Assessment::new()));
    for (id, a) in &vignettes {
        fhir_json_rules(
            &fhir::questionnaire_response(catalog(), a),
            id,
            &mut problems,
        );
        if let Ok(t) = catalog().triage(a) {
            fhir_json_rules(&fhir::bundle(catalog(), a, &t).unwrap(), id, &mut problems);
        }
    }
    // A triage read from JSON written elsewhere: empty strings must not reach FHIR. An empty
    // content version is another catalog's triage, refused (`OtherCatalog`); empty codes are
    // left out.
    let (_, a) = vignettes.remove(0);
    let mut t: Value = serde_json::from_str(&catalog().triage(&a).unwrap().to_json()).unwrap();
    let mut other = t.clone();
    other["content_version"] = json!("");
    let other: lowback::Triage = serde_json::from_value(other).unwrap();
    assert!(matches!(
        fhir::bundle(catalog(), &a, &other),
        Err(lowback::RenderError::OtherCatalog { .. })
    ));
    for c in t["conditions"].as_array_mut().unwrap() {
        c["icd10"] = json!([""]);
        c["snomed"] = json!([" "]);
    }
    let t: lowback::Triage = serde_json::from_value(t).unwrap();
    fhir_json_rules(
        &fhir::bundle(catalog(), &a, &t).unwrap(),
        "hand-made",
        &mut problems,
    );
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn a_yes_without_its_kind_round_trips() {
    // An interview keeps "yes" to symptoms in both legs when the person cannot say since when:
    // the response carries it as an option of the item, and reads back the same.
    let a = Assessment::from_json(
        r#"{"age": 50, "pain_locations": ["lower_back"], "findings": {"symptoms_both_legs": "yes"}}"#,
    )
    .unwrap();
    let qr = fhir::questionnaire_response(catalog(), &a);
    let back = fhir::assessment_from_questionnaire_response(catalog(), &qr).unwrap();
    assert_eq!(back, a);
    let q = questionnaire("en");
    let item = all_items(&q["item"])
        .into_iter()
        .find(|i| i["linkId"] == "findings.symptoms_both_legs")
        .unwrap();
    let codes: Vec<&str> = item["answerOption"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|o| o["valueCoding"]["code"].as_str())
        .collect();
    assert_eq!(codes, ["no", "long_standing", "new", "yes", "unknown"]);
}

/// The right kind of answer with a wrong value is a wrong value, named with what it holds:
/// before, an integer too large read "age is valueInteger; expected a valueInteger" (found by a
/// tester of the public API).
#[test]
fn a_questionnaire_answer_of_the_right_kind_and_a_wrong_value_says_so() {
    let qr = json!({
        "resourceType": "QuestionnaireResponse",
        "status": "completed",
        "item": [
            {"linkId": "age", "answer": [{"valueInteger": 18446744073709551615u64}]},
            {"linkId": "severity", "answer": [{"valueInteger": 6.5}]},
            {"linkId": "sex", "answer": [{"valueCoding": 5}]}
        ]
    });
    let err = fhir::assessment_from_questionnaire_response(catalog(), &qr).unwrap_err();
    let text = err.to_string();
    assert!(!text.contains("expected a valueInteger"), "{text}");
    assert!(!text.contains("is valueCoding"), "{text}");
    for (field, shown) in [
        ("age", "18446744073709551615"),
        ("severity", "6.5"),
        ("sex", "5"),
    ] {
        assert!(
            err.problems().iter().any(|p| matches!(p,
                InputProblem::InvalidValue { field: f, value, .. } if f == field && value == shown)),
            "{field}: {text}"
        );
    }
}
