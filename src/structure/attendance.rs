//! Attendance as real minutes write it: splitting a list value into entries, keys inside a
//! sentence or a flattened header, role groups, and the headings that end the report.
//! The grammar's keys are asked through `crate::parse::field_key_prefix`.

use crate::model::{role_word, FieldKind, Role, Span};
use crate::nl::lexicon;
use crate::parse::field_key_prefix;

/// One piece of a list value: an entry (with a function written after it, as in
/// `Anne Kok, bestuurslid;`), or an empty element at a separator.
pub enum Piece {
    /// A name, and the function that follows it.
    Entry(Span, Option<Span>),
    /// An empty element (`,,`, a trailing comma), at the separator that leaves it.
    Empty(Span),
}

/// Byte offsets of `sep` bytes at parenthesis depth 0.
fn separators(v: &str, seps: &[u8], en: bool) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    let mut depth = 0usize;
    let bytes = v.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'(' => depth += 1,
            b')' => depth = depth.saturating_sub(1),
            b' ' | b'\n' | b'\t'
                if en
                    && depth == 0
                    && v[i + 1..].starts_with("en")
                    && v.as_bytes()
                        .get(i + 3)
                        .is_some_and(|b| b.is_ascii_whitespace()) =>
            {
                // `…, en griffier N.G. Jacobs`: a comma before `en` is one separator with it.
                match out.last_mut() {
                    Some(last) if v[last.1..i].trim().is_empty() && bytes[last.0] == b',' => {
                        last.1 = i + 4;
                    }
                    _ => out.push((i, i + 4)),
                }
                i += 3;
            }
            b if depth == 0 && seps.contains(&b) => out.push((i, i + 1)),
            _ => {}
        }
        i += 1;
    }
    out
}

/// Splits a list value on commas, semicolons and a final ` en `, respecting parentheses.
/// A list written `Naam, functie;` (`Anne Kok, bestuurslid; Bram Ros, penningmeester;`) is
/// split on the semicolons, and the function goes with the name; its closing `;` is no
/// empty entry.
pub fn split_entries(text: &str, value: &Span) -> Vec<Piece> {
    let v = &text[value.range()];
    // `- de leden: A, B;` in a list of groups: the semicolon closes the group, and makes no
    // `Naam, functie;` list.
    let trimmed = v.trim_end();
    let body = trimmed.strip_suffix(';').unwrap_or(trimmed);
    if !separators(body, b";", false).is_empty() {
        return split_functions(text, value);
    }
    split_comma_list(text, &Span::new(value.start(), value.start() + body.len()))
}

/// Splits on commas and a final ` en `.
fn split_comma_list(text: &str, value: &Span) -> Vec<Piece> {
    let v = &text[value.range()];
    let base = value.start();
    let seps = separators(v, b",", true);
    let mut out: Vec<Piece> = Vec::new();
    let mut start = 0usize;
    for (s, e) in seps
        .iter()
        .copied()
        .chain(std::iter::once((v.len(), v.len())))
    {
        let piece = Span::new(base + start, base + s).trim(text);
        // `Merijn Koster (Belastingdienst) Theo Peters (VNG)`: a comma forgotten after an
        // annotation; the next name starts after the parenthesis.
        if let Some(split) = missing_comma(&text[piece.range()]) {
            let first = Span::new(piece.start(), piece.start() + split).trim(text);
            out.push(Piece::Entry(first, None));
            let rest = Span::new(piece.start() + split, piece.end()).trim(text);
            let body = text[rest.range()].trim_end_matches('.');
            out.push(Piece::Entry(
                Span::new(rest.start(), rest.start() + body.trim_end().len()),
                None,
            ));
            start = e;
            continue;
        }
        let body = text[piece.range()].trim_end_matches('.');
        let is_end = s == v.len();
        if body.trim().is_empty() {
            // A trailing full stop or nothing after the last separator is an empty element
            // only when a separator precedes it.
            if !(is_end && out.is_empty()) {
                let at = if is_end {
                    // `J. Lucas,` at the end: point at the trailing comma.
                    seps.last()
                        .map(|&(a, b)| Span::new(base + a, base + b))
                        .unwrap_or(piece)
                } else {
                    Span::new(base + s, base + e)
                };
                out.push(Piece::Empty(at));
            }
        } else {
            let piece = Span::new(piece.start(), piece.start() + body.trim_end().len());
            let written = text[piece.range()].to_lowercase();
            // `Anne Kok, voorzitter, Bram Ros`: a function on its own belongs to the name before.
            if let (Some(_), Some(Piece::Entry(_, f @ None))) =
                (role_word(written.trim()), out.last_mut())
            {
                *f = Some(piece);
            } else {
                out.push(Piece::Entry(piece, None));
            }
        }
        start = e;
    }
    out
}

/// `Anne Kok, bestuurslid; Bram Ros, penningmeester; Cor Jansen`.
fn split_functions(text: &str, value: &Span) -> Vec<Piece> {
    let v = &text[value.range()];
    let base = value.start();
    // `commissaris interne en externe betrekkingen`: in a `Naam, functie;` list an `en`
    // joins words of a function, not two people.
    let seps = separators(v, b";", false);
    let mut out = Vec::new();
    let mut start = 0usize;
    let n = seps.len();
    for (k, (s, e)) in seps
        .iter()
        .copied()
        .chain(std::iter::once((v.len(), v.len())))
        .enumerate()
    {
        let piece = Span::new(base + start, base + s).trim(text);
        let body = text[piece.range()].trim_end_matches(['.', ',']).trim_end();
        start = e;
        if body.trim().is_empty() {
            // The closing `;` (or `;.`) of the last entry is not an empty one.
            if k < n
                && !text[base + e..value.end()]
                    .trim()
                    .trim_matches('.')
                    .is_empty()
            {
                out.push(Piece::Empty(Span::new(base + s, base + e)));
            }
            continue;
        }
        let piece = Span::new(piece.start(), piece.start() + body.len());
        let p = &text[piece.range()];
        let commas = separators(p, b",", false);
        if let Some(&(c, _)) = commas.last() {
            let function = Span::new(piece.start() + c + 1, piece.end()).trim(text);
            let f = &text[function.range()];
            // A function is written in lower case (`bestuurslid`, `lid kascommissie`); a
            // capitalised word or an initial after it is the next name (`wethouder R. Roelofs`).
            let is_function = (f.chars().next().is_some_and(|ch| ch.is_lowercase())
                && !f
                    .split_whitespace()
                    .skip(1)
                    .any(|w| w.chars().next().is_some_and(char::is_uppercase) || w.contains('.')))
                || role_word(&f.to_lowercase()).is_some();
            if is_function && f.split_whitespace().count() <= 5 {
                let name = Span::new(piece.start(), piece.start() + c).trim(text);
                // `Anne Kok, Bram Ros, bestuursleden`: several names share the function.
                let names = separators(&text[name.range()], b",", false);
                let mut from = name.start();
                for (a, b) in names
                    .iter()
                    .map(|&(a, b)| (name.start() + a, name.start() + b))
                    .chain(std::iter::once((name.end(), name.end())))
                {
                    let one = Span::new(from, a).trim(text);
                    if !one.is_empty() {
                        out.push(Piece::Entry(one, Some(function)));
                    }
                    from = b;
                }
                continue;
            }
        }
        // No function: the piece is a comma list of its own (`A, B;`).
        let mut sub = split_comma_list(text, &piece);
        if k == n {
            out.append(&mut sub);
        } else {
            out.extend(sub.into_iter().filter(|p| matches!(p, Piece::Entry(..))));
        }
    }
    out
}

/// What a key inside a line names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SegmentKey {
    /// A header field (`Afwezig:`, `Griffier:`).
    Field(FieldKind),
    /// A role group of the present list (`Wethouders:`, `De leden:`), with its role.
    Group(Option<Role>),
}

/// A key with its value inside a line.
#[derive(Debug, Clone)]
pub struct Segment {
    /// The key as written.
    pub key: Span,
    /// What it names.
    pub kind: SegmentKey,
    /// The value, trimmed, without the closing full stop.
    pub value: Span,
}

/// The keys inside a piece of text and their values. With `anywhere` (a header value such
/// as `X Griffier: Y Wethouders: A, B De leden: C`), a key may follow any word and role
/// groups count; otherwise (running text: `… in De Hoek. Aanwezig: Anne, Bram en Cor.
/// Afwezig: Dirk.`) a key must open a sentence and its value ends with the sentence.
pub fn inline_segments(text: &str, span: &Span, anywhere: bool) -> Vec<Segment> {
    let Some(t) = text.get(span.range()) else {
        return Vec::new();
    };
    if anywhere && !t.contains(':') || t.len() > 4000 {
        return Vec::new();
    }
    let base = span.start();
    // key start, value start, kind, written as prose (`Aanwezig zijn …`)
    let mut found: Vec<(usize, usize, SegmentKey, bool)> = Vec::new();
    let bytes = t.as_bytes();
    let mut i = 0;
    while i < t.len() {
        let at_start = i == 0
            || (anywhere && matches!(bytes[i - 1], b' ' | b'\t'))
            || (i >= 2 && matches!(bytes[i - 1], b' ' | b'\t') && {
                let before = t[..i].trim_end();
                before.ends_with(['.', ';', '!', '?']) && !ends_with_abbreviation(before)
            });
        if at_start && t.is_char_boundary(i) {
            let rest = &t[i..];
            if let Some((kind, len)) = field_key_prefix(rest) {
                let after = &rest[len..];
                let spaces = after.len() - after.trim_start_matches([' ', '\u{a0}']).len();
                if after[spaces..].starts_with(':') {
                    found.push((i, i + len + spaces + 1, SegmentKey::Field(kind), false));
                    i += len + spaces + 1;
                    continue;
                }
                // `Aanwezig zijn Anne, Bram en Cor.` / `Afwezig was Dirk.`: prose, at the start
                // of a sentence.
                if !anywhere && kind.list_kind().is_some() {
                    if let Some(verb) = prose_verb(after) {
                        found.push((i, i + len + verb, SegmentKey::Field(kind), true));
                        i += len + verb;
                        continue;
                    }
                }
            }
            // Role groups are capitalised, or follow a semicolon (`…; leden: A, B`).
            let after_semicolon = t[..i].trim_end().ends_with(';') || i == 0;
            if anywhere && (rest.starts_with(|c: char| c.is_uppercase()) || after_semicolon) {
                if let Some(colon) = rest.find(':') {
                    let head = &rest[..colon];
                    if head.split_whitespace().count() <= 5 && !head.contains([',', '(', ';']) {
                        if let Some(role) = is_role_group(head) {
                            found.push((i, i + colon + 1, SegmentKey::Group(role), false));
                            i += colon + 1;
                            continue;
                        }
                    }
                }
            }
        }
        i += 1;
        while i < t.len() && !t.is_char_boundary(i) {
            i += 1;
        }
    }
    let mut out = Vec::new();
    let mut prose_at = Vec::new();
    for (k, &(ks, vs, kind, prose)) in found.iter().enumerate() {
        if prose {
            prose_at.push(base + ks);
        }
        let limit = found.get(k + 1).map_or(t.len(), |&(next, _, _, _)| next);
        let end = if anywhere {
            limit
        } else {
            sentence_end(t, vs, limit)
        };
        let key_end = t[ks..vs].trim_end_matches(':').trim_end().len() + ks;
        let value = Span::new(base + vs, base + end).trim(text);
        let v = text[value.range()].trim_end();
        // `A, B,;` / `A, B,.`: a comma before the closing stop is an empty entry; a comma
        // alone before the next key is only a separator.
        let closed = v.trim_end_matches(['.', ';']);
        let kept = if closed.len() < v.len() && closed.ends_with(',') {
            closed
        } else {
            v.trim_end_matches(['.', ';', ',']).trim_end()
        };
        let value = Span::new(value.start(), value.start() + kept.len());
        out.push(Segment {
            key: Span::new(base + ks, base + key_end),
            kind,
            value,
        });
    }
    // A key at the very start of running text is a header field line, read as one already.
    if !anywhere {
        out.retain(|s| s.key.start() > base || prose_at.contains(&s.key.start()));
    }
    out
}

/// After an attendance key, the length of ` zijn ` / ` waren ` / ` is ` / ` was ` (with the
/// white space around it) when a name follows: `Aanwezig zijn Anne en Bram`.
pub fn prose_verb(after: &str) -> Option<usize> {
    let rest = after.trim_start();
    let lead = after.len() - rest.len();
    if lead == 0 {
        return None;
    }
    let word = rest.split_whitespace().next()?;
    if !lexicon::ATTENDANCE_PROSE_VERBS.contains(word) {
        return None;
    }
    let tail = &rest[word.len()..];
    let names = tail.trim_start();
    if names.len() == tail.len() || !names.starts_with(|c: char| c.is_uppercase() || c == '(') {
        // `mevrouw X`, `de heren A en B`: lower-case honorifics lead the names too.
        let first = names.split_whitespace().next().unwrap_or("");
        if !lexicon::ATTENDANCE_PROSE_NAME_STARTS.contains(first) || names.len() == tail.len() {
            return None;
        }
    }
    Some(lead + word.len() + (tail.len() - names.len()))
}

/// Where a sentence that starts at `from` ends (before `limit`): at a full stop after a word
/// of three letters or more that is no abbreviation, outside parentheses.
pub fn sentence_end(t: &str, from: usize, limit: usize) -> usize {
    let mut depth = 0usize;
    for (i, c) in t[from..limit].char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            '.' if depth == 0 => {
                let at = from + i;
                let next = t[at + 1..].chars().next();
                if next.is_none_or(char::is_whitespace) && !ends_with_abbreviation(&t[..at + 1]) {
                    return at;
                }
            }
            _ => {}
        }
    }
    limit
}

/// Whether text ends in an initial or a title (`J.`, `Th.`, `dhr.`, `m.k.`), not a sentence.
fn ends_with_abbreviation(before: &str) -> bool {
    // `(Hazelbroek Software B.V.).`: a stop after a closing parenthesis ends the sentence.
    if before.trim_end_matches('.').ends_with(')') {
        return false;
    }
    let word = before
        .trim_end_matches('.')
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == ',')
        .next()
        .unwrap_or("");
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    letters <= 2 || word.contains('.') || crate::nl::lexicon::is_abbreviation(&word.to_lowercase())
}

/// Whether a label inside an attendance block is a role group, and the officer role it gives:
/// `Leden`, `Wethouders`, `Griffie`, `College van Bestuur`, `Namens het bevoegd gezag`,
/// `- het bestuur`.
pub fn is_role_group(head: &str) -> Option<Option<Role>> {
    let l = head
        .trim()
        .trim_start_matches(['-', '*', '•'])
        .trim()
        .to_lowercase();
    let l = l
        .strip_prefix("de ")
        .or_else(|| l.strip_prefix("het "))
        .unwrap_or(&l)
        .trim();
    let first = l.split_whitespace().next().unwrap_or("");
    let role = [
        (&lexicon::ROLE_GROUPS_CHAIR, Role::Chair),
        (&lexicon::ROLE_GROUPS_CLERK, Role::Clerk),
        (&lexicon::ROLE_GROUPS_SECRETARY, Role::Secretary),
        (&lexicon::ROLE_GROUPS_MINUTE_TAKER, Role::MinuteTaker),
    ]
    .into_iter()
    .find(|(list, _)| list.contains(l))
    .map(|(_, role)| role);
    if role.is_some() {
        return Some(role);
    }
    // `Secretaris-directeur`, `Directeur-bestuurder`, `Loco-burgemeester`: a compound takes
    // its role from its first part, and is a group when either part is one.
    if let Some((a, b)) = l.split_once('-').filter(|_| !l.contains(' ')) {
        return match is_role_group(a) {
            Some(role) => Some(role),
            None => is_role_group(b).map(|_| None),
        };
    }
    let group = lexicon::ROLE_GROUPS.contains(l)
        || lexicon::ROLE_GROUP_LEADING_WORDS.contains(first)
        || l.starts_with("ambtelijk");
    group.then_some(None)
}

/// A table's header cell over a column of names: `Naam`, `Organisatie`.
pub fn is_column_head(t: &str) -> bool {
    lexicon::COLUMN_HEADS.contains(&t.trim().trim_end_matches(':').to_lowercase())
}

/// `Volgende vergadering`: a block about the next meeting, whose `Datum:` and `Voorzitter:`
/// are not this meeting's.
pub fn is_next_meeting(lower: &str) -> bool {
    let l = lower.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ' ');
    lexicon::NEXT_MEETING_OPENINGS
        .entries()
        .any(|opening| l.starts_with(opening))
}

/// A heading that opens the action list or decision list at the end.
pub fn trailer_kind(lower: &str) -> Option<crate::model::TrailerKind> {
    use crate::model::TrailerKind;
    let l = lower.split(" (").next().unwrap_or(lower).trim();
    if lexicon::TRAILER_ACTIONS.contains(l) {
        Some(TrailerKind::Actions)
    } else if lexicon::TRAILER_DECISIONS.contains(l) {
        Some(TrailerKind::Decisions)
    } else {
        None
    }
}

/// Whether `line` goes on with a list value that so far ends with `prev`: after a separator,
/// inside parentheses, or a comma list wrapped at a name (`H.` / `Wijbenga, J.K. Hofman`).
/// A flattened header (`header`) goes on with any line of names.
pub fn continues_list(prev: &str, line: &str, header: bool) -> bool {
    let line = line.trim();
    if line.is_empty() || prev.is_empty() {
        return false;
    }
    // `Leden: A, B` after `Bestuur: C, D`: the next group starts, the list does not go on.
    if let Some((head, _)) = line.split_once(':') {
        if head.chars().count() <= 40
            && (is_role_group(head).is_some() || field_key_prefix(head.trim()).is_some())
        {
            return false;
        }
    }
    let starts_ok = line.starts_with(|c: char| c.is_uppercase() || c == '(')
        || line.starts_with("en ")
        || line
            .split_whitespace()
            .next()
            .is_some_and(crate::people::is_particle);
    if !starts_ok {
        return false;
    }
    // A sentence is no list: it ends in a full stop and has few commas.
    let words = line.split_whitespace().count();
    let commas = line.matches([',', ';']).count();
    if is_sentence(line) && !line.starts_with("en ") {
        return false;
    }
    let open_paren = prev.matches('(').count() > prev.matches(')').count();
    if prev.ends_with([',', ';']) || open_paren || line.starts_with("en ") {
        return true;
    }
    if prev.ends_with('.') && !ends_with_abbreviation(prev) {
        return false;
    }
    header
        || (prev.contains(',') && (commas > 0 || words <= 3))
        || (commas > 0 && prev.contains(','))
}

/// Whether a line reads as a sentence rather than a list of names: it ends in a full stop,
/// has few commas and several ordinary lower-case words (`De voorzitter opent de vergadering.`).
pub fn is_sentence(line: &str) -> bool {
    // Annotations (`(Logius Productiehuis)`) are no part of the sentence or the list.
    let mut depth = 0usize;
    let bare: String = line
        .chars()
        .filter(|&c| {
            match c {
                '(' => depth += 1,
                ')' => {
                    depth = depth.saturating_sub(1);
                    return false;
                }
                _ => {}
            }
            depth == 0
        })
        .collect();
    let line = bare.as_str();
    let words: Vec<&str> = line.split_whitespace().collect();
    let commas = line.matches([',', ';']).count();
    let lower = words
        .iter()
        .filter(|w| {
            w.starts_with(|c: char| c.is_lowercase())
                && !crate::people::is_particle(w)
                && w.chars().filter(|c| c.is_alphabetic()).count() > 2
        })
        .count();
    line.trim_end().ends_with('.') && words.len() > 4 && commas * 4 < words.len() && lower >= 3
}

/// Where a second name starts in `Name (Org) Name (Org)`: after a closing parenthesis that is
/// followed by a capitalised word.
fn missing_comma(piece: &str) -> Option<usize> {
    let close = piece.find(") ")?;
    let rest = &piece[close + 2..];
    (rest.starts_with(char::is_uppercase) && rest.contains('(')).then_some(close + 1)
}
