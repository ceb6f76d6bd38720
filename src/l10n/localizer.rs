//! The localizer: Fluent bundles per locale, negotiation, and per-message fallback to English.

use std::collections::BTreeMap;
use std::sync::{Arc, LazyLock};

use fluent::concurrent::FluentBundle;
use fluent::{FluentArgs, FluentResource, FluentValue};
use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use unic_langid::LanguageIdentifier;

use crate::catalog::ftl::{Inventory, check_locales, parent_tag};
use crate::catalog::pack::FtlFile;
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
    /// Adds or overrides messages for a locale. An override must keep the variables of the
    /// message it replaces.
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

    /// Builds the localizer.
    ///
    /// # Errors
    ///
    /// A [`ContentError`] listing every problem: Fluent syntax errors (file and line), messages
    /// or variables that differ between locales, overrides that change a message's variables or
    /// that do not render.
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
        // An override keeps the variables of the message it replaces.
        let base: BTreeMap<&str, Inventory> = self
            .pack
            .locales
            .iter()
            .filter(|_| !self.overrides.is_empty())
            .map(|(t, f)| (t.as_str(), Inventory::of(t, f, &mut Vec::new())))
            .collect();
        let mut overridden: Vec<(String, String)> = Vec::new();
        for (tag, files) in &side.locales {
            let inv = Inventory::of(tag, files, &mut problems);
            let original = base
                .get(tag.as_str())
                .or_else(|| parent_tag(tag).and_then(|p| base.get(p)));
            for (id, m) in &inv.messages {
                overridden.push((tag.clone(), id.clone()));
                let Some(o) = original.and_then(|o| o.messages.get(id)) else {
                    continue;
                };
                if m.has_value && o.vars != m.vars {
                    problems.push(ContentProblem::VariableMismatch {
                        locale: tag.clone(),
                        message: id.clone(),
                        expected: o.vars.iter().cloned().collect(),
                        found: m.vars.iter().cloned().collect(),
                    });
                }
            }
        }
        let mut bundles = Vec::new();
        for tag in self.pack.locales.keys().chain(side.locales.keys()) {
            if bundles.iter().any(|b: &Bundle| &b.tag == tag) {
                continue;
            }
            let Ok(lang) = tag.parse::<LanguageIdentifier>() else {
                problems.push(ContentProblem::FtlSyntax {
                    locale: tag.clone(),
                    file: String::new(),
                    line: 1,
                    message: "the locale folder is not a BCP 47 tag".to_owned(),
                });
                continue;
            };
            let mut bundle = FluentBundle::new_concurrent(vec![lang.clone()]);
            bundle.set_use_isolating(self.isolating);
            let files = |t: &str, p: &ContentPack| p.locales.get(t).cloned().unwrap_or_default();
            let mut layers: Vec<Vec<FtlFile>> = Vec::new();
            if let Some(parent) = parent_tag(tag) {
                layers.push(files(parent, &self.pack));
                layers.push(files(parent, &side));
            }
            layers.push(files(tag, &self.pack));
            layers.push(files(tag, &side));
            for layer in layers {
                for f in layer {
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
        // Every overridden message must still render, in its own locale.
        for (tag, id) in &overridden {
            if id.starts_with('-') {
                continue;
            }
            if let Some(b) = loc.bundles.iter().find(|b| &b.tag == tag) {
                if let Some(msg) = b.fluent.get_message(id) {
                    let mut errors = Vec::new();
                    let args = dummy_args(msg.value(), &base, tag, id);
                    if let Some(p) = msg.value() {
                        let _ = b.fluent.format_pattern(p, Some(&args), &mut errors);
                    }
                    if !errors.is_empty() {
                        problems.push(ContentProblem::BrokenMessage {
                            locale: tag.clone(),
                            message: id.clone(),
                            detail: errors
                                .iter()
                                .map(ToString::to_string)
                                .collect::<Vec<_>>()
                                .join("; "),
                        });
                    }
                }
            }
        }
        if problems.is_empty() {
            Ok(loc)
        } else {
            Err(ContentError { problems })
        }
    }
}

/// Arguments for a test render: every variable the original message declares, as the number 1.
fn dummy_args<'a>(
    _value: Option<&fluent_syntax::ast::Pattern<&str>>,
    base: &BTreeMap<&str, Inventory>,
    tag: &str,
    id: &str,
) -> FluentArgs<'a> {
    let mut args = FluentArgs::new();
    let inv = base
        .get(tag)
        .or_else(|| parent_tag(tag).and_then(|p| base.get(p)))
        .or_else(|| base.get("en"));
    if let Some(m) = inv.and_then(|i| i.messages.get(id)) {
        for v in &m.vars {
            args.set(v.clone(), FluentValue::from(1));
        }
    }
    args
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
    /// assert_eq!(loc.locales().count(), 6); // en, en-GB, en-US, en-CA, fr, fr-CA
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
