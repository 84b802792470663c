//! `plan` never uses the network: no networking crate is in its build, and
//! its own code opens no socket.

use std::fs;
use std::path::Path;

use crate::harness::{Env, require_strace, text};

const NETWORK_CRATES: &[&str] =
    &["hyper", "reqwest", "ureq", "curl", "tokio", "mio", "socket2", "isahc", "attohttpc", "surf", "h2"];

#[test]
fn no_networking_crate_is_built_into_plan() {
    let lock = fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.lock")).unwrap();
    let names: Vec<&str> =
        lock.lines().filter_map(|line| line.strip_prefix("name = \"")?.strip_suffix('"')).collect();
    assert!(names.contains(&"serde"), "Cargo.lock was not read as expected");
    for name in NETWORK_CRATES {
        assert!(!names.contains(name), "`{name}` is in Cargo.lock: plan must never reach the network");
    }
}

#[test]
fn the_source_opens_no_socket() {
    fn visit(dir: &Path, found: &mut Vec<String>) {
        for entry in fs::read_dir(dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                visit(&path, found);
            } else if path.extension().is_some_and(|ext| ext == "rs") {
                let text = fs::read_to_string(&path).unwrap();
                for word in ["std::net", "TcpStream", "UdpSocket", "TcpListener", "UnixStream"] {
                    if text.contains(word) {
                        found.push(format!("{} uses {word}", path.display()));
                    }
                }
            }
        }
    }
    let mut found = Vec::new();
    visit(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src")), &mut found);
    assert!(found.is_empty(), "{found:?}");
}

/// Watch a whole day of use make no socket call. CI installs strace.
#[test]
#[ignore = "needs strace (apt-get install strace); CI installs it"]
fn a_day_of_use_makes_no_socket_call() {
    require_strace();
    let env = Env::new("2026-11-22");
    let trace = env.dir.path().join("trace");
    let strace =
        ["strace", "-f", "-qq", "-e", "trace=socket,connect,sendto,sendmsg", "-o", trace.to_str().unwrap()];
    let backup = env.dir.path().join("backup.json");
    let backup = backup.to_str().unwrap();
    for args in [
        &["start"][..],
        &["checkin", "--mood", "5", "--note", "quiet day"],
        &["status"],
        &["next"],
        &["log"],
        &["slip"],
        &["doctor"],
        &["playbooks"],
        &["why", "to feel like myself"],
        &["urge"],
        &["urge", "--resolve", "held"],
        &["calendar"],
        &["report"],
        &["export", "--format", "ics"],
        &["export", "--format", "json", "--output", backup],
        &["import", backup, "--force"],
        &["end", "--outcome", "paused"],
    ] {
        let out = env.wrapped(&env.today, &strace, args).output().unwrap();
        assert!(out.status.success(), "plan {args:?}: {}", text(&out.stderr));
        let trace = fs::read_to_string(&trace).unwrap();
        let calls: Vec<&str> = trace
            .lines()
            .filter(|line| {
                ["socket(", "connect(", "sendto(", "sendmsg("].iter().any(|call| line.contains(call))
            })
            .collect();
        assert!(calls.is_empty(), "plan {args:?} made network calls: {calls:?}");
    }
}
