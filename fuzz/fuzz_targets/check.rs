//! Fuzz target: arbitrary bytes through decoding, parsing and `check` with every rule.
//!
//! Run with `RUSTC_BOOTSTRAP=1 cargo fuzz run check` from the repository root.
#![no_main]

use libfuzzer_sys::fuzz_target;
use notulint::{check, parse::parse, Config, Source};

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
    for f in check(&source, &config) {
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
