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
    }
}
