//! The Fluent message ids that the words room and the interview need besides the items' own
//! messages. They live in the model so that the content check (catalog) and the users of the
//! messages (report, interview) read one list, and the catalog never reaches up into them.

use crate::Field;

/// The messages a report uses, checked in every locale of a pack.
pub(crate) const REPORT_MESSAGES: &[&str] = &[
    "report-title",
    "report-level-emergency",
    "report-level-urgent",
    "report-level-see-clinician",
    "report-level-self-care",
    "report-incomplete",
    "report-self-care-open",
    "report-heading-why",
    "report-why-red-flag",
    "report-no-flags",
    "report-no-flags-yet",
    "report-why-unanswered",
    "report-act-now-unanswered",
    "report-heading-self-check",
    "report-self-check-intro",
    "report-heading-conditions-brief",
    "report-absent",
    "report-safety-net-same-day",
    "report-flags-without-rule",
    "report-heading-unanswered",
    "report-heading-conditions",
    "report-no-conditions",
    "report-for",
    "report-against",
    "report-heading-do-now",
    "report-no-advice",
    "report-heading-cautions",
    "report-heading-exercises",
    "report-heading-tips",
    "report-heading-seek-help",
    "report-safety-net-intro",
    "report-safety-net-worse",
    "report-heading-references",
    "report-disclaimer",
    "report-list-separator",
];

/// The interview's own messages, besides the questions.
pub(crate) const INTERVIEW_MESSAGES: &[&str] = &[
    "answer-yes",
    "answer-no",
    "answer-unknown",
    "answer-yes-kind-unknown",
    "interview-title",
    "interview-intro",
    "interview-done",
    "interview-invalid-answer",
    "interview-did-you-mean",
    "interview-multi-hint",
    "interview-none-of-these",
    "interview-stopped-early",
    "interview-nothing-answered",
    "interview-progress",
    "interview-moved-on",
];

/// Every message the report and the interview need: the fixed ones, then each field's
/// question and option labels.
pub(crate) fn ui_messages() -> impl Iterator<Item = String> {
    let fixed = REPORT_MESSAGES
        .iter()
        .chain(INTERVIEW_MESSAGES)
        .map(|m| (*m).to_owned());
    let fields = Field::ALL.into_iter().flat_map(|f| {
        std::iter::once(f.message_id().to_owned())
            .chain(f.options().iter().map(move |o| f.option_message_id(o)))
    });
    fixed.chain(fields)
}
