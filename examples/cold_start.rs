//! Measures the first report in a fresh process: from `main` to a rendered report, including
//! parsing and validating the builtin content and building the bundles.
//!
//! ```text
//! cargo build --release --example cold_start
//! for i in $(seq 21); do target/release/examples/cold_start; done | sort -n | sed -n 11p
//! ```

use std::time::Instant;

use lowback::{Assessment, Catalog, Localizer, Report};

fn main() {
    let start = Instant::now();
    let outcome = (|| -> Result<usize, lowback::Error> {
        let a = Assessment::from_json(include_str!("assessment.json"))?;
        let catalog = Catalog::builtin();
        let triage = catalog.triage(&a)?;
        let loc = Localizer::builtin();
        let locale = loc.negotiate("fr")?;
        Ok(Report::new(catalog, loc, &locale, &triage)?.to_text().len())
    })();
    let micros = start.elapsed().as_micros();
    match outcome {
        Ok(bytes) => println!("{micros} µs to the first report ({bytes} bytes)"),
        Err(e) => eprintln!("error: {e}"),
    }
}
