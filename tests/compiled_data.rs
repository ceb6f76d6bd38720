//! `data/compiled/*.json` is generated from `data/*.toml` (the source of truth) so that the
//! builtin catalog loads fast. This test fails when they differ; `UPDATE_COMPILED=1 cargo test
//! --test compiled_data` regenerates them.

#[test]
fn compiled_json_matches_the_toml_sources() {
    let root = env!("CARGO_MANIFEST_DIR");
    let mut stale = Vec::new();
    for name in [
        "pack",
        "references",
        "findings",
        "red_flags",
        "rules",
        "conditions",
        "exercises",
        "care",
        "facts",
    ] {
        let toml_text = std::fs::read_to_string(format!("{root}/data/{name}.toml")).unwrap();
        let value: toml::Value = toml::from_str(&toml_text).unwrap();
        let json = serde_json::to_string(&value).unwrap() + "\n";
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
