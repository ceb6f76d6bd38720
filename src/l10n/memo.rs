//! Formatted messages kept for the next reports.
//!
//! A message formatted without variables (or with variables that follow from the message and
//! the locale alone, such as the words of a care setting) formats to the same text every time:
//! a localizer's bundles do not change once built, and no Fluent function is registered. A
//! report finds each of them in its locale's memo (most often the entry after the one it found
//! last; else by a hash of the message id, attribute and signature) and copies the text,
//! instead of finding the message, its attribute and every term it refers to in the bundle and
//! walking its pattern again. A message that fails to format is never kept, so it fails the
//! same way every time.
//!
//! Each locale chain has a memo behind a `RwLock`: a report holds the read lock while it renders
//! (readers do not wait for each other), collects what it missed, and adds it afterwards under
//! the write lock (waiting, at most, for the reports in flight). Once the memo holds a kind of
//! report's messages, its reports take only the read lock. The memo stops growing at
//! [`MAX_ENTRIES`] messages or [`MAX_BYTES`] of keys and text: messages formatted with numbers
//! are kept per value.

use std::hash::Hasher;
use std::sync::{RwLock, RwLockReadGuard};

use fluent::FluentArgs;

use crate::Locale;
use crate::error::RenderError;
use crate::l10n::localizer::Localizer;

/// The most messages one memo keeps.
const MAX_ENTRIES: usize = 8192;
/// The most keys and text (bytes) one memo keeps.
const MAX_BYTES: usize = 1 << 20;

/// A fast hash over words: each word is rotated in, and one multiplication mixes the whole at
/// the end (a chain of one-cycle steps rather than of multiplications). Message ids are short
/// and trusted (they come from the pack and the code, not from users), and a collision costs
/// only a comparison more, so this is enough. (The catalog's id maps use
/// [`crate::model::id::IdHasher`], which multiplies at every word: ids carry their own hash, so
/// those maps hash one word; a memo key is a message id and attribute written out.)
#[derive(Default, Clone, Copy)]
pub(crate) struct KeyHasher(u64);

const SEED: u64 = 0xf135_7aea_2e62_a9c5;

fn word(b: &[u8]) -> u64 {
    u64::from_le_bytes(b.try_into().unwrap_or([0; 8]))
}

impl KeyHasher {
    fn add(&mut self, word: u64) {
        self.0 = self.0.rotate_left(5) ^ word;
    }
}

impl Hasher for KeyHasher {
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
        self.0.wrapping_mul(SEED).rotate_left(26)
    }
}

/// A kept message: where its key is in the memo's `kept`, followed by its text, and whether it
/// came from a later locale of the chain (the top bit of `text_len`).
#[derive(Debug, Clone, Copy, Default)]
struct Entry {
    start: u32,
    key_len: u32,
    text_len: u32,
}

/// The top bit of `Entry::text_len`: the text came from a later locale of the chain.
const LATER: u32 = 1 << 31;

impl Entry {
    /// The entry's text and origin, if its key is `key`.
    #[inline]
    fn text<'m>(&self, kept: &'m str, key: &Key<'_>) -> Option<(&'m str, bool)> {
        let start = self.start as usize;
        let mid = start + self.key_len as usize;
        if !key.is(kept.get(start..mid)?) {
            return None;
        }
        let end = mid + (self.text_len & !LATER) as usize;
        Some((kept.get(mid..end)?, self.text_len & LATER != 0))
    }
}

/// A place of the hash table: the low half of a key's hash (0 for an empty place) and the
/// position of its entry in `Memo::entries`.
#[derive(Debug, Clone, Copy, Default)]
struct Slot {
    hash: u32,
    entry: u32,
}

/// The formatted messages of one locale chain.
///
/// The entries are kept in the order they were formatted, which is the order a report of the
/// same kind asks for them again: a [`Writer`] first tries the entry after the one it found
/// last (one comparison of the key, memory read in order), and looks the key up in the hash
/// table only when that is not it. Each key is followed by its text in one string, so the key
/// compared and the text copied are read together.
#[derive(Debug, Default)]
pub(crate) struct Memo {
    /// The chain the messages were formatted through (empty until the first is kept).
    chain: Vec<usize>,
    /// In the order they were kept.
    entries: Vec<Entry>,
    /// A power of two long (or empty), at most half full.
    slots: Vec<Slot>,
    /// Each key (`id`, `.attribute`, then ` signature` when the variables have one) and its
    /// text, one after the other.
    kept: String,
}

/// The parts of a key.
#[derive(Clone, Copy)]
struct Key<'k> {
    id: &'k str,
    attr: Option<&'k str>,
    sig: Option<&'k str>,
}

impl Key<'_> {
    fn hash(&self) -> u32 {
        let mut h = KeyHasher::default();
        h.write(self.id.as_bytes());
        if let Some(a) = self.attr {
            h.write_u8(b'.');
            h.write(a.as_bytes());
        }
        if let Some(s) = self.sig {
            h.write_u8(b' ');
            h.write(s.as_bytes());
        }
        // The low half (the table's index is taken from its low bits); 0 marks an empty slot.
        #[allow(clippy::cast_possible_truncation)]
        let low = h.finish() as u32;
        low.max(1)
    }

    /// Whether `stored` is this key, written out.
    #[inline]
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

fn index(hash: u32, mask: usize) -> usize {
    hash as usize & mask
}

impl Memo {
    /// The position, text and origin of `key`, when kept; `next` is the position tried first.
    #[inline]
    fn get(&self, key: &Key<'_>, next: usize) -> Option<(usize, &str, bool)> {
        if let Some((text, later)) = self.entries.get(next).and_then(|e| e.text(&self.kept, key)) {
            return Some((next, text, later));
        }
        let mask = self.slots.len().checked_sub(1)?;
        let hash = key.hash();
        let mut i = index(hash, mask);
        loop {
            let slot = self.slots.get(i)?;
            if slot.hash == 0 {
                return None;
            }
            if slot.hash == hash {
                let pos = slot.entry as usize;
                if let Some((text, later)) =
                    self.entries.get(pos).and_then(|e| e.text(&self.kept, key))
                {
                    return Some((pos, text, later));
                }
            }
            i = (i + 1) & mask;
        }
    }

    /// Keeps `text` for the key written out in `key` (with its hash); false when full.
    fn insert(&mut self, hash: u32, key: &str, text: &str, later: bool) -> bool {
        if self.entries.len() >= MAX_ENTRIES || self.kept.len() + key.len() + text.len() > MAX_BYTES
        {
            return false;
        }
        // MAX_BYTES and MAX_ENTRIES fit in 31 bits: the numbers below do too.
        let (Ok(start), Ok(key_len), Ok(text_len), Ok(entry)) = (
            u32::try_from(self.kept.len()),
            u32::try_from(key.len()),
            u32::try_from(text.len()),
            u32::try_from(self.entries.len()),
        ) else {
            return false;
        };
        if 2 * (self.entries.len() + 1) > self.slots.len() {
            self.grow();
        }
        let mask = self.slots.len() - 1;
        let mut i = index(hash, mask);
        while let Some(s) = self.slots.get_mut(i) {
            if s.hash == 0 {
                *s = Slot { hash, entry };
                self.entries.push(Entry {
                    start,
                    key_len,
                    text_len: if later { text_len | LATER } else { text_len },
                });
                self.kept.push_str(key);
                self.kept.push_str(text);
                break;
            }
            if s.hash == hash {
                let kept = self.entries.get(s.entry as usize).and_then(|e| {
                    let from = e.start as usize;
                    self.kept.get(from..from + e.key_len as usize)
                });
                if kept == Some(key) {
                    break; // kept already
                }
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
    ends: Vec<(u32, usize, usize, bool)>,
}

/// Writes a report's messages: from the memo of its locale when they are there, through Fluent
/// otherwise.
pub(crate) struct Writer<'a> {
    loc: &'a Localizer,
    locale: &'a Locale,
    memo: Option<RwLockReadGuard<'a, Memo>>,
    /// The memo's entry tried first: the one after the entry found last.
    next: usize,
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
            next: 0,
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
                if let Some((pos, text, later)) = memo.get(&key, self.next) {
                    self.next = pos + 1;
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
    /// Adds what the report formatted to the memo. The write lock waits for the reports
    /// rendering now (a report never waits for it while holding the read lock: this one has
    /// just let its read lock go), so that busy threads do not keep a memo from filling.
    fn drop(&mut self) {
        if self.memo.take().is_none() || self.missed.ends.is_empty() {
            return;
        }
        let Some(lock) = self.locale.chain.first().and_then(|i| self.loc.memo(*i)) else {
            return;
        };
        let Ok(mut memo) = lock.write() else {
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

#[cfg(test)]
mod tests {
    use crate::{Assessment, Catalog, Localizer, Report};

    const VIGNETTES: &str = include_str!("../../tests/fixtures/vignettes.json");

    fn assessments() -> Vec<Assessment> {
        let cases: serde_json::Value = serde_json::from_str(VIGNETTES).unwrap();
        cases
            .as_array()
            .unwrap()
            .iter()
            .map(|c| Assessment::from_json(&c["assessment"].to_string()).unwrap())
            .collect()
    }

    /// The report as JSON (every string and span) and as plain text.
    fn render(loc: &Localizer, tag: &str, a: &Assessment) -> String {
        let catalog = Catalog::builtin();
        let t = catalog.triage(a).unwrap();
        let r = Report::new(catalog, loc, &loc.negotiate(tag).unwrap(), &t).unwrap();
        format!("{}\n{}", r.to_json(), r.to_text())
    }

    const TAGS: [&str; 4] = ["en", "fr", "fr-CA", "de"];

    /// Reports written from the memo (warm, in another order than they were kept, from two
    /// threads at once) are the reports Fluent formats with a fresh localizer.
    #[test]
    fn reports_from_the_memo_are_the_reports_fluent_formats() {
        let all = assessments();
        let sample: Vec<&Assessment> = all.iter().step_by(15).collect();
        let fresh: Vec<String> = TAGS
            .iter()
            .flat_map(|tag| {
                sample
                    .iter()
                    .map(move |a| render(&Localizer::load_builtin().unwrap(), tag, a))
            })
            .collect();
        let shared = Localizer::load_builtin().unwrap();
        // Every vignette, so that the memo holds the sample's messages in another order.
        for tag in TAGS {
            for a in all.iter().rev() {
                render(&shared, tag, a);
            }
        }
        let warm = |shared: &Localizer| -> Vec<String> {
            TAGS.iter()
                .flat_map(|tag| sample.iter().map(move |a| render(shared, tag, a)))
                .collect()
        };
        let en = shared.negotiate("en").unwrap();
        let first = en.chain.first().copied().unwrap();
        assert!(shared.memo(first).unwrap().read().unwrap().entries.len() > 100);
        assert_eq!(warm(&shared), fresh);
        std::thread::scope(|s| {
            let one = s.spawn(|| warm(&shared));
            let two = s.spawn(|| warm(&shared));
            assert_eq!(one.join().unwrap(), fresh);
            assert_eq!(two.join().unwrap(), fresh);
        });
    }
}
