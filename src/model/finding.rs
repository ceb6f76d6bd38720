//! The vocabulary of the interview: findings, their answers and sets of them.

use std::fmt;

/// Where the answer to a [`Finding`] comes from.
///
/// ```
/// use lowback::{Field, Finding, FindingSource};
/// assert_eq!(Finding::SaddleNumbness.source(), FindingSource::Direct);
/// assert_eq!(Finding::Age50OrOver.source(), FindingSource::Derived(Field::Age));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FindingSource {
    /// Answered yes / no / unknown in the assessment's `findings` map.
    Direct,
    /// Computed from a typed field of the assessment.
    Derived(Field),
}

/// A typed field of an [`Assessment`](crate::Assessment) that derived findings are computed from.
///
/// ```
/// assert_eq!(lowback::Field::PainLocations.as_str(), "pain_locations");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Field {
    /// `age`, in years.
    Age,
    /// `sex`.
    Sex,
    /// `duration_days`.
    Duration,
    /// `onset`.
    Onset,
    /// `pain_locations`.
    PainLocations,
    /// `pain_sides`.
    PainSides,
    /// `severity`, 0 to 10.
    Severity,
    /// `trend`.
    Trend,
    /// `leg_weakness`.
    LegWeakness,
    /// `trauma`.
    Trauma,
    /// `morning_stiffness_minutes`.
    MorningStiffness,
}

impl Field {
    /// Every field, in the order the interview asks them.
    pub const ALL: [Field; 11] = [
        Field::Age,
        Field::Sex,
        Field::PainLocations,
        Field::PainSides,
        Field::Duration,
        Field::Onset,
        Field::Trauma,
        Field::LegWeakness,
        Field::Severity,
        Field::Trend,
        Field::MorningStiffness,
    ];

    /// The field's name in assessment JSON.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Field::Age => "age",
            Field::Sex => "sex",
            Field::Duration => "duration_days",
            Field::Onset => "onset",
            Field::PainLocations => "pain_locations",
            Field::PainSides => "pain_sides",
            Field::Severity => "severity",
            Field::Trend => "trend",
            Field::LegWeakness => "leg_weakness",
            Field::Trauma => "trauma",
            Field::MorningStiffness => "morning_stiffness_minutes",
        }
    }
}

impl serde::Serialize for Field {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for Field {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(d)?;
        Field::ALL
            .into_iter()
            .find(|f| f.as_str() == s)
            .ok_or_else(|| serde::de::Error::custom(format_args!("unknown field {s:?}")))
    }
}

impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

macro_rules! findings {
    ($( $(#[$doc:meta])* $variant:ident = $id:literal, $msg:literal, $source:expr; )*) => {
        /// A symptom, sign or risk factor that rules and conditions are built from.
        ///
        /// The set is fixed by the crate because each finding is computed from a typed field of an
        /// [`Assessment`](crate::Assessment) or answered directly in its `findings` map. Its kind and
        /// references live in `data/findings.toml`, its words in `locales/*/findings.ftl`.
        ///
        /// ```
        /// use lowback::Finding;
        /// let f: Finding = "saddle_numbness".parse()?;
        /// assert_eq!(f, Finding::SaddleNumbness);
        /// assert_eq!(f.message_id(), "finding-saddle-numbness");
        /// # Ok::<(), lowback::UnknownFinding>(())
        /// ```
        #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[repr(u8)]
        #[non_exhaustive]
        pub enum Finding {
            $( $(#[$doc])* $variant, )*
        }

        impl Finding {
            /// Every finding, in vocabulary order.
            pub const ALL: &'static [Finding] = &[ $( Finding::$variant, )* ];

            /// The stable `snake_case` id used in data files and JSON.
            #[must_use]
            pub const fn as_str(self) -> &'static str {
                match self { $( Finding::$variant => $id, )* }
            }

            /// The Fluent message id of the finding's label (`finding-…`).
            #[must_use]
            pub const fn message_id(self) -> &'static str {
                match self { $( Finding::$variant => $msg, )* }
            }

            /// Whether the finding is answered directly or derived from a typed field.
            #[must_use]
            pub const fn source(self) -> FindingSource {
                use Field::*;
                #[allow(unused_imports)]
                use FindingSource::*;
                match self { $( Finding::$variant => $source, )* }
            }
        }

        impl std::str::FromStr for Finding {
            type Err = UnknownFinding;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s {
                    $( $id => Ok(Finding::$variant), )*
                    _ => Err(UnknownFinding { id: s.chars().take(64).collect() }),
                }
            }
        }
    };
}

findings! {
    /// Age 8 to 16 years: the window of slipped capital femoral epiphysis (RCH Melbourne; Peck 2017).
    Age8To16 = "age_8_to_16", "finding-age-8-to-16", Derived(Age);
    /// Age under 45: inflammatory back pain starts before 45 (NICE NG65).
    AgeUnder45 = "age_under_45", "finding-age-under-45", Derived(Age);
    /// Age 50 or over: a weak flag on its own (Downie 2013; IFOMPT 2020).
    Age50OrOver = "age_50_or_over", "finding-age-50-or-over", Derived(Age);
    /// Age 70 or over: fracture risk (Downie 2013).
    Age70OrOver = "age_70_or_over", "finding-age-70-or-over", Derived(Age);
    /// Female sex.
    Female = "female", "finding-female", Derived(Sex);
    /// Pain for more than 6 weeks (Costa 2012).
    DurationOver6Weeks = "duration_over_6_weeks", "finding-duration-over-6-weeks", Derived(Duration);
    /// Pain for more than 12 weeks.
    DurationOver12Weeks = "duration_over_12_weeks", "finding-duration-over-12-weeks", Derived(Duration);
    /// Began suddenly, without lifting or a fall.
    OnsetSudden = "onset_sudden", "finding-onset-sudden", Derived(Onset);
    /// Came on gradually.
    OnsetGradual = "onset_gradual", "finding-onset-gradual", Derived(Onset);
    /// Began while or after lifting or straining.
    OnsetAfterLifting = "onset_after_lifting", "finding-onset-after-lifting", Derived(Onset);
    /// Began after a fall or an accident.
    OnsetAfterFall = "onset_after_fall", "finding-onset-after-fall", Derived(Onset);
    /// Pain in the lower back.
    PainLowerBack = "pain_lower_back", "finding-pain-lower-back", Derived(PainLocations);
    /// Pain in the hip.
    PainHip = "pain_hip", "finding-pain-hip", Derived(PainLocations);
    /// Pain in the groin.
    PainGroin = "pain_groin", "finding-pain-groin", Derived(PainLocations);
    /// Pain in the buttock.
    PainButtock = "pain_buttock", "finding-pain-buttock", Derived(PainLocations);
    /// Pain in the thigh.
    PainThigh = "pain_thigh", "finding-pain-thigh", Derived(PainLocations);
    /// Pain that goes below the knee.
    PainBelowKnee = "pain_below_knee", "finding-pain-below-knee", Derived(PainLocations);
    /// Pain or symptoms in the foot.
    PainFoot = "pain_foot", "finding-pain-foot", Derived(PainLocations);
    /// Pain on both sides.
    PainBothSides = "pain_both_sides", "finding-pain-both-sides", Derived(PainSides);
    /// Pain 8/10 or more.
    SeverePain = "severe_pain", "finding-severe-pain", Derived(Severity);
    /// Getting worse.
    GettingWorse = "getting_worse", "finding-getting-worse", Derived(Trend);
    /// Getting better.
    GettingBetter = "getting_better", "finding-getting-better", Derived(Trend);
    /// Leg weakness, stable or progressive.
    LegWeakness = "leg_weakness", "finding-leg-weakness", Derived(LegWeakness);
    /// Leg weakness that is getting worse (CKS 2018).
    LegWeaknessProgressive = "leg_weakness_progressive", "finding-leg-weakness-progressive", Derived(LegWeakness);
    /// Minor trauma (fall from standing height, bump).
    TraumaMinor = "trauma_minor", "finding-trauma-minor", Derived(Trauma);
    /// Major trauma (fall from a height, road accident).
    TraumaMajor = "trauma_major", "finding-trauma-major", Derived(Trauma);
    /// Morning stiffness of 1 to 30 minutes (NICE NG226).
    MorningStiffnessBrief = "morning_stiffness_brief", "finding-morning-stiffness-brief", Derived(MorningStiffness);
    /// Morning stiffness of more than 30 minutes (NICE NG65).
    MorningStiffnessLong = "morning_stiffness_long", "finding-morning-stiffness-long", Derived(MorningStiffness);
    /// Pain stops or limits usual daily activities.
    InterferesWithDailyActivities = "interferes_with_daily_activities", "finding-interferes-with-daily-activities", Direct;
    /// Numbness or pins and needles in a leg or foot.
    NumbnessOrTingling = "numbness_or_tingling", "finding-numbness-or-tingling", Direct;
    /// Numbness between the legs, around the anus or genitals (CKS 2018).
    SaddleNumbness = "saddle_numbness", "finding-saddle-numbness", Direct;
    /// New bladder change (CKS 2018; GIRFT 2023).
    BladderChange = "bladder_change", "finding-bladder-change", Direct;
    /// New loss of bowel control or of rectal fullness (CKS 2018).
    BowelChange = "bowel_change", "finding-bowel-change", Direct;
    /// New sexual dysfunction (CKS 2018).
    SexualDysfunction = "sexual_dysfunction", "finding-sexual-dysfunction", Direct;
    /// Symptoms in both legs (CKS 2018).
    SymptomsBothLegs = "symptoms_both_legs", "finding-symptoms-both-legs", Direct;
    /// Fever, chills or night sweats.
    FeverOrChills = "fever_or_chills", "finding-fever-or-chills", Direct;
    /// Weight loss without trying.
    UnexplainedWeightLoss = "unexplained_weight_loss", "finding-unexplained-weight-loss", Direct;
    /// Cancer now or in the past (Downie 2013).
    PastCancer = "past_cancer", "finding-past-cancer", Direct;
    /// Constant pain, or night pain not eased by rest or position.
    NightPainUnrelieved = "night_pain_unrelieved", "finding-night-pain-unrelieved", Direct;
    /// Weakened immune system or injected drug use (IFOMPT 2020).
    ImmunosuppressionOrInjectedDrugs = "immunosuppression_or_injected_drugs", "finding-immunosuppression-or-injected-drugs", Direct;
    /// Spinal procedure or serious infection in the last 3 months (IFOMPT 2020).
    RecentSpinalProcedureOrInfection = "recent_spinal_procedure_or_infection", "finding-recent-spinal-procedure-or-infection", Direct;
    /// Long-term steroid tablets or known osteoporosis (Downie 2013).
    SteroidsOrOsteoporosis = "steroids_or_osteoporosis", "finding-steroids-or-osteoporosis", Direct;
    /// Cannot stand or put weight on the leg.
    UnableToBearWeight = "unable_to_bear_weight", "finding-unable-to-bear-weight", Direct;
    /// A hot, red or swollen joint.
    HotSwollenJoint = "hot_swollen_joint", "finding-hot-swollen-joint", Direct;
    /// Sudden severe back or belly pain with faintness (NICE NG156).
    SuddenSeverePainWithFaintness = "sudden_severe_pain_with_faintness", "finding-sudden-severe-pain-with-faintness", Direct;
    /// A new limp.
    Limp = "limp", "finding-limp", Direct;
    /// Worse when sitting.
    WorseSitting = "worse_sitting", "finding-worse-sitting", Direct;
    /// Eased by sitting or leaning forward.
    EasedByLeaningForward = "eased_by_leaning_forward", "finding-eased-by-leaning-forward", Direct;
    /// Leg symptoms that come with walking and ease with rest.
    LegPainOnWalking = "leg_pain_on_walking", "finding-leg-pain-on-walking", Direct;
    /// Worse bending forward.
    WorseBendingForward = "worse_bending_forward", "finding-worse-bending-forward", Direct;
    /// Worse with coughing or sneezing.
    WorseCoughingSneezing = "worse_coughing_sneezing", "finding-worse-coughing-sneezing", Direct;
    /// Worse leaning back or standing for long.
    WorseBendingBackward = "worse_bending_backward", "finding-worse-bending-backward", Direct;
    /// Groin pain on hip movement.
    GroinPainOnHipMovement = "groin_pain_on_hip_movement", "finding-groin-pain-on-hip-movement", Direct;
    /// Stiffness after rest that eases within minutes.
    StiffnessAfterRest = "stiffness_after_rest", "finding-stiffness-after-rest", Direct;
    /// Pregnant, or gave birth in the last year.
    PregnantOrPostpartum = "pregnant_or_postpartum", "finding-pregnant-or-postpartum", Direct;
    /// Heaviness or dragging in the pelvis.
    PelvicHeaviness = "pelvic_heaviness", "finding-pelvic-heaviness", Direct;
    /// Long-standing leaking of urine on effort.
    LongstandingBladderLeakage = "longstanding_bladder_leakage", "finding-longstanding-bladder-leakage", Direct;
    /// Pain during or after sex.
    PainWithIntercourse = "pain_with_intercourse", "finding-pain-with-intercourse", Direct;
    /// A known sideways curve of the spine.
    KnownSpinalCurve = "known_spinal_curve", "finding-known-spinal-curve", Direct;
    /// Uneven shoulders or hips.
    UnevenShouldersOrHips = "uneven_shoulders_or_hips", "finding-uneven-shoulders-or-hips", Direct;
    /// Muscle spasm or tight, tender back muscles.
    MuscleSpasm = "muscle_spasm", "finding-muscle-spasm", Direct;
    /// Pain over the sacroiliac joint.
    PainOverSiJoint = "pain_over_si_joint", "finding-pain-over-si-joint", Direct;
    /// Worse on stairs or standing on one leg.
    WorseOnStairsOrOneLeg = "worse_on_stairs_or_one_leg", "finding-worse-on-stairs-or-one-leg", Direct;
    /// Unusual activity or long sitting before the pain began.
    RecentOveruse = "recent_overuse", "finding-recent-overuse", Direct;
    /// Back pain eased by exercise, not by rest (NICE NG65).
    BetterWithMovement = "better_with_movement", "finding-better-with-movement", Direct;
    /// Woken by pain in the second half of the night (NICE NG65).
    WakesSecondHalfNight = "wakes_second_half_night", "finding-wakes-second-half-night", Direct;
    /// Psoriasis, inflammatory bowel disease, uveitis, or family history of spondyloarthritis (NICE NG65).
    InflammatoryHistory = "inflammatory_history", "finding-inflammatory-history", Direct;
}

impl Finding {
    /// The finding's position in [`Finding::ALL`].
    #[must_use]
    pub const fn index(self) -> usize {
        self as usize
    }

    /// The finding at `index` in [`Finding::ALL`], if any.
    #[must_use]
    pub fn from_index(index: usize) -> Option<Finding> {
        Finding::ALL.get(index).copied()
    }
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for Finding {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for Finding {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// A string that names no [`Finding`].
///
/// ```
/// let err = "neck_pain".parse::<lowback::Finding>().unwrap_err();
/// assert_eq!(err.to_string(), "unknown finding id \"neck_pain\"");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown finding id {id:?}")]
pub struct UnknownFinding {
    /// The id that was given (at most 64 characters of it).
    pub id: String,
}

/// A yes / no / unknown answer to a finding.
///
/// ```
/// let a: lowback::Answer = serde_json::from_str("\"unknown\"")?;
/// assert_eq!(a, lowback::Answer::Unknown);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
#[allow(clippy::exhaustive_enums)] // yes / no / unknown is complete by definition
pub enum Answer {
    /// Present.
    Yes,
    /// Absent.
    No,
    /// Not answered, or the person does not know.
    #[default]
    Unknown,
}

/// A set of findings, stored as a bit set: `Copy`, no allocation.
///
/// ```
/// use lowback::{Finding, FindingSet};
/// let set = FindingSet::from_iter([Finding::PastCancer, Finding::Age50OrOver]);
/// assert!(set.contains(Finding::PastCancer));
/// assert_eq!(set.len(), 2);
/// assert_eq!(set.iter().next(), Some(Finding::Age50OrOver)); // vocabulary order
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct FindingSet(u128);

impl FindingSet {
    /// The empty set.
    pub const EMPTY: FindingSet = FindingSet(0);

    /// Whether the set holds `f`.
    #[must_use]
    pub const fn contains(self, f: Finding) -> bool {
        self.0 & (1u128 << (f as u32)) != 0
    }

    /// Adds `f`.
    pub fn insert(&mut self, f: Finding) {
        self.0 |= 1u128 << (f as u32);
    }

    /// Removes `f`.
    pub fn remove(&mut self, f: Finding) {
        self.0 &= !(1u128 << (f as u32));
    }

    /// The set with `f` added.
    #[must_use]
    pub const fn with(self, f: Finding) -> FindingSet {
        FindingSet(self.0 | (1u128 << (f as u32)))
    }

    /// Findings in either set.
    #[must_use]
    pub const fn union(self, other: FindingSet) -> FindingSet {
        FindingSet(self.0 | other.0)
    }

    /// Findings in both sets.
    #[must_use]
    pub const fn intersection(self, other: FindingSet) -> FindingSet {
        FindingSet(self.0 & other.0)
    }

    /// Findings in `self` but not in `other`.
    #[must_use]
    pub const fn difference(self, other: FindingSet) -> FindingSet {
        FindingSet(self.0 & !other.0)
    }

    /// Whether every finding of `self` is in `other`.
    #[must_use]
    pub const fn is_subset(self, other: FindingSet) -> bool {
        self.0 & !other.0 == 0
    }

    /// Whether the set is empty.
    #[must_use]
    pub const fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// How many findings the set holds.
    #[must_use]
    pub const fn len(self) -> usize {
        self.0.count_ones() as usize
    }

    /// The findings, in vocabulary order.
    pub fn iter(self) -> impl Iterator<Item = Finding> + Clone {
        let mut bits = self.0;
        std::iter::from_fn(move || {
            if bits == 0 {
                return None;
            }
            let i = bits.trailing_zeros() as usize;
            bits &= bits - 1;
            Finding::from_index(i)
        })
    }
}

impl FromIterator<Finding> for FindingSet {
    fn from_iter<I: IntoIterator<Item = Finding>>(iter: I) -> Self {
        let mut s = FindingSet::EMPTY;
        for f in iter {
            s.insert(f);
        }
        s
    }
}

impl fmt::Debug for FindingSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

impl serde::Serialize for FindingSet {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.iter())
    }
}

impl<'de> serde::Deserialize<'de> for FindingSet {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let v = <Vec<Finding> as serde::Deserialize>::deserialize(d)?;
        Ok(v.into_iter().collect())
    }
}

/// Answers to every finding: yes, no, or (in neither set) unknown.
///
/// ```
/// use lowback::{Answer, Answers, Finding};
/// let mut a = Answers::default();
/// a.set(Finding::FeverOrChills, Answer::No);
/// assert_eq!(a.get(Finding::FeverOrChills), Answer::No);
/// assert_eq!(a.get(Finding::PastCancer), Answer::Unknown);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Answers {
    yes: FindingSet,
    no: FindingSet,
}

impl Answers {
    /// The answer to `f`.
    #[must_use]
    pub const fn get(&self, f: Finding) -> Answer {
        if self.yes.contains(f) {
            Answer::Yes
        } else if self.no.contains(f) {
            Answer::No
        } else {
            Answer::Unknown
        }
    }

    /// Sets the answer to `f`.
    pub fn set(&mut self, f: Finding, a: Answer) {
        self.yes.remove(f);
        self.no.remove(f);
        match a {
            Answer::Yes => self.yes.insert(f),
            Answer::No => self.no.insert(f),
            Answer::Unknown => {}
        }
    }

    /// The findings answered yes.
    #[must_use]
    pub const fn yes(&self) -> FindingSet {
        self.yes
    }

    /// The findings answered no.
    #[must_use]
    pub const fn no(&self) -> FindingSet {
        self.no
    }

    /// The findings not answered (every finding in neither set).
    #[must_use]
    pub fn unknown(&self) -> FindingSet {
        let all: FindingSet = Finding::ALL.iter().copied().collect();
        all.difference(self.yes.union(self.no))
    }
}
