//! Builds `nl-words.fst`, notulint's compiled Dutch word list, from the OpenTaal word list.
//!
//! Usage: `notulint-wordlist INPUT OUTPUT`, where INPUT is the plain word list
//! (one word a line, as in Debian's `wdutch` package: `/usr/share/dict/dutch`).
//!
//! The output is an `fst::Map` from each word, lower-cased and in NFC, to a flag
//! byte: bit 0 (`1`) when the list has the word in lower case (an ordinary
//! word, usable as a part of a compound), bit 1 (`2`) when it has it with
//! capitals (a name or an abbreviation such as `Burgernet` or `ING`). Only
//! entries that notulint's tokenizer can produce are kept: letters, with
//! apostrophes and hyphens inside the word; entries with spaces, digits or
//! full stops (`aanw.`, `06-nummer`, `10 uurjournaal`) are left out.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::process::ExitCode;

use unicode_normalization::UnicodeNormalization;

/// Flag: the list has this word in lower case.
const LOWER: u64 = 1;
/// Flag: the list has this word with capitals.
const CAPITALISED: u64 = 2;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let [_, input, output] = args.as_slice() else {
        eprintln!("usage: notulint-wordlist INPUT OUTPUT");
        return ExitCode::from(2);
    };
    match build(input, output) {
        Ok((read, kept)) => {
            eprintln!("read {read} entries, wrote {kept} words to {output}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("notulint-wordlist: {e}");
            ExitCode::FAILURE
        }
    }
}

fn build(input: &str, output: &str) -> Result<(usize, usize), Box<dyn std::error::Error>> {
    let reader = BufReader::new(std::fs::File::open(input)?);
    let mut words: BTreeMap<String, u64> = BTreeMap::new();
    let mut read = 0;
    for line in reader.lines() {
        let line = line?;
        let entry = line.trim();
        read += 1;
        if !is_word(entry) {
            continue;
        }
        // The tokenizer reads a curly apostrophe as a straight one.
        let nfc: String = entry
            .nfc()
            .map(|c| if c == '\u{2019}' { '\'' } else { c })
            .collect();
        let lower = nfc.to_lowercase();
        let flag = if lower == nfc { LOWER } else { CAPITALISED };
        *words.entry(lower).or_insert(0) |= flag;
    }
    let kept = words.len();
    let mut out = BufWriter::new(std::fs::File::create(output)?);
    let mut builder = fst::MapBuilder::new(&mut out)?;
    // BTreeMap iterates in byte order of the UTF-8 keys, which is what fst needs.
    for (word, flags) in &words {
        builder.insert(word, *flags)?;
    }
    builder.finish()?;
    out.flush()?;
    Ok((read, kept))
}

/// Letters, with apostrophes and hyphens only between letters: the shapes notulint's tokenizer yields.
fn is_word(s: &str) -> bool {
    let chars: Vec<char> = s.chars().collect();
    if chars.len() < 2 {
        return false;
    }
    chars.iter().enumerate().all(|(i, &c)| {
        c.is_alphabetic()
            || (matches!(c, '\'' | '\u{2019}' | '-')
                && i > 0
                && i + 1 < chars.len()
                && chars[i - 1].is_alphabetic()
                && chars[i + 1].is_alphabetic())
    })
}
