//! Send + Sync of the public types, and identical results on one thread or four sharing one
//! catalog and localizer.

use std::sync::Arc;

use lowback::{Assessment, Catalog, Localizer, Report};

fn assert_send_sync<T: Send + Sync>() {}

#[test]
fn public_types_are_send_and_sync() {
    assert_send_sync::<lowback::Catalog>();
    assert_send_sync::<lowback::Localizer>();
    assert_send_sync::<lowback::ContentPack>();
    assert_send_sync::<lowback::Locale>();
    assert_send_sync::<lowback::Assessment>();
    assert_send_sync::<lowback::Triage>();
    assert_send_sync::<lowback::Report>();
    assert_send_sync::<lowback::Error>();
    assert_send_sync::<lowback::ContentError>();
    assert_send_sync::<lowback::InputError>();
    assert_send_sync::<lowback::LocaleError>();
    assert_send_sync::<lowback::RenderError>();
    assert_send_sync::<lowback::Condition>();
    assert_send_sync::<lowback::Rule>();
    assert_send_sync::<lowback::Exercise>();
    assert_send_sync::<lowback::Reference>();
    assert_send_sync::<lowback::Finding>();
    assert_send_sync::<lowback::FindingId>();
    assert_send_sync::<lowback::Question>();
}

/// A deterministic stream of varied assessments (a tiny LCG over the vignettes' answers).
fn cases(n: usize) -> Vec<Assessment> {
    let fixtures: Vec<serde_json::Value> =
        serde_json::from_str(include_str!("fixtures/vignettes.json")).expect("fixture");
    let base: Vec<serde_json::Value> = fixtures
        .into_iter()
        .map(|c| c["assessment"].clone())
        .collect();
    let mut seed: u64 = 0x5eed;
    let mut out = Vec::with_capacity(n);
    while out.len() < n {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        let mut a = base[(seed >> 33) as usize % base.len()].clone();
        if let Some(f) = a.get_mut("findings").and_then(|f| f.as_object_mut()) {
            let keys: Vec<String> = f.keys().cloned().collect();
            if !keys.is_empty() {
                let k = &keys[(seed >> 17) as usize % keys.len()];
                f.insert(
                    k.clone(),
                    serde_json::json!(["yes", "no", "unknown"][(seed >> 7) as usize % 3]),
                );
            }
        }
        if let Ok(a) = Assessment::from_json(&a.to_string()) {
            out.push(a);
        }
    }
    out
}

fn run(catalog: &Catalog, loc: &Localizer, a: &Assessment, tag: &str) -> String {
    let t = catalog.triage(a).expect("triage");
    let locale = loc.negotiate(tag).expect("locale");
    let r = Report::new(catalog, loc, &locale, &t).expect("report");
    format!("{}\n{}", serde_json::to_string(&t).unwrap(), r.to_text())
}

#[test]
fn four_threads_sharing_one_catalog_and_localizer_agree_with_one_thread() {
    let pack = lowback::ContentPack::builtin();
    let catalog = Arc::new(Catalog::from_pack(&pack).unwrap());
    let loc = Arc::new(Localizer::from_pack(&pack).unwrap());
    let inputs = Arc::new(cases(2000));
    let tags = ["en", "fr", "fr-CA", "en-GB"];
    let single: Vec<String> = inputs
        .iter()
        .enumerate()
        .map(|(i, a)| run(&catalog, &loc, a, tags[i % tags.len()]))
        .collect();
    let handles: Vec<_> = (0..4)
        .map(|k| {
            let (catalog, loc, inputs) =
                (Arc::clone(&catalog), Arc::clone(&loc), Arc::clone(&inputs));
            std::thread::spawn(move || {
                inputs
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| i % 4 == k)
                    .map(|(i, a)| (i, run(&catalog, &loc, a, tags[i % tags.len()])))
                    .collect::<Vec<_>>()
            })
        })
        .collect();
    let mut seen = 0;
    for h in handles {
        for (i, out) in h.join().expect("thread") {
            assert_eq!(out, single[i], "case {i} differs across threads");
            seen += 1;
        }
    }
    assert_eq!(seen, inputs.len());
}
