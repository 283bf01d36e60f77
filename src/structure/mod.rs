//! The structure pass: finds the meeting in the lines the grammar has classified (header
//! fields, attendance lists, items, sections, the lists at the end) and builds the `Document`.
//!
//! The grammar classifies each line of the reading (`crate::parse::lines`); the reader's
//! hint for the line (a Markdown heading, list item, table row, front matter) refines it.
//! Header facts and attendance are taken wherever real minutes write them: a `Key: value`
//! field, a label with its values on the following lines, a heading over a list or a table,
//! a sentence (`… Aanwezig: Anne, Bram en Cor. Afwezig: Dirk.`), a flattened header with
//! several keys on one line, role groups (`Leden: …`, `Namens het bevoegd gezag: …`).

mod attendance;
mod header;
mod items;
mod lists;
mod text;

use self::attendance::{
    continues_list, inline_segments, is_column_head, is_next_meeting, is_role_group, is_sentence,
    prose_verb, sentence_end, split_entries, trailer_kind, Piece, SegmentKey,
};
use self::items::{find_agenda, is_agenda_heading, nest_topics};
use self::lists::{looks_like_names, role_of_field};
use self::text::looks_like_value;
use crate::input::LineKind;
use crate::model::*;
use crate::parse::{field_key_prefix, parse_entry, Line};
use crate::people::{squash, PersonName};
use std::sync::Arc;

/// Parses a document. The grammar is total, so this never fails; should pest report an
/// error on a line anyway (a grammar bug), that line becomes an unrecognised line.
pub fn parse(text: &str) -> Document {
    read(text, &[])
}

/// Parses a reading: its text, with the format's hint for each line.
pub fn parse_reading(reading: &crate::input::Reading) -> Document {
    read(&reading.text, &reading.kinds)
}

/// Reads a whole text into a `Document`, with a reader's hint per line (may be empty).
fn read(text: &str, kinds: &[LineKind]) -> Document {
    let mut b = Builder::new(text, kinds);
    for (span, line) in crate::parse::lines(text) {
        b.line(span, line);
    }
    b.finish()
}

/// A list value read over one or more lines (`Aanwezig: A, B, C` / `D, E`, a name wrapped
/// as `H.` / `Wijbenga`), split into entries only when it is complete.
#[derive(Debug, Clone)]
struct OpenValue {
    /// What the names are for.
    target: ValueTarget,
    /// From the first byte of the value to the end of its last line so far.
    span: Span,
    /// The value came from a sentence and ends with it (`… Aanwezig: A, B en C. Het …`).
    sentence: bool,
    /// A list item: one entry or a few, never wrapped into the next item; a comma or
    /// semicolon closing it is punctuation, not an empty entry.
    item: bool,
}

/// What an open value belongs to.
#[derive(Debug, Clone, Copy)]
enum ValueTarget {
    /// Names for a list, in a role group.
    List(usize, Option<Role>),
    /// The value of a header field that may hold further keys (`Voorzitter: X Griffier: Y`):
    /// the field's index and its list.
    Header(usize, Option<usize>),
}

/// A field whose value is on a following line (`Datum` / `14 maart 2024`).
#[derive(Debug, Clone)]
struct Pending {
    kind: FieldKind,
    key: Span,
}

struct Builder<'t> {
    text: &'t str,
    kinds: &'t [LineKind],
    /// Where every line of the text starts, for looking ahead.
    starts: Vec<usize>,
    doc: Document,
    /// Index of the list that takes one name per line, while it is open.
    open_list: Option<usize>,
    /// The open list had names on its key line: only indented lines continue it.
    open_list_indented: bool,
    /// The open list's last line ended in a comma: the next line continues it.
    open_list_comma: bool,
    /// The role group the open list's next names belong to (`Leden:`, `Griffie:`).
    open_role: Option<Role>,
    /// A table whose columns are attendance lists (`| Aanwezig | Afwezig |`).
    table_lists: Vec<Option<usize>>,
    /// Labels waiting for their values on the following lines.
    pending: Vec<Pending>,
    /// A waiting label has been filled: the next lines fill the others, in order.
    pending_filled: bool,
    /// A list value that may still go on over wrapped lines; split when the list closes.
    value: Option<OpenValue>,
    /// The list a blank line just closed: a group label after it (`College van Bestuur:`)
    /// opens it again.
    closed_list: Option<usize>,
    /// How many entries the open list had when it was opened or reopened for a group: a blank
    /// line right under a group heading does not end the list.
    list_mark: usize,
    /// Whether the head of an attendance table names its second column as part of the name
    /// (`| Voornaam | Achternaam |`) or not (`| Naam | Organisatie |`); `None` without a head.
    second_cell_named: Option<bool>,
    /// Whether the first plain topic heading stood after a blank line.
    topics_after_blank: Option<bool>,
    /// A blank line came before the current line.
    after_blank: bool,
    /// The current unnumbered section heading (`Ter besluitvorming`).
    section: Option<String>,
    /// Whether a non-header line has been seen (the header is over).
    body_started: bool,
    /// Items are written as headings (Markdown `##`): numbered list lines are content.
    heading_items: bool,
    /// Inside an item, an enumeration that restarted at 1: the number expected next.
    enumeration: Option<u32>,
    /// Inside a `Volgende vergadering` block.
    next_meeting: bool,
    /// Inside the action list or decision list at the end.
    trailer: Option<TrailerKind>,
    /// Heading level of each item in `doc.items` (0: not a heading line).
    levels: Vec<u8>,
}

impl<'t> Builder<'t> {
    pub(super) fn new(text: &'t str, kinds: &'t [LineKind]) -> Self {
        let starts = crate::source::line_starts(text);
        Builder {
            text,
            kinds,
            starts,
            doc: Document::default(),
            open_list: None,
            open_list_indented: false,
            open_list_comma: false,
            open_role: None,
            table_lists: Vec::new(),
            pending: Vec::new(),
            pending_filled: false,
            value: None,
            closed_list: None,
            list_mark: 0,
            second_cell_named: None,
            topics_after_blank: None,
            after_blank: false,
            section: None,
            body_started: false,
            heading_items: false,
            enumeration: None,
            next_meeting: false,
            trailer: None,
            levels: Vec::new(),
        }
    }

    /// Takes one line, as the grammar read it.
    fn line(&mut self, line_span: Span, line: Line) {
        let blank = line == Line::Blank;
        let hint = self
            .kinds
            .get(self.doc.lines.len())
            .copied()
            .unwrap_or_default();
        self.doc.lines.push(line_span);
        // A document's paragraph starts a new paragraph, as a line after a blank line does.
        if hint == LineKind::Paragraph && !blank {
            self.after_blank = true;
        }
        if !matches!(hint, LineKind::TableRow { .. } | LineKind::Markup) {
            self.table_lists.clear();
        }
        // A table pasted as text (`Naam<TAB>Functie`) goes on while its lines hold tabs.
        let tabbed = self.text[line_span.range()].contains('\t');
        if !matches!(hint, LineKind::TableRow { .. } | LineKind::Markup) && !tabbed {
            self.second_cell_named = None;
        }
        match hint {
            LineKind::Markup => return,
            LineKind::FrontMatter => {
                self.front_matter(line_span);
                return;
            }
            LineKind::Heading(level) if !blank => {
                self.heading(line, line_span, level);
                self.after_blank = false;
                return;
            }
            LineKind::TableRow { head } if !blank => {
                self.table_row(line, line_span, head);
                self.after_blank = false;
                return;
            }
            _ => {}
        }
        // `Aanwezigen:` / `Afwezig:` / `Notulist:`, then `A, B` / `-` / `C`: a dash fills its
        // label with nothing.
        // `Datum` / `6 oktober 2025`: the date fills its label (and is no item 6).
        if self
            .pending
            .first()
            .is_some_and(|p| p.kind == FieldKind::Date)
        {
            let raw = self.text[line_span.range()].trim();
            let dates = crate::nl::dates::find_dates(raw);
            if dates.first().is_some_and(|d| {
                raw[..d.start].split_whitespace().count() <= 1 && raw.len() - d.end <= 20
            }) {
                self.fill_pending(line_span.trim(self.text));
                self.after_blank = false;
                return;
            }
        }
        if self.pending_filled && !self.pending.is_empty() {
            let raw = self.text[line_span.range()].trim();
            if matches!(raw, "-" | "–" | "—") || crate::nl::lexicon::NO_VALUE_WORDS.contains(raw)
            {
                self.fill_pending(Span::new(line_span.end(), line_span.end()));
                self.after_blank = false;
                return;
            }
        }
        // `- Wouter` / `-` / `- Christina`: a bullet with no name is an empty entry.
        if let Some(l) = self.open_list {
            let raw = self.text[line_span.range()].trim();
            if matches!(raw, "-" | "*" | "•" | "–" | "+") {
                self.flush_value();
                let at = line_span.trim(self.text);
                self.doc.lists[l].empties.push(at);
                self.after_blank = false;
                return;
            }
        }
        match line {
            Line::Blank => {
                // `Aanwezig zijn A en B.` / blank / `Namens de vrijwilligers:`: groups may follow
                // a list written in a sentence too.
                if let Some(OpenValue {
                    target: ValueTarget::List(l, _),
                    sentence: true,
                    ..
                }) = self.value
                {
                    if self.open_list.is_none() && self.doc.lists[l].kind == ListKind::Present {
                        self.closed_list = Some(l);
                    }
                }
                self.flush_value();
                if let Some(l) = self.open_list {
                    if self.doc.lists[l].entries.len() > self.list_mark {
                        self.close_list();
                        self.closed_list = Some(l);
                    }
                }
                // The values of a row of labels stand together; a blank line ends them.
                if self.pending_filled {
                    self.pending.clear();
                    self.pending_filled = false;
                }
                self.after_blank = true;
                return;
            }
            Line::TableHead => {
                self.doc.table_layout = true;
                self.close_list();
                self.body_started = true;
            }
            Line::Field { kind, key, value } => self.header_kv(kind, key, value, line_span),
            Line::Label { kind, key } => self.label_line(kind, key, line_span),
            Line::ItemRow {
                label,
                blocks,
                untabbed: false,
            } => self.item_row(label, blocks, line_span, ItemForm::TableRow),
            Line::ItemRow {
                label,
                blocks,
                untabbed: true,
            } => {
                if self.doc.table_layout {
                    self.item_row(label, blocks, line_span, ItemForm::UntabbedRow)
                } else {
                    self.plain_line(line_span)
                }
            }
            Line::Numbered { number, title } => {
                // A nested list item (`   1. Opening en welkom` under `1. Opening`) is content.
                if matches!(hint, LineKind::ListItem { depth, .. } if depth > 1) {
                    self.close_list();
                    self.text_line(line_span, ParagraphKind::Bullet);
                    self.after_blank = false;
                    return;
                }
                let list_item = matches!(hint, LineKind::ListItem { .. });
                self.numbered_heading(number, title, line_span, 0, list_item);
            }
            Line::Marker(marker) => {
                self.close_list();
                if self.trailer.is_some() {
                    self.trailer_row(line_span);
                } else {
                    self.text_line(line_span, ParagraphKind::Marker(marker))
                }
            }
            Line::Bullet(content) => {
                let in_header = self.doc.items.is_empty() && self.trailer.is_none();
                // `- Aanwezig: A, B` / `- Afwezig met bericht: C` / `- Toehoorders: D`: a
                // field bullet starts its own field, also right after another list's bullet.
                if let Some(c) = content.filter(|_| in_header) {
                    if self.bullet_field(c, line_span) {
                        self.after_blank = false;
                        return;
                    }
                }
                if let Some(c) = content.filter(|_| in_header) {
                    // `- Namens het bevoegd gezag: Hendrik Vermeulen` among the field bullets.
                    let grouped = if self.open_list.is_some() && self.is_group_line(&c) {
                        self.list_line(c, true);
                        true
                    } else {
                        self.open_list.is_none() && self.reopen_for_group(c)
                    };
                    if grouped {
                        self.after_blank = false;
                        return;
                    }
                }
                if self.trailer.is_some() {
                    self.trailer_row(line_span);
                } else if self.open_list.is_some() && !self.open_list_indented {
                    if let Some(sp) = content {
                        self.list_line(sp, true);
                    }
                } else if !self.pending.is_empty() {
                    if let Some(sp) = content {
                        self.fill_pending(sp);
                    }
                } else {
                    self.text_line(line_span, ParagraphKind::Bullet)
                }
            }
            Line::Text => self.plain_line(line_span),
            Line::Unrecognized => {
                // `Datum` / `10-4-2012`: a value of digits alone fills a waiting label.
                let raw = self.text[line_span.range()].trim();
                if !self.pending.is_empty() && looks_like_value(raw) {
                    self.fill_pending(line_span.trim(self.text));
                } else {
                    self.doc.unrecognized.push(line_span);
                }
            }
        }
        self.after_blank = false;
    }

    /// Whether attendance may still be recorded here: in the header, or in the first item
    /// (`1. Opening` / `Aanwezig: …`) while no present list has been found.
    pub(super) fn attendance_open(&self) -> bool {
        !self.next_meeting
            && self.trailer.is_none()
            && (self.doc.items.is_empty()
                || (self.doc.items.len() == 1
                    && self.doc.items[0].subitems.is_empty()
                    && !self.doc.table_layout
                    && !self.doc.lists.iter().any(|l| l.kind == ListKind::Present)))
    }

    pub(super) fn finish(mut self) -> Document {
        self.flush_value();
        let moved = find_agenda(&mut self.doc, &self.levels);
        self.levels.drain(..moved);
        nest_topics(&mut self.doc, &self.levels);
        self.doc.body_start = self
            .doc
            .items
            .first()
            .map_or(self.text.len(), |i| i.heading.start());
        self.doc
    }
}
