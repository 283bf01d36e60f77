//! Tests of the date and time engine: what it finds, the problems it names, and what it leaves
//! alone in real minutes.

mod times;

use super::date::two_digit_year;
use super::*;

/// The slices of `text` that the issues cover.
fn spans(text: &str, ranges: impl IntoIterator<Item = Range<usize>>) -> Vec<&str> {
    ranges.into_iter().map(|r| &text[r]).collect()
}

fn date_spans(text: &str) -> Vec<&str> {
    spans(text, check_dates(text).into_iter().map(|i| i.range))
}

fn time_spans(text: &str) -> Vec<&str> {
    spans(text, check_times(text).into_iter().map(|i| i.range))
}

fn one_date(text: &str) -> DateIssue {
    let issues = check_dates(text);
    assert_eq!(issues.len(), 1, "{text:?}: {issues:#?}");
    issues.into_iter().next().unwrap()
}

fn one_time(text: &str) -> TimeIssue {
    let issues = check_times(text);
    assert_eq!(issues.len(), 1, "{text:?}: {issues:#?}");
    issues.into_iter().next().unwrap()
}

/// The ranges of every date and time issue in `text`.
fn all_ranges(text: &str) -> Vec<Range<usize>> {
    let dates = check_dates(text).into_iter().map(|i| i.range);
    dates
        .chain(check_times(text).into_iter().map(|i| i.range))
        .collect()
}

fn month(number: u32) -> Month {
    Month::new(number).unwrap()
}

/// `day` of `month` does not exist, as written.
fn no_such_day(written: &str, day: u32, number: u32, year: Option<i32>, days: u32) -> DateProblem {
    DateProblem::NoSuchDay {
        written: written.to_string(),
        day,
        month: month(number),
        year,
        days,
    }
}

/// The weekday and date as they should be written, for the one weekday mismatch in `text`.
fn corrected(text: &str) -> String {
    match one_date(text).problem {
        DateProblem::WeekdayMismatch { corrected, .. } => corrected,
        other => panic!("{text}: {other:?}"),
    }
}

/// The month suggested for the one misspelt month in `text`.
fn guess(text: &str) -> Option<&'static str> {
    match one_date(text).problem {
        DateProblem::UnknownMonth { guess, .. } => guess.map(Month::name),
        other => panic!("{text}: {other:?}"),
    }
}

// --- dates that cannot exist -------------------------------------------------------------

#[test]
fn impossible_day_in_month() {
    let issue = one_date("31 juni 2018");
    assert_eq!(issue.range, 0..12);
    assert_eq!(
        issue.problem,
        no_such_day("31 juni 2018", 31, 6, Some(2018), 30)
    );
    assert_eq!(month(6).name(), "juni");
}

#[test]
fn leap_years() {
    let issue = one_date("Datum: 29 februari 2018");
    assert_eq!(
        issue.problem,
        no_such_day("29 februari 2018", 29, 2, Some(2018), 28)
    );
    assert!(check_dates("29 februari 2020").is_empty());
    assert!(check_dates("29 februari 2000").is_empty());
    assert_eq!(
        one_date("29 februari 1900").problem,
        no_such_day("29 februari 1900", 29, 2, Some(1900), 28)
    );
    assert_eq!(
        one_date("30 februari 2020").problem,
        no_such_day("30 februari 2020", 30, 2, Some(2020), 29)
    );
}

#[test]
fn dates_in_running_text() {
    let text = "De vergadering van 31 april 2019 is verplaatst naar 31 september 2019.";
    assert_eq!(date_spans(text), ["31 april 2019", "31 september 2019"]);
}

#[test]
fn month_names_any_case_and_abbreviated() {
    for text in [
        "31 JUNI 2018",
        "31 Juni 2018",
        "31 jun. 2018",
        "31 jun 2018",
        "31 Jun. '18",
        "31 sept. 2018",
        "31 sep 2018",
        "31 nov. 2021",
        "31 apr 2021",
        "30 febr. 2021",
    ] {
        assert_eq!(date_spans(text), [text], "{text}");
    }
    for text in [
        "9 juli 2018",
        "9 jul. 2018",
        "1 december 2021",
        "31 mrt. 2021",
        "31 okt 2021",
        "31 aug. 2021",
        "31 dec. 2021",
        "31 jan 2021",
        "28 feb 2021",
        "31 mei 2021",
    ] {
        assert!(check_dates(text).is_empty(), "{text}");
    }
}

#[test]
fn dates_without_a_year() {
    assert_eq!(
        one_date("uiterlijk 31 juni").problem,
        no_such_day("31 juni", 31, 6, None, 30)
    );
    assert!(check_dates("voor 29 februari").is_empty());
    assert_eq!(
        one_date("op 30 februari").problem,
        no_such_day("30 februari", 30, 2, None, 29)
    );
    // An abbreviation without a year may be a first name.
    assert!(check_dates("Namens 32 Jan Jansen").is_empty());
    assert!(check_dates("31 jun volgt").is_empty());
    assert!(check_dates("Dhr. Miltenburg deelt mede dat zij m.i.v. 20 augustus start.").is_empty());
}

#[test]
fn numeric_dates() {
    let issue = one_date("Datum: 32-01-2019");
    assert_eq!(
        issue.problem,
        no_such_day("32-01-2019", 32, 1, Some(2019), 31)
    );
    assert_eq!(
        date_spans("op 31-06-2018 en 31/04/2018"),
        ["31-06-2018", "31/04/2018"]
    );
    assert_eq!(date_spans("31.06.2018"), ["31.06.2018"]);
    assert_eq!(date_spans("31-6-'18"), ["31-6-'18"]);
    assert_eq!(date_spans("31-06-18"), ["31-06-18"]);
    assert_eq!(date_spans("2018-06-31"), ["2018-06-31"]);
    for text in [
        "09-07-2018",
        "9-7-2018",
        "9-7-'18",
        "09/07/2018",
        "9.7.2018",
        "2018-07-09",
    ] {
        assert!(check_dates(text).is_empty(), "{text}");
    }
}

#[test]
fn impossible_months() {
    let no_such_month =
        |written: &str, month: u32, swapped: Option<&str>| DateProblem::NoSuchMonth {
            written: written.to_string(),
            month,
            swapped: swapped.map(str::to_string),
        };
    assert_eq!(
        one_date("13/13/2020").problem,
        no_such_month("13/13/2020", 13, None)
    );
    assert_eq!(
        one_date("06-28-2018").problem,
        no_such_month("06-28-2018", 28, Some("28-06-2018"))
    );
    assert_eq!(
        one_date("2018-28-06").problem,
        no_such_month("2018-28-06", 28, Some("2018-06-28"))
    );
    assert_eq!(
        one_date("00-00-2018").problem,
        no_such_month("00-00-2018", 0, None)
    );
    assert_eq!(
        one_date("00-07-2018").problem,
        DateProblem::DayZero {
            written: "00-07-2018".to_string()
        }
    );
}

#[test]
fn date_ranges_are_checked_day_by_day() {
    assert!(check_dates("9-10 juli 2018").is_empty());
    assert_eq!(date_spans("30-31 juni 2018"), ["30-31 juni 2018"]);
    assert_eq!(date_spans("31-32 juli"), ["31-32 juli"]);
    // A range never carries a checked weekday.
    assert!(check_dates("maandag 9-10 juli 2018").is_empty());
}

#[test]
fn misspelt_months_with_a_year() {
    let issue = one_date("9 julli 2018");
    assert_eq!(
        issue.problem,
        DateProblem::UnknownMonth {
            written: "9 julli 2018".to_string(),
            word: "julli".to_string(),
            guess: Month::new(7),
        }
    );
    for (text, month) in [
        ("1 januarie 2019", "januari"),
        ("1 febuari 2019", "februari"),
        ("1 apil 2019", "april"),
        ("1 meij 2019", "mei"),
        ("1 junie 2019", "juni"),
        ("1 agustus 2019", "augustus"),
        ("1 septmber 2019", "september"),
        ("1 oktber 2019", "oktober"),
        ("1 novmber 2019", "november"),
        ("1 decmber 2019", "december"),
    ] {
        assert_eq!(guess(text), Some(month), "{text}");
    }
    // `maar` is a word: only as the whole value (or after a weekday) is it a misspelt month.
    assert_eq!(date_spans("9 maar 2018"), ["9 maar 2018"]);
    assert_eq!(date_spans("maandag 9 maar 2018"), ["9 maar 2018"]);
    assert!(check_dates("In 2017 waren het er 12 maar 2018 laat een daling zien.").is_empty());
    assert!(check_dates("Er zijn 3 moties 2018 ingediend.").is_empty());
    assert!(check_dates("9 julli").is_empty());
}

// --- weekdays ------------------------------------------------------------------------------

#[test]
fn weekday_mismatch() {
    let issue = one_date("dinsdag 13 september 2018");
    assert_eq!(issue.range, 0..25);
    let DateProblem::WeekdayMismatch {
        date,
        written,
        actual,
        corrected: right,
    } = issue.problem
    else {
        panic!("{issue:?}");
    };
    assert_eq!(date, "13 september 2018");
    assert_eq!((written.name(), actual.name()), ("dinsdag", "donderdag"));
    assert_eq!(right, "donderdag 13 september 2018");
    let DateProblem::WeekdayMismatch {
        written, actual, ..
    } = one_date("Maandag 1 december 2021").problem
    else {
        panic!();
    };
    assert_eq!((written.name(), actual.name()), ("maandag", "woensdag"));
    assert_eq!(
        corrected("Maandag 1 december 2021"),
        "Woensdag 1 december 2021"
    );
    let text = "De volgende vergadering is op dinsdag, 13 september 2018.";
    assert_eq!(corrected(text), "donderdag, 13 september 2018");
    assert_eq!(date_spans(text), ["dinsdag, 13 september 2018"]);
}

#[test]
fn weekday_forms() {
    assert_eq!(corrected("di 13-09-2018"), "do 13-09-2018");
    assert_eq!(corrected("Di. 13 sept. 2018"), "Do. 13 sept. 2018");
    assert_eq!(
        corrected("DINSDAG 13 SEPTEMBER 2018"),
        "DONDERDAG 13 SEPTEMBER 2018"
    );
    assert_eq!(
        corrected("dinsdagavond 13 september '18"),
        "donderdagavond 13 september '18"
    );
    for text in [
        "donderdag 13 september 2018",
        "Donderdag, 13 september 2018",
        "do 13-09-2018",
        "Do. 13 sep. 2018",
        "maandag 9 juli 2018",
        "Maandag 09-07-2018",
        "ma 2018-07-09",
        "vrijdagmiddag 13 juli 2018",
    ] {
        assert!(check_dates(text).is_empty(), "{text}");
    }
}

#[test]
fn weekday_in_brackets_after_the_date() {
    let text = "Het overleg is op 12 maart 2019 (zaterdag).";
    let issue = one_date(text);
    assert_eq!(&text[issue.range.clone()], "12 maart 2019 (zaterdag)");
    assert_eq!(corrected(text), "12 maart 2019 (dinsdag)");
    assert_eq!(corrected("12-03-2019 ( Za. )"), "12-03-2019 ( Di. )");
    assert!(check_dates("12 maart 2019 (dinsdag)").is_empty());
    assert!(
        check_dates("Het volgende overleg is op 3 juni 2019 (maandag) om 10.00 uur.").is_empty()
    );
    // After a comma the weekday may start something else.
    assert!(check_dates("Per 1 maart 2019, maandag t/m vrijdag, is het loket open.").is_empty());
}

#[test]
fn weekday_without_year_is_not_checked() {
    assert!(check_dates("dinsdag 13 september").is_empty());
    assert!(check_dates("Op vrijdag 9 juli is er een open dag.").is_empty());
}

#[test]
fn ambiguous_weekday_abbreviations_need_a_dot() {
    // `zo` as `so`: not a weekday in running text.
    assert!(check_dates("Het duurde zo 12 mei 2018 voordat het klaar was.").is_empty());
    assert_eq!(date_spans("zo 12 mei 2018"), ["zo 12 mei 2018"]);
    assert_eq!(date_spans("Gepland: zo. 12 mei 2018"), ["zo. 12 mei 2018"]);
}

#[test]
fn impossible_date_beats_weekday() {
    let issue = one_date("dinsdag 31 juni 2018");
    assert_eq!(
        issue.problem,
        no_such_day("31 juni 2018", 31, 6, Some(2018), 30)
    );
    assert_eq!(date_spans("dinsdag 31 juni 2018"), ["31 juni 2018"]);
}

#[test]
fn dates_must_not_fire() {
    for text in [
        "1. Veiligheidsstrategie ON 2019-2022",
        "het voorstel voor de strategie 2019-2022 voor.",
        "4.2 Begroting",
        "art. 9 lid 2",
        "€ 1.250,00",
        "€ 1.250.000",
        "Bel 053-1234567 of 06-12345678.",
        "Demmersweg 55, 7556 BN Hengelo",
        "20 augustus",
        "m.i.v. 20 augustus",
        "Na 2018 is een nieuwe strategie nodig",
        "Q3 2019",
        "9-10 juli 2018",
        "een stijging van 31%",
        "1 à 2 keer per jaar",
        "09.50 – 11.45 uur",
        "19:30-21:15",
        "Besluitenlijst DVO 23 april 2018 openbaar deel",
        "31 mei-activiteiten",
        "06-12-34-56-78",
        "1.2.3.4",
        "versie 1.13.2",
        "192.168.13.13",
        "In 2017 waren er 31 juni-incidenten",
        "2018-13",
        "31-",
        "juni 31 2018",
        "kenmerk 2019-12-34",
        "zaaknummer 31-13-2019",
        "Raadsvoorstel 2019-45",
        "NL12 RABO 0123 4567 89",
        "besluit nr. 31-2018",
        "van 1 januari 2019 t/m 31 december 2019",
        "in de week van 30 juni-4 juli 2019",
        "Openingstijden: ma t/m vr 8.30-17.00",
    ] {
        assert!(
            check_dates(text).is_empty(),
            "{text}: {:#?}",
            check_dates(text)
        );
    }
}

#[test]
fn dates_with_odd_spacing() {
    let text = "Datum:\t31\u{a0}juni\u{202f}2018";
    assert_eq!(date_spans(text), ["31\u{a0}juni\u{202f}2018"]);
    let text = "🎉 dinsdag\u{a0}13\u{a0}september 2018 🎉";
    assert_eq!(date_spans(text), ["dinsdag\u{a0}13\u{a0}september 2018"]);
    assert_eq!(corrected(text), "donderdag\u{a0}13\u{a0}september 2018");
    assert_eq!(date_spans("31 juni\n2018"), ["31 juni\n2018"]);
}

#[test]
fn two_digit_years() {
    assert_eq!(two_digit_year(18), 2018);
    assert_eq!(two_digit_year(69), 2069);
    assert_eq!(two_digit_year(70), 1970);
    assert_eq!(two_digit_year(99), 1999);
    assert_eq!(
        one_date("29-02-'19").problem,
        no_such_day("29-02-'19", 29, 2, Some(2019), 28)
    );
    assert_eq!(
        one_date("29 feb ’99").problem,
        no_such_day("29 feb ’99", 29, 2, Some(1999), 28)
    );
}

#[test]
fn several_expressions_in_one_line() {
    let text = "Om 19.30 uur opent de voorzitter; om 27.15 uur sluit hij, na een pauze van 21.00 - 20.45 uur.";
    assert_eq!(time_spans(text), ["27.15", "21.00 - 20.45 uur"]);
    let text = "Vergaderingen op 31 juni 2018, dinsdag 13 september 2018 en 9 juli 2018.";
    assert_eq!(
        date_spans(text),
        ["31 juni 2018", "dinsdag 13 september 2018"]
    );
}

/// Lines as they occur in real minutes, full of figures that are no dates or times.
const QUIET_LINES: &str = "
        De voorzitter opent de vergadering om 19.32 uur en heet iedereen welkom.
        De vergadering wordt geschorst van 20.45 tot 21.00 uur.
        Schorsing 21.10 - 21.25 uur.
        Om 22.58 uur sluit de voorzitter de vergadering.
        De raad stemt in met 21 stemmen voor en 8 tegen (21-8).
        Volgende vergadering: donderdag 12 oktober 2017, 19.30 uur, raadzaal.
        Het tarief gaat van 1.95 naar 2.15 euro per m3.
        Tijdens de periode 2019-2023 wordt het beleid geëvalueerd.
        De begroting 2020 - 2023 wordt vastgesteld.
        Het college stelt voor de OZB met 2.75% te verhogen.
        Een tekort van € 1.25 miljoen wordt gedekt uit de algemene reserve.
        Zie bijlage 3.14 voor de details.
        Raadsvoorstel 2019-45 wordt aangehouden.
        Kenmerk: 2018/12345
        Het raadsbesluit van 31-05-2018 blijft van kracht.
        Per 1-1-2020 treedt de verordening in werking.
        Brief d.d. 12-03-2019 van de provincie.
        In Q2 (april-juni 2019) volgt de evaluatie.
        De bibliotheek is open van 10.00 tot 17.00 uur.
        Openingstijden: ma t/m vr 8.30-17.00, za 10.00-13.00.
        Ma-vr 08:30 - 17:00.
        Koffie vanaf 19.15 uur, aanvang 19.30 uur.
        Schorsing van 21.10 uur tot 21.25 uur.
        De vergadering wordt om 21.45 uur geschorst en om 22.00 uur heropend.
        19.30 uur: inloop; 20.00 uur: start.
        19.30-20.00 uur inloop, 20.00-22.00 uur vergadering.
        Tijd: 19.30 – 21.30 uur (inloop vanaf 19.00 uur).
        Reistijd 1.75 uur per enkele reis.
        De aanrijtijd van de ambulance was gemiddeld 14.35 minuten.
        Opkomsttijd brandweer: 8.45 min.
        De horeca mag open blijven tot 02.00 uur.
        Cameratoezicht geldt van 22.00 tot 06.00 uur.
        De uitslag van de verkiezing: 1.245 stemmen voor lijst 1.
        Het resultaat over 2018 bedraagt € 345.678,90 positief.
        Hoofdstuk 4.3 van de nota wordt herschreven.
        Ad 5.2: de commissie adviseert positief.
        Artikel 2:25 BW is van toepassing.
        Op grond van artikel 4:84 Awb kan worden afgeweken.
        De wedstrijd eindigde in 25:23, 23:25, 25:18.
        Korfbal: de A1 won met 18-12.
        De huur stijgt met 3.5 procent per 1 juli.
        Mevrouw Jansen (06-12345678) is het aanspreekpunt.
        Postadres: Postbus 1234, 7500 AB Enschede.
        De stand van het reservefonds is 12.345 euro.
        Fte: 0.75 voor de notulist.
        Het aantal inwoners steeg van 12.500 naar 12.750.
        De kosten stijgen van 12.50 tot 15.75 per uur.
        Tussen 1.30 en 2.45 meter hoog.
        Actiepunt 2018-07: dhr. Welten stuurt de notitie rond.
        Actie 12.3: nagaan bij de provincie.
        In de jaren 1990-2000 is veel gebouwd.
        De huidige versie 3.12 wordt vervangen door 4.0.
        Schaal 10:75 is niet gangbaar.
        De begrotingswijziging 2019-03 wordt vastgesteld.
        Het agendapunt wordt verschoven naar 13 juni.
        Uiterlijk 1 december reageren.
        De collecte van 3 t/m 9 maart 2019 bracht € 1.234,56 op.
        Gemeenteraad, 31 januari 2019.
        Vastgesteld in de vergadering van 28 februari 2019.
        Datum: donderdag 12 september 2019
        Locatie: Stadhuis, zaal 2.14
        De notulen van 17-12-2018 worden ongewijzigd vastgesteld.
        Sluiting om 22.15 uur.
        De kosten bedragen 2 à 3 duizend euro.
        Vanaf 2020 stijgt het budget met 2.25%.
        Zij is bereikbaar op 053-4812345 of via info@voorbeeld.nl.
        De kavel aan de Dorpsstraat 12-14 wordt verkocht.
        Dorpsstraat 31-35 ligt in het plangebied.
        De wijk telt 1.75 keer zoveel jongeren.
        De looptijd is 2.5 jaar.
        Zo 12 mensen hebben gereageerd.
        Ma gaat altijd mee naar de vergadering van 12 mei 2019.
        Op zo 12 mei 2019 is er een open dag.
        de leden van 16-18 jaar
        Score 3-2 in de derby.
        In 2018 is 12.75 uur per week besteed aan het project.
        Week 31 – 35 is de zomerstop.
        Om 11.45 u bent u welkom.
        Tel. 0546-123456.
        Leeftijd 12-16 jaar.
        Besluit 2019/31-13 wordt ingetrokken.
        Op 32 locaties in 2019 zijn controles gedaan.
        De 31 juni-deelnemers krijgen bericht.
        Woensdag, 13 maart 2019: kick-off.
        Vrijdag 31 mei, 20.00 uur: jaarvergadering.
        Het volgende overleg is op 3 juni 2019 (maandag) om 10.00 uur.
        De raad van 31-06 is verzet.
        Versie 1.0 d.d. 31.05.2019.
        Inloop 19.15, start 19.30.
";

#[test]
fn realistic_minutes_lines_stay_quiet() {
    for line in QUIET_LINES.lines() {
        assert!(
            check_dates(line).is_empty(),
            "{line}: {:#?}",
            check_dates(line)
        );
        assert!(
            check_times(line).is_empty(),
            "{line}: {:#?}",
            check_times(line)
        );
    }
}

// --- robustness ----------------------------------------------------------------------------

#[test]
fn odd_inputs_finish_quickly() {
    let start = std::time::Instant::now();
    let mut inputs: Vec<String> = vec![
        String::new(),
        " ".into(),
        "0".into(),
        "31-".repeat(100_000),
        "9".repeat(30_000),
        "31.".repeat(30_000),
        "31:".repeat(30_000),
        "1.30-".repeat(20_000),
        "31 juni ".repeat(5_000),
        "dinsdag ".repeat(10_000),
        "om ".repeat(10_000) + "25.00",
        " ".repeat(30_000) + "25.00 uur",
        "\u{a0}".repeat(30_000),
        "a".repeat(30_000) + " 25.00 uur",
        "🎉9".repeat(20_000),
        "van 21.00 tot ".repeat(5_000),
        "zo. ".repeat(10_000),
        "–—-".repeat(10_000),
        "9 juli '".repeat(10_000),
        "1\u{300}2.3\u{300}4".into(),
    ];
    inputs.push((0..2000).filter_map(char::from_u32).collect());
    for text in &inputs {
        for range in all_ranges(text) {
            assert!(text.get(range.clone()).is_some(), "{range:?}");
        }
    }
    // Linear scanning does all of this in well under a second, even unoptimised.
    assert!(start.elapsed().as_secs() < 10, "took {:?}", start.elapsed());
}

#[test]
fn random_fragments_never_panic() {
    const PIECES: [&str; 28] = [
        "0", "1", "2", "9", "24", "31", ".", ":", "-", "–", "/", " ", "\u{a0}", "\t", "'", "(",
        ")", "u", "uur", "juli", "julli", "van", "tot", "en", "maandag", "zo.", "é", "🎉",
    ];
    // A fixed xorshift sequence keeps the test reproducible without a dependency.
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for _ in 0..20_000 {
        let len = next() % 24;
        let text: String = (0..len)
            .map(|_| PIECES[(next() % PIECES.len() as u64) as usize])
            .collect();
        for range in all_ranges(&text) {
            let slice = text.get(range.clone());
            assert!(slice.is_some_and(|s| !s.is_empty()), "{text:?}: {range:?}");
        }
    }
}

#[test]
fn repeated_issues_all_reported() {
    let text = "31 juni 2018 ".repeat(1000);
    assert_eq!(check_dates(&text).len(), 1000);
    let text = "21.45 - 20.30 uur, ".repeat(1000);
    assert_eq!(check_times(&text).len(), 1000);
}

#[test]
fn a_file_name_gives_its_date() {
    assert_eq!(
        date_in_name("2016-06-08-adres-gebouw-1").as_deref(),
        Some("2016-06-08")
    );
    assert_eq!(
        date_in_name("logius-fsc-notulen-20250519").as_deref(),
        Some("2025-05-19")
    );
    assert_eq!(
        date_in_name("fronteers-alv-10-november-2023").as_deref(),
        Some("10 november 2023")
    );
    assert_eq!(date_in_name("notulen-werkgroep-131"), None);
    assert_eq!(date_in_name("versie-20251399"), None);
}

proptest::proptest! {
    #[test]
    fn has_digit_is_any_ascii_digit(s in "[a-z .\u{e9}\u{0660}]{0,70}[0-9]?[a-z ]{0,40}") {
        proptest::prop_assert_eq!(has_digit(&s), s.bytes().any(|b| b.is_ascii_digit()));
    }
}
