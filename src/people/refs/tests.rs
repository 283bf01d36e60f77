//! Tests of finding references and speakers.

use super::*;

fn speakers(text: &str) -> Vec<(String, bool)> {
    references(text, 0)
        .into_iter()
        .map(|r| (text[r.span.range()].to_string(), r.speaks))
        .collect()
}

fn said(text: &str) -> Vec<(String, bool)> {
    references(text, 0)
        .into_iter()
        .map(|r| (text[r.span.range()].to_string(), r.said))
        .collect()
}

#[test]
fn joining_is_not_agreeing() {
    assert_eq!(
        said("Dhr. Welten sluit zich hierbij aan."),
        vec![("Welten".into(), true)]
    );
    assert_eq!(
        said("Dhr. Welten sluit zich aan bij de vorige spreker."),
        vec![("Welten".into(), true)]
    );
    assert_eq!(
        said("Dhr. Welten sluit zich mogelijk weer aan einde van het jaar."),
        vec![("Welten".into(), false)]
    );
}

#[test]
fn tells_speakers_from_mentions() {
    assert_eq!(
        speakers("Dhr. Welten geeft een korte inleiding."),
        vec![("Welten".into(), true)]
    );
    assert_eq!(
        speakers("Volgens dhr. Welten zit dit erin."),
        vec![("Welten".into(), true)]
    );
    assert_eq!(
        speakers("Dhr. Beens wordt welkom geheten als vervanger van dhr. Hofland."),
        vec![("Beens".into(), false), ("Hofland".into(), false)]
    );
    assert_eq!(
            speakers("De politie zal blijven meedoen en volledige ondersteuning bieden zegt dhr. Ouald Chaib. Het is een kans."),
            vec![("Ouald Chaib".into(), true)]
        );
    assert_eq!(
            speakers("Dhr. Miltenburg deelt mede dat mevrouw Karlijn Baalman m.i.v. 20 augustus de nieuwe districtchef is."),
            vec![("Miltenburg".into(), true), ("Karlijn Baalman".into(), false)]
        );
    assert_eq!(
        speakers("Mevrouw Polat en de heer Hettema delen deze zorg."),
        vec![("Polat".into(), true), ("Hettema".into(), true)]
    );
    assert_eq!(
        speakers("Dhr. Boom dankt dhr. Haitsma voor de heldere toelichting."),
        vec![("Boom".into(), true), ("Haitsma".into(), false)]
    );
    assert_eq!(
        speakers("De doelen zijn te algemeen, aldus dhr. Baas."),
        vec![("Baas".into(), true)]
    );
    assert_eq!(
        speakers(
            "Naar aanleiding van het verslag vraagt mevrouw Karatas of de planning haalbaar is."
        ),
        vec![("Karatas".into(), true)]
    );
    assert_eq!(
        speakers("Dhr. Lutje Wagelaar is nog steeds herstellende."),
        vec![("Lutje Wagelaar".into(), false)]
    );
    assert_eq!(
        speakers("Mevr. Kroon is het eens met de gedachte."),
        vec![("Kroon".into(), true)]
    );
    assert_eq!(
        speakers("Dhr. J.P. Jongsma wijst erop dat het kan."),
        vec![("J.P. Jongsma".into(), true)]
    );
    assert_eq!(
        speakers("Mw. Te Winkel van de sponsorcommissie licht het toe."),
        vec![("Te Winkel".into(), true)]
    );
    assert_eq!(
        speakers("Berends maakt melding van een incident."),
        vec![("Berends".into(), true)]
    );
    assert_eq!(
        speakers("De Jong benadrukt het belang."),
        vec![("De Jong".into(), true)]
    );
    assert_eq!(
        speakers("Dhr. X kan niet aanwezig zijn."),
        vec![("X".into(), false)]
    );
    assert_eq!(
        speakers("Mevrouw Van Dijk wil weten wanneer de lift wordt vervangen."),
        vec![("Van Dijk".into(), true)]
    );
}

#[test]
fn first_name_then_particles() {
    let r = references("Mevr. Hanneke van der Veen maakt zich zorgen.", 0);
    assert_eq!(r[0].all_words, "hanneke veen");
}

#[test]
fn every_honorific_of_the_lexicon_introduces_a_name() {
    // `Ds.` and `Statenlid` were missing from the speaker list while the grammar and
    // privacy knew them; one list now serves all.
    for text in [
        "Dhr. Jansen zegt dat het goed gaat.",
        "Ds. Jansen zegt dat het goed gaat.",
        "Statenlid Jansen zegt dat het goed gaat.",
    ] {
        let r = references(text, 0);
        assert_eq!(r.len(), 1, "{text}");
        assert!(r[0].honorific && r[0].speaks, "{text}");
        assert_eq!(&text[r[0].span.range()], "Jansen", "{text}");
    }
}

#[test]
fn a_remembered_name_reads_as_a_fresh_one() {
    for written in [
        "Hanneke van der Veen",
        "J.P. Jongsma",
        "Van Heek",
        "Hanneke van der Veen",
    ] {
        let fresh = (PersonName::parse(written), all_words_of(written));
        assert_eq!(read_name(written), fresh, "{written}");
        assert_eq!(read_name(written), fresh, "{written}, from the memo");
    }
}
