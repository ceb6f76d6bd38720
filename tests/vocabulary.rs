//! The vocabulary and the rule language as data (issue 8): an app pack adds a finding, its
//! question and a rule with no code change; the loader refuses what would break the safety
//! argument (cycles, dangling links, rules that can never fire, escalating rules that a worse
//! answer could switch off, red flags below urgent, drafts that claim a review).

use lowback::{
    Answer, Assessment, Catalog, ContentPack, ContentProblem, Disposition, FindingId, Localizer,
    Report, ReviewStatus,
};

fn problems(pack: &ContentPack) -> Vec<ContentProblem> {
    Catalog::from_pack(pack)
        .err()
        .map(|e| e.problems().to_vec())
        .unwrap_or_default()
}

fn invalid(p: &[ContentProblem], item: &str, field: &str) -> bool {
    p.iter().any(|x| matches!(x, ContentProblem::InvalidValue { item: i, field: f, .. } if i == item && *f == field))
}

const GOV: &str = "references = [\"nice_ng59\"]\nstatus = \"draft\"\nupdated = \"2026-11-29\"\n";

fn with_findings(extra: &str) -> ContentPack {
    let mut pack = ContentPack::builtin();
    pack.append_data("findings.toml", extra);
    pack
}

fn with_rules(extra: &str) -> ContentPack {
    let mut pack = ContentPack::builtin();
    pack.append_data("rules.toml", extra);
    pack
}

#[test]
fn an_app_pack_adds_a_finding_its_question_and_a_rule() {
    let mut pack = ContentPack::builtin();
    pack.append_data(
        "findings.toml",
        &format!("\n[[finding]]\nid = \"app_recent_travel\"\nkind = \"history\"\nsource = \"direct\"\n{GOV}"),
    );
    pack.append_data(
        "rules.toml",
        &format!(
            "\n[[rule]]\nid = \"app_travel_with_fever\"\nkind = \"referral\"\ndisposition = \"urgent\"\n\
             all = [\"app_recent_travel\", \"fever_or_chills\"]\n{GOV}"
        ),
    );
    pack.add_ftl(
        "en",
        "app.ftl",
        "finding-app-recent-travel = a long journey abroad in the last month\n    .absent = no journey abroad in the last month\n    .question = Have you travelled abroad in the last month?\n\
         rule-app-travel-with-fever = You have a fever after travel abroad: see a clinician today.\n",
    );
    pack.add_ftl(
        "fr",
        "app.ftl",
        "finding-app-recent-travel = un long voyage à l’étranger le mois dernier\n    .absent = pas de voyage à l’étranger le mois dernier\n    .question = Avez-vous voyagé à l’étranger le mois dernier\u{a0}?\n\
         rule-app-travel-with-fever = Vous avez de la fièvre après un voyage\u{a0}: consultez un soignant aujourd’hui.\n",
    );
    let catalog = Catalog::from_pack(&pack).expect("the app pack is valid");
    let localizer = Localizer::from_pack(&pack).expect("its words are valid");
    let travel: FindingId = "app_recent_travel".parse().unwrap();
    assert!(catalog.finding(travel).is_some_and(|f| f.is_asked()));
    let a = Assessment::builder()
        .age(40)
        .finding(travel, Answer::Yes)
        .finding(FindingId::FEVER_OR_CHILLS, Answer::Yes)
        .build()
        .unwrap();
    let t = catalog.triage(&a).unwrap();
    assert!(t.disposition >= Disposition::Urgent);
    assert!(
        t.fired
            .iter()
            .any(|r| r.rule.as_str() == "app_travel_with_fever")
    );
    for tag in ["en", "fr"] {
        let r = Report::new(&catalog, &localizer, &localizer.negotiate(tag).unwrap(), &t).unwrap();
        assert!(r.fallbacks.is_empty(), "{tag}: {:?}", r.fallbacks);
    }
    // The builtin catalog does not know the app's finding: it says so, it does not guess.
    assert!(Catalog::builtin().triage(&a).is_err());
    // Without the app's words, the pack is refused: every message in every language.
    let mut bare = ContentPack::builtin();
    bare.append_data(
        "findings.toml",
        &format!("\n[[finding]]\nid = \"app_x\"\nkind = \"history\"\nsource = \"direct\"\n{GOV}"),
    );
    let p = problems(&bare);
    assert!(p.iter().any(|x| matches!(x, ContentProblem::MissingTranslation { message, .. } if message == "finding-app-x")));
}

/// An ordinal finding's answers are words the interview shows ("no" and each level): a pack
/// without them is refused when it loads, each missing one named, instead of failing later
/// when the question is shown.
#[test]
fn an_ordinal_finding_needs_a_label_for_no_and_each_level() {
    let data = format!(
        "\n[[finding]]\nid = \"app_swelling\"\nkind = \"sign\"\nsource = \"ordinal\"\n\
         levels = [\"mild\", \"marked\"]\n{GOV}"
    );
    let words = |labels: &str| {
        format!(
            "finding-app-swelling = swelling\n    .absent = no swelling\n    .question = Swelling?\n{labels}"
        )
    };
    let labels = "    .option-no = No\n    .option-mild = A little\n    .option-marked = A lot\n";
    let mut bare = with_findings(&data);
    bare.add_ftl("en", "app.ftl", &words(""));
    bare.add_ftl("fr", "app.ftl", &words(""));
    let p = problems(&bare);
    for tag in ["en", "fr"] {
        for answer in ["option-no", "option-mild", "option-marked"] {
            assert!(
                p.iter().any(|x| matches!(x, ContentProblem::MissingTranslation { locale, message, attribute }
                    if locale == tag && message == "finding-app-swelling" && attribute.as_deref() == Some(answer))),
                "{tag} {answer}: {p:?}"
            );
        }
    }
    let mut full = with_findings(&data);
    full.add_ftl("en", "app.ftl", &words(labels));
    full.add_ftl("fr", "app.ftl", &words(labels).replace('?', "\u{a0}?"));
    let catalog = Catalog::from_pack(&full).expect("with its labels, the pack is valid");
    let localizer = Localizer::from_pack(&full).expect("its words are valid");
    let question = lowback::Question::Finding("app_swelling".parse().unwrap());
    let view = localizer
        .question_view(&catalog, &localizer.negotiate("en").unwrap(), question)
        .expect("the question shows");
    let shown: Vec<&str> = view
        .options
        .iter()
        .map(|(_, label)| label.as_str())
        .collect();
    assert_eq!(shown, ["No", "A little", "A lot"]);
}

/// A message may use only the variables lowback passes when it formats it: none for a finding,
/// a rule or a caution, its values for a fact. A variable nobody passes would load, then make
/// the question, the report or the CDS card fail when shown; the pack is refused instead, each
/// message named.
#[test]
fn a_message_using_a_variable_lowback_never_passes_is_refused() {
    let mut pack = with_findings(&format!(
        "\n[[finding]]\nid = \"app_b\"\nkind = \"symptom\"\nsource = \"direct\"\n{GOV}"
    ));
    pack.append_data(
        "rules.toml",
        &format!(
            "\n[[rule]]\nid = \"app_b_r\"\nkind = \"referral\"\ndisposition = \"urgent\"\n\
             all = [\"app_b\", \"fever_or_chills\"]\n{GOV}\n\
             [[rule]]\nid = \"app_b_advice\"\nkind = \"advice\"\nall = [\"app_b\"]\n\
             cautions = [\"app_careful\"]\n{GOV}"
        ),
    );
    pack.append_data(
        "facts.toml",
        &format!("\n[[fact]]\nid = \"app_fact\"\nvalues = {{ low = 1 }}\n{GOV}"),
    );
    for (tag, q) in [("en", "?"), ("fr", "\u{a0}?")] {
        pack.add_ftl(
            tag,
            "app.ftl",
            &format!(
                "finding-app-b = b\n    .absent = no b\n    .question = B for {{ $name }}{q}\n\
                 rule-app-b-r = Hello {{ $name }}.\n\
                 rule-app-b-advice = {{ $n ->\n    [one] One\n   *[other] Other\n}}\n\
                 caution-app-careful = Careful {{ $who }}.\n\
                 fact-app-fact = From {{ $low }} to {{ $high }}.\n"
            ),
        );
    }
    let p = problems(&pack);
    for tag in ["en", "fr"] {
        for (message, found) in [
            ("finding-app-b.question", "name"),
            ("rule-app-b-r", "name"),
            ("rule-app-b-advice", "n"),
            ("caution-app-careful", "who"),
            ("fact-app-fact", "high"),
        ] {
            assert!(
                p.iter().any(|x| matches!(x, ContentProblem::CodeVariableMismatch { locale, message: m, found: f, .. }
                    if locale == tag && m == message && f.iter().any(|v| v == found))),
                "{tag} {message}: {p:#?}"
            );
        }
    }
    // A fact may use the values it has, and fewer.
    assert!(!p.iter().any(
        |x| matches!(x, ContentProblem::CodeVariableMismatch { message, found, .. }
        if message == "fact-app-fact" && found.iter().any(|v| v == "low") && found.len() == 1)
    ));
}

/// A finding's `kind` is one of the six the data documents: a misspelt one is refused, named,
/// with the kinds it can be.
#[test]
fn a_finding_of_an_unknown_kind_is_refused() {
    let pack = with_findings(&format!(
        "\n[[finding]]\nid = \"app_x\"\nkind = \"symtpom\"\nsource = \"direct\"\n{GOV}"
    ));
    let p = problems(&pack);
    assert!(
        p.iter().any(
            |x| matches!(x, ContentProblem::InvalidValue { file, item, field, message }
            if file == "findings.toml" && item == "app_x" && *field == "kind"
                && message.contains("symtpom") && message.contains("risk_factor"))
        ),
        "{p:?}"
    );
}

/// A vocabulary larger than the 256 findings a `FindingSet` names by position: a triage's
/// finding lists then hold the ids themselves, and read, compare and serialize the same way.
#[test]
fn a_vocabulary_past_256_findings_lists_its_findings_the_same_way() {
    let extra_n = 300 - Catalog::builtin().findings().len();
    let (mut data, mut en, mut fr) = (String::new(), String::new(), String::new());
    for i in 0..extra_n {
        data.push_str(&format!(
            "\n[[finding]]\nid = \"app_f{i}\"\nkind = \"symptom\"\nsource = \"direct\"\n{GOV}"
        ));
        en.push_str(&format!(
            "finding-app-f{i} = sign {i}\n    .absent = no sign {i}\n    .question = Sign {i}?\n"
        ));
        fr.push_str(&format!(
            "finding-app-f{i} = signe {i}\n    .absent = pas de signe {i}\n    .question = Signe {i}\u{a0}?\n"
        ));
    }
    let last = format!("app_f{}", extra_n - 1);
    let mut pack = with_findings(&data);
    pack.append_data(
        "rules.toml",
        &format!(
            "\n[[rule]]\nid = \"app_last_sign_with_fever\"\nkind = \"referral\"\n\
             disposition = \"see_clinician\"\nall = [\"{last}\", \"fever_or_chills\"]\n{GOV}"
        ),
    );
    en.push_str("rule-app-last-sign-with-fever = See a clinician.\n");
    fr.push_str("rule-app-last-sign-with-fever = Consultez un soignant.\n");
    pack.add_ftl("en", "app.ftl", &en);
    pack.add_ftl("fr", "app.ftl", &fr);
    let catalog = Catalog::from_pack(&pack).expect("the app pack is valid");
    assert_eq!(catalog.findings().len(), 300);
    let last: FindingId = last.parse().unwrap();
    let a = Assessment::builder()
        .age(40)
        .finding(last, Answer::Yes)
        .finding(FindingId::FEVER_OR_CHILLS, Answer::Yes)
        .build()
        .unwrap();
    let t = catalog.triage(&a).unwrap();
    let fired = t
        .fired
        .iter()
        .find(|r| r.rule.as_str() == "app_last_sign_with_fever")
        .expect("the app's rule fires");
    // In vocabulary order: the builtin finding first, the app's last.
    assert_eq!(fired.triggers, [FindingId::FEVER_OR_CHILLS, last]);
    assert_eq!(fired.triggers.len(), 2);
    assert_eq!(fired.triggers.get(1), Some(&last));
    let back: lowback::Triage = serde_json::from_str(&t.to_json()).unwrap();
    assert_eq!(back, t);
}

#[test]
fn nested_findings_split_new_from_long_standing() {
    let catalog = Catalog::builtin();
    let triage = |level: &str| {
        let a = Assessment::from_json(&format!(
            r#"{{"age": 60, "pain_locations": ["lower_back", "thigh"], "findings": {{"symptoms_both_legs": "{level}"}}}}"#
        ))
        .unwrap();
        catalog.triage(&a).unwrap()
    };
    let new = triage("new");
    assert_eq!(new.disposition, Disposition::Emergency);
    let long = triage("long_standing");
    assert!(long.disposition >= Disposition::SeeClinician);
    assert!(
        !long
            .fired
            .iter()
            .any(|r| r.disposition == Some(Disposition::Emergency))
    );
    // "yes" without a level: the parent is present, the dangerous reading is still open.
    let yes = triage("yes");
    assert!(!yes.complete);
    assert!(yes.unanswered.contains(&FindingId::SYMPTOMS_BOTH_LEGS_NEW));
    // ... and holds the outcome as high as not knowing at all would: the level is "I don't
    // know", not merely not asked. (A reliability tester found "yes", then "I don't know" to the
    // kind, giving see_clinician where "I don't know" alone gave urgent.)
    let unknown = triage("unknown");
    assert!(
        yes.disposition >= unknown.disposition,
        "{:?} < {:?}",
        yes.disposition,
        unknown.disposition
    );
    assert!(yes.disposition >= long.disposition);
    assert!(
        yes.disposition >= Disposition::Urgent,
        "{:?}",
        yes.disposition
    );
    // An unknown level is refused with the levels it takes.
    let a = Assessment::from_json(r#"{"findings": {"symptoms_both_legs": "sometimes"}}"#).unwrap();
    assert!(catalog.triage(&a).is_err());
}

#[test]
fn derived_findings_come_from_thresholds_in_data() {
    let ev_of = |json: &str| {
        let a = Assessment::from_json(json).unwrap();
        let c = Catalog::builtin();
        let ev = c.evidence(&a).unwrap();
        move |id: &str| ev.get(id.parse().unwrap())
    };
    let ev = ev_of(r#"{"age": 2, "duration_days": 14, "severity": 8, "trend": "same"}"#);
    assert_eq!(ev("age_under_3"), Answer::Yes);
    assert_eq!(ev("age_under_16"), Answer::Yes);
    assert_eq!(ev("duration_over_2_weeks"), Answer::No);
    assert_eq!(ev("severe_pain"), Answer::Yes);
    assert_eq!(ev("not_improving"), Answer::Yes);
    assert_eq!(ev("getting_better"), Answer::No);
    let ev = ev_of(r#"{"age": "unknown", "pregnancy": "pregnant", "pregnancy_weeks": 22}"#);
    assert_eq!(ev("age_under_16"), Answer::Unknown);
    assert_eq!(ev("pregnant"), Answer::Yes);
    assert_eq!(ev("pregnancy_20_weeks_or_more"), Answer::Yes);
}

/// A derived finding may read "I don't know" as present (its cautious reading): weeks of
/// pregnancy not known count as early pregnancy, when an ectopic pregnancy shows (NICE NG126).
/// A field not answered at all stays unknown, so its question is still asked. Only derived
/// findings may say so.
#[test]
fn an_unknown_field_can_count_as_present() {
    let catalog = Catalog::builtin();
    let ev = |json: &str, id: &str| {
        let a = Assessment::from_json(json).unwrap();
        catalog.evidence(&a).unwrap().get(id.parse().unwrap())
    };
    let early = "pregnancy_under_14_weeks";
    let pregnant = r#""sex": "female", "pregnancy": "pregnant""#;
    assert_eq!(
        ev(&format!("{{{pregnant}, \"pregnancy_weeks\": 10}}"), early),
        Answer::Yes
    );
    assert_eq!(
        ev(&format!("{{{pregnant}, \"pregnancy_weeks\": 14}}"), early),
        Answer::No
    );
    assert_eq!(
        ev(
            &format!("{{{pregnant}, \"pregnancy_weeks\": \"unknown\"}}"),
            early
        ),
        Answer::Yes
    );
    assert_eq!(ev(&format!("{{{pregnant}}}"), early), Answer::Unknown);
    // Other derived findings of the same field keep "unknown".
    assert_eq!(
        ev(
            &format!("{{{pregnant}, \"pregnancy_weeks\": \"unknown\"}}"),
            "pregnancy_20_weeks_or_more"
        ),
        Answer::Unknown
    );
    let f = catalog.finding(early.parse().unwrap()).unwrap();
    assert!(f.unknown_counts_as_present);

    let p = problems(&with_findings(&format!(
        "[[finding]]\nid = \"app_direct\"\nkind = \"symptom\"\nsource = \"direct\"\nunknown_counts_as_present = true\n{GOV}"
    )));
    assert!(
        invalid(&p, "app_direct", "unknown_counts_as_present"),
        "{p:?}"
    );
}

/// Groin pain in pregnancy: an ectopic pregnancy is a concern in the first 13 weeks (NICE
/// NG126), or when the weeks are not known; later, groin pain alone is usually ligament or
/// pelvic girdle pain and sees a clinician, unless it comes with a warning sign. A swollen leg
/// in pregnancy or after birth may be a clot (RCOG GTG 37b).
#[test]
fn groin_pain_in_pregnancy_depends_on_the_stage() {
    let catalog = Catalog::builtin();
    // A pregnant woman with groin pain; `weeks` and `more` are JSON members, or empty.
    let triage = |weeks: &str, severity: u8, more: &str| {
        let json = format!(
            r#"{{"age": 30, "sex": "female", "pregnancy": "pregnant", "pain_locations": ["groin"], "severity": {severity}{weeks}{more}}}"#
        );
        catalog
            .triage(&Assessment::from_json(&json).unwrap())
            .unwrap()
    };
    let fired = |t: &lowback::Triage, rule: &str| t.fired.iter().any(|f| f.rule.as_str() == rule);
    let ectopic = "pregnancy_belly_or_groin_pain";
    let warning = "pregnancy_groin_pain_warning_signs";
    let week = |w: &str| format!(r#", "pregnancy_weeks": {w}"#);

    for w in ["10", "13", r#""unknown""#] {
        let t = triage(&week(w), 5, "");
        assert_eq!(t.disposition, Disposition::Urgent, "weeks {w}");
        assert!(fired(&t, ectopic), "weeks {w}");
    }
    for w in ["14", "28"] {
        let t = triage(&week(w), 5, "");
        assert!(!fired(&t, ectopic), "weeks {w}");
        assert!(fired(&t, "pregnancy_pelvic_pain"), "weeks {w}");
        assert_eq!(t.disposition, Disposition::SeeClinician, "weeks {w}");
    }
    // Weeks not given: the early-pregnancy rule may still fire, so the outcome is not complete
    // and the weeks are among the open questions.
    let t = triage("", 5, "");
    assert!(!t.complete);
    assert!(
        t.unanswered
            .iter()
            .any(|f| f.as_str() == "pregnancy_under_14_weeks"),
        "{:?}",
        t.unanswered
    );
    // Warning signs, at 28 weeks.
    assert!(!fired(&triage(&week("28"), 7, ""), warning));
    for (severity, more) in [
        (8, ""),
        (5, r#", "findings": {"urinary_symptoms": "yes"}"#),
        (5, r#", "findings": {"vomiting": "yes"}"#),
        (5, r#", "onset": "sudden""#),
    ] {
        let t = triage(&week("28"), severity, more);
        assert_eq!(t.disposition, Disposition::Urgent, "{severity} {more}");
        assert!(fired(&t, warning), "{severity} {more}");
    }
    // A swollen leg in pregnancy or after birth.
    let t = triage(
        &week("28"),
        5,
        r#", "findings": {"leg_swollen_one_side": "yes"}"#,
    );
    assert_eq!(t.disposition, Disposition::Urgent);
    assert!(fired(&t, "pregnancy_leg_clot"));
    let json = r#"{"age": 30, "sex": "female", "pregnancy": "postpartum", "pain_locations": ["thigh"], "findings": {"leg_swollen_one_side": "yes"}}"#;
    let t = catalog
        .triage(&Assessment::from_json(json).unwrap())
        .unwrap();
    assert!(fired(&t, "pregnancy_leg_clot"));
    assert!(t.disposition >= Disposition::Urgent);
    // Belly pain stays urgent at any stage.
    let json = r#"{"age": 30, "sex": "female", "pregnancy": "pregnant", "pregnancy_weeks": 22, "pain_locations": ["lower_belly"], "severity": 5}"#;
    let t = catalog
        .triage(&Assessment::from_json(json).unwrap())
        .unwrap();
    assert!(t.disposition >= Disposition::Urgent);
    assert!(fired(&t, "pregnancy_belly_pain"));
}

#[test]
fn implications_without_cycles_or_dangling_links() {
    let cycle = with_findings(&format!(
        "\n[[finding]]\nid = \"app_a\"\nkind = \"symptom\"\nsource = \"direct\"\nimplies = [\"app_b\"]\n{GOV}\
         \n[[finding]]\nid = \"app_b\"\nkind = \"symptom\"\nsource = \"direct\"\nimplies = [\"app_a\"]\n{GOV}"
    ));
    let p = problems(&cycle);
    assert!(p.iter().any(|x| matches!(x, ContentProblem::InvalidValue { field: "implies", message, .. } if message.contains("cycle"))), "{p:#?}");
    let dangling = with_findings(&format!(
        "\n[[finding]]\nid = \"app_a\"\nkind = \"symptom\"\nsource = \"direct\"\nimplies = [\"app_nowhere\"]\n{GOV}"
    ));
    assert!(problems(&dangling).iter().any(
        |x| matches!(x, ContentProblem::DanglingLink { target, .. } if target == "app_nowhere")
    ));
    let bad_level = with_findings(&format!(
        "\n[[finding]]\nid = \"app_level\"\nkind = \"symptom\"\nsource = \"level\"\nof = \"saddle_numbness\"\nfrom = \"new\"\n{GOV}"
    ));
    assert!(problems(&bad_level).iter().any(
        |x| matches!(x, ContentProblem::DanglingLink { target, .. } if target == "saddle_numbness")
    ));
    let bad_test = with_findings(&format!(
        "\n[[finding]]\nid = \"app_age\"\nkind = \"demographic\"\nsource = \"derived\"\ninput = \"age\"\nis = [\"old\"]\n{GOV}"
    ));
    assert!(invalid(&problems(&bad_test), "app_age", "input"));
    // Only a finding a person answers can be implied: not one derived from a field, nor a
    // level of an ordinal finding (their answers set them).
    for parent in ["age_50_or_over", "symptoms_both_legs_new"] {
        let p = problems(&with_findings(&format!(
            "\n[[finding]]\nid = \"app_i\"\nkind = \"symptom\"\nsource = \"direct\"\nimplies = [\"{parent}\"]\n{GOV}"
        )));
        assert!(
            p.iter().any(
                |x| matches!(x, ContentProblem::InvalidValue { item, field: "implies", message, .. }
                if item == "app_i" && message.contains(parent))
            ),
            "{parent}: {p:#?}"
        );
    }
}

/// A derived finding whose test no value of its field can pass would never be present: it is
/// refused, whether a range is empty or a list of choices is.
#[test]
fn a_derived_test_no_value_can_pass_is_refused() {
    for (input, test) in [
        ("age", "between = [50, 10]"),
        ("age", "above = 120"),
        ("sex", "is = []"),
        ("pain_locations", "has = []"),
    ] {
        let p = problems(&with_findings(&format!(
            "\n[[finding]]\nid = \"app_never\"\nkind = \"demographic\"\nsource = \"derived\"\n\
             input = \"{input}\"\n{test}\n{GOV}"
        )));
        assert!(
            p.iter().any(
                |x| matches!(x, ContentProblem::InvalidValue { item, field: "input", message, .. }
                if item == "app_never" && message.contains("accepts no value"))
            ),
            "{input} {test}: {p:#?}"
        );
    }
}

#[test]
fn an_implied_finding_answered_no_is_a_contradiction() {
    let mut pack = with_findings(&format!(
        "\n[[finding]]\nid = \"app_child\"\nkind = \"symptom\"\nsource = \"direct\"\nimplies = [\"numbness_or_tingling\"]\n{GOV}"
    ));
    pack.add_ftl(
        "en",
        "app.ftl",
        "finding-app-child = child\n    .absent = no child\n    .question = Child?\n",
    );
    pack.add_ftl(
        "fr",
        "app.ftl",
        "finding-app-child = enfant\n    .absent = pas d’enfant\n    .question = Enfant\u{a0}?\n",
    );
    let catalog = Catalog::from_pack(&pack).unwrap();
    let yes_child = r#"{"findings": {"app_child": "yes"}}"#;
    let ev = catalog
        .evidence(&Assessment::from_json(yes_child).unwrap())
        .unwrap();
    assert_eq!(ev.get("numbness_or_tingling".parse().unwrap()), Answer::Yes);
    // Reported once, at the finding answered no, with the answer that implies it.
    let clash = r#"{"findings": {"app_child": "yes", "numbness_or_tingling": "no"}}"#;
    let err = catalog
        .evidence(&Assessment::from_json(clash).unwrap())
        .unwrap_err();
    assert_eq!(
        err.problems(),
        [lowback::InputProblem::Implied {
            finding: "numbness_or_tingling".parse().unwrap(),
            by: "app_child".parse().unwrap(),
        }]
    );
    let no_parent = r#"{"findings": {"numbness_or_tingling": "no"}}"#;
    let ev = catalog
        .evidence(&Assessment::from_json(no_parent).unwrap())
        .unwrap();
    assert_eq!(ev.get("app_child".parse().unwrap()), Answer::No);
}

#[test]
fn rules_that_can_never_fire_are_refused() {
    let p = problems(&with_rules(&format!(
        "\n[[rule]]\nid = \"app_too_many\"\nkind = \"referral\"\ndisposition = \"see_clinician\"\n\
         any = [\"limp\", \"fever_or_chills\"]\nmin_any = 3\n{GOV}\
         \n[[rule]]\nid = \"app_score\"\nkind = \"referral\"\ndisposition = \"see_clinician\"\n\
         score = {{ limp = 1, fever_or_chills = 2 }}\nat_least = 4\n{GOV}\
         \n[[rule]]\nid = \"app_exclusive\"\nkind = \"referral\"\ndisposition = \"see_clinician\"\n\
         all = [\"age_under_16\", \"age_70_or_over\"]\n{GOV}"
    )));
    assert!(invalid(&p, "app_too_many", "groups"), "{p:#?}");
    assert!(invalid(&p, "app_score", "at_least"));
    assert!(invalid(&p, "app_exclusive", "all"));
}

#[test]
fn escalating_rules_stay_monotone() {
    // "Getting better" is switched off by a worse answer: an escalating rule cannot use it.
    let p = problems(&with_rules(&format!(
        "\n[[rule]]\nid = \"app_better\"\nkind = \"referral\"\ndisposition = \"see_clinician\"\n\
         all = [\"getting_better\", \"limp\"]\n{GOV}\
         \n[[rule]]\nid = \"app_red_low\"\nkind = \"red_flag\"\nred_flag = \"cauda_equina\"\ndisposition = \"see_clinician\"\n\
         all = [\"limp\"]\n{GOV}\
         \n[[rule]]\nid = \"app_advice_level\"\nkind = \"advice\"\ndisposition = \"urgent\"\n\
         all = [\"limp\"]\nwithhold = [\"nowhere_tag\"]\n{GOV}"
    )));
    assert!(invalid(&p, "app_better", "all"), "{p:#?}");
    assert!(invalid(&p, "app_red_low", "disposition"));
    assert!(invalid(&p, "app_advice_level", "disposition"));
    assert!(p.iter().any(
        |x| matches!(x, ContentProblem::DanglingLink { target, .. } if target == "nowhere_tag")
    ));
}

#[test]
fn advice_rules_withhold_and_caution() {
    let mut pack = with_rules(&format!(
        "\n[[rule]]\nid = \"app_no_glute_stretch\"\nkind = \"advice\"\nall = [\"muscle_spasm\"]\n\
         withhold = [\"glute_stretch\"]\ncautions = [\"app_gentle\"]\n{GOV}"
    ));
    pack.add_ftl(
        "en",
        "app.ftl",
        "rule-app-no-glute-stretch = Not now.\ncaution-app-gentle = Go gently.\n",
    );
    pack.add_ftl(
        "fr",
        "app.ftl",
        "rule-app-no-glute-stretch = Pas maintenant.\ncaution-app-gentle = Allez-y doucement.\n",
    );
    let catalog = Catalog::from_pack(&pack).unwrap();
    let json = r#"{"age": 30, "onset": "after_lifting", "pain_locations": ["lower_back", "buttock"],
        "findings": {"muscle_spasm": "yes"}}"#;
    let t = catalog
        .triage(&Assessment::from_json(json).unwrap())
        .unwrap();
    assert!(
        t.fired
            .iter()
            .any(|r| r.rule.as_str() == "app_no_glute_stretch")
    );
    assert!(!t.exercises.iter().any(|x| x.as_str() == "glute_stretch"));
    assert_eq!(
        t.cautions.iter().map(|c| c.as_str()).collect::<Vec<_>>(),
        ["app_gentle"]
    );
    assert!(t.withheld.iter().any(|w| w.as_str() == "glute_stretch"));
}

#[test]
fn tips_are_advice_that_rules_and_contraindications_hold_back() {
    // The builtin tips are written for adults (NICE NG59 covers people over 16): a child gets
    // none, an adult gets them all, and while the age is not known they wait for it, as the
    // exercises do.
    // The tips a catalog gives for `json`, an outcome that gives advice.
    fn tips_of(c: &Catalog, json: &str) -> Vec<String> {
        let t = c.triage(&Assessment::from_json(json).unwrap()).unwrap();
        assert!(
            t.disposition <= lowback::Disposition::SeeClinician,
            "{json}"
        );
        t.tips.iter().map(|x| x.as_str().to_owned()).collect()
    }
    let c = Catalog::builtin();
    let tips = |json: &str| tips_of(c, json);
    let body = r#""onset": "after_lifting", "pain_locations": ["lower_back"], "findings": {"muscle_spasm": "yes"}"#;
    let adult = tips(&format!("{{\"age\": 35, {body}}}"));
    assert_eq!(adult.len(), c.tips().len(), "{adult:?}");
    assert!(tips(&format!("{{\"age\": 12, {body}}}")).is_empty());
    assert!(tips(&format!("{{{body}}}")).is_empty());

    // An app's tip with a contraindication, and a rule that withholds a tip by its id.
    let mut pack = with_rules(&format!(
        "\n[[rule]]\nid = \"app_no_log_roll\"\nkind = \"advice\"\nall = [\"muscle_spasm\"]\n\
         withhold = [\"log_roll\"]\n{GOV}"
    ));
    pack.append_data(
        "care.toml",
        &format!(
            "\n[[tip]]\nid = \"app_stairs\"\ncontraindications = [\"unable_to_bear_weight\"]\n{GOV}"
        ),
    );
    for (lang, rule, tip) in [
        ("en", "Not now.", "Take the stairs one at a time."),
        ("fr", "Pas maintenant.", "Montez les marches une à une."),
    ] {
        pack.add_ftl(
            lang,
            "app.ftl",
            &format!(
                "rule-app-no-log-roll = {rule}\ntip-app-stairs = {tip}\n    .detail = {tip}\n"
            ),
        );
    }
    let app = Catalog::from_pack(&pack).unwrap();
    let tips = |findings: &str| {
        let json = format!(
            r#"{{"age": 35, "onset": "after_lifting", "pain_locations": ["lower_back"], "findings": {{{findings}}}}}"#
        );
        tips_of(&app, &json)
    };
    let plain = tips(r#""muscle_spasm": "no", "unable_to_bear_weight": "no""#);
    assert!(plain.contains(&"log_roll".to_owned()) && plain.contains(&"app_stairs".to_owned()));
    let spasm = tips(r#""muscle_spasm": "yes", "unable_to_bear_weight": "no""#);
    assert!(!spasm.contains(&"log_roll".to_owned()) && spasm.contains(&"app_stairs".to_owned()));
    let no_weight = tips(r#""muscle_spasm": "no", "unable_to_bear_weight": "yes""#);
    assert!(
        !no_weight.contains(&"app_stairs".to_owned()),
        "{no_weight:?}"
    );
}

/// Exercises, care options and tips share one set of positions (what a triage withholds is one
/// set): a pack with more than 512 of them in all is refused, with the count.
#[test]
fn more_than_512_items_of_advice_are_refused() {
    let c = Catalog::builtin();
    let builtin = c.exercises().len() + c.care_options().len() + c.tips().len();
    let mut tips = String::new();
    for i in 0..=(512 - builtin) {
        tips.push_str(&format!("\n[[tip]]\nid = \"app_tip_{i}\"\n{GOV}"));
    }
    let mut pack = ContentPack::builtin();
    pack.append_data("care.toml", &tips);
    let p = problems(&pack);
    assert!(
        p.iter()
            .any(|x| matches!(x, ContentProblem::InvalidValue { message, .. }
            if message.starts_with("513 items of advice"))),
        "{:?}",
        p.iter().take(3).collect::<Vec<_>>()
    );
}

#[test]
fn a_caution_about_withheld_advice_is_set_aside() {
    // From 65, "ask a pharmacist before taking an anti-inflammatory" (advice_nsaid_age_65) is
    // set aside when another rule already leaves anti-inflammatories out: the report said both.
    let c = Catalog::builtin();
    let triage = |kidney: &str| {
        let json = format!(
            r#"{{"age": 70, "pain_locations": ["lower_back"], "findings": {{"kidney_disease": "{kidney}"}}}}"#
        );
        c.triage(&Assessment::from_json(&json).unwrap()).unwrap()
    };
    let fired = |t: &lowback::Triage, id: &str| t.fired.iter().any(|r| r.rule.as_str() == id);
    let cautions = |t: &lowback::Triage| {
        t.cautions
            .iter()
            .map(|c| c.as_str().to_owned())
            .collect::<Vec<_>>()
    };
    let alone = triage("no");
    assert!(fired(&alone, "advice_nsaid_age_65"));
    assert!(cautions(&alone).contains(&"nsaids_over_65".to_owned()));
    let both = triage("yes");
    assert!(fired(&both, "advice_nsaid_health_risk"));
    assert!(!fired(&both, "advice_nsaid_age_65"));
    assert_eq!(cautions(&both), ["nsaids_health_risk"]);
    assert!(both.withheld.iter().any(|w| w.as_str() == "nsaids"));
    // Its reference is cited only when it is not set aside (Beers 2023 is cited by no other rule).
    let beers = |t: &lowback::Triage| t.references.iter().any(|r| r.as_str() == "ags_beers_2023");
    assert!(beers(&alone));
    assert!(!beers(&both));
    let loc = Localizer::builtin();
    for tag in ["en", "fr"] {
        let locale = loc.negotiate(tag).unwrap();
        let text = Report::new(c, loc, &locale, &both).unwrap().to_text();
        let age = loc
            .message(&locale, "rule-advice-nsaid-age-65", None, &[])
            .unwrap();
        assert!(!text.contains(&age), "{tag}: {text}");
    }

    // Only an advice rule that adds cautions and withholds nothing can be set aside, and only by
    // advice tags.
    let rule = |body: &str| {
        problems(&with_rules(&format!(
            "\n[[rule]]\nid = \"app_aside\"\n{body}\n{GOV}"
        )))
    };
    let p = rule(
        "kind = \"referral\"\ndisposition = \"see_clinician\"\nall = [\"muscle_spasm\"]\nunless_withheld = [\"nsaids\"]",
    );
    assert!(invalid(&p, "app_aside", "unless_withheld"), "{p:?}");
    let p = rule(
        "kind = \"advice\"\nall = [\"muscle_spasm\"]\nwithhold = [\"glute_stretch\"]\ncautions = [\"nsaids_over_65\"]\nunless_withheld = [\"nsaids\"]",
    );
    assert!(invalid(&p, "app_aside", "unless_withheld"), "{p:?}");
    let p = rule(
        "kind = \"advice\"\nall = [\"muscle_spasm\"]\ncautions = [\"nsaids_over_65\"]\nunless_withheld = [\"nsaidz\"]",
    );
    assert!(
        p.iter().any(
            |x| matches!(x, ContentProblem::DanglingLink { target, .. } if target == "nsaidz")
        ),
        "{p:?}"
    );
}

#[test]
fn a_draft_claims_no_review() {
    let p = problems(&with_rules(
        "\n[[rule]]\nid = \"app_claims\"\nkind = \"referral\"\ndisposition = \"see_clinician\"\nall = [\"limp\"]\n\
         references = [\"nice_ng59\"]\nstatus = \"draft\"\nupdated = \"2026-11-29\"\nreviewed = \"2026-11-29\"\n\
         \n[[rule]]\nid = \"app_no_role\"\nkind = \"referral\"\ndisposition = \"see_clinician\"\nall = [\"limp\"]\n\
         references = [\"nice_ng59\"]\nstatus = \"reviewed\"\nupdated = \"2026-11-29\"\nreviewed = \"2026-11-29\"\n",
    ));
    assert!(invalid(&p, "app_claims", "status"));
    assert!(invalid(&p, "app_no_role", "status"));
    // And the builtin content is honest: every item is a draft.
    let c = Catalog::builtin();
    assert!(
        c.rules()
            .iter()
            .all(|r| r.provenance.status == ReviewStatus::Draft)
    );
    assert!(
        c.findings()
            .iter()
            .all(|f| f.provenance.status == ReviewStatus::Draft)
    );
}

#[test]
fn content_version_names_the_pack_and_its_data() {
    let c = Catalog::builtin();
    let v = c.content_version();
    assert!(
        v.starts_with("0.2.0+") && v.len() == "0.2.0+".len() + 16,
        "{v}"
    );
    let a = Assessment::from_json(r#"{"age": 30}"#).unwrap();
    assert_eq!(&*c.triage(&a).unwrap().content_version, v);
    let mut pack = ContentPack::builtin();
    pack.append_data("facts.toml", "\n# a comment changes the data\n");
    assert_ne!(Catalog::from_pack(&pack).unwrap().content_version(), v);
}

#[test]
fn the_vocabulary_has_room_for_512_findings_and_refuses_more() {
    let mut extra = String::new();
    let n = lowback::MAX_FINDINGS + 1 - Catalog::builtin().findings().len();
    for i in 0..n {
        extra.push_str(&format!(
            "\n[[finding]]\nid = \"app_f{i}\"\nkind = \"symptom\"\nsource = \"direct\"\n{GOV}"
        ));
    }
    let p = problems(&with_findings(&extra));
    assert!(p.iter().any(|x| matches!(x, ContentProblem::InvalidValue { message, .. } if message.contains("at most 512"))));
}

/// A spinal infection without fever (IFOMPT 2020, IDSA 2015, Michigan Medicine 2018): a risk
/// factor with constant, night or worsening spinal pain is urgent, and with new nerve signs an
/// emergency; without a risk factor the same pain raises no infection flag. Back pain with
/// urinary symptoms is urgent (possible kidney infection, NHS UTI advice).
#[test]
fn spinal_infection_and_urinary_symptoms_without_fever() {
    let catalog = Catalog::builtin();
    let triage = |findings: &str| {
        let json = format!(
            r#"{{"age": 50, "sex": "male", "pain_locations": ["lower_back"], "trauma": "none", "findings": {{"fever_or_chills": "no"{findings}}}}}"#
        );
        catalog
            .triage(&Assessment::from_json(&json).unwrap())
            .unwrap()
    };
    let flagged = |t: &lowback::Triage, flag: &str| {
        t.fired
            .iter()
            .any(|f| f.red_flag.is_some_and(|r| r.as_str() == flag))
    };
    let risk = r#", "immunosuppression_or_injected_drugs": "yes""#;
    let night = r#", "night_pain_unrelieved": "yes""#;
    let t = triage(&format!("{risk}{night}"));
    assert_eq!(t.disposition, Disposition::Urgent);
    assert!(flagged(&t, "spinal_infection"));
    let t = triage(&format!(r#"{risk}{night}, "foot_drop_new": "yes""#));
    assert_eq!(t.disposition, Disposition::Emergency);
    assert!(
        t.fired
            .iter()
            .any(|f| f.rule.as_str() == "infection_risk_with_new_nerve_signs")
    );
    let procedure =
        r#", "recent_spinal_procedure_or_infection": "yes", "difficulty_walking": "yes""#;
    assert_eq!(triage(procedure).disposition, Disposition::Emergency);
    // The same pain without a risk factor: no infection flag.
    let t = triage(&format!(
        r#"{night}, "immunosuppression_or_injected_drugs": "no", "recent_spinal_procedure_or_infection": "no""#
    ));
    assert!(!flagged(&t, "spinal_infection"), "{:?}", t.fired);
    // Urinary symptoms with back pain.
    let t = triage(r#", "urinary_symptoms": "yes""#);
    assert!(t.disposition >= Disposition::Urgent);
    assert!(flagged(&t, "kidney_problem"));
}

/// Worsening pain in a replaced hip: urgent in the first 3 years (delayed, low-grade infection;
/// Otto-Lambertz 2017) or when the years are not known, and when the pain is new (under 3 weeks);
/// otherwise a review within days; night pain is urgent at any time.
#[test]
fn worsening_pain_in_a_replaced_hip_depends_on_the_years_since() {
    let catalog = Catalog::builtin();
    let triage = |years: &str, more: &str| {
        let json = format!(
            r#"{{"age": 70, "pain_locations": ["groin"], "trend": "worse", "duration_days": 60, "hip_replacement": "one_side"{years}, "findings": {{"fever_or_chills": "no"{more}}}}}"#
        );
        catalog
            .triage(&Assessment::from_json(&json).unwrap())
            .unwrap()
    };
    let fired = |t: &lowback::Triage, rule: &str| t.fired.iter().any(|f| f.rule.as_str() == rule);
    let years = |y: &str| format!(r#", "hip_replacement_years": {y}"#);
    for y in ["0", "2", r#""unknown""#] {
        let t = triage(&years(y), "");
        assert!(fired(&t, "thr_pain_worse_first_3_years"), "years {y}");
        assert_eq!(t.disposition, Disposition::Urgent, "years {y}");
    }
    for y in ["3", "11"] {
        let t = triage(&years(y), "");
        assert!(!fired(&t, "thr_pain_worse_first_3_years"), "years {y}");
        assert_eq!(t.disposition, Disposition::SeeClinician, "years {y}");
        assert!(fired(&t, "thr_pain_worse"), "years {y}");
        let t = triage(&years(y), r#", "night_pain_unrelieved": "yes""#);
        assert!(fired(&t, "thr_night_pain"), "years {y}");
        assert_eq!(t.disposition, Disposition::Urgent, "years {y}");
    }
    // Years not given: the early rule may still fire, so the outcome is not complete.
    let t = triage("", "");
    assert!(!t.complete);
    assert!(
        t.unanswered
            .iter()
            .any(|f| f.as_str() == "hip_replacement_under_3_years")
    );
    // New pain that is getting worse, years after the operation: urgent.
    let json = r#"{"age": 70, "pain_locations": ["groin"], "trend": "worse", "duration_days": 10, "hip_replacement": "one_side", "hip_replacement_years": 11, "findings": {"fever_or_chills": "no"}}"#;
    let t = catalog
        .triage(&Assessment::from_json(json).unwrap())
        .unwrap();
    assert!(fired(&t, "thr_new_pain_worse"));
    assert_eq!(t.disposition, Disposition::Urgent);
}
