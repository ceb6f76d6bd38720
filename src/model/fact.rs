//! Facts: figures quoted with their source.

use crate::model::{FactId, Provenance};

/// A figure with its source, such as the share of low back pain cases that involve the
/// sacroiliac joint. Its integer values are passed to the Fluent message `fact-…` as variables.
///
/// ```
/// let fact = lowback::Catalog::builtin().fact("si_joint_share".parse()?).expect("builtin");
/// assert!(fact.values.iter().any(|(name, _)| name == "low"));
/// # Ok::<(), lowback::IdError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[non_exhaustive]
pub struct Fact {
    /// Stable id.
    pub id: FactId,
    /// Named integer values, in name order.
    pub values: Vec<(String, i64)>,
    /// References and review date.
    pub provenance: Provenance,
    pub(crate) message_id: crate::model::id::MessageId,
}

impl Fact {
    /// The Fluent message id of its sentence (`fact-…`).
    #[must_use]
    pub fn message_id(&self) -> &str {
        &self.message_id
    }
}
