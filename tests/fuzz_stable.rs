//! The fuzz targets' bodies (`tests/fuzz_stable/bodies.rs`, shared with `fuzz/fuzz_targets/`)
//! under stable Rust: a mutation loop seeded from `fuzz/seeds/<target>/`, driven by a xorshift
//! generator, for `LOWBACK_FUZZ_SECONDS` seconds per target (default 2, so that `cargo test`
//! stays quick; CI runs 60 in release mode). It asserts that nothing panics (and, for the
//! override targets, that an accepted override renders every message: F5) and prints the
//! executions per target.
//!
//! `LOWBACK_FUZZ_SEED` sets the generator's seed (printed with the results) to replay a run.
//! A failing input is written to `$CARGO_TARGET_TMPDIR/fuzz_stable-<target>-crash.bin`; replay
//! it with the target's cargo-fuzz binary, or by adding it to `fuzz/seeds/<target>/`.

#[path = "fuzz_stable/bodies.rs"]
mod bodies;

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;
use std::time::{Duration, Instant};

/// Largest input the loop builds.
const MAX_INPUT: usize = 64 * 1024;

/// xorshift64*: small, fast, deterministic for a given seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number below `n` (0 when `n` is 0).
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            usize::try_from(self.next() % u64::try_from(n).unwrap_or(u64::MAX)).unwrap_or(0)
        }
    }
}

fn budget() -> Duration {
    let secs = std::env::var("LOWBACK_FUZZ_SECONDS")
        .ok()
        .and_then(|s| s.trim().parse::<f64>().ok())
        .filter(|s| s.is_finite() && *s >= 0.0)
        .unwrap_or(2.0);
    Duration::from_secs_f64(secs)
}

fn seed_for(target: &str) -> u64 {
    let base = std::env::var("LOWBACK_FUZZ_SEED")
        .ok()
        .and_then(|s| {
            let s = s.trim();
            s.strip_prefix("0x")
                .map_or_else(|| s.parse().ok(), |h| u64::from_str_radix(h, 16).ok())
        })
        .unwrap_or(0x6c6f_7762_6163_6b21); // "lowback!"
    // A different stream per target, never zero (xorshift's fixed point).
    target.bytes().fold(base, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    }) | 1
}

/// The committed seeds of a target, plus `fallback` (the published crate has no `fuzz/`).
fn seeds(target: &str, fallback: &[&[u8]]) -> Vec<Vec<u8>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/seeds")
        .join(target);
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map(|d| d.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    files.sort();
    let mut out: Vec<Vec<u8>> = files.iter().filter_map(|f| std::fs::read(f).ok()).collect();
    out.extend(fallback.iter().map(|s| s.to_vec()));
    out
}

/// One to eight stacked mutations: bit flips, interesting bytes, deletions, insertions,
/// duplications, dictionary tokens (sometimes repeated thousands of times, for nesting),
/// splices from the pool, truncation.
fn mutate(rng: &mut Rng, input: &mut Vec<u8>, pool: &[Vec<u8>], dict: &[&[u8]]) {
    const INTERESTING: &[u8] = b"\0\xff\x7f\x80{}[]()\"\\$-=:,.*#\n\r\t 0123456789";
    for _ in 0..=rng.below(8) {
        let len = input.len();
        match rng.below(11) {
            0 if len > 0 => {
                let i = rng.below(len);
                if let Some(b) = input.get_mut(i) {
                    *b ^= 1 << rng.below(8);
                }
            }
            1 if len > 0 => {
                let i = rng.below(len);
                let v = INTERESTING.get(rng.below(INTERESTING.len())).copied();
                if let (Some(b), Some(v)) = (input.get_mut(i), v) {
                    *b = v;
                }
            }
            2 if len > 0 => {
                let at = rng.below(len);
                let n = 1 + rng.below((len - at).min(64));
                input.drain(at..at + n);
            }
            3 => {
                let at = rng.below(len + 1);
                let n = 1 + rng.below(16);
                let bytes: Vec<u8> = (0..n).map(|_| (rng.next() >> 24) as u8).collect();
                input.splice(at..at, bytes);
            }
            4 if len > 0 => {
                let at = rng.below(len);
                let n = 1 + rng.below((len - at).min(256));
                let chunk: Vec<u8> = input.get(at..at + n).unwrap_or_default().to_vec();
                let to = rng.below(len + 1);
                input.splice(to..to, chunk);
            }
            5 | 6 if !dict.is_empty() => {
                let token = dict.get(rng.below(dict.len())).copied().unwrap_or_default();
                let at = rng.below(len + 1);
                input.splice(at..at, token.iter().copied());
            }
            7 if !dict.is_empty() => {
                // A token repeated up to 4,096 times: deep nesting, long lists.
                let token = dict.get(rng.below(dict.len())).copied().unwrap_or_default();
                let times = 1 + rng.below(4_096);
                let at = rng.below(len + 1);
                let run: Vec<u8> = token.repeat(times);
                input.splice(at..at, run);
            }
            8 if !pool.is_empty() => {
                let other = pool.get(rng.below(pool.len())).cloned().unwrap_or_default();
                let from = rng.below(other.len() + 1);
                let piece = other.get(from..).unwrap_or_default();
                let n = rng.below(piece.len() + 1);
                let at = rng.below(len + 1);
                input.splice(at..at, piece.get(..n).unwrap_or_default().iter().copied());
            }
            9 if len > 0 => input.truncate(rng.below(len)),
            10 if len > 1 => {
                let a = rng.below(len);
                let b = rng.below(len);
                input.swap(a, b);
            }
            _ => {}
        }
    }
    input.truncate(MAX_INPUT);
}

/// Runs `body` on every seed, then on mutants until the budget is spent; returns the number of
/// executions. On a panic, saves the input and fails the test.
fn fuzz(name: &str, body: fn(&[u8]), seeds: Vec<Vec<u8>>, dict: &[&[u8]]) -> u64 {
    let seed = seed_for(name);
    let mut rng = Rng(seed);
    let budget = budget();
    let start = Instant::now();
    let mut pool = seeds;
    let corpus_len = pool.len();
    let mut execs: u64 = 0;
    let mut pending: Vec<Vec<u8>> = pool.clone(); // every seed once, as it is
    loop {
        let input = if let Some(seed_input) = pending.pop() {
            seed_input
        } else {
            if start.elapsed() >= budget {
                break;
            }
            let mut input = pool.get(rng.below(pool.len())).cloned().unwrap_or_default();
            mutate(&mut rng, &mut input, &pool, dict);
            input
        };
        if catch_unwind(AssertUnwindSafe(|| body(&input))).is_err() {
            let dir = Path::new(env!("CARGO_TARGET_TMPDIR"));
            let path = dir.join(format!("fuzz_stable-{name}-crash.bin"));
            let saved = std::fs::write(&path, &input).is_ok();
            panic!(
                "fuzz target {name} panicked after {execs} executions (seed {seed:#x}); input ({} bytes) {}: {:?}",
                input.len(),
                if saved {
                    format!("saved to {}", path.display())
                } else {
                    "not saved".to_owned()
                },
                String::from_utf8_lossy(input.get(..input.len().min(300)).unwrap_or_default()),
            );
        }
        execs += 1;
        // Keep some mutants, so that mutations stack up over time; the seeds always stay.
        if execs % 8 == 0 && input.len() < MAX_INPUT / 2 {
            if pool.len() < corpus_len + 256 {
                pool.push(input);
            } else {
                let i = corpus_len + rng.below(256);
                if let Some(slot) = pool.get_mut(i) {
                    *slot = input;
                }
            }
        }
    }
    let secs = start.elapsed().as_secs_f64();
    #[allow(clippy::cast_precision_loss)]
    let rate = execs as f64 / secs.max(1e-9);
    println!(
        "fuzz_stable {name}: {execs} execs in {secs:.1} s ({rate:.0}/s), {corpus_len} seeds, seed {seed:#x}"
    );
    execs
}

const FTL_DICT: &[&[u8]] = &[
    b"{ ",
    b" }",
    b"{",
    b"}",
    b"$x",
    b"$sets",
    b"-emergency-number",
    b"{ -emergency-number }",
    b"-gp",
    b"{ -nope }",
    b"report-title",
    b"{ report-title }",
    b"report-level-emergency",
    b"exercise-dosage",
    b" ->\n",
    b"{ $x ->\n *[a] ",
    b"*[other] ",
    b"[one] ",
    b"\n    .detail = ",
    b"\n    ",
    b"\n",
    b" = ",
    b"\"",
    b"\\",
    b"NUMBER(",
    b"F(",
    b")",
    b"#",
    b"\r\n",
    b".nope",
    b"\xe2\x81\xa8",
];

const JSON_DICT: &[&[u8]] = &[
    b"{",
    b"}",
    b"[",
    b"]",
    b"\"",
    b":",
    b",",
    b"null",
    b"true",
    b"false",
    b"-0",
    b"1e400",
    b"18446744073709551616",
    b"\"\\u0000\"",
    b"\"\\ud800\"",
    b"\"age\"",
    b"\"findings\"",
    b"\"pain_locations\"",
    b"\"yes\"",
    b"\"unknown\"",
    b"\xef\xbb\xbf",
];

const TOML_DICT: &[&[u8]] = &[
    b"[[rule]]\n",
    b"[[reference]]\n",
    b"[[condition]]\n",
    b"[[exercise]]\n",
    b"[[tip]]\n",
    b"[[fact]]\n",
    b"id = ",
    b"\"",
    b"[",
    b"]",
    b" = ",
    b"\n",
    b"true",
    b"1",
    b"-1",
    b"references = [\"nice_ng59\"]\n",
    b"reviewed = \"2026-11-24\"\n",
    b"all = [",
    b"{ ",
    b" }",
    b"$x",
];

#[test]
fn fuzz_stable_assessment_json() {
    let seeds = seeds("assessment_json", &[b"{}", b"{\"age\": 30}", b"[", b"\"\""]);
    fuzz("assessment_json", bodies::assessment_json, seeds, JSON_DICT);
}

#[test]
fn fuzz_stable_content_pack() {
    let seeds = seeds(
        "content_pack",
        &[
            b"\x0a\n",
            b"\x10ok = fine\n",
            b"\x11report-title = { -gp }\n",
        ],
    );
    let dict: Vec<&[u8]> = TOML_DICT.iter().chain(FTL_DICT).copied().collect();
    fuzz("content_pack", bodies::content_pack, seeds, &dict);
}

#[test]
fn fuzz_stable_ftl_override() {
    let seeds = seeds(
        "ftl_override",
        &[b"report-title = Bilan\n", b"-emergency-number = le 112\n"],
    );
    fuzz("ftl_override", bodies::ftl_override, seeds, FTL_DICT);
}

#[test]
fn fuzz_stable_app_override() {
    let seeds = seeds(
        "app_override",
        &[
            b"\x02-emergency-number = le 911\n",
            b"\x00app-hello = Hello { $name }\n\xffapp-hello = Bonjour { $name }\n",
            b"\x01report-level-emergency = Urgence\n    .detail = Appelez { -emergency-number }.\n",
        ],
    );
    fuzz("app_override", bodies::app_override, seeds, FTL_DICT);
}

#[test]
fn fuzz_stable_interview() {
    let seeds = seeds(
        "interview",
        &[
            b"none\nlower back\n40\nfemale\nnone\nnone\n",
            b"?\n\n \nje ne sais pas\n1, 3\n3 semaines\n",
            b"oui\nnon\n2\n7/10\naucun\nbas du dos, fesse\n",
        ],
    );
    fuzz(
        "interview",
        bodies::interview,
        seeds,
        &[b"none", b"?", b"yes", b"1", b"lower_back", b"3 weeks"],
    );
}

#[test]
fn crate_messages_are_found() {
    // The override targets check every message the crate's en files define: the scan must find
    // them, with their attributes and variables.
    let m = bodies::crate_messages();
    assert!(m.len() > 100, "{} messages", m.len());
    assert!(
        m.iter()
            .any(|m| m.id == "exercise-dosage" && m.attribute.is_none() && m.vars.len() == 4)
    );
    assert!(m.iter().any(|m| m.attribute.is_some()));
}
