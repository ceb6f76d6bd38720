//! [`FindingSet`]: the finding lists of a [`Triage`](crate::Triage).

use crate::model::FindingId;
use crate::model::id_list::id_list_traits;
use crate::model::list::List;
use crate::model::table::Table;

/// How many findings of the vocabulary a set can pick by position: sets over a larger
/// vocabulary that name a finding past it hold their own list instead.
const PICK_WORDS: usize = 4;

/// Some findings of a [`Triage`](crate::Triage), each once, in the catalog's vocabulary order:
/// the triggers of a fired rule, the findings for and against a likely condition, the open
/// questions. Read it with `iter`, `len`, `is_empty`, `contains`, `first`, `get` or `to_vec`.
///
/// A triage makes many of these. Each one names its findings by their positions in the
/// catalog's vocabulary, shared with the catalog, so making one copies no id and allocates
/// nothing. It compares, hashes, prints and serializes (as a JSON array) like the list of ids it
/// holds, and converts from and into a `Vec`.
///
/// ```
/// use lowback::{FindingId, FindingSet};
/// let a = lowback::Assessment::from_json(r#"{"pain_locations": ["lower_back"],
///     "findings": {"saddle_numbness": "yes"}}"#)?;
/// let t = lowback::Catalog::builtin().triage(&a)?;
/// let triggers: &FindingSet = &t.fired[0].triggers;
/// assert!(triggers.contains(&FindingId::SADDLE_NUMBNESS));
/// assert_eq!(triggers.first(), Some(&FindingId::SADDLE_NUMBNESS));
/// let copy: Vec<FindingId> = triggers.to_vec();
/// assert_eq!(*triggers, copy);
/// assert_eq!(FindingSet::from(copy), *triggers);
/// assert!(serde_json::to_string(triggers)?.starts_with("[\""));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone)]
pub struct FindingSet(Repr);

#[derive(Clone)]
enum Repr {
    /// Listed ids (read from JSON, made by an app, or past the positions a set can pick).
    Listed(Vec<FindingId>),
    /// The findings of the vocabulary `of` at the positions set in `bits`.
    Picked {
        of: Table<FindingId>,
        bits: [u64; PICK_WORDS],
    },
}

impl FindingSet {
    /// An empty set (no allocation).
    #[must_use]
    pub const fn new() -> Self {
        FindingSet(Repr::Listed(Vec::new()))
    }

    /// The findings of `vocabulary` at the positions set in `words`, in vocabulary order.
    #[inline]
    pub(crate) fn pick(vocabulary: &Table<FindingId>, words: &[u64]) -> Self {
        let (head, tail) = words.split_at(words.len().min(PICK_WORDS));
        if tail.iter().all(|&w| w == 0) {
            if head.iter().all(|&w| w == 0) {
                return FindingSet::new();
            }
            // Only positions of the vocabulary: the set's length is then its count of bits.
            let mut bits = [0u64; PICK_WORDS];
            let mut left = vocabulary.len();
            for (d, s) in bits.iter_mut().zip(head) {
                let valid = if left >= 64 {
                    u64::MAX
                } else {
                    (1u64 << left) - 1
                };
                *d = *s & valid;
                left = left.saturating_sub(64);
            }
            return FindingSet(Repr::Picked {
                of: vocabulary.clone(),
                bits,
            });
        }
        // Past the positions a set picks: the ids themselves.
        let mut ids = Vec::new();
        for (w, &word) in words.iter().enumerate() {
            let mut bits = word;
            while bits != 0 {
                let p = w * 64 + bits.trailing_zeros() as usize;
                bits &= bits - 1;
                if let Some(id) = vocabulary.get(p) {
                    ids.push(*id);
                }
            }
        }
        FindingSet(Repr::Listed(ids))
    }

    /// The findings, in order.
    #[must_use]
    pub fn iter(&self) -> FindingSetIter<'_> {
        FindingSetIter(match &self.0 {
            Repr::Listed(list) => IterRepr::Listed(list.iter()),
            Repr::Picked { of, bits } => IterRepr::Picked {
                of,
                bits: *bits,
                front: 0,
                back: PICK_WORDS,
            },
        })
    }

    /// How many findings it holds.
    #[must_use]
    pub fn len(&self) -> usize {
        match &self.0 {
            Repr::Listed(list) => list.len(),
            Repr::Picked { bits, .. } => bits.iter().map(|w| w.count_ones() as usize).sum(),
        }
    }

    /// Whether it holds no finding.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        match &self.0 {
            Repr::Listed(list) => list.is_empty(),
            Repr::Picked { bits, .. } => bits.iter().all(|&w| w == 0),
        }
    }

    /// Whether it holds this finding.
    #[must_use]
    pub fn contains(&self, finding: &FindingId) -> bool {
        self.iter().any(|f| f == finding)
    }

    /// The first finding, if any.
    #[must_use]
    pub fn first(&self) -> Option<&FindingId> {
        self.iter().next()
    }

    /// The finding at `index` in order, if there is one.
    #[must_use]
    pub fn get(&self, index: usize) -> Option<&FindingId> {
        self.iter().nth(index)
    }

    fn from_vec(ids: Vec<FindingId>) -> Self {
        FindingSet(Repr::Listed(ids))
    }

    /// The findings as a `Vec`.
    #[must_use]
    pub fn to_vec(&self) -> Vec<FindingId> {
        self.iter().copied().collect()
    }
}

/// The findings of a [`FindingSet`], in order (from [`FindingSet::iter`]).
#[derive(Debug, Clone)]
pub struct FindingSetIter<'a>(IterRepr<'a>);

#[derive(Debug, Clone)]
enum IterRepr<'a> {
    Listed(std::slice::Iter<'a, FindingId>),
    Picked {
        of: &'a [FindingId],
        bits: [u64; PICK_WORDS],
        /// The words not yet exhausted: `front..back`.
        front: usize,
        back: usize,
    },
}

impl<'a> Iterator for FindingSetIter<'a> {
    type Item = &'a FindingId;

    fn next(&mut self) -> Option<&'a FindingId> {
        match &mut self.0 {
            IterRepr::Listed(it) => it.next(),
            IterRepr::Picked {
                of,
                bits,
                front,
                back,
            } => {
                while *front < *back {
                    let w = *front;
                    if let Some(word) = bits.get_mut(w) {
                        if *word != 0 {
                            let p = w * 64 + word.trailing_zeros() as usize;
                            *word &= *word - 1;
                            return of.get(p);
                        }
                    }
                    *front += 1;
                }
                None
            }
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = match &self.0 {
            IterRepr::Listed(it) => it.len(),
            IterRepr::Picked {
                bits, front, back, ..
            } => bits
                .get(*front..*back)
                .unwrap_or_default()
                .iter()
                .map(|w| w.count_ones() as usize)
                .sum(),
        };
        (n, Some(n))
    }
}

impl<'a> DoubleEndedIterator for FindingSetIter<'a> {
    fn next_back(&mut self) -> Option<&'a FindingId> {
        match &mut self.0 {
            IterRepr::Listed(it) => it.next_back(),
            IterRepr::Picked {
                of,
                bits,
                front,
                back,
            } => {
                while *back > *front {
                    let w = *back - 1;
                    if let Some(word) = bits.get_mut(w) {
                        if *word != 0 {
                            let top = 63 - word.leading_zeros() as usize;
                            *word &= !(1u64 << top);
                            return of.get(w * 64 + top);
                        }
                    }
                    *back -= 1;
                }
                None
            }
        }
    }
}

impl ExactSizeIterator for FindingSetIter<'_> {}

impl std::iter::FusedIterator for FindingSetIter<'_> {}

impl PartialEq<List<FindingId>> for FindingSet {
    fn eq(&self, other: &List<FindingId>) -> bool {
        *self == *other.as_slice()
    }
}

id_list_traits!(FindingSet, FindingId, FindingSetIter);

#[cfg(test)]
mod tests {
    use super::*;

    fn vocabulary(n: usize) -> Table<FindingId> {
        (0..n)
            .map(|i| format!("f{i}").parse().unwrap())
            .collect::<Vec<FindingId>>()
            .into()
    }

    #[test]
    fn picked_sets_read_like_their_lists() {
        let v = vocabulary(300);
        let id = |i: usize| v[i];
        // Positions 1, 64 and 255: within the words a set picks.
        let words = [0b10, 1, 0, 1 << 63];
        let s = FindingSet::pick(&v, &words);
        assert!(matches!(s.0, Repr::Picked { .. }));
        let listed = vec![id(1), id(64), id(255)];
        assert_eq!(s, listed);
        assert_eq!(s.len(), 3);
        assert_eq!(s.iter().len(), 3);
        assert_eq!(s.first(), Some(&id(1)));
        assert_eq!(s.get(2), Some(&id(255)));
        assert_eq!(s.get(3), None);
        assert!(s.contains(&id(64)) && !s.contains(&id(2)));
        assert_eq!(
            s.iter().rev().copied().collect::<Vec<_>>(),
            [id(255), id(64), id(1)]
        );
        let mut it = s.iter();
        assert_eq!((it.next(), it.next_back()), (Some(&id(1)), Some(&id(255))));
        assert_eq!(
            (it.next(), it.next_back(), it.next()),
            (Some(&id(64)), None, None)
        );
        // Equal, with equal hashes, to the same ids listed.
        let other = FindingSet::from(listed.clone());
        assert_eq!(s, other);
        let hash = |x: &FindingSet| {
            use std::hash::{BuildHasher, BuildHasherDefault};
            BuildHasherDefault::<std::collections::hash_map::DefaultHasher>::default().hash_one(x)
        };
        assert_eq!(hash(&s), hash(&other));
        assert_eq!(format!("{s:?}"), format!("{listed:?}"));
        let json = serde_json::to_string(&s).unwrap();
        assert_eq!(json, r#"["f1","f64","f255"]"#);
        let back: FindingSet = serde_json::from_str(&json).unwrap();
        assert_eq!(back, s);
        assert_eq!(Vec::from(s.clone()), listed);
        assert_eq!(s.into_iter().count(), 3);
    }

    #[test]
    fn sets_past_the_picked_words_list_their_ids() {
        let v = vocabulary(300);
        let words = [1, 0, 0, 0, 0b100];
        let s = FindingSet::pick(&v, &words);
        assert!(matches!(s.0, Repr::Listed(_)));
        assert_eq!(s, [v[0], v[258]]);
        // Nothing picked, or a position past the vocabulary: empty, never a panic.
        assert!(FindingSet::pick(&v, &[0; 8]).is_empty());
        assert!(
            FindingSet::pick(&vocabulary(3), &[1 << 40])
                .get(0)
                .is_none()
        );
        assert!(FindingSet::new().first().is_none());
    }
}
