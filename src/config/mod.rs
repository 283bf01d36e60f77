//! `notulint.toml`: serde types, discovery, layering, and errors that point into the file.

use crate::finding::Severity;
use crate::input::io_reason;
use crate::messages::Lang;
use crate::messages::Message;
use crate::model::FieldKind;
use crate::msg;
use crate::nl::terms::Glossary;
use crate::people::{Roster, RosterMember};
use miette::{NamedSource, SourceSpan};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};
use toml::Spanned;

mod error;
pub use error::{ConfigError, Localized};

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
    /// The language of the report: `nl` or `en`.
    lang: Option<Spanned<String>>,
    required_fields: Option<Spanned<Vec<Spanned<String>>>>,
    include: Option<Vec<Spanned<String>>>,
    exclude: Option<Vec<Spanned<String>>>,
    #[serde(default)]
    rules: BTreeMap<Spanned<String>, Level>,
    #[serde(default)]
    roster: Vec<RosterEntry>,
    #[serde(default)]
    glossary: GlossaryConfig,
    /// Findings silenced from outside the documents (`[[ignore]]`).
    #[serde(default)]
    ignore: Vec<Spanned<IgnoreEntry>>,
    /// Rule levels for the files a glob names (`[per-file."archief/**"]`).
    #[serde(default)]
    per_file: BTreeMap<Spanned<String>, BTreeMap<Spanned<String>, Level>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct IgnoreEntry {
    path: Spanned<String>,
    rule: Spanned<String>,
    #[serde(default)]
    subject: Option<String>,
    reason: Spanned<String>,
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

/// Where a rule's level was decided ([`Config::resolve`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LevelFrom<'a> {
    /// The rule's default.
    Default,
    /// `[rules]`, under this key (the rule or its group).
    Rules(&'a str),
    /// A `[per-file]` table: the key and where the table is (`12 [per-file."x/*"]`).
    PerFile(&'a str, &'a str),
    /// An option of the command line (`--select`, `--ignore`, `--final`).
    Option(&'static str),
    /// Off: `--select` names other rules.
    NotSelected,
}

/// The configuration in force for a run.
#[derive(Clone)]
pub struct Config {
    /// Where it was read from, if from a file.
    pub path: Option<PathBuf>,
    /// Documents are public (`Some(true)`), not public, or read from the title (`None`).
    pub public: Option<bool>,
    /// The language of the report, when the file sets one (`lang = "nl"`).
    pub lang: Option<Lang>,
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
    /// The folder the configuration file is in: include, exclude, `[[ignore]]` and
    /// `[per-file]` globs are relative to it. `None` without a file.
    pub root: Option<PathBuf>,
    /// `[[ignore]]` entries, in file order.
    pub ignores: Vec<Ignore>,
    /// `[per-file]` tables, in file order.
    pub per_file: Vec<PerFile>,
    /// Rule levels of the `[per-file]` tables that match the file being checked (set on a
    /// per-file copy, see [`Config::for_file`]).
    pub file_levels: Vec<(String, Option<Severity>, String)>,
    /// Rules and groups turned off on the command line (`--ignore`).
    pub deselected: Vec<String>,
    /// Where each setting came from: setting name → 1-based line in the file.
    pub origins: BTreeMap<String, usize>,
    /// The configuration text, for notes that point into it.
    pub text: Option<Arc<str>>,
    /// The include and exclude globs, compiled on first use.
    pub globs_cache: Arc<OnceLock<(globset::GlobSet, globset::GlobSet)>>,
}

/// One `[[ignore]]` entry: findings of `rule` (or a group) in the files `path` names,
/// about `subject` when given, are not reported.
#[derive(Debug, Clone)]
pub struct Ignore {
    /// The glob as written, relative to the configuration file's folder.
    pub path: String,
    /// Compiled.
    pub glob: globset::GlobMatcher,
    /// A rule name or a group.
    pub rule: String,
    /// The person, term, field or item, when the entry names one.
    pub subject: Option<String>,
    /// Why it is silenced (required: the next maintainer needs to know).
    pub reason: String,
    /// The entry's byte range in the configuration text.
    pub span: std::ops::Range<usize>,
    /// Its 1-based line.
    pub line: usize,
}

impl Ignore {
    /// Whether this entry silences a finding of `rule` about `subject` (the file is matched
    /// separately). Subjects compare without case, diacritics or spacing differences.
    pub fn silences(&self, rule: &str, subject: Option<&str>) -> bool {
        let rule_ok = self.rule == rule || rule.split('/').next() == Some(self.rule.as_str());
        rule_ok
            && match (&self.subject, subject) {
                (None, _) => true,
                (Some(want), Some(got)) => same_subject(want, got),
                (Some(_), None) => false,
            }
    }
}

/// Two subjects name the same thing: compared without case, diacritics, dots or spacing.
pub fn same_subject(a: &str, b: &str) -> bool {
    let norm = |s: &str| crate::people::fold(&crate::people::squash(s));
    norm(a) == norm(b)
}

/// One `[per-file."glob"]` table.
#[derive(Debug, Clone)]
pub struct PerFile {
    /// The glob as written.
    pub pattern: String,
    /// Compiled.
    pub glob: globset::GlobMatcher,
    /// Levels by rule or group (groups first).
    pub levels: Vec<(String, Option<Severity>)>,
    /// 1-based line of the table.
    pub line: usize,
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
            lang: None,
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
            root: None,
            ignores: Vec::new(),
            per_file: Vec::new(),
            file_levels: Vec::new(),
            deselected: Vec::new(),
            origins: BTreeMap::new(),
            text: None,
            globs_cache: Arc::default(),
        }
    }
}

impl Config {
    /// Finds `notulint.toml` in `dir` or its nearest parent.
    pub fn discover(dir: &Path) -> Option<PathBuf> {
        dir.ancestors()
            .map(|d| d.join(FILE_NAME))
            .find(|p| p.is_file())
    }

    /// Reads and checks a configuration file; `rules` are the names its rule keys may use.
    pub fn load(path: &Path, rules: &RuleNames) -> Result<Config, Box<ConfigError>> {
        let text = std::fs::read_to_string(path).map_err(|e| {
            Box::new(ConfigError {
                message: msg!(
                    "config.cannot-read",
                    path = path.display().to_string(),
                    why = io_reason(&e)
                ),
                src: NamedSource::new(path.display().to_string(), String::new()),
                span: None,
                help: None,
            })
        })?;
        let mut c = Config::parse(&path.display().to_string(), &text, rules)?;
        c.path = Some(path.to_path_buf());
        c.root = Some(
            crate::paths::absolute(path)
                .parent()
                .map_or_else(PathBuf::new, Path::to_path_buf),
        );
        Ok(c)
    }

    /// Parses configuration text; `name` names it in errors, `rules` are the names its rule
    /// keys may use.
    pub fn parse(name: &str, text: &str, rules: &RuleNames) -> Result<Config, Box<ConfigError>> {
        let err =
            |message: Message, span: Option<std::ops::Range<usize>>, help: Option<Message>| {
                Box::new(ConfigError {
                    message,
                    src: NamedSource::new(name, text.to_string()),
                    span: span.map(|r| SourceSpan::new(r.start.into(), r.end - r.start)),
                    help,
                })
            };
        let file: FileConfig = toml::from_str(text)
            .map_err(|e| err(error::toml_message(e.message()), e.span(), None))?;
        let line_of = |offset: usize| text[..offset.min(text.len())].matches('\n').count() + 1;
        // The line of a top-level key, for `notulint config`.
        let key_line = |key: &str| {
            let mut offset = 0;
            for l in text.split_inclusive('\n') {
                let t = l.trim_start();
                if t.starts_with('[') {
                    return None; // top-level keys come before the first table
                }
                if t.strip_prefix(key)
                    .is_some_and(|r| r.trim_start().starts_with('='))
                {
                    return Some(line_of(offset));
                }
                offset += l.len();
            }
            None
        };
        let mut c = Config {
            public: file.public,
            text: Some(Arc::from(text)),
            ..Config::default()
        };
        if let Some(l) = &file.lang {
            match Lang::parse(l.get_ref()) {
                Some(lang) => c.lang = Some(lang),
                None => {
                    return Err(err(
                        msg!("config.unknown-lang", written = l.get_ref()),
                        Some(l.span()),
                        Some(msg!("config.unknown-lang-help")),
                    ))
                }
            }
        }
        for key in ["public", "lang", "required-fields", "include", "exclude"] {
            if let Some(l) = key_line(key) {
                c.origins.insert(key.to_string(), l);
            }
        }
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
                            msg!("config.unknown-field", written = f.get_ref()),
                            Some(f.span()),
                            Some(msg!("config.unknown-field-help", names = known.join(", "))),
                        ));
                    }
                }
            }
        }
        // A bad glob is a configuration error whether or not a folder is walked.
        for g in file.include.iter().chain(&file.exclude).flatten() {
            if let Err(e) = globset::Glob::new(g.get_ref()) {
                return Err(err(
                    msg!(
                        "config.bad-glob",
                        written = g.get_ref(),
                        system = e.kind().to_string()
                    ),
                    Some(g.span()),
                    Some(msg!("config.bad-glob-help")),
                ));
            }
        }
        let plain = |v: Vec<Spanned<String>>| v.into_iter().map(Spanned::into_inner).collect();
        if let Some(i) = file.include {
            c.include = plain(i);
        }
        c.exclude = file.exclude.map(plain).unwrap_or_default();
        let known = |key: &Spanned<String>| -> Result<bool, Box<ConfigError>> {
            let k = key.get_ref();
            if rules.is_rule(k) {
                Ok(false)
            } else if rules.is_group(k) {
                Ok(true)
            } else {
                let help = rules
                    .closest(k)
                    .map(|r| msg!("config.did-you-mean", name = r));
                Err(err(
                    msg!("config.unknown-rule", written = k),
                    Some(key.span()),
                    help,
                ))
            }
        };
        let levels = |table: BTreeMap<Spanned<String>, Level>,
                      origins: &mut BTreeMap<String, usize>,
                      prefix: &str|
         -> Result<Vec<(String, Option<Severity>)>, Box<ConfigError>> {
            let mut groups = Vec::new();
            let mut names = Vec::new();
            for (key, level) in table {
                let group = known(&key)?;
                origins.insert(
                    format!("{prefix}{}", key.get_ref()),
                    line_of(key.span().start),
                );
                let entry = (key.into_inner(), level.severity());
                if group {
                    groups.push(entry);
                } else {
                    names.push(entry);
                }
            }
            Ok(groups.into_iter().chain(names).collect())
        };
        c.levels = levels(file.rules, &mut c.origins, "rules.")?;
        let glob = |g: &Spanned<String>| {
            globset::Glob::new(g.get_ref())
                .map(|g| g.compile_matcher())
                .map_err(|e| {
                    err(
                        msg!(
                            "config.bad-glob",
                            written = g.get_ref(),
                            system = e.kind().to_string()
                        ),
                        Some(g.span()),
                        Some(msg!("config.bad-glob-folder-help")),
                    )
                })
        };
        for (pattern, table) in file.per_file {
            let compiled = glob(&pattern)?;
            let line = line_of(pattern.span().start);
            let mut origins = BTreeMap::new();
            let levels = levels(table, &mut origins, "")?;
            c.per_file.push(PerFile {
                pattern: pattern.into_inner(),
                glob: compiled,
                levels,
                line,
            });
        }
        for entry in file.ignore {
            let span = entry.span();
            let e = entry.into_inner();
            let compiled = glob(&e.path)?;
            known(&e.rule)?;
            if e.reason.get_ref().trim().is_empty() {
                return Err(err(
                    msg!("config.ignore-reason"),
                    Some(e.reason.span()),
                    Some(msg!("config.ignore-reason-help")),
                ));
            }
            c.ignores.push(Ignore {
                path: e.path.into_inner(),
                glob: compiled,
                rule: e.rule.into_inner(),
                subject: e.subject,
                reason: e.reason.into_inner(),
                line: line_of(span.start),
                span,
            });
        }
        if let Some(l) = text.lines().position(|l| l.trim() == "[[roster]]") {
            c.origins.insert("roster".into(), l + 1);
        }
        if let Some(l) = text.lines().position(|l| l.trim() == "[glossary]") {
            c.origins.insert("glossary".into(), l + 1);
        }
        c.roster = file
            .roster
            .into_iter()
            .map(|r| (r.name, r.aliases))
            .collect();
        c.glossary = file.glossary.terms;
        Ok(c)
    }

    /// The severity of a rule after defaults, configuration and the command line; `None`
    /// when off.
    pub fn severity(&self, rule: &RuleLevels) -> Option<Severity> {
        self.resolve(rule).0
    }

    /// The severity of a rule and where it was decided, in the one order that holds:
    /// the rule's default, then `[rules]` (groups before names), then the `[per-file]`
    /// tables that match the file, then the command line (`--select` turns on even a rule
    /// the configuration turned off, `--ignore` turns off, `--final` makes a concept marker
    /// an error whatever its configured level).
    pub fn resolve<'a>(&'a self, rule: &RuleLevels) -> (Option<Severity>, LevelFrom<'a>) {
        let group = rule.name.split('/').next().unwrap_or("");
        let applies = |k: &str| k == rule.name || k == group;
        let mut sev = Some(rule.default);
        let mut from = LevelFrom::Default;
        for (k, level) in &self.levels {
            if applies(k) {
                sev = *level;
                from = LevelFrom::Rules(k);
            }
        }
        for (k, level, origin) in &self.file_levels {
            if applies(k) {
                sev = *level;
                from = LevelFrom::PerFile(k, origin);
            }
        }
        if let Some(sel) = &self.selected {
            if sel.iter().any(|k| applies(k)) {
                if sev.is_none() {
                    sev = Some(rule.default);
                }
                from = LevelFrom::Option("--select");
            } else {
                return (None, LevelFrom::NotSelected);
            }
        }
        if self.deselected.iter().any(|k| applies(k)) {
            return (None, LevelFrom::Option("--ignore"));
        }
        if let Some(fin) = rule.on_final.filter(|_| self.final_check) {
            return (Some(fin), LevelFrom::Option("--final"));
        }
        (sev, from)
    }

    /// Where a rule's level was decided, as `notulint config` shows it.
    pub fn level_from(&self, from: &LevelFrom<'_>) -> Message {
        let file = || {
            self.path
                .as_ref()
                .map_or_else(|| FILE_NAME.to_string(), |p| p.display().to_string())
        };
        match *from {
            LevelFrom::Default => msg!("settings.default"),
            LevelFrom::Rules(k) => {
                let line = self
                    .origins
                    .get(&format!("rules.{k}"))
                    .copied()
                    .unwrap_or(0);
                msg!("settings.from-rules", file = file(), line = line, key = k)
            }
            LevelFrom::PerFile(k, origin) => {
                msg!(
                    "settings.from-per-file",
                    file = file(),
                    origin = origin,
                    key = k
                )
            }
            LevelFrom::Option(o) => msg!("settings.from-option", option = o),
            LevelFrom::NotSelected => msg!("settings.not-selected"),
        }
    }

    /// The configuration for one file: the `[per-file]` tables whose glob matches `rel`
    /// (the file's path relative to the configuration's folder) add their levels.
    pub fn for_file(self: &Arc<Self>, rel: &str) -> Arc<Config> {
        let levels: Vec<(String, Option<Severity>, String)> = self
            .per_file
            .iter()
            .filter(|p| p.glob.is_match(rel))
            .flat_map(|p| {
                p.levels.iter().map(|(k, l)| {
                    (
                        k.clone(),
                        *l,
                        format!("{} [per-file.\"{}\"]", p.line, p.pattern),
                    )
                })
            })
            .collect();
        if levels.is_empty() {
            return self.clone();
        }
        let mut c = (**self).clone();
        c.file_levels = levels;
        Arc::new(c)
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

/// What configuration needs to know of a rule to decide its severity: given by the rule, so
/// that configuration imports no rule.
#[derive(Debug, Clone, Copy)]
pub struct RuleLevels {
    /// The rule's name, `group/what-is-wrong`.
    pub name: &'static str,
    /// Its severity when nothing else says.
    pub default: Severity,
    /// Its severity under `--final`, for the rules about what must not be published.
    pub on_final: Option<Severity>,
}

/// The rule names configuration keys may use (and their groups), given by the caller.
#[derive(Debug, Clone, Default)]
pub struct RuleNames(pub Vec<&'static str>);

impl RuleNames {
    /// Whether `key` is a rule's full name.
    pub fn is_rule(&self, key: &str) -> bool {
        self.0.contains(&key)
    }

    /// Whether `key` is a group of rules (`attendance`).
    pub fn is_group(&self, key: &str) -> bool {
        self.0.iter().any(|n| n.split('/').next() == Some(key))
    }

    /// Whether `key` names a rule or a group of rules.
    pub fn is_rule_or_group(&self, key: &str) -> bool {
        self.is_rule(key) || self.is_group(key)
    }

    /// The rule or group name closest to a misspelt one.
    pub fn closest(&self, key: &str) -> Option<String> {
        let mut names: Vec<&str> = self.0.clone();
        names.extend(self.0.iter().filter_map(|n| n.split('/').next()));
        names
            .into_iter()
            .map(|n| (strsim::jaro_winkler(n, key), n))
            .filter(|(s, _)| *s > 0.8)
            .max_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, n)| n.to_string())
    }
}

/// The commented configuration `notulint init` writes.
pub const STARTER: &str = include_str!("../data/notulint.starter.toml");

/// What the command line says about rules, applied on top of every configuration file in
/// one place ([`Resolver`]).
#[derive(Debug, Clone, Default)]
pub struct Overrides {
    /// `--select`: only these rules or groups run, and they run even when configured off.
    pub select: Vec<String>,
    /// `--ignore`: these rules or groups do not run.
    pub ignore: Vec<String>,
    /// `--final`: a concept marker is an error.
    pub final_check: bool,
}

impl Overrides {
    /// Applies the command line to a configuration read from a file (or the default).
    pub fn apply(&self, c: &mut Config) {
        c.final_check = self.final_check;
        if !self.select.is_empty() {
            c.selected = Some(self.select.clone());
        }
        c.deselected = self.ignore.clone();
    }
}

/// Why a file is or is not checked under a configuration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// Checked.
    Checked,
    /// An exclude pattern matches the file (or a folder above it).
    Excluded {
        /// The pattern.
        pattern: String,
        /// What it matched: the file's path, or a folder's, relative to the configuration.
        matched: String,
    },
    /// No include pattern matches the file.
    NotIncluded,
}

impl Config {
    /// The include and exclude globs, compiled once.
    pub fn globs(&self) -> &(globset::GlobSet, globset::GlobSet) {
        self.globs_cache.get_or_init(|| {
            let build = |globs: &[String]| {
                let mut b = globset::GlobSetBuilder::new();
                for g in globs {
                    // Checked when the file was read: a bad glob never gets here.
                    if let Ok(g) = globset::Glob::new(g) {
                        b.add(g);
                    }
                }
                b.build().unwrap_or_else(|_| globset::GlobSet::empty())
            };
            (build(&self.include), build(&self.exclude))
        })
    }

    /// A file's path relative to this configuration's folder, with `/` separators; `None`
    /// when the file is outside it or there is no configuration file.
    pub fn relative(&self, abs: &Path) -> Option<String> {
        self.root
            .as_ref()
            .and_then(|r| crate::paths::relative(abs, r))
    }

    /// Whether a file is checked. `rel` is its path relative to the configuration (or to
    /// the folder walked, without one). Exclude patterns also match the folders above the
    /// file (`archief` excludes `archief/x.txt`). `named` files (given on the command line)
    /// are held to include only when the configuration sets it.
    pub fn verdict(&self, rel: &str, named: bool) -> Verdict {
        let (include, exclude) = self.globs();
        let mut at = rel;
        loop {
            if exclude.is_match(at) {
                return Verdict::Excluded {
                    pattern: exclude
                        .matches(at)
                        .first()
                        .and_then(|&i| self.exclude.get(i))
                        .cloned()
                        .unwrap_or_default(),
                    matched: at.to_string(),
                };
            }
            match at.rfind('/') {
                Some(i) => at = &at[..i],
                None => break,
            }
        }
        if (!named || self.origins.contains_key("include")) && !include.is_match(rel) {
            return Verdict::NotIncluded;
        }
        Verdict::Checked
    }
}

mod resolver;
pub use resolver::Resolver;
