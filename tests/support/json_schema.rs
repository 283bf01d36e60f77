//! A small JSON Schema validator for the keywords the schemas in `tests/data/` use (SARIF
//! 2.1.0, draft 4; GitLab Code Quality, draft 7). It replaces the `jsonschema` crate, which
//! added 38 crates to every test build for two tests. Any keyword it does not know makes it
//! panic, so that a schema it cannot fully check is never passed as checked; `format`
//! (`uri`, `uri-reference`, `date-time`) is checked as the drafts define it.

use serde_json::{Map, Value};

/// A schema, ready to validate documents against.
pub struct Schema<'a> {
    root: &'a Value,
}

/// Keywords that only annotate: they never make a document invalid.
const ANNOTATIONS: &[&str] = &[
    "$schema",
    "$comment",
    "id",
    "$id",
    "title",
    "description",
    "default",
    "examples",
    "definitions",
];

impl<'a> Schema<'a> {
    /// A validator for `root`, after checking that every keyword in it is one this validator
    /// knows (it panics otherwise).
    pub fn new(root: &'a Value) -> Self {
        known_keywords(root, "#");
        Schema { root }
    }

    /// Every way `doc` breaks the schema, each with the JSON pointer of the value at fault.
    pub fn errors(&self, doc: &Value) -> Vec<String> {
        let mut out = Vec::new();
        self.check(self.root, doc, "", &mut out);
        out
    }

    fn resolve(&self, reference: &str) -> &'a Value {
        let pointer = reference
            .strip_prefix('#')
            .unwrap_or_else(|| panic!("only local references are supported: {reference}"));
        let pointer = pointer.replace("~1", "/").replace("~0", "~");
        self.root
            .pointer(&pointer)
            .unwrap_or_else(|| panic!("unresolved reference {reference}"))
    }

    fn check(&self, schema: &'a Value, v: &Value, at: &str, out: &mut Vec<String>) {
        let s = match schema {
            Value::Bool(true) => return,
            Value::Bool(false) => return out.push(format!("{at}: no value is allowed here")),
            Value::Object(s) => s,
            other => panic!("a schema is an object or a boolean, not {other}"),
        };
        // Drafts 4 and 7: a `$ref` stands for the whole schema; its siblings are ignored.
        if let Some(r) = s.get("$ref") {
            let target = self.resolve(r.as_str().expect("$ref is a string"));
            return self.check(target, v, at, out);
        }
        let mut fail = |why: String| out.push(format!("{at}: {why}"));
        if let Some(t) = s.get("type") {
            let types: Vec<&str> = match t {
                Value::String(t) => vec![t.as_str()],
                Value::Array(ts) => ts.iter().filter_map(Value::as_str).collect(),
                _ => panic!("type is a string or a list"),
            };
            if !types.iter().any(|t| has_type(v, t)) {
                fail(format!("{v} is not of type {}", types.join(" or ")));
            }
        }
        if let Some(e) = s.get("enum") {
            if !e.as_array().expect("enum is a list").contains(v) {
                fail(format!("{v} is not one of {e}"));
            }
        }
        if let Some(c) = s.get("const") {
            if c != v {
                fail(format!("{v} is not {c}"));
            }
        }
        if let Some(n) = v.as_f64() {
            if let Some(min) = s.get("minimum").and_then(Value::as_f64) {
                if n < min {
                    fail(format!("{v} is less than the minimum {min}"));
                }
            }
            if let Some(max) = s.get("maximum").and_then(Value::as_f64) {
                if n > max {
                    fail(format!("{v} is more than the maximum {max}"));
                }
            }
        }
        if let Some(text) = v.as_str() {
            if let Some(min) = s.get("minLength").and_then(Value::as_u64) {
                if (text.chars().count() as u64) < min {
                    fail(format!("{v} is shorter than {min} characters"));
                }
            }
            if let Some(p) = s.get("pattern").and_then(Value::as_str) {
                let re = regex::Regex::new(p).unwrap_or_else(|e| panic!("pattern {p}: {e}"));
                if !re.is_match(text) {
                    fail(format!("{v} does not match {p}"));
                }
            }
            if let Some(f) = s.get("format").and_then(Value::as_str) {
                if !has_format(text, f) {
                    fail(format!("{v} is not a valid {f}"));
                }
            }
        }
        if let Some(items) = v.as_array() {
            if let Some(min) = s.get("minItems").and_then(Value::as_u64) {
                if (items.len() as u64) < min {
                    fail(format!("has fewer than {min} items"));
                }
            }
            if s.get("uniqueItems") == Some(&Value::Bool(true)) {
                for (i, a) in items.iter().enumerate() {
                    if items[..i].contains(a) {
                        fail(format!("item {i} repeats an earlier item"));
                    }
                }
            }
        }
        if let Some(o) = v.as_object() {
            for r in s
                .get("required")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                let r = r.as_str().expect("required names are strings");
                if !o.contains_key(r) {
                    fail(format!("the property {r} is required"));
                }
            }
        }
        if let Some(items) = v.as_array() {
            match s.get("items") {
                None => {}
                Some(Value::Array(_)) => panic!("tuple `items` is not supported"),
                Some(item) => {
                    for (i, x) in items.iter().enumerate() {
                        self.check(item, x, &format!("{at}/{i}"), out);
                    }
                }
            }
        }
        if let Some(o) = v.as_object() {
            let empty = Map::new();
            let props = s
                .get("properties")
                .map_or(&empty, |p| p.as_object().expect("properties is an object"));
            for (k, x) in o {
                let here = format!("{at}/{}", k.replace('~', "~0").replace('/', "~1"));
                match (props.get(k), s.get("additionalProperties")) {
                    (Some(p), _) => self.check(p, x, &here, out),
                    (None, Some(extra)) => self.check(extra, x, &here, out),
                    (None, None) => {}
                }
            }
        }
        if let Some(any) = s.get("anyOf") {
            let any = any.as_array().expect("anyOf is a list");
            if !any.iter().any(|a| self.passes(a, v, at)) {
                out.push(format!("{at}: {v} matches none of anyOf"));
            }
        }
        if let Some(one) = s.get("oneOf") {
            let n = one
                .as_array()
                .expect("oneOf is a list")
                .iter()
                .filter(|a| self.passes(a, v, at))
                .count();
            if n != 1 {
                out.push(format!("{at}: {v} matches {n} of oneOf, not exactly one"));
            }
        }
        if let Some(not) = s.get("not") {
            if self.passes(not, v, at) {
                out.push(format!("{at}: {v} matches the schema under `not`"));
            }
        }
    }

    fn passes(&self, schema: &'a Value, v: &Value, at: &str) -> bool {
        let mut errors = Vec::new();
        self.check(schema, v, at, &mut errors);
        errors.is_empty()
    }
}

/// Panics on a keyword the validator does not check.
fn known_keywords(schema: &Value, at: &str) {
    const CHECKED: &[&str] = &[
        "$ref",
        "type",
        "enum",
        "const",
        "minimum",
        "maximum",
        "minLength",
        "pattern",
        "format",
        "minItems",
        "uniqueItems",
        "items",
        "required",
        "properties",
        "additionalProperties",
        "anyOf",
        "oneOf",
        "not",
    ];
    let Value::Object(s) = schema else {
        return;
    };
    for (k, v) in s {
        let here = format!("{at}/{k}");
        match k.as_str() {
            "properties" | "definitions" => {
                for (name, sub) in v.as_object().expect("an object of schemas") {
                    known_keywords(sub, &format!("{here}/{name}"));
                }
            }
            "items" | "additionalProperties" | "not" => known_keywords(v, &here),
            "anyOf" | "oneOf" => {
                for (i, sub) in v.as_array().expect("a list of schemas").iter().enumerate() {
                    known_keywords(sub, &format!("{here}/{i}"));
                }
            }
            "format" => {
                let f = v.as_str().expect("format is a string");
                assert!(
                    ["uri", "uri-reference", "date-time"].contains(&f),
                    "{here}: this validator does not know the format {f}"
                );
            }
            k if CHECKED.contains(&k) || ANNOTATIONS.contains(&k) => {}
            other => panic!("{here}: this validator does not know the keyword {other}"),
        }
    }
}

fn has_type(v: &Value, t: &str) -> bool {
    match t {
        "null" => v.is_null(),
        "boolean" => v.is_boolean(),
        "object" => v.is_object(),
        "array" => v.is_array(),
        "string" => v.is_string(),
        "number" => v.is_number(),
        "integer" => v.is_i64() || v.is_u64() || v.as_f64().is_some_and(|n| n.fract() == 0.0),
        other => panic!("unknown type {other}"),
    }
}

/// The `format`s of the schemas: `date-time` as RFC 3339 defines it, `uri` and
/// `uri-reference` as RFC 3986 does (only its characters, valid percent escapes, and for
/// `uri` a scheme).
fn has_format(s: &str, format: &str) -> bool {
    match format {
        "date-time" => is_date_time(s),
        "uri" => is_uri_reference(s) && has_scheme(s),
        "uri-reference" => is_uri_reference(s),
        other => panic!("unknown format {other}"),
    }
}

fn has_scheme(s: &str) -> bool {
    let Some((scheme, _)) = s.split_once(':') else {
        return false;
    };
    let mut chars = scheme.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
}

fn is_uri_reference(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'%' {
            if !(i + 2 < b.len() && b[i + 1].is_ascii_hexdigit() && b[i + 2].is_ascii_hexdigit()) {
                return false;
            }
            i += 3;
            continue;
        }
        if !(c.is_ascii_alphanumeric() || b"-._~:/?#[]@!$&'()*+,;=".contains(&c)) {
            return false;
        }
        i += 1;
    }
    // A `#` starts the fragment; a second one is not allowed.
    s.matches('#').count() <= 1
}

fn is_date_time(s: &str) -> bool {
    let re = regex::Regex::new(
        r"^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-](\d{2}):(\d{2}))$",
    )
    .expect("date-time pattern");
    let Some(c) = re.captures(s) else {
        return false;
    };
    let n = |i: usize| {
        c.get(i)
            .map_or(0, |m| m.as_str().parse::<u32>().unwrap_or(99))
    };
    (1..=12).contains(&n(2))
        && (1..=31).contains(&n(3))
        && n(4) < 24
        && n(5) < 60
        && n(6) <= 60
        && n(9) < 24
        && n(10) < 60
}

#[test]
fn the_json_validator_rejects_what_a_schema_forbids() {
    let schema = serde_json::json!({
        "definitions": {"level": {"enum": ["note", "error"]}},
        "type": "object",
        "required": ["name", "items"],
        "additionalProperties": false,
        "properties": {
            "name": {"type": "string", "minLength": 2, "pattern": "^[a-z]+$"},
            "when": {"type": "string", "format": "date-time"},
            "where": {"type": "string", "format": "uri"},
            "rel": {"type": "string", "format": "uri-reference"},
            "count": {"type": "integer", "minimum": 0, "maximum": 9},
            "level": {"$ref": "#/definitions/level"},
            "one": {"oneOf": [{"type": "integer"}, {"type": "number"}]},
            "any": {"anyOf": [{"type": "string"}, {"type": "null"}]},
            "not": {"not": {"const": 3}},
            "items": {"type": "array", "minItems": 1, "uniqueItems": true, "items": {"type": "boolean"}}
        }
    });
    let v = Schema::new(&schema);
    let good = serde_json::json!({"name": "ab", "when": "2018-07-09T12:00:00.5+02:00",
        "where": "https://example.org/a%20b#x", "rel": "dir/a%20b.txt", "count": 3,
        "level": "note", "one": 1.5, "any": null, "not": 4, "items": [true, false]});
    assert_eq!(v.errors(&good), Vec::<String>::new());
    for (key, bad) in [
        ("name", serde_json::json!("a")),
        ("name", serde_json::json!("AB")),
        ("when", serde_json::json!("2018-13-09T12:00:00Z")),
        ("when", serde_json::json!("2018-07-09 12:00:00")),
        ("where", serde_json::json!("dir/a.txt")),
        ("rel", serde_json::json!("a b.txt")),
        ("rel", serde_json::json!("a%2")),
        ("count", serde_json::json!(1.5)),
        ("count", serde_json::json!(10)),
        ("count", serde_json::json!(-1)),
        ("level", serde_json::json!("warning")),
        ("one", serde_json::json!(2)),
        ("any", serde_json::json!(1)),
        ("not", serde_json::json!(3)),
        ("items", serde_json::json!([])),
        ("items", serde_json::json!([true, true])),
        ("items", serde_json::json!(["yes"])),
        ("extra", serde_json::json!(1)),
    ] {
        let mut doc = good.clone();
        doc[key] = bad.clone();
        assert!(!v.errors(&doc).is_empty(), "{key}: {bad} passed");
    }
    let mut doc = good.clone();
    if let Some(o) = doc.as_object_mut() {
        o.remove("name");
    }
    assert!(
        !v.errors(&doc).is_empty(),
        "a required property may be left out"
    );
    assert!(std::panic::catch_unwind(|| {
        Schema::new(&serde_json::json!({"maxLength": 3}));
    })
    .is_err());
}
