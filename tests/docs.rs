//! The generated rule documentation (`docs/rules.md`, the README table) is current.
//! Regenerate with `UPDATE_DOCS=1 cargo test --test docs`.

use notulint::report::{readme_table, rules_markdown};
use std::path::Path;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn docs_rules_md_is_current() {
    let path = root().join("docs/rules.md");
    let want = rules_markdown();
    if std::env::var_os("UPDATE_DOCS").is_some() {
        std::fs::create_dir_all(root().join("docs")).expect("docs dir");
        std::fs::write(&path, &want).expect("write docs/rules.md");
    }
    let have = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        have == want,
        "docs/rules.md is stale: run UPDATE_DOCS=1 cargo test --test docs"
    );
}

#[test]
fn readme_rule_table_is_current() {
    let path = root().join("README.md");
    let readme = std::fs::read_to_string(&path).expect("README.md");
    let (start, end) = ("<!-- rules-table -->\n", "<!-- /rules-table -->");
    let a = readme
        .find(start)
        .expect("README has the rules-table marker")
        + start.len();
    let b = readme.find(end).expect("README has the end marker");
    let want = readme_table();
    if std::env::var_os("UPDATE_DOCS").is_some() && readme[a..b] != want {
        std::fs::write(&path, format!("{}{}{}", &readme[..a], want, &readme[b..]))
            .expect("write README");
        return;
    }
    assert!(
        readme[a..b] == want,
        "the README rule table is stale: run UPDATE_DOCS=1 cargo test --test docs"
    );
}
