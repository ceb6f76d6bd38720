//! Care settings as data (issue 11): `data/care_settings.toml` says which service each
//! disposition sends a person to, region by region; the report words its headline and action
//! from it, and the regional terms the rest of the content uses say the same thing.

use lowback::{
    Arg, Assessment, Catalog, ContentPack, ContentProblem, Disposition, Localizer, Report,
    TimeFrame,
};

/// The shipped variants and aliases that negotiate to them.
const TAGS: [&str; 10] = [
    "en", "en-GB", "en-US", "en-CA", "fr", "fr-CA", "fr-QC", "fr-FR", "fr-BE", "en-AU",
];

/// A localizer with probe messages that render the regional terms as they are.
fn probes() -> Localizer {
    let ftl = "probe-emergency = { -emergency-number }\nprobe-urgent = { -same-day-help }\n\
               probe-doctor = { -gp }\nprobe-pharmacist = { -pharmacist }\n";
    Localizer::builder(ContentPack::builtin())
        .add_ftl("en", "probe.ftl", ftl)
        .add_ftl("fr", "probe.ftl", ftl)
        .build()
        .unwrap()
}

/// One assessment per disposition.
fn cases() -> [(Disposition, &'static str); 4] {
    [
        (
            Disposition::Emergency,
            r#"{"age": 44, "pain_locations": ["lower_back"], "findings": {"saddle_numbness": "yes"}}"#,
        ),
        (
            Disposition::Urgent,
            r#"{"age": 74, "sex": "female", "trauma": "minor", "pain_locations": ["lower_back"],
            "findings": {"steroids_or_osteoporosis": "yes"}}"#,
        ),
        (
            Disposition::SeeClinician,
            r#"{"age": 40, "duration_days": 70, "pain_locations": ["lower_back"]}"#,
        ),
        (
            Disposition::SelfCare,
            include_str!("../examples/assessment.json"),
        ),
    ]
}

fn digits(s: &str) -> String {
    s.chars().filter(char::is_ascii_digit).collect()
}

#[test]
fn the_words_and_the_data_agree_in_every_variant() {
    let loc = probes();
    let msg = |l: &lowback::Locale, id: &str| loc.message(l, id, None, &[]).unwrap();
    for tag in TAGS {
        let l = loc.negotiate(tag).unwrap();
        for d in Disposition::ALL {
            let s = loc
                .care_setting(&l, d)
                .unwrap_or_else(|| panic!("{tag}: {d:?}"));
            assert_eq!(s.within, TimeFrame::of(d), "{tag} {d:?}");
            let words = loc.care_setting_words(&l, d).unwrap();
            // The number the data holds is the number the words show.
            if let Some(n) = &s.number {
                assert!(digits(&words).contains(&digits(n)), "{tag} {d:?}: {words}");
            }
            // And the regional terms that the rules and red flags use say the same.
            let term = match d {
                Disposition::Emergency => msg(&l, "probe-emergency"),
                Disposition::Urgent => msg(&l, "probe-urgent"),
                Disposition::SeeClinician => msg(&l, "probe-doctor"),
                Disposition::SelfCare => msg(&l, "probe-pharmacist"),
            };
            match d {
                Disposition::Emergency | Disposition::Urgent => {
                    assert_eq!(words, term, "{tag} {d:?}: data and term differ");
                }
                _ => assert!(words.contains(&term), "{tag} {d:?}: {words} / {term}"),
            }
        }
    }
}

#[test]
fn each_report_is_worded_from_its_care_setting() {
    let (c, loc) = (Catalog::builtin(), Localizer::builtin());
    for (d, json) in cases() {
        let t = c.triage(&Assessment::from_json(json).unwrap()).unwrap();
        assert_eq!(t.disposition, d);
        for tag in TAGS {
            let l = loc.negotiate(tag).unwrap();
            let r = Report::new(c, loc, &l, &t).unwrap();
            let s = loc.care_setting(&l, d).unwrap();
            assert_eq!(&r.care_setting, s, "{tag} {d:?}");
            let words = loc.care_setting_words(&l, d).unwrap();
            assert!(r.action.contains(&words), "{tag} {d:?}: {}", r.action);
            // Integrators can act on it: the JSON names the service and its number.
            let json: serde_json::Value = serde_json::from_str(&r.to_json()).unwrap();
            assert_eq!(json["care_setting"]["service"], s.service.as_str());
            assert_eq!(
                json["care_setting"]["number"].as_str(),
                s.number.as_deref(),
                "{tag} {d:?}"
            );
            assert_eq!(json["care_setting"]["within"], s.within.as_str());
        }
    }
}

const NURSE_LINE_EN: &str =
    "care-setting-acme-nurse-line = call the ACME nurse line on { $number }\n";
const NURSE_LINE_FR: &str =
    "care-setting-acme-nurse-line = appelez la ligne infirmière ACME au { $number }\n";

#[test]
fn an_app_points_urgent_at_its_own_nurse_line() {
    let loc = Localizer::builder(ContentPack::builtin())
        .add_care_settings(
            "app.toml",
            "[en-GB]\nurgent = { service = \"acme_nurse_line\", number = \"0800 123 456\" }\n\
             [fr-CA]\nurgent = { service = \"acme_nurse_line\", number = \"1 800 555-0199\", within = \"today\" }\n",
        )
        .add_ftl("en", "app.ftl", NURSE_LINE_EN)
        .add_ftl("fr", "app.ftl", NURSE_LINE_FR)
        .build()
        .unwrap();
    let c = Catalog::builtin();
    let [_, (d, json), ..] = cases();
    let t = c.triage(&Assessment::from_json(json).unwrap()).unwrap();
    assert_eq!(t.disposition, d);
    for (tag, number, words) in [
        (
            "en-GB",
            "0800 123 456",
            "call the ACME nurse line on 0800 123 456",
        ),
        (
            "fr-CA",
            "1 800 555-0199",
            "appelez la ligne infirmière ACME au 1 800 555-0199",
        ),
    ] {
        let r = Report::new(c, &loc, &loc.negotiate(tag).unwrap(), &t).unwrap();
        assert_eq!(r.care_setting.service, "acme_nurse_line");
        assert_eq!(r.care_setting.number.as_deref(), Some(number));
        assert!(r.action.contains(words), "{tag}: {}", r.action);
        assert!(r.fallbacks.is_empty(), "{tag}: {:?}", r.fallbacks);
        let text = r.to_text();
        assert!(
            !text.contains("NHS 111") && !text.contains("Info-Santé 811"),
            "{text}"
        );
    }
    // Other variants keep the builtin settings.
    let us = loc.negotiate("en-US").unwrap();
    assert_eq!(
        loc.care_setting(&us, Disposition::Urgent).unwrap().service,
        "urgent_care_clinic"
    );
    // The words can be used on their own too.
    let en_gb = loc.negotiate("en-GB").unwrap();
    let words = loc.care_setting_words(&en_gb, Disposition::Urgent).unwrap();
    let action = loc
        .message(
            &en_gb,
            "report-level-urgent",
            Some("detail"),
            &[
                ("urgent", Arg::Text(&words)),
                ("emergency", Arg::Text("999")),
            ],
        )
        .unwrap();
    assert!(
        action.contains("ACME nurse line on 0800 123 456"),
        "{action}"
    );
}

#[test]
fn every_problem_of_an_override_is_listed_with_its_file_and_line() {
    let err = Localizer::builder(ContentPack::builtin())
        .add_care_settings(
            "app.toml",
            "[en-GB]\n\
             urgnt = { service = \"acme_nurse_line\" }\n\
             urgent = { service = \"acme_nurse_line\", number = \"0800 CALL NOW\" }\n\
             emergency = { service = \"acme_ambulance\", number = \"999\", within = \"today\" }\n\
             [de]\n\
             urgent = { service = \"acme_nurse_line\", number = \"0800 123 456\" }\n\
             [en-US]\n\
             urgent = { service = \"acme_nurse_line\", number = \"1 800 555 0199\" }\n\
             see_clinician = { service = \"acme_clinic\" }\n\
             self_care = { service = \"Acme Pharmacy\" }\n",
        )
        // Words only in English, without the number.
        .add_ftl(
            "en",
            "app.ftl",
            "care-setting-acme-nurse-line = call the ACME nurse line\n\
             care-setting-acme-clinic = the ACME clinic on { $number }\n",
        )
        .build()
        .unwrap_err();
    let text = err.to_string();
    for expected in [
        "app.toml, line 2: [en-GB]: unknown disposition \"urgnt\"",
        "app.toml, line 3: [en-GB] urgent: number \"0800 CALL NOW\" may hold only digits",
        "app.toml, line 4: [en-GB] emergency: within \"today\", but the report says \"now\"",
        "app.toml, line 6: [de]: no such locale in the pack",
        "app.toml, line 10: [en-US] self_care: service \"Acme Pharmacy\" is not an id",
    ] {
        assert!(text.contains(expected), "{expected}\nnot in\n{text}");
    }
    let p = err.problems();
    assert!(p.iter().any(
        |p| matches!(p, ContentProblem::MissingTranslation { locale, message, .. }
        if locale == "fr" && message == "care-setting-acme-nurse-line")
    ));
    assert!(p.iter().any(
        |p| matches!(p, ContentProblem::CodeVariableMismatch { locale, message, expected, .. }
        if locale == "en" && message == "care-setting-acme-nurse-line" && expected == &["number"])
    ));
    assert!(p.iter().any(
        |p| matches!(p, ContentProblem::CodeVariableMismatch { locale, message, found, .. }
        if locale == "en" && message == "care-setting-acme-clinic" && found == &["number"])
    ));
    // A syntax error is reported with its line too.
    let err = Localizer::builder(ContentPack::builtin())
        .add_care_settings("broken.toml", "[en]\nurgent = { service = \n")
        .build()
        .unwrap_err();
    assert!(
        matches!(&err.problems()[0], ContentProblem::DataSyntax { file, line: Some(2), .. } if file == "broken.toml"),
        "{err}"
    );
}

#[test]
fn english_needs_all_four_dispositions_and_overrides_keep_the_words_variables() {
    let mut pack = ContentPack::builtin();
    let dir = std::env::temp_dir().join(format!("lowback-care-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    // A pack read from a directory takes its own care settings file.
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    for sub in ["data", "locales"] {
        copy_dir(&root.join(sub), &dir.join(sub));
    }
    std::fs::write(
        dir.join("data/care_settings.toml"),
        "[en]\nemergency = { service = \"local_emergency_number\" }\n",
    )
    .unwrap();
    let from_dir = ContentPack::from_dir(&dir).unwrap();
    let err = Localizer::from_pack(&from_dir).unwrap_err();
    assert!(
        err.to_string().contains(
            "care_settings.toml: [en] has no care setting for self_care, see_clinician, urgent"
        ),
        "{err}"
    );
    let _ = std::fs::remove_dir_all(&dir);
    // An override of an action must keep the care setting's variable.
    pack.add_ftl(
        "en",
        "app.ftl",
        "report-level-emergency = Emergency\n    .detail = Call 999 now.\n",
    );
    let err = Localizer::from_pack(&pack).unwrap_err();
    assert!(
        err.problems().iter().any(
            |p| matches!(p, ContentProblem::CodeVariableMismatch { message, .. }
            if message == "report-level-emergency.detail")
        ),
        "{err}"
    );
}

fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let path = e.path();
        if path.is_dir() {
            copy_dir(&path, &to.join(e.file_name()));
        } else {
            std::fs::copy(&path, to.join(e.file_name())).unwrap();
        }
    }
}

/// An emergency led by a red flag whose help must come to the person (`call_for_help`: a
/// leaking aorta) says "call", in every variant, and not "or go to the emergency department":
/// that contradicted the red flag's own "lie down and stay where you are" (found by the French
/// editor). Another emergency keeps both ways.
#[test]
fn an_emergency_whose_help_must_come_says_call_and_stay() {
    let (c, loc) = (Catalog::builtin(), Localizer::builtin());
    assert!(
        c.red_flag("aortic_aneurysm".parse().unwrap())
            .is_some_and(|f| f.call_for_help)
    );
    let aorta = c
        .triage(
            &Assessment::from_json(
                r#"{"age": 72, "sex": "male", "pain_locations": ["lower_back"],
                    "findings": {"sudden_severe_pain_with_faintness": "yes"}}"#,
            )
            .unwrap(),
        )
        .unwrap();
    let saddle = c
        .triage(
            &Assessment::from_json(
                r#"{"pain_locations": ["lower_back"], "findings": {"saddle_numbness": "yes"}}"#,
            )
            .unwrap(),
        )
        .unwrap();
    assert_eq!(aorta.disposition, Disposition::Emergency);
    for tag in TAGS {
        let l = loc.negotiate(tag).unwrap();
        let call = loc
            .message(
                &l,
                "report-level-emergency",
                Some("call-detail"),
                &[(
                    "emergency",
                    Arg::Text(&loc.care_setting_words(&l, Disposition::Emergency).unwrap()),
                )],
            )
            .unwrap();
        let a = Report::new(c, loc, &l, &aorta).unwrap();
        let s = Report::new(c, loc, &l, &saddle).unwrap();
        assert_eq!(a.action, call, "{tag}");
        assert_ne!(s.action, call, "{tag}");
    }
}

/// A red flag with words of its own for an urgent outcome (`urgent_action`: a fragility
/// fracture of the spine) says them when it sets an urgent outcome, and its `.action` when it
/// sets an emergency. Before, a woman of 78 with thin bones and a small fall read first "After a
/// serious accident, call …" (vignette w071's reader).
#[test]
fn a_red_flag_says_its_urgent_words_when_it_is_urgent() {
    let (c, loc) = (Catalog::builtin(), Localizer::builtin());
    let flag = c.red_flag("vertebral_fracture".parse().unwrap()).unwrap();
    assert!(flag.urgent_action);
    let triage = |json: &str| c.triage(&Assessment::from_json(json).unwrap()).unwrap();
    let fragile = triage(
        r#"{"age": 78, "sex": "female", "pain_locations": ["lower_back"], "trauma": "minor",
            "findings": {"steroids_or_osteoporosis": "yes"}}"#,
    );
    let crash = triage(r#"{"age": 40, "pain_locations": ["lower_back"], "trauma": "major"}"#);
    assert_eq!(fragile.disposition, Disposition::Urgent);
    assert_eq!(crash.disposition, Disposition::Emergency);
    for (t, led) in [
        (&fragile, "vertebral_fracture"),
        (&crash, "vertebral_fracture"),
    ] {
        assert!(t.leading_red_flags().iter().any(|f| f.as_str() == led));
    }
    for tag in TAGS {
        let l = loc.negotiate(tag).unwrap();
        let words = |attr: &str| loc.message(&l, flag.message_id(), Some(attr), &[]).unwrap();
        let (urgent, emergency) = (words("action-urgent"), words("action"));
        assert_ne!(urgent, emergency, "{tag}");
        let f = Report::new(c, loc, &l, &fragile).unwrap();
        assert!(f.act_now.contains(&urgent), "{tag}: {:?}", f.act_now);
        assert!(!f.act_now.contains(&emergency), "{tag}: {:?}", f.act_now);
        let e = Report::new(c, loc, &l, &crash).unwrap();
        assert!(e.act_now.contains(&emergency), "{tag}: {:?}", e.act_now);
        assert!(!e.act_now.contains(&urgent), "{tag}: {:?}", e.act_now);
    }
}
