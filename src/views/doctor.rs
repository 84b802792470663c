//! What `plan doctor` found in the plan folder, a line each with the fix
//! under each problem; and the notices (from the store) and warnings (from
//! the commands) said on stderr while a command runs, each handed here as
//! data and worded here.

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};
use std::process::ExitStatus;
use std::time::Duration;

use super::confirm::Saved;
use crate::i18n::{self, t};
use crate::store::{FileState, Finding, HookRisk, KeyHeld, Notice, StateProblem, StoreError};
use crate::text::{Screen, fit, shell_quote, shown_path, visible};

/// Files of an encrypted plan still in plain text.
fn unsealed(paths: &[String]) -> (String, Option<String>) {
    let shown = paths.iter().map(|path| visible(path)).collect::<Vec<_>>().join(", ");
    (t!("doctor-unsealed", count = paths.len(), paths = shown), Some(t!("doctor-unsealed-fix")))
}

/// An encryption stopped part way: `sealed` files sealed, and whether this
/// device has the key to finish it.
fn half_encrypted(sealed: usize, key: bool) -> (String, Option<String>) {
    let fix = if key { t!("doctor-half-encrypted-fix") } else { t!("doctor-half-encrypted-fix-elsewhere") };
    (t!("doctor-half-encrypted", sealed = sealed), Some(fix))
}

/// A device that wrote a clock far ahead of this one.
fn clock_ahead(id: &crate::event::DeviceId, name: &str, ahead: u64) -> (String, Option<String>) {
    let days = ahead / (24 * 60 * 60 * 1000);
    (
        t!("doctor-clock-ahead", name = visible(name), id = id.to_string(), days = days),
        Some(t!("doctor-clock-ahead-fix")),
    )
}

/// What `plan doctor` found, a line each, with the fix under each problem.
pub fn render(out: &mut impl Screen, findings: &[Finding]) -> io::Result<()> {
    for finding in findings {
        let (text, fix) = describe_finding(finding);
        // One line a finding, whole, so that its path can be copied and
        // searched for; a fix is a command to copy.
        if finding.is_problem() {
            writeln!(out, "{}  {}", t!("doctor-problem"), visible(&text))?;
            if let Some(fix) = fix {
                writeln!(out, "      {} {}", t!("doctor-fix"), visible(&fix))?;
            }
        } else {
            writeln!(out, "{}    {}", t!("doctor-ok"), visible(&text))?;
        }
    }
    Ok(())
}

/// What `plan doctor` says when the language asked for (`tag`, such as
/// `pt_BR.UTF-8`) is not one `plan` speaks: not a problem, a line of note.
pub fn language(out: &mut impl Screen, tag: &str) -> io::Result<()> {
    let tag = tag.split(['.', '@']).next().unwrap_or(tag);
    fit(out, &format!("{}  {}", t!("doctor-note"), t!("doctor-language", tag = visible(tag))))
}

/// A folder's or a file's mode, as `chmod` reads it: `0700`.
fn mode(mode: u32) -> String {
    format!("{mode:04o}")
}

fn describe_finding(finding: &Finding) -> (String, Option<String>) {
    match finding {
        Finding::NoFolder { dir } => (t!("doctor-no-folder", dir = dir.display().to_string()), None),
        Finding::Folder { dir, mode: m } if !finding.is_problem() => {
            (t!("doctor-folder-private", dir = dir.display().to_string(), mode = mode(*m)), None)
        }
        Finding::Folder { dir, mode: m } => (
            t!("doctor-folder-open", dir = dir.display().to_string(), mode = mode(*m)),
            Some(t!("doctor-folder-open-fix", command = format!("chmod go-rwx {}", shell_quote(dir)))),
        ),
        Finding::NotAFolder { path, what } => (
            t!("doctor-not-a-folder", path = path.display().to_string(), what = what.to_string()),
            Some(t!("doctor-not-a-folder-fix")),
        ),
        Finding::State { path, read, backup_readable } => {
            let fix = match read {
                FileState::Problem(StateProblem::Newer(_)) => t!("doctor-state-newer-fix"),
                _ if *backup_readable => t!("doctor-state-restore-fix"),
                _ => t!("doctor-state-no-backup-fix"),
            };
            (describe_file(path, read), Some(fix))
        }
        Finding::Backup { read: FileState::Missing, .. } => (t!("doctor-no-backup"), None),
        Finding::Backup { path, read } => (describe_file(path, read), Some(t!("doctor-backup-fix"))),
        Finding::Months { readable, problems } if problems.is_empty() => {
            (t!("doctor-months-readable", count = *readable), None)
        }
        Finding::Months { problems, .. } => {
            let each: Vec<String> = problems.iter().map(ToString::to_string).collect();
            (t!("doctor-months-problems", problems = each.join("; ")), Some(t!("doctor-months-fix")))
        }
        Finding::FileMode { path, mode: m } => (
            t!("doctor-file-mode", path = path.display().to_string(), mode = mode(*m)),
            Some(format!("chmod 600 {}", shell_quote(path))),
        ),
        Finding::Layout2 => (t!("doctor-layout2"), None),
        Finding::Format { .. }
        | Finding::FormatCopies { .. }
        | Finding::Device { .. }
        | Finding::WentBack { .. }
        | Finding::GitConflict { .. }
        | Finding::Plain { .. } => describe_logs(finding),
        Finding::ClockAhead { id, name, ahead } => clock_ahead(id, name, *ahead),
        Finding::Unsealed { paths } => unsealed(paths),
        Finding::HalfEncrypted { sealed, key } => half_encrypted(*sealed, *key),
        Finding::Migrated { path } => (t!("doctor-migrated", path = path.display().to_string()), None),
        Finding::LogBackup { problem } => {
            (t!("doctor-log-backup", problem = problem.to_string()), Some(t!("doctor-log-backup-fix")))
        }
        Finding::Leftovers { names } if names.is_empty() => (t!("doctor-no-leftovers"), None),
        Finding::Leftovers { names } => {
            (t!("doctor-leftovers", names = names.join(", ")), Some(t!("doctor-leftovers-fix")))
        }
    }
}

/// What `doctor` found in the logs of layout 3: the key, each device,
/// and what copies, git and going back left there.
fn describe_logs(finding: &Finding) -> (String, Option<String>) {
    match finding {
        Finding::Format { encrypted: false, .. } => (t!("doctor-format-plain"), None),
        Finding::Format { key: true, .. } => (t!("doctor-format-key"), None),
        Finding::Format { held: Some(KeyHeld::Another), .. } => {
            (t!("doctor-format-another-key"), Some(t!("doctor-format-another-key-fix")))
        }
        Finding::Format { held: Some(KeyHeld::Raced), .. } => {
            (t!("doctor-format-raced"), Some(t!("doctor-format-raced-fix")))
        }
        Finding::Format { .. } => (t!("doctor-format-no-key"), Some(t!("doctor-format-no-key-fix"))),
        Finding::FormatCopies { names, held } => (
            t!("doctor-format-copies", names = names.join(", ")),
            Some(if *held {
                t!("doctor-format-copies-fix")
            } else {
                t!("doctor-format-copies-fix-elsewhere")
            }),
        ),
        Finding::Device { id, name, own, events, problems, waiting, copies } => {
            // This device, when it has no name, is called so.
            let name = if *own && name.is_empty() { t!("store-device-unnamed") } else { name.clone() };
            let (name, id) = (name.as_str(), id.to_string());
            let mut text = if *own {
                t!("doctor-device-own", name = name, id = id, events = *events)
            } else {
                t!("doctor-device", name = name, id = id, events = *events)
            };
            if *waiting {
                // A head can come before its log: nothing is damaged, nothing to restore.
                text = t!("doctor-device-waiting", device = text);
            }
            if *copies > 0 {
                text = if *own {
                    t!("doctor-device-copies-own", device = text, copies = *copies)
                } else {
                    t!("doctor-device-copies", device = text, copies = *copies)
                };
            }
            if problems.is_empty() {
                (text, None)
            } else {
                let each: Vec<String> = problems.iter().map(ToString::to_string).collect();
                let fix = if problems.iter().any(|problem| matches!(problem, StoreError::AnotherKey { .. })) {
                    t!("doctor-device-another-key-fix")
                } else if *own {
                    t!("doctor-device-restore-fix")
                } else {
                    t!("doctor-device-elsewhere-fix")
                };
                (t!("doctor-device-problems", device = text, problems = each.join("; ")), Some(fix))
            }
        }
        Finding::WentBack { went, own: true } => (
            t!("doctor-went-back-own", seen = went.seen, here = went.here, next = went.seen + 1),
            Some(t!("doctor-went-back-own-fix", device = went.device.to_string())),
        ),
        Finding::WentBack { went, own: false } => {
            let (device, seen, here) = (device_called(&went.name, &went.device), went.seen, went.here);
            (
                t!("doctor-went-back", device = device, seen = seen, here = here),
                Some(t!("doctor-went-back-fix")),
            )
        }
        Finding::GitConflict { id, name, own, files } => {
            let (files, folder) = (files.join(", "), id.to_string());
            if *own {
                (
                    t!("doctor-git-conflict-own", files = files, id = folder),
                    Some(t!("doctor-git-conflict-own-fix")),
                )
            } else {
                let device = device_called(name, id);
                (
                    t!("doctor-git-conflict", files = files, device = device.as_str(), id = folder),
                    Some(t!("doctor-git-conflict-fix", device = device.as_str())),
                )
            }
        }
        Finding::Plain { id, own: true, files, .. } => {
            (t!("doctor-plain-own", files = *files, id = id.to_string()), Some(t!("doctor-plain-own-fix")))
        }
        Finding::Plain { id, name, own: false, files } => (
            t!("doctor-plain", files = *files, device = device_called(name, id)),
            Some(t!("doctor-plain-fix")),
        ),
        _ => unreachable!("the findings of the logs are described above"),
    }
}

fn describe_file(path: &Path, read: &FileState) -> String {
    let name = path.file_name().map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    match read {
        FileState::Readable { schema, migrated_from: Some(old), checkins } => {
            let (old, schema, checkins) = (old.to_string(), schema.to_string(), *checkins);
            t!("doctor-file-migrated", name = name, old = old, schema = schema, checkins = checkins)
        }
        FileState::Readable { schema, checkins, .. } => {
            t!("doctor-file-readable", name = name, schema = schema.to_string(), checkins = *checkins)
        }
        FileState::Missing => t!("doctor-file-missing", path = path.display().to_string()),
        FileState::Problem(problem) => format!("{} {problem}", path.display()),
        FileState::Unreadable(problem) => format!("{} {problem}", path.display()),
    }
}

/// How a device is named to the person: by its name, else its id.
fn device_called(name: &str, id: &crate::id::DeviceId) -> String {
    if name.trim().is_empty() {
        t!("doctor-device-called-id", id = id.to_string())
    } else {
        t!("doctor-device-called", name = visible(name))
    }
}

/// A line on stderr while a command runs, wrapped to the screen.
pub fn notice(out: &mut impl Screen, notice: &Notice) -> io::Result<()> {
    let line = match notice {
        Notice::Waiting => t!("doctor-waiting"),
        Notice::NoLocks { dir } => {
            t!("doctor-warning", text = t!("doctor-no-locks", dir = shown_path(dir)))
        }
        Notice::Migrated { kept } => {
            t!("doctor-note-line", text = t!("doctor-migrated-notice", kept = shown_path(kept)))
        }
        Notice::WentBack { went, own } => {
            let (missing, seen) = (went.seen - went.here, went.seen);
            let text = if *own {
                t!("doctor-went-back-notice-own", missing = missing, seen = seen)
            } else {
                let device = device_called(&went.name, &went.device);
                t!("doctor-went-back-notice", device = device, missing = missing, seen = seen)
            };
            t!("doctor-warning", text = text)
        }
        Notice::OpenFolder { dir, mode: m } => {
            t!("doctor-warning", text = t!("doctor-open-folder", dir = shown_path(dir), mode = mode(*m)))
        }
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
    HookUnsafe { path: PathBuf, why: HookRisk },
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
            HookTrouble::Start(err) => f.write_str(&t!("doctor-hook-start", err = err.to_string())),
            HookTrouble::Failed(status) => {
                f.write_str(&t!("doctor-hook-failed", status = status.to_string()))
            }
            HookTrouble::Stopped(limit) => f.write_str(&t!("doctor-hook-stopped", limit = seconds(*limit))),
            HookTrouble::LeftRunning(limit) => {
                f.write_str(&t!("doctor-hook-left-running", limit = seconds(*limit)))
            }
            HookTrouble::Wait(err) => f.write_str(&t!("doctor-hook-wait", err = err.to_string())),
        }
    }
}

/// A time limit in words: `5 seconds`, `1 second`, `0.5 seconds`.
fn seconds(limit: Duration) -> String {
    let seconds = limit.as_secs_f64();
    if seconds.fract() == 0.0 {
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let whole = seconds as u64;
        t!("count-seconds", n = whole)
    } else {
        // As many digits as it has, written as the language writes them.
        let digits = format!("{seconds}").split_once('.').map_or(0, |(_, fraction)| fraction.len());
        t!("doctor-seconds", seconds = i18n::decimal(seconds, digits))
    }
}

/// A warning, wrapped to the screen.
pub fn warning(out: &mut impl Screen, warning: &Warning) -> io::Result<()> {
    let text = match warning {
        Warning::KeyExported => t!("doctor-key-exported"),
        Warning::SameId { shown, first, id } => {
            t!("doctor-same-id", shown = shown.as_str(), first = first.as_str(), id = id.as_str())
        }
        Warning::PlaybookProblems { shown } => t!("doctor-playbook-problems", shown = shown.as_str()),
        Warning::PlaybookSkipped { shown, err } => match err {
            StoreError::Playbook { problem, .. } => {
                t!("doctor-playbook-skipped-problem", shown = shown.as_str(), problem = problem.to_string())
            }
            err => t!("doctor-playbook-skipped", shown = shown.as_str(), causes = crate::text::causes(err)),
        },
        Warning::ControlCharacters { path, field } => {
            t!("doctor-control-characters", path = path.display().to_string(), field = field.as_str())
        }
        Warning::HookNotRunnable { path } => {
            t!("doctor-hook-not-runnable", path = path.display().to_string())
        }
        Warning::HookUnsafe { path, why } => {
            let why = match why {
                HookRisk::Link => t!("store-hook-link"),
                HookRisk::OtherOwner => t!("store-hook-other-owner"),
                HookRisk::Writable => t!("store-hook-writable"),
            };
            t!("doctor-hook-unsafe", path = path.display().to_string(), why = why)
        }
        Warning::HookFailed { path, trouble, what: Saved::Reminder } => {
            let (path, trouble) = (path.display().to_string(), trouble.to_string());
            t!("doctor-hook-failed-reminder", path = path, trouble = trouble)
        }
        Warning::HookFailed { path, trouble, what } => {
            let (path, trouble, what) = (path.display().to_string(), trouble.to_string(), what.to_string());
            t!("doctor-hook-failed-saved", path = path, trouble = trouble, what = what)
        }
        Warning::DigestsUnwritten { err } => t!("doctor-digests-unwritten", err = err.as_str()),
    };
    fit(out, &t!("doctor-warning", text = visible(&text)))
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
