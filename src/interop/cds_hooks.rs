//! CDS Hooks 2.0 responses: a triage as a card an electronic health record shows its user.
//!
//! [`response`] gives `{"cards": [card]}` with one card for the outcome:
//!
//! - `uuid`: derived from the triage and the language, so the same outcome always has the same
//!   card id (for the feedback endpoint and audit logs);
//! - `indicator`: from the disposition ([`Disposition::cds_hooks_indicator`]): emergency →
//!   `critical`, urgent and see a clinician → `warning`, self-care → `info`;
//! - `summary`: the report's headline and the first red flag, fewer than 140 characters (cut on a
//!   word boundary when needed);
//! - `detail`: GitHub-flavoured Markdown in the reader's language: what to do, why (each reason
//!   with the numbers of its sources), the questions still to answer, the likely conditions with
//!   their ICD-10 and SNOMED CT codes, cautions, the numbered references and the disclaimer;
//! - `source`: a `label` (`lowback` and the content version) and a `topic` coding the
//!   disposition (`urn:lowback:disposition`);
//! - `links`: the references that have a web address (`absolute` links).
//!
//! ```
//! use lowback::{Assessment, Catalog, Localizer, cds_hooks};
//! let (catalog, loc) = (Catalog::builtin(), Localizer::builtin());
//! let a = Assessment::from_json(r#"{"age": 58, "pain_locations": ["lower_back"], "findings": {"saddle_numbness": "yes"}}"#)?;
//! let r = cds_hooks::response(catalog, loc, &loc.negotiate("fr")?, &catalog.triage(&a)?)?;
//! let card = &r["cards"][0];
//! assert_eq!(card["indicator"], "critical");
//! assert!(card["summary"].as_str().unwrap().chars().count() < 140);
//! assert!(card["detail"].as_str().unwrap().contains("G83.4"));
//! # Ok::<(), lowback::Error>(())
//! ```
//!
//! [`Disposition::cds_hooks_indicator`]: crate::Disposition::cds_hooks_indicator

use std::fmt::Write as _;

use serde_json::{Value, json};

use crate::catalog::Catalog;
use crate::error::RenderError;
use crate::interop::{urn, uuid};
use crate::l10n::report::{Item, Report, SectionKind};
use crate::{Locale, Localizer, Triage};

/// The most characters a card's summary has (CDS Hooks: "<140-character summary").
///
/// ```
/// let (catalog, loc) = (lowback::Catalog::builtin(), lowback::Localizer::builtin());
/// let t = catalog.triage(&lowback::Assessment::from_json(r#"{"age": 30}"#)?)?;
/// let r = lowback::cds_hooks::response(catalog, loc, &loc.negotiate("fr")?, &t)?;
/// let summary = r["cards"][0]["summary"].as_str().unwrap();
/// assert!(summary.chars().count() <= lowback::cds_hooks::SUMMARY_MAX_CHARS);
/// # Ok::<(), lowback::Error>(())
/// ```
pub const SUMMARY_MAX_CHARS: usize = 139;

/// `text` cut to at most `max` characters on a word boundary, with an ellipsis when cut.
fn cut(text: &str, max: usize) -> String {
    let text = text.trim();
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let n = max.saturating_sub(1);
    let keep: String = text.chars().take(n).collect();
    let at_boundary = text.chars().nth(n).is_some_and(char::is_whitespace);
    let head = match keep.rfind(char::is_whitespace) {
        _ if at_boundary => keep.as_str(),
        Some(i) if i > 0 => keep.get(..i).unwrap_or(&keep),
        _ => keep.as_str(),
    };
    let head = head.trim_end_matches(|c: char| c.is_whitespace() || ",;:.-–—".contains(c));
    format!("{head}…")
}

/// Markdown-escapes text from the content (so that `*` or `_` are shown, not read as markup).
fn md(text: &str) -> String {
    let mut s = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '<' | '>' | '[' | ']' | '#' | '|'
        ) {
            s.push('\\');
        }
        s.push(c);
    }
    s
}

/// Markdown-escapes a citation, leaving its web address as it is (GitHub autolinks it).
fn md_citation(text: &str) -> String {
    let mut s = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if matches!(c, '`' | '*' | '<' | '>' | '|') {
            s.push('\\');
        }
        s.push(c);
    }
    s
}

fn sources(item: &Item) -> String {
    let mut s = String::new();
    for n in item.sources() {
        let _ = write!(s, " \\[{n}\\]");
    }
    s
}

/// The line of an item: its title in bold when it has one, its text, its sources (a dash rather
/// than a colon, which French spaces differently).
fn line(item: &Item, extra: &str) -> String {
    let mut s = String::from("- ");
    if item.title().is_empty() {
        s.push_str(&md(item.text()));
        s.push_str(extra);
    } else {
        let _ = write!(s, "**{}**{extra} — {}", md(item.title()), md(item.text()));
    }
    s.push_str(&sources(item));
    s
}

/// The codes of what an item shows: a likely condition's, or the red flag of a rule's.
fn codes(catalog: &Catalog, triage: &Triage, kind: SectionKind, id: Option<&str>) -> String {
    let Some(id) = id else {
        return String::new();
    };
    let (icd10, snomed) = match kind {
        SectionKind::Conditions => {
            match triage
                .conditions
                .iter()
                .find(|m| m.condition.as_str() == id)
            {
                Some(m) => (m.icd10.as_slice(), m.snomed.as_slice()),
                None => return String::new(),
            }
        }
        SectionKind::Why => {
            let flag = id
                .parse()
                .ok()
                .and_then(|r| catalog.rule(r))
                .and_then(|r| r.red_flag)
                .and_then(|f| catalog.red_flag(f));
            match flag {
                Some(f) => (f.icd10.as_slice(), f.snomed.as_slice()),
                None => return String::new(),
            }
        }
        _ => return String::new(),
    };
    let mut parts = Vec::new();
    if !icd10.is_empty() {
        parts.push(format!("ICD-10 {}", icd10.join(", ")));
    }
    if !snomed.is_empty() {
        parts.push(format!("SNOMED CT {}", snomed.join(", ")));
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!(" ({})", parts.join("; "))
    }
}

fn detail(catalog: &Catalog, report: &Report, triage: &Triage) -> String {
    let mut s = String::with_capacity(2048);
    let _ = writeln!(s, "**{}**\n\n{}", md(&report.headline), md(&report.action));
    if !report.act_now.is_empty() {
        s.push('\n');
        for a in &report.act_now {
            let _ = writeln!(s, "- {}", md(a));
        }
    }
    if let Some(n) = &report.incomplete_note {
        let _ = writeln!(s, "\n> {}", md(n));
    }
    for kind in [
        SectionKind::Why,
        SectionKind::Unanswered,
        SectionKind::Conditions,
        SectionKind::Cautions,
    ] {
        let Some(sec) = report.sections().find(|s| s.kind() == kind) else {
            continue;
        };
        let _ = writeln!(s, "\n#### {}\n", md(sec.heading()));
        for item in sec.items() {
            let extra = codes(catalog, triage, kind, item.id());
            let _ = writeln!(s, "{}", line(&item, &md(&extra)));
        }
    }
    if let Some(sec) = report
        .sections()
        .find(|s| s.kind() == SectionKind::References && s.items().len() > 0)
    {
        let _ = writeln!(s, "\n#### {}\n", md(sec.heading()));
        for item in sec.items() {
            let n = item.sources().first().copied().unwrap_or_default();
            let _ = writeln!(s, "{n}. {}", md_citation(item.text()));
        }
    }
    let _ = write!(s, "\n*{}*", md(&report.disclaimer));
    s
}

/// The web address of a reference: its DOI resolved, or its URL.
fn address(r: &crate::Reference) -> Option<String> {
    r.doi
        .as_ref()
        .map(|d| format!("https://doi.org/{d}"))
        .or_else(|| r.url.as_deref().map(str::to_owned))
        .filter(|u| u.starts_with("https://") || u.starts_with("http://"))
}

/// A triage as a CDS Hooks 2.0 response, `{"cards": [...]}`, in the reader's language: one card
/// for the outcome (see the [module documentation](self)).
///
/// ```
/// use lowback::{Assessment, Catalog, Localizer, cds_hooks};
/// let (catalog, loc) = (Catalog::builtin(), Localizer::builtin());
/// let a = Assessment::from_json(r#"{"age": 40, "onset": "after_lifting", "pain_locations": ["lower_back"]}"#)?;
/// let t = catalog.triage(&a)?;
/// let en = cds_hooks::response(catalog, loc, &loc.negotiate("en")?, &t)?;
/// let card = &en["cards"][0];
/// assert_eq!(card["indicator"], t.disposition.cds_hooks_indicator());
/// assert_eq!(card["source"]["topic"]["code"], t.disposition.as_str());
/// assert_eq!(card["uuid"].as_str().unwrap().len(), 36);
/// // The same outcome, the same card; another language, another card.
/// assert_eq!(en, cds_hooks::response(catalog, loc, &loc.negotiate("en")?, &t)?);
/// let fr = cds_hooks::response(catalog, loc, &loc.negotiate("fr")?, &t)?;
/// assert_ne!(fr["cards"][0]["uuid"], card["uuid"]);
/// # Ok::<(), lowback::Error>(())
/// ```
///
/// # Errors
///
/// [`RenderError`] if a message is missing from every locale of the chain; the builtin pack is
/// tested never to do so.
pub fn response(
    catalog: &Catalog,
    localizer: &Localizer,
    locale: &Locale,
    triage: &Triage,
) -> Result<Value, RenderError> {
    let report = Report::new(catalog, localizer, locale, triage)?;
    let first_flag = report
        .sections()
        .filter(|s| s.kind() == SectionKind::Why)
        .flat_map(|s| s.items())
        .map(|i| i.title())
        .find(|t| !t.is_empty());
    let summary = match first_flag {
        Some(flag) => format!("{} — {flag}", report.headline),
        None => report.headline.clone(),
    };
    let version = triage.content_version.split('+').next().unwrap_or_default();
    let links: Vec<Value> = triage
        .references
        .iter()
        .enumerate()
        .filter_map(|(n, id)| {
            let r = catalog.reference(*id)?;
            let url = address(r)?;
            Some(json!({
                "label": cut(&format!("[{}] {}", n + 1, r.title), 100),
                "url": url,
                "type": "absolute",
            }))
        })
        .collect();
    let id = uuid(&["cds-hooks card", locale.primary(), &triage.to_json()]);
    let mut card = serde_json::Map::new();
    card.insert("uuid".to_owned(), id.into());
    card.insert(
        "summary".to_owned(),
        cut(&summary, SUMMARY_MAX_CHARS).into(),
    );
    card.insert("detail".to_owned(), detail(catalog, &report, triage).into());
    card.insert(
        "indicator".to_owned(),
        triage.disposition.cds_hooks_indicator().into(),
    );
    card.insert(
        "source".to_owned(),
        json!({
            "label": if version.is_empty() { "lowback".to_owned() } else { format!("lowback {version}") },
            "topic": {
                "system": urn::DISPOSITION,
                "code": triage.disposition.as_str(),
                "display": report.headline,
            },
        }),
    );
    if !links.is_empty() {
        card.insert("links".to_owned(), Value::Array(links));
    }
    Ok(json!({ "cards": [Value::Object(card)] }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summaries_are_cut_on_a_word_boundary() {
        assert_eq!(cut("short", 139), "short");
        let long = "word ".repeat(60);
        let c = cut(&long, 139);
        assert!(c.chars().count() <= 139, "{c}");
        assert!(c.ends_with("word…"));
        let one = "x".repeat(300);
        assert_eq!(cut(&one, 10).chars().count(), 10);
        let fr = "é".repeat(200);
        assert_eq!(cut(&fr, 139).chars().count(), 139);
        assert_eq!(cut("a, b, c, d", 6), "a, b…");
    }

    #[test]
    fn markdown_is_escaped() {
        assert_eq!(md("*a* _b_ [c]"), "\\*a\\* \\_b\\_ \\[c\\]");
        assert_eq!(md_citation("https://x.org/a_b"), "https://x.org/a_b");
    }
}
