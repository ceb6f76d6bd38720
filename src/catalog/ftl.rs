//! What each locale's Fluent files define: messages, attributes, variables and references.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;

use crate::catalog::pack::FtlFile;
use crate::error::ContentProblem;

/// One message (or term) as defined in a locale.
#[derive(Debug, Default)]
pub(crate) struct MessageInfo {
    pub has_value: bool,
    /// Variables used by the value.
    pub vars: BTreeSet<String>,
    /// Attribute name -> variables it uses.
    pub attributes: BTreeMap<String, BTreeSet<String>>,
    /// Messages (`id`) and terms (`-id`) it refers to.
    pub refs: BTreeSet<String>,
}

/// Every message and term of one locale; terms are keyed with their leading `-`.
#[derive(Debug, Default)]
pub(crate) struct Inventory {
    pub messages: BTreeMap<String, MessageInfo>,
}

impl Inventory {
    /// Builds the inventory, reporting ids defined twice.
    pub(crate) fn of(locale: &str, files: &[FtlFile], problems: &mut Vec<ContentProblem>) -> Self {
        let mut inv = Inventory::default();
        for file in files {
            for entry in file.resource.entries() {
                let (key, value, attributes) = match entry {
                    ast::Entry::Message(m) => {
                        (m.id.name.to_owned(), m.value.as_ref(), &m.attributes)
                    }
                    ast::Entry::Term(t) => {
                        (format!("-{}", t.id.name), Some(&t.value), &t.attributes)
                    }
                    _ => continue,
                };
                let mut info = MessageInfo {
                    has_value: value.is_some(),
                    ..MessageInfo::default()
                };
                if let Some(p) = value {
                    walk_pattern(p, &mut info.vars, &mut info.refs);
                }
                for a in attributes {
                    let mut vars = BTreeSet::new();
                    walk_pattern(&a.value, &mut vars, &mut info.refs);
                    info.attributes.insert(a.id.name.to_owned(), vars);
                }
                match inv.messages.entry(key) {
                    std::collections::btree_map::Entry::Occupied(o) => {
                        problems.push(ContentProblem::DuplicateMessage {
                            locale: locale.to_owned(),
                            file: file.name.clone(),
                            message: o.key().clone(),
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

    pub(crate) fn has(&self, id: &str, attribute: Option<&str>) -> bool {
        self.messages.get(id).is_some_and(|m| match attribute {
            None => m.has_value,
            Some(a) => m.attributes.contains_key(a),
        })
    }
}

fn walk_pattern(p: &ast::Pattern<&str>, vars: &mut BTreeSet<String>, refs: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            walk_expression(expression, vars, refs);
        }
    }
}

fn walk_expression(
    e: &ast::Expression<&str>,
    vars: &mut BTreeSet<String>,
    refs: &mut BTreeSet<String>,
) {
    match e {
        ast::Expression::Inline(i) => walk_inline(i, vars, refs),
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, vars, refs);
            for v in variants {
                walk_pattern(&v.value, vars, refs);
            }
        }
    }
}

fn walk_inline(
    i: &ast::InlineExpression<&str>,
    vars: &mut BTreeSet<String>,
    refs: &mut BTreeSet<String>,
) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_owned());
        }
        ast::InlineExpression::MessageReference { id, .. } => {
            refs.insert(id.name.to_owned());
        }
        ast::InlineExpression::TermReference { id, arguments, .. } => {
            refs.insert(format!("-{}", id.name));
            // Term arguments are local to the term: they are not the message's variables.
            let _ = arguments;
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                walk_inline(a, vars, refs);
            }
            for n in &arguments.named {
                walk_inline(&n.value, vars, refs);
            }
        }
        ast::InlineExpression::Placeable { expression } => walk_expression(expression, vars, refs),
        ast::InlineExpression::StringLiteral { .. }
        | ast::InlineExpression::NumberLiteral { .. } => {}
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
        let overlay = parent_tag(tag).is_some();
        let reference = match parent_tag(tag) {
            Some(parent) => inventories.get(parent).unwrap_or(en),
            None => en,
        };
        compare(tag, inv, reference, overlay, &mut problems);
        // Every reference must resolve in this locale (or, for an overlay, in its parent).
        for (id, m) in &inv.messages {
            for r in &m.refs {
                if !(inv.messages.contains_key(r) || overlay && reference.messages.contains_key(r))
                {
                    problems.push(ContentProblem::BrokenMessage {
                        locale: tag.clone(),
                        message: id.clone(),
                        detail: format!("unknown reference {r}"),
                    });
                }
            }
        }
    }
    LocaleCheck {
        inventories,
        problems,
    }
}

/// The locale comparison of `check`, plus the messages the content needs in every base locale.
pub(crate) fn check_locales(
    check: &LocaleCheck,
    required: &[(String, Option<&'static str>)],
    problems: &mut Vec<ContentProblem>,
) {
    problems.extend(check.problems.iter().cloned());
    for (tag, inv) in check
        .inventories
        .iter()
        .filter(|(t, _)| parent_tag(t).is_none())
    {
        for (id, attr) in required {
            if !inv.has(id, *attr) {
                problems.push(ContentProblem::MissingTranslation {
                    locale: tag.clone(),
                    message: id.clone(),
                    attribute: attr.map(str::to_owned),
                });
            }
        }
    }
}

fn compare(
    tag: &str,
    inv: &Inventory,
    reference: &Inventory,
    overlay: bool,
    problems: &mut Vec<ContentProblem>,
) {
    let mismatch = |message: String, expected: &BTreeSet<String>, found: &BTreeSet<String>| {
        ContentProblem::VariableMismatch {
            locale: tag.to_owned(),
            message,
            expected: expected.iter().cloned().collect(),
            found: found.iter().cloned().collect(),
        }
    };
    for (id, m) in &inv.messages {
        let Some(r) = reference.messages.get(id) else {
            problems.push(ContentProblem::ExtraTranslation {
                locale: tag.to_owned(),
                message: id.clone(),
            });
            continue;
        };
        if m.has_value && !id.starts_with('-') && m.vars != r.vars {
            problems.push(mismatch(id.clone(), &r.vars, &m.vars));
        }
        for (a, vars) in &m.attributes {
            match r.attributes.get(a) {
                None => problems.push(ContentProblem::ExtraTranslation {
                    locale: tag.to_owned(),
                    message: format!("{id}.{a}"),
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
                locale: tag.to_owned(),
                message: id.clone(),
                attribute: None,
            }),
            Some(m) => {
                for a in r
                    .attributes
                    .keys()
                    .filter(|a| !m.attributes.contains_key(*a))
                {
                    problems.push(ContentProblem::MissingTranslation {
                        locale: tag.to_owned(),
                        message: id.clone(),
                        attribute: Some(a.clone()),
                    });
                }
            }
        }
    }
}
