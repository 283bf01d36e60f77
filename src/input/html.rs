//! HTML pages (F5): exported decision lists and web pages with minutes, parsed with
//! html5ever (the WHATWG parsing algorithm, as browsers parse) into its reference DOM.
//!
//! The reading has one line per block: a heading (`h1`–`h6`), a paragraph, a list item that
//! starts with its visible number (`<ol start>`, `type`, `<li value>`) or `- ` for a bullet,
//! a table row with its cells joined by a TAB, and text that stands in a `div` or the body
//! outside any of these. A `<br>` ends a line (a space inside a table cell). Runs of white
//! space read as one space and lines are trimmed, as a browser shows them. The `head`,
//! scripts, styles, templates, navigation and hidden elements are not text.
//!
//! html5ever was chosen over tag stripping (which the issue rules out) and over `scraper`
//! (the same parser with a CSS selector engine on top, which a reader that walks every node
//! does not need): it is the parser of Servo, kept by the Servo project, pure Rust.

use super::decode::decode;
use super::lines::{collapse_into, number_text, Lines};
use super::{Extracted, LineKind};
use crate::messages::Message;
use crate::msg;
use html5ever::tendril::{StrTendril, TendrilSink};
use html5ever::tokenizer::{
    BufferQueue, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};
use html5ever::{parse_document, Attribute, ParseOpts};
use markup5ever_rcdom::{Handle, NodeData, RcDom};
use std::cell::Cell;

/// The largest page notulint parses: the DOM of a page takes several times its size.
pub const MAX_HTML_BYTES: usize = 32 * 1024 * 1024;

/// How deep elements may nest. The HTML tree builder checks the open elements for every
/// tag, so its time grows with the square of the depth (200,000 nested `div`s take minutes);
/// real pages nest a few dozen deep.
pub const MAX_HTML_DEPTH: usize = 1000;

/// Reads an HTML page.
pub fn read(bytes: &[u8]) -> Result<Extracted, Message> {
    if bytes.len() > MAX_HTML_BYTES {
        return Err(msg!(
            "unreadable.html-too-large",
            mib = MAX_HTML_BYTES >> 20
        ));
    }
    let text = decode(bytes.to_vec())
        .map_err(|e| msg!("unreadable.html-not-text", why = e.message()))?
        .text;
    let depth = nesting(&text);
    if depth > MAX_HTML_DEPTH {
        return Err(msg!(
            "unreadable.html-too-deep",
            max = MAX_HTML_DEPTH,
            depth = depth
        ));
    }
    let dom = parse_document(RcDom::default(), ParseOpts::default()).one(text);
    let mut r = Reader::default();
    r.walk(&dom.document);
    r.flush();
    r.out.finish()
}

/// How deep the elements of a page nest, counted by the tokenizer alone (linear time):
/// elements that need no closing tag (`p`, `li`, `td`, `br`, …) do not count.
fn nesting(text: &str) -> usize {
    struct Depth {
        now: Cell<usize>,
        max: Cell<usize>,
    }
    impl TokenSink for Depth {
        type Handle = ();
        fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
            if let Token::TagToken(tag) = token {
                let optional = matches!(
                    &*tag.name,
                    "area"
                        | "base"
                        | "br"
                        | "col"
                        | "embed"
                        | "hr"
                        | "img"
                        | "input"
                        | "link"
                        | "meta"
                        | "source"
                        | "track"
                        | "wbr"
                        | "p"
                        | "li"
                        | "dt"
                        | "dd"
                        | "tr"
                        | "td"
                        | "th"
                        | "option"
                        | "optgroup"
                        | "thead"
                        | "tbody"
                        | "tfoot"
                        | "colgroup"
                        | "caption"
                        | "rb"
                        | "rt"
                        | "rp"
                        | "rtc"
                        | "html"
                        | "head"
                        | "body"
                );
                if !optional {
                    match tag.kind {
                        TagKind::StartTag if !tag.self_closing => {
                            self.now.set(self.now.get() + 1);
                            self.max.set(self.max.get().max(self.now.get()));
                        }
                        TagKind::EndTag => self.now.set(self.now.get().saturating_sub(1)),
                        _ => {}
                    }
                }
            }
            TokenSinkResult::Continue
        }
    }
    let tok = Tokenizer::new(
        Depth {
            now: Cell::new(0),
            max: Cell::new(0),
        },
        TokenizerOpts::default(),
    );
    let input = BufferQueue::default();
    input.push_back(StrTendril::from(text));
    // The sink never asks to run a script, so one feed reads the whole page.
    let _ = tok.feed(&input);
    tok.end();
    tok.sink.max.get()
}

/// Elements whose content is not text a reader of the page reads as the minutes.
const SKIPPED: &[&str] = &[
    "head", "script", "style", "template", "noscript", "nav", "svg", "math", "iframe", "object",
    "select", "button", "textarea", "canvas", "audio", "video", "map",
];

/// Elements that end the line before them and start a new one after them.
const BLOCKS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "center",
    "dd",
    "details",
    "dialog",
    "dir",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "header",
    "hgroup",
    "hr",
    "legend",
    "main",
    "menu",
    "pre",
    "section",
    "summary",
    "caption",
    "body",
    "html",
];

struct Block {
    text: String,
    at_space: bool,
    kind: LineKind,
    prefix: String,
    /// Written even when empty (`<p></p>` is an empty paragraph).
    explicit: bool,
}

struct List {
    ordered: bool,
    next: u64,
    format: String,
}

#[derive(Default)]
struct Reader {
    out: Lines,
    block: Option<Block>,
    lists: Vec<List>,
    tables: usize,
    thead: usize,
    row: Option<Vec<String>>,
    row_head: bool,
    /// Whether the outermost table starts with a head row (known at its first row).
    table_head: Option<bool>,
    cell: Option<(String, bool)>,
}

fn attr<'a>(attrs: &'a [Attribute], name: &str) -> Option<&'a str> {
    attrs
        .iter()
        .find(|a| &*a.name.local == name)
        .map(|a| a.value.as_ref())
}

impl Reader {
    /// Walks the tree without recursion, so a page nested a million deep costs no stack.
    fn walk(&mut self, root: &Handle) {
        let mut stack: Vec<(Handle, bool)> = vec![(root.clone(), false)];
        while let Some((node, done)) = stack.pop() {
            match &node.data {
                NodeData::Element { name, attrs, .. } => {
                    let tag = name.local.to_ascii_lowercase();
                    if done {
                        self.exit(&tag);
                        continue;
                    }
                    let attrs = attrs.borrow();
                    let hidden = attr(&attrs, "hidden").is_some()
                        || attr(&attrs, "aria-hidden") == Some("true")
                        || attr(&attrs, "role") == Some("navigation");
                    if SKIPPED.contains(&tag.as_str()) || hidden {
                        continue;
                    }
                    self.enter(&tag, &attrs);
                    stack.push((node.clone(), true));
                    for child in node.children.borrow().iter().rev() {
                        stack.push((child.clone(), false));
                    }
                }
                NodeData::Document => {
                    for child in node.children.borrow().iter().rev() {
                        stack.push((child.clone(), false));
                    }
                }
                NodeData::Text { contents } => self.text(&contents.borrow()),
                _ => {}
            }
        }
    }

    fn text(&mut self, t: &str) {
        if let Some((cell, at_space)) = &mut self.cell {
            collapse_into(cell, t, at_space);
            return;
        }
        if self.tables > 0 && self.row.is_some() {
            // Text in a row outside its cells is not shown in the row.
            return;
        }
        if self.block.is_none() {
            if t.trim_matches(|c: char| matches!(c, ' ' | '\t' | '\n' | '\r' | '\u{c}'))
                .is_empty()
            {
                return;
            }
            self.start(LineKind::Paragraph, String::new(), false);
        }
        if let Some(b) = &mut self.block {
            collapse_into(&mut b.text, t, &mut b.at_space);
        }
    }

    fn start(&mut self, kind: LineKind, prefix: String, explicit: bool) {
        self.flush();
        self.block = Some(Block {
            text: String::new(),
            at_space: true,
            kind,
            prefix,
            explicit,
        });
    }

    /// Writes the open block as a line.
    fn flush(&mut self) {
        if let Some(b) = self.block.take() {
            let text = b.text.trim_matches(' ');
            if b.explicit || !text.is_empty() {
                self.out.push(&format!("{}{text}", b.prefix), b.kind);
            }
        }
    }

    fn in_cell(&mut self) -> Option<&mut (String, bool)> {
        self.cell.as_mut()
    }

    fn enter(&mut self, tag: &str, attrs: &[Attribute]) {
        if let Some((cell, at_space)) = self.in_cell() {
            // Inside a cell everything is the cell's text; blocks and breaks stand apart.
            if tag == "br" || BLOCKS.contains(&tag) || is_text_block(tag) {
                collapse_into(cell, " ", at_space);
            }
            if tag == "table" {
                self.tables += 1;
            }
            return;
        }
        match tag {
            "table" => {
                self.flush();
                self.tables += 1;
            }
            "thead" => self.thead += 1,
            "tr" if self.tables == 1 => {
                self.flush();
                self.row = Some(Vec::new());
                self.row_head = true;
            }
            "td" | "th" if self.tables == 1 && self.row.is_some() => {
                self.cell = Some((String::new(), true));
            }
            "ol" | "ul" => {
                self.flush();
                let start = attr(attrs, "start")
                    .and_then(|s| s.trim().parse::<u64>().ok())
                    .unwrap_or(1);
                self.lists.push(List {
                    ordered: tag == "ol",
                    next: start,
                    format: attr(attrs, "type").unwrap_or("1").to_string(),
                });
            }
            "li" => {
                let depth = self.lists.len().clamp(1, u8::MAX as usize) as u8;
                let (prefix, number) = match self.lists.last_mut() {
                    Some(l) if l.ordered => {
                        if let Some(v) = attr(attrs, "value").and_then(|v| v.trim().parse().ok()) {
                            l.next = v;
                        }
                        let n = l.next;
                        l.next = l.next.saturating_add(1);
                        (format!("{}. ", number_text(n, &l.format)), Some(n))
                    }
                    _ => ("- ".to_string(), None),
                };
                self.start(LineKind::ListItem { number, depth }, prefix, true);
            }
            "p" => {
                // `<li><p>…` keeps the item's number on the paragraph.
                let item_waiting = self.block.as_ref().is_some_and(|b| {
                    matches!(b.kind, LineKind::ListItem { .. }) && b.text.trim().is_empty()
                });
                if !item_waiting {
                    self.start(LineKind::Paragraph, String::new(), true);
                }
            }
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                let level = tag[1..].parse().unwrap_or(1);
                self.start(LineKind::Heading(level), String::new(), true);
            }
            "br" => {
                if let Some(b) = &self.block {
                    let kind = match b.kind {
                        LineKind::Heading(h) => LineKind::Heading(h),
                        _ => LineKind::Plain,
                    };
                    self.flush();
                    self.start(kind, String::new(), false);
                }
            }
            t if BLOCKS.contains(&t) => self.flush(),
            _ => {}
        }
    }

    fn exit(&mut self, tag: &str) {
        if self.cell.is_some() {
            match tag {
                "table" => self.tables = self.tables.saturating_sub(1),
                "td" | "th" if self.tables == 1 => {
                    if let (Some((cell, _)), Some(row)) = (self.cell.take(), &mut self.row) {
                        if tag == "td" {
                            // A row is a head row when it is in `thead` or has only `th` cells.
                            self.row_head = false;
                        }
                        row.push(cell.trim_matches(' ').to_string());
                    }
                }
                t if BLOCKS.contains(&t) || is_text_block(t) => {
                    if let Some((cell, at_space)) = &mut self.cell {
                        collapse_into(cell, " ", at_space);
                    }
                }
                _ => {}
            }
            return;
        }
        match tag {
            "table" => {
                self.tables = self.tables.saturating_sub(1);
                if self.tables == 0 {
                    self.table_head = None;
                }
            }
            "thead" => self.thead = self.thead.saturating_sub(1),
            "tr" if self.tables == 1 => {
                if let Some(cells) = self.row.take() {
                    let head = self.thead > 0 || (self.row_head && !cells.is_empty());
                    let table_head = *self.table_head.get_or_insert(head);
                    self.out.push_row(&cells, head, table_head);
                }
            }
            "ol" | "ul" => {
                self.flush();
                self.lists.pop();
            }
            t if is_text_block(t) || BLOCKS.contains(&t) => self.flush(),
            _ => {}
        }
    }
}

fn is_text_block(tag: &str) -> bool {
    matches!(tag, "p" | "li" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reading(html: &str) -> Vec<String> {
        read(html.as_bytes())
            .unwrap()
            .text
            .lines()
            .map(str::to_string)
            .collect()
    }

    #[test]
    fn blocks_rows_and_lists() {
        let html = "<!DOCTYPE html><html><head><title>X</title><style>p{}</style></head><body>\
            <nav>Home</nav><h1>Besluitenlijst  <b>raad</b></h1><table><tr><th>Datum</th><td>3 maart\n 2024</td></tr></table>\
            <ol start=\"3\"><li>Opening</li><li><p>Notulen</p></li></ol><ul><li>Actie</li></ul>\
            <p></p><div>Losse tekst<br>tweede regel</div><script>x()</script></body></html>";
        assert_eq!(
            reading(html),
            vec![
                "Besluitenlijst raad",
                "Datum\t3 maart 2024",
                "3. Opening",
                "4. Notulen",
                "- Actie",
                "",
                "Losse tekst",
                "tweede regel"
            ]
        );
    }

    #[test]
    fn deep_nesting_is_refused_quickly() {
        let html = "<div>".repeat(MAX_HTML_DEPTH) + "diep";
        assert_eq!(reading(&html), vec!["diep"]);
        let started = std::time::Instant::now();
        let html = "<div>".repeat(200_000) + "diep";
        assert!(read(html.as_bytes())
            .unwrap_err()
            .render(crate::messages::Lang::En)
            .contains("nest"));
        assert!(started.elapsed().as_secs() < 5);
        // Paragraphs and list items need no closing tag and do not nest.
        let html = "<p>a".repeat(5_000);
        assert_eq!(read(html.as_bytes()).unwrap().kinds.len(), 5_000);
    }
}
