//! Builtin content pack with one data file or one Fluent file replaced by fuzz input.
//!
//! Input layout: byte 0 selects the target (0..=7: one of the 8 data files, replaced;
//! 8..=15: the same, appended to; 16..: a Fluent file added to `en` or `fr`); the rest is
//! the text (lossy UTF-8).
#![no_main]

use libfuzzer_sys::fuzz_target;
use lowback::{Catalog, ContentPack};

const DATA_FILES: [&str; 8] = [
    "references.toml",
    "findings.toml",
    "red_flags.toml",
    "rules.toml",
    "conditions.toml",
    "exercises.toml",
    "care.toml",
    "facts.toml",
];

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    let text = String::from_utf8_lossy(rest);
    let mut pack = ContentPack::builtin();
    let s = usize::from(selector);
    match s {
        0..=7 => {
            pack.add_data(DATA_FILES[s], &text);
        }
        8..=15 => {
            pack.append_data(DATA_FILES[s - 8], &text);
        }
        _ => {
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
});
