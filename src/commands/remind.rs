//! `plan remind`: the daily nudge, run by a timer, and the timer itself
//! (`install`, `uninstall`). No process of `plan` stays running: systemd
//! or cron starts `plan remind`, which prints its line, shows a
//! notification where a desktop is, runs `on-reminder`, and ends. It
//! says nothing once today has a check-in, or once the plan has ended.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use chrono::NaiveTime;

use super::Ctx;
use crate::cli::{RemindArgs, RemindCommand};
use crate::error::{CommandError, Result};
use crate::views::confirm::Saved;
use crate::views::hooks::HookEvent;
use crate::views::remind::{self, Install, UNIT, Uninstalled};

/// How long a notification tool may take before it is left behind.
const NOTIFY_LIMIT: Duration = Duration::from_secs(5);

pub fn run(ctx: &mut Ctx, args: &RemindArgs) -> Result<()> {
    match &args.command {
        None => remind(ctx),
        Some(RemindCommand::Install { at, dry_run }) => install(ctx, *at, *dry_run),
        Some(RemindCommand::Uninstall) => uninstall(ctx),
    }
}

/// The reminder itself: from the cache, like `status`, with no lock.
fn remind(ctx: &mut Ctx) -> Result<()> {
    let today = ctx.today()?;
    let Some(reminder) = remind::reminder(&ctx.home.peek()?, today) else { return Ok(()) };
    remind::render(&mut ctx.ui, &reminder)?;
    notify();
    ctx.ui.hook_after(&HookEvent::Reminder(reminder), Saved::Reminder);
    Ok(())
}

/// A desktop notification where there is a tool for one: `osascript` on
/// macOS, `notify-send` elsewhere. Missing, failing or slow, it is let be:
/// the line is printed all the same, and under a timer with no desktop
/// there is nobody to warn.
fn notify() {
    let (title, body) = remind::notification();
    let mut command = if cfg!(target_os = "macos") {
        let mut command = Command::new("osascript");
        command.args(["-e", &remind::apple_script()]);
        command
    } else {
        let mut command = Command::new("notify-send");
        command.args([title, body.as_str()]);
        command
    };
    let _ = run_briefly(&mut command, NOTIFY_LIMIT);
}

/// Run `command` with nothing in or out, for at most `limit`: whether it ran and succeeded.
fn run_briefly(command: &mut Command, limit: Duration) -> bool {
    let Ok(mut child) = command.stdin(Stdio::null()).stdout(Stdio::null()).stderr(Stdio::null()).spawn()
    else {
        return false;
    };
    let started = Instant::now();
    loop {
        match child.try_wait() {
            Ok(Some(status)) => return status.success(),
            Ok(None) if started.elapsed() < limit => std::thread::sleep(Duration::from_millis(10)),
            _ => {
                let _ = child.kill();
                let _ = child.wait();
                return false;
            }
        }
    }
}

/// `systemctl --user ARGS`, as a line to show.
fn systemctl(args: &[&str]) -> Vec<String> {
    ["systemctl", "--user"].iter().chain(args).map(|&word| word.to_owned()).collect()
}

/// Whether systemd runs for this user: its manager answers.
fn systemd_runs() -> bool {
    run_briefly(Command::new("systemctl").args(["--user", "show-environment"]), Duration::from_secs(10))
}

/// Run a command line, refusing with what it said if it fails.
fn run_line(line: &[String]) -> Result<()> {
    let output = Command::new(&line[0]).args(&line[1..]).stdin(Stdio::null()).output();
    match output {
        Ok(output) if output.status.success() => Ok(()),
        Ok(output) => Err(CommandError::Systemctl {
            line: line.join(" "),
            said: String::from_utf8_lossy(&output.stderr).trim().to_owned(),
        }
        .into()),
        Err(err) => Err(CommandError::Systemctl { line: line.join(" "), said: err.to_string() }.into()),
    }
}

fn install(ctx: &mut Ctx, at: NaiveTime, dry_run: bool) -> Result<()> {
    // A timer for a folder with no plan would only ever fail.
    ctx.home.peek()?;
    let exe = std::env::current_exe().map_err(CommandError::NoProgramPath)?;
    let home = ctx.home.absolute_dir();
    if !systemd_runs() {
        let line = remind::crontab_line(&exe, &home, at);
        if dry_run {
            remind::dry_run(&mut ctx.ui, &Install::Cron { line: &line }, at)?;
        } else {
            remind::cron(&mut ctx.ui, &line)?;
        }
        return Ok(());
    }
    let dir = ctx.home.units_dir()?;
    let files = remind::units(&exe, &home, at);
    let timer = format!("{UNIT}.timer");
    let commands = [systemctl(&["daemon-reload"]), systemctl(&["enable", "--now", &timer])];
    if dry_run {
        remind::dry_run(
            &mut ctx.ui,
            &Install::Systemd { dir: &dir, files: &files, commands: &commands },
            at,
        )?;
        return Ok(());
    }
    let written: Vec<(String, String)> =
        files.iter().map(|file| (file.name.clone(), file.text.clone())).collect();
    let installed = ctx.home.install_units(&written)?;
    for line in &commands {
        if let Err(err) = run_line(line) {
            // Nothing left half done: the files go again.
            let _ = ctx.home.remove_installed(&installed);
            return Err(err);
        }
    }
    ctx.ui.saved(Saved::ReminderInstalled);
    remind::installed(&mut ctx.ui, &dir, &files, at)?;
    Ok(())
}

fn uninstall(ctx: &mut Ctx) -> Result<()> {
    let Some(installed) = ctx.home.reminder_installed()? else {
        remind::uninstalled(&mut ctx.ui, None)?;
        return Ok(());
    };
    let systemd = systemd_runs();
    if systemd {
        run_line(&systemctl(&["disable", "--now", &format!("{UNIT}.timer")]))?;
    }
    let removed = ctx.home.remove_installed(&installed)?;
    if systemd {
        // The files are gone whatever it says; systemd forgets them at its next reload.
        let _ = run_line(&systemctl(&["daemon-reload"]));
    }
    let view = Uninstalled { removed: removed.removed, changed: removed.changed };
    remind::uninstalled(&mut ctx.ui, Some(&view))?;
    Ok(())
}
