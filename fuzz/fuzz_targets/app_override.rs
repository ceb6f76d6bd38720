//! App overrides for `en`, `fr`, `fr-CA`, `fr-BE` or a new locale (byte 0 selects; a 0xFF byte starts a second override); an accepted override renders every message in every locale (F5).
//!
//! The body is shared with the stable-Rust loop in `tests/fuzz_stable.rs`.
#![no_main]

#[path = "../../tests/fuzz_stable/bodies.rs"]
mod bodies;

libfuzzer_sys::fuzz_target!(|data: &[u8]| bodies::app_override(data));
