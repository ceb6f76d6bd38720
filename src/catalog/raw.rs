//! The TOML schema of the data files, exactly as authored (`deny_unknown_fields`).

use std::borrow::Cow;
use std::collections::BTreeMap;

use serde::Deserialize;

use crate::model::ReviewStatus;
use crate::model::condition::Region;
use crate::model::exercise::Target;
use crate::model::reference::ReferenceKind;
use crate::model::rule::RuleKind;
use crate::{CareKind, Disposition};

/// A string of a data file: borrowed from the file when the parser can (the embedded JSON's
/// ids always), so that parsing does not allocate one `String` per id. Reads as a `str`.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) struct Str<'a>(Cow<'a, str>);

impl std::fmt::Debug for Str<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(&*self.0, f)
    }
}

impl std::ops::Deref for Str<'_> {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Str<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl<'de: 'a, 'a> Deserialize<'de> for Str<'a> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = Cow<'de, str>;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a string")
            }
            fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Self::Value, E> {
                Ok(Cow::Borrowed(v))
            }
            fn visit_str<E>(self, v: &str) -> Result<Self::Value, E> {
                Ok(Cow::Owned(v.to_owned()))
            }
            fn visit_string<E>(self, v: String) -> Result<Self::Value, E> {
                Ok(Cow::Owned(v))
            }
        }
        d.deserialize_str(Visitor).map(Str)
    }
}

/// A file's list of items, room made for 128 at once: the embedded JSON gives no length, and
/// growing a vector of large items one doubling at a time copies them again and again.
fn items<'de, D, T>(d: D) -> Result<Vec<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    struct Visitor<T>(std::marker::PhantomData<T>);
    impl<'de, T: Deserialize<'de>> serde::de::Visitor<'de> for Visitor<T> {
        type Value = Vec<T>;
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("an array of tables")
        }
        fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
            let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(128).min(4096));
            while let Some(item) = seq.next_element()? {
                items.push(item);
            }
            Ok(items)
        }
    }
    d.deserialize_seq(Visitor(std::marker::PhantomData))
}

/// The governance fields every item carries, then the item's own fields.
macro_rules! item {
    ($(#[$m:meta])* $name:ident { $($(#[$fm:meta])* $field:ident : $ty:ty,)* }) => {
        $(#[$m])*
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        pub(crate) struct $name<'a> {
            #[serde(borrow)]
            pub id: Str<'a>,
            $($(#[$fm])* pub $field: $ty,)*
            #[serde(borrow)]
            pub references: Vec<Str<'a>>,
            pub status: ReviewStatus,
            #[serde(borrow)]
            pub updated: Str<'a>,
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
pub(crate) struct ReferencesFile<'a> {
    #[serde(default, borrow, deserialize_with = "items")]
    pub reference: Vec<RawReference<'a>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawReference<'a> {
    #[serde(borrow)]
    pub id: Str<'a>,
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
pub(crate) struct FindingsFile<'a> {
    #[serde(default, borrow, deserialize_with = "items")]
    pub finding: Vec<RawFinding<'a>>,
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
    #[serde(borrow)]
    kind: Str<'a>,
    source: RawSource,
    #[serde(default)]
    screen: bool,
    #[serde(default)]
    safety_net: bool,
    #[serde(default)]
    checklist: Option<String>,
    #[serde(borrow)]
    #[serde(default)]
    implies: Vec<Str<'a>>,
    #[serde(borrow)]
    #[serde(default)]
    asked_when_advice: Vec<Str<'a>>,
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
pub(crate) struct RedFlagsFile<'a> {
    #[serde(default, borrow, deserialize_with = "items")]
    pub red_flag: Vec<RawRedFlag<'a>>,
}

item!(RawRedFlag {
    icd10: Vec<String>,
    #[serde(default)]
    snomed: Vec<String>,
});

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RulesFile<'a> {
    #[serde(default, borrow, deserialize_with = "items")]
    pub rule: Vec<RawRule<'a>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawGroup<'a> {
    #[serde(borrow)]
    pub of: Vec<Str<'a>>,
    #[serde(default)]
    pub min: Option<u8>,
}

item!(RawRule {
    kind: RuleKind,
    #[serde(default)]
    red_flag: Option<String>,
    #[serde(default)]
    disposition: Option<Disposition>,
    #[serde(borrow)]
    #[serde(default)]
    all: Vec<Str<'a>>,
    #[serde(borrow)]
    #[serde(default)]
    any: Vec<Str<'a>>,
    #[serde(default)]
    min_any: Option<u8>,
    #[serde(default)]
    #[serde(borrow)]
    groups: Vec<RawGroup<'a>>,
    #[serde(borrow)]
    #[serde(default)]
    score: BTreeMap<Str<'a>, u8>,
    #[serde(default)]
    at_least: Option<u16>,
    #[serde(borrow)]
    #[serde(default)]
    withhold: Vec<Str<'a>>,
    #[serde(borrow)]
    #[serde(default)]
    cautions: Vec<Str<'a>>,
});

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ConditionsFile<'a> {
    #[serde(default, borrow, deserialize_with = "items")]
    pub condition: Vec<RawCondition<'a>>,
}

item!(RawCondition {
    icd10: Vec<String>,
    #[serde(default)]
    snomed: Vec<String>,
    region: Region,
    #[serde(default)]
    advice_group: Option<String>,
    #[serde(borrow)]
    #[serde(default)]
    requires_any: Vec<Str<'a>>,
    #[serde(borrow)]
    supporting: BTreeMap<Str<'a>, u8>,
    #[serde(borrow)]
    #[serde(default)]
    against: BTreeMap<Str<'a>, u8>,
    min_score: i32,
    #[serde(borrow)]
    exercises: Vec<Str<'a>>,
    #[serde(borrow)]
    care: Vec<Str<'a>>,
    #[serde(borrow)]
    #[serde(default)]
    facts: Vec<Str<'a>>,
});

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ExercisesFile<'a> {
    #[serde(default, borrow, deserialize_with = "items")]
    pub exercise: Vec<RawExercise<'a>>,
}

item!(RawExercise {
    targets: Vec<Target>,
    sets: u8,
    reps: u8,
    hold_seconds: u8,
    days_per_week: u8,
    steps: u8,
    #[serde(borrow)]
    #[serde(default)]
    tags: Vec<Str<'a>>,
    #[serde(borrow)]
    #[serde(default)]
    contraindications: Vec<Str<'a>>,
    #[serde(default)]
    from_article: bool,
});

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct CareFile<'a> {
    #[serde(default, borrow, deserialize_with = "items")]
    pub care: Vec<RawCare<'a>>,
    #[serde(default, borrow, deserialize_with = "items")]
    pub tip: Vec<RawTip<'a>>,
}

item!(RawCare {
    kind: CareKind,
    #[serde(borrow)]
    #[serde(default)]
    tags: Vec<Str<'a>>,
    #[serde(borrow)]
    #[serde(default)]
    contraindications: Vec<Str<'a>>,
});

item!(RawTip {});

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct FactsFile<'a> {
    #[serde(default, borrow, deserialize_with = "items")]
    pub fact: Vec<RawFact<'a>>,
}

item!(RawFact {
    values: BTreeMap<String, i64>,
});
