//! The localizer: Fluent bundles per locale, negotiation, and per-message fallback to English.

use std::collections::BTreeMap;
use std::sync::{Arc, LazyLock, OnceLock, RwLock};

use fluent::concurrent::FluentBundle;
use fluent::{FluentArgs, FluentMessage, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::catalog::ftl::{
    Inventory, Layered, check_layered, check_locales, clip_list, code_variables, dedupe,
    parent_tag, push_broken, same_vars, uses,
};
use crate::catalog::pack::{FtlFile, clip};
use crate::error::{ContentError, ContentProblem, LocaleError, RenderError};
use crate::l10n::care_setting::{self, CareSetting, Settings, slot};
use crate::l10n::embedded::{Embedded, Fluent, Layout};
use crate::l10n::memo::{self, Memo};
use crate::{ContentPack, Disposition, Locale};

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
    words: Words,
}

/// A locale's Fluent bundle: built whole, or, for the embedded files, laid in parts.
enum Words {
    /// Built by [`LocalizerBuilder::build`].
    Whole(Fluent),
    /// The embedded files: one part per file of the base locale, each laid the first time a
    /// message of its file is looked up (see [`Embedded`]).
    Parts {
        layout: Layout,
        parts: Vec<OnceLock<Fluent>>,
    },
}

impl Bundle {
    /// The bundle built whole (`None` for the embedded files, which are laid in parts).
    fn whole(&self) -> Option<&Fluent> {
        match &self.words {
            Words::Whole(f) => Some(f),
            Words::Parts { .. } => None,
        }
    }
}

/// Fluent bundles for every locale of a pack, with negotiation and per-message fallback.
///
/// `Send + Sync`: build it once and share it. Unicode isolation marks (FSI/PDI) around
/// placeables are off unless [`LocalizerBuilder::use_isolating`] turns them on (useful for HTML
/// that mixes scripts).
///
/// A [`Report`](crate::Report) keeps the messages it formats that come out the same every time
/// (those without variables, the words of care settings, dosages) in the localizer, per locale
/// chain, so that later reports copy them rather than format them again: at most 8192 messages
/// and 1 MiB of text per locale.
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
    /// The care settings of each bundle's locale (same order as `bundles`).
    /// (Read on first use for the embedded files.)
    settings: OnceLock<Vec<Settings>>,
    /// For the builtin localizer: the embedded files, each parsed and laid on first use.
    embedded: Option<Embedded>,
    isolating: bool,
    /// The messages reports formatted, per bundle (for the chains that start with it).
    memos: Vec<RwLock<Memo>>,
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
    // Each file is parsed on first use.
    Localizer::embedded().unwrap_or_else(|e| {
        debug_assert!(false, "builtin locales are invalid: {e}");
        let _ = e;
        Localizer {
            bundles: Vec::new(),
            en: 0,
            settings: OnceLock::new(),
            embedded: None,
            isolating: false,
            memos: Vec::new(),
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
    care_settings: Vec<(String, String)>,
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
    /// assert_eq!(loc.locales().count(), 6);
    /// # Ok::<(), lowback::ContentError>(())
    /// ```
    #[must_use]
    pub fn add_ftl(mut self, locale: &str, name: &str, text: &str) -> Self {
        self.overrides
            .push((locale.to_owned(), name.to_owned(), text.to_owned()));
        self
    }

    /// Points dispositions at other care settings: a TOML file laid like
    /// `data/care_settings.toml` (a table per locale, a line per disposition). Each setting it
    /// gives replaces the pack's for that locale and disposition; the words of a new service
    /// are a Fluent message `care-setting-<service>` added with [`LocalizerBuilder::add_ftl`],
    /// in every base locale (`en` and `fr`). [`LocalizerBuilder::build`] checks it all and lists
    /// every problem, with the file and line: an unknown disposition or locale, a service id or
    /// number that is not valid, a time frame other than the disposition's, a missing
    /// translation, words that do not show the number (`{ $number }`) or use one the setting
    /// does not have.
    ///
    /// ```
    /// use lowback::{Disposition, Localizer, ContentPack};
    /// let loc = Localizer::builder(ContentPack::builtin())
    ///     .add_care_settings("app.toml", r#"
    /// [en-GB]
    /// urgent = { service = "acme_nurse_line", number = "0800 123 456" }
    /// "#)
    ///     .add_ftl("en", "app.ftl", "care-setting-acme-nurse-line = call the ACME nurse line on { $number }\n")
    ///     .add_ftl("fr", "app.ftl", "care-setting-acme-nurse-line = appelez la ligne infirmière ACME au { $number }\n")
    ///     .build()?;
    /// let gb = loc.negotiate("en-GB")?;
    /// assert_eq!(loc.care_setting(&gb, Disposition::Urgent).unwrap().service, "acme_nurse_line");
    /// assert_eq!(loc.care_setting_words(&gb, Disposition::Urgent)?,
    ///     "call the ACME nurse line on 0800 123 456");
    ///
    /// // Every problem, with its file and line.
    /// let err = Localizer::builder(ContentPack::builtin())
    ///     .add_care_settings("app.toml", "[en-GB]\nurgnt = { service = \"acme\" }\nurgent = { service = \"acme\", number = \"0800-CALL-NOW\" }\n")
    ///     .build()
    ///     .unwrap_err();
    /// assert_eq!(err.problems().len(), 2);
    /// assert!(err.to_string().contains("app.toml, line 2: [en-GB]: unknown disposition \"urgnt\""));
    /// assert!(err.to_string().contains("app.toml, line 3: [en-GB] urgent: number \"0800-CALL-NOW\" may hold only digits"));
    /// # Ok::<(), lowback::Error>(())
    /// ```
    #[must_use]
    pub fn add_care_settings(mut self, name: &str, text: &str) -> Self {
        self.care_settings.push((name.to_owned(), text.to_owned()));
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
    ///   `report-against`, `report-flags-without-rule`, `interview-invalid-answer`) use exactly
    ///   those variables:
    ///   [`ContentProblem::CodeVariableMismatch`];
    /// - an override keeps the variables, the value and every attribute of the message it
    ///   replaces, looked up through the fallback chain (an `fr-CA` override is checked
    ///   against `fr-CA`, else `fr`, else `en`): [`ContentProblem::VariableMismatch`] and
    ///   [`ContentProblem::DroppedByOverride`]. A new message may use any variables (the same
    ///   in every locale that defines it as in `en`).
    /// - A new message (one the pack does not have) is written in `en`, every reader's last
    ///   fallback, and in every other language of the pack (`fr`); a regional file may add its
    ///   own wording on top: [`ContentProblem::MissingTranslation`] for a language without it,
    ///   [`ContentProblem::ExtraTranslation`] for one written without its English.
    ///
    /// ```
    /// use lowback::{ContentPack, ContentProblem, Localizer};
    ///
    /// // Accepted: an fr-CA override that keeps the variables, and a new message with one.
    /// let loc = Localizer::builder(ContentPack::builtin())
    ///     .add_ftl("fr-CA", "app.ftl", "exercise-dosage = { $sets } × { $reps }, { $hold } s, { $days } j/sem.\n")
    ///     .add_ftl("en", "app.ftl", "app-hello = Hello { $name }\n")
    ///     .add_ftl("fr", "app.ftl", "app-hello = Bonjour { $name }\n")
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
            check_locales(
                self.pack.locale_check(),
                &[],
                &std::collections::BTreeMap::new(),
                &mut problems,
            );
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
            for (_, files, _) in layers(tag, &self.pack, &side) {
                for f in files {
                    bundle.add_resource_overriding(Arc::clone(&f.resource));
                }
            }
            bundles.push(Bundle {
                tag: tag.clone(),
                lang,
                words: Words::Whole(bundle),
            });
        }
        let en = bundles.iter().position(|b| b.tag == "en");
        let Some(en) = en else {
            problems.push(ContentProblem::MissingFile {
                file: "locales/en/*.ftl".to_owned(),
            });
            return Err(ContentError::of(problems));
        };
        let loc = Localizer {
            memos: memo::memos(bundles.len()),
            bundles,
            en,
            settings: OnceLock::new(),
            embedded: None,
            isolating: self.isolating,
        };
        let _ = loc.settings.set(read_care_settings(
            &self.pack,
            &self.care_settings,
            &loc,
            &mut problems,
        ));
        if self.check {
            check_overrides(&self.pack, &side, &mut problems);
            check_rendering(&self.pack, &side, &loc, &mut problems);
            check_care_settings(&loc, &mut problems);
        }
        dedupe(&mut problems);
        if problems.is_empty() {
            Ok(loc)
        } else {
            Err(ContentError::of(problems))
        }
    }
}

/// The files of locale `tag`'s bundle, in the order they are laid: the parent's (pack, then
/// overrides), then its own (pack, then overrides). Each with the locale it belongs to and
/// whether it is an override.
fn layers<'a>(
    tag: &'a str,
    pack: &'a ContentPack,
    side: &'a ContentPack,
) -> Vec<(&'a str, &'a [FtlFile], bool)> {
    let mut out = Vec::with_capacity(4);
    let mut add = |t: &'a str| {
        for (p, is_side) in [(pack, false), (side, true)] {
            if let Some((owner, files)) = p.locales.get_key_value(t) {
                out.push((owner.as_str(), files.as_slice(), is_side));
            }
        }
    };
    if let Some(parent) = parent_tag(tag) {
        add(parent);
    }
    add(tag);
    out
}

/// The care settings of every bundle of `loc`: the pack's file (the builtin one if the pack has
/// none), then the app's, each setting replacing the one before it for its locale and
/// disposition. Problems in the files, settings for a locale the localizer does not have, and
/// an `en` without all four dispositions are reported.
fn read_care_settings(
    pack: &ContentPack,
    app: &[(String, String)],
    loc: &Localizer,
    problems: &mut Vec<ContentProblem>,
) -> Vec<Settings> {
    let builtin = [(
        care_setting::BUILTIN_FILE.0.to_owned(),
        care_setting::BUILTIN_FILE.1.to_owned(),
    )];
    let base = if pack.care_settings.is_empty() {
        &builtin[..]
    } else {
        &pack.care_settings[..]
    };
    let mut settings: Vec<Settings> = vec![Settings::default(); loc.bundles.len()];
    for (name, text) in base.iter().chain(app) {
        for r in care_setting::read(name, text, problems) {
            let Some(i) = loc.bundles.iter().position(|b| b.tag == r.locale) else {
                problems.push(ContentProblem::DataSyntax {
                    file: clip(&r.file),
                    line: Some(r.line),
                    message: format!("[{}]: no such locale in the pack", clip(&r.locale)),
                });
                continue;
            };
            if let Some(s) = settings
                .get_mut(i)
                .and_then(|s| s.get_mut(slot(r.disposition)))
            {
                *s = Some(r.setting);
            }
        }
    }
    if let Some(en) = settings.get(loc.en) {
        let missing: Vec<&str> = Disposition::ALL
            .iter()
            .filter(|d| en.get(slot(**d)).is_none_or(Option::is_none))
            .map(|d| d.as_str())
            .collect();
        if !missing.is_empty() {
            problems.push(ContentProblem::DataSyntax {
                file: clip(
                    base.last()
                        .map_or("care_settings.toml", |(n, _)| n.as_str()),
                ),
                line: None,
                message: format!(
                    "[en] has no care setting for {} (en is every locale's last fallback)",
                    missing.join(", ")
                ),
            });
        }
    }
    settings
}

/// Every care setting's words exist in every base locale, show the setting's number with
/// `{ $number }`, and use no other variable (and no `$number` when the setting has none).
fn check_care_settings(loc: &Localizer, problems: &mut Vec<ContentProblem>) {
    let mut seen: Vec<(&str, &str, bool)> = Vec::new();
    for setting in loc.settings().iter().flatten().flatten() {
        for b in loc.bundles.iter().filter(|b| parent_tag(&b.tag).is_none()) {
            let key = (
                b.tag.as_str(),
                setting.message_id(),
                setting.number.is_some(),
            );
            if seen.contains(&key) {
                continue;
            }
            seen.push(key);
            let Some(pattern) = b
                .whole()
                .and_then(|f| f.get_message(setting.message_id()))
                .and_then(|m| m.value())
            else {
                problems.push(ContentProblem::MissingTranslation {
                    locale: clip(&b.tag),
                    message: clip(setting.message_id()),
                    attribute: None,
                });
                continue;
            };
            let found = uses(pattern).vars;
            let expected: &[&str] = if setting.number.is_some() {
                &["number"]
            } else {
                &[]
            };
            if !same_vars(&found, expected.iter().copied()) {
                problems.push(ContentProblem::CodeVariableMismatch {
                    locale: clip(&b.tag),
                    message: clip(setting.message_id()),
                    expected: clip_list(expected),
                    found: clip_list(&found),
                });
            }
        }
    }
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
    // The pack's files alone (no side pack: every layer's `side` is false).
    let base_en = Layered::of(layers("en", pack, &empty));
    let app_en = Layered::of(
        side.locales
            .get_key_value("en")
            .map(|(owner, files)| (owner.as_str(), files.as_slice(), true)),
    );
    // A message the app adds must exist in `en` (the last fallback of every reader) and in
    // every other language of the pack (`fr`): a regional file alone, or English alone, would
    // leave some readers with a missing message or another language's words.
    let languages: Vec<&String> = pack
        .locales
        .keys()
        .filter(|t| t.as_str() != "en" && !t.contains('-'))
        .collect();
    let mut app_languages: Vec<(&String, Layered)> = Vec::with_capacity(languages.len());
    for language in &languages {
        let defs = Layered::of(
            side.locales
                .get_key_value(language.as_str())
                .map(|(owner, files)| (owner.as_str(), files.as_slice(), true)),
        );
        app_languages.push((language, defs));
    }
    for key in app_en.keys() {
        if base_en.contains_key(key) {
            continue;
        }
        for (language, defs) in &app_languages {
            if !defs.contains_key(key) {
                problems.push(ContentProblem::MissingTranslation {
                    locale: clip(language),
                    message: clip(key),
                    attribute: None,
                });
            }
        }
    }
    for (tag, files) in &side.locales {
        let base = Layered::of(layers(tag, pack, &empty));
        for file in files {
            let defs = Layered::of([(tag.as_str(), std::slice::from_ref(file), true)]);
            for (key, o) in defs.iter() {
                let reference_tag = if base.contains_key(key) { tag } else { "en" };
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
                    None if tag != "en" => {
                        let Some(r) = app_en.get(key) else {
                            problems.push(ContentProblem::ExtraTranslation {
                                locale: clip(tag),
                                message: clip(key),
                                reference: "en".to_owned(),
                            });
                            continue;
                        };
                        r
                    }
                    None => continue,
                };
                if key.starts_with('-') {
                    continue; // a term's variables are its own arguments
                }
                for (attr, op) in o.parts() {
                    let Some(rp) = reference.part(attr) else {
                        continue;
                    };
                    let expected = code_variables(key, attr)
                        .map_or_else(|| uses(rp).vars, |v| v.iter().copied().collect());
                    let found = uses(op).vars;
                    if expected != found {
                        problems.push(ContentProblem::VariableMismatch {
                            locale: clip(tag),
                            message: clip(&part_name(key, attr)),
                            reference: clip(reference_tag),
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
        let defs = Layered::of(layers(&b.tag, pack, side));
        let checked = check_layered(&defs);
        problems.extend(checked.mismatches);
        // What is wrong in the definitions themselves first, then what fails to render:
        // messages (what gets formatted) before terms.
        let mut broken = checked.broken;
        let (terms, messages): (Vec<_>, Vec<_>) =
            defs.iter().partition(|(k, _)| k.starts_with('-'));
        for (key, def) in messages.into_iter().chain(terms) {
            for (attr, pattern) in def.parts() {
                if checked.broken_parts.contains(&(key, attr)) {
                    continue;
                }
                let mut vars = uses(pattern).vars;
                vars.extend(code_variables(key, attr).unwrap_or_default());
                let mut args = FluentArgs::with_capacity(vars.len());
                for v in vars {
                    args.set(v, FluentValue::from(1));
                }
                let mut errors = Vec::new();
                let Some(fluent) = b.whole() else {
                    continue;
                };
                let _ = fluent.format_pattern(pattern, Some(&args), &mut errors);
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

/// Fluent's errors for one render: each distinct one clipped, at most three. Linear in the
/// number of errors (a message can make tens of thousands).
fn render_detail(errors: &[fluent::FluentError]) -> String {
    let mut seen: std::collections::HashSet<String> = std::collections::HashSet::new();
    let mut distinct: Vec<String> = Vec::new();
    for e in errors {
        let e = clip(&e.to_string());
        if distinct.len() < 3 && !distinct.contains(&e) {
            distinct.push(e.clone());
        }
        seen.insert(e);
    }
    let more = seen.len().saturating_sub(distinct.len());
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

    /// A fresh localizer of the embedded files: what [`Localizer::builtin`] does once per
    /// process (without the locale comparison that the test suite proves for the embedded
    /// files). Each Fluent file is parsed the first time a message it holds is looked up
    /// (thread-safe, once), with the files of terms it may use: a first report title parses
    /// `report.ftl` and `terms.ftl`, not the questions, rules or exercises. A regional variant
    /// shares its base language's parsed files. What is looked up formats exactly as in a
    /// localizer built from the whole files ([`Localizer::from_pack`]); the test suite checks
    /// every message of every locale.
    ///
    /// ```
    /// let loc = lowback::Localizer::load_builtin()?;
    /// assert_eq!(loc.locales().count(), 6); // en, en-GB, en-US, en-CA, fr, fr-CA
    /// let fr_ca = loc.negotiate("fr-CA")?; // nothing parsed yet
    /// assert!(loc.message(&fr_ca, "report-title", None, &[])?.starts_with("Vos douleurs")); // fr's report.ftl and terms, fr-CA's terms
    /// # Ok::<(), lowback::Error>(())
    /// ```
    ///
    /// # Errors
    ///
    /// Only if the embedded files were invalid, which the test suite rules out.
    pub fn load_builtin() -> Result<Localizer, ContentError> {
        Localizer::embedded()
    }

    /// The localizer of the embedded files, built lazily.
    fn embedded() -> Result<Localizer, ContentError> {
        let embedded = Embedded::new();
        let mut tags: Vec<&'static str> = embedded.tags().collect();
        tags.sort_unstable(); // the order of a pack's locales
        let mut problems = Vec::new();
        let bundles: Vec<Bundle> = tags
            .iter()
            .filter_map(|tag| {
                let layout = embedded.layout(tag);
                Some(Bundle {
                    tag: (*tag).to_owned(),
                    lang: tag.parse().ok()?,
                    words: Words::Parts {
                        layout,
                        parts: (0..layout.parts).map(|_| OnceLock::new()).collect(),
                    },
                })
            })
            .collect();
        let Some(en) = bundles.iter().position(|b| b.tag == "en") else {
            problems.push(ContentProblem::MissingFile {
                file: "locales/en/*.ftl".to_owned(),
            });
            return Err(ContentError::of(problems));
        };
        // The care settings are read on first use too (`Localizer::settings`).
        Ok(Localizer {
            memos: memo::memos(bundles.len()),
            bundles,
            en,
            settings: OnceLock::new(),
            embedded: Some(embedded),
            isolating: false,
        })
    }

    /// The care settings of each locale: read by [`LocalizerBuilder::build`], or on first use
    /// from the builtin file (which the test suite proves valid) for the embedded localizer.
    fn settings(&self) -> &[Settings] {
        self.settings.get_or_init(|| {
            let mut problems = Vec::new();
            let settings = read_care_settings(&ContentPack::new(), &[], self, &mut problems);
            debug_assert!(problems.is_empty(), "builtin care settings: {problems:?}");
            settings
        })
    }

    /// Message `id` of locale `i`, with the Fluent bundle that holds it. For the embedded
    /// files, the part of the bundle that holds it, laid now if it was not used before.
    fn fluent(&self, i: usize, id: &str) -> Option<(&Fluent, FluentMessage<'_>)> {
        let b = self.bundles.get(i)?;
        let (e, layout, parts) = match (&b.words, &self.embedded) {
            (Words::Whole(bundle), _) => return Some((bundle, bundle.get_message(id)?)),
            (Words::Parts { layout, parts }, Some(e)) => (e, layout, parts),
            (Words::Parts { .. }, None) => return None,
        };
        e.parts_for(layout, id).find_map(|k| {
            let part = parts
                .get(k)?
                .get_or_init(|| e.part(layout, &b.lang, k, self.isolating));
            Some((part, part.get_message(id)?))
        })
    }

    /// A builder starting from `pack`.
    #[must_use]
    pub fn builder(pack: ContentPack) -> LocalizerBuilder {
        LocalizerBuilder {
            pack,
            overrides: Vec::new(),
            care_settings: Vec::new(),
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

    /// The care setting `disposition` sends a person to in `locale`: the first locale of the
    /// chain that has one (`en` has all four). See `data/care_settings.toml` and
    /// [`LocalizerBuilder::add_care_settings`].
    ///
    /// ```
    /// use lowback::{Disposition, Localizer, TimeFrame};
    /// let loc = Localizer::builtin();
    /// let quebec = loc.negotiate("fr-QC")?; // an alias of fr-CA
    /// let e = loc.care_setting(&quebec, Disposition::Emergency).unwrap();
    /// assert_eq!((e.number.as_deref(), e.within), (Some("911"), TimeFrame::Now));
    /// // fr-CA has no setting of its own for a routine appointment: en's, in French words.
    /// assert_eq!(loc.care_setting(&quebec, Disposition::SeeClinician).unwrap().service, "family_doctor");
    /// assert_eq!(loc.care_setting_words(&quebec, Disposition::SeeClinician)?, "votre médecin de famille");
    /// # Ok::<(), lowback::Error>(())
    /// ```
    #[must_use]
    pub fn care_setting(&self, locale: &Locale, disposition: Disposition) -> Option<&CareSetting> {
        locale.chain.iter().find_map(|i| {
            self.settings()
                .get(*i)
                .and_then(|s| s.get(slot(disposition)))
                .and_then(Option::as_ref)
        })
    }

    /// The words for the care setting of `disposition` in `locale` (its Fluent message,
    /// formatted with its number).
    ///
    /// # Errors
    ///
    /// [`RenderError::MissingMessage`] when there is no setting (only for a localizer without
    /// `en`) or no locale has its message; [`RenderError::Fluent`] when it fails to format.
    pub fn care_setting_words(
        &self,
        locale: &Locale,
        disposition: Disposition,
    ) -> Result<String, RenderError> {
        let mut out = String::new();
        self.write_care_setting(locale, disposition, &mut out)?;
        Ok(out)
    }

    /// Writes the words of `disposition`'s care setting into `out`; returns whether they came
    /// from a later locale of the chain.
    pub(crate) fn write_care_setting(
        &self,
        locale: &Locale,
        disposition: Disposition,
        out: &mut String,
    ) -> Result<bool, RenderError> {
        let Some(s) = self.care_setting(locale, disposition) else {
            return Err(RenderError::MissingMessage {
                id: "care-setting".to_owned(),
                attribute: Some(disposition.as_str().to_owned()),
            });
        };
        match &s.number {
            Some(n) => {
                let mut args = FluentArgs::with_capacity(1);
                args.set("number", FluentValue::from(n.as_str()));
                self.write(locale, s.message_id(), None, Some(&args), out)
            }
            None => self.write(locale, s.message_id(), None, None, out),
        }
    }

    /// Negotiates a BCP 47 tag against the available locales: for `fr-CA` the chain is
    /// `fr-CA`, `fr`, `en`; for a language that is not available it is `en`, and
    /// [`Locale::is_fallback`] says so.
    ///
    /// The chain holds the locale itself and its ancestors (never a sibling region), then `en`.
    /// Extensions and private use (`-u-…`, `-t-…`, `-x-…`) are accepted and do not change the
    /// outcome; `_` may stand for `-`, and case does not matter. Aliases, used when no locale
    /// has the exact tag: `fr-QC` is `fr-CA`; `fr-FR`, `fr-BE`, `fr-CH` and `fr-LU` are `fr`.
    /// For an HTTP `Accept-Language` header, see [`Localizer::negotiate_accept_language`].
    ///
    /// ```
    /// let loc = lowback::Localizer::builtin();
    /// let chain = |tag: &str| loc.negotiate(tag).map(|l| l.chain().map(str::to_owned).collect::<Vec<_>>());
    /// assert_eq!(chain("fr-CA-u-mu-celsius")?, ["fr-CA", "fr", "en"]);
    /// assert_eq!(chain("fr-QC")?, ["fr-CA", "fr", "en"]);
    /// assert_eq!(chain("fr-BE")?, ["fr", "en"]);
    /// assert_eq!(chain("en-US-u-fw-mon")?, ["en-US", "en"]);
    /// assert!(loc.negotiate("de-DE")?.is_fallback());
    /// assert!(loc.negotiate("fr-CA-u").is_err()); // an extension needs a subtag
    /// # Ok::<(), lowback::LocaleError>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`LocaleError::Malformed`] when the tag is not well-formed (or longer than 256 bytes).
    pub fn negotiate(&self, tag: &str) -> Result<Locale, LocaleError> {
        match parse_tag(tag) {
            Some(parsed) => Ok(self.locale_for(tag, parsed.language())),
            None => Err(LocaleError::Malformed { tag: shorten(tag) }),
        }
    }

    /// Negotiates an HTTP `Accept-Language` header (RFC 9110): the available locale for the
    /// best-weighted language that has one, with `q` weights, ties kept in header order, `q=0`
    /// meaning "not acceptable" and `*` meaning "any language" (English, not marked as a
    /// fallback). When no listed language is available the result is English with
    /// [`Locale::is_fallback`] set. Entries that are not well-formed are skipped, and only the
    /// first 32 entries are read, so a long header costs bounded work.
    ///
    /// ```
    /// let loc = lowback::Localizer::builtin();
    /// let best = loc.negotiate_accept_language("fr-CA,fr;q=0.9,en;q=0.8")?;
    /// assert_eq!(best.chain().collect::<Vec<_>>(), ["fr-CA", "fr", "en"]);
    /// assert_eq!(best.requested(), "fr-CA");
    ///
    /// let best = loc.negotiate_accept_language("de-CH, de;q=0.9, fr;q=0.4, en;q=0.3")?;
    /// assert_eq!(best.primary(), "fr"); // no German; French is weighted above English
    ///
    /// let any = loc.negotiate_accept_language("de, *;q=0.1")?;
    /// assert_eq!((any.primary(), any.is_fallback()), ("en", false));
    /// assert!(loc.negotiate_accept_language("de").unwrap().is_fallback());
    /// assert!(loc.negotiate_accept_language(" , ;q=1").is_err());
    /// # Ok::<(), lowback::LocaleError>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`LocaleError::MalformedAcceptLanguage`] when the header has entries and none can be read
    /// (it names what is wrong with the first: its tag or its weight);
    /// [`LocaleError::Malformed`] when it has no entry at all (it is empty or only commas).
    pub fn negotiate_accept_language(&self, header: &str) -> Result<Locale, LocaleError> {
        // (weight in thousandths, tag, language; `None` for `*`)
        let mut entries: Vec<(u16, &str, Option<Tag>)> = Vec::new();
        let mut first_tag: Option<&str> = None;
        // What is wrong with the first entry that cannot be read, for the error when none can.
        let mut first_problem: Option<String> = None;
        // Empty entries (",,") are not entries: they do not count toward the 32 read.
        let non_empty = header
            .split(',')
            .filter(|raw| !raw.trim_matches([' ', '\t']).is_empty());
        for raw in non_empty.take(MAX_ACCEPT_ENTRIES) {
            let mut parts = raw.split(';');
            let tag = parts.next().unwrap_or_default().trim_matches([' ', '\t']);
            if tag.is_empty() {
                continue;
            }
            let mut q = Some(1000);
            for param in parts {
                if let Some((k, v)) = param.split_once('=') {
                    if k.trim_matches([' ', '\t']).eq_ignore_ascii_case("q") {
                        let v = v.trim_matches([' ', '\t']);
                        q = parse_weight(v);
                        if q.is_none() && first_problem.is_none() {
                            first_problem = Some(format!(
                                "the weight {:?} of {:?} is not a q from 0 to 1 (such as q=0.8)",
                                shorten(&format!("q={v}")),
                                shorten(tag)
                            ));
                        }
                    }
                }
            }
            let Some(q) = q else { continue };
            let language = if tag == "*" {
                None
            } else {
                let Some(id) = parse_tag(tag) else {
                    first_problem.get_or_insert_with(|| {
                        format!(
                            "{:?} is not a well-formed BCP 47 language tag",
                            shorten(tag)
                        )
                    });
                    continue;
                };
                Some(id)
            };
            first_tag.get_or_insert(tag);
            if q > 0 {
                entries.push((q, tag, language));
            }
        }
        entries.sort_by_key(|e| std::cmp::Reverse(e.0)); // stable: ties keep the header's order
        for (_, tag, language) in &entries {
            let locale = match language {
                None => {
                    let mut any = self.locale_for("en", None);
                    (*tag).clone_into(&mut any.requested);
                    any.fallback = false;
                    any
                }
                Some(parsed) => self.locale_for(tag, parsed.language()),
            };
            if !locale.fallback {
                return Ok(locale);
            }
        }
        match (entries.first().map(|e| e.1).or(first_tag), first_problem) {
            (Some(tag), _) => Ok(self.locale_for(tag, None)),
            (None, Some(problem)) => Err(LocaleError::MalformedAcceptLanguage {
                header: shorten(header),
                problem,
            }),
            (None, None) => Err(LocaleError::Malformed {
                tag: shorten(header),
            }),
        }
    }

    /// The locale for language `id` (`None`: no language, English as a fallback), requested
    /// as `requested`.
    fn locale_for(&self, requested: &str, id: Option<&LanguageIdentifier>) -> Locale {
        let mut chain: Vec<usize> = Vec::with_capacity(4);
        let mut push = |i: usize| {
            if !chain.contains(&i) {
                chain.push(i);
            }
        };
        if let Some(id) = id {
            let find =
                |want: &LanguageIdentifier| self.bundles.iter().position(|b| &b.lang == want);
            // The exact tag (an app may have its own fr-BE), then the aliased tag and its
            // ancestors, most specific first.
            if let Some(i) = find(id) {
                push(i);
            }
            let id = alias(id);
            let lang = id.language;
            let ancestors = [
                LanguageIdentifier::from_parts(lang, id.script, id.region, &[]),
                LanguageIdentifier::from_parts(lang, None, id.region, &[]),
                LanguageIdentifier::from_parts(lang, id.script, None, &[]),
                LanguageIdentifier::from_parts(lang, None, None, &[]),
            ];
            for candidate in std::iter::once(&id).chain(&ancestors) {
                if let Some(i) = find(candidate) {
                    push(i);
                }
            }
        }
        push(self.en);
        let fallback = match id {
            None => true,
            Some(id) => chain.first() == Some(&self.en) && id.language.as_str() != "en",
        };
        let tags = chain
            .iter()
            .filter_map(|&i| self.bundles.get(i))
            .map(|b| b.tag.clone())
            .collect();
        Locale {
            requested: requested.to_owned(),
            chain,
            tags,
            fallback,
        }
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
        let n = self.write_at(locale, id, attribute, args, out)?;
        Ok(n > 0 && !locale.fallback)
    }

    /// Writes a message into `out`; returns the position in the chain of the locale it came
    /// from.
    pub(crate) fn write_at(
        &self,
        locale: &Locale,
        id: &str,
        attribute: Option<&str>,
        args: Option<&FluentArgs<'_>>,
        out: &mut String,
    ) -> Result<usize, RenderError> {
        for (n, i) in locale.chain.iter().enumerate() {
            let Some((b, msg)) = self.fluent(*i, id) else {
                continue;
            };
            let pattern = match attribute {
                None => msg.value(),
                Some(a) => msg.get_attribute(a).map(|a| a.value()),
            };
            let Some(pattern) = pattern else { continue };
            let mut errors = Vec::new();
            // Writing straight into `out` avoids an intermediate string per message.
            let _ = b.write_pattern(out, pattern, args, &mut errors);
            if !errors.is_empty() {
                return Err(RenderError::Fluent {
                    id: attribute.map_or_else(|| id.to_owned(), |a| format!("{id}.{a}")),
                    errors: errors.iter().map(ToString::to_string).collect(),
                });
            }
            return Ok(n);
        }
        Err(RenderError::MissingMessage {
            id: crate::catalog::pack::clip(id),
            attribute: attribute.map(crate::catalog::pack::clip),
        })
    }

    /// The embedded files of the builtin localizer (for the tests of what is parsed).
    #[cfg(test)]
    pub(super) fn embedded_files(&self) -> Option<&Embedded> {
        self.embedded.as_ref()
    }

    /// The memo of the chains that start with bundle `i`.
    pub(crate) fn memo(&self, i: usize) -> Option<&RwLock<Memo>> {
        self.memos.get(i)
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

/// The longest tag [`Localizer::negotiate`] reads.
const MAX_TAG_LEN: usize = 256;

/// The most `Accept-Language` entries read.
const MAX_ACCEPT_ENTRIES: usize = 32;

/// A well-formed BCP 47 tag, as far as negotiation cares.
#[derive(Debug)]
enum Tag {
    /// A language, without the tag's extensions and private-use part.
    Language(LanguageIdentifier),
    /// A private-use tag (`x-…`): no language.
    PrivateUse,
}

impl Tag {
    fn language(&self) -> Option<&LanguageIdentifier> {
        match self {
            Tag::Language(id) => Some(id),
            Tag::PrivateUse => None,
        }
    }
}

/// Parses a BCP 47 tag; `None` when it is not well-formed.
fn parse_tag(tag: &str) -> Option<Tag> {
    if tag.is_empty() || tag.len() > MAX_TAG_LEN {
        return None;
    }
    let subtags: Vec<&str> = tag.split(['-', '_']).collect();
    if subtags
        .iter()
        .any(|s| s.is_empty() || s.len() > 8 || !s.bytes().all(|b| b.is_ascii_alphanumeric()))
    {
        return None;
    }
    // Everything from the first singleton on is extensions and private use.
    let first_singleton = subtags.iter().position(|s| s.len() == 1);
    let language_part =
        first_singleton.map_or(subtags.as_slice(), |i| subtags.get(..i).unwrap_or_default());
    if let Some(i) = first_singleton {
        let mut rest = subtags.get(i..).unwrap_or_default();
        while let Some((singleton, after)) = rest.split_first() {
            if singleton.eq_ignore_ascii_case("x") {
                // Private use: at least one subtag of 1 to 8 characters, to the end.
                if after.is_empty() {
                    return None;
                }
                break;
            }
            // An extension: at least one subtag of 2 to 8 characters.
            let n = after.iter().take_while(|s| s.len() >= 2).count();
            if n == 0 {
                return None;
            }
            rest = after.get(n..).unwrap_or_default();
        }
    }
    if language_part.is_empty() {
        // Only private use (`x-…`); `i-…` and other singletons are not languages.
        return first_singleton
            .and_then(|i| subtags.get(i))
            .filter(|s| s.eq_ignore_ascii_case("x"))
            .map(|_| Tag::PrivateUse);
    }
    language_part
        .join("-")
        .parse::<LanguageIdentifier>()
        .ok()
        .map(Tag::Language)
}

/// Regional tags that mean another one: `fr-QC` (Quebec, not a region code) is `fr-CA`;
/// French of France, Belgium, Switzerland and Luxembourg is `fr`.
fn alias(id: &LanguageIdentifier) -> LanguageIdentifier {
    let mut id = id.clone();
    if id.language.as_str() == "fr" {
        match id.region.as_ref().map(unic_langid::subtags::Region::as_str) {
            Some("QC") => id.region = "CA".parse().ok(),
            Some("FR" | "BE" | "CH" | "LU") => id.region = None,
            _ => {}
        }
    }
    id
}

/// An HTTP weight (`0`, `0.5`, `1.000` …) in thousandths; `None` when malformed.
fn parse_weight(v: &str) -> Option<u16> {
    let (int, frac) = v.split_once('.').unwrap_or((v, ""));
    if frac.len() > 3 || !frac.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let thousandths = frac
        .bytes()
        .chain(std::iter::repeat(b'0'))
        .take(3)
        .fold(0u16, |acc, b| acc * 10 + u16::from(b - b'0'));
    match int {
        "0" => Some(thousandths),
        "1" if thousandths == 0 => Some(1000),
        _ => None,
    }
}

/// A tag for [`LocaleError::Malformed`]: at most 64 characters (63 and `…`). Not escaped here:
/// the error's message shows it with `{:?}`, which escapes control characters.
fn shorten(tag: &str) -> String {
    if tag.chars().nth(64).is_none() {
        return tag.to_owned();
    }
    let mut s: String = tag.chars().take(63).collect();
    s.push('…');
    s
}
