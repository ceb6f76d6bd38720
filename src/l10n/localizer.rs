//! The localizer: Fluent bundles per locale, negotiation, and per-message fallback to English.

use std::collections::BTreeMap;
use std::sync::{Arc, LazyLock};

use fluent::concurrent::FluentBundle;
use fluent::{FluentArgs, FluentResource, FluentValue};
use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use unic_langid::LanguageIdentifier;

use crate::catalog::ftl::{
    Inventory, Layered, check_layered, check_locales, clip_list, code_variables, dedupe, layer,
    parent_tag, push_broken, uses,
};
use crate::catalog::pack::{FtlFile, clip};
use crate::error::{ContentError, ContentProblem, LocaleError, RenderError};
use crate::{ContentPack, Locale};

/// A value passed to a Fluent message.
///
/// ```
/// use lowback::Arg;
/// let loc = lowback::Localizer::builtin();
/// let en = loc.negotiate("en")?;
/// let text = loc.message(&en, "exercise-dosage", None,
///     &[("sets", Arg::Number(2)), ("reps", Arg::Number(10)), ("hold", Arg::Number(0)), ("days", Arg::Number(3))])?;
/// assert!(text.contains("10"));
/// # Ok::<(), lowback::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Arg<'a> {
    /// An integer (plural rules apply).
    Number(i64),
    /// A string, already in the target language.
    Text(&'a str),
}

struct Bundle {
    tag: String,
    lang: LanguageIdentifier,
    fluent: FluentBundle<Arc<FluentResource>>,
}

/// Fluent bundles for every locale of a pack, with negotiation and per-message fallback.
///
/// `Send + Sync`: build it once and share it. Unicode isolation marks (FSI/PDI) around
/// placeables are off unless [`LocalizerBuilder::use_isolating`] turns them on (useful for HTML
/// that mixes scripts).
///
/// ```
/// let loc = lowback::Localizer::builtin();
/// let fr = loc.negotiate("fr-FR")?;
/// let title = loc.message(&fr, "report-title", None, &[])?;
/// assert!(!title.is_empty());
/// assert!(!title.contains('\u{2068}')); // no isolation marks in plain text
/// # Ok::<(), lowback::Error>(())
/// ```
pub struct Localizer {
    bundles: Vec<Bundle>,
    en: usize,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer")
            .field("locales", &self.locales().collect::<Vec<_>>())
            .finish()
    }
}

static BUILTIN: LazyLock<Localizer> = LazyLock::new(|| {
    // The builtin pack is checked by the test suite; never panic in the host if it were not.
    // As for `Catalog::builtin`: the embedded files are cross-checked by the test suite, so the
    // runtime build skips the locale comparison.
    LocalizerBuilder {
        pack: ContentPack::builtin(),
        overrides: Vec::new(),
        isolating: false,
        check: false,
    }
    .build()
    .unwrap_or_else(|e| {
        debug_assert!(false, "builtin locales are invalid: {e}");
        let _ = e;
        Localizer {
            bundles: Vec::new(),
            en: 0,
        }
    })
});

/// Builds a [`Localizer`]: a pack, app overrides, isolation.
///
/// ```
/// let loc = lowback::Localizer::builder(lowback::ContentPack::builtin())
///     .add_ftl("en", "app.ftl", "report-title = Your MyClinic back-pain summary\n")
///     .build()?;
/// let en = loc.negotiate("en")?;
/// assert_eq!(loc.message(&en, "report-title", None, &[])?, "Your MyClinic back-pain summary");
/// # Ok::<(), lowback::Error>(())
/// ```
#[derive(Debug)]
pub struct LocalizerBuilder {
    pack: ContentPack,
    overrides: Vec<(String, String, String)>,
    isolating: bool,
    check: bool,
}

impl LocalizerBuilder {
    /// Adds or overrides messages for a locale (the file is parsed by [`LocalizerBuilder::build`]).
    /// An override must keep the variables, the value and the attributes of the message it
    /// replaces; see [`LocalizerBuilder::build`] for every check.
    ///
    /// ```
    /// let loc = lowback::Localizer::builder(lowback::ContentPack::builtin())
    ///     .add_ftl("fr-CA", "app.ftl", "-emergency-number = le 911 ou le 811\n")
    ///     .build()?;
    /// assert_eq!(loc.locales().count(), 3);
    /// # Ok::<(), lowback::ContentError>(())
    /// ```
    #[must_use]
    pub fn add_ftl(mut self, locale: &str, name: &str, text: &str) -> Self {
        self.overrides
            .push((locale.to_owned(), name.to_owned(), text.to_owned()));
        self
    }

    /// Turns Unicode isolation marks around placeables on or off (default off).
    #[must_use]
    pub fn use_isolating(mut self, on: bool) -> Self {
        self.isolating = on;
        self
    }

    /// Builds the localizer, then checks that every message and attribute renders, in every
    /// locale, as [`Localizer::message`] would take it through the locale's chain.
    ///
    /// The checks, all listed at once:
    ///
    /// - Fluent syntax errors (file and line), and text nested too deep to parse
    ///   (see [`ContentPack::add_ftl`]);
    /// - messages, attributes or variables that differ between locales (as
    ///   [`Catalog::from_pack`](crate::Catalog::from_pack) reports them);
    /// - references, in every variant, to messages, terms or attributes that do not exist, calls
    ///   to functions (none is registered), and reference cycles: [`ContentProblem::BrokenMessage`];
    /// - every message, attribute and term rendered with sample values for its variables
    ///   (catches, for example, a message that refers to one needing variables the code does
    ///   not pass): [`ContentProblem::BrokenMessage`];
    /// - the messages lowback formats with variables (`exercise-dosage`, `report-for`,
    ///   `report-against`, `interview-invalid-answer`) use exactly those variables:
    ///   [`ContentProblem::VariableMismatch`];
    /// - an override keeps the variables, the value and every attribute of the message it
    ///   replaces, looked up through the fallback chain (an `fr-CA` override is checked
    ///   against `fr-CA`, else `fr`, else `en`): [`ContentProblem::VariableMismatch`] and
    ///   [`ContentProblem::DroppedByOverride`]. A new message may use any variables (the same
    ///   in every locale that defines it as in `en`, if `en` does).
    ///
    /// ```
    /// use lowback::{ContentPack, ContentProblem, Localizer};
    ///
    /// // Accepted: an fr-CA override that keeps the variables, and a new message with one.
    /// let loc = Localizer::builder(ContentPack::builtin())
    ///     .add_ftl("fr-CA", "app.ftl", "exercise-dosage = { $sets } × { $reps }, { $hold } s, { $days } j/sem.\n")
    ///     .add_ftl("en", "app.ftl", "app-hello = Hello { $name }\n")
    ///     .build()?;
    /// let en = loc.negotiate("en")?;
    /// assert_eq!(loc.message(&en, "app-hello", None, &[("name", lowback::Arg::Text("Ana"))])?, "Hello Ana");
    ///
    /// // Refused, every problem listed: an unknown term, a dropped variable, a dropped attribute.
    /// let err = Localizer::builder(ContentPack::builtin())
    ///     .add_ftl("en", "app.ftl", "-emergency-number = { -nope }\nreport-level-emergency = Go now\n")
    ///     .add_ftl("fr-CA", "app.ftl", "exercise-dosage = 3 × 10\n")
    ///     .build()
    ///     .unwrap_err();
    /// let p = err.problems();
    /// assert!(p.iter().any(|p| matches!(p, ContentProblem::BrokenMessage { message, .. } if message == "-emergency-number")));
    /// assert!(p.iter().any(|p| matches!(p, ContentProblem::VariableMismatch { locale, .. } if locale == "fr-CA")));
    /// assert!(p.iter().any(|p| matches!(p, ContentProblem::DroppedByOverride { .. })));
    /// # Ok::<(), lowback::Error>(())
    /// ```
    ///
    /// # Errors
    ///
    /// A [`ContentError`] listing every problem above.
    pub fn build(self) -> Result<Localizer, ContentError> {
        let mut problems = self.pack.problems.clone();
        if self.check {
            check_locales(self.pack.locale_check(), &[], &mut problems);
        }
        // Parse the overrides into a side pack, so their syntax errors carry their names.
        let mut side = ContentPack::new();
        for (loc, name, text) in &self.overrides {
            side.add_ftl(loc, name, text);
        }
        problems.extend(side.problems.iter().cloned());
        for (tag, files) in &side.locales {
            // Reports a message defined twice by the overrides of one locale.
            let _ = Inventory::of(tag, files, &mut problems);
        }
        let mut bundles = Vec::new();
        for tag in self.pack.locales.keys().chain(side.locales.keys()) {
            if bundles.iter().any(|b: &Bundle| &b.tag == tag) {
                continue;
            }
            let Ok(lang) = tag.parse::<LanguageIdentifier>() else {
                problems.push(ContentProblem::FtlSyntax {
                    locale: clip(tag),
                    file: String::new(),
                    line: 1,
                    message: "the locale folder is not a BCP 47 tag".to_owned(),
                });
                continue;
            };
            let mut bundle = FluentBundle::new_concurrent(vec![lang.clone()]);
            bundle.set_use_isolating(self.isolating);
            for (_, files) in layers(tag, &self.pack, &side) {
                for f in files {
                    bundle.add_resource_overriding(Arc::clone(&f.resource));
                }
            }
            bundles.push(Bundle {
                tag: tag.clone(),
                lang,
                fluent: bundle,
            });
        }
        let en = bundles.iter().position(|b| b.tag == "en");
        let Some(en) = en else {
            problems.push(ContentProblem::MissingFile {
                file: "locales/en/*.ftl".to_owned(),
            });
            return Err(ContentError { problems });
        };
        let loc = Localizer { bundles, en };
        if self.check {
            check_overrides(&self.pack, &side, &mut problems);
            check_rendering(&self.pack, &side, &loc, &mut problems);
        }
        dedupe(&mut problems);
        if problems.is_empty() {
            Ok(loc)
        } else {
            Err(ContentError { problems })
        }
    }
}

/// The files of locale `tag`'s bundle, in the order they are laid: the parent's (pack, then
/// overrides), then its own (pack, then overrides). Each with the locale it belongs to.
fn layers<'a>(
    tag: &'a str,
    pack: &'a ContentPack,
    side: &'a ContentPack,
) -> Vec<(&'a str, &'a [FtlFile])> {
    let mut out = Vec::with_capacity(4);
    let mut add = |t: &'a str| {
        for p in [pack, side] {
            if let Some((owner, files)) = p.locales.get_key_value(t) {
                out.push((owner.as_str(), files.as_slice()));
            }
        }
    };
    if let Some(parent) = parent_tag(tag) {
        add(parent);
    }
    add(tag);
    out
}

/// `id` or `id.attribute`.
fn part_name(id: &str, attribute: Option<&str>) -> String {
    attribute.map_or_else(|| id.to_owned(), |a| format!("{id}.{a}"))
}

/// Each override against the message it replaces (through the chain `tag` -> parent -> `en`
/// of the pack), or for a new message against the app's own `en` definition: the same
/// variables, and no value or attribute dropped.
fn check_overrides(pack: &ContentPack, side: &ContentPack, problems: &mut Vec<ContentProblem>) {
    let empty = ContentPack::new();
    let mut base_en = Layered::new();
    for (owner, files) in layers("en", pack, &empty) {
        layer(&mut base_en, owner, files);
    }
    let mut app_en = Layered::new();
    if let Some((owner, files)) = side.locales.get_key_value("en") {
        layer(&mut app_en, owner, files);
    }
    for (tag, files) in &side.locales {
        let mut base = Layered::new();
        for (owner, files) in layers(tag, pack, &empty) {
            layer(&mut base, owner, files);
        }
        for file in files {
            let mut defs = Layered::new();
            layer(&mut defs, tag, std::slice::from_ref(file));
            for (key, o) in &defs {
                let replaced = base.get(key).or_else(|| base_en.get(key));
                let reference = match replaced {
                    Some(r) => {
                        for (attr, _) in r.parts() {
                            if o.part(attr).is_none() {
                                problems.push(ContentProblem::DroppedByOverride {
                                    locale: clip(tag),
                                    file: clip(&file.name),
                                    message: clip(key),
                                    attribute: attr.map(clip),
                                });
                            }
                        }
                        r
                    }
                    None if tag != "en" => match app_en.get(key) {
                        Some(r) => r,
                        None => continue,
                    },
                    None => continue,
                };
                if key.starts_with('-') {
                    continue; // a term's variables are its own arguments
                }
                for (attr, op) in o.parts() {
                    let Some(rp) = reference.part(attr) else {
                        continue;
                    };
                    let expected = attr
                        .is_none()
                        .then(|| code_variables(key))
                        .flatten()
                        .unwrap_or_else(|| uses(rp).vars);
                    let found = uses(op).vars;
                    if expected != found {
                        problems.push(ContentProblem::VariableMismatch {
                            locale: clip(tag),
                            message: clip(&part_name(key, attr)),
                            expected: clip_list(&expected),
                            found: clip_list(&found),
                        });
                    }
                }
            }
        }
    }
}

/// Every message, attribute and term of every bundle, checked without rendering
/// ([`check_layered`]) and then rendered with a sample value (the number 1) for each variable
/// it uses and each the code passes. A regional locale does not repeat a problem its parent
/// already has.
fn check_rendering(
    pack: &ContentPack,
    side: &ContentPack,
    loc: &Localizer,
    problems: &mut Vec<ContentProblem>,
) {
    let mut order: Vec<&Bundle> = loc.bundles.iter().collect();
    order.sort_by_key(|b| (parent_tag(&b.tag).is_some(), b.tag.as_str()));
    let mut found: BTreeMap<&str, Vec<(String, String)>> = BTreeMap::new();
    for b in order {
        let mut defs = Layered::new();
        for (owner, files) in layers(&b.tag, pack, side) {
            layer(&mut defs, owner, files);
        }
        let checked = check_layered(&defs);
        problems.extend(checked.mismatches);
        // What is wrong in the definitions themselves first, then what fails to render:
        // messages (what gets formatted) before terms.
        let mut broken = checked.broken;
        let (terms, messages): (Vec<_>, Vec<_>) =
            defs.iter().partition(|(k, _)| k.starts_with('-'));
        for (key, def) in messages.into_iter().chain(terms) {
            for (attr, pattern) in def.parts() {
                if checked
                    .broken_parts
                    .contains(&(key.clone(), attr.map(str::to_owned)))
                {
                    continue;
                }
                let mut vars = uses(pattern).vars;
                if attr.is_none() {
                    vars.extend(code_variables(key).unwrap_or_default());
                }
                let mut args = FluentArgs::with_capacity(vars.len());
                for v in vars {
                    args.set(v, FluentValue::from(1));
                }
                let mut errors = Vec::new();
                let _ = b.fluent.format_pattern(pattern, Some(&args), &mut errors);
                if !errors.is_empty() {
                    broken.push((
                        part_name(key, attr),
                        format!("{} (in {})", render_detail(&errors), clip(def.file)),
                    ));
                }
            }
        }
        let parent_found = parent_tag(&b.tag).and_then(|p| found.get(p));
        push_broken(&b.tag, &broken, parent_found, problems);
        found.insert(b.tag.as_str(), broken);
    }
}

/// Fluent's errors for one render: each distinct one clipped, at most three.
fn render_detail(errors: &[fluent::FluentError]) -> String {
    let mut distinct: Vec<String> = Vec::new();
    for e in errors {
        let e = clip(&e.to_string());
        if !distinct.contains(&e) {
            distinct.push(e);
        }
    }
    let more = distinct.len().saturating_sub(3);
    distinct.truncate(3);
    let detail = distinct.join("; ");
    if more > 0 {
        format!("{detail}; and {more} more")
    } else {
        detail
    }
}

impl Localizer {
    /// The localizer of the builtin pack (en, fr, fr-CA), built on first use.
    #[must_use]
    pub fn builtin() -> &'static Localizer {
        &BUILTIN
    }

    /// Parses the embedded Fluent files afresh and builds the bundles: what
    /// [`Localizer::builtin`] does once per process (without the locale comparison that the test
    /// suite proves for the embedded files).
    ///
    /// ```
    /// let loc = lowback::Localizer::load_builtin()?;
    /// assert_eq!(loc.locales().count(), 3);
    /// # Ok::<(), lowback::ContentError>(())
    /// ```
    ///
    /// # Errors
    ///
    /// Only if the embedded files were invalid, which the test suite rules out.
    pub fn load_builtin() -> Result<Localizer, ContentError> {
        LocalizerBuilder {
            pack: ContentPack::parse_builtin(),
            overrides: Vec::new(),
            isolating: false,
            check: false,
        }
        .build()
    }

    /// A builder starting from `pack`.
    #[must_use]
    pub fn builder(pack: ContentPack) -> LocalizerBuilder {
        LocalizerBuilder {
            pack,
            overrides: Vec::new(),
            isolating: false,
            check: true,
        }
    }

    /// A localizer for every locale of `pack`, isolation marks off.
    ///
    /// # Errors
    ///
    /// See [`LocalizerBuilder::build`].
    pub fn from_pack(pack: &ContentPack) -> Result<Localizer, ContentError> {
        Self::builder(pack.clone()).build()
    }

    /// The available locale tags.
    pub fn locales(&self) -> impl Iterator<Item = &str> {
        self.bundles.iter().map(|b| b.tag.as_str())
    }

    /// Negotiates a BCP 47 tag against the available locales: for `fr-CA` the chain is
    /// `fr-CA`, `fr`, `en`; for a language that is not available it is `en`, and
    /// [`Locale::is_fallback`] says so.
    ///
    /// # Errors
    ///
    /// [`LocaleError::Malformed`] when the tag is not well-formed.
    pub fn negotiate(&self, tag: &str) -> Result<Locale, LocaleError> {
        let malformed = || LocaleError::Malformed {
            tag: tag.chars().take(64).collect(),
        };
        if tag.trim().is_empty() {
            return Err(malformed());
        }
        let requested: LanguageIdentifier = tag.parse().map_err(|_| malformed())?;
        let available: Vec<LanguageIdentifier> =
            self.bundles.iter().map(|b| b.lang.clone()).collect();
        let default = self.bundles.get(self.en).map(|b| b.lang.clone());
        let chosen = negotiate_languages(
            std::slice::from_ref(&requested),
            &available,
            default.as_ref(),
            NegotiationStrategy::Filtering,
        );
        let mut chain: Vec<usize> = Vec::with_capacity(4);
        // Exact match first, then the parent language, then what negotiation found, then en.
        let mut push = |i: usize| {
            if !chain.contains(&i) {
                chain.push(i);
            }
        };
        let lang_only = requested.language.as_str();
        if let Some(i) = self.bundles.iter().position(|b| b.lang == requested) {
            push(i);
        }
        if let Some(i) = self.bundles.iter().position(|b| b.tag == lang_only) {
            push(i);
        }
        for l in chosen {
            if let Some(i) = self.bundles.iter().position(|b| &b.lang == l) {
                if self
                    .bundles
                    .get(i)
                    .is_some_and(|b| b.lang.language == requested.language)
                {
                    push(i);
                }
            }
        }
        push(self.en);
        let fallback = chain.first() == Some(&self.en) && lang_only != "en";
        let tags = chain
            .iter()
            .filter_map(|&i| self.bundles.get(i))
            .map(|b| b.tag.clone())
            .collect();
        Ok(Locale {
            requested: tag.to_owned(),
            chain,
            tags,
            fallback,
        })
    }

    /// Formats a message (or one of its attributes) in `locale`, taking it from the first
    /// locale of the chain that has it.
    ///
    /// # Errors
    ///
    /// [`RenderError::MissingMessage`] when no locale has it, [`RenderError::Fluent`] when
    /// formatting reports errors (a missing variable, for example).
    pub fn message(
        &self,
        locale: &Locale,
        id: &str,
        attribute: Option<&str>,
        args: &[(&str, Arg<'_>)],
    ) -> Result<String, RenderError> {
        let mut out = String::new();
        let fa = to_args(args);
        self.write(locale, id, attribute, fa.as_ref(), &mut out)?;
        Ok(out)
    }

    /// Writes a message into `out`; returns whether it came from a later locale of the chain.
    pub(crate) fn write(
        &self,
        locale: &Locale,
        id: &str,
        attribute: Option<&str>,
        args: Option<&FluentArgs<'_>>,
        out: &mut String,
    ) -> Result<bool, RenderError> {
        for (n, i) in locale.chain.iter().enumerate() {
            let Some(b) = self.bundles.get(*i) else {
                continue;
            };
            let Some(msg) = b.fluent.get_message(id) else {
                continue;
            };
            let pattern = match attribute {
                None => msg.value(),
                Some(a) => msg.get_attribute(a).map(|a| a.value()),
            };
            let Some(pattern) = pattern else { continue };
            let mut errors = Vec::new();
            // Writing straight into `out` avoids an intermediate string per message.
            let _ = b.fluent.write_pattern(out, pattern, args, &mut errors);
            if !errors.is_empty() {
                return Err(RenderError::Fluent {
                    id: attribute.map_or_else(|| id.to_owned(), |a| format!("{id}.{a}")),
                    errors: errors.iter().map(ToString::to_string).collect(),
                });
            }
            return Ok(n > 0 && !locale.fallback);
        }
        Err(RenderError::MissingMessage {
            id: id.to_owned(),
            attribute: attribute.map(str::to_owned),
        })
    }
}

pub(crate) fn to_args<'a>(args: &[(&str, Arg<'a>)]) -> Option<FluentArgs<'a>> {
    if args.is_empty() {
        return None;
    }
    let mut fa = FluentArgs::with_capacity(args.len());
    for (k, v) in args {
        match v {
            Arg::Number(n) => fa.set((*k).to_owned(), FluentValue::from(*n)),
            Arg::Text(s) => fa.set((*k).to_owned(), FluentValue::from(*s)),
        }
    }
    Some(fa)
}
