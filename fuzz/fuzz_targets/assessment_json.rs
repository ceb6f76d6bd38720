//! Assessment JSON from arbitrary bytes: `Assessment::from_json` must not panic, and an error lists its problems.
//!
//! The body is shared with the stable-Rust loop in `tests/fuzz_stable.rs`.
#![no_main]

#[path = "../../tests/fuzz_stable/bodies.rs"]
mod bodies;

libfuzzer_sys::fuzz_target!(|data: &[u8]| bodies::assessment_json(data));
