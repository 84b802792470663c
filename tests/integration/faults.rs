//! Every system call of every write, made to fail in turn: each command
//! that changes the plan is first traced (`strace -y`) to list, in order,
//! every call that touches the plan folder; then, for each of those calls,
//! the command runs again on a fresh copy of the same plan with that one
//! call failing (`EIO`, and `ENOSPC` for a `write`) or killed at
//! (`SIGKILL`), by `strace -e inject=NAME:...:when=N`. After each run:
//!
//! - a command that exited 1 without saying "was saved" changed nothing,
//!   byte for byte; one that succeeded, or said "was saved", made its change;
//!   a killed one left the plan as it was before or as it is after;
//! - `log --json` holds every check-in recorded before (an amended day its
//!   old or its new values), and `status --json` works;
//! - the next check-in works, and leaves no temporary file and nothing that
//!   `plan doctor` complains about;
//! - nothing outside the plan folder changed (canaries beside it);
//! - `start --force` leaves the old plan in place, or the new one with the
//!   old one whole in the archive (`plan archive`, `plan log --archived 1`);
//! - a `doctor --restore` that stopped before its commit left the damaged
//!   file as it was, and restoring again works;
//! - the first change to a plan still in `state.json` (layout 2) moves it to
//!   logs whole, or leaves it where it was.
//!
//! The plan's own files are the plan folder, and this device's config and
//! cache folders (its id, the lock, the read cache): calls into all three are
//! faulted, and a copy of the world carries all three.
//!
//! One fault is out of `plan`'s hands: the standard library panics when
//! `closedir` fails (`ReadDir` cannot report it), so an injected error on
//! closing a folder ends the run as a crash. Linux never fails that call;
//! the plan must then be as safe as after a kill, and is checked so.
//!
//! The ordinal `N` counts every call of that name in the process, as strace
//! does; each faulted run's own trace is checked to have hit the call the
//! first trace named, so the test cannot drift onto other calls unseen.

use std::collections::BTreeMap;
use std::fmt;
use std::fs;
use std::os::unix::process::ExitStatusExt;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::process::Output;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use serde_json::Value;
use tempfile::TempDir;

use crate::harness::{Env, Snapshot, text};

const TODAY: &str = "2026-11-22";
/// The day of the check-in that follows every faulted run.
const NEXT_DAY: &str = "2026-11-23";
/// What a damaged file of the restore scenarios holds.
const GARBAGE: &[u8] = b"{\"format\":\"plan-state\",\"schema\":2,\"play\x00\xff not a state";
/// A plan as layout 2 left it (schema 1, two check-ins in October).
const LAYOUT_2: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/schema1");
/// Every call that can touch a file or a folder, by name or by descriptor.
const TRACED: &str = "trace=%file,%desc,flock,fsync,fdatasync,getdents64";
/// Fewer calls than this into the plan folder means the trace was misread.
const AT_LEAST: usize = 20;
const SIGKILL: i32 = 9;
const SIGABRT: i32 = 6;

// ---------------------------------------------------------------------------
// Scenarios
// ---------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Scenario {
    NewDay,
    Amend,
    Slip,
    Tick,
    Done,
    StartForce,
    /// A damaged head of this device, rebuilt from its logs.
    Restore,
    /// A layout-2 plan's first change: it moves to logs.
    Move,
    /// A layout-2 plan with a damaged `state.json`, restored from its backup into logs.
    RestoreMoving,
    /// An urge that ended in contact: a slip in the month's log and the
    /// urge's outcome in the plan's log, in one commit.
    SlippedUrge,
    /// Another playbook, with everything recorded kept.
    Switch,
    /// The plan's own JSON export imported over it (`--force`).
    Import,
    /// Every file sealed with a new key: `plan encrypt`.
    Encrypt,
}

impl Scenario {
    const ALL: [Scenario; 13] = [
        Scenario::NewDay,
        Scenario::Amend,
        Scenario::Slip,
        Scenario::Tick,
        Scenario::Done,
        Scenario::StartForce,
        Scenario::Restore,
        Scenario::Move,
        Scenario::RestoreMoving,
        Scenario::SlippedUrge,
        Scenario::Switch,
        Scenario::Import,
        Scenario::Encrypt,
    ];

    fn args(self) -> &'static [&'static str] {
        match self {
            Scenario::NewDay => &["checkin", "--mood", "8"],
            Scenario::Amend => &["checkin", "--date", "2026-11-03", "--mood", "9", "--urge", "4"],
            Scenario::Slip => &["slip", "--date", "2026-11-15"],
            Scenario::Tick => &["done", "2"],
            Scenario::Done => &["done"],
            Scenario::StartForce => &["start", "--force"],
            Scenario::Restore | Scenario::RestoreMoving => &["doctor", "--restore"],
            Scenario::Move => &["checkin", "--date", "2026-10-06", "--mood", "5"],
            Scenario::SlippedUrge => &["urge", "--resolve", "slipped"],
            Scenario::Switch => &["switch", "move-on"],
            Scenario::Import => &["import", BACKUP, "--force"],
            Scenario::Encrypt => &["encrypt"],
        }
    }

    /// What the command must have changed, from `before` to `after` (the
    /// plan as a run without faults leaves it); `history` is the log of the
    /// plan before the command (and before the damage).
    fn assert_change(self, history: &BTreeMap<String, Value>, before: Option<&View>, after: &View) {
        let context = format!("{self} without faults");
        let mut expected = history.clone();
        match self {
            Scenario::NewDay => {
                let day = &after.log[TODAY];
                assert_eq!(day["mood"], 8, "{context}: {day}");
                expected.insert(TODAY.to_owned(), day.clone());
            }
            Scenario::Amend => {
                let day = &after.log["2026-11-03"];
                assert_eq!((&day["mood"], &day["urge"]), (&9.into(), &4.into()), "{context}: {day}");
                expected.insert("2026-11-03".to_owned(), day.clone());
            }
            Scenario::Slip => {
                let day = &after.log["2026-11-15"];
                assert_eq!(day["contact"], "initiated", "{context}: {day}");
                expected.insert("2026-11-15".to_owned(), day.clone());
            }
            Scenario::SlippedUrge => {
                let day = &after.log[TODAY];
                assert_eq!(day["contact"], "initiated", "{context}: {day}");
                assert_eq!(after.status["urges"]["slipped"], 1, "{context}: {}", after.status);
                assert_eq!(after.status["no_contact"]["since"], TODAY, "{context}: {}", after.status);
                expected.insert(TODAY.to_owned(), day.clone());
            }
            Scenario::Import => {
                let before = &before.expect("a plan before").status;
                assert_eq!(after.status["no_contact"], before["no_contact"], "{context}: {}", after.status);
                assert_eq!(after.status["started"], before["started"], "{context}: {}", after.status);
            }
            Scenario::Switch => {
                let before = &before.expect("a plan before").status;
                assert_eq!(after.status["playbook"]["id"], "move-on", "{context}: {}", after.status);
                assert_eq!(after.status["no_contact"], before["no_contact"], "{context}: {}", after.status);
            }
            Scenario::Tick => {
                let before = &before.expect("a plan before").status;
                let tasks = |status: &Value| status["step"]["tasks_done"].as_u64().expect("tasks_done");
                assert_eq!(tasks(&after.status), tasks(before) + 1, "{context}: {}", after.status);
            }
            Scenario::Done => {
                let before = &before.expect("a plan before").status;
                let steps = |status: &Value| status["steps_done"].as_u64().expect("steps_done");
                assert_eq!(steps(&after.status), steps(before) + 1, "{context}: {}", after.status);
            }
            Scenario::StartForce => {
                assert_eq!(after.status["started"], TODAY, "{context}: {}", after.status);
                expected.clear();
            }
            Scenario::Restore | Scenario::RestoreMoving | Scenario::Encrypt => {}
            Scenario::Move => {
                let day = &after.log["2026-10-06"];
                assert_eq!(day["mood"], 5, "{context}: {day}");
                expected.insert("2026-10-06".to_owned(), day.clone());
            }
        }
        assert!(after.log == expected, "{context}: log --json\n{:#?}\nexpected\n{expected:#?}", after.log);
    }
}

impl fmt::Display for Scenario {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "`plan {}`", self.args().join(" "))
    }
}

/// What a person sees of a plan: `log --json` by date, and `status --json`.
#[derive(Debug, Clone, PartialEq)]
struct View {
    log: BTreeMap<String, Value>,
    status: Value,
}

impl View {
    /// Panics if either command fails: the plan must always read.
    fn of(env: &Env) -> View {
        View { log: env.log_map(TODAY), status: env.json(&["status", "--json"]) }
    }
}

/// A plan started on 2026-10-01, today 2026-11-22: check-ins in two months,
/// a slip, a ticked task, a backup; its last save is a check-in, so the
/// backup lacks one check-in that `doctor --restore` must find on disk.
fn history() -> Env {
    let env = Env::new(TODAY);
    env.plan_on("2026-10-01", &["start"]).assert().success();
    let runs: [&[&str]; 5] = [
        &["checkin", "--date", "2026-10-05", "--mood", "3", "--urge", "8"],
        &["slip", "--date", "2026-10-20", "--note", "called them at 2am"],
        &["done", "1"],
        &["checkin", "--date", "2026-11-03", "--mood", "6", "--contact", "allowed", "--note", "school run"],
        &["checkin", "--date", "2026-11-10", "--mood", "7", "--urge", "2"],
    ];
    for args in runs {
        env.plan(args).assert().success();
    }
    assert_eq!(env.log_map(TODAY).len(), 4, "the history has four check-ins");
    env
}

// ---------------------------------------------------------------------------
// Copies, canaries and snapshots
// ---------------------------------------------------------------------------

/// Copy a folder tree with its permission bits (the plan folder is 0700 and
/// its files 0600; `doctor` would rightly complain otherwise).
fn copy_tree(from: &Path, to: &Path) {
    fs::create_dir(to).expect("create a folder of the copy");
    for entry in fs::read_dir(from).expect("list the plan").flatten() {
        let kind = entry.file_type().expect("file type");
        let target = to.join(entry.file_name());
        if kind.is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            assert!(kind.is_file(), "only files and folders in a plan: {}", entry.path().display());
            fs::copy(entry.path(), &target).expect("copy a file of the plan");
        }
    }
    fs::set_permissions(to, fs::metadata(from).expect("stat").permissions()).expect("chmod");
}

/// A new world holding a copy of `template`'s plan folder and this device's
/// config and cache folders, and canaries: a file in a folder beside the
/// plan folder, and one in the folder above it.
fn fresh_copy(template: &Env) -> Env {
    let env = Env::new(TODAY);
    copy_tree(&template.home(), &env.home());
    for own in OWN {
        let from = template.user_home().join(own);
        if from.is_dir() {
            fs::create_dir_all(env.user_home().join(own).parent().expect("a parent")).expect("create");
            copy_tree(&from, &env.user_home().join(own));
        }
    }
    if let Ok(bytes) = fs::read(template.dir.path().join(BACKUP)) {
        fs::write(env.dir.path().join(BACKUP), bytes).expect("copy the export");
    }
    env.write("beside/canary.txt", "a folder next to the plan folder: plan must never touch it\n");
    env.write("canary.txt", "the folder above the plan folder: plan must never touch it\n");
    env
}

/// The plan's JSON export, beside the plan folder, for `Scenario::Import`.
const BACKUP: &str = "backup.json";

/// This device's own folders of `plan`, under its HOME.
const OWN: [&str; 2] = [".config/plan", ".cache/plan"];

/// Everything in the world outside the plan's own files: each file's bytes,
/// and each folder (so a new or removed name shows).
fn outside(env: &Env) -> Snapshot {
    fn walk(dir: &Path, skip: &[PathBuf], found: &mut Snapshot) {
        for entry in fs::read_dir(dir).expect("list a folder").flatten() {
            let path = entry.path();
            if skip.contains(&path) {
                continue;
            }
            if entry.file_type().expect("file type").is_dir() {
                found.insert(path.clone(), Vec::new());
                walk(&path, skip, found);
            } else {
                found.insert(path.clone(), fs::read(&path).unwrap_or_else(|_| b"(unreadable)".to_vec()));
            }
        }
    }
    let mut skip = vec![env.home()];
    skip.extend(OWN.iter().map(|own| env.user_home().join(own)));
    let mut found = Snapshot::new();
    walk(env.dir.path(), &skip, &mut found);
    // The config and cache folders themselves may be made, nothing else.
    found.retain(|path, _| !skip.iter().any(|own| own.starts_with(path)));
    found
}

/// The plan's files as bytes: the plan folder and this device's config
/// folder (not the cache, which any read may refresh).
fn plan_snapshot(env: &Env) -> Snapshot {
    let mut files = env.snapshot();
    files.extend(crate::harness::tree(&env.user_home().join(OWN[0])));
    files
}

/// Paths under `dir` whose name holds `.plan-tmp.`.
fn temporary_files(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if entry.file_name().to_string_lossy().contains(".plan-tmp.") {
            found.push(path.clone());
        }
        if entry.file_type().is_ok_and(|kind| kind.is_dir()) {
            found.extend(temporary_files(&path));
        }
    }
    found
}

/// The check-ins of archived plan 1, by date; empty without one.
fn archived_log(env: &Env) -> BTreeMap<String, Value> {
    let list = env.json(&["archive", "--json"]);
    if list.as_array().is_none_or(Vec::is_empty) {
        return BTreeMap::new();
    }
    let log = env.json(&["log", "--archived", "1", "--json"]);
    log.as_array()
        .expect("an array")
        .iter()
        .map(|entry| (entry["date"].as_str().expect("a date").to_owned(), entry.clone()))
        .collect()
}

fn archived_count(env: &Env) -> usize {
    env.json(&["archive", "--json"]).as_array().map_or(0, Vec::len)
}

/// `state.json.damaged.N` or `state.json.schemaN` in the plan folder itself.
fn set_aside_in_place(env: &Env) -> Vec<String> {
    fs::read_dir(env.home())
        .into_iter()
        .flatten()
        .flatten()
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with("state.json.damaged.") || name.starts_with("state.json.schema"))
        .collect()
}

// ---------------------------------------------------------------------------
// Reading strace's output
// ---------------------------------------------------------------------------

/// A call into the plan folder: its name, which call of that name it is in
/// the process (counting from 1, as `when=` does), and the plan's paths it
/// names (relative, temporary suffixes blotted out).
#[derive(Debug, Clone)]
struct Call {
    name: String,
    ordinal: usize,
    targets: Vec<String>,
}

impl fmt::Display for Call {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} #{} on {}", self.name, self.ordinal, self.targets.join(", "))
    }
}

/// A line of `strace -f -y` as the syscall's name and its arguments (the
/// return value cut off). Signals, exits and anything else are `None`.
fn parse_line(line: &str) -> Option<(&str, &str)> {
    let line = line.trim_start();
    let line = match line.split_once(' ') {
        // strace pads a short pid with spaces.
        Some((pid, rest)) if pid.bytes().all(|b| b.is_ascii_digit()) => rest.trim_start(),
        _ => line,
    };
    let (name, args) = line.split_once('(')?;
    if name.is_empty() || !name.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_') {
        return None;
    }
    Some((name, args.rfind(" = ").map_or(args, |at| &args[..at])))
}

/// The paths in the plan folder that a call names, as strace shows them:
/// path arguments in quotes, descriptors (with `-y`) in angle brackets. The
/// data of a read or write is not a path, whatever it says.
fn targets(name: &str, args: &str, home: &str) -> Vec<String> {
    let args = if matches!(name, "read" | "write" | "pread64" | "pwrite64" | "readv" | "writev") {
        args.split(", ").next().unwrap_or_default()
    } else {
        args
    };
    let mut found = Vec::new();
    let mut rest = args;
    while let Some(at) = rest.find(home) {
        let opened = rest[..at].ends_with(['"', '<']);
        let tail = &rest[at + home.len()..];
        let end = tail.find(['"', '>']).unwrap_or(tail.len());
        let path = &tail[..end];
        if opened && (path.is_empty() || path.starts_with('/') || path.starts_with(" (deleted)")) {
            found.push(blot(&format!("~{}", path.trim_end_matches(" (deleted)"))));
        }
        rest = &tail[end..];
    }
    found
}

/// A temporary name with its random suffix replaced by `*`.
fn blot(path: &str) -> String {
    const MARK: &str = ".plan-tmp.";
    match path.find(MARK) {
        Some(at) => {
            let suffix = &path[at + MARK.len()..];
            let hex = suffix.bytes().take_while(u8::is_ascii_hexdigit).count();
            format!("{}*{}", &path[..at + MARK.len()], blot(&suffix[hex..]))
        }
        None => path.to_owned(),
    }
}

/// The plan's own roots in a world: its folder, and this device's config
/// and cache folders.
fn roots(env: &Env) -> Vec<String> {
    let mut roots = vec![env.home()];
    roots.extend(OWN.iter().map(|own| env.user_home().join(own)));
    roots.into_iter().map(|root| root.to_str().expect("a UTF-8 temp path").to_owned()).collect()
}

/// What a call touches under any of `roots`, each path named by its root's number.
fn targets_in(name: &str, args: &str, roots: &[String]) -> Vec<String> {
    roots
        .iter()
        .enumerate()
        .flat_map(|(i, root)| {
            targets(name, args, root).into_iter().map(move |target| {
                // The cache folder is named by the plan folder's path, which
                // differs from one copy of the world to the next.
                let target = match target.strip_prefix("~/") {
                    Some(rest)
                        if i == 2
                            && rest.len() >= 16
                            && rest[..16].bytes().all(|b| b.is_ascii_hexdigit()) =>
                    {
                        format!("~/<plan>{}", &rest[16..])
                    }
                    _ => target,
                };
                format!("{i}{target}")
            })
        })
        .collect()
}

/// Every call of a trace that touches the plan's own files, in order.
fn calls_into(trace: &str, roots: &[String]) -> Vec<Call> {
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    let mut calls = Vec::new();
    for (name, args) in trace.lines().filter_map(parse_line) {
        let ordinal = seen.entry(name.to_owned()).or_default();
        *ordinal += 1;
        let targets = targets_in(name, args, roots);
        if !targets.is_empty() {
            calls.push(Call { name: name.to_owned(), ordinal: *ordinal, targets });
        }
    }
    calls
}

fn require_strace() {
    let probe = std::process::Command::new("strace").arg("-V").output();
    assert!(
        probe.as_ref().is_ok_and(|out| out.status.success()),
        "this test needs strace to inject faults ({probe:?}): apt-get install strace"
    );
}

// ---------------------------------------------------------------------------
// One scenario, traced once
// ---------------------------------------------------------------------------

struct Template {
    scenario: Scenario,
    /// The plan before the command.
    env: Env,
    /// What it shows before the command; `None` when it cannot be read.
    before: Option<View>,
    /// What it shows after the command ran without faults.
    after: View,
    /// The check-ins before the command, which `start --force` archives.
    history: BTreeMap<String, Value>,
    calls: Vec<Call>,
}

fn template(scenario: Scenario, base: &Env, scratch: &Path) -> Template {
    let env = match scenario {
        Scenario::Move | Scenario::RestoreMoving => layout_2(),
        _ => fresh_copy(base),
    };
    if scenario == Scenario::Import {
        env.plan(&["export", "--output", BACKUP]).assert().success();
    }
    let history = env.log_map(TODAY);
    let before = match scenario {
        Scenario::Restore => {
            fs::write(own_head(&env), GARBAGE).expect("damage this device's head");
            None
        }
        Scenario::RestoreMoving => {
            fs::copy(env.home().join("state.json"), env.home().join("state.json.bak")).expect("a backup");
            fs::write(env.home().join("state.json"), GARBAGE).expect("damage state.json");
            None
        }
        _ => Some(View::of(&env)),
    };
    let probe = fresh_copy(&env);
    let trace = scratch.join(format!("{scenario:?}.trace"));
    let strace = ["strace", "-f", "-qq", "-y", "-o", trace.to_str().expect("UTF-8"), "-e", TRACED];
    let out = probe.wrapped(TODAY, &strace, scenario.args()).output().expect("run strace");
    assert!(out.status.success(), "{scenario} under strace: {}", text(&out.stderr));
    let after = View::of(&probe);
    scenario.assert_change(&history, before.as_ref(), &after);
    if scenario == Scenario::StartForce {
        assert_eq!(archived_log(&probe), history, "{scenario}: the old plan is whole in the archive");
    }
    let calls = calls_into(&fs::read_to_string(&trace).expect("read the trace"), &roots(&probe));
    assert!(
        calls.len() >= AT_LEAST,
        "{scenario}: only {} calls into the plan folder were traced; is the trace read right?\n{calls:#?}",
        calls.len()
    );
    Template { scenario, env, before, after, history, calls }
}

/// A world holding the layout-2 fixture as its plan folder.
fn layout_2() -> Env {
    let env = Env::new(TODAY);
    copy_tree(Path::new(LAYOUT_2), &env.home());
    fs::set_permissions(env.home(), std::os::unix::fs::PermissionsExt::from_mode(0o700)).expect("chmod");
    env.write("beside/canary.txt", "a folder next to the plan folder: plan must never touch it\n");
    env.write("canary.txt", "the folder above the plan folder: plan must never touch it\n");
    // This device's id, made once, so every copy of the world is one device.
    env.plan(&["device"]).assert().success();
    env
}

/// This device's head in the plan folder.
fn own_head(env: &Env) -> PathBuf {
    let devices = env.home().join("devices");
    let mut found: Vec<PathBuf> =
        fs::read_dir(&devices).expect("devices/").flatten().map(|e| e.path().join("head")).collect();
    assert_eq!(found.len(), 1, "one device in the history");
    found.remove(0)
}

// ---------------------------------------------------------------------------
// One fault
// ---------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fault {
    Error(&'static str),
    Kill,
}

impl Fault {
    fn for_call(name: &str) -> Vec<Fault> {
        let mut faults = vec![Fault::Error("EIO"), Fault::Kill];
        if matches!(name, "write" | "pwrite64" | "writev") {
            faults.push(Fault::Error("ENOSPC"));
        }
        faults
    }

    fn inject(self, call: &Call) -> String {
        match self {
            Fault::Error(errno) => format!("inject={}:error={errno}:when={}", call.name, call.ordinal),
            Fault::Kill => format!("inject={}:signal=SIGKILL:when={}", call.name, call.ordinal),
        }
    }
}

impl fmt::Display for Fault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Fault::Error(errno) => f.write_str(errno),
            Fault::Kill => f.write_str("SIGKILL"),
        }
    }
}

/// How a faulted run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Outcome {
    Succeeded,
    /// Exit 1, and it does not say the change was saved.
    Failed,
    /// Exit 1 after the commit point: "... was saved, but ...".
    Saved,
    Killed,
    /// Rust's standard library panics (aborts, in a release build) when
    /// `closedir` fails: `ReadDir` has no way to report it. Linux never fails
    /// `close` on a folder, so only an injected fault gets here; the plan
    /// must then be as safe as after a kill.
    Crashed,
}

fn outcome(out: &Output, call: &Call, fault: Fault) -> Outcome {
    let stderr = text(&out.stderr);
    match (out.status.code(), out.status.signal()) {
        (Some(0), _) => Outcome::Succeeded,
        (Some(1), _) => {
            assert!(stderr.contains("error:"), "exit 1 without an `error:` line: {stderr}");
            if stderr.contains("was saved") { Outcome::Saved } else { Outcome::Failed }
        }
        (None, Some(SIGKILL)) => Outcome::Killed,
        (Some(101), _) | (None, Some(SIGABRT))
            if call.name == "close"
                && matches!(fault, Fault::Error(_))
                && stderr.contains("unexpected error during closedir") =>
        {
            Outcome::Crashed
        }
        _ => panic!("the command ended with {}: stdout {}; stderr {stderr}", out.status, text(&out.stdout)),
    }
}

/// Run `template`'s command with `fault` at `call`, on a fresh copy of its
/// plan, and check everything this module promises.
fn run_fault(template: &Template, call: &Call, fault: Fault, trace: &Path) -> Outcome {
    let env = fresh_copy(&template.env);
    let plan_before = plan_snapshot(&env);
    let outside_before = outside(&env);
    let (outcome, stderr) = inject(template.scenario, &env, call, fault, trace);

    // A failed command changed nothing; nothing outside the plan changed.
    if outcome == Outcome::Failed {
        let after = plan_snapshot(&env);
        assert!(
            plan_before == after,
            "it failed ({stderr}), so: the plan changed: {:?}",
            crate::harness::differing(&plan_before, &after)
        );
    }
    assert!(outside(&env) == outside_before, "something outside the plan folder changed");
    let (view, is_after) = assert_before_or_after(template, &env, outcome, &stderr);
    assert_next_checkin_works(template, &env, &view, is_after);
    assert!(
        outside(&env) == outside_before,
        "something outside the plan folder changed by the next check-in"
    );
    outcome
}

/// Run the command with the fault, and prove from its own trace that the
/// fault hit the call the first trace named. Returns how it ended, and its stderr.
fn inject(scenario: Scenario, env: &Env, call: &Call, fault: Fault, trace: &Path) -> (Outcome, String) {
    let trace_name = format!("trace={}", call.name);
    let inject = fault.inject(call);
    let strace =
        ["strace", "-f", "-qq", "-y", "-o", trace.to_str().expect("UTF-8"), "-e", &trace_name, "-e", &inject];
    let out = env.wrapped(TODAY, &strace, scenario.args()).output().expect("run strace");
    let outcome = outcome(&out, call, fault);
    let stderr = text(&out.stderr);
    let lines = fs::read_to_string(trace).expect("read the trace");
    let hit = lines
        .lines()
        .filter_map(parse_line)
        .filter(|(name, _)| *name == call.name)
        .nth(call.ordinal - 1)
        .map(|(name, args)| targets_in(name, args, &roots(env)));
    assert_eq!(hit.as_ref(), Some(&call.targets), "the fault did not land on the traced call:\n{lines}");
    match fault {
        Fault::Error(_) => assert!(lines.contains("(INJECTED)"), "strace injected nothing:\n{lines}"),
        Fault::Kill => assert_eq!(outcome, Outcome::Killed, "not killed; stderr: {stderr}"),
    }
    (outcome, stderr)
}

/// The plan reads, with every check-in recorded before, and is as before
/// the command or as after it, as the way it ended allows. Returns what it
/// shows, and whether that is the plan after the command.
fn assert_before_or_after(template: &Template, env: &Env, outcome: Outcome, stderr: &str) -> (View, bool) {
    let scenario = template.scenario;
    if scenario == Scenario::StartForce {
        let aside = set_aside_in_place(env);
        assert!(aside.is_empty(), "left in the plan folder: {aside:?}");
    }
    // A restore that did not reach its commit left the damage, and doctor
    // rightly says so; restoring again must work.
    let restoring = matches!(scenario, Scenario::Restore | Scenario::RestoreMoving);
    if restoring && !env.plan(&["status"]).output().expect("run plan").status.success() {
        assert!(
            matches!(outcome, Outcome::Failed | Outcome::Killed | Outcome::Crashed),
            "it ended {outcome:?} but the plan still does not read; stderr: {stderr}"
        );
        let again = env.plan(&["doctor", "--restore"]).output().expect("run plan");
        assert!(again.status.success(), "restoring again failed: {}", text(&again.stderr));
    }
    let view = View::of(env);
    let is_after = view == template.after;
    let is_before = template.before.as_ref() == Some(&view);
    let shown = || format!("log --json {:#?}\nstatus --json {:#}\nstderr {stderr}", view.log, view.status);
    match outcome {
        Outcome::Succeeded | Outcome::Saved => {
            assert!(is_after, "it ended {outcome:?}, but the change is not there:\n{}", shown());
        }
        Outcome::Failed if matches!(scenario, Scenario::Restore | Scenario::RestoreMoving) => {
            assert!(is_after, "restored again, the plan is not the restored one:\n{}", shown());
        }
        Outcome::Failed => assert!(is_before, "it failed, but the plan is not as before:\n{}", shown()),
        Outcome::Killed | Outcome::Crashed => assert!(
            is_before || is_after,
            "{outcome:?}, the plan is neither as before nor as after:\n{}",
            shown()
        ),
    }
    if scenario == Scenario::StartForce && is_after {
        assert_eq!(archived_log(env), template.history, "the old plan is not whole in the archive");
    }
    (view, is_after)
}

/// The next check-in works, keeps every other, and tidies up: no temporary
/// file, nothing `plan doctor` complains about, and after `start --force`
/// the old plan in `archive/` and nowhere else, or no archive at all.
fn assert_next_checkin_works(template: &Template, env: &Env, view: &View, is_after: bool) {
    let next =
        env.plan_on(NEXT_DAY, &["checkin", "--mood", "3", "--date", NEXT_DAY]).output().expect("run plan");
    assert!(next.status.success(), "the next check-in failed: {}", text(&next.stderr));
    let mut log = env.log_map(NEXT_DAY);
    let added = log.remove(NEXT_DAY).expect("the next check-in is in the log");
    assert_eq!(added["mood"], 3, "the next check-in: {added}");
    assert!(log == view.log, "the next check-in changed the others:\n{log:#?}\nwere\n{:#?}", view.log);
    let home = env.home();
    let left = temporary_files(&home);
    assert!(left.is_empty(), "temporary files after the next check-in: {left:?}");
    // Encrypted, however far the run got: no note is readable anywhere.
    let marked = fs::read_to_string(home.join("format")).unwrap_or_default().contains("recipient");
    if template.scenario == Scenario::Encrypt && marked {
        let readable = crate::harness::files_holding(&home, "called them at 2am");
        assert!(readable.is_empty(), "a note in plain text after the next check-in: {readable:?}");
    }
    let doctor = env.plan_on(NEXT_DAY, &["doctor"]).output().expect("run plan");
    assert!(
        doctor.status.success(),
        "plan doctor after the next check-in: {}{}",
        text(&doctor.stdout),
        text(&doctor.stderr)
    );
    if template.scenario != Scenario::StartForce {
        return;
    }
    let expected = usize::from(is_after);
    assert_eq!(archived_count(env), expected, "archived plans after the next check-in");
    if is_after {
        assert_eq!(archived_log(env), template.history, "the old plan whole in the archive");
    }
    let aside = set_aside_in_place(env);
    assert!(aside.is_empty(), "left in the plan folder: {aside:?}");
}

// ---------------------------------------------------------------------------
// The test
// ---------------------------------------------------------------------------

#[derive(Default)]
struct Tally {
    runs: usize,
    by_outcome: BTreeMap<String, usize>,
}

/// Every call into the plan folder of every command that writes, failed and
/// killed in turn.
#[test]
#[ignore = "needs strace; .ci/run installs it and runs --include-ignored"]
fn every_call_of_every_write_can_fail_or_be_killed() {
    require_strace();
    let started = Instant::now();
    let scratch = TempDir::new().expect("scratch folder for traces");
    let base = history();
    let templates: Vec<Template> =
        Scenario::ALL.iter().map(|&scenario| template(scenario, &base, scratch.path())).collect();
    let jobs: Vec<(usize, usize, Fault)> = templates
        .iter()
        .enumerate()
        .flat_map(|(t, template)| {
            template.calls.iter().enumerate().flat_map(move |(c, call)| {
                Fault::for_call(&call.name).into_iter().map(move |fault| (t, c, fault))
            })
        })
        .collect();

    let next = AtomicUsize::new(0);
    let tallies: Mutex<BTreeMap<Scenario, Tally>> = Mutex::default();
    let failures: Mutex<Vec<String>> = Mutex::default();
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get().clamp(2, 8));
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| {
                loop {
                    let index = next.fetch_add(1, Ordering::Relaxed);
                    let Some(&(t, c, fault)) = jobs.get(index) else { break };
                    let template = &templates[t];
                    let call = &template.calls[c];
                    let trace = scratch.path().join(format!("{index}.trace"));
                    let result = catch_unwind(AssertUnwindSafe(|| run_fault(template, call, fault, &trace)));
                    let _ = fs::remove_file(&trace);
                    match result {
                        Ok(outcome) => {
                            let mut tallies = tallies.lock().expect("tallies");
                            let tally = tallies.entry(template.scenario).or_default();
                            tally.runs += 1;
                            *tally.by_outcome.entry(format!("{outcome:?}")).or_default() += 1;
                        }
                        Err(panic) => {
                            let why = panic
                                .downcast_ref::<String>()
                                .cloned()
                                .or_else(|| panic.downcast_ref::<&str>().map(|s| (*s).to_owned()))
                                .unwrap_or_default();
                            failures
                                .lock()
                                .expect("failures")
                                .push(format!("{} with {fault} at {call}: {why}", template.scenario));
                        }
                    }
                }
            });
        }
    });

    let tallies = tallies.into_inner().expect("tallies");
    let failures = failures.into_inner().expect("failures");
    for template in &templates {
        let tally = tallies.get(&template.scenario);
        eprintln!(
            "{}: {} calls into the plan folder, {} injections: {:?}",
            template.scenario,
            template.calls.len(),
            tally.map_or(0, |t| t.runs),
            tally.map(|t| &t.by_outcome)
        );
    }
    eprintln!("{} injections in {:.1?} on {threads} threads", jobs.len(), started.elapsed());
    assert!(
        failures.is_empty(),
        "{} of {} injections broke a promise:\n\n{}",
        failures.len(),
        jobs.len(),
        failures.join("\n\n")
    );
    for template in &templates {
        let tally = &tallies[&template.scenario];
        let count = |outcome: &str| tally.by_outcome.get(outcome).copied().unwrap_or(0);
        assert!(tally.runs >= 2 * AT_LEAST, "{}: only {} injections", template.scenario, tally.runs);
        assert!(count("Failed") > 0, "{}: no injected error made it fail", template.scenario);
        assert!(count("Killed") > 0, "{}: no run was killed", template.scenario);
    }
}

#[test]
fn a_traced_line_names_the_plan_files_it_touches() {
    let home = "/tmp/.tmpAbC/home";
    let line = "123   openat(AT_FDCWD</tmp/.tmpAbC>, \"/tmp/.tmpAbC/home/.state.json.plan-tmp.0123456789abcdef\", \
                O_WRONLY|O_CREAT, 0600) = 4</tmp/.tmpAbC/home/.state.json.plan-tmp.0123456789abcdef>";
    let (name, args) = parse_line(line).expect("a call");
    assert_eq!(name, "openat");
    assert_eq!(targets(name, args, home), ["~/.state.json.plan-tmp.*"]);
    let write = "123 write(2<pipe:[7]>, \"error: /tmp/.tmpAbC/home/state.json\"..., 40) = 40";
    let (name, args) = parse_line(write).expect("a call");
    assert!(targets(name, args, home).is_empty(), "the data of a write is not a path");
    let fsync = "123 fsync(4</tmp/.tmpAbC/home>) = -1 EIO (Input/output error) (INJECTED)";
    let (name, args) = parse_line(fsync).expect("a call");
    assert_eq!(targets(name, args, home), ["~"]);
    let beside = "123 statx(AT_FDCWD</tmp/.tmpAbC>, \"/tmp/.tmpAbC/home-beside/x\", 0, STATX_ALL, 0x1) = 0";
    let (name, args) = parse_line(beside).expect("a call");
    assert!(targets(name, args, home).is_empty(), "a folder beside the plan folder is not in it");
    assert!(parse_line("123 +++ killed by SIGKILL +++").is_none());
}
