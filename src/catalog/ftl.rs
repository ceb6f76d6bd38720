//! What each locale's Fluent files define: messages, attributes, variables and references.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};
use std::hash::BuildHasherDefault;

use fluent_syntax::ast;

use crate::catalog::pack::{FtlFile, clip};
use crate::error::ContentProblem;
use crate::model::id::IdMap;
use crate::model::sorted_map::SortedMap;

/// One message (or term) as defined in a locale.
#[derive(Debug, Default)]
pub(crate) struct MessageInfo {
    pub has_value: bool,
    /// Variables used by the value.
    pub vars: BTreeSet<String>,
    /// Attribute name -> variables it uses.
    pub attributes: BTreeMap<String, BTreeSet<String>>,
}

/// Every message and term of one locale; terms are keyed with their leading `-`.
#[derive(Debug, Default)]
pub(crate) struct Inventory {
    pub messages: BTreeMap<String, MessageInfo>,
}

/// What a message or term of a parsed file defines: its key (`id`, or `-id` for a term: a
/// message's borrowed from the file, a term's made), its value and its attributes. `None` for
/// a comment or a junk entry.
#[allow(clippy::type_complexity)] // three parts of one entry, read at once by two callers
fn entry_parts<'e, 'a>(
    entry: &'e ast::Entry<&'a str>,
) -> Option<(
    Cow<'a, str>,
    Option<&'e ast::Pattern<&'a str>>,
    &'e [ast::Attribute<&'a str>],
)> {
    match entry {
        ast::Entry::Message(m) => Some((Cow::Borrowed(m.id.name), m.value.as_ref(), &m.attributes)),
        ast::Entry::Term(t) => Some((
            Cow::Owned(format!("-{}", t.id.name)),
            Some(&t.value),
            &t.attributes,
        )),
        _ => None,
    }
}

impl Inventory {
    /// Builds the inventory, reporting ids defined twice.
    pub(crate) fn of(locale: &str, files: &[FtlFile], problems: &mut Vec<ContentProblem>) -> Self {
        let mut inv = Inventory::default();
        for file in files {
            for entry in file.resource.entries() {
                let Some((key, value, attributes)) = entry_parts(entry) else {
                    continue;
                };
                let key = key.into_owned();
                let mut info = MessageInfo {
                    has_value: value.is_some(),
                    ..MessageInfo::default()
                };
                if let Some(p) = value {
                    info.vars = owned(&uses(p).vars);
                }
                for a in attributes {
                    info.attributes
                        .insert(a.id.name.to_owned(), owned(&uses(&a.value).vars));
                }
                match inv.messages.entry(key) {
                    std::collections::btree_map::Entry::Occupied(o) => {
                        problems.push(ContentProblem::DuplicateMessage {
                            locale: clip(locale),
                            file: clip(&file.name),
                            message: clip(o.key()),
                        });
                    }
                    std::collections::btree_map::Entry::Vacant(v) => {
                        v.insert(info);
                    }
                }
            }
        }
        inv
    }

    /// The variables message `id` (or its `attribute`) uses, when it is defined.
    pub(crate) fn vars(&self, id: &str, attribute: Option<&str>) -> Option<&BTreeSet<String>> {
        let m = self.messages.get(id)?;
        match attribute {
            None => m.has_value.then_some(&m.vars),
            Some(a) => m.attributes.get(a),
        }
    }
}

/// The parent of a regional tag (`fr-CA` -> `fr`), or `None` for a base language.
pub(crate) fn parent_tag(tag: &str) -> Option<&str> {
    tag.split_once('-').map(|(base, _)| base)
}

/// What a pack's locales define, and the problems found comparing them (computed once per pack).
#[derive(Debug, Default)]
pub(crate) struct LocaleCheck {
    pub inventories: BTreeMap<String, Inventory>,
    pub problems: Vec<ContentProblem>,
}

/// Builds every locale's inventory and compares each locale with `en` (or, for a regional
/// overlay, with its parent): ids, attributes, variables, references.
pub(crate) fn locale_check(locales: &BTreeMap<String, Vec<FtlFile>>) -> LocaleCheck {
    let mut problems = Vec::new();
    let inventories: BTreeMap<String, Inventory> = locales
        .iter()
        .map(|(tag, files)| (tag.clone(), Inventory::of(tag, files, &mut problems)))
        .collect();
    let Some(en) = inventories.get("en") else {
        problems.push(ContentProblem::MissingFile {
            file: "locales/en/*.ftl".to_owned(),
        });
        return LocaleCheck {
            inventories,
            problems,
        };
    };
    for (tag, inv) in &inventories {
        let reference = match parent_tag(tag) {
            Some(parent) => inventories.get(parent).unwrap_or(en),
            None => en,
        };
        let reference_tag = parent_tag(tag)
            .filter(|parent| inventories.contains_key(*parent))
            .unwrap_or("en");
        compare(
            tag,
            inv,
            (reference_tag, reference),
            parent_tag(tag).is_some(),
            &mut problems,
        );
    }
    // References, functions, cycles and the code's variables, in each locale as its files
    // layer (a regional locale over its parent). A regional locale does not repeat a problem
    // its parent already has.
    let mut found: BTreeMap<&str, Vec<(String, String)>> = BTreeMap::new();
    let mut tags: Vec<&String> = locales.keys().collect();
    tags.sort_by_key(|t| (parent_tag(t).is_some(), t.as_str()));
    for tag in tags {
        let parent = parent_tag(tag).and_then(|p| locales.get_key_value(p));
        let own = locales.get_key_value(tag.as_str());
        let defs = Layered::of(
            parent
                .into_iter()
                .chain(own)
                .map(|(t, files)| (t.as_str(), files.as_slice(), false)),
        );
        let checked = check_layered(&defs);
        problems.extend(checked.mismatches);
        let parent_found = parent_tag(tag).and_then(|p| found.get(p));
        push_broken(tag, &checked.broken, parent_found, &mut problems);
        found.insert(tag, checked.broken);
    }
    dedupe(&mut problems);
    LocaleCheck {
        inventories,
        problems,
    }
}

/// The locale comparison of `check`, plus the messages the content needs in every base locale,
/// each using no variable but those lowback passes when it formats it: a fact's values
/// (`fact_vars`, by message id), the code's ([`code_variables`]), and none for the rest. A
/// variable nobody passes would make the message fail when it is shown.
pub(crate) fn check_locales(
    check: &LocaleCheck,
    required: &[(String, Option<Cow<'static, str>>)],
    fact_vars: &BTreeMap<&str, Vec<&str>>,
    problems: &mut Vec<ContentProblem>,
) {
    problems.extend(check.problems.iter().cloned());
    for (tag, inv) in check
        .inventories
        .iter()
        .filter(|(t, _)| parent_tag(t).is_none())
    {
        for (id, attr) in required {
            let Some(found) = inv.vars(id, attr.as_deref()) else {
                problems.push(ContentProblem::MissingTranslation {
                    locale: clip(tag),
                    message: clip(id),
                    attribute: attr.as_deref().map(str::to_owned),
                });
                continue;
            };
            let passed: &[&str] = match (fact_vars.get(id.as_str()), attr) {
                (Some(values), None) => values,
                _ => code_variables(id, attr.as_deref()).unwrap_or_default(),
            };
            if found.iter().any(|v| !passed.contains(&v.as_str())) {
                problems.push(ContentProblem::CodeVariableMismatch {
                    locale: clip(tag),
                    message: clip(
                        &attr
                            .as_deref()
                            .map_or_else(|| id.clone(), |a| format!("{id}.{a}")),
                    ),
                    expected: clip_list(passed),
                    found: clip_list(found),
                });
            }
        }
    }
}

fn compare(
    tag: &str,
    inv: &Inventory,
    (reference_tag, reference): (&str, &Inventory),
    overlay: bool,
    problems: &mut Vec<ContentProblem>,
) {
    let mismatch = |message: String, expected: &BTreeSet<String>, found: &BTreeSet<String>| {
        ContentProblem::VariableMismatch {
            locale: clip(tag),
            message: clip(&message),
            reference: clip(reference_tag),
            expected: clip_list(expected),
            found: clip_list(found),
        }
    };
    for (id, m) in &inv.messages {
        let Some(r) = reference.messages.get(id) else {
            problems.push(ContentProblem::ExtraTranslation {
                locale: clip(tag),
                message: clip(id),
                reference: clip(reference_tag),
            });
            continue;
        };
        if m.has_value && !id.starts_with('-') && m.vars != r.vars {
            problems.push(mismatch(id.clone(), &r.vars, &m.vars));
        }
        for (a, vars) in &m.attributes {
            match r.attributes.get(a) {
                None => problems.push(ContentProblem::ExtraTranslation {
                    locale: clip(tag),
                    message: clip(&format!("{id}.{a}")),
                    reference: clip(reference_tag),
                }),
                Some(rv) if rv != vars && !id.starts_with('-') => {
                    problems.push(mismatch(format!("{id}.{a}"), rv, vars));
                }
                Some(_) => {}
            }
        }
    }
    if overlay || tag == "en" {
        return;
    }
    for (id, r) in &reference.messages {
        match inv.messages.get(id) {
            None => problems.push(ContentProblem::MissingTranslation {
                locale: clip(tag),
                message: clip(id),
                attribute: None,
            }),
            Some(m) => {
                for a in r
                    .attributes
                    .keys()
                    .filter(|a| !m.attributes.contains_key(*a))
                {
                    problems.push(ContentProblem::MissingTranslation {
                        locale: clip(tag),
                        message: clip(id),
                        attribute: Some(clip(a)),
                    });
                }
            }
        }
    }
}

/// The messages (`id`) and attributes (`id.attribute`) lowback itself formats with variables,
/// and the variables it passes. Every other message and attribute the crate formats gets none
/// (facts get theirs from the data; a care setting's message gets `$number` when its setting has
/// a number, checked by the localizer). Keep in step with `l10n/report.rs` and
/// `triage/interview.rs`.
pub(crate) const CODE_VARIABLES: &[(&str, &[&str])] = &[
    ("exercise-dosage", &["days", "hold", "reps", "sets"]),
    ("report-for", &["list"]),
    ("report-against", &["list"]),
    ("report-absent", &["list"]),
    ("report-flags-without-rule", &["list"]),
    ("report-why-red-flag", &["name"]),
    ("interview-invalid-answer", &["expected"]),
    ("interview-did-you-mean", &["option"]),
    // Formatted by the app showing the interview (`Progress`).
    ("interview-progress", &["asked", "left"]),
    // The care settings' words (data/care_settings.toml), by disposition.
    ("report-level-emergency.detail", &["emergency"]),
    ("report-level-emergency.call-detail", &["emergency"]),
    ("report-level-urgent.detail", &["emergency", "urgent"]),
    ("report-level-see-clinician.detail", &["see_clinician"]),
    ("report-level-self-care.detail", &["self_care"]),
    ("report-self-care-open", &["self_care"]),
    ("report-self-check-intro", &["emergency"]),
    ("report-safety-net-intro", &["emergency"]),
    ("report-safety-net-same-day", &["urgent"]),
];

/// The variables lowback passes to message `id` (or its `attribute`), if it formats it with
/// variables: in alphabetical order with no repeat, the order in which the set [`Uses::vars`]
/// is walked (a unit test checks it).
pub(crate) fn code_variables(id: &str, attribute: Option<&str>) -> Option<&'static [&'static str]> {
    CODE_VARIABLES
        .iter()
        .find(|(m, _)| match attribute {
            None => *m == id,
            // Lengths first: this runs for every message and attribute of a pack.
            Some(a) => {
                m.len() == id.len() + 1 + a.len()
                    && m.strip_prefix(id).and_then(|r| r.strip_prefix('.')) == Some(a)
            }
        })
        .map(|(_, vars)| *vars)
}

/// Whether a pattern's variables are exactly `expected` (both in order, each once).
pub(crate) fn same_vars<'v>(
    found: &BTreeSet<&str>,
    expected: impl IntoIterator<Item = &'v str>,
) -> bool {
    found.iter().copied().eq(expected)
}

/// Owned copies of borrowed names (for what outlives the parsed files' borrow).
pub(crate) fn owned(names: &BTreeSet<&str>) -> BTreeSet<String> {
    names.iter().map(|n| (*n).to_owned()).collect()
}

/// The most names listed in one problem.
const MAX_LISTED: usize = 16;

/// Names for a problem: each clipped, at most [`MAX_LISTED`] of them, then how many more.
pub(crate) fn clip_list<S: AsRef<str>>(names: impl IntoIterator<Item = S>) -> Vec<String> {
    let mut out = Vec::new();
    let mut more = 0usize;
    for n in names {
        if out.len() < MAX_LISTED {
            out.push(clip(n.as_ref()));
        } else {
            more += 1;
        }
    }
    if more > 0 {
        out.push(format!("… {more} more"));
    }
    out
}

/// Removes repeated problems, keeping the first of each.
pub(crate) fn dedupe(problems: &mut Vec<ContentProblem>) {
    let mut seen = std::collections::HashSet::new();
    problems.retain(|p| seen.insert(format!("{p:?}")));
}

/// What a pattern uses, in every variant: variables, references and functions. The names are
/// borrowed from the parsed file: a checked build reads thousands of patterns, and copying
/// each name it met was an eighth of its work.
#[derive(Debug, Default)]
pub(crate) struct Uses<'a> {
    /// Variables (`$x`), without the `$`.
    pub vars: BTreeSet<&'a str>,
    /// Messages and terms referred to.
    pub refs: Vec<Ref<'a>>,
    /// Functions called.
    pub functions: BTreeSet<&'a str>,
}

/// A reference to a message (`id`) or a term (`-id`), with the attribute if any.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Ref<'a> {
    pub term: bool,
    pub id: &'a str,
    pub attribute: Option<&'a str>,
}

impl Ref<'_> {
    /// The key of what it refers to in a [`Layered`] (`id`, or `-id` for a term), written in
    /// `buf` when it needs its `-`.
    pub(crate) fn key<'k>(&'k self, buf: &'k mut String) -> &'k str {
        if self.term {
            buf.clear();
            buf.push('-');
            buf.push_str(self.id);
            buf
        } else {
            self.id
        }
    }
}

/// What `p` uses. Recursive, but the nesting of every parsed pattern is bounded
/// (`ContentPack::add_ftl` refuses deeper text).
pub(crate) fn uses<'a>(p: &ast::Pattern<&'a str>) -> Uses<'a> {
    let mut u = Uses::default();
    uses_pattern(p, &mut u);
    u
}

/// [`uses`] into `u`, emptied first: a walk over many patterns reuses one.
pub(crate) fn uses_into<'a>(p: &ast::Pattern<&'a str>, u: &mut Uses<'a>) {
    u.vars.clear();
    u.refs.clear();
    u.functions.clear();
    uses_pattern(p, u);
}

fn uses_pattern<'a>(p: &ast::Pattern<&'a str>, u: &mut Uses<'a>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            uses_expression(expression, u);
        }
    }
}

fn uses_expression<'a>(e: &ast::Expression<&'a str>, u: &mut Uses<'a>) {
    match e {
        ast::Expression::Inline(i) => uses_inline(i, u, false),
        ast::Expression::Select { selector, variants } => {
            uses_inline(selector, u, false);
            for v in variants {
                uses_pattern(&v.value, u);
            }
        }
    }
}

fn uses_inline<'a>(i: &ast::InlineExpression<&'a str>, u: &mut Uses<'a>, in_term_args: bool) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            // Inside a term's arguments a variable is still the message's own.
            let _ = in_term_args;
            u.vars.insert(id.name);
        }
        ast::InlineExpression::MessageReference { id, attribute } => {
            u.refs.push(Ref {
                term: false,
                id: id.name,
                attribute: attribute.as_ref().map(|a| a.name),
            });
        }
        ast::InlineExpression::TermReference {
            id,
            attribute,
            arguments,
        } => {
            u.refs.push(Ref {
                term: true,
                id: id.name,
                attribute: attribute.as_ref().map(|a| a.name),
            });
            // Named arguments are literals; positional ones are resolved but unused by terms.
            if let Some(a) = arguments {
                for p in &a.positional {
                    uses_inline(p, u, true);
                }
            }
        }
        ast::InlineExpression::FunctionReference { id, arguments } => {
            u.functions.insert(id.name);
            for a in &arguments.positional {
                uses_inline(a, u, in_term_args);
            }
            for n in &arguments.named {
                uses_inline(&n.value, u, in_term_args);
            }
        }
        ast::InlineExpression::Placeable { expression } => uses_expression(expression, u),
        ast::InlineExpression::StringLiteral { .. }
        | ast::InlineExpression::NumberLiteral { .. } => {}
    }
}

/// How deep `p` nests placeables, selectors and call arguments (the resolver's own depth in
/// it), counted as `nesting_too_deep` counts the text (the tests of `pack.rs` check the two
/// agree). Recursive, but the nesting of every parsed pattern is bounded
/// (`ContentPack::add_ftl` refuses deeper text).
pub(crate) fn nesting(p: &ast::Pattern<&str>) -> usize {
    p.elements
        .iter()
        .map(|el| match el {
            ast::PatternElement::Placeable { expression } => 1 + expression_nesting(expression),
            ast::PatternElement::TextElement { .. } => 0,
        })
        .max()
        .unwrap_or(0)
}

fn expression_nesting(e: &ast::Expression<&str>) -> usize {
    match e {
        ast::Expression::Inline(i) => inline_nesting(i),
        ast::Expression::Select { selector, variants } => variants
            .iter()
            .map(|v| nesting(&v.value))
            .max()
            .unwrap_or(0)
            .max(inline_nesting(selector)),
    }
}

fn inline_nesting(i: &ast::InlineExpression<&str>) -> usize {
    let args = match i {
        ast::InlineExpression::TermReference {
            arguments: Some(a), ..
        }
        | ast::InlineExpression::FunctionReference { arguments: a, .. } => a,
        ast::InlineExpression::Placeable { expression } => {
            return 1 + expression_nesting(expression);
        }
        _ => return 0,
    };
    args.positional
        .iter()
        .chain(args.named.iter().map(|n| &n.value))
        .map(inline_nesting)
        .max()
        .unwrap_or(0)
        .saturating_add(1)
}

/// The deepest a resolver goes from each node of a reference graph: the node's own nesting,
/// plus one, plus the deepest node it refers to. Iterative, whatever the length of a chain; a
/// node met again while its own chain is being walked (a cycle, reported apart) counts as 0.
fn resolution_depths(local: &[usize], edges: &[Vec<usize>]) -> Vec<usize> {
    const NEW: u8 = 0;
    const OPEN: u8 = 1;
    const DONE: u8 = 2;
    let mut depth = vec![0usize; local.len()];
    let mut state = vec![NEW; local.len()];
    let mut stack: Vec<(usize, usize)> = Vec::new();
    for start in 0..local.len() {
        if state.get(start) != Some(&NEW) {
            continue;
        }
        if let Some(s) = state.get_mut(start) {
            *s = OPEN;
        }
        stack.push((start, 0));
        while let Some((node, next)) = stack.last_mut() {
            let node = *node;
            let out = edges.get(node).map_or(&[][..], Vec::as_slice);
            if let Some(&to) = out.get(*next) {
                *next += 1;
                if let Some(s) = state.get_mut(to) {
                    if *s == NEW {
                        *s = OPEN;
                        stack.push((to, 0));
                    }
                }
                continue;
            }
            stack.pop();
            let deepest = out
                .iter()
                .filter(|&&t| state.get(t) == Some(&DONE))
                .filter_map(|&t| depth.get(t).copied())
                .max()
                .map_or(0, |d| d.saturating_add(1));
            let own = local.get(node).copied().unwrap_or(0);
            if let Some(d) = depth.get_mut(node) {
                *d = own.saturating_add(deepest);
            }
            if let Some(s) = state.get_mut(node) {
                *s = DONE;
            }
        }
    }
    depth
}

/// The deepest a message may resolve, through the messages and terms it uses: past this, a
/// chain of references (each entry within [`MAX_FTL_DEPTH`](crate::catalog::pack::MAX_FTL_DEPTH))
/// could overflow the stack of a thread while it renders. The builtin messages reach 5.
pub(crate) const MAX_RESOLUTION_DEPTH: usize = 128;

/// One message or term as a stack of files resolves it: the last definition wins.
#[derive(Debug, Clone)]
pub(crate) struct Def<'a> {
    /// The locale whose files define it.
    pub owner: &'a str,
    /// The file that defines it.
    pub file: &'a str,
    /// Whether it is an app override (checked against what it replaces instead).
    pub side: bool,
    /// Its value.
    pub value: Option<&'a ast::Pattern<&'a str>>,
    /// Its attributes, in order.
    pub attributes: Vec<(&'a str, &'a ast::Pattern<&'a str>)>,
    /// The positions in `attributes` sorted by name (the first of equal names first), when
    /// there are more than [`FEW_ATTRIBUTES`]: a look-up by name then stays logarithmic, so
    /// that checking a message of thousands of attributes is not quadratic.
    pub by_name: Vec<u32>,
}

/// Up to this many attributes, a look-up by name walks them.
const FEW_ATTRIBUTES: usize = 8;

impl<'a> Def<'a> {
    /// A definition of these parts, indexed by name when it has many attributes.
    pub(crate) fn new(
        owner: &'a str,
        file: &'a str,
        side: bool,
        value: Option<&'a ast::Pattern<&'a str>>,
        attributes: Vec<(&'a str, &'a ast::Pattern<&'a str>)>,
    ) -> Self {
        let mut by_name = Vec::new();
        if attributes.len() > FEW_ATTRIBUTES {
            by_name = (0..u32::try_from(attributes.len()).unwrap_or(u32::MAX)).collect();
            // Stable: equal names keep their order, so the first is found as `find` would.
            by_name.sort_by_key(|&i| attributes.get(i as usize).map(|(n, _)| *n));
        }
        Def {
            owner,
            file,
            side,
            value,
            attributes,
            by_name,
        }
    }
}

impl<'a> Def<'a> {
    /// The value (`None`) or an attribute.
    pub(crate) fn part(&self, attribute: Option<&str>) -> Option<&'a ast::Pattern<&'a str>> {
        match attribute {
            None => self.value,
            Some(a) if self.by_name.is_empty() => self
                .attributes
                .iter()
                .find(|(n, _)| *n == a)
                .map(|(_, p)| *p),
            Some(a) => {
                let name = |i: u32| self.attributes.get(i as usize).map(|(n, _)| *n);
                let first = self.by_name.partition_point(|&i| name(i) < Some(a));
                self.by_name
                    .get(first)
                    .and_then(|&i| self.attributes.get(i as usize))
                    .filter(|(n, _)| *n == a)
                    .map(|(_, p)| *p)
            }
        }
    }

    /// The value (if any) and every attribute, as `(attribute, pattern)`.
    pub(crate) fn parts(
        &self,
    ) -> impl Iterator<Item = (Option<&'a str>, &'a ast::Pattern<&'a str>)> + '_ {
        self.value
            .map(|v| (None, v))
            .into_iter()
            .chain(self.attributes.iter().map(|(n, p)| (Some(*n), *p)))
    }
}

/// Messages (`id`) and terms (`-id`) of one locale, as its layered files resolve them: one
/// vector in key order, built once from the whole stack of files ([`Layered::of`]): one sort
/// of a locale's 500 or so definitions, not a tree grown one at a time. A message's key is
/// borrowed from its file; a term's is made (it gets its `-`).
#[derive(Debug)]
pub(crate) struct Layered<'a>(SortedMap<Cow<'a, str>, Def<'a>>);

impl<'a> Layered<'a> {
    /// The definitions of a stack of `(owner, files, side)`, each file laid over those before
    /// it as `FluentBundle::add_resource_overriding` does (`side`: app overrides).
    pub(crate) fn of(stack: impl IntoIterator<Item = (&'a str, &'a [FtlFile], bool)>) -> Self {
        let mut entries = Vec::new();
        for (owner, files, side) in stack {
            for file in files {
                for entry in file.resource.entries() {
                    let Some((key, value, attributes)) = entry_parts(entry) else {
                        continue;
                    };
                    entries.push((
                        key,
                        Def::new(
                            owner,
                            &file.name,
                            side,
                            value,
                            attributes.iter().map(|a| (a.id.name, &a.value)).collect(),
                        ),
                    ));
                }
            }
        }
        // Stable: the last definition of a key (the file laid last) wins.
        Layered(SortedMap::from_entries(entries))
    }

    fn find(&self, key: &str) -> Option<usize> {
        self.0.0.binary_search_by(|(k, _)| (**k).cmp(key)).ok()
    }

    /// The definition of `key` (`id`, or `-id` for a term).
    pub(crate) fn get(&self, key: &str) -> Option<&Def<'a>> {
        self.find(key).and_then(|i| self.0.0.get(i)).map(|(_, d)| d)
    }

    pub(crate) fn contains_key(&self, key: &str) -> bool {
        self.find(key).is_some()
    }

    /// Every definition, in key order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = (&str, &Def<'a>)> {
        self.0.iter().map(|(k, d)| (k.as_ref(), d))
    }

    pub(crate) fn keys(&self) -> impl Iterator<Item = &str> {
        self.0.keys().map(AsRef::as_ref)
    }
}

/// What [`check_layered`] finds in one locale (borrowing names from its definitions).
#[derive(Debug, Default)]
pub(crate) struct Checked<'d> {
    /// `(message, detail)` of each message that cannot render.
    pub broken: Vec<(String, String)>,
    /// The parts (`id`, attribute) that cannot render by themselves (not worth rendering).
    pub broken_parts: BTreeSet<(&'d str, Option<&'d str>)>,
    /// Messages the code formats with variables, defined with other variables.
    pub mismatches: Vec<ContentProblem>,
}

/// The most messages that do not render listed for one locale (then one line says how many
/// more), so that a pack with thousands of broken messages gives a readable error.
pub(crate) const MAX_BROKEN_LISTED: usize = 100;

/// Adds a [`ContentProblem::BrokenMessage`] for each `(message, detail)` of `tag` that its
/// parent locale does not already have, at most [`MAX_BROKEN_LISTED`] of them.
pub(crate) fn push_broken(
    tag: &str,
    broken: &[(String, String)],
    parent: Option<&Vec<(String, String)>>,
    problems: &mut Vec<ContentProblem>,
) {
    // A set of the parent's, so that the work stays linear in the messages of both.
    let known: std::collections::HashSet<&(String, String)> =
        parent.map(|p| p.iter().collect()).unwrap_or_default();
    let mut new = broken.iter().filter(|b| !known.contains(b));
    for (message, detail) in new.by_ref().take(MAX_BROKEN_LISTED) {
        problems.push(ContentProblem::BrokenMessage {
            locale: clip(tag),
            message: clip(message),
            detail: detail.clone(),
        });
    }
    let more = new.count();
    if more > 0 {
        problems.push(ContentProblem::BrokenMessage {
            locale: clip(tag),
            message: "…".to_owned(),
            detail: format!("and {more} more messages or terms that do not render, not listed"),
        });
    }
}

/// The most reference cycles described for one locale.
const MAX_CYCLES: usize = 20;

/// Checks one locale's layered definitions without rendering them: every reference (in every
/// variant) names a message, term or attribute that exists, no function is called (none is
/// registered), no reference cycle, and the messages in [`CODE_VARIABLES`] use exactly the
/// variables the code passes (overrides are compared with what they replace, elsewhere).
/// Linear in the size of the definitions.
pub(crate) fn check_layered<'d>(defs: &'d Layered<'_>) -> Checked<'d> {
    let mut out = Checked::default();
    // The nodes of the reference graph: every value and attribute.
    // Sized once, and hashed with the catalog's id hasher: a locale has thousands of nodes,
    // and growing a SipHash map to hold them was a fifth of a checked localizer build.
    let count: usize = defs.iter().map(|(_, d)| d.parts().count()).sum();
    let mut nodes: Vec<(&str, Option<&str>)> = Vec::with_capacity(count);
    let mut index: IdMap<(&str, Option<&str>), usize> =
        IdMap::with_capacity_and_hasher(count, BuildHasherDefault::default());
    // Each node's definition and pattern, read below without looking the key up again.
    let mut patterns: Vec<(&Def<'_>, &ast::Pattern<&str>)> = Vec::with_capacity(count);
    for (key, def) in defs.iter() {
        for (attr, pattern) in def.parts() {
            index.insert((key, attr), nodes.len());
            nodes.push((key, attr));
            patterns.push((def, pattern));
        }
    }
    let mut edges: Vec<Vec<usize>> = vec![Vec::new(); nodes.len()];
    let broken = |out: &mut Checked<'d>, key: &'d str, attr: Option<&'d str>, detail: String| {
        let file = defs.get(key).map_or("", |d| d.file);
        out.broken
            .push((key.to_owned(), format!("{detail} (in {})", clip(file))));
        out.broken_parts.insert((key, attr));
    };
    // One walk's findings and one key buffer, reused for every node.
    let mut u = Uses::default();
    let mut buf = String::new();
    for (n, ((key, attr), (def, pattern))) in nodes.iter().zip(&patterns).enumerate() {
        uses_into(pattern, &mut u);
        for reference in &u.refs {
            let r = reference.key(&mut buf);
            let ra = &reference.attribute;
            let target = defs.get(r);
            let shown = || clip(&ra.map_or_else(|| r.to_owned(), |a| format!("{r}.{a}")));
            match (target, ra) {
                (None, _) => broken(
                    &mut out,
                    key,
                    *attr,
                    format!("unknown reference {}", clip(r)),
                ),
                (Some(t), Some(a)) if t.part(Some(*a)).is_none() => {
                    broken(
                        &mut out,
                        key,
                        *attr,
                        format!("unknown reference {}", shown()),
                    );
                }
                (Some(t), None) if t.value.is_none() => {
                    broken(
                        &mut out,
                        key,
                        *attr,
                        format!("reference {} has no value", shown()),
                    );
                }
                _ => {
                    if let (Some(&to), Some(e)) = (index.get(&(r, *ra)), edges.get_mut(n)) {
                        e.push(to);
                    }
                }
            }
        }
        for f in &u.functions {
            broken(
                &mut out,
                key,
                *attr,
                format!("unknown function {}()", clip(f)),
            );
        }
        if !def.side {
            if let Some(expected) = code_variables(key, *attr) {
                if !same_vars(&u.vars, expected.iter().copied()) {
                    out.mismatches.push(ContentProblem::CodeVariableMismatch {
                        locale: clip(def.owner),
                        message: clip(
                            &attr.map_or_else(|| (*key).to_owned(), |a| format!("{key}.{a}")),
                        ),
                        expected: clip_list(expected),
                        found: clip_list(&u.vars),
                    });
                }
            }
        }
    }
    // Too deep to resolve: a long chain of references, each within the nesting limit. The
    // messages are named (what gets formatted); the terms of the chain are only left unrendered.
    let local: Vec<usize> = patterns.iter().map(|(_, p)| nesting(p)).collect();
    let mut too_deep = 0;
    for (n, d) in resolution_depths(&local, &edges).into_iter().enumerate() {
        if d <= MAX_RESOLUTION_DEPTH {
            continue;
        }
        let Some(&(key, attr)) = nodes.get(n) else {
            continue;
        };
        if !key.starts_with('-') {
            too_deep += 1;
        }
        if !key.starts_with('-') && too_deep <= MAX_BROKEN_LISTED {
            broken(
                &mut out,
                key,
                attr,
                format!(
                    "nested {d} levels deep through the messages and terms it uses (at most \
                     {MAX_RESOLUTION_DEPTH})"
                ),
            );
        } else {
            out.broken_parts.insert((key, attr));
        }
    }
    for cycle in cycles(&edges, MAX_CYCLES) {
        let names: Vec<String> = cycle
            .iter()
            .filter_map(|&i| nodes.get(i))
            .map(|(k, a)| a.map_or_else(|| (*k).to_owned(), |a| format!("{k}.{a}")))
            .collect();
        let Some(&(first, first_attr)) = cycle.first().and_then(|&i| nodes.get(i)) else {
            continue;
        };
        let shown: Vec<String> = names.iter().take(8).map(|n| clip(n)).collect();
        let back = if names.len() > 8 {
            "…".to_owned()
        } else {
            clip(names.first().map_or("", String::as_str))
        };
        broken(
            &mut out,
            first,
            first_attr,
            format!("cyclic reference: {} -> {back}", shown.join(" -> ")),
        );
        for &i in &cycle {
            if let Some(&(k, a)) = nodes.get(i) {
                out.broken_parts.insert((k, a));
            }
        }
    }
    out
}

/// Up to `max` cycles of the graph, each rotated to start at its smallest node. Iterative
/// depth-first search: no recursion, whatever the length of a chain.
fn cycles(edges: &[Vec<usize>], max: usize) -> Vec<Vec<usize>> {
    const WHITE: u8 = 0;
    const GREY: u8 = 1;
    const BLACK: u8 = 2;
    let mut colour = vec![WHITE; edges.len()];
    let mut found: Vec<Vec<usize>> = Vec::new();
    // The current path and, for each node on it, its position in the path.
    let mut path: Vec<usize> = Vec::new();
    let mut on_path: Vec<Option<usize>> = vec![None; edges.len()];
    let mut stack: Vec<(usize, usize)> = Vec::new();
    for start in 0..edges.len() {
        if colour.get(start) != Some(&WHITE) {
            continue;
        }
        stack.push((start, 0));
        while let Some(&(node, next)) = stack.last() {
            if next == 0 {
                if let Some(c) = colour.get_mut(node) {
                    *c = GREY;
                }
                if let Some(p) = on_path.get_mut(node) {
                    *p = Some(path.len());
                }
                path.push(node);
            }
            if let Some(&to) = edges.get(node).and_then(|e| e.get(next)) {
                if let Some(top) = stack.last_mut() {
                    top.1 += 1;
                }
                match colour.get(to) {
                    Some(&WHITE) => stack.push((to, 0)),
                    Some(&GREY) if found.len() < max => {
                        if let Some(&Some(at)) = on_path.get(to) {
                            let mut cycle: Vec<usize> =
                                path.get(at..).map(<[usize]>::to_vec).unwrap_or_default();
                            if let Some(min) = cycle
                                .iter()
                                .enumerate()
                                .min_by_key(|(_, n)| **n)
                                .map(|(i, _)| i)
                            {
                                cycle.rotate_left(min);
                            }
                            if !found.contains(&cycle) {
                                found.push(cycle);
                            }
                        }
                    }
                    _ => {}
                }
            } else {
                stack.pop();
                path.pop();
                if let Some(c) = colour.get_mut(node) {
                    *c = BLACK;
                }
                if let Some(p) = on_path.get_mut(node) {
                    *p = None;
                }
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::cycles;

    /// `same_vars` compares a pattern's variables, in order, with these lists: each must be in
    /// order and name a variable once.
    #[test]
    fn the_code_variables_are_listed_in_order_each_once() {
        for (message, vars) in super::CODE_VARIABLES {
            assert!(!vars.is_empty(), "{message}");
            assert!(vars.windows(2).all(|w| w[0] < w[1]), "{message}: {vars:?}");
        }
    }

    #[test]
    fn f5_cycles_are_found_without_recursion_and_rotated() {
        // A chain of 200,000 nodes whose last node points back to the first.
        let n = 200_000;
        let edges: Vec<Vec<usize>> = (0..n).map(|i| vec![(i + 1) % n]).collect();
        let found = cycles(&edges, 5);
        assert_eq!(found.len(), 1);
        assert_eq!(found.first().map(Vec::len), Some(n));
        assert_eq!(found.first().and_then(|c| c.first()), Some(&0));
        // A self-loop and a 2-cycle entered from its larger node.
        let edges = vec![vec![0], vec![], vec![3], vec![2]];
        assert_eq!(cycles(&edges, 5), vec![vec![0], vec![2, 3]]);
        // No cycle.
        assert!(cycles(&[vec![1], vec![2], vec![]], 5).is_empty());
        // At most `max`.
        let edges: Vec<Vec<usize>> = (0..50).map(|i| vec![i]).collect();
        assert_eq!(cycles(&edges, 20).len(), 20);
    }
}
