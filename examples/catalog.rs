//! Prints the whole catalog in one language.
//!
//! ```text
//! cargo run --example catalog -- --lang fr
//! cargo run --example catalog -- --lang en-GB
//! ```
//!
//! An unknown language falls back to English and says so on stderr.
//!
//! Exit status: 0 done, 1 the listing could not be written (closed pipe, full disk), 2 a bad
//! argument.

use std::fmt::Write as _;
use std::io::Write as _;
use std::process::ExitCode;

const USAGE: &str = "usage: catalog [--lang TAG]\n\n\
    Prints the whole catalog (findings and their questions, conditions, red flags, rules,\n\
    exercises, care, tips, facts, references) in one language.\n\n\
    Exit status: 0 done, 1 output error, 2 bad argument.";

use lowback::{Arg, Catalog, Localizer, RenderError};

fn run(out: &mut String) -> Result<(), String> {
    let mut tag = "en".to_owned();
    let mut args = std::env::args_os().skip(1);
    while let Some(a) = args.next() {
        match a.to_str() {
            Some("--lang") => {
                tag = args
                    .next()
                    .and_then(|v| v.into_string().ok())
                    .ok_or("--lang needs a value")?;
            }
            Some("--help" | "-h") => {
                let _ = writeln!(out, "{USAGE}");
                return Ok(());
            }
            _ => return Err(format!("unknown argument {a:?}\n{USAGE}")),
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
    let m = |id: &str, attr: Option<&str>| -> Result<String, RenderError> {
        loc.message(&locale, id, attr, &[])
    };
    let e = |e: RenderError| e.to_string();
    let fact_line = |fact: &lowback::Fact| -> Result<String, String> {
        let args: Vec<(&str, Arg<'_>)> = fact
            .values
            .iter()
            .map(|(k, v)| (k.as_str(), Arg::Number(*v)))
            .collect();
        loc.message(&locale, fact.message_id(), None, &args)
            .map_err(e)
    };

    let _ = writeln!(out, "# {}\n", m("catalog-title", None).map_err(e)?);
    let _ = writeln!(
        out,
        "## {} ({})\n",
        m("catalog-findings", None).map_err(e)?,
        catalog.findings().len()
    );
    for f in catalog.findings() {
        let label = m(f.message_id(), None).map_err(e)?;
        if f.is_asked() {
            let question = m(f.message_id(), Some("question")).map_err(e)?;
            let args = [
                ("finding", Arg::Text(&label)),
                ("question", Arg::Text(&question)),
            ];
            let line = loc
                .message(&locale, "catalog-finding-question", None, &args)
                .map_err(e)?;
            let _ = writeln!(out, "- {line}");
        } else {
            let _ = writeln!(out, "- {label}");
        }
    }
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "## {} ({})\n",
        m("catalog-conditions", None).map_err(e)?,
        catalog.conditions().len()
    );
    for c in catalog.conditions() {
        let id = c.message_id();
        let codes = |id: &str, list: &[String]| {
            loc.message(&locale, id, None, &[("codes", Arg::Text(&list.join(", ")))])
        };
        let mut label = codes("catalog-icd10", &c.icd10).map_err(e)?;
        if !c.snomed.is_empty() {
            label = format!(
                "{label}{}{}",
                m("report-list-separator", None).map_err(e)?,
                codes("catalog-snomed", &c.snomed).map_err(e)?
            );
        }
        let _ = writeln!(out, "### {} [{label}]", m(id, None).map_err(e)?);
        let _ = writeln!(out, "{}\n", m(id, Some("summary")).map_err(e)?);
        let _ = writeln!(out, "{}\n", m(id, Some("course")).map_err(e)?);
        let _ = writeln!(out, "{}\n", m(id, Some("first-line")).map_err(e)?);
        for f in &c.facts {
            if let Some(fact) = catalog.fact(*f) {
                let _ = writeln!(out, "- {}", fact_line(fact)?);
            }
        }
        let _ = writeln!(out);
    }
    let _ = writeln!(
        out,
        "## {} ({})\n",
        m("catalog-red-flags", None).map_err(e)?,
        catalog.red_flags().len()
    );
    for r in catalog.red_flags() {
        let codes = loc
            .message(
                &locale,
                "catalog-icd10",
                None,
                &[("codes", Arg::Text(&r.icd10.join(", ")))],
            )
            .map_err(e)?;
        let _ = writeln!(out, "### {} [{codes}]", m(r.message_id(), None).map_err(e)?);
        let _ = writeln!(out, "{}", m(r.message_id(), Some("summary")).map_err(e)?);
        let _ = writeln!(out, "{}\n", m(r.message_id(), Some("action")).map_err(e)?);
    }
    let _ = writeln!(
        out,
        "## {} ({})\n",
        m("catalog-rules", None).map_err(e)?,
        catalog.rules().len()
    );
    for r in catalog.rules() {
        let _ = writeln!(
            out,
            "- [{}] {}",
            r.disposition.map_or("advice", |d| d.as_str()),
            m(r.message_id(), None).map_err(e)?
        );
    }
    let _ = writeln!(
        out,
        "\n## {} ({})\n",
        m("catalog-exercises", None).map_err(e)?,
        catalog.exercises().len()
    );
    for x in catalog.exercises() {
        let d = x.dosage;
        let dosage = loc
            .message(
                &locale,
                "exercise-dosage",
                None,
                &[
                    ("sets", Arg::Number(d.sets.into())),
                    ("reps", Arg::Number(d.reps.into())),
                    ("hold", Arg::Number(d.hold_seconds.into())),
                    ("days", Arg::Number(d.days_per_week.into())),
                ],
            )
            .map_err(e)?;
        let _ = writeln!(
            out,
            "### {}\n{}\n{}",
            m(x.message_id(), None).map_err(e)?,
            m(x.message_id(), Some("summary")).map_err(e)?,
            dosage
        );
        for n in 1..=x.steps {
            let _ = writeln!(
                out,
                "{n}. {}",
                m(x.message_id(), Some(&format!("step-{n}"))).map_err(e)?
            );
        }
        let _ = writeln!(out, "{}\n", m(x.message_id(), Some("caution")).map_err(e)?);
    }
    let _ = writeln!(
        out,
        "## {} ({})\n",
        m("catalog-care", None).map_err(e)?,
        catalog.care_options().len()
    );
    for c in catalog.care_options() {
        let _ = writeln!(
            out,
            "### {}\n{}\n{}\n",
            m(c.message_id(), None).map_err(e)?,
            m(c.message_id(), Some("summary")).map_err(e)?,
            m(c.message_id(), Some("detail")).map_err(e)?
        );
    }
    let _ = writeln!(
        out,
        "## {} ({})\n",
        m("catalog-tips", None).map_err(e)?,
        catalog.tips().len()
    );
    for t in catalog.tips() {
        let _ = writeln!(
            out,
            "### {}\n{}\n",
            m(t.message_id(), None).map_err(e)?,
            m(t.message_id(), Some("detail")).map_err(e)?
        );
    }
    let _ = writeln!(
        out,
        "## {} ({})\n",
        m("catalog-facts", None).map_err(e)?,
        catalog.facts().len()
    );
    for f in catalog.facts() {
        let _ = writeln!(out, "- {}", fact_line(f)?);
    }
    let _ = writeln!(
        out,
        "\n## {} ({})\n",
        m("report-heading-references", None).map_err(e)?,
        catalog.references().len()
    );
    for r in catalog.references() {
        let _ = writeln!(out, "- {}", r.citation());
    }
    let _ = writeln!(out, "\n{}", m("report-disclaimer", None).map_err(e)?);
    Ok(())
}

fn main() -> ExitCode {
    let mut out = String::new();
    if let Err(e) = run(&mut out) {
        let _ = writeln!(std::io::stderr(), "error: {e}");
        return ExitCode::from(2);
    }
    // A closed pipe or a full disk is reported, never a panic.
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(out.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            let _ = writeln!(std::io::stderr(), "error: {e}");
            ExitCode::from(1)
        }
    }
}
