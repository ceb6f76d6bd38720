//! An adaptive interview on the terminal, one question at a time, then the report.
//!
//! ```text
//! cargo run --example interview -- --lang fr
//! cargo run --example interview -- --fhir-questionnaire --lang fr   # the FHIR R4 Questionnaire
//! ```
//!
//! Answer with an option's number or words (several separated by commas where the question
//! allows it), yes / no, a number with or without a unit ("3 weeks", "3 semaines"), or "?" for
//! "I don't know". Type `q` (or end the input) to stop early; the report then says so.
//!
//! Exit status: 0 after a report, 1 when the report could not be written (closed pipe, full
//! disk), 2 for a bad argument.

use std::io::{BufRead as _, Write as _};
use std::process::ExitCode;

use lowback::{Arg, Catalog, InputProblem, Interview, Localizer, Outcome, Report};

const USAGE: &str = "usage: interview [--lang TAG] [--fhir-questionnaire]\n\n\
    Runs the adaptive interview on the terminal (English, French, Canadian French) and prints\n\
    the report. Answer with an option's number or words, yes / no, a number with a unit, or ?\n\
    for \"I don't know\"; type q to stop early. --fhir-questionnaire prints the interview as a\n\
    FHIR R4 Questionnaire (JSON) in that language instead.\n\n\
    Exit status: 0 done, 1 output error, 2 bad argument.";

fn run() -> Result<(), (u8, String)> {
    let mut tag = "en".to_owned();
    let mut fhir_questionnaire = false;
    let mut args = std::env::args_os().skip(1);
    while let Some(a) = args.next() {
        match a.to_str() {
            Some("--lang") => {
                tag = args
                    .next()
                    .and_then(|v| v.into_string().ok())
                    .ok_or((2, "--lang needs a value".to_owned()))?;
            }
            Some("--fhir-questionnaire") => fhir_questionnaire = true,
            Some("--help" | "-h") => {
                println!("{USAGE}");
                return Ok(());
            }
            _ => return Err((2, format!("unknown argument {a:?}\n{USAGE}"))),
        }
    }
    let catalog = Catalog::builtin();
    let loc = Localizer::builtin();
    let locale = loc.negotiate(&tag).map_err(|e| (2, e.to_string()))?;
    if locale.is_fallback() {
        eprintln!(
            "note: no content for {tag:?}; falling back to {}",
            locale.primary()
        );
    }
    let render = |e: lowback::RenderError| (1, e.to_string());
    if fhir_questionnaire {
        #[cfg(feature = "fhir")]
        {
            let q = lowback::fhir::questionnaire(catalog, loc, &locale).map_err(render)?;
            let text = lowback::fhir::to_pretty_json(&q);
            let mut out = std::io::stdout().lock();
            return writeln!(out, "{text}")
                .and_then(|()| out.flush())
                .map_err(|e| (1, e.to_string()));
        }
        #[cfg(not(feature = "fhir"))]
        return Err((2, "--fhir-questionnaire needs the fhir feature".to_owned()));
    }
    let msg = |id: &str, args: &[(&str, Arg<'_>)]| loc.message(&locale, id, None, args);
    let out = std::io::stdout();
    let mut out = out.lock();
    let io = |e: std::io::Error| (1, e.to_string());
    writeln!(
        out,
        "{}\n{}\n",
        msg("interview-title", &[]).map_err(render)?,
        msg("interview-intro", &[]).map_err(render)?
    )
    .map_err(io)?;
    let mut interview = Interview::new(catalog);
    let stdin = std::io::stdin();
    let mut lines = stdin.lock().lines();
    let mut stopped_early = false;
    while let Some(q) = interview.question() {
        let view = loc.question_view(catalog, &locale, q).map_err(render)?;
        let p = interview.progress();
        let asked = i64::try_from(p.asked + 1).unwrap_or(i64::MAX);
        let left = i64::try_from(p.left_estimate.saturating_sub(1)).unwrap_or(i64::MAX);
        let progress = msg(
            "interview-progress",
            &[("asked", Arg::Number(asked)), ("left", Arg::Number(left))],
        )
        .map_err(render)?;
        writeln!(out, "[{progress}]\n{}", view.prompt).map_err(io)?;
        if let Some(h) = &view.hint {
            writeln!(out, "  {h}").map_err(io)?;
        }
        for (n, (_, label)) in view.options.iter().enumerate() {
            writeln!(out, "  {}. {label}", n + 1).map_err(io)?;
        }
        writeln!(out, "  ?. {}", view.unknown).map_err(io)?;
        write!(out, "> ").map_err(io)?;
        out.flush().map_err(io)?;
        let line = match lines.next() {
            None => {
                stopped_early = true;
                break;
            }
            // A line that is not valid UTF-8 is refused like any answer not understood.
            Some(Err(e)) if e.kind() == std::io::ErrorKind::InvalidData => String::from("\u{fffd}"),
            Some(Err(e)) => return Err((1, e.to_string())),
            Some(Ok(l)) => l,
        };
        if matches!(line.trim(), "q" | "quit" | "quitter" | "stop") {
            stopped_early = true;
            break;
        }
        match interview.answer_with_labels(&line, &view.options) {
            Outcome::Refused { problem, .. } => {
                // A slip of the keyboard ("lowr back"): the option it looks like.
                if let Some(option) = problem.problems().iter().find_map(|p| p.suggestion()) {
                    writeln!(
                        out,
                        "{}",
                        msg("interview-did-you-mean", &[("option", Arg::Text(option))])
                            .map_err(render)?
                    )
                    .map_err(io)?;
                }
                let expected: Vec<String> = if view.options.is_empty() {
                    view.hint.clone().into_iter().collect()
                } else {
                    (1..=view.options.len()).map(|n| n.to_string()).collect()
                };
                let expected = expected.join(", ");
                writeln!(
                    out,
                    "{}\n",
                    msg(
                        "interview-invalid-answer",
                        &[("expected", Arg::Text(&expected))]
                    )
                    .map_err(render)?
                )
                .map_err(io)?;
            }
            Outcome::MovedOn { .. } => {
                writeln!(out, "{}\n", msg("interview-moved-on", &[]).map_err(render)?)
                    .map_err(io)?;
            }
            _ => writeln!(out).map_err(io)?,
        }
    }
    let triage = interview.triage();
    // Nothing answered at all: nothing to report, said in the person's language.
    let nothing = matches!(&triage, Err(e) if e.problems() == [InputProblem::Empty]);
    let closing = match (nothing, stopped_early) {
        (true, _) => "interview-nothing-answered",
        (false, true) => "interview-stopped-early",
        (false, false) => "interview-done",
    };
    writeln!(out, "\n{}\n", msg(closing, &[]).map_err(render)?).map_err(io)?;
    match triage {
        Ok(triage) => {
            let report = Report::new(catalog, loc, &locale, &triage).map_err(render)?;
            write!(out, "{}", report.to_text()).map_err(io)?;
        }
        Err(_) if nothing => {}
        // Any other problem is the program's, not the person's: for the developer, in English.
        Err(e) => return Err((1, e.to_string())),
    }
    out.flush().map_err(io)
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err((code, e)) => {
            // A closed pipe or a full disk also fails here: report it, never panic.
            let _ = writeln!(std::io::stderr(), "error: {e}");
            ExitCode::from(code)
        }
    }
}
