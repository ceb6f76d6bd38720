//! # lowback-web
//!
//! [lowback](https://docs.rs/lowback) in the browser: a JavaScript / TypeScript API built with
//! `wasm-bindgen`, so that the interview runs where the person is and their answers never leave
//! the device.
//!
//! A [`LowbackSession`] asks one question at a time ([`LowbackSession::question`] gives a
//! localized view of it), takes the answer ([`LowbackSession::answer`],
//! [`LowbackSession::answer_values`], [`LowbackSession::dont_know`]), and when it is over gives
//! the triage (language-neutral JSON), the report in the chosen language (structured, plain text
//! or Markdown), the FHIR R4 resources and the CDS Hooks cards. [`negotiate`] picks a locale
//! from `navigator.languages`.
//!
//! Nothing here panics on input from JavaScript: every fallible call returns a JavaScript
//! `Error` instead. The library itself keeps `forbid(unsafe_code)`; the only unsafe code in this
//! crate is what the `wasm-bindgen` macros generate.
//!
//! The crate also builds for the host, so `cargo test -p lowback-web` checks the session logic
//! without a browser (see the tests at the end of this file); the browser tests live in
//! `web/test/`.
#![deny(missing_docs, missing_debug_implementations)]
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]
#![warn(clippy::pedantic)]
#![allow(
    clippy::must_use_candidate, // wasm-bindgen exports: JavaScript cannot be told anyway
    clippy::needless_pass_by_value, // wasm-bindgen passes Vec<String> by value
    clippy::missing_errors_doc  // every fallible export says "# Errors" in its own words below
)]

use std::collections::BTreeMap;
use std::sync::OnceLock;

use lowback::{
    AnswerKind, Arg, Catalog, ContentError, ContentPack, Disposition, InputError, Interview,
    Locale, Localizer, Outcome, Question, QuestionView, Report,
};
use serde::Serialize;
use wasm_bindgen::prelude::*;

/// The page's own Fluent files (`web/locales/<tag>/page.ftl`), added to the library's content
/// by [`localizer`]. Only `en` and `fr`: the words that change by region are the library's
/// terms, which the regional locales already override.
const PAGE_FTL: &[(&str, &str)] = &[
    ("en", include_str!("../locales/en/page.ftl")),
    ("fr", include_str!("../locales/fr/page.ftl")),
];

/// The prefix of every message of the page.
const PAGE_PREFIX: &str = "page-";

/// The one localizer of this crate: the library's content and the page's messages, built and
/// checked (syntax, references, variables, rendering in every locale) on first use.
static LOCALIZER: OnceLock<Result<Localizer, ContentError>> = OnceLock::new();

fn build_localizer() -> Result<Localizer, ContentError> {
    PAGE_FTL
        .iter()
        .fold(
            Localizer::builder(ContentPack::builtin()),
            |builder, (tag, text)| builder.add_ftl(tag, "page.ftl", text),
        )
        .build()
}

/// The localizer, or why the page's messages were refused.
fn localizer() -> Res<&'static Localizer> {
    LOCALIZER
        .get_or_init(build_localizer)
        .as_ref()
        .map_err(|e| format!("lowback-web: the page's messages were refused: {e}"))
}

/// For what only needs the list of locales: the page's localizer, else the library's (the
/// same locales).
fn any_localizer() -> &'static Localizer {
    localizer().unwrap_or_else(|_| Localizer::builtin())
}

/// A message of the page: its id and the variables it uses.
#[derive(Debug, Clone, PartialEq, Eq)]
struct PageMessage {
    id: &'static str,
    variables: Vec<&'static str>,
}

/// The messages of a page file whose id starts with `page-`, in file order, with the variables
/// each uses (`{ $name }` anywhere in its value, attributes or variants). Fluent puts every
/// entry's id at the start of a line and indents what continues it; the tests check this
/// reading against the localizer, which must render each message with exactly these variables.
fn page_messages(ftl: &'static str) -> Vec<PageMessage> {
    let mut out: Vec<PageMessage> = Vec::new();
    for line in ftl.lines() {
        if line.starts_with(|c: char| c.is_ascii_alphabetic() || c == '-') {
            let (id, value) = line.split_once('=').unwrap_or((line, ""));
            let id = id.trim();
            let is_page = id.starts_with(PAGE_PREFIX)
                && id
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
            // Another entry (a term, or not the page's) still ends the one before.
            out.push(PageMessage {
                id: if is_page { id } else { "" },
                variables: Vec::new(),
            });
            variables_of(value, &mut out);
        } else if line.starts_with(' ') {
            variables_of(line, &mut out);
        } else if line.starts_with('#') {
            out.push(PageMessage {
                id: "",
                variables: Vec::new(),
            });
        }
    }
    out.retain(|m| !m.id.is_empty());
    out
}

/// Adds the variables used in `text` (`{ $name }`, `{$name}`) to the last entry of `out`.
fn variables_of(text: &'static str, out: &mut [PageMessage]) {
    let Some(last) = out.last_mut() else {
        return;
    };
    for (i, _) in text.match_indices('{') {
        let rest = text
            .get(i.saturating_add(1)..)
            .unwrap_or_default()
            .trim_start();
        let Some(name) = rest.strip_prefix('$') else {
            continue;
        };
        let end = name
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
            .unwrap_or(name.len());
        let name = name.get(..end).unwrap_or_default();
        if !name.is_empty() && !last.variables.contains(&name) {
            last.variables.push(name);
        }
    }
}

/// The page's messages, as its English file defines them (the tests check that every locale
/// has the same).
fn page_catalog() -> &'static [PageMessage] {
    static PAGE: OnceLock<Vec<PageMessage>> = OnceLock::new();
    PAGE.get_or_init(|| {
        PAGE_FTL
            .iter()
            .find(|(tag, _)| *tag == "en")
            .map(|(_, text)| page_messages(text))
            .unwrap_or_default()
    })
}

/// The TypeScript shapes of the JSON values this API returns, shipped in the generated
/// `lowback_web.d.ts` (see also `web/types/lowback-json.d.ts` for the triage and report).
#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = include_str!("../types/lowback-json.d.ts");

/// An error for JavaScript, from any library error.
fn js_error(e: impl std::fmt::Display) -> JsError {
    JsError::new(&e.to_string())
}

/// The internal error: a message, turned into a JavaScript `Error` at the boundary (so that
/// the session logic also runs, and is tested, outside a browser).
type Res<T> = Result<T, String>;

fn text_error(e: impl std::fmt::Display) -> String {
    e.to_string()
}

#[wasm_bindgen]
extern "C" {
    /// `JSON.parse` (imported here rather than through `js-sys`, which would bring a dozen
    /// crates for this one function).
    #[wasm_bindgen(js_namespace = JSON, js_name = parse, catch)]
    fn json_parse(text: &str) -> Result<JsValue, JsValue>;

    /// `JSON.stringify`, to read the arguments of a message.
    #[wasm_bindgen(js_namespace = JSON, js_name = stringify, catch)]
    fn json_stringify(value: &JsValue) -> Result<JsValue, JsValue>;
}

/// JSON text made by this crate, as a JavaScript value.
fn parse_js(text: &str) -> Result<JsValue, JsError> {
    json_parse(text).map_err(|_| JsError::new("lowback-web: JSON not parsed"))
}

/// A value of this crate, as a JavaScript value.
fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    parse_js(&serde_json::to_string(value).map_err(js_error)?)
}

/// The locales of the built-in content, best known first: `en`, `en-CA`, `en-GB`, `en-US`,
/// `fr`, `fr-CA`.
#[wasm_bindgen]
pub fn locales() -> Vec<String> {
    any_localizer().locales().map(str::to_owned).collect()
}

/// The ids of the page's own messages (`page-next`, `page-source`, ...), in the order of its
/// Fluent file. Those without variables are in [`LowbackSession::page_strings`]; the others
/// are formatted by [`LowbackSession::message_with`].
#[wasm_bindgen(js_name = pageMessageIds)]
pub fn page_message_ids() -> Vec<String> {
    page_catalog().iter().map(|m| m.id.to_owned()).collect()
}

/// The built-in content's version (the catalog that decides).
#[wasm_bindgen(js_name = contentVersion)]
pub fn content_version() -> String {
    Catalog::builtin().content_version().to_owned()
}

/// The locale to use for a list of language tags in order of preference, such as
/// `navigator.languages`: the first tag that has content (`fr-BE` gives `fr`, `fr-QC` gives
/// `fr-CA`, `en-AU` gives `en`); `en` when none has. Tags that are not well-formed are skipped.
#[wasm_bindgen]
pub fn negotiate(languages: Vec<String>) -> String {
    primary_for(&languages)
}

fn primary_for(languages: &[String]) -> String {
    let loc = any_localizer();
    languages
        .iter()
        .take(32)
        .filter_map(|tag| loc.negotiate(tag).ok())
        .find(|l| !l.is_fallback())
        .map_or_else(|| "en".to_owned(), |l| l.primary().to_owned())
}

/// A question of the interview, ready to lay out in one language.
#[derive(Debug, Serialize)]
struct ViewJson {
    id: String,
    kind: &'static str,
    answer: &'static str,
    prompt: String,
    hint: Option<String>,
    options: Vec<OptionJson>,
    multiple: bool,
    range: Option<RangeJson>,
    unknown_label: String,
    progress: ProgressJson,
}

#[derive(Debug, Serialize)]
struct OptionJson {
    value: String,
    label: String,
}

#[derive(Debug, Serialize)]
struct RangeJson {
    min: i64,
    max: i64,
}

#[derive(Debug, Serialize)]
struct ProgressJson {
    number: usize,
    asked: usize,
    left_estimate: usize,
    text: String,
}

/// What became of an answer.
#[derive(Debug, Serialize)]
struct OutcomeJson {
    status: &'static str,
    message: Option<String>,
    problems: Vec<ProblemJson>,
    attempts_left: Option<u8>,
    finished: bool,
}

#[derive(Debug, Serialize)]
struct ProblemJson {
    code: &'static str,
    message: String,
}

/// One answer given, kept so that [`LowbackSession::back`] can replay the others.
#[derive(Debug, Clone)]
enum Given {
    /// An answer in text, with the option labels it was given against.
    Text(String, Vec<(String, String)>),
    Unknown,
}

/// An interview session: one person, one device. Create it with a locale tag, ask
/// [`question`](LowbackSession::question) for the question to show, answer it, and when
/// [`is_finished`](LowbackSession::is_finished) is true, read the report.
#[wasm_bindgen]
#[derive(Debug)]
pub struct LowbackSession {
    interview: Interview<'static>,
    locale: Locale,
    history: Vec<Given>,
}

#[wasm_bindgen]
impl LowbackSession {
    /// A new session in `locale_tag` (a BCP 47 tag such as `en`, `fr` or `fr-CA`; a language
    /// without content falls back to English).
    ///
    /// # Errors
    ///
    /// When the tag is not well-formed, or the page's messages were refused (the error lists
    /// every problem; the tests rule this out).
    #[wasm_bindgen(constructor)]
    pub fn new(locale_tag: &str) -> Result<LowbackSession, JsError> {
        Self::create(locale_tag).map_err(js_error)
    }

    /// Changes the language of everything shown from now on (the answers are kept). Returns the
    /// locale in use (`fr-QC` gives `fr-CA`).
    ///
    /// # Errors
    ///
    /// When the tag is not well-formed; the locale is then unchanged.
    #[wasm_bindgen(js_name = setLocale)]
    pub fn set_locale(&mut self, tag: &str) -> Result<String, JsError> {
        self.change_locale(tag).map_err(js_error)
    }

    /// The locale in use: the first of its chain (`fr-CA`, `fr`, `en`, ...).
    #[wasm_bindgen(getter)]
    pub fn locale(&self) -> String {
        self.locale.primary().to_owned()
    }

    /// The question to ask now as an object (the TypeScript type `QuestionView`: id, kind,
    /// how it is answered, prompt, hint, options, range, the "I don't know" label, progress),
    /// or `null` when the interview is over.
    ///
    /// # Errors
    ///
    /// When a message is missing from the content (the built-in content is tested never to).
    #[wasm_bindgen(unchecked_return_type = "QuestionView | null")]
    pub fn question(&self) -> Result<JsValue, JsError> {
        match self.view().map_err(js_error)? {
            Some(v) => to_js(&v),
            None => Ok(JsValue::NULL),
        }
    }

    /// The question to ask now as JSON text (`"null"` when the interview is over).
    ///
    /// # Errors
    ///
    /// As [`LowbackSession::question`].
    #[wasm_bindgen(js_name = questionJson)]
    pub fn question_json(&self) -> Result<String, JsError> {
        serde_json::to_string(&self.view().map_err(js_error)?).map_err(js_error)
    }

    /// Answers the current question in text: an option's value or label, its number in the
    /// list (from 1), several separated by commas where several are allowed, yes / no, a number
    /// (with a unit: "3 weeks"), or "I don't know" in English or French. Returns what became of
    /// it (see the TypeScript type `AnswerOutcome`).
    ///
    /// # Errors
    ///
    /// When a message is missing from the content (the built-in content is tested never to).
    #[wasm_bindgen(unchecked_return_type = "AnswerOutcome")]
    pub fn answer(&mut self, text: &str) -> Result<JsValue, JsError> {
        let outcome = self.answer_text(text).map_err(js_error)?;
        to_js(&outcome)
    }

    /// Answers the current question with option values (`["saddle_numbness",
    /// "bladder_change"]`, `["none"]`, `["yes"]`, `["42"]`).
    ///
    /// # Errors
    ///
    /// As [`LowbackSession::answer`].
    #[wasm_bindgen(js_name = answerValues, unchecked_return_type = "AnswerOutcome")]
    pub fn answer_values(&mut self, values: Vec<String>) -> Result<JsValue, JsError> {
        let outcome = self.answer_text(&values.join(", ")).map_err(js_error)?;
        to_js(&outcome)
    }

    /// Records "I don't know" for the current question, which every question accepts.
    ///
    /// # Errors
    ///
    /// As [`LowbackSession::answer`].
    #[wasm_bindgen(js_name = dontKnow, unchecked_return_type = "AnswerOutcome")]
    pub fn dont_know(&mut self) -> Result<JsValue, JsError> {
        to_js(&self.unknown())
    }

    /// Goes back one question: the last answer is forgotten and its question is asked again.
    /// Returns whether there was an answer to forget.
    pub fn back(&mut self) -> bool {
        if self.history.pop().is_none() {
            return false;
        }
        let mut interview = Interview::new(Catalog::builtin());
        for given in &self.history {
            // Each of these was recorded before, so it is recorded again the same way.
            match given {
                Given::Text(text, labels) => {
                    let _ = interview.answer_with_labels(text, labels);
                }
                Given::Unknown => {
                    let _ = interview.skip();
                }
            }
        }
        self.interview = interview;
        true
    }

    /// Starts again: every answer is forgotten; the locale is kept.
    pub fn restart(&mut self) {
        self.interview = Interview::new(Catalog::builtin());
        self.history.clear();
    }

    /// Whether the interview is over: an emergency is reached, or nothing left could change the
    /// outcome or the advice.
    #[wasm_bindgen(js_name = isFinished)]
    pub fn is_finished(&self) -> bool {
        self.interview.should_stop()
    }

    /// Whether anything has been answered yet (the triage and the report need one answer).
    #[wasm_bindgen(js_name = hasAnswers)]
    pub fn has_answers(&self) -> bool {
        !self.history.is_empty()
    }

    /// The disposition of the answers so far: `self_care`, `see_clinician`, `urgent` or
    /// `emergency`.
    ///
    /// # Errors
    ///
    /// When nothing has been answered yet.
    #[wasm_bindgen(unchecked_return_type = "Disposition")]
    pub fn disposition(&self) -> Result<String, JsError> {
        let t = self.interview.triage().map_err(js_error)?;
        Ok(t.disposition.as_str().to_owned())
    }

    /// Whether the answers so far call for care today or now (`urgent` or `emergency`).
    #[wasm_bindgen(js_name = isUrgent)]
    pub fn is_urgent(&self) -> bool {
        self.interview
            .triage()
            .is_ok_and(|t| t.disposition >= Disposition::Urgent)
    }

    /// The answers so far as assessment JSON (`schemas/assessment.schema.json`), to save a
    /// session on the device.
    #[wasm_bindgen(js_name = assessmentJson)]
    pub fn assessment_json(&self) -> String {
        self.interview.assessment().to_json()
    }

    /// The triage of the answers so far as JSON (`schemas/triage.schema.json`): language-neutral
    /// ids and levels.
    ///
    /// # Errors
    ///
    /// When nothing has been answered yet.
    #[wasm_bindgen(js_name = triageJson)]
    pub fn triage_json(&self) -> Result<String, JsError> {
        Ok(self.interview.triage().map_err(js_error)?.to_json())
    }

    /// The report in the session's locale as an object (`schemas/report.schema.json`; the
    /// TypeScript type `Report`), for a page that lays it out itself.
    ///
    /// # Errors
    ///
    /// When nothing has been answered yet, or a message is missing from the content.
    #[wasm_bindgen(unchecked_return_type = "Report")]
    pub fn report(&self) -> Result<JsValue, JsError> {
        parse_js(&self.report_json()?)
    }

    /// The report in the session's locale as JSON text.
    ///
    /// # Errors
    ///
    /// As [`LowbackSession::report`].
    #[wasm_bindgen(js_name = reportJson)]
    pub fn report_json(&self) -> Result<String, JsError> {
        Ok(self.build_report().map_err(js_error)?.to_json())
    }

    /// The report in the session's locale as plain text (no markup: safe to put in a text node).
    ///
    /// # Errors
    ///
    /// As [`LowbackSession::report`].
    #[wasm_bindgen(js_name = reportText)]
    pub fn report_text(&self) -> Result<String, JsError> {
        Ok(self.build_report().map_err(js_error)?.to_text())
    }

    /// The report in the session's locale as Markdown.
    ///
    /// # Errors
    ///
    /// As [`LowbackSession::report`].
    #[wasm_bindgen(js_name = reportMarkdown)]
    pub fn report_markdown(&self) -> Result<String, JsError> {
        Ok(self.build_report().map_err(js_error)?.to_markdown())
    }

    /// A message of the interview's own words in the session's locale (`interview-title`,
    /// `interview-intro`, `interview-done`, `interview-stopped-early`, `answer-unknown`, ...).
    ///
    /// # Errors
    ///
    /// When no locale has the message.
    pub fn message(&self, id: &str) -> Result<String, JsError> {
        self.msg(id, &[]).map_err(js_error)
    }

    /// A message with variables, in the session's locale: `args` is an object whose values
    /// are whole numbers or strings (`messageWith("page-source", { number: 3 })`).
    ///
    /// # Errors
    ///
    /// When no locale has the message, an argument is neither a whole number nor a string, or
    /// a variable the message uses is missing.
    #[wasm_bindgen(js_name = messageWith)]
    pub fn message_with(
        &self,
        id: &str,
        #[wasm_bindgen(unchecked_param_type = "Record<string, string | number>")] args: JsValue,
    ) -> Result<String, JsError> {
        let text = json_stringify(&args)
            .ok()
            .and_then(|v| v.as_string())
            .ok_or_else(|| JsError::new(NOT_AN_OBJECT))?;
        self.msg_json(id, &text).map_err(js_error)
    }

    /// The page's own words in the session's locale, as one object from message id to text:
    /// every `page-*` message without variables (`page-next`, `page-language`,
    /// `page-language-fr-CA`, ...).
    ///
    /// # Errors
    ///
    /// When the page's messages were refused, or one does not render.
    #[wasm_bindgen(js_name = pageStrings, unchecked_return_type = "Record<string, string>")]
    pub fn page_strings(&self) -> Result<JsValue, JsError> {
        to_js(&self.page_texts().map_err(js_error)?)
    }

    /// The FHIR R4 `Questionnaire` of the whole interview in the session's language, as JSON.
    ///
    /// # Errors
    ///
    /// When a message is missing from the content.
    #[wasm_bindgen(js_name = fhirQuestionnaire)]
    pub fn fhir_questionnaire(&self) -> Result<String, JsError> {
        let loc = localizer().map_err(js_error)?;
        let q = lowback::fhir::questionnaire(Catalog::builtin(), loc, &self.locale)
            .map_err(js_error)?;
        Ok(lowback::fhir::to_pretty_json(&q))
    }

    /// The answers so far as a FHIR R4 `QuestionnaireResponse`, as JSON.
    #[wasm_bindgen(js_name = fhirQuestionnaireResponse)]
    pub fn fhir_questionnaire_response(&self) -> String {
        let qr =
            lowback::fhir::questionnaire_response(Catalog::builtin(), self.interview.assessment());
        lowback::fhir::to_pretty_json(&qr)
    }

    /// The triage as a FHIR R4 `RiskAssessment`, as JSON.
    ///
    /// # Errors
    ///
    /// When nothing has been answered yet.
    #[wasm_bindgen(js_name = fhirRiskAssessment)]
    pub fn fhir_risk_assessment(&self) -> Result<String, JsError> {
        let t = self.interview.triage().map_err(js_error)?;
        let ra = lowback::fhir::risk_assessment(Catalog::builtin(), &t).map_err(js_error)?;
        Ok(lowback::fhir::to_pretty_json(&ra))
    }

    /// A FHIR R4 `Bundle` (collection) of the `QuestionnaireResponse` and the `RiskAssessment`,
    /// as JSON.
    ///
    /// # Errors
    ///
    /// When nothing has been answered yet.
    #[wasm_bindgen(js_name = fhirBundle)]
    pub fn fhir_bundle(&self) -> Result<String, JsError> {
        let t = self.interview.triage().map_err(js_error)?;
        let b = lowback::fhir::bundle(Catalog::builtin(), self.interview.assessment(), &t)
            .map_err(js_error)?;
        Ok(lowback::fhir::to_pretty_json(&b))
    }

    /// The CDS Hooks response (`{"cards": [...]}`) for the triage in the session's language, as
    /// JSON.
    ///
    /// # Errors
    ///
    /// When nothing has been answered yet, or a message is missing from the content.
    #[wasm_bindgen(js_name = cdsHooksCards)]
    pub fn cds_hooks_cards(&self) -> Result<String, JsError> {
        let t = self.interview.triage().map_err(js_error)?;
        let loc = localizer().map_err(js_error)?;
        let r = lowback::cds_hooks::response(Catalog::builtin(), loc, &self.locale, &t)
            .map_err(js_error)?;
        serde_json::to_string_pretty(&r).map_err(js_error)
    }
}

/// The error for arguments that are not an object of numbers and strings.
const NOT_AN_OBJECT: &str = "lowback-web: the arguments are not an object";

impl LowbackSession {
    fn create(locale_tag: &str) -> Res<LowbackSession> {
        let locale = localizer()?.negotiate(locale_tag).map_err(text_error)?;
        Ok(LowbackSession {
            interview: Interview::new(Catalog::builtin()),
            locale,
            history: Vec::new(),
        })
    }

    fn change_locale(&mut self, tag: &str) -> Res<String> {
        self.locale = localizer()?.negotiate(tag).map_err(text_error)?;
        Ok(self.locale())
    }

    fn localized_view(&self, q: Question) -> Res<QuestionView> {
        localizer()?
            .question_view(Catalog::builtin(), &self.locale, q)
            .map_err(text_error)
    }

    fn msg(&self, id: &str, args: &[(&str, Arg<'_>)]) -> Res<String> {
        localizer()?
            .message(&self.locale, id, None, args)
            .map_err(text_error)
    }

    /// A message with its arguments as a JSON object (numbers must be whole, within `i64`).
    fn msg_json(&self, id: &str, args: &str) -> Res<String> {
        let args: BTreeMap<String, serde_json::Value> =
            serde_json::from_str(args).map_err(|_| NOT_AN_OBJECT.to_owned())?;
        let mut fluent_args: Vec<(&str, Arg<'_>)> = Vec::with_capacity(args.len());
        for (name, value) in &args {
            let arg = match value {
                serde_json::Value::String(s) => Arg::Text(s),
                serde_json::Value::Number(n) => Arg::Number(n.as_i64().ok_or_else(|| {
                    format!("lowback-web: the argument {name:?} is not a whole number")
                })?),
                _ => {
                    return Err(format!(
                        "lowback-web: the argument {name:?} is neither a number nor a string"
                    ));
                }
            };
            fluent_args.push((name, arg));
        }
        self.msg(id, &fluent_args)
    }

    /// Every page message without variables, in the session's locale.
    fn page_texts(&self) -> Res<BTreeMap<&'static str, String>> {
        page_catalog()
            .iter()
            .filter(|m| m.variables.is_empty())
            .map(|m| Ok((m.id, self.msg(m.id, &[])?)))
            .collect()
    }

    fn view(&self) -> Res<Option<ViewJson>> {
        let Some(q) = self.interview.question() else {
            return Ok(None);
        };
        let v = self.localized_view(q)?;
        let p = self.interview.progress();
        let number = p.asked.saturating_add(1);
        let left = p.left_estimate.saturating_sub(1);
        let text = self.msg(
            "interview-progress",
            &[
                (
                    "asked",
                    Arg::Number(i64::try_from(number).unwrap_or(i64::MAX)),
                ),
                ("left", Arg::Number(i64::try_from(left).unwrap_or(i64::MAX))),
            ],
        )?;
        let kind = match q {
            Question::Field(_) => "field",
            Question::Finding(_) => "finding",
            Question::Checklist(_) => "checklist",
        };
        let answer = match q.kind(Catalog::builtin()) {
            AnswerKind::Number { .. } => "number",
            AnswerKind::YesNo => "yes_no",
            AnswerKind::MultiChoice(_) => "multi_choice",
            _ => "choice",
        };
        Ok(Some(ViewJson {
            id: q.as_str().to_owned(),
            kind,
            answer,
            prompt: v.prompt,
            hint: v.hint,
            options: v
                .options
                .into_iter()
                .map(|(value, label)| OptionJson { value, label })
                .collect(),
            multiple: v.multiple,
            range: v.range.map(|(min, max)| RangeJson { min, max }),
            unknown_label: v.unknown,
            progress: ProgressJson {
                number,
                asked: p.asked,
                left_estimate: p.left_estimate,
                text,
            },
        }))
    }

    fn problems(e: &InputError) -> Vec<ProblemJson> {
        e.problems()
            .iter()
            .map(|p| ProblemJson {
                code: p.code(),
                message: p.to_string(),
            })
            .collect()
    }

    fn answer_text(&mut self, text: &str) -> Res<OutcomeJson> {
        let view = match self.interview.question() {
            Some(q) => Some(self.localized_view(q)?),
            None => None,
        };
        let labels = view.as_ref().map(|v| v.options.clone()).unwrap_or_default();
        let before = self.interview.assessment().clone();
        let outcome = self.interview.answer_with_labels(text, &labels);
        let finished = self.interview.should_stop();
        if matches!(outcome, Outcome::Refused { .. }) && *self.interview.assessment() != before {
            // A "yes" to a question that asks which kind is kept while the kind is asked for:
            // going back must replay it.
            self.history
                .push(Given::Text(text.to_owned(), labels.clone()));
        }
        Ok(match outcome {
            Outcome::Recorded => {
                self.history.push(Given::Text(text.to_owned(), labels));
                OutcomeJson {
                    status: "recorded",
                    message: None,
                    problems: Vec::new(),
                    attempts_left: None,
                    finished,
                }
            }
            Outcome::Refused {
                problem,
                attempts_left,
            } => {
                let expected = match &view {
                    Some(v) if v.options.is_empty() => v.hint.clone().unwrap_or_default(),
                    Some(v) => v
                        .options
                        .iter()
                        .map(|(_, l)| l.as_str())
                        .chain(std::iter::once(v.unknown.as_str()))
                        .collect::<Vec<_>>()
                        .join(" · "),
                    None => String::new(),
                };
                let mut message = self.msg(
                    "interview-invalid-answer",
                    &[("expected", Arg::Text(&expected))],
                )?;
                // A slip of the keyboard ("lowr back"): the option it looks like, first.
                if let Some(option) = problem.problems().iter().find_map(|p| p.suggestion()) {
                    let hint =
                        self.msg("interview-did-you-mean", &[("option", Arg::Text(option))])?;
                    message = format!("{hint} {message}");
                }
                OutcomeJson {
                    status: "refused",
                    message: Some(message),
                    problems: Self::problems(&problem),
                    attempts_left: Some(attempts_left),
                    finished,
                }
            }
            Outcome::MovedOn { problem } => {
                self.history.push(Given::Unknown);
                OutcomeJson {
                    status: "moved_on",
                    message: Some(self.msg("interview-moved-on", &[])?),
                    problems: Self::problems(&problem),
                    attempts_left: None,
                    finished,
                }
            }
            _ => Self::no_question(),
        })
    }

    fn unknown(&mut self) -> OutcomeJson {
        match self.interview.skip() {
            Outcome::Recorded => {
                self.history.push(Given::Unknown);
                OutcomeJson {
                    status: "recorded",
                    message: None,
                    problems: Vec::new(),
                    attempts_left: None,
                    finished: self.interview.should_stop(),
                }
            }
            _ => Self::no_question(),
        }
    }

    fn no_question() -> OutcomeJson {
        OutcomeJson {
            status: "no_question",
            message: None,
            problems: Vec::new(),
            attempts_left: None,
            finished: true,
        }
    }

    fn build_report(&self) -> Res<Report> {
        let t = self.interview.triage().map_err(text_error)?;
        Report::new(Catalog::builtin(), localizer()?, &self.locale, &t).map_err(text_error)
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    /// A calm answer to any question: "none" of a checklist, "no", a middle-aged adult's
    /// numbers, the lower back, and otherwise the first option.
    fn calm(v: &ViewJson) -> String {
        match v.answer {
            "number" => match v.id.as_str() {
                "age" => "35".to_owned(),
                "severity" => "3".to_owned(),
                _ => v
                    .range
                    .as_ref()
                    .map_or(10, |r| 10.clamp(r.min, r.max))
                    .to_string(),
            },
            "yes_no" => "no".to_owned(),
            _ => v
                .options
                .iter()
                .map(|o| o.value.clone())
                .find(|x| x == "none" || x == "lower_back" || x == "not_pregnant")
                .unwrap_or_else(|| v.options[0].value.clone()),
        }
    }

    #[test]
    fn the_first_question_is_the_cauda_equina_checklist_in_words() {
        let s = LowbackSession::new("fr-CA").unwrap();
        let v = s.view().unwrap().unwrap();
        assert_eq!(
            (v.id.as_str(), v.kind, v.answer),
            ("cauda_equina", "checklist", "multi_choice")
        );
        assert!(v.multiple);
        assert!(v.options.iter().any(|o| o.value == "none"));
        assert_eq!(v.unknown_label, "Je ne sais pas");
        assert_eq!(v.progress.number, 1);
        assert!(v.progress.text.starts_with("Question 1"));
        assert_eq!(s.locale(), "fr-CA");
    }

    #[test]
    fn a_calm_interview_ends_with_a_report_that_is_not_urgent() {
        let mut s = LowbackSession::new("en").unwrap();
        let mut asked = 0;
        while let Some(v) = s.view().unwrap() {
            assert_eq!(
                s.answer_text(&calm(&v)).unwrap().status,
                "recorded",
                "{}",
                v.id
            );
            asked += 1;
            assert!(asked < 40, "the interview never ended");
        }
        assert!(s.is_finished());
        assert!(!s.is_urgent());
        let report = s.build_report().unwrap();
        assert!(report.to_text().contains("not a diagnosis"));
        assert!(report.to_markdown().starts_with("# "));
        assert_eq!(s.answer_text("no").unwrap().status, "no_question");
    }

    #[test]
    fn saddle_numbness_in_french_is_an_emergency_with_the_number_first() {
        let mut s = LowbackSession::new("fr").unwrap();
        let o = s.answer_text("saddle_numbness, bladder_change").unwrap();
        assert_eq!(o.status, "recorded");
        assert!(o.finished, "an emergency ends the interview at once");
        assert!(s.is_urgent());
        let report = s.build_report().unwrap();
        assert_eq!(report.disposition, Disposition::Emergency);
        assert!(
            report.act_now.iter().any(|a| a.contains("15")),
            "{:?}",
            report.act_now
        );
    }

    #[test]
    fn i_dont_know_to_everything_ends_and_is_not_confident() {
        let mut s = LowbackSession::new("en").unwrap();
        let mut n = 0;
        while s.view().unwrap().is_some() {
            assert_eq!(s.unknown().status, "recorded");
            n += 1;
            assert!(n < 60, "the interview never ended");
        }
        let t = s.interview.triage().unwrap();
        assert!(!t.complete);
        assert_ne!(t.disposition, Disposition::SelfCare);
    }

    #[test]
    fn an_answer_not_understood_is_refused_then_moved_on() {
        let mut s = LowbackSession::new("fr").unwrap();
        let o = s.answer_text("banane").unwrap();
        assert_eq!((o.status, o.attempts_left), ("refused", Some(2)));
        assert!(o.message.unwrap().contains("Je ne sais pas"));
        assert!(!o.problems.is_empty());
        assert_eq!(s.answer_text("").unwrap().status, "refused");
        let o = s.answer_text("?!").unwrap();
        assert_eq!(o.status, "moved_on");
        assert!(s.has_answers());
    }

    #[test]
    fn back_forgets_the_last_answer_only() {
        let mut s = LowbackSession::new("en").unwrap();
        assert!(!s.back());
        s.answer_text("none").unwrap();
        s.answer_text("Lower back").unwrap(); // a label in the words shown
        let third = s.view().unwrap().unwrap().id;
        assert!(s.back());
        assert_eq!(s.view().unwrap().unwrap().id, "pain_locations");
        assert_eq!(s.interview.progress().asked, 1);
        s.answer_text("lower_back").unwrap();
        assert_eq!(s.view().unwrap().unwrap().id, third);
        s.restart();
        assert_eq!(s.view().unwrap().unwrap().id, "cauda_equina");
        assert!(!s.has_answers());
    }

    #[test]
    fn the_locale_can_change_mid_interview_and_answers_are_kept() {
        let mut s = LowbackSession::new("en").unwrap();
        s.answer_text("none").unwrap();
        assert_eq!(s.change_locale("fr-QC").unwrap(), "fr-CA");
        let v = s.view().unwrap().unwrap();
        assert_eq!(v.id, "pain_locations");
        assert_eq!(v.progress.number, 2);
        assert!(s.change_locale("not a tag!").is_err());
        assert_eq!(s.locale(), "fr-CA");
    }

    #[test]
    fn negotiation_takes_the_first_language_with_content() {
        let tags = |t: &[&str]| t.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        assert_eq!(primary_for(&tags(&["de-DE", "fr-BE", "en"])), "fr");
        assert_eq!(primary_for(&tags(&["fr-QC"])), "fr-CA");
        assert_eq!(primary_for(&tags(&["en-GB", "fr"])), "en-GB");
        assert_eq!(primary_for(&tags(&["??", "de"])), "en");
        assert_eq!(primary_for(&[]), "en");
    }

    #[test]
    fn outputs_are_json() {
        let mut s = LowbackSession::new("fr").unwrap();
        s.answer_text("none").unwrap();
        let t = s.interview.triage().unwrap();
        let report: serde_json::Value =
            serde_json::from_str(&s.build_report().unwrap().to_json()).unwrap();
        assert_eq!(report["locale"], "fr");
        let q = lowback::fhir::questionnaire(Catalog::builtin(), localizer().unwrap(), &s.locale)
            .unwrap();
        assert_eq!(q["language"], "fr");
        let b = lowback::fhir::bundle(Catalog::builtin(), s.interview.assessment(), &t).unwrap();
        assert_eq!(b["resourceType"], "Bundle");
    }

    // ---- the page's own words (web/locales/<tag>/page.ftl) ----------------------------------

    /// Every locale the page is shown in.
    const LOCALES: [&str; 6] = ["en", "en-GB", "en-US", "en-CA", "fr", "fr-CA"];

    fn ftl(tag: &str) -> &'static str {
        PAGE_FTL.iter().find(|(t, _)| *t == tag).unwrap().1
    }

    /// A page message in `tag`, with a sample value (1) for each of its variables.
    fn render(tag: &str, m: &PageMessage) -> Result<String, String> {
        let s = LowbackSession::create(tag)?;
        let args: Vec<(&str, Arg<'_>)> = m.variables.iter().map(|v| (*v, Arg::Number(1))).collect();
        s.msg(m.id, &args)
    }

    /// Every page message rendered in every locale, with the locale.
    fn rendered() -> Vec<(&'static str, &'static str, String)> {
        let mut out = Vec::new();
        for tag in LOCALES {
            for m in page_catalog() {
                out.push((tag, m.id, render(tag, m).unwrap()));
            }
        }
        out
    }

    #[test]
    fn the_page_localizer_builds_with_zero_problems() {
        let built = build_localizer();
        if let Err(e) = &built {
            assert!(
                e.problems().is_empty(),
                "{} problems:\n{e}",
                e.problems().len()
            );
        }
        assert_eq!(built.unwrap().locales().count(), LOCALES.len());
        assert!(localizer().is_ok());
        let mut listed = locales();
        listed.sort();
        let mut want = LOCALES.map(str::to_owned).to_vec();
        want.sort();
        assert_eq!(listed, want);
    }

    #[test]
    fn the_page_files_are_read_as_fluent_reads_them() {
        let en = page_catalog();
        assert!(en.len() >= 25, "{en:?}");
        assert!(en.iter().all(|m| m.id.starts_with(PAGE_PREFIX)));
        let vars = |id: &str| en.iter().find(|m| m.id == id).unwrap().variables.clone();
        assert_eq!(vars("page-next"), Vec::<&str>::new());
        assert_eq!(vars("page-source"), ["number"]);
        assert_eq!(vars("page-document-title"), ["title"]);
        assert_eq!(vars("page-failed"), ["detail"]);
        // Exactly these variables: every message renders with them, and fails without any one.
        let s = LowbackSession::create("fr-CA").unwrap();
        for m in en {
            render("fr-CA", m).unwrap();
            for skipped in &m.variables {
                let args: Vec<(&str, Arg<'_>)> = m
                    .variables
                    .iter()
                    .filter(|v| *v != skipped)
                    .map(|v| (*v, Arg::Number(1)))
                    .collect();
                assert!(s.msg(m.id, &args).is_err(), "{} uses ${skipped}", m.id);
            }
        }
        // Comments, terms and other messages end a message; ids must start a line.
        let read = page_messages(
            "# page-not = { $x }\n-page-term = { $y }\npage-a = A\n    .title = { $t }\n\npage-b =\n    { $n ->\n        [one] B\n       *[other] { $m }\n    }\nother = { $z }\n",
        );
        assert_eq!(
            read,
            [
                PageMessage {
                    id: "page-a",
                    variables: vec!["t"]
                },
                PageMessage {
                    id: "page-b",
                    variables: vec!["n", "m"]
                },
            ]
        );
    }

    #[test]
    fn every_page_message_is_in_english_and_in_french() {
        let ids = |tag| {
            let mut v: Vec<_> = page_messages(ftl(tag))
                .into_iter()
                .map(|m| {
                    (
                        m.id,
                        m.variables
                            .into_iter()
                            .collect::<std::collections::BTreeSet<_>>(),
                    )
                })
                .collect();
            v.sort();
            v
        };
        assert_eq!(
            ids("en"),
            ids("fr"),
            "the same messages, with the same variables"
        );
        assert_eq!(
            PAGE_FTL.len(),
            2,
            "a regional page file needs its own checks here"
        );
    }

    #[test]
    fn every_page_message_renders_in_every_locale() {
        for (tag, id, text) in rendered() {
            assert!(!text.trim().is_empty(), "{tag} {id}");
            assert!(
                !text.contains('{') && !text.contains('}'),
                "{tag} {id}: {text}"
            );
        }
    }

    #[test]
    fn page_strings_hold_every_message_without_variables() {
        for tag in LOCALES {
            let s = LowbackSession::create(tag).unwrap();
            let texts = s.page_texts().unwrap();
            let want: Vec<_> = page_catalog()
                .iter()
                .filter(|m| m.variables.is_empty())
                .map(|m| m.id)
                .collect();
            assert_eq!(
                texts
                    .keys()
                    .copied()
                    .collect::<std::collections::BTreeSet<_>>(),
                want.into_iter().collect()
            );
            for (id, text) in &texts {
                assert_ne!(text, id, "{tag}");
            }
        }
        let fr = LowbackSession::create("fr").unwrap().page_texts().unwrap();
        assert_eq!(fr["page-next"], "Suivant");
        let ca = LowbackSession::create("fr-CA")
            .unwrap()
            .page_texts()
            .unwrap();
        assert!(
            ca["page-save-fhir"].contains("professionnel de la santé"),
            "the Québec term"
        );
        assert!(
            fr["page-save-fhir"].contains("professionnel de santé"),
            "the France term"
        );
        assert!(
            ca["page-choose"].contains("«\u{a0}Je ne sais pas\u{a0}»"),
            "{}",
            ca["page-choose"]
        );
    }

    #[test]
    fn messages_with_arguments_from_json() {
        let s = LowbackSession::create("fr").unwrap();
        assert_eq!(
            s.msg_json("page-source", r#"{"number": 3}"#).unwrap(),
            "Source 3"
        );
        assert_eq!(
            s.msg_json("page-document-title", r#"{"title": "Urgent"}"#)
                .unwrap(),
            "Urgent · lowback"
        );
        assert!(
            s.msg_json("page-source", "{}").is_err(),
            "a missing variable"
        );
        assert!(s.msg_json("page-source", r#"{"number": 1.5}"#).is_err());
        assert!(s.msg_json("page-source", r#"{"number": [1]}"#).is_err());
        assert!(s.msg_json("page-source", "[1]").is_err());
        assert!(s.msg_json("page-nope", "{}").is_err());
    }

    #[test]
    fn french_page_words_use_french_typography() {
        let nb = |c: Option<char>| matches!(c, Some('\u{a0}' | '\u{202f}'));
        for (tag, id, text) in rendered() {
            if !tag.starts_with("fr") {
                continue;
            }
            let chars: Vec<char> = text.chars().collect();
            for (i, c) in chars.iter().enumerate() {
                let before = i.checked_sub(1).and_then(|j| chars.get(j)).copied();
                let after = chars.get(i + 1).copied();
                if matches!(c, ';' | ':' | '!' | '?' | '»') {
                    assert!(
                        nb(before),
                        "{tag} {id}: no-break space before {c:?} in {text:?}"
                    );
                }
                if *c == '«' {
                    assert!(nb(after), "{tag} {id}: no-break space after « in {text:?}");
                }
            }
            // The library's French uses the typographic apostrophe.
            assert!(!text.contains('\''), "{tag} {id}: ’ not ' in {text:?}");
            assert!(
                !text.contains('"') && !text.contains('“'),
                "{tag} {id}: « » in {text:?}"
            );
            let lower = format!(
                " {} ",
                text.to_lowercase()
                    .replace(['.', ',', ';', ':', '!', '?', '(', ')'], " ")
            );
            for word in [" tu ", " ton ", " ta ", " tes ", " toi ", " te "] {
                assert!(
                    !lower.contains(word),
                    "{tag} {id}: vous, not{word}in {text:?}"
                );
            }
        }
        assert!(ftl("fr").contains('’'), "the French file uses ’");
    }

    /// Whether `word` is in `text` with no letter or digit right before or after it.
    fn has_word(text: &str, word: &str) -> bool {
        text.match_indices(word).any(|(i, _)| {
            let before = text.get(..i).and_then(|t| t.chars().next_back());
            let after = text.get(i + word.len()..).and_then(|t| t.chars().next());
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
    }

    /// The words each region must never show, as `locales/README-regions.md` lists them.
    const NEVER: [(&str, &[&str]); 6] = [
        (
            "en",
            &[
                "999",
                "911",
                "811",
                "NHS",
                "A&E",
                "ER",
                "GP",
                "Tylenol",
                "physical therapist",
            ],
        ),
        (
            "en-GB",
            &[
                "911",
                "811",
                "ER",
                "acetaminophen",
                "Tylenol",
                "physical therapist",
                "primary care",
            ],
        ),
        (
            "en-US",
            &[
                "999",
                "111",
                "811",
                "NHS",
                "A&E",
                "GP",
                "paracetamol",
                "physiotherapist",
                "maternity unit",
                "early pregnancy unit",
                "trolley",
                "centre",
            ],
        ),
        (
            "en-CA",
            &[
                "999",
                "111",
                "NHS",
                "A&E",
                "GP",
                "paracetamol",
                "physical therapist",
                "trolley",
            ],
        ),
        (
            "fr",
            &[
                "911",
                "811",
                "Info-Santé",
                "Québec",
                "physiothérapeute",
                "médecin de famille",
                "acétaminophène",
                "à l’urgence",
                "clinique sans rendez-vous",
                "massothérapeute",
                "kinésiologue",
                "panier d’épicerie",
                "professionnel de la santé",
            ],
        ),
        (
            "fr-CA",
            &[
                "15",
                "112",
                "116 117",
                "SAMU",
                "paracétamol",
                "aux urgences",
                "kinésithérapeute",
                "masseur",
                "médecin traitant",
                "SOS Médecins",
                "maison médicale de garde",
                "chariot",
                "chaussettes",
                "professionnel de santé",
                "urgences gynécologiques",
            ],
        ),
    ];

    #[test]
    fn no_page_message_shows_a_word_of_another_region() {
        // As locales/README-regions.md lists them, checked on the rendered text. The language
        // menu names every region on purpose, so its entries are left out.
        for (tag, id, text) in rendered() {
            if id.starts_with("page-language-") {
                continue;
            }
            let words = NEVER.iter().find(|(t, _)| *t == tag).unwrap().1;
            for w in words {
                assert!(!has_word(&text, w), "{tag} {id}: {w:?} in {text:?}");
            }
        }
    }

    #[test]
    fn language_names_are_the_same_in_every_locale_and_name_every_locale() {
        let en = LowbackSession::create("en").unwrap().page_texts().unwrap();
        for tag in LOCALES {
            let texts = LowbackSession::create(tag).unwrap().page_texts().unwrap();
            for (id, text) in texts
                .iter()
                .filter(|(id, _)| id.starts_with("page-language-"))
            {
                assert_eq!(text, &en[id], "{tag} {id}");
            }
            assert!(
                en.contains_key(format!("page-language-{tag}").as_str()),
                "{tag}"
            );
        }
    }

    #[test]
    fn english_page_sentences_are_short() {
        for (tag, id, text) in rendered() {
            if !tag.starts_with("en") {
                continue;
            }
            for sentence in text.split(['.', '!', '?']) {
                let n = sentence.split_whitespace().count();
                assert!(n <= 30, "{tag} {id}: {n} words in {sentence:?}");
            }
        }
    }
}
