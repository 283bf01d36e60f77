//! `Span`: a byte range into the document text.

use std::ops::Range;

/// A byte range into the text of a document, on char boundaries.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct Span(pub Range<usize>);

impl Span {
    /// A span from `start` to `end`.
    pub fn new(start: usize, end: usize) -> Self {
        Span(start..end.max(start))
    }

    /// The start offset.
    pub fn start(&self) -> usize {
        self.0.start
    }

    /// The end offset (exclusive).
    pub fn end(&self) -> usize {
        self.0.end
    }

    /// The length in bytes.
    pub fn len(&self) -> usize {
        self.0.end - self.0.start
    }

    /// Whether the span is empty.
    pub fn is_empty(&self) -> bool {
        self.0.start == self.0.end
    }

    /// The range.
    pub fn range(&self) -> Range<usize> {
        self.0.clone()
    }

    /// A sub-span of `self`, from a range relative to its start; clamped to `self`
    /// and moved to char boundaries of `text` so slicing can never panic.
    pub fn sub(&self, text: &str, rel: Range<usize>) -> Span {
        let clamp = |o: usize| {
            let mut o = (self.0.start + o).min(self.0.end).min(text.len());
            while !text.is_char_boundary(o) {
                o -= 1;
            }
            o
        };
        Span::new(clamp(rel.start), clamp(rel.end))
    }

    /// The span with white space trimmed on both sides.
    pub fn trim(&self, text: &str) -> Span {
        let s = text.get(self.range()).unwrap_or("");
        let lead = s.len() - s.trim_start().len();
        let trail = s.len() - s.trim_end().len();
        if lead == s.len() {
            return Span::new(self.0.start, self.0.start);
        }
        Span::new(self.0.start + lead, self.0.end - trail)
    }

    /// The span moved onto char boundaries of `text` (start back, end forward), clamped.
    pub fn snap(&self, text: &str) -> Span {
        let mut s = self.0.start.min(text.len());
        while !text.is_char_boundary(s) {
            s -= 1;
        }
        let mut e = self.0.end.min(text.len()).max(s);
        while !text.is_char_boundary(e) {
            e += 1;
        }
        Span::new(s, e)
    }
}
