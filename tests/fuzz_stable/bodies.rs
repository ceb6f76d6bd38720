//! The bodies of the fuzz targets, shared by `fuzz/fuzz_targets/*.rs` (cargo-fuzz, nightly) and
//! `tests/fuzz_stable.rs` (a mutation loop on stable Rust). Each takes arbitrary bytes and
//! panics only when lowback breaks a promise.
//!
//! It lives under `tests/` so that the published crate's `tests/fuzz_stable.rs` compiles; the
//! fuzz targets include it with `#[path]`.
#![allow(dead_code)] // each fuzz target uses one body

use std::path::Path;

use lowback::{Arg, Assessment, Catalog, ContentPack, Interview, Localizer, Outcome};

/// `Assessment::from_json` on arbitrary bytes (lossy UTF-8): an error lists at least one
/// problem and prints. Nothing here depends on the assessment's fields or finding names.
pub fn assessment_json(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    match Assessment::from_json(&text) {
        Ok(a) => {
            let _ = a;
        }
        Err(e) => {
            assert!(!e.problems().is_empty(), "InputError without problems");
            assert!(!e.to_string().is_empty(), "empty InputError message");
        }
    }
}

/// An interview driven by arbitrary answers: the bytes, split at newlines (lossy UTF-8), are
/// the answers in turn, cycled when they run out. The interview must end within a bounded number
/// of answers, never ask one question more than `MAX_ATTEMPTS` times in a row, and give a
/// triage and a report in English and French when anything was answered.
pub fn interview(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let answers: Vec<&str> = text.split('\n').collect();
    let catalog = Catalog::builtin();
    let mut i = Interview::new(catalog);
    let mut last = None;
    let mut same = 0u8;
    for n in 0..2_000usize {
        let Some(q) = i.question() else { break };
        if last == Some(q) {
            same += 1;
            assert!(same < Interview::MAX_ATTEMPTS, "{q} asked again and again");
        } else {
            same = 0;
        }
        last = Some(q);
        let answer = answers.get(n % answers.len().max(1)).copied().unwrap_or("");
        let outcome = i.answer(answer);
        assert_ne!(outcome, Outcome::NoQuestion);
        assert!(n < 1_999, "the interview did not end");
    }
    if let Ok(t) = i.triage() {
        let loc = Localizer::builtin();
        for tag in ["en", "fr-CA"] {
            let locale = loc.negotiate(tag).unwrap_or_else(|e| panic!("{e}"));
            let r = lowback::Report::new(catalog, loc, &locale, &t);
            assert!(r.is_ok(), "{tag}: {r:?}");
        }
    }
}

/// The builtin pack with one data file replaced (byte 0 below the number of data files, `n`) or
/// appended to (`n..2n`), or a Fluent file added to `en` (byte 0 ≥ 2n, even) or `fr` (odd); the
/// rest is the text (lossy UTF-8). The data files are the library's own list
/// (`ContentPack::data_file_names`, `pack.toml` included), so a new file is fuzzed too.
/// `Catalog::from_pack` must not panic, and an error must list its problems.
pub fn content_pack(data: &[u8]) {
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    let text = String::from_utf8_lossy(rest);
    let mut pack = ContentPack::builtin();
    let files = ContentPack::data_file_names();
    let s = usize::from(selector);
    match (
        files.get(s),
        s.checked_sub(files.len()).and_then(|i| files.get(i)),
    ) {
        (Some(name), _) => {
            pack.add_data(name, &text);
        }
        (None, Some(name)) => {
            pack.append_data(name, &text);
        }
        (None, None) => {
            let locale = if selector % 2 == 0 { "en" } else { "fr" };
            pack.add_ftl(locale, "fuzz.ftl", &text);
        }
    }
    match Catalog::from_pack(&pack) {
        Ok(catalog) => {
            let _ = catalog.conditions().len();
        }
        Err(err) => {
            assert!(!err.to_string().is_empty(), "empty ContentError message");
            assert!(!err.problems().is_empty(), "ContentError without problems");
            for p in err.problems() {
                let _ = p.to_string();
            }
        }
    }
}

/// A Fluent override for `fr` on top of the builtin pack (lossy UTF-8). When it is accepted,
/// every message and attribute renders in every locale (F5).
pub fn ftl_override(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    override_and_render(&[("fr", text.as_ref())]);
}

/// App overrides on top of the builtin pack: byte 0 picks the locale of the first override
/// (`en`, `fr`, `fr-CA`, `fr-BE` or `de`, a locale the pack does not have) and of an optional
/// second one after the first `0xFF` byte (the next locale in that list). When they are
/// accepted, every message and attribute renders in every locale (F5).
pub fn app_override(data: &[u8]) {
    const LOCALES: [&str; 5] = ["en", "fr", "fr-CA", "fr-BE", "de"];
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    let first = usize::from(selector) % LOCALES.len();
    let second = (first + 1) % LOCALES.len();
    let (a, b) = match rest.iter().position(|&x| x == 0xFF) {
        Some(i) => (
            rest.get(..i).unwrap_or_default(),
            rest.get(i + 1..).unwrap_or_default(),
        ),
        None => (rest, &[][..]),
    };
    let a = String::from_utf8_lossy(a);
    let b = String::from_utf8_lossy(b);
    let mut overrides = vec![(LOCALES.get(first).copied().unwrap_or("en"), a.as_ref())];
    if !b.is_empty() {
        overrides.push((LOCALES.get(second).copied().unwrap_or("fr"), b.as_ref()));
    }
    override_and_render(&overrides);
}

fn override_and_render(overrides: &[(&str, &str)]) {
    let mut builder = Localizer::builder(ContentPack::builtin());
    for (tag, text) in overrides {
        builder = builder.add_ftl(tag, "override.ftl", text);
    }
    let loc = match builder.build() {
        Ok(loc) => loc,
        Err(err) => {
            assert!(!err.to_string().is_empty(), "empty ContentError message");
            assert!(!err.problems().is_empty(), "ContentError without problems");
            return;
        }
    };
    let tags: Vec<String> = loc.locales().map(str::to_owned).collect();
    for tag in &tags {
        let Ok(locale) = loc.negotiate(tag) else {
            panic!("a locale of the localizer does not negotiate: {tag}");
        };
        for m in crate_messages() {
            let args: Vec<(&str, Arg<'_>)> = m
                .vars
                .iter()
                .map(|v| (v.as_str(), Arg::Number(2)))
                .collect();
            if let Err(e) = loc.message(&locale, &m.id, m.attribute.as_deref(), &args) {
                panic!(
                    "override accepted, but in {tag} {}{} does not render: {e}\noverrides: {overrides:?}",
                    m.id,
                    m.attribute
                        .as_ref()
                        .map(|a| format!(".{a}"))
                        .unwrap_or_default()
                );
            }
        }
    }
}

/// A message (or attribute) of the crate's English files, with the variables it uses.
#[derive(Debug, Clone)]
pub struct CrateMessage {
    /// The message id.
    pub id: String,
    /// The attribute, if this is one.
    pub attribute: Option<String>,
    /// The `$variables` it uses.
    pub vars: Vec<String>,
}

/// Every message and attribute of `locales/en/*.ftl` in the crate (read once), found by a
/// line scan: `id = …` starts a message, an indented `.name = …` an attribute, and every
/// `$name` after it belongs to the part it is in. Over-counting variables is harmless.
pub fn crate_messages() -> &'static [CrateMessage] {
    static MESSAGES: std::sync::OnceLock<Vec<CrateMessage>> = std::sync::OnceLock::new();
    MESSAGES.get_or_init(|| {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR"));
        let dir = if dir.join("locales/en").is_dir() {
            dir.join("locales/en")
        } else {
            dir.join("../locales/en") // from fuzz/
        };
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .map(|d| d.filter_map(Result::ok).map(|e| e.path()).collect())
            .unwrap_or_default();
        files.sort();
        let mut out: Vec<CrateMessage> = Vec::new();
        for f in files
            .iter()
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        {
            let text = std::fs::read_to_string(f).unwrap_or_default();
            scan_messages(&text, &mut out);
        }
        out
    })
}

/// `name` if `s` starts with `name =` (an identifier, optional spaces, `=`).
fn ident_before_equals(s: &str) -> Option<String> {
    let end = s
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .unwrap_or(s.len());
    let (name, after) = s.split_at(end);
    (!name.is_empty() && after.trim_start().starts_with('=')).then(|| name.to_owned())
}

fn scan_messages(text: &str, out: &mut Vec<CrateMessage>) {
    let lines: Vec<&str> = text.lines().collect();
    let mut in_message: Option<String> = None;
    for (n, line) in lines.iter().enumerate() {
        let indented = line.starts_with([' ', '\t']);
        if line.starts_with(|c: char| c.is_ascii_alphabetic()) {
            in_message = ident_before_equals(line);
            if let Some(id) = &in_message {
                let value = line.split_once('=').map_or("", |(_, v)| v);
                let continued = lines.get(n + 1).is_some_and(|next| {
                    next.starts_with([' ', '\t'])
                        && !next.trim().is_empty()
                        && !next.trim_start().starts_with('.')
                });
                if !value.trim().is_empty() || continued {
                    out.push(CrateMessage {
                        id: id.clone(),
                        attribute: None,
                        vars: Vec::new(),
                    });
                }
            }
        } else if !indented {
            if !line.trim().is_empty() {
                in_message = None; // a comment or a term ends the message
            }
            continue;
        } else if let (Some(id), Some(attr)) = (
            &in_message,
            line.trim_start()
                .strip_prefix('.')
                .and_then(ident_before_equals),
        ) {
            out.push(CrateMessage {
                id: id.clone(),
                attribute: Some(attr),
                vars: Vec::new(),
            });
        }
        let Some(id) = &in_message else { continue };
        let Some(last) = out.last_mut().filter(|m| &m.id == id) else {
            continue;
        };
        for (i, _) in line.match_indices('$') {
            let name: String = line
                .get(i + 1..)
                .unwrap_or_default()
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                .collect();
            if !name.is_empty() && !last.vars.contains(&name) {
                last.vars.push(name);
            }
        }
    }
}
