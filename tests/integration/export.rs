//! `plan export` in every format and `plan import`, through the binary:
//! the JSON round trip into another plan folder, CSV quoting, the Markdown
//! journal, the calendar's folding, escaping and stable UIDs, and imports
//! refused with not one byte written.

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use serde_json::Value;

use crate::harness::{Env, assert_refused, text};

/// The day every command of [`lived_in`] ends on, and the exports are made.
const TODAY: &str = "2026-10-31";
/// A note that needs quoting in CSV, escaping in a calendar, and care everywhere.
const TRICKY: &str = "a \"quoted\", comma\nnewline; and a back\\slash, ünïcode 💚";

/// A month of check-ins (2026-10-01 to 10-31) on a plan started on 10-01
/// with no contact since 09-28, back-filled days before the start, a slip
/// on 10-13, an amended day, allowed contact, ticks, a step done, a why
/// replaced once, an urge held, and a readiness check.
fn lived_in() -> Env {
    let env = Env::new(TODAY);
    env.plan_on("2026-10-01", &["start", "--since", "2026-09-28"]).assert().success();
    env.plan_on("2026-10-01", &["checkin", "--date", "2026-09-29", "--mood", "2", "--note", "before"])
        .assert()
        .success();
    for day in 1..=31 {
        let date = format!("2026-10-{day:02}");
        let mood = (day % 10 + 1).to_string();
        let urge = (10 - day % 10).to_string();
        let note = format!("day {day}: walked, ate, slept");
        let mut args = vec!["checkin", "--mood", &mood, "--urge", &urge, "--note", &note];
        if day == 20 {
            args.extend(["--contact", "logistics"]);
        }
        env.plan_on(&date, &args).assert().success();
    }
    env.plan_on("2026-10-05", &["checkin", "--note", TRICKY]).assert().success();
    env.plan_on("2026-10-06", &["checkin", "--mood", "9"]).assert().success();
    env.plan_on("2026-10-13", &["slip", "--note", "texted them"]).assert().success();
    env.plan_on("2026-10-02", &["why", "to sleep again"]).assert().success();
    env.plan_on("2026-10-09", &["why", "to like who I am again"]).assert().success();
    env.plan_on("2026-10-14", &["done", "2", "--step", "no-contact"]).assert().success();
    env.plan_on("2026-10-14", &["done", "1", "--step", "focus-on-you"]).assert().success();
    env.plan_on("2026-10-15", &["done", "focus-on-you"]).assert().success();
    env.plan_on("2026-10-20", &["urge"]).assert().success();
    env.plan_on("2026-10-20", &["urge", "--resolve", "held"]).assert().success();
    let questions = env.json(&["assess", "--list", "--json"]);
    let answers: Vec<String> = questions
        .as_array()
        .expect("questions")
        .iter()
        .map(|q| format!("--answer={}=unsure", q["id"].as_str().expect("an id")))
        .collect();
    let mut args = vec!["assess"];
    args.extend(answers.iter().map(String::as_str));
    env.plan_on("2026-10-25", &args).assert().success();
    env
}

/// `plan ARGS` on `today` must succeed; its stdout as bytes.
fn bytes_on(env: &Env, today: &str, args: &[&str]) -> Vec<u8> {
    let out = env.plan_on(today, args).output().expect("run plan");
    assert!(out.status.success(), "plan {args:?}: {}", text(&out.stderr));
    out.stdout
}

/// Every command whose `--json` must be the same after a round trip.
const VIEWS: &[&[&str]] = &[
    &["status", "--json"],
    &["log", "--json"],
    &["steps", "--json"],
    &["next", "--json"],
    &["why", "--json", "--history"],
];

#[test]
fn export_then_import_elsewhere_gives_the_same_plan() {
    let env = lived_in();
    let file = env.dir.path().join("backup.json");
    env.plan(&["export", "--format", "json", "--output", file.to_str().expect("utf-8")]).assert().success();
    let other = Env::new(TODAY);
    other.plan(&["import", file.to_str().expect("utf-8")]).assert().success();
    for view in VIEWS {
        assert_eq!(other.json(view), env.json(view), "plan {view:?} after the round trip");
    }
    assert_eq!(other.json(&["log", "--json"]).as_array().map(Vec::len), Some(32));
    // Not only the cache the import wrote: a cold fold of the logs agrees.
    fs::remove_dir_all(other.cache_root()).expect("remove the cache");
    assert_eq!(other.json(&["status", "--json"]), env.json(&["status", "--json"]));
    // Another day, the same: nothing was frozen at the day of the export.
    for view in VIEWS {
        assert_eq!(other.json_on("2026-12-01", view), env.json_on("2026-12-01", view), "{view:?} later");
    }
    // And exported again, the same events.
    let again: Value = serde_json::from_slice(&bytes_on(&other, TODAY, &["export"])).expect("JSON");
    let first: Value = serde_json::from_slice(&fs::read(&file).expect("the export")).expect("JSON");
    assert_eq!(again["events"], first["events"]);
    assert_eq!(again["checkins"], first["checkins"]);
    assert_ne!(again["plan"]["id"], first["plan"]["id"], "a new plan, with an id of its own");
}

#[test]
fn a_plan_still_in_the_older_layout_exports_as_it_is_and_comes_back() {
    let env = Env::from_fixture("layout2", "2026-11-30");
    let before = env.snapshot();
    let file = env.dir.path().join("backup.json");
    env.plan(&["export", "-o", file.to_str().expect("utf-8")]).assert().success();
    env.assert_unchanged(&before, "an export only reads");
    let other = Env::new("2026-11-30");
    other.plan(&["import", file.to_str().expect("utf-8")]).assert().success();
    for view in VIEWS {
        assert_eq!(other.json(view), env.json(view), "plan {view:?} after the round trip");
    }
}

#[test]
fn the_json_export_holds_everything_in_a_versioned_document() {
    let env = lived_in();
    let doc: Value = serde_json::from_slice(&bytes_on(&env, TODAY, &["export"])).expect("JSON");
    assert_eq!(doc["format"], "plan-export");
    assert_eq!(doc["version"], 1);
    assert_eq!(doc["exported"], TODAY);
    assert_eq!(doc["plan"]["no_contact"], env.json(&["status", "--json"])["no_contact"]);
    assert_eq!(doc["plan"]["playbook_source"], "bundled");
    assert_eq!(doc["playbook"]["id"], "four-steps");
    assert_eq!(doc["slips"], serde_json::json!(["2026-10-13"]));
    assert_eq!(
        doc["steps"],
        serde_json::json!([
            {"playbook": "four-steps", "id": "focus-on-you", "title": "Put yourself first", "date": "2026-10-15"}
        ])
    );
    // The check-ins are `log --json`'s, oldest first.
    let mut log = env.json(&["log", "--json"]).as_array().expect("log").clone();
    log.reverse();
    assert_eq!(doc["checkins"], Value::Array(log));
    let kinds: Vec<&str> = doc["events"]
        .as_array()
        .expect("events")
        .iter()
        .map(|e| e["type"].as_str().expect("a type"))
        .collect();
    assert_eq!(kinds[0], "start");
    for kind in ["checkin", "why", "tick", "done", "urge", "resolve", "assess"] {
        assert!(kinds.contains(&kind), "no {kind} event: {kinds:?}");
    }
}

#[test]
fn output_writes_the_same_bytes_whole_and_private() {
    let env = lived_in();
    for format in ["json", "csv", "markdown", "ics"] {
        let stdout = bytes_on(&env, TODAY, &["export", "--format", format]);
        let path = env.dir.path().join(format!("out.{format}"));
        // A file already there, open to all, is replaced whole, and private.
        fs::write(&path, "old and much longer than nothing ".repeat(10_000)).expect("write");
        fs::set_permissions(&path, fs::Permissions::from_mode(0o644)).expect("chmod");
        let said = env.stdout(&["export", "--format", format, "-o", path.to_str().expect("utf-8")]);
        assert_eq!(fs::read(&path).expect("the export"), stdout, "{format}");
        assert_eq!(fs::metadata(&path).expect("stat").permissions().mode() & 0o777, 0o600, "{format}");
        assert!(said.contains("Only you can read the file"), "{format}: {said}");
        assert!(said.lines().all(|line| line.chars().count() <= 80), "{format}: {said}");
        assert_eq!(
            bytes_on(&env, TODAY, &["export", "--format", format, "-o", "-"]),
            stdout,
            "{format}: -o -"
        );
    }
    let leftovers: Vec<String> = fs::read_dir(env.dir.path())
        .expect("list")
        .map(|entry| entry.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|name| name.contains(".plan-tmp."))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn csv_has_a_row_per_checkin_quoted_to_survive_a_spreadsheet() {
    let env = lived_in();
    let csv = text(&bytes_on(&env, TODAY, &["export", "--format", "csv"]));
    assert!(csv.starts_with("date,mood,urge,contact,note\r\n2026-09-29,2,,none,before\r\n"), "{csv}");
    let quoted =
        "2026-10-05,6,5,none,\"a \"\"quoted\"\", comma\nnewline; and a back\\slash, ünïcode 💚\"\r\n";
    assert!(csv.contains(quoted), "{csv}");
    // The slip's note beside the day's: every note, a blank line between.
    assert!(
        csv.contains("2026-10-13,4,7,initiated,\"day 13: walked, ate, slept\n\ntexted them\"\r\n"),
        "{csv}"
    );
    assert!(csv.contains("2026-10-20,1,10,logistics,\"day 20: walked, ate, slept\"\r\n"), "{csv}");
    // 32 days, one with a line break inside its quotes: 33 rows of CRLF.
    assert_eq!(csv.matches("\r\n").count(), 33);
}

#[test]
fn markdown_is_a_journal_with_a_section_a_day() {
    let env = lived_in();
    let md = text(&bytes_on(&env, TODAY, &["export", "--format", "markdown"]));
    assert!(md.starts_with("# Five steps back: a journal\n\n- Started on 2026-10-01.\n"), "{md}");
    assert!(md.contains("- No contact since 2026-10-13: 18 days."), "{md}");
    assert_eq!(md.matches("\n## 2026-").count(), 32);
    assert!(
        md.contains("\n## 2026-10-13\n\nMood 4/10 · urge 7/10 · a slip\n\n- day 13: walked, ate, slept\n- texted them\n"),
        "{md}"
    );
    assert!(md.contains("\n## 2026-10-20\n\nMood 1/10 · urge 10/10 · logistics only\n"), "{md}");
    // The note's line break is kept; its backslash is shown, not read as Markdown.
    assert!(md.contains("a \"quoted\", comma\\\nnewline; and a back\\\\slash, ünïcode 💚\n"), "{md}");
    let dates: Vec<&str> = md.lines().filter_map(|line| line.strip_prefix("## ")).collect();
    let mut sorted = dates.clone();
    sorted.sort_unstable();
    assert_eq!(dates, sorted, "oldest first");
}

/// The calendar's lines unfolded, each checked to end in CRLF and to be at
/// most 75 octets before it was unfolded.
fn unfolded(ics: &[u8]) -> Vec<String> {
    let text = std::str::from_utf8(ics).expect("UTF-8");
    assert!(text.ends_with("\r\n"), "{text:?}");
    let physical: Vec<&str> = text.strip_suffix("\r\n").expect("CRLF").split("\r\n").collect();
    for line in &physical {
        assert!(!line.contains('\n') && !line.contains('\r'), "a bare line break: {line:?}");
        assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
    }
    let mut lines: Vec<String> = Vec::new();
    for line in physical {
        match line.strip_prefix(' ') {
            Some(rest) => lines.last_mut().expect("a line to continue").push_str(rest),
            None => lines.push(line.to_owned()),
        }
    }
    lines
}

/// (UID, DTSTART) of every event.
fn events(lines: &[String]) -> Vec<(String, String)> {
    let mut found = Vec::new();
    let mut uid = String::new();
    for line in lines {
        if let Some(rest) = line.strip_prefix("UID:") {
            rest.clone_into(&mut uid);
        } else if let Some(rest) = line.strip_prefix("DTSTART;VALUE=DATE:") {
            found.push((uid.clone(), rest.to_owned()));
        }
    }
    found
}

#[test]
fn ics_marks_milestones_and_gates_with_uids_that_stay() {
    let env = Env::new("2026-11-01");
    env.plan(&["start"]).assert().success();
    let plan = env.json(&["export"])["plan"]["id"].as_str().expect("an id").to_owned();
    let lines = unfolded(&bytes_on(&env, "2026-11-05", &["export", "--format", "ics"]));
    assert_eq!(
        &lines[..3],
        [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            &format!("PRODID:-//plan//plan {}//EN", env!("CARGO_PKG_VERSION"))
        ]
    );
    assert_eq!(lines.last().map(String::as_str), Some("END:VCALENDAR"));
    assert!(lines.contains(&"DTSTAMP:20261105T000000Z".to_owned()), "{lines:?}");
    let before = events(&lines);
    let uid = |what: &str| format!("{what}.{plan}@plan");
    assert_eq!(before[0], (uid("milestone-7"), "20261108".to_owned()));
    assert!(before.contains(&(uid("gate-no-contact"), "20261122".to_owned())), "{before:?}");
    assert_eq!(before.len(), 9, "eight milestones ahead and one gate: {before:?}");
    // An all-day event: the next day ends it.
    let at = lines.iter().position(|line| line == "DTSTART;VALUE=DATE:20261108").expect("the 7-day event");
    assert_eq!(lines[at + 1], "DTEND;VALUE=DATE:20261109");
    // A slip moves the events; their UIDs stay, so a calendar updates them.
    env.plan_on("2026-11-06", &["slip"]).assert().success();
    let after = events(&unfolded(&bytes_on(&env, "2026-11-06", &["export", "--format", "ics"])));
    let uids = |found: &[(String, String)]| found.iter().map(|(uid, _)| uid.clone()).collect::<Vec<_>>();
    assert_eq!(uids(&after), uids(&before));
    assert!(after.contains(&(uid("milestone-7"), "20261113".to_owned())), "{after:?}");
    assert!(after.contains(&(uid("gate-no-contact"), "20261127".to_owned())), "{after:?}");
}

#[test]
fn ics_folds_long_lines_between_characters_and_escapes_text() {
    let env = Env::new("2026-11-01");
    let playbook = "id = \"long\"\ntitle = \"Mine; mine, mine\"\n\n[[steps]]\nid = \"quiet\"\n\
         title = \"Être calme, très calme; vraiment: 静かに過ごす日々 💚 sans message, sans appel\"\n\
         phase = \"no-contact\"\nsummary = \"x\"\nmin_no_contact_days = 10\n";
    let path = env.write("long.toml", playbook);
    env.plan(&["start", "--playbook", path.to_str().expect("utf-8")]).assert().success();
    let raw = bytes_on(&env, "2026-11-01", &["export", "--format", "ics"]);
    let lines = unfolded(&raw);
    let summary = "SUMMARY:Step 1 opens: Être calme\\, très calme\\; vraiment: 静かに過ごす日々 💚 sans message\\, sans appel";
    assert!(lines.iter().any(|line| line == summary), "{lines:#?}");
    assert!(lines.iter().any(|line| line == "X-WR-CALNAME:plan: Mine\\; mine\\, mine"), "{lines:#?}");
    // That summary is more than 75 octets, so it was folded.
    assert!(text(&raw).contains("\r\n "), "nothing folded");
}

#[test]
fn every_format_works_on_a_month_with_a_slip_and_says_what_it_wrote() {
    let env = lived_in();
    let file = env.dir.path().join("cal.ics");
    let said =
        one_line(&env.stdout(&["export", "--format", "ics", "--output", file.to_str().expect("utf-8")]));
    // 7 and 14 reached from 09-28 to the slip on 10-13, and again since; then
    // 21 (11-03), 30, 60, 90, 180, 365 ahead, and the 21-day gate.
    assert!(
        said.starts_with(&format!("11 events in {}: the milestones reached and ahead", file.display())),
        "{said}"
    );
    let said = one_line(&env.stdout(&["export", "-o", "b.json"]));
    assert!(said.contains("Everything in your plan is in b.json: 32 check-ins"), "{said}");
    assert!(said.contains("`plan import b.json` brings it back"), "{said}");
}

/// What a command said, its wrapped lines joined.
fn one_line(said: &str) -> String {
    said.split_whitespace().collect::<Vec<_>>().join(" ")
}

// ---------------------------------------------------------------- refusals

/// A JSON export of [`lived_in`]'s plan, as text.
fn an_export() -> String {
    text(&bytes_on(&lived_in(), TODAY, &["export"]))
}

/// Each bad file, refused with exactly this error (after "could not import
/// FILE: ") and hint, both into a folder with no plan (which stays
/// missing) and over a plan (which stays byte for byte).
#[test]
fn a_bad_import_is_refused_and_writes_nothing() {
    let export = an_export();
    let cut = &export[..export.len() * 2 / 3];
    let cut_at = cut.lines().count();
    let cut_column = cut.lines().last().expect("a line").chars().count();
    let again = "the file may have been cut off or changed on the way: export the plan again with \
                 `plan export --output FILE`";
    let edited = "if the file was edited, export the plan again from where it came";
    let newer = export.replacen("\"version\": 1,", "\"version\": 2,", 1);
    let no_start = {
        let mut doc: Value = serde_json::from_str(&export).expect("JSON");
        doc["events"].as_array_mut().expect("events").remove(0);
        doc.to_string()
    };
    let early = export.replacen("\"date\": \"2026-09-29\"", "\"date\": \"2026-09-01\"", 2);
    let cases: Vec<(&str, String, String, &str)> = vec![
        ("empty.json", String::new(), "it is empty".into(), again),
        (
            "cut.json",
            cut.to_owned(),
            format!("it is cut short: it stops at line {cut_at}, column {cut_column}, before the end"),
            again,
        ),
        (
            "broken.json",
            "{\"format\": plan-export}".into(),
            "it is not valid JSON: expected value at line 1 column 12".into(),
            again,
        ),
        (
            "status.json",
            text(&bytes_on(&lived_in(), TODAY, &["status", "--json"])),
            "it is JSON, but not a plan export (it has no \"format\": \"plan-export\")".into(),
            "`plan import` reads the JSON that `plan export` writes",
        ),
        (
            "newer.json",
            newer,
            "it was written by a newer plan (export version 2; this one reads up to 1)".into(),
            "upgrade plan to import it",
        ),
        (
            "no-start.json",
            no_start,
            "it is a plan export, but its first event does not start a plan".into(),
            edited,
        ),
        (
            "early.json",
            early,
            "it is a plan export, but it has a check-in on 2026-09-01, before the plan's first day (2026-09-28)"
                .into(),
            edited,
        ),
    ];
    let empty_home = Env::new(TODAY);
    let over_a_plan = lived_in();
    for (name, contents, problem, hint) in &cases {
        let path = empty_home.write(name, contents);
        let shown = path.display().to_string();
        let expected =
            format!("error: could not import {shown}: {problem}\nhint: nothing was changed; {hint}\n");
        for (env, force) in [(&empty_home, false), (&over_a_plan, false), (&over_a_plan, true)] {
            let mut args = vec!["import", shown.as_str()];
            if force {
                args.push("--force");
            }
            env.assert_refuses(&args, 1, &expected);
        }
        assert!(!empty_home.home().exists(), "{name}: a plan folder was made");
    }
}

#[test]
fn a_missing_file_or_a_folder_is_refused_by_name() {
    let env = Env::new(TODAY);
    let missing = env.dir.path().join("nowhere.json");
    let out = env.plan(&["import", missing.to_str().expect("utf-8")]).output().expect("run");
    let stderr = assert_refused(&out, 1, &["nowhere.json"], "a missing file");
    assert_eq!(
        stderr,
        format!(
            "error: could not import {}: there is no such file\nhint: give the path of a file that \
             `plan export --format json --output FILE` wrote\n",
            missing.display()
        )
    );
    let out = env.plan(&["import", env.dir.path().to_str().expect("utf-8")]).output().expect("run");
    let stderr = assert_refused(&out, 1, &["is a folder, not a regular file"], "a folder");
    assert!(stderr.contains("\nhint: nothing was changed"), "{stderr}");
    assert!(!env.home().exists());
}

#[test]
fn importing_over_a_running_plan_needs_force_and_archives_it() {
    let env = lived_in();
    let file = env.write("backup.json", &text(&bytes_on(&env, TODAY, &["export"])));
    let shown = file.to_str().expect("utf-8");
    env.assert_refuses(
        &["import", shown],
        1,
        &format!(
            "error: there is already a plan in {}\nhint: `plan status` shows it; `plan import FILE --force` \
             archives it (nothing is deleted) and brings this one back in its place\n",
            env.home().display()
        ),
    );
    let before = env.json(&["status", "--json"]);
    let said = one_line(&env.stdout(&["import", shown, "--force"]));
    assert!(
        said.starts_with("The plan that was here is archived, whole: `plan archive` lists it. "),
        "{said}"
    );
    assert!(said.contains("“Five steps back” is restored from"), "{said}");
    assert_eq!(env.json(&["status", "--json"]), before);
    let archive = env.json(&["archive", "--json"]);
    assert_eq!(archive.as_array().map(Vec::len), Some(1), "{archive}");
    assert_eq!(archive[0]["checkins"], 32);
}

#[test]
fn a_plan_that_ended_is_archived_by_an_import_without_force() {
    let env = lived_in();
    let file = env.write("backup.json", &text(&bytes_on(&env, TODAY, &["export"])));
    env.plan(&["end", "--outcome", "paused"]).assert().success();
    env.plan(&["import", file.to_str().expect("utf-8")]).assert().success();
    assert_eq!(env.json(&["status", "--json"])["ended"], Value::Null);
    assert_eq!(env.json(&["archive", "--json"])[0]["outcome"], "paused");
}

#[test]
fn an_ended_plan_exports_and_comes_back_ended() {
    let env = lived_in();
    env.plan(&["end", "--outcome", "moved-on", "--note", "it is over, and that is all right"])
        .assert()
        .success();
    let file = env.write("backup.json", &text(&bytes_on(&env, TODAY, &["export"])));
    let other = Env::new(TODAY);
    let said = one_line(&other.stdout(&["import", file.to_str().expect("utf-8")]));
    assert!(said.contains("It ended on 2026-10-31 (moved on)"), "{said}");
    assert_eq!(other.json(&["status", "--json"]), env.json(&["status", "--json"]));
    // Nothing is coming in a plan that ended: only the milestones its runs reached.
    let lines = unfolded(&bytes_on(&other, TODAY, &["export", "--format", "ics"]));
    let found = events(&lines);
    assert_eq!(found.len(), 4, "7 and 14 days, twice: {found:?}");
    assert!(
        found.iter().all(|(uid, date)| uid.starts_with("milestone-") && date.as_str() <= "20261031"),
        "{found:?}"
    );
}

#[test]
fn export_without_a_plan_says_so() {
    let env = Env::new(TODAY);
    let out = env.plan(&["export"]).output().expect("run");
    let stderr = assert_refused(&out, 1, &["no plan yet"], "export with no plan");
    assert!(stderr.contains("\nhint: run `plan start`"), "{stderr}");
}

#[test]
fn an_export_to_a_folder_that_is_not_there_is_refused() {
    let env = lived_in();
    let target = env.dir.path().join("no-such-folder/backup.json");
    let out = env.plan(&["export", "-o", target.to_str().expect("utf-8")]).output().expect("run");
    let stderr = assert_refused(&out, 1, &["could not write", "backup.json"], "no folder");
    assert!(stderr.contains("\nhint: nothing was written there"), "{stderr}");
    assert!(!Path::new(&target).exists());
}

#[test]
fn an_export_never_lands_in_the_plan_folder() {
    let env = lived_in();
    for target in
        [env.device_dir().join("head"), env.home().join("backup.json"), env.home().join("devices/../x.csv")]
    {
        let shown = target.display().to_string();
        env.assert_refuses(
            &["export", "-o", &shown],
            1,
            &format!(
                "error: {shown} is in the plan folder, {}, which only plan itself writes\n\
                 hint: nothing was written; name a file somewhere else, such as your home folder\n",
                env.home().display()
            ),
        );
    }
}
