//! The decision: rules, likely conditions and advice from an assessment.

use crate::catalog::Catalog;
use crate::error::{InputError, InputProblem};
use crate::model::condition::Condition;
use crate::model::rule::RuleKind;
use crate::model::{CareId, ConditionId, ExerciseId, RedFlagId, ReferenceId, RuleId, TipId};
use crate::{Answers, Assessment, CareKind, Disposition, Finding, FindingSet};

/// The warning signs every non-emergency outcome tells the person to watch for: the cauda
/// equina symptoms and worsening weakness (GIRFT 2023 safety-netting; CKS 2018; HSSIB 2021).
///
/// ```
/// assert!(lowback::SAFETY_NET.contains(lowback::Finding::SaddleNumbness));
/// ```
pub const SAFETY_NET: FindingSet = FindingSet::EMPTY
    .with(Finding::SaddleNumbness)
    .with(Finding::BladderChange)
    .with(Finding::BowelChange)
    .with(Finding::SexualDysfunction)
    .with(Finding::SymptomsBothLegs)
    .with(Finding::LegWeaknessProgressive);

/// The references behind the safety net (kept when the pack has them).
pub(crate) const SAFETY_NET_REFERENCES: [&str; 3] =
    ["girft_ces_2023", "cks_ces_2018", "hssib_ces_2021"];

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
/// assert!(fired.triggers.contains(lowback::Finding::TraumaMajor));
/// # Ok::<(), lowback::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct FiredRule {
    /// The rule.
    pub rule: RuleId,
    /// Red flag or referral.
    pub kind: RuleKind,
    /// The red flag it screens for, if any.
    pub red_flag: Option<RedFlagId>,
    /// The disposition it sets at least.
    pub disposition: Disposition,
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
/// assert!(top.supporting.contains(lowback::Finding::MuscleSpasm));
/// # Ok::<(), lowback::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ConditionMatch {
    /// The condition.
    pub condition: ConditionId,
    /// Its score: weights of the present supporting findings minus those of the present
    /// findings against it.
    pub score: i32,
    /// Present findings that support it.
    pub supporting: FindingSet,
    /// Present findings against it, and strong supporting findings answered no.
    pub against: FindingSet,
}

/// The outcome of a triage: language-neutral ids and levels, rendered into words by
/// [`Report`](crate::Report).
///
/// ```
/// use lowback::{Answer, Assessment, Catalog, Disposition, Finding, Location};
/// let a = Assessment::builder()
///     .pain_locations([Location::LowerBack])
///     .finding(Finding::SaddleNumbness, Answer::Yes)
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
    /// How urgently to get care.
    pub disposition: Disposition,
    /// Whether every red-flag question that could change the outcome was answered. An
    /// incomplete outcome is never self-care.
    pub complete: bool,
    /// The rules that fired, in rule order.
    pub fired: Vec<FiredRule>,
    /// The likely conditions, best first (at most five); empty when nothing fits.
    pub conditions: Vec<ConditionMatch>,
    /// Exercises suggested now (none when the outcome is urgent or emergency, none that a
    /// present finding contraindicates).
    pub exercises: Vec<ExerciseId>,
    /// Care options suggested now (same filters as exercises).
    pub care: Vec<CareId>,
    /// Practical tips (self-care and see-clinician outcomes).
    pub tips: Vec<TipId>,
    /// Warning signs to watch for (empty for emergencies): see [`SAFETY_NET`].
    pub safety_net: FindingSet,
    /// Red-flag findings still unanswered that could change the outcome.
    pub unanswered: FindingSet,
    /// Every reference behind the rules, conditions and advice, without repeats.
    pub references: Vec<ReferenceId>,
}

/// A condition's score on these answers.
pub(crate) fn score(c: &Condition, ev: &Answers) -> i32 {
    let yes = ev.yes();
    let plus: i32 = c
        .supporting
        .iter()
        .filter(|(f, _)| yes.contains(*f))
        .map(|(_, w)| i32::from(*w))
        .sum();
    let minus: i32 = c
        .against
        .iter()
        .filter(|(f, _)| yes.contains(*f))
        .map(|(_, w)| i32::from(*w))
        .sum();
    plus - minus
}

/// Adds references to the triage's list, keeping the first occurrence of each.
fn cite(list: &mut Vec<ReferenceId>, refs: &[ReferenceId]) {
    for r in refs {
        if !list.contains(r) {
            list.push(*r);
        }
    }
}

impl Catalog {
    /// Triages an assessment: disposition, fired rules, likely conditions, advice, safety net and
    /// references. Pure and deterministic: the same catalog and assessment always give the same
    /// triage.
    ///
    /// ```
    /// use lowback::{Answer, Assessment, Catalog, Disposition, Finding, LegWeakness, Location, Trauma};
    /// let mut b = Assessment::builder().age(34).pain_locations([Location::LowerBack])
    ///     .leg_weakness(LegWeakness::None).trauma(Trauma::None);
    /// for f in lowback::RED_FLAG_SCREEN {
    ///     b = b.finding(f, Answer::No);
    /// }
    /// let t = Catalog::builtin().triage(&b.build()?)?;
    /// assert!(t.complete);
    /// assert_eq!(t.disposition, Disposition::SelfCare);
    /// assert!(!t.safety_net.is_empty());
    /// # Ok::<(), lowback::InputError>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`InputProblem::Empty`] when nothing at all is answered.
    pub fn triage(&self, assessment: &Assessment) -> Result<Triage, InputError> {
        if assessment.is_empty() {
            return Err(InputError::one(InputProblem::Empty));
        }
        let ev = assessment.evidence();
        let yes = ev.yes();
        let unknown = ev.unknown();
        let mut disposition = Disposition::SelfCare;
        let mut fired = Vec::new();
        let mut unanswered = FindingSet::EMPTY;
        let mut references = Vec::with_capacity(24);
        for rule in &self.rules {
            if rule.fires(&ev) {
                disposition = disposition.max(rule.disposition);
                fired.push(FiredRule {
                    rule: rule.id,
                    kind: rule.kind,
                    red_flag: rule.red_flag,
                    disposition: rule.disposition,
                    triggers: rule.triggers(&ev),
                });
                cite(&mut references, &rule.provenance.references);
            } else if rule.kind == RuleKind::RedFlag && rule.could_fire(&ev) {
                unanswered = unanswered.union(rule.all.union(rule.any).intersection(unknown));
            }
        }
        let complete = unanswered.is_empty();
        if !complete {
            disposition = disposition.max(Disposition::SeeClinician);
        }

        let mut ranked: Vec<(i32, usize)> = Vec::with_capacity(self.conditions.len().min(16));
        for (i, c) in self.conditions.iter().enumerate() {
            if !c.requires_any.is_empty() && c.requires_any.intersection(yes).is_empty() {
                continue;
            }
            let s = score(c, &ev);
            if s >= c.min_score {
                ranked.push((s, i));
            }
        }
        ranked.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        ranked.truncate(MAX_CONDITIONS);
        let no = ev.no();
        let conditions: Vec<ConditionMatch> = ranked
            .iter()
            .filter_map(|&(s, i)| self.conditions.get(i).map(|c| (s, c)))
            .map(|(score, c)| {
                let supporting = c
                    .supporting
                    .iter()
                    .map(|(f, _)| *f)
                    .filter(|f| yes.contains(*f))
                    .collect();
                let mut against: FindingSet = c
                    .against
                    .iter()
                    .map(|(f, _)| *f)
                    .filter(|f| yes.contains(*f))
                    .collect();
                for (f, w) in &c.supporting {
                    if *w >= 2 && no.contains(*f) {
                        against.insert(*f);
                    }
                }
                ConditionMatch {
                    condition: c.id,
                    score,
                    supporting,
                    against,
                }
            })
            .collect();
        for (_, i) in ranked.iter().take(ADVICE_CONDITIONS) {
            if let Some(c) = self.conditions.get(*i) {
                cite(&mut references, &c.provenance.references);
            }
        }

        let mut exercises = Vec::new();
        let mut care = Vec::new();
        let mut tips = Vec::new();
        if disposition <= Disposition::SeeClinician {
            let advice_from: Vec<usize> = ranked
                .iter()
                .take(ADVICE_CONDITIONS)
                .map(|&(_, i)| i)
                .collect();
            let allowed = |contra: FindingSet| contra.intersection(yes).is_empty();
            for i in &advice_from {
                let links = self.index.condition_exercises.get(*i).into_iter().flatten();
                for x in links.filter_map(|&e| self.exercises.get(e)) {
                    if allowed(x.contraindications)
                        && exercises.len() < MAX_EXERCISES
                        && !exercises.contains(&x.id)
                    {
                        exercises.push(x.id);
                        cite(&mut references, &x.provenance.references);
                    }
                }
                let links = self.index.condition_care.get(*i).into_iter().flatten();
                for x in links.filter_map(|&k| self.care.get(k)) {
                    if allowed(x.contraindications)
                        && care.len() < MAX_CARE
                        && !care.contains(&x.id)
                    {
                        care.push(x.id);
                        cite(&mut references, &x.provenance.references);
                    }
                }
            }
            if advice_from.is_empty() {
                // Nothing specific fits: the general home measures and the article's exercises.
                let general = self
                    .exercises
                    .iter()
                    .filter(|x| x.from_article && allowed(x.contraindications));
                for x in general.take(MAX_EXERCISES) {
                    exercises.push(x.id);
                    cite(&mut references, &x.provenance.references);
                }
                let general = self
                    .care
                    .iter()
                    .filter(|x| x.kind == CareKind::SelfCare && allowed(x.contraindications));
                for x in general.take(MAX_CARE) {
                    care.push(x.id);
                    cite(&mut references, &x.provenance.references);
                }
            }
            tips.extend(self.tips.iter().map(|t| t.id));
        }
        let safety_net = if disposition == Disposition::Emergency {
            FindingSet::EMPTY
        } else {
            SAFETY_NET
        };
        if !safety_net.is_empty() {
            cite(&mut references, &self.index.safety_net_references);
        }
        Ok(Triage {
            disposition,
            complete,
            fired,
            conditions,
            exercises,
            care,
            tips,
            safety_net,
            unanswered,
            references,
        })
    }
}

/// The findings a complete red-flag screen asks about explicitly (CKS: people do not volunteer
/// them), besides the typed fields age, trauma and leg weakness.
///
/// ```
/// assert_eq!(lowback::RED_FLAG_SCREEN[0], lowback::Finding::SaddleNumbness);
/// ```
pub const RED_FLAG_SCREEN: [Finding; 15] = [
    Finding::SaddleNumbness,
    Finding::BladderChange,
    Finding::BowelChange,
    Finding::SexualDysfunction,
    Finding::SymptomsBothLegs,
    Finding::FeverOrChills,
    Finding::UnexplainedWeightLoss,
    Finding::PastCancer,
    Finding::NightPainUnrelieved,
    Finding::ImmunosuppressionOrInjectedDrugs,
    Finding::RecentSpinalProcedureOrInfection,
    Finding::SteroidsOrOsteoporosis,
    Finding::UnableToBearWeight,
    Finding::HotSwollenJoint,
    Finding::SuddenSeverePainWithFaintness,
];
