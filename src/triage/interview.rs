//! The adaptive interview: which question to ask next, and how answers are read.

use std::fmt;

use crate::catalog::Catalog;
use crate::error::{InputError, InputProblem, shown};
use crate::model::FindingId;
use crate::model::field::FieldKind;
use crate::model::finding::FindingSource;
use crate::model::rule::RuleKind;
use crate::model::set::Bits;
use crate::triage::assessment::{Given, Slot};
use crate::{Answer, Assessment, Disposition, Field};

/// A question of the interview: a typed field, or a finding the person answers (yes / no /
/// unknown, or a level for an ordinal finding).
///
/// ```
/// use lowback::{Field, FindingId, Question};
/// let q = Question::Finding(FindingId::SADDLE_NUMBNESS);
/// assert_eq!(q.as_str(), "saddle_numbness");
/// assert_eq!(Question::Field(Field::Trend).as_str(), "trend");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
#[allow(clippy::exhaustive_enums)] // a question is a field or a finding
pub enum Question {
    /// A typed field of the assessment.
    Field(Field),
    /// A direct or ordinal finding.
    Finding(FindingId),
}

/// How a [`Question`] is answered.
///
/// ```
/// use lowback::{AnswerKind, Catalog, Field, Question};
/// let kind = Question::Field(Field::Severity).kind(Catalog::builtin());
/// assert_eq!(kind, AnswerKind::Number { min: 0, max: 10 });
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AnswerKind {
    /// A whole number in this range.
    Number {
        /// Lowest value.
        min: i64,
        /// Highest value.
        max: i64,
    },
    /// One of the options.
    Choice(Vec<String>),
    /// Several of the options.
    MultiChoice(Vec<String>),
    /// Yes, no or unknown.
    YesNo,
}

impl Question {
    /// The question's stable id: the field name or the finding id.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Question::Field(f) => f.as_str(),
            Question::Finding(f) => f.as_str(),
        }
    }

    /// The Fluent message (and attribute) holding the question's prompt.
    #[must_use]
    pub fn message_id(&self) -> (String, Option<&'static str>) {
        match self {
            Question::Finding(f) => (
                crate::model::id::kebab("finding", f.as_str()),
                Some("question"),
            ),
            Question::Field(field) => (field.message_id().to_owned(), None),
        }
    }

    /// The Fluent message and attribute of an option's label: `option-<field>-<value>` for a
    /// field, the finding's `.option-<value>` attribute for an ordinal finding.
    ///
    /// ```
    /// use lowback::{Field, FindingId, Question};
    /// assert_eq!(Question::Field(Field::Trend).option_message("better"), ("option-trend-better".to_owned(), None));
    /// let q = Question::Finding(FindingId::SYMPTOMS_BOTH_LEGS);
    /// assert_eq!(q.option_message("long_standing").1.as_deref(), Some("option-long-standing"));
    /// ```
    #[must_use]
    pub fn option_message(&self, value: &str) -> (String, Option<String>) {
        match self {
            Question::Field(f) => (f.option_message_id(value), None),
            Question::Finding(id) => (
                crate::model::id::kebab("finding", id.as_str()),
                Some(crate::model::id::kebab("option", value)),
            ),
        }
    }

    /// How the question is answered: a number, a choice of values (`snake_case`), several
    /// choices, or yes / no. Every question also accepts "unknown".
    #[must_use]
    pub fn kind(&self, catalog: &Catalog) -> AnswerKind {
        match self {
            Question::Field(f) => match f.kind() {
                FieldKind::Number { min, max } => AnswerKind::Number { min, max },
                FieldKind::Choice => {
                    AnswerKind::Choice(f.options().iter().map(|o| (*o).to_owned()).collect())
                }
                FieldKind::MultiChoice => {
                    AnswerKind::MultiChoice(f.options().iter().map(|o| (*o).to_owned()).collect())
                }
            },
            Question::Finding(id) => match catalog.finding(*id).map(|f| &f.source) {
                Some(FindingSource::Ordinal { levels }) => AnswerKind::Choice(
                    std::iter::once("no".to_owned())
                        .chain(levels.iter().map(|l| l.as_str().to_owned()))
                        .collect(),
                ),
                _ => AnswerKind::YesNo,
            },
        }
    }
}

impl fmt::Display for Question {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Catalog {
    /// The question that answers a finding: its own (direct and ordinal findings), its ordinal
    /// finding's (levels), or its field's (derived findings).
    ///
    /// ```
    /// use lowback::{Catalog, Field, Question};
    /// let q = Catalog::builtin().question("age_50_or_over".parse()?);
    /// assert_eq!(q, Some(Question::Field(Field::Age)));
    /// # Ok::<(), lowback::IdError>(())
    /// ```
    #[must_use]
    pub fn question(&self, id: FindingId) -> Option<Question> {
        self.question_for(self.finding_position(id)?)
    }

    pub(crate) fn question_for(&self, pos: usize) -> Option<Question> {
        let f = self.finding_at(pos)?;
        Some(match &f.source {
            FindingSource::Direct | FindingSource::Ordinal { .. } => Question::Finding(f.id),
            FindingSource::Level { of, .. } => Question::Finding(*of),
            FindingSource::Derived { field, .. } => Question::Field(*field),
        })
    }
}

/// Whether the question applies to this person at all.
fn applies(a: &Assessment, q: Question) -> bool {
    match q {
        Question::Field(Field::Pregnancy) => {
            a.sex() != Some(crate::Sex::Male) && a.age().is_none_or(|age| (12..=60).contains(&age))
        }
        Question::Field(f) => match f.depends_on() {
            Some((on, value)) => match a.slot(on) {
                Slot::Choice(i) => on.options().get(usize::from(i)) == Some(&value),
                _ => false,
            },
            None if f == Field::HipReplacementYears => matches!(
                a.hip_replacement(),
                Some(crate::HipReplacement::OneSide | crate::HipReplacement::Both)
            ),
            None => true,
        },
        Question::Finding(_) => true,
    }
}

fn asked(a: &Assessment, q: Question) -> bool {
    match q {
        Question::Field(f) => a.has_field(f),
        Question::Finding(id) => a.has_finding(id),
    }
}

/// The question the interview should ask next, or `None` when nothing useful is left (or an
/// emergency is already reached: act first, answer later).
///
/// Order: the open questions of red-flag rules that could still raise the outcome, emergencies
/// first and in rules-file order (cauda equina leads); then the typed fields; then referral
/// rules; then questions that guard advice; then findings that tell the likely conditions
/// apart. A question answered, "unknown" included, is never asked again.
///
/// ```
/// use lowback::{next_question, Assessment, Catalog, FindingId, Question};
/// let catalog = Catalog::builtin();
/// let first = next_question(catalog, &Assessment::new());
/// assert_eq!(first, Some(Question::Finding(FindingId::SADDLE_NUMBNESS)));
/// ```
#[must_use]
pub fn next_question(catalog: &Catalog, assessment: &Assessment) -> Option<Question> {
    let ev = catalog.compute_evidence(assessment).ok()?;
    let all = catalog.all_findings();
    let unknown = ev.unknown(&all);
    let possible = ev.possible(&all);
    let triage = (!assessment.is_empty()).then(|| catalog.decide(&ev));
    let current = triage
        .as_ref()
        .map_or(Disposition::SelfCare, |t| t.disposition);
    if current == Disposition::Emergency {
        return None;
    }
    let open_of = |bits: &Bits| {
        bits.intersection(&unknown)
            .iter()
            .filter_map(|p| catalog.question_for(p))
            .find(|q| !asked(assessment, *q) && applies(assessment, *q))
    };
    let pending = |kind: RuleKind, level: Option<Disposition>| {
        catalog.rules.iter().filter(move |r| {
            r.kind == kind
                && (level.is_none() || r.disposition == level)
                && r.disposition.is_some_and(|d| d > current)
                && !r.test.holds(&ev.yes)
                && r.test.holds(&possible)
        })
    };
    for level in [Disposition::Emergency, Disposition::Urgent] {
        for rule in pending(RuleKind::RedFlag, Some(level)) {
            if let Some(q) = open_of(&rule.test.mentions) {
                return Some(q);
            }
        }
    }
    if let Some(q) = Field::ALL
        .into_iter()
        .map(Question::Field)
        .find(|q| !asked(assessment, *q) && applies(assessment, *q))
    {
        return Some(q);
    }
    for rule in pending(RuleKind::Referral, None) {
        if let Some(q) = open_of(&rule.test.mentions) {
            return Some(q);
        }
    }
    if let Some(t) = &triage {
        let advice: Bits = t
            .advice_unanswered
            .iter()
            .filter_map(|id| catalog.finding_position(*id))
            .collect();
        if let Some(q) = open_of(&advice) {
            return Some(q);
        }
    }
    let mut ranked: Vec<(i32, usize)> = catalog
        .conditions
        .iter()
        .enumerate()
        .filter(|(_, c)| c.requires.is_empty() || c.requires.intersects(&possible))
        .map(|(i, c)| (crate::triage::decide::score(c, &ev.yes), i))
        .collect();
    ranked.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    ranked
        .iter()
        .filter_map(|(_, i)| catalog.conditions.get(*i))
        .find_map(|c| {
            let bits: Bits = c.supporting_ix.iter().map(|(f, _)| *f).collect();
            open_of(&bits)
        })
}

fn norm(text: &str) -> String {
    text.trim().to_lowercase().replace(['-', ' '], "_")
}

fn is_unknown(t: &str) -> bool {
    matches!(
        t,
        "unknown"
            | "?"
            | "dont_know"
            | "don't_know"
            | "i_don't_know"
            | "not_sure"
            | "je_ne_sais_pas"
            | "nsp"
    )
}

fn invalid(q: Question, text: &str, expected: String) -> InputError {
    InputError::one(InputProblem::InvalidAnswer {
        question: q.as_str().to_owned(),
        value: shown(text),
        expected,
    })
}

impl Assessment {
    /// Records an interview answer given as text.
    ///
    /// Numbers for numeric questions; an option value (`after_lifting` or `after-lifting`) for
    /// choices; several comma-separated values for pain locations; `yes`, `no` (also `y`, `n`,
    /// `oui`, `non`) or a level for findings; `unknown` (also `?`, `je ne sais pas`) anywhere.
    /// A blank answer is refused, never read as "none".
    ///
    /// ```
    /// use lowback::{Answer, Assessment, Catalog, Field, FindingId, Question};
    /// let catalog = Catalog::builtin();
    /// let mut a = Assessment::new();
    /// a.answer(catalog, Question::Field(Field::Age), "67")?;
    /// a.answer(catalog, Question::Field(Field::PainLocations), "lower-back, hip")?;
    /// a.answer(catalog, Question::Finding(FindingId::SADDLE_NUMBNESS), "non")?;
    /// a.answer(catalog, Question::Field(Field::Severity), "?")?;
    /// assert_eq!(a.age(), Some(67));
    /// assert_eq!(a.finding(FindingId::SADDLE_NUMBNESS), Some(Answer::No));
    /// assert!(a.has_field(Field::Severity));
    /// assert!(a.answer(catalog, Question::Field(Field::Duration), "  ").is_err());
    /// # Ok::<(), lowback::InputError>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`InputError`] when the text cannot be understood, the value is out of range or the
    /// answer contradicts another; the assessment is then unchanged.
    pub fn answer(
        &mut self,
        catalog: &Catalog,
        question: Question,
        text: &str,
    ) -> Result<(), InputError> {
        let t = norm(text);
        let mut next = self.clone();
        if t.is_empty() {
            return Err(invalid(
                question,
                text,
                "an answer (or \"unknown\")".to_owned(),
            ));
        }
        match question {
            Question::Field(f) => {
                let slot = if is_unknown(&t) {
                    Slot::Unknown
                } else {
                    match f.kind() {
                        FieldKind::Number { .. } => {
                            Slot::Number(t.parse::<i64>().map_err(|_| {
                                invalid(question, text, "a whole number".to_owned())
                            })?)
                        }
                        FieldKind::Choice => {
                            let i =
                                f.options().iter().position(|o| *o == t).ok_or_else(|| {
                                    invalid(question, text, f.options().join(", "))
                                })?;
                            Slot::Choice(u8::try_from(i).unwrap_or(u8::MAX))
                        }
                        FieldKind::MultiChoice => {
                            let mut mask = 0u32;
                            for part in text.split(',').map(norm).filter(|p| !p.is_empty()) {
                                let i = f.options().iter().position(|o| *o == part).ok_or_else(
                                    || invalid(question, text, f.options().join(", ")),
                                )?;
                                mask |= 1u32 << i;
                            }
                            Slot::Multi(mask)
                        }
                    }
                };
                next.set_slot(f, slot);
            }
            Question::Finding(id) => {
                let finding = catalog.finding(id).ok_or_else(|| {
                    InputError::one(InputProblem::UnknownFinding {
                        finding: shown(id.as_str()),
                    })
                })?;
                let given = match t.as_str() {
                    "yes" | "y" | "oui" | "o" => Given::Answer(Answer::Yes),
                    "no" | "n" | "non" => Given::Answer(Answer::No),
                    u if is_unknown(u) => Given::Answer(Answer::Unknown),
                    other => match &finding.source {
                        FindingSource::Ordinal { levels } => levels
                            .iter()
                            .find(|l| l.as_str() == other)
                            .map(|l| Given::Level(*l))
                            .ok_or_else(|| {
                                invalid(
                                    question,
                                    text,
                                    format!(
                                        "no, {} or unknown",
                                        levels
                                            .iter()
                                            .map(crate::model::LevelId::as_str)
                                            .collect::<Vec<_>>()
                                            .join(", ")
                                    ),
                                )
                            })?,
                        _ => return Err(invalid(question, text, "yes, no or unknown".to_owned())),
                    },
                };
                if !finding.is_asked() {
                    return Err(InputError::one(InputProblem::DerivedFinding {
                        finding: id,
                        from: "another answer".to_owned(),
                    }));
                }
                next.findings.insert(id, given);
            }
        }
        let next = next.validated()?;
        catalog.compute_evidence(&next)?;
        *self = next;
        Ok(())
    }
}
