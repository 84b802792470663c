//! Running the person's hooks (`hooks/on-checkin` and the rest) after a
//! change is committed and printed. A hook that fails, hangs or is missing
//! never loses or blocks the change: it is stopped after its time limit, and
//! any trouble is a warning.

use std::io::{self, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

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
            Hook::Ready(path) => {
                if let Err(trouble) = run_one(home, &path, &hook, limit) {
                    ui.warn(&Warning::HookFailed { path, trouble, what: hook.what });
                }
            }
        }
    }
}

/// Run one hook with the event on its stdin; its output goes to stderr, so
/// plan's own output stays as it is.
#[allow(clippy::disallowed_methods)] // the hook writes where plan's warnings go
fn run_one(home: &Home, path: &Path, hook: &Pending, limit: Duration) -> Result<(), HookTrouble> {
    let mut child = Command::new(path)
        .current_dir(&home.dir)
        .env("PLAN_HOOK", hook.name)
        .stdin(Stdio::piped())
        .stdout(Stdio::from(io::stderr()))
        .stderr(Stdio::inherit())
        .spawn()
        .map_err(HookTrouble::Start)?;
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
    loop {
        match child.try_wait() {
            Ok(Some(status)) if status.success() => return Ok(()),
            Ok(Some(status)) => return Err(HookTrouble::Failed(status)),
            Ok(None) if started.elapsed() >= limit => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(HookTrouble::Stopped(limit));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(10)),
            Err(err) => return Err(HookTrouble::Wait(err)),
        }
    }
}
