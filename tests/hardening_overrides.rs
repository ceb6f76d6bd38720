//! F5 (reliability review 2026-11-29) and the override findings of the integration review
//! (2026-11-29, section 2c): broken Fluent used to pass `Localizer::from_pack` and
//! `LocalizerBuilder::build`, after which every affected report failed. Now every message,
//! attribute and term is checked (references in every variant, functions, cycles, the code's
//! variables) and rendered in every locale, and an override is checked against the message it
//! replaces through the fallback chain.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;
use lowback::{Arg, Catalog, ContentError, ContentPack, ContentProblem, Localizer};

const LOCALES: [&str; 3] = ["en", "fr", "fr-CA"];

/// The crate's `data/` and `locales/` as a pack, each Fluent text passed through `edit`.
fn pack_with(edit: impl Fn(&str, &str, String) -> String) -> ContentPack {
    let root = env!("CARGO_MANIFEST_DIR");
    let mut pack = ContentPack::new();
    for e in std::fs::read_dir(format!("{root}/data")).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "toml") {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            pack.add_data(&name, &std::fs::read_to_string(&p).unwrap());
        }
    }
    for tag in LOCALES {
        let mut files: Vec<_> = std::fs::read_dir(format!("{root}/locales/{tag}"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .collect();
        files.sort();
        for p in files {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            let text = edit(tag, &name, std::fs::read_to_string(&p).unwrap());
            pack.add_ftl(tag, &name, &text);
        }
    }
    pack
}

/// Replaces the line defining `id` (and only its first line) in `text`.
fn set_line(text: String, id: &str, line: &str) -> String {
    let prefix = format!("{id} =");
    text.lines()
        .map(|l| if l.starts_with(&prefix) { line } else { l })
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}

/// Every message id (with `.attribute`) of the crate's `en` files, with its variables.
fn en_messages() -> BTreeMap<(String, Option<String>), BTreeSet<String>> {
    fn vars(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
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
                    vars(&v.value, out);
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
    let root = env!("CARGO_MANIFEST_DIR");
    let mut map = BTreeMap::new();
    for e in std::fs::read_dir(format!("{root}/locales/en")).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_none_or(|x| x != "ftl") {
            continue;
        }
        let text = std::fs::read_to_string(&p).unwrap();
        let res = match fluent_syntax::parser::parse(text.as_str()) {
            Ok(r) | Err((r, _)) => r,
        };
        for entry in res.body {
            if let ast::Entry::Message(m) = entry {
                if let Some(v) = &m.value {
                    let mut set = BTreeSet::new();
                    vars(v, &mut set);
                    map.insert((m.id.name.to_owned(), None), set);
                }
                for a in &m.attributes {
                    let mut set = BTreeSet::new();
                    vars(&a.value, &mut set);
                    map.insert((m.id.name.to_owned(), Some(a.id.name.to_owned())), set);
                }
            }
        }
    }
    map
}

/// What an accepted localizer promises: every message and attribute of the crate renders in
/// every locale with its variables.
fn assert_everything_renders(loc: &Localizer) {
    let messages = en_messages();
    assert!(messages.len() > 100);
    for tag in LOCALES {
        let locale = loc.negotiate(tag).unwrap();
        for ((id, attr), vars) in &messages {
            let args: Vec<(&str, Arg<'_>)> =
                vars.iter().map(|v| (v.as_str(), Arg::Number(3))).collect();
            if let Err(e) = loc.message(&locale, id, attr.as_deref(), &args) {
                panic!("{tag}: {id}{attr:?}: {e}");
            }
        }
    }
}

fn build(overrides: &[(&str, &str)]) -> Result<Localizer, ContentError> {
    let mut b = Localizer::builder(ContentPack::builtin());
    for (tag, text) in overrides {
        b = b.add_ftl(tag, "app.ftl", text);
    }
    b.build()
}

fn refused(overrides: &[(&str, &str)]) -> ContentError {
    match build(overrides) {
        Ok(_) => panic!("accepted: {overrides:?}"),
        Err(e) => e,
    }
}

fn broken(e: &ContentError, locale: &str, message: &str) -> bool {
    e.problems().iter().any(|p| {
        matches!(p, ContentProblem::BrokenMessage { locale: l, message: m, .. }
            if l == locale && m == message)
    })
}

fn mismatch(e: &ContentError, locale: &str, message: &str) -> bool {
    e.problems().iter().any(|p| {
        matches!(p, ContentProblem::VariableMismatch { locale: l, message: m, .. }
            if l == locale && m == message)
    })
}

fn dropped(e: &ContentError, locale: &str, message: &str, attribute: Option<&str>) -> bool {
    e.problems().iter().any(|p| {
        matches!(p, ContentProblem::DroppedByOverride { locale: l, message: m, attribute: a, file }
            if l == locale && m == message && a.as_deref() == attribute && file == "app.ftl")
    })
}

// ---------------------------------------------------------------------------------------------
// Pack level (F5, first table): refused by Localizer::from_pack, and where no rendering is
// needed to see it, by Catalog::from_pack too.

#[test]
fn f5_pack_cyclic_messages_are_refused() {
    let pack = pack_with(|_, name, text| {
        if name != "report.ftl" {
            return text;
        }
        let t = set_line(
            text,
            "report-title",
            "report-title = { report-heading-why }",
        );
        set_line(
            t,
            "report-heading-why",
            "report-heading-why = { report-title }",
        )
    });
    for e in [
        Localizer::from_pack(&pack).unwrap_err(),
        Catalog::from_pack(&pack).unwrap_err(),
    ] {
        for tag in ["en", "fr"] {
            assert!(broken(&e, tag, "report-heading-why"), "{e}");
        }
        assert!(e.to_string().contains("cyclic reference"), "{e}");
    }
}

#[test]
fn f5_pack_self_referencing_term_is_refused() {
    let pack = pack_with(|_, name, text| {
        if name != "terms.ftl" {
            return text;
        }
        set_line(text, "-gp", "-gp = { -gp }")
    });
    for e in [
        Localizer::from_pack(&pack).unwrap_err(),
        Catalog::from_pack(&pack).unwrap_err(),
    ] {
        assert!(broken(&e, "en", "-gp"), "{e}");
        assert!(broken(&e, "fr", "-gp"), "{e}");
    }
}

#[test]
fn f5_pack_wrong_variable_in_both_languages_is_refused() {
    // `$lists` for `$list` in both languages: the locales agree, but the code passes `list`.
    let pack = pack_with(|_, name, text| {
        if name != "report.ftl" {
            return text;
        }
        set_line(text, "report-for", "report-for = { $lists }")
    });
    for e in [
        Localizer::from_pack(&pack).unwrap_err(),
        Catalog::from_pack(&pack).unwrap_err(),
    ] {
        for tag in ["en", "fr"] {
            assert!(
                e.problems().iter().any(|p| matches!(p,
                    ContentProblem::CodeVariableMismatch { locale, message, expected, found }
                    if locale == tag && message == "report-for" && expected == &["list"] && found == &["lists"])),
                "{e}"
            );
        }
        assert!(
            e.to_string().contains("but lowback formats it with [list]"),
            "{e}"
        );
    }
}

#[test]
fn f5_pack_unknown_function_and_missing_attribute_are_refused() {
    let pack = pack_with(|_, name, text| {
        if name != "report.ftl" {
            return text;
        }
        let t = set_line(
            text,
            "report-heading-why",
            "report-heading-why = { NOPE() }",
        );
        set_line(
            t,
            "report-heading-references",
            "report-heading-references = { report-title.nope }",
        )
    });
    for e in [
        Localizer::from_pack(&pack).unwrap_err(),
        Catalog::from_pack(&pack).unwrap_err(),
    ] {
        for tag in ["en", "fr"] {
            assert!(broken(&e, tag, "report-heading-why"), "{e}");
            assert!(broken(&e, tag, "report-heading-references"), "{e}");
        }
        // fr-CA inherits the problems from fr and does not repeat them.
        assert!(!broken(&e, "fr-CA", "report-heading-why"), "{e}");
    }
}

#[test]
fn f5_pack_long_term_chain_and_exponential_terms_are_refused() {
    let n = 2_000;
    let chain: String = (0..n)
        .map(|i| format!("-c{i} = {{ -c{} }}\n", i + 1))
        .chain(std::iter::once(format!("-c{n} = end\n")))
        .collect();
    let exp: String = std::iter::once("-e0 = ab\n".to_owned())
        .chain((1..=60).map(|i| format!("-e{i} = {{ -e{} }}{{ -e{} }}\n", i - 1, i - 1)))
        .collect();
    let pack = pack_with(|_, name, text| {
        if name != "report.ftl" {
            return text;
        }
        let t = set_line(text, "report-title", "report-title = { -c0 }");
        let t = set_line(t, "report-heading-why", "report-heading-why = { -e60 }");
        format!("{t}{chain}{exp}")
    });
    let e = Localizer::from_pack(&pack).unwrap_err();
    for tag in ["en", "fr"] {
        assert!(broken(&e, tag, "report-title"), "{e}");
        assert!(broken(&e, tag, "report-heading-why"), "{e}");
    }
    assert!(e.to_string().contains("Too many placeables"));
    // Thousands of broken terms are summed up, not listed one by one.
    assert!(e.problems().len() < 300, "{} problems", e.problems().len());
}

// ---------------------------------------------------------------------------------------------
// Override level (F5, second table).

#[test]
fn f5_override_term_with_unknown_reference_is_refused() {
    for tag in ["en", "fr", "fr-CA"] {
        let e = refused(&[(tag, "-emergency-number = { -nope }\n")]);
        assert!(broken(&e, tag, "-emergency-number"), "{e}");
        // The messages that use the term are named too.
        assert!(e.problems().len() >= 2, "the term and what uses it: {e}");
    }
}

#[test]
fn f5_override_self_referencing_and_cyclic_terms_are_refused() {
    let e = refused(&[("en", "-emergency-number = { -emergency-number }\n")]);
    assert!(broken(&e, "en", "-emergency-number"), "{e}");
    let e = refused(&[("en", "-gp = { -physio }\n-physio = { -gp }\n")]);
    assert!(
        e.to_string()
            .contains("cyclic reference: -gp -> -physio -> -gp"),
        "{e}"
    );
}

#[test]
fn f5_override_attribute_with_unknown_variable_or_function_is_refused() {
    let e = refused(&[(
        "en",
        "report-level-urgent = See a clinician today\n    .detail = Call { $where }\n",
    )]);
    assert!(mismatch(&e, "en", "report-level-urgent.detail"), "{e}");
    let e = refused(&[(
        "fr",
        "report-level-urgent = Consultez aujourd’hui\n    .detail = Appelez { NOPE() }\n",
    )]);
    assert!(broken(&e, "fr", "report-level-urgent"), "{e}");
}

#[test]
fn f5_override_that_drops_an_attribute_or_the_value_is_refused() {
    let e = refused(&[("en", "report-level-emergency = Get emergency care now\n")]);
    assert!(
        dropped(&e, "en", "report-level-emergency", Some("detail")),
        "{e}"
    );
    let e = refused(&[("en", "report-title =\n    .tooltip = no value any more\n")]);
    assert!(dropped(&e, "en", "report-title", None), "{e}");
    // In fr-CA too, although the attribute would fall back to fr.
    let e = refused(&[("fr-CA", "report-level-emergency = Urgence\n")]);
    assert!(
        dropped(&e, "fr-CA", "report-level-emergency", Some("detail")),
        "{e}"
    );
}

#[test]
fn f5_override_fuzzer_typo_is_refused() {
    // The fuzzer's first saved case: a typo in a term name inside a `.detail`.
    let typo = "report-level-emergency = Get emergency care now\n    .detail = Call { -emergency-nunununumber } or go to the nearest emergency department straight away.\n";
    for tag in ["en", "fr"] {
        let e = refused(&[(tag, typo)]);
        assert!(broken(&e, tag, "report-level-emergency"), "{e}");
    }
}

#[test]
fn f5_every_problem_is_listed_at_once() {
    let e = refused(&[
        (
            "en",
            "-emergency-number = { -nope }\nreport-title =\n    .x = y\n",
        ),
        (
            "fr",
            "report-level-urgent = Consultez\n    .detail = { NOPE() }\nexercise-dosage = { $count } fois\n",
        ),
        ("fr-CA", "report-level-emergency = Urgence\n"),
    ]);
    assert!(broken(&e, "en", "-emergency-number"), "{e}");
    assert!(dropped(&e, "en", "report-title", None), "{e}");
    assert!(broken(&e, "fr", "report-level-urgent"), "{e}");
    assert!(mismatch(&e, "fr", "exercise-dosage"), "{e}");
    assert!(
        dropped(&e, "fr-CA", "report-level-emergency", Some("detail")),
        "{e}"
    );
}

// ---------------------------------------------------------------------------------------------
// The integration review's override table: fr-CA is checked against what it replaces through
// fr-CA -> fr -> en, and new messages may take variables.

const KEEPS: &str = "exercise-dosage = { $sets } × { $reps }, { $hold } s, { $days } j/sem.\n";
const DROPS: &str = "exercise-dosage = 3 × 10\n";

#[test]
fn f5_regional_override_that_keeps_variables_is_accepted() {
    for tag in ["en", "fr", "fr-CA"] {
        let loc = build(&[(tag, KEEPS)]).unwrap_or_else(|e| panic!("{tag}: {e}"));
        let l = loc.negotiate(tag).unwrap();
        let text = loc
            .message(
                &l,
                "exercise-dosage",
                None,
                &[
                    ("sets", Arg::Number(3)),
                    ("reps", Arg::Number(10)),
                    ("hold", Arg::Number(5)),
                    ("days", Arg::Number(2)),
                ],
            )
            .unwrap();
        assert_eq!(text, "3 × 10, 5 s, 2 j/sem.");
        assert_everything_renders(&loc);
    }
}

#[test]
fn f5_regional_override_that_drops_variables_is_refused() {
    for tag in ["en", "fr", "fr-CA"] {
        let e = refused(&[(tag, DROPS)]);
        assert!(mismatch(&e, tag, "exercise-dosage"), "{tag}: {e}");
        let shown = e.to_string();
        assert!(
            shown.contains(&format!("{tag}: message exercise-dosage")),
            "{shown}"
        );
    }
}

#[test]
fn f5_new_app_messages_may_take_variables() {
    let loc = build(&[
        ("en", "app-hello = Hello { $name }\n"),
        ("fr", "app-hello = Bonjour { $name }\n"),
        ("fr-CA", "app-hello = Bienvenue, { $name }\n"),
    ])
    .unwrap_or_else(|e| panic!("{e}"));
    let name = [("name", Arg::Text("Ana"))];
    for (tag, want) in [
        ("en", "Hello Ana"),
        ("fr", "Bonjour Ana"),
        ("fr-CA", "Bienvenue, Ana"),
    ] {
        let l = loc.negotiate(tag).unwrap();
        assert_eq!(loc.message(&l, "app-hello", None, &name).unwrap(), want);
    }
    assert_everything_renders(&loc);
    // A translation of a new message keeps the variables of the app's English one.
    let e = refused(&[
        ("en", "app-hello = Hello { $name }\n"),
        ("fr", "app-hello = Bonjour { $nom }\n"),
    ]);
    assert!(mismatch(&e, "fr", "app-hello"), "{e}");
}

#[test]
fn f5_readme_override_and_selects_50_deep_are_accepted() {
    // F1's "depth 50 is still accepted", for selectors: a new message with a variable.
    let selects = format!(
        "app-deep = {}x{}\n",
        "{ $x ->\n *[a] ".repeat(50),
        "\n}".repeat(50)
    );
    // (A new message is written in English and French: an app message needs both.)
    let loc = build(&[
        ("fr-CA", "-emergency-number = le 911\n"),
        ("en", &selects),
        ("fr", &selects),
    ])
    .unwrap_or_else(|e| panic!("{e}"));
    let l = loc.negotiate("en").unwrap();
    assert_eq!(
        loc.message(&l, "app-deep", None, &[("x", Arg::Number(1))])
            .unwrap(),
        "x"
    );
    assert_everything_renders(&loc);
}

#[test]
fn f5_builtin_pack_and_its_localizer_render_everything() {
    let loc = Localizer::from_pack(&ContentPack::builtin()).unwrap_or_else(|e| panic!("{e}"));
    assert_everything_renders(&loc);
    assert_everything_renders(Localizer::builtin());
}

// ---------------------------------------------------------------------------------------------
// F7: what these problems repeat of the input is escaped and bounded.

#[test]
fn f7_override_problems_are_escaped_and_bounded() {
    let long_id = format!("app-{}", "x".repeat(5_000));
    let text = format!(
        "{long_id} = {{ -nope{} }}\nbad = {{ $x \u{1b}[2J }}\nreport-title = {{ NOPE{}() }}\n",
        "y".repeat(5_000),
        "Z".repeat(5_000)
    );
    let file = format!("evil\u{1b}]0;title\u{7}{}.ftl", "f".repeat(1_000));
    let e = Localizer::builder(ContentPack::builtin())
        .add_ftl("en", &file, &text)
        .build()
        .unwrap_err();
    assert!(e.problems().len() >= 3, "{e}");
    for p in e.problems() {
        let shown = p.to_string();
        assert!(!shown.chars().any(char::is_control), "{shown:?}");
        assert!(
            shown.chars().count() < 400,
            "{} chars: {shown:?}",
            shown.chars().count()
        );
    }
    assert!(e.to_string().contains("\\u{1b}"), "{e}");
}

/// A message an app adds must be written in `en` (every reader's last fallback) and in `fr`;
/// one written only in a regional file, or only in English, is refused with what is missing.
#[test]
fn an_app_message_needs_english_and_french() {
    let build = |files: &[(&str, &str)]| {
        let mut b = Localizer::builder(ContentPack::builtin());
        for (tag, text) in files {
            b = b.add_ftl(tag, "app.ftl", text);
        }
        b.build()
    };
    let problems = |files: &[(&str, &str)]| -> Vec<ContentProblem> {
        build(files)
            .err()
            .map(|e| e.problems().to_vec())
            .unwrap_or_default()
    };

    // Only in Québec French: no English to fall back on.
    let p = problems(&[("fr-CA", "app-welcome = Bienvenue\n")]);
    assert!(
        p.iter().any(
            |x| matches!(x, ContentProblem::ExtraTranslation { locale, message, .. }
            if locale == "fr-CA" && message == "app-welcome")
        ),
        "{p:#?}"
    );
    // Only in French.
    let p = problems(&[("fr", "app-welcome = Bienvenue\n")]);
    assert!(
        p.iter().any(
            |x| matches!(x, ContentProblem::ExtraTranslation { locale, message, .. }
            if locale == "fr" && message == "app-welcome")
        ),
        "{p:#?}"
    );
    // Only in English: French readers would get English words.
    let p = problems(&[("en", "app-welcome = Welcome\n")]);
    assert!(
        p.iter().any(
            |x| matches!(x, ContentProblem::MissingTranslation { locale, message, .. }
            if locale == "fr" && message == "app-welcome")
        ),
        "{p:#?}"
    );
    // In English and French, with a Québec wording on top: accepted, and each reader gets theirs.
    let loc = build(&[
        ("en", "app-welcome = Welcome\n"),
        ("fr", "app-welcome = Bienvenue\n"),
        ("fr-CA", "app-welcome = Bienvenue chez nous\n"),
    ])
    .expect("a complete app message is accepted");
    for (tag, want) in [
        ("en-GB", "Welcome"),
        ("fr", "Bienvenue"),
        ("fr-CA", "Bienvenue chez nous"),
    ] {
        let locale = loc.negotiate(tag).unwrap();
        assert_eq!(
            loc.message(&locale, "app-welcome", None, &[]).unwrap(),
            want,
            "{tag}"
        );
    }
    // Overriding a builtin message in one regional file stays allowed.
    assert!(build(&[("fr-CA", "report-title = Résumé de vos douleurs\n")]).is_ok());
}
