//! The proof of the phrase file: every rule fires on its examples and nothing fires on its
//! counterexamples.

use super::*;
use crate::nl::privacy::matching::try_rule;
use crate::nl::privacy::pattern::suffix_excluded;
use crate::nl::privacy::sensitive_phrases;
use crate::nl::tokens;

/// Whether `rule` on its own finds its phrase somewhere in `sentence`.
fn rule_fires(rule: &Rule, sentence: &str) -> bool {
    let toks = tokens::words(sentence);
    (0..toks.len()).any(|i| {
        has_head(rule, toks[i].w()) && try_rule(rule, &toks, sentence, sentence, i).is_some()
    })
}

/// Whether `word` (folded) is one of the rule's head words.
fn has_head(rule: &Rule, word: &str) -> bool {
    match &rule.head {
        Head::Words(w) => w.contains(&word),
        Head::Suffix(ends, _) => {
            ends.iter().any(|e| word.ends_with(e)) && !suffix_excluded(&rule.head, word)
        }
    }
}

/// What is wrong with the examples of `rules`, one line each.
fn problems(rules: &[Rule]) -> Vec<String> {
    let mut out = Vec::new();
    for r in rules {
        let at = format!("privacy.phrases line {}", r.line);
        if r.fires.is_empty() {
            out.push(format!("{at}: no `fires:` example"));
        }
        if r.silent.is_empty() {
            out.push(format!("{at}: no `silent:` counterexample"));
        }
        for s in &r.fires {
            if !rule_fires(r, s) {
                out.push(format!("{at}: the rule does not fire on: {s}"));
            } else if !sensitive_phrases(s)
                .iter()
                .any(|p| p.category == r.category)
            {
                out.push(format!("{at}: no {:?} phrase reported in: {s}", r.category));
            }
        }
        for s in &r.silent {
            if !tokens::words(s).iter().any(|t| has_head(r, t.w())) {
                out.push(format!("{at}: the counterexample lacks a head word: {s}"));
            }
            let found = sensitive_phrases(s);
            if !found.is_empty() {
                let what: Vec<&str> = found.iter().map(|p| p.phrase.as_str()).collect();
                out.push(format!(
                    "{at}: {what:?} reported in the counterexample: {s}"
                ));
            }
        }
    }
    out
}

#[test]
fn the_phrase_file_parses() {
    let rules = parse(PHRASES).unwrap_or_else(|e| panic!("privacy.phrases: {e}"));
    assert!(rules.len() > 150);
    assert_eq!(rules.len(), super::rules().len());
}

#[test]
fn every_example_fires_and_no_counterexample_does() {
    let found = problems(rules());
    assert!(
        found.is_empty(),
        "{} problems:\n{}",
        found.len(),
        found.join("\n")
    );
}

#[test]
fn parse_errors_name_the_line() {
    for (text, wanted) in [
        ("head: ziek", "line 1: expected `rule:` first"),
        (
            "rule: health people any\nbefore: (is was\nhead: ziek",
            "line 2",
        ),
        (
            "rule: health people any\nhead: ziek\nafter: @nothing",
            "unknown list `@nothing`",
        ),
        ("rule: health nobody any\nhead: ziek", "unknown guard"),
        (
            "rule: health people any\nhead: ziek\nafter: LOUD",
            "unknown keyword",
        ),
        (
            "rule: health people any\nhead: ziek\nfoo: bar",
            "unknown key `foo`",
        ),
        (
            "rule: health people any\nrule: health people any\nhead: ziek",
            "has no `head:`",
        ),
        (
            "rule: health people any\nhead: ziek\nbefore: <a | >",
            "empty sequence",
        ),
        (
            "rule: health people any\nhead: ziek\nbefore: van*0",
            "expected a count",
        ),
    ] {
        let err = parse(text).err().unwrap_or_default();
        assert!(err.contains(wanted), "{text:?}: {err}");
    }
}
