//! The document model: what the grammar found, lowered into plain types with byte spans.

pub mod decisions;
pub mod name;
mod span;

pub use name::PersonName;
pub use span::Span;

/// A parsed document. Everything keeps its byte span into the original text.
#[derive(Debug, Clone, Default)]
pub struct Document {
    /// The date the file's name gives (`2016-06-08-adres-gebouw.md`), for minutes whose text
    /// carries none: repositories of minutes often date each file by its name.
    pub file_date: Option<String>,
    /// The first non-empty line before the header fields, usually `BESLUITENLIJST ...`.
    pub title: Option<Span>,
    /// Header fields in order (`Datum`, `Voorzitter`, ...).
    pub fields: Vec<Field>,
    /// The attendance lists (present, absent, guests), in order.
    pub lists: Vec<AttendanceList>,
    /// Agenda items in order.
    pub items: Vec<Item>,
    /// Body paragraphs that precede the first agenda item or follow no item.
    pub loose: Vec<Paragraph>,
    /// Lines the grammar could only take as fallback.
    pub unrecognized: Vec<Span>,
    /// Whether the document is in the F1 table layout.
    pub table_layout: bool,
    /// The span of every line (without its line end), for line-based rules.
    pub lines: Vec<Span>,
    /// An agenda list at the top whose items the report sections repeat (`1. Opening` …
    /// `9. Sluiting`, then `### Agendapunt 1: Opening`): the sections are `items`.
    pub agenda: Vec<Item>,
    /// Rows of the action list or decision list at the end (`Actielijst`, `Besluitenlijst`).
    pub trailer: Vec<TrailerRow>,
    /// Where the report proper starts: the first item heading (or the end of the text).
    pub body_start: usize,
    /// The heading of a `Volgende vergadering` block, whose fields are not this meeting's.
    pub next_meeting: Option<Span>,
}

/// Which list at the end of the minutes a row belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TrailerKind {
    /// `Actielijst`, `Actiepunten`: who does what.
    Actions,
    /// `Besluitenlijst`, `Genomen besluiten`: the decisions, often with their item number.
    Decisions,
}

/// One row of the action or decision list at the end.
#[derive(Debug, Clone)]
pub struct TrailerRow {
    /// Which list.
    pub kind: TrailerKind,
    /// The row (a list item, a table row or a line).
    pub span: Span,
}

/// What a header field is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FieldKind {
    /// `Datum`
    Date,
    /// `Tijdstip`, `Tijd`, `Aanvang`
    Time,
    /// `Voorzitter`
    Chair,
    /// `Secretaris`
    Secretary,
    /// `Notulist`, `Notulen`, `Verslag`
    MinuteTaker,
    /// `Griffier`
    Clerk,
    /// `Locatie`, `Plaats`
    Location,
    /// `Status`
    Status,
    /// `Aanwezig`
    Present,
    /// `Afwezig`
    Absent,
    /// `Afwezig met kennisgeving`, `Afgemeld`
    AbsentNotified,
    /// `Gasten`, `Genodigden`
    Guests,
}

impl FieldKind {
    /// The config name of the field (`required-fields`).
    pub fn config_name(self) -> &'static str {
        match self {
            FieldKind::Date => "datum",
            FieldKind::Time => "tijd",
            FieldKind::Chair => "voorzitter",
            FieldKind::Secretary => "secretaris",
            FieldKind::MinuteTaker => "notulist",
            FieldKind::Clerk => "griffier",
            FieldKind::Location => "locatie",
            FieldKind::Status => "status",
            FieldKind::Present => "aanwezig",
            FieldKind::Absent => "afwezig",
            FieldKind::AbsentNotified => "afwezig-met-kennisgeving",
            FieldKind::Guests => "gasten",
        }
    }

    /// All kinds, for configuration lookups.
    pub const ALL: [FieldKind; 12] = [
        FieldKind::Date,
        FieldKind::Time,
        FieldKind::Chair,
        FieldKind::Secretary,
        FieldKind::MinuteTaker,
        FieldKind::Clerk,
        FieldKind::Location,
        FieldKind::Status,
        FieldKind::Present,
        FieldKind::Absent,
        FieldKind::AbsentNotified,
        FieldKind::Guests,
    ];

    /// The list kind this field opens, if it is an attendance list.
    pub fn list_kind(self) -> Option<ListKind> {
        match self {
            FieldKind::Present => Some(ListKind::Present),
            FieldKind::Absent => Some(ListKind::Absent),
            FieldKind::AbsentNotified => Some(ListKind::AbsentNotified),
            FieldKind::Guests => Some(ListKind::Guests),
            _ => None,
        }
    }
}

/// One `Key: value` or `Key<TAB>value` header row.
#[derive(Debug, Clone)]
pub struct Field {
    /// What the key means.
    pub kind: FieldKind,
    /// The key as written.
    pub key: Span,
    /// The value, trimmed (may be empty, then it sits at the line end).
    pub value: Span,
    /// The whole line.
    pub line: Span,
}

/// Which attendance list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ListKind {
    /// Present at the meeting.
    Present,
    /// Absent.
    Absent,
    /// Absent with notice (`met kennisgeving`).
    AbsentNotified,
    /// Guests or invitees.
    Guests,
}

impl ListKind {
    /// Whether people on this list were not at the meeting.
    pub fn is_absent(self) -> bool {
        matches!(self, ListKind::Absent | ListKind::AbsentNotified)
    }

    /// Whether people on this list were at the meeting.
    pub fn is_attending(self) -> bool {
        matches!(self, ListKind::Present | ListKind::Guests)
    }
}

/// An attendance list with its entries.
#[derive(Debug, Clone)]
pub struct AttendanceList {
    /// Which list.
    pub kind: ListKind,
    /// The key (`Aanwezig`) as written.
    pub key: Span,
    /// The entries, in order.
    pub entries: Vec<Entry>,
    /// Empty elements (`,,`, a trailing comma), at the separator that leaves them.
    pub empties: Vec<Span>,
}

/// One name in an attendance list.
#[derive(Debug, Clone)]
pub struct Entry {
    /// The whole entry, trimmed, annotations included.
    pub span: Span,
    /// The name without honorifics and annotations.
    pub name_span: Span,
    /// The parsed name, shared with the person it names (`People`) rather than copied.
    pub name: std::sync::Arc<PersonName>,
    /// Parenthesised annotations and role prefixes, lower-cased.
    pub annotations: Vec<String>,
    /// The role this entry gives its person (`(voorzitter)`, `Griffier:`).
    pub role: Option<Role>,
}

impl Entry {
    /// Whether the entry names a person, rather than a count or a reference
    /// (`23 leden`, `zie presentielijst`, `4 volmachten`).
    pub fn is_person(&self, text: &str) -> bool {
        let written = text.get(self.name_span.range()).unwrap_or("");
        !self.name.key.is_empty()
            && written.chars().any(char::is_uppercase)
            && !written.starts_with(|c: char| c.is_ascii_digit())
    }
}

/// An officer role.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Chair: `voorzitter`, `vz`.
    Chair,
    /// Secretary: `secretaris`.
    Secretary,
    /// Minute-taker: `notulist`, `notulen`.
    MinuteTaker,
    /// Clerk: `griffier`.
    Clerk,
}

/// The officer role an annotation or role prefix names.
pub fn role_word(w: &str) -> Option<Role> {
    use crate::nl::lexicon::{
        OFFICER_CHAIR, OFFICER_CLERK, OFFICER_LEADING_WORDS, OFFICER_MINUTE_TAKER,
        OFFICER_SECRETARY,
    };
    let w = w.trim_end_matches('.');
    // `voorzitter OR`, `voorzitter a.i.`, `secretaris bestuur`: the role word leads.
    let first = w.split_whitespace().next().unwrap_or("");
    let title = if OFFICER_LEADING_WORDS.contains(first) {
        first
    } else {
        w
    };
    [
        (&OFFICER_CHAIR, Role::Chair),
        (&OFFICER_SECRETARY, Role::Secretary),
        (&OFFICER_MINUTE_TAKER, Role::MinuteTaker),
        (&OFFICER_CLERK, Role::Clerk),
    ]
    .into_iter()
    .find(|(list, _)| list.contains(title))
    .map(|(_, role)| role)
}

/// How an item heading is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemForm {
    /// `A<TAB>...`: an F1 table row.
    TableRow,
    /// `F Rondvraag`: a table row that lost its tab.
    UntabbedRow,
    /// `1. Opening`: a numbered heading.
    Heading,
    /// `2. Voorstel` inside an F1 cell: a numbered sub-item.
    SubItem,
    /// `## Notulen vorige vergadering`: an unnumbered topic heading.
    Topic,
}

/// One agenda item (or sub-item).
#[derive(Debug, Clone)]
pub struct Item {
    /// The label as written: `A`, `4`, `4.2`, `05A`.
    pub label: String,
    /// Span of the label.
    pub label_span: Span,
    /// The title, trimmed and without HTML tags.
    pub title: String,
    /// Span of the title text.
    pub title_span: Span,
    /// The heading line (the first line of the item).
    pub heading: Span,
    /// How the heading is written.
    pub form: ItemForm,
    /// Paragraphs before the first sub-item.
    pub paragraphs: Vec<Paragraph>,
    /// Numbered sub-items.
    pub subitems: Vec<Item>,
    /// The section heading the item stands under (`Ter besluitvorming`), if any.
    pub section: Option<String>,
    /// From the heading to the last byte of the item's content.
    pub span: Span,
}

impl Item {
    /// All paragraphs of the item, its sub-items included, in order.
    pub fn all_paragraphs(&self) -> Vec<&Paragraph> {
        let mut out: Vec<&Paragraph> = self.paragraphs.iter().collect();
        for sub in &self.subitems {
            out.extend(sub.all_paragraphs());
        }
        out
    }
}

/// What kind of paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParagraphKind {
    /// Running text.
    Text,
    /// A `- ` or `• ` bullet.
    Bullet,
    /// A `Besluit:`, `Actie:`, `Conclusie:` line; the marker is lower-cased.
    Marker(Marker),
    /// A short unnumbered line that reads as a heading (`Ter besluitvorming`).
    Heading,
}

/// Labels of explicit marker lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Marker {
    /// `Besluit:`
    Decision,
    /// `Actie:`
    Action,
    /// `Conclusie:`
    Conclusion,
    /// `Advies:`
    Advice,
    /// `Afspraak:`, `Toezegging:`
    Agreement,
}

/// A paragraph: one `<p>` cell paragraph or one text line.
#[derive(Debug, Clone)]
pub struct Paragraph {
    /// What kind.
    pub kind: ParagraphKind,
    /// The text (inside the tags), trimmed.
    pub span: Span,
    /// Whether a blank line precedes it (a paragraph break in plain text).
    pub after_blank: bool,
}

impl Document {
    /// The text of a span in `text` (empty when out of range).
    pub fn slice<'t>(text: &'t str, span: &Span) -> &'t str {
        text.get(span.range()).unwrap_or("")
    }

    /// Where a note about the whole document points: the title, else the first line with text.
    pub fn anchor(&self, text: &str) -> Span {
        self.title
            .or_else(|| {
                self.lines
                    .iter()
                    .find(|l| !text.get(l.range()).unwrap_or("").trim().is_empty())
                    .cloned()
            })
            .unwrap_or_default()
    }

    /// The first field of a kind.
    pub fn field(&self, kind: FieldKind) -> Option<&Field> {
        self.fields.iter().find(|f| f.kind == kind)
    }

    /// Every paragraph of the document: loose ones and those of all items.
    pub fn all_paragraphs(&self) -> Vec<&Paragraph> {
        let mut out: Vec<&Paragraph> = self.loose.iter().collect();
        for item in &self.items {
            out.extend(item.all_paragraphs());
        }
        out.sort_by_key(|p| p.span.start());
        out
    }

    /// Whether the document says it is public: `openbaar` in the title or a `Status` field
    /// makes it public, `niet openbaar` or `vertrouwelijk` not; `None` when it says nothing.
    pub fn marked_public(&self, text: &str) -> Option<bool> {
        let mut marks = Vec::new();
        if let Some(t) = &self.title {
            marks.push(text.get(t.range()).unwrap_or("").to_lowercase());
        }
        if let Some(f) = self.field(FieldKind::Status) {
            marks.push(text.get(f.value.range()).unwrap_or("").to_lowercase());
        }
        let mut public = None;
        for m in marks {
            if crate::nl::lexicon::NOT_PUBLIC_MARKERS
                .entries()
                .any(|marker| crate::nl::lexicon::contains_short(&m, marker))
            {
                return Some(false);
            }
            if says_public(&m) {
                public = Some(true);
            }
        }
        public
    }

    /// Runs of running text as a reader sees them: consecutive text lines with no empty line,
    /// heading or bullet between them are one block, so that a sentence wrapped over two lines
    /// (`De heer Veenstra kan` / `niet aanwezig zijn.`) is read whole.
    /// `paragraphs` are [`Document::all_paragraphs`], which the check context holds.
    pub fn text_blocks(&self, paragraphs: &[Paragraph]) -> Vec<Span> {
        let headings = self.heading_starts();
        let mut out: Vec<Span> = Vec::new();
        let mut last_text = false;
        for p in paragraphs {
            let is_text = p.kind == ParagraphKind::Text;
            let joins = is_text && last_text && !p.after_blank && {
                let prev_end = out.last().map_or(0, Span::end);
                let h = headings.partition_point(|&h| h <= prev_end);
                headings.get(h).is_none_or(|&h| h > p.span.start())
            };
            match out.last_mut() {
                Some(prev) if joins => *prev = Span::new(prev.start(), p.span.end()),
                _ => out.push(p.span),
            }
            last_text = is_text;
        }
        out
    }

    /// Where every item and sub-item heading starts, sorted.
    pub fn heading_starts(&self) -> Vec<usize> {
        let mut starts: Vec<usize> = self
            .items
            .iter()
            .flat_map(|i| std::iter::once(i).chain(&i.subitems))
            .map(|i| i.heading.start())
            .collect();
        starts.sort_unstable();
        starts
    }

    /// The prose a reader reads: the title, every item and sub-item title, every paragraph
    /// (`paragraphs`, [`Document::all_paragraphs`]).
    pub fn prose_spans(&self, paragraphs: &[Paragraph]) -> Vec<Span> {
        let mut spans: Vec<Span> = self.title.iter().cloned().collect();
        spans.extend(
            self.items
                .iter()
                .flat_map(|i| std::iter::once(i).chain(&i.subitems))
                .map(|i| i.title_span),
        );
        spans.extend(self.agenda.iter().map(|i| i.title_span));
        spans.extend(paragraphs.iter().map(|p| p.span));
        spans.extend(self.trailer.iter().map(|r| r.span));
        spans
    }

    /// Whether a present list names people. ALV and VvE minutes often only count them
    /// (`Aanwezig: 23 leden (zie presentielijst)`), and then who spoke cannot be checked.
    pub fn names_attendees(&self, text: &str) -> bool {
        self.lists_of(ListKind::Present)
            .any(|l| l.entries.iter().any(|e| e.is_person(text)))
    }

    /// Lists of a kind.
    pub fn lists_of(&self, kind: ListKind) -> impl Iterator<Item = &AttendanceList> {
        self.lists.iter().filter(move |l| l.kind == kind)
    }
}

/// Where the meeting date was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateSource {
    /// A `Datum` field (any spelling, a header table, front matter).
    Field,
    /// The title (`Notulen ALV 29 november 2024`).
    Title,
    /// The lines before the first item (`**14 maart 2024**`, `gehouden op 3 maart 2020`).
    Header,
    /// The first sentences of the first item.
    Opening,
}

impl Document {
    /// `span` run on to the end of the line after its own, when that line holds text.
    fn wrapped(&self, span: &Span, text: &str) -> Option<Span> {
        let i = self.lines.partition_point(|l| l.end() < span.end());
        let next = self.lines.get(i + 1)?;
        let t = text.get(next.range())?;
        (!t.trim().is_empty()).then(|| Span::new(span.start(), next.end()))
    }

    /// The meeting date: where it was found and its span. Fields come first, then the title,
    /// then the header lines, then the first sentences of the first item.
    pub fn meeting_date(&self, text: &str) -> Option<(DateSource, Span)> {
        let date_in = |span: &Span| {
            let t = text.get(span.range())?;
            crate::nl::dates::find_dates(t)
                .first()
                .map(|r| Span::new(span.start() + r.start, span.start() + r.end))
        };
        if let Some(f) = self
            .fields
            .iter()
            .find(|f| f.kind == FieldKind::Date && !f.value.is_empty())
        {
            return Some((DateSource::Field, f.value));
        }
        if let Some(sp) = self.title.as_ref().and_then(date_in) {
            return Some((DateSource::Title, sp));
        }
        if let Some(title) = &self.title {
            let run_on = self.wrapped(title, text);
            if let Some(sp) = run_on.as_ref().and_then(date_in) {
                if sp.start() < title.end() {
                    return Some((DateSource::Title, sp));
                }
            }
        }
        for f in &self.fields {
            if let Some(sp) = date_in(&f.value) {
                return Some((DateSource::Field, sp));
            }
        }
        for p in &self.loose {
            if p.span.start() < self.body_start {
                if let Some(sp) = date_in(&p.span) {
                    return Some((DateSource::Header, sp));
                }
                // `… gehouden op 21` / `december 2023 …`: a date wrapped over two lines.
                if let Some(sp) = self.wrapped(&p.span, text).as_ref().and_then(date_in) {
                    if sp.start() < p.span.end() {
                        return Some((DateSource::Header, sp));
                    }
                }
            }
        }
        // `16-10-2014` on a line of its own under the title.
        for sp in &self.unrecognized {
            if sp.start() < self.body_start {
                if let Some(d) = date_in(sp) {
                    return Some((DateSource::Header, d));
                }
            }
        }
        let first = self.items.first()?;
        for p in first.paragraphs.iter().take(4) {
            if let Some(sp) = date_in(&p.span) {
                return Some((DateSource::Opening, sp));
            }
        }
        None
    }
}

/// Whether a (lower-case) title or status says the document is public: `openbaar`,
/// `(openbaar)`, `Openbare besluitenlijst`; but not a body's name such as
/// `Stichting Openbaar Onderwijs` or `openbaar vervoer`.
fn says_public(m: &str) -> bool {
    let words: Vec<&str> = m
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .collect();
    words.iter().enumerate().any(|(i, w)| {
        if *w != "openbaar" && *w != "openbare" {
            return false;
        }
        let next = words.get(i + 1).copied().unwrap_or("");
        let prev = if i > 0 { words[i - 1] } else { "" };
        let names_a_body = next.contains("onderwijs")
            || next.starts_with("vervoer")
            || next == "lichaam"
            || next.starts_with("bibliotheek")
            || next == "ministerie"
            || prev == "stichting"
            || prev == "voor";
        !names_a_body
    })
}
