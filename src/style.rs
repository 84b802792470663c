//! The few colours `plan` uses, in one place. Styles are written as ANSI
//! sequences into the output; `commands::print` strips them unless the
//! output is a terminal that wants colour (`--color`, `NO_COLOR`,
//! `CLICOLOR_FORCE`), so a pipe or a file never gets them.

use anstyle::{AnsiColor, Style};

fn color(color: AnsiColor) -> Style {
    Style::new().fg_color(Some(color.into()))
}

/// Done, and no contact.
pub fn green() -> Style {
    color(AnsiColor::Green)
}

/// A slip.
pub fn red() -> Style {
    color(AnsiColor::Red).bold()
}

/// Contact that reset nothing; a middling mood.
pub fn yellow() -> Style {
    color(AnsiColor::Yellow)
}

/// A milestone and a gate on one day.
pub fn magenta() -> Style {
    color(AnsiColor::Magenta).bold()
}

/// The current step.
pub fn cyan() -> Style {
    color(AnsiColor::Cyan).bold()
}

/// Locked, waiting.
pub fn dim() -> Style {
    Style::new().dimmed()
}

/// The counter.
pub fn bold() -> Style {
    Style::new().bold()
}

/// A mood from 1 to 10: low red, middling yellow, good green.
pub fn mood(mood: u8) -> Style {
    match mood {
        0..=3 => red(),
        4..=6 => yellow(),
        _ => green(),
    }
}

/// `text` in `style`, and the style reset after it.
pub fn paint(text: impl std::fmt::Display, style: Style) -> String {
    format!("{style}{text}{style:#}")
}
