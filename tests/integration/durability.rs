//! What `plan` promises about your data, tried the hard way: many runs at
//! once, runs killed mid-write, damaged files, writes that fail half way,
//! a permissive umask, and a clock that goes back. `tests/kill9.sh` runs the
//! kill loop for longer than `cargo test` should.

use std::collections::BTreeMap;
use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use chrono::{Days, NaiveDate};
use serde_json::Value;

use crate::harness::{Env, assert_private, assert_refused, differing, modes, require_strace, text};

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

fn entry(date: &str, mood: Option<u8>, urge: Option<u8>, contact: &str, note: Option<&str>) -> Value {
    serde_json::json!({"date": date, "mood": mood, "urge": urge, "contact": contact, "note": note, "notes": note.into_iter().collect::<Vec<_>>()})
}

fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("a date")
}

fn add_days(day: NaiveDate, n: usize) -> String {
    day.checked_add_days(Days::new(n as u64)).expect("in range").to_string()
}

/// A JSON file, if it parses.
fn read_json(path: &Path) -> Option<Value> {
    serde_json::from_slice(&fs::read(path).ok()?).ok()
}

/// This device's log of `month` ("YYYY-MM"), or `plan.jsonl` for "plan".
fn own_log(env: &Env, month: &str) -> PathBuf {
    let name = if month == "plan" { "plan.jsonl".to_owned() } else { format!("{month}.jsonl") };
    let path = env.device_dir().join(&name);
    assert!(env.head()["files"][&name].is_u64(), "this device's head names no log {name}");
    path
}

/// The events of a log, one JSON object a line.
fn events(path: &Path) -> Vec<Value> {
    let text = fs::read_to_string(path).expect("a log");
    text.lines().map(|line| serde_json::from_str(line).expect("an event a line")).collect()
}

/// Files a killed or failed run left: our temporary files, anywhere in the
/// plan folder.
fn leftovers(home: &Path) -> Vec<String> {
    crate::harness::temporary_files(home)
}

/// A plan folder in layout 2 (`state.json`, `state.json.bak`, month files)
/// holding the same plan as [`history`]: `tests/fixtures/layout2` is what
/// `plan` of layout 2 wrote for those very commands.
fn legacy_history() -> Env {
    let env = Env::from_fixture("layout2", TODAY);
    let mut all = before_last_save();
    all.push(last_save());
    assert_history(&env, &all);
    env
}

/// The month file a layout-2 `state.json` names for `month`.
fn month_file(env: &Env, month: &str) -> PathBuf {
    let state = read_json(&env.home().join("state.json")).expect("a readable state");
    let generation = &state["months"][month];
    assert!(generation.is_u64(), "state.json names no file for {month}");
    env.home().join("checkins").join(format!("{month}.{generation}.json"))
}

/// Replace a file's bytes, as damage would: a new inode (never through a hard
/// link to another file), mode 0600.
fn damage(path: &Path, bytes: &[u8]) {
    let _ = fs::remove_file(path);
    fs::write(path, bytes).expect("write the damage");
    fs::set_permissions(path, fs::Permissions::from_mode(0o600)).expect("chmod");
}

/// A small random-number generator, so the kill timings differ between runs
/// without a dependency; the seed is printed so a failure can be replayed
/// (`KILL9_SEED=...`).
struct Rng(u64);

impl Rng {
    fn seeded() -> Rng {
        let seed = std::env::var("KILL9_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or_else(|| {
            let nanos = SystemTime::now().duration_since(UNIX_EPOCH).map_or(1, |d| d.as_nanos());
            u64::try_from(nanos % u128::from(u64::MAX)).unwrap_or(1) | 1
        });
        eprintln!("random seed {seed} (KILL9_SEED={seed} replays it)");
        Rng(seed)
    }

    fn below(&mut self, n: u64) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) % n
    }
}

// ---------------------------------------------------------------------------
// A plan with some history
// ---------------------------------------------------------------------------

const TODAY: &str = "2026-11-22";

/// The check-ins `history` records before its last save.
fn before_last_save() -> Vec<Value> {
    vec![
        entry("2026-10-05", Some(3), Some(8), "none", None),
        entry("2026-10-20", None, None, "initiated", Some("called them at 2am")),
        entry("2026-11-03", Some(6), None, "allowed", Some("school run — ça va, 学校")),
    ]
}

/// The check-in `history` records last.
fn last_save() -> Value {
    entry("2026-11-10", Some(7), Some(2), "none", None)
}

/// A plan started on 2026-10-01, today 2026-11-22: check-ins in two months,
/// a slip, a ticked task, a backup. Its last save is the check-in of 2026-11-10.
fn history() -> Env {
    let env = Env::new(TODAY);
    env.plan_on("2026-10-01", &["start"]).assert().success();
    let runs: [&[&str]; 5] = [
        &["checkin", "--date", "2026-10-05", "--mood", "3", "--urge", "8"],
        &["slip", "--date", "2026-10-20", "--note", "called them at 2am"],
        &["done", "1"],
        &[
            "checkin",
            "--date",
            "2026-11-03",
            "--mood",
            "6",
            "--contact",
            "allowed",
            "--note",
            "school run — ça va, 学校",
        ],
        &["checkin", "--date", "2026-11-10", "--mood", "7", "--urge", "2"],
    ];
    for args in runs {
        env.plan(args).assert().success();
    }
    let mut all = before_last_save();
    all.push(last_save());
    assert_history(&env, &all);
    env
}

/// `log --json` holds exactly these entries.
fn assert_history(env: &Env, entries: &[Value]) {
    let expected: BTreeMap<String, Value> =
        entries.iter().map(|e| (e["date"].as_str().unwrap().to_owned(), e.clone())).collect();
    let log = env.log_map(&env.today);
    assert!(log == expected, "log --json:\n{log:#?}\nexpected:\n{expected:#?}");
}

/// Every command a person runs on a plan, readers and writers.
const COMMANDS: [&[&str]; 14] = [
    &["status"],
    &["status", "--json"],
    &["status", "--short"],
    &["next"],
    &["steps"],
    &["log"],
    &["log", "--json"],
    &["checkin", "--mood", "5"],
    &["checkin", "--date", "2026-11-03", "--mood", "9"],
    &["checkin", "--date", "2026-10-07", "--urge", "1"],
    &["slip", "--date", "2026-11-21"],
    &["done", "1"],
    &["done", "2"],
    &["done"],
];

// ---------------------------------------------------------------------------
// 1. Races
// ---------------------------------------------------------------------------

/// Forty `plan checkin` runs at once, each on its own date: every one is recorded.
#[test]
fn forty_checkins_at_once_are_all_recorded() {
    let env = Env::new("2026-12-31");
    env.plan_on("2026-11-01", &["start"]).assert().success();
    let first = date("2026-11-01");
    let runs: Vec<(String, String, Child)> = (0..40)
        .map(|i| {
            let day = add_days(first, i);
            let mood = (i % 10 + 1).to_string();
            let child = env
                .spawnable("2026-12-31", &["checkin", "--date", &day, "--mood", &mood])
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .expect("spawn plan");
            (day, mood, child)
        })
        .collect();
    let mut expected = BTreeMap::new();
    for (day, mood, child) in runs {
        let out = child.wait_with_output().expect("wait for plan");
        assert!(out.status.success(), "checkin for {day} failed: {}", text(&out.stderr));
        expected.insert(day, mood.parse::<u64>().unwrap());
    }
    let log = env.log_map("2026-12-31");
    let got: BTreeMap<String, u64> =
        log.iter().map(|(day, entry)| (day.clone(), entry["mood"].as_u64().expect("a mood"))).collect();
    assert!(got == expected, "after 40 check-ins at once, log --json has {} of them:\n{got:?}", got.len());
    let status = env.json_on("2026-12-31", &["status", "--json"]);
    assert_eq!(status["checkins"], 40);
    assert_eq!(leftovers(&env.home()), Vec::<String>::new());
}

/// A run that finds the lock taken (in the cache folder) says so, waits,
/// changing nothing meanwhile, and then does its work.
#[test]
fn a_run_waits_for_the_lock_and_says_so() {
    let env = Env::started("2026-11-22");
    let lock = std::fs::File::options().write(true).open(env.lock_path()).unwrap();
    lock.lock().unwrap();
    let before = env.snapshot();
    let child = env
        .spawnable("2026-11-22", &["checkin", "--mood", "5"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(300));
    let mut child = child;
    assert!(child.try_wait().unwrap().is_none(), "the check-in went ahead while another run held the lock");
    env.assert_unchanged(&before, "a check-in waiting for the lock");
    // `status` reads without the lock.
    assert_eq!(env.json(&["status", "--json"])["checkins"], 0);
    lock.unlock().unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stderr), "waiting for another plan to finish…\n");
    assert_eq!(env.json(&["status", "--json"])["checkins"], 1);
}

/// Check-ins, slips, task ticks and readers all at once: no update is lost
/// and no reader ever sees a half-written plan.
#[test]
fn checkins_ticks_and_readers_at_once() {
    let env = Env::new("2026-12-31");
    env.plan_on("2026-11-01", &["start"]).assert().success();
    let first = date("2026-11-01");
    let mut children: Vec<(Vec<String>, Child)> = Vec::new();
    let mut spawn = |args: Vec<String>| {
        let refs: Vec<&str> = args.iter().map(String::as_str).collect();
        let child = env
            .spawnable("2026-12-31", &refs)
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn plan");
        children.push((args, child));
    };
    for i in 0..20 {
        let day = add_days(first, i * 2);
        if i % 5 == 4 {
            spawn(vec!["slip".into(), "--date".into(), day]);
        } else {
            spawn(vec!["checkin".into(), "--date".into(), day, "--mood".into(), (i % 10 + 1).to_string()]);
        }
        if i < 5 {
            spawn(vec!["done".into(), (i + 1).to_string()]);
        }
        if i % 2 == 0 {
            spawn(vec!["status".into(), "--json".into()]);
        }
    }
    for (args, child) in children {
        let out = child.wait_with_output().expect("wait for plan");
        assert!(out.status.success(), "plan {args:?} failed: {}", text(&out.stderr));
    }
    let log = env.log_map("2026-12-31");
    assert_eq!(log.len(), 20, "{log:#?}");
    for i in 0..20 {
        let day = add_days(first, i * 2);
        let entry = &log[&day];
        if i % 5 == 4 {
            assert_eq!(entry["contact"], "initiated", "{day}");
        } else {
            assert_eq!(entry["mood"], i % 10 + 1, "{day}");
        }
    }
    let status = env.json_on("2026-12-31", &["status", "--json"]);
    assert_eq!(status["checkins"], 20);
    assert_eq!(status["no_contact"]["resets"], 4);
    assert_eq!(status["no_contact"]["since"], add_days(first, 38));
    let next = env.json_on("2026-12-31", &["next", "--json"]);
    let ticked: Vec<bool> =
        next["tasks"].as_array().unwrap().iter().map(|task| task["done"].as_bool().unwrap()).collect();
    assert_eq!(ticked, [true; 5], "every tick is kept: {next}");
    assert_eq!(leftovers(&env.home()), Vec::<String>::new());
}

// ---------------------------------------------------------------------------
// 2. kill -9
// ---------------------------------------------------------------------------

/// `plan checkin` killed at random moments: each time the plan reads, holds
/// every check-in confirmed before and the new one or not, and leftovers are
/// gone after the next successful run. `tests/kill9.sh` does this 300 times.
#[test]
fn kill_9_mid_write_loses_nothing() {
    const ROUNDS: usize = 30;
    let today = "2026-12-31";
    let env = Env::new(today);
    env.plan_on("2026-01-01", &["start"]).assert().success();
    let mut rng = Rng::seeded();
    let mut confirmed: BTreeMap<String, Value> = BTreeMap::new();
    let (mut completed, mut killed_kept, mut killed_lost) = (0, 0, 0);
    let mut kills_since_success = 0;
    for round in 0..ROUNDS {
        let day = add_days(date("2026-01-01"), round * 11);
        let mood = round % 10 + 1;
        let slip = round % 7 == 3;
        let mut args = vec!["checkin", "--date", &day];
        let mood_text = mood.to_string();
        args.extend(if slip { ["--contact", "slip"] } else { ["--mood", &mood_text] });
        let mut child = env
            .spawnable(today, &args)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn plan");
        std::thread::sleep(Duration::from_micros(rng.below(6000)));
        let _ = child.kill();
        let finished = child.wait().expect("wait for plan").success();

        let status = env.spawnable(today, &["status", "--json"]).output().expect("run status");
        assert!(status.status.success(), "round {round}: status after kill -9: {}", text(&status.stderr));
        let log = env.log_map(today);
        let new = if slip {
            entry(&day, None, None, "initiated", None)
        } else {
            entry(&day, Some(u8::try_from(mood).unwrap()), None, "none", None)
        };
        let mut with_new = confirmed.clone();
        with_new.insert(day.clone(), new);
        if log == with_new {
            if finished {
                completed += 1;
            } else {
                killed_kept += 1;
            }
            confirmed = with_new;
        } else {
            assert!(!finished, "round {round}: checkin exited 0 but {day} is not in the log: {log:#?}");
            assert!(
                log == confirmed,
                "round {round}: after kill -9 the log lost or gained entries: {log:#?}"
            );
            killed_lost += 1;
        }
        let status: Value = serde_json::from_slice(&status.stdout).expect("status --json");
        assert_eq!(status["checkins"], confirmed.len(), "round {round}");
        // Each backup is a whole log: an event on every line.
        for entry in fs::read_dir(env.device_dir()).expect("this device's folder").flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.ends_with(".jsonl.bak") {
                let backup = events(&entry.path());
                assert!(
                    !backup.is_empty() && backup.iter().all(|event| event["seq"].is_u64()),
                    "round {round}: {name} is a log"
                );
            }
        }
        let slips = confirmed.values().filter(|e| e["contact"] == "initiated").count();
        assert_eq!(status["no_contact"]["resets"], slips, "round {round}");
        // A killed run leaves at most a month file (or its temporary file) and
        // the state's temporary files; the next successful run removes them all.
        let left = leftovers(&env.home());
        if finished {
            assert_eq!(left, Vec::<String>::new(), "round {round}: a successful run leaves nothing behind");
            kills_since_success = 0;
        } else {
            kills_since_success += 1;
            assert!(left.len() <= 3 * kills_since_success, "round {round}: leftovers pile up: {left:?}");
        }
    }
    // One more run that is not killed cleans up whatever the last kill left.
    env.plan(&["checkin", "--mood", "5"]).assert().success();
    assert_eq!(leftovers(&env.home()), Vec::<String>::new());
    assert_eq!(env.log_map(today).len(), confirmed.len() + 1);
    eprintln!(
        "{ROUNDS} rounds: {completed} finished, {killed_kept} killed after the commit, {killed_lost} killed before it"
    );
}

/// A change rewrites a log (temporary file, a second link to the old log,
/// rename) and then commits it with the head. A kill between keeping the
/// old log aside and the rename leaves the link (`.LOG.bak.plan-tmp.…`, the
/// same file as the log) and the new log's temporary file; a kill between the
/// log's rename and the head's leaves a log with an event its head does not
/// commit. Either way the plan reads as before; the next save leaves nothing
/// behind, keeps the log as it was as the backup, and the uncommitted event
/// never shows, even once its number is reused in another log.
#[test]
fn a_save_after_a_kill_between_backup_and_commit_leaves_nothing() {
    let mut all = before_last_save();
    all.push(last_save());

    // Killed between the backup link and the new log's rename.
    let env = history();
    let log = own_log(&env, "2026-11");
    let dir = env.device_dir();
    let old = fs::read(&log).unwrap();
    fs::hard_link(&log, dir.join(".2026-11.jsonl.bak.plan-tmp.0123456789abcdef")).unwrap();
    let mut half = old.clone();
    half.extend_from_slice(b"{\"seq\":7,\"clock\":[1,0],\"pla");
    fs::write(dir.join(".2026-11.jsonl.plan-tmp.fedcba9876543210"), &half).unwrap();
    let status = env.json(&["status", "--json"]);
    assert_history(&env, &all);
    let out = env.plan(&["doctor"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1), "doctor sees the leftovers:\n{}", text(&out.stdout));
    assert!(
        text(&out.stdout).contains(".2026-11.jsonl.bak.plan-tmp.0123456789abcdef"),
        "{}",
        text(&out.stdout)
    );
    env.plan(&["checkin", "--mood", "4"]).assert().success();
    assert_eq!(leftovers(&env.home()), Vec::<String>::new(), "a successful run leaves no temporary file");
    assert_eq!(
        fs::read(dir.join("2026-11.jsonl.bak")).unwrap(),
        old,
        "the backup is the log before the save"
    );
    let mut with_today = all.clone();
    with_today.push(entry(TODAY, Some(4), None, "none", None));
    assert_history(&env, &with_today);
    assert_eq!(env.json(&["status", "--json"])["checkins"], status["checkins"].as_u64().unwrap() + 1);
    let out = env.plan(&["doctor"]).output().unwrap();
    assert!(out.status.success(), "doctor after a successful save:\n{}", text(&out.stdout));

    // Killed between the log's rename and the head's: the log holds a
    // check-in for 2026-11-21 that was never committed, and the head's
    // temporary file, written before any log is replaced, is left.
    let env = history();
    let log = own_log(&env, "2026-11");
    let dir = env.device_dir();
    let head = env.head();
    let old = fs::read(&log).unwrap();
    let mut uncommitted = events(&log).pop().unwrap();
    let seq = head["seq"].as_u64().unwrap() + 1;
    uncommitted["seq"] = seq.into();
    uncommitted["clock"][0] = (uncommitted["clock"][0].as_u64().unwrap() + 1000).into();
    uncommitted["date"] = "2026-11-21".into();
    uncommitted["mood"] = 9.into();
    uncommitted.as_object_mut().unwrap().remove("urge");
    let mut written = old.clone();
    written.extend_from_slice(format!("{uncommitted}\n").as_bytes());
    fs::write(&log, &written).unwrap();
    fs::write(dir.join(".2026-11.jsonl.bak.plan-tmp.0123456789abcdef"), &old).unwrap();
    let mut next_head = head.clone();
    next_head["seq"] = seq.into();
    next_head["files"]["2026-11.jsonl"] = seq.into();
    fs::write(dir.join(".head.plan-tmp.0123456789abcdee"), next_head.to_string()).unwrap();
    assert_eq!(env.head(), head, "the head was not written");
    assert_history(&env, &all);
    assert_eq!(env.json(&["status", "--json"])["checkins"], 4);
    // The next save is to another log, and takes the uncommitted event's
    // number; the log that holds that event is written again without it.
    env.plan(&["checkin", "--date", "2026-10-07", "--urge", "1"]).assert().success();
    assert_eq!(env.head()["files"]["2026-10.jsonl"], seq, "the next event takes the next number");
    let mut expected = all.clone();
    expected.push(entry("2026-10-07", None, Some(1), "none", None));
    assert_history(&env, &expected);
    assert_eq!(leftovers(&env.home()), Vec::<String>::new());
    assert!(
        events(&log).iter().all(|event| event["date"] != "2026-11-21"),
        "the uncommitted check-in is gone from the log"
    );
    assert_eq!(fs::read(dir.join("2026-11.jsonl.bak")).unwrap(), written, "the backup is the log as it was");
    // Then one to that log: the uncommitted event never comes back.
    env.plan(&["checkin", "--mood", "4"]).assert().success();
    expected.push(entry(TODAY, Some(4), None, "none", None));
    assert_history(&env, &expected);
    assert_eq!(env.json(&["status", "--json"])["checkins"], 6);
    let seqs: Vec<u64> = events(&log).iter().map(|event| event["seq"].as_u64().unwrap()).collect();
    assert_eq!(seqs.len(), 3, "the log holds its two committed events and the new one: {seqs:?}");
    assert!(
        events(&log).iter().all(|event| event["date"] != "2026-11-21"),
        "the uncommitted check-in is gone from the log"
    );
    assert_eq!(leftovers(&env.home()), Vec::<String>::new());
    let out = env.plan(&["doctor"]).output().unwrap();
    assert!(out.status.success(), "doctor after a successful save:\n{}", text(&out.stdout));
}

// ---------------------------------------------------------------------------
// 3. Damaged files
// ---------------------------------------------------------------------------

/// The ways a state file can be wrong, each with a word `plan doctor` must
/// use and what the refusal says of the file (see [`assert_damage_said`]).
fn state_damages(good: &[u8]) -> Vec<(&'static str, Vec<u8>, &'static str, &'static str)> {
    vec![
        ("empty", Vec::new(), "empty", "is empty"),
        ("truncated at half", good[..good.len() / 2].to_vec(), "truncated", "is truncated:"),
        ("garbage bytes", b"\x00\xff\xfe\x07 not json \x1b[31m".to_vec(), "damaged", "is damaged:"),
        ("a foreign JSON", br#"{"name":"x"}"#.to_vec(), "not a plan state file", "is not a plan state file"),
        (
            "another program's JSON",
            br#"{"version": 3, "tasks": [{"id": 1, "description": "buy milk", "status": "pending"}]}"#
                .to_vec(),
            "not a plan state file",
            "is not a plan state file",
        ),
        ("a JSON array", b"[1, 2, 3]\n".to_vec(), "not a plan state file", "is not a plan state file"),
    ]
}

/// `stderr` is exactly two lines: `error: PATH WHAT` and `hint`. A `what`
/// ending in `:` is followed by `serde_json`'s account of the bytes: its
/// wording, not ours, and its column moves with the size of the state.
fn assert_damage_said(stderr: &str, path: &str, what: &str, hint: &str, kind: &str) {
    let lines: Vec<&str> = stderr.lines().collect();
    let error = format!("error: {path} {what}");
    assert_eq!(lines.len(), 2, "{kind}: an error and a hint: {stderr}");
    if what.ends_with(':') {
        assert!(lines[0].starts_with(&format!("{error} ")), "{kind}: expected {error:?} and why: {stderr}");
    } else {
        assert_eq!(lines[0], error, "{kind}");
    }
    assert_eq!(lines[1], hint, "{kind}");
}

/// Every command refuses (exit 1, an `error:` line naming `names`) and the
/// plan folder stays byte for byte as it was; `start` refuses too.
fn every_command_refuses(env: &Env, names: &str, kind: &str) {
    let before = env.snapshot();
    for args in COMMANDS {
        let out = env.plan(args).output().expect("run plan");
        assert_refused(&out, 1, &[names], &format!("{kind}: plan {args:?}"));
        env.assert_unchanged(&before, &format!("{kind}: plan {args:?}"));
    }
    let out = env.plan(&["start"]).output().expect("run plan");
    assert_eq!(out.status.code(), Some(1), "{kind}: start over a damaged plan: {}", text(&out.stderr));
    env.assert_unchanged(&before, &format!("{kind}: plan start"));
}

/// `plan doctor` exits 1 and names the problem.
fn doctor_finds(env: &Env, names: &[&str], kind: &str) {
    let before = env.snapshot();
    let out = env.plan(&["doctor"]).output().expect("run plan doctor");
    let said = format!("{}{}", text(&out.stdout), text(&out.stderr));
    assert_eq!(out.status.code(), Some(1), "{kind}: doctor must find a problem:\n{said}");
    for name in names {
        assert!(said.contains(name), "{kind}: doctor must name {name}:\n{said}");
    }
    env.assert_unchanged(&before, &format!("{kind}: plan doctor"));
}

/// `doctor --restore` brings back every check-in and a plan that works, in
/// logs, the damaged file kept aside at `aside` for good.
fn restore_works(env: &Env, aside: Option<(&Path, &[u8])>, kind: &str) {
    let out = env.plan(&["doctor", "--restore"]).output().expect("run plan doctor --restore");
    assert!(out.status.success(), "{kind}: doctor --restore failed: {}", text(&out.stderr));
    let said = text(&out.stdout);
    assert!(said.contains("Restored the plan with all 4 check-ins"), "{kind}: {said}");
    if let Some((path, damaged)) = aside {
        assert_eq!(fs::read(path).ok().as_deref(), Some(damaged), "{kind}: the damaged file is kept aside");
        assert!(
            said.contains(&format!("Kept the damaged file aside as {}.", path.display())),
            "{kind}: {said}"
        );
    }
    assert!(!env.home().join("state.json").exists(), "{kind}: the restored plan is in logs");
    assert!(env.head()["seq"].as_u64().is_some_and(|seq| seq > 0), "{kind}: this device's head");
    let status = env.json(&["status", "--json"]);
    assert_eq!(status["no_contact"]["since"], "2026-10-20", "{kind}");
    assert_eq!(status["no_contact"]["resets"], 1, "{kind}");
    // Every check-in is back, the last save's too.
    let log = env.log_map(TODAY);
    for old in before_last_save().into_iter().chain([last_save()]) {
        let day = old["date"].as_str().unwrap();
        assert_eq!(log.get(day), Some(&old), "{kind}: restore lost the check-in of {day}");
    }
    assert_eq!(log.len(), 4, "{kind}: {log:#?}");
    assert_eq!(status["checkins"], 4, "{kind}");
    // The plan goes on: the next change works, and leaves a healthy folder.
    env.plan(&["checkin", "--mood", "4"]).assert().success();
    assert_eq!(env.log_map(TODAY)[TODAY], entry(TODAY, Some(4), None, "none", None), "{kind}");
    let out = env.plan(&["doctor"]).output().expect("run plan doctor");
    assert!(out.status.success(), "{kind}: doctor after restore and a change:\n{}", text(&out.stdout));
    if let Some((path, damaged)) = aside {
        assert_eq!(
            fs::read(path).ok().as_deref(),
            Some(damaged),
            "{kind}: the damaged file is kept for good"
        );
    }
}

/// Layout 2's `state.json`, damaged each way, and layout 3's commit point,
/// this device's `head`: every command refuses and changes nothing, the
/// error says what is wrong (and where the good copy is), `doctor` finds it,
/// and `doctor --restore` brings the plan back whole, in logs.
#[test]
fn a_damaged_state_is_refused_untouched_and_restored() {
    let good = fs::read(legacy_history().home().join("state.json")).unwrap();
    for (kind, bytes, word, what) in state_damages(&good) {
        let env = legacy_history();
        let path = env.home().join("state.json");
        damage(&path, &bytes);
        let name = path.display().to_string();
        every_command_refuses(&env, &name, kind);
        // It says what is wrong, and where the good copy is.
        let out = env.plan(&["status"]).output().unwrap();
        let hint = format!(
            "hint: nothing was changed; the last good copy is {name}.bak, and `plan doctor --restore` puts it back"
        );
        assert_damage_said(&text(&out.stderr), &name, what, &hint, kind);
        doctor_finds(&env, &["state.json", word], kind);
        let aside = env.home().join("migrated-from-layout-2/state.json.damaged.1");
        restore_works(&env, Some((&aside, &bytes)), kind);
    }

    let good = fs::read(history().device_dir().join("head")).unwrap();
    for (kind, bytes, _, _) in state_damages(&good) {
        let env = history();
        let path = env.device_dir().join("head");
        damage(&path, &bytes);
        let name = path.display().to_string();
        let kind = format!("head {kind}");
        every_command_refuses(&env, &name, &kind);
        let out = env.plan(&["status"]).output().unwrap();
        let hint = "hint: nothing was changed; `plan doctor` looks at the plan folder";
        assert_damage_said(&text(&out.stderr), &name, "is damaged:", hint, &kind);
        doctor_finds(&env, &[&format!("{name} is damaged"), "--restore"], &kind);
        let aside = env.device_dir().join("head.damaged.1");
        restore_works(&env, Some((&aside, &bytes)), &kind);
    }
}

/// Layout 2's `state.json` gone beside its backup, and this device's `head`
/// gone beside its logs: every command refuses (never "no plan yet", which
/// would invite a `start` over the plan), `doctor` finds it, and
/// `doctor --restore` brings it back.
#[test]
fn a_missing_state_beside_a_backup_is_refused_untouched_and_restored() {
    let env = legacy_history();
    fs::remove_file(env.home().join("state.json")).unwrap();
    every_command_refuses(&env, "state.json is missing", "state.json deleted");
    doctor_finds(&env, &["state.json"], "state.json deleted");
    restore_works(&env, None, "state.json deleted");

    let env = history();
    let head = env.device_dir().join("head");
    fs::remove_file(&head).unwrap();
    every_command_refuses(&env, &format!("{} is missing", head.display()), "head deleted");
    doctor_finds(&env, &[&format!("{} is missing", head.display())], "head deleted");
    restore_works(&env, None, "head deleted");
}

/// This device's log of a month, damaged each way: whatever reads or
/// rewrites that month refuses and changes nothing; what does not need it
/// may work, but never drops the log or writes over it, and its head still
/// commits it, so that every check-in is back once the file is.
#[test]
fn a_damaged_month_file_is_refused_where_needed_and_never_dropped() {
    let oct = || fs::read(own_log(&history(), "2026-10")).unwrap();
    let damages: Vec<(&str, Option<Vec<u8>>)> = vec![
        ("empty", Some(Vec::new())),
        (
            "truncated",
            Some(
                b"{\"seq\":5,\"clock\":[1795000000000,0],\"plan\":\"0123456789abcdef.1\",\"type\":\"che"
                    .to_vec(),
            ),
        ),
        ("garbage bytes", Some(b"\x00\xff\xfe\x07 not json".to_vec())),
        ("a foreign JSON", Some(br#"{"name":"x"}"#.to_vec())),
        ("another month's log", Some(oct())),
        ("deleted", None),
    ];
    for (kind, bytes) in damages {
        let env = history();
        let path = own_log(&env, "2026-11");
        let original = fs::read(&path).unwrap();
        let committed = env.head()["files"]["2026-11.jsonl"].clone();
        match &bytes {
            Some(bytes) => damage(&path, bytes),
            None => fs::remove_file(&path).unwrap(),
        }
        let name = path.display().to_string();
        let kind = format!("2026-11.jsonl {kind}");
        // Whatever reads or rewrites November refuses, changing nothing.
        let before = env.snapshot();
        let needs_november: [&[&str]; 5] = [
            &["log"],
            &["log", "--json"],
            &["checkin", "--date", "2026-11-21", "--mood", "5"],
            &["checkin", "--date", "2026-11-03", "--mood", "9"],
            &["slip", "--date", "2026-11-15"],
        ];
        for args in needs_november {
            let out = env.plan(args).output().unwrap();
            assert_refused(&out, 1, &[&name], &format!("{kind}: plan {args:?}"));
            env.assert_unchanged(&before, &format!("{kind}: plan {args:?}"));
        }
        doctor_finds(&env, &[&name], &kind);
        // What does not need the month's events (status reads the heads and
        // the cache, by design, to stay fast) may work, but never drops the
        // damaged log or writes over it.
        let others: [&[&str]; 5] = [
            &["status", "--json"],
            &["next"],
            &["done", "3"],
            &["done", "2"],
            &["checkin", "--date", "2026-10-07", "--urge", "1"],
        ];
        let mut recorded = Vec::new();
        for args in others {
            let out = env.plan(args).output().unwrap();
            let context = format!("{kind}: plan {args:?}");
            if out.status.success() {
                assert_eq!(fs::read(&path).ok(), bytes, "{context}: the damaged log must stay as it is");
                assert_eq!(
                    env.head()["files"]["2026-11.jsonl"],
                    committed,
                    "{context}: the head still commits it"
                );
                recorded.push(args);
            } else {
                assert_refused(&out, 1, &[], &context);
            }
        }
        let out = env.plan(&["doctor"]).output().unwrap();
        assert_eq!(out.status.code(), Some(1), "{kind}: doctor still sees the damage");
        // Nothing of November was dropped: with the file back, every check-in is there.
        damage(&path, &original);
        let mut all = before_last_save();
        all.push(last_save());
        if recorded.contains(&&["checkin", "--date", "2026-10-07", "--urge", "1"][..]) {
            all.push(entry("2026-10-07", None, Some(1), "none", None));
        }
        assert_history(&env, &all);
        let out = env.plan(&["doctor"]).output().unwrap();
        assert!(out.status.success(), "{kind}: doctor with the file back:\n{}", text(&out.stdout));

        restore_puts_the_month_back(bytes.as_deref(), &kind);
    }

    a_damaged_legacy_month_is_never_moved_without();
}

/// `doctor --restore` puts this device's damaged (`damaged`, or deleted)
/// November log back from its backup: the month before its last change, so
/// 2026-11-10 needs doing again; the damaged file is kept aside, and the plan
/// goes on.
fn restore_puts_the_month_back(damaged: Option<&[u8]>, kind: &str) {
    let env = history();
    let path = own_log(&env, "2026-11");
    let backup = fs::read(env.device_dir().join("2026-11.jsonl.bak")).unwrap();
    match damaged {
        Some(bytes) => damage(&path, bytes),
        None => fs::remove_file(&path).unwrap(),
    }
    let out = env.plan(&["doctor", "--restore"]).output().unwrap();
    let said = text(&out.stdout);
    assert!(out.status.success(), "{kind}: doctor --restore: {}", text(&out.stderr));
    assert!(said.contains("Put 2026-11.jsonl back from its backup"), "{kind}: {said}");
    assert!(said.contains("Restored the plan with all 3 check-ins."), "{kind}: {said}");
    assert_eq!(fs::read(&path).unwrap(), backup, "{kind}: the log is its backup again");
    let aside = env.device_dir().join("2026-11.jsonl.damaged.1");
    assert_eq!(fs::read(&aside).ok().as_deref(), damaged, "{kind}: the damaged log is kept aside");
    assert_history(&env, &before_last_save());
    env.plan(&["checkin", "--date", "2026-11-10", "--mood", "7", "--urge", "2"]).assert().success();
    let mut all = before_last_save();
    all.push(last_save());
    assert_history(&env, &all);
    let out = env.plan(&["doctor"]).output().unwrap();
    assert!(out.status.success(), "{kind}: doctor after restore and a change:\n{}", text(&out.stdout));
}

/// Layout 2: a plan whose month file is damaged is never moved to logs
/// without it: every change refuses, and the file stays as it is.
fn a_damaged_legacy_month_is_never_moved_without() {
    let env = legacy_history();
    let path = month_file(&env, "2026-11");
    damage(&path, b"");
    let before = env.snapshot();
    for args in
        [&["checkin", "--date", "2026-10-07", "--urge", "1"][..], &["done", "2"], &["start", "--force"]]
    {
        let out = env.plan(args).output().unwrap();
        assert_refused(
            &out,
            1,
            &[&path.display().to_string()],
            &format!("layout 2, month damaged: plan {args:?}"),
        );
        env.assert_unchanged(&before, &format!("layout 2, month damaged: plan {args:?}"));
    }
}

/// A damaged backup of a log (layout 3) or of the state (layout 2) is
/// reported, never restored from over a good file, and replaced by a good
/// copy with the next change to what it backs up.
#[test]
fn a_damaged_backup_is_reported_and_replaced_by_the_next_change() {
    let good = fs::read(legacy_history().home().join("state.json")).unwrap();
    let good_log = fs::read(history().device_dir().join("2026-11.jsonl.bak")).unwrap();
    for ((kind, bytes, word, _), (_, log_bytes, _, _)) in
        state_damages(&good).into_iter().zip(state_damages(&good_log))
    {
        // Layout 2: state.json.bak, replaced as the change moves the plan to logs.
        let env = legacy_history();
        let backup = env.home().join("state.json.bak");
        damage(&backup, &bytes);
        let kind2 = format!("state.json.bak {kind}");
        let before = env.snapshot();
        for args in [&["status", "--json"][..], &["log", "--json"], &["next"], &["steps"]] {
            env.plan(args).assert().success();
            env.assert_unchanged(&before, &format!("{kind2}: plan {args:?}"));
        }
        doctor_finds(&env, &["state.json.bak", word], &kind2);
        let out = env.plan(&["doctor", "--restore"]).output().unwrap();
        assert_eq!(out.status.code(), Some(1), "{kind2}: doctor --restore with a good state");
        env.assert_unchanged(&before, &format!("{kind2}: plan doctor --restore"));
        env.plan(&["checkin", "--mood", "4"]).assert().success();
        let mut all = before_last_save();
        all.push(last_save());
        all.push(entry(TODAY, Some(4), None, "none", None));
        assert_history(&env, &all);
        let out = env.plan(&["doctor"]).output().unwrap();
        assert!(out.status.success(), "{kind2}: doctor after the change:\n{}", text(&out.stdout));

        // Layout 3: this device's 2026-11.jsonl.bak.
        let env = history();
        let backup = env.device_dir().join("2026-11.jsonl.bak");
        damage(&backup, &log_bytes);
        let kind = format!("2026-11.jsonl.bak {kind}");
        let before = env.snapshot();
        for args in [&["status", "--json"][..], &["log", "--json"], &["next"], &["steps"]] {
            env.plan(args).assert().success();
            env.assert_unchanged(&before, &format!("{kind}: plan {args:?}"));
        }
        doctor_finds(&env, &[&backup.display().to_string()], &kind);
        // Restoring a damaged backup over a good log is refused.
        let out = env.plan(&["doctor", "--restore"]).output().unwrap();
        assert_refused(
            &out,
            1,
            &["nothing to restore"],
            &format!("{kind}: doctor --restore with a good log"),
        );
        env.assert_unchanged(&before, &format!("{kind}: plan doctor --restore"));
        // The next change to November keeps the log as it was as the new, good backup.
        let log = fs::read(own_log(&env, "2026-11")).unwrap();
        env.plan(&["checkin", "--mood", "4"]).assert().success();
        assert_eq!(fs::read(&backup).unwrap(), log, "{kind}: the backup is the log before the change");
        assert_history(&env, &all);
        let out = env.plan(&["doctor"]).output().unwrap();
        assert!(out.status.success(), "{kind}: doctor after the change:\n{}", text(&out.stdout));
    }
}

/// Everything at once, with nothing left to restore from: every command
/// refuses, `doctor --restore` too, and nothing changes, not even the part
/// that could be restored.
#[test]
fn everything_damaged_at_once_is_refused_untouched() {
    // Layout 2: the state, its backup and a month file.
    let env = legacy_history();
    let home = env.home();
    let state = fs::read(home.join("state.json")).unwrap();
    damage(&month_file(&env, "2026-11"), b"");
    damage(&home.join("state.json"), b"\x00\x01 garbage");
    damage(&home.join("state.json.bak"), &state[..state.len() / 3]);
    let name = home.join("state.json").display().to_string();
    every_command_refuses(&env, &name, "all damaged");
    let out = env.plan(&["status"]).output().unwrap();
    let hint =
        "hint: nothing was changed, and there is no readable backup; `plan doctor` looks at what is left";
    assert_damage_said(&text(&out.stderr), &name, "is damaged:", hint, "all damaged");
    doctor_finds(&env, &["state.json ", "state.json.bak"], "all damaged");
    let before = env.snapshot();
    let out = env.plan(&["doctor", "--restore"]).output().unwrap();
    assert_refused(&out, 1, &["state.json.bak"], "all damaged: doctor --restore");
    env.assert_unchanged(&before, "all damaged: doctor --restore");

    // Layout 2: the state gone and the backup damaged.
    let env = legacy_history();
    let home = env.home();
    fs::remove_file(home.join("state.json")).unwrap();
    damage(&home.join("state.json.bak"), br#"{"name":"x"}"#);
    every_command_refuses(&env, "state.json is missing", "state gone, backup damaged");
    let before = env.snapshot();
    let out = env.plan(&["doctor", "--restore"]).output().unwrap();
    assert_refused(&out, 1, &["state.json.bak"], "state gone, backup damaged: doctor --restore");
    env.assert_unchanged(&before, "state gone, backup damaged: doctor --restore");

    // Layout 3: the head, November's log and its backup, and October's log
    // (whose backup is good).
    let env = history();
    let dir = env.device_dir();
    let nov = fs::read(dir.join("2026-11.jsonl")).unwrap();
    damage(&dir.join("head"), b"\x00\x01 garbage");
    damage(&dir.join("2026-10.jsonl"), b"\x00 not a log");
    damage(&dir.join("2026-11.jsonl"), b"{\"seq\":");
    damage(&dir.join("2026-11.jsonl.bak"), &nov[..nov.len() / 3]);
    let head = dir.join("head").display().to_string();
    every_command_refuses(&env, &head, "all damaged");
    let out = env.plan(&["status"]).output().unwrap();
    let hint = "hint: nothing was changed; `plan doctor` looks at the plan folder";
    assert_damage_said(&text(&out.stderr), &head, "is damaged:", hint, "layout 3 all damaged");
    doctor_finds(&env, &[&format!("{head} is damaged"), "2026-11.jsonl.bak"], "layout 3 all damaged");
    let before = env.snapshot();
    let out = env.plan(&["doctor", "--restore"]).output().unwrap();
    assert_refused(&out, 1, &["2026-11.jsonl.bak"], "layout 3 all damaged: doctor --restore");
    env.assert_unchanged(&before, "layout 3 all damaged: doctor --restore");

    // Layout 3: the head gone, and November's log and its backup damaged.
    let env = history();
    let dir = env.device_dir();
    fs::remove_file(dir.join("head")).unwrap();
    damage(&dir.join("2026-11.jsonl"), br#"{"name":"x"}"#);
    damage(&dir.join("2026-11.jsonl.bak"), b"");
    let head = dir.join("head").display().to_string();
    every_command_refuses(&env, &format!("{head} is missing"), "head gone, log and backup damaged");
    let before = env.snapshot();
    let out = env.plan(&["doctor", "--restore"]).output().unwrap();
    assert_refused(&out, 1, &["2026-11.jsonl.bak"], "head gone, log and backup damaged: doctor --restore");
    env.assert_unchanged(&before, "head gone, log and backup damaged: doctor --restore");
}

// ---------------------------------------------------------------------------
// 4. Writes that fail half way
// ---------------------------------------------------------------------------

/// `strace` options that make the `n`th `write(2)` of a run fail as a full
/// disk would.
fn full_disk_at(n: usize) -> Vec<String> {
    ["strace", "-f", "-qq", "-o", "/dev/null", "-e", "trace=write"]
        .into_iter()
        .map(str::to_owned)
        .chain(["-e".to_owned(), format!("inject=write:error=ENOSPC:when={n}")])
        .collect()
}

/// Every change, with its first, second or third write failing on a full
/// disk: exit 1 with an `error:` line naming the disk, and the plan folder
/// exactly as before; unless the write that failed came after the commit
/// (printing), and then the error says the change was saved.
/// `faults.rs` fails every file-system call of every write in turn.
#[test]
#[ignore = "needs strace (apt-get install strace); CI installs it"]
fn a_full_disk_changes_nothing() {
    require_strace();
    let env = history();
    let status = env.json(&["status", "--json"]);
    let mut all = before_last_save();
    all.push(last_save());
    // Each would change the plan (task 1 is ticked already; step 1 can be completed).
    let writes: [&[&str]; 7] = [
        &["checkin", "--mood", "5"],
        &["checkin", "--date", "2026-11-03", "--mood", "9"],
        &["checkin", "--date", "2026-10-07", "--urge", "1"],
        &["slip", "--date", "2026-11-21"],
        &["done", "2"],
        &["done", "3"],
        &["done"],
    ];
    let mut failures = Vec::new();
    let mut refused = 0;
    for n in 1..=2 {
        for args in writes {
            let env = history();
            let before = env.snapshot();
            let strace = full_disk_at(n);
            let strace: Vec<&str> = strace.iter().map(String::as_str).collect();
            let out = env.wrapped(TODAY, &strace, args).output().unwrap();
            let context = format!("write {n} of plan {args:?} failing with ENOSPC");
            let stderr = text(&out.stderr);
            if stderr.contains("was saved") {
                assert_eq!(out.status.code(), Some(1), "{context}: {stderr}");
                continue;
            }
            assert_refused(&out, 1, &["No space left on device"], &context);
            refused += 1;
            let after = env.snapshot();
            if before != after {
                failures.push(format!("{context}: {:?}", differing(&before, &after)));
            }
            assert_eq!(env.json(&["status", "--json"]), status, "{context}: status afterwards");
            assert_history(&env, &all);
        }
    }
    assert!(refused >= writes.len(), "the full disk stopped only {refused} writes");
    assert!(failures.is_empty(), "failed writes changed the plan folder:\n{}", failures.join("\n"));
}

/// `plan start` on a full disk leaves no plan and no folder behind, and
/// the next `start` works.
#[test]
#[ignore = "needs strace (apt-get install strace); CI installs it"]
fn a_start_that_cannot_write_leaves_no_plan() {
    require_strace();
    let env = Env::new(TODAY);
    // A start writes one file, the new state; the write after it is the
    // confirmation on stdout.
    {
        let n = 1;
        let strace = full_disk_at(n);
        let strace: Vec<&str> = strace.iter().map(String::as_str).collect();
        let out = env.wrapped(TODAY, &strace, &["start"]).output().unwrap();
        assert_refused(&out, 1, &["No space left on device"], &format!("start with write {n} failing"));
        assert!(!env.home().exists(), "a failed start leaves no plan folder");
        let out = env.plan(&["status"]).output().unwrap();
        assert_refused(&out, 1, &["no plan yet"], "status after a failed start");
    }
    env.plan(&["start"]).assert().success();
    env.plan(&["status"]).assert().success();
}

/// `setpriv` run as `nobody` (uid 65534): a user whom chmod stops, when
/// the tests run as root.
const AS_NOBODY: [&str; 5] = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--"];

/// Whether `nobody` can create a file in `dir`.
fn nobody_can_create_in(env: &Env, dir: &Path) -> bool {
    let probe = dir.join("probe");
    let created = env
        .command(TODAY, AS_NOBODY[0])
        .args(&AS_NOBODY[1..])
        .args(["sh", "-c", "echo probe > \"$0\""])
        .arg(&probe)
        .status()
        .is_ok_and(|status| status.success());
    let _ = fs::remove_file(&probe);
    created
}

/// Gives the plan folder and the folders in it their usual modes back when
/// dropped, so that `TempDir` can remove them even after a failed assertion.
struct Writable(Vec<PathBuf>);

impl Drop for Writable {
    fn drop(&mut self) {
        for dir in &self.0 {
            let _ = fs::set_permissions(dir, fs::Permissions::from_mode(0o700));
        }
    }
}

/// A plan folder the user made read-only (0500, and every folder in it): a change
/// fails with exit 1 and the folder stays exactly as it was, its modes too.
/// Root ignores those modes, so under root the commands run as `nobody`
/// (through `setpriv`) on a folder that user owns; without setpriv, it fails.
#[test]
#[ignore = "needs a user whom chmod 0500 stops: not root, or root with setpriv (util-linux) to run as nobody"]
fn a_read_only_plan_folder_refuses_and_changes_nothing() {
    let env = history();
    let home = env.home();
    let folders = vec![home.clone(), home.join("devices"), env.device_dir()];
    let _writable = Writable(folders.clone());
    for dir in folders.iter().rev() {
        fs::set_permissions(dir, fs::Permissions::from_mode(0o500)).unwrap();
    }
    let probe = home.join("probe");
    let as_nobody = fs::write(&probe, b"probe").is_ok();
    let _ = fs::remove_file(&probe);
    if as_nobody {
        // Root: the modes do not stop us. Hand the folder to nobody instead.
        let chown = Command::new("chown").arg("-R").arg("65534:65534").arg(env.dir.path()).status();
        assert!(
            chown.is_ok_and(|status| status.success()),
            "running as root: could not chown the plan to nobody"
        );
        let version = env.wrapped(TODAY, &AS_NOBODY, &["--version"]).output();
        assert!(
            version.as_ref().is_ok_and(|out| out.status.success()),
            "running as root, where chmod 0500 does not stop writes, and `setpriv` could not run plan \
             as nobody ({version:?}): install setpriv (util-linux), or run this test as another user"
        );
        assert!(
            !nobody_can_create_in(&env, &home),
            "as nobody, a file can still be created in a 0500 folder"
        );
    }
    let run = |args: &[&str]| {
        if as_nobody { env.wrapped(TODAY, &AS_NOBODY, args) } else { env.spawnable(TODAY, args) }
            .output()
            .expect("run plan")
    };
    let before = env.snapshot();
    let before_modes = modes(&home);
    let writes: [&[&str]; 6] = [
        &["checkin", "--mood", "5"],
        &["checkin", "--date", "2026-11-03", "--mood", "9"],
        &["checkin", "--date", "2026-10-07", "--urge", "1"],
        &["slip", "--date", "2026-11-21"],
        &["done", "2"],
        &["start", "--force"],
    ];
    for args in writes {
        let out = run(args);
        let context = format!("read-only plan folder: plan {args:?}");
        assert_refused(&out, 1, &[], &context);
        env.assert_unchanged(&before, &context);
        assert!(modes(&home) == before_modes, "{context}: modes changed: {:?}", modes(&home));
    }
    // Reading still works.
    let out = run(&["log", "--json"]);
    assert!(out.status.success(), "reading a read-only plan: {}", text(&out.stderr));
}

// ---------------------------------------------------------------------------
// 5. Permissions under a permissive umask
// ---------------------------------------------------------------------------

#[test]
fn files_are_private_under_umask_000() {
    let env = Env::new(TODAY);
    let runs: [(&str, &[&str]); 8] = [
        ("2026-10-01", &["start"]),
        ("2026-10-03", &["checkin", "--mood", "4", "--note", "private"]),
        ("2026-10-04", &["slip"]),
        ("2026-10-05", &["done", "1"]),
        ("2026-11-02", &["checkin", "--mood", "6"]),
        ("2026-11-02", &["start", "--force", "--playbook", "four-steps"]),
        ("2026-11-03", &["checkin", "--mood", "7"]),
        ("2026-11-03", &["checkin", "--urge", "2"]),
    ];
    for (today, args) in runs {
        env.with_umask("000", today, args).assert().success();
        let context = format!("after umask 000 plan {args:?}");
        assert_private(&env.home(), &context);
        assert_private(&env.config_dir(), &context);
        assert_private(&env.cache_root(), &context);
    }
    assert_eq!(
        env.json(&["archive", "--json"]).as_array().map(Vec::len),
        Some(1),
        "start --force archived the old plan"
    );
    let dir = env.device_dir();
    for name in
        ["head", "plan.jsonl", "plan.jsonl.bak", "2026-10.jsonl", "2026-11.jsonl", "2026-11.jsonl.bak"]
    {
        assert!(dir.join(name).is_file(), "{name} is there, and private");
    }
    assert!(env.config_dir().join("device.json").is_file());
    for name in ["lock", "status.json"] {
        assert!(env.cache_dir().join(name).is_file(), "{name} is there, and private");
    }
}

/// A folder others can reach is warned about, by every command, and never
/// changed: `plan` sets the mode only of folders it creates. `doctor`
/// says how to make it private, with the path quoted for the shell.
#[test]
fn an_open_plan_folder_is_warned_about_and_left_as_it_is() {
    let env = history();
    let home = env.home();
    fs::set_permissions(&home, fs::Permissions::from_mode(0o755)).unwrap();
    let shown = home.display();
    let warning = format!(
        "warning: other users can reach {shown} (mode 0755); `plan doctor` says how to make it private\n"
    );
    let before = env.snapshot();
    let out = env.plan(&["status"]).output().unwrap();
    assert!(out.status.success());
    assert_eq!(text(&out.stderr), warning, "status on a 0755 folder warns");
    env.assert_unchanged(&before, "status on a 0755 folder");
    let out = env.plan(&["checkin", "--mood", "5"]).output().unwrap();
    assert!(out.status.success());
    assert_eq!(text(&out.stderr), warning, "a change warns too");
    assert_eq!(fs::metadata(&home).unwrap().permissions().mode() & 0o7777, 0o755, "and never chmods");
    let out = env.plan(&["doctor"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let report = text(&out.stdout);
    assert!(
        report.contains(&format!(
            "PROBLEM  {shown} is mode 0755: other users can reach it\n      fix: chmod go-rwx {shown}"
        )),
        "{report}"
    );
    fs::set_permissions(&home, fs::Permissions::from_mode(0o700)).unwrap();
    let out = env.plan(&["status"]).output().unwrap();
    assert_eq!(text(&out.stderr), "", "no warning once private");
}

/// A shared folder (mode 1777, like /tmp) used as the plan folder keeps its
/// mode and sticky bit, and what others keep there is left alone, even
/// names that look like ours.
#[test]
fn a_shared_folder_keeps_its_mode_and_its_files() {
    let env = Env::new(TODAY);
    let home = env.home();
    fs::create_dir(&home).unwrap();
    fs::set_permissions(&home, fs::Permissions::from_mode(0o1777)).unwrap();
    let theirs = [".cache.tmp.keepme", ".state.json.tmp.123", "2026-11.1.json", "notes.txt"];
    for name in theirs {
        fs::write(home.join(name), name).unwrap();
    }
    let out = env.plan(&["start"]).output().unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("other users can reach"), "{}", text(&out.stderr));
    env.plan(&["checkin", "--mood", "4"]).assert().success();
    env.plan(&["start", "--force"]).assert().success();
    env.plan(&["checkin", "--mood", "6"]).assert().success();
    assert_eq!(fs::metadata(&home).unwrap().permissions().mode() & 0o7777, 0o1777);
    for name in theirs {
        assert_eq!(fs::read_to_string(home.join(name)).unwrap(), name, "{name} was touched");
    }
}

// ---------------------------------------------------------------------------
// 6. Time going wrong
// ---------------------------------------------------------------------------

#[test]
fn a_clock_set_back_loses_and_rewrites_nothing() {
    let env = Env::new("2026-11-20");
    env.plan_on("2026-11-01", &["start"]).assert().success();
    env.plan(&["checkin", "--mood", "8", "--contact", "slip", "--note", "saw them"]).assert().success();
    let later = entry("2026-11-20", Some(8), None, "initiated", Some("saw them"));

    // Two days back.
    let before = env.snapshot();
    for args in [&["status"][..], &["status", "--short"], &["next"], &["steps"], &["log"]] {
        env.plan_on("2026-11-18", args).assert().success();
    }
    let status = env.json_on("2026-11-18", &["status", "--json"]);
    assert_eq!(status["no_contact"]["since"], "2026-11-20");
    assert_eq!(status["no_contact"]["days"], 0, "never negative: {status}");
    assert!(status["no_contact"]["longest"].as_u64().is_some(), "{status}");
    assert_eq!(status["no_contact"]["resets"], 1);
    assert_eq!(status["checkins"], 1);
    assert_eq!(env.log_map("2026-11-18").get("2026-11-20"), Some(&later));
    env.assert_unchanged(&before, "reading with the clock set back");

    // A check-in on the earlier today is recorded beside the later one.
    env.plan_on("2026-11-18", &["checkin", "--mood", "4"]).assert().success();
    let log = env.log_map("2026-11-18");
    assert_eq!(log.get("2026-11-20"), Some(&later));
    assert_eq!(log.get("2026-11-18"), Some(&entry("2026-11-18", Some(4), None, "none", None)));
    let status = env.json_on("2026-11-18", &["status", "--json"]);
    assert_eq!(status["checkins"], 2);
    assert_eq!(status["no_contact"]["since"], "2026-11-20", "the later slip still counts");

    // The clock comes right again.
    let status = env.json_on("2026-11-25", &["status", "--json"]);
    assert_eq!(status["no_contact"]["days"], 5);
    assert_eq!(status["checkins"], 2);
}

#[test]
fn a_day_before_no_contact_began_is_refused() {
    let env = Env::new("2026-11-20");
    env.plan_on("2026-11-01", &["start", "--since", "2026-10-25"]).assert().success();
    env.plan(&["checkin", "--mood", "6"]).assert().success();
    let before = env.snapshot();
    let refused: [(&str, &[&str]); 5] = [
        ("2026-11-20", &["checkin", "--date", "2026-10-24", "--mood", "5"]),
        ("2026-11-20", &["checkin", "--date", "2026-09-30", "--mood", "5"]),
        ("2026-11-20", &["slip", "--date", "2026-10-24"]),
        // A clock set before no contact began: today itself is before the plan's first day.
        ("2026-10-20", &["checkin", "--mood", "5"]),
        ("2026-10-20", &["slip"]),
    ];
    for (today, args) in refused {
        let out = env.plan_on(today, args).output().unwrap();
        assert_refused(
            &out,
            1,
            &["before the plan's first day (2026-10-25)"],
            &format!("on {today}: plan {args:?}"),
        );
        env.assert_unchanged(&before, &format!("on {today}: plan {args:?}"));
    }
    let out = env.plan(&["checkin", "--date", "2026-11-21", "--mood", "5"]).output().unwrap();
    assert_refused(&out, 1, &["in the future"], "a date after today");
    env.assert_unchanged(&before, "a date after today");
    // Between the day no contact began and the plan's start, days can be back-filled.
    env.plan(&["checkin", "--date", "2026-10-25", "--mood", "2"]).assert().success();
    assert_eq!(env.log_map("2026-11-20")["2026-10-25"]["mood"], 2);
    let before = env.snapshot();
    // Reading on a day before the start works and changes nothing.
    let status = env.json_on("2026-10-30", &["status", "--json"]);
    assert_eq!(status["no_contact"]["days"], 5, "{status}");
    assert_eq!(status["checkins"], 2);
    env.assert_unchanged(&before, "status before the start");
}
