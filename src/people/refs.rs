//! References to people in running text, and whether each records a speaker.
//!
//! `Dhr. Welten geeft aan` and `Volgens dhr. Welten` make Welten a speaker;
//! `vervanger van dhr. Hofland` and `De voorzitter dankt dhr. Haitsma` only mention a person.

use super::{fold, initials_of, is_particle, PersonName};
use crate::model::name::is_dotted_initial;
use crate::model::Span;
use crate::nl::class::WordClass;
use crate::nl::lexicon::{
    self, is_abbreviation, is_action_verb, is_finite_verb, is_modal, is_role, is_speech_verb,
    is_subject_word,
};
use crate::nl::memo::Memo;
use crate::nl::tokens::{pieces, sentence_starts, Piece};
use compact_str::CompactString;

/// One reference to a person in a paragraph.
#[derive(Debug, Clone)]
pub struct PersonRef {
    /// The name as written, honorific excluded (`Van Heek`, `J.P. Jongsma`).
    pub span: Span,
    /// The span including the honorific (`Mevr. Van Heek`).
    pub full_span: Span,
    /// Whether an honorific or title introduces it.
    pub honorific: bool,
    /// The parsed name.
    pub name: PersonName,
    /// All name words folded, particles dropped: `samira zwiers`.
    pub all_words: CompactString,
    /// Whether the text records this person saying or doing something.
    pub speaks: bool,
    /// A speaker label at the start of a line (`Anne: …`, `**Anne:** …`).
    pub label: bool,
    /// Recorded as saying something in the meeting itself: a present-tense verb of saying
    /// (`geeft aan`, `vraagt`), `volgens X`, or a label; not `X zal de cursus verzorgen`.
    pub said: bool,
}

/// Every name written in one sentence, wherever it stands, with spans offset by `base`: `toks`
/// are the sentence's pieces with offsets into `text` (`Frank is afwezig wegens ziekte`,
/// `… meldt dat Thijs van Hout ernstig ziek is`). Unlike [`references`], which keeps bare
/// names only where a speaker stands.
pub fn mentions_in(text: &str, toks: &[Piece<'_>], base: usize) -> Vec<PersonRef> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if toks[i].word && toks[i].is_capitalised() {
            if let Some((end, r)) = name_at(text, toks, i, base, false) {
                out.push(PersonRef {
                    full_span: r.span,
                    ..r
                });
                i = end.max(i + 1);
                continue;
            }
        }
        i += 1;
    }
    out
}

/// Finds the person references in `text` (one paragraph), with spans offset by `base`.
pub fn references(text: &str, base: usize) -> Vec<PersonRef> {
    let toks = pieces(text);
    let starts = sentence_starts(&toks);
    references_in(text, &toks, &starts, base)
}

/// [`references`] of a block already cut into pieces, with the pieces that start sentences.
pub fn references_in(
    text: &str,
    toks: &[Piece<'_>],
    starts: &[usize],
    base: usize,
) -> Vec<PersonRef> {
    // A lookup table, so that asking "does a sentence start here" costs nothing on long text.
    let mut is_start = vec![false; toks.len()];
    for &s in starts {
        is_start[s] = true;
    }
    let mut refs: Vec<(usize, usize, PersonRef)> = Vec::new(); // (first token, token after name, ref)
    let mut i = 0;
    while i < toks.len() {
        if let Some(after_hon) = honorific_at(toks, i) {
            // Several titles may stack: `de heer mr. J. Jansen`.
            let mut j = after_hon;
            while let Some(k) = honorific_at(toks, j) {
                j = k;
            }
            if let Some((end, r)) = name_at(text, toks, j, base, true) {
                let full = Span::new(base + toks[i].start, r.span.end());
                refs.push((
                    i,
                    end,
                    PersonRef {
                        full_span: full,
                        ..r
                    },
                ));
                i = end;
                continue;
            }
        } else if toks[i].word && toks[i].is_capitalised() {
            // A bare name (`Berends maakt melding`, `Marion geeft aan`, `volgens Anne`,
            // `…, zegt Hendrik`, `Rachel en Glenn delen`): kept only where a speaker stands;
            // whether it names an attendee is decided later.
            let chained = i >= 1
                && matches!(toks[i - 1].text, "en" | ",")
                && refs.last().is_some_and(|(_, end, _)| *end + 1 == i);
            let slot = is_start[i]
                || introduced(toks, i)
                || chained
                || (i >= 2 && toks[i - 2].text == "," && is_verb(toks, i - 1));
            if slot {
                // Most candidates here are dropped (`Daarna`, `Het`): decide before the name
                // is parsed.
                if let Some(end) = name_end(text, toks, i, false) {
                    let next_is_name = toks.get(end).is_some_and(|t| matches!(t.text, "en" | ","))
                        && toks
                            .get(end + 1)
                            .is_some_and(|t| t.word && t.is_capitalised());
                    let keep = !is_start[i] && !chained
                        || verb_follows(toks, end)
                        || (is_start[i] && next_is_name);
                    if keep {
                        let r = person_ref(text, toks, i, end, base, false);
                        let full = r.span;
                        refs.push((
                            i,
                            end,
                            PersonRef {
                                full_span: full,
                                ..r
                            },
                        ));
                        i = end;
                        continue;
                    }
                }
            }
        }
        i += 1;
    }
    // Decide speakers: subject before a verb, `volgens X`, inverted `zegt X`.
    let n = refs.len();
    let mut speaks = vec![false; n];
    for (k, (first, end, _)) in refs.iter().enumerate() {
        speaks[k] = verb_follows(toks, *end)
            || introduced(toks, *first)
            || inverted(toks, *first, &is_start);
    }
    // `Mevrouw Polat en de heer Hettema delen deze zorg`: a chain shares the verb.
    share_along_chains(&refs, toks, &mut speaks);
    let said: Vec<bool> = refs
        .iter()
        .map(|(first, end, _)| {
            verb_after(toks, *end).is_some_and(|v| says(toks, v))
                || introduced(toks, *first)
                || (*first >= 1 && inverted(toks, *first, &is_start) && says(toks, *first - 1))
        })
        .collect();
    let mut said = said;
    share_along_chains(&refs, toks, &mut said);
    refs.into_iter()
        .zip(speaks)
        .zip(said)
        .map(|(((_, _, r), s), d)| PersonRef {
            speaks: s,
            said: s && d,
            ..r
        })
        .collect()
}

/// A speaker label opening a line: `Anne: Ik denk …`, `- Anne Kok: …`, `**Anne:** …` (with
/// the markup already blanked), `AK: …` (an initials code). A label is one to three name
/// words before a colon, with text after it.
pub fn speaker_label(text: &str, base: usize) -> Option<PersonRef> {
    let head = text.get(..text.len().min(LABEL_HEAD))?;
    if !head.contains(':') {
        return None;
    }
    speaker_label_in(head, &pieces(head), base)
}

/// How far into a line a speaker label is looked for, in bytes.
pub const LABEL_HEAD: usize = 80;

/// [`speaker_label`] of a line's head already cut into pieces: `toks` are the pieces of the
/// first [`LABEL_HEAD`] bytes of the line, with offsets into `text`, which starts at `base`.
pub fn speaker_label_in(text: &str, toks: &[Piece<'_>], base: usize) -> Option<PersonRef> {
    let mut i = 0;
    if toks
        .first()
        .is_some_and(|t| matches!(t.text, "-" | "*" | "•" | "–"))
    {
        i = 1;
    }
    let first = toks.get(i)?;
    if !first.word || !first.is_capitalised() {
        return None;
    }
    let (end, r) = name_at(text, toks, i, base, false)?;
    if toks.get(end)?.text != ":" || end - i > 4 {
        return None;
    }
    // Text must follow the colon on the line.
    let after = toks.get(end + 1)?;
    if text[after.start..].trim().is_empty() {
        return None;
    }
    Some(PersonRef {
        speaks: true,
        label: true,
        said: true,
        ..r
    })
}

/// `Rachel en Glenn delen deze zorg`: names joined by `en` or a comma share what the last
/// one of them does.
fn share_along_chains(refs: &[(usize, usize, PersonRef)], toks: &[Piece<'_>], flags: &mut [bool]) {
    for k in (0..refs.len().saturating_sub(1)).rev() {
        let (_, end, _) = &refs[k];
        let (next_first, _, _) = &refs[k + 1];
        let joined = *end < toks.len()
            && (toks[*end].text == "en" || toks[*end].text == ",")
            && *end + 1 == *next_first;
        if joined && flags[k + 1] {
            flags[k] = true;
        }
    }
}

/// If an honorific starts at token `i`, the index of the token after it (and its dot).
#[inline]
fn honorific_at(toks: &[Piece<'_>], i: usize) -> Option<usize> {
    // This runs for every piece of every block, and most words cannot start a title: the
    // tokenizer's class rules them out here, before a call.
    let t = toks.get(i)?;
    if !t.word || !t.class.has(WordClass::HONORIFIC_START) {
        return None;
    }
    honorific_from(toks, i)
}

/// [`honorific_at`] for a word that may start an honorific.
fn honorific_from(toks: &[Piece<'_>], i: usize) -> Option<usize> {
    let t = &toks[i];
    let phrases = lexicon::honorifics_starting(t.text);
    // `een collega van Vasilis`: a colleague *of* someone names that someone only in passing.
    if t.text.eq_ignore_ascii_case("collega")
        && toks
            .get(i + 1)
            .is_some_and(|n| n.text.eq_ignore_ascii_case("van"))
    {
        return None;
    }
    for h in phrases {
        // Honorifics are ASCII: compare without allocating a lower-case copy.
        let fits = h.iter().enumerate().all(|(k, w)| {
            toks.get(i + k)
                .is_some_and(|t| t.word && t.text.eq_ignore_ascii_case(w))
        });
        if fits {
            let mut next = i + h.len();
            if is_abbreviation(h[h.len() - 1]) {
                if toks.get(next).is_some_and(|t| t.text == ".") {
                    next += 1;
                } else if t.text.chars().count() > 3 {
                    // `Mevrouw`, `Dhr` without a dot are fine; nothing else needed.
                }
            }
            // A title must be followed by something name-like.
            let follows = toks
                .get(next)
                .is_some_and(|n| n.word && (n.is_capitalised() || particle(n)));
            return follows.then_some(next);
        }
    }
    None
}

/// Parses a name starting at token `i`: initials, particles and capitalised words.
/// Returns the token after the name and the reference (not yet judged a speaker).
fn name_at(
    text: &str,
    toks: &[Piece<'_>],
    i: usize,
    base: usize,
    after_title: bool,
) -> Option<(usize, PersonRef)> {
    let end = name_end(text, toks, i, after_title)?;
    Some((end, person_ref(text, toks, i, end, base, after_title)))
}

/// Where a name starting at token `i` ends (the token after it), if one starts there: the
/// cheap half of [`name_at`], for callers that may still drop the name.
fn name_end(text: &str, toks: &[Piece<'_>], mut i: usize, after_title: bool) -> Option<usize> {
    let start = i;
    // Initials: `J.P.`, `Th.`, `IJ.L.` (word + dot pairs).
    while i + 1 < toks.len()
        && toks[i].word
        && toks[i + 1].text == "."
        && is_dotted_initial(toks[i].text)
    {
        i += 2;
    }
    let mut words_end = i;
    let mut core = 0;
    while let Some(t) = toks.get(words_end) {
        // A name never runs over a line end or into the next title (`aldus dhr. Kerkhof`
        // / `Mevrouw Kemper zegt ...` on the next line).
        if words_end > start {
            let gap = text.get(toks[words_end - 1].end()..t.start).unwrap_or("");
            if gap.contains('\n') || honorific_at(toks, words_end).is_some() {
                break;
            }
        }
        // Particles open a surname, possibly after a first name (`Hanneke van der Veen`).
        if t.word
            && particle(t)
            && core <= 1
            && (after_title || words_end > start || t.is_capitalised())
        {
            // A run of particles counts only when a capitalised name follows it
            // (`Van der Wal`, `aan de Stegge`), not `voor de heldere toelichting`.
            let mut k = words_end;
            while let Some(p) = toks.get(k) {
                if p.word && particle(p) {
                    k += 1;
                } else if p.text == "." && k > words_end && toks[k - 1].text.len() <= 2 {
                    k += 1; // `v.d.` split by the tokenizer
                } else {
                    break;
                }
            }
            if toks
                .get(k)
                .is_some_and(|n| n.word && n.is_capitalised() && !particle(n))
            {
                words_end = k;
                continue;
            }
            break;
        }
        if t.word && t.is_capitalised() && !t.class.has(WordClass::SENTENCE_WORD) {
            words_end += 1;
            core += 1;
            continue;
        }
        // `Mornout - van Orsouw`: a spaced hyphen inside a double surname.
        if core > 0 && (t.text == "-" || t.text == "–") {
            if let Some(n) = toks.get(words_end + 1) {
                if n.word && (n.is_capitalised() || particle(n)) {
                    words_end += 1;
                    continue;
                }
            }
        }
        break;
    }
    if core == 0 || core > 4 {
        return None;
    }
    let s = toks[start].start;
    let e = toks[words_end - 1].end();
    if e - s > super::MAX_NAME_BYTES {
        return None;
    }
    Some(words_end)
}

/// The reference for the name from token `start` to token `end` (exclusive), as found by
/// [`name_end`].
fn person_ref(
    text: &str,
    toks: &[Piece<'_>],
    start: usize,
    end: usize,
    base: usize,
    after_title: bool,
) -> PersonRef {
    let s = toks[start].start;
    let e = toks[end - 1].end();
    let (name, all_words) = read_name(&text[s..e]);
    PersonRef {
        span: Span::new(base + s, base + e),
        full_span: Span::new(base + s, base + e),
        honorific: after_title,
        name,
        all_words,
        speaks: false,
        label: false,
        said: false,
    }
}

/// The most names the per-thread memo of [`read_name`] holds: it is cleared when it reaches
/// this size, so memory stays bounded (about 1 MB a thread; an organisation's minutes name a
/// few hundred people).
pub const NAME_MEMO_LIMIT: usize = 4_096;

/// A name as written in running text, parsed, with all its words folded and particles dropped
/// (`samira zwiers`). Minutes name the same people over and over, so each thread keeps the
/// readings it made; the reading depends on the written text alone.
fn read_name(written: &str) -> (PersonName, CompactString) {
    thread_local! {
        static MEMO: std::cell::RefCell<Memo<(PersonName, CompactString)>> =
            std::cell::RefCell::new(Memo::with_limit(NAME_MEMO_LIMIT));
    }
    MEMO.with(|memo| {
        memo.borrow_mut().get_or_insert_with(written, || {
            (PersonName::parse(written), all_words_of(written))
        })
    })
}

/// All the words of a written name, folded, without particles and initials: `samira zwiers`.
fn all_words_of(written: &str) -> CompactString {
    // Initials are only looked for in words of up to three letters, the only ones where they
    // change the outcome.
    let mut all_words = CompactString::with_capacity(written.len());
    for (k, w) in written
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| {
            !w.is_empty()
                && !is_particle(w)
                && (w.chars().nth(3).is_some() || initials_of(w).is_none())
        })
        .enumerate()
    {
        if k > 0 {
            all_words.push(' ');
        }
        all_words.push_str(&fold(w));
    }
    all_words
}

/// Whether a word piece is a surname particle, as the tokenizer classed it.
fn particle(t: &Piece<'_>) -> bool {
    t.class.has(WordClass::PARTICLE)
}

/// Whether the tokens from `i` on (after an optional apposition) start with a speech verb.
fn verb_follows(toks: &[Piece<'_>], i: usize) -> bool {
    verb_after(toks, i).is_some()
}

/// The index of the speech verb after a name at `i` (after an apposition), if any.
fn verb_after(toks: &[Piece<'_>], mut i: usize) -> Option<usize> {
    // Skip `(CDA)` and `van de sponsorcommissie` between the name and the verb.
    if toks.get(i).is_some_and(|t| t.text == "(") {
        let mut k = i;
        while k < toks.len() && toks[k].text != ")" && k < i + 12 {
            k += 1;
        }
        i = k + 1;
    }
    if toks
        .get(i)
        .is_some_and(|t| matches!(t.lower().as_ref(), "van" | "namens"))
    {
        let mut k = i + 1;
        while k < toks.len() && k < i + 5 && toks[k].word && !is_verb(toks, k) {
            k += 1;
        }
        if is_verb(toks, k) {
            i = k;
        }
    }
    is_verb(toks, i).then_some(i)
}

/// Whether the verb at `i` says that someone speaks in the meeting now: a present-tense verb
/// of saying or presenting, not a modal (`zal verzorgen`), not the past (`vroeg`, told of an
/// earlier event), not a plain action (`doet`, `maakt`, `zoekt`).
fn says(toks: &[Piece<'_>], i: usize) -> bool {
    let Some(t) = toks.get(i) else { return false };
    let w = t.lower();
    // `sluit zich hierbij aan`, `sluit zich aan bij de vorige spreker` agree; `sluit zich
    // weer aan`, `sluit de vergadering` join or close.
    // `X heeft geen behoefte de kar te trekken`: a wish told of, no words said.
    if lexicon::HEBBEN_FORMS.contains(&w)
        && toks[i + 1..]
            .iter()
            .take(2)
            .any(|t| t.lower() == "behoefte")
    {
        return false;
    }
    if matches!(w.as_ref(), "sluit" | "sluiten") {
        return toks[i + 1..]
            .iter()
            .take_while(|t| t.word)
            .take(8)
            .any(|t| lexicon::AGREEING_ADVERBS.contains(&t.lower()));
    }
    if is_modal(&w) {
        // `wil weten`, `wil graag benadrukken`: a modal with a verb of saying is speech.
        return toks[i + 1..]
            .iter()
            .take(4)
            .any(|t| lexicon::SPEECH_INFINITIVES.contains(&t.lower()));
    }
    !is_action_verb(&w)
}

/// Whether token `i` is a finite speech or action verb in this context.
fn is_verb(toks: &[Piece<'_>], i: usize) -> bool {
    let Some(t) = toks.get(i) else { return false };
    // Most words are no verb a speaker could have: the tokenizer's class says so.
    if !t.word || !t.class.has(WordClass::MAY_BE_VERB) {
        return false;
    }
    // Most words are lower case already: borrow them rather than allocate a copy.
    let w = t.lower();
    match w.as_ref() {
        "is" | "was" => {
            return lexicon::IS_PHRASES.phrases().iter().any(|p| {
                p.iter()
                    .enumerate()
                    .all(|(k, x)| toks.get(i + 1 + k).is_some_and(|t| t.lower() == *x))
            });
        }
        w if lexicon::HEBBEN_FORMS.contains(w) => {
            let mut k = i + 1;
            if toks
                .get(k)
                .is_some_and(|t| lexicon::HEEFT_OBJECT_DETERMINERS.contains(&t.lower()))
            {
                k += 1;
            }
            return toks
                .get(k)
                .is_some_and(|t| lexicon::HEEFT_OBJECTS.contains(&t.lower()));
        }
        _ => {}
    }
    if !is_speech_verb(&w) {
        return false;
    }
    // `X reageert niet op oproepen van het bestuur`: not answering is not speaking.
    if lexicon::ANSWER_VERBS.contains(&w)
        && toks
            .get(i + 1)
            .is_some_and(|t| lexicon::ANSWER_NEGATIONS.contains(t.text))
    {
        return false;
    }
    if is_modal(&w) {
        // `Dhr. X kan niet aanwezig zijn` is about the person, not by the person.
        let mut k = i + 1;
        while let Some(t) = toks.get(k) {
            let l = t.lower();
            // The modal's own clause ends at punctuation or where a subordinate clause starts
            // (`wil weten wanneer de lift wordt vervangen`).
            if !t.word || lexicon::MODAL_CLAUSE_ENDS.contains(&l) {
                break;
            }
            if lexicon::NOT_SPEECH_AFTER_MODAL.contains(&l) {
                return false;
            }
            k += 1;
        }
    }
    true
}

/// `Volgens dhr. X`, `aldus mevrouw Y`, `Op de vraag van dhr. Z`.
fn introduced(toks: &[Piece<'_>], first: usize) -> bool {
    if first == 0 || !toks[first - 1].class.has(WordClass::INTRO_END) {
        return false;
    }
    lexicon::SPEAKER_INTROS.phrases().iter().any(|p| {
        first >= p.len()
            && p.iter().enumerate().all(|(k, w)| {
                toks[first - p.len() + k].word && toks[first - p.len() + k].lower() == *w
            })
    })
}

/// `..., zegt dhr. Ouald Chaib` and `Naar aanleiding daarvan vraagt mevrouw X`: a verb right
/// before the name, with no subject of its own earlier in the clause.
fn inverted(toks: &[Piece<'_>], first: usize, starts: &[bool]) -> bool {
    if first == 0 || !is_verb(toks, first - 1) {
        return false;
    }
    let verb = first - 1;
    let mut k = verb;
    while k > 0 {
        let t = &toks[k - 1];
        // A clause is short; stop looking back after a few dozen words so that text without
        // punctuation stays linear.
        if starts[k] || verb - k > 40 || matches!(t.text, "," | ";" | ":" | "(" | "\"" | "'") {
            break;
        }
        if t.word && lexicon::CLAUSE_CONJUNCTIONS.contains(&t.lower()) {
            break;
        }
        k -= 1;
    }
    let prefix = &toks[k..verb];
    // `... volledige ondersteuning bieden zegt dhr. X`: a finite verb earlier in the prefix
    // means the speech verb opens a new, inverted clause whose subject follows it.
    let earlier_clause = prefix.iter().enumerate().any(|(n, t)| {
        t.word && (is_finite_verb(&t.lower()) || is_verb(toks, k + n)) && n + 1 < prefix.len()
    });
    if earlier_clause {
        return true;
    }
    !prefix.iter().enumerate().any(|(n, t)| {
        let l = t.lower();
        (n == 0 && is_subject_word(&l))
            || is_role(&l)
            || honorific_at(toks, k + n).is_some()
            || (n == 0
                && t.is_capitalised()
                && !t.class.has(WordClass::SENTENCE_WORD)
                && prefix.len() <= 3
                && !starts[k + n])
    })
}

#[cfg(test)]
mod tests;
