//! Life in a real terminal (issue 10): a bare `plan`, and the rest to come.

use crate::harness::{BIN, Env, display_width, text};

#[test]
fn a_bare_plan_welcomes_before_there_is_a_plan_and_writes_nothing() {
    let env = Env::new("2026-11-24");
    let out = env.plan(&[]).output().unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let screen = text(&out.stdout);
    assert!(screen.starts_with("plan: a private planner for getting through a breakup."), "{screen}");
    assert!(screen.contains("  plan start "), "how to start: {screen}");
    assert!(!env.home().exists(), "a welcome creates no plan folder");
}

#[test]
fn a_bare_plan_shows_the_status_once_there_is_one() {
    let env = Env::new("2026-11-24");
    env.plan(&["start", "--since", "2026-11-10"]).assert().success();
    assert_eq!(env.stdout(&[]), env.stdout(&["status"]));
}

#[test]
fn dates_can_be_today_or_yesterday() {
    let env = Env::new("2026-11-24");
    env.plan(&["start", "--since", "yesterday"]).assert().success();
    env.plan(&["checkin", "--date", "yesterday", "--mood", "4"]).assert().success();
    env.plan(&["slip", "--date", "today"]).assert().success();
    let log = env.log_map("2026-11-24");
    assert_eq!(log["2026-11-23"]["mood"], 4);
    assert_eq!(log["2026-11-24"]["contact"], "initiated");
    assert_eq!(env.json(&["status", "--json"])["started"], "2026-11-24");
    let out = env.plan(&["checkin", "--date", "tomorrow"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("write it as YYYY-MM-DD, today or yesterday"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn plan_man_prints_a_roff_page_naming_every_command() {
    let env = Env::new("2026-11-24");
    let page = env.stdout(&["man"]);
    assert!(page.contains(".TH plan 1"), "a roff title: {}", &page[..page.len().min(300)]);
    // Every command clap knows, whatever is added later.
    let cli = <plan::cli::Cli as clap::CommandFactory>::command();
    let commands: Vec<&str> = cli.get_subcommands().map(clap::Command::get_name).collect();
    assert!(commands.len() > 25, "{commands:?}");
    for command in commands {
        let name = command.replace('-', "\\-");
        assert!(page.contains(&format!("plan\\-{name}(1)")), "{command} in the page's list of commands");
    }
}

#[test]
fn completions_end_quietly_when_the_reader_stops_early() {
    use std::io::Read;
    use std::process::Stdio;
    let env = Env::new("2026-11-24");
    let mut child = env
        .spawnable("2026-11-24", &["completions", "zsh"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 8];
    child.stdout.take().unwrap().read_exact(&mut first).unwrap();
    // The pipe is closed now, as `| head -1` closes it.
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stderr), "", "no panic, no error");
}

/// A playbook with long titles and text in several scripts.
const LONG: &str = r#"
id = "long-titles"
title = "A playbook whose title is long enough to need wrapping on a narrow terminal"
summary = "长时间不联系，照顾好自己。 Take care of yourself 🌱 while the quiet weeks pass."

[[steps]]
id = "quiet"
title = "Give yourself a long and quiet stretch without any contact at all 安静"
phase = "no-contact"
summary = "No messages. 不要发消息 🙅 Let the days add up, one at a time, and be gentle."
tasks = ["Mute their accounts so that nothing of theirs reaches you for these weeks 静音"]
tips = ["一天一天来。 One day at a time, and the days add up to weeks before you know it."]
min_no_contact_days = 21

[[steps]]
id = "me"
title = "Find your way back to yourself, slowly and kindly, whatever happens 😊"
phase = "self-focus"
summary = "Sleep, friends, movement."
after = []
"#;

#[test]
fn no_line_is_wider_than_the_screen_at_60_80_and_100_columns() {
    let env = Env::new("2026-11-24");
    let path = env.write("long.toml", LONG);
    env.plan(&["start", "--since", "2026-11-10", "--playbook", path.to_str().unwrap()]).assert().success();
    let note = "今天很难受，想给他发消息 😢 but I didn't. I walked by the river for an hour and called 妈妈 instead.";
    env.plan(&["checkin", "--mood", "4", "--urge", "7", "--note", note]).assert().success();
    let show = ["playbook", "show", path.to_str().unwrap()];
    let views: [&[&str]; 7] =
        [&["status"], &["next"], &["next", "me"], &["steps"], &["log"], &show, &["urge"]];
    for width in [60, 80, 100] {
        for args in views {
            let out = env.plan(args).env("COLUMNS", width.to_string()).output().unwrap();
            assert!(out.status.success(), "{args:?}: {}", text(&out.stderr));
            let screen = text(&out.stdout);
            for line in screen.lines() {
                assert!(display_width(line) <= width, "{args:?} at {width} columns: {line:?}\n{screen}");
            }
        }
    }
    // The note survives the wrapping, word for word.
    let log = env.plan(&["log"]).env("COLUMNS", "60").output().unwrap();
    let words = text(&log.stdout).split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(words.contains(note), "{words}");
}

#[test]
fn colour_only_where_it_is_wanted() {
    let env = Env::new("2026-11-24");
    env.plan(&["start", "--since", "2026-11-10"]).assert().success();
    env.plan(&["checkin", "--mood", "2"]).assert().success();
    env.plan(&["slip", "--date", "2026-11-20"]).assert().success();
    let run = |args: &[&str], vars: &[(&str, &str)]| {
        let mut command = env.plan(args);
        for (name, value) in vars {
            command.env(name, value);
        }
        text(&command.output().unwrap().stdout)
    };
    for args in [&["log"][..], &["steps"], &["status"]] {
        // In a pipe: none, unless asked for.
        assert!(!run(args, &[]).contains('\u{1b}'), "{args:?} in a pipe");
        assert!(!run(args, &[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "1")]).contains('\u{1b}'), "{args:?}");
        let never = [args, &["--color", "never"]].concat();
        assert!(!run(&never, &[("CLICOLOR_FORCE", "1")]).contains('\u{1b}'), "{args:?} --color never");
        let always = [args, &["--color", "always"]].concat();
        assert!(run(&always, &[]).contains("\u{1b}["), "{args:?} --color always");
        assert!(run(args, &[("CLICOLOR_FORCE", "1")]).contains("\u{1b}["), "{args:?} CLICOLOR_FORCE");
    }
    // A slip in red, a low mood in red too; the words are the same without colour.
    let log = run(&["log", "--color", "always"], &[]);
    assert!(log.contains("\u{1b}[1m\u{1b}[31minitiated"), "{log:?}");
    assert_eq!(run(&["log"], &[]), run(&["log", "--color", "never"], &[]));
}

/// `plan ARGS` on a pseudo-terminal of `cols` × `rows`: whether it
/// succeeded, and what it showed (stdout and stderr, as on a screen).
fn screen_of(env: &Env, args: &str, cols: u16, rows: u16) -> (bool, String) {
    let command = format!("stty cols {cols} rows {rows}; {BIN} {args}");
    let out = env
        .command(&env.today, "script")
        .args(["-qec", &command, "/dev/null"])
        .stdin(std::process::Stdio::null())
        .output()
        .expect("run script (util-linux)");
    (out.status.success(), text(&out.stdout).replace("\r\n", "\n"))
}

/// What a command that succeeds shows on a `cols` × `rows` terminal.
fn on_a_screen(env: &Env, args: &str, cols: u16, rows: u16) -> String {
    let (ok, screen) = screen_of(env, args, cols, rows);
    assert!(ok, "{screen}");
    screen
}

#[test]
fn next_keeps_its_title_on_a_short_screen_and_says_how_to_see_the_rest() {
    let env = Env::new("2026-11-24");
    env.plan(&["start", "--since", "2026-11-10"]).assert().success();
    let screen = on_a_screen(&env, "next --color never", 80, 20);
    let lines: Vec<&str> = screen.lines().collect();
    assert!(lines.len() < 20, "{screen}");
    assert!(lines[0].starts_with("Step 1 of 5: Go quiet"), "{screen}");
    let last = lines.last().unwrap();
    assert!(last.contains("more lines: `plan next | less -R` shows them all."), "{screen}");
    // A tall screen shows it all, and so does a pipe.
    let tall = on_a_screen(&env, "next --color never", 80, 200);
    assert!(!tall.contains("more lines"), "{tall}");
    assert_eq!(tall, env.stdout(&["next"]));
}

#[test]
fn a_narrow_terminal_gets_a_narrow_layout() {
    let env = Env::new("2026-11-24");
    env.plan(&["start", "--since", "2026-11-10"]).assert().success();
    let screen = on_a_screen(&env, "steps --color never", 60, 40);
    assert!(screen.lines().all(|line| line.chars().count() <= 60), "{screen}");
    assert_ne!(screen, env.stdout(&["steps"]), "80 columns in a pipe, 60 on this terminal");
}

#[test]
fn steps_can_be_named_by_their_number() {
    let env = Env::new("2026-11-24");
    env.plan(&["start", "--since", "2026-11-10"]).assert().success();
    env.plan(&["done", "--step", "2", "3"]).assert().success();
    assert_eq!(env.json(&["next", "2", "--json"])["tasks"][2]["done"], true);
    env.plan(&["undo", "2", "3"]).assert().success();
    assert_eq!(env.json(&["next", "focus-on-you", "--json"])["tasks"][2]["done"], false);
    let out = env.plan(&["next", "9"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn completions_offer_the_bundled_playbook_ids() {
    let env = Env::new("2026-11-24");
    let script = env.stdout(&["completions", "bash"]);
    let ids: Vec<&str> = plan::playbook::BUNDLED.iter().map(|(id, _)| *id).collect();
    let offered = format!("compgen -W \"{}\"", ids.join(" "));
    // After `--playbook`, and for `plan switch`.
    assert!(script.contains(&offered), "--playbook completes the ids");
    let switch = &script[script.find("plan__subcmd__switch)").expect("a switch case")..];
    let opts = switch.lines().find(|line| line.trim().starts_with("opts=")).unwrap();
    assert!(ids.iter().all(|id| opts.contains(id)), "{opts}");
    // They are offered, not required: a path is still a playbook.
    let mine = env
        .write("mine.toml", &env.stdout(&["playbook", "export", "four-steps"]).replace("four-steps", "mine"));
    env.plan(&["playbook", "show", mine.to_str().unwrap()]).assert().success();
}

#[test]
fn errors_fit_a_narrow_terminal_and_stay_whole_in_a_pipe() {
    let env = Env::new("2026-11-24");
    env.plan(&["start", "--since", "2026-11-10"]).assert().success();
    let args = "checkin --date 2026-10-01 --mood 3";
    // `script` joins stderr to the screen.
    let (ok, screen) = screen_of(&env, args, 50, 40);
    assert!(!ok, "{screen}");
    assert!(screen.lines().all(|line| line.chars().count() <= 50), "{screen}");
    assert!(screen.starts_with("error: 2026-10-01 is before"), "{screen}");
    let piped = env.plan(&["checkin", "--date", "2026-10-01", "--mood", "3"]).output().unwrap();
    assert_eq!(text(&piped.stderr).lines().count(), 2, "one error line and one hint line in a pipe");
}

#[test]
fn with_plan_home_set_usage_never_shows_home_as_required() {
    let env = Env::new("2026-11-24");
    env.plan(&["start"]).assert().success();
    let out = env.plan(&["contact"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("Usage: plan contact <KIND>"), "{stderr}");
    assert!(!stderr.contains("--home"), "{stderr}");
    // --home still wins over PLAN_HOME.
    let other = env.dir.path().join("other");
    env.plan(&["--home", other.to_str().unwrap(), "start"]).assert().success();
    assert!(other.join("format").exists());
}
