//! How failures reach the person: the core, the store and the commands
//! return typed failures, and here, in one place, each becomes one `error:`
//! line that names the problem and a `hint:` line with the fix where there
//! is one.

use std::fmt;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::clock::{BadToday, TODAY_VAR};
use crate::i18n::{self, t};
use crate::partner::{DigestProblem, MAX_MESSAGE, MAX_NAME, NameProblem};
use crate::playbook::{BUNDLED, Problems, StepName};
use crate::safety::Reason;
use crate::schedule::Blocked;
use crate::state::{FutureDay, Refusal};
use crate::store::{
    Action, AfterSave, ConfigProblem, FileKind, Folder, KeyHeld, LEGACY_SCHEMA, MAX_PLAYBOOK, MonthProblem,
    PartnerError, ReadError, RecipientProblem, StateProblem, StoreError,
};
use crate::text::visible;
use crate::views::ask::Asking;
use crate::views::confirm::Saved;
use crate::views::export::ImportProblem;
use crate::views::words::{outcome, red_flag};

/// What a command refuses, or fails at, itself (the core's refusals and the
/// store's failures have types of their own): the data to word it here.
#[derive(Debug)]
pub enum CommandError {
    /// `plan done --step STEP X`, where X is no task's number.
    NotATask { target: String },
    /// `plan why` with nothing but spaces.
    EmptyWhy,
    /// `plan if` with a WHEN or THEN of nothing but spaces.
    EmptyIfThen,
    /// `plan if --remove N` with no plan N.
    NoIfThen { number: usize, count: usize },
    /// `plan remind install` or `uninstall`: a `systemctl --user` line failed, saying `said`.
    Systemctl { line: String, said: String },
    /// The path of the running `plan`, for a timer to run, could not be found.
    NoProgramPath(io::Error),
    /// `plan export --remind` with a format other than `ics`.
    RemindNeedsIcs,
    /// `plan assess` with no terminal to ask at, and questions left unanswered.
    Unanswered { missing: Vec<&'static str>, asked: usize },
    /// `plan since DATE` after a day that has a check-in.
    CheckinBefore { recorded: NaiveDate, date: NaiveDate },
    /// `plan log --archived N` with no archived plan N.
    NoArchivedPlan { number: u32, count: usize },
    /// `plan export --archived N --format ics`: an archived plan has nothing coming.
    ArchivedCalendar { number: u32 },
    /// `plan export --output` or `plan report --output` into the plan folder, `dir`.
    OutputInPlanFolder { path: PathBuf, dir: PathBuf },
    /// `plan export --output` to a file that could not be written.
    ExportUnwritable { path: PathBuf, err: io::Error },
    /// `plan import` of a file that is not there.
    ImportMissing { file: PathBuf },
    /// `plan import` of a file that could not be read.
    ImportUnreadable { file: PathBuf, problem: ReadError },
    /// `plan import` of a file that is no export this `plan` reads.
    ImportInvalid { file: PathBuf, problem: ImportProblem },
    /// `plan import` where there is a plan, without `--force`.
    ImportOverPlan { dir: PathBuf },
    /// A playbook named by no bundled id, file or playbook of the person's.
    UnknownPlaybook { name: String },
    /// `plan playbook export` of an id no bundled playbook has.
    NoBundledPlaybook { id: String },
    /// `plan doctor` found problems (each is said above it).
    DoctorFound { problems: usize },
    /// The report could not be written out.
    ReportUnwritten(std::fmt::Error),
    /// The report could not be written to the file `shown`.
    ReportUnwritable { shown: String, err: io::Error },
    /// `plan playbook export` could not write the playbook.
    PlaybookUnwritten(io::Error),
    /// `--output FILE` where something other than a regular file is.
    OutputNotAFile { path: PathBuf, what: FileKind },
    /// `plan checkin` with nothing to record and nobody at a terminal to ask.
    NothingToRecord,
    /// `--note -` with no note on standard input that can be kept.
    NoteUnreadable { why: NoteProblem },
}

/// Why `--note -` read no note.
#[derive(Debug)]
pub enum NoteProblem {
    /// More than this many bytes.
    TooLong(u64),
    /// Not UTF-8 text, or stdin could not be read.
    Io(io::Error),
}

impl fmt::Display for CommandError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            CommandError::NotATask { target } => t!("error-not-a-task", target = target.as_str()),
            CommandError::EmptyWhy => t!("error-empty-why"),
            CommandError::EmptyIfThen => t!("error-empty-if-then"),
            CommandError::NoIfThen { number, count } => {
                t!("error-no-if-then", number = *number, count = *count)
            }
            CommandError::Systemctl { line, said } if said.is_empty() => {
                t!("error-systemctl-failed", line = line.as_str())
            }
            CommandError::Systemctl { line, said } => {
                t!("error-systemctl-said", line = line.as_str(), said = visible(said))
            }
            CommandError::NoProgramPath(err) => t!("error-no-program-path", err = err.to_string()),
            CommandError::RemindNeedsIcs => t!("error-remind-needs-ics"),
            CommandError::Unanswered { missing, asked } => {
                t!("error-unanswered", missing = missing.len(), asked = *asked, ids = missing.join(", "))
            }
            CommandError::CheckinBefore { recorded, date } => {
                t!("error-checkin-before", recorded = recorded.to_string(), date = date.to_string())
            }
            CommandError::NoArchivedPlan { number, count } => {
                t!("error-no-archived-plan", number = *number, count = *count)
            }
            CommandError::ArchivedCalendar { number } => t!("error-archived-calendar", number = *number),
            CommandError::OutputInPlanFolder { path, dir } => {
                t!("error-output-in-plan-folder", path = shown(path), dir = shown(dir))
            }
            CommandError::ExportUnwritable { path, err } => {
                t!("error-export-unwritable", path = shown(path), err = err.to_string())
            }
            CommandError::ImportMissing { file } => t!("error-import-missing", file = shown(file)),
            CommandError::ImportUnreadable { file, problem } => {
                t!("error-import-unreadable", file = shown(file), problem = problem.to_string())
            }
            CommandError::ImportInvalid { file, problem } => {
                t!("error-import-invalid", file = shown(file), problem = problem.to_string())
            }
            CommandError::ImportOverPlan { dir } => t!("error-import-over-plan", dir = shown(dir)),
            CommandError::UnknownPlaybook { name } => t!("error-unknown-playbook", name = name.as_str()),
            CommandError::NoBundledPlaybook { id } => t!("error-no-bundled-playbook", id = id.as_str()),
            CommandError::DoctorFound { problems } => t!("error-doctor-found", problems = *problems),
            CommandError::ReportUnwritten(_) => t!("error-report-unwritten"),
            CommandError::ReportUnwritable { shown, .. } => {
                t!("error-report-unwritable", shown = shown.as_str())
            }
            CommandError::PlaybookUnwritten(_) => t!("error-playbook-unwritten"),
            CommandError::OutputNotAFile { path, what } => {
                t!("error-output-not-a-file", path = shown(path), what = what.to_string())
            }
            CommandError::NothingToRecord => t!("error-nothing-to-record"),
            CommandError::NoteUnreadable { why: NoteProblem::TooLong(limit) } => {
                t!("error-note-too-long", kib = limit / 1024)
            }
            CommandError::NoteUnreadable { why: NoteProblem::Io(err) } => {
                t!("error-note-unreadable", err = err.to_string())
            }
        };
        f.write_str(&text)
    }
}

impl std::error::Error for CommandError {
    /// The cause, for the few that do not say it themselves: `{:#}` adds it
    /// after a colon, and a broken pipe is found in it.
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            CommandError::ReportUnwritten(err) => Some(err),
            CommandError::ReportUnwritable { err, .. } | CommandError::PlaybookUnwritten(err) => Some(err),
            _ => None,
        }
    }
}

fn command_hint(err: &CommandError) -> Option<String> {
    let bundled = || BUNDLED.iter().map(|(id, _)| *id).collect::<Vec<&str>>().join(", ");
    let hint = match err {
        CommandError::NotATask { .. } => t!("error-not-a-task-hint"),
        CommandError::EmptyWhy => t!("error-empty-why-hint"),
        CommandError::EmptyIfThen => t!("error-empty-if-then-hint"),
        CommandError::NoIfThen { .. } => t!("error-no-if-then-hint"),
        CommandError::Systemctl { .. } => t!("error-systemctl-hint"),
        CommandError::NoProgramPath(_) => t!("error-no-program-path-hint"),
        CommandError::RemindNeedsIcs => t!("error-remind-needs-ics-hint"),
        CommandError::Unanswered { .. } => t!("error-unanswered-hint"),
        CommandError::CheckinBefore { recorded, .. } => {
            t!("error-checkin-before-hint", recorded = recorded.to_string())
        }
        CommandError::NoArchivedPlan { .. } => t!("error-no-archived-plan-hint"),
        CommandError::ArchivedCalendar { number } => t!("error-archived-calendar-hint", number = *number),
        CommandError::OutputInPlanFolder { .. } => t!("error-output-in-plan-folder-hint"),
        CommandError::ExportUnwritable { .. } => t!("error-export-unwritable-hint"),
        CommandError::ImportMissing { .. } => t!("error-import-missing-hint"),
        CommandError::ImportUnreadable { .. } => t!("error-import-unreadable-hint"),
        CommandError::ImportInvalid { problem, .. } => import_hint(problem),
        CommandError::ImportOverPlan { .. } => t!("error-import-over-plan-hint"),
        CommandError::UnknownPlaybook { .. } => t!("error-unknown-playbook-hint", bundled = bundled()),
        CommandError::NoBundledPlaybook { .. } => t!("error-no-bundled-playbook-hint", bundled = bundled()),
        CommandError::OutputNotAFile { .. } => t!("error-output-not-a-file-hint"),
        CommandError::NothingToRecord => t!("error-nothing-to-record-hint"),
        CommandError::NoteUnreadable { .. } => t!("error-note-unreadable-hint"),
        CommandError::DoctorFound { .. }
        | CommandError::ReportUnwritten(_)
        | CommandError::ReportUnwritable { .. }
        | CommandError::PlaybookUnwritten(_) => return None,
    };
    Some(hint)
}

fn import_hint(problem: &ImportProblem) -> String {
    match problem {
        ImportProblem::Empty | ImportProblem::Truncated { .. } | ImportProblem::Malformed(_) => {
            t!("error-import-cut-off-hint")
        }
        ImportProblem::Foreign => t!("error-import-foreign-hint"),
        ImportProblem::Newer(_) => t!("error-import-newer-hint"),
        ImportProblem::Damaged(_) | ImportProblem::Invalid(_) => t!("error-import-damaged-hint"),
    }
}

/// End of input at a question (Ctrl-D): what was being asked for is not recorded.
#[derive(Debug)]
pub struct Cancelled {
    /// What the questions were for.
    pub what: Asking,
}

impl fmt::Display for Cancelled {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&match self.what {
            Asking::Checkin => t!("error-cancelled-checkin"),
            Asking::Start => t!("error-cancelled-start"),
            Asking::ReadinessCheck => t!("error-cancelled-readiness-check"),
            Asking::Draft => t!("error-cancelled-draft"),
            Asking::Sos => t!("error-cancelled-sos"),
        })
    }
}

impl std::error::Error for Cancelled {}

/// Why a command failed: the one error every command returns. Its kind
/// decides the exit code; its words and hints are written here.
#[derive(Debug)]
pub enum Error {
    /// The core refused the change.
    Refused(Refusal),
    /// The plan folder could not be used.
    Store(StoreError),
    /// A command refused, or failed at, something of its own.
    Command(CommandError),
    /// A playbook file with problems, each with its line and column.
    Playbook(Problems),
    /// End of input at a question.
    Cancelled(Cancelled),
    /// Today could not be read (`PLAN_TODAY` is no date).
    Today(BadToday),
    /// A date argument that names no day (`yesterday` of the first day there is).
    Date(String),
    /// Writing the output failed, after `saved` was saved if anything was.
    Output { source: io::Error, saved: Option<Saved> },
    /// A partner, their key or their digest (`plan partner`, `plan sos`).
    Partner(PartnerError),
}

/// The result of a command.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// What kind of failure an [`Error`] is: what the exit code says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The command line asked for something that cannot be: exit 2, as clap's own usage errors.
    Usage,
    /// Anything else: exit 1.
    Failure,
}

impl Error {
    pub fn kind(&self) -> Kind {
        match self {
            Error::Date(_) | Error::Command(CommandError::NothingToRecord) => Kind::Usage,
            _ => Kind::Failure,
        }
    }

    /// The exit code of a run that ends in this error.
    pub fn exit_code(&self) -> u8 {
        match self.kind() {
            Kind::Usage => 2,
            Kind::Failure => 1,
        }
    }

    /// What to do about it, where there is something.
    pub fn hint(&self) -> Option<String> {
        match self {
            Error::Refused(refusal) => Some(refusal_hint(refusal)),
            Error::Store(err) => store_hint_within(err),
            Error::Command(err) => command_hint(err),
            Error::Partner(err) => partner_hint(err),
            Error::Playbook(_)
            | Error::Cancelled(_)
            | Error::Today(_)
            | Error::Date(_)
            | Error::Output { .. } => None,
        }
    }

    /// `plan status | head -1` must end quietly, not with an error.
    pub fn is_broken_pipe(&self) -> bool {
        let io = match self {
            Error::Output { source, .. } => source,
            Error::Command(
                CommandError::PlaybookUnwritten(err)
                | CommandError::ReportUnwritable { err, .. }
                | CommandError::ExportUnwritable { err, .. },
            )
            | Error::Store(StoreError::Io { source: err, .. } | StoreError::Os(err)) => err,
            _ => return false,
        };
        io.kind() == io::ErrorKind::BrokenPipe
    }

    /// A failure to print what a command did, saying what was saved before it.
    pub fn unprinted(source: io::Error, saved: Option<&Saved>) -> Error {
        Error::Output { source, saved: saved.cloned() }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Refused(refusal) => refusal.fmt(f),
            Error::Store(err) => err.fmt(f),
            Error::Command(err) => err.fmt(f),
            Error::Playbook(problems) => problems.fmt(f),
            Error::Cancelled(cancelled) => cancelled.fmt(f),
            Error::Today(BadToday::NotADate(why)) => {
                f.write_str(&t!("error-today-not-a-date", var = TODAY_VAR, why = why.as_str()))
            }
            Error::Today(BadToday::NotText) => f.write_str(&t!("error-today-not-text", var = TODAY_VAR)),
            Error::Date(message) => f.write_str(message),
            Error::Output { saved: Some(what), .. } => {
                f.write_str(&t!("error-output-unprinted", what = what.to_string()))
            }
            Error::Output { source, saved: None } => source.fmt(f),
            Error::Partner(err) => err.fmt(f),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Refused(_)
            | Error::Today(_)
            | Error::Date(_)
            | Error::Cancelled(_)
            | Error::Playbook(_)
            | Error::Partner(_) => None,
            Error::Store(err) => err.source(),
            Error::Command(err) => err.source(),
            Error::Output { source, saved: Some(_) } => Some(source),
            Error::Output { source, saved: None } => source.source(),
        }
    }
}

impl From<Refusal> for Error {
    fn from(refusal: Refusal) -> Error {
        Error::Refused(refusal)
    }
}

impl From<StoreError> for Error {
    fn from(err: StoreError) -> Error {
        Error::Store(err)
    }
}

impl From<CommandError> for Error {
    fn from(err: CommandError) -> Error {
        Error::Command(err)
    }
}

impl From<Problems> for Error {
    fn from(problems: Problems) -> Error {
        Error::Playbook(problems)
    }
}

impl From<BadToday> for Error {
    fn from(bad: BadToday) -> Error {
        Error::Today(bad)
    }
}

impl From<PartnerError> for Error {
    fn from(err: PartnerError) -> Error {
        match err {
            PartnerError::Store(err) => Error::Store(err),
            err => Error::Partner(err),
        }
    }
}

impl fmt::Display for PartnerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            PartnerError::Store(err) => return err.fmt(f),
            PartnerError::Name { given, problem } => match problem {
                NameProblem::Empty => t!("error-partner-name-empty"),
                NameProblem::TooLong => {
                    t!("error-partner-name-too-long", given = visible(given), max = MAX_NAME)
                }
                NameProblem::Character(c) => {
                    let (given, character) = (visible(given), visible(&c.to_string()).into_owned());
                    t!("error-partner-name-character", given = given, character = character)
                }
            },
            PartnerError::Recipient { given, problem } => match problem {
                RecipientProblem::Secret => t!("error-recipient-secret"),
                RecipientProblem::UnsupportedSsh(kind) => {
                    t!("error-recipient-ssh-type", kind = visible(kind))
                }
                RecipientProblem::RsaSize => t!("error-recipient-rsa-size"),
                RecipientProblem::Invalid => {
                    let shown: String = given.chars().take(40).collect();
                    let more = if given.chars().count() > 40 { "…" } else { "" };
                    t!("error-recipient-invalid", given = format!("{}{more}", visible(&shown)))
                }
            },
            PartnerError::NoSuchPartner { name, .. } => t!("error-no-such-partner", name = visible(name)),
            PartnerError::MessageTooLong { chars } => {
                t!("error-sos-message-too-long", chars = *chars, max = MAX_MESSAGE)
            }
            PartnerError::NoOpenSos => t!("error-no-open-sos"),
            PartnerError::NoIdentity { path } => t!("error-no-identity", path = shown(path)),
            PartnerError::IdentityUnreadable { path, problem }
            | PartnerError::DigestUnreadable { path, problem } => {
                t!("error-file-problem", path = shown(path), problem = problem.to_string())
            }
            PartnerError::NotAnIdentity { path } => t!("error-not-an-identity", path = shown(path)),
            PartnerError::LockedSshKey { path } => t!("error-locked-ssh-key", path = shown(path)),
            PartnerError::OutputTaken { path } => t!("error-identity-output-taken", path = shown(path)),
            PartnerError::NoDigests { dir } => t!("error-no-digests", dir = shown(dir)),
            PartnerError::NotForThisKey { path, key, tried } => {
                t!("error-not-for-this-key", tried = *tried, path = shown(path), key = shown(key))
            }
            PartnerError::NotADigest { path, problem: DigestProblem::NotADigest(what) } => {
                t!("error-not-a-digest", path = shown(path), what = what.as_str())
            }
            PartnerError::NotADigest { path, problem: DigestProblem::Newer(version) } => {
                t!("error-digest-newer", path = shown(path), version = *version)
            }
            PartnerError::SosUnsent { err } => t!("error-sos-unsent", err = err.as_str()),
        };
        f.write_str(&text)
    }
}

fn partner_hint(err: &PartnerError) -> Option<String> {
    let hint = match err {
        PartnerError::Store(err) => return store_hint_within(err),
        PartnerError::Name { .. } => t!("error-partner-name-hint"),
        PartnerError::Recipient { problem: RecipientProblem::Secret, .. } => {
            t!("error-recipient-secret-hint")
        }
        PartnerError::Recipient { .. } => t!("error-recipient-hint"),
        PartnerError::NoSuchPartner { known, .. } if known.is_empty() => t!("error-no-partner-hint"),
        PartnerError::NoSuchPartner { known, .. } => {
            t!("error-no-such-partner-hint", partners = visible(&known.join(", ")).into_owned())
        }
        PartnerError::MessageTooLong { .. } => t!("error-sos-message-too-long-hint"),
        PartnerError::NoOpenSos => t!("error-no-open-sos-hint"),
        PartnerError::NoIdentity { .. } => t!("error-no-identity-hint"),
        PartnerError::IdentityUnreadable { .. } | PartnerError::NotAnIdentity { .. } => {
            t!("error-identity-unreadable-hint")
        }
        PartnerError::LockedSshKey { .. } => t!("error-locked-ssh-key-hint"),
        PartnerError::OutputTaken { .. } => t!("error-identity-output-taken-hint"),
        PartnerError::NoDigests { .. } => t!("error-no-digests-hint"),
        PartnerError::DigestUnreadable { .. } => t!("error-digest-unreadable-hint"),
        PartnerError::NotForThisKey { .. } => t!("error-not-for-this-key-hint"),
        PartnerError::NotADigest { problem: DigestProblem::Newer(_), .. } => t!("error-digest-newer-hint"),
        PartnerError::NotADigest { .. } => t!("error-not-a-digest-hint"),
        PartnerError::SosUnsent { .. } => t!("error-sos-unsent-hint"),
    };
    Some(hint)
}

impl From<Cancelled> for Error {
    fn from(cancelled: Cancelled) -> Error {
        Error::Cancelled(cancelled)
    }
}

/// Writing the output (or a question) failed.
impl From<io::Error> for Error {
    fn from(source: io::Error) -> Error {
        Error::Output { source, saved: None }
    }
}

/// The hint of a store error, or else of the error inside it.
fn store_hint_within(err: &StoreError) -> Option<String> {
    match err {
        StoreError::FromBackup { source, .. } => store_hint(err).or_else(|| store_hint_within(source)),
        err => store_hint(err),
    }
}

/// The error as one line, its causes joined as `error: cause: cause`, and its hint.
pub fn describe(err: &Error) -> (String, Option<String>) {
    (crate::text::causes(err), err.hint())
}

/// Print the error, with anything from a file or the person made harmless.
#[allow(clippy::disallowed_methods)]
pub fn report(err: &Error) {
    let (message, hint) = describe(err);
    let stderr = io::stderr();
    // On a terminal, fitted to its width; in a pipe, one line each, whole,
    // for scripts and logs.
    let width = terminal_size::terminal_size_of(&stderr).map(|(width, _)| usize::from(width.0).max(40));
    let mut stderr = stderr.lock();
    let _ = write_lines(&mut stderr, &t!("error-line", message = visible(&message)), width);
    if let Some(hint) = hint {
        let _ = write_lines(&mut stderr, &t!("error-hint-line", hint = visible(&hint)), width);
    }
}

/// A warning on stderr, `warning: TEXT`, in the person's language: for the
/// views that say one while a command runs (`views::doctor`).
pub fn warning_line(text: &str) -> String {
    t!("error-warning-line", text = text)
}

/// A note on stderr, `note: TEXT`, as [`warning_line`].
pub fn note_line(text: &str) -> String {
    t!("error-note-line", text = text)
}

/// `line`, wrapped to `width` with its continuation indented, or whole.
fn write_lines(out: &mut impl Write, line: &str, width: Option<usize>) -> io::Result<()> {
    let Some(width) = width else { return writeln!(out, "{line}") };
    let options = textwrap::Options::new(width)
        .subsequent_indent("  ")
        .word_separator(textwrap::WordSeparator::AsciiSpace)
        .word_splitter(textwrap::WordSplitter::NoHyphenation);
    for part in textwrap::wrap(line, &options) {
        writeln!(out, "{part}")?;
    }
    Ok(())
}

impl fmt::Display for StepName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (number, title, id) = (self.number(), self.title.as_str(), self.id.to_string());
        f.write_str(&t!("error-step-name", number = number, title = title, id = id))
    }
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            Refusal::InFuture { what: FutureDay::Checkin, date, today } => {
                t!("error-date-in-future", date = date.to_string(), today = today.to_string())
            }
            Refusal::InFuture { what: FutureDay::StartSince, date, today } => {
                t!("error-since-in-future", date = date.to_string(), today = today.to_string())
            }
            Refusal::InFuture { what: FutureDay::LastContact, date, today } => {
                t!("error-last-contact-in-future", date = date.to_string(), today = today.to_string())
            }
            Refusal::DateBeforeStart { date, started } => {
                t!("error-date-before-start", date = date.to_string(), started = started.to_string())
            }
            Refusal::NoSuchTask { step, number, tasks } => {
                t!("error-no-such-task", step = step.to_string(), number = *number, tasks = *tasks)
            }
            Refusal::NoSuchStep { playbook, step } => {
                t!("error-no-such-step", playbook = playbook.as_str(), step = step.as_str())
            }
            Refusal::AllDone => t!("error-all-done"),
            Refusal::StepBlocked { step, why: Blocked::AlreadyDone } => {
                t!("error-step-already-done", step = step.to_string())
            }
            Refusal::StepBlocked { step, why: Blocked::Gate { needed, days, until } } => {
                let (step, until) = (step.to_string(), until.to_string());
                t!("error-step-gate", step = step, needed = *needed, days = *days, until = until)
            }
            Refusal::StepBlocked { step, why: Blocked::Waiting(waiting) } => {
                let names: Vec<String> = waiting.iter().map(ToString::to_string).collect();
                let (step, count) = (step.to_string(), waiting.len());
                t!("error-step-waiting", step = step, waiting = join_and(&names), count = count)
            }
            Refusal::Ended(ended) => {
                t!("error-plan-ended", date = ended.date.to_string(), outcome = outcome(ended.outcome))
            }
            Refusal::SetAside { step, safety } => {
                let (step, date, named) =
                    (step.to_string(), safety.date.to_string(), red_flag(safety.reason));
                t!("error-step-set-aside", step = step, date = date, named = named)
            }
            Refusal::NotPlanned { safety: Some(safety) } => {
                let (date, named) = (safety.date.to_string(), red_flag(safety.reason));
                t!("error-not-planned-safety", date = date, named = named)
            }
            Refusal::NotPlanned { safety: None } => t!("error-not-planned"),
            Refusal::SamePlaybook(id) => t!("error-same-playbook", id = id.as_str()),
        };
        f.write_str(&text)
    }
}

fn refusal_hint(refusal: &Refusal) -> String {
    match refusal {
        Refusal::InFuture { what: FutureDay::Checkin, .. } => t!("error-date-in-future-hint"),
        Refusal::InFuture { what: FutureDay::StartSince, .. } => t!("error-since-in-future-hint"),
        Refusal::InFuture { what: FutureDay::LastContact, .. } => t!("error-last-contact-in-future-hint"),
        Refusal::DateBeforeStart { .. } => t!("error-date-before-start-hint"),
        Refusal::NoSuchTask { .. } => t!("error-no-such-task-hint"),
        Refusal::NoSuchStep { .. } => t!("error-no-such-step-hint"),
        Refusal::AllDone => t!("error-all-done-hint"),
        Refusal::StepBlocked { why: Blocked::AlreadyDone, .. } => t!("error-step-already-done-hint"),
        Refusal::StepBlocked { why: Blocked::Gate { .. }, .. } => t!("error-step-gate-hint"),
        Refusal::StepBlocked { why: Blocked::Waiting(_), .. } => t!("error-step-waiting-hint"),
        Refusal::Ended(_) => t!("error-plan-ended-hint"),
        Refusal::SetAside { safety, .. } => match safety.reason {
            Reason::Abuse | Reason::Afraid => t!("error-set-aside-unsafe-hint"),
            Reason::TheyAsked => t!("error-set-aside-they-asked-hint"),
            Reason::OwnBehaviour => t!("error-set-aside-own-behaviour-hint"),
        },
        Refusal::NotPlanned { .. } => t!("error-not-planned-hint"),
        Refusal::SamePlaybook(_) => t!("error-same-playbook-hint"),
    }
}

/// "a", "a and b", "a, b and c", as the language joins a list.
fn join_and(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => {
            t!("error-list-and", rest = rest.join(&t!("error-list-separator")), last = last.as_str())
        }
    }
}

impl fmt::Display for StateProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&match self {
            StateProblem::Empty => t!("store-problem-empty"),
            StateProblem::Truncated(place) => t!("store-problem-truncated", place = place.as_str()),
            StateProblem::Foreign => t!("store-problem-not-a-state-file"),
            StateProblem::Newer(schema) => {
                t!("store-problem-newer-state", schema = *schema, known = LEGACY_SCHEMA)
            }
            StateProblem::Damaged(place) => t!("store-problem-damaged", place = place.as_str()),
            StateProblem::NoSchema => t!("store-problem-damaged", place = t!("store-problem-no-schema")),
        })
    }
}

impl fmt::Display for MonthProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&match self {
            MonthProblem::Damaged(place) => t!("store-problem-damaged", place = place.as_str()),
            MonthProblem::Newer(schema) => t!("store-problem-newer-month", schema = *schema),
            MonthProblem::Foreign => t!("store-problem-not-its-month"),
        })
    }
}

/// What is at a name, in the person's words: "a folder", "a FIFO".
impl fmt::Display for FileKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&match self {
            FileKind::File => t!("store-kind-file"),
            FileKind::Folder => t!("store-kind-folder"),
            FileKind::Link => t!("store-kind-link"),
            FileKind::Fifo => t!("store-kind-fifo"),
            FileKind::Socket => t!("store-kind-socket"),
            FileKind::Device => t!("store-kind-device"),
            FileKind::Other => t!("store-kind-other"),
        })
    }
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&match self {
            ReadError::Missing => t!("store-problem-missing"),
            ReadError::NotAFile(what) => t!("store-problem-not-a-file", what = what.to_string()),
            ReadError::TooLarge(bytes) => t!("store-problem-too-large", bytes = *bytes),
            ReadError::Io(err) => t!("store-problem-unreadable", err = err.to_string()),
        })
    }
}

impl StoreError {
    /// The words of a key this device lacks, or one a race left.
    fn keys_words(&self) -> String {
        match self {
            StoreError::NoKey { held: KeyHeld::Another, .. } => t!("store-no-key-another"),
            StoreError::NoKey { held: KeyHeld::Raced, .. } => t!("store-no-key-raced"),
            StoreError::AnotherKey { path } => t!("store-another-key", path = shown(path)),
            _ => t!("store-no-key"),
        }
    }

    /// The words of a change too large to save, or an encryption stopped part way.
    fn unfinished_words(&self) -> String {
        match self {
            StoreError::TooLarge { what, bytes, limit } => {
                let (mib, limit) = (bytes.div_ceil(1024 * 1024), limit / (1024 * 1024));
                t!("store-too-large", what = what.as_str(), mib = mib, limit = limit)
            }
            _ => t!("store-encrypt-unfinished"),
        }
    }
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            StoreError::NoPlan { dir } => t!("store-no-plan", dir = shown(dir)),
            StoreError::StateMissing { path } => t!("store-state-missing", path = shown(path)),
            StoreError::State { path, problem, .. } => {
                t!("store-file-problem", path = shown(path), problem = problem.to_string())
            }
            StoreError::Unreadable { path, problem } => {
                t!("store-file-problem", path = shown(path), problem = problem.to_string())
            }
            StoreError::Month { path, problem } => {
                t!("store-file-problem", path = shown(path), problem = problem.to_string())
            }
            StoreError::NotAFolder { path, what, .. } => {
                t!("store-not-a-folder", path = shown(path), what = what.to_string())
            }
            StoreError::LockTimeout { path, waited } => {
                // "10 seconds", "0.3 seconds".
                let seconds = (waited.as_secs_f64() * 10.0).round() / 10.0;
                let seconds =
                    if seconds.fract() == 0.0 { format!("{seconds}") } else { i18n::decimal(seconds, 1) };
                t!("store-lock-timeout", path = shown(path), seconds = seconds)
            }
            StoreError::AlreadyAPlan { dir } => t!("store-already-a-plan", dir = shown(dir)),
            StoreError::TooLarge { .. } | StoreError::EncryptUnfinished { .. } => self.unfinished_words(),
            StoreError::NothingToRestore { dir } => t!("store-nothing-to-restore", dir = shown(dir)),
            StoreError::Log { path, what } | StoreError::NewerEvent { path, what } => {
                t!("store-file-problem", path = shown(path), problem = what.as_str())
            }
            StoreError::NewerLayout { path, layout } => {
                t!("store-newer-layout", path = shown(path), layout = *layout, known = 3)
            }
            StoreError::NoKey { .. } | StoreError::AnotherKey { .. } => self.keys_words(),
            StoreError::Config { path, what } => {
                t!("store-file-problem", path = shown(path), problem = config_words(*what))
            }
            StoreError::UnitInTheWay { path } => t!("store-unit-in-the-way", path = shown(path)),
            StoreError::AlreadyEncrypted => t!("store-already-encrypted"),
            StoreError::WrongKey { path } => t!("store-wrong-key", path = shown(path)),
            StoreError::NoKeyHere { path } => t!("store-no-key-here", path = shown(path)),
            StoreError::NotYetMoved => t!("store-not-yet-moved"),
            StoreError::NoBackup { path } => t!("store-no-backup", path = shown(path)),
            StoreError::BackupUnusable { path, problem } => {
                t!("store-backup-unusable", path = shown(path), problem = problem.to_string())
            }
            StoreError::AfterCommit { what, step, .. } => {
                t!("store-after-commit", what = what.as_str(), step = step_words(*step))
            }
            StoreError::Playbook { path, problem: ReadError::TooLarge(bytes) } => {
                t!("store-playbook-too-large", path = shown(path), bytes = *bytes, kib = MAX_PLAYBOOK / 1024)
            }
            StoreError::Playbook { path, problem: ReadError::Missing } => {
                t!("store-playbook-missing", path = shown(path))
            }
            StoreError::Playbook { path, problem } => {
                t!("store-playbook-unreadable", path = shown(path), problem = problem.to_string())
            }
            StoreError::PlaybookNotText { path, .. } => t!("store-playbook-not-text", path = shown(path)),
            StoreError::NoFolder(Folder::Data) => t!("store-no-data-folder"),
            StoreError::NoFolder(Folder::Config) => t!("store-no-config-folder"),
            StoreError::NoFolder(Folder::Cache) => t!("store-no-cache-folder"),
            // The system's own words follow, as the error's source.
            StoreError::Io { action, path, .. } => action_words(*action, &shown(path)),
            StoreError::Os(err) => return write!(f, "{err}"),
            StoreError::KeepAside { finishing: true, .. } => t!("store-keep-aside-finishing"),
            StoreError::KeepAside { finishing: false, .. } => t!("store-keep-aside"),
            StoreError::MarkEncrypted { .. } => t!("store-mark-encrypted"),
            StoreError::FromBackup { log, .. } => t!("store-from-backup", log = log.as_str()),
        };
        f.write_str(&text)
    }
}

/// "could not write /p/head": what the store was doing to `path` when the system failed it.
fn action_words(action: Action, path: &str) -> String {
    match action {
        Action::List => t!("store-could-not-list", path = path),
        Action::LookAt => t!("store-could-not-look-at", path = path),
        Action::Create => t!("store-could-not-create", path = path),
        Action::Open => t!("store-could-not-open", path = path),
        Action::Lock => t!("store-could-not-lock", path = path),
        Action::Write => t!("store-could-not-write", path = path),
        Action::KeepBackup => t!("store-could-not-keep-backup", path = path),
        Action::Encrypt => t!("store-could-not-encrypt", path = path),
        Action::Save => t!("store-could-not-save", path = path),
        Action::SaveKey => t!("store-could-not-save-key", path = path),
        Action::Remove => t!("store-could-not-remove", path = path),
    }
}

/// What failed after a change was saved, in words.
fn step_words(step: AfterSave) -> String {
    match step {
        AfterSave::KeepingBackup => t!("store-step-keeping-backup"),
        AfterSave::Flushing => t!("store-step-flushing"),
        AfterSave::KeepingAside => t!("store-step-keeping-aside"),
    }
}

/// What is wrong with a file in the config folder, in words.
fn config_words(what: ConfigProblem) -> String {
    match what {
        ConfigProblem::NotADeviceFile => t!("store-problem-not-a-device-file"),
        ConfigProblem::NoAgeKey => t!("store-problem-no-age-key"),
        ConfigProblem::NoAgeKeyMarked => t!("store-problem-no-age-key-marked"),
        ConfigProblem::NotAReminderRecord => t!("store-problem-not-a-reminder-record"),
    }
}

/// A path as the person reads it.
fn shown(path: &Path) -> String {
    path.display().to_string()
}

/// How to bring an encrypted plan's key to this device: the end of a hint.
fn bring_the_key() -> String {
    t!("store-bring-the-key")
}

/// The fix for a store failure, where there is one. A failure the system
/// reported has none of its own: the search goes on down the error's causes
/// (the backup that could not be used, say).
fn store_hint(err: &StoreError) -> Option<String> {
    let hint = match err {
        StoreError::NoPlan { .. } => t!("store-no-plan-hint"),
        StoreError::StateMissing { .. } => t!("store-state-missing-hint"),
        StoreError::State { problem: StateProblem::Newer(_), .. }
        | StoreError::BackupUnusable { problem: StateProblem::Newer(_), .. }
        | StoreError::Month { problem: MonthProblem::Newer(_), .. }
        | StoreError::NewerLayout { .. }
        | StoreError::NewerEvent { .. } => t!("store-newer-hint"),
        StoreError::State { backup: Some(backup), .. } => {
            t!("store-state-backup-hint", backup = shown(backup))
        }
        StoreError::State { backup: None, .. } => t!("store-state-no-backup-hint"),
        StoreError::Unreadable { .. } | StoreError::Month { .. } | StoreError::Log { .. } => {
            t!("store-look-hint")
        }
        StoreError::NotAFolder { home: false, .. } => t!("store-not-a-folder-inside-hint"),
        StoreError::NotAFolder { .. } => t!("store-not-a-folder-home-hint"),
        StoreError::LockTimeout { .. } => t!("store-lock-timeout-hint"),
        StoreError::AlreadyAPlan { .. } => t!("store-already-a-plan-hint"),
        StoreError::NothingToRestore { .. } => t!("store-nothing-to-restore-hint"),
        StoreError::TooLarge { .. } => t!("store-too-large-hint"),
        StoreError::NoKey { held: KeyHeld::Nothing, .. } => t!("store-no-key-hint", bring = bring_the_key()),
        StoreError::NoKey { held: KeyHeld::Another, .. } => {
            t!("store-no-key-another-hint", bring = bring_the_key())
        }
        StoreError::NoKey { held: KeyHeld::Raced, .. } => {
            t!("store-no-key-raced-hint", bring = bring_the_key())
        }
        StoreError::AnotherKey { .. } => t!("store-another-key-hint"),
        StoreError::Config { .. } => t!("store-config-hint"),
        StoreError::UnitInTheWay { .. } => t!("store-unit-in-the-way-hint"),
        StoreError::AlreadyEncrypted => t!("store-already-encrypted-hint"),
        StoreError::WrongKey { .. } => t!("store-wrong-key-hint"),
        StoreError::NoKeyHere { .. } => t!("store-no-key-here-hint"),
        StoreError::NotYetMoved => t!("store-not-yet-moved-hint"),
        StoreError::NoBackup { .. } | StoreError::BackupUnusable { .. } => t!("store-no-backup-hint"),
        StoreError::AfterCommit { .. } => t!("store-after-commit-hint"),
        StoreError::Playbook { .. } => t!("store-playbook-hint"),
        StoreError::PlaybookNotText { .. }
        | StoreError::NoFolder(_)
        | StoreError::Io { .. }
        | StoreError::Os(_)
        | StoreError::KeepAside { .. }
        | StoreError::MarkEncrypted { .. }
        | StoreError::FromBackup { .. } => return None,
        StoreError::EncryptUnfinished { .. } => t!("store-encrypt-unfinished-hint"),
    };
    Some(hint)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn warnings_and_notes_are_prefixed() {
        assert_eq!(warning_line("a hook failed"), "warning: a hook failed");
        assert_eq!(note_line("the plan moved"), "note: the plan moved");
    }

    #[test]
    fn lists_read_as_english() {
        let names = |n: &[&str]| n.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        assert_eq!(join_and(&names(&["a"])), "a");
        assert_eq!(join_and(&names(&["a", "b"])), "a and b");
        assert_eq!(join_and(&names(&["a", "b", "c"])), "a, b and c");
    }

    #[test]
    fn a_step_waiting_on_two_says_are() {
        let name = |number, id: &str| crate::playbook::StepName {
            index: crate::playbook::StepIndex::from_number(number).unwrap(),
            title: id.to_uppercase(),
            id: id.into(),
        };
        let why = Blocked::Waiting(vec![name(1, "a"), name(2, "b")]);
        let text = Refusal::StepBlocked { step: name(3, "c"), why }.to_string();
        assert_eq!(
            text,
            "step 3 “C” (`c`) comes after step 1 “A” (`a`) and step 2 “B” (`b`), which are not done yet"
        );
    }

    #[test]
    fn every_typed_failure_has_words_and_a_hint() {
        let err: Error = StoreError::NoPlan { dir: "/p".into() }.into();
        let (message, hint) = describe(&err);
        assert_eq!(message, "no plan yet in /p");
        assert!(hint.unwrap().contains("plan start"));
        let err: Error = Refusal::AllDone.into();
        assert_eq!(describe(&err).1.as_deref(), Some("`plan steps` shows them all"));
    }

    #[test]
    fn a_failure_of_the_system_names_the_file_then_says_what_the_system_said() {
        let err: Error = StoreError::Io {
            action: Action::KeepBackup,
            path: "/p/2026-11.jsonl".into(),
            source: io::Error::other("no space left"),
        }
        .into();
        assert_eq!(
            describe(&err),
            ("could not keep a backup of /p/2026-11.jsonl: no space left".into(), None)
        );
        let err: Error = StoreError::Os(io::Error::other("no space left")).into();
        assert_eq!(describe(&err), ("no space left".into(), None));
        let err: Error = StoreError::Io {
            action: Action::Write,
            path: "/p/head".into(),
            source: io::ErrorKind::BrokenPipe.into(),
        }
        .into();
        assert!(err.is_broken_pipe());
    }

    #[test]
    fn the_stores_typed_problems_read_as_before() {
        let after = StoreError::AfterCommit {
            what: "the check-in".into(),
            step: AfterSave::KeepingAside,
            source: io::Error::other("no space left"),
        };
        assert!(after.to_string().contains("keeping the plan's old files aside"), "{after}");
        let config = StoreError::Config { path: "/c/key.txt".into(), what: ConfigProblem::NoAgeKeyMarked };
        assert_eq!(config.to_string(), "/c/key.txt holds no age key (AGE-SECRET-KEY-1…)");
        assert_eq!(ReadError::NotAFile(FileKind::Link).to_string(), "is a symbolic link, not a regular file");
        assert_eq!(FileKind::Other.to_string(), "something other than a file");
        assert_eq!(StateProblem::NoSchema.to_string(), "is damaged: missing field `schema`");
    }

    #[test]
    fn a_backup_that_cannot_be_used_says_why_with_its_hint() {
        let why = StoreError::Log { path: "/p/plan.jsonl.bak".into(), what: "holds no events".into() };
        let err: Error = StoreError::FromBackup { log: "plan.jsonl".into(), source: Box::new(why) }.into();
        let (message, hint) = describe(&err);
        assert_eq!(
            message,
            "could not put plan.jsonl back from its backup: /p/plan.jsonl.bak holds no events"
        );
        assert_eq!(hint.as_deref(), Some("nothing was changed; `plan doctor` looks at the plan folder"));
    }
}
