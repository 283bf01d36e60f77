//! List entries read by the `names` grammar: `de heer J.W. van der Sluijs (CDA)`,
//! `I. den Decker (notulen)`, `Voorzitter: L. van Moorsel`. The grammar's rules are
//! followed in Rust (`entry_parts`); tests compare the reading with pest's parse.

use crate::model::{role_word, Entry, Role, Span};
use crate::people::PersonName;

/// Reads one list entry by the `names` grammar.
pub fn parse_entry(text: &str, span: &Span) -> Entry {
    // `de heren K. Kamphuis`, `voorzitter G. Feenstra`, `en griffier N.G. Jacobs` in a prose
    // list: the lower-case words before the name say who the person is, they are no name.
    let written = &text[span.range()];
    // `(32 personen) Peter Haasnoot`: a count before the first name.
    if written.starts_with('(') {
        if let Some(close) = written.find(')') {
            let rest = Span::new(span.start() + close + 1, span.end()).trim(text);
            if !rest.is_empty() && text[rest.range()].starts_with(char::is_uppercase) {
                let mut e = parse_entry(text, &rest);
                e.span = *span;
                return e;
            }
        }
    }
    let (lead, role) = lead_words(written);
    if lead > 0 {
        let rest = Span::new(span.start() + lead, span.end());
        let mut e = parse_entry(text, &rest);
        e.span = *span;
        e.role = e.role.or(role);
        return e;
    }
    read_entry(text, span)
}

/// The length of the lower-case words that open an entry before its name, and the role they
/// name. A run of particles before a capital is a surname (`van der Zande`) and stays;
/// honorifics are left to the names grammar.
fn lead_words(s: &str) -> (usize, Option<Role>) {
    let mut end = 0;
    let mut role = None;
    let mut all_particles = true;
    let mut any = false;
    for (i, w) in s.split_inclusive(char::is_whitespace).scan(0, |off, w| {
        let at = *off;
        *off += w.len();
        Some((at, w))
    }) {
        let word = w.trim();
        if word.is_empty() {
            continue;
        }
        if !word.starts_with(char::is_lowercase) {
            break;
        }
        let lower = word.trim_end_matches(['.', ',']).to_lowercase();
        all_particles &= crate::people::is_particle(&lower);
        role = role.or(role_word(&lower));
        any = true;
        end = i + w.len();
    }
    let rest = &s[end..];
    if !any
        || all_particles
        || rest.trim().is_empty()
        || !rest.trim_start().starts_with(char::is_uppercase)
    {
        return (0, None);
    }
    (end, role)
}

/// The grammar's `list_entry` on `s`, read in Rust rule by rule (`person_entry`): the
/// ranges of the role prefix (`Voorzitter:`), the name, and each annotation (`(CDA)`).
/// `None` where the grammar finds no `person_entry` (`entry_text`: the entry opens with a
/// parenthesis) or the parse fails (text after an annotation).
struct Parts {
    role: Option<(usize, usize)>,
    name: (usize, usize),
    annotations: Vec<(usize, usize)>,
}

/// The grammar's `nsp`.
fn is_nsp(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\u{A0}' | '\u{202F}')
}

/// The position after `nsp*` from `p`.
fn nsp_from(s: &str, p: usize) -> usize {
    s.len() - s[p..].trim_start_matches(is_nsp).len()
}

/// The alternatives of the grammar's `honorific` rule, in its order: each word (`dhr.`,
/// `de heer`) and whether it must be followed by an `nsp` (`^"dhr" ~ &nsp`). Read from the
/// grammar itself, so that the two cannot differ.
fn honorific_alternatives() -> &'static [(&'static str, bool)] {
    static ALTERNATIVES: std::sync::OnceLock<Vec<(&'static str, bool)>> =
        std::sync::OnceLock::new();
    ALTERNATIVES.get_or_init(|| {
        let grammar = include_str!("../../grammar/names.pest");
        let body = grammar
            .split_once("\nhonorific = {")
            .and_then(|(_, rest)| rest.split_once("\n}"))
            .map_or("", |(body, _)| body);
        body.split('|')
            .filter_map(|alt| {
                let (_, quoted) = alt.split_once("^\"")?;
                let (word, rest) = quoted.split_once('"')?;
                Some((word, rest.contains("&nsp")))
            })
            .collect()
    })
}

/// The length of the first `honorific` alternative that fits at `s[p..]`.
fn honorific_len(s: &str, p: usize) -> Option<usize> {
    let b = &s.as_bytes()[p..];
    honorific_alternatives()
        .iter()
        .find(|(word, before_nsp)| {
            b.get(..word.len())
                .is_some_and(|h| h.eq_ignore_ascii_case(word.as_bytes()))
                && (!before_nsp || s[p + word.len()..].starts_with(is_nsp))
        })
        .map(|(word, _)| word.len())
}

/// `list_entry` on `s`: `SOI ~ nsp* ~ (person_entry | entry_text) ~ nsp* ~ EOI`.
fn entry_parts(s: &str) -> Option<Parts> {
    let start = nsp_from(s, 0);
    // `(role_prefix ~ nsp*)?`: `role_word ~ nsp* ~ ":"`, the role word running to the
    // first `:`, `(` or `,`.
    let word_end = s[start..]
        .find([':', '(', ','])
        .map_or(s.len(), |i| start + i);
    let (role, mut p) = if s[word_end..].starts_with(':') {
        (Some((start, word_end + 1)), nsp_from(s, word_end + 1))
    } else {
        (None, start)
    };
    // `(honorific ~ nsp+)*`
    while let Some(len) = honorific_len(s, p) {
        let after = nsp_from(s, p + len);
        if after == p + len {
            break;
        }
        p = after;
    }
    // `person_name`: at least one char, up to the first `(`.
    if p >= s.len() || s[p..].starts_with('(') {
        return None;
    }
    let name_end = s[p..].find('(').map_or(s.len(), |i| p + i);
    // `(nsp* ~ annotation)*`: `"(" ~ annotation_text ~ (")" | EOI)`.
    let mut annotations = Vec::new();
    let mut at = name_end;
    loop {
        let open = nsp_from(s, at);
        if !s[open..].starts_with('(') {
            break;
        }
        at = s[open..].find(')').map_or(s.len(), |i| open + i + 1);
        annotations.push((open, at));
    }
    // `nsp* ~ EOI`
    (nsp_from(s, at) == s.len()).then_some(Parts {
        role,
        name: (p, name_end),
        annotations,
    })
}

/// A role prefix as written (`Voorzitter:`): kept in lower case among the annotations, with
/// the role it names unless one was named before.
fn role_prefix(written: &str, role: &mut Option<Role>, annotations: &mut Vec<String>) {
    let w = written.trim_end_matches(':').trim().to_lowercase();
    *role = role.or(role_word(&w));
    annotations.push(w);
}

/// An annotation as written (`(vz, VVD)`): kept in lower case without its parentheses, with
/// the first role any of its parts names unless one was named before.
fn annotation(written: &str, role: &mut Option<Role>, annotations: &mut Vec<String>) {
    let a = written
        .trim_start_matches('(')
        .trim_end_matches(')')
        .trim()
        .to_lowercase();
    for part in a.split([',', ';']) {
        *role = role.or(role_word(part.trim()));
    }
    annotations.push(a);
}

/// One list entry as the grammar's `list_entry` reads it.
fn read_entry(text: &str, span: &Span) -> Entry {
    let s = &text[span.range()];
    let base = span.start();
    let mut name_span = *span;
    let mut annotations = Vec::new();
    let mut role = None;
    if let Some(parts) = entry_parts(s) {
        if let Some((from, to)) = parts.role {
            role_prefix(&s[from..to], &mut role, &mut annotations);
        }
        name_span = Span::new(base + parts.name.0, base + parts.name.1).trim(text);
        for (from, to) in parts.annotations {
            annotation(&s[from..to], &mut role, &mut annotations);
        }
    }
    entry(text, span, name_span, annotations, role)
}

/// The entry at `span` with its name read from `name_span`.
fn entry(
    text: &str,
    span: &Span,
    name_span: Span,
    annotations: Vec<String>,
    role: Option<Role>,
) -> Entry {
    Entry {
        span: *span,
        name_span,
        name: PersonName::parse_shared(&text[name_span.range()]),
        annotations,
        role,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::{MinutesParser, Rule};
    use pest::Parser;

    /// One list entry parsed by pest with the `names` grammar: the oracle for `read_entry`.
    fn parse_entry_with_grammar(text: &str, span: &Span) -> Entry {
        let s = &text[span.range()];
        let base = span.start();
        let mut name_span = *span;
        let mut annotations = Vec::new();
        let mut role = None;
        if let Ok(mut pairs) = MinutesParser::parse(Rule::list_entry, s) {
            let entry = pairs.next().into_iter().flat_map(|p| p.into_inner());
            for p in entry {
                if p.as_rule() != Rule::person_entry {
                    continue;
                }
                for q in p.into_inner() {
                    match q.as_rule() {
                        Rule::role_prefix => role_prefix(q.as_str(), &mut role, &mut annotations),
                        Rule::person_name => {
                            let r = q.as_span();
                            name_span = Span::new(base + r.start(), base + r.end()).trim(text);
                        }
                        Rule::annotation => annotation(q.as_str(), &mut role, &mut annotations),
                        _ => {}
                    }
                }
            }
        }
        entry(text, span, name_span, annotations, role)
    }

    /// Asserts that `read` reads the entry `e` as the grammar does.
    fn assert_reads_as_the_grammar_with(e: &str, read: fn(&str, &Span) -> Entry) {
        let text = format!("x{e}y");
        let span = Span::new(1, 1 + e.len());
        let grammar = parse_entry_with_grammar(&text, &span);
        let rust = read(&text, &span);
        assert_eq!(rust.name_span, grammar.name_span, "{e:?}");
        assert_eq!(rust.name, grammar.name, "{e:?}");
        assert_eq!(rust.annotations, grammar.annotations, "{e:?}");
        assert_eq!(rust.role, grammar.role, "{e:?}");
    }

    fn assert_reads_as_the_grammar(e: &str) {
        assert_reads_as_the_grammar_with(e, read_entry);
    }

    const ENTRIES: &[&str] = &[
        "G.J. Kok",
        "A. van der Kolk",
        "Karlijn Baalman",
        "Van Benthem",
        "T.J.M. Mornout - van Orsouw",
        "Dirk-Jan de Mol",
        "S. Dinsbach ",
        "IJ.L. van Tongeren",
        "Th. Schouten",
        "J. aan de Stegge",
        "Drs van Dam",
        "Mr Jansen",
        "Deheer Smit",
        "Dsouza",
        "Burgemeesterstraat",
        "wethouderX",
        "mevrouw G.E. Admiraal",
        "de heer J. Jansen",
        "Dhr. Welten",
        "burgemeester I. Anema",
        "Statenlid Jansen",
        "collega K. Kok",
        "Ds. Jansen",
        "ds Jansen",
        "Dsjansen",
        "Dhr",
        "de heer J.W. van der Sluijs (CDA)",
        "I. den Decker (notulen)",
        "Voorzitter: L. van Moorsel",
        "Voorzitter : mevrouw A. Kok (vz, VVD) (vanaf punt 3)",
        "A. Kok (mk",
        "A. Kok (mk) en B",
        "(32 personen)",
        "  \u{a0}Dhr.\tDhr. Mw. de Boer  ",
        "Dhr.Jansen",
        "mevr\u{202f}Smit (secretaris)",
        "Griffier, A. Kok",
        "Griffier, notulist: A. Kok",
        "Voorzitter (a.i.): A. Kok",
        ":",
        "",
        "( )",
        "Mevrouw",
        "MEVROUW K. KOK",
        "Loco-burgemeester P. Post",
    ];

    #[test]
    fn entries_read_as_the_grammar_reads_them() {
        for e in ENTRIES {
            assert_reads_as_the_grammar(e);
        }
    }

    proptest::proptest! {
        #[test]
        fn generated_entries_read_as_the_grammar_reads_them(
            parts in proptest::collection::vec(
                proptest::prop_oneof![
                    proptest::sample::select(ENTRIES),
                    proptest::sample::select(&[
                        "dhr", "Dhr.", "DE HEER", "mw", "Mw.", "drs.", "ds", "bc.", "Wethouder",
                        ":", "(", ")", ",", ";", " ", "\t", "\u{a0}", "Kok", "vz", "mk",
                    ][..]),
                ],
                0..6,
            )
        ) {
            assert_reads_as_the_grammar(&parts.concat());
        }
    }

    #[test]
    fn the_honorifics_come_from_the_grammar() {
        let alternatives = honorific_alternatives();
        assert!(alternatives.contains(&("de heer", false)));
        assert!(alternatives.contains(&("dhr.", false)) && alternatives.contains(&("dhr", true)));
        assert_eq!(
            alternatives.len(),
            include_str!("../../grammar/names.pest")
                .matches("^\"")
                .count()
        );
    }

    #[test]
    fn plain_entries_read_as_the_grammar_reads_them() {
        // `parse_entry` first drops a count and lower-case words before the name: these
        // entries have neither.
        for e in &ENTRIES[..26] {
            assert_reads_as_the_grammar_with(e, parse_entry);
        }
    }
}
