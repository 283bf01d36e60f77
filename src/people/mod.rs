//! People: name normalisation, the index of who attended, and resolving references.
//! Every rule asks this module who is who, so rules cannot disagree.

mod opening;
mod refs;

pub use crate::model::name::{initials_of, surname_key, PersonName, MAX_NAME_BYTES};
pub use crate::nl::lexicon::is_particle;
pub use crate::nl::normalize::{fold, invisible_name, is_invisible, squash};
pub use crate::nl::tokens::sentence_ranges;
pub use refs::{
    mentions_in, references, references_in, speaker_label, speaker_label_in, PersonRef, LABEL_HEAD,
    NAME_MEMO_LIMIT,
};

use crate::model::{Document, FieldKind, ListKind, Role, Span};
use compact_str::CompactString;
use smallvec::{smallvec, SmallVec};
/// The people index's tables: their keys are names from the document, so the word hash
/// starts from a number drawn once per process (`nl::hash::SeededWordHasher`).
type HashMap<K, V> = std::collections::HashMap<K, V, crate::nl::hash::SeededWordHasher>;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

/// Up to this many people of one surname are compared one by one; past it (a list that
/// no meeting has) only identically written names are merged, so adding stays linear.
const LINEAR_LIMIT: usize = 64;
/// A reference that fits more people than this is reported with these first ones.
const MAX_HITS: usize = 8;
/// Did-you-mean compares with everyone up to this many people; past it, with at most this
/// many people whose surname starts with the same letter.
const CANDIDATES: usize = 256;
/// Name comparisons for did-you-mean per document; past it, no more suggestions.
const COMPARISON_BUDGET: usize = 100_000;

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

/// Where a person is named: nearly always once, so without an allocation of its own
/// (10⁶ names on one line are 10⁶ persons).
pub type Sources = SmallVec<[(Source, Span); 1]>;

/// Persons under one key of an index: nearly always one, kept without an allocation.
type Ids = SmallVec<[usize; 1]>;

/// One person the document (or the roster) knows, with every place they are named.
#[derive(Debug, Clone)]
pub struct Person {
    /// The name as first written; for a list entry, shared with the entry.
    pub name: Arc<PersonName>,
    /// Where the name came from, in document order.
    pub sources: Sources,
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
            Source::Entry(l, _) if pred(doc.lists[*l].kind) => Some(*sp),
            _ => None,
        })
    }

    fn names(&self) -> impl Iterator<Item = &PersonName> {
        std::iter::once(&*self.name).chain(self.aliases.iter())
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

/// What a resolution depends on: the reference's words, surname key, initials, first name.
type RefKey = (
    CompactString,
    CompactString,
    CompactString,
    Option<CompactString>,
);

/// Everyone the document names in its header and lists, plus the roster.
#[derive(Debug, Default)]
pub struct People {
    /// The persons, in order of first appearance: the document's, then the roster members
    /// the document may refer to.
    pub persons: Vec<Person>,
    /// The chair named in the opening sentences, when no field or annotation names one.
    pub opening_chair: Option<(Span, PersonName)>,
    /// Persons by a written-out first name (`anne` for `Anne Kok`): minutes outside councils
    /// call people by their first name.
    first_names: HashMap<CompactString, Ids>,
    /// Persons by an initials code given in the list (`Anne Kok (AK)`), lower case.
    codes: HashMap<String, Ids>,
    /// Persons by every form a reference may take (surname key, first name plus surname,
    /// the own part of a double name), so that lookups stay cheap on long lists.
    index: HashMap<CompactString, Ids>,
    /// For surnames shared by more than `LINEAR_LIMIT` people: persons by a hash of a name
    /// exactly as parsed (initials, first name, surname key).
    exact: HashMap<u64, usize>,
    /// The surname keys `exact` covers.
    exact_keys: std::collections::HashSet<CompactString, crate::nl::hash::SeededWordHasher>,
    /// Persons by the first letter of a surname key, for did-you-mean on long lists.
    by_first: HashMap<char, Ids>,
    /// How many persons come from the document itself.
    from_document: usize,
    /// The roster, shared by all documents of a run.
    roster: Arc<Roster>,
    /// Roster members by their index in `roster`: merged into a document person (`None`)
    /// or added as a person of their own (`Some`). Members not here are not in `persons`.
    roster_state: HashMap<usize, Option<usize>>,
    /// Name comparisons left for did-you-mean.
    budget: AtomicUsize,
    /// Resolutions of references into large groups of one surname, by reference.
    memo: Mutex<HashMap<RefKey, Resolution>>,
    /// The outcome of `closest` by the name compared: the same name is asked about again
    /// and again (each speaker line, several rules). A hit still pays its comparisons from
    /// `budget`, so that the answers do not depend on the order of the questions.
    nearest: Mutex<HashMap<CompactString, Option<Nearest>>>,
}

/// Where `closest` found its person: in the document's persons or in the roster.
#[derive(Debug, Clone, Copy)]
enum Nearest {
    Document(usize),
    Roster(usize),
}

/// A member of the body from configuration.
#[derive(Debug, Clone)]
pub struct RosterMember {
    /// The name (`P. Miltenburg`).
    pub name: String,
    /// Other written forms.
    pub aliases: Vec<String>,
}

/// The configured roster, parsed and indexed once per run and shared by every document.
#[derive(Debug, Default)]
pub struct Roster {
    /// The members (entries for one person merged), each with a `Source::Roster`.
    persons: Vec<Person>,
    /// Members by every form a reference may take, as `People::index`.
    index: HashMap<CompactString, Ids>,
    /// Members by the surname key of their name.
    by_key: HashMap<CompactString, Vec<usize>>,
    /// Members by the first letter of a surname key.
    by_first: HashMap<char, Ids>,
}

impl Roster {
    /// Parses and indexes the members.
    pub fn new(members: &[RosterMember]) -> Roster {
        let mut p = People::default();
        for m in members {
            let name = PersonName::parse(&m.name);
            if name.key.is_empty() {
                continue;
            }
            let i = p.add(name, Source::Roster, Span::default());
            for a in &m.aliases {
                let alias = PersonName::parse(a);
                p.index_name(&alias, i);
                p.persons[i].aliases.push(alias);
            }
        }
        let mut by_key: HashMap<CompactString, Vec<usize>> = HashMap::default();
        for (i, person) in p.persons.iter().enumerate() {
            by_key.entry(person.name.key.clone()).or_default().push(i);
        }
        Roster {
            persons: p.persons,
            index: p.index,
            by_key,
            by_first: p.by_first,
        }
    }

    /// Whether the roster has no members.
    pub fn is_empty(&self) -> bool {
        self.persons.is_empty()
    }
}

impl People {
    /// Indexes the people of a document, and those roster members that merge with one of
    /// them or that one of the references `refs` may name. The roster is prepared once
    /// per run, so a long roster costs each document only its lookups.
    /// `blocks` are the document's text blocks, cut into pieces once (empty when the caller
    /// has none): the opening paragraphs are read from them.
    pub fn index(
        doc: &Document,
        text: &str,
        roster: Arc<Roster>,
        refs: &[PersonRef],
        blocks: &[crate::nl::tokens::BlockTokens<'_>],
    ) -> People {
        let mut people = People {
            budget: AtomicUsize::new(COMPARISON_BUDGET),
            ..People::default()
        };
        // A person and an index key or two a list entry: reserved at once, so that a list of
        // 10⁶ names does not hold the index twice while it grows.
        let entries: usize = doc.lists.iter().map(|l| l.entries.len()).sum();
        people.persons.reserve_exact(entries);
        people.index.reserve(entries);
        for (li, list) in doc.lists.iter().enumerate() {
            for (ei, e) in list.entries.iter().enumerate() {
                if !e.is_person(text) {
                    continue;
                }
                let i = people.add(e.name.clone(), Source::Entry(li, ei), e.name_span);
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
        people.opening_chair =
            opening_paragraphs(doc).into_iter().find_map(
                |sp| match crate::nl::tokens::block_pieces(blocks, sp) {
                    Some((block, toks)) => {
                        opening::opening_chair_in(block.text, toks, block.span.start())
                    }
                    None => opening::opening_chair(text.get(sp.range()).unwrap_or(""), sp.start()),
                },
            );
        people.from_document = people.persons.len();
        if !roster.is_empty() {
            people.add_roster(&roster, refs);
        }
        people.roster = roster;
        people
    }

    fn add_roster(&mut self, roster: &Roster, refs: &[PersonRef]) {
        // A member merges into the first document person of the same name.
        let mut merged: HashMap<usize, usize> = HashMap::default();
        for d in 0..self.from_document {
            let name = &self.persons[d].name;
            for &m in roster.by_key.get(&name.key).into_iter().flatten() {
                if !merged.contains_key(&m) && name.same_person(&roster.persons[m].name) {
                    merged.insert(m, d);
                }
            }
        }
        // A member stands on its own when a reference may name them.
        let mut named: Vec<usize> = refs
            .iter()
            .flat_map(|r| [r.all_words.as_str(), r.name.key.as_str()])
            .filter_map(|k| roster.index.get(k))
            .flatten()
            .copied()
            .filter(|m| !merged.contains_key(m))
            .collect();
        let mut members: Vec<usize> = merged.keys().copied().collect();
        members.append(&mut named);
        members.sort_unstable();
        members.dedup();
        for m in members {
            let member = &roster.persons[m];
            match merged.get(&m) {
                Some(&d) => {
                    self.persons[d]
                        .sources
                        .extend(member.sources.iter().cloned());
                    for alias in &member.aliases {
                        self.index_name(alias, d);
                        self.persons[d].aliases.push(alias.clone());
                    }
                    self.roster_state.insert(m, None);
                }
                None => {
                    let i = self.persons.len();
                    for n in member.names() {
                        self.index_name(n, i);
                    }
                    self.persons.push(member.clone());
                    self.roster_state.insert(m, Some(i));
                }
            }
        }
    }

    fn add(&mut self, name: impl Into<Arc<PersonName>>, source: Source, span: Span) -> usize {
        let name: Arc<PersonName> = name.into();
        let compatible = |p: &Person| p.names().any(|n| n.same_person(&name));
        let bucket = self.index.get(&name.key).map_or(0, |ids| ids.len());
        let same = if bucket <= LINEAR_LIMIT {
            self.index
                .get(&name.key)
                .and_then(|ids| ids.iter().copied().find(|&i| compatible(&self.persons[i])))
        } else {
            if !self.exact_keys.contains(&name.key) {
                self.cover(&name.key);
            }
            self.exact
                .get(&exact_hash(&name))
                .copied()
                .filter(|&i| compatible(&self.persons[i]))
                .or_else(|| {
                    self.index.get(&name.key).and_then(|ids| {
                        ids.iter()
                            .take(LINEAR_LIMIT)
                            .copied()
                            .find(|&i| compatible(&self.persons[i]))
                    })
                })
        };
        let i = same.unwrap_or(self.persons.len());
        if self.exact_keys.contains(&name.key) {
            self.exact.entry(exact_hash(&name)).or_insert(i);
        }
        if same.is_some() {
            self.persons[i].sources.push((source, span));
            return i;
        }
        self.index_name(&name, i);
        self.persons.push(Person {
            name,
            sources: smallvec![(source, span)],
            aliases: Vec::new(),
        });
        i
    }

    /// Starts looking up names of a surname shared by many people by their exact form.
    fn cover(&mut self, key: &str) {
        for &i in self.index.get(key).into_iter().flatten() {
            for n in self.persons[i].names() {
                if n.key == key {
                    self.exact.entry(exact_hash(n)).or_insert(i);
                }
            }
        }
        self.exact_keys.insert(key.into());
    }

    fn index_name(&mut self, n: &PersonName, i: usize) {
        if let Some(f) = &n.first_name {
            let ids = self.first_names.entry(f.clone()).or_default();
            if !ids.contains(&i) {
                ids.push(i);
            }
        }
        let spaced = CompactString::new(n.key.replace('-', " "));
        let mut keys = vec![n.key.clone(), spaced.clone()];
        if let Some(f) = &n.first_name {
            keys.push(compact_str::format_compact!("{f} {spaced}"));
        }
        if let Some(own) = n.key.split('-').next() {
            keys.push(own.into());
        }
        keys.sort();
        keys.dedup();
        for k in keys {
            let ids = self.index.entry(k).or_default();
            // `i` is the newest person or the one whose aliases are being added, so it can
            // only be at the end: no need to search the whole list.
            if ids.last() != Some(&i) {
                ids.push(i);
            }
        }
        if let Some(c) = n.key.chars().next() {
            let ids = self.by_first.entry(c).or_default();
            if ids.last() != Some(&i) {
                ids.push(i);
            }
        }
    }

    /// Who a reference in running text names.
    pub fn resolve(&self, r: &PersonRef) -> Resolution {
        let large = [r.all_words.as_str(), r.name.key.as_str()]
            .iter()
            .any(|k| self.index.get(*k).is_some_and(|v| v.len() > LINEAR_LIMIT));
        if !large {
            return self.resolve_uncached(r);
        }
        let key = (
            r.all_words.clone(),
            r.name.key.clone(),
            r.name.initials.clone(),
            r.name.first_name.clone(),
        );
        if let Some(known) = self.memo.lock().ok().and_then(|m| m.get(&key).cloned()) {
            return known;
        }
        let found = self.resolve_uncached(r);
        if let Ok(mut m) = self.memo.lock() {
            m.insert(key, found.clone());
        }
        found
    }

    fn resolve_uncached(&self, r: &PersonRef) -> Resolution {
        let mut hits: Vec<usize> = Vec::new();
        'keys: for key in [r.all_words.as_str(), r.name.key.as_str()] {
            for &i in self.index.get(key).into_iter().flatten() {
                if !hits.contains(&i) && self.persons[i].names().any(|n| fits(n, r)) {
                    hits.push(i);
                    // A reference that fits this many people is ambiguous enough.
                    if hits.len() > MAX_HITS {
                        break 'keys;
                    }
                }
            }
        }
        // `Ruud Veldman` for a list that only says `Ruud`.
        if hits.is_empty() {
            if let Some(f) = &r.name.first_name {
                for &i in self.index.get(f.as_str()).into_iter().flatten() {
                    let only_first = self.persons[i]
                        .names()
                        .any(|n| n.key == *f && n.first_name.is_none() && n.initials.is_empty());
                    if only_first && !hits.contains(&i) {
                        hits.push(i);
                    }
                }
            }
        }
        // `Anne geeft aan` for `Anne Kok`; `AK:` for `Anne Kok (AK)`.
        let one_word = !r.all_words.is_empty() && !r.all_words.contains(' ');
        if hits.is_empty() && one_word && r.name.initials.is_empty() && !r.honorific {
            hits.extend(
                self.first_names
                    .get(r.all_words.as_str())
                    .into_iter()
                    .flatten(),
            );
            hits.extend(self.codes.get(r.all_words.as_str()).into_iter().flatten());
            hits.dedup();
        }
        hits.sort_unstable();
        match hits.len() {
            0 => Resolution::Unknown,
            1 => Resolution::Known(hits[0]),
            _ => Resolution::Ambiguous(hits),
        }
    }

    /// The person whose name is closest to `r`, when close enough to suggest. On long
    /// lists only people whose surname starts with the same letter are compared, and each
    /// document has a budget of comparisons, so that thousands of unknown speakers against
    /// thousands of attendees stay cheap.
    pub fn closest(&self, r: &PersonRef) -> Option<&Person> {
        let target = if r.name.key.is_empty() {
            r.all_words.as_str()
        } else {
            r.name.key.as_str()
        };
        let hidden = |m: &usize| !self.roster_state.contains_key(m);
        let total = self.persons.len() + self.roster.persons.len();
        let candidates: Vec<Nearest> = if total <= CANDIDATES {
            // Everyone, in the order of the document and then the roster.
            let mut v: Vec<Nearest> = (0..self.from_document).map(Nearest::Document).collect();
            for m in 0..self.roster.persons.len() {
                match self.roster_state.get(&m) {
                    Some(Some(i)) => v.push(Nearest::Document(*i)),
                    Some(None) => {}
                    None => v.push(Nearest::Roster(m)),
                }
            }
            v
        } else {
            let first = target.chars().next()?;
            let mine = self.by_first.get(&first).into_iter().flatten();
            let theirs = self.roster.by_first.get(&first).into_iter().flatten();
            let mut last = None;
            let mut v = Vec::new();
            for &i in mine {
                if v.len() >= CANDIDATES {
                    break;
                }
                if last != Some(i) {
                    last = Some(i);
                    v.push(Nearest::Document(i));
                }
            }
            for m in theirs
                .filter(|m| hidden(m))
                .take(CANDIDATES.saturating_sub(v.len()))
            {
                v.push(Nearest::Roster(*m));
            }
            v
        };
        let cost: usize = candidates
            .iter()
            .map(|&n| 1 + self.nearest_person(n).aliases.len())
            .sum();
        let left = self.budget.load(Ordering::Relaxed);
        if cost > left {
            return None;
        }
        self.budget.store(left - cost, Ordering::Relaxed);
        let mut memo = self.nearest.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(found) = memo.get(target) {
            return found.map(|n| self.nearest_person(n));
        }
        let target_chars = target.chars().count();
        let found = candidates
            .into_iter()
            .map(|n| {
                let s = self
                    .nearest_person(n)
                    .names()
                    .flat_map(|n| std::iter::once(&n.key).chain(n.first_name.as_ref()))
                    .map(|k| similarity(k, target, target_chars))
                    .fold(0.0, f64::max);
                (s, n)
            })
            .filter(|(s, _)| *s >= 0.75)
            .max_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, n)| n);
        memo.insert(target.into(), found);
        found.map(|n| self.nearest_person(n))
    }

    /// The person a `Nearest` points at.
    fn nearest_person(&self, n: Nearest) -> &Person {
        match n {
            Nearest::Document(i) => &self.persons[i],
            Nearest::Roster(i) => &self.roster.persons[i],
        }
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

/// How alike two names are, for did-you-mean: the better of the normalised
/// Damerau–Levenshtein similarity and a damped Jaro–Winkler. Only scores of at least 0.75
/// count, so the costly edit distance is skipped where the lengths alone keep it below
/// that (an edit distance is at least the difference in length): the result is the same.
fn similarity(k: &str, target: &str, target_chars: usize) -> f64 {
    let k_chars = k.chars().count();
    // Most names on a list are nowhere near the one looked for: a count of shared letters
    // rules them out before either measure runs. What is returned then is below the 0.75 that
    // `closest` asks for, as the true value is.
    if too_far(k, target, k_chars, target_chars) {
        return 0.0;
    }
    let longest = k_chars.max(target_chars);
    let jw = jw(k, target);
    let bound = 1.0 - k_chars.abs_diff(target_chars) as f64 / longest.max(1) as f64;
    if bound < 0.75 {
        jw
    } else {
        strsim::normalized_damerau_levenshtein(k, target).max(jw)
    }
}

/// Whether two names share so few letters that neither measure of [`similarity`] can reach
/// 0.75. With `c` the letters they share (counted with repeats), la and lb their lengths:
///
/// - Jaro counts matches, at most `c`, so Jaro ≤ (c/la + c/lb + 1) / 3. When that is at most
///   0.7, Jaro-Winkler adds nothing (it boosts only above 0.7) and `jw` is at most 0.6.
/// - Every letter of the longer name that is not shared costs an edit, so the Damerau-
///   Levenshtein distance is at least max(la, lb) − c, and the normalized similarity at most
///   c / max(la, lb).
///
/// Only ASCII names are counted; for others this says nothing.
fn too_far(a: &str, b: &str, la: usize, lb: usize) -> bool {
    if la == 0 || lb == 0 || !a.is_ascii() || !b.is_ascii() {
        return false;
    }
    let mut count = [0u32; 128];
    for &x in a.as_bytes() {
        count[usize::from(x)] += 1;
    }
    let mut c = 0;
    for &x in b.as_bytes() {
        let n = &mut count[usize::from(x)];
        if *n > 0 {
            *n -= 1;
            c += 1;
        }
    }
    // c/la + c/lb ≤ 1.1 and c / max < 0.75, in integers.
    10 * c * (la + lb) <= 11 * la * lb && 4 * c < 3 * la.max(lb)
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
/// surname), with initials that do not contradict. Compares without allocating, as it runs
/// for every candidate of every reference.
fn fits(n: &PersonName, r: &PersonRef) -> bool {
    let words = r.all_words.as_str();
    let key_flat = flat_eq(&n.key, words);
    let full = match &n.first_name {
        Some(f) => words
            .strip_prefix(f.as_str())
            .and_then(|rest| rest.strip_prefix(' '))
            .is_some_and(|rest| flat_eq(&n.key, rest)),
        None => key_flat,
    };
    if key_flat || full {
        return r.name.initials.is_empty()
            || r.name.first_name.is_some()
            || n.compatible_given_names(&r.name);
    }
    // `mevrouw Peters` for `Peters-van Loon`: the own part of a double name.
    if n.key.contains('-') && n.key.split('-').next() == Some(words) {
        return r.name.initials.is_empty() || n.compatible_given_names(&r.name);
    }
    if r.name.key == n.key && !n.key.is_empty() {
        return n.compatible_given_names(&r.name);
    }
    false
}

/// A hash of a name as parsed: initials, first name and surname key.
fn exact_hash(n: &PersonName) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    (&n.initials, &n.first_name, &n.key).hash(&mut h);
    h.finish()
}

/// Whether `key` with its hyphens read as spaces equals `words`.
fn flat_eq(key: &str, words: &str) -> bool {
    key.len() == words.len()
        && key
            .bytes()
            .zip(words.bytes())
            .all(|(a, b)| a == b || (a == b'-' && b == b' '))
}

/// The people named in an officer field value: usually one (`S. Schelberg`), sometimes with
/// a title or a note (`mr. A. de Vries (wnd.)`).
fn officer_names(text: &str, value: &Span) -> Vec<(Span, PersonName)> {
    let v = text.get(value.range()).unwrap_or("");
    let cut = v.find('(').unwrap_or(v.len());
    let words = &v[..cut];
    let mut start = 0;
    // Skip honorifics, abbreviations with their full stop (ASCII, so byte lengths agree
    // whatever the case): `mr. drs. A. de Vries`.
    while let Some(len) = crate::nl::lexicon::HONORIFICS.entries().find_map(|h| {
        let stop = if crate::nl::lexicon::is_abbreviation(h) {
            "."
        } else {
            ""
        };
        let rest = words.get(start..)?;
        let head = rest.get(..h.len())?;
        let after = rest[h.len()..].strip_prefix(stop)?;
        (head.eq_ignore_ascii_case(h) && after.starts_with(' ')).then_some(h.len() + stop.len() + 1)
    }) {
        start += len;
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
    let mut out: Vec<Span> = doc.loose.iter().map(|p| p.span).collect();
    for item in doc.items.iter().take(2) {
        out.extend(item.all_paragraphs().into_iter().take(3).map(|p| p.span));
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

#[cfg(test)]
#[path = "similarity_tests.rs"]
mod similarity_tests;
