//! The tidiness check every word list in `src/nl/data` passes (used by the tests of the
//! modules that load them).

/// Asserts that a word list is sorted in byte order (as `LC_ALL=C sort`), free of duplicates,
/// and has no empty, padded or double-spaced lines.
pub(crate) fn assert_tidy(name: &str, list: &str) {
    let lines: Vec<&str> = list.lines().collect();
    assert!(!lines.is_empty(), "{name} is empty");
    for pair in lines.windows(2) {
        assert!(
            pair[0] < pair[1],
            "{name} is not sorted or has duplicates: {:?} before {:?}",
            pair[0],
            pair[1]
        );
    }
    for line in &lines {
        assert!(
            !line.trim().is_empty() && line.trim() == *line && !line.contains("  "),
            "{name} has an empty or padded line: {line:?}"
        );
    }
    assert!(list.ends_with('\n'), "{name} does not end in a line break");
}
