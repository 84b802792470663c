//! One plan on several devices, through the sync people already run: here
//! git, three clones of one bare repository, each its own device (its own
//! config and cache folders). And encryption at rest, and the conflict
//! copies a sync engine leaves. `syncthing.rs` does the same with Syncthing.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

use crate::harness::{Env, assert_refused, text};

pub const TODAY: &str = "2026-11-24";

/// A device: its own HOME, config and cache; its plan folder a git clone.
pub struct Device {
    pub env: Env,
    pub name: &'static str,
}

impl Device {
    pub fn plan(&self, args: &[&str]) -> String {
        self.env.stdout(args)
    }

    /// The key, and the warning that comes with it.
    fn key_export(&self) -> String {
        let (key, warning) = self.env.outputs(&["key", "export"]);
        assert!(warning.contains("this key opens every note of the plan"), "{warning}");
        key
    }

    pub fn json(&self, args: &[&str]) -> Value {
        self.env.json(args)
    }

    fn git(&self, args: &[&str]) -> std::process::Output {
        let out = git(&self.env.home(), args, self.name);
        assert!(
            out.status.success(),
            "{}: git {args:?}: {}{}",
            self.name,
            text(&out.stdout),
            text(&out.stderr)
        );
        out
    }

    /// Commit everything, take the others' commits on top, and push.
    pub fn sync(&self) {
        self.git(&["add", "-A"]);
        let status = self.git(&["status", "--porcelain"]);
        if !status.stdout.is_empty() {
            self.git(&["commit", "-q", "-m", &format!("plan on {}", self.name)]);
        }
        let remote = self.git(&["ls-remote", "--heads", "origin"]);
        if !remote.stdout.is_empty() {
            self.git(&["pull", "-q", "--rebase", "origin", "main"]);
        }
        self.git(&["push", "-q", "-u", "origin", "main"]);
    }
}

pub(crate) fn git(dir: &Path, args: &[&str], who: &str) -> std::process::Output {
    Command::new("git")
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", dir)
        .env("GIT_AUTHOR_NAME", who)
        .env("GIT_AUTHOR_EMAIL", format!("{who}@example.invalid"))
        .env("GIT_COMMITTER_NAME", who)
        .env("GIT_COMMITTER_EMAIL", format!("{who}@example.invalid"))
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .current_dir(dir)
        .args(args)
        .output()
        .expect("git runs")
}

/// Three devices whose plan folders are clones of one bare repository.
pub fn three_clones() -> (tempfile::TempDir, Vec<Device>) {
    let remote = tempfile::tempdir().unwrap();
    let bare = remote.path().join("plan.git");
    let out = git(remote.path(), &["init", "-q", "--bare", "-b", "main", bare.to_str().unwrap()], "setup");
    assert!(out.status.success(), "{}", text(&out.stderr));
    let devices: Vec<Device> = ["laptop", "desktop", "phone"]
        .into_iter()
        .map(|name| {
            let env = Env::new(TODAY);
            let out = git(env.dir.path(), &["clone", "-q", bare.to_str().unwrap(), "home"], name);
            assert!(out.status.success(), "{}", text(&out.stderr));
            // A clone is made as the umask says; a plan folder is private.
            fs::set_permissions(env.home(), std::os::unix::fs::PermissionsExt::from_mode(0o700)).unwrap();
            let device = Device { env, name };
            device.git(&["config", "pull.rebase", "true"]);
            device.git(&["checkout", "-q", "-B", "main"]);
            device.plan(&["device", "name", name]);
            device
        })
        .collect();
    (remote, devices)
}

/// Every file under `dir` whose name says a sync engine made it a conflict copy.
fn conflict_files(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            if path.is_dir() {
                if name != ".git" {
                    stack.push(path);
                }
            } else if name.contains("sync-conflict")
                || name.contains("conflicted copy")
                || Path::new(&name).extension().is_some_and(|ext| ext.eq_ignore_ascii_case("orig"))
            {
                found.push(path);
            }
        }
    }
    found
}

/// The same plan, offline edits on three devices, synced through git in an
/// awkward order, twice around: all three show exactly the same plan, git
/// sees no conflict, and every edit is there.
#[test]
fn three_devices_through_git_agree_and_lose_nothing() {
    let (_remote, devices) = three_clones();
    let [laptop, desktop, phone] = &devices[..] else { unreachable!() };
    laptop.env.plan_on("2026-11-01", &["start", "--since", "2026-10-30"]).assert().success();
    laptop.sync();
    desktop.sync();
    phone.sync();
    assert_eq!(desktop.json(&["status", "--json"])["started"], "2026-11-01", "the plan arrived");

    // Offline, each records days. The desktop writes day 2's mood after
    // the laptop does, so its mood is the one that stands.
    laptop.plan(&["checkin", "--date", "2026-11-10", "--mood", "4", "--note", "first week done"]);
    laptop.plan(&["checkin", "--date", "2026-11-11", "--mood", "5"]);
    desktop.plan(&["checkin", "--date", "2026-11-11", "--urge", "6"]);
    std::thread::sleep(std::time::Duration::from_millis(20));
    desktop.plan(&["checkin", "--date", "2026-11-11", "--mood", "7", "--note", "called Sam instead"]);
    phone.plan(&["slip", "--date", "2026-11-12", "--note", "replied to a story"]);
    desktop.plan(&["done", "1"]);
    laptop.plan(&["checkin", "--date", "2026-11-02", "--mood", "3", "--note", "back-filled"]);

    // Commit, pull --rebase and push, in an awkward order, twice around.
    for _ in 0..2 {
        desktop.sync();
        phone.sync();
        laptop.sync();
    }
    for device in &devices {
        device.git(&["pull", "-q", "--rebase", "origin", "main"]);
        assert!(
            conflict_files(&device.env.home()).is_empty(),
            "{}: {:?}",
            device.name,
            conflict_files(&device.env.home())
        );
    }
    let views = |device: &Device| ["status", "log", "steps"].map(|command| device.json(&[command, "--json"]));
    let laptop_view = views(laptop);
    for device in &devices[1..] {
        assert_eq!(views(device), laptop_view, "{} sees another plan than the laptop", device.name);
    }
    let log = laptop.env.log_map(TODAY);
    assert_eq!(log.keys().collect::<Vec<_>>(), ["2026-11-02", "2026-11-10", "2026-11-11", "2026-11-12"]);
    assert_eq!(
        log["2026-11-11"],
        serde_json::json!({"date": "2026-11-11", "mood": 7, "urge": 6, "contact": "none", "note": "called Sam instead", "notes": ["called Sam instead"]})
    );
    assert_eq!(log["2026-11-12"]["contact"], "initiated");
    assert_eq!(log["2026-11-02"]["note"], "back-filled");
    let status = &laptop_view[0];
    assert_eq!(status["checkins"], 4);
    assert_eq!(status["no_contact"]["since"], "2026-11-12");
    assert_eq!(status["no_contact"]["resets"], 1);
    assert_eq!(status["no_contact"]["longest"], 13, "2026-10-30 to the slip");
    assert_eq!(laptop.json(&["next", "--json"])["tasks"][0]["done"], true, "the desktop's tick");
    let names: Vec<String> = laptop.json(&["device", "--json"])["devices"]
        .as_array()
        .unwrap()
        .iter()
        .map(|device| device["name"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(names.len(), 3, "{names:?}");
    for name in ["laptop", "desktop", "phone"] {
        assert!(names.contains(&name.to_owned()), "{names:?}");
    }
}

/// Through git: a device with a broken clock, a slip against contact of
/// another kind written without seeing it, and a value said again. Later
/// edits win on every device, the slip stands, and the value said last holds.
#[test]
fn through_git_what_each_device_meant_wins() {
    let (_remote, devices) = three_clones();
    let [laptop, desktop, phone] = &devices[..] else { unreachable!() };
    laptop.env.plan_on("2026-11-01", &["start", "--since", "2026-10-30"]).assert().success();
    let plan = fs::read_to_string(laptop.env.device_dir().join("plan.jsonl")).unwrap();
    let plan: Value = serde_json::from_str(plan.lines().next().unwrap()).unwrap();
    // A device whose files claim the largest clock there is.
    let broken = laptop.env.home().join("devices").join("00000000000000ff");
    fs::create_dir_all(&broken).unwrap();
    let clock = serde_json::json!([u64::MAX, u32::MAX]);
    let event = serde_json::json!({"seq": 1, "clock": clock, "plan": plan["plan"], "type": "checkin",
        "date": "2026-11-05", "mood": 1});
    fs::write(broken.join("2026-11.jsonl"), format!("{event}\n")).unwrap();
    let head = serde_json::json!({"device": "00000000000000ff", "name": "broken", "seq": 1, "clock": clock,
        "files": {"2026-11.jsonl": 1}});
    fs::write(broken.join("head"), head.to_string()).unwrap();
    for device in &devices {
        device.sync();
    }
    laptop.sync();

    desktop.plan(&["checkin", "--date", "2026-11-05", "--mood", "9"]);
    desktop.plan(&["checkin", "--date", "2026-11-20", "--mood", "4"]);
    laptop.plan(&["slip", "--date", "2026-11-18"]);
    for device in [desktop, laptop, phone, desktop] {
        device.sync();
    }
    // Offline: the laptop changes a mood, the desktop says its own again
    // later, and the phone, not synced since the start, records practical
    // contact on the day of the laptop's slip.
    laptop.plan(&["checkin", "--date", "2026-11-20", "--mood", "6"]);
    std::thread::sleep(std::time::Duration::from_millis(20));
    desktop.plan(&["checkin", "--date", "2026-11-20", "--mood", "4"]);
    phone.plan(&["contact", "logistics", "--date", "2026-11-18"]);
    for _ in 0..2 {
        for device in [phone, laptop, desktop] {
            device.sync();
        }
    }
    let views = |device: &Device| ["status", "log", "steps"].map(|command| device.json(&[command, "--json"]));
    let laptop_view = views(laptop);
    for device in &devices[1..] {
        assert_eq!(views(device), laptop_view, "{} sees another plan than the laptop", device.name);
    }
    let log = laptop.env.log_map(TODAY);
    assert_eq!(log["2026-11-05"]["mood"], 9, "the edit made after seeing the broken clock's");
    assert_eq!(log["2026-11-20"]["mood"], 4, "the value said again, last");
    assert_eq!(log["2026-11-18"]["contact"], "initiated", "the slip stands");
    assert_eq!(laptop_view[0]["no_contact"]["since"], "2026-11-18");
    assert!(
        laptop.env.head()["clock"][0].as_u64().unwrap() < u64::MAX / 2,
        "no clock followed the broken one"
    );
}

/// A switch on one device while two others, offline, tick and complete
/// steps of the playbook it leaves (ten-steps shares step ids with
/// four-steps), synced in an awkward order: all three show exactly the same
/// plan, the tick and the step stay with four-steps, and no step of
/// ten-steps shows done or ticked.
#[test]
fn a_switch_against_ticks_of_the_old_playbook_keeps_them_with_it_on_every_device() {
    let (_remote, devices) = three_clones();
    let [laptop, desktop, phone] = &devices[..] else { unreachable!() };
    laptop.env.plan_on("2026-11-01", &["start", "--since", "2026-10-01"]).assert().success();
    for device in &devices {
        device.sync();
    }
    laptop.plan(&["switch", "ten-steps"]);
    std::thread::sleep(std::time::Duration::from_millis(20));
    desktop.plan(&["done", "1", "--step", "focus-on-you"]);
    phone.plan(&["done", "no-contact"]);
    for _ in 0..2 {
        phone.sync();
        laptop.sync();
        desktop.sync();
    }
    let views = |device: &Device| ["status", "log", "steps"].map(|command| device.json(&[command, "--json"]));
    let laptop_view = views(laptop);
    for device in &devices[1..] {
        assert_eq!(views(device), laptop_view, "{} sees another plan than the laptop", device.name);
    }
    let [status, _, steps] = &laptop_view;
    assert_eq!(status["playbook"]["id"], "ten-steps");
    assert_eq!(status["steps_done"], 0);
    for step in steps["steps"].as_array().unwrap() {
        assert_eq!((&step["done_on"], &step["tasks_done"]), (&Value::Null, &0.into()), "{step}");
    }
    assert_eq!(
        steps["earlier"],
        serde_json::json!([{"id": "four-steps", "title": "Five steps back", "until": TODAY,
                            "done": [{"id": "no-contact", "date": TODAY}],
                            "ticked": {"focus-on-you": [1]}}])
    );
    // Back on four-steps, the plan picks both up.
    desktop.plan(&["switch", "four-steps"]);
    let next = desktop.json(&["next", "--json"]);
    assert_eq!((&next["id"], &next["tasks"][0]["done"]), (&"focus-on-you".into(), &true.into()), "{next}");
}

/// Two devices write notes for the same day offline, one of them the
/// note that explains a slip: after the sync, through git, every device
/// shows both notes, in the same order.
#[test]
fn two_devices_writing_notes_on_the_same_day_both_keep_both() {
    let (_remote, devices) = three_clones();
    let [laptop, desktop, phone] = &devices[..] else { unreachable!() };
    laptop.env.plan_on("2026-11-01", &["start"]).assert().success();
    for device in [laptop, desktop, phone] {
        device.sync();
    }
    laptop.plan(&["checkin", "--date", "2026-11-20", "--mood", "6", "--note", "Brunch with Sam."]);
    phone.plan(&["slip", "--date", "2026-11-20", "--note", "Replied to their story."]);
    desktop.plan(&["contact", "logistics", "--date", "2026-11-20", "--note", "Picked up my boxes."]);
    for _ in 0..2 {
        phone.sync();
        laptop.sync();
        desktop.sync();
    }
    let logs: Vec<Value> = devices.iter().map(|device| device.json(&["log", "--json"])).collect();
    assert_eq!(logs[1], logs[0], "the desktop shows the laptop's notes");
    assert_eq!(logs[2], logs[0], "the phone shows the laptop's notes");
    let (note, notes) = (&logs[0][0]["note"], &logs[0][0]["notes"]);
    for text in ["Brunch with Sam.", "Replied to their story.", "Picked up my boxes."] {
        assert!(note.as_str().is_some_and(|note| note.contains(text)), "{text}: {note}");
        assert!(notes.as_array().is_some_and(|notes| notes.contains(&Value::from(text))), "{text}: {notes}");
    }
    assert_eq!(
        logs[0][0]["contact"], "initiated",
        "the phone's slip stands against the desktop's unseen contact"
    );
}

/// A second device that `start --force`s while the first records offline:
/// after the sync both see the new plan, and the old plan, with the check-in
/// recorded for it, is whole in the archive.
#[test]
fn a_new_start_elsewhere_archives_the_old_plan_with_everything() {
    let (_remote, devices) = three_clones();
    let [laptop, desktop, _] = &devices[..] else { unreachable!() };
    laptop.env.plan_on("2026-11-01", &["start"]).assert().success();
    laptop.sync();
    desktop.sync();
    laptop.plan(&["checkin", "--date", "2026-11-20", "--mood", "5", "--note", "before the new start"]);
    std::thread::sleep(std::time::Duration::from_millis(20));
    desktop.plan(&["start", "--force", "--playbook", "six-steps"]);
    std::thread::sleep(std::time::Duration::from_millis(20));
    laptop.plan(&["checkin", "--date", "2026-11-21", "--mood", "6"]);
    laptop.sync();
    desktop.sync();
    laptop.sync();
    for device in [laptop, desktop] {
        assert_eq!(device.json(&["status", "--json"])["playbook"]["id"], "six-steps", "{}", device.name);
        let archive = device.json(&["archive", "--json"]);
        assert_eq!(archive[0]["playbook"], "four-steps");
        let old = device.json(&["log", "--archived", "1", "--json"]);
        let dates: Vec<&str> = old.as_array().unwrap().iter().map(|e| e["date"].as_str().unwrap()).collect();
        assert_eq!(dates, ["2026-11-21", "2026-11-20"], "{}: the old plan keeps both check-ins", device.name);
    }
}

/// After `plan encrypt`: no note and no mood is readable anywhere in the
/// synced folder; a device without the key reads nothing, writes nothing
/// and says how to get the key; after `plan key import` it reads and
/// writes, encrypted.
#[test]
fn an_encrypted_plan_opens_only_with_its_key() {
    let (_remote, devices) = three_clones();
    let [laptop, desktop, _] = &devices[..] else { unreachable!() };
    laptop.env.plan_on("2026-11-01", &["start"]).assert().success();
    laptop.plan(&["checkin", "--date", "2026-11-20", "--mood", "3", "--note", "unmistakable-private-words"]);
    let out = laptop.plan(&["encrypt"]);
    assert!(out.starts_with("The plan is encrypted: "), "{out}");
    laptop.sync();
    desktop.sync();
    let mut stack = vec![laptop.env.home()];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).unwrap().flatten() {
            let path = entry.path();
            if entry.file_name() == ".git" {
                continue;
            }
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let bytes = fs::read(&path).unwrap();
            let shown = String::from_utf8_lossy(&bytes);
            assert!(
                !shown.contains("unmistakable-private-words"),
                "{} holds the note in plain text",
                path.display()
            );
            assert!(!shown.contains("\"mood\""), "{} holds a check-in in plain text", path.display());
        }
    }
    // Git's own history still holds the commit from before `plan encrypt`:
    // that is git's copy, which the README tells people to expect.

    // The desktop has no key: nothing is read or written.
    let before = desktop.env.snapshot();
    for args in [&["status"][..], &["log"], &["checkin", "--mood", "5"]] {
        let out = desktop.env.plan(args).output().unwrap();
        let stderr =
            assert_refused(&out, 1, &["this plan is encrypted, and this device has no key for it"], "no key");
        assert!(stderr.contains("plan key import"), "{stderr}");
    }
    desktop.env.assert_unchanged(&before, "a device without the key");

    let key = laptop.env.dir.path().join("plan-key.txt");
    fs::write(&key, laptop.key_export()).unwrap();
    let out = desktop.plan(&["key", "import", key.to_str().unwrap()]);
    assert!(out.starts_with("This device can open the plan now"), "{out}");
    assert_eq!(desktop.env.log_map(TODAY)["2026-11-20"]["note"], "unmistakable-private-words");
    desktop.plan(&["checkin", "--date", "2026-11-21", "--note", "second-device-secret"]);
    desktop.sync();
    laptop.sync();
    assert_eq!(laptop.env.log_map(TODAY)["2026-11-21"]["note"], "second-device-secret");
    for device in fs::read_dir(laptop.env.home().join("devices")).unwrap().flatten() {
        for file in fs::read_dir(device.path()).unwrap().flatten() {
            let bytes = fs::read(file.path()).unwrap();
            assert!(
                bytes.starts_with(b"age-encryption.org/v1\n"),
                "{} is not an age file",
                file.path().display()
            );
        }
    }
    // A wrong key is refused, and changes nothing.
    let (other_remote, others) = three_clones();
    let stranger = &others[0];
    stranger.env.plan(&["start"]).assert().success();
    stranger.plan(&["encrypt"]);
    let wrong = stranger.env.dir.path().join("wrong-key.txt");
    fs::write(&wrong, stranger.key_export()).unwrap();
    let third = &devices[2];
    third.sync();
    let out = third.env.plan(&["key", "import", wrong.to_str().unwrap()]).output().unwrap();
    assert_refused(&out, 1, &["does not open this plan"], "a wrong key");
    drop(other_remote);
}

/// The conflict copies engines make of a device's files are read, merged
/// by event, and folded away by that device's next write.
#[test]
fn conflict_copies_are_merged_and_folded_away() {
    let env = Env::new(TODAY);
    env.plan_on("2026-11-01", &["start"]).assert().success();
    env.plan(&["checkin", "--date", "2026-11-20", "--mood", "4"]).assert().success();
    let device = fs::read_dir(env.home().join("devices")).unwrap().next().unwrap().unwrap().path();
    // What the folder held then, as a sync engine would keep it on a conflict.
    let old_log = fs::read(device.join("2026-11.jsonl")).unwrap();
    let old_head = fs::read(device.join("head")).unwrap();
    env.plan(&["checkin", "--date", "2026-11-21", "--mood", "6"]).assert().success();
    // A second copy of this device (its config folder copied to another
    // machine) wrote its own next event; the engine kept it as a conflict copy.
    let other = Env::new(TODAY);
    fs::create_dir_all(other.user_home().join(".config/plan")).unwrap();
    fs::copy(
        env.user_home().join(".config/plan/device.json"),
        other.user_home().join(".config/plan/device.json"),
    )
    .unwrap();
    fs::create_dir_all(other.home()).unwrap();
    copy_tree(&env.home(), &other.home());
    fs::write(other.home().join("devices").join(device.file_name().unwrap()).join("2026-11.jsonl"), &old_log)
        .unwrap();
    fs::write(other.home().join("devices").join(device.file_name().unwrap()).join("head"), &old_head)
        .unwrap();
    other
        .plan(&["checkin", "--date", "2026-11-22", "--mood", "8", "--note", "written on the copy"])
        .assert()
        .success();
    let copied = other.home().join("devices").join(device.file_name().unwrap());
    fs::copy(
        copied.join("2026-11.jsonl"),
        device.join("2026-11.sync-conflict-20261124-101010-ABCDEFG.jsonl"),
    )
    .unwrap();
    fs::copy(copied.join("head"), device.join("head.sync-conflict-20261124-101010-ABCDEFG")).unwrap();

    let log = env.log_map(TODAY);
    assert_eq!(log.keys().collect::<Vec<_>>(), ["2026-11-20", "2026-11-21", "2026-11-22"], "{log:?}");
    assert_eq!(env.json(&["status", "--json"])["checkins"], 3);
    let doctor = env.stdout(&["doctor"]);
    assert!(doctor.contains("2 conflict copies from a sync engine, merged"), "{doctor}");
    // This device's next write takes them in, and removes them.
    env.plan(&["checkin", "--date", "2026-11-23", "--mood", "5"]).assert().success();
    assert!(conflict_files(&env.home()).is_empty(), "{:?}", conflict_files(&env.home()));
    let log = env.log_map(TODAY);
    assert_eq!(log.len(), 4);
    assert_eq!(log["2026-11-22"]["note"], "written on the copy");
}

fn copy_tree(from: &Path, to: &Path) {
    for entry in fs::read_dir(from).unwrap().flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            fs::create_dir_all(&target).unwrap();
            copy_tree(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// `status` is answered from the cache while no head moves, and folds
/// again as soon as another device's head does.
#[test]
fn the_cache_follows_the_heads() {
    let (_remote, devices) = three_clones();
    let [laptop, desktop, _] = &devices[..] else { unreachable!() };
    laptop.env.plan_on("2026-11-01", &["start"]).assert().success();
    laptop.sync();
    desktop.sync();
    assert_eq!(desktop.json(&["status", "--json"])["checkins"], 0);
    laptop.plan(&["checkin", "--date", "2026-11-20", "--mood", "4"]);
    laptop.sync();
    desktop.sync();
    assert_eq!(desktop.json(&["status", "--json"])["checkins"], 1, "the desktop saw the laptop's head move");
    // A stale cache that claims other heads is never believed.
    let cache = desktop.env.user_home().join(".cache/plan");
    let dir = fs::read_dir(&cache).unwrap().next().unwrap().unwrap().path();
    let status = dir.join("status.json");
    let mut cached: Value = serde_json::from_slice(&fs::read(&status).unwrap()).unwrap();
    cached["state"]["checkins"] = 99.into();
    fs::write(&status, serde_json::to_vec(&cached).unwrap()).unwrap();
    assert_eq!(desktop.json(&["status", "--json"])["checkins"], 99, "an up-to-date cache is used as it is");
    laptop.plan(&["checkin", "--date", "2026-11-21", "--mood", "5"]);
    laptop.sync();
    desktop.sync();
    assert_eq!(desktop.json(&["status", "--json"])["checkins"], 2, "a moved head folds again");
}
