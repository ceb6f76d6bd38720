//! Criterion benchmarks (issue 4): loading, triage, interview, rendering, scaling and threads.
//!
//! ```text
//! cargo bench --bench lowback                 # everything: about 70 s on 2 cores, plus the build
//! cargo bench --bench lowback -- render/      # one group
//! ```
//!
//! Ids (`target/criterion/<group>/<name>/`): `load/catalog`, `load/localizer`,
//! `load/catalog_builtin`, `load/localizer_builtin`, `load/localizer_builtin_every_en_file`,
//! `triage/vignettes`, `triage/vignettes_each_repeated`, `triage/vignettes_copies_in_turn`,
//! `triage/vignettes_of_0_1`, `interview/next_question`, `render/report_en`, `render/report_fr`,
//! `render/raw_fluent`,
//! `scale/triage/{10,100,1000}`, `scale/rules/{400,4000,40000}`,
//! `parallel/1_thread`, `parallel/2_threads`.
//! Results and their reading are in `BENCHMARKS.md`.
//!
//! The bench binary installs a counting global allocator (a thin wrapper around `System` that
//! counts calls only while switched on) and prints allocations per triage and per render once,
//! before the first benchmark.

use std::alloc::{GlobalAlloc, Layout, System};
use std::fmt::Write as _;
use std::hint::black_box;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use criterion::{
    BatchSize, BenchmarkGroup, BenchmarkId, Criterion, Throughput, criterion_group, criterion_main,
};
use fluent::concurrent::FluentBundle;
use fluent::{FluentArgs, FluentResource, FluentValue};
use lowback::{
    Answer, Assessment, Catalog, ContentPack, Disposition, FindingId, Locale, Localizer, Location,
    Question, Report, SectionKind, Triage, next_question,
};
use unic_langid::LanguageIdentifier;

// ---------------------------------------------------------------------------------------------
// Counting allocator (bench binary only; the library itself forbids unsafe code).

struct CountingAlloc;

static COUNTING: AtomicBool = AtomicBool::new(false);
static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);

fn count() {
    // Only a load while counting is off, so the threads of `parallel/*` never share a written
    // cache line because of the counter.
    if COUNTING.load(Ordering::Relaxed) {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
    }
}

// SAFETY: every method forwards to `System` with the caller's arguments unchanged.
unsafe impl GlobalAlloc for CountingAlloc {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count();
        // SAFETY: same contract as the caller's.
        unsafe { System.alloc(layout) }
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        count();
        // SAFETY: same contract as the caller's.
        unsafe { System.alloc_zeroed(layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        count();
        // SAFETY: same contract as the caller's.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: same contract as the caller's.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: CountingAlloc = CountingAlloc;

/// Allocations (`alloc`, `alloc_zeroed` and `realloc` calls) made by `f`, single-threaded.
fn allocations<T>(f: impl FnOnce() -> T) -> (usize, T) {
    ALLOCATIONS.store(0, Ordering::SeqCst);
    COUNTING.store(true, Ordering::SeqCst);
    let out = black_box(f());
    COUNTING.store(false, Ordering::SeqCst);
    (ALLOCATIONS.load(Ordering::SeqCst), out)
}

// ---------------------------------------------------------------------------------------------
// Inputs.

const VIGNETTES: &str = include_str!("../tests/fixtures/vignettes.json");

/// The development vignettes: (id, assessment).
fn vignettes() -> Vec<(String, Assessment)> {
    let cases: serde_json::Value = serde_json::from_str(VIGNETTES).expect("vignettes.json parses");
    cases
        .as_array()
        .expect("vignettes.json is an array")
        .iter()
        .map(|case| {
            let id = case["id"].as_str().expect("vignette id").to_owned();
            let a = Assessment::from_json(&case["assessment"].to_string())
                .unwrap_or_else(|e| panic!("vignette {id}: {e}"));
            (id, a)
        })
        .collect()
}

/// Version 0.1's 61 development vignettes, read as this version's input: the same people, so
/// that `triage/vignettes_of_0_1` compares the two engines on the same work. Made from
/// `tests/fixtures/vignettes.json` at 7ed9fff with two answers renamed: the finding
/// `interferes_with_daily_activities` is now `stops_daily_activities`, and the finding
/// `pregnant_or_postpartum` is now the `pregnancy` field (`pregnant`, `postpartum` for the one
/// case after a birth, or `not_pregnant`).
const VIGNETTES_OF_0_1: &str = include_str!("vignettes_0_1.json");

fn vignettes_of_0_1() -> Vec<Assessment> {
    let cases: serde_json::Value =
        serde_json::from_str(VIGNETTES_OF_0_1).expect("vignettes_0_1.json parses");
    cases
        .as_array()
        .expect("vignettes_0_1.json is an array")
        .iter()
        .map(|case| {
            Assessment::from_json(&case["assessment"].to_string())
                .unwrap_or_else(|e| panic!("vignette {}: {e}", case["id"]))
        })
        .collect()
}

fn vignette(all: &[(String, Assessment)], id: &str) -> Assessment {
    all.iter()
        .find(|(v, _)| v == id)
        .map_or_else(|| panic!("no vignette {id}"), |(_, a)| a.clone())
}

/// The rendered case: a self-care muscle strain with likely conditions, care, exercises, tips and
/// the safety net.
const RENDER_CASE: &str = "w119_strain_lifting_31m_day2";

/// The fixed assessments triaged by `scale/*`: one or two of each disposition of the builtin pack.
const SCALE_CASES: [&str; 8] = [
    "w005_ces_sciatica_spread_second_leg",
    "w032_dense_foot_drop_new",
    "w170_sciatica_acute_uncontrolled_29f",
    "w167_sciatica_8wk_not_improving_50m",
    "w153_hip_oa_worsening_70f",
    "w185_unknown_whole_screen_missing",
    "w119_strain_lifting_31m_day2",
    "w163_sciatica_10d_improving_38m",
];

/// Age, pain locations and three red-flag questions answered: the interview is under way.
fn partial_assessment() -> Assessment {
    Assessment::builder()
        .age(46)
        .pain_locations([Location::LowerBack, Location::Buttock])
        .finding(FindingId::SADDLE_NUMBNESS, Answer::No)
        .finding(FindingId::BLADDER_CHANGE, Answer::No)
        .finding("bowel_change".parse().expect("id"), Answer::No)
        .build()
        .expect("valid partial assessment")
}

fn render(catalog: &Catalog, localizer: &Localizer, locale: &Locale, triage: &Triage) -> String {
    Report::new(catalog, localizer, locale, triage)
        .expect("builtin report renders")
        .to_text()
}

// ---------------------------------------------------------------------------------------------
// The floor: the report's messages formatted straight through fluent-bundle.

const EN_FTL: [&str; 11] = [
    include_str!("../locales/en/terms.ftl"),
    include_str!("../locales/en/findings.ftl"),
    include_str!("../locales/en/interview.ftl"),
    include_str!("../locales/en/red-flags.ftl"),
    include_str!("../locales/en/rules.ftl"),
    include_str!("../locales/en/conditions.ftl"),
    include_str!("../locales/en/exercises.ftl"),
    include_str!("../locales/en/care.ftl"),
    include_str!("../locales/en/cautions.ftl"),
    include_str!("../locales/en/facts.ftl"),
    include_str!("../locales/en/report.ftl"),
];

/// The first message of each English file (terms aside): formatting them makes a fresh builtin
/// localizer parse every English file.
fn first_message_of_each_en_file() -> Vec<&'static str> {
    EN_FTL
        .iter()
        .filter_map(|text| {
            text.lines().find_map(|l| {
                let id = l.split_once(" =")?.0;
                (l.starts_with(|c: char| c.is_ascii_alphabetic())
                    && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
                .then_some(id)
            })
        })
        .collect()
}

/// Makes a fresh builtin localizer parse every English file, by formatting a message of each.
fn parse_every_en_file(localizer: &Localizer, en: &Locale, ids: &[&str]) {
    for id in ids {
        // Some have variables or only attributes: looking the message up parses its file.
        let _ = localizer.message(en, id, None, &[]);
    }
}

fn raw_bundle() -> FluentBundle<FluentResource> {
    let en: LanguageIdentifier = "en".parse().expect("en");
    let mut bundle = FluentBundle::new_concurrent(vec![en]);
    bundle.set_use_isolating(false);
    for text in EN_FTL {
        let res = FluentResource::try_new(text.to_owned()).expect("en FTL parses");
        bundle.add_resource(res).expect("no duplicate messages");
    }
    bundle
}

/// One message (or attribute) to format, with its arguments. `shown` when the report shows its
/// output as one of its strings; the others (the labels of a list, the list separator, the
/// words of a care setting) are formatted into the arguments of a shown one.
struct Msg {
    id: String,
    attr: Option<String>,
    args: Option<FluentArgs<'static>>,
    shown: bool,
}

impl Msg {
    fn new(id: &str, attr: Option<&str>) -> Self {
        Msg {
            id: id.to_owned(),
            attr: attr.map(str::to_owned),
            args: None,
            shown: true,
        }
    }

    fn with(mut self, args: FluentArgs<'static>) -> Self {
        self.args = Some(args);
        self
    }

    fn hidden(mut self) -> Self {
        self.shown = false;
        self
    }
}

fn format_into(bundle: &FluentBundle<FluentResource>, m: &Msg, out: &mut String) {
    let msg = bundle.get_message(&m.id).expect("message exists");
    let pattern = match &m.attr {
        None => msg.value(),
        Some(a) => msg.get_attribute(a).map(|a| a.value()),
    }
    .expect("pattern exists");
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, m.args.as_ref(), &mut errors);
    assert!(errors.is_empty(), "{}: {errors:?}", m.id);
    out.push_str(&text);
}

fn formatted(bundle: &FluentBundle<FluentResource>, m: &Msg) -> String {
    let mut s = String::new();
    format_into(bundle, m, &mut s);
    s
}

/// Every message `Report::new` formats for `triage`, in its order (src/l10n/report.rs), with the
/// same arguments: each message the report shows, each label of a list, the list separator
/// (once per report, as the report formats it) and the words of each care setting it names
/// (once each). Reference citations are not Fluent messages and are left out. Arguments are
/// built here, outside the measured loop. Which findings are emergency signs (the self-check
/// and the first safety-net line) is read from the report; `check_floor` proves that the floor
/// shows exactly the report's strings.
#[allow(clippy::too_many_lines)] // the report's sections in reading order, kept whole like the report
fn report_messages(
    catalog: &Catalog,
    localizer: &Localizer,
    locale: &Locale,
    bundle: &FluentBundle<FluentResource>,
    triage: &Triage,
    report: &Report,
) -> Vec<Msg> {
    let mut v: Vec<Msg> = Vec::new();
    let urgent = triage.disposition >= Disposition::Urgent;
    let label = |f: &FindingId| {
        catalog
            .finding(*f)
            .expect("finding")
            .message_id()
            .to_owned()
    };
    // The words of a care setting, formatted once per report.
    let mut services: Vec<(Disposition, String)> = Vec::new();
    let mut service = |v: &mut Vec<Msg>, d: Disposition| -> String {
        if let Some((_, w)) = services.iter().find(|(x, _)| *x == d) {
            return w.clone();
        }
        let s = localizer.care_setting(locale, d).expect("care setting");
        let mut m = Msg::new(s.message_id(), None).hidden();
        if let Some(n) = &s.number {
            let mut args = FluentArgs::with_capacity(1);
            args.set("number", FluentValue::from(n.clone()));
            m = m.with(args);
        }
        let w = formatted(bundle, &m);
        v.push(m);
        services.push((d, w.clone()));
        w
    };
    let with_services = |v: &mut Vec<Msg>,
                         service: &mut dyn FnMut(&mut Vec<Msg>, Disposition) -> String,
                         id: &str,
                         attr: Option<&str>,
                         vars: &[(&'static str, Disposition)]| {
        let mut args = FluentArgs::with_capacity(vars.len());
        for (name, d) in vars {
            args.set(*name, FluentValue::from(service(v, *d)));
        }
        v.push(Msg::new(id, attr).with(args));
    };
    // A list argument: the separator (once per report) and the labels are formatted as messages
    // of their own, then joined here.
    let mut separator: Option<String> = None;
    let mut list = |v: &mut Vec<Msg>, id: &str, parts: Vec<Msg>| {
        let sep = separator
            .get_or_insert_with(|| {
                let m = Msg::new("report-list-separator", None).hidden();
                let s = formatted(bundle, &m);
                v.push(m);
                s
            })
            .clone();
        let mut texts = Vec::new();
        for m in parts {
            texts.push(formatted(bundle, &m));
            v.push(m.hidden());
        }
        let mut args = FluentArgs::with_capacity(1);
        args.set("list", FluentValue::from(texts.join(&sep)));
        v.push(Msg::new(id, None).with(args));
    };
    // The findings shown in a section's item whose text is `text`.
    let shown_findings = |kind: SectionKind, findings: &[FindingId], first: bool| {
        let items: Vec<_> = report
            .sections()
            .filter(|s| s.kind() == kind)
            .flat_map(|s| s.items())
            .collect();
        let details: Vec<&str> = items
            .first()
            .filter(|_| first)
            .map(|i| i.details().collect())
            .unwrap_or_default();
        findings
            .iter()
            .copied()
            .filter(|f| details.contains(&formatted(bundle, &Msg::new(&label(f), None)).as_str()))
            .collect::<Vec<FindingId>>()
    };

    let level = format!(
        "report-level-{}",
        triage.disposition.as_str().replace('_', "-")
    );
    v.push(Msg::new("report-title", None));
    v.push(Msg::new(&level, None));
    let level_vars: &[(&str, Disposition)] = match triage.disposition {
        Disposition::Emergency => &[("emergency", Disposition::Emergency)],
        Disposition::Urgent => &[
            ("emergency", Disposition::Emergency),
            ("urgent", Disposition::Urgent),
        ],
        Disposition::SeeClinician => &[("see_clinician", Disposition::SeeClinician)],
        Disposition::SelfCare => &[("self_care", Disposition::SelfCare)],
    };
    // Self-care with questions still open does not say "no warning signs" (as the report).
    if triage.disposition == Disposition::SelfCare && !triage.complete {
        with_services(
            &mut v,
            &mut service,
            "report-self-care-open",
            None,
            level_vars,
        );
    } else {
        with_services(&mut v, &mut service, &level, Some("detail"), level_vars);
    }
    if urgent {
        for flag in triage
            .leading_red_flags()
            .iter()
            .filter_map(|id| catalog.red_flag(*id))
        {
            v.push(Msg::new(flag.message_id(), Some("action")));
        }
        if !triage.complete {
            v.push(Msg::new("report-act-now-unanswered", None));
        }
    } else if !triage.complete {
        v.push(Msg::new("report-incomplete", None));
    }
    if !urgent {
        let open = shown_findings(SectionKind::SelfCheck, &triage.unanswered.to_vec(), true);
        if !open.is_empty() {
            for f in &open {
                v.push(Msg::new(&label(f), None));
            }
            v.push(Msg::new("report-heading-self-check", None));
            let emergency = [("emergency", Disposition::Emergency)];
            with_services(
                &mut v,
                &mut service,
                "report-self-check-intro",
                None,
                &emergency,
            );
        }
    }
    let mut why = 0;
    for f in &triage.fired {
        let rule = catalog.rule(f.rule).expect("rule");
        if let Some(flag) = f.red_flag.and_then(|id| catalog.red_flag(id)) {
            v.push(Msg::new(flag.message_id(), None));
        }
        v.push(Msg::new(rule.message_id(), None));
        why += 1;
    }
    if !triage.flags_without_rule.is_empty() {
        let parts = triage
            .flags_without_rule
            .iter()
            .map(|f| Msg::new(&label(f), None))
            .collect();
        list(&mut v, "report-flags-without-rule", parts);
        why += 1;
    }
    if why == 0 {
        v.push(Msg::new(
            if triage.complete {
                "report-no-flags"
            } else {
                "report-no-flags-yet"
            },
            None,
        ));
    }
    v.push(Msg::new("report-heading-why", None));
    if !urgent && !triage.unanswered.is_empty() {
        let mut asked: Vec<Question> = Vec::new();
        for f in &triage.unanswered {
            let Some(q) = catalog.question(*f) else {
                continue;
            };
            if asked.contains(&q) {
                continue;
            }
            asked.push(q);
            let (id, attr) = q.message_id();
            v.push(Msg::new(&id, attr));
        }
        v.push(Msg::new("report-heading-unanswered", None));
    }
    for m in triage.conditions.iter().take(3) {
        let c = catalog.condition(m.condition).expect("condition");
        if urgent {
            v.push(Msg::new(c.message_id(), None));
            continue;
        }
        let labels = |ids: &lowback::FindingSet, attr: Option<&str>| {
            ids.iter()
                .map(|f| Msg::new(&label(f), attr))
                .collect::<Vec<_>>()
        };
        if !m.supporting.is_empty() {
            list(&mut v, "report-for", labels(&m.supporting, None));
        }
        if !m.against.is_empty() {
            list(&mut v, "report-against", labels(&m.against, None));
        }
        if !m.absent.is_empty() {
            list(&mut v, "report-absent", labels(&m.absent, Some("absent")));
        }
        v.push(Msg::new(c.message_id(), Some("course")));
        v.push(Msg::new(c.message_id(), None));
        v.push(Msg::new(c.message_id(), Some("summary")));
    }
    if triage.conditions.is_empty() && !urgent {
        v.push(Msg::new("report-no-conditions", None));
    }
    let conditions_heading = if urgent {
        "report-heading-conditions-brief"
    } else {
        "report-heading-conditions"
    };
    if !urgent || !triage.conditions.is_empty() {
        v.push(Msg::new(conditions_heading, None));
    }
    if !urgent {
        for id in &triage.care {
            let c = catalog.care_option(*id).expect("care");
            v.push(Msg::new(c.message_id(), None));
            v.push(Msg::new(c.message_id(), Some("summary")));
        }
        if triage.care.is_empty() {
            v.push(Msg::new("report-no-advice", None));
        }
        v.push(Msg::new("report-heading-do-now", None));
        for c in &triage.cautions {
            v.push(Msg::new(
                &format!("caution-{}", c.as_str().replace('_', "-")),
                None,
            ));
        }
        if !triage.cautions.is_empty() {
            v.push(Msg::new("report-heading-cautions", None));
        }
        for id in &triage.exercises {
            let x = catalog.exercise(*id).expect("exercise");
            v.push(Msg::new(x.message_id(), Some("summary")));
            for n in 1..=x.steps {
                v.push(Msg::new(x.message_id(), x.step_attribute(n)));
            }
            v.push(Msg::new(x.message_id(), Some("caution")));
            v.push(Msg::new(x.message_id(), None));
            let mut args = FluentArgs::with_capacity(4);
            args.set("sets", FluentValue::from(x.dosage.sets));
            args.set("reps", FluentValue::from(x.dosage.reps));
            args.set("hold", FluentValue::from(x.dosage.hold_seconds));
            args.set("days", FluentValue::from(x.dosage.days_per_week));
            v.push(Msg::new("exercise-dosage", None).with(args));
        }
        if !triage.exercises.is_empty() {
            v.push(Msg::new("report-heading-exercises", None));
        }
        for id in &triage.tips {
            let t = catalog.tip(*id).expect("tip");
            v.push(Msg::new(t.message_id(), None));
            v.push(Msg::new(t.message_id(), Some("detail")));
        }
        if !triage.tips.is_empty() {
            v.push(Msg::new("report-heading-tips", None));
        }
    }
    if !triage.safety_net.is_empty() {
        let emergency = shown_findings(SectionKind::SeekHelp, &triage.safety_net, true);
        let same_day: Vec<FindingId> = triage
            .safety_net
            .iter()
            .copied()
            .filter(|f| !emergency.contains(f))
            .collect();
        if !emergency.is_empty() {
            let vars = [("emergency", Disposition::Emergency)];
            with_services(&mut v, &mut service, "report-safety-net-intro", None, &vars);
            for f in &emergency {
                v.push(Msg::new(&label(f), None));
            }
        }
        if !same_day.is_empty() {
            let vars = [("urgent", Disposition::Urgent)];
            with_services(
                &mut v,
                &mut service,
                "report-safety-net-same-day",
                None,
                &vars,
            );
            for f in &same_day {
                v.push(Msg::new(&label(f), None));
            }
        }
        v.push(Msg::new("report-safety-net-worse", None));
        v.push(Msg::new("report-heading-seek-help", None));
    }
    v.push(Msg::new("report-heading-references", None));
    v.push(Msg::new("report-disclaimer", None));
    v
}

/// The floor is faithful: the messages it shows are, as a multiset, exactly the strings the
/// report shows (every message but the citations), and it formats nothing the report does not.
fn check_floor(bundle: &FluentBundle<FluentResource>, msgs: &[Msg], report: &Report) {
    let mut floor: Vec<String> = msgs
        .iter()
        .filter(|m| m.shown)
        .map(|m| formatted(bundle, m))
        .collect();
    let mut shown: Vec<String> = [&report.title, &report.headline, &report.action]
        .into_iter()
        .chain(&report.act_now)
        .chain(&report.incomplete_note)
        .chain([&report.disclaimer])
        .cloned()
        .collect();
    for sec in report.sections() {
        shown.push(sec.heading().to_owned());
        if sec.kind() == SectionKind::References {
            continue;
        }
        for it in sec.items() {
            shown.extend(
                [it.title(), it.text()]
                    .into_iter()
                    .chain(it.details())
                    .filter(|t| !t.is_empty())
                    .map(str::to_owned),
            );
        }
    }
    floor.sort();
    shown.sort();
    assert_eq!(floor, shown, "the raw floor formats what the report shows");
}

fn raw_pass(bundle: &FluentBundle<FluentResource>, msgs: &[Msg], out: &mut String) {
    out.clear();
    for m in msgs {
        format_into(bundle, m, out);
        out.push('\n');
    }
}

// ---------------------------------------------------------------------------------------------
// Synthetic content packs for `scale/*`.

/// A tiny linear congruential generator (Knuth's MMIX constants): seeded, reproducible, no
/// dependency.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }
    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next()).expect("31-bit value fits") % n
    }
    fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }
    /// `k` distinct items of `items`, in random order (partial Fisher-Yates on a copy).
    fn distinct<T: Copy>(&mut self, items: &[T], k: usize) -> Vec<T> {
        let mut pool = items.to_vec();
        let k = k.min(pool.len());
        for i in 0..k {
            let j = i + self.below(pool.len() - i);
            pool.swap(i, j);
        }
        pool.truncate(k);
        pool
    }
}

fn quoted(items: &[&str]) -> String {
    let q: Vec<String> = items.iter().map(|s| format!("\"{s}\"")).collect();
    format!("[{}]", q.join(", "))
}

fn weights(items: &[&str], rng: &mut Lcg) -> String {
    let w: Vec<String> = items
        .iter()
        .map(|s| format!("{s} = {}", rng.range(1, 5)))
        .collect();
    format!("{{ {} }}", w.join(", "))
}

/// Rules per condition in a generated pack: 4 rules for every 10 conditions, at every size.
const RULES_PER_10_CONDITIONS: usize = 4;

/// The builtin pack with `conditions.toml` and `rules.toml` replaced by `n` generated conditions
/// and `n * 4 / 10` generated rules, and their messages added in `en` and `fr`.
///
/// Honest sizing: the pack holds exactly `n` conditions (the 12 builtin ones are gone) and the
/// rules scale with them. The catalog rejects uncited references, and three references are cited
/// only by builtin conditions; so the generated conditions cite every reference id of the
/// builtin catalog round-robin, `max(3, ceil(references / n))` each (5 each at n = 10, 3 each
/// from n = 16 on), which cites them all at every size. Findings come from the vocabulary,
/// weights 1 to 5 from a seeded LCG, exercises and care options are builtin ids. A quarter of the
/// rules are red-flag rules (one red-flag screen finding plus one of two or three others), the
/// rest are referral rules on two findings.
fn generated_pack(n: usize) -> ContentPack {
    let builtin = Catalog::builtin();
    let mut rng = Lcg(0x5eed_0000 + n as u64);
    let findings: Vec<&str> = builtin.findings().iter().map(|f| f.id.as_str()).collect();
    // Rules use answered findings only: a random derived finding could be one the catalog
    // refuses in an escalating rule ("getting better"), or exclusive of another.
    let asked: Vec<&str> = builtin
        .findings()
        .iter()
        .filter(|f| f.is_asked())
        .map(|f| f.id.as_str())
        .collect();
    let screen: Vec<&str> = builtin
        .findings()
        .iter()
        .filter(|f| f.screen)
        .map(|f| f.id.as_str())
        .collect();
    let exercises: Vec<&str> = builtin.exercises().iter().map(|x| x.id.as_str()).collect();
    let care: Vec<&str> = builtin
        .care_options()
        .iter()
        .map(|x| x.id.as_str())
        .collect();
    let red_flags: Vec<&str> = builtin.red_flags().iter().map(|x| x.id.as_str()).collect();
    let references: Vec<&str> = builtin.references().iter().map(|x| x.id.as_str()).collect();
    let regions = ["back", "hip", "back_and_hip"];
    let refs_each = references.len().div_ceil(n).max(3);
    let mut next_ref = 0;
    let mut cite = |k: usize| {
        let r: Vec<&str> = (0..k)
            .map(|i| references[(next_ref + i) % references.len()])
            .collect();
        next_ref += k;
        quoted(&r)
    };

    let (mut conditions, mut en, mut fr) = (String::new(), String::new(), String::new());
    for i in 0..n {
        let (n_supporting, n_against) = (rng.range(3, 7), rng.range(1, 4));
        let picked = rng.distinct(&findings, n_supporting + n_against);
        let (against, supporting) = picked.split_at(n_against);
        let requires = &supporting[..rng.range(1, 3)];
        let (n_exercises, n_care) = (rng.range(2, 5), rng.range(2, 6));
        let _ = write!(
            conditions,
            "\n[[condition]]\nid = \"gen_c{i:04}\"\nicd10 = [\"M54.{}\"]\nsnomed = []\n\
             region = \"{}\"\nrequires_any = {}\nsupporting = {}\nagainst = {}\nmin_score = {}\n\
             exercises = {}\ncare = {}\nreferences = {}\nstatus = \"draft\"\nupdated = \"2026-01-01\"\n",
            i % 10,
            regions[rng.below(regions.len())],
            quoted(requires),
            weights(supporting, &mut rng),
            weights(against, &mut rng),
            rng.range(3, 7),
            quoted(&rng.distinct(&exercises, n_exercises)),
            quoted(&rng.distinct(&care, n_care)),
            cite(refs_each),
        );
        let _ = write!(
            en,
            "condition-gen-c{i:04} = Synthetic condition {i}\n    \
             .summary = A generated pattern used to measure triage cost.\n    \
             .course = It follows a generated course.\n    \
             .first-line = Generated first-line care.\n"
        );
        let _ = write!(
            fr,
            "condition-gen-c{i:04} = Affection synthétique {i}\n    \
             .summary = Un tableau généré pour mesurer le coût du triage.\n    \
             .course = Son évolution est générée.\n    \
             .first-line = Des soins de première intention générés.\n"
        );
    }

    let mut rules = String::new();
    for j in 0..n * RULES_PER_10_CONDITIONS / 10 {
        if j % 4 == 0 {
            let all = rng.distinct(&screen, 1);
            let n_any = rng.range(2, 3);
            let any = rng.distinct(&asked, n_any);
            let disposition = if rng.below(2) == 0 {
                "urgent"
            } else {
                "emergency"
            };
            let _ = write!(
                rules,
                "\n[[rule]]\nid = \"gen_r{j:04}\"\nkind = \"red_flag\"\nred_flag = \"{}\"\n\
                 disposition = \"{disposition}\"\nall = {}\nany = {}\nmin_any = 1\n\
                 references = {}\nstatus = \"draft\"\nupdated = \"2026-01-01\"\n",
                red_flags[j / 4 % red_flags.len()],
                quoted(&all),
                quoted(&any),
                cite(1),
            );
        } else {
            let all = rng.distinct(&asked, 2);
            let _ = write!(
                rules,
                "\n[[rule]]\nid = \"gen_r{j:04}\"\nkind = \"referral\"\n\
                 disposition = \"see_clinician\"\nall = {}\nreferences = {}\n\
                 status = \"draft\"\nupdated = \"2026-01-01\"\n",
                quoted(&all),
                cite(1),
            );
        }
        let _ = writeln!(en, "rule-gen-r{j:04} = Generated rule {j} fired.");
        let _ = writeln!(fr, "rule-gen-r{j:04} = La règle générée {j} s’applique.");
    }

    let mut pack = ContentPack::builtin();
    // The generated rules replace the builtin ones on purpose.
    for r in builtin
        .rules()
        .iter()
        .filter(|r| r.kind == lowback::RuleKind::RedFlag)
    {
        pack.acknowledge_removed_rule(r.id.as_str());
    }
    pack.add_data("conditions.toml", &conditions)
        .add_data("rules.toml", &rules)
        .add_ftl("en", "gen.ftl", &en)
        .add_ftl("fr", "gen.ftl", &fr);
    pack
}

// ---------------------------------------------------------------------------------------------
// Benchmarks.

fn configure(group: &mut BenchmarkGroup<'_, criterion::measurement::WallTime>, samples: usize) {
    group
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
        .sample_size(samples);
}

/// Prints allocation counts once, before the first benchmark.
fn allocation_counts(_c: &mut Criterion) {
    let catalog = Catalog::builtin();
    let localizer = Localizer::builtin();
    let all = vignettes();
    let en = localizer.negotiate("en").expect("en");
    let fr = localizer.negotiate("fr").expect("fr");
    // Warm the lazily built statics and any first-use caches before counting.
    for (_, a) in &all {
        let t = catalog.triage(a).expect("triage");
        let _ = render(catalog, localizer, &en, &t);
        let _ = render(catalog, localizer, &fr, &t);
    }
    let mut counts: Vec<usize> = all
        .iter()
        .map(|(_, a)| allocations(|| catalog.triage(a)).0)
        .collect();
    counts.sort_unstable();
    let total: usize = counts.iter().sum();
    #[allow(clippy::cast_precision_loss)]
    let mean = total as f64 / counts.len() as f64;
    println!(
        "allocations per triage: {mean:.1} (mean over {} vignettes; min {}, median {}, max {})",
        counts.len(),
        counts[0],
        counts[counts.len() / 2],
        counts[counts.len() - 1]
    );
    let a = vignette(&all, RENDER_CASE);
    let (n, t) = allocations(|| catalog.triage(&a).expect("triage"));
    println!("allocations per triage ({RENDER_CASE}): {n}");
    let (n_en, _) = allocations(|| render(catalog, localizer, &en, &t));
    let (n_fr, _) = allocations(|| render(catalog, localizer, &fr, &t));
    let (n_new, report) = allocations(|| Report::new(catalog, localizer, &en, &t).expect("report"));
    let (n_text, _) = allocations(|| report.to_text());
    println!(
        "allocations per render ({RENDER_CASE}): en {n_en} (Report::new {n_new} + to_text {n_text}), fr {n_fr}"
    );
    let bundle = raw_bundle();
    let report = Report::new(catalog, localizer, &en, &t).expect("report");
    let msgs = report_messages(catalog, localizer, &en, &bundle, &t, &report);
    check_floor(&bundle, &msgs, &report);
    let mut out = String::with_capacity(16 * 1024);
    raw_pass(&bundle, &msgs, &mut out);
    let (n_raw, ()) = allocations(|| raw_pass(&bundle, &msgs, &mut out));
    println!(
        "allocations per raw fluent pass: {n_raw} ({} messages formatted)",
        msgs.len()
    );
    let partial = partial_assessment();
    let (n_q, _) = allocations(|| next_question(catalog, &partial));
    println!("allocations per next_question: {n_q}");
}

/// `load/catalog` and `load/localizer` are the issue's figures: a pack from
/// `ContentPack::builtin()` validated in full by `from_pack`, as for an app's own pack. Since
/// `ContentPack::builtin()` shares Fluent files parsed once per process, they no longer include
/// the Fluent parse. `load/catalog_builtin` and `load/localizer_builtin` are what a process pays
/// for `Catalog::builtin()` and `Localizer::builtin()` on first use (data checks without the
/// translation cross-check the test suite proves; the catalog reads the compiled data alone and
/// parses no Fluent file). The builtin localizer parses each Fluent file the first time a
/// message it holds is looked up, so `load/localizer_builtin` includes that for one message:
/// `Localizer::load_builtin`, negotiating `en`, and formatting a first message
/// (`report-title`), which parses `report.ftl` and `terms.ftl` afresh.
/// `load/localizer_builtin_every_en_file` formats one message of each English file instead:
/// every English file parsed, as the localizer did for its first message before.
fn load(c: &mut Criterion) {
    let mut g = c.benchmark_group("load");
    configure(&mut g, 20);
    g.bench_function("catalog", |b| {
        b.iter(|| Catalog::from_pack(&ContentPack::builtin()).expect("builtin catalog"));
    });
    g.bench_function("localizer", |b| {
        b.iter(|| {
            let pack = ContentPack::builtin();
            Localizer::from_pack(&pack).expect("builtin localizer")
        });
    });
    // An app's own pack loaded into both: the locale comparison is computed once per pack.
    g.bench_function("catalog_and_localizer", |b| {
        b.iter(|| {
            let pack = ContentPack::builtin();
            let catalog = Catalog::from_pack(&pack).expect("builtin catalog");
            let localizer = Localizer::from_pack(&pack).expect("builtin localizer");
            (catalog, localizer)
        });
    });
    g.bench_function("catalog_builtin", |b| {
        b.iter(|| Catalog::load_builtin().expect("builtin catalog"));
    });
    g.bench_function("localizer_builtin", |b| {
        b.iter(|| {
            let loc = Localizer::load_builtin().expect("builtin localizer");
            let en = loc.negotiate("en").expect("en");
            let title = loc
                .message(&en, "report-title", None, &[])
                .expect("first message");
            (loc, title)
        });
    });
    let ids = first_message_of_each_en_file();
    assert_eq!(ids.len(), 10, "{ids:?}");
    g.bench_function("localizer_builtin_every_en_file", |b| {
        b.iter(|| {
            let loc = Localizer::load_builtin().expect("builtin localizer");
            let en = loc.negotiate("en").expect("en");
            parse_every_en_file(&loc, &en, &ids);
            loc
        });
    });
    g.finish();
}

fn triage(c: &mut Criterion) {
    let catalog = Catalog::builtin();
    let assessments: Vec<Assessment> = vignettes().into_iter().map(|(_, a)| a).collect();
    let mut g = c.benchmark_group("triage");
    configure(&mut g, 50);
    g.throughput(Throughput::Elements(assessments.len() as u64));
    g.bench_function("vignettes", |b| {
        b.iter(|| {
            for a in &assessments {
                let _ = black_box(catalog.triage(black_box(a)));
            }
        });
    });
    // The same cases, each triaged `REPEAT` times in a row: the cost of a triage once the
    // processor has just seen that case (its data in the L1 cache, its branches learned), as
    // when an app triages the answers again after each keystroke. `vignettes` above walks 208
    // different cases in turn, so each triage starts cold; the gap between the two is that
    // cold start (BENCHMARKS.md, thirteenth round).
    const REPEAT: usize = 16;
    g.throughput(Throughput::Elements((assessments.len() * REPEAT) as u64));
    g.bench_function("vignettes_each_repeated", |b| {
        b.iter(|| {
            for a in &assessments {
                for _ in 0..REPEAT {
                    let _ = black_box(catalog.triage(black_box(a)));
                }
            }
        });
    });
    // The same again, but each of the `REPEAT` triages of a case reads its own copy of it,
    // walked in turn: the case's branches just learned, its data never read before (3,328
    // copies, about 6 MB, more than the L2 cache). Set against `vignettes_each_repeated`, it
    // is what cold data costs; the rest of the gap to `vignettes` is a path not yet learned
    // (BENCHMARKS.md, fourteenth round).
    let copies: Vec<Assessment> = assessments
        .iter()
        .flat_map(|a| std::iter::repeat_n(a, REPEAT).cloned())
        .collect();
    g.bench_function("vignettes_copies_in_turn", |b| {
        b.iter(|| {
            for a in &copies {
                let _ = black_box(catalog.triage(black_box(a)));
            }
        });
    });
    let of_0_1 = vignettes_of_0_1();
    for a in &of_0_1 {
        assert!(
            catalog.triage(a).is_ok(),
            "a vignette of 0.1 no longer triages"
        );
    }
    g.throughput(Throughput::Elements(of_0_1.len() as u64));
    g.bench_function("vignettes_of_0_1", |b| {
        b.iter(|| {
            for a in &of_0_1 {
                let _ = black_box(catalog.triage(black_box(a)));
            }
        });
    });
    g.finish();
}

fn interview(c: &mut Criterion) {
    let catalog = Catalog::builtin();
    let partial = partial_assessment();
    assert!(next_question(catalog, &partial).is_some());
    let mut g = c.benchmark_group("interview");
    configure(&mut g, 50);
    g.bench_function("next_question", |b| {
        b.iter(|| next_question(catalog, black_box(&partial)));
    });
    g.finish();
}

fn render_group(c: &mut Criterion) {
    let catalog = Catalog::builtin();
    let localizer = Localizer::builtin();
    let a = vignette(&vignettes(), RENDER_CASE);
    let t = catalog.triage(&a).expect("triage");
    assert!(!t.conditions.is_empty() && !t.exercises.is_empty() && !t.care.is_empty());
    let en = localizer.negotiate("en").expect("en");
    let fr = localizer.negotiate("fr").expect("fr");
    let bundle = raw_bundle();
    let report = Report::new(catalog, localizer, &en, &t).expect("report");
    let msgs = report_messages(catalog, localizer, &en, &bundle, &t, &report);
    check_floor(&bundle, &msgs, &report);
    let mut g = c.benchmark_group("render");
    configure(&mut g, 100);
    // A longer measurement: the budget is a ratio of two of these medians, and this machine's
    // other core is often busy.
    g.measurement_time(Duration::from_secs(10));
    g.bench_function("report_en", |b| {
        b.iter(|| render(catalog, localizer, &en, black_box(&t)));
    });
    g.bench_function("report_fr", |b| {
        b.iter(|| render(catalog, localizer, &fr, black_box(&t)));
    });
    // The first report of a fresh localizer whose English files are parsed and care settings
    // read (both once per localizer, outside the timing): every message formatted through
    // Fluent, none yet kept in the memo, then kept. What a program that renders one report per
    // localizer pays, besides those two one-time costs.
    let ids = first_message_of_each_en_file();
    g.bench_function("report_en_first", |b| {
        b.iter_batched_ref(
            || {
                let fresh = Localizer::load_builtin().expect("builtin localizer");
                let en = fresh.negotiate("en").expect("en");
                parse_every_en_file(&fresh, &en, &ids);
                assert!(fresh.care_setting(&en, Disposition::Emergency).is_some());
                (fresh, en)
            },
            |(fresh, en)| render(catalog, fresh, en, black_box(&t)),
            BatchSize::PerIteration,
        );
    });
    let mut out = String::with_capacity(16 * 1024);
    g.bench_function("raw_fluent", |b| {
        b.iter(|| {
            raw_pass(&bundle, black_box(&msgs), &mut out);
            black_box(out.len())
        });
    });
    g.finish();
}

fn scale(c: &mut Criterion) {
    let all = vignettes();
    let cases: Vec<Assessment> = SCALE_CASES.iter().map(|id| vignette(&all, id)).collect();
    let mut g = c.benchmark_group("scale");
    configure(&mut g, 30);
    g.throughput(Throughput::Elements(cases.len() as u64));
    for n in [10, 100, 1000] {
        let catalog = Catalog::from_pack(&generated_pack(n))
            .unwrap_or_else(|e| panic!("generated pack of {n} conditions: {e}"));
        assert_eq!(catalog.conditions().len(), n);
        assert_eq!(catalog.rules().len(), n * RULES_PER_10_CONDITIONS / 10);
        g.bench_with_input(BenchmarkId::new("triage", n), &catalog, |b, catalog| {
            b.iter(|| {
                for a in &cases {
                    let _ = black_box(catalog.triage(black_box(a)));
                }
            });
        });
    }
    g.finish();
}

/// The builtin pack plus `n` generated referral rules (two answered findings each, one
/// reference each, their messages in `en` and `fr`): the cost of a triage per rule.
fn rules_pack(n: usize) -> ContentPack {
    let builtin = Catalog::builtin();
    let asked: Vec<&str> = builtin
        .findings()
        .iter()
        .filter(|f| f.is_asked())
        .map(|f| f.id.as_str())
        .collect();
    let references: Vec<&str> = builtin.references().iter().map(|x| x.id.as_str()).collect();
    let mut rng = Lcg(0x5eed_1000 + n as u64);
    let (mut rules, mut en, mut fr) = (String::new(), String::new(), String::new());
    for j in 0..n {
        let all = rng.distinct(&asked, 2);
        let _ = write!(
            rules,
            "\n[[rule]]\nid = \"gen_s{j:05}\"\nkind = \"referral\"\ndisposition = \"see_clinician\"\n\
             all = {}\nreferences = [\"{}\"]\nstatus = \"draft\"\nupdated = \"2026-01-01\"\n",
            quoted(&all),
            references[j % references.len()],
        );
        let _ = writeln!(en, "rule-gen-s{j:05} = Generated rule {j} fired.");
        let _ = writeln!(fr, "rule-gen-s{j:05} = La règle générée {j} s’applique.");
    }
    let mut pack = ContentPack::builtin();
    pack.append_data("rules.toml", &rules)
        .add_ftl("en", "gen.ftl", &en)
        .add_ftl("fr", "gen.ftl", &fr);
    pack
}

/// `scale/rules/{400,4000,40000}`: triage cost as the rules grow (issue 8: linear up to 40,000).
fn scale_rules(c: &mut Criterion) {
    let all = vignettes();
    let cases: Vec<Assessment> = SCALE_CASES.iter().map(|id| vignette(&all, id)).collect();
    let mut g = c.benchmark_group("scale");
    configure(&mut g, 10);
    g.throughput(Throughput::Elements(cases.len() as u64));
    for n in [400, 4000, 40_000] {
        let catalog = Catalog::from_pack(&rules_pack(n))
            .unwrap_or_else(|e| panic!("generated pack of {n} rules: {e}"));
        assert_eq!(catalog.rules().len(), Catalog::builtin().rules().len() + n);
        g.bench_with_input(BenchmarkId::new("rules", n), &catalog, |b, catalog| {
            b.iter(|| {
                for a in &cases {
                    let _ = black_box(catalog.triage(black_box(a)));
                }
            });
        });
    }
    g.finish();
}

/// Triage + English render operations per measured iteration, split between the threads.
const PARALLEL_BATCH: usize = 64;

fn parallel(c: &mut Criterion) {
    let catalog: &'static Catalog = Catalog::builtin();
    let localizer: &'static Localizer = Localizer::builtin();
    let en = localizer.negotiate("en").expect("en");
    let cases: Vec<Assessment> = vignettes().into_iter().map(|(_, a)| a).collect();
    // The batch: the vignettes in order, cycled.
    let batch: Vec<&Assessment> = cases.iter().cycle().take(PARALLEL_BATCH).collect();
    let work = &|share: &[&Assessment]| {
        for a in share {
            let t = catalog.triage(a).expect("triage");
            black_box(render(catalog, localizer, &en, &t));
        }
    };
    let mut g = c.benchmark_group("parallel");
    configure(&mut g, 20);
    g.throughput(Throughput::Elements(PARALLEL_BATCH as u64));
    for (name, threads) in [("1_thread", 1), ("2_threads", 2)] {
        // Dealt round-robin, so every thread gets the same mix of short (emergency) and long
        // (self-care) reports; contiguous halves would leave one thread with most of the work.
        let shares: Vec<Vec<&Assessment>> = (0..threads)
            .map(|t| batch.iter().skip(t).step_by(threads).copied().collect())
            .collect();
        g.bench_function(name, |b| {
            b.iter_custom(|iters| {
                let start = Instant::now();
                // The threads are spawned once per sample; each runs its share of every batch.
                std::thread::scope(|s| {
                    for share in &shares {
                        s.spawn(move || {
                            for _ in 0..iters {
                                work(share);
                            }
                        });
                    }
                });
                start.elapsed()
            });
        });
    }
    g.finish();
}

criterion_group!(
    benches,
    allocation_counts,
    load,
    triage,
    interview,
    render_group,
    scale_rules,
    scale,
    parallel
);
criterion_main!(benches);
