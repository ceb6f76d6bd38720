//! The main job: triage an assessment and print its report, or hand it to a health system.
//!
//! ```text
//! cargo run --example triage                      # built-in sample case, report in English and French
//! cargo run --example triage -- --json examples/assessment.json --lang fr-CA --format markdown
//! echo '{"age": 70, "trauma": "major"}' | cargo run --example triage -- --json - --format json
//! cargo run --example triage -- --format triage     # language-neutral Triage JSON
//! cargo run --example triage -- --format fhir       # FHIR R4 Bundle: QuestionnaireResponse + RiskAssessment
//! cargo run --example triage -- --format cds-hooks --lang fr   # CDS Hooks 2.0 response
//! ```
//!
//! Formats: `text` and `markdown` print one report per `--lang` (English and French when none
//! is given); `json` prints the report as JSON (an array when several `--lang` are given);
//! `triage` and `fhir` are language-neutral; `cds-hooks` uses the first `--lang` (English when
//! none). With a JSON format (`json`, `triage`, `fhir`, `cds-hooks`), a bad input prints the
//! error as JSON on standard output (`code`, `message`, and each problem with its `code` and
//! `field`), so a script reads one document whatever happens.
//!
//! Exit status: 0 done; 1 the output could not be written (a closed pipe, a full disk); 2 a bad
//! input or argument (including an argument that is not valid UTF-8). Nothing panics.

use std::ffi::OsString;
use std::io::{Read as _, Write as _};
use std::path::PathBuf;
use std::process::ExitCode;

use lowback::{Assessment, Catalog, Localizer, Report, cds_hooks};

const SAMPLE: &str = include_str!("assessment.json");

const USAGE: &str = "usage: triage [--json FILE|-] [--lang TAG]... [--format FORMAT]

Triages an assessment (the built-in sample case when no --json is given) and prints it.

  --json FILE|-    read the assessment JSON from FILE, or from standard input with -
  --lang TAG       a language (en, fr, fr-CA); repeat for several; default en and fr
  --format FORMAT  text (default), markdown, json (the report as JSON),
                   triage (language-neutral Triage JSON), fhir (FHIR R4 Bundle),
                   cds-hooks (CDS Hooks 2.0 response)
  -h, --help       this help

With a JSON format, a bad input prints the error as JSON on standard output.
Exit status: 0 done, 1 output error (closed pipe, full disk), 2 bad input or argument.";

#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Text,
    Markdown,
    Json,
    Triage,
    Fhir,
    CdsHooks,
}

impl Format {
    fn is_json(self) -> bool {
        matches!(
            self,
            Format::Json | Format::Triage | Format::Fhir | Format::CdsHooks
        )
    }
}

/// Why the run failed: the exit status and what to say (as text, or as a JSON document).
enum Failure {
    /// The output could not be written.
    Output(std::io::Error),
    /// A bad argument or input, with the error as text and as JSON.
    Input { text: String, json: String },
}

fn bad(code: &str, message: impl Into<String>) -> Failure {
    let message = message.into();
    let json = serde_json::json!({ "code": code, "message": message });
    Failure::Input {
        text: message,
        json: serde_json::to_string_pretty(&json).unwrap_or_default(),
    }
}

/// A bad argument: the usage follows the message on the terminal, not in JSON.
fn bad_arg(message: impl Into<String>) -> Failure {
    let message = message.into();
    let json = serde_json::json!({ "code": "bad_argument", "message": message });
    Failure::Input {
        text: format!("{message}\n{USAGE}"),
        json: serde_json::to_string_pretty(&json).unwrap_or_default(),
    }
}

fn error(e: &lowback::Error) -> Failure {
    Failure::Input {
        text: e.to_string(),
        json: e.to_json(),
    }
}

struct Args {
    json: Option<PathBuf>,
    langs: Vec<String>,
    format: Format,
    help: bool,
}

fn text_arg(a: OsString) -> Result<String, Failure> {
    a.into_string()
        .map_err(|a| bad_arg(format!("argument {a:?} is not valid UTF-8")))
}

fn parse_args(format: &mut Format) -> Result<Args, Failure> {
    let mut out = Args {
        json: None,
        langs: Vec::new(),
        format: Format::Text,
        help: false,
    };
    let mut args = std::env::args_os().skip(1);
    while let Some(arg) = args.next() {
        let arg = text_arg(arg)?;
        let mut value = || {
            args.next()
                .ok_or_else(|| bad_arg(format!("{arg} needs a value")))
        };
        match arg.as_str() {
            // A file name need not be UTF-8.
            "--json" => out.json = Some(PathBuf::from(value()?)),
            "--lang" => {
                let v = value()?;
                out.langs.push(text_arg(v)?);
            }
            "--format" => {
                let v = value()?;
                out.format = match text_arg(v)?.as_str() {
                    "text" => Format::Text,
                    "markdown" | "md" => Format::Markdown,
                    "json" => Format::Json,
                    "triage" => Format::Triage,
                    "fhir" => Format::Fhir,
                    "cds-hooks" | "cds_hooks" => Format::CdsHooks,
                    other => {
                        return Err(bad_arg(format!("unknown format {other:?}")));
                    }
                };
                *format = out.format;
            }
            "-h" | "--help" => out.help = true,
            other => {
                return Err(bad_arg(format!("unknown argument {other:?}")));
            }
        }
    }
    Ok(out)
}

fn read_input(path: Option<&PathBuf>) -> Result<String, Failure> {
    match path {
        None => Ok(SAMPLE.to_owned()),
        Some(p) if p.as_os_str() == "-" => {
            let mut s = String::new();
            std::io::stdin()
                .read_to_string(&mut s)
                .map_err(|e| bad("unreadable_input", format!("cannot read stdin: {e}")))?;
            Ok(s)
        }
        Some(p) => std::fs::read_to_string(p).map_err(|e| {
            bad(
                "unreadable_input",
                format!("cannot read {}: {e}", p.display()),
            )
        }),
    }
}

fn run(format: &mut Format) -> Result<(), Failure> {
    let args = parse_args(format)?;
    let out = std::io::stdout();
    let mut out = std::io::BufWriter::new(out.lock());
    if args.help {
        writeln!(out, "{USAGE}").map_err(Failure::Output)?;
        return out.flush().map_err(Failure::Output);
    }
    let text = read_input(args.json.as_ref())?;
    let assessment = Assessment::from_json(&text).map_err(|e| error(&e.into()))?;
    let catalog = Catalog::builtin();
    let triage = catalog.triage(&assessment).map_err(|e| error(&e.into()))?;
    let localizer = Localizer::builtin();
    let mut langs = args.langs;
    if langs.is_empty() {
        langs = match args.format {
            Format::Text | Format::Markdown => vec!["en".to_owned(), "fr".to_owned()],
            _ => vec!["en".to_owned()],
        };
    }
    let mut locales = Vec::with_capacity(langs.len());
    for tag in &langs {
        let locale = localizer.negotiate(tag).map_err(|e| error(&e.into()))?;
        if locale.is_fallback() {
            // Never eprintln!: it panics when stderr cannot be written.
            let _ = writeln!(
                std::io::stderr(),
                "note: no {tag} content; using {}",
                locale.primary()
            );
        }
        locales.push(locale);
    }
    let report =
        |locale| Report::new(catalog, localizer, locale, &triage).map_err(|e| error(&e.into()));
    let pretty = |v: &serde_json::Value| serde_json::to_string_pretty(v).unwrap_or_default();
    let document = match args.format {
        Format::Text | Format::Markdown => {
            let mut s = String::new();
            for (i, locale) in locales.iter().enumerate() {
                let r = report(locale)?;
                if i > 0 {
                    s.push('\n');
                }
                s.push_str(&if args.format == Format::Text {
                    r.to_text()
                } else {
                    r.to_markdown()
                });
            }
            s
        }
        Format::Json => {
            let mut reports = Vec::with_capacity(locales.len());
            for locale in &locales {
                reports.push(report(locale)?);
            }
            let v = if reports.len() == 1 {
                serde_json::to_value(&reports[0])
            } else {
                serde_json::to_value(&reports)
            };
            format!("{}\n", v.map(|v| pretty(&v)).unwrap_or_default())
        }
        Format::Triage => format!("{}\n", triage.to_json()),
        #[cfg(feature = "fhir")]
        Format::Fhir => {
            let b = lowback::fhir::bundle(catalog, &assessment, &triage)
                .map_err(|e| error(&e.into()))?;
            format!("{}\n", lowback::fhir::to_pretty_json(&b))
        }
        #[cfg(not(feature = "fhir"))]
        Format::Fhir => {
            return Err(bad(
                "bad_argument",
                "--format fhir needs the fhir feature of lowback",
            ));
        }
        Format::CdsHooks => {
            let locale = locales
                .first()
                .ok_or_else(|| bad("bad_argument", "no language"))?;
            let r = cds_hooks::response(catalog, localizer, locale, &triage)
                .map_err(|e| error(&e.into()))?;
            format!("{}\n", pretty(&r))
        }
    };
    out.write_all(document.as_bytes())
        .and_then(|()| out.flush())
        .map_err(Failure::Output)
}

fn main() -> ExitCode {
    let mut format = Format::Text;
    match run(&mut format) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Output(e)) => {
            // A closed pipe or a full disk: say so on stderr, never panic.
            let _ = writeln!(std::io::stderr(), "error: cannot write the output: {e}");
            ExitCode::from(1)
        }
        Err(Failure::Input { text, json }) => {
            if format.is_json() {
                let mut out = std::io::stdout();
                if writeln!(out, "{json}").and_then(|()| out.flush()).is_err() {
                    let _ = writeln!(std::io::stderr(), "error: {text}");
                }
            } else {
                let _ = writeln!(std::io::stderr(), "error: {text}");
            }
            ExitCode::from(2)
        }
    }
}
