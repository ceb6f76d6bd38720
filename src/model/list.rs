//! [`List`]: the immutable lists of a [`Triage`](crate::Triage).

use std::fmt;
use std::ops::Deref;
use std::sync::Arc;

/// An immutable list of a [`Triage`](crate::Triage) or of the catalog (tips, the safety net, a
/// condition's codes, an item's references): read it as a slice (`iter`, `len`, `contains`,
/// indexing, `&list[..]`, `to_vec`).
///
/// A triage shares the lists that are the same every time (the safety net, the tips, a
/// condition's codes) with the catalog that made it, so copying one into a triage allocates
/// nothing; those of the builtin catalog live as long as the process, so copying one does not
/// even count a reference. (The finding lists a triage makes itself are [`FindingSet`](crate::FindingSet)s.) It
/// compares, hashes, prints and serializes (as a JSON array) like the slice it holds, and
/// converts from and into a `Vec`.
///
/// ```
/// use lowback::{FindingId, List};
/// let a = lowback::Assessment::from_json(r#"{"age": 30, "pain_locations": ["lower_back"]}"#)?;
/// let t = lowback::Catalog::builtin().triage(&a)?;
/// let signs: &List<FindingId> = &t.safety_net;
/// assert!(signs.contains(&FindingId::SADDLE_NUMBNESS));
/// let copy: Vec<FindingId> = signs.to_vec();
/// assert_eq!(*signs, copy);
/// assert_eq!(List::from(copy), *signs);
/// assert!(serde_json::to_string(signs)?.starts_with("[\""));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub struct List<T: 'static>(Repr<T>);

enum Repr<T: 'static> {
    Owned(Vec<T>),
    /// A list of the builtin catalog, kept for the rest of the process: copying one counts no
    /// references.
    Static(&'static [T]),
    /// Items `start..end` of a slice shared with the catalog (or with other lists).
    Shared {
        all: Arc<[T]>,
        start: usize,
        end: usize,
    },
}

impl<T> List<T> {
    /// An empty list (no allocation).
    #[must_use]
    pub const fn new() -> Self {
        List(Repr::Owned(Vec::new()))
    }

    /// The items, as a slice.
    #[must_use]
    pub fn as_slice(&self) -> &[T] {
        match &self.0 {
            Repr::Owned(v) => v,
            Repr::Static(items) => items,
            Repr::Shared { all, start, end } => all.get(*start..*end).unwrap_or_default(),
        }
    }

    /// The same items, kept for the rest of the process: for the builtin catalog only, which
    /// itself lives as long as the process (one copy, made once).
    pub(crate) fn for_the_process(&self) -> List<T>
    where
        T: Clone,
    {
        match &self.0 {
            Repr::Static(items) => List(Repr::Static(items)),
            _ if self.is_empty() => List::new(),
            _ => List(Repr::Static(Vec::leak(self.as_slice().to_vec()))),
        }
    }

    /// The whole of a shared slice.
    pub(crate) fn shared(all: &Arc<[T]>) -> Self {
        List::part(all, 0, all.len())
    }

    /// Items `start..end` of a shared slice (empty when out of range).
    pub(crate) fn part(all: &Arc<[T]>, start: usize, end: usize) -> Self {
        if start >= end || end > all.len() {
            return List::new();
        }
        List(Repr::Shared {
            all: Arc::clone(all),
            start,
            end,
        })
    }
}

impl<T> Default for List<T> {
    fn default() -> Self {
        List::new()
    }
}

impl<T> Deref for List<T> {
    type Target = [T];
    fn deref(&self) -> &[T] {
        self.as_slice()
    }
}

impl<T> AsRef<[T]> for List<T> {
    fn as_ref(&self) -> &[T] {
        self.as_slice()
    }
}

impl<T> std::borrow::Borrow<[T]> for List<T> {
    fn borrow(&self) -> &[T] {
        self.as_slice()
    }
}

impl<T: Clone> Clone for List<T> {
    fn clone(&self) -> Self {
        match &self.0 {
            Repr::Owned(v) => List(Repr::Owned(v.clone())),
            Repr::Static(items) => List(Repr::Static(items)),
            Repr::Shared { all, start, end } => List(Repr::Shared {
                all: Arc::clone(all),
                start: *start,
                end: *end,
            }),
        }
    }
}

impl<T: fmt::Debug> fmt::Debug for List<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl<T: PartialEq<U>, U> PartialEq<List<U>> for List<T> {
    fn eq(&self, other: &List<U>) -> bool {
        self.as_slice() == other.as_slice()
    }
}

impl<T: Eq> Eq for List<T> {}

impl<T: PartialEq<U>, U> PartialEq<Vec<U>> for List<T> {
    fn eq(&self, other: &Vec<U>) -> bool {
        self.as_slice() == other.as_slice()
    }
}

impl<T: PartialEq<U>, U> PartialEq<List<U>> for Vec<T> {
    fn eq(&self, other: &List<U>) -> bool {
        self.as_slice() == other.as_slice()
    }
}

impl<T: PartialEq<U>, U> PartialEq<[U]> for List<T> {
    fn eq(&self, other: &[U]) -> bool {
        self.as_slice() == other
    }
}

impl<T: PartialEq<U>, U> PartialEq<&[U]> for List<T> {
    fn eq(&self, other: &&[U]) -> bool {
        self.as_slice() == *other
    }
}

impl<T: PartialEq<U>, U, const N: usize> PartialEq<[U; N]> for List<T> {
    fn eq(&self, other: &[U; N]) -> bool {
        self.as_slice() == other.as_slice()
    }
}

impl<T: std::hash::Hash> std::hash::Hash for List<T> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.as_slice().hash(state);
    }
}

impl<T> From<Vec<T>> for List<T> {
    fn from(v: Vec<T>) -> Self {
        List(Repr::Owned(v))
    }
}

impl<T: Clone> From<&[T]> for List<T> {
    fn from(s: &[T]) -> Self {
        List(Repr::Owned(s.to_vec()))
    }
}

impl<T: Clone> From<List<T>> for Vec<T> {
    fn from(l: List<T>) -> Self {
        match l.0 {
            Repr::Owned(v) => v,
            Repr::Static(_) | Repr::Shared { .. } => l.as_slice().to_vec(),
        }
    }
}

impl<T> FromIterator<T> for List<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        List(Repr::Owned(iter.into_iter().collect()))
    }
}

impl<'a, T> IntoIterator for &'a List<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.as_slice().iter()
    }
}

impl<T: Clone> IntoIterator for List<T> {
    type Item = T;
    type IntoIter = std::vec::IntoIter<T>;
    fn into_iter(self) -> Self::IntoIter {
        Vec::from(self).into_iter()
    }
}

impl<T: serde::Serialize> serde::Serialize for List<T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.as_slice().serialize(s)
    }
}

impl<'de, T: serde::Deserialize<'de>> serde::Deserialize<'de> for List<T> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Vec::<T>::deserialize(d).map(List::from)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shared_parts_read_as_slices() {
        let all: Arc<[u32]> = Arc::from(vec![1, 2, 3, 4]);
        let mid = List::part(&all, 1, 3);
        assert_eq!(mid, [2, 3]);
        assert_eq!(mid.len(), 2);
        assert_eq!(List::shared(&all), vec![1, 2, 3, 4]);
        assert!(List::part(&all, 3, 9).is_empty()); // out of range: empty, never a panic
        assert_eq!(Vec::from(mid.clone()), vec![2, 3]);
        assert_eq!(format!("{mid:?}"), "[2, 3]");
        assert_eq!(serde_json::to_string(&mid).unwrap(), "[2,3]");
        let back: List<u32> = serde_json::from_str("[2,3]").unwrap();
        assert_eq!(back, mid);
        assert_eq!(mid.into_iter().sum::<u32>(), 5);
    }

    /// The builtin catalog's shared lists live for the process; a catalog loaded by an app
    /// counts its references; both hold the same items, and a triage copies them as they are.
    #[test]
    fn only_the_builtin_catalog_keeps_its_lists_for_the_process() {
        let builtin = crate::Catalog::builtin();
        let own = crate::Catalog::load_builtin().unwrap();
        assert!(matches!(builtin.index.safety_net.0, Repr::Static(_)));
        assert!(matches!(own.index.safety_net.0, Repr::Shared { .. }));
        assert!(matches!(builtin.index.tip_ids.0, Repr::Static(_)));
        assert!(matches!(own.index.tip_ids.0, Repr::Shared { .. }));
        assert_eq!(builtin.index.safety_net, own.index.safety_net);
        assert_eq!(builtin.index.tip_ids, own.index.tip_ids);
        let mut coded = 0;
        for (b, o) in builtin.conditions.iter().zip(&own.conditions) {
            assert_eq!((&b.icd10, &b.snomed), (&o.icd10, &o.snomed));
            for list in [&b.icd10, &b.snomed] {
                assert!(list.is_empty() || matches!(list.0, Repr::Static(_)));
                coded += usize::from(!list.is_empty());
            }
        }
        assert!(coded > 20, "{coded} lists of codes");
        let a = crate::Assessment::from_json(r#"{"age": 30, "pain_locations": ["lower_back"]}"#)
            .unwrap();
        let t = builtin.triage(&a).unwrap();
        assert!(matches!(t.safety_net.0, Repr::Static(_)));
        assert!(matches!(t.tips.0, Repr::Static(_)));
        let again = builtin.index.safety_net.for_the_process();
        assert!(
            matches!((&again.0, &builtin.index.safety_net.0), (Repr::Static(x), Repr::Static(y)) if x.as_ptr() == y.as_ptr())
        );
    }
}
