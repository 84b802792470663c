//! A state written by an older `plan` is read, and kept as it was before the
//! first save migrates it; one written by a newer `plan` is refused, untouched.

use std::fs;

use crate::harness::{Env, text};

/// A plan folder as schema 1 left it (layout 2): started 2026-10-01 (last
/// contact 2026-09-28), a check-in on 10-05 and a slip on 10-08.
fn schema1(today: &str) -> Env {
    Env::from_fixture("schema1", today)
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

/// The first change moves a layout-2 plan to this device's logs with every
/// check-in, step and tick, says so, and keeps the old files aside until the
/// next change, and the state as schema 1 wrote it for good.
#[test]
fn the_first_save_keeps_the_old_state_and_migrates() {
    let env = schema1("2026-10-20");
    let home = env.home();
    let original = fs::read(home.join("state.json")).unwrap();
    let month = fs::read(home.join("checkins/2026-10.2.json")).unwrap();
    let status = env.json(&["status", "--json"]);
    let out = env.plan(&["checkin", "--mood", "6"]).output().unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let kept = home.join("migrated-from-layout-2");
    assert_eq!(
        text(&out.stderr),
        format!(
            "note: the plan now keeps a log for each device (see `plan device`); its old files are in {} until the next change\n",
            kept.display()
        )
    );
    // Moved: the old files aside, the plan in this device's logs.
    let mut names: Vec<String> =
        fs::read_dir(&home).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    names.sort();
    assert_eq!(names, ["devices", "format", "migrated-from-layout-2"]);
    assert_eq!(fs::read(kept.join("state.json.schema1")).unwrap(), original);
    assert_eq!(fs::read(kept.join("state.json")).unwrap(), original);
    assert_eq!(fs::read(kept.join("checkins/2026-10.2.json")).unwrap(), month);
    let format: serde_json::Value = serde_json::from_slice(&fs::read(home.join("format")).unwrap()).unwrap();
    assert_eq!(format["layout"], 3);
    let start: serde_json::Value = serde_json::from_str(
        fs::read_to_string(env.device_dir().join("plan.jsonl")).unwrap().lines().next().unwrap(),
    )
    .unwrap();
    assert_eq!((&start["type"], &start["source"]), (&"start".into(), &"unknown".into()), "{start}");
    assert_eq!((&start["started"], &start["since"]), (&"2026-10-01".into(), &"2026-09-28".into()));
    // Nothing lost: the same plan, with the new check-in.
    let log = env.json(&["log", "--json"]);
    let dates: Vec<&str> = log.as_array().unwrap().iter().map(|e| e["date"].as_str().unwrap()).collect();
    assert_eq!(dates, ["2026-10-20", "2026-10-08", "2026-10-05"]);
    assert_eq!(log[2]["note"], "first week");
    let after = env.json(&["status", "--json"]);
    assert_eq!(after["checkins"], 3);
    assert_eq!(after["no_contact"], status["no_contact"]);
    assert_eq!(after["steps_done"], status["steps_done"]);
    assert_eq!(after["step"], status["step"]);
    // A second save takes the old files away, but never the kept copy.
    let out = env.plan(&["checkin", "--urge", "2"]).output().unwrap();
    assert!(out.status.success());
    assert_eq!(text(&out.stderr), "", "said once");
    let mut left: Vec<String> =
        fs::read_dir(&kept).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    left.sort();
    assert_eq!(left, ["state.json.schema1"]);
    assert_eq!(fs::read(kept.join("state.json.schema1")).unwrap(), original);
    assert_eq!(env.json(&["log", "--json"])[0]["urge"], 2);
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
