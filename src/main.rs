use std::process::ExitCode;

use clap::Parser;

mod cli;
mod clock;
mod commands;
mod error;
mod playbook;
mod render;
mod schedule;
mod state;
mod store;
mod view;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    match commands::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) if error::is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            error::report(&err);
            ExitCode::FAILURE
        }
    }
}
