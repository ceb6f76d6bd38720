//! Clinical safety as tested properties, over generated assessments (issue 8):
//! monotonicity (findings, ordinal upgrades, raised fields), red flags dominate, a screen "yes"
//! is never met with "no warning signs", withheld advice is never offered, a complete outcome
//! cannot be raised by any answer to its unanswered questions, determinism, JSON round trips
//! and rendering.

use lowback::{
    Answer, Assessment, Catalog, Disposition, Field, FieldKind, FindingId, FindingSource,
    Localizer, Report, RuleKind, Triage,
};
use proptest::prelude::*;
use serde_json::{Value, json};

fn catalog() -> &'static Catalog {
    Catalog::builtin()
}

/// Findings a person answers, with the answers each takes besides "unknown".
fn asked() -> Vec<(FindingId, Vec<String>)> {
    catalog()
        .findings()
        .iter()
        .filter_map(|f| match &f.source {
            FindingSource::Direct => Some((f.id, vec!["yes".into(), "no".into()])),
            FindingSource::Ordinal { levels } => Some((
                f.id,
                std::iter::once("no".to_owned())
                    .chain(levels.iter().map(|l| l.as_str().to_owned()))
                    .collect(),
            )),
            _ => None,
        })
        .collect()
}

/// A value for a field: `None` not asked, `Some(Unknown)`, or a value.
fn field_value(field: Field, pick: u32, present: u8) -> Option<Value> {
    match present % 5 {
        0 => return None,
        1 => return Some(json!("unknown")),
        _ => {}
    }
    Some(match field.kind() {
        FieldKind::Number { min, max } => {
            // Favour small and threshold-crossing values.
            let span = u32::try_from((max - min).min(200)).unwrap();
            json!(min + i64::from(pick % (span + 1)))
        }
        FieldKind::Choice => {
            let o = field.options();
            json!(o[pick as usize % o.len()])
        }
        _ => {
            let o = field.options();
            let mut v: Vec<&str> = o
                .iter()
                .enumerate()
                .filter(|(i, _)| pick & (1 << i) != 0)
                .map(|(_, s)| *s)
                .collect();
            if v.is_empty() {
                v.push(o[0]);
            }
            json!(v)
        }
    })
}

prop_compose! {
    fn assessment()(
        fields in proptest::collection::vec((any::<u32>(), any::<u8>()), Field::ALL.len()),
        answers in proptest::collection::vec((0u8..5, any::<u8>()), asked().len()),
    ) -> Assessment {
        let mut obj = serde_json::Map::new();
        for (f, (pick, present)) in Field::ALL.iter().zip(fields) {
            if let Some(v) = field_value(*f, pick, present) {
                obj.insert(f.as_str().to_owned(), v);
            }
        }
        let mut findings = serde_json::Map::new();
        for ((id, values), (mode, k)) in asked().into_iter().zip(answers) {
            // Red-flag screen answers lean towards "no", so that low outcomes are reachable.
            let v = match mode {
                0 => continue,
                1 => "unknown".to_owned(),
                2 | 3 => values[0].clone().replace("yes", "no"),
                _ => values[usize::from(k) % values.len()].clone(),
            };
            findings.insert(id.to_string(), json!(v));
        }
        obj.insert("findings".into(), Value::Object(findings));
        // Contradictory combinations are refused by design; drop the fields that clash.
        let json = Value::Object(obj.clone()).to_string();
        Assessment::from_json(&json).or_else(|_| {
            for k in ["pregnancy", "pregnancy_weeks", "hip_replacement_years", "onset"] {
                obj.remove(k);
            }
            Assessment::from_json(&Value::Object(obj).to_string())
        }).unwrap_or_default()
    }
}

fn triage(a: &Assessment) -> Option<Triage> {
    catalog().triage(a).ok()
}

/// The assessment with one JSON key changed (a field, or `findings.<id>`).
fn with(a: &Assessment, key: &str, v: Value) -> Option<Assessment> {
    let mut json: Value = serde_json::from_str(&a.to_json()).ok()?;
    let obj = json.as_object_mut()?;
    match key.strip_prefix("findings.") {
        Some(id) => {
            obj.entry("findings").or_insert_with(|| json!({}))[id] = v;
        }
        None => {
            obj.insert(key.to_owned(), v);
        }
    }
    Assessment::from_json(&json.to_string()).ok()
}

fn prop_not_lower(a: &Assessment, b: Option<Assessment>, what: &str) -> Result<(), TestCaseError> {
    let (Some(before), Some(b)) = (triage(a), b) else {
        return Ok(());
    };
    let Some(after) = triage(&b) else {
        return Ok(());
    };
    prop_assert!(
        after.disposition >= before.disposition,
        "{what}: {:?} -> {:?}\n{}",
        before.disposition,
        after.disposition,
        a.to_json()
    );
    Ok(())
}

/// Every answer that a pending question could get: each value of each unanswered field (and
/// "unknown"), each answer of each unanswered finding.
fn answers_to(a: &Assessment, questions: &[lowback::Question]) -> Vec<Assessment> {
    let mut out = Vec::new();
    for q in questions.iter().copied() {
        match q {
            lowback::Question::Field(f) => {
                let values: Vec<Value> = match f.kind() {
                    FieldKind::Number { min, max } => {
                        let mut v: Vec<i64> = (min..=max.min(min + 130)).collect();
                        v.push(max);
                        v.into_iter().map(|n| json!(n)).collect()
                    }
                    FieldKind::Choice => f.options().iter().map(|o| json!(o)).collect(),
                    FieldKind::MultiChoice => f
                        .options()
                        .iter()
                        .map(|o| json!([o]))
                        .chain(std::iter::once(json!(f.options())))
                        .collect(),
                    _ => Vec::new(),
                };
                for v in values {
                    out.extend(with(a, f.as_str(), v));
                }
            }
            lowback::Question::Finding(id) => {
                for (fid, values) in asked() {
                    if fid == id {
                        for v in values {
                            out.extend(with(a, &format!("findings.{id}"), json!(v)));
                        }
                    }
                }
            }
            lowback::Question::Checklist(c) => {
                for id in catalog().checklist(c) {
                    out.extend(answers_to(a, &[lowback::Question::Finding(id)]));
                }
            }
        }
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 384, .. ProptestConfig::default() })]

    #[test]
    fn answering_any_finding_yes_never_lowers_the_disposition(a in assessment(), i in 0usize..512) {
        let all = asked();
        let (id, values) = &all[i % all.len()];
        // "yes" for a direct finding, the highest level for an ordinal one.
        let top = values.iter().rev().find(|v| *v != "no").cloned().unwrap_or_else(|| "yes".into());
        prop_not_lower(&a, with(&a, &format!("findings.{id}"), json!(top)), id.as_str())?;
    }

    #[test]
    fn upgrading_an_ordinal_answer_never_lowers_the_disposition(a in assessment()) {
        for (id, values) in asked().into_iter().filter(|(_, v)| v.len() > 2) {
            let mut prev = with(&a, &format!("findings.{id}"), json!("no"));
            for v in values.iter().skip(1) {
                let next = with(&a, &format!("findings.{id}"), json!(v));
                if let Some(p) = &prev {
                    prop_not_lower(p, next.clone(), &format!("{id} -> {v}"))?;
                }
                prev = next;
            }
        }
    }

    #[test]
    fn raising_an_ordered_field_never_lowers_the_disposition(a in assessment()) {
        for f in Field::ALL.into_iter().filter(|f| f.is_ordered()) {
            match f.kind() {
                FieldKind::Number { min, max } => {
                    let mut prev = with(&a, f.as_str(), json!(min));
                    for n in (min + 1)..=max {
                        let next = with(&a, f.as_str(), json!(n));
                        if let Some(p) = &prev { prop_not_lower(p, next.clone(), f.as_str())?; }
                        prev = next;
                    }
                }
                FieldKind::Choice => {
                    let o = f.options();
                    for w in o.windows(2) {
                        if let Some(p) = with(&a, f.as_str(), json!(w[0])) {
                            prop_not_lower(&p, with(&a, f.as_str(), json!(w[1])), f.as_str())?;
                        }
                    }
                }
                _ => {
                    // Adding a place never lowers the outcome.
                    let o = f.options();
                    let base = a.pain_locations().map(|v| v.iter().map(|l| l.as_str()).collect::<Vec<_>>()).unwrap_or_default();
                    if base.is_empty() { continue; }
                    for extra in o {
                        let mut more = base.clone();
                        if !more.contains(extra) { more.push(extra); }
                        prop_not_lower(&a, with(&a, f.as_str(), json!(more)), extra)?;
                    }
                }
            }
        }
    }

    #[test]
    fn red_flags_dominate(a in assessment()) {
        if let Some(t) = triage(&a) {
            if t.fired.iter().any(|r| r.kind == RuleKind::RedFlag) {
                prop_assert!(t.disposition >= Disposition::Urgent);
            }
            for r in &t.fired {
                prop_assert!(Some(t.disposition) >= r.disposition);
            }
        }
    }

    #[test]
    fn a_screen_yes_is_never_met_with_no_warning_signs(a in assessment()) {
        let Some(t) = triage(&a) else { return Ok(()) };
        let ev = catalog().evidence(&a).unwrap();
        for f in catalog().findings().iter().filter(|f| f.screen) {
            if ev.get(f.id) == Answer::Yes {
                let explained = t.fired.iter().any(|r| r.triggers.contains(&f.id));
                prop_assert!(explained || t.flags_without_rule.contains(&f.id), "{} yes, unexplained", f.id);
            }
        }
        if !t.flags_without_rule.is_empty() || t.fired.iter().any(|r| r.kind == RuleKind::RedFlag) {
            let loc = Localizer::builtin();
            let en = loc.negotiate("en").unwrap();
            let no_flags = loc.message(&en, "report-no-flags", None, &[]).unwrap();
            let text = Report::new(catalog(), loc, &en, &t).unwrap().to_text();
            prop_assert!(!text.contains(&no_flags));
        }
    }

    #[test]
    fn withheld_or_contraindicated_advice_is_never_offered(a in assessment()) {
        let c = catalog();
        let Some(t) = triage(&a) else { return Ok(()) };
        let ev = c.evidence(&a).unwrap();
        let fired_withhold: Vec<_> = t.fired.iter()
            .flat_map(|r| c.rule(r.rule).unwrap().withhold.iter().map(|w| w.as_str().to_owned()))
            .collect();
        for id in &t.exercises {
            let x = c.exercise(*id).unwrap();
            prop_assert!(x.contraindications.iter().all(|f| ev.get(*f) != Answer::Yes), "{id} contraindicated");
            prop_assert!(!fired_withhold.iter().any(|w| w == id.as_str() || x.tags.iter().any(|t| t.as_str() == w)), "{id} withheld");
        }
        for id in &t.care {
            let x = c.care_option(*id).unwrap();
            prop_assert!(x.contraindications.iter().all(|f| ev.get(*f) != Answer::Yes), "{id} contraindicated");
            prop_assert!(!fired_withhold.iter().any(|w| w == id.as_str() || x.tags.iter().any(|t| t.as_str() == w)), "{id} withheld");
        }
        for id in &t.tips {
            let x = c.tip(*id).unwrap();
            prop_assert!(x.contraindications.iter().all(|f| ev.get(*f) != Answer::Yes), "{id} contraindicated");
            prop_assert!(!fired_withhold.iter().any(|w| w == id.as_str() || x.tags.iter().any(|t| t.as_str() == w)), "{id} withheld");
        }
        if t.disposition >= Disposition::Urgent {
            prop_assert!(t.exercises.is_empty() && t.care.is_empty());
        }
        if t.disposition < Disposition::Emergency {
            prop_assert!(!t.safety_net.is_empty());
        }
        // No caution about advice that is withheld: a rule whose tags are all withheld is set
        // aside (`unless_withheld`).
        for r in &t.fired {
            let tags = &c.rule(r.rule).unwrap().unless_withheld;
            prop_assert!(tags.is_empty() || !tags.iter().all(|w| fired_withhold.iter().any(|f| f == w.as_str())), "{} not set aside", r.rule);
        }
    }

    #[test]
    fn an_unanswered_red_flag_question_never_gives_confident_self_care(a in assessment(), i in 0usize..64) {
        let screen: Vec<FindingId> = catalog().findings().iter().filter(|f| f.screen).map(|f| f.id).collect();
        let f = screen[i % screen.len()];
        let Some(b) = with(&a, &format!("findings.{f}"), json!("unknown")) else { return Ok(()) };
        if let Some(t) = triage(&b) {
            prop_assert!(t.disposition > Disposition::SelfCare || t.complete);
        }
    }

    #[test]
    fn triage_is_deterministic(a in assessment()) {
        prop_assert_eq!(catalog().triage(&a), catalog().triage(&a.clone()));
    }

    #[test]
    fn assessment_and_triage_round_trip_through_json(a in assessment()) {
        let back = Assessment::from_json(&a.to_json()).expect("own JSON parses");
        prop_assert_eq!(&back, &a);
        let via_serde: Assessment = serde_json::from_str(&serde_json::to_string(&a).unwrap()).unwrap();
        prop_assert_eq!(&via_serde, &a);
        if let Some(t) = triage(&a) {
            let t2: Triage = serde_json::from_str(&t.to_json()).unwrap();
            prop_assert_eq!(t, t2);
        }
    }

    #[test]
    fn reports_render_without_errors(a in assessment()) {
        let loc = Localizer::builtin();
        if let Some(t) = triage(&a) {
            for tag in ["en", "fr", "fr-CA"] {
                let locale = loc.negotiate(tag).unwrap();
                let r = Report::new(catalog(), loc, &locale, &t).expect("renders");
                prop_assert!(r.fallbacks.is_empty(), "{tag} fell back for {:?}", r.fallbacks);
                let text = r.to_text();
                prop_assert!(!text.contains(['\u{2068}', '\u{2069}']), "isolation marks in {}", tag);
                prop_assert!(!text.contains("{$") && !text.contains("{ $"), "unresolved placeable in {tag}");
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, .. ProptestConfig::default() })]

    #[test]
    fn a_complete_outcome_cannot_be_raised_by_any_pending_answer(a in assessment()) {
        let Some(t) = triage(&a) else { return Ok(()) };
        if !t.complete {
            // Then each pending answer may raise it; nothing to prove. But the list of pending
            // questions must be non-empty, or "incomplete" would be a lie.
            prop_assert!(!t.unanswered.is_empty());
            return Ok(());
        }
        // Complete: answering anything still unknown, any way, never raises the outcome.
        let ev = catalog().evidence(&a).unwrap();
        let mut tried = 0;
        for (id, values) in asked() {
            if ev.get(id) != Answer::Unknown { continue; }
            for v in values {
                if let Some(b) = with(&a, &format!("findings.{id}"), json!(v)) {
                    if let Some(t2) = triage(&b) {
                        prop_assert!(t2.disposition <= t.disposition, "{id} = {v} raised a complete {:?} to {:?}", t.disposition, t2.disposition);
                        tried += 1;
                    }
                }
            }
        }
        for f in Field::ALL {
            if a.has_field(f) { continue; }
            for b in answers_to(&a, &[lowback::Question::Field(f)]) {
                if let Some(t2) = triage(&b) {
                    prop_assert!(t2.disposition <= t.disposition, "{f} raised a complete {:?} to {:?}", t.disposition, t2.disposition);
                    tried += 1;
                }
            }
        }
        let _ = tried;
    }
}

/// The answer that makes safety-net sign `f` present, as a key and value of the assessment:
/// `None` for a derived sign whose test several values pass (a value then brings more than the
/// sign), or a numeric one.
fn answer_making_present(f: &lowback::Finding) -> Option<(String, Value)> {
    match &f.source {
        FindingSource::Direct => Some((format!("findings.{}", f.id), json!("yes"))),
        FindingSource::Level { of, from } => Some((format!("findings.{of}"), json!(from.as_str()))),
        FindingSource::Derived {
            field,
            test: lowback::Test::Is(values),
        } if values.len() == 1 => Some((field.as_str().to_owned(), json!(values[0]))),
        _ => None,
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 160, .. ProptestConfig::default() })]

    /// The report sends people to the emergency department for the warning signs of
    /// `safety_net_emergency`, and to same-day care for the others: each must say what the
    /// rules say once the sign appears, with this person's other answers.
    #[test]
    fn a_warning_sign_is_an_emergency_exactly_when_the_rules_make_it_one(a in assessment()) {
        let Some(t) = triage(&a) else { return Ok(()) };
        if t.disposition == Disposition::Emergency {
            prop_assert!(t.safety_net.is_empty() && t.safety_net_emergency.is_empty());
            return Ok(());
        }
        let ev = catalog().evidence(&a).unwrap();
        for id in t.safety_net.iter() {
            prop_assert!(catalog().finding(*id).is_some());
            if ev.get(*id) == Answer::Yes {
                continue;
            }
            let Some(f) = catalog().finding(*id) else { continue };
            let Some((key, value)) = answer_making_present(f) else { continue };
            let Some(b) = with(&a, &key, value.clone()) else { continue };
            let Some(t2) = triage(&b) else { continue };
            let emergency = t.safety_net_emergency.contains(id);
            prop_assert_eq!(
                t2.disposition == Disposition::Emergency,
                emergency,
                "{} ({} = {}): listed as {} but gives {:?}\n{}",
                id, key, value, if emergency { "an emergency" } else { "same-day" },
                t2.disposition, a.to_json()
            );
        }
    }
}

/// The same property on the development vignettes, which reach the low outcomes that random
/// answers rarely do: every sign of every non-emergency case is set in turn.
#[test]
fn a_warning_sign_is_an_emergency_exactly_when_the_rules_make_it_one_in_the_vignettes() {
    let cases: Vec<Value> =
        serde_json::from_str(include_str!("fixtures/vignettes.json")).expect("fixture parses");
    let (mut tried, mut in_context) = (0, 0);
    for c in &cases {
        let a = Assessment::from_json(&c["assessment"].to_string()).expect("vignette parses");
        let t = triage(&a).expect("vignette triages");
        if t.disposition == Disposition::Emergency {
            continue;
        }
        let ev = catalog().evidence(&a).unwrap();
        for id in t.safety_net.iter() {
            let f = catalog().finding(*id).unwrap();
            let (Some((key, value)), false) =
                (answer_making_present(f), ev.get(*id) == Answer::Yes)
            else {
                continue;
            };
            let Some(t2) = with(&a, &key, value.clone()).and_then(|b| triage(&b)) else {
                continue;
            };
            let emergency = t.safety_net_emergency.contains(id);
            assert_eq!(
                t2.disposition == Disposition::Emergency,
                emergency,
                "{}: {id} ({key} = {value}) listed as {} but gives {:?}",
                c["id"],
                if emergency {
                    "an emergency"
                } else {
                    "same-day"
                },
                t2.disposition
            );
            tried += 1;
            // An emergency on its own, for someone who answered nothing else?
            let alone = with(&Assessment::default(), &key, value.clone())
                .and_then(|b| triage(&b))
                .is_some_and(|t| t.disposition == Disposition::Emergency);
            if emergency && !alone {
                in_context += 1;
            }
        }
    }
    assert!(tried > 500, "only {tried} signs tried");
    assert!(in_context > 0, "no sign was an emergency in context only");
    println!(
        "{tried} signs set in non-emergency vignettes; {in_context} an emergency in context only"
    );
}
