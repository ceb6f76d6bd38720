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

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
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

impl IdHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(26) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for IdHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes(c.try_into().unwrap_or([0; 8])));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut last = [0u8; 8];
            if let Some(l) = last.get_mut(..rest.len()) {
                l.copy_from_slice(rest);
            }
            self.add(u64::from_le_bytes(last));
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// Where a kept message's text is, and whether it came from a later locale of the chain.
#[derive(Debug, Clone, Copy)]
struct Kept {
    start: usize,
    end: usize,
    later: bool,
}

/// The formatted messages of one locale chain.
#[derive(Debug, Default)]
pub(crate) struct Memo {
    /// The chain the messages were formatted through (empty until the first is kept).
    chain: Vec<usize>,
    /// Keyed by `id`, `id.attribute`, then a signature of the variables when there are any.
    index: HashMap<Box<str>, Kept, BuildHasherDefault<IdHasher>>,
    /// Every kept text, one after the other.
    text: String,
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
    /// (end of the key in `keys`, end of the text in `text`, from a later locale)
    ends: Vec<(usize, usize, bool)>,
}

/// Writes a report's messages: from the memo of its locale when they are there, through Fluent
/// otherwise.
pub(crate) struct Writer<'a> {
    loc: &'a Localizer,
    locale: &'a Locale,
    memo: Option<RwLockReadGuard<'a, Memo>>,
    key: String,
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
            key: String::with_capacity(96),
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
        let keep = match vary {
            Vary::Always => false,
            Vary::Never | Vary::With(_) => self.memo.is_some(),
        };
        if keep {
            self.key.clear();
            self.key.push_str(id);
            if let Some(a) = attr {
                self.key.push('.');
                self.key.push_str(a);
            }
            if let Vary::With(sig) = vary {
                // Not a character of a message id or attribute name.
                self.key.push(' ');
                self.key.push_str(sig);
            }
            if let Some(memo) = &self.memo {
                if let Some(k) = memo.index.get(self.key.as_str()) {
                    out.push_str(memo.text.get(k.start..k.end).unwrap_or_default());
                    return Ok(k.later && !self.locale.fallback);
                }
            }
        }
        let start = out.len();
        let fa = args();
        let n = self.loc.write_at(self.locale, id, attr, fa.as_ref(), out)?;
        if keep {
            let m = &mut self.missed;
            m.keys.push_str(&self.key);
            m.text.push_str(out.get(start..).unwrap_or_default());
            m.ends.push((m.keys.len(), m.text.len(), n > 0));
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
        for &(key_end, text_end, later) in &m.ends {
            let key = m.keys.get(key_start..key_end).unwrap_or_default();
            let text = m.text.get(text_start..text_end).unwrap_or_default();
            key_start = key_end;
            text_start = text_end;
            if memo.index.len() >= MAX_ENTRIES || memo.text.len() + text.len() > MAX_BYTES {
                break;
            }
            if memo.index.contains_key(key) {
                continue;
            }
            let start = memo.text.len();
            memo.text.push_str(text);
            let end = memo.text.len();
            memo.index.insert(key.into(), Kept { start, end, later });
        }
    }
}
