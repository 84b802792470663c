//! The toolkit every view writes with: text made safe to show
//! ([`visible`]), the screen it is laid out on ([`Screen`]), lines fitted
//! and paragraphs wrapped to its width ([`fit`], [`wrap`]), the
//! dates people read, and the few colours `plan` uses. Pure: no terminal,
//! no clock. It holds no sentence of its own: the words are the views'.
//!
//! Every string that came from a person or a file (a note, a playbook, a
//! path) goes through [`visible`] before it is shown, so it can never move
//! the cursor, retitle the window or write the clipboard. JSON stays exact.
//!
//! Styles are written as ANSI sequences into the output; `commands::ui`
//! strips them unless the output is a terminal that wants colour
//! (`--color`, `NO_COLOR`, `CLICOLOR_FORCE`), so a pipe or a file never
//! gets them.

use std::borrow::Cow;
use std::fmt::Write as _;
use std::io::{self, Write};
use std::path::Path;

use anstyle::{AnsiColor, Style};
use chrono::{Datelike, NaiveDate};
use serde::Serialize;

/// Whether a character could act on a terminal: C0 controls but newline and
/// tab, DEL, and C1 controls.
fn is_control(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t') || ('\u{80}'..='\u{9f}').contains(&c)
}

/// `text` with its control characters shown rather than obeyed: C0 and DEL
/// in caret notation (`^[`, `^?`), C1 as `<U+009B>`.
pub fn visible(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_control) {
        return Cow::Borrowed(text);
    }
    let mut shown = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            c if !is_control(c) => shown.push(c),
            '\u{7f}' => shown.push_str("^?"),
            c if (c as u32) < 0x20 => {
                shown.push('^');
                shown.push(char::from_u32(c as u32 + 0x40).unwrap_or('?'));
            }
            c => {
                let _ = write!(shown, "<U+{:04X}>", c as u32);
            }
        }
    }
    Cow::Owned(shown)
}

/// Quote a path for a POSIX shell, so a suggested command runs as shown.
pub fn shell_quote(path: &Path) -> String {
    let text = path.display().to_string();
    let safe = |c: char| c.is_ascii_alphanumeric() || "/._-+,:@%".contains(c);
    if !text.is_empty() && text.chars().all(safe) {
        text
    } else {
        format!("'{}'", text.replace('\'', r"'\''"))
    }
}

/// A path, made harmless.
pub fn shown_path(path: &Path) -> String {
    visible(&path.display().to_string()).into_owned()
}

/// Whether any string holds a character [`visible`] would change.
pub fn has_control(text: &str) -> bool {
    text.chars().any(is_control)
}

/// Where a human view is written, and how many columns it may use.
pub trait Screen: Write {
    fn width(&self) -> usize;

    /// The rows of the terminal, when the output is one.
    fn height(&self) -> Option<usize> {
        None
    }
}

/// Text built in memory (tests, files) is laid out for 80 columns.
impl Screen for Vec<u8> {
    fn width(&self) -> usize {
        80
    }
}

impl<S: Screen + ?Sized> Screen for &mut S {
    fn width(&self) -> usize {
        (**self).width()
    }

    fn height(&self) -> Option<usize> {
        (**self).height()
    }
}

/// Any writer, with the width it is laid out for (the prompts on stderr).
pub struct Columns<W> {
    pub inner: W,
    pub width: usize,
}

impl<W: Write> Write for Columns<W> {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.inner.write(bytes)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

impl<W: Write> Screen for Columns<W> {
    fn width(&self) -> usize {
        self.width
    }
}

/// How many columns `text` takes on a terminal: CJK and emoji count two,
/// and colour (ANSI escape sequences) none.
pub fn columns(text: &str) -> usize {
    textwrap::core::display_width(text)
}

/// One JSON document and a newline.
pub fn json(out: &mut impl Write, value: &impl Serialize) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value)?;
    writeln!(out)
}

/// One line of text, wrapped to the screen if it is wider: its
/// continuation is indented two more than the line itself.
/// `text` is written as it is: whatever came from a person or a file in it
/// was made [`visible`] by the caller, and its colour is kept.
pub fn fit(out: &mut impl Screen, text: &str) -> io::Result<()> {
    let body = text.trim_start_matches(' ');
    let indent = &text[..text.len() - body.len()];
    if columns(text) <= out.width() {
        return writeln!(out, "{text}");
    }
    wrap_shown(out, body, indent, &format!("{indent}  "))
}

/// A question at a terminal, wrapped to the screen, with the cursor left
/// after `: ` on its last line for the answer.
pub fn question(out: &mut impl Screen, text: &str) -> io::Result<()> {
    let options = textwrap::Options::new(out.width().saturating_sub(2).max(20))
        .word_separator(textwrap::WordSeparator::AsciiSpace)
        .word_splitter(textwrap::WordSplitter::NoHyphenation);
    let text = visible(text);
    let lines = textwrap::wrap(&text, &options);
    let (last, before) = lines.split_last().map_or(("", &[][..]), |(last, before)| (last, before));
    for line in before {
        writeln!(out, "{line}")?;
    }
    write!(out, "{last}: ")?;
    out.flush()
}

/// A paragraph wrapped after a first-line prefix, the rest indented to match.
pub fn wrapped(out: &mut impl Screen, text: &str, first: &str) -> io::Result<()> {
    wrap(out, text, first, &" ".repeat(first.chars().count()))
}

/// A paragraph of prose, wrapped to 80 columns.
pub fn paragraph(out: &mut impl Screen, text: &str) -> io::Result<()> {
    wrap(out, text, "", "")
}

/// Word-wrap `text` to the screen's width by display width, the first line
/// after `first`, the rest after `rest`. Words are split only when one is
/// longer than a line, never at hyphens (dates, ids).
pub fn wrap(out: &mut impl Screen, text: &str, first: &str, rest: &str) -> io::Result<()> {
    wrap_shown(out, &visible(text), first, rest)
}

/// [`wrap`] for text already made visible, which may hold colour.
fn wrap_shown(out: &mut impl Screen, text: &str, first: &str, rest: &str) -> io::Result<()> {
    let width = out.width();
    for (p, paragraph) in text.trim().lines().enumerate() {
        let options = textwrap::Options::new(width)
            .initial_indent(if p == 0 { first } else { rest })
            .subsequent_indent(rest)
            .word_separator(textwrap::WordSeparator::AsciiSpace)
            .word_splitter(textwrap::WordSplitter::NoHyphenation)
            // A word longer than a whole line (a long path, say) is broken,
            // so that no line is ever wider than the screen.
            .break_words(true);
        let lines = textwrap::wrap(paragraph.trim(), &options);
        if lines.is_empty() {
            writeln!(out, "{}", if p == 0 { first } else { rest }.trim_end())?;
        }
        for line in lines {
            writeln!(out, "{line}")?;
        }
    }
    Ok(())
}

// The dates people read. Dates in files and JSON are ISO 8601 (`2026-11-02`),
// as chrono writes them; these are the dates of sentences and headings.

/// A date's words in the chosen language: the message `id` of the `date`
/// group, given the day, the weekday (1 is Monday), the month and the year.
fn date_words(id: &str, date: NaiveDate) -> String {
    let mut args = crate::i18n::Args::new();
    args.set("day", date.day());
    args.set("weekday", date.weekday().number_from_monday());
    args.set("month", date.month());
    args.set("year", date.year());
    crate::i18n::message(id, Some(&args))
}

/// `Monday 2 November 2026`: the day a view is for.
pub fn full_date(date: NaiveDate) -> String {
    date_words("date-full", date)
}

/// `2 November 2026`.
pub fn long_date(date: NaiveDate) -> String {
    date_words("date-long", date)
}

/// `2 Nov 2026`.
pub fn short_date(date: NaiveDate) -> String {
    date_words("date-short", date)
}

/// `Mon 2 Nov 2026`: a day on its own, in a chart's labels.
pub fn day_date(date: NaiveDate) -> String {
    date_words("date-day", date)
}

/// `2 Nov`: a day within a year already named.
pub fn day_month(date: NaiveDate) -> String {
    date_words("date-day-month", date)
}

/// `Mon 2`: a day within a month already named.
pub fn weekday_day(date: NaiveDate) -> String {
    date_words("date-weekday-day", date)
}

/// `Mo`: a column of a week.
pub fn weekday_short(date: NaiveDate) -> String {
    date_words("date-weekday-short", date)
}

/// `November 2026`.
pub fn month_year(date: NaiveDate) -> String {
    date_words("date-month-year", date)
}

/// `Nov 2026`.
pub fn short_month_year(date: NaiveDate) -> String {
    date_words("date-short-month-year", date)
}

/// `Nov`.
pub fn short_month(date: NaiveDate) -> String {
    date_words("date-month-abbr", date)
}

/// `2026`.
pub fn year(date: NaiveDate) -> String {
    date.year().to_string()
}

// The few colours, in one place.

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
pub fn mood_colour(mood: u8) -> Style {
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

/// An error and each of its causes, joined as one line: `outer: inner`.
pub fn causes(err: &dyn std::error::Error) -> String {
    let mut line = err.to_string();
    let mut cause = err.source();
    while let Some(next) = cause {
        line.push_str(": ");
        line.push_str(&next.to_string());
        cause = next.source();
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_shown_not_obeyed() {
        let title = "Nice\u{1b}]0;owned\u{7}\u{1b}[2J";
        assert_eq!(visible(title), "Nice^[]0;owned^G^[[2J");
        assert_eq!(visible("a\u{7f}b\u{9b}c\rd"), "a^?b<U+009B>c^Md");
        assert_eq!(visible("tab\there\nnext — ça va, 学校 🙂"), "tab\there\nnext — ça va, 学校 🙂");
        assert!(matches!(visible("plain"), Cow::Borrowed(_)));
    }

    #[test]
    fn shell_quoting_survives_any_name() {
        assert_eq!(shell_quote(Path::new("/home/me/.local/share/plan")), "/home/me/.local/share/plan");
        assert_eq!(shell_quote(Path::new("/tmp/a b")), "'/tmp/a b'");
        assert_eq!(
            shell_quote(Path::new("/tmp/it's'; touch x; echo '")),
            r"'/tmp/it'\''s'\''; touch x; echo '\'''"
        );
    }

    #[test]
    fn wraps_at_eighty_columns() {
        let mut out = Vec::new();
        wrap(&mut out, &"word ".repeat(40), "  - ", "    ").unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(text.lines().all(|line| line.chars().count() <= 80), "{text}");
        assert!(text.starts_with("  - word") && text.lines().nth(1).unwrap().starts_with("    word"));
    }

    /// The screen a test lays text out on.
    fn screen(width: usize) -> Columns<Vec<u8>> {
        Columns { inner: Vec::new(), width }
    }

    #[test]
    fn a_word_longer_than_the_line_is_broken_and_fits() {
        let mut out = screen(60);
        wrap(&mut out, &"x".repeat(2000), "    ", "    ").unwrap();
        let text = String::from_utf8(out.inner).unwrap();
        assert!(text.lines().all(|line| columns(line) <= 60), "{text}");
        assert_eq!(text.matches('x').count(), 2000);
    }

    #[test]
    fn wide_characters_count_two_columns_and_dates_stay_whole() {
        let mut out = screen(30);
        wrap(&mut out, "今天很难受 😢 but I walked by the river on 2026-11-22 instead", "", "  ").unwrap();
        let text = String::from_utf8(out.inner).unwrap();
        assert!(text.lines().all(|line| columns(line) <= 30), "{text}");
        assert!(text.contains("2026-11-22"), "{text}");
    }

    #[test]
    fn a_line_wider_than_the_screen_wraps_with_its_continuation_indented() {
        let mut narrow = screen(40);
        fit(&mut narrow, "  warning: a line that is far too wide for forty columns of screen").unwrap();
        let shown = String::from_utf8(narrow.inner).unwrap();
        assert!(shown.lines().count() > 1 && shown.lines().all(|line| columns(line) <= 40), "{shown}");
        assert!(shown.lines().nth(1).unwrap().starts_with("    "), "{shown}");
        let mut pipe = screen(usize::MAX);
        fit(&mut pipe, "  a line").unwrap();
        assert_eq!(String::from_utf8(pipe.inner).unwrap(), "  a line\n");
    }

    #[test]
    fn dates_for_people_read_in_full() {
        let date = NaiveDate::from_ymd_opt(2026, 11, 2).unwrap();
        assert_eq!(full_date(date), "Monday 2 November 2026");
        assert_eq!(weekday_short(date), "Mo");
        assert_eq!(weekday_day(date), "Mon 2");
        assert_eq!(day_date(date), "Mon 2 Nov 2026");
    }
}
