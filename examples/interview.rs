//! An adaptive interview on the terminal, one question at a time, then the report.
//!
//! ```text
//! cargo run --example interview -- --lang fr
//! ```
//!
//! Type the answer (a number, an option such as `lower-back`, several options separated by
//! commas, or yes / no / ?); an empty line or end of input stops the interview early.

use std::io::{BufRead as _, Write as _};
use std::process::ExitCode;

use lowback::{AnswerKind, Arg, Assessment, Catalog, Localizer, Question, Report, next_question};

fn run() -> Result<(), String> {
    let mut tag = "en".to_owned();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--lang" => tag = args.next().ok_or("--lang needs a value")?,
            other => {
                return Err(format!(
                    "unknown argument {other:?}; usage: interview [--lang TAG]"
                ));
            }
        }
    }
    let catalog = Catalog::builtin();
    let loc = Localizer::builtin();
    let locale = loc.negotiate(&tag).map_err(|e| e.to_string())?;
    if locale.is_fallback() {
        eprintln!(
            "note: no content for {tag:?}; falling back to {}",
            locale.primary()
        );
    }
    let msg = |id: &str, attr: Option<&str>, args: &[(&str, Arg<'_>)]| {
        loc.message(&locale, id, attr, args)
            .map_err(|e| e.to_string())
    };
    println!(
        "{}\n{}\n",
        msg("interview-title", None, &[])?,
        msg("interview-intro", None, &[])?
    );
    let mut assessment = Assessment::new();
    let stdin = std::io::stdin();
    let mut lines = stdin.lock().lines();
    while let Some(q) = next_question(catalog, &assessment) {
        let (id, attr) = q.message_id();
        let id = id.as_str();
        println!("{}", msg(id, attr, &[])?);
        let kind = q.kind(catalog);
        match &kind {
            AnswerKind::YesNo => {
                let opts: Vec<String> = ["answer-yes", "answer-no", "answer-unknown"]
                    .iter()
                    .map(|o| msg(o, None, &[]))
                    .collect::<Result<_, _>>()?;
                println!("  [yes] {}  [no] {}  [?] {}", opts[0], opts[1], opts[2]);
            }
            AnswerKind::Number { .. } => println!("  {}", msg(id, Some("hint"), &[])?),
            AnswerKind::Choice(options) | AnswerKind::MultiChoice(options) => {
                if q == Question::Field(lowback::Field::PainLocations) {
                    println!("  {}", msg("interview-multi-hint", None, &[])?);
                }
                for o in options {
                    let (m, a) = q.option_message(o);
                    println!(
                        "  [{}] {}",
                        o.replace('_', "-"),
                        msg(&m, a.as_deref(), &[])?
                    );
                }
            }
            _ => {}
        }
        print!("> ");
        std::io::stdout().flush().map_err(|e| e.to_string())?;
        let Some(Ok(line)) = lines.next() else { break };
        if line.trim().is_empty() {
            break;
        }
        if assessment.answer(catalog, q, &line).is_err() {
            // Say what is accepted in the person's language, not the developer-facing error.
            let expected = match &kind {
                AnswerKind::YesNo => ["answer-yes", "answer-no", "answer-unknown"]
                    .iter()
                    .map(|o| msg(o, None, &[]))
                    .collect::<Result<Vec<_>, _>>()?
                    .join(", "),
                AnswerKind::Number { .. } => msg(id, Some("hint"), &[])?,
                AnswerKind::Choice(options) | AnswerKind::MultiChoice(options) => options
                    .iter()
                    .map(|o| o.replace('_', "-"))
                    .collect::<Vec<_>>()
                    .join(", "),
                _ => String::new(),
            };
            println!(
                "{}\n",
                msg(
                    "interview-invalid-answer",
                    None,
                    &[("expected", Arg::Text(&expected))]
                )?
            );
        } else {
            println!();
        }
    }
    println!("{}\n", msg("interview-done", None, &[])?);
    let triage = catalog.triage(&assessment).map_err(|e| e.to_string())?;
    let report = Report::new(catalog, loc, &locale, &triage).map_err(|e| e.to_string())?;
    print!("{}", report.to_text());
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
