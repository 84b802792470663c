//! Bad input, refused: the exit code (2 for usage, 1 for the rest), the
//! whole of what `plan` says on stderr, and not one byte changed on disk.

use std::fs;
use std::os::unix::fs::PermissionsExt;

use crate::harness::{Env, assert_refused};

/// What clap says when it refuses a value: its `error:` line and a pointer to `--help`.
fn usage(error: &str) -> String {
    format!("error: {error}\n\nFor more information, try '--help'.\n")
}

/// An `error:` line and its `hint:` line, as `plan` prints a refusal.
fn hinted(error: &str, hint: &str) -> String {
    format!("error: {error}\nhint: {hint}\n")
}

/// A plan started on 2026-11-10, today 2026-11-22, with a check-in, a ticked task and a slip
/// behind it, so that a wrongly accepted command would have something to change.
fn lived_in() -> Env {
    let env = Env::new("2026-11-22");
    env.plan_on("2026-11-10", &["start", "--since", "2026-11-01"]).assert().success();
    env.plan_on("2026-11-12", &["checkin", "--mood", "4", "--note", "hard"]).assert().success();
    env.plan_on("2026-11-15", &["slip"]).assert().success();
    env.plan_on("2026-11-16", &["done", "1"]).assert().success();
    env
}

// ---------------------------------------------------------------- usage errors: exit 2

#[test]
fn mood_0_is_a_usage_error() {
    let stderr =
        usage("invalid value '0' for '--mood <1-10>': mood is a whole number from 1 (awful) to 10 (great)");
    lived_in().assert_refuses(&["checkin", "--mood", "0"], 2, &stderr);
}

#[test]
fn mood_11_is_a_usage_error() {
    let stderr =
        usage("invalid value '11' for '--mood <1-10>': mood is a whole number from 1 (awful) to 10 (great)");
    lived_in().assert_refuses(&["checkin", "--mood", "11"], 2, &stderr);
}

#[test]
fn urge_11_is_a_usage_error() {
    let stderr = usage(
        "invalid value '11' for '--urge <0-10>': urge is a whole number from 0 (none) to 10 (overwhelming)",
    );
    lived_in().assert_refuses(&["checkin", "--urge", "11"], 2, &stderr);
}

#[test]
fn a_negative_urge_says_what_an_urge_is() {
    let stderr = usage(
        "invalid value '-1' for '--urge <0-10>': urge is a whole number from 0 (none) to 10 (overwhelming)",
    );
    lived_in().assert_refuses(&["checkin", "--urge", "-1"], 2, &stderr);
}

#[test]
fn a_word_for_a_mood_says_what_a_mood_is() {
    let stderr = usage(
        "invalid value 'good' for '--mood <1-10>': mood is a whole number from 1 (awful) to 10 (great)",
    );
    lived_in().assert_refuses(&["checkin", "--mood", "good"], 2, &stderr);
}

#[test]
fn an_unknown_contact_kind_is_a_usage_error() {
    // The message lists the kinds there are.
    let stderr = usage(
        "invalid value 'maybe' for '--contact <KIND>'\n  [possible values: none, allowed, initiated, replied, they-contacted, social-media, logistics, accidental, planned]",
    );
    lived_in().assert_refuses(&["checkin", "--contact", "maybe"], 2, &stderr);
}

#[test]
fn an_impossible_date_is_a_usage_error() {
    let env = lived_in();
    for (args, option, date) in [
        (&["checkin", "--date", "2026-02-30", "--mood", "5"][..], "--date", "2026-02-30"),
        (&["checkin", "--date", "2023-02-29", "--mood", "5"], "--date", "2023-02-29"),
        (&["slip", "--date", "2026-11-31"], "--date", "2026-11-31"),
        (&["start", "--force", "--since", "2026-02-30"], "--since", "2026-02-30"),
    ] {
        let stderr = usage(&format!(
            "invalid value '{date}' for '{option} <DATE>': {date} is not a day on the calendar"
        ));
        env.assert_refuses(args, 2, &stderr);
    }
}

#[test]
fn a_badly_written_date_is_a_usage_error() {
    let env = lived_in();
    let stderr = |option: &str, bad: &str| {
        usage(&format!(
            "invalid value '{bad}' for '{option} <DATE>': `{bad}` is not a date; write it as YYYY-MM-DD, today or yesterday"
        ))
    };
    for bad in ["2026-2-3", "22/11/2026", "tomorrow", "2026-11-20x", ""] {
        env.assert_refuses(&["checkin", "--date", bad], 2, &stderr("--date", bad));
    }
    env.assert_refuses(&["slip", "--date", "20261120"], 2, &stderr("--date", "20261120"));
    env.assert_refuses(&["start", "--force", "--since", "Nov 1"], 2, &stderr("--since", "Nov 1"));
}

#[test]
fn log_days_0_is_a_usage_error() {
    let stderr = usage("invalid value '0' for '--days <N>': --days is a whole number of days, 1 or more");
    lived_in().assert_refuses(&["log", "--days", "0"], 2, &stderr);
}

// ---------------------------------------------------------------- dates

const NOT_YET: &str = "record a day once it has happened; PLAN_TODAY sets today for back-filling";
const FROM_THE_START: &str = "if no contact began earlier, `plan since DATE` moves the plan's first day back";

#[test]
fn a_checkin_date_in_the_future_is_refused() {
    let stderr = hinted("2026-11-23 is in the future (today is 2026-11-22)", NOT_YET);
    lived_in().assert_refuses(&["checkin", "--date", "2026-11-23", "--mood", "5"], 1, &stderr);
}

#[test]
fn a_slip_date_in_the_future_is_refused() {
    let stderr = hinted("2027-01-01 is in the future (today is 2026-11-22)", NOT_YET);
    lived_in().assert_refuses(&["slip", "--date", "2027-01-01"], 1, &stderr);
}

#[test]
fn a_checkin_date_before_no_contact_began_is_refused() {
    let stderr = hinted("2026-10-31 is before the plan's first day (2026-11-01)", FROM_THE_START);
    lived_in().assert_refuses(&["checkin", "--date", "2026-10-31", "--mood", "5"], 1, &stderr);
}

#[test]
fn a_slip_date_before_no_contact_began_is_refused() {
    let stderr = hinted("2026-10-20 is before the plan's first day (2026-11-01)", FROM_THE_START);
    lived_in().assert_refuses(&["slip", "--date", "2026-10-20"], 1, &stderr);
}

#[test]
fn start_since_in_the_future_is_refused() {
    let hint = "--since is the day of your last contact";
    let env = Env::new("2026-11-22");
    let stderr = hinted("--since 2026-11-23 is in the future (today is 2026-11-22)", hint);
    env.assert_refuses(&["start", "--since", "2026-11-23"], 1, &stderr);
    assert!(!env.home().exists(), "no plan folder is created");

    // Nor does it archive an existing plan.
    let stderr = hinted("--since 2026-12-01 is in the future (today is 2026-11-22)", hint);
    lived_in().assert_refuses(&["start", "--force", "--since", "2026-12-01"], 1, &stderr);
}

// ---------------------------------------------------------------- playbooks

#[test]
fn an_unknown_playbook_is_refused() {
    // The hint lists the playbooks there are.
    let stderr = hinted(
        "unknown playbook `five-steps`",
        "the bundled ones are four-steps, ten-steps, after-hurting-them, seven-steps, ex-boyfriend, \
         six-steps, move-on, not-sure-yet; `plan playbooks` lists yours too",
    );
    let env = Env::new("2026-11-22");
    env.assert_refuses(&["start", "--playbook", "five-steps"], 1, &stderr);
    assert!(!env.home().exists(), "no plan folder is created");

    // Nor does it archive an existing plan.
    lived_in().assert_refuses(&["start", "--force", "--playbook", "five-steps"], 1, &stderr);
}

#[test]
fn a_playbook_path_that_does_not_exist_is_refused() {
    let env = Env::new("2026-11-22");
    let stderr = hinted(
        "there is no playbook file at ./nowhere/mine.toml",
        "give a path to a .toml file, or a playbook id from `plan playbooks`",
    );
    env.assert_refuses(&["start", "--playbook", "./nowhere/mine.toml"], 1, &stderr);
    assert!(!env.home().exists(), "no plan folder is created");
}

// ---------------------------------------------------------------- no plan yet

#[test]
fn every_command_before_any_plan_says_to_run_plan_start() {
    let env = Env::new("2026-11-22");
    let stderr = hinted(
        &format!("no plan yet in {}", env.home().display()),
        "run `plan start` to begin one (`plan playbooks` lists the playbooks)",
    );
    let commands: [&[&str]; 12] = [
        &["status"],
        &["status", "--json"],
        &["status", "--short"],
        &["next"],
        &["next", "--json"],
        &["checkin", "--mood", "5"],
        &["slip"],
        &["done"],
        &["done", "1"],
        &["steps", "--json"],
        &["log"],
        &["log", "--json"],
    ];
    for args in commands {
        env.assert_refuses(args, 1, &stderr);
        assert!(!env.home().exists(), "plan {args:?} created the plan folder");
    }
}

// ---------------------------------------------------------------- start over a plan

#[test]
fn start_over_an_existing_plan_without_force_is_refused() {
    let env = lived_in();
    // The hint names --force.
    let stderr = hinted(
        &format!("there is already a plan in {}", env.home().display()),
        "`plan status` shows it; `plan start --force` archives it (nothing is deleted) and starts anew",
    );
    env.assert_refuses(&["start"], 1, &stderr);
    env.assert_refuses(&["start", "--playbook", "six-steps", "--since", "2026-11-20"], 1, &stderr);
    assert_eq!(env.json(&["status", "--json"])["playbook"]["id"], "four-steps");
}

// ---------------------------------------------------------------- done

#[test]
fn done_on_a_gated_step_names_the_day_it_opens() {
    // A slip on 2026-11-15 moved the 21-day gate to 2026-12-06.
    let stderr = hinted(
        "step 1 “Go quiet” (`no-contact`) needs 21 days of no contact; you are at 7, so it opens on 2026-12-06",
        "keep going: `plan next` shows what to do in the meantime",
    );
    lived_in().assert_refuses(&["done"], 1, &stderr);
    lived_in().assert_refuses(&["done", "no-contact"], 1, &stderr);
}

#[test]
fn done_with_a_task_number_out_of_range_is_refused() {
    let env = lived_in();
    for n in ["6", "0"] {
        let stderr = hinted(
            &format!("step 1 “Go quiet” (`no-contact`) has no task {n}; its tasks are 1 to 5"),
            "`plan next` lists the tasks with their numbers",
        );
        env.assert_refuses(&["done", n], 1, &stderr);
    }
    // Too big for a task number, so it is read as a step id.
    let stderr = hinted(
        "the playbook `four-steps` has no step `99999999999999999999999`",
        "`plan steps` lists every step with its number and id",
    );
    env.assert_refuses(&["done", "99999999999999999999999"], 1, &stderr);
}

// ---------------------------------------------------------------- the environment

#[test]
fn a_plan_today_that_is_not_a_date_is_refused() {
    let env = lived_in();
    for (bad, why) in [
        ("garbage", "`garbage` is not a date; write it as YYYY-MM-DD"),
        ("2026-02-30", "2026-02-30 is not a day on the calendar"),
    ] {
        let stderr = format!("error: PLAN_TODAY is set but is not a date: {why}\n");
        env.assert_refuses_on(bad, &["checkin", "--mood", "5"], 1, &stderr);
    }
}

#[test]
fn status_json_and_short_together_is_a_usage_error() {
    let env = lived_in();
    let before = env.snapshot();
    let out = env.plan(&["status", "--json", "--short"]).output().expect("run plan");
    let stderr = assert_refused(&out, 2, &[], "status --json --short");
    // The error line whole; clap's usage line after it is clap's to word.
    assert_eq!(stderr.lines().next(), Some("error: the argument '--json' cannot be used with '--short'"));
    env.assert_unchanged(&before, "status --json --short");
}

#[test]
fn a_home_that_is_a_file_is_refused_and_left_alone() {
    let env = Env::new("2026-11-22");
    let file = env.write("not-a-folder", "mine\n");
    fs::set_permissions(&file, fs::Permissions::from_mode(0o644)).unwrap();
    let stderr = hinted(
        &format!("{} is a file, not a folder", file.display()),
        "--home (or PLAN_HOME) names the folder that holds the plan",
    );
    env.assert_refuses(&["start", "--home", file.to_str().unwrap()], 1, &stderr);
    assert_eq!(fs::metadata(&file).unwrap().permissions().mode() & 0o777, 0o644);
    assert_eq!(fs::read_to_string(&file).unwrap(), "mine\n");
}

// ---------------------------------------------------------------- the care commands, whole

#[test]
fn the_care_commands_refuse_in_whole_sentences() {
    let env = lived_in();
    let refusals: [(&[&str], i32, String); 9] = [
        (
            &["why", ""],
            1,
            hinted("a why needs some words", "for example `plan why \"I want to feel like myself again\"`"),
        ),
        (
            &["switch", "four-steps"],
            1,
            hinted("the plan already follows `four-steps`", "`plan playbooks` lists the others"),
        ),
        (
            &["since", "2026-12-01"],
            1,
            hinted(
                "the day of last contact cannot be in the future: 2026-12-01 is after today (2026-11-22)",
                "give a day that has happened, as YYYY-MM-DD",
            ),
        ),
        (
            &["assess", "--answer", "future=yes"],
            1,
            hinted(
                "14 of 15 questions have no answer: abuse, afraid, they-asked, warned, new-partner, miss-them, \
                 lonely, why-it-ended, changed, breakup, pros-cons, let-go, commit, add-value",
                "give each as --answer ID=CHOICE (`plan assess --list` shows them), or run `plan assess` at a terminal",
            ),
        ),
        (
            &["undo", "nope"],
            1,
            hinted(
                "the playbook `four-steps` has no step `nope`",
                "`plan steps` lists every step with its number and id",
            ),
        ),
        (
            &["assess", "--answer", "abuse=perhaps"],
            2,
            usage(
                "invalid value 'abuse=perhaps' for '--answer <ID=CHOICE>': `perhaps` is not an answer to `abuse`; \
                 answer yes, no, unsure",
            ),
        ),
        (
            &["urge", "--resolve", "maybe"],
            2,
            usage("invalid value 'maybe' for '--resolve <HOW>'\n  [possible values: held, slipped]"),
        ),
        (
            &["end", "--outcome", "whatever"],
            2,
            usage(
                "invalid value 'whatever' for '--outcome <OUTCOME>'\n  [possible values: reunited, moved-on, paused]",
            ),
        ),
        (
            &["contact", "hug"],
            2,
            usage(
                "invalid value 'hug' for '<KIND>'\n  [possible values: none, allowed, initiated, replied, \
                 they-contacted, social-media, logistics, accidental, planned]",
            ),
        ),
    ];
    for (args, code, stderr) in refusals {
        env.assert_refuses(args, code, &stderr);
    }
    // Once ended, every change says so, the same way.
    env.plan(&["end", "--outcome", "paused"]).assert().success();
    let ended = hinted(
        "this plan ended on 2026-11-22 (paused); it is kept as it was",
        "`plan start` begins a new plan and archives this one, whole",
    );
    for args in [
        &["checkin", "--mood", "5"][..],
        &["why", "again"],
        &["urge"],
        &["done", "1"],
        &["switch", "move-on"],
    ] {
        env.assert_refuses(args, 1, &ended);
    }
}
