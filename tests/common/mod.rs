//! Helpers shared by the report tests.

use lowback::{Report, SectionKind};

/// A report's words as a person reads them: everything but the sources (citations are not
/// prose, and not advice).
pub fn prose(r: &Report) -> String {
    let mut s = format!("{}\n{}\n{}\n", r.title, r.headline, r.action);
    for a in &r.act_now {
        s.push_str(a);
        s.push('\n');
    }
    if let Some(n) = &r.incomplete_note {
        s.push_str(n);
        s.push('\n');
    }
    for sec in r.sections().filter(|s| s.kind() != SectionKind::References) {
        s.push_str(sec.heading());
        s.push('\n');
        for it in sec.items() {
            for t in [it.title(), it.text()].into_iter().chain(it.details()) {
                s.push_str(t);
                s.push('\n');
            }
        }
    }
    s.push_str(&r.disclaimer);
    s
}
