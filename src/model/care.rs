//! Care options (self-care, lifestyle, professional) and practical tips.

use crate::model::set::Bits;
use crate::model::{CareId, FindingId, Provenance, TagId, TipId};

/// The kind of a [`CareOption`].
///
/// ```
/// let c = lowback::Catalog::builtin().care_option("massage".parse()?).unwrap();
/// assert_eq!(c.kind, lowback::CareKind::Professional);
/// # Ok::<(), lowback::IdError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum CareKind {
    /// Something a person can do at home now.
    SelfCare,
    /// A longer-term change of habit.
    Lifestyle,
    /// Care given by a professional.
    Professional,
}

impl CareKind {
    pub(crate) const fn message_id(self) -> &'static str {
        match self {
            CareKind::SelfCare => "care-kind-self-care",
            CareKind::Lifestyle => "care-kind-lifestyle",
            CareKind::Professional => "care-kind-professional",
        }
    }
}

/// A self-care or treatment option.
///
/// ```
/// let care = lowback::Catalog::builtin().care_option("ice_or_heat".parse()?).expect("builtin");
/// assert_eq!(care.kind, lowback::CareKind::SelfCare);
/// assert_eq!(care.message_id(), "care-ice-or-heat");
/// # Ok::<(), lowback::IdError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[non_exhaustive]
pub struct CareOption {
    /// Stable id.
    pub id: CareId,
    /// Self-care, lifestyle or professional.
    pub kind: CareKind,
    /// Advice tags (`nsaids`, `heat` …) that rules can withhold.
    pub tags: Vec<TagId>,
    /// Findings in whose presence the option is not advised.
    pub contraindications: Vec<FindingId>,
    /// References and review date.
    pub provenance: Provenance,
    #[serde(skip)]
    pub(crate) contra: Bits,
    pub(crate) message_id: crate::model::id::MessageId,
}

impl CareOption {
    /// The Fluent message id of its name (`care-…`); attributes `summary` and `detail`.
    #[must_use]
    pub fn message_id(&self) -> &str {
        &self.message_id
    }
}

/// A practical tip, such as the step stool for standing chores.
///
/// ```
/// let tip = lowback::Catalog::builtin().tip("step_stool".parse()?).expect("builtin");
/// assert_eq!(tip.message_id(), "tip-step-stool");
/// # Ok::<(), lowback::IdError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[non_exhaustive]
pub struct Tip {
    /// Stable id.
    pub id: TipId,
    /// Advice tags (`adult_self_management` …) that rules can withhold.
    pub tags: Vec<TagId>,
    /// Findings in whose presence the tip is not given.
    pub contraindications: Vec<FindingId>,
    /// References and review date.
    pub provenance: Provenance,
    #[serde(skip)]
    pub(crate) contra: Bits,
    pub(crate) message_id: crate::model::id::MessageId,
}

impl Tip {
    /// The Fluent message id of its title (`tip-…`); attribute `detail`.
    #[must_use]
    pub fn message_id(&self) -> &str {
        &self.message_id
    }
}
