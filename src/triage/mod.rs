//! The decision room: assessment in, triage out, and the interview.

pub(crate) mod answer;
pub(crate) mod assessment;
pub(crate) mod decide;
pub(crate) mod evidence;
pub(crate) mod interview;
pub(crate) mod question;
