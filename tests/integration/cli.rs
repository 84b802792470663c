//! The daily loop through the real binary: start, status, check-in, slip,
//! log, next, done, steps, playbooks, and the privacy of the files written.

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use clap::CommandFactory;
use serde_json::{Value, json};

use crate::harness::{Env, assert_private, modes};

/// A user's own playbook: four steps, the third gated at 10 days, so that
/// one plan can show every step state at once.
const MY_WAY: &str = r#"
id = "my-way"
title = "My own way"

[[steps]]
id = "quiet"
title = "Be quiet"
phase = "no-contact"
summary = "Say nothing for a while."
tasks = ["Mute them", "Breathe"]

[[steps]]
id = "reflect"
title = "Think it over"
phase = "self-focus"
summary = "Write down what went wrong."
tasks = ["Write one page"]

[[steps]]
id = "wait"
title = "Wait it out"
phase = "assess"
summary = "Let ten days pass."
min_no_contact_days = 10
tasks = ["Go for a walk"]

[[steps]]
id = "talk"
title = "Talk"
phase = "talk"
summary = "Have the conversation."
tasks = []
"#;

/// The ids of the steps of `plan steps --json`, in order.
fn step_ids(steps: &Value) -> Vec<String> {
    steps["steps"]
        .as_array()
        .expect("steps array")
        .iter()
        .map(|s| s["id"].as_str().unwrap().to_owned())
        .collect()
}

fn no_contact(env: &Env, today: &str) -> Value {
    env.json_on(today, &["status", "--json"])["no_contact"].clone()
}

// ---------------------------------------------------------------- start

#[test]
fn start_uses_the_four_steps_playbook_by_default() {
    let env = Env::new("2026-11-22");
    let out = env.stdout(&["start"]);
    // The confirmation whole; the status after it is tested on its own.
    let confirmation: Vec<&str> = out.lines().take(3).collect();
    let home = env.home().display().to_string();
    assert_eq!(
        confirmation,
        [
            "Started “Five steps back” (four-steps), 5 steps.",
            "No contact counted from 2026-11-22.",
            &format!("Your plan is kept, privately, in {home}."),
        ]
    );
    let status = env.json(&["status", "--json"]);
    assert_eq!(status["playbook"]["id"], "four-steps");
    assert_eq!(status["playbook"]["title"], "Five steps back");
    assert_eq!(status["started"], "2026-11-22");
    assert_eq!(status["no_contact"]["since"], "2026-11-22");
    assert_eq!(status["no_contact"]["days"], 0);
    assert_eq!(status["step"]["id"], "no-contact");
    assert_eq!(status["step"]["total"], 5);
    assert_eq!(
        step_ids(&env.json(&["steps", "--json"])),
        ["no-contact", "focus-on-you", "respect", "reconnect", "the-talk"]
    );
}

#[test]
fn start_since_sets_the_day_of_last_contact() {
    let env = Env::new("2026-11-22");
    env.plan(&["start", "--since", "2026-11-01"]).assert().success();
    let status = env.json(&["status", "--json"]);
    assert_eq!(status["started"], "2026-11-22");
    assert_eq!(status["no_contact"]["since"], "2026-11-01");
    assert_eq!(status["no_contact"]["days"], 21);
    assert_eq!(status["no_contact"]["longest"], 21);
    assert_eq!(status["no_contact"]["resets"], 0);
}

#[test]
fn start_with_a_bundled_playbook_id() {
    let env = Env::new("2026-11-22");
    env.plan(&["start", "--playbook", "six-steps"]).assert().success();
    let status = env.json(&["status", "--json"]);
    assert_eq!(status["playbook"]["id"], "six-steps");
    assert_eq!(status["step"]["number"], 1);
    assert_eq!(status["step"]["total"], 6);
    assert_eq!(env.json(&["steps", "--json"])["steps"].as_array().unwrap().len(), 6);
}

#[test]
fn start_with_a_path_to_a_users_playbook() {
    let env = Env::new("2026-11-22");
    let path = env.write("mine/my-way.toml", MY_WAY);
    env.plan(&["start", "--playbook", path.to_str().unwrap()]).assert().success();
    let status = env.json(&["status", "--json"]);
    assert_eq!(status["playbook"]["id"], "my-way");
    assert_eq!(status["playbook"]["title"], "My own way");
    assert_eq!(status["step"]["id"], "quiet");
    assert_eq!(status["step"]["total"], 4);
    assert_eq!(step_ids(&env.json(&["steps", "--json"])), ["quiet", "reflect", "wait", "talk"]);
}

#[test]
fn start_with_the_id_of_a_playbook_in_the_plan_folder() {
    let env = Env::new("2026-11-22");
    env.write("home/plans/my-way.toml", MY_WAY);
    // A folder made by hand is made private by hand, or plan warns of it.
    fs::set_permissions(env.home(), fs::Permissions::from_mode(0o700)).unwrap();
    env.plan(&["start", "--playbook", "my-way"]).assert().success();
    assert_eq!(env.json(&["status", "--json"])["playbook"]["id"], "my-way");
}

#[test]
fn start_force_archives_the_old_plan_and_starts_anew() {
    let env = Env::new("2026-11-22");
    env.plan_on("2026-11-01", &["start", "--since", "2026-10-20"]).assert().success();
    env.plan_on("2026-11-10", &["slip", "--note", "called them"]).assert().success();
    env.plan_on("2026-11-12", &["checkin", "--mood", "3"]).assert().success();
    env.plan_on("2026-11-12", &["done", "2"]).assert().success();
    let old_log = env.json(&["log", "--json"]);
    assert_eq!(old_log.as_array().unwrap().len(), 2);
    assert_eq!(env.json(&["archive", "--json"]), json!([]), "nothing archived yet");

    let out = env.stdout(&["start", "--force", "--playbook", "six-steps"]);
    // It says where the old plan went.
    let confirmation: Vec<&str> = out.lines().take(3).collect();
    assert_eq!(
        confirmation,
        [
            "The old plan is archived, whole: `plan archive` lists it.",
            "Started “Six steps back to each other” (six-steps), 6 steps.",
            "No contact counted from 2026-11-22.",
        ]
    );

    // The old plan, whole: `plan archive` lists it, `log --archived 1` has its check-ins.
    let archived = env.json(&["archive", "--json"]);
    let first = json!({
        "number": 1,
        "playbook": "four-steps",
        "title": "Five steps back",
        "started": "2026-11-01",
        "ended": "2026-11-22",
        "outcome": null,
        "note": null,
        "checkins": 2,
    });
    let without_id = |plan: &Value| {
        let mut plan = plan.clone();
        assert!(plan["id"].as_str().is_some_and(|id| !id.is_empty()), "an archived plan has an id: {plan}");
        plan.as_object_mut().unwrap().remove("id");
        plan
    };
    assert_eq!(archived.as_array().map(Vec::len), Some(1), "{archived}");
    assert_eq!(without_id(&archived[0]), first);
    assert_eq!(env.json(&["log", "--archived", "1", "--json"]), old_log);
    let listed = env.stdout(&["archive"]);
    assert!(
        listed.starts_with(" 1. Five steps back (four-steps), 2026-11-01 to 2026-11-22, 2 check-ins\n"),
        "{listed}"
    );

    let status = env.json(&["status", "--json"]);
    assert_eq!(status["playbook"]["id"], "six-steps");
    assert_eq!(status["started"], "2026-11-22");
    assert_eq!(status["no_contact"], json!({"since": "2026-11-22", "days": 0, "longest": 0, "resets": 0}));
    assert_eq!(status["steps_done"], 0);
    assert_eq!(status["checkins"], 0);
    assert_eq!(status["checked_in_today"], false);
    assert_eq!(env.json(&["log", "--json"]), json!([]));
    assert!(env.json(&["next", "--json"])["tasks"].as_array().unwrap().iter().all(|t| t["done"] == false));

    // A second --force on the same day keeps the first archive as it was,
    // and archives the plan it replaces on its own.
    env.plan(&["checkin", "--mood", "6"]).assert().success();
    env.plan(&["start", "--force"]).assert().success();
    let archived = env.json(&["archive", "--json"]);
    assert_eq!(archived.as_array().map(Vec::len), Some(2), "each replaced plan is archived: {archived}");
    assert_eq!(without_id(&archived[0]), first, "the first archive is kept as it was");
    assert_ne!(archived[0]["id"], archived[1]["id"]);
    assert_eq!(archived[1]["playbook"], "six-steps");
    assert_eq!(archived[1]["started"], "2026-11-22");
    assert_eq!(archived[1]["checkins"], 1);
    assert_eq!(env.json(&["log", "--archived", "1", "--json"]), old_log);
    assert_eq!(env.json(&["log", "--archived", "2", "--json"])[0]["mood"], 6);
    assert_eq!(env.json(&["log", "--json"]), json!([]), "the newest plan starts empty");
}

#[test]
fn the_plan_keeps_working_after_its_playbook_file_is_deleted() {
    let env = Env::new("2026-11-22");
    let path = env.write("my-way.toml", MY_WAY);
    env.plan(&["start", "--playbook", path.to_str().unwrap()]).assert().success();
    fs::remove_file(&path).unwrap();

    assert_eq!(env.json(&["status", "--json"])["playbook"]["id"], "my-way");
    assert_eq!(env.json(&["next", "--json"])["tasks"][1]["text"], "Breathe");
    env.plan(&["done", "1"]).assert().success();
    env.plan(&["done"]).assert().success();
    env.plan(&["checkin", "--mood", "5"]).assert().success();
    let status = env.json(&["status", "--json"]);
    assert_eq!(status["step"]["id"], "reflect");
    assert_eq!(status["steps_done"], 1);
    assert_eq!(status["checkins"], 1);
}

// ---------------------------------------------------------------- status

#[test]
fn status_json_has_every_spec_key_with_its_value() {
    let env = Env::new("2026-11-22");
    env.plan_on("2026-11-01", &["start", "--since", "2026-10-25"]).assert().success();
    env.plan_on("2026-11-05", &["slip"]).assert().success();
    env.plan_on("2026-11-20", &["checkin", "--mood", "5"]).assert().success();
    env.plan(&["checkin", "--mood", "6", "--urge", "2"]).assert().success();

    let status = env.json(&["status", "--json"]);
    assert_eq!(status["playbook"]["id"], "four-steps");
    assert_eq!(status["playbook"]["title"], "Five steps back");
    assert_eq!(status["today"], "2026-11-22");
    assert_eq!(status["started"], "2026-11-01");
    assert_eq!(status["no_contact"]["since"], "2026-11-05");
    assert_eq!(status["no_contact"]["days"], 17);
    assert_eq!(status["no_contact"]["longest"], 17);
    assert_eq!(status["no_contact"]["resets"], 1);
    assert_eq!(status["step"]["id"], "no-contact");
    assert_eq!(status["step"]["title"], "Go quiet");
    assert_eq!(status["step"]["number"], 1);
    assert_eq!(status["step"]["total"], 5);
    assert_eq!(status["step"]["locked_until"], "2026-11-26");
    assert_eq!(status["steps_done"], 0);
    assert_eq!(status["checked_in_today"], true);
    assert_eq!(status["checkins"], 3);
}

#[test]
fn status_json_after_a_step_is_done() {
    let env = Env::new("2026-11-22");
    env.plan_on("2026-11-22", &["start", "--since", "2026-10-01"]).assert().success();
    env.plan(&["done"]).assert().success();
    let status = env.json(&["status", "--json"]);
    assert_eq!(status["step"]["id"], "focus-on-you");
    assert_eq!(status["step"]["title"], "Put yourself first");
    assert_eq!(status["step"]["number"], 2);
    assert_eq!(status["step"]["locked_until"], Value::Null);
    assert_eq!(status["steps_done"], 1);
    assert_eq!(status["checked_in_today"], false);
    assert_eq!(status["checkins"], 0);
}

#[test]
fn status_text_shows_the_counter_and_the_step() {
    let env = Env::new("2026-11-22");
    env.plan(&["start", "--since", "2026-11-01"]).assert().success();
    let out = env.stdout(&["status"]);
    assert!(out.contains("21 days"), "the day counter: {out}");
    assert!(out.contains("Go quiet"), "the step's title: {out}");
    assert!(out.contains("0 of 5 steps done"), "the steps done: {out}");
    assert!(out.contains("    2. Put yourself first  (self-focus, 0 of 6 tasks)"), "side by side: {out}");
    assert!(out.lines().all(|line| line.chars().count() <= 80), "fits 80 columns: {out}");
}

#[test]
fn status_short_is_one_line() {
    let env = Env::new("2026-11-22");
    env.plan(&["start", "--since", "2026-11-01"]).assert().success();
    assert_eq!(env.stdout(&["status", "--short"]), "nc 21d · step 1/5 · check-in due\n");
}

// ---------------------------------------------------------------- checkin

#[test]
fn checkin_records_a_new_entry() {
    let env = Env::started("2026-11-22");
    let out = env.stdout(&["checkin", "--mood", "4", "--urge", "7", "--note", "rough day"]);
    assert_eq!(out, "Checked in for 2026-11-22: mood 4, urge 7, no contact, a note.\nNo contact: day 0.\n");
    assert_eq!(
        env.json(&["log", "--json"]),
        json!([{"date": "2026-11-22", "mood": 4, "urge": 7, "contact": "none", "note": "rough day", "notes": ["rough day"]}])
    );
    let status = env.json(&["status", "--json"]);
    assert_eq!(status["checked_in_today"], true);
    assert_eq!(status["checkins"], 1);
}

#[test]
fn a_second_checkin_on_the_same_date_amends_it() {
    let env = Env::started("2026-11-22");
    env.plan(&["checkin", "--mood", "4"]).assert().success();
    let out = env.stdout(&["checkin", "--mood", "6"]);
    assert_eq!(out, "Amended the check-in for 2026-11-22: mood 6, no contact.\n");
    let log = env.json(&["log", "--json"]);
    assert_eq!(log.as_array().unwrap().len(), 1, "still one entry: {log}");
    assert_eq!(log[0]["mood"], 6);
    assert_eq!(env.json(&["status", "--json"])["checkins"], 1);
}

#[test]
fn amending_merges_the_fields() {
    let env = Env::started("2026-11-22");
    env.plan(&["checkin", "--mood", "4", "--note", "first"]).assert().success();
    env.plan(&["checkin", "--urge", "8"]).assert().success();
    env.plan(&["checkin", "--contact", "allowed"]).assert().success();
    assert_eq!(
        env.json(&["log", "--json"]),
        json!([{"date": "2026-11-22", "mood": 4, "urge": 8, "contact": "allowed", "note": "first", "notes": ["first"]}])
    );
}

#[test]
fn checkin_date_back_fills_a_past_day() {
    let env = Env::new("2026-11-22");
    env.plan_on("2026-11-18", &["start"]).assert().success();
    let out = env.stdout(&["checkin", "--date", "2026-11-20", "--mood", "3"]);
    assert_eq!(out, "Checked in for 2026-11-20: mood 3, no contact.\nNo contact: day 4.\n");
    assert_eq!(
        env.json(&["log", "--json"]),
        json!([{"date": "2026-11-20", "mood": 3, "urge": null, "contact": "none", "note": null, "notes": []}])
    );
    let status = env.json(&["status", "--json"]);
    assert_eq!(status["checked_in_today"], false);
    assert_eq!(status["checkins"], 1);
    // The plan's start day itself can be back-filled.
    env.plan(&["checkin", "--date", "2026-11-18", "--mood", "2"]).assert().success();
    assert_eq!(env.json(&["status", "--json"])["checkins"], 2);
}

#[test]
fn allowed_contact_is_logged_and_resets_nothing() {
    let env = Env::new("2026-11-22");
    env.plan(&["start", "--since", "2026-11-01"]).assert().success();
    env.plan(&["checkin", "--contact", "allowed", "--note", "school run"]).assert().success();
    assert_eq!(
        no_contact(&env, "2026-11-22"),
        json!({"since": "2026-11-01", "days": 21, "longest": 21, "resets": 0})
    );
    assert_eq!(env.json(&["log", "--json"])[0]["contact"], "allowed");
}

#[test]
fn a_checkin_with_contact_slip_resets_exactly_like_plan_slip() {
    let by_checkin = Env::new("2026-11-22");
    let by_slip = Env::new("2026-11-22");
    for env in [&by_checkin, &by_slip] {
        env.plan_on("2026-11-01", &["start", "--since", "2026-10-25"]).assert().success();
    }
    by_checkin.plan(&["checkin", "--contact", "slip", "--date", "2026-11-15"]).assert().success();
    by_slip.plan(&["slip", "--date", "2026-11-15"]).assert().success();

    let expected = json!({"since": "2026-11-15", "days": 7, "longest": 21, "resets": 1});
    assert_eq!(no_contact(&by_checkin, "2026-11-22"), expected);
    assert_eq!(no_contact(&by_slip, "2026-11-22"), expected);
    assert_eq!(by_checkin.json(&["log", "--json"]), by_slip.json(&["log", "--json"]));
    assert_eq!(by_checkin.json(&["log", "--json"])[0]["contact"], "initiated");
    assert_eq!(
        by_checkin.json(&["next", "--json"])["locked_until"],
        by_slip.json(&["next", "--json"])["locked_until"]
    );
}

#[test]
fn log_json_is_newest_first_with_nulls_for_absent_values() {
    let env = Env::new("2026-11-22");
    env.plan_on("2026-11-20", &["start"]).assert().success();
    env.plan_on("2026-11-20", &["checkin", "--mood", "3"]).assert().success();
    env.plan_on("2026-11-21", &["checkin", "--urge", "0", "--note", "quiet"]).assert().success();
    env.plan(&["slip", "--note", "texted back"]).assert().success();
    assert_eq!(
        env.json(&["log", "--json"]),
        json!([
            {"date": "2026-11-22", "mood": null, "urge": null, "contact": "initiated", "note": "texted back", "notes": ["texted back"]},
            {"date": "2026-11-21", "mood": null, "urge": 0, "contact": "none", "note": "quiet", "notes": ["quiet"]},
            {"date": "2026-11-20", "mood": 3, "urge": null, "contact": "none", "note": null, "notes": []},
        ])
    );
}

#[test]
fn log_json_of_a_plan_without_checkins_is_an_empty_array() {
    let env = Env::started("2026-11-22");
    assert_eq!(env.stdout(&["log", "--json"]), "[]\n");
}

#[test]
fn log_days_limits_by_calendar_days_today_included() {
    let env = Env::new("2026-11-02");
    env.plan_on("2026-10-28", &["start"]).assert().success();
    for day in ["2026-10-28", "2026-10-30", "2026-11-01", "2026-11-02"] {
        env.plan_on(day, &["checkin", "--mood", "5"]).assert().success();
    }
    let dates = |days: &str| -> Vec<String> {
        env.json(&["log", "--json", "--days", days])
            .as_array()
            .unwrap()
            .iter()
            .map(|entry| entry["date"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(dates("1"), ["2026-11-02"]);
    assert_eq!(dates("2"), ["2026-11-02", "2026-11-01"]);
    assert_eq!(dates("3"), ["2026-11-02", "2026-11-01"], "2026-10-31 has no check-in");
    assert_eq!(dates("4"), ["2026-11-02", "2026-11-01", "2026-10-30"]);
    assert_eq!(dates("6"), ["2026-11-02", "2026-11-01", "2026-10-30", "2026-10-28"]);
    assert_eq!(dates("365").len(), 4);
}

#[test]
fn notes_with_unicode_and_newlines_survive_the_round_trip() {
    let env = Env::started("2026-11-22");
    let note = "Ça va… 💔 ни́что\nsecond line\n\n\ttabbed \"quoted\" \\ 日本語\n";
    env.plan(&["checkin", "--note", note]).assert().success();
    assert_eq!(env.json(&["log", "--json"])[0]["note"], note);
    let text = env.stdout(&["log"]);
    assert!(
        text.contains("Ça va… 💔") && text.contains("second line"),
        "the text log shows the note: {text}"
    );
    // A long note, kept beside the day's note.
    let long = "x".repeat(20_000);
    env.plan(&["slip", "--note", &long]).assert().success();
    assert_eq!(env.json(&["log", "--json"])[0]["notes"], serde_json::json!([note, long]));
}

// ---------------------------------------------------------------- slip

#[test]
fn slip_restarts_the_counter_keeps_the_longest_and_counts_resets() {
    let env = Env::new("2026-11-22");
    env.plan_on("2026-11-01", &["start", "--since", "2026-10-01"]).assert().success();
    let out = env.stdout(&["slip", "--date", "2026-11-15", "--note", "called them"]);
    assert_eq!(
        out,
        "Checked in for 2026-11-15: a slip, a note.\n\
         The no-contact counter starts again from 2026-11-15: day 7 today.\n\
         Your longest run, 45 days, stays on record. One slip does not end the plan.\n"
    );
    assert_eq!(
        no_contact(&env, "2026-11-22"),
        json!({"since": "2026-11-15", "days": 7, "longest": 45, "resets": 1})
    );
    env.plan(&["slip", "--date", "2026-11-20"]).assert().success();
    assert_eq!(
        no_contact(&env, "2026-11-22"),
        json!({"since": "2026-11-20", "days": 2, "longest": 45, "resets": 2})
    );
    // Days go on counting from the last slip.
    assert_eq!(no_contact(&env, "2026-12-20")["days"], 30);
    assert_eq!(no_contact(&env, "2027-01-20")["longest"], 61);
}

#[test]
fn a_slip_on_the_start_day() {
    let env = Env::started("2026-11-22");
    env.plan(&["slip"]).assert().success();
    assert_eq!(
        no_contact(&env, "2026-11-22"),
        json!({"since": "2026-11-22", "days": 0, "longest": 0, "resets": 1})
    );
    assert_eq!(
        no_contact(&env, "2026-11-23"),
        json!({"since": "2026-11-22", "days": 1, "longest": 1, "resets": 1})
    );
}

#[test]
fn a_slip_back_filled_before_a_later_checkin_keeps_the_later_days() {
    let env = Env::new("2026-11-22");
    env.plan_on("2026-11-01", &["start"]).assert().success();
    env.plan(&["checkin", "--mood", "7"]).assert().success();
    env.plan(&["slip", "--date", "2026-11-10"]).assert().success();
    assert_eq!(
        no_contact(&env, "2026-11-22"),
        json!({"since": "2026-11-10", "days": 12, "longest": 12, "resets": 1})
    );
    assert_eq!(env.json(&["status", "--json"])["checkins"], 2);
}

// ---------------------------------------------------------------- day math

#[test]
fn days_count_across_a_leap_day() {
    let env = Env::new("2024-02-28");
    env.plan(&["start"]).assert().success();
    assert_eq!(no_contact(&env, "2024-02-29")["days"], 1);
    assert_eq!(no_contact(&env, "2024-03-01")["days"], 2);
    assert_eq!(env.json_on("2024-03-01", &["status", "--json"])["today"], "2024-03-01");
}

#[test]
fn days_count_across_a_non_leap_february() {
    let env = Env::new("2023-02-28");
    env.plan(&["start"]).assert().success();
    assert_eq!(no_contact(&env, "2023-03-01")["days"], 1);
}

#[test]
fn days_count_across_a_month_end() {
    let env = Env::new("2026-01-31");
    env.plan(&["start"]).assert().success();
    assert_eq!(no_contact(&env, "2026-02-01")["days"], 1);
    assert_eq!(no_contact(&env, "2026-03-01")["days"], 29);
}

#[test]
fn days_count_across_a_year_end() {
    let env = Env::new("2025-12-31");
    env.plan(&["start"]).assert().success();
    assert_eq!(no_contact(&env, "2026-01-01")["days"], 1);
    assert_eq!(no_contact(&env, "2026-12-31")["days"], 365);

    let since = Env::new("2026-01-05");
    since.plan(&["start", "--since", "2025-12-20"]).assert().success();
    assert_eq!(no_contact(&since, "2026-01-05")["days"], 16);
}

#[test]
fn a_gate_opens_on_a_leap_day() {
    let env = Env::new("2024-02-08");
    env.plan(&["start"]).assert().success();
    assert_eq!(env.json(&["next", "--json"])["locked_until"], "2024-02-29");
}

// ---------------------------------------------------------------- done and next

#[test]
fn next_json_locked_until_is_since_plus_the_gate() {
    let env = Env::new("2026-11-22");
    env.plan(&["start", "--since", "2026-11-10"]).assert().success();
    let next = env.json(&["next", "--json"]);
    assert_eq!(next["id"], "no-contact");
    assert_eq!(next["locked_until"], "2026-12-01");
    let text = env.stdout(&["next"]);
    assert!(text.contains("2026-12-01"), "next says until when the gate holds: {text}");
}

#[test]
fn done_completes_the_current_step_once_the_gate_opens() {
    let env = Env::started("2026-11-22");
    env.assert_refuses_on(
        "2026-12-12",
        &["done"],
        1,
        "error: step 1 “Go quiet” (`no-contact`) needs 21 days of no contact; you are at 20, so it opens on 2026-12-13\n\
         hint: keep going: `plan next` shows what to do in the meantime\n",
    );

    for task in ["1", "2", "3", "4"] {
        env.plan_on("2026-12-13", &["done", task]).assert().success();
    }
    let out = env.stdout_on("2026-12-13", &["done"]);
    assert_eq!(
        out,
        "Done: step 1 of 5, “Go quiet”.\n\
         Left unticked, if you want to come back to them:\n  \
         5. Keep a notebook for the things you want to tell them, and write them there\n     \
         instead.\n\
         Next: step 2, “Put yourself first”. `plan next` shows it in full.\n"
    );
    let status = env.json_on("2026-12-13", &["status", "--json"]);
    assert_eq!(status["steps_done"], 1);
    assert_eq!(status["step"]["id"], "focus-on-you");
    assert_eq!(status["step"]["number"], 2);
    let steps = env.json_on("2026-12-13", &["steps", "--json"]);
    assert_eq!(steps["steps"][0]["state"], "done");
    assert_eq!(steps["steps"][0]["done_on"], "2026-12-13");
    assert_eq!(steps["steps"][1]["state"], "current");
}

#[test]
fn done_with_a_step_id_completes_that_step() {
    let env = Env::new("2026-11-22");
    env.plan(&["start", "--since", "2026-10-01"]).assert().success();
    env.plan(&["done", "no-contact"]).assert().success();
    env.plan(&["done", "focus-on-you"]).assert().success();
    let status = env.json(&["status", "--json"]);
    assert_eq!(status["steps_done"], 2);
    assert_eq!(status["step"]["id"], "respect");
}

#[test]
fn done_n_ticks_task_n_of_the_current_step() {
    let env = Env::started("2026-11-22");
    let out = env.stdout(&["done", "2"]);
    assert_eq!(
        out,
        "Ticked task 2 of “Go quiet”: Mute or unfollow their accounts so you aren't\n  tempted to look or react.\n"
    );
    let next = env.json(&["next", "--json"]);
    let done: Vec<bool> =
        next["tasks"].as_array().unwrap().iter().map(|t| t["done"].as_bool().unwrap()).collect();
    assert_eq!(done, [false, true, false, false, false]);
    assert_eq!(next["id"], "no-contact", "ticking a task does not complete the step");
    assert_eq!(env.json(&["status", "--json"])["steps_done"], 0);

    // Ticking it again says so, and writes it again for other devices.
    let before = env.head()["seq"].as_u64().unwrap();
    let again = env.stdout(&["done", "2"]);
    assert_eq!(again, "Task 2 of “Go quiet” was already ticked; saved again.\n");
    assert_eq!(env.head()["seq"].as_u64().unwrap(), before + 1);
    assert_eq!(env.json(&["next", "--json"])["tasks"][1]["done"], true);
}

#[test]
fn done_with_a_step_out_of_order_is_refused() {
    let env = Env::new("2026-11-22");
    env.plan(&["start", "--since", "2026-10-01"]).assert().success();
    env.assert_refuses(
        &["done", "respect"],
        1,
        "error: step 3 “Respect, both ways” (`respect`) comes after step 1 “Go quiet” (`no-contact`) and step 2 “Put yourself first” (`focus-on-you`), which are not done yet\n\
         hint: `plan steps` shows which steps are current\n",
    );
    assert_eq!(env.json(&["status", "--json"])["steps_done"], 0);
}

#[test]
fn done_with_an_unknown_step_id_is_refused() {
    let env = Env::started("2026-11-22");
    env.assert_refuses(
        &["done", "no-such-step"],
        1,
        "error: the playbook `four-steps` has no step `no-such-step`\n\
         hint: `plan steps` lists every step with its number and id\n",
    );
}

#[test]
fn a_slip_moves_the_gate() {
    let env = Env::new("2026-11-15");
    env.plan_on("2026-11-01", &["start"]).assert().success();
    assert_eq!(env.json(&["next", "--json"])["locked_until"], "2026-11-22");
    env.plan(&["slip", "--date", "2026-11-10"]).assert().success();
    assert_eq!(env.json(&["next", "--json"])["locked_until"], "2026-12-01");
    assert_eq!(env.json(&["status", "--json"])["step"]["locked_until"], "2026-12-01");

    // The gate moved with the slip.
    env.assert_refuses_on(
        "2026-11-22",
        &["done"],
        1,
        "error: step 1 “Go quiet” (`no-contact`) needs 21 days of no contact; you are at 12, so it opens on 2026-12-01\n\
         hint: keep going: `plan next` shows what to do in the meantime\n",
    );
    env.plan_on("2026-12-01", &["done"]).assert().success();
}

#[test]
fn next_json_has_the_step_and_numbered_tasks() {
    let env = Env::started("2026-11-22");
    let next = env.json(&["next", "--json"]);
    assert_eq!(next["id"], "no-contact");
    assert_eq!(next["title"], "Go quiet");
    assert_eq!(next["phase"], "no-contact");
    assert_eq!(next["number"], 1);
    assert_eq!(next["total"], 5);
    assert_eq!(next["locked_until"], "2026-12-13");
    let tasks = next["tasks"].as_array().unwrap();
    assert_eq!(tasks.len(), 5);
    for (i, task) in tasks.iter().enumerate() {
        assert_eq!(task["number"], i + 1);
        assert!(!task["text"].as_str().unwrap().is_empty());
        assert_eq!(task["done"], false);
    }
    assert!(tasks[0]["text"].as_str().unwrap().starts_with("Pick one or two friends to call"));
    assert!(next["summary"].as_str().is_some_and(|s| !s.is_empty()));
}

#[test]
fn next_json_locked_until_is_null_once_the_gate_is_open() {
    let env = Env::new("2026-11-22");
    env.plan(&["start", "--since", "2026-11-01"]).assert().success();
    assert_eq!(env.json(&["next", "--json"])["locked_until"], Value::Null);
}

// ---------------------------------------------------------------- steps and playbooks

#[test]
fn steps_json_shows_done_current_locked_and_ahead() {
    let env = Env::new("2026-11-22");
    let path = env.write("my-way.toml", MY_WAY);
    env.plan(&["start", "--playbook", path.to_str().unwrap()]).assert().success();
    env.plan(&["done"]).assert().success();

    let steps = env.json(&["steps", "--json"]);
    assert_eq!(steps["id"], "my-way");
    assert_eq!(steps["title"], "My own way");
    let states: Vec<&str> =
        steps["steps"].as_array().unwrap().iter().map(|s| s["state"].as_str().unwrap()).collect();
    assert_eq!(states, ["done", "current", "locked", "ahead"]);
    assert_eq!(steps["steps"][2]["locked_until"], "2026-12-02");
    assert_eq!(steps["steps"][1]["phase"], "self-focus");
    assert_eq!(steps["steps"][0]["title"], "Be quiet");

    // Ten days on, the gate is open: the step is merely ahead.
    let later = env.json_on("2026-12-02", &["steps", "--json"]);
    let states: Vec<&str> =
        later["steps"].as_array().unwrap().iter().map(|s| s["state"].as_str().unwrap()).collect();
    assert_eq!(states, ["done", "current", "ahead", "ahead"]);
}

#[test]
fn playbooks_json_lists_the_bundled_playbooks() {
    let env = Env::new("2026-11-22");
    let list = env.json(&["playbooks", "--json"]);
    let found: Vec<(&str, u64, &str)> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["id"].as_str().unwrap(), p["steps"].as_u64().unwrap(), p["source"].as_str().unwrap()))
        .collect();
    assert_eq!(
        found,
        [
            ("four-steps", 5, "bundled"),
            ("ten-steps", 10, "bundled"),
            ("after-hurting-them", 13, "bundled"),
            ("seven-steps", 7, "bundled"),
            ("ex-boyfriend", 9, "bundled"),
            ("six-steps", 6, "bundled"),
            ("move-on", 6, "bundled"),
            ("not-sure-yet", 4, "bundled"),
        ]
    );
    assert!(list.as_array().unwrap().iter().all(|p| p["title"].as_str().is_some_and(|t| !t.is_empty())));
    assert!(!env.home().exists(), "listing playbooks creates no plan folder");
}

#[test]
fn playbooks_json_lists_the_users_own_with_its_path() {
    let env = Env::new("2026-11-22");
    let path = env.write("home/plans/my-way.toml", MY_WAY);
    let list = env.json(&["playbooks", "--json"]);
    let mine =
        list.as_array().unwrap().iter().find(|p| p["id"] == "my-way").expect("the user's playbook is listed");
    assert_eq!(mine["steps"], 4);
    assert_eq!(mine["title"], "My own way");
    assert_eq!(Path::new(mine["source"].as_str().unwrap()), path);
}

// ---------------------------------------------------------------- the plan folder

#[test]
fn home_option_overrides_plan_home() {
    let env = Env::new("2026-11-22");
    let other = env.dir.path().join("elsewhere");
    let other = other.to_str().unwrap();
    env.plan(&["--home", other, "start", "--playbook", "six-steps"]).assert().success();
    assert!(!env.home().exists(), "PLAN_HOME is left alone");
    assert!(Path::new(other).join("format").is_file());
    let head = Path::new(other).join("devices").join(env.device_id()).join("head");
    assert!(head.is_file(), "the plan is in the --home folder");
    let status = env.json(&["status", "--home", other, "--json"]);
    assert_eq!(status["playbook"]["id"], "six-steps");
    // Nothing of it reaches PLAN_HOME, not even through the cache.
    let out = env.plan(&["status"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        crate::harness::text(&out.stderr).contains("no plan yet"),
        "{}",
        crate::harness::text(&out.stderr)
    );
    assert!(!env.home().exists(), "PLAN_HOME is left alone");
}

// ---------------------------------------------------------------- files

#[test]
fn the_plan_folder_is_0700_and_its_files_0600_whatever_the_umask() {
    let env = Env::new("2026-11-22");
    let run = |args: &[&str]| env.with_umask("000", &env.today, args).assert().success();
    run(&["start"]);
    run(&["checkin", "--mood", "5", "--note", "private"]);
    run(&["checkin", "--urge", "3"]);
    run(&["slip"]);
    run(&["done", "1"]);
    run(&["start", "--force"]);
    run(&["checkin", "--mood", "6"]);
    // The shell passed the arguments through: the last check-in is there.
    assert_eq!(env.json(&["log", "--json"])[0]["mood"], 6);

    let found = modes(&env.home());
    let dir = env.device_dir();
    for name in ["head", "plan.jsonl", "2026-11.jsonl"] {
        assert!(found.contains_key(&dir.join(name)), "{name} is there");
    }
    assert!(found.contains_key(&env.home().join("format")));
    assert!(found.contains_key(&dir.join("plan.jsonl.bak")), "a backup is kept");
    assert!(found.contains_key(&dir.join("2026-11.jsonl.bak")), "a backup is kept");
    assert_eq!(
        env.json(&["archive", "--json"]).as_array().map(Vec::len),
        Some(1),
        "the old plan is archived"
    );
    assert_private(&env.home(), "the plan folder after runs under umask 000");
    // This device's own folders, outside the plan folder, are private too.
    assert!(env.config_dir().join("device.json").is_file());
    assert_private(&env.config_dir(), "the config folder after runs under umask 000");
    for name in ["lock", "status.json"] {
        assert!(env.cache_dir().join(name).is_file(), "{name} is in the cache folder");
    }
    assert_private(&env.cache_root(), "the cache folder after runs under umask 000");
}

#[test]
fn next_carries_the_guides_shared_caution_only_where_a_step_turns_toward_contact() {
    let env = Env::started("2026-10-01");
    let caution = "If the relationship was abusive or controlling";
    let quiet = env.stdout_on("2026-10-30", &["next"]);
    assert!(!quiet.contains(caution), "no caution during no contact:\n{quiet}");
    assert_eq!(env.json_on("2026-10-30", &["next", "--json"])["caution"], false);
    env.plan_on("2026-10-30", &["done"]).assert().success();
    env.plan_on("2026-10-30", &["done"]).assert().success();
    let assess = env.stdout_on("2026-10-30", &["next"]);
    assert!(assess.starts_with("Step 3 of 5"), "{assess}");
    assert!(!assess.replace('\n', " ").contains(caution), "deciding is not contact: {assess}");
    assert_eq!(env.json_on("2026-10-30", &["next", "--json"])["caution"], false);
    env.plan_on("2026-10-30", &["done"]).assert().success();
    let reconnect = env.stdout_on("2026-10-30", &["next"]);
    assert!(reconnect.starts_with("Step 4 of 5"), "{reconnect}");
    assert!(reconnect.replace('\n', " ").contains(caution), "{reconnect}");
    assert_eq!(env.json_on("2026-10-30", &["next", "--json"])["caution"], true);
    // Letting go has no step toward contact, and so no caution about it.
    env.plan_on("2026-10-30", &["switch", "move-on"]).assert().success();
    for step in 1..=6 {
        let text = env.stdout_on("2026-10-30", &["next", &step.to_string()]);
        assert!(!text.replace('\n', " ").contains(caution), "move-on step {step}: {text}");
    }
}

/// The words bash completes after `path` (`plan`, `plan__subcmd__playbook`):
/// `clap_complete`'s bash script lists them in an `opts="..."` line under
/// that case label.
fn completion_words<'a>(script: &'a str, path: &str) -> Vec<&'a str> {
    let label = format!("\n        {path})\n");
    let after = &script[script.find(&label).unwrap_or_else(|| panic!("no `{path})` case in:\n{script}"))..];
    let opts = after.lines().find_map(|line| line.trim().strip_prefix("opts=\"")).expect("an opts line");
    opts.trim_end_matches('"').split_whitespace().collect()
}

/// Every subcommand clap knows, at every level, is completed where bash
/// lists that level's subcommands, and has its own case in the script.
fn assert_completes(script: &str, command: &clap::Command, path: &str) {
    let words = completion_words(script, path);
    let mut expected: Vec<&str> = command.get_subcommands().map(clap::Command::get_name).collect();
    assert!(!expected.is_empty(), "clap lists no subcommands of {path}");
    expected.push("help");
    let mut completed: Vec<&str> = words.into_iter().filter(|word| !word.starts_with('-')).collect();
    expected.sort_unstable();
    completed.sort_unstable();
    assert_eq!(completed, expected, "the subcommands bash completes after {path}");
    for sub in command.get_subcommands() {
        let name = sub.get_name();
        let case = format!("{path}__subcmd__{name}");
        let label = format!("\n            {path},{name})\n                cmd=\"{case}\"\n");
        assert!(script.contains(&label), "no case for `{name}` after {path} in:\n{script}");
        if sub.has_subcommands() {
            assert_completes(script, sub, &case);
        }
    }
}

#[test]
fn completions_name_every_command() {
    let env = Env::new("2026-11-22");
    let script = env.stdout(&["completions", "bash"]);
    assert_completes(&script, &plan::cli::Cli::command(), "plan");
    assert!(!env.home().exists(), "printing completions must not create the plan folder");
}

/// `plan ARGS` with `PLAN_LANG=lang`: its exit code, stdout and stderr.
fn in_language(env: &Env, lang: &str, args: &[&str]) -> (Option<i32>, String, String) {
    let out = env.plan(args).env("PLAN_LANG", lang).output().unwrap();
    (out.status.code(), String::from_utf8(out.stdout).unwrap(), String::from_utf8(out.stderr).unwrap())
}

/// Every command's path under `command` (`["partner", "add"]`), at every level.
fn paths(command: &clap::Command, path: &[String], all: &mut Vec<Vec<String>>) {
    for sub in command.get_subcommands() {
        let mut path = path.to_vec();
        path.push(sub.get_name().to_owned());
        paths(sub, &path, all);
        all.push(path);
    }
}

/// The sentences of an English help: each run of three words or more
/// between the columns, beginning with a capital (`Record how today went
/// …`, `Print help`, `Usage:` as a heading).
fn english_sentences(help: &str) -> Vec<String> {
    let mut sentences: Vec<String> = help
        .lines()
        .flat_map(|line| line.split("  "))
        .map(str::trim)
        .filter(|part| part.starts_with(|c: char| c.is_ascii_uppercase()) && part.split(' ').count() >= 3)
        .map(str::to_owned)
        .collect();
    sentences.extend(
        [
            "Usage:",
            "Commands:",
            "Options:",
            "Arguments:",
            "Possible values:",
            "[default:",
            "[possible values:",
        ]
        .map(str::to_owned),
    );
    sentences
}

#[test]
fn the_help_speaks_spanish_and_german_with_no_english_sentence_left() {
    let env = Env::new("2026-11-22");
    let forms: [&[&str]; 4] = [&["--help"], &["-h"], &["checkin", "--help"], &["checkin", "-h"]];
    let expected = [
        ("es", ["Uso: plan", "Opciones:", "Mostrar la ayuda", "contador de contacto cero"]),
        ("de", ["Aufruf: plan", "Optionen:", "Hilfe anzeigen", "Zähler für die Kontaktsperre"]),
    ];
    for args in forms {
        let english = env.stdout(args);
        for (lang, words) in expected {
            let (code, help, errors) = in_language(&env, lang, args);
            assert_eq!((code, errors.as_str()), (Some(0), ""), "plan {args:?} in {lang}");
            for sentence in english_sentences(&english) {
                assert!(
                    !help.contains(&sentence),
                    "plan {args:?} in {lang} still says {sentence:?}:\n{help}"
                );
            }
            // The program's own words are on its first page only.
            let root = args.len() == 1;
            for word in words.iter().take(if root { 4 } else { 3 }) {
                assert!(help.contains(word), "plan {args:?} in {lang} says no {word:?}:\n{help}");
            }
        }
    }
    // Every command's help, at every level, has no English sentence left.
    let mut all = Vec::new();
    paths(&plan::cli::Cli::command(), &[], &mut all);
    assert!(all.len() > 40, "{all:?}");
    for path in all {
        let args: Vec<&str> = path.iter().map(String::as_str).chain(["--help"]).collect();
        let english = english_sentences(&env.stdout(&args));
        for lang in ["es", "de"] {
            let (code, help, _) = in_language(&env, lang, &args);
            assert_eq!(code, Some(0), "plan {args:?} in {lang}");
            for sentence in &english {
                assert!(!help.contains(sentence), "plan {args:?} in {lang} still says {sentence:?}:\n{help}");
            }
        }
    }
    let (_, help, _) = in_language(&env, "es", &["checkin", "--help"]);
    assert!(help.contains("Cómo te sientes, de 1 (fatal) a 10 (genial)"), "{help}");
    assert!(help.contains("Valores posibles:\n") && help.contains("- none:"), "{help}");
    let (_, help, _) = in_language(&env, "de", &["checkin", "--help"]);
    assert!(help.contains("Wie du dich fühlst, von 1 (furchtbar) bis 10 (großartig)"), "{help}");
    let (_, page, _) = in_language(&env, "de", &["man"]);
    assert!(page.contains(".TH plan 1") && page.contains("Ein privater Offline"), "{page}");
    assert!(page.contains("\n.SH BESCHREIBUNG\n") && page.contains("\n.SH BEFEHLE\n"), "{page}");
}

#[test]
fn a_usage_error_in_spanish_or_german_says_it_there_and_exits_2() {
    let env = Env::new("2026-11-22");
    let (code, out, err) = in_language(&env, "es", &["checkin", "--bogus"]);
    assert_eq!((code, out.as_str()), (Some(2), ""));
    assert_eq!(
        err,
        "error: no se esperaba el argumento '--bogus'\n\nUso: plan checkin [OPCIONES]\n\n\
         Para más información, prueba '--help'.\n"
    );
    let (code, _, err) = in_language(&env, "de", &["checkin", "--mood", "11"]);
    assert_eq!(code, Some(2));
    assert_eq!(
        err,
        "Fehler: ungültiger Wert '11' für '--mood <1-10>': die Stimmung ist eine ganze Zahl von 1 \
         (furchtbar) bis 10 (großartig)\n\nMehr dazu mit '--help'.\n"
    );
    let (code, _, err) = in_language(&env, "es", &["sttaus"]);
    assert_eq!(code, Some(2));
    assert!(
        err.starts_with("error: subcomando desconocido 'sttaus'\n\n  sugerencia: existen subcomandos"),
        "{err}"
    );
    assert!(err.contains("\n\nUso: plan [OPCIONES] [COMANDO]\n"), "{err}");
    let (code, _, err) = in_language(&env, "de", &["export", "--format", "pdf"]);
    assert_eq!(code, Some(2));
    assert!(
        err.contains("ungültiger Wert 'pdf' für '--format <FORMAT>'\n  [mögliche Werte: json, csv"),
        "{err}"
    );
    // `--lang` is read before clap, and a control character is shown, not obeyed.
    let out = env.plan(&["--lang", "es", "checkin", "--mood", "\u{1b}[2J"]).output().unwrap();
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(err.starts_with("error: valor no válido '^[[2J' para '--mood <1-10>': el ánimo es"), "{err}");
    assert!(!env.home().exists(), "a usage error must not create the plan folder");
    // English is clap's own, word for word.
    let out = env.plan(&["checkin", "--bogus"]).output().unwrap();
    assert_eq!(
        String::from_utf8(out.stderr).unwrap(),
        "error: unexpected argument '--bogus' found\n\nUsage: plan checkin [OPTIONS]\n\n\
         For more information, try '--help'.\n"
    );
}
