//! Benchmarks: parsing and the full lint of the reference document and of a large generated document.
//!
//! Run with `cargo bench --bench lint [FILTER]`. The large document is built here, deterministically, so
//! that the numbers depend on nothing outside the repository. A plain timing loop (median, min and max of
//! `SAMPLES` samples) rather than criterion, which added 14 crates to every `cargo test` build; without
//! `--bench` (as `cargo test --benches` runs it) each benchmark runs once, as a smoke test.

use std::hint::black_box;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use notulint::{check, structure::parse, Config, Source};

/// The bundled reference document (a real public concept decision list).
fn reference() -> Source {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures/dvo-twente-2018-07-09.txt");
    let bytes = std::fs::read(&path).expect("the reference fixture is in the repository");
    Source::from_bytes(path, bytes).expect("the reference fixture is UTF-8")
}

/// A small deterministic pseudo-random generator (xorshift), so the document is the same every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
}

const INITIALS: &[&str] = &[
    "A.", "B.", "G.J.", "H.", "J.", "P.", "R.", "S.", "Th.", "W.M.",
];
const PARTICLES: &[&str] = &["", "", "", "van ", "de ", "van der ", "ter "];
const SURNAMES: &[&str] = &[
    "Kok",
    "Raven",
    "Welten",
    "Joosten",
    "Nauta",
    "Schouten",
    "Kroon",
    "Haverkamp",
    "Kolk",
    "Robben",
    "Meuleman",
    "Wevers",
    "Slot",
    "Smink",
    "Hofland",
    "Veldhuizen",
    "Bakker",
    "Visser",
    "Mulder",
    "Bos",
    "Dijkstra",
    "Jansen",
    "Hendriks",
    "Brouwer",
    "Peters",
    "Lutje Wagelaar",
];
const VERBS: &[&str] = &[
    "geeft aan dat",
    "deelt mede dat",
    "benadrukt dat",
    "vraagt of",
    "stelt voor dat",
];
const TOPICS: &[&str] = &[
    "de begroting voor volgend jaar sluitend is",
    "de veiligheidsstrategie nog wordt besproken met de gemeenten",
    "het convenant binnenkort wordt ondertekend",
    "de capaciteit van de politie onder druk staat",
    "de evaluatie na de zomer volgt",
    "het voorstel eerst in de werkgroep komt",
];
const OUTCOMES: &[&str] = &[
    "Het voorstel wordt vastgesteld.",
    "Besluit: het DVO stemt in met het voorstel.",
    "Het punt wordt aangehouden.",
    "",
];

/// A person as written on an attendance list, and as referred to in running text.
fn person(rng: &mut Rng) -> (String, String) {
    let initials = rng.pick(INITIALS);
    let particle = rng.pick(PARTICLES);
    let surname = rng.pick(SURNAMES);
    let listed = format!("{initials} {particle}{surname}");
    let mut spoken = format!("{particle}{surname}");
    if let Some(first) = spoken.get(..1) {
        spoken = first.to_uppercase() + &spoken[1..];
    }
    (listed, spoken)
}

/// A table-export decision list (F1) with `items` agenda items, about 600 bytes per item.
fn generated(items: usize) -> Source {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let people: Vec<(String, String)> = (0..40).map(|_| person(&mut rng)).collect();
    let mut text =
        String::from("BESLUITENLIJST Districtelijk Veiligheidsoverleg openbaar (concept)\n\n");
    text.push_str("Datum\t9 juli 2018\nTijdstip\t09.50 – 11.45 uur\n");
    text.push_str(&format!("Voorzitter\t{}\n", people[0].0));
    text.push_str("Locatie\tMeldkamer Hengelo, Demmersweg 55\n");
    text.push_str(&format!("Secretaris\t{}\n", people[1].0));
    let present: Vec<&str> = people[..30].iter().map(|p| p.0.as_str()).collect();
    let absent: Vec<&str> = people[30..].iter().map(|p| p.0.as_str()).collect();
    text.push_str(&format!("Aanwezig\t{}\n", present.join(", ")));
    text.push_str(&format!(
        "Afwezig\t{}\n\nNR\tOnderwerp\n",
        absent.join(", ")
    ));
    for n in 0..items {
        let letter = (b'A' + (n % 26) as u8) as char;
        let title = if n % 3 == 0 {
            "Voorstel gezamenlijke aanpak"
        } else {
            "Mededelingen"
        };
        let speaker = &people[(rng.next() % people.len() as u64) as usize].1;
        text.push_str(&format!(
            "{letter}\t<p>{title} {n}</p> <p>Dhr. {speaker} {} {}.</p> <p>{}</p>\n",
            rng.pick(VERBS),
            rng.pick(TOPICS),
            rng.pick(OUTCOMES)
        ));
        for _ in 0..2 {
            let speaker = &people[(rng.next() % people.len() as u64) as usize].1;
            text.push_str(&format!(
                "\nMevr. {speaker} {} {}.\n- {}\n",
                rng.pick(VERBS),
                rng.pick(TOPICS),
                rng.pick(TOPICS)
            ));
        }
        text.push('\n');
    }
    Source::new("generated.txt", text)
}

/// Samples per benchmark: the large document takes long enough per iteration that 20 give stable medians.
const SAMPLES: usize = 20;

/// Each sample runs the benchmark this long at least (more iterations per sample for fast ones).
const SAMPLE_TIME: Duration = Duration::from_millis(50);

/// Times `f` and prints the median, min and max time per iteration and the throughput.
fn measure(name: &str, bytes: usize, mut f: impl FnMut()) {
    // Warm up, and find how many iterations fill a sample.
    let start = Instant::now();
    let mut iters = 0u32;
    while iters == 0 || start.elapsed() < SAMPLE_TIME {
        f();
        iters += 1;
    }
    let mut per_iter: Vec<Duration> = (0..SAMPLES)
        .map(|_| {
            let t = Instant::now();
            for _ in 0..iters {
                f();
            }
            t.elapsed() / iters
        })
        .collect();
    per_iter.sort();
    let median = per_iter[SAMPLES / 2];
    let mb_s = bytes as f64 / median.as_secs_f64() / 1e6;
    println!(
        "{name:<40} median {median:>11.3?}  min {:>11.3?}  max {:>11.3?}  {mb_s:8.2} MB/s  ({SAMPLES} x {iters})",
        per_iter[0],
        per_iter[SAMPLES - 1]
    );
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let timing = args.iter().any(|a| a == "--bench");
    let filters: Vec<&String> = args.iter().filter(|a| !a.starts_with("--")).collect();
    let config = Config::default();
    let docs = [
        ("reference", reference()),
        ("generated-2000-items", generated(2000)),
    ];
    for (name, source) in &docs {
        let benches: [(String, Box<dyn Fn()>); 2] = [
            (
                format!("notulint/parse/{name}"),
                Box::new(|| drop(black_box(parse(black_box(&source.text))))),
            ),
            (
                format!("notulint/check/{name}"),
                Box::new(|| drop(black_box(check(black_box(source), &config)))),
            ),
        ];
        for (id, f) in &benches {
            if !filters.is_empty() && !filters.iter().any(|p| id.contains(p.as_str())) {
                continue;
            }
            if timing {
                measure(id, source.text.len(), f);
            } else {
                f();
                println!("{id}: ok");
            }
        }
    }
}
