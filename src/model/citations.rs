//! [`Citations`]: the references of a [`Triage`](crate::Triage).

use crate::model::ReferenceId;
use crate::model::id_list::id_list_traits;
use crate::model::table::Table;

/// How many citations a triage keeps by position; more are listed by id.
const INLINE: usize = 32;

/// The references behind a [`Triage`](crate::Triage) (its rules, conditions and advice), each
/// once, in the order they are first cited: what a report numbers `[1]`, `[2]` and so on. Read it
/// with `iter` (which yields `&ReferenceId`, as a slice does), `len`, `is_empty`, `contains`,
/// `get`, `position` or `to_vec`.
///
/// A triage names its references by their positions in the catalog's bibliography, shared with
/// the catalog, so making the list copies no id and allocates nothing. It compares, hashes,
/// prints and serializes (as a JSON array) like the list of ids it holds, and converts from and
/// into a `Vec`.
///
/// ```
/// use lowback::{Citations, ReferenceId};
/// let a = lowback::Assessment::from_json(r#"{"pain_locations": ["lower_back"],
///     "findings": {"saddle_numbness": "yes"}}"#)?;
/// let t = lowback::Catalog::builtin().triage(&a)?;
/// let refs: &Citations = &t.references;
/// let first: ReferenceId = *refs.get(0).expect("an emergency rule cites its source");
/// assert_eq!(refs.position(&first), Some(0)); // the report's [1]
/// assert!(refs.contains(&first));
/// let copy: Vec<ReferenceId> = refs.to_vec();
/// assert_eq!(*refs, copy);
/// assert_eq!(Citations::from(copy), *refs);
/// assert!(serde_json::to_string(refs)?.starts_with("[\""));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone)]
pub struct Citations(Repr);

#[derive(Clone)]
enum Repr {
    /// Listed ids (read from JSON, made by an app, or more than a triage keeps by position).
    Listed(Vec<ReferenceId>),
    /// The references of the bibliography `of` at the first `len` positions of `at`.
    Cited {
        of: Table<ReferenceId>,
        at: [u16; INLINE],
        len: u8,
    },
}

impl Citations {
    /// An empty list (no allocation).
    #[must_use]
    pub const fn new() -> Self {
        Citations(Repr::Listed(Vec::new()))
    }

    /// The references of `bibliography` at `positions`, in that order (each position once, as
    /// the triage gives them).
    pub(crate) fn cite(
        bibliography: &Table<ReferenceId>,
        positions: impl Iterator<Item = usize> + Clone,
    ) -> Self {
        let mut at = [0u16; INLINE];
        let mut len = 0u8;
        let mut fits = true;
        for p in positions.clone() {
            match (at.get_mut(usize::from(len)), u16::try_from(p)) {
                (Some(slot), Ok(q)) if p < bibliography.len() => {
                    *slot = q;
                    len += 1;
                }
                _ => {
                    fits = false;
                    break;
                }
            }
        }
        if fits {
            return Citations(Repr::Cited {
                of: bibliography.clone(),
                at,
                len,
            });
        }
        Citations::from_vec(
            positions
                .filter_map(|p| bibliography.get(p).copied())
                .collect(),
        )
    }

    fn from_vec(ids: Vec<ReferenceId>) -> Self {
        Citations(Repr::Listed(ids))
    }

    /// The references, in first-cited order.
    #[must_use]
    pub fn iter(&self) -> CitationsIter<'_> {
        CitationsIter(match &self.0 {
            Repr::Listed(ids) => IterRepr::Listed(ids.iter()),
            Repr::Cited { of, at, len } => IterRepr::Cited {
                of,
                at: at.get(..usize::from(*len)).unwrap_or_default().iter(),
            },
        })
    }

    /// How many references it holds.
    #[must_use]
    pub fn len(&self) -> usize {
        match &self.0 {
            Repr::Listed(ids) => ids.len(),
            Repr::Cited { len, .. } => usize::from(*len),
        }
    }

    /// Whether it holds no reference.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Whether it holds this reference.
    #[must_use]
    pub fn contains(&self, reference: &ReferenceId) -> bool {
        self.iter().any(|r| r == reference)
    }

    /// The reference at `index` in first-cited order, if there is one.
    #[must_use]
    pub fn get(&self, index: usize) -> Option<&ReferenceId> {
        match &self.0 {
            Repr::Listed(ids) => ids.get(index),
            Repr::Cited { of, at, len } => at
                .get(..usize::from(*len))
                .and_then(|at| at.get(index))
                .and_then(|&p| of.get(usize::from(p))),
        }
    }

    /// Where this reference comes in first-cited order (a report numbers it one more).
    #[must_use]
    pub fn position(&self, reference: &ReferenceId) -> Option<usize> {
        self.iter().position(|r| r == reference)
    }

    /// The references as a `Vec`.
    #[must_use]
    pub fn to_vec(&self) -> Vec<ReferenceId> {
        self.iter().copied().collect()
    }
}

/// The references of a [`Citations`], in first-cited order (from [`Citations::iter`]).
#[derive(Debug, Clone)]
pub struct CitationsIter<'a>(IterRepr<'a>);

#[derive(Debug, Clone)]
enum IterRepr<'a> {
    Listed(std::slice::Iter<'a, ReferenceId>),
    Cited {
        of: &'a [ReferenceId],
        at: std::slice::Iter<'a, u16>,
    },
}

impl<'a> Iterator for CitationsIter<'a> {
    type Item = &'a ReferenceId;

    fn next(&mut self) -> Option<&'a ReferenceId> {
        match &mut self.0 {
            IterRepr::Listed(it) => it.next(),
            // Every position is in the bibliography (checked by `cite`).
            IterRepr::Cited { of, at } => at.next().and_then(|&p| of.get(usize::from(p))),
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = match &self.0 {
            IterRepr::Listed(it) => it.len(),
            IterRepr::Cited { at, .. } => at.len(),
        };
        (n, Some(n))
    }
}

impl<'a> DoubleEndedIterator for CitationsIter<'a> {
    fn next_back(&mut self) -> Option<&'a ReferenceId> {
        match &mut self.0 {
            IterRepr::Listed(it) => it.next_back(),
            IterRepr::Cited { of, at } => at.next_back().and_then(|&p| of.get(usize::from(p))),
        }
    }
}

impl ExactSizeIterator for CitationsIter<'_> {}

impl std::iter::FusedIterator for CitationsIter<'_> {}

id_list_traits!(Citations, ReferenceId, CitationsIter);

#[cfg(test)]
mod tests {
    use super::*;

    fn bibliography(n: usize) -> Table<ReferenceId> {
        (0..n)
            .map(|i| format!("r{i}").parse().unwrap())
            .collect::<Vec<ReferenceId>>()
            .into()
    }

    #[test]
    fn cited_positions_read_like_their_ids() {
        let b = bibliography(100);
        let c = Citations::cite(&b, [7, 2, 99].into_iter());
        assert!(matches!(c.0, Repr::Cited { .. }));
        let listed = vec![b[7], b[2], b[99]];
        assert_eq!(c, listed);
        assert_eq!((c.len(), c.iter().len()), (3, 3));
        assert_eq!(c.get(1), Some(&b[2]));
        assert_eq!(c.get(3), None);
        assert_eq!(c.position(&b[99]), Some(2));
        assert!(c.contains(&b[7]) && !c.contains(&b[8]));
        assert_eq!(
            c.iter().rev().copied().collect::<Vec<_>>(),
            [b[99], b[2], b[7]]
        );
        let other = Citations::from(listed.clone());
        assert_eq!(c, other);
        let hash = |x: &Citations| {
            use std::hash::{BuildHasher, BuildHasherDefault};
            BuildHasherDefault::<std::collections::hash_map::DefaultHasher>::default().hash_one(x)
        };
        assert_eq!(hash(&c), hash(&other));
        assert_eq!(format!("{c:?}"), format!("{listed:?}"));
        let json = serde_json::to_string(&c).unwrap();
        assert_eq!(json, r#"["r7","r2","r99"]"#);
        let back: Citations = serde_json::from_str(&json).unwrap();
        assert_eq!(back, c);
        assert_eq!(Vec::from(c.clone()), listed);
        assert_eq!(c.into_iter().count(), 3);
    }

    #[test]
    fn long_lists_and_large_bibliographies_list_their_ids() {
        let b = bibliography(70_000);
        // More citations than a triage keeps by position.
        let many = Citations::cite(&b, 0..40);
        assert!(matches!(many.0, Repr::Listed(_)));
        assert_eq!(many.len(), 40);
        assert_eq!(many.get(39), Some(&b[39]));
        // A position past what a position holds.
        let far = Citations::cite(&b, [1, 66_000].into_iter());
        assert!(matches!(far.0, Repr::Listed(_)));
        assert_eq!(far, [b[1], b[66_000]]);
        // A position past the bibliography is left out, never a panic.
        let past = Citations::cite(&bibliography(3), [0, 5].into_iter());
        assert_eq!(past.len(), 1);
        assert!(Citations::new().is_empty());
    }
}
