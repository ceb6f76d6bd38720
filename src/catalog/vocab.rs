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

/// The derived findings of one field: their positions, and each one's test.
#[derive(Debug, Clone)]
pub(crate) struct FieldTests {
    pub field: Field,
    /// The positions of the field's derived findings.
    pub mask: Bits,
    /// (position, test), in the order of [`Vocab::derived`].
    pub tests: Vec<(usize, ValueTest)>,
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
    /// Implications (child, parents), children before parents.
    pub implies: Vec<(usize, Bits)>,
    /// Red-flag screen findings.
    pub screen: Bits,
    /// Safety-net findings.
    pub safety_net: Bits,
    /// Safety-net findings that alone make an emergency (a rule fires on them alone): the
    /// report tells people to call the emergency number for these, and a clinician the same
    /// day for the others.
    pub safety_net_emergency: Bits,
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
                self.by_field.push(FieldTests {
                    field,
                    mask: Bits::EMPTY,
                    tests: Vec::new(),
                });
                self.by_field.len() - 1
            };
            if let Some(g) = self.by_field.get_mut(at) {
                g.mask.insert(pos);
                g.tests.push((pos, test));
            }
        }
    }
}
