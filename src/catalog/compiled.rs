//! The reader of the compiled data files (`data/compiled/*.json`).
//!
//! They are JSON, generated from the TOML sources by `tests/compiled_data.rs`, in a lean shape:
//! each array of tables is one object `{"count": n, "columns": [names], "rows": [[values] …]}`,
//! a row giving its values in the order of `columns` (`null` for a key the item lacks, and the
//! row may end before the last column: the other keys are absent too). Column
//! names are read once per table, not once per item, and the count sizes the list at once.
//!
//! The reader is a [`serde::Deserializer`] for that subset of JSON (strings, integers, booleans,
//! `null`, arrays, objects), so the TOML path and this one fill the same raw structs, with the
//! same field checks (`deny_unknown_fields`, required fields, enum values). Strings without
//! escapes are borrowed from the embedded text. Any other input is an error, never a panic.

use std::borrow::Cow;
use std::fmt;

use serde::de::{self, DeserializeSeed, IntoDeserializer, Visitor};

use super::raw::STRS_TOKEN;

/// Why a compiled file could not be read.
#[derive(Debug)]
pub(crate) struct Error(String);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl de::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Error(msg.to_string())
    }
}

/// Reads one value from `text`, which must hold nothing else.
///
/// # Errors
///
/// The message and the byte offset where reading stopped.
pub(crate) fn from_str<'de, T: serde::Deserialize<'de>>(
    text: &'de str,
) -> Result<T, (Error, usize)> {
    let mut r = Reader { text, pos: 0 };
    match T::deserialize(&mut r) {
        Ok(v) => {
            if r.peek().is_some() {
                Err((Error("trailing characters".to_owned()), r.pos))
            } else {
                Ok(v)
            }
        }
        Err(e) => Err((e, r.pos)),
    }
}

/// The position of the first `"` or `\\` in `bytes` at or after `from`, eight bytes at a time
/// (the strings of the compiled form are long enough for it to pay).
fn quote_or_backslash(bytes: &[u8], from: usize) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    const QUOTES: u64 = ONES * b'"' as u64;
    const BACKSLASHES: u64 = ONES * b'\\' as u64;
    let rest = bytes.get(from..)?;
    let mut words = rest.chunks_exact(8);
    let mut at = from;
    for chunk in &mut words {
        let mut w = [0u8; 8];
        w.copy_from_slice(chunk);
        let w = u64::from_le_bytes(w);
        let (q, b) = (w ^ QUOTES, w ^ BACKSLASHES);
        // A zero byte of `q` or `b` is a match; the lowest flagged byte is always a true one.
        let found = (q.wrapping_sub(ONES) & !q | b.wrapping_sub(ONES) & !b) & HIGHS;
        if found != 0 {
            return Some(at + (found.trailing_zeros() / 8) as usize);
        }
        at += 8;
    }
    words
        .remainder()
        .iter()
        .position(|&b| b == b'"' || b == b'\\')
        .map(|n| at + n)
}

/// An error saying what was expected.
fn fail<T>(what: &str) -> Result<T, Error> {
    Err(Error(what.to_owned()))
}

/// A position in the text being read.
pub(crate) struct Reader<'de> {
    text: &'de str,
    pos: usize,
}

impl<'de> Reader<'de> {
    /// The next byte that is not white space, without taking it.
    #[inline]
    fn peek(&mut self) -> Option<u8> {
        let bytes = self.text.as_bytes();
        // Most often no white space: one comparison.
        if let Some(&b) = bytes.get(self.pos) {
            if b > b' ' {
                return Some(b);
            }
        }
        while let Some(&b) = bytes.get(self.pos) {
            if matches!(b, b' ' | b'\n' | b'\r' | b'\t') {
                self.pos += 1;
            } else {
                return Some(b);
            }
        }
        None
    }

    fn expect(&mut self, c: u8) -> Result<(), Error> {
        if self.peek() == Some(c) {
            self.pos += 1;
            Ok(())
        } else {
            Err(Error(format!("expected `{}`", char::from(c))))
        }
    }

    fn literal(&mut self, word: &str) -> Result<(), Error> {
        let end = self.pos + word.len();
        if self.text.get(self.pos..end) == Some(word) {
            self.pos = end;
            Ok(())
        } else {
            fail("expected a value")
        }
    }

    /// Takes `null` if it comes next.
    fn null(&mut self) -> Result<bool, Error> {
        if self.peek() == Some(b'n') {
            self.literal("null")?;
            Ok(true)
        } else {
            Ok(false)
        }
    }

    /// Takes the separator before the next element of an array or object, or sees its end.
    fn more(&mut self, close: u8, first: &mut bool) -> Result<bool, Error> {
        if self.peek() == Some(close) {
            return Ok(false);
        }
        if *first {
            *first = false;
        } else {
            self.expect(b',')?;
        }
        Ok(true)
    }

    #[inline]
    fn string(&mut self) -> Result<Cow<'de, str>, Error> {
        let bytes = self.text.as_bytes();
        if bytes.get(self.pos) == Some(&b'"') {
            self.pos += 1;
        } else {
            self.expect(b'"')?;
        }
        let start = self.pos;
        let Some(end) = quote_or_backslash(bytes, start) else {
            return fail("unterminated string");
        };
        let Some(head) = self.text.get(start..end) else {
            return fail("invalid string");
        };
        if bytes.get(end) == Some(&b'"') {
            self.pos = end + 1;
            return Ok(Cow::Borrowed(head));
        }
        self.pos = end;
        self.escaped(head).map(Cow::Owned)
    }

    /// The rest of a string with escapes (rare: an owned copy), after its escape-free `head`.
    #[cold]
    #[inline(never)]
    fn escaped(&mut self, head: &str) -> Result<String, Error> {
        let bytes = self.text.as_bytes();
        let mut out = head.to_owned();
        loop {
            let Some(&b) = bytes.get(self.pos) else {
                return fail("unterminated string");
            };
            match b {
                b'"' => {
                    self.pos += 1;
                    return Ok(out);
                }
                b'\\' => {
                    let Some(&e) = bytes.get(self.pos + 1) else {
                        return fail("unterminated string");
                    };
                    self.pos += 2;
                    match e {
                        b'"' => out.push('"'),
                        b'\\' => out.push('\\'),
                        b'/' => out.push('/'),
                        b'b' => out.push('\u{8}'),
                        b'f' => out.push('\u{c}'),
                        b'n' => out.push('\n'),
                        b'r' => out.push('\r'),
                        b't' => out.push('\t'),
                        b'u' => {
                            let c = self.unicode_escape()?;
                            out.push(c);
                        }
                        _ => return fail("invalid escape"),
                    }
                }
                _ => {
                    // Up to the next quote or backslash, in one piece.
                    let from = self.pos;
                    let end = quote_or_backslash(bytes, from);
                    let Some(piece) = end.and_then(|end| self.text.get(from..end)) else {
                        return fail("unterminated string");
                    };
                    out.push_str(piece);
                    self.pos = from + piece.len();
                }
            }
        }
    }

    fn hex4(&mut self) -> Result<u32, Error> {
        let digits = self
            .text
            .get(self.pos..self.pos + 4)
            .and_then(|h| u32::from_str_radix(h, 16).ok());
        match digits {
            Some(v) => {
                self.pos += 4;
                Ok(v)
            }
            None => fail("invalid \\u escape"),
        }
    }

    /// The character of a `\u` escape whose `\u` was taken, with its low surrogate if any.
    fn unicode_escape(&mut self) -> Result<char, Error> {
        let hi = self.hex4()?;
        let code = if (0xD800..0xDC00).contains(&hi) {
            self.literal("\\u")?;
            let lo = self.hex4()?;
            if !(0xDC00..0xE000).contains(&lo) {
                return fail("invalid surrogate pair");
            }
            0x1_0000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)
        } else {
            hi
        };
        match char::from_u32(code) {
            Some(c) => Ok(c),
            None => fail("invalid \\u escape"),
        }
    }

    /// An integer (the compiled form has no fractions or exponents).
    fn number<V: Visitor<'de>>(&mut self, visitor: V) -> Result<V::Value, Error> {
        let start = self.pos;
        let bytes = self.text.as_bytes();
        let mut end = start;
        if bytes.get(end) == Some(&b'-') {
            end += 1;
        }
        while bytes.get(end).is_some_and(u8::is_ascii_digit) {
            end += 1;
        }
        if matches!(bytes.get(end), Some(b'.' | b'e' | b'E')) {
            return fail("only integers are expected");
        }
        let text = self.text.get(start..end).unwrap_or_default();
        self.pos = end;
        if let Ok(n) = text.parse::<i64>() {
            visitor.visit_i64(n)
        } else if let Ok(n) = text.parse::<u64>() {
            visitor.visit_u64(n)
        } else {
            fail("invalid number")
        }
    }

    /// The number of elements of the array whose `[` was just taken, if it holds only strings
    /// and numbers (so that a list is allocated once, at its size); nothing is taken.
    fn list_len(&self) -> Option<usize> {
        let bytes = self.text.as_bytes();
        let mut at = self.pos;
        let mut commas = 0;
        let mut empty = true;
        loop {
            match bytes.get(at)? {
                b'"' => {
                    at = quote_or_backslash(bytes, at + 1)?;
                    if bytes.get(at) != Some(&b'"') {
                        return None;
                    }
                    empty = false;
                }
                b']' => return Some(if empty { 0 } else { commas + 1 }),
                b',' => commas += 1,
                b'[' | b'{' => return None,
                b' ' | b'\n' | b'\r' | b'\t' => {}
                _ => empty = false,
            }
            at += 1;
        }
    }

    /// A list of strings without escapes, taken whole: the text between its brackets (for
    /// [`Strs`](super::raw::Strs)). `None`, with nothing taken, for any other value.
    fn string_list(&mut self) -> Result<Option<&'de str>, Error> {
        let start = self.pos;
        if self.peek() != Some(b'[') {
            return Ok(None);
        }
        self.pos += 1;
        let inner = self.pos;
        let bytes = self.text.as_bytes();
        let mut first = true;
        while self.more(b']', &mut first)? {
            if self.peek() != Some(b'"') {
                self.pos = start;
                return Ok(None);
            }
            match quote_or_backslash(bytes, self.pos + 1) {
                Some(end) if bytes.get(end) == Some(&b'"') => self.pos = end + 1,
                _ => {
                    self.pos = start;
                    return Ok(None);
                }
            }
        }
        let end = self.pos;
        self.pos += 1; // the `]` that `more` saw
        match self.text.get(inner..end) {
            Some(text) => Ok(Some(text)),
            None => fail("invalid string"),
        }
    }

    /// `{"count": n, "columns": [...], "rows": [` taken: the count and the columns.
    fn table_head(&mut self) -> Result<(usize, Vec<Cow<'de, str>>), Error> {
        self.expect(b'{')?;
        if self.string()? != "count" {
            return fail("a table starts with its count");
        }
        self.expect(b':')?;
        let start = self.pos;
        while self
            .text
            .as_bytes()
            .get(self.pos)
            .is_some_and(u8::is_ascii_digit)
        {
            self.pos += 1;
        }
        let Some(count) = self
            .text
            .get(start..self.pos)
            .and_then(|t| t.parse::<usize>().ok())
        else {
            return fail("invalid count");
        };
        self.expect(b',')?;
        if self.string()? != "columns" {
            return fail("a table gives its columns after its count");
        }
        self.expect(b':')?;
        self.expect(b'[')?;
        let mut columns = Vec::new();
        let mut first = true;
        while self.more(b']', &mut first)? {
            columns.push(self.string()?);
        }
        self.expect(b']')?;
        self.expect(b',')?;
        if self.string()? != "rows" {
            return fail("a table gives its rows after its columns");
        }
        self.expect(b':')?;
        self.expect(b'[')?;
        Ok((count, columns))
    }
}

impl<'de> de::Deserializer<'de> for &mut Reader<'de> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.peek() {
            Some(b'"') => match self.string()? {
                Cow::Borrowed(s) => visitor.visit_borrowed_str(s),
                Cow::Owned(s) => visitor.visit_string(s),
            },
            Some(b'-' | b'0'..=b'9') => self.number(visitor),
            Some(b't') => {
                self.literal("true")?;
                visitor.visit_bool(true)
            }
            Some(b'f') => {
                self.literal("false")?;
                visitor.visit_bool(false)
            }
            Some(b'n') => {
                self.literal("null")?;
                visitor.visit_unit()
            }
            Some(b'[') => {
                self.pos += 1;
                let len = self.list_len();
                let v = visitor.visit_seq(List {
                    r: &mut *self,
                    first: true,
                    len,
                })?;
                self.expect(b']')?;
                Ok(v)
            }
            Some(b'{') => {
                self.pos += 1;
                let v = visitor.visit_map(Object {
                    r: &mut *self,
                    first: true,
                })?;
                self.expect(b'}')?;
                Ok(v)
            }
            Some(_) => fail("expected a value"),
            None => fail("unexpected end of file"),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        if self.null()? {
            visitor.visit_none()
        } else {
            visitor.visit_some(self)
        }
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        if self.peek() != Some(b'"') {
            return fail("expected a string");
        }
        match self.string()? {
            Cow::Borrowed(s) => {
                visitor.visit_enum(de::value::BorrowedStrDeserializer::<Error>::new(s))
            }
            Cow::Owned(s) => visitor.visit_enum(s.into_deserializer()),
        }
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        if self.peek() != Some(b'{') {
            return self.deserialize_any(visitor);
        }
        let (count, columns) = self.table_head()?;
        let v = visitor.visit_seq(Table {
            r: &mut *self,
            columns: &columns,
            count,
            first: true,
        })?;
        self.expect(b']')?;
        self.expect(b'}')?;
        Ok(v)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Error> {
        if name == STRS_TOKEN {
            if let Some(text) = self.string_list()? {
                return visitor.visit_borrowed_str(text);
            }
        }
        visitor.visit_newtype_struct(self)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf unit unit_struct tuple tuple_struct map struct identifier ignored_any
    }
}

/// The elements of an array.
struct List<'r, 'de> {
    r: &'r mut Reader<'de>,
    first: bool,
    /// The number of elements, when known.
    len: Option<usize>,
}

impl<'de> de::SeqAccess<'de> for List<'_, 'de> {
    type Error = Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Error> {
        if self.r.more(b']', &mut self.first)? {
            seed.deserialize(&mut *self.r).map(Some)
        } else {
            Ok(None)
        }
    }

    fn size_hint(&self) -> Option<usize> {
        self.len
    }
}

/// The entries of an object.
struct Object<'r, 'de> {
    r: &'r mut Reader<'de>,
    first: bool,
}

impl<'de> de::MapAccess<'de> for Object<'_, 'de> {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Error> {
        if !self.r.more(b'}', &mut self.first)? {
            return Ok(None);
        }
        if self.r.peek() != Some(b'"') {
            return fail("expected a key");
        }
        let key = match self.r.string()? {
            Cow::Borrowed(s) => {
                seed.deserialize(de::value::BorrowedStrDeserializer::<Error>::new(s))
            }
            Cow::Owned(s) => seed.deserialize(s.into_deserializer()),
        }?;
        self.r.expect(b':')?;
        Ok(Some(key))
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        seed.deserialize(&mut *self.r)
    }
}

/// The rows of a table.
struct Table<'r, 'c, 'de> {
    r: &'r mut Reader<'de>,
    columns: &'c [Cow<'de, str>],
    count: usize,
    first: bool,
}

impl<'de> de::SeqAccess<'de> for Table<'_, '_, 'de> {
    type Error = Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Error> {
        if !self.r.more(b']', &mut self.first)? {
            return Ok(None);
        }
        seed.deserialize(Row {
            r: &mut *self.r,
            columns: self.columns,
        })
        .map(Some)
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.count)
    }
}

/// One row of a table, read as a map from column names to values.
struct Row<'r, 'c, 'de> {
    r: &'r mut Reader<'de>,
    columns: &'c [Cow<'de, str>],
}

impl<'de> de::Deserializer<'de> for Row<'_, '_, 'de> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.r.expect(b'[')?;
        let v = visitor.visit_map(Cells {
            r: &mut *self.r,
            columns: self.columns.iter(),
            first: true,
        })?;
        self.r.expect(b']')?;
        Ok(v)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf option unit unit_struct newtype_struct seq tuple
        tuple_struct map struct enum identifier ignored_any
    }
}

/// The cells of a row that hold a value (`null` cells are skipped: the key is absent).
struct Cells<'r, 'c, 'de> {
    r: &'r mut Reader<'de>,
    columns: std::slice::Iter<'c, Cow<'de, str>>,
    first: bool,
}

impl<'de> de::MapAccess<'de> for Cells<'_, '_, 'de> {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Error> {
        for name in self.columns.by_ref() {
            if self.first {
                if self.r.peek() == Some(b']') {
                    return Ok(None);
                }
                self.first = false;
            } else if self.r.peek() == Some(b',') {
                self.r.pos += 1;
            } else {
                // The row ends here: the other keys are absent.
                return Ok(None);
            }
            if !self.r.null()? {
                return seed
                    .deserialize(de::value::StrDeserializer::<Error>::new(name))
                    .map(Some);
            }
        }
        Ok(None)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        seed.deserialize(&mut *self.r)
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::from_str;
    use crate::catalog::raw::{FactsFile, PackFile, RulesFile, Strs};

    #[test]
    fn reads_a_table_with_short_rows_and_borrowed_lists() {
        let text = r#"{"rule":{"count":2,"columns":["id","kind","references","status","updated","all","min_any"],"rows":[
["a","red_flag",["r1","r2"],"draft","2026-01-01",["x"]],
["b","advice",[],"draft","2026-01-02",null,2]
]}}"#;
        let f: RulesFile = from_str(text).unwrap();
        assert_eq!(f.rule.len(), 2);
        let a = &f.rule[0];
        assert!(matches!(a.references, Strs::Compiled(_)));
        assert_eq!(a.references.iter().collect::<Vec<_>>(), ["r1", "r2"]);
        assert_eq!(a.references.len(), 2);
        assert_eq!(a.all.iter().collect::<Vec<_>>(), ["x"]);
        assert_eq!(a.min_any, None);
        let b = &f.rule[1];
        assert!(b.references.is_empty());
        assert!(b.all.is_empty());
        assert_eq!(b.min_any, Some(2));
    }

    #[test]
    fn escapes_are_decoded_into_owned_strings() {
        let text = r#"{"name":"a\"b\\c\u00e9\ud83d\ude00\n","version":"1.0.0"}"#;
        let p: PackFile = from_str(text).unwrap();
        assert_eq!(p.name, "a\"b\\c\u{e9}\u{1f600}\n");
        // A list with an escape is read element by element.
        let text = r#"{"fact":{"count":1,"columns":["id","references","status","updated","values"],"rows":[
["f",["a\"b"],"draft","2026-01-01",{"n":3}]]}}"#;
        let f: FactsFile = from_str(text).unwrap();
        assert_eq!(f.fact[0].references.iter().collect::<Vec<_>>(), ["a\"b"]);
    }

    #[test]
    fn malformed_input_is_an_error_with_its_position() {
        for bad in [
            "",
            "{",
            r#"{"name":"a","version":"1"} x"#,
            r#"{"name":"a","version":1.5}"#,
            r#"{"name":"a","version":"1","other":"x"}"#,
            r#"{"name":"a"}"#,
            r#"{"name":"a\q","version":"1"}"#,
            r#"{"name":"a\ud800","version":"1"}"#,
            r#"{"name":"unterminated"#,
        ] {
            assert!(from_str::<PackFile>(bad).is_err(), "{bad:?}");
        }
        let rows = r#"{"rule":{"count":1,"columns":["id"],"rows":[["a","extra"]]}}"#;
        assert!(from_str::<RulesFile>(rows).is_err());
        let (e, pos) = from_str::<RulesFile>(
            r#"{"rule":{"count":1,"columns":["id","kind"],"rows":[["a","nope"]]}}"#,
        )
        .err()
        .unwrap();
        assert!(e.to_string().contains("nope"), "{e}");
        assert!(pos > 0);
    }

    proptest! {
        /// Any text, and any cut of a valid file, is read or refused without a panic.
        #[test]
        fn never_panics(text in ".{0,200}", cut in 0usize..400) {
            let _ = from_str::<RulesFile>(&text);
            let valid = r#"{"rule":{"count":1,"columns":["id","kind","references","status","updated","all","groups","score"],"rows":[["a","referral",["r"],"draft","2026-01-01",["x","y"],{"count":1,"columns":["of","min"],"rows":[[["p","q"],1]]},{"s":2}]]}}"#;
            let cut = cut.min(valid.len());
            if let Some(prefix) = valid.get(..cut) {
                let _ = from_str::<RulesFile>(prefix);
            }
            prop_assert!(from_str::<RulesFile>(valid).is_ok());
        }
    }
}
