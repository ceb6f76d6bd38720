//! Turning a [`ContentPack`] into a [`Catalog`], collecting every problem on the way.

use crate::catalog::pack::clip;
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hash};
use std::sync::Arc;

use super::raw::{
    CareFile, ConditionsFile, ExercisesFile, FactsFile, FindingsFile, PackFile, RawFinding,
    RawSource, RedFlagsFile, ReferencesFile, RulesFile, SortedMap, Str, Strs,
};
use super::vocab::{Ordinal, ValueTest, Vocab};
use super::{Catalog, Index};
use crate::catalog::ftl::check_locales;
use crate::catalog::pack::line_of;
use crate::error::{ContentError, ContentProblem};
use crate::model::care::{CareOption, Tip};
use crate::model::condition::Condition;
use crate::model::exercise::{Dosage, Exercise, Target};
use crate::model::fact::Fact;
use crate::model::field::FieldKind;
use crate::model::finding::{Finding, FindingSource, ScreenFloor, Test};
use crate::model::id::{IdHasher, IdMap, IdSet, MessageId, kebab, push_kebab};
use crate::model::list::List;
use crate::model::red_flag::RedFlag;
use crate::model::reference::{Citation, Reference};
use crate::model::rule::{Group, Rule, RuleKind};
use crate::model::set::{Bits, MAX_FINDINGS};
use crate::model::{
    CareId, CautionId, ChecklistId, ConditionId, ExerciseId, FactId, FindingId, LevelId,
    Provenance, RedFlagId, ReferenceId, ReviewStatus, RuleId, TagId, TipId,
};
use crate::{CareKind, ContentPack, Disposition, Field};

/// The name of the builtin content pack (`data/pack.toml`).
const BUILTIN_NAME: &str = "lowback-builtin";

/// What a name of the data files (an id as written) is, looked up without making an id of it.
type Names<'p, V> = HashMap<Cow<'p, str>, V, BuildHasherDefault<IdHasher>>;

struct Ctx<'p> {
    problems: Vec<ContentProblem>,
    /// Data files that could not be read: a link into one is not called dangling (the file's
    /// own problem is the one to fix, and its items would each be named again).
    unreadable: Vec<String>,
    /// Whether each reference (by position) is cited.
    cited: Vec<bool>,
    /// The position of each reference, by its id as written (only valid, unique ids are
    /// here, so a name that is not is dangling, as it would be parsed first).
    references: Names<'p, u32>,
    findings: IdMap<FindingId, usize>,
    /// The position and id of each finding, by its id as written (as for `references`).
    finding_names: Names<'p, (usize, FindingId)>,
    /// The positions of every item's references, item after item: the provenances are parts
    /// of this list (and of the list of their ids) once every item is read
    /// ([`Ctx::share_provenance`]).
    provenance_positions: Vec<u32>,
    /// Each item's part of those lists, in the order the items were read.
    provenance_parts: Vec<(usize, usize)>,
    /// The short texts of few distinct values (dates, roles, finding kinds), one copy of each.
    /// A set, so that a pack with many distinct values stays linear.
    texts: IdSet<Arc<str>>,
    /// The message ids of the items (but rules), one after the other, and each item's part,
    /// in the order the items were read: shared once every item is read
    /// ([`Ctx::share_message_ids`]).
    message_ids: String,
    message_id_parts: Vec<(usize, usize)>,
    /// An empty text, for a message id not shared yet.
    no_text: Arc<str>,
}

/// What [`Ctx::parse_embedded`] found.
enum Embedded<T> {
    /// The pack has no compiled form of the file.
    Absent,
    /// The compiled form, read.
    Read(T),
    /// The compiled form does not read (the problem is recorded).
    Unreadable,
}

/// The governance fields of one raw item.
struct Governance<'a> {
    references: &'a Strs<'a>,
    status: ReviewStatus,
    updated: &'a str,
    reviewed: Option<&'a str>,
    reviewer_role: Option<&'a str>,
    next_review: Option<&'a str>,
}

macro_rules! governance {
    ($r:expr) => {
        Governance {
            references: &$r.references,
            status: $r.status,
            updated: &$r.updated,
            reviewed: $r.reviewed.as_deref(),
            reviewer_role: $r.reviewer_role.as_deref(),
            next_review: $r.next_review.as_deref(),
        }
    };
}

impl<'p> Ctx<'p> {
    fn invalid(&mut self, file: &str, item: &str, field: &'static str, message: impl Into<String>) {
        self.problems.push(ContentProblem::InvalidValue {
            file: file.to_owned(),
            item: item.to_owned(),
            field,
            message: message.into(),
        });
    }

    fn dangling(&mut self, file: &str, item: &str, kind: &'static str, target: &str) {
        let into: &[&str] = match kind {
            "finding" | "ordinal finding" => &["findings.toml"],
            "reference" => &["references.toml"],
            "red flag" => &["red_flags.toml"],
            "exercise" => &["exercises.toml"],
            "care option" => &["care.toml"],
            "fact" => &["facts.toml"],
            _ => &["exercises.toml", "care.toml"],
        };
        if into.iter().any(|f| self.unreadable.iter().any(|u| u == f)) {
            return;
        }
        self.problems.push(ContentProblem::DanglingLink {
            file: file.to_owned(),
            item: clip(item),
            kind,
            target: clip(target),
        });
    }

    fn parse<T: serde::Deserialize<'p> + super::tokens::Read<'p>>(
        &mut self,
        pack: &'p ContentPack,
        file: &str,
    ) -> Option<T> {
        let Some(text) = pack.data.get(file) else {
            self.problems.push(ContentProblem::MissingFile {
                file: file.to_owned(),
            });
            return None;
        };
        match self.parse_embedded(pack, file) {
            Embedded::Read(v) => return Some(v),
            Embedded::Unreadable => return None,
            Embedded::Absent => {}
        }
        match toml::from_str(text) {
            Ok(v) => Some(v),
            Err(e) => {
                let at = e.span().map(|s| s.start);
                let mut message = e.message().to_owned();
                if let Some(line) = at.and_then(|at| pack.appended_line(file, at)) {
                    message = format!("{message} (line {line} of the text appended)");
                }
                self.problems.push(ContentProblem::DataSyntax {
                    file: file.to_owned(),
                    line: at.map(|at| line_of(text, at)),
                    message,
                });
                self.unreadable.push(file.to_owned());
                None
            }
        }
    }

    /// A data file read from its compiled form embedded in the crate (token form first, then
    /// JSON), when the pack has one: the file is then still exactly the builtin text, and what is
    /// read may borrow from the crate's data for as long as the program runs (`'x` may be
    /// `'static`).
    fn parse_embedded<'x, T: serde::Deserialize<'x> + super::tokens::Read<'x>>(
        &mut self,
        pack: &ContentPack,
        file: &str,
    ) -> Embedded<T> {
        let tokens: Option<&'x str> = pack.tokens.get(file).copied();
        if let Some(tokens) = tokens {
            return match super::tokens::from_str(tokens) {
                Ok(v) => Embedded::Read(v),
                Err((e, pos)) => {
                    self.problems.push(ContentProblem::DataSyntax {
                        file: format!("compiled/{}", file.replace(".toml", ".tok")),
                        line: Some(line_of(tokens, pos)),
                        message: e.to_string(),
                    });
                    Embedded::Unreadable
                }
            };
        }
        let Some(&json) = pack.compiled.get(file) else {
            return Embedded::Absent;
        };
        match super::compiled::from_str(json) {
            Ok(v) => Embedded::Read(v),
            Err((e, pos)) => {
                self.problems.push(ContentProblem::DataSyntax {
                    file: format!("compiled/{file}"),
                    line: Some(line_of(json, pos)),
                    message: e.to_string(),
                });
                Embedded::Unreadable
            }
        }
    }

    /// Parses an item id, reporting an invalid one.
    fn id<T: std::str::FromStr<Err = crate::IdError>>(
        &mut self,
        file: &str,
        raw: &str,
    ) -> Option<T> {
        match raw.parse() {
            Ok(id) => Some(id),
            Err(e) => {
                self.invalid(file, raw, "id", e.to_string());
                None
            }
        }
    }

    fn unique<K: Hash + Eq + Copy, S: std::hash::BuildHasher>(
        &mut self,
        file: &str,
        kind: &'static str,
        seen: &mut HashMap<K, usize, S>,
        id: K,
        raw: &str,
        pos: usize,
    ) -> bool {
        if seen.insert(id, pos).is_some() {
            self.problems.push(ContentProblem::DuplicateId {
                file: file.to_owned(),
                kind,
                id: raw.to_owned(),
            });
            false
        } else {
            true
        }
    }

    fn date(&mut self, file: &str, item: &str, field: &'static str, d: &str) {
        if !is_date(d) {
            self.invalid(file, item, field, format!("{d:?} is not a YYYY-MM-DD date"));
        }
    }

    /// A context with nothing read yet, after the pack's own `problems` (its files' reading).
    fn new(problems: Vec<ContentProblem>) -> Self {
        Ctx {
            problems,
            cited: Vec::new(),
            references: Names::default(),
            findings: IdMap::default(),
            finding_names: Names::default(),
            provenance_positions: Vec::new(),
            provenance_parts: Vec::new(),
            texts: IdSet::default(),
            message_ids: String::new(),
            message_id_parts: Vec::new(),
            no_text: Arc::from(""),
            unreadable: Vec::new(),
        }
    }

    fn provenance(&mut self, file: &str, item: &str, g: &Governance<'_>) -> Provenance {
        let n = g.references.len();
        if n == 0 {
            self.invalid(
                file,
                item,
                "references",
                "at least one reference is required",
            );
        }
        if self.provenance_positions.capacity() == 0 {
            // Room for the builtin pack's references at once (690 citations by 338 items).
            self.provenance_positions.reserve(1024);
            self.provenance_parts.reserve(512);
        }
        let start = self.provenance_positions.len();
        for r in g.references {
            match self.references.get(r) {
                Some(&pos) => {
                    if let Some(c) = self.cited.get_mut(pos as usize) {
                        *c = true;
                    }
                    self.provenance_positions.push(pos);
                }
                _ => self.dangling(file, item, "reference", r),
            }
        }
        self.provenance_parts
            .push((start, self.provenance_positions.len()));
        self.date(file, item, "updated", g.updated);
        for (field, d) in [("reviewed", g.reviewed), ("next_review", g.next_review)] {
            if let Some(d) = d {
                self.date(file, item, field, d);
            }
        }
        match g.status {
            ReviewStatus::Reviewed => {
                if g.reviewed.is_none() || g.reviewer_role.is_none_or(|r| r.trim().is_empty()) {
                    self.invalid(
                        file,
                        item,
                        "status",
                        "a reviewed item names the review date and the reviewer's role",
                    );
                }
            }
            ReviewStatus::Draft => {
                if g.reviewed.is_some() || g.reviewer_role.is_some() {
                    self.invalid(
                        file,
                        item,
                        "status",
                        "a draft claims no review: remove `reviewed` and `reviewer_role`",
                    );
                }
            }
        }
        // The lists are filled in by `share_provenance`, once every item is read.
        Provenance {
            references: List::new(),
            status: g.status,
            updated: self.text(g.updated),
            reviewed: g.reviewed.map(|t| self.text(t)),
            reviewer_role: g.reviewer_role.map(|t| self.text(t)),
            next_review: g.next_review.map(|t| self.text(t)),
            positions: List::new(),
        }
    }

    /// The message id of an item (`prefix-kebab-id`), filled in by `share_message_ids`.
    fn message_id(&mut self, prefix: &str, id: &str) -> MessageId {
        if self.message_ids.capacity() == 0 {
            // Room for the builtin pack's message ids at once (338 ids in 8,850 bytes), so
            // that neither grows while it is read.
            self.message_ids.reserve(12 * 1024);
            self.message_id_parts.reserve(512);
        }
        let start = self.message_ids.len();
        push_kebab(&mut self.message_ids, prefix, id);
        self.message_id_parts.push((start, self.message_ids.len()));
        MessageId::part(&self.no_text, 0, 0)
    }

    /// Gives each item its part of the shared text of message ids: `items` are the message ids
    /// [`Ctx::message_id`] made, in that order.
    fn share_message_ids<'x>(&mut self, items: impl Iterator<Item = &'x mut MessageId>) {
        let text: Arc<str> = Arc::from(std::mem::take(&mut self.message_ids));
        let mut parts = self.message_id_parts.iter();
        for m in items {
            if let Some(&(start, end)) = parts.next() {
                *m = MessageId::part(&text, start, end);
            }
        }
        debug_assert!(parts.next().is_none(), "a message id made for no item");
    }

    /// The shared copy of a short text with few distinct values (dates, roles, finding kinds).
    fn text(&mut self, t: &str) -> Arc<str> {
        if let Some(shared) = self.texts.get(t) {
            return Arc::clone(shared);
        }
        let shared: Arc<str> = Arc::from(t);
        self.texts.insert(Arc::clone(&shared));
        shared
    }

    /// Gives each provenance its part of the shared reference lists: `items` are every item's
    /// provenance, in the order [`Ctx::provenance`] made them, and `ids` the references' ids
    /// by position.
    fn share_provenance<'x>(
        &mut self,
        ids: &[ReferenceId],
        items: impl Iterator<Item = &'x mut Provenance>,
    ) {
        let positions: Arc<[u32]> = Arc::from(std::mem::take(&mut self.provenance_positions));
        // Every position came from `self.references`, so each has its id. Gathered at its
        // final size first: collected from a filter, the list would grow by doubling.
        let mut references = Vec::with_capacity(positions.len());
        references.extend(
            positions
                .iter()
                .filter_map(|&p| ids.get(p as usize).copied()),
        );
        let references: Arc<[ReferenceId]> = Arc::from(references);
        let mut parts = self.provenance_parts.iter();
        for p in items {
            if let Some(&(start, end)) = parts.next() {
                p.references = List::part(&references, start, end);
                p.positions = List::part(&positions, start, end);
            }
        }
        debug_assert!(parts.next().is_none(), "a provenance made for no item");
    }

    /// Resolves finding ids to their ids and positions.
    fn findings(&mut self, file: &str, item: &str, ids: &Strs<'_>) -> (Vec<FindingId>, Bits) {
        let mut out = Vec::with_capacity(ids.len());
        let mut set = <Bits>::EMPTY;
        for raw in ids {
            match self.finding_names.get(raw).map(|&(i, id)| (id, i)) {
                Some((id, i)) => {
                    if !set.contains(i) {
                        out.push(id);
                    }
                    set.insert(i);
                }
                None => self.dangling(file, item, "finding", raw),
            }
        }
        (out, set)
    }

    fn weighted(
        &mut self,
        file: &str,
        item: &str,
        field: &'static str,
        map: &SortedMap<Str<'_>, u8>,
        max: u8,
    ) -> Vec<(FindingId, usize, u8)> {
        let mut v = Vec::with_capacity(map.len());
        for (k, &w) in map.iter() {
            match self.finding_names.get(&**k).map(|&(i, id)| (id, i)) {
                Some((id, i)) => v.push((id, i, w)),
                None => self.dangling(file, item, "finding", k),
            }
            if !(1..=max).contains(&w) {
                self.invalid(
                    file,
                    item,
                    field,
                    format!("weight of {} is {w}, outside 1..={max}", clip(k)),
                );
            }
        }
        v.sort_by(|a, b| b.2.cmp(&a.2).then(a.1.cmp(&b.1)));
        v
    }

    fn codes(&mut self, file: &str, item: &str, icd10: &Strs<'_>, snomed: &Strs<'_>) {
        if icd10.is_empty() {
            self.invalid(file, item, "icd10", "at least one ICD-10 code is required");
        }
        for c in icd10.iter().filter(|c| !is_icd10(c)) {
            self.invalid(
                file,
                item,
                "icd10",
                format!("{c:?} is not an ICD-10 code (letter, two digits, optional .digits)"),
            );
        }
        for c in snomed
            .iter()
            .filter(|c| !(6..=18).contains(&c.len()) || !c.bytes().all(|b| b.is_ascii_digit()))
        {
            self.invalid(
                file,
                item,
                "snomed",
                format!("{c:?} is not a SNOMED CT concept id (6 to 18 digits)"),
            );
        }
    }

    fn range(&mut self, file: &str, item: &str, field: &'static str, v: u8, lo: u8, hi: u8) {
        if !(lo..=hi).contains(&v) {
            self.invalid(file, item, field, format!("{v} is outside {lo}..={hi}"));
        }
    }

    fn tags(&mut self, file: &str, item: &str, raw: &Strs<'_>) -> Vec<TagId> {
        raw.iter()
            .filter_map(|t| match t.parse::<TagId>() {
                Ok(id) => Some(id),
                Err(e) => {
                    self.invalid(file, item, "tags", format!("{t:?}: {e}"));
                    None
                }
            })
            .collect()
    }
}

/// The positions of the items whose contraindications include one of `questions`.
fn guarded<'a>(contras: impl Iterator<Item = &'a Bits>, questions: &Bits) -> Vec<usize> {
    contras
        .enumerate()
        .filter(|(_, c)| c.intersects(questions))
        .map(|(i, _)| i)
        .collect()
}

fn is_date(s: &str) -> bool {
    // `YYYY-MM-DD`: the ten bytes at once, without a branch per byte.
    let digit = |c: u8| c.is_ascii_digit();
    match *s.as_bytes() {
        [y0, y1, y2, y3, b'-', m0, m1, b'-', d0, d1] => {
            digit(y0)
                & digit(y1)
                & digit(y2)
                & digit(y3)
                & digit(m0)
                & digit(m1)
                & digit(d0)
                & digit(d1)
        }
        _ => false,
    }
}

fn is_icd10(s: &str) -> bool {
    let b = s.as_bytes();
    let head = b.len() >= 3
        && b.first().is_some_and(u8::is_ascii_uppercase)
        && b.get(1..3)
            .is_some_and(|d| d.iter().all(u8::is_ascii_digit));
    let tail = match b.get(3..) {
        None | Some([]) => true,
        Some([b'.', rest @ ..]) => {
            !rest.is_empty() && rest.len() <= 4 && rest.iter().all(u8::is_ascii_alphanumeric)
        }
        Some(_) => false,
    };
    head && tail
}

fn is_semver(s: &str) -> bool {
    let core = s.split(['-', '+']).next().unwrap_or_default();
    let parts: Vec<&str> = core.split('.').collect();
    parts.len() == 3
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
}

/// The references of a pack, checked: `keep` turns a text read from the file into the
/// reference's own (borrowed when the file is the crate's embedded data).
fn references<'p, 'a: 'p>(
    cx: &mut Ctx<'p>,
    index: &mut Index,
    file: Option<ReferencesFile<'a>>,
    keep: impl Fn(Cow<'a, str>) -> Cow<'static, str>,
) -> Vec<Reference> {
    let mut references = Vec::new();
    let Some(f) = file else {
        return references;
    };
    // Optional fields: trimmed, none when empty.
    let opt = |s: Str<'a>| match s.into_cow() {
        Cow::Borrowed(t) => Some(t.trim())
            .filter(|t| !t.is_empty())
            .map(|t| keep(Cow::Borrowed(t))),
        Cow::Owned(t) => Some(t.trim())
            .filter(|t| !t.is_empty())
            .map(|t| Cow::Owned(t.to_owned())),
    };
    references.reserve(f.reference.len());
    index.references.reserve(f.reference.len());
    cx.references.reserve(f.reference.len());
    cx.cited.reserve(f.reference.len());
    for r in f.reference {
        let Some(id) = cx.id::<ReferenceId>("references.toml", &r.id) else {
            continue;
        };
        if !cx.unique(
            "references.toml",
            "reference",
            &mut index.references,
            id,
            &r.id,
            references.len(),
        ) {
            continue;
        }
        if r.title.trim().is_empty() {
            cx.invalid("references.toml", &r.id, "title", "must not be empty");
        }
        if r.doi.is_empty() && r.url.is_empty() && r.container.trim().is_empty() {
            cx.invalid(
                "references.toml",
                &r.id,
                "container",
                "a reference needs a container, a DOI or a URL",
            );
        }
        cx.references.insert(
            r.id.to_cow(),
            u32::try_from(references.len()).unwrap_or(u32::MAX),
        );
        cx.cited.push(false);
        references.push(Reference {
            id,
            kind: r.kind,
            authors: r.authors.into_cows().into_iter().map(&keep).collect(),
            year: r.year,
            title: keep(r.title.into_cow()),
            container: keep(r.container.into_cow()),
            volume: opt(r.volume),
            issue: opt(r.issue),
            pages: opt(r.pages),
            doi: opt(r.doi),
            url: opt(r.url),
            citation: Citation::default(),
        });
    }
    references
}

/// A fast, stable 64-bit hash of the pack's data files (FxHash-style over 8-byte words): the
/// content version's suffix. It identifies content for logs; it is not a security checksum.
///
/// The same hash as the `const` [`hash_bytes`](crate::catalog::pack::hash_bytes) that computes
/// the builtin data's hash when the crate is compiled (a test checks they agree); this one reads
/// the words with `chunks_exact`, about 1.7 times as fast at run time, where an app's pack is
/// hashed on every load.
pub(crate) fn content_hash(pack: &ContentPack) -> u64 {
    use crate::model::id::mix;
    let mut h: u64 = 0;
    let mut eat = |bytes: &[u8]| {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            h = mix(h, u64::from_le_bytes(w));
        }
        let mut w = [0u8; 8];
        let rest = chunks.remainder();
        if let Some(dst) = w.get_mut(..rest.len()) {
            dst.copy_from_slice(rest);
        }
        h = mix(h, u64::from_le_bytes(w) ^ (bytes.len() as u64));
    };
    for (name, text) in &pack.data {
        eat(name.as_bytes());
        eat(text.as_bytes());
    }
    h
}

/// The values of a field that a test accepts: an inclusive interval for numbers, a bit mask of
/// option positions for choices.
fn accepted(field: Field, test: &Test) -> Option<ValueTest> {
    match (field.kind(), test) {
        (FieldKind::Number { min, max }, t) => {
            let (lo, hi) = match *t {
                Test::Below(n) => (min, n.saturating_sub(1)),
                Test::AtLeast(n) => (n, max),
                Test::Above(n) => (n.saturating_add(1), max),
                Test::AtMost(n) => (min, n),
                Test::Between(a, b) => (a, b),
                Test::Is(_) | Test::Has(_) => return None,
            };
            Some(ValueTest::Range(lo.max(min), hi.min(max)))
        }
        (FieldKind::Choice, Test::Is(values)) | (FieldKind::MultiChoice, Test::Has(values)) => {
            let mut mask = 0u32;
            for v in values {
                let pos = field.options().iter().position(|o| o == v)?;
                mask |= 1u32 << pos;
            }
            Some(if field.kind() == FieldKind::Choice {
                ValueTest::Is(mask)
            } else {
                ValueTest::Has(mask)
            })
        }
        _ => None,
    }
}

/// Whether a finding of an ordered field says "this value or worse".
fn upward_closed(field: Field, t: &ValueTest) -> bool {
    match (field.kind(), *t) {
        (FieldKind::Number { max, .. }, ValueTest::Range(_, hi)) => hi >= max,
        (FieldKind::Choice, ValueTest::Is(mask)) => {
            let n = field.options().len();
            let all = if n >= 32 { u32::MAX } else { (1u32 << n) - 1 };
            let k = mask.trailing_zeros();
            mask != 0 && mask == all & (u32::MAX << k)
        }
        (_, ValueTest::Has(_)) => true,
        _ => false,
    }
}

/// The derived findings among `mentions` that do not say "this value or worse", each with its
/// field: findings of an ordered field that a worse answer turns off. Neither an escalating
/// rule nor a screen floor may read them (a worse answer would lower the outcome).
fn not_this_or_worse<'v>(
    vocab: &'v Vocab,
    mentions: &'v Bits,
) -> impl Iterator<Item = (usize, Field)> + 'v {
    (vocab.derived.iter())
        .filter(|(p, field, t)| {
            mentions.contains(*p) && field.is_ordered() && !upward_closed(*field, t)
        })
        .map(|(p, field, _)| (*p, *field))
}

/// The id of the finding at position `at`, for a message (empty if none is there).
fn name_at(findings: &[Finding], positions: &IdMap<FindingId, usize>, at: usize) -> String {
    findings
        .iter()
        .find(|f| positions.get(&f.id) == Some(&at))
        .map_or_else(String::new, |f| f.id.to_string())
}

/// Whether two derived findings of the same field can never both be present.
fn exclusive(a: &ValueTest, b: &ValueTest) -> bool {
    match (*a, *b) {
        (ValueTest::Range(a0, a1), ValueTest::Range(b0, b1)) => a1 < b0 || b1 < a0 || a1 < a0,
        (ValueTest::Is(x), ValueTest::Is(y)) => x & y == 0,
        _ => false,
    }
}

/// The kinds a finding can be (`kind` in `findings.toml`; `data/README.md`).
const FINDING_KINDS: [&str; 6] = [
    "symptom",
    "sign",
    "risk_factor",
    "history",
    "demographic",
    "pattern",
];

/// Reads `findings.toml` into the vocabulary: ids and positions first, then each source.
#[allow(clippy::too_many_lines)] // one finding kind after another
fn findings<'p>(cx: &mut Ctx<'p>, raws: &mut [RawFinding<'p>]) -> (Vec<Finding>, Vocab) {
    let file = "findings.toml";
    let mut ids: Vec<Option<FindingId>> = Vec::with_capacity(raws.len());
    cx.findings.reserve(raws.len());
    cx.finding_names.reserve(raws.len());
    for r in raws.iter() {
        let id = cx.id::<FindingId>(file, &r.id);
        let ok = id.is_some_and(|id| {
            let pos = cx.findings.len();
            let mut seen = std::mem::take(&mut cx.findings);
            let ok = cx.unique(file, "finding", &mut seen, id, &r.id, pos);
            cx.findings = seen;
            if ok {
                cx.finding_names.insert(r.id.to_cow(), (pos, id));
            }
            ok
        });
        ids.push(id.filter(|_| ok));
    }
    if cx.findings.len() > MAX_FINDINGS {
        cx.invalid(
            file,
            "",
            "finding",
            format!(
                "{} findings; a catalog holds at most {MAX_FINDINGS}",
                cx.findings.len()
            ),
        );
    }
    let mut vocab = Vocab {
        len: cx.findings.len().min(MAX_FINDINGS),
        ..Vocab::default()
    };
    let mut out = Vec::with_capacity(raws.len());
    let mut parents: Vec<(usize, Vec<usize>)> = Vec::new();
    // The implications as declared, for the check of what they name.
    let mut declared: Vec<(String, Vec<FindingId>)> = Vec::new();
    // Where each checklist is in `vocab.checklists`, and each ordinal finding (by position) in
    // `vocab.ordinals`: looked up, not searched, so that a pack with many stays linear.
    let mut checklist_at: IdMap<ChecklistId, usize> = IdMap::default();
    for (r, id) in raws.iter_mut().zip(ids) {
        let Some(id) = id else { continue };
        let Some(&pos) = cx.findings.get(&id) else {
            continue;
        };
        let has_test = [
            r.below.is_some(),
            r.at_least.is_some(),
            r.above.is_some(),
            r.at_most.is_some(),
            r.between.is_some(),
            r.is.is_some(),
            r.has.is_some(),
        ]
        .into_iter()
        .filter(|b| *b)
        .count();
        if r.source != RawSource::Derived && (has_test > 0 || r.input.is_some()) {
            cx.invalid(
                file,
                &r.id,
                "input",
                "only derived findings have an input and a test",
            );
        }
        if r.unknown_counts_as_present {
            if r.source == RawSource::Derived {
                vocab.unknown_present.insert(pos);
            } else {
                cx.invalid(
                    file,
                    &r.id,
                    "unknown_counts_as_present",
                    "only derived findings count an unknown field as present",
                );
            }
        }
        if r.source != RawSource::Ordinal && r.levels.is_some() {
            cx.invalid(file, &r.id, "levels", "only ordinal findings have levels");
        }
        if r.source != RawSource::Level && (r.of.is_some() || r.from.is_some()) {
            cx.invalid(
                file,
                &r.id,
                "of",
                "only level findings have `of` and `from`",
            );
        }
        let source = match r.source {
            RawSource::Direct => FindingSource::Direct,
            RawSource::Derived => {
                let field = r.input.as_deref().and_then(Field::from_name);
                let test = match (
                    r.below,
                    r.at_least,
                    r.above,
                    r.at_most,
                    r.between,
                    r.is.take(),
                    r.has.take(),
                ) {
                    (Some(n), ..) => Some(Test::Below(n)),
                    (_, Some(n), ..) => Some(Test::AtLeast(n)),
                    (_, _, Some(n), ..) => Some(Test::Above(n)),
                    (_, _, _, Some(n), ..) => Some(Test::AtMost(n)),
                    (_, _, _, _, Some([a, b]), ..) => Some(Test::Between(a, b)),
                    // The values are taken, not copied: the raw finding is read once.
                    (_, _, _, _, _, Some(v), _) => Some(Test::Is(v)),
                    (_, _, _, _, _, _, Some(v)) => Some(Test::Has(v)),
                    _ => None,
                };
                if has_test != 1 {
                    cx.invalid(
                        file,
                        &r.id,
                        "input",
                        "a derived finding has exactly one test: below, at_least, above, at_most, between, is or has",
                    );
                }
                match (field, test) {
                    (Some(field), Some(test)) => {
                        match accepted(field, &test) {
                            Some(t) => {
                                let none = match t {
                                    ValueTest::Range(lo, hi) => lo > hi,
                                    // `is = []` or `has = []`: no choice at all
                                    ValueTest::Is(mask) | ValueTest::Has(mask) => mask == 0,
                                };
                                if none {
                                    cx.invalid(
                                        file,
                                        &r.id,
                                        "input",
                                        "the test accepts no value of the field",
                                    );
                                }
                                vocab.derived.push((pos, field, t));
                            }
                            None => cx.invalid(
                                file,
                                &r.id,
                                "input",
                                format!(
                                    "the test does not fit the field {field} (numbers take below/at_least/above/at_most/between, choices `is`, pain_locations `has`, with values from {:?})",
                                    field.options()
                                ),
                            ),
                        }
                        FindingSource::Derived { field, test }
                    }
                    (None, _) => {
                        cx.invalid(
                            file,
                            &r.id,
                            "input",
                            format!(
                                "{:?} is not a field of the assessment",
                                r.input.as_deref().unwrap_or("")
                            ),
                        );
                        continue;
                    }
                    (Some(_), None) => continue,
                }
            }
            RawSource::Ordinal => {
                let levels: Vec<LevelId> = r
                    .levels
                    .iter()
                    .flatten()
                    .filter_map(|l| match l.parse::<LevelId>() {
                        Ok(v) => Some(v),
                        Err(e) => {
                            cx.invalid(file, &r.id, "levels", format!("{l:?}: {e}"));
                            None
                        }
                    })
                    .collect();
                if levels.is_empty() {
                    cx.invalid(file, &r.id, "levels", "an ordinal finding needs levels");
                }
                let distinct: HashSet<_> = levels.iter().collect();
                if distinct.len() != levels.len()
                    || levels
                        .iter()
                        .any(|l| matches!(l.as_str(), "yes" | "no" | "unknown"))
                {
                    cx.invalid(
                        file,
                        &r.id,
                        "levels",
                        "levels are distinct and none is yes, no or unknown",
                    );
                }
                vocab.ordinals.push(Ordinal {
                    pos,
                    levels: levels.clone(),
                    children: Vec::new(),
                });
                FindingSource::Ordinal { levels }
            }
            RawSource::Level => {
                let of = r.of.as_deref().and_then(|o| o.parse::<FindingId>().ok());
                let from = r.from.as_deref().and_then(|o| o.parse::<LevelId>().ok());
                if let (Some(of), Some(from)) = (of, from) {
                    FindingSource::Level { of, from }
                } else {
                    cx.invalid(
                        file,
                        &r.id,
                        "of",
                        "a level finding names its ordinal finding (`of`) and level (`from`)",
                    );
                    continue;
                }
            }
        };
        let (implies, parent_bits) = cx.findings(file, &r.id, &r.implies);
        if !implies.is_empty() {
            if !matches!(source, FindingSource::Direct) {
                cx.invalid(
                    file,
                    &r.id,
                    "implies",
                    "only direct findings declare `implies` (levels imply their ordinal finding)",
                );
            }
            parents.push((pos, parent_bits.iter().collect()));
            declared.push((r.id.to_string(), implies.clone()));
        }
        let asked_when_advice = cx.tags(file, &r.id, &r.asked_when_advice);
        let checklist = r
            .checklist
            .as_deref()
            .and_then(|c| match c.parse::<ChecklistId>() {
                Ok(id) => Some(id),
                Err(e) => {
                    cx.invalid(file, &r.id, "checklist", format!("{c:?}: {e}"));
                    None
                }
            });
        if let Some(c) = checklist {
            if matches!(r.source, RawSource::Direct | RawSource::Ordinal) {
                if let Some((_, members)) = checklist_at
                    .get(&c)
                    .and_then(|&i| vocab.checklists.get_mut(i))
                {
                    members.push(pos);
                } else {
                    checklist_at.insert(c, vocab.checklists.len());
                    vocab.checklists.push((c, vec![pos]));
                }
            } else {
                cx.invalid(file, &r.id, "checklist", "only direct and ordinal findings go in a checklist (an ordinal one chosen there is asked its level next)");
            }
        }
        if r.screen {
            vocab.screen.insert(pos);
        }
        let floor = match (r.holds_floor, &r.holds_floor_when) {
            (None | Some(true), None) => ScreenFloor::Always,
            (Some(false), None) => ScreenFloor::Never,
            (None, Some(when)) => {
                let (ids, bits) = cx.findings(file, &r.id, when);
                // An empty list says nothing; a list of unknown ids is named as such above.
                if when.is_empty() {
                    cx.invalid(
                        file,
                        &r.id,
                        "holds_floor_when",
                        "names no finding: write `holds_floor = false` for never",
                    );
                }
                vocab.floor_when.push((pos, bits));
                ScreenFloor::When(ids)
            }
            (Some(_), Some(_)) => {
                cx.invalid(
                    file,
                    &r.id,
                    "holds_floor",
                    "`holds_floor` and `holds_floor_when` do not go together",
                );
                ScreenFloor::Always
            }
        };
        if floor != ScreenFloor::Always && !r.screen {
            cx.invalid(
                file,
                &r.id,
                "holds_floor",
                "only a screen question (`screen = true`) holds the floor",
            );
        }
        if r.screen && floor == ScreenFloor::Always {
            vocab.floor_always.insert(pos);
        }
        if r.safety_net {
            vocab.safety_net.insert(pos);
        }
        if !asked_when_advice.is_empty() {
            vocab.advice_questions.insert(pos);
        }
        if !FINDING_KINDS.contains(&&*r.kind) {
            cx.invalid(
                file,
                &r.id,
                "kind",
                format!(
                    "\"{}\" is not a kind of finding: {}",
                    crate::catalog::pack::clip(&r.kind),
                    FINDING_KINDS.join(", ")
                ),
            );
        }
        let provenance = cx.provenance(file, &r.id, &governance!(r));
        out.push(Finding {
            id,
            kind: cx.text(&r.kind),
            source,
            screen: r.screen,
            floor,
            safety_net: r.safety_net,
            checklist,
            implies,
            asked_when_advice,
            unknown_counts_as_present: vocab.unknown_present.contains(pos),
            provenance,
            message_id: cx.message_id("finding", id.as_str()),
        });
    }
    // Levels: attach each to its ordinal finding.
    let ordinal_at: IdMap<usize, usize> = vocab
        .ordinals
        .iter()
        .enumerate()
        .map(|(i, o)| (o.pos, i))
        .collect();
    for f in &out {
        if let FindingSource::Level { of, from } = &f.source {
            let pos = cx.findings.get(&f.id).copied().unwrap_or(usize::MAX);
            let parent = cx.findings.get(of).copied();
            match parent
                .and_then(|p| ordinal_at.get(&p))
                .and_then(|&i| vocab.ordinals.get_mut(i))
            {
                Some(o) => match o.levels.iter().position(|l| l == from) {
                    Some(k) => {
                        o.children.push((pos, k));
                        parents.push((pos, vec![o.pos]));
                    }
                    None => cx.invalid(
                        file,
                        f.id.as_str(),
                        "from",
                        format!("{from} is not a level of {of}"),
                    ),
                },
                None => cx.dangling(file, f.id.as_str(), "ordinal finding", of.as_str()),
            }
        }
    }
    // A floor's findings say "this value or worse", as an escalating rule's do: a worse answer
    // (pain getting worse rather than better) must not turn the floor off.
    for (pos, when) in &vocab.floor_when {
        for (p, field) in not_this_or_worse(&vocab, when) {
            let (item, bad) = (
                name_at(&out, &cx.findings, *pos),
                name_at(&out, &cx.findings, p),
            );
            cx.invalid(
                file,
                &item,
                "holds_floor_when",
                format!(
                    "{bad} is not \"this {field} or worse\": a worse answer would turn the floor off"
                ),
            );
        }
    }
    // A screen question's levels hold its floor with it: a rule that waits on "new" symptoms in
    // both legs waits on the both-legs question, unasked.
    for o in &vocab.ordinals {
        if vocab.floor_always.contains(o.pos) {
            for &(child, _) in &o.children {
                vocab.floor_always.insert(child);
            }
        }
        let when = vocab
            .floor_when
            .iter()
            .find(|(p, _)| *p == o.pos)
            .map(|(_, w)| *w);
        if let Some(w) = when {
            vocab
                .floor_when
                .extend(o.children.iter().map(|&(child, _)| (child, w)));
        }
    }
    // A finding implies only findings a person answers (direct or ordinal): a derived finding
    // comes from its field and a level from its ordinal's answer, so "implied" they would
    // contradict the answers that set them.
    for (child, implied) in &declared {
        for p in implied {
            let source = out.iter().find(|f| f.id == *p).map(|f| &f.source);
            if matches!(
                source,
                Some(FindingSource::Derived { .. } | FindingSource::Level { .. })
            ) {
                cx.invalid(
                    file,
                    child,
                    "implies",
                    format!("{p} is not a finding a person answers (it is derived or a level): only direct and ordinal findings can be implied"),
                );
            }
        }
    }
    // Implications: reject cycles, then order children before parents.
    let mut order: Vec<usize> = Vec::with_capacity(parents.len());
    let mut state: HashMap<usize, u8> = HashMap::new(); // 1 = visiting, 2 = done
    let edges: HashMap<usize, Vec<usize>> = parents.iter().cloned().collect();
    for &(start, _) in &parents {
        // Iterative depth-first search: content cannot make the stack deep.
        let mut stack: Vec<(usize, usize)> = vec![(start, 0)];
        while let Some((node, i)) = stack.pop() {
            if i == 0 {
                match state.get(&node) {
                    Some(2) => continue,
                    Some(1) => {
                        let name = out
                            .iter()
                            .find(|f| cx.findings.get(&f.id) == Some(&node))
                            .map_or_else(String::new, |f| f.id.to_string());
                        cx.invalid(file, &name, "implies", "implications form a cycle");
                        break;
                    }
                    _ => {
                        state.insert(node, 1);
                    }
                }
            }
            let next = edges.get(&node).and_then(|v| v.get(i)).copied();
            if let Some(n) = next {
                stack.push((node, i + 1));
                if state.get(&n) != Some(&2) {
                    stack.push((n, 0));
                }
            } else {
                state.insert(node, 2);
                order.push(node);
            }
        }
    }
    // `order` lists parents before their children (post-order); the closure wants children
    // first, so that a grandchild's "yes" climbs all the way up.
    order.reverse();
    vocab.implies = order
        .into_iter()
        .filter_map(|c| {
            edges
                .get(&c)
                .map(|ps| (c, ps.iter().copied().collect::<Bits>()))
        })
        .collect();
    for (c, members) in &vocab.checklists {
        if members.len() < 2 {
            cx.invalid(
                file,
                c.as_str(),
                "checklist",
                "a checklist groups at least two findings",
            );
        }
    }
    for f in out.iter().filter(|f| f.is_asked()) {
        if let Some(&pos) = cx.findings.get(&f.id) {
            vocab.asked.insert(pos);
        }
    }
    (out, vocab)
}

/// A test in words, for a message: "below 16", "one of new, worsening".
fn test_words(t: &Test) -> String {
    match t {
        Test::Below(n) => format!("below {n}"),
        Test::AtLeast(n) => format!("at least {n}"),
        Test::Above(n) => format!("above {n}"),
        Test::AtMost(n) => format!("at most {n}"),
        Test::Between(a, b) => format!("between {a} and {b}"),
        Test::Is(v) | Test::Has(v) => format!("one of {}", v.join(", ")),
    }
}

/// How a pack's finding is present on fewer answers than the builtin derived finding `b` of the
/// same id, if it is: another field, another source, a test that accepts fewer values
/// (`age_under_16` redefined as `below = 2`), or an "unknown" that no longer counts as present.
/// A builtin red-flag rule that reads the finding would then fire less often, its own text
/// unchanged.
fn narrowed_derivation(b: &Finding, f: &Finding) -> Option<String> {
    let FindingSource::Derived { field, test } = &b.source else {
        return None;
    };
    let FindingSource::Derived {
        field: pack_field,
        test: pack_test,
    } = &f.source
    else {
        return Some(format!("is no longer derived from {field}"));
    };
    if pack_field != field {
        return Some(format!("is derived from {pack_field}, not {field}"));
    }
    let covers = match (accepted(*field, test), accepted(*field, pack_test)) {
        (Some(ValueTest::Range(lo, hi)), Some(ValueTest::Range(plo, phi))) => {
            lo > hi || (plo <= lo && phi >= hi)
        }
        (Some(ValueTest::Is(m)), Some(ValueTest::Is(p)))
        | (Some(ValueTest::Has(m)), Some(ValueTest::Has(p))) => m & p == m,
        _ => false,
    };
    if !covers {
        return Some(format!(
            "is present on fewer answers: {field} {}, not {field} {}",
            test_words(pack_test),
            test_words(test)
        ));
    }
    (b.unknown_counts_as_present && !f.unknown_counts_as_present)
        .then(|| format!("no longer counts as present when {field} is unknown"))
}

/// How a pack's screen question holds the "see a clinician" floor less often than the builtin
/// one, if it does: `Always` is the most, `Never` the least, and `When` holds less when it
/// drops a finding of the builtin list.
fn weakened_floor(builtin: &ScreenFloor, pack: &ScreenFloor) -> Option<String> {
    let held = |f: &ScreenFloor| match f {
        ScreenFloor::Always => "always".to_owned(),
        ScreenFloor::Never => "never".to_owned(),
        ScreenFloor::When(ids) => format!(
            "while one of {} is present or possible",
            ids.iter()
                .map(FindingId::as_str)
                .collect::<Vec<_>>()
                .join(", ")
        ),
    };
    let weaker = match (builtin, pack) {
        (ScreenFloor::Always | ScreenFloor::When(_), ScreenFloor::Always)
        | (ScreenFloor::Never, _) => false,
        (ScreenFloor::Always, _) | (ScreenFloor::When(_), ScreenFloor::Never) => true,
        (ScreenFloor::When(b), ScreenFloor::When(p)) => b.iter().any(|id| !p.contains(id)),
    };
    weaker.then(|| {
        format!(
            "unasked, holds the \"see a clinician\" floor {} (builtin: {})",
            held(pack),
            held(builtin)
        )
    })
}

/// How a pack's rule `r` catches less than the builtin red-flag rule `b` of the same id, if it
/// does: a lower disposition, another kind, or a test that can fail where the builtin one holds.
/// The test is judged part by part, soundly: `all` may only lose findings, each group may only
/// gain findings or need fewer, the score may only gain findings or weight or need less; any
/// other change is named, even one that a clinician would call as strong.
fn weakened_rule(b: &Rule, r: &Rule) -> Option<String> {
    if r.kind != RuleKind::RedFlag {
        return Some("is no longer a red-flag rule".to_owned());
    }
    if r.disposition < b.disposition {
        let name = |d: Option<Disposition>| d.map_or("nothing", Disposition::as_str);
        return Some(format!(
            "sets {}, not {}",
            name(r.disposition),
            name(b.disposition)
        ));
    }
    let more: Vec<&str> = r
        .all
        .iter()
        .filter(|f| !b.all.contains(f))
        .map(FindingId::as_str)
        .collect();
    if !more.is_empty() {
        return Some(format!("also needs {}", more.join(", ")));
    }
    let group_kept = |i: usize, g: &Group| {
        b.groups
            .get(i)
            .is_some_and(|h| g.min <= h.min && h.of.iter().all(|f| g.of.contains(f)))
    };
    if !r.groups.iter().enumerate().all(|(i, g)| group_kept(i, g)) {
        return Some("needs more of its groups (any, groups) to fire".to_owned());
    }
    let weight = |score: &[(FindingId, u8)], f: FindingId| {
        score.iter().find(|(x, _)| *x == f).map_or(0, |(_, w)| *w)
    };
    let score_kept = r.at_least == 0
        || (r.at_least <= b.at_least
            && b.at_least > 0
            && b.score.iter().all(|(f, w)| weight(&r.score, *f) >= *w));
    if !score_kept {
        return Some("needs a higher score to fire".to_owned());
    }
    None
}

/// Builds a catalog from a pack: every file read, every problem listed.
///
/// `data_hash`: the [`content_hash`] of the pack's data, when it is known already (the
/// embedded data's, computed at compile time).
#[allow(clippy::too_many_lines)] // one pass over the files, in dependency order, reads best in one place
pub(crate) fn build(
    pack: &ContentPack,
    check_translations: bool,
    data_hash: Option<u64>,
) -> Result<Catalog, ContentError> {
    let mut cx = Ctx::new(pack.problems.clone());
    let mut index = Index::default();

    let mut content_version = String::new();
    if let Some(p) = cx.parse::<PackFile>(pack, "pack.toml") {
        if !is_semver(&p.version) {
            cx.invalid(
                "pack.toml",
                &p.name,
                "version",
                format!("{:?} is not a semantic version (1.2.3)", p.version),
            );
        }
        let hash = data_hash.unwrap_or_else(|| content_hash(pack));
        content_version = format!("{}+{:016x}", p.version, hash);
        index.pack_name = p.name;
    }

    // References first: everything else cites them. Read from the crate's embedded data, their
    // texts borrow from it; read from an app's file, they are copied.
    let file = "references.toml";
    let embedded = if pack.data.contains_key(file) {
        cx.parse_embedded::<ReferencesFile<'static>>(pack, file)
    } else {
        Embedded::Absent
    };
    let references = match embedded {
        Embedded::Read(f) => references(&mut cx, &mut index, Some(f), |t| t),
        Embedded::Unreadable => Vec::new(),
        Embedded::Absent => {
            let f = cx.parse::<ReferencesFile>(pack, file);
            references(&mut cx, &mut index, f, |t| Cow::Owned(t.into_owned()))
        }
    };

    // The vocabulary.
    let (mut findings, mut vocab) = match cx.parse::<FindingsFile>(pack, "findings.toml") {
        Some(mut f) => findings(&mut cx, &mut f.finding),
        None => (Vec::new(), Vocab::default()),
    };

    let mut red_flags = Vec::new();
    if let Some(f) = cx.parse::<RedFlagsFile>(pack, "red_flags.toml") {
        red_flags.reserve(f.red_flag.len());
        index.red_flags.reserve(f.red_flag.len());
        for r in f.red_flag {
            let Some(id) = cx.id::<RedFlagId>("red_flags.toml", &r.id) else {
                continue;
            };
            if !cx.unique(
                "red_flags.toml",
                "red flag",
                &mut index.red_flags,
                id,
                &r.id,
                red_flags.len(),
            ) {
                continue;
            }
            cx.codes("red_flags.toml", &r.id, &r.icd10, &r.snomed);
            let provenance = cx.provenance("red_flags.toml", &r.id, &governance!(r));
            red_flags.push(RedFlag {
                id,
                icd10: r.icd10.into_strings(),
                snomed: r.snomed.into_strings(),
                call_for_help: r.call_for_help,
                urgent_action: r.urgent_action,
                provenance,
                message_id: cx.message_id("red-flag", id.as_str()),
            });
        }
    }

    // Each advice tag's exercises and care options (their positions), so that a rule's
    // `withhold` is a look-up, not a walk through every item (rules x items on a big pack).
    // The items of advice share one space of positions: the exercises, then the care options,
    // then the tips (`Index::care_at`, `Index::tips_at`), so that what a triage withholds is one
    // set whatever the kind of item.
    let mut tagged: IdMap<TagId, Bits> = IdMap::default();
    let mut exercises = Vec::new();
    if let Some(f) = cx.parse::<ExercisesFile>(pack, "exercises.toml") {
        exercises.reserve(f.exercise.len());
        index.exercises.reserve(f.exercise.len());
        for r in f.exercise {
            let file = "exercises.toml";
            let Some(id) = cx.id::<ExerciseId>(file, &r.id) else {
                continue;
            };
            if !cx.unique(
                file,
                "exercise",
                &mut index.exercises,
                id,
                &r.id,
                exercises.len(),
            ) {
                continue;
            }
            cx.range(file, &r.id, "sets", r.sets, 1, 10);
            cx.range(file, &r.id, "reps", r.reps, 1, 50);
            cx.range(file, &r.id, "hold_seconds", r.hold_seconds, 0, 120);
            cx.range(file, &r.id, "days_per_week", r.days_per_week, 1, 7);
            cx.range(file, &r.id, "steps", r.steps, 1, 12);
            if r.targets.is_empty() {
                cx.invalid(file, &r.id, "targets", "at least one target is required");
            }
            let item_tags = cx.tags(file, &r.id, &r.tags);
            for t in &item_tags {
                tagged
                    .entry(*t)
                    .or_insert(Bits::EMPTY)
                    .insert(exercises.len());
            }
            let (contraindications, contra) = cx.findings(file, &r.id, &r.contraindications);
            let provenance = cx.provenance(file, &r.id, &governance!(r));
            exercises.push(Exercise {
                id,
                targets: r.targets,
                dosage: Dosage {
                    sets: r.sets,
                    reps: r.reps,
                    hold_seconds: r.hold_seconds,
                    days_per_week: r.days_per_week,
                },
                steps: r.steps,
                tags: item_tags,
                contraindications,
                from_article: r.from_article,
                provenance,
                contra,
                message_id: cx.message_id("exercise", id.as_str()),
            });
        }
    }

    let mut care = Vec::new();
    let mut tips = Vec::new();
    if let Some(f) = cx.parse::<CareFile>(pack, "care.toml") {
        let file = "care.toml";
        care.reserve(f.care.len());
        index.care.reserve(f.care.len());
        tips.reserve(f.tip.len());
        index.tips.reserve(f.tip.len());
        for r in f.care {
            let Some(id) = cx.id::<CareId>(file, &r.id) else {
                continue;
            };
            if !cx.unique(file, "care option", &mut index.care, id, &r.id, care.len()) {
                continue;
            }
            let item_tags = cx.tags(file, &r.id, &r.tags);
            for t in &item_tags {
                tagged
                    .entry(*t)
                    .or_insert(Bits::EMPTY)
                    .insert(exercises.len() + care.len());
            }
            let (contraindications, contra) = cx.findings(file, &r.id, &r.contraindications);
            let provenance = cx.provenance(file, &r.id, &governance!(r));
            care.push(CareOption {
                id,
                kind: r.kind,
                tags: item_tags,
                contraindications,
                provenance,
                contra,
                message_id: cx.message_id("care", id.as_str()),
            });
        }
        for r in f.tip {
            let Some(id) = cx.id::<TipId>(file, &r.id) else {
                continue;
            };
            if !cx.unique(file, "tip", &mut index.tips, id, &r.id, tips.len()) {
                continue;
            }
            let item_tags = cx.tags(file, &r.id, &r.tags);
            for t in &item_tags {
                tagged
                    .entry(*t)
                    .or_insert(Bits::EMPTY)
                    .insert(exercises.len() + care.len() + tips.len());
            }
            let (contraindications, contra) = cx.findings(file, &r.id, &r.contraindications);
            let provenance = cx.provenance(file, &r.id, &governance!(r));
            tips.push(Tip {
                id,
                tags: item_tags,
                contraindications,
                provenance,
                contra,
                message_id: cx.message_id("tip", id.as_str()),
            });
        }
    }
    let advice_items = exercises.len() + care.len() + tips.len();
    if advice_items > MAX_FINDINGS {
        cx.invalid(
            "",
            "",
            "id",
            format!(
                "{advice_items} items of advice (exercises, care options and tips); a catalog holds at most {MAX_FINDINGS}"
            ),
        );
    }
    let (care_at, tips_at) = (exercises.len(), exercises.len() + care.len());
    let is_tag = |t: &TagId| tagged.contains_key(t);
    for f in &findings {
        for t in f.asked_when_advice.iter().filter(|t| !is_tag(t)) {
            cx.dangling("findings.toml", f.id.as_str(), "advice tag", t.as_str());
        }
    }

    let mut rules = Vec::new();
    let mut table = crate::model::rule::RuleTable::default();
    let mut cautions: Vec<CautionId> = Vec::new();
    let mut caution_seen: IdSet<CautionId> = IdSet::default();
    let rules_file = cx.parse::<RulesFile>(pack, "rules.toml");
    // Whether the rules could be read: when they could not, that is the problem to fix, and no
    // builtin rule is called missing.
    let rules_read = rules_file.is_some();
    if let Some(f) = rules_file {
        rules.reserve(f.rule.len());
        index.rules.reserve(f.rule.len());
        table.rules.reserve(f.rule.len());
        // Scratch lists for the rule table, reused from rule to rule.
        let mut scratch_all: Vec<usize> = Vec::new();
        let mut scratch_groups: Vec<(Vec<usize>, usize)> = Vec::new();
        let mut scratch_score: Vec<(usize, u32)> = Vec::new();
        let mut scratch_bits: Vec<(Bits, usize)> = Vec::new();
        // The derived findings, and those of ordered fields that are not "this value or worse":
        // the two checks of a rule's findings below look at the derived findings one by one
        // only when the rule mentions enough of them to fail (most rules mention none).
        let mut derived_bits = Bits::EMPTY;
        let mut not_upward = Bits::EMPTY;
        for (p, field, t) in &vocab.derived {
            derived_bits.insert(*p);
            if field.is_ordered() && !upward_closed(*field, t) {
                not_upward.insert(*p);
            }
        }
        for r in f.rule {
            let file = "rules.toml";
            let Some(id) = cx.id::<RuleId>(file, &r.id) else {
                continue;
            };
            if !cx.unique(file, "rule", &mut index.rules, id, &r.id, rules.len()) {
                continue;
            }
            let (all, all_bits) = cx.findings(file, &r.id, &r.all);
            let mut groups = Vec::new();
            let compiled_groups = &mut scratch_bits;
            compiled_groups.clear();
            let any = (!r.any.is_empty()).then_some((&r.any, r.min_any));
            if any.is_none() && r.min_any.is_some() {
                cx.invalid(file, &r.id, "min_any", "min_any goes with `any`");
            }
            for (of, min) in any
                .into_iter()
                .chain(r.groups.iter().map(|g| (&g.of, g.min)))
            {
                let (ids, bits) = cx.findings(file, &r.id, of);
                let min = min.unwrap_or(1);
                // Counted on what the file names: unknown findings are named already.
                if min == 0 || usize::from(min) > of.len() {
                    cx.invalid(
                        file,
                        &r.id,
                        "groups",
                        format!(
                            "a group needs at least {min} of {} findings: it can never fire (or always does)",
                            of.len()
                        ),
                    );
                }
                compiled_groups.push((bits, usize::from(min)));
                groups.push(Group { of: ids, min });
            }
            let weighted = cx.weighted(file, &r.id, "score", &r.score, u8::MAX);
            let at_least = r.at_least.unwrap_or(0);
            let total: u32 = weighted.iter().map(|(_, _, w)| u32::from(*w)).sum();
            if r.score.is_empty() != (at_least == 0) {
                cx.invalid(
                    file,
                    &r.id,
                    "at_least",
                    "`score` and `at_least` (above 0) go together",
                );
            } else if weighted.len() == r.score.len() && u32::from(at_least) > total {
                cx.invalid(
                    file,
                    &r.id,
                    "at_least",
                    format!("{at_least} is more than the {total} the score can reach: the rule can never fire"),
                );
            }
            // Judged on what the file says: a rule whose only findings are unknown ones has
            // those named already.
            if r.all.is_empty() && r.any.is_empty() && r.groups.is_empty() && r.score.is_empty() {
                cx.invalid(
                    file,
                    &r.id,
                    "all",
                    "a rule needs at least one finding to fire on",
                );
            }
            let mut mentions = all_bits;
            for (g, _) in compiled_groups.iter() {
                mentions = mentions.union(g);
            }
            for (_, i, _) in &weighted {
                mentions.insert(*i);
            }
            // Two findings of `all` that can never hold together.
            let derived_in_all = || {
                vocab
                    .derived
                    .iter()
                    .filter(|(p, _, _)| all_bits.contains(*p))
            };
            if all_bits.intersection(&derived_bits).len() >= 2 {
                for (i, a) in derived_in_all().enumerate() {
                    for b in derived_in_all().skip(i + 1) {
                        if a.1 == b.1 && exclusive(&a.2, &b.2) {
                            cx.invalid(
                                file,
                                &r.id,
                                "all",
                                format!(
                                    "two findings of {} that cannot both hold: the rule can never fire",
                                    a.1
                                ),
                            );
                        }
                    }
                }
            }
            let red_flag = match (&r.kind, &r.red_flag) {
                (RuleKind::RedFlag, Some(flag)) => match flag.parse::<RedFlagId>() {
                    Ok(fid) if index.red_flags.contains_key(&fid) => Some(fid),
                    _ => {
                        cx.dangling(file, &r.id, "red flag", flag);
                        None
                    }
                },
                (RuleKind::RedFlag, None) => {
                    cx.invalid(
                        file,
                        &r.id,
                        "red_flag",
                        "a red_flag rule must name its red flag",
                    );
                    None
                }
                (_, Some(_)) => {
                    cx.invalid(
                        file,
                        &r.id,
                        "red_flag",
                        "only red_flag rules name a red flag",
                    );
                    None
                }
                (_, None) => None,
            };
            match (r.kind, r.disposition) {
                (RuleKind::Advice, Some(_)) => cx.invalid(
                    file,
                    &r.id,
                    "disposition",
                    "an advice rule changes the advice only; it has no disposition",
                ),
                (RuleKind::RedFlag | RuleKind::Referral, None) => cx.invalid(
                    file,
                    &r.id,
                    "disposition",
                    "red_flag and referral rules set a disposition",
                ),
                (RuleKind::RedFlag, Some(d)) if d < Disposition::Urgent => cx.invalid(
                    file,
                    &r.id,
                    "disposition",
                    "a red flag rule must be urgent or emergency",
                ),
                (_, Some(Disposition::SelfCare)) => cx.invalid(
                    file,
                    &r.id,
                    "disposition",
                    "a rule cannot lower the outcome to self_care",
                ),
                _ => {}
            }
            if !r.unless_withheld.is_empty()
                && (r.kind != RuleKind::Advice || !r.withhold.is_empty() || r.cautions.is_empty())
            {
                cx.invalid(
                    file,
                    &r.id,
                    "unless_withheld",
                    "only an advice rule that adds cautions and withholds nothing can be set aside by what other rules withhold",
                );
            }
            let mut unless_withheld = Vec::with_capacity(r.unless_withheld.len());
            for w in &r.unless_withheld {
                match w.parse::<TagId>() {
                    Ok(tag) if is_tag(&tag) => unless_withheld.push(tag),
                    _ => cx.dangling(file, &r.id, "advice tag", w),
                }
            }
            if r.kind == RuleKind::Advice && r.withhold.is_empty() && r.cautions.is_empty() {
                cx.invalid(
                    file,
                    &r.id,
                    "withhold",
                    "an advice rule withholds advice or adds a caution",
                );
            }
            // Escalating rules: only "this value or worse" findings of ordered fields.
            if r.disposition.is_some() && mentions.intersects(&not_upward) {
                for (p, field) in not_this_or_worse(&vocab, &mentions) {
                    let name = name_at(&findings, &cx.findings, p);
                    cx.invalid(
                        file,
                        &r.id,
                        "all",
                        format!(
                            "{name} is not \"this {field} or worse\": a worse answer would turn it off and lower the outcome"
                        ),
                    );
                }
            }
            let mut withhold = Vec::with_capacity(r.withhold.len());
            let mut withhold_advice = <Bits>::EMPTY;
            for w in &r.withhold {
                let Ok(tag) = w.parse::<TagId>() else {
                    cx.dangling(file, &r.id, "advice tag or item", w);
                    continue;
                };
                let ex = w
                    .parse::<ExerciseId>()
                    .ok()
                    .and_then(|x| index.exercises.get(&x));
                let ca = w.parse::<CareId>().ok().and_then(|x| index.care.get(&x));
                let ti = w.parse::<TipId>().ok().and_then(|x| index.tips.get(&x));
                if !is_tag(&tag) && ex.is_none() && ca.is_none() && ti.is_none() {
                    cx.dangling(file, &r.id, "advice tag or item", w);
                    continue;
                }
                if let Some(i) = ex {
                    withhold_advice.insert(*i);
                }
                if let Some(i) = ca {
                    withhold_advice.insert(care_at + *i);
                }
                if let Some(i) = ti {
                    withhold_advice.insert(tips_at + *i);
                }
                if let Some(b) = tagged.get(&tag) {
                    withhold_advice = withhold_advice.union(b);
                }
                withhold.push(tag);
            }
            let mut rule_cautions = Vec::with_capacity(r.cautions.len());
            for c in &r.cautions {
                if let Some(id) = cx.id::<CautionId>(file, c) {
                    rule_cautions.push(id);
                    if caution_seen.insert(id) {
                        cautions.push(id);
                    }
                }
            }
            let provenance = cx.provenance(file, &r.id, &governance!(r));
            scratch_all.clear();
            scratch_all.extend(all_bits.iter());
            while scratch_groups.len() < compiled_groups.len() {
                scratch_groups.push((Vec::new(), 0));
            }
            for ((v, m), (g, min)) in scratch_groups.iter_mut().zip(compiled_groups.iter()) {
                v.clear();
                v.extend(g.iter());
                *m = *min;
            }
            scratch_score.clear();
            scratch_score.extend(weighted.iter().map(|(_, i, w)| (*i, u32::from(*w))));
            let mut compiled = table.push(
                &scratch_all,
                scratch_groups
                    .get(..compiled_groups.len())
                    .unwrap_or_default(),
                &scratch_score,
                u32::from(at_least),
            );
            compiled.level = r.disposition;
            compiled.red_flag = r.kind == RuleKind::RedFlag;
            compiled.withholds = !withhold_advice.is_empty();
            table.rules.push(compiled);
            rules.push(Rule {
                id,
                kind: r.kind,
                red_flag,
                disposition: r.disposition,
                all,
                groups,
                score: weighted.iter().map(|(id, _, w)| (*id, *w)).collect(),
                at_least,
                withhold,
                cautions: rule_cautions,
                unless_withheld,
                provenance,
                mentions,
                withhold_advice,
                message_id: cx.message_id("rule", id.as_str()),
            });
        }
    }

    let mut facts = Vec::new();
    if let Some(f) = cx.parse::<FactsFile>(pack, "facts.toml") {
        let file = "facts.toml";
        facts.reserve(f.fact.len());
        index.facts.reserve(f.fact.len());
        for r in f.fact {
            let Some(id) = cx.id::<FactId>(file, &r.id) else {
                continue;
            };
            if !cx.unique(file, "fact", &mut index.facts, id, &r.id, facts.len()) {
                continue;
            }
            for name in r.values.keys().filter(|k| k.parse::<FactId>().is_err()) {
                cx.invalid(
                    file,
                    &r.id,
                    "values",
                    format!("{name:?} is not a valid variable name"),
                );
            }
            let provenance = cx.provenance(file, &r.id, &governance!(r));
            facts.push(Fact {
                id,
                values: r.values.into_iter().collect(),
                provenance,
                message_id: cx.message_id("fact", id.as_str()),
            });
        }
    }

    let mut conditions = Vec::new();
    if let Some(f) = cx.parse::<ConditionsFile>(pack, "conditions.toml") {
        let file = "conditions.toml";
        conditions.reserve(f.condition.len());
        index.conditions.reserve(f.condition.len());
        index.condition_exercises.reserve(f.condition.len());
        index.condition_care.reserve(f.condition.len());
        for r in f.condition {
            let Some(id) = cx.id::<ConditionId>(file, &r.id) else {
                continue;
            };
            if !cx.unique(
                file,
                "condition",
                &mut index.conditions,
                id,
                &r.id,
                conditions.len(),
            ) {
                continue;
            }
            cx.codes(file, &r.id, &r.icd10, &r.snomed);
            let (requires_any, requires) = cx.findings(file, &r.id, &r.requires_any);
            let supporting = cx.weighted(file, &r.id, "supporting", &r.supporting, 5);
            let against = cx.weighted(file, &r.id, "against", &r.against, 5);
            if r.supporting.is_empty() {
                cx.invalid(
                    file,
                    &r.id,
                    "supporting",
                    "at least one supporting finding is required",
                );
            }
            let n = r.exercises.len();
            let mut ex_pos = Vec::with_capacity(n);
            let mut exercise_ids = Vec::with_capacity(n);
            for e in &r.exercises {
                match e
                    .parse::<ExerciseId>()
                    .ok()
                    .and_then(|x| index.exercises.get(&x).map(|&i| (x, i)))
                {
                    Some((x, i)) => {
                        exercise_ids.push(x);
                        ex_pos.push(i);
                    }
                    None => cx.dangling(file, &r.id, "exercise", e),
                }
            }
            if n < 2 {
                cx.invalid(
                    file,
                    &r.id,
                    "exercises",
                    "each condition links at least two exercises",
                );
            }
            let mut care_pos = Vec::with_capacity(r.care.len());
            let mut care_ids = Vec::with_capacity(r.care.len());
            for c in &r.care {
                match c
                    .parse::<CareId>()
                    .ok()
                    .and_then(|x| index.care.get(&x).map(|&i| (x, i)))
                {
                    Some((x, i)) => {
                        care_ids.push(x);
                        care_pos.push(i);
                    }
                    None => cx.dangling(file, &r.id, "care option", c),
                }
            }
            let mut fact_ids = Vec::with_capacity(r.facts.len());
            for x in &r.facts {
                match x
                    .parse::<FactId>()
                    .ok()
                    .filter(|x| index.facts.contains_key(x))
                {
                    Some(x) => fact_ids.push(x),
                    None => cx.dangling(file, &r.id, "fact", x),
                }
            }
            let provenance = cx.provenance(file, &r.id, &governance!(r));
            index.condition_exercises.push(ex_pos);
            index.condition_care.push(care_pos);
            conditions.push(Condition {
                id,
                icd10: List::shared(&Arc::from(r.icd10.into_strings())),
                snomed: List::shared(&Arc::from(r.snomed.into_strings())),
                region: r.region,
                advice_group: r.advice_group,
                requires_any,
                supporting: supporting.iter().map(|(f, _, w)| (*f, *w)).collect(),
                against: against.iter().map(|(f, _, w)| (*f, *w)).collect(),
                min_score: r.min_score,
                exercises: exercise_ids,
                care: care_ids,
                facts: fact_ids,
                provenance,
                requires,
                supporting_ix: supporting.iter().map(|(_, i, w)| (*i, *w)).collect(),
                against_ix: against.iter().map(|(_, i, w)| (*i, *w)).collect(),
                masks: crate::model::condition::Masks::new(
                    supporting.iter().map(|(_, i, w)| (*i, *w)),
                    against.iter().map(|(_, i, w)| (*i, *w)),
                ),
                message_id: cx.message_id("condition", id.as_str()),
            });
        }
    }

    let reference_ids: Vec<ReferenceId> = references.iter().map(|r| r.id).collect();
    cx.share_provenance(
        &reference_ids,
        findings
            .iter_mut()
            .map(|x| &mut x.provenance)
            .chain(red_flags.iter_mut().map(|x| &mut x.provenance))
            .chain(exercises.iter_mut().map(|x| &mut x.provenance))
            .chain(care.iter_mut().map(|x| &mut x.provenance))
            .chain(tips.iter_mut().map(|x| &mut x.provenance))
            .chain(rules.iter_mut().map(|x| &mut x.provenance))
            .chain(facts.iter_mut().map(|x| &mut x.provenance))
            .chain(conditions.iter_mut().map(|x| &mut x.provenance)),
    );

    cx.share_message_ids(
        findings
            .iter_mut()
            .map(|x| &mut x.message_id)
            .chain(red_flags.iter_mut().map(|x| &mut x.message_id))
            .chain(exercises.iter_mut().map(|x| &mut x.message_id))
            .chain(care.iter_mut().map(|x| &mut x.message_id))
            .chain(tips.iter_mut().map(|x| &mut x.message_id))
            .chain(rules.iter_mut().map(|x| &mut x.message_id))
            .chain(facts.iter_mut().map(|x| &mut x.message_id))
            .chain(conditions.iter_mut().map(|x| &mut x.message_id)),
    );

    // A pack built on the builtin content must keep every builtin red-flag rule and screen
    // question, as strong as they are, or say why.
    // (The builtin load itself skips this: it is what the others are compared with.)
    let compared = !["findings.toml", "rules.toml"]
        .iter()
        .any(|f| cx.unreadable.iter().any(|u| u == f));
    if check_translations && index.pack_name == BUILTIN_NAME && compared {
        let acknowledged = |id: &str| pack.removed_rules.iter().any(|x| x == id);
        let builtin = Catalog::builtin();
        for b in builtin
            .rules()
            .iter()
            .filter(|r| r.kind == RuleKind::RedFlag)
        {
            if acknowledged(b.id.as_str()) {
                continue;
            }
            match index.rules.get(&b.id).and_then(|&i| rules.get(i)) {
                None if rules_read && !index.rules.contains_key(&b.id) => {
                    cx.problems.push(ContentProblem::RemovedRedFlagRule {
                        id: b.id.to_string(),
                    });
                }
                Some(r) => {
                    if let Some(change) = weakened_rule(b, r) {
                        cx.problems.push(ContentProblem::WeakenedRedFlag {
                            file: "rules.toml".to_owned(),
                            id: b.id.to_string(),
                            change,
                        });
                    }
                }
                None => {}
            }
        }
        for b in builtin.findings().iter().filter(|f| f.screen) {
            let kept = cx.findings.get(&b.id).and_then(|&i| findings.get(i));
            let change = match kept {
                Some(f) if !f.screen => {
                    Some("is no longer a red-flag screen question (screen = true)".to_owned())
                }
                Some(f) => weakened_floor(&b.floor, &f.floor),
                None => None,
            };
            if let Some(change) = change.filter(|_| !acknowledged(b.id.as_str())) {
                cx.problems.push(ContentProblem::WeakenedRedFlag {
                    file: "findings.toml".to_owned(),
                    id: b.id.to_string(),
                    change,
                });
            }
        }
        // The derived findings that the builtin red flags read (in a rule, or in a screen
        // question's floor): a pack that keeps the rule but narrows the finding's test
        // (`age_under_16` as `below = 2`) weakens the red flag as surely as one that edits it.
        let read_by_red_flags: IdSet<FindingId> = builtin
            .rules()
            .iter()
            .filter(|r| r.kind == RuleKind::RedFlag)
            .flat_map(|r| {
                (r.all.iter())
                    .chain(r.groups.iter().flat_map(|g| g.of.iter()))
                    .chain(r.score.iter().map(|(f, _)| f))
            })
            .chain(builtin.findings().iter().flat_map(|f| match &f.floor {
                ScreenFloor::When(ids) => ids.as_slice(),
                ScreenFloor::Always | ScreenFloor::Never => &[],
            }))
            .copied()
            .collect();
        let derived_read = || {
            builtin.findings().iter().filter(|f| {
                read_by_red_flags.contains(&f.id)
                    && matches!(f.source, FindingSource::Derived { .. })
            })
        };
        for b in derived_read() {
            let kept = cx.findings.get(&b.id).and_then(|&i| findings.get(i));
            let change = kept.and_then(|f| narrowed_derivation(b, f));
            if let Some(change) = change.filter(|_| !acknowledged(b.id.as_str())) {
                cx.problems.push(ContentProblem::WeakenedRedFlag {
                    file: "findings.toml".to_owned(),
                    id: b.id.to_string(),
                    change,
                });
            }
        }
        // An acknowledgement names a builtin red-flag rule: a misspelt one would leave the
        // rule it meant unacknowledged, and say nothing.
        let red_flag_rules = || {
            builtin
                .rules()
                .iter()
                .filter(|r| r.kind == RuleKind::RedFlag)
                .map(|r| r.id.as_str())
                .chain(
                    builtin
                        .findings()
                        .iter()
                        .filter(|f| f.screen)
                        .map(|f| f.id.as_str()),
                )
                .chain(derived_read().map(|f| f.id.as_str()))
        };
        for id in &pack.removed_rules {
            if !red_flag_rules().any(|r| r == id) {
                let meant = crate::model::closest::closest(id, red_flag_rules())
                    .map(|m| format!(" (did you mean {m:?}?)"))
                    .unwrap_or_default();
                cx.invalid(
                    "rules.toml",
                    &crate::catalog::pack::clip(id),
                    "acknowledge_removed_rule",
                    format!(
                        "not a builtin red-flag rule, screen question or finding a red flag reads, so there is nothing to acknowledge{meant}"
                    ),
                );
            }
        }
    }

    for (r, cited) in references.iter().zip(&cx.cited) {
        if !cited {
            cx.problems.push(ContentProblem::UncitedReference {
                id: r.id.to_string(),
            });
        }
    }

    // The safety net's references: those of its findings.
    let mut safety_net_references: Vec<u32> = Vec::new();
    for f in &findings {
        if f.safety_net {
            for r in &f.provenance.positions {
                if !safety_net_references.contains(r) {
                    safety_net_references.push(*r);
                }
            }
        }
    }
    index.safety_net_references = safety_net_references;
    index.safety_net = List::shared(
        &vocab
            .safety_net
            .iter()
            .filter_map(|f| findings.get(f).map(|x| x.id))
            .collect(),
    );
    index.tip_ids = List::shared(&tips.iter().map(|t| t.id).collect());
    index.finding_ids = findings.iter().map(|f| f.id).collect::<Vec<_>>().into();
    index.reference_ids = reference_ids.into();
    index.advice_contra = (exercises.iter().map(|x| x.contra))
        .chain(care.iter().map(|x| x.contra))
        .chain(tips.iter().map(|x| x.contra))
        .collect();
    (index.care_at, index.tips_at) = (care_at, tips_at);
    index.findings = std::mem::take(&mut cx.findings);
    vocab.len = findings.len().min(MAX_FINDINGS);
    vocab.all = <Bits>::first(vocab.len);
    vocab.group_fields();
    index.guarded_advice = guarded(index.advice_contra.iter(), &vocab.advice_questions);
    table.finish(vocab.len, rules.iter().map(|r| &r.mentions));
    let scores = crate::model::score::ScoreTable::new(vocab.len, &conditions);
    for f in vocab.safety_net.iter() {
        // The finding and what comes with it, alone.
        let present = vocab.present_with(f);
        let emergency = table
            .tests(&present, &present)
            .any(|(c, holds, _)| c.level == Some(Disposition::Emergency) && holds);
        if emergency {
            vocab.safety_net_emergency.insert(f);
            continue;
        }
        // Not alone: the emergency rules that could fire once it is present, with other answers.
        // Each with its `all` findings that the sign does not bring: a triage tests the rule
        // only when those are present.
        let rules_on_it: Vec<(usize, Bits)> = rules
            .iter()
            .enumerate()
            .filter(|(_, r)| {
                r.disposition == Some(Disposition::Emergency) && r.mentions.intersects(&present)
            })
            .map(|(i, r)| {
                let mut need = <Bits>::EMPTY;
                for p in r.all.iter().filter_map(|id| index.findings.get(id)) {
                    need.insert(*p);
                }
                (i, need.difference(&present))
            })
            .collect();
        if !rules_on_it.is_empty() {
            vocab
                .safety_net_in_context
                .push(crate::catalog::vocab::SignInContext {
                    sign: f,
                    with_it: present,
                    rules: rules_on_it,
                });
        }
    }

    // Translations: every message the items need, in every locale, with the same variables.
    if check_translations {
        let required = required_messages(
            &findings,
            &red_flags,
            &rules,
            &cautions,
            &conditions,
            &exercises,
            &care,
            &tips,
            &facts,
        );
        // A fact's message gets its values; every other message, what the code passes.
        let fact_vars: std::collections::BTreeMap<&str, Vec<&str>> = facts
            .iter()
            .map(|f| {
                (
                    f.message_id(),
                    f.values.iter().map(|(k, _)| k.as_str()).collect(),
                )
            })
            .collect();
        check_locales(pack.locale_check(), &required, &fact_vars, &mut cx.problems);
    }

    if !cx.problems.is_empty() {
        // A message both an item and the locale check miss is listed once.
        crate::catalog::ftl::dedupe(&mut cx.problems);
        return Err(ContentError::of(cx.problems));
    }
    Ok(Catalog {
        content_version: content_version.into(),
        references,
        findings,
        vocab,
        red_flags,
        rules,
        table,
        scores,
        conditions,
        exercises,
        care,
        tips,
        facts,
        index,
    })
}

#[allow(clippy::too_many_arguments)] // one list per kind of item, read once
fn required_messages(
    findings: &[Finding],
    red_flags: &[RedFlag],
    rules: &[Rule],
    cautions: &[CautionId],
    conditions: &[Condition],
    exercises: &[Exercise],
    care: &[CareOption],
    tips: &[Tip],
    facts: &[Fact],
) -> Vec<(String, Option<Cow<'static, str>>)> {
    let mut req: Vec<(String, Option<Cow<'static, str>>)> = Vec::new();
    let mut seen_checklists: IdSet<ChecklistId> = IdSet::default();
    for c in findings.iter().filter_map(|f| f.checklist) {
        if seen_checklists.insert(c) {
            req.push((kebab("checklist", c.as_str()), None));
            req.push((kebab("checklist", c.as_str()), Some("question".into())));
        }
    }
    for f in findings {
        req.push((f.message_id.to_string(), None));
        req.push((f.message_id.to_string(), Some("absent".into())));
        if f.is_asked() {
            req.push((f.message_id.to_string(), Some("question".into())));
        }
        // An ordinal finding's answers ("no" and each level) are attributes of its message.
        if let FindingSource::Ordinal { levels } = &f.source {
            let answers = std::iter::once("no").chain(levels.iter().map(LevelId::as_str));
            req.extend(
                answers.map(|a| (f.message_id.to_string(), Some(kebab("option", a).into()))),
            );
        }
    }
    for r in red_flags {
        for a in [None, Some("summary"), Some("action")] {
            req.push((r.message_id.to_string(), a.map(Cow::Borrowed)));
        }
        if r.urgent_action {
            req.push((r.message_id.to_string(), Some("action-urgent".into())));
        }
    }
    req.extend(rules.iter().map(|r| (r.message_id().to_owned(), None)));
    req.extend(
        cautions
            .iter()
            .map(|c| (kebab("caution", c.as_str()), None)),
    );
    for c in conditions {
        for a in [None, Some("summary"), Some("course"), Some("first-line")] {
            req.push((c.message_id.to_string(), a.map(Cow::Borrowed)));
        }
    }
    for e in exercises {
        for a in [None, Some("summary"), Some("caution")] {
            req.push((e.message_id.to_string(), a.map(Cow::Borrowed)));
        }
        for s in crate::model::exercise::STEP_ATTRIBUTES
            .iter()
            .take(usize::from(e.steps))
        {
            req.push((e.message_id.to_string(), Some((*s).into())));
        }
    }
    for t in Target::ALL {
        req.push((t.message_id().to_owned(), None));
    }
    for c in care {
        for a in [None, Some("summary"), Some("detail")] {
            req.push((c.message_id.to_string(), a.map(Cow::Borrowed)));
        }
    }
    for k in [
        CareKind::SelfCare,
        CareKind::Lifestyle,
        CareKind::Professional,
    ] {
        req.push((k.message_id().to_owned(), None));
    }
    for t in tips {
        req.push((t.message_id.to_string(), None));
        req.push((t.message_id.to_string(), Some("detail".into())));
    }
    req.extend(facts.iter().map(|f| (f.message_id.to_string(), None)));
    req.extend(crate::model::messages::ui_messages().map(|m| (m, None)));
    req
}

#[cfg(test)]
mod tests {
    use crate::Catalog;
    use crate::model::Provenance;

    #[test]
    fn is_date_takes_only_yyyy_mm_dd() {
        for good in ["2026-01-01", "0000-99-99"] {
            assert!(super::is_date(good), "{good}");
        }
        for bad in [
            "",
            "2026-1-01",
            "2026-01-0a",
            "2026/01/01",
            "2026-01-011",
            "202601-01-",
            "2026-01-0é",
        ] {
            assert!(!super::is_date(bad), "{bad}");
        }
    }

    /// The hash of the embedded data computed at compile time is the one a load computes.
    #[test]
    fn builtin_data_hash_is_the_content_hash() {
        assert_eq!(
            crate::catalog::pack::BUILTIN_DATA_HASH,
            super::content_hash(crate::ContentPack::builtin_data_shared())
        );
        assert_eq!(
            crate::catalog::pack::BUILTIN_DATA_HASH,
            super::content_hash(&crate::ContentPack::builtin())
        );
        assert_eq!(
            Catalog::load_builtin().unwrap().content_version(),
            Catalog::from_pack(&crate::ContentPack::builtin())
                .unwrap()
                .content_version()
        );
    }

    /// Each item's message id is its own (`kebab(prefix, id)`), though the items share their text.
    #[test]
    fn message_ids_are_the_items_own() {
        use crate::model::id::kebab;
        for c in [
            Catalog::load_builtin().unwrap(),
            Catalog::from_pack(&crate::ContentPack::builtin()).unwrap(),
        ] {
            for x in c.findings() {
                assert_eq!(x.message_id(), kebab("finding", x.id.as_str()));
            }
            for x in c.red_flags() {
                assert_eq!(x.message_id(), kebab("red-flag", x.id.as_str()));
            }
            for x in c.exercises() {
                assert_eq!(x.message_id(), kebab("exercise", x.id.as_str()));
            }
            for x in c.care_options() {
                assert_eq!(x.message_id(), kebab("care", x.id.as_str()));
            }
            for x in c.tips() {
                assert_eq!(x.message_id(), kebab("tip", x.id.as_str()));
            }
            for x in c.facts() {
                assert_eq!(x.message_id(), kebab("fact", x.id.as_str()));
            }
            for x in c.conditions() {
                assert_eq!(x.message_id(), kebab("condition", x.id.as_str()));
            }
            for x in c.rules() {
                assert_eq!(x.message_id(), kebab("rule", x.id.as_str()));
            }
        }
    }

    /// Findings of the same kind, and items with the same date, share one copy of the text,
    /// however many distinct values a pack has.
    #[test]
    fn short_texts_are_shared_one_copy_a_value() {
        for c in [
            Catalog::load_builtin().unwrap(),
            Catalog::from_pack(&crate::ContentPack::builtin()).unwrap(),
        ] {
            let f = c.findings();
            let mut kinds = 0;
            for (i, a) in f.iter().enumerate() {
                let first = f.iter().position(|b| b.kind == a.kind).unwrap();
                assert!(std::sync::Arc::ptr_eq(&a.kind, &f[first].kind), "{}", a.id);
                kinds += usize::from(first == i);
                let same_day = f
                    .iter()
                    .find(|b| b.provenance.updated == a.provenance.updated);
                assert!(std::sync::Arc::ptr_eq(
                    &a.provenance.updated,
                    &same_day.unwrap().provenance.updated
                ));
            }
            assert_eq!(kinds, 6);
        }
        let mut cx = super::Ctx::new(Vec::new());
        let many: Vec<std::sync::Arc<str>> = (0..1000).map(|i| cx.text(&format!("t{i}"))).collect();
        for (i, t) in many.iter().enumerate() {
            assert_eq!(**t, format!("t{i}"));
            assert!(std::sync::Arc::ptr_eq(t, &cx.text(&format!("t{i}"))));
        }
        assert_eq!(cx.texts.len(), 1000);
    }

    /// The builtin references borrow their texts from the crate's data; read from an app's
    /// file they are copied, with the same values.
    #[test]
    fn builtin_references_borrow_their_texts() {
        use std::borrow::Cow;
        let builtin = Catalog::load_builtin().unwrap();
        let mut n = 0;
        for r in builtin.references() {
            assert!(matches!(r.title, Cow::Borrowed(_)), "{}", r.id);
            assert!(matches!(r.container, Cow::Borrowed(_)), "{}", r.id);
            assert!(
                r.authors.iter().all(|a| matches!(a, Cow::Borrowed(_))),
                "{}",
                r.id
            );
            for t in [&r.volume, &r.issue, &r.pages, &r.doi, &r.url]
                .into_iter()
                .flatten()
            {
                assert!(matches!(t, Cow::Borrowed(_)), "{}", r.id);
                assert_eq!(t.trim(), &**t, "{}: trimmed", r.id);
            }
            n += 1;
        }
        assert!(n > 50, "{n} references");
        // The same file with a comment added is no longer the builtin text: read from TOML.
        let mut pack = crate::ContentPack::builtin();
        pack.append_data("references.toml", "\n# an app's comment\n");
        let app = Catalog::from_pack(&pack).unwrap();
        assert_eq!(app.references(), builtin.references());
        assert!(
            app.references()
                .iter()
                .all(|r| matches!(r.title, Cow::Owned(_)))
        );
    }

    /// Each provenance's positions are those of its references in the catalog (both lists are
    /// parts of lists the items share).
    #[test]
    fn provenance_positions_are_those_of_its_references() {
        let c = Catalog::load_builtin().unwrap();
        let all: Vec<&Provenance> = c
            .findings()
            .iter()
            .map(|x| &x.provenance)
            .chain(c.red_flags().iter().map(|x| &x.provenance))
            .chain(c.exercises().iter().map(|x| &x.provenance))
            .chain(c.care_options().iter().map(|x| &x.provenance))
            .chain(c.tips().iter().map(|x| &x.provenance))
            .chain(c.rules().iter().map(|x| &x.provenance))
            .chain(c.facts().iter().map(|x| &x.provenance))
            .chain(c.conditions().iter().map(|x| &x.provenance))
            .collect();
        for p in all {
            assert!(!p.references.is_empty());
            assert_eq!(p.references.len(), p.positions.len());
            for (id, &pos) in p.references.iter().zip(p.positions.iter()) {
                assert_eq!(c.references()[pos as usize].id, *id);
            }
        }
    }
}
