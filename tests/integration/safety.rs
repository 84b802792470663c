//! What the person told `plan` is honoured on every route: a reason never to
//! make contact named in the readiness check, the hardest days, and the path
//! they chose.

use serde_json::{Value, json};

use crate::harness::{Env, assert_refused, text};

/// The day of the readiness check in these tests.
const CHECKED: &str = "2026-11-20";

/// The three reasons never to make contact, the answer that names each, and
/// the words `status` says after "Your readiness check on DATE".
const REASONS: [(&str, &str, &str); 3] = [
    ("abuse", "abuse", "named abuse or control"),
    ("afraid", "afraid", "said you are afraid of them"),
    ("they-asked", "they-asked", "said they asked for no contact, blocked you, or said it is over"),
];

/// Every question answered as someone ready to try again would, but
/// `question`, answered yes (none for no red flag).
fn answers(env: &Env, yes: Option<&str>) -> Vec<String> {
    let questions = env.json(&["assess", "--list", "--json"]);
    let no = ["abuse", "afraid", "they-asked", "own-behaviour", "warned", "new-partner", "lonely"];
    questions
        .as_array()
        .expect("an array")
        .iter()
        .map(|question| {
            let id = question["id"].as_str().expect("an id");
            let choice = if Some(id) == yes || !no.contains(&id) { "yes" } else { "no" };
            format!("--answer={id}={choice}")
        })
        .collect()
}

fn assess(env: &Env, yes: Option<&str>) {
    let answers = answers(env, yes);
    let mut args = vec!["assess"];
    args.extend(answers.iter().map(String::as_str));
    env.plan(&args).assert().success();
}

/// A plan of the default playbook, 50 days into no contact on CHECKED, with
/// its first three steps done: the current step reaches out (`reconnect`).
fn at_the_reconnect_step() -> Env {
    let env = Env::new(CHECKED);
    env.plan_on("2026-10-01", &["start", "--playbook", "four-steps"]).assert().success();
    for step in ["no-contact", "focus-on-you", "respect"] {
        env.plan(&["done", step]).assert().success();
    }
    assert_eq!(env.json(&["status", "--json"])["step"]["id"], "reconnect");
    env
}

/// Every text the reconnect and talk steps hold that leads toward contact:
/// their tasks, tips and sample messages.
fn contact_texts(env: &Env) -> Vec<String> {
    let playbook = env.json(&["playbook", "show", "four-steps", "--json"]);
    let mut texts = Vec::new();
    for step in playbook["steps"].as_array().unwrap() {
        if ["reconnect", "talk"].contains(&step["phase"].as_str().unwrap()) {
            for key in ["tasks", "tips", "examples"] {
                for text in step[key].as_array().into_iter().flatten() {
                    texts.push(text.as_str().unwrap().to_owned());
                }
            }
        }
    }
    assert!(texts.len() > 10, "the contact steps have tasks, tips and messages: {texts:?}");
    texts
}

/// `text` with its lines joined, as a sentence wrapped over lines reads.
fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn assert_shows_no_contact_text(env: &Env, shown: &str, context: &str) {
    let shown = flat(shown);
    for text in contact_texts(env) {
        let text = flat(&text);
        // A few words of a task are enough to tell it is there.
        let start: String = text.split(' ').take(6).collect::<Vec<_>>().join(" ");
        assert!(!shown.contains(&start), "{context} shows “{text}”:\n{shown}");
    }
}

#[test]
fn each_reason_leads_status_with_what_the_check_found_and_where_help_is() {
    for (reason, yes, said) in REASONS {
        let env = at_the_reconnect_step();
        assess(&env, Some(yes));
        // Every day until a later check: here, a week on.
        let status = env.stdout_on("2026-11-27", &["status"]);
        let lines: Vec<&str> = status.lines().collect();
        let lead = flat(&lines[2..].join("\n"));
        assert!(
            lead.starts_with(&format!("Your readiness check on {CHECKED} {said}.")),
            "{reason}: the first thing after the title:\n{status}"
        );
        let counter = status.find("No contact:").expect("the counter");
        assert!(
            status.find("Your readiness check").unwrap() < counter,
            "{reason}: safety before the counter"
        );
        if reason == "they-asked" {
            assert!(lead.contains("Lean on someone you trust"), "{reason}: {status}");
        } else {
            assert!(lead.contains("emergency number") && lead.contains("someone you trust"), "{status}");
        }
        assert!(lead.contains("`plan switch move-on`"), "{reason}: the way to let go: {status}");
        assert!(!status.contains("Reach out lightly"), "{reason}: no step toward contact named: {status}");
        assert!(!status.contains("`plan next` shows what to do now"), "{reason}: {status}");
        let json = env.json_on("2026-11-27", &["status", "--json"]);
        assert_eq!(json["safety"], json!({"reason": reason, "date": CHECKED}), "{reason}");
        assert_eq!(json["step"]["set_aside"], true, "{reason}");
    }
}

#[test]
fn each_reason_sets_aside_every_step_toward_contact_in_next() {
    for (reason, yes, said) in REASONS {
        let env = at_the_reconnect_step();
        assess(&env, Some(yes));
        for args in [&["next"][..], &["next", "reconnect"], &["next", "5"], &["next", "the-talk"]] {
            let shown = env.stdout(args);
            let context = format!("{reason}: plan {args:?}");
            assert_shows_no_contact_text(&env, &shown, &context);
            let text = flat(&shown);
            assert!(text.contains(&format!("Your readiness check on {CHECKED} {said}")), "{context}: {text}");
            assert!(text.contains("`plan switch move-on`"), "{context}: {text}");
            if reason != "they-asked" {
                assert!(text.contains("emergency number") && text.contains("device they cannot"), "{text}");
            }
            let json = env.json(&[args, &["--json"]].concat());
            assert_eq!(json["set_aside"], true, "{context}");
            for key in ["tasks", "tips", "avoid", "examples"] {
                assert_eq!(json[key], json!([]), "{context}: {key}");
            }
            assert_eq!(json["safety"]["reason"], reason, "{context}");
            assert_eq!(json["caution"], false, "{context}: nothing to be careful about going back to");
        }
        let steps = env.stdout(&["steps"]);
        assert!(!steps.contains("Reach out lightly") && !steps.contains("real conversation"), "{steps}");
        assert!(steps.contains("set aside"), "{steps}");
        assert_eq!(env.json(&["steps", "--json"])["steps"][3]["set_aside"], true, "{reason}");
        // A step that is the person's own is shown whole.
        let quiet = env.json(&["next", "no-contact", "--json"]);
        assert_eq!(quiet["set_aside"], false);
        assert!(!quiet["tasks"].as_array().unwrap().is_empty());
    }
}

#[test]
fn each_reason_refuses_done_on_a_step_toward_contact_and_changes_nothing() {
    for (reason, yes, said) in REASONS {
        let env = at_the_reconnect_step();
        assess(&env, Some(yes));
        for args in [
            &["done"][..],
            &["done", "1"],
            &["done", "reconnect"],
            &["done", "4"],
            &["done", "--step", "reconnect", "2"],
            &["contact", "planned"],
        ] {
            let before = env.snapshot();
            let out = env.plan(args).output().unwrap();
            let context = format!("{reason}: plan {args:?}");
            let stderr =
                assert_refused(&out, 1, &[&format!("your readiness check on {CHECKED} {said}")], &context);
            assert!(stderr.contains("hint: "), "{context}: says what to do instead: {stderr}");
            env.assert_unchanged(&before, &context);
        }
        // Steps of the person's own are still theirs to tick.
        env.plan(&["undo", "focus-on-you"]).assert().success();
        env.plan(&["done", "focus-on-you"]).assert().success();
    }
}

#[test]
fn each_reason_adds_a_line_pointing_to_help_to_the_urge_page() {
    for (reason, yes, said) in REASONS {
        let env = at_the_reconnect_step();
        let before = flat(&env.stdout(&["urge"]));
        assert!(!before.contains("Your readiness check"), "{reason}: {before}");
        assess(&env, Some(yes));
        let urge = flat(&env.stdout(&["urge"]));
        assert!(urge.contains(&format!("Your readiness check on {CHECKED} {said}.")), "{reason}: {urge}");
        let help = if reason == "they-asked" { "someone you trust" } else { "emergency number" };
        assert!(urge.contains(help), "{reason}: {urge}");
        assert_eq!(env.json(&["urge", "--json"])["safety"]["reason"], reason);
    }
}

#[test]
fn a_later_check_that_names_no_reason_lifts_the_safety_state() {
    let env = at_the_reconnect_step();
    assess(&env, Some("they-asked"));
    assert_eq!(env.json(&["next", "--json"])["set_aside"], true);
    env.plan_on("2026-12-01", &["since", "2026-10-01"]).assert().success();
    assess(&env, None);
    let status = env.json(&["status", "--json"]);
    assert_eq!(status["safety"], Value::Null);
    assert_eq!(status["assessment"]["result"], "proceed");
    let next = env.json(&["next", "--json"]);
    assert_eq!(next["set_aside"], false);
    assert!(!next["tasks"].as_array().unwrap().is_empty());
    env.plan(&["done", "1"]).assert().success();
}

#[test]
fn the_check_asks_its_red_flags_first_and_after_hurting_them_asks_about_ones_own_behaviour() {
    let env = Env::new(CHECKED);
    env.plan(&["start", "--playbook", "after-hurting-them"]).assert().success();
    // At a terminal: the questions in order, and the truth about where answers go.
    let out = env.at_terminal("assess", &"n\n".repeat(20));
    let screen = text(&out.stdout);
    assert!(out.status.success(), "{screen}");
    let first = screen.find("1/16.").expect("numbered questions");
    assert!(flat(&screen[first..]).starts_with("1/16. Was there abuse or control"), "{screen}");
    let own = screen.find("Was your own behaviour abusive or controlling").expect("asked on this path");
    assert!(own < screen.find("Do you miss them").unwrap(), "a red flag, before the rest: {screen}");
    assert!(!screen.contains("nobody else sees"), "{screen}");
    assert!(flat(&screen).contains("anyone with access to this device, its sync or an export"), "{screen}");
    // Enter at the last question keeps the result alone.
    let events = std::fs::read_to_string(env.device_dir().join("plan.jsonl")).unwrap();
    let assess: Value = events
        .lines()
        .map(|line| serde_json::from_str::<Value>(line).unwrap())
        .find(|e| e["type"] == "assess")
        .unwrap();
    assert_eq!(assess["answers"], json!({}), "only the result is kept: {assess}");

    let mut args = vec!["assess".to_owned()];
    args.extend(answers(&env, Some("own-behaviour")));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let out = flat(&env.stdout(&args));
    assert!(out.starts_with("Result: move on."), "{out}");
    assert!(out.contains("services for people who are worried about their own behaviour"), "{out}");
    assert_eq!(env.json(&["status", "--json"])["safety"]["reason"], "own-behaviour");
    // On another path, the question is not asked.
    let other = Env::started(CHECKED);
    let refused = other.plan(&["assess"]).output().unwrap();
    assert!(!text(&refused.stderr).contains("own-behaviour"), "{}", text(&refused.stderr));
}

#[test]
fn a_check_recorded_before_the_red_flags_had_their_own_field_reads_as_before() {
    let env = at_the_reconnect_step();
    assess(&env, Some("abuse"));
    // Write the check as an older `plan` did: its answers alone, twelve of them.
    let log = env.device_dir().join("plan.jsonl");
    let lines: Vec<String> = std::fs::read_to_string(&log)
        .unwrap()
        .lines()
        .map(|line| {
            let mut event: Value = serde_json::from_str(line).unwrap();
            if event["type"] == "assess" {
                let object = event.as_object_mut().unwrap();
                object.remove("red_flag").expect("this plan writes it");
                for id in ["afraid", "they-asked", "new-partner"] {
                    object["answers"].as_object_mut().unwrap().remove(id);
                }
            }
            serde_json::to_string(&event).unwrap()
        })
        .collect();
    std::fs::write(&log, lines.join("\n") + "\n").unwrap();
    std::fs::remove_dir_all(env.cache_root()).unwrap();
    let status = env.json(&["status", "--json"]);
    assert_eq!(status["assessment"], json!({"date": CHECKED, "result": "move-on"}));
    assert_eq!(status["safety"], json!({"reason": "abuse", "date": CHECKED}));
}

// ---------------------------------------------------------------- the hardest days

/// A plan begun on 2026-11-01, with a check-in of each mood on the days
/// after it, the last on 2026-11-0N; then `status --json`'s `hard_days` that day.
fn hard_days_after(moods: &[u8]) -> (Env, String) {
    let env = Env::new("2026-11-20");
    env.plan_on("2026-11-01", &["start"]).assert().success();
    let mut last = String::new();
    for (i, mood) in moods.iter().enumerate() {
        last = format!("2026-11-{:02}", i + 2);
        env.plan_on(&last, &["checkin", "--mood", &mood.to_string(), "--note", "can't stop crying"])
            .assert()
            .success();
    }
    (env, last)
}

const HARD: &str = "These have been hard days.";

#[test]
fn two_low_days_of_five_are_not_the_hardest_days() {
    let (env, last) = hard_days_after(&[2, 6, 1, 7, 5]);
    assert_eq!(env.json_on(&last, &["status", "--json"])["hard_days"], false);
    assert!(!env.stdout_on(&last, &["status"]).contains(HARD));
    assert!(!env.stdout_on(&last, &["urge"]).contains(HARD));
}

#[test]
fn three_low_days_of_the_last_five_add_a_line_to_status_checkin_urge_and_next() {
    let (env, last) = hard_days_after(&[2, 6, 1, 7]);
    let out = env.stdout_on("2026-11-06", &["checkin", "--mood", "2"]);
    assert!(flat(&out).contains(HARD), "the check-in's confirmation: {out}");
    let status = env.stdout_on("2026-11-06", &["status"]);
    assert!(flat(&status).contains(&format!("{HARD} Talk to someone today.")), "{status}");
    assert!(flat(&status).contains("call your local emergency number or a crisis line"), "{status}");
    assert!(status.find(HARD).unwrap() < status.find("No contact:").unwrap(), "it comes first: {status}");
    assert_eq!(env.json_on("2026-11-06", &["status", "--json"])["hard_days"], true);
    assert!(flat(&env.stdout_on("2026-11-06", &["urge"])).contains(HARD));
    // The step of the day comes after where help is, in every language.
    let next = env.stdout_on("2026-11-06", &["next"]);
    assert!(next.starts_with(HARD), "{next}");
    assert_eq!(env.json_on("2026-11-06", &["next", "--json"])["hard_days"], true);
    assert!(!env.stdout_on(&last, &["next"]).contains(HARD), "before the third low day: none");
    for (lang, hard) in [("es", "Han sido días duros."), ("de", "Das waren schwere Tage.")] {
        let out = env.plan_on("2026-11-06", &["next"]).env("PLAN_LANG", lang).output().unwrap();
        assert!(String::from_utf8_lossy(&out.stdout).starts_with(hard), "{lang}");
    }
}

#[test]
fn a_slip_at_mood_one_is_a_hardest_day_on_its_own_and_words_in_notes_count_for_nothing() {
    let (env, last) = hard_days_after(&[6, 7]);
    assert_eq!(env.json_on(&last, &["status", "--json"])["hard_days"], false, "a note's words are not read");
    env.plan_on("2026-11-04", &["slip"]).assert().success();
    let out = env.stdout_on("2026-11-04", &["checkin", "--mood", "1"]);
    assert!(flat(&out).contains(HARD), "{out}");
    assert_eq!(env.json_on("2026-11-04", &["status", "--json"])["hard_days"], true);
}

#[test]
fn a_milestone_on_the_hardest_days_is_marked_without_well_done() {
    let env = Env::new("2026-11-08");
    env.plan_on("2026-11-01", &["start"]).assert().success();
    let ordinary = env.stdout(&["status"]);
    assert!(ordinary.contains("★ 7 days of no contact today: a milestone. Well done."), "{ordinary}");
    for day in ["2026-11-06", "2026-11-07", "2026-11-08"] {
        env.plan_on(day, &["checkin", "--mood", "1"]).assert().success();
    }
    let hard = env.stdout(&["status"]);
    assert!(!hard.contains("Well done"), "{hard}");
    assert!(
        hard.contains("★ 7 days of no contact today: a milestone. You kept it through hard days."),
        "{hard}"
    );
}

// ---------------------------------------------------------------- a real choice of path

#[test]
fn start_at_a_terminal_offers_three_paths_and_enter_takes_the_first() {
    for (typed, playbook) in [("\n", "four-steps"), ("2\n", "move-on"), ("3\n", "not-sure-yet")] {
        let env = Env::new(CHECKED);
        let out = env.at_terminal("start", typed);
        let screen = text(&out.stdout);
        assert!(out.status.success(), "{screen}");
        for words in
            ["1. Try again (Enter)  [four-steps]", "2. Let go  [move-on]", "3. Not sure yet  [not-sure-yet]"]
        {
            assert!(screen.contains(words), "{screen}");
        }
        assert!(screen.contains("For when it is over"), "each path says what it is: {screen}");
        assert_eq!(env.json(&["status", "--json"])["playbook"]["id"], playbook, "{typed:?}");
    }
}

#[test]
fn start_in_a_script_asks_nothing_and_begins_the_default_playbook() {
    let env = Env::new(CHECKED);
    let out = env.plan(&["start"]).output().unwrap();
    assert!(out.status.success());
    assert!(!text(&out.stderr).contains("Which way"), "{}", text(&out.stderr));
    assert_eq!(env.json(&["status", "--json"])["playbook"]["id"], "four-steps");
}

#[test]
fn not_sure_yet_reaches_the_readiness_check_with_no_step_toward_contact() {
    let playbook = Env::new(CHECKED).json(&["playbook", "show", "not-sure-yet", "--json"]);
    let phases: Vec<&str> =
        playbook["steps"].as_array().unwrap().iter().map(|step| step["phase"].as_str().unwrap()).collect();
    assert_eq!(phases, ["no-contact", "self-focus", "assess", "assess"]);
    let check = &playbook["steps"][2];
    assert!(flat(&check["tasks"].to_string()).contains("plan assess"), "{check}");
}

#[test]
fn start_after_moving_on_keeps_counting_carries_the_why_and_offers_letting_go() {
    let env = Env::new("2026-10-26");
    env.plan_on("2026-10-01", &["start", "--playbook", "four-steps"]).assert().success();
    env.plan_on("2026-10-02", &["why", "I deserve calm"]).assert().success();
    env.plan(&["end", "--outcome", "moved-on"]).assert().success();

    let out = env.stdout_on("2026-10-27", &["start"]);
    assert!(!out.contains(" 0 days"), "{out}");
    assert!(out.contains("No contact counted from 2026-10-01: 26 days so far."), "{out}");
    assert!(flat(&out).contains("Your why comes with you from the plan before: “I deserve calm”"), "{out}");
    let status = env.json_on("2026-10-27", &["status", "--json"]);
    assert_eq!(status["playbook"]["id"], "move-on", "letting go is what a script's start takes now");
    assert_eq!(status["no_contact"]["since"], "2026-10-01");
    assert_eq!(status["no_contact"]["days"], 26);
    assert_eq!(env.json_on("2026-10-27", &["why", "--json"])["why"]["text"], "I deserve calm");
    assert_eq!(env.json_on("2026-10-27", &["archive", "--json"]).as_array().unwrap().len(), 1);
}

#[test]
fn start_at_a_terminal_after_a_pause_offers_letting_go_first() {
    let env = Env::new("2026-10-26");
    env.plan_on("2026-10-01", &["start"]).assert().success();
    env.plan_on("2026-10-10", &["slip"]).assert().success();
    env.plan(&["end", "--outcome", "paused"]).assert().success();
    let out = env.at_terminal("start", "\n");
    let screen = text(&out.stdout);
    assert!(screen.contains("2. Let go (Enter)  [move-on]"), "{screen}");
    let status = env.json(&["status", "--json"]);
    assert_eq!(status["playbook"]["id"], "move-on");
    assert_eq!(status["no_contact"]["since"], "2026-10-10", "from the last recorded contact");
}

#[test]
fn start_after_a_reunion_begins_afresh() {
    let env = Env::new("2026-10-26");
    env.plan_on("2026-10-01", &["start"]).assert().success();
    env.plan(&["end", "--outcome", "reunited"]).assert().success();
    env.plan_on("2026-10-27", &["start"]).assert().success();
    let status = env.json_on("2026-10-27", &["status", "--json"]);
    assert_eq!(status["playbook"]["id"], "four-steps");
    assert_eq!(status["no_contact"]["since"], "2026-10-27");
}
