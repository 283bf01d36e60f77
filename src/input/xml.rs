//! XML parts of Word and OpenDocument files, read with quick-xml as a stream of opening
//! tags, closing tags and text, with namespaces resolved.
//!
//! Limits live here: a part that declares a DTD is refused (so no entity, external or
//! internal, is ever expanded: the "billion laughs" and external-entity attacks have nothing
//! to work with), an entity other than the five predefined ones and character references
//! is an error, and elements may nest at most [`MAX_DEPTH`] deep. quick-xml reads from the
//! slice without recursion, so a deeply nested part costs neither stack nor time.

use crate::messages::Message;
use crate::msg;
use quick_xml::events::Event;
use quick_xml::name::ResolveResult;
use quick_xml::NsReader;

/// How deep elements may nest. Real documents stay far below (a table in a table in a text
/// box is some 30 levels deep).
pub const MAX_DEPTH: usize = 256;

/// The namespaces the readers ask about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ns {
    /// WordprocessingML (`w:`), transitional or strict.
    W,
    /// Markup compatibility (`mc:`): alternate content.
    Mc,
    /// Package relationships (`_rels/*.rels`).
    Rels,
    /// Office document relationships in attributes (`r:id`).
    R,
    /// ODF `text:`.
    Text,
    /// ODF `table:`.
    Table,
    /// ODF `office:`.
    Office,
    /// ODF `style:`.
    Style,
    /// ODF `draw:`.
    Draw,
    /// ODF manifest (`manifest:`).
    Manifest,
    /// ODF `fo:` (formatting attributes).
    Fo,
    /// Any other namespace, or none.
    Other,
}

impl Ns {
    fn of(uri: &[u8]) -> Ns {
        match uri {
            b"http://schemas.openxmlformats.org/wordprocessingml/2006/main"
            | b"http://purl.oclc.org/ooxml/wordprocessingml/main" => Ns::W,
            b"http://schemas.openxmlformats.org/markup-compatibility/2006" => Ns::Mc,
            b"http://schemas.openxmlformats.org/package/2006/relationships" => Ns::Rels,
            b"http://schemas.openxmlformats.org/officeDocument/2006/relationships"
            | b"http://purl.oclc.org/ooxml/officeDocument/relationships" => Ns::R,
            b"urn:oasis:names:tc:opendocument:xmlns:text:1.0" => Ns::Text,
            b"urn:oasis:names:tc:opendocument:xmlns:table:1.0" => Ns::Table,
            b"urn:oasis:names:tc:opendocument:xmlns:office:1.0" => Ns::Office,
            b"urn:oasis:names:tc:opendocument:xmlns:style:1.0" => Ns::Style,
            b"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" => Ns::Draw,
            b"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" => Ns::Manifest,
            b"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" => Ns::Fo,
            _ => Ns::Other,
        }
    }
}

/// An element: its namespace, local name and attributes (namespace, local name, value).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct El {
    /// The namespace.
    pub ns: Ns,
    /// The local name (`p` of `w:p`).
    pub name: String,
    attrs: Vec<(Ns, String, String)>,
}

impl El {
    /// Whether this is `name` in `ns`.
    pub fn is(&self, ns: Ns, name: &str) -> bool {
        self.ns == ns && self.name == name
    }

    /// The value of an attribute.
    pub fn attr(&self, ns: Ns, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, l, _)| *n == ns && l == name)
            .map(|(_, _, v)| v.as_str())
    }
}

/// One step of a part.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Node {
    /// An opening tag (an empty element gives an opening and a closing tag).
    Open(El),
    /// A closing tag.
    Close(El),
    /// Character data, with references resolved (one piece per run of text and references).
    Text(String),
}

/// A part being read.
pub struct Parser<'a> {
    reader: NsReader<&'a [u8]>,
    part: String,
    open: Vec<El>,
    pending: Option<Node>,
    done: bool,
}

impl<'a> Parser<'a> {
    /// Reads `bytes`, the part named `part` (named in errors).
    pub fn new(bytes: &'a [u8], part: &str) -> Self {
        let mut reader = NsReader::from_reader(bytes);
        let config = reader.config_mut();
        config.expand_empty_elements = true;
        config.check_end_names = true;
        Parser {
            reader,
            part: part.to_string(),
            open: Vec::new(),
            pending: None,
            done: false,
        }
    }

    /// How many elements are open.
    pub fn depth(&self) -> usize {
        self.open.len()
    }

    fn bad(&self, why: impl std::fmt::Display) -> Message {
        msg!(
            "unreadable.xml-bad",
            part = &self.part,
            system = why.to_string()
        )
    }

    /// The next step, `None` at the end of the part.
    #[allow(clippy::should_implement_trait)]
    pub fn next(&mut self) -> Result<Option<Node>, Message> {
        if let Some(n) = self.pending.take() {
            return Ok(Some(n));
        }
        let mut text: Option<String> = None;
        loop {
            if self.done {
                return Ok(text.map(Node::Text));
            }
            let event = self.reader.read_event().map_err(|e| self.bad(e))?;
            let node = match event {
                Event::Start(e) => {
                    if self.open.len() >= MAX_DEPTH {
                        return Err(msg!(
                            "unreadable.xml-too-deep",
                            part = &self.part,
                            max = MAX_DEPTH
                        ));
                    }
                    let (res, local) = self.reader.resolver().resolve_element(e.name());
                    let ns = ns_of(&res);
                    let name = String::from_utf8_lossy(local.as_ref()).into_owned();
                    let mut attrs = Vec::new();
                    for a in e.attributes() {
                        let a = a.map_err(|e| self.bad(e))?;
                        let (res, local) = self.reader.resolver().resolve_attribute(a.key);
                        let value = a
                            .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                            .map_err(|e| self.bad(e))?
                            .into_owned();
                        attrs.push((
                            ns_of(&res),
                            String::from_utf8_lossy(local.as_ref()).into_owned(),
                            value,
                        ));
                    }
                    let el = El { ns, name, attrs };
                    self.open.push(el.clone());
                    Node::Open(el)
                }
                Event::End(_) => match self.open.pop() {
                    Some(el) => Node::Close(el),
                    None => return Err(msg!("unreadable.xml-closes-nothing", part = &self.part)),
                },
                Event::Empty(_) => unreachable!("expand_empty_elements is set"),
                Event::Text(t) => {
                    let s = t.xml10_content().map_err(|e| self.bad(e))?;
                    text.get_or_insert_with(String::new).push_str(&s);
                    continue;
                }
                Event::CData(t) => {
                    let s = t.decode().map_err(|e| self.bad(e))?;
                    text.get_or_insert_with(String::new).push_str(&s);
                    continue;
                }
                Event::GeneralRef(r) => {
                    let c = match r.resolve_char_ref().map_err(|e| self.bad(e))? {
                        Some(c) => c,
                        None => match &*r {
                            b"amp" => '&',
                            b"lt" => '<',
                            b"gt" => '>',
                            b"apos" => '\'',
                            b"quot" => '"',
                            other => {
                                return Err(msg!(
                                    "unreadable.xml-entity",
                                    part = &self.part,
                                    entity = String::from_utf8_lossy(&other[..other.len().min(40)])
                                ))
                            }
                        },
                    };
                    text.get_or_insert_with(String::new).push(c);
                    continue;
                }
                Event::DocType(_) => return Err(msg!("unreadable.xml-dtd", part = &self.part)),
                Event::Eof => {
                    if !self.open.is_empty() {
                        return Err(msg!("unreadable.xml-unclosed", part = &self.part));
                    }
                    self.done = true;
                    continue;
                }
                Event::Decl(_) | Event::PI(_) | Event::Comment(_) => continue,
            };
            return Ok(Some(match text.take() {
                Some(t) => {
                    self.pending = Some(node);
                    Node::Text(t)
                }
                None => node,
            }));
        }
    }

    /// Skips to the end of the element just opened (its closing tag is consumed).
    pub fn skip(&mut self) -> Result<(), Message> {
        let depth = self.open.len();
        while self.open.len() >= depth {
            if self.next()?.is_none() {
                break;
            }
        }
        Ok(())
    }
}

fn ns_of(res: &ResolveResult<'_>) -> Ns {
    match res {
        ResolveResult::Bound(ns) => Ns::of(ns.as_ref()),
        _ => Ns::Other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(xml: &str) -> Result<Vec<Node>, String> {
        let mut p = Parser::new(xml.as_bytes(), "x.xml");
        let mut v = Vec::new();
        while let Some(n) = p.next().map_err(|e| e.render(crate::messages::Lang::En))? {
            v.push(n);
        }
        Ok(v)
    }

    #[test]
    fn text_with_references_is_one_piece() {
        let v = all(
            r#"<a xmlns="urn:oasis:names:tc:opendocument:xmlns:text:1.0">x &amp; y&#x20;z<b/></a>"#,
        )
        .unwrap();
        assert_eq!(v.len(), 5);
        assert_eq!(v[1], Node::Text("x & y z".into()));
        assert!(matches!(&v[2], Node::Open(e) if e.is(Ns::Text, "b")));
    }

    #[test]
    fn entities_and_dtds_are_refused() {
        let xxe = r#"<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><a>&x;</a>"#;
        assert!(all(xxe).unwrap_err().contains("DTD"));
        assert!(all("<a>&x;</a>").unwrap_err().contains("entity"));
        let deep = "<a>".repeat(MAX_DEPTH + 1);
        assert!(all(&deep).unwrap_err().contains("nests"));
        assert!(all("<a><b></a>").is_err());
        assert!(all("<a>").is_err());
    }
}
