//! The CI formats against their published schemas: JUnit XML against junit-10.xsd (with a
//! small validator for the part of XML Schema that file uses), GitLab Code Quality against
//! its JSON Schema (with the small validator in `support/json_schema.rs`); and the paths,
//! options and exits a CI job relies on.

use assert_cmd::Command;
use std::collections::HashMap;
use std::fs;
use std::path::Path;

#[path = "support/json_schema.rs"]
mod json_schema;

const FAULTY: &str = "Notulen bestuursvergadering\n\nDatum: 9 juli 2018\nVoorzitter: A. Jansen\nAanwezig: A. Jansen, B. de Vries, B. de Vries,, C. <Bos> & \"Zn\"\n\n1. Opening\nDhr. Pietersen vraagt het woord.\n";
const CLEAN: &str = "Notulen bestuursvergadering\n\nDatum: 9 juli 2018\nVoorzitter: A. Jansen\nAanwezig: A. Jansen, B. de Vries\n\n1. Opening\nDe voorzitter opent de vergadering.\n";

fn notulint() -> Command {
    let mut c = Command::cargo_bin("notulint").expect("binary builds");
    c.env_remove("NO_COLOR")
        .env_remove("GITHUB_WORKSPACE")
        .env("LC_ALL", "C");
    c
}

fn repo() -> tempfile::TempDir {
    let d = tempfile::tempdir().expect("temp dir");
    fs::create_dir_all(d.path().join(".git")).expect("git folder");
    fs::create_dir_all(d.path().join("notulen")).expect("folder");
    fs::write(d.path().join("notulen/a.txt"), FAULTY).expect("write");
    fs::write(d.path().join("notulen/b.txt"), CLEAN).expect("write");
    fs::write(d.path().join("notulen/c.txt"), [0xFFu8, 0x00, 0x01]).expect("write");
    d
}

// ---------------------------------------------------------------- XML Schema, the part used

/// The declarations of an XML Schema document, by name.
struct Xsd<'a> {
    elements: HashMap<&'a str, roxmltree::Node<'a, 'a>>,
    complex: HashMap<&'a str, roxmltree::Node<'a, 'a>>,
    simple: HashMap<&'a str, roxmltree::Node<'a, 'a>>,
}

const XS: &str = "http://www.w3.org/2001/XMLSchema";

fn xs_children<'a>(n: roxmltree::Node<'a, 'a>) -> impl Iterator<Item = roxmltree::Node<'a, 'a>> {
    n.children()
        .filter(|c| c.is_element() && c.tag_name().namespace() == Some(XS))
}

impl<'a> Xsd<'a> {
    fn new(doc: &'a roxmltree::Document<'a>) -> Self {
        let mut x = Xsd {
            elements: HashMap::new(),
            complex: HashMap::new(),
            simple: HashMap::new(),
        };
        for n in xs_children(doc.root_element()) {
            let name = n
                .attribute("name")
                .expect("top-level declarations are named");
            match n.tag_name().name() {
                "element" => x.elements.insert(name, n),
                "complexType" => x.complex.insert(name, n),
                "simpleType" => x.simple.insert(name, n),
                other => panic!("this validator does not know xs:{other}"),
            };
        }
        x
    }

    fn validate(&self, doc: &roxmltree::Document<'_>) -> Result<(), String> {
        let root = doc.root_element();
        let decl = self
            .elements
            .get(root.tag_name().name())
            .ok_or_else(|| format!("<{}> is not a top-level element", root.tag_name().name()))?;
        self.element(root, *decl)
    }

    /// The declaration an `xs:element` particle stands for (following `ref`).
    fn resolve(&self, decl: roxmltree::Node<'a, 'a>) -> roxmltree::Node<'a, 'a> {
        match decl.attribute("ref") {
            Some(r) => self.elements[r],
            None => decl,
        }
    }

    fn element(
        &self,
        n: roxmltree::Node<'_, '_>,
        decl: roxmltree::Node<'a, 'a>,
    ) -> Result<(), String> {
        let decl = self.resolve(decl);
        let name = n.tag_name().name();
        match decl.attribute("type") {
            Some(t) if t.starts_with("xs:") || self.simple.contains_key(t) => {
                if n.children().any(|c| c.is_element()) {
                    return Err(format!("<{name}> may hold text only"));
                }
                if n.attributes().len() > 0 {
                    return Err(format!("<{name}> may have no attributes"));
                }
                self.simple_value(t, n.text().unwrap_or(""))
                    .map_err(|e| format!("<{name}>: {e}"))
            }
            Some(t) => self.complex_content(n, self.complex[t]),
            None => match xs_children(decl).find(|c| c.has_tag_name((XS, "complexType"))) {
                Some(ct) => self.complex_content(n, ct),
                None => Err(format!("<{name}>: declaration without a type")),
            },
        }
    }

    fn simple_value(&self, t: &str, value: &str) -> Result<(), String> {
        if t == "xs:string" {
            return Ok(());
        }
        let st = self
            .simple
            .get(t)
            .ok_or_else(|| format!("unknown type {t}"))?;
        let restriction = xs_children(*st)
            .find(|c| c.has_tag_name((XS, "restriction")))
            .ok_or("simple type without restriction")?;
        for facet in xs_children(restriction) {
            match facet.tag_name().name() {
                "pattern" => {
                    // XML Schema patterns match the whole value.
                    let re = regex::Regex::new(&format!(
                        "^(?:{})$",
                        facet.attribute("value").unwrap_or("")
                    ))
                    .map_err(|e| e.to_string())?;
                    if !re.is_match(value) {
                        return Err(format!("'{value}' does not match the pattern of {t}"));
                    }
                }
                other => panic!("this validator does not know the facet xs:{other}"),
            }
        }
        Ok(())
    }

    fn complex_content(
        &self,
        n: roxmltree::Node<'_, '_>,
        ct: roxmltree::Node<'a, 'a>,
    ) -> Result<(), String> {
        let name = n.tag_name().name();
        let mixed = ct.attribute("mixed") == Some("true");
        let mut declared = HashMap::new();
        let mut particle = None;
        for c in xs_children(ct) {
            match c.tag_name().name() {
                "attribute" => {
                    declared.insert(c.attribute("name").expect("named attribute"), c);
                }
                "sequence" | "choice" => particle = Some(c),
                other => panic!("this validator does not know xs:{other} in a complex type"),
            }
        }
        for a in n.attributes() {
            let decl = declared
                .get(a.name())
                .ok_or_else(|| format!("<{name}> has no attribute {}", a.name()))?;
            self.simple_value(decl.attribute("type").unwrap_or("xs:string"), a.value())
                .map_err(|e| format!("<{name} {}>: {e}", a.name()))?;
        }
        for (attr, decl) in &declared {
            if decl.attribute("use") == Some("required") && n.attribute(*attr).is_none() {
                return Err(format!("<{name}> lacks the required attribute {attr}"));
            }
        }
        if !mixed
            && n.children()
                .any(|c| c.is_text() && !c.text().unwrap_or("").trim().is_empty())
        {
            return Err(format!("<{name}> may not hold text"));
        }
        let children: Vec<roxmltree::Node<'_, '_>> =
            n.children().filter(|c| c.is_element()).collect();
        let names: Vec<&str> = children.iter().map(|c| c.tag_name().name()).collect();
        let matched = match particle {
            None => (children.is_empty()).then(Vec::new),
            Some(p) => self
                .particle(p, &names, 0)
                .into_iter()
                .find(|(end, _)| *end == names.len())
                .map(|(_, m)| m),
        };
        let matched = matched.ok_or_else(|| {
            format!("<{name}> holds {names:?}, which its content model does not allow")
        })?;
        for (i, decl) in matched {
            self.element(children[i], decl)?;
        }
        Ok(())
    }

    fn occurs(p: roxmltree::Node<'_, '_>) -> (usize, usize) {
        let min = p
            .attribute("minOccurs")
            .map_or(1, |v| v.parse().expect("minOccurs"));
        let max = match p.attribute("maxOccurs") {
            Some("unbounded") => usize::MAX,
            Some(v) => v.parse().expect("maxOccurs"),
            None => 1,
        };
        (min, max)
    }

    /// Every way a particle can match the names from `at`: the end and the declaration of
    /// each element matched.
    #[allow(clippy::type_complexity)]
    fn particle(
        &self,
        p: roxmltree::Node<'a, 'a>,
        names: &[&str],
        at: usize,
    ) -> Vec<(usize, Vec<(usize, roxmltree::Node<'a, 'a>)>)> {
        let (min, max) = Self::occurs(p);
        let mut out = Vec::new();
        let mut frontier = vec![(at, Vec::new())];
        for count in 0..=names.len() - at + 1 {
            if count >= min {
                out.extend(frontier.iter().cloned());
            }
            if count == max || frontier.is_empty() {
                break;
            }
            let mut next = Vec::new();
            for (pos, m) in &frontier {
                for (end, more) in self.once(p, names, *pos) {
                    if end > *pos || count < min {
                        let mut all: Vec<(usize, roxmltree::Node<'a, 'a>)> = m.clone();
                        all.extend(more);
                        next.push((end, all));
                    }
                }
            }
            frontier = next;
        }
        out
    }

    #[allow(clippy::type_complexity)]
    fn once(
        &self,
        p: roxmltree::Node<'a, 'a>,
        names: &[&str],
        at: usize,
    ) -> Vec<(usize, Vec<(usize, roxmltree::Node<'a, 'a>)>)> {
        match p.tag_name().name() {
            "element" => {
                let decl = self.resolve(p);
                match names.get(at) {
                    Some(n) if Some(*n) == decl.attribute("name") => vec![(at + 1, vec![(at, p)])],
                    _ => Vec::new(),
                }
            }
            "choice" => xs_children(p)
                .flat_map(|c| self.particle(c, names, at))
                .collect(),
            "sequence" => {
                let mut ways = vec![(at, Vec::new())];
                for c in xs_children(p) {
                    let mut next = Vec::new();
                    for (pos, m) in &ways {
                        for (end, more) in self.particle(c, names, *pos) {
                            let mut all: Vec<(usize, roxmltree::Node<'a, 'a>)> = m.clone();
                            all.extend(more);
                            next.push((end, all));
                        }
                    }
                    ways = next;
                }
                ways
            }
            other => panic!("this validator does not know xs:{other} as a particle"),
        }
    }
}

fn junit_schema_check(xml: &str) -> Result<(), String> {
    let xsd_text =
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/junit-10.xsd"))
            .expect("schema");
    let xsd_doc = roxmltree::Document::parse(&xsd_text).expect("schema parses");
    let xsd = Xsd::new(&xsd_doc);
    let doc = roxmltree::Document::parse(xml).map_err(|e| format!("not XML: {e}"))?;
    xsd.validate(&doc)
}

#[test]
fn the_validator_rejects_what_the_schema_forbids() {
    assert!(junit_schema_check("<testsuites><testsuite name=\"a\" tests=\"1\" failures=\"0\" errors=\"0\"><testcase name=\"x\"/></testsuite></testsuites>").is_ok());
    // A test case needs a name; a suite its counts; no attribute outside the schema.
    assert!(junit_schema_check("<testsuites><testsuite name=\"a\" tests=\"1\" failures=\"0\" errors=\"0\"><testcase/></testsuite></testsuites>").is_err());
    assert!(junit_schema_check("<testsuites><testsuite name=\"a\"/></testsuites>").is_err());
    assert!(junit_schema_check("<testsuites><testsuite name=\"a\" tests=\"1\" failures=\"0\" errors=\"0\"><testcase name=\"x\" line=\"3\"/></testsuite></testsuites>").is_err());
    assert!(junit_schema_check("<testsuites time=\"1.5x\"/>").is_err());
    assert!(junit_schema_check("<testsuites time=\"1.500\"><bogus/></testsuites>").is_err());
    assert!(junit_schema_check("<testsuites time=\"1.500\">text</testsuites>").is_err());
}

#[test]
fn junit_is_valid_against_junit_10_xsd() {
    let d = repo();
    fs::write(d.path().join("notulen/x & <y> \"z\".txt"), FAULTY).expect("write");
    let out = notulint()
        .current_dir(d.path())
        .args(["check", "--format", "junit"])
        .output()
        .expect("runs");
    assert_eq!(
        out.status.code(),
        Some(2),
        "an unreadable file is in the run"
    );
    let xml = String::from_utf8(out.stdout).expect("UTF-8");
    junit_schema_check(&xml).unwrap_or_else(|e| panic!("{e}\n{xml}"));
    assert!(xml.contains("<failure type=\"attendance/duplicate-person\""));
    assert!(xml.contains("name=\"./notulen/x &amp; &lt;y&gt; &quot;z&quot;.txt\""));
    assert!(xml.contains("<error type=\"io\""));
    assert!(xml.contains("<testcase name=\"notulint\" classname=\"./notulen/b.txt\"/>"));
}

#[test]
fn gitlab_is_valid_against_its_schema_with_repository_paths() {
    let d = repo();
    let out = notulint()
        .current_dir(d.path().join("notulen"))
        .args(["check", "--format", "gitlab", "a.txt", "b.txt", "c.txt"])
        .output()
        .expect("runs");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let schema: serde_json::Value = serde_json::from_str(
        &fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("tests/data/gitlab-code-quality.schema.json"),
        )
        .expect("schema"),
    )
    .expect("schema is JSON");
    let validator = json_schema::Schema::new(&schema);
    let errors = validator.errors(&v);
    assert!(errors.is_empty(), "{errors:#?}");
    let issues = v.as_array().expect("array");
    assert!(issues.len() >= 3);
    for i in issues {
        let path = i["location"]["path"].as_str().expect("path");
        assert!(
            path.starts_with("notulen/"),
            "{path} is relative to the repository"
        );
    }
    let mut fps: Vec<&str> = issues
        .iter()
        .map(|i| i["fingerprint"].as_str().expect("fp"))
        .collect();
    fps.sort_unstable();
    fps.dedup();
    assert_eq!(fps.len(), issues.len(), "fingerprints are unique");
    // The schema is not a rubber stamp.
    let bad = serde_json::json!([{"description": "x", "check_name": "r", "fingerprint": "f", "severity": "fatal", "location": {"path": "./a.txt", "lines": {"begin": 0}}}]);
    assert!(
        validator.errors(&bad).len() >= 3,
        "{:#?}",
        validator.errors(&bad)
    );
}

#[test]
fn github_annotations_are_relative_to_the_repository_without_dot_slash() {
    let d = repo();
    let out = notulint()
        .current_dir(d.path())
        .args(["check", "--format", "github", "./notulen/a.txt"])
        .output()
        .expect("runs");
    let s = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(s.contains("::error file=notulen/a.txt,line=5,"), "{s}");
    let out = notulint()
        .current_dir(d.path().join("notulen"))
        .args(["check", "--format", "github", "a.txt"])
        .output()
        .expect("runs");
    let s = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(s.contains("file=notulen/a.txt,"), "{s}");
    assert!(!s.contains("file=./"));
}

#[test]
fn no_path_checks_the_folder_and_an_empty_list_checks_nothing() {
    let d = repo();
    fs::remove_file(d.path().join("notulen/c.txt")).expect("rm");
    notulint()
        .current_dir(d.path())
        .args(["check", "--format", "concise"])
        .assert()
        .code(1)
        .stdout(predicates::str::contains("notulen/a.txt:5:"));
    notulint()
        .current_dir(d.path())
        .args(["check", "--format", "concise", "--"])
        .assert()
        .code(0)
        .stdout("")
        .stderr(predicates::str::contains("nothing to check"));
}

#[test]
fn output_file_statistics_exit_zero_and_completions() {
    let d = repo();
    fs::remove_file(d.path().join("notulen/c.txt")).expect("rm");
    notulint()
        .current_dir(d.path())
        .args([
            "check",
            "--format",
            "json",
            "--output-file",
            "out.json",
            "--exit-zero",
        ])
        .assert()
        .code(0)
        .stdout("");
    let v: serde_json::Value =
        serde_json::from_slice(&fs::read(d.path().join("out.json")).expect("written"))
            .expect("JSON");
    assert_eq!(v["summary"]["files"], 2);
    assert_eq!(v["diagnostics"][0]["subject"], "B. de Vries");
    notulint()
        .current_dir(d.path())
        .args(["check", "--statistics"])
        .assert()
        .code(1)
        .stdout(predicates::str::contains(
            "1  error    attendance/duplicate-person",
        ));
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        notulint()
            .args(["completions", shell])
            .assert()
            .code(0)
            .stdout(predicates::str::contains("baseline"));
    }
    // Colour on request, none by default off a terminal.
    notulint()
        .current_dir(d.path())
        .args([
            "check",
            "--format",
            "human",
            "--color",
            "always",
            "notulen/a.txt",
        ])
        .assert()
        .stdout(predicates::str::contains("\u{1b}["));
    notulint()
        .current_dir(d.path())
        .args(["check", "--format", "human", "notulen/a.txt"])
        .assert()
        .stdout(predicates::str::contains("\u{1b}[").not());
}

use predicates::prelude::PredicateBooleanExt;
