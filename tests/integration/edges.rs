//! The promises at the edges, each tried the way it was once broken: as a
//! person at a terminal, a failing disk, an attacker with a writable folder,
//! a pager left open. `faults.rs` fails every file-system call in turn; here
//! each bug has the test that caught it.

use std::fs;
use std::io::Read;
use std::os::unix::fs::{PermissionsExt, symlink};
use std::path::Path;
use std::process::Stdio;
use std::time::{Duration, Instant};

use serde_json::json;

use crate::harness::{Env, assert_refused, require_strace, text};

const TODAY: &str = "2026-11-24";

/// A plan started on 2026-11-01 with a check-in on 11-20, a slip on 11-22,
/// and task 1 ticked: something to lose.
fn lived_in() -> Env {
    let env = Env::new(TODAY);
    env.plan_on("2026-11-01", &["start"]).assert().success();
    env.plan(&["checkin", "--date", "2026-11-20", "--mood", "6", "--note", "a walk"]).assert().success();
    env.plan(&["slip", "--date", "2026-11-22", "--note", "texted them"]).assert().success();
    env.plan(&["done", "1"]).assert().success();
    env
}

// 1. ------------------------------------------------------------------------

/// The slip of the afternoon survives the evening check-in at a terminal:
/// Enter keeps the day's values, and the prompts show them.
#[test]
fn an_interactive_amend_keeps_the_slip() {
    let env = Env::new(TODAY);
    env.plan_on("2026-11-01", &["start"]).assert().success();
    env.plan(&["slip", "--note", "texted them"]).assert().success();
    let before = env.json(&["status", "--json"])["no_contact"].clone();
    let out = env.at_terminal("checkin", "\n\n\n\n");
    let screen = text(&out.stdout);
    assert!(out.status.success(), "{screen}");
    assert!(screen.contains("Any contact today? Type one of: none (or no),"), "{screen}");
    assert!(screen.contains("[initiated]: "), "{screen}");
    assert!(screen.contains("Enter keeps each value as it is"), "{screen}");
    let log = env.json(&["log", "--json"]);
    assert_eq!(
        log,
        json!([{"date": TODAY, "mood": null, "urge": null, "contact": "initiated", "note": "texted them", "notes": ["texted them"]}])
    );
    assert_eq!(env.json(&["status", "--json"])["no_contact"], before, "the reset stands");
    // Answers still change what they answer, and only that.
    env.at_terminal("checkin", "4\n\n\n\n");
    assert_eq!(env.json(&["log", "--json"])[0]["mood"], 4);
    assert_eq!(env.json(&["log", "--json"])[0]["contact"], "initiated");
}

/// `plan checkin --date D` alone at a terminal asks about that day, rather
/// than recording an empty entry.
#[test]
fn checkin_with_only_a_date_asks_at_a_terminal() {
    let env = lived_in();
    let out = env.at_terminal("checkin --date 2026-11-21", "7\n2\n\nquiet\n");
    let screen = text(&out.stdout);
    assert!(out.status.success(), "{screen}");
    assert!(screen.contains("Mood on 2026-11-21, 1 (awful) to 10 (great): "), "{screen}");
    assert_eq!(
        env.log_map(TODAY)["2026-11-21"],
        json!({"date": "2026-11-21", "mood": 7, "urge": 2, "contact": "none", "note": "quiet", "notes": ["quiet"]})
    );
}

/// Ctrl-D at a prompt cancels on a line of its own, and records nothing.
#[test]
fn ctrl_d_at_a_prompt_cancels_cleanly() {
    let env = lived_in();
    let before = env.snapshot();
    let out = env.at_terminal("checkin", "5\n\x04");
    assert_eq!(out.status.code(), Some(1));
    let screen = text(&out.stdout);
    assert!(screen.contains(": \r\nerror: check-in cancelled; nothing was recorded"), "{screen:?}");
    env.assert_unchanged(&before, "a cancelled check-in");
}

// 2. ------------------------------------------------------------------------

/// The folder flush after the commit (the head's rename) fails: the
/// check-in is saved, the error says so, and the plan goes on working.
#[test]
#[ignore = "needs strace (apt-get install strace); CI installs it"]
fn a_failed_flush_after_the_commit_keeps_the_checkin() {
    require_strace();
    let env = lived_in();
    // A check-in to a month with a log flushes the new log, the new head,
    // then this device's folder (after the head's rename: the commit), then
    // the read cache. The third is the folder's; the trace says so.
    let trace = env.dir.path().join("trace");
    let strace = [
        "strace",
        "-f",
        "-qq",
        "-y",
        "-o",
        trace.to_str().unwrap(),
        "-e",
        "trace=fsync,rename",
        "-e",
        "inject=fsync:error=EIO:when=3",
    ];
    let out =
        env.wrapped(TODAY, &strace, &["checkin", "--mood", "5", "--date", "2026-11-23"]).output().unwrap();
    assert_refused(&out, 1, &["the check-in for 2026-11-23 was saved", "Input/output error"], "flush fails");
    let trace = fs::read_to_string(&trace).unwrap();
    let calls: Vec<&str> =
        trace.lines().filter(|line| line.contains("fsync(") || line.contains("rename(")).collect();
    let failed = calls.iter().position(|line| line.contains("(INJECTED)")).expect("an injected fsync");
    let folder = format!("<{}>)", env.device_dir().display());
    assert!(
        calls[failed].contains(&folder),
        "the failed fsync is of this device's folder: {}",
        calls[failed]
    );
    assert!(
        calls[..failed].iter().any(|line| line.contains("rename(") && line.ends_with("/head\") = 0")),
        "the folder flush that failed came after the head's rename: {calls:#?}"
    );
    assert_eq!(env.log_map(TODAY)["2026-11-23"]["mood"], 5);
    env.plan(&["checkin", "--urge", "2", "--date", "2026-11-23"]).assert().success();
    assert_eq!(env.log_map(TODAY)["2026-11-23"]["urge"], 2);
    env.plan(&["doctor"]).assert().success();
    let out = env.plan(&["doctor", "--restore"]).output().unwrap();
    assert_refused(&out, 1, &["nothing to restore"], "restore after a saved check-in");
}

// 3. ------------------------------------------------------------------------

/// `start --force` on a full disk leaves the old plan whole and says
/// nothing of an archive.
#[test]
#[ignore = "needs strace (apt-get install strace); CI installs it"]
fn start_force_on_a_full_disk_keeps_the_old_plan() {
    require_strace();
    let env = lived_in();
    let status = env.json(&["status", "--json"]);
    let before = env.snapshot();
    let strace = [
        "strace",
        "-f",
        "-qq",
        "-o",
        "/dev/null",
        "-e",
        "trace=write",
        "-e",
        "inject=write:error=ENOSPC:when=1",
    ];
    let out = env.wrapped(TODAY, &strace, &["start", "--force"]).output().unwrap();
    let stderr = assert_refused(&out, 1, &["No space left on device"], "start --force, disk full");
    assert!(!stderr.contains("archived"), "{stderr}");
    env.assert_unchanged(&before, "a failed start --force");
    assert_eq!(env.json(&["status", "--json"]), status);
}

/// The names in a folder, sorted.
fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> =
        fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    names.sort();
    names
}

/// `start --force` on a plan still in layout 2 moves it to logs and
/// archives it whole: `plan archive` lists it and `log --archived 1` shows
/// every check-in. Nothing of it stays beside the new plan: its old files
/// are kept aside until the next change, and its kept copies
/// (`state.json.schemaN`, `state.json.damaged.N`) for good.
#[test]
fn start_force_leaves_nothing_of_the_old_plan_behind() {
    let env = Env::from_fixture("layout2", TODAY);
    let home = env.home();
    let state = fs::read(home.join("state.json")).unwrap();
    fs::write(home.join("state.json.schema1"), b"as schema 1 wrote it").unwrap();
    fs::write(home.join("state.json.damaged.1"), b"\x00 damaged once").unwrap();
    let old_log = env.json(&["log", "--json"]);
    assert_eq!(old_log.as_array().map(Vec::len), Some(4));
    let out = env.plan(&["start", "--force"]).output().unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).starts_with("The old plan is archived, whole: `plan archive` lists it.\n"),
        "{}",
        text(&out.stdout)
    );
    let kept = home.join("migrated-from-layout-2");
    assert!(text(&out.stderr).contains(&kept.display().to_string()), "{}", text(&out.stderr));
    assert_eq!(names_in(&home), ["devices", "format", "migrated-from-layout-2"]);
    assert_eq!(
        names_in(&kept),
        ["checkins", "lock", "state.json", "state.json.bak", "state.json.damaged.1", "state.json.schema1"]
    );
    assert_eq!(fs::read(kept.join("state.json")).unwrap(), state);
    let archived = env.json(&["archive", "--json"]);
    assert_eq!(archived.as_array().map(Vec::len), Some(1), "{archived}");
    assert_eq!(
        (&archived[0]["playbook"], &archived[0]["started"], &archived[0]["ended"], &archived[0]["checkins"]),
        (&json!("four-steps"), &json!("2026-10-01"), &json!(TODAY), &json!(4))
    );
    assert_eq!(env.json(&["log", "--archived", "1", "--json"]), old_log, "the old plan, whole");
    assert_eq!(env.json(&["log", "--json"]), json!([]), "the new plan starts empty");
    assert_eq!(env.json(&["status", "--json"])["started"], TODAY);
    // The next change takes the old files away, but for the kept copies.
    env.plan(&["checkin", "--mood", "5"]).assert().success();
    assert_eq!(names_in(&home), ["devices", "format", "migrated-from-layout-2"]);
    assert_eq!(names_in(&kept), ["state.json.damaged.1", "state.json.schema1"]);
    assert_eq!(fs::read(kept.join("state.json.schema1")).unwrap(), b"as schema 1 wrote it");
    assert_eq!(fs::read(kept.join("state.json.damaged.1")).unwrap(), b"\x00 damaged once");
    assert_eq!(env.json(&["log", "--archived", "1", "--json"]), old_log, "the old plan, still whole");
    assert_eq!(env.json(&["log", "--json"]).as_array().map(Vec::len), Some(1));
}

// 4. ------------------------------------------------------------------------

/// Every file `plan` creates is created with `O_EXCL`, so a link planted at
/// its name can never be written through; and no name is the process id.
#[test]
#[ignore = "needs strace (apt-get install strace); CI installs it"]
fn new_files_are_never_opened_through_a_link() {
    require_strace();
    let env = lived_in();
    let trace = env.dir.path().join("trace");
    let strace = ["strace", "-f", "-qq", "-e", "trace=openat,open,creat", "-o", trace.to_str().unwrap()];
    for args in [&["checkin", "--mood", "3"][..], &["done", "2"], &["start", "--force"]] {
        let out = env.wrapped(TODAY, &strace, args).output().unwrap();
        assert!(out.status.success(), "{}", text(&out.stderr));
        let trace = fs::read_to_string(&trace).unwrap();
        let home = env.home().display().to_string();
        for line in trace.lines().filter(|line| line.contains(&home) && line.contains("O_CREAT")) {
            let lock = line.contains("/lock\"");
            assert!(lock || line.contains("O_EXCL"), "created without O_EXCL: {line}");
            assert!(line.contains("O_NOFOLLOW"), "opened following links: {line}");
        }
    }
}

/// `devices/`, or this device's folder in it, made a link to someone
/// else's folder (holding a copy of the real one, to tempt a write) is
/// refused by every command: the link is never followed, and that folder
/// keeps its mode and every file in it as it was.
#[test]
fn a_checkins_link_is_refused_and_its_target_left_alone() {
    for link in ["devices", "device folder"] {
        let env = Env::new(TODAY);
        env.plan_on("2026-11-01", &["start"]).assert().success();
        env.plan(&["checkin", "--mood", "6"]).assert().success();
        let real = if link == "devices" { env.home().join("devices") } else { env.device_dir() };
        let victim = env.dir.path().join("victim");
        fs::rename(&real, &victim).unwrap();
        fs::set_permissions(&victim, fs::Permissions::from_mode(0o755)).unwrap();
        fs::write(victim.join("notes.txt"), "theirs").unwrap();
        symlink(&victim, &real).unwrap();
        let mut theirs = crate::harness::Snapshot::new();
        for entry in fs::read_dir(&victim).unwrap().flatten() {
            let path = entry.path();
            let bytes = if path.is_dir() { Vec::new() } else { fs::read(&path).unwrap() };
            theirs.insert(path, bytes);
        }
        let said = format!("{} is a symbolic link, not a folder", real.display());
        let before = env.snapshot();
        for args in
            [&["checkin", "--mood", "5"][..], &["status"], &["log"], &["done", "2"], &["start", "--force"]]
        {
            let out = env.plan(args).output().unwrap();
            assert_refused(&out, 1, &[&said], &format!("{link} a link: plan {args:?}"));
            env.assert_unchanged(&before, &format!("{link} a link: plan {args:?}"));
        }
        assert_eq!(fs::metadata(&victim).unwrap().permissions().mode() & 0o7777, 0o755);
        for (path, bytes) in &theirs {
            if !path.is_dir() {
                assert_eq!(&fs::read(path).unwrap(), bytes, "{link} a link: {} was touched", path.display());
            }
        }
        assert_eq!(
            fs::read_dir(&victim).unwrap().count(),
            theirs.len(),
            "{link} a link: files added or removed"
        );
        let out = env.plan(&["doctor"]).output().unwrap();
        assert_eq!(out.status.code(), Some(1), "{link} a link: doctor finds it");
        assert!(
            text(&out.stdout).contains(&format!("{} is a symbolic link", real.display())),
            "{}",
            text(&out.stdout)
        );
    }
}

/// A head, a log or the `format` file replaced by a link is refused, not
/// followed: by whatever needs that file, changing nothing, and the file the
/// link names is left as it was.
#[test]
fn a_state_that_is_a_link_is_refused() {
    let cases: [(&str, &[&str]); 4] = [
        ("head", &["status"]),
        ("2026-11.jsonl", &["log"]),
        ("plan.jsonl", &["done", "2"]),
        ("format", &["status"]),
    ];
    for (name, reader) in cases {
        let env = lived_in();
        let path = if name == "format" { env.home().join(name) } else { env.device_dir().join(name) };
        let elsewhere = env.dir.path().join("elsewhere");
        fs::rename(&path, &elsewhere).unwrap();
        symlink(&elsewhere, &path).unwrap();
        let target = fs::read(&elsewhere).unwrap();
        let said = format!("{} is a symbolic link, not a regular file", path.display());
        let before = env.snapshot();
        let writer: &[&str] = if name == "plan.jsonl" { &["done", "2"] } else { &["checkin", "--mood", "5"] };
        for args in [reader, writer] {
            let out = env.plan(args).output().unwrap();
            assert_refused(&out, 1, &[&said], &format!("{name} a link: plan {args:?}"));
            env.assert_unchanged(&before, &format!("{name} a link: plan {args:?}"));
        }
        assert!(fs::symlink_metadata(&path).unwrap().file_type().is_symlink(), "{name}: the link stays");
        assert_eq!(fs::read(&elsewhere).unwrap(), target, "{name}: the file it names is untouched");
    }
}

// 6. and 7. -----------------------------------------------------------------

/// A state from a newer `plan` (layout 2), or a plan folder laid out by one
/// (a `format` of a later layout), is never replaced: doctor says to
/// upgrade, and `--restore` refuses, changing nothing.
#[test]
fn a_newer_state_is_never_restored_over() {
    let env = Env::from_fixture("layout2", TODAY);
    let path = env.home().join("state.json");
    let mut state: serde_json::Value = serde_json::from_slice(&fs::read(&path).unwrap()).unwrap();
    state["schema"] = 3.into();
    fs::write(&path, serde_json::to_vec(&state).unwrap()).unwrap();
    let before = env.snapshot();
    let out = env.plan(&["doctor"]).output().unwrap();
    let report = text(&out.stdout);
    assert!(report.contains("was written by a newer plan (state schema 3"), "{report}");
    assert!(report.contains("fix: upgrade plan to open it"), "{report}");
    assert!(!report.contains("--restore"), "{report}");
    let out = env.plan(&["doctor", "--restore"]).output().unwrap();
    assert_refused(&out, 1, &["newer plan"], "restore over a newer state");
    env.assert_unchanged(&before, "doctor and --restore on a newer state");

    let env = lived_in();
    let path = env.home().join("format");
    let mut format: serde_json::Value = serde_json::from_slice(&fs::read(&path).unwrap()).unwrap();
    assert_eq!(format["layout"], 3);
    format["layout"] = 4.into();
    fs::write(&path, serde_json::to_vec(&format).unwrap()).unwrap();
    let said = format!(
        "error: {} says this plan folder is laid out by a newer plan (layout 4; this one knows up to 3)\n\
         hint: nothing was changed; upgrade plan to open it\n",
        path.display()
    );
    for args in [
        &["doctor"][..],
        &["doctor", "--restore"],
        &["status"],
        &["checkin", "--mood", "5"],
        &["start", "--force"],
    ] {
        env.assert_refuses(args, 1, &said);
    }
}

/// `doctor --restore` from a backup an older `plan` wrote (layout 2, state
/// schema 1) moves the plan to logs and keeps that backup's bytes as
/// `state.json.schema1`, for good, beside the damaged state.
#[test]
fn restoring_a_schema_1_backup_keeps_its_original() {
    let env = Env::new("2026-10-20");
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/schema1");
    fs::create_dir(env.home()).unwrap();
    fs::set_permissions(env.home(), fs::Permissions::from_mode(0o700)).unwrap();
    fs::create_dir(env.home().join("checkins")).unwrap();
    for name in ["lock", "checkins/2026-10.2.json"] {
        fs::copy(fixture.join(name), env.home().join(name)).unwrap();
    }
    let original = fs::read(fixture.join("state.json")).unwrap();
    fs::write(env.home().join("state.json.bak"), &original).unwrap();
    fs::write(env.home().join("state.json"), b"\x00garbage").unwrap();
    let (out, note) = env.outputs(&["doctor", "--restore"]);
    let kept = env.home().join("migrated-from-layout-2");
    assert!(note.starts_with("note: the plan now keeps a log for each device"), "{note}");
    assert!(out.contains("Restored the plan with all 2 check-ins."), "{out}");
    assert!(
        out.contains(&format!(
            "Kept the damaged file aside as {}.",
            kept.join("state.json.damaged.1").display()
        )),
        "{out}"
    );
    assert!(env.home().join("format").is_file(), "the restored plan is in logs");
    assert!(!env.home().join("state.json").exists());
    assert_eq!(fs::read(kept.join("state.json.schema1")).unwrap(), original);
    let status = env.json(&["status", "--json"]);
    assert_eq!((&status["checkins"], &status["no_contact"]["since"]), (&2.into(), &"2026-10-08".into()));
    env.plan(&["checkin", "--mood", "6"]).assert().success();
    assert_eq!(fs::read(kept.join("state.json.schema1")).unwrap(), original, "kept for good");
    assert_eq!(fs::read(kept.join("state.json.damaged.1")).unwrap(), b"\x00garbage", "kept for good");
    assert_eq!(env.json(&["status", "--json"])["checkins"], 3);
}

// 8. ------------------------------------------------------------------------

const HOSTILE: &str = "Nice\u{1b}]0;owned\u{7}\u{1b}[2J\u{9b}31m\u{1b}]52;c;ZXZpbA==\u{7}";

/// Escape sequences in a playbook or a note are shown, never obeyed; JSON
/// keeps them exactly; `playbook check` warns.
#[test]
fn escape_sequences_are_shown_never_obeyed() {
    let env = Env::new(TODAY);
    let escaped =
        HOSTILE.replace('\u{1b}', "\\u001b").replace('\u{7}', "\\u0007").replace('\u{9b}', "\\u009b");
    let playbook = format!(
        "id = \"hostile\"\ntitle = \"{escaped}\"\n\n[[steps]]\nid = \"one\"\ntitle = \"{escaped}\"\n\
         phase = \"no-contact\"\nsummary = \"{escaped}\"\ntasks = [\"{escaped}\"]\n"
    );
    let path = env.write("hostile.toml", &playbook);
    let path = path.to_str().unwrap();
    let out = env.plan(&["playbook", "check", path]).output().unwrap();
    assert!(out.status.success());
    assert!(
        text(&out.stderr).contains("step 1 (one) title holds control characters"),
        "{}",
        text(&out.stderr)
    );
    env.plan(&["start", "--playbook", path]).assert().success();
    env.plan(&["checkin", "--mood", "3", "--note", HOSTILE]).assert().success();
    for args in [
        &["status"][..],
        &["next"],
        &["steps"],
        &["log"],
        &["playbook", "show", path],
        &["start", "--force", "--playbook", path],
    ] {
        let out = env.plan(args).output().unwrap();
        for stream in [&out.stdout, &out.stderr] {
            let shown = text(stream);
            assert!(
                !shown.chars().any(|c| (c.is_control() && c != '\n') || ('\u{80}'..='\u{9f}').contains(&c)),
                "plan {args:?} printed a control character: {shown:?}"
            );
        }
    }
    assert!(env.stdout(&["status"]).starts_with("Nice^[]0;owned^G^[[2J<U+009B>31m"));
    assert_eq!(env.json(&["status", "--json"])["playbook"]["title"], HOSTILE, "JSON stays exact");
    let broken = env.write("broken.toml", &format!("id = \"x\"\ntitle = \"a\"\n{HOSTILE} = 1\n"));
    let out = env.plan(&["playbook", "check", broken.to_str().unwrap()]).output().unwrap();
    assert!(
        !text(&out.stderr).contains('\u{1b}'),
        "a TOML snippet is shown harmless: {:?}",
        text(&out.stderr)
    );
}

// 9, 10 and 11. -------------------------------------------------------------

/// Hold the plan's lock (in the cache folder) from this test, as
/// `flock -x lock sleep 300` would.
fn hold_lock(env: &Env) -> fs::File {
    let lock = fs::File::options().write(true).open(env.lock_path()).unwrap();
    lock.lock().unwrap();
    lock
}

/// With the lock held for ever: `status` (which runs in prompts) answers at
/// once; a writer gives up after `--lock-timeout` with a message that names
/// the lock file.
#[test]
fn a_held_lock_never_hangs_anyone() {
    let env = lived_in();
    let _held = hold_lock(&env);
    for args in [&["status"][..], &["status", "--short"], &["next"], &["steps"]] {
        let started = Instant::now();
        env.plan(args).timeout(Duration::from_secs(5)).assert().success();
        assert!(started.elapsed() < Duration::from_secs(3), "plan {args:?} waited on the lock");
    }
    let lock = env.lock_path();
    for args in [&["checkin", "--mood", "5", "--lock-timeout", "0.3"][..], &["log", "--lock-timeout", "0.3"]]
    {
        let before = env.snapshot();
        let out = env.plan(args).timeout(Duration::from_secs(10)).output().unwrap();
        assert_eq!(out.status.code(), Some(1));
        assert_eq!(
            text(&out.stderr),
            format!(
                "waiting for another plan to finish…\nerror: another run of plan has held {} for 0.3 seconds; \
                 gave up waiting\nhint: nothing was changed. If no other plan is running, look for one left open \
                 (a pager, a stopped job: `jobs`); --lock-timeout SECONDS waits longer\n",
                lock.display()
            )
        );
        env.assert_unchanged(&before, "a writer that gave up");
    }
}

/// `plan log | less`, left open, does not block the next check-in: the
/// reader lets go of the lock before it prints.
#[test]
fn a_reader_left_printing_blocks_no_one() {
    let env = Env::new(TODAY);
    env.plan_on("2026-01-01", &["start"]).assert().success();
    let note = "x".repeat(2000);
    for day in 1..=60 {
        let date = format!("2026-{:02}-{:02}", (day - 1) / 28 + 1, (day - 1) % 28 + 1);
        env.plan(&["checkin", "--date", &date, "--mood", "5", "--note", &note]).assert().success();
    }
    // More than a pipe holds, and nobody reads it.
    let mut pager =
        env.spawnable(TODAY, &["log"]).stdout(Stdio::piped()).stderr(Stdio::null()).spawn().unwrap();
    std::thread::sleep(Duration::from_millis(300));
    assert!(pager.try_wait().unwrap().is_none(), "log should be stuck writing to a full pipe");
    env.plan(&["checkin", "--mood", "4", "--lock-timeout", "2"])
        .timeout(Duration::from_secs(10))
        .assert()
        .success();
    let mut shown = String::new();
    pager.stdout.take().unwrap().read_to_string(&mut shown).unwrap();
    assert!(pager.wait().unwrap().success());
    assert!(shown.len() > 100_000);
}

/// `doctor` under a storm of check-ins sees no false problems: it reads
/// under the lock.
#[test]
fn doctor_during_checkins_finds_nothing_wrong() {
    let env = Env::new("2026-12-31");
    env.plan_on("2026-11-01", &["start"]).assert().success();
    let writers: Vec<_> = (0..30)
        .map(|i| {
            let date = format!("2026-11-{:02}", i % 30 + 1);
            env.spawnable("2026-12-31", &["checkin", "--date", &date, "--mood", "5"])
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .unwrap()
        })
        .collect();
    for _ in 0..20 {
        let out = env.plan_on("2026-12-31", &["doctor"]).output().unwrap();
        assert!(out.status.success(), "doctor during check-ins: {}{}", text(&out.stdout), text(&out.stderr));
    }
    for mut writer in writers {
        assert!(writer.wait().unwrap().success());
    }
}

/// Check-ins racing a `start --force` never find "no plan": whether a plan
/// exists is decided under the lock.
#[test]
fn writers_racing_start_force_always_find_a_plan() {
    let env = Env::new(TODAY);
    env.plan_on("2026-11-01", &["start"]).assert().success();
    for round in 0..5 {
        let mut runs = vec![
            env.spawnable(TODAY, &["start", "--force"])
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap(),
        ];
        for i in 0..6 {
            let args: &[&str] = if i % 2 == 0 { &["checkin", "--mood", "5"] } else { &["done", "1"] };
            runs.push(
                env.spawnable(TODAY, args).stdout(Stdio::null()).stderr(Stdio::piped()).spawn().unwrap(),
            );
        }
        for run in runs {
            let out = run.wait_with_output().unwrap();
            assert!(out.status.success(), "round {round}: {}", text(&out.stderr));
        }
    }
}

// 12. -----------------------------------------------------------------------

/// A change that is saved but cannot be printed says it was saved.
#[test]
fn a_saved_change_that_cannot_be_printed_says_it_was_saved() {
    let env = lived_in();
    let full = fs::File::options().write(true).open("/dev/full").unwrap();
    let out = env.spawnable(TODAY, &["checkin", "--mood", "3"]).stdout(full).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        text(&out.stderr),
        format!(
            "error: the check-in for {TODAY} was saved, but printing what was done failed: No space left on \
             device (os error 28)\n"
        )
    );
    assert_eq!(env.log_map(TODAY)[TODAY]["mood"], 3);
}

// 13. -----------------------------------------------------------------------

/// A device, a FIFO or a huge file is not a playbook: refused at once.
#[test]
fn playbook_reads_have_limits() {
    let env = Env::new(TODAY);
    env.plan(&["playbook", "check", "/dev/zero"]).timeout(Duration::from_secs(5)).assert().code(1).stderr(
        "error: could not read playbook /dev/zero: it is a device, not a regular file\n\
         hint: give a path to a .toml file, or a playbook id from `plan playbooks`\n",
    );
    let fifo = env.dir.path().join("pipe.toml");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(made.success());
    let out = env
        .plan(&["playbook", "check", fifo.to_str().unwrap()])
        .timeout(Duration::from_secs(5))
        .output()
        .unwrap();
    assert_refused(&out, 1, &["it is a FIFO, not a regular file"], "a FIFO");
    let big = env.write("big.toml", &"# padding\n".repeat(120_000));
    let out = env.plan(&["playbook", "check", big.to_str().unwrap()]).output().unwrap();
    assert_refused(&out, 1, &["it is 1200000 bytes, and a playbook is at most 1024 KiB"], "1.2 MB");
    // A FIFO among the person's playbooks hangs neither the list nor start.
    env.plan(&["start"]).assert().success();
    fs::create_dir(env.home().join("plans")).unwrap();
    let made =
        std::process::Command::new("mkfifo").arg(env.home().join("plans/stuck.toml")).status().unwrap();
    assert!(made.success());
    let out = env.plan(&["playbooks"]).timeout(Duration::from_secs(5)).output().unwrap();
    assert!(out.status.success());
    assert!(
        text(&out.stderr).contains("stuck.toml: it is a FIFO, not a regular file"),
        "{}",
        text(&out.stderr)
    );
    env.plan(&["start", "--force", "--playbook", "mine"]).timeout(Duration::from_secs(5)).assert().code(1);
}

// 15. -----------------------------------------------------------------------

/// doctor's suggested commands are quoted for the shell, whatever the
/// folder is called.
#[test]
fn doctors_commands_are_quoted_for_the_shell() {
    let env = Env::new(TODAY);
    let home = env.dir.path().join("it's'; touch x; echo '");
    env.plan(&["start", "--home", home.to_str().unwrap()]).assert().success();
    let head = home.join("devices").join(env.device_id()).join("head");
    fs::set_permissions(&head, fs::Permissions::from_mode(0o644)).unwrap();
    let out = env.plan(&["doctor", "--home", home.to_str().unwrap()]).output().unwrap();
    let report = text(&out.stdout);
    let fix = report.lines().find(|line| line.contains("fix: chmod 600")).expect("a chmod fix");
    let command = fix.trim_start().trim_start_matches("fix: ");
    let ran =
        std::process::Command::new("sh").arg("-c").arg(command).current_dir(env.dir.path()).status().unwrap();
    assert!(ran.success(), "{command}");
    assert!(!env.dir.path().join("x").exists(), "the suggested command ran `touch x`: {command}");
    assert_eq!(fs::metadata(&head).unwrap().permissions().mode() & 0o777, 0o600);
    let out = env.plan(&["doctor", "--home", home.to_str().unwrap()]).output().unwrap();
    assert!(out.status.success(), "doctor after the fix: {}", text(&out.stdout));
}

/// `plan ARGS` on `TODAY` as a second device sharing the plan folder: its
/// own config folder (so its own id) and cache folder.
fn as_other_device(env: &Env, args: &[&str]) -> std::process::Output {
    let other = env.dir.path().join("other-device");
    env.spawnable(TODAY, args)
        .env("XDG_CONFIG_HOME", other.join(".config"))
        .env("XDG_CACHE_HOME", other.join(".cache"))
        .output()
        .unwrap()
}

/// The second device's folder in `devices/`.
fn other_device_dir(env: &Env) -> std::path::PathBuf {
    let path = env.dir.path().join("other-device/.config/plan/device.json");
    let device: serde_json::Value = serde_json::from_slice(&fs::read(path).unwrap()).unwrap();
    env.home().join("devices").join(device["id"].as_str().unwrap())
}

/// Only folders in `devices/` named as a device id (16 lowercase hex
/// digits) are read, so no name leads a read anywhere else: a folder named
/// otherwise, however plan-like, is never read nor written. A head that
/// names another device than its folder's is refused.
#[test]
fn a_month_key_that_climbs_out_is_damage() {
    let env = lived_in();
    let log = env.json(&["log", "--json"]);
    let status = env.json(&["status", "--json"]);
    let devices = env.home().join("devices");
    // Copies of this device's folder under names that are not device ids,
    // each with a committed check-in that must never show.
    let names =
        ["0123456789ABCDEF", "0123456789abcde", "0123456789abcdef0", "g123456789abcdef", ".0123456789abcdef"];
    for name in names {
        let dir = devices.join(name);
        crate::harness::copy_dir(&env.device_dir(), &dir);
        let mut head = env.head();
        let seq = head["seq"].as_u64().unwrap() + 1;
        head["device"] = name.into();
        head["seq"] = seq.into();
        head["files"]["2026-11.jsonl"] = seq.into();
        fs::write(dir.join("head"), head.to_string()).unwrap();
        let mut month = fs::read_to_string(dir.join("2026-11.jsonl")).unwrap();
        let first: serde_json::Value = serde_json::from_str(month.lines().next().unwrap()).unwrap();
        let event = json!({"seq": seq, "clock": [first["clock"][0].as_u64().unwrap() + 1, 0], "plan": first["plan"],
            "type": "checkin", "date": "2026-11-23", "mood": 1, "note": name});
        month = format!("{month}{event}\n");
        fs::write(dir.join("2026-11.jsonl"), month).unwrap();
    }
    let theirs: Vec<crate::harness::Snapshot> = names
        .iter()
        .map(|name| {
            env.snapshot().into_iter().filter(|(path, _)| path.starts_with(devices.join(name))).collect()
        })
        .collect();
    let _ = fs::remove_dir_all(env.cache_dir());
    assert_eq!(env.json(&["log", "--json"]), log, "a folder not named as a device is never read");
    assert_eq!(env.json(&["status", "--json"]), status);
    let out = env.plan(&["doctor"]).output().unwrap();
    assert!(out.status.success(), "{}", text(&out.stdout));
    env.plan(&["checkin", "--date", "2026-11-23", "--mood", "5"]).assert().success();
    assert_eq!(env.log_map(TODAY)["2026-11-23"]["mood"], 5);
    for (name, theirs) in names.iter().zip(&theirs) {
        let now: crate::harness::Snapshot =
            env.snapshot().into_iter().filter(|(path, _)| path.starts_with(devices.join(name))).collect();
        assert!(now == *theirs, "{name} was written");
    }

    // A device's folder whose head names another device.
    let env = lived_in();
    let own = env.device_id();
    let copy = env.home().join("devices/fedcba9876543210");
    crate::harness::copy_dir(&env.device_dir(), &copy);
    let said = format!("{} belongs to device {own}, not fedcba9876543210", copy.join("head").display());
    let before = env.snapshot();
    for args in [&["status"][..], &["log"], &["checkin", "--mood", "5"], &["start", "--force"]] {
        let out = env.plan(args).output().unwrap();
        assert_refused(&out, 1, &[&said], &format!("a head naming another device: plan {args:?}"));
        env.assert_unchanged(&before, &format!("a head naming another device: plan {args:?}"));
    }
    // And this device's own head naming another.
    fs::remove_dir_all(&copy).unwrap();
    let mut head = env.head();
    head["device"] = "fedcba9876543210".into();
    fs::write(env.device_dir().join("head"), head.to_string()).unwrap();
    let said =
        format!("{} belongs to device fedcba9876543210, not {own}", env.device_dir().join("head").display());
    let before = env.snapshot();
    for args in [&["status"][..], &["log"], &["checkin", "--mood", "5"], &["start", "--force"]] {
        let out = env.plan(args).output().unwrap();
        assert_refused(&out, 1, &[&said], &format!("own head naming another device: plan {args:?}"));
        env.assert_unchanged(&before, &format!("own head naming another device: plan {args:?}"));
    }
}

/// An event of a kind this plan does not know, as a newer `plan` on another
/// device writes, says so rather than "damaged", changes nothing, and is
/// never restored over; so does a plan folder of a later layout.
#[test]
fn a_month_file_from_a_newer_plan_says_so() {
    let env = lived_in();
    let out = as_other_device(&env, &["checkin", "--date", "2026-11-23", "--mood", "4"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(env.log_map(TODAY)["2026-11-23"]["mood"], 4, "the other device's check-in is read");
    let month = other_device_dir(&env).join("2026-11.jsonl");
    let text_of = fs::read_to_string(&month).unwrap();
    assert_eq!(text_of.lines().count(), 1);
    fs::write(&month, text_of.replace("\"type\":\"checkin\"", "\"type\":\"mood-scale\"")).unwrap();
    let _ = fs::remove_dir_all(env.cache_dir());
    let said = format!(
        "{} has an event this plan does not know on line 1 (written by a newer plan?)",
        month.display()
    );
    let before = env.snapshot();
    for args in [&["status"][..], &["log"], &["log", "--json"]] {
        let out = env.plan(args).output().unwrap();
        let stderr = assert_refused(&out, 1, &[&said], &format!("a newer event: plan {args:?}"));
        assert!(stderr.ends_with("hint: nothing was changed; upgrade plan to open it\n"), "{stderr}");
        env.assert_unchanged(&before, &format!("a newer event: plan {args:?}"));
    }

    // In this device's own log (a newer plan ran here, then an older one):
    // never put back from its backup over the newer event.
    let env = lived_in();
    let month = env.device_dir().join("2026-11.jsonl");
    let text_of = fs::read_to_string(&month).unwrap();
    fs::write(&month, text_of.replacen("\"type\":\"checkin\"", "\"type\":\"mood-scale\"", 1)).unwrap();
    let before = env.snapshot();
    let out = env.plan(&["log"]).output().unwrap();
    let stderr = assert_refused(&out, 1, &["has an event this plan does not know"], "own newer event");
    assert!(stderr.ends_with("hint: nothing was changed; upgrade plan to open it\n"), "{stderr}");
    let out = env.plan(&["doctor", "--restore"]).output().unwrap();
    assert_refused(&out, 1, &["newer plan"], "restore over a newer event");
    env.assert_unchanged(&before, "log and doctor --restore on a newer event");

    // A plan folder laid out by a newer plan.
    let env = lived_in();
    let path = env.home().join("format");
    let mut format: serde_json::Value = serde_json::from_slice(&fs::read(&path).unwrap()).unwrap();
    format["layout"] = 4.into();
    fs::write(&path, serde_json::to_vec(&format).unwrap()).unwrap();
    let out = env.plan(&["log"]).output().unwrap();
    let stderr = assert_refused(
        &out,
        1,
        &["laid out by a newer plan (layout 4; this one knows up to 3)"],
        "newer layout",
    );
    assert!(stderr.ends_with("hint: nothing was changed; upgrade plan to open it\n"), "{stderr}");
}

/// `log --days N` with only older check-ins says none fall in the window.
#[test]
fn log_days_says_when_the_window_is_empty() {
    let env = lived_in();
    assert_eq!(
        env.stdout_on("2026-12-20", &["log", "--days", "3"]),
        "No check-ins in the last 3 days; 2 in all. `plan log` shows them.\n"
    );
}

/// Two playbooks in `plans/` with one id: a warning names both files.
#[test]
fn two_playbooks_with_one_id_are_named() {
    let env = Env::started(TODAY);
    let text_of = |title: &str| {
        format!(
            "id = \"mine\"\ntitle = \"{title}\"\n\n[[steps]]\nid = \"a\"\ntitle = \"A\"\nphase = \"talk\"\nsummary = \"s\"\n"
        )
    };
    fs::create_dir(env.home().join("plans")).unwrap();
    fs::write(env.home().join("plans/a.toml"), text_of("First")).unwrap();
    fs::write(env.home().join("plans/b.toml"), text_of("Second")).unwrap();
    let out = env.plan(&["playbooks"]).output().unwrap();
    let plans = env.home().join("plans");
    assert_eq!(
        text(&out.stderr),
        format!(
            "warning: {b} and {a} both have the id `mine`; {a} is used, so give {b} an id of its own\n",
            a = plans.join("a.toml").display(),
            b = plans.join("b.toml").display()
        )
    );
    assert_eq!(text(&out.stdout).matches("mine ").count(), 1);
}

/// The words of a few small messages: plurals and full stops.
#[test]
fn small_messages_read_right() {
    let env = Env::new(TODAY);
    let one = env.write(
        "one.toml",
        "id = \"one\"\ntitle = \"One\"\n\n[[steps]]\nid = \"a\"\ntitle = \"A\"\nphase = \"talk\"\nsummary = \"s\"\n\n\
         [[steps]]\nid = \"b\"\ntitle = \"B\"\nphase = \"talk\"\nsummary = \"s\"\n\n\
         [[steps]]\nid = \"c\"\ntitle = \"C\"\nphase = \"talk\"\nsummary = \"s\"\nafter = [\"a\", \"b\"]\n",
    );
    env.plan(&["start", "--playbook", one.to_str().unwrap()]).assert().success();
    env.assert_refuses(
        &["done", "c"],
        1,
        "error: step 3 “C” (`c`) comes after step 1 “A” (`a`) and step 2 “B” (`b`), which are not done yet\n\
         hint: `plan steps` shows which steps are current\n",
    );
    for _ in 0..3 {
        env.plan(&["done"]).assert().success();
    }
    assert!(env.stdout(&["status"]).contains("  All 3 steps done. Well done for getting here.\n"));
}
