//! Life in a real terminal (issue 10): a bare `plan`, and the rest to come.

use crate::harness::{Env, text};

#[test]
fn a_bare_plan_welcomes_before_there_is_a_plan_and_writes_nothing() {
    let env = Env::new("2026-11-24");
    let out = env.plan(&[]).output().unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let screen = text(&out.stdout);
    assert!(
        screen.starts_with("plan: a private, offline planner for getting through a breakup."),
        "{screen}"
    );
    assert!(screen.contains("  plan start "), "how to start: {screen}");
    assert!(!env.home().exists(), "a welcome creates no plan folder");
}

#[test]
fn a_bare_plan_shows_the_status_once_there_is_one() {
    let env = Env::new("2026-11-24");
    env.plan(&["start", "--since", "2026-11-10"]).assert().success();
    assert_eq!(env.stdout(&[]), env.stdout(&["status"]));
}

#[test]
fn dates_can_be_today_or_yesterday() {
    let env = Env::new("2026-11-24");
    env.plan(&["start", "--since", "yesterday"]).assert().success();
    env.plan(&["checkin", "--date", "yesterday", "--mood", "4"]).assert().success();
    env.plan(&["slip", "--date", "today"]).assert().success();
    let log = env.log_map("2026-11-24");
    assert_eq!(log["2026-11-23"]["mood"], 4);
    assert_eq!(log["2026-11-24"]["contact"], "initiated");
    assert_eq!(env.json(&["status", "--json"])["started"], "2026-11-24");
    let out = env.plan(&["checkin", "--date", "tomorrow"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("write it as YYYY-MM-DD, today or yesterday"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn plan_man_prints_a_roff_page_naming_every_command() {
    let env = Env::new("2026-11-24");
    let page = env.stdout(&["man"]);
    assert!(page.contains(".TH plan 1"), "a roff title: {}", &page[..page.len().min(300)]);
    for command in ["start", "checkin", "urge", "assess", "switch", "end", "completions"] {
        assert!(page.contains(&format!("plan\\-{command}(1)")), "{command} in the page's list of commands");
    }
}

#[test]
fn completions_end_quietly_when_the_reader_stops_early() {
    use std::io::Read;
    use std::process::Stdio;
    let env = Env::new("2026-11-24");
    let mut child = env
        .spawnable("2026-11-24", &["completions", "zsh"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 8];
    child.stdout.take().unwrap().read_exact(&mut first).unwrap();
    // The pipe is closed now, as `| head -1` closes it.
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stderr), "", "no panic, no error");
}
