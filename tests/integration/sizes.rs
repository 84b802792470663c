//! Every file `plan` commits can be read back by `plan` (issue 17, case 1):
//! logs roll into numbered segments before they near what `plan` reads, and
//! a change too large for any log is refused before anything is written.

use std::fs;

use serde_json::{Value, json};

use crate::harness::{Env, assert_refused};

const TODAY: &str = "2026-11-30";

/// An export of a fresh plan, to build larger ones from.
fn exported() -> Value {
    let env = Env::started("2026-11-01");
    serde_json::from_str(&env.stdout_on(TODAY, &["export", "--format", "json"])).unwrap()
}

/// Text of `n` bytes that no compressor or parser shortens: a note a person might paste.
fn long_text(n: usize, seed: usize) -> String {
    let words = ["quiet", "morning", "walked", "river", "called", "Sam", "cried", "slept", "better", "again"];
    let mut text = String::with_capacity(n + 16);
    let mut i = seed;
    while text.len() < n {
        text.push_str(words[i % words.len()]);
        text.push(' ');
        i = i.wrapping_mul(7).wrapping_add(3);
    }
    text
}

/// The largest plan the routes allow, brought in at once: a month of long
/// notes and a long history of whys, each log far past what `plan` reads
/// in one file.
fn large_export() -> Value {
    let mut export = exported();
    let events = export["events"].as_array_mut().unwrap();
    for i in 0..300usize {
        let date = format!("2026-11-{:02}", 1 + i % 29);
        events
            .push(json!({"type": "checkin", "date": date, "mood": 1 + i % 10, "note": long_text(60_000, i)}));
    }
    for i in 0..200usize {
        events.push(json!({"type": "why", "date": "2026-11-02", "text": long_text(100_000, i)}));
    }
    export
}

#[test]
fn the_largest_plan_each_route_allows_reads_back_and_its_export_imports() {
    let file = tempfile::NamedTempFile::new().unwrap();
    fs::write(file.path(), serde_json::to_vec(&large_export()).unwrap()).unwrap();
    let env = Env::new(TODAY);
    env.plan_on(TODAY, &["import", file.path().to_str().unwrap()]).assert().success();

    // Every log it wrote is within what it reads, in segments.
    let mut logs: Vec<(String, u64)> = fs::read_dir(env.device_dir())
        .unwrap()
        .flatten()
        .map(|entry| (entry.file_name().to_string_lossy().into_owned(), entry.metadata().unwrap().len()))
        .filter(|(name, _)| std::path::Path::new(name).extension().is_some_and(|ext| ext == "jsonl"))
        .collect();
    logs.sort();
    assert!(logs.iter().all(|(_, len)| *len <= 16 * 1024 * 1024), "{logs:?}");
    assert!(logs.iter().any(|(name, _)| name == "2026-11.2.jsonl"), "the month rolled over: {logs:?}");
    assert!(logs.iter().any(|(name, _)| name == "plan.2.jsonl"), "the plan log rolled over: {logs:?}");

    // Everything reads: the daily views, with no cache, and the export.
    fs::remove_dir_all(env.cache_dir()).ok();
    let status = env.json_on(TODAY, &["status", "--json"]);
    assert_eq!(status["checkins"], 29, "{status}");
    env.plan_on(TODAY, &["checkin", "--mood", "6", "--note", "still here"]).assert().success();
    let why = env.json_on(TODAY, &["why", "--json"]);
    assert!(why["history"].as_array().unwrap().len() >= 200, "every why");
    let again: Value = serde_json::from_str(&env.stdout_on(TODAY, &["export", "--format", "json"])).unwrap();
    assert_eq!(
        again["events"].as_array().unwrap().len(),
        1 + 300 + 200 + 1,
        "every event, and the new check-in"
    );

    // And that export imports on another machine.
    fs::write(file.path(), serde_json::to_vec(&again).unwrap()).unwrap();
    let other = Env::new(TODAY);
    other.plan_on(TODAY, &["import", file.path().to_str().unwrap()]).assert().success();
    assert_eq!(other.json_on(TODAY, &["status", "--json"])["checkins"], 30);
    assert_eq!(
        other.json_on(TODAY, &["log", "--json", "--days", "60"]),
        env.json_on(TODAY, &["log", "--json", "--days", "60"])
    );
}

#[test]
fn a_change_too_large_for_any_log_is_refused_before_anything_is_written() {
    let env = Env::started("2026-11-01");
    let mut export = exported();
    export["events"].as_array_mut().unwrap().push(json!({"type": "why", "date": "2026-11-02",
        "text": long_text(9 * 1024 * 1024, 1)}));
    let file = env.write("huge.json", &serde_json::to_string(&export).unwrap());
    let before = env.snapshot();
    let out = env.plan_on(TODAY, &["import", "--force", file.to_str().unwrap()]).output().unwrap();
    let stderr = assert_refused(&out, 1, &["too large to save", "at most 8 MiB"], "a 9 MiB why");
    assert!(stderr.contains("nothing was changed"), "{stderr}");
    env.assert_unchanged(&before, "a refused import");
    env.json_on(TODAY, &["status", "--json"]);
}

#[test]
fn many_switches_to_a_large_playbook_then_encryption_all_read_back() {
    let env = Env::started("2026-11-01");
    // A valid playbook near the largest plan reads (1 MiB), its summary long.
    let bundled = fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/plans/move-on.toml")).unwrap();
    let long = long_text(900_000, 3);
    let large = bundled.replacen("id = \"move-on\"", "id = \"long-way\"", 1).replacen(
        "summary = \"\"\"\n",
        &format!("summary = \"\"\"\n{long}\n"),
        1,
    );
    let one = env.write("long-way.toml", &large);
    let other = env.write("long-road.toml", &large.replacen("id = \"long-way\"", "id = \"long-road\"", 1));
    // Twenty switches, each carrying its playbook: past what one file may hold.
    for round in 0..20 {
        let to = if round % 2 == 0 { &one } else { &other };
        env.plan_on(TODAY, &["switch", to.to_str().unwrap()]).assert().success();
    }
    env.plan_on(TODAY, &["switch", "four-steps"]).assert().success();
    env.plan_on(TODAY, &["checkin", "--mood", "5", "--note", "after the switches"]).assert().success();
    let logs: Vec<u64> = fs::read_dir(env.device_dir())
        .unwrap()
        .flatten()
        .filter(|entry| entry.file_name().to_string_lossy().starts_with("plan."))
        .map(|entry| entry.metadata().unwrap().len())
        .collect();
    assert!(logs.len() >= 2 && logs.iter().all(|len| *len <= 16 * 1024 * 1024), "{logs:?}");

    // Encrypted, every log still reads back, and so does its export.
    env.plan_on(TODAY, &["encrypt"]).assert().success();
    fs::remove_dir_all(env.cache_dir()).ok();
    assert_eq!(env.json_on(TODAY, &["status", "--json"])["playbook"]["id"], "four-steps");
    let export = env.stdout_on(TODAY, &["export", "--format", "json"]);
    let file = env.write("export.json", &export);
    let other = Env::new(TODAY);
    other.plan_on(TODAY, &["import", file.to_str().unwrap()]).assert().success();
    assert_eq!(other.json_on(TODAY, &["log", "--json"])[0]["notes"][0], "after the switches");
}
