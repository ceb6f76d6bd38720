//! The compiled vocabulary: what the triage needs to turn answers into present and absent
//! findings, without looking anything up by name.

use crate::Field;
use crate::model::set::Bits;
use crate::model::{ChecklistId, LevelId};

/// The values of a field that make a derived finding present.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ValueTest {
    /// A number in this inclusive range.
    Range(i64, i64),
    /// A choice whose option position is in the mask.
    Is(u32),
    /// A multiple choice sharing a position with the mask.
    Has(u32),
}

/// An ordinal finding: its levels and the level findings they make present.
#[derive(Debug, Clone, Default)]
pub(crate) struct Ordinal {
    pub pos: usize,
    pub levels: Vec<LevelId>,
    /// (position of the level finding, index of its lowest level).
    pub children: Vec<(usize, usize)>,
}

/// A safety-net finding that makes an emergency only with other answers
/// ([`Vocab::safety_net_in_context`]).
#[derive(Debug, Clone)]
pub(crate) struct SignInContext {
    /// Its position.
    pub sign: usize,
    /// The findings present whenever it is, itself included.
    pub with_it: Bits,
    /// The emergency rules that mention one of them: (rule index, the rule's `all` findings
    /// not in `with_it`).
    pub rules: Vec<(usize, Bits)>,
}

/// The derived findings of one field: their positions, and each one's test.
#[derive(Debug, Clone)]
pub(crate) struct FieldTests {
    pub field: Field,
    /// The positions of the field's derived findings.
    pub mask: Bits,
    /// Those that count as present when the field is answered "unknown"
    /// ([`Finding::unknown_counts_as_present`](crate::Finding::unknown_counts_as_present)).
    pub unknown_yes: Bits,
    /// (position, test), in the order of [`Vocab::derived`].
    pub tests: Vec<(usize, ValueTest)>,
    /// The positions tested on a choice ([`ValueTest::Is`]) or on a multiple choice
    /// ([`ValueTest::Has`]), and for each option, those the option makes present: a field
    /// answered with a choice then costs two set operations (see [`FieldTests::choice`]).
    pub is_mask: Bits,
    pub is_yes: Vec<Bits>,
    pub has_mask: Bits,
    pub has_yes: Vec<Bits>,
}

impl FieldTests {
    fn new(field: Field) -> FieldTests {
        FieldTests {
            field,
            mask: <Bits>::EMPTY,
            unknown_yes: <Bits>::EMPTY,
            tests: Vec::new(),
            is_mask: <Bits>::EMPTY,
            is_yes: Vec::new(),
            has_mask: <Bits>::EMPTY,
            has_yes: Vec::new(),
        }
    }

    fn add(&mut self, pos: usize, test: ValueTest) {
        self.mask.insert(pos);
        self.tests.push((pos, test));
        let (mask, yes, options) = match test {
            ValueTest::Range(..) => return,
            ValueTest::Is(options) => (&mut self.is_mask, &mut self.is_yes, options),
            ValueTest::Has(options) => (&mut self.has_mask, &mut self.has_yes, options),
        };
        mask.insert(pos);
        for option in 0..32 {
            if options & (1u32 << option) != 0 {
                if yes.len() <= option {
                    yes.resize(option + 1, <Bits>::EMPTY);
                }
                if let Some(b) = yes.get_mut(option) {
                    b.insert(pos);
                }
            }
        }
    }

    /// (present, absent) findings of a choice answered with option `i`: the same as each
    /// [`ValueTest::Is`] test of the field.
    pub(crate) fn choice<const W: usize>(&self, i: u8) -> (Bits<W>, Bits<W>) {
        let yes: Bits<W> = self
            .is_yes
            .get(usize::from(i))
            .map(Bits::head)
            .unwrap_or_default();
        (yes, self.is_mask.head().difference(&yes))
    }

    /// (present, absent) findings of a multiple choice answered with the options of mask `m`:
    /// the same as each [`ValueTest::Has`] test of the field.
    pub(crate) fn multi<const W: usize>(&self, m: u32) -> (Bits<W>, Bits<W>) {
        let mut yes = Bits::<W>::EMPTY;
        for (option, b) in self.has_yes.iter().enumerate() {
            if m & (1u32 << (option % 32)) != 0 {
                yes = yes.union(&b.head());
            }
        }
        (yes, self.has_mask.head().difference(&yes))
    }
}

/// Positions and tests for the whole vocabulary of a catalog.
#[derive(Debug, Clone, Default)]
pub(crate) struct Vocab {
    /// How many findings there are.
    pub len: usize,
    /// Every finding.
    pub all: Bits,
    /// Derived findings: position, field, test.
    pub derived: Vec<(usize, Field, ValueTest)>,
    /// The derived findings of each field, fields in the order of their first derived finding
    /// (from [`Vocab::derived`] by [`Vocab::group_fields`]).
    pub by_field: Vec<FieldTests>,
    /// Ordinal findings.
    pub ordinals: Vec<Ordinal>,
    /// Derived findings that count as present when their field is answered "unknown".
    pub unknown_present: Bits,
    /// Implications (child, parents), children before parents.
    pub implies: Vec<(usize, Bits)>,
    /// Red-flag screen findings.
    pub screen: Bits,
    /// Screen findings that, unasked, always keep the outcome at "see a clinician" or above
    /// ([`ScreenFloor::Always`](crate::ScreenFloor::Always)).
    pub floor_always: Bits,
    /// Screen findings that keep it only while one of their findings is present or possible
    /// ([`ScreenFloor::When`](crate::ScreenFloor::When)): position, those findings.
    pub floor_when: Vec<(usize, Bits)>,
    /// Safety-net findings.
    pub safety_net: Bits,
    /// Safety-net findings that alone make an emergency (a rule fires on them alone): the
    /// report tells people to call the emergency number for these, and a clinician the same
    /// day for the others.
    pub safety_net_emergency: Bits,
    /// The other safety-net findings that can make an emergency with other answers: each with
    /// the findings present whenever it is ([`Vocab::present_with`]) and the emergency rules
    /// that mention one of them, each rule with the `all` findings the sign does not bring. A
    /// triage tests those rules on the present findings plus the sign's, so that a sign is an
    /// emergency for the people whose answers make it one (fever with a child's limp).
    pub safety_net_in_context: Vec<SignInContext>,
    /// Findings a person answers (direct and ordinal).
    pub asked: Bits,
    /// Checklists, in the order of their first finding, with their findings' positions.
    pub checklists: Vec<(ChecklistId, Vec<usize>)>,
    /// Findings asked only for the sake of advice (`asked_when_advice`): while unanswered,
    /// the advice they guard is not offered.
    pub advice_questions: Bits,
}

impl Vocab {
    /// Fills [`Vocab::by_field`] from [`Vocab::derived`].
    pub(crate) fn group_fields(&mut self) {
        self.by_field.clear();
        for &(pos, field, test) in &self.derived {
            let at = if let Some(at) = self.by_field.iter().position(|g| g.field == field) {
                at
            } else {
                self.by_field.push(FieldTests::new(field));
                self.by_field.len() - 1
            };
            if let Some(g) = self.by_field.get_mut(at) {
                g.add(pos, test);
            }
        }
        for g in &mut self.by_field {
            g.unknown_yes = g.mask.intersection(&self.unknown_present);
        }
    }
}

impl Vocab {
    /// Finding `f` and every finding present whenever it is: the findings it implies, its
    /// ordinal and the lower levels of it (a level finding), and the findings of the same field
    /// whose test every value that makes it present passes (a derived finding).
    pub(crate) fn present_with(&self, f: usize) -> Bits {
        let mut present = <Bits>::EMPTY;
        present.insert(f);
        for o in &self.ordinals {
            if let Some(&(_, from)) = o.children.iter().find(|(c, _)| *c == f) {
                present.insert(o.pos);
                for &(c, k) in &o.children {
                    if k <= from {
                        present.insert(c);
                    }
                }
            }
        }
        if let Some(&(_, field, test)) = self.derived.iter().find(|(p, _, _)| *p == f) {
            for &(g, field_g, test_g) in &self.derived {
                if field_g == field && test.always_passes(test_g) {
                    present.insert(g);
                }
            }
        }
        // Children come before their parents: one pass reaches every ancestor.
        for (child, parents) in &self.implies {
            if present.contains(*child) {
                present = present.union(parents);
            }
        }
        present
    }
}

impl ValueTest {
    /// Whether every value that passes this test passes `other` too.
    fn always_passes(self, other: ValueTest) -> bool {
        match (self, other) {
            (ValueTest::Range(lo, hi), ValueTest::Range(lo2, hi2)) => lo2 <= lo && hi <= hi2,
            (ValueTest::Is(m), ValueTest::Is(m2)) | (ValueTest::Has(m), ValueTest::Has(m2)) => {
                m & !m2 == 0
            }
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::ValueTest;
    use crate::catalog::Catalog;
    use crate::model::set::Bits;

    /// A choice or a multiple choice read through the per-option sets gives the findings that
    /// testing each derived finding one by one gives, for every option and pair of options of
    /// every field of the builtin catalog.
    #[test]
    fn option_sets_equal_the_tests_one_by_one() {
        let catalog = Catalog::builtin();
        let mut checked = 0;
        for g in &catalog.vocab.by_field {
            for i in 0..32u8 {
                for j in 0..32u32 {
                    let m = (1u32 << i) | (1u32 << j);
                    let (mut want_choice, mut want_multi) = (
                        (<Bits>::EMPTY, <Bits>::EMPTY),
                        (<Bits>::EMPTY, <Bits>::EMPTY),
                    );
                    for &(pos, test) in &g.tests {
                        match test {
                            ValueTest::Is(mask) if mask & (1u32 << i) != 0 => {
                                want_choice.0.insert(pos);
                            }
                            ValueTest::Is(_) => want_choice.1.insert(pos),
                            ValueTest::Has(mask) if mask & m != 0 => want_multi.0.insert(pos),
                            ValueTest::Has(_) => want_multi.1.insert(pos),
                            ValueTest::Range(..) => {}
                        }
                    }
                    assert_eq!(g.choice(i), want_choice, "{:?} option {i}", g.field);
                    assert_eq!(g.multi(m), want_multi, "{:?} options {m:#x}", g.field);
                    checked += 1;
                }
            }
        }
        assert!(checked > 0);
    }
}
