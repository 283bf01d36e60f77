//! The word sets of the privacy engine, each a data file `nl/data/privacy-<name>.txt`: one
//! entry a line, folded (lower case, no diacritics), sorted, no duplicates. A line with spaces
//! is one sequence of words (`in verband met`) in the lists matched as sequences (`having`,
//! `causal`, `not-having`, `not-medical-operation`, `not-ethnic`, `having-or-possessive`);
//! `#` stands for any number.

type HashSet<T> = std::collections::HashSet<T, crate::nl::hash::BuildWordHasher>;
use std::sync::OnceLock;

use super::shared::shared;

/// Possessives that tie a noun to one person: `zijn operatie`, `haar zwangerschap`.
pub(super) const POSS: &str = include_str!("../data/privacy-possessives.txt");

/// Words between a possessive or article and the noun: `zijn geplande knieoperatie`.
pub(super) const MODS: &str = include_str!("../data/privacy-modifiers.txt");

/// Determiners, possessives, modifiers and time words between a verb and its noun: `heeft
/// volgende week een knieoperatie`.
pub(super) const DET_MODS: &str = include_str!("../data/privacy-det-modifiers.txt");

/// Adverbs and time phrases between a verb and a predicate: `is nog steeds herstellende`.
pub(super) const ADV: &str = include_str!("../data/privacy-adverbs.txt");

/// Words that stand before `herstellende` of a person, never before an attributive one
/// (`de herstellende economie`).
pub(super) const HERSTEL_PREV: &str = include_str!("../data/privacy-before-herstellende.txt");

/// Forms of `zijn` and its kin that make a predicate of a person: `is zwanger`, `werd katholiek`.
pub(super) const IS_VERB: &str = include_str!("../data/privacy-is-verbs.txt");

/// Verbs of having, suffering and recovering, singular: `heeft een hartaanval gehad`,
/// `kampt met een burn-out`, `is herstellende van een motorongeluk`. A plural subject
/// (`jongeren hebben ...`) does not match them.
pub(super) const HAVE: &str = include_str!("../data/privacy-having.txt");

/// Reasons: `wegens ziekte`, `in verband met een operatie`.
pub(super) const CAUSAL: &str = include_str!("../data/privacy-causal.txt");

/// Body parts for injuries and operations: `zijn been gebroken`, `operatie aan haar knie`.
pub(super) const BODY: &str = include_str!("../data/privacy-body-parts.txt");

// --- health -------------------------------------------------------------------------------

/// Events and states of one person that a reason alone makes personal: `wegens ziekte`.
pub(super) const H_EVENT: &str = include_str!("../data/privacy-health-events.txt");

/// Diseases and conditions; topics in their own right, so a reason needs absence nearby.
pub(super) const H_DISEASE: &str = include_str!("../data/privacy-diseases.txt");

/// Epidemics are a reason for the whole meeting (`vanwege corona digitaal`), so as a reason
/// they count only right next to an absence: `afwezig vanwege corona`.
pub(super) const H_EPIDEMIC: &str = include_str!("../data/privacy-epidemics.txt");

/// Compound heads: every `...kanker`, `...tumor`, `...infarct` is a disease.
pub(super) const H_DISEASE_SUFFIX: &str = include_str!("../data/privacy-disease-endings.txt");

/// `kankerbestrijding` does not end in `kanker`; these do but are no personal condition.
pub(super) const H_DISEASE_SUFFIX_EXCLUDED: &str =
    include_str!("../data/privacy-disease-endings-excluded.txt");

/// Compound heads of accidents: `motorongeluk`, `verkeersongeval`.
pub(super) const H_ACCIDENT_SUFFIX: &str = include_str!("../data/privacy-accident-endings.txt");

/// Operations, never the police kind: `politieoperatie` is not in the list.
pub(super) const H_OPERATION: &str = include_str!("../data/privacy-operations.txt");

/// Words after `heeft dementie` that make the disease a portfolio topic: `heeft dementie als
/// speerpunt`, `heeft depressie onder jongeren hoog op de agenda`.
pub(super) const NOT_HAVING: &str = include_str!("../data/privacy-not-having.txt");

/// Words after an operation that make it a police or military one.
pub(super) const NOT_MEDICAL_OPERATION: &str =
    include_str!("../data/privacy-not-medical-operation.txt");

/// Medical treatments: `chemo`, `bestraling`, `dialyse`.
pub(super) const H_TREATMENT: &str = include_str!("../data/privacy-treatments.txt");

/// Adjectives that make `klachten`, `problemen` and `aandoening` medical.
pub(super) const HEALTH_ADJ: &str = include_str!("../data/privacy-health-adjectives.txt");

/// Places of care: `ziekenhuis`, `kliniek`, `revalidatiecentrum`.
pub(super) const HOSPITAL: &str = include_str!("../data/privacy-hospitals.txt");

/// Words between the article and a place of care: `een psychiatrische kliniek`.
pub(super) const HOSPITAL_ADJ: &str = include_str!("../data/privacy-hospital-adjectives.txt");

/// Verbs that put a person into a hospital, before the place (`ligt in het ziekenhuis`).
pub(super) const INTO_HOSPITAL_PRE: &str = include_str!("../data/privacy-into-hospital-before.txt");

/// `ligt in het ziekenhuis` only of a named subject: `de nadruk ligt in het ziekenhuis op ...`.
pub(super) const LIES_IN: &str = include_str!("../data/privacy-lies-in.txt");

/// The same verbs after the place (`in het ziekenhuis opgenomen`).
pub(super) const INTO_HOSPITAL_POST: &str = include_str!("../data/privacy-into-hospital-after.txt");

/// Intensifiers that belong to `ziek` in the span: `is ernstig ziek`.
pub(super) const INTENS: &str = include_str!("../data/privacy-intensifiers.txt");

// --- religion, origin, politics, unions, orientation ----------------------------------------

/// Religions and beliefs as predicates of a person: `is moslim`, `is katholiek`.
pub(super) const REL_PRED: &str = include_str!("../data/privacy-religious-predicates.txt");

/// Words between a verb and a religious predicate: `is streng gelovig`, `werd in maart katholiek`.
pub(super) const REL_ADV: &str = include_str!("../data/privacy-religious-adverbs.txt");

/// Religions one converts to: `bekeerd tot de islam`.
pub(super) const RELIGIONS: &str = include_str!("../data/privacy-religions.txt");

/// Religious feasts that, as a reason for absence, disclose belief: `vanwege het Suikerfeest`.
pub(super) const RELIGIOUS_FEASTS: &str = include_str!("../data/privacy-religious-feasts.txt");

/// Adjectives of ethnic or national origin: `een Turkse achtergrond`.
pub(super) const ETHNIC_ADJ: &str = include_str!("../data/privacy-ethnic-adjectives.txt");

/// Origins that are regional or social, not ethnic.
pub(super) const NOT_ETHNIC: &str = include_str!("../data/privacy-not-ethnic.txt");

/// Parties as members and voters name them. `sp` counts only as written `SP`.
pub(super) const PARTIES: &str = include_str!("../data/privacy-parties.txt");

/// Words that show a council or party-role setting: a member's party is public there.
pub(super) const COUNCIL: &str = include_str!("../data/privacy-council.txt");

/// Trade unions and union federations: `lid van de FNV`.
pub(super) const UNIONS: &str = include_str!("../data/privacy-unions.txt");

/// Sexual orientations and gender identities as predicates: `is homoseksueel`.
pub(super) const ORIENTATION: &str = include_str!("../data/privacy-orientation.txt");

// --- criminal -----------------------------------------------------------------------------

/// Police and investigating services: `door de politie aangehouden`.
pub(super) const POLICE: &str = include_str!("../data/privacy-police.txt");

/// Courts and judges: `door de rechter veroordeeld`.
pub(super) const COURT: &str = include_str!("../data/privacy-court.txt");

/// Offences: `aangehouden wegens diefstal`, `betrapt op fraude`.
pub(super) const OFFENCES: &str = include_str!("../data/privacy-offences.txt");

/// Words between a preposition and an offence: `wegens zware mishandeling`.
pub(super) const OFFENCE_FILL: &str = include_str!("../data/privacy-offence-fill.txt");

/// Penalties: `kreeg een taakstraf`.
pub(super) const PENALTIES: &str = include_str!("../data/privacy-penalties.txt");

/// Words before a penalty (`#` is a number): `veroordeeld tot 80 uur werkstraf`.
pub(super) const PENALTY_FILL: &str = include_str!("../data/privacy-penalty-fill.txt");

/// A verb of having or a possessive before a noun: `heeft een strafblad`, `zijn justitiële verleden`.
pub(super) const HAVE_OR_POSS: &str = include_str!("../data/privacy-having-or-possessive.txt");

/// Words after which `zijn` is a possessive: prepositions and verbs that take an object
/// (`na zijn operatie`, `heeft zijn been gebroken`, `dat zijn ziekte`).
pub(super) const POSS_ZIJN_LEAD: &str = include_str!("../data/privacy-before-possessive-zijn.txt");

/// Unnamed people, singular: a predicate after `een agent` is not about the named person.
pub(super) const PEOPLE_SG: &str = include_str!("../data/privacy-people-singular.txt");

/// Unnamed people, plural, and quantifiers that speak of a group.
pub(super) const PEOPLE_PL: &str = include_str!("../data/privacy-people-plural.txt");

/// Things and institutions that can be the subject of words we look for: `de school is
/// katholiek`, `de markt herstelt`, `de gemeente is veroordeeld tot`, `de aanvraag is onder
/// behandeling`.
pub(super) const THINGS: &str = include_str!("../data/privacy-things.txt");

/// Offices outside the meeting that, with `de`, name the one person holding them (`de
/// directeur is ziek`, `de korpschef`); with the lexicon's roles of the meeting they are
/// privacy's `@roles`. Kept apart from `roles.txt`, which also decides who speaks in the
/// minutes (`De voorzitter opent`), where these offices are no speaker of their own.
pub(super) const OFFICE_HOLDERS: &str = include_str!("../data/privacy-office-holders.txt");

/// Taken into the span before a reason: `afwezig wegens ziekte`.
pub(super) const ABSENT: &str = include_str!("../data/privacy-absent.txt");

/// Words that make a reason one person's: absence, replacement, withdrawal, recovery.
pub(super) const ABSENCE_WORDS: &str = include_str!("../data/privacy-absence.txt");

/// Words of death and mourning that make a sentence a death notice.
pub(super) const DEATH_WORDS: &str = include_str!("../data/privacy-death.txt");

/// Relatives (`zijn vrouw`, `haar zoon`): identifiable through the named person they belong to.
pub(super) const RELATIVES: &str = include_str!("../data/privacy-relatives.txt");

/// Honorifics that are forms of address, not titles (`dhr`, `mevrouw`): `een mevrouw` is still no office.
pub(super) const FORMS_OF_ADDRESS: &str = include_str!("../data/privacy-forms-of-address.txt");

/// Words after which `zijn` is the verb, not a possessive (`er zijn`, `die zijn`).
pub(super) const BEFORE_VERB_ZIJN: &str = include_str!("../data/privacy-before-verb-zijn.txt");

/// Personal pronouns that stand for a named person (`hij`, `zij`, `ze`).
pub(super) const PRONOUNS: &str = include_str!("../data/privacy-pronouns.txt");

/// Words that open a clause before a bare name (`… meldt dat Thijs …`).
pub(super) const CLAUSE_OPENERS: &str = include_str!("../data/privacy-clause-openers.txt");

/// Words that make a clause hypothetical (`indien iemand ziek is`).
pub(super) const HYPOTHETICALS: &str = include_str!("../data/privacy-hypotheticals.txt");

/// Words after `als` that make it a hypothetical rather than a comparison (`als de VOG wordt geweigerd`, `als iemand`).
pub(super) const GENERIC_AFTER_ALS: &str = include_str!("../data/privacy-generic-after-als.txt");

/// Endings of nouns for a group of people by age (`65-jarigen`, `50-plussers`).
pub(super) const GROUP_ENDINGS: &str = include_str!("../data/privacy-group-endings.txt");

/// Determiners and possessives between a preposition and its noun (`op eigen verzoek`, `in het dossier`).
pub(super) const DETERMINERS: &str = include_str!("../data/privacy-determiners.txt");

/// Words of attending that `niet` or `geen` turn into absence (`niet aanwezig`, `kan niet komen`).
pub(super) const ATTENDING: &str = include_str!("../data/privacy-attending.txt");

/// Words that, after `weer`, `het` or `volledig`, tell of a return (`is weer aanwezig`, `weer aan het werk`).
pub(super) const RETURN_WORDS: &str = include_str!("../data/privacy-return-words.txt");

/// Words before a return word (`weer`, `volledig`): see `RETURN_WORDS`.
pub(super) const BEFORE_RETURN: &str = include_str!("../data/privacy-before-return.txt");

/// Words before `stilte` that make it mourning (`een minuut stilte`).
pub(super) const BEFORE_STILTE: &str = include_str!("../data/privacy-before-stilte.txt");

/// Words before `dood` that make it a death (`zijn plotselinge dood`); `loopt dood` is none.
pub(super) const BEFORE_DOOD: &str = include_str!("../data/privacy-before-dood.txt");

/// Every list of this module by the name the phrase file gives it (`@diseases`): its data file
/// is `nl/data/privacy-<name>.txt`.
pub(super) const LISTS: &[(&str, &str)] = &[
    ("possessives", POSS),
    ("modifiers", MODS),
    ("det-modifiers", DET_MODS),
    ("adverbs", ADV),
    ("before-herstellende", HERSTEL_PREV),
    ("is-verbs", IS_VERB),
    ("having", HAVE),
    ("causal", CAUSAL),
    ("body-parts", BODY),
    ("health-events", H_EVENT),
    ("diseases", H_DISEASE),
    ("epidemics", H_EPIDEMIC),
    ("disease-endings", H_DISEASE_SUFFIX),
    ("disease-endings-excluded", H_DISEASE_SUFFIX_EXCLUDED),
    ("accident-endings", H_ACCIDENT_SUFFIX),
    ("operations", H_OPERATION),
    ("not-having", NOT_HAVING),
    ("not-medical-operation", NOT_MEDICAL_OPERATION),
    ("treatments", H_TREATMENT),
    ("health-adjectives", HEALTH_ADJ),
    ("hospitals", HOSPITAL),
    ("hospital-adjectives", HOSPITAL_ADJ),
    ("into-hospital-before", INTO_HOSPITAL_PRE),
    ("lies-in", LIES_IN),
    ("into-hospital-after", INTO_HOSPITAL_POST),
    ("intensifiers", INTENS),
    ("religious-predicates", REL_PRED),
    ("religious-adverbs", REL_ADV),
    ("religions", RELIGIONS),
    ("religious-feasts", RELIGIOUS_FEASTS),
    ("ethnic-adjectives", ETHNIC_ADJ),
    ("not-ethnic", NOT_ETHNIC),
    ("parties", PARTIES),
    ("council", COUNCIL),
    ("unions", UNIONS),
    ("orientation", ORIENTATION),
    ("police", POLICE),
    ("court", COURT),
    ("offences", OFFENCES),
    ("offence-fill", OFFENCE_FILL),
    ("penalties", PENALTIES),
    ("penalty-fill", PENALTY_FILL),
    ("having-or-possessive", HAVE_OR_POSS),
    ("before-possessive-zijn", POSS_ZIJN_LEAD),
    ("people-singular", PEOPLE_SG),
    ("people-plural", PEOPLE_PL),
    ("things", THINGS),
    ("death", DEATH_WORDS),
    ("office-holders", OFFICE_HOLDERS),
    ("absent", ABSENT),
    ("absence", ABSENCE_WORDS),
    ("relatives", RELATIVES),
    ("forms-of-address", FORMS_OF_ADDRESS),
    ("before-verb-zijn", BEFORE_VERB_ZIJN),
    ("pronouns", PRONOUNS),
    ("clause-openers", CLAUSE_OPENERS),
    ("hypotheticals", HYPOTHETICALS),
    ("generic-after-als", GENERIC_AFTER_ALS),
    ("group-endings", GROUP_ENDINGS),
    ("determiners", DETERMINERS),
    ("attending", ATTENDING),
    ("return-words", RETURN_WORDS),
    ("before-return", BEFORE_RETURN),
    ("before-stilte", BEFORE_STILTE),
    ("before-dood", BEFORE_DOOD),
];

/// The word lists that functions (rather than rules) consult, as sets, built once.
pub(super) struct Lexicon {
    pub(super) poss: HashSet<&'static str>,
    pub(super) poss_zijn_lead: HashSet<&'static str>,
    pub(super) honorifics: HashSet<&'static str>,
    pub(super) roles: HashSet<&'static str>,
    pub(super) particles: HashSet<&'static str>,
    pub(super) prepositions: HashSet<&'static str>,
    pub(super) people_sg: HashSet<&'static str>,
    pub(super) people_pl: HashSet<&'static str>,
    pub(super) things: HashSet<&'static str>,
    pub(super) absence: HashSet<&'static str>,
    pub(super) council: HashSet<&'static str>,
    pub(super) parties: HashSet<&'static str>,
    pub(super) death: HashSet<&'static str>,
    pub(super) relatives: HashSet<&'static str>,
    pub(super) forms_of_address: HashSet<&'static str>,
    pub(super) before_verb_zijn: HashSet<&'static str>,
    pub(super) pronouns: HashSet<&'static str>,
    pub(super) clause_openers: HashSet<&'static str>,
    pub(super) hypotheticals: HashSet<&'static str>,
    pub(super) generic_after_als: HashSet<&'static str>,
    pub(super) group_endings: HashSet<&'static str>,
    pub(super) determiners: HashSet<&'static str>,
    pub(super) attending: HashSet<&'static str>,
    pub(super) return_words: HashSet<&'static str>,
    pub(super) before_return: HashSet<&'static str>,
    pub(super) before_stilte: HashSet<&'static str>,
    pub(super) before_dood: HashSet<&'static str>,
}

pub(super) fn lex() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let set = |list: &'static str| list.split_ascii_whitespace().collect();
        let shared = |name: &str| set(shared(name).unwrap_or_default());
        Lexicon {
            poss: set(POSS),
            poss_zijn_lead: set(POSS_ZIJN_LEAD),
            honorifics: shared("honorifics"),
            roles: shared("roles"),
            particles: shared("particles"),
            prepositions: shared("prepositions"),
            people_sg: set(PEOPLE_SG),
            people_pl: set(PEOPLE_PL),
            things: set(THINGS),
            absence: set(ABSENCE_WORDS),
            council: set(COUNCIL),
            parties: set(PARTIES),
            death: set(DEATH_WORDS),
            relatives: set(RELATIVES),
            forms_of_address: set(FORMS_OF_ADDRESS),
            before_verb_zijn: set(BEFORE_VERB_ZIJN),
            pronouns: set(PRONOUNS),
            clause_openers: set(CLAUSE_OPENERS),
            hypotheticals: set(HYPOTHETICALS),
            generic_after_als: set(GENERIC_AFTER_ALS),
            group_endings: set(GROUP_ENDINGS),
            determiners: set(DETERMINERS),
            attending: set(ATTENDING),
            return_words: set(RETURN_WORDS),
            before_return: set(BEFORE_RETURN),
            before_stilte: set(BEFORE_STILTE),
            before_dood: set(BEFORE_DOOD),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_files_are_sorted_and_free_of_duplicates() {
        for (name, list) in LISTS {
            let lines: Vec<&str> = list.lines().collect();
            assert!(!lines.is_empty(), "{name} is empty");
            assert!(
                lines.windows(2).all(|w| w[0] < w[1]),
                "{name} is not sorted or has duplicates"
            );
            assert!(
                lines
                    .iter()
                    .all(|l| !l.is_empty() && l.split(' ').all(|w| !w.is_empty() && w.trim() == w)),
                "{name} has empty or padded lines"
            );
            assert!(list.ends_with('\n'), "{name} lacks a final line end");
        }
    }

    #[test]
    fn every_privacy_data_file_is_loaded() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src/nl/data");
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with("privacy-") && name.ends_with(".txt") {
                assert!(
                    LISTS
                        .iter()
                        .any(|(n, _)| format!("privacy-{n}.txt") == name),
                    "{name} is not loaded"
                );
            }
        }
    }
}
