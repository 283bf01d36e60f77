//! Word (.docx, F4): the body of `word/document.xml` as its plain-text reading.
//!
//! One line per paragraph; a table row is one line with its cells joined by a TAB (the
//! paragraphs of a cell joined by a space); a numbered or bulleted paragraph starts with the
//! number or bullet Word shows, computed from `numbering.xml` (`w:numPr` on the paragraph or
//! its style, the level's `w:lvlText`, `w:numFmt`, `w:start` and the list's
//! `w:startOverride`), since Word does not store `3.` in the text. A paragraph whose style
//! is a heading (`Heading 2`, `Kop 2`, or a style with an outline level) is a heading.
//! Tracked changes read as accepted (`w:ins` in, `w:del` out) with one note; comments,
//! headers and footers are other parts and are not read; a field reads as its displayed
//! result; a text box's paragraphs follow the paragraph that anchors it.

use super::archive::Archive;
use super::lines::{number_text, Lines};
use super::xml::{El, Node, Ns, Parser};
use super::{Extracted, LineKind};
use crate::messages::word;
use crate::messages::Message;
use crate::msg;
use std::collections::HashMap;

/// The catalogue id of the kind of document, for errors.
const WHAT: &str = "document.word";

/// Reads a .docx file.
pub fn read(bytes: &[u8]) -> Result<Extracted, Message> {
    let mut zip = Archive::open(bytes, WHAT)?;
    let main = main_part(&mut zip)?;
    let Some(document) = zip.text_part(&main)? else {
        return Err(msg!(
            "unreadable.docx-no-main",
            what = word(WHAT),
            part = main
        ));
    };
    let rels = part_rels(&mut zip, &main)?;
    let styles_part = rels
        .get("styles")
        .cloned()
        .unwrap_or_else(|| "word/styles.xml".into());
    let styles = match zip.text_part(&styles_part)? {
        Some(b) => read_styles(&b, &styles_part)?,
        None => Styles::default(),
    };
    let numbering_part = rels
        .get("numbering")
        .cloned()
        .unwrap_or_else(|| "word/numbering.xml".into());
    let numbering = match zip.text_part(&numbering_part)? {
        Some(b) => read_numbering(&b, &numbering_part)?,
        None => Numbering::default(),
    };
    read_body(&document, &main, &styles, &numbering)
}

/// The main document part named by the package relationships (`word/document.xml` as a rule).
fn main_part(zip: &mut Archive<'_>) -> Result<String, Message> {
    if let Some(rels) = zip.text_part("_rels/.rels")? {
        let mut p = Parser::new(&rels, "_rels/.rels");
        while let Some(n) = p.next()? {
            if let Node::Open(e) = n {
                if e.name == "Relationship"
                    && e.attr(Ns::Other, "Type")
                        .is_some_and(|t| t.ends_with("/officeDocument"))
                {
                    if let Some(t) = e.attr(Ns::Other, "Target") {
                        let t = t.trim_start_matches('/');
                        if zip.has(t) {
                            return Ok(t.to_string());
                        }
                    }
                }
            }
        }
    }
    Ok("word/document.xml".into())
}

/// The styles and numbering parts of the main part, by relationship kind.
fn part_rels(zip: &mut Archive<'_>, main: &str) -> Result<HashMap<String, String>, Message> {
    let (dir, file) = main.rsplit_once('/').unwrap_or(("", main));
    let name = if dir.is_empty() {
        format!("_rels/{file}.rels")
    } else {
        format!("{dir}/_rels/{file}.rels")
    };
    let mut out = HashMap::new();
    let Some(rels) = zip.text_part(&name)? else {
        return Ok(out);
    };
    let mut p = Parser::new(&rels, &name);
    while let Some(n) = p.next()? {
        if let Node::Open(e) = n {
            if e.name != "Relationship" || e.attr(Ns::Other, "TargetMode") == Some("External") {
                continue;
            }
            let (Some(ty), Some(target)) = (e.attr(Ns::Other, "Type"), e.attr(Ns::Other, "Target"))
            else {
                continue;
            };
            let kind = ty.rsplit('/').next().unwrap_or_default();
            if kind == "styles" || kind == "numbering" {
                let path = match target.strip_prefix('/') {
                    Some(abs) => abs.to_string(),
                    None if dir.is_empty() => target.to_string(),
                    None => format!("{dir}/{target}"),
                };
                out.insert(kind.to_string(), path);
            }
        }
    }
    Ok(out)
}

fn val(e: &El) -> Option<&str> {
    e.attr(Ns::W, "val")
}

// ---------------------------------------------------------------------------------------
// Styles

#[derive(Debug, Default, Clone)]
struct Style {
    name: String,
    based_on: Option<String>,
    outline: Option<u8>,
    num: Option<(String, Option<u8>)>,
}

#[derive(Debug, Default)]
struct Styles {
    by_id: HashMap<String, Style>,
}

/// What a paragraph style makes of a paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Heading(u8),
    Title,
    Body,
}

impl Styles {
    /// The style and the styles it is based on, nearest first (at most 16, in case of a loop).
    fn chain<'s>(&'s self, id: &'s str) -> impl Iterator<Item = (&'s str, &'s Style)> + 's {
        let mut next = Some(id);
        std::iter::from_fn(move || {
            let id = next?;
            let s = self.by_id.get(id)?;
            next = s.based_on.as_deref();
            Some((id, s))
        })
        .take(16)
    }

    fn role(&self, id: &str) -> Role {
        let named = |id: &str, name: &str| -> Option<Role> {
            let id = id.to_ascii_lowercase();
            let name = name.to_lowercase();
            for word in ["heading", "kop"] {
                for s in [&id, &name] {
                    if let Some(n) = s.strip_prefix(word) {
                        if let Ok(n) = n.trim().parse::<u8>() {
                            if (1..=9).contains(&n) {
                                return Some(Role::Heading(n));
                            }
                        }
                    }
                }
            }
            if id == "title" || name == "title" || name == "titel" {
                return Some(Role::Title);
            }
            None
        };
        if let Some(r) = named(id, "") {
            return r;
        }
        for (sid, s) in self.chain(id) {
            if let Some(r) = named(sid, &s.name) {
                return r;
            }
            if let Some(o) = s.outline {
                return if o < 9 {
                    Role::Heading(o + 1)
                } else {
                    Role::Body
                };
            }
        }
        Role::Body
    }

    fn num(&self, id: &str) -> Option<(String, Option<u8>)> {
        self.chain(id).find_map(|(_, s)| s.num.clone())
    }
}

fn read_styles(bytes: &[u8], part: &str) -> Result<Styles, Message> {
    let mut out = Styles::default();
    let mut p = Parser::new(bytes, part);
    let mut cur: Option<(String, Style)> = None;
    let mut in_ppr = false;
    while let Some(n) = p.next()? {
        match n {
            Node::Open(e) if e.ns == Ns::W => match e.name.as_str() {
                "style" => {
                    cur = e
                        .attr(Ns::W, "styleId")
                        .map(|id| (id.to_string(), Style::default()));
                }
                "name" => {
                    if let (Some((_, s)), Some(v)) = (&mut cur, val(&e)) {
                        s.name = v.to_string();
                    }
                }
                "basedOn" => {
                    if let (Some((_, s)), Some(v)) = (&mut cur, val(&e)) {
                        s.based_on = Some(v.to_string());
                    }
                }
                "pPr" => in_ppr = true,
                "outlineLvl" if in_ppr => {
                    if let (Some((_, s)), Some(v)) = (&mut cur, val(&e)) {
                        s.outline = v.parse().ok();
                    }
                }
                "numId" if in_ppr => {
                    if let (Some((_, s)), Some(v)) = (&mut cur, val(&e)) {
                        let ilvl = s.num.as_ref().and_then(|n| n.1);
                        s.num = Some((v.to_string(), ilvl));
                    }
                }
                "ilvl" if in_ppr => {
                    if let (Some((_, s)), Some(v)) = (&mut cur, val(&e)) {
                        let id = s.num.take().map(|n| n.0).unwrap_or_default();
                        s.num = Some((id, v.parse().ok()));
                    }
                }
                "pPrChange" | "rPr" | "tblPr" | "tcPr" | "trPr" => p.skip()?,
                _ => {}
            },
            Node::Close(e) if e.ns == Ns::W => match e.name.as_str() {
                "style" => {
                    if let Some((id, s)) = cur.take() {
                        out.by_id.insert(id, s);
                    }
                }
                "pPr" => in_ppr = false,
                _ => {}
            },
            _ => {}
        }
    }
    // A style's `w:numPr` with only an `ilvl` names no list.
    for s in out.by_id.values_mut() {
        if s.num.as_ref().is_some_and(|n| n.0.is_empty()) {
            s.num = None;
        }
    }
    Ok(out)
}

// ---------------------------------------------------------------------------------------
// Numbering

#[derive(Debug, Clone)]
struct Level {
    format: String,
    text: String,
    start: u64,
}

impl Default for Level {
    fn default() -> Self {
        Level {
            format: "decimal".into(),
            text: String::new(),
            start: 1,
        }
    }
}

#[derive(Debug, Default)]
struct Numbering {
    /// abstractNumId → levels 0..=8.
    abstracts: HashMap<String, [Option<Level>; 9]>,
    /// numId → (abstractNumId, start overrides per level).
    nums: HashMap<String, (String, [Option<u64>; 9])>,
}

fn read_numbering(bytes: &[u8], part: &str) -> Result<Numbering, Message> {
    let mut out = Numbering::default();
    let mut p = Parser::new(bytes, part);
    let mut abs: Option<(String, [Option<Level>; 9])> = None;
    let mut lvl: Option<(usize, Level)> = None;
    let mut num: Option<(String, String, [Option<u64>; 9])> = None;
    let mut over: Option<usize> = None;
    while let Some(n) = p.next()? {
        match n {
            Node::Open(e) if e.ns == Ns::W => match e.name.as_str() {
                "abstractNum" => {
                    abs = e
                        .attr(Ns::W, "abstractNumId")
                        .map(|id| (id.to_string(), Default::default()));
                }
                "lvl" if abs.is_some() && over.is_none() => {
                    let i = e.attr(Ns::W, "ilvl").and_then(|v| v.parse().ok());
                    lvl = i.filter(|&i: &usize| i < 9).map(|i| (i, Level::default()));
                }
                "lvl" => p.skip()?,
                "start" => {
                    if let (Some((_, l)), Some(v)) = (&mut lvl, val(&e)) {
                        l.start = v.parse().unwrap_or(1);
                    }
                }
                "numFmt" => {
                    if let (Some((_, l)), Some(v)) = (&mut lvl, val(&e)) {
                        l.format = v.to_string();
                    }
                }
                "lvlText" => {
                    if let (Some((_, l)), Some(v)) = (&mut lvl, val(&e)) {
                        l.text = v.to_string();
                    }
                }
                "pPr" | "rPr" if lvl.is_some() => p.skip()?,
                "num" => {
                    num = e
                        .attr(Ns::W, "numId")
                        .map(|id| (id.to_string(), String::new(), [None; 9]));
                }
                "abstractNumId" => {
                    if let (Some(n), Some(v)) = (&mut num, val(&e)) {
                        n.1 = v.to_string();
                    }
                }
                "lvlOverride" => {
                    over = e
                        .attr(Ns::W, "ilvl")
                        .and_then(|v| v.parse().ok())
                        .filter(|&i: &usize| i < 9);
                }
                "startOverride" => {
                    if let (Some(n), Some(i), Some(v)) = (&mut num, over, val(&e)) {
                        n.2[i] = v.parse().ok();
                    }
                }
                _ => {}
            },
            Node::Close(e) if e.ns == Ns::W => match e.name.as_str() {
                "abstractNum" => {
                    if let Some((id, levels)) = abs.take() {
                        out.abstracts.insert(id, levels);
                    }
                }
                "lvl" => {
                    if let (Some((_, levels)), Some((i, l))) = (&mut abs, lvl.take()) {
                        levels[i] = Some(l);
                    }
                }
                "num" => {
                    if let Some((id, a, o)) = num.take() {
                        out.nums.insert(id, (a, o));
                    }
                }
                "lvlOverride" => over = None,
                _ => {}
            },
            _ => {}
        }
    }
    Ok(out)
}

/// The visible numbers of the lists of one document: a counter per list and level.
struct Counters<'n> {
    numbering: &'n Numbering,
    counts: HashMap<String, [u64; 9]>,
}

impl Counters<'_> {
    /// The marker Word shows before a paragraph of list `num_id` at level `ilvl`, and the
    /// number of that level (`None` for a bullet). `None` when the list is not defined.
    fn next(&mut self, num_id: &str, ilvl: u8) -> Option<(String, Option<u64>)> {
        if num_id == "0" {
            return None;
        }
        let (abs, overrides) = self.numbering.nums.get(num_id)?;
        let empty: [Option<Level>; 9] = Default::default();
        let levels = self.numbering.abstracts.get(abs).unwrap_or(&empty);
        let il = usize::from(ilvl.min(8));
        let start =
            |i: usize| overrides[i].unwrap_or_else(|| levels[i].as_ref().map_or(1, |l| l.start));
        let c = self.counts.entry(num_id.to_string()).or_insert([0; 9]);
        c[il] = if c[il] == 0 {
            start(il)
        } else {
            c[il].saturating_add(1)
        };
        for x in c.iter_mut().skip(il + 1) {
            *x = 0;
        }
        let level = levels[il].clone().unwrap_or_else(|| Level {
            text: format!("%{}.", il + 1),
            ..Level::default()
        });
        match level.format.as_str() {
            "bullet" => return Some(("- ".into(), None)),
            "none" => return Some((String::new(), None)),
            _ => {}
        }
        let mut text = level.text.clone();
        for (i, count) in c.iter().enumerate().take(il + 1) {
            let format = levels[i].as_ref().map_or("decimal", |l| l.format.as_str());
            let n = if *count == 0 { start(i) } else { *count };
            text = text.replace(&format!("%{}", i + 1), &number_text(n, format));
        }
        Some((text + " ", Some(c[il])))
    }
}

// ---------------------------------------------------------------------------------------
// The body

#[derive(Debug, Default)]
struct Para {
    text: String,
    style: Option<String>,
    num_id: Option<String>,
    ilvl: Option<u8>,
    outline: Option<u8>,
}

struct Body<'s> {
    styles: &'s Styles,
    counters: Counters<'s>,
    out: Lines,
    /// Open paragraphs: the body's, and those of text boxes anchored in it.
    paras: Vec<Para>,
    /// Lines of text boxes, written after the paragraph that anchors them.
    boxed: Vec<(String, LineKind)>,
    /// Open tables, and the cells of the outermost table's current row.
    tables: usize,
    /// Whether the outermost table starts with a head row (known at its first row).
    table_head: Option<bool>,
    row: Option<(Vec<String>, bool)>,
    cell: Option<Vec<String>>,
    in_run: usize,
    in_text: usize,
    in_ppr: usize,
    /// Complex fields open: `true` while in the instruction (before `separate`).
    fields: Vec<bool>,
    changed: Option<usize>,
}

fn read_body(
    bytes: &[u8],
    part: &str,
    styles: &Styles,
    numbering: &Numbering,
) -> Result<Extracted, Message> {
    let mut b = Body {
        styles,
        counters: Counters {
            numbering,
            counts: HashMap::new(),
        },
        out: Lines::new(),
        paras: Vec::new(),
        boxed: Vec::new(),
        tables: 0,
        table_head: None,
        row: None,
        cell: None,
        in_run: 0,
        in_text: 0,
        in_ppr: 0,
        fields: Vec::new(),
        changed: None,
    };
    let mut p = Parser::new(bytes, part);
    let mut in_body = false;
    while let Some(n) = p.next()? {
        match n {
            Node::Open(e) => {
                if e.is(Ns::W, "body") {
                    in_body = true;
                } else if in_body {
                    b.open(&e, &mut p)?;
                }
            }
            Node::Close(e) => {
                if e.is(Ns::W, "body") {
                    in_body = false;
                } else if in_body {
                    b.close(&e);
                }
            }
            Node::Text(t) => {
                if b.in_text > 0 && !b.fields.last().copied().unwrap_or(false) {
                    if let Some(para) = b.paras.last_mut() {
                        para.text.push_str(&t);
                    }
                }
            }
        }
    }
    if let Some(line) = b.changed {
        b.out.note_at(
            line,
            crate::msg!("reader.tracked-changes"),
            crate::msg!("reader.tracked-changes-word-help"),
        );
    }
    b.out.finish()
}

impl Body<'_> {
    fn push_char(&mut self, c: char) {
        if let Some(para) = self.paras.last_mut() {
            para.text.push(c);
        }
    }

    fn open(&mut self, e: &El, p: &mut Parser<'_>) -> Result<(), Message> {
        if e.is(Ns::Mc, "Fallback") {
            // The same content as `mc:Choice`, for older readers.
            return p.skip();
        }
        if e.ns != Ns::W {
            return Ok(());
        }
        match e.name.as_str() {
            "p" => self.paras.push(Para::default()),
            "pPr" => self.in_ppr += 1,
            "pPrChange" | "rPrChange" | "sectPr" | "tblPr" | "tblGrid" | "trPr" | "tcPr" => {
                return p.skip()
            }
            "pStyle" if self.in_ppr > 0 => {
                if let (Some(para), Some(v)) = (self.paras.last_mut(), val(e)) {
                    para.style = Some(v.to_string());
                }
            }
            "numId" if self.in_ppr > 0 => {
                if let (Some(para), Some(v)) = (self.paras.last_mut(), val(e)) {
                    para.num_id = Some(v.to_string());
                }
            }
            "ilvl" if self.in_ppr > 0 => {
                if let (Some(para), Some(v)) = (self.paras.last_mut(), val(e)) {
                    para.ilvl = v.parse().ok();
                }
            }
            "outlineLvl" if self.in_ppr > 0 => {
                if let (Some(para), Some(v)) = (self.paras.last_mut(), val(e)) {
                    para.outline = v.parse().ok();
                }
            }
            "rPr" => return p.skip(),
            "del" | "moveFrom" => {
                self.mark_changed();
                return p.skip();
            }
            "ins" | "moveTo" => self.mark_changed(),
            "r" => self.in_run += 1,
            "t" if self.in_run > 0 => self.in_text += 1,
            "tab" if self.in_run > 0 => self.push_char('\t'),
            // A line break reads as a space; a page or column break as nothing.
            "br" if self.in_run > 0
                && !matches!(e.attr(Ns::W, "type"), Some("page" | "column")) =>
            {
                self.push_char(' ')
            }
            "cr" if self.in_run > 0 => self.push_char(' '),
            "noBreakHyphen" if self.in_run > 0 => self.push_char('-'),
            "fldChar" => match e.attr(Ns::W, "fldCharType") {
                Some("begin") => self.fields.push(true),
                Some("separate") => {
                    if let Some(f) = self.fields.last_mut() {
                        *f = false;
                    }
                }
                Some("end") => {
                    self.fields.pop();
                }
                _ => {}
            },
            "instrText" | "delText" | "delInstrText" | "footnoteReference" | "endnoteReference"
            | "commentReference" => return p.skip(),
            "tbl" => {
                self.tables += 1;
            }
            "tr" if self.tables == 1 => self.row = Some((Vec::new(), false)),
            "tblHeader" => {
                if let Some(row) = &mut self.row {
                    row.1 = val(e) != Some("0") && val(e) != Some("false");
                }
            }
            "tc" if self.tables == 1 => self.cell = Some(Vec::new()),
            _ => {}
        }
        Ok(())
    }

    fn mark_changed(&mut self) {
        if self.changed.is_none() {
            self.changed = Some(self.out.len());
        }
    }

    fn close(&mut self, e: &El) {
        if e.ns != Ns::W {
            return;
        }
        match e.name.as_str() {
            "p" => {
                if let Some(para) = self.paras.pop() {
                    self.paragraph(para);
                }
            }
            "pPr" => self.in_ppr = self.in_ppr.saturating_sub(1),
            "r" => self.in_run = self.in_run.saturating_sub(1),
            "t" => self.in_text = self.in_text.saturating_sub(1),
            "tc" if self.tables == 1 => {
                if let (Some(row), Some(cell)) = (&mut self.row, self.cell.take()) {
                    row.0.push(cell.join(" "));
                }
            }
            "tr" if self.tables == 1 => {
                if let Some((cells, head)) = self.row.take() {
                    let table_head = *self.table_head.get_or_insert(head);
                    self.out.push_row(&cells, head, table_head);
                    self.flush_boxes();
                }
            }
            "tbl" => {
                self.tables = self.tables.saturating_sub(1);
                if self.tables == 0 {
                    self.table_head = None;
                }
            }
            _ => {}
        }
    }

    fn flush_boxes(&mut self) {
        for (line, kind) in std::mem::take(&mut self.boxed) {
            self.out.push(&line, kind);
        }
    }

    /// A paragraph ends: a line of its own, a piece of a table cell, or a line of a text box.
    fn paragraph(&mut self, para: Para) {
        if let Some(cell) = &mut self.cell {
            // The paragraphs of a cell (and of a table or text box inside it) stand apart,
            // joined by a space.
            cell.push(para.text);
            return;
        }
        let role = para
            .style
            .as_deref()
            .map_or(Role::Body, |s| self.styles.role(s));
        let role = match (role, para.outline) {
            (Role::Body, Some(o)) if o < 9 => Role::Heading(o + 1),
            (r, _) => r,
        };
        let num = match (&para.num_id, para.ilvl) {
            (Some(id), il) => Some((id.clone(), il.unwrap_or(0))),
            (None, il) => para.style.as_deref().and_then(|s| {
                self.styles
                    .num(s)
                    .map(|(id, sil)| (id, il.or(sil).unwrap_or(0)))
            }),
        };
        let marker = num.and_then(|(id, il)| {
            self.counters
                .next(&id, il)
                .map(|(m, n)| (m, n, il.saturating_add(1)))
        });
        let (line, kind) = match (role, marker) {
            (Role::Heading(level), m) => (
                format!("{}{}", m.map(|m| m.0).unwrap_or_default(), para.text),
                LineKind::Heading(level),
            ),
            (Role::Title, m) => (
                format!("{}{}", m.map(|m| m.0).unwrap_or_default(), para.text),
                LineKind::Heading(1),
            ),
            (Role::Body, Some((m, number, depth))) if !m.is_empty() => (
                format!("{m}{}", para.text),
                LineKind::ListItem { number, depth },
            ),
            (Role::Body, _) => (para.text, LineKind::Paragraph),
        };
        if self.paras.is_empty() {
            self.out.push(&line, kind);
            if self.tables == 0 {
                self.flush_boxes();
            }
        } else {
            // A paragraph of a text box: after the paragraph that anchors it.
            self.boxed.push((line, kind));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_come_from_the_definitions() {
        let numbering = r#"<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1.%2)"/></w:lvl></w:abstractNum>
<w:num w:numId="5"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="3"/></w:lvlOverride></w:num>
</w:numbering>"#;
        let n = read_numbering(numbering.as_bytes(), "n").unwrap();
        let mut c = Counters {
            numbering: &n,
            counts: HashMap::new(),
        };
        assert_eq!(c.next("5", 0), Some(("3. ".into(), Some(3))));
        assert_eq!(c.next("5", 0), Some(("4. ".into(), Some(4))));
        assert_eq!(c.next("5", 1), Some(("4.a) ".into(), Some(1))));
        assert_eq!(c.next("5", 1), Some(("4.b) ".into(), Some(2))));
        assert_eq!(c.next("5", 0), Some(("5. ".into(), Some(5))));
        assert_eq!(c.next("9", 0), None);
    }
}
