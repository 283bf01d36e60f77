//! Tests of clock times and time ranges.

use super::*;

#[test]
fn unreadable_times() {
    let issue = one_time("27.45 uur");
    assert_eq!(issue.range, 0..5);
    assert_eq!(
        issue.problem,
        TimeProblem::HourPast24 {
            written: "27.45".to_string()
        }
    );
    assert_eq!(
        one_time("13:64").problem,
        TimeProblem::MinutesPast59 {
            written: "13:64".to_string()
        }
    );
    assert_eq!(
        one_time("Aanvang 24:30 uur").problem,
        TimeProblem::PastEndOfDay {
            written: "24:30".to_string(),
            separator: ':'
        }
    );
    assert_eq!(
        time_spans("De voorzitter sluit de vergadering om 21.75 uur."),
        ["21.75"]
    );
    assert_eq!(time_spans("Om 25.30 uur sluit de voorzitter"), ["25.30"]);
    assert_eq!(time_spans("aanvang 19.65"), ["19.65"]);
    assert_eq!(time_spans("Aanvang: 25.00"), ["25.00"]);
    assert_eq!(time_spans("25.30"), ["25.30"]);
    assert_eq!(time_spans("20.75u"), ["20.75"]);
    assert_eq!(time_spans("20u75"), ["20u75"]);
    assert_eq!(time_spans("om 20.75 u."), ["20.75"]);
    assert_eq!(time_spans("21.75 uur: sluiting"), ["21.75"]);
    assert_eq!(time_spans("De vergadering duurt tot 22.75 uur."), ["22.75"]);
    assert_eq!(time_spans("Sluiting 22.75 uur."), ["22.75"]);
}

#[test]
fn valid_times() {
    for text in [
        "09.50 – 11.45 uur",
        "09.00 uur - 11.00 uur",
        "19:30-21:15",
        "19:30 - 21:15 uur",
        "aanvang 20.00 uur",
        "20.00u",
        "9.30 uur",
        "om 11.00 uur",
        "van 19.30 tot 21 uur",
        "24.00 uur",
        "22.00 - 24.00",
        "22.00 - 00.30 uur",
        "23:30–01:15",
        "19.30 - 19.30 uur",
        "19:30:00 - 21:15:00",
        "tussen 19.00 en 21.00 uur",
        "van 9.00 uur tot en met 12.00 uur",
        "20u30",
    ] {
        assert!(
            check_times(text).is_empty(),
            "{text}: {:#?}",
            check_times(text)
        );
    }
}

#[test]
fn ranges_ending_before_they_start() {
    let issue = one_time("21.45 uur - 20.30 uur");
    assert_eq!(issue.range, 0..21);
    assert_eq!(
        issue.problem,
        TimeProblem::EndsBeforeStart {
            written: "21.45 uur - 20.30 uur".to_string()
        }
    );
    let text = "De vergadering duurt van 21.15 tot 20.00 uur.";
    assert_eq!(time_spans(text), ["van 21.15 tot 20.00 uur"]);
    assert_eq!(time_spans("16.15 – 14.00 uur"), ["16.15 – 14.00 uur"]);
    assert_eq!(time_spans("14.15 - 13.00 uur"), ["14.15 - 13.00 uur"]);
    assert_eq!(time_spans("19:30-18:15"), ["19:30-18:15"]);
    assert_eq!(time_spans("19.30 - 18.15"), ["19.30 - 18.15"]);
    assert_eq!(time_spans("21.00u-20.00u"), ["21.00u-20.00u"]);
    assert_eq!(
        time_spans("tussen 21.00 en 20.00 uur"),
        ["tussen 21.00 en 20.00 uur"]
    );
    assert_eq!(
        time_spans("van 21.30 t/m 19.00 uur"),
        ["van 21.30 t/m 19.00 uur"]
    );
    assert_eq!(time_spans("van 21 tot 20.30 uur"), ["van 21 tot 20.30 uur"]);
    assert_eq!(time_spans("10.00 - 1.30 uur"), ["10.00 - 1.30 uur"]);
}

#[test]
fn bad_end_of_a_range() {
    let text = "10:50–13:64 uur";
    let issue = one_time(text);
    assert_eq!(&text[issue.range], "13:64");
    assert_eq!(time_spans("19.30 - 26.00 uur"), ["26.00"]);
    assert_eq!(time_spans("27.45 - 29.00"), ["27.45", "29.00"]);
}

#[test]
fn times_with_odd_spacing() {
    let text = "Tijdstip\t21.45\u{a0}–\u{a0}20.30\u{a0}uur";
    assert_eq!(time_spans(text), ["21.45\u{a0}–\u{a0}20.30\u{a0}uur"]);
    let text = "🕖 van\u{2009}21.15\ttot\u{202f}20.00 uur 🕗";
    assert_eq!(time_spans(text), ["van\u{2009}21.15\ttot\u{202f}20.00 uur"]);
    assert_eq!(time_spans("21.45—20.30"), ["21.45—20.30"]);
}

#[test]
fn times_must_not_fire() {
    for text in [
        "€ 11.45",
        "€11.75",
        "3.50 euro",
        "3.75 euro",
        "11.45%",
        "een stijging van 11.75 %",
        "2.5 miljoen",
        "4.2 Begroting",
        "punt 11.45",
        "agendapunt 4.75",
        "art. 9.12",
        "zie 2.10-2.75",
        "De uitslag was 25:23.",
        "gewonnen met 25:23 en 25:20",
        "schaal 1:75",
        "stand 3-1",
        "09-07-2018",
        "9.7.2018",
        "13.09.2018",
        "2019-2022",
        "Bel 053-1234567.",
        "11.45",
        "Het bedrag van 11.75 is betaald.",
        "De prijs daalt van 21.15 tot 20.00.",
        "De contributie gaat van 12.50 tot 15.75.",
        "werktijd 7.75 uur per dag",
        "gemiddeld 7.75 uur",
        "ca. 7.75 uur",
        "1.250,00",
        "11.45.30",
        "4.12b",
        "9-10 juli",
        "van 19 tot 27",
        "30 - 25 uur",
        "40 uur per week",
        "om 11.45 u ziet u",
        "1 à 2 keer",
        "v2.75",
        "11.75 - 12.50 euro",
        "om 2.75 meter",
        "cameratoezicht van 23.00 tot 07.00 uur",
        "nachtrust tussen 22.00 en 7.00 uur",
        "artikel 10:63 Awb",
        "op grond van 10:63 Awb",
        "Art. 2:94a BW",
        "Reistijd 1.75 uur",
        "7.75 uur/week",
        "Kosten per uur: 45.75",
        "19.30, 20.15 en 21.75",
        "van 8 tot 17 uur",
        "9 - 12.30 uur",
        "De wachttijd bedroeg 1.75 uur.",
        "Er is 27.45 uur besteed aan het dossier.",
    ] {
        assert!(
            check_times(text).is_empty(),
            "{text}: {:#?}",
            check_times(text)
        );
    }
}
