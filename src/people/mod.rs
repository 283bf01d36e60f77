//! People: name normalisation, the index of who attended, and resolving references.
//! Every rule asks this module who is who, so rules cannot disagree.

mod name;
mod opening;
mod refs;
pub mod words;

pub use name::{fold, initials_of, is_particle, squash, surname_key, PersonName};
pub use refs::{references, sentence_ranges, speaker_label, PersonRef};

use crate::model::{Document, FieldKind, ListKind, Role, Span};
use std::collections::HashMap;

/// Where a person is known from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// An entry of an attendance list: list index and entry index in `Document::lists`.
    Entry(usize, usize),
    /// An officer field (`Voorzitter: ...`).
    Field(FieldKind),
    /// The configured roster.
    Roster,
}

/// One person the document (or the roster) knows, with every place they are named.
#[derive(Debug, Clone)]
pub struct Person {
    /// The name as first written.
    pub name: PersonName,
    /// Where the name came from, in document order.
    pub sources: Vec<(Source, Span)>,
    /// Further written forms (aliases from the roster) that also name this person.
    pub aliases: Vec<PersonName>,
}

impl Person {
    /// Whether the person is on a list of this kind.
    pub fn on_list(&self, doc: &Document, pred: impl Fn(ListKind) -> bool) -> bool {
        self.sources
            .iter()
            .any(|(s, _)| matches!(s, Source::Entry(l, _) if pred(doc.lists[*l].kind)))
    }

    /// The first span on a list satisfying `pred`.
    pub fn span_on(&self, doc: &Document, pred: impl Fn(ListKind) -> bool) -> Option<Span> {
        self.sources.iter().find_map(|(s, sp)| match s {
            Source::Entry(l, _) if pred(doc.lists[*l].kind) => Some(sp.clone()),
            _ => None,
        })
    }

    fn names(&self) -> impl Iterator<Item = &PersonName> {
        std::iter::once(&self.name).chain(self.aliases.iter())
    }
}

/// How a reference resolves.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Resolution {
    /// Exactly one person fits.
    Known(usize),
    /// Several people fit; their indices.
    Ambiguous(Vec<usize>),
    /// Nobody fits.
    Unknown,
}

/// Everyone the document names in its header and lists, plus the roster.
#[derive(Debug, Clone, Default)]
pub struct People {
    /// The persons, in order of first appearance.
    pub persons: Vec<Person>,
    /// The chair named in the opening sentences, when no field or annotation names one.
    pub opening_chair: Option<(Span, PersonName)>,
    /// Persons by a written-out first name (`anne` for `Anne Kok`): minutes outside councils
    /// call people by their first name.
    first_names: HashMap<String, Vec<usize>>,
    /// Persons by an initials code given in the list (`Anne Kok (AK)`), lower case.
    codes: HashMap<String, Vec<usize>>,
    /// Persons by every form a reference may take (surname key, first name plus surname,
    /// the own part of a double name), so that lookups stay cheap on long lists.
    index: HashMap<String, Vec<usize>>,
}

/// A member of the body from configuration.
#[derive(Debug, Clone)]
pub struct RosterMember {
    /// The name (`P. Miltenburg`).
    pub name: String,
    /// Other written forms.
    pub aliases: Vec<String>,
}

impl People {
    /// Indexes the people of a document and the roster.
    pub fn index(doc: &Document, text: &str, roster: &[RosterMember]) -> People {
        let mut people = People::default();
        for (li, list) in doc.lists.iter().enumerate() {
            for (ei, e) in list.entries.iter().enumerate() {
                if !e.is_person(text) {
                    continue;
                }
                let i = people.add(e.name.clone(), Source::Entry(li, ei), e.name_span.clone());
                for a in &e.annotations {
                    if is_initials_code(a, text.get(e.name_span.range()).unwrap_or("")) {
                        people.codes.entry(a.clone()).or_default().push(i);
                    }
                }
            }
        }
        for f in &doc.fields {
            if matches!(
                f.kind,
                FieldKind::Chair | FieldKind::Secretary | FieldKind::MinuteTaker | FieldKind::Clerk
            ) {
                for (span, name) in officer_names(text, &f.value) {
                    people.add(name, Source::Field(f.kind), span);
                }
            }
        }
        people.opening_chair = opening_paragraphs(doc)
            .into_iter()
            .find_map(|sp| opening::opening_chair(text.get(sp.range()).unwrap_or(""), sp.start()));
        for m in roster {
            let name = PersonName::parse(&m.name);
            if name.key.is_empty() {
                continue;
            }
            let i = people.add(name, Source::Roster, Span::default());
            for a in &m.aliases {
                let alias = PersonName::parse(a);
                people.index_name(&alias, i);
                people.persons[i].aliases.push(alias);
            }
        }
        people
    }

    fn add(&mut self, name: PersonName, source: Source, span: Span) -> usize {
        let same = self.index.get(&name.key).and_then(|ids| {
            ids.iter()
                .copied()
                .find(|&i| self.persons[i].names().any(|n| n.same_person(&name)))
        });
        if let Some(i) = same {
            self.persons[i].sources.push((source, span));
            return i;
        }
        let i = self.persons.len();
        self.index_name(&name, i);
        self.persons.push(Person {
            name,
            sources: vec![(source, span)],
            aliases: Vec::new(),
        });
        i
    }

    fn index_name(&mut self, n: &PersonName, i: usize) {
        if let Some(f) = &n.first_name {
            let ids = self.first_names.entry(f.clone()).or_default();
            if !ids.contains(&i) {
                ids.push(i);
            }
        }
        let mut keys = vec![n.key.clone(), n.key.replace('-', " ")];
        if let Some(f) = &n.first_name {
            keys.push(format!("{f} {}", n.key.replace('-', " ")));
        }
        if let Some(own) = n.key.split('-').next() {
            keys.push(own.to_string());
        }
        keys.sort();
        keys.dedup();
        for k in keys {
            let ids = self.index.entry(k).or_default();
            if !ids.contains(&i) {
                ids.push(i);
            }
        }
    }

    /// Who a reference in running text names.
    pub fn resolve(&self, r: &PersonRef) -> Resolution {
        let mut hits: Vec<usize> = Vec::new();
        for key in [&r.all_words, &r.name.key] {
            for &i in self.index.get(key.as_str()).into_iter().flatten() {
                if !hits.contains(&i) && self.persons[i].names().any(|n| fits(n, r)) {
                    hits.push(i);
                }
            }
        }
        // `Anne geeft aan` for `Anne Kok`; `AK:` for `Anne Kok (AK)`.
        let one_word = !r.all_words.is_empty() && !r.all_words.contains(' ');
        if hits.is_empty() && one_word && r.name.initials.is_empty() && !r.honorific {
            hits.extend(self.first_names.get(&r.all_words).into_iter().flatten());
            hits.extend(self.codes.get(&r.all_words).into_iter().flatten());
            hits.dedup();
        }
        hits.sort_unstable();
        match hits.len() {
            0 => Resolution::Unknown,
            1 => Resolution::Known(hits[0]),
            _ => Resolution::Ambiguous(hits),
        }
    }

    /// The person whose name is closest to `r`, when close enough to suggest.
    pub fn closest(&self, r: &PersonRef) -> Option<&Person> {
        let target = if r.name.key.is_empty() {
            &r.all_words
        } else {
            &r.name.key
        };
        self.persons
            .iter()
            .map(|p| {
                let s = p
                    .names()
                    .flat_map(|n| std::iter::once(&n.key).chain(n.first_name.as_ref()))
                    .map(|k| strsim::normalized_damerau_levenshtein(k, target).max(jw(k, target)))
                    .fold(0.0, f64::max);
                (s, p)
            })
            .filter(|(s, _)| *s >= 0.75)
            .max_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, p)| p)
    }

    /// The chair: from a `Voorzitter` field, a role annotation or role group in a list.
    pub fn chair(&self, doc: &Document) -> Option<usize> {
        self.officer(doc, FieldKind::Chair)
    }

    /// Whether the opening sentences name the person who chairs.
    pub fn chair_named_in_text(&self) -> bool {
        self.opening_chair.is_some()
    }

    /// The holder of an officer role: from a header field, else from a role annotation.
    pub fn officer(&self, doc: &Document, kind: FieldKind) -> Option<usize> {
        let role = match kind {
            FieldKind::Chair => Role::Chair,
            FieldKind::Secretary => Role::Secretary,
            FieldKind::MinuteTaker => Role::MinuteTaker,
            FieldKind::Clerk => Role::Clerk,
            _ => return None,
        };
        self.persons
            .iter()
            .position(|p| p.sources.iter().any(|(s, _)| *s == Source::Field(kind)))
            .or_else(|| {
                self.persons.iter().position(|p| {
                    p.sources
                        .iter()
                        .any(|(s, _)| matches!(s, Source::Entry(l, e) if doc.lists[*l].entries[*e].role == Some(role)))
                })
            })
    }
}

fn jw(a: &str, b: &str) -> f64 {
    // Jaro-Winkler rewards a shared start; damp it for very short names.
    if a.chars().count() < 4 || b.chars().count() < 4 {
        0.0
    } else {
        strsim::jaro_winkler(a, b) - 0.1
    }
}

/// Whether a written name fits a reference: the same surname (or first name plus
/// surname), with initials that do not contradict.
fn fits(n: &PersonName, r: &PersonRef) -> bool {
    let full = match &n.first_name {
        Some(f) => format!("{f} {}", n.key.replace('-', " ")),
        None => n.key.replace('-', " "),
    };
    let key_flat = n.key.replace('-', " ");
    if r.all_words == key_flat || r.all_words == full {
        return r.name.initials.is_empty()
            || r.name.first_name.is_some()
            || n.compatible_given_names(&r.name);
    }
    // `mevrouw Peters` for `Peters-van Loon`: the own part of a double name.
    if n.key.contains('-') && n.key.split('-').next() == Some(r.all_words.as_str()) {
        return r.name.initials.is_empty() || n.compatible_given_names(&r.name);
    }
    if r.name.key == n.key && !n.key.is_empty() {
        return n.compatible_given_names(&r.name);
    }
    false
}

/// The people named in an officer field value: usually one (`S. Schelberg`), sometimes with
/// a title or a note (`mr. A. de Vries (wnd.)`).
fn officer_names(text: &str, value: &Span) -> Vec<(Span, PersonName)> {
    let v = text.get(value.range()).unwrap_or("");
    let cut = v.find('(').unwrap_or(v.len());
    let words = &v[..cut];
    let mut start = 0;
    // Skip honorifics (ASCII, so byte lengths agree whatever the case).
    for h in [
        "de heer ",
        "dhr. ",
        "mevrouw ",
        "mevr. ",
        "mw. ",
        "mr. ",
        "drs. ",
        "dr. ",
        "ir. ",
        "burgemeester ",
        "wethouder ",
    ] {
        while words
            .get(start..start + h.len())
            .is_some_and(|s| s.eq_ignore_ascii_case(h))
        {
            start += h.len();
        }
    }
    let name_text = words[start..].trim_end();
    if name_text.is_empty() || !name_text.chars().any(|c| c.is_alphabetic()) {
        return Vec::new();
    }
    let name = PersonName::parse(name_text);
    if name.key.is_empty() {
        return Vec::new();
    }
    let s = value.start() + start;
    vec![(Span::new(s, s + name_text.len()), name)]
}

/// The paragraphs where the opening is told: those before the first item and the first
/// paragraphs of the first two items.
fn opening_paragraphs(doc: &Document) -> Vec<Span> {
    let mut out: Vec<Span> = doc.loose.iter().map(|p| p.span.clone()).collect();
    for item in doc.items.iter().take(2) {
        out.extend(
            item.all_paragraphs()
                .into_iter()
                .take(3)
                .map(|p| p.span.clone()),
        );
    }
    out
}

/// Whether an annotation (lower case) is the initials code of the name written (`ak` for
/// `Anne Kok`, `jdv` for `Jan de Vries`), as working groups mark who does what.
fn is_initials_code(code: &str, written: &str) -> bool {
    let n = code.chars().count();
    if !(2..=4).contains(&n) || !code.chars().all(char::is_alphabetic) {
        return false;
    }
    let all: String = written
        .split_whitespace()
        .filter_map(|w| w.chars().next())
        .flat_map(char::to_lowercase)
        .collect();
    let capitals: String = written
        .split_whitespace()
        .filter(|w| w.starts_with(char::is_uppercase))
        .filter_map(|w| w.chars().next())
        .flat_map(char::to_lowercase)
        .collect();
    code == all || code == capitals
}
