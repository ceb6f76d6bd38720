//! FHIR R4 resources, as JSON values built by hand (no FHIR library): the interview as a
//! `Questionnaire`, an [`Assessment`] as a `QuestionnaireResponse` (and back), a [`Triage`] as a
//! `RiskAssessment`, and both in a `Bundle` of type `collection`. Behind the `fhir` feature (on by
//! default). The output is checked by an independent implementation (the Python `fhir.resources`
//! models) in `scripts/validate_fhir.py`.
//!
//! # The questionnaire
//!
//! One item per typed field (its JSON name as `linkId`: `age`, `pain_locations` …), then the
//! asked findings in the vocabulary's order (`linkId` `findings.<id>`); the findings of a
//! checklist are grouped (`type` `group`, `linkId` `checklist.<id>`). Numbers are `integer` items
//! with the core `minValue`, `maxValue` and `questionnaire-unit` (UCUM) extensions, the unit also
//! said in the text; every other question is a `choice` (pain locations with `repeats`), its
//! options `valueCoding`s whose `code` is the value of assessment JSON and whose `display` is the
//! localized label. `enableWhen` carries the dependencies between fields, exactly as the library
//! checks them: the weeks of pregnancy are disabled once `pregnancy` is answered `not_pregnant`
//! or `postpartum`, the years since a hip replacement once `hip_replacement` is `none` (the
//! answers that would contradict them), so every valid assessment gives a response that answers
//! no disabled item. The interview's other skips (pregnancy for a man, one side or both without
//! pain in a limb) are not contradictions, and are left to [`Interview`](crate::Interview).
//!
//! Languages: the texts are in the locale asked for (`language`), and every text, title and
//! display also carries the standard `translation` extension
//! (`http://hl7.org/fhir/StructureDefinition/translation`) with its words in each other language
//! of the localizer (where they differ), so one resource serves English and French readers. The
//! questionnaires of every language share one canonical [`QUESTIONNAIRE_URL`] and `version` (the
//! content version) and the same `linkId`s and codes; a response to any of them reads the same.
//!
//! # Codes
//!
//! | system | codes |
//! | --- | --- |
//! | `urn:lowback:field:<field>` | the values of a choice field (`urn:lowback:field:onset`: `sudden`, `gradual`, `after_lifting` …) |
//! | `urn:lowback:answer` | answers to findings: `yes`, `no`, the levels of an ordinal finding (`long_standing`, `new`), and `unknown` ("I don't know") for any choice question |
//! | `urn:lowback:disposition` | `self_care`, `see_clinician`, `urgent`, `emergency` |
//! | `urn:lowback:red-flag` | red flags (`cauda_equina` …), beside their ICD-10 and SNOMED CT codes |
//! | `urn:lowback:condition` | conditions (`sciatica` …), beside their ICD-10 and SNOMED CT codes |
//! | `urn:lowback:content-version` | the content version (`meta.tag`) |
//! | `http://hl7.org/fhir/sid/icd-10`, `http://snomed.info/sct` | WHO ICD-10 and SNOMED CT codes from the catalog |
//!
//! "I don't know" to a number is the item without an answer and with the core
//! `data-absent-reason` extension (`asked-unknown`). The library has no clock and no patient:
//! set `authored`, `occurrenceDateTime` and `subject` in your system.
//!
//! ```
//! use lowback::{Assessment, Catalog, Localizer, fhir};
//! let (catalog, loc) = (Catalog::builtin(), Localizer::builtin());
//! let q = fhir::questionnaire(catalog, loc, &loc.negotiate("fr")?)?;
//! assert_eq!(q["resourceType"], "Questionnaire");
//! assert_eq!(q["language"], "fr");
//!
//! let a = Assessment::from_json(r#"{"age": 58, "pain_locations": ["lower_back"], "findings": {"saddle_numbness": "yes"}}"#)?;
//! let qr = fhir::questionnaire_response(catalog, &a);
//! assert_eq!(fhir::assessment_from_questionnaire_response(catalog, &qr)?, a);
//! let triage = catalog.triage(&a)?;
//! let bundle = fhir::bundle(catalog, &a, &triage)?;
//! assert_eq!(bundle["type"], "collection");
//! assert_eq!(bundle["entry"][1]["resource"]["resourceType"], "RiskAssessment");
//! # Ok::<(), lowback::Error>(())
//! ```

use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;

use serde_json::{Map, Value, json};

use crate::catalog::Catalog;
use crate::error::{InputError, InputProblem, RenderError, shown};
use crate::interop::{urn, uuid};
use crate::model::field::FieldKind;
use crate::model::finding::FindingSource;
use crate::model::{ChecklistId, FindingId, ReviewStatus};
use crate::triage::assessment::{MAX_PROBLEMS, Problems, Slot, type_name};
use crate::triage::question::{AnswerKind, Question};
use crate::{Answer, Assessment, Disposition, Field, Locale, Localizer, Triage};

/// The canonical URL of the lowback questionnaire (every language); its `version` is the
/// catalog's content version.
///
/// ```
/// assert_eq!(lowback::fhir::QUESTIONNAIRE_URL, "urn:lowback:questionnaire");
/// ```
pub const QUESTIONNAIRE_URL: &str = "urn:lowback:questionnaire";

/// The FHIR system of WHO ICD-10 codes.
///
/// ```
/// assert_eq!(lowback::fhir::ICD10, "http://hl7.org/fhir/sid/icd-10");
/// ```
pub const ICD10: &str = "http://hl7.org/fhir/sid/icd-10";

/// The FHIR system of SNOMED CT codes.
///
/// ```
/// assert_eq!(lowback::fhir::SNOMED_CT, "http://snomed.info/sct");
/// ```
pub const SNOMED_CT: &str = "http://snomed.info/sct";

const TRANSLATION: &str = "http://hl7.org/fhir/StructureDefinition/translation";
const DATA_ABSENT: &str = "http://hl7.org/fhir/StructureDefinition/data-absent-reason";
const MIN_VALUE: &str = "http://hl7.org/fhir/StructureDefinition/minValue";
const MAX_VALUE: &str = "http://hl7.org/fhir/StructureDefinition/maxValue";
const UNIT: &str = "http://hl7.org/fhir/StructureDefinition/questionnaire-unit";
const UCUM: &str = "http://unitsofmeasure.org";
const RED_FLAG: &str = "urn:lowback:red-flag";
const CONDITION: &str = "urn:lowback:condition";
const METHOD: &str = "urn:lowback:method";
const UNKNOWN: &str = "unknown";
/// How deep a response may nest groups; deeper items are reported, not read.
const MAX_DEPTH: usize = 4;

/// An item of the questionnaire.
enum Node {
    Field(Field),
    Finding(FindingId),
    Group(ChecklistId, Vec<FindingId>),
}

/// The questionnaire's items, in order: the fields, then the asked findings in vocabulary order,
/// those of a checklist grouped where the checklist's first finding is.
fn layout(catalog: &Catalog) -> Vec<Node> {
    let mut out: Vec<Node> = Field::ALL.iter().map(|f| Node::Field(*f)).collect();
    let mut groups: Vec<ChecklistId> = Vec::new();
    for f in catalog.findings().iter().filter(|f| f.is_asked()) {
        match f.checklist {
            Some(c) if groups.contains(&c) => {}
            Some(c) => {
                groups.push(c);
                let members = catalog
                    .checklist(c)
                    .into_iter()
                    .filter(|id| catalog.finding(*id).is_some_and(crate::Finding::is_asked))
                    .collect();
                out.push(Node::Group(c, members));
            }
            None => out.push(Node::Finding(f.id)),
        }
    }
    out
}

fn finding_link(id: FindingId) -> String {
    format!("findings.{id}")
}

fn group_link(c: ChecklistId) -> String {
    format!("checklist.{c}")
}

fn field_system(f: Field) -> String {
    format!("{}{}", urn::FIELD, f.as_str())
}

/// Whether every content item has been signed by a clinician.
fn reviewed(catalog: &Catalog) -> bool {
    let ok = |s: ReviewStatus| s == ReviewStatus::Reviewed;
    catalog.findings().iter().all(|x| ok(x.provenance.status))
        && catalog.rules().iter().all(|x| ok(x.provenance.status))
        && catalog.red_flags().iter().all(|x| ok(x.provenance.status))
        && catalog.conditions().iter().all(|x| ok(x.provenance.status))
        && catalog.exercises().iter().all(|x| ok(x.provenance.status))
        && catalog
            .care_options()
            .iter()
            .all(|x| ok(x.provenance.status))
        && catalog.tips().iter().all(|x| ok(x.provenance.status))
}

/// `meta` with the content version as a tag (`None` for a catalog without one: FHIR strings
/// are never empty).
fn content_tag(catalog_version: &str) -> Option<Value> {
    (!catalog_version.is_empty())
        .then(|| json!({ "tag": [{ "system": urn::CONTENT_VERSION, "code": catalog_version }] }))
}

/// Inserts a string unless it is empty (FHIR strings are never empty).
fn insert_text(obj: &mut Map<String, Value>, key: &str, text: &str) {
    if !text.is_empty() {
        obj.insert(key.to_owned(), text.into());
    }
}

// ---------------------------------------------------------------------------------------------
// Questionnaire

/// Texts in the primary locale, with their translations into the localizer's other locales.
struct Words<'a> {
    loc: &'a Localizer,
    primary: &'a Locale,
    others: Vec<(String, Locale)>,
}

/// A text and the `_element` that carries its translations.
type Text = (String, Option<Value>);

impl<'a> Words<'a> {
    fn new(loc: &'a Localizer, primary: &'a Locale) -> Self {
        let main = primary.primary();
        let others = loc
            .locales()
            .filter(|t| *t != main)
            .filter_map(|t| loc.negotiate(t).ok().map(|l| (t.to_owned(), l)))
            .collect();
        Words {
            loc,
            primary,
            others,
        }
    }

    fn text(
        &self,
        render: impl Fn(&Locale) -> Result<String, RenderError>,
    ) -> Result<Text, RenderError> {
        let main = render(self.primary)?;
        let mut translations = Vec::new();
        for (tag, l) in &self.others {
            let t = render(l)?;
            if t != main && !t.is_empty() {
                translations.push(json!({
                    "url": TRANSLATION,
                    "extension": [
                        { "url": "lang", "valueCode": tag },
                        { "url": "content", "valueString": t },
                    ],
                }));
            }
        }
        let ext = (!translations.is_empty()).then(|| json!({ "extension": translations }));
        Ok((main, ext))
    }

    fn message(&self, id: &str, attr: Option<&str>) -> Result<Text, RenderError> {
        self.text(|l| self.loc.message(l, id, attr, &[]))
    }
}

/// Sets `key` (and `_key` with its translations) on an object.
fn put(obj: &mut Map<String, Value>, key: &str, (text, ext): Text) {
    obj.insert(key.to_owned(), Value::String(text));
    if let Some(e) = ext {
        obj.insert(format!("_{key}"), e);
    }
}

fn option(system: &str, code: &str, display: Text) -> Value {
    let mut c = Map::new();
    c.insert("system".to_owned(), system.into());
    c.insert("code".to_owned(), code.into());
    put(&mut c, "display", display);
    json!({ "valueCoding": c })
}

fn unknown_option(w: &Words<'_>) -> Result<Value, RenderError> {
    Ok(option(
        urn::ANSWER,
        UNKNOWN,
        w.message("answer-unknown", None)?,
    ))
}

/// The UCUM unit of a number field, if it has one.
fn unit(f: Field) -> Option<(&'static str, &'static str)> {
    match f {
        Field::Age | Field::HipReplacementYears => Some(("a", "year")),
        Field::Duration => Some(("d", "day")),
        Field::MorningStiffness => Some(("min", "minute")),
        Field::PregnancyWeeks => Some(("wk", "week")),
        _ => None,
    }
}

/// The `enableWhen` of a field, and its `enableBehavior` when there are several conditions:
/// exactly the answers the library finds contradictory disable a question, so that every valid
/// assessment writes a response that answers no disabled item.
fn enable_when(f: Field) -> Option<(Vec<Value>, Option<&'static str>)> {
    let not = |on: Field, code: &str| {
        json!({
            "question": on.as_str(),
            "operator": "!=",
            "answerCoding": { "system": field_system(on), "code": code },
        })
    };
    match f {
        Field::PregnancyWeeks => Some((
            vec![
                not(Field::Pregnancy, "not_pregnant"),
                not(Field::Pregnancy, "postpartum"),
            ],
            Some("all"),
        )),
        Field::HipReplacementYears => Some((vec![not(Field::HipReplacement, "none")], None)),
        _ => None,
    }
}

fn field_item(w: &Words<'_>, f: Field) -> Result<Value, RenderError> {
    let q = Question::Field(f);
    let (id, attr) = q.message_id();
    let mut item = Map::new();
    item.insert("linkId".to_owned(), f.as_str().into());
    if let FieldKind::Number { min, max } = f.kind() {
        let text = w.text(|l| {
            let prompt = w.loc.message(l, &id, attr, &[])?;
            let hint = w.loc.message(l, f.message_id(), Some("hint"), &[])?;
            Ok(format!("{prompt} {hint}"))
        })?;
        put(&mut item, "text", text);
        item.insert("type".to_owned(), "integer".into());
        let mut ext = vec![
            json!({ "url": MIN_VALUE, "valueInteger": min }),
            json!({ "url": MAX_VALUE, "valueInteger": max }),
        ];
        if let Some((code, display)) = unit(f) {
            ext.push(json!({
                "url": UNIT,
                "valueCoding": { "system": UCUM, "code": code, "display": display },
            }));
        }
        item.insert("extension".to_owned(), Value::Array(ext));
    } else {
        put(&mut item, "text", w.message(&id, attr)?);
        item.insert("type".to_owned(), "choice".into());
        if f.kind() == FieldKind::MultiChoice {
            item.insert("repeats".to_owned(), true.into());
        }
        let system = field_system(f);
        let mut options = Vec::with_capacity(f.options().len() + 1);
        for v in f.options() {
            options.push(option(
                &system,
                v,
                w.message(&f.option_message_id(v), None)?,
            ));
        }
        options.push(unknown_option(w)?);
        item.insert("answerOption".to_owned(), Value::Array(options));
    }
    if let Some((conditions, behavior)) = enable_when(f) {
        item.insert("enableWhen".to_owned(), Value::Array(conditions));
        if let Some(b) = behavior {
            item.insert("enableBehavior".to_owned(), b.into());
        }
    }
    Ok(Value::Object(item))
}

fn finding_item(w: &Words<'_>, catalog: &Catalog, id: FindingId) -> Result<Value, RenderError> {
    let q = Question::Finding(id);
    let (mid, attr) = q.message_id();
    let mut item = Map::new();
    item.insert("linkId".to_owned(), finding_link(id).into());
    put(&mut item, "text", w.message(&mid, attr)?);
    item.insert("type".to_owned(), "choice".into());
    let mut options = Vec::with_capacity(4);
    if let AnswerKind::Choice(values) = q.kind(catalog) {
        for v in &values {
            let (m, a) = q.option_message(v);
            options.push(option(urn::ANSWER, v, w.message(&m, a.as_deref())?));
        }
        // "Yes" without the kind: what an assessment holds when the kind was never given.
        options.push(option(
            urn::ANSWER,
            "yes",
            w.message("answer-yes-kind-unknown", None)?,
        ));
    } else {
        options.push(option(urn::ANSWER, "yes", w.message("answer-yes", None)?));
        options.push(option(urn::ANSWER, "no", w.message("answer-no", None)?));
    }
    options.push(unknown_option(w)?);
    item.insert("answerOption".to_owned(), Value::Array(options));
    Ok(Value::Object(item))
}

/// The interview as a FHIR R4 `Questionnaire` in `locale`, with the other languages of the
/// localizer as `translation` extensions (see the [module documentation](self)).
///
/// `status` is `draft` (and `experimental` true) until every content item is signed by a
/// clinician, then `active`.
///
/// ```
/// use lowback::{Catalog, Localizer, fhir};
/// let (catalog, loc) = (Catalog::builtin(), Localizer::builtin());
/// let q = fhir::questionnaire(catalog, loc, &loc.negotiate("fr-CA")?)?;
/// assert_eq!(q["version"], catalog.content_version());
/// let items = q["item"].as_array().unwrap();
/// let weeks = items.iter().find(|i| i["linkId"] == "pregnancy_weeks").unwrap();
/// assert_eq!(weeks["type"], "integer");
/// assert_eq!(weeks["enableWhen"][0]["question"], "pregnancy");
/// let ces = items.iter().find(|i| i["linkId"] == "checklist.cauda_equina").unwrap();
/// assert_eq!(ces["type"], "group");
/// assert_eq!(ces["item"][0]["linkId"], "findings.saddle_numbness");
/// // French text, English as a translation.
/// let sex = items.iter().find(|i| i["linkId"] == "sex").unwrap();
/// assert!(sex["text"].as_str().unwrap().starts_with("Quel"));
/// assert_eq!(sex["_text"]["extension"][0]["extension"][0]["valueCode"], "en");
/// # Ok::<(), lowback::Error>(())
/// ```
///
/// # Errors
///
/// [`RenderError`] if a message is missing from every locale of the chain; the builtin pack is
/// tested never to do so.
pub fn questionnaire(
    catalog: &Catalog,
    localizer: &Localizer,
    locale: &Locale,
) -> Result<Value, RenderError> {
    let w = Words::new(localizer, locale);
    let mut items = Vec::new();
    for node in layout(catalog) {
        match node {
            Node::Field(f) => items.push(field_item(&w, f)?),
            Node::Finding(id) => items.push(finding_item(&w, catalog, id)?),
            Node::Group(c, members) => {
                if members.is_empty() {
                    continue;
                }
                let (id, _) = Question::Checklist(c).message_id();
                let mut group = Map::new();
                group.insert("linkId".to_owned(), group_link(c).into());
                put(&mut group, "text", w.message(&id, None)?);
                group.insert("type".to_owned(), "group".into());
                let mut children = Vec::with_capacity(members.len());
                for m in members {
                    children.push(finding_item(&w, catalog, m)?);
                }
                group.insert("item".to_owned(), Value::Array(children));
                items.push(Value::Object(group));
            }
        }
    }
    let lang = locale.primary();
    let signed = reviewed(catalog);
    let mut q = Map::new();
    q.insert("resourceType".to_owned(), "Questionnaire".into());
    q.insert("id".to_owned(), format!("lowback-interview-{lang}").into());
    if let Some(meta) = content_tag(catalog.content_version()) {
        q.insert("meta".to_owned(), meta);
    }
    q.insert("language".to_owned(), lang.into());
    q.insert("url".to_owned(), QUESTIONNAIRE_URL.into());
    insert_text(&mut q, "version", catalog.content_version());
    q.insert("name".to_owned(), "LowbackInterview".into());
    put(&mut q, "title", w.message("interview-title", None)?);
    q.insert(
        "status".to_owned(),
        if signed { "active" } else { "draft" }.into(),
    );
    q.insert("experimental".to_owned(), (!signed).into());
    q.insert("subjectType".to_owned(), json!(["Patient"]));
    insert_text(&mut q, "publisher", catalog.pack_name());
    put(&mut q, "description", w.message("interview-intro", None)?);
    q.insert("item".to_owned(), Value::Array(items));
    Ok(Value::Object(q))
}

// ---------------------------------------------------------------------------------------------
// QuestionnaireResponse

fn coding_answer(system: &str, code: &str) -> Value {
    json!({ "valueCoding": { "system": system, "code": code } })
}

fn unknown_answer() -> Value {
    coding_answer(urn::ANSWER, UNKNOWN)
}

fn field_answer(a: &Assessment, f: Field) -> Option<Value> {
    let link = f.as_str();
    let answers: Vec<Value> = match a.slot(f) {
        Slot::NotAsked => return None,
        Slot::Unknown if matches!(f.kind(), FieldKind::Number { .. }) => {
            return Some(json!({
                "linkId": link,
                "extension": [{ "url": DATA_ABSENT, "valueCode": "asked-unknown" }],
            }));
        }
        Slot::Unknown => vec![unknown_answer()],
        Slot::Number(n) => vec![json!({ "valueInteger": n })],
        Slot::Choice(i) => {
            let v = f.options().get(usize::from(i))?;
            vec![coding_answer(&field_system(f), v)]
        }
        Slot::Multi(mask) => f
            .options()
            .iter()
            .enumerate()
            .filter(|(i, _)| mask & (1u32 << i) != 0)
            .map(|(_, v)| coding_answer(&field_system(f), v))
            .collect(),
    };
    (!answers.is_empty()).then(|| json!({ "linkId": link, "answer": answers }))
}

fn finding_answer(a: &Assessment, id: FindingId) -> Option<Value> {
    let code = match (a.finding(id)?, a.level(id)) {
        (_, Some(level)) => level.to_string(),
        (Answer::Yes, None) => "yes".to_owned(),
        (Answer::No, None) => "no".to_owned(),
        (Answer::Unknown, None) => UNKNOWN.to_owned(),
    };
    Some(json!({ "linkId": finding_link(id), "answer": [coding_answer(urn::ANSWER, &code)] }))
}

/// The canonical of the questionnaire a response answers: `url|version`.
fn canonical(catalog: &Catalog) -> String {
    match catalog.content_version() {
        "" => QUESTIONNAIRE_URL.to_owned(),
        v => format!("{QUESTIONNAIRE_URL}|{v}"),
    }
}

/// An assessment as a FHIR R4 `QuestionnaireResponse` to [`questionnaire`] (status
/// `completed`), its items in the questionnaire's order and grouping. Only what was asked is
/// written; answers to findings the questionnaire does not ask (derived findings, ids the
/// catalog does not have) are left out, as the triage would refuse them.
///
/// ```
/// use lowback::{Assessment, Catalog, fhir};
/// let a = Assessment::from_json(r#"{"age": "unknown", "onset": "after_lifting", "findings": {"muscle_spasm": "yes"}}"#)?;
/// let qr = fhir::questionnaire_response(Catalog::builtin(), &a);
/// assert_eq!(qr["item"][0]["linkId"], "age");
/// assert_eq!(qr["item"][0]["extension"][0]["valueCode"], "asked-unknown");
/// assert_eq!(qr["item"][1]["answer"][0]["valueCoding"]["code"], "after_lifting");
/// # Ok::<(), lowback::InputError>(())
/// ```
#[must_use]
pub fn questionnaire_response(catalog: &Catalog, assessment: &Assessment) -> Value {
    let mut items = Vec::new();
    for node in layout(catalog) {
        match node {
            Node::Field(f) => items.extend(field_answer(assessment, f)),
            Node::Finding(id) => items.extend(finding_answer(assessment, id)),
            Node::Group(c, members) => {
                let children: Vec<Value> = members
                    .iter()
                    .filter_map(|m| finding_answer(assessment, *m))
                    .collect();
                if !children.is_empty() {
                    items.push(json!({ "linkId": group_link(c), "item": children }));
                }
            }
        }
    }
    let json = assessment.to_json();
    let id = uuid(&["QuestionnaireResponse", catalog.content_version(), &json]);
    let mut qr = Map::new();
    qr.insert("resourceType".to_owned(), "QuestionnaireResponse".into());
    qr.insert("id".to_owned(), id.into());
    qr.insert("questionnaire".to_owned(), canonical(catalog).into());
    qr.insert("status".to_owned(), "completed".into());
    if !items.is_empty() {
        qr.insert("item".to_owned(), Value::Array(items));
    }
    Value::Object(qr)
}

/// What a `linkId` asks.
#[derive(Clone, Copy)]
enum Target {
    Field(Field),
    Finding(FindingId),
    Group,
}

/// The name of the value an answer carries (`valueString` …), for error messages.
fn value_kind(answer: &Map<String, Value>) -> &'static str {
    const KINDS: &[&str] = &[
        "valueBoolean",
        "valueDecimal",
        "valueInteger",
        "valueDate",
        "valueDateTime",
        "valueTime",
        "valueString",
        "valueUri",
        "valueAttachment",
        "valueCoding",
        "valueQuantity",
        "valueReference",
    ];
    KINDS
        .iter()
        .find(|k| answer.contains_key(**k))
        .copied()
        .unwrap_or("an answer without a value")
}

/// The code of a data-absent-reason extension on an item, if it has one.
fn data_absent(item: &Map<String, Value>) -> Option<&str> {
    item.get("extension")?
        .as_array()?
        .iter()
        .find(|e| e.get("url").and_then(Value::as_str) == Some(DATA_ABSENT))
        .map(|e| {
            e.get("valueCode")
                .and_then(Value::as_str)
                .unwrap_or(UNKNOWN)
        })
}

struct Reader<'a> {
    index: HashMap<String, Target>,
    catalog: &'a Catalog,
    problems: Problems,
    seen: HashSet<String>,
    fields: Map<String, Value>,
    findings: Map<String, Value>,
}

impl Reader<'_> {
    fn invalid(&mut self, field: &str, value: &str, expected: impl Into<String>) {
        self.problems.push(InputProblem::InvalidValue {
            field: shown(field),
            value: shown(value),
            expected: expected.into(),
        });
    }

    fn items(&mut self, items: &Value, depth: usize) {
        let Some(items) = items.as_array() else {
            self.problems.push(InputProblem::WrongType {
                field: "item".to_owned(),
                expected: "an array of items",
                found: type_name(items),
            });
            return;
        };
        for it in items {
            self.item(it, depth);
        }
    }

    fn item(&mut self, it: &Value, depth: usize) {
        let Some(o) = it.as_object() else {
            self.problems.push(InputProblem::WrongType {
                field: "item".to_owned(),
                expected: "an item object",
                found: type_name(it),
            });
            return;
        };
        let Some(link) = o.get("linkId").and_then(Value::as_str) else {
            self.invalid(
                "item",
                "an item without a linkId",
                "a linkId of the lowback questionnaire",
            );
            return;
        };
        let Some(target) = self.index.get(link).copied() else {
            // In sorted order: the first of equally close names is then always the same. Only
            // for a problem that is kept, so a response of many unknown items costs no more.
            let suggestion = if self.problems.has_room() {
                let mut links: Vec<&str> = self.index.keys().map(String::as_str).collect();
                links.sort_unstable();
                crate::model::closest::closest(link, links).map(str::to_owned)
            } else {
                None
            };
            self.problems.push(InputProblem::UnknownField {
                field: shown(link),
                suggestion,
            });
            return;
        };
        if !self.seen.insert(link.to_owned()) {
            self.problems.push(InputProblem::Duplicate {
                field: "item".to_owned(),
                value: shown(link),
            });
            return;
        }
        if let Target::Group = target {
            if o.contains_key("answer") {
                self.invalid(
                    link,
                    "an answer",
                    "the items of the group (a group has no answer)",
                );
            }
            if let Some(children) = o.get("item") {
                if depth >= MAX_DEPTH {
                    self.invalid(link, "items nested too deep", "items at most 4 levels deep");
                } else {
                    self.items(children, depth + 1);
                }
            }
            return;
        }
        if o.contains_key("item") {
            self.invalid(link, "nested items", "answers (a question has no items)");
        }
        let answers: Vec<&Map<String, Value>> = match o.get("answer") {
            None => Vec::new(),
            Some(Value::Array(a)) => {
                let mut out = Vec::with_capacity(a.len());
                for ans in a {
                    match ans.as_object() {
                        Some(m) => out.push(m),
                        None => self.problems.push(InputProblem::WrongType {
                            field: shown(link),
                            expected: "an answer object",
                            found: type_name(ans),
                        }),
                    }
                }
                out
            }
            Some(other) => {
                self.problems.push(InputProblem::WrongType {
                    field: shown(link),
                    expected: "an array of answers",
                    found: type_name(other),
                });
                return;
            }
        };
        if answers.iter().any(|a| a.contains_key("item")) {
            self.invalid(link, "items nested in an answer", "answers without items");
        }
        let absent = data_absent(o);
        if answers.is_empty() {
            // Unanswered: not asked, as in assessment JSON; a data-absent reason other than
            // "not-asked" means the person was asked and does not know.
            if absent.is_some_and(|r| r != "not-asked") {
                self.record(target, Value::String(UNKNOWN.to_owned()));
            }
            return;
        }
        if absent.is_some() {
            self.invalid(
                link,
                "an answer and a data-absent-reason",
                "one or the other",
            );
            return;
        }
        let value = match target {
            Target::Field(f) => self.field_value(link, f, &answers),
            Target::Finding(id) => self.finding_value(link, id, &answers),
            Target::Group => None,
        };
        if let Some(v) = value {
            self.record(target, v);
        }
    }

    fn record(&mut self, target: Target, v: Value) {
        match target {
            Target::Field(f) => {
                self.fields.insert(f.as_str().to_owned(), v);
            }
            Target::Finding(id) => {
                self.findings.insert(id.to_string(), v);
            }
            Target::Group => {}
        }
    }

    /// The code of a coded answer: from `system` (or "unknown"), among `allowed`.
    fn code(
        &mut self,
        link: &str,
        answer: &Map<String, Value>,
        system: &str,
        allowed: &[String],
    ) -> Option<String> {
        let expected = || {
            let mut s = allowed.join(", ");
            s.push_str(" or unknown, as valueCoding");
            s
        };
        let Some(coding) = answer.get("valueCoding").and_then(Value::as_object) else {
            match answer.get("valueCoding") {
                // A valueCoding that is not an object: its value is wrong, not its kind.
                Some(v) => self.problems.push(InputProblem::InvalidValue {
                    field: shown(link),
                    value: shown(&v.to_string()),
                    expected: format!("a valueCoding object ({})", expected()),
                }),
                None => self.problems.push(InputProblem::WrongType {
                    field: shown(link),
                    expected: "a valueCoding of the item's options",
                    found: value_kind(answer),
                }),
            }
            return None;
        };
        let Some(code) = coding.get("code").and_then(Value::as_str) else {
            self.invalid(link, "a coding without a code", expected());
            return None;
        };
        let sys = coding.get("system").and_then(Value::as_str);
        let known = if code == UNKNOWN {
            sys.is_none_or(|s| s == urn::ANSWER || s == system)
        } else {
            sys.is_none_or(|s| s == system) && allowed.iter().any(|a| a == code)
        };
        if known {
            Some(code.to_owned())
        } else {
            let shown_code = match sys {
                Some(s) if s != system && s != urn::ANSWER => format!("{s}|{code}"),
                _ => code.to_owned(),
            };
            self.invalid(link, &shown_code, expected());
            None
        }
    }

    fn one<'b>(
        &mut self,
        link: &str,
        answers: &[&'b Map<String, Value>],
    ) -> Option<&'b Map<String, Value>> {
        if let [one] = answers {
            Some(one)
        } else {
            self.invalid(link, &format!("{} answers", answers.len()), "one answer");
            None
        }
    }

    fn field_value(
        &mut self,
        link: &str,
        f: Field,
        answers: &[&Map<String, Value>],
    ) -> Option<Value> {
        let options: Vec<String> = f.options().iter().map(|o| (*o).to_owned()).collect();
        let system = field_system(f);
        match f.kind() {
            FieldKind::Number { .. } => {
                let a = self.one(link, answers)?;
                let n = a.get("valueInteger").and_then(Value::as_i64);
                match (n, a.get("valueInteger")) {
                    (Some(_), _) => {}
                    // The right kind of answer, with a value that is not a whole number.
                    (None, Some(v)) => self.problems.push(InputProblem::InvalidValue {
                        field: shown(link),
                        value: shown(&v.to_string()),
                        expected: "a whole number (valueInteger)".to_owned(),
                    }),
                    (None, None) => self.problems.push(InputProblem::WrongType {
                        field: shown(link),
                        expected: "a valueInteger",
                        found: value_kind(a),
                    }),
                }
                n.map(Value::from)
            }
            FieldKind::MultiChoice => {
                let mut codes = Vec::with_capacity(answers.len());
                for a in answers {
                    codes.extend(self.code(link, a, &system, &options));
                }
                if codes.len() != answers.len() {
                    return None;
                }
                if codes.iter().any(|c| c == UNKNOWN) {
                    if codes.len() > 1 {
                        self.invalid(
                            link,
                            "unknown with other answers",
                            "places, or unknown alone",
                        );
                        return None;
                    }
                    return Some(Value::String(UNKNOWN.to_owned()));
                }
                Some(Value::Array(codes.into_iter().map(Value::String).collect()))
            }
            _ => {
                let a = self.one(link, answers)?;
                self.code(link, a, &system, &options).map(Value::String)
            }
        }
    }

    fn finding_value(
        &mut self,
        link: &str,
        id: FindingId,
        answers: &[&Map<String, Value>],
    ) -> Option<Value> {
        let a = self.one(link, answers)?;
        let ordinal = matches!(
            self.catalog.finding(id).map(|f| &f.source),
            Some(FindingSource::Ordinal { .. })
        );
        if let Some(b) = a.get("valueBoolean").and_then(Value::as_bool) {
            return Some(Value::String(if b { "yes" } else { "no" }.to_owned()));
        }
        let allowed: Vec<String> = match Question::Finding(id).kind(self.catalog) {
            AnswerKind::Choice(mut values) if ordinal => {
                values.push("yes".to_owned());
                values
            }
            _ => vec!["yes".to_owned(), "no".to_owned()],
        };
        self.code(link, a, urn::ANSWER, &allowed).map(Value::String)
    }
}

/// Reads a FHIR R4 `QuestionnaireResponse` to [`questionnaire`] into an assessment, reporting
/// every problem at once like [`Assessment::from_json`] (at most 64, then a count of the rest),
/// each naming the item's `linkId` (which is the field name of assessment JSON, or
/// `findings.<id>`).
///
/// Read: `valueInteger` for numbers; `valueCoding`s of the item's options for choices (the
/// `system` may be left out; `urn:lowback:answer|unknown` is "I don't know" for any choice);
/// `valueBoolean` for yes / no findings. An item without an answer is "not asked", as in
/// assessment JSON, unless it carries the `data-absent-reason` extension (any code but
/// `not-asked`), which is "I don't know". Findings are read at the top level too, outside their
/// group.
///
/// Reported: another `resourceType`, status `entered-in-error`, another questionnaire;
/// unknown `linkId`s ([`InputProblem::UnknownField`]); items that cannot be read and would
/// otherwise be skipped (no `linkId`, a repeated item, several answers to a one-answer question,
/// items nested under a question or an answer, an answer on a group, an answer beside a
/// data-absent reason); invalid answers (wrong value type, a code that is not an option,
/// "unknown" beside other places); and every problem [`Assessment::from_json`] finds (ranges,
/// contradictions).
///
/// ```
/// use lowback::{Catalog, InputProblem, fhir};
/// use serde_json::json;
/// let qr = json!({
///     "resourceType": "QuestionnaireResponse", "status": "completed",
///     "item": [
///         {"linkId": "age", "answer": [{"valueInteger": 300}]},
///         {"linkId": "onset", "answer": [{"valueString": "slowly"}]},
///         {"linkId": "neck", "answer": [{"valueBoolean": true}]},
///         {"linkId": "findings.fever_or_chills", "answer": [{"valueBoolean": false}]}
///     ]
/// });
/// let err = fhir::assessment_from_questionnaire_response(Catalog::builtin(), &qr).unwrap_err();
/// let fields: Vec<_> = err.problems().iter().filter_map(|p| p.field()).collect();
/// assert_eq!(fields, ["onset", "neck", "age"]);
/// assert!(matches!(err.problems()[2], InputProblem::OutOfRange { .. }));
/// ```
///
/// # Errors
///
/// [`InputError`] listing every problem found.
pub fn assessment_from_questionnaire_response(
    catalog: &Catalog,
    response: &Value,
) -> Result<Assessment, InputError> {
    let Some(obj) = response.as_object() else {
        return Err(InputError::one(InputProblem::WrongType {
            field: "QuestionnaireResponse".to_owned(),
            expected: "a JSON object",
            found: type_name(response),
        }));
    };
    let mut index: HashMap<String, Target> = HashMap::new();
    for node in layout(catalog) {
        match node {
            Node::Field(f) => {
                index.insert(f.as_str().to_owned(), Target::Field(f));
            }
            Node::Finding(id) => {
                index.insert(finding_link(id), Target::Finding(id));
            }
            Node::Group(c, members) => {
                index.insert(group_link(c), Target::Group);
                for m in members {
                    index.insert(finding_link(m), Target::Finding(m));
                }
            }
        }
    }
    let mut r = Reader {
        index,
        catalog,
        problems: Problems::default(),
        seen: HashSet::new(),
        fields: Map::new(),
        findings: Map::new(),
    };
    let text = |key: &str| {
        obj.get(key)
            .map(|v| v.as_str().map_or_else(|| type_name(v).to_owned(), shown))
    };
    match text("resourceType") {
        Some(t) if t == "QuestionnaireResponse" => {}
        other => r.invalid(
            "resourceType",
            other.as_deref().unwrap_or("nothing"),
            "QuestionnaireResponse",
        ),
    }
    if let Some(s) = text("status") {
        if !matches!(
            s.as_str(),
            "in-progress" | "completed" | "amended" | "stopped"
        ) {
            r.invalid("status", &s, "in-progress, completed, amended or stopped");
        }
    }
    if let Some(q) = text("questionnaire") {
        let ours = q == QUESTIONNAIRE_URL
            || q.strip_prefix(QUESTIONNAIRE_URL)
                .is_some_and(|rest| rest.starts_with('|'));
        if !ours {
            r.invalid(
                "questionnaire",
                &q,
                format!("{QUESTIONNAIRE_URL}, optionally with |version"),
            );
        }
    }
    if let Some(items) = obj.get("item") {
        r.items(items, 0);
    }
    let mut doc = std::mem::take(&mut r.fields);
    if !r.findings.is_empty() {
        doc.insert(
            "findings".to_owned(),
            Value::Object(std::mem::take(&mut r.findings)),
        );
    }
    let Problems(mut problems, mut omitted) = r.problems;
    match Assessment::from_json(&Value::Object(doc).to_string()) {
        Ok(a) if problems.is_empty() && omitted == 0 => return Ok(a),
        Ok(_) => {}
        Err(e) => {
            for p in e.problems {
                match p {
                    InputProblem::TooManyProblems { omitted: n } => omitted += n,
                    p if problems.len() < MAX_PROBLEMS => problems.push(p),
                    _ => omitted += 1,
                }
            }
        }
    }
    if omitted > 0 {
        problems.push(InputProblem::TooManyProblems { omitted });
    }
    Err(InputError { problems })
}

// ---------------------------------------------------------------------------------------------
// RiskAssessment and Bundle

fn disposition_display(d: Disposition) -> &'static str {
    match d {
        Disposition::Emergency => {
            "Emergency: go to an emergency department or call an ambulance now"
        }
        Disposition::Urgent => "Urgent: see a clinician today",
        Disposition::SeeClinician => "See a clinician: an appointment within days to weeks",
        Disposition::SelfCare => "Self-care at home, with safety-net advice",
    }
}

fn codings(icd10: &[String], snomed: &[String], own: (&str, &str)) -> Vec<Value> {
    // Codes from a triage read from JSON may be blank; FHIR strings are never empty.
    let given = |c: &&String| !c.trim().is_empty();
    icd10
        .iter()
        .filter(given)
        .map(|c| json!({ "system": ICD10, "code": c }))
        .chain(
            snomed
                .iter()
                .filter(given)
                .map(|c| json!({ "system": SNOMED_CT, "code": c })),
        )
        .chain(std::iter::once(json!({ "system": own.0, "code": own.1 })))
        .collect()
}

fn list<T: std::fmt::Display>(items: impl IntoIterator<Item = T>) -> String {
    items
        .into_iter()
        .map(|x| x.to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The number of each of the triage's references (its first place, from 1), looked up once:
/// a triage read from JSON may list many.
fn reference_numbers(triage: &Triage) -> HashMap<crate::model::ReferenceId, usize> {
    let mut at = HashMap::with_capacity(triage.references.len());
    for (i, r) in triage.references.iter().enumerate() {
        at.entry(*r).or_insert(i + 1);
    }
    at
}

/// The numbers of `refs` among the triage's references, as `[1] [3]`.
fn numbers(
    at: &HashMap<crate::model::ReferenceId, usize>,
    refs: &[crate::model::ReferenceId],
) -> String {
    let mut n: Vec<usize> = refs.iter().filter_map(|r| at.get(r).copied()).collect();
    n.sort_unstable();
    n.dedup();
    n.iter()
        .map(|n| format!("[{n}]"))
        .collect::<Vec<_>>()
        .join(" ")
}

fn disposition_rationale(triage: &Triage) -> String {
    let mut s = String::new();
    let escalating: Vec<String> = triage
        .fired
        .iter()
        .filter(|f| f.disposition.is_some())
        .map(|f| {
            let mut r = f.rule.to_string();
            if let Some(d) = f.disposition {
                let _ = write!(r, " ({d}");
                if let Some(flag) = f.red_flag {
                    let _ = write!(r, ", red flag {flag}");
                }
                r.push(')');
            }
            if !f.triggers.is_empty() {
                let _ = write!(r, " on {}", list(&f.triggers));
            }
            r
        })
        .collect();
    if escalating.is_empty() {
        s.push_str("No escalating rule fired.");
    } else {
        let _ = write!(s, "Rules fired: {}.", escalating.join("; "));
    }
    if !triage.flags_without_rule.is_empty() {
        let _ = write!(
            s,
            " Red-flag screen answered yes with no rule: {}.",
            list(&triage.flags_without_rule)
        );
    }
    if triage.complete {
        s.push_str(" Complete: no unanswered question could raise it.");
    } else {
        let _ = write!(
            s,
            " Incomplete: answers to {} could still raise it.",
            list(&triage.unanswered)
        );
    }
    s
}

fn risk_assessment_with(
    catalog: &Catalog,
    triage: &Triage,
    id: &str,
    basis: Option<&str>,
) -> Value {
    let d = triage.disposition;
    let mut predictions = vec![json!({
        "outcome": {
            "coding": [{ "system": urn::DISPOSITION, "code": d.as_str(), "display": disposition_display(d) }],
            "text": d.as_str(),
        },
        "rationale": disposition_rationale(triage),
    })];
    for f in &triage.fired {
        let Some(flag) = f.red_flag.and_then(|r| catalog.red_flag(r)) else {
            continue;
        };
        predictions.push(json!({
            "outcome": {
                "coding": codings(&flag.icd10, &flag.snomed, (RED_FLAG, flag.id.as_str())),
                "text": flag.id.as_str(),
            },
            "rationale": format!("Red flag screened positive by rule {} on {}; to be excluded by a clinician.", f.rule, list(&f.triggers)),
        }));
    }
    for m in &triage.conditions {
        let mut rationale = format!("Likely condition, score {}", m.score);
        if !m.supporting.is_empty() {
            let _ = write!(rationale, "; for: {}", list(&m.supporting));
        }
        if !m.against.is_empty() {
            let _ = write!(rationale, "; against: {}", list(&m.against));
        }
        if !m.absent.is_empty() {
            let _ = write!(rationale, "; absent: {}", list(&m.absent));
        }
        rationale.push('.');
        predictions.push(json!({
            "outcome": {
                "coding": codings(&m.icd10, &m.snomed, (CONDITION, m.condition.as_str())),
                "text": m.condition.as_str(),
            },
            "rationale": rationale,
        }));
    }
    let mut notes = Vec::new();
    let at = reference_numbers(triage);
    for f in &triage.fired {
        let kind = serde_json::to_value(f.kind)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default();
        let mut text = format!("Rule {} ({kind}) fired", f.rule);
        if !f.triggers.is_empty() {
            let _ = write!(text, " on {}", list(&f.triggers));
        }
        if let Some(rule) = catalog.rule(f.rule) {
            let cites = numbers(&at, &rule.provenance.references);
            if !cites.is_empty() {
                let _ = write!(text, ". Sources: {cites}");
            }
        }
        text.push('.');
        notes.push(json!({ "text": text }));
    }
    for (n, r) in triage.references.iter().enumerate() {
        if let Some(r) = catalog.reference(*r) {
            notes.push(json!({ "text": format!("[{}] {}", n + 1, r.citation()) }));
        }
    }
    if !reviewed(catalog) {
        notes.push(json!({ "text": "Draft content: the rules have not been signed off by a clinician. Educational, not diagnostic." }));
    }
    let mut ra = Map::new();
    ra.insert("resourceType".to_owned(), "RiskAssessment".into());
    ra.insert("id".to_owned(), id.into());
    if let Some(meta) = content_tag(&triage.content_version) {
        ra.insert("meta".to_owned(), meta);
    }
    ra.insert(
        "identifier".to_owned(),
        json!([{ "system": "urn:ietf:rfc:3986", "value": format!("urn:uuid:{id}") }]),
    );
    ra.insert("status".to_owned(), "final".into());
    ra.insert(
        "method".to_owned(),
        json!({
            "coding": [{ "system": METHOD, "code": "lowback-triage", "display": "lowback rule-based triage" }],
            "text": format!("lowback {} rules, content {}", env!("CARGO_PKG_VERSION"), triage.content_version),
        }),
    );
    ra.insert(
        "code".to_owned(),
        json!({ "text": "Triage of low back and hip pain" }),
    );
    ra.insert(
        "subject".to_owned(),
        json!({ "type": "Patient", "display": "The person who answered (set your patient reference here)" }),
    );
    if let Some(b) = basis {
        ra.insert("basis".to_owned(), json!([{ "reference": b }]));
    }
    ra.insert("prediction".to_owned(), Value::Array(predictions));
    if !notes.is_empty() {
        ra.insert("note".to_owned(), Value::Array(notes));
    }
    Value::Object(ra)
}

/// A triage as a FHIR R4 `RiskAssessment` (status `final`): the disposition as the first
/// prediction's outcome (`urn:lowback:disposition`), its rationale naming the rules that fired
/// and their findings and whether the outcome is complete; each red flag screened positive and
/// each likely condition as a prediction with its ICD-10 and SNOMED CT codings; every fired rule
/// and every reference (numbered as in the report) as a `note`; the content version in
/// `meta.tag` and `method`. No probability is given: the rules do not estimate one.
///
/// `subject` is a placeholder: set your patient reference. [`bundle`] adds the response as
/// `basis`.
///
/// ```
/// use lowback::{Assessment, Catalog, fhir};
/// let catalog = Catalog::builtin();
/// let a = Assessment::from_json(r#"{"age": 58, "pain_locations": ["lower_back"], "findings": {"saddle_numbness": "yes"}}"#)?;
/// let ra = fhir::risk_assessment(catalog, &catalog.triage(&a)?)?;
/// assert_eq!(ra["status"], "final");
/// assert_eq!(ra["prediction"][0]["outcome"]["coding"][0]["code"], "emergency");
/// let ces = &ra["prediction"][1]["outcome"]["coding"];
/// assert!(ces.as_array().unwrap().iter().any(|c| c["system"] == fhir::ICD10 && c["code"] == "G83.4"));
/// assert_eq!(ra["meta"]["tag"][0]["code"], catalog.content_version());
/// # Ok::<(), lowback::Error>(())
/// ```
///
/// # Errors
///
/// [`RenderError::OtherCatalog`] when another catalog decided the triage (its content version
/// differs): its rules, conditions and references would be looked up in the wrong catalog.
pub fn risk_assessment(catalog: &Catalog, triage: &Triage) -> Result<Value, RenderError> {
    triage.decided_by(catalog)?;
    let json = triage.to_json();
    let id = uuid(&["RiskAssessment", &json]);
    Ok(risk_assessment_with(catalog, triage, &id, None))
}

/// A FHIR R4 `Bundle` of type `collection` holding the [`questionnaire_response`] of an
/// assessment and the [`risk_assessment`] of its triage, which cites the response as its
/// `basis`. Entries have `urn:uuid:` full URLs derived from their content, so the same
/// assessment and triage always give the same bundle.
///
/// ```
/// use lowback::{Assessment, Catalog, fhir};
/// let catalog = Catalog::builtin();
/// let a = Assessment::from_json(r#"{"age": 30, "pain_locations": ["lower_back"]}"#)?;
/// let b = fhir::bundle(catalog, &a, &catalog.triage(&a)?)?;
/// let qr_url = b["entry"][0]["fullUrl"].as_str().unwrap();
/// assert!(qr_url.starts_with("urn:uuid:"));
/// assert_eq!(b["entry"][1]["resource"]["basis"][0]["reference"], qr_url);
/// assert_eq!(b, fhir::bundle(catalog, &a, &catalog.triage(&a)?)?);
/// # Ok::<(), lowback::Error>(())
/// ```
///
/// # Errors
///
/// [`RenderError::OtherCatalog`] when another catalog decided the triage, as for
/// [`risk_assessment`].
pub fn bundle(
    catalog: &Catalog,
    assessment: &Assessment,
    triage: &Triage,
) -> Result<Value, RenderError> {
    triage.decided_by(catalog)?;
    let qr = questionnaire_response(catalog, assessment);
    let qr_id = qr
        .get("id")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned();
    let triage_json = triage.to_json();
    let ra_id = uuid(&["RiskAssessment", &qr_id, &triage_json]);
    let qr_url = format!("urn:uuid:{qr_id}");
    let ra = risk_assessment_with(catalog, triage, &ra_id, Some(&qr_url));
    let id = uuid(&["Bundle", &qr_id, &ra_id]);
    let mut b = json!({
        "resourceType": "Bundle",
        "id": id,
        "identifier": { "system": "urn:ietf:rfc:3986", "value": format!("urn:uuid:{id}") },
        "type": "collection",
        "entry": [
            { "fullUrl": qr_url, "resource": qr },
            { "fullUrl": format!("urn:uuid:{ra_id}"), "resource": ra },
        ],
    });
    if let (Some(meta), Some(obj)) = (content_tag(&triage.content_version), b.as_object_mut()) {
        obj.insert("meta".to_owned(), meta);
    }
    Ok(b)
}

// ---------------------------------------------------------------------------------------------
// Printing

/// Keys printed first, in this order (the rest follow alphabetically, each `_key` right after
/// its `key`): the order of the FHIR specification's examples for the elements used here.
const KEY_ORDER: &[&str] = &[
    "resourceType",
    "id",
    "meta",
    "language",
    "url",
    "identifier",
    "version",
    "name",
    "title",
    "status",
    "experimental",
    "subjectType",
    "publisher",
    "description",
    "questionnaire",
    "type",
    "linkId",
    "text",
    "fullUrl",
    "resource",
    "method",
    "system",
    "code",
    "display",
    "subject",
    "basis",
    "prediction",
    "outcome",
    "rationale",
    "note",
    "extension",
    "repeats",
    "enableWhen",
    "enableBehavior",
    "answerOption",
    "answer",
    "item",
];

fn rank(key: &str) -> (usize, &str) {
    let base = key.strip_prefix('_').unwrap_or(key);
    let pos = KEY_ORDER
        .iter()
        .position(|k| *k == base)
        .unwrap_or(KEY_ORDER.len());
    (pos, base)
}

struct Ordered<'a>(&'a Value);

impl serde::Serialize for Ordered<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{SerializeMap, SerializeSeq};
        match self.0 {
            Value::Object(m) => {
                let mut keys: Vec<&String> = m.keys().collect();
                keys.sort_by(|a, b| {
                    rank(a)
                        .cmp(&rank(b))
                        .then(a.starts_with('_').cmp(&b.starts_with('_')))
                });
                let mut out = s.serialize_map(Some(keys.len()))?;
                for k in keys {
                    if let Some(v) = m.get(k) {
                        out.serialize_entry(k, &Ordered(v))?;
                    }
                }
                out.end()
            }
            Value::Array(a) => {
                let mut out = s.serialize_seq(Some(a.len()))?;
                for v in a {
                    out.serialize_element(&Ordered(v))?;
                }
                out.end()
            }
            other => other.serialize(s),
        }
    }
}

/// A FHIR resource (or any JSON value) as pretty JSON in a readable order: `resourceType` and
/// `id` first, `linkId`, `text` and `type` before an item's options, each `_element` (its
/// translations) right after its element. The order of JSON properties carries no meaning in
/// FHIR; this is for people reading the output.
///
/// ```
/// use lowback::{Catalog, Localizer, fhir};
/// let loc = Localizer::builtin();
/// let q = fhir::questionnaire(Catalog::builtin(), loc, &loc.negotiate("fr")?)?;
/// let text = fhir::to_pretty_json(&q);
/// assert!(text.starts_with("{\n  \"resourceType\": \"Questionnaire\",\n  \"id\""));
/// assert_eq!(serde_json::from_str::<serde_json::Value>(&text).unwrap(), q);
/// # Ok::<(), lowback::Error>(())
/// ```
#[must_use]
pub fn to_pretty_json(value: &Value) -> String {
    serde_json::to_string_pretty(&Ordered(value)).unwrap_or_default()
}
