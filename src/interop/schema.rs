//! The versioned JSON contract: the schema version written in every Assessment, Triage and
//! Report document, and the JSON Schemas (draft 2020-12) that describe them.
//!
//! Versions are `MAJOR.MINOR`. A minor version only adds optional fields; a new major version
//! changes or removes something. Readers accept every document of their own major version, and a
//! document without `schema_version` (written before versioning); [`Assessment::from_json`]
//! rejects another major version with [`InputProblem::InvalidValue`] naming `schema_version`.
//!
//! ```
//! use lowback::{Assessment, InputProblem, schema};
//! assert_eq!(schema::SCHEMA_VERSION, "0.2");
//! assert!(Assessment::from_json(r#"{"schema_version": "0.1", "age": 40}"#).is_ok());
//! let err = Assessment::from_json(r#"{"schema_version": "1.0", "age": 40}"#).unwrap_err();
//! assert!(matches!(&err.problems()[0], InputProblem::InvalidValue { field, .. } if field == "schema_version"));
//! let assessment: serde_json::Value = serde_json::from_str(schema::ASSESSMENT)?;
//! assert_eq!(assessment["$schema"], "https://json-schema.org/draft/2020-12/schema");
//! # Ok::<(), serde_json::Error>(())
//! ```
//!
//! [`Assessment::from_json`]: crate::Assessment::from_json
//! [`InputProblem::InvalidValue`]: crate::InputProblem::InvalidValue

use serde_json::Value;

use crate::error::{InputProblem, shown};
use std::borrow::Cow;

/// The version of the JSON this crate writes: `MAJOR.MINOR`.
///
/// ```
/// let t = lowback::Catalog::builtin().triage(&lowback::Assessment::from_json(r#"{"age": 40}"#)?)?;
/// assert_eq!(t.schema_version, lowback::schema::SCHEMA_VERSION);
/// # Ok::<(), lowback::InputError>(())
/// ```
pub const SCHEMA_VERSION: &str = "0.2";

/// The JSON Schema (draft 2020-12) of assessment JSON (`schemas/assessment.schema.json`).
///
/// ```
/// let s: serde_json::Value = serde_json::from_str(lowback::schema::ASSESSMENT)?;
/// assert_eq!(s["additionalProperties"], false);
/// # Ok::<(), serde_json::Error>(())
/// ```
pub const ASSESSMENT: &str = include_str!("../../schemas/assessment.schema.json");

/// The JSON Schema (draft 2020-12) of triage JSON, [`Triage::to_json`](crate::Triage::to_json)
/// (`schemas/triage.schema.json`).
///
/// ```
/// let s: serde_json::Value = serde_json::from_str(lowback::schema::TRIAGE)?;
/// assert!(s["required"].as_array().is_some_and(|r| r.contains(&"disposition".into())));
/// # Ok::<(), serde_json::Error>(())
/// ```
pub const TRIAGE: &str = include_str!("../../schemas/triage.schema.json");

/// The JSON Schema (draft 2020-12) of report JSON, [`Report::to_json`](crate::Report::to_json)
/// (`schemas/report.schema.json`).
///
/// ```
/// let s: serde_json::Value = serde_json::from_str(lowback::schema::REPORT)?;
/// assert_eq!(s["type"], "object");
/// # Ok::<(), serde_json::Error>(())
/// ```
pub const REPORT: &str = include_str!("../../schemas/report.schema.json");

/// The major part of a version string, if it is `MAJOR`, `MAJOR.MINOR` or `MAJOR.MINOR.PATCH`.
fn major(v: &str) -> Option<&str> {
    let mut parts = v.split('.');
    let first = parts.next()?;
    let numeric = |p: &str| !p.is_empty() && p.len() <= 9 && p.bytes().all(|b| b.is_ascii_digit());
    let rest: Vec<&str> = parts.collect();
    (numeric(first) && rest.len() <= 2 && rest.iter().all(|p| numeric(p))).then_some(first)
}

/// Whether a document of version `v` can be read by this crate.
fn readable(v: &str) -> bool {
    major(v).is_some_and(|m| Some(m) == major(SCHEMA_VERSION))
}

fn expected() -> String {
    let m = major(SCHEMA_VERSION).unwrap_or("0");
    format!("a schema version {m}.x (this library writes {SCHEMA_VERSION})")
}

/// Checks the `schema_version` of an input document.
pub(crate) fn check(v: &Value) -> Result<(), InputProblem> {
    match v.as_str() {
        Some(s) if readable(s) => Ok(()),
        Some(s) => Err(InputProblem::InvalidValue {
            field: "schema_version".to_owned(),
            value: shown(s),
            expected: expected(),
        }),
        None => Err(InputProblem::WrongType {
            field: "schema_version".to_owned(),
            expected: "a version string such as \"0.2\"",
            found: match v {
                Value::Null => "null",
                Value::Bool(_) => "a boolean",
                Value::Number(_) => "a number",
                Value::String(_) => "a string",
                Value::Array(_) => "an array",
                Value::Object(_) => "an object",
            },
        }),
    }
}

/// The schema version of documents that do not say (serde default), and of those this crate
/// writes: borrowed, so that a triage does not allocate it.
pub(crate) fn current() -> Cow<'static, str> {
    Cow::Borrowed(SCHEMA_VERSION)
}

/// Reads a `schema_version` with serde, refusing another major version.
pub(crate) fn deserialize<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> Result<Cow<'static, str>, D::Error> {
    let s = <String as serde::Deserialize>::deserialize(d)?;
    if s == SCHEMA_VERSION {
        Ok(current())
    } else if readable(&s) {
        Ok(Cow::Owned(s))
    } else {
        Err(serde::de::Error::custom(format_args!(
            "schema_version {:?}: expected {}",
            shown(&s),
            expected()
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions() {
        assert!(readable("0.2"));
        assert!(readable("0"));
        assert!(readable("0.17.3"));
        assert!(!readable("1.0"));
        assert!(!readable("0.x"));
        assert!(!readable(""));
        assert!(!readable("0.2.3.4"));
        assert!(!readable(" 0.2"));
    }
}
