//! The elements a phrase rule is made of, and the index from head words to rules.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::table::RULES;
use super::Category;
use crate::nl::tokens::Token;

/// Whether the token is one of the space-separated words of `set` (`#` matches a number).
pub(super) fn in_set(t: &Token, set: &str) -> bool {
    set.split_ascii_whitespace()
        .any(|w| w == t.norm || (w == "#" && is_number(&t.norm)))
}

/// The alternatives of a `|`-separated list of word sequences, each as its words.
pub(super) fn alternatives(alts: &str) -> impl Iterator<Item = std::str::SplitAsciiWhitespace<'_>> {
    alts.split('|').map(str::split_ascii_whitespace)
}

/// Whether the words of `alt` stand at tokens `from..`, ignoring the gaps between them.
pub(super) fn seq_at(toks: &[Token], from: usize, alt: std::str::SplitAsciiWhitespace<'_>) -> bool {
    (from..)
        .zip(alt)
        .all(|(k, w)| toks.get(k).is_some_and(|t| t.norm == w))
}

pub(super) fn is_number(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit() || b == b'.')
}

/// One element of the context a rule asks for around its head word. Elements are listed left
/// to right; the `before` part is matched from the head backwards, the `after` part forwards.
/// Consumed tokens must follow each other with only white space between them.
#[derive(Clone, Copy)]
pub(super) enum El {
    /// One token from the set.
    W(&'static str),
    /// Zero or one token from the set.
    Opt(&'static str),
    /// Zero to n tokens from the set (`#` in a set matches a number).
    Fill(u8, &'static str),
    /// One to n tokens of any kind (`van Turks-Nederlandse afkomst`).
    Any(u8),
    /// One of several token sequences (`in verband met`).
    Seq(&'static str),
    /// Lookaround: none of the sequences follows (precedes). Consumes nothing, and looks across
    /// punctuation, so `ziek, zwak en misselijk` is caught.
    Not(&'static str),
    /// Lookaround: the next (previous) token is in the set. Consumes nothing.
    Peek(&'static str),
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
pub(super) enum Head {
    /// The token is one of these words.
    Words(&'static str),
    /// The token ends with one of these (Dutch compounds: `motorongeluk`, `borstkanker`), except
    /// the listed whole words (`kinderziekte`).
    Suffix(&'static str, &'static str),
}

/// Which subjects make a match about nobody in particular.
#[derive(Clone, Copy, PartialEq, Eq)]
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
#[derive(Clone, Copy, PartialEq, Eq)]
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

/// A head word, the context it needs, and what it discloses.
pub(super) struct Rule {
    pub(super) head: Head,
    pub(super) category: Category,
    pub(super) before: &'static [El],
    pub(super) after: &'static [El],
    pub(super) guard: Guard,
    pub(super) ctx: Ctx,
}

/// Head words to rules, built once.
pub(super) struct Index {
    pub(super) exact: HashMap<&'static str, Vec<usize>>,
    /// Each compound ending once, with the rules that use it.
    pub(super) suffix: Vec<(&'static str, Vec<usize>)>,
}

pub(super) fn rule_index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut exact: HashMap<&'static str, Vec<usize>> = HashMap::new();
        let mut suffix: Vec<(&'static str, Vec<usize>)> = Vec::new();
        for (i, r) in RULES.iter().enumerate() {
            match r.head {
                Head::Words(ws) => {
                    for w in ws.split_ascii_whitespace() {
                        exact.entry(w).or_default().push(i);
                    }
                }
                Head::Suffix(sufs, _) => {
                    for w in sufs.split_ascii_whitespace() {
                        match suffix.iter_mut().find(|(s, _)| *s == w) {
                            Some((_, rules)) => rules.push(i),
                            None => suffix.push((w, vec![i])),
                        }
                    }
                }
            }
        }
        Index { exact, suffix }
    })
}

pub(super) fn suffix_excluded(head: &Head, norm: &str) -> bool {
    match head {
        Head::Suffix(_, excluded) => excluded.split_ascii_whitespace().any(|w| w == norm),
        Head::Words(_) => false,
    }
}
