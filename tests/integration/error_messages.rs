//! Bad input, refused: the exit code (2 for usage, 1 for the rest), an
//! `error:` line that names the problem, and not one byte changed on disk.

use crate::harness::Env;

/// Run `plan ARGS`, which must fail with `code`, print nothing on stdout, start
/// its stderr with `error:` naming every one of `words`, and change nothing
/// in the plan folder. Returns stderr.
fn refused(env: &Env, args: &[&str], code: i32, words: &[&str]) -> String {
    let before = env.snapshot();
    let out = env.plan(args).output().expect("run plan");
    let stderr = String::from_utf8(out.stderr).expect("utf-8 stderr");
    assert_eq!(out.status.code(), Some(code), "exit code of plan {args:?}; stderr: {stderr}");
    assert!(stderr.starts_with("error:"), "plan {args:?} stderr starts with `error:`: {stderr}");
    for word in words {
        assert!(stderr.contains(word), "plan {args:?} stderr names {word:?}: {stderr}");
    }
    assert!(
        out.stdout.is_empty(),
        "plan {args:?} printed on stdout: {}",
        String::from_utf8_lossy(&out.stdout)
    );
    if code == 1 {
        // One `error:` line, then hints only.
        for line in stderr.lines().skip(1) {
            assert!(line.starts_with("hint:"), "plan {args:?}: unexpected stderr line {line:?} in {stderr}");
        }
    }
    env.assert_unchanged(&before, &format!("plan {args:?}"));
    stderr
}

/// A plan started on 2026-11-22 with a check-in, a ticked task and a slip
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
    refused(&lived_in(), &["checkin", "--mood", "0"], 2, &["--mood", "0"]);
}

#[test]
fn mood_11_is_a_usage_error() {
    refused(&lived_in(), &["checkin", "--mood", "11"], 2, &["--mood", "11"]);
}

#[test]
fn urge_11_is_a_usage_error() {
    refused(&lived_in(), &["checkin", "--urge", "11"], 2, &["--urge", "11"]);
}

#[test]
fn an_unknown_contact_kind_is_a_usage_error() {
    let stderr = refused(&lived_in(), &["checkin", "--contact", "maybe"], 2, &["--contact", "maybe"]);
    assert!(stderr.contains("allowed"), "lists the kinds there are: {stderr}");
}

#[test]
fn an_impossible_date_is_a_usage_error() {
    let env = lived_in();
    refused(&env, &["checkin", "--date", "2026-02-30", "--mood", "5"], 2, &["2026-02-30"]);
    refused(&env, &["checkin", "--date", "2023-02-29", "--mood", "5"], 2, &["2023-02-29"]);
    refused(&env, &["slip", "--date", "2026-11-31"], 2, &["2026-11-31"]);
    refused(&env, &["start", "--force", "--since", "2026-02-30"], 2, &["2026-02-30"]);
}

#[test]
fn a_badly_written_date_is_a_usage_error() {
    let env = lived_in();
    for bad in ["2026-2-3", "22/11/2026", "tomorrow", "2026-11-20x", ""] {
        refused(&env, &["checkin", "--date", bad], 2, &["YYYY-MM-DD"]);
    }
    refused(&env, &["slip", "--date", "20261120"], 2, &["YYYY-MM-DD"]);
    refused(&env, &["start", "--force", "--since", "Nov 1"], 2, &["YYYY-MM-DD"]);
}

#[test]
fn log_days_0_is_a_usage_error() {
    refused(&lived_in(), &["log", "--days", "0"], 2, &["--days"]);
}

// ---------------------------------------------------------------- dates

#[test]
fn a_checkin_date_in_the_future_is_refused() {
    refused(&lived_in(), &["checkin", "--date", "2026-11-23", "--mood", "5"], 1, &["2026-11-23", "future"]);
}

#[test]
fn a_slip_date_in_the_future_is_refused() {
    refused(&lived_in(), &["slip", "--date", "2027-01-01"], 1, &["2027-01-01", "future"]);
}

#[test]
fn a_checkin_date_before_the_plan_started_is_refused() {
    refused(
        &lived_in(),
        &["checkin", "--date", "2026-11-09", "--mood", "5"],
        1,
        &["2026-11-09", "before", "started"],
    );
}

#[test]
fn a_slip_date_before_the_plan_started_is_refused() {
    refused(&lived_in(), &["slip", "--date", "2026-11-05"], 1, &["2026-11-05", "before", "started"]);
}

#[test]
fn start_since_in_the_future_is_refused() {
    let env = Env::new("2026-11-22");
    refused(&env, &["start", "--since", "2026-11-23"], 1, &["2026-11-23", "future"]);
    assert!(!env.home().exists(), "no plan folder is created");

    // Nor does it archive an existing plan.
    refused(&lived_in(), &["start", "--force", "--since", "2026-12-01"], 1, &["2026-12-01", "future"]);
}

// ---------------------------------------------------------------- playbooks

#[test]
fn an_unknown_playbook_is_refused() {
    let env = Env::new("2026-11-22");
    let stderr =
        refused(&env, &["start", "--playbook", "five-steps"], 1, &["five-steps", "unknown playbook"]);
    assert!(stderr.contains("four-steps"), "the hint lists the playbooks there are: {stderr}");
    assert!(!env.home().exists(), "no plan folder is created");

    // Nor does it archive an existing plan.
    refused(&lived_in(), &["start", "--force", "--playbook", "five-steps"], 1, &["five-steps"]);
}

#[test]
fn a_playbook_path_that_does_not_exist_is_refused() {
    let env = Env::new("2026-11-22");
    refused(&env, &["start", "--playbook", "./nowhere/mine.toml"], 1, &["nowhere/mine.toml"]);
    assert!(!env.home().exists(), "no plan folder is created");
}

// ---------------------------------------------------------------- no plan yet

#[test]
fn every_command_before_any_plan_says_to_run_plan_start() {
    let env = Env::new("2026-11-22");
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
        let stderr = refused(&env, args, 1, &["no plan"]);
        assert!(stderr.contains("plan start"), "plan {args:?} hints at `plan start`: {stderr}");
        assert!(!env.home().exists(), "plan {args:?} created the plan folder");
    }
}

// ---------------------------------------------------------------- start over a plan

#[test]
fn start_over_an_existing_plan_without_force_is_refused() {
    let env = lived_in();
    let stderr = refused(&env, &["start"], 1, &["already"]);
    assert!(stderr.contains("--force"), "the hint names --force: {stderr}");
    refused(&env, &["start", "--playbook", "six-steps", "--since", "2026-11-20"], 1, &["already"]);
    assert_eq!(env.json(&["status", "--json"])["playbook"]["id"], "four-steps");
}

// ---------------------------------------------------------------- done

#[test]
fn done_on_a_gated_step_names_the_day_it_opens() {
    // A slip on 2026-11-15 moved the 21-day gate to 2026-12-06.
    let stderr = refused(&lived_in(), &["done"], 1, &["2026-12-06", "21"]);
    assert!(stderr.contains("no-contact"), "names the step: {stderr}");
    refused(&lived_in(), &["done", "no-contact"], 1, &["2026-12-06"]);
}

#[test]
fn done_with_a_task_number_out_of_range_is_refused() {
    let env = lived_in();
    refused(&env, &["done", "6"], 1, &["6", "1 to 5"]);
    refused(&env, &["done", "0"], 1, &["0", "1 to 5"]);
    refused(&env, &["done", "99999999999999999999999"], 1, &["99999999999999999999999"]);
}

// ---------------------------------------------------------------- the environment

#[test]
fn a_plan_today_that_is_not_a_date_is_refused() {
    let env = lived_in();
    for bad in ["garbage", "2026-02-30"] {
        let before = env.snapshot();
        let out = env.plan_on(bad, &["checkin", "--mood", "5"]).output().expect("run plan");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{stderr}");
        assert!(stderr.starts_with("error:") && stderr.contains("PLAN_TODAY"), "{stderr}");
        assert!(stderr.contains(bad), "names the value: {stderr}");
        env.assert_unchanged(&before, &format!("PLAN_TODAY={bad}"));
    }
}

#[test]
fn status_json_and_short_together_is_a_usage_error() {
    refused(&lived_in(), &["status", "--json", "--short"], 2, &["--json", "--short"]);
}

#[test]
fn a_home_that_is_a_file_is_refused_and_left_alone() {
    let env = Env::new("2026-11-22");
    let file = env.write("not-a-folder", "mine\n");
    std::fs::set_permissions(&file, std::os::unix::fs::PermissionsExt::from_mode(0o644)).unwrap();
    let out = env.plan(&["start", "--home", file.to_str().unwrap()]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.starts_with("error: ") && stderr.contains("is not a folder"), "{stderr}");
    let meta = std::fs::metadata(&file).unwrap();
    assert_eq!(std::os::unix::fs::PermissionsExt::mode(&meta.permissions()) & 0o777, 0o644);
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "mine\n");
}
