//! Development vignettes (tests/fixtures/vignettes.json), written from the clinical evidence
//! notes independently of the rules: exact accuracy, under- and over-triage, red-flag recall and
//! top-3 condition hits. The safety figures are hard requirements; accuracy has a floor so that a
//! regression fails the build.

use lowback::{Assessment, Catalog, ConditionId, Disposition, RedFlagId};
use serde::Deserialize;

#[derive(Deserialize)]
struct Case {
    id: String,
    assessment: serde_json::Value,
    expected: Expected,
}

#[derive(Deserialize)]
struct Expected {
    disposition: Disposition,
    #[serde(default)]
    acceptable: Vec<Disposition>,
    red_flags: Vec<RedFlagId>,
    top_conditions: Vec<ConditionId>,
    #[serde(default)]
    incomplete: bool,
}

#[derive(Default, Debug)]
struct Scores {
    n: usize,
    exact: usize,
    acceptable: usize,
    under: usize,
    over: usize,
    emergency_n: usize,
    emergency_hit: usize,
    flags_expected: usize,
    flags_found: usize,
    cond_cases: usize,
    cond_top3: usize,
    cond_top1: usize,
    incomplete_ok: usize,
    incomplete_n: usize,
    failures: Vec<String>,
}

fn cases() -> Vec<Case> {
    serde_json::from_str(include_str!("fixtures/vignettes.json")).expect("fixture parses")
}

fn score() -> Scores {
    let catalog = Catalog::builtin();
    let mut s = Scores::default();
    for c in cases() {
        let a = Assessment::from_json(&c.assessment.to_string())
            .unwrap_or_else(|e| panic!("{}: {e}", c.id));
        let t = catalog
            .triage(&a)
            .unwrap_or_else(|e| panic!("{}: {e}", c.id));
        let e = &c.expected;
        s.n += 1;
        if t.disposition == e.disposition {
            s.exact += 1;
        }
        if t.disposition == e.disposition || e.acceptable.contains(&t.disposition) {
            s.acceptable += 1;
        } else if t.disposition < e.disposition {
            s.under += 1;
            s.failures.push(format!(
                "{} UNDER: got {}, expected {}",
                c.id, t.disposition, e.disposition
            ));
        } else {
            s.over += 1;
            s.failures.push(format!(
                "{} over: got {}, expected {}",
                c.id, t.disposition, e.disposition
            ));
        }
        if e.disposition == Disposition::Emergency {
            s.emergency_n += 1;
            if t.disposition == Disposition::Emergency {
                s.emergency_hit += 1;
            }
        }
        for f in &e.red_flags {
            s.flags_expected += 1;
            if t.fired.iter().any(|r| r.red_flag == Some(*f)) {
                s.flags_found += 1;
            } else {
                s.failures.push(format!("{} missed red flag {f}", c.id));
            }
        }
        if !e.top_conditions.is_empty() {
            s.cond_cases += 1;
            let top: Vec<_> = t.conditions.iter().take(3).map(|m| m.condition).collect();
            if top.iter().any(|c| e.top_conditions.contains(c)) {
                s.cond_top3 += 1;
            } else {
                s.failures.push(format!(
                    "{} conditions: got {top:?}, expected one of {:?}",
                    c.id, e.top_conditions
                ));
            }
            if top.first().is_some_and(|c| e.top_conditions.contains(c)) {
                s.cond_top1 += 1;
            }
        }
        if e.incomplete {
            s.incomplete_n += 1;
            if !t.complete {
                s.incomplete_ok += 1;
            }
        }
    }
    s
}

#[allow(clippy::cast_precision_loss)]
fn pct(a: usize, b: usize) -> f64 {
    if b == 0 {
        100.0
    } else {
        100.0 * a as f64 / b as f64
    }
}

#[test]
fn vignette_scores() {
    let s = score();
    println!("vignettes: {}", s.n);
    println!(
        "exact disposition accuracy: {}/{} = {:.1}%",
        s.exact,
        s.n,
        pct(s.exact, s.n)
    );
    println!(
        "accuracy allowing acceptable alternatives: {}/{} = {:.1}%",
        s.acceptable,
        s.n,
        pct(s.acceptable, s.n)
    );
    println!(
        "under-triage: {} ({:.1}%), over-triage: {} ({:.1}%)",
        s.under,
        pct(s.under, s.n),
        s.over,
        pct(s.over, s.n)
    );
    println!(
        "emergency sensitivity: {}/{}",
        s.emergency_hit, s.emergency_n
    );
    println!("red-flag recall: {}/{}", s.flags_found, s.flags_expected);
    println!(
        "conditions: top-1 {}/{}, top-3 {}/{}",
        s.cond_top1, s.cond_cases, s.cond_top3, s.cond_cases
    );
    println!(
        "incomplete cases marked incomplete: {}/{}",
        s.incomplete_ok, s.incomplete_n
    );
    for f in &s.failures {
        println!("  {f}");
    }
    assert!(s.n >= 40, "at least 40 vignettes");
    // Safety: no under-triage, every emergency found, every expected red flag fires.
    assert_eq!(s.under, 0, "under-triage must be zero");
    assert_eq!(
        s.emergency_hit, s.emergency_n,
        "every emergency vignette is an emergency"
    );
    assert_eq!(
        s.flags_found, s.flags_expected,
        "red-flag recall must be 100%"
    );
    assert_eq!(s.incomplete_ok, s.incomplete_n);
    // Regression floors (the measured figures are in the issue notes).
    assert!(pct(s.acceptable, s.n) >= 85.0, "accuracy fell below 85%");
    assert!(
        pct(s.cond_top3, s.cond_cases) >= 80.0,
        "top-3 condition hits fell below 80%"
    );
}

#[test]
fn vignettes_cover_every_level_red_flag_and_condition() {
    let catalog = Catalog::builtin();
    let cases = cases();
    for level in Disposition::ALL {
        assert!(
            cases.iter().any(|c| c.expected.disposition == level),
            "no vignette for {level}"
        );
    }
    for flag in catalog.red_flags() {
        assert!(
            cases
                .iter()
                .any(|c| c.expected.red_flags.contains(&flag.id)),
            "no vignette for red flag {}",
            flag.id
        );
    }
    for cond in catalog.conditions() {
        assert!(
            cases
                .iter()
                .any(|c| c.expected.top_conditions.contains(&cond.id)),
            "no vignette for {}",
            cond.id
        );
    }
}
