//! A negotiated locale: the chain of bundles a message is looked up in.

use std::fmt;

/// A locale negotiated by [`Localizer::negotiate`](crate::Localizer::negotiate) (or, from an
/// HTTP header, [`Localizer::negotiate_accept_language`](crate::Localizer::negotiate_accept_language)):
/// the tag that was asked for and the ordered chain of available locales to take each message
/// from (the locale, its ancestors, then English).
///
/// ```
/// let loc = lowback::Localizer::builtin();
/// let fr_ca = loc.negotiate("fr-CA")?;
/// assert_eq!(fr_ca.chain().collect::<Vec<_>>(), ["fr-CA", "fr", "en"]);
/// let de = loc.negotiate("de-DE")?;
/// assert!(de.is_fallback()); // no German: English, and the caller is told
/// assert_eq!(de.primary(), "en");
/// # Ok::<(), lowback::LocaleError>(())
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct Locale {
    pub(crate) requested: String,
    pub(crate) chain: Vec<usize>,
    pub(crate) tags: Vec<String>,
    pub(crate) fallback: bool,
}

impl Locale {
    /// The tag that was asked for.
    #[must_use]
    pub fn requested(&self) -> &str {
        &self.requested
    }

    /// The tag of the first locale in the chain (the one most messages come from).
    #[must_use]
    pub fn primary(&self) -> &str {
        self.tags.first().map_or("en", String::as_str)
    }

    /// The chain of locale tags, best first.
    pub fn chain(&self) -> impl Iterator<Item = &str> + '_ {
        self.tags.iter().map(String::as_str)
    }

    /// Whether no available locale matched the requested language, so English is used.
    #[must_use]
    pub fn is_fallback(&self) -> bool {
        self.fallback
    }
}

impl fmt::Debug for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Locale")
            .field("requested", &self.requested)
            .field("chain", &self.tags)
            .field("fallback", &self.fallback)
            .finish()
    }
}

impl fmt::Display for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.primary())
    }
}
