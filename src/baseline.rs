//! `notulint-baseline.json`: the findings accepted when a repository adopted notulint, so
//! that `check` reports only new ones. A finding is known by a fingerprint that does not
//! depend on its line or column (docs/baseline.md): inserting a paragraph above it does not
//! wake it.

use crate::finding::{Finding, Severity};
use crate::messages::Message;
use crate::model::Span;
use crate::msg;
use crate::source::Source;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

/// The file name `notulint baseline` writes and `check` looks for.
pub const FILE_NAME: &str = "notulint-baseline.json";

/// The pseudo-rule of a note about a baseline entry that no longer matches a finding.
pub const STALE_ENTRY: &str = "notulint/stale-baseline-entry";

/// The longest context kept, in characters.
const CONTEXT_CHARS: usize = 100;

/// One accepted finding (or several alike in one file, with their count).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// FNV-1a (64 bits, hex) of rule, path, subject and context, each followed by a NUL.
    pub fingerprint: String,
    /// The file, relative to the baseline's folder, with `/` separators.
    pub path: String,
    /// The rule.
    pub rule: String,
    /// What the finding is about (person, term, field, item), when it names one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// The text the finding points at, normalised.
    pub context: String,
    /// How many findings of this fingerprint the file had.
    pub count: usize,
    /// The message when the baseline was written (for people; not compared).
    #[serde(default)]
    pub message: String,
}

#[derive(Debug, Serialize, Deserialize)]
struct File {
    version: u32,
    #[serde(default)]
    about: String,
    entries: Vec<Entry>,
}

/// Rules whose findings are about the whole document: the subject (the field) says all,
/// and the span is only an anchor (the first line of the header), so it is no context.
const WHOLE_DOCUMENT: &[&str] = &["structure/missing-field"];

/// The context of a finding: empty for a finding about the whole document, else the text
/// it points at (see [`context`]).
pub fn context_of(text: &str, f: &Finding) -> String {
    if WHOLE_DOCUMENT.contains(&f.rule) {
        String::new()
    } else {
        context(text, &f.span)
    }
}

/// The text a finding points at, as the fingerprint sees it: NFC, invisible characters
/// dropped, every run of white space one space, trimmed, at most 100 characters.
pub fn context(text: &str, span: &Span) -> String {
    let s = crate::people::squash(text.get(span.range()).unwrap_or(""));
    match s.char_indices().nth(CONTEXT_CHARS) {
        Some((i, _)) => s[..i].to_string(),
        None => s,
    }
}

/// The fingerprint of a finding: FNV-1a over `rule NUL path NUL subject NUL context NUL`,
/// 16 hex digits. Line and column play no part.
pub fn fingerprint(rule: &str, path: &str, subject: Option<&str>, context: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for part in [rule, path, subject.unwrap_or(""), context] {
        for b in part.bytes().chain(std::iter::once(0)) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    format!("{h:016x}")
}

/// The baseline entries of one file's findings, in their order (one per finding, count 1).
pub fn entries_of(path: &str, text: &str, findings: &[Finding]) -> Vec<Entry> {
    findings
        .iter()
        .map(|f| {
            let context = context_of(text, f);
            Entry {
                fingerprint: fingerprint(f.rule, path, f.subject.as_deref(), &context),
                path: path.to_string(),
                rule: f.rule.to_string(),
                subject: f.subject.clone(),
                context,
                count: 1,
                message: f.text(crate::messages::Lang::En),
            }
        })
        .collect()
}

/// Entries with one fingerprint merged into one with their count, sorted by path, rule
/// and fingerprint so that the file changes little from run to run.
pub fn merge(entries: Vec<Entry>) -> Vec<Entry> {
    let mut by: BTreeMap<(String, String, String), Entry> = BTreeMap::new();
    for e in entries {
        let key = (e.path.clone(), e.rule.clone(), e.fingerprint.clone());
        match by.get_mut(&key) {
            Some(have) => have.count += e.count,
            None => {
                by.insert(key, e);
            }
        }
    }
    by.into_values().collect()
}

/// The baseline file's text: one entry a line, so that a diff shows what changed.
pub fn render(entries: &[Entry]) -> String {
    let mut s = String::from(
        "{\n  \"version\": 1,\n  \"about\": \"Findings accepted by `notulint baseline`; `notulint check` reports only findings not listed here. Fingerprints: docs/baseline.md.\",\n  \"entries\": [",
    );
    for (i, e) in entries.iter().enumerate() {
        s.push_str(if i == 0 { "\n    " } else { ",\n    " });
        s.push_str(&serde_json::to_string(e).unwrap_or_default());
    }
    s.push_str(if entries.is_empty() {
        "]\n}\n"
    } else {
        "\n  ]\n}\n"
    });
    s
}

/// A baseline read from its file.
#[derive(Debug, Clone)]
pub struct Baseline {
    /// Where it was read from.
    pub path: PathBuf,
    /// Its folder, absolute: entry paths are relative to it.
    pub root: PathBuf,
    /// The entries by fingerprint.
    pub entries: HashMap<String, Entry>,
    text: String,
}

impl Baseline {
    /// Finds `notulint-baseline.json` in the working directory or the nearest parent.
    pub fn discover() -> Option<PathBuf> {
        let cwd = crate::paths::absolute(Path::new("."));
        cwd.ancestors()
            .map(|d| d.join(FILE_NAME))
            .find(|p| p.is_file())
    }

    /// Reads a baseline file; the error says why it cannot be used.
    pub fn load(path: &Path) -> Result<Baseline, Message> {
        let shown = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|e| {
            msg!(
                "cli.baseline-unreadable",
                path = shown.as_str(),
                why = crate::input::io_reason(&e)
            )
        })?;
        let file: File = serde_json::from_str(&text).map_err(|e| {
            msg!(
                "cli.baseline-invalid",
                path = shown.as_str(),
                system = e.to_string()
            )
        })?;
        if file.version != 1 {
            return Err(msg!(
                "cli.baseline-version",
                path = shown,
                version = file.version.to_string()
            ));
        }
        let abs = crate::paths::absolute(path);
        Ok(Baseline {
            root: abs.parent().map_or_else(PathBuf::new, Path::to_path_buf),
            path: path.to_path_buf(),
            entries: file
                .entries
                .into_iter()
                .map(|e| (e.fingerprint.clone(), e))
                .collect(),
            text,
        })
    }

    /// A file's path as baseline entries name it.
    pub fn key(root: &Path, path: &Path) -> String {
        let abs = crate::paths::absolute(path);
        crate::paths::relative(&abs, root).unwrap_or_else(|| crate::paths::slashed(path))
    }

    /// Drops the findings of one file that the baseline accepts: of each fingerprint, as
    /// many as the baseline counts (the first ones in the file). Returns the rest and how
    /// many of each fingerprint were accepted.
    pub fn filter(
        &self,
        key: &str,
        text: &str,
        findings: Vec<Finding>,
    ) -> (Vec<Finding>, HashMap<String, usize>) {
        let mut used: HashMap<String, usize> = HashMap::new();
        let kept = findings
            .into_iter()
            .filter(|f| {
                let fp = fingerprint(f.rule, key, f.subject.as_deref(), &context_of(text, f));
                let Some(e) = self.entries.get(&fp) else {
                    return true;
                };
                let n = used.entry(fp).or_default();
                if *n < e.count {
                    *n += 1;
                    false
                } else {
                    true
                }
            })
            .collect();
        (kept, used)
    }

    /// One note per entry that matched fewer findings than it counts, among the files that
    /// were checked (`checked`: key → accepted counts) and the files that no longer exist
    /// under a folder that was checked (`gone`). `shown` names the baseline in the report.
    pub fn stale(
        &self,
        shown: &str,
        checked: &HashMap<String, HashMap<String, usize>>,
        gone: impl Fn(&str) -> bool,
    ) -> Option<(Source, Vec<Finding>)> {
        let mut stale: Vec<&Entry> = self
            .entries
            .values()
            .filter(|e| match checked.get(&e.path) {
                Some(used) => used.get(&e.fingerprint).copied().unwrap_or(0) < e.count,
                None => gone(&e.path),
            })
            .collect();
        if stale.is_empty() {
            return None;
        }
        stale.sort_by(|a, b| {
            (&a.path, &a.rule, &a.fingerprint).cmp(&(&b.path, &b.rule, &b.fingerprint))
        });
        let findings = stale
            .into_iter()
            .map(|e| {
                let at = self
                    .text
                    .find(&e.fingerprint)
                    .map(|i| {
                        let start = self.text[..i].rfind('\n').map_or(0, |n| n + 1);
                        let end = self.text[i..].find('\n').map_or(self.text.len(), |n| i + n);
                        let indent =
                            self.text[start..end].len() - self.text[start..end].trim_start().len();
                        Span::new(start + indent, end)
                    })
                    .unwrap_or_else(|| Span::new(0, 0));
                let used = checked
                    .get(&e.path)
                    .and_then(|u| u.get(&e.fingerprint))
                    .copied()
                    .unwrap_or(0);
                let what = if used == 0 {
                    crate::msg!("baseline.not-found")
                } else {
                    crate::msg!("baseline.found-times", n = used, count = e.count)
                };
                let entry = match &e.subject {
                    Some(s) => crate::msg!(
                        "baseline.entry-about",
                        fingerprint = &e.fingerprint,
                        rule = &e.rule,
                        subject = s
                    ),
                    None => crate::msg!(
                        "baseline.entry",
                        fingerprint = &e.fingerprint,
                        rule = &e.rule
                    ),
                };
                Finding {
                    rule: STALE_ENTRY,
                    severity: Severity::Info,
                    message: crate::msg!(
                        "baseline.stale",
                        entry = entry,
                        path = &e.path,
                        what = what
                    ),
                    span: at,
                    related: Vec::new(),
                    help: Some(crate::msg!("baseline.stale-help")),
                    label: None,
                    cap: None,
                    subject: e.subject.clone(),
                }
            })
            .collect();
        Some((Source::new(shown, self.text.clone()), findings))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprints_ignore_position_and_spacing() {
        let a = "Aanwezig: A. Jansen,  B. de Vries, B. de Vries\n";
        let b = "\n\nAanwezig: A. Jansen,  B. de Vries, B.\u{a0}de Vries\n";
        let sa = Span::new(a.rfind("B.").unwrap(), a.len() - 1);
        let sb = Span::new(b.rfind("B.").unwrap(), b.len() - 1);
        assert_eq!(context(a, &sa), context(b, &sb));
        let f = |c: &str| {
            fingerprint(
                "attendance/duplicate-person",
                "x.txt",
                Some("B. de Vries"),
                c,
            )
        };
        assert_eq!(f(&context(a, &sa)), f(&context(b, &sb)));
        assert_ne!(f("B. de Vries"), f("B. de Vriez"));
        // The separator keeps fields apart: ("ab", "c") is not ("a", "bc").
        assert_ne!(
            fingerprint("r", "ab", None, "c"),
            fingerprint("r", "a", Some("b"), "c")
        );
    }

    #[test]
    fn renders_one_entry_a_line_and_reads_back() {
        let e = Entry {
            fingerprint: fingerprint("r/x", "a.txt", None, "c"),
            path: "a.txt".into(),
            rule: "r/x".into(),
            subject: None,
            context: "c".into(),
            count: 2,
            message: "m".into(),
        };
        let text = render(&merge(vec![e.clone()]));
        assert_eq!(text.lines().count(), 7);
        let f: File = serde_json::from_str(&text).expect("valid JSON");
        assert_eq!(f.entries, vec![e]);
        let empty: File = serde_json::from_str(&render(&[])).expect("valid JSON");
        assert!(empty.entries.is_empty());
    }
}
