//! Tests of the tokenizer and sentence splitter.

use super::*;

const SAMPLES: &[&str] = &[
    "",
    "Dhr. Kok is afwezig i.v.m. ziekte. Mevr. Raven opent de vergadering.",
    "- Anne geeft aan dat G.J. Kok en Th. de Vries aanwezig zijn; IJ. Smit niet!",
    "Peters-van Dam vraagt: komt de notulist? Ja.",
    "De kadernota's, nr. 5 en art. 3, worden vastgesteld.Dhr. Kok is ziek.",
    "Mevrouw Öztürk-Çelik is ernstig\u{a0}ziek.\u{200B}Zij is zwanger van haar tweede kind",
    "ok.Ja ziek.Dhr a.b.c.d zwangerschaps- en bevallingsverlof (VVD) 🦀 'x' zo'n",
];

#[test]
fn pieces_are_words_and_punctuation() {
    let got: Vec<(&str, bool)> = pieces("Peters-van Dam, collega's - zo.")
        .iter()
        .map(|p| (p.text, p.word))
        .collect();
    assert_eq!(
        got,
        vec![
            ("Peters-van", true),
            ("Dam", true),
            (",", false),
            ("collega's", true),
            ("-", false),
            ("zo", true),
            (".", false)
        ]
    );
}

#[test]
fn sentences_end_after_full_stops_but_not_after_abbreviations() {
    let s = "Dhr. Kok en G. Jansen zijn er. Nr. 5 volgt; daarna de rest";
    let got: Vec<&str> = sentence_ranges(s).into_iter().map(|r| &s[r]).collect();
    assert_eq!(
        got,
        vec![
            "Dhr. Kok en G. Jansen zijn er. ",
            "Nr. 5 volgt; ",
            "daarna de rest"
        ]
    );
}

#[test]
fn words_join_abbreviations_and_soft_gaps() {
    let toks = words("Dhr.\u{a0}Kok is afwezig i.v.m. ziekte, burn‐out (VVD)");
    let got: Vec<(&str, &str, bool, bool)> = toks
        .iter()
        .map(|t| (t.text, t.w(), t.soft, t.paren))
        .collect();
    assert_eq!(
        got,
        vec![
            ("Dhr", "dhr", false, false),
            ("Kok", "kok", true, false),
            ("is", "is", true, false),
            ("afwezig", "afwezig", true, false),
            ("i.v.m", "i.v.m", true, false),
            ("ziekte", "ziekte", true, false),
            ("burn‐out", "burn-out", false, false),
            ("VVD", "vvd", false, true),
        ]
    );
    // A missing space after a sentence does not join: `ziek.Dhr`.
    let got: Vec<&str> = words("ziek.Dhr").iter().map(|t| t.text).collect();
    assert_eq!(got, vec!["ziek", "Dhr"]);
}

#[test]
fn a_block_is_its_sentences_each_tokenized_on_its_own() {
    for s in SAMPLES {
        let block = BlockTokens::new(Span::new(10, 10 + s.len()), s);
        assert_eq!(
            block
                .sentences
                .iter()
                .map(|x| x.range.clone())
                .collect::<Vec<_>>(),
            sentence_ranges(s)
        );
        for sentence in &block.sentences {
            let alone = words(&s[sentence.range.clone()]);
            let here = block.words_of(sentence);
            assert_eq!(alone.len(), here.len(), "{s}");
            for (a, h) in alone.iter().zip(&here) {
                assert_eq!(a.range.start + sentence.range.start, h.range.start);
                assert_eq!(
                    (&a.norm, a.soft, a.paren, a.cap),
                    (&h.norm, h.soft, h.paren, h.cap)
                );
            }
            let span = block.sentence_span(sentence);
            assert_eq!(span.start(), 10 + sentence.range.start);
        }
        assert_sentence_pieces_as_alone(&block);
    }
}

/// A sentence's share of the block's pieces is what cutting the sentence alone gives, offset
/// by where it starts: the checks that read a sentence's pieces may take them from the block.
fn assert_sentence_pieces_as_alone(block: &BlockTokens<'_>) {
    for (k, sentence) in block.sentences.iter().enumerate() {
        let alone: Vec<(usize, &str, bool)> = pieces(&block.text[sentence.range.clone()])
            .iter()
            .map(|p| (p.start + sentence.range.start, p.text, p.word))
            .collect();
        let shared: Vec<(usize, &str, bool)> = block
            .pieces_of(k)
            .iter()
            .map(|p| (p.start, p.text, p.word))
            .collect();
        assert_eq!(alone, shared, "{:?}", block.text);
    }
}

/// The straightforward reading of [`pieces`], char by char: the fast one must agree with it.
fn pieces_by_chars(text: &str) -> Vec<Piece<'_>> {
    let word_char = |c: char| c.is_alphanumeric() || c == '\'' || c == '’';
    let mut out = Vec::new();
    let mut it = text.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if c.is_whitespace() {
            continue;
        }
        if word_char(c) {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = it.peek() {
                if word_char(d) {
                    end = j + d.len_utf8();
                    it.next();
                } else if d == '-'
                    && text[j + 1..]
                        .chars()
                        .next()
                        .is_some_and(char::is_alphabetic)
                {
                    end = j + 1;
                    it.next();
                } else {
                    break;
                }
            }
            out.push(Piece {
                text: &text[i..end],
                start: i,
                word: true,
                // The lists' own answer: the tokenizer's table must give the same.
                class: crate::nl::class::answer(&text[i..end]),
            });
        } else {
            out.push(Piece {
                text: &text[i..i + c.len_utf8()],
                start: i,
                word: false,
                class: crate::nl::class::WordClass::NONE,
            });
        }
    }
    out
}

#[test]
fn pieces_agree_with_the_char_by_char_reading_on_the_samples() {
    for s in SAMPLES {
        assert_eq!(pieces(s), pieces_by_chars(s), "{s}");
    }
}

proptest::proptest! {
    #[test]
    fn pieces_agree_with_the_char_by_char_reading(
        s in "([a-zA-Z0-9 .,'’\\-–\t\n\u{a0}\u{200b}éÖ߀🦀]|\\PC){0,60}"
    ) {
        proptest::prop_assert_eq!(pieces(&s), pieces_by_chars(&s));
    }

    #[test]
    fn a_sentence_has_the_pieces_it_has_alone(
        s in r"([a-zA-Z .,:;?!'\-\n]|dhr\.|G\.|\. [A-Z]){0,80}"
    ) {
        assert_sentence_pieces_as_alone(&BlockTokens::new(Span::new(0, s.len()), &s));
    }
}
