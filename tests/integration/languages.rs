//! Nothing but the words changes with the language: every `--json`, the
//! exports' data, what a hook reads, the files written and the exit codes
//! are the same in English, Spanish, German and the pseudo-locale. And the
//! language is chosen as README.md says: `--lang`, `PLAN_LANG`, then the
//! locale as gettext reads it.

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::Output;

use serde_json::Value;

use crate::harness::{Env, copy_dir, display_width, text};

/// Each language as a person would ask for it: the harness's `LANG=C.UTF-8`
/// (English), and three more.
const LANGUAGES: [Option<&str>; 4] = [None, Some("es"), Some("de"), Some("en-XA")];

fn run(env: &Env, lang: Option<&str>, args: &[&str]) -> Output {
    let mut cmd = env.spawnable(&env.today, args);
    if let Some(lang) = lang {
        cmd.env("PLAN_LANG", lang);
    }
    cmd.output().expect("run plan")
}

/// A plan with something of everything: check-ins with notes, a slip, a
/// look, a reason, an if-then plan, an urge, a readiness check, a task done.
fn lived_in() -> Env {
    let env = Env::started("2026-11-01");
    for (day, mood, urge) in [("2026-11-01", "3", "8"), ("2026-11-02", "4", "6"), ("2026-11-04", "5", "5")] {
        env.plan_on(day, &["checkin", "--mood", mood, "--urge", urge, "--note", "a long day"])
            .assert()
            .success();
    }
    env.plan_on("2026-11-05", &["slip", "--note", "texted at night"]).assert().success();
    env.plan_on("2026-11-07", &["contact", "social-media"]).assert().success();
    env.plan_on("2026-11-08", &["why", "I want to feel steady again"]).assert().success();
    env.plan_on("2026-11-08", &["if", "I want to text them", "I call Sam"]).assert().success();
    env.plan_on("2026-11-09", &["done", "1"]).assert().success();
    env.assess("2026-11-10", None);
    env
}

#[test]
fn every_json_and_every_exports_data_is_the_same_in_every_language() {
    let mut env = lived_in();
    env.today = "2026-11-12".to_owned();
    let commands: &[&[&str]] = &[
        &["status", "--json"],
        &["next", "--json"],
        &["steps", "--json"],
        &["stats", "--json"],
        &["log", "--json"],
        &["why", "--json"],
        &["if", "--json"],
        &["assess", "--list", "--json"],
        &["playbooks", "--json"],
        &["device", "--json"],
        &["archive", "--json"],
        &["export", "--format", "json"],
        &["export", "--format", "csv"],
        // Refusals: the same exit code, whatever they say.
        &["checkin", "--mood", "11"],
        &["done", "--step", "no-such-step"],
        &["log", "--archived", "9"],
        &["calendar", "--month", "2026-13"],
        &["no-such-command"],
    ];
    for (number, args) in commands.iter().enumerate() {
        let english = run(&env, None, args);
        // The first thirteen show data; the rest are refused.
        assert_eq!(english.status.success(), number < 13, "{args:?}: {}", text(&english.stderr));
        for lang in &LANGUAGES[1..] {
            let other = run(&env, *lang, args);
            assert_eq!(
                other.status.code(),
                english.status.code(),
                "{args:?} in {lang:?}: {}",
                text(&other.stderr)
            );
            // An export's JSON names when it was made; all else is the same.
            let (ours, theirs) = (without_time(&english.stdout), without_time(&other.stdout));
            assert_eq!(theirs, ours, "{args:?} in {lang:?}");
            if !english.status.success() {
                assert!(!other.stderr.is_empty(), "{args:?} in {lang:?} says why it failed");
            }
        }
    }
}

/// Output with the moment it was made taken out, if it is JSON that
/// names one (`exported`).
fn without_time(stdout: &[u8]) -> String {
    match serde_json::from_slice::<Value>(stdout) {
        Ok(Value::Object(mut map)) => {
            map.remove("exported");
            Value::Object(map).to_string()
        }
        _ => text(stdout),
    }
}

/// Every event of a plan folder, without the clock that wrote it (each run
/// has its own moment): what a person recorded, and in what order.
fn events(home: &Path) -> Vec<Value> {
    let mut files = Vec::new();
    for device in fs::read_dir(home.join("devices")).unwrap() {
        for file in fs::read_dir(device.unwrap().path()).unwrap() {
            let path = file.unwrap().path();
            if path.extension().is_some_and(|e| e == "jsonl") {
                files.push(path);
            }
        }
    }
    files.sort();
    let mut events = Vec::new();
    for file in files {
        for line in fs::read_to_string(&file).unwrap().lines() {
            let mut event: Value = serde_json::from_str(line).unwrap();
            event.as_object_mut().unwrap().remove("clock");
            events.push(event);
        }
    }
    events
}

#[test]
fn the_files_written_and_what_hooks_read_are_the_same_in_every_language() {
    let base = Env::started("2026-11-01");
    let mut written = Vec::new();
    for lang in LANGUAGES {
        let env = Env::new("2026-11-03");
        copy_dir(base.dir.path(), env.dir.path());
        fs::set_permissions(env.home(), fs::Permissions::from_mode(0o700)).unwrap();
        let hooks = env.home().join("hooks");
        fs::create_dir_all(&hooks).unwrap();
        let payloads = env.dir.path().join("payloads");
        for hook in ["on-checkin", "on-slip", "on-step-complete"] {
            let script = hooks.join(hook);
            fs::write(
                &script,
                format!("#!/bin/sh\ncat >> '{}'\necho >> '{}'\n", payloads.display(), payloads.display()),
            )
            .unwrap();
            fs::set_permissions(&script, fs::Permissions::from_mode(0o700)).unwrap();
        }
        let writes: &[&[&str]] = &[
            &["checkin", "--mood", "2", "--urge", "9", "--note", "the worst day"],
            &["checkin", "--date", "yesterday", "--mood", "5", "--add-note", "better"],
            &["slip", "--note", "called them"],
            &["contact", "logistics", "--note", "keys"],
            &["why", "to be kind to myself"],
            &["if", "I miss them at night", "I write it down"],
            &["done", "1"],
            &["done", "2"],
            &["undo", "2"],
            &["since", "2026-11-02"],
        ];
        for args in writes {
            let out = run(&env, lang, args);
            assert!(out.status.success(), "{args:?} in {lang:?}: {}", text(&out.stderr));
        }
        let payloads = fs::read_to_string(&payloads).unwrap_or_default();
        assert!(payloads.contains("\"checkin\"") || payloads.contains("mood"), "the hooks ran: {payloads}");
        written.push((lang, events(&env.home()), payloads));
    }
    let (_, english_events, english_payloads) = &written[0];
    for (lang, events, payloads) in &written[1..] {
        assert_eq!(events, english_events, "the events written in {lang:?}");
        assert_eq!(without_clocks(payloads), without_clocks(english_payloads), "what hooks read in {lang:?}");
    }
}

/// Hook payloads, each a JSON document, with any `clock` taken out.
fn without_clocks(payloads: &str) -> Vec<Value> {
    payloads
        .lines()
        .filter(|line| !line.trim().is_empty())
        .map(|line| {
            let mut value: Value = serde_json::from_str(line).unwrap_or(Value::String(line.to_owned()));
            if let Some(map) = value.as_object_mut() {
                map.remove("clock");
            }
            value
        })
        .collect()
}

#[test]
fn no_line_overflows_and_no_word_is_cut_in_any_language() {
    let note = "今天很难受，想给他发消息 😢 but I didn't. I walked by the river for an hour and called 妈妈 instead.";
    let mut problems = Vec::new();
    for lang in LANGUAGES {
        let env = Env::new("2026-11-01");
        assert!(run(&env, lang, &["start"]).status.success());
        let mut env = env;
        for (day, mood) in [("2026-11-01", "1"), ("2026-11-02", "1"), ("2026-11-03", "2")] {
            env.today = day.to_owned();
            assert!(
                run(&env, lang, &["checkin", "--mood", mood, "--urge", "9", "--note", note]).status.success()
            );
        }
        env.today = "2026-11-05".to_owned();
        assert!(run(&env, lang, &["slip", "--note", note]).status.success());
        assert!(
            run(&env, lang, &["if", "I want to write to them at night 🌙", "I call my sister 姐姐"])
                .status
                .success()
        );
        let views: &[&[&str]] = &[
            &["status"],
            &["status", "--short"],
            &["next"],
            &["steps"],
            &["log"],
            &["why"],
            &["if"],
            &["urge"],
            &["stats"],
            &["calendar", "--month", "2026-11"],
            &["playbooks"],
            &["device"],
            &["archive"],
            // Not `doctor`: one line a finding, whole, so that its paths can
            // be copied and searched for, as errors are in a pipe.
            &["checkin", "--help"],
            &["--help"],
        ];
        for args in views {
            let wide = run_at(&env, lang, args, 1000);
            let wide_words: Vec<String> = words(&wide);
            for width in [60, 80] {
                let out = run_at(&env, lang, args, width);
                for line in out.lines().filter(|line| display_width(line) > width) {
                    problems.push(format!("{lang:?} {args:?} at {width} columns: {line:?}"));
                }
                // Wrapping moves words to the next line, whole.
                if !matches!(args, ["steps" | "stats" | "--help"] | ["calendar", ..] | ["checkin", "--help"])
                    && words(&out) != wide_words
                {
                    problems.push(format!("{lang:?} {args:?} at {width} columns cuts a word:\n{out}"));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// What a command shows on stdout, laid out for `width` columns (errors
/// on stderr stay whole lines in a pipe; `terminal.rs` lays them out at a
/// terminal).
fn run_at(env: &Env, lang: Option<&str>, args: &[&str], width: usize) -> String {
    let mut cmd = env.spawnable(&env.today, args);
    cmd.env("COLUMNS", width.to_string());
    if let Some(lang) = lang {
        cmd.env("PLAN_LANG", lang);
    }
    let out = cmd.output().expect("run plan");
    assert!(out.status.success(), "{lang:?} {args:?}: {}", text(&out.stderr));
    text(&out.stdout)
}

/// The words of a screen, in order, with the marks that lay it out (rules,
/// bullets, indents) left out.
fn words(screen: &str) -> Vec<String> {
    screen
        .split_whitespace()
        .filter(|word| word.chars().any(char::is_alphanumeric))
        .map(str::to_owned)
        .collect()
}
