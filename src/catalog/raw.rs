//! The TOML schema of the data files, exactly as authored (`deny_unknown_fields`).

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::model::condition::Region;
use crate::model::exercise::Target;
use crate::model::reference::ReferenceKind;
use crate::model::rule::RuleKind;
use crate::{CareKind, Disposition};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ReferencesFile {
    #[serde(default)]
    pub reference: Vec<RawReference>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawReference {
    pub id: String,
    pub kind: ReferenceKind,
    pub authors: Vec<String>,
    pub year: u16,
    pub title: String,
    pub container: String,
    #[serde(default)]
    pub volume: String,
    #[serde(default)]
    pub issue: String,
    #[serde(default)]
    pub pages: String,
    #[serde(default)]
    pub doi: String,
    #[serde(default)]
    pub url: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct FindingsFile {
    #[serde(default)]
    pub finding: Vec<RawFinding>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawFinding {
    pub id: String,
    pub kind: String,
    pub source: String,
    pub references: Vec<String>,
    pub reviewed: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RedFlagsFile {
    #[serde(default)]
    pub red_flag: Vec<RawRedFlag>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawRedFlag {
    pub id: String,
    pub icd10: Vec<String>,
    #[serde(default)]
    pub snomed: Vec<String>,
    pub references: Vec<String>,
    pub reviewed: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RulesFile {
    #[serde(default)]
    pub rule: Vec<RawRule>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawRule {
    pub id: String,
    pub kind: RuleKind,
    #[serde(default)]
    pub red_flag: Option<String>,
    pub disposition: Disposition,
    #[serde(default)]
    pub all: Vec<String>,
    #[serde(default)]
    pub any: Vec<String>,
    #[serde(default)]
    pub min_any: Option<u8>,
    pub references: Vec<String>,
    pub reviewed: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ConditionsFile {
    #[serde(default)]
    pub condition: Vec<RawCondition>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawCondition {
    pub id: String,
    pub icd10: Vec<String>,
    #[serde(default)]
    pub snomed: Vec<String>,
    pub region: Region,
    #[serde(default)]
    pub requires_any: Vec<String>,
    pub supporting: BTreeMap<String, u8>,
    #[serde(default)]
    pub against: BTreeMap<String, u8>,
    pub min_score: i32,
    pub exercises: Vec<String>,
    pub care: Vec<String>,
    #[serde(default)]
    pub facts: Vec<String>,
    pub references: Vec<String>,
    pub reviewed: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ExercisesFile {
    #[serde(default)]
    pub exercise: Vec<RawExercise>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawExercise {
    pub id: String,
    pub targets: Vec<Target>,
    pub sets: u8,
    pub reps: u8,
    pub hold_seconds: u8,
    pub days_per_week: u8,
    pub steps: u8,
    #[serde(default)]
    pub contraindications: Vec<String>,
    #[serde(default)]
    pub from_article: bool,
    pub references: Vec<String>,
    pub reviewed: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct CareFile {
    #[serde(default)]
    pub care: Vec<RawCare>,
    #[serde(default)]
    pub tip: Vec<RawTip>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawCare {
    pub id: String,
    pub kind: CareKind,
    #[serde(default)]
    pub contraindications: Vec<String>,
    pub references: Vec<String>,
    pub reviewed: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawTip {
    pub id: String,
    pub references: Vec<String>,
    pub reviewed: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct FactsFile {
    #[serde(default)]
    pub fact: Vec<RawFact>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawFact {
    pub id: String,
    pub values: BTreeMap<String, i64>,
    pub references: Vec<String>,
    pub reviewed: String,
}
