//! The terminal, as the commands see it: what a run prints, says and asks.
//!
//! What a command prints is buffered and reaches stdout only once the
//! command is done, when no lock is held. Warnings and questions go to
//! stderr as they happen, laid out at the screen's width. This is the one
//! file of the command layer that touches stdin, stdout and stderr; the
//! verbs are handed a [`Ui`], so their prompts are tested on typed text.
//! What it says is handed to it as data (a [`Saved`], a [`Warning`], an
//! [`Asking`]) and worded by the views.

use std::io::{self, BufRead, IsTerminal, Write};

use crate::cli::ColorWhen;
use crate::error::{Cancelled, Error, Result};
use crate::store::Notice;
use crate::text::{Columns, Screen};
use crate::views::ask::Asking;
use crate::views::confirm::Saved;
use crate::views::doctor::{self, Warning};
use crate::views::hooks::HookEvent;

/// What a run prints, says and asks, and what it committed before printing.
pub struct Ui {
    /// What the command printed, not yet on stdout.
    buf: Vec<u8>,
    stdout: Box<dyn Write>,
    /// The columns human views and questions are laid out in.
    width: usize,
    /// The rows of the terminal stdout is, if it is one.
    height: Option<usize>,
    saved: Option<Saved>,
    hooks: Vec<Pending>,
    /// Whether a person is at the keyboard: both stdin and stderr are a terminal.
    interactive: bool,
    /// Whether stdin is a pipe or a file rather than a terminal: text
    /// handed to the command there (`--note -`, `echo msg | plan urge`).
    piped: bool,
    stdin: Box<dyn BufRead>,
    stderr: Box<dyn Write>,
    /// The columns warnings are fitted to: the terminal's, as errors are, or
    /// in a pipe one whole line each, for scripts and logs.
    stderr_width: usize,
}

/// A hook to run once the output is printed: its name and the event it is
/// handed on stdin.
pub struct Pending {
    pub name: &'static str,
    pub event: serde_json::Value,
    /// What was saved, for the warnings ("the check-in for 2026-11-24").
    pub what: Saved,
}

/// What a person replied at a prompt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reply<T> {
    /// Enter alone: each question says what that means (keep, skip, the default).
    Empty,
    Given(T),
}

impl<T> Reply<T> {
    /// The answer, or `None` for Enter alone.
    pub fn given(self) -> Option<T> {
        match self {
            Reply::Empty => None,
            Reply::Given(value) => Some(value),
        }
    }
}

/// Where a question is written: stderr, at the screen's width.
pub type Prompt<'a> = Columns<&'a mut dyn Write>;

impl Ui {
    /// The real terminal: colour as `--color` says, stdout's width (else
    /// `--columns`/`COLUMNS`, else 80; never fewer than 40) and rows.
    #[allow(clippy::disallowed_methods)] // the one place that opens the standard streams
    pub fn terminal(color: ColorWhen, columns: Option<usize>) -> Ui {
        anstream::ColorChoice::write_global(match color {
            ColorWhen::Auto => anstream::ColorChoice::Auto,
            ColorWhen::Always => anstream::ColorChoice::AlwaysAnsi,
            ColorWhen::Never => anstream::ColorChoice::Never,
        });
        let stdout = io::stdout();
        let terminal = stdout.is_terminal().then(terminal_size::terminal_size).flatten();
        let width = terminal.map(|(width, _)| usize::from(width.0)).or(columns).unwrap_or(80).max(40);
        let stderr = io::stderr();
        Ui {
            buf: Vec::new(),
            // Through anstream: the ANSI styles a command wrote reach a
            // terminal, and are stripped in a pipe or a file, or when
            // `NO_COLOR` or `CLICOLOR=0` say so (`CLICOLOR_FORCE` keeps them).
            stdout: Box::new(anstream::AutoStream::auto(stdout)),
            width,
            height: terminal.map(|(_, height)| usize::from(height.0)),
            saved: None,
            hooks: Vec::new(),
            interactive: io::stdin().is_terminal() && stderr.is_terminal(),
            piped: !io::stdin().is_terminal(),
            stdin: Box::new(io::stdin().lock()),
            stderr_width: stderr_width(&stderr),
            stderr: Box::new(stderr),
        }
    }

    /// Whether a person is at the keyboard to answer questions.
    pub fn interactive(&self) -> bool {
        self.interactive
    }

    /// Whether text may be waiting on stdin: it is a pipe or a file.
    pub fn piped(&self) -> bool {
        self.piped
    }

    /// Everything on stdin, up to its end, as text: at most `limit` bytes
    /// (`None` past that), with the line ending at its end taken off.
    pub fn read_input(&mut self, limit: u64) -> io::Result<Option<String>> {
        let mut bytes = Vec::new();
        io::Read::read_to_end(&mut io::Read::take(&mut self.stdin, limit + 1), &mut bytes)?;
        if bytes.len() as u64 > limit {
            return Ok(None);
        }
        let text = String::from_utf8(bytes).map_err(|err| io::Error::new(io::ErrorKind::InvalidData, err))?;
        let text = text.strip_suffix('\n').unwrap_or(&text);
        Ok(Some(text.strip_suffix('\r').unwrap_or(text).to_owned()))
    }

    /// Say that `what` (the check-in for 2026-11-24) is now on disk.
    pub fn saved(&mut self, what: Saved) {
        self.saved = Some(what);
    }

    /// Run hook `name` with `event` once the output is printed. `event`
    /// is a JSON object; its `hook` key is set here.
    pub fn hook(&mut self, event: &HookEvent) {
        let what = self.saved.clone().unwrap_or(Saved::Change);
        self.hooks.push(Pending { name: event.name(), event: event.json(), what });
    }

    /// Run hook `name` with `event` once the output is printed, after a
    /// command that saved nothing: `what` says what it did, for a warning.
    pub fn hook_after(&mut self, event: &HookEvent, what: Saved) {
        self.hooks.push(Pending { name: event.name(), event: event.json(), what });
    }

    /// The hooks to run, in the order they were asked for.
    pub fn take_hooks(&mut self) -> Vec<Pending> {
        std::mem::take(&mut self.hooks)
    }

    /// A warning of the command layer, on stderr now.
    pub fn warn(&mut self, warning: &Warning) {
        let _ = doctor::warning(&mut Columns { inner: &mut *self.stderr, width: self.stderr_width }, warning);
    }

    /// Print what the command has printed so far: before a question at the
    /// terminal, and when it is done.
    pub fn print(&mut self) -> io::Result<()> {
        let buf = std::mem::take(&mut self.buf);
        self.stdout.write_all(&buf)?;
        self.stdout.flush()
    }

    /// A failure to print, saying what was saved before it, if anything was.
    pub fn unprinted(&self, err: io::Error) -> Error {
        Error::unprinted(err, self.saved.as_ref())
    }

    /// Stderr, to write what comes before a question.
    pub fn prompt(&mut self) -> Prompt<'_> {
        Columns { inner: &mut *self.stderr, width: self.width }
    }

    /// Ask until the answer parses: `ask` writes the question, leaving the
    /// cursor after it, and `again` says why an answer was not taken.
    /// Enter alone is [`Reply::Empty`]; end of input cancels `what`.
    pub fn prompt_choice<T>(
        &mut self,
        what: Asking,
        ask: impl Fn(&mut Prompt<'_>) -> io::Result<()>,
        parse: impl Fn(&str) -> Option<T>,
        again: impl Fn(&mut Prompt<'_>, &str) -> io::Result<()>,
    ) -> Result<Reply<T>> {
        loop {
            let Reply::Given(line) = self.prompt_line(what, &ask)? else { return Ok(Reply::Empty) };
            let answer = line.trim();
            match parse(answer) {
                Some(value) => return Ok(Reply::Given(value)),
                None => again(&mut self.prompt(), answer)?,
            }
        }
    }

    /// Ask for one line of text: `ask` writes the question. The line comes
    /// as typed, without its line ending; a blank one is [`Reply::Empty`].
    /// End of input cancels `what` (a [`Cancelled`] error).
    pub fn prompt_line(
        &mut self,
        what: Asking,
        ask: impl Fn(&mut Prompt<'_>) -> io::Result<()>,
    ) -> Result<Reply<String>> {
        let mut prompt = self.prompt();
        ask(&mut prompt)?;
        prompt.flush()?;
        let mut line = String::new();
        if self.stdin.read_line(&mut line)? == 0 {
            // Ctrl-D: end the prompt's line before the error.
            writeln!(self.prompt())?;
            return Err(Cancelled { what }.into());
        }
        if line.trim().is_empty() {
            return Ok(Reply::Empty);
        }
        let typed = line.strip_suffix('\n').unwrap_or(&line);
        Ok(Reply::Given(typed.strip_suffix('\r').unwrap_or(typed).to_owned()))
    }
}

impl Screen for Ui {
    fn width(&self) -> usize {
        self.width
    }

    fn height(&self) -> Option<usize> {
        self.height
    }
}

/// What a command writes is buffered until it is done.
impl Write for Ui {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.buf.write(bytes)
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// Notices from the store go to stderr as they happen. A plain function,
/// as the store takes it, before there is a [`Ui`].
#[allow(clippy::disallowed_methods)] // the store's notices are warnings too
pub fn notify(notice: &Notice) {
    let stderr = io::stderr();
    let width = stderr_width(&stderr);
    let _ = doctor::notice(&mut Columns { inner: stderr.lock(), width }, notice);
}

fn stderr_width(stderr: &io::Stderr) -> usize {
    terminal_size::terminal_size_of(stderr).map_or(usize::MAX, |(width, _)| usize::from(width.0).max(40))
}

#[cfg(test)]
mod scripted {
    use std::cell::RefCell;
    use std::io::{self, Write};
    use std::rc::Rc;

    use super::Ui;

    /// What a [`Ui`] for tests wrote to its stderr.
    #[derive(Clone, Default)]
    pub struct Captured(Rc<RefCell<Vec<u8>>>);

    impl Captured {
        pub fn text(&self) -> String {
            String::from_utf8(self.0.borrow().clone()).unwrap()
        }
    }

    impl Write for Captured {
        fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
            self.0.borrow_mut().write(bytes)
        }

        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    impl Ui {
        /// A person at a terminal `width` columns wide who types `typed`;
        /// what the questions write to stderr is captured.
        pub fn scripted(typed: &str, width: usize) -> (Ui, Captured) {
            let stderr = Captured::default();
            let ui = Ui {
                buf: Vec::new(),
                stdout: Box::new(io::sink()),
                width,
                height: None,
                saved: None,
                hooks: Vec::new(),
                interactive: true,
                piped: false,
                stdin: Box::new(io::Cursor::new(typed.to_owned())),
                stderr: Box::new(stderr.clone()),
                stderr_width: width,
            };
            (ui, stderr)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text;

    fn number(text: &str) -> Option<u8> {
        text.parse().ok()
    }

    fn choice(ui: &mut Ui) -> Result<Reply<u8>> {
        ui.prompt_choice(
            Asking::Checkin,
            |out| text::question(out, "A number"),
            number,
            |out, answer| writeln!(out, "  `{answer}` is no number."),
        )
    }

    #[test]
    fn a_choice_is_asked_again_until_it_parses_and_enter_is_empty() {
        let (mut ui, stderr) = Ui::scripted("x\n  7 \n\n", 80);
        assert_eq!(choice(&mut ui).unwrap(), Reply::Given(7));
        // The typed answers are the terminal's to echo, not in what was written.
        assert_eq!(stderr.text(), "A number:   `x` is no number.\nA number: ");
        assert_eq!(choice(&mut ui).unwrap(), Reply::Empty);
    }

    #[test]
    fn end_of_input_cancels_on_a_line_of_its_own() {
        let (mut ui, stderr) = Ui::scripted("x\n", 80);
        let err = choice(&mut ui).unwrap_err();
        assert_eq!(err.to_string(), "check-in cancelled; nothing was recorded");
        assert!(matches!(err, Error::Cancelled(_)));
        assert!(stderr.text().ends_with("A number: \n"), "{:?}", stderr.text());
    }

    #[test]
    fn a_line_comes_as_typed_and_blank_is_empty() {
        let (mut ui, _) = Ui::scripted("  indented, kept \r\n \n", 80);
        assert_eq!(
            ui.prompt_line(Asking::Draft, |_| Ok(())).unwrap(),
            Reply::Given("  indented, kept ".to_owned())
        );
        assert_eq!(ui.prompt_line(Asking::Draft, |_| Ok(())).unwrap(), Reply::Empty);
        assert!(matches!(ui.prompt_line(Asking::Draft, |_| Ok(())), Err(Error::Cancelled(_))));
    }

    #[test]
    fn questions_are_laid_out_at_the_screen_width() {
        let (mut ui, stderr) = Ui::scripted("\n", 40);
        let long = "A question long enough that forty columns cannot hold it on one line";
        ui.prompt_line(Asking::Checkin, |out| text::question(out, long)).unwrap();
        assert!(stderr.text().lines().all(|line| text::columns(line) <= 40), "{}", stderr.text());
    }

    #[test]
    fn what_was_saved_is_named_when_printing_fails() {
        let (mut ui, _) = Ui::scripted("", 80);
        let broken = || io::Error::from(io::ErrorKind::BrokenPipe);
        assert_eq!(ui.unprinted(broken()).to_string(), "broken pipe");
        ui.saved(Saved::Checkin(chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap()));
        ui.hook(&HookEvent::Milestone(crate::views::hooks::MilestoneEvent {
            date: chrono::NaiveDate::MIN,
            days: 7,
            no_contact: crate::schedule::Counter {
                since: chrono::NaiveDate::MIN,
                days: 7,
                longest: 7,
                resets: 0,
            },
        }));
        assert_eq!(
            ui.unprinted(broken()).to_string(),
            "the check-in for 2026-11-24 was saved, but printing what was done failed"
        );
        let hooks = ui.take_hooks();
        assert_eq!(
            (hooks[0].name, hooks[0].what.to_string().as_str()),
            ("on-milestone", "the check-in for 2026-11-24")
        );
        assert_eq!(hooks[0].event["hook"], "on-milestone");
    }
}
