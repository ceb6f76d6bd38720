//! The adaptive interview: which question to ask next, and how answers are read.

use std::fmt;

use crate::catalog::Catalog;
use crate::error::{InputError, InputProblem};
use crate::model::rule::RuleKind;
use crate::triage::assessment::raw_access::RawMut;
use crate::triage::assessment::{LegWeakness, Location, Onset, Sex, Sides, Trauma, Trend};
use crate::{Answer, Assessment, Disposition, Field, Finding, FindingSource, Sex as SexTy};

/// A question of the interview: a typed field, or a direct finding (yes / no / unknown).
///
/// ```
/// use lowback::{Field, Finding, Question};
/// assert_eq!(Question::Field(Field::Age).message_id(), ("question-age", None));
/// assert_eq!(Question::Finding(Finding::SaddleNumbness).message_id(), ("finding-saddle-numbness", Some("question")));
/// assert_eq!(Question::Field(Field::Trend).options(), &["better", "same", "worse"]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
#[allow(clippy::exhaustive_enums)] // a question is a field or a finding; both enums are themselves non-exhaustive
pub enum Question {
    /// A typed field of the assessment.
    Field(Field),
    /// A direct finding.
    Finding(Finding),
}

/// How a [`Question`] is answered.
///
/// ```
/// use lowback::{AnswerKind, Field, Question};
/// assert_eq!(Question::Field(Field::Severity).kind(), AnswerKind::Number { min: 0, max: 10 });
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AnswerKind {
    /// A whole number in this range.
    Number {
        /// Lowest value.
        min: u16,
        /// Highest value.
        max: u16,
    },
    /// One of [`Question::options`].
    Choice,
    /// Several of [`Question::options`].
    MultiChoice,
    /// Yes, no or unknown.
    YesNo,
}

impl Question {
    /// The Fluent message (and attribute) holding the question's prompt.
    #[must_use]
    pub const fn message_id(self) -> (&'static str, Option<&'static str>) {
        match self {
            Question::Finding(f) => (f.message_id(), Some("question")),
            Question::Field(field) => (field_message(field), None),
        }
    }

    /// How the question is answered.
    #[must_use]
    pub const fn kind(self) -> AnswerKind {
        match self {
            Question::Finding(_) => AnswerKind::YesNo,
            Question::Field(Field::Age) => AnswerKind::Number { min: 0, max: 120 },
            Question::Field(Field::Duration) => AnswerKind::Number {
                min: 0,
                max: 36_500,
            },
            Question::Field(Field::Severity) => AnswerKind::Number { min: 0, max: 10 },
            Question::Field(Field::MorningStiffness) => AnswerKind::Number { min: 0, max: 1440 },
            Question::Field(Field::PainLocations) => AnswerKind::MultiChoice,
            Question::Field(_) => AnswerKind::Choice,
        }
    }

    /// The answer values (`snake_case`), for choices; empty for numbers and yes/no.
    #[must_use]
    pub const fn options(self) -> &'static [&'static str] {
        match self {
            Question::Field(Field::Sex) => &["female", "male"],
            Question::Field(Field::Onset) => &[
                "sudden",
                "gradual",
                "after_lifting",
                "after_fall_or_accident",
            ],
            Question::Field(Field::PainLocations) => &[
                "lower_back",
                "hip",
                "groin",
                "buttock",
                "thigh",
                "below_knee",
                "foot",
            ],
            Question::Field(Field::PainSides) => &["one", "both"],
            Question::Field(Field::Trend) => &["better", "same", "worse"],
            Question::Field(Field::LegWeakness) => &["none", "stable", "progressive"],
            Question::Field(Field::Trauma) => &["none", "minor", "major"],
            _ => &[],
        }
    }

    /// The Fluent message id of an option's label (`option-<question>-<value>`).
    #[must_use]
    pub fn option_message_id(self, value: &str) -> String {
        let (q, _) = self.message_id();
        format!(
            "option-{}-{}",
            q.trim_start_matches("question-"),
            value.replace('_', "-")
        )
    }

    /// The question's stable id: the field name or the finding id.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Question::Field(f) => f.as_str(),
            Question::Finding(f) => f.as_str(),
        }
    }
}

impl fmt::Display for Question {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

const fn field_message(field: Field) -> &'static str {
    match field {
        Field::Age => "question-age",
        Field::Sex => "question-sex",
        Field::Duration => "question-duration",
        Field::Onset => "question-onset",
        Field::PainLocations => "question-pain-locations",
        Field::PainSides => "question-pain-sides",
        Field::Severity => "question-severity",
        Field::Trend => "question-trend",
        Field::LegWeakness => "question-leg-weakness",
        Field::Trauma => "question-trauma",
        Field::MorningStiffness => "question-morning-stiffness",
    }
}

/// The Fluent messages the interview needs, besides the findings' questions.
pub(crate) fn ui_messages() -> impl Iterator<Item = String> {
    let fixed = [
        "answer-yes",
        "answer-no",
        "answer-unknown",
        "interview-title",
        "interview-intro",
        "interview-done",
        "interview-invalid-answer",
        "interview-multi-hint",
    ]
    .into_iter()
    .map(str::to_owned);
    let fields = Field::ALL.into_iter().flat_map(|f| {
        let q = Question::Field(f);
        std::iter::once(field_message(f).to_owned())
            .chain(q.options().iter().map(move |o| q.option_message_id(o)))
    });
    fixed.chain(fields)
}

/// The question the interview should ask next, or `None` when nothing useful is left.
///
/// Order: the unanswered findings of red-flag rules that could still fire, emergencies first
/// (cauda equina leads, as the rules file lists it first); then the typed fields; then the
/// findings of referral rules; then the findings that would tell the likely conditions apart.
///
/// ```
/// use lowback::{next_question, Assessment, Catalog, Finding, Question};
/// let catalog = Catalog::builtin();
/// let first = next_question(catalog, &Assessment::new());
/// assert_eq!(first, Some(Question::Finding(Finding::SaddleNumbness)));
/// ```
#[must_use]
pub fn next_question(catalog: &Catalog, assessment: &Assessment) -> Option<Question> {
    let ev = assessment.evidence();
    let unknown = ev.unknown();
    let applicable = |q: &Question| match q {
        Question::Finding(Finding::PregnantOrPostpartum) => assessment.sex() != Some(SexTy::Male),
        Question::Field(f) => !assessment.has_field(*f),
        Question::Finding(_) => true,
    };
    let to_question = |f: Finding| match f.source() {
        FindingSource::Direct => Question::Finding(f),
        FindingSource::Derived(field) => Question::Field(field),
    };
    for level in [Disposition::Emergency, Disposition::Urgent] {
        for rule in catalog
            .rules
            .iter()
            .filter(|r| r.kind == RuleKind::RedFlag && r.disposition == level)
        {
            if rule.is_pending(&ev) {
                let open = rule.all.union(rule.any).intersection(unknown);
                if let Some(q) = open.iter().map(to_question).find(applicable) {
                    return Some(q);
                }
            }
        }
    }
    if let Some(f) = Field::ALL.into_iter().map(Question::Field).find(applicable) {
        return Some(f);
    }
    for rule in catalog
        .rules
        .iter()
        .filter(|r| r.kind != RuleKind::RedFlag && r.is_pending(&ev))
    {
        let open = rule.all.union(rule.any).intersection(unknown);
        if let Some(q) = open.iter().map(to_question).find(applicable) {
            return Some(q);
        }
    }
    let mut ranked: Vec<(i32, usize)> = catalog
        .conditions
        .iter()
        .enumerate()
        .filter(|(_, c)| c.requires_any.is_empty() || !c.requires_any.is_subset(ev.no()))
        .map(|(i, c)| (crate::triage::decide::score(c, &ev), i))
        .collect();
    ranked.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    ranked
        .iter()
        .filter_map(|(_, i)| catalog.conditions.get(*i))
        .find_map(|c| {
            c.supporting
                .iter()
                .map(|(f, _)| *f)
                .filter(|f| unknown.contains(*f))
                .map(to_question)
                .find(applicable)
        })
}

fn norm(text: &str) -> String {
    text.trim().to_lowercase().replace(['-', ' '], "_")
}

fn invalid(q: Question, text: &str, expected: String) -> InputError {
    InputError::one(InputProblem::InvalidAnswer {
        question: q.as_str().to_owned(),
        value: text.chars().take(64).collect(),
        expected,
    })
}

fn pick<T: Copy>(
    q: Question,
    text: &str,
    all: &[T],
    name: impl Fn(T) -> &'static str,
) -> Result<T, InputError> {
    let t = norm(text);
    all.iter().copied().find(|v| name(*v) == t).ok_or_else(|| {
        invalid(
            q,
            text,
            all.iter().map(|v| name(*v)).collect::<Vec<_>>().join(", "),
        )
    })
}

/// Applies a text answer to the raw assessment (validation happens after).
pub(crate) fn apply(raw: &mut RawMut<'_>, q: Question, text: &str) -> Result<(), InputError> {
    let number = || -> Result<i64, InputError> {
        text.trim()
            .parse::<i64>()
            .map_err(|_| invalid(q, text, "a whole number".to_owned()))
    };
    match q {
        Question::Finding(f) => {
            let a = match norm(text).as_str() {
                "yes" | "y" | "oui" | "o" => Answer::Yes,
                "no" | "n" | "non" => Answer::No,
                "unknown" | "?" | "dont_know" | "don't_know" | "je_ne_sais_pas" | "nsp" => {
                    Answer::Unknown
                }
                _ => return Err(invalid(q, text, "yes, no or unknown".to_owned())),
            };
            if let FindingSource::Derived(field) = f.source() {
                return Err(InputError::one(InputProblem::DerivedFinding {
                    finding: f,
                    field,
                }));
            }
            raw.finding(f, a);
        }
        Question::Field(Field::Age) => raw.age(number()?),
        Question::Field(Field::Duration) => raw.duration(number()?),
        Question::Field(Field::Severity) => raw.severity(number()?),
        Question::Field(Field::MorningStiffness) => raw.stiffness(number()?),
        Question::Field(Field::Sex) => raw.sex(pick(q, text, Sex::ALL, Sex::as_str)?),
        Question::Field(Field::Onset) => raw.onset(pick(q, text, Onset::ALL, Onset::as_str)?),
        Question::Field(Field::PainSides) => raw.sides(pick(q, text, Sides::ALL, Sides::as_str)?),
        Question::Field(Field::Trend) => raw.trend(pick(q, text, Trend::ALL, Trend::as_str)?),
        Question::Field(Field::LegWeakness) => {
            raw.leg_weakness(pick(q, text, LegWeakness::ALL, LegWeakness::as_str)?);
        }
        Question::Field(Field::Trauma) => raw.trauma(pick(q, text, Trauma::ALL, Trauma::as_str)?),
        Question::Field(Field::PainLocations) => {
            let mut v = Vec::new();
            for part in text.split(',').filter(|p| !p.trim().is_empty()) {
                v.push(pick(q, part, Location::ALL, Location::as_str)?);
            }
            raw.locations(v);
        }
    }
    Ok(())
}
