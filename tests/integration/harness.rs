//! Running the real `plan` binary in a throwaway plan folder, with a fixed
//! today and none of the developer's own `PLAN_*` settings.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use tempfile::TempDir;

pub struct Env {
    pub dir: TempDir,
    pub today: String,
}

impl Env {
    /// A fresh, empty world; `home()` does not exist yet.
    pub fn new(today: &str) -> Env {
        Env { dir: tempfile::tempdir().expect("temp dir"), today: today.to_owned() }
    }

    /// A world with a plan started on `today` from the default playbook.
    pub fn started(today: &str) -> Env {
        let env = Env::new(today);
        env.plan(&["start"]).assert().success();
        env
    }

    pub fn home(&self) -> PathBuf {
        self.dir.path().join("home")
    }

    /// `plan ARGS` with today as set.
    pub fn plan(&self, args: &[&str]) -> Command {
        self.plan_on(&self.today, args)
    }

    /// `plan ARGS` on another day.
    pub fn plan_on(&self, today: &str, args: &[&str]) -> Command {
        let mut cmd = Command::cargo_bin("plan").expect("the plan binary");
        for (key, _) in std::env::vars_os() {
            if key.to_string_lossy().starts_with("PLAN_") {
                cmd.env_remove(&key);
            }
        }
        cmd.env("PLAN_HOME", self.home()).env("PLAN_TODAY", today).current_dir(self.dir.path()).args(args);
        cmd
    }

    /// Stdout of a command that must succeed.
    pub fn stdout(&self, args: &[&str]) -> String {
        let out = self.plan(args).output().expect("run plan");
        assert!(out.status.success(), "plan {args:?} failed: {}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).expect("utf-8 output")
    }

    /// Parsed `--json` output of a command that must succeed.
    pub fn json(&self, args: &[&str]) -> serde_json::Value {
        serde_json::from_str(&self.stdout(args)).expect("valid JSON")
    }

    /// Stdout of a command that must succeed, run on another day.
    pub fn stdout_on(&self, today: &str, args: &[&str]) -> String {
        let out = self.plan_on(today, args).output().expect("run plan");
        assert!(
            out.status.success(),
            "plan {args:?} on {today} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).expect("utf-8 output")
    }

    /// Parsed `--json` output of a command that must succeed, run on another day.
    pub fn json_on(&self, today: &str, args: &[&str]) -> serde_json::Value {
        serde_json::from_str(&self.stdout_on(today, args)).expect("valid JSON")
    }

    /// `plan ARGS` with today as set, run by a shell that first sets `umask`
    /// (an octal string such as "000"), to prove the files stay private whatever it is.
    pub fn plan_with_umask(&self, umask: &str, args: &[&str]) -> Command {
        let bin = assert_cmd::cargo::cargo_bin("plan");
        let mut cmd = Command::new("sh");
        for (key, _) in std::env::vars_os() {
            if key.to_string_lossy().starts_with("PLAN_") {
                cmd.env_remove(&key);
            }
        }
        cmd.env("PLAN_HOME", self.home())
            .env("PLAN_TODAY", &self.today)
            .current_dir(self.dir.path())
            .arg("-c")
            .arg(format!("umask {umask}; exec \"$0\" \"$@\""))
            .arg(bin)
            .args(args);
        cmd
    }

    /// Every file under the plan folder with its bytes, to prove a command changed nothing.
    pub fn snapshot(&self) -> BTreeMap<PathBuf, Vec<u8>> {
        let mut files = BTreeMap::new();
        walk(&self.home(), &mut files);
        files
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

fn walk(dir: &Path, files: &mut BTreeMap<PathBuf, Vec<u8>>) {
    let Ok(entries) = fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            files.insert(path.clone(), Vec::new());
            walk(&path, files);
        } else {
            files.insert(path.clone(), fs::read(&path).expect("read file"));
        }
    }
}
