//! The store's promise under the sync engine most people run: three devices
//! (three plan folders, each with its own config and cache folders) share
//! one plan through three real Syncthing instances on this machine, edit it
//! while cut off from each other, and come back together with no conflict
//! copies and the same plan on every device.
//!
//! Syncthing talks only over loopback: every instance listens on
//! `tcp://127.0.0.1:PORT`, each pair connects at a static address, and
//! global discovery, local announcements, relays, NAT traversal, usage and
//! crash reports and upgrades are off. A control folder that two of them share,
//! edited on both at once, must get a `*.sync-conflict-*` file, to show the
//! test sees a conflict when there is one.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs;
use std::io::{Read, Write as _};
use std::net::{TcpListener, TcpStream};
use std::os::unix::fs::DirBuilderExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::thread::sleep;
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::harness::{Env, assert_private, text};

/// The day the plan starts, the days the devices record, and today for every
/// command after the start.
const STARTED: &str = "2026-11-02";
pub(crate) const SINCE: &str = "2026-11-01";
const DAY1: &str = "2026-11-03";
const DAY2: &str = "2026-11-04";
const DAY3: &str = "2026-11-05";
pub(crate) const TODAY: &str = "2026-11-06";

/// The Syncthing folder ids: the plan folder, and the control folder.
pub(crate) const PLAN: &str = "plan";
const CONTROL: &str = "control";
/// The devices that share the control folder: the two that write it, and
/// no third. A third gets both versions, and may pull the losing one first,
/// find it in conflict with the winner, and make a conflict copy of its
/// own with the same name as the loser's; Syncthing 1.19 then fails to pull
/// that file for minutes ("file modified but not rescanned").
const CONTROL_DEVICES: [&str; 2] = ["a", "b"];
/// The file two devices write at once in the control folder.
const SHARED: &str = "shared.txt";

/// How long Syncthing may take to start, connect or sync.
const TIMEOUT: Duration = Duration::from_secs(90);
/// Between two writes whose order the test relies on: the hybrid clock
/// (`event::Clock`) reads the wall clock in milliseconds.
const APART: Duration = Duration::from_millis(20);

/// Pause every device, edit on each, resume, and wait until all are idle
/// with nothing needed: no `*sync-conflict*` file in any plan folder, the
/// same `status`, `log` and `steps` on all three, and those say what the
/// devices recorded. The control folder gets a conflict copy.
#[test]
#[ignore = "needs syncthing (apt-get install syncthing); .ci/run installs it and runs --include-ignored"]
fn three_devices_edit_offline_and_syncthing_merges_them_without_conflicts() {
    let begun = Instant::now();
    let cluster = Cluster::start();
    let [a, b, c] = &cluster.nodes;

    fs::write(a.control.join(SHARED), "written while a and b are together\n").expect("write control file");
    a.plan_on(STARTED, &["start", "--since", SINCE]);
    cluster.wait_in_sync("the started plan reaches b and c");
    for node in [b, c] {
        let status = node.json(&["status", "--json"]);
        assert_eq!(status["no_contact"]["since"], SINCE, "{}: the plan as started on a: {status}", node.name);
    }

    cluster.pause();
    edit_offline(&cluster);
    cluster.scan();
    cluster.resume();
    cluster.wait_in_sync("the offline edits merge");

    for node in cluster.sharing(CONTROL) {
        let conflicts = conflict_files(&node.control);
        assert!(
            conflicts.iter().any(|name| name.starts_with("shared.sync-conflict-")
                && Path::new(name).extension() == Some("txt".as_ref())),
            "{}: the control folder, written on a and b at once, has a conflict copy: {conflicts:?}",
            node.name
        );
    }
    for node in &cluster.nodes {
        let conflicts = conflict_files(&node.env.home());
        assert!(
            conflicts.is_empty(),
            "{}: Syncthing made conflict copies in the plan folder: {conflicts:?}",
            node.name
        );
    }
    assert_same_plan_everywhere(&cluster);
    assert_plan_is_what_was_recorded(a);
    for node in &cluster.nodes {
        node.plan(&["doctor"]);
        assert_private(&node.env.home(), &format!("{}: the plan folder, as Syncthing wrote it", node.name));
    }
    what_each_device_meant(&cluster);
    eprintln!("syncthing: the whole test took {:.1?}", begun.elapsed());
}

/// Round two, through Syncthing: a device whose files claim the largest
/// clock there is arrives; b amends its day after seeing it. Then, apart,
/// b slips on day 1 and a changes day 2's mood; later c, which has seen
/// neither, records practical contact on day 1 and says day 2's mood again.
/// The amendment, the slip and the mood said last hold on every device.
fn what_each_device_meant(cluster: &Cluster) {
    let [a, b, c] = &cluster.nodes;
    let log = fs::read_to_string(a.env.device_dir().join("plan.jsonl")).expect("a's plan log");
    let first: Value = serde_json::from_str(log.lines().next().expect("a start")).expect("an event");
    let broken = a.env.home().join("devices").join("00000000000000ff");
    fs::DirBuilder::new().mode(0o700).create(&broken).expect("the broken device's folder");
    let clock = serde_json::json!([u64::MAX, u32::MAX]);
    let event = serde_json::json!({"seq": 1, "clock": clock, "plan": first["plan"], "type": "checkin",
        "date": DAY1, "mood": 1});
    fs::write(broken.join("2026-11.jsonl"), format!("{event}\n")).expect("its log");
    let head = serde_json::json!({"device": "00000000000000ff", "name": "broken", "seq": 1, "clock": clock,
        "files": {"2026-11.jsonl": 1}});
    fs::write(broken.join("head"), head.to_string()).expect("its head");
    cluster.scan();
    cluster.wait_in_sync("the broken clock's device reaches b and c");
    b.plan(&["checkin", "--date", DAY1, "--mood", "9"]);
    cluster.scan();
    cluster.wait_in_sync("b's amendment after the broken clock");

    cluster.pause();
    b.plan(&["slip", "--date", DAY1]);
    a.plan(&["checkin", "--date", DAY2, "--mood", "6"]);
    a.plan(&["checkin", "--date", DAY3, "--add-note", "a's word for day three"]);
    a.plan(&["switch", "ten-steps"]);
    sleep(APART);
    c.plan(&["contact", "logistics", "--date", DAY1]);
    c.plan(&["checkin", "--date", DAY2, "--mood", "7"]);
    c.plan(&["checkin", "--date", DAY3, "--add-note", "c's word for day three"]);
    c.plan(&["done", "2", "--step", "no-contact"]);
    cluster.scan();
    cluster.resume();
    cluster.wait_in_sync("round two merges");
    for node in &cluster.nodes {
        assert!(conflict_files(&node.env.home()).is_empty(), "{}: conflict copies", node.name);
    }
    assert_same_plan_everywhere(cluster);
    let log = a.env.log_map(TODAY);
    assert_eq!(log[DAY1]["mood"], 9, "b's edit, made after seeing the broken clock's");
    assert_eq!(log[DAY1]["contact"], "initiated", "b's slip stands against c's unseen contact");
    assert_eq!(log[DAY2]["mood"], 7, "c's mood, said again last");
    let notes = log[DAY3]["notes"].as_array().expect("notes");
    for word in ["a's word for day three", "c's word for day three"] {
        assert!(notes.contains(&Value::from(word)), "both notes kept: {notes:?}");
    }
    let steps = a.json(&["steps", "--json"]);
    assert_eq!(steps["id"], "ten-steps", "a's switch");
    assert_eq!(
        steps["earlier"][0]["ticked"]["no-contact"],
        serde_json::json!([1, 2]),
        "c's tick stays with four-steps: {steps}"
    );
    assert!(steps["steps"].as_array().expect("steps").iter().all(|step| step["tasks_done"] == 0), "{steps}");
    assert!(a.env.head()["clock"][0].as_u64().expect("a clock") < u64::MAX / 2, "no clock followed");
}

/// Two cases a sync engine brings about on its own, with real Syncthing.
/// A twin: c runs with a copy of a's config folder, so both write as one
/// device. c holds back a's head while a's log arrives and c checks in;
/// then holds back a's logs while a's head arrives, and every command on c
/// goes on. Then b's folder goes back to an old copy of itself: every
/// device says so, and b's next check-in takes a number above all it had
/// used. In the end all three show the same plan, with every note anyone
/// wrote except the one the old copy lost, and no conflict copy is left.
#[test]
#[ignore = "needs syncthing (apt-get install syncthing); .ci/run installs it and runs --include-ignored"]
fn a_twin_and_a_folder_gone_back_lose_nothing_under_syncthing() {
    let cluster = Cluster::start();
    let [a, b, c] = &cluster.nodes;
    a.plan(&["device", "name", "a"]);
    b.plan(&["device", "name", "b"]);
    a.plan_on(STARTED, &["start", "--since", SINCE]);
    cluster.wait_in_sync("the started plan reaches b and c");
    fs::create_dir_all(c.env.config_dir()).expect("c's config folder");
    fs::copy(a.env.config_dir().join("device.json"), c.env.config_dir().join("device.json"))
        .expect("a's config, copied to c");
    let id = a.env.device_id();
    let folder = |node: &Node| node.env.home().join("devices").join(&id);

    // a's log reaches c before its head, and c checks in meanwhile.
    c.ignore(&["devices/*/head"]);
    a.plan(&["checkin", "--date", DAY1, "--mood", "4", "--note", "a, day one"]);
    wait_until("a's log reaches c before its head", || {
        let arrived = tree(&folder(c))
            .iter()
            .any(|(name, bytes)| name != "head" && String::from_utf8_lossy(bytes).contains("a, day one"));
        if arrived { Ok(()) } else { Err("not yet".into()) }
    });
    c.plan(&["checkin", "--date", DAY2, "--mood", "5", "--note", "c, the twin, day two"]);
    c.ignore(&[]);
    cluster.wait_in_sync("the twins' heads meet");
    for node in [a, c] {
        let log = node.env.log_map(TODAY);
        assert_eq!(log[DAY1]["note"], "a, day one", "{}: a's check-in, whose log came first", node.name);
        assert_eq!(log[DAY2]["note"], "c, the twin, day two", "{}", node.name);
    }

    // a's head reaches c before its log: c goes on, and waits.
    c.ignore(&["devices/*/*.jsonl"]);
    a.plan(&["checkin", "--date", DAY3, "--mood", "6", "--note", "a, day three"]);
    let a_head = fs::read(folder(a).join("head")).expect("a's head");
    wait_until("a's head reaches c before its log", || {
        if fs::read(folder(c).join("head")).ok().as_ref() == Some(&a_head) {
            Ok(())
        } else {
            Err("not yet".into())
        }
    });
    for args in [&["status", "--json"][..], &["log", "--json"], &["steps", "--json"]] {
        c.plan(args);
    }
    let doctor = c.plan(&["doctor"]);
    assert!(doctor.contains("waiting for a sync to bring them"), "{doctor}");
    c.plan(&["checkin", "--date", DAY3, "--urge", "2"]);
    c.ignore(&[]);
    cluster.wait_in_sync("a's logs follow its head");
    // Each twin's next change folds in what the engine left beside its files.
    a.plan(&["checkin", "--date", DAY1, "--urge", "1"]);
    cluster.wait_in_sync("a folds the copies in");
    c.plan(&["checkin", "--date", DAY2, "--urge", "1"]);
    cluster.wait_in_sync("c folds the copies in");

    // b's folder goes back to an old copy of itself.
    b.plan(&["checkin", "--date", STARTED, "--mood", "3", "--note", "b, kept"]);
    let b_folder = b.env.home().join("devices").join(b.env.device_id());
    let backup = b.env.dir.path().join("backup");
    crate::harness::copy_dir(&b_folder, &backup);
    b.plan(&["checkin", "--date", TODAY, "--mood", "7", "--note", "b, lost with the old copy"]);
    cluster.wait_in_sync("b's check-ins reach a and c");
    a.plan(&["checkin", "--date", DAY3, "--urge", "3"]);
    cluster.wait_in_sync("a has seen b's check-ins");
    for entry in fs::read_dir(&b_folder).expect("b's folder").flatten() {
        if !backup.join(entry.file_name()).exists() {
            fs::remove_file(entry.path()).expect("remove a file the old copy lacks");
        }
    }
    for entry in fs::read_dir(&backup).expect("the old copy").flatten() {
        fs::write(b_folder.join(entry.file_name()), fs::read(entry.path()).unwrap()).expect("restore");
    }
    cluster.scan();
    cluster.wait_in_sync("the old copy reaches a and c");
    for node in &cluster.nodes {
        let out = node.env.plan_on(TODAY, &["status"]).output().expect("run plan");
        let said = text(&out.stderr);
        assert!(
            out.status.success() && said.contains("files went back to an older copy"),
            "{}: {said}",
            node.name
        );
    }
    b.plan(&["checkin", "--date", TODAY, "--mood", "8", "--note", "b, after the old copy"]);
    cluster.wait_in_sync("b's next check-in");

    assert_same_plan_everywhere(&cluster);
    let log = a.env.log_map(TODAY);
    let notes: Vec<(&str, &str)> =
        log.iter().filter_map(|(date, entry)| Some((date.as_str(), entry["note"].as_str()?))).collect();
    assert_eq!(
        notes,
        [
            (STARTED, "b, kept"),
            (DAY1, "a, day one"),
            (DAY2, "c, the twin, day two"),
            (DAY3, "a, day three"),
            (TODAY, "b, after the old copy"),
        ]
    );
    assert_eq!(log[DAY3]["urge"], 3, "a's last urge for day 3");
    for node in &cluster.nodes {
        let conflicts = conflict_files(&node.env.home());
        assert!(conflicts.is_empty(), "{}: {conflicts:?}", node.name);
        let out = node.env.plan_on(TODAY, &["status"]).output().expect("run plan");
        assert!(out.stderr.is_empty(), "{}: {}", node.name, text(&out.stderr));
        node.plan(&["doctor"]);
    }
}

/// Each device, cut off from the others, records what a person would: a
/// check-in on days 1 and 2 on a; an urge and then a later mood for day 2 on
/// b; a slip on day 3 on c; a ticked task on b; then a, later than all of
/// those, amends day 1's note and sets day 2's urge. Each write is `APART`
/// from the one before, so which write of a field is later is known. a and
/// b also write the control folder's shared file differently.
fn edit_offline(cluster: &Cluster) {
    let [a, b, c] = &cluster.nodes;
    let steps: [(&Node, &[&str]); 10] = [
        (a, &["device", "name", "a"]),
        (b, &["device", "name", "b"]),
        (c, &["device", "name", "c"]),
        (a, &["checkin", "--date", DAY1, "--mood", "4", "--note", "day one"]),
        (a, &["checkin", "--date", DAY2, "--mood", "5"]),
        (b, &["checkin", "--date", DAY2, "--urge", "3"]),
        (b, &["checkin", "--date", DAY2, "--mood", "7"]),
        (c, &["slip", "--date", DAY3]),
        (b, &["done", "1"]),
        (a, &["checkin", "--date", DAY1, "--note", "day one, amended"]),
    ];
    for (node, args) in steps {
        node.plan(args);
        sleep(APART);
    }
    a.plan(&["checkin", "--date", DAY2, "--urge", "2"]);
    fs::write(a.control.join(SHARED), "written on a while apart\n").expect("write control file on a");
    fs::write(b.control.join(SHARED), "written on b while apart\n").expect("write control file on b");
}

/// `status`, `log` and `steps` print the same JSON on every device.
fn assert_same_plan_everywhere(cluster: &Cluster) {
    for args in [["status", "--json"], ["log", "--json"], ["steps", "--json"]] {
        let outputs: Vec<String> = cluster.nodes.iter().map(|node| node.plan(&args)).collect();
        for (node, output) in cluster.nodes.iter().zip(&outputs).skip(1) {
            assert!(
                *output == outputs[0],
                "plan {args:?} differs between a and {}:\n--- a\n{}\n--- {}\n{output}",
                node.name,
                outputs[0],
                node.name
            );
        }
    }
}

/// The merged plan holds every device's events, the later write of a field
/// winning.
fn assert_plan_is_what_was_recorded(node: &Node) {
    let log = node.env.log_map(TODAY);
    let dates: Vec<&str> = log.keys().map(String::as_str).collect();
    assert_eq!(dates, [DAY1, DAY2, DAY3], "the days a, b and c recorded: {log:?}");
    let day = |date: &str, field: &str| log[date][field].clone();
    assert_eq!(day(DAY1, "mood"), 4, "day 1: a's mood");
    assert_eq!(day(DAY1, "note"), "day one, amended", "day 1: a's later note");
    assert_eq!(day(DAY1, "contact"), "none");
    assert_eq!(day(DAY2, "mood"), 7, "day 2: b's mood, written after a's");
    assert_eq!(day(DAY2, "urge"), 2, "day 2: a's urge, written after b's");
    assert_eq!(day(DAY2, "contact"), "none");
    assert_eq!(day(DAY3, "contact"), "initiated", "day 3: c's slip");

    let status = node.json(&["status", "--json"]);
    assert_eq!(status["checkins"], 3, "{status}");
    assert_eq!(status["no_contact"]["since"], DAY3, "c's slip starts the counter again: {status}");
    assert_eq!(status["no_contact"]["resets"], 1, "{status}");
    assert_eq!(status["step"]["tasks_done"], 1, "b's tick: {status}");

    let steps = node.json(&["steps", "--json"]);
    assert_eq!(steps["steps"][0]["tasks_done"], 1, "b's tick: {steps}");

    let devices = node.env.home().join("devices");
    let written = fs::read_dir(&devices).expect("read devices/").count();
    assert_eq!(written, 3, "a, b and c each write their own folder in {}", devices.display());
    let listing = node.plan(&["device"]);
    for name in ["a", "b", "c"] {
        assert!(listing.lines().any(|line| line.trim_start().starts_with(&format!("{name} "))), "{listing}");
    }
}

/// Every file and folder under `dir` whose name says it is a sync engine's
/// conflict copy, relative to `dir`.
fn conflict_files(dir: &Path) -> Vec<String> {
    tree(dir).into_keys().filter(|name| name.contains("sync-conflict")).collect()
}

/// Every file (with its bytes) and folder (empty) under `dir`, by path
/// relative to it, leaving out Syncthing's own `.stfolder` marker.
fn tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut found = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(folder) = stack.pop() {
        let entries = match fs::read_dir(&folder) {
            Ok(entries) => entries,
            // A folder Syncthing removes may vanish while it is walked; `dir` may not.
            Err(e) => {
                assert!(folder != dir, "read {}: {e}", dir.display());
                continue;
            }
        };
        for entry in entries {
            let path = entry.expect("read a folder entry").path();
            let name = path.strip_prefix(dir).expect("under dir").to_string_lossy().into_owned();
            if name == ".stfolder" {
                continue;
            }
            if path.is_dir() {
                stack.push(path);
                found.insert(name, Vec::new());
            } else {
                // A file Syncthing is replacing may vanish between the two reads.
                found.insert(name, fs::read(&path).unwrap_or_default());
            }
        }
    }
    found
}

/// Three Syncthing instances, a, b and c, each sharing its device's plan
/// folder with the other two; a and b share a control folder too. Or any
/// three devices sharing the folders each was generated with.
pub(crate) struct Cluster {
    pub(crate) nodes: [Node; 3],
}

impl Cluster {
    /// Generate three instances, configure them for loopback only, start
    /// them, and wait until each is connected to the other two.
    fn start() -> Cluster {
        Cluster::start_with(["a", "b", "c"], Node::generate)
    }

    /// Three instances named `names`, each made by `make(name, gui port,
    /// listen port)` with the folders it shares; each folder is shared with
    /// every other device that has a folder of that id.
    pub(crate) fn start_with(
        names: [&'static str; 3],
        make: impl Fn(&'static str, u16, u16) -> Node,
    ) -> Cluster {
        require_syncthing();
        let ports = free_ports(6);
        let nodes = [
            make(names[0], ports[0], ports[1]),
            make(names[1], ports[2], ports[3]),
            make(names[2], ports[4], ports[5]),
        ];
        let peers: Vec<(&str, String, u16)> =
            nodes.iter().map(|node| (node.name, node.id.clone(), node.listen)).collect();
        let shares: Vec<(String, Vec<&str>)> = nodes
            .iter()
            .map(|node| (node.id.clone(), node.shared.iter().map(|shared| shared.id).collect()))
            .collect();
        let sharing = |folder: &str| -> Vec<String> {
            shares.iter().filter(|(_, ids)| ids.contains(&folder)).map(|(id, _)| id.clone()).collect()
        };
        let mut cluster = Cluster { nodes };
        for node in &mut cluster.nodes {
            node.write_config(&peers, &sharing);
            node.spawn();
        }
        for node in &mut cluster.nodes {
            let what = format!("{} starts", node.name);
            wait_until(&what, || node.up());
        }
        let names = names.join(", ");
        wait_until(&format!("{names} connect"), || cluster.each_pair(true));
        cluster
    }

    /// Cut every device off from the others (`/rest/system/pause` with no
    /// device pauses them all), and wait until no connection is left.
    fn pause(&self) {
        for node in &self.nodes {
            node.post("/rest/system/pause");
        }
        wait_until("a, b and c disconnect", || self.each_pair(false));
    }

    /// Have every instance scan both folders now, so what each device wrote
    /// while apart is in its index before they meet again.
    pub(crate) fn scan(&self) {
        for node in &self.nodes {
            for (folder, _) in node.folders() {
                node.post(&format!("/rest/db/scan?folder={folder}"));
            }
        }
    }

    fn resume(&self) {
        for node in &self.nodes {
            node.post("/rest/system/resume");
        }
    }

    /// Wait until every instance is connected to the others, idle in its
    /// folders with nothing needed, sees the other devices complete in them,
    /// and each folder holds the same files on every device that shares it;
    /// twice in a row.
    pub(crate) fn wait_in_sync(&self, what: &str) {
        let mut held = 0;
        wait_until(what, || match self.in_sync() {
            Ok(()) => {
                held += 1;
                if held >= 2 { Ok(()) } else { Err("in sync once; checking that it holds".to_owned()) }
            }
            Err(why) => {
                held = 0;
                Err(why)
            }
        });
    }

    fn in_sync(&self) -> Result<(), String> {
        self.each_pair(true)?;
        for node in &self.nodes {
            for (folder, _) in node.folders() {
                let status = node.get(&format!("/rest/db/status?folder={folder}"))?;
                let idle = status["state"] == "idle"
                    && status["needTotalItems"] == 0
                    && status["needBytes"] == 0
                    && status["pullErrors"] == 0;
                if !idle {
                    return Err(format!("{} {folder}: {status}", node.name));
                }
                for peer in self.sharing(folder).into_iter().filter(|peer| peer.id != node.id) {
                    let path = format!("/rest/db/completion?folder={folder}&device={}", peer.id);
                    let completion = node.get(&path)?;
                    let complete = completion["completion"].as_f64() == Some(100.0)
                        && completion["needItems"] == 0
                        && completion["needDeletes"] == 0
                        && completion["needBytes"] == 0;
                    if !complete {
                        return Err(format!("{} sees {} {folder}: {completion}", node.name, peer.name));
                    }
                }
            }
        }
        let mut folders: Vec<&str> =
            self.nodes.iter().flat_map(|node| node.shared.iter().map(|shared| shared.id)).collect();
        folders.sort_unstable();
        folders.dedup();
        for folder in folders {
            let sharing = self.sharing(folder);
            let trees: Vec<_> = sharing.iter().map(|node| tree(&node.folder(folder))).collect();
            for (node, files) in sharing.iter().zip(&trees).skip(1) {
                if *files != trees[0] {
                    let names = |t: &BTreeMap<String, Vec<u8>>| t.keys().cloned().collect::<Vec<_>>();
                    return Err(format!(
                        "{folder} differs on a and {}: {:?} / {:?}",
                        node.name,
                        names(&trees[0]),
                        names(files)
                    ));
                }
            }
        }
        Ok(())
    }

    /// The devices that share `folder`.
    fn sharing(&self, folder: &str) -> Vec<&Node> {
        self.nodes.iter().filter(|node| node.folders().iter().any(|(id, _)| *id == folder)).collect()
    }

    /// Every instance is connected to each other one (`connected`), or to none.
    fn each_pair(&self, connected: bool) -> Result<(), String> {
        for node in &self.nodes {
            let connections = node.get("/rest/system/connections")?;
            for peer in self.nodes.iter().filter(|peer| peer.id != node.id) {
                let is = connections["connections"][&peer.id]["connected"] == true;
                if is != connected {
                    return Err(format!("{} connected to {}: {is}", node.name, peer.name));
                }
            }
        }
        Ok(())
    }
}

/// One device: a world of its own for `plan` (plan folder, config and cache
/// folders), and a Syncthing instance with its own home that shares the
/// plan folder (and, on a and b, a control folder).
pub(crate) struct Node {
    pub(crate) name: &'static str,
    pub(crate) env: Env,
    /// Syncthing's config, keys, database and log.
    home: PathBuf,
    control: PathBuf,
    /// The Syncthing device id.
    id: String,
    gui: u16,
    listen: u16,
    api_key: String,
    child: Option<Child>,
    /// The folders it shares.
    shared: Vec<Shared>,
}

/// A folder a device shares: its Syncthing id, its path, and whether this
/// device only receives it (a partner's copy of `partners/`).
pub(crate) struct Shared {
    pub(crate) id: &'static str,
    pub(crate) path: PathBuf,
    pub(crate) receive_only: bool,
}

impl Node {
    /// A new device with an empty plan folder and, on a and b, control
    /// folder (each with Syncthing's `.stfolder` marker), and Syncthing keys.
    fn generate(name: &'static str, gui: u16, listen: u16) -> Node {
        Node::generate_with(name, gui, listen, |env| {
            let mut shared = vec![Shared { id: PLAN, path: env.home(), receive_only: false }];
            if CONTROL_DEVICES.contains(&name) {
                let control = env.dir.path().join("control");
                shared.push(Shared { id: CONTROL, path: control, receive_only: false });
            }
            shared
        })
    }

    /// A new device sharing the folders `folders` names in its world (each
    /// made, with its parents, and given Syncthing's `.stfolder` marker),
    /// and Syncthing keys.
    pub(crate) fn generate_with(
        name: &'static str,
        gui: u16,
        listen: u16,
        folders: impl FnOnce(&Env) -> Vec<Shared>,
    ) -> Node {
        let env = Env::new(TODAY);
        let home = env.dir.path().join("syncthing");
        let control = env.dir.path().join("control");
        let shared = folders(&env);
        for dir in shared.iter().map(|shared| &shared.path) {
            fs::DirBuilder::new().recursive(true).mode(0o700).create(dir).expect("create a shared folder");
            fs::DirBuilder::new().mode(0o700).create(dir.join(".stfolder")).expect("create .stfolder");
        }
        let mut node = Node {
            name,
            env,
            home,
            control,
            id: String::new(),
            gui,
            listen,
            api_key: format!("plan-test-{name}-{gui}"),
            child: None,
            shared,
        };
        let generate = node.syncthing(&["generate", "--no-default-folder", "--skip-port-probing"]);
        let id = node.syncthing(&["serve", "--device-id"]);
        id.trim().clone_into(&mut node.id);
        assert!(node.id.len() > 50, "{name}: a Syncthing device id: {id:?} (generate said {generate})");
        node
    }

    /// `syncthing ARGS --home HOME`, run to its end; its output.
    fn syncthing(&self, args: &[&str]) -> String {
        let out = self.command(&[], args).output().expect("run syncthing");
        assert!(
            out.status.success(),
            "{}: syncthing {args:?} failed: {}{}",
            self.name,
            text(&out.stdout),
            text(&out.stderr)
        );
        text(&out.stdout)
    }

    /// `syncthing ARGS --home HOME`, run by `wrapper` (`[]` for none), in an
    /// environment with nothing of the developer's, no default folder, no
    /// upgrades and no restarts.
    fn command(&self, wrapper: &[&str], args: &[&str]) -> Command {
        let (program, options) = wrapper.split_first().map_or(("syncthing", &[][..]), |(p, o)| (*p, o));
        let mut cmd = Command::new(program);
        cmd.args(options)
            .args(if wrapper.is_empty() { None } else { Some("syncthing") })
            .args(args)
            .arg("--home")
            .arg(&self.home)
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", self.env.user_home())
            .env("LANG", "C.UTF-8")
            .env("STNODEFAULTFOLDER", "1")
            .env("STNOUPGRADE", "1")
            .env("STNORESTART", "1")
            // Run as the process Syncthing's monitor would start, not as the
            // monitor: one process, which `Drop` and the kernel can kill.
            .env("STMONITORED", "yes")
            .current_dir(self.env.dir.path())
            .stdin(Stdio::null());
        cmd
    }

    /// Replace the generated config with one that uses loopback only: this
    /// device's GUI and listen addresses, the peers, the plan folder shared
    /// with all three and the control folder between a and b, each rescanned
    /// every 2 s and watched. Each pair connects one way, the earlier device
    /// dialling the later one's static address (the later one has no
    /// address for it, and no discovery to find one):
    /// when the two of a pair dial each other at once, as they do on
    /// resuming, Syncthing 1.19 here took 20 s to settle on one connection
    /// (one side's Hello exchange timing out).
    fn write_config(&self, peers: &[(&str, String, u16)], sharing: &dyn Fn(&str) -> Vec<String>) {
        let me = peers.iter().position(|(_, id, _)| *id == self.id).expect("this device among the peers");
        let mut devices = String::new();
        for (i, (name, id, port)) in peers.iter().enumerate() {
            let address = if i > me { format!("tcp://127.0.0.1:{port}") } else { "dynamic".to_owned() };
            writeln!(
                devices,
                "<device id=\"{id}\" name=\"{name}\" compression=\"metadata\" introducer=\"false\">\
                 <address>{address}</address><paused>false</paused>\
                 <autoAcceptFolders>false</autoAcceptFolders></device>"
            )
            .expect("write to a String");
        }
        let folders: String = self
            .shared
            .iter()
            .map(|shared| folder_config(shared.id, &shared.path, &sharing(shared.id), shared.receive_only))
            .collect();
        let config = format!(
            "<configuration version=\"36\">\n{folders}{devices}\
             <gui enabled=\"true\" tls=\"false\"><address>127.0.0.1:{}</address><apikey>{}</apikey></gui>\n\
             <options>\
             <listenAddress>tcp://127.0.0.1:{}</listenAddress>\
             <globalAnnounceEnabled>false</globalAnnounceEnabled>\
             <localAnnounceEnabled>false</localAnnounceEnabled>\
             <relaysEnabled>false</relaysEnabled>\
             <natEnabled>false</natEnabled>\
             <urAccepted>-1</urAccepted>\
             <autoUpgradeIntervalH>0</autoUpgradeIntervalH>\
             <crashReportingEnabled>false</crashReportingEnabled>\
             <startBrowser>false</startBrowser>\
             <announceLANAddresses>false</announceLANAddresses>\
             <reconnectionIntervalS>1</reconnectionIntervalS>\
             </options>\n</configuration>\n",
            self.gui, self.api_key, self.listen,
        );
        fs::write(self.home.join("config.xml"), config).expect("write config.xml");
    }

    /// Start `syncthing serve`, its output going to `syncthing.log`. `Drop`
    /// stops it; should this test's process be killed outright instead,
    /// `setpriv --pdeathsig` has the kernel kill it too.
    fn spawn(&mut self) {
        let log = fs::File::create(self.log()).expect("create syncthing.log");
        let mut cmd = self.command(
            &["setpriv", "--pdeathsig", "KILL", "--"],
            &["serve", "--no-browser", "--no-restart", "--no-upgrade", "--logflags=3"],
        );
        cmd.stdout(log.try_clone().expect("clone log")).stderr(log);
        self.child = Some(cmd.spawn().expect("start syncthing"));
    }

    fn log(&self) -> PathBuf {
        self.env.dir.path().join("syncthing.log")
    }

    /// The Syncthing folders this device shares, and their paths.
    fn folders(&self) -> Vec<(&'static str, PathBuf)> {
        self.shared.iter().map(|shared| (shared.id, shared.path.clone())).collect()
    }

    fn folder(&self, id: &str) -> PathBuf {
        let (_, path) =
            self.folders().into_iter().find(|(folder, _)| *folder == id).expect("a folder of this device");
        path
    }

    /// The REST API answers, as this device; Syncthing has not exited.
    fn up(&mut self) -> Result<(), String> {
        let child = self.child.as_mut().expect("spawned");
        if let Some(exit) = child.try_wait().expect("wait for syncthing") {
            let log = fs::read_to_string(self.log()).unwrap_or_default();
            panic!("{}: syncthing exited ({exit}):\n{log}", self.name);
        }
        let status = self.get("/rest/system/status")?;
        assert_eq!(
            status["myID"],
            self.id.as_str(),
            "{}: the instance on port {} is not ours",
            self.name,
            self.gui
        );
        Ok(())
    }

    /// `plan ARGS` on this device on `TODAY`, which must succeed; its stdout.
    pub(crate) fn plan(&self, args: &[&str]) -> String {
        self.plan_on(TODAY, args)
    }

    fn plan_on(&self, today: &str, args: &[&str]) -> String {
        let out = self.env.plan_on(today, args).output().expect("run plan");
        assert!(
            out.status.success(),
            "{}: plan {args:?} failed: {}{}",
            self.name,
            text(&out.stdout),
            text(&out.stderr)
        );
        text(&out.stdout)
    }

    fn json(&self, args: &[&str]) -> Value {
        serde_json::from_str(&self.plan(args)).expect("valid JSON")
    }

    /// Have Syncthing on this device ignore `patterns` in the plan folder
    /// (none: stop ignoring), and scan it now: what it ignores it neither
    /// sends nor takes, so files arrive in the order a test needs.
    fn ignore(&self, patterns: &[&str]) {
        let path = self.env.home().join(".stignore");
        if patterns.is_empty() {
            let _ = fs::remove_file(&path);
        } else {
            fs::write(&path, patterns.join("\n") + "\n").expect("write .stignore");
        }
        self.post(&format!("/rest/db/scan?folder={PLAN}"));
    }

    fn get(&self, path: &str) -> Result<Value, String> {
        self.rest("GET", path)
    }

    fn post(&self, path: &str) {
        if let Err(why) = self.rest("POST", path) {
            panic!("{}: POST {path}: {why}", self.name);
        }
    }

    /// One call to the REST API, over HTTP/1.0 so the answer is never chunked.
    fn rest(&self, method: &str, path: &str) -> Result<Value, String> {
        let what = |e: std::io::Error| format!("{method} {path} on port {}: {e}", self.gui);
        let mut stream = TcpStream::connect(("127.0.0.1", self.gui)).map_err(what)?;
        stream.set_read_timeout(Some(TIMEOUT)).map_err(what)?;
        let request = format!(
            "{method} {path} HTTP/1.0\r\nHost: 127.0.0.1:{}\r\nX-API-Key: {}\r\nContent-Length: 0\r\n\r\n",
            self.gui, self.api_key
        );
        stream.write_all(request.as_bytes()).map_err(what)?;
        let mut response = Vec::new();
        stream.read_to_end(&mut response).map_err(what)?;
        let response = text(&response);
        let (head, body) = response.split_once("\r\n\r\n").unwrap_or((&response, ""));
        let code = head.split_whitespace().nth(1).unwrap_or_default();
        if code != "200" {
            return Err(format!("{method} {path}: {head}\n{body}"));
        }
        if body.trim().is_empty() {
            return Ok(Value::Null);
        }
        serde_json::from_str(body).map_err(|e| format!("{method} {path}: {e}: {body}"))
    }
}

impl Drop for Node {
    /// Stop Syncthing, even when the test failed; then show the end of its log.
    fn drop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
        if std::thread::panicking() {
            let log = fs::read_to_string(self.log()).unwrap_or_default();
            let tail: Vec<&str> = log.lines().rev().take(40).collect();
            let tail: Vec<&str> = tail.into_iter().rev().collect();
            eprintln!("--- syncthing {} ({}), the end of its log:\n{}", self.name, self.id, tail.join("\n"));
        }
    }
}

/// The config of a folder at `path` shared by the devices `members` (this
/// one among them): rescanned every 2 s, watched, and retried a second
/// after a failed pull; receive-only on a device that only reads it.
fn folder_config(id: &str, path: &Path, members: &[String], receive_only: bool) -> String {
    let mut devices = String::new();
    for device in members {
        write!(devices, "<device id=\"{device}\"></device>").expect("write to a String");
    }
    let kind = if receive_only { "receiveonly" } else { "sendreceive" };
    format!(
        "<folder id=\"{id}\" label=\"{id}\" path=\"{}\" type=\"{kind}\" rescanIntervalS=\"2\" \
         fsWatcherEnabled=\"true\" fsWatcherDelayS=\"1\" ignorePerms=\"false\" autoNormalize=\"true\">\
         <filesystemType>basic</filesystemType>{devices}<minDiskFree unit=\"%\">0</minDiskFree>\
         <paused>false</paused><markerName>.stfolder</markerName><maxConflicts>10</maxConflicts>\
         <pullerPauseS>1</pullerPauseS></folder>\n",
        xml_escape(&path.to_string_lossy())
    )
}

/// Call `check` until it is `Ok`, and print how long that took; fail with
/// its last reason after `TIMEOUT`.
fn wait_until(what: &str, mut check: impl FnMut() -> Result<(), String>) {
    let start = Instant::now();
    loop {
        match check() {
            Ok(()) => {
                eprintln!("syncthing: {what}: {:.1?}", start.elapsed());
                return;
            }
            Err(why) => assert!(start.elapsed() < TIMEOUT, "syncthing: {what}: not after {TIMEOUT:?}: {why}"),
        }
        sleep(Duration::from_millis(250));
    }
}

/// `n` distinct ports free on 127.0.0.1 a moment ago.
fn free_ports(n: usize) -> Vec<u16> {
    let listeners: Vec<TcpListener> =
        (0..n).map(|_| TcpListener::bind("127.0.0.1:0").expect("bind a free port")).collect();
    listeners.iter().map(|listener| listener.local_addr().expect("local address").port()).collect()
}

fn xml_escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// Fail (never skip) where `syncthing` is missing.
fn require_syncthing() {
    let probe = Command::new("syncthing").arg("--version").output();
    assert!(
        probe.as_ref().is_ok_and(|out| out.status.success()),
        "this test needs syncthing ({probe:?}): apt-get install syncthing; .ci/run installs it"
    );
}
