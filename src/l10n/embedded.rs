//! The builtin localizer's Fluent files, parsed file by file: a file is parsed the first time a
//! message it holds is looked up.
//!
//! A locale's bundle is laid in parts, one per file of its base language (`en` for `en-GB`).
//! Each part holds that file, the files that define terms (`terms.ftl`), and the regional
//! variant's own files on top. So a message is found in the part of its file, with every term
//! it may use. Which file holds a message is known from the first segment of its id
//! ([`FILES`]: `report-title` is in `report.ftl`); a message found in none of those files is
//! looked for in every part before it is called missing, so the table only decides speed. The
//! builtin messages refer to other messages only within their own file, which a unit test
//! checks, so a part formats every message of its file exactly as the whole bundle would.

use std::sync::{Arc, OnceLock};

use fluent::FluentResource;
use fluent::concurrent::FluentBundle;
use unic_langid::LanguageIdentifier;

use crate::catalog::ftl::parent_tag;

/// A Fluent bundle as the localizer keeps it.
pub(crate) type Fluent = FluentBundle<Arc<FluentResource>>;

/// The embedded Fluent files of every builtin locale, each parsed on first use.
pub(crate) struct Embedded {
    locales: Vec<EmbeddedLocale>,
}

/// One locale's embedded files, and which of them defines what.
struct EmbeddedLocale {
    tag: &'static str,
    files: Vec<EmbeddedFile>,
    /// Built from [`FILES`] the first time a message is looked up in the locale.
    index: OnceLock<Index>,
}

/// What each builtin Fluent file defines: the first segments of its message ids, and whether
/// it defines terms (then it is laid in every part). The same for every locale. A unit test
/// checks it against every file's entries: a message with a new first segment goes here.
const FILES: [(&str, &[&str], bool); 11] = [
    ("care.ftl", &["care", "tip"], false),
    ("cautions.ftl", &["caution"], false),
    ("conditions.ftl", &["condition"], false),
    ("exercises.ftl", &["exercise"], false),
    ("facts.ftl", &["fact"], false),
    ("findings.ftl", &["checklist", "finding"], false),
    (
        "interview.ftl",
        &["answer", "interview", "option", "question"],
        false,
    ),
    ("red-flags.ftl", &["red"], false),
    ("report.ftl", &["care", "catalog", "report"], false),
    ("rules.ftl", &["rule"], false),
    ("terms.ftl", &[], true),
];

/// One embedded file, parsed the first time a part needs it.
struct EmbeddedFile {
    name: &'static str,
    text: &'static str,
    parsed: OnceLock<Arc<FluentResource>>,
}

/// Which files of a locale define which messages, by the id's first segment (`report` for
/// `report-title`), and which define terms: from [`FILES`].
#[derive(Debug, Default, PartialEq, Eq)]
struct Index {
    /// Each segment with the files that define a message starting with it, sorted by segment.
    segments: Vec<(&'static str, Vec<usize>)>,
    /// The files that define a term, or that [`FILES`] does not list: laid in every part.
    shared: Vec<usize>,
}

impl Index {
    fn of(files: &[EmbeddedFile]) -> Index {
        let mut index = Index::default();
        for (k, file) in files.iter().enumerate() {
            let Some((_, segments, terms)) = FILES.iter().find(|(n, _, _)| *n == file.name) else {
                // Not listed: in every part, so its messages and terms are found anyway.
                index.shared.push(k);
                continue;
            };
            if *terms {
                index.shared.push(k);
            }
            for segment in *segments {
                match index.segments.binary_search_by(|(s, _)| s.cmp(segment)) {
                    Ok(at) => {
                        if let Some((_, holders)) = index.segments.get_mut(at) {
                            holders.push(k);
                        }
                    }
                    Err(at) => index.segments.insert(at, (segment, vec![k])),
                }
            }
        }
        index
    }

    /// The files that define a message whose id starts with `segment`.
    fn holders(&self, segment: &str) -> &[usize] {
        self.segments
            .binary_search_by(|(s, _)| (*s).cmp(segment))
            .ok()
            .and_then(|at| self.segments.get(at))
            .map_or(&[], |(_, holders)| holders.as_slice())
    }
}

/// The part of an id before its first `-`: `report` for `report-title`.
fn segment(id: &str) -> &str {
    // A byte loop: ids are short, and this runs on every look-up.
    let end = id.bytes().position(|b| b == b'-').unwrap_or(id.len());
    id.get(..end).unwrap_or(id)
}

impl Embedded {
    pub(crate) fn new() -> Self {
        let mut locales: Vec<EmbeddedLocale> = Vec::new();
        for (tag, name, text) in crate::catalog::pack::builtin_ftl() {
            let file = EmbeddedFile {
                name,
                text,
                parsed: OnceLock::new(),
            };
            match locales.iter_mut().find(|l| l.tag == *tag) {
                Some(l) => l.files.push(file),
                None => locales.push(EmbeddedLocale {
                    tag,
                    files: vec![file],
                    index: OnceLock::new(),
                }),
            }
        }
        Embedded { locales }
    }

    /// The locale tags that have files.
    pub(crate) fn tags(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.locales.iter().map(|l| l.tag)
    }

    #[cfg(test)]
    fn locale(&self, tag: &str) -> Option<&EmbeddedLocale> {
        self.locales.iter().find(|l| l.tag == tag)
    }

    /// How the bundle of `tag` is laid: its parts are the files of its base locale (its
    /// parent when that has files, `en` for `en-GB`, else itself), and a regional variant's
    /// own files go on top of each.
    pub(crate) fn layout(&self, tag: &str) -> Layout {
        let position = |t: &str| self.locales.iter().position(|l| l.tag == t);
        let (base, variant) = match parent_tag(tag).and_then(position) {
            Some(parent) => (Some(parent), position(tag)),
            None => (position(tag), None),
        };
        let parts = base
            .and_then(|b| self.locales.get(b))
            .map_or(1, |l| l.files.len())
            .max(1);
        Layout {
            base,
            variant,
            parts,
        }
    }

    /// The parts of a bundle laid as `layout` to look for message `id` in, in order: the
    /// parts of the base locale's files that define ids with the same first segment, part 0
    /// when the regional variant's own files (laid in every part) do, then every part, so
    /// that a message is never missed (the table only spares parsing the other files).
    pub(crate) fn parts_for<'a>(
        &'a self,
        layout: &Layout,
        id: &str,
    ) -> impl Iterator<Item = usize> + use<'a> {
        let segment = segment(id);
        let index = |at: Option<usize>| {
            at.and_then(|i| self.locales.get(i))
                .map(EmbeddedLocale::index)
        };
        let in_base = index(layout.base).map_or(&[][..], |i| i.holders(segment));
        let in_variant = index(layout.variant).is_some_and(|i| !i.holders(segment).is_empty());
        in_base
            .iter()
            .copied()
            .chain(in_variant.then_some(0))
            .chain(0..layout.parts)
    }

    /// Lays part `k` of a bundle laid as `layout`: the base locale's term files and its file
    /// `k`, then the variant's own files, overriding.
    pub(crate) fn part(
        &self,
        layout: &Layout,
        lang: &LanguageIdentifier,
        k: usize,
        isolating: bool,
    ) -> Fluent {
        let mut bundle = FluentBundle::new_concurrent(vec![lang.clone()]);
        bundle.set_use_isolating(isolating);
        if let Some(l) = layout.base.and_then(|b| self.locales.get(b)) {
            let index = l.index();
            for (j, file) in l.files.iter().enumerate() {
                if j == k || index.shared.contains(&j) {
                    bundle.add_resource_overriding(file.resource());
                }
            }
        }
        if let Some(l) = layout.variant.and_then(|v| self.locales.get(v)) {
            for file in &l.files {
                bundle.add_resource_overriding(file.resource());
            }
        }
        bundle
    }
}

/// How a bundle of the embedded files is laid (see [`Embedded::layout`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Layout {
    /// The locale whose files make the parts.
    base: Option<usize>,
    /// A regional variant's own locale, laid on top of every part.
    variant: Option<usize>,
    /// How many parts: one per file of the base locale, at least one.
    pub(crate) parts: usize,
}

impl EmbeddedLocale {
    fn index(&self) -> &Index {
        self.index.get_or_init(|| Index::of(&self.files))
    }
}

impl EmbeddedFile {
    fn resource(&self) -> Arc<FluentResource> {
        Arc::clone(self.parsed.get_or_init(|| {
            // The embedded files are valid (the test suite proves it); a broken one would keep
            // what parses.
            Arc::new(FluentResource::try_new(self.text.to_owned()).unwrap_or_else(|(r, _)| r))
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::ftl::uses;
    use fluent_syntax::ast;
    use std::collections::BTreeSet;

    fn parsed_entries(text: &str) -> BTreeSet<String> {
        let resource = fluent_syntax::parser::parse(text).unwrap_or_else(|(r, _)| r);
        resource
            .body
            .iter()
            .filter_map(|e| match e {
                ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                ast::Entry::Term(t) => Some(format!("-{}", t.id.name)),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn the_table_of_files_lists_what_every_builtin_file_defines() {
        let mut files = 0;
        for (tag, name, text) in crate::catalog::pack::builtin_ftl() {
            let entries = parsed_entries(text);
            assert!(!entries.is_empty(), "{tag}/{name}");
            let segments: BTreeSet<&str> = entries
                .iter()
                .filter(|id| !id.starts_with('-'))
                .map(|id| segment(id))
                .collect();
            let terms = entries.iter().any(|id| id.starts_with('-'));
            let listed = FILES.iter().find(|(n, _, _)| n == name);
            assert_eq!(
                listed.map(|(_, s, t)| (s.iter().copied().collect::<BTreeSet<&str>>(), *t)),
                Some((segments, terms)),
                "{tag}/{name}: update FILES in src/l10n/embedded.rs"
            );
            files += 1;
        }
        assert_eq!(files, 26);
    }

    /// The builtin messages refer to other messages only in their own file (terms aside), so a
    /// part formats each of its file's messages as the whole bundle would.
    #[test]
    fn builtin_messages_refer_only_to_messages_of_their_own_file_and_to_terms() {
        let mut checked = 0;
        for (tag, name, text) in crate::catalog::pack::builtin_ftl() {
            let own = parsed_entries(text);
            let resource = fluent_syntax::parser::parse(*text).unwrap_or_else(|(r, _)| r);
            let mut refs = Vec::new();
            for e in &resource.body {
                let (value, attributes) = match e {
                    ast::Entry::Message(m) => (m.value.as_ref(), &m.attributes),
                    ast::Entry::Term(t) => (Some(&t.value), &t.attributes),
                    _ => continue,
                };
                let patterns = value.into_iter().chain(attributes.iter().map(|a| &a.value));
                refs.extend(patterns.flat_map(|p| uses(p).refs));
            }
            for r in &refs {
                // A term lives in a file laid in every part.
                assert!(
                    r.term || own.contains(r.id),
                    "{tag}/{name} refers to {} of another file",
                    r.id
                );
                checked += 1;
            }
        }
        // The files do refer to terms (so the check reads real references).
        assert!(checked > 100, "{checked}");
    }

    #[test]
    fn the_index_routes_each_builtin_message_to_its_file_and_shares_the_term_files() {
        let e = Embedded::new();
        assert_eq!(
            e.tags().collect::<Vec<_>>(),
            ["en", "en-GB", "en-US", "en-CA", "fr", "fr-CA"]
        );
        for l in &e.locales {
            let index = l.index();
            for (k, file) in l.files.iter().enumerate() {
                for id in parsed_entries(file.text) {
                    if id.starts_with('-') {
                        assert!(index.shared.contains(&k), "{} {id}", l.tag);
                    } else {
                        assert!(index.holders(segment(&id)).contains(&k), "{} {id}", l.tag);
                    }
                }
            }
        }
        // `en` has 11 files, one of terms; `care` messages live in two of them.
        let en = e.locale("en").map(EmbeddedLocale::index);
        assert_eq!(en.map(|i| i.shared.len()), Some(1));
        assert_eq!(en.map(|i| i.holders("care").len()), Some(2));
        let en_gb = e.layout("en-GB");
        assert_eq!(en_gb.parts, 11);
        assert_eq!(e.layout("fr").variant, None);
        // A message of no listed segment is looked for in every part.
        assert_eq!(e.parts_for(&en_gb, "no-such-message").count(), 11);
        // `report-title` first in the part of `report.ftl`, then in every part.
        let en_files = e.locale("en").map(|l| &l.files);
        let order: Vec<&str> = e
            .parts_for(&en_gb, "report-title")
            .filter_map(|k| en_files.and_then(|f| f.get(k)).map(|f| f.name))
            .collect();
        assert_eq!(order.len(), 12);
        assert_eq!(order.first(), Some(&"report.ftl"));
    }

    /// Every message and attribute of every builtin locale formats the same through the parts
    /// of the lazy localizer as through a localizer built whole from the same files.
    #[test]
    fn the_lazy_localizer_formats_every_message_as_the_whole_bundle_does() {
        use crate::{Arg, ContentPack, Localizer};
        let whole = Localizer::from_pack(&ContentPack::builtin()).unwrap();
        let lazy = Localizer::load_builtin().unwrap();
        let mut ids: BTreeSet<(String, Option<String>)> = BTreeSet::new();
        let mut variables: BTreeSet<String> = BTreeSet::new();
        for (_, _, text) in crate::catalog::pack::builtin_ftl() {
            let resource = fluent_syntax::parser::parse(*text).unwrap_or_else(|(r, _)| r);
            for e in &resource.body {
                if let ast::Entry::Message(m) = e {
                    ids.insert((m.id.name.to_owned(), None));
                    for a in &m.attributes {
                        ids.insert((m.id.name.to_owned(), Some(a.id.name.to_owned())));
                    }
                }
            }
            for piece in text.split('$').skip(1) {
                let name: String = piece
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                    .collect();
                variables.insert(name);
            }
        }
        let args: Vec<(&str, Arg<'_>)> = variables
            .iter()
            .map(|v| (v.as_str(), Arg::Number(2)))
            .collect();
        let mut formatted = 0;
        for tag in whole.locales() {
            let (w, l) = (whole.negotiate(tag).unwrap(), lazy.negotiate(tag).unwrap());
            for (id, attribute) in &ids {
                let expected = whole.message(&w, id, attribute.as_deref(), &args);
                let got = lazy.message(&l, id, attribute.as_deref(), &args);
                assert_eq!(got, expected, "{tag} {id} {attribute:?}");
                formatted += usize::from(expected.is_ok());
            }
            // A message no file defines is missing from both.
            assert!(
                lazy.message(&l, "report-no-such-message", None, &[])
                    .is_err()
            );
        }
        assert!(formatted > 6 * 500, "{formatted}");
    }

    #[test]
    fn a_first_message_parses_only_its_own_file_and_the_terms() {
        let lazy = crate::Localizer::load_builtin().unwrap();
        let en = lazy.negotiate("en-GB").unwrap();
        assert!(lazy.message(&en, "report-title", None, &[]).is_ok());
        let Some(e) = lazy.embedded_files() else {
            panic!("the builtin localizer keeps its embedded files");
        };
        let parsed: Vec<(&str, usize)> = e
            .locales
            .iter()
            .flat_map(|l| {
                l.files
                    .iter()
                    .enumerate()
                    .filter(|(_, f)| f.parsed.get().is_some())
                    .map(move |(k, _)| (l.tag, k))
            })
            .collect();
        let names: Vec<(&str, &str)> = crate::catalog::pack::builtin_ftl()
            .map(|(t, n, _)| (*t, *n))
            .collect();
        let file = |tag: &str, k: usize| {
            names
                .iter()
                .filter(|(t, _)| *t == tag)
                .nth(k)
                .map(|(_, n)| *n)
        };
        let parsed_names: Vec<(&str, Option<&str>)> =
            parsed.iter().map(|(t, k)| (*t, file(t, *k))).collect();
        assert_eq!(
            parsed_names,
            [
                ("en", Some("terms.ftl")),
                ("en", Some("report.ftl")),
                ("en-GB", Some("terms.ftl"))
            ]
        );
    }
}
