//! Errors as data: every error serializes to JSON with a stable `snake_case` `code` per variant,
//! where the problem is (`field`, or `file` and `line`, `locale`, `item`, `message_id`) and its
//! English `message`.
//!
//! The codes are part of the contract: a code never changes meaning, and a new variant gets a
//! new code. Keys that do not apply are left out.
//!
//! | key | when |
//! | --- | --- |
//! | `code` | always: see the `code()` methods of each error type |
//! | `message` | always: the error's text, input echoed at most 64 characters |
//! | `problems` | an [`InputError`] or a [`ContentError`]: each problem with its own `code` … |
//! | `field`, `other_field` | input problems: the field (`findings.<id>` for a finding, the question id for an interview answer); a contradiction names both |
//! | `line`, `column` | malformed JSON; content syntax errors (`line`) |
//! | `file`, `locale`, `item`, `message_id` | content problems, render errors (`message_id`), locale errors (`locale`: the tag given) |
//! | `suggestion` | an unknown field or finding id, or an interview answer, that looks like a slip of the keyboard: the known id or option it is closest to |

use serde::Serialize;
use serde::ser::Serializer;

use crate::error::{
    ContentError, ContentProblem, Error, InputError, InputProblem, LocaleError, RenderError,
};

/// One error or problem, as written in JSON.
#[derive(Serialize, Default)]
struct Entry {
    code: &'static str,
    message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    field: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    other_field: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    file: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    line: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    column: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    locale: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    item: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    message_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    suggestion: Option<String>,
}

/// An error that lists problems, as written in JSON.
#[derive(Serialize)]
struct List<'a, P: Serialize> {
    code: &'static str,
    message: String,
    problems: &'a [P],
}

fn pretty<T: Serialize>(v: &T) -> String {
    serde_json::to_string_pretty(v).unwrap_or_default()
}

fn with_attribute(id: &str, attribute: Option<&String>) -> String {
    attribute.map_or_else(|| id.to_owned(), |a| format!("{id}.{a}"))
}

impl InputProblem {
    /// The problem's stable code.
    ///
    /// ```
    /// let err = lowback::Assessment::from_json(r#"{"age": 200}"#).unwrap_err();
    /// assert_eq!(err.problems()[0].code(), "out_of_range");
    /// ```
    #[must_use]
    pub fn code(&self) -> &'static str {
        match self {
            InputProblem::Json { .. } => "json_syntax",
            InputProblem::UnknownField { .. } => "unknown_field",
            InputProblem::WrongType { .. } => "wrong_type",
            InputProblem::OutOfRange { .. } => "out_of_range",
            InputProblem::InvalidValue { .. } => "invalid_value",
            InputProblem::Duplicate { .. } => "duplicate",
            InputProblem::Contradiction { .. } => "contradiction",
            InputProblem::UnknownFinding { .. } => "unknown_finding",
            InputProblem::DerivedFinding { .. } => "derived_finding",
            InputProblem::Implied { .. } => "implied_finding",
            InputProblem::Empty => "empty_assessment",
            InputProblem::InvalidAnswer { .. } => "invalid_answer",
            InputProblem::TooManyProblems { .. } => "too_many_problems",
        }
    }

    /// The field the problem is about, where there is one: a field name, `findings.<id>` for a
    /// finding, the question id for an interview answer (the first field of a contradiction).
    ///
    /// ```
    /// let err = lowback::Assessment::from_json(r#"{"findings": {"fever_or_chills": "Maybe?"}}"#).unwrap_err();
    /// assert_eq!(err.problems()[0].field().as_deref(), Some("findings.fever_or_chills"));
    /// ```
    #[must_use]
    pub fn field(&self) -> Option<String> {
        match self {
            InputProblem::UnknownField { field, .. }
            | InputProblem::WrongType { field, .. }
            | InputProblem::InvalidValue { field, .. }
            | InputProblem::Duplicate { field, .. } => Some(field.clone()),
            InputProblem::OutOfRange { field, .. }
            | InputProblem::Contradiction { first: field, .. } => Some((*field).to_owned()),
            InputProblem::UnknownFinding { finding, .. } => Some(format!("findings.{finding}")),
            InputProblem::DerivedFinding { finding, .. }
            | InputProblem::Implied { finding, .. } => Some(format!("findings.{finding}")),
            InputProblem::InvalidAnswer { question, .. } => Some(question.clone()),
            InputProblem::Json { .. }
            | InputProblem::Empty
            | InputProblem::TooManyProblems { .. } => None,
        }
    }

    /// For an unknown field or finding id, the known one it is closest to, and for an interview
    /// answer that names no option, the option (its label as shown) it is closest to, when it
    /// looks like a slip of the keyboard (one to three letters added, dropped, changed or
    /// swapped, by length; case, spaces and hyphens aside).
    ///
    /// ```
    /// let err = lowback::Assessment::from_json(r#"{"sevrity": 4, "mood": "low"}"#).unwrap_err();
    /// assert_eq!(err.problems()[0].suggestion(), Some("severity"));
    /// assert_eq!(err.problems()[1].suggestion(), None);
    ///
    /// let q = lowback::Question::Field(lowback::Field::PainLocations);
    /// let err = lowback::Assessment::new()
    ///     .answer(lowback::Catalog::builtin(), q, "lowr back")
    ///     .unwrap_err();
    /// assert_eq!(err.problems()[0].suggestion(), Some("lower_back"));
    /// ```
    #[must_use]
    pub fn suggestion(&self) -> Option<&str> {
        match self {
            InputProblem::UnknownField { suggestion, .. }
            | InputProblem::UnknownFinding { suggestion, .. }
            | InputProblem::InvalidAnswer { suggestion, .. } => suggestion.as_deref(),
            _ => None,
        }
    }

    fn entry(&self) -> Entry {
        let mut e = Entry {
            code: self.code(),
            message: self.to_string(),
            field: self.field(),
            suggestion: self.suggestion().map(str::to_owned),
            ..Entry::default()
        };
        match self {
            InputProblem::Json { line, column, .. } => {
                e.line = Some(*line);
                e.column = Some(*column);
            }
            InputProblem::Contradiction { second, .. } => {
                e.other_field = Some((*second).to_owned());
            }
            _ => {}
        }
        e
    }
}

impl Serialize for InputProblem {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.entry().serialize(s)
    }
}

impl InputError {
    /// The error's stable code: `invalid_input`; each problem has its own.
    ///
    /// ```
    /// let err = lowback::Assessment::from_json("{").unwrap_err();
    /// assert_eq!(err.code(), "invalid_input");
    /// ```
    #[must_use]
    pub fn code(&self) -> &'static str {
        "invalid_input"
    }

    /// The error as JSON: `code`, `message` and every problem with its `code`, `field` (or
    /// `line` and `column`) and `message`.
    ///
    /// ```
    /// let err = lowback::Assessment::from_json(r#"{"agee": 1, "age": 200}"#).unwrap_err();
    /// let v: serde_json::Value = serde_json::from_str(&err.to_json())?;
    /// assert_eq!(v["code"], "invalid_input");
    /// assert_eq!(v["problems"][0]["code"], "unknown_field");
    /// assert_eq!(v["problems"][0]["field"], "agee");
    /// assert_eq!(v["problems"][1]["field"], "age");
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    #[must_use]
    pub fn to_json(&self) -> String {
        pretty(self)
    }
}

impl Serialize for InputError {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        List {
            code: self.code(),
            message: self.to_string(),
            problems: &self.problems,
        }
        .serialize(s)
    }
}

impl ContentProblem {
    /// The problem's stable code.
    ///
    /// ```
    /// let err = lowback::Catalog::from_pack(&lowback::ContentPack::new()).unwrap_err();
    /// assert_eq!(err.problems()[0].code(), "missing_file");
    /// ```
    #[must_use]
    pub fn code(&self) -> &'static str {
        match self {
            ContentProblem::Io { .. } => "io_error",
            ContentProblem::MissingFile { .. } => "missing_file",
            ContentProblem::DataSyntax { .. } => "data_syntax",
            ContentProblem::FtlSyntax { .. } => "ftl_syntax",
            ContentProblem::DuplicateId { .. } => "duplicate_id",
            ContentProblem::DanglingLink { .. } => "dangling_link",
            ContentProblem::InvalidValue { .. } => "invalid_content_value",
            ContentProblem::UncitedReference { .. } => "uncited_reference",
            ContentProblem::RemovedRedFlagRule { .. } => "removed_red_flag_rule",
            ContentProblem::WeakenedRedFlag { .. } => "weakened_red_flag",
            ContentProblem::TooManyProblems { .. } => "too_many_content_problems",
            ContentProblem::MissingTranslation { .. } => "missing_translation",
            ContentProblem::ExtraTranslation { .. } => "extra_translation",
            ContentProblem::VariableMismatch { .. } => "variable_mismatch",
            ContentProblem::DuplicateMessage { .. } => "duplicate_message",
            ContentProblem::BrokenMessage { .. } => "broken_message",
            ContentProblem::DroppedByOverride { .. } => "dropped_by_override",
            ContentProblem::CodeVariableMismatch { .. } => "code_variable_mismatch",
        }
    }

    fn entry(&self) -> Entry {
        let mut e = Entry {
            code: self.code(),
            message: self.to_string(),
            ..Entry::default()
        };
        match self {
            ContentProblem::Io { file, .. } | ContentProblem::MissingFile { file } => {
                e.file = Some(file.clone());
            }
            ContentProblem::DataSyntax { file, line, .. } => {
                e.file = Some(file.clone());
                e.line = *line;
            }
            ContentProblem::FtlSyntax {
                locale, file, line, ..
            } => {
                e.locale = Some(locale.clone());
                e.file = Some(file.clone());
                e.line = Some(*line);
            }
            ContentProblem::DuplicateId { file, id, .. }
            | ContentProblem::WeakenedRedFlag { file, id, .. } => {
                e.file = Some(file.clone());
                e.item = Some(id.clone());
            }
            ContentProblem::DanglingLink { file, item, .. } => {
                e.file = Some(file.clone());
                e.item = Some(item.clone());
            }
            ContentProblem::InvalidValue {
                file, item, field, ..
            } => {
                e.file = Some(file.clone());
                e.item = Some(item.clone());
                e.field = Some((*field).to_owned());
            }
            ContentProblem::UncitedReference { id } => {
                e.file = Some("references.toml".to_owned());
                e.item = Some(id.clone());
            }
            ContentProblem::RemovedRedFlagRule { id } => {
                e.file = Some("rules.toml".to_owned());
                e.item = Some(id.clone());
            }
            ContentProblem::MissingTranslation {
                locale,
                message,
                attribute,
            } => {
                e.locale = Some(locale.clone());
                e.message_id = Some(with_attribute(message, attribute.as_ref()));
            }
            ContentProblem::ExtraTranslation {
                locale, message, ..
            }
            | ContentProblem::VariableMismatch {
                locale, message, ..
            }
            | ContentProblem::CodeVariableMismatch {
                locale, message, ..
            }
            | ContentProblem::BrokenMessage {
                locale, message, ..
            } => {
                e.locale = Some(locale.clone());
                e.message_id = Some(message.clone());
            }
            ContentProblem::DuplicateMessage {
                locale,
                file,
                message,
            } => {
                e.locale = Some(locale.clone());
                e.file = Some(file.clone());
                e.message_id = Some(message.clone());
            }
            ContentProblem::DroppedByOverride {
                locale,
                file,
                message,
                attribute,
            } => {
                e.locale = Some(locale.clone());
                e.file = Some(file.clone());
                e.message_id = Some(with_attribute(message, attribute.as_ref()));
            }
            ContentProblem::TooManyProblems { .. } => {}
        }
        e
    }
}

impl Serialize for ContentProblem {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.entry().serialize(s)
    }
}

impl ContentError {
    /// The error's stable code: `invalid_content`; each problem has its own.
    ///
    /// ```
    /// let err = lowback::Catalog::from_pack(&lowback::ContentPack::new()).unwrap_err();
    /// assert_eq!(err.code(), "invalid_content");
    /// ```
    #[must_use]
    pub fn code(&self) -> &'static str {
        "invalid_content"
    }

    /// The error as JSON: `code`, `message` and every problem with its `code`, `file`, `line`,
    /// `locale`, `item` or `message_id` where known, and `message`.
    ///
    /// ```
    /// let mut pack = lowback::ContentPack::new();
    /// pack.add_data("facts.toml", "[[fact]]\nid = 3\n");
    /// let err = lowback::Catalog::from_pack(&pack).unwrap_err();
    /// let v: serde_json::Value = serde_json::from_str(&err.to_json())?;
    /// let syntax = v["problems"].as_array().unwrap().iter().find(|p| p["code"] == "data_syntax").unwrap();
    /// assert_eq!((syntax["file"].as_str(), syntax["line"].as_u64()), (Some("facts.toml"), Some(2)));
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    #[must_use]
    pub fn to_json(&self) -> String {
        pretty(self)
    }
}

impl Serialize for ContentError {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        List {
            code: self.code(),
            message: self.to_string(),
            problems: &self.problems,
        }
        .serialize(s)
    }
}

impl LocaleError {
    /// The error's stable code.
    ///
    /// ```
    /// let err = lowback::Localizer::builtin().negotiate("!!").unwrap_err();
    /// assert_eq!(err.code(), "malformed_locale");
    /// ```
    #[must_use]
    pub fn code(&self) -> &'static str {
        match self {
            LocaleError::Malformed { .. } => "malformed_locale",
            LocaleError::MalformedAcceptLanguage { .. } => "malformed_accept_language",
        }
    }

    /// The error as JSON: `code`, `locale` (the tag or the header given) and `message`.
    ///
    /// ```
    /// let err = lowback::Localizer::builtin().negotiate("!!").unwrap_err();
    /// let v: serde_json::Value = serde_json::from_str(&err.to_json())?;
    /// assert_eq!((v["code"].as_str(), v["locale"].as_str()), (Some("malformed_locale"), Some("!!")));
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    #[must_use]
    pub fn to_json(&self) -> String {
        pretty(self)
    }

    fn entry(&self) -> Entry {
        match self {
            LocaleError::Malformed { tag } => Entry {
                code: self.code(),
                message: self.to_string(),
                locale: Some(tag.clone()),
                ..Entry::default()
            },
            LocaleError::MalformedAcceptLanguage { header, .. } => Entry {
                code: self.code(),
                message: self.to_string(),
                locale: Some(header.clone()),
                ..Entry::default()
            },
        }
    }
}

impl Serialize for LocaleError {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.entry().serialize(s)
    }
}

impl RenderError {
    /// The error's stable code.
    ///
    /// ```
    /// let loc = lowback::Localizer::builtin();
    /// let err = loc.message(&loc.negotiate("en")?, "nope", None, &[]).unwrap_err();
    /// assert_eq!(err.code(), "missing_message");
    /// # Ok::<(), lowback::LocaleError>(())
    /// ```
    #[must_use]
    pub fn code(&self) -> &'static str {
        match self {
            RenderError::MissingMessage { .. } => "missing_message",
            RenderError::Fluent { .. } => "fluent_error",
            RenderError::OtherCatalog { .. } => "other_catalog",
        }
    }

    /// The error as JSON: `code`, `message_id` and `message`.
    ///
    /// ```
    /// let loc = lowback::Localizer::builtin();
    /// let err = loc.message(&loc.negotiate("en")?, "report-title", Some("nope"), &[]).unwrap_err();
    /// let v: serde_json::Value = serde_json::from_str(&err.to_json()).unwrap();
    /// assert_eq!(v["message_id"], "report-title.nope");
    /// # Ok::<(), lowback::LocaleError>(())
    /// ```
    #[must_use]
    pub fn to_json(&self) -> String {
        pretty(self)
    }

    fn entry(&self) -> Entry {
        let message_id = match self {
            RenderError::MissingMessage { id, attribute } => {
                Some(with_attribute(id, attribute.as_ref()))
            }
            RenderError::Fluent { id, .. } => Some(id.clone()),
            RenderError::OtherCatalog { .. } => None,
        };
        Entry {
            code: self.code(),
            message: self.to_string(),
            message_id,
            ..Entry::default()
        }
    }
}

impl Serialize for RenderError {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.entry().serialize(s)
    }
}

impl Error {
    /// The stable code of the error inside: `invalid_input`, `invalid_content`,
    /// `malformed_locale`, `missing_message` or `fluent_error`.
    ///
    /// ```
    /// let e: lowback::Error = lowback::Assessment::from_json("[").unwrap_err().into();
    /// assert_eq!(e.code(), "invalid_input");
    /// ```
    #[must_use]
    pub fn code(&self) -> &'static str {
        match self {
            Error::Content(e) => e.code(),
            Error::Input(e) => e.code(),
            Error::Locale(e) => e.code(),
            Error::Render(e) => e.code(),
        }
    }

    /// The error as JSON: the JSON of the error inside.
    ///
    /// ```
    /// let e: lowback::Error = lowback::Assessment::from_json(r#"{"age": "forty"}"#).unwrap_err().into();
    /// let v: serde_json::Value = serde_json::from_str(&e.to_json())?;
    /// assert_eq!(v["problems"][0]["code"], "wrong_type");
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    #[must_use]
    pub fn to_json(&self) -> String {
        pretty(self)
    }
}

impl Serialize for Error {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Error::Content(e) => e.serialize(s),
            Error::Input(e) => e.serialize(s),
            Error::Locale(e) => e.serialize(s),
            Error::Render(e) => e.serialize(s),
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;
    use crate::model::FindingId;

    /// One value of every variant, in declaration order.
    fn input_problems() -> Vec<InputProblem> {
        let f = FindingId::SADDLE_NUMBNESS;
        vec![
            InputProblem::Json {
                line: 1,
                column: 2,
                message: "m".into(),
            },
            InputProblem::UnknownField {
                field: "x".into(),
                suggestion: None,
            },
            InputProblem::WrongType {
                field: "age".into(),
                expected: "a number",
                found: "a string",
            },
            InputProblem::OutOfRange {
                field: "age",
                value: 200,
                min: 0,
                max: 120,
            },
            InputProblem::InvalidValue {
                field: "onset".into(),
                value: "v".into(),
                expected: "e".into(),
            },
            InputProblem::Duplicate {
                field: "findings".into(),
                value: "v".into(),
            },
            InputProblem::Contradiction {
                first: "trauma",
                second: "onset",
                detail: "d",
            },
            InputProblem::UnknownFinding {
                finding: "neck_pain".into(),
                suggestion: None,
            },
            InputProblem::DerivedFinding {
                finding: f,
                from: "age".into(),
            },
            InputProblem::Implied { finding: f, by: f },
            InputProblem::Empty,
            InputProblem::InvalidAnswer {
                question: "sex".into(),
                value: "v".into(),
                expected: "e".into(),
                suggestion: Some("s".into()),
            },
            InputProblem::TooManyProblems { omitted: 3 },
        ]
    }

    /// Fails to compile when a variant is added: add it to the list above too.
    fn input_index(p: &InputProblem) -> usize {
        match p {
            InputProblem::Json { .. } => 0,
            InputProblem::UnknownField { .. } => 1,
            InputProblem::WrongType { .. } => 2,
            InputProblem::OutOfRange { .. } => 3,
            InputProblem::InvalidValue { .. } => 4,
            InputProblem::Duplicate { .. } => 5,
            InputProblem::Contradiction { .. } => 6,
            InputProblem::UnknownFinding { .. } => 7,
            InputProblem::DerivedFinding { .. } => 8,
            InputProblem::Implied { .. } => 9,
            InputProblem::Empty => 10,
            InputProblem::InvalidAnswer { .. } => 11,
            InputProblem::TooManyProblems { .. } => 12,
        }
    }

    fn content_problems() -> Vec<ContentProblem> {
        let s = || "s".to_owned();
        vec![
            ContentProblem::Io {
                file: s(),
                message: s(),
            },
            ContentProblem::MissingFile { file: s() },
            ContentProblem::DataSyntax {
                file: s(),
                line: Some(3),
                message: s(),
            },
            ContentProblem::FtlSyntax {
                locale: s(),
                file: s(),
                line: 1,
                message: s(),
            },
            ContentProblem::DuplicateId {
                file: s(),
                kind: "tip",
                id: s(),
            },
            ContentProblem::DanglingLink {
                file: s(),
                item: s(),
                kind: "reference",
                target: s(),
            },
            ContentProblem::InvalidValue {
                file: s(),
                item: s(),
                field: "f",
                message: s(),
            },
            ContentProblem::UncitedReference { id: s() },
            ContentProblem::MissingTranslation {
                locale: s(),
                message: s(),
                attribute: Some(s()),
            },
            ContentProblem::ExtraTranslation {
                locale: s(),
                message: s(),
                reference: s(),
            },
            ContentProblem::VariableMismatch {
                locale: s(),
                message: s(),
                reference: s(),
                expected: vec![s()],
                found: vec![],
            },
            ContentProblem::DuplicateMessage {
                locale: s(),
                file: s(),
                message: s(),
            },
            ContentProblem::BrokenMessage {
                locale: s(),
                message: s(),
                detail: s(),
            },
            ContentProblem::DroppedByOverride {
                locale: s(),
                file: s(),
                message: s(),
                attribute: None,
            },
            ContentProblem::CodeVariableMismatch {
                locale: s(),
                message: s(),
                expected: vec![s()],
                found: vec![],
            },
            ContentProblem::RemovedRedFlagRule { id: s() },
            ContentProblem::WeakenedRedFlag {
                file: s(),
                id: s(),
                change: s(),
            },
            ContentProblem::TooManyProblems { omitted: 1 },
        ]
    }

    /// Fails to compile when a variant is added: add it to the list above too.
    fn content_index(p: &ContentProblem) -> usize {
        match p {
            ContentProblem::Io { .. } => 0,
            ContentProblem::MissingFile { .. } => 1,
            ContentProblem::DataSyntax { .. } => 2,
            ContentProblem::FtlSyntax { .. } => 3,
            ContentProblem::DuplicateId { .. } => 4,
            ContentProblem::DanglingLink { .. } => 5,
            ContentProblem::InvalidValue { .. } => 6,
            ContentProblem::UncitedReference { .. } => 7,
            ContentProblem::MissingTranslation { .. } => 8,
            ContentProblem::ExtraTranslation { .. } => 9,
            ContentProblem::VariableMismatch { .. } => 10,
            ContentProblem::DuplicateMessage { .. } => 11,
            ContentProblem::BrokenMessage { .. } => 12,
            ContentProblem::DroppedByOverride { .. } => 13,
            ContentProblem::CodeVariableMismatch { .. } => 14,
            ContentProblem::RemovedRedFlagRule { .. } => 15,
            ContentProblem::WeakenedRedFlag { .. } => 16,
            ContentProblem::TooManyProblems { .. } => 17,
        }
    }

    fn locale_index(e: &LocaleError) -> usize {
        match e {
            LocaleError::Malformed { .. } => 0,
            LocaleError::MalformedAcceptLanguage { .. } => 1,
        }
    }

    fn render_index(e: &RenderError) -> usize {
        match e {
            RenderError::MissingMessage { .. } => 0,
            RenderError::Fluent { .. } => 1,
            RenderError::OtherCatalog { .. } => 2,
        }
    }

    fn error_index(e: &Error) -> usize {
        match e {
            Error::Content(_) => 0,
            Error::Input(_) => 1,
            Error::Locale(_) => 2,
            Error::Render(_) => 3,
        }
    }

    #[test]
    fn every_variant_has_a_distinct_snake_case_code_and_serializes() {
        let input = input_problems();
        let content = content_problems();
        let locale = [
            LocaleError::Malformed { tag: "!!".into() },
            LocaleError::MalformedAcceptLanguage {
                header: "fr;q=2".into(),
                problem: "p".into(),
            },
        ];
        let render = [
            RenderError::MissingMessage {
                id: "x".into(),
                attribute: None,
            },
            RenderError::Fluent {
                id: "y".into(),
                errors: vec!["e".into()],
            },
            RenderError::OtherCatalog {
                triage: "1.0.0+a".into(),
                catalog: "1.0.0+b".into(),
            },
        ];
        let errors = [
            Error::Content(ContentError {
                problems: content.clone(),
            }),
            Error::Input(InputError {
                problems: input.clone(),
            }),
            Error::Locale(locale[0].clone()),
            Error::Render(render[0].clone()),
        ];
        // Every variant is listed once, in order.
        let listed = |ix: Vec<usize>| ix.iter().enumerate().all(|(i, x)| i == *x);
        assert!(listed(input.iter().map(input_index).collect()));
        assert!(listed(content.iter().map(content_index).collect()));
        assert!(listed(locale.iter().map(locale_index).collect()));
        assert!(listed(render.iter().map(render_index).collect()));
        assert!(listed(errors.iter().map(error_index).collect()));

        let mut codes: Vec<&str> = Vec::new();
        codes.extend(input.iter().map(InputProblem::code));
        codes.extend(content.iter().map(ContentProblem::code));
        codes.extend(locale.iter().map(LocaleError::code));
        codes.extend(render.iter().map(RenderError::code));
        codes.push(InputError { problems: vec![] }.code());
        codes.push(ContentError { problems: vec![] }.code());
        let distinct: BTreeSet<&str> = codes.iter().copied().collect();
        assert_eq!(distinct.len(), codes.len(), "codes repeat: {codes:?}");
        for c in &codes {
            assert!(
                c.bytes().all(|b| b.is_ascii_lowercase() || b == b'_') && !c.starts_with('_'),
                "{c} is not snake_case"
            );
        }
        for e in &errors {
            let v: serde_json::Value = serde_json::from_str(&e.to_json()).unwrap();
            assert_eq!(v["code"], e.code());
            assert!(v["message"].as_str().is_some_and(|m| !m.is_empty()));
            if let Some(problems) = v["problems"].as_array() {
                for p in problems {
                    assert!(p["code"].is_string() && p["message"].is_string(), "{p}");
                }
            }
        }
        for p in &input {
            let has_field = !matches!(
                p,
                InputProblem::Json { .. }
                    | InputProblem::Empty
                    | InputProblem::TooManyProblems { .. }
            );
            assert_eq!(p.field().is_some(), has_field, "{p:?}");
        }
    }
}
