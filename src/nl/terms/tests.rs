//! Tests of the term-spelling engine: near misses found, real words left alone, and the
//! glossary and word lists in good order.

use fst::raw::Fst;

use super::data::GLOSSARY;
use super::distance::{prefix_distances, Distances};
use super::search::{Memo, Scratch};
use super::word_list::normalise;
use super::*;

/// The near misses in `text` as `found -> suggestion (term)`, for compact asserts.
fn report(g: &Glossary, text: &str) -> Vec<String> {
    g.misspellings(text)
        .into_iter()
        .map(|m| format!("{} -> {} ({})", m.found, m.suggestion, m.term))
        .collect()
}

#[test]
fn finds_near_misses_of_terms() {
    let g = Glossary::builtin();
    let cases = [
        ("Ondernijning", "Ondermijning (ondermijning)"),
        ("ondernijning", "ondermijning (ondermijning)"),
        ("jaaarrekening", "jaarrekening (jaarrekening)"),
        ("beroting", "begroting (begroting)"),
        ("Burgenet", "Burgernet (Burgernet)"),
        ("Pielbesluit", "Peilbesluit (peilbesluit)"),
        ("burgenet", "Burgernet (Burgernet)"),
        ("zienswijse", "zienswijze (zienswijze)"),
        ("bestemingsplan", "bestemmingsplan (bestemmingsplan)"),
        ("kascomissie", "kascommissie (kascommissie)"),
        ("Omgevinsvisie", "Omgevingsvisie (omgevingsvisie)"),
        ("BEROTING", "BEGROTING (begroting)"),
        (
            "meerjarenonderhoudplan",
            "meerjarenonderhoudsplan (meerjarenonderhoudsplan)",
        ),
        (
            "instemmingsverzoeck",
            "instemmingsverzoek (instemmingsverzoek)",
        ),
        ("medezeggenschaps-raad", "medezeggenschaps-raad"),
        (
            "informatievoorzeining",
            "informatievoorziening (informatievoorziening)",
        ),
        (
            "Waterbeheerprogamma",
            "Waterbeheerprogramma (waterbeheerprogramma)",
        ),
        (
            "studievoorschotmidelen",
            "studievoorschotmiddelen (studievoorschotmiddelen)",
        ),
        (
            "accountantsverklraing",
            "accountantsverklaring (accountantsverklaring)",
        ),
        ("regelement", "reglement (reglement)"),
        ("clientenraad", "cliëntenraad (cliëntenraad)"),
        ("financien", "financiën (financiën)"),
        // Inflected and compound forms keep their ending and other parts.
        ("bestemingsplannen", "bestemmingsplannen (bestemmingsplan)"),
        ("zienswijsen", "zienswijzen (zienswijze)"),
        ("ondernemigsraden", "ondernemingsraden (ondernemingsraad)"),
        ("raadsbreiven", "raadsbrieven (raadsbrief)"),
        ("financiele", "financiële (financieel)"),
        (
            "begrotinswijziging",
            "begrotingswijziging (begrotingswijziging)",
        ),
        ("conceptbegrotng", "conceptbegroting (begroting)"),
        ("kadernota’s", "kadernota’s"),
        ("kadernta's", "kadernota's (kadernota)"),
    ];
    for (text, want) in cases {
        let got = report(g, text);
        if want.contains('(') {
            assert_eq!(got, [format!("{text} -> {want}")], "{text}");
        } else {
            assert!(got.is_empty(), "{text}: {got:?}");
        }
    }
}

#[test]
fn leaves_real_words_alone() {
    let g = Glossary::builtin();
    let words = [
        // Real words one or two edits from a term.
        "begroeting",
        "vergroting",
        "begroetingen",
        "devaluatie",
        "evacuatie",
        "spaarrekening",
        "jaarafrekening",
        "zegswijze",
        "onderwijzing",
        "voorzitster",
        "verandering",
        "voorletter",
        "factie",
        "frictie",
        "politiek",
        "raadslieden",
        "secretarie",
        "wetenschap",
        "waterschade",
        // Inflections and compounds of terms, in the list or not.
        "begrotingen",
        "zienswijzen",
        "jaarrekeningen",
        "begrotingswijziging",
        "Burgernetdeelnemers",
        "Burgernet-deelnemers",
        "evaluaties",
        "evalueren",
        "huishoudelijke",
        "reorganisaties",
        "omgevingsvisies",
        "gemeenteraden",
        "ondernemingsraden",
        "kadernota's",
        "veiligheidsregio's",
        "strategieën",
        "begrotinkje",
        "conceptbegroting",
        "jeugdbegroting",
        "ondermijningsaanpak",
        "kascommissieleden",
        "burgemeesteres",
        "financiële",
        "adviezen",
        // Word-list words with endings the list lacks, and compounds of known words.
        "aanwezigere",
        "rapporteringen",
        "begroetingsritueel",
        "onderhoudsman",
        "veiligheidspas",
        "dijkverzwaringsproject",
        // Participles, English, accents, names.
        "afschrijvend",
        "vergaderende",
        "policies",
        "coalition",
        "organisation",
        "contribute",
        "enquete",
        "décharge",
        "archéologie",
        "Meuleman",
        "Miltenburg",
        "Schelberg",
        "Griffioen",
        // Mixed case: brands and abbreviations.
        "DigiD",
        "BeGroting",
        "McKinsey",
    ];
    for w in words {
        assert_eq!(report(g, w), Vec::<String>::new(), "{w}");
    }
}

#[test]
fn realistic_minutes_have_no_findings() {
    // Written for this test in the style of real Dutch minutes: every term
    // correct, with inflections, compounds, names, English and addresses.
    let text = "\
Verslag van de openbare vergadering van de raadscommissie Bestuur en Middelen, 14 maart 2023.
Aanwezig: mevrouw J. de Wit-Verhoeven (voorzitter), de heer P.A.M. van den Heuvel (VVD), mevrouw S. Öztürk
(GroenLinks), de heer R. ’t Hart (CDA), de heer B. Lutje Wagelaar; wethouder Kuipers; griffier mr. H. Brouwer.
1. Opening en vaststelling van de agenda. De voorzitter heet de aanwezigen welkom. Agendapunt 7 wordt als
hamerstuk naar de raad doorgeleid. De lijst met ingekomen stukken wordt voor kennisgeving aangenomen.
2. Wethouder Kuipers deelt mee dat de meicirculaire een positief effect heeft op het meerjarenperspectief; de
raadsinformatiebrief volgt. Toezegging 2022-14 (evaluatie subsidieregeling sport) wordt afgevoerd.
3. Raadsvoorstel jaarrekening 2022. De accountant licht de controleverklaring toe: een verklaring met beperking
voor de rechtmatigheid vanwege twee Europese aanbestedingen. De weerstandsratio bedraagt 1,6 en de algemene reserve
is na resultaatbestemming weer op peil. Mevrouw Öztürk mist een overzicht van de onderuitputting op de
investeringskredieten en vraagt de begrotingswijzigingen per programma te verantwoorden. Conclusie: bespreekstuk.
4. Voorjaarsnota 2024-2027. De fracties bespreken de taakstelling op de bedrijfsvoering, de jeugdzorg, de
afvalstoffenheffing, de rioolheffing en de kwijtschelding voor minima. Het CDA kondigt een amendement aan over het
leefbaarheidsbudget; GroenLinks overweegt een motie over de energietransitie. Zie www.gemeente-voorbeeld.nl of
mail griffie@gemeente-voorbeeld.nl.
5. Omgevingsvisie en bestemmingsplan Hoogveld. Alle zienswijzen zijn in de nota van beantwoording verwerkt; het
plan past binnen het woningbouwprogramma en wordt onder de Omgevingswet deel van het omgevingsplan.
BESLUITENLIJST Algemeen Bestuur Veiligheidsregio IJsselland. Het AB stelt de jaarrekening vast en verleent het
dagelijks bestuur décharge. De zienswijzen van de gemeenteraden op de ontwerpbegroting zijn verwerkt. Het regionaal
risicoprofiel noemt cybercriminaliteit en stroomuitval; het beleidsplan gaat over crisisbeheersing, de meldkamer
en de bevolkingszorg. Het aantal Burgernetdeelnemers is gestegen; Burgernet-acties leiden vaker tot aanhoudingen.
MR OBS De Regenboog: de personeelsgeleding stemt in met het formatieplan en het werkverdelingsplan; de
oudergeleding stemt in met de vrijwillige ouderbijdrage. De schoolgids en het jaarverslag worden vastgesteld.
VvE Parkzicht: 23 van de 40 appartementsrechten vertegenwoordigd, het quorum is gehaald. De kascommissie adviseert
het bestuur decharge te verlenen. Het meerjarenonderhoudsplan is geactualiseerd; om het reservefonds op peil te
houden stijgt de voorschotbijdrage met 8%. De wijziging van het huishoudelijk reglement wordt aangehouden.
OR: de bestuurder licht de adviesaanvraag over de reorganisatie toe; de OR stemt in met het instemmingsverzoek over
de thuiswerkregeling. Het ziekteverzuimpercentage daalt. Dorpsraad: de dorpsvisie en het leefbaarheidsbudget.
Waterschap: het AB stemt in met het waterbeheerprogramma en het peilbesluit; de dijkversterking en de waterkwaliteit
onder de Kaderrichtlijn Water; klimaatadaptatie; waterschapsbelasting en zuiveringsheffing.
Universiteitsraad: instellingsplan, kwaliteitsafspraken en studievoorschotmiddelen. The council discussed the
financial policies; the secretary will circulate the draft. Cliëntenraad: kwaliteitsrapport en ongevraagd advies.
";
    assert_eq!(report(Glossary::builtin(), text), Vec::<String>::new());
}

#[test]
fn reports_byte_ranges_and_writing_as_found() {
    let g = Glossary::builtin();
    let text =
        "Mevr. Raven ziet voor Ondernijning – en ook voor Burgenet-deelnemers – graag capaciteit.";
    let found = g.misspellings(text);
    assert_eq!(found.len(), 2);
    assert_eq!(&text[found[0].range.clone()], "Ondernijning");
    assert_eq!(found[0].found, "Ondernijning");
    assert_eq!(found[0].term, "ondermijning");
    assert_eq!(found[0].suggestion, "Ondermijning");
    assert_eq!(&text[found[1].range.clone()], "Burgenet");
    assert_eq!(found[1].term, "Burgernet");
    // The reference document: four times `ondernijning`, nothing else.
    let reference = "- Ondernijning: dit onderwerp behoeft geen nadere toelichting\n\
        Mevr. Raven ziet voor ondernijning graag voldoende capaciteit ingezet worden door de politie.\n\
        Dhr. Miltenburg: De integraliteit vraagt om een gesloten front. Een evaluatie is er niet geweest.";
    let terms: Vec<String> = g
        .misspellings(reference)
        .into_iter()
        .map(|m| m.term)
        .collect();
    assert_eq!(terms, ["ondermijning", "ondermijning"]);
}

#[test]
fn chunks_seen_before_give_the_same_findings() {
    // The second reading of each chunk comes from the thread's memos: a chunk with a near
    // miss must not be remembered as clean, nor an address as a word.
    let g = Glossary::builtin();
    let text = "De raad stelt de jaaarrekening vast, de jaaarrekening. Zie www.burgenet.nl, \
        burgenet@voorbeeld.nl en Burgenet-deelnemers.";
    let first = report(g, text);
    assert_eq!(first.len(), 3, "{first:?}");
    assert_eq!(report(g, text), first);
    assert_eq!(report(g, &format!("{text} {text}")).len(), 6);
}

#[test]
fn project_terms_count_as_words_and_as_terms() {
    let g = Glossary::with_extra(&["Mijnbuur".to_string(), "Veiligheidshuis Twente".to_string()]);
    assert!(g.terms().any(|t| t == "Mijnbuur"));
    assert_eq!(report(&g, "de pilot Mijnbuur"), Vec::<String>::new());
    assert_eq!(
        report(&g, "de pilot Mijnbuir"),
        ["Mijnbuir -> Mijnbuur (Mijnbuur)"]
    );
    assert_eq!(
        report(Glossary::builtin(), "de pilot Mijnbuir"),
        Vec::<String>::new()
    );
}

#[test]
fn never_panics_on_odd_input() {
    let g = Glossary::builtin();
    let odd = [
        "",
        " \t\r\n",
        "\u{feff}BESLUITENLIJST",
        "e\u{308}e\u{308}n \u{308}\u{308}\u{308} begrote\u{301}ting",
        "İSTANBUL ǅemal ß ẞ ﬁnanciën",
        "begro\u{ad}ting jaar\u{ad}\u{ad}rekening -begroting- 'beroting' ’s-Hertogenbosch",
        "🙂🙂 beroting🙂 مرحبا שלום 中文 begroting\u{200b}x",
        "a-b-c-d-e-f-g-h-i-j-k-l-m-n-o-p-q-r-s-t-u-v-w-x-y-z-ondernijning",
        "www.beroting.nl mail@beroting.nl https://x/beroting beroting.pdf",
    ];
    for text in odd {
        for m in g.misspellings(text) {
            assert_eq!(&text[m.range.clone()], m.found);
        }
    }
    let long = "ondernijning".repeat(1000);
    assert!(g.misspellings(&long).is_empty());
    // Every byte position of a mixed text as a start, so ranges always fall on char boundaries.
    let mixed = "Ondernijning, ’t Hart en Öztürk: beroting ﬁnanciën‐begrotng.";
    for (i, _) in mixed.char_indices() {
        for m in g.misspellings(&mixed[i..]) {
            assert_eq!(&mixed[i..][m.range.clone()], m.found);
        }
    }
}

#[test]
fn glossary_is_tidy_and_spelled_right() {
    let lines: Vec<&str> = GLOSSARY.lines().collect();
    let mut sorted = lines.clone();
    sorted.sort_unstable();
    sorted.dedup();
    assert_eq!(
        lines, sorted,
        "glossary.txt is sorted (byte order) and without repeats"
    );
    assert!(lines.len() >= 400, "glossary has {} terms", lines.len());
    // Correctly spelled: in the word list, or a compound of up to three
    // words in it (`meer`+`jaren`+`onderhoudsplan`, `mei`+`circulaire`).
    let g = Glossary::builtin();
    fn splits(g: &Glossary, w: &str, more: usize) -> bool {
        let tail = |r: &str| g.is_word(r) || (more > 1 && splits(g, r, more - 1));
        w.char_indices().skip(3).any(|(i, _)| {
            let (head, rest) = w.split_at(i);
            g.is_word(head)
                && (tail(rest) || LINKS.iter().any(|l| rest.strip_prefix(l).is_some_and(tail)))
        })
    }
    for term in lines {
        assert_eq!(term.trim(), term);
        assert!(
            term.chars().count() >= MIN_TERM_CHARS,
            "{term} is too short to match safely"
        );
        let lower = normalise(term);
        assert!(
            g.is_word(&lower) || splits(g, &lower, 2),
            "{term} is neither in the word list nor a compound of words in it"
        );
        if term != lower {
            // Only proper nouns keep capitals, and the word list knows most of them.
            assert!(term.starts_with(char::is_uppercase), "{term}");
        }
    }
}

#[test]
fn known_words_are_tidy() {
    let g = Glossary::builtin();
    for &line in &super::data::lists().known {
        assert_eq!(
            line,
            normalise(line).as_str(),
            "known words: {line} is lower case"
        );
        assert!(
            !g.is_word(line),
            "known words: {line} is in the word list already"
        );
    }
}

#[test]
fn word_list_is_readable() {
    let g = Glossary::builtin();
    assert!(g.words.is_some());
    for w in [
        "begroting",
        "begroeting",
        "zienswijzen",
        "burgernet",
        "risico-inventarisatie",
        "agenda's",
    ] {
        assert!(g.is_word(w), "{w}");
    }
    assert!(!g.is_word("ondernijning"));
}

#[test]
fn distances_match_strsim() {
    let pairs = [
        ("begroting", "beroting"),
        ("begroting", "begortign"),
        ("jaarrekening", "jaaarrekening"),
        ("cliëntenraad", "clientenraad"),
        ("zienswijze", "zeinswijze"),
        ("ondermijning", "ondernijnig"),
    ];
    let mut d = Distances::default();
    for (t, w) in pairs {
        for k in 1..=3 {
            assert_prefix_distances_match_strsim(t, w, k, &mut d);
        }
    }
}

/// `prefix_distances` of `t` against `w` gives, for every prefix of `w` within reach, strsim's
/// OSA distance (or `k + 1` above `k`), and says whether any is within `k`.
fn assert_prefix_distances_match_strsim(t: &str, w: &str, k: usize, d: &mut Distances) {
    let (tc, wc): (Vec<char>, Vec<char>) = (t.chars().collect(), w.chars().collect());
    if tc.is_empty() {
        return;
    }
    let any = prefix_distances(&tc, &wc, k, d);
    let mut want_any = false;
    for (j, &got) in d.out.iter().enumerate() {
        let ws: String = wc[..j].iter().collect();
        let want = if j + k < tc.len() {
            k + 1
        } else {
            strsim::osa_distance(t, &ws).min(k + 1)
        };
        want_any |= want <= k;
        assert_eq!(got, want, "{t:?} against {ws:?} k={k}");
    }
    assert_eq!(any, want_any, "{t:?} {w:?} k={k}");
}

proptest::proptest! {
    #[test]
    fn prefix_distances_match_strsim_on_any_words(
        t in "[abcdeë]{1,12}",
        w in "[abcdeë]{0,16}",
        k in 1usize..=3,
    ) {
        // The rows are reused from call to call, as the search does: a second word after the
        // first must not see its leftovers.
        let mut d = Distances::default();
        assert_prefix_distances_match_strsim(&t, &w, k, &mut d);
        assert_prefix_distances_match_strsim(&w.chars().rev().collect::<String>(), &t, k, &mut d);
    }
}

/// Levenshtein distance over bytes, as an automaton to search the word list.
///
/// The state keeps only the band of the distance matrix that can stay
/// within `k` (five cells at most), so the unoptimised test runs quickly.
struct Near<'a> {
    term: &'a [u8],
    k: usize,
}

/// Depth in the input, and the distances of the term prefixes `depth - k ..= depth + k`.
type Band = (usize, [u8; 5]);

impl Near<'_> {
    const FAR: u8 = u8::MAX;

    fn start(&self) -> Option<Band> {
        let mut cells = [Self::FAR; 5];
        for (d, c) in cells.iter_mut().enumerate().take(2 * self.k + 1) {
            let i = d as isize - self.k as isize;
            *c = if (0..=self.term.len() as isize).contains(&i) {
                i as u8
            } else {
                Self::FAR
            };
        }
        Some((0, cells))
    }
    fn is_match(&self, state: &Option<Band>) -> bool {
        state.is_some_and(|(j, cells)| {
            let d = self.term.len() as isize - j as isize + self.k as isize;
            (0..=2 * self.k as isize).contains(&d) && usize::from(cells[d as usize]) <= self.k
        })
    }
    fn accept(&self, state: &Option<Band>, byte: u8) -> Option<Band> {
        let (j, cells) = (*state)?;
        let (k, n) = (self.k, self.term.len());
        let mut next = [Self::FAR; 5];
        let mut alive = false;
        for d in 0..=2 * k {
            // The term prefix this cell measures: i = j + 1 - k + d.
            let Some(i) = (j + 1 + d).checked_sub(k).filter(|&i| i <= n) else {
                continue;
            };
            let v = if i == 0 {
                (j + 1).min(255) as u8
            } else {
                let diag = cells[d].saturating_add(u8::from(self.term[i - 1] != byte));
                let up = if d < 2 * k {
                    cells[d + 1].saturating_add(1)
                } else {
                    Self::FAR
                };
                let left = if d > 0 {
                    next[d - 1].saturating_add(1)
                } else {
                    Self::FAR
                };
                diag.min(up).min(left)
            };
            next[d] = v;
            alive |= usize::from(v) <= k;
        }
        alive.then_some((j + 1, next))
    }

    /// The words of `list` within `k` of the term, by a depth-first walk that
    /// leaves a branch as soon as no word in it can come within `k`.
    fn words_in(&self, list: &Fst<&[u8]>) -> Vec<String> {
        let mut out = Vec::new();
        self.walk(list, list.root(), self.start(), &mut Vec::new(), &mut out);
        out
    }

    fn walk(
        &self,
        list: &Fst<&[u8]>,
        node: fst::raw::Node<'_>,
        band: Option<Band>,
        key: &mut Vec<u8>,
        out: &mut Vec<String>,
    ) {
        if node.is_final() && self.is_match(&band) {
            out.extend(String::from_utf8(key.clone()).ok());
        }
        // Only words that start like the term can be reported (see
        // `plausible_start`): the first or the second byte must be one of
        // the term's first two. Skipping the rest keeps the walk small.
        let (t0, t1) = (self.term[0], self.term[1]);
        for t in node.transitions() {
            let starts_like = |b: u8| b == t0 || b == t1;
            if key.len() == 1 && !starts_like(key[0]) && !starts_like(t.inp) {
                continue;
            }
            let next = self.accept(&band, t.inp);
            if next.is_some() {
                key.push(t.inp);
                self.walk(list, list.node(t.addr), next, key, out);
                key.pop();
            }
        }
    }
}

#[test]
fn words_near_terms_are_not_reported() {
    // For every term, the word list's words within the term's distance (and
    // its transpositions): none may be reported. Asked again as if the list
    // lacked each of them, few may: a term whose neighbours would mostly be
    // reported is one edit from too many real words to keep.
    let g = Glossary::builtin();
    let list = g.words.expect("word list");
    let (mut neighbours, mut fragile) = (0, Vec::new());
    for term in g.terms() {
        let lower = normalise(term);
        let t: Vec<char> = lower.chars().collect();
        let k = match t.len() {
            n if n < LONG_TERM_CHARS => 1,
            _ => 2,
        };
        let mut near = Near {
            term: lower.as_bytes(),
            k,
        }
        .words_in(list);
        for i in 1..t.len() {
            let mut swapped = t.clone();
            swapped.swap(i - 1, i);
            let swapped: String = swapped.into_iter().collect();
            if g.is_word(&swapped) {
                near.push(swapped);
            }
        }
        for w in near {
            let d = strsim::osa_distance(&w, &lower);
            if d == 0 || d > k {
                continue;
            }
            neighbours += 1;
            assert_eq!(report(g, &w), Vec::<String>::new(), "{w} (near {term})");
            if g.check_part(&w, &mut Scratch::new(&mut Memo::with_limit(1)), false)
                .is_some()
            {
                fragile.push(format!("{w} (near {term})"));
            }
        }
    }
    assert!(
        neighbours > 500,
        "only {neighbours} neighbours: is the search broken?"
    );
    assert!(
        fragile.len() * 30 < neighbours,
        "{} of {neighbours}: {fragile:?}",
        fragile.len()
    );
}

#[test]
fn addresses_are_told_from_words() {
    use super::text::looks_like_address;
    for yes in [
        "info@gemeente.nl",
        "https://www.example.org",
        "ftp://x",
        "WWW.Rijksoverheid.nl",
        "veiligheidsregio-twente.nl",
        "(zie bijlage op intranet.lokaal)",
    ] {
        assert!(looks_like_address(yes), "{yes}");
    }
    for no in [
        "besluit", "Besluit:", "12.30", "G.J.", "i.v.m.", "ziek.Dhr", "ab.c", "a.bc", "nota:",
        "www", "ww.", "",
    ] {
        assert!(!looks_like_address(no), "{no}");
    }
}

/// The straightforward reading of [`super::text::words`], char by char.
fn words_by_chars(chunk: &str) -> Vec<std::ops::Range<usize>> {
    use unicode_normalization::char::is_combining_mark;
    let is_letter = |c: char| c.is_alphanumeric() || is_combining_mark(c);
    let is_joiner = |c: char| matches!(c, '\'' | '\u{2019}' | '-' | '\u{2010}' | '\u{AD}');
    let mut out = Vec::new();
    let mut chars = chunk.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if !is_letter(c) {
            continue;
        }
        let mut end = chunk.len();
        while let Some(&(i, c)) = chars.peek() {
            if is_letter(c) || (is_joiner(c) && chunk[i + c.len_utf8()..].starts_with(is_letter)) {
                chars.next();
            } else {
                end = i;
                break;
            }
        }
        out.push(start..end);
    }
    out
}

proptest::proptest! {
    #[test]
    fn words_agree_with_the_char_by_char_reading(
        s in "([a-zA-Z0-9.,:'’\\-‐\u{ad}éëÖ\u{301}ß🦀]|\\PC){0,40}"
    ) {
        let fast: Vec<_> = super::text::words(&s).collect();
        proptest::prop_assert_eq!(fast, words_by_chars(&s));
    }
}
