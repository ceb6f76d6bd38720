//! Content integrity of the builtin pack: counts, links, codes, citations, and the two
//! languages defining the same messages and variables, every one rendering without error.

mod common;

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;
use lowback::{Arg, Catalog, ContentPack, FindingId, Localizer, RuleKind};

const LOCALES: [&str; 6] = ["en", "en-GB", "en-US", "en-CA", "fr", "fr-CA"];

fn ftl_files(locale: &str) -> Vec<(String, String)> {
    let dir = format!("{}/locales/{locale}", env!("CARGO_MANIFEST_DIR"));
    let mut v: Vec<_> = std::fs::read_dir(&dir)
        .expect("locale dir")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .map(|p| {
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                std::fs::read_to_string(&p).unwrap(),
            )
        })
        .collect();
    v.sort();
    v
}

/// message id (with `.attr`) -> variables, for one locale.
fn messages(locale: &str) -> BTreeMap<String, BTreeSet<String>> {
    fn vars_in(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
        for el in &p.elements {
            if let ast::PatternElement::Placeable { expression } = el {
                expr(expression, out);
            }
        }
    }
    fn expr(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
        match e {
            ast::Expression::Inline(i) => inline(i, out),
            ast::Expression::Select { selector, variants } => {
                inline(selector, out);
                for v in variants {
                    vars_in(&v.value, out);
                }
            }
        }
    }
    fn inline(i: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
        match i {
            ast::InlineExpression::VariableReference { id } => {
                out.insert(id.name.to_owned());
            }
            ast::InlineExpression::Placeable { expression } => expr(expression, out),
            _ => {}
        }
    }
    let mut map = BTreeMap::new();
    for (name, text) in ftl_files(locale) {
        let res = fluent_syntax::parser::parse(text.as_str())
            .unwrap_or_else(|(_, e)| panic!("{locale}/{name}: {e:?}"));
        for entry in res.body {
            if let ast::Entry::Message(m) = entry {
                let mut vars = BTreeSet::new();
                if let Some(v) = &m.value {
                    vars_in(v, &mut vars);
                    map.insert(m.id.name.to_owned(), vars.clone());
                }
                for a in &m.attributes {
                    let mut av = BTreeSet::new();
                    vars_in(&a.value, &mut av);
                    map.insert(format!("{}.{}", m.id.name, a.id.name), av);
                }
            }
        }
    }
    map
}

#[test]
fn builtin_pack_validates_with_no_problem() {
    let pack = ContentPack::builtin();
    if let Err(e) = Catalog::from_pack(&pack) {
        panic!("{e}");
    }
    if let Err(e) = Localizer::from_pack(&pack) {
        panic!("{e}");
    }
}

#[test]
fn counts_and_required_content() {
    let c = Catalog::builtin();
    let en = messages("en");
    let fr = messages("fr");
    println!(
        "conditions {}, findings {}, red flags {}, rules {} ({} red-flag), exercises {}, care options {}, tips {}, facts {}, references {}, messages en {} fr {}",
        c.conditions().len(),
        c.findings().len(),
        c.red_flags().len(),
        c.rules().len(),
        c.rules()
            .iter()
            .filter(|r| r.kind == RuleKind::RedFlag)
            .count(),
        c.exercises().len(),
        c.care_options().len(),
        c.tips().len(),
        c.facts().len(),
        c.references().len(),
        en.len(),
        fr.len()
    );
    assert!(
        c.conditions().len() >= 20,
        "the article's ten causes and issue 9's additions"
    );
    for id in [
        "greater_trochanteric_pain_syndrome",
        "femoroacetabular_impingement",
        "axial_spondyloarthritis",
        "pelvic_girdle_pain",
        "coccydynia",
        "spondylolisthesis",
        "osteoporotic_vertebral_fracture",
    ] {
        assert!(c.condition(id.parse().unwrap()).is_some(), "condition {id}");
    }
    assert!(
        c.findings().len() >= 67,
        "the vocabulary holds at least version 0.1's findings"
    );
    assert!(c.red_flags().len() >= 9);
    assert!(c.references().len() >= 17 + 20);
    assert_eq!(
        c.exercises().iter().filter(|x| x.from_article).count(),
        4,
        "the article's four exercises"
    );
    for cond in c.conditions() {
        assert!(
            cond.exercises.len() >= 2,
            "{} links fewer than two exercises",
            cond.id
        );
        assert!(!cond.icd10.is_empty());
    }
    assert!(c.tip("step_stool".parse().unwrap()).is_some());
    for id in [
        "activity_modification",
        "ice_or_heat",
        "otc_pain_relief",
        "gentle_movement",
        "physical_therapy",
        "healthy_eating",
        "stop_smoking",
        "massage",
        "meditation",
        "lifting_mechanics",
        "change_positions",
        "sitting_setup",
        "pain_counselling",
    ] {
        assert!(
            c.care_option(id.parse().unwrap()).is_some(),
            "care option {id}"
        );
    }
    // The article's 17 references are all present.
    for id in [
        "as_sanie_2012",
        "bedson_2008",
        "buchanan_2022_sacroiliitis",
        "acog_2020_pelvic_pain",
        "crawford_2016_massage",
        "dragan_2020_diet",
        "dydyk_2022_disc",
        "foran_2021_hip_oa",
        "kress_2015_holistic",
        "park_2021_low_back_pain",
        "lucas_2021_nchs",
        "mostofi_2015_sciatic",
        "cleveland_2021_pinched_nerve",
        "abbasi_2021_piriformis",
        "park_2022_preventing",
        "park_2021_sciatica",
        "ashar_2022_prt",
    ] {
        assert!(c.reference(id.parse().unwrap()).is_some(), "reference {id}");
    }
    assert!(c.fact("si_joint_share".parse().unwrap()).is_some());
}

#[test]
fn every_rule_is_cited_and_red_flags_are_at_least_urgent() {
    for r in Catalog::builtin().rules() {
        assert!(!r.provenance.references.is_empty(), "{}", r.id);
        if r.kind == RuleKind::RedFlag {
            assert!(
                r.disposition >= Some(lowback::Disposition::Urgent),
                "{}",
                r.id
            );
            assert!(r.red_flag.is_some());
        }
    }
}

#[test]
fn no_single_weak_flag_fires_a_rule_on_its_own() {
    // IFOMPT 2020, Downie 2013: age, night pain, weight loss and sex alone never escalate.
    let weak: Vec<FindingId> = [
        "age_50_or_over",
        "age_65_or_over",
        "age_70_or_over",
        "night_pain_unrelieved",
        "female",
    ]
    .iter()
    .map(|f| f.parse().unwrap())
    .collect();
    let catalog = Catalog::builtin();
    for r in catalog.rules().iter().filter(|r| r.escalates()) {
        // The rule's only way to fire is one weak flag: a single `all` finding, no group and
        // no score, or a group of one.
        let only: Vec<FindingId> = r
            .all
            .iter()
            .chain(r.groups.iter().flat_map(|g| &g.of))
            .copied()
            .collect();
        if only.len() == 1 && r.score.is_empty() {
            assert!(
                !weak.contains(&only[0]),
                "rule {} fires on the weak flag {} alone",
                r.id,
                only[0]
            );
        }
    }
}

#[test]
fn english_and_french_define_the_same_messages_and_variables() {
    let en = messages("en");
    let fr = messages("fr");
    let en_ids: BTreeSet<_> = en.keys().collect();
    let fr_ids: BTreeSet<_> = fr.keys().collect();
    assert_eq!(
        en_ids.difference(&fr_ids).collect::<Vec<_>>(),
        Vec::<&&String>::new(),
        "missing in fr"
    );
    assert_eq!(
        fr_ids.difference(&en_ids).collect::<Vec<_>>(),
        Vec::<&&String>::new(),
        "missing in en"
    );
    for (id, vars) in &en {
        assert_eq!(Some(vars), fr.get(id), "variables of {id}");
    }
    // Regional variants only override terms.
    for tag in ["fr-CA", "en-GB", "en-US", "en-CA"] {
        assert!(messages(tag).is_empty(), "{tag} overrides only terms");
    }
}

#[test]
fn every_message_renders_without_fluent_errors_in_every_locale() {
    let loc = Localizer::builtin();
    let en = messages("en");
    for tag in LOCALES {
        let locale = loc.negotiate(tag).unwrap();
        for (key, vars) in &en {
            let (id, attr) = match key.split_once('.') {
                Some((m, a)) => (m, Some(a)),
                None => (key.as_str(), None),
            };
            let args: Vec<(&str, Arg<'_>)> =
                vars.iter().map(|v| (v.as_str(), Arg::Number(2))).collect();
            let text = loc
                .message(&locale, id, attr, &args)
                .unwrap_or_else(|e| panic!("{tag}: {e}"));
            assert!(!text.trim().is_empty(), "{tag}: {key} is empty");
            assert!(
                !text.contains('\u{2068}') && !text.contains('\u{2069}'),
                "{tag}: {key} has isolation marks"
            );
            // No word of another region, in any message (tests/regions.rs checks whole reports).
            // A care setting's words name one region's service and are shown only where
            // data/care_settings.toml picks it (tests/care_settings.rs).
            if key.starts_with("care-setting-") {
                continue;
            }
            let forbidden = common::FORBIDDEN.iter().find(|(t, _)| *t == tag);
            for w in forbidden.map_or(&[][..], |(_, words)| *words) {
                assert!(!common::has(&text, w), "{tag}: {key} says {w:?}: {text}");
            }
        }
    }
}

#[test]
fn french_typography_and_register() {
    for (name, text) in ftl_files("fr").into_iter().chain(ftl_files("fr-CA")) {
        for (n, line) in text.lines().enumerate() {
            if line.trim_start().starts_with('#') {
                continue;
            }
            let value = line.split_once(" = ").map_or(line, |(_, v)| v);
            for p in [" :", " ;", " !", " ?", "« ", " »"] {
                assert!(
                    !value.contains(p),
                    "fr/{name}:{}: plain space in {p:?}: {line}",
                    n + 1
                );
            }
            for (i, ch) in value.char_indices() {
                if matches!(ch, ';' | '!' | '?') && i > 0 {
                    let before = value[..i].chars().last().unwrap();
                    assert!(
                        before == '\u{a0}'
                            || before == '\u{202f}'
                            || before == '"'
                            || before == '{',
                        "fr/{name}:{}: no non-breaking space before {ch:?}: {line}",
                        n + 1
                    );
                }
            }
            let lower = format!(" {} ", value.to_lowercase());
            for tu in [" tu ", " ton ", " ta ", " tes ", " toi "] {
                assert!(
                    !lower.contains(tu),
                    "fr/{name}:{}: informal register {tu:?}: {line}",
                    n + 1
                );
            }
        }
    }
}

#[test]
fn regional_terms_differ_by_locale() {
    let loc = Localizer::builtin();
    let render = |tag: &str| {
        let l = loc.negotiate(tag).unwrap();
        // The action names the care setting of the disposition (data/care_settings.toml).
        let doctor = loc
            .care_setting_words(&l, lowback::Disposition::SeeClinician)
            .unwrap();
        loc.message(
            &l,
            "report-level-see-clinician",
            Some("detail"),
            &[("see_clinician", lowback::Arg::Text(&doctor))],
        )
        .unwrap()
    };
    assert!(render("fr").contains("kinésithérapeute"));
    assert!(render("fr-FR").contains("kinésithérapeute"));
    assert!(render("fr-CA").contains("physiothérapeute"));
    assert!(render("fr-CA").contains("médecin de famille"));
    assert!(render("en").contains("physiotherapist"));
}

#[test]
fn every_direct_finding_has_a_question_in_both_languages() {
    let loc = Localizer::builtin();
    for tag in ["en", "fr"] {
        let l = loc.negotiate(tag).unwrap();
        for f in Catalog::builtin()
            .findings()
            .iter()
            .filter(|f| f.is_asked())
        {
            let q = loc
                .message(&l, f.message_id(), Some("question"), &[])
                .unwrap();
            assert!(
                q.trim_end().ends_with('?') || q.contains('?'),
                "{tag}: {} question: {q}",
                f.id
            );
        }
    }
}

/// The words of a text as the before-stop hook (`../shared/hooks/copied-text`) reads them:
/// lower case, runs of ASCII digits and letters, Latin-1 letters, œ and æ (so an apostrophe,
/// straight or curly, separates words).
fn article_words(text: &str) -> Vec<String> {
    let is_word = |c: char| {
        c.is_ascii_digit()
            || c.is_ascii_lowercase()
            || ('\u{e0}'..='\u{ff}').contains(&c)
            || c == 'œ'
            || c == 'æ'
    };
    text.to_lowercase()
        .split(|c: char| !is_word(c))
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// FNV-1a, 64 bits, of a run of words joined by spaces: the fingerprint keeps no text of the
/// article, only a hash of each of its runs of 8 words.
fn run_hash(run: &[String]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for (i, w) in run.iter().enumerate() {
        if i > 0 {
            h = (h ^ u64::from(b' ')).wrapping_mul(0x0100_0000_01b3);
        }
        for b in w.bytes() {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

const FINGERPRINT: &str = "tests/fixtures/source_article_runs.txt";

/// No run of 8 words of the source article stands in the project's words, data, code, docs or
/// examples (the bibliography, `references.*`, is exempt: it must match the cited works).
/// The article is outside the crate (`../shared/seed/`); the test reads a fingerprint of it
/// instead, a hash of each of its runs of 8 words (`tests/fixtures/source_article_runs.txt`),
/// so it runs in any checkout. Where the article is present, the fingerprint is checked
/// against it; `UPDATE_ARTICLE_FINGERPRINT=1` rewrites it.
#[test]
fn nothing_is_copied_from_the_source_article() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let fingerprint_path = root.join(FINGERPRINT);
    let seed = root.join("../shared/seed/000_2c5c418e4d5ae662.txt");
    if let Ok(article) = std::fs::read_to_string(seed) {
        let words = article_words(&article);
        let mut hashes: Vec<u64> = words.windows(8).map(run_hash).collect();
        hashes.sort_unstable();
        hashes.dedup();
        let text: String = hashes.iter().map(|h| format!("{h:016x}\n")).collect();
        if std::env::var_os("UPDATE_ARTICLE_FINGERPRINT").is_some() {
            std::fs::write(&fingerprint_path, &text).unwrap();
        }
        assert_eq!(
            std::fs::read_to_string(&fingerprint_path).unwrap_or_default(),
            text,
            "{FINGERPRINT} is not the article's: run UPDATE_ARTICLE_FINGERPRINT=1 cargo test --test content"
        );
    }
    let fingerprint: BTreeSet<u64> = std::fs::read_to_string(&fingerprint_path)
        .expect("the article's fingerprint is in the repository")
        .lines()
        .map(|l| u64::from_str_radix(l, 16).expect("a hash in hex"))
        .collect();
    assert!(fingerprint.len() > 3000, "{} runs", fingerprint.len());
    let mut files = Vec::new();
    let mut stack: Vec<std::path::PathBuf> =
        ["README.md", "locales", "data", "src", "examples", "docs"]
            .iter()
            .map(|p| root.join(p))
            .collect();
    while let Some(p) = stack.pop() {
        if p.is_dir() {
            stack.extend(std::fs::read_dir(&p).unwrap().map(|e| e.unwrap().path()));
        } else if !p
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with("references."))
        {
            files.push(p);
        }
    }
    assert!(files.len() > 50, "{} files read", files.len());
    let mut copied = Vec::new();
    for path in &files {
        let Ok(text) = std::fs::read_to_string(path) else {
            continue; // not text
        };
        // The words of the whole file, each with its line: a sentence wrapped over two lines
        // is still one run.
        let (mut words, mut lines) = (Vec::new(), Vec::new());
        for (n, line) in text.lines().enumerate() {
            for w in article_words(line) {
                words.push(w);
                lines.push(n + 1);
            }
        }
        for (i, run) in words.windows(8).enumerate() {
            if fingerprint.contains(&run_hash(run)) {
                let line = lines.get(i).copied().unwrap_or(0);
                copied.push(format!("{}:{line}: {}", path.display(), run.join(" ")));
            }
        }
    }
    assert!(
        copied.is_empty(),
        "runs of 8 words from the source article:\n{}",
        copied.join("\n")
    );
}

/// Every item's provenance lists the references its entry in the data files names, in order:
/// the catalog's items share one list of references, each its own part of it.
#[test]
fn each_provenance_is_its_own_items_references() {
    let root = env!("CARGO_MANIFEST_DIR");
    let mut named: std::collections::HashMap<(String, String), Vec<String>> =
        std::collections::HashMap::new();
    for (file, tables) in [
        ("findings", &["finding"][..]),
        ("red_flags", &["red_flag"]),
        ("exercises", &["exercise"]),
        ("care", &["care", "tip"]),
        ("rules", &["rule"]),
        ("facts", &["fact"]),
        ("conditions", &["condition"]),
    ] {
        let text = std::fs::read_to_string(format!("{root}/data/{file}.toml")).unwrap();
        let value: toml::Value = toml::from_str(&text).unwrap();
        for table in tables {
            for item in value[*table].as_array().unwrap() {
                let refs = item["references"].as_array().unwrap();
                named.insert(
                    ((*table).to_owned(), item["id"].as_str().unwrap().to_owned()),
                    refs.iter()
                        .map(|r| r.as_str().unwrap().to_owned())
                        .collect(),
                );
            }
        }
    }
    for catalog in [
        Catalog::builtin(),
        &Catalog::load_builtin().unwrap(),
        &Catalog::from_pack(&ContentPack::builtin()).unwrap(),
    ] {
        let mut items: Vec<(&str, &str, &lowback::Provenance)> = Vec::new();
        items.extend(
            catalog
                .findings()
                .iter()
                .map(|x| ("finding", x.id.as_str(), &x.provenance)),
        );
        items.extend(
            catalog
                .red_flags()
                .iter()
                .map(|x| ("red_flag", x.id.as_str(), &x.provenance)),
        );
        items.extend(
            catalog
                .exercises()
                .iter()
                .map(|x| ("exercise", x.id.as_str(), &x.provenance)),
        );
        items.extend(
            catalog
                .care_options()
                .iter()
                .map(|x| ("care", x.id.as_str(), &x.provenance)),
        );
        items.extend(
            catalog
                .tips()
                .iter()
                .map(|x| ("tip", x.id.as_str(), &x.provenance)),
        );
        items.extend(
            catalog
                .rules()
                .iter()
                .map(|x| ("rule", x.id.as_str(), &x.provenance)),
        );
        items.extend(
            catalog
                .facts()
                .iter()
                .map(|x| ("fact", x.id.as_str(), &x.provenance)),
        );
        items.extend(
            catalog
                .conditions()
                .iter()
                .map(|x| ("condition", x.id.as_str(), &x.provenance)),
        );
        assert_eq!(items.len(), named.len());
        for (table, id, provenance) in items {
            let got: Vec<&str> = provenance.references.iter().map(|r| r.as_str()).collect();
            assert_eq!(
                got,
                named[&(table.to_owned(), id.to_owned())],
                "{table} {id}"
            );
        }
    }
}

/// The rules table of `data/README.md` says what each builtin rule is, as the data does: one row
/// per rule, in the order of `rules.toml`, with its kind, its disposition (`(advice)` for an
/// advice rule) and its red flag.
#[test]
fn the_data_readme_rules_table_agrees_with_the_rules() {
    let readme = include_str!("../data/README.md");
    let table = readme
        .split("### Rules in the builtin pack")
        .nth(1)
        .expect("a rules table")
        .lines()
        .skip_while(|l| !l.starts_with("| id |"))
        .skip(2)
        .take_while(|l| l.starts_with('|'));
    let rows: Vec<Vec<String>> = table
        .map(|l| {
            l.trim_matches('|')
                .split('|')
                .map(|c| c.trim().trim_matches('`').to_owned())
                .collect()
        })
        .collect();
    let expected: Vec<Vec<String>> = Catalog::builtin()
        .rules()
        .iter()
        .map(|r| {
            vec![
                r.id.to_string(),
                json_word(&r.kind),
                r.disposition
                    .map_or("(advice)".to_owned(), |d| json_word(&d)),
                r.red_flag.map(|f| f.to_string()).unwrap_or_default(),
            ]
        })
        .collect();
    assert_eq!(rows.len(), expected.len(), "one row per rule");
    for (row, want) in rows.iter().zip(&expected) {
        assert_eq!(row, want, "data/README.md, rules table");
    }
}

/// A value as its JSON string, without quotes (`red_flag`, `see_clinician`).
fn json_word<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_string(v)
        .unwrap()
        .trim_matches('"')
        .to_owned()
}

/// `data/README.md` is where an author looks an id up: its tables and lists name every builtin
/// finding, rule, condition, red flag, exercise, care option, tip, fact and reference (a new
/// item needs its row).
#[test]
fn the_data_readme_names_every_builtin_item() {
    let readme = include_str!("../data/README.md");
    let c = Catalog::builtin();
    let ids: Vec<(&str, String)> = std::iter::empty()
        .chain(c.findings().iter().map(|x| ("finding", x.id.to_string())))
        .chain(c.rules().iter().map(|x| ("rule", x.id.to_string())))
        .chain(
            c.conditions()
                .iter()
                .map(|x| ("condition", x.id.to_string())),
        )
        .chain(c.red_flags().iter().map(|x| ("red flag", x.id.to_string())))
        .chain(c.exercises().iter().map(|x| ("exercise", x.id.to_string())))
        .chain(
            c.care_options()
                .iter()
                .map(|x| ("care option", x.id.to_string())),
        )
        .chain(c.tips().iter().map(|x| ("tip", x.id.to_string())))
        .chain(c.facts().iter().map(|x| ("fact", x.id.to_string())))
        .chain(
            c.references()
                .iter()
                .map(|x| ("reference", x.id.to_string())),
        )
        .collect();
    assert!(ids.len() > 400, "{} ids", ids.len());
    let missing: Vec<String> = ids
        .iter()
        .filter(|(_, id)| !readme.contains(&format!("`{id}`")))
        .map(|(kind, id)| format!("{kind} {id}"))
        .collect();
    assert!(
        missing.is_empty(),
        "data/README.md does not name: {missing:?}"
    );
}
