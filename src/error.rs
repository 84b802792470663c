//! How failures reach the person: the core, the store and the commands
//! return typed failures, and here, in one place, each becomes one `error:`
//! line that names the problem and a `hint:` line with the fix where there
//! is one.

use std::fmt;
use std::io::{self, Write};
use std::path::PathBuf;

use chrono::NaiveDate;

use crate::clock::{BadToday, TODAY_VAR};
use crate::partner::{DigestProblem, MAX_MESSAGE, MAX_NAME, NameProblem};
use crate::playbook::{BUNDLED, Problems, StepName};
use crate::safety::Reason;
use crate::schedule::Blocked;
use crate::state::{FutureDay, Refusal};
use crate::store::{
    Action, Folder, KeyHeld, LEGACY_SCHEMA, MAX_PLAYBOOK, MonthProblem, PartnerError, ReadError,
    RecipientProblem, StateProblem, StoreError,
};
use crate::text::{plural, visible};
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
    OutputNotAFile { path: PathBuf, what: &'static str },
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
        match self {
            CommandError::NotATask { target } => {
                write!(f, "`{target}` is not a task number, and --step already names the step")
            }
            CommandError::EmptyWhy => f.write_str("a why needs some words"),
            CommandError::EmptyIfThen => f.write_str("an if-then plan needs words for both when and then"),
            CommandError::NoIfThen { number, count } => {
                write!(f, "there is no if-then plan {number}; there are {count}")
            }
            CommandError::Systemctl { line, said } if said.is_empty() => write!(f, "`{line}` failed"),
            CommandError::Systemctl { line, said } => write!(f, "`{line}` failed: {}", visible(said)),
            CommandError::NoProgramPath(err) => write!(f, "could not find where plan itself is: {err}"),
            CommandError::RemindNeedsIcs => f.write_str("--remind is for a calendar: `--format ics`"),
            CommandError::Unanswered { missing, asked } => {
                write!(f, "{} of {asked} questions have no answer: {}", missing.len(), missing.join(", "))
            }
            CommandError::CheckinBefore { recorded, date } => {
                write!(f, "{recorded} has a check-in, before {date}")
            }
            CommandError::NoArchivedPlan { number, count } => {
                write!(f, "there is no archived plan {number}; there are {count}")
            }
            CommandError::ArchivedCalendar { number } => {
                write!(f, "archived plan {number} has nothing coming, so it has no calendar to export")
            }
            CommandError::OutputInPlanFolder { path, dir } => write!(
                f,
                "{} is in the plan folder, {}, which only plan itself writes",
                path.display(),
                dir.display()
            ),
            CommandError::ExportUnwritable { path, err } => {
                write!(f, "could not write {}: {err}", path.display())
            }
            CommandError::ImportMissing { file } => {
                write!(f, "could not import {}: there is no such file", file.display())
            }
            CommandError::ImportUnreadable { file, problem } => {
                write!(f, "could not import {}: it {problem}", file.display())
            }
            CommandError::ImportInvalid { file, problem } => {
                write!(f, "could not import {}: {problem}", file.display())
            }
            CommandError::ImportOverPlan { dir } => write!(f, "there is already a plan in {}", dir.display()),
            CommandError::UnknownPlaybook { name } => write!(f, "unknown playbook `{name}`"),
            CommandError::NoBundledPlaybook { id } => write!(f, "no bundled playbook `{id}`"),
            CommandError::DoctorFound { problems } => {
                write!(f, "plan doctor found {}", plural(*problems as u64, "problem"))
            }
            CommandError::ReportUnwritten(_) => f.write_str("could not write the report"),
            CommandError::ReportUnwritable { shown, .. } => {
                write!(f, "could not write the report to {shown}")
            }
            CommandError::PlaybookUnwritten(_) => f.write_str("could not write the playbook"),
            CommandError::OutputNotAFile { path, what } => {
                write!(
                    f,
                    "{} is {what}, and --output writes only a regular file or a new name",
                    path.display()
                )
            }
            CommandError::NothingToRecord => {
                f.write_str("nothing to record: no --mood, --urge, --contact or --note was given")
            }
            CommandError::NoteUnreadable { why: NoteProblem::TooLong(limit) } => {
                write!(f, "the note on standard input is longer than {} KiB", limit / 1024)
            }
            CommandError::NoteUnreadable { why: NoteProblem::Io(err) } => {
                write!(f, "could not read the note from standard input: {err}")
            }
        }
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
        CommandError::NotATask { .. } => {
            "`plan done --step STEP_ID N` ticks task N; `plan done STEP_ID` completes the step".into()
        }
        CommandError::EmptyWhy => "for example `plan why \"I want to feel like myself again\"`".into(),
        CommandError::EmptyIfThen => "for example `plan if \"I want to text them at night\" \"I call Sam\"`".into(),
        CommandError::NoIfThen { .. } => "`plan if` lists them with their numbers".into(),
        CommandError::Systemctl { .. } => "nothing was left installed; `plan remind install --dry-run` shows the files, \
            to install them by hand"
            .into(),
        CommandError::NoProgramPath(_) => "nothing was written; the crontab line of `plan remind install` works without it \
            once you put plan's path in it"
            .into(),
        CommandError::RemindNeedsIcs => "for example `plan export --format ics --remind 20:00 -o plan.ics`".into(),
        CommandError::Unanswered { .. } => "give each as --answer ID=CHOICE (`plan assess --list` shows them), or run `plan assess` at a terminal".into(),
        CommandError::CheckinBefore { recorded, .. } => format!(
            "no contact began on or before your first recorded day: `plan since {recorded}` or earlier"
        ),
        CommandError::NoArchivedPlan { .. } => "`plan archive` lists them with their numbers".into(),
        CommandError::ArchivedCalendar { number } => {
            format!("`plan export --archived {number}` writes it as json, csv or markdown")
        }
        CommandError::OutputInPlanFolder { .. } => {
            "nothing was written; name a file somewhere else, such as your home folder".into()
        }
        CommandError::ExportUnwritable { .. } => {
            "nothing was written there; name a file in a folder you can write to, or leave out --output".into()
        }
        CommandError::ImportMissing { .. } => {
            "give the path of a file that `plan export --format json --output FILE` wrote".into()
        }
        CommandError::ImportUnreadable { .. } => {
            "nothing was changed; give the path of a file that `plan export` wrote".into()
        }
        CommandError::ImportInvalid { problem, .. } => import_hint(problem).into(),
        CommandError::ImportOverPlan { .. } => "`plan status` shows it; `plan import FILE --force` archives it (nothing is deleted) \
             and brings this one back in its place"
            .into(),
        CommandError::UnknownPlaybook { .. } => {
            format!("the bundled ones are {}; `plan playbooks` lists yours too", bundled())
        }
        CommandError::NoBundledPlaybook { .. } => format!("the bundled ones are {}", bundled()),
        CommandError::OutputNotAFile { .. } => {
            "nothing was written, and it was left as it is; name a new file, or `-` for standard output".into()
        }
        CommandError::NothingToRecord => "give what to record, such as `plan checkin --mood 6 --urge 3`; \
             at a terminal, `plan checkin` alone asks for each"
            .into(),
        CommandError::NoteUnreadable { .. } => {
            "nothing was recorded; `--note -` reads the note as text from standard input".into()
        }
        CommandError::DoctorFound { .. }
        | CommandError::ReportUnwritten(_)
        | CommandError::ReportUnwritable { .. }
        | CommandError::PlaybookUnwritten(_) => return None,
    };
    Some(hint)
}

fn import_hint(problem: &ImportProblem) -> &'static str {
    match problem {
        ImportProblem::Empty | ImportProblem::Truncated { .. } | ImportProblem::Malformed(_) => {
            "nothing was changed; the file may have been cut off or changed on the way: \
             export the plan again with `plan export --output FILE`"
        }
        ImportProblem::Foreign => {
            "nothing was changed; `plan import` reads the JSON that `plan export` writes"
        }
        ImportProblem::Newer(_) => "nothing was changed; upgrade plan to import it",
        ImportProblem::Damaged(_) | ImportProblem::Invalid(_) => {
            "nothing was changed; if the file was edited, export the plan again from where it came"
        }
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
        write!(f, "{} cancelled; nothing was recorded", self.what)
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
            Error::Today(BadToday::NotADate(why)) => write!(f, "{TODAY_VAR} is set but is not a date: {why}"),
            Error::Today(BadToday::NotText) => write!(f, "{TODAY_VAR} is not valid text"),
            Error::Date(message) => f.write_str(message),
            Error::Output { saved: Some(what), .. } => {
                write!(f, "{what} was saved, but printing what was done failed")
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
        match self {
            PartnerError::Store(err) => err.fmt(f),
            PartnerError::Name { given, problem } => match problem {
                NameProblem::Empty => f.write_str("a partner needs a name"),
                NameProblem::TooLong => {
                    write!(
                        f,
                        "`{}` is longer than a partner's name can be ({MAX_NAME} characters)",
                        visible(given)
                    )
                }
                NameProblem::Character(c) => write!(
                    f,
                    "`{}` cannot be a partner's name: it names their folder, and `{}` cannot be in it",
                    visible(given),
                    visible(&c.to_string())
                ),
            },
            PartnerError::Recipient { given, problem } => match problem {
                RecipientProblem::Secret => {
                    f.write_str("that is a secret key, not a recipient: never share it")
                }
                RecipientProblem::UnsupportedSsh(kind) => {
                    write!(f, "age cannot encrypt to an SSH key of type `{}`", visible(kind))
                }
                RecipientProblem::RsaSize => {
                    f.write_str("that ssh-rsa key is shorter than 2048 bits, or longer than age takes")
                }
                RecipientProblem::Invalid => {
                    let shown: String = given.chars().take(40).collect();
                    let more = if given.chars().count() > 40 { "…" } else { "" };
                    write!(f, "`{}{more}` is not an age recipient or an SSH public key", visible(&shown))
                }
            },
            PartnerError::NoSuchPartner { name, .. } => write!(f, "no partner called `{}`", visible(name)),
            PartnerError::MessageTooLong { chars } => {
                write!(f, "the message has {chars} characters; an SOS takes at most {MAX_MESSAGE}")
            }
            PartnerError::NoOpenSos => f.write_str("no SOS is open"),
            PartnerError::NoIdentity { path } => write!(f, "no partner key here ({})", path.display()),
            PartnerError::IdentityUnreadable { path, problem }
            | PartnerError::DigestUnreadable { path, problem } => write!(f, "{} {problem}", path.display()),
            PartnerError::NotAnIdentity { path } => {
                write!(f, "{} holds no age key (AGE-SECRET-KEY-1…) and no SSH private key", path.display())
            }
            PartnerError::LockedSshKey { path } => {
                write!(f, "{} is an SSH key with a passphrase, which plan does not ask for", path.display())
            }
            PartnerError::OutputTaken { path } => {
                write!(f, "{} is there already, and holds no age key", path.display())
            }
            PartnerError::NoDigests { dir } => write!(f, "no digest (*.age) in {}", dir.display()),
            PartnerError::NotForThisKey { path, key, tried } => write!(
                f,
                "{} at {} opens with the key {}",
                if *tried == 1 { "no digest".to_owned() } else { format!("none of the {tried} digests") },
                path.display(),
                key.display()
            ),
            PartnerError::NotADigest { path, problem: DigestProblem::NotADigest(what) } => {
                write!(f, "{} is not a partner's digest: {what}", path.display())
            }
            PartnerError::NotADigest { path, problem: DigestProblem::Newer(version) } => {
                write!(f, "{} is a digest of version {version}, from a newer plan", path.display())
            }
            PartnerError::SosUnsent { err } => {
                write!(f, "the SOS was saved, but the partners' digests could not be written: {err}")
            }
        }
    }
}

fn partner_hint(err: &PartnerError) -> Option<String> {
    let hint = match err {
        PartnerError::Store(err) => return store_hint_within(err),
        PartnerError::Name { .. } => "for example `plan partner add sam age1…`".into(),
        PartnerError::Recipient { problem: RecipientProblem::Secret, .. } => {
            "nothing was recorded; ask your friend for the line `plan partner key` printed (age1…), or their \
             SSH public key (the .pub file)"
                .into()
        }
        PartnerError::Recipient { .. } => {
            "nothing was recorded; give the line `plan partner key` printed on \
             your friend's machine (age1…), or an SSH public key (ssh-ed25519 AAAA…), in quotes"
                .into()
        }
        PartnerError::NoSuchPartner { known, .. } if known.is_empty() => {
            "you have no partner; `plan partner add NAME RECIPIENT` adds one".into()
        }
        PartnerError::NoSuchPartner { known, .. } => format!("your partners: {}", visible(&known.join(", "))),
        PartnerError::MessageTooLong { .. } => {
            "nothing was recorded; keep it to a line, such as \"please call me\"".into()
        }
        PartnerError::NoOpenSos => "`plan sos` sends one".into(),
        PartnerError::NoIdentity { .. } => {
            "`plan partner key` makes one; or give the key the digest is for with --identity KEY".into()
        }
        PartnerError::IdentityUnreadable { .. } | PartnerError::NotAnIdentity { .. } => {
            "give the file `plan partner key` wrote, or your SSH private key, with --identity".into()
        }
        PartnerError::LockedSshKey { .. } => {
            "decrypt it with `age -d -i KEY FILE > digest.json`, then `plan partner view digest.json`".into()
        }
        PartnerError::OutputTaken { .. } => "nothing was written; name a new file".into(),
        PartnerError::NoDigests { .. } => {
            "give their folder, partners/NAME/, as it arrived from their sync, or one .age file in it".into()
        }
        PartnerError::DigestUnreadable { .. } => "give a digest file, or the folder that holds them".into(),
        PartnerError::NotForThisKey { .. } => {
            "it was encrypted to another key: give the key whose recipient \
             you sent them with --identity KEY"
                .into()
        }
        PartnerError::NotADigest { problem: DigestProblem::Newer(_), .. } => "upgrade plan to read it".into(),
        PartnerError::NotADigest { .. } => {
            "it may have been cut short on the way; wait for the next sync".into()
        }
        PartnerError::SosUnsent { .. } => {
            "nothing has reached your partners yet: if you need someone now, call them".into()
        }
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
    let _ = write_lines(&mut stderr, &format!("error: {}", visible(&message)), width);
    if let Some(hint) = hint {
        let _ = write_lines(&mut stderr, &format!("hint: {}", visible(&hint)), width);
    }
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
        write!(f, "step {} “{}” (`{}`)", self.number(), self.title, self.id)
    }
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Refusal::InFuture { what: FutureDay::Checkin, date, today } => {
                write!(f, "{date} is in the future (today is {today})")
            }
            Refusal::InFuture { what: FutureDay::StartSince, date, today } => {
                write!(f, "--since {date} is in the future (today is {today})")
            }
            Refusal::InFuture { what: FutureDay::LastContact, date, today } => {
                write!(f, "the day of last contact cannot be in the future: {date} is after today ({today})")
            }
            Refusal::DateBeforeStart { date, started } => {
                write!(f, "{date} is before the plan's first day ({started})")
            }
            Refusal::NoSuchTask { step, number, tasks } => {
                let range = match tasks {
                    0 => "it has no tasks".to_owned(),
                    1 => "it has task 1 only".to_owned(),
                    n => format!("its tasks are 1 to {n}"),
                };
                write!(f, "{step} has no task {number}; {range}")
            }
            Refusal::NoSuchStep { playbook, step } => {
                write!(f, "the playbook `{playbook}` has no step `{step}`")
            }
            Refusal::AllDone => f.write_str("every step is already done"),
            Refusal::StepBlocked { step, why: Blocked::AlreadyDone } => {
                write!(f, "{step} is already done")
            }
            Refusal::StepBlocked { step, why: Blocked::Gate { needed, days, until } } => write!(
                f,
                "{step} needs {} of no contact; you are at {days}, so it opens on {until}",
                plural(*needed, "day")
            ),
            Refusal::StepBlocked { step, why: Blocked::Waiting(waiting) } => {
                let names: Vec<String> = waiting.iter().map(ToString::to_string).collect();
                let verb = if waiting.len() == 1 { "is" } else { "are" };
                write!(f, "{step} comes after {}, which {verb} not done yet", join_and(&names))
            }
            Refusal::Ended(ended) => write!(
                f,
                "this plan ended on {} ({}); it is kept as it was",
                ended.date,
                outcome(ended.outcome)
            ),
            Refusal::SetAside { step, safety } => write!(
                f,
                "{step} leads toward contact, and your readiness check on {} {}",
                safety.date,
                red_flag(safety.reason)
            ),
            Refusal::NotPlanned { safety: Some(safety) } => write!(
                f,
                "no contact is planned: your readiness check on {} {}",
                safety.date,
                red_flag(safety.reason)
            ),
            Refusal::NotPlanned { safety: None } => {
                f.write_str("no step of your plan calls for contact now, so none is planned")
            }
            Refusal::SamePlaybook(id) => write!(f, "the plan already follows `{id}`"),
        }
    }
}

fn refusal_hint(refusal: &Refusal) -> String {
    let hint = match refusal {
        Refusal::InFuture { what: FutureDay::Checkin, .. } => {
            "record a day once it has happened; PLAN_TODAY sets today for back-filling"
        }
        Refusal::InFuture { what: FutureDay::StartSince, .. } => "--since is the day of your last contact",
        Refusal::InFuture { what: FutureDay::LastContact, .. } => {
            "give a day that has happened, as YYYY-MM-DD"
        }
        Refusal::DateBeforeStart { .. } => {
            "if no contact began earlier, `plan since DATE` moves the plan's first day back"
        }
        Refusal::NoSuchTask { .. } => "`plan next` lists the tasks with their numbers",
        Refusal::NoSuchStep { .. } => "`plan steps` lists every step with its number and id",
        Refusal::AllDone => "`plan steps` shows them all",
        Refusal::StepBlocked { why: Blocked::AlreadyDone, .. } => {
            "`plan steps` shows where every step stands"
        }
        Refusal::StepBlocked { why: Blocked::Gate { .. }, .. } => {
            "keep going: `plan next` shows what to do in the meantime"
        }
        Refusal::StepBlocked { why: Blocked::Waiting(_), .. } => "`plan steps` shows which steps are current",
        Refusal::Ended(_) => "`plan start` begins a new plan and archives this one, whole",
        Refusal::SetAside { safety, .. } => match safety.reason {
            Reason::Abuse | Reason::Afraid => {
                "your safety comes first: `plan next` shows where help is, and `plan switch move-on` is a path for letting go"
            }
            Reason::TheyAsked => {
                "their answer stands: `plan switch move-on` is a path for letting go; if they ask for contact themselves, `plan assess` again"
            }
            Reason::OwnBehaviour => {
                "the way forward is no contact, and help to change: `plan next` shows where to find it"
            }
        },
        Refusal::NotPlanned { .. } => {
            "record what happened as it was: `plan contact --help` lists the kinds, and which ones start the count again"
        }
        Refusal::SamePlaybook(_) => "`plan playbooks` lists the others",
    };
    hint.to_owned()
}

/// "a", "a and b", "a, b and c".
fn join_and(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

impl fmt::Display for StateProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StateProblem::Empty => f.write_str("is empty"),
            StateProblem::Truncated(place) => write!(f, "is truncated: {place}"),
            StateProblem::Foreign => f.write_str("is not a plan state file"),
            StateProblem::Newer(schema) => {
                write!(
                    f,
                    "was written by a newer plan (state schema {schema}; this one reads up to {LEGACY_SCHEMA})"
                )
            }
            StateProblem::Damaged(place) => write!(f, "is damaged: {place}"),
        }
    }
}

impl fmt::Display for MonthProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MonthProblem::Damaged(place) => write!(f, "is damaged: {place}"),
            MonthProblem::Newer(schema) => {
                write!(f, "was written by a newer plan (check-ins schema {schema})")
            }
            MonthProblem::Foreign => f.write_str("does not hold the month of check-ins its name says"),
        }
    }
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadError::Missing => f.write_str("is missing"),
            ReadError::NotAFile(what) => write!(f, "is {what}, not a regular file"),
            ReadError::TooLarge(bytes) => write!(f, "is {bytes} bytes, far more than plan ever writes"),
            ReadError::Io(err) => write!(f, "could not be read: {err}"),
        }
    }
}

impl StoreError {
    /// The words of a key this device lacks, or one a race left.
    fn fmt_keys(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::NoKey { held: KeyHeld::Nothing, .. } => {
                f.write_str("this plan is encrypted, and this device has no key for it")
            }
            StoreError::NoKey { held: KeyHeld::Another, .. } => {
                f.write_str("this plan is encrypted with another key than the one this device holds")
            }
            StoreError::NoKey { held: KeyHeld::Raced, .. } => f.write_str(
                "this plan was encrypted on two devices at once, each with a key of its own, and it kept the other device's",
            ),
            StoreError::AnotherKey { path } => write!(
                f,
                "{} is encrypted with another key than this plan's: `plan encrypt` ran on another device at the same time",
                path.display()
            ),
            _ => f.write_str("this plan is encrypted, and this device has no key for it"),
        }
    }

    /// The words of a change too large to save, or an encryption stopped part way.
    fn fmt_unfinished(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::TooLarge { what, bytes, limit } => write!(
                f,
                "{what} is too large to save: {} MiB, and one change can be at most {} MiB",
                bytes.div_ceil(1024 * 1024),
                limit / (1024 * 1024)
            ),
            _ => f.write_str(
                "the plan was saved as encrypted, but sealing its files stopped part way; nothing is lost",
            ),
        }
    }
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::NoPlan { dir } => write!(f, "no plan yet in {}", dir.display()),
            StoreError::StateMissing { path } => {
                write!(f, "{} is missing, but the plan folder holds a backup or check-ins", path.display())
            }
            StoreError::State { path, problem, .. } => write!(f, "{} {problem}", path.display()),
            StoreError::Unreadable { path, problem } => write!(f, "{} {problem}", path.display()),
            StoreError::Month { path, problem } => write!(f, "{} {problem}", path.display()),
            StoreError::NotAFolder { path, what, .. } => {
                write!(f, "{} is {what}, not a folder", path.display())
            }
            StoreError::LockTimeout { path, waited } => write!(
                f,
                "another run of plan has held {} for {} seconds; gave up waiting",
                path.display(),
                // "10 seconds", "0.3 seconds".
                (waited.as_secs_f64() * 10.0).round() / 10.0
            ),
            StoreError::AlreadyAPlan { dir } => write!(f, "there is already a plan in {}", dir.display()),
            StoreError::TooLarge { .. } | StoreError::EncryptUnfinished { .. } => self.fmt_unfinished(f),
            StoreError::NothingToRestore { dir } => {
                write!(f, "nothing in {} is damaged; there is nothing to restore", dir.display())
            }
            StoreError::Log { path, what } | StoreError::NewerEvent { path, what } => {
                write!(f, "{} {what}", path.display())
            }
            StoreError::NewerLayout { path, layout } => write!(
                f,
                "{} says this plan folder is laid out by a newer plan (layout {layout}; this one knows up to 3)",
                path.display()
            ),
            StoreError::NoKey { .. } | StoreError::AnotherKey { .. } => self.fmt_keys(f),
            StoreError::Config { path, what } => write!(f, "{} {what}", path.display()),
            StoreError::UnitInTheWay { path } => {
                write!(f, "{} is there already, and plan did not write it", path.display())
            }
            StoreError::AlreadyEncrypted => f.write_str("this plan is encrypted already"),
            StoreError::WrongKey { path } => {
                write!(f, "the key in {} does not open this plan", path.display())
            }
            StoreError::NoKeyHere { path } => {
                write!(f, "this device has no key ({} is missing)", path.display())
            }
            StoreError::NotYetMoved => f.write_str(
                "this plan is still in the older layout (state.json), which has no devices or key",
            ),
            StoreError::NoBackup { path } => {
                write!(f, "there is no backup to restore ({} is missing)", path.display())
            }
            StoreError::BackupUnusable { path, problem } => {
                write!(f, "the backup {} {problem}", path.display())
            }
            StoreError::AfterCommit { what, step, .. } => write!(f, "{what} was saved, but {step} failed"),
            StoreError::Playbook { path, problem: ReadError::TooLarge(bytes) } => write!(
                f,
                "could not read playbook {}: it is {bytes} bytes, and a playbook is at most {} KiB",
                path.display(),
                MAX_PLAYBOOK / 1024
            ),
            StoreError::Playbook { path, problem: ReadError::Missing } => {
                write!(f, "there is no playbook file at {}", path.display())
            }
            StoreError::Playbook { path, problem } => {
                write!(f, "could not read playbook {}: it {problem}", path.display())
            }
            StoreError::PlaybookNotText { path, .. } => {
                write!(f, "could not read playbook {}: it is not UTF-8 text", path.display())
            }
            StoreError::NoFolder(Folder::Data) => {
                f.write_str("could not find a home folder for the plan; set PLAN_HOME or pass --home DIR")
            }
            StoreError::NoFolder(Folder::Config) => f.write_str(
                "could not find a config folder for this device's id and key; set XDG_CONFIG_HOME or HOME",
            ),
            StoreError::NoFolder(Folder::Cache) => {
                f.write_str("could not find a cache folder; set XDG_CACHE_HOME or HOME")
            }
            // The system's own words follow, as the error's source.
            StoreError::Io { action, path, .. } => write!(f, "could not {action} {}", path.display()),
            StoreError::Os(err) => write!(f, "{err}"),
            StoreError::KeepAside { finishing: true, .. } => {
                f.write_str("could not finish keeping the plan's old files aside")
            }
            StoreError::KeepAside { finishing: false, .. } => {
                f.write_str("could not keep the plan's old files aside")
            }
            StoreError::MarkEncrypted { .. } => {
                f.write_str("could not mark the plan as encrypted in its format file")
            }
            StoreError::FromBackup { log, .. } => write!(f, "could not put {log} back from its backup"),
        }
    }
}

impl fmt::Display for Action {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Action::List => "list",
            Action::LookAt => "look at",
            Action::Create => "create",
            Action::Open => "open",
            Action::Lock => "lock",
            Action::Write => "write",
            Action::KeepBackup => "keep a backup of",
            Action::Encrypt => "encrypt",
            Action::Save => "save",
            Action::SaveKey => "save the key in",
            Action::Remove => "remove",
        })
    }
}

/// How to bring an encrypted plan's key to this device.
const BRING_THE_KEY: &str = "On a device that opens the plan, run `plan key export > plan-key.txt`, \
    bring the file here privately, then `plan key import plan-key.txt`";

/// The fix for a store failure, where there is one. A failure the system
/// reported has none of its own: the search goes on down the error's causes
/// (the backup that could not be used, say).
fn store_hint(err: &StoreError) -> Option<String> {
    const LOOK: &str = "nothing was changed; `plan doctor` looks at the plan folder";
    let hint = match err {
        StoreError::NoPlan { .. } => "run `plan start` to begin one (`plan playbooks` lists the playbooks)".into(),
        StoreError::StateMissing { .. } => {
            "`plan doctor` says what is there; `plan doctor --restore` puts the backup back".into()
        }
        StoreError::State { problem: StateProblem::Newer(_), .. }
        | StoreError::BackupUnusable { problem: StateProblem::Newer(_), .. }
        | StoreError::Month { problem: MonthProblem::Newer(_), .. }
        | StoreError::NewerLayout { .. }
        | StoreError::NewerEvent { .. } => "nothing was changed; upgrade plan to open it".into(),
        StoreError::State { backup: Some(backup), .. } => format!(
            "nothing was changed; the last good copy is {}, and `plan doctor --restore` puts it back",
            backup.display()
        ),
        StoreError::State { backup: None, .. } => {
            "nothing was changed, and there is no readable backup; `plan doctor` looks at what is left".into()
        }
        StoreError::Unreadable { .. } | StoreError::Month { .. } | StoreError::Log { .. } => LOOK.into(),
        StoreError::NotAFolder { home: false, .. } => {
            "plan keeps its files in real folders and never follows a link inside its own; `plan doctor` looks at it"
                .into()
        }
        StoreError::NotAFolder { .. } => "--home (or PLAN_HOME) names the folder that holds the plan".into(),
        StoreError::LockTimeout { .. } => "nothing was changed. If no other plan is running, look for one left \
            open (a pager, a stopped job: `jobs`); --lock-timeout SECONDS waits longer"
            .into(),
        StoreError::AlreadyAPlan { .. } => {
            "`plan status` shows it; `plan start --force` archives it (nothing is deleted) and starts anew".into()
        }
        StoreError::NothingToRestore { .. } => "`plan doctor --restore` is for a file that cannot be read".into(),
        StoreError::TooLarge { .. } => {
            "nothing was changed; a shorter note, or a smaller playbook, fits".into()
        }
        StoreError::NoKey { held: KeyHeld::Nothing, .. } => format!("nothing was read or written. {BRING_THE_KEY}"),
        StoreError::NoKey { held: KeyHeld::Another, .. } => {
            format!("nothing was read or written. {BRING_THE_KEY}: it takes the place of the key this device holds")
        }
        StoreError::NoKey { held: KeyHeld::Raced, .. } => format!(
            "nothing is lost. {BRING_THE_KEY}: this device keeps both keys, and encrypts again with the plan's what was encrypted with its own"
        ),
        StoreError::AnotherKey { .. } => "nothing is lost. On the device that ran it, run `plan key export > plan-key.txt`, \
            bring the file here privately, then `plan key import plan-key.txt`: plan keeps this plan's key, and encrypts every file with it"
            .into(),
        StoreError::Config { .. } => {
            "it is this device's own file; move it aside and plan makes a new one (a new device id)".into()
        }
        StoreError::UnitInTheWay { .. } => "nothing was written; plan never replaces a file of yours. Move it aside, \
            or keep it and run `plan remind` from it"
            .into(),
        StoreError::AlreadyEncrypted => "`plan key export` prints its key, for another device".into(),
        StoreError::WrongKey { .. } => {
            "it opens another plan; `plan key export > plan-key.txt` on a device that opens this one gives its key".into()
        }
        StoreError::NoKeyHere { .. } => {
            "an encrypted plan's key is on the device that ran `plan encrypt`, and those it was imported on".into()
        }
        StoreError::NotYetMoved => "its next change (a check-in, say) moves it to per-device logs; then run this again".into(),
        StoreError::NoBackup { .. } | StoreError::BackupUnusable { .. } => "`plan doctor` shows what is there".into(),
        StoreError::AfterCommit { .. } => {
            "it is in place and need not be done again; if the disk is failing, copy the plan folder somewhere safe"
                .into()
        }
        StoreError::Playbook { .. } => "give a path to a .toml file, or a playbook id from `plan playbooks`".into(),
        StoreError::PlaybookNotText { .. }
        | StoreError::NoFolder(_)
        | StoreError::Io { .. }
        | StoreError::Os(_)
        | StoreError::KeepAside { .. }
        | StoreError::MarkEncrypted { .. }
        | StoreError::FromBackup { .. } => return None,
        StoreError::EncryptUnfinished { .. } => {
            "this device opens every file; the next change, or `plan encrypt` again, seals the rest".into()
        }
    };
    Some(hint)
}

#[cfg(test)]
mod tests {
    use super::*;

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
