//! Rules: combinations of findings that set a disposition.

use crate::model::{Provenance, RedFlagId, RuleId};
use crate::{Answers, Disposition, FindingSet};

/// Whether a [`Rule`] screens for a red flag or is a reason to see a clinician.
///
/// ```
/// use lowback::{Catalog, Disposition, RuleKind};
/// for r in Catalog::builtin().rules().iter().filter(|r| r.kind == RuleKind::RedFlag) {
///     assert!(r.disposition >= Disposition::Urgent);
/// }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum RuleKind {
    /// Screens for a serious problem; its disposition is urgent or emergency.
    RedFlag,
    /// A reason to see a clinician (the source article's "see a doctor" signs, persistent pain …).
    Referral,
}

/// A triage rule: when every finding of `all` and at least `min_any` findings of `any` are
/// present, the outcome is at least `disposition`. Rules test only for present findings, so adding
/// a finding can never lower the outcome.
///
/// ```
/// use lowback::{Answer, Answers, Finding};
/// let catalog = lowback::Catalog::builtin();
/// let rule = catalog.rules().iter().find(|r| r.all.contains(Finding::SaddleNumbness)).expect("a CES rule");
/// let mut answers = Answers::default();
/// assert!(!rule.fires(&answers));
/// answers.set(Finding::SaddleNumbness, Answer::Yes);
/// assert!(rule.fires(&answers));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[non_exhaustive]
pub struct Rule {
    /// Stable id.
    pub id: RuleId,
    /// Red flag or referral.
    pub kind: RuleKind,
    /// The red flag the rule screens for (red-flag rules only).
    pub red_flag: Option<RedFlagId>,
    /// The lowest disposition when the rule fires.
    pub disposition: Disposition,
    /// Findings that must all be present.
    pub all: FindingSet,
    /// Findings of which at least `min_any` must be present.
    pub any: FindingSet,
    /// How many of `any` must be present.
    pub min_any: u8,
    /// References and review date.
    pub provenance: Provenance,
    pub(crate) message_id: String,
}

impl Rule {
    /// Whether the rule fires on these answers.
    #[must_use]
    pub fn fires(&self, answers: &Answers) -> bool {
        let yes = answers.yes();
        self.all.is_subset(yes) && self.any.intersection(yes).len() >= usize::from(self.min_any)
    }

    /// Whether the rule has not fired but still could, given the unanswered findings.
    #[must_use]
    pub fn is_pending(&self, answers: &Answers) -> bool {
        self.could_fire(answers) && !self.fires(answers)
    }

    /// Whether no answer rules the rule out yet (true also when it fires).
    pub(crate) fn could_fire(&self, answers: &Answers) -> bool {
        let no = answers.no();
        self.all.intersection(no).is_empty()
            && self.any.difference(no).len() >= usize::from(self.min_any)
    }

    /// The present findings that made the rule fire.
    #[must_use]
    pub fn triggers(&self, answers: &Answers) -> FindingSet {
        self.all.union(self.any).intersection(answers.yes())
    }

    /// The Fluent message id of the reason it fired (`rule-…`).
    #[must_use]
    pub fn message_id(&self) -> &str {
        &self.message_id
    }
}
