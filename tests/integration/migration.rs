//! A state written by an older `plan` is read, and kept as it was before the
//! first save migrates it; one written by a newer `plan` is refused, untouched.

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use crate::harness::Env;

const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/schema1");

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap().flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// A plan folder as schema 1 left it: started 2026-10-01 (last contact
/// 2026-09-28), a check-in on 10-05 and a slip on 10-08.
fn schema1(today: &str) -> Env {
    let env = Env::new(today);
    copy_dir(Path::new(FIXTURE), &env.home());
    fs::set_permissions(env.home(), fs::Permissions::from_mode(0o700)).unwrap();
    env
}

#[test]
fn an_older_state_is_read_without_writing() {
    let env = schema1("2026-10-15");
    let before = env.snapshot();
    let status = env.json(&["status", "--json"]);
    assert_eq!(status["no_contact"]["since"], "2026-10-08");
    assert_eq!(status["no_contact"]["days"], 7);
    assert_eq!(status["no_contact"]["longest"], 10);
    assert_eq!(status["checkins"], 2);
    env.assert_unchanged(&before, "reading an old state");
}

#[test]
fn the_first_save_keeps_the_old_state_and_migrates() {
    let env = schema1("2026-10-20");
    let original = fs::read(env.home().join("state.json")).unwrap();
    env.plan(&["checkin", "--mood", "6"]).assert().success();
    assert_eq!(fs::read(env.home().join("state.json.schema1")).unwrap(), original);
    let state: serde_json::Value =
        serde_json::from_slice(&fs::read(env.home().join("state.json")).unwrap()).unwrap();
    assert_eq!(state["schema"], 2);
    assert_eq!(state["playbook_source"], "unknown");
    let log = env.json(&["log", "--json"]);
    let dates: Vec<&str> = log.as_array().unwrap().iter().map(|e| e["date"].as_str().unwrap()).collect();
    assert_eq!(dates, ["2026-10-20", "2026-10-08", "2026-10-05"]);
    assert_eq!(log[2]["note"], "first week");
    // A second save does not overwrite the kept copy.
    env.plan(&["checkin", "--urge", "2"]).assert().success();
    assert_eq!(fs::read(env.home().join("state.json.schema1")).unwrap(), original);
}

#[test]
fn a_newer_state_is_refused_and_left_alone() {
    let env = schema1("2026-10-20");
    let path = env.home().join("state.json");
    let mut state: serde_json::Value = serde_json::from_slice(&fs::read(&path).unwrap()).unwrap();
    state["schema"] = 7.into();
    fs::write(&path, serde_json::to_vec(&state).unwrap()).unwrap();
    let stderr = format!(
        "error: {} was written by a newer plan (state schema 7; this one reads up to 2)\nhint: nothing was \
         changed; upgrade plan to open it\n",
        path.display()
    );
    for args in [&["status"][..], &["checkin", "--mood", "5"], &["done"]] {
        env.assert_refuses(args, 1, &stderr);
    }
}
