//! The input of the triage: what a person reports.
//!
//! Typed fields (age, sex, duration, pain locations …) and answers to findings by id. Any field
//! can be answered "unknown". The JSON form is read field by field, so that every problem of a
//! document is reported at once, and work on hostile input stays bounded.

use crate::model::sorted_map::SortedMap;
use std::collections::BTreeMap;
use std::fmt;

use serde::de::{self, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::error::{InputError, InputProblem, shown};
use crate::model::field::FieldKind;
use crate::model::{FindingId, LevelId};
use crate::{Answer, Field};

pub(crate) use crate::error::MAX_PROBLEMS;

macro_rules! choice {
    ($(#[$m:meta])* $name:ident for $field:ident { $($(#[$vm:meta])* $v:ident = $s:literal),* $(,)? }) => {
        $(#[$m])*
        ///
        /// ```
        #[doc = concat!("for v in lowback::", stringify!($name), "::ALL {")]
        #[doc = concat!("    let json = serde_json::to_string(v).unwrap();")]
        #[doc = concat!("    assert_eq!(json, format!(\"\\\"{}\\\"\", v.as_str()));")]
        #[doc = "}"]
        /// ```
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        #[non_exhaustive]
        pub enum $name { $($(#[$vm])* $v),* }
        impl $name {
            /// Every value, in the order of [`Field::options`].
            pub const ALL: &'static [$name] = &[$($name::$v),*];
            /// The value's id in JSON.
            #[must_use]
            pub const fn as_str(self) -> &'static str { match self { $($name::$v => $s),* } }
            /// The field this value answers.
            pub const FIELD: Field = Field::$field;
            const fn index(self) -> u8 { self as u8 }
            #[allow(dead_code)] // not every choice has a typed getter
            #[allow(dead_code)] // not every choice has a typed getter
            fn at(i: u8) -> Option<Self> { Self::ALL.get(usize::from(i)).copied() }
        }
        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.write_str(self.as_str()) }
        }
    };
}

choice!(
    /// Sex, as relevant to risk factors (fracture, pelvic floor, pregnancy).
    Sex for Sex { /// Female.
    Female = "female", /// Male.
    Male = "male" }
);
choice!(
    /// How the pain began.
    Onset for Onset { /// Suddenly, without lifting or a fall.
    Sudden = "sudden", /// Gradually.
    Gradual = "gradual", /// While or after lifting or straining.
    AfterLifting = "after_lifting", /// After a fall or an accident.
    AfterFallOrAccident = "after_fall_or_accident" }
);
choice!(
    /// Where it hurts.
    Location for PainLocations { /// The lower back.
    LowerBack = "lower_back", /// The upper back, between or below the shoulder blades.
    UpperBack = "upper_back", /// The hip (side or back of the hip).
    Hip = "hip", /// The groin.
    Groin = "groin", /// The buttock.
    Buttock = "buttock", /// The thigh.
    Thigh = "thigh", /// The knee.
    Knee = "knee", /// Below the knee.
    BelowKnee = "below_knee", /// The foot.
    Foot = "foot", /// The tailbone.
    Tailbone = "tailbone", /// The lower belly.
    LowerBelly = "lower_belly", /// The loin: the side of the back under the ribs.
    Loin = "loin" }
);
choice!(
    /// One side or both.
    Sides for PainSides { /// One side.
    One = "one", /// Both sides.
    Both = "both" }
);
choice!(
    /// How the pain is changing.
    Trend for Trend { /// Getting better.
    Better = "better", /// About the same.
    Same = "same", /// Getting worse.
    Worse = "worse" }
);
choice!(
    /// Weakness in the legs.
    LegWeakness for LegWeakness { /// None.
    None = "none", /// Present and not changing.
    Stable = "stable", /// Getting worse.
    Progressive = "progressive" }
);
choice!(
    /// Injury before the pain.
    Trauma for Trauma { /// None.
    None = "none", /// Minor: a fall from standing height, a bump.
    Minor = "minor", /// Major: a fall from a height, a road accident.
    Major = "major" }
);
choice!(
    /// Pregnancy now or in the last year.
    Pregnancy for Pregnancy { /// Not pregnant, no birth in the last 12 months.
    NotPregnant = "not_pregnant", /// Pregnant now.
    Pregnant = "pregnant", /// Gave birth in the last 12 months.
    Postpartum = "postpartum" }
);
choice!(
    /// A hip replacement (total or partial).
    HipReplacement for HipReplacement { /// None.
    None = "none", /// One hip.
    OneSide = "one_side", /// Both hips.
    Both = "both" }
);

/// The answer held for one typed field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub(crate) enum Slot {
    /// Not asked.
    #[default]
    NotAsked,
    /// Asked; the person does not know.
    Unknown,
    /// A number.
    Number(i64),
    /// A choice: the position among [`Field::options`].
    Choice(u8),
    /// Several choices: a mask of positions.
    Multi(u32),
}

/// An answer given to a finding: yes / no / unknown, or a level of an ordinal finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Given {
    Answer(Answer),
    Level(LevelId),
}

impl Given {
    fn parse(s: &str) -> Option<Given> {
        match s {
            "yes" => Some(Given::Answer(Answer::Yes)),
            "no" => Some(Given::Answer(Answer::No)),
            "unknown" => Some(Given::Answer(Answer::Unknown)),
            other => other.parse().ok().map(Given::Level),
        }
    }
    fn as_str(&self) -> &str {
        match self {
            Given::Answer(Answer::Yes) => "yes",
            Given::Answer(Answer::No) => "no",
            Given::Answer(Answer::Unknown) => "unknown",
            Given::Level(l) => l.as_str(),
        }
    }
}

const FIELDS: usize = Field::ALL.len();

/// What a person reports: typed fields plus answers to findings, any of them "unknown".
///
/// Built by [`AssessmentBuilder::build`], [`Assessment::from_json`] or an interview
/// ([`Assessment::answer`]), which check ranges and contradictions and report every problem at
/// once. Finding ids are checked against the catalog's vocabulary when the assessment is
/// triaged. Anything not given is "not asked".
///
/// JSON shape (every field optional; every field also takes `"unknown"`; `schema_version` is
/// written by [`Assessment::to_json`] and checked when given, see [`schema`](crate::schema)):
///
/// ```json
/// { "schema_version": "0.2", "age": 46, "sex": "female", "duration_days": 10, "onset": "after_lifting",
///   "pain_locations": ["lower_back", "buttock"], "pain_sides": "one", "severity": 6,
///   "trend": "same", "leg_weakness": "none", "trauma": "none", "morning_stiffness_minutes": 10,
///   "pregnancy": "not_pregnant", "hip_replacement": "none",
///   "findings": { "saddle_numbness": "no", "symptoms_both_legs": "long_standing",
///                 "muscle_spasm": "yes", "fever_or_chills": "unknown" } }
/// ```
///
/// ```
/// use lowback::{Answer, Assessment, FindingId, Location};
/// let a = Assessment::builder()
///     .age(46)
///     .pain_locations([Location::LowerBack])
///     .finding(FindingId::SADDLE_NUMBNESS, Answer::No)
///     .build()?;
/// assert_eq!(a.age(), Some(46));
/// let back = Assessment::from_json(&a.to_json())?;
/// assert_eq!(a, back);
/// # Ok::<(), lowback::InputError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Assessment {
    pub(crate) values: [Slot; FIELDS],
    /// The answers to findings, in id order: a triage walks them all.
    pub(crate) findings: SortedMap<FindingId, Given>,
}

/// Problems found while reading, bounded: the first [`MAX_PROBLEMS`], then a count of the rest.
#[derive(Default)]
pub(crate) struct Problems(pub(crate) Vec<InputProblem>, pub(crate) usize);

impl Problems {
    /// Whether a problem pushed now is kept (not only counted): the extra work of a problem,
    /// such as looking for the name that was meant, is done only then.
    pub(crate) fn has_room(&self) -> bool {
        self.0.len() < MAX_PROBLEMS
    }

    pub(crate) fn push(&mut self, p: InputProblem) {
        if self.0.len() < MAX_PROBLEMS {
            self.0.push(p);
        } else {
            self.1 += 1;
        }
    }
    pub(crate) fn finish(mut self) -> Vec<InputProblem> {
        if self.1 > 0 {
            self.0
                .push(InputProblem::TooManyProblems { omitted: self.1 });
        }
        self.0
    }
}

/// The JSON type of a value, for error messages.
pub(crate) fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// The value of a scalar field, or the problem with it.
fn read_scalar(field: Field, v: &Value) -> Result<Slot, InputProblem> {
    if v.as_str() == Some("unknown") {
        return Ok(Slot::Unknown);
    }
    match field.kind() {
        // A whole number written as a float (`-0`, `30.0`) is that whole number.
        FieldKind::Number { min, max } => match v.as_i64().or_else(|| {
            v.as_f64()
                .filter(|f| f.is_finite() && f.fract() == 0.0 && f.abs() < 1e15)
                .map(|f| {
                    #[allow(clippy::cast_possible_truncation)] // whole and below 2^53
                    let n = f as i64;
                    n
                })
        }) {
            Some(n) if (min..=max).contains(&n) => Ok(Slot::Number(n)),
            Some(n) => Err(InputProblem::OutOfRange {
                field: field.as_str(),
                value: n,
                min,
                max,
            }),
            // A number, but not a whole one in `i64` (40.5, 1e300, 2^64 - 1): the value is
            // wrong, not its type.
            None if v.is_number() => Err(InputProblem::InvalidValue {
                field: field.as_str().to_owned(),
                value: shown(&v.to_string()),
                expected: format!("a whole number from {min} to {max}, or \"unknown\""),
            }),
            None => Err(InputProblem::WrongType {
                field: field.as_str().to_owned(),
                expected: "a whole number or \"unknown\"",
                found: type_name(v),
            }),
        },
        FieldKind::Choice | FieldKind::MultiChoice => match v.as_str() {
            Some(s) => match field.options().iter().position(|o| *o == s) {
                Some(i) if field.kind() == FieldKind::Choice => {
                    Ok(Slot::Choice(u8::try_from(i).unwrap_or(u8::MAX)))
                }
                _ => Err(InputProblem::InvalidValue {
                    field: field.as_str().to_owned(),
                    value: shown(s),
                    expected: expected_options(field),
                }),
            },
            None => Err(InputProblem::WrongType {
                field: field.as_str().to_owned(),
                expected: "one of its values as a string, or \"unknown\"",
                found: type_name(v),
            }),
        },
    }
}

fn expected_options(field: Field) -> String {
    let mut s = field.options().join(", ");
    s.push_str(" or unknown");
    s
}

/// `pain_locations`, read as a stream: a mask, the duplicates once each, and bounded problems.
#[derive(Default)]
struct LocationsInput {
    slot: Option<Slot>,
    problems: Vec<InputProblem>,
}

impl<'de> Deserialize<'de> for LocationsInput {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = LocationsInput;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a list of places or \"unknown\"")
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<LocationsInput, E> {
                let mut out = LocationsInput::default();
                if s == "unknown" {
                    out.slot = Some(Slot::Unknown);
                } else {
                    out.problems.push(InputProblem::WrongType {
                        field: "pain_locations".to_owned(),
                        expected: "a list of places or \"unknown\"",
                        found: "a string",
                    });
                }
                Ok(out)
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<LocationsInput, A::Error> {
                let mut out = LocationsInput::default();
                let (mut mask, mut dups, mut bad) = (0u32, 0u32, 0usize);
                let mut items = 0usize;
                while let Some(v) = seq.next_element::<Value>()? {
                    items += 1;
                    let pos = v
                        .as_str()
                        .and_then(|s| Field::PainLocations.options().iter().position(|o| *o == s));
                    if let Some(i) = pos {
                        let bit = 1u32 << i;
                        if mask & bit != 0 && dups & bit == 0 {
                            dups |= bit;
                            out.problems.push(InputProblem::Duplicate {
                                field: "pain_locations".to_owned(),
                                value: Field::PainLocations
                                    .options()
                                    .get(i)
                                    .copied()
                                    .unwrap_or_default()
                                    .to_owned(),
                            });
                        }
                        mask |= bit;
                    } else {
                        bad += 1;
                        if bad <= 8 {
                            out.problems.push(InputProblem::InvalidValue {
                                field: "pain_locations".to_owned(),
                                value: v.as_str().map_or_else(|| type_name(&v).to_owned(), shown),
                                // In the list, only places: "unknown" answers for the whole
                                // field.
                                expected: format!(
                                    "{} (\"unknown\" stands for the whole list: \"pain_locations\": \"unknown\")",
                                    Field::PainLocations.options().join(", ")
                                ),
                            });
                        }
                    }
                }
                if bad > 8 {
                    out.problems
                        .push(InputProblem::TooManyProblems { omitted: bad - 8 });
                }
                if items == 0 {
                    out.problems.push(InputProblem::InvalidValue {
                        field: "pain_locations".to_owned(),
                        value: "[]".to_owned(),
                        expected: "at least one place, or \"unknown\"".to_owned(),
                    });
                }
                out.slot = Some(Slot::Multi(mask));
                Ok(out)
            }
            fn visit_unit<E: de::Error>(self) -> Result<LocationsInput, E> {
                self.wrong("null")
            }
            fn visit_bool<E: de::Error>(self, _: bool) -> Result<LocationsInput, E> {
                self.wrong("a boolean")
            }
            fn visit_i64<E: de::Error>(self, _: i64) -> Result<LocationsInput, E> {
                self.wrong("a number")
            }
            fn visit_u64<E: de::Error>(self, _: u64) -> Result<LocationsInput, E> {
                self.wrong("a number")
            }
            fn visit_f64<E: de::Error>(self, _: f64) -> Result<LocationsInput, E> {
                self.wrong("a number")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<LocationsInput, A::Error> {
                while map
                    .next_entry::<de::IgnoredAny, de::IgnoredAny>()?
                    .is_some()
                {}
                self.wrong("an object")
            }
        }
        impl V {
            #[allow(clippy::unnecessary_wraps, clippy::unused_self)] // the visitor's signature
            fn wrong<E>(self, found: &'static str) -> Result<LocationsInput, E> {
                Ok(LocationsInput {
                    slot: None,
                    problems: vec![InputProblem::WrongType {
                        field: "pain_locations".to_owned(),
                        expected: "a list of places or \"unknown\"",
                        found,
                    }],
                })
            }
        }
        d.deserialize_any(V)
    }
}

/// The `findings` object, read as a stream so that duplicate keys are seen.
#[derive(Default)]
struct FindingsInput {
    entries: BTreeMap<FindingId, Given>,
    problems: Problems,
}

impl<'de> Deserialize<'de> for FindingsInput {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = FindingsInput;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object of finding ids to answers")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<FindingsInput, A::Error> {
                let mut out = FindingsInput::default();
                while let Some(k) = map.next_key::<std::borrow::Cow<'de, str>>()? {
                    let v: Value = map.next_value()?;
                    let Ok(id) = k.parse::<FindingId>() else {
                        // Not written as an id: suggest the id it spells, if any (the catalog
                        // is not known here).
                        let suggestion = out
                            .problems
                            .has_room()
                            .then(|| crate::model::closest::spelt_as_id(&shown(&k)))
                            .and_then(|spelt| spelt.parse::<FindingId>().ok())
                            .map(|id| id.to_string());
                        out.problems.push(InputProblem::UnknownFinding {
                            finding: shown(&k),
                            suggestion,
                        });
                        continue;
                    };
                    let Some(text) = v.as_str() else {
                        out.problems.push(InputProblem::WrongType {
                            field: format!("findings.{id}"),
                            expected: "a string: yes, no, unknown or a level of the finding",
                            found: type_name(&v),
                        });
                        continue;
                    };
                    let Some(given) = Given::parse(text) else {
                        out.problems.push(InputProblem::InvalidValue {
                            field: format!("findings.{id}"),
                            value: shown(text),
                            expected: "yes, no, unknown or a level of the finding".to_owned(),
                        });
                        continue;
                    };
                    if out.entries.insert(id, given).is_some() {
                        out.problems.push(InputProblem::Duplicate {
                            field: "findings".to_owned(),
                            value: id.to_string(),
                        });
                    }
                }
                Ok(out)
            }
        }
        d.deserialize_map(V)
    }
}

/// The whole document, read key by key.
struct Document {
    assessment: Assessment,
    problems: Problems,
}

impl<'de> Deserialize<'de> for Document {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Document;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an assessment object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Document, A::Error> {
                let mut a = Assessment::default();
                let mut problems = Problems::default();
                let mut seen = [false; FIELDS];
                let mut seen_findings = false;
                let mut seen_version = false;
                while let Some(k) = map.next_key::<std::borrow::Cow<'de, str>>()? {
                    if k == "schema_version" {
                        let v: Value = map.next_value()?;
                        if seen_version {
                            problems.push(InputProblem::Duplicate {
                                field: "schema_version".to_owned(),
                                value: "schema_version".to_owned(),
                            });
                        }
                        seen_version = true;
                        if let Err(p) = crate::interop::schema::check(&v) {
                            problems.push(p);
                        }
                        continue;
                    }
                    if k == "findings" {
                        let f: FindingsInput = map.next_value()?;
                        if seen_findings {
                            problems.push(InputProblem::Duplicate {
                                field: "findings".to_owned(),
                                value: "findings".to_owned(),
                            });
                        }
                        seen_findings = true;
                        a.findings = SortedMap(f.entries.into_iter().collect());
                        for p in f.problems.finish() {
                            problems.push(p);
                        }
                        continue;
                    }
                    let Some(field) = Field::from_name(&k) else {
                        map.next_value::<de::IgnoredAny>()?;
                        let names = Field::ALL
                            .iter()
                            .map(|f| f.as_str())
                            .chain(["findings", "schema_version"]);
                        let suggestion = problems
                            .has_room()
                            .then(|| crate::model::closest::closest(&k, names))
                            .flatten()
                            .map(str::to_owned);
                        problems.push(InputProblem::UnknownField {
                            field: shown(&k),
                            suggestion,
                        });
                        continue;
                    };
                    let i = field as usize;
                    if seen.get(i).copied().unwrap_or(false) {
                        problems.push(InputProblem::Duplicate {
                            field: field.as_str().to_owned(),
                            value: field.as_str().to_owned(),
                        });
                    }
                    if let Some(s) = seen.get_mut(i) {
                        *s = true;
                    }
                    let slot = if field == Field::PainLocations {
                        let l: LocationsInput = map.next_value()?;
                        for p in l.problems {
                            problems.push(p);
                        }
                        l.slot
                    } else {
                        let v: Value = map.next_value()?;
                        match read_scalar(field, &v) {
                            Ok(s) => Some(s),
                            Err(p) => {
                                problems.push(p);
                                None
                            }
                        }
                    };
                    if let (Some(slot), Some(dst)) = (slot, a.values.get_mut(i)) {
                        *dst = slot;
                    }
                }
                Ok(Document {
                    assessment: a,
                    problems,
                })
            }
        }
        d.deserialize_map(V)
    }
}

impl Assessment {
    /// An empty assessment: nothing asked yet. Useful to start an interview; the triage
    /// rejects it until at least one question is answered.
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// A builder for assessments made in code.
    #[must_use]
    pub fn builder() -> AssessmentBuilder {
        AssessmentBuilder::default()
    }

    /// Parses and validates assessment JSON, reporting every problem of the document at once
    /// (at most 64, then a count of the rest).
    ///
    /// ```
    /// let err = lowback::Assessment::from_json(r#"{"agee": 4, "age": 200, "sex": 3}"#).unwrap_err();
    /// assert_eq!(err.problems().len(), 3); // an unknown field, a range and a type
    /// ```
    ///
    /// # Errors
    ///
    /// [`InputError`] with the line and column of malformed JSON, or with every unknown field,
    /// wrong type, out-of-range value, duplicate and contradiction found.
    pub fn from_json(json: &str) -> Result<Self, InputError> {
        // A byte-order mark is not part of the document.
        let json = json.strip_prefix('\u{feff}').unwrap_or(json);
        let doc: Document = serde_json::from_str(json).map_err(|e| {
            // serde_json ends its message with the position, which the problem gives apart.
            let text = e.to_string();
            let at = format!(" at line {} column {}", e.line(), e.column());
            InputError::one(InputProblem::Json {
                line: e.line(),
                column: e.column(),
                message: shown(text.strip_suffix(&at).unwrap_or(&text)),
            })
        })?;
        let mut problems = doc.problems;
        doc.assessment.contradictions(&mut problems);
        let problems = problems.finish();
        if problems.is_empty() {
            Ok(doc.assessment)
        } else {
            Err(InputError { problems })
        }
    }

    fn contradictions(&self, problems: &mut Problems) {
        let choice = |f: Field| match self.slot(f) {
            Slot::Choice(i) => f.options().get(usize::from(i)).copied(),
            _ => None,
        };
        let number = |f: Field| match self.slot(f) {
            Slot::Number(n) => Some(n),
            _ => None,
        };
        if choice(Field::Trauma) == Some("none")
            && choice(Field::Onset) == Some("after_fall_or_accident")
        {
            problems.push(InputProblem::Contradiction {
                first: "trauma",
                second: "onset",
                detail: "no injury is reported, yet the pain began after a fall or an accident",
            });
        }
        let pregnancy = choice(Field::Pregnancy);
        let expecting = matches!(pregnancy, Some("pregnant" | "postpartum"));
        if expecting && choice(Field::Sex) == Some("male") {
            problems.push(InputProblem::Contradiction {
                first: "sex",
                second: "pregnancy",
                detail: "a pregnancy or a recent birth is reported for a male",
            });
        }
        if expecting && number(Field::Age).is_some_and(|a| a < 12) {
            problems.push(InputProblem::Contradiction {
                first: "age",
                second: "pregnancy",
                detail: "a pregnancy or a recent birth is reported under the age of 12",
            });
        }
        if number(Field::PregnancyWeeks).is_some()
            && matches!(pregnancy, Some("not_pregnant" | "postpartum"))
        {
            problems.push(InputProblem::Contradiction {
                first: "pregnancy_weeks",
                second: "pregnancy",
                detail: "weeks of pregnancy are given, but no pregnancy now",
            });
        }
        if number(Field::HipReplacementYears).is_some()
            && choice(Field::HipReplacement) == Some("none")
        {
            problems.push(InputProblem::Contradiction {
                first: "hip_replacement_years",
                second: "hip_replacement",
                detail: "years since a hip replacement are given, but no hip replacement",
            });
        }
    }

    /// Checks a changed assessment the way [`Assessment::from_json`] does.
    pub(crate) fn validated(self) -> Result<Self, InputError> {
        let mut problems = Problems::default();
        for f in Field::ALL {
            if let (Slot::Number(n), FieldKind::Number { min, max }) = (self.slot(f), f.kind()) {
                if !(min..=max).contains(&n) {
                    problems.push(InputProblem::OutOfRange {
                        field: f.as_str(),
                        value: n,
                        min,
                        max,
                    });
                }
            }
        }
        if self.slot(Field::PainLocations) == Slot::Multi(0) {
            problems.push(InputProblem::InvalidValue {
                field: "pain_locations".to_owned(),
                value: "[]".to_owned(),
                expected: "at least one place, or \"unknown\"".to_owned(),
            });
        }
        self.contradictions(&mut problems);
        let problems = problems.finish();
        if problems.is_empty() {
            Ok(self)
        } else {
            Err(InputError { problems })
        }
    }

    /// The assessment as JSON (the shape [`Assessment::from_json`] reads).
    #[must_use]
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Whether nothing at all has been answered.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.values.iter().all(|s| *s == Slot::NotAsked) && self.findings.is_empty()
    }

    pub(crate) fn slot(&self, f: Field) -> Slot {
        self.values.get(f as usize).copied().unwrap_or_default()
    }

    pub(crate) fn set_slot(&mut self, f: Field, s: Slot) {
        if let Some(dst) = self.values.get_mut(f as usize) {
            *dst = s;
        }
    }

    fn number<T: TryFrom<i64>>(&self, f: Field) -> Option<T> {
        match self.slot(f) {
            Slot::Number(n) => T::try_from(n).ok(),
            _ => None,
        }
    }

    fn choice(&self, f: Field) -> Option<u8> {
        match self.slot(f) {
            Slot::Choice(i) => Some(i),
            _ => None,
        }
    }

    /// Age in years, when known.
    #[must_use]
    pub fn age(&self) -> Option<u8> {
        self.number(Field::Age)
    }
    /// Sex, when known.
    #[must_use]
    pub fn sex(&self) -> Option<Sex> {
        self.choice(Field::Sex).and_then(Sex::at)
    }
    /// Days since the pain began, when known.
    #[must_use]
    pub fn duration_days(&self) -> Option<u16> {
        self.number(Field::Duration)
    }
    /// How it began, when known.
    #[must_use]
    pub fn onset(&self) -> Option<Onset> {
        self.choice(Field::Onset).and_then(Onset::at)
    }
    /// Where it hurts, when known.
    #[must_use]
    pub fn pain_locations(&self) -> Option<Vec<Location>> {
        match self.slot(Field::PainLocations) {
            Slot::Multi(mask) => Some(
                Location::ALL
                    .iter()
                    .copied()
                    .filter(|l| mask & (1u32 << l.index()) != 0)
                    .collect(),
            ),
            _ => None,
        }
    }
    /// One side or both, when known.
    #[must_use]
    pub fn pain_sides(&self) -> Option<Sides> {
        self.choice(Field::PainSides).and_then(Sides::at)
    }
    /// Pain from 0 to 10, when known.
    #[must_use]
    pub fn severity(&self) -> Option<u8> {
        self.number(Field::Severity)
    }
    /// How it is changing, when known.
    #[must_use]
    pub fn trend(&self) -> Option<Trend> {
        self.choice(Field::Trend).and_then(Trend::at)
    }
    /// Leg weakness, when known.
    #[must_use]
    pub fn leg_weakness(&self) -> Option<LegWeakness> {
        self.choice(Field::LegWeakness).and_then(LegWeakness::at)
    }
    /// Injury, when known.
    #[must_use]
    pub fn trauma(&self) -> Option<Trauma> {
        self.choice(Field::Trauma).and_then(Trauma::at)
    }
    /// Minutes of morning stiffness, when known.
    #[must_use]
    pub fn morning_stiffness_minutes(&self) -> Option<u16> {
        self.number(Field::MorningStiffness)
    }
    /// Pregnancy, when known.
    #[must_use]
    pub fn pregnancy(&self) -> Option<Pregnancy> {
        self.choice(Field::Pregnancy).and_then(Pregnancy::at)
    }
    /// Weeks of pregnancy, when known.
    #[must_use]
    pub fn pregnancy_weeks(&self) -> Option<u8> {
        self.number(Field::PregnancyWeeks)
    }
    /// Hip replacement, when known.
    #[must_use]
    pub fn hip_replacement(&self) -> Option<HipReplacement> {
        self.choice(Field::HipReplacement)
            .and_then(HipReplacement::at)
    }
    /// Years since the most recent hip replacement, when known.
    #[must_use]
    pub fn hip_replacement_years(&self) -> Option<u8> {
        self.number(Field::HipReplacementYears)
    }

    /// Whether a field applies to this person: pregnancy not for a man, nor under 12 or over
    /// 55; weeks of pregnancy only when pregnant; years since a hip replacement only with one;
    /// "one side or both" only with pain in a limb, the hip, the groin, the buttock or the loin.
    /// A field that does not apply is never asked, and the rules that need it are not waited
    /// for.
    ///
    /// ```
    /// use lowback::{Assessment, Field};
    /// let man = Assessment::from_json(r#"{"sex": "male"}"#)?;
    /// assert!(!man.field_applies(Field::Pregnancy));
    /// assert!(Assessment::new().field_applies(Field::Pregnancy));
    /// # Ok::<(), lowback::InputError>(())
    /// ```
    #[must_use]
    pub fn field_applies(&self, field: Field) -> bool {
        const SIDED: &[Location] = &[
            Location::Hip,
            Location::Groin,
            Location::Buttock,
            Location::Thigh,
            Location::Knee,
            Location::BelowKnee,
            Location::Foot,
            Location::Loin,
        ];
        match field {
            Field::Pregnancy => {
                self.sex() != Some(Sex::Male) && self.age().is_none_or(|a| (12..=55).contains(&a))
            }
            Field::PregnancyWeeks => self.pregnancy() == Some(Pregnancy::Pregnant),
            Field::HipReplacementYears => matches!(
                self.hip_replacement(),
                Some(HipReplacement::OneSide | HipReplacement::Both)
            ),
            Field::PainSides => match self.slot(Field::PainLocations) {
                Slot::Multi(mask) => SIDED.iter().any(|l| mask & (1u32 << l.index()) != 0),
                _ => false,
            },
            _ => true,
        }
    }

    /// Whether a typed field has been answered, "unknown" included.
    ///
    /// ```
    /// let a = lowback::Assessment::from_json(r#"{"age": "unknown"}"#)?;
    /// assert!(a.has_field(lowback::Field::Age));
    /// assert_eq!(a.age(), None);
    /// # Ok::<(), lowback::InputError>(())
    /// ```
    #[must_use]
    pub fn has_field(&self, field: Field) -> bool {
        self.slot(field) != Slot::NotAsked
    }

    /// The answer given to a finding: yes, no or unknown (a level of an ordinal finding reads
    /// as yes). `None` when it was not asked.
    ///
    /// ```
    /// use lowback::{Answer, Assessment, FindingId};
    /// let a = Assessment::from_json(r#"{"findings": {"symptoms_both_legs": "new"}}"#)?;
    /// assert_eq!(a.finding(FindingId::SYMPTOMS_BOTH_LEGS), Some(Answer::Yes));
    /// assert_eq!(a.level(FindingId::SYMPTOMS_BOTH_LEGS).map(|l| l.to_string()).as_deref(), Some("new"));
    /// # Ok::<(), lowback::InputError>(())
    /// ```
    #[must_use]
    pub fn finding(&self, id: FindingId) -> Option<Answer> {
        self.findings.get(&id).map(|g| match g {
            Given::Answer(a) => *a,
            Given::Level(_) => Answer::Yes,
        })
    }

    /// The level given to an ordinal finding, if one was.
    #[must_use]
    pub fn level(&self, id: FindingId) -> Option<LevelId> {
        match self.findings.get(&id) {
            Some(Given::Level(l)) => Some(*l),
            _ => None,
        }
    }

    /// Whether a finding was asked (answered, "unknown" included).
    #[must_use]
    pub fn has_finding(&self, id: FindingId) -> bool {
        self.findings.contains_key(&id)
    }
}

impl Serialize for Assessment {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut order = Field::ALL;
        order.sort_by_key(|f| *f as usize);
        let n = order.iter().filter(|f| self.has_field(**f)).count()
            + usize::from(!self.findings.is_empty())
            + 1;
        let mut m = s.serialize_map(Some(n))?;
        m.serialize_entry("schema_version", crate::interop::schema::SCHEMA_VERSION)?;
        for f in order {
            match self.slot(f) {
                Slot::NotAsked => {}
                Slot::Unknown => m.serialize_entry(f.as_str(), "unknown")?,
                Slot::Number(v) => m.serialize_entry(f.as_str(), &v)?,
                Slot::Choice(i) => m.serialize_entry(
                    f.as_str(),
                    f.options().get(usize::from(i)).copied().unwrap_or_default(),
                )?,
                Slot::Multi(mask) => {
                    let v: Vec<&str> = f
                        .options()
                        .iter()
                        .enumerate()
                        .filter(|(i, _)| mask & (1u32 << i) != 0)
                        .map(|(_, o)| *o)
                        .collect();
                    m.serialize_entry(f.as_str(), &v)?;
                }
            }
        }
        if !self.findings.is_empty() {
            let map: BTreeMap<&str, &str> = self
                .findings
                .iter()
                .map(|(k, v)| (k.as_str(), v.as_str()))
                .collect();
            m.serialize_entry("findings", &map)?;
        }
        m.end()
    }
}

impl<'de> Deserialize<'de> for Assessment {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let doc = Document::deserialize(d)?;
        let mut problems = doc.problems;
        doc.assessment.contradictions(&mut problems);
        let problems = problems.finish();
        if problems.is_empty() {
            Ok(doc.assessment)
        } else {
            Err(de::Error::custom(InputError { problems }))
        }
    }
}

/// Builds an [`Assessment`] in code; [`AssessmentBuilder::build`] validates it.
///
/// ```
/// use lowback::{Assessment, Field, Trauma};
/// let err = Assessment::builder().age(130).severity(12).trauma(Trauma::Major).build().unwrap_err();
/// assert_eq!(err.problems().len(), 2); // both out-of-range values are reported
/// let a = Assessment::builder().unknown(Field::Age).build()?;
/// assert!(a.has_field(Field::Age));
/// # Ok::<(), lowback::InputError>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct AssessmentBuilder {
    a: Assessment,
    /// The answers to findings as given, put in order once by `build` (the last answer to a
    /// finding wins).
    findings: Vec<(FindingId, Given)>,
}

macro_rules! choice_setter {
    ($(#[$m:meta])* $fn:ident: $ty:ident) => {
        $(#[$m])*
        #[must_use]
        pub fn $fn(mut self, v: $ty) -> Self {
            self.a.set_slot($ty::FIELD, Slot::Choice(v.index()));
            self
        }
    };
}

impl AssessmentBuilder {
    /// Age in years (0 to 120).
    #[must_use]
    pub fn age(mut self, years: u16) -> Self {
        self.a.set_slot(Field::Age, Slot::Number(i64::from(years)));
        self
    }
    /// Days since the pain began (0 to 36 500).
    #[must_use]
    pub fn duration_days(mut self, days: u32) -> Self {
        self.a
            .set_slot(Field::Duration, Slot::Number(i64::from(days)));
        self
    }
    /// Pain from 0 to 10.
    #[must_use]
    pub fn severity(mut self, severity: u8) -> Self {
        self.a
            .set_slot(Field::Severity, Slot::Number(i64::from(severity)));
        self
    }
    /// Minutes of morning stiffness (0 to 1440).
    #[must_use]
    pub fn morning_stiffness_minutes(mut self, minutes: u16) -> Self {
        self.a
            .set_slot(Field::MorningStiffness, Slot::Number(i64::from(minutes)));
        self
    }
    /// Weeks of pregnancy (0 to 45).
    #[must_use]
    pub fn pregnancy_weeks(mut self, weeks: u8) -> Self {
        self.a
            .set_slot(Field::PregnancyWeeks, Slot::Number(i64::from(weeks)));
        self
    }
    /// Years since the most recent hip replacement (0 to 80).
    #[must_use]
    pub fn hip_replacement_years(mut self, years: u8) -> Self {
        self.a
            .set_slot(Field::HipReplacementYears, Slot::Number(i64::from(years)));
        self
    }
    choice_setter!(/// Sex.
        sex: Sex);
    choice_setter!(/// How it began.
        onset: Onset);
    choice_setter!(/// One side or both.
        pain_sides: Sides);
    choice_setter!(/// How it is changing.
        trend: Trend);
    choice_setter!(/// Leg weakness.
        leg_weakness: LegWeakness);
    choice_setter!(/// Injury.
        trauma: Trauma);
    choice_setter!(/// Pregnancy.
        pregnancy: Pregnancy);
    choice_setter!(/// Hip replacement.
        hip_replacement: HipReplacement);
    /// Where it hurts (at least one place).
    #[must_use]
    pub fn pain_locations(mut self, locations: impl IntoIterator<Item = Location>) -> Self {
        let mask = locations
            .into_iter()
            .fold(0u32, |m, l| m | (1u32 << l.index()));
        self.a.set_slot(Field::PainLocations, Slot::Multi(mask));
        self
    }
    /// A field answered "unknown".
    #[must_use]
    pub fn unknown(mut self, field: Field) -> Self {
        self.a.set_slot(field, Slot::Unknown);
        self
    }
    /// The answer to a direct finding (or to an ordinal one: yes means present, level unknown).
    #[must_use]
    pub fn finding(mut self, id: FindingId, answer: Answer) -> Self {
        self.findings.push((id, Given::Answer(answer)));
        self
    }
    /// The level answered to an ordinal finding, such as `new` for `symptoms_both_legs`.
    #[must_use]
    pub fn level(mut self, id: FindingId, level: LevelId) -> Self {
        self.findings.push((id, Given::Level(level)));
        self
    }

    /// Validates and returns the assessment.
    ///
    /// # Errors
    ///
    /// [`InputError`] listing every out-of-range value and contradiction.
    pub fn build(mut self) -> Result<Assessment, InputError> {
        self.a.findings = SortedMap::from_entries(self.findings);
        self.a.validated()
    }
}
