//! `plan calendar` and `plan report` through the binary, on a plan with a
//! month of check-ins and a slip.

use crate::harness::{BIN, Env, assert_refused, text};

const TODAY: &str = "2026-11-22";

/// A plan begun on 2026-10-23 with a check-in every day to today: moods
/// from 3 upward, a slip on 2026-11-06 with a note, logistics on 11-09.
fn month_of_checkins() -> Env {
    let env = Env::new(TODAY);
    env.plan_on("2026-10-23", &["start"]).assert().success();
    for day in 0..31u32 {
        let date = chrono::NaiveDate::from_ymd_opt(2026, 10, 23).unwrap() + chrono::Days::new(day.into());
        let date = date.to_string();
        let mood = (3 + day / 5).to_string();
        let urge = (8 - day / 4).to_string();
        let mut args = vec!["checkin", "--date", &date, "--mood", &mood, "--urge", &urge];
        let note = format!("day {day}: walked <far> & slept \"well\"");
        if day == 14 {
            args.extend(["--contact", "initiated", "--note", "texted them at 2am <sorry>"]);
        } else if day == 17 {
            args.extend(["--contact", "logistics"]);
        } else {
            args.extend(["--note", &note]);
        }
        env.plan(&args).assert().success();
    }
    env
}

#[test]
fn the_calendar_marks_each_day_of_the_month() {
    let env = month_of_checkins();
    let out = env.stdout(&["calendar"]);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0].trim(), "November 2026", "{out}");
    assert_eq!(lines[2], "   Mo      Tu      We      Th      Fr      Sa      Su", "{out}");
    // Sunday the 1st alone in the first week, mood 4; the slip on the 6th,
    // mood 5, the day the run it ended reached 14 days; logistics on the
    // 9th; the 7-day milestone after the slip on the 13th; and today, the 22nd.
    assert_eq!(lines[3], format!("{}1  4", " ".repeat(52)), "{out}");
    assert!(out.contains("    6★ 5✕ "), "{out}");
    assert!(out.contains("★ Fri 6: 14 days of no contact, reached"), "{out}");
    assert!(out.contains("    9  6~ "), "{out}");
    assert!(out.contains("   13★ 7 "), "{out}");
    assert!(out.contains(" >22  9"), "{out}");
    // The 27th: 21 days after the slip, a milestone and step 1's gate.
    assert!(out.contains("   27✦"), "{out}");
    assert!(out.contains("★ Fri 27: 21 days of no contact, to come"), "{out}");
    assert!(out.contains("◆ Fri 27: step 1's gate opens (Go quiet)"), "{out}");
    assert!(out.contains("✕ contact that broke it"), "{out}");
    assert!(out.contains("No contact: 16 days (since 2026-11-06)."), "{out}");
    for line in out.lines() {
        assert!(line.chars().count() <= 60, "wider than 60 columns: {line:?}");
    }
}

#[test]
fn the_calendar_shows_months_before_the_plan_and_ahead_of_today() {
    let env = month_of_checkins();
    let before = env.stdout(&["calendar", "--month", "2026-09"]);
    assert_eq!(before.lines().next().map(str::trim), Some("September 2026"));
    assert!(before.contains("No contact began on 2026-10-23, after this month."), "{before}");
    let grid: Vec<&str> = before.lines().skip(3).take_while(|line| !line.is_empty()).collect();
    assert_eq!(grid.len(), 5, "{before}");
    assert!(grid.iter().all(|line| !line.contains('·')), "no day of September was in the plan: {before}");
    let ahead = env.stdout(&["calendar", "--month", "2026-12"]);
    assert_eq!(ahead.lines().next().map(str::trim), Some("December 2026"));
    assert!(ahead.contains("★ Sun 6: 30 days of no contact, to come"), "{ahead}");
    let leap = env.stdout(&["calendar", "--month", "2028-02"]);
    assert!(leap.contains(" 29") && !leap.contains(" 30"), "{leap}");
}

#[test]
fn a_month_that_is_not_one_is_a_usage_error() {
    let env = month_of_checkins();
    for (bad, message) in [
        ("2026-13", "`2026-13` is not a month; write it as YYYY-MM, such as 2026-11"),
        ("2026-1", "`2026-1` is not a month; write it as YYYY-MM, such as 2026-11"),
        ("november", "`november` is not a month; write it as YYYY-MM, such as 2026-11"),
    ] {
        let out = env.plan(&["calendar", "--month", bad]).output().unwrap();
        let stderr = assert_refused(&out, 2, &[], bad);
        assert!(stderr.contains(message), "{bad}: {stderr}");
    }
}

#[test]
fn colour_only_where_it_belongs() {
    let env = month_of_checkins();
    let has_escape = |out: &[u8]| out.contains(&0x1b);
    // A pipe: no colour, and NO_COLOR or CLICOLOR=0 change nothing there.
    let piped = env.plan(&["calendar"]).output().unwrap();
    assert!(!has_escape(&piped.stdout), "{}", text(&piped.stdout));
    // CLICOLOR_FORCE asks for colour even in a pipe; NO_COLOR wins over it.
    let forced = env.plan(&["calendar"]).env("CLICOLOR_FORCE", "1").output().unwrap();
    assert!(has_escape(&forced.stdout), "{}", text(&forced.stdout));
    assert!(text(&forced.stdout).contains("\u{1b}[31m"), "a slip is red: {}", text(&forced.stdout));
    let both = env.plan(&["calendar"]).env("CLICOLOR_FORCE", "1").env("NO_COLOR", "1").output().unwrap();
    assert!(!has_escape(&both.stdout), "{}", text(&both.stdout));
    // Without colour, the text is the same, character for character.
    let stripped = strip(&text(&forced.stdout));
    assert_eq!(stripped, text(&piped.stdout));
}

#[test]
fn colour_on_a_terminal_unless_no_color() {
    let env = month_of_checkins();
    // `script` runs plan on a pseudo-terminal and copies what it printed.
    let at_terminal = |no_color: bool| {
        let mut cmd = env.command(TODAY, "script");
        cmd.args(["-qec", &format!("{BIN} calendar"), "/dev/null"]).env("TERM", "xterm-256color");
        if no_color {
            cmd.env("NO_COLOR", "1");
        }
        let out = cmd.output().expect("run script");
        assert!(out.status.success(), "{}", text(&out.stderr));
        text(&out.stdout)
    };
    let coloured = at_terminal(false);
    assert!(coloured.contains("\u{1b}["), "{coloured}");
    let plain = at_terminal(true);
    assert!(!plain.contains('\u{1b}'), "{plain}");
    assert!(plain.contains("November 2026"), "{plain}");
}

/// `text` without its ANSI styles.
fn strip(text: &str) -> String {
    let mut plain = String::new();
    let mut chars = text.chars();
    while let Some(ch) = chars.next() {
        if ch == '\u{1b}' {
            chars.by_ref().find(|&c| c == 'm');
        } else {
            plain.push(ch);
        }
    }
    plain
}

#[test]
fn the_readme_calendar_is_real_output() {
    let readme = include_str!("../../README.md");
    let marker = "`plan calendar` shows a month at a glance";
    let after = &readme[readme.find(marker).expect("marker in README")..];
    let start = after.find("```text\n").expect("a text block") + "```text\n".len();
    let end = after[start..].find("```").expect("end of block");
    let env = month_of_checkins();
    assert_eq!(env.stdout(&["calendar"]), after[start..start + end]);
}

#[test]
fn the_report_is_one_page_that_needs_nothing_else() {
    let env = month_of_checkins();
    let before = env.snapshot();
    let page = env.stdout(&["report"]);
    env.assert_unchanged(&before, "plan report");
    assert!(page.starts_with("<!doctype html>"), "{page}");
    assert!(page.trim_end().ends_with("</html>"));
    assert!(page.matches("<svg").count() >= 3, "the timeline, the chart and the heat map");
    for outside in ["<script", "<link", "<img", "url(", "@import"] {
        assert!(!page.contains(outside), "the page asks for {outside}");
    }
    // No address at all, but an SVG namespace would be allowed.
    let addresses = page.matches("http://").count() + page.matches("https://").count();
    assert_eq!(addresses, page.matches("xmlns=\"http://www.w3.org/2000/svg\"").count());
    // Every note is escaped, the slip's too.
    assert!(page.contains("texted them at 2am &lt;sorry&gt;"), "{page}");
    assert!(page.contains("day 3: walked &lt;far&gt; &amp; slept &quot;well&quot;"));
    assert!(!page.contains("<sorry>") && !page.contains("<far>"));
    // The runs, the milestones and the steps.
    assert!(page.contains("6 Nov 2026 to now"), "{page}");
    assert!(page.contains("23 Oct to 6 Nov 2026"));
    assert!(page.contains("reached 20 Nov 2026"));
    assert!(page.contains("opens 27 Nov 2026"));
}

#[test]
fn the_report_shows_the_steps_done_with_their_dates() {
    let env = month_of_checkins();
    env.plan_on("2026-11-20", &["done", "focus-on-you"]).assert().success();
    let page = env.stdout(&["report"]);
    assert!(page.contains("Put yourself first <span class=\"muted\">done 20 Nov 2026</span>"), "{page}");
}

#[test]
fn the_report_can_go_to_a_private_file() {
    use std::os::unix::fs::PermissionsExt;
    let env = month_of_checkins();
    // A file at the name is replaced; a link there is refused, and never written through.
    let elsewhere = env.write("elsewhere.txt", "keep me");
    let link = env.dir.path().join("linked.html");
    std::os::unix::fs::symlink(&elsewhere, &link).unwrap();
    let out = env.plan(&["report", "--output", "linked.html"]).output().unwrap();
    assert_refused(&out, 1, &["linked.html is a symbolic link"], "report to a link");
    assert!(std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink(), "the link is left as it was");
    let old = env.write("report.html", "an old report");
    std::fs::set_permissions(&old, std::fs::Permissions::from_mode(0o644)).unwrap();
    let (path, name) = (&old, "report.html");
    let out = env.with_umask("000", TODAY, &["report", "--output", name]).output().unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stdout),
        format!(
            "Your report is in {name}. Open it in a browser, or print it.\n\
             It holds your notes, so it is readable by you alone; keep it somewhere private.\n"
        )
    );
    let meta = std::fs::symlink_metadata(path).unwrap();
    assert!(meta.is_file(), "{name} is a file of its own");
    assert_eq!(meta.permissions().mode() & 0o777, 0o600, "{name}");
    assert_eq!(std::fs::read_to_string(path).unwrap(), env.stdout(&["report"]));
    assert_eq!(std::fs::read_to_string(&elsewhere).unwrap(), "keep me");
    let leftovers: Vec<String> = std::fs::read_dir(env.dir.path())
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.contains(".plan-tmp."))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn a_report_that_cannot_be_written_says_where_and_changes_nothing() {
    let env = month_of_checkins();
    let out = env.plan(&["report", "--output", "no/such/folder/report.html"]).output().unwrap();
    let stderr =
        assert_refused(&out, 1, &["could not write the report to no/such/folder/report.html"], "report");
    assert!(stderr.contains("No such file or directory"), "{stderr}");
    let out = env.plan(&["report", "--output", "."]).output().unwrap();
    assert_refused(&out, 1, &[". is a folder"], "report to a folder");
}

/// The week starts where the person's does: on Sunday with `LANG=en_US`,
/// on Monday in German; what the grid is made of is the same either way.
#[test]
fn the_week_starts_where_the_person_s_does_and_the_data_stays_the_same() {
    let env = month_of_checkins();
    let run = |key: &str, value: &str, args: &[&str]| {
        let out = env.plan(args).env(key, value).output().expect("run plan");
        assert!(out.status.success(), "plan {args:?} with {key}={value}: {}", text(&out.stderr));
        text(&out.stdout)
    };
    let us = run("LANG", "en_US.UTF-8", &["calendar"]);
    let lines: Vec<&str> = us.lines().collect();
    assert_eq!(lines[2], "   Su      Mo      Tu      We      Th      Fr      Sa", "{us}");
    // Sunday the 1st opens the first week, with its mood of 4.
    assert!(lines[3].starts_with("    1  4    2  5 "), "{us}");
    let de = run("PLAN_LANG", "de", &["calendar"]);
    let lines: Vec<&str> = de.lines().collect();
    assert_eq!(lines[0].trim(), "November 2026", "{de}");
    assert_eq!(lines[2], "   Mo      Di      Mi      Do      Fr      Sa      So", "{de}");
    assert_eq!(lines[3], format!("{}1  4", " ".repeat(52)), "{de}");
    assert!(de.contains("Kein Kontakt: 16 Tage (seit 2026-11-06)."), "{de}");
    // `plan calendar` has no `--json`: its data is the export's, and the
    // calendar file's events, which are the same whatever the language.
    let export = |key: &str, value: &str| run(key, value, &["export", "--format", "json"]);
    assert_eq!(export("LANG", "en_US.UTF-8"), export("PLAN_LANG", "de"));
    let events = |key: &str, value: &str| {
        let ics = run(key, value, &["export", "--format", "ics"]).replace("\r\n ", "");
        ics.lines()
            .filter(|line| !line.starts_with("SUMMARY:") && !line.starts_with("DESCRIPTION:"))
            .map(str::to_owned)
            .collect::<Vec<String>>()
    };
    let english = events("LANG", "en_US.UTF-8");
    assert!(english.iter().filter(|line| line.starts_with("DTSTART")).count() > 3, "{english:?}");
    assert_eq!(english, events("PLAN_LANG", "de"));
}
