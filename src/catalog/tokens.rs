//! The token form of the builtin data (`data/compiled/*.tok`): what the builtin load reads.
//!
//! Generated from the TOML sources by this module's tests (`UPDATE_COMPILED=1 cargo test
//! compiled` regenerates it, with the JSON; the test fails while it differs), so that the builtin catalog does not
//! parse text: each raw structure is written as its fields, in the order they are declared,
//! and read back in that order, with no field names, no quoting and no escapes.
//!
//! Every value is a run of tokens:
//! - a number (an integer, a count, a length, a flag) is its decimal digits, `-` first if
//!   negative, then `;`;
//! - a string is its length in bytes as a number, then its bytes (any text: nothing is escaped);
//! - `true`/`false` are the numbers 1 and 0; an enum is the string serde names it by;
//! - an option is the number 0 (none) or 1 then the value; a list is its length then its
//!   elements; a table ([`SortedMap`]) its length then its keys and values;
//! - a list of strings ([`Strs`]) is a list like any other, kept as the text of its elements
//!   (checked once, split when used: a list costs no allocation) and its length.
//!
//! A new line may come before a structure (the writer puts one before each). Any
//! other input is an error with its byte offset, never a panic. The JSON (`compiled.rs`) stays
//! the compiled form of the builtin files that a [`ContentPack`](crate::ContentPack) built on the
//! builtin one reads; this form is only the builtin load's.

use std::fmt;

use super::raw::{
    CareFile, ConditionsFile, ExercisesFile, FactsFile, FindingsFile, PackFile, RawCare,
    RawCondition, RawExercise, RawFact, RawFinding, RawGroup, RawRedFlag, RawReference, RawRule,
    RawSource, RawTip, RedFlagsFile, ReferencesFile, RulesFile, SortedMap, Str, Strs,
};
use crate::model::ReviewStatus;
use crate::model::condition::Region;
use crate::model::exercise::Target;
use crate::model::reference::ReferenceKind;
use crate::model::rule::RuleKind;
use crate::{CareKind, Disposition};

/// Why a token file could not be read. The same shape as the JSON reader's error
/// (`compiled.rs`), kept apart on purpose: sharing that type measured 94 k more instructions a
/// builtin load (3 %, callgrind), the serde plumbing compiling differently.
#[derive(Debug)]
pub(crate) struct Error(String);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl serde::de::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Error(msg.to_string())
    }
}

fn fail<T>(what: &str) -> Result<T, Error> {
    Err(Error(what.to_owned()))
}

/// The decimal digits of `bytes` from `at`, at most 18 (so the value cannot overflow): their
/// value and the position after them (`at` when there is none).
#[inline(always)]
#[allow(clippy::inline_always)] // on the token reader's hot loops, like the reads below
fn digits(bytes: &[u8], mut at: usize) -> (i64, usize) {
    let start = at;
    let mut n: i64 = 0;
    while let Some(&b) = bytes.get(at) {
        if !b.is_ascii_digit() || at - start == 18 {
            break;
        }
        n = n * 10 + i64::from(b - b'0');
        at += 1;
    }
    (n, at)
}

/// A position in the text being read.
pub(crate) struct Tokens<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Tokens<'a> {
    /// A number: optional `-`, at most 18 digits (so that it cannot overflow), `;`.
    #[inline]
    fn int(&mut self) -> Result<i64, Error> {
        let bytes = self.text.as_bytes();
        let at = self.pos;
        // Most numbers are one digit (flags, short lists).
        if let Some(&[d, b';']) = bytes.get(at..at + 2) {
            if d.is_ascii_digit() {
                self.pos = at + 2;
                return Ok(i64::from(d - b'0'));
            }
        }
        self.long_int()
    }

    /// [`Tokens::int`] past its one-digit case.
    fn long_int(&mut self) -> Result<i64, Error> {
        let bytes = self.text.as_bytes();
        let mut at = self.pos;
        let negative = bytes.get(at) == Some(&b'-');
        if negative {
            at += 1;
        }
        let start = at;
        let (n, at) = digits(bytes, at);
        if at == start || bytes.get(at) != Some(&b';') {
            return fail("expected a number (at most 18 digits)");
        }
        self.pos = at + 1;
        Ok(if negative { -n } else { n })
    }

    /// The new line the writer puts before each structure, if there is one.
    #[inline]
    fn newline(&mut self) {
        if self.text.as_bytes().get(self.pos) == Some(&b'\n') {
            self.pos += 1;
        }
    }

    /// A number that must fit `T`.
    #[inline]
    fn num<T: TryFrom<i64>>(&mut self) -> Result<T, Error> {
        let n = self.int()?;
        T::try_from(n).map_err(|_| Error(format!("{n} is out of range")))
    }

    /// A count or a length.
    #[inline]
    fn len(&mut self) -> Result<usize, Error> {
        self.num()
    }

    /// A string, borrowed from the text.
    // Always inlined (as are `Option` and `Str`): read some 40,000 times a builtin load, where a
    // call costs a tenth of the reading (measured with callgrind).
    #[allow(clippy::inline_always)]
    #[inline(always)]
    fn str(&mut self) -> Result<&'a str, Error> {
        let n = self.len()?;
        let end = self.pos.saturating_add(n);
        match self.text.get(self.pos..end) {
            Some(s) => {
                self.pos = end;
                Ok(s)
            }
            None => fail("invalid string length"),
        }
    }

    /// A flag: 0 or 1.
    #[allow(clippy::inline_always)] // see `Tokens::str`
    #[inline(always)]
    fn flag(&mut self) -> Result<bool, Error> {
        match self.int()? {
            0 => Ok(false),
            1 => Ok(true),
            _ => fail("expected 0 or 1"),
        }
    }
}

/// Reads a value of a token file.
pub(crate) trait Read<'a>: Sized {
    fn read(t: &mut Tokens<'a>) -> Result<Self, Error>;
}

/// Reads one value from `text`, which must hold nothing else (but a final new line).
///
/// # Errors
///
/// The message and the byte offset where reading stopped.
pub(crate) fn from_str<'a, T: Read<'a>>(text: &'a str) -> Result<T, (Error, usize)> {
    let mut t = Tokens { text, pos: 0 };
    match T::read(&mut t) {
        Ok(v) => match text.get(t.pos..) {
            Some("" | "\n") => Ok(v),
            _ => Err((Error("trailing characters".to_owned()), t.pos)),
        },
        Err(e) => Err((e, t.pos)),
    }
}

impl<'a> Read<'a> for Str<'a> {
    #[allow(clippy::inline_always)] // see `Tokens::str`
    #[inline(always)]
    fn read(t: &mut Tokens<'a>) -> Result<Self, Error> {
        t.str().map(Str::borrowed)
    }
}

impl<'a> Read<'a> for String {
    #[inline]
    fn read(t: &mut Tokens<'a>) -> Result<Self, Error> {
        t.str().map(str::to_owned)
    }
}

impl<'a> Read<'a> for bool {
    #[inline]
    fn read(t: &mut Tokens<'a>) -> Result<Self, Error> {
        t.flag()
    }
}

macro_rules! numbers {
    ($($ty:ty),*) => {$(
        impl<'a> Read<'a> for $ty {
            #[inline]
            fn read(t: &mut Tokens<'a>) -> Result<Self, Error> {
                t.num()
            }
        }
    )*};
}
numbers!(u8, u16, i32, i64);

impl<'a, T: Read<'a>> Read<'a> for Option<T> {
    #[allow(clippy::inline_always)] // see `Tokens::str`
    #[inline(always)]
    fn read(t: &mut Tokens<'a>) -> Result<Self, Error> {
        if t.flag()? {
            T::read(t).map(Some)
        } else {
            Ok(None)
        }
    }
}

impl<'a, T: Read<'a>> Read<'a> for Vec<T> {
    #[inline]
    fn read(t: &mut Tokens<'a>) -> Result<Self, Error> {
        let n = t.len()?;
        // Room for all at once, but no more than the text could hold (a corrupt count).
        let mut v = Vec::with_capacity(n.min(t.text.len().saturating_sub(t.pos)));
        for _ in 0..n {
            v.push(T::read(t)?);
        }
        Ok(v)
    }
}

impl<'a> Read<'a> for [i64; 2] {
    #[inline]
    fn read(t: &mut Tokens<'a>) -> Result<Self, Error> {
        Ok([t.int()?, t.int()?])
    }
}

impl<'a> Read<'a> for Strs<'a> {
    #[inline]
    fn read(t: &mut Tokens<'a>) -> Result<Self, Error> {
        let len = t.len()?;
        let start = t.pos;
        // The strings are only skipped here (split when used): a tight loop over their lengths.
        let bytes = t.text.as_bytes();
        let mut at = start;
        for _ in 0..len {
            let first = at;
            let (n, end) = digits(bytes, at);
            at = end;
            if at == first || bytes.get(at) != Some(&b';') {
                t.pos = at;
                return fail("expected a string's length");
            }
            // Too long for this platform: past the end, so not a char boundary below.
            let n = usize::try_from(n).unwrap_or(usize::MAX);
            at = at.saturating_add(n).saturating_add(1);
            if !t.text.is_char_boundary(at) {
                return fail("invalid string length");
            }
        }
        t.pos = at;
        match t.text.get(start..at) {
            Some(text) => Ok(Strs::Tokens { text, len }),
            None => fail("invalid list of strings"),
        }
    }
}

impl<'a, K: Read<'a> + Ord, V: Read<'a>> Read<'a> for SortedMap<K, V> {
    #[inline]
    fn read(t: &mut Tokens<'a>) -> Result<Self, Error> {
        let n = t.len()?;
        let mut v = Vec::with_capacity(n.min(t.text.len().saturating_sub(t.pos)));
        for _ in 0..n {
            v.push((K::read(t)?, V::read(t)?));
        }
        Ok(SortedMap::from_entries(v))
    }
}

/// Enums: read by the name serde gives them, with serde (the same names as the TOML's).
macro_rules! enums {
    ($($ty:ty),*) => {$(
        impl<'a> Read<'a> for $ty {
            #[inline]
            fn read(t: &mut Tokens<'a>) -> Result<Self, Error> {
                let s = t.str()?;
                serde::Deserialize::deserialize(
                    serde::de::value::BorrowedStrDeserializer::<Error>::new(s),
                )
            }
        }
    )*};
}
enums!(
    ReviewStatus,
    RawSource,
    RuleKind,
    Disposition,
    Region,
    Target,
    CareKind,
    ReferenceKind
);

/// A structure: its fields in the order given (every field, in the order declared), read and
/// (for the generator) written.
macro_rules! fields {
    ($($name:ident $(<$a:lifetime>)? { $($field:ident),* $(,)? })*) => {$(
        impl<'a> Read<'a> for $name $(<$a>)? {
            #[inline]
            fn read(t: &mut Tokens<'a>) -> Result<Self, Error> {
                t.newline();
                Ok($name { $($field: Read::read(t)?,)* })
            }
        }
        #[cfg(test)]
        impl<'a> write::Write for $name $(<$a>)? {
            fn write(&self, out: &mut String) {
                // Each structure on a line of its own (the reader takes a new line there).
                out.push('\n');
                $(write::Write::write(&self.$field, out);)*
            }
        }
    )*};
}

fields! {
    PackFile { name, version }
    ReferencesFile<'a> { reference }
    RawReference<'a> { id, kind, authors, year, title, container, volume, issue, pages, doi, url }
    FindingsFile<'a> { finding }
    RawFinding<'a> {
        id, kind, source, screen, holds_floor, holds_floor_when, safety_net, checklist, implies, asked_when_advice, input, below,
        at_least, above, at_most, between, is, has, levels, of, from, unknown_counts_as_present,
        references, status, updated, reviewed, reviewer_role, next_review,
    }
    RedFlagsFile<'a> { red_flag }
    RawRedFlag<'a> {
        id, icd10, snomed, call_for_help, urgent_action, references, status, updated, reviewed,
        reviewer_role, next_review,
    }
    RulesFile<'a> { rule }
    RawGroup<'a> { of, min }
    RawRule<'a> {
        id, kind, red_flag, disposition, all, any, min_any, groups, score, at_least, withhold,
        cautions, unless_withheld, references, status, updated, reviewed, reviewer_role,
        next_review,
    }
    ConditionsFile<'a> { condition }
    RawCondition<'a> {
        id, icd10, snomed, region, advice_group, requires_any, supporting, against, min_score,
        exercises, care, facts, references, status, updated, reviewed, reviewer_role, next_review,
    }
    ExercisesFile<'a> { exercise }
    RawExercise<'a> {
        id, targets, sets, reps, hold_seconds, days_per_week, steps, tags, contraindications,
        from_article, references, status, updated, reviewed, reviewer_role, next_review,
    }
    CareFile<'a> { care, tip }
    RawCare<'a> {
        id, kind, tags, contraindications, references, status, updated, reviewed, reviewer_role,
        next_review,
    }
    RawTip<'a> {
        id, tags, contraindications, references, status, updated, reviewed, reviewer_role,
        next_review,
    }
    FactsFile<'a> { fact }
    RawFact<'a> { id, values, references, status, updated, reviewed, reviewer_role, next_review }
}

/// The writer of the token form, for the generator (the tests).
#[cfg(test)]
pub(crate) mod write {
    use std::borrow::Cow;

    use super::{SortedMap, Str, Strs};

    pub(crate) trait Write {
        fn write(&self, out: &mut String);
    }

    pub(crate) fn int(out: &mut String, n: i64) {
        out.push_str(&n.to_string());
        out.push(';');
    }

    pub(crate) fn str(out: &mut String, s: &str) {
        int(out, i64::try_from(s.len()).unwrap());
        out.push_str(s);
    }

    impl Write for Str<'_> {
        fn write(&self, out: &mut String) {
            str(out, self);
        }
    }
    impl Write for String {
        fn write(&self, out: &mut String) {
            str(out, self);
        }
    }
    impl Write for bool {
        fn write(&self, out: &mut String) {
            int(out, i64::from(*self));
        }
    }
    macro_rules! numbers {
        ($($ty:ty),*) => {$(
            impl Write for $ty {
                fn write(&self, out: &mut String) {
                    int(out, i64::from(*self));
                }
            }
        )*};
    }
    numbers!(u8, u16, i32, i64);

    impl<T: Write> Write for Option<T> {
        fn write(&self, out: &mut String) {
            match self {
                None => int(out, 0),
                Some(v) => {
                    int(out, 1);
                    v.write(out);
                }
            }
        }
    }
    impl<T: Write> Write for Vec<T> {
        fn write(&self, out: &mut String) {
            int(out, i64::try_from(self.len()).unwrap());
            for v in self {
                v.write(out);
            }
        }
    }
    impl Write for [i64; 2] {
        fn write(&self, out: &mut String) {
            int(out, self[0]);
            int(out, self[1]);
        }
    }
    impl Write for Strs<'_> {
        fn write(&self, out: &mut String) {
            int(out, i64::try_from(self.len()).unwrap());
            for s in self {
                str(out, s);
            }
        }
    }
    impl<K: Write, V: Write> Write for SortedMap<K, V> {
        fn write(&self, out: &mut String) {
            int(out, i64::try_from(self.len()).unwrap());
            for (k, v) in self.iter() {
                k.write(out);
                v.write(out);
            }
        }
    }
    /// An enum: the name serde gives it.
    pub(crate) fn name<T: serde::Serialize>(v: &T) -> Cow<'static, str> {
        match serde_json::to_value(v).unwrap() {
            serde_json::Value::String(s) => Cow::Owned(s),
            other => panic!("not a unit variant: {other}"),
        }
    }
    macro_rules! enums {
        ($($ty:ty),*) => {$(
            impl Write for $ty {
                fn write(&self, out: &mut String) {
                    str(out, &name(self));
                }
            }
        )*};
    }
    enums!(
        crate::model::ReviewStatus,
        super::RawSource,
        crate::model::rule::RuleKind,
        crate::Disposition,
        crate::model::condition::Region,
        crate::model::exercise::Target,
        crate::CareKind,
        crate::model::reference::ReferenceKind
    );
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::write::Write;
    use super::*;

    /// The token form of one data file, from its TOML text.
    fn generate(name: &str, toml_text: &str) -> String {
        fn one<'a, T: serde::Deserialize<'a> + Write>(text: &'a str) -> String {
            let v: T = toml::from_str(text).unwrap();
            let mut out = String::new();
            v.write(&mut out);
            out.push('\n');
            out
        }
        match name {
            "pack" => one::<PackFile>(toml_text),
            "references" => one::<ReferencesFile<'_>>(toml_text),
            "findings" => one::<FindingsFile<'_>>(toml_text),
            "red_flags" => one::<RedFlagsFile<'_>>(toml_text),
            "rules" => one::<RulesFile<'_>>(toml_text),
            "conditions" => one::<ConditionsFile<'_>>(toml_text),
            "exercises" => one::<ExercisesFile<'_>>(toml_text),
            "care" => one::<CareFile<'_>>(toml_text),
            "facts" => one::<FactsFile<'_>>(toml_text),
            _ => panic!("unknown data file {name}"),
        }
    }

    /// `data/compiled/*.tok` is what the TOML sources give; `UPDATE_COMPILED=1 cargo test
    /// compiled` regenerates it. (That the builtin load, which reads it, gives the catalog the
    /// TOML gives is `tests/compiled_data.rs`'s `the_compiled_form_gives_the_catalog_the_toml_gives`.)
    #[test]
    fn compiled_token_files_match_the_toml_sources() {
        let root = env!("CARGO_MANIFEST_DIR");
        let mut stale = Vec::new();
        for file in crate::catalog::pack::DATA_FILES {
            let name = file.trim_end_matches(".toml");
            let toml_text = std::fs::read_to_string(format!("{root}/data/{name}.toml")).unwrap();
            let tokens = generate(name, &toml_text);
            let path = format!("{root}/data/compiled/{name}.tok");
            if std::env::var_os("UPDATE_COMPILED").is_some() {
                std::fs::write(&path, &tokens).unwrap();
            } else if std::fs::read_to_string(&path).unwrap_or_default() != tokens {
                stale.push(name);
            }
        }
        assert!(
            stale.is_empty(),
            "data/compiled/*.tok is stale for {stale:?}: run UPDATE_COMPILED=1 cargo test compiled"
        );
    }

    #[test]
    fn reads_what_it_writes() {
        let text = r#"
[[rule]]
id = "a"
kind = "red_flag"
red_flag = "x"
disposition = "emergency"
all = ["p", "q\"r"]
any = ["s", "t"]
min_any = 1
groups = [{ of = ["u", "v"], min = 2 }, { of = ["w"] }]
score = { b = 2, a = 3 }
at_least = 4
references = ["é"]
status = "draft"
updated = "2026-01-01"
reviewer_role = "line\nbreak; 3:"
"#;
        let tokens = generate("rules", text);
        let f: RulesFile<'_> = from_str(&tokens).unwrap();
        let r = &f.rule[0];
        assert_eq!(&*r.id, "a");
        assert_eq!(r.kind, RuleKind::RedFlag);
        assert_eq!(r.red_flag.as_deref(), Some("x"));
        assert_eq!(r.disposition, Some(Disposition::Emergency));
        assert!(matches!(r.all, Strs::Tokens { len: 2, .. }));
        assert_eq!(r.all.len(), 2);
        assert_eq!(r.all.iter().collect::<Vec<_>>(), ["p", "q\"r"]);
        assert!(matches!(r.any, Strs::Tokens { len: 2, .. }));
        assert_eq!(r.any.iter().collect::<Vec<_>>(), ["s", "t"]);
        assert_eq!(r.min_any, Some(1));
        assert_eq!(r.groups.len(), 2);
        assert_eq!(r.groups[0].min, Some(2));
        assert_eq!(r.groups[1].of.iter().collect::<Vec<_>>(), ["w"]);
        let score: Vec<(&str, u8)> = r.score.iter().map(|(k, v)| (&**k, *v)).collect();
        assert_eq!(score, [("a", 3), ("b", 2)]);
        assert_eq!(r.at_least, Some(4));
        assert_eq!(r.references.iter().collect::<Vec<_>>(), ["é"]);
        assert_eq!(r.reviewer_role.as_deref(), Some("line\nbreak; 3:"));
        assert!(r.withhold.is_empty());
        // The same bytes again.
        let mut again = String::new();
        f.write(&mut again);
        again.push('\n');
        assert_eq!(again, tokens);
    }

    #[test]
    fn malformed_input_is_an_error_with_its_position() {
        for bad in [
            "",
            "5;abc",
            "3;abc",
            "3;abc4;1.0.0x",
            "3;abc9;1.0.0",
            "3;ab",
            "x;abc5;1.0.0",
            "-3;abc5;1.0.0",
            "99999999999999999999;a",
        ] {
            assert!(from_str::<PackFile>(bad).is_err(), "{bad:?}");
        }
        // A multi-byte character cut in two.
        assert!(from_str::<PackFile>("1;é5;1.0.0").is_err());
        assert!(from_str::<PackFile>("2;é5;1.0.0").is_ok());
        // An unknown enum name.
        let (e, pos) = from_str::<RulesFile<'_>>("1;\n1;a4;nope").err().unwrap();
        assert!(e.to_string().contains("nope"), "{e}");
        assert!(pos > 0);
    }

    proptest! {
        /// Any text, and any cut of a valid file, is read or refused without a panic.
        #[test]
        fn never_panics(text in ".{0,200}", cut in 0usize..400) {
            let _ = from_str::<RulesFile<'_>>(&text);
            let _ = from_str::<FindingsFile<'_>>(&text);
            let valid = generate("rules", "[[rule]]\nid = \"a\"\nkind = \"referral\"\nall = [\"x\", \"y\"]\ngroups = [{ of = [\"p\", \"q\"], min = 1 }]\nscore = { s = 2 }\nreferences = [\"r\"]\nstatus = \"draft\"\nupdated = \"2026-01-01\"\n");
            let cut = cut.min(valid.len());
            if let Some(prefix) = valid.get(..cut) {
                let _ = from_str::<RulesFile<'_>>(prefix);
            }
            prop_assert!(from_str::<RulesFile<'_>>(&valid).is_ok());
        }
    }
}
