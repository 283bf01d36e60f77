//! `--statistics`: the number of findings per rule, most first.

use super::FileReport;
use std::collections::BTreeMap;

/// One line per rule (`  12  error    attendance/duplicate-person`), or a JSON array.
pub fn render(reports: &[FileReport], json: bool) -> String {
    let mut by: BTreeMap<(&str, &str), usize> = BTreeMap::new();
    for f in reports.iter().flat_map(|r| r.findings()) {
        *by.entry((f.rule, f.severity.as_str())).or_default() += 1;
    }
    let mut rows: Vec<((&str, &str), usize)> = by.into_iter().collect();
    rows.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    if json {
        let v: Vec<serde_json::Value> = rows
            .iter()
            .map(|((rule, sev), n)| serde_json::json!({"rule": rule, "severity": sev, "count": n}))
            .collect();
        let mut s = serde_json::to_string_pretty(&v).unwrap_or_default();
        s.push('\n');
        return s;
    }
    let w = rows.first().map_or(1, |r| r.1.to_string().len());
    rows.iter()
        .map(|((rule, sev), n)| format!("{n:>w$}  {sev:<7}  {rule}\n"))
        .collect()
}
