//! Reading a person's answer, typed as text, in English or French: values, labels, numbers in
//! the list, common synonyms, numbers with units, "I don't know". A blank answer is never "none".

use crate::catalog::Catalog;
use crate::error::{InputError, InputProblem, shown};
use crate::model::FindingId;
use crate::model::closest::{closest, spelt_as_id};
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
    // Spoken forms, in France and in Québec: « j'sais pas », « chais pas ».
    "j'sais pas",
    "j sais pas",
    "jsais pas",
    "chais pas",
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
/// Everyday words for a choice's options, in English and French (folded), beside the labels:
/// people answer "a woman" or « homme » to a question whose options read "Female" / « Masculin ».
const CHOICE_WORDS: &[(Field, &str, &[&str])] = &[
    (
        Field::Sex,
        "female",
        &[
            "f",
            "woman",
            "a woman",
            "girl",
            "a girl",
            "femme",
            "une femme",
            "fille",
            "une fille",
        ],
    ),
    (
        Field::Sex,
        "male",
        &[
            "m",
            "man",
            "a man",
            "boy",
            "a boy",
            "h",
            "homme",
            "un homme",
            "garcon",
            "un garcon",
        ],
    ),
];
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
        suggestion: None,
    })
}

/// [`invalid`] for an answer that names no option of `options`, with the option it looks like
/// a slip of the keyboard for, if any ("lowr back": "Lower back").
fn misread(
    q: Question,
    text: &str,
    expected: String,
    options: &[String],
    labels: &[(String, String)],
) -> InputError {
    InputError::one(InputProblem::InvalidAnswer {
        question: q.as_str().to_owned(),
        value: shown(text),
        expected,
        suggestion: suggestion(text, options, labels),
    })
}

/// The option closest to the first part of `text` that names no option, when it is within a
/// few keystrokes of it: the option's label as shown (its value without labels).
fn suggestion(text: &str, options: &[String], labels: &[(String, String)]) -> Option<String> {
    let f = fold(text);
    let choices = Choices::new(options, labels);
    let part = pieces(&f)
        .into_iter()
        .take(MAX_PIECES)
        .filter_map(|(a, b)| f.get(a..b))
        .map(str::trim)
        .find(|p| !p.is_empty() && choices.find(p).is_none())?;
    let shown: Vec<&str> = options
        .iter()
        .map(|o| {
            labels
                .iter()
                .find(|(v, _)| v == o)
                .map_or(o.as_str(), |(_, l)| l.as_str())
        })
        .collect();
    let forms: Vec<String> = shown.iter().map(|s| spelt_as_id(&fold(s))).collect();
    let best = closest(part, forms.iter().map(String::as_str))?;
    let i = forms.iter().position(|x| x == best)?;
    shown.get(i).map(|s| (*s).to_owned())
}

/// The option a part of an answer names: its value, its label, or its number in the list.
fn option<'a>(
    part: &str,
    options: &'a [String],
    labels: &[(String, String)],
) -> Option<&'a String> {
    Choices::new(options, labels).find(part)
}

/// The options of a question and the labels shown for them, folded once: reading one list
/// answer looks up many runs of its pieces, and folding every label for each look-up made an
/// app's long labels cost their length times the look-ups.
struct Choices<'a> {
    options: &'a [String],
    /// Each option, folded.
    folded: Vec<String>,
    /// Each label, folded, with the option it is for.
    labels: Vec<(String, Option<&'a String>)>,
}

impl<'a> Choices<'a> {
    fn new(options: &'a [String], labels: &[(String, String)]) -> Self {
        Choices {
            options,
            folded: options.iter().map(|o| fold(o)).collect(),
            labels: labels
                .iter()
                .map(|(v, l)| (fold(l), options.iter().find(|o| *o == v)))
                .collect(),
        }
    }

    /// The option `part` names: its value, its label, or its number in the list.
    fn find(&self, part: &str) -> Option<&'a String> {
        let f = fold(part);
        if f.is_empty() {
            return None;
        }
        if let Ok(n) = f.parse::<usize>() {
            if signed(part) {
                return None;
            }
            return n.checked_sub(1).and_then(|i| self.options.get(i));
        }
        self.folded
            .iter()
            .position(|o| *o == f)
            .and_then(|i| self.options.get(i))
            .or_else(|| {
                self.labels
                    .iter()
                    .find(|(l, _)| *l == f)
                    .and_then(|(_, o)| *o)
            })
    }
}

/// Whether `text` starts with a sign or a dash ("-1", "−5", "--2", "+3"): folding would read
/// the dash as a space, and a negative number is no option and no age.
fn signed(text: &str) -> bool {
    text.trim_start()
        .starts_with(['-', '+', '\u{2212}', '\u{2013}', '\u{2014}'])
}

/// The pieces of a folded list answer, as byte ranges of `f`: the text between commas,
/// semicolons, slashes, "+", "&", " and " and " et ".
fn pieces(f: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let (mut start, mut i) = (0, 0);
    while let Some(rest) = f.get(i..) {
        if rest.is_empty() {
            break;
        }
        let sep = if rest.starts_with([',', ';', '/', '+', '&']) {
            1
        } else if rest.starts_with(" and ") {
            5
        } else if rest.starts_with(" et ") {
            4
        } else {
            0
        };
        if sep > 0 {
            out.push((start, i));
            // The separators are ASCII: the next piece starts on a character boundary.
            start = i + sep;
            i = start;
        } else {
            i += rest.chars().next().map_or(1, char::len_utf8);
        }
    }
    out.push((start, f.len()));
    out
}

/// How many pieces one option's label may span: labels hold at most a comma or an "and" or
/// two (« Pli de l’aine (entre la cuisse et le ventre) »), and a bound keeps the work on a
/// long answer linear.
const MAX_PIECES_A_LABEL: usize = 4;

/// The most pieces a list answer may have (a list has at most a few dozen options): past it the
/// answer is refused before any option is looked for.
const MAX_PIECES: usize = 64;

/// The options a list answer names, in the order typed, or none when some part names no
/// option. A label may itself hold a comma or an "and", so a run of pieces is read as one
/// option when it names one, the longest run first, as long as the rest can still be read.
/// Blank parts are skipped. A part with a minus sign ("-1") names no option, and an answer of
/// more than [`MAX_PIECES`] parts is no list a person types: both are refused.
fn chosen<'a>(
    text: &str,
    options: &'a [String],
    labels: &[(String, String)],
) -> Option<Vec<&'a String>> {
    if text.split([',', ';', '/', '&']).any(signed) {
        return None;
    }
    let f = fold(text);
    let ranges = pieces(&f);
    let n = ranges.len();
    if n > MAX_PIECES {
        return None;
    }
    let choices = Choices::new(options, labels);
    let run = |j: usize, k: usize| {
        let start = ranges.get(j).map_or(0, |r| r.0);
        let end = ranges.get(k).map_or(0, |r| r.1);
        f.get(start..end).map(str::trim).unwrap_or_default()
    };
    // `next[j]`: where the reading of pieces `j..` goes on after its first option (or blank
    // piece), when the whole rest can be read; filled from the end.
    let mut next: Vec<Option<(usize, Option<&'a String>)>> = vec![None; n + 1];
    let readable = |next: &[Option<(usize, Option<&'a String>)>], at: usize| {
        at == n || next.get(at).is_some_and(Option::is_some)
    };
    for j in (0..n).rev() {
        if run(j, j).is_empty() {
            if readable(&next, j + 1) {
                if let Some(slot) = next.get_mut(j) {
                    *slot = Some((j + 1, None));
                }
            }
            continue;
        }
        let last = (j + MAX_PIECES_A_LABEL).min(n) - 1;
        for k in (j..=last).rev() {
            if !readable(&next, k + 1) {
                continue;
            }
            if let Some(o) = choices.find(run(j, k)) {
                if let Some(slot) = next.get_mut(j) {
                    *slot = Some((k + 1, Some(o)));
                }
                break;
            }
        }
    }
    let mut out = Vec::new();
    let mut at = 0;
    while at < n {
        let (to, o) = (*next.get(at)?)?;
        out.extend(o);
        at = to;
    }
    Some(out)
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
                            let f = fold(text);
                            CHOICE_WORDS
                                .iter()
                                .find(|(of, _, words)| *of == field && words.contains(&f.as_str()))
                                .and_then(|(_, value, _)| options.iter().find(|o| o == value))
                        })
                        .or_else(|| {
                            options
                                .iter()
                                .find(|o| *o == NONE)
                                .filter(|_| NO.contains(&fold(text).as_str()))
                        })
                        .ok_or_else(|| {
                            misread(question, text, field.options().join(", "), &options, labels)
                        })?;
                    let i = options.iter().position(|o| o == v).unwrap_or_default();
                    Slot::Choice(u8::try_from(i).unwrap_or(u8::MAX))
                }
                FieldKind::MultiChoice => {
                    let options: Vec<String> =
                        field.options().iter().map(|o| (*o).to_owned()).collect();
                    let mut mask = 0u32;
                    let expected = || field.options().join(", ");
                    let named = chosen(text, &options, labels)
                        .ok_or_else(|| misread(question, text, expected(), &options, labels))?;
                    for v in named {
                        let i = options.iter().position(|o| o == v).unwrap_or_default();
                        mask |= 1u32 << i;
                    }
                    if mask == 0 {
                        return Err(misread(question, text, expected(), &options, labels));
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
                    None => {
                        return Err(misread(
                            question,
                            text,
                            options.join(", "),
                            &options,
                            labels,
                        ));
                    }
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
                let yes_no = ["yes".to_owned(), "no".to_owned()];
                return Err(misread(
                    question,
                    text,
                    "yes, no or I don't know".to_owned(),
                    &yes_no,
                    labels,
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
            // A checklist the catalog does not have: every answer would record nothing.
            if members.is_empty() {
                return Err(invalid(
                    question,
                    text,
                    "an answer to a checklist of the catalog (this one has no findings)".to_owned(),
                ));
            }
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
            let chosen = chosen(text, &options, labels)
                .filter(|named| !named.is_empty())
                .ok_or_else(|| {
                    misread(
                        question,
                        text,
                        format!(
                            "numbers 1 to {}, several separated by commas, or {} (none)",
                            options.len(),
                            options.len() + 1
                        ),
                        &options,
                        labels,
                    )
                })?;
            Ok(Parsed::Findings(
                members
                    .iter()
                    .map(|m| {
                        let yes = chosen.iter().any(|c| *c == m.as_str());
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

    /// A list answer is read as a run of options; a label may hold a comma or an "and".
    #[test]
    fn list_answers_read_labels_that_hold_separators() {
        let options: Vec<String> = ["a", "b", "c"].iter().map(|s| (*s).to_owned()).collect();
        let labels: Vec<(String, String)> = [
            ("a", "Pain, numbness or weakness in both legs"),
            ("b", "Groin crease (between thigh and belly)"),
            ("c", "Saddle"),
        ]
        .iter()
        .map(|(v, l)| ((*v).to_owned(), (*l).to_owned()))
        .collect();
        let read = |text: &str| {
            chosen(text, &options, &labels)
                .map(|v| v.iter().map(|o| o.as_str()).collect::<Vec<_>>())
        };
        assert_eq!(
            read("Pain, numbness or weakness in both legs, Groin crease (between thigh and belly)"),
            Some(vec!["a", "b"])
        );
        assert_eq!(
            read("groin crease (between thigh and belly) and saddle"),
            Some(vec!["b", "c"])
        );
        assert_eq!(read("3, 1"), Some(vec!["c", "a"]));
        assert_eq!(read("saddle, , 2"), Some(vec!["c", "b"]));
        assert_eq!(read("saddle, elbow"), None);
        assert_eq!(read("-1"), None);
        assert_eq!(read(&"3,".repeat(MAX_PIECES)), None);
        assert_eq!(
            read(&"3,".repeat(MAX_PIECES / 2)),
            Some(vec!["c"; MAX_PIECES / 2])
        );
    }

    /// Everyday words for the options of a choice: « homme », "a woman".
    #[test]
    fn everyday_words_name_a_choice() {
        let c = Catalog::builtin();
        let q = Question::Field(Field::Sex);
        for (text, want) in [
            ("homme", 1),
            ("Une femme", 0),
            ("a man", 1),
            ("F", 0),
            ("Garçon", 1),
        ] {
            match parse(c, q, text, &[]) {
                Ok(Parsed::Field(Field::Sex, Slot::Choice(i))) => assert_eq!(i, want, "{text}"),
                _ => panic!("{text} not read"),
            }
        }
        assert!(parse(c, q, "maybe", &[]).is_err());
        // Only for the field they belong to.
        assert!(parse(c, Question::Field(Field::Trend), "homme", &[]).is_err());
    }

    /// A slip of the keyboard gets the option it looks like, as its label; a part that is far
    /// from every option gets none.
    #[test]
    fn a_misspelt_option_gets_the_closest_label() {
        let options: Vec<String> = ["lower_back", "hip"]
            .iter()
            .map(|s| (*s).to_owned())
            .collect();
        let labels: Vec<(String, String)> = [("lower_back", "Bas du dos"), ("hip", "Hanche")]
            .iter()
            .map(|(v, l)| ((*v).to_owned(), (*l).to_owned()))
            .collect();
        assert_eq!(
            suggestion("bas du dso", &options, &labels).as_deref(),
            Some("Bas du dos")
        );
        assert_eq!(
            suggestion("hanche, bsa du dos", &options, &labels).as_deref(),
            Some("Bas du dos")
        );
        assert_eq!(
            suggestion("lowr back", &options, &[]).as_deref(),
            Some("lower_back")
        );
        assert_eq!(suggestion("elbow", &options, &labels), None);
        assert_eq!(suggestion(&"x".repeat(500), &options, &labels), None);
    }
}
