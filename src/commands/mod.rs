//! One `match` that sends each command to its handler. Handlers load, call
//! the pure core, render into the writer they are handed, and save.

use std::io::{self, BufWriter, Write};

use anyhow::Result;
use clap::CommandFactory;

use crate::cli::{Cli, Command, PlaybookCommand};
use crate::clock;
use crate::store::Home;

mod checkin;
mod doctor;
mod done;
mod log;
mod next;
mod playbook;
mod playbooks;
mod start;
mod status;
mod steps;

pub fn run(cli: Cli) -> Result<()> {
    let home = Home::locate(cli.home)?;
    let mut out = BufWriter::new(io::stdout().lock());
    match cli.command {
        Command::Start(args) => start::run(&home, &args, clock::today()?, &mut out),
        Command::Status(args) => status::run(&home, &args, clock::today()?, &mut out),
        Command::Next(args) => next::run(&home, args.json, clock::today()?, &mut out),
        Command::Checkin(args) => checkin::run(&home, args, clock::today()?, &mut out),
        Command::Slip(args) => checkin::slip(&home, args, clock::today()?, &mut out),
        Command::Done(args) => done::run(&home, args.target.as_deref(), clock::today()?, &mut out),
        Command::Steps(args) => steps::run(&home, args.json, clock::today()?, &mut out),
        Command::Log(args) => log::run(&home, &args, clock::today()?, &mut out),
        Command::Playbooks(args) => playbooks::run(&home, args.json, &mut out),
        Command::Playbook(PlaybookCommand::Show { playbook, json }) => {
            playbook::show(&home, &playbook, json, &mut out)
        }
        Command::Playbook(PlaybookCommand::Check { path }) => playbook::check(&path, &mut out),
        Command::Playbook(PlaybookCommand::Export { id }) => playbook::export(&id, &mut out),
        Command::Playbook(PlaybookCommand::Schema) => playbook::schema(&mut out),
        Command::Doctor(args) => doctor::run(&home, args.restore, &mut out),
        Command::Completions { shell } => {
            clap_complete::generate(shell, &mut Cli::command(), "plan", &mut out);
            Ok(())
        }
    }?;
    out.flush()?;
    Ok(())
}
