//! One test per row of the error table in README.md: every error the public API returns.

use lowback::{
    Assessment, Catalog, ContentPack, ContentProblem, Field, IdError, InputProblem, LocaleError,
    Localizer, Question, RenderError,
};

fn input(json: &str) -> Vec<InputProblem> {
    Assessment::from_json(json).unwrap_err().problems().to_vec()
}

fn content(pack: &ContentPack) -> Vec<ContentProblem> {
    Catalog::from_pack(pack).unwrap_err().problems().to_vec()
}

#[test]
fn malformed_json() {
    let p = input("{\"age\": 40,");
    assert!(matches!(p[0], InputProblem::Json { line: 1, .. }), "{p:?}");
    // The position is given once, not again at the end of the parser's message.
    let p = input("{\"age\": 40,}");
    assert_eq!(p[0].to_string(), "JSON, line 1, column 12: trailing comma");
}

#[test]
fn unknown_field() {
    let p = input("{\n  \"age\": 40,\n  \"neck_pain\": true\n}");
    assert!(matches!(&p[0], InputProblem::UnknownField { field, .. } if field == "neck_pain"));
    // Nothing known is close to it: no suggestion.
    assert_eq!(p[0].suggestion(), None);
    assert_eq!(p[0].to_string(), r#"unknown field "neck_pain""#);
}

#[test]
fn unknown_finding_id() {
    // Finding ids are data: the catalog that triages checks them.
    let a = Assessment::from_json(r#"{"findings": {"neck_pain": "yes"}}"#).unwrap();
    let e = Catalog::builtin().triage(&a).unwrap_err();
    assert!(
        matches!(&e.problems()[0], InputProblem::UnknownFinding { finding, .. } if finding == "neck_pain")
    );
    assert_eq!(e.problems()[0].suggestion(), None);
}

/// A misspelt field or finding id names the known one it is closest to, in the problem, its
/// message and its JSON; a name far from every known one gets none.
#[test]
fn misspelt_names_get_a_suggestion() {
    let p = input(r#"{"pain_location": ["hip"], "durationdays": 3, "Severity": 4, "xyz": 1}"#);
    let got: Vec<(Option<String>, Option<&str>)> =
        p.iter().map(|p| (p.field(), p.suggestion())).collect();
    assert_eq!(
        got,
        [
            (Some("pain_location".to_owned()), Some("pain_locations")),
            (Some("durationdays".to_owned()), Some("duration_days")),
            (Some("Severity".to_owned()), Some("severity")),
            (Some("xyz".to_owned()), None),
        ]
    );
    assert_eq!(
        p[1].to_string(),
        r#"unknown field "durationdays" (did you mean "duration_days"?)"#
    );

    // A finding id with a slip, against the catalog's vocabulary.
    let a = Assessment::from_json(r#"{"findings": {"fevr_or_chills": "yes"}}"#).unwrap();
    let e = Catalog::builtin().triage(&a).unwrap_err();
    assert_eq!(e.problems()[0].suggestion(), Some("fever_or_chills"));
    let json: serde_json::Value = serde_json::from_str(&e.to_json()).unwrap();
    assert_eq!(json["problems"][0]["suggestion"], "fever_or_chills");
    assert_eq!(json["problems"][0]["field"], "findings.fevr_or_chills");

    // A finding written in words rather than as an id: the id it spells.
    let p = input(r#"{"findings": {"Saddle Numbness": "no"}}"#);
    assert!(matches!(&p[0], InputProblem::UnknownFinding { .. }));
    assert_eq!(p[0].suggestion(), Some("saddle_numbness"));

    // Suggestions are looked for in the first 64 problems only, so the work on an input of
    // many unknown names stays one look-up each past those.
    // 200 distinct slips of one letter each: a letter of "fever_or_chills" changed.
    let base = "fever_or_chills";
    let many: serde_json::Map<String, serde_json::Value> = (0..base.len())
        .flat_map(|at| {
            ('a'..='z').filter_map(move |c| {
                let mut id = base.to_owned();
                id.replace_range(at..=at, &c.to_string());
                (id != base && id.as_bytes()[at] != b'_').then_some(id)
            })
        })
        .take(200)
        .map(|id| (id, "yes".into()))
        .collect();
    let a = Assessment::from_json(&serde_json::json!({ "findings": many }).to_string()).unwrap();
    let e3 = Catalog::builtin().triage(&a).unwrap_err();
    let with: Vec<bool> = e3
        .problems()
        .iter()
        .map(|p| p.suggestion().is_some())
        .collect();
    // 64 listed, each with its suggestion, then how many were left out (as every input error
    // lists at most 64).
    assert_eq!(with.len(), 65);
    assert!(with[..64].iter().all(|&w| w), "{with:?}");
    assert!(matches!(
        e3.problems().last(),
        Some(lowback::InputProblem::TooManyProblems { omitted: 136 })
    ));
    // The same for fields: 200 slips of one letter of "severity".
    let doc: serde_json::Map<String, serde_json::Value> = (0.."severity".len())
        .flat_map(|at| {
            ('a'..='z').filter_map(move |c| {
                let mut name = "severity".to_owned();
                name.replace_range(at..=at, &c.to_string());
                (name != "severity").then_some(name)
            })
        })
        .map(|name| (name, 1.into()))
        .collect();
    assert_eq!(doc.len(), 200);
    let p = input(&serde_json::Value::Object(doc).to_string());
    assert!(matches!(
        p.last(),
        Some(InputProblem::TooManyProblems { .. })
    ));
    assert_eq!(p.iter().filter(|p| p.suggestion().is_some()).count(), 64);

    // The same input always gives the same suggestion.
    for _ in 0..3 {
        let again = Assessment::from_json(r#"{"findings": {"fevr_or_chills": "yes"}}"#).unwrap();
        let e2 = Catalog::builtin().triage(&again).unwrap_err();
        assert_eq!(e2.problems(), e.problems());
    }
}

#[test]
fn unknown_enum_value_and_wrong_type() {
    assert!(matches!(
        &input(r#"{"onset": "yesterday"}"#)[0],
        InputProblem::InvalidValue { field, .. } if field == "onset"
    ));
    assert!(matches!(
        &input(r#"{"age": "forty"}"#)[0],
        InputProblem::WrongType { field, .. } if field == "age"
    ));
    // A finding's answer of the wrong type says which type it was, not a made-up value.
    let p = input(r#"{"findings": {"fever_or_chills": true}}"#);
    assert!(matches!(
        &p[0],
        InputProblem::WrongType { field, found: "a boolean", .. } if field == "findings.fever_or_chills"
    ));
    assert!(
        p[0].to_string()
            .starts_with("findings.fever_or_chills is a boolean; expected a string"),
        "{}",
        p[0]
    );
    // A string that is not an answer: the catalog, which knows each finding's levels, says so.
    let a = Assessment::from_json(r#"{"findings": {"fever_or_chills": "maybe"}}"#).unwrap();
    let e = Catalog::builtin().triage(&a).unwrap_err();
    assert!(matches!(
        &e.problems()[0],
        InputProblem::InvalidValue { field, value, .. } if field == "findings.fever_or_chills" && value == "maybe"
    ));
    // One document, three kinds of problem: all three are listed.
    assert_eq!(input(r#"{"agee": 1, "age": 300, "sex": 7}"#).len(), 3);
}

#[test]
fn duplicate_finding_key_is_not_silently_merged() {
    let p = input(r#"{"findings": {"fever_or_chills": "yes", "fever_or_chills": "no"}}"#);
    assert!(
        matches!(&p[0], InputProblem::Duplicate { field, value } if field == "findings" && value == "fever_or_chills")
    );
}

#[test]
fn duplicate_field_and_schema_version_keys_are_not_silently_merged() {
    // The same key twice in one object: which value counts is the reader's choice, so say so.
    for (doc, key) in [
        (r#"{"age": 40, "age": 70}"#, "age"),
        (
            r#"{"schema_version": "0.2", "age": 40, "schema_version": "0.2"}"#,
            "schema_version",
        ),
        (r#"{"findings": {}, "age": 40, "findings": {}}"#, "findings"),
    ] {
        let p = input(doc);
        assert!(
            matches!(&p[..], [InputProblem::Duplicate { field, value }] if field == key && value == key),
            "{doc}: {p:?}"
        );
    }
}

#[test]
fn values_out_of_range_are_all_listed() {
    let p = input(
        r#"{"age": -1, "severity": 11, "duration_days": 40000, "morning_stiffness_minutes": 2000}"#,
    );
    let fields: Vec<_> = p
        .iter()
        .map(|x| match x {
            InputProblem::OutOfRange { field, .. } => *field,
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(
        fields,
        [
            "age",
            "severity",
            "duration_days",
            "morning_stiffness_minutes"
        ]
    );
}

#[test]
fn duplicate_location() {
    assert!(
        matches!(&input(r#"{"pain_locations": ["hip", "groin", "hip"]}"#)[0], InputProblem::Duplicate { value, .. } if value == "hip")
    );
}

#[test]
fn contradictory_answers_name_both_fields() {
    let p = input(
        r#"{"sex": "male", "trauma": "none", "onset": "after_fall_or_accident", "pregnancy": "pregnant",
            "hip_replacement": "none", "hip_replacement_years": 3}"#,
    );
    let pairs: Vec<_> = p
        .iter()
        .filter_map(|x| match x {
            InputProblem::Contradiction { first, second, .. } => Some((*first, *second)),
            _ => None,
        })
        .collect();
    assert_eq!(
        pairs,
        [
            ("trauma", "onset"),
            ("sex", "pregnancy"),
            ("hip_replacement_years", "hip_replacement")
        ]
    );
}

#[test]
fn derived_finding_answered_directly() {
    let a = Assessment::from_json(r#"{"findings": {"severe_pain": "yes"}}"#).unwrap();
    let e = Catalog::builtin().triage(&a).unwrap_err();
    assert!(matches!(
        &e.problems()[0],
        InputProblem::DerivedFinding { from, .. } if from == "severity"
    ));
}

#[test]
fn empty_assessment() {
    let e = Catalog::builtin()
        .triage(&Assessment::from_json("{}").unwrap())
        .unwrap_err();
    assert_eq!(e.problems(), [InputProblem::Empty]);
}

#[test]
fn invalid_interview_answer_leaves_the_assessment_unchanged() {
    let mut a = Assessment::builder().age(40).build().unwrap();
    let before = a.clone();
    let e = a
        .answer(
            Catalog::builtin(),
            Question::Field(Field::Onset),
            "yesterday",
        )
        .unwrap_err();
    assert!(
        matches!(&e.problems()[0], InputProblem::InvalidAnswer { question, .. } if question == "onset")
    );
    assert_eq!(a, before);
}

#[test]
fn invalid_ids() {
    assert_eq!("".parse::<lowback::ConditionId>(), Err(IdError::Empty));
    assert_eq!(
        "Hip".parse::<lowback::ConditionId>(),
        Err(IdError::InvalidChar { position: 0 })
    );
    assert!(matches!(
        "a".repeat(50).parse::<lowback::RuleId>(),
        Err(IdError::TooLong { len: 50 })
    ));
}

#[test]
fn unknown_and_malformed_locale_tags() {
    let loc = Localizer::builtin();
    assert!(matches!(
        loc.negotiate(""),
        Err(LocaleError::Malformed { .. })
    ));
    assert!(matches!(
        loc.negotiate("fr_CA!"),
        Err(LocaleError::Malformed { .. })
    ));
    let de = loc.negotiate("de").unwrap();
    assert!(de.is_fallback());
    assert_eq!(de.primary(), "en");
    let fr_be = loc.negotiate("fr-BE").unwrap();
    assert!(!fr_be.is_fallback());
    assert_eq!(fr_be.primary(), "fr");
}

#[test]
fn render_errors() {
    let loc = Localizer::builtin();
    let en = loc.negotiate("en").unwrap();
    assert!(matches!(
        loc.message(&en, "nope", None, &[]),
        Err(RenderError::MissingMessage { .. })
    ));
    assert!(matches!(
        loc.message(&en, "exercise-dosage", None, &[]),
        Err(RenderError::Fluent { .. })
    ));
}

#[test]
fn unreadable_directory() {
    let e = ContentPack::from_dir("/definitely/not/here").unwrap_err();
    assert!(
        e.problems()
            .iter()
            .all(|p| matches!(p, ContentProblem::Io { .. }))
    );
    assert_eq!(
        e.problems().len(),
        10,
        "9 data files and the locales folder"
    );
}

#[test]
fn from_dir_reads_the_crate_layout() {
    let pack = ContentPack::from_dir(env!("CARGO_MANIFEST_DIR")).unwrap();
    let c = Catalog::from_pack(&pack).unwrap();
    assert_eq!(c.conditions().len(), Catalog::builtin().conditions().len());
}

#[test]
fn missing_data_file() {
    let mut pack = ContentPack::builtin();
    pack.remove_data("facts.toml");
    assert!(
        content(&pack)
            .iter()
            .any(|p| matches!(p, ContentProblem::MissingFile { file } if file == "facts.toml"))
    );
}

/// A misspelt data file is named, with the name meant: before, its items were left out and
/// nothing was said (found by a new user whose rule never existed).
#[test]
fn a_data_file_of_another_name_is_a_problem_not_a_file_left_unread() {
    let mut pack = ContentPack::builtin();
    pack.append_data("rule.toml", "[[rule]]\nid = \"app_rule\"\n");
    pack.add_data("Findings.toml", "");
    let problems = content(&pack);
    let named: Vec<(&str, &str)> = problems
        .iter()
        .filter_map(|p| match p {
            ContentProblem::InvalidValue {
                file,
                field: "file name",
                message,
                ..
            } => Some((file.as_str(), message.as_str())),
            _ => None,
        })
        .collect();
    assert_eq!(named.len(), 2, "{problems:?}");
    assert!(named[0].0 == "rule.toml" && named[0].1.contains("\"rules.toml\""));
    assert!(named[1].0 == "Findings.toml" && named[1].1.contains("\"findings.toml\""));
    // Nothing else: the builtin files are untouched.
    assert_eq!(problems.len(), 2, "{problems:?}");
}

/// `holds_floor` and `holds_floor_when` on a finding that is not a screen question, together,
/// naming nothing, a finding that does not exist, or one that a worse answer turns off: each is
/// named on its item.
#[test]
fn a_screen_floor_that_cannot_mean_anything_is_refused() {
    let finding = |id: &str, extra: &str| {
        format!(
            "\n[[finding]]\nid = \"{id}\"\nkind = \"symptom\"\nsource = \"direct\"\n{extra}\nreferences = [\"nice_ng59\"]\nstatus = \"draft\"\nupdated = \"2026-12-01\"\n"
        )
    };
    let mut pack = ContentPack::builtin();
    pack.append_data(
        "findings.toml",
        &[
            finding("app_not_screen", "holds_floor = false"),
            finding(
                "app_both",
                "screen = true\nholds_floor = false\nholds_floor_when = [\"pain_hip\"]",
            ),
            finding("app_none", "screen = true\nholds_floor_when = []"),
            finding(
                "app_better",
                "screen = true\nholds_floor_when = [\"getting_better\"]",
            ),
            finding(
                "app_dangling",
                "screen = true\nholds_floor_when = [\"no_such_finding\"]",
            ),
            finding("app_blank", "screen = true\nholds_floor_when = [\"\"]"),
        ]
        .concat(),
    );
    let problems = content(&pack);
    let invalid = |item: &str, field: &str| {
        problems.iter().any(|p| {
            matches!(p, ContentProblem::InvalidValue { item: i, field: f, .. } if i == item && *f == field)
        })
    };
    assert!(invalid("app_not_screen", "holds_floor"), "{problems:#?}");
    assert!(invalid("app_both", "holds_floor"), "{problems:#?}");
    assert!(invalid("app_none", "holds_floor_when"), "{problems:#?}");
    // A finding a worse answer turns off (pain getting better): a worse answer would lift the
    // floor (found by the nineteenth round's reliability test).
    assert!(invalid("app_better", "holds_floor_when"), "{problems:#?}");
    assert!(
        problems.iter().any(
            |p| matches!(p, ContentProblem::DanglingLink { item, target, .. }
            if item == "app_dangling" && target == "no_such_finding")
        ),
        "{problems:#?}"
    );
    // An id left blank is named as an unknown finding, and only that: the list did name one.
    let blank: Vec<_> = problems
        .iter()
        .filter(|p| p.to_string().contains("app_blank"))
        .collect();
    assert!(
        matches!(blank.as_slice(), [ContentProblem::DanglingLink { target, .. }] if target.is_empty()),
        "{blank:#?}"
    );
    assert!(
        !invalid("app_dangling", "holds_floor_when"),
        "{problems:#?}"
    );
}

/// A syntax error in text appended to a builtin file is the one problem listed, located in the
/// whole file and in the text appended: before, the line was the whole file's only, and every
/// link into the file that did not read was listed after it (1,112 problems).
#[test]
fn a_data_file_that_does_not_read_is_its_one_problem_located_in_the_text_appended() {
    for appended in [
        "\n[[finding]]\nid = \"app_x\"\nkind = \"symptom\"\nsource = \"direct\"\nscreeen = true\n",
        "[[finding]\n",
    ] {
        let mut pack = ContentPack::builtin();
        pack.append_data("findings.toml", appended);
        let problems = content(&pack);
        assert_eq!(problems.len(), 1, "{problems:?}");
        let ContentProblem::DataSyntax {
            file,
            line: Some(line),
            message,
        } = &problems[0]
        else {
            panic!("{problems:?}");
        };
        let builtin_lines = include_str!("../data/findings.toml").lines().count();
        let in_appended = appended.lines().count();
        assert_eq!(file, "findings.toml");
        assert!(*line > builtin_lines, "{line}");
        assert!(
            message.ends_with(&format!(
                "(line {} of the text appended)",
                line - builtin_lines
            )) && line - builtin_lines <= in_appended,
            "{message}"
        );
    }
}

/// A Québec message with no French one is named against French, its parent, not English
/// (the message said "not defined in en" for a message English had).
#[test]
fn a_regional_message_without_its_parent_names_the_parent() {
    let mut pack = ContentPack::builtin();
    pack.add_ftl("en", "app.ftl", "app-hello = Hello\n");
    pack.add_ftl("fr-CA", "app.ftl", "app-hello = Bonjour\n");
    let problems = content(&pack);
    let extra = problems
        .iter()
        .find(|p| matches!(p, ContentProblem::ExtraTranslation { message, .. } if message == "app-hello"))
        .unwrap_or_else(|| panic!("{problems:?}"));
    assert!(
        matches!(extra, ContentProblem::ExtraTranslation { locale, reference, .. } if locale == "fr-CA" && reference == "fr"),
        "{extra:?}"
    );
    assert_eq!(
        extra.to_string(),
        "fr-CA: message app-hello is not defined in fr"
    );
}

/// A locale folder that is not a tag as lowback writes them ("EN", "fr-ca", "a") is the one
/// problem named, with the tag meant: before, it made a language of its own, and its 518
/// missing messages were listed first.
#[test]
fn a_locale_written_otherwise_is_named_not_its_missing_messages() {
    for (tag, meant) in [("EN", Some("en")), ("fr-ca", Some("fr-CA")), ("a", None)] {
        let mut pack = ContentPack::builtin();
        pack.add_ftl(tag, "app.ftl", "app-hello = Hello\n");
        let problems = content(&pack);
        assert_eq!(problems.len(), 1, "{tag}: {problems:?}");
        let ContentProblem::FtlSyntax {
            locale, message, ..
        } = &problems[0]
        else {
            panic!("{problems:?}");
        };
        assert_eq!(locale, tag);
        match meant {
            Some(m) => assert!(
                message.contains(&format!("did you mean {m:?}")),
                "{message}"
            ),
            None => assert!(!message.contains("did you mean"), "{message}"),
        }
    }
}

#[test]
fn broken_pack_lists_every_problem_at_once() {
    let mut pack = ContentPack::builtin();
    pack.append_data(
        "care.toml",
        r#"
[[tip]]
id = "step_stool"
references = ["nice_ng59"]
status = "draft"
updated = "2026-11-24"

[[tip]]
id = "new_tip"
references = ["no_such_reference"]
status = "draft"
updated = "24/11/2026"
"#,
    );
    pack.append_data(
        "rules.toml",
        r#"
[[rule]]
id = "bad_rule"
kind = "red_flag"
red_flag = "no_such_flag"
disposition = "see_clinician"
all = ["neck_pain"]
references = ["nice_ng59"]
status = "draft"
updated = "2026-11-24"
"#,
    );
    pack.append_data(
        "references.toml",
        "\n[[reference]]\nid = \"uncited\"\nkind = \"article\"\nauthors = [\"Doe J\"]\nyear = 2020\ntitle = \"T\"\ncontainer = \"J\"\n",
    );
    pack.add_ftl("fr", "broken.ftl", "ok = bien\nbad = { $x\n");
    pack.add_ftl("en", "vars.ftl", "greeting = Hello { $name }\n");
    pack.add_ftl("fr", "vars.ftl", "greeting = Bonjour { $nom }\n");
    let problems = content(&pack);
    let has = |pred: &dyn Fn(&ContentProblem) -> bool| problems.iter().any(pred);
    assert!(has(
        &|p| matches!(p, ContentProblem::DuplicateId { id, .. } if id == "step_stool")
    ));
    assert!(has(
        &|p| matches!(p, ContentProblem::DanglingLink { target, .. } if target == "no_such_reference")
    ));
    assert!(has(
        &|p| matches!(p, ContentProblem::DanglingLink { target, .. } if target == "no_such_flag")
    ));
    assert!(has(
        &|p| matches!(p, ContentProblem::DanglingLink { kind: "finding", target, .. } if target == "neck_pain")
    ));
    assert!(has(&|p| matches!(
        p,
        ContentProblem::InvalidValue {
            field: "updated",
            ..
        }
    )));
    assert!(has(&|p| matches!(
        p,
        ContentProblem::InvalidValue {
            field: "disposition",
            ..
        }
    )));
    assert!(has(
        &|p| matches!(p, ContentProblem::UncitedReference { id } if id == "uncited")
    ));
    assert!(has(
        &|p| matches!(p, ContentProblem::MissingTranslation { message, .. } if message == "tip-new-tip")
    ));
    assert!(has(
        &|p| matches!(p, ContentProblem::MissingTranslation { message, .. } if message == "rule-bad-rule")
    ));
    assert!(has(
        &|p| matches!(p, ContentProblem::FtlSyntax { file, line: 2, .. } if file == "broken.ftl")
    ));
    assert!(has(
        &|p| matches!(p, ContentProblem::VariableMismatch { message, .. } if message == "greeting")
    ));
    assert!(problems.len() >= 11, "{problems:#?}");
    let text = Catalog::from_pack(&pack).unwrap_err().to_string();
    assert!(text.starts_with(&format!("content pack has {} problems", problems.len())));
}

#[test]
fn data_syntax_error_has_file_and_line() {
    let mut pack = ContentPack::builtin();
    pack.add_data("facts.toml", "[[fact]]\nid = \"x\"\nvalues = { a = 1 }\nreferences = [\"nice_ng59\"]\nstatus = \"draft\"\nupdated = \"2026-11-24\"\nextra = 1\n");
    assert!(content(&pack).iter().any(|p| matches!(p, ContentProblem::DataSyntax { file, line: Some(_), message } if file == "facts.toml" && message.contains("extra"))));
}

#[test]
fn extra_and_duplicate_and_broken_messages() {
    let mut pack = ContentPack::builtin();
    pack.add_ftl("fr", "extra.ftl", "only-fr = Seulement\n");
    pack.add_ftl("en", "dup.ftl", "report-title = Twice\n");
    pack.add_ftl("en", "ref.ftl", "refers = See { missing-message }\n");
    pack.add_ftl("fr", "ref.ftl", "refers = Voir { missing-message }\n");
    let p = content(&pack);
    assert!(p.iter().any(
        |x| matches!(x, ContentProblem::ExtraTranslation { message, .. } if message == "only-fr")
    ));
    assert!(p.iter().any(|x| matches!(x, ContentProblem::DuplicateMessage { message, .. } if message == "report-title")));
    assert!(p.iter().any(
        |x| matches!(x, ContentProblem::BrokenMessage { message, .. } if message == "refers")
    ));
}

#[test]
fn overrides_that_break_a_message_are_rejected() {
    // Changing a message's variables.
    let e = Localizer::builder(ContentPack::builtin())
        .add_ftl("fr", "app.ftl", "exercise-dosage = { $count } fois\n")
        .build()
        .unwrap_err();
    assert!(
        e.problems()
            .iter()
            .any(|p| matches!(p, ContentProblem::VariableMismatch { .. }))
    );
    // Referring to something that does not exist.
    let e = Localizer::builder(ContentPack::builtin())
        .add_ftl(
            "en",
            "app.ftl",
            "report-title = { -no-such-term } summary\n",
        )
        .build()
        .unwrap_err();
    assert!(
        e.problems()
            .iter()
            .any(|p| matches!(p, ContentProblem::BrokenMessage { .. })),
        "{e}"
    );
    // Syntax errors in an override carry the override's file name.
    let e = Localizer::builder(ContentPack::builtin())
        .add_ftl("en", "app.ftl", "report-title = {\n")
        .build()
        .unwrap_err();
    assert!(
        e.problems()
            .iter()
            .any(|p| matches!(p, ContentProblem::FtlSyntax { file, .. } if file == "app.ftl"))
    );
    // A good override works and keeps the other locales.
    let loc = Localizer::builder(ContentPack::builtin())
        .add_ftl("fr", "app.ftl", "report-title = Votre bilan\n")
        .build()
        .unwrap();
    let fr_ca = loc.negotiate("fr-CA").unwrap();
    assert_eq!(
        loc.message(&fr_ca, "report-title", None, &[]).unwrap(),
        "Votre bilan"
    );
}

#[test]
fn a_variable_mismatch_names_the_locale_it_was_compared_with() {
    // A language is compared with `en`; a regional variant with its parent language.
    let mut pack = ContentPack::builtin();
    pack.add_ftl("en", "app.ftl", "app-hello = Hello { $name }\n");
    pack.add_ftl("fr", "app.ftl", "app-hello = Bonjour { $nom }\n");
    pack.add_ftl("fr-CA", "app.ftl", "app-hello = Allô { $prenom }\n");
    let p = content(&pack);
    let mismatch = |tag: &str| {
        p.iter().find_map(|x| match x {
            ContentProblem::VariableMismatch {
                locale, reference, ..
            } if locale == tag && x.to_string().contains("app-hello") => Some(reference.clone()),
            _ => None,
        })
    };
    assert_eq!(mismatch("fr").as_deref(), Some("en"), "{p:#?}");
    assert_eq!(mismatch("fr-CA").as_deref(), Some("fr"), "{p:#?}");
    let text = p
        .iter()
        .map(ToString::to_string)
        .find(|t| t.starts_with("fr-CA:") && t.contains("app-hello"));
    assert_eq!(
        text.as_deref(),
        Some("fr-CA: message app-hello uses variables [prenom] but fr uses [nom]")
    );
}

/// An app's finding and rule with English words only: each French message is missing once
/// (they were each listed twice, once for the item and once by the locale check; found by a
/// new user).
#[test]
fn a_missing_translation_is_listed_once() {
    let mut pack = ContentPack::builtin();
    pack.append_data(
        "findings.toml",
        "\n[[finding]]\nid = \"app_long_drive\"\nkind = \"history\"\nsource = \"direct\"\n\
         references = [\"nice_ng59\"]\nstatus = \"draft\"\nupdated = \"2026-11-29\"\n",
    );
    pack.append_data(
        "rules.toml",
        "\n[[rule]]\nid = \"app_rule\"\nkind = \"referral\"\ndisposition = \"see_clinician\"\n\
         all = [\"app_long_drive\"]\nreferences = [\"nice_ng59\"]\nstatus = \"draft\"\n\
         updated = \"2026-11-29\"\n",
    );
    pack.add_ftl(
        "en",
        "app.ftl",
        "finding-app-long-drive = long drives\n    .absent = no long drives\n    \
         .question = Do you drive for long?\nrule-app-rule = Long drives: see someone.\n",
    );
    let problems = content(&pack);
    let shown: Vec<String> = problems.iter().map(ToString::to_string).collect();
    let mut distinct = shown.clone();
    distinct.sort();
    distinct.dedup();
    assert_eq!(distinct.len(), shown.len(), "{shown:#?}");
    assert!(
        shown.iter().any(|s| s.contains("rule-app-rule")),
        "{shown:#?}"
    );
}
