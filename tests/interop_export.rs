//! Writes the interop output of every development vignette (tests/fixtures/vignettes.json) for
//! the independent validator, `scripts/validate_fhir.py`:
//!
//! ```text
//! <out>/assessment/<id>.json               Assessment JSON          (schemas/assessment.schema.json)
//! <out>/triage/<id>.json                   Triage JSON              (schemas/triage.schema.json)
//! <out>/report/<id>.<lang>.json            Report JSON, en fr fr-CA (schemas/report.schema.json)
//! <out>/fhir/questionnaire.<lang>.json     FHIR Questionnaire, en fr fr-CA
//! <out>/fhir/<id>.questionnaire-response.json, <id>.risk-assessment.json, <id>.bundle.json
//! <out>/cds-hooks/<id>.<lang>.json         CDS Hooks response, en fr fr-CA
//! ```
//!
//! `<out>` is `$LOWBACK_INTEROP_OUT`, or `target/interop-out`. It is emptied first.
#![cfg(feature = "fhir")]

use std::path::{Path, PathBuf};

use lowback::{Assessment, Catalog, Localizer, Report, cds_hooks, fhir};
use serde_json::Value;

const LANGS: [&str; 3] = ["en", "fr", "fr-CA"];

fn out_dir() -> PathBuf {
    match std::env::var_os("LOWBACK_INTEROP_OUT") {
        Some(d) if !d.is_empty() => PathBuf::from(d),
        _ => Path::new(env!("CARGO_MANIFEST_DIR")).join("target/interop-out"),
    }
}

fn write(dir: &Path, name: &str, text: &str) {
    std::fs::write(dir.join(name), text).unwrap_or_else(|e| panic!("{name}: {e}"));
}

fn pretty(v: &Value) -> String {
    serde_json::to_string_pretty(v).unwrap() + "\n"
}

#[test]
fn export_every_vignette_for_the_validator() {
    let out = out_dir();
    // Only ever remove our own subfolders.
    let kinds = ["assessment", "triage", "report", "fhir", "cds-hooks"];
    for k in kinds {
        let d = out.join(k);
        if d.exists() {
            std::fs::remove_dir_all(&d).unwrap();
        }
        std::fs::create_dir_all(&d).unwrap();
    }
    let catalog = Catalog::builtin();
    let loc = Localizer::builtin();
    for tag in LANGS {
        let q = fhir::questionnaire(catalog, loc, &loc.negotiate(tag).unwrap()).unwrap();
        write(
            &out.join("fhir"),
            &format!("questionnaire.{tag}.json"),
            &(fhir::to_pretty_json(&q) + "\n"),
        );
    }
    let cases: Vec<Value> = serde_json::from_str(include_str!("fixtures/vignettes.json")).unwrap();
    let mut n = 0;
    for c in &cases {
        let id = c["id"].as_str().unwrap();
        let a = Assessment::from_json(&c["assessment"].to_string()).unwrap();
        let t = catalog.triage(&a).unwrap();
        write(&out.join("assessment"), &format!("{id}.json"), &a.to_json());
        write(&out.join("triage"), &format!("{id}.json"), &t.to_json());
        let fhir_dir = out.join("fhir");
        write(
            &fhir_dir,
            &format!("{id}.questionnaire-response.json"),
            &(fhir::to_pretty_json(&fhir::questionnaire_response(catalog, &a)) + "\n"),
        );
        write(
            &fhir_dir,
            &format!("{id}.risk-assessment.json"),
            &(fhir::to_pretty_json(&fhir::risk_assessment(catalog, &t).unwrap()) + "\n"),
        );
        write(
            &fhir_dir,
            &format!("{id}.bundle.json"),
            &(fhir::to_pretty_json(&fhir::bundle(catalog, &a, &t).unwrap()) + "\n"),
        );
        for tag in LANGS {
            let locale = loc.negotiate(tag).unwrap();
            let r = Report::new(catalog, loc, &locale, &t).unwrap();
            write(
                &out.join("report"),
                &format!("{id}.{tag}.json"),
                &r.to_json(),
            );
            let cards = cds_hooks::response(catalog, loc, &locale, &t).unwrap();
            write(
                &out.join("cds-hooks"),
                &format!("{id}.{tag}.json"),
                &pretty(&cards),
            );
        }
        n += 1;
    }
    assert!(n >= 200, "{n} vignettes");
    println!(
        "wrote the interop output of {n} vignettes to {}",
        out.display()
    );
}
