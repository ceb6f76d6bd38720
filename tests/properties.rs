//! Clinical safety as tested properties, over generated assessments.

use lowback::{
    Answer, Assessment, Catalog, Disposition, Finding, FindingSource, LegWeakness, Localizer,
    Location, Onset, RED_FLAG_SCREEN, Report, RuleKind, Sex, Sides, Trauma, Trend, Triage,
};
use proptest::prelude::*;

fn direct_findings() -> Vec<Finding> {
    Finding::ALL
        .iter()
        .copied()
        .filter(|f| f.source() == FindingSource::Direct)
        .collect()
}

/// Findings that take part in a red-flag rule and are answered directly.
fn red_flag_findings() -> Vec<Finding> {
    let mut v: Vec<Finding> = Catalog::builtin()
        .rules()
        .iter()
        .filter(|r| r.kind == RuleKind::RedFlag)
        .flat_map(|r| r.all.union(r.any).iter())
        .filter(|f| f.source() == FindingSource::Direct)
        .collect();
    v.sort();
    v.dedup();
    v
}

fn answer() -> impl Strategy<Value = Answer> {
    prop_oneof![Just(Answer::Yes), Just(Answer::No), Just(Answer::Unknown)]
}

fn pick<T: Clone + std::fmt::Debug + 'static>(
    all: &'static [T],
) -> impl Strategy<Value = Option<T>> {
    proptest::option::of(proptest::sample::select(all))
}

prop_compose! {
    fn assessment()(
        age in proptest::option::of(0u16..=120),
        sex in pick(Sex::ALL),
        duration in proptest::option::of(0u32..=3000),
        onset in pick(Onset::ALL),
        locations in proptest::option::of(proptest::sample::subsequence(Location::ALL.to_vec(), 0..=7)),
        sides in pick(Sides::ALL),
        severity in proptest::option::of(0u8..=10),
        trend in pick(Trend::ALL),
        weakness in pick(LegWeakness::ALL),
        trauma in pick(Trauma::ALL),
        stiffness in proptest::option::of(0u16..=200),
        answers in proptest::collection::vec(answer(), direct_findings().len()),
    ) -> Assessment {
        let mut b = Assessment::builder();
        if let Some(v) = age { b = b.age(v); }
        if let Some(v) = sex { b = b.sex(v); }
        if let Some(v) = duration { b = b.duration_days(v); }
        if let Some(v) = onset { b = b.onset(v); }
        let has_locations = locations.as_ref().is_some_and(|l| !l.is_empty());
        if let Some(v) = locations { b = b.pain_locations(v); }
        if let Some(v) = sides.filter(|_| has_locations) { b = b.pain_sides(v); }
        if let Some(v) = severity { b = b.severity(v); }
        if let Some(v) = trend { b = b.trend(v); }
        if let Some(v) = weakness { b = b.leg_weakness(v); }
        if let Some(v) = trauma { b = b.trauma(v); }
        if let Some(v) = stiffness { b = b.morning_stiffness_minutes(v); }
        for (f, a) in direct_findings().into_iter().zip(answers) {
            b = b.finding(f, a);
        }
        // Contradictory combinations are rejected by design; fall back to a valid variant.
        b.clone().build().or_else(|_| b.sex(Sex::Female).trauma(Trauma::Minor).age(30).build()).unwrap_or_default()
    }
}

fn triage(a: &Assessment) -> Option<Triage> {
    Catalog::builtin().triage(a).ok()
}

fn with(a: &Assessment, f: Finding, ans: Answer) -> Option<Assessment> {
    let mut json: serde_json::Value = serde_json::from_str(&a.to_json()).ok()?;
    json.as_object_mut()?
        .entry("findings")
        .or_insert_with(|| serde_json::json!({}))[f.as_str()] = serde_json::json!(match ans {
        Answer::Yes => "yes",
        Answer::No => "no",
        Answer::Unknown => "unknown",
    });
    Assessment::from_json(&json.to_string()).ok()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, .. ProptestConfig::default() })]

    #[test]
    fn adding_a_red_flag_finding_never_lowers_the_disposition(a in assessment(), i in 0usize..64) {
        let flags = red_flag_findings();
        let f = flags[i % flags.len()];
        let Some(before) = triage(&a) else { return Ok(()) };
        let Some(b) = with(&a, f, Answer::Yes) else { return Ok(()) };
        let after = triage(&b).expect("non-empty");
        prop_assert!(after.disposition >= before.disposition, "{f}: {:?} -> {:?}", before.disposition, after.disposition);
    }

    #[test]
    fn any_fired_red_flag_gives_at_least_urgent(a in assessment()) {
        if let Some(t) = triage(&a) {
            if t.fired.iter().any(|r| r.kind == RuleKind::RedFlag) {
                prop_assert!(t.disposition >= Disposition::Urgent);
            }
            for r in &t.fired {
                prop_assert!(t.disposition >= r.disposition);
            }
        }
    }

    #[test]
    fn triage_is_deterministic(a in assessment()) {
        let catalog = Catalog::builtin();
        prop_assert_eq!(catalog.triage(&a), catalog.triage(&a.clone()));
    }

    #[test]
    fn assessment_and_triage_round_trip_through_json(a in assessment()) {
        let back = Assessment::from_json(&a.to_json()).expect("own JSON parses");
        prop_assert_eq!(&back, &a);
        let via_serde: Assessment = serde_json::from_str(&serde_json::to_string(&a).unwrap()).unwrap();
        prop_assert_eq!(&via_serde, &a);
        if let Some(t) = triage(&a) {
            let json = serde_json::to_string(&t).unwrap();
            let t2: Triage = serde_json::from_str(&json).unwrap();
            prop_assert_eq!(t, t2);
        }
    }

    #[test]
    fn unknown_red_flag_answers_never_give_complete_self_care(a in assessment(), i in 0usize..64) {
        // Make one red-flag screening question unknown: the outcome must not be a confident
        // self-care (either incomplete, or not self-care).
        let f = RED_FLAG_SCREEN[i % RED_FLAG_SCREEN.len()];
        let Some(b) = with(&a, f, Answer::Unknown) else { return Ok(()) };
        if let Some(t) = triage(&b) {
            prop_assert!(t.disposition > Disposition::SelfCare || t.complete);
            if !t.complete {
                prop_assert!(t.disposition >= Disposition::SeeClinician);
            }
        }
    }

    #[test]
    fn no_advised_item_is_contraindicated(a in assessment()) {
        let catalog = Catalog::builtin();
        if let Some(t) = triage(&a) {
            let present = a.evidence().yes();
            for id in &t.exercises {
                let x = catalog.exercise(*id).unwrap();
                prop_assert!(x.contraindications.intersection(present).is_empty(), "{id} contraindicated");
            }
            for id in &t.care {
                let x = catalog.care_option(*id).unwrap();
                prop_assert!(x.contraindications.intersection(present).is_empty(), "{id} contraindicated");
            }
            if t.disposition >= Disposition::Urgent {
                prop_assert!(t.exercises.is_empty());
            }
            if t.disposition < Disposition::Emergency {
                prop_assert!(!t.safety_net.is_empty());
            }
        }
    }

    #[test]
    fn reports_render_in_both_languages_without_errors(a in assessment()) {
        let loc = Localizer::builtin();
        if let Some(t) = triage(&a) {
            for tag in ["en", "fr", "fr-CA"] {
                let locale = loc.negotiate(tag).unwrap();
                let r = Report::new(Catalog::builtin(), loc, &locale, &t).expect("renders");
                prop_assert!(r.fallbacks.is_empty(), "{tag} fell back for {:?}", r.fallbacks);
                let text = r.to_text();
                prop_assert!(!text.contains(['\u{2068}', '\u{2069}']), "isolation marks in {}", tag);
                prop_assert!(!text.contains("{$") && !text.contains("{ $"), "unresolved placeable in {tag}");
            }
        }
    }
}
