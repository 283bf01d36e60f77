//! Attendance lists: opening and closing them, values wrapped over lines, role groups,
//! table rows of names, and the entries split from a complete value.

use super::*;

impl<'t> Builder<'t> {
    /// A row of a table under an attendance label: the name is in the first cell, a function
    /// or organisation may follow (`| Anne Kok | voorzitter |`, `Anne Kok<TAB>ICTU`).
    pub(super) fn list_row(&mut self, l: usize, cells: &[Span], head: bool) {
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
                crate::nl::lexicon::NAME_COLUMN_HEADS.contains(&h)
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
    pub(super) fn cells(&self, line: &Span) -> Vec<Span> {
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
    pub(super) fn list_columns(&mut self, cells: &[Span]) -> Option<Vec<Option<usize>>> {
        let kinds: Vec<Option<FieldKind>> = cells
            .iter()
            .map(|c| crate::parse::field_key(&self.text[c.range()]))
            .collect();
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
                key: *c,
                entries: Vec::new(),
                empties: Vec::new(),
            });
            cols.push(Some(self.doc.lists.len() - 1));
        }
        Some(cols)
    }

    /// Ends the open list: its growing value is split into entries.
    pub(super) fn close_list(&mut self) {
        self.flush_value();
        self.open_list = None;
        self.list_mark = 0;
    }

    /// Splits the open value into entries (and further keys of a flattened header).
    pub(super) fn flush_value(&mut self) {
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
                let line = self.doc.fields[field].line;
                self.doc.fields[field].value = first;
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
                        self.role_group(Some(role), first);
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
                                value: seg.value,
                                line,
                            });
                            self.role_group(role_of_field(k), seg.value);
                        }
                        SegmentKey::Field(k) => self.field_with_names(k, seg.key, seg.value, line),
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
    pub(super) fn extend_value(&mut self, line: &Span) -> bool {
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

    /// `Leden: A, B` inside a flattened header or the attendance block: the names are present.
    pub(super) fn role_group(&mut self, role: Option<Role>, value: Span) {
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

    pub(super) fn list_line(&mut self, sp: Span, bullet: bool) {
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

    pub(super) fn add_entries(&mut self, l: usize, pieces: Vec<Piece>, role: Option<Role>) {
        // Names have come for this list: its label waits no longer.
        let key = self.doc.lists[l].key;
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

    /// Whether the text is a role group with its names: `Namens het bevoegd gezag: Elif`.
    pub(super) fn is_group_line(&self, content: &Span) -> bool {
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
    pub(super) fn reopen_for_group(&mut self, content: Span) -> bool {
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
    pub(super) fn group_list(&self, closed: usize) -> usize {
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
}

/// The officer role of a header field used as a sub-heading inside a list.
pub(super) fn role_of_field(kind: FieldKind) -> Option<Role> {
    match kind {
        FieldKind::Chair => Some(Role::Chair),
        FieldKind::Secretary => Some(Role::Secretary),
        FieldKind::MinuteTaker => Some(Role::MinuteTaker),
        FieldKind::Clerk => Some(Role::Clerk),
        _ => None,
    }
}

/// Whether a line under `Aanwezig:` reads as names rather than a sentence.
pub(super) fn looks_like_names(line: &str) -> bool {
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
    crate::people::is_particle(&word) || crate::nl::lexicon::starts_honorific(&word)
}
