//! Interoperability: the versioned JSON contract (schema version, JSON Schemas), errors as data,
//! FHIR R4 resources and CDS Hooks cards.
//!
//! Everything here is built from the same language-neutral [`Triage`](crate::Triage) and
//! [`Assessment`](crate::Assessment) as the rest of the crate, with no dependency beyond
//! `serde_json`: the FHIR resources and CDS Hooks cards are plain [`serde_json::Value`]s.

mod errors;
pub mod schema;
