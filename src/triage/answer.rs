//! Reading a person's answer, typed as text, in English or French: values, labels, numbers in
//! the list, common synonyms, numbers with units, "I don't know". A blank answer is never "none".

use crate::catalog::Catalog;
use crate::error::{InputError, InputProblem, shown};
use crate::model::FindingId;
use crate::model::field::FieldKind;
use crate::model::finding::FindingSource;
use crate::triage::assessment::{Given, Slot};
use crate::triage::question::{NONE, Question};
use crate::{Answer, Field};

/// What an answer changes.
pub(crate) enum Parsed {
    Field(Field, Slot),
    Findings(Vec<(FindingId, Given)>),
}

/// Lower case, accents folded, `_` and `-` as spaces, spaces collapsed, outer punctuation and
/// quotes dropped: the form answers and labels are compared in.
pub(crate) fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars().flat_map(char::to_lowercase) {
        let mapped = match c {
            'à' | 'â' | 'ä' | 'á' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'î' | 'ï' | 'í' => 'i',
            'ô' | 'ö' | 'ó' => 'o',
            'ù' | 'û' | 'ü' | 'ú' => 'u',
            'ç' => 'c',
            'œ' => {
                out.push_str("oe");
                continue;
            }
            '’' | '`' => '\'',
            '_' | '-' | '\u{a0}' | '\u{202f}' | '\t' => ' ',
            c => c,
        };
        if mapped == ' ' && (out.is_empty() || out.ends_with(' ')) {
            continue;
        }
        out.push(mapped);
    }
    let trimmed = out.trim_matches(|c: char| {
        c.is_whitespace() || matches!(c, '.' | '!' | '?' | '"' | '«' | '»' | '\'' | '(' | ')')
    });
    trimmed.to_owned()
}

const UNKNOWN: &[&str] = &[
    "unknown",
    "?",
    "??",
    "i don't know",
    "i dont know",
    "don't know",
    "dont know",
    "dunno",
    "not sure",
    "no idea",
    "unsure",
    "je ne sais pas",
    "je sais pas",
    "sais pas",
    "ne sais pas",
    "nsp",
    "inconnu",
    "pas sur",
    "je ne suis pas sur",
    "je ne suis pas sure",
    "aucune idee",
];
const YES: &[&str] = &["yes", "y", "yeah", "yep", "oui", "o", "ouais", "si"];
const NO: &[&str] = &["no", "n", "nope", "non"];
const NONE_WORDS: &[&str] = &[
    "none",
    "none of these",
    "none of them",
    "nothing",
    "no",
    "non",
    "n",
    "aucun",
    "aucune",
    "aucun de ces signes",
    "aucune de ces propositions",
    "rien",
    "0",
];

pub(crate) fn is_unknown(folded: &str) -> bool {
    UNKNOWN.contains(&folded)
}

/// Whether `text` says "I don't know" (in English or French, or a question mark).
pub(crate) fn says_unknown(text: &str) -> bool {
    says_unknown_folded(&fold(text), text)
}

fn says_unknown_folded(folded: &str, text: &str) -> bool {
    is_unknown(folded) || matches!(text.trim(), "?" | "??" | "¿?")
}

/// The refusal of a bare "yes" to a question that asks which kind (an ordinal finding whose
/// level is still to be given): the kinds are what is expected.
pub(crate) fn level_wanted(catalog: &Catalog, q: Question, text: &str) -> InputError {
    let expected = match q {
        Question::Finding(id) => match catalog.finding(id).map(|f| &f.source) {
            Some(FindingSource::Ordinal { levels }) => levels
                .iter()
                .map(crate::model::LevelId::as_str)
                .collect::<Vec<_>>()
                .join(", "),
            _ => String::new(),
        },
        _ => String::new(),
    };
    invalid(q, text, expected)
}

fn invalid(q: Question, text: &str, expected: String) -> InputError {
    InputError::one(InputProblem::InvalidAnswer {
        question: q.as_str().to_owned(),
        value: shown(text),
        expected,
    })
}

/// The option a part of an answer names: its value, its label, or its number in the list.
fn option<'a>(
    part: &str,
    options: &'a [String],
    labels: &[(String, String)],
) -> Option<&'a String> {
    let f = fold(part);
    if f.is_empty() {
        return None;
    }
    if let Ok(n) = f.parse::<usize>() {
        if signed(part) {
            return None;
        }
        return n.checked_sub(1).and_then(|i| options.get(i));
    }
    options.iter().find(|o| fold(o) == f).or_else(|| {
        labels
            .iter()
            .find(|(_, l)| fold(l) == f)
            .and_then(|(v, _)| options.iter().find(|o| *o == v))
    })
}

/// Whether `text` starts with a sign or a dash ("-1", "−5", "--2", "+3"): folding would read
/// the dash as a space, and a negative number is no option and no age.
fn signed(text: &str) -> bool {
    text.trim_start()
        .starts_with(['-', '+', '\u{2212}', '\u{2013}', '\u{2014}'])
}

/// Splits a list answer: commas, semicolons, slashes, "and", "et". A part with a minus sign
/// ("-1") is kept as "-", which names no option, so the answer is refused.
fn parts(text: &str) -> Vec<String> {
    if text.split([',', ';', '/', '&']).any(signed) {
        return vec!["-".to_owned()];
    }
    let f = fold(text);
    f.split([',', ';', '/', '+', '&'])
        .flat_map(|p| p.split(" and ").flat_map(|q| q.split(" et ")))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(str::to_owned)
        .collect()
}

/// A number with an optional unit, converted to the field's own unit.
fn number(field: Field, text: &str) -> Option<i64> {
    if signed(text) {
        return None;
    }
    let f = fold(text).replace(',', ".");
    let end = f
        .char_indices()
        .find(|(_, c)| !(c.is_ascii_digit() || *c == '.'))
        .map_or(f.len(), |(i, _)| i);
    let (digits, rest) = f.split_at(end);
    let value: f64 = digits.parse().ok()?;
    let unit = rest.trim();
    // "7/10", "7 sur 10", "7 out of 10" for a score.
    let unit = ["/10", "/ 10", "sur 10", "out of 10"]
        .iter()
        .find(|s| unit == **s)
        .map_or(unit, |_| "");
    let per: f64 = match (field, unit) {
        (_, "") => 1.0,
        (Field::Duration, u) if starts(u, &["d", "day", "days", "j", "jour", "jours"]) => 1.0,
        (Field::Duration, u)
            if starts(
                u,
                &[
                    "w", "wk", "wks", "week", "weeks", "sem", "semaine", "semaines",
                ],
            ) =>
        {
            7.0
        }
        (Field::Duration, u) if starts(u, &["month", "months", "mois", "mo"]) => 30.0,
        (Field::Duration, u)
            if starts(
                u,
                &[
                    "y", "yr", "yrs", "year", "years", "an", "ans", "annee", "annees",
                ],
            ) =>
        {
            365.0
        }
        (Field::Duration, u) if starts(u, &["h", "hour", "hours", "heure", "heures"]) => 1.0 / 24.0,
        (Field::MorningStiffness, u) if starts(u, &["min", "mins", "minute", "minutes", "mn"]) => {
            1.0
        }
        (Field::MorningStiffness, u)
            if starts(u, &["h", "hr", "hour", "hours", "heure", "heures"]) =>
        {
            60.0
        }
        (Field::Age | Field::HipReplacementYears, u)
            if starts(
                u,
                &[
                    "y",
                    "yr",
                    "yrs",
                    "year",
                    "years",
                    "year old",
                    "years old",
                    "an",
                    "ans",
                    "annee",
                    "annees",
                ],
            ) =>
        {
            1.0
        }
        (Field::Age | Field::HipReplacementYears, u) if starts(u, &["month", "months", "mois"]) => {
            1.0 / 12.0
        }
        (Field::PregnancyWeeks, u)
            if starts(
                u,
                &[
                    "w", "wk", "wks", "week", "weeks", "sem", "semaine", "semaines", "sa",
                ],
            ) =>
        {
            1.0
        }
        (Field::PregnancyWeeks, u) if starts(u, &["month", "months", "mois"]) => 4.35,
        _ => return None,
    };
    let v = value * per;
    #[allow(clippy::cast_possible_truncation)] // bounded by the range check that follows
    let n = if matches!(field, Field::Age | Field::HipReplacementYears) {
        v.floor() as i64
    } else {
        v.round() as i64
    };
    (v.is_finite() && v < 1e9).then_some(n)
}

fn starts(unit: &str, words: &[&str]) -> bool {
    words.contains(&unit)
}

/// Reads `text` as an answer to `question`; `labels` are the (value, label) pairs the person
/// was shown, in their language (may be empty).
pub(crate) fn parse(
    catalog: &Catalog,
    question: Question,
    text: &str,
    labels: &[(String, String)],
) -> Result<Parsed, InputError> {
    let f = fold(text);
    let unknown = says_unknown_folded(&f, text);
    if f.is_empty() && !unknown {
        return Err(invalid(
            question,
            text,
            "an answer (or \"I don't know\")".to_owned(),
        ));
    }
    match question {
        Question::Field(field) => {
            if unknown {
                return Ok(Parsed::Field(field, Slot::Unknown));
            }
            let slot = match field.kind() {
                FieldKind::Number { min, max } => {
                    let n = number(field, text).ok_or_else(|| {
                        invalid(
                            question,
                            text,
                            format!("a whole number from {min} to {max}"),
                        )
                    })?;
                    Slot::Number(n)
                }
                FieldKind::Choice => {
                    let options: Vec<String> =
                        field.options().iter().map(|o| (*o).to_owned()).collect();
                    // "No" to a choice whose first option is "none" ("No weakness") means it.
                    let v = option(text, &options, labels)
                        .or_else(|| {
                            options
                                .iter()
                                .find(|o| *o == NONE)
                                .filter(|_| NO.contains(&fold(text).as_str()))
                        })
                        .ok_or_else(|| invalid(question, text, field.options().join(", ")))?;
                    let i = options.iter().position(|o| o == v).unwrap_or_default();
                    Slot::Choice(u8::try_from(i).unwrap_or(u8::MAX))
                }
                FieldKind::MultiChoice => {
                    let options: Vec<String> =
                        field.options().iter().map(|o| (*o).to_owned()).collect();
                    let mut mask = 0u32;
                    // A whole label first: some hold a comma or an "and".
                    let whole = option(text, &options, labels).map(|v| vec![fold(v)]);
                    for p in whole.unwrap_or_else(|| parts(text)) {
                        let v = option(&p, &options, labels)
                            .ok_or_else(|| invalid(question, text, field.options().join(", ")))?;
                        let i = options.iter().position(|o| o == v).unwrap_or_default();
                        mask |= 1u32 << i;
                    }
                    if mask == 0 {
                        return Err(invalid(question, text, field.options().join(", ")));
                    }
                    Slot::Multi(mask)
                }
            };
            Ok(Parsed::Field(field, slot))
        }
        Question::Finding(id) => {
            let finding = catalog.finding(id).ok_or_else(|| {
                InputError::one(InputProblem::UnknownFinding {
                    finding: shown(id.as_str()),
                    suggestion: catalog.closest_finding(id.as_str(), 0),
                })
            })?;
            let given = if unknown {
                Given::Answer(Answer::Unknown)
            } else if let FindingSource::Ordinal { levels } = &finding.source {
                let options: Vec<String> = std::iter::once("no".to_owned())
                    .chain(levels.iter().map(|l| l.as_str().to_owned()))
                    .collect();
                match option(text, &options, labels) {
                    Some(v) if v == "no" => Given::Answer(Answer::No),
                    Some(v) => levels
                        .iter()
                        .find(|l| l.as_str() == v)
                        .map_or(Given::Answer(Answer::Yes), |l| Given::Level(*l)),
                    None if NO.contains(&f.as_str()) => Given::Answer(Answer::No),
                    None if YES.contains(&f.as_str()) => Given::Answer(Answer::Yes),
                    None => return Err(invalid(question, text, options.join(", "))),
                }
            } else if YES.contains(&f.as_str())
                || labels.iter().any(|(v, l)| v == "yes" && fold(l) == f)
            {
                Given::Answer(Answer::Yes)
            } else if NO.contains(&f.as_str())
                || labels.iter().any(|(v, l)| v == "no" && fold(l) == f)
            {
                Given::Answer(Answer::No)
            } else if f == "1" {
                Given::Answer(Answer::Yes)
            } else if f == "2" {
                Given::Answer(Answer::No)
            } else {
                return Err(invalid(
                    question,
                    text,
                    "yes, no or I don't know".to_owned(),
                ));
            };
            if !finding.is_asked() {
                return Err(InputError::one(InputProblem::DerivedFinding {
                    finding: id,
                    from: "another answer".to_owned(),
                }));
            }
            Ok(Parsed::Findings(vec![(id, given)]))
        }
        Question::Checklist(c) => {
            let members = catalog.checklist(c);
            if unknown {
                return Ok(Parsed::Findings(
                    members
                        .iter()
                        .map(|m| (*m, Given::Answer(Answer::Unknown)))
                        .collect(),
                ));
            }
            let none_label = labels.iter().any(|(v, l)| v == NONE && fold(l) == f);
            // "None of these" is shown last, after the members: its number means none.
            let none_number = !signed(text) && f.parse::<usize>().ok() == Some(members.len() + 1);
            if NONE_WORDS.contains(&f.as_str()) || none_label || none_number {
                return Ok(Parsed::Findings(
                    members
                        .iter()
                        .map(|m| (*m, Given::Answer(Answer::No)))
                        .collect(),
                ));
            }
            let options: Vec<String> = members.iter().map(|m| m.as_str().to_owned()).collect();
            let mut chosen = Vec::new();
            // A whole label first: some hold a comma or an "and".
            let whole = option(text, &options, labels).map(|v| vec![fold(v)]);
            for p in whole.unwrap_or_else(|| parts(text)) {
                let v = option(&p, &options, labels).ok_or_else(|| {
                    invalid(
                        question,
                        text,
                        format!(
                            "numbers 1 to {}, several separated by commas, or {} (none)",
                            options.len(),
                            options.len() + 1
                        ),
                    )
                })?;
                chosen.push(v.clone());
            }
            Ok(Parsed::Findings(
                members
                    .iter()
                    .map(|m| {
                        let yes = chosen.iter().any(|c| c == m.as_str());
                        (
                            *m,
                            Given::Answer(if yes { Answer::Yes } else { Answer::No }),
                        )
                    })
                    .collect(),
            ))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_and_units() {
        assert_eq!(fold("  « Bas du dos » "), "bas du dos");
        assert_eq!(fold("Je ne sais PAS."), "je ne sais pas");
        assert_eq!(number(Field::Duration, "3 semaines"), Some(21));
        assert_eq!(number(Field::Duration, "2 months"), Some(60));
        assert_eq!(number(Field::Duration, "1,5 an"), Some(548));
        assert_eq!(number(Field::MorningStiffness, "10 min"), Some(10));
        assert_eq!(number(Field::MorningStiffness, "1 h"), Some(60));
        assert_eq!(number(Field::Severity, "7/10"), Some(7));
        assert_eq!(number(Field::Age, "42 ans"), Some(42));
        assert_eq!(number(Field::Age, "18 months"), Some(1));
        assert_eq!(number(Field::Severity, "3 weeks"), None);
        assert_eq!(number(Field::Duration, "soon"), None);
    }
}
