//! OpenDocument text (.odt, F4): the body of `content.xml` as its plain-text reading.
//!
//! One line per `text:p` or `text:h` (a heading, at its `text:outline-level`); a
//! `table:table-row` is one line with its cells joined by a TAB (the paragraphs of a cell
//! joined by a space); a `text:list-item` starts with the number or bullet its list style
//! shows (`style:num-format`, `style:num-prefix`, `style:num-suffix`, `text:start-value`).
//! `text:s` is that many spaces and `text:tab` a TAB; other white space in the XML collapses
//! to one space, as ODF asks. Tracked changes read as accepted: the deleted text lives in
//! `text:tracked-changes`, which is not read, and the document gets one note. Notes
//! (footnotes) and comments (`office:annotation`) are not part of the reading.

use super::archive::Archive;
use super::lines::{collapse_into, number_text, Lines};
use super::xml::{El, Node, Ns, Parser};
use super::{Extracted, LineKind};
use crate::messages::word;
use crate::messages::Message;
use crate::msg;
use std::collections::HashMap;

/// The catalogue id of the kind of document, for errors.
const WHAT: &str = "document.odt";

/// Reads an .odt file.
pub fn read(bytes: &[u8]) -> Result<Extracted, Message> {
    let mut zip = Archive::open(bytes, WHAT)?;
    if let Some(m) = zip.part("mimetype")? {
        let m = String::from_utf8_lossy(&m).trim().to_string();
        if m != "application/vnd.oasis.opendocument.text"
            && m != "application/vnd.oasis.opendocument.text-template"
        {
            let kind = if m.contains("spreadsheet") {
                "unreadable.kind-spreadsheet"
            } else if m.contains("presentation") {
                "unreadable.kind-presentation"
            } else {
                "unreadable.kind-other"
            };
            return Err(msg!("unreadable.odt-other-kind", kind = word(kind)));
        }
    }
    if let Some(manifest) = zip.text_part("META-INF/manifest.xml")? {
        let mut p = Parser::new(&manifest, "META-INF/manifest.xml");
        while let Some(n) = p.next()? {
            if matches!(&n, Node::Open(e) if e.is(Ns::Manifest, "encryption-data")) {
                return Err(super::archive::password(WHAT));
            }
        }
    }
    let Some(content) = zip.text_part("content.xml")? else {
        return Err(msg!("unreadable.odt-no-content", what = word(WHAT)));
    };
    let mut styles = ListStyles::default();
    if let Some(s) = zip.text_part("styles.xml")? {
        styles.read(&s, "styles.xml")?;
    }
    styles.read(&content, "content.xml")?;
    read_body(&content, &styles)
}

#[derive(Debug, Clone)]
enum ListLevel {
    Number {
        prefix: String,
        suffix: String,
        format: String,
        start: u64,
    },
    Bullet,
}

#[derive(Debug, Default)]
struct ListStyles {
    /// list style name → level (1-based) → how it is shown.
    by_name: HashMap<String, HashMap<u32, ListLevel>>,
}

impl ListStyles {
    fn read(&mut self, bytes: &[u8], part: &str) -> Result<(), Message> {
        let mut p = Parser::new(bytes, part);
        let mut cur: Option<String> = None;
        while let Some(n) = p.next()? {
            match n {
                Node::Open(e) if e.is(Ns::Text, "list-style") => {
                    cur = e.attr(Ns::Style, "name").map(str::to_string);
                    if let Some(c) = &cur {
                        self.by_name.insert(c.clone(), HashMap::new());
                    }
                }
                Node::Open(e) if e.ns == Ns::Text && cur.is_some() => {
                    let level = e
                        .attr(Ns::Text, "level")
                        .and_then(|l| l.parse().ok())
                        .unwrap_or(1);
                    let shown = match e.name.as_str() {
                        "list-level-style-number" => ListLevel::Number {
                            prefix: e.attr(Ns::Style, "num-prefix").unwrap_or("").into(),
                            suffix: e.attr(Ns::Style, "num-suffix").unwrap_or("").into(),
                            format: e.attr(Ns::Style, "num-format").unwrap_or("1").into(),
                            start: e
                                .attr(Ns::Text, "start-value")
                                .and_then(|v| v.parse().ok())
                                .unwrap_or(1),
                        },
                        "list-level-style-bullet" | "list-level-style-image" => ListLevel::Bullet,
                        _ => continue,
                    };
                    if let Some(m) = cur.as_ref().and_then(|c| self.by_name.get_mut(c)) {
                        m.insert(level, shown);
                    }
                }
                Node::Close(e) if e.is(Ns::Text, "list-style") => cur = None,
                _ => {}
            }
        }
        Ok(())
    }

    fn level(&self, style: Option<&str>, level: u32) -> ListLevel {
        style
            .and_then(|s| self.by_name.get(s))
            .and_then(|m| m.get(&level))
            .cloned()
            .unwrap_or(ListLevel::Number {
                prefix: String::new(),
                suffix: ".".into(),
                format: "1".into(),
                start: 1,
            })
    }
}

/// An open `text:list`: its style, level, how it shows numbers and the count so far.
struct List {
    style: Option<String>,
    level: u32,
    shown: ListLevel,
    count: u64,
    /// The marker of the current item, until its first paragraph takes it.
    marker: Option<(String, Option<u64>)>,
}

/// A block whose text is being gathered: a paragraph or heading, and where it goes.
struct Block {
    text: String,
    at_space: bool,
    kind: LineKind,
    prefix: String,
}

struct Body<'s> {
    styles: &'s ListStyles,
    out: Lines,
    lists: Vec<List>,
    blocks: Vec<Block>,
    /// The cells of the current table row, and the paragraphs of the current cell.
    rows: Vec<(Vec<String>, bool)>,
    cell: Option<Vec<String>>,
    header_rows: usize,
    /// Whether the outermost table starts with a head row (known at its first row).
    table_head: Option<bool>,
    changed: bool,
    first_change: Option<usize>,
}

fn read_body(bytes: &[u8], styles: &ListStyles) -> Result<Extracted, Message> {
    let mut b = Body {
        styles,
        out: Lines::new(),
        lists: Vec::new(),
        blocks: Vec::new(),
        rows: Vec::new(),
        cell: None,
        header_rows: 0,
        table_head: None,
        changed: false,
        first_change: None,
    };
    let mut p = Parser::new(bytes, "content.xml");
    let mut in_text = false;
    while let Some(n) = p.next()? {
        match n {
            Node::Open(e) if e.is(Ns::Office, "text") => in_text = true,
            Node::Close(e) if e.is(Ns::Office, "text") => in_text = false,
            Node::Open(e) if in_text => b.open(&e, &mut p)?,
            Node::Close(e) if in_text => b.close(&e),
            Node::Text(t) if in_text => {
                if let Some(block) = b.blocks.last_mut() {
                    collapse_into(&mut block.text, &t, &mut block.at_space);
                }
            }
            _ => {}
        }
    }
    if b.changed {
        b.out.note_at(
            b.first_change.unwrap_or(0),
            crate::msg!("reader.tracked-changes"),
            crate::msg!("reader.tracked-changes-help"),
        );
    }
    b.out.finish()
}

impl Body<'_> {
    fn push(&mut self, s: &str) {
        if let Some(block) = self.blocks.last_mut() {
            block.text.push_str(s);
            block.at_space = false;
        }
    }

    fn open(&mut self, e: &El, p: &mut Parser<'_>) -> Result<(), Message> {
        // White space collapses within one run of character data, not across elements.
        if let Some(block) = self.blocks.last_mut() {
            block.at_space = false;
        }
        match e.ns {
            Ns::Text => match e.name.as_str() {
                "tracked-changes" => {
                    p.skip()?;
                    self.changed = true;
                }
                "p" | "h" => {
                    let kind = if e.name == "h" {
                        let level = e
                            .attr(Ns::Text, "outline-level")
                            .and_then(|l| l.parse::<u8>().ok())
                            .unwrap_or(1)
                            .clamp(1, 9);
                        LineKind::Heading(level)
                    } else if e.attr(Ns::Text, "style-name") == Some("Title") {
                        LineKind::Heading(1)
                    } else {
                        LineKind::Paragraph
                    };
                    let (prefix, kind) = match self.lists.last_mut() {
                        Some(l) => match l.marker.take() {
                            Some((m, number)) => {
                                let depth = l.level.min(u8::MAX as u32) as u8;
                                let kind = match kind {
                                    LineKind::Heading(h) => LineKind::Heading(h),
                                    _ => LineKind::ListItem { number, depth },
                                };
                                (m, kind)
                            }
                            None => (String::new(), kind),
                        },
                        None => (String::new(), kind),
                    };
                    self.blocks.push(Block {
                        text: String::new(),
                        at_space: false,
                        kind,
                        prefix,
                    });
                }
                "s" => {
                    let n = e
                        .attr(Ns::Text, "c")
                        .and_then(|c| c.parse::<usize>().ok())
                        .unwrap_or(1)
                        .min(1000);
                    self.push(&" ".repeat(n));
                }
                "tab" => self.push("\t"),
                "line-break" => self.push(" "),
                "note" => p.skip()?,
                "list" => {
                    let (style, level) = match self.lists.last() {
                        Some(l) => (l.style.clone(), l.level + 1),
                        None => (None, 1),
                    };
                    let style = e.attr(Ns::Text, "style-name").map(str::to_string).or(style);
                    let shown = self.styles.level(style.as_deref(), level);
                    let count = match &shown {
                        ListLevel::Number { start, .. } => start.saturating_sub(1),
                        ListLevel::Bullet => 0,
                    };
                    self.lists.push(List {
                        style,
                        level,
                        shown,
                        count,
                        marker: None,
                    });
                }
                "list-item" | "list-header" => {
                    if let Some(l) = self.lists.last_mut() {
                        if let Some(v) = e
                            .attr(Ns::Text, "start-value")
                            .and_then(|v| v.parse::<u64>().ok())
                        {
                            l.count = v.saturating_sub(1);
                        }
                        l.marker = if e.name == "list-header" {
                            Some((String::new(), None))
                        } else {
                            l.count = l.count.saturating_add(1);
                            Some(match &l.shown {
                                ListLevel::Bullet => ("- ".into(), None),
                                ListLevel::Number {
                                    prefix,
                                    suffix,
                                    format,
                                    ..
                                } => (
                                    format!("{prefix}{}{suffix} ", number_text(l.count, format)),
                                    Some(l.count),
                                ),
                            })
                        };
                    }
                }
                "change" | "change-start" => {
                    self.changed = true;
                    self.first_change.get_or_insert(self.out.len());
                }
                "table-of-content" | "illustration-index" | "alphabetical-index"
                | "bibliography" | "sequence-decls" | "variable-decls" | "user-field-decls" => {
                    p.skip()?
                }
                _ => {}
            },
            Ns::Office if e.name == "annotation" || e.name == "forms" => p.skip()?,
            Ns::Table => match e.name.as_str() {
                "table-header-rows" => self.header_rows += 1,
                "table-row" => self.rows.push((Vec::new(), self.header_rows > 0)),
                "table-cell" | "covered-table-cell" if self.rows.len() == 1 => {
                    self.cell = Some(Vec::new());
                }
                _ => {}
            },
            // Images, shapes and their titles are not text; a text box's paragraphs are.
            Ns::Draw if matches!(e.name.as_str(), "image" | "object" | "object-ole") => p.skip()?,
            _ => {}
        }
        Ok(())
    }

    fn close(&mut self, e: &El) {
        if let Some(block) = self.blocks.last_mut() {
            block.at_space = false;
        }
        match e.ns {
            Ns::Text => match e.name.as_str() {
                "p" | "h" => {
                    if let Some(block) = self.blocks.pop() {
                        let line = format!("{}{}", block.prefix, block.text);
                        if let Some(cell) = &mut self.cell {
                            cell.push(line);
                        } else if let Some(outer) = self.blocks.last_mut() {
                            // A paragraph inside a paragraph (a text box): its text joins.
                            outer.text.push(' ');
                            outer.text.push_str(&line);
                        } else {
                            self.out.push(&line, block.kind);
                        }
                    }
                }
                "list" => {
                    self.lists.pop();
                }
                _ => {}
            },
            Ns::Table => match e.name.as_str() {
                "table" if self.rows.is_empty() => self.table_head = None,
                "table-header-rows" => self.header_rows = self.header_rows.saturating_sub(1),
                "table-cell" | "covered-table-cell" if self.rows.len() == 1 => {
                    if let (Some(row), Some(cell)) = (self.rows.last_mut(), self.cell.take()) {
                        row.0.push(cell.join(" "));
                    }
                }
                "table-row" => {
                    if let Some((cells, head)) = self.rows.pop() {
                        if self.rows.is_empty() {
                            let table_head = *self.table_head.get_or_insert(head);
                            self.out.push_row(&cells, head, table_head);
                        }
                    }
                }
                _ => {}
            },
            _ => {}
        }
    }
}
