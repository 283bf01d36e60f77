//! A bounded view of a document for the graphical report: only the lines around a finding's
//! spans, long lines cut to a window around each span (with `…` where cut), and control
//! characters made visible.
//!
//! miette reprints whole context lines and counts from the start of the text for every
//! label, and it panics past visual column 65,535. Giving it this view instead keeps each
//! rendered finding small and its cost independent of the document's size, whatever the
//! column. Line numbers, and the byte column in the header, are those of the document.

use super::visible::{is_hostile, push_escape};
use crate::source::Source;
use miette::{MietteError, SourceCode, SourceSpan, SpanContents};
use std::ops::Range;

/// A line up to this many columns is shown whole.
pub const WHOLE_LINE: usize = 256;
/// Columns kept on each side of a span in a line that is cut.
const MARGIN: usize = 40;
/// A span wider than this is shown as its first and last `LABEL_END` columns.
const LABEL_KEEP: usize = 60;
const LABEL_END: usize = 24;
/// Two spans at most this many lines apart share one excerpt; further apart, each gets its own.
const MAX_GAP: usize = 24;
/// A span over more lines than this is shortened to its first line.
const MAX_SPAN_LINES: usize = 8;
/// Columns a tab takes, as the renderer draws it.
const TAB: usize = 4;

/// The mark where a line is cut.
const CUT: char = '…';

/// Consecutive document lines `first_line..` as shown, starting at `base` in the view.
#[derive(Debug)]
struct Group {
    base: usize,
    first_line: usize,
    text: String,
}

/// The view of a document around some spans; a `SourceCode` for miette.
#[derive(Debug)]
pub struct Snippet {
    name: String,
    groups: Vec<Group>,
    /// For each span start in the view: the byte column in the document, for the header.
    columns: Vec<(usize, usize)>,
}

impl Snippet {
    /// Builds the view of `spans` (byte ranges into the source) and returns the spans as
    /// offsets into the view, in the same order.
    pub fn new(name: &str, source: &Source, spans: &[Range<usize>]) -> (Snippet, Vec<SourceSpan>) {
        let text = source.text.as_str();
        let spans: Vec<Range<usize>> = spans.iter().map(|s| clamp(source, s)).collect();
        // The lines each span shows, one line of context on either side.
        let last = source.line_count().saturating_sub(1);
        let mut ranges: Vec<(usize, usize)> = spans
            .iter()
            .map(|s| {
                let l0 = source.line_index(s.start);
                let l1 = source.line_index(s.end.saturating_sub(1).max(s.start));
                (l0.saturating_sub(1), (l1 + 1).min(last))
            })
            .collect();
        ranges.sort_unstable();
        let mut merged: Vec<(usize, usize)> = Vec::new();
        for (lo, hi) in ranges {
            match merged.last_mut() {
                Some(m) if lo <= m.1 + 1 + MAX_GAP => m.1 = m.1.max(hi),
                _ => merged.push((lo, hi)),
            }
        }
        // Every span end point, to be found again in the view.
        let mut anchors: Vec<usize> = spans.iter().flat_map(|s| [s.start, s.end]).collect();
        anchors.sort_unstable();
        anchors.dedup();
        let mut placed: Vec<(usize, usize)> = Vec::with_capacity(anchors.len());
        let mut groups = Vec::with_capacity(merged.len());
        let mut base = 0;
        for (lo, hi) in merged {
            let mut out = String::new();
            for line in lo..=hi {
                let (range, next) = source.line_bounds(line);
                let keep = windows(text, range.clone(), &spans);
                let mut at = range.start;
                for w in &keep {
                    if w.start > at {
                        out.push(CUT);
                    }
                    emit(text, w.clone(), &anchors, base, &mut out, &mut placed);
                    at = w.end;
                }
                if at < range.end {
                    out.push(CUT);
                }
                // Anchors on the line end (`\r`, `\n`) point just past the shown line.
                let end = base + out.len();
                for &a in anchors.iter().filter(|&&a| a >= range.end && a < next) {
                    if !placed.iter().any(|&(o, _)| o == a) {
                        placed.push((a, end));
                    }
                }
                if next > range.end {
                    out.push('\n');
                }
            }
            let len = out.len();
            groups.push(Group {
                base,
                first_line: lo,
                text: out,
            });
            base += len;
        }
        let find = |o: usize| placed.iter().find(|&&(a, _)| a == o).map_or(0, |&(_, v)| v);
        let mut columns = Vec::new();
        let mapped = spans
            .iter()
            .map(|s| {
                let (start, end) = (find(s.start), find(s.end));
                let line = source.line_index(s.start);
                let (range, _) = source.line_bounds(line);
                columns.push((start, s.start - range.start));
                SourceSpan::new(start.into(), end.saturating_sub(start))
            })
            .collect();
        (
            Snippet {
                name: name.to_string(),
                groups,
                columns,
            },
            mapped,
        )
    }
}

/// A span inside the text on char boundaries, at most `MAX_SPAN_LINES` lines long.
fn clamp(source: &Source, s: &Range<usize>) -> Range<usize> {
    let text = source.text.as_str();
    let floor = |mut i: usize| {
        i = i.min(text.len());
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let start = floor(s.start);
    let mut end = floor(s.end.max(start));
    let l0 = source.line_index(start);
    if source.line_index(end) > l0 + MAX_SPAN_LINES {
        end = source.line_bounds(l0).0.end.max(start);
    }
    start..end
}

/// The columns a character takes in the view.
fn width(c: char) -> usize {
    match c {
        '\t' => TAB,
        c if is_hostile(c) => 8,
        _ => 1,
    }
}

/// The byte ranges of a line to show: the whole line when it is short, else a window
/// around each span on it.
fn windows(text: &str, line: Range<usize>, spans: &[Range<usize>]) -> Vec<Range<usize>> {
    let short = line.len() <= WHOLE_LINE * 4
        && text[line.clone()].chars().map(width).sum::<usize>() <= WHOLE_LINE;
    if short {
        return vec![line];
    }
    let mut keep: Vec<Range<usize>> = Vec::new();
    for s in spans {
        if s.end < line.start || s.start > line.end {
            continue;
        }
        let (a, b) = (s.start.max(line.start), s.end.min(line.end));
        if forward(text, a, b, LABEL_KEEP) < b {
            keep.push(back(text, a, line.start, MARGIN)..forward(text, a, b, LABEL_END));
            keep.push(back(text, b, a, LABEL_END)..forward(text, b, line.end, MARGIN));
        } else {
            keep.push(back(text, a, line.start, MARGIN)..forward(text, b, line.end, MARGIN));
        }
    }
    if keep.is_empty() {
        // A context line: its start.
        keep.push(line.start..forward(text, line.start, line.end, 2 * MARGIN));
    }
    keep.sort_unstable_by_key(|r| r.start);
    let mut merged: Vec<Range<usize>> = Vec::new();
    for r in keep {
        match merged.last_mut() {
            Some(m) if r.start <= m.end + 8 => m.end = m.end.max(r.end),
            _ => merged.push(r),
        }
    }
    merged
}

/// The offset `cols` columns after `from`, at most `limit`.
fn forward(text: &str, from: usize, limit: usize, cols: usize) -> usize {
    let mut used = 0;
    for (i, c) in text[from..limit].char_indices() {
        used += width(c);
        if used > cols {
            return from + i;
        }
    }
    limit
}

/// The offset `cols` columns before `from`, at least `limit`.
fn back(text: &str, from: usize, limit: usize, cols: usize) -> usize {
    let mut used = 0;
    for (i, c) in text[limit..from].char_indices().rev() {
        used += width(c);
        if used > cols {
            return limit + i + c.len_utf8();
        }
    }
    limit
}

/// Appends `text[range]` with hostile characters escaped, noting where anchors land.
fn emit(
    text: &str,
    range: Range<usize>,
    anchors: &[usize],
    base: usize,
    out: &mut String,
    placed: &mut Vec<(usize, usize)>,
) {
    let note = |o: usize, at: usize, placed: &mut Vec<(usize, usize)>| {
        if anchors.binary_search(&o).is_ok() && !placed.iter().any(|&(a, _)| a == o) {
            placed.push((o, at));
        }
    };
    for (i, c) in text[range.clone()].char_indices() {
        let o = range.start + i;
        note(o, base + out.len(), placed);
        // A byte-order mark at the very start is the encoding, not text: leave it out.
        if o == 0 && c == '\u{FEFF}' {
            continue;
        }
        if is_hostile(c) {
            push_escape(out, c);
        } else {
            out.push(c);
        }
    }
    note(range.end, base + out.len(), placed);
}

/// One read of the view, with line numbers of the document.
struct Contents<'a> {
    name: &'a str,
    inner: Box<dyn SpanContents<'a> + 'a>,
    span: SourceSpan,
    line: usize,
    column: usize,
    line_count: usize,
}

impl<'a> SpanContents<'a> for Contents<'a> {
    fn data(&self) -> &'a [u8] {
        self.inner.data()
    }
    fn span(&self) -> &SourceSpan {
        &self.span
    }
    fn name(&self) -> Option<&str> {
        Some(self.name)
    }
    fn line(&self) -> usize {
        self.line
    }
    fn column(&self) -> usize {
        self.column
    }
    fn line_count(&self) -> usize {
        self.line_count
    }
}

impl SourceCode for Snippet {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        before: usize,
        after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        let (start, end) = (span.offset(), span.offset() + span.len());
        // A read across two excerpts fails, so that miette shows them apart.
        let g = self
            .groups
            .iter()
            .find(|g| start >= g.base && end <= g.base + g.text.len())
            .ok_or(MietteError::OutOfBounds)?;
        let local = SourceSpan::new((start - g.base).into(), span.len());
        let inner = g.text.as_str().read_span(&local, before, after)?;
        let column = match self.columns.iter().find(|&&(v, _)| v == start) {
            Some(&(_, c)) if before == 0 => c,
            _ => inner.column(),
        };
        Ok(Box::new(Contents {
            name: &self.name,
            span: SourceSpan::new((inner.span().offset() + g.base).into(), inner.span().len()),
            line: inner.line() + g.first_line,
            column,
            line_count: inner.line_count() + g.first_line,
            inner,
        }))
    }
}
