//! The localized report of a triage: structured, then plain text, Markdown or JSON.
//!
//! A report is rendered in one pass into one buffer: every message is written by
//! `FluentBundle::write_pattern` straight into the report's text, and sections, items and their
//! details are spans of it (no `String` per item, no vector per item). The sections are written
//! in reading order and laid out as the plain text prints them (headings underlined, items
//! starred, details indented), so plain text copies them in one piece; Markdown and JSON are
//! written from the spans.

use std::cell::Cell;
use std::fmt::Write as _;
use std::hash::{Hash as _, Hasher as _};
use std::mem::take;

use fluent::{FluentArgs, FluentValue};
use serde::ser::{SerializeSeq, SerializeStruct};

use crate::catalog::Catalog;
use crate::error::RenderError;
use crate::l10n::care_setting::{CareSetting, slot};
use crate::l10n::localizer::Localizer;
use crate::l10n::memo::{KeyHasher, Vary, Writer};
use crate::model::citations::Citations;
use crate::model::id::RawId;
use crate::model::{FindingId, ReferenceId};
use crate::triage::decide::Triage;
use crate::{Disposition, Locale, Question, Rule};

/// What a report section is about.
///
/// ```
/// let a = lowback::Assessment::from_json(r#"{"age": 30, "pain_locations": ["lower_back"]}"#)?;
/// let t = lowback::Catalog::builtin().triage(&a)?;
/// let loc = lowback::Localizer::builtin();
/// let report = lowback::Report::new(lowback::Catalog::builtin(), loc, &loc.negotiate("en")?, &t)?;
/// // Nothing asked about the cauda equina signs yet: the report starts with a self-check.
/// let kinds: Vec<_> = report.sections().map(|s| s.kind()).collect();
/// assert_eq!(kinds[..2], [lowback::SectionKind::SelfCheck, lowback::SectionKind::Why]);
/// # Ok::<(), lowback::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum SectionKind {
    /// The rules that fired, in words.
    Why,
    /// Red-flag questions still to answer.
    Unanswered,
    /// Likely conditions with findings for and against.
    Conditions,
    /// The serious signs still unanswered, to check now.
    SelfCheck,
    /// Care options to use now.
    DoNow,
    /// Cautions from fired rules.
    Cautions,
    /// Exercises with dosage and steps.
    Exercises,
    /// Practical tips.
    Tips,
    /// When to seek help: the safety net.
    SeekHelp,
    /// Numbered references.
    References,
}

/// A piece of a report's text: byte offsets into its buffer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
struct Span {
    start: usize,
    end: usize,
}

/// A run of entries in one of the report's flat vectors.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
struct Run {
    start: usize,
    end: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct SectionData {
    kind: SectionKind,
    heading: Span,
    items: Run,
}

/// The id an item shows, kept as the id itself (made a string when read).
#[derive(Clone, Copy, PartialEq, Eq)]
enum ItemId {
    Id(RawId),
    Static(&'static str),
}

impl ItemId {
    fn as_str(&self) -> &str {
        match self {
            ItemId::Id(id) => id.as_str(),
            ItemId::Static(s) => s,
        }
    }
}

impl std::fmt::Debug for ItemId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct ItemData {
    title: Span,
    text: Span,
    /// Into `Body::details`.
    details: Run,
    id: Option<ItemId>,
    /// Into `Body::sources`.
    sources: Run,
}

/// The sections of a report: one text buffer and flat vectors of spans.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
struct Body {
    text: String,
    sections: Vec<SectionData>,
    items: Vec<ItemData>,
    details: Vec<Span>,
    sources: Vec<usize>,
}

impl Body {
    fn str(&self, s: Span) -> &str {
        self.text.get(s.start..s.end).unwrap_or_default()
    }
}

/// One entry of a section (a view into its [`Report`]).
///
/// ```
/// let a = lowback::Assessment::from_json(r#"{"age": 30, "pain_locations": ["lower_back"]}"#)?;
/// let t = lowback::Catalog::builtin().triage(&a)?;
/// let loc = lowback::Localizer::builtin();
/// let report = lowback::Report::new(lowback::Catalog::builtin(), loc, &loc.negotiate("en")?, &t)?;
/// assert!(report.sections().flat_map(|s| s.items()).all(|i| !i.text().is_empty()));
/// # Ok::<(), lowback::Error>(())
/// ```
#[derive(Clone, Copy)]
pub struct Item<'a> {
    body: &'a Body,
    data: &'a ItemData,
}

impl<'a> Item<'a> {
    /// A short title (may be empty).
    #[must_use]
    pub fn title(&self) -> &'a str {
        self.body.str(self.data.title)
    }

    /// The main text.
    #[must_use]
    pub fn text(&self) -> &'a str {
        self.body.str(self.data.text)
    }

    /// Further lines (steps, for and against, cautions).
    pub fn details(&self) -> impl ExactSizeIterator<Item = &'a str> + Clone + use<'a> {
        let body = self.body;
        body.details
            .get(self.data.details.start..self.data.details.end)
            .unwrap_or_default()
            .iter()
            .map(move |s| body.str(*s))
    }

    /// The id of what the item shows, when it shows one thing: the rule (why), the question
    /// (unanswered), the condition, the care option (do now), the caution, the exercise, the tip
    /// or the reference; `None` for summary lines.
    #[must_use]
    pub fn id(&self) -> Option<&'a str> {
        self.data.id.as_ref().map(ItemId::as_str)
    }

    /// The numbers of the references the item cites, as numbered in the references section
    /// (from 1).
    #[must_use]
    pub fn sources(&self) -> &'a [usize] {
        self.body
            .sources
            .get(self.data.sources.start..self.data.sources.end)
            .unwrap_or_default()
    }
}

impl std::fmt::Debug for Item<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Item")
            .field("title", &self.title())
            .field("text", &self.text())
            .field("details", &self.details().collect::<Vec<_>>())
            .field("id", &self.id())
            .field("sources", &self.sources())
            .finish()
    }
}

impl serde::Serialize for Item<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Item", 5)?;
        st.serialize_field("title", self.title())?;
        st.serialize_field("text", self.text())?;
        st.serialize_field("details", &Seq(self.details()))?;
        st.serialize_field("id", &self.id())?;
        st.serialize_field("sources", self.sources())?;
        st.end()
    }
}

/// A titled group of items (a view into its [`Report`]).
///
/// ```
/// let a = lowback::Assessment::from_json(r#"{"age": 30, "pain_locations": ["lower_back"]}"#)?;
/// let t = lowback::Catalog::builtin().triage(&a)?;
/// let loc = lowback::Localizer::builtin();
/// let report = lowback::Report::new(lowback::Catalog::builtin(), loc, &loc.negotiate("en")?, &t)?;
/// assert!(report.sections().all(|s| !s.heading().is_empty()));
/// # Ok::<(), lowback::Error>(())
/// ```
#[derive(Clone, Copy)]
pub struct Section<'a> {
    body: &'a Body,
    data: &'a SectionData,
}

impl<'a> Section<'a> {
    /// What the section is about.
    #[must_use]
    pub fn kind(&self) -> SectionKind {
        self.data.kind
    }

    /// Its heading, localized.
    #[must_use]
    pub fn heading(&self) -> &'a str {
        self.body.str(self.data.heading)
    }

    /// Its items.
    pub fn items(&self) -> impl ExactSizeIterator<Item = Item<'a>> + Clone + use<'a> {
        let body = self.body;
        body.items
            .get(self.data.items.start..self.data.items.end)
            .unwrap_or_default()
            .iter()
            .map(move |data| Item { body, data })
    }
}

impl std::fmt::Debug for Section<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Section")
            .field("kind", &self.kind())
            .field("heading", &self.heading())
            .field("items", &self.items().collect::<Vec<_>>())
            .finish()
    }
}

impl serde::Serialize for Section<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Section", 3)?;
        st.serialize_field("kind", &self.kind())?;
        st.serialize_field("heading", self.heading())?;
        st.serialize_field("items", &Seq(self.items()))?;
        st.end()
    }
}

/// A sequence serialized from a cloneable iterator.
struct Seq<I>(I);

impl<I> serde::Serialize for Seq<I>
where
    I: ExactSizeIterator + Clone,
    I::Item: serde::Serialize,
{
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0.clone() {
            seq.serialize_element(&x)?;
        }
        seq.end()
    }
}

/// A triage rendered in one language: structured, serializable to JSON, printable as plain
/// text or Markdown.
///
/// ```
/// use lowback::{Assessment, Catalog, Localizer, Report};
/// let a = Assessment::from_json(r#"{"age": 40, "pain_locations": ["lower_back"], "onset": "after_lifting"}"#)?;
/// let t = Catalog::builtin().triage(&a)?;
/// let loc = Localizer::builtin();
/// let fr = loc.negotiate("fr")?;
/// let report = Report::new(Catalog::builtin(), loc, &fr, &t)?;
/// let text = report.to_text();
/// assert!(text.contains(&report.headline));
/// assert!(report.to_markdown().starts_with("# "));
/// assert!(report.sections().count() >= 3);
/// # Ok::<(), lowback::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Report {
    /// The version of the JSON shape ([`schema::SCHEMA_VERSION`](crate::schema::SCHEMA_VERSION)).
    pub schema_version: std::borrow::Cow<'static, str>,
    /// The locale the report was asked in.
    pub locale: String,
    /// The disposition (language-neutral).
    pub disposition: Disposition,
    /// Where the disposition sends the person in this locale: the service, its number and
    /// the time frame (`data/care_settings.toml`, or the app's, see
    /// [`LocalizerBuilder::add_care_settings`](crate::LocalizerBuilder::add_care_settings)).
    /// The headline and the action are worded from it.
    pub care_setting: CareSetting,
    /// The content version of the catalog that decided.
    pub content_version: std::sync::Arc<str>,
    /// Whether every red-flag question was answered.
    pub complete: bool,
    /// Title.
    pub title: String,
    /// The headline for the disposition.
    pub headline: String,
    /// What to do, for the disposition.
    pub action: String,
    /// For an emergency or an urgent outcome: the actions of the red flags that set it, and a
    /// reminder not to wait to answer the rest when questions are open.
    pub act_now: Vec<String>,
    /// Shown when red-flag questions are unanswered.
    pub incomplete_note: Option<String>,
    /// The educational disclaimer.
    pub disclaimer: String,
    /// Message ids that came from a fallback locale, in the order the report shows the
    /// messages (the header, the sections, the disclaimer).
    pub fallbacks: Vec<String>,
    /// The sections, in one buffer ([`Report::sections`]).
    body: Body,
}

impl serde::Serialize for Report {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Report", 14)?;
        st.serialize_field("schema_version", &self.schema_version)?;
        st.serialize_field("locale", &self.locale)?;
        st.serialize_field("disposition", &self.disposition)?;
        st.serialize_field("care_setting", &self.care_setting)?;
        st.serialize_field("content_version", &self.content_version)?;
        st.serialize_field("complete", &self.complete)?;
        st.serialize_field("title", &self.title)?;
        st.serialize_field("headline", &self.headline)?;
        st.serialize_field("action", &self.action)?;
        st.serialize_field("act_now", &self.act_now)?;
        st.serialize_field("incomplete_note", &self.incomplete_note)?;
        st.serialize_field("sections", &Seq(self.sections()))?;
        st.serialize_field("disclaimer", &self.disclaimer)?;
        st.serialize_field("fallbacks", &self.fallbacks)?;
        st.end()
    }
}

/// Where a report is written while it is rendered.
struct Out<'a> {
    w: Writer<'a>,
    body: Body,
    fallbacks: Vec<String>,
    numbers: Numbers<'a>,
}

/// The number of each reference of a triage in the references section (its place in
/// `Triage::references`, from 1), found by the id's hash rather than by a scan per citation.
struct Numbers<'t> {
    refs: &'t Citations,
    /// Open addressing: 0 for an empty slot, else the number.
    slots: Vec<usize>,
}

impl<'t> Numbers<'t> {
    /// The numbers of `refs`, in `slots` (a buffer to reuse).
    fn new(refs: &'t Citations, mut slots: Vec<usize>) -> Self {
        let size = (2 * refs.len()).next_power_of_two().max(16);
        slots.clear();
        slots.resize(size, 0);
        let mut numbers = Numbers { refs, slots };
        for (i, r) in refs.iter().enumerate() {
            let mut j = numbers.start(r);
            // The first place of an id is its number (as `position` would find it).
            while let Some(n) = numbers.slots.get(j).copied() {
                if n == 0 {
                    if let Some(x) = numbers.slots.get_mut(j) {
                        *x = i + 1;
                    }
                    break;
                }
                if numbers.refs.get(n - 1) == Some(r) {
                    break;
                }
                j = (j + 1) & (size - 1);
            }
        }
        numbers
    }

    fn start(&self, r: &ReferenceId) -> usize {
        let mut h = KeyHasher::default();
        r.hash(&mut h);
        // Only the low bits are kept.
        #[allow(clippy::cast_possible_truncation)]
        let h = h.finish() as usize;
        h & (self.slots.len() - 1)
    }

    fn get(&self, r: &ReferenceId) -> Option<usize> {
        let mut j = self.start(r);
        loop {
            let n = self.slots.get(j).copied()?;
            if n == 0 {
                return None;
            }
            if self.refs.get(n - 1) == Some(r) {
                return Some(n);
            }
            j = (j + 1) & (self.slots.len() - 1);
        }
    }
}

impl Out<'_> {
    /// Writes a message (or attribute) without variables at the end of the text.
    fn put(&mut self, id: &str, attr: Option<&str>) -> Result<Span, RenderError> {
        self.put_with(id, attr, Vary::Never, || None)
    }

    /// Writes a message (or attribute) at the end of the text, with the variables `args` makes
    /// (only when it is formatted; see [`Vary`]).
    fn put_with<'x>(
        &mut self,
        id: &str,
        attr: Option<&str>,
        vary: Vary<'_>,
        args: impl FnOnce() -> Option<FluentArgs<'x>>,
    ) -> Result<Span, RenderError> {
        let start = self.body.text.len();
        if self.w.write(id, attr, vary, args, &mut self.body.text)? {
            self.fallbacks
                .push(attr.map_or_else(|| id.to_owned(), |a| format!("{id}.{a}")));
        }
        Ok(Span {
            start,
            end: self.body.text.len(),
        })
    }

    fn plain(&mut self, id: &str) -> Result<Span, RenderError> {
        self.put(id, None)
    }

    /// A message as an owned string (the report's header fields).
    fn owned(&mut self, id: &str, attr: Option<&str>) -> Result<String, RenderError> {
        let s = self.put(id, attr)?;
        let owned = self.body.str(s).to_owned();
        self.body.text.truncate(s.start);
        Ok(owned)
    }

    /// Copies `s` at the end of the text.
    fn put_str(&mut self, s: &str) -> Span {
        let start = self.body.text.len();
        self.body.text.push_str(s);
        Span {
            start,
            end: self.body.text.len(),
        }
    }

    /// The label of a finding, or its id when the catalog has none.
    fn finding(&mut self, catalog: &Catalog, id: FindingId) -> Result<Span, RenderError> {
        match catalog.finding(id) {
            Some(f) => self.put(f.message_id(), None),
            None => Ok(self.put_str(id.as_str())),
        }
    }

    /// The labels of `ids` as details; returns their run.
    fn findings(&mut self, catalog: &Catalog, ids: &[FindingId]) -> Result<Run, RenderError> {
        let start = self.body.details.len();
        for id in ids {
            self.body.text.push_str(DETAIL);
            let s = self.finding(catalog, *id)?;
            self.body.text.push('\n');
            self.body.details.push(s);
        }
        Ok(Run {
            start,
            end: self.body.details.len(),
        })
    }

    /// Starts an item in the plain-text layout.
    fn star(&mut self) {
        self.body.text.push_str("* ");
    }

    /// Ends an item's title: a title that is not empty is followed by the item's text on the
    /// next line.
    fn after_title(&mut self, title: Span) {
        if title.end > title.start {
            self.body.text.push_str("\n  ");
        }
    }

    /// Ends a line.
    fn nl(&mut self) {
        self.body.text.push('\n');
    }

    /// A message as a detail of the item being written.
    fn detail(&mut self, id: &str, attr: Option<&str>) -> Result<(), RenderError> {
        self.body.text.push_str(DETAIL);
        let s = self.put(id, attr)?;
        self.body.text.push('\n');
        self.body.details.push(s);
        Ok(())
    }

    /// An item's text (the line after `star` and any title).
    fn text(&mut self, id: &str, attr: Option<&str>) -> Result<Span, RenderError> {
        let s = self.put(id, attr)?;
        self.nl();
        Ok(s)
    }

    /// An item's title.
    fn title(&mut self, id: &str, attr: Option<&str>) -> Result<Span, RenderError> {
        let s = self.put(id, attr)?;
        self.after_title(s);
        Ok(s)
    }

    /// An item (title, text and details already written), its sources marked at the end of its
    /// last line in the text (" [2, 5]", their numbers in the Sources section).
    fn item(&mut self, title: Span, text: Span, details: Run, id: Option<ItemId>, sources: Run) {
        if sources.end > sources.start {
            let line_ended = self.body.text.ends_with('\n');
            if line_ended {
                self.body.text.pop();
            }
            let numbers = self.body.sources.get(sources.start..sources.end);
            push_marker(&mut self.body.text, numbers.unwrap_or_default());
            if line_ended {
                self.body.text.push('\n');
            }
        }
        self.source_item(title, text, details, id, sources);
    }

    /// An item without a marker: an entry of the Sources section itself.
    fn source_item(
        &mut self,
        title: Span,
        text: Span,
        details: Run,
        id: Option<ItemId>,
        sources: Run,
    ) {
        self.body.items.push(ItemData {
            title,
            text,
            details,
            id,
            sources,
        });
    }

    /// An item with only a text (already written, after `star`).
    fn line(&mut self, text: Span) {
        self.item(Span::default(), text, Run::default(), None, Run::default());
    }

    /// An item with only the text of message `id`.
    fn plain_line(&mut self, id: &str) -> Result<(), RenderError> {
        self.star();
        let text = self.text(id, None)?;
        self.line(text);
        Ok(())
    }

    /// Writes a section's heading and its underline; the section's items follow.
    fn heading(&mut self, id: &str) -> Result<Span, RenderError> {
        self.nl();
        let heading = self.plain(id)?;
        self.nl();
        let h = self.body.str(heading);
        let n = if h.is_ascii() {
            h.len()
        } else {
            h.chars().count()
        };
        repeat(&mut self.body.text, DASHES, n);
        self.nl();
        Ok(heading)
    }

    /// A section of the items from `first` on.
    fn push_section(&mut self, kind: SectionKind, heading: Span, first: usize) {
        self.body.sections.push(SectionData {
            kind,
            heading,
            items: Run {
                start: first,
                end: self.body.items.len(),
            },
        });
    }

    /// The numbers of `refs` in the references section, in order, without repeats, pushed as
    /// a run of sources.
    fn cited(&mut self, refs: impl IntoIterator<Item = ReferenceId>) -> Run {
        let start = self.body.sources.len();
        for r in refs {
            if let Some(n) = self.numbers.get(&r) {
                self.body.sources.push(n);
            }
        }
        if let Some(run) = self.body.sources.get_mut(start..) {
            run.sort_unstable();
        }
        // Remove repeats from the run (sorted, so repeats are neighbours).
        let mut w = start;
        for r in start..self.body.sources.len() {
            let v = self.body.sources.get(r).copied().unwrap_or_default();
            if w == start || self.body.sources.get(w - 1) != Some(&v) {
                if let Some(x) = self.body.sources.get_mut(w) {
                    *x = v;
                }
                w += 1;
            }
        }
        self.body.sources.truncate(w);
        Run {
            start,
            end: self.body.sources.len(),
        }
    }
}

/// Buffers a report uses while it is rendered and not after, kept per thread from one report
/// to the next (a report that fails leaves them to be made again).
#[derive(Default)]
struct Scratch {
    words: String,
    list: String,
    picked: Vec<FindingId>,
    asked: Vec<Question>,
    key: String,
    slots: Vec<usize>,
}

thread_local! {
    static SCRATCH: Cell<Option<Box<Scratch>>> = const { Cell::new(None) };
}

/// Buffers larger than this (bytes) are not kept.
const SCRATCH_MAX: usize = 64 * 1024;

impl Scratch {
    /// This thread's buffers, or new ones.
    // Boxed so that the thread-local cell holds one pointer; clippy asks for the value on
    // targets where the struct is small (wasm32, 32-bit words).
    #[allow(clippy::unnecessary_box_returns)]
    fn take() -> Box<Scratch> {
        SCRATCH.with(Cell::take).unwrap_or_default()
    }

    /// Keeps the buffers, emptied, for this thread's next report.
    fn put(mut self: Box<Self>) {
        self.words.clear();
        self.list.clear();
        self.picked.clear();
        self.asked.clear();
        self.key.clear();
        self.slots.clear();
        let size = self.words.capacity()
            + self.list.capacity()
            + self.key.capacity()
            + self.picked.capacity() * size_of::<FindingId>()
            + self.asked.capacity() * size_of::<Question>()
            + self.slots.capacity() * size_of::<usize>();
        if size <= SCRATCH_MAX {
            SCRATCH.with(|s| s.set(Some(self)));
        }
    }
}

/// Words formatted once per report and passed as arguments: the care settings and the list
/// separator, each a span of `text`.
struct Words {
    text: String,
    services: [Option<Span>; 4],
    separator: Option<Span>,
    /// Whether the separator came from a later locale of the chain.
    separator_fallback: bool,
    /// The parts of a list, joined.
    list: String,
}

impl Words {
    fn get(&self, s: Option<Span>) -> &str {
        s.and_then(|s| self.text.get(s.start..s.end))
            .unwrap_or_default()
    }

    /// Formats the care settings of `vars` not formatted yet.
    fn services(
        &mut self,
        out: &mut Out<'_>,
        vars: &[(&'static str, Disposition)],
    ) -> Result<(), RenderError> {
        for (_, d) in vars {
            let i = slot(*d);
            if self.services.get(i).is_some_and(Option::is_none) {
                let start = self.text.len();
                // `Localizer::write_care_setting`, through the memo: the words follow from the
                // setting's number.
                let Some(s) = out.w.localizer().care_setting(out.w.locale(), *d) else {
                    return Err(RenderError::MissingMessage {
                        id: "care-setting".to_owned(),
                        attribute: Some(d.as_str().to_owned()),
                    });
                };
                let number = s.number.as_deref();
                let args = || {
                    number.map(|n| {
                        let mut args = FluentArgs::with_capacity(1);
                        args.set("number", FluentValue::from(n));
                        args
                    })
                };
                let words_vary = Vary::With(number.unwrap_or_default());
                if out
                    .w
                    .write(s.message_id(), None, words_vary, args, &mut self.text)?
                {
                    out.fallbacks.push(s.message_id().to_owned());
                }
                if let Some(x) = self.services.get_mut(i) {
                    *x = Some(Span {
                        start,
                        end: self.text.len(),
                    });
                }
            }
        }
        Ok(())
    }

    /// Writes a message whose variables are the words of care settings.
    fn with_services(
        &mut self,
        out: &mut Out<'_>,
        id: &str,
        attr: Option<&str>,
        services: &Services,
    ) -> Result<Span, RenderError> {
        let vars = services.vars;
        self.services(out, vars)?;
        let words = &*self;
        let args = || {
            let mut args = FluentArgs::with_capacity(vars.len());
            for (name, d) in vars {
                let w = words.get(words.services.get(slot(*d)).copied().flatten());
                args.set(*name, FluentValue::from(w));
            }
            Some(args)
        };
        out.put_with(id, attr, Vary::With(services.sig), args)
    }

    /// Writes message `id` with `$list`: the parts joined with the locale's separator
    /// (formatted once per report).
    fn list<'m>(
        &mut self,
        out: &mut Out<'_>,
        id: &str,
        parts: impl IntoIterator<Item = Part<'m>>,
    ) -> Result<Span, RenderError> {
        if self.separator.is_none() {
            let start = self.text.len();
            self.separator_fallback = out.w.write(
                "report-list-separator",
                None,
                Vary::Never,
                || None,
                &mut self.text,
            )?;
            self.separator = Some(Span {
                start,
                end: self.text.len(),
            });
        }
        self.list.clear();
        for (n, part) in parts.into_iter().enumerate() {
            if n > 0 {
                let sep = self
                    .separator
                    .and_then(|s| self.text.get(s.start..s.end))
                    .unwrap_or_default();
                self.list.push_str(sep);
            }
            match part {
                Part::Message(m, attr) => {
                    if out.w.write(m, attr, Vary::Never, || None, &mut self.list)? {
                        out.fallbacks
                            .push(attr.map_or_else(|| m.to_owned(), |a| format!("{m}.{a}")));
                    }
                }
                Part::Raw(s) => self.list.push_str(s),
            }
        }
        if self.separator_fallback {
            out.fallbacks.push("report-list-separator".to_owned());
        }
        let list = self.list.as_str();
        let args = || {
            let mut args = FluentArgs::with_capacity(1);
            args.set("list", FluentValue::from(list));
            Some(args)
        };
        out.put_with(id, None, Vary::Always, args)
    }
}

/// One part of a list: a message (and attribute) or text as it is.
enum Part<'a> {
    Message(&'a str, Option<&'static str>),
    Raw(&'a str),
}

/// The labels of `ids`: a finding's message, or its id when the catalog has none.
fn labels<'c>(
    catalog: &'c Catalog,
    ids: impl IntoIterator<Item = &'c FindingId, IntoIter: 'c>,
) -> impl Iterator<Item = Part<'c>> + 'c {
    ids.into_iter().map(move |id| match catalog.finding(*id) {
        Some(f) => Part::Message(f.message_id(), None),
        None => Part::Raw(id.as_str()),
    })
}

/// The "not mentioned" labels of `ids` (a finding the catalog does not have is left out).
fn absent_labels<'c>(
    catalog: &'c Catalog,
    ids: impl IntoIterator<Item = &'c FindingId, IntoIter: 'c>,
) -> impl Iterator<Item = Part<'c>> + 'c {
    ids.into_iter()
        .filter_map(move |id| catalog.finding(*id))
        .map(|f| Part::Message(f.message_id(), Some("absent")))
}

impl Report {
    /// Renders `triage` in `locale`.
    ///
    /// Reading order: the level and what to do now; for an emergency or an urgent outcome, the
    /// matching red flags' actions come first ("do not wait to answer the rest" when questions
    /// are open), then why, and the likely conditions last and briefly: no home care, no
    /// exercises, no reassurance. Otherwise: a self-check of the serious signs still unanswered,
    /// why, the questions still to answer, what it may be (with what fits, what does not, and
    /// what was not mentioned), what to do now, cautions, exercises, tips, when to get help.
    /// Sources and the disclaimer close every report.
    ///
    /// # Errors
    ///
    /// [`RenderError`] if a message is missing from every locale of the chain or fails to
    /// format (the builtin pack is tested never to do so), or if another catalog decided the
    /// triage ([`RenderError::OtherCatalog`]: its content version differs).
    #[allow(clippy::too_many_lines)] // the sections in reading order
    pub fn new(
        catalog: &Catalog,
        localizer: &Localizer,
        locale: &Locale,
        triage: &Triage,
    ) -> Result<Report, RenderError> {
        triage.decided_by(catalog)?;
        let mut scratch = Scratch::take();
        let mut o = Out {
            w: Writer::new(localizer, locale),
            body: Body {
                text: String::with_capacity(TEXT_CAPACITY),
                sections: Vec::with_capacity(10),
                items: Vec::with_capacity(48),
                details: Vec::with_capacity(64),
                sources: Vec::with_capacity(96),
            },
            fallbacks: Vec::new(),
            numbers: Numbers::new(&triage.references, take(&mut scratch.slots)),
        };
        let mut words = Words {
            text: take(&mut scratch.words),
            services: [None; 4],
            separator: None,
            separator_fallback: false,
            list: take(&mut scratch.list),
        };
        let care_setting = localizer
            .care_setting(locale, triage.disposition)
            .cloned()
            .ok_or_else(|| RenderError::MissingMessage {
                id: "care-setting".to_owned(),
                attribute: Some(triage.disposition.as_str().to_owned()),
            })?;
        let urgent = triage.disposition >= Disposition::Urgent;
        let level = triage.disposition.report_message_id();
        let title = o.owned("report-title", None)?;
        let headline = o.owned(level, None)?;
        let action = {
            // Self-care with questions still open does not say "no warning signs".
            // An emergency whose help must come to the person says only "call": "or go to the
            // emergency department" would contradict its red flag's "stay where you are".
            let call_only = triage.disposition == Disposition::Emergency
                && triage
                    .leading_red_flags()
                    .iter()
                    .filter_map(|id| catalog.red_flag(*id))
                    .any(|f| f.call_for_help);
            let (id, attr) = if triage.disposition == Disposition::SelfCare && !triage.complete {
                ("report-self-care-open", None)
            } else if call_only {
                (level, Some("call-detail"))
            } else {
                (level, Some("detail"))
            };
            let s = words.with_services(&mut o, id, attr, level_variables(triage.disposition))?;
            let owned = o.body.str(s).to_owned();
            o.body.text.truncate(s.start);
            owned
        };

        // What to do now: the actions of the red flags that set the level.
        let mut act_now = Vec::new();
        if urgent {
            for flag in triage
                .leading_red_flags()
                .iter()
                .filter_map(|id| catalog.red_flag(*id))
            {
                // A red flag with words of its own for an urgent outcome says them then.
                let attr = if flag.urgent_action && triage.disposition == Disposition::Urgent {
                    "action-urgent"
                } else {
                    "action"
                };
                act_now.push(o.owned(flag.message_id(), Some(attr))?);
            }
            if !triage.complete {
                act_now.push(o.owned("report-act-now-unanswered", None)?);
            }
        }
        let incomplete_note = if triage.complete || urgent {
            None
        } else {
            Some(o.owned("report-incomplete", None)?)
        };

        // The sections are written in reading order, laid out as `to_text` prints them: the
        // text of the sections is the buffer itself, and every heading, title, text and detail
        // is a span of it.

        // Findings picked for a section (one vector for the whole report).
        let mut picked = take(&mut scratch.picked);

        // A self-check of the serious signs still unanswered leads a non-urgent report.
        if !urgent {
            picked.clear();
            picked.extend(
                triage
                    .unanswered
                    .iter()
                    .copied()
                    .filter(|id| is_emergency_sign(catalog, triage, *id)),
            );
            let open = picked.as_slice();
            if !open.is_empty() {
                let first = o.body.items.len();
                let heading = o.heading("report-heading-self-check")?;
                o.star();
                let text =
                    words.with_services(&mut o, "report-self-check-intro", None, EMERGENCY)?;
                o.nl();
                let details = o.findings(catalog, open)?;
                let sources = o.cited(findings_references(catalog, open));
                o.item(Span::default(), text, details, None, sources);
                o.push_section(SectionKind::SelfCheck, heading, first);
            }
        }

        // Why: the rules that fired, and any red-flag answer no rule explains. When the outcome
        // is urgent or an emergency, only the rules that set it: a slower rule's time frame ("in
        // the coming days") would contradict the headline, and its advice is not offered. (When
        // no rule sets it, unanswered questions did: then every escalating rule.)
        let first = o.body.items.len();
        let heading = o.heading("report-heading-why")?;
        let at_level = |f: &&crate::FiredRule| f.disposition == Some(triage.disposition);
        let any_at_level = triage.fired.iter().any(|f| at_level(&f));
        let shown = |f: &&crate::FiredRule| {
            !urgent
                || (if any_at_level {
                    at_level(f)
                } else {
                    f.disposition.is_some()
                })
        };
        // The rules of one red flag are listed together, under its title once, in the order
        // the first of them fired: (group's first position, position).
        let mut order: Vec<(usize, usize)> = triage
            .fired
            .iter()
            .enumerate()
            .filter(|(_, f)| shown(f))
            .map(|(i, _)| (i, i))
            .collect();
        let flag_of = |i: usize| triage.fired.get(i).and_then(|f| f.red_flag);
        order.sort_by_key(|&(_, i)| (flag_of(i), i));
        let mut group = None;
        for pair in &mut order {
            let flag = flag_of(pair.1);
            match group {
                Some((g, first)) if flag.is_some() && flag == g => pair.0 = first,
                _ => group = Some((flag, pair.0)),
            }
        }
        order.sort_unstable();
        let mut last_flag = None;
        for f in order.iter().filter_map(|&(_, i)| triage.fired.get(i)) {
            let Some(rule) = catalog.rule(f.rule) else {
                continue;
            };
            o.star();
            let flag = f.red_flag.and_then(|id| catalog.red_flag(id));
            let title = match flag {
                // "To check: <name>": a red flag's name alone, as a heading, reads like a
                // diagnosis.
                Some(flag) if last_flag != Some(flag.id) => {
                    let name = o.owned(flag.message_id(), None)?;
                    let args = || {
                        let mut a = FluentArgs::new();
                        a.set("name", name);
                        Some(a)
                    };
                    let s = o.put_with(
                        "report-why-red-flag",
                        None,
                        Vary::With(flag.message_id()),
                        args,
                    )?;
                    o.after_title(s);
                    s
                }
                _ => Span::default(),
            };
            last_flag = flag.map(|flag| flag.id);
            let text = o.text(rule.message_id(), None)?;
            let id = Some(ItemId::Id(rule.id.0));
            let sources = o.cited(rule.provenance.references.iter().copied());
            o.item(title, text, Run::default(), id, sources);
        }
        if !triage.flags_without_rule.is_empty() {
            o.star();
            let text = words.list(
                &mut o,
                "report-flags-without-rule",
                labels(catalog, &triage.flags_without_rule),
            )?;
            o.nl();
            o.line(text);
        }
        // Unanswered questions set the level above every rule that fired: say so.
        let highest_rule = triage.fired.iter().filter_map(|f| f.disposition).max();
        if !triage.complete
            && triage.disposition > Disposition::SelfCare
            && highest_rule < Some(triage.disposition)
        {
            o.star();
            let text = o.text("report-why-unanswered", None)?;
            o.item(Span::default(), text, Run::default(), None, Run::default());
        }
        if o.body.items.len() == first {
            let id = if triage.complete {
                "report-no-flags"
            } else {
                "report-no-flags-yet"
            };
            o.plain_line(id)?;
        }
        o.push_section(SectionKind::Why, heading, first);

        if !urgent && !triage.unanswered.is_empty() {
            let first = o.body.items.len();
            let heading = o.heading("report-heading-unanswered")?;
            let mut asked = take(&mut scratch.asked);
            let mut key = take(&mut scratch.key);
            for q in triage
                .unanswered
                .iter()
                .filter_map(|id| catalog.finding_position(*id))
                .filter_map(|p| catalog.question_for(p))
            {
                if asked.contains(&q) {
                    continue;
                }
                asked.push(q);
                // The question's message (`Question::message_id`, without allocating).
                let (id, attr) = match q {
                    Question::Finding(f) => {
                        if let Some(x) = catalog.finding(f) {
                            (x.message_id(), Some("question"))
                        } else {
                            kebab_into(&mut key, "finding", f.as_str());
                            (key.as_str(), Some("question"))
                        }
                    }
                    Question::Checklist(c) => {
                        kebab_into(&mut key, "checklist", c.as_str());
                        (key.as_str(), Some("question"))
                    }
                    Question::Field(field) => (field.message_id(), None),
                };
                o.star();
                let text = o.text(id, attr)?;
                let id = Some(match q {
                    Question::Finding(f) => ItemId::Id(f.0),
                    Question::Checklist(c) => ItemId::Id(c.0),
                    Question::Field(field) => ItemId::Static(field.as_str()),
                });
                o.item(Span::default(), text, Run::default(), id, Run::default());
            }
            o.push_section(SectionKind::Unanswered, heading, first);
            scratch.asked = asked;
            scratch.key = key;
        }

        // What it may be, in full, for a non-urgent outcome (names only, last, when urgent).
        if !urgent {
            conditions(&mut o, &mut words, catalog, triage, false)?;
        }

        // What to do now.
        if !urgent {
            let first = o.body.items.len();
            let heading = o.heading("report-heading-do-now")?;
            for id in &triage.care {
                let Some(c) = catalog.care_option(*id) else {
                    continue;
                };
                o.star();
                let title = o.title(c.message_id(), None)?;
                let text = o.text(c.message_id(), Some("summary"))?;
                let id = Some(ItemId::Id(c.id.0));
                let sources = o.cited(c.provenance.references.iter().copied());
                o.item(title, text, Run::default(), id, sources);
            }
            if o.body.items.len() == first {
                o.plain_line("report-no-advice")?;
            }
            o.push_section(SectionKind::DoNow, heading, first);

            if !triage.cautions.is_empty() {
                let first = o.body.items.len();
                let heading = o.heading("report-heading-cautions")?;
                let mut key = take(&mut scratch.key);
                // The fired rules, looked up once for every caution, each once (a triage read
                // from JSON may repeat them).
                let mut rules: Vec<&Rule> = Vec::new();
                for rule in triage.fired.iter().filter_map(|f| catalog.rule(f.rule)) {
                    if !rules.iter().any(|r| std::ptr::eq(*r, rule)) {
                        rules.push(rule);
                    }
                }
                for c in &triage.cautions {
                    kebab_into(&mut key, "caution", c.as_str());
                    o.star();
                    let text = o.text(&key, None)?;
                    let id = Some(ItemId::Id(c.0));
                    let sources = o.cited(caution_references(&rules, *c));
                    o.item(Span::default(), text, Run::default(), id, sources);
                }
                o.push_section(SectionKind::Cautions, heading, first);
                scratch.key = key;
            }

            if triage
                .exercises
                .iter()
                .any(|id| catalog.exercise(*id).is_some())
            {
                let first = o.body.items.len();
                let heading = o.heading("report-heading-exercises")?;
                for id in &triage.exercises {
                    let Some(x) = catalog.exercise(*id) else {
                        continue;
                    };
                    let d = x.dosage;
                    let args = || {
                        let mut args = FluentArgs::with_capacity(4);
                        args.set("sets", FluentValue::from(d.sets));
                        args.set("reps", FluentValue::from(d.reps));
                        args.set("hold", FluentValue::from(d.hold_seconds));
                        args.set("days", FluentValue::from(d.days_per_week));
                        Some(args)
                    };
                    // The dosage's words follow from its numbers.
                    let mut buf = [0u8; 16];
                    let sig =
                        numbers_sig(&mut buf, [d.sets, d.reps, d.hold_seconds, d.days_per_week]);
                    o.star();
                    let title = o.title(x.message_id(), None)?;
                    let text = o.put_with("exercise-dosage", None, Vary::With(sig), args)?;
                    o.nl();
                    let start = o.body.details.len();
                    o.detail(x.message_id(), Some("summary"))?;
                    for n in 1..=x.steps {
                        if let Some(attr) = x.step_attribute(n) {
                            o.detail(x.message_id(), Some(attr))?;
                        }
                    }
                    o.detail(x.message_id(), Some("caution"))?;
                    let details = Run {
                        start,
                        end: o.body.details.len(),
                    };
                    let id = Some(ItemId::Id(x.id.0));
                    let sources = o.cited(x.provenance.references.iter().copied());
                    o.item(title, text, details, id, sources);
                }
                o.push_section(SectionKind::Exercises, heading, first);
            }

            if triage.tips.iter().any(|id| catalog.tip(*id).is_some()) {
                let first = o.body.items.len();
                let heading = o.heading("report-heading-tips")?;
                for id in &triage.tips {
                    let Some(t) = catalog.tip(*id) else { continue };
                    o.star();
                    let title = o.title(t.message_id(), None)?;
                    let text = o.text(t.message_id(), Some("detail"))?;
                    let id = Some(ItemId::Id(t.id.0));
                    let sources = o.cited(t.provenance.references.iter().copied());
                    o.item(title, text, Run::default(), id, sources);
                }
                o.push_section(SectionKind::Tips, heading, first);
            }
        }

        // When to get help: the emergency signs, then the same-day ones.
        if !triage.safety_net.is_empty() {
            // The emergency signs first, then the same-day ones, in one vector.
            picked.clear();
            let (signs, rest) = (&triage.safety_net, &mut picked);
            rest.extend(
                signs
                    .iter()
                    .copied()
                    .filter(|id| is_emergency_sign(catalog, triage, *id)),
            );
            let split = rest.len();
            rest.extend(
                signs
                    .iter()
                    .copied()
                    .filter(|id| !is_emergency_sign(catalog, triage, *id)),
            );
            let (emergency, same_day) = picked.split_at(split);
            let first = o.body.items.len();
            let heading = o.heading("report-heading-seek-help")?;
            if !emergency.is_empty() {
                o.star();
                let text =
                    words.with_services(&mut o, "report-safety-net-intro", None, EMERGENCY)?;
                o.nl();
                let details = o.findings(catalog, emergency)?;
                let sources = o.cited(findings_references(catalog, emergency));
                o.item(Span::default(), text, details, None, sources);
            }
            if !same_day.is_empty() {
                o.star();
                let text =
                    words.with_services(&mut o, "report-safety-net-same-day", None, URGENT)?;
                o.nl();
                let details = o.findings(catalog, same_day)?;
                let sources = o.cited(findings_references(catalog, same_day));
                o.item(Span::default(), text, details, None, sources);
            }
            o.plain_line("report-safety-net-worse")?;
            o.push_section(SectionKind::SeekHelp, heading, first);
        }

        // For an urgent outcome, the likely causes by name, unless a red flag set it: its name
        // and action lead the report, and a harmless cause beside it would mislead.
        if urgent && triage.leading_red_flags().is_empty() {
            conditions(&mut o, &mut words, catalog, triage, true)?;
        }

        let first = o.body.items.len();
        let heading = o.heading("report-heading-references")?;
        for (n, id) in triage.references.iter().enumerate() {
            if let Some(r) = catalog.reference(*id) {
                o.star();
                let start = o.body.text.len();
                o.body.text.push('[');
                push_number(&mut o.body.text, n + 1);
                o.body.text.push(']');
                let title = Span {
                    start,
                    end: o.body.text.len(),
                };
                o.after_title(title);
                let text = o.put_str(r.citation());
                o.nl();
                let id = Some(ItemId::Id(r.id.0));
                let s = o.body.sources.len();
                o.body.sources.push(n + 1);
                let sources = Run {
                    start: s,
                    end: o.body.sources.len(),
                };
                o.source_item(title, text, Run::default(), id, sources);
            }
        }
        o.push_section(SectionKind::References, heading, first);

        let disclaimer = o.owned("report-disclaimer", None)?;
        scratch.slots = o.numbers.slots;
        scratch.words = words.text;
        scratch.list = words.list;
        scratch.picked = picked;
        scratch.put();
        Ok(Report {
            schema_version: crate::interop::schema::current(),
            locale: locale.requested().to_owned(),
            disposition: triage.disposition,
            care_setting,
            complete: triage.complete,
            content_version: triage.content_version.clone(),
            title,
            headline,
            action,
            act_now,
            incomplete_note,
            disclaimer,
            fallbacks: o.fallbacks,
            body: o.body,
        })
    }

    /// The sections, in reading order.
    ///
    /// ```
    /// let a = lowback::Assessment::from_json(r#"{"age": 30, "pain_locations": ["lower_back"]}"#)?;
    /// let t = lowback::Catalog::builtin().triage(&a)?;
    /// let loc = lowback::Localizer::builtin();
    /// let report = lowback::Report::new(lowback::Catalog::builtin(), loc, &loc.negotiate("en")?, &t)?;
    /// let why = report.sections().find(|s| s.kind() == lowback::SectionKind::Why).unwrap();
    /// assert!(why.items().len() >= 1);
    /// # Ok::<(), lowback::Error>(())
    /// ```
    pub fn sections(&self) -> impl ExactSizeIterator<Item = Section<'_>> + Clone + '_ {
        let body = &self.body;
        body.sections.iter().map(move |data| Section { body, data })
    }

    /// The report as plain text (no markup, no isolation marks unless the localizer adds them).
    #[must_use]
    pub fn to_text(&self) -> String {
        let mut s = String::with_capacity(self.text_len());
        s.push_str(&self.title);
        s.push('\n');
        repeat(&mut s, EQUALS, self.title.chars().count());
        s.push_str("\n\n");
        s.push_str(&self.headline);
        s.push('\n');
        s.push_str(&self.action);
        s.push('\n');
        for a in &self.act_now {
            s.push_str("! ");
            s.push_str(a);
            s.push('\n');
        }
        if let Some(n) = &self.incomplete_note {
            s.push('\n');
            s.push_str(n);
            s.push('\n');
        }
        // The sections are laid out in the buffer as they are printed.
        s.push_str(&self.body.text);
        s.push('\n');
        s.push_str(&self.disclaimer);
        s.push('\n');
        s
    }

    /// An upper estimate of the plain text's length, to allocate it once.
    fn text_len(&self) -> usize {
        self.body.text.len()
            + 3 * self.title.len()
            + self.headline.len()
            + self.action.len()
            + self.disclaimer.len()
            + self.act_now.iter().map(|a| a.len() + 4).sum::<usize>()
            + self.incomplete_note.as_ref().map_or(0, String::len)
            + 16
    }

    /// An upper estimate of the Markdown's length, to allocate it once.
    fn markdown_len(&self) -> usize {
        let b = &self.body;
        self.text_len()
            + 8 * (b.details.len() + b.sections.len())
            + 16 * b.items.len()
            + 5 * b.sources.len()
            + 64
    }

    /// The report as Markdown.
    #[must_use]
    pub fn to_markdown(&self) -> String {
        let mut s = String::with_capacity(self.markdown_len());
        let _ = writeln!(
            s,
            "# {}\n\n**{}**\n\n{}",
            self.title, self.headline, self.action
        );
        for a in &self.act_now {
            let _ = writeln!(s, "\n**{a}**");
        }
        if let Some(n) = &self.incomplete_note {
            let _ = writeln!(s, "\n> {n}");
        }
        for sec in self.sections() {
            let _ = writeln!(s, "\n## {}\n", sec.heading());
            // As in the text: an item's sources marked at the end of its last line, except in
            // the Sources section, whose entries are those numbers.
            let marked = sec.kind() != SectionKind::References;
            for it in sec.items() {
                if it.title().is_empty() {
                    let _ = write!(s, "- {}", it.text());
                } else {
                    let _ = write!(s, "- **{}** — {}", it.title(), it.text());
                }
                for d in it.details() {
                    let _ = write!(s, "\n  - {d}");
                }
                if marked {
                    push_marker(&mut s, it.sources());
                }
                s.push('\n');
            }
        }
        let _ = writeln!(s, "\n---\n\n*{}*", self.disclaimer);
        s
    }

    /// The report as JSON, for apps that lay it out themselves.
    #[must_use]
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}

/// The likely conditions: in full (names, summaries, what fits, what does not, what was not
/// mentioned, the usual course) for a non-urgent outcome; names only when `urgent`, and then
/// no section when none is shown.
fn conditions(
    o: &mut Out<'_>,
    words: &mut Words,
    catalog: &Catalog,
    triage: &Triage,
    urgent: bool,
) -> Result<(), RenderError> {
    let shown = || {
        triage
            .conditions
            .iter()
            .take(3)
            .filter_map(|m| catalog.condition(m.condition).map(|c| (m, c)))
    };
    if urgent && shown().next().is_none() {
        return Ok(());
    }
    let first = o.body.items.len();
    let heading = o.heading(if urgent {
        "report-heading-conditions-brief"
    } else {
        "report-heading-conditions"
    })?;
    for (m, c) in shown() {
        o.star();
        let id = Some(ItemId::Id(c.id.0));
        let sources = |o: &mut Out<'_>| o.cited(c.provenance.references.iter().copied());
        if urgent {
            let text = o.text(c.message_id(), None)?;
            let sources = sources(o);
            o.item(Span::default(), text, Run::default(), id, sources);
            continue;
        }
        let title = o.title(c.message_id(), None)?;
        let text = o.text(c.message_id(), Some("summary"))?;
        let start = o.body.details.len();
        for (list, ids) in [
            ("report-for", &m.supporting),
            ("report-against", &m.against),
        ] {
            if !ids.is_empty() {
                o.body.text.push_str(DETAIL);
                let s = words.list(o, list, labels(catalog, ids))?;
                o.nl();
                o.body.details.push(s);
            }
        }
        if !m.absent.is_empty() {
            o.body.text.push_str(DETAIL);
            let s = words.list(o, "report-absent", absent_labels(catalog, &m.absent))?;
            o.nl();
            o.body.details.push(s);
        }
        o.detail(c.message_id(), Some("course"))?;
        let details = Run {
            start,
            end: o.body.details.len(),
        };
        let sources = sources(o);
        o.item(title, text, details, id, sources);
    }
    if o.body.items.len() == first {
        o.plain_line("report-no-conditions")?;
    }
    o.push_section(SectionKind::Conditions, heading, first);
    Ok(())
}

/// Whether finding `id` is a sign to act on at once: alone (`vocab.safety_net_emergency`), or
/// with this person's answers ([`Triage::safety_net_emergency`]).
fn is_emergency_sign(catalog: &Catalog, triage: &Triage, id: FindingId) -> bool {
    triage.safety_net_emergency.contains(&id)
        || catalog
            .finding_position(id)
            .is_some_and(|p| catalog.vocab.safety_net_emergency.contains(p))
}

/// What starts a detail line in the plain-text layout.
const DETAIL: &str = "    - ";

/// The text buffer a report starts with: a self-care report of the builtin pack in English
/// takes about 14 KiB, so most reports are written without growing it.
const TEXT_CAPACITY: usize = 16 * 1024;

/// Writes `prefix-id` into `buf` (cleared first), `_` turned into `-`: the message id of an
/// item (`model::id::kebab`, without allocating).
fn kebab_into(buf: &mut String, prefix: &str, id: &str) {
    buf.clear();
    buf.push_str(prefix);
    for piece in id.split('_') {
        buf.push('-');
        buf.push_str(piece);
    }
}

/// `numbers` in decimal, each followed by a space, written in `buf` (four numbers of up to
/// three digits fill it): the signature of a message's variables, without allocating.
fn numbers_sig(buf: &mut [u8; 16], numbers: [u8; 4]) -> &str {
    let mut len = 0;
    for n in numbers {
        let digits = [n / 100, n / 10 % 10, n % 10];
        let skip = if n >= 100 {
            0
        } else if n >= 10 {
            1
        } else {
            2
        };
        for d in digits.iter().skip(skip).map(|d| b'0' + d).chain([b' ']) {
            if let Some(b) = buf.get_mut(len) {
                *b = d;
                len += 1;
            }
        }
    }
    std::str::from_utf8(buf.get(..len).unwrap_or_default()).unwrap_or_default()
}

/// Appends the decimal digits of `n`.
/// " [2, 5]": the numbers of an item's sources, after it in the text and Markdown.
fn push_marker(s: &mut String, numbers: &[usize]) {
    if numbers.is_empty() {
        return;
    }
    s.push_str(" [");
    for (k, &n) in numbers.iter().enumerate() {
        if k > 0 {
            s.push_str(", ");
        }
        push_number(s, n);
    }
    s.push(']');
}

fn push_number(s: &mut String, n: usize) {
    let digit = |d: usize| char::from_digit(u32::try_from(d).unwrap_or_default(), 10);
    if n < 100 {
        // One or two digits (n / 10 and n % 10 are below 10).
        if n >= 10 {
            s.push(digit(n / 10).unwrap_or('0'));
        }
        s.push(digit(n % 10).unwrap_or('0'));
    } else {
        let _ = write!(s, "{n}");
    }
}

/// Appends `n` times the character `line` repeats (an ASCII line), a slice at a time.
fn repeat(s: &mut String, line: &str, mut n: usize) {
    while n > 0 && !line.is_empty() {
        let k = n.min(line.len());
        s.push_str(line.get(..k).unwrap_or_default());
        n -= k;
    }
}

/// The underline of a heading, a piece of it at a time.
const DASHES: &str = "----------------------------------------------------------------";
/// The underline of the title, a piece of it at a time.
const EQUALS: &str = "================================================================";

/// The variables of a message that names care settings: `(variable, disposition)`, and a
/// signature of them for the memo (the words follow from the dispositions and the locale).
struct Services {
    vars: &'static [(&'static str, Disposition)],
    sig: &'static str,
}

/// The variables of a message that names the emergency care setting.
const EMERGENCY: &Services = &Services {
    vars: &[("emergency", Disposition::Emergency)],
    sig: "emergency=emergency",
};
/// The variables of a message that names the urgent care setting.
const URGENT: &Services = &Services {
    vars: &[("urgent", Disposition::Urgent)],
    sig: "urgent=urgent",
};

/// The variables of a disposition's action (`report-level-<level>.detail`): the care settings
/// it names (`CODE_VARIABLES` in `catalog/ftl.rs` holds the same list).
fn level_variables(d: Disposition) -> &'static Services {
    match d {
        Disposition::Emergency => EMERGENCY,
        Disposition::Urgent => &Services {
            vars: &[
                ("emergency", Disposition::Emergency),
                ("urgent", Disposition::Urgent),
            ],
            sig: "emergency=emergency urgent=urgent",
        },
        Disposition::SeeClinician => &Services {
            vars: &[("see_clinician", Disposition::SeeClinician)],
            sig: "see_clinician=see_clinician",
        },
        Disposition::SelfCare => &Services {
            vars: &[("self_care", Disposition::SelfCare)],
            sig: "self_care=self_care",
        },
    }
}

// Item sources (issue 12, interop): each item names the numbers of the references it cites, as
// the references section numbers them (the triage's `references`, from 1).

/// The references of a caution: those of the fired `rules` that add it.
fn caution_references<'c>(
    rules: &'c [&'c Rule],
    c: crate::model::CautionId,
) -> impl Iterator<Item = ReferenceId> + 'c {
    rules
        .iter()
        .filter(move |r| r.cautions.contains(&c))
        .flat_map(|r| r.provenance.references.iter().copied())
}

/// The references of a list of warning signs: those of the findings.
fn findings_references<'c>(
    catalog: &'c Catalog,
    findings: &'c [FindingId],
) -> impl Iterator<Item = ReferenceId> + 'c {
    findings
        .iter()
        .filter_map(|id| catalog.finding(*id))
        .flat_map(|f| f.provenance.references.iter().copied())
}
