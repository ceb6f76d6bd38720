//! # lowback
//!
//! Offline, deterministic, evidence-cited triage and bilingual (English and French) guidance for
//! people with low back and hip pain.
//!
//! Three rooms, one direction: **content** ([`Catalog`]: conditions, findings, red flags and
//! their rules, exercises, care options, tips, facts, references, all from `data/*.toml`),
//! **decision** ([`Catalog::triage`]: an [`Assessment`] in, a language-neutral [`Triage`] of ids
//! and levels out) and **words** ([`Localizer`] and [`Report`]: Fluent messages from
//! `locales/<tag>/*.ftl`, with fallback `fr-CA` → `fr` → `en`).
//!
//! **Educational, not diagnostic.** The crate and its reports say so in both languages. Red
//! flags always dominate; an unanswered red-flag question never yields a confident self-care
//! answer.
//!
//! # Example
//!
//! ```
//! use lowback::{Assessment, Catalog, Disposition, Localizer, Report};
//!
//! let assessment = Assessment::from_json(r#"{
//!     "age": 58, "pain_locations": ["lower_back", "below_knee"], "pain_sides": "one",
//!     "findings": { "saddle_numbness": "yes" }
//! }"#)?;
//! let catalog = Catalog::builtin();
//! let triage = catalog.triage(&assessment)?;
//! assert_eq!(triage.disposition, Disposition::Emergency);
//!
//! let localizer = Localizer::builtin();
//! let locale = localizer.negotiate("fr-CA")?;
//! let report = Report::new(catalog, localizer, &locale, &triage)?;
//! assert!(report.to_text().contains("911"));
//! # Ok::<(), lowback::Error>(())
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs, missing_debug_implementations)]
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing
    )
)]
#![warn(clippy::pedantic)]
#![allow(
    clippy::module_name_repetitions, // `CareKind` in `care` reads better than `Kind`
    clippy::missing_errors_doc,      // every fallible fn documents its error under "# Errors" or its type
    clippy::must_use_candidate,      // getters are marked where it matters
    clippy::doc_markdown,            // ids such as snake_case names in prose
    clippy::too_many_lines           // the builder and report are one pass each, kept whole on purpose
)]

mod catalog;
mod error;
mod interop;
mod l10n;
mod model;
mod triage;

pub use catalog::Catalog;
pub use catalog::pack::ContentPack;
pub use error::{
    ContentError, ContentProblem, Error, InputError, InputProblem, LocaleError,
    MAX_CONTENT_PROBLEMS, RenderError,
};
#[cfg(feature = "fhir")]
pub use interop::fhir;
pub use interop::{cds_hooks, schema};
pub use l10n::care_setting::{CareSetting, TimeFrame};
pub use l10n::locale::Locale;
pub use l10n::localizer::{Arg, Localizer, LocalizerBuilder};
pub use l10n::question_view::QuestionView;
pub use l10n::report::{Item, Report, Section, SectionKind};
pub use model::care::{CareKind, CareOption, Tip};
pub use model::citations::{Citations, CitationsIter};
pub use model::condition::{Condition, Region};
pub use model::disposition::{Disposition, UnknownDisposition};
pub use model::exercise::{Dosage, Exercise, Target};
pub use model::fact::Fact;
pub use model::field::{Field, FieldKind};
pub use model::finding::{Answer, Finding, FindingSource, ScreenFloor, Test};
pub use model::finding_set::{FindingSet, FindingSetIter};
pub use model::id::{IdError, MAX_ID_LEN};
pub use model::list::List;
pub use model::red_flag::RedFlag;
pub use model::reference::{Reference, ReferenceKind};
pub use model::rule::{Group, Rule, RuleKind};
pub use model::set::MAX_FINDINGS;
pub use model::{
    CareId, CautionId, ChecklistId, ConditionId, ExerciseId, FactId, FindingId, LevelId,
    Provenance, RedFlagId, ReferenceId, ReviewStatus, RuleId, TagId, TipId,
};
pub use triage::assessment::{
    Assessment, AssessmentBuilder, HipReplacement, LegWeakness, Location, Onset, Pregnancy, Sex,
    Sides, Trauma, Trend,
};
pub use triage::decide::{ConditionMatch, FiredRule, Triage};
pub use triage::evidence::Findings;
pub use triage::interview::{Interview, Outcome, Progress, next_question};
pub use triage::question::{AnswerKind, Question};

/// The README's code blocks, compiled and run as doctests.
#[cfg(all(doctest, feature = "fhir"))]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
