//! Running the person's hooks (`hooks/on-checkin` and the rest) after a
//! change is committed and printed. A hook that fails, hangs or is missing
//! never loses or blocks the change: it is stopped after its time limit, and
//! any trouble is a warning.
//!
//! What runs is the file the store opened and checked, through
//! `/proc/self/fd/N`, never the name again. A hook runs in a process group
//! of its own; the time limit holds for the whole group, so a child that
//! outlives the hook (`sleep 30 &`, keeping stderr open) is stopped with it
//! rather than holding up whoever reads `plan`'s output.

use std::fs::File;
use std::io::{self, Write};
use std::os::fd::AsRawFd;
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use rustix::process::{Pid, Signal};

use super::ui::{Pending, Ui};
use crate::store::{Home, Hook};
use crate::views::doctor::{HookTrouble, Warning};

/// Run the hooks the command asked for, in order; any trouble is a warning.
pub fn run_all(home: &Home, ui: &mut Ui, limit: Duration) {
    for hook in ui.take_hooks() {
        match home.hook(hook.name) {
            Hook::Missing => {}
            Hook::NotRunnable(path) => ui.warn(&Warning::HookNotRunnable { path }),
            Hook::Unsafe(path, why) => ui.warn(&Warning::HookUnsafe { path, why }),
            Hook::Ready(path, file) => {
                if let Err(trouble) = run_one(home, &path, file, &hook, limit) {
                    ui.warn(&Warning::HookFailed { path, trouble, what: hook.what });
                }
            }
        }
    }
}

/// Run one hook, the `file` checked, with the event on its stdin; its
/// output goes to stderr, so plan's own output stays as it is.
#[allow(clippy::disallowed_methods)] // the hook writes where plan's warnings go
fn run_one(home: &Home, path: &Path, file: File, hook: &Pending, limit: Duration) -> Result<(), HookTrouble> {
    // The open file is handed on across exec, and run by its number.
    rustix::io::fcntl_setfd(&file, rustix::io::FdFlags::empty())
        .map_err(|err| HookTrouble::Start(err.into()))?;
    let spawned = Command::new(format!("/proc/self/fd/{}", file.as_raw_fd()))
        .arg0(path)
        .current_dir(&home.dir)
        .env("PLAN_HOOK", hook.name)
        .process_group(0)
        .stdin(Stdio::piped())
        .stdout(Stdio::from(io::stderr()))
        .stderr(Stdio::inherit())
        .spawn();
    // Only the hook keeps it open now.
    drop(file);
    let mut child = spawned.map_err(HookTrouble::Start)?;
    let group = Pid::from_child(&child);
    let mut line = serde_json::to_vec(&hook.event).expect("an event serialises");
    line.push(b'\n');
    if let Some(mut stdin) = child.stdin.take() {
        // A hook that never reads must not block plan: write from a thread
        // that ends when the hook does.
        std::thread::spawn(move || {
            let _ = stdin.write_all(&line);
        });
    }
    let started = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if started.elapsed() >= limit => {
                stop(group, &mut child);
                return Err(HookTrouble::Stopped(limit));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(10)),
            Err(err) => {
                stop(group, &mut child);
                return Err(HookTrouble::Wait(err));
            }
        }
    };
    // The hook is done; what it started may not be.
    while group_alive(group) {
        if started.elapsed() >= limit {
            stop(group, &mut child);
            return Err(HookTrouble::LeftRunning(limit));
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    if status.success() { Ok(()) } else { Err(HookTrouble::Failed(status)) }
}

/// Stop every process of the hook's group, and collect the hook.
fn stop(group: Pid, child: &mut Child) {
    let _ = rustix::process::kill_process_group(group, Signal::KILL);
    let _ = child.kill();
    let _ = child.wait();
}

/// Whether any process of the group is still there.
fn group_alive(group: Pid) -> bool {
    !matches!(rustix::process::test_kill_process_group(group), Err(rustix::io::Errno::SRCH))
}
