//! Content packs: the data and Fluent texts a catalog and a localizer are built from.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

use fluent::FluentResource;

use crate::error::{ContentError, ContentProblem};
use crate::model::id::{mix, word_at};

/// The care settings file of a pack directory (optional; read by the localizer).
pub(crate) const CARE_SETTINGS_FILE: &str = "care_settings.toml";

/// The builtin care settings.
pub(crate) const BUILTIN_CARE_SETTINGS: &str = include_str!("../../data/care_settings.toml");

/// The data files a pack must hold.
pub(crate) const DATA_FILES: [&str; 9] = [
    "pack.toml",
    "references.toml",
    "findings.toml",
    "red_flags.toml",
    "rules.toml",
    "conditions.toml",
    "exercises.toml",
    "care.toml",
    "facts.toml",
];

macro_rules! builtin_data {
    ($($name:literal),*) => { [ $( ($name, include_str!(concat!("../../data/", $name))), )* ] };
}
/// The builtin data files in a compiled form, `(TOML file name, text)`, read from
/// `data/compiled/<name>.<ext>`, in the order of [`DATA_FILES`] (which a test checks).
macro_rules! compiled_data {
    ($ext:literal) => {
        compiled_data!(
            $ext;
            "pack",
            "references",
            "findings",
            "red_flags",
            "rules",
            "conditions",
            "exercises",
            "care",
            "facts"
        )
    };
    ($ext:literal; $($name:literal),*) => {
        [ $( (concat!($name, ".toml"), include_str!(concat!("../../data/compiled/", $name, ".", $ext))), )* ]
    };
}

/// The builtin data files in their compiled form, generated from the TOML sources
/// (`tests/compiled_data.rs` checks that they match, and that they give the catalog the TOML
/// gives, and regenerates them): lean JSON read by `compiled.rs`, several times faster than the
/// TOML parse. A [`ContentPack`] built on the builtin one reads it. The TOML stays the source of
/// truth.
const COMPILED_DATA: [(&str, &str); 9] = compiled_data!("json");

/// The builtin data files in their token form (`data/compiled/*.tok`), generated from the TOML
/// sources and checked against them by the tests of `tokens.rs`: what
/// [`Catalog::load_builtin`](crate::Catalog::load_builtin) reads, with no text to parse.
const TOKEN_DATA: [(&str, &str); 9] = compiled_data!("tok");

macro_rules! builtin_ftl {
    ($loc:literal: $($name:literal),*) => { [ $( ($loc, $name, include_str!(concat!("../../locales/", $loc, "/", $name))), )* ] };
}

const BUILTIN_DATA: [(&str, &str); 9] = builtin_data!(
    "pack.toml",
    "references.toml",
    "findings.toml",
    "red_flags.toml",
    "rules.toml",
    "conditions.toml",
    "exercises.toml",
    "care.toml",
    "facts.toml"
);

/// [`content_hash`](crate::catalog::build::content_hash) of the embedded data files, computed
/// when the crate is compiled: the builtin load does not hash 160 KB of text each time (a test
/// checks it is the hash of the builtin pack's data).
pub(crate) const BUILTIN_DATA_HASH: u64 = builtin_data_hash();

/// [`content_hash`](crate::catalog::build::content_hash) over `bytes`, continuing from `h`:
/// the words of `bytes`, then the last bytes zero-padded with the length (`const`, so the
/// builtin data's hash is computed when the crate is compiled).
// Invariant: the tail's indexes are below `bytes.len()` (i + j < len) and below 8 for `last`.
#[allow(clippy::indexing_slicing)]
pub(crate) const fn hash_bytes(mut h: u64, bytes: &[u8]) -> u64 {
    let len = bytes.len();
    let mut i = 0;
    while i + 8 <= len {
        h = mix(h, word_at(bytes, i));
        i += 8;
    }
    let mut last = [0u8; 8];
    let mut j = 0;
    while i + j < len && j < 8 {
        last[j] = bytes[i + j];
        j += 1;
    }
    mix(h, u64::from_le_bytes(last) ^ (len as u64))
}

/// Whether `a` sorts before `b` (byte order, as `str`'s `Ord`).
#[allow(clippy::indexing_slicing)] // i < both lengths
const fn sorts_before(a: &[u8], b: &[u8]) -> bool {
    let mut i = 0;
    while i < a.len() && i < b.len() {
        if a[i] != b[i] {
            return a[i] < b[i];
        }
        i += 1;
    }
    a.len() < b.len()
}

/// `content_hash` of the embedded data files: name and text, in the order of the names (that
/// of a pack's map of files).
#[allow(clippy::indexing_slicing)] // indexes below BUILTIN_DATA.len()
const fn builtin_data_hash() -> u64 {
    let files = &BUILTIN_DATA;
    let mut hashed = [false; BUILTIN_DATA.len()];
    let mut h = 0;
    let mut k = 0;
    while k < files.len() {
        // The first name, in order, not hashed yet.
        let mut next = files.len();
        let mut i = 0;
        while i < files.len() {
            if !hashed[i]
                && (next == files.len()
                    || sorts_before(files[i].0.as_bytes(), files[next].0.as_bytes()))
            {
                next = i;
            }
            i += 1;
        }
        hashed[next] = true;
        h = hash_bytes(h, files[next].0.as_bytes());
        h = hash_bytes(h, files[next].1.as_bytes());
        k += 1;
    }
    h
}

/// The Fluent files of a complete builtin locale, listed once.
macro_rules! full_locale {
    ($loc:literal) => {
        builtin_ftl!($loc: "terms.ftl", "findings.ftl", "interview.ftl", "red-flags.ftl", "rules.ftl",
            "conditions.ftl", "exercises.ftl", "care.ftl", "cautions.ftl", "facts.ftl", "report.ftl")
    };
}

const BUILTIN_EN: [(&str, &str, &str); 11] = full_locale!("en");
const BUILTIN_FR: [(&str, &str, &str); 11] = full_locale!("fr");
const BUILTIN_FR_CA: [(&str, &str, &str); 1] = builtin_ftl!("fr-CA": "terms.ftl");
/// The regional variants of English: terms only (`locales/README-regions.md`).
const BUILTIN_EN_REGIONS: [(&str, &str, &str); 3] = [
    (
        "en-GB",
        "terms.ftl",
        include_str!("../../locales/en-GB/terms.ftl"),
    ),
    (
        "en-US",
        "terms.ftl",
        include_str!("../../locales/en-US/terms.ftl"),
    ),
    (
        "en-CA",
        "terms.ftl",
        include_str!("../../locales/en-CA/terms.ftl"),
    ),
];

/// The embedded Fluent files, `(locale, file, text)`: `en`, its regional variants, `fr`, `fr-CA`.
pub(crate) fn builtin_ftl()
-> impl Iterator<Item = &'static (&'static str, &'static str, &'static str)> {
    BUILTIN_EN
        .iter()
        .chain(&BUILTIN_EN_REGIONS)
        .chain(&BUILTIN_FR)
        .chain(&BUILTIN_FR_CA)
}

static BUILTIN_PACK: std::sync::LazyLock<ContentPack> =
    std::sync::LazyLock::new(ContentPack::parse_builtin);

/// The embedded data files alone: what the builtin catalog is built from. The catalog's load
/// skips the translation cross-check (proven on the embedded files by the test suite), so it
/// needs no Fluent file, and a process that only triages never parses one.
static BUILTIN_DATA_PACK: std::sync::LazyLock<ContentPack> = std::sync::LazyLock::new(|| {
    let mut pack = ContentPack::builtin_data();
    pack.tokens = TOKEN_DATA
        .iter()
        .map(|(n, t)| ((*n).to_owned(), *t))
        .collect();
    pack
});

/// One parsed Fluent file.
#[derive(Debug, Clone)]
pub(crate) struct FtlFile {
    pub(crate) name: String,
    pub(crate) resource: Arc<FluentResource>,
}

/// The texts of a content pack: data files (TOML) by name and Fluent files by locale.
///
/// Fluent files are parsed when added, once, and shared by the [`Catalog`](crate::Catalog) and
/// the [`Localizer`](crate::Localizer) built from the pack. Problems (unreadable files, Fluent
/// syntax errors) are kept and reported, all together, when the pack is built into a catalog.
///
/// ```
/// let pack = lowback::ContentPack::builtin();
/// let catalog = lowback::Catalog::from_pack(&pack)?;
/// let localizer = lowback::Localizer::from_pack(&pack)?;
/// assert!(catalog.conditions().len() >= 12);
/// assert!(localizer.locales().any(|tag| tag == "fr-CA"));
/// # Ok::<(), lowback::ContentError>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct ContentPack {
    pub(crate) data: BTreeMap<String, String>,
    /// JSON equivalents of data files that are still exactly the builtin text.
    pub(crate) compiled: BTreeMap<String, &'static str>,
    /// Token forms of data files that are still exactly the builtin text (only the pack of
    /// [`Catalog::load_builtin`](crate::Catalog::load_builtin) has them; read before the JSON).
    pub(crate) tokens: BTreeMap<String, &'static str>,
    pub(crate) locales: BTreeMap<String, Vec<FtlFile>>,
    pub(crate) problems: Vec<ContentProblem>,
    /// Builtin red-flag rules the app removes on purpose.
    pub(crate) removed_rules: Vec<String>,
    /// The locale comparison, computed on first use and shared by the catalog and the localizer.
    pub(crate) locale_check: std::sync::OnceLock<Arc<crate::catalog::ftl::LocaleCheck>>,
    /// Fluent files refused because the pack already held [`MAX_PACK_LOCALES`] locales.
    pub(crate) refused_locales: usize,
    /// Care settings files (`data/care_settings.toml`), `(name, text)`, read by the
    /// [`Localizer`](crate::Localizer); none means the builtin file.
    pub(crate) care_settings: Vec<(String, String)>,
    /// Where each text added with [`ContentPack::append_data`] begins in its file (a byte
    /// offset): a syntax error in it is then also located within what the app wrote.
    pub(crate) appended: BTreeMap<String, Vec<usize>>,
}

impl ContentPack {
    /// An empty pack.
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// The pack embedded in the crate: `data/*.toml` and `locales/{en,en-GB,en-US,en-CA,fr,fr-CA}/*.ftl`. The
    /// Fluent files are parsed once per process and shared (cloning the pack is cheap).
    #[must_use]
    pub fn builtin() -> Self {
        BUILTIN_PACK.clone()
    }

    /// The names of the data files every pack holds (`pack.toml` first), in the order the
    /// loader reads them: what [`ContentPack::from_dir`] expects in a directory and what
    /// [`ContentPack::add_data`] can replace.
    ///
    /// ```
    /// let names = lowback::ContentPack::data_file_names();
    /// assert_eq!(names.first(), Some(&"pack.toml"));
    /// assert!(names.contains(&"rules.toml"));
    /// ```
    #[must_use]
    pub fn data_file_names() -> &'static [&'static str] {
        &DATA_FILES
    }

    /// The embedded data files, with their compiled form, and no Fluent file, shared: what
    /// [`Catalog::load_builtin`](crate::Catalog::load_builtin) reads.
    pub(crate) fn builtin_data_shared() -> &'static Self {
        &BUILTIN_DATA_PACK
    }

    /// The embedded data files and their compiled form.
    fn builtin_data() -> Self {
        let mut pack = Self::new();
        for (name, text) in BUILTIN_DATA {
            pack.add_data(name, text);
        }
        pack.compiled = COMPILED_DATA
            .iter()
            .map(|(n, j)| ((*n).to_owned(), *j))
            .collect();
        pack
    }

    pub(crate) fn parse_builtin() -> Self {
        let mut pack = Self::builtin_data();
        pack.care_settings.push((
            CARE_SETTINGS_FILE.to_owned(),
            BUILTIN_CARE_SETTINGS.to_owned(),
        ));
        for (loc, name, text) in builtin_ftl() {
            pack.add_embedded_ftl(loc, name, text);
        }
        pack
    }

    /// [`ContentPack::add_ftl`] for the embedded files: parsed without the nesting scan (which
    /// costs more than the parse), since the test suite runs it on the same files
    /// (`tests/errors.rs`, `from_dir_reads_the_crate_layout`, reads them with `add_ftl`).
    fn add_embedded_ftl(&mut self, locale: &str, name: &str, text: &str) {
        let resource = FluentResource::try_new(text.to_owned()).unwrap_or_else(|(r, _)| r);
        self.push_ftl(locale, name, resource);
    }

    /// Adds a parsed Fluent file to a locale.
    fn push_ftl(&mut self, locale: &str, name: &str, resource: FluentResource) {
        self.locales
            .entry(locale.to_owned())
            .or_default()
            .push(FtlFile {
                name: name.to_owned(),
                resource: Arc::new(resource),
            });
    }

    /// Reads a pack from a directory laid out like the crate's: `DIR/data/*.toml` and
    /// `DIR/locales/<tag>/*.ftl`.
    ///
    /// Only regular files are read (a symbolic link is followed to one): a FIFO, a socket, a
    /// device, a directory where a file is expected, a symbolic-link loop, or a file larger
    /// than 4 MiB is refused with a [`ContentProblem::Io`] naming the file, instead of blocking
    /// or exhausting memory. The whole pack is bounded too: at most 32 MiB in all and 1,024
    /// Fluent files; past either limit, reading stops and the problem names the directory.
    /// Fluent files go through [`ContentPack::add_ftl`], with its nesting limit.
    ///
    /// ```
    /// let pack = lowback::ContentPack::from_dir(env!("CARGO_MANIFEST_DIR"))?;
    /// assert!(pack.locales().any(|tag| tag == "fr"));
    /// let err = lowback::ContentPack::from_dir("/no/such/dir").unwrap_err();
    /// assert!(err.to_string().contains("/no/such/dir/data/rules.toml"));
    /// # Ok::<(), lowback::ContentError>(())
    /// ```
    ///
    /// # Errors
    ///
    /// A [`ContentError`] listing every file that could not be read, or that was refused.
    pub fn from_dir(dir: impl AsRef<Path>) -> Result<Self, ContentError> {
        let dir = dir.as_ref();
        let mut pack = Self::new();
        let mut problems = Vec::new();
        let io = |file: &Path, message: &str| ContentProblem::Io {
            file: clip(&file.display().to_string()),
            message: clip(message),
        };
        let mut budget = PackBudget::default();
        for name in DATA_FILES {
            let path = dir.join("data").join(name);
            match read_regular_file(&path) {
                Ok(text) => {
                    budget.bytes += text.len() as u64;
                    pack.add_data(name, &text);
                }
                Err(e) => problems.push(io(&path, &e)),
            }
        }
        // Optional: without it, the localizer uses the builtin care settings.
        let path = dir.join("data").join(CARE_SETTINGS_FILE);
        if std::fs::symlink_metadata(&path).is_ok() {
            match read_regular_file(&path) {
                Ok(text) => {
                    budget.bytes += text.len() as u64;
                    pack.care_settings
                        .push((CARE_SETTINGS_FILE.to_owned(), text));
                }
                Err(e) => problems.push(io(&path, &e)),
            }
        }
        let locales = dir.join("locales");
        match std::fs::read_dir(&locales) {
            Ok(entries) => {
                let mut dirs: Vec<_> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
                dirs.sort();
                for loc_dir in &dirs {
                    // `metadata` follows symbolic links; a loop is an error, reported.
                    match std::fs::metadata(loc_dir) {
                        Ok(m) if m.is_dir() => {}
                        Ok(_) => continue, // a README or other file beside the locale folders
                        Err(e) => {
                            problems.push(io(loc_dir, &e.to_string()));
                            continue;
                        }
                    }
                    let Some(tag) = loc_dir.file_name().and_then(|n| n.to_str()) else {
                        continue;
                    };
                    let mut files: Vec<_> = match std::fs::read_dir(loc_dir) {
                        Ok(e) => e.filter_map(Result::ok).map(|e| e.path()).collect(),
                        Err(e) => {
                            problems.push(io(loc_dir, &e.to_string()));
                            continue;
                        }
                    };
                    files.sort();
                    for file in files
                        .iter()
                        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
                    {
                        if let Some(over) = budget.exceeded() {
                            budget.stopped = true;
                            problems.push(io(dir, &over));
                            break;
                        }
                        let name = file
                            .file_name()
                            .and_then(|n| n.to_str())
                            .unwrap_or_default();
                        budget.ftl_files += 1;
                        match read_regular_file(file) {
                            Ok(text) => {
                                budget.bytes += text.len() as u64;
                                pack.add_ftl(tag, name, &text);
                            }
                            Err(e) => problems.push(io(file, &e)),
                        }
                    }
                    if budget.stopped {
                        break;
                    }
                }
            }
            Err(e) => problems.push(io(&locales, &e.to_string())),
        }
        if problems.is_empty() {
            Ok(pack)
        } else {
            // Also list what the files that could be read already show (missing translations,
            // dangling links …), so that one attempt reports every problem (reliability F8).
            if let Err(e) = crate::Catalog::from_pack(&pack) {
                problems.extend(
                    e.problems
                        .into_iter()
                        .filter(|p| !matches!(p, ContentProblem::MissingFile { .. })),
                );
            }
            Err(ContentError::of(problems))
        }
    }

    /// Adds (or replaces) a data file, such as `conditions.toml`. A name that is not one of
    /// [`ContentPack::data_file_names`] is a problem that [`Catalog::from_pack`] reports (with
    /// the name it probably meant): a misspelt file would otherwise leave its items out and
    /// say nothing.
    ///
    /// ```
    /// let mut pack = lowback::ContentPack::builtin();
    /// pack.append_data("rule.toml", "[[rule]]\nid = \"app_rule\"\n");
    /// let err = lowback::Catalog::from_pack(&pack).unwrap_err();
    /// assert!(err.to_string().contains("did you mean \"rules.toml\""), "{err}");
    /// ```
    ///
    /// [`Catalog::from_pack`]: crate::Catalog::from_pack
    pub fn add_data(&mut self, name: &str, text: &str) -> &mut Self {
        if self.is_data_file(name) {
            self.compiled.remove(name);
            self.tokens.remove(name);
            self.appended.remove(name);
            self.data.insert(name.to_owned(), text.to_owned());
        }
        self
    }

    /// Appends TOML text to a data file (creating it if needed): a way to add items to the
    /// builtin pack. A syntax error in it is located both in the whole file and in the text
    /// appended. The name is checked as [`ContentPack::add_data`] checks it.
    pub fn append_data(&mut self, name: &str, text: &str) -> &mut Self {
        if self.is_data_file(name) {
            self.compiled.remove(name);
            self.tokens.remove(name);
            let file = self.data.entry(name.to_owned()).or_default();
            let start = file.len();
            file.push_str(text);
            self.appended
                .entry(name.to_owned())
                .or_default()
                .push(start);
        }
        self
    }

    /// Whether `name` is a data file of a pack; when it is not, the problem is recorded.
    fn is_data_file(&mut self, name: &str) -> bool {
        if DATA_FILES.contains(&name) {
            return true;
        }
        let meant = crate::model::closest::closest(name, DATA_FILES.iter().copied())
            .map(|m| format!(" (did you mean {m:?}?)"))
            .unwrap_or_default();
        self.problems.push(ContentProblem::InvalidValue {
            file: clip(name),
            item: String::new(),
            field: "file name",
            message: format!(
                "not a data file of a pack, so it is not read{meant}; the data files are {}",
                DATA_FILES.join(", ")
            ),
        });
        false
    }

    /// Whether `locale` is a BCP 47 tag as lowback writes them; when it is not, the problem is
    /// recorded, with the tag meant. Out of line: written inline in `add_ftl`, it changed how
    /// the compiler laid out the crate's code, and a triage ran 366 more instructions (12,032
    /// -> 12,398, `fc33020`), with no change to the triage.
    #[cold]
    #[inline(never)]
    fn is_locale_tag(&mut self, locale: &str, file: &str) -> bool {
        let canonical = locale
            .parse::<unic_langid::LanguageIdentifier>()
            .ok()
            .map(|l| l.to_string());
        if canonical.as_deref() == Some(locale) {
            return true;
        }
        let meant = canonical
            .map(|c| format!(" (did you mean {c:?}?)"))
            .unwrap_or_default();
        self.problems.push(ContentProblem::FtlSyntax {
            locale: clip(locale),
            file: clip(file),
            line: 1,
            message: format!(
                "the locale is not a BCP 47 tag as lowback writes them{meant}; the file was not added"
            ),
        });
        false
    }

    /// Where in the text added with [`ContentPack::append_data`] byte `at` of data file `name`
    /// lies, as a line of that text, when it lies in one.
    pub(crate) fn appended_line(&self, name: &str, at: usize) -> Option<usize> {
        let starts = self.appended.get(name)?;
        let text = self.data.get(name)?;
        let start = starts.iter().rev().find(|&&s| s <= at)?;
        Some(line_of(text.get(*start..)?, at - start))
    }

    /// Adds a Fluent file to a locale (`en`, `fr`, `fr-CA` …), parsing it now. Syntax errors are
    /// kept and reported by [`Catalog::from_pack`](crate::Catalog::from_pack) and
    /// [`Localizer::from_pack`](crate::Localizer::from_pack).
    ///
    /// Text that nests placeables, selectors or call arguments more than 64 levels deep is not
    /// parsed at all (the parser is recursive, and such text would overflow the stack): it is
    /// reported as a [`ContentProblem::FtlSyntax`] at the line where the limit is passed, and
    /// the file counts as empty. A pack holds at most 64 locales: a file for a 65th is not
    /// added, and reported the same way.
    ///
    /// ```
    /// use lowback::{Catalog, ContentPack, ContentProblem};
    /// let deep = format!("deep = {}\"x\"{}\n", "{ ".repeat(3_000), " }".repeat(3_000));
    /// let mut pack = ContentPack::builtin();
    /// pack.add_ftl("en", "deep.ftl", &deep);
    /// let err = Catalog::from_pack(&pack).unwrap_err();
    /// assert!(err.problems().iter().any(|p| matches!(p,
    ///     ContentProblem::FtlSyntax { file, line: 1, .. } if file == "deep.ftl")));
    /// ```
    pub fn add_ftl(&mut self, locale: &str, name: &str, text: &str) -> &mut Self {
        self.locale_check = std::sync::OnceLock::new();
        // A locale is a BCP 47 tag written as the localizer negotiates it (`en`, `fr-CA`):
        // another spelling would make a language of its own that lacks every message. (Checked
        // once, when the locale's first file comes.)
        if !self.locales.contains_key(locale) && !self.is_locale_tag(locale, name) {
            return self;
        }
        // Each locale becomes a bundle whose every message is checked: a bounded number of
        // them (thousands of empty regional locales took hundreds of MiB).
        if !self.locales.contains_key(locale) && self.locales.len() >= MAX_PACK_LOCALES {
            self.refused_locales += 1;
            if self.refused_locales <= 8 {
                self.problems.push(ContentProblem::FtlSyntax {
                    locale: clip(locale),
                    file: clip(name),
                    line: 1,
                    message: format!(
                        "a pack holds at most {MAX_PACK_LOCALES} locales; this one was not added"
                    ),
                });
            }
            return self;
        }
        let resource = if let Some(line) = nesting_too_deep(text, MAX_FTL_DEPTH) {
            self.problems.push(ContentProblem::FtlSyntax {
                locale: clip(locale),
                file: clip(name),
                line,
                message: format!(
                    "placeables, selectors or call arguments nested more than {MAX_FTL_DEPTH} \
                     levels deep; the file was not parsed"
                ),
            });
            empty_resource()
        } else {
            match FluentResource::try_new(text.to_owned()) {
                Ok(r) => r,
                Err((r, errors)) => {
                    let lines = LineIndex::new(text);
                    let total = errors.len();
                    for e in errors.iter().take(MAX_SYNTAX_PROBLEMS_PER_FILE) {
                        self.problems.push(ContentProblem::FtlSyntax {
                            locale: clip(locale),
                            file: clip(name),
                            line: lines.line(e.slice.as_ref().map_or(e.pos.start, |s| s.start)),
                            message: clip(&e.kind.to_string()),
                        });
                    }
                    if let Some(last) = errors
                        .last()
                        .filter(|_| total > MAX_SYNTAX_PROBLEMS_PER_FILE)
                    {
                        self.problems.push(ContentProblem::FtlSyntax {
                            locale: clip(locale),
                            file: clip(name),
                            line: lines.line(last.pos.start),
                            message: format!(
                                "and {} more syntax errors in this file, not listed",
                                total - MAX_SYNTAX_PROBLEMS_PER_FILE
                            ),
                        });
                    }
                    r
                }
            }
        };
        self.push_ftl(locale, name, resource);
        self
    }

    /// Acknowledges that the pack leaves out a builtin red-flag rule on purpose (for example,
    /// the app replaces it with its own). Without this, a pack that keeps the builtin name and
    /// lacks a builtin red-flag rule is refused ([`ContentProblem::RemovedRedFlagRule`]).
    /// The same acknowledgement, with the id of a builtin red-flag rule, screen question or
    /// derived finding a red flag reads, lets through a change that makes it catch less
    /// ([`ContentProblem::WeakenedRedFlag`]).
    ///
    /// ```
    /// let mut pack = lowback::ContentPack::builtin();
    /// let rules = include_str!("../../data/rules.toml").replace("id = \"ces_saddle_numbness\"", "id = \"app_saddle\"");
    /// pack.add_data("rules.toml", &rules);
    /// pack.add_ftl("en", "app.ftl", "rule-app-saddle = Numbness between the legs: call for help now.\n");
    /// pack.add_ftl("fr", "app.ftl", "rule-app-saddle = Engourdissement entre les jambes : appelez les secours.\n");
    /// assert!(lowback::Catalog::from_pack(&pack).is_err());
    /// pack.acknowledge_removed_rule("ces_saddle_numbness");
    /// assert!(lowback::Catalog::from_pack(&pack).is_ok());
    /// ```
    pub fn acknowledge_removed_rule(&mut self, id: &str) -> &mut Self {
        self.removed_rules.push(id.to_owned());
        self
    }

    /// Removes a data file (to replace a builtin file wholesale, or to leave it out).
    pub fn remove_data(&mut self, name: &str) -> &mut Self {
        self.compiled.remove(name);
        self.tokens.remove(name);
        self.data.remove(name);
        self
    }

    pub(crate) fn locale_check(&self) -> &crate::catalog::ftl::LocaleCheck {
        self.locale_check
            .get_or_init(|| Arc::new(crate::catalog::ftl::locale_check(&self.locales)))
    }

    /// The locale tags the pack has Fluent files for.
    pub fn locales(&self) -> impl Iterator<Item = &str> {
        self.locales.keys().map(String::as_str)
    }
}

/// The 1-based line of byte offset `pos` in `text`.
pub(crate) fn line_of(text: &str, pos: usize) -> usize {
    text.get(..pos).map_or(1, |t| t.matches('\n').count() + 1)
}

/// The most syntax errors listed for one Fluent file (then one line says how many more).
pub(crate) const MAX_SYNTAX_PROBLEMS_PER_FILE: usize = 100;

/// Line numbers of byte offsets, for many offsets in one text without rescanning it.
pub(crate) struct LineIndex {
    newlines: Vec<usize>,
}

impl LineIndex {
    pub(crate) fn new(text: &str) -> Self {
        Self {
            newlines: text.match_indices('\n').map(|(i, _)| i).collect(),
        }
    }

    /// The 1-based line of byte offset `pos`.
    pub(crate) fn line(&self, pos: usize) -> usize {
        self.newlines.partition_point(|&n| n < pos) + 1
    }
}

/// The deepest nesting of placeables, selectors and call arguments a Fluent file may use.
pub(crate) const MAX_FTL_DEPTH: usize = 64;

/// The most locales a pack holds (the builtin pack has 6).
pub(crate) const MAX_PACK_LOCALES: usize = 64;

/// The largest file [`ContentPack::from_dir`] reads.
pub(crate) const MAX_FILE_BYTES: u64 = 4 * 1024 * 1024;

/// The most bytes [`ContentPack::from_dir`] reads in all, over every file of the pack.
pub(crate) const MAX_PACK_BYTES: u64 = 32 * 1024 * 1024;

/// The most Fluent files [`ContentPack::from_dir`] reads (the builtin pack has 38).
pub(crate) const MAX_PACK_FTL_FILES: usize = 1024;

/// The most characters of input that an error message repeats.
pub(crate) const MAX_ECHO_CHARS: usize = 80;

fn empty_resource() -> FluentResource {
    FluentResource::try_new(String::new()).unwrap_or_else(|(r, _)| r)
}

/// Reads a file that must be a regular file (after following symbolic links) of at most
/// [`MAX_FILE_BYTES`], as UTF-8; otherwise says why not.
fn read_regular_file(path: &Path) -> Result<String, String> {
    use std::io::Read as _;
    let meta = std::fs::metadata(path).map_err(|e| e.to_string())?;
    check_regular(&meta)?;
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(target_os = "linux")]
    {
        // O_NONBLOCK: should the file be swapped for a FIFO after the check above, opening it
        // must not wait for a writer. Reads of a regular file are not affected.
        use std::os::unix::fs::OpenOptionsExt as _;
        options.custom_flags(0o4000);
    }
    let file = options.open(path).map_err(|e| e.to_string())?;
    check_regular(&file.metadata().map_err(|e| e.to_string())?)?;
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| e.to_string())?;
    let len = u64::try_from(bytes.len()).unwrap_or(u64::MAX);
    if len > MAX_FILE_BYTES {
        return Err(too_large(len));
    }
    String::from_utf8(bytes)
        .map_err(|e| format!("not valid UTF-8 (at byte {})", e.utf8_error().valid_up_to()))
}

/// What [`ContentPack::from_dir`] has read so far, against the pack's limits.
#[derive(Debug, Default)]
struct PackBudget {
    bytes: u64,
    ftl_files: usize,
    stopped: bool,
}

impl PackBudget {
    /// Why reading must stop before the next file, if it must.
    fn exceeded(&self) -> Option<String> {
        if self.bytes > MAX_PACK_BYTES {
            Some("the pack is over 32 MiB in all; the files left were not read".to_owned())
        } else if self.ftl_files >= MAX_PACK_FTL_FILES {
            Some(format!(
                "the pack has over {MAX_PACK_FTL_FILES} Fluent files; the rest were not read"
            ))
        } else {
            None
        }
    }
}

fn too_large(len: u64) -> String {
    format!("the file has {len} bytes or more, over the limit of {MAX_FILE_BYTES} bytes (4 MiB)")
}

fn check_regular(meta: &std::fs::Metadata) -> Result<(), String> {
    let kind = file_kind(meta.file_type());
    if !meta.is_file() {
        return Err(format!("not a regular file but {kind}"));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(too_large(meta.len()));
    }
    Ok(())
}

fn file_kind(t: std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt as _;
        if t.is_fifo() {
            return "a FIFO (named pipe)";
        }
        if t.is_socket() {
            return "a socket";
        }
        if t.is_block_device() || t.is_char_device() {
            return "a device";
        }
    }
    if t.is_dir() {
        "a directory"
    } else if t.is_symlink() {
        "a symbolic link"
    } else if t.is_file() {
        "a regular file"
    } else {
        "a special file"
    }
}

/// Input repeated in an error message, made safe to print: control characters (and the
/// bidirectional overrides) are escaped, and text longer than [`MAX_ECHO_CHARS`] keeps its start
/// and its end around a `…`. Linear in the part of the text it looks at, whatever its length.
pub(crate) fn clip(text: &str) -> String {
    clip_to(text, MAX_ECHO_CHARS)
}

/// [`clip`] to at most `max` characters.
pub(crate) fn clip_to(text: &str, max: usize) -> String {
    fn escaped(c: char, out: &mut String) {
        let bidi = matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}');
        if c.is_control() || bidi {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    // Short enough once escaped: the whole text.
    let mut whole = String::new();
    let mut fits = true;
    for c in text.chars() {
        escaped(c, &mut whole);
        if whole.chars().count() > max {
            fits = false;
            break;
        }
    }
    if fits {
        return whole;
    }
    let budget = max.saturating_sub(1);
    let head_max = budget / 2;
    let tail_max = budget - head_max;
    let mut head = String::new();
    let mut piece = String::new();
    for c in text.chars() {
        piece.clear();
        escaped(c, &mut piece);
        if head.chars().count() + piece.chars().count() > head_max {
            break;
        }
        head.push_str(&piece);
    }
    let mut tail: Vec<String> = Vec::new();
    let mut tail_len = 0;
    for c in text.chars().rev() {
        let mut p = String::new();
        escaped(c, &mut p);
        let n = p.chars().count();
        if tail_len + n > tail_max {
            break;
        }
        tail_len += n;
        tail.push(p);
    }
    head.push('…');
    for p in tail.iter().rev() {
        head.push_str(p);
    }
    head
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Frame {
    /// Inside `{ … }`, before any `->`: an expression.
    Placeable,
    /// Inside `( … )`: call arguments, expressions.
    Call,
    /// After `->` inside `{ … }`: variants, whose values are text.
    Variants,
}

/// The 1-based line at which Fluent `text` nests placeables, selectors or call arguments more
/// than `limit` levels deep, or `None`.
///
/// One pass over the bytes, with a stack of at most `limit` frames. It never counts less nesting
/// than `fluent_syntax`'s recursive parser descends into: braces inside string literals and
/// comments are not counted, parentheses count only inside expressions, and the count restarts
/// only where the parser starts a new entry (a line beginning `id =` or `-id =`, or a comment
/// line), which no nesting can continue past. Text the parser rejects may be over-counted,
/// which only matters for files that are broken anyway.
pub(crate) fn nesting_too_deep(text: &str, limit: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut stack: Vec<Frame> = Vec::new();
    let mut line = 1;
    let mut in_string = false;
    let mut at_line_start = true;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if at_line_start {
            at_line_start = false;
            if b == b'#' || starts_entry(bytes.get(i..).unwrap_or_default()) {
                stack.clear();
                in_string = false;
            }
            if b == b'#' {
                // A comment line: skip to its end, braces and all.
                while bytes.get(i).is_some_and(|&c| c != b'\n') {
                    i += 1;
                }
                continue;
            }
        }
        let expression = matches!(stack.last(), Some(Frame::Placeable | Frame::Call));
        if in_string {
            match b {
                b'\\' if bytes.get(i + 1).is_some_and(|&c| c != b'\n') => i += 1,
                b'"' | b'\n' => in_string = false,
                _ => {}
            }
        } else if expression {
            match b {
                b'"' => in_string = true,
                b'{' | b'(' => {
                    if stack.len() >= limit {
                        return Some(line);
                    }
                    stack.push(if b == b'{' {
                        Frame::Placeable
                    } else {
                        Frame::Call
                    });
                }
                b')' if stack.last() == Some(&Frame::Call) => {
                    stack.pop();
                }
                b'}' if stack.last() == Some(&Frame::Placeable) => {
                    stack.pop();
                }
                b'-' if bytes.get(i + 1) == Some(&b'>')
                    && stack.last() == Some(&Frame::Placeable) =>
                {
                    stack.pop();
                    stack.push(Frame::Variants);
                    i += 1;
                }
                _ => {}
            }
        } else {
            // Text: a message value or a variant's value.
            match b {
                b'{' => {
                    if stack.len() >= limit {
                        return Some(line);
                    }
                    stack.push(Frame::Placeable);
                }
                b'}' if stack.last() == Some(&Frame::Variants) => {
                    stack.pop();
                }
                _ => {}
            }
        }
        if b == b'\n' {
            line += 1;
            at_line_start = true;
        }
        i += 1;
    }
    None
}

/// Whether `rest` (the start of a line) begins a Fluent entry: `id =` or `-id =`.
fn starts_entry(rest: &[u8]) -> bool {
    let rest = rest.strip_prefix(b"-").unwrap_or(rest);
    if !rest.first().is_some_and(u8::is_ascii_alphabetic) {
        return false;
    }
    let after_id = rest
        .iter()
        .position(|&c| !(c.is_ascii_alphanumeric() || c == b'_' || c == b'-'))
        .unwrap_or(rest.len());
    rest.get(after_id..)
        .unwrap_or_default()
        .iter()
        .find(|&&c| c != b' ')
        == Some(&b'=')
}

#[cfg(test)]
mod tests {
    use fluent_syntax::ast;
    use proptest::prelude::*;

    use super::{clip, clip_to, nesting_too_deep};

    /// Both compiled forms hold every data file a pack must hold, in the same order.
    #[test]
    fn compiled_forms_hold_the_data_files_in_order() {
        let json: Vec<&str> = super::COMPILED_DATA.iter().map(|(n, _)| *n).collect();
        let tokens: Vec<&str> = super::TOKEN_DATA.iter().map(|(n, _)| *n).collect();
        assert_eq!(json, super::DATA_FILES);
        assert_eq!(tokens, super::DATA_FILES);
        assert!(
            super::COMPILED_DATA
                .iter()
                .chain(&super::TOKEN_DATA)
                .all(|(_, t)| !t.is_empty())
        );
    }

    fn ast_depth(text: &str) -> usize {
        let resource = match fluent_syntax::parser::parse(text) {
            Ok(r) | Err((r, _)) => r,
        };
        resource
            .body
            .iter()
            .map(|e| match e {
                ast::Entry::Message(m) => m
                    .value
                    .iter()
                    .chain(m.attributes.iter().map(|a| &a.value))
                    .map(crate::catalog::ftl::nesting)
                    .max()
                    .unwrap_or(0),
                ast::Entry::Term(t) => std::iter::once(&t.value)
                    .chain(t.attributes.iter().map(|a| &a.value))
                    .map(crate::catalog::ftl::nesting)
                    .max()
                    .unwrap_or(0),
                _ => 0,
            })
            .max()
            .unwrap_or(0)
    }

    const TOKENS: &[&str] = &[
        "{", "{ ", "}", " }", "(", ")", "\"", "\\", "\\\"", "->", "->\n", "\n", "\n ", "\n    ",
        " ", "*[a] ", "[b] ", "$x", "F", "F(", "-t", "-t(", "a = ", "-t = ", "#", "# {", "x", "y:",
        ".attr = ", ",", "1", "\r\n", "}\n",
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4_000))]
        /// F1: the scan never counts less nesting than the parser builds.
        #[test]
        fn f1_scan_is_never_below_the_parsers_depth(
            tokens in prop::collection::vec(0..TOKENS.len(), 0..120),
            limit in 1usize..6,
        ) {
            let text: String = tokens.iter().filter_map(|&i| TOKENS.get(i).copied()).collect();
            if nesting_too_deep(&text, limit).is_none() {
                prop_assert!(ast_depth(&text) <= limit, "{text:?}");
            }
        }
    }

    #[test]
    fn f1_valid_nesting_is_measured_exactly() {
        for n in 1..10 {
            let text = format!("m = {}\"x\"{}\n", "{ ".repeat(n), " }".repeat(n));
            assert_eq!(ast_depth(&text), n);
            assert!(nesting_too_deep(&text, n).is_none());
            assert_eq!(nesting_too_deep(&text, n - 1), Some(1));
        }
    }

    #[test]
    fn f7_clip_escapes_and_bounds() {
        assert_eq!(clip("plain"), "plain");
        assert_eq!(clip("a\u{1b}[2Jb\n"), "a\\u{1b}[2Jb\\n");
        assert_eq!(clip("\u{202e}x"), "\\u{202e}x");
        let long = format!("{}{}", "a".repeat(1_000), "END");
        let c = clip(&long);
        assert_eq!(c.chars().count(), 80);
        assert!(c.starts_with("aaa") && c.ends_with("END") && c.contains('…'));
        let c = clip_to(&"\u{7}".repeat(100), 20);
        assert!(c.chars().count() <= 20, "{c}");
        assert!(!c.chars().any(char::is_control));
    }
}
