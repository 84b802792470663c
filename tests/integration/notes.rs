//! A person's notes (issue 16, cases 1, 2 and 13): a second note for a day,
//! from this device or another, is kept beside the first; only an explicit
//! replace replaces one, says what it replaced, and the export keeps it;
//! every note is readable in `log`, the report, the CSV and the journal.

use std::os::unix::fs::PermissionsExt;

use serde_json::{Value, json};

use crate::harness::{Env, copy_dir, text};

const TODAY: &str = "2026-11-24";
const BRUNCH: &str = "Brunch with Sam. Laughed properly.";
const BOXES: &str = "Picked up my boxes.";

/// A plan begun on 2026-11-01.
fn begun() -> Env {
    let env = Env::new(TODAY);
    env.plan_on("2026-11-01", &["start"]).assert().success();
    env
}

/// The day `date` as `log --json` shows it.
fn day(env: &Env, date: &str) -> Value {
    env.log_map(TODAY).remove(date).unwrap_or_else(|| panic!("no check-in on {date}"))
}

/// Every view that shows a day's notes: `log`, the report, the CSV and the journal.
fn views(env: &Env) -> [(&'static str, String); 4] {
    [
        ("log", env.stdout(&["log"])),
        ("report", env.stdout(&["report"])),
        ("csv", env.stdout(&["export", "--format", "csv"])),
        ("journal", env.stdout(&["export", "--format", "markdown"])),
    ]
}

/// Case 1: a contact, a slip and an amend with a note each keep the note
/// the day had beside theirs, in `log` (text and JSON), the report, the
/// CSV and the journal.
#[test]
fn a_contact_slip_or_amend_with_a_note_keeps_the_earlier_note_beside_it() {
    let env = begun();
    env.plan(&["checkin", "--mood", "7", "--note", BRUNCH]).assert().success();
    let out = env.stdout(&["contact", "logistics", "--note", BOXES]);
    let today = day(&env, TODAY);
    assert_eq!(today["note"], format!("{BRUNCH}\n\n{BOXES}"), "`note` holds every note: {today}");
    assert_eq!(today["notes"], json!([BRUNCH, BOXES]), "{today}");
    assert_eq!(today["contact"], "logistics");
    assert!(out.contains("Your note is kept beside the one already there."), "{out}");

    env.plan(&["checkin", "--date", "2026-11-20", "--mood", "3", "--note", "Sat with it."])
        .assert()
        .success();
    env.plan(&["slip", "--date", "2026-11-20", "--note", "Texted them at midnight."]).assert().success();
    assert_eq!(day(&env, "2026-11-20")["notes"], json!(["Sat with it.", "Texted them at midnight."]));
    env.plan(&["checkin", "--date", "2026-11-21", "--note", "Quiet morning."]).assert().success();
    env.plan(&["checkin", "--date", "2026-11-21", "--add-note", "Film with friends."]).assert().success();
    assert_eq!(day(&env, "2026-11-21")["notes"], json!(["Quiet morning.", "Film with friends."]));
    for (view, shown) in views(&env) {
        for note in [
            BRUNCH,
            BOXES,
            "Sat with it.",
            "Texted them at midnight.",
            "Quiet morning.",
            "Film with friends.",
        ] {
            assert!(shown.contains(note), "{view} lacks {note:?}:\n{shown}");
        }
    }
}

/// Case 1: the interactive amend shows the day's note and asks whether to
/// add to it or replace it; Enter keeps it.
#[test]
fn the_interactive_amend_shows_the_note_there_and_asks_to_add_or_replace() {
    let env = begun();
    env.plan(&["checkin", "--mood", "7", "--note", BRUNCH]).assert().success();
    // Mood, urge, contact: Enter keeps each. Then the note.
    let out = env.at_terminal("checkin", "\n\n\n\n");
    let screen = text(&out.stdout);
    assert!(out.status.success(), "{screen}");
    assert!(screen.contains(&format!("The day's note:\r\n  “{BRUNCH}”")), "{screen}");
    assert!(screen.contains("Keep it, add a note beside it, or replace it?"), "{screen}");
    assert_eq!(day(&env, TODAY)["notes"], json!([BRUNCH]), "Enter keeps it");

    let out = env.at_terminal("checkin", &format!("\n\n\nadd\n{BOXES}\n"));
    assert!(out.status.success(), "{}", text(&out.stdout));
    assert_eq!(day(&env, TODAY)["notes"], json!([BRUNCH, BOXES]), "{}", text(&out.stdout));

    let out = env.at_terminal("checkin", "\n\n\nreplace\nA good day, all told.\n");
    let screen = text(&out.stdout);
    assert!(screen.contains("The day's 2 notes:"), "{screen}");
    assert!(screen.contains("It replaces the 2 notes that were there:"), "{screen}");
    assert_eq!(day(&env, TODAY)["notes"], json!(["A good day, all told."]));
}

/// Case 1b: `--note` on a day that has one replaces it and says so,
/// quoting it (made visible); `--note ""` removes it and says so; the
/// export's events still hold every word replaced.
#[test]
fn an_explicit_replace_says_what_it_replaced_and_the_export_keeps_it() {
    let env = begun();
    let marked = "Brunch with Sam.\u{1b}[2J";
    env.plan(&["checkin", "--mood", "7", "--note", marked]).assert().success();
    let out = env.stdout(&["checkin", "--note", BOXES]);
    assert!(out.contains("It replaces the note that was there:\n  “Brunch with Sam.^[[2J”\n"), "{out}");
    assert!(out.contains("`plan export --format json`"), "{out}");
    assert_eq!(day(&env, TODAY)["notes"], json!([BOXES]));

    let out = env.stdout(&["checkin", "--note", ""]);
    assert!(out.contains(&format!("Removed the note that was there:\n  “{BOXES}”\n")), "{out}");
    let now = day(&env, TODAY);
    assert_eq!((&now["note"], &now["notes"]), (&Value::Null, &json!([])), "{now}");

    let export = env.json(&["export", "--format", "json"]);
    let events = export["events"].as_array().unwrap();
    let checkins: Vec<&Value> = events.iter().filter(|event| event["type"] == "checkin").collect();
    assert!(checkins.iter().any(|event| event["note"] == marked), "{checkins:?}");
    assert!(checkins.iter().any(|event| event["replaces"] == json!([marked])), "{checkins:?}");
    assert!(checkins.iter().any(|event| event["replaces"] == json!([BOXES])), "{checkins:?}");
    // The export reads back into the same plan.
    let file = env.write("backup.json", &export.to_string());
    let other = Env::new(TODAY);
    other.plan(&["import", file.to_str().unwrap()]).assert().success();
    assert_eq!(other.json(&["log", "--json"]), env.json(&["log", "--json"]));
}

/// One device: its own config and cache, and its own copy of the plan folder.
struct Device {
    env: Env,
}

impl Device {
    /// Bring `other`'s folder of the plan (`devices/ID`) here, as a sync engine would.
    fn receive(&self, other: &Device) {
        let to = self.env.home().join("devices").join(other.env.device_id());
        let _ = std::fs::remove_dir_all(&to);
        copy_dir(&other.env.device_dir(), &to);
    }
}

/// Case 2: the same day on two devices, offline; then they sync. Both
/// notes are there on both devices, in the same order, the one that
/// explains the slip included, and a replace of one device's own note
/// leaves the other device's note alone.
#[test]
fn two_devices_writing_notes_for_the_same_day_both_keep_both() {
    let laptop = Device { env: begun() };
    let phone = Device { env: Env::new(TODAY) };
    copy_dir(&laptop.env.home(), &phone.env.home());
    std::fs::set_permissions(phone.env.home(), std::fs::Permissions::from_mode(0o700)).unwrap();
    phone.env.plan(&["device", "name", "phone"]).assert().success();
    assert_ne!(laptop.env.device_id(), phone.env.device_id());

    laptop.env.plan(&["checkin", "--date", "2026-11-22", "--mood", "6", "--note", BRUNCH]).assert().success();
    phone.env.plan(&["slip", "--date", "2026-11-22", "--note", "Replied to their story."]).assert().success();
    std::thread::sleep(std::time::Duration::from_millis(20));
    // The phone had not seen the brunch: its replace is of its own note only.
    let out = phone.env.stdout(&[
        "checkin",
        "--date",
        "2026-11-22",
        "--note",
        "Replied to their story, at midnight.",
    ]);
    laptop.env.plan(&["contact", "logistics", "--date", "2026-11-23", "--note", BOXES]).assert().success();

    laptop.receive(&phone);
    phone.receive(&laptop);

    let logs: Vec<Value> =
        [&laptop, &phone].iter().map(|device| device.env.json(&["log", "--json"])).collect();
    assert_eq!(logs[0], logs[1], "both devices show the same notes, in the same order");
    for device in [&laptop, &phone] {
        let slip = day(&device.env, "2026-11-22");
        let note = slip["note"].as_str().unwrap_or_default();
        assert!(note.contains(BRUNCH) && note.contains("at midnight."), "`note` holds both: {slip}");
        let notes = slip["notes"].as_array().unwrap();
        assert_eq!(notes.len(), 2, "{slip}");
        assert!(notes.contains(&json!(BRUNCH)), "{slip}");
        assert!(notes.contains(&json!("Replied to their story, at midnight.")), "the slip's note: {slip}");
        assert_eq!(slip["contact"], "initiated");
        let report = device.env.stdout(&["report"]);
        assert!(report.contains(BRUNCH) && report.contains("Replied to their story, at midnight."));
    }
    assert!(out.contains("It replaces the note that was there:\n  “Replied to their story.”"), "{out}");
    let statuses: Vec<Value> =
        [&laptop, &phone].iter().map(|device| device.env.json(&["status", "--json"])).collect();
    assert_eq!(statuses[0], statuses[1]);
}

/// The rules inside `@media print { … }` of `page`.
fn print_rules(page: &str) -> &str {
    let at = page.find("@media print {").expect("a print stylesheet");
    let rest = &page[at..];
    // The block ends at the first line that is a lone `}`.
    &rest[..rest.find("\n}").expect("the print block ends")]
}

/// The `d` of each `<path class="line mood" d="…">` of the trend chart.
fn mood_paths(page: &str) -> Vec<&str> {
    page.match_indices(r#"<path class="line mood" d=""#)
        .map(|(at, found)| {
            let rest = &page[at + found.len()..];
            &rest[..rest.find('"').unwrap()]
        })
        .collect()
}

/// Case 13: every note is on the page as text (not only in a tooltip), a
/// slip's day marked; the page prints without a page per card; the mood
/// line breaks where a day has no check-in.
#[test]
fn the_report_shows_every_note_as_text_prints_compactly_and_breaks_its_lines_at_gaps() {
    let env = begun();
    let mut notes = Vec::new();
    // Fifteen days with a note each, and none on the 8th, 9th and 14th.
    for day in (2..=20).filter(|day| ![8, 9, 14, 15].contains(day)) {
        let date = format!("2026-11-{day:02}");
        let note = format!("Day {day}: a walk, & <a> thought.");
        let mood = (day % 9 + 1).to_string();
        env.plan(&["checkin", "--date", &date, "--mood", &mood, "--urge", "4", "--note", &note])
            .assert()
            .success();
        notes.push(note);
    }
    env.plan(&["slip", "--date", "2026-11-12", "--note", "Sent the long message."]).assert().success();
    let page = env.stdout(&["report"]);

    for note in &notes {
        let shown = note.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
        assert!(page.contains(&format!("<dd>{shown}</dd>")), "{note} is not on the page as text");
    }
    assert!(page.contains("<dd>Sent the long message.</dd>"), "the slip's note");
    let slip_day = &page[page.find(r#"<dt class="slip">"#).expect("the slip's day is marked")..];
    assert!(
        slip_day.starts_with(r#"<dt class="slip"><span class="swatch slip"></span>Thu 12"#),
        "{slip_day:.200}"
    );

    let print = print_rules(&page);
    assert!(!print.contains("page-break") && !print.contains("break-before: page"), "{print}");
    for rule in print.lines().filter(|line| line.contains("break-inside: avoid")) {
        let selectors = rule.split('{').next().unwrap();
        assert!(
            !selectors.split(',').any(|selector| matches!(selector.trim(), "section" | ".pair" | "main")),
            "a whole card kept on one page: {rule}"
        );
    }

    // Readings on the 2nd to 7th, 10th to 13th and 16th to 20th: three
    // stretches of mood line, none drawn across the days without one.
    let paths = mood_paths(&page);
    assert_eq!(paths.len(), 3, "{paths:?}");
    let points: Vec<usize> = paths.iter().map(|d| d.matches(['M', 'L']).count()).collect();
    assert_eq!(points, [6, 4, 5], "{paths:?}");
    assert!(paths.iter().all(|d| d.matches('M').count() == 1), "{paths:?}");
}
