//! Bibliographic references.

use crate::model::ReferenceId;
use std::borrow::Cow;

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
/// Its texts are `Cow<'static, str>`: borrowed from the crate's embedded data when the reference
/// comes from the builtin pack (a catalog load then copies none of them), owned when
/// it comes from an app's file. Read them as `&str`: `&*r.title`, `r.title.as_ref()`.
///
/// ```
/// let catalog = lowback::Catalog::builtin();
/// let r = catalog.reference("downie_2013".parse()?).expect("builtin reference");
/// assert!(r.citation().contains("BMJ"));
/// assert!(r.citation().contains("doi:10.1136/bmj.f7095"));
/// # Ok::<(), lowback::IdError>(())
/// ```
#[derive(Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Reference {
    /// Stable id.
    pub id: ReferenceId,
    /// Kind of work.
    pub kind: ReferenceKind,
    /// Authors, "Family Initials", in order; an organisation is one entry.
    pub authors: Vec<Cow<'static, str>>,
    /// Year of publication.
    pub year: u16,
    /// Title.
    pub title: Cow<'static, str>,
    /// Journal, book, website or publisher.
    pub container: Cow<'static, str>,
    /// Volume, if any.
    pub volume: Option<Cow<'static, str>>,
    /// Issue, if any.
    pub issue: Option<Cow<'static, str>>,
    /// Pages or article number, if any.
    pub pages: Option<Cow<'static, str>>,
    /// DOI without the resolver prefix, if any.
    pub doi: Option<Cow<'static, str>>,
    /// URL, if any.
    pub url: Option<Cow<'static, str>>,
    /// The citation, made on first use (most loads never show most references).
    pub(crate) citation: Citation,
}

/// A reference's citation text, made from its other fields on first use and kept: a catalog load
/// does not format (and allocate) one per reference. Equal whenever the references' other
/// fields are, so it takes no part in comparisons.
#[derive(Clone, Default)]
pub(crate) struct Citation(std::sync::OnceLock<String>);

impl PartialEq for Citation {
    fn eq(&self, _: &Citation) -> bool {
        true
    }
}

impl Eq for Citation {}

/// As derived, the citation included (made if it was not yet).
impl std::fmt::Debug for Reference {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Reference")
            .field("id", &self.id)
            .field("kind", &self.kind)
            .field("authors", &self.authors)
            .field("year", &self.year)
            .field("title", &self.title)
            .field("container", &self.container)
            .field("volume", &self.volume)
            .field("issue", &self.issue)
            .field("pages", &self.pages)
            .field("doi", &self.doi)
            .field("url", &self.url)
            .field("citation", &self.citation())
            .finish()
    }
}

/// As derived, the citation included (made if it was not yet).
impl serde::Serialize for Reference {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Reference", 12)?;
        st.serialize_field("id", &self.id)?;
        st.serialize_field("kind", &self.kind)?;
        st.serialize_field("authors", &self.authors)?;
        st.serialize_field("year", &self.year)?;
        st.serialize_field("title", &self.title)?;
        st.serialize_field("container", &self.container)?;
        st.serialize_field("volume", &self.volume)?;
        st.serialize_field("issue", &self.issue)?;
        st.serialize_field("pages", &self.pages)?;
        st.serialize_field("doi", &self.doi)?;
        st.serialize_field("url", &self.url)?;
        st.serialize_field("citation", self.citation())?;
        st.end()
    }
}

impl Reference {
    /// A one-line citation in Vancouver-like style: authors (at most six, then "et al."), title,
    /// container, year, volume(issue):pages, DOI or URL.
    #[must_use]
    pub fn citation(&self) -> &str {
        self.citation.0.get_or_init(|| self.format_citation())
    }

    pub(crate) fn format_citation(&self) -> String {
        // Pieces pushed as they are (no `write!`: the formatting machinery cost more than the
        // copying, for every reference of every catalog load).
        // Room for every piece at once (an upper bound): growing the string would copy it.
        let optional = [&self.volume, &self.issue, &self.pages, &self.doi, &self.url];
        let room = self
            .authors
            .iter()
            .take(6)
            .map(|a| a.len() + 2)
            .sum::<usize>()
            + self.title.len()
            + self.container.len()
            + optional
                .iter()
                .filter_map(|o| o.as_ref())
                .map(|t| t.len())
                .sum::<usize>()
            + 32;
        let mut s = String::with_capacity(room);
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
        s.push_str(". ");
        push_number(&mut s, self.year);
        if let Some(v) = &self.volume {
            s.push(';');
            s.push_str(v);
        }
        if let Some(i) = &self.issue {
            s.push('(');
            s.push_str(i);
            s.push(')');
        }
        if let Some(p) = &self.pages {
            s.push(':');
            s.push_str(p);
        }
        s.push('.');
        if let Some(d) = &self.doi {
            s.push_str(" doi:");
            s.push_str(d);
        } else if let Some(u) = &self.url {
            s.push(' ');
            s.push_str(u);
        }
        s
    }
}

/// Pushes the decimal digits of `n` (what `Display` writes).
fn push_number(s: &mut String, n: u16) {
    let mut digits = [0u8; 5];
    let mut at = digits.len();
    let mut n = n;
    loop {
        at -= 1;
        if let Some(d) = digits.get_mut(at) {
            *d = b'0' + u8::try_from(n % 10).unwrap_or(0);
        }
        n /= 10;
        if n == 0 || at == 0 {
            break;
        }
    }
    for &d in digits.get(at..).unwrap_or_default() {
        s.push(char::from(d));
    }
}

#[cfg(test)]
mod tests {
    /// A citation made on first use: the same whether made or not yet, in comparisons, in
    /// `Debug` and in the serialized form.
    #[test]
    fn citation_is_made_on_first_use_and_changes_nothing_else() {
        let (a, b) = (
            crate::Catalog::load_builtin().unwrap(),
            crate::Catalog::load_builtin().unwrap(),
        );
        let (ra, rb) = (&a.references()[0], &b.references()[0]);
        assert!(ra.citation.0.get().is_none());
        let json = serde_json::to_value(rb).unwrap();
        assert!(rb.citation.0.get().is_some());
        assert_eq!(ra, rb);
        assert_eq!(json["citation"], rb.citation());
        assert_eq!(json.as_object().unwrap().len(), 12);
        assert_eq!(format!("{ra:?}"), format!("{rb:?}"));
        assert!(format!("{ra:?}").contains(&format!("citation: {:?}", ra.format_citation())));
        assert_eq!(ra.citation(), ra.format_citation());
    }

    #[test]
    fn push_number_writes_what_display_does() {
        for n in [0u16, 7, 10, 99, 2012, 9999, 10000, u16::MAX] {
            let mut s = String::new();
            super::push_number(&mut s, n);
            assert_eq!(s, n.to_string());
        }
    }
}
