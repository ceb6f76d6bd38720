//! A Fluent override for `fr` on top of the builtin pack; an accepted override renders every message in every locale (F5).
//!
//! The body is shared with the stable-Rust loop in `tests/fuzz_stable.rs`.
#![no_main]

#[path = "../../tests/fuzz_stable/bodies.rs"]
mod bodies;

libfuzzer_sys::fuzz_target!(|data: &[u8]| bodies::ftl_override(data));
