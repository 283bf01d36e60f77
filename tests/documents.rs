//! Word, OpenDocument, HTML and PDF: the readings, the bundled example saved in each
//! format, the awkward parts of real documents, and hostile files. The documents are written
//! here by small writers (the example's own text, or invented text), never copied in.

use assert_cmd::Command;
use notulint::{check, Config, Severity, Source};
use serde_json::Value;
use std::io::Write;

// ---------------------------------------------------------------------------------------
// Writers

fn zip(parts: &[(&str, String)]) -> Vec<u8> {
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, data) in parts {
        w.start_file(*name, opts).expect("zip entry");
        w.write_all(data.as_bytes()).expect("zip data");
    }
    w.finish().expect("zip").into_inner()
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/// The runs of a Word paragraph: a TAB is `<w:tab/>`.
fn runs(text: &str) -> String {
    text.split('\t')
        .map(|t| format!("<w:r><w:t xml:space=\"preserve\">{}</w:t></w:r>", esc(t)))
        .collect::<Vec<_>>()
        .join("<w:r><w:tab/></w:r>")
}

fn para(text: &str) -> String {
    format!("<w:p>{}</w:p>", runs(text))
}

fn table(rows: &[Vec<&str>]) -> String {
    let rows: String = rows
        .iter()
        .map(|r| {
            let cells: String = r
                .iter()
                .map(|c| format!("<w:tc><w:tcPr/>{}</w:tc>", para(c)))
                .collect();
            format!("<w:tr>{cells}</w:tr>")
        })
        .collect();
    format!("<w:tbl><w:tblPr/>{rows}</w:tbl>")
}

/// A .docx with this body XML and these extra parts (`word/numbering.xml`, …).
fn docx(body: &str, extra: &[(&str, String)]) -> Vec<u8> {
    let mut parts = vec![
        (
            "[Content_Types].xml",
            "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>".to_string(),
        ),
        (
            "_rels/.rels",
            "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"r1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>".to_string(),
        ),
        (
            "word/document.xml",
            format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"{W}\"><w:body>{body}<w:sectPr/></w:body></w:document>"),
        ),
    ];
    parts.extend(extra.iter().map(|(n, d)| (*n, d.clone())));
    zip(&parts)
}

const ODF_NS: &str = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\"";

/// ODF text: a TAB is `<text:tab/>`, runs of spaces `<text:s text:c="n"/>`.
fn odf_text(text: &str) -> String {
    let mut out = String::new();
    for (i, part) in text.split('\t').enumerate() {
        if i > 0 {
            out.push_str("<text:tab/>");
        }
        let mut spaces = 0;
        let flush = |out: &mut String, spaces: usize, at_start: bool| {
            if spaces == 0 {
                return;
            }
            if at_start {
                out.push_str(&format!("<text:s text:c=\"{spaces}\"/>"));
            } else {
                out.push(' ');
                if spaces > 1 {
                    out.push_str(&format!("<text:s text:c=\"{}\"/>", spaces - 1));
                }
            }
        };
        let mut start = true;
        for c in part.chars() {
            if c == ' ' {
                spaces += 1;
            } else {
                flush(&mut out, spaces, start);
                spaces = 0;
                start = false;
                out.push_str(&esc(&c.to_string()));
            }
        }
        flush(&mut out, spaces, true);
    }
    out
}

fn odt(body: &str) -> Vec<u8> {
    zip(&[
        ("mimetype", "application/vnd.oasis.opendocument.text".into()),
        (
            "content.xml",
            format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content {ODF_NS}><office:automatic-styles><text:list-style style:name=\"L1\"><text:list-level-style-number text:level=\"1\" style:num-suffix=\".\" style:num-format=\"1\"/></text:list-style></office:automatic-styles><office:body><office:text>{body}</office:text></office:body></office:document-content>"),
        ),
        (
            "META-INF/manifest.xml",
            "<?xml version=\"1.0\"?><manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\"><manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/></manifest:manifest>".into(),
        ),
    ])
}

// ---------------------------------------------------------------------------------------
// The bundled example in each format

fn example() -> String {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/");
    std::fs::read_to_string(format!("{dir}dvo-twente-2018-07-09.txt")).expect("example")
}

fn example_lines() -> Vec<String> {
    let text = example();
    let mut lines: Vec<String> = text.split('\n').map(str::to_string).collect();
    if lines.last().is_some_and(String::is_empty) {
        lines.pop();
    }
    lines
}

/// The warning and error findings as (rule, line).
fn scored(source: &Source) -> Vec<(String, usize)> {
    check(source, &Config::default())
        .into_iter()
        .filter(|f| f.severity >= Severity::Warning)
        .map(|f| (f.rule.to_string(), source.line_col(f.span.start()).line))
        .collect()
}

/// Every label of the example is found on one of its lines, by a finding of its own, and
/// nothing is reported that no label or allowance covers.
fn assert_labelled(findings: &[(String, usize)]) {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/");
    let labels: Value = serde_json::from_str(
        &std::fs::read_to_string(format!("{dir}labels.json")).expect("labels"),
    )
    .expect("JSON");
    let doc = &labels["documents"]["dvo-twente-2018-07-09.txt"];
    let entries = |key: &str| -> Vec<(String, Vec<usize>)> {
        doc[key]
            .as_array()
            .into_iter()
            .flatten()
            .map(|l| {
                (
                    l["rule"].as_str().unwrap_or_default().to_string(),
                    l["lines"]
                        .as_array()
                        .into_iter()
                        .flatten()
                        .filter_map(Value::as_u64)
                        .map(|n| n as usize)
                        .collect(),
                )
            })
            .collect()
    };
    let wanted = entries("labels");
    let allowed = entries("allow");
    assert_eq!(wanted.len(), 11);
    for (rule, lines) in &wanted {
        assert!(
            findings.iter().any(|(r, l)| r == rule && lines.contains(l)),
            "missing {rule} on lines {lines:?}; got {findings:?}"
        );
        let labels = wanted.iter().filter(|(r, _)| r == rule).count();
        let found = findings.iter().filter(|(r, _)| r == rule).count();
        assert!(
            found >= labels,
            "{rule}: {found} findings for {labels} labels"
        );
    }
    for (rule, line) in findings {
        let covered = wanted
            .iter()
            .chain(allowed.iter())
            .any(|(r, ls)| r == rule && ls.contains(line));
        assert!(covered, "unexpected {rule} on line {line}");
    }
}

fn read(name: &str, bytes: Vec<u8>) -> Source {
    Source::read(name, bytes).unwrap_or_else(|e| panic!("{name}: {e}"))
}

#[test]
fn the_example_as_word_paragraphs() {
    let body: String = example_lines().iter().map(|l| para(l)).collect();
    let source = read("dvo.docx", docx(&body, &[]));
    assert_eq!(source.text, example());
    let findings = scored(&source);
    assert_labelled(&findings);
    assert_eq!(
        findings,
        scored(&Source::new("dvo.txt", example())),
        "the same findings at the same lines as the text"
    );
}

#[test]
fn the_example_as_word_with_a_header_table() {
    let lines = example_lines();
    // Lines 5-11 (`Datum` … `Afwezig`) as a two-column table.
    let mut body = String::new();
    for l in &lines[..4] {
        body.push_str(&para(l));
    }
    let rows: Vec<Vec<&str>> = lines[4..11]
        .iter()
        .map(|l| l.splitn(2, '\t').collect())
        .collect();
    body.push_str(&table(&rows));
    for l in &lines[11..] {
        body.push_str(&para(l));
    }
    let source = read("dvo.docx", docx(&body, &[]));
    assert_eq!(source.text, example());
    assert_labelled(&scored(&source));
}

#[test]
fn the_example_as_opendocument() {
    let body: String = example_lines()
        .iter()
        .map(|l| format!("<text:p>{}</text:p>", odf_text(l)))
        .collect();
    let source = read("dvo.odt", odt(&body));
    assert_eq!(source.text, example());
    assert_labelled(&scored(&source));
}

#[test]
fn the_example_as_html() {
    let lines = example_lines();
    let mut html = String::from("<!DOCTYPE html><html><head><title>DVO</title></head><body>");
    for l in &lines {
        if l.is_empty() {
            html.push_str("<p></p>\n");
        } else if let Some((k, v)) = l.split_once('\t') {
            html.push_str(&format!(
                "<table><tr><td>{}</td><td>{}</td></tr></table>\n",
                esc(k),
                esc(v)
            ));
        } else {
            html.push_str(&format!("<p>{}</p>\n", esc(l)));
        }
    }
    let source = read("dvo.html", html.into_bytes());
    assert_eq!(source.text, example());
    assert_labelled(&scored(&source));
}

// ---------------------------------------------------------------------------------------
// The awkward parts of Word and OpenDocument files

const NUMBERING: &str = r#"<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="4"/></w:lvlOverride></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>"#;

const STYLES: &str = r#"<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:style w:type="paragraph" w:styleId="Kop2"><w:name w:val="heading 2"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Agendapunt"><w:name w:val="Agendapunt"/><w:basedOn w:val="Kop2"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
</w:styles>"#;

fn numbered(text: &str, num: u32, ilvl: u32) -> String {
    format!(
        "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"{ilvl}\"/><w:numId w:val=\"{num}\"/></w:numPr></w:pPr>{}</w:p>",
        runs(text)
    )
}

fn styled(text: &str, style: &str) -> String {
    format!(
        "<w:p><w:pPr><w:pStyle w:val=\"{style}\"/></w:pPr>{}</w:p>",
        runs(text)
    )
}

#[test]
fn word_numbers_changes_fields_comments_and_headers() {
    let field = "<w:p><w:r><w:t xml:space=\"preserve\">Datum: </w:t></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> DATE \\@ \"d MMMM yyyy\" </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>3 maart 2024</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>";
    let changed = "<w:p><w:r><w:t xml:space=\"preserve\">Aanwezig: Anne Kok (voorzitter), </w:t></w:r><w:ins w:id=\"1\" w:author=\"S\"><w:r><w:t>Bram Ros</w:t></w:r></w:ins><w:del w:id=\"2\" w:author=\"S\"><w:r><w:delText>Cor Vis</w:delText></w:r></w:del><w:commentRangeStart w:id=\"0\"/><w:r><w:t xml:space=\"preserve\">, Dirk Wit</w:t></w:r><w:commentRangeEnd w:id=\"0\"/><w:r><w:commentReference w:id=\"0\"/></w:r></w:p>";
    let body = [
        styled("Notulen bestuursvergadering", "Title"),
        field.to_string(),
        changed.to_string(),
        styled("Opening", "Agendapunt"),
        para("Anne opent de vergadering."),
        numbered("eerste punt", 1, 1),
        numbered("tweede punt", 1, 1),
        styled("Mededelingen", "Agendapunt"),
        numbered("Actie voor Bram", 3, 0),
        format!(
            "<w:p><w:pPr><w:pStyle w:val=\"Agendapunt\"/><w:numPr><w:numId w:val=\"2\"/></w:numPr></w:pPr>{}</w:p>",
            runs("Rondvraag")
        ),
    ]
    .concat();
    let extra = [
        ("word/numbering.xml", NUMBERING.to_string()),
        ("word/styles.xml", STYLES.to_string()),
        (
            "word/comments.xml",
            format!("<w:comments xmlns:w=\"{W}\"><w:comment w:id=\"0\"><w:p><w:r><w:t>OPMERKING</w:t></w:r></w:p></w:comment></w:comments>"),
        ),
        (
            "word/header1.xml",
            format!("<w:hdr xmlns:w=\"{W}\"><w:p><w:r><w:t>KOPTEKST</w:t></w:r></w:p></w:hdr>"),
        ),
    ];
    let source = read("x.docx", docx(&body, &extra));
    let lines: Vec<&str> = source.text.lines().collect();
    assert_eq!(
        lines,
        vec![
            "Notulen bestuursvergadering",
            "Datum: 3 maart 2024",
            "Aanwezig: Anne Kok (voorzitter), Bram Ros, Dirk Wit",
            "1. Opening",
            "Anne opent de vergadering.",
            "a) eerste punt",
            "b) tweede punt",
            "2. Mededelingen",
            "- Actie voor Bram",
            "4. Rondvraag",
        ]
    );
    let findings = check(&source, &Config::default());
    let changes: Vec<_> = findings
        .iter()
        .filter(|f| f.text(notulint::Lang::En).contains("tracked changes"))
        .collect();
    assert_eq!(changes.len(), 1, "{findings:?}");
    assert_eq!(changes[0].severity, Severity::Info);
    assert_eq!(source.line_col(changes[0].span.start()).line, 3);
    // The agenda numbers 1, 2, 4 exist only in numbering.xml, and the rule sees the skip.
    assert!(
        findings
            .iter()
            .any(|f| f.rule == "structure/numbering" && source.line_col(f.span.start()).line == 10),
        "{findings:?}"
    );
}

#[test]
fn opendocument_lists_tables_and_changes() {
    let body = r#"<text:tracked-changes><text:changed-region text:id="c1"><text:deletion><text:p>Cor Vis</text:p></text:deletion></text:changed-region></text:tracked-changes>
<text:h text:outline-level="1">Notulen   bestuur</text:h>
<table:table><table:table-row><table:table-cell><text:p>Datum</text:p></table:table-cell><table:table-cell><text:p>3 maart 2024</text:p></table:table-cell></table:table-row></table:table>
<text:p>Aanwezig: Anne Kok,<text:change text:change-id="c1"/> Bram<text:s text:c="2"/>Ros<office:annotation><text:p>OPMERKING</text:p></office:annotation></text:p>
<text:list text:style-name="L1"><text:list-item><text:p>Opening</text:p></text:list-item><text:list-item text:start-value="5"><text:p>Sluiting</text:p></text:list-item></text:list>"#;
    let source = read("x.odt", odt(body));
    let lines: Vec<&str> = source.text.lines().collect();
    assert_eq!(
        lines,
        vec![
            "Notulen bestuur",
            "Datum\t3 maart 2024",
            "Aanwezig: Anne Kok, Bram  Ros",
            "1. Opening",
            "5. Sluiting"
        ]
    );
    let findings = check(&source, &Config::default());
    assert_eq!(
        findings
            .iter()
            .filter(|f| f.text(notulint::Lang::En).contains("tracked changes"))
            .count(),
        1
    );
}

// ---------------------------------------------------------------------------------------
// Hostile and broken files

/// Bits in deflate order: values least significant bit first, Huffman codes as written.
#[derive(Default)]
struct Bits {
    data: Vec<u8>,
    acc: u64,
    n: u32,
}

impl Bits {
    fn put(&mut self, value: u64, len: u32) {
        self.acc |= value << self.n;
        self.n += len;
        while self.n >= 8 {
            self.data.push(self.acc as u8);
            self.acc >>= 8;
            self.n -= 8;
        }
    }
    /// A Huffman code, most significant bit first.
    fn code(&mut self, code: u64, len: u32) {
        for i in (0..len).rev() {
            self.put((code >> i) & 1, 1);
        }
    }
    fn zeros(&mut self, mut bits: u64) {
        while bits > 0 && self.n != 0 {
            self.put(0, 1);
            bits -= 1;
        }
        self.data
            .extend(std::iter::repeat_n(0u8, (bits / 8) as usize));
        self.put(0, (bits % 8) as u32);
    }
}

/// A zip whose one entry, `word/document.xml`, inflates to `pairs` × 258 zero bytes: one
/// dynamic Huffman block in which "length 258, distance 1" costs two bits, the densest
/// deflate allows (1032 to 1). 10 GiB take 9.9 MiB. `declared` is the size the zip says
/// the entry has (zip64 when it does not fit 32 bits).
fn bomb(pairs: u64, declared: u64) -> Vec<u8> {
    // The CRC of the inflated bytes, when they are few enough to count.
    let crc = if declared == 1 + 258 * pairs && declared < 1 << 24 {
        crc32(&vec![0; declared as usize])
    } else {
        0
    };
    let mut b = Bits::default();
    b.put(1, 1); // the final block
    b.put(2, 2); // dynamic Huffman codes
    b.put(29, 5); // 286 literal/length codes
    b.put(0, 5); // 1 distance code
    b.put(14, 4); // 18 code length codes, in the order 16 17 18 0 8 7 9 6 10 5 11 4 12 3 13 2 14 1
    for len in [0, 0, 2, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 2] {
        b.put(len, 3);
    }
    // Code length codes (2 bits each): 0 → 00, 1 → 01, 2 → 10, 18 → 11.
    let zeros = |b: &mut Bits, n: u64| {
        b.code(0b11, 2);
        b.put(n - 11, 7);
    };
    b.code(0b10, 2); // literal 0: length 2
    zeros(&mut b, 138);
    zeros(&mut b, 117); // 1..=255 unused
    b.code(0b10, 2); // end of block: length 2
    zeros(&mut b, 28); // 257..=284 unused
    b.code(0b01, 2); // 285 (length 258): length 1
    b.code(0b01, 2); // distance 1: length 1
                     // Literal/length codes: 285 → 0, 0 → 10, 256 → 11; distance 1 → 0.
    b.code(0b10, 2); // one zero byte
    b.zeros(2 * pairs); // 258 more, `pairs` times
    b.code(0b11, 2); // end of block
    b.put(0, 7);
    let data = b.data;
    let zip64 = declared >= u32::MAX as u64;
    let name = b"word/document.xml";
    let small = |v: u64| if zip64 { u32::MAX } else { v as u32 };
    let extra: Vec<u8> = if zip64 {
        let mut e = vec![1, 0, 16, 0];
        e.extend(declared.to_le_bytes());
        e.extend((data.len() as u64).to_le_bytes());
        e
    } else {
        Vec::new()
    };
    let mut z = Vec::new();
    let header = |z: &mut Vec<u8>, central: bool| {
        z.extend(if central {
            [0x50, 0x4b, 1, 2]
        } else {
            [0x50, 0x4b, 3, 4]
        });
        if central {
            z.extend([45, 0]);
        }
        z.extend([45, 0, 0, 0, 8, 0, 0, 0, 0x21, 0]); // version, flags, deflate, time, date
        z.extend(crc.to_le_bytes());
        z.extend(small(data.len() as u64).to_le_bytes());
        z.extend(small(declared).to_le_bytes());
        z.extend((name.len() as u16).to_le_bytes());
        z.extend((extra.len() as u16).to_le_bytes());
        if central {
            z.extend([0; 6]); // comment length, disk, internal attributes
            z.extend(0u32.to_le_bytes()); // external attributes
            z.extend(0u32.to_le_bytes()); // offset of the local header
        }
        z.extend(name);
        z.extend(&extra);
    };
    header(&mut z, false);
    z.extend(&data);
    let cd = z.len() as u32;
    header(&mut z, true);
    let cd_len = z.len() as u32 - cd;
    z.extend([0x50, 0x4b, 5, 6, 0, 0, 0, 0, 1, 0, 1, 0]);
    z.extend(cd_len.to_le_bytes());
    z.extend(cd.to_le_bytes());
    z.extend([0, 0]);
    z
}

fn crc32(data: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in data {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

const TEN_GB: u64 = 10 * 1024 * 1024 * 1024;

#[test]
fn a_zip_bomb_is_refused_quickly() {
    let pairs = TEN_GB / 258;
    for declared in [TEN_GB, 1000] {
        let b = bomb(pairs, declared);
        assert!(b.len() < 10 * 1024 * 1024, "{} bytes", b.len());
        let started = std::time::Instant::now();
        let err = Source::read("bomb.docx", b).unwrap_err().to_string();
        assert!(err.contains("zip bomb"), "{err}");
        assert!(
            started.elapsed() < std::time::Duration::from_secs(1),
            "{:?}",
            started.elapsed()
        );
    }
}

#[test]
fn broken_and_protected_documents_say_why() {
    let good = docx(&para("Datum: 3 maart 2024"), &[]);
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("cut.docx", good[..good.len() / 2].to_vec(), "cut short"),
        ("empty.docx", Vec::new(), "empty"),
        ("text.docx", b"Datum: 3 maart".to_vec(), "not a Word document"),
        ("rtf.docx", b"{\\rtf1 x}".to_vec(), "RTF"),
        (
            "locked.docx",
            {
                let mut b = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
                b.extend(vec![0; 504]);
                b.extend("EncryptedPackage".encode_utf16().flat_map(|u| u.to_le_bytes()));
                b
            },
            "password",
        ),
        (
            "old.docx",
            vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0],
            ".doc",
        ),
        (
            "xxe.docx",
            docx_raw("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>"),
            "DTD",
        ),
        (
            "deep.docx",
            docx(&"<w:sdt><w:sdtContent>".repeat(300), &[]),
            "nests",
        ),
        (
            "locked.odt",
            zip(&[
                ("mimetype", "application/vnd.oasis.opendocument.text".into()),
                ("content.xml", "x".into()),
                (
                    "META-INF/manifest.xml",
                    "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\"><manifest:file-entry manifest:full-path=\"content.xml\"><manifest:encryption-data/></manifest:file-entry></manifest:manifest>".into(),
                ),
            ]),
            "password",
        ),
        (
            "sheet.odt",
            zip(&[(
                "mimetype",
                "application/vnd.oasis.opendocument.spreadsheet".into(),
            )]),
            "spreadsheet",
        ),
        ("scan.pdf", b"%PDF-1.4\n%%EOF\n".to_vec(), "PDF"),
    ];
    for (name, bytes, why) in cases {
        let err = Source::read(name, bytes)
            .err()
            .unwrap_or_else(|| panic!("{name} was read"))
            .to_string();
        assert!(err.contains(why), "{name}: {err}");
    }
}

fn docx_raw(document: &str) -> Vec<u8> {
    zip(&[("word/document.xml", document.to_string())])
}

#[test]
fn a_bad_document_is_exit_2_and_the_others_are_still_checked() {
    let d = tempfile::tempdir().expect("temp dir");
    let body: String = example_lines().iter().map(|l| para(l)).collect();
    std::fs::write(d.path().join("goed.docx"), docx(&body, &[])).expect("write");
    std::fs::write(d.path().join("kapot.docx"), b"PK\x03\x04kapot").expect("write");
    let out = Command::cargo_bin("notulint")
        .expect("binary")
        .env("LC_ALL", "C")
        .current_dir(d.path())
        .args(["check", ".", "--format", "json"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let v: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(v["errors"][0]["path"], "./kapot.docx");
    assert!(v["diagnostics"]
        .as_array()
        .expect("list")
        .iter()
        .any(|f| f["path"] == "./goed.docx" && f["rule"] == "attendance/duplicate-person"));
}

#[test]
fn a_folder_without_minutes_is_exit_2() {
    let d = tempfile::tempdir().expect("temp dir");
    std::fs::write(d.path().join("notulen.doc"), b"\xD0\xCF\x11\xE0").expect("write");
    Command::cargo_bin("notulint")
        .expect("binary")
        .env("LC_ALL", "C")
        .current_dir(d.path())
        .args(["check", "."])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("no minutes found in ."));
}

#[test]
fn the_bomb_is_a_real_deflate_stream() {
    // A small one, honestly declared: the entry inflates in full (to zero bytes, which are
    // no XML), so the archive and the stream are sound and only the size tells the bomb.
    if let Err(e) = Source::read("small.docx", bomb(1000, 258 * 1000 + 1)) {
        let e = e.to_string();
        assert!(!e.contains("zip bomb") && !e.contains("damaged"), "{e}");
    }
}

// ---------------------------------------------------------------------------------------
// PDF

/// A PDF with one Courier 11 pt line of text per entry (x, y from the bottom, text) on each
/// page. Courier is monospaced (6.6 pt a character), so line ends are easy to place.
fn pdf(pages: &[Vec<(f64, f64, &str)>]) -> Vec<u8> {
    let n = pages.len();
    let mut objects: Vec<String> = vec![
        "<< /Type /Catalog /Pages 2 0 R >>".into(),
        format!(
            "<< /Type /Pages /Kids [{}] /Count {n} >>",
            (0..n)
                .map(|i| format!("{} 0 R", 4 + 2 * i))
                .collect::<Vec<_>>()
                .join(" ")
        ),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>".into(),
    ];
    for (i, lines) in pages.iter().enumerate() {
        let content: String = lines
            .iter()
            .map(|(x, y, t)| {
                let t = t
                    .replace('\\', "\\\\")
                    .replace('(', "\\(")
                    .replace(')', "\\)");
                format!("BT /F1 11 Tf {x} {y} Td ({t}) Tj ET\n")
            })
            .collect();
        objects.push(format!(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents {} 0 R >>",
            5 + 2 * i
        ));
        objects.push(format!(
            "<< /Length {} >>\nstream\n{content}endstream",
            content.len()
        ));
    }
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, o) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend(format!("{} 0 obj\n{o}\nendobj\n", i + 1).bytes());
    }
    let xref = out.len();
    out.extend(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).bytes());
    for off in offsets {
        out.extend(format!("{off:010} 00000 n \n").bytes());
    }
    out.extend(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .bytes(),
    );
    out
}

#[test]
fn pdf_pages_running_heads_and_a_paragraph_over_a_page_break() {
    let head = "Dorpsraad Oosterwold - notulen 3 maart 2024";
    let page1 = vec![
        (72.0, 800.0, head),
        (72.0, 740.0, "Notulen dorpsraad Oosterwold"),
        (72.0, 710.0, "Datum: 3 maart 2024"),
        (
            72.0,
            696.0,
            "Aanwezig: Anne Kok (voorzitter), Bram Ros, Cor Vis",
        ),
        (72.0, 670.0, "1. Jaarrekening"),
        // 60 characters a full line; the paragraph goes on over the page break.
        (
            72.0,
            650.0,
            "Anne Kok licht de jaarrekening toe en vertelt dat het jaar",
        ),
        (
            72.0,
            636.0,
            "met een klein overschot is afgesloten. De kascommissie heeft",
        ),
        (72.0, 60.0, "Pagina 1 van 2"),
    ];
    let page2 = vec![
        (72.0, 800.0, head),
        (
            72.0,
            740.0,
            "de stukken gecontroleerd. De jaarrekening wordt vastgesteld.",
        ),
        (72.0, 714.0, "Bram Ros vraagt naar de stand van de"),
        (
            72.0,
            690.0,
            "reservering voor het dorpshuis. Anne Kok antwoordt dat die op",
        ),
        (72.0, 676.0, "peil is."),
        (72.0, 60.0, "Pagina 2 van 2"),
    ];
    let source = read("x.pdf", pdf(&[page1, page2]));
    let lines: Vec<&str> = source.text.lines().collect();
    assert_eq!(
        lines,
        vec![
            "Notulen dorpsraad Oosterwold",
            "Datum: 3 maart 2024",
            "Aanwezig: Anne Kok (voorzitter), Bram Ros, Cor Vis",
            "1. Jaarrekening",
            "Anne Kok licht de jaarrekening toe en vertelt dat het jaar met een klein overschot is afgesloten. De kascommissie heeft de stukken gecontroleerd. De jaarrekening wordt vastgesteld.",
            "Bram Ros vraagt naar de stand van de",
            "reservering voor het dorpshuis. Anne Kok antwoordt dat die op peil is.",
        ]
    );
    assert_eq!(
        source.layout.as_ref().map(|l| l.pages.clone()),
        Some(vec![1, 1, 1, 1, 1, 2, 2])
    );
    let findings = check(&source, &Config::default());
    let broken: Vec<_> = findings
        .iter()
        .filter(|f| f.rule == "structure/broken-paragraph")
        .collect();
    assert_eq!(broken.len(), 1, "{findings:?}");
    assert_eq!(source.line_col(broken[0].span.start()).line, 6);
    assert_eq!(source.page(broken[0].span.start()), Some(2));
}

#[test]
fn a_pdf_without_text_says_so() {
    let err = Source::read("scan.pdf", pdf(&[vec![], vec![]]))
        .unwrap_err()
        .to_string();
    assert!(err.contains("no text layer"), "{err}");
}

#[test]
fn a_pdf_that_makes_the_pdf_reader_panic_is_an_unreadable_file() {
    // Found by the pdf fuzz target: pdf-extract panics on a missing object reference.
    let bytes = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/pdf-missing-object.pdf"
    ))
    .expect("fixture");
    let err = Source::read("x.pdf", bytes).unwrap_err().to_string();
    assert!(err.contains("cannot be read"), "{err}");
}

#[test]
fn notulint_text_marks_the_pages_in_the_language() {
    fn page(n: &'static str) -> Vec<(f64, f64, &'static str)> {
        vec![(72.0, 740.0, "Notulen"), (72.0, 700.0, n)]
    }
    let d = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        d.path().join("x.pdf"),
        pdf(&[page("Eerste pagina."), page("Tweede pagina.")]),
    )
    .expect("write");
    let text = |lang: &str| {
        let out = Command::cargo_bin("notulint")
            .expect("binary builds")
            .current_dir(d.path())
            .args(["--lang", lang, "text", "x.pdf"])
            .output()
            .expect("runs");
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let nl = text("nl");
    assert!(
        nl.contains("   (pagina 1)\n") && nl.contains("   (pagina 2)\n"),
        "{nl}"
    );
    let en = text("en");
    assert!(
        en.contains("   (page 1)\n") && en.contains("   (page 2)\n"),
        "{en}"
    );
}
