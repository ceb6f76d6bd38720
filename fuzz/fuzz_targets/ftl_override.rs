//! A Fluent override for `fr` on top of the builtin pack; format a few messages.
#![no_main]

use libfuzzer_sys::fuzz_target;
use lowback::{Arg, ContentPack, Localizer};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let built = Localizer::builder(ContentPack::builtin())
        .add_ftl("fr", "override.ftl", &text)
        .build();
    let loc = match built {
        Ok(loc) => loc,
        Err(err) => {
            assert!(!err.to_string().is_empty(), "empty ContentError message");
            assert!(!err.problems().is_empty(), "ContentError without problems");
            return;
        }
    };
    for tag in ["fr", "fr-CA", "en"] {
        let Ok(locale) = loc.negotiate(tag) else {
            continue;
        };
        let _ = loc.message(&locale, "report-title", None, &[]);
        for (sets, reps, hold, days) in [(1, 1, 0, 7), (3, 10, 5, 1), (2, 12, 30, 3)] {
            let _ = loc.message(
                &locale,
                "exercise-dosage",
                None,
                &[
                    ("sets", Arg::Number(sets)),
                    ("reps", Arg::Number(reps)),
                    ("hold", Arg::Number(hold)),
                    ("days", Arg::Number(days)),
                ],
            );
        }
        let _ = loc.message(&locale, "report-level-emergency", Some("detail"), &[]);
    }
});
