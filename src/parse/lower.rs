//! The only code that reads pest pairs: builds the `Document` model, with spans.

use super::{MinutesParser, Rule};
use crate::model::*;
use crate::people::{squash, PersonName};
use pest::iterators::Pair;
use pest::Parser;

/// Lowers a whole text into a `Document`.
pub fn lower_document(text: &str) -> Document {
    let mut b = Builder::new(text);
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

struct Builder<'t> {
    text: &'t str,
    doc: Document,
    /// Index of the list that takes one name per line, while it is open.
    open_list: Option<usize>,
    /// The open list had names on its key line: only indented lines continue it.
    open_list_indented: bool,
    /// The open list's last line ended in a comma: the next line continues it.
    open_list_comma: bool,
    /// A blank line came before the current line.
    after_blank: bool,
    /// The current unnumbered section heading (`Ter besluitvorming`).
    section: Option<String>,
    /// Whether a non-header line has been seen (the header is over).
    body_started: bool,
}

impl<'t> Builder<'t> {
    fn new(text: &'t str) -> Self {
        Builder {
            text,
            doc: Document::default(),
            open_list: None,
            open_list_indented: false,
            open_list_comma: false,
            after_blank: false,
            section: None,
            body_started: false,
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
        self.doc.lines.push(line_span.clone());
        match rule {
            Rule::blank_line => {
                if let Some(l) = self.open_list {
                    if !self.doc.lists[l].entries.is_empty() {
                        self.open_list = None;
                    }
                }
                self.after_blank = true;
                return;
            }
            Rule::table_head => {
                self.doc.table_layout = true;
                self.open_list = None;
                self.body_started = true;
            }
            Rule::header_field => self.header_field(pair, line_span),
            Rule::item_row => self.item_row(pair, line_span, ItemForm::TableRow),
            Rule::item_row_untabbed => {
                if self.doc.table_layout {
                    self.item_row(pair, line_span, ItemForm::UntabbedRow)
                } else {
                    self.text_line(line_span, ParagraphKind::Text)
                }
            }
            Rule::numbered_heading => self.numbered_heading(pair, line_span),
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
                self.text_line(line_span, ParagraphKind::Marker(marker))
            }
            Rule::bullet_line => {
                if self.open_list.is_some() && !self.body_started && !self.open_list_indented {
                    let t = pair.into_inner().find(|p| p.as_rule() == Rule::bullet_text);
                    if let Some(t) = t {
                        let sp = Self::span(&t).trim(self.text);
                        self.list_line(sp, line_span);
                    }
                } else {
                    self.text_line(line_span, ParagraphKind::Bullet)
                }
            }
            Rule::text_line => {
                let raw = &self.text[line_span.range()];
                let indented = raw.starts_with([' ', '\t', '\u{a0}']);
                if self.open_list.is_some()
                    && !self.body_started
                    && (indented || !self.open_list_indented)
                    && looks_like_names(raw)
                {
                    let sp = line_span.trim(self.text);
                    self.list_line(sp, line_span);
                    // After `A, B,` / `C, D` the list ends unless this line too ends in a comma.
                    if self.open_list_comma {
                        self.open_list_comma = raw.trim_end().ends_with(',');
                        self.open_list_indented = !self.open_list_comma;
                    }
                } else {
                    self.open_list = None;
                    self.text_line(line_span, ParagraphKind::Text)
                }
            }
            _ => {
                self.doc.unrecognized.push(line_span.clone());
            }
        }
        self.after_blank = false;
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
        let kind = match key_pair.as_rule() {
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
        };
        if !self.doc.items.is_empty() || (self.body_started && self.doc.table_layout) {
            // After the agenda has started a `Key: value` line is ordinary text.
            self.text_line(line, ParagraphKind::Text);
            return;
        }
        let value = if value.is_empty() {
            Span::new(line.end(), line.end())
        } else {
            value
        };
        let key = Self::span(&key_pair);
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
        self.doc.fields.push(Field {
            kind,
            key: key.clone(),
            value: value.clone(),
            line,
        });
        if let Some(lk) = kind.list_kind() {
            self.doc.lists.push(AttendanceList {
                kind: lk,
                key,
                entries: Vec::new(),
                empties: Vec::new(),
            });
            let l = self.doc.lists.len() - 1;
            self.open_list = Some(l);
            // A value that ends in a comma goes on on the next line, indented or not.
            let continues = self.text[value.range()].trim_end().ends_with(',');
            self.open_list_indented = !value.is_empty() && !continues;
            self.open_list_comma = continues;
            if !value.is_empty() {
                let entries = split_entries(self.text, &value);
                self.add_entries(l, entries, None);
            }
        } else {
            self.open_list = None;
        }
    }

    fn list_line(&mut self, sp: Span, _line: Span) {
        let Some(l) = self.open_list else { return };
        // `A, B,` followed by `C, D` on the next line: the trailing comma joined the lines and
        // left no empty entry.
        let list = &mut self.doc.lists[l];
        let last_entry_end = list.entries.last().map_or(0, |e| e.span.end());
        if let Some(empty) = list.empties.last() {
            let rest = self.text.get(empty.end()..sp.start()).unwrap_or("");
            if empty.start() >= last_entry_end && rest.trim().is_empty() {
                list.empties.pop();
            }
        }
        let entries = split_entries(self.text, &sp);
        self.add_entries(l, entries, None);
    }

    fn add_entries(&mut self, l: usize, pieces: Vec<Piece>, role: Option<Role>) {
        for piece in pieces {
            match piece {
                Piece::Empty(sp) => self.doc.lists[l].empties.push(sp),
                Piece::Entry(sp) => {
                    let mut e = parse_entry(self.text, &sp);
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
        self.open_list = None;
        self.doc.table_layout = true;
        let mut label = Span::default();
        let mut blocks: Vec<(bool, Span)> = Vec::new(); // (is <p>, text span)
        for p in pair.into_inner() {
            match p.as_rule() {
                Rule::item_letter => label = Self::span(&p),
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

    fn numbered_heading(&mut self, pair: Pair<'t, Rule>, line: Span) {
        let mut number = Span::default();
        let mut title = Span::default();
        for p in pair.into_inner() {
            match p.as_rule() {
                Rule::item_number => number = Self::span(&p),
                Rule::heading_text => title = Self::span(&p).trim(self.text),
                _ => {}
            }
        }
        let title_text = self.text[title.range()].to_string();
        let before_header_end =
            self.doc.items.is_empty() && self.doc.lists.is_empty() && self.doc.fields.is_empty();
        if !looks_like_title(&title_text) || before_header_end && self.doc.title.is_none() {
            self.text_line(line, ParagraphKind::Text);
            return;
        }
        self.open_list = None;
        self.body_started = true;
        let num = &self.text[number.range()];
        if self.doc.table_layout && !self.doc.items.is_empty() {
            // In a table export, numbered lines inside a row are its sub-items.
            self.push_subitem(number, title, line, ItemForm::SubItem);
            return;
        }
        let is_sub = num.trim_end_matches('.').contains('.');
        if is_sub {
            let major = num.split('.').next().unwrap_or("");
            let parent_fits = self
                .doc
                .items
                .last()
                .is_some_and(|it| it.label.trim_end_matches('.') == major);
            if parent_fits {
                self.push_subitem(number, title, line, ItemForm::Heading);
                return;
            }
        }
        self.doc.items.push(Item {
            label: num.to_string(),
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

    // ------------------------------------------------------------ text

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

    fn finish(self) -> Document {
        self.doc
    }
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
    if t.is_empty() || t.chars().count() > 200 {
        return false;
    }
    if t.ends_with('.') && !t.ends_with("m.k.") && t.split_whitespace().count() > 4 {
        return false;
    }
    let first = t.chars().next().unwrap_or(' ');
    if first.is_uppercase() {
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

/// One piece of a list value: an entry, or an empty element at a separator.
enum Piece {
    Entry(Span),
    Empty(Span),
}

/// Splits a list value on commas, semicolons and a final ` en `, respecting parentheses.
fn split_entries(text: &str, value: &Span) -> Vec<Piece> {
    let v = &text[value.range()];
    let base = value.start();
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut start = 0usize;
    let mut seps: Vec<(usize, usize)> = Vec::new(); // (start, end) of separators
    let bytes = v.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'(' => depth += 1,
            b')' => depth = depth.saturating_sub(1),
            b',' | b';' if depth == 0 => seps.push((i, i + 1)),
            b' ' if depth == 0 && v[i..].starts_with(" en ") => {
                seps.push((i, i + 4));
                i += 3;
            }
            _ => {}
        }
        i += 1;
    }
    for (s, e) in seps
        .iter()
        .copied()
        .chain(std::iter::once((v.len(), v.len())))
    {
        let piece = Span::new(base + start, base + s).trim(text);
        let body = text[piece.range()].trim_end_matches('.');
        let is_end = s == v.len();
        if body.trim().is_empty() {
            // A trailing full stop or nothing after the last separator is an empty element
            // only when a separator precedes it.
            if !(is_end && out.is_empty()) {
                let at = if is_end {
                    // `J. Lucas,` at the end: point at the trailing comma.
                    seps.last()
                        .map(|&(a, b)| Span::new(base + a, base + b))
                        .unwrap_or(piece.clone())
                } else {
                    Span::new(base + s, base + e)
                };
                if !(is_end && text[piece.range()].trim() == ".") {
                    out.push(Piece::Empty(at));
                }
            }
        } else {
            let piece = Span::new(piece.start(), piece.start() + body.trim_end().len());
            out.push(Piece::Entry(piece));
        }
        start = e;
    }
    out
}

/// Parses one list entry with the `names` grammar.
pub fn parse_entry(text: &str, span: &Span) -> Entry {
    let s = &text[span.range()];
    if is_plain_entry(s) {
        // What the grammar would make of it: the whole entry is the name.
        let name_span = span.trim(text);
        return Entry {
            span: span.clone(),
            name: PersonName::parse(&text[name_span.range()]),
            name_span,
            annotations: Vec::new(),
            role: None,
        };
    }
    parse_entry_with_grammar(text, span)
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
    let name = PersonName::parse(&text[name_span.range()]);
    Entry {
        span: span.clone(),
        name_span,
        name,
        annotations,
        role,
    }
}

/// The officer role an annotation or role prefix names.
fn role_word(w: &str) -> Option<Role> {
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
    // Sentences end in a full stop and run long; titles do not.
    !(t.ends_with('.') && t.split_whitespace().count() > 6)
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
