//! A question ready to show: its prompt, hint and options in the reader's language.

use crate::Locale;
use crate::catalog::Catalog;
use crate::error::RenderError;
use crate::l10n::localizer::{Arg, Localizer};
use crate::triage::question::{AnswerKind, Question};

/// A question of the interview in one language, for an app to lay out: the prompt, a hint, and
/// the options as (value, label) pairs. Answers are accepted as the value, the label, the
/// option's number in the list (from 1), or "I don't know" ([`QuestionView::unknown`]).
///
/// ```
/// use lowback::{Catalog, Interview, Localizer};
/// let catalog = Catalog::builtin();
/// let loc = Localizer::builtin();
/// let fr = loc.negotiate("fr")?;
/// let interview = Interview::new(catalog);
/// let view = loc.question_view(catalog, &fr, interview.question().expect("a first question"))?;
/// assert!(view.multiple); // the cauda equina checklist
/// assert!(view.options.iter().any(|(v, _)| v == "none"));
/// assert!(view.prompt.ends_with("possibles."));
/// # Ok::<(), lowback::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[non_exhaustive]
pub struct QuestionView {
    /// The question.
    pub question: Question,
    /// The question, in words.
    pub prompt: String,
    /// How to answer, when it helps (numbers, several choices).
    pub hint: Option<String>,
    /// The options: (value, label); empty for a number.
    pub options: Vec<(String, String)>,
    /// Whether several options may be chosen.
    pub multiple: bool,
    /// The range of a number answer.
    pub range: Option<(i64, i64)>,
    /// The label of the "I don't know" answer, which every question accepts.
    pub unknown: String,
}

impl Localizer {
    /// The words of a question in `locale`.
    ///
    /// # Errors
    ///
    /// [`RenderError`] if a message is missing from every locale of the chain; the builtin pack
    /// is tested never to do so.
    pub fn question_view(
        &self,
        catalog: &Catalog,
        locale: &Locale,
        question: Question,
    ) -> Result<QuestionView, RenderError> {
        let msg = |id: &str, attr: Option<&str>| self.message(locale, id, attr, &[]);
        let (id, attr) = question.message_id();
        let prompt = msg(&id, attr)?;
        let kind = question.kind(catalog);
        let (options, multiple, range) = match &kind {
            AnswerKind::Number { min, max } => (Vec::new(), false, Some((*min, *max))),
            AnswerKind::YesNo => (
                vec![
                    ("yes".to_owned(), msg("answer-yes", None)?),
                    ("no".to_owned(), msg("answer-no", None)?),
                ],
                false,
                None,
            ),
            AnswerKind::Choice(values) | AnswerKind::MultiChoice(values) => {
                let mut options = Vec::with_capacity(values.len());
                for v in values {
                    let (m, a) = question.option_message(v);
                    options.push((v.clone(), msg(&m, a.as_deref())?));
                }
                (options, matches!(kind, AnswerKind::MultiChoice(_)), None)
            }
        };
        let hint = match (&kind, question) {
            (AnswerKind::Number { .. }, Question::Field(f)) => {
                Some(msg(f.message_id(), Some("hint"))?)
            }
            (AnswerKind::MultiChoice(_), Question::Field(_)) => Some(self.message(
                locale,
                "interview-multi-hint",
                None,
                &[] as &[(&str, Arg<'_>)],
            )?),
            _ => None,
        };
        Ok(QuestionView {
            question,
            prompt,
            hint,
            options,
            multiple,
            range,
            unknown: msg("answer-unknown", None)?,
        })
    }
}
