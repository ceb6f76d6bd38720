//! An interview driven by arbitrary answers (newline-separated): it always ends, never asks one
//! question more than three times in a row, and reports in English and French.
//!
//! The body is shared with the stable-Rust loop in `tests/fuzz_stable.rs`.
#![no_main]

#[path = "../../tests/fuzz_stable/bodies.rs"]
mod bodies;

libfuzzer_sys::fuzz_target!(|data: &[u8]| bodies::interview(data));
