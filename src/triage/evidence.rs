//! Evidence: every finding of the vocabulary as present, absent or unknown, computed from an
//! assessment (answers, derived thresholds, ordinal levels and implications).

use crate::catalog::Catalog;
use crate::catalog::vocab::ValueTest;
use crate::error::{InputError, InputProblem, shown};
use crate::model::finding::FindingSource;
use crate::model::set::{Bits, WORDS};
use crate::triage::assessment::{Given, Slot};
use crate::{Answer, Assessment, FindingId};

/// Present and absent findings (positions in the catalog's vocabulary); the rest are unknown.
/// Sets of `W` words: the triage uses as many as its vocabulary needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Evidence<const W: usize = WORDS> {
    pub yes: Bits<W>,
    pub no: Bits<W>,
    /// Findings the person was asked and answered "I don't know" (directly, or through a
    /// field answered "unknown").
    pub dont_know: Bits<W>,
    /// Findings of fields that do not apply to this person (set by the triage).
    pub moot: Bits<W>,
}

impl<const W: usize> Evidence<W> {
    /// Findings that are, or could still turn out, present.
    pub(crate) fn possible(&self, all: &Bits<W>) -> Bits<W> {
        all.difference(&self.no)
    }
    /// Findings neither present nor absent.
    pub(crate) fn unknown(&self, all: &Bits<W>) -> Bits<W> {
        all.difference(&self.yes.union(&self.no))
    }
}

impl Catalog {
    /// Every finding of the vocabulary as yes / no / unknown for this assessment.
    ///
    /// ```
    /// use lowback::{Answer, Assessment, Catalog};
    /// let catalog = Catalog::builtin();
    /// let a = Assessment::from_json(r#"{"age": 72, "findings": {"symptoms_both_legs": "new"}}"#)?;
    /// let ev = catalog.evidence(&a)?;
    /// assert_eq!(ev.get("age_70_or_over".parse()?), Answer::Yes);
    /// assert_eq!(ev.get("age_under_16".parse()?), Answer::No);
    /// assert_eq!(ev.get("symptoms_both_legs".parse()?), Answer::Yes); // implied by "new"
    /// assert_eq!(ev.get("past_cancer".parse()?), Answer::Unknown);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`InputError`] listing every finding the vocabulary does not have, every derived
    /// finding answered directly, every level an ordinal finding does not have, and every
    /// finding answered no that another answer implies.
    pub fn evidence(&self, assessment: &Assessment) -> Result<Findings<'_>, InputError> {
        let ev = self.compute_evidence(assessment)?;
        Ok(Findings { catalog: self, ev })
    }

    /// Findings of fields that do not apply to this person and were not answered: never
    /// sought, never waited for.
    pub(crate) fn moot<const W: usize>(&self, a: &Assessment) -> Bits<W> {
        let mut moot = Bits::<W>::EMPTY;
        for g in &self.vocab.by_field {
            if !a.has_field(g.field) && !a.field_applies(g.field) {
                moot = moot.union(&g.mask.head());
            }
        }
        moot
    }

    /// Records yes / no / "I don't know" to the finding at `pos`. "Yes" to an ordinal finding
    /// without its level leaves the level unknown, so each level finding is "I don't know" (the
    /// cautious reading: "new" stays possible and holds the outcome's floor).
    fn answered<const W: usize>(&self, ev: &mut Evidence<W>, pos: usize, ans: Answer) {
        match ans {
            Answer::Yes => {
                ev.yes.insert(pos);
                if let Some(o) = self.vocab.ordinals.iter().find(|o| o.pos == pos) {
                    for &(child, _) in &o.children {
                        ev.dont_know.insert(child);
                    }
                }
            }
            Answer::No => ev.no.insert(pos),
            Answer::Unknown => ev.dont_know.insert(pos),
        }
    }

    pub(crate) fn all_findings(&self) -> Bits {
        self.vocab.all
    }

    pub(crate) fn compute_evidence(&self, a: &Assessment) -> Result<Evidence, InputError> {
        self.compute_evidence_in(a)
    }

    /// [`Catalog::compute_evidence`] in sets of `W` words, enough for every finding.
    pub(crate) fn compute_evidence_in<const W: usize>(
        &self,
        a: &Assessment,
    ) -> Result<Evidence<W>, InputError> {
        let mut ev = Evidence::<W>::default();
        let mut problems = Vec::new();
        for (id, given) in a.findings.iter() {
            let Some(pos) = self.finding_position(*id) else {
                problems.push(InputProblem::UnknownFinding {
                    finding: shown(id.as_str()),
                    suggestion: self.closest_finding(id.as_str(), problems.len()),
                });
                continue;
            };
            // Yes / no / unknown to a finding a person answers: the common case, decided from
            // the vocabulary's set without reading the finding.
            if let (true, Given::Answer(ans)) = (self.vocab.asked.contains(pos), given) {
                self.answered(&mut ev, pos, *ans);
                continue;
            }
            let Some(f) = self.finding_at(pos) else {
                continue;
            };
            match (&f.source, given) {
                (FindingSource::Direct | FindingSource::Ordinal { .. }, Given::Answer(ans)) => {
                    self.answered(&mut ev, pos, *ans);
                }
                (FindingSource::Ordinal { levels }, Given::Level(l)) => {
                    match levels.iter().position(|x| x == l) {
                        Some(k) => {
                            ev.yes.insert(pos);
                            if let Some(o) = self.vocab.ordinals.iter().find(|o| o.pos == pos) {
                                for &(child, from) in &o.children {
                                    if k >= from {
                                        ev.yes.insert(child);
                                    } else {
                                        ev.no.insert(child);
                                    }
                                }
                            }
                        }
                        None => problems.push(InputProblem::InvalidValue {
                            field: format!("findings.{id}"),
                            value: shown(l.as_str()),
                            expected: format!(
                                "no, {}, yes or unknown",
                                levels
                                    .iter()
                                    .map(crate::model::LevelId::as_str)
                                    .collect::<Vec<_>>()
                                    .join(", ")
                            ),
                        }),
                    }
                }
                (FindingSource::Direct, Given::Level(l)) => {
                    problems.push(InputProblem::InvalidValue {
                        field: format!("findings.{id}"),
                        value: shown(l.as_str()),
                        expected: "yes, no or unknown".to_owned(),
                    });
                }
                (FindingSource::Derived { field, .. }, _) => {
                    problems.push(InputProblem::DerivedFinding {
                        finding: *id,
                        from: field.as_str().to_owned(),
                    });
                }
                (FindingSource::Level { of, .. }, _) => {
                    problems.push(InputProblem::DerivedFinding {
                        finding: *id,
                        from: format!("findings.{of}"),
                    });
                }
            }
        }
        // Derived findings, a field at a time: a field not asked costs one look.
        for g in &self.vocab.by_field {
            let slot = a.slot(g.field);
            let (yes, no) = match slot {
                Slot::NotAsked => continue,
                Slot::Unknown => {
                    // "I don't know": unknown, but for the findings whose cautious reading is
                    // present.
                    let present = g.unknown_yes.head();
                    ev.dont_know = ev.dont_know.union(&g.mask.head().difference(&present));
                    ev.yes = ev.yes.union(&present);
                    continue;
                }
                Slot::Choice(i) => g.choice(i),
                Slot::Multi(m) => g.multi(m),
                Slot::Number(_) => (Bits::EMPTY, Bits::EMPTY),
            };
            ev.yes = ev.yes.union(&yes);
            ev.no = ev.no.union(&no);
            let Slot::Number(_) = slot else {
                continue;
            };
            for &(pos, test) in &g.tests {
                let present = match (slot, test) {
                    (Slot::Number(n), ValueTest::Range(lo, hi)) => Some((lo..=hi).contains(&n)),
                    (Slot::Choice(i), ValueTest::Is(mask)) => Some(mask & (1u32 << i) != 0),
                    (Slot::Multi(m), ValueTest::Has(mask)) => Some(m & mask != 0),
                    _ => None,
                };
                match present {
                    Some(true) => ev.yes.insert(pos),
                    Some(false) => ev.no.insert(pos),
                    None => {}
                }
            }
        }
        // A present child makes its parents present (children come first) …
        for (child, parents) in &self.vocab.implies {
            if ev.yes.contains(*child) {
                ev.yes = ev.yes.union(&parents.head());
            }
        }
        // … and an absent parent makes its children absent (parents first).
        for (child, parents) in self.vocab.implies.iter().rev() {
            if parents.head().intersects(&ev.no) {
                ev.no.insert(*child);
            }
        }
        // A child of a finding the person does not know about is not known either.
        for (child, parents) in &self.vocab.implies {
            if parents.head().intersects(&ev.dont_know)
                && !ev.yes.contains(*child)
                && !ev.no.contains(*child)
            {
                ev.dont_know.insert(*child);
            }
        }
        // A finding both present and absent: an answer "no" that another answer implies. It is
        // reported once, at the finding answered no, with the present finding that implies it
        // (every such conflict has one: only direct and ordinal findings can be implied, and
        // they are absent only when answered no or implied absent by one answered no).
        let both = ev.yes.intersection(&ev.no);
        let before = problems.len();
        for pos in both.iter() {
            let Some(f) = self.finding_at(pos) else {
                continue;
            };
            if a.finding(f.id) != Some(Answer::No) {
                continue;
            }
            let by = self
                .vocab
                .implies
                .iter()
                .find(|(c, ps)| ps.contains(pos) && ev.yes.contains(*c))
                .and_then(|(c, _)| self.finding_at(*c));
            if let Some(by) = by {
                problems.push(InputProblem::Implied {
                    finding: f.id,
                    by: by.id,
                });
            }
        }
        // Never a contradiction left unsaid: name the first one as it stands.
        if problems.len() == before {
            if let Some(f) = both.iter().next().and_then(|pos| self.finding_at(pos)) {
                problems.push(InputProblem::Implied {
                    finding: f.id,
                    by: f.id,
                });
            }
        }
        if problems.is_empty() {
            Ok(ev)
        } else {
            // At most MAX_PROBLEMS listed, as every input error does.
            if problems.len() > crate::error::MAX_PROBLEMS {
                let omitted = problems.len() - crate::error::MAX_PROBLEMS;
                problems.truncate(crate::error::MAX_PROBLEMS);
                problems.push(InputProblem::TooManyProblems { omitted });
            }
            Err(InputError { problems })
        }
    }
}

/// The findings of one assessment, as a catalog reads them.
///
/// ```
/// let a = lowback::Assessment::from_json(r#"{"pain_locations": ["hip"]}"#)?;
/// let ev = lowback::Catalog::builtin().evidence(&a)?;
/// assert!(ev.present().any(|f| f.as_str() == "pain_hip"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Findings<'c> {
    catalog: &'c Catalog,
    ev: Evidence,
}

impl Findings<'_> {
    /// The answer for one finding (unknown for an id the vocabulary does not have).
    #[must_use]
    pub fn get(&self, id: FindingId) -> Answer {
        match self.catalog.finding_position(id) {
            Some(p) if self.ev.yes.contains(p) => Answer::Yes,
            Some(p) if self.ev.no.contains(p) => Answer::No,
            _ => Answer::Unknown,
        }
    }

    /// The present findings, in vocabulary order.
    pub fn present(&self) -> impl Iterator<Item = FindingId> + '_ {
        self.ev
            .yes
            .iter()
            .filter_map(|i| self.catalog.finding_at(i).map(|f| f.id))
    }

    /// The absent findings, in vocabulary order.
    pub fn absent(&self) -> impl Iterator<Item = FindingId> + '_ {
        self.ev
            .no
            .iter()
            .filter_map(|i| self.catalog.finding_at(i).map(|f| f.id))
    }
}
