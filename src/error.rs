//! Errors: one type per concern (content, input, locale, rendering) and an umbrella [`Error`].

use std::fmt;

use crate::model::FindingId;

/// The most problems one input reports before summing up the rest.
pub(crate) const MAX_PROBLEMS: usize = 64;

/// Input echoed in an error: at most 64 characters, control and bidirectional characters
/// escaped (one implementation with the content checks: `catalog::pack::clip_to`).
pub(crate) fn shown(s: &str) -> String {
    crate::catalog::pack::clip_to(s, 64)
}

/// " (did you mean …?)" after an unknown name, when a known one is close.
fn did_you_mean(suggestion: Option<&str>) -> String {
    suggestion.map_or_else(String::new, |s| format!(" (did you mean {s:?}?)"))
}

fn write_list<T: fmt::Display>(f: &mut fmt::Formatter<'_>, what: &str, items: &[T]) -> fmt::Result {
    let n = items.len();
    write!(f, "{n} {what}{}", if n == 1 { "" } else { "s" })?;
    for (i, p) in items.iter().enumerate() {
        write!(f, "\n  {}. {p}", i + 1)?;
    }
    Ok(())
}

/// Everything wrong with a content pack, found in one pass.
///
/// ```
/// let mut pack = lowback::ContentPack::new();
/// pack.add_data("references.toml", "[[reference]]\nid = \"x\"\n");
/// let err = lowback::Catalog::from_pack(&pack).unwrap_err();
/// assert!(err.problems().len() >= 2); // the missing fields of the reference, and more
/// assert!(err.to_string().starts_with("content pack has "));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentError {
    pub(crate) problems: Vec<ContentProblem>,
}

/// The most problems a [`ContentError`] lists; one more problem then says how many were left
/// out ([`ContentProblem::TooManyProblems`]), so that a pack of thousands of broken items gives a
/// readable error of bounded size.
pub const MAX_CONTENT_PROBLEMS: usize = 200;

impl ContentError {
    /// The error of these problems, the first [`MAX_CONTENT_PROBLEMS`] of them listed.
    pub(crate) fn of(mut problems: Vec<ContentProblem>) -> Self {
        if problems.len() > MAX_CONTENT_PROBLEMS {
            let omitted = problems.len() - MAX_CONTENT_PROBLEMS;
            problems.truncate(MAX_CONTENT_PROBLEMS);
            problems.push(ContentProblem::TooManyProblems { omitted });
        }
        ContentError { problems }
    }

    /// Every problem found.
    #[must_use]
    pub fn problems(&self) -> &[ContentProblem] {
        &self.problems
    }
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("content pack has ")?;
        write_list(f, "problem", &self.problems)
    }
}

impl std::error::Error for ContentError {}

/// One problem in a content pack, with the file, the item id and the line where known.
///
/// ```
/// use lowback::{ContentPack, ContentProblem, Catalog};
/// let mut pack = ContentPack::new();
/// pack.add_ftl("en", "broken.ftl", "hello = { $name\n");
/// let err = Catalog::from_pack(&pack).unwrap_err();
/// assert!(err.problems().iter().any(|p| matches!(p, ContentProblem::FtlSyntax { line: 1, .. })));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ContentProblem {
    /// A data or Fluent file could not be read.
    ///
    /// ```
    /// let err = lowback::ContentPack::from_dir("/no/such/dir").unwrap_err();
    /// assert!(matches!(err.problems()[0], lowback::ContentProblem::Io { .. }));
    /// ```
    #[error("{file}: cannot read: {message}")]
    Io {
        /// The path.
        file: String,
        /// What the system said.
        message: String,
    },
    /// A required data file is missing from the pack.
    ///
    /// ```
    /// let err = lowback::Catalog::from_pack(&lowback::ContentPack::new()).unwrap_err();
    /// assert!(err.problems().iter().any(|p| matches!(p, lowback::ContentProblem::MissingFile { .. })));
    /// ```
    #[error("{file}: missing from the pack")]
    MissingFile {
        /// The file name.
        file: String,
    },
    /// A data file is not valid TOML or does not match the schema.
    ///
    /// ```
    /// let mut pack = lowback::ContentPack::new();
    /// pack.add_data("facts.toml", "[[fact]]\nid = 3\n");
    /// let err = lowback::Catalog::from_pack(&pack).unwrap_err();
    /// assert!(err.problems().iter().any(|p| matches!(p, lowback::ContentProblem::DataSyntax { line: Some(2), .. })));
    /// ```
    #[error("{file}{}: {message}", line.map(|l| format!(", line {l}")).unwrap_or_default())]
    DataSyntax {
        /// The file name.
        file: String,
        /// The 1-based line, where known.
        line: Option<usize>,
        /// What the parser said.
        message: String,
    },
    /// A Fluent file has a syntax error.
    ///
    /// ```
    /// let mut pack = lowback::ContentPack::new();
    /// pack.add_ftl("fr", "x.ftl", "ok = bien\nbad = {\n");
    /// let err = lowback::Catalog::from_pack(&pack).unwrap_err();
    /// assert!(err.problems().iter().any(|p| matches!(p, lowback::ContentProblem::FtlSyntax { line: 2, .. })));
    /// ```
    #[error("{locale}/{file}, line {line}: {message}")]
    FtlSyntax {
        /// The locale tag.
        locale: String,
        /// The file name.
        file: String,
        /// The 1-based line.
        line: usize,
        /// What the parser said.
        message: String,
    },
    /// Two items of one kind share an id.
    ///
    /// ```
    /// let mut pack = lowback::ContentPack::builtin();
    /// let dup = "\n[[tip]]\nid = \"step_stool\"\nreferences = [\"nice_ng59\"]\nstatus = \"draft\"\nupdated = \"2026-11-24\"\n";
    /// pack.append_data("care.toml", dup);
    /// let err = lowback::Catalog::from_pack(&pack).unwrap_err();
    /// assert!(err.problems().iter().any(|p| matches!(p, lowback::ContentProblem::DuplicateId { .. })));
    /// ```
    #[error("{file}: duplicate {kind} id {id:?}")]
    DuplicateId {
        /// The file name.
        file: String,
        /// The kind of item.
        kind: &'static str,
        /// The id.
        id: String,
    },
    /// An item links to an id that does not exist.
    ///
    /// ```
    /// let mut pack = lowback::ContentPack::builtin();
    /// let tip = "\n[[tip]]\nid = \"new_tip\"\nreferences = [\"no_such_ref\"]\nstatus = \"draft\"\nupdated = \"2026-11-24\"\n";
    /// pack.append_data("care.toml", tip);
    /// let err = lowback::Catalog::from_pack(&pack).unwrap_err();
    /// assert!(err.problems().iter().any(|p| matches!(p, lowback::ContentProblem::DanglingLink { .. })));
    /// ```
    #[error("{file}: {item:?} links to unknown {kind} {target:?}")]
    DanglingLink {
        /// The file name.
        file: String,
        /// The linking item.
        item: String,
        /// The kind of the missing target.
        kind: &'static str,
        /// The missing id.
        target: String,
    },
    /// A value is out of its allowed range or breaks a rule of the schema.
    ///
    /// ```
    /// let mut pack = lowback::ContentPack::builtin();
    /// let tip = "\n[[tip]]\nid = \"new_tip\"\nreferences = []\nstatus = \"draft\"\nupdated = \"2026-11-24\"\n";
    /// pack.append_data("care.toml", tip);
    /// let err = lowback::Catalog::from_pack(&pack).unwrap_err();
    /// assert!(err.problems().iter().any(|p| matches!(p, lowback::ContentProblem::InvalidValue { .. })));
    /// ```
    #[error("{file}: {item:?}: {field}: {message}")]
    InvalidValue {
        /// The file name.
        file: String,
        /// The item id.
        item: String,
        /// The field.
        field: &'static str,
        /// What is wrong.
        message: String,
    },
    /// A reference is cited by no item.
    ///
    /// ```
    /// let mut pack = lowback::ContentPack::builtin();
    /// pack.append_data("references.toml", "\n[[reference]]\nid = \"lonely\"\nkind = \"article\"\nauthors = [\"Doe J\"]\nyear = 2020\ntitle = \"T\"\ncontainer = \"J\"\n");
    /// let err = lowback::Catalog::from_pack(&pack).unwrap_err();
    /// assert!(err.problems().iter().any(|p| matches!(p, lowback::ContentProblem::UncitedReference { .. })));
    /// ```
    #[error("references.toml: reference {id:?} is cited by no item")]
    UncitedReference {
        /// The reference id.
        id: String,
    },
    /// A message or attribute that the content needs is missing from a locale.
    ///
    /// ```
    /// let mut pack = lowback::ContentPack::builtin();
    /// pack.append_data("care.toml", "\n[[tip]]\nid = \"new_tip\"\nreferences = [\"nice_ng59\"]\nstatus = \"draft\"\nupdated = \"2026-11-24\"\n");
    /// let err = lowback::Catalog::from_pack(&pack).unwrap_err();
    /// assert!(err.problems().iter().any(|p| matches!(p, lowback::ContentProblem::MissingTranslation { .. })));
    /// ```
    #[error("{locale}: missing message {}", attribute.as_ref().map_or_else(|| message.clone(), |a| format!("{message}.{a}")))]
    MissingTranslation {
        /// The locale tag.
        locale: String,
        /// The message id.
        message: String,
        /// The attribute, when the message exists but the attribute does not.
        attribute: Option<String>,
    },
    /// A locale defines a message or attribute that the reference locale (`en`) does not.
    ///
    /// ```
    /// let mut pack = lowback::ContentPack::builtin();
    /// pack.add_ftl("fr", "extra.ftl", "only-in-french = Bonjour\n");
    /// let err = lowback::Catalog::from_pack(&pack).unwrap_err();
    /// assert!(err.problems().iter().any(|p| matches!(p, lowback::ContentProblem::ExtraTranslation { .. })));
    /// ```
    #[error("{locale}: message {message} is not defined in {reference}")]
    ExtraTranslation {
        /// The locale tag.
        locale: String,
        /// The message id (with `.attribute` when it is an attribute).
        message: String,
        /// The locale it was looked for in: `en`, or the parent of a regional locale (`fr` for
        /// `fr-CA`).
        reference: String,
    },
    /// A message uses other variables in a locale than in `en`.
    ///
    /// ```
    /// let mut pack = lowback::ContentPack::builtin();
    /// pack.add_ftl("en", "x.ftl", "greeting = Hello { $name }\n");
    /// pack.add_ftl("fr", "x.ftl", "greeting = Bonjour { $nom }\n");
    /// let err = lowback::Catalog::from_pack(&pack).unwrap_err();
    /// assert!(err.problems().iter().any(|p| matches!(p, lowback::ContentProblem::VariableMismatch { .. })));
    /// ```
    #[error("{locale}: message {message} uses variables [{}] but {reference} uses [{}]", found.join(", "), expected.join(", "))]
    VariableMismatch {
        /// The locale tag.
        locale: String,
        /// The message id (with `.attribute` when it is an attribute).
        message: String,
        /// The locale compared with: `en` for a language, its parent (`fr` for `fr-CA`) for a
        /// regional variant.
        reference: String,
        /// The variables in the reference locale.
        expected: Vec<String>,
        /// The variables in this locale.
        found: Vec<String>,
    },
    /// A message defined twice within one locale.
    ///
    /// ```
    /// let mut pack = lowback::ContentPack::builtin();
    /// pack.add_ftl("en", "dup.ftl", "report-title = Again\n");
    /// let err = lowback::Catalog::from_pack(&pack).unwrap_err();
    /// assert!(err.problems().iter().any(|p| matches!(p, lowback::ContentProblem::DuplicateMessage { .. })));
    /// ```
    #[error("{locale}/{file}: message {message} is already defined")]
    DuplicateMessage {
        /// The locale tag.
        locale: String,
        /// The file name of the second definition.
        file: String,
        /// The message id.
        message: String,
    },
    /// A message fails to render (unknown reference, cycle …).
    ///
    /// ```
    /// let mut pack = lowback::ContentPack::builtin();
    /// pack.add_ftl("en", "x.ftl", "broken-ref = See { other-missing }\n");
    /// pack.add_ftl("fr", "x.ftl", "broken-ref = Voir { other-missing }\n");
    /// let err = lowback::Catalog::from_pack(&pack).unwrap_err();
    /// assert!(err.problems().iter().any(|p| matches!(p, lowback::ContentProblem::BrokenMessage { .. })));
    /// ```
    #[error("{locale}: message {message} does not render: {detail}")]
    BrokenMessage {
        /// The locale tag.
        locale: String,
        /// The message id.
        message: String,
        /// What Fluent said.
        detail: String,
    },
    /// An app override (added with [`LocalizerBuilder::add_ftl`](crate::LocalizerBuilder::add_ftl))
    /// leaves out the value or an attribute of the message or term it replaces.
    ///
    /// ```
    /// use lowback::{ContentPack, ContentProblem, Localizer};
    /// let err = Localizer::builder(ContentPack::builtin())
    ///     .add_ftl("en", "app.ftl", "report-level-emergency = Get emergency care now\n")
    ///     .build()
    ///     .unwrap_err();
    /// assert!(err.problems().iter().any(|p| matches!(p,
    ///     ContentProblem::DroppedByOverride { attribute: Some(a), file, .. } if a == "detail" && file == "app.ftl")));
    /// ```
    #[error("{locale}/{file}: the override of {message} drops {}", attribute.as_ref().map_or_else(|| "its value".to_owned(), |a| format!("its attribute .{a}")))]
    DroppedByOverride {
        /// The locale tag of the override.
        locale: String,
        /// The override's file name.
        file: String,
        /// The message id (terms with their leading `-`).
        message: String,
        /// The attribute dropped, or `None` for the value.
        attribute: Option<String>,
    },
    /// A message that lowback formats with variables (such as `exercise-dosage` or
    /// `report-for`) uses other variables than the ones the code passes.
    ///
    /// ```
    /// let mut pack = lowback::ContentPack::builtin();
    /// pack.add_ftl("en", "x.ftl", "report-for = Fits: { $lists }\n");
    /// pack.add_ftl("fr", "x.ftl", "report-for = Correspond : { $lists }\n");
    /// // (the builtin report-for is defined twice now, which is reported too)
    /// let err = lowback::Catalog::from_pack(&pack).unwrap_err();
    /// assert!(err.problems().iter().any(|p| matches!(p,
    ///     lowback::ContentProblem::CodeVariableMismatch { expected, .. } if expected == &["list"])));
    /// ```
    #[error("{locale}: message {message} uses variables [{}] but lowback formats it with [{}]", found.join(", "), expected.join(", "))]
    CodeVariableMismatch {
        /// The locale tag.
        locale: String,
        /// The message id.
        message: String,
        /// The variables the code passes.
        expected: Vec<String>,
        /// The variables the message uses.
        found: Vec<String>,
    },
    /// A pack built on the builtin content (`data/pack.toml` keeps the builtin name) lacks one of
    /// the builtin red-flag rules. A red flag removed by mistake is a silent safety loss, so it is
    /// refused unless the app acknowledges it with
    /// [`ContentPack::acknowledge_removed_rule`](crate::ContentPack::acknowledge_removed_rule).
    ///
    /// ```
    /// let mut pack = lowback::ContentPack::builtin();
    /// pack.add_data("rules.toml", "");
    /// let err = lowback::Catalog::from_pack(&pack).unwrap_err();
    /// assert!(err.problems().iter().any(|p| matches!(p,
    ///     lowback::ContentProblem::RemovedRedFlagRule { id } if id == "ces_saddle_numbness")));
    /// ```
    #[error(
        "rules.toml: the builtin red-flag rule {id} is missing; acknowledge its removal or restore it"
    )]
    RemovedRedFlagRule {
        /// The rule id.
        id: String,
    },
    /// A pack built on the builtin content keeps a builtin red-flag rule or red-flag screen
    /// question but makes it catch less: the rule sets a lower disposition, is no longer a red
    /// flag, or needs more to fire; the question is no longer a screen question, or holds the
    /// "see a clinician" floor less often; a derived finding that a builtin red flag reads is
    /// present on fewer answers (`age_under_16` as `below = 2`). Like a removed
    /// rule, it is refused unless the app acknowledges it with
    /// [`ContentPack::acknowledge_removed_rule`](crate::ContentPack::acknowledge_removed_rule).
    ///
    /// ```
    /// let mut pack = lowback::ContentPack::builtin();
    /// let rules = include_str!("../data/rules.toml").replacen(
    ///     "disposition = \"emergency\"\nall = [\"saddle_numbness\"]",
    ///     "disposition = \"urgent\"\nall = [\"saddle_numbness\"]",
    ///     1,
    /// );
    /// pack.add_data("rules.toml", &rules);
    /// let err = lowback::Catalog::from_pack(&pack).unwrap_err();
    /// assert!(err.problems().iter().any(|p| matches!(p,
    ///     lowback::ContentProblem::WeakenedRedFlag { id, .. } if id == "ces_saddle_numbness")));
    /// pack.acknowledge_removed_rule("ces_saddle_numbness");
    /// assert!(lowback::Catalog::from_pack(&pack).is_ok());
    /// ```
    #[error("{file}: the builtin red flag {id} {change}; acknowledge the change or restore it")]
    WeakenedRedFlag {
        /// `rules.toml` or `findings.toml`.
        file: String,
        /// The rule or finding id.
        id: String,
        /// What changed, in words ("sets urgent, not emergency").
        change: String,
    },
    /// More problems were found than a [`ContentError`] lists ([`MAX_CONTENT_PROBLEMS`]): the
    /// last entry says how many more.
    ///
    /// ```
    /// let mut pack = lowback::ContentPack::builtin();
    /// let rules: String = (0..300)
    ///     .map(|i| format!("[[rule]]\nid = \"app_{i}\"\nkind = \"referral\"\n\
    ///         disposition = \"see_clinician\"\nall = [\"no_such_{i}\"]\n\
    ///         references = [\"nice_ng59\"]\nstatus = \"draft\"\nupdated = \"2026-11-29\"\n"))
    ///     .collect();
    /// pack.append_data("rules.toml", &rules);
    /// let err = lowback::Catalog::from_pack(&pack).unwrap_err();
    /// assert_eq!(err.problems().len(), lowback::MAX_CONTENT_PROBLEMS + 1);
    /// assert!(matches!(err.problems().last(),
    ///     Some(lowback::ContentProblem::TooManyProblems { omitted }) if *omitted > 0));
    /// ```
    #[error("and {omitted} more problems, not listed")]
    TooManyProblems {
        /// How many were left out.
        omitted: usize,
    },
}

/// The words of [`InputProblem::Duplicate`]: a key given twice is named once.
fn duplicate(field: &str, value: &str) -> String {
    if field == value {
        format!("{field} is given twice")
    } else {
        format!("{field} has {value:?} twice")
    }
}

/// Everything wrong with an assessment, found in one pass.
///
/// ```
/// let err = lowback::Assessment::from_json(r#"{"age": 200, "severity": 11}"#).unwrap_err();
/// assert_eq!(err.problems().len(), 2);
/// assert!(err.to_string().contains("age"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    pub(crate) problems: Vec<InputProblem>,
}

impl InputError {
    pub(crate) fn one(p: InputProblem) -> Self {
        Self { problems: vec![p] }
    }

    /// Every problem found.
    #[must_use]
    pub fn problems(&self) -> &[InputProblem] {
        &self.problems
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("invalid assessment: ")?;
        write_list(f, "problem", &self.problems)
    }
}

impl std::error::Error for InputError {}

/// One problem in an assessment, naming the field.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum InputProblem {
    /// The JSON is malformed (syntax), or not an object.
    ///
    /// ```
    /// let err = lowback::Assessment::from_json(r#"{"age": 40"#).unwrap_err();
    /// assert!(matches!(err.problems()[0], lowback::InputProblem::Json { line: 1, .. }));
    /// ```
    #[error("JSON, line {line}, column {column}: {message}")]
    Json {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What the parser said.
        message: String,
    },
    /// A field the assessment does not have, with the known field it is closest to when it
    /// looks like a slip of the keyboard.
    ///
    /// ```
    /// let err = lowback::Assessment::from_json(r#"{"agee": 40}"#).unwrap_err();
    /// let problem = &err.problems()[0];
    /// assert!(matches!(problem, lowback::InputProblem::UnknownField { field, .. } if field == "agee"));
    /// assert_eq!(problem.suggestion(), Some("age"));
    /// assert_eq!(problem.to_string(), r#"unknown field "agee" (did you mean "age"?)"#);
    /// ```
    #[error("unknown field {field:?}{}", did_you_mean(suggestion.as_deref()))]
    #[non_exhaustive]
    UnknownField {
        /// The name given (at most 64 characters of it).
        field: String,
        /// The known name it is closest to, if one is within a few keystrokes.
        suggestion: Option<String>,
    },
    /// A value of the wrong JSON type.
    ///
    /// ```
    /// let err = lowback::Assessment::from_json(r#"{"age": "forty"}"#).unwrap_err();
    /// assert!(matches!(err.problems()[0], lowback::InputProblem::WrongType { .. }));
    /// ```
    #[error("{field} is {found}; expected {expected}")]
    WrongType {
        /// The field.
        field: String,
        /// What is accepted.
        expected: &'static str,
        /// What was given.
        found: &'static str,
    },
    /// A number is out of its allowed range.
    ///
    /// ```
    /// let err = lowback::Assessment::from_json(r#"{"severity": 12}"#).unwrap_err();
    /// assert!(matches!(err.problems()[0], lowback::InputProblem::OutOfRange { field: "severity", .. }));
    /// ```
    #[error("{field} is {value}, outside {min}..={max}")]
    OutOfRange {
        /// The field.
        field: &'static str,
        /// The value given.
        value: i64,
        /// The lowest allowed value.
        min: i64,
        /// The highest allowed value.
        max: i64,
    },
    /// A value that is not one of the field's values.
    ///
    /// ```
    /// let err = lowback::Assessment::from_json(r#"{"onset": "slowly"}"#).unwrap_err();
    /// assert!(matches!(err.problems()[0], lowback::InputProblem::InvalidValue { .. }));
    /// ```
    #[error("{field} is {value:?}; expected {expected}")]
    InvalidValue {
        /// The field (`findings.<id>` for a finding).
        field: String,
        /// The value given (at most 64 characters of it).
        value: String,
        /// What is accepted.
        expected: String,
    },
    /// A value or a key is given twice.
    ///
    /// ```
    /// let err = lowback::Assessment::from_json(r#"{"pain_locations": ["hip", "hip"]}"#).unwrap_err();
    /// assert!(matches!(&err.problems()[0], lowback::InputProblem::Duplicate { field, .. } if field == "pain_locations"));
    /// ```
    #[error("{}", duplicate(field, value))]
    Duplicate {
        /// The field.
        field: String,
        /// The repeated value.
        value: String,
    },
    /// Two answers contradict each other.
    ///
    /// ```
    /// let err = lowback::Assessment::from_json(r#"{"trauma": "none", "onset": "after_fall_or_accident"}"#).unwrap_err();
    /// assert!(matches!(err.problems()[0], lowback::InputProblem::Contradiction { .. }));
    /// ```
    #[error("{first} contradicts {second}: {detail}")]
    Contradiction {
        /// One field.
        first: &'static str,
        /// The other field.
        second: &'static str,
        /// Why they cannot both hold.
        detail: &'static str,
    },
    /// A finding id that the catalog's vocabulary does not have, with the finding it is
    /// closest to when it looks like a slip of the keyboard.
    ///
    /// ```
    /// let a = lowback::Assessment::from_json(r#"{"findings": {"neck_pain": "yes",
    ///     "saddle_numbnes": "no"}}"#)?;
    /// let err = lowback::Catalog::builtin().triage(&a).unwrap_err();
    /// assert!(matches!(err.problems()[0], lowback::InputProblem::UnknownFinding { .. }));
    /// assert_eq!(err.problems()[0].suggestion(), None);
    /// assert_eq!(err.problems()[1].suggestion(), Some("saddle_numbness"));
    /// # Ok::<(), lowback::InputError>(())
    /// ```
    #[error(
        "findings.{finding} is not a finding of the vocabulary{}",
        did_you_mean(suggestion.as_deref())
    )]
    #[non_exhaustive]
    UnknownFinding {
        /// The id given (at most 64 characters of it).
        finding: String,
        /// The finding it is closest to, if one is within a few keystrokes.
        suggestion: Option<String>,
    },
    /// A derived finding was answered in `findings`; it is computed from another answer.
    ///
    /// ```
    /// let a = lowback::Assessment::from_json(r#"{"findings": {"age_50_or_over": "yes"}}"#)?;
    /// let err = lowback::Catalog::builtin().triage(&a).unwrap_err();
    /// assert!(matches!(err.problems()[0], lowback::InputProblem::DerivedFinding { .. }));
    /// # Ok::<(), lowback::InputError>(())
    /// ```
    #[error("findings.{finding} is computed from {from}; answer that instead")]
    DerivedFinding {
        /// The finding.
        finding: FindingId,
        /// The field or finding it is computed from.
        from: String,
    },
    /// A finding answered no although another answer implies it.
    ///
    /// ```
    /// let a = lowback::Assessment::from_json(
    ///     r#"{"findings": {"symptoms_both_legs": "no", "symptoms_both_legs_new": "yes"}}"#)?;
    /// assert!(lowback::Catalog::builtin().triage(&a).is_err());
    /// # Ok::<(), lowback::InputError>(())
    /// ```
    #[error("findings.{finding} is answered no, but {by} implies it")]
    Implied {
        /// The finding answered no.
        finding: FindingId,
        /// The finding answered yes that implies it.
        by: FindingId,
    },
    /// Nothing was answered.
    ///
    /// ```
    /// let catalog = lowback::Catalog::builtin();
    /// let err = catalog.triage(&lowback::Assessment::new()).unwrap_err();
    /// assert_eq!(err.problems()[0], lowback::InputProblem::Empty);
    /// ```
    #[error("the assessment is empty: answer at least one question")]
    Empty,
    /// An interview answer could not be understood.
    ///
    /// ```
    /// let mut a = lowback::Assessment::new();
    /// let q = lowback::Question::Field(lowback::Field::Sex);
    /// let err = a.answer(lowback::Catalog::builtin(), q, "maybe").unwrap_err();
    /// assert!(matches!(err.problems()[0], lowback::InputProblem::InvalidAnswer { .. }));
    /// ```
    #[error(
        "{question}: cannot understand {value:?}; expected {expected}{}",
        did_you_mean(suggestion.as_deref())
    )]
    #[non_exhaustive]
    InvalidAnswer {
        /// The question id.
        question: String,
        /// The answer given (at most 64 characters of it).
        value: String,
        /// What is accepted.
        expected: String,
        /// The option the answer looks like a slip of the keyboard for ("lowr back"), as shown
        /// to the person: its label when the labels were given, else its value.
        suggestion: Option<String>,
    },
    /// More problems than an error lists; this many were left out.
    ///
    /// ```
    /// let json = format!("{{{}}}", (0..100).map(|i| format!("\"f{i}\": 1")).collect::<Vec<_>>().join(","));
    /// let err = lowback::Assessment::from_json(&json).unwrap_err();
    /// assert!(matches!(err.problems().last(), Some(lowback::InputProblem::TooManyProblems { omitted: 36 })));
    /// ```
    #[error("and {omitted} more problems")]
    TooManyProblems {
        /// How many were left out.
        omitted: usize,
    },
}

/// A locale tag that cannot be used.
///
/// ```
/// let err = lowback::Localizer::builtin().negotiate("not a tag!").unwrap_err();
/// assert!(matches!(err, lowback::LocaleError::Malformed { .. }));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum LocaleError {
    /// The tag is not a well-formed BCP 47 language tag.
    ///
    /// ```
    /// assert!(lowback::Localizer::builtin().negotiate("").is_err());
    /// ```
    #[error("{tag:?} is not a well-formed BCP 47 language tag")]
    Malformed {
        /// The tag given (at most 64 characters of it).
        tag: String,
    },
    /// No entry of an HTTP `Accept-Language` header can be read: `problem` says what is wrong
    /// with the first one (a tag that is not BCP 47, or a weight that is not a `q` from 0 to 1).
    ///
    /// ```
    /// let err = lowback::Localizer::builtin().negotiate_accept_language("fr;q=high").unwrap_err();
    /// assert!(matches!(err, lowback::LocaleError::MalformedAcceptLanguage { .. }));
    /// assert!(err.to_string().contains("the weight \"q=high\" of \"fr\""));
    /// ```
    #[error("no entry of the Accept-Language header {header:?} can be read: {problem}")]
    MalformedAcceptLanguage {
        /// The header given (at most 64 characters of it).
        header: String,
        /// What is wrong with its first entry.
        problem: String,
    },
}

/// A message could not be rendered.
///
/// ```
/// let loc = lowback::Localizer::builtin();
/// let locale = loc.negotiate("fr")?;
/// let err = loc.message(&locale, "no-such-message", None, &[]).unwrap_err();
/// assert!(matches!(err, lowback::RenderError::MissingMessage { .. }));
/// # Ok::<(), lowback::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum RenderError {
    /// No locale in the chain has the message (or its attribute).
    ///
    /// ```
    /// let loc = lowback::Localizer::builtin();
    /// let en = loc.negotiate("en")?;
    /// assert!(loc.message(&en, "report-title", Some("nope"), &[]).is_err());
    /// # Ok::<(), lowback::Error>(())
    /// ```
    #[error("no locale has message {id}{}", attribute.as_ref().map(|a| format!(".{a}")).unwrap_or_default())]
    MissingMessage {
        /// The message id.
        id: String,
        /// The attribute, if one was asked for.
        attribute: Option<String>,
    },
    /// Fluent reported errors while formatting (missing variable, unknown reference …).
    ///
    /// ```
    /// let loc = lowback::Localizer::builtin();
    /// let en = loc.negotiate("en")?;
    /// // exercise-dosage needs variables; none are given
    /// assert!(matches!(loc.message(&en, "exercise-dosage", None, &[]), Err(lowback::RenderError::Fluent { .. })));
    /// # Ok::<(), lowback::Error>(())
    /// ```
    #[error("message {id} rendered with errors: {}", errors.join("; "))]
    Fluent {
        /// The message id.
        id: String,
        /// Fluent's error messages.
        errors: Vec<String>,
    },
    /// The triage was decided by another catalog (its content version differs): its ids may
    /// name other items, or none, so its report would give reasons that are not the ones that
    /// decided. Render it with the catalog that decided, or triage again with this one.
    ///
    /// ```
    /// use lowback::{Assessment, Catalog, ContentPack, Localizer, Report};
    /// let mut pack = ContentPack::builtin();
    /// pack.append_data("facts.toml", "\n# an app's comment changes the content version\n");
    /// let app = Catalog::from_pack(&pack)?;
    /// let t = app.triage(&Assessment::from_json(r#"{"pain_locations": ["lower_back"]}"#)?)?;
    /// let loc = Localizer::builtin();
    /// let en = loc.negotiate("en")?;
    /// assert!(matches!(Report::new(Catalog::builtin(), loc, &en, &t),
    ///     Err(lowback::RenderError::OtherCatalog { .. })));
    /// assert!(Report::new(&app, loc, &en, &t).is_ok());
    /// // The FHIR export reads the triage's ids in the catalog too.
    /// # #[cfg(feature = "fhir")]
    /// assert!(lowback::fhir::risk_assessment(Catalog::builtin(), &t).is_err());
    /// # Ok::<(), lowback::Error>(())
    /// ```
    #[error(
        "the triage was decided by content {triage}, not by this catalog's {catalog}: render it with the catalog that decided, or triage again"
    )]
    OtherCatalog {
        /// The triage's content version.
        triage: String,
        /// The catalog's content version.
        catalog: String,
    },
}

/// Any error of this crate.
///
/// ```
/// fn run() -> Result<(), lowback::Error> {
///     let a = lowback::Assessment::from_json("{}")?;
///     lowback::Catalog::builtin().triage(&a)?;
///     Ok(())
/// }
/// assert!(matches!(run(), Err(lowback::Error::Input(_))));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A content pack is invalid.
    ///
    /// ```
    /// let e: lowback::Error = lowback::Catalog::from_pack(&lowback::ContentPack::new()).unwrap_err().into();
    /// assert!(matches!(e, lowback::Error::Content(_)));
    /// ```
    #[error(transparent)]
    Content(#[from] ContentError),
    /// An assessment is invalid.
    ///
    /// ```
    /// let e: lowback::Error = lowback::Assessment::from_json("[").unwrap_err().into();
    /// assert!(matches!(e, lowback::Error::Input(_)));
    /// ```
    #[error(transparent)]
    Input(#[from] InputError),
    /// A locale tag is malformed.
    ///
    /// ```
    /// let e: lowback::Error = lowback::Localizer::builtin().negotiate("!!").unwrap_err().into();
    /// assert!(matches!(e, lowback::Error::Locale(_)));
    /// ```
    #[error(transparent)]
    Locale(#[from] LocaleError),
    /// A message failed to render.
    ///
    /// ```
    /// let loc = lowback::Localizer::builtin();
    /// let en = loc.negotiate("en").unwrap();
    /// let e: lowback::Error = loc.message(&en, "nope", None, &[]).unwrap_err().into();
    /// assert!(matches!(e, lowback::Error::Render(_)));
    /// ```
    #[error(transparent)]
    Render(#[from] RenderError),
}
