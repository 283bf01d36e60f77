//! The one tokenizer and sentence splitter of the language layer.
//!
//! A block of text is cut in three layers, all with byte offsets into the text:
//!
//! - [`pieces`]: words and single punctuation characters, white space dropped. A word is
//!   letters and digits with apostrophes and inner hyphens (`Peters-van`, `collega's`); a full
//!   stop is always punctuation, so `G.J.` is `G`, `.`, `J`, `.`. Names and speakers read these.
//! - [`sentence_ranges`]: sentences, split after `.`, `?`, `!`, `:` and `;` but not after an
//!   abbreviation (`dhr.`, `nr.`) or an initial (`G.`, `Th.`), and after a leading bullet.
//! - [`words`]: the words for matching phrases, each with its [`fold`](super::fold::fold) and
//!   what the gap before it says: `i.v.m` and `burn-out` are one word, soft spaces (non-breaking,
//!   zero-width, soft hyphen) and the full stop of an abbreviation (`dhr. Kok`) join two words
//!   into one phrase, other punctuation separates them.
//!
//! [`BlockTokens`] holds the pieces and sentences of a block, made once per block in the check
//! context; the words of a sentence are made when a check asks for them (only the privacy check
//! does, and only in public minutes), and never cross a sentence boundary.

use std::borrow::Cow;
use std::ops::Range;

use super::class::{ascii_word_class, word_class, WordClass};
use super::fold::{fold, is_combining};
use crate::model::Span;

// ---------------------------------------------------------------------------------------------
// Pieces: words and punctuation
// ---------------------------------------------------------------------------------------------

/// One piece of running text: a word or a single punctuation character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Piece<'t> {
    /// The text of the piece.
    pub text: &'t str,
    /// Byte offset into the text.
    pub start: usize,
    /// Whether this is a word (letters, digits, apostrophes, inner hyphens) rather than
    /// punctuation.
    pub word: bool,
    /// What the lexicon says of the word (nothing for punctuation).
    pub class: WordClass,
}

impl<'t> Piece<'t> {
    /// The byte offset just past the piece.
    pub fn end(&self) -> usize {
        self.start + self.text.len()
    }

    /// Whether the piece starts with an upper-case letter.
    pub fn is_capitalised(&self) -> bool {
        self.text.chars().next().is_some_and(|c| c.is_uppercase())
    }

    /// The piece in lower case, borrowed when it has no capital (most words).
    pub fn lower(&self) -> Cow<'t, str> {
        if self.text.chars().any(char::is_uppercase) {
            Cow::Owned(self.text.to_lowercase())
        } else {
            Cow::Borrowed(self.text)
        }
    }
}

fn is_piece_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric() || c == '\''
    } else {
        c.is_alphanumeric() || c == '’'
    }
}

/// What an ASCII byte is to [`pieces`]: white space (as `char::is_whitespace`), part of a
/// word (as [`is_piece_word_char`]), or punctuation.
#[derive(Clone, Copy, PartialEq, Eq)]
enum ByteClass {
    Space,
    Word,
    Punctuation,
}

/// [`ByteClass`] of each ASCII byte.
static BYTE_CLASS: [ByteClass; 128] = {
    let mut classes = [ByteClass::Punctuation; 128];
    let mut c = 0;
    while c < 128 {
        let b = c as u8;
        classes[c] = if matches!(b, b' ' | b'\t'..=b'\r') {
            ByteClass::Space
        } else if b.is_ascii_alphanumeric() || b == b'\'' {
            ByteClass::Word
        } else {
            ByteClass::Punctuation
        };
        c += 1;
    }
    classes
};

/// Splits text into words and single punctuation characters; white space is dropped.
/// A hyphen between letters stays inside the word (`Peters-van`), so does an apostrophe.
pub fn pieces(text: &str) -> Vec<Piece<'_>> {
    // Byte by byte, ASCII told by a table: this runs over every block of every document.
    let b = text.as_bytes();
    // The char at byte `i`, a char boundary that is not ASCII.
    let char_at = |i: usize| text[i..].chars().next().unwrap_or(' ');
    let mut out = Vec::with_capacity(text.len() / 5);
    let mut i = 0;
    while i < b.len() {
        let len = match b[i] {
            x if x.is_ascii() => match BYTE_CLASS[usize::from(x)] {
                ByteClass::Space => {
                    i += 1;
                    continue;
                }
                ByteClass::Punctuation => {
                    out.push(Piece {
                        text: &text[i..i + 1],
                        start: i,
                        word: false,
                        class: WordClass::NONE,
                    });
                    i += 1;
                    continue;
                }
                ByteClass::Word => 1,
            },
            _ => {
                let c = char_at(i);
                let len = c.len_utf8();
                if c.is_whitespace() {
                    i += len;
                    continue;
                }
                if !is_piece_word_char(c) {
                    out.push(Piece {
                        text: &text[i..i + len],
                        start: i,
                        word: false,
                        class: WordClass::NONE,
                    });
                    i += len;
                    continue;
                }
                len
            }
        };
        let start = i;
        let mut end = i + len;
        // Whether the word is ASCII, known from the bytes read anyway: its class is then one
        // table lookup.
        let mut ascii = len == 1;
        while end < b.len() {
            let y = b[end];
            if y.is_ascii() {
                if BYTE_CLASS[usize::from(y)] == ByteClass::Word {
                    end += 1;
                    continue;
                }
                // Keep an inner hyphen when a letter follows.
                if y == b'-'
                    && text[end + 1..]
                        .chars()
                        .next()
                        .is_some_and(char::is_alphabetic)
                {
                    end += 1;
                    continue;
                }
                break;
            }
            let d = char_at(end);
            if !is_piece_word_char(d) {
                break;
            }
            ascii = false;
            end += d.len_utf8();
        }
        let word = &text[start..end];
        out.push(Piece {
            text: word,
            start,
            word: true,
            class: if ascii {
                ascii_word_class(word)
            } else {
                word_class(word)
            },
        });
        i = end;
    }
    out
}

/// Whether any byte of `bytes` satisfies `f` (a test of single bytes such as "is an ASCII
/// digit"). Reads 32 bytes at a time without stopping early inside a block, which the compiler
/// turns into vector compares: a byte-by-byte `any` over every line of prose cost more.
pub fn any_byte(bytes: &[u8], f: impl Fn(u8) -> bool) -> bool {
    let mut blocks = bytes.chunks_exact(32);
    for block in &mut blocks {
        if block.iter().fold(false, |seen, &b| seen | f(b)) {
            return true;
        }
    }
    blocks.remainder().iter().any(|&b| f(b))
}

/// White-space-separated chunks of `text`, with their byte offsets: what a spelling check
/// looks at before it cuts a chunk into words (`www.example.nl` stays whole).
pub fn chunks(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split(char::is_whitespace)
        .filter(|c| !c.is_empty())
        .map(move |c| (c.as_ptr() as usize - text.as_ptr() as usize, c))
}

// ---------------------------------------------------------------------------------------------
// Sentences
// ---------------------------------------------------------------------------------------------

/// Whether a capitalised word before a full stop is an initial (`G`, `IJ`, `Th`), so the full
/// stop ends no sentence.
fn is_initial(w: &str) -> bool {
    let mut chars = w.chars();
    let Some(c) = chars.next() else { return false };
    c.is_uppercase()
        && w.chars().count() <= 3
        && (chars.next().is_none()
            || w == "IJ"
            || super::lexicon::FIRST_NAME_ABBREVIATIONS.contains(w))
}

/// The indices of the pieces that start a sentence.
pub fn sentence_starts(pieces: &[Piece<'_>]) -> Vec<usize> {
    let mut out = vec![0];
    // `- Anne geeft aan`: a bullet opens the sentence after it.
    if pieces.len() > 1 && matches!(pieces[0].text, "-" | "*" | "•" | "–" | "·" | "▪") {
        out.push(1);
    }
    for i in 1..pieces.len() {
        let p = &pieces[i - 1];
        if matches!(p.text, "?" | "!" | ":" | ";") {
            out.push(i);
        } else if p.text == "." && i >= 2 {
            let w = &pieces[i - 2];
            let abbrev = w.word && (w.class.has(WordClass::ABBREVIATION) || is_initial(w.text));
            if !abbrev {
                out.push(i);
            }
        }
    }
    out
}

/// The byte ranges of the sentences of `text`: from the first piece of a sentence to the first
/// piece of the next (or the end of the text).
pub fn sentence_ranges(text: &str) -> Vec<Range<usize>> {
    let pieces = pieces(text);
    let starts = sentence_starts(&pieces);
    ranges_of(text, &pieces, &starts)
}

/// The byte ranges of the sentences whose first pieces are `starts`.
fn ranges_of(text: &str, pieces: &[Piece<'_>], starts: &[usize]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    for (n, &s) in starts.iter().enumerate() {
        let Some(first) = pieces.get(s) else { continue };
        let end = starts
            .get(n + 1)
            .and_then(|&e| pieces.get(e))
            .map_or(text.len(), |p| p.start);
        out.push(first.start..end);
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Words for matching
// ---------------------------------------------------------------------------------------------

/// A word with what phrase matching needs to know about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token<'a> {
    /// Byte range in the text that was tokenized (the block, for [`BlockTokens`]).
    pub range: Range<usize>,
    /// As written.
    pub text: &'a str,
    /// The folded form ([`fold`]), so that `Patiënt`, `patient` and `collega’s` match word
    /// lists as written.
    pub norm: Cow<'a, str>,
    /// Starts with a capital: a name in running Dutch text (`De Man`, `Visser`).
    pub cap: bool,
    /// Only white space (or the full stop of an abbreviation such as `dhr.`) separates this
    /// token from the one before in its sentence, so the two can belong to one phrase. Never
    /// set on the first word of a sentence.
    pub soft: bool,
    /// The gap before this token opens a parenthesis: a party behind a name, `(VVD)`. Never set
    /// on the first word of a sentence.
    pub paren: bool,
}

impl Token<'_> {
    /// The folded form.
    pub fn w(&self) -> &str {
        &self.norm
    }
}

fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    c.is_alphanumeric() || is_combining(c)
}

/// Characters that join two word parts into one token: `burn-out`, `collega's`, `i.v.m`.
fn is_joiner(c: char) -> bool {
    matches!(c, '-' | '\'' | '’' | '‐' | '‑' | '.')
}

/// Characters that separate words without separating a phrase: spaces of every kind, including
/// the non-breaking and zero-width ones that Word exports carry.
pub fn is_soft_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200B}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}')
}

/// The words of `text`, taken as one sentence, with ranges into `text`.
pub fn words(text: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    words_into(text, 0, &mut out);
    out
}

/// Appends the words of `s` (one sentence) to `out`, with ranges offset by `base`.
fn words_into<'a>(s: &'a str, base: usize, out: &mut Vec<Token<'a>>) {
    let first = out.len();
    // The char at byte `i` (a char boundary before the end), read as a byte when it is ASCII:
    // this runs over every sentence that is checked.
    let b = s.as_bytes();
    let at = |i: usize| -> Option<char> {
        match *b.get(i)? {
            x if x.is_ascii() => Some(char::from(x)),
            _ => s[i..].chars().next(),
        }
    };
    let mut i = 0;
    while i < s.len() {
        let Some(c) = at(i) else {
            break;
        };
        if !is_word_char(c) {
            i += c.len_utf8();
            continue;
        }
        let start = i;
        let mut j = i;
        // Characters in the current dot-separated part, to tell `i.v.m` from `ziek.Dhr`.
        let mut part = 0usize;
        while let Some(c) = at(j) {
            if is_word_char(c) {
                j += c.len_utf8();
                part += 1;
                continue;
            }
            if !is_joiner(c) {
                break;
            }
            let after = j + c.len_utf8();
            let next_is_word = at(after).is_some_and(is_word_char);
            if !next_is_word {
                break;
            }
            if c == '.' {
                // A full stop joins only short parts: initials and abbreviations (`G.J`,
                // `m.i.v`), never a missing space after a sentence (`ziek.Dhr`).
                let next_part = s[after..]
                    .chars()
                    .take(4)
                    .take_while(|c| is_word_char(*c))
                    .count();
                if part > 3 || next_part > 3 {
                    break;
                }
            }
            j = after;
            part = 0;
        }
        let text = &s[start..j];
        let (soft, paren) = match out[first..].last() {
            Some(prev) => {
                let gap = &s[prev.range.end - base..start];
                (gap_is_soft(gap, prev), gap.contains('('))
            }
            None => (false, false),
        };
        out.push(Token {
            range: base + start..base + j,
            text,
            norm: fold(text),
            cap: text.chars().next().is_some_and(char::is_uppercase),
            soft,
            paren,
        });
        i = j;
    }
}

fn gap_is_soft(gap: &str, prev: &Token) -> bool {
    if !gap.is_empty() && gap.chars().all(is_soft_space) {
        return true;
    }
    // `Dhr. Kok`, `i.v.m. ziekte`, `G.J. Kok`: the full stop of an abbreviation is no boundary.
    if let Some(rest) = gap.strip_prefix('.') {
        return !rest.is_empty() && rest.chars().all(is_soft_space) && is_abbreviation(prev);
    }
    // `zwangerschaps- en bevallingsverlof`: a hyphen that stands for an omitted word part.
    if let Some(rest) = gap.strip_prefix(['-', '‐', '‑']) {
        return !rest.is_empty() && rest.chars().all(is_soft_space);
    }
    false
}

/// Whether the full stop after a word does not end a phrase (`dhr. Kok`, `i.v.m. ziekte`,
/// `Th. Kok`): an abbreviation or abbreviated given name of the lexicon, a dotted word or a
/// capitalised initial.
fn is_abbreviation(t: &Token) -> bool {
    super::lexicon::is_abbreviation(t.w())
        || super::lexicon::FIRST_NAME_ABBREVIATIONS.contains(t.text)
        || t.norm.contains('.')
        || (t.cap && t.norm.chars().count() <= 2)
}

// ---------------------------------------------------------------------------------------------
// A block
// ---------------------------------------------------------------------------------------------

/// One sentence of a block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Byte range in the block.
    pub range: Range<usize>,
}

/// A block of text tokenized once: its pieces and sentences.
#[derive(Debug, Clone)]
pub struct BlockTokens<'a> {
    /// Where the block is in the document.
    pub span: Span,
    /// The block's text.
    pub text: &'a str,
    /// The sentences, in order.
    pub sentences: Vec<Sentence>,
    /// The block's pieces (words and punctuation), offsets relative to the block.
    pub pieces: Vec<Piece<'a>>,
    /// The indices of the pieces that start a sentence.
    pub starts: Vec<usize>,
}

impl<'a> BlockTokens<'a> {
    /// Tokenizes the block at `span`, whose text is `text`.
    pub fn new(span: Span, text: &'a str) -> Self {
        let pieces = pieces(text);
        let starts = sentence_starts(&pieces);
        let sentences = ranges_of(text, &pieces, &starts)
            .into_iter()
            .map(|range| Sentence { range })
            .collect();
        BlockTokens {
            span,
            text,
            sentences,
            pieces,
            starts,
        }
    }

    /// The words of one sentence, ranges relative to the block.
    pub fn words_of(&self, sentence: &Sentence) -> Vec<Token<'a>> {
        let mut out = Vec::new();
        words_into(
            &self.text[sentence.range.clone()],
            sentence.range.start,
            &mut out,
        );
        out
    }

    /// The pieces of the `k`-th sentence (offsets relative to the block): the same pieces as
    /// cutting the sentence's text alone, since a sentence starts and ends at a piece.
    pub fn pieces_of(&self, k: usize) -> &[Piece<'a>] {
        let from = self.starts.get(k).copied().unwrap_or(self.pieces.len());
        let to = self.starts.get(k + 1).copied().unwrap_or(self.pieces.len());
        self.pieces.get(from..to).unwrap_or(&[])
    }

    /// The pieces of the part of the block at `span` (a paragraph), if they cover it exactly:
    /// the first starts where it starts and the last ends where it ends.
    pub fn pieces_in(&self, span: Span) -> Option<&[Piece<'a>]> {
        let base = self.span.start();
        let (from, to) = (
            span.start().checked_sub(base)?,
            span.end().checked_sub(base)?,
        );
        let first = self.pieces.partition_point(|p| p.start < from);
        let last = self.pieces.partition_point(|p| p.start < to);
        let inside = self.pieces.get(first..last)?;
        let covers = inside.first().is_some_and(|p| p.start == from)
            && inside.last().is_some_and(|p| p.end() == to);
        covers.then_some(inside)
    }

    /// A sentence's span in the document.
    pub fn sentence_span(&self, sentence: &Sentence) -> Span {
        Span::new(
            self.span.start() + sentence.range.start,
            self.span.start() + sentence.range.end,
        )
    }
}

/// The block of `blocks` (in document order) that holds `span`, and the pieces of `span` in
/// it ([`BlockTokens::pieces_in`]).
pub fn block_pieces<'b, 't>(
    blocks: &'b [BlockTokens<'t>],
    span: Span,
) -> Option<(&'b BlockTokens<'t>, &'b [Piece<'t>])> {
    let k = blocks
        .partition_point(|b| b.span.start() <= span.start())
        .checked_sub(1)?;
    let block = &blocks[k];
    Some((block, block.pieces_in(span)?))
}

#[cfg(test)]
#[path = "tokens_tests.rs"]
mod tests;
