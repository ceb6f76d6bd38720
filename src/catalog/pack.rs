//! Content packs: the data and Fluent texts a catalog and a localizer are built from.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

use fluent::FluentResource;

use crate::error::{ContentError, ContentProblem};

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
macro_rules! compiled_data {
    ($($name:literal),*) => {
        [ $( (concat!($name, ".toml"), include_str!(concat!("../../data/compiled/", $name, ".json"))), )* ]
    };
}

/// The builtin data files as JSON, generated from the TOML sources (`tests/compiled_data.rs` checks
/// that they match and regenerates them): JSON parses several times faster than TOML, which keeps
/// the cold start of the builtin catalog short. The TOML stays the source of truth.
const COMPILED_DATA: [(&str, &str); 9] = compiled_data!(
    "pack",
    "references",
    "findings",
    "red_flags",
    "rules",
    "conditions",
    "exercises",
    "care",
    "facts"
);
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

static BUILTIN_PACK: std::sync::LazyLock<ContentPack> =
    std::sync::LazyLock::new(ContentPack::parse_builtin);

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
    pub(crate) locales: BTreeMap<String, Vec<FtlFile>>,
    pub(crate) problems: Vec<ContentProblem>,
    /// The locale comparison, computed on first use and shared by the catalog and the localizer.
    pub(crate) locale_check: std::sync::OnceLock<Arc<crate::catalog::ftl::LocaleCheck>>,
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

    pub(crate) fn parse_builtin() -> Self {
        let mut pack = Self::new();
        for (name, text) in BUILTIN_DATA {
            pack.add_data(name, text);
        }
        pack.compiled = COMPILED_DATA
            .iter()
            .map(|(n, j)| ((*n).to_owned(), *j))
            .collect();
        for (loc, name, text) in BUILTIN_EN
            .iter()
            .chain(&BUILTIN_EN_REGIONS)
            .chain(&BUILTIN_FR)
            .chain(&BUILTIN_FR_CA)
        {
            pack.add_ftl(loc, name, text);
        }
        pack
    }

    /// Reads a pack from a directory laid out like the crate's: `DIR/data/*.toml` and
    /// `DIR/locales/<tag>/*.ftl`.
    ///
    /// # Errors
    ///
    /// A [`ContentError`] listing every file that could not be read.
    pub fn from_dir(dir: impl AsRef<Path>) -> Result<Self, ContentError> {
        let dir = dir.as_ref();
        let mut pack = Self::new();
        let mut problems = Vec::new();
        let io = |file: &Path, e: std::io::Error| ContentProblem::Io {
            file: file.display().to_string(),
            message: e.to_string(),
        };
        for name in DATA_FILES {
            let path = dir.join("data").join(name);
            match std::fs::read_to_string(&path) {
                Ok(text) => {
                    pack.add_data(name, &text);
                }
                Err(e) => problems.push(io(&path, e)),
            }
        }
        let locales = dir.join("locales");
        match std::fs::read_dir(&locales) {
            Ok(entries) => {
                let mut dirs: Vec<_> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
                dirs.sort();
                for loc_dir in dirs.iter().filter(|p| p.is_dir()) {
                    let Some(tag) = loc_dir.file_name().and_then(|n| n.to_str()) else {
                        continue;
                    };
                    let mut files: Vec<_> = match std::fs::read_dir(loc_dir) {
                        Ok(e) => e.filter_map(Result::ok).map(|e| e.path()).collect(),
                        Err(e) => {
                            problems.push(io(loc_dir, e));
                            continue;
                        }
                    };
                    files.sort();
                    for file in files
                        .iter()
                        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
                    {
                        let name = file
                            .file_name()
                            .and_then(|n| n.to_str())
                            .unwrap_or_default();
                        match std::fs::read_to_string(file) {
                            Ok(text) => {
                                pack.add_ftl(tag, name, &text);
                            }
                            Err(e) => problems.push(io(file, e)),
                        }
                    }
                }
            }
            Err(e) => problems.push(io(&locales, e)),
        }
        if problems.is_empty() {
            Ok(pack)
        } else {
            Err(ContentError { problems })
        }
    }

    /// Adds (or replaces) a data file, such as `conditions.toml`.
    pub fn add_data(&mut self, name: &str, text: &str) -> &mut Self {
        self.compiled.remove(name);
        self.data.insert(name.to_owned(), text.to_owned());
        self
    }

    /// Appends TOML text to a data file (creating it if needed): a way to add items to the
    /// builtin pack.
    pub fn append_data(&mut self, name: &str, text: &str) -> &mut Self {
        self.compiled.remove(name);
        self.data.entry(name.to_owned()).or_default().push_str(text);
        self
    }

    /// Adds a Fluent file to a locale (`en`, `fr`, `fr-CA` …), parsing it now. Syntax errors are
    /// kept and reported by [`Catalog::from_pack`](crate::Catalog::from_pack) and
    /// [`Localizer::from_pack`](crate::Localizer::from_pack).
    pub fn add_ftl(&mut self, locale: &str, name: &str, text: &str) -> &mut Self {
        self.locale_check = std::sync::OnceLock::new();
        let resource = match FluentResource::try_new(text.to_owned()) {
            Ok(r) => r,
            Err((r, errors)) => {
                for e in errors {
                    self.problems.push(ContentProblem::FtlSyntax {
                        locale: locale.to_owned(),
                        file: name.to_owned(),
                        line: line_of(text, e.slice.as_ref().map_or(e.pos.start, |s| s.start)),
                        message: e.kind.to_string(),
                    });
                }
                r
            }
        };
        self.locales
            .entry(locale.to_owned())
            .or_default()
            .push(FtlFile {
                name: name.to_owned(),
                resource: Arc::new(resource),
            });
        self
    }

    /// Removes a data file (to replace a builtin file wholesale, or to leave it out).
    pub fn remove_data(&mut self, name: &str) -> &mut Self {
        self.compiled.remove(name);
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
