//! Red flags: the serious problems that the triage rules screen for.

use crate::model::{Provenance, RedFlagId};

/// A serious problem that needs care urgently or at once (cauda equina syndrome, spinal
/// infection, fracture …). Rules of kind [`RuleKind::RedFlag`](crate::RuleKind::RedFlag) point to one.
///
/// ```
/// let flag = lowback::Catalog::builtin().red_flag(lowback::RedFlagId::CAUDA_EQUINA).expect("builtin");
/// assert!(flag.icd10.iter().any(|c| c == "G83.4"));
/// assert_eq!(flag.message_id(), "red-flag-cauda-equina");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[non_exhaustive]
pub struct RedFlag {
    /// Stable id.
    pub id: RedFlagId,
    /// WHO ICD-10 codes.
    pub icd10: Vec<String>,
    /// SNOMED CT concept ids, where a concept exists.
    pub snomed: Vec<String>,
    /// Whether emergency help must come to the person: they call and wait where they are,
    /// and do not travel to an emergency department (`call_for_help = true` in
    /// `red_flags.toml`). An emergency report it leads then says only "call".
    pub call_for_help: bool,
    /// Whether the red flag has its own words for an urgent outcome (`urgent_action = true` in
    /// `red_flags.toml`): the message's `.action-urgent`, shown instead of `.action` when the
    /// red flag sets an urgent outcome, not an emergency. For a red flag whose `.action` begins
    /// with what made it an emergency ("after a serious accident, call …"), words a person
    /// without that history should not read first.
    pub urgent_action: bool,
    /// References and review date.
    pub provenance: Provenance,
    pub(crate) message_id: crate::model::id::MessageId,
}

impl RedFlag {
    /// The Fluent message id of its name (`red-flag-…`); attributes `summary` and `action`, and
    /// `action-urgent` when [`RedFlag::urgent_action`] is set.
    #[must_use]
    pub fn message_id(&self) -> &str {
        &self.message_id
    }
}
