//! The elements a phrase rule is made of, and the index from head words to rules.

type HashMap<K, V> = std::collections::HashMap<K, V, crate::nl::hash::BuildWordHasher>;
type HashSet<T> = std::collections::HashSet<T, crate::nl::hash::BuildWordHasher>;
use std::sync::OnceLock;

use super::phrases::rules;
use super::Category;
use crate::nl::tokens::Token;

/// A set of folded words; `#` in the data stands for any number.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct Set {
    /// The words.
    pub(super) words: HashSet<&'static str>,
    /// Whether a number is in the set.
    pub(super) number: bool,
}

impl Set {
    /// The set of the white-space-separated words of `list`.
    pub(super) fn of(list: &'static str) -> Set {
        Set {
            words: list
                .split_ascii_whitespace()
                .filter(|w| *w != "#")
                .collect(),
            number: list.split_ascii_whitespace().any(|w| w == "#"),
        }
    }

    /// Whether the token is in the set.
    pub(super) fn has(&self, t: &Token) -> bool {
        self.words.contains(t.w()) || (self.number && is_number(&t.norm))
    }
}

/// Word sequences, each as its words, tried in order.
pub(super) type Alts = Vec<Vec<&'static str>>;

/// Whether the words of `alt` stand at tokens `from..`, ignoring the gaps between them.
pub(super) fn seq_at(toks: &[Token], from: usize, alt: &[&str]) -> bool {
    (from..)
        .zip(alt)
        .all(|(k, w)| toks.get(k).is_some_and(|t| t.norm == *w))
}

pub(super) fn is_number(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit() || b == b'.')
}

/// One element of the context a rule asks for around its head word. Elements are listed left
/// to right; the `before` part is matched from the head backwards, the `after` part forwards.
/// Consumed tokens must follow each other with only white space between them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum El {
    /// One token from the set.
    W(Set),
    /// Zero or one token from the set.
    Opt(Set),
    /// Zero to n tokens from the set (`#` in a set matches a number).
    Fill(u8, Set),
    /// One to n tokens of any kind (`van Turks-Nederlandse afkomst`).
    Any(u8),
    /// One of several token sequences (`in verband met`).
    Seq(Alts),
    /// Lookaround: none of the sequences follows (precedes). Consumes nothing, and looks across
    /// punctuation, so `ziek, zwak en misselijk` is caught.
    Not(Alts),
    /// Lookaround: the next (previous) token is in the set. Consumes nothing.
    Peek(Set),
    /// Lookaround: the sentence or clause ends (begins) here.
    End,
    /// Lookahead: the next token is not a person noun, so an adjective is not attributive
    /// (`een ziek kind`, `een gewond meisje` are about someone unnamed).
    NotPerson,
    /// A possessive (`zijn`, `haar`, `diens`), but not the verb `zijn`: `volgens mevrouw Raven
    /// zijn dementie en eenzaamheid de grootste opgaven` is no possessive.
    Poss,
    /// Backwards only, consumes nothing: the subject right before is a named person (see
    /// `Named(true)`), so the span starts at the verb (`Dhr. Kok` `zit vast`).
    NamedPeek,
    /// Lookaround: the next token is not capitalised (`de operatie Schoon Schip` is named, so
    /// it is a police or project operation).
    NoCapNext,
    /// Backwards only: a named person, `dhr. Lutje Wagelaar`, `mevrouw A. van der Kolk`,
    /// `de voorzitter`, `hij`. With `true` the person must be the subject: no preposition before
    /// (`het voorstel van dhr. Kok is aangehouden` is about the proposal).
    Named(bool),
}

/// How a rule recognises its head word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Head {
    /// The token is one of these words.
    Words(Vec<&'static str>),
    /// The token ends with one of these (Dutch compounds: `motorongeluk`, `borstkanker`), except
    /// the listed whole words (`kinderziekte`).
    Suffix(Vec<&'static str>, Vec<&'static str>),
}

/// Which subjects make a match about nobody in particular.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Guard {
    /// No check: the phrase itself names the person (`de ziekte van mevrouw Jansen`).
    Off,
    /// Groups and unnamed people: `medewerkers`, `een agent`, `iemand`, `als de ...`.
    People,
    /// People, and things and institutions: `de school is katholiek`, `de markt herstelt`.
    PeopleThings,
    /// After a possessive (`zijn`, `haar`): only a singular unnamed person can be its owner.
    Singular,
}

/// Context a rule needs near the head.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Ctx {
    /// Nothing more is needed.
    Any,
    /// Words of absence or withdrawal (`afwezig`, `verhinderd`, `treedt terug`): turns
    /// `vanwege een ongeluk` into a person's reason rather than a traffic report.
    Absence,
    /// No council or party-role words: a councillor's party is a public role, not an opinion.
    NotCouncil,
    /// `tegen` and a named person earlier in the clause, across an apposition: `tegen dhr. Kok,
    /// oud-medewerker van de gemeente, loopt een strafrechtelijk onderzoek`.
    AgainstNamed,
}

/// A head word, the context it needs, what it discloses, and the sentences that prove it.
#[derive(Debug, Clone)]
pub(super) struct Rule {
    /// How the head word is recognised.
    pub(super) head: Head,
    /// What the phrase discloses.
    pub(super) category: Category,
    /// The elements before the head, left to right.
    pub(super) before: Vec<El>,
    /// The elements after the head, left to right.
    pub(super) after: Vec<El>,
    /// Which subjects make a match about nobody in particular.
    pub(super) guard: Guard,
    /// The context the rule needs near the phrase.
    pub(super) ctx: Ctx,
    /// Sentences in which the rule must find its phrase.
    pub(super) fires: Vec<&'static str>,
    /// Sentences in which no rule may find anything.
    pub(super) silent: Vec<&'static str>,
    /// The line of the rule in the phrase file, for messages about it.
    pub(super) line: usize,
}

/// Head words to rules, built once.
pub(super) struct Index {
    pub(super) exact: HashMap<&'static str, Vec<usize>>,
    /// Each compound ending once, with the rules that use it.
    pub(super) suffix: Vec<(&'static str, Vec<usize>)>,
    /// The endings of `suffix` by their last byte (their indices, in order): a word is
    /// compared only with the endings it could end in.
    by_last_byte: Vec<Vec<usize>>,
}

impl Index {
    /// The endings of `suffix` that `word` ends in, in order, with their rules.
    pub(super) fn endings_of<'a>(
        &'a self,
        word: &'a str,
    ) -> impl Iterator<Item = &'a (&'static str, Vec<usize>)> + 'a {
        let last = word
            .as_bytes()
            .last()
            .map_or(&[][..], |&b| self.by_last_byte[usize::from(b)].as_slice());
        last.iter()
            .map(|&k| &self.suffix[k])
            .filter(move |(suffix, _)| word.ends_with(suffix))
    }
}

/// The index of the rules of [`rules`].
pub(super) fn rule_index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut exact: HashMap<&'static str, Vec<usize>> = HashMap::default();
        let mut suffix: Vec<(&'static str, Vec<usize>)> = Vec::new();
        for (i, r) in rules().iter().enumerate() {
            match &r.head {
                Head::Words(ws) => {
                    for w in ws {
                        exact.entry(w).or_default().push(i);
                    }
                }
                Head::Suffix(sufs, _) => {
                    for w in sufs {
                        match suffix.iter_mut().find(|(s, _)| s == w) {
                            Some((_, rules)) => rules.push(i),
                            None => suffix.push((w, vec![i])),
                        }
                    }
                }
            }
        }
        let mut by_last_byte = vec![Vec::new(); 256];
        for (k, (ending, _)) in suffix.iter().enumerate() {
            if let Some(&b) = ending.as_bytes().last() {
                by_last_byte[usize::from(b)].push(k);
            }
        }
        Index {
            exact,
            suffix,
            by_last_byte,
        }
    })
}

/// Whether a word that ends in one of the head's endings is listed as no match.
pub(super) fn suffix_excluded(head: &Head, norm: &str) -> bool {
    match head {
        Head::Suffix(_, excluded) => excluded.contains(&norm),
        Head::Words(_) => false,
    }
}
