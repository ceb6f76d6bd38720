//! Bibliographic references.

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
                .map(String::len)
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
    #[test]
    fn push_number_writes_what_display_does() {
        for n in [0u16, 7, 10, 99, 2012, 9999, 10000, u16::MAX] {
            let mut s = String::new();
            super::push_number(&mut s, n);
            assert_eq!(s, n.to_string());
        }
    }
}
