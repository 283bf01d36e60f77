//! Markdown (F3), read with pulldown-cmark (CommonMark, with tables and YAML front matter).
//!
//! The reading keeps every byte where it is: markup (`#`, `**`, link targets, table pipes,
//! fences) is blanked to spaces, table pipes between cells become TABs, and what the reader
//! of the rendered page sees stays. Offsets, lines and columns are therefore those of the
//! file itself, and everything after the reader works on plain lines with a hint per line.
//! pulldown-cmark is chosen over comrak because its offset iterator gives the byte range of
//! every event directly, it has no C dependency, and it is a few small crates.

use super::{LineKind, Reading};
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// Reads a Markdown text.
pub fn read(text: &str) -> Reading {
    let line_starts = crate::source::line_starts(text);
    let line_of = |off: usize| line_starts.partition_point(|&s| s <= off).saturating_sub(1);
    let mut keep = vec![false; text.len()];
    let mut tabs: Vec<usize> = Vec::new();
    let mut kinds = vec![LineKind::Plain; line_starts.len()];
    let mut fixed = vec![false; line_starts.len()];
    // Ordered lists open: (counter of the next item, whether every marker so far was the same).
    let mut lists: Vec<Option<u64>> = Vec::new();
    let mut image_depth = 0usize;
    let mut row_start: Option<usize> = None;
    let mut cells: Vec<std::ops::Range<usize>> = Vec::new();
    let opts = Options::ENABLE_TABLES
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS;
    let mut set = |kinds: &mut Vec<LineKind>, line: usize, kind: LineKind| {
        if let Some(k) = kinds.get_mut(line) {
            if !fixed[line] {
                *k = kind;
                fixed[line] = true;
            }
        }
    };
    for (event, range) in Parser::new_ext(text, opts).into_offset_iter() {
        match event {
            Event::Text(_) | Event::Code(_) if image_depth == 0 => {
                keep[range.clone()].iter_mut().for_each(|k| *k = true);
            }
            Event::Start(Tag::Image { .. }) => image_depth += 1,
            Event::End(TagEnd::Image) => image_depth = image_depth.saturating_sub(1),
            Event::Start(Tag::Heading { level, .. }) => {
                let first = line_of(range.start);
                set(&mut kinds, first, LineKind::Heading(level as u8));
                // A setext heading's underline is markup.
                for l in first + 1..=line_of(range.end.saturating_sub(1)) {
                    set(&mut kinds, l, LineKind::Markup);
                }
            }
            Event::Start(Tag::List(start)) => lists.push(start),
            Event::End(TagEnd::List(_)) => {
                lists.pop();
            }
            Event::Start(Tag::Item) => {
                let depth = lists.len().min(u8::MAX as usize) as u8;
                let number = match lists.last_mut() {
                    Some(Some(n)) => {
                        let shown = *n;
                        *n += 1;
                        Some(shown)
                    }
                    _ => None,
                };
                // Keep the visible marker (`-`, `*`, `3.`), so the line reads as it renders.
                let bytes = text.as_bytes();
                let mut i = range.start;
                while i < range.end && matches!(bytes[i], b' ' | b'\t') {
                    i += 1;
                }
                while i < range.end && !matches!(bytes[i], b' ' | b'\t' | b'\n' | b'\r') {
                    keep[i] = true;
                    i += 1;
                }
                set(
                    &mut kinds,
                    line_of(range.start),
                    LineKind::ListItem { number, depth },
                );
            }
            Event::Start(Tag::TableHead) | Event::Start(Tag::TableRow) => {
                row_start = Some(range.start);
                cells.clear();
                let head = matches!(event, Event::Start(Tag::TableHead));
                set(
                    &mut kinds,
                    line_of(range.start),
                    LineKind::TableRow { head },
                );
            }
            Event::Start(Tag::TableCell) => cells.push(range.clone()),
            Event::End(TagEnd::TableHead) | Event::End(TagEnd::TableRow) => {
                if let Some(s) = row_start.take() {
                    // Pipes between cells become TABs, so a row reads `Datum<TAB>14 maart`.
                    let mut prev_end: Option<usize> = None;
                    for c in &cells {
                        if let Some(pe) = prev_end {
                            if let Some(p) = text[pe..c.start].find('|') {
                                tabs.push(pe + p);
                            }
                        }
                        prev_end = Some(c.end);
                    }
                    let _ = s;
                }
            }
            Event::Start(Tag::MetadataBlock(_)) => {
                let first = line_of(range.start);
                let last = line_of(range.end.saturating_sub(1));
                set(&mut kinds, first, LineKind::Markup);
                for l in first + 1..last {
                    set(&mut kinds, l, LineKind::FrontMatter);
                }
                set(&mut kinds, last, LineKind::Markup);
            }
            Event::Start(Tag::CodeBlock(_)) => {
                for l in line_of(range.start)..=line_of(range.end.saturating_sub(1)) {
                    set(&mut kinds, l, LineKind::Code);
                }
            }
            Event::Rule => {
                set(&mut kinds, line_of(range.start), LineKind::Markup);
            }
            _ => {}
        }
    }
    let mut out = text.as_bytes().to_vec();
    for (i, b) in out.iter_mut().enumerate() {
        if !keep[i] && !matches!(*b, b'\n' | b'\r' | b'\t' | b' ') {
            *b = b' ';
        }
    }
    for t in tabs {
        out[t] = b'\t';
    }
    // Only ASCII bytes were written, each over a whole masked character: still UTF-8.
    let reading = String::from_utf8(out).unwrap_or_else(|_| text.to_string());
    // A line that had text and lost it all (a table's `|---|`, a fence, an HTML tag) is markup,
    // not a paragraph break.
    for (l, &s) in line_starts.iter().enumerate() {
        let e = line_starts.get(l + 1).copied().unwrap_or(text.len());
        if !text[s..e].trim().is_empty() && reading[s..e].trim().is_empty() {
            kinds[l] = LineKind::Markup;
        }
    }
    Reading {
        text: reading,
        kinds,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_is_blanked_in_place() {
        let md = "---\ntitle: Notulen ALV\n---\n\n# Notulen **ALV** 2024\n\n| Datum | 14 maart 2024 |\n|---|---|\n\nZie [het verslag](https://example.org/x).\n\n1. Opening\n1. Sluiting\n";
        let r = read(md);
        assert_eq!(r.text.len(), md.len());
        let lines: Vec<&str> = r.text.lines().collect();
        assert_eq!(lines[1], "title: Notulen ALV");
        assert_eq!(lines[4].trim(), "Notulen   ALV   2024");
        assert_eq!(lines[6].trim(), "Datum \t 14 maart 2024");
        assert_eq!(
            lines[9].trim_end(),
            "Zie  het verslag                        ."
        );
        assert_eq!(lines[11], "1. Opening");
        assert_eq!(r.kinds[0], LineKind::Markup);
        assert_eq!(r.kinds[1], LineKind::FrontMatter);
        assert_eq!(r.kinds[4], LineKind::Heading(1));
        assert_eq!(r.kinds[6], LineKind::TableRow { head: true });
        assert_eq!(r.kinds[7], LineKind::Markup);
        assert_eq!(
            r.kinds[12],
            LineKind::ListItem {
                number: Some(2),
                depth: 1
            }
        );
    }
}
