//! The builtin content pack with one data file or one Fluent file replaced by fuzz input (byte 0 selects; see `content_pack` in the bodies).
//!
//! The body is shared with the stable-Rust loop in `tests/fuzz_stable.rs`.
#![no_main]

#[path = "../../tests/fuzz_stable/bodies.rs"]
mod bodies;

libfuzzer_sys::fuzz_target!(|data: &[u8]| bodies::content_pack(data));
