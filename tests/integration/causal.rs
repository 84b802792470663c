//! What two devices meant, whatever their clocks say (issue 16, cases 3 to 6).
//!
//! The sync engine here is a folder copy: each device has its own plan
//! folder, and `sync(from, to)` copies the folders of every device but
//! `to`'s own from one to the other, the way Syncthing or git delivers
//! them. A device whose clock is broken or hostile is written by hand, as
//! its files would arrive.

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use serde_json::{Value, json};

use crate::harness::{Env, copy_dir};

const TODAY: &str = "2026-11-24";

/// A plan started on one device, and a second device that has synced it.
fn two_devices() -> (Env, Env) {
    let a = Env::started("2026-11-10");
    let b = Env::new(TODAY);
    copy_dir(&a.home(), &b.home());
    fs::set_permissions(b.home(), fs::Permissions::from_mode(0o700)).unwrap();
    // The second device's own id comes with its first command.
    b.plan(&["device", "name", "phone"]).assert().success();
    a.plan(&["device", "name", "laptop"]).assert().success();
    sync(&a, &b);
    (a, b)
}

/// Deliver every other device's files from `from`'s plan folder to `to`'s.
fn sync(from: &Env, to: &Env) {
    let own = to.device_id();
    for entry in fs::read_dir(from.home().join("devices")).unwrap().flatten() {
        if entry.file_name().to_string_lossy() != own {
            copy_dir(&entry.path(), &to.home().join("devices").join(entry.file_name()));
        }
    }
}

fn both_ways(a: &Env, b: &Env) {
    sync(a, b);
    sync(b, a);
}

/// The plan's id, from the log of the device that started it.
fn plan_id(env: &Env) -> String {
    let started = fs::read_dir(env.home().join("devices"))
        .unwrap()
        .flatten()
        .map(|entry| entry.path().join("plan.jsonl"))
        .find(|log| log.exists())
        .unwrap();
    let log = fs::read_to_string(started).unwrap();
    let first: Value = serde_json::from_str(log.lines().next().unwrap()).unwrap();
    first["plan"].as_str().unwrap().to_owned()
}

/// A device that wrote one check-in with `clock`, as its files arrive in `home`.
fn device_with_clock(home: &Path, id: &str, plan: &str, date: &str, clock: &Value) {
    let dir = home.join("devices").join(id);
    fs::create_dir_all(&dir).unwrap();
    let event = json!({"seq": 1, "clock": clock, "plan": plan, "type": "checkin", "date": date, "mood": 1});
    fs::write(dir.join("2026-11.jsonl"), format!("{event}\n")).unwrap();
    let head = json!({"device": id, "name": "odd", "seq": 1, "clock": clock, "files": {"2026-11.jsonl": 1}});
    fs::write(dir.join("head"), head.to_string()).unwrap();
}

fn mood(env: &Env, date: &str) -> Value {
    env.log_map(TODAY).get(date).map_or(Value::Null, |day| day["mood"].clone())
}

/// Two devices, `first` and `second`, the first with the larger id: ties
/// between their clocks would go to the first, though the second wrote later.
fn ordered_by_id((a, b): (Env, Env)) -> (Env, Env) {
    if a.device_id() > b.device_id() { (a, b) } else { (b, a) }
}

/// What `plan doctor` says; a device's clock far ahead is a problem it finds.
fn doctor(env: &Env) -> String {
    let out = env.plan_on(TODAY, &["doctor"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1), "doctor finds the clock a problem");
    String::from_utf8(out.stdout).unwrap()
}

/// The plan as every device must agree on it.
fn agreed(env: &Env) -> (Value, Value) {
    (env.json_on(TODAY, &["status", "--json"]), env.json_on(TODAY, &["log", "--json", "--days", "30"]))
}

#[test]
fn a_broken_clock_on_one_device_never_freezes_last_writer_wins() {
    let (first, second) = ordered_by_id(two_devices());
    let plan = plan_id(&first);
    // A device whose clock reads as far ahead as a file can say.
    for env in [&first, &second] {
        device_with_clock(&env.home(), "00000000000000ff", &plan, "2026-11-20", &json!([u64::MAX, u32::MAX]));
    }
    // An amendment made after seeing its check-in wins over it, everywhere.
    first.plan_on(TODAY, &["checkin", "--date", "2026-11-20", "--mood", "9"]).assert().success();
    both_ways(&first, &second);
    assert_eq!(mood(&second, "2026-11-20"), 9, "an edit made after seeing another wins");

    // Then both devices edit one day offline, the second one later: the
    // later edit wins on both, not the device with the larger id.
    first.plan_on(TODAY, &["checkin", "--date", "2026-11-21", "--mood", "3"]).assert().success();
    second.plan_on(TODAY, &["checkin", "--date", "2026-11-21", "--mood", "7"]).assert().success();
    both_ways(&first, &second);
    assert_eq!(mood(&first, "2026-11-21"), 7);
    assert_eq!(mood(&second, "2026-11-21"), 7);
    assert_eq!(agreed(&first), agreed(&second));
    // The read cache holds what a fresh fold of the logs gives.
    let cached = first.json_on(TODAY, &["status", "--json"]);
    fs::remove_dir_all(first.cache_dir()).unwrap();
    assert_eq!(first.json_on(TODAY, &["status", "--json"]), cached);

    // No device's own clock followed it.
    let head = first.head();
    assert!(head["clock"][0].as_u64().unwrap() < u64::MAX / 2, "{head}");
    let doctor = doctor(&first);
    assert!(doctor.contains("odd") && doctor.contains("ahead of this one"), "{doctor}");
}

#[test]
fn a_slip_stands_against_contact_written_without_seeing_it() {
    let (a, b) = two_devices();
    a.plan_on(TODAY, &["slip", "--date", "2026-11-21"]).assert().success();
    // Later, on the phone that has not synced: practical contact that day.
    b.plan_on(TODAY, &["contact", "logistics", "--date", "2026-11-21"]).assert().success();
    both_ways(&a, &b);
    for env in [&a, &b] {
        let status = env.json_on(TODAY, &["status", "--json"]);
        assert_eq!(status["no_contact"]["since"], "2026-11-21", "{status}");
        assert_eq!(status["no_contact"]["resets"], 1, "{status}");
        assert_eq!(env.log_map(TODAY)["2026-11-21"]["contact"], "initiated");
    }
    assert_eq!(agreed(&a), agreed(&b));

    // Whoever has seen the slip may change it, on purpose.
    b.plan_on(TODAY, &["checkin", "--date", "2026-11-21", "--contact", "none"]).assert().success();
    both_ways(&a, &b);
    assert_eq!(a.json_on(TODAY, &["status", "--json"])["no_contact"]["resets"], 0);
    assert_eq!(agreed(&a), agreed(&b));
}

#[test]
fn a_value_entered_again_is_written_and_wins() {
    let (a, b) = two_devices();
    a.plan_on(TODAY, &["checkin", "--date", "2026-11-22", "--mood", "4"]).assert().success();
    a.plan_on(TODAY, &["done", "1"]).assert().success();
    sync(&a, &b);
    // The laptop changes its mind, and the phone, not synced since, says
    // again what it shows: the phone spoke last.
    a.plan_on(TODAY, &["checkin", "--date", "2026-11-22", "--mood", "6"]).assert().success();
    a.plan_on(TODAY, &["undo", "1", "1"]).assert().success();
    let again = b.stdout_on(TODAY, &["checkin", "--date", "2026-11-22", "--mood", "4"]);
    assert!(again.contains("already says that"), "{again}");
    b.plan_on(TODAY, &["done", "1"]).assert().success();
    both_ways(&a, &b);
    for env in [&a, &b] {
        assert_eq!(mood(env, "2026-11-22"), 4);
        assert_eq!(env.json_on(TODAY, &["next", "--json"])["tasks"][0]["done"], true);
    }
    assert_eq!(agreed(&a), agreed(&b));
}

#[test]
fn a_clock_running_ahead_does_not_make_edit_counts_decide() {
    let (first, second) = ordered_by_id(two_devices());
    let plan = plan_id(&first);
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_millis();
    let ahead = u64::try_from(now).unwrap() + (3 * 24 + 1) * 60 * 60 * 1000;
    for env in [&first, &second] {
        device_with_clock(&env.home(), "00000000000000aa", &plan, "2026-11-12", &json!([ahead, 0]));
    }
    // Once both have seen it, the first device makes many edits, then one
    // to a day the second then edits too, later, offline.
    for date in ["2026-11-13", "2026-11-14", "2026-11-15", "2026-11-16", "2026-11-17"] {
        first.plan_on(TODAY, &["checkin", "--date", date, "--mood", "5"]).assert().success();
    }
    first
        .plan_on(TODAY, &["checkin", "--date", "2026-11-18", "--mood", "3", "--urge", "2"])
        .assert()
        .success();
    second
        .plan_on(TODAY, &["checkin", "--date", "2026-11-18", "--mood", "7", "--urge", "8"])
        .assert()
        .success();
    both_ways(&first, &second);
    for env in [&first, &second] {
        let day = &env.log_map(TODAY)["2026-11-18"];
        assert_eq!(
            (day["mood"].clone(), day["urge"].clone()),
            (json!(7), json!(8)),
            "one device's day, whole"
        );
    }
    assert_eq!(agreed(&first), agreed(&second));
    let doctor = doctor(&second);
    assert!(doctor.contains("3 days ahead of this one"), "{doctor}");
}
