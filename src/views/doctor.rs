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
use crate::store::{FileState, Finding, KeyHeld, Notice, StateProblem, StoreError};
use crate::text::{Screen, fit, plural, shell_quote, shown_path, visible};

/// Files of an encrypted plan still in plain text.
fn unsealed(paths: &[String]) -> (String, Option<String>) {
    (
        format!(
            "the plan is encrypted, but {} in plain text: {}",
            files_are(paths.len()),
            paths.iter().map(|path| visible(path)).collect::<Vec<_>>().join(", ")
        ),
        Some("`plan encrypt` on a device with the key seals them, or moves a playbook out".into()),
    )
}

/// An encryption stopped part way: `sealed` files sealed, and whether this
/// device has the key to finish it.
fn half_encrypted(sealed: usize, key: bool) -> (String, Option<String>) {
    let fix = if key {
        "run `plan encrypt` again to finish; nothing was lost, and this device opens every file"
    } else {
        "run `plan encrypt` again on the device that holds the key, to finish"
    };
    (
        format!("`plan encrypt` stopped part way: {} sealed, the rest not yet", files_are(sealed)),
        Some(fix.into()),
    )
}

/// "1 file is", "3 files are".
fn files_are(n: usize) -> String {
    if n == 1 { "1 file is".into() } else { format!("{n} files are") }
}

/// A device that wrote a clock far ahead of this one.
fn clock_ahead(id: &crate::event::DeviceId, name: &str, ahead: u64) -> (String, Option<String>) {
    let by = plural(ahead / (24 * 60 * 60 * 1000), "day");
    (
        format!("device {} [{id}] wrote a clock {by} ahead of this one", visible(name)),
        Some("set its date and time right: until then, its edits win over later ones".into()),
    )
}

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
        Finding::Format { .. }
        | Finding::FormatCopies { .. }
        | Finding::Device { .. }
        | Finding::WentBack { .. }
        | Finding::GitConflict { .. }
        | Finding::Plain { .. } => describe_logs(finding),
        Finding::ClockAhead { id, name, ahead } => clock_ahead(id, name, *ahead),
        Finding::Unsealed { paths } => unsealed(paths),
        Finding::HalfEncrypted { sealed, key } => half_encrypted(*sealed, *key),
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

/// What `doctor` found in the logs of layout 3: the key, each device,
/// and what copies, git and going back left there.
fn describe_logs(finding: &Finding) -> (String, Option<String>) {
    match finding {
        Finding::Format { encrypted: false, .. } => ("format readable; the plan is not encrypted".into(), None),
        Finding::Format { key: true, .. } => ("the plan is encrypted, and this device has its key".into(), None),
        Finding::Format { held: Some(KeyHeld::Another), .. } => (
            "the plan is encrypted with another key than the one this device holds".into(),
            Some("`plan key export > plan-key.txt` on a device that opens it, then `plan key import plan-key.txt` here: it takes the place of this device's key".into()),
        ),
        Finding::Format { held: Some(KeyHeld::Raced), .. } => (
            "the plan was encrypted on two devices at once, and it kept the other device's key".into(),
            Some("`plan key export > plan-key.txt` on a device that opens it, then `plan key import plan-key.txt` here: this device keeps both keys and encrypts again with the plan's what was encrypted with its own".into()),
        ),
        Finding::Format { .. } => (
            "the plan is encrypted, and this device has no key for it".into(),
            Some("`plan key export > plan-key.txt` on a device that opens it, then `plan key import plan-key.txt` here".into()),
        ),
        Finding::FormatCopies { names, held } => (
            format!("the format file has conflict copies ({}): `plan encrypt` ran on more than one device at once", names.join(", ")),
            Some(if *held {
                "`plan encrypt` here encrypts every file with the plan's key, and removes them".into()
            } else {
                "on each device that ran it, `plan key import` this plan's key (`plan key export > plan-key.txt` here): it encrypts what it wrote with the plan's key; or bring that device's key here and `plan key import` it".into()
            }),
        ),
        Finding::Device { id, name, own, events, problems, waiting, copies } => {
            let who = if *own { format!("this device ({name})") } else { format!("device {name}") };
            let mut text = format!("{who} [{id}]: {}", plural(*events, "event"));
            if *waiting {
                // A head can come before its log: nothing is damaged, nothing to restore.
                text.push_str(", some saved in its head but not here yet: waiting for a sync to bring them");
            }
            if *copies > 0 {
                let whose = if *own { "this device's" } else { "that device's" };
                let _ = write!(
                    text,
                    ", {} from a sync engine, merged (folded away at {whose} next change)",
                    plural(*copies as u64, "conflict copy")
                );
            }
            if problems.is_empty() {
                (text, None)
            } else {
                let each: Vec<String> = problems.iter().map(ToString::to_string).collect();
                let fix = if problems.iter().any(|problem| matches!(problem, StoreError::AnotherKey { .. })) {
                    "`plan encrypt` ran on two devices at once: bring the other device's key here (`plan key export > plan-key.txt` there), then `plan key import plan-key.txt`"
                } else if *own {
                    "`plan doctor --restore` puts each damaged log back from its backup"
                } else {
                    "run `plan doctor` on that device; its files are only ever written there"
                };
                (format!("{text}; {}", each.join("; ")), Some(fix.into()))
            }
        }
        Finding::WentBack { went, own: true } => (
            format!(
                "this device's files went back to an older copy (restored from a backup, or git's history rewritten?): it had recorded {} events, and the plan folder holds {}; its next event is numbered {}, so no number is used twice",
                went.seen,
                went.here,
                went.seen + 1
            ),
            Some(format!(
                "if a newer copy of devices/{} is kept somewhere (a backup, git's history), put its files beside these, each named NAME.sync-conflict-restored (head.sync-conflict-restored, 2026-11.sync-conflict-restored.jsonl): plan takes in the events they hold",
                went.device
            )),
        ),
        Finding::WentBack { went, own: false } => (
            format!(
                "{}'s files went back to an older copy (restored from a backup, or git's history rewritten?): {} of its events were seen, and the plan folder holds {}",
                device_called(&went.name, &went.device),
                went.seen,
                went.here
            ),
            Some("run `plan doctor` on that device: it says how to bring the rest back, if a newer copy is kept".into()),
        ),
        Finding::GitConflict { id, name, own, files } => {
            let who = if *own { "this device".to_owned() } else { device_called(name, id) };
            (
                format!(
                    "{} of {who} in devices/{id} hold both sides of a git conflict: plan reads both, so nothing is lost",
                    files.join(", ")
                ),
                Some(format!(
                    "finish git's rebase: `git add -A && git rebase --continue`; the next change of {who} writes them clean. Two machines wrote as one device: on the one whose config folder was copied, move device.json (in plan's config folder) aside, and it takes an id of its own at its next run"
                )),
            )
        }
        Finding::Plain { id, own: true, files, .. } => (
            format!("{} of this device [{id}] in plain text, though the plan is encrypted", plural(*files as u64, "file")),
            Some("`plan encrypt` encrypts them now, and so does this device's next change".into()),
        ),
        Finding::Plain { id, name, own: false, files } => (
            format!(
                "{} of {} in plain text, though the plan is encrypted (written there before it heard of it?)",
                plural(*files as u64, "file"),
                device_called(name, id)
            ),
            Some("`plan encrypt` here encrypts them now; `plan key import` on that device does too".into()),
        ),
        _ => unreachable!("the findings of the logs are described above"),
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

/// How a device is named to the person: by its name, else its id.
fn device_called(name: &str, id: &crate::id::DeviceId) -> String {
    if name.trim().is_empty() { format!("device {id}") } else { format!("device {}", visible(name)) }
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
        Notice::WentBack { went, own } => {
            let who = if *own {
                "this device's".to_owned()
            } else {
                format!("{}'s", device_called(&went.name, &went.device))
            };
            format!(
                "warning: {who} files went back to an older copy: {} of its {} events are not here; `plan doctor` says more",
                went.seen - went.here,
                went.seen
            )
        }
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
    /// The partners' digests could not be written after a change (`err`, worded).
    DigestsUnwritten { err: String },
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
        Warning::HookFailed { path, trouble, what: Saved::Reminder } => {
            format!("{}: {trouble}; the reminder was shown all the same", path.display())
        }
        Warning::HookFailed { path, trouble, what } => {
            format!("{}: {trouble}; {what} was saved all the same", path.display())
        }
        Warning::DigestsUnwritten { err } => {
            format!("the partners' digests could not be written ({err}); the change itself was saved")
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
