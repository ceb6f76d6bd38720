//! The input of the triage: what a person reports.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::error::{InputError, InputProblem};
use crate::{Answer, Answers, Field, Finding, FindingSource};

macro_rules! choice {
    ($(#[$m:meta])* $name:ident { $($(#[$vm:meta])* $v:ident = $s:literal),* $(,)? }) => {
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
            /// Every value.
            pub const ALL: &'static [$name] = &[$($name::$v),*];
            /// The value's id in JSON.
            #[must_use]
            pub const fn as_str(self) -> &'static str { match self { $($name::$v => $s),* } }
        }
        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.write_str(self.as_str()) }
        }
    };
}

choice!(
    /// Sex, as relevant to risk factors (fracture, pelvic floor).
    Sex { /// Female.
    Female = "female", /// Male.
    Male = "male" }
);
choice!(
    /// How the pain began.
    Onset { /// Suddenly, without lifting or a fall.
    Sudden = "sudden", /// Gradually.
    Gradual = "gradual", /// While or after lifting or straining.
    AfterLifting = "after_lifting", /// After a fall or an accident.
    AfterFallOrAccident = "after_fall_or_accident" }
);
choice!(
    /// Where it hurts.
    Location { /// The lower back.
    LowerBack = "lower_back", /// The hip.
    Hip = "hip", /// The groin.
    Groin = "groin", /// The buttock.
    Buttock = "buttock", /// The thigh.
    Thigh = "thigh", /// Below the knee.
    BelowKnee = "below_knee", /// The foot.
    Foot = "foot" }
);
choice!(
    /// One side or both.
    Sides { /// One side.
    One = "one", /// Both sides.
    Both = "both" }
);
choice!(
    /// How the pain is changing.
    Trend { /// Getting better.
    Better = "better", /// About the same.
    Same = "same", /// Getting worse.
    Worse = "worse" }
);
choice!(
    /// Weakness in the legs.
    LegWeakness { /// None.
    None = "none", /// Present and not changing.
    Stable = "stable", /// Getting worse.
    Progressive = "progressive" }
);
choice!(
    /// Injury before the pain.
    Trauma { /// None.
    None = "none", /// Minor: a fall from standing height, a bump.
    Minor = "minor", /// Major: a fall from a height, a road accident.
    Major = "major" }
);

/// What a person reports: typed fields plus yes / no / unknown answers to direct findings.
///
/// Every value of this type is valid: it is built by [`AssessmentBuilder::build`],
/// [`Assessment::from_json`] or [`Assessment::answer`], which check ranges and contradictions and
/// report every problem at once. Anything not given is unknown.
///
/// JSON shape (every field optional; unknown fields are rejected):
///
/// ```json
/// { "age": 46, "sex": "female", "duration_days": 10, "onset": "after_lifting",
///   "pain_locations": ["lower_back", "buttock"], "pain_sides": "one", "severity": 6,
///   "trend": "same", "leg_weakness": "none", "trauma": "none", "morning_stiffness_minutes": 10,
///   "findings": { "saddle_numbness": "no", "bladder_change": "no", "muscle_spasm": "yes" } }
/// ```
///
/// ```
/// use lowback::{Answer, Assessment, Finding, Location};
/// let a = Assessment::builder()
///     .age(46)
///     .pain_locations([Location::LowerBack])
///     .finding(Finding::SaddleNumbness, Answer::No)
///     .build()?;
/// assert_eq!(a.age(), Some(46));
/// let back = Assessment::from_json(&a.to_json())?;
/// assert_eq!(a, back);
/// # Ok::<(), lowback::InputError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Assessment {
    raw: Raw,
    findings: Answers,
}

/// The JSON form, exactly as exchanged.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    age: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    sex: Option<Sex>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    duration_days: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    onset: Option<Onset>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pain_locations: Option<Vec<Location>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pain_sides: Option<Sides>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    severity: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    trend: Option<Trend>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    leg_weakness: Option<LegWeakness>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    trauma: Option<Trauma>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    morning_stiffness_minutes: Option<i64>,
    #[serde(default, skip_serializing_if = "FindingMap::is_empty")]
    findings: FindingMap,
}

/// The `findings` object: duplicate keys are an error, not silently merged.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
struct FindingMap(BTreeMap<Finding, Answer>);

impl FindingMap {
    fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl Serialize for FindingMap {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.0.iter())
    }
}

impl<'de> Deserialize<'de> for FindingMap {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = FindingMap;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object of finding ids to \"yes\", \"no\" or \"unknown\"")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<FindingMap, A::Error> {
                let mut out = BTreeMap::new();
                while let Some((k, v)) = map.next_entry::<Finding, Answer>()? {
                    if out.insert(k, v).is_some() {
                        return Err(serde::de::Error::custom(format_args!(
                            "finding {k} is given twice"
                        )));
                    }
                }
                Ok(FindingMap(out))
            }
        }
        d.deserialize_map(V)
    }
}

fn check_range(
    problems: &mut Vec<InputProblem>,
    field: &'static str,
    v: Option<i64>,
    min: i64,
    max: i64,
) {
    if let Some(value) = v.filter(|v| !(min..=max).contains(v)) {
        problems.push(InputProblem::OutOfRange {
            field,
            value,
            min,
            max,
        });
    }
}

impl Raw {
    fn validate(self) -> Result<Assessment, InputError> {
        let mut problems = Vec::new();
        check_range(&mut problems, "age", self.age, 0, 120);
        check_range(
            &mut problems,
            "duration_days",
            self.duration_days,
            0,
            36_500,
        );
        check_range(&mut problems, "severity", self.severity, 0, 10);
        check_range(
            &mut problems,
            "morning_stiffness_minutes",
            self.morning_stiffness_minutes,
            0,
            1440,
        );
        if let Some(locs) = &self.pain_locations {
            for (i, l) in locs.iter().enumerate() {
                if locs.get(..i).is_some_and(|before| before.contains(l)) {
                    problems.push(InputProblem::Duplicate {
                        field: "pain_locations",
                        value: l.as_str().to_owned(),
                    });
                }
            }
        }
        let mut findings = Answers::default();
        for (&f, &a) in &self.findings.0 {
            match f.source() {
                FindingSource::Direct => findings.set(f, a),
                FindingSource::Derived(field) => {
                    problems.push(InputProblem::DerivedFinding { finding: f, field });
                }
            }
        }
        if self.trauma == Some(Trauma::None) && self.onset == Some(Onset::AfterFallOrAccident) {
            problems.push(InputProblem::Contradiction {
                first: "trauma",
                second: "onset",
                detail: "no injury is reported, yet the pain began after a fall or an accident",
            });
        }
        let pregnant = findings.get(Finding::PregnantOrPostpartum) == Answer::Yes;
        if pregnant && self.sex == Some(Sex::Male) {
            problems.push(InputProblem::Contradiction {
                first: "sex",
                second: "findings.pregnant_or_postpartum",
                detail: "pregnancy or a recent birth is reported for a male",
            });
        }
        if pregnant && self.age.is_some_and(|a| a < 12) {
            problems.push(InputProblem::Contradiction {
                first: "age",
                second: "findings.pregnant_or_postpartum",
                detail: "pregnancy or a recent birth is reported under the age of 12",
            });
        }
        if self.pain_sides.is_some() && self.pain_locations.as_ref().is_some_and(Vec::is_empty) {
            problems.push(InputProblem::Contradiction {
                first: "pain_sides",
                second: "pain_locations",
                detail: "a side is given but no place of pain",
            });
        }
        if problems.is_empty() {
            Ok(Assessment {
                raw: self,
                findings,
            })
        } else {
            Err(InputError { problems })
        }
    }
}

impl Assessment {
    /// An empty assessment: everything unknown. Useful to start an interview; the triage
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

    /// Parses and validates assessment JSON.
    ///
    /// # Errors
    ///
    /// [`InputError`] with the line and column of malformed JSON, unknown fields or wrong types, or
    /// with every out-of-range value and contradiction found.
    pub fn from_json(json: &str) -> Result<Self, InputError> {
        let raw: Raw = serde_json::from_str(json).map_err(|e| {
            InputError::one(InputProblem::Json {
                line: e.line(),
                column: e.column(),
                message: e.to_string(),
            })
        })?;
        raw.validate()
    }

    /// The assessment as JSON (the shape [`Assessment::from_json`] reads).
    #[must_use]
    pub fn to_json(&self) -> String {
        serde_json::to_string(&self.raw).unwrap_or_default()
    }

    /// Whether nothing at all has been answered.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.raw == Raw::default()
    }

    /// Age in years.
    #[must_use]
    pub fn age(&self) -> Option<u8> {
        self.raw.age.and_then(|a| u8::try_from(a).ok())
    }
    /// Sex.
    #[must_use]
    pub fn sex(&self) -> Option<Sex> {
        self.raw.sex
    }
    /// Days since the pain began.
    #[must_use]
    pub fn duration_days(&self) -> Option<u16> {
        self.raw.duration_days.and_then(|a| u16::try_from(a).ok())
    }
    /// How it began.
    #[must_use]
    pub fn onset(&self) -> Option<Onset> {
        self.raw.onset
    }
    /// Where it hurts.
    #[must_use]
    pub fn pain_locations(&self) -> Option<&[Location]> {
        self.raw.pain_locations.as_deref()
    }
    /// One side or both.
    #[must_use]
    pub fn pain_sides(&self) -> Option<Sides> {
        self.raw.pain_sides
    }
    /// Pain from 0 to 10.
    #[must_use]
    pub fn severity(&self) -> Option<u8> {
        self.raw.severity.and_then(|a| u8::try_from(a).ok())
    }
    /// How it is changing.
    #[must_use]
    pub fn trend(&self) -> Option<Trend> {
        self.raw.trend
    }
    /// Leg weakness.
    #[must_use]
    pub fn leg_weakness(&self) -> Option<LegWeakness> {
        self.raw.leg_weakness
    }
    /// Injury.
    #[must_use]
    pub fn trauma(&self) -> Option<Trauma> {
        self.raw.trauma
    }
    /// Minutes of morning stiffness.
    #[must_use]
    pub fn morning_stiffness_minutes(&self) -> Option<u16> {
        self.raw
            .morning_stiffness_minutes
            .and_then(|a| u16::try_from(a).ok())
    }
    /// The answer given to a direct finding (derived findings: see [`Assessment::evidence`]).
    #[must_use]
    pub fn finding(&self, f: Finding) -> Answer {
        self.findings.get(f)
    }

    /// Whether a typed field has been answered.
    #[must_use]
    pub fn has_field(&self, field: Field) -> bool {
        let r = &self.raw;
        match field {
            Field::Age => r.age.is_some(),
            Field::Sex => r.sex.is_some(),
            Field::Duration => r.duration_days.is_some(),
            Field::Onset => r.onset.is_some(),
            Field::PainLocations => r.pain_locations.is_some(),
            Field::PainSides => r.pain_sides.is_some(),
            Field::Severity => r.severity.is_some(),
            Field::Trend => r.trend.is_some(),
            Field::LegWeakness => r.leg_weakness.is_some(),
            Field::Trauma => r.trauma.is_some(),
            Field::MorningStiffness => r.morning_stiffness_minutes.is_some(),
        }
    }

    /// Every finding, direct and derived, as yes / no / unknown.
    ///
    /// ```
    /// use lowback::{Answer, Assessment, Finding};
    /// let a = Assessment::builder().age(72).build()?;
    /// let ev = a.evidence();
    /// assert_eq!(ev.get(Finding::Age70OrOver), Answer::Yes);
    /// assert_eq!(ev.get(Finding::Age8To16), Answer::No);
    /// assert_eq!(ev.get(Finding::PastCancer), Answer::Unknown);
    /// # Ok::<(), lowback::InputError>(())
    /// ```
    #[must_use]
    pub fn evidence(&self) -> Answers {
        let mut ev = self.findings;
        let r = &self.raw;
        let mut put = |f: Finding, v: bool| ev.set(f, if v { Answer::Yes } else { Answer::No });
        if let Some(a) = r.age {
            put(Finding::Age8To16, (8..=16).contains(&a));
            put(Finding::AgeUnder45, a < 45);
            put(Finding::Age50OrOver, a >= 50);
            put(Finding::Age70OrOver, a >= 70);
        }
        if let Some(s) = r.sex {
            put(Finding::Female, s == Sex::Female);
        }
        if let Some(d) = r.duration_days {
            put(Finding::DurationOver6Weeks, d > 42);
            put(Finding::DurationOver12Weeks, d > 84);
        }
        if let Some(o) = r.onset {
            put(Finding::OnsetSudden, o == Onset::Sudden);
            put(Finding::OnsetGradual, o == Onset::Gradual);
            put(Finding::OnsetAfterLifting, o == Onset::AfterLifting);
            put(Finding::OnsetAfterFall, o == Onset::AfterFallOrAccident);
        }
        if let Some(locs) = &r.pain_locations {
            for (f, l) in [
                (Finding::PainLowerBack, Location::LowerBack),
                (Finding::PainHip, Location::Hip),
                (Finding::PainGroin, Location::Groin),
                (Finding::PainButtock, Location::Buttock),
                (Finding::PainThigh, Location::Thigh),
                (Finding::PainBelowKnee, Location::BelowKnee),
                (Finding::PainFoot, Location::Foot),
            ] {
                put(f, locs.contains(&l));
            }
        }
        if let Some(s) = r.pain_sides {
            put(Finding::PainBothSides, s == Sides::Both);
        }
        if let Some(s) = r.severity {
            put(Finding::SeverePain, s >= 8);
        }
        if let Some(t) = r.trend {
            put(Finding::GettingWorse, t == Trend::Worse);
            put(Finding::GettingBetter, t == Trend::Better);
        }
        if let Some(w) = r.leg_weakness {
            put(Finding::LegWeakness, w != LegWeakness::None);
            put(
                Finding::LegWeaknessProgressive,
                w == LegWeakness::Progressive,
            );
        }
        if let Some(t) = r.trauma {
            put(Finding::TraumaMinor, t == Trauma::Minor);
            put(Finding::TraumaMajor, t == Trauma::Major);
        }
        if let Some(m) = r.morning_stiffness_minutes {
            put(Finding::MorningStiffnessBrief, (1..=30).contains(&m));
            put(Finding::MorningStiffnessLong, m > 30);
        }
        ev
    }

    /// Records an interview answer given as text and returns the updated assessment.
    ///
    /// Numbers for numeric questions; an option value (`after_lifting` or `after-lifting`) for
    /// choices; several comma-separated values for pain locations; `yes`, `no` or `unknown` (also
    /// `y`, `n`, `?`, `oui`, `non`) for findings.
    ///
    /// ```
    /// use lowback::{Answer, Assessment, Field, Finding, Question};
    /// let mut a = Assessment::new();
    /// a.answer(Question::Field(Field::Age), "67")?;
    /// a.answer(Question::Field(Field::PainLocations), "lower-back, hip")?;
    /// a.answer(Question::Finding(Finding::SaddleNumbness), "non")?;
    /// assert_eq!(a.age(), Some(67));
    /// assert_eq!(a.finding(Finding::SaddleNumbness), Answer::No);
    /// assert!(a.answer(Question::Field(Field::Severity), "11").is_err());
    /// assert_eq!(a.severity(), None); // a rejected answer changes nothing
    /// # Ok::<(), lowback::InputError>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`InputError`] when the text cannot be understood or the value is out of range; the
    /// assessment is then unchanged.
    pub fn answer(&mut self, question: crate::Question, text: &str) -> Result<(), InputError> {
        let mut raw = self.raw.clone();
        crate::triage::interview::apply(&mut raw_access::RawMut(&mut raw), question, text)?;
        *self = raw.validate()?;
        Ok(())
    }
}

/// Narrow access for the interview module to set raw fields by question.
pub(crate) mod raw_access {
    use super::{Answer, Finding, LegWeakness, Location, Onset, Raw, Sex, Sides, Trauma, Trend};
    pub(crate) struct RawMut<'a>(pub(super) &'a mut Raw);
    impl RawMut<'_> {
        pub(crate) fn age(&mut self, v: i64) {
            self.0.age = Some(v);
        }
        pub(crate) fn sex(&mut self, v: Sex) {
            self.0.sex = Some(v);
        }
        pub(crate) fn duration(&mut self, v: i64) {
            self.0.duration_days = Some(v);
        }
        pub(crate) fn onset(&mut self, v: Onset) {
            self.0.onset = Some(v);
        }
        pub(crate) fn locations(&mut self, v: Vec<Location>) {
            self.0.pain_locations = Some(v);
        }
        pub(crate) fn sides(&mut self, v: Sides) {
            self.0.pain_sides = Some(v);
        }
        pub(crate) fn severity(&mut self, v: i64) {
            self.0.severity = Some(v);
        }
        pub(crate) fn trend(&mut self, v: Trend) {
            self.0.trend = Some(v);
        }
        pub(crate) fn leg_weakness(&mut self, v: LegWeakness) {
            self.0.leg_weakness = Some(v);
        }
        pub(crate) fn trauma(&mut self, v: Trauma) {
            self.0.trauma = Some(v);
        }
        pub(crate) fn stiffness(&mut self, v: i64) {
            self.0.morning_stiffness_minutes = Some(v);
        }
        pub(crate) fn finding(&mut self, f: Finding, a: Answer) {
            self.0.findings.0.insert(f, a);
        }
    }
}

impl Serialize for Assessment {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.raw.serialize(s)
    }
}

impl<'de> Deserialize<'de> for Assessment {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Raw::deserialize(d)?
            .validate()
            .map_err(serde::de::Error::custom)
    }
}

/// Builds an [`Assessment`] in code; [`AssessmentBuilder::build`] validates it.
///
/// ```
/// use lowback::{Assessment, Trauma};
/// let err = Assessment::builder().age(130).severity(12).trauma(Trauma::Major).build().unwrap_err();
/// assert_eq!(err.problems().len(), 2); // both out-of-range values are reported
/// ```
#[derive(Debug, Clone, Default)]
pub struct AssessmentBuilder {
    raw: Raw,
}

impl AssessmentBuilder {
    /// Age in years (0 to 120).
    #[must_use]
    pub fn age(mut self, years: u16) -> Self {
        self.raw.age = Some(i64::from(years));
        self
    }
    /// Sex.
    #[must_use]
    pub fn sex(mut self, sex: Sex) -> Self {
        self.raw.sex = Some(sex);
        self
    }
    /// Days since the pain began (0 to 36 500).
    #[must_use]
    pub fn duration_days(mut self, days: u32) -> Self {
        self.raw.duration_days = Some(i64::from(days));
        self
    }
    /// How it began.
    #[must_use]
    pub fn onset(mut self, onset: Onset) -> Self {
        self.raw.onset = Some(onset);
        self
    }
    /// Where it hurts.
    #[must_use]
    pub fn pain_locations(mut self, locations: impl IntoIterator<Item = Location>) -> Self {
        self.raw.pain_locations = Some(locations.into_iter().collect());
        self
    }
    /// One side or both.
    #[must_use]
    pub fn pain_sides(mut self, sides: Sides) -> Self {
        self.raw.pain_sides = Some(sides);
        self
    }
    /// Pain from 0 to 10.
    #[must_use]
    pub fn severity(mut self, severity: u8) -> Self {
        self.raw.severity = Some(i64::from(severity));
        self
    }
    /// How it is changing.
    #[must_use]
    pub fn trend(mut self, trend: Trend) -> Self {
        self.raw.trend = Some(trend);
        self
    }
    /// Leg weakness.
    #[must_use]
    pub fn leg_weakness(mut self, w: LegWeakness) -> Self {
        self.raw.leg_weakness = Some(w);
        self
    }
    /// Injury.
    #[must_use]
    pub fn trauma(mut self, t: Trauma) -> Self {
        self.raw.trauma = Some(t);
        self
    }
    /// Minutes of morning stiffness (0 to 1440).
    #[must_use]
    pub fn morning_stiffness_minutes(mut self, minutes: u16) -> Self {
        self.raw.morning_stiffness_minutes = Some(i64::from(minutes));
        self
    }
    /// The answer to a direct finding.
    #[must_use]
    pub fn finding(mut self, f: Finding, answer: Answer) -> Self {
        self.raw.findings.0.insert(f, answer);
        self
    }

    /// Validates and returns the assessment.
    ///
    /// # Errors
    ///
    /// [`InputError`] listing every out-of-range value, contradiction and derived finding set
    /// directly.
    pub fn build(self) -> Result<Assessment, InputError> {
        self.raw.validate()
    }
}
