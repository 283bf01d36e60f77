//! `notulint config FILE` (and `check --show-settings`): the configuration a file is
//! checked with, each value with where it came from, in the report's language. The keys
//! and values of `notulint.toml` stay as they are written there.

use crate::config::{Config, Verdict, FILE_NAME};
use crate::messages::{Lang, Message};
use crate::{msg, rules};
use std::fmt::Write;

/// Where a top-level setting came from: `notulint.toml:3`, or `None` for the default.
fn origin(config: &Config, key: &str) -> Option<String> {
    match (config.origins.get(key), &config.path) {
        (Some(line), Some(p)) => Some(format!("{}:{line}", p.display())),
        (Some(line), None) => Some(format!("{FILE_NAME}:{line}")),
        _ => None,
    }
}

/// [`origin`] as shown: the default is named in the language.
fn origin_in(config: &Config, key: &str, lang: Lang) -> String {
    origin(config, key).unwrap_or_else(|| lang.text("settings.default").to_string())
}

/// Why a file is not checked, in one phrase.
pub fn why(verdict: &Verdict, config: &Config, rel: &str) -> Message {
    let file = || -> crate::messages::Arg {
        match &config.path {
            Some(p) => p.display().to_string().into(),
            None => crate::messages::word("settings.default-configuration"),
        }
    };
    match verdict {
        Verdict::Checked => msg!("settings.checked"),
        Verdict::Excluded { pattern, matched } => {
            let origin = match origin(config, "exclude") {
                Some(o) => o.into(),
                None => file(),
            };
            msg!(
                "settings.excluded",
                pattern = pattern.as_str(),
                origin = origin,
                path = matched.as_str()
            )
        }
        Verdict::NotIncluded => msg!("settings.not-included", file = file(), path = rel),
    }
}

fn list(v: &[String]) -> String {
    let quoted: Vec<String> = v.iter().map(|s| format!("{s:?}")).collect();
    format!("[{}]", quoted.join(", "))
}

/// The settings of one file.
pub fn render(name: &str, rel: &str, config: &Config, verdict: &Verdict, lang: Lang) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "{name}");
    // The first lines' values line up after the longest label.
    let labels = [
        "settings.configuration",
        "settings.relative-to",
        "settings.checked",
    ]
    .map(|id| lang.text(id));
    let w = labels.iter().map(|l| l.chars().count()).max().unwrap_or(0) + 1;
    let configuration = match &config.path {
        Some(p) => p.display().to_string(),
        None => lang.text("settings.no-configuration").to_string(),
    };
    let _ = writeln!(s, "  {:<w$}{configuration}", labels[0]);
    if let Some(root) = &config.root {
        let at = msg!(
            "settings.relative-as",
            root = root.display().to_string(),
            rel = rel
        );
        let _ = writeln!(s, "  {:<w$}{}", labels[1], at.render(lang));
    }
    let checked = match verdict {
        Verdict::Checked => lang.text("settings.yes").to_string(),
        v => msg!("settings.no", why = why(v, config, rel)).render(lang),
    };
    let _ = writeln!(s, "  {:<w$}{checked}", labels[2]);
    let rows = [
        (
            "public",
            config.public.map_or_else(
                || lang.text("settings.public-from-title").to_string(),
                |p| p.to_string(),
            ),
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
        (
            "roster",
            msg!("settings.roster", count = config.roster.len()).render(lang),
        ),
        (
            "glossary",
            msg!("settings.glossary", count = config.glossary.len()).render(lang),
        ),
    ];
    for (key, value) in rows {
        let _ = writeln!(
            s,
            "  {key:<16} = {value:<40} # {}",
            origin_in(config, key, lang)
        );
    }
    let _ = writeln!(s, "  [rules]");
    let w = rules::all()
        .iter()
        .map(|r| r.name().len())
        .max()
        .unwrap_or(0);
    for r in rules::all() {
        let (sev, from) = config.resolve(&rules::levels(*r));
        let level = sev.map_or("off", |s| s.as_str());
        let from = config.level_from(&from).render(lang);
        let _ = writeln!(s, "  {:<w$} = {level:<7} # {from}", r.name());
    }
    let ignores: Vec<_> = config
        .ignores
        .iter()
        .filter(|i| i.glob.is_match(rel))
        .collect();
    if !ignores.is_empty() {
        let _ = writeln!(s, "  {}", lang.text("settings.ignores"));
        for i in ignores {
            let entry = match &i.subject {
                Some(x) => msg!(
                    "settings.ignore-about",
                    rule = i.rule.as_str(),
                    subject = x.as_str(),
                    path = i.path.as_str(),
                    reason = i.reason.as_str()
                ),
                None => msg!(
                    "settings.ignore",
                    rule = i.rule.as_str(),
                    path = i.path.as_str(),
                    reason = i.reason.as_str()
                ),
            };
            let _ = writeln!(
                s,
                "  {}   # {}:{}",
                entry.render(lang),
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
