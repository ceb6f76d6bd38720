//! The TOML schema of the data files, exactly as authored (`deny_unknown_fields`).

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::model::ReviewStatus;
use crate::model::condition::Region;
use crate::model::exercise::Target;
use crate::model::reference::ReferenceKind;
use crate::model::rule::RuleKind;
use crate::{CareKind, Disposition};

/// The governance fields every item carries, then the item's own fields.
macro_rules! item {
    ($(#[$m:meta])* $name:ident { $($(#[$fm:meta])* $field:ident : $ty:ty,)* }) => {
        $(#[$m])*
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        pub(crate) struct $name {
            pub id: String,
            $($(#[$fm])* pub $field: $ty,)*
            pub references: Vec<String>,
            pub status: ReviewStatus,
            pub updated: String,
            #[serde(default)]
            pub reviewed: Option<String>,
            #[serde(default)]
            pub reviewer_role: Option<String>,
            #[serde(default)]
            pub next_review: Option<String>,
        }
    };
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct PackFile {
    pub name: String,
    pub version: String,
}

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

#[derive(Deserialize, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub(crate) enum RawSource {
    Direct,
    Derived,
    Ordinal,
    Level,
}

item!(RawFinding {
    kind: String,
    source: RawSource,
    #[serde(default)]
    screen: bool,
    #[serde(default)]
    safety_net: bool,
    #[serde(default)]
    checklist: Option<String>,
    #[serde(default)]
    implies: Vec<String>,
    #[serde(default)]
    asked_when_advice: Vec<String>,
    #[serde(default)]
    input: Option<String>,
    #[serde(default)]
    below: Option<i64>,
    #[serde(default)]
    at_least: Option<i64>,
    #[serde(default)]
    above: Option<i64>,
    #[serde(default)]
    at_most: Option<i64>,
    #[serde(default)]
    between: Option<[i64; 2]>,
    #[serde(default)]
    is: Option<Vec<String>>,
    #[serde(default)]
    has: Option<Vec<String>>,
    #[serde(default)]
    levels: Option<Vec<String>>,
    #[serde(default)]
    of: Option<String>,
    #[serde(default)]
    from: Option<String>,
});

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RedFlagsFile {
    #[serde(default)]
    pub red_flag: Vec<RawRedFlag>,
}

item!(RawRedFlag {
    icd10: Vec<String>,
    #[serde(default)]
    snomed: Vec<String>,
});

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RulesFile {
    #[serde(default)]
    pub rule: Vec<RawRule>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawGroup {
    pub of: Vec<String>,
    #[serde(default)]
    pub min: Option<u8>,
}

item!(RawRule {
    kind: RuleKind,
    #[serde(default)]
    red_flag: Option<String>,
    #[serde(default)]
    disposition: Option<Disposition>,
    #[serde(default)]
    all: Vec<String>,
    #[serde(default)]
    any: Vec<String>,
    #[serde(default)]
    min_any: Option<u8>,
    #[serde(default)]
    groups: Vec<RawGroup>,
    #[serde(default)]
    score: BTreeMap<String, u8>,
    #[serde(default)]
    at_least: Option<u16>,
    #[serde(default)]
    withhold: Vec<String>,
    #[serde(default)]
    cautions: Vec<String>,
});

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ConditionsFile {
    #[serde(default)]
    pub condition: Vec<RawCondition>,
}

item!(RawCondition {
    icd10: Vec<String>,
    #[serde(default)]
    snomed: Vec<String>,
    region: Region,
    #[serde(default)]
    advice_group: Option<String>,
    #[serde(default)]
    requires_any: Vec<String>,
    supporting: BTreeMap<String, u8>,
    #[serde(default)]
    against: BTreeMap<String, u8>,
    min_score: i32,
    exercises: Vec<String>,
    care: Vec<String>,
    #[serde(default)]
    facts: Vec<String>,
});

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ExercisesFile {
    #[serde(default)]
    pub exercise: Vec<RawExercise>,
}

item!(RawExercise {
    targets: Vec<Target>,
    sets: u8,
    reps: u8,
    hold_seconds: u8,
    days_per_week: u8,
    steps: u8,
    #[serde(default)]
    tags: Vec<String>,
    #[serde(default)]
    contraindications: Vec<String>,
    #[serde(default)]
    from_article: bool,
});

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct CareFile {
    #[serde(default)]
    pub care: Vec<RawCare>,
    #[serde(default)]
    pub tip: Vec<RawTip>,
}

item!(RawCare {
    kind: CareKind,
    #[serde(default)]
    tags: Vec<String>,
    #[serde(default)]
    contraindications: Vec<String>,
});

item!(RawTip {});

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct FactsFile {
    #[serde(default)]
    pub fact: Vec<RawFact>,
}

item!(RawFact {
    values: BTreeMap<String, i64>,
});
