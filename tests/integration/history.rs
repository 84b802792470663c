//! What the history shows back (issue 9): back-filling from the day no
//! contact began, milestones, trends and streaks, and hooks.

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::harness::{Env, text};

// ---------------------------------------------------------------- back-filling

#[test]
fn days_from_the_day_no_contact_began_can_be_back_filled() {
    let env = Env::new("2026-10-01");
    env.plan(&["start", "--since", "2026-09-24"]).assert().success();
    env.plan(&["checkin", "--date", "2026-09-28", "--mood", "3"]).assert().success();
    env.plan(&["slip", "--date", "2026-09-26"]).assert().success();
    let log = env.log_map("2026-10-01");
    assert_eq!(log["2026-09-28"]["mood"], 3);
    assert_eq!(log["2026-09-26"]["contact"], "initiated");
    assert_eq!(env.json(&["status", "--json"])["no_contact"]["since"], "2026-09-26");
    let before = env.snapshot();
    for date in ["2026-09-23", "2026-10-02"] {
        let out = env.plan(&["checkin", "--date", date, "--mood", "3"]).output().unwrap();
        assert_eq!(out.status.code(), Some(1), "{date}: {}", text(&out.stderr));
    }
    env.assert_unchanged(&before, "refused dates");
}

#[test]
fn a_quick_start_can_be_moved_back_to_the_day_of_last_contact() {
    let env = Env::new("2026-10-01");
    env.plan(&["start"]).assert().success();
    env.plan(&["checkin", "--mood", "4"]).assert().success();
    env.plan(&["since", "2026-09-24"]).assert().success();
    env.plan(&["checkin", "--date", "2026-09-28", "--mood", "3"]).assert().success();
    let status = env.json(&["status", "--json"]);
    assert_eq!(status["no_contact"]["since"], "2026-09-24");
    assert_eq!(status["no_contact"]["days"], 7);
    assert_eq!(status["checkins"], 2);
}

// ---------------------------------------------------------------- milestones

#[test]
fn milestones_count_the_current_run_and_start_again_after_a_slip() {
    let env = Env::new("2026-11-08");
    env.plan(&["start", "--since", "2026-10-01"]).assert().success();
    let status = env.json(&["status", "--json"]);
    assert_eq!(status["milestones"]["reached"], json!([7, 14, 21, 30]));
    assert_eq!(status["milestones"]["next"], json!({"days": 60, "date": "2026-11-30"}));
    env.plan(&["slip", "--date", "2026-11-01"]).assert().success();
    let status = env.json(&["status", "--json"]);
    assert_eq!(status["milestones"]["reached"], json!([7]));
    assert_eq!(status["milestones"]["next"], json!({"days": 14, "date": "2026-11-15"}));
    let text = env.stdout(&["status"]);
    assert!(text.contains("★ 7 days of no contact today: a milestone."), "{text}");
    assert!(text.contains("Next milestone: 14 days, on 2026-11-15"), "{text}");
    assert!(!env.stdout_on("2026-11-09", &["status"]).contains('★'), "only on the day itself");
}

#[test]
fn past_a_year_there_is_no_next_milestone() {
    let env = Env::new("2026-11-08");
    env.plan(&["start", "--since", "2025-01-01"]).assert().success();
    let status = env.json(&["status", "--json"]);
    assert_eq!(status["milestones"]["next"], Value::Null);
    assert_eq!(status["milestones"]["reached"].as_array().map(Vec::len), Some(8));
}

// ---------------------------------------------------------------- trends

#[test]
fn trends_average_this_week_and_the_week_before_over_the_days_with_a_value() {
    let env = Env::new("2026-11-20");
    env.plan_on("2026-11-01", &["start"]).assert().success();
    // The week before (11-07 to 11-13): moods 3 and 4, urges 8 and 6.
    env.plan(&["checkin", "--date", "2026-11-08", "--mood", "3", "--urge", "8"]).assert().success();
    env.plan(&["checkin", "--date", "2026-11-13", "--mood", "4", "--urge", "6"]).assert().success();
    // This week (11-14 to 11-20): moods 6, 7, 8; one day with an urge only.
    for (date, mood) in [("2026-11-14", "6"), ("2026-11-17", "7"), ("2026-11-20", "8")] {
        env.plan(&["checkin", "--date", date, "--mood", mood]).assert().success();
    }
    env.plan(&["checkin", "--date", "2026-11-18", "--urge", "2"]).assert().success();
    // Outside both weeks: not counted.
    env.plan(&["checkin", "--date", "2026-11-06", "--mood", "1", "--urge", "10"]).assert().success();
    let status = env.json(&["status", "--json"]);
    assert_eq!(
        status["trend"],
        json!({"mood_7d": 7.0, "urge_7d": 2.0, "mood_prev_7d": 3.5, "urge_prev_7d": 7.0}),
        "{status}"
    );
    assert_eq!(status["recent"].as_array().map(Vec::len), Some(7), "the last seven check-ins");
    let text = env.stdout(&["status"]);
    assert!(
        text.contains("This week: mood 7.0 against 3.5, better; urge 2.0 against 7.0, better."),
        "{text}"
    );
    assert!(text.contains("Urge, last 7 days: Sa ·  Su ·  Mo ·  Tu ·  We 2  Th ·  Fr ·"), "{text}");
}

#[test]
fn a_week_without_values_has_no_trend() {
    let env = Env::new("2026-11-20");
    env.plan_on("2026-11-01", &["start"]).assert().success();
    let trend = &env.json(&["status", "--json"])["trend"];
    assert_eq!(trend, &json!({"mood_7d": null, "urge_7d": null, "mood_prev_7d": null, "urge_prev_7d": null}));
}

#[test]
fn streaks_count_every_no_contact_day_and_the_days_of_the_plan() {
    let env = Env::new("2026-11-20");
    env.plan_on("2026-11-05", &["start", "--since", "2026-11-01"]).assert().success();
    env.plan(&["slip", "--date", "2026-11-10"]).assert().success();
    env.plan(&["slip", "--date", "2026-11-12"]).assert().success();
    let streaks = &env.json(&["status", "--json"])["streaks"];
    // 19 days since 11-01, two of them slips.
    assert_eq!(streaks, &json!({"current": 8, "longest": 9, "total": 17, "resets": 2, "since_start": 15}));
}

// ---------------------------------------------------------------- hooks

/// Put an executable `hooks/NAME` with `script` in the plan folder.
fn hook(env: &Env, name: &str, script: &str, mode: u32) {
    let dir = env.home().join("hooks");
    fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    fs::write(&path, format!("#!/bin/sh\n{script}\n")).unwrap();
    fs::set_permissions(&path, fs::Permissions::from_mode(mode)).unwrap();
}

/// What a hook that saves its stdin to `NAME.json` beside itself saw.
fn seen(env: &Env, name: &str) -> Option<Value> {
    let bytes = fs::read(env.home().join("hooks").join(format!("{name}.json"))).ok()?;
    Some(serde_json::from_slice(&bytes).expect("the hook got one JSON object"))
}

const SAVE: &str = "cat > \"hooks/$PLAN_HOOK.json\"";

#[test]
fn hooks_get_the_committed_event_as_json() {
    let env = Env::new("2026-11-08");
    env.plan(&["start", "--since", "2026-11-01"]).assert().success();
    for name in ["on-checkin", "on-slip", "on-step-done", "on-milestone"] {
        hook(&env, name, SAVE, 0o700);
    }
    env.plan(&["checkin", "--mood", "6", "--note", "a, \"quoted\" day"]).assert().success();
    let checkin = seen(&env, "on-checkin").expect("on-checkin ran");
    assert_eq!(checkin["hook"], "on-checkin");
    assert_eq!(checkin["date"], "2026-11-08");
    assert_eq!(checkin["checkin"]["mood"], 6);
    assert_eq!(checkin["checkin"]["note"], "a, \"quoted\" day");
    assert_eq!(checkin["no_contact"]["days"], 7);
    // Day 7 is a milestone, marked with the day's first check-in.
    assert_eq!(seen(&env, "on-milestone").expect("on-milestone ran")["days"], 7);
    assert_eq!(seen(&env, "on-slip"), None, "no slip yet");

    env.plan(&["done", "focus-on-you"]).assert().success();
    let done = seen(&env, "on-step-done").expect("on-step-done ran");
    assert_eq!((&done["step"]["id"], &done["date"]), (&json!("focus-on-you"), &json!("2026-11-08")));

    env.plan_on("2026-11-09", &["urge", "--resolve", "slipped"]).assert().success();
    let slip = seen(&env, "on-slip").expect("on-slip ran");
    assert_eq!(slip["date"], "2026-11-09");
    assert_eq!(slip["checkin"]["contact"], "initiated");
}

#[test]
fn a_failing_hook_is_a_warning_and_the_change_stays() {
    let env = Env::new("2026-11-08");
    env.plan(&["start"]).assert().success();
    hook(&env, "on-checkin", "echo 'from the hook' >&2; exit 3", 0o700);
    let out = env.plan(&["checkin", "--mood", "6"]).output().unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("from the hook"), "{stderr}");
    assert!(
        stderr.contains("on-checkin: it failed (exit status: 3); the check-in for 2026-11-08 was saved"),
        "{stderr}"
    );
    assert_eq!(env.log_map("2026-11-08")["2026-11-08"]["mood"], 6);
    assert_eq!(text(&out.stdout), "Checked in for 2026-11-08: mood 6, no contact.\nNo contact: day 0.\n");
}

#[test]
fn a_hook_that_hangs_is_stopped_at_its_time_limit() {
    let env = Env::new("2026-11-08");
    env.plan(&["start"]).assert().success();
    hook(&env, "on-checkin", "exec sleep 60", 0o700);
    let started = Instant::now();
    let out = env.plan(&["checkin", "--mood", "6", "--hook-timeout", "0.5"]).output().unwrap();
    let took = started.elapsed();
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("still running after 0.5 seconds, and it was stopped"),
        "{}",
        text(&out.stderr)
    );
    // Not a timing test: only that the hook's 60 s never held plan up.
    assert!(took < Duration::from_secs(30), "{took:?}");
    assert_eq!(env.log_map("2026-11-08")["2026-11-08"]["mood"], 6);
}

#[test]
fn a_hook_that_cannot_or_may_not_run_is_skipped_with_a_warning() {
    let env = Env::new("2026-11-08");
    env.plan(&["start"]).assert().success();
    hook(&env, "on-checkin", SAVE, 0o600);
    let out = env.plan(&["checkin", "--mood", "6"]).output().unwrap();
    assert!(out.status.success());
    assert!(
        text(&out.stderr).contains("is not an executable file, so it was not run"),
        "{}",
        text(&out.stderr)
    );
    hook(&env, "on-checkin", SAVE, 0o722);
    let out = env.plan(&["checkin", "--mood", "7"]).output().unwrap();
    assert!(out.status.success());
    assert!(text(&out.stderr).contains("was not run: others can write to it"), "{}", text(&out.stderr));
    assert_eq!(seen(&env, "on-checkin"), None, "neither ran");
    assert_eq!(env.log_map("2026-11-08")["2026-11-08"]["mood"], 7);
}

#[test]
fn without_hooks_nothing_is_said() {
    let env = Env::new("2026-11-08");
    env.plan(&["start"]).assert().success();
    let out = env.plan(&["checkin", "--mood", "6"]).output().unwrap();
    assert_eq!(text(&out.stderr), "");
}

#[test]
fn stats_counts_the_whole_plan_in_numbers() {
    let env = Env::new("2026-11-20");
    env.plan_on("2026-10-01", &["start"]).assert().success();
    for (day, mood) in [("2026-10-02", "2"), ("2026-11-01", "6"), ("2026-11-19", "8")] {
        env.plan_on(day, &["checkin", "--mood", mood, "--urge", "3"]).assert().success();
    }
    env.plan_on("2026-10-10", &["slip"]).assert().success();
    env.plan_on("2026-11-02", &["urge"]).assert().success();
    env.plan_on("2026-11-02", &["urge", "--resolve", "held"]).assert().success();
    let stats = env.json(&["stats", "--json"]);
    assert_eq!(stats["no_contact"]["current"], 41);
    assert_eq!(stats["no_contact"]["resets"], 1);
    assert_eq!(stats["checkins"]["count"], 4, "three days and the slip's");
    assert_eq!(stats["checkins"]["mood_average"], 5.3);
    assert_eq!(stats["checkins"]["mood_last_30"], 7.0);
    assert_eq!(stats["urges"]["held"], 1);
    let text = env.stdout(&["stats"]);
    assert!(text.starts_with("Your plan in numbers, since 2026-10-01 (50 days)\n"), "{text}");
    assert!(text.contains("Mood: 5.3 on average, 7.0 over the last 30 days"), "{text}");
    assert!(text.contains("The count began again 1 time"), "{text}");
}
