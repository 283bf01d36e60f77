//! Items: numbered lines and headings, F1 table rows, sub-items, sections, the agenda list at
//! the top and the lists at the end.

use super::*;

impl<'t> Builder<'t> {
    /// A Markdown heading: a title, an item, a label over a list, a section, or the start of
    /// the next-meeting block or of the lists at the end.
    pub(super) fn heading(&mut self, read: Line, line: Span, level: u8) {
        let content = line.trim(self.text);
        let t = self.text[content.range()].to_string();
        let lower = t.to_lowercase();
        let lower = lower.trim().trim_end_matches(':').trim();
        self.close_list();
        self.pending.clear();
        self.enumeration = None;
        self.next_meeting = is_next_meeting(lower) && !self.doc.items.is_empty();
        if self.next_meeting {
            self.doc.next_meeting = Some(content);
            if !matches!(read, Line::Numbered { .. }) {
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
        match read {
            Line::Field { kind, key, value } if self.attendance_open() => {
                self.header_kv(kind, key, value, line);
                return;
            }
            Line::Label { kind, key } if self.attendance_open() => {
                self.label_line(kind, key, line);
                return;
            }
            Line::Numbered { number, title } => {
                // A numbered heading is always an item.
                self.numbered_heading(number, title, line, level.max(1), false);
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
        if crate::nl::lexicon::is_section_heading(&t) && self.heading_follows() {
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
    pub(super) fn topic(&mut self, title: Span, line: Span, level: u8) {
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
            heading: line,
            form: ItemForm::Topic,
            paragraphs: Vec::new(),
            subitems: Vec::new(),
            section: self.section.clone(),
            span: line,
        });
        self.levels.push(level);
    }

    /// An F1 table row: an item, its title in the first block of the cell.
    pub(super) fn item_row(&mut self, label: Span, blocks: Vec<Span>, line: Span, form: ItemForm) {
        self.body_started = true;
        self.close_list();
        self.pending.clear();
        self.doc.table_layout = true;
        let mut blocks = blocks.into_iter();
        let title = blocks.next().unwrap_or(Span::new(line.end(), line.end()));
        let title_text = strip_tags(&self.text[title.range()]);
        self.doc.items.push(Item {
            label: self.text[label.range()].to_string(),
            label_span: label,
            title: title_text,
            title_span: title,
            heading: line,
            form,
            paragraphs: Vec::new(),
            subitems: Vec::new(),
            section: None,
            span: line,
        });
        self.levels.push(0);
        for sp in blocks {
            self.cell_block(sp);
        }
    }

    /// A paragraph inside an F1 cell: a numbered sub-item heading or text.
    pub(super) fn cell_block(&mut self, sp: Span) {
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
    pub(super) fn numbered_heading(
        &mut self,
        number: Span,
        title: Span,
        line: Span,
        level: u8,
        list_item: bool,
    ) -> bool {
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
                        heading: line,
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
                    && (it.paragraphs.is_empty()
                        || crate::nl::lexicon::is_section_heading(&it.title))
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
            heading: line,
            form: ItemForm::Heading,
            paragraphs: Vec::new(),
            subitems: Vec::new(),
            section: self.section.clone(),
            span: line,
        });
        self.levels.push(level);
        true
    }

    pub(super) fn push_subitem(&mut self, label: Span, title: Span, heading: Span, form: ItemForm) {
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
            heading,
            form,
            paragraphs: Vec::new(),
            subitems: Vec::new(),
            section: Some(parent.title.clone()),
            span: heading,
        });
    }

    /// One row of the action or decision list at the end.
    pub(super) fn trailer_row(&mut self, line: Span) {
        let span = line.trim(self.text);
        if span.is_empty() {
            return;
        }
        if let Some(kind) = self.trailer {
            self.doc.trailer.push(TrailerRow { kind, span });
        }
    }
}

/// The number an item label starts with (`05A` → 5, `3.a` → 3).
pub(super) fn leading_number(label: &str) -> Option<u32> {
    let d: String = label
        .trim()
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    d.parse().ok()
}

/// `Agenda`, `Agendapunten`: the heading over an agenda list.
pub(super) fn is_agenda_heading(lower: &str) -> bool {
    crate::nl::lexicon::AGENDA_HEADINGS.contains(lower)
}

/// Unnumbered headings deeper than the items around them are sub-items of the item before.
pub(super) fn nest_topics(doc: &mut Document, levels: &[u8]) {
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
pub(super) fn find_agenda(doc: &mut Document, levels: &[u8]) -> usize {
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

/// `2. Voorstel pilot Mijnbuur` at the start of a cell paragraph: the label length and
/// where the title starts.
pub(super) fn sub_item_number(t: &str) -> Option<(usize, usize)> {
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
pub(super) fn looks_like_title(t: &str) -> bool {
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
