//! The catalogue's own tests: both languages in step, every id the code uses present.

use super::*;
use std::path::Path;

fn ids(catalogue: &'static str) -> Vec<&'static str> {
    entries(catalogue).map(|(k, _)| k).collect()
}

#[test]
fn both_languages_have_the_same_ids_in_the_same_order() {
    let (en, nl) = (ids(EN), ids(NL));
    for id in &en {
        assert!(nl.contains(id), "nl.txt lacks `{id}`");
    }
    for id in &nl {
        assert!(en.contains(id), "en.txt lacks `{id}`");
    }
    assert_eq!(en, nl, "nl.txt and en.txt list their ids in another order");
}

#[test]
fn no_id_twice_and_no_empty_text() {
    for (name, cat) in [("en.txt", EN), ("nl.txt", NL)] {
        let mut seen = std::collections::HashSet::new();
        for (id, text) in entries(cat) {
            assert!(seen.insert(id), "{name}: `{id}` twice");
            assert!(!text.is_empty(), "{name}: `{id}` has no text");
            assert!(
                id.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "-._".contains(c)),
                "{name}: `{id}` is not a lower-case id"
            );
        }
    }
}

#[test]
fn both_languages_use_the_same_placeholders() {
    let nl: HashMap<_, _> = entries(NL).collect();
    for (id, en) in entries(EN) {
        let Some(nl) = nl.get(id) else { continue };
        // English text of the system (`{system}`) may be left out of the Dutch.
        let en: Vec<&str> = placeholders(en)
            .into_iter()
            .filter(|p| *p != "system" || placeholders(nl).contains(p))
            .collect();
        assert_eq!(
            en,
            placeholders(nl),
            "`{id}` has other placeholders in nl.txt"
        );
    }
}

/// Every string literal the code passes as a message id: `msg!("…"`, `Message::new("…"`,
/// `word("…"` and a rule's `label: "…"`.
fn ids_in_code() -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("src is readable") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") || path.ends_with("messages/tests.rs") {
                continue;
            }
            let text = std::fs::read_to_string(&path).expect("source is UTF-8");
            // `word("…")` only where the catalogue's `word` is imported (tests have their own).
            let openers: &[&str] = if text.contains("messages::word") {
                &["msg!(\"", "Message::new(\"", "word(\"", "label: \""]
            } else {
                &["msg!(\"", "Message::new(\"", "label: \""]
            };
            for opener in openers {
                let mut rest = text.as_str();
                while let Some(i) = rest.find(opener) {
                    let after = &rest[i + opener.len()..];
                    let end = after.find('"').unwrap_or(0);
                    out.push((after[..end].to_string(), path.display().to_string()));
                    rest = &after[end..];
                }
            }
        }
    }
    out
}

#[test]
fn every_id_the_code_uses_is_in_the_catalogue() {
    let used = ids_in_code();
    assert!(
        used.len() > 50,
        "the scan finds the ids ({} found)",
        used.len()
    );
    for (id, file) in used {
        assert!(Lang::En.has(&id), "{file} uses `{id}`, which en.txt lacks");
        assert!(Lang::Nl.has(&id), "{file} uses `{id}`, which nl.txt lacks");
    }
}

#[test]
fn fills_placeholders_and_picks_the_one_form() {
    assert_eq!(
        Message::new("summary.files")
            .arg("n", 1usize)
            .render(Lang::En),
        "1 file"
    );
    assert_eq!(
        Message::new("summary.files")
            .arg("n", 2usize)
            .render(Lang::En),
        "2 files"
    );
    assert_eq!(
        msg!(
            "ambiguous-speaker.message",
            name = "Jansen",
            candidates = vec![
                "A. Jansen".to_string(),
                "B. Jansen".to_string(),
                "C. Jansen".to_string()
            ]
        )
        .render(Lang::Nl),
        Lang::Nl
            .text("ambiguous-speaker.message")
            .replace("{name}", "Jansen")
            .replace("{candidates}", "A. Jansen, B. Jansen en C. Jansen")
    );
    assert_eq!(
        fill("a {x} b {{y}", Lang::En, &[("x", Arg::Count(3))]),
        "a 3 b {y}"
    );
    assert_eq!(fill("{missing}", Lang::En, &[]), "{missing}");
}

#[test]
fn locale_decides_the_default() {
    let env = |pairs: &'static [(&'static str, &'static str)]| {
        move |k: &str| {
            pairs
                .iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| v.to_string())
        }
    };
    assert_eq!(Lang::from_locale(env(&[("LANG", "nl_NL.UTF-8")])), Lang::Nl);
    assert_eq!(Lang::from_locale(env(&[("LANG", "nl_BE.UTF-8")])), Lang::Nl);
    assert_eq!(Lang::from_locale(env(&[("LANG", "C.UTF-8")])), Lang::En);
    assert_eq!(Lang::from_locale(env(&[])), Lang::En);
    assert_eq!(
        Lang::from_locale(env(&[("LC_ALL", "en_GB.UTF-8"), ("LANG", "nl_NL.UTF-8")])),
        Lang::En
    );
    assert_eq!(
        Lang::from_locale(env(&[
            ("LC_ALL", ""),
            ("LC_MESSAGES", "nl_NL"),
            ("LANG", "en_US")
        ])),
        Lang::Nl
    );
    assert_eq!(Lang::parse("nl"), Some(Lang::Nl));
    assert_eq!(Lang::parse("EN"), Some(Lang::En));
    assert_eq!(Lang::parse("fr"), None);
}

#[test]
fn every_invisible_character_has_a_name_in_both_languages() {
    let named: Vec<char> = (0..=0x10FFFF)
        .filter_map(char::from_u32)
        .filter(|&c| crate::nl::normalize::is_invisible(c))
        .collect();
    assert!(named.len() > 10, "the scan finds the characters");
    for c in named {
        let id = crate::nl::normalize::invisible_name(c);
        assert_ne!(id, "char.invisible", "U+{:04X} has no name", u32::from(c));
        assert!(
            Lang::En.has(id) && Lang::Nl.has(id),
            "U+{:04X}: `{id}` is not in both catalogues",
            u32::from(c)
        );
    }
    assert_eq!(Lang::En.text("char.200b"), "zero-width space");
    assert_eq!(Lang::Nl.text("char.200b"), "spatie zonder breedte");
}
