//! Conditions: the causes of low back and hip pain the catalog describes.

use crate::model::list::List;
use crate::model::set::Bits;
use crate::model::{CareId, ConditionId, ExerciseId, FactId, FindingId, Provenance};

/// The body region a [`Condition`] mainly affects.
///
/// ```
/// let c = lowback::Catalog::builtin().condition(lowback::ConditionId::HIP_OSTEOARTHRITIS).unwrap();
/// assert_eq!(c.region, lowback::Region::Hip);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Region {
    /// The lower back.
    Back,
    /// The hip.
    Hip,
    /// Both.
    BackAndHip,
    /// The pelvis (pelvic girdle, pelvic floor, tailbone).
    Pelvis,
}

/// A cause of low back or hip pain, with its codes, typical findings, links and references.
///
/// Words (name, summary, usual course, first-line care) live in `locales/*/conditions.ftl` under
/// [`Condition::message_id`].
///
/// ```
/// let c = lowback::Catalog::builtin().condition(lowback::ConditionId::HIP_OSTEOARTHRITIS).expect("builtin");
/// assert!(c.icd10.iter().any(|code| code.starts_with("M16")));
/// assert!(c.exercises.len() >= 2);
/// assert_eq!(c.message_id(), "condition-hip-osteoarthritis");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[non_exhaustive]
pub struct Condition {
    /// Stable id.
    pub id: ConditionId,
    /// WHO ICD-10 codes (shared with every triage that lists the condition).
    pub icd10: List<String>,
    /// SNOMED CT concept ids, where a concept exists.
    pub snomed: List<String>,
    /// Body region.
    pub region: Region,
    /// Conditions of one advice group (such as the radicular ones: disc, pinched nerve,
    /// sciatica) are related and share one advice slot.
    pub advice_group: Option<String>,
    /// At least one of these must be present for the condition to be considered.
    pub requires_any: Vec<FindingId>,
    /// Findings that support the condition, with integer weights, heaviest first.
    pub supporting: Vec<(FindingId, u8)>,
    /// Findings that speak against it, with integer weights, heaviest first.
    pub against: Vec<(FindingId, u8)>,
    /// The score at which the condition is listed as likely.
    pub min_score: i32,
    /// Suitable exercises.
    pub exercises: Vec<ExerciseId>,
    /// First-line self-care and treatment options.
    pub care: Vec<CareId>,
    /// Figures about the condition.
    pub facts: Vec<FactId>,
    /// References and review date.
    pub provenance: Provenance,
    #[serde(skip)]
    pub(crate) requires: Bits,
    #[serde(skip)]
    pub(crate) supporting_ix: Vec<(usize, u8)>,
    #[serde(skip)]
    pub(crate) against_ix: Vec<(usize, u8)>,
    #[serde(skip)]
    pub(crate) masks: Masks,
    pub(crate) message_id: crate::model::id::MessageId,
}

/// A condition's findings as sets, for the lists of a triage: what supports it, what speaks
/// against it, and its strong supporting findings (weight 2 or more).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Masks {
    pub supporting: Bits,
    pub against: Bits,
    pub strong: Bits,
}

impl Masks {
    pub(crate) fn new(
        supporting: impl Iterator<Item = (usize, u8)>,
        against: impl Iterator<Item = (usize, u8)>,
    ) -> Masks {
        let mut m = Masks::default();
        for (f, w) in supporting {
            m.supporting.insert(f);
            if w >= 2 {
                m.strong.insert(f);
            }
        }
        for (f, _) in against {
            m.against.insert(f);
        }
        m
    }
}

impl Condition {
    /// The Fluent message id of the condition's name (`condition-…`); attributes `summary`,
    /// `course` and `first-line` hold the rest.
    #[must_use]
    pub fn message_id(&self) -> &str {
        &self.message_id
    }
}
