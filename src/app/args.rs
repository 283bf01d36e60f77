//! The command line in the report's language: the `--help` of every command (texts, headings,
//! value names) and the errors of a command line that does not parse come from the message
//! catalogue, under the ids `args.*`. clap only parses.
//!
//! Ids: `args.about` for notulint itself, `args.<command>` for a command, `args.<command>.<arg>`
//! for an argument of one command and `args.opt.<arg>` for an argument several commands share
//! (`--config`, `--select`, `--lang`); `args.value.<name>` for a value name (`FILE` is
//! `args.value.file`).

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command, CommandFactory, FromArgMatches, ValueEnum};
use std::ffi::OsString;

use crate::cli::{Cli, LangArg};
use crate::messages::Lang;
use crate::msg;

/// What the command line asked for: a command to run, or an exit code once help, the version
/// or an error has been printed.
pub enum Parsed {
    /// Run this.
    Run(Box<Cli>),
    /// Done; exit with this code.
    Exit(u8),
}

/// The language asked for with `--lang` (or `--lang=`), read before the command line is parsed
/// so that help and errors can use it.
pub fn lang_asked(args: &[OsString]) -> Option<LangArg> {
    let mut it = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(a) = it.next() {
        if a == "--" {
            break;
        }
        if a == "--lang" {
            return it.next().and_then(|v| LangArg::from_str(&v, true).ok());
        }
        if let Some(v) = a.strip_prefix("--lang=") {
            return LangArg::from_str(v, true).ok();
        }
    }
    None
}

/// Parses the command line; prints help, the version or what is wrong itself.
pub fn parse(args: &[OsString], lang: Lang) -> Parsed {
    let err = match command(lang).try_get_matches_from(args) {
        Ok(m) => match Cli::from_arg_matches(&m) {
            Ok(cli) => return Parsed::Run(Box::new(cli)),
            Err(e) => e,
        },
        Err(e) => e,
    };
    match err.kind() {
        // clap writes help and the version itself (to standard output, or to standard error
        // when a command is missing), in colour only on a terminal.
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let _ = err.print();
            Parsed::Exit(super::exit::OK)
        }
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = err.print();
            Parsed::Exit(super::exit::TROUBLE)
        }
        _ => {
            eprintln!("notulint: {}", problem(&err).render(lang));
            eprintln!(
                "{}",
                msg!("args.more", command = help_command(args)).render(lang)
            );
            Parsed::Exit(super::exit::TROUBLE)
        }
    }
}

/// notulint's clap command with every text in `lang`.
pub fn command(lang: Lang) -> Command {
    let mut root = localise(Cli::command(), false, lang)
        .disable_version_flag(true)
        .arg(own_flag(
            "version",
            'V',
            ArgAction::Version,
            "args.version",
            lang,
        ))
        .subcommand_help_heading(lang.text("args.heading.commands"))
        .subcommand_value_name(lang.text("args.value.command"))
        .override_usage(format!(
            "notulint [{}] <{}>",
            lang.text("args.value.options"),
            lang.text("args.value.command")
        ));
    root.build();
    // clap adds the `help` command while building; only then can its text be set.
    root.mut_subcommand("help", |c| c.about(lang.text("args.help-command")))
}

/// The command for completion scripts: [`command`], with each possible value of an option
/// described in `lang` (zsh and fish show these descriptions). clap takes them from the value
/// enums' doc comments, in English; here, where nothing is parsed, a parser of the same
/// values with the catalogue's texts (`args.values.<option>.<value>`) stands in.
pub fn completion_command(lang: Lang) -> Command {
    with_value_texts(command(lang), lang)
}

fn with_value_texts(mut cmd: Command, lang: Lang) -> Command {
    let described: Vec<String> = cmd
        .get_arguments()
        .filter(|a| {
            a.get_possible_values()
                .iter()
                .any(|v| v.get_help().is_some())
        })
        .map(|a| a.get_id().to_string())
        .collect();
    for id in described {
        cmd = cmd.mut_arg(id.as_str(), |a| {
            let values: Vec<clap::builder::PossibleValue> = a
                .get_possible_values()
                .iter()
                .map(|v| {
                    let key = format!("args.values.{id}.{}", v.get_name());
                    clap::builder::PossibleValue::new(v.get_name().to_string())
                        .help(text(lang, &key))
                })
                .collect();
            a.value_parser(clap::builder::PossibleValuesParser::new(values))
        });
    }
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    for sub in subs {
        cmd = cmd.mut_subcommand(sub.as_str(), |c| with_value_texts(c, lang));
    }
    cmd
}

/// `-h, --help` or `-V, --version` with its text in `lang`: clap's own flags cannot be given
/// another text, so they are turned off and these stand in for them.
fn own_flag(
    name: &'static str,
    short: char,
    action: ArgAction,
    id: &'static str,
    lang: Lang,
) -> Arg {
    Arg::new(name)
        .short(short)
        .long(name)
        .action(action)
        .help(lang.text(id))
        .help_heading(lang.text("args.heading.options"))
}

/// Sets the texts of one command (notulint itself, or one of its commands) and its
/// subcommands.
fn localise(cmd: Command, is_subcommand: bool, lang: Lang) -> Command {
    let key = is_subcommand.then(|| cmd.get_name().to_string());
    let about_id = match &key {
        Some(k) => format!("args.{k}"),
        None => "args.about".to_string(),
    };
    let mut cmd = cmd
        .about(text(lang, &about_id))
        .long_about(None)
        .disable_help_flag(true)
        .arg(own_flag("help", 'h', ArgAction::Help, "args.help", lang))
        .help_template(template(lang));
    let ids: Vec<String> = cmd
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .filter(|id| id != "help")
        .collect();
    // Whether an argument takes a value is settled only when clap builds the command (a
    // `bool` field becomes a flag then): ask a built copy.
    let mut built = cmd.clone();
    built.build();
    for id in ids {
        let help = arg_text(lang, key.as_deref(), &id);
        let takes_value = built
            .get_arguments()
            .find(|a| a.get_id() == id.as_str())
            .is_some_and(|a| a.get_action().takes_values());
        cmd = cmd.mut_arg(id.as_str(), |a| localise_arg(a, help, takes_value, lang));
    }
    if let Some(k) = &key {
        let line = usage(&cmd, k, lang);
        cmd = cmd.override_usage(line);
    }
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    for sub in subs {
        cmd = cmd.mut_subcommand(sub.as_str(), |c| localise(c, true, lang));
    }
    cmd
}

fn localise_arg(a: Arg, help: &'static str, takes_value: bool, lang: Lang) -> Arg {
    let heading = if a.is_positional() {
        "args.heading.arguments"
    } else {
        "args.heading.options"
    };
    let mut a = a
        .help(help)
        .long_help(None)
        .help_heading(lang.text(heading));
    if !takes_value {
        return a;
    }
    let names: Vec<String> = a
        .get_value_names()
        .map(|v| v.iter().map(|n| n.to_string()).collect())
        .unwrap_or_default();
    if !names.is_empty() {
        let local: Vec<&'static str> = names.iter().map(|n| value_name(lang, n)).collect();
        a = a.value_names(local);
    } else {
        let upper = a.get_id().as_str().to_uppercase();
        a = a.value_name(value_name(lang, &upper));
    }
    // The texts name the values and the default in the language; clap's own
    // `[possible values: …]` and `[default: …]` are English.
    a.hide_possible_values(true).hide_default_value(true)
}

/// `notulint check [OPTIES] [PAD]...`: clap writes `[OPTIONS]` in English.
fn usage(cmd: &Command, name: &str, lang: Lang) -> String {
    let mut out = format!("notulint {name} [{}]", lang.text("args.value.options"));
    for a in cmd.get_positionals() {
        let v = a
            .get_value_names()
            .and_then(|v| v.first().map(|n| n.to_string()))
            .unwrap_or_else(|| a.get_id().as_str().to_uppercase());
        let many = a.get_num_args().is_some_and(|n| n.max_values() > 1);
        let dots = if many { "..." } else { "" };
        if a.is_required_set() {
            out.push_str(&format!(" <{v}>{dots}"));
        } else {
            out.push_str(&format!(" [{v}]{dots}"));
        }
    }
    out
}

fn template(lang: Lang) -> String {
    format!(
        "{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        lang.text("args.heading.usage")
    )
}

/// The help of an argument: for this command, else shared, else empty (a test keeps every
/// argument in the catalogue).
fn arg_text(lang: Lang, command: Option<&str>, id: &str) -> &'static str {
    let own = command.map(|c| format!("args.{c}.{id}"));
    own.and_then(|k| lang.lookup(&k))
        .or_else(|| lang.lookup(&format!("args.opt.{id}")))
        .unwrap_or("")
}

fn value_name(lang: Lang, name: &str) -> &'static str {
    lang.lookup(&format!("args.value.{}", name.to_lowercase()))
        .unwrap_or("VALUE")
}

fn text(lang: Lang, id: &str) -> &'static str {
    lang.lookup(id).unwrap_or("")
}

/// `notulint check --help`: the help of the command the user was typing.
fn help_command(args: &[OsString]) -> String {
    let commands: Vec<String> = Cli::command()
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    let typed = args
        .iter()
        .skip(1)
        .map(|a| a.to_string_lossy())
        .find(|a| commands.iter().any(|c| c == a));
    match typed {
        Some(c) => format!("notulint {c} --help"),
        None => "notulint --help".to_string(),
    }
}

/// What is wrong with the command line, from clap's error kind and context.
fn problem(err: &clap::Error) -> crate::messages::Message {
    // What the user typed is shown on one line, control characters made visible, as the
    // other messages about the command line do.
    let get = |k: ContextKind| -> String {
        let raw = match err.get(k) {
            Some(ContextValue::String(s)) => s.clone(),
            Some(ContextValue::Strings(v)) => v.join(", "),
            Some(ContextValue::StyledStr(s)) => s.to_string(),
            Some(ContextValue::Number(n)) => n.to_string(),
            _ => String::new(),
        };
        crate::report::visible::one_line(&raw).into_owned()
    };
    let arg = get(ContextKind::InvalidArg);
    match err.kind() {
        ErrorKind::UnknownArgument => match get(ContextKind::SuggestedArg) {
            s if s.is_empty() => msg!("args.unknown-option", option = arg),
            s => msg!("args.unknown-option-hint", option = arg, closest = s),
        },
        ErrorKind::InvalidSubcommand => {
            let typed = get(ContextKind::InvalidSubcommand);
            match get(ContextKind::SuggestedSubcommand) {
                s if s.is_empty() => msg!("args.unknown-command", command = typed),
                s => msg!("args.unknown-command-hint", command = typed, closest = s),
            }
        }
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            let value = get(ContextKind::InvalidValue);
            let valid = get(ContextKind::ValidValue);
            if value.is_empty() {
                msg!("args.value-missing", option = arg)
            } else if valid.is_empty() {
                msg!("args.invalid-value", option = arg, value = value)
            } else {
                msg!(
                    "args.invalid-value-choices",
                    option = arg,
                    value = value,
                    choices = valid
                )
            }
        }
        ErrorKind::MissingRequiredArgument => msg!("args.missing", what = arg),
        ErrorKind::MissingSubcommand => {
            let commands: Vec<String> = Cli::command()
                .get_subcommands()
                .map(|c| c.get_name().to_string())
                .collect();
            msg!("args.missing-command", commands = commands.join(", "))
        }
        ErrorKind::ArgumentConflict => {
            msg!(
                "args.conflict",
                option = arg,
                other = get(ContextKind::PriorArg)
            )
        }
        ErrorKind::NoEquals | ErrorKind::TooManyValues | ErrorKind::WrongNumberOfValues => {
            msg!("args.wrong-values", option = arg)
        }
        _ if !arg.is_empty() => msg!("args.bad-option", option = arg),
        _ => msg!("args.bad"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every command and argument has its text in both languages, and every value name too:
    /// an argument added to `cli.rs` without catalogue entries fails here.
    #[test]
    fn every_command_and_argument_speaks_both_languages() {
        fn walk(cmd: &Command, key: Option<&str>, missing: &mut Vec<String>) {
            // Built, so that flags are known as flags (clap builds a subcommand only when it runs).
            let mut cmd = cmd.clone();
            cmd.build();
            let about = key.map_or("args.about".to_string(), |k| format!("args.{k}"));
            for lang in [Lang::Nl, Lang::En] {
                if lang.lookup(&about).is_none() {
                    missing.push(format!("{lang:?} {about}"));
                }
                // `help` and `version` are notulint's own, with their texts in `localise`.
                for a in cmd
                    .get_arguments()
                    .filter(|a| !matches!(a.get_id().as_str(), "help" | "version"))
                {
                    let id = a.get_id().as_str();
                    if arg_text(lang, key, id).is_empty() {
                        missing.push(format!("{lang:?} {about}.{id}"));
                    }
                    if !a.get_action().takes_values() {
                        continue;
                    }
                    let names: Vec<String> = match a.get_value_names() {
                        Some(v) => v.iter().map(|n| n.to_string()).collect(),
                        None => vec![id.to_uppercase()],
                    };
                    for n in names {
                        if lang
                            .lookup(&format!("args.value.{}", n.to_lowercase()))
                            .is_none()
                        {
                            missing.push(format!("{lang:?} args.value.{n}"));
                        }
                    }
                }
            }
            for sub in cmd.get_subcommands() {
                walk(sub, Some(sub.get_name()), missing);
            }
        }
        let mut missing = Vec::new();
        walk(&Cli::command(), None, &mut missing);
        assert!(missing.is_empty(), "no catalogue text for {missing:?}");
        // Building the localised commands runs clap's own consistency checks.
        for lang in [Lang::Nl, Lang::En] {
            command(lang).debug_assert();
        }
    }

    #[test]
    fn completion_scripts_describe_each_value_in_both_languages() {
        // Every value the value enums describe (in English) has a catalogue text.
        fn walk(cmd: &Command, missing: &mut Vec<String>) {
            for a in cmd.get_arguments() {
                for v in a
                    .get_possible_values()
                    .iter()
                    .filter(|v| v.get_help().is_some())
                {
                    let key = format!("args.values.{}.{}", a.get_id(), v.get_name());
                    for lang in [Lang::Nl, Lang::En] {
                        if lang.lookup(&key).is_none() {
                            missing.push(format!("{lang:?} {key}"));
                        }
                    }
                }
            }
            for sub in cmd.get_subcommands() {
                walk(sub, missing);
            }
        }
        let mut missing = Vec::new();
        walk(&Cli::command(), &mut missing);
        assert!(missing.is_empty(), "no catalogue text for {missing:?}");
        let script = |lang: Lang| {
            let mut out = Vec::new();
            let mut cmd = completion_command(lang);
            clap_complete::generate(clap_complete::Shell::Fish, &mut cmd, "notulint", &mut out);
            String::from_utf8(out).expect("UTF-8")
        };
        let nl = script(Lang::Nl);
        assert!(nl.contains("never\\t'Nooit'") && nl.contains("info\\t'Elke bevinding'"));
        assert!(
            !nl.contains("'Never'") && !nl.contains("Errors only"),
            "English left"
        );
        assert!(script(Lang::En).contains("never\\t'Never'"));
    }

    #[test]
    fn the_language_is_read_before_parsing() {
        let args = |v: &[&str]| -> Vec<OsString> { v.iter().map(OsString::from).collect() };
        assert_eq!(
            lang_asked(&args(&["notulint", "--lang", "nl", "check"])),
            Some(LangArg::Nl)
        );
        assert_eq!(
            lang_asked(&args(&["notulint", "check", "--lang=en"])),
            Some(LangArg::En)
        );
        assert_eq!(
            lang_asked(&args(&["notulint", "check", "--", "--lang", "nl"])),
            None
        );
        assert_eq!(lang_asked(&args(&["notulint", "--lang", "fr"])), None);
    }
}
