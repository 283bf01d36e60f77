//! A configuration file that could not be used: what is wrong as a message of the catalogue,
//! the place in the file, and how to fix it, rendered in the report's language.

use crate::messages::{Lang, Message};
use crate::msg;
use miette::{Diagnostic, NamedSource, SourceSpan};

/// A configuration file that could not be used, with the place in it.
#[derive(Debug)]
pub struct ConfigError {
    /// What is wrong.
    pub message: Message,
    /// The file and its text.
    pub src: NamedSource<String>,
    /// Where in the file.
    pub span: Option<SourceSpan>,
    /// How to fix it.
    pub help: Option<Message>,
}

impl ConfigError {
    /// The error as a diagnostic in a language.
    pub fn in_lang(&self, lang: Lang) -> Localized<'_> {
        Localized {
            message: self.message.render(lang),
            help: self.help.as_ref().map(|h| h.render(lang)),
            label: lang.text("config.here"),
            error: self,
        }
    }
}

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message.render(Lang::En))
    }
}

impl std::error::Error for ConfigError {}

/// A [`ConfigError`] with its texts in one language, for miette.
#[derive(Debug)]
pub struct Localized<'a> {
    message: String,
    help: Option<String>,
    label: &'static str,
    error: &'a ConfigError,
}

impl std::fmt::Display for Localized<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Localized<'_> {}

impl Diagnostic for Localized<'_> {
    fn code<'b>(&'b self) -> Option<Box<dyn std::fmt::Display + 'b>> {
        Some(Box::new("notulint::config"))
    }
    fn help<'b>(&'b self) -> Option<Box<dyn std::fmt::Display + 'b>> {
        self.help
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn std::fmt::Display>)
    }
    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        Some(&self.error.src)
    }
    fn labels(&self) -> Option<Box<dyn Iterator<Item = miette::LabeledSpan> + '_>> {
        let span = self.error.span?;
        Some(Box::new(std::iter::once(
            miette::LabeledSpan::new_with_span(Some(self.label.into()), span),
        )))
    }
}

/// What toml (or serde, through it) says is wrong, as a message: an unknown key or value by
/// its parts, anything else (a syntax error, a wrong type) with toml's own text as the detail.
pub fn toml_message(text: &str) -> Message {
    for (id, prefix) in [
        ("config.unknown-key", "unknown field `"),
        ("config.unknown-value", "unknown variant `"),
    ] {
        let parts = text.strip_prefix(prefix).and_then(|rest| {
            let (written, names) = rest.split_once("`, expected one of ")?;
            Some(Message::new(id).arg("written", written).arg("names", names))
        });
        // Only when the parts give back toml's text exactly: the English stays toml's own.
        if let Some(m) = parts.filter(|m| m.render(Lang::En) == text) {
            return m;
        }
    }
    msg!("config.toml", system = text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn toml_texts_keep_their_english_and_get_dutch() {
        for text in [
            "unknown field `foo`, expected one of `public`, `lang`",
            "unknown variant `loud`, expected one of `off`, `info`",
            "invalid table header\nexpected `.`, `]`",
            "unknown field `x`, expected `a` or `b`",
        ] {
            assert_eq!(toml_message(text).render(Lang::En), text);
        }
        assert_eq!(
            toml_message("unknown field `foo`, expected one of `public`, `lang`").id,
            "config.unknown-key"
        );
        assert!(
            toml_message("unknown variant `loud`, expected one of `off`, `info`")
                .render(Lang::Nl)
                .starts_with("onbekende waarde `loud`")
        );
    }
}
