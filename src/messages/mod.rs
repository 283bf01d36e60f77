//! The message catalogue: every sentence notulint says to people, in Dutch and English.
//!
//! A message is an id and named arguments ([`Message`]); its text comes from `nl.txt` or
//! `en.txt` beside this file, one `id = text` line each, with `{name}` where an argument goes.
//! Findings keep the id and the arguments, so the machine formats carry them as data and the
//! report renders them in the language asked for.
//!
//! A plain table rather than Fluent: Dutch and English have the same two plural forms (one,
//! other), which an id with a `.one` variant covers, so Fluent's plural rules, selectors and
//! bidirectional isolation marks would add a runtime parser and a handful of crates to every
//! build for nothing these messages need. The tests below keep the two files in step: the
//! same ids in the same order, the same placeholders, and every id the code uses present.
//!
//! One exception: an argument named `system` carries the operating system's or a library's
//! own English text (an I/O error, a zip or PDF reader's complaint). English shows it; the
//! Dutch text may leave it out rather than put English words in a Dutch sentence.

use serde::ser::{Serialize, SerializeMap, Serializer};
use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::OnceLock;

const EN: &str = include_str!("en.txt");
const NL: &str = include_str!("nl.txt");

/// The language of the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English (the default outside a Dutch locale).
    #[default]
    En,
    /// Dutch.
    Nl,
}

impl Lang {
    /// The language a name asks for: `nl`, `en` (also `nl_NL.UTF-8`, `en-GB`).
    pub fn parse(name: &str) -> Option<Lang> {
        let lower = name.trim().to_ascii_lowercase();
        if lower == "nl"
            || lower.starts_with("nl_")
            || lower.starts_with("nl-")
            || lower.starts_with("nl.")
        {
            Some(Lang::Nl)
        } else if lower == "en"
            || lower.starts_with("en_")
            || lower.starts_with("en-")
            || lower.starts_with("en.")
        {
            Some(Lang::En)
        } else {
            None
        }
    }

    /// The language the environment asks for: the first of `LC_ALL`, `LC_MESSAGES` and
    /// `LANG` that is set and not empty decides; Dutch when it starts with `nl`, English
    /// otherwise.
    pub fn from_env() -> Lang {
        Self::from_locale(|k| std::env::var(k).ok())
    }

    /// [`Lang::from_env`] over any lookup, for tests.
    pub fn from_locale(get: impl Fn(&str) -> Option<String>) -> Lang {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|k| get(k))
            .find(|v| !v.is_empty())
            .map_or(Lang::En, |v| {
                if v.to_ascii_lowercase().starts_with("nl") {
                    Lang::Nl
                } else {
                    Lang::En
                }
            })
    }

    /// The code, as in `--lang`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Nl => "nl",
        }
    }

    fn table(self) -> &'static HashMap<&'static str, &'static str> {
        static EN_TABLE: OnceLock<HashMap<&str, &str>> = OnceLock::new();
        static NL_TABLE: OnceLock<HashMap<&str, &str>> = OnceLock::new();
        match self {
            Lang::En => EN_TABLE.get_or_init(|| entries(EN).collect()),
            Lang::Nl => NL_TABLE.get_or_init(|| entries(NL).collect()),
        }
    }

    /// The text of an id in this language: English when this language lacks it, the id
    /// itself when both do (the tests keep that from happening).
    pub fn text(self, id: &'static str) -> &'static str {
        self.table()
            .get(id)
            .or_else(|| Lang::En.table().get(id))
            .copied()
            .unwrap_or(id)
    }

    /// The text of an id made at run time (`args.check.format`), when this language has it.
    pub fn lookup(self, id: &str) -> Option<&'static str> {
        self.table().get(id).copied()
    }

    /// Whether the catalogue of this language has an id.
    pub fn has(self, id: &str) -> bool {
        self.table().contains_key(id)
    }
}

/// The `id = text` lines of a catalogue, in order.
fn entries(catalogue: &'static str) -> impl Iterator<Item = (&'static str, &'static str)> {
    catalogue.lines().filter_map(|l| {
        let l = l.trim();
        if l.is_empty() || l.starts_with('#') {
            return None;
        }
        let (id, text) = l.split_once('=')?;
        Some((id.trim(), text.trim()))
    })
}

/// One argument of a message.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Arg {
    /// Text as written in the document (a name, a term, a date): never translated.
    Text(String),
    /// A number; `n` = 1 picks an id's `.one` variant.
    Count(u64),
    /// A word or phrase of the catalogue itself (`list.present`), rendered in the language.
    Word(&'static str),
    /// A whole message, rendered in the language (a reason inside a sentence).
    Message(Box<Message>),
    /// Names as written (or phrases), joined as the language joins a list (`A, B and C`).
    List(Vec<Arg>),
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg::Text(s.clone())
    }
}
impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_string())
    }
}
impl From<Cow<'_, str>> for Arg {
    fn from(s: Cow<'_, str>) -> Self {
        Arg::Text(s.into_owned())
    }
}
impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Count(n as u64)
    }
}
impl From<u64> for Arg {
    fn from(n: u64) -> Self {
        Arg::Count(n)
    }
}
impl From<u32> for Arg {
    fn from(n: u32) -> Self {
        Arg::Count(u64::from(n))
    }
}
impl From<i64> for Arg {
    fn from(n: i64) -> Self {
        Arg::Count(n.unsigned_abs())
    }
}
impl From<Vec<String>> for Arg {
    fn from(items: Vec<String>) -> Self {
        Arg::List(items.into_iter().map(Arg::Text).collect())
    }
}
impl From<Vec<Message>> for Arg {
    fn from(items: Vec<Message>) -> Self {
        Arg::List(items.into_iter().map(Arg::from).collect())
    }
}
impl From<Message> for Arg {
    fn from(m: Message) -> Self {
        Arg::Message(Box::new(m))
    }
}

impl Arg {
    /// The argument as shown in a language.
    pub fn render(&self, lang: Lang) -> String {
        let mut s = String::new();
        render_arg(self, lang, &mut s);
        s
    }
}

/// A word of the catalogue as an argument (`word("list.present")`).
pub fn word(id: &'static str) -> Arg {
    Arg::Word(id)
}

/// A sentence to show: an id of the catalogue and its arguments.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Message {
    /// The stable id (`duplicate-person.message`), shown in JSON and SARIF.
    pub id: &'static str,
    /// The named arguments, in the order given.
    pub args: Vec<(&'static str, Arg)>,
}

impl Message {
    /// A message without arguments.
    pub fn new(id: &'static str) -> Self {
        Message {
            id,
            args: Vec::new(),
        }
    }

    /// Adds a named argument.
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    /// The value of a text argument.
    pub fn text_arg(&self, name: &str) -> Option<&str> {
        self.args.iter().find_map(|(k, v)| match v {
            Arg::Text(s) if *k == name => Some(s.as_str()),
            _ => None,
        })
    }

    /// The message in a language.
    pub fn render(&self, lang: Lang) -> String {
        let one = self
            .args
            .iter()
            .any(|(k, v)| *k == "n" && *v == Arg::Count(1));
        let template = if one {
            one_variant(self.id)
                .filter(|id| lang.has(id))
                .map_or_else(|| lang.text(self.id), |id| lang.text(id))
        } else {
            lang.text(self.id)
        };
        fill(template, lang, &self.args)
    }
}

/// The `.one` id of an id, interned so that it can be looked up.
fn one_variant(id: &'static str) -> Option<&'static str> {
    static ONES: OnceLock<HashMap<&str, &str>> = OnceLock::new();
    ONES.get_or_init(|| {
        entries(EN)
            .filter_map(|(k, _)| k.strip_suffix(".one").map(|base| (base, k)))
            .collect()
    })
    .get(id)
    .copied()
}

/// The template with each `{name}` replaced by its argument; `{{` is a brace.
fn fill(template: &str, lang: Lang, args: &[(&'static str, Arg)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(i) = rest.find('{') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        if let Some(stripped) = after.strip_prefix('{') {
            out.push('{');
            rest = stripped;
            continue;
        }
        let Some(j) = after.find('}') else {
            out.push_str(&rest[i..]);
            return out;
        };
        let name = &after[..j];
        match args.iter().find(|(k, _)| *k == name) {
            Some((_, v)) => render_arg(v, lang, &mut out),
            None => {
                out.push('{');
                out.push_str(name);
                out.push('}');
            }
        }
        rest = &after[j + 1..];
    }
    out.push_str(rest);
    out
}

fn render_arg(v: &Arg, lang: Lang, out: &mut String) {
    match v {
        Arg::Text(s) => out.push_str(s),
        Arg::Count(n) => out.push_str(&n.to_string()),
        Arg::Word(id) => out.push_str(lang.text(id)),
        Arg::Message(m) => out.push_str(&m.render(lang)),
        Arg::List(items) => {
            for (i, item) in items.iter().enumerate() {
                if i + 1 == items.len() && i > 0 {
                    out.push(' ');
                    out.push_str(lang.text("word.and"));
                    out.push(' ');
                } else if i > 0 {
                    out.push_str(", ");
                }
                render_arg(item, lang, out);
            }
        }
    }
}

/// The placeholders of a template, sorted.
pub fn placeholders(template: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = template;
    while let Some(i) = rest.find('{') {
        let after = &rest[i + 1..];
        if let Some(stripped) = after.strip_prefix('{') {
            rest = stripped;
            continue;
        }
        let Some(j) = after.find('}') else { break };
        out.push(&after[..j]);
        rest = &after[j + 1..];
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// The arguments as data for the machine formats: text as written, numbers as numbers,
/// catalogue words and inner messages by their English text.
pub struct ArgsData<'a>(pub &'a [(&'static str, Arg)]);

impl Serialize for ArgsData<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in self.0 {
            match v {
                Arg::Text(t) => map.serialize_entry(k, t)?,
                Arg::Count(n) => map.serialize_entry(k, n)?,
                Arg::Word(id) => map.serialize_entry(k, id)?,
                Arg::Message(m) => map.serialize_entry(k, m.id)?,
                Arg::List(items) => {
                    let shown: Vec<String> = items
                        .iter()
                        .map(|a| {
                            let mut s = String::new();
                            render_arg(a, Lang::En, &mut s);
                            s
                        })
                        .collect();
                    map.serialize_entry(k, &shown)?
                }
            }
        }
        map.end()
    }
}

/// Builds a [`Message`]: `msg!("duplicate-person.message", name = written, list = word("list.present"))`.
#[macro_export]
macro_rules! msg {
    ($id:literal $(, $k:ident = $v:expr)* $(,)?) => {
        $crate::messages::Message::new($id)$(.arg(stringify!($k), $v))*
    };
}

#[cfg(test)]
mod tests;
