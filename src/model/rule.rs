//! Rules: combinations of findings that set a disposition, withhold advice or add cautions.

use crate::Disposition;
use crate::model::set::{Bits, SmallList, WORDS};
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

/// Every rule's test, compiled into one table: each rule's `all` findings, and its first group
/// when at least one of it is enough (an `any`), as dense masks over the words of the
/// vocabulary's bit set, in rule order. The triage walks it without touching the rules
/// themselves, so its cost stays linear and cache-friendly however many rules a pack has. Other
/// groups and scores are rare and kept as lists, tested only for the rules that have them.
#[derive(Debug, Clone, Default)]
pub(crate) struct RuleTable {
    pub rules: Vec<Compiled>,
    /// The findings of every `all` and group, back to back: one entry per word of the
    /// vocabulary's bit set that the list touches.
    masks: Vec<Mask>,
    /// Finding positions of every score, back to back.
    positions: Vec<u16>,
    /// The weight of each score position.
    weights: Vec<u16>,
    /// Groups: (start, end) in `masks`, and the minimum.
    groups: Vec<(u32, u32, u32)>,
    /// Words per rule in each dense mask: the words the vocabulary uses, rounded up to 1, 2, 4
    /// or 8.
    stride: usize,
    /// One row per rule, `3 * stride` words: its `all` findings, its `any` findings (zero words
    /// for a rule without), and every finding it mentions.
    rows: Vec<u64>,
}

/// What one pass over the rule table finds for a triage.
#[derive(Debug)]
pub(crate) struct RulePass<const W: usize = WORDS> {
    /// The rules that fired, in rule order.
    pub fired: SmallList<32>,
    /// The highest level the fired rules set.
    pub level: Disposition,
    /// Every finding the fired escalating rules mention.
    pub mentioned_fired: Bits<W>,
    /// Every finding mentioned by escalating rules that did not fire but still could, by the
    /// level they would set ([`Disposition::index`]).
    pub mentioned_at: [Bits<W>; 4],
    /// The floor a pending red-flag rule sets, by its level: see a clinician while one of its
    /// screen questions that holds the floor is not asked; one level below the rule's own when
    /// the person's "I don't know"s are all that keep it from firing.
    pub floor_at: [Disposition; 4],
    /// Rules that did not fire, still could, and would withhold advice.
    pub withholding: SmallList<8>,
}

impl<const W: usize> Default for RulePass<W> {
    fn default() -> Self {
        RulePass {
            fired: SmallList::default(),
            level: Disposition::SelfCare,
            mentioned_fired: Bits::EMPTY,
            mentioned_at: [Bits::EMPTY; 4],
            floor_at: [Disposition::SelfCare; 4],
            withholding: SmallList::default(),
        }
    }
}

fn masks_in(masks: &[Mask], (a, b): (u32, u32)) -> &[Mask] {
    masks.get(a as usize..b as usize).unwrap_or_default()
}

/// The first `N` words of a set.
fn head<const N: usize, const W: usize>(b: &Bits<W>) -> [u64; N] {
    let mut r = [0; N];
    for (d, s) in r.iter_mut().zip(b.words()) {
        *d = *s;
    }
    r
}

fn or_into<const N: usize>(d: &mut [u64; N], s: &[u64; N]) {
    for (a, b) in d.iter_mut().zip(s) {
        *a |= b;
    }
}

fn meets<const N: usize>(a: &[u64; N], b: &[u64; N]) -> bool {
    a.iter().zip(b).any(|(x, y)| x & y != 0)
}

/// Some findings of one word of a [`Bits`].
#[derive(Debug, Clone, Copy, Default)]
struct Mask {
    word: u32,
    bits: u64,
}

/// One rule's test: ranges into the [`RuleTable`].
#[derive(Debug, Clone, Copy, Default)]
#[allow(clippy::struct_excessive_bools)] // independent flags read on the triage's hot loop
pub(crate) struct Compiled {
    /// Range in `masks`.
    all: (u32, u32),
    /// Range in `groups`: every group, then (once the table is finished) the groups other than
    /// the `any`.
    groups: (u32, u32),
    /// Range in `positions` and `weights`.
    score: (u32, u32),
    at_least: u32,
    /// Whether the first group is the rule's `any`, in the dense table.
    any: bool,
    /// Whether the rule has groups beyond its `any`, or a score.
    rest: bool,
    /// The disposition it sets, if it escalates.
    pub level: Option<crate::Disposition>,
    pub red_flag: bool,
    pub withholds: bool,
}

impl RuleTable {
    fn masks(&self, range: (u32, u32)) -> &[Mask] {
        masks_in(&self.masks, range)
    }

    /// For every rule in order: its compiled form, whether its test holds on `a`, and whether
    /// it holds on `b`.
    pub(crate) fn tests<'t>(
        &'t self,
        a: &'t Bits,
        b: &'t Bits,
    ) -> impl Iterator<Item = (&'t Compiled, bool, bool)> + 't {
        let stride = self.stride.max(1);
        self.rules
            .iter()
            .zip(self.rows.chunks_exact(3 * stride))
            .map(move |(c, row)| {
                let (all, any) = row.split_at_checked(stride).unwrap_or_default();
                let (mut on_a, mut on_b) = (true, true);
                for ((m, wa), wb) in all.iter().zip(a.words()).zip(b.words()) {
                    on_a &= wa & m == *m;
                    on_b &= wb & m == *m;
                }
                if c.any {
                    let (mut hit_a, mut hit_b) = (false, false);
                    for ((m, wa), wb) in any.iter().take(stride).zip(a.words()).zip(b.words()) {
                        hit_a |= wa & m != 0;
                        hit_b |= wb & m != 0;
                    }
                    on_a &= hit_a;
                    on_b &= hit_b;
                }
                if c.rest && (on_a || on_b) {
                    (on_a, on_b) = self.test_rest(c, a, b, on_a, on_b);
                }
                (c, on_a, on_b)
            })
    }

    /// One pass over the table for a triage: every rule tested on the present findings
    /// (`yes`) and on those that could still turn out present (`possible`). `open_dont_know`
    /// and `open_screen` are the unknown findings answered "I don't know" and the unknown
    /// red-flag screen findings. `out` starts as [`RulePass::default`]; it is filled in place,
    /// not returned, so that a triage does not copy it.
    pub(crate) fn pass<const W: usize>(
        &self,
        yes: &Bits<W>,
        possible: &Bits<W>,
        open_dont_know: &Bits<W>,
        open_screen: &Bits<W>,
        out: &mut RulePass<W>,
    ) {
        let sets = [yes, possible, open_dont_know, open_screen];
        match self.stride {
            0 | 1 => self.pass_n::<1, W>(sets, out),
            2 => self.pass_n::<2, W>(sets, out),
            3 | 4 => self.pass_n::<4, W>(sets, out),
            _ => self.pass_n::<8, W>(sets, out),
        }
    }

    /// [`RuleTable::pass`] with rows of `N` words per mask, the vocabulary's words known at
    /// compile time so that each rule's test is a few straight-line word operations.
    fn pass_n<const N: usize, const W: usize>(
        &self,
        [yes, possible, dont_know, screen]: [&Bits<W>; 4],
        out: &mut RulePass<W>,
    ) {
        let (y, p) = (head::<N, W>(yes), head::<N, W>(possible));
        let (dk, sc) = (head::<N, W>(dont_know), head::<N, W>(screen));
        // Either set: a rule whose dense test fails on it fails on both (the tests are
        // monotone), and most rules of a triage do (a finding they need is answered no), so
        // they cost this one test.
        let mut either = y;
        or_into(&mut either, &p);
        // What the person said yes or "I don't know" to: a pending red flag that would fire on
        // it has only those "I don't know"s in its way.
        let yes_or_dont_know = yes.union(dont_know);
        let mut fired_m = [0u64; N];
        let mut at = [[0u64; N]; 4];
        for (k, (c, row)) in self
            .rules
            .iter()
            .zip(self.rows.chunks_exact(3 * N))
            .enumerate()
        {
            let Some((all, row)) = row.split_first_chunk::<N>() else {
                continue;
            };
            let Some((any, row)) = row.split_first_chunk::<N>() else {
                continue;
            };
            let Some((mentions, _)) = row.split_first_chunk::<N>() else {
                continue;
            };
            if !all.iter().zip(&either).all(|(m, w)| w & m == *m) || (c.any && !meets(any, &either))
            {
                continue;
            }
            let (mut on_y, mut on_p) = (true, true);
            for ((m, a), b) in all.iter().zip(&y).zip(&p) {
                on_y &= a & m == *m;
                on_p &= b & m == *m;
            }
            if c.any {
                on_y &= meets(any, &y);
                on_p &= meets(any, &p);
            }
            if c.rest && (on_y || on_p) {
                (on_y, on_p) = self.test_rest(c, yes, possible, on_y, on_p);
            }
            if on_y {
                out.fired.push(k);
                if let Some(d) = c.level {
                    out.level = out.level.max(d);
                    or_into(&mut fired_m, mentions);
                }
            } else if on_p {
                if let Some(level) = c.level {
                    let i = level.index();
                    if let Some(m) = at.get_mut(i) {
                        or_into(m, mentions);
                    }
                    if c.red_flag {
                        let mut f = Disposition::SelfCare;
                        // One level below the rule when "I don't know" is all that keeps it
                        // from firing: a "yes" in their place fires it, so saying yes never
                        // lowers the outcome. (When another question is still to ask, the
                        // screen floor below holds instead.)
                        if meets(mentions, &dk) && self.holds(k, &yes_or_dont_know) {
                            f = level.one_below();
                        }
                        if meets(mentions, &sc) {
                            f = f.max(Disposition::SeeClinician);
                        }
                        if let Some(x) = out.floor_at.get_mut(i) {
                            *x = (*x).max(f);
                        }
                    }
                }
                if c.withholds {
                    out.withholding.push(k);
                }
            }
        }
        out.mentioned_fired = Bits::from_words(&fired_m);
        for (d, s) in out.mentioned_at.iter_mut().zip(&at) {
            *d = Bits::from_words(s);
        }
    }

    /// Whether the test of rule `index` holds on `present` (false for an index past the
    /// table).
    pub(crate) fn holds<const W: usize>(&self, index: usize, present: &Bits<W>) -> bool {
        let stride = self.stride.max(1);
        let start = index.saturating_mul(3 * stride);
        let (Some(c), Some(row)) = (
            self.rules.get(index),
            self.rows.get(start..start.saturating_add(3 * stride)),
        ) else {
            return false;
        };
        let (all, any) = row.split_at_checked(stride).unwrap_or_default();
        let mut on = all.iter().zip(present.words()).all(|(m, w)| w & m == *m)
            && all.iter().skip(present.words().len()).all(|m| *m == 0);
        if c.any {
            on &= any
                .iter()
                .take(stride)
                .zip(present.words())
                .any(|(m, w)| w & m != 0);
        }
        if c.rest && on {
            on = self.test_rest(c, present, present, on, on).0;
        }
        on
    }

    /// The groups past the `any` and the score of rule `c`.
    #[inline(never)]
    fn test_rest<const W: usize>(
        &self,
        c: &Compiled,
        a: &Bits<W>,
        b: &Bits<W>,
        mut on_a: bool,
        mut on_b: bool,
    ) -> (bool, bool) {
        let groups = self
            .groups
            .get(c.groups.0 as usize..c.groups.1 as usize)
            .unwrap_or_default();
        for &(start, end, min) in groups {
            let (mut n_a, mut n_b) = (0u32, 0u32);
            for m in self.masks((start, end)) {
                let w = m.word as usize;
                n_a += (a.word(w) & m.bits).count_ones();
                n_b += (b.word(w) & m.bits).count_ones();
            }
            on_a &= n_a >= min;
            on_b &= n_b >= min;
        }
        if c.at_least > 0 {
            let (start, end) = c.score;
            let weights = self
                .weights
                .get(start as usize..end as usize)
                .unwrap_or_default();
            let positions = self
                .positions
                .get(start as usize..end as usize)
                .unwrap_or_default();
            let (mut sum_a, mut sum_b) = (0u32, 0u32);
            for (&p, &w) in positions.iter().zip(weights) {
                sum_a += u32::from(w) * u32::from(a.contains_u16(p));
                sum_b += u32::from(w) * u32::from(b.contains_u16(p));
            }
            on_a &= sum_a >= c.at_least;
            on_b &= sum_b >= c.at_least;
        }
        (on_a, on_b)
    }

    /// Adds a list of findings to `masks`; returns its range.
    fn push_masks(&mut self, items: &[usize]) -> (u32, u32) {
        let start = u32::try_from(self.masks.len()).unwrap_or(u32::MAX);
        let mut set = <Bits>::EMPTY;
        for &p in items {
            set.insert(p);
        }
        for (w, &bits) in set.words().iter().enumerate() {
            if bits != 0 {
                self.masks.push(Mask {
                    word: u32::try_from(w).unwrap_or(u32::MAX),
                    bits,
                });
            }
        }
        (start, u32::try_from(self.masks.len()).unwrap_or(u32::MAX))
    }

    /// Adds a rule's test; returns its compiled form. [`RuleTable::finish`] makes the table
    /// usable once every rule is in.
    pub(crate) fn push(
        &mut self,
        all: &[usize],
        groups: &[(Vec<usize>, usize)],
        score: &[(usize, u32)],
        at_least: u32,
    ) -> Compiled {
        let all = self.push_masks(all);
        let g0 = u32::try_from(self.groups.len()).unwrap_or(u32::MAX);
        for (g, min) in groups {
            let (a, b) = self.push_masks(g);
            self.groups
                .push((a, b, u32::try_from(*min).unwrap_or(u32::MAX)));
        }
        let g1 = u32::try_from(self.groups.len()).unwrap_or(u32::MAX);
        let start = u32::try_from(self.positions.len()).unwrap_or(u32::MAX);
        for &(p, w) in score {
            self.positions.push(u16::try_from(p).unwrap_or(u16::MAX));
            self.weights.push(u16::try_from(w).unwrap_or(u16::MAX));
        }
        let score = (
            start,
            u32::try_from(self.positions.len()).unwrap_or(u32::MAX),
        );
        Compiled {
            all,
            groups: (g0, g1),
            score,
            at_least,
            ..Compiled::default()
        }
    }

    /// Lays out the dense masks of every rule for a vocabulary of `findings` findings, with
    /// the findings each rule mentions (in rule order).
    pub(crate) fn finish<'a>(&mut self, findings: usize, mentions: impl Iterator<Item = &'a Bits>) {
        let stride = match findings.div_ceil(64) {
            0 | 1 => 1,
            2 => 2,
            3 | 4 => 4,
            _ => 8,
        };
        self.stride = stride;
        self.rows = vec![0; self.rules.len() * 3 * stride];
        let mut rules = std::mem::take(&mut self.rules);
        for ((c, row), mentioned) in rules
            .iter_mut()
            .zip(self.rows.chunks_exact_mut(3 * stride))
            .zip(mentions)
        {
            let mut all = <Bits>::EMPTY;
            let mut any = <Bits>::EMPTY;
            for m in masks_in(&self.masks, c.all) {
                all.or_word(m.word as usize, m.bits);
            }
            let first = self.groups.get(c.groups.0 as usize).copied();
            if let (true, Some((start, end, 1))) = (c.groups.0 < c.groups.1, first) {
                for m in masks_in(&self.masks, (start, end)) {
                    any.or_word(m.word as usize, m.bits);
                }
                c.any = true;
                c.groups.0 += 1;
            }
            c.rest = c.groups.0 < c.groups.1 || c.at_least > 0;
            let words = all
                .words()
                .iter()
                .take(stride)
                .chain(any.words().iter().take(stride))
                .chain(mentioned.words().iter().take(stride));
            for (d, s) in row.iter_mut().zip(words) {
                *d = *s;
            }
        }
        self.rules = rules;
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
    /// Advice tags this (advice) rule's cautions are about: when the other rules that fire
    /// withhold every one of them, the rule is set aside (not listed as fired, its cautions not
    /// shown), since what it qualifies is not offered. "Ask a pharmacist before taking an
    /// anti-inflammatory" has no place beside "anti-inflammatories are left out".
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub unless_withheld: Vec<TagId>,
    /// References and governance.
    pub provenance: Provenance,
    /// Every finding the rule mentions (its triggers are those present).
    #[serde(skip)]
    pub(crate) mentions: Bits,
    /// The items of advice it withholds, by position in the catalog's one space of advice
    /// positions (exercises, then care options, then tips).
    #[serde(skip)]
    pub(crate) withhold_advice: Bits,
    pub(crate) message_id: crate::model::id::MessageId,
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
