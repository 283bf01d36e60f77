//! Benchmarks: parsing and the full lint of the reference document and of a large generated document.
//!
//! Run with `cargo bench --bench lint`. The large document is built here, deterministically, so that
//! the numbers depend on nothing outside the repository.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::hint::black_box;
use std::path::PathBuf;

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

fn bench(c: &mut Criterion) {
    let config = Config::default();
    let docs = [
        ("reference", reference()),
        ("generated-2000-items", generated(2000)),
    ];
    let mut group = c.benchmark_group("notulint");
    for (name, source) in &docs {
        group.throughput(Throughput::Bytes(source.text.len() as u64));
        group.bench_with_input(BenchmarkId::new("parse", name), source, |b, s| {
            b.iter(|| parse(black_box(&s.text)))
        });
        group.bench_with_input(BenchmarkId::new("check", name), source, |b, s| {
            b.iter(|| check(black_box(s), &config))
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    // The large document takes long enough per iteration that fewer samples still give stable medians.
    config = Criterion::default().sample_size(20);
    targets = bench
}
criterion_main!(benches);
