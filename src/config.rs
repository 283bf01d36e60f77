//! `notulint.toml`: serde types, discovery, layering, and errors that point into the file.

use crate::finding::Severity;
use crate::model::FieldKind;
use crate::people::{Roster, RosterMember};
use crate::rules::{self, Rule};
use crate::terms::Glossary;
use miette::{Diagnostic, NamedSource, SourceSpan};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};
use toml::Spanned;

/// The file name notulint looks for.
pub const FILE_NAME: &str = "notulint.toml";

/// A rule level in configuration: a severity, or `off`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// The rule does not run.
    Off,
    /// Findings are hints.
    Info,
    /// Findings are warnings.
    Warning,
    /// Findings are errors.
    Error,
}

impl Level {
    fn severity(self) -> Option<Severity> {
        match self {
            Level::Off => None,
            Level::Info => Some(Severity::Info),
            Level::Warning => Some(Severity::Warning),
            Level::Error => Some(Severity::Error),
        }
    }
}

/// The files a directory is searched for when `include` is not set: every format notulint
/// reads.
pub const DEFAULT_INCLUDE: &[&str] = &[
    "**/*.txt",
    "**/*.md",
    "**/*.docx",
    "**/*.odt",
    "**/*.html",
    "**/*.htm",
    "**/*.pdf",
];

/// The file as written.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct FileConfig {
    public: Option<bool>,
    required_fields: Option<Spanned<Vec<Spanned<String>>>>,
    include: Option<Vec<Spanned<String>>>,
    exclude: Option<Vec<Spanned<String>>>,
    #[serde(default)]
    rules: BTreeMap<Spanned<String>, Level>,
    #[serde(default)]
    roster: Vec<RosterEntry>,
    #[serde(default)]
    glossary: GlossaryConfig,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RosterEntry {
    name: String,
    #[serde(default)]
    aliases: Vec<String>,
    #[serde(default)]
    #[allow(dead_code)]
    role: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct GlossaryConfig {
    #[serde(default)]
    terms: Vec<String>,
}

/// The configuration in force for a run.
#[derive(Clone)]
pub struct Config {
    /// Where it was read from, if from a file.
    pub path: Option<PathBuf>,
    /// Documents are public (`Some(true)`), not public, or read from the title (`None`).
    pub public: Option<bool>,
    /// Header fields that must be present and filled.
    pub required_fields: Vec<FieldKind>,
    /// Globs of files to check under a directory.
    pub include: Vec<String>,
    /// Globs of files to skip under a directory.
    pub exclude: Vec<String>,
    /// Rule levels by full name or group, applied in order (groups first).
    pub levels: Vec<(String, Option<Severity>)>,
    /// Members of the body with their aliases.
    pub roster: Vec<(String, Vec<String>)>,
    /// Extra glossary terms.
    pub glossary: Vec<String>,
    /// The document is about to be published: concept markers are errors.
    pub final_check: bool,
    /// Only these rules or groups run (`--select`), when set.
    pub selected: Option<Vec<String>>,
    /// The glossary with the project's terms, built once for the whole run.
    pub glossary_cache: Arc<OnceLock<Glossary>>,
    /// The roster parsed and indexed, built once for the whole run.
    pub roster_cache: Arc<OnceLock<Arc<Roster>>>,
}

impl std::fmt::Debug for Config {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Config")
            .field("path", &self.path)
            .field("public", &self.public)
            .field("required_fields", &self.required_fields)
            .field("levels", &self.levels)
            .field("selected", &self.selected)
            .finish_non_exhaustive()
    }
}

impl Default for Config {
    fn default() -> Self {
        Config {
            path: None,
            public: None,
            required_fields: vec![FieldKind::Date],
            include: DEFAULT_INCLUDE.iter().map(|g| g.to_string()).collect(),
            exclude: Vec::new(),
            levels: Vec::new(),
            roster: Vec::new(),
            glossary: Vec::new(),
            final_check: false,
            selected: None,
            glossary_cache: Arc::default(),
            roster_cache: Arc::default(),
        }
    }
}

/// A configuration file that could not be used, with the place in it.
#[derive(Debug)]
pub struct ConfigError {
    /// What is wrong.
    pub message: String,
    /// The file and its text.
    pub src: NamedSource<String>,
    /// Where in the file.
    pub span: Option<SourceSpan>,
    /// How to fix it.
    pub help: Option<String>,
}

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.message)
    }
}

impl std::error::Error for ConfigError {}

impl Diagnostic for ConfigError {
    fn code<'a>(&'a self) -> Option<Box<dyn std::fmt::Display + 'a>> {
        Some(Box::new("notulint::config"))
    }
    fn help<'a>(&'a self) -> Option<Box<dyn std::fmt::Display + 'a>> {
        self.help
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn std::fmt::Display>)
    }
    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        Some(&self.src)
    }
    fn labels(&self) -> Option<Box<dyn Iterator<Item = miette::LabeledSpan> + '_>> {
        let span = self.span?;
        Some(Box::new(std::iter::once(
            miette::LabeledSpan::new_with_span(Some("here".into()), span),
        )))
    }
}

impl Config {
    /// Finds `notulint.toml` in `dir` or its nearest parent.
    pub fn discover(dir: &Path) -> Option<PathBuf> {
        dir.ancestors()
            .map(|d| d.join(FILE_NAME))
            .find(|p| p.is_file())
    }

    /// Reads and checks a configuration file.
    pub fn load(path: &Path) -> Result<Config, Box<ConfigError>> {
        let text = std::fs::read_to_string(path).map_err(|e| {
            Box::new(ConfigError {
                message: format!("cannot read the configuration {}: {e}", path.display()),
                src: NamedSource::new(path.display().to_string(), String::new()),
                span: None,
                help: None,
            })
        })?;
        let mut c = Config::parse(&path.display().to_string(), &text)?;
        c.path = Some(path.to_path_buf());
        Ok(c)
    }

    /// Parses configuration text; `name` names it in errors.
    pub fn parse(name: &str, text: &str) -> Result<Config, Box<ConfigError>> {
        let err = |message: String, span: Option<std::ops::Range<usize>>, help: Option<String>| {
            Box::new(ConfigError {
                message,
                src: NamedSource::new(name, text.to_string()),
                span: span.map(|r| SourceSpan::new(r.start.into(), r.end - r.start)),
                help,
            })
        };
        let file: FileConfig =
            toml::from_str(text).map_err(|e| err(e.message().to_string(), e.span(), None))?;
        let mut c = Config {
            public: file.public,
            ..Config::default()
        };
        if let Some(fields) = file.required_fields {
            c.required_fields.clear();
            for f in fields.into_inner() {
                let kind = FieldKind::ALL
                    .iter()
                    .copied()
                    .find(|k| k.config_name() == f.get_ref().as_str());
                match kind {
                    Some(k) => c.required_fields.push(k),
                    None => {
                        let known: Vec<&str> =
                            FieldKind::ALL.iter().map(|k| k.config_name()).collect();
                        return Err(err(
                            format!("unknown header field `{}`", f.get_ref()),
                            Some(f.span()),
                            Some(format!("use one of: {}", known.join(", "))),
                        ));
                    }
                }
            }
        }
        // A bad glob is a configuration error whether or not a folder is walked.
        for g in file.include.iter().chain(&file.exclude).flatten() {
            if let Err(e) = globset::Glob::new(g.get_ref()) {
                return Err(err(
                    format!("bad glob `{}`: {}", g.get_ref(), e.kind()),
                    Some(g.span()),
                    Some("write a glob such as `**/*.txt`".into()),
                ));
            }
        }
        let plain = |v: Vec<Spanned<String>>| v.into_iter().map(Spanned::into_inner).collect();
        if let Some(i) = file.include {
            c.include = plain(i);
        }
        c.exclude = file.exclude.map(plain).unwrap_or_default();
        let mut groups = Vec::new();
        let mut names = Vec::new();
        for (key, level) in file.rules {
            let k = key.get_ref();
            if rules::by_name(k).is_some() {
                names.push((k.clone(), level.severity()));
            } else if rules::all().iter().any(|r| r.group() == k.as_str()) {
                groups.push((k.clone(), level.severity()));
            } else {
                let help = closest_rule(k).map(|r| format!("did you mean `{r}`?"));
                return Err(err(
                    format!("unknown rule or group `{k}`"),
                    Some(key.span()),
                    help,
                ));
            }
        }
        c.levels = groups.into_iter().chain(names).collect();
        c.roster = file
            .roster
            .into_iter()
            .map(|r| (r.name, r.aliases))
            .collect();
        c.glossary = file.glossary.terms;
        Ok(c)
    }

    /// The severity of a rule after defaults, configuration and `--final`; `None` when off.
    pub fn severity(&self, rule: &dyn Rule) -> Option<Severity> {
        if let Some(sel) = &self.selected {
            if !sel.iter().any(|k| k == rule.name() || k == rule.group()) {
                return None;
            }
        }
        let mut sev = Some(rule.default_severity());
        if self.final_check && rule.name() == "publication/draft-marker" {
            sev = Some(Severity::Error);
        }
        for (k, level) in &self.levels {
            if k == rule.name() || k == rule.group() {
                sev = *level;
            }
        }
        sev
    }

    /// Sets a rule or group to a level, after what is already set (command-line options).
    pub fn set_level(&mut self, key: &str, level: Option<Severity>) {
        self.levels.push((key.to_string(), level));
    }

    /// The glossary in force: the built-in one, plus the project's terms when it has some.
    pub fn glossary(&self) -> &Glossary {
        if self.glossary.is_empty() {
            return Glossary::builtin();
        }
        self.glossary_cache
            .get_or_init(|| Glossary::with_extra(&self.glossary))
    }

    /// The roster, parsed and indexed on first use and shared by every document of the run.
    pub fn roster(&self) -> Arc<Roster> {
        self.roster_cache
            .get_or_init(|| Arc::new(Roster::new(&self.roster_members())))
            .clone()
    }

    /// The roster as written in the configuration.
    pub fn roster_members(&self) -> Vec<RosterMember> {
        self.roster
            .iter()
            .map(|(name, aliases)| RosterMember {
                name: name.clone(),
                aliases: aliases.clone(),
            })
            .collect()
    }
}

/// Whether `key` names a rule or a group of rules.
pub fn is_rule_or_group(key: &str) -> bool {
    rules::by_name(key).is_some() || rules::all().iter().any(|r| r.group() == key)
}

/// The commented configuration `notulint init` writes.
pub const STARTER: &str = include_str!("data/notulint.starter.toml");

/// The rule or group name closest to a misspelt one.
pub fn closest_rule(key: &str) -> Option<String> {
    let mut names: Vec<String> = rules::all().iter().map(|r| r.name().to_string()).collect();
    names.extend(rules::all().iter().map(|r| r.group().to_string()));
    names
        .into_iter()
        .map(|n| (strsim::jaro_winkler(&n, key), n))
        .filter(|(s, _)| *s > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, n)| n)
}
