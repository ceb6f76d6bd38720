//! Rules: combinations of findings that set a disposition, withhold advice or add cautions.

use crate::Disposition;
use crate::model::set::Bits;
use crate::model::{CautionId, FindingId, Provenance, RedFlagId, RuleId, TagId};

/// What a [`Rule`] is for.
///
/// ```
/// use lowback::{Catalog, Disposition, RuleKind};
/// for r in Catalog::builtin().rules().iter().filter(|r| r.kind == RuleKind::RedFlag) {
///     assert!(r.disposition >= Some(Disposition::Urgent));
/// }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum RuleKind {
    /// Screens for a serious problem; its disposition is urgent or emergency.
    RedFlag,
    /// A reason to see a clinician (persistent pain, a pattern that needs an examination …).
    Referral,
    /// Changes only the advice: withholds items or adds cautions; never sets a disposition.
    Advice,
}

/// "At least `min` of these findings are present."
///
/// ```
/// let g = lowback::Group { of: vec!["pain_hip".parse()?, "pain_groin".parse()?], min: 1 };
/// assert_eq!(g.min, 1);
/// # Ok::<(), lowback::IdError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[allow(clippy::exhaustive_structs)] // a group is exactly a list and a count
pub struct Group {
    /// The findings.
    pub of: Vec<FindingId>,
    /// How many of them must be present (at least 1).
    pub min: u8,
}

/// The compiled test of a rule, on positions of the catalog's vocabulary.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct Condition {
    pub all: Bits,
    pub groups: Vec<(Bits, usize)>,
    pub score: Vec<(usize, u32)>,
    pub at_least: u32,
    /// Every finding the rule mentions.
    pub mentions: Bits,
}

impl Condition {
    /// Whether the test holds when exactly the findings of `present` are present.
    pub(crate) fn holds(&self, present: &Bits) -> bool {
        self.all.is_subset(present)
            && self
                .groups
                .iter()
                .all(|(g, min)| g.count_in(present) >= *min)
            && (self.at_least == 0
                || self
                    .score
                    .iter()
                    .filter(|(f, _)| present.contains(*f))
                    .map(|(_, w)| *w)
                    .sum::<u32>()
                    >= self.at_least)
    }
}

/// A triage rule. It fires when every finding of `all` is present, at least `min` findings of
/// each group are present, and (when `at_least` is above 0) the weights of the present findings
/// of `score` add up to `at_least`. Rules never test for absence, so adding a present finding can
/// never lower the outcome.
///
/// ```
/// use lowback::{Assessment, Catalog, Disposition};
/// let catalog = Catalog::builtin();
/// let rule = catalog.rule("ces_saddle_numbness".parse()?).expect("a CES rule");
/// assert_eq!(rule.disposition, Some(Disposition::Emergency));
/// assert_eq!(rule.all, vec!["saddle_numbness".parse()?]);
/// # Ok::<(), lowback::IdError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[non_exhaustive]
pub struct Rule {
    /// Stable id.
    pub id: RuleId,
    /// Red flag, referral or advice.
    pub kind: RuleKind,
    /// The red flag the rule screens for (red-flag rules only).
    pub red_flag: Option<RedFlagId>,
    /// The lowest disposition when the rule fires (none for advice rules).
    pub disposition: Option<Disposition>,
    /// Findings that must all be present.
    pub all: Vec<FindingId>,
    /// Groups of which at least `min` must be present.
    pub groups: Vec<Group>,
    /// Weighted findings whose present weights must add up to `at_least`.
    pub score: Vec<(FindingId, u8)>,
    /// The score to reach (0 when the rule has no score).
    pub at_least: u16,
    /// Advice tags, exercise ids or care ids not to offer when the rule fires.
    pub withhold: Vec<TagId>,
    /// Cautions to show when the rule fires.
    pub cautions: Vec<CautionId>,
    /// References and governance.
    pub provenance: Provenance,
    #[serde(skip)]
    pub(crate) test: Condition,
    #[serde(skip)]
    pub(crate) withhold_exercises: Bits,
    #[serde(skip)]
    pub(crate) withhold_care: Bits,
    pub(crate) message_id: String,
}

impl Rule {
    /// The Fluent message id of the reason it fired (`rule-…`).
    #[must_use]
    pub fn message_id(&self) -> &str {
        &self.message_id
    }

    /// Whether the rule raises the disposition (red-flag and referral rules).
    #[must_use]
    pub fn escalates(&self) -> bool {
        self.disposition.is_some()
    }
}
