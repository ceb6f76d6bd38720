//! Measures the first report in a fresh process: from `main` to a rendered report, including
//! parsing and validating the builtin content and building the bundles.
//!
//! ```text
//! cargo build --release --example cold_start
//! for i in $(seq 21); do target/release/examples/cold_start; done | sort -n | sed -n 11p
//! ```

use std::io::Write as _;
use std::process::ExitCode;
use std::time::Instant;

use lowback::{Assessment, Catalog, Localizer, Report};

fn main() -> ExitCode {
    if std::env::args_os()
        .skip(1)
        .any(|a| a == "--help" || a == "-h")
    {
        let _ = writeln!(
            std::io::stdout(),
            "usage: cold_start\n\nPrints the time from start to the first rendered report.\n\
             Exit status: 0 done, 1 an error or an output error."
        );
        return ExitCode::SUCCESS;
    }
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
    // Exit 1 on an error or when the figure cannot be written (closed pipe, full disk).
    let written = match outcome {
        Ok(bytes) => writeln!(
            std::io::stdout(),
            "{micros} µs to the first report ({bytes} bytes)"
        ),
        Err(e) => {
            let _ = writeln!(std::io::stderr(), "error: {e}");
            return ExitCode::from(1);
        }
    };
    if written.is_ok() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}
