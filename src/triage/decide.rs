//! The decision: rules, completeness, likely conditions and advice from an assessment.

use crate::catalog::Catalog;
use crate::error::{InputError, InputProblem};
use crate::model::citations::Citations;
use crate::model::finding_set::FindingSet;
use crate::model::list::List;
use crate::model::rule::{RuleKind, RulePass};
use crate::model::set::{Bits, SmallList, WORDS, words_for};
use crate::model::table::Table;
use crate::model::{
    CareId, CautionId, ConditionId, ExerciseId, FindingId, RedFlagId, ReferenceId, RuleId, TagId,
    TipId,
};
use crate::triage::evidence::Evidence;
use crate::{Assessment, CareKind, Disposition};
use std::borrow::Cow;
use std::sync::Arc;

/// How many likely conditions a triage keeps, and how many give advice.
const MAX_CONDITIONS: usize = 5;
const ADVICE_CONDITIONS: usize = 2;
const MAX_EXERCISES: usize = 4;
const MAX_CARE: usize = 5;

/// A rule that fired, with the findings that made it fire.
///
/// ```
/// let a = lowback::Assessment::from_json(r#"{"trauma": "major", "pain_locations": ["lower_back"]}"#)?;
/// let t = lowback::Catalog::builtin().triage(&a)?;
/// let fired = t.fired.iter().find(|r| r.red_flag == Some(lowback::RedFlagId::VERTEBRAL_FRACTURE)).unwrap();
/// assert!(fired.triggers.iter().any(|f| f.as_str() == "trauma_major"));
/// # Ok::<(), lowback::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct FiredRule {
    /// The rule.
    pub rule: RuleId,
    /// Red flag, referral or advice.
    pub kind: RuleKind,
    /// The red flag it screens for, if any.
    pub red_flag: Option<RedFlagId>,
    /// The disposition it sets at least (none for advice rules).
    pub disposition: Option<Disposition>,
    /// The present findings that triggered it.
    pub triggers: FindingSet,
}

/// A likely condition, with the findings for and against it.
///
/// ```
/// let a = lowback::Assessment::from_json(r#"{"age": 35, "onset": "after_lifting",
///     "pain_locations": ["lower_back"], "findings": {"muscle_spasm": "yes"}}"#)?;
/// let t = lowback::Catalog::builtin().triage(&a)?;
/// let top = &t.conditions[0];
/// assert_eq!(top.condition, lowback::ConditionId::MUSCLE_STRAIN);
/// assert!(top.icd10.iter().any(|code| code.starts_with("S39")));
/// assert!(top.supporting.iter().any(|f| f.as_str() == "muscle_spasm"));
/// # Ok::<(), lowback::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ConditionMatch {
    /// The condition.
    pub condition: ConditionId,
    /// Its score: weights of the present supporting findings minus those of the present
    /// findings against it.
    pub score: i32,
    /// Present findings that support it.
    pub supporting: FindingSet,
    /// Present findings that speak against it.
    pub against: FindingSet,
    /// Strong supporting findings (weight 2 or more) that are absent.
    pub absent: FindingSet,
    /// The condition's WHO ICD-10 codes (from the catalog).
    #[serde(default)]
    pub icd10: List<String>,
    /// The condition's SNOMED CT concept ids, where one exists (from the catalog).
    #[serde(default)]
    pub snomed: List<String>,
}

/// The outcome of a triage: language-neutral ids and levels, rendered into words by
/// [`Report`](crate::Report).
///
/// ```
/// use lowback::{Answer, Assessment, Catalog, Disposition, FindingId, Location};
/// let a = Assessment::builder()
///     .pain_locations([Location::LowerBack])
///     .finding(FindingId::SADDLE_NUMBNESS, Answer::Yes)
///     .build()?;
/// let t = Catalog::builtin().triage(&a)?;
/// assert_eq!(t.disposition, Disposition::Emergency);
/// assert!(t.fired.iter().any(|r| r.red_flag == Some(lowback::RedFlagId::CAUDA_EQUINA)));
/// assert!(t.exercises.is_empty()); // no exercise advice in an emergency
/// # Ok::<(), lowback::InputError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Triage {
    /// The version of the JSON shape ([`schema::SCHEMA_VERSION`](crate::schema::SCHEMA_VERSION));
    /// reading a document of another major version fails.
    #[serde(
        default = "crate::interop::schema::current",
        deserialize_with = "crate::interop::schema::deserialize"
    )]
    pub schema_version: Cow<'static, str>,
    /// How urgently to get care.
    pub disposition: Disposition,
    /// Whether no unanswered question could still raise the disposition. When a red-flag
    /// screen question that holds the floor ([`Finding::floor`](crate::Finding::floor)) is
    /// among them, the outcome is at least "see a clinician"; at least "urgent" when the
    /// person's "I don't know" is all that keeps an emergency rule from firing. Below "see a
    /// clinician", every red-flag screen question still open is among them (a yes to one is
    /// never met with self-care).
    pub complete: bool,
    /// The rules that fired, in rule order (advice rules included).
    pub fired: Vec<FiredRule>,
    /// Red-flag screen findings answered yes that no escalating rule explains: the outcome is
    /// then at least "see a clinician", and the report names them.
    pub flags_without_rule: FindingSet,
    /// The likely conditions, best first (at most five); empty when nothing fits.
    pub conditions: Vec<ConditionMatch>,
    /// Exercises suggested now (none when urgent or emergency, none contraindicated or
    /// withheld).
    pub exercises: Vec<ExerciseId>,
    /// Care options suggested now (same filters as exercises).
    pub care: Vec<CareId>,
    /// Practical tips (self-care and see-clinician outcomes).
    pub tips: List<TipId>,
    /// Advice tags and items that fired rules withhold.
    pub withheld: Vec<TagId>,
    /// Cautions from fired rules, shown where the advice would be.
    pub cautions: Vec<CautionId>,
    /// Warning signs to watch for (empty for emergencies).
    pub safety_net: List<FindingId>,
    /// The warning signs of [`Triage::safety_net`] that would call for emergency care if they
    /// appeared, with this person's other answers: those that are an emergency for anyone, and
    /// those that the rules make one here (a fever with a child's limp, a hip replacement that
    /// can no longer bear weight). The report tells people to call the emergency number for
    /// these, and to get care the same day for the others.
    #[serde(default)]
    pub safety_net_emergency: FindingSet,
    /// Unanswered findings that could still raise the disposition.
    pub unanswered: FindingSet,
    /// Unanswered findings that could still change the advice (withhold an item).
    pub advice_unanswered: FindingSet,
    /// Every reference behind the rules, conditions and advice, without repeats, in the order
    /// first cited.
    pub references: Citations,
    /// The content version of the catalog that decided ([`Catalog::content_version`]), shared
    /// with the catalog.
    pub content_version: Arc<str>,
}

impl Triage {
    /// `Ok` when `catalog` decided this triage (same content version); otherwise
    /// [`RenderError::OtherCatalog`](crate::RenderError::OtherCatalog): whatever renders or
    /// exports a triage reads its ids in the catalog, and another catalog's rules, conditions and
    /// references would give reasons that are not the ones that decided.
    pub(crate) fn decided_by(&self, catalog: &Catalog) -> Result<(), crate::RenderError> {
        if *self.content_version == *catalog.content_version() {
            return Ok(());
        }
        Err(crate::RenderError::OtherCatalog {
            triage: crate::catalog::pack::clip(&self.content_version),
            catalog: catalog.content_version().to_owned(),
        })
    }
}

/// The references of a triage, in first-cited order, without repeats: positions in the
/// catalog, marked in a bit set, so the cost is linear in the number of citations.
struct Citing<'c> {
    references: &'c Table<ReferenceId>,
    list: SmallList<48>,
    /// Positions seen: a fixed set while the catalog has at most 512 references, a vector of
    /// words beyond (allocated once).
    small: Bits,
    large: Vec<u64>,
}

impl<'c> Citing<'c> {
    fn new(references: &'c Table<ReferenceId>) -> Self {
        let large = if references.len() > crate::model::set::MAX_FINDINGS {
            vec![0; references.len() / 64 + 1]
        } else {
            Vec::new()
        };
        Citing {
            references,
            list: SmallList::default(),
            small: <Bits>::EMPTY,
            large,
        }
    }

    fn add(&mut self, refs: &[u32]) {
        for &r in refs {
            let i = r as usize;
            let new = if self.large.is_empty() {
                let new = !self.small.contains(i);
                self.small.insert(i);
                new
            } else {
                let (w, bit) = (i / 64, 1u64 << (i % 64));
                self.large.get_mut(w).is_some_and(|word| {
                    let new = *word & bit == 0;
                    *word |= bit;
                    new
                })
            };
            if new && i < self.references.len() {
                self.list.push(i);
            }
        }
    }

    /// The cited references, in first-cited order.
    fn cited(&self) -> Citations {
        Citations::cite(self.references, self.list.iter())
    }
}

/// Inserts condition `i` with score `s` into the best-first top list: higher scores first,
/// then catalog order (conditions arrive in catalog order, so a tie goes after the others).
fn rank(top: &mut [(i32, usize); MAX_CONDITIONS], len: &mut usize, s: i32, i: usize) {
    let at = top
        .get(..*len)
        .unwrap_or_default()
        .iter()
        .position(|&(t, _)| t < s)
        .unwrap_or(*len);
    if at >= MAX_CONDITIONS {
        return;
    }
    *len = (*len + 1).min(MAX_CONDITIONS);
    if let Some(tail) = top.get_mut(at..*len) {
        tail.rotate_right(1);
        if let Some(first) = tail.first_mut() {
            *first = (s, i);
        }
    }
}

impl Catalog {
    /// Triages an assessment: disposition, fired rules, likely conditions, advice, cautions,
    /// safety net and references. Pure and deterministic: the same catalog and assessment always
    /// give the same triage.
    ///
    /// ```
    /// use lowback::{Answer, Assessment, Catalog, Disposition, Field, LegWeakness, Location, Trauma};
    /// let catalog = Catalog::builtin();
    /// let mut b = Assessment::builder().age(34).pain_locations([Location::LowerBack])
    ///     .leg_weakness(LegWeakness::None).trauma(Trauma::None);
    /// // Answer every question that could raise the outcome "no" (or "unknown" for fields).
    /// for f in catalog.findings().iter().filter(|f| f.is_asked()) {
    ///     b = b.finding(f.id, Answer::No);
    /// }
    /// for field in Field::ALL {
    ///     b = b.unknown(field);
    /// }
    /// let b = b.age(34).pain_locations([Location::LowerBack]).leg_weakness(LegWeakness::None)
    ///     .trauma(Trauma::None).severity(3).duration_days(4);
    /// let t = catalog.triage(&b.build()?)?;
    /// assert_eq!(t.disposition, Disposition::SelfCare);
    /// assert!(!t.safety_net.is_empty());
    /// # Ok::<(), lowback::InputError>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`InputProblem::Empty`] when nothing at all is answered, and the problems of
    /// [`Catalog::evidence`].
    #[allow(clippy::too_many_lines)] // one pass in reading order: rules, conditions, advice
    pub fn triage(&self, assessment: &Assessment) -> Result<Triage, InputError> {
        if assessment.is_empty() {
            return Err(InputError::one(InputProblem::Empty));
        }
        // Sets of as many words as the vocabulary needs: each set operation of the triage then
        // touches those words alone.
        match words_for(self.findings.len()) {
            2 => self.triage_in::<2>(assessment),
            4 => self.triage_in::<4>(assessment),
            _ => self.triage_in::<WORDS>(assessment),
        }
    }

    /// The screen questions that, unasked, keep the outcome at "see a clinician" or above, for
    /// these `possible` findings (present or not yet answered no): every screen question but
    /// those that never do ([`ScreenFloor::Never`](crate::ScreenFloor::Never)) and those whose
    /// findings are all answered no ([`ScreenFloor::When`](crate::ScreenFloor::When)).
    /// Monotone: a finding turning present can only add to it.
    fn floor_screen<const W: usize>(&self, possible: &Bits<W>) -> Bits<W> {
        let mut holding: Bits<W> = self.vocab.floor_always.head();
        for (pos, when) in &self.vocab.floor_when {
            if when.head().intersects(possible) {
                holding.insert(*pos);
            }
        }
        holding
    }

    /// [`Catalog::triage`] in sets of `W` words, enough for every finding of the vocabulary.
    fn triage_in<const W: usize>(&self, assessment: &Assessment) -> Result<Triage, InputError> {
        let mut ev = self.compute_evidence_in::<W>(assessment)?;
        ev.moot = self.moot(assessment);
        Ok(self.decide(&ev))
    }

    #[allow(clippy::too_many_lines)] // one pass in reading order: rules, conditions, advice
    pub(crate) fn decide<const W: usize>(&self, ev: &Evidence<W>) -> Triage {
        let all: Bits<W> = self.all_findings().head();
        let yes = ev.yes;
        let possible = ev.possible(&all).difference(&ev.moot);
        let unknown = ev.unknown(&all).difference(&ev.moot);
        // Items of advice, by position: the exercises, then the care options, then the tips.
        let (care_at, tips_at) = (self.index.care_at, self.index.tips_at);
        let mut withheld_advice = <Bits>::EMPTY;
        let mut withheld = Vec::new();
        let mut cautions: Vec<CautionId> = Vec::new();
        let mut cites = Citing::new(&self.index.reference_ids);
        // One pass over the rule table: each rule tested on the present findings and on those
        // that could still turn out present.
        let mut pass = RulePass::default();
        self.table.pass(
            &yes,
            &possible,
            &unknown.intersection(&ev.dont_know),
            &unknown.intersection(&self.floor_screen(&possible)),
            &mut pass,
        );
        let mut disposition = pass.level;
        // What the fired rules withhold first: a rule that a withheld tag sets aside
        // (`unless_withheld`, which withholds nothing itself) is then left out, in rule order.
        for rule in pass.fired.iter().filter_map(|i| self.rules.get(i)) {
            withheld_advice = withheld_advice.union(&rule.withhold_advice);
            for w in &rule.withhold {
                if !withheld.contains(w) {
                    withheld.push(*w);
                }
            }
        }
        let mut set_aside: Vec<usize> = Vec::new();
        for i in pass.fired.iter() {
            let Some(rule) = self.rules.get(i) else {
                continue;
            };
            if !rule.unless_withheld.is_empty()
                && rule.unless_withheld.iter().all(|t| withheld.contains(t))
            {
                set_aside.push(i);
                continue;
            }
            for c in &rule.cautions {
                if !cautions.contains(c) {
                    cautions.push(*c);
                }
            }
            cites.add(&rule.provenance.positions);
        }
        // Advice: rules that could still fire and would withhold something.
        let mut mentioned_advice = Bits::<W>::EMPTY;
        let mut pending_advice = <Bits>::EMPTY;
        for rule in pass.withholding.iter().filter_map(|i| self.rules.get(i)) {
            // A rule that would withhold only what is withheld already changes nothing: its
            // questions are not worth asking (the NSAID safety questions for a child).
            if rule.withhold_advice.difference(&withheld_advice).is_empty() {
                continue;
            }
            mentioned_advice = mentioned_advice.union(&rule.mentions.head());
            pending_advice = pending_advice.union(&rule.withhold_advice);
        }
        let (mentioned_fired, mentioned_at, floor_at) =
            (pass.mentioned_fired, pass.mentioned_at, pass.floor_at);
        let explained = mentioned_fired.intersection(&yes);
        let mut advice_unanswered = mentioned_advice.intersection(&unknown);
        // Only the rules that would raise the outcome the fired rules set count.
        let raised_from = disposition;
        let mut floor = Disposition::SelfCare;
        for (level, f) in Disposition::ALL.iter().zip(floor_at) {
            if *level > raised_from {
                floor = floor.max(f);
            }
        }
        disposition = disposition.max(floor);
        // A red-flag screen question answered yes is never met with self-care: either an
        // escalating rule fires on it, or the outcome is at least "see a clinician" and the
        // report names the sign.
        let unexplained = self
            .vocab
            .screen
            .head()
            .intersection(&yes)
            .difference(&explained);
        if !unexplained.is_empty() {
            disposition = disposition.max(Disposition::SeeClinician);
        }
        // The finding lists of this triage name their findings by position in the vocabulary.
        let vocabulary = &self.index.finding_ids;
        let set = |bits: &Bits<W>| FindingSet::pick(vocabulary, bits.words());
        let flags_without_rule = set(&unexplained);
        // The questions that could still raise the outcome as it now stands.
        let mut unanswered = Bits::<W>::EMPTY;
        for (level, mentioned) in Disposition::ALL.iter().zip(&mentioned_at) {
            if *level > disposition {
                unanswered = unanswered.union(mentioned);
            }
        }
        let mut unanswered = unanswered.intersection(&unknown);
        // Below "see a clinician", a screen question still open could raise the outcome by a
        // yes alone (a screen yes is never met with self-care): the outcome is not complete.
        if disposition < Disposition::SeeClinician {
            unanswered = unanswered.union(&unknown.intersection(&self.vocab.screen.head()));
        }
        let complete = unanswered.is_empty();

        let mut fired = Vec::with_capacity(pass.fired.len());
        for i in pass.fired.iter().filter(|i| !set_aside.contains(i)) {
            if let Some(rule) = self.rules.get(i) {
                fired.push(FiredRule {
                    rule: rule.id,
                    kind: rule.kind,
                    red_flag: rule.red_flag,
                    disposition: rule.disposition,
                    triggers: set(&rule.mentions.head().intersection(&yes)),
                });
            }
        }

        let mut ranked = [(0i32, 0usize); MAX_CONDITIONS];
        let mut n_ranked = 0;
        self.scores
            .each_match(&yes, |i, s| rank(&mut ranked, &mut n_ranked, s, i));
        let ranked = ranked.get(..n_ranked).unwrap_or_default();
        let mut conditions: Vec<ConditionMatch> = Vec::with_capacity(ranked.len());
        for &(score, i) in ranked {
            let Some(c) = self.conditions.get(i) else {
                continue;
            };
            conditions.push(ConditionMatch {
                condition: c.id,
                score,
                supporting: set(&c.masks.supporting.head().intersection(&yes)),
                against: set(&c.masks.against.head().intersection(&yes)),
                absent: set(&c.masks.strong.head().intersection(&ev.no)),
                icd10: c.icd10.clone(),
                snomed: c.snomed.clone(),
            });
        }

        // Advice slots: the best conditions, one per advice group.
        let mut advice_from = [0usize; ADVICE_CONDITIONS];
        let mut n_advice = 0;
        let mut groups: [Option<&str>; ADVICE_CONDITIONS] = [None; ADVICE_CONDITIONS];
        for &(_, i) in ranked {
            if n_advice == ADVICE_CONDITIONS {
                break;
            }
            let Some(c) = self.conditions.get(i) else {
                continue;
            };
            if let Some(g) = c.advice_group.as_deref() {
                if groups.contains(&Some(g)) {
                    continue;
                }
                if let Some(slot) = groups.iter_mut().find(|x| x.is_none()) {
                    *slot = Some(g);
                }
            }
            if let Some(slot) = advice_from.get_mut(n_advice) {
                *slot = i;
                n_advice += 1;
            }
        }
        let advice_from = advice_from.get(..n_advice).unwrap_or_default();

        let mut exercises: SmallList<MAX_EXERCISES> = SmallList::default();
        let mut care: SmallList<MAX_CARE> = SmallList::default();
        let mut tips = List::new();
        if disposition <= Disposition::SeeClinician {
            for c in advice_from.iter().filter_map(|i| self.conditions.get(*i)) {
                cites.add(&c.provenance.positions);
            }
            // An item is offered when no present finding contraindicates it, no fired or
            // still-possible rule withholds it, and no question asked for its sake (such as the
            // NSAID safety questions) is unanswered.
            let blocked = withheld_advice.union(&pending_advice);
            let open_advice_questions = unknown.intersection(&self.vocab.advice_questions.head());
            let asked_for = |contra: &Bits| contra.head().intersection(&open_advice_questions);
            // A contraindication present, or asked about and unanswered: one set test.
            let blocking = yes.union(&open_advice_questions);
            let contra = &self.index.advice_contra;
            // Whether the item at position `p` of the space of advice may be offered.
            let free = |p: usize| {
                !blocked.contains(p)
                    && contra
                        .get(p)
                        .is_some_and(|c| !c.head().intersects(&blocking))
            };
            let mut offered = <Bits>::EMPTY;
            for &i in advice_from {
                let links = self.index.condition_exercises.get(i).into_iter().flatten();
                for &e in links {
                    if exercises.len() >= MAX_EXERCISES {
                        break;
                    }
                    if !offered.contains(e) && free(e) {
                        if let Some(x) = self.exercises.get(e) {
                            offered.insert(e);
                            exercises.push(e);
                            cites.add(&x.provenance.positions);
                        }
                    }
                }
                let links = self.index.condition_care.get(i).into_iter().flatten();
                for &k in links {
                    if care.len() >= MAX_CARE {
                        break;
                    }
                    if !offered.contains(care_at + k) && free(care_at + k) {
                        if let Some(x) = self.care.get(k) {
                            offered.insert(care_at + k);
                            care.push(k);
                            cites.add(&x.provenance.positions);
                        }
                    }
                }
            }
            if advice_from.is_empty() {
                // Nothing specific fits: the general home measures and the article's exercises.
                for (e, x) in self.exercises.iter().enumerate() {
                    if exercises.len() < MAX_EXERCISES && x.from_article && free(e) {
                        exercises.push(e);
                        cites.add(&x.provenance.positions);
                    }
                }
                for (k, x) in self.care.iter().enumerate() {
                    if care.len() < MAX_CARE && x.kind == CareKind::SelfCare && free(care_at + k) {
                        care.push(k);
                        cites.add(&x.provenance.positions);
                    }
                }
            }
            // Questions asked for the sake of advice that would otherwise be offered.
            if !open_advice_questions.is_empty() {
                // Only the items an advice question guards can add one (catalog index).
                let guarded = (self.index.guarded_advice.iter())
                    .filter(|&&p| !blocked.contains(p))
                    .filter_map(|&p| contra.get(p));
                for contra in guarded {
                    if !contra.head().intersects(&yes) {
                        advice_unanswered = advice_unanswered.union(&asked_for(contra));
                    }
                }
            }
            // Every tip (the shared list, no copy) unless a rule or a contraindication holds
            // one back.
            let held_back = |k: usize| !free(tips_at + k);
            tips = if (0..self.tips.len()).any(held_back) {
                List::from(
                    self.tips
                        .iter()
                        .enumerate()
                        .filter(|&(k, _)| !held_back(k))
                        .map(|(_, t)| t.id)
                        .collect::<Vec<_>>(),
                )
            } else {
                self.index.tip_ids.clone()
            };
        } else {
            advice_unanswered = Bits::EMPTY;
        }
        let (safety_net, safety_net_emergency) = if disposition == Disposition::Emergency {
            (List::new(), FindingSet::new())
        } else {
            cites.add(&self.index.safety_net_references);
            // A sign is an emergency here when an emergency rule would fire on it with the
            // findings present now.
            let mut emergency: Bits<W> = self.vocab.safety_net_emergency.head();
            for s in &self.vocab.safety_net_in_context {
                let would_hold = |(r, need): &(usize, Bits)| {
                    need.head::<W>().difference(&yes).is_empty()
                        && self.table.holds(*r, &yes.union(&s.with_it.head()))
                };
                if s.rules.iter().any(would_hold) {
                    emergency.insert(s.sign);
                }
            }
            (self.index.safety_net.clone(), set(&emergency))
        };
        let (unanswered, advice_unanswered) = (set(&unanswered), set(&advice_unanswered));
        let mut exercise_ids = Vec::with_capacity(exercises.len());
        exercise_ids.extend(
            exercises
                .iter()
                .filter_map(|e| self.exercises.get(e).map(|x| x.id)),
        );
        let mut care_ids = Vec::with_capacity(care.len());
        care_ids.extend(care.iter().filter_map(|k| self.care.get(k).map(|x| x.id)));
        Triage {
            schema_version: crate::interop::schema::current(),
            disposition,
            complete,
            fired,
            flags_without_rule,
            conditions,
            exercises: exercise_ids,
            care: care_ids,
            tips,
            withheld,
            cautions,
            safety_net,
            safety_net_emergency,
            unanswered,
            advice_unanswered,
            references: cites.cited(),
            content_version: Arc::clone(&self.content_version),
        }
    }
}

impl Triage {
    /// The triage as JSON (language-neutral ids and levels).
    ///
    /// ```
    /// let a = lowback::Assessment::from_json(r#"{"age": 30, "pain_locations": ["lower_back"]}"#)?;
    /// let t = lowback::Catalog::builtin().triage(&a)?;
    /// assert!(t.to_json().contains("\"disposition\""));
    /// # Ok::<(), lowback::Error>(())
    /// ```
    #[must_use]
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// The red flags of the fired rules that set the disposition, each once, in the order the
    /// rules fired: what an emergency or urgent report leads with.
    ///
    /// ```
    /// let a = lowback::Assessment::from_json(
    ///     r#"{"pain_locations": ["lower_back"], "findings": {"saddle_numbness": "yes"}}"#)?;
    /// let t = lowback::Catalog::builtin().triage(&a)?;
    /// assert_eq!(t.leading_red_flags(), [lowback::RedFlagId::CAUDA_EQUINA]);
    /// # Ok::<(), lowback::Error>(())
    /// ```
    #[must_use]
    pub fn leading_red_flags(&self) -> Vec<RedFlagId> {
        let mut flags = Vec::new();
        for f in self
            .fired
            .iter()
            .filter(|f| f.disposition == Some(self.disposition))
        {
            if let Some(id) = f.red_flag {
                if !flags.contains(&id) {
                    flags.push(id);
                }
            }
        }
        flags
    }
}

#[cfg(test)]
mod tests {
    use crate::{Assessment, Catalog};

    const VIGNETTES: &str = include_str!("../../tests/fixtures/vignettes.json");

    /// The triage gives the same result whatever the width of its sets: the width the builtin
    /// vocabulary takes (2 words), and the wider ones a larger pack takes (4 and 8).
    #[test]
    fn every_set_width_gives_the_same_triage() {
        let catalog = Catalog::builtin();
        assert_eq!(
            crate::model::set::words_for(catalog.findings().len()),
            2,
            "the builtin vocabulary no longer fits two words: widen this test's sample"
        );
        let cases: serde_json::Value = serde_json::from_str(VIGNETTES).unwrap();
        let mut n = 0;
        for c in cases.as_array().unwrap() {
            let a = Assessment::from_json(&c["assessment"].to_string()).unwrap();
            let two = catalog.triage_in::<2>(&a).unwrap();
            assert_eq!(two, catalog.triage_in::<4>(&a).unwrap(), "{}", c["id"]);
            assert_eq!(two, catalog.triage_in::<8>(&a).unwrap(), "{}", c["id"]);
            assert_eq!(two, catalog.triage(&a).unwrap(), "{}", c["id"]);
            n += 1;
        }
        assert!(n > 200, "{n} vignettes");
    }
}
