//! Copies, twins and logs that go backwards (issue 16, cases 8 to 11): a
//! small sync engine that copies chosen files of one machine's plan folder
//! into another's, one at a time, in the order a real engine may deliver
//! them (a log before its head, a head before its log, a conflict copy, a
//! folder restored from an old backup). Each machine is a world of its own:
//! its plan folder, its config folder (device id, key) and its cache.

use std::fs;
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::harness::{Env, assert_refused, copy_dir, text};

const TODAY: &str = "2026-11-24";

/// One machine running `plan`.
struct Machine {
    env: Env,
    name: &'static str,
}

/// How a file of a device's folder arrives on another machine.
#[derive(Clone, Copy)]
enum Arrive {
    /// In place of the file there.
    File(&'static str),
    /// Beside it, as Syncthing's conflict copy (both machines changed it).
    Copy(&'static str),
}

impl Machine {
    /// A machine with a plan started on 2026-11-01 and a check-in on 11-20.
    fn started(name: &'static str) -> Machine {
        let machine = Machine { env: Env::new(TODAY), name };
        machine.plan(&["device", "name", name]);
        machine.env.plan_on("2026-11-01", &["start"]).assert().success();
        machine.plan(&["checkin", "--date", "2026-11-20", "--mood", "4", "--note", "a first check-in"]);
        machine
    }

    /// A second machine that shares this plan folder (a copy of it, as a
    /// sync engine leaves it), as a device of its own.
    fn joined(&self, name: &'static str) -> Machine {
        let machine = Machine { env: Env::new(TODAY), name };
        copy_dir(&self.env.home(), &machine.env.home());
        private(&machine.env.home());
        machine.plan(&["device", "name", name]);
        machine
    }

    /// A second machine with this one's config folder copied to it, as the
    /// README once suggested: the same device id (a twin), and the key if
    /// there is one; and a copy of the plan folder.
    fn twin(&self, name: &'static str) -> Machine {
        let machine = self.joined(name);
        copy_dir(&self.env.config_dir(), &machine.env.config_dir());
        machine
    }

    /// Stdout of `plan ARGS`, which must succeed and say nothing on stderr.
    fn plan(&self, args: &[&str]) -> String {
        self.env.stdout(args)
    }

    /// Stdout and stderr of `plan ARGS`, which must succeed.
    fn outputs(&self, args: &[&str]) -> (String, String) {
        let out = self.env.plan(args).output().expect("run plan");
        assert!(out.status.success(), "{}: plan {args:?} failed: {}", self.name, text(&out.stderr));
        (text(&out.stdout), text(&out.stderr))
    }

    /// `plan doctor`'s report, and whether it found no problem.
    fn doctor(&self) -> (String, bool) {
        let out = self.env.plan(&["doctor"]).output().expect("run plan doctor");
        (text(&out.stdout), out.status.success())
    }

    fn json(&self, args: &[&str]) -> Value {
        self.env.json(args)
    }

    /// The dates of the check-ins, with their notes.
    fn notes(&self) -> Vec<(String, String)> {
        let log = self.json(&["log", "--json"]);
        let mut notes: Vec<(String, String)> = log
            .as_array()
            .expect("log --json is an array")
            .iter()
            .map(|entry| {
                let note = entry["note"].as_str().unwrap_or_default().to_owned();
                (entry["date"].as_str().expect("a date").to_owned(), note)
            })
            .collect();
        notes.sort();
        notes
    }

    fn id(&self) -> String {
        self.env.device_id()
    }

    /// The folder of device `id` on this machine.
    fn folder(&self, id: &str) -> PathBuf {
        self.env.home().join("devices").join(id)
    }

    /// Every file in the folder of device `id`.
    fn files(&self, id: &str) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(self.folder(id))
            .map(|entries| entries.flatten().map(|e| e.file_name().to_string_lossy().into_owned()).collect())
            .unwrap_or_default();
        names.sort();
        names
    }
}

/// The engine: bring files of device `id`'s folder from one machine to
/// another, one at a time, in the order given.
fn deliver(from: &Machine, to: &Machine, id: &str, files: &[Arrive]) {
    fs::create_dir_all(to.folder(id)).expect("a device folder");
    for (n, arrive) in files.iter().enumerate() {
        let (name, target) = match *arrive {
            Arrive::File(name) => (name, name.to_owned()),
            Arrive::Copy(name) => (name, conflict_name(name, n)),
        };
        let bytes = fs::read(from.folder(id).join(name))
            .unwrap_or_else(|e| panic!("{}: devices/{id}/{name}: {e}", from.name));
        fs::write(to.folder(id).join(&target), bytes).expect("deliver a file");
        // As the engine keeps the mode it was written with.
        private_file(&to.folder(id).join(target));
    }
}

/// Bring every file of device `id`'s folder, as it is, to another machine:
/// what a sync engine does once nothing is in conflict.
fn deliver_all(from: &Machine, to: &Machine, id: &str) {
    replace_folder(to, id, &from.folder(id));
}

/// Replace the folder of device `id` on `machine` with a copy of `folder`.
fn replace_folder(machine: &Machine, id: &str, folder: &Path) {
    let _ = fs::remove_dir_all(machine.folder(id));
    copy_dir(folder, &machine.folder(id));
}

/// Syncthing's name for a conflict copy of `name`: `STEM.sync-conflict-…EXT`.
fn conflict_name(name: &str, n: usize) -> String {
    let (stem, ext) = match name.rfind('.') {
        Some(dot) => name.split_at(dot),
        None => (name, ""),
    };
    format!("{stem}.sync-conflict-20261124-10101{n}-TWINAAA{ext}")
}

/// The names of the conflict copies among `names`.
fn copies(names: &[String]) -> Vec<&String> {
    names.iter().filter(|name| name.contains("sync-conflict")).collect()
}

fn private(dir: &Path) {
    fs::set_permissions(dir, std::os::unix::fs::PermissionsExt::from_mode(0o700)).expect("chmod");
}

fn private_file(path: &Path) {
    fs::set_permissions(path, std::os::unix::fs::PermissionsExt::from_mode(0o600)).expect("chmod");
}

fn note(date: &str, text: &str) -> (String, String) {
    (date.to_owned(), text.to_owned())
}

// Case 8 ----------------------------------------------------------------------

/// A config folder copied to a second machine makes a twin: the same device
/// id. Both check in; the engine brings the twin's log first, as a conflict
/// copy, and its head only after this machine's next change. Nothing the
/// twin wrote is lost, on either machine, and the copies go once folded in.
#[test]
fn a_twins_check_ins_survive_its_log_arriving_before_its_head() {
    let laptop = Machine::started("laptop");
    let twin = laptop.twin("twin");
    let id = laptop.id();
    assert_eq!(twin.id(), id, "a copied config folder is the same device");
    laptop.plan(&["checkin", "--date", "2026-11-21", "--mood", "5", "--note", "laptop, 21st"]);
    twin.plan(&["checkin", "--date", "2026-11-22", "--mood", "6", "--note", "twin, 22nd"]);
    twin.plan(&["checkin", "--date", "2026-11-23", "--mood", "7", "--note", "twin, 23rd"]);

    // Both changed the month's log: the twin's arrives as a conflict copy,
    // and this machine changes the plan before the twin's head arrives.
    deliver(&twin, &laptop, &id, &[Arrive::Copy("2026-11.jsonl")]);
    laptop.plan(&["checkin", "--date", "2026-11-24", "--mood", "8", "--note", "laptop, 24th"]);
    deliver(&twin, &laptop, &id, &[Arrive::Copy("head")]);
    laptop.plan(&["checkin", "--date", "2026-11-24", "--urge", "2"]);

    let everything = vec![
        note("2026-11-20", "a first check-in"),
        note("2026-11-21", "laptop, 21st"),
        note("2026-11-22", "twin, 22nd"),
        note("2026-11-23", "twin, 23rd"),
        note("2026-11-24", "laptop, 24th"),
    ];
    assert_eq!(laptop.notes(), everything, "the laptop keeps the twin's check-ins");
    assert!(copies(&laptop.files(&id)).is_empty(), "folded in, the copies go: {:?}", laptop.files(&id));
    let (doctor, ok) = laptop.doctor();
    assert!(ok, "{doctor}");

    // The twin gets the laptop's files (it changed them too: conflict copies).
    deliver(&laptop, &twin, &id, &[Arrive::Copy("2026-11.jsonl"), Arrive::Copy("head")]);
    assert_eq!(twin.notes(), everything, "the twin sees it all too");
    twin.plan(&["checkin", "--date", "2026-11-24", "--urge", "3"]);
    assert_eq!(twin.notes(), everything);
    assert!(copies(&twin.files(&id)).is_empty(), "{:?}", twin.files(&id));
}

/// The twin's log arrives in place of this machine's (this machine had not
/// changed it since), before the twin's head: this machine's next change to
/// that month keeps the twin's check-in rather than writing over it.
#[test]
fn a_twins_log_that_replaced_this_one_is_kept_at_the_next_change() {
    let laptop = Machine::started("laptop");
    let twin = laptop.twin("twin");
    let id = laptop.id();
    twin.plan(&["checkin", "--date", "2026-11-22", "--mood", "6", "--note", "twin, 22nd"]);
    deliver(&twin, &laptop, &id, &[Arrive::File("2026-11.jsonl")]);
    laptop.plan(&["checkin", "--date", "2026-11-24", "--mood", "8", "--note", "laptop, 24th"]);
    deliver(&twin, &laptop, &id, &[Arrive::Copy("head")]);
    let everything = vec![
        note("2026-11-20", "a first check-in"),
        note("2026-11-22", "twin, 22nd"),
        note("2026-11-24", "laptop, 24th"),
    ];
    assert_eq!(laptop.notes(), everything);
    deliver(&laptop, &twin, &id, &[Arrive::File("2026-11.jsonl"), Arrive::Copy("head")]);
    assert_eq!(twin.notes(), everything);
}

// Case 9 ----------------------------------------------------------------------

/// The laptop's folder is restored from an old backup, after the phone had
/// seen its later check-ins. Every command on either device says so, in
/// one line; `doctor` names it and how to bring the rest back; the laptop's
/// next event takes a number above every one it had used; and a newer copy
/// of its files, put back as the doctor says, brings back what was lost.
#[test]
fn a_folder_restored_from_an_old_backup_is_said_and_never_reuses_a_number() {
    let laptop = Machine::started("laptop");
    let id = laptop.id();
    let backup = laptop.env.dir.path().join("backup");
    copy_dir(&laptop.folder(&id), &backup);
    laptop.plan(&["checkin", "--date", "2026-11-21", "--mood", "5", "--note", "after the backup"]);
    laptop.plan(&["checkin", "--date", "2026-11-22", "--mood", "6", "--note", "after the backup too"]);
    let recorded = laptop.env.head()["seq"].as_u64().unwrap();
    let newer = laptop.env.dir.path().join("newer");
    copy_dir(&laptop.folder(&id), &newer);
    let phone = laptop.joined("phone");
    phone.plan(&["checkin", "--date", "2026-11-23", "--mood", "7", "--note", "on the phone"]);
    deliver_all(&phone, &laptop, &phone.id());

    // The laptop's folder goes back to the backup.
    replace_folder(&laptop, &id, &backup);
    let backed_up = laptop.env.head()["seq"].as_u64().unwrap();
    assert!(backed_up < recorded);
    let lost = recorded - backed_up;
    let said = format!(
        "warning: this device's files went back to an older copy: {lost} of its {recorded} events are not here; `plan doctor` says more\n"
    );
    for args in [&["status"][..], &["log"], &["next"]] {
        let (_, stderr) = laptop.outputs(args);
        assert_eq!(stderr, said, "plan {args:?} on the laptop");
    }
    let (doctor, ok) = laptop.doctor();
    assert!(!ok, "{doctor}");
    assert!(
        doctor.contains(&format!("it had recorded {recorded} events, and the plan folder holds {backed_up}")),
        "{doctor}"
    );
    assert!(doctor.contains("head.sync-conflict-restored"), "{doctor}");

    // The phone, which had seen the later check-ins, says so too.
    deliver_all(&laptop, &phone, &id);
    let (_, stderr) = phone.outputs(&["status"]);
    assert_eq!(
        stderr,
        format!(
            "warning: device laptop's files went back to an older copy: {lost} of its {recorded} events are not here; `plan doctor` says more\n"
        )
    );
    let (doctor, ok) = phone.doctor();
    assert!(!ok && doctor.contains("device laptop's files went back to an older copy"), "{doctor}");

    // The laptop's next event is numbered after all it had recorded.
    laptop.outputs(&["checkin", "--date", "2026-11-24", "--mood", "8", "--note", "after the restore"]);
    assert_eq!(laptop.env.head()["seq"], recorded + 1, "no number is used twice");
    laptop.plan(&["status"]);
    deliver_all(&laptop, &phone, &id);
    phone.plan(&["status"]);
    assert_eq!(
        phone.notes(),
        [
            note("2026-11-20", "a first check-in"),
            note("2026-11-23", "on the phone"),
            note("2026-11-24", "after the restore")
        ]
    );

    // The newer copy, put back beside the files as the doctor says.
    for name in ["head", "2026-11.jsonl"] {
        let restored = conflict_name(name, 0).replace("20261124-101010-TWINAAA", "restored");
        fs::copy(newer.join(name), laptop.folder(&id).join(restored)).unwrap();
    }
    let everything = vec![
        note("2026-11-20", "a first check-in"),
        note("2026-11-21", "after the backup"),
        note("2026-11-22", "after the backup too"),
        note("2026-11-23", "on the phone"),
        note("2026-11-24", "after the restore"),
    ];
    assert_eq!(laptop.notes(), everything);
    laptop.plan(&["checkin", "--date", "2026-11-24", "--urge", "1"]);
    assert!(copies(&laptop.files(&id)).is_empty(), "{:?}", laptop.files(&id));
    deliver_all(&laptop, &phone, &id);
    assert_eq!(phone.notes(), everything);
    let (doctor, ok) = phone.doctor();
    assert!(ok, "{doctor}");
}

// Case 10 ---------------------------------------------------------------------

/// The twin's head arrives in place of this machine's (it had not changed
/// it since), before the twin's log: a state to wait out, not damage. Every
/// command goes on from what is whole, `doctor` says it waits for a sync
/// and never advises a restore, `doctor --restore` changes nothing, and
/// once the log arrives every check-in is there.
#[test]
fn a_twins_head_before_its_log_is_waited_out_and_never_restored_over() {
    let laptop = Machine::started("laptop");
    let twin = laptop.twin("twin");
    let id = laptop.id();
    twin.plan(&["checkin", "--date", "2026-11-22", "--mood", "6", "--note", "twin, 22nd"]);
    twin.plan(&["done", "1"]);
    deliver(&twin, &laptop, &id, &[Arrive::File("head")]);

    for args in [&["status"][..], &["status", "--json"], &["log"], &["next"], &["steps"], &["device"]] {
        laptop.plan(args);
    }
    assert_eq!(laptop.notes(), [note("2026-11-20", "a first check-in")], "what is whole");
    let (doctor, ok) = laptop.doctor();
    assert!(ok, "{doctor}");
    assert!(doctor.contains("waiting for a sync to bring them"), "{doctor}");
    assert!(!doctor.contains("--restore"), "{doctor}");
    let before = laptop.env.snapshot();
    let out = laptop.env.plan(&["doctor", "--restore"]).output().unwrap();
    assert_refused(&out, 1, &["nothing to restore"], "doctor --restore while waiting for a log");
    laptop.env.assert_unchanged(&before, "doctor --restore while waiting for a log");

    // A change to that month goes on, and its number comes after the twin's.
    laptop.plan(&["checkin", "--date", "2026-11-23", "--mood", "5", "--note", "laptop, 23rd"]);
    assert_eq!(
        laptop.json(&["next", "--json"])["tasks"][0]["done"],
        false,
        "the twin's tick is not here yet"
    );
    // Then the twin's logs arrive: November's beside the laptop's, which
    // it changed meanwhile; the plan's log as it is.
    deliver(&twin, &laptop, &id, &[Arrive::Copy("2026-11.jsonl"), Arrive::File("plan.jsonl")]);
    let everything = vec![
        note("2026-11-20", "a first check-in"),
        note("2026-11-22", "twin, 22nd"),
        note("2026-11-23", "laptop, 23rd"),
    ];
    assert_eq!(laptop.notes(), everything);
    assert_eq!(laptop.json(&["next", "--json"])["tasks"][0]["done"], true, "the twin's tick");
    laptop.plan(&["checkin", "--date", "2026-11-24", "--urge", "1"]);
    assert_eq!(laptop.notes().len(), 4);
    assert!(copies(&laptop.files(&id)).is_empty(), "{:?}", laptop.files(&id));
    let (doctor, ok) = laptop.doctor();
    assert!(ok, "{doctor}");
}

/// Two clones of one config under git (the README's sync loop): both
/// check in, and the second's `pull --rebase` stops on a conflict in the
/// device's head and log. `plan` reads both sides, so every command goes
/// on with every check-in; `doctor` says what happened and what to do,
/// never a restore; and once the rebase is finished and pushed, both
/// machines see everything.
#[test]
fn a_git_rebase_conflict_between_twins_is_read_whole_and_explained() {
    use crate::sync::git;
    let remote = tempfile::tempdir().unwrap();
    let bare = remote.path().join("plan.git");
    let out = git(remote.path(), &["init", "-q", "--bare", "-b", "main", bare.to_str().unwrap()], "setup");
    assert!(out.status.success(), "{}", text(&out.stderr));
    let run = |machine: &Machine, args: &[&str]| {
        let out = git(&machine.env.home(), args, machine.name);
        (out.status.success(), format!("{}{}", text(&out.stdout), text(&out.stderr)))
    };
    let ok = |machine: &Machine, args: &[&str]| {
        let (ok, said) = run(machine, args);
        assert!(ok, "{}: git {args:?}: {said}", machine.name);
    };
    let laptop = Machine::started("laptop");
    for args in [&["init", "-q", "-b", "main"][..], &["add", "-A"], &["commit", "-qm", "plan"]] {
        ok(&laptop, args);
    }
    ok(&laptop, &["push", "-q", bare.to_str().unwrap(), "main"]);
    ok(&laptop, &["remote", "add", "origin", bare.to_str().unwrap()]);
    let twin = Machine { env: Env::new(TODAY), name: "twin" };
    let cloned = git(twin.env.dir.path(), &["clone", "-q", bare.to_str().unwrap(), "home"], "twin");
    assert!(cloned.status.success(), "{}", text(&cloned.stderr));
    private(&twin.env.home());
    copy_dir(&laptop.env.config_dir(), &twin.env.config_dir());
    let id = laptop.id();

    laptop.plan(&["checkin", "--date", "2026-11-21", "--mood", "5", "--note", "laptop, 21st"]);
    twin.plan(&["checkin", "--date", "2026-11-22", "--mood", "6", "--note", "twin, 22nd"]);
    for machine in [&laptop, &twin] {
        ok(machine, &["add", "-A"]);
        ok(machine, &["commit", "-qm", "plan"]);
    }
    ok(&laptop, &["push", "-q", "origin", "main"]);
    let (rebased, said) = run(&twin, &["pull", "-q", "--rebase", "origin", "main"]);
    assert!(!rebased, "the twins' head and log conflict: {said}");
    let head = fs::read_to_string(twin.folder(&id).join("head")).unwrap();
    assert!(head.starts_with("<<<<<<< "), "git left its marks in the head: {head}");

    let everything = vec![
        note("2026-11-20", "a first check-in"),
        note("2026-11-21", "laptop, 21st"),
        note("2026-11-22", "twin, 22nd"),
    ];
    assert_eq!(twin.notes(), everything, "both sides are read");
    twin.plan(&["status"]);
    let (doctor, healthy) = twin.doctor();
    assert!(!healthy, "{doctor}");
    assert!(doctor.contains("hold both sides of a git conflict"), "{doctor}");
    assert!(doctor.contains("git add -A && git rebase --continue"), "{doctor}");
    assert!(!doctor.contains("--restore"), "{doctor}");

    ok(&twin, &["add", "-A"]);
    let continued = twin
        .env
        .command(TODAY, "git")
        .env("GIT_EDITOR", "true")
        .env("GIT_AUTHOR_NAME", "twin")
        .env("GIT_AUTHOR_EMAIL", "twin@example.invalid")
        .env("GIT_COMMITTER_NAME", "twin")
        .env("GIT_COMMITTER_EMAIL", "twin@example.invalid")
        .current_dir(twin.env.home())
        .args(["rebase", "--continue"])
        .output()
        .unwrap();
    assert!(continued.status.success(), "{}{}", text(&continued.stdout), text(&continued.stderr));
    ok(&twin, &["push", "-q", "origin", "main"]);
    ok(&laptop, &["pull", "-q", "--rebase", "origin", "main"]);
    // git writes files as its umask says; a plan folder is private.
    for name in laptop.files(&id) {
        private_file(&laptop.folder(&id).join(name));
    }
    assert_eq!(laptop.notes(), everything, "the laptop gets both sides too");
    // The next change writes the head and the log clean.
    laptop.plan(&["checkin", "--date", "2026-11-24", "--mood", "7"]);
    for name in ["head", "2026-11.jsonl"] {
        let bytes = fs::read_to_string(laptop.folder(&id).join(name)).unwrap();
        assert!(!bytes.contains("<<<<<<<"), "{name}: {bytes}");
    }
    let (doctor, healthy) = laptop.doctor();
    assert!(healthy, "{doctor}");
    drop(remote);
}

// Case 11 ---------------------------------------------------------------------

/// Both twins changed a month twice, so each kept its own backup of it:
/// the conflict copy of the backup is folded away with the others.
#[test]
fn conflict_copies_of_backups_are_folded_away_too() {
    let laptop = Machine::started("laptop");
    let twin = laptop.twin("twin");
    let id = laptop.id();
    laptop.plan(&["checkin", "--date", "2026-11-21", "--mood", "5", "--note", "laptop, 21st"]);
    laptop.plan(&["checkin", "--date", "2026-11-22", "--mood", "6", "--note", "laptop, 22nd"]);
    twin.plan(&["checkin", "--date", "2026-11-23", "--mood", "7", "--note", "twin, 23rd"]);
    twin.plan(&["checkin", "--date", "2026-11-24", "--mood", "8", "--note", "twin, 24th"]);
    let both_changed =
        [Arrive::Copy("2026-11.jsonl.bak"), Arrive::Copy("2026-11.jsonl"), Arrive::Copy("head")];
    deliver(&twin, &laptop, &id, &both_changed);
    let (doctor, ok) = laptop.doctor();
    assert!(ok, "{doctor}");
    assert!(doctor.contains("3 conflict copies from a sync engine, merged"), "{doctor}");
    laptop.plan(&["checkin", "--date", "2026-11-24", "--urge", "2"]);
    assert!(copies(&laptop.files(&id)).is_empty(), "every copy goes: {:?}", laptop.files(&id));
    assert_eq!(laptop.notes().len(), 5, "{:?}", laptop.notes());
}

/// Bring `format`, the plan folder's own file, from one machine to another.
fn deliver_format(from: &Machine, to: &Machine, arrive: Arrive) {
    let (name, target) = match arrive {
        Arrive::File(name) => (name, name.to_owned()),
        Arrive::Copy(name) => (name, conflict_name(name, 9)),
    };
    fs::copy(from.env.home().join(name), to.env.home().join(target)).expect("deliver format");
}

/// What a sync engine leaves on every machine once it is done: the whole
/// plan folder of `from`, on `to` too.
fn converge(from: &Machine, to: &Machine) {
    let _ = fs::remove_dir_all(to.env.home());
    copy_dir(&from.env.home(), &to.env.home());
    private(&to.env.home());
}

/// Every file under `dir` whose bytes hold `text`.
fn holding(dir: &Path, text: &str) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if String::from_utf8_lossy(&fs::read(&path).unwrap()).contains(text) {
                found.push(path);
            }
        }
    }
    found
}

/// Every file in every device's folder is an age file.
fn assert_all_encrypted(machine: &Machine) {
    for device in fs::read_dir(machine.env.home().join("devices")).unwrap().flatten() {
        for file in fs::read_dir(device.path()).unwrap().flatten() {
            let bytes = fs::read(file.path()).unwrap();
            assert!(
                bytes.starts_with(b"age-encryption.org/v1\n"),
                "{}: {} is not an age file",
                machine.name,
                file.path().display()
            );
        }
    }
}

/// `plan key export` of a machine, in a file beside its world.
fn exported_key(machine: &Machine) -> PathBuf {
    let (key, _) = machine.outputs(&["key", "export"]);
    let path = machine.env.dir.path().join("plan-key.txt");
    fs::write(&path, key).unwrap();
    path
}

/// `plan encrypt` on two devices before they sync: each encrypts every
/// file with a key of its own, and the engine keeps both versions of each
/// (the laptop's in place, the phone's as a conflict copy). Every command
/// fails on both, and says the one command that puts it right: the phone
/// imports the plan's key, keeps both, and encrypts again with the plan's
/// what was encrypted with its own. Nothing is lost, and every file is
/// encrypted with the one key.
#[test]
fn two_devices_that_encrypt_at_once_are_put_right_by_one_key_import() {
    let laptop = Machine::started("laptop");
    let phone = laptop.joined("phone");
    phone.plan(&["checkin", "--date", "2026-11-22", "--mood", "6", "--note", "phone, 22nd"]);
    let (lid, pid) = (laptop.id(), phone.id());
    deliver_all(&phone, &laptop, &pid);
    laptop.plan(&["encrypt"]);
    phone.plan(&["encrypt"]);

    deliver_format(&phone, &laptop, Arrive::Copy("format"));
    for id in [&lid, &pid] {
        let names: Vec<String> = phone.files(id);
        for name in &names {
            let copy = conflict_name(name, 5);
            fs::copy(phone.folder(id).join(name), laptop.folder(id).join(copy)).unwrap();
        }
    }
    converge(&laptop, &phone);

    let out = laptop.env.plan(&["status"]).output().unwrap();
    let said = assert_refused(&out, 1, &["is encrypted with another key than this plan's"], "the laptop");
    assert!(said.contains("`plan key import plan-key.txt`"), "{said}");
    let out = phone.env.plan(&["status"]).output().unwrap();
    let said = assert_refused(&out, 1, &["this plan was encrypted on two devices at once"], "the phone");
    assert!(said.contains("`plan key import plan-key.txt`: this device keeps both keys"), "{said}");
    let (doctor, ok) = phone.doctor();
    assert!(!ok && doctor.contains("it kept the other device's key"), "{doctor}");

    // The one command, on the phone.
    let key = exported_key(&laptop);
    let said = phone.plan(&["key", "import", key.to_str().unwrap()]);
    assert!(said.starts_with("This device can open the plan now"), "{said}");
    assert!(said.contains("Encrypted with the plan's key now:"), "{said}");
    let everything = vec![note("2026-11-20", "a first check-in"), note("2026-11-22", "phone, 22nd")];
    assert_eq!(phone.notes(), everything);
    phone.plan(&["checkin", "--date", "2026-11-24", "--mood", "7"]);
    converge(&phone, &laptop);
    assert_eq!(laptop.notes().len(), 3, "{:?}", laptop.notes());
    laptop.plan(&["checkin", "--date", "2026-11-24", "--urge", "1"]);
    converge(&laptop, &phone);
    for machine in [&laptop, &phone] {
        assert_eq!(machine.notes().len(), 3, "{}", machine.name);
        let (doctor, ok) = machine.doctor();
        assert!(ok, "{}: {doctor}", machine.name);
        assert!(copies(&machine.files(&lid)).is_empty() && copies(&machine.files(&pid)).is_empty());
        assert_all_encrypted(machine);
    }
    assert!(
        !fs::read_dir(laptop.env.home())
            .unwrap()
            .flatten()
            .any(|e| e.file_name().to_string_lossy().contains("sync-conflict"))
    );
}

/// The phone is away while the laptop runs `plan encrypt`, and checks in
/// there in plain text. Back in sync, the laptop's `doctor` says the phone's
/// files are in plain text and how to encrypt them; `plan encrypt` on the
/// laptop does; the phone, asked for the key, imports it and goes on, with
/// nothing lost and no plain text left anywhere.
#[test]
fn a_write_made_offline_during_encrypt_is_found_and_encrypted() {
    let laptop = Machine::started("laptop");
    let phone = laptop.joined("phone");
    phone.plan(&["checkin", "--date", "2026-11-21", "--mood", "6", "--note", "phone, 21st"]);
    let pid = phone.id();
    deliver_all(&phone, &laptop, &pid);
    laptop.plan(&["encrypt"]);
    phone.plan(&["checkin", "--date", "2026-11-23", "--mood", "4", "--note", "unmistakable offline words"]);

    // The phone's versions of what both changed come beside the laptop's.
    deliver(
        &phone,
        &laptop,
        &pid,
        &[Arrive::Copy("head"), Arrive::Copy("2026-11.jsonl"), Arrive::Copy("2026-11.jsonl.bak")],
    );
    converge(&laptop, &phone);
    assert!(laptop.notes().contains(&note("2026-11-23", "unmistakable offline words")), "nothing is lost");
    let (doctor, ok) = laptop.doctor();
    assert!(!ok, "{doctor}");
    assert!(
        doctor.contains("3 files of device phone in plain text, though the plan is encrypted"),
        "{doctor}"
    );
    assert!(doctor.contains("`plan encrypt` here encrypts them now"), "{doctor}");
    let said = laptop.plan(&["encrypt"]);
    assert!(said.starts_with("The plan was encrypted already; 3 files"), "{said}");
    assert!(holding(&laptop.env.home(), "unmistakable offline words").is_empty());
    converge(&laptop, &phone);

    let out = phone.env.plan(&["status"]).output().unwrap();
    let said =
        assert_refused(&out, 1, &["this plan is encrypted, and this device has no key for it"], "the phone");
    assert!(said.contains("`plan key import plan-key.txt`"), "{said}");
    let key = exported_key(&laptop);
    phone.plan(&["key", "import", key.to_str().unwrap()]);
    phone.plan(&["checkin", "--date", "2026-11-24", "--mood", "7"]);
    converge(&phone, &laptop);
    for machine in [&laptop, &phone] {
        assert!(
            machine.notes().contains(&note("2026-11-23", "unmistakable offline words")),
            "{}",
            machine.name
        );
        let (doctor, ok) = machine.doctor();
        assert!(ok, "{}: {doctor}", machine.name);
        assert_all_encrypted(machine);
        assert!(holding(&machine.env.home(), "unmistakable offline words").is_empty(), "{}", machine.name);
    }
}

/// Without the encryption ever reaching it, a device whose offline write
/// stays in plain text encrypts it itself at its next change once it has
/// the key: here the phone imports the key before the laptop's doctor is run.
#[test]
fn a_device_encrypts_its_own_plain_files_at_its_next_change() {
    let laptop = Machine::started("laptop");
    let phone = laptop.joined("phone");
    phone.plan(&["checkin", "--date", "2026-11-21", "--mood", "6", "--note", "phone, 21st"]);
    let pid = phone.id();
    let key_before = {
        laptop.plan(&["encrypt"]);
        exported_key(&laptop)
    };
    // The phone had imported the key early, then wrote before the
    // laptop's `format` reached it: in plain text.
    phone.plan(&["key", "import", key_before.to_str().unwrap()]);
    phone.plan(&["checkin", "--date", "2026-11-23", "--mood", "4", "--note", "unmistakable offline words"]);
    deliver_format(&laptop, &phone, Arrive::File("format"));
    deliver_all(&laptop, &phone, &laptop.id());
    phone.plan(&["checkin", "--date", "2026-11-24", "--mood", "7"]);
    assert!(holding(&phone.folder(&pid), "unmistakable offline words").is_empty(), "{:?}", phone.files(&pid));
    assert_all_encrypted(&phone);
}

/// A wrong key imported before the plan folder arrives is kept (there is
/// nothing to check it against), and said to be unchecked. Once the folder
/// is here every command says the key is not this plan's, and importing
/// the right one puts it in its place.
#[test]
fn a_wrong_key_imported_early_is_replaced_by_the_right_one() {
    let laptop = Machine::started("laptop");
    laptop.plan(&["encrypt"]);
    let stranger = Machine::started("stranger");
    stranger.plan(&["encrypt"]);
    let wrong = exported_key(&stranger);
    let phone = Machine { env: Env::new(TODAY), name: "phone" };
    let said = phone.plan(&["key", "import", wrong.to_str().unwrap()]);
    assert!(said.contains("No encrypted plan is here yet to check it against"), "{said}");

    converge(&laptop, &phone);
    let out = phone.env.plan(&["status"]).output().unwrap();
    let said = assert_refused(
        &out,
        1,
        &["this plan is encrypted with another key than the one this device holds"],
        "a wrong key",
    );
    assert!(said.contains("it takes the place of the key this device holds"), "{said}");
    let right = exported_key(&laptop);
    let said = phone.plan(&["key", "import", right.to_str().unwrap()]);
    assert!(said.starts_with("This device can open the plan now"), "{said}");
    assert_eq!(phone.notes(), [note("2026-11-20", "a first check-in")]);
    let (kept, _) = phone.outputs(&["key", "export"]);
    assert_eq!(kept, fs::read_to_string(&right).unwrap(), "the plan's key alone is kept");
}
