//! The conditions' scores, compiled into an index from each finding to the conditions it
//! weighs on: the triage scores every condition by walking the present findings once, instead
//! of looking up each weighted finding of each condition.
//!
//! A condition's score is the sum of the weights of its present supporting findings minus the
//! sum of the weights of its present findings against it.

use crate::model::condition::Condition;
use crate::model::set::Bits;

/// How many conditions are scored in a stack array; a catalog with more scores in a vector.
const STACK_CONDITIONS: usize = 64;

/// One condition's test past its score.
#[derive(Debug, Clone, Copy, Default)]
struct Row {
    /// Whether it requires one of some findings (then in [`ScoreTable::requires`]).
    requires: bool,
    min_score: i32,
}

/// Every condition's scoring, in catalog order.
#[derive(Debug, Clone, Default)]
pub(crate) struct ScoreTable {
    rows: Vec<Row>,
    /// For finding `p`, `links[starts[p]..starts[p + 1]]` are the conditions it weighs on.
    starts: Vec<u32>,
    /// (condition position, signed weight: positive supporting, negative against).
    links: Vec<(u32, i32)>,
    /// The findings each condition requires one of (empty when none), in catalog order.
    requires: Vec<Bits>,
    /// The findings that weigh on some condition: the only present findings the scores read.
    weighted: Bits,
}

/// A condition's weights, signed: positive supporting, negative against.
fn signed(c: &Condition) -> impl Iterator<Item = (usize, i32)> + '_ {
    c.supporting_ix
        .iter()
        .map(|&(f, w)| (f, i32::from(w)))
        .chain(c.against_ix.iter().map(|&(f, w)| (f, -i32::from(w))))
}

impl ScoreTable {
    /// Compiles the conditions' weights for a vocabulary of `findings` findings.
    pub(crate) fn new(findings: usize, conditions: &[Condition]) -> ScoreTable {
        // A counting sort by finding, conditions in catalog order within each: first how many
        // links each finding has, then each link at its place (no list per finding).
        let mut starts = vec![0u32; findings + 1];
        for (f, _) in conditions.iter().flat_map(signed) {
            if let Some(n) = starts.get_mut(f + 1) {
                *n += 1;
            }
        }
        for i in 1..starts.len() {
            let before = starts.get(i - 1).copied().unwrap_or(0);
            if let Some(n) = starts.get_mut(i) {
                *n += before;
            }
        }
        let mut links = vec![(0u32, 0i32); starts.last().map_or(0, |&n| n as usize)];
        let mut next: Vec<u32> = starts.clone();
        for (i, c) in conditions.iter().enumerate() {
            let i = u32::try_from(i).unwrap_or(u32::MAX);
            for (f, w) in signed(c) {
                if let Some(at) = next.get_mut(f) {
                    if let Some(slot) = links.get_mut(*at as usize) {
                        *slot = (i, w);
                    }
                    *at += 1;
                }
            }
        }
        ScoreTable {
            rows: conditions
                .iter()
                .map(|c| Row {
                    requires: !c.requires.is_empty(),
                    min_score: c.min_score,
                })
                .collect(),
            starts,
            links,
            requires: conditions.iter().map(|c| c.requires).collect(),
            weighted: {
                let mut w = <Bits>::EMPTY;
                for (f, _) in conditions.iter().flat_map(signed) {
                    w.insert(f);
                }
                w
            },
        }
    }

    /// Calls `f(position, score)` for every condition whose required findings are met and whose
    /// score on the present findings `yes` reaches its minimum, in catalog order.
    pub(crate) fn each_match<const W: usize>(&self, yes: &Bits<W>, f: impl FnMut(usize, i32)) {
        if self.rows.len() <= STACK_CONDITIONS {
            let mut scores = [0i32; STACK_CONDITIONS];
            self.each_match_in(yes, &mut scores, f);
        } else {
            let mut scores = vec![0i32; self.rows.len()];
            self.each_match_in(yes, &mut scores, f);
        }
    }

    /// Every condition's score on the present findings `yes`, in catalog order, those below
    /// their minimum or missing a required finding included (the interview ranks them all).
    pub(crate) fn scores(&self, yes: &Bits) -> Vec<i32> {
        let mut scores = vec![0i32; self.rows.len()];
        self.add_weights(yes, &mut scores);
        scores
    }

    /// Adds the weight of every present finding to the conditions it weighs on.
    fn add_weights<const W: usize>(&self, yes: &Bits<W>, scores: &mut [i32]) {
        let weighted = self.weighted.head::<W>();
        for (w, (&word, &weighs)) in yes.words().iter().zip(weighted.words()).enumerate() {
            let mut bits = word & weighs;
            while bits != 0 {
                let p = w * 64 + bits.trailing_zeros() as usize;
                bits &= bits - 1;
                let (Some(&a), Some(&b)) = (self.starts.get(p), self.starts.get(p + 1)) else {
                    continue;
                };
                for &(c, weight) in self.links.get(a as usize..b as usize).unwrap_or_default() {
                    if let Some(s) = scores.get_mut(c as usize) {
                        *s += weight;
                    }
                }
            }
        }
    }

    fn each_match_in<const W: usize>(
        &self,
        yes: &Bits<W>,
        scores: &mut [i32],
        mut f: impl FnMut(usize, i32),
    ) {
        self.add_weights(yes, scores);
        for (i, ((row, req), &score)) in self
            .rows
            .iter()
            .zip(&self.requires)
            .zip(scores.iter())
            .enumerate()
        {
            if score >= row.min_score && (!row.requires || req.head().intersects(yes)) {
                f(i, score);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::ScoreTable;
    use crate::catalog::Catalog;
    use crate::model::condition::Condition;
    use crate::model::set::Bits;

    /// A condition's score summed one weighted finding at a time: the definition the compiled
    /// table must match.
    fn summed(c: &Condition, yes: &Bits) -> i32 {
        let sum = |v: &[(usize, u8)]| -> i32 {
            v.iter()
                .filter(|(f, _)| yes.contains(*f))
                .map(|(_, w)| i32::from(*w))
                .sum()
        };
        sum(&c.supporting_ix) - sum(&c.against_ix)
    }

    /// The compiled scores equal the weights summed one finding at a time, for every condition
    /// of the builtin catalog, on sets of present findings built from a fixed pseudo-random
    /// sequence.
    #[test]
    fn compiled_scores_equal_the_weights_summed() {
        let catalog = Catalog::builtin();
        let table = ScoreTable::new(catalog.findings.len(), &catalog.conditions);
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..2_000 {
            let mut yes = <Bits>::EMPTY;
            for p in 0..catalog.findings.len() {
                seed = seed
                    .wrapping_mul(6_364_136_223_846_793_005)
                    .wrapping_add(1_442_695_040_888_963_407);
                if seed >> 61 == 0 {
                    yes.insert(p);
                }
            }
            let mut got = Vec::new();
            table.each_match(&yes, |i, s| got.push((i, s)));
            let all: Vec<i32> = catalog.conditions.iter().map(|c| summed(c, &yes)).collect();
            assert_eq!(table.scores(&yes), all);
            let mut want = Vec::new();
            for (i, c) in catalog.conditions.iter().enumerate() {
                if !c.requires.is_empty() && !c.requires.intersects(&yes) {
                    continue;
                }
                let s = summed(c, &yes);
                if s >= c.min_score {
                    want.push((i, s));
                }
            }
            assert_eq!(got, want);
        }
    }
}
