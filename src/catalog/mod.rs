//! The catalog: every content item, parsed and validated, with look-ups by id.

mod build;
mod compiled;
pub(crate) mod ftl;
pub(crate) mod pack;
mod raw;
mod tokens;
pub(crate) mod vocab;

use std::sync::LazyLock;

use crate::ContentPack;
use crate::error::ContentError;
use crate::model::care::{CareOption, Tip};
use crate::model::condition::Condition;
use crate::model::exercise::Exercise;
use crate::model::fact::Fact;
use crate::model::finding::Finding;
use crate::model::list::List;
use crate::model::red_flag::RedFlag;
use crate::model::reference::Reference;
use crate::model::rule::Rule;
use crate::model::table::Table;
use crate::model::{
    CareId, ConditionId, ExerciseId, FactId, FindingId, RedFlagId, ReferenceId, RuleId, TipId,
};

/// Every content item of a pack, parsed, validated and indexed.
///
/// Built once from the embedded content with [`Catalog::builtin`], or from an app's own pack with
/// [`Catalog::from_pack`]. Shareable across threads (`Send + Sync`).
///
/// ```
/// use lowback::{Catalog, ConditionId};
/// let catalog = Catalog::builtin();
/// let sciatica = catalog.condition(ConditionId::SCIATICA).expect("builtin condition");
/// assert!(sciatica.icd10.iter().any(|c| c.starts_with("M54")));
/// assert!(catalog.red_flags().len() >= 9);
/// ```
#[derive(Debug, Clone)]
pub struct Catalog {
    pub(crate) content_version: std::sync::Arc<str>,
    pub(crate) references: Vec<Reference>,
    pub(crate) findings: Vec<Finding>,
    pub(crate) vocab: vocab::Vocab,
    pub(crate) red_flags: Vec<RedFlag>,
    pub(crate) rules: Vec<Rule>,
    pub(crate) table: crate::model::rule::RuleTable,
    pub(crate) scores: crate::model::score::ScoreTable,
    pub(crate) conditions: Vec<Condition>,
    pub(crate) exercises: Vec<Exercise>,
    pub(crate) care: Vec<CareOption>,
    pub(crate) tips: Vec<Tip>,
    pub(crate) facts: Vec<Fact>,
    pub(crate) index: Index,
}

/// Positions of items by id, and links resolved to positions for the triage.
#[derive(Debug, Clone, Default)]
pub(crate) struct Index {
    pub pack_name: String,
    pub findings: crate::model::id::IdMap<FindingId, usize>,
    pub references: crate::model::id::IdMap<ReferenceId, usize>,
    pub red_flags: crate::model::id::IdMap<RedFlagId, usize>,
    pub rules: crate::model::id::IdMap<RuleId, usize>,
    pub conditions: crate::model::id::IdMap<ConditionId, usize>,
    pub exercises: crate::model::id::IdMap<ExerciseId, usize>,
    pub care: crate::model::id::IdMap<CareId, usize>,
    pub tips: crate::model::id::IdMap<TipId, usize>,
    pub facts: crate::model::id::IdMap<FactId, usize>,
    /// For each condition, the positions of its exercises and care options.
    pub condition_exercises: Vec<Vec<usize>>,
    pub condition_care: Vec<Vec<usize>>,
    /// The positions of the references of the safety-net findings.
    pub safety_net_references: Vec<u32>,
    /// The safety-net findings, in vocabulary order, shared with every triage.
    pub safety_net: List<FindingId>,
    /// Every tip, shared with every triage that gives advice.
    pub tip_ids: List<TipId>,
    /// The positions (in the space of advice, see `care_at`) of the items that some advice
    /// question (`asked_when_advice`) guards: the only ones that can leave such a question open.
    pub guarded_advice: Vec<usize>,
    /// Every finding's and every reference's id, by position: dense, so that a triage turning
    /// positions into ids reads a few cache lines rather than one per item.
    pub finding_ids: Table<FindingId>,
    pub reference_ids: Table<ReferenceId>,
    /// Every item of advice's contraindications, by its position in the space of advice (dense,
    /// for the advice filter).
    pub advice_contra: Vec<crate::model::set::Bits>,
    /// Where the care options and the tips start in the one space of positions of the items of
    /// advice (the exercises first), which a rule's `withhold_advice`, a triage's withheld set
    /// and `advice_contra` use.
    pub care_at: usize,
    pub tips_at: usize,
}

static BUILTIN: LazyLock<Catalog> = LazyLock::new(|| {
    // The builtin pack is validated by the test suite (tests/content.rs); if it ever failed here the
    // crate would serve an empty catalog rather than panic in the host application.
    // The embedded Fluent files are identical on every run and fully cross-checked against the data
    // by the test suite (tests/content.rs: `Catalog::from_pack(&ContentPack::builtin())`), so the
    // runtime load validates the data and skips the translation cross-check (see BENCHMARKS.md).
    let mut catalog = Catalog::load_builtin().unwrap_or_else(|e| {
        debug_assert!(false, "builtin content is invalid: {e}");
        let _ = e;
        Catalog::empty()
    });
    // This catalog lives as long as the process: so can the ids its triages point into and the
    // lists they share (codes, tips, safety net), and a triage then shares them without
    // counting references (BENCHMARKS.md, eighth and ninth rounds).
    catalog.index.finding_ids = catalog.index.finding_ids.for_the_process();
    catalog.index.reference_ids = catalog.index.reference_ids.for_the_process();
    catalog.index.safety_net = catalog.index.safety_net.for_the_process();
    catalog.index.tip_ids = catalog.index.tip_ids.for_the_process();
    for c in &mut catalog.conditions {
        c.icd10 = c.icd10.for_the_process();
        c.snomed = c.snomed.for_the_process();
    }
    catalog
});

impl Catalog {
    /// The catalog embedded in the crate, parsed and validated on first use.
    #[must_use]
    pub fn builtin() -> &'static Catalog {
        &BUILTIN
    }

    /// Parses and validates a content pack: data, links, codes, references, and the Fluent
    /// messages every item needs in every locale.
    ///
    /// # Errors
    ///
    /// A [`ContentError`] listing every problem found: syntax errors with file and line, duplicate
    /// ids, dangling links, uncited references, missing translations, variable mismatches.
    pub fn from_pack(pack: &ContentPack) -> Result<Catalog, ContentError> {
        build::build(pack, true, None)
    }

    /// Parses and validates the embedded data afresh: what [`Catalog::builtin`] does once per
    /// process (the data checks, without the translation cross-check that the test suite proves
    /// for the embedded files, so no Fluent file is parsed). For benchmarks and for apps that
    /// want their own copy.
    ///
    /// The data is read from its token form (`data/compiled/*.tok`, generated from the TOML and
    /// checked against it by the test suite, which also proves that it gives the catalog the
    /// TOML gives); every check of the data runs as for any pack.
    ///
    /// ```
    /// let c = lowback::Catalog::load_builtin()?;
    /// assert_eq!(c.rules().len(), lowback::Catalog::builtin().rules().len());
    /// # Ok::<(), lowback::ContentError>(())
    /// ```
    ///
    /// # Errors
    ///
    /// Only if the embedded content were invalid, which the test suite rules out.
    pub fn load_builtin() -> Result<Catalog, ContentError> {
        build::build(
            ContentPack::builtin_data_shared(),
            false,
            Some(pack::BUILTIN_DATA_HASH),
        )
    }

    fn empty() -> Catalog {
        Catalog {
            content_version: std::sync::Arc::from(""),
            references: Vec::new(),
            findings: Vec::new(),
            vocab: vocab::Vocab::default(),
            red_flags: Vec::new(),
            rules: Vec::new(),
            table: crate::model::rule::RuleTable::default(),
            scores: crate::model::score::ScoreTable::default(),
            conditions: Vec::new(),
            exercises: Vec::new(),
            care: Vec::new(),
            tips: Vec::new(),
            facts: Vec::new(),
            index: Index::default(),
        }
    }

    /// All references.
    #[must_use]
    pub fn references(&self) -> &[Reference] {
        &self.references
    }
    /// The vocabulary: every finding, in the order of `findings.toml` (the interview's order).
    #[must_use]
    pub fn findings(&self) -> &[Finding] {
        &self.findings
    }

    /// The content version: the pack's semantic version and a hash of its data files, such as
    /// `0.2.0+3f5c…`. Every triage records it, so an app can log which content decided.
    ///
    /// ```
    /// let v = lowback::Catalog::builtin().content_version();
    /// assert!(v.starts_with("0.2.0+"));
    /// ```
    #[must_use]
    pub fn content_version(&self) -> &str {
        &self.content_version
    }

    /// The pack's name (`data/pack.toml`).
    #[must_use]
    pub fn pack_name(&self) -> &str {
        &self.index.pack_name
    }
    /// All red flags.
    #[must_use]
    pub fn red_flags(&self) -> &[RedFlag] {
        &self.red_flags
    }
    /// All rules, in the order they are authored.
    #[must_use]
    pub fn rules(&self) -> &[Rule] {
        &self.rules
    }
    /// All conditions.
    #[must_use]
    pub fn conditions(&self) -> &[Condition] {
        &self.conditions
    }
    /// All exercises.
    #[must_use]
    pub fn exercises(&self) -> &[Exercise] {
        &self.exercises
    }
    /// All care options.
    #[must_use]
    pub fn care_options(&self) -> &[CareOption] {
        &self.care
    }
    /// All tips.
    #[must_use]
    pub fn tips(&self) -> &[Tip] {
        &self.tips
    }
    /// All facts.
    #[must_use]
    pub fn facts(&self) -> &[Fact] {
        &self.facts
    }

    /// The finding with this id.
    ///
    /// ```
    /// let f = lowback::Catalog::builtin().finding("fever_or_chills".parse()?).expect("builtin");
    /// assert!(f.screen);
    /// # Ok::<(), lowback::IdError>(())
    /// ```
    #[must_use]
    pub fn finding(&self, id: FindingId) -> Option<&Finding> {
        self.index
            .findings
            .get(&id)
            .and_then(|&i| self.findings.get(i))
    }
    pub(crate) fn finding_position(&self, id: FindingId) -> Option<usize> {
        self.index.findings.get(&id).copied()
    }
    /// The finding id of the vocabulary closest to a misspelt one (for the "did you mean" of
    /// [`InputProblem::UnknownFinding`](crate::InputProblem::UnknownFinding)), looked for only
    /// while fewer than 64 problems came `before` it: an input of many unknown ids costs no
    /// more than a look-up each past those. Out of line: only an error calls it.
    #[cold]
    #[inline(never)]
    pub(crate) fn closest_finding(&self, given: &str, before: usize) -> Option<String> {
        if before >= crate::error::MAX_PROBLEMS {
            return None;
        }
        crate::model::closest::closest(given, self.findings.iter().map(|f| f.id.as_str()))
            .map(str::to_owned)
    }
    pub(crate) fn finding_at(&self, pos: usize) -> Option<&Finding> {
        self.findings.get(pos)
    }
    /// The reference with this id.
    #[must_use]
    pub fn reference(&self, id: ReferenceId) -> Option<&Reference> {
        self.index
            .references
            .get(&id)
            .and_then(|&i| self.references.get(i))
    }
    /// The red flag with this id.
    #[must_use]
    pub fn red_flag(&self, id: RedFlagId) -> Option<&RedFlag> {
        self.index
            .red_flags
            .get(&id)
            .and_then(|&i| self.red_flags.get(i))
    }
    /// The rule with this id.
    #[must_use]
    pub fn rule(&self, id: RuleId) -> Option<&Rule> {
        self.index.rules.get(&id).and_then(|&i| self.rules.get(i))
    }
    /// The condition with this id.
    #[must_use]
    pub fn condition(&self, id: ConditionId) -> Option<&Condition> {
        self.index
            .conditions
            .get(&id)
            .and_then(|&i| self.conditions.get(i))
    }
    /// The exercise with this id.
    #[must_use]
    pub fn exercise(&self, id: ExerciseId) -> Option<&Exercise> {
        self.index
            .exercises
            .get(&id)
            .and_then(|&i| self.exercises.get(i))
    }
    /// The care option with this id.
    #[must_use]
    pub fn care_option(&self, id: CareId) -> Option<&CareOption> {
        self.index.care.get(&id).and_then(|&i| self.care.get(i))
    }
    /// The tip with this id.
    #[must_use]
    pub fn tip(&self, id: TipId) -> Option<&Tip> {
        self.index.tips.get(&id).and_then(|&i| self.tips.get(i))
    }
    /// The fact with this id.
    #[must_use]
    pub fn fact(&self, id: FactId) -> Option<&Fact> {
        self.index.facts.get(&id).and_then(|&i| self.facts.get(i))
    }
}
