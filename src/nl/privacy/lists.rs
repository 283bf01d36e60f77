//! The word sets of the privacy engine.

use std::collections::HashSet;
use std::sync::OnceLock;

use super::shared::*;

/// Possessives that tie a noun to one person: `zijn operatie`, `haar zwangerschap`.
pub(super) const POSS: &str = "zijn haar diens z'n d'r";

/// Words between a possessive or article and the noun: `zijn geplande knieoperatie`.
pub(super) const MODS: &str =
    "ernstige zware lichte kleine grote recente geplande langdurige plotselinge \
    geslaagde eerste tweede derde vorige nieuwe chronische acute flinke forse lange korte \
    ingrijpende medische noodzakelijke onverwachte zeldzame vervelende lastige ernstig zwaar \
    recent nare akelige heftige lichamelijke psychische voorwaardelijke onvoorwaardelijke";

pub(super) const DET_MODS: &str =
    "een de het ernstige zware lichte kleine grote recente geplande langdurige \
    plotselinge geslaagde eerste tweede derde vorige nieuwe chronische acute flinke forse lange \
    korte ingrijpende medische noodzakelijke onverwachte zeldzame vervelende lastige ernstig zwaar \
    recent nare akelige heftige lichamelijke psychische zijn haar diens z'n d'r volgende week \
    binnenkort morgen nog opnieuw inmiddels onlangs al ook weer gisteren vorige momenteel";

/// Adverbs and time phrases between a verb and a predicate: `is nog steeds herstellende`.
pub(super) const ADV: &str =
    "nog steeds al inmiddels helaas weer ook sinds enige geruime tijd enkele weken \
    maanden dagen jaar jaren lange langere momenteel op dit moment nu tijdelijk wat erg zeer \
    behoorlijk flink vorige week maand recent onlangs kort geleden dus toch echter wel gisteren \
    vandaag afgelopen een paar gelukkig zelf eveneens opnieuw plotseling # maandag dinsdag \
    woensdag donderdag vrijdag zaterdag zondag vannacht gisteravond vanochtend vanmorgen januari \
    februari maart april mei juni juli augustus september oktober november december half begin \
    eind";

/// Words that stand before `herstellende` of a person, never before an attributive one
/// (`de herstellende economie`).
pub(super) const HERSTEL_PREV: &str =
    "is was blijft bleef lijkt nog steeds al inmiddels helaas weer goed \
    voorspoedig gelukkig momenteel nu thuis langzaam";

/// Forms of `zijn` and its kin that make a predicate of a person: `is zwanger`, `werd katholiek`.
pub(super) const IS_VERB: &str = "is was werd wordt blijft bleef lijkt raakte";

/// Verbs of having, suffering and recovering, singular: `heeft een hartaanval gehad`,
/// `kampt met een burn-out`, `is herstellende van een motorongeluk`. A plural subject
/// (`jongeren hebben ...`) does not match them.
pub(super) const HAVE: &str =
    "heeft|had|kreeg|krijgt|kampt met|kampte met|worstelt met|lijdt aan|leed \
    aan|heeft last van|had last van|ondergaat|onderging|overleefde|getroffen door|gediagnosticeerd \
    met|behandeld voor|herstellende van|herstellende na|herstelt van|herstelt na|hersteld \
    van|revalideert na|revalideert van|thuis met|opgenomen met";

/// Reasons: `wegens ziekte`, `in verband met een operatie`.
pub(super) const CAUSAL: &str =
    "wegens|vanwege|i.v.m|ivm|in verband met|door|als gevolg van|ten gevolge van";

/// Body parts for injuries and operations: `zijn been gebroken`, `operatie aan haar knie`.
pub(super) const BODY: &str =
    "been arm heup enkel pols knie rug schouder sleutelbeen rib ribben voet hand \
    vinger teen nek elleboog kaak neus schedel bekken dijbeen onderbeen scheenbeen heupen knieen \
    benen armen hart long longen nier nieren lever darm darmen oog ogen hoofd hersenen galblaas \
    prostaat borst maag blaas achillespees meniscus kruisband wervel ruggenwervel wervels";

// --- health -------------------------------------------------------------------------------

/// Events and states of one person that a reason alone makes personal: `wegens ziekte`.
pub(super) const H_EVENT: &str =
    "ziekte ziekmelding ziekenhuisopname zwangerschap bevalling ziekteverlof \
    zwangerschapsverlof bevallingsverlof ziekbed ziekenhuisverblijf revalidatie herstelperiode \
    ziekteperiode ziekteperiodes ziekenhuisperiode";

/// Diseases and conditions; topics in their own right, so a reason needs absence nearby.
pub(super) const H_DISEASE: &str = "leukemie hartaanval beroerte hartstilstand tia diabetes suikerziekte dementie alzheimer parkinson depressie burn-out burnout \
    overspannenheid psychose verslaving alcoholverslaving drugsverslaving gokverslaving hernia \
    reuma epilepsie astma copd hiv aids whiplash hersenschudding hersenletsel migraine eetstoornis \
    angststoornis ptss adhd autisme tbc tuberculose gezondheidsklachten gezondheidsproblemen \
    hartklachten rugklachten nekklachten knieklachten stressklachten burn-outklachten \
    burnoutklachten hartproblemen rugproblemen longproblemen hartritmestoornis longembolie \
    trombose hersenvliesontsteking sepsis bloedvergiftiging ms als ziekte";

/// Epidemics are a reason for the whole meeting (`vanwege corona digitaal`), so as a reason
/// they count only right next to an absence: `afwezig vanwege corona`.
pub(super) const H_EPIDEMIC: &str = "griep corona covid covid-19 coronavirus";

/// Compound heads: every `...kanker`, `...tumor`, `...infarct` is a disease.
pub(super) const H_DISEASE_SUFFIX: &str =
    "kanker tumor infarct ontsteking fractuur blessure bloeding letsel";

/// `kankerbestrijding` does not end in `kanker`; these do but are no personal condition.
pub(super) const H_DISEASE_SUFFIX_EXCLUDED: &str = "hondenkanker brandletsel oogletsel";

pub(super) const H_ACCIDENT_SUFFIX: &str = "ongeluk ongeval";

/// Operations, never the police kind: `politieoperatie` is not in the list.
pub(super) const H_OPERATION: &str =
    "operatie knieoperatie heupoperatie hartoperatie rugoperatie oogoperatie \
    staaroperatie schouderoperatie darmoperatie hersenoperatie bypassoperatie \
    transplantatie niertransplantatie harttransplantatie levertransplantatie dotterbehandeling \
    amputatie heupvervanging knievervanging openhartoperatie hernia-operatie herniaoperatie \
    maagoperatie galblaasoperatie blindedarmoperatie prostaatoperatie borstoperatie longoperatie \
    nieroperatie voetoperatie handoperatie polsoperatie enkeloperatie nekoperatie kaakoperatie \
    knie-operatie heup-operatie hart-operatie rug-operatie oog-operatie maagverkleining \
    borstamputatie kijkoperatie";

/// Words after `heeft dementie` that make the disease a portfolio topic: `heeft dementie als
/// speerpunt`, `heeft depressie onder jongeren hoog op de agenda`.
pub(super) const NOT_HAVING: &str =
    "als|hoog|op de agenda|centraal|in portefeuille|in zijn portefeuille|in \
    haar portefeuille|tot|onder|bij|aangekaart|geagendeerd|benoemd|genoemd|onderzocht|besproken|op \
    de|in de wijk|voor ogen";

/// Words after an operation that make it a police or military one.
pub(super) const NOT_MEDICAL_OPERATION: &str =
    "tegen|uitgevoerd|gestart|opgezet|georganiseerd|gericht|rond|in|op|van \
    de politie|van politie|bij|voorbereid|geleid|gecoordineerd|afgerond|beeindigd|aangekondigd|\
    geevalueerd|gehouden";

pub(super) const H_TREATMENT: &str =
    "chemo chemotherapie chemokuur chemokuren bestraling bestralingen \
    radiotherapie immunotherapie dialyse nierdialyse fysiotherapie";

/// Adjectives that make `klachten`, `problemen` and `aandoening` medical.
pub(super) const HEALTH_ADJ: &str =
    "psychische lichamelijke medische mentale fysieke psychiatrische \
    neurologische gezondheids hart visuele auditieve verstandelijke motorische";

pub(super) const HOSPITAL: &str =
    "ziekenhuis hospitaal kliniek revalidatiecentrum verpleeghuis hospice umc \
    psychiatrie ggz-instelling ggz-kliniek afkickkliniek academisch";

pub(super) const HOSPITAL_ADJ: &str =
    "academisch academische plaatselijke psychiatrische psychiatrisch \
    algemeen universitair universitaire streekziekenhuis";

/// Verbs that put a person into a hospital, before the place (`ligt in het ziekenhuis`).
pub(super) const INTO_HOSPITAL_PRE: &str =
    "opgenomen belandde beland terechtgekomen gebracht vervoerd overgebracht afgevoerd verpleegd";

/// `ligt in het ziekenhuis` only of a named subject: `de nadruk ligt in het ziekenhuis op ...`.
pub(super) const LIES_IN: &str = "ligt lag verblijft verbleef zit zat";

/// The same verbs after the place (`in het ziekenhuis opgenomen`).
pub(super) const INTO_HOSPITAL_POST: &str =
    "opgenomen beland belandt belandde terechtgekomen gebracht \
    vervoerd overgebracht verpleegd gelegen ligt lag";

/// Intensifiers that belong to `ziek` in the span: `is ernstig ziek`.
pub(super) const INTENS: &str =
    "ernstig langdurig erg zwaar zeer ongeneeslijk terminaal chronisch flink \
    behoorlijk plotseling acuut nog steeds";

// --- religion, origin, politics, unions, orientation ----------------------------------------

pub(super) const REL_PRED: &str =
    "moslim moslima christen katholiek rooms-katholiek protestants protestant \
    joods jood hindoe boeddhist boeddhistisch gelovig atheist agnost agnostisch islamitisch \
    hervormd gereformeerd evangelisch sikh mormoon baptist salafist religieus christelijk";

pub(super) const REL_ADV: &str =
    "een streng zeer erg praktiserend praktiserende diep overtuigd overtuigde \
    vroom vrome ook al zelf nog steeds inmiddels sinds kort jaren orthodox orthodoxe liberaal \
    liberale gelovige belijdend belijdende actief actieve niet de zomer winter voorjaar najaar # \
    januari februari maart april mei juni juli augustus september oktober november december";

pub(super) const RELIGIONS: &str =
    "islam christendom katholicisme jodendom boeddhisme hindoeisme geloof kerk \
    protestantisme christelijk katholieke protestantse";

pub(super) const RELIGIOUS_FEASTS: &str =
    "suikerfeest offerfeest ramadan ramadanfeest divali diwali pesach \
    sabbat sjabbat kipoer hasjana loofhuttenfeest chanoeka vrijdaggebed";

pub(super) const ETHNIC_ADJ: &str =
    "marokkaanse turkse surinaamse antilliaanse molukse kaapverdiaanse \
    somalische syrische afghaanse eritrese joodse koerdische chinese indonesische indische ghanese \
    nigeriaanse arabische berberse etnische allochtone niet-westerse westerse buitenlandse poolse \
    bulgaarse roemeense irakese iraanse hindoestaanse creoolse afrikaanse aziatische";

/// Origins that are regional or social, not ethnic.
pub(super) const NOT_ETHNIC: &str =
    "groningse | friese | twentse | brabantse | limburgse | zeeuwse | drentse \
    | amsterdamse | rotterdamse | haagse | hollandse | nederlandse | utrechtse | gelderse | \
    achterhoekse | eenvoudige | adellijke | goede | bescheiden | arbeiders | boerenafkomst | \
    onbekende | deze | die | welke | overijsselse | sallandse";

/// Parties as members and voters name them. `sp` counts only as written `SP`.
pub(super) const PARTIES: &str =
    "vvd pvv cda d66 pvda groenlinks groenlinks-pvda sp christenunie sgp pvdd \
    denk fvd ja21 bbb volt 50plus bij1 nsc";

/// Words that show a council or party-role setting: a member's party is public there.
pub(super) const COUNCIL: &str =
    "fractie raadslid raadsleden raad gemeenteraad wethouder wethouders \
    burgemeester statenlid statenleden kamerlid kamerleden gedeputeerde fractievoorzitter namens \
    lijsttrekker kandidaat kandidaten kieslijst kandidatenlijst coalitie oppositie motie \
    amendement raadsvergadering commissielid steunfractie partijgenoot partijgenoten verkiezingen \
    verkiezing college wethouderskandidaat raadszetel zetel provinciale";

pub(super) const UNIONS: &str = "vakbond fnv cnv vcp acp npb anpv vmhp cmhf abvakabo politiebond \
    ambtenarencentrum vakcentrale onderwijsbond aob";

pub(super) const ORIENTATION: &str =
    "homo homoseksueel homofiel lesbisch lesbienne biseksueel transgender \
    transseksueel transman transvrouw non-binair nonbinair queer panseksueel aseksueel intersekse \
    interseksueel lhbti'er lhbtiq'er";

// --- criminal -----------------------------------------------------------------------------

pub(super) const POLICE: &str =
    "politie marechaussee douane recherche agenten agent boa boa's fiod \
    opsporingsdienst politieagenten wijkagent";

pub(super) const COURT: &str =
    "rechter rechtbank kantonrechter politierechter strafrechter kinderrechter \
    meervoudige hof gerechtshof strafkamer";

pub(super) const OFFENCES: &str =
    "diefstal winkeldiefstal inbraak woninginbraak mishandeling geweld \
    geweldpleging bedreiging fraude oplichting verduistering witwassen drugsbezit drugshandel \
    wapenbezit heling vernieling brandstichting openlijke rijden dronkenschap overval moord \
    doodslag poging zedenmisdrijf zedendelict ontucht verkrachting aanranding stalking belaging \
    huiselijk corruptie omkoping smaad laster opruiing terrorisme hennepteelt drugssmokkel \
    mensenhandel uitbuiting valsheid ambtsmisdrijf ambtsdelict belastingfraude uitkeringsfraude \
    inbraken diefstallen mensensmokkel kinderporno strafbare strafbaar misdrijf misdrijven \
    afpersing beroving straatroof stelen inbreken drugs dealen zwartrijden vandalisme bedrog \
    identiteitsfraude cybercrime hacken phishing wapenhandel verboden illegale";

pub(super) const OFFENCE_FILL: &str =
    "een de het zware gekwalificeerde tot ernstige vermeende zinloos van \
    onder invloed met grootschalige georganiseerde";

pub(super) const PENALTIES: &str =
    "celstraf gevangenisstraf taakstraf werkstraf leerstraf jeugddetentie tbs \
    tbs-maatregel enkelband strafbeschikking rijontzegging hechtenis detentie jeugdstraf \
    isd-maatregel";

pub(super) const PENALTY_FILL: &str =
    "een de voorwaardelijke onvoorwaardelijke deels hoge forse # uur \
    maanden jaar weken dagen cel zware";

pub(super) const HAVE_OR_POSS: &str = "heeft|had|kreeg|krijgt|zijn|haar|diens|z'n|met";

/// Words after which `zijn` is a possessive: prepositions and verbs that take an object
/// (`na zijn operatie`, `heeft zijn been gebroken`, `dat zijn ziekte`).
pub(super) const POSS_ZIJN_LEAD: &str =
    "tijdens na met over van door vanwege wegens voor aan op in bij sinds \
    ondanks om i.v.m ivm heeft had kreeg krijgt dat omdat doordat terwijl nu vertelt noemt meldt \
    brak breekt vanaf tot rond rondom tegen is was wordt werd naar uit onder";

/// Unnamed people, singular: a predicate after `een agent` is not about the named person.
pub(super) const PEOPLE_SG: &str =
    "medewerker werknemer collega personeelslid inwoner bewoner burger mens \
    persoon jongere oudere kind leerling student client patient man vrouw jongen meisje agent \
    politieagent brandweerman brandweervrouw hulpverlener ambulancemedewerker verpleegkundige \
    vrijwilliger deelnemer bezoeker fietser automobilist motorrijder bromfietser scooterrijder \
    voetganger slachtoffer inzittende gedetineerde verdachte dader boa handhaver zorgverlener baby \
    tiener puber minderjarige asielzoeker statushouder vluchteling arbeidsmigrant dakloze zwerver \
    chauffeur bestuurder sporter speler iemand niemand iedereen men wie klant huurder \
    ondernemer eigenaar buurman buurvrouw docent leraar arts sollicitant kandidaat aanvrager \
    betrokkene gebruiker veroordeelde familielid partner echtgenote echtgenoot vriendin vriend \
    zoon dochter moeder vader broer zus zuster schoonmoeder schoonvader opa oma zwager schoonzus \
    kleinkind neef nicht";

/// Unnamed people, plural, and quantifiers that speak of a group.
pub(super) const PEOPLE_PL: &str =
    "medewerkers werknemers collega's personeelsleden personeel inwoners \
    bewoners burgers mensen personen jongeren ouderen kinderen leerlingen studenten clienten \
    patienten mannen vrouwen jongens meisjes agenten politieagenten brandweerlieden \
    brandweermensen hulpverleners verpleegkundigen vrijwilligers deelnemers bezoekers fietsers \
    automobilisten voetgangers slachtoffers inzittenden gedetineerden verdachten daders boa's \
    zorgverleners ouders gezinnen huishoudens asielzoekers statushouders vluchtelingen \
    arbeidsmigranten daklozen chauffeurs bestuurders sporters spelers raadsleden leden \
    werkzoekenden uitkeringsgerechtigden zieken gewonden kandidaten sollicitanten aanvragers \
    betrokkenen gebruikers verslaafden klanten huurders ondernemers docenten leraren \
    artsen velen sommigen anderen enkelen enkele meerdere sommige vele allen iedereen niemand \
    iemand men wie minderjarigen tieners scholieren senioren veroordeelden families partners";

/// Things and institutions that can be the subject of words we look for: `de school is
/// katholiek`, `de markt herstelt`, `de gemeente is veroordeeld tot`, `de aanvraag is onder
/// behandeling`.
pub(super) const THINGS: &str =
    "school basisschool kerk moskee gemeente organisatie stichting vereniging \
    instelling partij fractie omroep bedrijf onderneming politie justitie brandweer marechaussee \
    defensie om ggd ggz regio veiligheidsregio provincie rijk kabinet raad college bestuur \
    ministerie voorstel stuk motie amendement agendapunt punt dossier zaak verzoek bezwaar \
    bezwaarschrift klacht melding aanvraag project plan regeling wet wetgeving beleid verordening \
    protocol procedure reglement systeem app economie markt woningmarkt arbeidsmarkt vertrouwen \
    relatie schade storing netwerk sector zorg zorgsector ziekenhuis wijk buurt stad dorp \
    begroting pilot dijk weg brug gebouw pand subsidie vergunning rapport advies nota notitie \
    evaluatie onderwerp besluit programma situatie stichtingen scholen gemeenten organisaties \
    instellingen bedrijven ziekenhuizen verzekeraar werkgever vvd pvv cda d66 pvda sp groenlinks \
    cu sgp";

pub(super) const DEATH_WORDS: &str =
    "overleden overlijden overleed overlijdt gestorven stierf ontvallen \
    ontslapen heengegaan memoriam condoleance condoleances condoleert condoleren gecondoleerd \
    rouwkaart rouwadvertentie uitvaart begrafenis crematie gecremeerd begraven nagedachtenis \
    herdenkt herdenken sterfgeval rouw rouwt rouwen levenloos overlijdensbericht afscheidsdienst \
    rouwdienst rouwregister stilte";

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
}

pub(super) fn lex() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let set = |list: &'static str| list.split_ascii_whitespace().collect();
        Lexicon {
            poss: set(POSS),
            poss_zijn_lead: set(POSS_ZIJN_LEAD),
            honorifics: set(HONORIFICS),
            roles: set(ROLES),
            particles: set(PARTICLES),
            prepositions: set(PREPOSITIONS),
            people_sg: set(PEOPLE_SG),
            people_pl: set(PEOPLE_PL),
            things: set(THINGS),
            absence: set(ABSENCE_WORDS),
            council: set(COUNCIL),
            parties: set(PARTIES),
            death: set(DEATH_WORDS),
        }
    })
}
