//! `Span`: a byte range into the document text.

use std::ops::Range;

/// A byte range into the text of a document, on char boundaries.
/// `Copy`: two offsets, passed by value like the integers they are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Span {
    start: usize,
    end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    pub fn new(start: usize, end: usize) -> Self {
        Span {
            start,
            end: end.max(start),
        }
    }

    /// The start offset.
    pub fn start(&self) -> usize {
        self.start
    }

    /// The end offset (exclusive).
    pub fn end(&self) -> usize {
        self.end
    }

    /// The length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether the span is empty.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The range.
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// A sub-span of `self`, from a range relative to its start; clamped to `self`
    /// and moved to char boundaries of `text` so slicing can never panic.
    pub fn sub(&self, text: &str, rel: Range<usize>) -> Span {
        let clamp = |o: usize| {
            let mut o = (self.start + o).min(self.end).min(text.len());
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
            return Span::new(self.start, self.start);
        }
        Span::new(self.start + lead, self.end - trail)
    }

    /// The span moved onto char boundaries of `text` (start back, end forward), clamped.
    pub fn snap(&self, text: &str) -> Span {
        let mut s = self.start.min(text.len());
        while !text.is_char_boundary(s) {
            s -= 1;
        }
        let mut e = self.end.min(text.len()).max(s);
        while !text.is_char_boundary(e) {
            e += 1;
        }
        Span::new(s, e)
    }
}
