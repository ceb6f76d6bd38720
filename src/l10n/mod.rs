//! The words room: locales, the localizer, and rendered reports.

pub(crate) mod care_setting;
pub(crate) mod embedded;
pub(crate) mod locale;
pub(crate) mod localizer;
pub(crate) mod memo;
pub(crate) mod question_view;
pub(crate) mod report;
