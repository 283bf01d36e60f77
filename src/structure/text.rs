//! Running text: plain lines that may continue a list, fill a label, open a topic or carry
//! attendance in a sentence; paragraphs and the look-ahead over following lines.

use super::*;

impl<'t> Builder<'t> {
    /// A plain line: a list line, the value of a waiting label, attendance inside a sentence,
    /// the start of the lists at the end, or text.
    pub(super) fn plain_line(&mut self, line: Span) {
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
        // `**Namens de woningcorporatie**` over names: a group heading without its colon
        // (asked only after a list, before the first item).
        let group_heading = || {
            !t.contains(':')
                && t.split_whitespace().nth(6).is_none()
                && is_role_group(t).is_some()
                && looks_like_names(self.next_text_line())
        };
        if let Some(l) = self
            .closed_list
            .filter(|_| self.doc.items.is_empty() && (t.ends_with(':') || group_heading()))
        {
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

    /// The text of the line `ahead` lines after the current one (empty past the end).
    pub(super) fn line_ahead(&self, ahead: usize) -> &'t str {
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
    pub(super) fn heading_follows(&self) -> bool {
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
    pub(super) fn next_text_line(&self) -> &'t str {
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
    pub(super) fn is_plain_topic(&self, t: &str) -> bool {
        // The cheap tests first: this runs for every line of running text.
        if self.doc.title.is_none()
            || self.doc.table_layout
            || self.heading_items
            || t.ends_with(['.', ':', ',', ';', '?', '!'])
            || !t.starts_with(char::is_uppercase)
            || t.chars().nth(80).is_some()
        {
            return false;
        }
        // One to nine words.
        let words = t.split_whitespace().count();
        if words == 0 || words > 9 {
            return false;
        }
        // A heading does not end in a word that needs a continuation (`Annelies wijst erop dat`).
        let last = t.rsplit(' ').next().unwrap_or("").to_lowercase();
        if crate::nl::needs_continuation(&last)
            || crate::nl::lexicon::NOT_HEADING_ENDINGS.contains(&last)
        {
            return false;
        }
        let key = squash(&t.to_lowercase());
        if is_agenda_heading(key.trim_end_matches(':')) {
            return false;
        }
        // `CONCEPT`, `Openbaar`, `Vertrouwelijk` over the header: a status, no topic.
        if crate::nl::lexicon::STATUS_WORDS.contains(&key) {
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
        let usual = crate::nl::lexicon::USUAL_ITEM_TITLES
            .entries()
            .any(|w| crate::nl::lexicon::contains_short(&key, w));
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
    pub(super) fn plain_text(&mut self, line: Span) {
        let content = line.trim(self.text);
        let text = self.text;
        let t: &'t str = &text[content.range()];
        // Headings, trailer headings and the next meeting are short lines (`is_plain_topic`
        // takes at most 80 characters, the rest at most 40): running text skips all three.
        let short = t.len() <= 80 || t.chars().count() <= 80;
        let lowered = if short {
            t.to_lowercase()
        } else {
            String::new()
        };
        let lower = lowered.trim_end_matches(':').trim();
        let trailer = if short {
            // `Actiepuntenlijst` followed by prose is an item that goes through the actions;
            // followed by rows it is the action list at the end.
            trailer_kind(lower).filter(|_| {
                let next = self.next_text_line();
                let rows_follow = next
                    .starts_with(|c: char| c.is_ascii_digit() || matches!(c, '-' | '*' | '•'))
                    || next.contains('\t')
                    || next
                        .get(..5)
                        .is_some_and(|p| p.eq_ignore_ascii_case("actie"));
                rows_follow || next.is_empty()
            })
        } else {
            None
        };
        if short && self.is_plain_topic(t) && trailer.is_none() && !is_next_meeting(lower) {
            self.trailer = None;
            self.close_list();
            self.pending.clear();
            self.enumeration = None;
            // `Ter besluitvorming` over items is a section; `Ter besluitvorming: Kandidatenlijst`
            // is an item of its own.
            let titled = t
                .split_once(':')
                .is_some_and(|(_, rest)| !rest.trim().is_empty());
            if crate::nl::lexicon::is_section_heading(t) && lower.starts_with("ter ") && !titled {
                self.section = Some(t.to_string());
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
                self.doc.next_meeting = Some(content);
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
                                self.role_group(Some(role), seg.value);
                            }
                            self.doc.fields.push(Field {
                                kind: k,
                                key: seg.key,
                                value: seg.value,
                                line,
                            });
                        }
                        SegmentKey::Field(k) => self.field_with_names(k, seg.key, seg.value, line),
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
                            key: seg.key,
                            value: seg.value,
                            line,
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
                        line,
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
    pub(super) fn dangling_key(&mut self, content: &Span) {
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
            key,
            value: Span::new(content.end(), content.end()),
            line: *content,
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

    pub(super) fn text_line(&mut self, line: Span, kind: ParagraphKind) {
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
        let kind = if kind == ParagraphKind::Text
            && crate::nl::lexicon::is_section_heading(t)
            && t.chars().count() <= 60
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

    pub(super) fn push_paragraph(&mut self, p: Paragraph) {
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
}

/// Whether a line can be the value of a waiting label: short, not a sentence.
pub(super) fn looks_like_value(raw: &str) -> bool {
    let t = raw.trim();
    !t.is_empty() && !t.ends_with(':') && t.chars().count() <= 3000 && !is_sentence(t)
}
