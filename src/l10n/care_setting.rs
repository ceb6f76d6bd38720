//! Care settings (issue 11): which service each disposition sends a person to, per locale, as
//! data (`data/care_settings.toml`), with the words in Fluent (`care-setting-<service>`).

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;

use crate::Disposition;
use crate::catalog::pack::{LineIndex, MAX_SYNTAX_PROBLEMS_PER_FILE, clip, line_of};
use crate::error::ContentProblem;

/// The builtin care settings file.
pub(crate) const BUILTIN_FILE: (&str, &str) = (
    crate::catalog::pack::CARE_SETTINGS_FILE,
    crate::catalog::pack::BUILTIN_CARE_SETTINGS,
);

/// The longest phone number accepted, in characters.
const MAX_NUMBER_LEN: usize = 32;

/// How soon a disposition's care setting should be reached. The report's words for a
/// disposition say it ("straight away", "today", "within the next days to weeks"), so each
/// disposition has exactly one.
///
/// ```
/// use lowback::{Disposition, TimeFrame};
/// assert_eq!(TimeFrame::of(Disposition::Urgent), TimeFrame::Today);
/// assert_eq!(TimeFrame::Today.as_str(), "today");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum TimeFrame {
    /// Straight away (emergency).
    Now,
    /// The same day, within 24 hours at the latest (urgent).
    Today,
    /// Within the next days to weeks (see a clinician).
    DaysToWeeks,
    /// When advice is needed (self-care).
    WhenNeeded,
}

impl TimeFrame {
    /// The time frame of `disposition`.
    #[must_use]
    pub const fn of(disposition: Disposition) -> TimeFrame {
        match disposition {
            Disposition::Emergency => TimeFrame::Now,
            Disposition::Urgent => TimeFrame::Today,
            Disposition::SeeClinician => TimeFrame::DaysToWeeks,
            Disposition::SelfCare => TimeFrame::WhenNeeded,
        }
    }

    /// Its id in data and JSON.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            TimeFrame::Now => "now",
            TimeFrame::Today => "today",
            TimeFrame::DaysToWeeks => "days_to_weeks",
            TimeFrame::WhenNeeded => "when_needed",
        }
    }
}

/// Where a disposition sends a person, in one region: a service, its phone number (if it is
/// reached by phone) and the time frame. The words for the service are the Fluent message
/// [`CareSetting::message_id`], formatted with `$number`.
///
/// ```
/// use lowback::{Disposition, Localizer};
/// let loc = Localizer::builtin();
/// let gb = loc.negotiate("en-GB")?;
/// let urgent = loc.care_setting(&gb, Disposition::Urgent).unwrap();
/// assert_eq!((urgent.service.as_str(), urgent.number.as_deref()), ("nhs_111", Some("111")));
/// assert_eq!(urgent.message_id(), "care-setting-nhs-111");
/// assert_eq!(loc.care_setting_words(&gb, Disposition::Urgent)?,
///     "call NHS 111 or go to an urgent treatment centre");
/// # Ok::<(), lowback::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[non_exhaustive]
pub struct CareSetting {
    /// The service id (`snake_case`).
    pub service: String,
    /// The phone number, as people dial it (digits, spaces and `+ - ( )`), or `None`.
    pub number: Option<String>,
    /// How soon.
    pub within: TimeFrame,
    /// The Fluent message with the service's words.
    #[serde(skip)]
    message: String,
}

impl CareSetting {
    /// The Fluent message with the service's words: `care-setting-<service, _ turned into ->`.
    #[must_use]
    pub fn message_id(&self) -> &str {
        &self.message
    }
}

/// The settings of one locale, by disposition (lowest first, as [`Disposition::ALL`]).
pub(crate) type Settings = [Option<CareSetting>; 4];

pub(crate) fn slot(d: Disposition) -> usize {
    match d {
        Disposition::SelfCare => 0,
        Disposition::SeeClinician => 1,
        Disposition::Urgent => 2,
        Disposition::Emergency => 3,
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSetting {
    service: String,
    number: Option<String>,
    within: Option<String>,
}

type RawFile = BTreeMap<String, Spanned<BTreeMap<String, Spanned<RawSetting>>>>;

/// One setting as read, with where it was read.
#[derive(Debug, Clone)]
pub(crate) struct Read {
    pub locale: String,
    pub disposition: Disposition,
    pub setting: CareSetting,
    pub file: String,
    pub line: usize,
}

/// Reads a care settings file: every problem that can be seen in the file alone (TOML syntax,
/// unknown dispositions, service ids, numbers, time frames), with its line.
pub(crate) fn read(file: &str, text: &str, problems: &mut Vec<ContentProblem>) -> Vec<Read> {
    let mut out = Vec::new();
    let raw: RawFile = match toml::from_str(text) {
        Ok(v) => v,
        Err(e) => {
            problems.push(ContentProblem::DataSyntax {
                file: clip(file),
                line: e.span().map(|s| line_of(text, s.start)),
                message: clip(e.message()),
            });
            return out;
        }
    };
    // Lines found with one index of the text (counting from the start for each entry made a
    // large file quadratic), and at most MAX_SYNTAX_PROBLEMS_PER_FILE problems listed.
    let lines = LineIndex::new(text);
    let line_of = |pos: usize| lines.line(pos);
    let mut omitted = 0usize;
    let mut listed = 0usize;
    let mut bad = |line: usize, message: String| {
        if listed < MAX_SYNTAX_PROBLEMS_PER_FILE {
            listed += 1;
            problems.push(ContentProblem::DataSyntax {
                file: clip(file),
                line: Some(line),
                message,
            });
        } else {
            omitted += 1;
        }
    };
    for (locale, table) in raw {
        let table_line = line_of(table.span().start);
        if table.get_ref().is_empty() {
            bad(
                table_line,
                format!("[{}]: no disposition given", clip(&locale)),
            );
        }
        for (key, setting) in table.into_inner() {
            let line = line_of(setting.span().start);
            let Ok(disposition) = key.parse::<Disposition>() else {
                bad(
                    line,
                    format!(
                        "[{}]: unknown disposition {:?} (expected emergency, urgent, \
                         see_clinician or self_care)",
                        clip(&locale),
                        clip(&key)
                    ),
                );
                continue;
            };
            let raw = setting.into_inner();
            let mut ok = true;
            if !is_service_id(&raw.service) {
                bad(
                    line,
                    format!(
                        "[{}] {key}: service {:?} is not an id ([a-z][a-z0-9_]*, at most 40 \
                         characters)",
                        clip(&locale),
                        clip(&raw.service)
                    ),
                );
                ok = false;
            }
            if let Some(n) = &raw.number {
                if let Some(why) = number_problem(n) {
                    bad(
                        line,
                        format!("[{}] {key}: number {:?} {why}", clip(&locale), clip(n)),
                    );
                    ok = false;
                }
            }
            let within = TimeFrame::of(disposition);
            if let Some(w) = &raw.within {
                if w != within.as_str() {
                    bad(
                        line,
                        format!(
                            "[{}] {key}: within {:?}, but the report says {:?} for {key}",
                            clip(&locale),
                            clip(w),
                            within.as_str()
                        ),
                    );
                    ok = false;
                }
            }
            if ok {
                let message = format!("care-setting-{}", raw.service.replace('_', "-"));
                out.push(Read {
                    locale: locale.clone(),
                    disposition,
                    setting: CareSetting {
                        service: raw.service,
                        number: raw.number,
                        within,
                        message,
                    },
                    file: file.to_owned(),
                    line,
                });
            }
        }
    }
    if omitted > 0 {
        problems.push(ContentProblem::DataSyntax {
            file: clip(file),
            line: None,
            message: format!("and {omitted} more problems in this file"),
        });
    }
    out
}

fn is_service_id(s: &str) -> bool {
    let mut bytes = s.bytes();
    s.len() <= crate::MAX_ID_LEN
        && bytes.next().is_some_and(|b| b.is_ascii_lowercase())
        && bytes.all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

/// Why `n` is not a phone number people can dial, or `None`.
fn number_problem(n: &str) -> Option<&'static str> {
    if n.chars().count() > MAX_NUMBER_LEN {
        return Some("is longer than 32 characters");
    }
    if !n
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '+' | '-' | '(' | ')'))
    {
        return Some("may hold only digits, spaces and + - ( )");
    }
    if !n.chars().any(|c| c.is_ascii_digit()) {
        return Some("has no digit");
    }
    if n.starts_with(' ') || n.ends_with(' ') || n.contains("  ") {
        return Some("has a leading, trailing or double space");
    }
    None
}
