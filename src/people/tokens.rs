//! A small tokenizer for running text: words and punctuation with byte offsets. The word
//! lists that speaker detection needs are in `crate::nl::lexicon`.

/// One token of running text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'t> {
    /// The text of the token.
    pub text: &'t str,
    /// Byte offset into the paragraph.
    pub start: usize,
    /// Whether this is a word (letters, digits, apostrophes, inner hyphens) rather than punctuation.
    pub word: bool,
}

impl Token<'_> {
    /// The byte offset just past the token.
    pub fn end(&self) -> usize {
        self.start + self.text.len()
    }

    /// Whether the token starts with an upper-case letter.
    pub fn is_capitalised(&self) -> bool {
        self.text.chars().next().is_some_and(|c| c.is_uppercase())
    }

    /// The token in lower case.
    pub fn lower(&self) -> String {
        self.text.to_lowercase()
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '\'' || c == '’'
}

/// Splits text into words and single punctuation characters; white space is dropped.
/// A hyphen between letters stays inside the word (`Peters-van`), so does an apostrophe.
pub fn tokenize(text: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let mut it = text.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if c.is_whitespace() {
            continue;
        }
        if is_word_char(c) {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = it.peek() {
                if is_word_char(d) {
                    end = j + d.len_utf8();
                    it.next();
                } else if d == '-' {
                    // Keep an inner hyphen when a letter follows.
                    let after = text[j + 1..].chars().next();
                    if after.is_some_and(|a| a.is_alphabetic()) {
                        end = j + 1;
                        it.next();
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
            out.push(Token {
                text: &text[i..end],
                start: i,
                word: true,
            });
        } else {
            out.push(Token {
                text: &text[i..i + c.len_utf8()],
                start: i,
                word: false,
            });
        }
    }
    out
}
