//! PDF as published (F6): the text layer, laid out again as paragraphs.
//!
//! pdf-extract (on lopdf) hands over every glyph with its position, width and size; the
//! glyphs of a page become lines (a wide gap inside a line, a table column or a tab stop,
//! becomes a TAB), and the lines become paragraphs: a paragraph ends where the vertical gap
//! grows, where a line stops well short of the right margin, or where a bullet or a number
//! starts the next line. A running head or foot (a line at the top or bottom of the page
//! that repeats on most pages, page numbers aside) is removed before the rules see the text.
//! A paragraph cut by a page break stays in two parts, so that `structure/broken-paragraph`
//! reports it as it does in text. Every line of the reading keeps its page.
//!
//! pdf-extract was chosen after measuring it against lopdf's own `extract_text` on PDFs made
//! by LibreOffice from the bundled example (see the README): both recover the words, but only
//! pdf-extract gives positions, without which neither paragraphs, table cells nor running
//! heads can be told apart.

use super::lines::Lines;
use super::{Extracted, LineKind};
use crate::messages::Message;
use crate::msg;
use pdf_extract::{MediaBox, OutputDev, OutputError, Transform};

/// The largest PDF notulint opens: lopdf holds the whole file and its objects in memory.
pub const MAX_PDF_BYTES: usize = 100 * 1024 * 1024;
/// The most glyphs read from one PDF (a few hundred pages of text).
const MAX_GLYPHS: usize = 20_000_000;

/// Reads a PDF file.
pub fn read(bytes: &[u8]) -> Result<Extracted, Message> {
    if !bytes.starts_with(b"%PDF") && !bytes.get(..1024).is_some_and(|h| contains(h, b"%PDF-")) {
        return Err(msg!("unreadable.pdf-not-pdf"));
    }
    if bytes.len() > MAX_PDF_BYTES {
        return Err(msg!("unreadable.pdf-too-large", mib = MAX_PDF_BYTES >> 20));
    }
    // The PDF reader panics on some malformed files (`missing object reference`); a panic is
    // one more reason the file cannot be read, not the end of the run, and not a message on
    // standard error either.
    quiet_panics();
    IN_PDF.with(|f| f.set(true));
    let pages = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| glyphs(bytes)));
    IN_PDF.with(|f| f.set(false));
    let pages = pages.map_err(|_| msg!("unreadable.pdf-structure"))??;
    layout(&pages)
}

thread_local! {
    /// Whether this thread is inside the PDF reader, whose panics are caught.
    static IN_PDF: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Wraps the panic hook once so that a panic inside the PDF reader prints nothing: it is
/// caught and reported as an unreadable file. Every other panic goes to the hook as before.
fn quiet_panics() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !IN_PDF.with(|f| f.get()) {
                previous(info);
            }
        }));
    });
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

/// One glyph: its left edge, baseline (from the top of the page), right edge and size.
#[derive(Debug, Clone)]
struct Glyph {
    x: f64,
    y: f64,
    end: f64,
    size: f64,
    text: String,
}

#[derive(Default)]
struct Dev {
    pages: Vec<Vec<Glyph>>,
    flip: Option<Transform>,
    count: usize,
}

impl OutputDev for Dev {
    fn begin_page(
        &mut self,
        _page: u32,
        media_box: &MediaBox,
        _art_box: Option<(f64, f64, f64, f64)>,
    ) -> Result<(), OutputError> {
        self.flip = Some(Transform::row_major(
            1.,
            0.,
            0.,
            -1.,
            0.,
            media_box.ury - media_box.lly,
        ));
        self.pages.push(Vec::new());
        Ok(())
    }
    fn end_page(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
    fn output_character(
        &mut self,
        trm: &Transform,
        width: f64,
        _spacing: f64,
        font_size: f64,
        text: &str,
    ) -> Result<(), OutputError> {
        self.count += 1;
        if self.count > MAX_GLYPHS {
            return Err(OutputError::FormatError(std::fmt::Error));
        }
        let flip = self.flip.unwrap_or_else(Transform::identity);
        let at = trm.post_transform(&flip);
        // The font size in page units: the side of the square with the area of the glyph
        // box the text matrix makes of a size×size square (as pdf-extract's own output does).
        let vx = font_size * (trm.m11 + trm.m21);
        let vy = font_size * (trm.m12 + trm.m22);
        let size = (vx * vy).abs().sqrt();
        let (x, y) = (at.m31, at.m32);
        if !(x.is_finite() && y.is_finite() && size.is_finite()) {
            return Ok(());
        }
        if let Some(page) = self.pages.last_mut() {
            page.push(Glyph {
                x,
                y,
                end: x + width * size,
                size,
                text: text.to_string(),
            });
        }
        Ok(())
    }
    fn begin_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
    fn end_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
    fn end_line(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
}

fn glyphs(bytes: &[u8]) -> Result<Vec<Vec<Glyph>>, Message> {
    let mut doc = pdf_extract::Document::load_mem(bytes)
        .map_err(|e| msg!("unreadable.pdf-damaged", system = e.to_string()))?;
    if doc.is_encrypted() {
        // Many PDFs are "encrypted" only against editing, with an empty password to open.
        if doc.decrypt("").is_err() {
            return Err(super::archive::password("document.pdf"));
        }
    }
    let mut dev = Dev::default();
    match pdf_extract::output_doc(&doc, &mut dev) {
        Ok(()) => {}
        Err(_) if dev.count > MAX_GLYPHS => {
            return Err(msg!("unreadable.pdf-too-long", max = MAX_GLYPHS))
        }
        Err(e) => return Err(msg!("unreadable.pdf-text", system = e.to_string())),
    }
    Ok(dev.pages)
}

/// A line of a page.
#[derive(Debug, Clone)]
struct Line {
    text: String,
    x: f64,
    y: f64,
    end: f64,
    size: f64,
}

/// The glyphs of a page as lines, in the order they were drawn.
fn page_lines(glyphs: &[Glyph]) -> Vec<Line> {
    let mut lines: Vec<Line> = Vec::new();
    for g in glyphs {
        let size = g.size.max(1.0);
        let same_line = lines
            .last()
            .is_some_and(|l| (g.y - l.y).abs() <= size * 0.5 && g.x >= l.end - size * 0.5);
        if same_line {
            if let Some(l) = lines.last_mut() {
                let gap = g.x - l.end;
                if gap > size * 1.5 {
                    l.text.push('\t');
                } else if gap > size * 0.12 && !l.text.ends_with(' ') && g.text != " " {
                    l.text.push(' ');
                }
                l.text.push_str(&g.text);
                l.end = l.end.max(g.end);
                l.size = l.size.max(size);
            }
        } else {
            lines.push(Line {
                text: g.text.clone(),
                x: g.x,
                y: g.y,
                end: g.end,
                size,
            });
        }
    }
    for l in &mut lines {
        l.text = l.text.trim().to_string();
    }
    lines.retain(|l| !l.text.is_empty());
    lines
}

/// A line's text with its digits made alike, to find running heads that number pages.
fn shape(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_ascii_digit() { '#' } else { c })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether a line is only a page number (`3`, `- 3 -`, `Pagina 3 van 5`, `3/5`).
fn is_page_number(text: &str) -> bool {
    let t = text.trim().to_lowercase();
    let t = t
        .trim_start_matches("pagina")
        .trim_start_matches("page")
        .trim_start_matches("blz.")
        .trim();
    !t.is_empty()
        && t.chars().any(|c| c.is_ascii_digit())
        && t.split_whitespace().all(|w| {
            w.chars().all(|c| c.is_ascii_digit() || "-–/.".contains(c)) || w == "van" || w == "of"
        })
}

fn is_marker(text: &str) -> Option<(String, LineKind)> {
    let first = text.split_whitespace().next()?;
    // Symbol and Wingdings bullets come through in the Private Use Area (U+F0B7).
    let bullet = matches!(
        first,
        "•" | "–" | "-" | "◦" | "▪" | "·" | "*" | "o" | "➢" | "►"
    ) || (first.chars().count() == 1
        && first
            .chars()
            .all(|c| ('\u{e000}'..='\u{f8ff}').contains(&c)));
    if bullet && text.len() > first.len() {
        let rest = text[first.len()..].trim_start();
        return Some((
            format!("- {rest}"),
            LineKind::ListItem {
                number: None,
                depth: 1,
            },
        ));
    }
    let digits: String = first.chars().take_while(char::is_ascii_digit).collect();
    if !digits.is_empty() && digits.len() <= 3 && matches!(&first[digits.len()..], "." | ")") {
        return Some((
            text.to_string(),
            LineKind::ListItem {
                number: digits.parse().ok(),
                depth: 1,
            },
        ));
    }
    None
}

/// The pages' glyphs as the reading: lines, then paragraphs, without running heads.
fn layout(pages: &[Vec<Glyph>]) -> Result<Extracted, Message> {
    let mut all: Vec<Vec<Line>> = pages.iter().map(|g| page_lines(g)).collect();
    if all.iter().all(Vec::is_empty) {
        return Err(msg!("unreadable.pdf-no-text"));
    }
    remove_running_heads(&mut all);
    let body_size = median(all.iter().flatten().map(|l| l.size));
    let mut out = Lines::new();
    // The paragraph being gathered: its text, kind, first page, last line and that line's
    // right margin. It may go on over a page break.
    let mut para: Option<(String, LineKind, u32, &Line, f64)> = None;
    for (i, lines) in all.iter().enumerate() {
        let page = u32::try_from(i + 1).unwrap_or(u32::MAX);
        let right = lines.iter().map(|l| l.end).fold(f64::MIN, f64::max);
        for (n, l) in lines.iter().enumerate() {
            let marker = is_marker(&l.text);
            let heading = l.size > body_size * 1.15 && l.text.chars().count() < 120;
            let continues = para
                .as_ref()
                .is_some_and(|(text, kind, _, prev, prev_right)| {
                    let line_height = prev.size.max(l.size);
                    // A paragraph cut by a page break goes on when its last line was full and
                    // the sentence is not over; a cut the writer made stays, for the rule.
                    let spacing = if n == 0 {
                        !text.ends_with(['.', ':', ';', '!', '?'])
                    } else {
                        let gap = l.y - prev.y;
                        gap > 0.0 && gap < line_height * 1.45
                    };
                    // A heading goes on only as a heading of the same size (a title in two lines).
                    let same_block = match kind {
                        LineKind::Heading(_) => heading && (prev.size - l.size).abs() < 0.5,
                        _ => !heading,
                    };
                    // Without space between paragraphs, a sentence that ends a line and a
                    // capital that starts the next is taken as a new paragraph: joining two
                    // paragraphs hides a `Besluit:` or a speaker, splitting one costs nothing.
                    // An initial (`A. Raven, S.` / `Schelberg`) is no sentence end.
                    let mut end = text.chars().rev();
                    let new_sentence = matches!(end.next(), Some('.' | '!' | '?'))
                        && end.next().is_some_and(|c| c.is_lowercase() || c == ')')
                        && l.text.starts_with(|c: char| c.is_uppercase());
                    same_block
                        && !new_sentence
                        && marker.is_none()
                        && !l.text.contains('\t')
                        && spacing
                        && wrapped(prev, l, *prev_right)
                        && !text.is_empty()
                });
            if continues {
                if let Some((text, _, _, prev, prev_right)) = &mut para {
                    let hyphen = text.ends_with('-')
                        && text[..text.len() - 1].ends_with(char::is_alphabetic)
                        && l.text.starts_with(char::is_lowercase);
                    if hyphen {
                        text.pop();
                    } else {
                        text.push(' ');
                    }
                    text.push_str(&l.text);
                    *prev = l;
                    *prev_right = right;
                }
                continue;
            }
            if let Some((text, kind, at, _, _)) = para.take() {
                out.set_page(at);
                out.push(&text, kind);
            }
            let (text, kind) = match marker {
                // A numbered heading (`4. Begroting` in a larger font) is a heading.
                Some(_) if heading => (
                    l.text.clone(),
                    LineKind::Heading(if l.size > body_size * 1.4 { 1 } else { 2 }),
                ),
                Some(m) => m,
                None if heading => (
                    l.text.clone(),
                    LineKind::Heading(if l.size > body_size * 1.4 { 1 } else { 2 }),
                ),
                None => (l.text.clone(), LineKind::Paragraph),
            };
            para = Some((text, kind, page, l, right));
        }
    }
    if let Some((text, kind, at, _, _)) = para.take() {
        out.set_page(at);
        out.push(&text, kind);
    }
    out.finish()
}

/// Whether `prev` ends where it does because the first word of `next` did not fit after
/// it: the line was wrapped, and the paragraph goes on.
fn wrapped(prev: &Line, next: &Line, right: f64) -> bool {
    let chars = next.text.chars().count().max(1) as f64;
    let per_char = ((next.end - next.x) / chars).max(0.0);
    let word = next
        .text
        .split([' ', '\t'])
        .next()
        .map_or(0, |w| w.chars().count()) as f64;
    prev.end + per_char * (word + 1.0) > right - prev.size * 0.5
}

fn median(sizes: impl Iterator<Item = f64>) -> f64 {
    let mut v: Vec<f64> = sizes.filter(|s| s.is_finite()).collect();
    if v.is_empty() {
        return 10.0;
    }
    v.sort_by(|a, b| a.total_cmp(b));
    v[v.len() / 2]
}

/// Removes the lines at the top and bottom of the pages that repeat on most pages (page
/// numbers aside), and lone page numbers there.
fn remove_running_heads(pages: &mut [Vec<Line>]) {
    if pages.len() < 2 {
        return;
    }
    const EDGE: usize = 2;
    let mut counts: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for lines in pages.iter() {
        let mut seen = std::collections::HashSet::new();
        let n = lines.len();
        for (i, l) in lines.iter().enumerate() {
            if i < EDGE || i + EDGE >= n {
                let s = shape(&l.text);
                if seen.insert(s.clone()) {
                    *counts.entry(s).or_default() += 1;
                }
            }
        }
    }
    let needed = (pages.len() / 2).max(2);
    for lines in pages.iter_mut() {
        let n = lines.len();
        let mut i = 0;
        lines.retain(|l| {
            let edge = i < EDGE || i + EDGE >= n;
            i += 1;
            !(edge
                && (is_page_number(&l.text)
                    || counts.get(&shape(&l.text)).is_some_and(|&c| c >= needed)))
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn glyph_line(text: &str, x: f64, y: f64, size: f64) -> Vec<Glyph> {
        let mut v = Vec::new();
        let mut at = x;
        for c in text.chars() {
            let w = if c == '\t' { size * 3.0 } else { size * 0.5 };
            if c != '\t' {
                v.push(Glyph {
                    x: at,
                    y,
                    end: at + w,
                    size,
                    text: c.to_string(),
                });
            }
            at += w;
        }
        v
    }

    #[test]
    fn lines_become_paragraphs_and_running_heads_go() {
        let mut p1 = glyph_line("Besluitenlijst DVO", 50.0, 30.0, 10.0);
        p1.extend(glyph_line("Datum\t9 juli 2018", 50.0, 100.0, 10.0));
        p1.extend(glyph_line(
            "De voorzitter opent de vergadering en",
            50.0,
            130.0,
            10.0,
        ));
        p1.extend(glyph_line("noemt de afwezigen.", 50.0, 142.0, 10.0));
        p1.extend(glyph_line("- Kwetsbare personen", 50.0, 160.0, 10.0));
        p1.extend(glyph_line("Pagina 1", 50.0, 800.0, 10.0));
        let mut p2 = glyph_line("Besluitenlijst DVO", 50.0, 30.0, 10.0);
        p2.extend(glyph_line("Een aantal bestaande", 50.0, 100.0, 10.0));
        p2.extend(glyph_line("Pagina 2", 50.0, 800.0, 10.0));
        let e = layout(&[p1, p2]).unwrap();
        let lines: Vec<&str> = e.text.lines().collect();
        assert_eq!(
            lines,
            vec![
                "Datum\t9 juli 2018",
                "De voorzitter opent de vergadering en noemt de afwezigen.",
                "- Kwetsbare personen",
                "Een aantal bestaande"
            ]
        );
        assert_eq!(e.pages, vec![1, 1, 1, 2]);
    }

    #[test]
    fn page_numbers_are_known() {
        assert!(is_page_number("Pagina 3 van 5"));
        assert!(is_page_number("- 3 -"));
        assert!(!is_page_number("3. Opening"));
    }
}
