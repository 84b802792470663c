//! `plan` never uses the network: no networking crate is in its build, and
//! its own code opens no socket.

use std::fs;
use std::path::Path;

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
