//! The care around the steps, through the real binary: steps side by side,
//! undo, your why, the urge, kinds of contact, the readiness check, and
//! changing course with switch, since and end.

use serde_json::{Value, json};

use crate::harness::{Env, assert_refused, text};

/// The default playbook's first two steps, current side by side.
const FIRST_STEPS: [&str; 2] = ["no-contact", "focus-on-you"];

/// A plan started on 2026-11-01 from the default playbook, seen on 2026-11-02:
/// no-contact is gated until 2026-11-22, focus-on-you is open.
fn day_two() -> Env {
    let env = Env::new("2026-11-02");
    env.plan_on("2026-11-01", &["start"]).assert().success();
    env
}

/// `plan ARGS` fails with `code`, says each of `names` on an `error:` line,
/// and leaves the plan folder as it was. Returns stderr.
fn refused(env: &Env, args: &[&str], code: i32, names: &[&str]) -> String {
    let context = format!("plan {args:?}");
    let before = env.snapshot();
    let out = env.plan(args).output().expect("run plan");
    let stderr = assert_refused(&out, code, names, &context);
    env.assert_unchanged(&before, &context);
    stderr
}

/// The `id`s of a JSON array of objects.
fn ids(list: &Value) -> Vec<&str> {
    list.as_array().expect("an array").iter().map(|item| item["id"].as_str().expect("an id")).collect()
}

/// `status --json`'s current step `id`, as shown in `current_steps`.
fn current_step(env: &Env, id: &str) -> Value {
    let status = env.json(&["status", "--json"]);
    let steps = status["current_steps"].as_array().expect("current_steps").clone();
    steps.into_iter().find(|step| step["id"] == id).unwrap_or_else(|| panic!("{id} is current: {status}"))
}

/// Which tasks of step `id` are ticked, as `next ID --json` shows them.
fn ticks(env: &Env, id: &str) -> Vec<bool> {
    let next = env.json(&["next", id, "--json"]);
    next["tasks"].as_array().expect("tasks").iter().map(|task| task["done"].as_bool().unwrap()).collect()
}

/// Every question of the readiness check answered as someone ready to try
/// again would: yes to all, except no to the red flags, `new-partner` and `lonely`;
/// then `overrides` in place of those answers. Taken from `assess --list --json`.
fn answers(env: &Env, overrides: &[(&str, &str)]) -> Vec<String> {
    let questions = env.json(&["assess", "--list", "--json"]);
    ids(&questions)
        .into_iter()
        .map(|id| {
            let choice = overrides.iter().find(|(which, _)| *which == id).map_or_else(
                || if NO_WHEN_READY.contains(&id) { "no" } else { "yes" },
                |(_, choice)| *choice,
            );
            format!("--answer={id}={choice}")
        })
        .collect()
}

/// The questions someone ready to try again answers with no.
const NO_WHEN_READY: [&str; 7] =
    ["abuse", "afraid", "they-asked", "own-behaviour", "warned", "new-partner", "lonely"];

/// `plan assess` with `answers` and then `extra`, which must succeed: its stdout.
fn assess(env: &Env, answers: &[String], extra: &[&str]) -> String {
    let mut args: Vec<&str> = vec!["assess"];
    args.extend(answers.iter().map(String::as_str));
    args.extend(extra);
    env.stdout(&args)
}

// ---------------------------------------------------------------- steps side by side

#[test]
fn the_first_two_steps_are_current_side_by_side_from_day_one() {
    let env = day_two();
    let status = env.json(&["status", "--json"]);
    assert_eq!(ids(&status["current_steps"]), FIRST_STEPS);
    assert_eq!(status["step"]["id"], "no-contact", "`step` is the first current step");
    assert_eq!(status["current_steps"][0]["locked_until"], "2026-11-22");
    assert_eq!(status["current_steps"][1]["locked_until"], Value::Null);
    let steps = env.json(&["steps", "--json"]);
    let step_states: Vec<(&str, &str)> = steps["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|step| (step["id"].as_str().unwrap(), step["state"].as_str().unwrap()))
        .collect();
    assert_eq!(
        step_states,
        [
            ("no-contact", "current"),
            ("focus-on-you", "current"),
            ("respect", "ahead"),
            ("reconnect", "ahead"),
            ("the-talk", "ahead"),
        ]
    );
}

#[test]
fn the_step_beside_no_contact_can_be_done_while_no_contact_is_gated() {
    let env = day_two();
    refused(&env, &["done", "no-contact"], 1, &["needs 21 days of no contact", "2026-11-22"]);
    let out = env.stdout(&["done", "focus-on-you"]);
    assert!(out.starts_with("Done: step 2 of 5, “Put yourself first”."), "{out}");
    let steps = env.json(&["steps", "--json"]);
    assert_eq!(steps["steps"][1]["state"], "done");
    assert_eq!(steps["steps"][1]["done_on"], "2026-11-02");
    assert_eq!(steps["steps"][0]["state"], "current", "no-contact waits for its gate");
    let status = env.json(&["status", "--json"]);
    assert_eq!(status["steps_done"], 1);
    assert_eq!(ids(&status["current_steps"]), ["no-contact"]);
}

#[test]
fn done_with_step_ticks_a_task_of_that_current_step() {
    let env = day_two();
    let out = env.stdout(&["done", "--step", "focus-on-you", "2"]);
    assert!(out.starts_with("Ticked task 2 of “Put yourself first”"), "{out}");
    assert_eq!(ticks(&env, "focus-on-you"), [false, true, false, false, false, false]);
    assert_eq!(current_step(&env, "focus-on-you")["tasks_done"], 1);
    assert_eq!(current_step(&env, "no-contact")["tasks_done"], 0, "the other step is untouched");
}

#[test]
fn a_bare_task_number_ticks_the_first_current_step() {
    let env = day_two();
    let out = env.stdout(&["done", "1"]);
    assert!(out.starts_with("Ticked task 1 of “Go quiet”"), "{out}");
    assert_eq!(ticks(&env, "no-contact"), [true, false, false, false, false]);
    assert_eq!(current_step(&env, "no-contact")["tasks_done"], 1);
    assert_eq!(current_step(&env, "focus-on-you")["tasks_done"], 0);
}

#[test]
fn next_names_the_other_current_steps_and_shows_one_by_its_id() {
    let env = day_two();
    let next = env.json(&["next", "--json"]);
    assert_eq!(next["id"], "no-contact");
    assert_eq!(
        next["also_current"],
        json!([{"id": "focus-on-you", "title": "Put yourself first", "number": 2}])
    );
    let beside = env.json(&["next", "focus-on-you", "--json"]);
    assert_eq!(beside["id"], "focus-on-you");
    assert_eq!(beside["number"], 2);
    assert_eq!(beside["state"], "current");
    assert_eq!(beside["locked_until"], Value::Null);
    assert_eq!(beside["also_current"], json!([{"id": "no-contact", "title": "Go quiet", "number": 1}]));
    let shown = env.stdout(&["next", "focus-on-you"]);
    assert!(shown.starts_with("Step 2 of 5: Put yourself first"), "{shown}");
}

#[test]
fn completing_a_step_with_tasks_left_unticked_names_them() {
    let env = day_two();
    env.plan(&["done", "--step", "focus-on-you", "2"]).assert().success();
    let out = env.stdout(&["done", "focus-on-you"]);
    let lines: Vec<&str> = out.lines().collect();
    let at =
        lines.iter().position(|line| line.starts_with("Left unticked")).unwrap_or_else(|| panic!("{out}"));
    let numbers: Vec<&str> = lines[at + 1..]
        .iter()
        .take_while(|line| line.starts_with("  "))
        // A task's first line starts with its number; a wrapped one goes on.
        .filter_map(|line| line.trim_start().split_once(". ").map(|(n, _)| n))
        .filter(|n| n.parse::<u32>().is_ok())
        .collect();
    assert_eq!(numbers, ["1", "3", "4", "5", "6"], "every task but the ticked one: {out}");
    assert_eq!(env.json(&["status", "--json"])["steps_done"], 1);
}

#[test]
fn ticking_a_task_of_a_step_not_yet_current_is_refused() {
    let env = day_two();
    env.assert_refuses(
        &["done", "--step", "respect", "1"],
        1,
        "error: step 3 “Respect, both ways” (`respect`) comes after step 1 “Go quiet” (`no-contact`) and step 2 “Put yourself first” (`focus-on-you`), which are \
         not done yet\nhint: `plan steps` shows which steps are current\n",
    );
}

// ---------------------------------------------------------------- undo

#[test]
fn undo_opens_a_done_step_again() {
    let env = day_two();
    env.plan(&["done", "focus-on-you"]).assert().success();
    assert_eq!(env.json(&["status", "--json"])["steps_done"], 1);
    let out = env.stdout(&["undo", "focus-on-you"]);
    assert!(out.contains("“Put yourself first” is open again"), "{out}");
    let status = env.json(&["status", "--json"]);
    assert_eq!(status["steps_done"], 0);
    assert_eq!(ids(&status["current_steps"]), FIRST_STEPS);
    assert_eq!(env.json(&["steps", "--json"])["steps"][1]["done_on"], Value::Null);
}

#[test]
fn undo_with_a_number_unticks_that_task_only() {
    let env = day_two();
    env.plan(&["done", "--step", "focus-on-you", "2"]).assert().success();
    env.plan(&["done", "--step", "focus-on-you", "5"]).assert().success();
    let out = env.stdout(&["undo", "focus-on-you", "2"]);
    assert_eq!(out, "Task 2 of “Put yourself first” is unticked.\n");
    assert_eq!(ticks(&env, "focus-on-you"), [false, false, false, false, true, false]);
    assert_eq!(current_step(&env, "focus-on-you")["tasks_done"], 1);
}

#[test]
fn undoing_what_was_not_done_says_so_and_writes_nothing() {
    let env = day_two();
    env.plan(&["done", "--step", "focus-on-you", "1"]).assert().success();
    let before = env.snapshot();
    let not_done = env.stdout(&["undo", "focus-on-you"]);
    assert_eq!(not_done, "Step 2 “Put yourself first” was not done; nothing changed.\n");
    let not_ticked = env.stdout(&["undo", "focus-on-you", "2"]);
    assert_eq!(not_ticked, "Task 2 of “Put yourself first” was not ticked; nothing changed.\n");
    env.assert_unchanged(&before, "undoing nothing");
    assert!(ticks(&env, "focus-on-you")[0], "task 1 stays ticked");
}

// ---------------------------------------------------------------- why

#[test]
fn why_before_any_says_none_is_written() {
    let env = day_two();
    let out = env.stdout(&["why"]);
    assert!(out.starts_with("You have not written your why yet"), "{out}");
    assert_eq!(env.json(&["why", "--json"]), json!({"why": null, "history": []}));
}

#[test]
fn a_new_why_replaces_the_old_which_history_keeps() {
    let env = day_two();
    let out = env.stdout_on("2026-11-02", &["why", "I want to like who I am again"]);
    assert!(out.starts_with("Your why is kept, dated 2026-11-02."), "{out}");
    assert_eq!(
        env.json(&["why", "--json"]),
        json!({
            "why": {"date": "2026-11-02", "text": "I want to like who I am again"},
            "history": [{"date": "2026-11-02", "text": "I want to like who I am again"}],
        })
    );
    let out = env.stdout_on("2026-11-05", &["why", "I deserve calm"]);
    assert!(out.contains("It replaces the one from 2026-11-02"), "{out}");
    assert_eq!(
        env.json_on("2026-11-05", &["why", "--json"]),
        json!({
            "why": {"date": "2026-11-05", "text": "I deserve calm"},
            "history": [
                {"date": "2026-11-02", "text": "I want to like who I am again"},
                {"date": "2026-11-05", "text": "I deserve calm"},
            ],
        })
    );
    let shown = env.stdout_on("2026-11-05", &["why"]);
    assert!(shown.contains("“I deserve calm”") && !shown.contains("like who I am"), "{shown}");
    let history = env.stdout_on("2026-11-05", &["why", "--history"]);
    assert_eq!(history, "2026-11-02  “I want to like who I am again”\n2026-11-05  “I deserve calm”\n");
}

#[test]
fn the_same_why_again_is_saved_again_and_shown_once() {
    let env = day_two();
    env.plan(&["why", "I deserve calm"]).assert().success();
    let before = env.head()["seq"].as_u64().unwrap();
    assert_eq!(env.stdout(&["why", "I deserve calm"]), "That is already your why; saved again.\n");
    assert_eq!(env.head()["seq"].as_u64().unwrap(), before + 1, "written, for the other devices");
    assert_eq!(env.json(&["why", "--json"])["history"].as_array().unwrap().len(), 1);
}

#[test]
fn an_empty_why_is_refused() {
    let env = day_two();
    for empty in ["", "   "] {
        env.assert_refuses(
            &["why", empty],
            1,
            "error: a why needs some words\nhint: for example `plan why \"I want to feel like myself again\"`\n",
        );
    }
}

// ---------------------------------------------------------------- urge

#[test]
fn urge_shows_the_days_at_stake_and_the_why_then_how_to_resolve_it() {
    let env = Env::new("2026-11-05");
    env.plan_on("2026-11-01", &["start"]).assert().success();
    env.plan(&["why", "I want to like who I am again"]).assert().success();
    let out = env.stdout(&["urge"]);
    assert!(out.contains("You have 4 days of no contact, since 2026-11-01."), "{out}");
    assert!(out.contains("“I want to like who I am again”"), "{out}");
    assert!(!out.contains("If you need to write the message"), "no draft offered without a terminal: {out}");
    assert_eq!(
        out.lines().last(),
        Some("Afterwards: `plan urge --resolve held`, or `slipped` if you reached out."),
        "{out}"
    );
}

#[test]
fn an_urge_is_counted_open_until_it_is_resolved_as_held() {
    let env = Env::new("2026-11-05");
    env.plan_on("2026-11-01", &["start"]).assert().success();
    env.plan(&["urge"]).assert().success();
    // Coming back to it while it is open is the same urge.
    let before = env.snapshot();
    env.plan(&["urge"]).assert().success();
    env.assert_unchanged(&before, "the same urge, read again");
    assert_eq!(
        env.json(&["status", "--json"])["urges"],
        json!({"total": 1, "held": 0, "resisted": 0, "slipped": 0, "open": "2026-11-05"})
    );
    let out = env.stdout(&["urge", "--resolve", "held"]);
    assert!(out.contains("Urges held so far: 1 of 1."), "{out}");
    let status = env.json(&["status", "--json"]);
    assert_eq!(status["urges"], json!({"total": 1, "held": 1, "resisted": 1, "slipped": 0, "open": null}));
    assert_eq!(status["no_contact"]["resets"], 0, "holding resets nothing");
    assert_eq!(env.json(&["log", "--json"]), json!([]), "holding records no check-in");
}

#[test]
fn an_urge_resolved_as_slipped_is_a_slip_for_today() {
    let env = Env::new("2026-11-05");
    env.plan_on("2026-11-01", &["start"]).assert().success();
    env.plan(&["checkin", "--mood", "4", "--urge", "8"]).assert().success();
    env.plan(&["urge"]).assert().success();
    let out = env.stdout(&["urge", "--resolve", "slipped"]);
    assert!(out.starts_with("Recorded as a slip for 2026-11-05."), "{out}");
    assert_eq!(
        env.log_map("2026-11-05")["2026-11-05"],
        json!({"date": "2026-11-05", "mood": 4, "urge": 8, "contact": "initiated", "note": null, "notes": []}),
        "the day's check-in keeps its mood and urge"
    );
    let status = env.json(&["status", "--json"]);
    assert_eq!(status["no_contact"], json!({"since": "2026-11-05", "days": 0, "longest": 4, "resets": 1}));
    assert_eq!(status["urges"], json!({"total": 1, "held": 0, "resisted": 0, "slipped": 1, "open": null}));
}

#[test]
fn urge_json_gives_the_counter_the_why_and_things_to_do_instead() {
    let env = Env::new("2026-11-05");
    env.plan_on("2026-11-01", &["start"]).assert().success();
    env.plan_on("2026-11-03", &["why", "I deserve calm"]).assert().success();
    let urge = env.json(&["urge", "--json"]);
    assert_eq!(urge["today"], "2026-11-05");
    assert_eq!(urge["no_contact"], json!({"since": "2026-11-01", "days": 4, "longest": 4, "resets": 0}));
    assert_eq!(urge["why"], json!({"date": "2026-11-03", "text": "I deserve calm"}));
    let instead = urge["instead"].as_array().expect("instead");
    assert!(!instead.is_empty() && instead.iter().all(Value::is_string), "{urge}");
    assert_eq!(
        urge["urges"],
        json!({"total": 1, "held": 0, "resisted": 0, "slipped": 0, "open": "2026-11-05"})
    );
    assert_eq!(env.json(&["status", "--json"])["urges"]["open"], "2026-11-05", "--json records it too");
}

#[test]
fn at_a_terminal_urge_keeps_the_message_written_as_an_unsent_draft() {
    let env = Env::new("2026-11-05");
    env.plan_on("2026-11-01", &["start"]).assert().success();
    assert_eq!(env.json(&["urge", "--drafts", "--json"]), json!([]));
    let out = env.at_terminal("urge", "I miss you\ncan we talk\n\n");
    let screen = text(&out.stdout);
    assert!(out.status.success(), "{screen}");
    assert!(screen.contains("write it here instead"), "{screen}");
    assert!(screen.contains("Kept in your drafts, unsent."), "{screen}");
    assert_eq!(
        env.json(&["urge", "--drafts", "--json"]),
        json!([{"date": "2026-11-05", "text": "I miss you\ncan we talk"}])
    );
    let listed = env.stdout(&["urge", "--drafts"]);
    assert!(listed.contains("I miss you") && listed.contains("2026-11-05"), "{listed}");
    // Enter alone skips: no draft.
    let out = env.at_terminal("urge", "\n");
    assert!(out.status.success(), "{}", text(&out.stdout));
    assert_eq!(env.json(&["urge", "--drafts", "--json"]).as_array().unwrap().len(), 1);
}

// ---------------------------------------------------------------- kinds of contact

#[test]
fn kinds_of_contact_that_keep_no_contact_are_recorded_and_reset_nothing() {
    let env = Env::new("2026-11-20");
    env.plan(&["start", "--since", "2026-11-01"]).assert().success();
    let kinds = [
        ("2026-11-10", "they-contacted"),
        ("2026-11-11", "social-media"),
        ("2026-11-12", "logistics"),
        ("2026-11-13", "accidental"),
    ];
    for (date, kind) in kinds {
        let out = env.stdout(&["contact", kind, "--date", date]);
        assert!(out.contains("That does not break no contact: day 19."), "{kind}: {out}");
    }
    let log = env.log_map("2026-11-20");
    for (date, kind) in kinds {
        assert_eq!(log[date]["contact"], kind, "{date}");
    }
    assert_eq!(
        env.json(&["status", "--json"])["no_contact"],
        json!({"since": "2026-11-01", "days": 19, "longest": 19, "resets": 0})
    );
}

#[test]
fn initiated_and_replied_restart_the_counter_as_a_slip_does() {
    let env = Env::new("2026-11-20");
    env.plan(&["start", "--since", "2026-11-01"]).assert().success();
    env.plan(&["contact", "initiated", "--date", "2026-11-10"]).assert().success();
    assert_eq!(
        env.json(&["status", "--json"])["no_contact"],
        json!({"since": "2026-11-10", "days": 10, "longest": 10, "resets": 1})
    );
    let out = env.stdout(&["contact", "replied", "--date", "2026-11-15"]);
    assert!(out.contains("starts again from 2026-11-15"), "{out}");
    assert_eq!(
        env.json(&["status", "--json"])["no_contact"],
        json!({"since": "2026-11-15", "days": 5, "longest": 9, "resets": 2})
    );
    let log = env.log_map("2026-11-20");
    assert_eq!(log["2026-11-10"]["contact"], "initiated");
    assert_eq!(log["2026-11-15"]["contact"], "replied");
}

#[test]
fn an_unknown_kind_of_contact_is_a_usage_error() {
    let env = Env::started("2026-11-20");
    let stderr = refused(&env, &["contact", "bogus"], 2, &["invalid value 'bogus'"]);
    assert!(stderr.contains("they-contacted"), "it lists the kinds: {stderr}");
}

#[test]
fn checkin_contact_replied_restarts_the_counter() {
    let env = Env::new("2026-11-20");
    env.plan(&["start", "--since", "2026-11-01"]).assert().success();
    env.plan(&["checkin", "--mood", "3", "--contact", "replied"]).assert().success();
    assert_eq!(env.log_map("2026-11-20")["2026-11-20"]["contact"], "replied");
    assert_eq!(
        env.json(&["status", "--json"])["no_contact"],
        json!({"since": "2026-11-20", "days": 0, "longest": 19, "resets": 1})
    );
}

#[test]
fn a_contact_that_keeps_no_contact_does_not_undo_a_slip_that_day() {
    let env = Env::new("2026-11-20");
    env.plan(&["start", "--since", "2026-11-01"]).assert().success();
    env.plan(&["slip", "--date", "2026-11-17", "--note", "texted them"]).assert().success();
    let counter = env.json(&["status", "--json"])["no_contact"].clone();
    let before = env.snapshot();
    let out = env.stdout(&["contact", "they-contacted", "--date", "2026-11-17"]);
    assert!(
        out.starts_with("2026-11-17 already records a slip, which broke no contact; that stays."),
        "{out}"
    );
    env.assert_unchanged(&before, "a gentler contact on a slip's day");
    assert_eq!(
        env.log_map("2026-11-20")["2026-11-17"],
        json!({"date": "2026-11-17", "mood": null, "urge": null, "contact": "initiated", "note": "texted them", "notes": ["texted them"]})
    );
    assert_eq!(env.json(&["status", "--json"])["no_contact"], counter);
    // A note given with it is still kept, beside the slip's, and the slip still stays.
    env.plan(&["contact", "they-contacted", "--date", "2026-11-17", "--note", "they texted"])
        .assert()
        .success();
    let day = &env.log_map("2026-11-20")["2026-11-17"];
    assert_eq!(
        (&day["contact"], &day["notes"]),
        (&json!("initiated"), &json!(["texted them", "they texted"]))
    );
    assert_eq!(env.json(&["status", "--json"])["no_contact"], counter);
}

#[test]
fn contact_with_a_date_and_a_note_adds_it_to_that_days_notes() {
    let env = Env::new("2026-11-20");
    env.plan(&["start", "--since", "2026-11-01"]).assert().success();
    env.plan(&["checkin", "--date", "2026-11-12", "--mood", "4", "--note", "quiet day"]).assert().success();
    env.plan(&["contact", "logistics", "--date", "2026-11-12", "--note", "swapped the car keys"])
        .assert()
        .success();
    env.plan(&["contact", "accidental", "--date", "2026-11-14", "--note", "at the market"])
        .assert()
        .success();
    let log = env.log_map("2026-11-20");
    assert_eq!(
        log["2026-11-12"],
        json!({"date": "2026-11-12", "mood": 4, "urge": null, "contact": "logistics",
               "note": "quiet day\n\nswapped the car keys", "notes": ["quiet day", "swapped the car keys"]})
    );
    assert_eq!(
        log["2026-11-14"],
        json!({"date": "2026-11-14", "mood": null, "urge": null, "contact": "accidental", "note": "at the market", "notes": ["at the market"]})
    );
}

// ---------------------------------------------------------------- the readiness check

#[test]
fn assess_list_json_gives_every_question_with_its_choices() {
    let env = Env::started("2026-11-20");
    let questions = env.json(&["assess", "--list", "--json"]);
    let list = questions.as_array().expect("an array");
    assert!(list.len() >= 3, "{questions}");
    for question in list {
        let keys: Vec<&String> = question.as_object().expect("an object").keys().collect();
        if question["id"] == "own-behaviour" {
            assert_eq!(keys, ["choices", "id", "only_for", "text"], "{question}");
            assert_eq!(question["only_for"], "after-hurting-them");
        } else {
            assert_eq!(keys, ["choices", "id", "text"], "{question}");
        }
        assert!(question["text"].as_str().is_some_and(|text| text.ends_with('?')), "{question}");
        assert!(!question["choices"].as_array().unwrap().is_empty(), "{question}");
    }
    let ids = ids(&questions);
    for id in ["abuse", "lonely", "warned"] {
        assert!(ids.contains(&id), "{id} is asked: {ids:?}");
    }
    let abuse = list.iter().find(|question| question["id"] == "abuse").unwrap();
    assert_eq!(abuse["choices"], json!(["yes", "no", "unsure"]));
}

#[test]
fn assess_without_a_terminal_and_without_every_answer_is_refused() {
    let env = Env::started("2026-11-20");
    let stderr = refused(&env, &["assess"], 1, &["15 of 15 questions have no answer", "miss-them", "abuse"]);
    assert!(stderr.contains("--answer ID=CHOICE"), "{stderr}");
    let mut some = answers(&env, &[]);
    some.retain(|answer| !answer.contains("=abuse=") && !answer.contains("=future="));
    let mut args = vec!["assess"];
    args.extend(some.iter().map(String::as_str));
    let stderr = refused(&env, &args, 1, &["2 of 15 questions have no answer: abuse, future"]);
    assert!(!stderr.contains("miss-them"), "only the missing ids: {stderr}");
    assert_eq!(env.json(&["status", "--json"])["assessment"], Value::Null);
}

#[test]
fn an_unknown_question_or_choice_is_a_usage_error() {
    let env = Env::started("2026-11-20");
    refused(&env, &["assess", "--answer", "bogus=yes"], 2, &["`bogus` is not a question of the check"]);
    refused(&env, &["assess", "--answer", "abuse=maybe"], 2, &["`maybe` is not an answer to `abuse`"]);
    refused(&env, &["assess", "--answer", "abuse"], 2, &["`abuse` is not ID=CHOICE"]);
}

#[test]
fn ready_answers_proceed_and_status_keeps_the_result() {
    let env = Env::started("2026-11-20");
    let ready = answers(&env, &[]);
    let out = assess(&env, &ready, &[]);
    assert!(out.starts_with("Result: proceed."), "{out}");
    assert_eq!(
        env.json(&["status", "--json"])["assessment"],
        json!({"date": "2026-11-20", "result": "proceed"})
    );
    let printed: Value = serde_json::from_str(&assess(&env, &ready, &["--json"])).expect("JSON");
    assert_eq!(
        printed,
        json!({"date": "2026-11-20", "result": "proceed", "reasons": [], "safety": false, "red_flag": null,
               "answers_kept": true})
    );
}

#[test]
fn loneliness_says_wait_and_the_reconnect_step_says_so_too() {
    let env = Env::started("2026-11-20");
    let lonely = answers(&env, &[("lonely", "yes")]);
    let printed: Value = serde_json::from_str(&assess(&env, &lonely, &["--json"])).expect("JSON");
    assert_eq!(printed["result"], "wait");
    assert_eq!(printed["safety"], false);
    assert_eq!(printed["reasons"].as_array().unwrap().len(), 1, "{printed}");
    assert_eq!(
        env.json(&["status", "--json"])["assessment"],
        json!({"date": "2026-11-20", "result": "wait"})
    );
    assert_eq!(
        env.json(&["next", "reconnect", "--json"])["assessment"],
        json!({"date": "2026-11-20", "result": "wait"})
    );
    let reconnect = env.stdout(&["next", "reconnect"]).replace('\n', " ");
    assert!(reconnect.contains("Your readiness check on 2026-11-20 said to wait."), "{reconnect}");
    let quiet = env.stdout(&["next", "no-contact"]).replace('\n', " ");
    assert!(!quiet.contains("readiness check"), "only a reconnect or talk step says it: {quiet}");
}

#[test]
fn abuse_overrides_every_other_answer_with_move_on_and_safety_help() {
    let env = Env::started("2026-11-20");
    let abused = answers(&env, &[("abuse", "yes")]);
    let out = assess(&env, &abused, &[]);
    assert!(out.starts_with("Result: move on."), "{out}");
    let flat = out.replace('\n', " ");
    assert!(flat.contains("call your local emergency number"), "{out}");
    assert!(flat.contains("helpline"), "{out}");
    // No phone number that could be wrong in the reader's country.
    let help: Vec<&str> = out.split("\n\n").filter(|paragraph| paragraph.contains("helpline")).collect();
    assert!(!help.is_empty(), "{out}");
    for paragraph in help {
        assert!(!paragraph.chars().any(|c| c.is_ascii_digit()), "a number in the safety help: {paragraph}");
    }
    assert_eq!(
        env.json(&["status", "--json"])["assessment"],
        json!({"date": "2026-11-20", "result": "move-on"})
    );
    let printed: Value = serde_json::from_str(&assess(&env, &abused, &["--json"])).expect("JSON");
    assert_eq!(printed["result"], "move-on");
    assert_eq!(printed["safety"], true);
    assert!(
        printed["reasons"]
            .as_array()
            .unwrap()
            .iter()
            .any(|reason| reason.as_str().unwrap().contains("abuse")),
        "{printed}"
    );
}

// ---------------------------------------------------------------- switch

#[test]
fn switch_follows_another_playbook_and_keeps_everything_recorded() {
    let env = Env::new("2026-11-20");
    env.plan(&["start", "--since", "2026-11-01"]).assert().success();
    env.plan(&["checkin", "--date", "2026-11-03", "--mood", "4", "--note", "rough"]).assert().success();
    env.plan(&["slip", "--date", "2026-11-08", "--note", "texted them"]).assert().success();
    env.plan(&["contact", "social-media", "--date", "2026-11-12"]).assert().success();
    env.plan(&["checkin", "--mood", "6", "--urge", "2"]).assert().success();
    env.plan(&["why", "I deserve calm"]).assert().success();
    env.plan(&["urge"]).assert().success();
    let ready = answers(&env, &[("lonely", "yes")]);
    assess(&env, &ready, &[]);
    let before = env.json(&["status", "--json"]);
    let why = env.json(&["why", "--json"]);
    let log = env.json(&["log", "--json"]);

    let out = env.stdout(&["switch", "move-on"]);
    assert!(out.starts_with("Now following “Moving on” (move-on), from its first step."), "{out}");
    let after = env.json(&["status", "--json"]);
    assert_eq!(after["playbook"], json!({"id": "move-on", "title": "Moving on"}));
    let first = env.json(&["playbook", "show", "move-on", "--json"])["steps"][0]["id"].clone();
    assert_eq!(after["step"]["id"], first);
    assert_eq!(after["step"]["number"], 1);
    for kept in ["no_contact", "checkins", "urges", "assessment", "started"] {
        assert_eq!(after[kept], before[kept], "{kept} is kept");
    }
    assert_eq!(before["no_contact"]["resets"], 1, "there was a slip to keep");
    assert_eq!(before["urges"]["open"], "2026-11-20", "there was an urge to keep");
    assert_eq!(before["assessment"]["result"], "wait", "there was an assessment to keep");
    assert_eq!(env.json(&["why", "--json"]), why);
    assert_eq!(env.json(&["log", "--json"]), log);
}

#[test]
fn switching_to_the_same_or_an_unknown_playbook_is_refused() {
    let env = Env::started("2026-11-20");
    env.plan(&["switch", "move-on"]).assert().success();
    env.assert_refuses(
        &["switch", "move-on"],
        1,
        "error: the plan already follows `move-on`\nhint: `plan playbooks` lists the others\n",
    );
    refused(&env, &["switch", "nonexistent"], 1, &["unknown playbook `nonexistent`"]);
    assert_eq!(env.json(&["status", "--json"])["playbook"]["id"], "move-on");
}

// ---------------------------------------------------------------- since

#[test]
fn since_moves_the_start_of_no_contact_back_and_lets_check_ins_be_back_filled() {
    let env = Env::new("2026-11-10");
    env.plan(&["start"]).assert().success();
    env.plan(&["checkin", "--mood", "5", "--note", "first"]).assert().success();
    refused(&env, &["checkin", "--date", "2026-11-03", "--mood", "4"], 1, &["before the plan's first day"]);
    let log = env.json(&["log", "--json"]);

    let out = env.stdout(&["since", "2026-11-01"]);
    assert!(out.starts_with("No contact now counts from 2026-11-01: day 9 today."), "{out}");
    let status = env.json(&["status", "--json"]);
    assert_eq!(status["no_contact"], json!({"since": "2026-11-01", "days": 9, "longest": 9, "resets": 0}));
    assert_eq!(status["started"], "2026-11-10", "the day the plan began is not the day no contact began");
    assert_eq!(env.json(&["log", "--json"]), log, "the check-ins are kept");

    env.plan(&["checkin", "--date", "2026-11-03", "--mood", "4"]).assert().success();
    assert_eq!(env.log_map("2026-11-10")["2026-11-03"]["mood"], 4);
    assert_eq!(env.log_map("2026-11-10")["2026-11-10"]["note"], "first");
    refused(
        &env,
        &["checkin", "--date", "2026-10-31", "--mood", "4"],
        1,
        &["2026-10-31 is before the plan's first day (2026-11-01)"],
    );
    assert_eq!(env.json_on("2026-11-30", &["status", "--json"])["no_contact"]["days"], 29);
}

#[test]
fn since_in_the_future_is_refused() {
    let env = Env::started("2026-11-10");
    env.assert_refuses(
        &["since", "2026-11-11"],
        1,
        "error: the day of last contact cannot be in the future: 2026-11-11 is after today (2026-11-10)\n\
         hint: give a day that has happened, as YYYY-MM-DD\n",
    );
}

// ---------------------------------------------------------------- end

/// A plan from 2026-11-01 with three check-ins (one a slip), ended on
/// 2026-11-20 as `moved-on`.
fn ended() -> Env {
    let env = Env::new("2026-11-20");
    env.plan(&["start", "--since", "2026-11-01"]).assert().success();
    env.plan(&["checkin", "--date", "2026-11-05", "--mood", "4"]).assert().success();
    env.plan(&["slip", "--date", "2026-11-08", "--note", "texted them"]).assert().success();
    env.plan(&["checkin", "--mood", "7"]).assert().success();
    env
}

#[test]
fn end_closes_the_plan_keeps_the_log_and_refuses_changes() {
    let env = ended();
    let log = env.json(&["log", "--json"]);
    assert_eq!(log.as_array().unwrap().len(), 3);
    let out = env.stdout(&["end", "--outcome", "moved-on", "--note", "I am at peace with it"]);
    assert!(out.starts_with("Ended on 2026-11-20: moving on."), "{out}");
    let status = env.json(&["status", "--json"]);
    assert_eq!(status["ended"], json!({"date": "2026-11-20", "outcome": "moved-on"}));
    assert_eq!(env.json(&["log", "--json"]), log, "log still shows every entry");
    let text_log = env.stdout(&["log"]);
    for date in ["2026-11-20", "2026-11-08", "2026-11-05"] {
        assert!(text_log.contains(date), "{text_log}");
    }
    env.assert_refuses(
        &["checkin", "--mood", "3"],
        1,
        "error: this plan ended on 2026-11-20 (moved on); it is kept as it was\n\
         hint: `plan start` begins a new plan and archives this one, whole\n",
    );
    refused(&env, &["end", "--outcome", "paused"], 1, &["this plan ended on 2026-11-20"]);
    assert_eq!(env.json(&["status", "--json"])["ended"]["outcome"], "moved-on");
}

#[test]
fn end_with_an_unknown_outcome_is_a_usage_error() {
    let env = ended();
    refused(&env, &["end", "--outcome", "bogus"], 2, &["invalid value 'bogus'"]);
    assert_eq!(env.json(&["status", "--json"])["ended"], Value::Null);
}

#[test]
fn after_end_start_begins_anew_and_archives_the_ended_plan() {
    let env = ended();
    let log = env.json(&["log", "--json"]);
    env.plan(&["end", "--outcome", "moved-on", "--note", "I am at peace with it"]).assert().success();
    let out = env.stdout_on("2026-11-22", &["start"]);
    assert!(out.starts_with("The old plan is archived, whole"), "{out}");
    let status = env.json_on("2026-11-22", &["status", "--json"]);
    assert_eq!(status["ended"], Value::Null);
    assert_eq!(status["started"], "2026-11-22");
    assert_eq!(env.json_on("2026-11-22", &["log", "--json"]), json!([]));

    let archive = env.json_on("2026-11-22", &["archive", "--json"]);
    let plans = archive.as_array().expect("an array");
    assert_eq!(plans.len(), 1, "{archive}");
    let old = &plans[0];
    assert_eq!(old["number"], 1);
    assert_eq!(old["playbook"], "four-steps");
    assert_eq!(old["started"], "2026-11-20");
    assert_eq!(old["ended"], "2026-11-20");
    assert_eq!(old["outcome"], "moved-on");
    assert_eq!(old["note"], "I am at peace with it");
    assert_eq!(old["checkins"], 3);
    let listed = env.stdout_on("2026-11-22", &["archive"]);
    assert!(listed.contains("moved on"), "{listed}");
    assert!(listed.contains("    “I am at peace with it”"), "the end's note is kept and shown: {listed}");
    assert_eq!(env.json_on("2026-11-22", &["log", "--archived", "1", "--json"]), log);
}

/// `plan end` says the plan is kept as it was, and its message speaks of the
/// longest streak in the past tense; but the counter goes on growing after
/// the end, so a plan ended as `reunited` reads "No contact: 90 days" two
/// months later.
#[test]
fn an_ended_plan_stops_counting_days_of_no_contact() {
    let env = Env::new("2026-11-30");
    env.plan(&["start", "--since", "2026-11-01"]).assert().success();
    let out = env.stdout(&["end", "--outcome", "reunited"]);
    assert!(out.contains("29 days"), "{out}");
    let at_end = env.json(&["status", "--json"])["no_contact"].clone();
    assert_eq!(at_end, json!({"since": "2026-11-01", "days": 29, "longest": 29, "resets": 0}));
    let later = env.json_on("2027-01-30", &["status", "--json"]);
    assert_eq!(later["ended"], json!({"date": "2026-11-30", "outcome": "reunited"}));
    assert_eq!(later["no_contact"], at_end, "an ended plan is kept as it was");
}

#[test]
fn since_cannot_move_past_a_recorded_day() {
    let env = Env::new("2026-11-20");
    env.plan_on("2026-11-10", &["start", "--since", "2026-11-01"]).assert().success();
    env.plan(&["slip", "--date", "2026-11-03"]).assert().success();
    let before = env.snapshot();
    env.assert_refuses(
        &["since", "2026-11-05"],
        1,
        "error: 2026-11-03 has a check-in, before 2026-11-05\n\
         hint: no contact began on or before your first recorded day: `plan since 2026-11-03` or earlier\n",
    );
    env.assert_unchanged(&before, "a refused since");
    env.plan(&["since", "2026-11-03"]).assert().success();
}

#[test]
fn undoing_a_step_says_which_later_steps_stay_done() {
    let env = Env::new("2026-11-29");
    env.plan(&["start", "--since", "2026-11-01"]).assert().success();
    for step in ["no-contact", "focus-on-you", "respect"] {
        env.plan(&["done", step]).assert().success();
    }
    let out = env.stdout(&["undo", "focus-on-you"]);
    assert!(out.contains("Done steps that come after it stay done: “Respect, both ways”."), "{out}");
}

#[test]
fn steps_lists_what_was_done_before_a_switch() {
    let env = Env::new("2026-11-29");
    env.plan(&["start", "--since", "2026-11-01"]).assert().success();
    env.plan(&["done", "focus-on-you"]).assert().success();
    env.plan(&["switch", "move-on"]).assert().success();
    let steps = env.json(&["steps", "--json"]);
    assert_eq!(
        steps["earlier"],
        json!([{"id": "four-steps", "title": "Five steps back", "until": "2026-11-29",
                "done": [{"id": "focus-on-you", "date": "2026-11-29"}]}])
    );
    let text = env.stdout(&["steps"]).split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        text.contains(
            "Before the switch on 2026-11-29: “Five steps back”. Steps done: focus-on-you (2026-11-29)."
        ),
        "{text}"
    );
}

#[test]
fn an_ending_on_the_first_day_speaks_of_no_zero_day_streak() {
    let env = Env::new("2026-11-24");
    env.plan(&["start"]).assert().success();
    let out = env.stdout(&["end", "--outcome", "paused"]);
    assert!(out.starts_with("Paused on 2026-11-24."), "{out}");
    assert!(!out.contains("streak"), "{out}");
}
