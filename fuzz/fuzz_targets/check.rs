//! Fuzz target: arbitrary bytes through decoding, parsing and `check` with every rule, and
//! the findings through every output format, the human report included.
//!
//! Run with `RUSTC_BOOTSTRAP=1 cargo fuzz run check` from the repository root.
#![no_main]

use libfuzzer_sys::fuzz_target;
use notulint::report::{concise, github, gitlab, human, json, junit, sarif, FileReport};
use notulint::{check, structure::parse, Config, Source};

fuzz_target!(|data: &[u8]| {
    let Ok(source) = Source::from_bytes("fuzz.txt", data.to_vec()) else {
        return;
    };
    let _ = parse(&source.text);
    // Every rule on, the document public and about to be published, so no rule is skipped.
    let config = Config {
        public: Some(true),
        final_check: true,
        ..Config::default()
    };
    let text = &source.text;
    let findings = check(&source, &config);
    // The human report draws snippets from the text: it must not panic, whatever the
    // column, and what it prints must carry no control character.
    let drawn = human::render_file(&human::handler(false), "fuzz.txt", &source, &findings);
    assert!(
        !drawn
            .chars()
            .any(|c| notulint::report::visible::is_hostile(c)),
        "{drawn}"
    );
    let report = FileReport::checked("fuzz.txt".into(), &source, findings.clone());
    let reports = std::slice::from_ref(&report);
    // The line formats write one line a finding (nothing for a clean document: no line
    // break from the text may split one); the structured ones always write a document.
    for out in [concise::render(reports), github::render(reports, None)] {
        assert_eq!(out.lines().count(), findings.len(), "{out}");
    }
    for out in [
        gitlab::render(reports, None),
        json::render(reports),
        junit::render(reports),
        sarif::render(reports),
    ] {
        assert!(!out.is_empty());
    }
    for f in findings {
        let spans = std::iter::once(&f.span).chain(f.related.iter().map(|l| &l.span));
        for s in spans {
            assert!(s.start() <= s.end() && s.end() <= text.len(), "{f:?}");
            assert!(
                text.is_char_boundary(s.start()) && text.is_char_boundary(s.end()),
                "{f:?}"
            );
            let _ = source.line_col(s.start());
            let _ = source.line_col(s.end());
        }
    }
});
