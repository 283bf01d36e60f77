//! `notulint config FILE` (and `check --show-settings`): the configuration a file is
//! checked with, each value with where it came from.

use crate::config::{Config, Verdict, FILE_NAME};
use crate::rules;
use std::fmt::Write;

/// Where a top-level setting came from: `notulint.toml:3`, or `default`.
fn origin(config: &Config, key: &str) -> String {
    match (config.origins.get(key), &config.path) {
        (Some(line), Some(p)) => format!("{}:{line}", p.display()),
        (Some(line), None) => format!("{FILE_NAME}:{line}"),
        _ => "default".into(),
    }
}

/// Why a file is not checked, in one phrase.
pub fn why(verdict: &Verdict, config: &Config, rel: &str) -> String {
    let file = config.path.as_ref().map_or_else(
        || "the default configuration".into(),
        |p| p.display().to_string(),
    );
    match verdict {
        Verdict::Checked => "checked".into(),
        Verdict::Excluded { pattern, matched } => format!(
            "exclude \"{pattern}\" ({}) matches {matched}",
            origin(config, "exclude").replace("default", &file)
        ),
        Verdict::NotIncluded => format!("no include pattern of {file} matches {rel}"),
    }
}

fn list(v: &[String]) -> String {
    let quoted: Vec<String> = v.iter().map(|s| format!("{s:?}")).collect();
    format!("[{}]", quoted.join(", "))
}

/// The settings of one file.
pub fn render(name: &str, rel: &str, config: &Config, verdict: &Verdict) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "{name}");
    let _ = writeln!(
        s,
        "  configuration: {}",
        config
            .path
            .as_ref()
            .map_or_else(|| "none (defaults)".into(), |p| p.display().to_string())
    );
    if let Some(root) = &config.root {
        let _ = writeln!(s, "  relative to:   {} (as {rel})", root.display());
    }
    let checked = match verdict {
        Verdict::Checked => "yes".to_string(),
        v => format!(
            "no: {} (--no-force-exclude checks a file named on the command line anyway)",
            why(v, config, rel)
        ),
    };
    let _ = writeln!(s, "  checked:       {checked}");
    let rows = [
        (
            "public",
            config
                .public
                .map_or_else(|| "read from each title".into(), |p| p.to_string()),
        ),
        (
            "required-fields",
            list(
                &config
                    .required_fields
                    .iter()
                    .map(|k| k.config_name().to_string())
                    .collect::<Vec<_>>(),
            ),
        ),
        ("include", list(&config.include)),
        ("exclude", list(&config.exclude)),
    ];
    for (key, value) in rows {
        let _ = writeln!(s, "  {key:<16} = {value:<40} # {}", origin(config, key));
    }
    let _ = writeln!(
        s,
        "  roster           = {:<40} # {}",
        format!("{} members", config.roster.len()),
        origin(config, "roster")
    );
    let _ = writeln!(
        s,
        "  glossary         = {:<40} # {}",
        format!("{} terms of the project", config.glossary.len()),
        origin(config, "glossary")
    );
    let _ = writeln!(s, "  [rules]");
    let w = rules::all()
        .iter()
        .map(|r| r.name().len())
        .max()
        .unwrap_or(0);
    for r in rules::all() {
        let (sev, from) = config.resolve(&rules::levels(*r));
        let level = sev.map_or("off", |s| s.as_str());
        let _ = writeln!(s, "  {:<w$} = {level:<7} # {from}", r.name());
    }
    let ignores: Vec<_> = config
        .ignores
        .iter()
        .filter(|i| i.glob.is_match(rel))
        .collect();
    if !ignores.is_empty() {
        let _ = writeln!(s, "  [[ignore]] entries for this file");
        for i in ignores {
            let about = i
                .subject
                .as_ref()
                .map(|x| format!(" about {x}"))
                .unwrap_or_default();
            let _ = writeln!(
                s,
                "  {}{about} in \"{}\": {}   # {}:{}",
                i.rule,
                i.path,
                i.reason,
                config
                    .path
                    .as_ref()
                    .map_or_else(|| FILE_NAME.into(), |p| p.display().to_string()),
                i.line
            );
        }
    }
    s.push('\n');
    s
}
