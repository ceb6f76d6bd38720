//! The main job: triage an assessment and print its report.
//!
//! ```text
//! cargo run --example triage                      # built-in sample case, report in English and French
//! cargo run --example triage -- --json examples/assessment.json --lang fr-CA --format markdown
//! echo '{"age": 70, "trauma": "major"}' | cargo run --example triage -- --json - --format json
//! ```
//!
//! Bad input exits with status 2 and the error's message on stderr.

use std::io::Read as _;
use std::process::ExitCode;

use lowback::{Assessment, Catalog, Localizer, Report};

const SAMPLE: &str = include_str!("assessment.json");

#[derive(Clone, Copy)]
enum Format {
    Text,
    Markdown,
    Json,
}

fn usage() -> &'static str {
    "usage: triage [--json FILE|-] [--lang TAG] [--format text|markdown|json]"
}

fn run() -> Result<(), String> {
    let mut json: Option<String> = None;
    let mut langs: Vec<String> = Vec::new();
    let mut format = Format::Text;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = || {
            args.next()
                .ok_or_else(|| format!("{arg} needs a value\n{}", usage()))
        };
        match arg.as_str() {
            "--json" => json = Some(value()?),
            "--lang" => langs.push(value()?),
            "--format" => {
                format = match value()?.as_str() {
                    "text" => Format::Text,
                    "markdown" | "md" => Format::Markdown,
                    "json" => Format::Json,
                    other => return Err(format!("unknown format {other:?}\n{}", usage())),
                }
            }
            "-h" | "--help" => {
                println!("{}", usage());
                return Ok(());
            }
            other => return Err(format!("unknown argument {other:?}\n{}", usage())),
        }
    }
    let text = match json.as_deref() {
        None => SAMPLE.to_owned(),
        Some("-") => {
            let mut s = String::new();
            std::io::stdin()
                .read_to_string(&mut s)
                .map_err(|e| format!("cannot read stdin: {e}"))?;
            s
        }
        Some(path) => {
            std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))?
        }
    };
    if langs.is_empty() {
        langs = vec!["en".to_owned(), "fr".to_owned()];
    }
    let assessment = Assessment::from_json(&text).map_err(|e| e.to_string())?;
    let catalog = Catalog::builtin();
    let triage = catalog.triage(&assessment).map_err(|e| e.to_string())?;
    let localizer = Localizer::builtin();
    for (i, tag) in langs.iter().enumerate() {
        let locale = localizer.negotiate(tag).map_err(|e| e.to_string())?;
        if locale.is_fallback() {
            eprintln!("note: no {tag} content; using {}", locale.primary());
        }
        let report =
            Report::new(catalog, localizer, &locale, &triage).map_err(|e| e.to_string())?;
        if i > 0 {
            println!();
        }
        match format {
            Format::Text => print!("{}", report.to_text()),
            Format::Markdown => print!("{}", report.to_markdown()),
            Format::Json => println!("{}", report.to_json()),
        }
    }
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}
