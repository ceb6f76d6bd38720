#!/usr/bin/env python3
"""Validate lowback's interop output with implementations independent of lowback.

Reads the directory written by `cargo test --test interop_export` (default
target/interop-out, or the first argument):

    assessment/*.json   Assessment JSON   -> schemas/assessment.schema.json (jsonschema)
    triage/*.json       Triage JSON       -> schemas/triage.schema.json
    report/*.json       Report JSON       -> schemas/report.schema.json
    fhir/*.json         Questionnaire, QuestionnaireResponse, RiskAssessment, Bundle
                        -> the FHIR R4B models of the `fhir.resources` package (structure,
                           cardinality, types, patterns, unknown elements), plus the checks
                           below that the models do not make
    cds-hooks/*.json    CDS Hooks 2.0 responses -> the card rules of the specification

FHIR checks beyond the models (R4 text and invariants): value sets of status, item type,
enableWhen operator and Bundle type; no null, empty string, empty array or empty object;
Questionnaire que-0 (name), que-1 (groups have items, display items none), que-2 (unique
linkIds), que-4 (answerOption only on choice items), que-12 (enableBehavior with several
enableWhen), enableWhen referring to an earlier question and to one of its options, the
translation extension's shape; QuestionnaireResponse against its Questionnaire (found by
canonical url|version): known linkIds, the questionnaire's nesting, answer types and options,
one answer unless the item repeats, integer bounds, no answer to a disabled item, no empty item;
RiskAssessment codings (ICD-10 form, SNOMED CT identifiers with a valid Verhoeff check digit
and a concept partition); Bundle unique fullUrls, urn:uuid fullUrls matching the resource id,
and every urn:uuid reference resolved inside the bundle.

CDS Hooks 2.0 card checks: `cards` array; summary a non-empty string of fewer than 140
characters; indicator info, warning or critical; source with a non-empty label (url and icon
absolute, topic a coding); uuid a UUID; detail a string; links with label, absolute url and
type absolute or smart; no attributes the specification does not define.

Before validating, the script checks itself: deliberately broken copies of valid files must
each be rejected. It prints counts per kind and ends with "N passed, M failed"; it exits 0
only when every file is valid, every kind has files and the self-test passes; 2 when a
package is missing (install: pip install 'fhir.resources==8.3.0' 'jsonschema==4.26.0').
"""

from __future__ import annotations

import copy
import json
import re
import sys
from pathlib import Path

try:
    import jsonschema
    from fhir.resources.R4B.bundle import Bundle
    from fhir.resources.R4B.questionnaire import Questionnaire
    from fhir.resources.R4B.questionnaireresponse import QuestionnaireResponse
    from fhir.resources.R4B.riskassessment import RiskAssessment
except ImportError as e:  # never skip: a missing validator is a failure
    print(
        f"error: {e}\ninstall the validators: pip install 'fhir.resources==8.3.0' 'jsonschema==4.26.0'",
        file=sys.stderr,
    )
    sys.exit(2)

ROOT = Path(__file__).resolve().parent.parent
MODELS = {
    "Questionnaire": Questionnaire,
    "QuestionnaireResponse": QuestionnaireResponse,
    "RiskAssessment": RiskAssessment,
    "Bundle": Bundle,
}
ITEM_TYPES = {
    "group", "display", "boolean", "decimal", "integer", "date", "dateTime", "time",
    "string", "text", "url", "choice", "open-choice", "attachment", "reference", "quantity",
}
Q_STATUS = {"draft", "active", "retired", "unknown"}
QR_STATUS = {"in-progress", "completed", "amended", "entered-in-error", "stopped"}
RA_STATUS = {
    "registered", "preliminary", "final", "amended", "corrected", "cancelled",
    "entered-in-error", "unknown",
}
BUNDLE_TYPES = {
    "document", "message", "transaction", "transaction-response", "batch",
    "batch-response", "history", "searchset", "collection",
}
OPERATORS = {"exists", "=", "!=", ">", "<", ">=", "<="}
TRANSLATION = "http://hl7.org/fhir/StructureDefinition/translation"
MIN_VALUE = "http://hl7.org/fhir/StructureDefinition/minValue"
MAX_VALUE = "http://hl7.org/fhir/StructureDefinition/maxValue"
DATA_ABSENT = "http://hl7.org/fhir/StructureDefinition/data-absent-reason"
ICD10 = "http://hl7.org/fhir/sid/icd-10"
SNOMED = "http://snomed.info/sct"
UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
ICD10_CODE = re.compile(r"^[A-Z][0-9]{2}(\.[0-9A-Z]{1,4})?$")
LANG = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
CARD_KEYS = {
    "uuid", "summary", "detail", "indicator", "source", "suggestions",
    "selectionBehavior", "overrideReasons", "links",
}
SOURCE_KEYS = {"label", "url", "icon", "topic"}
LINK_KEYS = {"label", "url", "type", "appContext"}

# --------------------------------------------------------------------------------------------
# Generic FHIR JSON rules


def json_rules(value, path="$"):
    """FHIR JSON: no null, no empty string, array or object."""
    errors = []
    if value is None:
        errors.append(f"{path}: null")
    elif isinstance(value, str):
        if value == "":
            errors.append(f"{path}: empty string")
    elif isinstance(value, list):
        if not value:
            errors.append(f"{path}: empty array")
        for i, v in enumerate(value):
            errors += json_rules(v, f"{path}[{i}]")
    elif isinstance(value, dict):
        if not value:
            errors.append(f"{path}: empty object")
        for k, v in value.items():
            errors += json_rules(v, f"{path}.{k}")
    return errors


def translations(value, path, own_lang):
    """Every translation extension has exactly a lang code and a content string."""
    errors = []
    if isinstance(value, dict):
        for k, v in value.items():
            if k == "extension" and isinstance(v, list):
                for i, e in enumerate(v):
                    if isinstance(e, dict) and e.get("url") == TRANSLATION:
                        parts = {p.get("url"): p for p in e.get("extension", [])}
                        lang = parts.get("lang", {}).get("valueCode")
                        content = parts.get("content", {}).get("valueString")
                        if set(parts) != {"lang", "content"} or not lang or not content:
                            errors.append(f"{path}.extension[{i}]: malformed translation")
                        elif not LANG.match(lang):
                            errors.append(f"{path}.extension[{i}]: bad language {lang!r}")
                        elif lang == own_lang:
                            errors.append(f"{path}.extension[{i}]: translation into its own language")
            errors += translations(v, f"{path}.{k}", own_lang)
    elif isinstance(value, list):
        for i, v in enumerate(value):
            errors += translations(v, f"{path}[{i}]", own_lang)
    return errors


def model_errors(resource):
    kind = resource.get("resourceType") if isinstance(resource, dict) else None
    model = MODELS.get(kind)
    if model is None:
        return [f"unexpected resourceType {kind!r}"]
    try:
        model.model_validate(resource)
    except Exception as e:  # pydantic's ValidationError and fhir_core's errors
        return [f"fhir.resources {kind}: " + " | ".join(str(e).splitlines()[:12])]
    return []


# --------------------------------------------------------------------------------------------
# Questionnaire


def walk_items(items, parent=None):
    for it in items or []:
        yield it, parent
        yield from walk_items(it.get("item"), it)


def check_questionnaire(q):
    errors = []
    if q.get("status") not in Q_STATUS:
        errors.append(f"status {q.get('status')!r}")
    if "name" in q and not re.match(r"^[A-Z]([A-Za-z0-9_]){0,254}$", q["name"]):
        errors.append("que-0: name is not a computable name")
    if not LANG.match(q.get("language", "")):
        errors.append(f"language {q.get('language')!r}")
    seen = {}
    order = []
    for it, _ in walk_items(q.get("item")):
        link = it.get("linkId")
        if link in seen:
            errors.append(f"que-2: linkId {link!r} twice")
        seen[link] = it
        order.append(link)
        ty = it.get("type")
        if ty not in ITEM_TYPES:
            errors.append(f"{link}: type {ty!r}")
        if ty == "group" and not it.get("item"):
            errors.append(f"que-1: group {link} has no items")
        if ty == "display" and it.get("item"):
            errors.append(f"que-1: display {link} has items")
        if "answerOption" in it and ty not in ("choice", "open-choice"):
            errors.append(f"que-4: {link} ({ty}) has answerOption")
        if ty == "choice" and not it.get("answerOption") and not it.get("answerValueSet"):
            errors.append(f"{link}: a choice without options")
        codes = [
            (o.get("valueCoding", {}).get("system"), o.get("valueCoding", {}).get("code"))
            for o in it.get("answerOption", [])
        ]
        if len(codes) != len(set(codes)):
            errors.append(f"{link}: an option twice")
        ext = {e.get("url"): e for e in it.get("extension", [])}
        if MIN_VALUE in ext and MAX_VALUE in ext:
            if ext[MIN_VALUE].get("valueInteger", 0) > ext[MAX_VALUE].get("valueInteger", 0):
                errors.append(f"{link}: minValue > maxValue")
        when = it.get("enableWhen", [])
        if len(when) > 1 and it.get("enableBehavior") not in ("all", "any"):
            errors.append(f"que-12: {link} has several enableWhen and no enableBehavior")
        for w in when:
            target = w.get("question")
            if w.get("operator") not in OPERATORS:
                errors.append(f"{link}: enableWhen operator {w.get('operator')!r}")
            if target not in seen or target == link:
                errors.append(f"{link}: enableWhen refers to {target!r}, not an earlier item")
                continue
            answer_keys = [k for k in w if k.startswith("answer")]
            if w.get("operator") == "exists":
                if answer_keys != ["answerBoolean"]:
                    errors.append(f"que-7: {link}: exists needs answerBoolean")
            elif "answerCoding" in w:
                c = w["answerCoding"]
                options = [o.get("valueCoding", {}) for o in seen[target].get("answerOption", [])]
                if not any(o.get("system") == c.get("system") and o.get("code") == c.get("code") for o in options):
                    errors.append(f"{link}: enableWhen answer {c} is not an option of {target}")
            elif len(answer_keys) != 1:
                errors.append(f"{link}: enableWhen without one answer")
    errors += translations(q, "$", q.get("language"))
    return errors


def questionnaire_index(q):
    """linkId -> (item, parent linkId or None)."""
    return {it["linkId"]: (it, parent.get("linkId") if parent else None) for it, parent in walk_items(q.get("item"))}


# --------------------------------------------------------------------------------------------
# QuestionnaireResponse


def response_answers(qr):
    out = {}
    for it, _ in walk_items(qr.get("item")):
        out.setdefault(it.get("linkId"), []).extend(it.get("answer", []))
    return out


def enabled(item, answers):
    when = item.get("enableWhen")
    if not when:
        return True
    results = []
    for w in when:
        given = answers.get(w["question"], [])
        op = w["operator"]
        if op == "exists":
            results.append(bool(given) == w.get("answerBoolean"))
            continue
        key = next(k for k in w if k.startswith("answer"))
        want = w[key]
        value_key = "value" + key[len("answer"):]

        def same(a):
            v = a.get(value_key)
            if isinstance(want, dict):
                return isinstance(v, dict) and v.get("system") == want.get("system") and v.get("code") == want.get("code")
            return v == want

        if op == "=":
            results.append(any(same(a) for a in given))
        elif op == "!=":
            results.append(not any(same(a) for a in given))
        else:
            cmp = {">": lambda a, b: a > b, "<": lambda a, b: a < b, ">=": lambda a, b: a >= b, "<=": lambda a, b: a <= b}[op]
            results.append(any(a.get(value_key) is not None and cmp(a[value_key], want) for a in given))
    return any(results) if item.get("enableBehavior") == "any" else all(results)


def check_response(qr, questionnaires):
    errors = []
    if qr.get("status") not in QR_STATUS:
        errors.append(f"status {qr.get('status')!r}")
    canonical = qr.get("questionnaire", "")
    q = questionnaires.get(canonical)
    if q is None:
        return errors + [f"questionnaire {canonical!r} is not among the exported questionnaires"]
    index = questionnaire_index(q)
    answers = response_answers(qr)

    def walk(items, parent_link, seen):
        for it in items or []:
            link = it.get("linkId")
            if link not in index:
                errors.append(f"unknown linkId {link!r}")
                continue
            qitem, qparent = index[link]
            if qparent != parent_link:
                errors.append(f"{link}: under {parent_link!r}, the questionnaire has it under {qparent!r}")
            if link in seen and not qitem.get("repeats"):
                errors.append(f"{link}: twice")
            seen.add(link)
            ans = it.get("answer", [])
            if it.get("item") and any("item" in a for a in ans):
                errors.append(f"qrs-1: {link}: items beneath both the item and an answer")
            if qitem["type"] == "group":
                if ans:
                    errors.append(f"{link}: a group with answers")
                walk(it.get("item"), link, set())
                continue
            if not ans and not it.get("item"):
                reasons = [e for e in it.get("extension", []) if e.get("url") == DATA_ABSENT]
                if not reasons:
                    errors.append(f"{link}: an item with no answer and no data-absent-reason")
            if len(ans) > 1 and not qitem.get("repeats"):
                errors.append(f"{link}: {len(ans)} answers to a question that does not repeat")
            if ans and not enabled(qitem, answers):
                errors.append(f"{link}: answered while disabled by enableWhen")
            ext = {e.get("url"): e for e in qitem.get("extension", [])}
            for a in ans:
                values = [k for k in a if k.startswith("value")]
                if len(values) != 1:
                    errors.append(f"{link}: an answer with {len(values)} values")
                    continue
                if qitem["type"] == "integer":
                    v = a.get("valueInteger")
                    if not isinstance(v, int) or isinstance(v, bool):
                        errors.append(f"{link}: {values[0]} for an integer item")
                    else:
                        lo = ext.get(MIN_VALUE, {}).get("valueInteger")
                        hi = ext.get(MAX_VALUE, {}).get("valueInteger")
                        if (lo is not None and v < lo) or (hi is not None and v > hi):
                            errors.append(f"{link}: {v} outside {lo}..{hi}")
                elif qitem["type"] == "choice":
                    c = a.get("valueCoding")
                    options = [o.get("valueCoding", {}) for o in qitem.get("answerOption", [])]
                    if not isinstance(c, dict) or not any(
                        o.get("system") == c.get("system") and o.get("code") == c.get("code") for o in options
                    ):
                        errors.append(f"{link}: {c} is not an option")
                else:
                    errors.append(f"{link}: items of type {qitem['type']} are not expected")

    walk(qr.get("item"), None, set())
    return errors


# --------------------------------------------------------------------------------------------
# RiskAssessment and Bundle

VERHOEFF_D = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
    [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
]
VERHOEFF_P = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
]


def verhoeff_ok(digits):
    c = 0
    for i, d in enumerate(reversed(digits)):
        c = VERHOEFF_D[c][VERHOEFF_P[i % 8][int(d)]]
    return c == 0


def snomed_concept_ok(code):
    """A SNOMED CT concept id: 6 to 18 digits, Verhoeff check digit, partition 00 or 10."""
    return (
        isinstance(code, str)
        and re.fullmatch(r"[1-9][0-9]{5,17}", code) is not None
        and verhoeff_ok(code)
        and code[-3:-1] in ("00", "10")
    )


def check_codings(value, path):
    errors = []
    if isinstance(value, dict):
        if "code" in value and "system" in value and isinstance(value.get("code"), str):
            system, code = value["system"], value["code"]
            if system == ICD10 and not ICD10_CODE.match(code):
                errors.append(f"{path}: ICD-10 code {code!r} is malformed")
            if system == SNOMED and not snomed_concept_ok(code):
                errors.append(f"{path}: SNOMED CT code {code!r} is not a valid concept id")
        for k, v in value.items():
            errors += check_codings(v, f"{path}.{k}")
    elif isinstance(value, list):
        for i, v in enumerate(value):
            errors += check_codings(v, f"{path}[{i}]")
    return errors


def check_risk_assessment(ra):
    errors = []
    if ra.get("status") not in RA_STATUS:
        errors.append(f"status {ra.get('status')!r}")
    if not ra.get("prediction"):
        errors.append("no prediction")
    for i, p in enumerate(ra.get("prediction", [])):
        codings = p.get("outcome", {}).get("coding", [])
        if not codings or any(not c.get("system") or not c.get("code") for c in codings):
            errors.append(f"prediction[{i}]: an outcome coding without system or code")
    tags = ra.get("meta", {}).get("tag", [])
    if not any(t.get("system") == "urn:lowback:content-version" and t.get("code") for t in tags):
        errors.append("no content version in meta.tag")
    return errors + check_codings(ra, "$")


def references(value):
    if isinstance(value, dict):
        for k, v in value.items():
            if k == "reference" and isinstance(v, str):
                yield v
            else:
                yield from references(v)
    elif isinstance(value, list):
        for v in value:
            yield from references(v)


def check_resource(resource, questionnaires):
    kind = resource.get("resourceType")
    errors = json_rules(resource) + model_errors(resource)
    if kind == "Questionnaire":
        errors += check_questionnaire(resource)
    elif kind == "QuestionnaireResponse":
        errors += check_response(resource, questionnaires)
    elif kind == "RiskAssessment":
        errors += check_risk_assessment(resource)
    elif kind == "Bundle":
        errors += check_bundle(resource, questionnaires)
    return errors


def check_bundle(b, questionnaires):
    errors = []
    if b.get("type") not in BUNDLE_TYPES:
        errors.append(f"type {b.get('type')!r}")
    urls = [e.get("fullUrl") for e in b.get("entry", [])]
    if len(urls) != len(set(urls)):
        errors.append("bdl-7: a fullUrl twice")
    for i, e in enumerate(b.get("entry", [])):
        url, res = e.get("fullUrl", ""), e.get("resource", {})
        if url.startswith("urn:uuid:"):
            if not UUID.match(url[len("urn:uuid:"):]):
                errors.append(f"entry[{i}]: {url} is not a UUID")
            if res.get("id") not in (None, url[len("urn:uuid:"):]):
                errors.append(f"entry[{i}]: id {res.get('id')} differs from {url}")
        errors += [f"entry[{i}] {res.get('resourceType')}: {m}" for m in check_resource(res, questionnaires) if not m.startswith("fhir.resources")]
    for r in references(b):
        if r.startswith("urn:uuid:") and r not in urls:
            errors.append(f"reference {r} is not in the bundle")
    return errors


# --------------------------------------------------------------------------------------------
# CDS Hooks


def check_cards(doc):
    errors = []
    if not isinstance(doc, dict) or not isinstance(doc.get("cards"), list):
        return ["no cards array"]
    for i, card in enumerate(doc["cards"]):
        p = f"cards[{i}]"
        if not isinstance(card, dict):
            errors.append(f"{p}: not an object")
            continue
        extra = set(card) - CARD_KEYS
        if extra:
            errors.append(f"{p}: attributes the specification does not define: {sorted(extra)}")
        summary = card.get("summary")
        if not isinstance(summary, str) or not summary.strip():
            errors.append(f"{p}: summary missing or empty")
        elif len(summary) >= 140:
            errors.append(f"{p}: summary of {len(summary)} characters (must be < 140)")
        if card.get("indicator") not in ("info", "warning", "critical"):
            errors.append(f"{p}: indicator {card.get('indicator')!r}")
        source = card.get("source")
        if not isinstance(source, dict) or not isinstance(source.get("label"), str) or not source["label"].strip():
            errors.append(f"{p}: source.label missing")
        else:
            extra = set(source) - SOURCE_KEYS
            if extra:
                errors.append(f"{p}: source attributes {sorted(extra)}")
            for k in ("url", "icon"):
                if k in source and not re.match(r"^https?://", str(source[k])):
                    errors.append(f"{p}: source.{k} is not an absolute URL")
            topic = source.get("topic")
            if topic is not None and not (isinstance(topic, dict) and topic.get("code") and topic.get("system")):
                errors.append(f"{p}: source.topic is not a coding")
        if not isinstance(card.get("uuid"), str) or not UUID.match(card["uuid"]):
            errors.append(f"{p}: uuid {card.get('uuid')!r}")
        if "detail" in card and not isinstance(card["detail"], str):
            errors.append(f"{p}: detail is not a string")
        for j, link in enumerate(card.get("links", [])):
            if not isinstance(link, dict) or set(link) - LINK_KEYS:
                errors.append(f"{p}.links[{j}]: unexpected shape")
                continue
            if not link.get("label") or not re.match(r"^https?://", str(link.get("url", ""))):
                errors.append(f"{p}.links[{j}]: label or absolute url missing")
            if link.get("type") not in ("absolute", "smart"):
                errors.append(f"{p}.links[{j}]: type {link.get('type')!r}")
        if card.get("suggestions") and card.get("selectionBehavior") not in ("at-most-one", "any"):
            errors.append(f"{p}: suggestions without selectionBehavior")
    return errors


# --------------------------------------------------------------------------------------------
# Driver


def load_schemas():
    schemas = {}
    for kind in ("assessment", "triage", "report"):
        schema = json.loads((ROOT / "schemas" / f"{kind}.schema.json").read_text())
        jsonschema.Draft202012Validator.check_schema(schema)
        schemas[kind] = jsonschema.Draft202012Validator(
            schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
        )
    return schemas


def schema_errors(validator, doc):
    return [f"{'/'.join(map(str, e.absolute_path)) or '$'}: {e.message[:200]}" for e in validator.iter_errors(doc)]


def self_test(samples, schemas, questionnaires):
    """Broken copies of valid files must each be rejected."""
    failures = []
    tried = []

    def expect_rejected(name, errors):
        tried.append(name)
        if not errors:
            failures.append(name)

    card = copy.deepcopy(samples["cds-hooks"])
    card["cards"][0]["summary"] = "x" * 140
    expect_rejected("a 140-character summary", check_cards(card))
    card = copy.deepcopy(samples["cds-hooks"])
    card["cards"][0]["indicator"] = "hard-stop"
    expect_rejected("indicator hard-stop", check_cards(card))
    card = copy.deepcopy(samples["cds-hooks"])
    del card["cards"][0]["source"]["label"]
    expect_rejected("no source.label", check_cards(card))
    card = copy.deepcopy(samples["cds-hooks"])
    card["cards"][0]["uuid"] = "not-a-uuid"
    expect_rejected("a bad uuid", check_cards(card))

    q = copy.deepcopy(samples["Questionnaire"])
    q["item"].append(copy.deepcopy(q["item"][0]))
    expect_rejected("a linkId twice", check_resource(q, questionnaires))
    q = copy.deepcopy(samples["Questionnaire"])
    del q["status"]
    expect_rejected("a Questionnaire without status", check_resource(q, questionnaires))
    q = copy.deepcopy(samples["Questionnaire"])
    q["item"][0]["type"] = "number"
    expect_rejected("an unknown item type", check_resource(q, questionnaires))
    q = copy.deepcopy(samples["Questionnaire"])
    q["item"][0]["bogus"] = 1
    expect_rejected("an unknown element", check_resource(q, questionnaires))

    qr = copy.deepcopy(samples["QuestionnaireResponse"])
    choice = next(it for it, _ in walk_items(qr["item"]) if "valueCoding" in it.get("answer", [{}])[0])
    choice["answer"][0]["valueCoding"]["code"] = "not_an_option"
    expect_rejected("an answer that is not an option", check_resource(qr, questionnaires))
    qr = copy.deepcopy(samples["QuestionnaireResponse"])
    qr["item"].append({"linkId": "pregnancy", "answer": [{"valueCoding": {"system": "urn:lowback:field:pregnancy", "code": "not_pregnant"}}]})
    qr["item"].append({"linkId": "pregnancy_weeks", "answer": [{"valueInteger": 12}]})
    expect_rejected("an answer to a disabled item", check_resource(qr, questionnaires))
    qr = copy.deepcopy(samples["QuestionnaireResponse"])
    qr["item"].append({"linkId": "age", "answer": [{"valueInteger": 500}]})
    expect_rejected("an integer out of bounds, and an item twice", check_resource(qr, questionnaires))

    ra = copy.deepcopy(samples["RiskAssessment"])
    ra["status"] = "done"
    expect_rejected("RiskAssessment status done", check_resource(ra, questionnaires))
    ra = copy.deepcopy(samples["RiskAssessment"])
    ra["prediction"][0]["outcome"]["coding"].append({"system": SNOMED, "code": "192970009"})
    expect_rejected("a SNOMED CT id with a bad check digit", check_resource(ra, questionnaires))
    ra = copy.deepcopy(samples["RiskAssessment"])
    ra["note"] = []
    expect_rejected("an empty array", check_resource(ra, questionnaires))

    b = copy.deepcopy(samples["Bundle"])
    b["entry"][1]["fullUrl"] = b["entry"][0]["fullUrl"]
    expect_rejected("a fullUrl twice", check_resource(b, questionnaires))
    b = copy.deepcopy(samples["Bundle"])
    b["entry"][1]["resource"]["basis"][0]["reference"] = "urn:uuid:00000000-0000-8000-8000-000000000000"
    expect_rejected("an unresolved reference", check_resource(b, questionnaires))
    b = copy.deepcopy(samples["Bundle"])
    del b["entry"][1]["resource"]["status"]
    expect_rejected("a resource without status inside a bundle", check_resource(b, questionnaires))

    t = copy.deepcopy(samples["triage"])
    t["disposition"] = "soon"
    expect_rejected("a triage with an unknown disposition", schema_errors(schemas["triage"], t))
    t = copy.deepcopy(samples["triage"])
    t["extra"] = 1
    expect_rejected("a triage with an unknown field", schema_errors(schemas["triage"], t))
    a = copy.deepcopy(samples["assessment"])
    a["age"] = 121
    expect_rejected("an assessment age of 121", schema_errors(schemas["assessment"], a))
    r = copy.deepcopy(samples["report"])
    r["sections"][0]["items"][0]["sources"] = [0]
    expect_rejected("a report source numbered 0", schema_errors(schemas["report"], r))
    return len(tried), failures


def main(argv):
    out = Path(argv[1]) if len(argv) > 1 else ROOT / "target" / "interop-out"
    if not out.is_dir():
        print(f"error: {out} is not a directory; run: cargo test --test interop_export", file=sys.stderr)
        return 1
    schemas = load_schemas()
    counts = {}
    failed = []
    samples = {}

    def record(kind, name, errors, doc):
        ok, bad = counts.get(kind, (0, 0))
        if errors:
            counts[kind] = (ok, bad + 1)
            failed.append((name, errors))
        else:
            counts[kind] = (ok + 1, bad)
            samples.setdefault(kind, doc)

    docs = {}
    for sub in ("assessment", "triage", "report", "fhir", "cds-hooks"):
        for path in sorted((out / sub).glob("*.json")):
            try:
                docs[path] = (sub, json.loads(path.read_text(encoding="utf-8")))
            except (OSError, ValueError) as e:
                failed.append((str(path), [f"unreadable: {e}"]))
    questionnaires = {}
    for path, (sub, doc) in docs.items():
        if sub == "fhir" and doc.get("resourceType") == "Questionnaire":
            key = f"{doc.get('url')}|{doc.get('version')}"
            # Every language is the same questionnaire: the same items and codes.
            questionnaires.setdefault(key, doc)
    for path, (sub, doc) in docs.items():
        name = str(path.relative_to(out))
        if sub in schemas:
            record(sub, name, schema_errors(schemas[sub], doc), doc)
        elif sub == "fhir":
            kind = doc.get("resourceType", "?")
            record(kind, name, check_resource(doc, questionnaires), doc)
        else:
            record("cds-hooks", name, check_cards(doc), doc)

    expected = ["assessment", "triage", "report", "Questionnaire", "QuestionnaireResponse", "RiskAssessment", "Bundle", "cds-hooks"]
    missing = [k for k in expected if counts.get(k, (0, 0))[0] == 0]
    tried, self_failures = (0, ["no valid sample to break"])
    if not missing:
        tried, self_failures = self_test(samples, schemas, questionnaires)

    from importlib.metadata import version

    print(f"validators: fhir.resources {version('fhir.resources')} (R4B models), jsonschema {version('jsonschema')} (draft 2020-12)")
    for kind in expected:
        ok, bad = counts.get(kind, (0, 0))
        print(f"  {kind:<22} {ok:5} valid {bad:5} invalid")
    for name, errors in failed[:40]:
        print(f"FAIL {name}")
        for e in errors[:8]:
            print(f"     {e}")
    if len(failed) > 40:
        print(f"... and {len(failed) - 40} more invalid files")
    for k in missing:
        print(f"FAIL no valid {k} file in {out}")
    print(f"self-test: {tried - len(self_failures)} of {tried} broken copies rejected"
          + (f"; NOT rejected: {', '.join(self_failures)}" if self_failures else ""))
    passed = sum(ok for ok, _ in counts.values())
    n_failed = len(failed) + len(missing) + len(self_failures)
    print(f"{passed} passed, {n_failed} failed")
    return 0 if n_failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
