//! Fluent text within the nesting limit of each entry (64), chained through many messages and
//! terms, made the resolver descend thousands of levels at once: the localizer's own check, or a
//! later `Report::new` on a worker thread, overflowed a 2 MiB stack and aborted the process
//! (found by a helper testing the public API, 30 Nov 2026). The check now measures how deep each
//! message resolves through what it uses and refuses a message past 128 levels, naming it.
//!
//! Each case runs on a thread with a 2 MiB stack, Rust's default for spawned threads: before the
//! fix, each aborted this test binary.

use lowback::{Assessment, Catalog, ContentError, ContentPack, ContentProblem, Localizer, Report};

/// Runs `f` on a thread with a 2 MiB stack.
fn on_small_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(f)
        .expect("spawn")
        .join()
        .expect("no panic")
}

/// `-app-t{i} = { -app-t{i+1}(-app-t{i+1}( … -app-t{i+1} … )) }` for `i < n`, each line
/// `depth` calls deep, then `-app-t{n} = end` and `app-x = { -app-t0 }`.
fn term_argument_chain(n: usize, depth: usize) -> String {
    let mut s = String::new();
    for i in 0..n {
        let t = format!("-app-t{}", i + 1);
        s.push_str(&format!(
            "-app-t{i} = {{ {}{t}{} }}\n",
            format!("{t}(").repeat(depth),
            ")".repeat(depth)
        ));
    }
    s.push_str(&format!("-app-t{n} = end\napp-x = {{ -app-t0 }}\n"));
    s
}

/// `-app-t{i} = { -app-p(-app-p( … -app-t{i+1} … )) }`: one placeable a line, the next term
/// the innermost argument, then `report-title = { -app-t0 }`.
fn plain_term_chain(n: usize, depth: usize) -> String {
    let mut s = String::from("-app-p = x\n");
    for i in 0..n {
        s.push_str(&format!(
            "-app-t{i} = {{ {}-app-t{}{} }}\n",
            "-app-p(".repeat(depth),
            i + 1,
            ")".repeat(depth)
        ));
    }
    s.push_str(&format!("-app-t{n} = end\nreport-title = {{ -app-t0 }}\n"));
    s
}

/// `app-c{i} = { { … { app-c{i+1} } … } }`, `depth` placeables a line.
fn message_chain(n: usize, depth: usize) -> String {
    let mut s = String::new();
    for i in 0..n {
        s.push_str(&format!(
            "app-c{i} = {}app-c{}{}\n",
            "{ ".repeat(depth),
            i + 1,
            " }".repeat(depth)
        ));
    }
    s.push_str(&format!("app-c{n} = end\n"));
    s
}

fn build_with(ftl: String) -> Result<Localizer, ContentError> {
    on_small_stack(move || {
        Localizer::builder(ContentPack::builtin())
            .add_ftl("en", "app.ftl", &ftl)
            .add_ftl("fr", "app.ftl", &ftl)
            .build()
    })
}

/// Whether `e` names message `id` (in `en`) as nested too deep through what it uses.
fn too_deep(e: &ContentError, id: &str) -> bool {
    e.problems().iter().any(|p| {
        matches!(p, ContentProblem::BrokenMessage { locale, message, detail }
            if locale == "en" && message == id && detail.contains("levels deep through the messages and terms it uses"))
    })
}

#[test]
fn a_chain_of_terms_with_nested_arguments_is_refused_not_resolved() {
    let e = build_with(term_argument_chain(40, 62)).unwrap_err();
    assert!(too_deep(&e, "app-x"), "{e}");
}

#[test]
fn the_same_chain_in_a_pack_is_refused_by_from_pack() {
    let ftl = term_argument_chain(40, 62);
    let e = on_small_stack(move || {
        let mut pack = ContentPack::builtin();
        pack.add_ftl("en", "app.ftl", &ftl)
            .add_ftl("fr", "app.ftl", &ftl);
        Localizer::from_pack(&pack).map(|_| ())
    })
    .unwrap_err();
    assert!(too_deep(&e, "app-x"), "{e}");
}

#[test]
fn a_report_title_that_resolves_through_6000_levels_is_refused_at_build() {
    // Accepted before, on a large enough stack; every later report then aborted on a 2 MiB
    // worker thread.
    let e = build_with(plain_term_chain(97, 62)).unwrap_err();
    assert!(too_deep(&e, "report-title"), "{e}");
}

#[test]
fn a_chain_of_messages_nested_63_deep_is_refused() {
    let e = build_with(message_chain(98, 63)).unwrap_err();
    assert!(too_deep(&e, "app-c0"), "{e}");
    // The end of the chain is shallow and is not named.
    assert!(!too_deep(&e, "app-c97"), "{e}");
}

#[test]
fn a_chain_within_the_limit_is_accepted_and_renders() {
    // 12 messages of 9 placeables each: about 120 levels from the first.
    let mut ftl = message_chain(12, 9);
    ftl.push_str("report-title = { app-c0 }\n");
    let loc = build_with(ftl).expect("within the limit");
    let text = on_small_stack(move || {
        let en = loc.negotiate("en").expect("en");
        let a = Assessment::from_json(r#"{"age": 30, "pain_locations": ["lower_back"]}"#)
            .expect("assessment");
        let t = Catalog::builtin().triage(&a).expect("triage");
        Report::new(Catalog::builtin(), &loc, &en, &t)
            .expect("report")
            .to_text()
    });
    assert!(text.starts_with("end"), "{}", &text[..text.len().min(80)]);
}

#[test]
fn a_message_with_25000_distinct_render_errors_is_described_in_three_and_a_count() {
    // `app-m` renders `app-o` without its 25,000 variables: one "unknown variable" error each.
    // Listing them compared each with every earlier one (4 to 6 s a locale); now one pass.
    let vars: Vec<String> = (0..25_000).map(|i| format!("$v{i}")).collect();
    let ftl = format!(
        "-app-p = x\napp-o = {{ -app-p({}) }}\napp-m = {{ app-o }}\n",
        vars.join(", ")
    );
    let e = build_with(ftl).unwrap_err();
    assert!(
        e.problems().iter().any(|p| matches!(p, ContentProblem::BrokenMessage { locale, message, detail }
            if locale == "en" && message == "app-m" && detail.contains("; and 24997 more (in app.ftl)"))),
        "{e}"
    );
}
