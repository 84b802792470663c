//! The words a person reads: counts that agree with their nouns, one line
//! that never contradicts the next, commands that do what they say, and no
//! label that shames or claim that no source supports.

use std::fs;
use std::path::Path;

use plan::playbook;

use crate::harness::{Env, text};

/// A playbook of one step with one task and a gate of one day: every count
/// it makes can be 1.
const ONE: &str = r#"
id = "one"
title = "One step"
purpose = "For the plural test."

[[steps]]
id = "only"
title = "The only step"
phase = "no-contact"
summary = "Stay quiet for a day."
tasks = ["Mute them."]
min_no_contact_days = 1
"#;

/// The nouns `plan` counts, as a count of 1 must never show them.
const PLURALS: [&str; 12] = [
    "days",
    "times",
    "steps",
    "tasks",
    "check-ins",
    "events",
    "urges",
    "slips",
    "notes",
    "files",
    "problems",
    "seconds",
];

fn assert_no_one_with_a_plural(shown: &str, context: &str) {
    let words: Vec<&str> = shown.split(|c: char| c.is_whitespace() || "(),.;:/".contains(c)).collect();
    for pair in words.windows(2) {
        assert!(!(pair[0] == "1" && PLURALS.contains(&pair[1])), "{context}: “1 {}” in:\n{shown}", pair[1]);
    }
}

/// `text` with its lines joined, as a sentence wrapped over lines reads.
fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn a_count_of_one_never_takes_a_plural_noun_on_any_screen() {
    let env = Env::new("2026-11-02");
    let path = env.write("one.toml", ONE);
    env.plan_on("2026-11-01", &["start", "--playbook", path.to_str().unwrap()]).assert().success();
    let export = env.dir.path().join("journal.md");
    let runs: Vec<(&str, Vec<&str>)> = vec![
        ("2026-11-01", vec!["status"]),
        ("2026-11-01", vec!["next"]),
        ("2026-11-01", vec!["done"]),
        ("2026-11-02", vec!["checkin", "--mood", "5", "--urge", "1", "--note", "one"]),
        ("2026-11-02", vec!["status"]),
        ("2026-11-02", vec!["next"]),
        ("2026-11-02", vec!["steps"]),
        ("2026-11-02", vec!["log"]),
        ("2026-11-02", vec!["log", "--days", "1"]),
        ("2026-11-02", vec!["urge"]),
        ("2026-11-02", vec!["urge", "--resolve", "held"]),
        ("2026-11-02", vec!["playbook", "show", path.to_str().unwrap()]),
        ("2026-11-02", vec!["calendar"]),
        ("2026-11-02", vec!["device"]),
        ("2026-11-02", vec!["doctor"]),
        ("2026-11-02", vec!["export", "--format", "markdown", "--output", export.to_str().unwrap()]),
        ("2026-11-03", vec!["slip"]),
        ("2026-11-03", vec!["status"]),
        ("2026-11-04", vec!["status"]),
        ("2026-11-04", vec!["done"]),
        ("2026-11-04", vec!["end", "--outcome", "paused"]),
        ("2026-11-04", vec!["status"]),
        ("2026-11-04", vec!["archive"]),
    ];
    for (today, args) in &runs {
        let out = env.plan_on(today, args).output().unwrap();
        let context = format!("plan {args:?} on {today}");
        assert_no_one_with_a_plural(&text(&out.stdout), &context);
        assert_no_one_with_a_plural(&text(&out.stderr), &context);
    }
    assert_no_one_with_a_plural(&fs::read_to_string(&export).unwrap(), "the journal");
}

#[test]
fn since_never_opens_with_a_line_the_next_one_contradicts() {
    let env = Env::new("2026-11-20");
    env.plan_on("2026-11-01", &["start"]).assert().success();
    env.plan_on("2026-11-10", &["slip"]).assert().success();
    let out = env.stdout(&["since", "2026-10-25"]);
    let first = out.lines().next().unwrap();
    assert!(!first.contains("counts from 2026-10-25"), "the count runs from the slip: {out}");
    assert!(flat(&out).contains("day 10 today"), "{out}");
    let status = env.json(&["status", "--json"]);
    assert_eq!(status["no_contact"]["since"], "2026-11-10");
}

#[test]
fn an_urge_resolved_as_slipped_a_day_later_is_a_slip_on_the_day_of_the_urge() {
    let env = Env::new("2026-11-06");
    env.plan_on("2026-11-01", &["start"]).assert().success();
    env.plan_on("2026-11-05", &["urge"]).assert().success();
    let out = env.stdout(&["urge", "--resolve", "slipped"]);
    assert!(out.starts_with("Recorded as a slip for 2026-11-05, the day of the urge."), "{out}");
    let log = env.log_map("2026-11-06");
    assert_eq!(log["2026-11-05"]["contact"], "initiated");
    assert!(!log.contains_key("2026-11-06"), "nothing recorded for the day it was told: {log:?}");
    assert_eq!(env.json(&["status", "--json"])["no_contact"]["since"], "2026-11-05");
}

#[test]
fn contact_a_step_plans_is_recorded_as_planned_and_is_no_slip() {
    let env = Env::new("2026-11-25");
    env.plan_on("2026-10-01", &["start"]).assert().success();
    // Nothing plans contact yet: the first steps are quiet and self-care.
    let out = env.plan(&["contact", "planned"]).output().unwrap();
    crate::harness::assert_refused(
        &out,
        1,
        &["no step of your plan calls for contact now"],
        "planned too early",
    );
    for step in ["no-contact", "focus-on-you", "respect"] {
        env.plan(&["done", step]).assert().success();
    }
    let next = text(&env.plan(&["next"]).output().unwrap().stdout).replace('\n', " ");
    assert!(next.contains("`plan contact planned` records it"), "the step says how: {next}");
    let before = env.json(&["status", "--json"])["no_contact"].clone();
    let out = env.stdout(&["contact", "planned", "--note", "Coffee, as planned."]);
    assert!(!out.contains("slip"), "{out}");
    assert_eq!(env.json(&["status", "--json"])["no_contact"], before, "the count goes on");
    assert_eq!(env.log_map("2026-11-25")["2026-11-25"]["contact"], "planned");
}

#[test]
fn next_for_another_step_names_the_command_that_ticks_that_steps_tasks() {
    let env = Env::new("2026-11-02");
    env.plan_on("2026-11-01", &["start"]).assert().success();
    let first = env.stdout(&["next"]);
    assert!(first.contains("Tasks (`plan done N` ticks one):"), "{first}");
    let second = env.stdout(&["next", "focus-on-you"]);
    assert!(second.contains("Tasks (`plan done --step focus-on-you N` ticks one):"), "{second}");
    // And that command does tick that step's task.
    env.plan(&["done", "--step", "focus-on-you", "2"]).assert().success();
    let ticked = env.json(&["next", "focus-on-you", "--json"]);
    assert_eq!(ticked["tasks"][1]["done"], true);
    assert_eq!(env.json(&["next", "--json"])["tasks"][1]["done"], false, "not the first step's");
}

#[test]
fn playbook_show_shows_every_steps_tips_things_to_avoid_and_caution() {
    let env = Env::new("2026-11-02");
    let shown = flat(&env.stdout(&["playbook", "show", "four-steps"]));
    let playbook = env.json(&["playbook", "show", "four-steps", "--json"]);
    for step in playbook["steps"].as_array().unwrap() {
        for key in ["tips", "avoid"] {
            for item in step[key].as_array().into_iter().flatten() {
                let start: String = item.as_str().unwrap().split(' ').take(5).collect::<Vec<_>>().join(" ");
                assert!(shown.contains(&start), "{key} “{item}” is shown");
            }
        }
    }
    assert!(shown.contains(playbook["purpose"].as_str().unwrap()), "{shown}");
    assert!(shown.contains("If the relationship was abusive or controlling, it is not."), "{shown}");
    let listed = env.stdout(&["playbooks"]);
    for id in ["four-steps", "move-on", "not-sure-yet"] {
        let purpose = env.json(&["playbook", "show", id, "--json"])["purpose"].as_str().unwrap().to_owned();
        let start: String = purpose.split(' ').take(4).collect::<Vec<_>>().join(" ");
        assert!(flat(&listed).contains(&start), "{id}'s purpose: {listed}");
    }
}

/// Labels that shame a feeling, claims no source supports, stereotypes, and
/// words that work on the ex: none may appear in a bundled playbook, or in
/// any sentence of the source.
const NEVER: &[&str] = &[
    "looking desperate",
    "pity card",
    "doormat",
    "keep your dignity",
    "playing the victim",
    "half of separated couples",
    "most often end the chance",
    "every guide",
    "winning back",
    "lots of men",
    "don't call it a date",
    "while it's still enjoyable",
    "no agenda",
    "warm emojis",
];

#[test]
fn no_bundled_playbook_shames_stereotypes_or_claims_without_a_source() {
    crate::bundled_playbooks::assert_no_bundled_text_says(NEVER);
}

#[test]
fn no_sentence_of_the_source_shames_or_claims_without_a_source() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = vec![src.clone()];
    while let Some(path) = files.pop() {
        if path.is_dir() {
            files.extend(fs::read_dir(&path).unwrap().map(|entry| entry.unwrap().path()));
            continue;
        }
        let text = fs::read_to_string(&path).unwrap().to_lowercase().replace('’', "'");
        // The sentences only: this test's own list lives in tests/.
        for phrase in NEVER {
            assert!(!text.contains(phrase), "{} says “{phrase}”", path.display());
        }
    }
}

#[test]
fn every_bundled_title_is_in_sentence_case() {
    for (id, text) in playbook::BUNDLED {
        let playbook = playbook::parse(text).unwrap();
        let titles = std::iter::once(&playbook.title).chain(playbook.steps.iter().map(|step| &step.title));
        for title in titles {
            let later: Vec<&str> = title.split_whitespace().skip(1).collect();
            for word in later {
                let capital = word.chars().next().is_some_and(char::is_uppercase);
                assert!(!capital || word == "I", "{id}: “{title}” is not in sentence case");
            }
        }
    }
}
