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

use lowback::{
    AnswerKind, Arg, Catalog, Disposition, InputError, Interview, Locale, Localizer, Outcome,
    Question, QuestionView, Report,
};
use serde::Serialize;
use wasm_bindgen::prelude::*;

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
    Localizer::builtin().locales().map(str::to_owned).collect()
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
    let loc = Localizer::builtin();
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
    left_at_most: usize,
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
    /// When the tag is not well-formed.
    #[wasm_bindgen(constructor)]
    pub fn new(locale_tag: &str) -> Result<LowbackSession, JsError> {
        let locale = Localizer::builtin()
            .negotiate(locale_tag)
            .map_err(js_error)?;
        Ok(LowbackSession {
            interview: Interview::new(Catalog::builtin()),
            locale,
            history: Vec::new(),
        })
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
        Localizer::builtin()
            .message(&self.locale, id, None, &[])
            .map_err(js_error)
    }

    /// The FHIR R4 `Questionnaire` of the whole interview in the session's language, as JSON.
    ///
    /// # Errors
    ///
    /// When a message is missing from the content.
    #[wasm_bindgen(js_name = fhirQuestionnaire)]
    pub fn fhir_questionnaire(&self) -> Result<String, JsError> {
        let q =
            lowback::fhir::questionnaire(Catalog::builtin(), Localizer::builtin(), &self.locale)
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
        let ra = lowback::fhir::risk_assessment(Catalog::builtin(), &t);
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
        let b = lowback::fhir::bundle(Catalog::builtin(), self.interview.assessment(), &t);
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
        let r = lowback::cds_hooks::response(
            Catalog::builtin(),
            Localizer::builtin(),
            &self.locale,
            &t,
        )
        .map_err(js_error)?;
        serde_json::to_string_pretty(&r).map_err(js_error)
    }
}

impl LowbackSession {
    fn change_locale(&mut self, tag: &str) -> Res<String> {
        self.locale = Localizer::builtin().negotiate(tag).map_err(text_error)?;
        Ok(self.locale())
    }

    fn localized_view(&self, q: Question) -> Res<QuestionView> {
        Localizer::builtin()
            .question_view(Catalog::builtin(), &self.locale, q)
            .map_err(text_error)
    }

    fn msg(&self, id: &str, args: &[(&str, Arg<'_>)]) -> Res<String> {
        Localizer::builtin()
            .message(&self.locale, id, None, args)
            .map_err(text_error)
    }

    fn view(&self) -> Res<Option<ViewJson>> {
        let Some(q) = self.interview.question() else {
            return Ok(None);
        };
        let v = self.localized_view(q)?;
        let p = self.interview.progress();
        let number = p.asked.saturating_add(1);
        let left = p.left_at_most.saturating_sub(1);
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
                left_at_most: p.left_at_most,
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
        let outcome = self.interview.answer_with_labels(text, &labels);
        let finished = self.interview.should_stop();
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
                OutcomeJson {
                    status: "refused",
                    message: Some(self.msg(
                        "interview-invalid-answer",
                        &[("expected", Arg::Text(&expected))],
                    )?),
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
        Report::new(Catalog::builtin(), Localizer::builtin(), &self.locale, &t).map_err(text_error)
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
        let q = lowback::fhir::questionnaire(Catalog::builtin(), Localizer::builtin(), &s.locale)
            .unwrap();
        assert_eq!(q["language"], "fr");
        let b = lowback::fhir::bundle(Catalog::builtin(), s.interview.assessment(), &t);
        assert_eq!(b["resourceType"], "Bundle");
    }
}
