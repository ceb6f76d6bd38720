//! The versioned JSON contract: `schema_version` in Assessment, Triage and Report JSON, codes of
//! likely conditions, ids and sources of report items, and JSON Schemas that match the code.

use lowback::{
    Assessment, Catalog, Field, FieldKind, InputProblem, Localizer, Report, SectionKind, Triage,
    schema,
};
use serde_json::{Value, json};

const SAMPLE: &str = include_str!("../examples/assessment.json");

fn sample() -> (Triage, Report) {
    let a = Assessment::from_json(SAMPLE).unwrap();
    let catalog = Catalog::builtin();
    let t = catalog.triage(&a).unwrap();
    let loc = Localizer::builtin();
    let r = Report::new(catalog, loc, &loc.negotiate("fr").unwrap(), &t).unwrap();
    (t, r)
}

#[test]
fn assessment_json_is_versioned_and_reads_old_documents() {
    let a = Assessment::from_json(r#"{"age": 40}"#).expect("no version: a document from before");
    let written: Value = serde_json::from_str(&a.to_json()).unwrap();
    assert_eq!(written["schema_version"], schema::SCHEMA_VERSION);
    assert_eq!(Assessment::from_json(&a.to_json()).unwrap(), a);
    for ok in ["0.1", "0.2", "0.9", "0"] {
        let json = json!({"schema_version": ok, "age": 40}).to_string();
        assert!(Assessment::from_json(&json).is_ok(), "{ok}");
    }
}

#[test]
fn another_major_version_is_refused_with_every_other_problem() {
    let err =
        Assessment::from_json(r#"{"schema_version": "1.0", "age": 400, "agee": 1}"#).unwrap_err();
    assert_eq!(err.problems().len(), 3, "{err}");
    let InputProblem::InvalidValue {
        field,
        value,
        expected,
    } = &err.problems()[0]
    else {
        panic!("{err}")
    };
    assert_eq!((field.as_str(), value.as_str()), ("schema_version", "1.0"));
    assert!(expected.contains("0.x"), "{expected}");
    let err = Assessment::from_json(r#"{"schema_version": 2}"#).unwrap_err();
    assert!(
        matches!(&err.problems()[0], InputProblem::WrongType { field, .. } if field == "schema_version")
    );
    let err = Assessment::from_json(r#"{"schema_version": "latest"}"#).unwrap_err();
    assert!(err.to_string().contains("schema_version"), "{err}");
}

#[test]
fn triage_json_is_versioned_and_carries_condition_codes() {
    let (t, _) = sample();
    let v: Value = serde_json::from_str(&t.to_json()).unwrap();
    assert_eq!(v["schema_version"], schema::SCHEMA_VERSION);
    assert_eq!(v["content_version"], Catalog::builtin().content_version());
    assert!(!t.conditions.is_empty());
    for m in &t.conditions {
        let c = Catalog::builtin().condition(m.condition).unwrap();
        assert_eq!(m.icd10, c.icd10);
        assert_eq!(m.snomed, c.snomed);
    }
    // Round trip, and documents written before the codes and the version still read.
    let back: Triage = serde_json::from_str(&t.to_json()).unwrap();
    assert_eq!(back, t);
    let mut old = v.clone();
    old.as_object_mut().unwrap().remove("schema_version");
    for c in old["conditions"].as_array_mut().unwrap() {
        c.as_object_mut().unwrap().remove("icd10");
        c.as_object_mut().unwrap().remove("snomed");
    }
    let old: Triage = serde_json::from_value(old).unwrap();
    assert_eq!(old.disposition, t.disposition);
    let mut future = v;
    future["schema_version"] = json!("1.0");
    let err = serde_json::from_value::<Triage>(future).unwrap_err();
    assert!(err.to_string().contains("schema_version"), "{err}");
}

#[test]
fn report_json_is_versioned_and_items_name_what_they_show_and_cite() {
    let catalog = Catalog::builtin();
    let (t, r) = sample();
    let v: Value = serde_json::from_str(&r.to_json()).unwrap();
    assert_eq!(v["schema_version"], schema::SCHEMA_VERSION);
    assert_eq!(r.content_version, t.content_version);
    let refs = t.references.len();
    let mut cited = 0;
    for s in r.sections() {
        for (i, item) in s.items().enumerate() {
            assert!(
                item.sources().iter().all(|n| (1..=refs).contains(n)),
                "{item:?}"
            );
            assert!(
                item.sources().windows(2).all(|w| w[0] < w[1]),
                "sorted, no repeats"
            );
            cited += item.sources().len();
            let id = item.id();
            match s.kind() {
                SectionKind::Why => {
                    if let Some(id) = id {
                        assert!(t.fired.iter().any(|f| f.rule.as_str() == id), "{id}");
                    }
                }
                SectionKind::Conditions => {
                    if let Some(id) = id {
                        let m = &t.conditions[i];
                        assert_eq!(m.condition.as_str(), id);
                        let c = catalog.condition(m.condition).unwrap();
                        for rf in &c.provenance.references {
                            if let Some(p) = t.references.iter().position(|x| x == rf) {
                                assert!(item.sources().contains(&(p + 1)), "{id} cites {rf}");
                            }
                        }
                    }
                }
                SectionKind::Exercises => {
                    assert_eq!(id, Some(t.exercises[i].as_str()));
                    assert!(!item.sources().is_empty(), "every exercise has a source");
                }
                SectionKind::DoNow => {
                    if let Some(id) = id {
                        assert_eq!(id, t.care[i].as_str());
                    }
                }
                SectionKind::Tips => assert_eq!(id, Some(t.tips[i].as_str())),
                SectionKind::Cautions => assert_eq!(id, Some(t.cautions[i].as_str())),
                SectionKind::References => {
                    assert_eq!(id, t.references.get(i).map(|r| r.as_str()));
                    assert_eq!(item.sources(), [i + 1]);
                }
                _ => {}
            }
        }
    }
    assert!(cited > refs, "items cite their sources");
    // Every reference of the triage is cited by some item other than its own entry.
    let body: Vec<usize> = r
        .sections()
        .filter(|s| s.kind() != SectionKind::References)
        .flat_map(|s| s.items().flat_map(|i| i.sources().iter().copied()))
        .collect();
    for n in 1..=refs {
        assert!(body.contains(&n), "reference [{n}] is cited in the body");
    }
}

#[test]
fn the_assessment_schema_matches_the_fields() {
    let s: Value = serde_json::from_str(schema::ASSESSMENT).unwrap();
    let props = s["properties"].as_object().unwrap();
    let mut names: Vec<&str> = Field::ALL.iter().map(|f| f.as_str()).collect();
    names.extend(["findings", "schema_version"]);
    names.sort_unstable();
    let mut keys: Vec<&str> = props.keys().map(String::as_str).collect();
    keys.sort_unstable();
    assert_eq!(keys, names);
    for f in Field::ALL {
        let p = &props[f.as_str()];
        match f.kind() {
            FieldKind::Number { min, max } => {
                assert_eq!(p["oneOf"][0]["minimum"], min, "{f}");
                assert_eq!(p["oneOf"][0]["maximum"], max, "{f}");
            }
            FieldKind::Choice => {
                let mut values: Vec<&str> = f.options().to_vec();
                values.push("unknown");
                assert_eq!(p["enum"], json!(values), "{f}");
            }
            FieldKind::MultiChoice => {
                assert_eq!(p["oneOf"][0]["items"]["enum"], json!(f.options()), "{f}");
            }
            _ => panic!("a new kind of field: describe it in schemas/assessment.schema.json"),
        }
    }
}

/// The keys a schema lists as required, with `additionalProperties: false`, are exactly the keys
/// of the JSON the code writes.
fn same_keys(schema: &Value, doc: &Value, at: &str) {
    let Some(obj) = doc.as_object() else { return };
    if let Some(required) = schema["required"].as_array() {
        let mut req: Vec<&str> = required.iter().map(|v| v.as_str().unwrap()).collect();
        req.sort_unstable();
        let mut keys: Vec<&str> = obj.keys().map(String::as_str).collect();
        keys.sort_unstable();
        assert_eq!(req, keys, "{at}");
    }
}

#[test]
fn the_triage_and_report_schemas_list_every_key_the_code_writes() {
    let (t, r) = sample();
    let ts: Value = serde_json::from_str(schema::TRIAGE).unwrap();
    let tv: Value = serde_json::from_str(&t.to_json()).unwrap();
    same_keys(&ts, &tv, "triage");
    same_keys(
        &ts["properties"]["conditions"]["items"],
        &tv["conditions"][0],
        "condition",
    );
    same_keys(
        &ts["properties"]["fired"]["items"],
        &tv["fired"][0],
        "fired",
    );
    let rs: Value = serde_json::from_str(schema::REPORT).unwrap();
    let rv: Value = serde_json::from_str(&r.to_json()).unwrap();
    same_keys(&rs, &rv, "report");
    same_keys(
        &rs["properties"]["sections"]["items"],
        &rv["sections"][0],
        "section",
    );
    same_keys(&rs["$defs"]["item"], &rv["sections"][0]["items"][0], "item");
    // The files are the ones the crate publishes.
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/schemas/");
    for (file, text) in [
        ("assessment.schema.json", schema::ASSESSMENT),
        ("triage.schema.json", schema::TRIAGE),
        ("report.schema.json", schema::REPORT),
    ] {
        assert_eq!(
            std::fs::read_to_string(format!("{dir}{file}")).unwrap(),
            text
        );
        let v: Value = serde_json::from_str(text).unwrap();
        assert_eq!(v["$schema"], "https://json-schema.org/draft/2020-12/schema");
        assert!(
            v["$id"]
                .as_str()
                .unwrap()
                .ends_with(&format!(":{}", schema::SCHEMA_VERSION)),
            "{file}: $id names the schema version"
        );
    }
}
