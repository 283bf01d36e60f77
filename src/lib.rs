//! notulint: a consistency checker for the minutes of Dutch governance meetings.
//!
//! `check` runs every enabled rule over one document; the command line and the tests share it.

// pest without its `std` feature (no stack probe on every rule: the grammar does not
// recurse) generates code that names `alloc`.
extern crate alloc;
pub mod app;
pub mod baseline;
pub mod cli;
pub mod config;
pub mod finding;
pub mod fix;
pub mod input;
pub mod messages;
pub mod model;
pub mod nl;
pub mod parse;
pub mod paths;
pub mod people;
pub mod report;
pub mod rules;
pub mod source;
pub mod structure;
pub mod suppress;

pub use config::Config;
pub use finding::{Finding, Severity};
pub use messages::{Lang, Message};
pub use source::Source;

/// Checks one document with every rule the configuration enables.
/// Findings come sorted by position, then rule name.
pub fn check(source: &Source, config: &Config) -> Vec<Finding> {
    check_with(source, config, rules::all())
}

/// What notulint understood of a document (`notulint outline`), in English.
pub fn outline(source: &Source, config: &Config) -> String {
    outline_in(source, config, messages::Lang::En)
}

/// What notulint understood of a document, its labels in a language.
pub fn outline_in(source: &Source, config: &Config, lang: messages::Lang) -> String {
    let reading = source.reading();
    let doc = document(source, &reading);
    let cx = rules::Context::new(&doc, &reading.text, config);
    report::outline::render(source, &doc, &cx, lang)
}

/// The document's structure, with the date its file name gives.
fn document(source: &Source, reading: &input::Reading) -> model::Document {
    let mut doc = structure::parse_reading(reading);
    doc.file_date = source
        .path
        .file_stem()
        .and_then(|s| s.to_str())
        .and_then(nl::dates::date_in_name);
    doc
}

/// Checks one document with the given rules only (used by per-rule tests).
pub fn check_with(source: &Source, config: &Config, rules: &[&dyn rules::Rule]) -> Vec<Finding> {
    let reading = source.reading();
    let doc = document(source, &reading);
    let mut cx = rules::Context::new(&doc, &reading.text, config);
    cx.reader_notes = reader_notes(source);
    let mut out = Vec::new();
    for rule in rules {
        let Some(severity) = rules::severity(config, *rule) else {
            continue;
        };
        let start = out.len();
        rule.check(&doc, &cx, &mut out);
        for f in &mut out[start..] {
            f.severity = f.cap.map_or(severity, |cap| cap.min(severity));
        }
    }
    out.sort_by(|a, b| {
        (a.span.start(), a.rule, a.span.end()).cmp(&(b.span.start(), b.rule, b.span.end()))
    });
    out.dedup_by(|a, b| a.rule == b.rule && a.span == b.span && a.message == b.message);
    // A file that was not UTF-8, or ended lines with a lone CR, is read anyway; say so once.
    if source.encoding != input::decode::Encoding::Utf8 || source.cr_line_ends {
        let how = match (source.encoding, source.cr_line_ends) {
            (e, true) if e != input::decode::Encoding::Utf8 => {
                msg!("encoding.lone-cr-and", encoding = e.name())
            }
            (_, true) => msg!("encoding.lone-cr"),
            (e, false) => msg!("encoding.not-utf8", encoding = e.name()),
        };
        out.insert(
            0,
            Finding {
                rule: input::decode::ENCODING_NOTE,
                severity: Severity::Info,
                message: how,
                span: model::Span::new(0, 0),
                related: Vec::new(),
                help: Some(msg!("encoding.help")),
                label: Some(msg!("label.here")),
                cap: None,
                subject: None,
            },
        );
    }
    // The reading blanks markup byte by byte; keep every span on a character of the file.
    for f in &mut out {
        f.span = f.span.snap(&source.text);
        for l in &mut f.related {
            l.span = l.span.snap(&source.text);
        }
    }
    out
}

/// The reader's notes about a document (tracked changes not accepted), on their lines.
fn reader_notes(source: &Source) -> Vec<rules::ReaderNote> {
    source
        .notes()
        .iter()
        .map(|n| {
            let (range, _) = source.line_bounds(n.line);
            rules::ReaderNote {
                span: model::Span::new(range.start, range.end),
                message: n.message.clone(),
                help: n.help.clone(),
            }
        })
        .collect()
}
