//! Playbooks people write themselves: checked, refused with the place of
//! every problem, listed from the plan folder, and kept by the plan.

use std::fs;
use std::os::unix::fs::PermissionsExt;

use crate::harness::{Env, text};

const GOOD: &str = r#"id = "my-way"
title = "My way"

[[steps]]
id = "quiet"
title = "Go quiet"
phase = "no-contact"
summary = "No messages for a while."
tasks = ["Mute the chat"]
min_no_contact_days = 14

[[steps]]
id = "me"
title = "Me first"
phase = "self-focus"
summary = "Sleep, friends, the gym."
tasks = ["Book a class"]
"#;

/// Check a broken variant of GOOD with `check` and `start`: both refuse and
/// say exactly `expected` on stderr (with `{path}` standing for the file's
/// path), and the plan folder is not created.
fn refused(text: &str, expected: &str) {
    let env = Env::new("2026-11-22");
    let path = env.write("broken.toml", text);
    let path = path.to_str().unwrap();
    let expected = expected.replace("{path}", path);
    env.assert_refuses(&["playbook", "check", path], 1, &expected);
    // start and check say the same.
    env.assert_refuses(&["start", "--playbook", path], 1, &expected);
    assert!(!env.home().exists(), "a refused start created the plan folder");
}

#[test]
fn a_good_playbook_checks_clean() {
    let env = Env::new("2026-11-22");
    let path = env.write("good.toml", GOOD);
    let out = env.stdout(&["playbook", "check", path.to_str().unwrap()]);
    assert_eq!(out, format!("{}: ok, playbook `my-way` with 2 steps\n", path.display()));
}

#[test]
fn syntax_error_with_line_and_column() {
    refused(
        &GOOD.replace("title = \"Me first\"", "title = \"Me first"),
        "error: {path}:14:18: invalid basic string, expected `\"`
   |
14 | title = \"Me first
   |                  ^
",
    );
}

#[test]
fn missing_field() {
    refused(
        &GOOD.replace("summary = \"Sleep, friends, the gym.\"\n", ""),
        "error: {path}:12:1: step 2 is missing `summary`
   |
12 | [[steps]]
   | ^
",
    );
}

#[test]
fn duplicate_step_id_points_at_the_second() {
    refused(
        &GOOD.replace("id = \"me\"", "id = \"quiet\""),
        "error: {path}:13:6: duplicate step id `quiet`: step 1 has it too
   |
13 | id = \"quiet\"
   |      ^^^^^^^
",
    );
}

#[test]
fn unknown_phase() {
    refused(
        &GOOD.replace("\"self-focus\"", "\"sulking\""),
        "error: {path}:15:9: unknown phase `sulking`; expected one of no-contact, self-focus, assess, \
         reconnect, talk, rebuild
   |
15 | phase = \"sulking\"
   |         ^^^^^^^^^
",
    );
}

#[test]
fn after_naming_no_step() {
    refused(
        &GOOD.replace("tasks = [\"Book a class\"]", "tasks = [\"Book a class\"]\nafter = [\"nope\"]"),
        "error: {path}:18:10: `after` names `nope`, which is not a step of this playbook
   |
18 | after = [\"nope\"]
   |          ^^^^^^
",
    );
}

#[test]
fn negative_gate() {
    refused(
        &GOOD.replace("= 14", "= -14"),
        "error: {path}:10:23: `min_no_contact_days` is -14; a gate must be 0 days or more
   |
10 | min_no_contact_days = -14
   |                       ^^^
",
    );
}

#[test]
fn cycle_in_after() {
    let text = GOOD
        .replace("min_no_contact_days = 14", "after = [\"me\"]")
        .replace("tasks = [\"Book a class\"]", "tasks = [\"Book a class\"]\nafter = [\"quiet\"]");
    refused(
        &text,
        "error: {path}:10:10: `after` makes a cycle: quiet -> me -> quiet; no step of it could ever be done
   |
10 | after = [\"me\"]
   |          ^^^^
",
    );
}

#[test]
fn a_cycle_through_a_step_without_after() {
    // `me` has no `after`, so it waits for `quiet`, which waits for `me`.
    refused(
        &GOOD.replace("min_no_contact_days = 14", "after = [\"me\"]"),
        "error: {path}:10:10: `after` makes a cycle: quiet -> me -> quiet (`me` has no `after`, so it waits \
         for the step before it); no step of it could ever be done
   |
10 | after = [\"me\"]
   |          ^^^^
",
    );
}

#[test]
fn unknown_field() {
    refused(
        &GOOD.replace("phase = \"no-contact\"", "phase = \"no-contact\"\ncolour = \"red\""),
        "error: {path}:8:1: unknown field `colour` in step 1; expected one of id, title, phase, summary, \
         tasks, tips, avoid, examples, min_no_contact_days, after
  |
8 | colour = \"red\"
  | ^^^^^^
",
    );
}

#[test]
fn two_problems_are_both_reported() {
    let text = GOOD.replace("\"self-focus\"", "\"sulking\"").replace("id = \"me\"", "id = \"quiet\"");
    refused(
        &text,
        "error: {path}:15:9: unknown phase `sulking`; expected one of no-contact, self-focus, assess, \
         reconnect, talk, rebuild
   |
15 | phase = \"sulking\"
   |         ^^^^^^^^^
error: {path}:13:6: duplicate step id `quiet`: step 1 has it too
   |
13 | id = \"quiet\"
   |      ^^^^^^^
",
    );
}

#[test]
fn an_empty_after_opens_a_step_from_the_start() {
    let env = Env::new("2026-11-22");
    let text = GOOD.replace("tasks = [\"Book a class\"]", "tasks = [\"Book a class\"]\nafter = []");
    let path = env.write("side-by-side.toml", &text);
    let path = path.to_str().unwrap();
    assert_eq!(
        env.stdout(&["playbook", "check", path]),
        format!("{path}: ok, playbook `my-way` with 2 steps\n")
    );
    let shown = env.json(&["playbook", "show", path, "--json"]);
    assert_eq!(shown["steps"][1]["after"], serde_json::json!([]), "an empty `after` is kept as one");
    assert!(shown["steps"][0].get("after").is_none(), "no `after` stays absent: {shown}");
    // Day 0: the quiet step's gate is closed, yet `me` waits for nothing.
    env.plan(&["start", "--playbook", path]).assert().success();
    env.plan(&["done", "me"]).assert().success();
    assert_eq!(env.json(&["status", "--json"])["steps_done"], 1);
}

#[test]
fn a_missing_file_is_named() {
    let env = Env::new("2026-11-22");
    env.assert_refuses(
        &["playbook", "check", "nowhere.toml"],
        1,
        "error: there is no playbook file at nowhere.toml\n\
         hint: give a path to a .toml file, or a playbook id from `plan playbooks`\n",
    );
}

#[test]
fn playbooks_in_the_plan_folder_are_listed_and_can_be_started() {
    let env = Env::new("2026-11-22");
    let mine = env.home().join("plans/mine.toml");
    fs::create_dir_all(mine.parent().unwrap()).unwrap();
    // A folder made by hand is made private by hand, or plan warns of it.
    fs::set_permissions(env.home(), fs::Permissions::from_mode(0o700)).unwrap();
    fs::write(&mine, GOOD).unwrap();
    fs::write(env.home().join("plans/broken.toml"), "id = ").unwrap();
    let out = env.plan(&["playbooks", "--json"]).output().unwrap();
    assert!(out.status.success());
    let broken = env.home().join("plans/broken.toml");
    assert_eq!(
        text(&out.stderr),
        format!(
            "warning: skipping {0}, which has problems; `plan playbook check {0}` lists them\n",
            broken.display()
        ),
        "a broken file is mentioned"
    );
    let list: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let listed = list.as_array().unwrap().iter().find(|p| p["id"] == "my-way").expect("my-way listed");
    assert_eq!(listed["steps"], 2);
    assert_eq!(listed["source"], mine.display().to_string());
    env.plan(&["start", "--playbook", "my-way"]).assert().success();
    assert_eq!(env.json(&["status", "--json"])["playbook"]["id"], "my-way");
}

#[test]
fn a_plan_keeps_its_copy_when_the_file_changes_or_goes() {
    let env = Env::new("2026-11-01");
    let path = env.write("mine.toml", GOOD);
    env.plan(&["start", "--playbook", path.to_str().unwrap()]).assert().success();
    fs::write(&path, GOOD.replace("Go quiet", "Something else")).unwrap();
    assert_eq!(env.json(&["status", "--json"])["step"]["title"], "Go quiet");
    fs::remove_file(&path).unwrap();
    env.plan_on("2026-11-15", &["done"]).assert().success();
    let status: serde_json::Value =
        serde_json::from_slice(&env.plan_on("2026-11-15", &["status", "--json"]).output().unwrap().stdout)
            .unwrap();
    assert_eq!(status["step"]["id"], "me");
    assert_eq!(status["steps_done"], 1);
}

#[test]
fn the_schema_command_prints_the_committed_schema() {
    let env = Env::new("2026-11-22");
    let committed = include_str!("../../plans/playbook.schema.json");
    assert_eq!(env.stdout(&["playbook", "schema"]), committed);
}

#[test]
fn one_step_is_one_step() {
    let env = Env::new("2026-11-22");
    let one = GOOD[..GOOD.rfind("[[steps]]").unwrap()].to_owned();
    let path = env.write("one.toml", &one);
    let out = env.stdout(&["playbook", "check", path.to_str().unwrap()]);
    assert_eq!(out, format!("{}: ok, playbook `my-way` with 1 step\n", path.display()));
}
