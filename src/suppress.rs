//! `[[ignore]]` in `notulint.toml`: findings silenced from outside the documents (minutes
//! are often published and may not carry `noqa` comments), and the entries that silenced
//! nothing, reported as notes that point into the configuration.

use crate::config::Config;
use crate::finding::{Finding, Severity};
use crate::model::Span;
use crate::source::Source;
use std::collections::BTreeSet;

/// The pseudo-rule of a note about an `[[ignore]]` entry that silenced nothing.
pub const UNUSED_IGNORE: &str = "notulint/unused-ignore";

/// What the `[[ignore]]` entries of one configuration did to one file.
#[derive(Debug, Clone, Default)]
pub struct Hits {
    /// Entries whose path matched the file.
    pub applied: BTreeSet<usize>,
    /// Entries that silenced at least one finding.
    pub used: BTreeSet<usize>,
}

/// Drops the findings an `[[ignore]]` entry of `config` names in the file `rel` (its path
/// relative to the configuration's folder).
pub fn apply(config: &Config, rel: &str, findings: Vec<Finding>) -> (Vec<Finding>, Hits) {
    let mut hits = Hits::default();
    if config.ignores.is_empty() {
        return (findings, hits);
    }
    let here: Vec<usize> = config
        .ignores
        .iter()
        .enumerate()
        .filter(|(_, i)| i.glob.is_match(rel))
        .map(|(n, _)| n)
        .collect();
    hits.applied.extend(here.iter().copied());
    let kept = findings
        .into_iter()
        .filter(|f| {
            let by = here
                .iter()
                .copied()
                .find(|&n| config.ignores[n].silences(f.rule, f.subject.as_deref()));
            if let Some(n) = by {
                hits.used.insert(n);
            }
            by.is_none()
        })
        .collect();
    (kept, hits)
}

/// One note per `[[ignore]]` entry that silenced nothing although it had the chance: its
/// files were checked (`applied`), or the whole folder of the configuration was
/// (`whole_tree`, so a path that matches no file at all is reported too). An entry for a
/// rule that did not run is not reported. `shown` is the configuration's path for the report.
pub fn unused(
    config: &Config,
    shown: &str,
    applied: &BTreeSet<usize>,
    used: &BTreeSet<usize>,
    whole_tree: bool,
) -> Option<(Source, Vec<Finding>)> {
    let text = config.text.as_ref()?;
    let mut findings = Vec::new();
    for (n, entry) in config.ignores.iter().enumerate() {
        if used.contains(&n) || !(whole_tree || applied.contains(&n)) {
            continue;
        }
        let runs = crate::rules::all().iter().any(|r| {
            (r.name() == entry.rule || r.group() == entry.rule)
                && crate::rules::severity(config, *r).is_some()
        });
        if !runs {
            continue;
        }
        let what = match &entry.subject {
            Some(s) => crate::msg!("ignore.entry-about", rule = &entry.rule, subject = s),
            None => crate::msg!("ignore.entry", rule = &entry.rule),
        };
        let message = if applied.contains(&n) {
            crate::msg!("ignore.unused", entry = what, path = &entry.path)
        } else {
            crate::msg!("ignore.no-file", entry = what, path = &entry.path)
        };
        findings.push(Finding {
            rule: UNUSED_IGNORE,
            severity: Severity::Info,
            message,
            span: Span::new(entry.span.start, entry.span.end),
            related: Vec::new(),
            help: Some(crate::msg!("ignore.unused-help")),
            label: None,
            cap: None,
            subject: entry.subject.clone(),
        });
    }
    if findings.is_empty() {
        return None;
    }
    Some((Source::new(shown, text.to_string()), findings))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Span;

    fn finding(rule: &'static str, subject: &str) -> Finding {
        Finding {
            rule,
            severity: Severity::Error,
            message: crate::msg!("label.here"),
            span: Span::new(0, 1),
            related: Vec::new(),
            help: None,
            label: None,
            cap: None,
            subject: Some(subject.into()),
        }
    }

    #[test]
    fn an_entry_silences_exactly_what_it_names() {
        let c = Config::parse(
            "notulint.toml",
            "[[ignore]]\npath = \"2018/*.txt\"\nrule = \"attendance/duplicate-person\"\nsubject = \"S. Schelberg\"\nreason = \"published\"\n\n[[ignore]]\npath = \"archief/**\"\nrule = \"text\"\nreason = \"old spelling\"\n",
            &crate::rules::names(),
        )
        .expect("valid");
        let fs = vec![
            finding("attendance/duplicate-person", "s.  schelberg"),
            finding("attendance/duplicate-person", "A. Raven"),
            finding("text/term-spelling", "ondermijning"),
        ];
        let (kept, hits) = apply(&c, "2018/dvo.txt", fs.clone());
        assert_eq!(kept.len(), 2);
        assert_eq!(hits.used, BTreeSet::from([0]));
        let (kept, hits) = apply(&c, "archief/2010/a.txt", fs.clone());
        assert_eq!(kept.len(), 2);
        assert_eq!(kept[1].subject.as_deref(), Some("A. Raven"));
        assert_eq!(hits.applied, BTreeSet::from([1]));
        let (kept, _) = apply(&c, "2019/dvo.txt", fs);
        assert_eq!(kept.len(), 3);
    }
}
