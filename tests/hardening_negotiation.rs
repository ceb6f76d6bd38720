//! F12 (reliability review 2026-11-29): well-formed BCP 47 tags with extensions were refused.
//! Also the integration review's Accept-Language request (2026-11-29, sections 2a and top 10
//! item 7), region aliases, and F7 for the tag echoed in `LocaleError::Malformed`.

use lowback::{ContentPack, LocaleError, Localizer};

fn chain(loc: &Localizer, tag: &str) -> Vec<String> {
    let l = loc.negotiate(tag).unwrap_or_else(|e| panic!("{tag}: {e}"));
    l.chain().map(str::to_owned).collect()
}

fn accept(loc: &Localizer, header: &str) -> (Vec<String>, bool, String) {
    let l = loc
        .negotiate_accept_language(header)
        .unwrap_or_else(|e| panic!("{header:?}: {e}"));
    (
        l.chain().map(str::to_owned).collect(),
        l.is_fallback(),
        l.requested().to_owned(),
    )
}

#[test]
fn f12_tags_with_extensions_negotiate_like_their_base() {
    let loc = Localizer::builtin();
    assert_eq!(chain(loc, "fr-CA-u-mu-celsius"), chain(loc, "fr-CA"));
    assert_eq!(chain(loc, "fr-CA-u-mu-celsius"), ["fr-CA", "fr", "en"]);
    assert_eq!(chain(loc, "en-US-u-fw-mon"), ["en-US", "en"]);
    assert!(!loc.negotiate("en-US-u-fw-mon").unwrap().is_fallback());
    assert_eq!(chain(loc, "en-u-ca-buddhist-x-private"), ["en"]);
    assert_eq!(chain(loc, "fr-t-en-h0-hybrid"), ["fr", "en"]);
    assert_eq!(chain(loc, "FR_ca_U_MU_CELSIUS"), ["fr-CA", "fr", "en"]);
    let requested = loc.negotiate("fr-CA-u-mu-celsius").unwrap();
    assert_eq!(requested.requested(), "fr-CA-u-mu-celsius");
    // Private use alone: well-formed, no language, English as a fallback.
    let x = loc.negotiate("x-whatever").unwrap();
    assert!(x.is_fallback());
    assert_eq!(x.primary(), "en");
}

#[test]
fn f12_malformed_extensions_are_still_refused() {
    let loc = Localizer::builtin();
    for tag in [
        "fr-CA-u",
        "fr-CA-u-x",
        "fr-CA-x",
        "fr-CA-u-waytoolongsubtag",
        "fr--CA",
        "fr-CA-",
        "-fr",
        "fr CA",
        "fr-CA,fr;q=0.9",
        "i-klingon",
        "",
    ] {
        assert!(
            matches!(loc.negotiate(tag), Err(LocaleError::Malformed { .. })),
            "{tag:?} should be malformed"
        );
    }
    // Bounded: a very long tag is refused without being parsed.
    let long = format!("fr-CA-x-{}", "abcdefgh-".repeat(10_000));
    assert!(loc.negotiate(long.trim_end_matches('-')).is_err());
}

#[test]
fn f12_region_aliases() {
    let loc = Localizer::builtin();
    assert_eq!(chain(loc, "fr-QC"), ["fr-CA", "fr", "en"]);
    assert_eq!(chain(loc, "fr-qc-u-mu-celsius"), ["fr-CA", "fr", "en"]);
    for tag in ["fr", "fr-FR", "fr-BE", "fr-CH", "fr-LU"] {
        // French of Europe never takes a Canadian word.
        assert_eq!(chain(loc, tag), ["fr", "en"], "{tag}");
    }
    assert_eq!(chain(loc, "fr-Latn-CA"), ["fr-CA", "fr", "en"]);
    assert_eq!(chain(loc, "en-CA"), ["en-CA", "en"]);
    assert_eq!(chain(loc, "en-AU"), ["en"]);
    assert!(loc.negotiate("de-DE").unwrap().is_fallback());
}

#[test]
fn f12_an_app_locale_wins_over_an_alias() {
    let loc = Localizer::builder(ContentPack::builtin())
        .add_ftl("fr-BE", "app.ftl", "-gp = médecin généraliste\n")
        .build()
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(chain(&loc, "fr-BE"), ["fr-BE", "fr", "en"]);
    assert_eq!(chain(&loc, "fr-FR"), ["fr", "en"]);
}

#[test]
fn accept_language_picks_the_best_available_language() {
    let loc = Localizer::builtin();
    let (c, fallback, requested) = accept(loc, "fr-CA,fr;q=0.9,en;q=0.8");
    assert_eq!(c, ["fr-CA", "fr", "en"]);
    assert!(!fallback);
    assert_eq!(requested, "fr-CA");
    // Weights decide, not order.
    assert_eq!(
        accept(loc, "en;q=0.2, fr-CA;q=0.9").0,
        ["fr-CA", "fr", "en"]
    );
    // Ties keep the header's order.
    assert_eq!(accept(loc, "fr, en").0, ["fr", "en"]);
    assert_eq!(accept(loc, "en, fr").0, ["en"]);
    // An unavailable language is passed over for the next one.
    assert_eq!(accept(loc, "de-DE,de;q=0.9,fr;q=0.5").0, ["fr", "en"]);
    // Extensions, aliases, case, tabs and other parameters.
    assert_eq!(
        accept(loc, "FR-qc-u-mu-celsius\t;\tQ=1.000;level=1").0,
        ["fr-CA", "fr", "en"]
    );
}

#[test]
fn accept_language_weights_wildcard_and_fallback() {
    let loc = Localizer::builtin();
    // q=0 means "not acceptable".
    assert_eq!(accept(loc, "fr;q=0, en").0, ["en"]);
    // A malformed weight or tag skips the entry.
    assert_eq!(accept(loc, "fr;q=2, en;q=0.5").0, ["en"]);
    assert_eq!(accept(loc, "fr;q=0.5555, en;q=0.5").0, ["en"]);
    assert_eq!(accept(loc, "!!!, fr;q=0.1").0, ["fr", "en"]);
    // `*`: any language, so English, and not a fallback.
    let (c, fallback, requested) = accept(loc, "de, *;q=0.1");
    assert_eq!(
        (c, fallback, requested.as_str()),
        (vec!["en".to_owned()], false, "*")
    );
    // Nothing available: English, marked as a fallback, naming the best request.
    let (c, fallback, requested) = accept(loc, "de;q=0.5, es;q=0.9");
    assert_eq!(
        (c, fallback, requested.as_str()),
        (vec!["en".to_owned()], true, "es")
    );
    let (c, fallback, _) = accept(loc, "fr;q=0");
    assert_eq!((c, fallback), (vec!["en".to_owned()], true));
    // No entry at all.
    for header in ["", " ", ",,,"] {
        assert!(
            matches!(
                loc.negotiate_accept_language(header),
                Err(LocaleError::Malformed { .. })
            ),
            "{header:?}"
        );
    }
    // Entries, none of which can be read: the error says what is wrong with the first, the
    // weight when it is the weight (not "is not a well-formed language tag").
    for (header, problem) in [
        (
            "fr;q=abc",
            r#"the weight "q=abc" of "fr" is not a q from 0 to 1"#,
        ),
        (
            "fr;q=2, en;q=-1",
            r#"the weight "q=2" of "fr" is not a q from 0 to 1"#,
        ),
        ("!!, ??", r#""!!" is not a well-formed BCP 47 language tag"#),
        (
            "fr-CA-u",
            r#""fr-CA-u" is not a well-formed BCP 47 language tag"#,
        ),
    ] {
        let e = loc.negotiate_accept_language(header).unwrap_err();
        let LocaleError::MalformedAcceptLanguage {
            header: h,
            problem: p,
        } = &e
        else {
            panic!("{header:?}: {e:?}")
        };
        assert_eq!(h, header);
        assert!(p.starts_with(problem), "{header:?}: {p}");
        assert_eq!(e.code(), "malformed_accept_language");
    }
}

#[test]
fn accept_language_reads_at_most_32_entries() {
    let loc = Localizer::builtin();
    let header = format!("{}fr", "de,".repeat(32));
    let (c, fallback, _) = accept(loc, &header);
    assert_eq!(
        (c, fallback),
        (vec!["en".to_owned()], true),
        "the 33rd entry is not read"
    );
    let header = format!("{}fr", "de,".repeat(31));
    assert_eq!(accept(loc, &header).0, ["fr", "en"]);
    // Empty entries are not entries: 40 of them before "fr" do not hide it.
    assert_eq!(
        accept(loc, &format!("{}fr", ",".repeat(40))).0,
        ["fr", "en"]
    );
    // A long header costs bounded work: a megabyte of entries after the first 32.
    let header = format!("fr-CA,{}", "xx-YY;q=0.5,".repeat(100_000));
    let t = std::time::Instant::now();
    assert_eq!(accept(loc, &header).0, ["fr-CA", "fr", "en"]);
    assert!(t.elapsed() < std::time::Duration::from_secs(2));
}

#[test]
fn f7_malformed_tags_are_escaped_and_bounded_in_errors() {
    let loc = Localizer::builtin();
    let tag = format!("\u{1b}[2J{}", "x".repeat(1_000));
    let e = loc.negotiate(&tag).unwrap_err();
    let LocaleError::Malformed { tag: shown } = &e else {
        panic!("{e:?}")
    };
    // The field keeps at most 64 characters; the message escapes them.
    assert_eq!(shown.chars().count(), 64, "{shown}");
    let text = e.to_string();
    assert!(text.starts_with("\"\\u{1b}[2Jxxx"), "{text}");
    assert!(!text.chars().any(char::is_control), "{text}");
    let e = loc
        .negotiate_accept_language(&format!("\u{7};q=9,{}", "\n".repeat(100)))
        .unwrap_err();
    assert!(!e.to_string().chars().any(char::is_control), "{e}");
    assert!(e.to_string().chars().count() < 300, "{e}");
}
