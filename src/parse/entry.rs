//! List entries read with the `names` grammar: `de heer J.W. van der Sluijs (CDA)`,
//! `I. den Decker (notulen)`, `Voorzitter: L. van Moorsel`.

use super::{MinutesParser, Rule};
use crate::model::{role_word, Entry, Role, Span};
use crate::people::PersonName;
use pest::Parser;

/// Parses one list entry with the `names` grammar.
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
    let s = &text[span.range()];
    if is_plain_entry(s) {
        // What the grammar would make of it: the whole entry is the name.
        let name_span = span.trim(text);
        return Entry {
            span: *span,
            name: PersonName::parse_shared(&text[name_span.range()]),
            name_span,
            annotations: Vec::new(),
            role: None,
        };
    }
    parse_entry_with_grammar(text, span)
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

/// An entry without role prefix, annotation or title (`G.J. Kok`): most entries are, and
/// for them a parse would only confirm that the whole entry is the name.
fn is_plain_entry(s: &str) -> bool {
    if s.contains(['(', ':']) {
        return false;
    }
    let head: String = s
        .trim_start()
        .chars()
        .take(20)
        .flat_map(char::to_lowercase)
        .collect();
    // The grammar takes an honorific (`honorifics.txt`) only before a full stop or a space.
    !crate::nl::lexicon::HONORIFICS.entries().any(|h| {
        head.strip_prefix(h)
            .is_some_and(|rest| rest.starts_with(|c: char| c == '.' || c.is_whitespace()))
    })
}

/// Parses one list entry with the `names` grammar.
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
                    Rule::role_prefix => {
                        let w = q.as_str().trim_end_matches(':').trim().to_lowercase();
                        role = role.or(role_word(&w));
                        annotations.push(w);
                    }
                    Rule::person_name => {
                        let r = q.as_span();
                        name_span = Span::new(base + r.start(), base + r.end()).trim(text);
                    }
                    Rule::annotation => {
                        let a = q
                            .as_str()
                            .trim_start_matches('(')
                            .trim_end_matches(')')
                            .trim()
                            .to_lowercase();
                        for part in a.split([',', ';']) {
                            role = role.or(role_word(part.trim()));
                        }
                        annotations.push(a);
                    }
                    _ => {}
                }
            }
        }
    }
    let name = PersonName::parse_shared(&text[name_span.range()]);
    Entry {
        span: *span,
        name_span,
        name,
        annotations,
        role,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_entries_read_as_the_grammar_reads_them() {
        let entries = [
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
        ];
        for e in entries {
            let text = format!("x{e}y");
            let span = Span::new(1, 1 + e.len());
            let grammar = parse_entry_with_grammar(&text, &span);
            let fast = parse_entry(&text, &span);
            assert_eq!(fast.name_span, grammar.name_span, "{e}");
            assert_eq!(fast.name, grammar.name, "{e}");
            assert_eq!(fast.annotations, grammar.annotations, "{e}");
            assert_eq!(fast.role, grammar.role, "{e}");
        }
    }
}
