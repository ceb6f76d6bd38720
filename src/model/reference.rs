//! Bibliographic references.

use std::fmt::Write as _;

use crate::model::ReferenceId;

/// What kind of work a [`Reference`] is.
///
/// ```
/// let r = lowback::Catalog::builtin().reference("nice_ng59".parse()?).unwrap();
/// assert_eq!(r.kind, lowback::ReferenceKind::Guideline);
/// # Ok::<(), lowback::IdError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ReferenceKind {
    /// A journal article.
    Article,
    /// A clinical guideline.
    Guideline,
    /// A chapter of a book (StatPearls, for example).
    BookChapter,
    /// A web page.
    WebPage,
    /// A report or data brief.
    Report,
}

/// A bibliographic record, cited by content items and rules.
///
/// ```
/// let catalog = lowback::Catalog::builtin();
/// let r = catalog.reference("downie_2013".parse()?).expect("builtin reference");
/// assert!(r.citation().contains("BMJ"));
/// assert!(r.citation().contains("doi:10.1136/bmj.f7095"));
/// # Ok::<(), lowback::IdError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[non_exhaustive]
pub struct Reference {
    /// Stable id.
    pub id: ReferenceId,
    /// Kind of work.
    pub kind: ReferenceKind,
    /// Authors, "Family Initials", in order; an organisation is one entry.
    pub authors: Vec<String>,
    /// Year of publication.
    pub year: u16,
    /// Title.
    pub title: String,
    /// Journal, book, website or publisher.
    pub container: String,
    /// Volume, if any.
    pub volume: Option<String>,
    /// Issue, if any.
    pub issue: Option<String>,
    /// Pages or article number, if any.
    pub pages: Option<String>,
    /// DOI without the resolver prefix, if any.
    pub doi: Option<String>,
    /// URL, if any.
    pub url: Option<String>,
    pub(crate) citation: String,
}

impl Reference {
    /// A one-line citation in Vancouver-like style: authors (at most six, then "et al."), title,
    /// container, year, volume(issue):pages, DOI or URL.
    #[must_use]
    pub fn citation(&self) -> &str {
        &self.citation
    }

    pub(crate) fn format_citation(&self) -> String {
        let mut s = String::with_capacity(160);
        let shown = self.authors.iter().take(6);
        for (i, a) in shown.enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            s.push_str(a);
        }
        if self.authors.len() > 6 {
            s.push_str(", et al");
        }
        if !self.authors.is_empty() {
            s.push_str(". ");
        }
        s.push_str(self.title.trim_end_matches('.'));
        s.push_str(". ");
        s.push_str(&self.container);
        let _ = write!(s, ". {}", self.year);
        if let Some(v) = &self.volume {
            let _ = write!(s, ";{v}");
        }
        if let Some(i) = &self.issue {
            let _ = write!(s, "({i})");
        }
        if let Some(p) = &self.pages {
            let _ = write!(s, ":{p}");
        }
        s.push('.');
        if let Some(d) = &self.doi {
            let _ = write!(s, " doi:{d}");
        } else if let Some(u) = &self.url {
            let _ = write!(s, " {u}");
        }
        s
    }
}
