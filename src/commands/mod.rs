//! The command layer: one `match` that sends each command to its `run`,
//! with the run's [`Ctx`] (the plan folder, the UI and today, each made
//! once). A handler loads, calls the pure core, saves, and hands what
//! happened to a view of [`crate::views`], which words it into the UI: a
//! handler holds data and calls, never a sentence (its own failures are a
//! [`crate::error::CommandError`], worded in `error.rs`). What it prints
//! reaches stdout only once it is done; the lock is let go before that (a
//! held plan borrows the whole `Ctx`, so nothing is printed or asked under
//! it), and a failure to print after a change was committed says that the
//! change was saved.

use std::time::Duration;

use crate::error::Result;

use crate::cli::{Cli, Command, StatusArgs};
use crate::views;

// One file a verb, each with its `run`.
mod archive;
mod assess;
mod calendar;
mod checkin;
mod completions;
mod contact;
mod device;
mod doctor;
mod done;
mod encrypt;
mod end;
mod export;
mod if_then;
mod import;
mod key;
mod log;
mod man;
mod next;
mod partner;
mod playbook;
mod playbooks;
mod remind;
mod report;
mod since;
mod slip;
mod sos;
mod start;
mod stats;
mod status;
mod steps;
mod switch;
mod undo;
mod urge;
mod why;

// What the verbs share.
mod ctx;
mod hooks;
mod library;
mod record;
mod ui;

use ctx::Ctx;

/// Run the command `cli` names, print what it printed, then run its hooks.
pub fn run(cli: &Cli) -> Result<()> {
    let mut ctx = Ctx::new(cli)?;
    let result = match &cli.command {
        Some(command) => dispatch(&mut ctx, command),
        None => bare(&mut ctx),
    };
    // After every change, whatever the command: the partners' digests.
    if ctx.home.digests_due()
        && let Err(err) = partner::write_digests(&ctx)
    {
        ctx.ui.warn(&views::doctor::Warning::DigestsUnwritten { err: format!("{err:#}") });
    }
    let printed = ctx.ui.print();
    if result.is_ok() {
        hooks::run_all(&ctx.home, &mut ctx.ui, Duration::from_secs_f64(cli.hook_timeout));
    }
    result?;
    printed.map_err(|err| ctx.ui.unprinted(err))
}

/// A bare `plan`: the status when there is a plan, else a welcome.
fn bare(ctx: &mut Ctx) -> Result<()> {
    if ctx.home.has_plan() {
        return status::run(ctx, &StatusArgs { json: false, short: false });
    }
    views::status::welcome(&mut ctx.ui)?;
    Ok(())
}

fn dispatch(ctx: &mut Ctx, command: &Command) -> Result<()> {
    match command {
        Command::Start(args) => start::run(ctx, args),
        Command::Status(args) => status::run(ctx, args),
        Command::Next(args) => next::run(ctx, args),
        Command::Checkin(args) => checkin::run(ctx, args),
        Command::Slip(args) => slip::run(ctx, args),
        Command::Contact(args) => contact::run(ctx, args),
        Command::Done(args) => done::run(ctx, args),
        Command::Undo(args) => undo::run(ctx, args),
        Command::Why(args) => why::run(ctx, args),
        Command::Urge(args) => urge::run(ctx, args),
        Command::If(args) => if_then::run(ctx, args),
        Command::Remind(args) => remind::run(ctx, args),
        Command::Assess(args) => assess::run(ctx, args),
        Command::Switch(args) => switch::run(ctx, args),
        Command::Since(args) => since::run(ctx, args),
        Command::End(args) => end::run(ctx, args),
        Command::Steps(args) => steps::run(ctx, args),
        Command::Stats(args) => stats::run(ctx, args),
        Command::Log(args) => log::run(ctx, args),
        Command::Calendar(args) => calendar::run(ctx, args),
        Command::Report(args) => report::run(ctx, args),
        Command::Playbooks(args) => playbooks::run(ctx, args),
        Command::Playbook(command) => playbook::run(ctx, command),
        Command::Doctor(args) => doctor::run(ctx, args),
        Command::Archive(args) => archive::run(ctx, args),
        Command::Device(args) => device::run(ctx, args),
        Command::Encrypt => encrypt::run(ctx, ()),
        Command::Key(command) => key::run(ctx, command),
        Command::Man => man::run(ctx, ()),
        Command::Completions(args) => completions::run(ctx, args),
        Command::Export(args) => export::run(ctx, args),
        Command::Import(args) => import::run(ctx, args),
        Command::Partner(command) => partner::run(ctx, command),
        Command::Sos(args) => sos::run(ctx, args),
    }
}
