//! Formatted messages kept for the next reports.
//!
//! A message formatted without variables (or with variables that follow from the message and
//! the locale alone, such as the words of a care setting) formats to the same text every time:
//! a localizer's bundles do not change once built, and no Fluent function is registered. A
//! report looks each of them up once in its locale's memo (one hash of the message id and
//! attribute) and copies the text, instead of finding the message, its attribute and every term
//! it refers to in the bundle and walking its pattern again. A message that fails to format is
//! never kept, so it fails the same way every time.
//!
//! Each locale chain has a memo behind a `RwLock`: a report holds the read lock while it renders
//! (readers do not wait for each other), collects what it missed, and adds it afterwards if it
//! can take the write lock at once (otherwise a later report adds it). The memo stops growing
//! at [`MAX_ENTRIES`] messages or [`MAX_BYTES`] of text: messages formatted with numbers are
//! kept per value.

use std::hash::Hasher;
use std::sync::{RwLock, RwLockReadGuard};

use fluent::FluentArgs;

use crate::Locale;
use crate::error::RenderError;
use crate::l10n::localizer::Localizer;

/// The most messages one memo keeps.
const MAX_ENTRIES: usize = 8192;
/// The most text (bytes) one memo keeps.
const MAX_BYTES: usize = 1 << 20;

/// A multiplicative hash over words (as `rustc-hash`): message ids are short and trusted (they
/// come from the pack and the code, not from users), so a fast hash is enough.
#[derive(Default, Clone, Copy)]
pub(crate) struct IdHasher(u64);

const SEED: u64 = 0xf135_7aea_2e62_a9c5;

fn word(b: &[u8]) -> u64 {
    u64::from_le_bytes(b.try_into().unwrap_or([0; 8]))
}

impl IdHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(26) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for IdHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(word(c));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            // The last eight bytes, overlapping the words already added, when there are as
            // many; else the few there are.
            let last = match bytes.len().checked_sub(8) {
                Some(from) => word(bytes.get(from..).unwrap_or_default()),
                None => rest.iter().fold(0, |w, b| (w << 8) | u64::from(*b)),
            };
            self.add(last);
        }
    }

    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    fn finish(&self) -> u64 {
        // The product's high bits are the well-mixed ones: bring them down to the low bits a
        // table's index is taken from.
        self.0.rotate_left(26)
    }
}

/// A kept message: its key and its text (ranges of the memo's `keys` and `text`), whether it
/// came from a later locale of the chain, and the key's hash (0 for an empty slot).
#[derive(Debug, Clone, Copy, Default)]
struct Slot {
    hash: u64,
    key_start: u32,
    key_end: u32,
    text_start: u32,
    text_end: u32,
    later: bool,
}

/// The formatted messages of one locale chain: an open-addressing table over two strings, so
/// that a look-up hashes the message id, attribute and signature where they are (no key is
/// built) and reads memory that stays together.
#[derive(Debug, Default)]
pub(crate) struct Memo {
    /// The chain the messages were formatted through (empty until the first is kept).
    chain: Vec<usize>,
    /// A power of two long (or empty), at most half full.
    slots: Vec<Slot>,
    len: usize,
    /// Every key (`id`, `.attribute`, then ` signature` when the variables have one).
    keys: String,
    /// Every kept text.
    text: String,
}

/// The parts of a key.
#[derive(Clone, Copy)]
struct Key<'k> {
    id: &'k str,
    attr: Option<&'k str>,
    sig: Option<&'k str>,
}

impl Key<'_> {
    fn hash(&self) -> u64 {
        let mut h = IdHasher::default();
        h.write(self.id.as_bytes());
        if let Some(a) = self.attr {
            h.write_u8(b'.');
            h.write(a.as_bytes());
        }
        if let Some(s) = self.sig {
            h.write_u8(b' ');
            h.write(s.as_bytes());
        }
        // 0 marks an empty slot.
        h.finish().max(1)
    }

    /// Whether `stored` is this key, written out.
    fn is(&self, stored: &str) -> bool {
        let Some(rest) = stored.strip_prefix(self.id) else {
            return false;
        };
        let rest = match self.attr {
            None => rest,
            Some(a) => match rest.strip_prefix('.').and_then(|r| r.strip_prefix(a)) {
                Some(r) => r,
                None => return false,
            },
        };
        match self.sig {
            None => rest.is_empty(),
            Some(s) => rest.strip_prefix(' ') == Some(s),
        }
    }

    fn push_to(&self, s: &mut String) {
        s.push_str(self.id);
        if let Some(a) = self.attr {
            s.push('.');
            s.push_str(a);
        }
        if let Some(sig) = self.sig {
            s.push(' ');
            s.push_str(sig);
        }
    }
}

fn index(hash: u64, mask: usize) -> usize {
    // Only the low bits are kept.
    #[allow(clippy::cast_possible_truncation)]
    let i = hash as usize;
    i & mask
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

impl Memo {
    /// The text and origin of `key`, when kept.
    fn get(&self, key: &Key<'_>) -> Option<(&str, bool)> {
        let mask = self.slots.len().checked_sub(1)?;
        let hash = key.hash();
        let mut i = index(hash, mask);
        loop {
            let slot = self.slots.get(i)?;
            if slot.hash == 0 {
                return None;
            }
            if slot.hash == hash {
                let stored = self
                    .keys
                    .get(slot.key_start as usize..slot.key_end as usize)
                    .unwrap_or_default();
                if key.is(stored) {
                    let text = self
                        .text
                        .get(slot.text_start as usize..slot.text_end as usize)
                        .unwrap_or_default();
                    return Some((text, slot.later));
                }
            }
            i = (i + 1) & mask;
        }
    }

    /// Keeps `text` for the key written out in `key` (with its hash); false when full.
    fn insert(&mut self, hash: u64, key: &str, text: &str, later: bool) -> bool {
        if self.len >= MAX_ENTRIES || self.text.len() + text.len() > MAX_BYTES {
            return false;
        }
        if 2 * (self.len + 1) > self.slots.len() {
            self.grow();
        }
        let mask = self.slots.len() - 1;
        let mut i = index(hash, mask);
        while let Some(s) = self.slots.get_mut(i) {
            if s.hash == 0 {
                *s = Slot {
                    hash,
                    key_start: to_u32(self.keys.len()),
                    key_end: to_u32(self.keys.len() + key.len()),
                    text_start: to_u32(self.text.len()),
                    text_end: to_u32(self.text.len() + text.len()),
                    later,
                };
                self.keys.push_str(key);
                self.text.push_str(text);
                self.len += 1;
                break;
            }
            if s.hash == hash
                && self.keys.get(s.key_start as usize..s.key_end as usize) == Some(key)
            {
                break; // kept already
            }
            i = (i + 1) & mask;
        }
        true
    }

    /// Puts `slot` in the first empty place from its hash's (when the table grows).
    fn place(&mut self, slot: Slot) {
        let mask = self.slots.len().saturating_sub(1);
        let mut i = index(slot.hash, mask);
        while let Some(s) = self.slots.get_mut(i) {
            if s.hash == 0 {
                *s = slot;
                return;
            }
            i = (i + 1) & mask;
        }
    }

    fn grow(&mut self) {
        let size = (2 * self.slots.len()).max(256);
        let old = std::mem::replace(&mut self.slots, vec![Slot::default(); size]);
        for slot in old.into_iter().filter(|s| s.hash != 0) {
            self.place(slot);
        }
    }
}

/// One memo per bundle, used by the chains that start with it.
pub(crate) fn memos(bundles: usize) -> Vec<RwLock<Memo>> {
    (0..bundles).map(|_| RwLock::new(Memo::default())).collect()
}

/// Messages formatted by one report and not in the memo yet.
#[derive(Default)]
struct Missed {
    keys: String,
    text: String,
    /// (the key's hash, end of the key in `keys`, end of the text in `text`, from a later
    /// locale)
    ends: Vec<(u64, usize, usize, bool)>,
}

/// Writes a report's messages: from the memo of its locale when they are there, through Fluent
/// otherwise.
pub(crate) struct Writer<'a> {
    loc: &'a Localizer,
    locale: &'a Locale,
    memo: Option<RwLockReadGuard<'a, Memo>>,
    missed: Missed,
}

/// What makes a message's text the same every time.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Vary<'s> {
    /// No variables: the message alone.
    Never,
    /// Variables that follow from this signature (with the message and the locale).
    With(&'s str),
    /// Variables that change from report to report: not kept.
    Always,
}

impl<'a> Writer<'a> {
    pub(crate) fn new(loc: &'a Localizer, locale: &'a Locale) -> Self {
        let memo = locale
            .chain
            .first()
            .and_then(|i| loc.memo(*i))
            .and_then(|m| m.read().ok())
            .filter(|m| m.chain.is_empty() || m.chain == locale.chain);
        Writer {
            loc,
            locale,
            memo,
            missed: Missed::default(),
        }
    }

    pub(crate) fn localizer(&self) -> &'a Localizer {
        self.loc
    }

    pub(crate) fn locale(&self) -> &'a Locale {
        self.locale
    }

    /// Writes message `id` (or its attribute) at the end of `out`; returns whether it came from
    /// a later locale of the chain (as [`Localizer::write`]). `args` are made only when the
    /// message is formatted.
    pub(crate) fn write<'x>(
        &mut self,
        id: &str,
        attr: Option<&str>,
        vary: Vary<'_>,
        args: impl FnOnce() -> Option<FluentArgs<'x>>,
        out: &mut String,
    ) -> Result<bool, RenderError> {
        let (keep, sig) = match vary {
            Vary::Always => (false, None),
            Vary::Never => (self.memo.is_some(), None),
            Vary::With(sig) => (self.memo.is_some(), Some(sig)),
        };
        let key = Key { id, attr, sig };
        if let Some(memo) = &self.memo {
            if keep {
                if let Some((text, later)) = memo.get(&key) {
                    out.push_str(text);
                    return Ok(later && !self.locale.fallback);
                }
            }
        }
        let start = out.len();
        let fa = args();
        let n = self.loc.write_at(self.locale, id, attr, fa.as_ref(), out)?;
        if keep {
            let m = &mut self.missed;
            key.push_to(&mut m.keys);
            m.text.push_str(out.get(start..).unwrap_or_default());
            m.ends.push((key.hash(), m.keys.len(), m.text.len(), n > 0));
        }
        Ok(n > 0 && !self.locale.fallback)
    }
}

impl Drop for Writer<'_> {
    /// Adds what the report formatted to the memo, if no other report is using it now.
    fn drop(&mut self) {
        if self.memo.take().is_none() || self.missed.ends.is_empty() {
            return;
        }
        let Some(lock) = self.locale.chain.first().and_then(|i| self.loc.memo(*i)) else {
            return;
        };
        let Ok(mut memo) = lock.try_write() else {
            return;
        };
        if memo.chain.is_empty() {
            memo.chain.clone_from(&self.locale.chain);
        } else if memo.chain != self.locale.chain {
            return;
        }
        let m = &self.missed;
        let (mut key_start, mut text_start) = (0, 0);
        for &(hash, key_end, text_end, later) in &m.ends {
            let key = m.keys.get(key_start..key_end).unwrap_or_default();
            let text = m.text.get(text_start..text_end).unwrap_or_default();
            key_start = key_end;
            text_start = text_end;
            if !memo.insert(hash, key, text, later) {
                break;
            }
        }
    }
}
