//! The vocabulary: findings (symptoms, signs, risk factors) as data, and their answers.

use std::sync::Arc;

use crate::Field;
use crate::model::{ChecklistId, FindingId, LevelId, Provenance, TagId};

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

/// A test on a typed field that makes a derived finding present.
///
/// ```
/// use lowback::{Catalog, FindingSource, Test};
/// let f = Catalog::builtin().finding("age_50_or_over".parse()?).expect("builtin");
/// let FindingSource::Derived { field, test } = &f.source else { panic!("derived") };
/// assert_eq!(field.as_str(), "age");
/// assert_eq!(*test, Test::AtLeast(50));
/// # Ok::<(), lowback::IdError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Test {
    /// The number is below this value.
    Below(i64),
    /// The number is this value or more.
    AtLeast(i64),
    /// The number is above this value.
    Above(i64),
    /// The number is this value or less.
    AtMost(i64),
    /// The number is in this inclusive range.
    Between(i64, i64),
    /// The choice is one of these values.
    Is(Vec<String>),
    /// One of these values is among the chosen ones (pain locations).
    Has(Vec<String>),
}

/// Where a finding's answer comes from.
///
/// ```
/// use lowback::FindingSource;
/// let catalog = lowback::Catalog::builtin();
/// let f = catalog.finding("saddle_numbness".parse()?).expect("builtin");
/// assert_eq!(f.source, FindingSource::Direct);
/// # Ok::<(), lowback::IdError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum FindingSource {
    /// Answered yes / no / unknown in the assessment's `findings`.
    Direct,
    /// Computed from a typed field by a test declared in data.
    Derived {
        /// The field.
        field: Field,
        /// The test.
        test: Test,
    },
    /// Answered with one of ordered levels (or no / unknown); any level makes it present.
    Ordinal {
        /// The levels above "no", least to most worrying.
        levels: Vec<LevelId>,
    },
    /// Present when the answer to the ordinal finding `of` is `from` or a higher level; it
    /// implies `of`, so the dangerous reading is always a superset of the benign one.
    Level {
        /// The ordinal finding.
        of: FindingId,
        /// The lowest level that makes it present.
        from: LevelId,
    },
}

/// A symptom, sign or risk factor: the vocabulary rules and conditions are built from.
///
/// Findings are data (`data/findings.toml`); their words live in `locales/*/findings.ftl`
/// under [`Finding::message_id`] (label, `.absent`, and `.question` for asked findings).
///
/// ```
/// let catalog = lowback::Catalog::builtin();
/// let f = catalog.finding("saddle_numbness".parse()?).expect("builtin");
/// assert!(f.screen);
/// assert_eq!(f.message_id(), "finding-saddle-numbness");
/// # Ok::<(), lowback::IdError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[non_exhaustive]
pub struct Finding {
    /// Stable id.
    pub id: FindingId,
    /// Its category as authored (`symptom`, `sign`, `risk_factor`, `history`, `demographic`,
    /// `pattern`), shared with the other findings of its kind.
    pub kind: Arc<str>,
    /// Where its answer comes from.
    pub source: FindingSource,
    /// A red-flag screen question: always asked explicitly (people do not volunteer these).
    pub screen: bool,
    /// For a screen question: when, left unasked, it keeps the outcome at "see a clinician" or
    /// above ([`ScreenFloor`]). [`ScreenFloor::Always`] for any other finding.
    pub floor: ScreenFloor,
    /// Named in every non-emergency report's "when to get help".
    pub safety_net: bool,
    /// The checklist it is asked in, with the other findings of the same checklist.
    pub checklist: Option<ChecklistId>,
    /// Findings made present whenever this one is (its parents).
    pub implies: Vec<FindingId>,
    /// Asked only when advice with one of these tags could be offered.
    pub asked_when_advice: Vec<TagId>,
    /// A derived finding that counts as present when its field is answered "I don't know"
    /// (the cautious reading), instead of staying unknown. A field not answered at all still
    /// leaves it unknown, so the question is asked.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub unknown_counts_as_present: bool,
    /// References and governance.
    pub provenance: Provenance,
    pub(crate) message_id: crate::model::id::MessageId,
}

/// When an unasked red-flag screen question keeps the outcome at "see a clinician" or above
/// (`holds_floor` and `holds_floor_when` in `findings.toml`). Answered, a screen question does
/// what its answer says; unasked, it always leaves the outcome incomplete and is listed in
/// [`Triage::unanswered`](crate::Triage::unanswered) while a rule could still fire on it. Whether
/// it also stops a self-care outcome is this.
///
/// ```
/// use lowback::{Catalog, FindingId, ScreenFloor};
/// let c = Catalog::builtin();
/// let floor = |id: &str| -> Result<Option<ScreenFloor>, lowback::IdError> {
///     Ok(c.finding(id.parse::<FindingId>()?).map(|f| f.floor.clone()))
/// };
/// assert_eq!(floor("saddle_numbness")?, Some(ScreenFloor::Always));
/// assert_eq!(floor("sexual_dysfunction")?, Some(ScreenFloor::Never));
/// assert!(matches!(floor("hot_swollen_joint")?, Some(ScreenFloor::When(_))));
/// # Ok::<(), lowback::IdError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ScreenFloor {
    /// Always (the default): no self-care while it is unasked.
    Always,
    /// Never (`holds_floor = false`): unasked, it does not stop a self-care outcome, which is
    /// then marked incomplete and names it.
    Never,
    /// While one of these findings is present or still possible (`holds_floor_when`): a hot
    /// swollen joint matters with pain in the hip, groin, thigh or knee, in a child, or after a
    /// fall, not for back pain alone.
    When(Vec<FindingId>),
}

impl Finding {
    /// The Fluent message id of its label (`finding-…`).
    #[must_use]
    pub fn message_id(&self) -> &str {
        &self.message_id
    }

    /// Whether the person answers it (direct or ordinal), rather than it being computed.
    #[must_use]
    pub fn is_asked(&self) -> bool {
        matches!(
            self.source,
            FindingSource::Direct | FindingSource::Ordinal { .. }
        )
    }
}
