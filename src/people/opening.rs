//! The chair named in the opening sentence: `De voorzitter, Anne Kok, opent de vergadering`,
//! `Anne opent de ALV om 20.05 uur`, `Avondvoorzitter Bram Ros heet iedereen welkom`,
//! `De vergadering wordt geopend door Anne Kok`. Many minutes name the chair nowhere else.

use super::{is_particle, PersonName};
use crate::model::Span;
use crate::nl::lexicon;
use crate::nl::tokens::{pieces, Piece};

/// The chair the opening sentences name, with the span of the name.
pub fn opening_chair(text: &str, base: usize) -> Option<(Span, PersonName)> {
    opening_chair_in(text, &pieces(text), base)
}

/// [`opening_chair`] of text already cut into pieces: `toks` are the pieces of one paragraph,
/// with offsets into `text`, which starts at `base` in the document.
pub fn opening_chair_in(text: &str, toks: &[Piece<'_>], base: usize) -> Option<(Span, PersonName)> {
    for (i, t) in toks.iter().enumerate() {
        let l = t.lower();
        let opens = lexicon::OPENING_VERBS.contains(&l)
            || (matches!(l.as_ref(), "heet" | "heette")
                && toks[i + 1..].iter().take(12).any(|t| t.lower() == "welkom"));
        if opens {
            if let Some(found) = name_before(text, toks, i, base) {
                return Some(found);
            }
        }
        // `De vergadering wordt geopend door (de voorzitter,) Anne Kok`.
        if l == "geopend" && toks.get(i + 1).is_some_and(|t| t.lower() == "door") {
            let mut j = i + 2;
            while toks
                .get(j)
                .is_some_and(|t| matches!(t.lower().as_ref(), "de" | "voorzitter" | ","))
            {
                j += 1;
            }
            if let Some(found) = name_from(text, toks, j, base) {
                return Some(found);
            }
        }
    }
    None
}

/// The name that is the subject of the verb at `verb`: right before it (after `voorzitter`
/// and a comma), or opening the sentence.
fn name_before(
    text: &str,
    toks: &[Piece<'_>],
    verb: usize,
    base: usize,
) -> Option<(Span, PersonName)> {
    let mut end = verb;
    if end > 0 && toks[end - 1].text == "," {
        end -= 1;
    }
    let mut start = end;
    while start > 0 {
        let t = &toks[start - 1];
        let name_word = t.word
            && (t.is_capitalised() || is_particle(t.text))
            && !t.lower().ends_with("voorzitter");
        let initial_dot = t.text == "." && start >= 2 && toks[start - 2].text.chars().count() <= 2;
        if name_word || initial_dot {
            start -= 1;
        } else {
            break;
        }
    }
    if start == end {
        return None;
    }
    // What stands before the name: the start of the sentence, `voorzitter` (`De voorzitter,
    // Anne Kok,`, `Avondvoorzitter Bram Ros`), nothing else.
    let before_ok = if start == 0 {
        true
    } else {
        let mut k = start;
        if toks[k - 1].text == "," {
            k -= 1;
        }
        k > 0 && toks[k - 1].lower().ends_with("voorzitter")
            || matches!(toks[start - 1].text, "." | "!" | "?" | ":")
    };
    if !before_ok {
        return None;
    }
    // Skip a sentence-opening `De` that is no particle of the name (`De voorzitter …` is handled
    // above; `De Jong opent` keeps it).
    let first = &toks[start];
    if lexicon::is_sentence_word(&first.lower()) && end - start == 1 {
        return None;
    }
    if end - start > 5
        || !toks[start..end]
            .iter()
            .any(|t| t.word && t.is_capitalised() && !is_particle(t.text))
    {
        return None;
    }
    let s = toks[start].start;
    let e = toks[end - 1].end();
    let name = PersonName::parse(&text[s..e]);
    if name.key.is_empty() {
        return None;
    }
    Some((Span::new(base + s, base + e), name))
}

/// A name that starts at token `j`.
fn name_from(text: &str, toks: &[Piece<'_>], j: usize, base: usize) -> Option<(Span, PersonName)> {
    let mut k = j;
    while toks.get(k).is_some_and(|t| {
        (t.word && (t.is_capitalised() || is_particle(t.text))) || (t.text == "." && k > j)
    }) {
        k += 1;
    }
    while k > j && toks[k - 1].text == "." {
        k -= 1;
    }
    if k == j || k - j > 5 {
        return None;
    }
    let s = toks[j].start;
    let e = toks[k - 1].end();
    let name = PersonName::parse(&text[s..e]);
    (!name.key.is_empty()).then(|| (Span::new(base + s, base + e), name))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The chair named in `t`, read alone and read as a paragraph of a larger block: the two
    /// readings must agree.
    fn chair(t: &str) -> Option<String> {
        let alone = opening_chair(t, 0).map(|(s, _)| t[s.range()].to_string());
        let before = "Tekst ervoor, Marion-\n";
        let doc = format!("{before}{t}\nDaarna: Karel.");
        let block = crate::nl::tokens::BlockTokens::new(Span::new(0, doc.len()), &doc);
        let para = Span::new(before.len(), before.len() + t.len());
        let (b, toks) =
            crate::nl::tokens::block_pieces(std::slice::from_ref(&block), para).expect("covered");
        let in_block = opening_chair_in(b.text, toks, 0).map(|(s, _)| doc[s.range()].to_string());
        assert_eq!(alone, in_block, "{t}");
        alone
    }

    #[test]
    fn finds_the_chair_in_the_opening_sentence() {
        assert_eq!(
            chair("De voorzitter, Anne Kok, opent de vergadering om 20.00 uur."),
            Some("Anne Kok".into())
        );
        assert_eq!(
            chair("Anne opent de ALV om 20.05 uur."),
            Some("Anne".into())
        );
        assert_eq!(
            chair("Avondvoorzitter Bram Ros heet iedereen welkom."),
            Some("Bram Ros".into())
        );
        assert_eq!(
            chair("De vergadering wordt geopend door de voorzitter, A. van Dijk."),
            Some("A. van Dijk".into())
        );
        assert_eq!(chair("De voorzitter opent de vergadering."), None);
        assert_eq!(
            chair("Om 20.00 uur opent de voorzitter de vergadering."),
            None
        );
    }
}
