//! One `match` that sends each command to its handler. Handlers load, call
//! the pure core, save, and render into the buffer they are handed; the
//! buffer reaches stdout only after the handler is done, so no run ever
//! holds the lock while it prints, and a failure to print after a change was
//! committed says that the change was saved.

use std::io::{self, IsTerminal, Write};
use std::time::Duration;

use anyhow::{Context, Result};
use chrono::NaiveDate;
use clap::CommandFactory;

use crate::cli::{Cli, ColorWhen, Command, KeyCommand, PlaybookCommand};
use crate::date::DateArg;
use crate::store::{Home, Notice, Writer};
use crate::{clock, render};

mod archive;
mod assess;
mod calendar;
mod care;
mod checkin;
mod device;
mod doctor;
mod done;
mod export;
mod hooks;
mod log;
mod next;
mod playbook;
mod playbooks;
mod report;
mod start;
mod status;
mod steps;

/// What a command prints, and what it committed before printing it.
pub struct Out {
    buf: Vec<u8>,
    /// The columns human views are laid out in.
    width: usize,
    /// The rows of the terminal stdout is, if it is one.
    height: Option<usize>,
    saved: Option<String>,
    hooks: Vec<hooks::Pending>,
}

impl Out {
    /// Say that `what` ("the check-in for 2026-11-24") is now on disk.
    pub fn saved(&mut self, what: impl Into<String>) {
        self.saved = Some(what.into());
    }

    /// Run hook `name` with `event` once the output is printed. `event`
    /// is a JSON object; its `hook` key is set here.
    pub fn hook(&mut self, name: &'static str, mut event: serde_json::Value) {
        event["hook"] = name.into();
        let what = self.saved.clone().unwrap_or_else(|| "the change".to_owned());
        self.hooks.push(hooks::Pending { name, event, what });
    }
}

impl Out {
    fn new((width, height): (usize, Option<usize>)) -> Out {
        Out { buf: Vec::new(), width, height, saved: None, hooks: Vec::new() }
    }
}

impl render::Screen for Out {
    fn width(&self) -> usize {
        self.width
    }

    fn height(&self) -> Option<usize> {
        self.height
    }
}

impl Write for Out {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.buf.write(bytes)
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

pub fn run(cli: Cli) -> Result<()> {
    let home = Home::locate(cli.home.or_else(plan_home), notify, Duration::from_secs_f64(cli.lock_timeout))?;
    let mut out = Out::new(screen(cli.columns));
    anstream::ColorChoice::write_global(match cli.color {
        ColorWhen::Auto => anstream::ColorChoice::Auto,
        ColorWhen::Always => anstream::ColorChoice::AlwaysAnsi,
        ColorWhen::Never => anstream::ColorChoice::Never,
    });
    let result = match cli.command {
        Some(command) => dispatch(&home, command, &mut out),
        None => bare(&home, &mut out),
    };
    let printed = print(&out.buf);
    if result.is_ok() {
        hooks::run_all(&home, &out.hooks, Duration::from_secs_f64(cli.hook_timeout));
    }
    result?;
    match (printed, out.saved) {
        (Ok(()), _) => Ok(()),
        (Err(err), Some(what)) => {
            Err(err).with_context(|| format!("{what} was saved, but printing what was done failed"))
        }
        (Err(err), None) => Err(err.into()),
    }
}

/// A bare `plan`: the status when there is a plan, else a welcome.
fn bare(home: &Home, out: &mut Out) -> Result<()> {
    if home.has_plan() {
        let args = crate::cli::StatusArgs { json: false, short: false };
        return status::run(home, &args, clock::today()?, out);
    }
    render::welcome(out)?;
    Ok(())
}

fn dispatch(home: &Home, command: Command, out: &mut Out) -> Result<()> {
    match command {
        Command::Start(args) => start::run(home, &args, clock::today()?, out),
        Command::Status(args) => status::run(home, &args, clock::today()?, out),
        Command::Next(args) => next::run(home, &args, clock::today()?, out),
        Command::Checkin(args) => checkin::run(home, args, clock::today()?, out),
        Command::Slip(args) => checkin::slip(home, args, clock::today()?, out),
        Command::Contact(args) => checkin::contact(home, args, clock::today()?, out),
        Command::Done(args) => done::run(home, &args, clock::today()?, out),
        Command::Undo(args) => done::undo(home, &args, out),
        Command::Why(args) => care::why(home, args, clock::today()?, out),
        Command::Urge(args) => care::urge(home, &args, clock::today()?, out),
        Command::Assess(args) => assess::run(home, args, clock::today()?, out),
        Command::Switch(args) => care::switch(home, &args, clock::today()?, out),
        Command::Since(args) => care::since(home, &args, clock::today()?, out),
        Command::End(args) => care::end(home, args, clock::today()?, out),
        Command::Steps(args) => steps::run(home, args.json, clock::today()?, out),
        Command::Log(args) => log::run(home, &args, clock::today()?, out),
        Command::Calendar(args) => calendar::run(home, &args, clock::today()?, out),
        Command::Report(args) => report::run(home, &args, clock::today()?, out),
        Command::Playbooks(args) => playbooks::run(home, args.json, out),
        Command::Playbook(PlaybookCommand::Show { playbook, json }) => {
            playbook::show(home, &playbook, json, out)
        }
        Command::Playbook(PlaybookCommand::Check { path }) => playbook::check(&path, out),
        Command::Playbook(PlaybookCommand::Export { id }) => playbook::export(&id, out),
        Command::Playbook(PlaybookCommand::Schema) => playbook::schema(out),
        Command::Doctor(args) => doctor::run(home, args.restore, out),
        Command::Archive(args) => archive::run(home, args.json, out),
        Command::Device(args) => device::run(home, args, out),
        Command::Encrypt => device::encrypt(home, out),
        Command::Key(KeyCommand::Export) => device::export_key(home, out),
        Command::Key(KeyCommand::Import { file }) => device::import_key(home, &file, out),
        Command::Man => {
            clap_mangen::Man::new(Cli::command()).render(out)?;
            Ok(())
        }
        Command::Completions { shell } => {
            clap_complete::generate(shell, &mut Cli::command(), "plan", out);
            Ok(())
        }
        Command::Export(args) => export::run(home, &args, clock::today()?, out),
        Command::Import(args) => export::import(home, &args, out),
    }
}

/// The day a date argument names, today when there is none.
fn day(arg: Option<DateArg>, today: NaiveDate) -> Result<NaiveDate> {
    arg.map_or(Ok(today), |arg| arg.resolve(today)).map_err(anyhow::Error::msg)
}

/// The plan, held to be changed: refused if `plan end` closed it.
fn open(home: &Home) -> Result<Writer<'_>> {
    let plan = home.writer()?;
    plan.state.check_open()?;
    Ok(plan)
}

/// Print what `out` holds now, before a question at the terminal. Only
/// once the lock is let go.
fn show(out: &mut Out) -> io::Result<()> {
    print(&out.buf)?;
    out.buf.clear();
    Ok(())
}

/// Write to stdout through anstream: the ANSI styles a command wrote reach a
/// terminal, and are stripped in a pipe or a file, or when `NO_COLOR` or
/// `CLICOLOR=0` say so (`CLICOLOR_FORCE` keeps them).
#[allow(clippy::disallowed_methods)]
fn print(bytes: &[u8]) -> io::Result<()> {
    let mut stdout = anstream::AutoStream::auto(io::stdout().lock());
    stdout.write_all(bytes)?;
    stdout.flush()
}

/// Notices from the store go to stderr as they happen.
fn notify(notice: &Notice) {
    let _ = render::notice(&mut stderr(), notice);
}

/// A warning of the command layer, on stderr.
fn warn(text: &str) {
    let _ = render::warning(&mut stderr(), text);
}

/// Stderr as a screen: fitted to the terminal's width as errors are, or in
/// a pipe one whole line each, for scripts and logs.
#[allow(clippy::disallowed_methods)]
fn stderr() -> render::Columns<io::StderrLock<'static>> {
    let stderr = io::stderr();
    let width = terminal_size::terminal_size_of(&stderr)
        .map_or(usize::MAX, |(width, _)| usize::from(width.0).max(40));
    render::Columns { inner: stderr.lock(), width }
}

/// The columns to lay text out in (the terminal's, else `COLUMNS`, else 80;
/// never fewer than 40), and the terminal's rows if stdout is one.
#[allow(clippy::disallowed_methods)]
fn screen(columns: Option<usize>) -> (usize, Option<usize>) {
    let terminal = io::stdout().is_terminal().then(terminal_size::terminal_size).flatten();
    let width = terminal.map(|(width, _)| usize::from(width.0)).or(columns).unwrap_or(80).max(40);
    (width, terminal.map(|(_, height)| usize::from(height.0)))
}

/// `PLAN_HOME`, when `--home` is not given. Read here rather than by clap,
/// whose usage lines would otherwise show `--home <DIR>` as if it were
/// required whenever the variable is set.
#[allow(clippy::disallowed_methods)]
fn plan_home() -> Option<std::path::PathBuf> {
    std::env::var_os("PLAN_HOME").filter(|dir| !dir.is_empty()).map(std::path::PathBuf::from)
}

/// Whether a person is at the keyboard: both stdin and stderr are a terminal.
#[allow(clippy::disallowed_methods)]
fn interactive() -> bool {
    io::stdin().is_terminal() && io::stderr().is_terminal()
}
