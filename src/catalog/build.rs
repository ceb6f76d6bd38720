//! Turning a [`ContentPack`] into a [`Catalog`], collecting every problem on the way.

use std::collections::{HashMap, HashSet};
use std::hash::Hash;

use serde::de::DeserializeOwned;

use super::raw::{
    CareFile, ConditionsFile, ExercisesFile, FactsFile, FindingsFile, RedFlagsFile, ReferencesFile,
    RulesFile,
};
use super::{Catalog, FindingInfo, Index};
use crate::catalog::ftl::check_locales;
use crate::catalog::pack::line_of;
use crate::error::{ContentError, ContentProblem};
use crate::model::care::{CareOption, Tip};
use crate::model::condition::Condition;
use crate::model::exercise::{Dosage, Exercise, Target};
use crate::model::fact::Fact;
use crate::model::id::kebab;
use crate::model::red_flag::RedFlag;
use crate::model::reference::Reference;
use crate::model::rule::{Rule, RuleKind};
use crate::model::{
    CareId, ConditionId, ExerciseId, FactId, Provenance, RedFlagId, ReferenceId, RuleId, TipId,
};
use crate::{CareKind, ContentPack, Disposition, Finding, FindingSet, FindingSource};

struct Ctx {
    problems: Vec<ContentProblem>,
    cited: HashSet<ReferenceId>,
    references: HashSet<ReferenceId>,
}

impl Ctx {
    fn invalid(&mut self, file: &str, item: &str, field: &'static str, message: impl Into<String>) {
        self.problems.push(ContentProblem::InvalidValue {
            file: file.to_owned(),
            item: item.to_owned(),
            field,
            message: message.into(),
        });
    }

    fn dangling(&mut self, file: &str, item: &str, kind: &'static str, target: &str) {
        self.problems.push(ContentProblem::DanglingLink {
            file: file.to_owned(),
            item: item.to_owned(),
            kind,
            target: target.to_owned(),
        });
    }

    fn parse<T: DeserializeOwned>(&mut self, pack: &ContentPack, file: &str) -> Option<T> {
        let Some(text) = pack.data.get(file) else {
            self.problems.push(ContentProblem::MissingFile {
                file: file.to_owned(),
            });
            return None;
        };
        if let Some(json) = pack.compiled.get(file) {
            match serde_json::from_str(json) {
                Ok(v) => return Some(v),
                Err(e) => {
                    self.problems.push(ContentProblem::DataSyntax {
                        file: format!("compiled/{file}"),
                        line: Some(e.line()),
                        message: e.to_string(),
                    });
                    return None;
                }
            }
        }
        match toml::from_str(text) {
            Ok(v) => Some(v),
            Err(e) => {
                self.problems.push(ContentProblem::DataSyntax {
                    file: file.to_owned(),
                    line: e.span().map(|s| line_of(text, s.start)),
                    message: e.message().to_owned(),
                });
                None
            }
        }
    }

    /// Parses an item id, reporting an invalid one.
    fn id<T: std::str::FromStr<Err = crate::IdError>>(
        &mut self,
        file: &str,
        raw: &str,
    ) -> Option<T> {
        match raw.parse() {
            Ok(id) => Some(id),
            Err(e) => {
                self.invalid(file, raw, "id", e.to_string());
                None
            }
        }
    }

    fn unique<K: Hash + Eq + Copy>(
        &mut self,
        file: &str,
        kind: &'static str,
        seen: &mut HashMap<K, usize>,
        id: K,
        raw: &str,
        pos: usize,
    ) -> bool {
        if seen.insert(id, pos).is_some() {
            self.problems.push(ContentProblem::DuplicateId {
                file: file.to_owned(),
                kind,
                id: raw.to_owned(),
            });
            false
        } else {
            true
        }
    }

    fn provenance(
        &mut self,
        file: &str,
        item: &str,
        refs: &[String],
        reviewed: &str,
    ) -> Provenance {
        if refs.is_empty() {
            self.invalid(
                file,
                item,
                "references",
                "at least one reference is required",
            );
        }
        let mut references = Vec::with_capacity(refs.len());
        for r in refs {
            match r.parse::<ReferenceId>() {
                Ok(id) if self.references.contains(&id) => {
                    self.cited.insert(id);
                    references.push(id);
                }
                _ => self.dangling(file, item, "reference", r),
            }
        }
        if !is_date(reviewed) {
            self.invalid(
                file,
                item,
                "reviewed",
                format!("{reviewed:?} is not a YYYY-MM-DD date"),
            );
        }
        Provenance {
            references,
            reviewed: reviewed.to_owned(),
        }
    }

    fn findings(&mut self, file: &str, item: &str, ids: &[String]) -> FindingSet {
        let mut set = FindingSet::EMPTY;
        for raw in ids {
            match raw.parse::<Finding>() {
                Ok(f) => set.insert(f),
                Err(_) => self.dangling(file, item, "finding", raw),
            }
        }
        set
    }

    fn codes(&mut self, file: &str, item: &str, icd10: &[String], snomed: &[String]) {
        if icd10.is_empty() {
            self.invalid(file, item, "icd10", "at least one ICD-10 code is required");
        }
        for c in icd10.iter().filter(|c| !is_icd10(c)) {
            self.invalid(
                file,
                item,
                "icd10",
                format!("{c:?} is not an ICD-10 code (letter, two digits, optional .digits)"),
            );
        }
        for c in snomed
            .iter()
            .filter(|c| !(6..=18).contains(&c.len()) || !c.bytes().all(|b| b.is_ascii_digit()))
        {
            self.invalid(
                file,
                item,
                "snomed",
                format!("{c:?} is not a SNOMED CT concept id (6 to 18 digits)"),
            );
        }
    }

    fn range(&mut self, file: &str, item: &str, field: &'static str, v: u8, lo: u8, hi: u8) {
        if !(lo..=hi).contains(&v) {
            self.invalid(file, item, field, format!("{v} is outside {lo}..={hi}"));
        }
    }
}

fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b.iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        })
}

fn is_icd10(s: &str) -> bool {
    let b = s.as_bytes();
    let head = b.len() >= 3
        && b.first().is_some_and(u8::is_ascii_uppercase)
        && b.get(1..3)
            .is_some_and(|d| d.iter().all(u8::is_ascii_digit));
    let tail = match b.get(3..) {
        None | Some([]) => true,
        Some([b'.', rest @ ..]) => {
            !rest.is_empty() && rest.len() <= 4 && rest.iter().all(u8::is_ascii_alphanumeric)
        }
        Some(_) => false,
    };
    head && tail
}

fn opt(s: &str) -> Option<String> {
    let t = s.trim();
    (!t.is_empty()).then(|| t.to_owned())
}

#[allow(clippy::too_many_lines)] // one pass over the files, in dependency order, reads best in one place
pub(crate) fn build(pack: &ContentPack, check_translations: bool) -> Result<Catalog, ContentError> {
    let mut cx = Ctx {
        problems: pack.problems.clone(),
        cited: HashSet::new(),
        references: HashSet::new(),
    };
    let mut index = Index::default();

    // References first: everything else cites them.
    let mut references = Vec::new();
    if let Some(f) = cx.parse::<ReferencesFile>(pack, "references.toml") {
        for r in f.reference {
            let Some(id) = cx.id::<ReferenceId>("references.toml", &r.id) else {
                continue;
            };
            if !cx.unique(
                "references.toml",
                "reference",
                &mut index.references,
                id,
                &r.id,
                references.len(),
            ) {
                continue;
            }
            if r.title.trim().is_empty() {
                cx.invalid("references.toml", &r.id, "title", "must not be empty");
            }
            if r.doi.is_empty() && r.url.is_empty() && r.container.trim().is_empty() {
                cx.invalid(
                    "references.toml",
                    &r.id,
                    "container",
                    "a reference needs a container, a DOI or a URL",
                );
            }
            cx.references.insert(id);
            let mut reference = Reference {
                id,
                kind: r.kind,
                authors: r.authors,
                year: r.year,
                title: r.title,
                container: r.container,
                volume: opt(&r.volume),
                issue: opt(&r.issue),
                pages: opt(&r.pages),
                doi: opt(&r.doi),
                url: opt(&r.url),
                citation: String::new(),
            };
            reference.citation = reference.format_citation();
            references.push(reference);
        }
    }

    index.safety_net_references = crate::triage::decide::SAFETY_NET_REFERENCES
        .iter()
        .filter_map(|r| r.parse::<ReferenceId>().ok())
        .filter(|id| cx.references.contains(id))
        .collect();

    // Findings: every finding of the vocabulary, once, in order.
    let mut finding_infos: Vec<Option<FindingInfo>> = vec![None; Finding::ALL.len()];
    if let Some(f) = cx.parse::<FindingsFile>(pack, "findings.toml") {
        for r in f.finding {
            let Ok(finding) = r.id.parse::<Finding>() else {
                cx.invalid(
                    "findings.toml",
                    &r.id,
                    "id",
                    "not a finding of the vocabulary (see Finding)",
                );
                continue;
            };
            let expected = match finding.source() {
                FindingSource::Direct => "direct",
                FindingSource::Derived(_) => "derived",
            };
            if r.source != expected {
                cx.invalid(
                    "findings.toml",
                    &r.id,
                    "source",
                    format!("is {:?}, the vocabulary says {expected:?}", r.source),
                );
            }
            let provenance = cx.provenance("findings.toml", &r.id, &r.references, &r.reviewed);
            match finding_infos.get_mut(finding.index()) {
                Some(slot @ None) => {
                    *slot = Some(FindingInfo {
                        finding,
                        kind: r.kind,
                        provenance,
                    });
                }
                _ => cx.problems.push(ContentProblem::DuplicateId {
                    file: "findings.toml".to_owned(),
                    kind: "finding",
                    id: r.id,
                }),
            }
        }
        for (f, slot) in Finding::ALL.iter().zip(&finding_infos) {
            if slot.is_none() {
                cx.invalid(
                    "findings.toml",
                    f.as_str(),
                    "id",
                    "the finding is not described",
                );
            }
        }
    }
    let findings: Vec<FindingInfo> = finding_infos.into_iter().flatten().collect();

    let mut red_flags = Vec::new();
    if let Some(f) = cx.parse::<RedFlagsFile>(pack, "red_flags.toml") {
        for r in f.red_flag {
            let Some(id) = cx.id::<RedFlagId>("red_flags.toml", &r.id) else {
                continue;
            };
            if !cx.unique(
                "red_flags.toml",
                "red flag",
                &mut index.red_flags,
                id,
                &r.id,
                red_flags.len(),
            ) {
                continue;
            }
            cx.codes("red_flags.toml", &r.id, &r.icd10, &r.snomed);
            let provenance = cx.provenance("red_flags.toml", &r.id, &r.references, &r.reviewed);
            red_flags.push(RedFlag {
                id,
                icd10: r.icd10,
                snomed: r.snomed,
                provenance,
                message_id: kebab("red-flag", id.as_str()),
            });
        }
    }

    let mut rules = Vec::new();
    if let Some(f) = cx.parse::<RulesFile>(pack, "rules.toml") {
        for r in f.rule {
            let file = "rules.toml";
            let Some(id) = cx.id::<RuleId>(file, &r.id) else {
                continue;
            };
            if !cx.unique(file, "rule", &mut index.rules, id, &r.id, rules.len()) {
                continue;
            }
            let all = cx.findings(file, &r.id, &r.all);
            let any = cx.findings(file, &r.id, &r.any);
            let min_any = r.min_any.unwrap_or(u8::from(!any.is_empty()));
            if usize::from(min_any) > any.len() {
                cx.invalid(
                    file,
                    &r.id,
                    "min_any",
                    format!("{min_any} is more than the {} findings of `any`", any.len()),
                );
            }
            if all.is_empty() && min_any == 0 {
                cx.invalid(
                    file,
                    &r.id,
                    "all",
                    "a rule needs at least one finding to fire on",
                );
            }
            let red_flag = match (&r.kind, &r.red_flag) {
                (RuleKind::RedFlag, Some(flag)) => match flag.parse::<RedFlagId>() {
                    Ok(fid) if index.red_flags.contains_key(&fid) => Some(fid),
                    _ => {
                        cx.dangling(file, &r.id, "red flag", flag);
                        None
                    }
                },
                (RuleKind::RedFlag, None) => {
                    cx.invalid(
                        file,
                        &r.id,
                        "red_flag",
                        "a red_flag rule must name its red flag",
                    );
                    None
                }
                (_, Some(_)) => {
                    cx.invalid(
                        file,
                        &r.id,
                        "red_flag",
                        "only red_flag rules name a red flag",
                    );
                    None
                }
                (_, None) => None,
            };
            if r.kind == RuleKind::RedFlag && r.disposition < Disposition::Urgent {
                cx.invalid(
                    file,
                    &r.id,
                    "disposition",
                    "a red flag rule must be urgent or emergency",
                );
            }
            if r.disposition == Disposition::SelfCare {
                cx.invalid(
                    file,
                    &r.id,
                    "disposition",
                    "a rule cannot lower the outcome to self_care",
                );
            }
            let provenance = cx.provenance(file, &r.id, &r.references, &r.reviewed);
            rules.push(Rule {
                id,
                kind: r.kind,
                red_flag,
                disposition: r.disposition,
                all,
                any,
                min_any,
                provenance,
                message_id: kebab("rule", id.as_str()),
            });
        }
    }

    let mut exercises = Vec::new();
    if let Some(f) = cx.parse::<ExercisesFile>(pack, "exercises.toml") {
        for r in f.exercise {
            let file = "exercises.toml";
            let Some(id) = cx.id::<ExerciseId>(file, &r.id) else {
                continue;
            };
            if !cx.unique(
                file,
                "exercise",
                &mut index.exercises,
                id,
                &r.id,
                exercises.len(),
            ) {
                continue;
            }
            cx.range(file, &r.id, "sets", r.sets, 1, 10);
            cx.range(file, &r.id, "reps", r.reps, 1, 50);
            cx.range(file, &r.id, "hold_seconds", r.hold_seconds, 0, 120);
            cx.range(file, &r.id, "days_per_week", r.days_per_week, 1, 7);
            cx.range(file, &r.id, "steps", r.steps, 1, 12);
            if r.targets.is_empty() {
                cx.invalid(file, &r.id, "targets", "at least one target is required");
            }
            let contraindications = cx.findings(file, &r.id, &r.contraindications);
            let provenance = cx.provenance(file, &r.id, &r.references, &r.reviewed);
            exercises.push(Exercise {
                id,
                targets: r.targets,
                dosage: Dosage {
                    sets: r.sets,
                    reps: r.reps,
                    hold_seconds: r.hold_seconds,
                    days_per_week: r.days_per_week,
                },
                steps: r.steps,
                contraindications,
                from_article: r.from_article,
                provenance,
                message_id: kebab("exercise", id.as_str()),
            });
        }
    }

    let mut care = Vec::new();
    let mut tips = Vec::new();
    if let Some(f) = cx.parse::<CareFile>(pack, "care.toml") {
        let file = "care.toml";
        for r in f.care {
            let Some(id) = cx.id::<CareId>(file, &r.id) else {
                continue;
            };
            if !cx.unique(file, "care option", &mut index.care, id, &r.id, care.len()) {
                continue;
            }
            let contraindications = cx.findings(file, &r.id, &r.contraindications);
            let provenance = cx.provenance(file, &r.id, &r.references, &r.reviewed);
            care.push(CareOption {
                id,
                kind: r.kind,
                contraindications,
                provenance,
                message_id: kebab("care", id.as_str()),
            });
        }
        for r in f.tip {
            let Some(id) = cx.id::<TipId>(file, &r.id) else {
                continue;
            };
            if !cx.unique(file, "tip", &mut index.tips, id, &r.id, tips.len()) {
                continue;
            }
            let provenance = cx.provenance(file, &r.id, &r.references, &r.reviewed);
            tips.push(Tip {
                id,
                provenance,
                message_id: kebab("tip", id.as_str()),
            });
        }
    }

    let mut facts = Vec::new();
    if let Some(f) = cx.parse::<FactsFile>(pack, "facts.toml") {
        let file = "facts.toml";
        for r in f.fact {
            let Some(id) = cx.id::<FactId>(file, &r.id) else {
                continue;
            };
            if !cx.unique(file, "fact", &mut index.facts, id, &r.id, facts.len()) {
                continue;
            }
            for name in r.values.keys().filter(|k| k.parse::<FactId>().is_err()) {
                cx.invalid(
                    file,
                    &r.id,
                    "values",
                    format!("{name:?} is not a valid variable name"),
                );
            }
            let provenance = cx.provenance(file, &r.id, &r.references, &r.reviewed);
            facts.push(Fact {
                id,
                values: r.values.into_iter().collect(),
                provenance,
                message_id: kebab("fact", id.as_str()),
            });
        }
    }

    let mut conditions = Vec::new();
    if let Some(f) = cx.parse::<ConditionsFile>(pack, "conditions.toml") {
        let file = "conditions.toml";
        for r in f.condition {
            let Some(id) = cx.id::<ConditionId>(file, &r.id) else {
                continue;
            };
            if !cx.unique(
                file,
                "condition",
                &mut index.conditions,
                id,
                &r.id,
                conditions.len(),
            ) {
                continue;
            }
            cx.codes(file, &r.id, &r.icd10, &r.snomed);
            let requires_any = cx.findings(file, &r.id, &r.requires_any);
            let weighted =
                |cx: &mut Ctx,
                 field: &'static str,
                 map: &std::collections::BTreeMap<String, u8>| {
                    let mut v = Vec::with_capacity(map.len());
                    for (k, &w) in map {
                        match k.parse::<Finding>() {
                            Ok(f) => v.push((f, w)),
                            Err(_) => cx.dangling(file, &r.id, "finding", k),
                        }
                        if !(1..=5).contains(&w) {
                            cx.invalid(
                                file,
                                &r.id,
                                field,
                                format!("weight of {k} is {w}, outside 1..=5"),
                            );
                        }
                    }
                    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
                    v
                };
            let supporting = weighted(&mut cx, "supporting", &r.supporting);
            let against = weighted(&mut cx, "against", &r.against);
            if supporting.is_empty() {
                cx.invalid(
                    file,
                    &r.id,
                    "supporting",
                    "at least one supporting finding is required",
                );
            }
            let mut ex_pos = Vec::new();
            let mut exercise_ids = Vec::new();
            for e in &r.exercises {
                match e
                    .parse::<ExerciseId>()
                    .ok()
                    .and_then(|x| index.exercises.get(&x).map(|&i| (x, i)))
                {
                    Some((x, i)) => {
                        exercise_ids.push(x);
                        ex_pos.push(i);
                    }
                    None => cx.dangling(file, &r.id, "exercise", e),
                }
            }
            if r.exercises.len() < 2 {
                cx.invalid(
                    file,
                    &r.id,
                    "exercises",
                    "each condition links at least two exercises",
                );
            }
            let mut care_pos = Vec::new();
            let mut care_ids = Vec::new();
            for c in &r.care {
                match c
                    .parse::<CareId>()
                    .ok()
                    .and_then(|x| index.care.get(&x).map(|&i| (x, i)))
                {
                    Some((x, i)) => {
                        care_ids.push(x);
                        care_pos.push(i);
                    }
                    None => cx.dangling(file, &r.id, "care option", c),
                }
            }
            let mut fact_ids = Vec::new();
            for x in &r.facts {
                match x
                    .parse::<FactId>()
                    .ok()
                    .filter(|x| index.facts.contains_key(x))
                {
                    Some(x) => fact_ids.push(x),
                    None => cx.dangling(file, &r.id, "fact", x),
                }
            }
            let provenance = cx.provenance(file, &r.id, &r.references, &r.reviewed);
            index.condition_exercises.push(ex_pos);
            index.condition_care.push(care_pos);
            conditions.push(Condition {
                id,
                icd10: r.icd10,
                snomed: r.snomed,
                region: r.region,
                requires_any,
                supporting,
                against,
                min_score: r.min_score,
                exercises: exercise_ids,
                care: care_ids,
                facts: fact_ids,
                provenance,
                message_id: kebab("condition", id.as_str()),
            });
        }
    }

    for r in &references {
        if !cx.cited.contains(&r.id) {
            cx.problems.push(ContentProblem::UncitedReference {
                id: r.id.to_string(),
            });
        }
    }

    // Translations: every message the items need, in every locale, with the same variables.
    if check_translations {
        let required = required_messages(
            &red_flags,
            &rules,
            &conditions,
            &exercises,
            &care,
            &tips,
            &facts,
        );
        check_locales(pack.locale_check(), &required, &mut cx.problems);
    }

    if !cx.problems.is_empty() {
        return Err(ContentError {
            problems: cx.problems,
        });
    }
    Ok(Catalog {
        references,
        findings,
        red_flags,
        rules,
        conditions,
        exercises,
        care,
        tips,
        facts,
        index,
    })
}

fn required_messages(
    red_flags: &[RedFlag],
    rules: &[Rule],
    conditions: &[Condition],
    exercises: &[Exercise],
    care: &[CareOption],
    tips: &[Tip],
    facts: &[Fact],
) -> Vec<(String, Option<&'static str>)> {
    let mut req: Vec<(String, Option<&'static str>)> = Vec::new();
    for f in Finding::ALL {
        req.push((f.message_id().to_owned(), None));
        if f.source() == FindingSource::Direct {
            req.push((f.message_id().to_owned(), Some("question")));
        }
    }
    for r in red_flags {
        for a in [None, Some("summary"), Some("action")] {
            req.push((r.message_id.clone(), a));
        }
    }
    req.extend(rules.iter().map(|r| (r.message_id.clone(), None)));
    for c in conditions {
        for a in [None, Some("summary"), Some("course"), Some("first-line")] {
            req.push((c.message_id.clone(), a));
        }
    }
    for e in exercises {
        for a in [None, Some("summary"), Some("caution")] {
            req.push((e.message_id.clone(), a));
        }
        for s in crate::model::exercise::STEP_ATTRIBUTES
            .iter()
            .take(usize::from(e.steps))
        {
            req.push((e.message_id.clone(), Some(*s)));
        }
    }
    for t in Target::ALL {
        req.push((t.message_id().to_owned(), None));
    }
    for c in care {
        for a in [None, Some("summary"), Some("detail")] {
            req.push((c.message_id.clone(), a));
        }
    }
    for k in [
        CareKind::SelfCare,
        CareKind::Lifestyle,
        CareKind::Professional,
    ] {
        req.push((k.message_id().to_owned(), None));
    }
    for t in tips {
        req.push((t.message_id.clone(), None));
        req.push((t.message_id.clone(), Some("detail")));
    }
    req.extend(facts.iter().map(|f| (f.message_id.clone(), None)));
    req.extend(
        crate::l10n::report::UI_MESSAGES
            .iter()
            .map(|m| ((*m).to_owned(), None)),
    );
    req.extend(crate::triage::interview::ui_messages().map(|m| (m, None)));
    req
}
