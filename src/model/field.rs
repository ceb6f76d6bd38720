//! The typed inputs of an assessment, which derived findings are computed from.

use std::fmt;

/// How a [`Field`] is answered.
///
/// ```
/// use lowback::{Field, FieldKind};
/// assert_eq!(Field::Severity.kind(), FieldKind::Number { min: 0, max: 10 });
/// assert_eq!(Field::PainLocations.kind(), FieldKind::MultiChoice);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FieldKind {
    /// A whole number in this range.
    Number {
        /// Lowest value.
        min: i64,
        /// Highest value.
        max: i64,
    },
    /// One of [`Field::options`].
    Choice,
    /// One or more of [`Field::options`].
    MultiChoice,
}

/// A typed input of an [`Assessment`](crate::Assessment). Every field also accepts "unknown".
///
/// ```
/// assert_eq!(lowback::Field::PainLocations.as_str(), "pain_locations");
/// assert_eq!(lowback::Field::Trauma.options(), &["none", "minor", "major"]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Field {
    /// `age`, in years.
    Age,
    /// `sex`.
    Sex,
    /// `duration_days`: days since this pain began.
    Duration,
    /// `onset`: how it began.
    Onset,
    /// `pain_locations`.
    PainLocations,
    /// `pain_sides`: one side or both.
    PainSides,
    /// `severity`, 0 to 10.
    Severity,
    /// `trend`: better, same or worse.
    Trend,
    /// `leg_weakness`: none, stable or progressive.
    LegWeakness,
    /// `trauma`: none, minor or major.
    Trauma,
    /// `morning_stiffness_minutes`.
    MorningStiffness,
    /// `pregnancy`: not pregnant, pregnant, or gave birth in the last 12 months.
    Pregnancy,
    /// `pregnancy_weeks`: weeks of pregnancy.
    PregnancyWeeks,
    /// `hip_replacement`: none, one side or both.
    HipReplacement,
    /// `hip_replacement_years`: years since the most recent hip replacement.
    HipReplacementYears,
}

impl Field {
    /// Every field, in the order the interview asks them.
    pub const ALL: [Field; 15] = [
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
        Field::Pregnancy,
        Field::PregnancyWeeks,
        Field::HipReplacement,
        Field::HipReplacementYears,
    ];

    /// The field's name in assessment JSON and in `data/findings.toml` (`input = "age"`).
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
            Field::Pregnancy => "pregnancy",
            Field::PregnancyWeeks => "pregnancy_weeks",
            Field::HipReplacement => "hip_replacement",
            Field::HipReplacementYears => "hip_replacement_years",
        }
    }

    /// How the field is answered.
    #[must_use]
    pub const fn kind(self) -> FieldKind {
        match self {
            Field::Age => FieldKind::Number { min: 0, max: 120 },
            Field::Duration => FieldKind::Number {
                min: 0,
                max: 36_500,
            },
            Field::Severity => FieldKind::Number { min: 0, max: 10 },
            Field::MorningStiffness => FieldKind::Number { min: 0, max: 1440 },
            Field::PregnancyWeeks => FieldKind::Number { min: 0, max: 45 },
            Field::HipReplacementYears => FieldKind::Number { min: 0, max: 80 },
            Field::PainLocations => FieldKind::MultiChoice,
            Field::Sex
            | Field::Onset
            | Field::PainSides
            | Field::Trend
            | Field::LegWeakness
            | Field::Trauma
            | Field::Pregnancy
            | Field::HipReplacement => FieldKind::Choice,
        }
    }

    /// The answer values of a choice, `snake_case`; empty for numbers. For the ordered fields
    /// (see [`Field::is_ordered`]) the values run from the least to the most worrying.
    #[must_use]
    pub const fn options(self) -> &'static [&'static str] {
        match self {
            Field::Sex => &["female", "male"],
            Field::Onset => &[
                "sudden",
                "gradual",
                "after_lifting",
                "after_fall_or_accident",
            ],
            Field::PainLocations => &[
                "lower_back",
                "upper_back",
                "hip",
                "groin",
                "buttock",
                "thigh",
                "knee",
                "below_knee",
                "foot",
                "tailbone",
                "lower_belly",
                "loin",
            ],
            Field::PainSides => &["one", "both"],
            Field::Trend => &["better", "same", "worse"],
            Field::LegWeakness => &["none", "stable", "progressive"],
            Field::Trauma => &["none", "minor", "major"],
            Field::Pregnancy => &["not_pregnant", "pregnant", "postpartum"],
            Field::HipReplacement => &["none", "one_side", "both"],
            Field::Age
            | Field::Duration
            | Field::Severity
            | Field::MorningStiffness
            | Field::PregnancyWeeks
            | Field::HipReplacementYears => &[],
        }
    }

    /// Whether a higher answer means a worse state, so that raising it must never lower the
    /// outcome: severity, pain sides, trend, leg weakness, trauma, and (by adding places) pain
    /// locations. Escalating rules may only use findings of these fields that say "this value or
    /// worse"; the catalog checks it when it loads.
    #[must_use]
    pub const fn is_ordered(self) -> bool {
        matches!(
            self,
            Field::Severity
                | Field::PainSides
                | Field::Trend
                | Field::LegWeakness
                | Field::Trauma
                | Field::PainLocations
        )
    }

    /// The field whose answer must be "present" for this one to be asked, if any
    /// (`pregnancy_weeks` needs `pregnancy = pregnant`).
    #[must_use]
    pub const fn depends_on(self) -> Option<(Field, &'static str)> {
        match self {
            Field::PregnancyWeeks => Some((Field::Pregnancy, "pregnant")),
            _ => None,
        }
    }

    /// The Fluent message id of the field's question (`question-…`).
    #[must_use]
    pub const fn message_id(self) -> &'static str {
        match self {
            Field::Age => "question-age",
            Field::Sex => "question-sex",
            Field::Duration => "question-duration",
            Field::Onset => "question-onset",
            Field::PainLocations => "question-pain-locations",
            Field::PainSides => "question-pain-sides",
            Field::Severity => "question-severity",
            Field::Trend => "question-trend",
            Field::LegWeakness => "question-leg-weakness",
            Field::Trauma => "question-trauma",
            Field::MorningStiffness => "question-morning-stiffness",
            Field::Pregnancy => "question-pregnancy",
            Field::PregnancyWeeks => "question-pregnancy-weeks",
            Field::HipReplacement => "question-hip-replacement",
            Field::HipReplacementYears => "question-hip-replacement-years",
        }
    }

    /// The Fluent message id of an option's label (`option-<question>-<value>`).
    ///
    /// ```
    /// assert_eq!(lowback::Field::Onset.option_message_id("after_lifting"), "option-onset-after-lifting");
    /// ```
    #[must_use]
    pub fn option_message_id(self, value: &str) -> String {
        let q = self.message_id().trim_start_matches("question-");
        let mut s = String::with_capacity(8 + q.len() + value.len());
        s.push_str("option-");
        s.push_str(q);
        s.push('-');
        s.extend(value.chars().map(|c| if c == '_' { '-' } else { c }));
        s
    }

    /// The field named `s` in JSON, if any.
    #[must_use]
    pub fn from_name(s: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.as_str() == s)
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
        Field::from_name(&s).ok_or_else(|| {
            let shown: String = s.chars().take(40).collect();
            serde::de::Error::custom(format_args!("unknown field {shown:?}"))
        })
    }
}

impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
