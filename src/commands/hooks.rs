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
use crate::text::plural;

/// Run the hooks the command asked for, in order; any trouble is a warning.
pub fn run_all(home: &Home, ui: &mut Ui, limit: Duration) {
    for hook in ui.take_hooks() {
        match home.hook(hook.name) {
            Hook::Missing => {}
            Hook::NotRunnable(path) => ui.warn(&format!(
                "{} is not an executable file, so it was not run (`chmod u+x` makes it one)",
                path.display()
            )),
            Hook::Unsafe(path, why) => ui.warn(&format!("{} was not run: {why}", path.display())),
            Hook::Ready(path) => {
                if let Err(trouble) = run_one(home, &path, &hook, limit) {
                    ui.warn(&format!("{}: {trouble}; {} was saved all the same", path.display(), hook.what));
                }
            }
        }
    }
}

/// Run one hook with the event on its stdin; its output goes to stderr, so
/// plan's own output stays as it is.
#[allow(clippy::disallowed_methods)] // the hook writes where plan's warnings go
fn run_one(home: &Home, path: &Path, hook: &Pending, limit: Duration) -> Result<(), String> {
    let mut child = Command::new(path)
        .current_dir(&home.dir)
        .env("PLAN_HOOK", hook.name)
        .stdin(Stdio::piped())
        .stdout(Stdio::from(io::stderr()))
        .stderr(Stdio::inherit())
        .spawn()
        .map_err(|err| format!("could not start it ({err})"))?;
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
            Ok(Some(status)) => return Err(format!("it failed ({status})")),
            Ok(None) if started.elapsed() >= limit => {
                let _ = child.kill();
                let _ = child.wait();
                let seconds = limit.as_secs_f64();
                return Err(if seconds.fract() == 0.0 {
                    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
                    let whole = seconds as u64;
                    format!("it was still running after {} and was stopped", plural(whole, "second"))
                } else {
                    format!("it was still running after {seconds} seconds and was stopped")
                });
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(10)),
            Err(err) => return Err(format!("could not wait for it ({err})")),
        }
    }
}
