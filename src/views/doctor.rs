//! What `plan doctor` found in the plan folder, a line each with the fix
//! under each problem; and the notices (from the store) and warnings (from
//! the commands) said on stderr while a command runs, each handed here as
//! data and worded here.

use std::fmt::{self, Write as _};
use std::io;
use std::path::{Path, PathBuf};
use std::process::ExitStatus;
use std::time::Duration;

use super::confirm::Saved;
use crate::store::{FileState, Finding, Notice, StateProblem, StoreError};
use crate::text::{Screen, fit, plural, shell_quote, shown_path, visible};

/// What `plan doctor` found, a line each, with the fix under each problem.
pub fn render(out: &mut impl Screen, findings: &[Finding]) -> io::Result<()> {
    for finding in findings {
        let (text, fix) = describe_finding(finding);
        if finding.is_problem() {
            writeln!(out, "PROBLEM  {}", visible(&text))?;
            if let Some(fix) = fix {
                // A command to copy: never wrapped.
                writeln!(out, "      fix: {}", visible(&fix))?;
            }
        } else {
            writeln!(out, "ok    {}", visible(&text))?;
        }
    }
    Ok(())
}

fn describe_finding(finding: &Finding) -> (String, Option<String>) {
    match finding {
        Finding::NoFolder { dir } => (format!("no plan folder yet at {}; `plan start` creates it", dir.display()), None),
        Finding::Folder { dir, mode } if !finding.is_problem() => {
            (format!("{} is private ({mode:04o})", dir.display()), None)
        }
        Finding::Folder { dir, mode } => (
            format!("{} is mode {mode:04o}: other users can reach it", dir.display()),
            Some(format!(
                "chmod go-rwx {}   (plan never changes the mode of a folder it did not create)",
                shell_quote(dir)
            )),
        ),
        Finding::NotAFolder { path, what } => (
            format!("{} is {what}, not a real folder", path.display()),
            Some("plan never follows a link inside its folder; move it aside (nothing of the plan's is lost) and the next change makes a new one".into()),
        ),
        Finding::State { path, read, backup_readable } => {
            let fix = match read {
                FileState::Problem(StateProblem::Newer(_)) => {
                    "upgrade plan to open it; nothing here needs repair".to_owned()
                }
                _ if *backup_readable => {
                    "`plan doctor --restore` keeps the damaged file aside and puts the backup back".to_owned()
                }
                _ => "there is no readable backup; keep a copy of the folder before trying anything".to_owned(),
            };
            (describe_file(path, read), Some(fix))
        }
        Finding::Backup { read: FileState::Missing, .. } => {
            ("no backup yet (one is kept from the second change on)".into(), None)
        }
        Finding::Backup { path, read } => {
            (describe_file(path, read), Some("the next change replaces it with a good copy".into()))
        }
        Finding::Months { readable, problems } if problems.is_empty() => {
            (format!("{} readable", plural(*readable as u64, "month file")), None)
        }
        Finding::Months { problems, .. } => {
            let each: Vec<String> = problems.iter().map(ToString::to_string).collect();
            (
                format!("month files: {}", each.join("; ")),
                Some("these check-ins cannot be read; keep a copy of the folder and restore the files from a backup".into()),
            )
        }
        Finding::FileMode { path, mode } => (
            format!("{} is mode {mode:04o}", path.display()),
            Some(format!("chmod 600 {}", shell_quote(path))),
        ),
        Finding::Layout2 => (
            "the plan is in the older layout (state.json); its next change moves it to a log for each device".into(),
            None,
        ),
        Finding::Format { encrypted: false, .. } => ("format readable; the plan is not encrypted".into(), None),
        Finding::Format { key: true, .. } => ("the plan is encrypted, and this device has its key".into(), None),
        Finding::Format { .. } => (
            "the plan is encrypted, and this device has no key for it".into(),
            Some("`plan key export` on a device that opens it, then `plan key import FILE` here".into()),
        ),
        Finding::Device { id, name, own, events, problems, waiting, copies } => {
            let who = if *own { format!("this device ({name})") } else { format!("device {name}") };
            let mut text = format!("{who} [{id}]: {}", plural(*events, "event"));
            if *waiting {
                text.push_str(", some not here yet (a sync in progress?)");
            }
            if *copies > 0 {
                let _ = write!(text, ", {} from a sync engine, merged", plural(*copies as u64, "conflict copy"));
            }
            if problems.is_empty() {
                (text, None)
            } else {
                let each: Vec<String> = problems.iter().map(ToString::to_string).collect();
                let fix = if *own {
                    "`plan doctor --restore` puts each damaged log back from its backup"
                } else {
                    "run `plan doctor` on that device; its files are only ever written there"
                };
                (format!("{text}; {}", each.join("; ")), Some(fix.into()))
            }
        }
        Finding::Migrated { path } => {
            (format!("the older layout's files are kept in {} until the next change", path.display()), None)
        }
        Finding::LogBackup { problem } => (
            format!("backup {problem}"),
            Some("the next change to its log keeps a good copy in its place; until then `plan doctor --restore` cannot use it".into()),
        ),
        Finding::Leftovers { names } if names.is_empty() => ("no leftover files".into(), None),
        Finding::Leftovers { names } => {
            (format!("leftover files: {}", names.join(", ")), Some("the next change removes them".into()))
        }
    }
}

fn describe_file(path: &Path, read: &FileState) -> String {
    let name = path.file_name().map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    match read {
        FileState::Readable { schema, migrated_from: Some(old), checkins } => format!(
            "{name} readable (schema {old}, moved to {schema} at the next change, {})",
            plural(*checkins as u64, "check-in")
        ),
        FileState::Readable { schema, checkins, .. } => {
            format!("{name} readable (schema {schema}, {})", plural(*checkins as u64, "check-in"))
        }
        FileState::Missing => format!("{} is missing", path.display()),
        FileState::Problem(problem) => format!("{} {problem}", path.display()),
        FileState::Unreadable(problem) => format!("{} {problem}", path.display()),
    }
}

/// A line on stderr while a command runs, wrapped to the screen.
pub fn notice(out: &mut impl Screen, notice: &Notice) -> io::Result<()> {
    let line = match notice {
        Notice::Waiting => "waiting for another plan to finish…".to_owned(),
        Notice::NoLocks { dir } => format!(
            "warning: the file system of {} does not support locks; two plans run at once could clash",
            shown_path(dir)
        ),
        Notice::Migrated { kept } => format!(
            "note: the plan now keeps a log for each device (see `plan device`); its old files are in {} until the next change",
            shown_path(kept)
        ),
        Notice::OpenFolder { dir, mode } => format!(
            "warning: other users can reach {} (mode {mode:04o}); `plan doctor` says how to make it private",
            shown_path(dir)
        ),
    };
    fit(out, &line)
}

/// Something a command says on stderr while it runs, without stopping:
/// what it skipped, or what went wrong after its change was saved.
#[derive(Debug)]
pub enum Warning {
    /// `plan key export`: what the key it prints opens.
    KeyExported,
    /// Two of the person's playbooks have one id: `first` is used.
    SameId { shown: String, first: String, id: String },
    /// One of the person's playbooks has problems `plan playbook check` lists.
    PlaybookProblems { shown: String },
    /// One of the person's playbooks was skipped: it could not be read.
    PlaybookSkipped { shown: String, err: StoreError },
    /// `plan playbook check`: a field holds control characters.
    ControlCharacters { path: PathBuf, field: String },
    /// A hook that is not an executable file.
    HookNotRunnable { path: PathBuf },
    /// A hook someone else could have changed (`why`, as the store found it).
    HookUnsafe { path: PathBuf, why: &'static str },
    /// A hook that went wrong, after `what` was saved.
    HookFailed { path: PathBuf, trouble: HookTrouble, what: Saved },
}

/// How a hook went wrong.
#[derive(Debug)]
pub enum HookTrouble {
    /// It could not be started.
    Start(io::Error),
    /// It ended with a failure.
    Failed(ExitStatus),
    /// It ran past its time limit, and was stopped, with all it started.
    Stopped(Duration),
    /// It ended, but what it started ran on past the time limit, and was stopped.
    LeftRunning(Duration),
    /// Waiting for it failed.
    Wait(io::Error),
}

impl fmt::Display for HookTrouble {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HookTrouble::Start(err) => write!(f, "could not start it ({err})"),
            HookTrouble::Failed(status) => write!(f, "it failed ({status})"),
            HookTrouble::Stopped(limit) => write!(
                f,
                "it was still running after {}, and it was stopped with everything it started",
                seconds(*limit)
            ),
            HookTrouble::LeftRunning(limit) => write!(
                f,
                "it finished, but what it started was still running after {}, and was stopped",
                seconds(*limit)
            ),
            HookTrouble::Wait(err) => write!(f, "could not wait for it ({err})"),
        }
    }
}

/// A time limit in words: `5 seconds`, `1 second`, `0.5 seconds`.
fn seconds(limit: Duration) -> String {
    let seconds = limit.as_secs_f64();
    if seconds.fract() == 0.0 {
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let whole = seconds as u64;
        plural(whole, "second")
    } else {
        format!("{seconds} seconds")
    }
}

/// A warning, wrapped to the screen.
pub fn warning(out: &mut impl Screen, warning: &Warning) -> io::Result<()> {
    let text = match warning {
        Warning::KeyExported => "this key opens every note of the plan: keep it out of the synced folder, and delete the copy once imported".to_owned(),
        Warning::SameId { shown, first, id } => {
            format!("{shown} and {first} both have the id `{id}`; {first} is used, so give {shown} an id of its own")
        }
        Warning::PlaybookProblems { shown } => {
            format!("skipping {shown}, which has problems; `plan playbook check {shown}` lists them")
        }
        Warning::PlaybookSkipped { shown, err } => match err {
            StoreError::Playbook { problem, .. } => format!("skipping {shown}: it {problem}"),
            err => format!("skipping {shown}: {}", crate::text::causes(err)),
        },
        Warning::ControlCharacters { path, field } => format!(
            "{}: {field} holds control characters; plan shows them as text (such as ^[), never obeys them",
            path.display()
        ),
        Warning::HookNotRunnable { path } => format!(
            "{} is not an executable file, so it was not run (`chmod u+x` makes it one)",
            path.display()
        ),
        Warning::HookUnsafe { path, why } => format!("{} was not run: {why}", path.display()),
        Warning::HookFailed { path, trouble, what } => {
            format!("{}: {trouble}; {what} was saved all the same", path.display())
        }
    };
    fit(out, &format!("warning: {}", visible(&text)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{Columns, columns};

    /// The screen a test lays text out on.
    fn screen(width: usize) -> Columns<Vec<u8>> {
        Columns { inner: Vec::new(), width }
    }

    #[test]
    fn warnings_wrap_to_the_screen_and_stay_whole_in_a_pipe() {
        let text = "skipping /home/someone/.local/share/plan/plans/mine.toml: it has a step with no summary";
        let skipped = || Warning::PlaybookSkipped {
            shown: "/home/someone/.local/share/plan/plans/mine.toml".into(),
            err: StoreError::Os(std::io::Error::other("it has a step with no summary")),
        };
        let mut narrow = screen(60);
        warning(&mut narrow, &skipped()).unwrap();
        let shown = String::from_utf8(narrow.inner).unwrap();
        assert!(shown.lines().count() > 1 && shown.lines().all(|line| columns(line) <= 60), "{shown}");
        assert!(shown.starts_with("warning: skipping") && shown.lines().nth(1).unwrap().starts_with("  "));
        let mut pipe = screen(usize::MAX);
        warning(&mut pipe, &skipped()).unwrap();
        assert_eq!(String::from_utf8(pipe.inner).unwrap(), format!("warning: {text}\n"));
    }
}
