//! Tests of the privacy engine.

use super::lists::LISTS;
use super::pattern::El::*;
use super::pattern::{rule_index, Head};
use super::*;
use Category::*;

/// Sentences in the style of real minutes that disclose special-category data, with the
/// category and the exact text of the first phrase found.
const POSITIVE: &[(&str, Category, &str)] = &[
    ("De voorzitter opent de vergadering en noemt de afwezigen. Dhr. Lutje Wagelaar is nog steeds herstellende van een motorongeluk.", Health, "herstellende van een motorongeluk"),
    ("De voorzitter meldt dat mevrouw Jansen na haar operatie aan het herstellen is.", Health, "haar operatie"),
    ("Dhr. Kok is afwezig wegens ziekte.", Health, "afwezig wegens ziekte"),
    ("Mevr. Raven is wegens ziekte verhinderd.", Health, "wegens ziekte verhinderd"),
    ("Dhr. Welten is ernstig ziek.", Health, "ernstig ziek"),
    ("Ds. Jansen is ernstig ziek.", Health, "ernstig ziek"),
    ("Statenlid Jansen is ernstig ziek.", Health, "ernstig ziek"),
    ("Ook fractievoorzitter Jansen ligt in het ziekenhuis.", Health, "ligt in het ziekenhuis"),
    ("Ook de vice-voorzitter ligt in het ziekenhuis.", Health, "ligt in het ziekenhuis"),
    ("Dhr. Kok meldt dat de plv. voorzitter in het ziekenhuis ligt.", Health, "in het ziekenhuis ligt"),
    ("De voorzitter meldt dat dhr. Schouten langdurig ziek is.", Health, "langdurig ziek"),
    ("Mevr. Nauta heeft zich ziek gemeld.", Health, "ziek gemeld"),
    ("Dhr. Gerritsen heeft zich ziekgemeld.", Health, "ziekgemeld"),
    ("Mevr. Kroon is opgenomen in het ziekenhuis.", Health, "opgenomen in het ziekenhuis"),
    ("Dhr. Robben is vorige week in het ziekenhuis opgenomen.", Health, "in het ziekenhuis opgenomen"),
    ("Mevr. Evers is zwanger van haar tweede kind.", Health, "zwanger"),
    ("Mevr. Klopman is met zwangerschapsverlof; haar taken worden waargenomen door dhr. Knol.", Health, "met zwangerschapsverlof"),
    ("Dhr. Lucas heeft een hartaanval gehad en is voorlopig niet inzetbaar.", Health, "heeft een hartaanval gehad"),
    ("De voorzitter wenst dhr. Eshuis veel sterkte en een voorspoedig herstel.", Health, "voorspoedig herstel"),
    ("Dhr. Kuks kampt met een burn-out.", Health, "kampt met een burn-out"),
    ("Mevr. Wevers zit overspannen thuis.", Health, "zit overspannen thuis"),
    ("Dhr. Koenders ondergaat volgende week een knieoperatie.", Health, "ondergaat volgende week een knieoperatie"),
    ("Dhr. Joosten is onlangs geopereerd aan zijn heup.", Health, "geopereerd"),
    ("Mevr. Van der Kolk krijgt chemotherapie.", Health, "krijgt chemotherapie"),
    ("Mw. Ter Haar deelt mede dat dhr. Karim van Zanten op eigen verzoek wegens gezondheidsproblemen is teruggetreden als beleidsadviseur.", Health, "wegens gezondheidsproblemen"),
    ("Mevr. Wolters is na een lange ziekteperiode weer aanwezig; de voorzitter heet haar welkom terug.", Health, "na een lange ziekteperiode"),
    ("Dhr. Kok is na zijn burn-out weer aan het werk.", Health, "na zijn burn-out"),
    ("Mevr. Raven is terug na ziekte.", Health, "na ziekte"),
    ("Mw. I. Ozturk is afwezig vanwege een burn-out.", Health, "afwezig vanwege een burn-out"),
    ("De heer Zwart ondergaat momenteel een behandeling in het ziekenhuis.", Health, "ondergaat momenteel een behandeling in het ziekenhuis"),
    ("Mevr. Raven wordt behandeld in een academisch ziekenhuis.", Health, "wordt behandeld in een academisch ziekenhuis"),
    ("Dhr. Kok is langdurig uitgevallen.", Health, "is langdurig uitgevallen"),
    ("Dhr. Boom kan vandaag niet aanwezig zijn vanwege een religieuze feestdag.", Religion, "vanwege een religieuze feestdag"),
    ("Dhr. Sardjoe deelt mede dat tegen dhr. J. Koning, oud-medewerker van de raad van bestuur, een strafrechtelijk onderzoek loopt.", Criminal, "een strafrechtelijk onderzoek"),
    ("Er loopt een strafrechtelijk onderzoek tegen de heer Kok.", Criminal, "een strafrechtelijk onderzoek tegen de heer"),
    ("Dhr. Kok is onderwerp van een strafrechtelijk onderzoek.", Criminal, "is onderwerp van een strafrechtelijk onderzoek"),
    ("Bij dhr. Smink is kanker vastgesteld.", Health, "Bij dhr. Smink is kanker vastgesteld"),
    ("Bij hem is kanker vastgesteld.", Health, "Bij hem is kanker vastgesteld"),
    ("Dhr. Hofland heeft zijn been gebroken.", Health, "zijn been gebroken"),
    ("Mevr. Dinsbach is bevallen van een dochter.", Health, "bevallen van"),
    ("Dhr. Miltenburg is veroordeeld tot een taakstraf van 80 uur.", Criminal, "is veroordeeld tot een taakstraf"),
    ("Dhr. Slot is door de politie aangehouden.", Criminal, "door de politie aangehouden"),
    ("Dhr. Beens zit vast.", Criminal, "zit vast"),
    ("Mevr. Haverkamp wordt verdacht van fraude.", Criminal, "wordt verdacht van"),
    ("Dhr. Veldhuizen is gearresteerd op verdenking van witwassen.", Criminal, "gearresteerd op verdenking van"),
    ("Dhr. Nauta heeft een strafblad.", Criminal, "heeft een strafblad"),
    ("De VOG van dhr. Kok is geweigerd.", Criminal, "VOG van dhr. Kok is geweigerd"),
    ("Dhr. Ouald Chaib is moslim.", Religion, "is moslim"),
    ("Mevr. Baalman is streng gelovig.", Religion, "is streng gelovig"),
    ("Dhr. De Jong is van Marokkaanse afkomst.", Ethnicity, "van Marokkaanse afkomst"),
    ("Dhr. Pietersen is lid van de FNV.", UnionMembership, "lid van de FNV"),
    ("Mevr. Jansen is vakbondslid.", UnionMembership, "vakbondslid"),
    ("Dhr. Visser is homoseksueel.", SexualOrientation, "is homoseksueel"),
    ("Mevr. De Man is lid van de PVV.", PoliticalOpinion, "lid van de PVV"),
    ("Dhr. Van Dam is afwezig in verband met een operatie.", Health, "afwezig in verband met een operatie"),
    ("Mevr. Smit ligt in het ziekenhuis.", Health, "ligt in het ziekenhuis"),
    ("Dhr. Bakker revalideert na een herseninfarct.", Health, "revalideert na een herseninfarct"),
    ("De secretaris is afwezig i.v.m. zwangerschap.", Health, "afwezig i.v.m. zwangerschap"),
    ("Dhr. Mulder heeft een auto-ongeluk gehad en is afwezig.", Health, "heeft een auto-ongeluk gehad"),
    ("Mevr. Bos is vanwege een verkeersongeval verhinderd.", Health, "vanwege een verkeersongeval"),
    ("Dhr. Hendriks lijdt aan dementie.", Health, "lijdt aan dementie"),
    ("Mevr. Peters heeft psychische klachten.", Health, "heeft psychische klachten"),
    ("Dhr. De Vries is met een burn-out uitgevallen.", Health, "met een burn-out"),
    ("Dhr. Meijer zit in de gevangenis.", Criminal, "zit in de gevangenis"),
    ("Mevr. Dekker is eerder veroordeeld voor mishandeling.", Criminal, "eerder veroordeeld voor"),
    ("Dhr. Brouwer zit in voorlopige hechtenis.", Criminal, "in voorlopige hechtenis"),
    ("Dhr. Willems heeft zich bekeerd tot de islam.", Religion, "zich bekeerd tot de islam"),
    ("Mevr. Hoekstra draagt een hoofddoek.", Religion, "draagt een hoofddoek"),
    ("Dhr. Postma is afwezig vanwege het Suikerfeest.", Religion, "afwezig vanwege het Suikerfeest"),
    ("Dhr. Kramer is katholiek opgevoed.", Religion, "is katholiek opgevoed"),
    ("De voorzitter meldt dat dhr. Prins is aangehouden.", Criminal, "is aangehouden"),
    ("Mevr. Kuipers is afwezig in verband met de ziekte van haar man.", Health, "afwezig in verband met de ziekte"),
    ("Dhr. Vos staat onder toezicht van de reclassering.", Criminal, "staat onder toezicht van de reclassering"),
    ("Tegen dhr. Boer is aangifte gedaan.", Criminal, "Tegen dhr. Boer is aangifte"),
    ("Tegen hem is aangifte gedaan wegens bedreiging.", Criminal, "Tegen hem is aangifte"),
    ("Dhr. Jacobs treedt om gezondheidsredenen terug als penningmeester.", Health, "om gezondheidsredenen"),
    ("Mevr. Huisman is arbeidsongeschikt.", Health, "arbeidsongeschikt"),
    ("Dhr. Koster zit in de ziektewet.", Health, "zit in de ziektewet"),
    ("Mevr. Van Leeuwen is met zwangerschaps- en bevallingsverlof.", Health, "met zwangerschaps- en bevallingsverlof"),
    ("Dhr. Verbeek kreeg een taakstraf.", Criminal, "kreeg een taakstraf"),
    ("De voorzitter wenst mevrouw Scholten beterschap.", Health, "beterschap"),
    ("Dhr. Van den Berg is onder behandeling voor zijn depressie.", Health, "onder behandeling"),
    ("Mevr. Jansen is helaas nog steeds ziek.", Health, "nog steeds ziek"),
    ("Dhr. Pieters is na een zware operatie weer aan de beterende hand.", Health, "na een zware operatie"),
    ("Mevr. De Groot heeft een hersenbloeding gehad.", Health, "heeft een hersenbloeding gehad"),
    ("Mevr. Verhoeven is thuis aan het herstellen van een longontsteking.", Health, "aan het herstellen"),
    ("Dhr. Hermans is sinds maart met ziekteverlof.", Health, "met ziekteverlof"),
    ("De voorzitter deelt mee dat dhr. Kramer zich wegens gezondheidsproblemen terugtrekt uit het bestuur.", Health, "wegens gezondheidsproblemen"),
    ("Mevr. Bosman is vanwege haar zwangerschap vervangen door dhr. Kok.", Health, "vanwege haar zwangerschap"),
    ("Dhr. Wouters kan door een hernia niet aanwezig zijn.", Health, "door een hernia"),
    ("Dhr. Vermeulen heeft corona en schuift digitaal aan.", Health, "heeft corona"),
    ("Mevr. Kok is positief getest op corona.", Health, "positief getest op corona"),
    ("Mevr. Schouten is opgenomen in een psychiatrische kliniek.", Health, "opgenomen in een psychiatrische kliniek"),
    ("Dhr. Van Vliet heeft de diagnose kanker gekregen.", Health, "heeft de diagnose kanker gekregen"),
    ("Mevr. Smits is op 12 maart bevallen van een zoon.", Health, "bevallen van"),
    ("Dhr. Lammers is door een auto aangereden en ligt in het ziekenhuis.", Health, "aangereden"),
    ("Dhr. Prins is in voorlopige hechtenis genomen.", Criminal, "in voorlopige hechtenis"),
    ("Dhr. Haan is veroordeeld.", Criminal, "is veroordeeld"),
    ("Tegen dhr. Haan loopt een strafrechtelijk onderzoek.", Criminal, "Tegen dhr. Haan loopt een strafrechtelijk onderzoek"),
    ("Dhr. Öztürk viert het Offerfeest en is daarom afwezig.", Religion, "viert het Offerfeest"),
    ("Dhr. Pinas is van Surinaamse komaf.", Ethnicity, "van Surinaamse komaf"),
    ("Dhr. Wolters is aangesloten bij de FNV.", UnionMembership, "aangesloten bij de FNV"),
    ("Dhr. Bouma is openlijk homo.", SexualOrientation, "is openlijk homo"),
    ("Dhr. Maas heeft drie maanden vastgezeten.", Criminal, "vastgezeten"),
    ("Mevr. Jansen kampt met gezondheidsproblemen.", Health, "kampt met gezondheidsproblemen"),
    ("Dhr. Visser is vorige maand aan zijn knie geopereerd.", Health, "geopereerd"),
    ("Dhr. Kok, zelf ervaringsdeskundige, vertelt over zijn depressie.", Health, "zijn depressie"),
    ("Mevr. Raven vertelt openhartig over haar burn-out.", Health, "haar burn-out"),
    ("G.J. Kok is ziek.", Health, "ziek"),
    ("De raad stemt in met de tijdelijke vervanging van mevrouw Jansen wegens zwangerschap en bevalling.", Health, "wegens zwangerschap"),
    ("Dhr. Kok heeft MS.", Health, "heeft MS"),
    ("De voorzitter meldt dat de secretaris ziek is.", Health, "ziek"),
    ("Mevr. Raven is afwezig omdat haar vrouw ernstig ziek is.", Health, "ernstig ziek"),
    ("Dhr. Yilmaz ligt sinds dinsdag op de IC.", Health, "ligt sinds dinsdag op de IC"),
    ("Dhr. Kok is afwezig vanwege corona.", Health, "afwezig vanwege corona"),
    ("Mevr. Raven zit met griep thuis.", Health, "met griep thuis"),
    ("Dhr. Jansen is besmet met het coronavirus.", Health, "besmet met het coronavirus"),
    ("Afwezig: J. Lucas (ziek), P. Miltenburg.", Health, "ziek"),
    ("Dhr. Kok, die zelf van Turkse komaf is, pleit voor meer diversiteit.", Ethnicity, "van Turkse komaf"),
    ("Mevr. Raven is vanwege een hernia-operatie afwezig.", Health, "vanwege een hernia-operatie"),
    ("Dhr. Kok heeft vorige maand een hartinfarct gehad en herstelt voorspoedig.", Health, "herstelt voorspoedig"),
    ("De voorzitter wenst dhr. Kok, die een zware operatie heeft ondergaan, veel sterkte.", Health, "een zware operatie heeft ondergaan"),
    ("Mevr. De Vries is langdurig uitgevallen wegens een burn-out.", Health, "is langdurig uitgevallen wegens een burn-out"),
    ("Dhr. Bakker is na een val met een gebroken heup opgenomen in het ziekenhuis.", Health, "een gebroken heup"),
    ("Mevr. Smit is sinds januari met zwangerschapsverlof en wordt vervangen door dhr. Kok.", Health, "met zwangerschapsverlof"),
    ("Wethouder Jansen is ziek; de burgemeester neemt zijn portefeuille waar.", Health, "ziek"),
    ("De griffier is wegens ziekte afwezig; de notulen worden verzorgd door mevr. Raven.", Health, "wegens ziekte afwezig"),
    ("Dhr. Kok meldt dat hij onder behandeling is bij een psycholoog.", Health, "onder behandeling"),
    ("Mevr. Raven vertelt dat zij vorig jaar borstkanker heeft gehad.", Health, "borstkanker heeft gehad"),
    ("Dhr. Visser heeft zijn functie neergelegd om gezondheidsredenen.", Health, "om gezondheidsredenen"),
    ("Mevr. Jansen is herstellende na een ernstig verkeersongeluk.", Health, "herstellende na een ernstig verkeersongeluk"),
    ("Dhr. Kok heeft een strafblad wegens mishandeling.", Criminal, "heeft een strafblad"),
    ("Het lid Van der Kolk is gedetineerd.", Criminal, "gedetineerd"),
    ("Dhr. Kok is op verdenking van fraude aangehouden.", Criminal, "op verdenking van"),
    ("Dhr. Kok wordt strafrechtelijk vervolgd.", Criminal, "strafrechtelijk vervolgd"),
    ("Tegen dhr. Kok is een strafrechtelijk onderzoek gestart; hij legt zijn functie tijdelijk neer.", Criminal, "Tegen dhr. Kok is een strafrechtelijk onderzoek"),
    ("Mevr. Raven heeft zich bekeerd tot het christendom.", Religion, "zich bekeerd tot het christendom"),
    ("Dhr. Kok is praktiserend moslim.", Religion, "is praktiserend moslim"),
    ("Dhr. Kok gaat elke vrijdag naar de moskee.", Religion, "gaat elke vrijdag naar de moskee"),
    ("Mevr. Raven is lid van de Protestantse Kerk.", Religion, "lid van de Protestantse Kerk"),
    ("Mevr. Raven is lesbisch.", SexualOrientation, "is lesbisch"),
    ("Dhr. Kok is transgender.", SexualOrientation, "is transgender"),
    ("Dhr. Kok is sinds 2015 lid van de SP.", PoliticalOpinion, "lid van de SP"),
    ("Mevr. Raven is kaderlid van de FNV.", UnionMembership, "kaderlid van de FNV"),
    ("Dhr. Kok heeft een migratieachtergrond.", Ethnicity, "heeft een migratieachtergrond"),
    ("Mevr. Raven is van Antilliaanse afkomst.", Ethnicity, "van Antilliaanse afkomst"),
    ("Dhr. Kok ligt in coma.", Health, "ligt in coma"),
    ("Dhr. Kok is na zijn hartstilstand gereanimeerd.", Health, "zijn hartstilstand"),
    ("Mevr. Raven lijdt aan MS.", Health, "lijdt aan MS"),
    ("Dhr. Kok heeft ALS.", Health, "heeft ALS"),
    ("Dhr. Kok zit sinds vorige week in voorarrest.", Criminal, "in voorarrest"),
    ("Dhr. Kok heeft een enkelband omgekregen.", Criminal, "heeft een enkelband"),
    ("De voorzitter meldt dat de heer Kok ernstig ziek is en wenst hem veel sterkte.", Health, "ernstig ziek"),
    ("Dhr. Kok heeft zich per 1 maart ziekgemeld.", Health, "ziekgemeld"),
    ("Mevr. Raven is gisteren bevallen van een gezonde zoon.", Health, "bevallen van"),
    ("Dhr. Kok heeft last van hartklachten.", Health, "heeft last van hartklachten"),
    ("De VOG van mevrouw Raven is door Justis geweigerd.", Criminal, "VOG van mevrouw Raven is door Justis geweigerd"),
    ("Mevr. Raven is vorig jaar veroordeeld wegens rijden onder invloed.", Criminal, "veroordeeld wegens"),
    ("Dhr. Kok heeft een celstraf uitgezeten.", Criminal, "heeft een celstraf"),
    ("Dhr. Kok is nog niet volledig hersteld.", Health, "is nog niet volledig hersteld"),
    ("Mevr. Raven is in blijde verwachting.", Health, "is in blijde verwachting"),
    ("Dhr. Kok is slechtziend.", Health, "is slechtziend"),
    ("Mevr. Raven heeft een visuele beperking.", Health, "heeft een visuele beperking"),
    ("Dhr. Kok is christelijk opgevoed.", Religion, "is christelijk opgevoed"),
    ("Mevr. Hulshof is door ziekte al enkele weken niet in staat haar werkzaamheden te verrichten.", Health, "door ziekte"),
    ("Dhr. Brink heeft vorige week een TIA gehad.", Health, "heeft vorige week een TIA gehad"),
    ("De voorzitter meldt dat wethouder Mulder een hartoperatie heeft ondergaan en voorlopig uitvalt.", Health, "een hartoperatie heeft ondergaan"),
    ("Dhr. Aksoy is wegens zijn detentie niet aanwezig.", Criminal, "zijn detentie"),
    ("Mevr. Kaya is sinds de zomer moslima.", Religion, "is sinds de zomer moslima"),
    ("Dhr. Van Rijn is helaas opnieuw opgenomen in het ziekenhuis.", Health, "opgenomen in het ziekenhuis"),
    ("Mevr. Bulut zit thuis met een hernia.", Health, "thuis met een hernia"),
    ("De secretaris meldt dat dhr. Dekker is ontslagen na zijn veroordeling voor fraude.", Criminal, "zijn veroordeling"),
    ("Dhr. Hoekstra is vanwege psychische problemen tijdelijk afwezig.", Health, "vanwege psychische problemen"),
    ("Mevr. Veenstra is herstellende van een heupoperatie.", Health, "herstellende van een heupoperatie"),
    ("Dhr. Peeters is lid van de CNV.", UnionMembership, "lid van de CNV"),
    ("Mevr. El Idrissi is met zwangerschapsverlof.", Health, "met zwangerschapsverlof"),
    ("Dhr. Smeets wordt verdacht van verduistering.", Criminal, "wordt verdacht van"),
    ("Dhr. Wijnen heeft een hersentumor.", Health, "heeft een hersentumor"),
    ("De voorzitter wenst mevrouw Kuijpers veel beterschap na haar val.", Health, "beterschap"),
];

/// Sentences that name a person but disclose nothing about one: policy topics, deferrals,
/// condemnations, council parties, vague reasons for absence, death notices, idioms.
const NEGATIVE: &[&str] = &[
    // Near misses of the reason, return, treatment, feast and investigation phrases.
    "De voorzitter opent de vergadering om 14.00 uur. Dhr. Jager is verhinderd door een andere afspraak. Mevr. Van den Broek is met kennisgeving afwezig.",
    "Dhr. Jager is verhinderd door een andere afspraak.",
    "Mevr. Van den Broek is met kennisgeving afwezig.",
    "De voorzitter deelt mede dat dhr. Karim van Zanten op eigen verzoek is teruggetreden als beleidsadviseur.",
    "Dhr. Kok is verhinderd wegens werkzaamheden.",
    "Mevr. Raven is afwezig wegens vakantie.",
    "Dhr. Kok is verhinderd wegens familieomstandigheden.",
    "Dhr. Kok licht de ziekteverzuimcijfers toe: het ziekteverzuim is gedaald.",
    "Mevr. Raven merkt op dat re-integratie na een lange ziekteperiode voor medewerkers lastig is.",
    "Dhr. Kok is na de zomervakantie weer aanwezig.",
    "Mevr. Raven meldt dat de behandeling in de commissie is afgerond.",
    "Dhr. Kok heeft de behandeling in het college voorbereid.",
    "Mevr. Raven meldt dat het voorstel wordt behandeld in de raad.",
    "Dhr. Kok meldt dat de verwarming langdurig is uitgevallen.",
    "Mevr. Raven meldt dat de verwarming is langdurig uitgevallen.",
    "Dhr. Kok stelt voor vanwege de christelijke feestdagen in januari te vergaderen.",
    "Mevr. Raven meldt dat de vergadering vanwege een religieuze feestdag is verplaatst.",
    "Dhr. Kok meldt dat het onderzoek naar de begroting loopt.",
    "Mevr. Raven meldt dat de politie onderzoek doet naar inbraken.",
    "Dhr. Kok meldt dat er een strafrechtelijk onderzoek loopt naar de brand.",
    "Dhr. Kok stemt tegen dhr. Jansen; er loopt een strafrechtelijk onderzoek naar de brand.",
    "Mevr. Raven is tegen een strafrechtelijk onderzoek naar de brand.",
    "Dhr. Kok meldt dat de aangifte van geboorte digitaal kan.",
    "Het voorstel wordt aangehouden tot de volgende vergadering.",
    "Dhr. Kok stelt voor het agendapunt aan te houden; het voorstel wordt aangehouden.",
    "Het voorstel van dhr. Kok wordt aangehouden.",
    "Mevr. Raven meldt dat het ziekteverzuim bij de politie is gedaald.",
    "Dhr. Welten maakt zich zorgen over de planning.",
    "Mevr. Nauta wijst op de zorgen over de zorg voor ouderen.",
    "Dhr. Welten merkt dat we tegen grenzen aanlopen bij infodeling met zorgpartners.",
    "Dhr. Miltenburg meldt dat het ziekenhuis meedoet aan de pilot streettriage.",
    "De GGD licht het gezondheidsbeleid toe; dhr. Kok heeft geen vragen.",
    "Dhr. Schouten constateert dat de gemeente financieel gezond is en een gezonde begroting heeft.",
    "Mevr. Kroon vraagt naar de ziektekostenverzekering voor minima.",
    "Dhr. Robben licht de aanpak van personen met verward gedrag toe.",
    "Volgens dhr. Welten groeien jongeren snel door naar criminaliteit.",
    "Mevr. Raven ziet voor ondermijning graag voldoende capaciteit ingezet door de politie.",
    "De voorzitter veroordeelt namens het bestuur het geweld tegen hulpverleners.",
    "Dhr. Gerritsen spreekt zijn veroordeling uit van het geweld tegen de wijkagent.",
    "Het geweld tegen de boa's wordt door de raad scherp veroordeeld.",
    "Dhr. Jansen (CDA) vraagt of het college de motie uitvoert.",
    "Namens de VVD-fractie dient mevr. De Boer een amendement in.",
    "Mevr. Bakker, lid van de PvdA-fractie, stemt tegen het voorstel.",
    "Dhr. Visser (SP) is lid van de SP en stemt voor.",
    "De voorzitter meldt dat er overleg met de vakbonden is geweest over de cao.",
    "Dhr. Miltenburg meldt dat de politiebonden acties voeren voor een betere cao.",
    "Dhr. Hagenaars heeft een nieuwe functie.",
    "Mevr. Evers is met kennisgeving afwezig.",
    "Dhr. Knol is verhinderd.",
    "Dhr. Lucas is afwezig wegens werkzaamheden.",
    "Mevr. Klopman is afwezig in verband met familieomstandigheden.",
    "Dhr. Smink is afwezig vanwege persoonlijke omstandigheden.",
    "Dhr. Kuks is op vakantie.",
    "Mevr. Wevers is verhuisd naar Deventer.",
    "Dhr. Beens wordt welkom geheten als vervanger van dhr. Hofland.",
    "Dhr. Koenders gaat met pensioen; de voorzitter bedankt hem voor zijn inzet.",
    "Dhr. Eshuis meldt dat de politieoperatie tegen hennepteelt voorspoedig verliep.",
    "Dhr. Miltenburg meldt dat de politie een grootscheepse operatie tegen drugs heeft uitgevoerd.",
    "De behandeling van het voorstel wordt uitgesteld.",
    "Dhr. Joosten stelt voor het verzoek in behandeling te nemen.",
    "Mevr. Raven meldt dat het bezwaar nog onder behandeling is.",
    "Dhr. Robben meldt dat het herstel van de dijk voor de winter klaar is.",
    "Dhr. Kok zegt dat de economie een voorspoedig herstel laat zien.",
    "Mevr. Nauta wijst op de herstellende woningmarkt.",
    "Dhr. Welten: de woningmarkt is overspannen.",
    "Dhr. Schouten meldt dat de katholieke basisschool uitbreidt.",
    "Mevr. Kroon bezoekt de christelijke basisschool De Regenboog.",
    "Dhr. Gerritsen zegt dat de school katholiek is.",
    "De voorzitter condoleert dhr. Lucas met het overlijden van zijn vader.",
    "In memoriam: dhr. Jansen, oud-lid van het bestuur, is op 3 juli overleden na een kort ziekbed.",
    "De vergadering staat een minuut stilte stil bij het overlijden van mevrouw De Wit, die lang ziek was.",
    "Dhr. Smit is afwezig vanwege de begrafenis van zijn schoonmoeder.",
    "Mevr. Raven meldt dat veel medewerkers ziek zijn door de griep.",
    "Dhr. Miltenburg meldt dat een agent gewond raakte bij de aanhouding.",
    "Dhr. Miltenburg meldt dat drie jongeren zijn aangehouden voor winkeldiefstal.",
    "Mevr. Raven meldt dat de verdachte door de politie is aangehouden.",
    "Dhr. Welten wijst op de lange wachtlijsten voor jongeren met psychische klachten.",
    "Mevr. Nauta vraagt aandacht voor inwoners met dementie en hun mantelzorgers.",
    "Dhr. Kok meldt dat het verkeersongeval op de N18 veel impact had.",
    "Dhr. Robben meldt dat door een ongeluk op de A35 de weg urenlang dicht was.",
    "Mevr. Kroon zegt dat een goede opvang van verwarde personen belangrijk is.",
    "Dhr. Schouten stelt dat inwoners met een migratieachtergrond moeilijker werk vinden.",
    "Mevr. Raven meldt dat jongeren van Marokkaanse afkomst oververtegenwoordigd zijn in de cijfers.",
    "Dhr. Kok zegt dat de pilot goed is bevallen.",
    "Mevr. Evers zit vast in de file en schuift later aan.",
    "Dhr. Knol zit vast aan zijn toezegging van vorig jaar.",
    "De onderhandelingen zitten vast; dhr. Lucas doet verslag.",
    "Dhr. Miltenburg meldt dat dit punt wordt opgepakt door de politie.",
    "Mevr. Raven zegt dat het advies wordt meegenomen door de politie.",
    "Dhr. Welten licht toe dat bij een VOG-aanvraag wordt gekeken naar het strafblad.",
    "Mevr. Nauta zegt dat als de VOG wordt geweigerd, bezwaar mogelijk is.",
    "Dhr. Kok licht de regeling voor vervanging wegens zwangerschap of ziekte toe.",
    "Dhr. Robben wijst op de risico's van een burn-out bij jonge medewerkers.",
    "De heer Gerritsen meldt dat het project vertraging heeft opgelopen.",
    "Mevr. Kroon stelt dat het vertrouwen in de politie moet herstellen.",
    "Dhr. Welten geeft aan dat de gemeente de schade aan het herstellen is.",
    "Dhr. Kok meldt dat de storing is hersteld.",
    "Mevr. Raven meldt dat de ziekte van Lyme in de regio toeneemt.",
    "Dhr. Schouten vraagt of het college gelooft in het project; zijn geloof in de aanpak is groot.",
    "Dhr. Miltenburg heeft vertrouwen in de aanpak en is er ziek van dat het zo lang duurt.",
    "Dhr. Robben wijst op de rol van de reclassering bij de aanpak van veelplegers.",
    "Mevr. Nauta meldt dat de officier van justitie een strafrechtelijk onderzoek is gestart naar de brand.",
    "Dhr. Welten wijst op het aantal ziekmeldingen en ziekenhuisopnames.",
    "Mevr. Kroon meldt dat Veilig Thuis meer meldingen van huiselijk geweld ontvangt.",
    "Dhr. Kok pleit voor een rookverbod op het schoolplein om gezondheidsredenen.",
    "De heer Lucas heeft de operatie Schoon Schip gecoördineerd.",
    "Dhr. Evers wordt aangehouden als contactpersoon voor de pilot.",
    "Dhr. Hofland vraagt naar de inzet van boa's bij de handhaving van het gebiedsverbod.",
    "Dhr. Beens merkt op dat de zaak onder de rechter is.",
    "Het college wordt door de rechter veroordeeld tot betaling van de proceskosten, meldt dhr. Kok.",
    "Dhr. Kok meldt dat de gemeente is veroordeeld tot het betalen van een dwangsom.",
    "Dhr. Miltenburg meldt dat de ALS-patiënt uit de wijk is geholpen.",
    "Mevr. Raven zegt dat ze als voorzitter de vergadering opent.",
    "Dhr. Welten licht toe hoe de GGZ verwarde personen opvangt.",
    "Mevr. Nauta vraagt hoe de zorg voor zieke kinderen geregeld is.",
    "Dhr. Kok geeft aan dat hij ziek wordt van alle regels.",
    "Dhr. Kok is ziek van de bureaucratie.",
    "Dhr. Welten geeft aan dat er in de raad een zieke sfeer hangt.",
    "Mevr. Raven licht het Ziekteverzuimbeleid toe.",
    "Dhr. Kok wijst op de gezondheidsrisico's van houtstook.",
    "Dhr. Miltenburg meldt dat het aantal aanhoudingen is gestegen.",
    "De verdachten zijn gearresteerd, meldt dhr. Miltenburg.",
    "Dhr. Miltenburg meldt dat een 23-jarige man is gearresteerd.",
    "Dhr. Kok vraagt of de gemeente aangifte doet tegen de vernielers.",
    "Mevr. Raven meldt dat de burgemeester aangifte heeft gedaan tegen de bedreigingen.",
    "Dhr. Kok stelt voor de motie aan te houden tot na de zomer.",
    "Het amendement van mevr. Jansen wordt aangehouden.",
    "Mevr. Jansen wordt aangehouden als lid van de werkgroep.",
    "Mevr. Raven geeft aan dat zij het punt heeft aangehouden.",
    "Dhr. Schouten: wij zijn niet verdacht van sympathie voor dit plan.",
    "Dhr. Kok zegt dat het college niet veroordeeld moet worden voor deze keuze.",
    "Dhr. Kok veroordeelt de bedreigingen aan het adres van wethouder Jansen.",
    "Dhr. Kok vraagt naar de opvang van gedetineerden na detentie.",
    "De heer Robben is positief over de pilot.",
    "Dhr. Kok geeft aan dat de burgemeester in gesprek gaat met de kerk.",
    "Mevr. Raven zegt dat de moskee een goede partner is.",
    "Mevr. Raven is lid van de werkgroep.",
    "Dhr. Kok is lid van de raad van toezicht van het ziekenhuis.",
    "Mevr. Raven is namens de FNV aanwezig.",
    "Het CDA stemt op de kandidaat van de VVD.",
    "Dhr. Kok (PvdA) stemt tegen.",
    "Dhr. Kok pleit voor meer acceptatie van homo's en lesbiennes.",
    "Mevr. Raven neemt het LHBTI-beleid door.",
    "Dhr. Kok vraagt of de ambulance op tijd was bij de zwangere vrouw.",
    "Dhr. Kok wijst op het risico op een burn-out onder jongeren.",
    "Mevr. Raven heeft aandacht voor depressie bij ouderen.",
    "Dhr. Kok heeft dementie als speerpunt benoemd.",
    "Wethouder Kok heeft depressie onder jongeren tot prioriteit gemaakt.",
    "Dhr. Kok meldt dat de ziek gemelde medewerker wordt vervangen.",
    "Dhr. Kok vraagt wat er gebeurt als een raadslid ziek is.",
    "Bij ziekte van de voorzitter neemt de vicevoorzitter waar.",
    "Iedereen die ziek is, blijft thuis, benadrukt dhr. Kok.",
    "Volgens mevr. Raven zijn dementie en eenzaamheid de grootste opgaven.",
    "De focus ligt in het ziekenhuis op het verminderen van wachttijden, aldus dhr. Kok.",
    "De politie heeft de verdachte overgebracht naar het ziekenhuis, meldt dhr. Miltenburg.",
    "Dhr. Kok is gisteren in het ziekenhuis geweest voor een overleg met de directie.",
    "Dhr. Kok licht toe dat de kosten zijn opgenomen in de begroting.",
    "Dhr. Kok meldt dat de operatie in Enschede geslaagd is.",
    "Dhr. Kok wijst op het belang van een VOG voor vrijwilligers.",
    "Dhr. Kok was jarenlang lid van de vakbondsraad.",
    "Dhr. Kok is christen-democraat in hart en nieren.",
    "Dhr. Kok vraagt naar de afkomst van de subsidiegelden.",
    "Dhr. Kok is van Groningse afkomst.",
    "Dhr. Kok meldt dat 40% van de jongeren een migratieachtergrond heeft.",
    "Dhr. Kok is lid van de VVD-fractie.",
    "Mevr. Raven meldt dat statushouders vaak terugkeren naar hun land van afkomst.",
    "Dhr. Kok meldt dat de GGD is opgenomen in het crisisteam.",
    "Mevr. Raven ligt goed op koers met het project.",
    "De voorzitter meldt dat de opvang van dak- en thuislozen in de wijk ligt.",
    "Dhr. Kok meldt dat er overleg is geweest met de Politiebond over de cao.",
    "Dhr. Kok stelt voor om aan de vakbond te vragen wie lid is van de commissie.",
    "De aannemer belooft beterschap, aldus dhr. Kok.",
    "Dhr. Kok verwacht een snel herstel van de dienstverlening.",
    "Dhr. Kok meldt dat de vergadering vanwege corona digitaal plaatsvindt en dat iedereen thuis werkt.",
    "Dhr. Kok meldt dat de vergadering vanwege corona digitaal is; mevr. Raven is afwezig.",
    "De wethouder verdedigt zijn ingreep in het bestemmingsplan, zegt dhr. Kok.",
    "Dhr. Kok: zijn ingreep was nodig om de begroting sluitend te krijgen.",
    "De voorzitter spreekt zijn geloof uit in een goede afloop.",
    "Dhr. Miltenburg heeft een operatie voorbereid tegen de hennepteelt.",
    "Dhr. Kok meldt dat de organisatie vanwege de griep onderbezet is.",
    "Dhr. Kok zegt dat het oude plan weer uit de kast wordt gehaald.",
    "Dhr. Kok meldt dat het rapport in het verleden is opgesteld.",
    "Dhr. Kok stelt vast dat de problemen bij de GGD groot zijn.",
    "Mevr. Raven stelt voor het vast te stellen.",
    "Dhr. Kok vraagt of de gemeente vast zit aan het contract.",
    "Mevr. Raven: de raad zit vast aan eerdere afspraken.",
    "Dhr. Kok stelt dat het college met de handen in het haar zit.",
    "Dhr. Kok meldt dat het onderzoek naar de brand is afgerond.",
    "Dhr. Kok vraagt naar het gedrag van de jongeren in het centrum.",
    "Dhr. Kok meldt dat er meer klachten zijn over geluidsoverlast.",
    "Mevr. Raven zegt dat de problemen bij de woningcorporatie psychisch zwaar zijn voor huurders.",
    "Dhr. Kok meldt dat de achtergrond van het voorstel in de notitie staat.",
    "Mevr. Raven vraagt naar de kleur van de nieuwe bussen.",
    "Dhr. Kok geeft zijn voorkeur aan variant B.",
    "Dhr. Kok is ervan overtuigd dat het plan werkt.",
    "Mevr. Raven is van mening dat de partij van de arbeid gelijk heeft.",
    "Dhr. Kok bezoekt zondag de kerk in het kader van de monumentendag.",
    "Dhr. Kok meldt dat de herkomst van de middelen onduidelijk is.",
    "Mevr. Raven vraagt naar de behandeling van bezwaarschriften.",
    "Dhr. Kok zegt dat de IC-capaciteit in de regio voldoende is.",
    "Dhr. Kok meldt dat de app positief getest is door gebruikers.",
    "Mevr. Raven meldt dat de medewerker die vorige week een ongeluk had weer aan het werk is.",
    "Dhr. Kok wijst op het verkeersongeval van vorige week op de rotonde.",
    "Dhr. Kok licht het plan van aanpak voor dementievriendelijke gemeente toe.",
    "Mevr. Raven meldt dat de brandweer een grote operatie had bij de brand in de haven.",
    "Dhr. Kok meldt dat er bij de aanhouding geen gewonden zijn gevallen.",
    "Dhr. Kok is blij dat niemand gewond is geraakt.",
    "Mevr. Raven stelt voor het besluit aan te houden totdat dhr. Kok terug is.",
    "Dhr. Kok gaat akkoord; het agendapunt wordt aangehouden tot na het zomerreces.",
    "Mevr. Raven merkt op dat de politie de verdachte heeft aangehouden.",
    "Dhr. Kok vraagt of de gearresteerde jongeren een taakstraf krijgen.",
    "Dhr. Kok meldt dat de dader inmiddels is veroordeeld tot een taakstraf.",
    "Dhr. Kok zegt dat de uitspraken van dhr. Jansen moeten worden veroordeeld.",
    "Dhr. Kok veroordeelt namens het college de aanslag op het gemeentehuis.",
    "Het bestuur neemt afstand van en veroordeelt de uitlatingen van dhr. Jansen.",
    "Dhr. Kok zegt dat jongeren met een strafblad moeilijk aan werk komen.",
    "Dhr. Kok wijst op de VOG-plicht voor vrijwilligers bij de sportvereniging.",
    "Mevr. Raven meldt dat het OM de zaak heeft geseponeerd.",
    "Dhr. Kok meldt dat de tbs-kliniek uitbreidt.",
    "Dhr. Kok licht toe dat de gevangenis in Almelo sluit.",
    "Dhr. Kok zegt dat er in het verleden veel is misgegaan.",
    "Mevr. Raven meldt dat de moskee een open dag houdt waar dhr. Kok bij aanwezig is.",
    "Dhr. Kok meldt dat de ramadan dit jaar in maart valt.",
    "Dhr. Kok spreekt namens de christelijke fractie.",
    "De voorzitter feliciteert mevrouw Raven met de geboorte van haar dochter.",
    "Dhr. Kok is vader geworden van een zoon.",
    "Mevr. Raven gaat met ouderschapsverlof.",
    "Dhr. Kok is afwezig in verband met een begrafenis.",
    "Dhr. Kok zegt dat het gezond verstand moet zegevieren.",
    "Mevr. Raven pleit voor een gezonde leefstijl bij jongeren.",
    "Dhr. Kok is lid van de gemeenteraad voor het CDA.",
    "Dhr. Kok meldt dat de vakbond FNV akkoord is met de cao.",
    "Dhr. Kok (FNV) vraagt naar de werkdruk.",
    "Mevr. Raven, voorzitter van de ondernemingsraad, is lid van de FNV-kaderraad.",
    "Dhr. Kok meldt dat de storing is hersteld.",
    "Dhr. Kok is in de verwachting dat het plan slaagt.",
    "Dhr. Kok is blind voor de signalen uit de wijk.",
    "Mevr. Raven meldt dat de relatie met de buurt is hersteld.",
    "De school is christelijk, aldus dhr. Kok.",
    "Dhr. Kok pleit voor meer aandacht voor mensen met een verstandelijke beperking.",
    "Mevr. Raven is hersteld verklaard als lid van de commissie.",
    "Mevr. Hulshof vraagt naar de gevolgen van het ziekteverzuim voor de begroting.",
    "Dhr. Brink stelt voor het besluit over de Veiligheidsstrategie aan te houden.",
    "Wethouder Mulder licht de operatie Stille Nacht toe.",
    "Dhr. Aksoy vraagt hoeveel gedetineerden in de regio terugkeren.",
    "Mevr. Kaya vraagt aandacht voor moslimdiscriminatie.",
    "Dhr. Van Rijn meldt dat het ziekenhuis een nieuwe vleugel opent.",
    "Mevr. Bulut meldt dat de zorg voor ouderen onder druk staat.",
    "De secretaris meldt dat de veroordeling van het geweld unaniem is.",
    "Dhr. Hoekstra zegt dat jongeren met psychische problemen sneller geholpen moeten worden.",
    "Mevr. Veenstra meldt dat het herstel van de kademuur vertraging oploopt.",
    "Dhr. Peeters heeft overleg gehad met de vakbonden over de reorganisatie.",
    "Mevr. El Idrissi vraagt naar de regeling voor zwangerschapsverlof van raadsleden.",
    "Dhr. Smeets merkt op dat de aangifte van de gemeente nog loopt.",
    "Dhr. Wijnen vraagt naar de kosten van de zorg voor kankerpatiënten.",
    "De voorzitter bedankt mevrouw Kuijpers voor haar inzet en wenst haar veel succes.",
    "Dhr. Kok geeft aan dat het dossier al jaren vastzit.",
    "Mevr. Raven meldt dat de verdachte van de steekpartij is veroordeeld tot vier jaar cel.",
    "Dhr. Kok is positief over de samenwerking met de GGZ.",
    "Mevr. Raven houdt een vurig pleidooi voor het behoud van de kerk in het dorp.",
    "Dhr. Kok vraagt of de boa's ook op de hoofddoek worden aangesproken.",
];

fn check_ranges(sentence: &str, found: &[SensitivePhrase]) {
    for p in found {
        assert!(sentence.is_char_boundary(p.range.start) && sentence.is_char_boundary(p.range.end));
        assert_eq!(&sentence[p.range.clone()], p.phrase);
    }
    for w in found.windows(2) {
        assert!(
            w[0].range.end <= w[1].range.start,
            "phrases overlap or are out of order: {found:?}"
        );
    }
}

#[test]
fn positives_are_found_with_category_and_span() {
    let mut missed = Vec::new();
    for (sentence, category, phrase) in POSITIVE {
        let found = sensitive_phrases(sentence);
        check_ranges(sentence, &found);
        if !found
            .iter()
            .any(|p| p.category == *category && p.phrase == *phrase)
        {
            missed.push(format!(
                "{sentence}\n    expected {category:?} {phrase:?}, got {found:?}"
            ));
        }
    }
    assert!(
        missed.is_empty(),
        "{} of {} missed:\n{}",
        missed.len(),
        POSITIVE.len(),
        missed.join("\n")
    );
}

#[test]
fn negatives_are_silent() {
    let mut noisy = Vec::new();
    for sentence in NEGATIVE {
        let found = sensitive_phrases(sentence);
        if !found.is_empty() {
            noisy.push(format!("{sentence}\n    got {found:?}"));
        }
    }
    assert!(
        noisy.is_empty(),
        "{} of {} reported:\n{}",
        noisy.len(),
        NEGATIVE.len(),
        noisy.join("\n")
    );
}

#[test]
fn reference_document_sentence_has_exact_byte_range() {
    let s = "Dhr. Lutje Wagelaar is nog steeds herstellende van een motorongeluk.";
    let found = sensitive_phrases(s);
    assert_eq!(
        found,
        vec![SensitivePhrase {
            range: 34..67,
            category: Category::Health,
            phrase: "herstellende van een motorongeluk".to_string(),
        }]
    );
}

#[test]
fn ranges_are_bytes_on_char_boundaries_with_diacritics() {
    let s = "Één ding: mevrouw Öztürk-Çelik is ernstig ziek.";
    let found = sensitive_phrases(s);
    assert_eq!(found.len(), 1);
    let start = s.find("ernstig").unwrap();
    assert_eq!(found[0].range, start..start + "ernstig ziek".len());
}

#[test]
fn case_and_spacing_are_tolerated() {
    for s in [
        "DHR. KOK IS ERNSTIG ZIEK.",
        "Dhr.\u{a0}Kok is  ernstig\u{a0}\u{a0}ziek.",
        "Dhr. Kok is ernstig\tziek.",
        "Dhr. Kok is afwezig i.v.m.\u{a0}ziekte.",
    ] {
        let found = sensitive_phrases(s);
        check_ranges(s, &found);
        assert_eq!(found.len(), 1, "{s}: {found:?}");
        assert_eq!(found[0].category, Category::Health);
    }
    let found = sensitive_phrases("Dhr. Kok is  ernstig\u{a0}ziek.");
    assert_eq!(found[0].phrase, "ernstig\u{a0}ziek");
}

#[test]
fn words_match_whole_not_inside_other_words() {
    for s in [
        "Dhr. Kok licht het ziekenhuisbeleid toe.",
        "Mevr. Raven vraagt naar de ziektekosten en de ziektekostenverzekering.",
        "Dhr. Kok bespreekt de ziekteverzuimcijfers.",
        "Dhr. Kok wijst op de kankerbestrijding door het KWF.",
        "Mevr. Raven noemt het zwangerschapsbeleid en de verloskundigenpraktijk.",
        "Dhr. Kok meldt dat de arrestatieteams zijn ingezet.",
        "Dhr. Kok heeft de politieoperatie geëvalueerd.",
        "Mevr. Raven bespreekt de gezondheidsmonitor.",
    ] {
        assert!(
            sensitive_phrases(s).is_empty(),
            "{s}: {:?}",
            sensitive_phrases(s)
        );
    }
}

#[test]
fn several_phrases_come_in_order_and_overlaps_merge() {
    let s = "Dhr. Kok is afwezig wegens ziekte en mevrouw Jansen is door de politie aangehouden.";
    let found = sensitive_phrases(s);
    check_ranges(s, &found);
    let got: Vec<_> = found
        .iter()
        .map(|p| (p.category, p.phrase.as_str()))
        .collect();
    assert_eq!(
        got,
        vec![
            (Category::Health, "afwezig wegens ziekte"),
            (Category::Criminal, "door de politie aangehouden")
        ]
    );
    // `herstellende` alone and `herstellende van een motorongeluk` overlap: one phrase.
    assert_eq!(
        sensitive_phrases("Hij is herstellende van een motorongeluk.").len(),
        1
    );
}

#[test]
fn death_notices_are_recognised_and_silence_the_sentence() {
    for s in [
        "De voorzitter condoleert dhr. Lucas met het overlijden van zijn vader.",
        "In memoriam: mevrouw De Wit is na een kort ziekbed overleden.",
        "De vergadering neemt een minuut stilte in acht voor dhr. Jansen.",
        "Dhr. Kok is afwezig vanwege de uitvaart van zijn schoonmoeder.",
        "De raad betuigt zijn condoleances aan de familie van wethouder Smit.",
        "Wij herdenken dhr. Bakker, die ons na een lange ziekte is ontvallen.",
        "Dhr. Kok is afwezig vanwege de dood van zijn broer.",
    ] {
        assert!(is_death_notice(s), "{s}");
        assert!(sensitive_phrases(s).is_empty(), "{s}");
    }
    for s in [
        "Dhr. Kok is ernstig ziek.",
        "Het is stil in de zaal; de stilte duurt voort.",
        "Het project loopt dood op de financiering.",
        "Dhr. Kok vraagt naar de overlijdensrisicoverzekering.",
    ] {
        assert!(!is_death_notice(s), "{s}");
    }
}

#[test]
fn every_category_is_exercised() {
    for c in Category::ALL {
        assert!(
            POSITIVE.iter().any(|(_, cat, _)| *cat == c),
            "{c:?} untested"
        );
    }
    assert!(POSITIVE.len() >= 40 && NEGATIVE.len() >= 60);
}

/// Every word a rule or list names, for the tidiness test.
fn all_listed_words() -> Vec<&'static str> {
    let mut words: Vec<&'static str> = LISTS
        .iter()
        .map(|(_, l)| *l)
        .chain(
            super::shared::NAMES
                .iter()
                .filter_map(|n| super::shared::shared(n)),
        )
        .flat_map(str::split_ascii_whitespace)
        .collect();
    let set_words = |s: &super::pattern::Set| {
        let mut w: Vec<&'static str> = s.words.iter().copied().collect();
        if s.number {
            w.push("#");
        }
        w
    };
    for rule in super::phrases::rules() {
        match &rule.head {
            Head::Words(w) => words.extend(w),
            Head::Suffix(w, x) => words.extend(w.iter().chain(x)),
        }
        for el in rule.before.iter().chain(&rule.after) {
            match el {
                W(s) | Opt(s) | Fill(_, s) | Peek(s) => words.extend(set_words(s)),
                Seq(a) | Not(a) => words.extend(a.iter().flatten()),
                Any(_) | End | Named(_) | NamedPeek | NoCapNext | NotPerson | Poss => {}
            }
        }
    }
    words
}

#[test]
fn word_lists_are_in_matching_form() {
    // A listed word with a capital or a diacritic could never match a normalised token.
    for w in all_listed_words() {
        assert_eq!(
            crate::nl::fold::fold(w),
            w,
            "{w:?} is not lower case and folded"
        );
        assert!(
            w == "#" || w.chars().all(|c| c.is_alphanumeric() || "-'.".contains(c)),
            "{w:?}"
        );
    }
    assert!(rule_index().exact.contains_key("ziek"));
}

#[test]
fn odd_input_never_panics() {
    let samples = [
        "",
        " ",
        ".",
        "...",
        "- - -",
        "'",
        "i.v.m.",
        "Dhr.",
        "ziek",
        "ziek.",
        "🤒 Dhr. 🦀 Kok 👨‍👩‍👧 is 🏥 ziek 💊",
        "Dhr. Kok is zie\u{0301}k en ge\u{0308}opereerd",
        "\u{0301}\u{0301}\u{0301}ziek",
        "ziek\u{0301}",
        "Z\u{200B}i\u{200B}e\u{200B}k",
        "Dhr.Kok.is.ziek.",
        "a.b.c.d.e.f.g.h",
        "zijn zijn zijn zijn zijn ziekte",
        "wegens wegens wegens ziekte",
        "İstanbul ǅ ß ﬁ Ω",
        "\u{feff}Dhr. Kok is ziek\r\n",
        "van van van van van van van afkomst",
        "tegen dhr. dhr. dhr. is aangifte",
    ];
    for s in samples {
        let found = sensitive_phrases(s);
        check_ranges(s, &found);
        let _ = is_death_notice(s);
    }
    // Every prefix and suffix of a mixed sentence, cut on char boundaries.
    let s = "Mevr. Öztürk (🦀) is – na haar knieoperatie – nog herstellende; dhr. Kok zit vast.";
    for (i, _) in s.char_indices() {
        check_ranges(&s[i..], &sensitive_phrases(&s[i..]));
        check_ranges(&s[..i], &sensitive_phrases(&s[..i]));
    }
}

#[test]
fn a_long_line_is_scanned_in_linear_time() {
    let unit =
        "Dhr. Kok is ernstig ziek wegens ziekte en zijn operatie, 🦀 zit vast aan de van van. ";
    let line: String = unit.repeat(1_000_000 / unit.len() + 1);
    assert!(line.len() >= 1_000_000);
    let started = std::time::Instant::now();
    let found = sensitive_phrases(&line);
    let elapsed = started.elapsed();
    check_ranges(&line, &found);
    assert!(found.len() > 10_000);
    // Generous bound for a debug build on a shared machine; quadratic behaviour takes minutes.
    assert!(elapsed.as_secs() < 20, "took {elapsed:?}");
    let long_word = "ziek".repeat(250_000);
    assert!(sensitive_phrases(&long_word).is_empty());
    let dots = "a.".repeat(500_000);
    let _ = sensitive_phrases(&dots);
}
