//! Nothing recorded is out of reach (issue 16, cases 7 and 12): ticks and
//! steps done stay with the playbook they were made in, whatever a switch
//! on another device did meanwhile; a switch back picks them up again; an
//! archived plan shows and exports everything it holds; and the milestones
//! a run reached outlast the slip that ended it.

use serde_json::{Value, json};

use crate::harness::{Env, text};
use crate::sync::{Device, TODAY, three_clones};

/// The days of the plans here: no contact since 1 October, so that step 1
/// of four-steps (a 21-day gate) can be done on any of them.
const SINCE: &str = "2026-10-01";

fn pause() {
    std::thread::sleep(std::time::Duration::from_millis(20));
}

/// Two devices on one four-steps plan. Offline, `switcher` switches to
/// `to`, and then `doer`, which has not seen it, completes step 1 and
/// ticks task 2 of step 2, `focus-on-you`; then both sync, both ways.
fn switch_against_ticks(to: &str) -> (tempfile::TempDir, Vec<Device>) {
    let (remote, devices) = three_clones();
    let [switcher, doer, _] = &devices[..] else { unreachable!() };
    switcher.env.plan_on("2026-11-01", &["start", "--since", SINCE]).assert().success();
    switcher.sync();
    doer.sync();
    switcher.plan(&["switch", to]);
    pause();
    doer.plan(&["done", "no-contact"]);
    doer.plan(&["done", "2", "--step", "focus-on-you"]);
    switcher.sync();
    doer.sync();
    switcher.sync();
    (remote, devices)
}

/// What four-steps holds once the plan follows another: step 1 done, and
/// task 2 of focus-on-you ticked, today.
fn four_steps_kept() -> Value {
    json!({"id": "four-steps", "title": "Five steps back", "until": TODAY,
           "done": [{"id": "no-contact", "date": TODAY}],
           "ticked": {"focus-on-you": [2]}})
}

/// The steps of `device`'s current playbook: none done, no task ticked.
fn assert_nothing_done_in_the_current_playbook(device: &Device) {
    let steps = device.json(&["steps", "--json"]);
    for step in steps["steps"].as_array().expect("steps") {
        assert_eq!(step["done_on"], Value::Null, "{}: {step}", device.name);
        assert_eq!(step["tasks_done"], 0, "{}: {step}", device.name);
    }
    let next = device.json(&["next", "--json"]);
    for task in next["tasks"].as_array().expect("tasks") {
        assert_eq!(task["done"], false, "{}: a task nobody did shows ticked: {next}", device.name);
    }
    assert_eq!(device.json(&["status", "--json"])["steps_done"], 0, "{}", device.name);
}

#[test]
fn a_tick_and_a_step_made_during_a_switch_to_move_on_stay_with_four_steps() {
    let (_remote, devices) = switch_against_ticks("move-on");
    for device in &devices[..2] {
        assert_eq!(device.json(&["status", "--json"])["playbook"]["id"], "move-on", "{}", device.name);
        let steps = device.json(&["steps", "--json"]);
        assert_eq!(steps["earlier"], json!([four_steps_kept()]), "{}", device.name);
        assert_nothing_done_in_the_current_playbook(device);
        let shown = device.plan(&["steps"]).split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            shown.contains(&format!(
                "Before the switch on {TODAY}: “Five steps back”. Steps done: no-contact ({TODAY}). \
                 Tasks ticked: focus-on-you (task 2)."
            )),
            "{}: {shown}",
            device.name
        );
    }
    assert_eq!(devices[0].json(&["steps", "--json"]), devices[1].json(&["steps", "--json"]));
}

#[test]
fn a_tick_and_a_step_made_during_a_switch_to_ten_steps_never_tick_its_steps_of_the_same_id() {
    // ten-steps has steps `no-contact` and `focus-on-you` too.
    let (_remote, devices) = switch_against_ticks("ten-steps");
    for device in &devices[..2] {
        assert_eq!(device.json(&["status", "--json"])["playbook"]["id"], "ten-steps", "{}", device.name);
        assert_nothing_done_in_the_current_playbook(device);
        let steps = device.json(&["steps", "--json"]);
        let ids: Vec<&str> =
            steps["steps"].as_array().unwrap().iter().map(|s| s["id"].as_str().unwrap()).collect();
        assert!(ids.contains(&"no-contact") && ids.contains(&"focus-on-you"), "{ids:?}");
        assert_eq!(steps["earlier"], json!([four_steps_kept()]), "{}", device.name);
    }
    assert_eq!(devices[0].json(&["steps", "--json"]), devices[1].json(&["steps", "--json"]));
}

/// A four-steps plan with a bit of everything, archived by a new start on
/// 2026-11-24: two whys, two urges (one held, one that ended in contact,
/// with a draft), two readiness checks (the second naming that they asked
/// for no contact), a step done, a task ticked, and notes.
fn archived_plan() -> Env {
    let env = Env::new(TODAY);
    env.plan_on("2026-11-01", &["start", "--since", SINCE]).assert().success();
    env.plan_on("2026-11-02", &["why", "to sleep again"]).assert().success();
    env.plan_on("2026-11-09", &["why", "to like who I am again"]).assert().success();
    env.plan_on("2026-11-03", &["checkin", "--mood", "4", "--note", "Brunch with Sam. Laughed properly."])
        .assert()
        .success();
    env.plan_on("2026-11-04", &["urge"]).assert().success();
    env.plan_on("2026-11-04", &["urge", "--resolve", "held"]).assert().success();
    env.plan_on("2026-11-10", &["done", "no-contact"]).assert().success();
    env.plan_on("2026-11-10", &["done", "3", "--step", "focus-on-you"]).assert().success();
    env.assess("2026-11-12", Some("lonely"));
    env.assess("2026-11-20", Some("they-asked"));
    env.plan_on("2026-11-21", &["checkin", "--mood", "6", "--note", "Walked by the river."])
        .assert()
        .success();
    // Today: an urge at a terminal, its message kept as a draft, and then contact.
    let out = env.at_terminal("urge", "I miss you\ncan we talk\n\n");
    assert!(out.status.success(), "{}", text(&out.stdout));
    env.plan(&["urge", "--resolve", "slipped"]).assert().success();
    env.plan(&["start", "--force", "--playbook", "move-on"]).assert().success();
    env
}

#[test]
fn archive_show_and_export_archived_give_everything_an_archived_plan_holds() {
    let env = archived_plan();
    assert_eq!(env.json(&["archive", "--json"]).as_array().map(Vec::len), Some(1));

    let shown = env.json(&["archive", "show", "1", "--json"]);
    assert_eq!(shown["number"], 1);
    assert_eq!(shown["playbook"], "four-steps");
    assert_eq!(
        shown["whys"],
        json!([{"date": "2026-11-02", "text": "to sleep again"},
               {"date": "2026-11-09", "text": "to like who I am again"}])
    );
    assert_eq!(shown["urges"], json!({"total": 2, "resisted": 1, "slipped": 1, "open": null}));
    assert_eq!(shown["drafts"], json!([{"date": TODAY, "text": "I miss you\ncan we talk"}]));
    let checks: Vec<(&str, &Value)> = shown["assessments"]
        .as_array()
        .expect("assessments")
        .iter()
        .map(|check| (check["date"].as_str().unwrap(), &check["reason"]))
        .collect();
    assert_eq!(checks, [("2026-11-12", &Value::Null), ("2026-11-20", &json!("they-asked"))]);
    assert!(shown["assessments"][1]["result"].is_string(), "{shown}");
    let steps = &shown["steps"]["steps"];
    assert_eq!(steps[0]["id"], "no-contact");
    assert_eq!(steps[0]["done_on"], "2026-11-10");
    assert_eq!(steps[1]["tasks_done"], 1);
    assert_eq!(shown["ticked"], json!({"focus-on-you": [3]}));
    assert_eq!(
        shown["notes"],
        json!([{"date": "2026-11-03", "text": "Brunch with Sam. Laughed properly."},
               {"date": "2026-11-21", "text": "Walked by the river."}])
    );

    let page = env.stdout(&["archive", "show", "1"]);
    let flat = page.split_whitespace().collect::<Vec<_>>().join(" ");
    for expected in [
        "Archived plan 1: “Five steps back” (four-steps)",
        "“to sleep again”",
        "“to like who I am again”",
        "2 urges: 1 held, 1 ended in contact.",
        "I miss you can we talk",
        "2026-11-20 move on; it said they asked for no contact, blocked you, or said it is over.",
        "Go quiet [no-contact], done 2026-11-10",
        "Put yourself first [focus-on-you], 1 of 6 tasks ticked",
        "Brunch with Sam. Laughed properly.",
        "Walked by the river.",
    ] {
        assert!(flat.contains(expected), "{expected:?} in:\n{page}");
    }
    // As every view does while the check's reason stands: a step toward contact is not named.
    assert!(flat.contains("(a step toward contact)"), "{page}");
    assert!(!flat.contains("Reach out lightly"), "{page}");

    let export = env.json(&["export", "--archived", "1"]);
    assert_eq!(export["format"], "plan-export");
    assert_eq!(export["archived"], TODAY);
    assert_eq!(export["playbook"]["id"], "four-steps");
    let events = export["events"].as_array().expect("events");
    let of = |kind: &str| events.iter().filter(|event| event["type"] == kind).collect::<Vec<_>>();
    assert_eq!(of("why").len(), 2);
    assert_eq!(of("urge").len(), 2);
    assert_eq!(of("draft")[0]["text"], "I miss you\ncan we talk");
    assert_eq!(of("assess").len(), 2);
    assert_eq!(of("done")[0]["step"], "no-contact");
    assert_eq!(of("tick")[0]["task"], 3);
    let notes: Vec<&Value> = export["checkins"].as_array().unwrap().iter().map(|day| &day["note"]).collect();
    assert_eq!(notes[..2], [&json!("Brunch with Sam. Laughed properly."), &json!("Walked by the river.")]);
    assert_eq!(
        export["steps"],
        json!([{"playbook": "four-steps", "id": "no-contact", "title": "Go quiet", "date": "2026-11-10"}])
    );
    let journal = env.stdout(&["export", "--archived", "1", "--format", "markdown"]);
    assert!(journal.contains("Walked by the river."), "{journal}");
    // The current plan's export is the current plan's.
    assert_eq!(env.json(&["export"])["playbook"]["id"], "move-on");
    env.assert_refuses(
        &["export", "--archived", "1", "--format", "ics"],
        1,
        "error: archived plan 1 has nothing coming, so it has no calendar to export\n\
         hint: `plan export --archived 1` writes it as json, csv or markdown\n",
    );
    env.assert_refuses(
        &["archive", "show", "2"],
        1,
        "error: there is no archived plan 2; there are 1\nhint: `plan archive` lists them with their numbers\n",
    );
}

#[test]
fn switching_back_to_a_playbook_followed_before_picks_up_its_ticks_and_steps_done() {
    let env = Env::new(TODAY);
    env.plan_on("2026-11-01", &["start", "--since", SINCE]).assert().success();
    env.plan(&["done", "no-contact"]).assert().success();
    env.plan(&["done", "2", "--step", "focus-on-you"]).assert().success();
    env.plan(&["switch", "move-on"]).assert().success();
    env.plan(&["done", "1"]).assert().success();
    let said = env.stdout(&["switch", "four-steps"]);
    let said = said.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(said.starts_with("Now following “Five steps back” (four-steps) again."), "{said}");
    assert!(said.contains("Picking up where you left off: 1 step done, 1 task ticked."), "{said}");
    let steps = env.json(&["steps", "--json"]);
    assert_eq!(steps["steps"][0]["done_on"], TODAY);
    assert_eq!(steps["steps"][1]["tasks_done"], 1);
    assert_eq!(env.json(&["status", "--json"])["steps_done"], 1);
    let next = env.json(&["next", "--json"]);
    assert_eq!(next["id"], "focus-on-you");
    assert_eq!(next["tasks"][1]["done"], true, "{next}");
    // Move-on's tick is kept with it, for when the plan goes back to it.
    let earlier = &steps["earlier"];
    assert_eq!(earlier.as_array().map(Vec::len), Some(1), "{earlier}");
    assert_eq!(earlier[0]["id"], "move-on");
    assert_eq!(earlier[0]["ticked"], json!({"quiet": [1]}));
}

#[test]
fn a_milestone_an_earlier_run_reached_stays_in_the_calendar_export_and_the_report_after_a_slip() {
    let env = Env::new("2026-11-20");
    env.plan_on("2026-11-01", &["start"]).assert().success();
    // 1 to 12 November: 11 days, the 7-day milestone reached on the 8th.
    env.plan_on("2026-11-12", &["slip"]).assert().success();
    let plan = env.json(&["export"])["plan"]["id"].as_str().expect("an id").to_owned();
    let ics =
        text(&env.plan(&["export", "--format", "ics"]).output().expect("run").stdout).replace("\r\n ", "");
    let events: Vec<(&str, &str)> = ics
        .split("BEGIN:VEVENT")
        .skip(1)
        .map(|event| {
            let field = |name: &str| {
                event.lines().find_map(|line| line.strip_prefix(name)).expect("a field").trim_end()
            };
            (field("UID:"), field("DTSTART;VALUE=DATE:"))
        })
        .collect();
    let earlier = format!("milestone-7-from-20261101.{plan}@plan");
    assert!(events.contains(&(earlier.as_str(), "20261108")), "{events:?}");
    // The run since the slip reached its own 7 days on the 19th.
    let current = format!("milestone-7.{plan}@plan");
    assert!(events.contains(&(current.as_str(), "20261119")), "{events:?}");

    let page = env.stdout(&["report"]);
    assert!(page.contains("reached 8 Nov 2026, in the run from 1 Nov 2026"), "{page}");
    let month = env.stdout(&["calendar"]);
    assert!(month.contains("★ Sun 8: 7 days of no contact, reached"), "{month}");
}
