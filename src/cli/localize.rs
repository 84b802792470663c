//! clap's own words in the person's language: the headings, the notes of
//! a default and of the values an option takes, `-h`, `-V` and `help`
//! (walked into the built command for a help, `plan man` and `plan
//! completions`), and a usage error written whole from clap's error kind
//! and context. In English every one of them is clap's own.

use std::fmt::Write as _;
use std::io::Write as _;

use clap::builder::{PossibleValue, Styles};
use clap::error::{ContextKind, ContextValue, ErrorKind};

use crate::i18n::{self, Lang, t};

/// The command line's definition, built, with clap's own words in the
/// chosen language.
pub fn localized(mut command: clap::Command) -> clap::Command {
    // Built, every command has clap's own arguments and `help`.
    command.build();
    localize(command, &Own::new())
}

/// The words clap gives the arguments and commands it adds itself, in the
/// chosen language; `None` for any other text.
fn clap_words(text: &str) -> Option<String> {
    Some(match text {
        "Print help" => t!("cli-flag-help"),
        "Print help (see more with '--help')" => t!("cli-flag-help-more"),
        "Print help (see a summary with '-h')" => t!("cli-flag-help-summary"),
        "Print version" => t!("cli-flag-version"),
        "Print this message or the help of the given subcommand(s)" => t!("cli-help"),
        _ => return None,
    })
}

/// The words clap writes itself where the language words them otherwise:
/// the headings, and the notes of a default and of the values an option
/// takes. All are `None` in English, so that it is exactly clap's.
struct Own {
    arguments: Option<&'static str>,
    options: Option<&'static str>,
    commands: Option<&'static str>,
    usage: Option<String>,
    /// Whether clap's `[default: …]` and `[possible values: …]` notes are
    /// written here instead.
    notes: bool,
}

impl Own {
    fn new() -> Own {
        // clap takes a heading for the whole run (its `Str`): one of each is
        // made for the run, not one for each command.
        let own = |words: String, clap: &str| (words != clap).then(|| &*Box::leak(words.into_boxed_str()));
        Own {
            arguments: own(t!("cli-heading-arguments"), "Arguments"),
            options: own(t!("cli-heading-options"), "Options"),
            commands: own(t!("cli-heading-commands"), "Commands"),
            usage: Some(t!("cli-heading-usage")).filter(|words| words != "Usage"),
            notes: i18n::lang() != Lang::ENGLISH,
        }
    }
}

/// `arg` with its default and its values noted in the language, in place
/// of clap's English notes: in one line for the short help, and for values
/// with help of their own, listed in the long help.
fn noted(mut arg: clap::Arg) -> clap::Arg {
    let takes_values = arg.get_num_args().is_some_and(|n| n.takes_values());
    let help = arg.get_help().map(ToString::to_string).unwrap_or_default();
    let long = arg.get_long_help().map(ToString::to_string);
    let mut notes = Vec::new();
    let defaults: Vec<String> =
        arg.get_default_values().iter().map(|value| value.to_string_lossy().into_owned()).collect();
    if takes_values && !defaults.is_empty() && !arg.is_hide_default_value_set() {
        notes.push(t!("cli-default", value = defaults.join(", ")));
        arg = arg.hide_default_value(true);
    }
    let values: Vec<PossibleValue> =
        arg.get_possible_values().into_iter().filter(|value| !value.is_hide_set()).collect();
    let mut list = None;
    if takes_values && !values.is_empty() && !arg.is_hide_possible_values_set() {
        let names: Vec<&str> = values.iter().map(PossibleValue::get_name).collect();
        if values.iter().any(|value| value.get_help().is_some()) {
            let width = names.iter().map(|name| crate::text::columns(name)).max().unwrap_or_default() + 1;
            let lines: Vec<String> = values
                .iter()
                .map(|value| {
                    let name = format!("{}:", value.get_name());
                    let help = value.get_help().map(ToString::to_string).unwrap_or_default();
                    format!("- {name:width$} {help}")
                })
                .collect();
            list = Some(format!("{}\n{}", t!("cli-values-heading"), lines.join("\n")));
        }
        notes.push(t!("cli-values", values = names.join(", ")));
        arg = arg.hide_possible_values(true);
    }
    if notes.is_empty() {
        return arg;
    }
    let short: Vec<&str> = std::iter::once(help.as_str()).chain(notes.iter().map(String::as_str)).collect();
    arg = arg.help(short.join(" "));
    // An option kept out of the short help has its words in the long one
    // (`plan man` shows only that).
    if long.is_some() || list.is_some() || arg.is_hide_short_help_set() {
        let mut text = long.unwrap_or(help);
        for note in notes.iter().take(if list.is_some() { notes.len() - 1 } else { notes.len() }) {
            text = format!("{text} {note}");
        }
        if let Some(list) = list {
            text = format!("{text}\n\n{list}");
        }
        arg = arg.long_help(text);
    }
    arg
}

/// `command` (built) and every command under it with clap's own words in
/// the chosen language.
fn localize(mut command: clap::Command, own: &Own) -> clap::Command {
    let words = |text: Option<&clap::builder::StyledStr>| text.and_then(|text| clap_words(&text.to_string()));
    command = command.mut_args(|mut arg| {
        if let Some(help) = words(arg.get_help()) {
            arg = arg.help(help);
        }
        if let Some(help) = words(arg.get_long_help()) {
            arg = arg.long_help(help);
        }
        let heading = if arg.is_positional() { own.arguments } else { own.options };
        if let Some(heading) = heading.filter(|_| arg.get_help_heading().is_none()) {
            arg = arg.help_heading(heading);
        }
        if own.notes { noted(arg) } else { arg }
    });
    if let Some(about) = words(command.get_about()) {
        command = command.about(about);
    }
    if let Some(heading) = own.commands {
        command = command.subcommand_help_heading(heading);
    }
    if let Some(heading) = &own.usage {
        // clap's template, with the usage in the language.
        let style = *command.get_styles().get_usage();
        let usage = usage_words(&command.render_usage().ansi().to_string());
        command = command.help_template(format!(
            "{{before-help}}{{about-with-newline}}\n{style}{heading}:{style:#}{usage}\n\n{{all-args}}{{after-help}}"
        ));
    }
    command.mut_subcommands(|command| localize(command, own))
}

/// A usage line of clap's (`Usage: plan [OPTIONS] <COMMAND>`, in colour or
/// not) after its heading, with clap's placeholders in the language.
fn usage_words(usage: &str) -> String {
    let rest = usage.split_once("Usage:").map_or(usage, |(_, rest)| rest);
    rest.replace("[OPTIONS]", &t!("cli-usage-options"))
        .replace("[COMMAND]", &format!("[{}]", t!("cli-usage-command")))
        .replace("<COMMAND>", &format!("<{}>", t!("cli-usage-command")))
}

/// Whether clap's answer is a help (asked for, or for a command that needs
/// one of its own commands).
pub fn shows_help(err: &clap::Error) -> bool {
    matches!(err.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand)
}

/// Stop with a usage error, or with the help or version asked for: clap's
/// own words in English, the catalogue's in any other language.
pub fn exit(err: &clap::Error) -> ! {
    if i18n::lang() == Lang::ENGLISH || !err.use_stderr() || shows_help(err) {
        err.exit()
    }
    let _ = write!(anstream::stderr(), "{}", usage_error(err));
    std::process::exit(err.exit_code())
}

/// What clap's own `string` context of `kind` says, if anything.
fn context(err: &clap::Error, kind: ContextKind) -> Option<&str> {
    match err.get(kind) {
        Some(ContextValue::String(text)) => Some(text.as_str()),
        _ => None,
    }
}

/// `text` in `style`, shown where there is colour.
fn paint(style: &anstyle::Style, text: &str) -> String {
    format!("{style}{text}{style:#}")
}

const TAB: &str = "  ";

/// A usage error as clap writes it (what is wrong, a tip, the usage, where
/// to read more), in the chosen language, with clap's colours.
pub fn usage_error(err: &clap::Error) -> String {
    let styles = Styles::styled();
    let mut out = format!("{} {}", paint(styles.get_error(), &t!("cli-error")), what_is_wrong(err));
    let tips = tips(err);
    if !tips.is_empty() {
        out.push('\n');
        for tip in tips {
            let _ = write!(out, "\n{TAB}{} {tip}", paint(styles.get_valid(), &t!("cli-error-tip")));
        }
    }
    if let Some(ContextValue::StyledStr(usage)) = err.get(ContextKind::Usage) {
        let style = *styles.get_usage();
        let heading = t!("cli-heading-usage");
        let _ = write!(out, "\n\n{style}{heading}:{style:#}{}", usage_words(&usage.ansi().to_string()));
    }
    let _ = writeln!(out, "\n\n{}", t!("cli-error-more", flag = paint(styles.get_literal(), "--help")));
    out
}

/// The first line of a usage error (and the list that follows it, if any).
fn what_is_wrong(err: &clap::Error) -> String {
    let styles = Styles::styled();
    let (invalid, literal, valid) = (styles.get_invalid(), styles.get_literal(), styles.get_valid());
    let string = |kind: ContextKind| context(err, kind);
    let number = |kind: ContextKind| match err.get(kind) {
        Some(ContextValue::Number(n)) => i64::try_from(*n).unwrap_or_default(),
        _ => 0,
    };
    let list = |kind: ContextKind, name: &str, valid: &anstyle::Style| match err.get(kind) {
        Some(ContextValue::Strings(values)) if !values.is_empty() => {
            let values: Vec<String> = values.iter().map(|value| paint(valid, value)).collect();
            format!("\n{TAB}[{name}: {}]", values.join(", "))
        }
        _ => String::new(),
    };
    let arg = string(ContextKind::InvalidArg).map(|arg| paint(literal, arg));
    let value = string(ContextKind::InvalidValue);
    match (err.kind(), arg, value) {
        (ErrorKind::UnknownArgument, Some(_), _) => {
            let arg = string(ContextKind::InvalidArg).unwrap_or_default();
            t!("cli-error-unknown-argument", arg = paint(invalid, arg))
        }
        (ErrorKind::InvalidValue, Some(arg), Some("")) => {
            let arg = paint(invalid, &anstream::adapter::strip_str(&arg).to_string());
            t!("cli-error-missing-value", arg = arg)
                + &list(ContextKind::ValidValue, &t!("cli-error-possible-values"), valid)
        }
        (ErrorKind::InvalidValue, Some(arg), Some(value)) => {
            t!("cli-error-invalid-value", value = paint(invalid, value), arg = arg)
                + &list(ContextKind::ValidValue, &t!("cli-error-possible-values"), valid)
        }
        (ErrorKind::ValueValidation, Some(arg), Some(value)) => {
            let line = t!("cli-error-invalid-value", value = paint(invalid, value), arg = arg);
            match std::error::Error::source(err) {
                Some(source) => format!("{line}: {source}"),
                None => line,
            }
        }
        (ErrorKind::TooManyValues, Some(arg), Some(value)) => {
            t!("cli-error-too-many-values", value = paint(invalid, value), arg = arg)
        }
        (ErrorKind::TooFewValues, Some(arg), _) => {
            let (min, actual) = (number(ContextKind::MinValues), number(ContextKind::ActualNumValues));
            t!("cli-error-too-few-values", min = min, actual = actual, arg = arg)
        }
        (ErrorKind::WrongNumberOfValues, Some(arg), _) => {
            let (expected, actual) =
                (number(ContextKind::ExpectedNumValues), number(ContextKind::ActualNumValues));
            t!("cli-error-wrong-number-of-values", expected = expected, actual = actual, arg = arg)
        }
        (ErrorKind::NoEquals, Some(arg), _) => t!("cli-error-no-equals", arg = arg),
        (ErrorKind::InvalidSubcommand, _, _) if string(ContextKind::InvalidSubcommand).is_some() => {
            let command = string(ContextKind::InvalidSubcommand).unwrap_or_default();
            t!("cli-error-invalid-subcommand", command = paint(invalid, command))
        }
        (ErrorKind::MissingSubcommand, _, _) if string(ContextKind::InvalidSubcommand).is_some() => {
            let command = string(ContextKind::InvalidSubcommand).unwrap_or_default();
            t!("cli-error-missing-subcommand", command = paint(invalid, command))
                + &list(ContextKind::ValidSubcommand, &t!("cli-error-subcommands"), valid)
        }
        (ErrorKind::MissingRequiredArgument, _, _) => match err.get(ContextKind::InvalidArg) {
            Some(ContextValue::Strings(args)) => {
                let mut line = t!("cli-error-missing-arguments");
                for arg in args {
                    let _ = write!(line, "\n{TAB}{}", paint(valid, arg));
                }
                line
            }
            _ => t!("cli-error-other"),
        },
        (ErrorKind::ArgumentConflict, _, _) => conflict(err),
        (ErrorKind::InvalidUtf8, _, _) => t!("cli-error-invalid-utf8"),
        _ => t!("cli-error-other"),
    }
}

/// The tips after a usage error: a similar name, or another way to say it.
fn tips(err: &clap::Error) -> Vec<String> {
    let styles = Styles::styled();
    let (invalid, valid) = (styles.get_invalid(), styles.get_valid());
    let string = |kind: ContextKind| context(err, kind);
    let mut tips = Vec::new();
    let names = |value: &ContextValue| match value {
        ContextValue::String(name) => vec![format!("'{}'", paint(valid, name))],
        ContextValue::Strings(names) => {
            names.iter().map(|name| format!("'{}'", paint(valid, name))).collect()
        }
        _ => Vec::new(),
    };
    for kind in [ContextKind::SuggestedSubcommand, ContextKind::SuggestedArg, ContextKind::SuggestedValue] {
        let Some(found) = err.get(kind).map(names).filter(|found| !found.is_empty()) else { continue };
        let (count, names) = (found.len(), found.join(", "));
        tips.push(match kind {
            ContextKind::SuggestedSubcommand => {
                t!("cli-error-similar-subcommand", count = count, names = names)
            }
            ContextKind::SuggestedArg => t!("cli-error-similar-argument", count = count, names = names),
            _ => t!("cli-error-similar-value", count = count, names = names),
        });
    }
    if let Some(ContextValue::StyledStrs(suggestions)) = err.get(ContextKind::Suggested) {
        for suggestion in suggestions {
            let text = suggestion.to_string();
            tips.push(if text.starts_with("to pass '") {
                let arg = string(ContextKind::InvalidArg).unwrap_or_default();
                t!("cli-error-as-value", arg = paint(invalid, arg))
            } else if let Some(named) = text.strip_suffix("' exists").and_then(|text| text.strip_prefix('\''))
            {
                t!("cli-error-exists", command = paint(valid, named))
            } else {
                suggestion.ansi().to_string()
            });
        }
    }
    tips
}

/// An argument that cannot be used with another, in the chosen language.
fn conflict(err: &clap::Error) -> String {
    let styles = Styles::styled();
    let invalid = styles.get_invalid();
    let prior = err.get(ContextKind::PriorArg);
    let listed = |values: &[String]| {
        values.iter().fold(String::new(), |mut listed, value| {
            let _ = write!(listed, "\n{TAB}{}", paint(invalid, value));
            listed
        })
    };
    match (err.get(ContextKind::InvalidArg), err.get(ContextKind::InvalidSubcommand), prior) {
        (Some(ContextValue::String(arg)), _, Some(ContextValue::String(other))) if arg == other => {
            t!("cli-error-used-twice", arg = paint(invalid, arg))
        }
        (Some(ContextValue::String(arg)), _, Some(ContextValue::String(other))) => {
            t!("cli-error-conflict", arg = paint(invalid, arg), other = paint(invalid, other))
        }
        (Some(ContextValue::String(arg)), _, Some(ContextValue::Strings(others))) => {
            t!("cli-error-conflict-list", arg = paint(invalid, arg)) + &listed(others)
        }
        (Some(ContextValue::String(arg)), _, _) => t!("cli-error-conflict-others", arg = paint(invalid, arg)),
        (_, Some(ContextValue::String(command)), Some(ContextValue::String(other))) => {
            let (command, other) = (paint(invalid, command), paint(invalid, other));
            t!("cli-error-subcommand-conflict", command = command, other = other)
        }
        (_, Some(ContextValue::String(command)), Some(ContextValue::Strings(others))) => {
            t!("cli-error-subcommand-conflict-list", command = paint(invalid, command)) + &listed(others)
        }
        _ => t!("cli-error-other"),
    }
}
