//! Header facts: front matter, `Key: value` fields wherever they are written, labels whose
//! values follow on the next lines, and header tables.

use super::*;

impl<'t> Builder<'t> {
    /// `title: …`, `date: 2024-11-29` in front matter.
    pub(super) fn front_matter(&mut self, line: Span) {
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
        let kind = match crate::nl::lexicon::front_matter_field(&key) {
            Some("title") => {
                if self.doc.title.is_none() && !value.is_empty() {
                    self.doc.title = Some(value);
                }
                return;
            }
            Some("date") => FieldKind::Date,
            Some("status") => FieldKind::Status,
            Some("chair") => FieldKind::Chair,
            Some("minute-taker") => FieldKind::MinuteTaker,
            Some("location") => FieldKind::Location,
            _ => return,
        };
        self.doc.fields.push(Field {
            kind,
            key: key_span,
            value,
            line,
        });
    }

    /// A table row: a header field (`| Datum | 14 maart 2024 |`), a row of an attendance
    /// table, a row of the lists at the end, or text.
    pub(super) fn table_row(&mut self, read: Line, line: Span, head: bool) {
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
        let field = match read {
            Line::Field { kind, key, value } => Some((kind, key, value)),
            _ => None,
        };
        if let Some((kind, key, value)) = field.filter(|_| self.attendance_open()) {
            self.close_list();
            self.header_kv(kind, key, value, line);
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
            if let Some((kind, key, value)) = field {
                self.header_kv(kind, key, value, line);
                return;
            }
        }
        self.text_line(line, ParagraphKind::Text);
    }

    /// `- **Toehoorders:** Koen Haitsma`: a header field written as a list item. Returns
    /// whether the item was one.
    pub(super) fn bullet_field(&mut self, content: Span, line: Span) -> bool {
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
    pub(super) fn header_kv(&mut self, kind: FieldKind, key: Span, value: Span, line: Span) {
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
        self.field(kind, key, value, line);
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
    pub(super) fn field(&mut self, kind: FieldKind, key: Span, value: Span, line: Span) {
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
                value,
                line,
            });
            if !value.is_empty() {
                let entries = split_entries(self.text, &value);
                self.add_entries(l, entries, Some(role));
            }
            return;
        }
        if value.is_empty() && kind.list_kind().is_none() {
            self.pending.push(Pending { kind, key });
        }
        self.doc.fields.push(Field {
            kind,
            key,
            value,
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
    pub(super) fn field_with_names(&mut self, kind: FieldKind, key: Span, value: Span, line: Span) {
        self.field(kind, key, value, line);
        if let (Some(_), Some(l)) = (kind.list_kind(), self.open_list) {
            if !value.is_empty() {
                let entries = split_entries(self.text, &value);
                self.add_entries(l, entries, None);
            }
        }
    }

    /// `Aanwezig` or `**Datum**` alone on a line: the values follow.
    pub(super) fn label_line(&mut self, kind: FieldKind, key: Span, line: Span) {
        let attendance = kind.list_kind().is_some();
        let in_header = self.doc.items.is_empty() && !self.next_meeting && self.trailer.is_none();
        if !(in_header || attendance && self.attendance_open())
            || self.doc.table_layout && self.body_started
        {
            self.plain_text(line);
            return;
        }
        // A second label right after a first one with no value yet: a two-column residue
        // (`Aanwezig:` / `Afwezig:` / then the names in the same order).
        self.field(kind, key, Span::new(line.end(), line.end()), line);
    }

    /// A line that fills the oldest waiting label.
    pub(super) fn fill_pending(&mut self, value: Span) {
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
}
