//! The phrase table: every rule, grouped by category.

use super::lists::*;
use super::pattern::{Ctx, El, Guard, Head, Rule};
use super::shared::*;
use super::Category;

use Category::{
    Criminal, Ethnicity, Health, PoliticalOpinion, Religion, SexualOrientation, UnionMembership,
};
use El::{Any, End, Fill, Named, NamedPeek, NoCapNext, Not, NotPerson, Opt, Peek, Poss, Seq, W};

/// The rule table's notation: `Category Guard Ctx: [before] head => [after];`, one rule per
/// entry, so that the table reads as a list of phrases rather than as struct literals.
macro_rules! rules {
    ($($cat:ident $guard:ident $ctx:ident : [$($before:expr),* $(,)?] $head:expr
        => [$($after:expr),* $(,)?] ;)*) => {
        &[$(Rule {
            head: $head,
            category: $cat,
            before: &[$($before),*],
            after: &[$($after),*],
            guard: Guard::$guard,
            ctx: Ctx::$ctx,
        }),*]
    };
}

const fn words(w: &'static str) -> Head {
    Head::Words(w)
}

/// Every rule, grouped by category. A rule's comment gives a sentence it is for.
pub(super) const RULES: &[Rule] = rules! {
    // ===== health: predicates =====
    // `Dhr. Jansen is ernstig ziek`, `heeft zich ziek gemeld`; not `er ziek van worden`,
    // `ziek en zeer`, `ziek, zwak en misselijk`.
    Health People Any:
        [Not("er"), Fill(2, INTENS)] words("ziek doodziek")
        => [NotPerson, Not("van|en zeer|zwak|makend|makende|gemelde|wordt van|word van|worden \
            van|werd van"), Opt("gemeld geworden thuis geweest")];
    // `heeft zich ziekgemeld`, `is arbeidsongeschikt`, `is zwanger`, `is geopereerd`.
    Health People Any:
        []
        words("ziekgemeld ziekgeschreven arbeidsongeschikt zwanger geopereerd gereanimeerd \
            geblesseerd revalideert gehospitaliseerd bedlegerig rolstoelgebonden zwaargewond \
            lichtgewond gewond aangereden terminaal")
        => [NotPerson];
    // `De voorzitter wenst hem beterschap`: a wish to get better says he is ill.
    // `De aannemer belooft beterschap` promises to improve.
    Health People Any:
        [Not("belooft|beloofde|beloven|beloofd|gelooft|toezegt|zegt toe|zeggen toe")]
        words("beterschap")
        => [Not("beloofd|belooft|beloven|toegezegd|toe|gelooft")];
    // `is nog steeds herstellende van een motorongeluk`; not `de herstellende economie`.
    Health People Any: [] words("herstellende") => [Peek("van na is was")];
    Health People Any: [Peek(HERSTEL_PREV)] words("herstellende") => [];
    Health People Any: [] words("herstellende") => [End];
    // `herstelt voorspoedig`; `de markt herstelt` is caught by the thing guard.
    Health PeopleThings Any:
        [] words("herstelt")
        => [W("voorspoedig goed langzaam gestaag snel thuis wonderwel naar nog van na")];
    // `is na haar operatie aan het herstellen`; not `de schade aan het herstellen`.
    Health PeopleThings Any:
        [Peek("is was nog steeds thuis goed rustig weer inmiddels"), W("aan"), W("het")]
        words("herstellen revalideren aansterken")
        => [Not("van de|van het")];
    // `een voorspoedig herstel`, `zijn herstel`; not `het herstel van de dijk`, and not
    // `een snel herstel`, which economies and services make as often as people.
    Health PeopleThings Any:
        [W("spoedig voorspoedig zijn haar diens")] words("herstel")
        => [Not("van|na")];
    // `is dementerend`.
    Health People Any: [W(IS_VERB), Fill(2, ADV)] words("dementerend") => [];
    // `is slechtziend`, `is gehandicapt`; `is blind voor de signalen` is figurative.
    Health PeopleThings Any:
        [W(IS_VERB), Fill(2, ADV)]
        words("slechtziend slechthorend doof blind gehandicapt invalide doofblind")
        => [NotPerson, Not("voor|op|geweest|voor|en doof|en blind")];
    // `Dhr. Kok is nog niet volledig hersteld`: only of a named subject, since storingen,
    // dijken and relaties are `hersteld` too.
    Health PeopleThings Any:
        [NamedPeek, W("is was"), Fill(3, "nog niet volledig helemaal weer inmiddels goed al")]
        words("hersteld")
        => [Not("van de|van het|verklaard")];
    // `Mevr. Raven is in (blijde) verwachting`; `in de verwachting dat` is an expectation.
    Health People Any:
        [NamedPeek, W("is was"), Fill(2, ADV), W("in"), Opt("blijde")]
        words("verwachting")
        => [Not("dat|van de|van het")];
    // `is verslaafd aan alcohol`; not `verslaafd aan zijn werk`.
    Health People Any:
        [] words("verslaafd")
        => [W("aan"), Fill(1, "de het"), W("alcohol drank drugs gokken cocaine heroine medicijnen \
            pijnstillers slaapmiddelen softdrugs harddrugs lachgas cannabis wiet opiaten speed \
            crack")];
    // `is overspannen`, `zit overspannen thuis`; `de woningmarkt is overspannen` is a thing.
    Health PeopleThings Any:
        [W("is was raakte geraakt thuis zit zat"), Fill(2, ADV)] words("overspannen")
        => [];
    Health PeopleThings Any: [] words("overspannen") => [W("thuis geraakt geworden")];
    // `is bevallen van een dochter`; `de pilot is goed bevallen` pleases, no van.
    Health People Any: [] words("bevallen") => [W("van")];
    // `is met zwangerschapsverlof`, `met zwangerschaps- en bevallingsverlof`.
    Health People Any:
        [W("met op"), Fill(2, "zwangerschaps en")]
        words("zwangerschapsverlof bevallingsverlof ziekteverlof zwangerschaps")
        => [];
    // `om gezondheidsredenen`, `om medische redenen`, with absence or withdrawal near.
    Health People Absence:
        [Opt("om uit vanwege wegens i.v.m ivm")] words("gezondheidsredenen")
        => [];
    Health People Absence:
        [Opt("om uit vanwege wegens"), W("medische gezondheids")] words("redenen")
        => [];
    // `zijn gezondheid`, `de gezondheid van mevrouw Jansen`.
    Health Singular Any:
        [Poss, Fill(1, "slechte wankele broze fysieke psychische mentale lichamelijke geestelijke")]
        words("gezondheid gezondheidstoestand gezondheidssituatie")
        => [];
    Health Off Any:
        [] words("gezondheid gezondheidstoestand gezondheidssituatie")
        => [W("van"), Opt("de"), W(HONORIFICS)];
    // ===== health: hospital, care =====
    // `is opgenomen in het ziekenhuis`, `ligt in een psychiatrische kliniek`.
    Health PeopleThings Any:
        [W(INTO_HOSPITAL_PRE), Fill(2, ADV), W("in naar"), W("het een de"), Fill(2, HOSPITAL_ADJ)]
        words(HOSPITAL)
        => [];
    Health PeopleThings Any:
        [NamedPeek, W(LIES_IN), Fill(3, ADV), W("in"), W("het een de"), Fill(2, HOSPITAL_ADJ)]
        words(HOSPITAL)
        => [];
    // `is in het ziekenhuis opgenomen`, `naar het ziekenhuis gebracht`.
    Health PeopleThings Any:
        [W("in naar"), W("het een de"), Fill(2, HOSPITAL_ADJ)] words(HOSPITAL)
        => [W(INTO_HOSPITAL_POST)];
    // `ligt op de IC`, `op de intensive care opgenomen`.
    Health People Any:
        [W(INTO_HOSPITAL_PRE), Fill(3, ADV), W("op"), W("de")] words("ic intensive")
        => [Opt("care")];
    Health People Any:
        [NamedPeek, W(LIES_IN), Fill(3, ADV), W("op"), W("de")] words("ic intensive")
        => [Opt("care")];
    Health People Any:
        [W("op"), W("de")] words("ic intensive")
        => [Opt("care"), W(INTO_HOSPITAL_POST)];
    // `ligt in coma`.
    Health People Any:
        [
            W("ligt lag raakte geraakt belandde gehouden"),
            Fill(2, ADV),
            W("in"),
            Opt("een kunstmatige diepe"),
        ]
        words("coma")
        => [];
    // `zit in de ziektewet`, `valt onder de WIA`.
    Health People Any:
        [W("zit zat valt viel kwam komt belandt belandde"), Fill(2, ADV), W("in onder"), W("de")]
        words("ziektewet wia wao wga ziektewetuitkering")
        => [];
    // `zit in een rolstoel`.
    Health People Any: [W("zit zat"), Fill(2, ADV), W("in"), W("een de")] words("rolstoel") => [];
    // `is onder behandeling`; `in behandeling nemen` and `de behandeling van het voorstel`
    // are agenda words.
    Health PeopleThings Any:
        [W("onder"), Opt("medische psychiatrische psychologische")] words("behandeling")
        => [];
    Health Singular Any:
        [Poss, Fill(1, "medische verdere zware laatste")] words("behandeling behandelingen")
        => [Not("van|door|in|bij de raad")];
    Health PeopleThings Any:
        [Seq(HAVE), Opt("een"), W("medische psychiatrische psychologische")]
        words("behandeling behandelingen")
        => [];
    // `krijgt chemo`, `zijn bestralingen`, `zit aan de dialyse`.
    Health Singular Any: [Poss, Fill(1, MODS)] words(H_TREATMENT) => [];
    Health PeopleThings Any: [Seq(HAVE), Fill(2, DET_MODS)] words(H_TREATMENT) => [];
    Health People Any: [W("aan in"), W("de")] words(H_TREATMENT) => [];
    // ===== health: events (a reason alone is personal) =====
    // `zijn ziekte`, `haar zwangerschap`, `wegens ziekte verhinderd`, `de ziekte van dhr. X`.
    Health Singular Any: [Poss, Fill(2, MODS)] words(H_EVENT) => [];
    Health PeopleThings Any: [Seq(HAVE), Fill(3, DET_MODS)] words(H_EVENT) => [Opt("gehad")];
    Health PeopleThings Any:
        [Opt(ABSENT), Seq(CAUSAL), Fill(3, DET_MODS)] words(H_EVENT)
        => [Not("en verzuim"), Opt("afwezig verhinderd uitgevallen afgemeld")];
    Health Off Any: [] words(H_EVENT) => [W("van"), Opt("de"), W(HONORIFICS)];
    // ===== health: diseases (personal by possessive, by having, or as a reason for absence) =====
    Health Singular Any: [Poss, Fill(2, MODS)] words(H_DISEASE) => [];
    Health Singular Any:
        [Poss, Fill(2, MODS)] Head::Suffix(H_DISEASE_SUFFIX, H_DISEASE_SUFFIX_EXCLUDED)
        => [];
    Health PeopleThings Any:
        [Seq(HAVE), Fill(3, DET_MODS)] words(H_DISEASE)
        => [Not(NOT_HAVING), Opt("gehad gekregen opgelopen")];
    Health PeopleThings Any:
        [Seq(HAVE), Fill(3, DET_MODS)] Head::Suffix(H_DISEASE_SUFFIX, H_DISEASE_SUFFIX_EXCLUDED)
        => [Not(NOT_HAVING), Opt("gehad gekregen opgelopen")];
    // `heeft de diagnose kanker gekregen`.
    Health PeopleThings Any:
        [Seq(HAVE), Fill(2, DET_MODS), W("diagnose")] words(H_DISEASE)
        => [Opt("gekregen gesteld")];
    Health PeopleThings Any:
        [Seq(HAVE), Fill(2, DET_MODS), W("diagnose")]
        Head::Suffix(H_DISEASE_SUFFIX, H_DISEASE_SUFFIX_EXCLUDED)
        => [Opt("gekregen gesteld")];
    // `is positief getest op corona`.
    Health PeopleThings Any:
        [W("positief")] words("getest")
        => [Opt("op"), Opt("corona covid covid-19 het")];
    // `is weer aan de beterende hand`.
    Health People Any: [W("aan"), W("de"), W("beterende")] words("hand") => [];
    Health PeopleThings Absence:
        [Opt(ABSENT), Seq(CAUSAL), Fill(3, DET_MODS)] words(H_DISEASE)
        => [];
    Health PeopleThings Absence:
        [Opt(ABSENT), Seq(CAUSAL), Fill(3, DET_MODS)]
        Head::Suffix(H_DISEASE_SUFFIX, H_DISEASE_SUFFIX_EXCLUDED)
        => [];
    // `is met een burn-out uitgevallen`.
    Health PeopleThings Absence: [W("met"), Fill(2, DET_MODS)] words(H_DISEASE) => [];
    Health Off Any: [] words(H_DISEASE) => [W("van"), Opt("de"), W(HONORIFICS)];
    // Subordinate order: `dat zij vorig jaar borstkanker heeft gehad`.
    Health PeopleThings Any: [] words(H_DISEASE) => [W("heeft had"), W("gehad gekregen opgelopen")];
    Health PeopleThings Any:
        [] Head::Suffix(H_DISEASE_SUFFIX, H_DISEASE_SUFFIX_EXCLUDED)
        => [W("heeft had"), W("gehad gekregen opgelopen")];
    Health PeopleThings Any:
        [] Head::Suffix(H_ACCIDENT_SUFFIX, "")
        => [W("heeft had"), W("gehad gekregen")];
    // `heeft corona`, `is besmet met corona`, `afwezig vanwege corona`, `zit met griep thuis`;
    // not `de vergadering is vanwege corona digitaal`.
    Health PeopleThings Any:
        [Seq(HAVE), Fill(1, "de het")] words(H_EPIDEMIC)
        => [Not(NOT_HAVING), Opt("gehad")];
    Health People Any: [W("besmet"), W("met"), Opt("het")] words(H_EPIDEMIC) => [];
    Health People Any: [W(ABSENT), Seq(CAUSAL), Opt("de het")] words(H_EPIDEMIC) => [];
    Health People Any: [Seq(CAUSAL), Opt("de het")] words(H_EPIDEMIC) => [W(ABSENT)];
    Health People Any: [W("met"), Opt("de het")] words(H_EPIDEMIC) => [W("thuis")];
    // `bij hem is kanker vastgesteld`, `bij mevrouw Jansen is dementie geconstateerd`.
    Health Off Any:
        [W("bij"), W("hem haar"), Fill(3, "is werd inmiddels onlangs recent een de")]
        Head::Suffix(H_DISEASE_SUFFIX, H_DISEASE_SUFFIX_EXCLUDED)
        => [Fill(1, "is werd"), W("vastgesteld geconstateerd gediagnosticeerd ontdekt")];
    Health Off Any:
        [W("bij"), W("hem haar"), Fill(3, "is werd inmiddels onlangs recent een de")]
        words(H_DISEASE)
        => [Fill(1, "is werd"), W("vastgesteld geconstateerd gediagnosticeerd ontdekt")];
    Health Off Any:
        [W("bij"), Named(false), Fill(3, "is werd inmiddels onlangs recent een de")]
        Head::Suffix(H_DISEASE_SUFFIX, H_DISEASE_SUFFIX_EXCLUDED)
        => [Fill(1, "is werd"), W("vastgesteld geconstateerd gediagnosticeerd ontdekt")];
    Health Off Any:
        [W("bij"), Named(false), Fill(3, "is werd inmiddels onlangs recent een de")]
        words(H_DISEASE)
        => [Fill(1, "is werd"), W("vastgesteld geconstateerd gediagnosticeerd ontdekt")];
    // `psychische klachten` and kin, only when tied to a person.
    Health Singular Any:
        [Poss, Fill(1, DET_MODS), W(HEALTH_ADJ)]
        words("klachten problemen aandoening stoornis beperking handicap")
        => [];
    Health PeopleThings Any:
        [Seq(HAVE), Fill(2, DET_MODS), W(HEALTH_ADJ)]
        words("klachten problemen aandoening stoornis beperking handicap")
        => [];
    Health PeopleThings Absence:
        [Opt(ABSENT), Seq(CAUSAL), Fill(2, DET_MODS), W(HEALTH_ADJ)]
        words("klachten problemen aandoening stoornis")
        => [];
    // ===== health: accidents, injuries, operations =====
    // `heeft een auto-ongeluk gehad`, `herstellende van een motorongeluk`,
    // `vanwege een verkeersongeval afwezig`; `het ongeluk op de A35` is news.
    Health Singular Any: [Poss, Fill(2, MODS)] Head::Suffix(H_ACCIDENT_SUFFIX, "") => [];
    Health PeopleThings Any:
        [Seq(HAVE), Fill(3, DET_MODS)] Head::Suffix(H_ACCIDENT_SUFFIX, "")
        => [Opt("gehad gekregen")];
    Health PeopleThings Absence:
        [Opt(ABSENT), Seq(CAUSAL), Fill(3, DET_MODS)] Head::Suffix(H_ACCIDENT_SUFFIX, "")
        => [];
    Health Off Any: [] Head::Suffix(H_ACCIDENT_SUFFIX, "") => [W("van"), Opt("de"), W(HONORIFICS)];
    // `heeft zijn been gebroken`, `brak haar heup`, `een gebroken enkel`.
    Health Singular Any:
        [Poss] words(BODY)
        => [W("gebroken gekneusd ontwricht verstuikt bezeerd geblesseerd afgezet geamputeerd")];
    Health Singular Any: [W("brak breekt kneusde blesseerde"), Poss] words(BODY) => [];
    Health People Any: [W("een")] words("gebroken gekneusde verstuikte ontwrichte") => [W(BODY)];
    // `zijn operatie`, `een operatie ondergaan`, `in verband met een operatie`,
    // `operatie aan haar knie`; never `een operatie tegen drugs`.
    Health Singular Any:
        [Poss, Fill(2, MODS)] words(H_OPERATION)
        => [Not(NOT_MEDICAL_OPERATION), NoCapNext];
    Health PeopleThings Any:
        [Seq(HAVE), Fill(3, DET_MODS)] words(H_OPERATION)
        => [Not(NOT_MEDICAL_OPERATION), NoCapNext, Opt("gehad ondergaan")];
    Health PeopleThings Any:
        [Opt(ABSENT), Seq(CAUSAL), Fill(3, DET_MODS)] words(H_OPERATION)
        => [Not(NOT_MEDICAL_OPERATION), NoCapNext];
    Health PeopleThings Any:
        [Opt("een"), Fill(1, MODS)] words(H_OPERATION)
        => [Fill(2, "moeten moet zal gaan te heeft had"), W("ondergaan ondergaat ondergegaan onderging \
            ondergingen")];
    Health People Any: [] words(H_OPERATION) => [W("aan"), Opt("zijn haar de het diens"), W(BODY)];
    Health Off Any: [] words(H_OPERATION) => [W("van"), Opt("de"), W(HONORIFICS)];
    // `is na een zware operatie weer aan de beterende hand`.
    Health PeopleThings Absence:
        [W("na"), Fill(3, DET_MODS)] words(H_OPERATION)
        => [Not(NOT_MEDICAL_OPERATION), NoCapNext];
    // A return after illness: `is na een lange ziekteperiode weer aanwezig`, `is na haar
    // burn-out weer aan het werk`, `terug na ziekte`; `re-integratie na ziekte` is policy and
    // has no return or absence near.
    Health PeopleThings Absence: [W("na"), Fill(3, DET_MODS)] words(H_EVENT) => [];
    Health PeopleThings Absence: [W("na"), Fill(3, DET_MODS)] words(H_DISEASE) => [];
    // `ondergaat een behandeling in het ziekenhuis`, `wordt behandeld in een kliniek`;
    // `de behandeling in de commissie` is agenda.
    Health PeopleThings Any:
        [Seq(HAVE), Fill(3, DET_MODS)] words("behandeling behandelingen")
        => [W("in"), W("het een de"), Fill(2, HOSPITAL_ADJ), W(HOSPITAL)];
    Health PeopleThings Any:
        [W("wordt werd is"), Fill(2, ADV)] words("behandeld")
        => [W("in"), W("het een de"), Fill(2, HOSPITAL_ADJ), W(HOSPITAL)];
    // `Dhr. Kok is langdurig uitgevallen`; `de verwarming is langdurig uitgevallen` names
    // nobody.
    Health People Any:
        [NamedPeek, W("is was"), Fill(2, ADV), W("langdurig")] words("uitgevallen")
        => [];
    // ===== religion =====
    // `is moslim`, `is streng gelovig`, `is praktiserend katholiek`; `de school is katholiek`
    // is a thing, and `de katholieke school` never matches (inflected form).
    Religion PeopleThings Any: [W(IS_VERB), Fill(3, REL_ADV)] words(REL_PRED) => [];
    // `dat hij moslim is`, `dat dhr. Kok katholiek is`.
    Religion PeopleThings Any:
        [NamedPeek, Fill(3, REL_ADV)] words(REL_PRED)
        => [W("is was geworden")];
    // `katholiek opgevoed`; `streng opgevoed` alone says nothing of belief.
    Religion People Any:
        [Opt("streng"), W("katholiek christelijk protestants islamitisch joods gelovig religieus \
            gereformeerd hervormd evangelisch")]
        words("opgevoed opgegroeid")
        => [];
    // `heeft zich bekeerd tot de islam`; not `bekeerd tot het nieuwe plan`.
    Religion People Any:
        [Opt("zich")] words("bekeerd bekeerde bekeert")
        => [Opt("zich"), W("tot"), Opt("de het"), W(RELIGIONS)];
    // `zijn geloof`, `haar religieuze overtuiging`; not `zijn geloof in het project`.
    Religion Singular Any:
        [Poss, Fill(1, "islamitische christelijke joodse katholieke sterke diepe")]
        words("geloof religie godsdienst levensovertuiging geloofsovertuiging geloofsbeleving \
            bekering kerkgang geloofsleven")
        => [Not("in|dat|aan|op|uit")];
    Religion Singular Any:
        [Poss, W("religieuze godsdienstige levensbeschouwelijke religieus")]
        words("overtuiging overtuigingen achtergrond")
        => [];
    Religion Off Any:
        [] words("geloof religie godsdienst levensovertuiging geloofsovertuiging")
        => [W("van"), Opt("de"), W(HONORIFICS)];
    // `draagt een hoofddoek`.
    Religion People Any:
        [W("draagt droeg"), Opt("een")]
        words("hoofddoek hoofddoekje boerka niqaab nikab keppel keppeltje tulband")
        => [];
    // `is afwezig vanwege het Suikerfeest`.
    Religion PeopleThings Absence:
        [Opt(ABSENT), Seq(CAUSAL), Opt("het de jom rosj")] words(RELIGIOUS_FEASTS)
        => [];
    Religion PeopleThings Any:
        [W("viert vierde"), Opt("het de jom rosj")] words(RELIGIOUS_FEASTS)
        => [];
    // `kan niet aanwezig zijn vanwege een religieuze feestdag`; `de christelijke feestdagen`
    // are national holidays, and without absence a feast only moves the meeting.
    Religion PeopleThings Absence:
        [
            Opt(ABSENT),
            Seq(CAUSAL),
            Fill(2, DET_MODS),
            W("religieuze islamitische joodse hindoestaanse hindoeistische"),
        ]
        words("feestdag feestdagen")
        => [];
    // `is lid van de Protestantse Kerk`, `gaat elke vrijdag naar de moskee`.
    Religion People Any:
        [W("lid"), W("van"), W("de een het"), Fill(2, "protestantse katholieke rooms-katholieke \
            gereformeerde hervormde evangelische christelijke baptisten islamitische turkse \
            marokkaanse plaatselijke nederlands lokale")]
        words("kerk moskee synagoge tempel kerkgemeente geloofsgemeenschap")
        => [];
    Religion People Any:
        [
            W("gaat ging"),
            W("elke iedere wekelijks trouw regelmatig altijd nog"),
            Fill(2, "zondag vrijdag zaterdag week dag nog ook"),
            W("naar"),
            W("de"),
        ]
        words("kerk moskee synagoge tempel mis")
        => [];
    // `is Jehova's getuige`.
    Religion People Any: [W(IS_VERB), Opt("een"), W("jehova's jehovah's")] words("getuige") => [];
    // ===== ethnic origin =====
    // `is van Marokkaanse afkomst`; `jongeren van Marokkaanse afkomst` is a group.
    // Regional or social origin is no ethnicity: `van Groningse afkomst`, `van eenvoudige komaf`.
    Ethnicity PeopleThings Any:
        [W("van"), Any(2), Not(NOT_ETHNIC)] words("afkomst origine komaf")
        => [];
    // `zijn afkomst`, `haar etnische achtergrond`, `zijn huidskleur`.
    Ethnicity Singular Any:
        [Poss, Fill(1, ETHNIC_ADJ)] words("afkomst etniciteit huidskleur roots herkomst afstamming")
        => [Not("van de|van het")];
    Ethnicity Singular Any: [Poss, W("etnische culturele migratie")] words("achtergrond") => [];
    Ethnicity PeopleThings Any:
        [Seq(HAVE_OR_POSS), Opt("een"), W(ETHNIC_ADJ)] words("achtergrond roots")
        => [];
    // `heeft een migratieachtergrond`; `inwoners met een migratieachtergrond` is a group.
    Ethnicity PeopleThings Any:
        [Seq(HAVE_OR_POSS), Opt("een"), Fill(1, ETHNIC_ADJ)]
        words("migratieachtergrond migrantenachtergrond")
        => [];
    Ethnicity Off Any:
        [] words("afkomst etniciteit huidskleur")
        => [W("van"), Opt("de"), W(HONORIFICS)];
    // `is allochtoon`.
    Ethnicity People Any: [W(IS_VERB), Opt("een")] words("allochtoon") => [];
    // ===== political opinion (outside a council setting only) =====
    // `is lid van de PVV`; in a council `(VVD)` and `namens de fractie` are public roles.
    PoliticalOpinion PeopleThings NotCouncil:
        [W("lid partijlid"), Opt("geworden"), W("van"), Opt("de het")] words(PARTIES)
        => [];
    PoliticalOpinion People NotCouncil:
        [W("lid"), Opt("geworden"), W("van"), W("een de"), W("politieke")] words("partij")
        => [];
    PoliticalOpinion People NotCouncil: [W(IS_VERB)] words("partijlid") => [];
    PoliticalOpinion Singular NotCouncil: [Poss] words("partijlidmaatschap") => [];
    // `zijn politieke voorkeur`, `vanwege haar politieke overtuiging`.
    PoliticalOpinion Singular NotCouncil:
        [Poss, W("politieke")]
        words("voorkeur voorkeuren overtuiging overtuigingen kleur opvattingen sympathieen \
            sympathie gezindheid opvatting")
        => [];
    // `stemt op de PVV`, `heeft op de SP gestemd`.
    PoliticalOpinion PeopleThings NotCouncil:
        [W("stemt stemde gestemd"), W("op"), Opt("de het")] words(PARTIES)
        => [];
    PoliticalOpinion PeopleThings NotCouncil:
        [Peek("heeft had"), W("op"), Opt("de het")] words(PARTIES)
        => [W("gestemd")];
    // ===== trade-union membership =====
    // `is vakbondslid`, `lid van de FNV`, `kaderlid van de politiebond`;
    // `overleg met de vakbonden` is institutional.
    UnionMembership People Any: [] words("vakbondslid") => [];
    UnionMembership People Any:
        [W("lid kaderlid vakbondslid lidmaatschap"), Opt("geworden"), W("van"), W("de een het")]
        words(UNIONS)
        => [];
    UnionMembership Singular Any: [Poss] words("vakbondslidmaatschap") => [];
    UnionMembership People Any:
        [W("actief aangesloten"), W("in bij"), W("de het een")] words(UNIONS)
        => [];
    // ===== sexual orientation =====
    // `is homoseksueel`, `is transgender`; `lhbti-beleid`, `homoseksuele jongeren` never match.
    SexualOrientation PeopleThings Any:
        [W(IS_VERB), Fill(2, "een openlijk openlijke ook al zelf jaren")] words(ORIENTATION)
        => [];
    SexualOrientation PeopleThings Any: [NamedPeek] words(ORIENTATION) => [W("is was")];
    // `zijn geaardheid`, `haar seksuele voorkeur`.
    SexualOrientation Singular Any:
        [Poss, Opt("seksuele")]
        words("geaardheid seksualiteit genderidentiteit coming-out geslachtsidentiteit")
        => [];
    SexualOrientation Singular Any:
        [Poss, W("seksuele geslachtelijke")] words("voorkeur orientatie identiteit")
        => [];
    SexualOrientation Off Any: [] words("geaardheid") => [W("van"), Opt("de"), W(HONORIFICS)];
    // `is uit de kast gekomen`, `kwam uit de kast`.
    SexualOrientation People Any: [W("kwam komt"), W("uit"), W("de")] words("kast") => [];
    SexualOrientation People Any: [W("uit"), W("de")] words("kast") => [W("gekomen")];
    // ===== criminal: convictions =====
    // `is veroordeeld tot een taakstraf`, `eerder veroordeeld`, `door de rechter veroordeeld`;
    // `het geweld wordt scherp veroordeeld` condemns and has none of these.
    Criminal PeopleThings Any: [] words("veroordeeld") => [W("tot wegens voor vanwege geweest")];
    Criminal PeopleThings Any:
        [W("eerder onherroepelijk strafrechtelijk ooit definitief voorwaardelijk")]
        words("veroordeeld")
        => [];
    Criminal PeopleThings Any: [] words("veroordeeld") => [W("door"), Opt("de het"), W(COURT)];
    Criminal PeopleThings Any: [W("door"), Opt("de het"), W(COURT)] words("veroordeeld") => [];
    // `zijn veroordeling wegens fraude`; `zijn veroordeling van het geweld` condemns.
    // `spreekt zijn veroordeling uit van het geweld` condemns.
    Criminal Singular Any:
        [Poss, Fill(1, "strafrechtelijke eerdere recente")] words("veroordeling veroordelingen")
        => [Not("van|uit|over|uitspreken|uitgesproken")];
    Criminal PeopleThings Any:
        [Seq(HAVE), Fill(1, "een eerdere"), W("strafrechtelijke")]
        words("veroordeling veroordelingen")
        => [];
    Criminal Off Any:
        [] words("veroordeling arrestatie aanhouding vervolging")
        => [W("van"), Opt("de"), W(HONORIFICS)];
    // `heeft een strafblad`, `zijn justitiële verleden`.
    Criminal PeopleThings Any:
        [Seq(HAVE_OR_POSS), Fill(2, "een fors flink dik justitiele strafrechtelijke")]
        words("strafblad antecedenten politiedossier")
        => [];
    Criminal PeopleThings Any:
        [Seq(HAVE_OR_POSS), Opt("een"), W("justitieel justitiele crimineel criminele \
            strafrechtelijk strafrechtelijke")]
        words("verleden documentatie")
        => [];
    // ===== criminal: arrest, suspicion, detention =====
    Criminal PeopleThings Any: [] words("gearresteerd gedetineerd vastgezeten") => [];
    // `Dhr. Kok is veroordeeld.`: a named subject is convicted, an act is condemned.
    Criminal PeopleThings Any:
        [NamedPeek, W("is werd wordt"), Fill(2, ADV)] words("veroordeeld")
        => [];
    // `in (voorlopige) hechtenis`, `in verzekering gesteld`, `in voorarrest`.
    Criminal PeopleThings Any: [W("in"), Opt("voorlopige")] words("hechtenis") => [];
    Criminal PeopleThings Any: [W("in")] words("verzekering") => [W("gesteld genomen")];
    Criminal PeopleThings Any: [W("in")] words("voorarrest detentie") => [];
    Criminal PeopleThings Any: [W("in"), W("verzekerde")] words("bewaring") => [];
    // `zit in de gevangenis`, `zit achter de tralies`.
    Criminal PeopleThings Any:
        [
            W("zit zat belandde beland verblijft verbleef vast gezeten opgesloten gezet"),
            Fill(3, ADV),
            W("in"),
            W("de een het"),
        ]
        words("gevangenis cel penitentiaire jeugdgevangenis jeugdinrichting tbs-kliniek")
        => [];
    Criminal PeopleThings Any: [W("achter"), W("de")] words("tralies") => [];
    // `wordt verdacht van fraude`, `is als verdachte aangemerkt`, `op verdenking van diefstal`;
    // `de verdachte van de overval` is someone unnamed.
    // `niet verdacht van sympathie voor` is irony.
    Criminal PeopleThings Any:
        [Not("de|een|niet|nauwelijks|allerminst")] words("verdacht verdachte")
        => [W("van")];
    Criminal PeopleThings Any: [W("wordt werd")] words("verdacht") => [Not("gevonden|geacht|voor")];
    Criminal PeopleThings Any:
        [W("als")] words("verdachte")
        => [Opt("aangemerkt aangehouden gehoord verhoord beschouwd")];
    Criminal PeopleThings Any: [W("op")] words("verdenking") => [W("van")];
    // `aangehouden` mostly defers a decision. Criminal only by the police, on suspicion, for an
    // offence, or said of a named subject: `Dhr. Kok is aangehouden`.
    Criminal PeopleThings Any:
        [] words("aangehouden vastgezet gearresteerd")
        => [W("door"), Opt("de het"), W(POLICE)];
    Criminal PeopleThings Any:
        [W("door"), Opt("de het"), W(POLICE)] words("aangehouden vastgezet gearresteerd")
        => [];
    Criminal PeopleThings Any:
        [] words("aangehouden opgepakt vastgezet gearresteerd")
        => [W("op"), W("verdenking"), Opt("van")];
    Criminal PeopleThings Any:
        [] words("aangehouden opgepakt vastgezet")
        => [W("wegens voor vanwege"), Fill(2, OFFENCE_FILL), W(OFFENCES)];
    Criminal PeopleThings Any:
        [NamedPeek, W("is werd wordt"), Fill(2, ADV)] words("aangehouden opgepakt vastgezet")
        => [Not("als|tot|in|met|voor de|voor het|om")];
    // `zijn arrestatie`, `haar aanhouding`; `de aanhouding van het voorstel` has no possessive.
    Criminal Singular Any:
        [Poss, Fill(1, MODS)]
        words("arrestatie aanhouding vervolging detentie hechtenis gevangenschap opsluiting \
            celstraf gevangenisstraf taakstraf werkstraf")
        => [Not("van de|van het")];
    // `Dhr. Kok zit vast`; `zit vast in de file` and `zit vast aan zijn toezegging` are stuck.
    Criminal PeopleThings Any:
        [NamedPeek, W("zit zat"), Fill(3, ADV)] words("vast")
        => [Not("aan|in|op|met|tussen|achter|bij|te|door|file")];
    // ===== criminal: penalties =====
    // `kreeg een taakstraf`, `veroordeeld tot 80 uur werkstraf`, `hem is een celstraf opgelegd`.
    Criminal PeopleThings Any: [Seq(HAVE), Fill(3, PENALTY_FILL)] words(PENALTIES) => [];
    Criminal PeopleThings Any:
        [W("veroordeeld"), W("tot"), Fill(4, PENALTY_FILL)]
        words("celstraf gevangenisstraf taakstraf werkstraf leerstraf jeugddetentie tbs boete \
            geldboete straf hechtenis gevangenis enkelband")
        => [];
    Criminal Off Any:
        [W("hem haar"), Fill(3, "is werd wordt een voorwaardelijke onvoorwaardelijke al")]
        words(PENALTIES)
        => [Fill(1, "is werd"), W("opgelegd")];
    Criminal People Any: [W("draagt droeg"), Opt("een")] words("enkelband") => [];
    // `staat onder toezicht van de reclassering`.
    Criminal PeopleThings Any:
        [W("staat stond"), Fill(2, ADV), W("onder"), W("toezicht"), W("van"), W("de")]
        words("reclassering")
        => [];
    // ===== criminal: prosecution, offences, VOG =====
    Criminal PeopleThings Any: [W("strafrechtelijk")] words("vervolgd") => [];
    Criminal PeopleThings Any:
        [W("wordt werd is")] words("vervolgd")
        => [W("wegens voor"), Fill(2, OFFENCE_FILL), W(OFFENCES)];
    // `heeft aangifte gedaan tegen dhr. Kok`, `tegen hem is aangifte gedaan`.
    Criminal Off Any:
        [] words("aangifte")
        => [Opt("gedaan"), W("tegen"), Opt("de"), W("dhr mevr mw mevrouw heer hem haar")];
    Criminal Off Any:
        [W("tegen"), W("hem haar"), Fill(3, "is wordt werd er al inmiddels")] words("aangifte")
        => [];
    Criminal Off Any:
        [W("tegen"), Named(false), Fill(3, "is wordt werd er al inmiddels")] words("aangifte")
        => [];
    // `tegen dhr. Kok loopt een strafrechtelijk onderzoek`.
    Criminal Off Any:
        [W("tegen naar"), Named(false), W("loopt liep is"), Opt("een"), W("strafrechtelijk \
            justitieel")]
        words("onderzoek")
        => [];
    Criminal Off Any:
        [W("tegen naar"), W("hem haar"), W("loopt liep is"), Opt("een"), W("strafrechtelijk \
            justitieel")]
        words("onderzoek")
        => [];
    // `tegen dhr. Kok, oud-medewerker van de gemeente, loopt een strafrechtelijk onderzoek`;
    // `een strafrechtelijk onderzoek naar de brand` is about no one.
    Criminal Off AgainstNamed:
        [Opt("een het"), W("strafrechtelijk strafrechtelijke justitieel justitiele")]
        words("onderzoek")
        => [];
    // `Dhr. Kok is onderwerp van een strafrechtelijk onderzoek`.
    Criminal Off Any:
        [
            NamedPeek,
            W("is was wordt werd"),
            Fill(2, ADV),
            Opt("het"),
            W("onderwerp"),
            W("van"),
            Opt("een het"),
            W("strafrechtelijk justitieel"),
        ]
        words("onderzoek")
        => [];
    // `loopt een strafrechtelijk onderzoek naar dhr. Kok`.
    Criminal Off Any:
        [W("strafrechtelijk justitieel opsporings")] words("onderzoek")
        => [W("naar tegen"), Opt("de"), W("dhr mevr mw mevrouw heer hem haar")];
    Criminal Off Any:
        [] words("politieonderzoek opsporingsonderzoek strafonderzoek")
        => [W("naar tegen"), Opt("de"), W("dhr mevr mw mevrouw heer hem haar")];
    // `is betrapt op diefstal`, `heeft zich schuldig gemaakt aan fraude`.
    Criminal PeopleThings Any: [] words("betrapt") => [W("op"), Fill(2, OFFENCE_FILL), W(OFFENCES)];
    Criminal PeopleThings Any:
        [Opt("zich")] words("schuldig")
        => [Opt("gemaakt bevonden maakte"), W("aan"), Fill(2, OFFENCE_FILL), W(OFFENCES)];
    Criminal PeopleThings Any:
        [W("heeft had"), Fill(2, OFFENCE_FILL)] words(OFFENCES)
        => [W("gepleegd begaan")];
    // `zijn rijbewijs is ingevorderd`.
    Criminal Singular Any:
        [Poss] words("rijbewijs")
        => [Fill(3, "is werd door de politie"), W("ingevorderd ingenomen")];
    // `zijn VOG is geweigerd`, `heeft geen VOG gekregen`; `een geweigerde VOG` is procedure.
    Criminal PeopleThings Any:
        [] words("vog vog's")
        => [
            Fill(3, "is werd wordt hem haar niet door justis al"),
            W("geweigerd ingetrokken afgewezen"),
        ];
    // `de VOG van dhr. Kok is geweigerd`.
    Criminal Off Any:
        [] words("vog")
        => [W("van"), Opt("de"), W(HONORIFICS), Any(5), W("geweigerd ingetrokken afgewezen")];
    Criminal PeopleThings Any: [W("geen")] words("vog") => [W("gekregen ontvangen afgegeven")];
    Criminal PeopleThings Any:
        [W("verklaring"), W("omtrent"), W("het")] words("gedrag")
        => [
            Opt("vog"),
            Fill(3, "is werd wordt hem haar niet"),
            W("geweigerd ingetrokken afgewezen"),
        ];
};
