//! The localized report of a triage: structured, then plain text, Markdown or JSON.

use std::fmt::Write as _;

use fluent::{FluentArgs, FluentValue};

use crate::catalog::Catalog;
use crate::error::RenderError;
use crate::l10n::care_setting::{CareSetting, slot};
use crate::l10n::localizer::Localizer;
use crate::model::FindingId;
use crate::triage::decide::Triage;
use crate::{Disposition, Locale};

/// What a report section is about.
///
/// ```
/// let a = lowback::Assessment::from_json(r#"{"age": 30, "pain_locations": ["lower_back"]}"#)?;
/// let t = lowback::Catalog::builtin().triage(&a)?;
/// let loc = lowback::Localizer::builtin();
/// let report = lowback::Report::new(lowback::Catalog::builtin(), loc, &loc.negotiate("en")?, &t)?;
/// // Nothing asked about the cauda equina signs yet: the report starts with a self-check.
/// assert_eq!(report.sections[0].kind, lowback::SectionKind::SelfCheck);
/// assert_eq!(report.sections[1].kind, lowback::SectionKind::Why);
/// # Ok::<(), lowback::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum SectionKind {
    /// The rules that fired, in words.
    Why,
    /// Red-flag questions still to answer.
    Unanswered,
    /// Likely conditions with findings for and against.
    Conditions,
    /// The serious signs still unanswered, to check now.
    SelfCheck,
    /// Care options to use now.
    DoNow,
    /// Cautions from fired rules.
    Cautions,
    /// Exercises with dosage and steps.
    Exercises,
    /// Practical tips.
    Tips,
    /// When to seek help: the safety net.
    SeekHelp,
    /// Numbered references.
    References,
}

/// One entry of a section.
///
/// ```
/// let a = lowback::Assessment::from_json(r#"{"age": 30, "pain_locations": ["lower_back"]}"#)?;
/// let t = lowback::Catalog::builtin().triage(&a)?;
/// let loc = lowback::Localizer::builtin();
/// let report = lowback::Report::new(lowback::Catalog::builtin(), loc, &loc.negotiate("en")?, &t)?;
/// assert!(report.sections.iter().flat_map(|s| &s.items).all(|i| !i.text.is_empty()));
/// # Ok::<(), lowback::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[non_exhaustive]
pub struct Item {
    /// A short title (may be empty).
    pub title: String,
    /// The main text.
    pub text: String,
    /// Further lines (steps, for and against, cautions).
    pub details: Vec<String>,
    /// The id of what the item shows, when it shows one thing: the rule (why), the question
    /// (unanswered), the condition, the care option (do now), the caution, the exercise, the tip
    /// or the reference; `None` for summary lines.
    pub id: Option<String>,
    /// The numbers of the references the item cites, as numbered in the references section
    /// (from 1).
    pub sources: Vec<usize>,
}

/// A titled group of items.
///
/// ```
/// let a = lowback::Assessment::from_json(r#"{"age": 30, "pain_locations": ["lower_back"]}"#)?;
/// let t = lowback::Catalog::builtin().triage(&a)?;
/// let loc = lowback::Localizer::builtin();
/// let report = lowback::Report::new(lowback::Catalog::builtin(), loc, &loc.negotiate("en")?, &t)?;
/// assert!(report.sections.iter().all(|s| !s.heading.is_empty()));
/// # Ok::<(), lowback::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[non_exhaustive]
pub struct Section {
    /// What the section is about.
    pub kind: SectionKind,
    /// Its heading, localized.
    pub heading: String,
    /// Its items.
    pub items: Vec<Item>,
}

/// A triage rendered in one language: structured, serializable to JSON, printable as plain
/// text or Markdown.
///
/// ```
/// use lowback::{Assessment, Catalog, Localizer, Report};
/// let a = Assessment::from_json(r#"{"age": 40, "pain_locations": ["lower_back"], "onset": "after_lifting"}"#)?;
/// let t = Catalog::builtin().triage(&a)?;
/// let loc = Localizer::builtin();
/// let fr = loc.negotiate("fr")?;
/// let report = Report::new(Catalog::builtin(), loc, &fr, &t)?;
/// let text = report.to_text();
/// assert!(text.contains(&report.headline));
/// assert!(report.to_markdown().starts_with("# "));
/// # Ok::<(), lowback::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[non_exhaustive]
pub struct Report {
    /// The version of the JSON shape ([`schema::SCHEMA_VERSION`](crate::schema::SCHEMA_VERSION)).
    pub schema_version: String,
    /// The locale the report was asked in.
    pub locale: String,
    /// The disposition (language-neutral).
    pub disposition: Disposition,
    /// Where the disposition sends the person in this locale: the service, its number and
    /// the time frame (`data/care_settings.toml`, or the app's, see
    /// [`LocalizerBuilder::add_care_settings`](crate::LocalizerBuilder::add_care_settings)).
    /// The headline and the action are worded from it.
    pub care_setting: CareSetting,
    /// The content version of the catalog that decided.
    pub content_version: String,
    /// Whether every red-flag question was answered.
    pub complete: bool,
    /// Title.
    pub title: String,
    /// The headline for the disposition.
    pub headline: String,
    /// What to do, for the disposition.
    pub action: String,
    /// For an emergency or an urgent outcome: the actions of the red flags that set it, and a
    /// reminder not to wait to answer the rest when questions are open.
    pub act_now: Vec<String>,
    /// Shown when red-flag questions are unanswered.
    pub incomplete_note: Option<String>,
    /// The sections, in reading order.
    pub sections: Vec<Section>,
    /// The educational disclaimer.
    pub disclaimer: String,
    /// Message ids that came from a fallback locale.
    pub fallbacks: Vec<String>,
}

struct Writer<'a> {
    loc: &'a Localizer,
    locale: &'a Locale,
    fallbacks: Vec<String>,
    /// The words of each disposition's care setting, formatted on first use.
    services: [Option<String>; 4],
}

impl Writer<'_> {
    /// Formats a message whose variables are the words of care settings: `(variable,
    /// disposition)`.
    fn with_services(
        &mut self,
        id: &str,
        attr: Option<&str>,
        vars: &[(&'static str, Disposition)],
    ) -> Result<String, RenderError> {
        for (_, d) in vars {
            let i = slot(*d);
            if self.services.get(i).is_some_and(Option::is_none) {
                let mut words = String::new();
                if self.loc.write_care_setting(self.locale, *d, &mut words)? {
                    if let Some(s) = self.loc.care_setting(self.locale, *d) {
                        self.fallbacks.push(s.message_id().to_owned());
                    }
                }
                if let Some(slot) = self.services.get_mut(i) {
                    *slot = Some(words);
                }
            }
        }
        let mut args = FluentArgs::with_capacity(vars.len());
        for (name, d) in vars {
            let words = self
                .services
                .get(slot(*d))
                .and_then(Option::as_deref)
                .unwrap_or_default();
            args.set(*name, FluentValue::from(words));
        }
        let mut s = String::new();
        if self.loc.write(self.locale, id, attr, Some(&args), &mut s)? {
            self.fallbacks
                .push(attr.map_or_else(|| id.to_owned(), |a| format!("{id}.{a}")));
        }
        Ok(s)
    }

    fn msg(
        &mut self,
        id: &str,
        attr: Option<&str>,
        args: Option<&FluentArgs<'_>>,
    ) -> Result<String, RenderError> {
        let mut s = String::new();
        if self.loc.write(self.locale, id, attr, args, &mut s)? {
            self.fallbacks
                .push(attr.map_or_else(|| id.to_owned(), |a| format!("{id}.{a}")));
        }
        Ok(s)
    }

    fn plain(&mut self, id: &str) -> Result<String, RenderError> {
        self.msg(id, None, None)
    }

    fn finding(&mut self, catalog: &Catalog, id: FindingId) -> Result<String, RenderError> {
        match catalog.finding(id) {
            Some(f) => self.msg(f.message_id(), None, None),
            None => Ok(id.to_string()),
        }
    }

    fn findings(
        &mut self,
        catalog: &Catalog,
        ids: &[FindingId],
    ) -> Result<Vec<String>, RenderError> {
        ids.iter().map(|id| self.finding(catalog, *id)).collect()
    }

    fn list(&mut self, id: &str, parts: &[String]) -> Result<String, RenderError> {
        let sep = self.plain("report-list-separator")?;
        let joined = parts.join(&sep);
        let mut args = FluentArgs::with_capacity(1);
        args.set("list", FluentValue::from(joined));
        self.msg(id, None, Some(&args))
    }
}

impl Report {
    /// Renders `triage` in `locale`.
    ///
    /// Reading order: the level and what to do now; for an emergency or an urgent outcome, the
    /// matching red flags' actions come first ("do not wait to answer the rest" when questions
    /// are open), then why, and the likely conditions last and briefly: no home care, no
    /// exercises, no reassurance. Otherwise: a self-check of the serious signs still unanswered,
    /// why, the questions still to answer, what it may be (with what fits, what does not, and
    /// what was not mentioned), what to do now, cautions, exercises, tips, when to get help.
    /// Sources and the disclaimer close every report.
    ///
    /// # Errors
    ///
    /// [`RenderError`] if a message is missing from every locale of the chain or fails to
    /// format; the builtin pack is tested never to do so.
    #[allow(clippy::too_many_lines)] // the sections in reading order
    pub fn new(
        catalog: &Catalog,
        localizer: &Localizer,
        locale: &Locale,
        triage: &Triage,
    ) -> Result<Report, RenderError> {
        let mut w = Writer {
            loc: localizer,
            locale,
            fallbacks: Vec::new(),
            services: [None, None, None, None],
        };
        let care_setting = localizer
            .care_setting(locale, triage.disposition)
            .cloned()
            .ok_or_else(|| RenderError::MissingMessage {
                id: "care-setting".to_owned(),
                attribute: Some(triage.disposition.as_str().to_owned()),
            })?;
        let urgent = triage.disposition >= Disposition::Urgent;
        let level = triage.disposition.report_message_id();
        let title = w.plain("report-title")?;
        let headline = w.plain(level)?;
        let action = w.with_services(level, Some("detail"), level_variables(triage.disposition))?;

        // What to do now: the actions of the red flags that set the level.
        let mut act_now = Vec::new();
        if urgent {
            let mut flags = Vec::new();
            for f in triage
                .fired
                .iter()
                .filter(|f| f.disposition == Some(triage.disposition))
            {
                if let Some(id) = f.red_flag {
                    if !flags.contains(&id) {
                        flags.push(id);
                    }
                }
            }
            for flag in flags.iter().filter_map(|id| catalog.red_flag(*id)) {
                act_now.push(w.msg(flag.message_id(), Some("action"), None)?);
            }
            if !triage.complete {
                act_now.push(w.plain("report-act-now-unanswered")?);
            }
        }
        let incomplete_note = if triage.complete || urgent {
            None
        } else {
            Some(w.plain("report-incomplete")?)
        };
        let mut sections = Vec::with_capacity(10);

        // A self-check of the serious signs still unanswered leads a non-urgent report.
        if !urgent {
            let open: Vec<FindingId> = triage
                .unanswered
                .iter()
                .copied()
                .filter(|id| {
                    catalog
                        .finding_position(*id)
                        .is_some_and(|p| catalog.vocab.safety_net_emergency.contains(p))
                })
                .collect();
            if !open.is_empty() {
                let details = w.findings(catalog, &open)?;
                sections.push(Section {
                    kind: SectionKind::SelfCheck,
                    heading: w.plain("report-heading-self-check")?,
                    items: vec![Item {
                        title: String::new(),
                        text: w.with_services("report-self-check-intro", None, EMERGENCY)?,
                        details,
                        id: None,
                        sources: findings_sources(catalog, triage, &open),
                    }],
                });
            }
        }

        // Why: the rules that fired, and any red-flag answer no rule explains.
        let mut items = Vec::with_capacity(triage.fired.len().max(1));
        for f in &triage.fired {
            let Some(rule) = catalog.rule(f.rule) else {
                continue;
            };
            let title = match f.red_flag.and_then(|id| catalog.red_flag(id)) {
                Some(flag) => w.msg(flag.message_id(), None, None)?,
                None => String::new(),
            };
            items.push(Item {
                title,
                text: w.msg(rule.message_id(), None, None)?,
                details: Vec::new(),
                id: Some(rule.id.to_string()),
                sources: cited(triage, &rule.provenance.references),
            });
        }
        if !triage.flags_without_rule.is_empty() {
            let parts = w.findings(catalog, &triage.flags_without_rule)?;
            items.push(Item {
                title: String::new(),
                text: w.list("report-flags-without-rule", &parts)?,
                details: Vec::new(),
                id: None,
                sources: Vec::new(),
            });
        }
        if items.is_empty() {
            let id = if triage.complete {
                "report-no-flags"
            } else {
                "report-no-flags-yet"
            };
            items.push(Item {
                title: String::new(),
                text: w.plain(id)?,
                details: Vec::new(),
                id: None,
                sources: Vec::new(),
            });
        }
        sections.push(Section {
            kind: SectionKind::Why,
            heading: w.plain("report-heading-why")?,
            items,
        });

        if !urgent && !triage.unanswered.is_empty() {
            let mut items = Vec::new();
            let mut asked = Vec::new();
            for q in triage
                .unanswered
                .iter()
                .filter_map(|id| catalog.finding_position(*id))
                .filter_map(|p| catalog.question_for(p))
            {
                if asked.contains(&q) {
                    continue;
                }
                asked.push(q);
                let (id, attr) = q.message_id();
                items.push(Item {
                    title: String::new(),
                    text: w.msg(&id, attr, None)?,
                    details: Vec::new(),
                    id: Some(q.as_str().to_owned()),
                    sources: Vec::new(),
                });
            }
            sections.push(Section {
                kind: SectionKind::Unanswered,
                heading: w.plain("report-heading-unanswered")?,
                items,
            });
        }

        // What it may be: in full for a non-urgent outcome; names only, last, when urgent.
        let mut conditions = Vec::with_capacity(3);
        for m in triage.conditions.iter().take(3) {
            let Some(c) = catalog.condition(m.condition) else {
                continue;
            };
            if urgent {
                conditions.push(Item {
                    title: String::new(),
                    text: w.plain(c.message_id())?,
                    details: Vec::new(),
                    id: Some(c.id.to_string()),
                    sources: cited(triage, &c.provenance.references),
                });
                continue;
            }
            let mut details = Vec::with_capacity(4);
            if !m.supporting.is_empty() {
                let parts = w.findings(catalog, &m.supporting)?;
                details.push(w.list("report-for", &parts)?);
            }
            if !m.against.is_empty() {
                let parts = w.findings(catalog, &m.against)?;
                details.push(w.list("report-against", &parts)?);
            }
            if !m.absent.is_empty() {
                let mut parts = Vec::with_capacity(m.absent.len());
                for id in &m.absent {
                    if let Some(f) = catalog.finding(*id) {
                        parts.push(w.msg(f.message_id(), Some("absent"), None)?);
                    }
                }
                details.push(w.list("report-absent", &parts)?);
            }
            details.push(w.msg(c.message_id(), Some("course"), None)?);
            conditions.push(Item {
                title: w.plain(c.message_id())?,
                text: w.msg(c.message_id(), Some("summary"), None)?,
                details,
                id: Some(c.id.to_string()),
                sources: cited(triage, &c.provenance.references),
            });
        }
        if conditions.is_empty() && !urgent {
            conditions.push(Item {
                title: String::new(),
                text: w.plain("report-no-conditions")?,
                details: Vec::new(),
                id: None,
                sources: Vec::new(),
            });
        }
        let conditions_section =
            (!conditions.is_empty()).then(|| -> Result<Section, RenderError> {
                Ok(Section {
                    kind: SectionKind::Conditions,
                    heading: w.plain(if urgent {
                        "report-heading-conditions-brief"
                    } else {
                        "report-heading-conditions"
                    })?,
                    items: conditions,
                })
            });
        let conditions_section = conditions_section.transpose()?;
        if !urgent {
            sections.extend(conditions_section.clone());
        }

        // What to do now.
        if !urgent {
            let mut items = Vec::with_capacity(triage.care.len());
            for id in &triage.care {
                let Some(c) = catalog.care_option(*id) else {
                    continue;
                };
                items.push(Item {
                    title: w.plain(c.message_id())?,
                    text: w.msg(c.message_id(), Some("summary"), None)?,
                    details: Vec::new(),
                    id: Some(c.id.to_string()),
                    sources: cited(triage, &c.provenance.references),
                });
            }
            if items.is_empty() {
                items.push(Item {
                    title: String::new(),
                    text: w.plain("report-no-advice")?,
                    details: Vec::new(),
                    id: None,
                    sources: Vec::new(),
                });
            }
            sections.push(Section {
                kind: SectionKind::DoNow,
                heading: w.plain("report-heading-do-now")?,
                items,
            });

            if !triage.cautions.is_empty() {
                let mut items = Vec::with_capacity(triage.cautions.len());
                for c in &triage.cautions {
                    items.push(Item {
                        title: String::new(),
                        text: w.plain(&crate::model::id::kebab("caution", c.as_str()))?,
                        details: Vec::new(),
                        id: Some(c.to_string()),
                        sources: caution_sources(catalog, triage, *c),
                    });
                }
                sections.push(Section {
                    kind: SectionKind::Cautions,
                    heading: w.plain("report-heading-cautions")?,
                    items,
                });
            }

            let mut items = Vec::with_capacity(triage.exercises.len());
            for id in &triage.exercises {
                let Some(x) = catalog.exercise(*id) else {
                    continue;
                };
                let mut args = FluentArgs::with_capacity(4);
                args.set("sets", FluentValue::from(x.dosage.sets));
                args.set("reps", FluentValue::from(x.dosage.reps));
                args.set("hold", FluentValue::from(x.dosage.hold_seconds));
                args.set("days", FluentValue::from(x.dosage.days_per_week));
                let mut details = Vec::with_capacity(usize::from(x.steps) + 2);
                details.push(w.msg(x.message_id(), Some("summary"), None)?);
                for n in 1..=x.steps {
                    if let Some(attr) = x.step_attribute(n) {
                        details.push(w.msg(x.message_id(), Some(attr), None)?);
                    }
                }
                details.push(w.msg(x.message_id(), Some("caution"), None)?);
                items.push(Item {
                    title: w.plain(x.message_id())?,
                    text: w.msg("exercise-dosage", None, Some(&args))?,
                    details,
                    id: Some(x.id.to_string()),
                    sources: cited(triage, &x.provenance.references),
                });
            }
            if !items.is_empty() {
                sections.push(Section {
                    kind: SectionKind::Exercises,
                    heading: w.plain("report-heading-exercises")?,
                    items,
                });
            }

            let mut items = Vec::with_capacity(triage.tips.len());
            for id in &triage.tips {
                let Some(t) = catalog.tip(*id) else { continue };
                items.push(Item {
                    title: w.plain(t.message_id())?,
                    text: w.msg(t.message_id(), Some("detail"), None)?,
                    details: Vec::new(),
                    id: Some(t.id.to_string()),
                    sources: cited(triage, &t.provenance.references),
                });
            }
            if !items.is_empty() {
                sections.push(Section {
                    kind: SectionKind::Tips,
                    heading: w.plain("report-heading-tips")?,
                    items,
                });
            }
        }

        // When to get help: the emergency signs, then the same-day ones.
        if !triage.safety_net.is_empty() {
            let (emergency, same_day): (Vec<FindingId>, Vec<FindingId>) =
                triage.safety_net.iter().partition(|id| {
                    catalog
                        .finding_position(**id)
                        .is_some_and(|p| catalog.vocab.safety_net_emergency.contains(p))
                });
            let mut items = Vec::with_capacity(3);
            if !emergency.is_empty() {
                items.push(Item {
                    title: String::new(),
                    text: w.with_services("report-safety-net-intro", None, EMERGENCY)?,
                    details: w.findings(catalog, &emergency)?,
                    id: None,
                    sources: findings_sources(catalog, triage, &emergency),
                });
            }
            if !same_day.is_empty() {
                items.push(Item {
                    title: String::new(),
                    text: w.with_services("report-safety-net-same-day", None, URGENT)?,
                    details: w.findings(catalog, &same_day)?,
                    id: None,
                    sources: findings_sources(catalog, triage, &same_day),
                });
            }
            items.push(Item {
                title: String::new(),
                text: w.plain("report-safety-net-worse")?,
                details: Vec::new(),
                id: None,
                sources: Vec::new(),
            });
            sections.push(Section {
                kind: SectionKind::SeekHelp,
                heading: w.plain("report-heading-seek-help")?,
                items,
            });
        }

        if urgent {
            sections.extend(conditions_section);
        }

        let mut items = Vec::with_capacity(triage.references.len());
        for (n, id) in triage.references.iter().enumerate() {
            if let Some(r) = catalog.reference(*id) {
                items.push(Item {
                    title: format!("[{}]", n + 1),
                    text: r.citation().to_owned(),
                    details: Vec::new(),
                    id: Some(r.id.to_string()),
                    sources: vec![n + 1],
                });
            }
        }
        sections.push(Section {
            kind: SectionKind::References,
            heading: w.plain("report-heading-references")?,
            items,
        });

        let disclaimer = w.plain("report-disclaimer")?;
        Ok(Report {
            schema_version: crate::interop::schema::current(),
            locale: locale.requested().to_owned(),
            disposition: triage.disposition,
            care_setting,
            complete: triage.complete,
            content_version: triage.content_version.clone(),
            title,
            headline,
            action,
            act_now,
            incomplete_note,
            sections,
            disclaimer,
            fallbacks: w.fallbacks,
        })
    }

    /// The report as plain text (no markup, no isolation marks unless the localizer adds them).
    #[must_use]
    pub fn to_text(&self) -> String {
        let mut s = String::with_capacity(self.text_len());
        let _ = writeln!(
            s,
            "{}\n{}\n\n{}\n{}",
            self.title,
            "=".repeat(self.title.chars().count()),
            self.headline,
            self.action
        );
        for a in &self.act_now {
            let _ = writeln!(s, "! {a}");
        }
        if let Some(n) = &self.incomplete_note {
            let _ = writeln!(s, "\n{n}");
        }
        for sec in &self.sections {
            let _ = writeln!(
                s,
                "\n{}\n{}",
                sec.heading,
                "-".repeat(sec.heading.chars().count())
            );
            for it in &sec.items {
                if it.title.is_empty() {
                    let _ = writeln!(s, "* {}", it.text);
                } else {
                    let _ = writeln!(s, "* {}\n  {}", it.title, it.text);
                }
                for d in &it.details {
                    let _ = writeln!(s, "    - {d}");
                }
            }
        }
        let _ = writeln!(s, "\n{}", self.disclaimer);
        s
    }

    /// An upper estimate of the rendered length, to allocate the output once.
    fn text_len(&self) -> usize {
        let items: usize = self
            .sections
            .iter()
            .flat_map(|s| &s.items)
            .map(|i| {
                i.title.len()
                    + i.text.len()
                    + i.details.iter().map(|d| d.len() + 8).sum::<usize>()
                    + 16
            })
            .sum();
        let heads: usize = self.sections.iter().map(|s| 2 * s.heading.len() + 8).sum();
        items
            + heads
            + 2 * self.title.len()
            + self.headline.len()
            + self.action.len()
            + self.disclaimer.len()
            + self.act_now.iter().map(|a| a.len() + 4).sum::<usize>()
            + 64
            + self.incomplete_note.as_ref().map_or(0, String::len)
    }

    /// The report as Markdown.
    #[must_use]
    pub fn to_markdown(&self) -> String {
        let mut s = String::with_capacity(self.text_len());
        let _ = writeln!(
            s,
            "# {}\n\n**{}**\n\n{}",
            self.title, self.headline, self.action
        );
        for a in &self.act_now {
            let _ = writeln!(s, "\n**{a}**");
        }
        if let Some(n) = &self.incomplete_note {
            let _ = writeln!(s, "\n> {n}");
        }
        for sec in &self.sections {
            let _ = writeln!(s, "\n## {}\n", sec.heading);
            for it in &sec.items {
                if it.title.is_empty() {
                    let _ = writeln!(s, "- {}", it.text);
                } else {
                    let _ = writeln!(s, "- **{}** — {}", it.title, it.text);
                }
                for d in &it.details {
                    let _ = writeln!(s, "  - {d}");
                }
            }
        }
        let _ = writeln!(s, "\n---\n\n*{}*", self.disclaimer);
        s
    }

    /// The report as JSON, for apps that lay it out themselves.
    #[must_use]
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}

/// The variables of a message that names the emergency care setting.
const EMERGENCY: &[(&str, Disposition)] = &[("emergency", Disposition::Emergency)];
/// The variables of a message that names the urgent care setting.
const URGENT: &[(&str, Disposition)] = &[("urgent", Disposition::Urgent)];

/// The variables of a disposition's action (`report-level-<level>.detail`): the care settings
/// it names (`CODE_VARIABLES` in `catalog/ftl.rs` holds the same list).
fn level_variables(d: Disposition) -> &'static [(&'static str, Disposition)] {
    match d {
        Disposition::Emergency => EMERGENCY,
        Disposition::Urgent => &[
            ("emergency", Disposition::Emergency),
            ("urgent", Disposition::Urgent),
        ],
        Disposition::SeeClinician => &[("see_clinician", Disposition::SeeClinician)],
        Disposition::SelfCare => &[("self_care", Disposition::SelfCare)],
    }
}

// Item ids and sources (issue 12, interop). Kept apart from the rendering above: each item names
// what it shows and the numbers of the references it cites, as the references section numbers
// them (the triage's `references`, from 1).

/// The numbers of `refs` in the references section, in order, without repeats.
fn cited(triage: &Triage, refs: &[crate::model::ReferenceId]) -> Vec<usize> {
    let mut out: Vec<usize> = refs
        .iter()
        .filter_map(|r| triage.references.iter().position(|x| x == r))
        .map(|p| p + 1)
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// The sources of a caution: the references of the fired rules that add it.
fn caution_sources(catalog: &Catalog, triage: &Triage, c: crate::model::CautionId) -> Vec<usize> {
    let refs: Vec<crate::model::ReferenceId> = triage
        .fired
        .iter()
        .filter_map(|f| catalog.rule(f.rule))
        .filter(|r| r.cautions.contains(&c))
        .flat_map(|r| r.provenance.references.iter().copied())
        .collect();
    cited(triage, &refs)
}

/// The sources of a list of warning signs: the references of the findings.
fn findings_sources(catalog: &Catalog, triage: &Triage, findings: &[FindingId]) -> Vec<usize> {
    let refs: Vec<crate::model::ReferenceId> = findings
        .iter()
        .filter_map(|id| catalog.finding(*id))
        .flat_map(|f| f.provenance.references.iter().copied())
        .collect();
    cited(triage, &refs)
}
