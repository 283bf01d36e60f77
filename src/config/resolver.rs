//! Finding the configuration of each file: discovery per folder, each file read once, the
//! command line on top.

use super::{Config, ConfigError, Overrides, RuleNames, FILE_NAME};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Finds and loads the configuration of each file: the nearest `notulint.toml` above it
/// (each read once), or the one `--config` names, or none with `--no-config`; then the
/// command line on top.
#[derive(Debug)]
pub struct Resolver {
    fixed: Option<Arc<Config>>,
    overrides: Overrides,
    /// Folder → the configuration file that governs it.
    by_dir: std::collections::HashMap<PathBuf, Option<PathBuf>>,
    /// Configuration file → loaded.
    loaded: BTreeMap<PathBuf, Arc<Config>>,
    default: Arc<Config>,
    /// The rule names configuration keys may use.
    rules: RuleNames,
}

impl Resolver {
    /// A resolver; `config` names one file for all (`--config`), `none` ignores files.
    pub fn new(
        config: Option<&Path>,
        none: bool,
        overrides: Overrides,
        rules: RuleNames,
    ) -> Result<Self, Box<ConfigError>> {
        let mut default = Config::default();
        overrides.apply(&mut default);
        let fixed = match (config, none) {
            (_, true) => Some(Arc::new(default.clone())),
            (Some(p), false) => {
                let mut c = Config::load(p, &rules)?;
                overrides.apply(&mut c);
                Some(Arc::new(c))
            }
            (None, false) => None,
        };
        Ok(Resolver {
            fixed,
            overrides,
            by_dir: Default::default(),
            loaded: BTreeMap::new(),
            default: Arc::new(default),
            rules,
        })
    }

    /// The configuration that governs a file or folder (given as an absolute path).
    pub fn for_path(&mut self, abs: &Path) -> Result<Arc<Config>, Box<ConfigError>> {
        if let Some(c) = &self.fixed {
            return Ok(c.clone());
        }
        let dir = if abs.is_dir() {
            abs
        } else {
            abs.parent().unwrap_or(abs)
        };
        let found = self.discover(dir);
        match found {
            None => Ok(self.default.clone()),
            Some(p) => {
                if let Some(c) = self.loaded.get(&p) {
                    return Ok(c.clone());
                }
                let mut c = Config::load(&p, &self.rules)?;
                self.overrides.apply(&mut c);
                let c = Arc::new(c);
                self.loaded.insert(p, c.clone());
                Ok(c)
            }
        }
    }

    /// The nearest configuration file at or above a folder, remembered per folder.
    fn discover(&mut self, dir: &Path) -> Option<PathBuf> {
        if let Some(known) = self.by_dir.get(dir) {
            return known.clone();
        }
        let here = dir.join(FILE_NAME);
        let found = if here.is_file() {
            Some(here)
        } else {
            match dir.parent() {
                Some(parent) if parent != dir => self.discover(parent),
                _ => None,
            }
        };
        self.by_dir.insert(dir.to_path_buf(), found.clone());
        found
    }

    /// Every configuration in use: the one `--config` names, or each file found.
    pub fn configs(&self) -> Vec<Arc<Config>> {
        match &self.fixed {
            Some(c) => vec![c.clone()],
            None => self.loaded.values().cloned().collect(),
        }
    }
}
