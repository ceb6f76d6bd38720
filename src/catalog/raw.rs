//! The TOML schema of the data files, exactly as authored (`deny_unknown_fields`).

use std::borrow::Cow;

use serde::Deserialize;

pub(crate) use crate::model::sorted_map::SortedMap;

use crate::model::ReviewStatus;
use crate::model::condition::Region;
use crate::model::exercise::Target;
use crate::model::reference::ReferenceKind;
use crate::model::rule::RuleKind;
use crate::{CareKind, Disposition};

/// A string of a data file: borrowed from the file when the parser can (the embedded JSON's
/// ids always), so that parsing does not allocate one `String` per id. Reads as a `str`.
#[derive(Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) struct Str<'a>(Cow<'a, str>);

impl std::fmt::Debug for Str<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(&*self.0, f)
    }
}

impl<'a> Str<'a> {
    /// A string borrowed from a file.
    pub(crate) fn borrowed(s: &'a str) -> Self {
        Str(Cow::Borrowed(s))
    }

    /// The string, borrowed from the file if it is (a copy otherwise).
    pub(crate) fn to_cow(&self) -> Cow<'a, str> {
        self.0.clone()
    }

    /// The string, borrowed from the file if it is.
    pub(crate) fn into_cow(self) -> Cow<'a, str> {
        self.0
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

/// The name under which a [`Strs`] asks a deserializer for the text of a whole list: the
/// compiled reader (`compiled.rs`) answers with it; any other deserializer (TOML) reads the list.
pub(crate) const STRS_TOKEN: &str = "$lowback::Strs";

/// A list of strings of a data file: the list itself (TOML), or, from the compiled form, the
/// text of its elements (`"a","b"`: strings without escapes, which the reader has checked),
/// split when read, so that a list costs no allocation.
#[derive(Clone)]
pub(crate) enum Strs<'a> {
    List(Vec<Str<'a>>),
    Compiled(&'a str),
    /// From the token form (`tokens.rs`): the elements, each its length, `;`, then its bytes
    /// (which the reader has checked), and how many there are.
    Tokens {
        text: &'a str,
        len: usize,
    },
}

impl Default for Strs<'_> {
    fn default() -> Self {
        Strs::List(Vec::new())
    }
}

/// The strings of a [`Strs`].
pub(crate) enum StrsIter<'s, 'a> {
    List(std::slice::Iter<'s, Str<'a>>),
    /// The text after the last string read.
    Compiled(&'a str),
    /// The elements after the last string read (`Strs::Tokens`).
    Tokens(&'a str),
}

impl<'s> Iterator for StrsIter<'s, '_> {
    type Item = &'s str;
    #[inline]
    fn next(&mut self) -> Option<&'s str> {
        match self {
            StrsIter::List(i) => i.next().map(|s| &**s),
            StrsIter::Compiled(rest) => {
                // `"a","b"`: the next string is between the next two quotes (short strings:
                // a plain scan beats `memchr`'s set-up).
                let b = rest.as_bytes();
                let start = b.iter().position(|&c| c == b'"')? + 1;
                let len = b.get(start..)?.iter().position(|&c| c == b'"')?;
                let item = rest.get(start..start + len)?;
                *rest = rest.get(start + len + 1..)?;
                Some(item)
            }
            StrsIter::Tokens(rest) => {
                // The reader checked the lengths: wrapping arithmetic cannot panic, and a
                // length that made no sense would only end the list (`get` gives `None`).
                let b = rest.as_bytes();
                let mut len = 0usize;
                let mut at = 0;
                while let Some(&d) = b.get(at) {
                    if d == b';' {
                        break;
                    }
                    len = len
                        .wrapping_mul(10)
                        .wrapping_add(usize::from(d.wrapping_sub(b'0')));
                    at += 1;
                }
                let end = (at + 1).checked_add(len)?;
                let item = rest.get(at + 1..end)?;
                *rest = rest.get(end..)?;
                Some(item)
            }
        }
    }
}

impl<'a> Strs<'a> {
    /// The strings, in order.
    pub(crate) fn iter(&self) -> StrsIter<'_, 'a> {
        match self {
            Strs::List(v) => StrsIter::List(v.iter()),
            Strs::Compiled(text) => StrsIter::Compiled(text),
            Strs::Tokens { text, .. } => StrsIter::Tokens(text),
        }
    }

    pub(crate) fn len(&self) -> usize {
        match self {
            Strs::List(v) => v.len(),
            Strs::Compiled(text) => text.bytes().filter(|&b| b == b'"').count() / 2,
            Strs::Tokens { len, .. } => *len,
        }
    }

    /// The strings, borrowed from the file where they are, in a list allocated at its size.
    pub(crate) fn into_cows(self) -> Vec<Cow<'a, str>> {
        match self {
            Strs::List(v) => v.into_iter().map(Str::into_cow).collect(),
            Strs::Compiled(text) => StrsIter::<'a, 'a>::Compiled(text)
                .map(Cow::Borrowed)
                .collect(),
            Strs::Tokens { text, len } => {
                let mut v = Vec::with_capacity(len);
                v.extend(StrsIter::<'a, 'a>::Tokens(text).map(Cow::Borrowed));
                v
            }
        }
    }

    /// The strings, owned, in a list allocated at its size.
    pub(crate) fn into_strings(self) -> Vec<String> {
        match self {
            Strs::List(v) => v.into_iter().map(|s| s.0.into_owned()).collect(),
            Strs::Compiled(_) | Strs::Tokens { .. } => {
                let mut v = Vec::with_capacity(self.len());
                v.extend(self.iter().map(str::to_owned));
                v
            }
        }
    }

    pub(crate) fn is_empty(&self) -> bool {
        match self {
            Strs::List(v) => v.is_empty(),
            Strs::Compiled(text) => !text.contains('"'),
            Strs::Tokens { len, .. } => *len == 0,
        }
    }
}

impl<'s, 'a> IntoIterator for &'s Strs<'a> {
    type Item = &'s str;
    type IntoIter = StrsIter<'s, 'a>;
    fn into_iter(self) -> StrsIter<'s, 'a> {
        self.iter()
    }
}

impl<'de: 'a, 'a> Deserialize<'de> for Strs<'a> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = Strs<'de>;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a sequence")
            }
            fn visit_newtype_struct<D: serde::Deserializer<'de>>(
                self,
                d: D,
            ) -> Result<Self::Value, D::Error> {
                Vec::deserialize(d).map(Strs::List)
            }
            fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Self::Value, E> {
                Ok(Strs::Compiled(v))
            }
        }
        d.deserialize_newtype_struct(STRS_TOKEN, Visitor)
    }
}

/// A file's list of items, room made for all of them at once (the compiled form gives their
/// count; the TOML does not: room for 128), since growing a vector of large items one doubling
/// at a time copies them again and again.
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
            pub references: Strs<'a>,
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
    #[serde(borrow)]
    pub authors: Strs<'a>,
    pub year: u16,
    #[serde(borrow)]
    pub title: Str<'a>,
    #[serde(borrow)]
    pub container: Str<'a>,
    #[serde(default, borrow)]
    pub volume: Str<'a>,
    #[serde(default, borrow)]
    pub issue: Str<'a>,
    #[serde(default, borrow)]
    pub pages: Str<'a>,
    #[serde(default, borrow)]
    pub doi: Str<'a>,
    #[serde(default, borrow)]
    pub url: Str<'a>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct FindingsFile<'a> {
    #[serde(default, borrow, deserialize_with = "items")]
    pub finding: Vec<RawFinding<'a>>,
}

#[derive(Deserialize, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(test, derive(serde::Serialize))]
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
    holds_floor: Option<bool>,
    #[serde(borrow)]
    #[serde(default)]
    holds_floor_when: Option<Strs<'a>>,
    #[serde(default)]
    safety_net: bool,
    #[serde(default, borrow)]
    checklist: Option<Str<'a>>,
    #[serde(borrow)]
    #[serde(default)]
    implies: Strs<'a>,
    #[serde(borrow)]
    #[serde(default)]
    asked_when_advice: Strs<'a>,
    #[serde(default, borrow)]
    input: Option<Str<'a>>,
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
    #[serde(default, borrow)]
    levels: Option<Strs<'a>>,
    #[serde(default, borrow)]
    of: Option<Str<'a>>,
    #[serde(default, borrow)]
    from: Option<Str<'a>>,
    #[serde(default)]
    unknown_counts_as_present: bool,
});

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RedFlagsFile<'a> {
    #[serde(default, borrow, deserialize_with = "items")]
    pub red_flag: Vec<RawRedFlag<'a>>,
}

item!(RawRedFlag {
    #[serde(borrow)]
    icd10: Strs<'a>,
    #[serde(default, borrow)]
    snomed: Strs<'a>,
    #[serde(default)]
    call_for_help: bool,
    #[serde(default)]
    urgent_action: bool,
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
    pub of: Strs<'a>,
    #[serde(default)]
    pub min: Option<u8>,
}

item!(RawRule {
    kind: RuleKind,
    #[serde(default, borrow)]
    red_flag: Option<Str<'a>>,
    #[serde(default)]
    disposition: Option<Disposition>,
    #[serde(borrow)]
    #[serde(default)]
    all: Strs<'a>,
    #[serde(borrow)]
    #[serde(default)]
    any: Strs<'a>,
    #[serde(default)]
    min_any: Option<u8>,
    #[serde(default)]
    #[serde(borrow)]
    groups: Vec<RawGroup<'a>>,
    #[serde(borrow)]
    #[serde(default)]
    score: SortedMap<Str<'a>, u8>,
    #[serde(default)]
    at_least: Option<u16>,
    #[serde(borrow)]
    #[serde(default)]
    withhold: Strs<'a>,
    #[serde(borrow)]
    #[serde(default)]
    cautions: Strs<'a>,
    #[serde(borrow)]
    #[serde(default)]
    unless_withheld: Strs<'a>,
});

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ConditionsFile<'a> {
    #[serde(default, borrow, deserialize_with = "items")]
    pub condition: Vec<RawCondition<'a>>,
}

item!(RawCondition {
    #[serde(borrow)]
    icd10: Strs<'a>,
    #[serde(default, borrow)]
    snomed: Strs<'a>,
    region: Region,
    #[serde(default)]
    advice_group: Option<String>,
    #[serde(borrow)]
    #[serde(default)]
    requires_any: Strs<'a>,
    #[serde(borrow)]
    supporting: SortedMap<Str<'a>, u8>,
    #[serde(borrow)]
    #[serde(default)]
    against: SortedMap<Str<'a>, u8>,
    min_score: i32,
    #[serde(borrow)]
    exercises: Strs<'a>,
    #[serde(borrow)]
    care: Strs<'a>,
    #[serde(borrow)]
    #[serde(default)]
    facts: Strs<'a>,
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
    tags: Strs<'a>,
    #[serde(borrow)]
    #[serde(default)]
    contraindications: Strs<'a>,
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
    tags: Strs<'a>,
    #[serde(borrow)]
    #[serde(default)]
    contraindications: Strs<'a>,
});

item!(RawTip {
    #[serde(borrow)]
    #[serde(default)]
    tags: Strs<'a>,
    #[serde(borrow)]
    #[serde(default)]
    contraindications: Strs<'a>,
});

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct FactsFile<'a> {
    #[serde(default, borrow, deserialize_with = "items")]
    pub fact: Vec<RawFact<'a>>,
}

item!(RawFact {
    values: SortedMap<String, i64>,
});
