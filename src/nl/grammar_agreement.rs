//! Tests that the Dutch words the pest grammar (`grammar/*.pest`) spells out as literals are
//! those of the data files in `src/nl/data/`: the header field keys, the agenda words and the
//! head of an item table. The grammar keeps its literals (pest matches them itself); these
//! tests keep the two copies equal.

use super::lexicon::{field_keys, FieldKey, AGENDA_WORDS, ITEM_TABLE_HEADS};
use crate::model::FieldKind;
use crate::parse::field_key_prefix;

const HEADER: &str = include_str!("../../grammar/header.pest");
const ITEMS: &str = include_str!("../../grammar/items.pest");
const MINUTES: &str = include_str!("../../grammar/minutes.pest");

/// The body of a grammar rule: the text between its `{` and the first `}` after it (no
/// literal of these rules holds a brace).
fn rule_body<'g>(grammar: &'g str, rule: &str) -> &'g str {
    let start = grammar
        .find(&format!("\n{rule} = "))
        .unwrap_or_else(|| panic!("rule {rule}"));
    let body = &grammar[start..];
    let open = body.find('{').expect("opening brace") + 1;
    let close = body.find('}').expect("closing brace");
    &body[open..close]
}

/// The case-insensitive literals (`^"…"`) of a rule body, lower case, in order.
fn literals(body: &str) -> Vec<String> {
    body.split("^\"")
        .skip(1)
        .map(|alt| alt[..alt.find('"').expect("closing quote")].to_lowercase())
        .collect()
}

/// The lookahead that makes a key count only before a colon or a tab.
const BEFORE_SEPARATOR: &str = r#"~ &(key_space* ~ (":" | "\t"))"#;

/// The keys of `field_key`'s key rules, each with the kind its rule's name gives
/// (`key_absent_notified` → `absent-notified`) and whether it carries the lookahead.
fn grammar_field_keys() -> Vec<(String, String, bool)> {
    let mut keys = Vec::new();
    for rule in rule_body(HEADER, "field_key").split('|').map(str::trim) {
        let kind = rule
            .strip_prefix("key_")
            .unwrap_or_else(|| panic!("{rule} is no key rule"))
            .replace('_', "-");
        for alt in rule_body(HEADER, rule).split("^\"").skip(1) {
            let (key, rest) = alt.split_once('"').expect("closing quote");
            // What follows a key up to the next one: nothing, or the lookahead, then `|`.
            let rest = rest.trim().trim_end_matches('|').trim_end();
            assert!(
                rest.is_empty() || rest == BEFORE_SEPARATOR,
                "{rule}: unexpected `{rest}` after `{key}`"
            );
            keys.push((key.to_lowercase(), kind.clone(), !rest.is_empty()));
        }
    }
    keys.sort();
    keys
}

/// The field a kind of `field-keys.txt` names.
fn field_kind(kind: &str) -> FieldKind {
    crate::parse::field_kind(kind).unwrap_or_else(|| panic!("unknown field kind {kind}"))
}

/// The key rules of `grammar/header.pest` hold exactly the keys of `field-keys.txt`, each in
/// the rule of its kind and with the lookahead where the file writes a colon.
#[test]
fn the_grammar_and_the_field_keys_agree() {
    let mut listed: Vec<(String, String, bool)> = field_keys()
        .map(|k| {
            (
                k.key.to_string(),
                k.kind.to_string(),
                k.before_separator_only,
            )
        })
        .collect();
    listed.sort();
    assert_eq!(
        grammar_field_keys(),
        listed,
        "grammar/header.pest key rules vs field-keys.txt"
    );
    assert_eq!(
        listed.len(),
        crate::nl::lexicon::FIELD_KEYS.entries().count(),
        "every line of field-keys.txt is `key kind`"
    );
    let mut seen: Vec<&str> = field_keys().map(|k| k.key).collect();
    seen.sort_unstable();
    seen.dedup();
    assert_eq!(
        seen.len(),
        listed.len(),
        "a key of field-keys.txt is listed twice"
    );
    // Every field has its keys.
    for kind in FieldKind::ALL {
        assert!(
            field_keys().any(|k| field_kind(k.kind) == kind),
            "no key names {kind:?}"
        );
    }
}

/// The `key_start` rule holds exactly the first three letters of the keys (all of `vz`): a
/// missing start would hide every key that opens with it.
#[test]
fn the_grammar_knows_the_first_three_letters_of_every_key() {
    let mut starts: Vec<String> = field_keys()
        .map(|k| k.key[..k.key.len().min(3)].to_lowercase())
        .collect();
    starts.sort();
    starts.dedup();
    let mut grammar = literals(rule_body(HEADER, "key_start"));
    grammar.sort();
    assert_eq!(
        grammar, starts,
        "grammar/header.pest key_start vs field-keys.txt"
    );
}

/// Keys the grammar holds but never reads whole: a shorter key before them in the same rule
/// would take their start (as `datum en tijd` once did before `datum en tijdstip`, so that
/// `Datum en tijdstip: …` was no field). None today; the test below fails should an entry
/// here be read whole, to have it removed.
const SHADOWED: &[&str] = &[];

/// The grammar reads every key of `field-keys.txt` (but the `SHADOWED` ones) whole and as
/// the field the file gives, in any case: no shorter key before it takes its start, and one
/// written with a colon counts only before a colon or a tab.
#[test]
fn the_grammar_reads_each_field_key_as_listed() {
    let mut wrong = Vec::new();
    for FieldKey {
        key,
        kind,
        before_separator_only,
    } in field_keys()
    {
        let kind = field_kind(kind);
        if SHADOWED.contains(&key) {
            if field_key_prefix(&format!("{key}:")).is_some_and(|(_, len)| len == key.len()) {
                wrong.push(format!("{key:?} is read whole: take it out of SHADOWED"));
            }
            continue;
        }
        let upper = key.to_uppercase();
        for t in [format!("{key}:"), format!("{key} :"), format!("{upper}\t")] {
            let read = field_key_prefix(&t);
            if read != Some((kind, key.len())) {
                wrong.push(format!("{t:?} reads as {read:?}"));
            }
        }
        let alone = field_key_prefix(key);
        if before_separator_only {
            if alone.is_some_and(|(_, len)| len == key.len()) {
                wrong.push(format!("{key:?} counts without a colon"));
            }
        } else if alone != Some((kind, key.len())) {
            wrong.push(format!("{key:?} reads as {alone:?}"));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

/// The `agenda_word` rule of `grammar/items.pest` holds the words of `agenda-words.txt`.
#[test]
fn the_grammar_and_the_agenda_words_agree() {
    let mut words = literals(rule_body(ITEMS, "agenda_word"));
    words.sort();
    let listed: Vec<&str> = AGENDA_WORDS.entries().collect();
    assert_eq!(
        words, listed,
        "grammar/items.pest agenda_word vs agenda-words.txt"
    );
}

/// The `table_head` rule of `grammar/minutes.pest` holds the words of `item-table-heads.txt`.
#[test]
fn the_grammar_and_the_item_table_heads_agree() {
    let head = literals(rule_body(MINUTES, "table_head")).join(" ");
    let listed: Vec<&str> = ITEM_TABLE_HEADS.entries().collect();
    assert_eq!(
        vec![head.as_str()],
        listed,
        "grammar/minutes.pest table_head vs item-table-heads.txt"
    );
}

/// `prose_line` leaves to the other rules the lines that open with an agenda word or the
/// first word of a table head: it names those words and no others.
#[test]
fn prose_line_steps_aside_for_agenda_words_and_table_heads() {
    let mut words = literals(rule_body(MINUTES, "prose_line"));
    words.sort();
    let mut listed: Vec<&str> = AGENDA_WORDS
        .entries()
        .chain(ITEM_TABLE_HEADS.phrases().iter().map(|p| p[0]))
        .collect();
    listed.sort_unstable();
    assert_eq!(
        words, listed,
        "grammar/minutes.pest prose_line vs agenda-words.txt and item-table-heads.txt"
    );
}
