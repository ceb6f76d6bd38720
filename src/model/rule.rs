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

/// Every rule's test, compiled into one dense table of finding positions: the triage walks it
/// without touching the rules themselves, so its cost stays linear and cache-friendly however
/// many rules a pack has.
#[derive(Debug, Clone, Default)]
pub(crate) struct RuleTable {
    pub rules: Vec<Compiled>,
    /// Finding positions of every `all`, group and score, back to back.
    pub positions: Vec<u16>,
    /// The weight of each position (score entries; 0 elsewhere).
    pub weights: Vec<u16>,
    /// Groups: (start, end) in `positions`, and the minimum.
    pub groups: Vec<(u32, u32, u32)>,
}

/// One rule's test: ranges into the [`RuleTable`].
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Compiled {
    pub all: (u32, u32),
    pub groups: (u32, u32),
    pub score: (u32, u32),
    pub at_least: u32,
    /// The disposition it sets, if it escalates.
    pub level: Option<crate::Disposition>,
    pub red_flag: bool,
    pub withholds: bool,
}

impl RuleTable {
    fn slice(&self, (a, b): (u32, u32)) -> &[u16] {
        self.positions
            .get(a as usize..b as usize)
            .unwrap_or_default()
    }

    /// Whether rule `c`'s test holds when exactly the findings of `present` are present.
    pub(crate) fn holds(&self, c: &Compiled, present: &Bits) -> bool {
        if !self
            .slice(c.all)
            .iter()
            .all(|p| present.contains(usize::from(*p)))
        {
            return false;
        }
        let groups = self
            .groups
            .get(c.groups.0 as usize..c.groups.1 as usize)
            .unwrap_or_default();
        for &(a, b, min) in groups {
            let n = self
                .slice((a, b))
                .iter()
                .filter(|p| present.contains(usize::from(**p)))
                .count();
            if n < min as usize {
                return false;
            }
        }
        if c.at_least > 0 {
            let (a, b) = c.score;
            let weights = self.weights.get(a as usize..b as usize).unwrap_or_default();
            let sum: u32 = self
                .slice(c.score)
                .iter()
                .zip(weights)
                .filter(|(p, _)| present.contains(usize::from(**p)))
                .map(|(_, w)| u32::from(*w))
                .sum();
            if sum < c.at_least {
                return false;
            }
        }
        true
    }

    /// Adds a rule's test; returns its compiled form.
    pub(crate) fn push(
        &mut self,
        all: &[usize],
        groups: &[(Vec<usize>, usize)],
        score: &[(usize, u32)],
        at_least: u32,
    ) -> Compiled {
        let pos = |v: &mut Self, items: &mut dyn Iterator<Item = (usize, u32)>| {
            let start = u32::try_from(v.positions.len()).unwrap_or(u32::MAX);
            for (p, w) in items {
                v.positions.push(u16::try_from(p).unwrap_or(u16::MAX));
                v.weights.push(u16::try_from(w).unwrap_or(u16::MAX));
            }
            (start, u32::try_from(v.positions.len()).unwrap_or(u32::MAX))
        };
        let all = pos(self, &mut all.iter().map(|p| (*p, 0)));
        let g0 = u32::try_from(self.groups.len()).unwrap_or(u32::MAX);
        for (g, min) in groups {
            let (a, b) = pos(self, &mut g.iter().map(|p| (*p, 0)));
            self.groups
                .push((a, b, u32::try_from(*min).unwrap_or(u32::MAX)));
        }
        let g1 = u32::try_from(self.groups.len()).unwrap_or(u32::MAX);
        let score = pos(self, &mut score.iter().copied());
        Compiled {
            all,
            groups: (g0, g1),
            score,
            at_least,
            ..Compiled::default()
        }
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
    /// Every finding the rule mentions (its triggers are those present).
    #[serde(skip)]
    pub(crate) mentions: Bits,
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
