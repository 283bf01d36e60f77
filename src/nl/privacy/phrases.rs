//! The phrase table, read once from `nl/data/privacy.phrases`; its format is described in
//! `docs/privacy-phrases.md`.
//!
//! A rule is a block of `key: value` lines that starts with `rule:`:
//!
//! ```text
//! rule: health people any
//! before: @is-verbs @adverbs*2
//! head: dementerend
//! fires: Dhr. Kok is dementerend.
//! silent: Dhr. Kok vraagt naar de zorg voor dementerende ouderen.
//! ```
//!
//! Elements, left to right, separated by spaces: a word set is one word (`van`), words in
//! parentheses (`(is was)`) or a list (`@adverbs`, a file `nl/data/privacy-adverbs.txt`, or one of the shared lists
//! of `shared.rs`); after
//! it `?` makes it optional and `*2` takes zero to two words of it. `<in verband met | wegens>`
//! is one of several word sequences, `!<...>` says none of them stands there, `&set` that the
//! next word is in the set without taking it, `ANY+2` one or two words of any kind. Keywords:
//! `END`, `POSS`, `NAMED`, `NAMED-SUBJECT`, `NAMED-BEFORE`, `NOT-PERSON`, `NO-CAPITAL`.

use std::sync::OnceLock;

use super::lists::LISTS;
use super::pattern::{Alts, Ctx, El, Guard, Head, Rule, Set};
use super::shared::shared;
use super::Category;

/// The phrase file.
pub(super) const PHRASES: &str = include_str!("../data/privacy.phrases");

/// Every rule of the phrase file, in file order.
pub(super) fn rules() -> &'static [Rule] {
    static RULES: OnceLock<Vec<Rule>> = OnceLock::new();
    // The file is checked by tests; should it not parse, privacy reports nothing rather than
    // guess.
    RULES.get_or_init(|| parse(PHRASES).unwrap_or_default())
}

/// Parses a phrase file; the error names the line.
pub(super) fn parse(text: &'static str) -> Result<Vec<Rule>, String> {
    let mut out: Vec<Rule> = Vec::new();
    let mut has_head = true;
    for (n, raw) in text.lines().enumerate() {
        let line = n + 1;
        let l = raw.trim();
        if l.is_empty() || l.starts_with('#') {
            continue;
        }
        let fail = |what: String| format!("line {line}: {what}: {l}");
        let Some((key, value)) = l.split_once(':') else {
            return Err(fail("expected `key: value`".into()));
        };
        let value = value.trim();
        if key == "rule" {
            if !has_head {
                return Err(fail("the rule before has no `head:`".into()));
            }
            out.push(rule_line(value).map_err(fail)?.with_line(line));
            has_head = false;
            continue;
        }
        let Some(rule) = out.last_mut() else {
            return Err(fail("expected `rule:` first".into()));
        };
        match key {
            "before" => rule.before = elements(value).map_err(fail)?,
            "after" => rule.after = elements(value).map_err(fail)?,
            "head" => {
                rule.head = head(value).map_err(fail)?;
                has_head = true;
            }
            "fires" => rule.fires.push(value),
            "silent" => rule.silent.push(value),
            _ => return Err(fail(format!("unknown key `{key}`"))),
        }
    }
    if !has_head {
        return Err("the last rule has no `head:`".into());
    }
    Ok(out)
}

impl Rule {
    fn with_line(mut self, line: usize) -> Rule {
        self.line = line;
        self
    }
}

/// `health people any`: the category, the guard and the context.
fn rule_line(value: &str) -> Result<Rule, String> {
    let parts: Vec<&str> = value.split_ascii_whitespace().collect();
    let [category, guard, ctx] = parts[..] else {
        return Err("expected `rule: <category> <guard> <context>`".into());
    };
    let category = match category {
        "health" => Category::Health,
        "religion" => Category::Religion,
        "ethnicity" => Category::Ethnicity,
        "political-opinion" => Category::PoliticalOpinion,
        "union-membership" => Category::UnionMembership,
        "sexual-orientation" => Category::SexualOrientation,
        "criminal" => Category::Criminal,
        other => return Err(format!("unknown category `{other}`")),
    };
    let guard = match guard {
        "off" => Guard::Off,
        "people" => Guard::People,
        "people-things" => Guard::PeopleThings,
        "singular" => Guard::Singular,
        other => return Err(format!("unknown guard `{other}`")),
    };
    let ctx = match ctx {
        "any" => Ctx::Any,
        "absence" => Ctx::Absence,
        "not-council" => Ctx::NotCouncil,
        "against-named" => Ctx::AgainstNamed,
        other => return Err(format!("unknown context `{other}`")),
    };
    Ok(Rule {
        head: Head::Words(Vec::new()),
        category,
        before: Vec::new(),
        after: Vec::new(),
        guard,
        ctx,
        fires: Vec::new(),
        silent: Vec::new(),
        line: 0,
    })
}

/// A named list's text.
fn list(name: &str) -> Result<&'static str, String> {
    shared(name)
        .or_else(|| LISTS.iter().find(|(n, _)| *n == name).map(|(_, l)| *l))
        .ok_or_else(|| format!("unknown list `@{name}`"))
}

/// The words of a head: `ziek doodziek`, `@diseases`, or `ends in @disease-endings except
/// @disease-endings-excluded`.
fn head(value: &'static str) -> Result<Head, String> {
    let words = |s: &'static str| -> Result<Vec<&'static str>, String> {
        let s = s.trim();
        let text = match s.strip_prefix('@') {
            Some(name) => list(name)?,
            None => s,
        };
        let out: Vec<&'static str> = text.split_ascii_whitespace().collect();
        if out.is_empty() {
            return Err("no head words".into());
        }
        Ok(out)
    };
    match value.strip_prefix("ends in ") {
        Some(rest) => {
            let (ends, except) = match rest.split_once(" except ") {
                Some((e, x)) => (e, words(x)?),
                None => (rest, Vec::new()),
            };
            Ok(Head::Suffix(words(ends)?, except))
        }
        None => Ok(Head::Words(words(value)?)),
    }
}

/// The elements of a `before:` or `after:` value.
fn elements(value: &'static str) -> Result<Vec<El>, String> {
    let mut out = Vec::new();
    let mut rest = value.trim_start();
    while !rest.is_empty() {
        let (el, r) = element(rest)?;
        out.push(el);
        rest = r.trim_start();
    }
    Ok(out)
}

/// One element at the start of `s`, and what follows it.
fn element(s: &'static str) -> Result<(El, &'static str), String> {
    if let Some(r) = s.strip_prefix("!<") {
        let (alts, r) = alternatives(r)?;
        return Ok((El::Not(alts), r));
    }
    if let Some(r) = s.strip_prefix('<') {
        let (alts, r) = alternatives(r)?;
        return Ok((El::Seq(alts), r));
    }
    if let Some(r) = s.strip_prefix('&') {
        let (set, r) = set(r)?;
        return Ok((El::Peek(set), r));
    }
    let word_end = s.find(char::is_whitespace).unwrap_or(s.len());
    let (word, after) = s.split_at(word_end);
    if let Some(n) = word.strip_prefix("ANY+") {
        return Ok((El::Any(count(n)?), after));
    }
    if word.starts_with(|c: char| c.is_ascii_uppercase()) {
        let el = match word {
            "END" => El::End,
            "POSS" => El::Poss,
            "NAMED" => El::Named(false),
            "NAMED-SUBJECT" => El::Named(true),
            "NAMED-BEFORE" => El::NamedPeek,
            "NOT-PERSON" => El::NotPerson,
            "NO-CAPITAL" => El::NoCapNext,
            other => return Err(format!("unknown keyword `{other}`")),
        };
        return Ok((el, after));
    }
    let (set, r) = set(s)?;
    if let Some(r) = r.strip_prefix('?') {
        return Ok((El::Opt(set), r));
    }
    if let Some(r) = r.strip_prefix('*') {
        let end = r.find(|c: char| !c.is_ascii_digit()).unwrap_or(r.len());
        return Ok((El::Fill(count(&r[..end])?, set), &r[end..]));
    }
    Ok((El::W(set), r))
}

/// A small count: `2` in `@adverbs*2` or `ANY+2`.
fn count(n: &str) -> Result<u8, String> {
    n.parse()
        .ok()
        .filter(|n| *n > 0)
        .ok_or_else(|| format!("expected a count, found `{n}`"))
}

/// A word set at the start of `s`: `van`, `(is was)` or `@adverbs`.
fn set(s: &'static str) -> Result<(Set, &'static str), String> {
    if let Some(r) = s.strip_prefix('(') {
        let Some((inner, r)) = r.split_once(')') else {
            return Err("`(` without `)`".into());
        };
        if inner.trim().is_empty() {
            return Err("empty `()`".into());
        }
        return Ok((Set::of(inner), r));
    }
    let end = s
        .find(|c: char| c.is_whitespace() || c == '?' || c == '*')
        .unwrap_or(s.len());
    let (word, r) = s.split_at(end);
    if word.is_empty() {
        return Err("expected a word".into());
    }
    match word.strip_prefix('@') {
        Some(name) => Ok((Set::of(list(name)?), r)),
        None => Ok((Set::of(word), r)),
    }
}

/// Word sequences up to `>`: `in verband met | wegens` or `@causal` (one sequence a line).
fn alternatives(s: &'static str) -> Result<(Alts, &'static str), String> {
    let Some((inner, r)) = s.split_once('>') else {
        return Err("`<` without `>`".into());
    };
    let inner = inner.trim();
    let alts: Alts = match inner.strip_prefix('@') {
        Some(name) => list(name)?
            .lines()
            .map(|l| l.split_ascii_whitespace().collect())
            .collect(),
        None => inner
            .split('|')
            .map(|a| a.split_ascii_whitespace().collect())
            .collect(),
    };
    if alts.iter().any(Vec::is_empty) {
        return Err("an empty sequence in `<...>`".into());
    }
    Ok((alts, r))
}

#[cfg(test)]
#[path = "phrases_tests.rs"]
mod tests;
