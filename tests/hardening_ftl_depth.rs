//! F1 (reliability review 2026-11-29): Fluent text nested thousands of levels deep overflowed
//! the stack inside `fluent_syntax`'s recursive parser and aborted the process. It is now
//! refused, before it is parsed, with a `ContentProblem::FtlSyntax`, both when a pack is built
//! and when an app override is added.

use lowback::{Catalog, ContentError, ContentPack, ContentProblem, Localizer};

/// `report-title = { { { … "x" … } } }`, `n` placeables deep.
fn placeables(n: usize) -> String {
    format!("report-title = {}\"x\"{}\n", "{ ".repeat(n), " }".repeat(n))
}

/// `app-deep = { $x -> *[a] { $x -> *[a] … x } }`, `n` selectors deep.
fn selects(n: usize) -> String {
    format!(
        "app-deep = {}x{}\n",
        "{ $x ->\n *[a] ".repeat(n),
        "\n}".repeat(n)
    )
}

/// `app-deep = { F(F(F(… "x" …))) }`, `n` calls deep, one call per line at column 0.
fn calls(n: usize) -> String {
    format!(
        "app-deep = {{ {}\"x\"{} }}\n",
        "F(\n".repeat(n),
        ")".repeat(n)
    )
}

/// Runs `f` on a thread with a 2 MiB stack, the default for spawned threads, where the review
/// saw the abort at depth 3,000.
fn on_small_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .stack_size(2 * 1024 * 1024)
        .spawn(f)
        .expect("spawn")
        .join()
        .expect("no panic")
}

fn has_depth_problem(e: &ContentError, file: &str) -> bool {
    e.problems().iter().any(|p| {
        matches!(p, ContentProblem::FtlSyntax { file: f, message, .. }
            if f == file && message.contains("nested more than 64 levels"))
    })
}

#[test]
fn f1_deep_placeable_is_refused_by_content_pack_add_ftl() {
    for (what, text) in [
        ("placeables", placeables(3_000)),
        ("selects", selects(3_000)),
        ("calls", calls(3_000)),
    ] {
        let e = on_small_stack(move || {
            let mut pack = ContentPack::builtin();
            pack.add_ftl("en", "deep.ftl", &text);
            Catalog::from_pack(&pack).unwrap_err()
        });
        assert!(has_depth_problem(&e, "deep.ftl"), "{what}: {e}");
    }
}

#[test]
fn f1_deep_placeable_is_refused_by_localizer_builder() {
    for (what, text) in [
        ("placeables", placeables(3_000)),
        ("selects", selects(3_000)),
        ("calls", calls(3_000)),
    ] {
        let e = on_small_stack(move || {
            Localizer::builder(ContentPack::builtin())
                .add_ftl("en", "app.ftl", &text)
                .build()
                .unwrap_err()
        });
        assert!(has_depth_problem(&e, "app.ftl"), "{what}: {e}");
    }
}

#[test]
fn f1_very_deep_pack_file_is_refused_on_a_small_stack() {
    // The review's main-thread cases (30,000 placeables, 10,000 selects), on a 2 MiB thread.
    let e = on_small_stack(|| {
        let mut pack = ContentPack::builtin();
        pack.add_ftl("en", "p.ftl", &placeables(30_000));
        pack.add_ftl("fr", "s.ftl", &selects(10_000));
        Localizer::from_pack(&pack).unwrap_err()
    });
    assert!(has_depth_problem(&e, "p.ftl"), "{e}");
    assert!(has_depth_problem(&e, "s.ftl"), "{e}");
}

#[test]
fn f1_depth_is_reported_at_its_line() {
    let text = format!("ok = fine\n\n{}", selects(100));
    let mut pack = ContentPack::new();
    pack.add_ftl("en", "deep.ftl", &text);
    let e = Catalog::from_pack(&pack).unwrap_err();
    // 64 selectors fit (one line each, from line 3); the 65th opens on line 67.
    assert!(
        e.problems().iter().any(|p| matches!(p,
            ContentProblem::FtlSyntax { line: 67, file, .. } if file == "deep.ftl")),
        "{e}"
    );
}

#[test]
fn f1_depth_50_is_still_accepted() {
    let loc = on_small_stack(|| {
        Localizer::builder(ContentPack::builtin())
            .add_ftl("en", "app.ftl", &placeables(50))
            .build()
    });
    let loc = match loc {
        Ok(l) => l,
        Err(e) => panic!("{e}"),
    };
    let en = loc.negotiate("en").unwrap();
    assert_eq!(loc.message(&en, "report-title", None, &[]).unwrap(), "x");
    // Selectors and calls 50 deep parse too (an incomplete pack, but no syntax problem).
    let mut pack = ContentPack::new();
    pack.add_ftl("en", "selects.ftl", &selects(50));
    pack.add_ftl("en", "calls.ftl", &calls(50));
    let e = Catalog::from_pack(&pack).unwrap_err();
    assert!(
        !e.problems()
            .iter()
            .any(|p| matches!(p, ContentProblem::FtlSyntax { .. })),
        "{e}"
    );
}

#[test]
fn f1_braces_in_strings_comments_and_text_do_not_count() {
    let many = 500;
    let text = format!(
        "# {open}\nquoted = {{ \"{open}\" }}\nparens = text ({open_p} {close_p})\n-term = {{ \"{close}\" }}\n",
        open = "{".repeat(many),
        close = "}".repeat(many),
        open_p = "(".repeat(many),
        close_p = ")".repeat(many),
    );
    let mut pack = ContentPack::new();
    pack.add_ftl("en", "ok.ftl", &text);
    let e = Catalog::from_pack(&pack).unwrap_err(); // an incomplete pack, but no syntax problem
    assert!(
        !e.problems()
            .iter()
            .any(|p| matches!(p, ContentProblem::FtlSyntax { .. })),
        "{e}"
    );
}

#[test]
fn f1_closing_braces_in_strings_cannot_hide_depth() {
    // `"}"` inside an expression must not be counted as a closing brace: here each level is an
    // inline placeable holding a string and a nested select.
    let n = 3_000;
    let text = format!(
        "app-deep = {}x{}\n",
        "{ \"}\" ->\n *[a] ".repeat(n),
        "\n}".repeat(n)
    );
    let e = on_small_stack(move || {
        Localizer::builder(ContentPack::builtin())
            .add_ftl("en", "app.ftl", &text)
            .build()
            .unwrap_err()
    });
    assert!(has_depth_problem(&e, "app.ftl"), "{e}");
}

#[test]
fn f1_a_later_entry_is_scanned_afresh() {
    // Depth is per entry: many shallow messages are fine.
    let text: String = (0..10_000)
        .map(|i| format!("m{i} = {{ {{ {{ \"x\" }} }} }}\n"))
        .collect();
    let mut pack = ContentPack::new();
    pack.add_ftl("en", "many.ftl", &text);
    let e = Catalog::from_pack(&pack).unwrap_err();
    assert!(
        !e.problems()
            .iter()
            .any(|p| matches!(p, ContentProblem::FtlSyntax { .. })),
        "{e}"
    );
}
