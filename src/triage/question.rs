//! Questions of the interview: a typed field, a finding, or a checklist of findings.

use std::fmt;

use crate::Field;
use crate::catalog::Catalog;
use crate::model::field::FieldKind;
use crate::model::finding::FindingSource;
use crate::model::id::kebab;
use crate::model::{ChecklistId, FindingId};

/// A question of the interview.
///
/// ```
/// use lowback::{ChecklistId, Field, FindingId, Question};
/// assert_eq!(Question::Finding(FindingId::SADDLE_NUMBNESS).as_str(), "saddle_numbness");
/// assert_eq!(Question::Field(Field::Trend).as_str(), "trend");
/// assert_eq!(Question::Checklist("cauda_equina".parse()?).as_str(), "cauda_equina");
/// # Ok::<(), lowback::IdError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
#[allow(clippy::exhaustive_enums)] // a question is a field, a finding or a checklist
pub enum Question {
    /// A typed field of the assessment.
    Field(Field),
    /// A direct (yes / no) or ordinal (levels) finding.
    Finding(FindingId),
    /// Several yes / no findings asked together: "which of these apply?", "none" included.
    Checklist(ChecklistId),
}

/// How a [`Question`] is answered. Every question also accepts "unknown".
///
/// ```
/// use lowback::{AnswerKind, Catalog, Field, Question};
/// let kind = Question::Field(Field::Severity).kind(Catalog::builtin());
/// assert_eq!(kind, AnswerKind::Number { min: 0, max: 10 });
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AnswerKind {
    /// A whole number in this range (units such as "3 weeks" are converted).
    Number {
        /// Lowest value.
        min: i64,
        /// Highest value.
        max: i64,
    },
    /// One of the options (values, `snake_case`).
    Choice(Vec<String>),
    /// One or more of the options; for a checklist, also "none of these".
    MultiChoice(Vec<String>),
    /// Yes or no.
    YesNo,
}

impl Question {
    /// The question's stable id: the field name, the finding id or the checklist id.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Question::Field(f) => f.as_str(),
            Question::Finding(f) => f.as_str(),
            Question::Checklist(c) => c.as_str(),
        }
    }

    /// The Fluent message (and attribute) holding the question's prompt.
    #[must_use]
    pub fn message_id(&self) -> (String, Option<&'static str>) {
        match self {
            Question::Finding(f) => (kebab("finding", f.as_str()), Some("question")),
            Question::Checklist(c) => (kebab("checklist", c.as_str()), Some("question")),
            Question::Field(field) => (field.message_id().to_owned(), None),
        }
    }

    /// The Fluent message and attribute of an option's label: `option-<field>-<value>` for a
    /// field, the finding's `.option-<value>` attribute for an ordinal finding, the finding's
    /// own label for a checklist item.
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
            Question::Finding(id) => (kebab("finding", id.as_str()), Some(kebab("option", value))),
            Question::Checklist(_) if value == NONE => ("interview-none-of-these".to_owned(), None),
            Question::Checklist(_) => (kebab("finding", value), None),
        }
    }

    /// How the question is answered.
    #[must_use]
    pub fn kind(&self, catalog: &Catalog) -> AnswerKind {
        match self {
            Question::Field(f) => match f.kind() {
                FieldKind::Number { min, max } => AnswerKind::Number { min, max },
                FieldKind::Choice => AnswerKind::Choice(strings(f.options())),
                FieldKind::MultiChoice => AnswerKind::MultiChoice(strings(f.options())),
            },
            Question::Finding(id) => match catalog.finding(*id).map(|f| &f.source) {
                Some(FindingSource::Ordinal { levels }) => AnswerKind::Choice(
                    std::iter::once("no".to_owned())
                        .chain(levels.iter().map(|l| l.as_str().to_owned()))
                        .collect(),
                ),
                _ => AnswerKind::YesNo,
            },
            Question::Checklist(c) => AnswerKind::MultiChoice(
                catalog
                    .checklist(*c)
                    .iter()
                    .map(|f| f.as_str().to_owned())
                    .chain(std::iter::once(NONE.to_owned()))
                    .collect(),
            ),
        }
    }
}

/// The value of a checklist's "none of these" option.
pub(crate) const NONE: &str = "none";

fn strings(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| (*s).to_owned()).collect()
}

impl fmt::Display for Question {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Catalog {
    /// The question that answers a finding: its own (direct and ordinal findings), its ordinal
    /// finding's (levels), or its field's (derived findings). Checklist members are answered by
    /// their own question too; the interview groups them.
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

    /// The findings of a checklist, in vocabulary order (empty for an unknown id).
    ///
    /// ```
    /// let ces = lowback::Catalog::builtin().checklist("cauda_equina".parse()?);
    /// assert_eq!(ces[0], lowback::FindingId::SADDLE_NUMBNESS);
    /// # Ok::<(), lowback::IdError>(())
    /// ```
    #[must_use]
    pub fn checklist(&self, id: ChecklistId) -> Vec<FindingId> {
        self.checklist_positions(id)
            .iter()
            .filter_map(|p| self.finding_at(*p).map(|f| f.id))
            .collect()
    }

    pub(crate) fn checklist_positions(&self, id: ChecklistId) -> &[usize] {
        self.vocab
            .checklists
            .iter()
            .find(|(c, _)| *c == id)
            .map_or(&[], |(_, m)| m.as_slice())
    }
}
