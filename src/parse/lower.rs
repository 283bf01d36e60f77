//! The only code that reads pest pairs: builds the `Document` model, with spans.
//!
//! The grammar classifies each line of the reading; the reader's hint for the line (a
//! Markdown heading, list item, table row, front matter) refines it. Header facts and
//! attendance are taken wherever real minutes write them: a `Key: value` field, a label with
//! its values on the following lines, a heading over a list or a table, a sentence
//! (`… Aanwezig: Anne, Bram en Cor. Afwezig: Dirk.`), a flattened header with several keys
//! on one line, role groups (`Leden: …`, `Namens het bevoegd gezag: …`).

use super::attendance::{
    continues_list, inline_segments, is_column_head, is_next_meeting, is_role_group, is_sentence,
    prose_verb, sentence_end, split_entries, trailer_kind, Piece, SegmentKey,
};
use super::{MinutesParser, Rule};
use crate::input::LineKind;
use crate::model::*;
use crate::people::{squash, PersonName};
use pest::iterators::Pair;
use pest::Parser;
use std::sync::Arc;

/// Lowers a whole text into a `Document`, with a reader's hint per line (may be empty).
pub fn lower_document(text: &str, kinds: &[LineKind]) -> Document {
    let mut b = Builder::new(text, kinds);
    match MinutesParser::parse(Rule::document, text) {
        Ok(mut pairs) => {
            let doc = pairs.next();
            for pair in doc.into_iter().flat_map(|d| d.into_inner()) {
                b.line(pair);
            }
        }
        Err(_) => {
            // The grammar is total; this keeps notulint useful should that ever break.
            let mut off = 0;
            for l in text.split('\n') {
                let span = Span::new(off, off + l.len());
                b.doc.unrecognized.push(span.clone());
                b.doc.lines.push(span);
                off += l.len() + 1;
            }
        }
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
    fn new(text: &'t str, kinds: &'t [LineKind]) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
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

    fn span(p: &Pair<'_, Rule>) -> Span {
        Span::new(p.as_span().start(), p.as_span().end())
    }

    fn line(&mut self, pair: Pair<'t, Rule>) {
        let rule = pair.as_rule();
        if rule == Rule::EOI {
            return;
        }
        let mut line_span = Self::span(&pair);
        // A CR before LF belongs to the line end, not the line.
        if self.text[line_span.range()].ends_with('\r') {
            line_span = Span::new(line_span.start(), line_span.end() - 1);
        }
        let hint = self
            .kinds
            .get(self.doc.lines.len())
            .copied()
            .unwrap_or_default();
        self.doc.lines.push(line_span.clone());
        // A document's paragraph starts a new paragraph, as a line after a blank line does.
        if hint == LineKind::Paragraph && rule != Rule::blank_line {
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
            LineKind::Heading(level) if rule != Rule::blank_line => {
                self.heading(pair, line_span, level);
                self.after_blank = false;
                return;
            }
            LineKind::TableRow { head } if rule != Rule::blank_line => {
                self.table_row(pair, line_span, head);
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
            if matches!(
                raw,
                "-" | "–" | "—" | "n.v.t." | "nvt" | "geen" | "Geen" | "N.v.t."
            ) {
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
        match rule {
            Rule::blank_line => {
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
            Rule::table_head => {
                self.doc.table_layout = true;
                self.close_list();
                self.body_started = true;
            }
            Rule::header_field => self.header_field(pair, line_span),
            Rule::label_line => self.label_line(pair, line_span),
            Rule::item_row => self.item_row(pair, line_span, ItemForm::TableRow),
            Rule::item_row_untabbed => {
                if self.doc.table_layout {
                    self.item_row(pair, line_span, ItemForm::UntabbedRow)
                } else {
                    self.plain_line(line_span)
                }
            }
            Rule::numbered_heading => {
                // A nested list item (`   1. Opening en welkom` under `1. Opening`) is content.
                if matches!(hint, LineKind::ListItem { depth, .. } if depth > 1) {
                    self.close_list();
                    self.text_line(line_span, ParagraphKind::Bullet);
                    self.after_blank = false;
                    return;
                }
                let list_item = matches!(hint, LineKind::ListItem { .. });
                self.numbered_heading(pair, line_span, 0, list_item);
            }
            Rule::marker_line => {
                let key = pair
                    .clone()
                    .into_inner()
                    .find(|p| p.as_rule() == Rule::marker_key)
                    .map(|p| p.as_str().to_lowercase())
                    .unwrap_or_default();
                let marker = match key.as_str() {
                    "besluit" | "besluiten" => Marker::Decision,
                    "conclusie" => Marker::Conclusion,
                    "advies" => Marker::Advice,
                    "afspraak" | "toezegging" => Marker::Agreement,
                    _ => Marker::Action,
                };
                self.close_list();
                if self.trailer.is_some() {
                    self.trailer_row(line_span);
                } else {
                    self.text_line(line_span, ParagraphKind::Marker(marker))
                }
            }
            Rule::bullet_line => {
                let content = pair
                    .clone()
                    .into_inner()
                    .find(|p| p.as_rule() == Rule::bullet_text)
                    .map(|p| Self::span(&p).trim(self.text));
                let in_header = self.doc.items.is_empty() && self.trailer.is_none();
                // `- Aanwezig: A, B` / `- Afwezig met bericht: C` / `- Toehoorders: D`: a
                // field bullet starts its own field, also right after another list's bullet.
                if let Some(c) = content.clone().filter(|_| in_header) {
                    if self.bullet_field(c, line_span.clone()) {
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
                    let t = pair.into_inner().find(|p| p.as_rule() == Rule::bullet_text);
                    if let Some(t) = t {
                        let sp = Self::span(&t).trim(self.text);
                        self.list_line(sp, true);
                    }
                } else if !self.pending.is_empty() {
                    let t = pair.into_inner().find(|p| p.as_rule() == Rule::bullet_text);
                    if let Some(t) = t {
                        let sp = Self::span(&t).trim(self.text);
                        self.fill_pending(sp);
                    }
                } else {
                    self.text_line(line_span, ParagraphKind::Bullet)
                }
            }
            Rule::text_line => self.plain_line(line_span),
            _ => {
                // `Datum` / `10-4-2012`: a value of digits alone fills a waiting label.
                let raw = self.text[line_span.range()].trim();
                if !self.pending.is_empty() && looks_like_value(raw) {
                    self.fill_pending(line_span.trim(self.text));
                } else {
                    self.doc.unrecognized.push(line_span.clone());
                }
            }
        }
        self.after_blank = false;
    }

    /// Whether attendance may still be recorded here: in the header, or in the first item
    /// (`1. Opening` / `Aanwezig: …`) while no present list has been found.
    fn attendance_open(&self) -> bool {
        !self.next_meeting
            && self.trailer.is_none()
            && (self.doc.items.is_empty()
                || (self.doc.items.len() == 1
                    && self.doc.items[0].subitems.is_empty()
                    && !self.doc.table_layout
                    && !self.doc.lists.iter().any(|l| l.kind == ListKind::Present)))
    }

    // ------------------------------------------------------------ Markdown blocks

    /// `title: …`, `date: 2024-11-29` in front matter.
    fn front_matter(&mut self, line: Span) {
        let t = &self.text[line.range()];
        let Some(colon) = t.find(':') else { return };
        let key = t[..colon].trim().to_lowercase();
        let mut value = Span::new(line.start() + colon + 1, line.end()).trim(self.text);
        let v = &self.text[value.range()];
        if v.len() >= 2
            && (v.starts_with('"') && v.ends_with('"') || v.starts_with('\'') && v.ends_with('\''))
        {
            value = Span::new(value.start() + 1, value.end() - 1);
        }
        let key_span = Span::new(line.start(), line.start() + colon).trim(self.text);
        let kind = match key.as_str() {
            "title" | "titel" => {
                if self.doc.title.is_none() && !value.is_empty() {
                    self.doc.title = Some(value);
                }
                return;
            }
            "date" | "datum" => FieldKind::Date,
            "status" => FieldKind::Status,
            "voorzitter" | "chair" => FieldKind::Chair,
            "notulist" | "notulen" => FieldKind::MinuteTaker,
            "locatie" | "location" | "plaats" => FieldKind::Location,
            _ => return,
        };
        self.doc.fields.push(Field {
            kind,
            key: key_span,
            value,
            line,
        });
    }

    /// A Markdown heading: a title, an item, a label over a list, a section, or the start of
    /// the next-meeting block or of the lists at the end.
    fn heading(&mut self, pair: Pair<'t, Rule>, line: Span, level: u8) {
        let content = line.trim(self.text);
        let t = self.text[content.range()].to_string();
        let lower = t.to_lowercase();
        let lower = lower.trim().trim_end_matches(':').trim();
        self.close_list();
        self.pending.clear();
        self.enumeration = None;
        self.next_meeting = is_next_meeting(lower) && !self.doc.items.is_empty();
        if self.next_meeting {
            self.doc.next_meeting = Some(content.clone());
            if pair.as_rule() != Rule::numbered_heading {
                self.text_line(line, ParagraphKind::Heading);
                return;
            }
        }
        if !self.doc.items.is_empty() {
            if let Some(k) = trailer_kind(lower) {
                self.trailer = Some(k);
                return;
            }
        }
        self.trailer = None;
        match pair.as_rule() {
            Rule::header_field if self.attendance_open() => {
                self.header_field(pair, line);
                return;
            }
            Rule::label_line if self.attendance_open() => {
                self.label_line(pair, line);
                return;
            }
            Rule::numbered_heading => {
                // A numbered heading is always an item.
                self.numbered_heading(pair, line, level.max(1), false);
                return;
            }
            _ => {}
        }
        let before_anything = self.doc.items.is_empty()
            && self.doc.fields.is_empty()
            && self.doc.lists.is_empty()
            && !self.body_started;
        if self.doc.title.is_none() && before_anything {
            self.doc.title = Some(content);
            return;
        }
        if self.doc.items.is_empty() && (level == 1 || is_agenda_heading(lower)) {
            // A second title line, or the heading over the agenda list.
            self.push_paragraph(Paragraph {
                kind: ParagraphKind::Heading,
                span: content,
                after_blank: true,
            });
            return;
        }
        // `## Ter besluitvorming` over the items it groups is a section; `## Mededelingen`
        // with its own text under it is an item.
        if is_section_title(&t) && self.heading_follows() {
            self.section = Some(t);
            self.push_paragraph(Paragraph {
                kind: ParagraphKind::Heading,
                span: content,
                after_blank: true,
            });
            return;
        }
        self.topic(content, line, level);
    }

    /// An unnumbered topic heading (`## Notulen vorige vergadering`) is an item too.
    fn topic(&mut self, title: Span, line: Span, level: u8) {
        if level == 0 {
            self.topics_after_blank.get_or_insert(self.after_blank);
        }
        self.close_list();
        self.body_started = true;
        self.heading_items |= level > 0;
        self.doc.items.push(Item {
            label: String::new(),
            label_span: Span::new(title.start(), title.start()),
            title: strip_tags(&self.text[title.range()]),
            title_span: title,
            heading: line.clone(),
            form: ItemForm::Topic,
            paragraphs: Vec::new(),
            subitems: Vec::new(),
            section: self.section.clone(),
            span: line,
        });
        self.levels.push(level);
    }

    /// A table row: a header field (`| Datum | 14 maart 2024 |`), a row of an attendance
    /// table, a row of the lists at the end, or text.
    fn table_row(&mut self, pair: Pair<'t, Rule>, line: Span, head: bool) {
        let cells = self.cells(&line);
        if self.trailer.is_some() {
            if !head {
                self.trailer_row(line);
            }
            return;
        }
        if !self.table_lists.is_empty() {
            let cols = self.table_lists.clone();
            for (c, l) in cells.iter().zip(cols) {
                if let Some(l) = l {
                    let pieces = split_entries(self.text, c);
                    self.add_entries(l, pieces, None);
                }
            }
            return;
        }
        // `| Afwezig met bericht | Ilse, Tjeerd |` after `| Aanwezig | … |`: the next field of
        // a header table, not a row of names.
        if pair.as_rule() == Rule::header_field && self.attendance_open() {
            self.close_list();
            self.header_field(pair, line);
            return;
        }
        if let Some(l) = self.open_list {
            self.list_row(l, &cells, head);
            return;
        }
        if self.attendance_open() {
            if let Some(cols) = self.list_columns(&cells) {
                self.table_lists = cols;
                return;
            }
            if pair.as_rule() == Rule::header_field {
                self.header_field(pair, line);
                return;
            }
        }
        self.text_line(line, ParagraphKind::Text);
    }

    /// A row of a table under an attendance label: the name is in the first cell, a function
    /// or organisation may follow (`| Anne Kok | voorzitter |`, `Anne Kok<TAB>ICTU`).
    fn list_row(&mut self, l: usize, cells: &[Span], head: bool) {
        if head
            || cells
                .first()
                .is_some_and(|c| is_column_head(&self.text[c.range()]))
        {
            // `| Naam | Organisatie |` over the rows of names.
            if let Some(cols) = self.list_columns(cells) {
                self.table_lists = cols;
            }
            // `| Naam | Organisatie |`: the second cell holds no part of the name.
            self.second_cell_named = cells.get(1).map(|c| {
                let h = self.text[c.range()]
                    .trim()
                    .trim_end_matches(':')
                    .to_lowercase();
                matches!(
                    h.as_str(),
                    "achternaam" | "voornaam" | "naam" | "voorletters" | "tussenvoegsel"
                )
            });
            return;
        }
        let Some(first) = cells.first() else { return };
        let mut e = parse_entry(self.text, first);
        let split_name = self.second_cell_named != Some(false);
        // `| Alexander | Green | Logius |`: given name and surname in cells of their own.
        if let Some(second) = cells.get(1).filter(|_| split_name) {
            let given = self.text[first.range()].trim();
            let surname = self.text[second.range()].trim();
            let all_given = given.split_whitespace().all(crate::nl::is_first_name);
            let surname_like = surname.split_whitespace().last().is_some_and(|w| {
                w.starts_with(char::is_uppercase) && w.chars().any(char::is_lowercase)
            });
            if all_given && surname_like && !crate::nl::is_first_name(surname) {
                e.name = Arc::new(PersonName::parse(&format!("{given} {surname}")));
                e.name_span = Span::new(first.start(), second.end());
            }
        }
        // `| Haasnoot | Peter | Logius |`: surname and given name in cells of their own.
        if let Some(second) = cells.get(1).filter(|_| split_name) {
            let given = self.text[second.range()].trim();
            let surname = self.text[first.range()].trim();
            if crate::nl::is_first_name(given)
                && !crate::nl::is_first_name(surname)
                && !surname.contains(' ')
            {
                e.name = Arc::new(PersonName::parse(&format!("{given} {surname}")));
                e.name_span = Span::new(first.start(), second.end());
            }
        }
        // `| Van Gelderen, Edward | VNG |`: one person a cell, surname first.
        let written = &self.text[first.range()];
        if let Some((surname, given)) = written.split_once(',') {
            let given = given.trim();
            if !given.is_empty() && !given.contains(',') && given.split_whitespace().count() <= 2 {
                e.name = Arc::new(PersonName::parse(&format!("{given} {}", surname.trim())));
            }
        }
        if e.role.is_none() {
            e.role = self.open_role.or_else(|| {
                cells[1..]
                    .iter()
                    .find_map(|c| role_word(&self.text[c.range()].to_lowercase()))
            });
        }
        self.doc.lists[l].entries.push(e);
    }

    /// The cells of a table row (split at TAB), trimmed, empty ones dropped.
    fn cells(&self, line: &Span) -> Vec<Span> {
        let t = &self.text[line.range()];
        let mut out = Vec::new();
        let mut off = 0;
        for c in t.split('\t') {
            let sp = Span::new(line.start() + off, line.start() + off + c.len()).trim(self.text);
            if !sp.is_empty() {
                out.push(sp);
            }
            off += c.len() + 1;
        }
        out
    }

    /// When every cell of a row is an attendance key (`| Aanwezig | Afwezig |`), opens a
    /// list per column.
    fn list_columns(&mut self, cells: &[Span]) -> Option<Vec<Option<usize>>> {
        let kinds: Vec<Option<FieldKind>> = cells.iter().map(|c| self.key_of(c)).collect();
        if cells.is_empty()
            || kinds
                .iter()
                .any(|k| k.and_then(FieldKind::list_kind).is_none())
        {
            return None;
        }
        let mut cols = Vec::new();
        for (c, k) in cells.iter().zip(kinds) {
            let lk = k.and_then(FieldKind::list_kind)?;
            self.doc.lists.push(AttendanceList {
                kind: lk,
                key: c.clone(),
                entries: Vec::new(),
                empties: Vec::new(),
            });
            cols.push(Some(self.doc.lists.len() - 1));
        }
        Some(cols)
    }

    /// The field a piece of text names when it is a key and nothing else (`Aanwezig:`).
    fn key_of(&self, span: &Span) -> Option<FieldKind> {
        let t = self.text[span.range()].trim().trim_end_matches(':').trim();
        let pairs = MinutesParser::parse(Rule::field_key, t).ok()?;
        let key = pairs.into_iter().next()?;
        if key.as_str().len() != t.len() {
            return None;
        }
        key.into_inner().next().map(|k| kind_of_key(k.as_rule()))
    }

    // ------------------------------------------------------------ header

    fn header_field(&mut self, pair: Pair<'t, Rule>, line: Span) {
        let mut key_pair = None;
        let mut value = Span::new(line.end(), line.end());
        for p in pair.into_inner() {
            match p.as_rule() {
                Rule::field_key => key_pair = p.into_inner().next(),
                Rule::field_value => value = Self::span(&p).trim(self.text),
                _ => {}
            }
        }
        let Some(key_pair) = key_pair else { return };
        let kind = kind_of_key(key_pair.as_rule());
        let key = Self::span(&key_pair);
        self.header_kv(kind, key, value, line);
    }

    /// `- **Toehoorders:** Koen Haitsma`: a header field written as a list item. Returns
    /// whether the item was one.
    fn bullet_field(&mut self, content: Span, line: Span) -> bool {
        let t = &self.text[content.range()];
        let Some((kind, len)) = field_key_prefix(t) else {
            return false;
        };
        let after = &t[len..];
        let spaces = after.len() - after.trim_start().len();
        if !after[spaces..].starts_with(':') {
            return false;
        }
        let key = Span::new(content.start(), content.start() + len);
        let value = Span::new(content.start() + len + spaces + 1, content.end()).trim(self.text);
        self.header_kv(kind, key, value, line);
        true
    }

    /// A header field with its key and value, wherever it was written.
    fn header_kv(&mut self, kind: FieldKind, key: Span, value: Span, line: Span) {
        let attendance = kind.list_kind().is_some()
            || matches!(
                kind,
                FieldKind::Chair | FieldKind::MinuteTaker | FieldKind::Secretary | FieldKind::Clerk
            );
        let in_header = self.doc.items.is_empty() && !self.next_meeting && self.trailer.is_none();
        if !(in_header || attendance && self.attendance_open())
            || (self.body_started && self.doc.table_layout)
        {
            // After the agenda has started a `Key: value` line is ordinary text.
            self.plain_text(line);
            return;
        }
        let value = if value.is_empty() {
            Span::new(line.end(), line.end())
        } else {
            value
        };
        // `Voorzitter: X Griffier: Y Wethouders: A, B De leden: C`, maybe wrapped over lines:
        // a flattened header, read when it is complete.
        self.flush_value();
        self.field(kind, key, value.clone(), line);
        let field = self.doc.fields.len() - 1;
        let list = kind
            .list_kind()
            .and(self.open_list)
            .filter(|_| self.doc.fields[field].value == value);
        if !value.is_empty()
            && (list.is_some() || !inline_segments(self.text, &value, true).is_empty())
        {
            // The names are read with the rest of the value, once it is complete.
            self.value = Some(OpenValue {
                target: ValueTarget::Header(field, list),
                span: value,
                sentence: false,
                item: false,
            });
        }
    }

    /// Records one header field (and opens its list).
    fn field(&mut self, kind: FieldKind, key: Span, value: Span, line: Span) {
        // Inside a one-name-per-line present list, `Voorzitter: X` is a role sub-heading of the list.
        // Only a list opened with an empty `Aanwezig:` has sub-headings; after `A, B,` a
        // `Voorzitter:` line is a header field of its own.
        let in_present = self.open_list.filter(|&l| {
            !self.open_list_indented
                && !self.open_list_comma
                && self.doc.lists[l].kind == ListKind::Present
        });
        if let (Some(l), Some(role)) = (in_present, role_of_field(kind)) {
            self.doc.fields.push(Field {
                kind,
                key,
                value: value.clone(),
                line,
            });
            if !value.is_empty() {
                let entries = split_entries(self.text, &value);
                self.add_entries(l, entries, Some(role));
            }
            return;
        }
        if value.is_empty() && kind.list_kind().is_none() {
            self.pending.push(Pending {
                kind,
                key: key.clone(),
            });
        }
        self.doc.fields.push(Field {
            kind,
            key: key.clone(),
            value: value.clone(),
            line,
        });
        if let Some(lk) = kind.list_kind() {
            self.doc.lists.push(AttendanceList {
                kind: lk,
                key: key.clone(),
                entries: Vec::new(),
                empties: Vec::new(),
            });
            let l = self.doc.lists.len() - 1;
            self.open_list = Some(l);
            self.list_mark = 0;
            self.open_role = None;
            // A value that ends in a comma goes on on the next line, indented or not.
            let continues = self.text[value.range()].trim_end().ends_with(',');
            self.open_list_indented = !value.is_empty() && !continues;
            self.open_list_comma = continues;
            if value.is_empty() {
                self.pending.push(Pending { kind, key });
            }
        } else {
            self.close_list();
        }
    }

    /// Records a field found inside another's value (a flattened header), with its names.
    fn field_with_names(&mut self, kind: FieldKind, key: Span, value: Span, line: Span) {
        self.field(kind, key, value.clone(), line);
        if let (Some(_), Some(l)) = (kind.list_kind(), self.open_list) {
            if !value.is_empty() {
                let entries = split_entries(self.text, &value);
                self.add_entries(l, entries, None);
            }
        }
    }

    /// Ends the open list: its growing value is split into entries.
    fn close_list(&mut self) {
        self.flush_value();
        self.open_list = None;
        self.list_mark = 0;
    }

    /// Splits the open value into entries (and further keys of a flattened header).
    fn flush_value(&mut self) {
        let Some(v) = self.value.take() else { return };
        let mut span = v.span.trim(self.text);
        let mut more = Vec::new();
        if v.sentence {
            // Further keys in the same sentence run (`… B.V.). Afwezig: X, Y.`) open lists
            // of their own.
            more = inline_segments(self.text, &span, false);
            if let Some(first) = more.first() {
                span = Span::new(span.start(), first.key.start()).trim(self.text);
            }
            let t = &self.text[span.range()];
            span = Span::new(span.start(), span.start() + sentence_end(t, 0, t.len()));
            // `zijn Linda van der Velde, …` after a key at the end of the line before.
            let t = &self.text[span.range()];
            if let Some(verb) = prose_verb(&format!(" {t}")) {
                span = Span::new(span.start() + verb - 1, span.end());
            }
        }
        for seg in more {
            if let SegmentKey::Field(k) = seg.kind {
                if k.list_kind().is_some() {
                    let line = Span::new(seg.key.start(), seg.value.end());
                    self.field_with_names(k, seg.key, seg.value, line);
                    self.open_list = None;
                }
            }
        }
        match v.target {
            ValueTarget::List(l, role) => {
                let mut entries = split_entries(self.text, &span);
                if v.item {
                    // `- Anne Kok,`: a list item's closing comma is punctuation.
                    if let Some(Piece::Empty(sp)) = entries.last() {
                        if sp.end() >= span.end() {
                            entries.pop();
                        }
                    }
                }
                self.add_entries(l, entries, role);
            }
            ValueTarget::Header(field, list) => {
                let segments = inline_segments(self.text, &span, true);
                let first_end = segments.first().map_or(span.end(), |s| s.key.start());
                let first = Span::new(span.start(), first_end).trim(self.text);
                let line = self.doc.fields[field].line.clone();
                self.doc.fields[field].value = first.clone();
                if let Some(l) = list {
                    if !first.is_empty() {
                        let entries = split_entries(self.text, &first);
                        self.add_entries(l, entries, None);
                    }
                }
                let keep_open = self.open_list;
                // `Deelnemers: voorzitter: X; leden: A, B`: the list is all in groups.
                let grouped = list.is_some() && first.is_empty();
                // A flattened attendance block (`Voorzitter: X Griffier: Y De leden: A, B`):
                // its officers are present too.
                let block = segments.iter().any(|s| {
                    matches!(s.kind, SegmentKey::Group(_))
                        || matches!(s.kind, SegmentKey::Field(k) if k == FieldKind::Present)
                });
                let first_kind = self.doc.fields[field].kind;
                if block && !first.is_empty() {
                    if let Some(role) = role_of_field(first_kind) {
                        self.role_group(Some(role), first.clone());
                    }
                }
                for seg in segments {
                    match seg.kind {
                        SegmentKey::Field(k) if grouped && role_of_field(k).is_some() => {
                            if let Some(l) = list {
                                let entries = split_entries(self.text, &seg.value);
                                self.add_entries(l, entries, role_of_field(k));
                            }
                        }
                        SegmentKey::Field(k) if block && role_of_field(k).is_some() => {
                            self.doc.fields.push(Field {
                                kind: k,
                                key: seg.key,
                                value: seg.value.clone(),
                                line: line.clone(),
                            });
                            self.role_group(role_of_field(k), seg.value);
                        }
                        SegmentKey::Field(k) => {
                            self.field_with_names(k, seg.key, seg.value, line.clone())
                        }
                        SegmentKey::Group(role) => self.role_group(role, seg.value),
                    }
                }
                if list.is_some() {
                    self.open_list = keep_open.or(self.open_list);
                }
            }
        }
    }

    /// Adds a line to the open value when it goes on with it (a wrapped list); returns
    /// whether it did.
    fn extend_value(&mut self, line: &Span) -> bool {
        let Some(v) = &self.value else { return false };
        // A document's paragraph is whole: a list value never wraps onto the next one.
        if self.kinds.get(self.doc.lines.len().wrapping_sub(1)) == Some(&LineKind::Paragraph) {
            return false;
        }
        if v.item {
            return false;
        }
        let prev = self.text[v.span.range()].trim_end();
        let raw = self.text[line.range()].trim();
        let header = matches!(v.target, ValueTarget::Header(..))
            && !inline_segments(self.text, &v.span, true).is_empty();
        // A list inside a sentence goes on until the sentence ends (`Aanwezig: Ewout Pols` /
        // `(Lindeveen ICT), Bram de Leeuw …, Sander de Ridder.`).
        let sentence_open = v.sentence && sentence_end(prev, 0, prev.len()) == prev.len();
        if sentence_open && !raw.is_empty() || continues_list(prev, raw, header) {
            if let Some(v) = &mut self.value {
                v.span = Span::new(v.span.start(), line.end());
            }
            return true;
        }
        false
    }

    /// `Aanwezig` or `**Datum**` alone on a line: the values follow.
    fn label_line(&mut self, pair: Pair<'t, Rule>, line: Span) {
        let key_pair = pair
            .into_inner()
            .find(|p| p.as_rule() == Rule::field_key)
            .and_then(|p| p.into_inner().next());
        let Some(key_pair) = key_pair else { return };
        let kind = kind_of_key(key_pair.as_rule());
        let attendance = kind.list_kind().is_some();
        let in_header = self.doc.items.is_empty() && !self.next_meeting && self.trailer.is_none();
        if !(in_header || attendance && self.attendance_open())
            || self.doc.table_layout && self.body_started
        {
            self.plain_text(line);
            return;
        }
        let key = Self::span(&key_pair);
        // A second label right after a first one with no value yet: a two-column residue
        // (`Aanwezig:` / `Afwezig:` / then the names in the same order).
        self.field(kind, key, Span::new(line.end(), line.end()), line);
    }

    /// A line that fills the oldest waiting label.
    fn fill_pending(&mut self, value: Span) {
        let p = self.pending.remove(0);
        self.pending_filled = !self.pending.is_empty();
        match p.kind.list_kind() {
            Some(_) => {
                // The list was opened by its label: this line holds its names.
                let l = self
                    .doc
                    .lists
                    .iter()
                    .rposition(|l| l.key == p.key)
                    .unwrap_or(self.doc.lists.len().saturating_sub(1));
                if l < self.doc.lists.len() {
                    self.flush_value();
                    self.pending.retain(|q| q.key != p.key);
                    self.value = Some(OpenValue {
                        target: ValueTarget::List(l, None),
                        span: value,
                        sentence: false,
                        item: false,
                    });
                }
                if self.pending.is_empty() {
                    self.list_mark = 0;
                    self.open_list = Some(l);
                    self.open_list_indented = false;
                }
            }
            None => {
                if let Some(f) = self.doc.fields.iter_mut().rev().find(|f| f.key == p.key) {
                    f.value = value;
                }
            }
        }
    }

    /// `Leden: A, B` inside a flattened header or the attendance block: the names are present.
    fn role_group(&mut self, role: Option<Role>, value: Span) {
        let l = match self
            .doc
            .lists
            .iter()
            .rposition(|l| l.kind == ListKind::Present)
        {
            Some(l) => l,
            None => {
                self.doc.lists.push(AttendanceList {
                    kind: ListKind::Present,
                    key: Span::new(value.start(), value.start()),
                    entries: Vec::new(),
                    empties: Vec::new(),
                });
                self.doc.lists.len() - 1
            }
        };
        if !value.is_empty() {
            let entries = split_entries(self.text, &value);
            self.add_entries(l, entries, role);
        }
    }

    fn list_line(&mut self, sp: Span, bullet: bool) {
        let Some(l) = self.open_list else { return };
        // `Leden: A, B` / `College van Bestuur: C` / `- het bestuur: D, voorzitter;`
        let t = &self.text[sp.range()];
        if let Some(colon) = t.find(':') {
            let head = t[..colon].trim();
            if let Some(role) = is_role_group(head) {
                let value = Span::new(sp.start() + colon + 1, sp.end()).trim(self.text);
                self.flush_value();
                // `- Afwezig: Sietske` / `- Namens het bevoegd gezag: Hendrik`: a group after
                // the names of those absent is there (an `Afwezig:` over groups has none yet).
                let l = if self.doc.lists[l].entries.is_empty() {
                    l
                } else {
                    self.group_list(l)
                };
                self.open_list = Some(l);
                self.open_role = role;
                self.value = Some(OpenValue {
                    target: ValueTarget::List(l, role),
                    span: value,
                    sentence: false,
                    item: bullet,
                });
                return;
            }
        }
        if !bullet && self.extend_value(&sp) {
            return;
        }
        self.flush_value();
        let role = self.open_role;
        self.value = Some(OpenValue {
            target: ValueTarget::List(l, role),
            span: sp,
            sentence: false,
            item: bullet,
        });
    }

    fn add_entries(&mut self, l: usize, pieces: Vec<Piece>, role: Option<Role>) {
        // Names have come for this list: its label waits no longer.
        let key = self.doc.lists[l].key.clone();
        self.pending.retain(|p| p.key != key);
        let entries = &mut self.doc.lists[l].entries;
        // At most one entry a piece: a list of 10⁶ names on one line is sized once (`reserve`
        // still doubles for a list that comes one name a line).
        entries.reserve(pieces.len());
        for piece in pieces {
            match piece {
                Piece::Empty(sp) => self.doc.lists[l].empties.push(sp),
                Piece::Entry(sp, function) => {
                    let mut e = parse_entry(self.text, &sp);
                    if let Some(f) = function {
                        let w = self.text[f.range()].trim().to_lowercase();
                        e.role = e.role.or(role_word(&w));
                        e.annotations.push(w);
                    }
                    if e.role.is_none() {
                        e.role = role;
                    }
                    self.doc.lists[l].entries.push(e);
                }
            }
        }
    }

    // ------------------------------------------------------------ items

    fn item_row(&mut self, pair: Pair<'t, Rule>, line: Span, form: ItemForm) {
        self.body_started = true;
        self.close_list();
        self.pending.clear();
        self.doc.table_layout = true;
        let mut label = Span::default();
        let mut blocks: Vec<(bool, Span)> = Vec::new(); // (is <p>, text span)
        for p in pair.into_inner() {
            match p.as_rule() {
                Rule::item_letter | Rule::item_digits => label = Self::span(&p),
                Rule::cell => {
                    for c in p.into_inner() {
                        match c.as_rule() {
                            Rule::p_block => {
                                let t = c
                                    .into_inner()
                                    .next()
                                    .map(|t| Self::span(&t))
                                    .unwrap_or_default();
                                blocks.push((true, t.trim(self.text)));
                            }
                            _ => {
                                let t = Self::span(&c).trim(self.text);
                                if !t.is_empty() {
                                    blocks.push((false, t));
                                }
                            }
                        }
                    }
                }
                _ => {}
            }
        }
        let mut blocks = blocks.into_iter().filter(|(_, s)| !s.is_empty());
        let title = blocks
            .next()
            .map(|(_, s)| s)
            .unwrap_or(Span::new(line.end(), line.end()));
        let title_text = strip_tags(&self.text[title.range()]);
        self.doc.items.push(Item {
            label: self.text[label.range()].to_string(),
            label_span: label,
            title: title_text,
            title_span: title.clone(),
            heading: line.clone(),
            form,
            paragraphs: Vec::new(),
            subitems: Vec::new(),
            section: None,
            span: line.clone(),
        });
        self.levels.push(0);
        for (_, sp) in blocks {
            self.cell_block(sp);
        }
    }

    /// A paragraph inside an F1 cell: a numbered sub-item heading or text.
    fn cell_block(&mut self, sp: Span) {
        let t = &self.text[sp.range()];
        if let Some((label_len, title_start)) = sub_item_number(t) {
            let label = Span::new(sp.start(), sp.start() + label_len);
            let title = Span::new(sp.start() + title_start, sp.end()).trim(self.text);
            if looks_like_title(&self.text[title.range()]) {
                self.push_subitem(label, title, sp, ItemForm::SubItem);
                return;
            }
        }
        self.push_paragraph(Paragraph {
            kind: ParagraphKind::Text,
            span: sp,
            after_blank: true,
        });
    }

    /// A numbered line: an item, a sub-item, an entry of an enumeration inside an item, or a
    /// row of the lists at the end. `level` is the heading level (0: not a heading). Returns
    /// whether the line was taken as an item.
    fn numbered_heading(
        &mut self,
        pair: Pair<'t, Rule>,
        line: Span,
        level: u8,
        list_item: bool,
    ) -> bool {
        let mut number = Span::default();
        let mut title = Span::default();
        for p in pair.into_inner() {
            match p.as_rule() {
                Rule::item_number => number = Self::span(&p),
                Rule::heading_text => title = Self::span(&p).trim(self.text),
                _ => {}
            }
        }
        let heading = level > 0;
        if self.trailer.is_some() && !heading {
            self.trailer_row(line);
            return false;
        }
        let title_text = self.text[title.range()].to_string();
        let num = self.text[number.range()].to_string();
        let ord = leading_number(&num);
        let dotted = num.trim_end_matches('.').contains('.');
        if !heading && !dotted && !self.doc.table_layout {
            // Under items written as headings, numbered list lines are content (an
            // enumeration, review comments, an agenda list repeated inside an item).
            if list_item && self.heading_items {
                self.enumeration = ord.map(|o| o + 1);
                self.text_line(line, ParagraphKind::Bullet);
                return false;
            }
            // An enumeration inside an item restarts at 1 and counts on (`1. Personeel`,
            // `2. Financiën` under `5. Begroting`), or follows a line that announces it.
            let last = self.doc.items.last();
            let in_item_with_text =
                last.is_some_and(|it| !it.paragraphs.is_empty() || !it.subitems.is_empty());
            let announced = last
                .and_then(|it| it.paragraphs.last())
                .is_some_and(|p| self.text[p.span.range()].trim_end().ends_with(':'));
            // `3 Sociale veiligheid` after `2 Begroting` and an enumeration `1.` `2.`: the next
            // item, written as the items are, after a blank line.
            let style_of = |sp: &Span| self.text[sp.end()..].chars().next();
            let last_ord = last.and_then(|it| leading_number(&it.label));
            let next_item = ord.is_some()
                && ord == last_ord.map(|n| n + 1)
                && style_of(&number) == last.and_then(|it| style_of(&it.label_span))
                && looks_like_title(&title_text)
                && self.after_blank;
            let continues = self.enumeration.is_some() && self.enumeration == ord;
            let restarts = ord == Some(1) && in_item_with_text;
            if in_item_with_text && !next_item && (continues || restarts || announced) {
                self.enumeration = ord.map(|o| o + 1);
                self.text_line(line, ParagraphKind::Bullet);
                return false;
            }
        }
        let before_header_end =
            self.doc.items.is_empty() && self.doc.lists.is_empty() && self.doc.fields.is_empty();
        // `4. Vaststelling rooster van aftreden van het bestuur.` right after item 3 is the next
        // item, whatever its full stop.
        let next_in_line = ord.is_some()
            && ord
                == self
                    .doc
                    .items
                    .last()
                    .and_then(|it| leading_number(&it.label))
                    .map(|n| n + 1)
            && title_text.split_whitespace().count() <= 12
            && (title_text.starts_with(char::is_uppercase)
                || title_text.split_whitespace().count() <= 6);
        if !heading
            && (!(looks_like_title(&title_text) || next_in_line)
                || before_header_end && self.doc.title.is_none())
        {
            self.plain_text(line);
            return false;
        }
        self.enumeration = None;
        self.close_list();
        self.pending.clear();
        self.body_started = true;
        if heading {
            self.heading_items = true;
        }
        if self.doc.table_layout && !self.doc.items.is_empty() {
            // `8 Sluiting` after row `7`: a numbered row that lost its tab.
            let last = self
                .doc
                .items
                .last()
                .map(|it| (it.form, leading_number(&it.label)));
            if let Some((ItemForm::TableRow | ItemForm::UntabbedRow, Some(n))) = last {
                let bare = self.text[number.end()..].starts_with([' ', '\t']);
                if !dotted && ord == Some(n + 1) && bare {
                    self.doc.items.push(Item {
                        label: num,
                        label_span: number,
                        title: strip_tags(&title_text),
                        title_span: title,
                        heading: line.clone(),
                        form: ItemForm::UntabbedRow,
                        paragraphs: Vec::new(),
                        subitems: Vec::new(),
                        section: None,
                        span: line,
                    });
                    self.levels.push(0);
                    return true;
                }
            }
            // In a table export, numbered lines inside a row are its sub-items.
            self.push_subitem(number, title, line, ItemForm::SubItem);
            return true;
        }
        // `07A Jaarverslag` under `07 Ter besluitvorming`: a lettered sub-item.
        let lettered = num
            .trim_end_matches('.')
            .ends_with(|c: char| c.is_ascii_alphabetic());
        if lettered && !dotted {
            let parent_fits = self.doc.items.last().is_some_and(|it| {
                leading_number(&it.label) == ord
                    && !it
                        .label
                        .trim_end_matches('.')
                        .ends_with(|c: char| c.is_ascii_alphabetic())
                    && (it.paragraphs.is_empty() || is_section_title(&it.title))
            });
            if parent_fits {
                self.push_subitem(number, title, line, ItemForm::Heading);
                return true;
            }
        }
        let is_sub = num.trim_end_matches('.').contains('.');
        if is_sub {
            let major = num.split('.').next().unwrap_or("");
            let parent_fits = self.doc.items.last().is_some_and(|it| {
                // `6.1` under `06 Ter besluitvorming`: the same number, zeros or not.
                let label = it.label.trim_end_matches('.');
                label == major
                    || !label.contains('.')
                        && label.bytes().all(|b| b.is_ascii_digit())
                        && leading_number(label).is_some()
                        && leading_number(label) == leading_number(major)
            });
            if parent_fits {
                self.push_subitem(number, title, line, ItemForm::Heading);
                return true;
            }
        }
        self.doc.items.push(Item {
            label: num,
            label_span: number,
            title: title_text,
            title_span: title,
            heading: line.clone(),
            form: ItemForm::Heading,
            paragraphs: Vec::new(),
            subitems: Vec::new(),
            section: self.section.clone(),
            span: line,
        });
        self.levels.push(level);
        true
    }

    fn push_subitem(&mut self, label: Span, title: Span, heading: Span, form: ItemForm) {
        let Some(parent) = self.doc.items.last_mut() else {
            return;
        };
        let title_text = strip_tags(&self.text[title.range()]);
        parent.span = Span::new(parent.span.start(), heading.end());
        parent.subitems.push(Item {
            label: self.text[label.range()].to_string(),
            label_span: label,
            title: title_text,
            title_span: title,
            heading: heading.clone(),
            form,
            paragraphs: Vec::new(),
            subitems: Vec::new(),
            section: Some(parent.title.clone()),
            span: heading,
        });
    }

    /// One row of the action or decision list at the end.
    fn trailer_row(&mut self, line: Span) {
        let span = line.trim(self.text);
        if span.is_empty() {
            return;
        }
        if let Some(kind) = self.trailer {
            self.doc.trailer.push(TrailerRow { kind, span });
        }
    }

    // ------------------------------------------------------------ text

    /// A plain line: a list line, the value of a waiting label, attendance inside a sentence,
    /// the start of the lists at the end, or text.
    fn plain_line(&mut self, line: Span) {
        let raw = &self.text[line.range()];
        if self.trailer.is_some() {
            // A topic heading after the list ends it (`Actiepuntenlijst` was an item).
            let t = raw.trim();
            if !self.is_plain_topic(t) {
                self.trailer_row(line);
                return;
            }
        }
        let indented = raw.starts_with([' ', '\t', '\u{a0}']);
        // `Aanwezig:` / `Afwezig:` / `Notulist:` and then a line for each: fill the labels first.
        if !self.pending.is_empty() && self.pending_filled && looks_like_value(raw) {
            self.fill_pending(line.trim(self.text));
            return;
        }
        if self.value.is_some() && self.extend_value(&line) {
            return;
        }
        // A table pasted as text under `Aanwezig`: `Naam<TAB>Rol`, `Anne Kok<TAB>voorzitter`.
        if let Some(l) = self.open_list {
            if !self.open_list_indented && raw.trim().contains('\t') {
                let cells = self.cells(&line);
                self.list_row(l, &cells, false);
                return;
            }
        }
        if self.open_list.is_some()
            && (indented || !self.open_list_indented)
            && looks_like_names(raw)
        {
            let sp = line.trim(self.text);
            self.list_line(sp, false);
            return;
        }
        if !self.pending.is_empty() && looks_like_value(raw) {
            self.fill_pending(line.trim(self.text));
            return;
        }
        // `Leden UR:` / `College van Bestuur:` / `Private sector, op volgorde van organisatie:`
        // after a blank line: the next group of the same attendance block.
        let t = raw.trim();
        // `**Namens de woningcorporatie**` over names: a group heading without its colon.
        let group_heading = !t.contains(':')
            && t.split_whitespace().count() <= 6
            && is_role_group(t).is_some()
            && looks_like_names(self.next_text_line());
        if let (Some(l), true) = (
            self.closed_list,
            self.doc.items.is_empty() && (t.ends_with(':') || group_heading),
        ) {
            let head = t.trim_end_matches(':').trim();
            if head.split_whitespace().count() <= 8 && field_key_prefix(head).is_none() {
                let g = self.group_list(l);
                self.open_list = Some(g);
                self.list_mark = self.doc.lists[g].entries.len();
                self.open_list_indented = false;
                self.open_role = is_role_group(head).flatten();
                return;
            }
        }
        if self.open_list.is_none()
            && self.doc.items.is_empty()
            && self.reopen_for_group(line.trim(self.text))
        {
            return;
        }
        self.closed_list = None;
        self.pending.clear();
        self.close_list();
        self.plain_text(line);
    }

    /// Whether the text is a role group with its names: `Namens het bevoegd gezag: Elif`.
    fn is_group_line(&self, content: &Span) -> bool {
        let t = &self.text[content.range()];
        let Some(colon) = t.find(':') else {
            return false;
        };
        let head = t[..colon].trim();
        head.split_whitespace().count() <= 6
            && !head.contains([',', '(', ';'])
            && field_key_prefix(head).is_none()
            && is_role_group(head).is_some()
            && !t[colon + 1..].trim().is_empty()
    }

    /// `Namens het bevoegd gezag: Elif Rampersad` after a blank line below a list: the next
    /// role group of the same attendance block.
    fn reopen_for_group(&mut self, content: Span) -> bool {
        let Some(l) = self.closed_list else {
            return false;
        };
        if !self.is_group_line(&content) {
            return false;
        }
        let g = self.group_list(l);
        self.open_list = Some(g);
        self.list_mark = self.doc.lists[g].entries.len();
        self.open_list_indented = false;
        self.open_list_comma = false;
        self.list_line(content, true);
        true
    }

    /// The list a role group after a blank line joins: the list above it, unless that lists
    /// those absent (`Afwezig: …` / `Namens de gemeente: …` are there, not away): then the
    /// present list. Counting someone present who was away misses a finding; counting someone
    /// absent who was there raises a false alarm.
    fn group_list(&self, closed: usize) -> usize {
        if self.doc.lists[closed].kind.is_absent() {
            if let Some(p) = self
                .doc
                .lists
                .iter()
                .rposition(|list| list.kind == ListKind::Present)
            {
                return p;
            }
        }
        closed
    }

    /// The text of the line `ahead` lines after the current one (empty past the end).
    fn line_ahead(&self, ahead: usize) -> &'t str {
        let i = self.doc.lines.len() - 1 + ahead;
        match self.starts.get(i) {
            Some(&s) => {
                let e = self.starts.get(i + 1).map_or(self.text.len(), |&e| e - 1);
                self.text.get(s..e.max(s)).unwrap_or("").trim()
            }
            None => "",
        }
    }

    /// Whether the next line that holds text is a heading or a numbered line.
    fn heading_follows(&self) -> bool {
        let here = self.doc.lines.len() - 1;
        for ahead in 1..=3 {
            let t = self.line_ahead(ahead);
            if t.is_empty() {
                continue;
            }
            let heading = matches!(self.kinds.get(here + ahead), Some(LineKind::Heading(_)));
            return heading || t.starts_with(|c: char| c.is_ascii_digit());
        }
        false
    }

    /// The next line that holds text, within two lines.
    fn next_text_line(&self) -> &'t str {
        let next = self.line_ahead(1);
        if next.is_empty() {
            self.line_ahead(2)
        } else {
            next
        }
    }

    /// Whether a plain line is an unnumbered topic heading, as Word exports that lost their
    /// numbering write them (`Opening en vaststelling agenda`, then the text): the title of an
    /// agenda-list line, or a short standalone line in minutes that number nothing.
    fn is_plain_topic(&self, t: &str) -> bool {
        let words = t.split_whitespace().count();
        if words == 0
            || words > 9
            || t.chars().count() > 80
            || t.ends_with(['.', ':', ',', ';', '?', '!'])
            || !t.starts_with(char::is_uppercase)
            || self.doc.title.is_none()
            || self.doc.table_layout
            || self.heading_items
        {
            return false;
        }
        // A heading does not end in a word that needs a continuation (`Annelies wijst erop dat`).
        let last = t.rsplit(' ').next().unwrap_or("").to_lowercase();
        if crate::nl::needs_continuation(&last)
            || matches!(
                last.as_str(),
                "is" | "zijn" | "zij" | "hij" | "ze" | "wordt" | "worden" | "ook"
            )
        {
            return false;
        }
        let key = squash(&t.to_lowercase());
        if is_agenda_heading(key.trim_end_matches(':')) {
            return false;
        }
        // `CONCEPT`, `Openbaar`, `Vertrouwelijk` over the header: a status, no topic.
        if matches!(
            key.as_str(),
            "concept"
                | "conceptversie"
                | "ontwerp"
                | "openbaar"
                | "vertrouwelijk"
                | "niet openbaar"
                | "besloten"
                | "definitief"
        ) {
            return false;
        }
        // A line over the header's fields (`Datum<TAB>26 mei 2012`) is no topic either.
        let below = self.next_text_line();
        if self.doc.items.is_empty()
            && field_key_prefix(below).is_some_and(|(_, len)| {
                below[len..].trim_start().starts_with([':', '\t']) || below.len() == len
            })
        {
            return false;
        }
        // `Verslag Algemene Ledenvergadering op 11 mei 2023` before any item: a subtitle.
        if self.doc.items.is_empty() && !crate::nl::dates::find_dates(t).is_empty() {
            return false;
        }
        // `De raad kwam op donderdag 8` / `november 2018 bijeen`: a sentence wrapped in a date.
        let joined = format!("{t} {}", self.line_ahead(1));
        if crate::nl::dates::find_dates(&joined)
            .iter()
            .any(|d| d.start < t.len() && d.end > t.len())
        {
            return false;
        }
        // Repeats an agenda-list line: `3) Notulen vergadering 7 november` … `Notulen vergadering 7 november`.
        let numbered: Vec<&Item> = self
            .doc
            .items
            .iter()
            .filter(|i| i.form != ItemForm::Topic)
            .collect();
        if !numbered.is_empty() {
            let agenda = numbered.iter().all(|i| {
                i.form == ItemForm::Heading && i.paragraphs.is_empty() && i.subitems.is_empty()
            });
            return agenda
                && numbered.iter().any(|i| {
                    let title = squash(&i.title.to_lowercase());
                    title == key
                        || (key.len() >= 8 && title.starts_with(&key))
                        || (title.len() >= 8 && key.starts_with(&title))
                });
        }
        // Minutes that number nothing: a standalone short line with text under it.
        if !self.after_blank && self.doc.items.is_empty() {
            return false;
        }
        let after = self.next_text_line();
        // The usual item titles may stand over a list (`Mededelingen` / `- …`).
        let usual = [
            "mededeling",
            "rondvraag",
            "ingekomen",
            "opening",
            "sluiting",
            "notulen",
            "verslag",
            "w.v.t.t.k",
            "wvttk",
            "actiepunten",
            "actielijst",
            "vaststelling",
            "ter informatie",
        ]
        .iter()
        .any(|w| key.contains(w));
        let list_follows = after.starts_with(['-', '*', '•']);
        let text_follows = !after.is_empty()
            && (after.split_whitespace().count() > words || after.ends_with('.'))
            && !after.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '-' | '*' | '•'))
            && !after.contains(':')
            || usual && list_follows;
        // Topics right under the text before them (no blank lines in the export) follow a topic;
        // in minutes whose topics stand after a blank line, a line inside a paragraph is text.
        text_follows
            && (self.after_blank
                || self.topics_after_blank != Some(true)
                    && self
                        .doc
                        .items
                        .last()
                        .is_some_and(|i| i.form == ItemForm::Topic))
    }

    /// Running text, which may still carry attendance (`… in De Hoek. Aanwezig: Anne, Bram.`)
    /// or open the lists at the end (`Actielijst`).
    fn plain_text(&mut self, line: Span) {
        let content = line.trim(self.text);
        let t = self.text[content.range()].to_string();
        let lower = t.to_lowercase();
        let lower = lower.trim_end_matches(':').trim();
        // `Actiepuntenlijst` followed by prose is an item that goes through the actions; followed
        // by rows it is the action list at the end.
        let next = self.next_text_line();
        let rows_follow = next
            .starts_with(|c: char| c.is_ascii_digit() || matches!(c, '-' | '*' | '•'))
            || next.contains('\t')
            || next.to_lowercase().starts_with("actie");
        let trailer = trailer_kind(lower).filter(|_| rows_follow || next.is_empty());
        if self.is_plain_topic(&t) && trailer.is_none() && !is_next_meeting(lower) {
            self.trailer = None;
            self.close_list();
            self.pending.clear();
            self.enumeration = None;
            // `Ter besluitvorming` over items is a section; `Ter besluitvorming: Kandidatenlijst`
            // is an item of its own.
            let titled = t
                .split_once(':')
                .is_some_and(|(_, rest)| !rest.trim().is_empty());
            if is_section_title(&t) && lower.starts_with("ter ") && !titled {
                self.section = Some(t.clone());
                self.text_line(line, ParagraphKind::Heading);
            } else {
                self.topic(content, line, 0);
            }
            return;
        }
        if !self.doc.items.is_empty() && t.chars().count() <= 40 {
            if let Some(k) = trailer {
                self.trailer = Some(k);
                self.text_line(line, ParagraphKind::Heading);
                return;
            }
            if is_next_meeting(lower) {
                self.next_meeting = true;
                self.doc.next_meeting = Some(content.clone());
            }
        }
        // `Burgemeester: X Wethouders: A, B Gemeentesecretaris: Y Afwezig: Z`: a flattened
        // attendance block that opens with a role group rather than a field.
        if self.attendance_open() && self.doc.items.is_empty() {
            let segments = inline_segments(self.text, &content, true);
            if segments.first().is_some_and(|s| {
                s.key.start() == content.start() && matches!(s.kind, SegmentKey::Group(_))
            }) {
                self.close_list();
                for seg in segments {
                    match seg.kind {
                        SegmentKey::Group(role) => self.role_group(role, seg.value),
                        SegmentKey::Field(k) if k.list_kind().is_none() => {
                            if let Some(role) = role_of_field(k) {
                                self.role_group(Some(role), seg.value.clone());
                            }
                            self.doc.fields.push(Field {
                                kind: k,
                                key: seg.key,
                                value: seg.value,
                                line: line.clone(),
                            });
                        }
                        SegmentKey::Field(k) => {
                            self.field_with_names(k, seg.key, seg.value, line.clone())
                        }
                    }
                }
                self.close_list();
                return;
            }
        }
        if self.attendance_open() {
            let segments = inline_segments(self.text, &content, false);
            for seg in segments {
                match seg.kind {
                    SegmentKey::Field(k) if k.list_kind().is_some() => {
                        self.flush_value();
                        self.doc.fields.push(Field {
                            kind: k,
                            key: seg.key.clone(),
                            value: seg.value.clone(),
                            line: line.clone(),
                        });
                        self.doc.lists.push(AttendanceList {
                            kind: k.list_kind().unwrap_or(ListKind::Present),
                            key: seg.key,
                            entries: Vec::new(),
                            empties: Vec::new(),
                        });
                        let l = self.doc.lists.len() - 1;
                        // A list that runs to the line end may go on on the next line.
                        let to_end = self.text[seg.value.end()..content.end()]
                            .trim_matches(|c: char| {
                                matches!(c, '.' | ',' | ';') || c.is_whitespace()
                            })
                            .is_empty();
                        let span = if to_end {
                            Span::new(seg.value.start(), content.end())
                        } else {
                            seg.value
                        };
                        self.value = Some(OpenValue {
                            target: ValueTarget::List(l, None),
                            span,
                            sentence: true,
                            item: false,
                        });
                        if !to_end {
                            self.flush_value();
                        }
                    }
                    SegmentKey::Field(k) => self.doc.fields.push(Field {
                        kind: k,
                        key: seg.key,
                        value: seg.value,
                        line: line.clone(),
                    }),
                    SegmentKey::Group(_) => {}
                }
            }
            self.dangling_key(&content);
        }
        self.text_line(line, ParagraphKind::Text);
    }

    /// `… wordt online gehouden. Aanwezig` / `zijn Linda van der Velde, …`: a sentence that
    /// names those present starts at the end of a line; the list opens on the next one.
    fn dangling_key(&mut self, content: &Span) {
        if self.value.is_some() {
            return;
        }
        let t = &self.text[content.range()];
        let last =
            t.rfind(". ")
                .map_or(0, |i| i + 2)
                .max(if t.ends_with('.') { t.len() } else { 0 });
        let tail = t[last..].trim();
        let Some((kind, len)) = field_key_prefix(tail) else {
            return;
        };
        if len != tail.len() || kind.list_kind().is_none() {
            return;
        }
        let next = self.line_ahead(1);
        if prose_verb(&format!(" {next}")).is_none() {
            return;
        }
        let key_start = content.start() + last + (t[last..].len() - t[last..].trim_start().len());
        let key = Span::new(key_start, key_start + len);
        self.doc.fields.push(Field {
            kind,
            key: key.clone(),
            value: Span::new(content.end(), content.end()),
            line: content.clone(),
        });
        self.doc.lists.push(AttendanceList {
            kind: kind.list_kind().unwrap_or(ListKind::Present),
            key,
            entries: Vec::new(),
            empties: Vec::new(),
        });
        let l = self.doc.lists.len() - 1;
        self.value = Some(OpenValue {
            target: ValueTarget::List(l, None),
            span: Span::new(content.end(), content.end()),
            sentence: true,
            item: false,
        });
    }

    fn text_line(&mut self, line: Span, kind: ParagraphKind) {
        let span = line.trim(self.text);
        if span.is_empty() {
            return;
        }
        let t = &self.text[span.range()];
        if self.doc.items.is_empty()
            && !self.body_started
            && self.doc.title.is_none()
            && self.doc.fields.is_empty()
            && self.doc.lists.is_empty()
        {
            self.doc.title = Some(span);
            return;
        }
        let kind = if kind == ParagraphKind::Text && is_section_title(t) && t.chars().count() <= 60
        {
            self.section = Some(t.to_string());
            ParagraphKind::Heading
        } else {
            kind
        };
        let after_blank = self.after_blank;
        self.push_paragraph(Paragraph {
            kind,
            span,
            after_blank,
        });
    }

    fn push_paragraph(&mut self, p: Paragraph) {
        let end = p.span.end();
        match self.doc.items.last_mut() {
            Some(item) => {
                item.span = Span::new(item.span.start(), end.max(item.span.end()));
                match item.subitems.last_mut() {
                    Some(sub) => {
                        sub.span = Span::new(sub.span.start(), end.max(sub.span.end()));
                        sub.paragraphs.push(p);
                    }
                    None => item.paragraphs.push(p),
                }
            }
            None => self.doc.loose.push(p),
        }
    }

    fn finish(mut self) -> Document {
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

/// What a key rule of the grammar means.
fn kind_of_key(rule: Rule) -> FieldKind {
    match rule {
        Rule::key_absent_notified => FieldKind::AbsentNotified,
        Rule::key_present => FieldKind::Present,
        Rule::key_absent => FieldKind::Absent,
        Rule::key_guests => FieldKind::Guests,
        Rule::key_date => FieldKind::Date,
        Rule::key_time => FieldKind::Time,
        Rule::key_chair => FieldKind::Chair,
        Rule::key_secretary => FieldKind::Secretary,
        Rule::key_minute_taker => FieldKind::MinuteTaker,
        Rule::key_clerk => FieldKind::Clerk,
        Rule::key_location => FieldKind::Location,
        _ => FieldKind::Status,
    }
}

/// The field a key names at the start of `t`, with the key's length in bytes.
pub fn field_key_prefix(t: &str) -> Option<(FieldKind, usize)> {
    let pairs = MinutesParser::parse(Rule::field_key, t).ok()?;
    let key = pairs.into_iter().next()?;
    let len = key.as_str().len();
    key.into_inner()
        .next()
        .map(|k| (kind_of_key(k.as_rule()), len))
}

/// The number an item label starts with (`05A` → 5, `3.a` → 3).
fn leading_number(label: &str) -> Option<u32> {
    let d: String = label
        .trim()
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    d.parse().ok()
}

/// Whether a line can be the value of a waiting label: short, not a sentence.
fn looks_like_value(raw: &str) -> bool {
    let t = raw.trim();
    !t.is_empty() && !t.ends_with(':') && t.chars().count() <= 3000 && !is_sentence(t)
}

/// `Agenda`, `Agendapunten`: the heading over an agenda list.
fn is_agenda_heading(lower: &str) -> bool {
    matches!(
        lower,
        "agenda"
            | "agendapunten"
            | "voorlopige agenda"
            | "concept agenda"
            | "concept-agenda"
            | "conceptagenda"
    )
}

/// Unnumbered headings deeper than the items around them are sub-items of the item before.
fn nest_topics(doc: &mut Document, levels: &[u8]) {
    if levels.len() != doc.items.len() || !doc.items.iter().any(|i| i.form == ItemForm::Topic) {
        return;
    }
    // The level the items are written at: that of the numbered headings if any, else the
    // shallowest topic heading.
    let numbered: Vec<u8> = doc
        .items
        .iter()
        .zip(levels)
        .filter(|(i, &l)| i.form != ItemForm::Topic && l > 0)
        .map(|(_, &l)| l)
        .collect();
    let top = match numbered.iter().min() {
        Some(&l) => l,
        None => levels
            .iter()
            .zip(&doc.items)
            .filter(|(_, i)| i.form == ItemForm::Topic)
            .map(|(&l, _)| l)
            .min()
            .unwrap_or(0),
    };
    let items = std::mem::take(&mut doc.items);
    for (item, &level) in items.into_iter().zip(levels) {
        let deeper = item.form == ItemForm::Topic && level > top;
        let shallower = item.form == ItemForm::Topic && level < top && !numbered.is_empty();
        match doc.items.last_mut() {
            Some(parent) if deeper => {
                parent.span =
                    Span::new(parent.span.start(), item.span.end().max(parent.span.end()));
                let mut sub = item;
                sub.section = Some(parent.title.clone());
                parent.subitems.push(sub);
            }
            _ if shallower => {
                // A heading over the numbered items (`## Verslag`): not an item itself.
                match doc.items.last_mut() {
                    Some(prev) => prev.paragraphs.extend(item.paragraphs),
                    None => doc.loose.extend(item.paragraphs),
                }
            }
            _ => doc.items.push(item),
        }
    }
}

/// An agenda list at the top (`1. Opening` … `9. Sluiting`, no text under the lines) that
/// the report sections after it repeat is the agenda, not the items.
fn find_agenda(doc: &mut Document, levels: &[u8]) -> usize {
    let run = doc
        .items
        .iter()
        .zip(levels.iter().chain(std::iter::repeat(&0)))
        .take_while(|(i, &l)| {
            // An agenda line may carry a nested list of its points, no text of its own.
            i.paragraphs.iter().all(|p| p.kind == ParagraphKind::Bullet)
                && i.subitems.is_empty()
                && i.form != ItemForm::Topic
                && l == 0
        })
        .count();
    if run < 2 || run >= doc.items.len() {
        return 0;
    }
    // A list of numbered lines followed only by headings: the agenda, then the report.
    let headings_after = levels.len() == doc.items.len() && levels[run..].iter().all(|&l| l > 0);
    let key = |i: &Item| squash(&i.title.to_lowercase());
    let agenda_titles: Vec<String> = doc.items[..run].iter().map(key).collect();
    let agenda_labels: Vec<Option<u32>> = doc.items[..run]
        .iter()
        .map(|i| leading_number(&i.label))
        .collect();
    let rest = &doc.items[run..];
    let repeats = rest
        .iter()
        .filter(|i| {
            agenda_titles.contains(&key(i))
                || leading_number(&i.label).is_some_and(|n| agenda_labels.contains(&Some(n)))
        })
        .count();
    if headings_after || repeats * 2 >= rest.len().min(run) {
        let agenda: Vec<Item> = doc.items.drain(..run).collect();
        doc.agenda = agenda;
        return run;
    }
    0
}
/// The officer role of a header field used as a sub-heading inside a list.
fn role_of_field(kind: FieldKind) -> Option<Role> {
    match kind {
        FieldKind::Chair => Some(Role::Chair),
        FieldKind::Secretary => Some(Role::Secretary),
        FieldKind::MinuteTaker => Some(Role::MinuteTaker),
        FieldKind::Clerk => Some(Role::Clerk),
        _ => None,
    }
}

/// Whether a line under `Aanwezig:` reads as names rather than a sentence.
fn looks_like_names(line: &str) -> bool {
    let t = line.trim();
    if t.is_empty() || t.chars().count() > 3000 {
        return false;
    }
    // A sentence ends in a full stop and has few commas; a list of names has many.
    if !t.ends_with("m.k.") && is_sentence(t) {
        return false;
    }
    let first = t.chars().next().unwrap_or(' ');
    // `(32 personen) Peter Haasnoot (Logius)(vz), …`: a count before the names.
    if first.is_uppercase() || first == '(' && t.contains(',') {
        return true;
    }
    // `de heer J. Jansen`, `wethouder M. Geurts`, `van der Zande`: a lower-case start that
    // the names grammar takes as an honorific or a particle.
    let word = t.split_whitespace().next().unwrap_or("").to_lowercase();
    crate::people::is_particle(&word)
        || crate::people::words::HONORIFICS
            .iter()
            .any(|h| h[0] == word.trim_end_matches('.'))
}

/// Parses one list entry with the `names` grammar.
pub fn parse_entry(text: &str, span: &Span) -> Entry {
    // `de heren K. Kamphuis`, `voorzitter G. Feenstra`, `en griffier N.G. Jacobs` in a prose
    // list: the lower-case words before the name say who the person is, they are no name.
    let written = &text[span.range()];
    // `(32 personen) Peter Haasnoot`: a count before the first name.
    if written.starts_with('(') {
        if let Some(close) = written.find(')') {
            let rest = Span::new(span.start() + close + 1, span.end()).trim(text);
            if !rest.is_empty() && text[rest.range()].starts_with(char::is_uppercase) {
                let mut e = parse_entry(text, &rest);
                e.span = span.clone();
                return e;
            }
        }
    }
    let (lead, role) = lead_words(written);
    if lead > 0 {
        let rest = Span::new(span.start() + lead, span.end());
        let mut e = parse_entry(text, &rest);
        e.span = span.clone();
        e.role = e.role.or(role);
        return e;
    }
    let s = &text[span.range()];
    if is_plain_entry(s) {
        // What the grammar would make of it: the whole entry is the name.
        let name_span = span.trim(text);
        return Entry {
            span: span.clone(),
            name: Arc::new(PersonName::parse(&text[name_span.range()])),
            name_span,
            annotations: Vec::new(),
            role: None,
        };
    }
    parse_entry_with_grammar(text, span)
}

/// The length of the lower-case words that open an entry before its name, and the role they
/// name. A run of particles before a capital is a surname (`van der Zande`) and stays;
/// honorifics are left to the names grammar.
fn lead_words(s: &str) -> (usize, Option<Role>) {
    let mut end = 0;
    let mut role = None;
    let mut all_particles = true;
    let mut any = false;
    for (i, w) in s.split_inclusive(char::is_whitespace).scan(0, |off, w| {
        let at = *off;
        *off += w.len();
        Some((at, w))
    }) {
        let word = w.trim();
        if word.is_empty() {
            continue;
        }
        if !word.starts_with(char::is_lowercase) {
            break;
        }
        let lower = word.trim_end_matches(['.', ',']).to_lowercase();
        all_particles &= crate::people::is_particle(&lower);
        role = role.or(role_word(&lower));
        any = true;
        end = i + w.len();
    }
    let rest = &s[end..];
    if !any
        || all_particles
        || rest.trim().is_empty()
        || !rest.trim_start().starts_with(char::is_uppercase)
    {
        return (0, None);
    }
    (end, role)
}

/// Honorifics of `grammar/names.pest` as lower-case prefixes (a prefix of each alternative).
const ENTRY_HONORIFICS: &[&str] = &[
    "de heer",
    "dhr",
    "mevrouw",
    "mevr",
    "mw",
    "mej",
    "mr.",
    "drs.",
    "dr.",
    "ir.",
    "ing.",
    "prof.",
    "ds",
    "bc.",
    "burgemeester",
    "wethouder",
    "loco-burgemeester",
    "gedeputeerde",
    "dijkgraaf",
    "heemraad",
    "raadslid",
    "commissielid",
    "fractievoorzitter",
];

/// An entry without role prefix, annotation or title (`G.J. Kok`): most entries are, and
/// for them a parse would only confirm that the whole entry is the name.
fn is_plain_entry(s: &str) -> bool {
    if s.contains(['(', ':']) {
        return false;
    }
    let head: String = s
        .trim_start()
        .chars()
        .take(20)
        .flat_map(char::to_lowercase)
        .collect();
    !ENTRY_HONORIFICS.iter().any(|h| head.starts_with(h))
}

/// Parses one list entry with the `names` grammar.
fn parse_entry_with_grammar(text: &str, span: &Span) -> Entry {
    let s = &text[span.range()];
    let base = span.start();
    let mut name_span = span.clone();
    let mut annotations = Vec::new();
    let mut role = None;
    if let Ok(mut pairs) = MinutesParser::parse(Rule::list_entry, s) {
        let entry = pairs.next().into_iter().flat_map(|p| p.into_inner());
        for p in entry {
            if p.as_rule() != Rule::person_entry {
                continue;
            }
            for q in p.into_inner() {
                match q.as_rule() {
                    Rule::role_prefix => {
                        let w = q.as_str().trim_end_matches(':').trim().to_lowercase();
                        role = role.or(role_word(&w));
                        annotations.push(w);
                    }
                    Rule::person_name => {
                        let r = q.as_span();
                        name_span = Span::new(base + r.start(), base + r.end()).trim(text);
                    }
                    Rule::annotation => {
                        let a = q
                            .as_str()
                            .trim_start_matches('(')
                            .trim_end_matches(')')
                            .trim()
                            .to_lowercase();
                        for part in a.split([',', ';']) {
                            role = role.or(role_word(part.trim()));
                        }
                        annotations.push(a);
                    }
                    _ => {}
                }
            }
        }
    }
    let name = Arc::new(PersonName::parse(&text[name_span.range()]));
    Entry {
        span: span.clone(),
        name_span,
        name,
        annotations,
        role,
    }
}

/// The officer role an annotation or role prefix names.
pub fn role_word(w: &str) -> Option<Role> {
    let w = w.trim_end_matches('.');
    // `voorzitter OR`, `voorzitter a.i.`, `secretaris bestuur`: the role word leads.
    let first = w.split_whitespace().next().unwrap_or("");
    if first == "voorzitter" || first == "vz" || first == "commissievoorzitter" {
        return Some(Role::Chair);
    }
    if first == "secretaris" {
        return Some(Role::Secretary);
    }
    match w {
        "voorzitter"
        | "vz"
        | "voorzitter a.i"
        | "vice-voorzitter"
        | "vicevoorzitter"
        | "plv. voorzitter"
        | "waarnemend voorzitter"
        | "dagvoorzitter"
        | "voorzitter a.i." => Some(Role::Chair),
        "secretaris" | "secr" | "ambtelijk secretaris" => Some(Role::Secretary),
        "notulen" | "notulist" | "notuliste" | "verslag" | "verslaglegging" | "notulering" => {
            Some(Role::MinuteTaker)
        }
        "griffier" | "commissiegriffier" | "plv. griffier" => Some(Role::Clerk),
        _ => None,
    }
}

/// `2. Voorstel pilot Mijnbuur` at the start of a cell paragraph: the label length and
/// where the title starts.
fn sub_item_number(t: &str) -> Option<(usize, usize)> {
    let digits = t.bytes().take_while(|b| b.is_ascii_digit()).count();
    if digits == 0 || digits > 2 {
        return None;
    }
    let rest = &t[digits..];
    let label_len = if rest.starts_with('.') || rest.starts_with(')') {
        digits + 1
    } else {
        digits
    };
    let after = &t[label_len..];
    let spaces = after.len() - after.trim_start().len();
    if spaces == 0 {
        return None;
    }
    Some((label_len, label_len + spaces))
}

/// Whether text after a number reads as an item title rather than a numbered sentence.
fn looks_like_title(t: &str) -> bool {
    let t = strip_tags(t);
    let t = t.trim();
    // `4. Wederverkopersvergoeding (€ 1.682): voor de verdeling …`: a title, then its text.
    if let Some((head, _)) = t.split_once(':') {
        let head = head.trim();
        if !head.is_empty()
            && head.chars().count() <= 60
            && head.starts_with(char::is_uppercase)
            && head.split_whitespace().count() <= 6
            && t.chars().count() > 120
        {
            return true;
        }
    }
    if t.is_empty() || t.chars().count() > 120 {
        return false;
    }
    let first = t.chars().next().unwrap_or(' ');
    if !(first.is_uppercase()
        || first == '('
        || first == '\''
        || first == '"'
        || first.is_ascii_digit())
    {
        return false;
    }
    // Sentences end in a full stop and run on in ordinary words; titles do not
    // (`Notulen van de Algemene Vergadering van 29 juni 2017.` is a title).
    !(t.ends_with('.') && t.split_whitespace().count() > 6 && is_sentence(t))
}

/// Headings that set the kind of the items under them.
fn is_section_title(t: &str) -> bool {
    let l = t.to_lowercase();
    let l = l.trim().trim_end_matches(':');
    l.starts_with("ter besluitvorming")
        || l.starts_with("ter vaststelling")
        || l.starts_with("ter bespreking")
        || l.starts_with("ter informatie")
        || l.starts_with("ter kennisname")
        || l.starts_with("ter advisering")
        || l == "besluitvorming"
        || l == "bespreekstukken"
        || l == "hamerstukken"
        || l == "informatie"
        || l == "mededelingen"
}

/// Removes HTML tags and collapses white space.
pub fn strip_tags(t: &str) -> String {
    let mut out = String::with_capacity(t.len());
    let mut in_tag = false;
    for c in t.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    squash(&out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_entries_read_as_the_grammar_reads_them() {
        let entries = [
            "G.J. Kok",
            "A. van der Kolk",
            "Karlijn Baalman",
            "Van Benthem",
            "T.J.M. Mornout - van Orsouw",
            "Dirk-Jan de Mol",
            "S. Dinsbach ",
            "IJ.L. van Tongeren",
            "Th. Schouten",
            "J. aan de Stegge",
            "Drs van Dam",
            "Mr Jansen",
            "Deheer Smit",
            "Dsouza",
            "Burgemeesterstraat",
            "wethouderX",
            "mevrouw G.E. Admiraal",
            "de heer J. Jansen",
            "Dhr. Welten",
            "burgemeester I. Anema",
        ];
        for e in entries {
            let text = format!("x{e}y");
            let span = Span::new(1, 1 + e.len());
            let grammar = parse_entry_with_grammar(&text, &span);
            let fast = parse_entry(&text, &span);
            assert_eq!(fast.name_span, grammar.name_span, "{e}");
            assert_eq!(fast.name, grammar.name, "{e}");
            assert_eq!(fast.annotations, grammar.annotations, "{e}");
            assert_eq!(fast.role, grammar.role, "{e}");
        }
    }
}
