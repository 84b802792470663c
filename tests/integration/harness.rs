//! Running the real `plan` binary in a throwaway folder, with a fixed today
//! and an environment that holds nothing of the developer's: every `plan`
//! starts from `env_clear()` and gets only what [`Env::command`] gives it
//! (as jj's `tests/common/test_environment.rs` does).
//!
//! Layout of the temp dir: `home/` is the plan folder (`PLAN_HOME`), `user/`
//! is `HOME` with the XDG folders inside it; tests write their own files
//! (playbooks, say) beside them.

use std::collections::{BTreeMap, BTreeSet};
use std::ffi::OsStr;
use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;
use tempfile::TempDir;

/// The `plan` binary cargo built for these tests.
pub const BIN: &str = env!("CARGO_BIN_EXE_plan");

/// Every file and folder under the plan folder with its bytes (empty for a folder).
pub type Snapshot = BTreeMap<PathBuf, Vec<u8>>;

pub struct Env {
    pub dir: TempDir,
    pub today: String,
}

impl Env {
    /// A fresh world: an empty `HOME`, and no plan folder yet.
    pub fn new(today: &str) -> Env {
        let env = Env { dir: tempfile::tempdir().expect("temp dir"), today: today.to_owned() };
        fs::create_dir(env.user_home()).expect("create HOME");
        env
    }

    /// A world with a plan started on `today` from the default playbook.
    pub fn started(today: &str) -> Env {
        let env = Env::new(today);
        env.plan(&["start"]).assert().success();
        env
    }

    /// The plan folder, `PLAN_HOME`. It does not exist until something creates it.
    pub fn home(&self) -> PathBuf {
        self.dir.path().join("home")
    }

    /// `HOME` of the user running `plan`: not the developer's.
    pub fn user_home(&self) -> PathBuf {
        self.dir.path().join("user")
    }

    /// The one place a process for a test is made: `program` with the
    /// environment cleared, then only PATH (to find `sh`, `setpriv`,
    /// `strace`), a `HOME` and XDG folders of this world, `PLAN_HOME`,
    /// `PLAN_TODAY` set to `today`, and `LANG=C.UTF-8`; no stdin, and run from
    /// the temp dir.
    pub fn command(&self, today: &str, program: impl AsRef<OsStr>) -> Command {
        let user = self.user_home();
        let mut cmd = Command::new(program);
        cmd.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", &user)
            .env("XDG_CONFIG_HOME", user.join(".config"))
            .env("XDG_CACHE_HOME", user.join(".cache"))
            .env("XDG_DATA_HOME", user.join(".local/share"))
            .env("PLAN_HOME", self.home())
            .env("PLAN_TODAY", today)
            .env("LANG", "C.UTF-8")
            .current_dir(self.dir.path())
            .stdin(Stdio::null());
        cmd
    }

    /// `plan ARGS` at a terminal (a pty made by `script`), with `input` typed.
    pub fn at_terminal(&self, args: &str, input: &str) -> Output {
        self.at_terminal_with(&[], args, input)
    }

    /// [`Env::at_terminal`] with more of the environment set: `PLAN_LANG`, say.
    pub fn at_terminal_with(&self, vars: &[(&str, &str)], args: &str, input: &str) -> Output {
        let command = format!("{BIN} {args}");
        let mut child = self
            .command(&self.today, "script")
            .envs(vars.iter().copied())
            .args(["-qec", &command, "/dev/null"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("run script (util-linux)");
        std::io::Write::write_all(child.stdin.as_mut().unwrap(), input.as_bytes()).unwrap();
        drop(child.stdin.take());
        child.wait_with_output().unwrap()
    }

    /// `plan ARGS` on `today` as a plain `std` command: to spawn many at once,
    /// kill one, or set what it inherits.
    pub fn spawnable(&self, today: &str, args: &[&str]) -> Command {
        let mut cmd = self.command(today, BIN);
        cmd.args(args);
        cmd
    }

    /// `plan ARGS` on `today`, run by another program: `wrapper[0]` is run with
    /// the rest of `wrapper`, then the path of `plan` and `args`, in the same
    /// cleared environment. For `setpriv ... --`, `strace ... -o FILE`, `sh -c`.
    pub fn wrapped(&self, today: &str, wrapper: &[&str], args: &[&str]) -> Command {
        let (program, options) = wrapper.split_first().expect("a wrapper program");
        let mut cmd = self.command(today, program);
        cmd.args(options).arg(BIN).args(args);
        cmd
    }

    /// `plan ARGS` on `today`, run by a shell that first sets `umask` (an
    /// octal string such as "000"), to prove the files stay private whatever it is.
    pub fn with_umask(&self, umask: &str, today: &str, args: &[&str]) -> assert_cmd::Command {
        let script = format!("umask {umask}; exec \"$0\" \"$@\"");
        assert_cmd::Command::from_std(self.wrapped(today, &["sh", "-c", &script], args))
    }

    /// `plan ARGS` with today as set.
    pub fn plan(&self, args: &[&str]) -> assert_cmd::Command {
        self.plan_on(&self.today, args)
    }

    /// `plan ARGS` on another day.
    pub fn plan_on(&self, today: &str, args: &[&str]) -> assert_cmd::Command {
        assert_cmd::Command::from_std(self.spawnable(today, args))
    }

    /// Stdout of a command that must succeed.
    pub fn stdout(&self, args: &[&str]) -> String {
        self.stdout_on(&self.today, args)
    }

    /// Stdout of a command that must succeed, run on another day, and say
    /// nothing on stderr: a warning nobody expected is a failure too.
    pub fn stdout_on(&self, today: &str, args: &[&str]) -> String {
        let out = self.plan_on(today, args).output().expect("run plan");
        assert!(out.status.success(), "plan {args:?} on {today} failed: {}", text(&out.stderr));
        assert!(out.stderr.is_empty(), "plan {args:?} on {today} said on stderr: {}", text(&out.stderr));
        String::from_utf8(out.stdout).expect("utf-8 output")
    }

    /// Stdout and stderr of a command that must succeed and is expected to
    /// say something on stderr (a note, a warning): the test checks it.
    pub fn outputs(&self, args: &[&str]) -> (String, String) {
        let out = self.plan(args).output().expect("run plan");
        assert!(out.status.success(), "plan {args:?} failed: {}", text(&out.stderr));
        (text(&out.stdout), text(&out.stderr))
    }

    /// Parsed `--json` output of a command that must succeed.
    pub fn json(&self, args: &[&str]) -> Value {
        self.json_on(&self.today, args)
    }

    /// Parsed `--json` output of a command that must succeed, run on another day.
    pub fn json_on(&self, today: &str, args: &[&str]) -> Value {
        serde_json::from_str(&self.stdout_on(today, args)).expect("valid JSON")
    }

    /// `log --json` on `today` as a map from date to the whole entry.
    pub fn log_map(&self, today: &str) -> BTreeMap<String, Value> {
        let log = self.json_on(today, &["log", "--json"]);
        let entries = log.as_array().expect("log --json is an array");
        let map: BTreeMap<String, Value> = entries
            .iter()
            .map(|entry| (entry["date"].as_str().expect("a date").to_owned(), entry.clone()))
            .collect();
        assert_eq!(map.len(), entries.len(), "log --json lists a date twice: {log}");
        map
    }

    /// `plan ARGS` is refused: exit `code`, nothing on stdout, exactly
    /// `stderr` on stderr, and the plan folder as it was.
    pub fn assert_refuses(&self, args: &[&str], code: i32, stderr: &str) {
        self.assert_refuses_on(&self.today, args, code, stderr);
    }

    /// `plan ARGS` on `today` is refused, as [`Env::assert_refuses`].
    pub fn assert_refuses_on(&self, today: &str, args: &[&str], code: i32, stderr: &str) {
        let context = format!("plan {args:?} on {today}");
        let before = self.snapshot();
        let out = self.plan_on(today, args).output().expect("run plan");
        assert_eq!(assert_refused(&out, code, &[], &context), stderr, "{context}: stderr");
        self.assert_unchanged(&before, &context);
    }

    /// Every file under the plan folder with its bytes, to prove a command changed nothing.
    pub fn snapshot(&self) -> Snapshot {
        let mut files = BTreeMap::new();
        walk(&self.home(), &mut files);
        files
    }

    /// The plan folder holds exactly the bytes it held at `before`.
    pub fn assert_unchanged(&self, before: &Snapshot, context: &str) {
        let after = self.snapshot();
        assert!(*before == after, "{context}: the plan folder changed: {:?}", differing(before, &after));
    }

    /// A world whose plan folder is a copy of `tests/fixtures/NAME`, made private.
    pub fn from_fixture(name: &str, today: &str) -> Env {
        let env = Env::new(today);
        let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name);
        copy_dir(&fixture, &env.home());
        fs::set_permissions(env.home(), fs::Permissions::from_mode(0o700)).expect("chmod the plan folder");
        env
    }

    /// `$XDG_CONFIG_HOME/plan`: this device's id (`device.json`) and key.
    pub fn config_dir(&self) -> PathBuf {
        self.user_home().join(".config/plan")
    }

    /// `$XDG_CACHE_HOME/plan`: a folder for each plan folder, with its lock
    /// and read cache.
    pub fn cache_root(&self) -> PathBuf {
        self.user_home().join(".cache/plan")
    }

    /// The cache folder of the plan folder: the one folder in [`Env::cache_root`].
    pub fn cache_dir(&self) -> PathBuf {
        let mut found: Vec<PathBuf> = fs::read_dir(self.cache_root())
            .expect("a cache folder")
            .map(|entry| entry.expect("list the cache").path())
            .collect();
        assert_eq!(found.len(), 1, "one plan folder, one cache folder: {found:?}");
        found.pop().expect("one")
    }

    /// The lock every change takes, in the cache folder.
    pub fn lock_path(&self) -> PathBuf {
        self.cache_dir().join("lock")
    }

    /// This device's id, from `device.json` in the config folder.
    pub fn device_id(&self) -> String {
        let bytes = fs::read(self.config_dir().join("device.json")).expect("device.json");
        let device: Value = serde_json::from_slice(&bytes).expect("device.json is JSON");
        device["id"].as_str().expect("a device id").to_owned()
    }

    /// This device's folder in the plan folder, `devices/<id>`: its head and logs.
    pub fn device_dir(&self) -> PathBuf {
        self.home().join("devices").join(self.device_id())
    }

    /// This device's head, parsed.
    pub fn head(&self) -> Value {
        let bytes = fs::read(self.device_dir().join("head")).expect("this device's head");
        serde_json::from_slice(&bytes).expect("the head is JSON")
    }

    /// `plan assess` on `date`, every question answered: `yes` to `named`
    /// (when there is one), `no` to the rest.
    pub fn assess(&self, date: &str, named: Option<&str>) {
        let questions = self.json_on(date, &["assess", "--list", "--json"]);
        let answers: Vec<String> = questions
            .as_array()
            .expect("questions")
            .iter()
            .map(|q| {
                let id = q["id"].as_str().expect("an id");
                format!("--answer={id}={}", if Some(id) == named { "yes" } else { "no" })
            })
            .collect();
        let mut args = vec!["assess"];
        args.extend(answers.iter().map(String::as_str));
        self.plan_on(date, &args).assert().success();
    }

    /// Write a file beside the plan folder (a user's playbook, say) and return its path.
    pub fn write(&self, name: &str, text: &str) -> PathBuf {
        let path = self.dir.path().join(name);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).expect("create parent");
        }
        fs::write(&path, text).expect("write file");
        path
    }
}

/// Output bytes as text, for messages and comparisons.
pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// `out` is a refusal: exit `code`, nothing on stdout, stderr that starts
/// with `error:`, and each of `names` on an `error:` line. Returns stderr.
pub fn assert_refused(out: &Output, code: i32, names: &[&str], context: &str) -> String {
    let stderr = text(&out.stderr);
    assert_eq!(
        out.status.code(),
        Some(code),
        "{context}: exit code; stdout: {}; stderr: {stderr}",
        text(&out.stdout)
    );
    assert!(stderr.starts_with("error:"), "{context}: stderr starts with `error:`: {stderr}");
    assert!(out.stdout.is_empty(), "{context}: a refusal printed on stdout: {}", text(&out.stdout));
    for name in names {
        assert!(
            stderr.lines().any(|line| line.starts_with("error:") && line.contains(name)),
            "{context}: an `error:` line names {name:?}; stderr: {stderr}"
        );
    }
    stderr
}

/// The paths two snapshots disagree on, each with what happened to it.
pub fn differing(before: &Snapshot, after: &Snapshot) -> Vec<String> {
    let paths: BTreeSet<&PathBuf> = before.keys().chain(after.keys()).collect();
    paths
        .into_iter()
        .filter(|path| before.get(*path) != after.get(*path))
        .map(|path| {
            let what = match (before.get(path), after.get(path)) {
                (Some(_), None) => "removed",
                (None, Some(_)) => "added",
                _ => "changed",
            };
            format!("{} ({what})", path.display())
        })
        .collect()
}

/// The permission bits (setuid and sticky too) of `dir` and everything under it.
pub fn modes(dir: &Path) -> BTreeMap<PathBuf, u32> {
    let mut modes = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        modes.insert(dir.clone(), fs::metadata(&dir).expect("stat").permissions().mode() & 0o7777);
        for entry in fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else {
                modes.insert(path.clone(), fs::metadata(&path).expect("stat").permissions().mode() & 0o7777);
            }
        }
    }
    modes
}

/// `dir` is 0700 and so is every folder under it; every file is 0600.
pub fn assert_private(dir: &Path, context: &str) {
    let wrong: Vec<String> = modes(dir)
        .into_iter()
        .filter(|(path, mode)| *mode != if path.is_dir() { 0o700 } else { 0o600 })
        .map(|(path, mode)| format!("{} {mode:04o}", path.display()))
        .collect();
    assert!(wrong.is_empty(), "{context}: not private: {wrong:?}");
}

/// Copy a folder and everything in it.
pub fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).expect("create folder");
    for entry in fs::read_dir(from).expect("list folder").flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).expect("copy file");
        }
    }
}

/// Our temporary files (`.NAME.plan-tmp.…`) anywhere under `dir`, by path
/// from `dir`: what a killed or failed run leaves, and the next change removes.
pub fn temporary_files(dir: &Path) -> Vec<String> {
    let mut files = Snapshot::new();
    walk(dir, &mut files);
    files
        .keys()
        .filter(|path| path.file_name().is_some_and(|name| name.to_string_lossy().contains(".plan-tmp.")))
        .map(|path| path.strip_prefix(dir).unwrap_or(path).display().to_string())
        .collect()
}

/// Every file (with its bytes) and folder (empty) under `dir`.
pub fn tree(dir: &Path) -> Snapshot {
    let mut files = Snapshot::new();
    walk(dir, &mut files);
    files
}

/// Every file under `dir` whose bytes hold `word`, by path from `dir`.
pub fn files_holding(dir: &Path, word: &str) -> Vec<String> {
    tree(dir)
        .into_iter()
        .filter(|(_, bytes)| bytes.windows(word.len()).any(|w| w == word.as_bytes()))
        .map(|(path, _)| path.strip_prefix(dir).unwrap_or(&path).display().to_string())
        .collect()
}

fn walk(dir: &Path, files: &mut Snapshot) {
    let Ok(entries) = fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            files.insert(path.clone(), Vec::new());
            walk(&path, files);
        } else {
            files.insert(path.clone(), fs::read(&path).unwrap_or_default());
        }
    }
}

/// Nothing of the developer's environment reaches a test's process.
#[test]
fn a_test_process_sees_only_what_the_harness_sets() {
    let env = Env::new("2026-11-22");
    let out = env.command(&env.today, "env").output().expect("run env");
    assert!(out.status.success());
    let seen = text(&out.stdout);
    let names: BTreeSet<&str> = seen.lines().filter_map(|line| Some(line.split_once('=')?.0)).collect();
    let set = [
        "HOME",
        "LANG",
        "PATH",
        "PLAN_HOME",
        "PLAN_TODAY",
        "XDG_CACHE_HOME",
        "XDG_CONFIG_HOME",
        "XDG_DATA_HOME",
    ];
    assert_eq!(names, BTreeSet::from(set), "{seen}");
    assert!(seen.lines().any(|line| line == format!("HOME={}", env.user_home().display())), "{seen}");
}

/// Fail (never skip) a test that needs `strace` where it is missing.
pub fn require_strace() {
    let probe = Command::new("strace").arg("-V").output();
    assert!(
        probe.as_ref().is_ok_and(|out| out.status.success()),
        "this test needs strace ({probe:?}): apt-get install strace; .ci/run installs it"
    );
}

/// The display width of a line: wide characters (CJK, emoji) take two columns.
pub fn display_width(line: &str) -> usize {
    line.chars()
        .map(|c| {
            let wide = matches!(c as u32, 0x1100..=0x115F | 0x2E80..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF
                | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6 | 0x1F300..=0x1F64F | 0x1F900..=0x1F9FF);
            if wide { 2 } else { 1 }
        })
        .sum()
}
