//! Who a phrase is about: named persons, possessives, and the guards and context checks that
//! drop a phrase about nobody in particular.

use super::lists::lex;
use super::matching::joins_left;
use super::pattern::Guard;
use super::shared::honorific_lead;
use crate::nl::tokens::Token;

/// Whether token `k` is a possessive. `zijn` is also the plural of `is`: after a name or a
/// plural (`volgens Raven zijn`, `de risico's zijn`, `er zijn`) it is the verb.
pub(super) fn is_possessive(toks: &[Token], k: usize) -> bool {
    let t = &toks[k];
    if !lex().poss.contains(t.w()) {
        return false;
    }
    if t.norm != "zijn" || k == 0 || !t.soft {
        return true;
    }
    let prev = &toks[k - 1];
    let p = prev.w();
    if lex().poss_zijn_lead.contains(p) {
        return true;
    }
    !(prev.cap || p.ends_with("en") || p.ends_with('s') || lex().before_verb_zijn.contains(p))
}

pub(super) fn is_honorific(t: &Token) -> bool {
    lex().honorifics.contains(t.w())
}

pub(super) fn is_role(t: &Token) -> bool {
    lex().roles.contains(t.w())
}

/// A token that can be part of a written name: capitalised, a particle, or initials.
pub(super) fn is_name_part(t: &Token) -> bool {
    t.cap || lex().particles.contains(t.w())
}

/// The named person that ends just before token `start`: `dhr. Lutje Wagelaar`, `mevrouw
/// Karlijn Baalman`, `de voorzitter`, `wethouder Raven`, `hij`. Returns where it begins.
pub(super) fn named_before(toks: &[Token], start: usize, subject: bool) -> Option<usize> {
    if !joins_left(toks, start, 1) {
        return None;
    }
    if lex().pronouns.contains(toks[start - 1].w()) {
        return Some(start - 1);
    }
    let mut s = start;
    let mut names = 0;
    while names < 5 && joins_left(toks, s, 1) {
        let t = &toks[s - 1];
        if is_honorific(t) || is_role(t) || !is_name_part(t) {
            break;
        }
        s -= 1;
        names += 1;
    }
    // `Frank is afwezig wegens ziekte.`, `…; Terlouw herstelt van …`, `… meldt dat Thijs van
    // Hout …`: a bare name that opens a clause. The rule has already found the person among
    // the references of the sentence; the first word must read as a name, not as `Het`.
    let opens_clause =
        names > 0 && (!joins_left(toks, s, 1) || lex().clause_openers.contains(toks[s - 1].w()));
    if opens_clause && bare_name(&toks[s]) {
        if subject && joins_left(toks, s, 1) && lex().prepositions.contains(toks[s - 1].w()) {
            return None;
        }
        return Some(s);
    }
    if !joins_left(toks, s, 1) {
        return None;
    }
    let h = &toks[s - 1];
    let mut begin = s - 1;
    if names > 0 && is_honorific(h) {
        // `de heer Kok`: `heer` alone is no honorific.
        for lead in honorific_lead(h.w()).iter().rev() {
            if !(joins_left(toks, begin, 1) && toks[begin - 1].norm == *lead) {
                return None;
            }
            begin -= 1;
        }
    } else if names == 0 && is_role(h) {
        // `de voorzitter` is a person, `een voorzitter` is not.
        if !(joins_left(toks, begin, 1) && matches!(toks[begin - 1].w(), "de" | "onze")) {
            return None;
        }
        begin -= 1;
    } else {
        return None;
    }
    if subject && joins_left(toks, begin, 1) && lex().prepositions.contains(toks[begin - 1].w()) {
        return None;
    }
    Some(begin)
}

/// Whether a capitalised word reads as a name on its own: a given name, or no ordinary
/// Dutch word (`Frank`, `Terlouw`; not `Het`, `Dit`, `Iedereen`).
pub(super) fn bare_name(t: &Token) -> bool {
    let w = t.text;
    t.cap
        && w.chars().count() >= 2
        && (crate::nl::is_first_name(w) || !crate::nl::terms::is_common_word(w))
}

/// Whether the subject before a phrase beginning at token `start` is a group, an unnamed
/// person, a thing or a hypothetical, so that the phrase is about nobody named. Looks back to
/// the nearest named person, clause boundary or twelve tokens, whichever comes first.
pub(super) fn generic_subject(toks: &[Token], start: usize, guard: Guard) -> bool {
    if guard == Guard::Off {
        return false;
    }
    let mut j = start;
    let mut steps = 0;
    while j > 0 && steps < 12 && toks[j].soft {
        j -= 1;
        steps += 1;
        let t = &toks[j];
        let w = t.w();
        if is_honorific(t) || w == "hij" {
            // `een raadslid ziek is` is anyone; `raadslid Kok`, `de wethouder` are named.
            let title = w != "hij" && !lex().forms_of_address.contains(w);
            return title && j > 0 && toks[j - 1].norm == "een";
        }
        if is_role(t) {
            // `de voorzitter` is named by the role; `een projectleider` is anyone.
            return j > 0 && toks[j - 1].norm == "een";
        }
        // Hypotheticals: `indien iemand ziek is`, `als de VOG wordt geweigerd`.
        if lex().hypotheticals.contains(w) {
            return true;
        }
        if w == "als"
            && toks
                .get(j + 1)
                .is_some_and(|n| j + 1 < start && lex().generic_after_als.contains(n.w()))
        {
            return true;
        }
        // A capital mid-sentence is a name (`mevrouw De Man`, `dhr. Visser`), not a noun.
        if t.cap && j > 0 && toks[j].soft {
            continue;
        }
        let person = match guard {
            Guard::Singular => lex().people_sg.contains(w),
            _ => {
                lex().people_sg.contains(w)
                    || lex().people_pl.contains(w)
                    || lex().group_endings.iter().any(|e| w.ends_with(e))
            }
        };
        // `op eigen verzoek`, `in het dossier`: a thing after a preposition is no subject.
        let thing =
            guard == Guard::PeopleThings && lex().things.contains(w) && !after_preposition(toks, j);
        if !(person || thing) {
            continue;
        }
        // `collega Jansen`, `agent De Vries`: a noun before a name is a title.
        if j + 1 < start && toks[j + 1].cap && toks[j + 1].soft {
            continue;
        }
        // `zijn vrouw is ernstig ziek`: a relative of the named person is identifiable through
        // them, so the phrase stays.
        if person && j > 0 && lex().poss.contains(toks[j - 1].w()) && is_relative(w) {
            continue;
        }
        return true;
    }
    false
}

/// Whether token `j` is the noun of a prepositional phrase: `op eigen verzoek`, `in het dossier`.
pub(super) fn after_preposition(toks: &[Token], j: usize) -> bool {
    let mut k = j;
    for _ in 0..3 {
        if k == 0 || !toks[k].soft {
            return false;
        }
        k -= 1;
        let w = toks[k].w();
        if lex().prepositions.contains(w) {
            return true;
        }
        if !lex().determiners.contains(w) {
            return false;
        }
    }
    false
}

pub(super) fn is_person_noun(w: &str) -> bool {
    lex().people_sg.contains(w) || lex().people_pl.contains(w)
}

pub(super) fn is_relative(w: &str) -> bool {
    lex().relatives.contains(w)
}

pub(super) fn absence_near(toks: &[Token], start: usize, end: usize) -> bool {
    let lo = start.saturating_sub(12);
    let hi = (end + 12).min(toks.len());
    (lo..hi).any(|k| {
        let w = toks[k].w();
        lex().absence.contains(w)
            || (lex().attending.contains(w)
                && k > 0
                && matches!(toks[k - 1].w(), "niet" | "geen"))
            // A return: `is weer aanwezig`, `is weer aan het werk`.
            || (lex().return_words.contains(w)
                && k > 0
                && lex().before_return.contains(toks[k - 1].w()))
    })
}

/// `tegen` with a named person (`tegen dhr. Kok`, `tegen de heer Kok`, `tegen hem`) before the
/// phrase in the same clause, looking across the commas of an apposition but not across `;`
/// or `:`, or right after the phrase (`onderzoek loopt tegen mevrouw Raven`).
pub(super) fn against_named_near(toks: &[Token], text: &str, start: usize, end: usize) -> bool {
    let names_after = |k: usize| {
        let mut n = k + 1;
        if toks.get(n).is_some_and(|t| t.norm == "de") {
            n += 1;
        }
        toks.get(n)
            .is_some_and(|t| is_honorific(t) || matches!(t.w(), "hem" | "haar"))
    };
    let mut k = start;
    let mut steps = 0;
    while k > 0 && steps < 20 {
        let gap = &text[toks[k - 1].range.end..toks[k].range.start];
        if gap.contains([';', ':']) {
            break;
        }
        k -= 1;
        steps += 1;
        if toks[k].norm == "tegen" && names_after(k) {
            return true;
        }
    }
    (end..(end + 3).min(toks.len()))
        .any(|k| toks[k].soft && toks[k].norm == "tegen" && names_after(k))
}

pub(super) fn council_near(toks: &[Token], start: usize, end: usize) -> bool {
    let lo = start.saturating_sub(25);
    let hi = (end + 25).min(toks.len());
    (lo..hi).any(|k| {
        let t = &toks[k];
        lex().council.contains(t.w())
            || t.norm.ends_with("fractie")
            || t.norm.ends_with("-lid")
            || (t.paren && lex().parties.contains(t.w()))
    })
}
