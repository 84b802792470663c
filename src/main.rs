use std::process::ExitCode;

use plan::{cli, commands, error};

// The environment reaches the program here and in clap, nowhere else.
#[allow(clippy::disallowed_methods)]
fn main() -> ExitCode {
    let cli = cli::Cli::read(std::env::args_os().collect(), |name| std::env::var_os(name));
    match commands::run(&cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) if err.is_broken_pipe() => ExitCode::SUCCESS,
        Err(err) => {
            error::report(&err);
            ExitCode::from(err.exit_code())
        }
    }
}
