//! `data/compiled/*.json` is generated from `data/*.toml` (the source of truth) so that the
//! builtin catalog loads fast. This test fails when they differ; `UPDATE_COMPILED=1 cargo test
//! --test compiled_data` regenerates them.
//!
//! The compiled form is JSON in a lean shape (`src/catalog/compiled.rs` reads it): every array of
//! tables becomes `{"count": n, "columns": [keys], "rows": [[values], …]}`, one row a line, a row
//! giving its values in the order of `columns` (`id` first, then the keys most items have),
//! `null` for a key the item lacks, and ending after its last value. Everything else is plain
//! JSON.

use std::fmt::Write as _;

fn json_string(s: &str) -> String {
    serde_json::to_string(s).unwrap()
}

/// Whether a value is a non-empty array of tables (`[[name]]` in TOML).
fn is_table_array(v: &toml::Value) -> bool {
    v.as_array()
        .is_some_and(|a| !a.is_empty() && a.iter().all(toml::Value::is_table))
}

fn write_value(out: &mut String, v: &toml::Value) {
    match v {
        toml::Value::String(s) => out.push_str(&json_string(s)),
        toml::Value::Integer(n) => write!(out, "{n}").unwrap(),
        toml::Value::Boolean(b) => write!(out, "{b}").unwrap(),
        toml::Value::Float(_) | toml::Value::Datetime(_) => {
            panic!("the compiled form holds no floats or dates (quote dates in the TOML)")
        }
        toml::Value::Array(items) if is_table_array(v) => write_table(out, items, false),
        toml::Value::Array(items) => {
            out.push('[');
            for (i, x) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_value(out, x);
            }
            out.push(']');
        }
        toml::Value::Table(t) => {
            out.push('{');
            for (i, (k, x)) in t.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(&json_string(k));
                out.push(':');
                write_value(out, x);
            }
            out.push('}');
        }
    }
}

/// An array of tables: its count, its columns, then one row per table.
fn write_table(out: &mut String, items: &[toml::Value], one_row_a_line: bool) {
    let mut columns: Vec<&str> = Vec::new();
    for t in items {
        for k in t.as_table().unwrap().keys() {
            if !columns.contains(&k.as_str()) {
                columns.push(k);
            }
        }
    }
    // `id` first, then the keys most items have: a row ends after its last value, so the
    // keys that few items have cost nothing in the others.
    let present = |c: &str| items.iter().filter(|t| t.get(c).is_some()).count();
    columns.sort_by_key(|c| (*c != "id", std::cmp::Reverse(present(c)), *c));
    write!(out, "{{\"count\":{},\"columns\":[", items.len()).unwrap();
    for (i, c) in columns.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&json_string(c));
    }
    out.push_str("],\"rows\":[");
    for (i, t) in items.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        if one_row_a_line {
            out.push('\n');
        }
        out.push('[');
        let t = t.as_table().unwrap();
        let last = columns
            .iter()
            .rposition(|c| t.contains_key(*c))
            .map_or(0, |j| j + 1);
        for (j, c) in columns.iter().take(last).enumerate() {
            if j > 0 {
                out.push(',');
            }
            match t.get(*c) {
                Some(x) => write_value(out, x),
                None => out.push_str("null"),
            }
        }
        out.push(']');
    }
    if one_row_a_line {
        out.push('\n');
    }
    out.push_str("]}");
}

/// The compiled form of one data file.
fn compile(toml_text: &str) -> String {
    let value: toml::Table = toml::from_str(toml_text).unwrap();
    let mut out = String::from("{");
    for (i, (k, v)) in value.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&json_string(k));
        out.push(':');
        match v {
            toml::Value::Array(items) if is_table_array(v) => write_table(&mut out, items, true),
            _ => write_value(&mut out, v),
        }
    }
    out.push_str("}\n");
    // Still JSON, and the same data.
    let back: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert!(back.is_object());
    out
}

#[test]
fn compiled_json_matches_the_toml_sources() {
    let root = env!("CARGO_MANIFEST_DIR");
    let mut stale = Vec::new();
    for file in lowback::ContentPack::data_file_names() {
        let name = file.trim_end_matches(".toml");
        let toml_text = std::fs::read_to_string(format!("{root}/data/{name}.toml")).unwrap();
        let json = compile(&toml_text);
        let path = format!("{root}/data/compiled/{name}.json");
        if std::env::var_os("UPDATE_COMPILED").is_some() {
            std::fs::write(&path, &json).unwrap();
        } else if std::fs::read_to_string(&path).unwrap_or_default() != json {
            stale.push(name);
        }
    }
    assert!(
        stale.is_empty(),
        "data/compiled is stale for {stale:?}: run UPDATE_COMPILED=1 cargo test --test compiled_data"
    );
}

/// The builtin load reads the compiled form; an app's pack with the same TOML text is read from
/// the TOML. Both must give the same catalog, item for item (and the same content version).
#[test]
fn the_compiled_form_gives_the_catalog_the_toml_gives() {
    let root = env!("CARGO_MANIFEST_DIR");
    let compiled = lowback::Catalog::load_builtin().unwrap();
    let mut pack = lowback::ContentPack::builtin();
    for name in lowback::ContentPack::data_file_names() {
        let text = std::fs::read_to_string(format!("{root}/data/{name}")).unwrap();
        // Replacing a file drops its compiled form: this pack is read from the TOML.
        pack.add_data(name, &text);
    }
    let from_toml = lowback::Catalog::from_pack(&pack).unwrap();
    assert_eq!(compiled.content_version(), from_toml.content_version());
    assert_eq!(format!("{compiled:#?}"), format!("{from_toml:#?}"));
}
