//! Stable, `Copy` identifiers for content items.
//!
//! Every item of a content pack (condition, red flag, rule, exercise, care option, tip, fact,
//! reference) has a `snake_case` ASCII id of 1 to [`MAX_ID_LEN`] bytes. The id types store it
//! inline, so they are `Copy`, cost no allocation and serialize as plain strings.

use std::fmt;

/// The longest id a content pack may use, in bytes.
pub const MAX_ID_LEN: usize = 40;

/// Why a string is not a valid content id.
///
/// ```
/// use lowback::{ConditionId, IdError};
/// assert_eq!("Sciatica".parse::<ConditionId>(), Err(IdError::InvalidChar { position: 0 }));
/// assert_eq!("".parse::<ConditionId>(), Err(IdError::Empty));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum IdError {
    /// The id is empty.
    ///
    /// ```
    /// assert_eq!("".parse::<lowback::RuleId>(), Err(lowback::IdError::Empty));
    /// ```
    #[error("an id must not be empty")]
    Empty,
    /// The id is longer than [`MAX_ID_LEN`] bytes.
    ///
    /// ```
    /// let long = "a".repeat(41);
    /// assert_eq!(long.parse::<lowback::RuleId>(), Err(lowback::IdError::TooLong { len: 41 }));
    /// ```
    #[error("an id has at most 40 bytes, this one has {len}")]
    TooLong {
        /// The length that was given.
        len: usize,
    },
    /// The id has a character other than `a-z`, `0-9` and `_`, or does not start with a letter.
    ///
    /// ```
    /// assert_eq!("hip-pain".parse::<lowback::RuleId>(), Err(lowback::IdError::InvalidChar { position: 3 }));
    /// ```
    #[error("ids use a-z, 0-9 and _ and start with a letter; byte {position} does not fit")]
    InvalidChar {
        /// The byte offset of the first offending character.
        position: usize,
    },
}

/// The inline storage behind every id type, with a hash of its bytes computed once when the id
/// is made, so that look-ups by id on the triage's hot path hash a single word.
#[derive(Clone, Copy, Eq, PartialOrd, Ord)]
pub(crate) struct RawId {
    len: u8,
    bytes: [u8; MAX_ID_LEN],
    hash: u32,
}

fn word(b: &[u8]) -> u64 {
    u64::from_ne_bytes(b.try_into().unwrap_or([0; 8]))
}

/// Every field equal (as derived), the hash first: ids that differ almost always differ there,
/// and equal ones compare their bytes a word at a time, without a call to `memcmp` (look-ups by
/// id are on the triage's hot path).
impl PartialEq for RawId {
    // Inlined: a call per comparison cost a triage 3 % of its instructions when a change to
    // the catalog's build gave this function more callers (`b8badf1`, 11,274 -> 11,614).
    #[inline]
    fn eq(&self, other: &Self) -> bool {
        // The words' differences or-ed together, without an early exit: a loop of compares
        // would become a `memcmp` call again.
        self.hash == other.hash
            && self.len == other.len
            && self
                .bytes
                .chunks_exact(8)
                .zip(other.bytes.chunks_exact(8))
                .fold(0, |diff, (a, b)| diff | (word(a) ^ word(b)))
                == 0
    }
}

impl std::hash::Hash for RawId {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        state.write_u32(self.hash);
    }
}

/// The multiplier of [`mix`].
const HASH_K: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// The little-endian word of the 8 bytes of `bytes` from `i`, or 0 when fewer than 8 are left
/// (`const`: the hashes computed at compile time read their words with it).
pub(crate) const fn word_at(bytes: &[u8], i: usize) -> u64 {
    if i > bytes.len() || bytes.len() - i < 8 {
        return 0;
    }
    // In bounds: i + 7 < bytes.len(), checked above.
    #[allow(clippy::indexing_slicing)]
    let w = [
        bytes[i],
        bytes[i + 1],
        bytes[i + 2],
        bytes[i + 3],
        bytes[i + 4],
        bytes[i + 5],
        bytes[i + 6],
        bytes[i + 7],
    ];
    u64::from_le_bytes(w)
}

/// One step of the crate's word hash (FxHash-style): the state `h` takes in the 8-byte word
/// `w`. Ids ([`hash_words`]) and the content hash of a pack's data
/// (`content_hash` in `catalog/build.rs`) both hash with it.
pub(crate) const fn mix(h: u64, w: u64) -> u64 {
    (h.rotate_left(5) ^ w).wrapping_mul(HASH_K)
}

/// The hash of an id's bytes (zero-padded to whole words): FxHash-style, one multiply per
/// 8 bytes, so that making an id does not wait on a multiply per byte (a catalog load makes
/// thousands). Equal ids have equal hashes; nothing depends on the values otherwise.
const fn hash_words(bytes: &[u8; MAX_ID_LEN], len: usize) -> u32 {
    let mut h = len as u64;
    let mut i = 0;
    while i < len && i + 8 <= MAX_ID_LEN {
        h = mix(h, word_at(bytes, i));
        i += 8;
    }
    // The high half: the multiply mixes the words' bits up there.
    #[allow(clippy::cast_possible_truncation)]
    let hash = (h >> 32) as u32;
    hash
}

impl RawId {
    /// Checks and stores an id; usable in `const` items.
    pub(crate) const fn parse(s: &str) -> Result<Self, IdError> {
        let src = s.as_bytes();
        if src.is_empty() {
            return Err(IdError::Empty);
        }
        if src.len() > MAX_ID_LEN {
            return Err(IdError::TooLong { len: src.len() });
        }
        let mut bytes = [0u8; MAX_ID_LEN];
        let mut i = 0;
        // Invariant: i < src.len() <= MAX_ID_LEN, so both indexings are in bounds (slices and
        // iterators are not available in a const fn loop).
        #[allow(clippy::indexing_slicing)]
        while i < src.len() {
            let b = src[i];
            let ok = b.is_ascii_lowercase() || (i > 0 && (b.is_ascii_digit() || b == b'_'));
            if !ok {
                return Err(IdError::InvalidChar { position: i });
            }
            bytes[i] = b;
            i += 1;
        }
        #[allow(clippy::cast_possible_truncation)] // len <= MAX_ID_LEN = 40 fits in u8
        let len = src.len() as u8;
        let hash = hash_words(&bytes, src.len());
        Ok(Self { len, bytes, hash })
    }

    /// [`RawId::parse`] at run time: the bytes copied in one piece and checked without a branch
    /// per byte (a catalog load makes thousands of ids). The same result, which a test checks;
    /// an invalid id takes `parse` for its error.
    pub(crate) fn parse_fast(s: &str) -> Result<Self, IdError> {
        const ONES: u64 = 0x0101_0101_0101_0101;
        const HIGHS: u64 = ONES * 0x80;
        const LOWS: u64 = ONES * 0x7f;
        let src = s.as_bytes();
        let mut bytes = [0u8; MAX_ID_LEN];
        match bytes.get_mut(..src.len()) {
            Some(dst) if !src.is_empty() => dst.copy_from_slice(src),
            _ => return Self::parse(s),
        }
        let first = src.first().is_some_and(u8::is_ascii_lowercase);
        // A word (8 bytes) at a time: each byte of the id a-z, 0-9 or `_` (bit tricks on the
        // eight bytes at once), and the hash of `hash_words` on the way.
        // The high bit of each byte that is at least `lo` (for bytes below 0x80).
        let at_least = |w: u64, lo: u8| w.wrapping_add((0x80 - u64::from(lo)) * ONES) & HIGHS;
        let mut bad = 0u64;
        let mut h = src.len() as u64;
        let mut rest = src.len();
        for chunk in bytes.chunks_exact(8).take(src.len().div_ceil(8)) {
            let mut w = [0u8; 8];
            w.copy_from_slice(chunk);
            let w = u64::from_le_bytes(w);
            let lower = at_least(w, b'a') & !at_least(w, b'z' + 1);
            let digit = at_least(w, b'0') & !at_least(w, b'9' + 1);
            let x = w ^ (ONES * u64::from(b'_'));
            let underscore = !(((x & LOWS) + LOWS) | x) & HIGHS;
            // The id's bytes of this word (the rest is zero padding).
            let mask = if rest >= 8 {
                HIGHS
            } else {
                HIGHS & ((1u64 << (rest * 8)) - 1)
            };
            rest = rest.saturating_sub(8);
            bad |= (w & HIGHS) | (mask & !(lower | digit | underscore));
            h = mix(h, w);
        }
        if !first || bad != 0 {
            return Self::parse(s);
        }
        #[allow(clippy::cast_possible_truncation)] // len <= MAX_ID_LEN = 40 fits in u8
        let len = src.len() as u8;
        #[allow(clippy::cast_possible_truncation)]
        let hash = (h >> 32) as u32;
        Ok(Self { len, bytes, hash })
    }

    /// A compile-time constant id; an invalid literal fails the build, never a run.
    pub(crate) const fn constant(s: &str) -> Self {
        match Self::parse(s) {
            Ok(id) => id,
            #[allow(clippy::panic)]
            // only reachable in const evaluation: an invalid literal is a compile error
            Err(_) => panic!("invalid id literal"),
        }
    }

    pub(crate) fn as_str(&self) -> &str {
        // Invariant: `parse` only stores ASCII bytes and `len <= MAX_ID_LEN`.
        self.bytes
            .get(..usize::from(self.len))
            .and_then(|b| std::str::from_utf8(b).ok())
            .unwrap_or_default()
    }
}

macro_rules! id_type {
    ($(#[$meta:meta])* $name:ident, $what:literal, $example:literal) => {
        $(#[$meta])*
        #[doc = ""]
        #[doc = concat!("The stable id of ", $what, ": a `Copy` value that serializes as its string.")]
        #[doc = ""]
        #[doc = "```"]
        #[doc = concat!("let id: lowback::", stringify!($name), " = \"", $example, "\".parse()?;")]
        #[doc = concat!("assert_eq!(id.as_str(), \"", $example, "\");")]
        #[doc = concat!("assert_eq!(id.to_string(), \"", $example, "\");")]
        #[doc = "# Ok::<(), lowback::IdError>(())"]
        #[doc = "```"]
        #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(pub(crate) crate::model::id::RawId);

        impl $name {
            /// Checks `s` and makes an id of it.
            ///
            /// # Errors
            ///
            /// [`IdError`](crate::IdError) when `s` is empty, too long, or not `snake_case` ASCII.
            pub const fn new(s: &str) -> Result<Self, crate::IdError> {
                match crate::model::id::RawId::parse(s) {
                    Ok(raw) => Ok(Self(raw)),
                    Err(e) => Err(e),
                }
            }

            #[allow(dead_code)]
            pub(crate) const fn constant(s: &str) -> Self {
                Self(crate::model::id::RawId::constant(s))
            }

            /// The id as a string slice.
            #[must_use]
            pub fn as_str(&self) -> &str {
                self.0.as_str()
            }
        }

        impl std::str::FromStr for $name {
            type Err = crate::IdError;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                crate::model::id::RawId::parse_fast(s).map(Self)
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl std::fmt::Debug for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(f, "{}({:?})", stringify!($name), self.as_str())
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(d)?;
                crate::model::id::RawId::parse_fast(&s).map(Self).map_err(|e| serde::de::Error::custom(format_args!("invalid id {s:?}: {e}")))
            }
        }
    };
}
pub(crate) use id_type;

impl fmt::Debug for RawId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Turns a `snake_case` id into the `kebab-case` form used in Fluent message ids.
pub(crate) fn kebab(prefix: &str, id: &str) -> String {
    // Bytes rather than chars or pieces: swapping the ASCII `_` for the ASCII `-` keeps the
    // text valid UTF-8, so the check at the end always passes (and is a fast ASCII scan).
    let mut s = Vec::with_capacity(prefix.len() + 1 + id.len());
    s.extend_from_slice(prefix.as_bytes());
    s.push(b'-');
    let start = s.len();
    s.extend_from_slice(id.as_bytes());
    // In place, without a branch per byte or a capacity check per push.
    for b in s.get_mut(start..).unwrap_or_default() {
        *b = if *b == b'_' { b'-' } else { *b };
    }
    String::from_utf8(s).unwrap_or_default()
}

/// The Fluent message id of a catalog item (`finding-back-pain`): a part of one text that the
/// catalog's items share, so that a catalog load does not allocate a string per item. Reads as a
/// `str`; compares, prints and serializes as one.
#[derive(Clone)]
pub(crate) struct MessageId {
    text: std::sync::Arc<str>,
    start: u32,
    end: u32,
}

impl MessageId {
    /// Bytes `start..end` of `text` (empty when out of range).
    pub(crate) fn part(text: &std::sync::Arc<str>, start: usize, end: usize) -> Self {
        MessageId {
            text: std::sync::Arc::clone(text),
            start: u32::try_from(start).unwrap_or(u32::MAX),
            end: u32::try_from(end).unwrap_or(u32::MAX),
        }
    }

    pub(crate) fn as_str(&self) -> &str {
        self.text
            .get(self.start as usize..self.end as usize)
            .unwrap_or_default()
    }
}

impl std::ops::Deref for MessageId {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl fmt::Debug for MessageId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl PartialEq for MessageId {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for MessageId {}

impl serde::Serialize for MessageId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// Writes [`kebab`]`(prefix, id)` at the end of `out`.
pub(crate) fn push_kebab(out: &mut String, prefix: &str, id: &str) {
    out.push_str(prefix);
    out.push('-');
    // An id (at most `MAX_ID_LEN` bytes) is copied to the stack with each `_` swapped for `-`,
    // then pushed at once: cheaper than splitting it. Swapping one ASCII byte for another keeps
    // the text valid UTF-8, so the check always passes.
    let mut buf = [0u8; MAX_ID_LEN];
    match buf.get_mut(..id.len()) {
        Some(dst) => {
            for (d, &b) in dst.iter_mut().zip(id.as_bytes()) {
                *d = if b == b'_' { b'-' } else { b };
            }
            out.push_str(std::str::from_utf8(dst).unwrap_or_default());
        }
        None => out.push_str(&id.replace('_', "-")),
    }
}

/// A fast, non-cryptographic hasher for ids inside the catalog's own indexes (FxHash: one
/// multiply per 8 bytes). Ids are the catalog's own data, so there is no adversary to resist;
/// look-ups by id are on the triage's hot path.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct IdHasher(u64);

impl std::hash::Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(K);
        }
        // The last bytes in one word, not one multiply each (the names a catalog load looks up
        // are ids: a word or two and a few bytes). Past a full word, the last eight bytes (some
        // hashed already); else the bytes padded with zeros.
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut w = [0u8; 8];
            match bytes.len().checked_sub(8).and_then(|at| bytes.get(at..)) {
                Some(last) => w.copy_from_slice(last),
                None => {
                    if let Some(dst) = w.get_mut(..rest.len()) {
                        dst.copy_from_slice(rest);
                    }
                }
            }
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(K);
        }
    }
    fn write_u32(&mut self, i: u32) {
        self.write_u64(u64::from(i));
    }
    fn write_u8(&mut self, i: u8) {
        self.write_u64(u64::from(i));
    }
    fn write_usize(&mut self, i: usize) {
        self.write_u64(i as u64);
    }
    fn write_u64(&mut self, i: u64) {
        const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        self.0 = (self.0.rotate_left(5) ^ i).wrapping_mul(K);
    }
}

/// A hash map keyed by ids, with [`IdHasher`].
pub(crate) type IdMap<K, V> =
    std::collections::HashMap<K, V, std::hash::BuildHasherDefault<IdHasher>>;

/// A hash set of ids (or of the catalog's own short texts), with [`IdHasher`].
pub(crate) type IdSet<T> = std::collections::HashSet<T, std::hash::BuildHasherDefault<IdHasher>>;

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::RawId;

    proptest! {
        /// The run-time parse gives what the `const` one gives: the same id (bytes, hash) or the
        /// same error.
        #[test]
        fn parse_fast_is_parse(s in "[a-z0-9_A-Z\\-é ]{0,45}") {
            let (fast, slow) = (RawId::parse_fast(&s), RawId::parse(&s));
            prop_assert_eq!(fast.map(|id| (id.len, id.bytes, id.hash)), slow.map(|id| (id.len, id.bytes, id.hash)));
        }
    }

    #[test]
    fn push_kebab_writes_what_kebab_makes() {
        let long = "a_b".repeat(20);
        for id in ["a", "back_pain", "_x_", "é_ü", "", long.as_str()] {
            let mut out = String::from("x");
            super::push_kebab(&mut out, "finding", id);
            assert_eq!(out, format!("x{}", super::kebab("finding", id)), "{id}");
        }
    }

    #[test]
    fn parse_fast_is_parse_at_the_edges() {
        for s in [
            "",
            "a",
            "a_1",
            "1a",
            "_a",
            "aB",
            "a".repeat(40).as_str(),
            "a".repeat(41).as_str(),
        ] {
            assert_eq!(
                RawId::parse_fast(s).map(|id| (id.len, id.bytes, id.hash)),
                RawId::parse(s).map(|id| (id.len, id.bytes, id.hash))
            );
        }
    }
}
