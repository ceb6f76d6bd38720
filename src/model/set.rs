//! A fixed-size bit set of positions in a catalog's vocabulary: `Copy`, no allocation.

/// The most findings (and the most exercises or care options) a catalog may hold.
pub const MAX_FINDINGS: usize = 512;

/// The words of a set that can hold every position below [`MAX_FINDINGS`].
pub(crate) const WORDS: usize = MAX_FINDINGS / 64;

/// A set of positions `0..64 * W` (findings, exercises or care options of one catalog); by
/// default `W` covers [`MAX_FINDINGS`].
///
/// Positions only mean something for the catalog that made them; the public API speaks in ids.
/// The triage works on sets of only as many words as its catalog's vocabulary needs (`W` of 2,
/// 4 or 8: see [`words_for`]), made from the catalog's full sets with [`Bits::head`], so that
/// each set operation of its hot path touches those words alone.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct Bits<const W: usize = WORDS>([u64; W]);

/// The words of the sets a triage uses for a vocabulary of `n` positions: 2, 4 or 8.
pub(crate) const fn words_for(n: usize) -> usize {
    if n <= 128 {
        2
    } else if n <= 256 {
        4
    } else {
        WORDS
    }
}

impl<const W: usize> Default for Bits<W> {
    fn default() -> Self {
        Bits([0; W])
    }
}

impl<const W: usize> Bits<W> {
    pub(crate) const EMPTY: Self = Bits([0; W]);

    /// The set `0..n` (every position of a vocabulary of `n` items).
    pub(crate) fn first(n: usize) -> Self {
        let mut b = Self::EMPTY;
        for i in 0..n.min(64 * W) {
            b.insert(i);
        }
        b
    }

    /// The first `V` words of this set (the positions below `64 * V`), zero-padded when
    /// `V > W`.
    #[inline]
    #[must_use]
    pub(crate) fn head<const V: usize>(&self) -> Bits<V> {
        let mut r = [0; V];
        for (d, s) in r.iter_mut().zip(&self.0) {
            *d = *s;
        }
        Bits(r)
    }

    pub(crate) fn contains(&self, i: usize) -> bool {
        self.0
            .get(i / 64)
            .is_some_and(|w| w & (1u64 << (i % 64)) != 0)
    }

    /// [`Bits::contains`] for a position of the rule table.
    #[inline]
    pub(crate) fn contains_u16(&self, p: u16) -> bool {
        self.0
            .get(usize::from(p >> 6))
            .is_some_and(|w| (w >> (p & 63)) & 1 != 0)
    }

    pub(crate) fn insert(&mut self, i: usize) {
        if let Some(w) = self.0.get_mut(i / 64) {
            *w |= 1u64 << (i % 64);
        }
    }

    #[cfg(test)]
    pub(crate) fn remove(&mut self, i: usize) {
        if let Some(w) = self.0.get_mut(i / 64) {
            *w &= !(1u64 << (i % 64));
        }
    }

    #[must_use]
    pub(crate) fn union(&self, o: &Self) -> Self {
        let mut r = *self;
        for (a, b) in r.0.iter_mut().zip(o.0) {
            *a |= b;
        }
        r
    }

    #[must_use]
    pub(crate) fn intersection(&self, o: &Self) -> Self {
        let mut r = *self;
        for (a, b) in r.0.iter_mut().zip(o.0) {
            *a &= b;
        }
        r
    }

    #[must_use]
    pub(crate) fn difference(&self, o: &Self) -> Self {
        let mut r = *self;
        for (a, b) in r.0.iter_mut().zip(o.0) {
            *a &= !b;
        }
        r
    }

    #[cfg(test)]
    pub(crate) fn is_subset(&self, o: &Self) -> bool {
        self.0.iter().zip(o.0).all(|(a, b)| a & !b == 0)
    }

    pub(crate) fn intersects(&self, o: &Self) -> bool {
        self.0.iter().zip(o.0).any(|(a, b)| a & b != 0)
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.0.iter().all(|w| *w == 0)
    }

    pub(crate) fn len(&self) -> usize {
        self.0.iter().map(|w| w.count_ones() as usize).sum()
    }

    /// How many positions of `self` are also in `o`.
    #[cfg(test)]
    pub(crate) fn count_in(&self, o: &Self) -> usize {
        self.0
            .iter()
            .zip(o.0)
            .map(|(a, b)| (a & b).count_ones() as usize)
            .sum()
    }

    /// The positions, in increasing order.
    pub(crate) fn iter(self) -> BitsIter<W> {
        BitsIter {
            words: self.0,
            at: 0,
            word: 0,
        }
    }

    /// The words of the set, lowest positions first.
    #[inline]
    pub(crate) fn words(&self) -> &[u64] {
        &self.0
    }

    /// The set whose first words are these.
    pub(crate) fn from_words(words: &[u64]) -> Self {
        let mut b = Self::EMPTY;
        for (d, s) in b.0.iter_mut().zip(words) {
            *d = *s;
        }
        b
    }

    /// Adds the positions of `bits` to word `w`.
    pub(crate) fn or_word(&mut self, w: usize, bits: u64) {
        if let Some(d) = self.0.get_mut(w) {
            *d |= bits;
        }
    }

    /// Word `w` of the set (0 past the end).
    #[inline]
    pub(crate) fn word(&self, w: usize) -> u64 {
        self.0.get(w).copied().unwrap_or(0)
    }
}

/// The positions of a [`Bits`], in increasing order.
#[derive(Debug, Clone)]
pub(crate) struct BitsIter<const W: usize = WORDS> {
    words: [u64; W],
    /// The next word to load.
    at: usize,
    /// What is left of the current word.
    word: u64,
}

impl<const W: usize> Iterator for BitsIter<W> {
    type Item = usize;

    #[inline]
    fn next(&mut self) -> Option<usize> {
        while self.word == 0 {
            self.word = *self.words.get(self.at)?;
            self.at += 1;
        }
        let i = self.word.trailing_zeros() as usize;
        self.word &= self.word - 1;
        Some((self.at - 1) * 64 + i)
    }
}

impl<const W: usize> std::fmt::Debug for Bits<W> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

impl<const W: usize> FromIterator<usize> for Bits<W> {
    fn from_iter<I: IntoIterator<Item = usize>>(iter: I) -> Self {
        let mut b = Self::EMPTY;
        for i in iter {
            b.insert(i);
        }
        b
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn set_operations() {
        let a: Bits = [1, 64, 511].into_iter().collect();
        let b: Bits = [64, 300].into_iter().collect();
        assert!(a.contains(511) && !a.contains(512));
        assert_eq!(a.union(&b).len(), 4);
        assert_eq!(a.intersection(&b).iter().collect::<Vec<_>>(), vec![64]);
        assert_eq!(a.difference(&b).iter().collect::<Vec<_>>(), vec![1, 511]);
        assert_eq!(a.count_in(&b), 1);
        assert!(a.intersects(&b));
        assert!(<Bits>::first(3).is_subset(&<Bits>::first(4)));
        let mut c = a;
        c.insert(9999); // out of range: ignored, never a panic
        c.remove(1);
        assert_eq!(c.len(), 2);
    }

    #[test]
    fn head_keeps_the_low_words() {
        let a: Bits = [1, 64, 127, 128, 511].into_iter().collect();
        let two: Bits<2> = a.head();
        assert_eq!(two.iter().collect::<Vec<_>>(), vec![1, 64, 127]);
        // Widening pads with zero words; a narrow set ignores positions past its words.
        let wide: Bits = two.head();
        assert_eq!(wide.iter().collect::<Vec<_>>(), vec![1, 64, 127]);
        let mut small = Bits::<2>::EMPTY;
        small.insert(128);
        assert!(small.is_empty());
        assert_eq!(Bits::<2>::first(500).len(), 128);
        assert_eq!(super::words_for(118), 2);
        assert_eq!(super::words_for(129), 4);
        assert_eq!(super::words_for(257), WORDS);
    }
}

/// A short list of positions on the stack, spilling to the heap only past `N` entries: the
/// triage's scratch lists (fired rules, citations, advice items) allocate nothing in the usual
/// case.
#[derive(Debug, Clone)]
pub(crate) struct SmallList<const N: usize> {
    buf: [u32; N],
    len: usize,
    spill: Vec<u32>,
}

impl<const N: usize> Default for SmallList<N> {
    fn default() -> Self {
        SmallList {
            buf: [0; N],
            len: 0,
            spill: Vec::new(),
        }
    }
}

impl<const N: usize> SmallList<N> {
    pub(crate) fn push(&mut self, x: usize) {
        let x = u32::try_from(x).unwrap_or(u32::MAX);
        if let Some(slot) = self.buf.get_mut(self.len) {
            *slot = x;
            self.len += 1;
        } else {
            self.spill.push(x);
        }
    }

    pub(crate) fn len(&self) -> usize {
        self.len + self.spill.len()
    }

    pub(crate) fn iter(&self) -> impl Iterator<Item = usize> + Clone + '_ {
        self.buf
            .get(..self.len)
            .unwrap_or_default()
            .iter()
            .chain(&self.spill)
            .map(|&x| x as usize)
    }
}
