//! The adaptive interview: which question to ask next, when to stop, and a session that always
//! ends (answers that cannot be understood are refused a few times, then recorded as unknown).

use crate::catalog::Catalog;
use crate::error::InputError;
use crate::model::rule::RuleKind;
use crate::model::set::Bits;
use crate::triage::answer::{Parsed, level_wanted, parse, says_unknown};
use crate::triage::assessment::{Given, Slot};
use crate::triage::question::Question;
use crate::{Answer, Assessment, Disposition, Field, Triage};

/// How many condition questions (those that only tell likely conditions apart) an interview
/// asks at most, after the safety and advice questions.
const CONDITION_QUESTIONS: usize = 2;

/// Whether the question applies to this person at all.
fn applies(a: &Assessment, q: Question) -> bool {
    match q {
        Question::Field(f) => a.field_applies(f),
        _ => true,
    }
}

fn asked(catalog: &Catalog, a: &Assessment, q: Question) -> bool {
    match q {
        Question::Field(f) => a.has_field(f),
        // An ordinal finding chosen in a checklist ("yes") still has its level to ask.
        Question::Finding(id) => {
            a.has_finding(id)
                && !(a.level(id).is_none()
                    && a.finding(id) == Some(Answer::Yes)
                    && catalog
                        .finding(id)
                        .is_some_and(|f| matches!(f.source, crate::FindingSource::Ordinal { .. })))
        }
        Question::Checklist(c) => catalog.checklist(c).iter().all(|id| a.has_finding(*id)),
    }
}

/// The question that asks for the finding at `pos`, grouped into its checklist when two or more
/// of the checklist's findings are still to be asked.
fn grouped(catalog: &Catalog, a: &Assessment, pos: usize) -> Option<Question> {
    let q = catalog.question_for(pos)?;
    if let Some(c) = catalog.finding_at(pos).and_then(|f| f.checklist) {
        let open = catalog
            .checklist(c)
            .iter()
            .filter(|id| !a.has_finding(**id))
            .count();
        if open >= 2 {
            return Some(Question::Checklist(c));
        }
    }
    Some(q)
}

/// What the interview knows about the person now.
struct State<'a> {
    catalog: &'a Catalog,
    a: &'a Assessment,
    triage: Triage,
    yes: Bits,
    possible: Bits,
    unknown: Bits,
    /// Questions the interview gave up on while keeping their answer (see
    /// [`Interview::skip`]): never asked again in this session.
    settled: &'a [Question],
}

impl<'a> State<'a> {
    fn of(catalog: &'a Catalog, a: &'a Assessment) -> Option<Self> {
        let mut ev = catalog.compute_evidence(a).ok()?;
        let all = catalog.all_findings();
        let moot = catalog.moot(a);
        ev.moot = moot;
        Some(State {
            catalog,
            a,
            triage: catalog.decide(&ev),
            yes: ev.yes,
            possible: ev.possible(&all).difference(&moot),
            unknown: ev.unknown(&all).difference(&moot),
            settled: &[],
        })
    }

    /// The same state, without the questions an interview has settled.
    fn without(self, settled: &'a [Question]) -> Self {
        State { settled, ..self }
    }

    /// The open questions for these findings, fields first (they rule out the most), then
    /// findings in vocabulary order.
    fn open(&self, bits: &Bits) -> impl Iterator<Item = Question> + '_ {
        let open = bits.intersection(&self.unknown);
        let fields = open
            .iter()
            .filter_map(|p| self.catalog.question_for(p))
            .filter(|q| matches!(q, Question::Field(_)));
        let findings = open
            .iter()
            .filter_map(|p| grouped(self.catalog, self.a, p))
            .filter(|q| !matches!(q, Question::Field(_)));
        fields.chain(findings).filter(|q| {
            !asked(self.catalog, self.a, *q) && applies(self.a, *q) && !self.settled.contains(q)
        })
    }

    /// Rules that have not fired, could still fire, and would raise the outcome.
    fn pending(&self, kind: RuleKind, level: Option<Disposition>) -> Vec<&'a crate::Rule> {
        let current = self.triage.disposition;
        self.catalog
            .rules
            .iter()
            .zip(self.catalog.table.tests(&self.yes, &self.possible))
            .filter(|(r, (_, fires, could))| {
                r.kind == kind
                    && (level.is_none() || r.disposition == level)
                    && r.disposition.is_some_and(|d| d > current)
                    && !*fires
                    && *could
            })
            .map(|(r, _)| r)
            .collect()
    }

    /// Every finding mentioned by a rule that could still raise the outcome.
    fn raising(&self) -> Bits {
        let mut bits = <Bits>::EMPTY;
        for kind in [RuleKind::RedFlag, RuleKind::Referral] {
            for r in self.pending(kind, None) {
                bits = bits.union(&r.mentions);
            }
        }
        bits
    }

    fn advice_bits(&self) -> Bits {
        self.triage
            .advice_unanswered
            .iter()
            .filter_map(|id| self.catalog.finding_position(*id))
            .collect()
    }

    /// Findings that only tell conditions apart (no rule mentions them).
    fn condition_only(&self) -> Bits {
        let mut rules = <Bits>::EMPTY;
        for r in &self.catalog.rules {
            rules = rules.union(&r.mentions);
        }
        let mut cond = <Bits>::EMPTY;
        for c in &self.catalog.conditions {
            for (p, _) in c.supporting_ix.iter().chain(&c.against_ix) {
                cond.insert(*p);
            }
        }
        cond.difference(&rules)
    }

    fn condition_questions_left(&self) -> usize {
        let cond = self.condition_only();
        let asked_n = cond
            .iter()
            .filter_map(|p| self.catalog.finding_at(p))
            .filter(|f| self.a.has_finding(f.id))
            .count();
        CONDITION_QUESTIONS.saturating_sub(asked_n)
    }

    fn condition_question(&self) -> Option<Question> {
        if self.condition_questions_left() == 0 {
            return None;
        }
        let cond = self.condition_only();
        // Every condition that could still be met, ranked by its score so far (the triage's
        // compiled table; a condition below its minimum is ranked too).
        let scores = self.catalog.scores.scores(&self.yes);
        let mut ranked: Vec<(i32, usize)> = self
            .catalog
            .conditions
            .iter()
            .zip(scores)
            .enumerate()
            .filter(|(_, (c, _))| c.requires.is_empty() || c.requires.intersects(&self.possible))
            .map(|(i, (_, s))| (s, i))
            .collect();
        ranked.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        ranked
            .iter()
            .take(3)
            .filter_map(|(_, i)| self.catalog.conditions.get(*i))
            .find_map(|c| {
                let bits: Bits = c
                    .supporting_ix
                    .iter()
                    .map(|(f, _)| *f)
                    .filter(|f| cond.contains(*f))
                    .collect();
                self.open(&bits).next()
            })
    }

    fn next(&self) -> Option<Question> {
        if self.triage.disposition == Disposition::Emergency {
            // Act first: the emergency report tells the person what to do now.
            return None;
        }
        let emergencies = self.pending(RuleKind::RedFlag, Some(Disposition::Emergency));
        // The rules file's first rule (the cauda equina screen) comes first of all.
        if let Some(q) = emergencies
            .first()
            .filter(|r| {
                self.catalog
                    .rules
                    .first()
                    .is_some_and(|first| first.id == r.id)
            })
            .and_then(|r| self.open(&r.mentions).next())
        {
            return Some(q);
        }
        // Then the fields that rule out the most (a place of pain, an age, a sex), when a rule
        // that could still raise the outcome needs them.
        let raising = self.raising();
        for f in [Field::PainLocations, Field::Age, Field::Sex] {
            let q = Question::Field(f);
            if !asked(self.catalog, self.a, q) && self.open(&raising).any(|open| open == q) {
                return Some(q);
            }
        }
        for level in [Disposition::Emergency, Disposition::Urgent] {
            for rule in self.pending(RuleKind::RedFlag, Some(level)) {
                if let Some(q) = self.open(&rule.mentions).next() {
                    return Some(q);
                }
            }
        }
        for rule in self.pending(RuleKind::Referral, None) {
            if let Some(q) = self.open(&rule.mentions).next() {
                return Some(q);
            }
        }
        if let Some(q) = self.open(&self.advice_bits()).next() {
            return Some(q);
        }
        self.condition_question()
    }

    /// An estimate of the questions still to come: the open questions that could change the
    /// outcome or the advice as things stand.
    fn left_estimate(&self) -> usize {
        if self.next().is_none() {
            return 0;
        }
        let mut bits: Bits = self
            .triage
            .unanswered
            .iter()
            .filter_map(|id| self.catalog.finding_position(*id))
            .collect();
        bits = bits.union(&self.advice_bits());
        let mut qs: Vec<Question> = Vec::new();
        for q in self.open(&bits) {
            if !qs.contains(&q) {
                qs.push(q);
            }
        }
        qs.len() + self.condition_questions_left()
    }
}

/// The question the interview should ask next, or `None` when nothing left could change the
/// outcome or the advice, or at once when an emergency is reached (act first: the emergency
/// report says what to do now).
///
/// Order: the open questions of red-flag rules that could still raise the outcome, emergencies
/// first and in rules-file order (cauda equina leads), fields before findings (an age or a place
/// of pain rules out the most); then referral rules; then questions that guard advice (the NSAID
/// safety questions, only when an NSAID could be offered); then at most two questions that
/// tell the likely conditions apart. Findings of one checklist are asked together. A question
/// answered, "unknown" included, is never asked again; questions that do not apply (pregnancy
/// for a man or a child, "one side or both" without pain in a limb) are not asked.
///
/// ```
/// use lowback::{next_question, Assessment, Catalog, Question};
/// let catalog = Catalog::builtin();
/// let first = next_question(catalog, &Assessment::new());
/// assert_eq!(first, Some(Question::Checklist("cauda_equina".parse()?)));
/// # Ok::<(), lowback::IdError>(())
/// ```
#[must_use]
pub fn next_question(catalog: &Catalog, assessment: &Assessment) -> Option<Question> {
    State::of(catalog, assessment)?.next()
}

impl Assessment {
    /// Records an answer given as text (see [`Interview`] for a session that also counts refused
    /// answers and moves on).
    ///
    /// Accepted: option values (`after_lifting`, `after-lifting`) and their number in the list;
    /// several values separated by commas for pain locations and checklists ("none" for none);
    /// yes / no / "I don't know" in English or French (`oui`, `non`, `je ne sais pas`); numbers
    /// with units ("3 semaines", "2 months", "10 min", "7/10"). A blank answer is refused, never
    /// read as "none".
    ///
    /// ```
    /// use lowback::{Answer, Assessment, Catalog, Field, FindingId, Question};
    /// let catalog = Catalog::builtin();
    /// let mut a = Assessment::new();
    /// a.answer(catalog, Question::Field(Field::Age), "67 ans")?;
    /// a.answer(catalog, Question::Field(Field::Duration), "3 semaines")?;
    /// a.answer(catalog, Question::Field(Field::PainLocations), "lower-back, hip")?;
    /// a.answer(catalog, Question::Checklist("cauda_equina".parse()?), "none")?;
    /// a.answer(catalog, Question::Field(Field::Severity), "je ne sais pas")?;
    /// assert_eq!(a.age(), Some(67));
    /// assert_eq!(a.duration_days(), Some(21));
    /// assert_eq!(a.finding(FindingId::SADDLE_NUMBNESS), Some(Answer::No));
    /// assert!(a.has_field(Field::Severity));
    /// assert!(a.answer(catalog, Question::Field(Field::Onset), "  ").is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`InputError`] when the text cannot be understood, the value is out of range or the
    /// answer contradicts another; the assessment is then unchanged.
    pub fn answer(
        &mut self,
        catalog: &Catalog,
        question: Question,
        text: &str,
    ) -> Result<(), InputError> {
        self.answer_with_labels(catalog, question, text, &[])
    }

    /// Like [`Assessment::answer`], also accepting the option labels the person was shown
    /// (`(value, label)` pairs in their language, as in a [`QuestionView`](crate::QuestionView)):
    /// « bas du dos » for `lower_back` in French.
    ///
    /// ```
    /// use lowback::{Assessment, Catalog, Field, Location, Question};
    /// let mut a = Assessment::new();
    /// let labels = [("lower_back".to_owned(), "Bas du dos".to_owned())];
    /// a.answer_with_labels(Catalog::builtin(), Question::Field(Field::PainLocations), "bas du dos", &labels)?;
    /// assert_eq!(a.pain_locations(), Some(vec![Location::LowerBack]));
    /// # Ok::<(), lowback::InputError>(())
    /// ```
    ///
    /// # Errors
    ///
    /// As [`Assessment::answer`].
    pub fn answer_with_labels(
        &mut self,
        catalog: &Catalog,
        question: Question,
        text: &str,
        labels: &[(String, String)],
    ) -> Result<(), InputError> {
        let parsed = parse(catalog, question, text, labels)?;
        self.apply(catalog, parsed)
    }

    fn apply(&mut self, catalog: &Catalog, parsed: Parsed) -> Result<(), InputError> {
        let mut next = self.clone();
        match parsed {
            Parsed::Field(f, slot) => next.set_slot(f, slot),
            Parsed::Findings(items) => {
                let single = items.len() == 1;
                for (id, given) in items {
                    // A checklist never overwrites an answer given before.
                    if single || !next.has_finding(id) {
                        next.findings.insert(id, given);
                    }
                }
            }
        }
        let next = next.validated()?;
        catalog.compute_evidence(&next)?;
        *self = next;
        Ok(())
    }

    fn record_unknown(&mut self, catalog: &Catalog, q: Question) {
        match q {
            Question::Field(f) => self.set_slot(f, Slot::Unknown),
            Question::Finding(id) => {
                self.findings.insert(id, Given::Answer(Answer::Unknown));
            }
            Question::Checklist(c) => {
                for id in catalog.checklist(c) {
                    self.findings
                        .insert_if_absent(id, Given::Answer(Answer::Unknown));
                }
            }
        }
    }
}

/// What became of an answer given to an [`Interview`].
///
/// ```
/// use lowback::{Catalog, Interview, Outcome};
/// let mut i = Interview::new(Catalog::builtin());
/// assert!(matches!(i.answer("none"), Outcome::Recorded));
/// assert!(matches!(i.answer("banana"), Outcome::Refused { attempts_left: 2, .. }));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
#[must_use = "a refused answer must be shown to the person, with its reason"]
pub enum Outcome {
    /// The answer was understood and recorded.
    Recorded,
    /// The answer was not understood (or contradicts another, or is a "yes" that does not say
    /// which kind; that "yes" is kept): the same question is asked again, with the reason
    /// shown.
    Refused {
        /// Why.
        problem: InputError,
        /// How many more tries before the interview moves on.
        attempts_left: u8,
    },
    /// The answer was not understood too many times: it is recorded as "I don't know" and the
    /// interview moves on.
    MovedOn {
        /// Why the last try was refused.
        problem: InputError,
    },
    /// There was no question to answer: the interview has ended.
    NoQuestion,
}

/// How far the interview has come.
///
/// ```
/// let i = lowback::Interview::new(lowback::Catalog::builtin());
/// let p = i.progress();
/// assert_eq!(p.asked, 0);
/// assert!(p.left_estimate > 0);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[non_exhaustive]
pub struct Progress {
    /// Questions answered so far (a refused answer does not count).
    pub asked: usize,
    /// An estimate of the questions still to come (0 when the interview is over). It is not a
    /// bound: an answer can open questions that were not counted (a place of pain, an age), so
    /// it can rise. Show it as "up to about N more", never as "at most N". (Named
    /// `left_at_most` before 0.2, a name that promised a bound.)
    pub left_estimate: usize,
}

/// An interview session: asks the next question, reads the answer, refuses what it cannot
/// understand at most [`Interview::MAX_ATTEMPTS`] times per question and then records "I don't
/// know", and stops when nothing left could change the outcome or the advice. It always ends.
///
/// A bare "yes" to a question that asks which kind ("symptoms in both legs: no, long-standing
/// or new?") is kept, and refused as an answer to the question: the kind is asked again, as a
/// try. When the kind is never given, the "yes" stays and only the kind is unknown.
///
/// ```
/// use lowback::{Catalog, Interview, Outcome};
/// let catalog = Catalog::builtin();
/// let mut interview = Interview::new(catalog);
/// while let Some(question) = interview.question() {
///     // Show the question (Localizer::question_view gives its words), read an answer ...
///     let text = "je ne sais pas";
///     if let Outcome::Refused { problem, .. } = interview.answer(text) {
///         eprintln!("{problem}");
///     }
/// }
/// let triage = interview.triage()?;
/// assert!(!triage.complete); // "I don't know" to everything is never a confident answer
/// # Ok::<(), lowback::InputError>(())
/// ```
#[derive(Debug, Clone)]
pub struct Interview<'c> {
    catalog: &'c Catalog,
    assessment: Assessment,
    refusals: Vec<(Question, u8)>,
    /// Ordinal questions answered "yes" whose kind the person could not give: their "yes" is
    /// kept, the kind stays unknown, and they are not asked again.
    settled: Vec<Question>,
    asked: usize,
}

impl<'c> Interview<'c> {
    /// How many times one question may be answered unintelligibly before it is recorded as "I
    /// don't know".
    pub const MAX_ATTEMPTS: u8 = 3;

    /// A new interview, nothing asked yet.
    #[must_use]
    pub fn new(catalog: &'c Catalog) -> Self {
        Self::resume(catalog, Assessment::new())
    }

    /// An interview that continues from answers given before (a saved session, or what an app
    /// already knows).
    ///
    /// An assessment the catalog refuses (an unknown finding, an answer that contradicts
    /// another) has no next question: [`question`](Self::question) is `None` and
    /// [`triage`](Self::triage) returns the error listing every problem. Check
    /// `catalog.triage(&assessment)` first when the answers come from outside.
    #[must_use]
    pub fn resume(catalog: &'c Catalog, assessment: Assessment) -> Self {
        Interview {
            catalog,
            assessment,
            refusals: Vec::new(),
            settled: Vec::new(),
            asked: 0,
        }
    }

    /// The question to ask now, or `None` when the interview is over.
    #[must_use]
    pub fn question(&self) -> Option<Question> {
        self.state()?.next()
    }

    fn state(&self) -> Option<State<'_>> {
        Some(State::of(self.catalog, &self.assessment)?.without(&self.settled))
    }

    /// Whether the interview is over: an emergency is reached, or nothing left could change the
    /// outcome or the advice.
    #[must_use]
    pub fn should_stop(&self) -> bool {
        self.question().is_none()
    }

    /// Answers the current question in text.
    pub fn answer(&mut self, text: &str) -> Outcome {
        self.answer_with_labels(text, &[])
    }

    /// Answers the current question in text, also accepting the option labels the person was
    /// shown (`(value, label)` pairs, as in [`QuestionView::options`](crate::QuestionView)).
    pub fn answer_with_labels(&mut self, text: &str, labels: &[(String, String)]) -> Outcome {
        let Some(q) = self.question() else {
            return Outcome::NoQuestion;
        };
        // "I don't know" to the kind, after a "yes": the "yes" stays, only the kind is unknown.
        if matches!(q, Question::Finding(id) if self.assessment.finding(id) == Some(Answer::Yes))
            && says_unknown(text)
        {
            self.give_up(q);
            return Outcome::Recorded;
        }
        match self
            .assessment
            .answer_with_labels(self.catalog, q, text, labels)
        {
            // "Yes" to a question that asks which kind is kept, and the kind is asked for: that
            // counts as a try, so that "yes" said again and again still ends.
            Ok(()) if self.question() == Some(q) => {
                self.refuse(q, level_wanted(self.catalog, q, text))
            }
            Ok(()) => {
                self.asked += 1;
                Outcome::Recorded
            }
            Err(problem) => self.refuse(q, problem),
        }
    }

    /// Counts a try at `q` that did not give what it asks; the last try moves on.
    fn refuse(&mut self, q: Question, problem: InputError) -> Outcome {
        let tries = if let Some((_, n)) = self.refusals.iter_mut().find(|(r, _)| *r == q) {
            *n = n.saturating_add(1);
            *n
        } else {
            self.refusals.push((q, 1));
            1
        };
        if tries >= Self::MAX_ATTEMPTS {
            self.give_up(q);
            Outcome::MovedOn { problem }
        } else {
            Outcome::Refused {
                problem,
                attempts_left: Self::MAX_ATTEMPTS - tries,
            }
        }
    }

    /// Records "I don't know" for `q`. An ordinal finding already answered "yes" keeps its
    /// "yes" (only its kind is unknown), and the question is settled for this session.
    fn give_up(&mut self, q: Question) {
        let kept = match q {
            Question::Finding(id) => self.assessment.finding(id) == Some(Answer::Yes),
            _ => false,
        };
        if kept {
            self.settled.push(q);
        } else {
            self.assessment.record_unknown(self.catalog, q);
        }
        self.asked += 1;
    }

    /// Records "I don't know" for the current question (a skip button). A question that asks
    /// which kind, after a "yes", keeps the "yes": only the kind is unknown.
    pub fn skip(&mut self) -> Outcome {
        let Some(q) = self.question() else {
            return Outcome::NoQuestion;
        };
        self.give_up(q);
        Outcome::Recorded
    }

    /// How far the interview has come.
    #[must_use]
    pub fn progress(&self) -> Progress {
        Progress {
            asked: self.asked,
            left_estimate: self.state().map_or(0, |s| s.left_estimate()),
        }
    }

    /// The answers so far.
    #[must_use]
    pub fn assessment(&self) -> &Assessment {
        &self.assessment
    }

    /// The triage of the answers so far.
    ///
    /// # Errors
    ///
    /// [`InputError`] when nothing has been answered yet.
    pub fn triage(&self) -> Result<Triage, InputError> {
        self.catalog.triage(&self.assessment)
    }
}
