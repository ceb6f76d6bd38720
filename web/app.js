// lowback demo page: the interview and the report, computed on this device by the wasm build
// of the library (pkg/, made by `npm run build`). No framework, no network after load: the
// library's words are put into the page as text nodes, never as HTML.

import init, { LowbackSession, negotiate, locales, contentVersion } from "./pkg/lowback_web.js";

// Every word on the page is a Fluent message: the page's own (`page-*`, web/locales/) and the
// library's (questions, answers, "I don't know", progress, the report). None is written here: a
// message that is missing shows its id, which the browser tests catch.
const $ = (id) => document.getElementById(id);
const el = (tag, props = {}, ...children) => {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === "class") node.className = v;
    else if (k === "text") node.textContent = v;
    else if (v !== undefined && v !== null && v !== false) node.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children) if (c) node.append(c);
  return node;
};

// Measured for the test and the README: milliseconds since navigation start.
const timings = { wasmReady: null, firstQuestion: null, firstAnswerStart: null, firstAnswer: null };
window.__lowback = { timings, ready: false };

let session = null;
let current = null; // the question shown, or null when the report is shown
let strings = {}; // the page's messages without variables, in the session's locale

/** A page message without variables; its id if there is none. */
const t = (id) => strings[id] ?? id;

/** The browser tab's title around `title` (the questions' title, or the report's headline). */
const documentTitle = (title) => session.messageWith("page-document-title", { title });

function applyChrome() {
  const tag = session.locale;
  strings = session.pageStrings();
  document.documentElement.lang = tag;
  for (const node of document.querySelectorAll("[data-msg]")) node.textContent = t(node.dataset.msg);
  $("intro-title").textContent = session.message("interview-title");
  $("intro-text").textContent = session.message("interview-intro");
  document.title = documentTitle(session.message("interview-title"));
  $("lang").value = tag;
}

// Each language in its own words (the same in every locale).
function fillLanguages(active) {
  const select = $("lang");
  select.replaceChildren();
  for (const tag of locales()) {
    select.append(el("option", { value: tag, lang: tag, text: t(`page-language-${tag}`) }));
  }
  select.value = active;
  select.disabled = false;
}

function setStatus(text) {
  $("status").textContent = text;
}

// ---- one question at a time ---------------------------------------------------------------

let steps = 0;

function render({ focus = true } = {}) {
  const view = session.question();
  document.body.dataset.step = String(++steps);
  current = view;
  if (view) showQuestion(view, focus);
  else showReport(focus);
}

function showQuestion(view, focus) {
  $("report").hidden = true;
  $("report").replaceChildren();
  $("after").hidden = true;
  $("intro-text").hidden = false;
  $("answer-error").textContent = "";
  const form = $("question");
  form.hidden = false;
  form.dataset.question = view.id;
  form.dataset.answer = view.answer;

  $("progress-text").textContent = view.progress.text;
  const total = view.progress.asked + Math.max(view.progress.left_estimate, 1);
  $("progress-bar").style.width = `${Math.round((100 * view.progress.asked) / total)}%`;
  $("prompt").textContent = view.prompt;

  let hint = view.hint;
  // The library's hint for several answers speaks of commas (for a terminal); here, boxes.
  if (view.answer === "multi_choice") hint = view.kind === "checklist" ? null : t("page-several");
  $("hint").textContent = hint ?? "";
  $("hint").hidden = !hint;

  const controls = $("controls");
  controls.replaceChildren();
  const fieldset = $("fieldset");
  if (hint) fieldset.setAttribute("aria-describedby", "hint");
  else fieldset.removeAttribute("aria-describedby");
  if (view.answer === "number") {
    const input = el("input", {
      id: "number",
      type: "number",
      name: "answer",
      inputmode: "numeric",
      step: "1",
      min: view.range ? String(view.range.min) : undefined,
      max: view.range ? String(view.range.max) : undefined,
      "aria-describedby": hint ? "hint" : undefined,
      autocomplete: "off",
    });
    controls.append(el("div", { class: "number" }, el("label", { for: "number", text: t("page-your-answer") }), input));
  } else {
    const type = view.multiple ? "checkbox" : "radio";
    view.options.forEach((option, i) => {
      const id = `opt-${i}`;
      const input = el("input", { type, id, name: "answer", value: option.value });
      const isNone = view.multiple && option.value === "none";
      if (isNone) input.dataset.none = "true";
      controls.append(
        el("label", { class: isNone ? "option none" : "option", for: id }, input, el("span", { text: option.label })),
      );
    });
    if (view.multiple) controls.addEventListener("change", exclusiveNone);
  }
  $("dont-know").textContent = view.unknown_label;
  $("back").hidden = !session.hasAnswers();
  if (focus) $("prompt").focus();
}

// "None of these" and the other items of a checklist exclude each other.
function exclusiveNone(event) {
  const box = event.target;
  if (!box.checked) return;
  for (const other of $("controls").querySelectorAll("input[type=checkbox]")) {
    if (other === box) continue;
    if (box.dataset.none === "true" || other.dataset.none === "true") other.checked = false;
  }
}

function chosenValues() {
  if (current.answer === "number") {
    const input = $("number");
    // Out of range is for the library to refuse, in its words; the browser gives "" for text
    // that is not a number at all.
    const text = input.value.trim();
    return text === "" ? null : [text];
  }
  const values = [...$("controls").querySelectorAll("input:checked")].map((i) => i.value);
  return values.length ? values : null;
}

function afterAnswer(outcome, started) {
  if (outcome.status === "refused") {
    $("answer-error").textContent = outcome.message ?? t("page-choose");
    $("controls").querySelector("input")?.focus();
    return;
  }
  render();
  setStatus(outcome.status === "moved_on" ? outcome.message ?? "" : "");
  if (timings.firstAnswer === null) {
    timings.firstAnswer = performance.now();
    timings.firstAnswerStart = started;
  }
}

function onSubmit(event) {
  event.preventDefault();
  if (!current) return;
  const started = performance.now();
  const values = chosenValues();
  if (!values) {
    $("answer-error").textContent = t(current.answer === "number" ? "page-choose-number" : "page-choose");
    $("controls").querySelector("input")?.focus();
    return;
  }
  guard(() => afterAnswer(session.answerValues(values), started));
}

function onDontKnow() {
  if (!current) return;
  const started = performance.now();
  guard(() => afterAnswer(session.dontKnow(), started));
}

// ---- the report ---------------------------------------------------------------------------

function cites(sources) {
  if (!sources.length) return null;
  const span = el("span", { class: "cites", role: "group", "aria-label": t("page-sources") });
  for (const n of sources) {
    span.append(el("a", { href: `#ref-${n}`, "aria-label": session.messageWith("page-source", { number: n }), text: `[${n}]` }));
  }
  return span;
}

// A citation as text, its web address as a link (made with the DOM, never parsed as HTML).
function citation(text) {
  const parts = [];
  for (const part of text.split(/(https?:\/\/[^\s]+)/)) {
    if (/^https?:\/\//.test(part)) parts.push(el("a", { href: part, rel: "noopener noreferrer", text: part }));
    else if (part) parts.push(document.createTextNode(part));
  }
  return parts;
}

function showReport(focus) {
  $("question").hidden = true;
  $("intro-text").hidden = true;
  const r = session.report();
  const urgent = r.disposition === "emergency" || r.disposition === "urgent";
  const root = $("report");
  root.replaceChildren();
  root.dataset.disposition = r.disposition;

  // What to do comes first: for an emergency, the action with the local emergency number.
  const box = el("div", { class: `outcome ${r.disposition}`, id: "outcome", role: urgent ? "alert" : undefined });
  if (!urgent) box.append(el("p", { class: "title", text: r.title }));
  box.append(el("h2", { id: "report-headline", tabindex: "-1", text: r.headline }));
  box.append(el("p", { class: "action", text: r.action }));
  if (r.act_now.length) {
    const list = el("ul", { class: "act-now" });
    for (const a of r.act_now) list.append(el("li", { text: a }));
    box.append(list);
  }
  root.append(box);
  if (r.incomplete_note) root.append(el("p", { class: "note", text: r.incomplete_note }));

  r.sections.forEach((section, i) => {
    const headingId = `section-${i}`;
    const sec = el("section", { "aria-labelledby": headingId, "data-kind": section.kind });
    sec.append(el("h3", { id: headingId, text: section.heading }));
    if (section.kind === "references") {
      const ol = el("ol", { class: "refs" });
      for (const item of section.items) {
        const n = item.sources[0];
        ol.append(el("li", { id: n ? `ref-${n}` : undefined, value: n ? String(n) : undefined }, ...citation(item.text)));
      }
      sec.append(ol);
    } else {
      const ul = el("ul", { class: "items" });
      for (const item of section.items) {
        const li = el("li");
        if (item.title) li.append(el("span", { class: "item-title", text: item.title }));
        li.append(document.createTextNode(item.text));
        const c = cites(item.sources);
        if (c) li.append(" ", c);
        if (item.details.length) {
          const d = el("ul", { class: "details" });
          for (const line of item.details) d.append(el("li", { text: line }));
          li.append(d);
        }
        ul.append(li);
      }
      sec.append(ul);
    }
    root.append(sec);
  });
  root.append(el("p", { class: "disclaimer", id: "disclaimer", text: r.disclaimer }));
  root.hidden = false;
  $("after").hidden = false;
  document.title = documentTitle(r.headline);
  setStatus(urgent ? "" : session.message("interview-done"));
  if (focus) $("report-headline").focus();
}

function download(name, type, text) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = el("a", { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

// ---- wiring -------------------------------------------------------------------------------

function guard(fn) {
  try {
    fn();
  } catch (e) {
    failed(e);
  }
}

// In the page's words when it has them; before that (the wasm did not load, or the session could
// not start), the static notice of index.html in both languages, and the technical reason.
function failed(e) {
  const detail = String(e?.message ?? e);
  let text = detail;
  try {
    text = session.messageWith("page-failed", { detail });
  } catch {
    $("load-failed").hidden = false;
  }
  const status = $("status");
  status.setAttribute("role", "alert");
  status.textContent = text;
}

async function start() {
  try {
    await init();
  } catch (e) {
    failed(e);
    return;
  }
  timings.wasmReady = performance.now();
  const asked = new URLSearchParams(location.search).get("lang");
  const preferred = asked ? [asked] : [...(navigator.languages ?? []), navigator.language ?? "en"];
  const tag = negotiate(preferred);
  guard(() => {
    session = new LowbackSession(tag);
    strings = session.pageStrings();
    fillLanguages(session.locale);
    applyChrome();
    $("content-version").textContent = contentVersion();
    setStatus("");
    render({ focus: false });
    timings.firstQuestion = performance.now();
    window.__lowback.ready = true;
  });

  $("question").addEventListener("submit", onSubmit);
  $("dont-know").addEventListener("click", onDontKnow);
  $("back").addEventListener("click", () => guard(() => { session.back(); render(); }));
  $("restart").addEventListener("click", () => guard(() => { session.restart(); setStatus(""); render(); }));
  $("print").addEventListener("click", () => window.print());
  $("save-md").addEventListener("click", () =>
    guard(() => download(`lowback-report-${session.locale}.md`, "text/markdown", session.reportMarkdown())),
  );
  $("save-fhir").addEventListener("click", () =>
    guard(() => download("lowback-fhir-bundle.json", "application/fhir+json", session.fhirBundle())),
  );
  $("lang").addEventListener("change", (event) =>
    guard(() => {
      session.setLocale(event.target.value);
      applyChrome();
      // The same question or report, now in the new language; focus stays on the menu.
      const checked = current ? chosenValues() : null;
      render({ focus: false });
      restoreChoice(checked);
    }),
  );
}

// Keeps what was ticked when the language changes before the answer is sent.
function restoreChoice(values) {
  if (!values || !current) return;
  if (current.answer === "number") {
    $("number").value = values[0];
    return;
  }
  for (const input of $("controls").querySelectorAll("input")) input.checked = values.includes(input.value);
}

start();
