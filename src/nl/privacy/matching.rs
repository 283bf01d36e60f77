//! Matching a rule's elements forwards and backwards from its head word.

use super::pattern::El::{
    Any, End, Fill, Named, NamedPeek, NoCapNext, Not, NotPerson, Opt, Peek, Poss, Seq, W,
};
use super::pattern::*;
use super::subject::*;
use crate::nl::tokens::Token;

/// Tries one rule on the head at token `i`; returns the matched token span.
pub(super) fn try_rule(
    rule: &Rule,
    toks: &[Token],
    text: &str,
    sentence: &str,
    i: usize,
) -> Option<(usize, usize)> {
    // `SP` is a party; `sp` is not worth the risk.
    if toks[i].norm == "sp" && &text[toks[i].range.clone()] != "SP" {
        return None;
    }
    // `ALS` (the disease) and `MS` only in capitals in a sentence that is not all capitals;
    // `als` is the commonest word in Dutch.
    if matches!(toks[i].w(), "als" | "ms")
        && !(text[toks[i].range.clone()].chars().all(char::is_uppercase)
            && sentence.chars().any(char::is_lowercase))
    {
        return None;
    }
    let end = fwd(toks, i + 1, &rule.after)?;
    let start = bwd(toks, i, &rule.before)?;
    if generic_subject(toks, start, rule.guard) {
        return None;
    }
    let ok = match rule.ctx {
        Ctx::Any => true,
        Ctx::Absence => absence_near(toks, start, end),
        Ctx::NotCouncil => !council_near(toks, start, end),
        Ctx::AgainstNamed => against_named_near(toks, text, start, end),
    };
    ok.then_some((start, end))
}

/// Token `p` can join the phrase after token `p - 1`.
pub(super) fn joins(toks: &[Token], p: usize) -> bool {
    p < toks.len() && toks[p].soft
}

/// Matches `els` forwards from token `pos`; returns the end of the match (exclusive).
pub(super) fn fwd(toks: &[Token], pos: usize, els: &[El]) -> Option<usize> {
    let Some((el, rest)) = els.split_first() else {
        return Some(pos);
    };
    match el {
        W(set) => (joins(toks, pos) && set.has(&toks[pos]))
            .then(|| fwd(toks, pos + 1, rest))
            .flatten(),
        Opt(set) => {
            if joins(toks, pos) && set.has(&toks[pos]) {
                if let Some(e) = fwd(toks, pos + 1, rest) {
                    return Some(e);
                }
            }
            fwd(toks, pos, rest)
        }
        Fill(n, set) => {
            let mut k = 0;
            while k < *n as usize && joins(toks, pos + k) && set.has(&toks[pos + k]) {
                k += 1;
            }
            fwd_shrinking(toks, pos, k, rest)
        }
        Any(n) => {
            let mut k = 0;
            while k < *n as usize && joins(toks, pos + k) {
                k += 1;
            }
            if k == 0 {
                return None;
            }
            (1..=k).rev().find_map(|k| fwd(toks, pos + k, rest))
        }
        Seq(alts) => alts.iter().find_map(|alt| {
            let len = alt.len();
            let fits = (0..len).all(|k| joins(toks, pos + k)) && seq_at(toks, pos, alt);
            if fits {
                fwd(toks, pos + len, rest)
            } else {
                None
            }
        }),
        Not(alts) => {
            if alts.iter().any(|alt| seq_at(toks, pos, alt)) {
                None
            } else {
                fwd(toks, pos, rest)
            }
        }
        Peek(set) => toks
            .get(pos)
            .is_some_and(|t| set.has(t))
            .then(|| fwd(toks, pos, rest))
            .flatten(),
        End => (pos >= toks.len() || !toks[pos].soft)
            .then(|| fwd(toks, pos, rest))
            .flatten(),
        NoCapNext => (!toks.get(pos).is_some_and(|t| t.cap && t.soft))
            .then(|| fwd(toks, pos, rest))
            .flatten(),
        Poss => (joins(toks, pos) && is_possessive(toks, pos))
            .then(|| fwd(toks, pos + 1, rest))
            .flatten(),
        NotPerson => (!toks
            .get(pos)
            .is_some_and(|t| t.soft && is_person_noun(&t.norm)))
        .then(|| fwd(toks, pos, rest))
        .flatten(),
        Named(_) | NamedPeek => None,
    }
}

/// Tries the rest of a pattern after `k`, `k - 1`, ... 0 greedy tokens.
pub(super) fn fwd_shrinking(
    toks: &[Token],
    pos: usize,
    mut k: usize,
    rest: &[El],
) -> Option<usize> {
    loop {
        if let Some(e) = fwd(toks, pos + k, rest) {
            return Some(e);
        }
        if k == 0 {
            return None;
        }
        k -= 1;
    }
}

/// Token `start - k` can join the phrase that begins at `start`: `k` tokens to the left, each
/// followed by only white space.
pub(super) fn joins_left(toks: &[Token], start: usize, k: usize) -> bool {
    start >= k && (0..k).all(|d| toks[start - d].soft)
}

/// Matches `els` backwards from the phrase that begins at token `start`; returns the new start.
pub(super) fn bwd(toks: &[Token], start: usize, els: &[El]) -> Option<usize> {
    let Some((el, rest)) = els.split_last() else {
        return Some(start);
    };
    match el {
        W(set) => (joins_left(toks, start, 1) && set.has(&toks[start - 1]))
            .then(|| bwd(toks, start - 1, rest))
            .flatten(),
        Opt(set) => {
            if joins_left(toks, start, 1) && set.has(&toks[start - 1]) {
                if let Some(s) = bwd(toks, start - 1, rest) {
                    return Some(s);
                }
            }
            bwd(toks, start, rest)
        }
        Fill(n, set) => {
            let mut k = 0;
            while k < *n as usize && joins_left(toks, start - k, 1) && set.has(&toks[start - k - 1])
            {
                k += 1;
            }
            bwd_shrinking(toks, start, k, rest)
        }
        Any(n) => {
            let mut k = 0;
            while k < *n as usize && joins_left(toks, start - k, 1) {
                k += 1;
            }
            (1..=k).rev().find_map(|k| bwd(toks, start - k, rest))
        }
        Seq(alts) => alts.iter().find_map(|alt| {
            let len = alt.len();
            let fits = joins_left(toks, start, len) && seq_at(toks, start - len, alt);
            if fits {
                bwd(toks, start - len, rest)
            } else {
                None
            }
        }),
        Not(alts) => {
            let hit = alts.iter().any(|alt| {
                let len = alt.len();
                start >= len && seq_at(toks, start - len, alt)
            });
            if hit {
                None
            } else {
                bwd(toks, start, rest)
            }
        }
        Peek(set) => (start > 0 && set.has(&toks[start - 1]))
            .then(|| bwd(toks, start, rest))
            .flatten(),
        End => (start == 0 || !toks[start].soft)
            .then(|| bwd(toks, start, rest))
            .flatten(),
        Named(subject) => named_before(toks, start, *subject).and_then(|s| bwd(toks, s, rest)),
        NamedPeek => named_before(toks, start, true).and_then(|_| bwd(toks, start, rest)),
        Poss => (joins_left(toks, start, 1) && is_possessive(toks, start - 1))
            .then(|| bwd(toks, start - 1, rest))
            .flatten(),
        NoCapNext | NotPerson => None,
    }
}

pub(super) fn bwd_shrinking(
    toks: &[Token],
    start: usize,
    mut k: usize,
    rest: &[El],
) -> Option<usize> {
    loop {
        if let Some(s) = bwd(toks, start - k, rest) {
            return Some(s);
        }
        if k == 0 {
            return None;
        }
        k -= 1;
    }
}
