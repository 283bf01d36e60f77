//! Paths as configuration and reports see them: absolute without touching the disk, and
//! relative to a folder with `/` separators.

use std::path::{Component, Path, PathBuf};

/// The absolute form of a path, with `.` and `..` resolved by their names (links are not
/// followed, so a file is matched where the user sees it).
pub fn absolute(p: &Path) -> PathBuf {
    let joined = if p.is_absolute() {
        p.to_path_buf()
    } else {
        std::env::current_dir()
            .map(|d| d.join(p))
            .unwrap_or_else(|_| p.to_path_buf())
    };
    let mut out = PathBuf::new();
    for c in joined.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other.as_os_str()),
        }
    }
    out
}

/// `path` relative to `base` with `/` separators, when it lies under it (both absolute).
pub fn relative(path: &Path, base: &Path) -> Option<String> {
    let rel = path.strip_prefix(base).ok()?;
    Some(slashed(rel))
}

/// A relative path with `/` separators and no leading `./`.
pub fn slashed(p: &Path) -> String {
    let parts: Vec<String> = p
        .components()
        .filter(|c| !matches!(c, Component::CurDir))
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    parts.join("/")
}

/// The root of the repository a path is in: `GITHUB_WORKSPACE` when set, else the nearest
/// folder above the working directory that holds `.git`.
pub fn repository_root() -> Option<PathBuf> {
    if let Some(w) = std::env::var_os("GITHUB_WORKSPACE").filter(|w| !w.is_empty()) {
        return Some(absolute(Path::new(&w)));
    }
    let cwd = absolute(Path::new("."));
    cwd.ancestors()
        .find(|d| d.join(".git").exists())
        .map(Path::to_path_buf)
}

/// A path as a repository-relative report path: relative to `root` when under it,
/// else the path as given without a leading `./`; always with `/` separators.
pub fn for_report(path: &str, root: Option<&Path>) -> String {
    let p = Path::new(path);
    if let Some(rel) = root.and_then(|r| relative(&absolute(p), r)) {
        if !rel.is_empty() {
            return rel;
        }
    }
    let s = slashed(p);
    if s.is_empty() {
        path.to_string()
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn absolute_resolves_dots_by_name() {
        assert_eq!(
            absolute(Path::new("/a/b/../c/./d.txt")),
            PathBuf::from("/a/c/d.txt")
        );
        assert_eq!(
            relative(Path::new("/repo/archief/x.txt"), Path::new("/repo")),
            Some("archief/x.txt".into())
        );
        assert_eq!(
            relative(Path::new("/elders/x.txt"), Path::new("/repo")),
            None
        );
        assert_eq!(slashed(Path::new("./a/b.txt")), "a/b.txt");
        assert_eq!(for_report("./a/b.txt", None), "a/b.txt");
        assert_eq!(
            for_report("/repo/a/b.txt", Some(Path::new("/repo"))),
            "a/b.txt"
        );
    }
}
