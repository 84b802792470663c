//! A friend who knows (issue 19, part 1): partners added and removed, the
//! digest each change writes for them, encrypted to them alone, read on
//! the friend's machine with `plan partner view`, an SOS, several devices;
//! and a canary: what the person wrote in their own words is in no digest.
//! `syncthing.rs` runs the same through real Syncthing.

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use serde_json::Value;

use crate::harness::{Env, assert_private, assert_refused, copy_dir, text};

const TODAY: &str = "2026-11-24";
const SINCE: &str = "2026-11-01";

/// An SSH public key (from age's own tests): `add` takes it as a recipient.
const SSH_ED25519: &str = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHsKLqeplhpW+uObz5dvMgjz1OxfM/XXUB+VHtZ6isGN";

/// The keys of a digest, as the README lists them.
const DIGEST_KEYS: [&str; 10] = [
    "checked_in_today",
    "date",
    "days_since_checkin",
    "format",
    "last_slip",
    "no_contact",
    "partner",
    "sos",
    "version",
    "written",
];

/// The friend's machine: a world of its own with no plan, and the key
/// `plan partner key` made there.
pub(crate) struct Friend {
    pub(crate) env: Env,
    pub(crate) recipient: String,
}

impl Friend {
    pub(crate) fn new() -> Friend {
        let env = Env::new(TODAY);
        let out = env.stdout(&["partner", "key"]);
        let recipient = out
            .split_whitespace()
            .find(|word| word.starts_with("age1"))
            .unwrap_or_else(|| panic!("partner key prints a recipient: {out}"))
            .trim_end_matches(['.', '`'])
            .to_owned();
        assert!(!env.home().exists(), "partner key needs no plan, and makes none");
        Friend { env, recipient }
    }

    /// Where `plan partner key` kept the key.
    pub(crate) fn key(&self) -> PathBuf {
        self.env.config_dir().join("partner-key.txt")
    }

    /// `plan partner view PATH --json` on the friend's machine.
    pub(crate) fn view(&self, path: &Path) -> Value {
        self.env.json(&["partner", "view", path.to_str().unwrap(), "--json"])
    }

    /// `plan partner view PATH` as text.
    pub(crate) fn screen(&self, path: &Path) -> String {
        self.env.stdout(&["partner", "view", path.to_str().unwrap()])
    }

    /// The key itself, as the `age` crate reads it.
    fn identity(&self) -> age::x25519::Identity {
        let text = fs::read_to_string(self.key()).unwrap();
        let line = text.lines().find(|line| line.starts_with("AGE-SECRET-KEY-")).expect("an age key");
        age::x25519::Identity::from_str(line).unwrap()
    }
}

/// Every digest file under the plan folder's `partners/`, by path.
fn digests(env: &Env) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut stack = vec![env.home().join("partners")];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

/// A plan started on SINCE, with `friend` added as Sam.
fn with_partner(friend: &Friend, extra: &[&str]) -> Env {
    let env = Env::new(TODAY);
    env.plan_on(SINCE, &["start", "--since", SINCE]).assert().success();
    let mut args = vec!["partner", "add", "Sam", friend.recipient.as_str()];
    args.extend(extra);
    let out = env.stdout(&args);
    assert!(out.starts_with("Sam added, with their age key."), "{out}");
    assert!(out.contains("never a note, a draft, your why or an answer"), "{out}");
    env
}

#[test]
fn partners_are_added_listed_and_removed_and_bad_ones_refused() {
    let friend = Friend::new();
    let env = with_partner(&friend, &[]);
    env.plan(&["partner", "add", "jo", SSH_ED25519, "jo@example.org", "--moods"]).assert().success();
    let listed = env.json(&["partner", "list", "--json"]);
    assert_eq!(listed.as_array().unwrap().len(), 2, "{listed}");
    assert_eq!(listed[0]["name"], "Sam");
    assert_eq!(listed[0]["kind"], "age");
    assert_eq!(listed[0]["recipient"], friend.recipient.as_str());
    assert_eq!(listed[1]["kind"], "ssh-ed25519");
    assert_eq!(listed[1]["recipient"], SSH_ED25519, "the comment is not kept");
    assert_eq!(listed[1]["moods"], true);
    let shown = env.stdout(&["partner", "list"]);
    assert!(shown.contains("Sam") && shown.contains("count, check-ins and moods"), "{shown}");
    // Written on changes only: a read leaves every digest as it was (each
    // write seals anew, so a rewrite would change every byte).
    let before = env.snapshot();
    for read in
        [&["status"][..], &["status", "--short"], &["next"], &["log"], &["partner", "list"], &["steps"]]
    {
        env.plan(read).assert().success();
    }
    env.assert_unchanged(&before, "reads");

    // Each was written a digest at once, sealed to them: an SSH one too.
    let files = digests(&env);
    assert_eq!(files.len(), 2, "{files:?}");
    let jo = fs::read(env.home().join("partners/jo").join(format!("{}.age", env.device_id()))).unwrap();
    assert!(jo.starts_with(b"age-encryption.org/v1\n-> ssh-ed25519 "), "{}", text(&jo[..60]));
    assert_private(&env.home().join("partners"), "the digests");

    let refused = |args: &[&str], says: &str| {
        let before = env.snapshot();
        let out = env.plan(args).output().unwrap();
        let stderr = assert_refused(&out, 1, &[says], &format!("{args:?}"));
        assert!(stderr.contains("hint:"), "{stderr}");
        env.assert_unchanged(&before, &format!("{args:?}"));
    };
    refused(&["partner", "add", "ash", "age1nope"], "is not an age recipient or an SSH public key");
    refused(&["partner", "add", "ash", "hello there"], "is not an age recipient or an SSH public key");
    let secret = fs::read_to_string(friend.key()).unwrap();
    let secret = secret.lines().find(|line| line.starts_with("AGE-SECRET-KEY-")).unwrap();
    refused(&["partner", "add", "ash", secret], "that is a secret key, not a recipient: never share it");
    refused(&["partner", "add", "../ash", &friend.recipient], "cannot be a partner's name");
    refused(&["partner", "remove", "ash"], "no partner called `ash`");

    let out = env.stdout(&["partner", "remove", "SAM"]);
    assert!(out.starts_with("Sam is no longer a partner."), "{out}");
    assert!(out.contains("stays readable to them"), "{out}");
    let names: Vec<Value> = env.json(&["partner", "list", "--json"]).as_array().unwrap().clone();
    assert_eq!(names.len(), 1);
    assert!(!env.home().join("partners/Sam").exists(), "this device's digest for Sam went, and its folder");
    env.plan(&["checkin", "--mood", "5"]).assert().success();
    assert_eq!(digests(&env).len(), 1, "no digest for Sam after the removal: {:?}", digests(&env));
}

#[test]
fn the_friend_reads_the_count_with_their_key_and_no_other_key_reads_anything() {
    let friend = Friend::new();
    let key = fs::read_to_string(friend.key()).unwrap();
    assert_eq!(fs::metadata(friend.key()).unwrap().permissions().mode() & 0o777, 0o600);
    assert!(key.contains(&format!("# public key: {}", friend.recipient)), "as age-keygen writes it: {key}");
    let again = friend.env.stdout(&["partner", "key"]);
    assert!(again.contains("You already have a key") && again.contains(&friend.recipient), "{again}");

    let env = with_partner(&friend, &[]);
    env.plan(&["checkin", "--mood", "4", "--urge", "6"]).assert().success();
    let folder = env.home().join("partners/Sam");
    let digest = friend.view(&folder);
    assert_eq!(digest["no_contact"]["days"], 23, "{digest}");
    assert_eq!(digest["no_contact"]["longest"], 23);
    assert_eq!(digest["checked_in_today"], true);
    assert_eq!(digest["days_since_checkin"], 0);
    assert_eq!(digest["last_slip"], Value::Null);
    assert_eq!(digest["date"], TODAY);
    assert!(digest.get("mood").is_none(), "no mood unless turned on: {digest}");
    let screen = friend.screen(&folder);
    assert!(screen.contains("No contact: 23 days  (longest run 23 days)"), "{screen}");
    assert!(screen.contains("Check-in: checked in that day") && screen.contains("No SOS open."), "{screen}");

    // An encrypted plan: the digest is still the friend's to read, and only theirs.
    env.stdout(&["encrypt"]);
    env.plan(&["slip", "--date", "2026-11-20"]).assert().success();
    let digest = friend.view(&folder);
    assert_eq!(digest["last_slip"], "2026-11-20", "{digest}");
    assert_eq!(digest["no_contact"]["days"], 4);
    let sealed = fs::read(folder.join(format!("{}.age", env.device_id()))).unwrap();
    let plan_key = fs::read_to_string(env.config_dir().join("key.txt")).unwrap();
    let plan_key = plan_key.lines().find(|line| line.starts_with("AGE-SECRET-KEY-")).unwrap();
    let plan_key = age::x25519::Identity::from_str(plan_key).unwrap();
    assert!(age::decrypt(&plan_key, &sealed).is_err(), "the plan's key does not open a partner's digest");

    // Someone else's key reads nothing, and says so.
    let stranger = Friend::new();
    let out = stranger.env.plan(&["partner", "view", folder.to_str().unwrap()]).output().unwrap();
    let stderr = assert_refused(&out, 1, &["no digest at", "opens with the key"], "a stranger's key");
    assert!(stderr.contains("--identity"), "{stderr}");
    let out = stranger
        .env
        .plan(&["partner", "view", folder.to_str().unwrap(), "--identity", friend.key().to_str().unwrap()])
        .output()
        .unwrap();
    assert!(out.status.success(), "the friend's key, given with --identity: {}", text(&out.stderr));
    let nobody = Env::new(TODAY);
    let out = nobody.plan(&["partner", "view", folder.to_str().unwrap()]).output().unwrap();
    assert_refused(&out, 1, &["no partner key here"], "no key at all");
}

#[test]
fn no_digest_holds_a_note_a_draft_the_why_or_an_answer() {
    const MARKER: &str = "zebracanary";
    let friend = Friend::new();
    let env = with_partner(&friend, &["--moods"]);
    env.plan(&["why", &format!("my why {MARKER}")]).assert().success();
    env.plan(&["checkin", "--mood", "3", "--urge", "8", "--note", &format!("a note {MARKER}")])
        .assert()
        .success();
    env.plan(&["slip", "--date", "2026-11-22", "--note", &format!("slip {MARKER}")]).assert().success();
    env.plan(&["contact", "logistics", "--date", "2026-11-23", "--note", &format!("logistics {MARKER}")])
        .assert()
        .success();
    let out = env.at_terminal("urge", &format!("a draft {MARKER}\n\n"));
    assert!(out.status.success(), "{}", text(&out.stdout));
    let drafts = env.json(&["urge", "--drafts", "--json"]);
    assert!(drafts.to_string().contains(MARKER), "the draft was kept: {drafts}");
    let questions = env.json(&["assess", "--list", "--json"]);
    let mut args = vec!["assess".to_owned()];
    for question in questions.as_array().unwrap() {
        args.push(format!("--answer={}=no", question["id"].as_str().unwrap()));
    }
    args.push("--json".to_owned());
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    assert_eq!(env.json(&args)["answers_kept"], true, "the answers were kept");
    // (The if-then plans of issue 19, part 3, are not on this branch: nothing to write there yet.)

    let files = digests(&env);
    assert_eq!(files.len(), 1, "{files:?}");
    let identity = friend.identity();
    for file in &files {
        let sealed = fs::read(file).unwrap();
        assert!(!text(&sealed).contains(MARKER), "{}: sealed", file.display());
        // Plain age opens it: a normal age file holding JSON.
        let json = age::decrypt(&identity, &sealed).expect("the friend's key opens it");
        let json = text(&json);
        assert!(!json.contains(MARKER), "{}: the marker is in a digest: {json}", file.display());
        let digest: Value = serde_json::from_str(&json).unwrap();
        let mut keys: Vec<&str> = digest.as_object().unwrap().keys().map(String::as_str).collect();
        keys.sort_unstable();
        let mut expected = DIGEST_KEYS.to_vec();
        expected.push("mood");
        expected.sort_unstable();
        assert_eq!(keys, expected, "exactly the keys the README lists: {json}");
        assert_eq!(
            digest["mood"],
            serde_json::json!({"date": "2026-11-24", "mood": 3}),
            "moods are on for Sam"
        );
        assert_eq!(digest["last_slip"], "2026-11-22");
    }
}

#[test]
fn an_sos_is_shown_first_carried_in_json_cleared_and_runs_its_hook() {
    let friend = Friend::new();
    let env = with_partner(&friend, &[]);
    let hooks = env.home().join("hooks");
    fs::create_dir(&hooks).unwrap();
    let heard = env.dir.path().join("on-sos.json");
    fs::write(hooks.join("on-sos"), format!("#!/bin/sh\ncat > '{}'\n", heard.display())).unwrap();
    fs::set_permissions(hooks.join("on-sos"), fs::Permissions::from_mode(0o700)).unwrap();

    let out = env.stdout(&["sos", "please call me"]);
    assert!(out.starts_with("SOS sent at "), "{out}");
    assert!(out.contains("Sam will see it when their sync next runs"), "{out}");
    let words = out.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(words.contains("call your local emergency number"), "help where safety is at stake: {out}");
    assert!(out.contains("`plan sos --clear`"), "{out}");
    let hook: Value = serde_json::from_str(&fs::read_to_string(&heard).expect("on-sos ran")).unwrap();
    assert_eq!(hook["hook"], "on-sos");
    assert_eq!(hook["message"], "please call me");
    assert_eq!(hook["partners"], serde_json::json!(["Sam"]));
    assert_eq!(hook["date"], TODAY);

    let folder = env.home().join("partners/Sam");
    let screen = friend.screen(&folder);
    assert!(screen.starts_with("SOS, sent "), "the SOS comes first: {screen}");
    assert!(screen.contains("“please call me”") && screen.contains("They asked for you."), "{screen}");
    let digest = friend.view(&folder);
    assert_eq!(digest["sos"]["message"], "please call me", "{digest}");
    assert!(digest["sos"]["at"].as_str().unwrap().starts_with(TODAY), "{digest}");

    let out = env.stdout(&["sos", "--clear"]);
    assert!(out.contains("The SOS is marked resolved.") && out.contains("Sam will see that"), "{out}");
    assert_eq!(friend.view(&folder)["sos"], Value::Null);
    assert!(!friend.screen(&folder).contains("SOS, sent"));
    let out = env.plan(&["sos", "--clear"]).output().unwrap();
    assert_refused(&out, 1, &["no SOS is open"], "a second clear");

    // At a terminal with no message it asks for one; Enter sends it without.
    let out = env.at_terminal("sos", "\n");
    let screen = text(&out.stdout);
    assert!(out.status.success(), "{screen}");
    assert!(screen.contains("A short message for your partners"), "{screen}");
    let digest = friend.view(&folder);
    assert!(digest["sos"].is_object() && digest["sos"]["message"].is_null(), "{digest}");
    let out = env.plan(&["sos", &"x".repeat(281)]).output().unwrap();
    assert_refused(&out, 1, &["an SOS takes at most 280"], "a long message");
}

#[test]
fn each_device_writes_its_own_digest_and_view_takes_the_newest() {
    let friend = Friend::new();
    let laptop = with_partner(&friend, &[]);
    laptop.plan(&["checkin", "--mood", "6"]).assert().success();
    // A second device: a copy of the plan folder, with its own config.
    let phone = Env::new(TODAY);
    copy_dir(&laptop.home(), &phone.home());
    fs::set_permissions(phone.home(), fs::Permissions::from_mode(0o700)).unwrap();
    phone.plan(&["slip", "--note", "it happened"]).assert().success();
    let folder = phone.home().join("partners/Sam");
    let mut names: Vec<String> = fs::read_dir(&folder)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    let mut ids = vec![format!("{}.age", laptop.device_id()), format!("{}.age", phone.device_id())];
    ids.sort();
    assert_eq!(names, ids, "one digest a device, by its id");
    let newest = friend.view(&folder);
    assert_eq!(newest["last_slip"], TODAY, "the phone's digest, written last: {newest}");
    assert_eq!(newest["no_contact"]["days"], 0);
    let older = friend.view(&folder.join(format!("{}.age", laptop.device_id())));
    assert_eq!(older["last_slip"], Value::Null, "the laptop's own file, as it wrote it");

    // Back to the laptop, which removes Sam: its own digest goes at once;
    // the phone's stays until the phone's next change.
    copy_dir(&phone.home(), &laptop.home());
    laptop.plan(&["partner", "remove", "Sam"]).assert().success();
    let left = laptop.home().join("partners/Sam");
    assert!(!left.join(format!("{}.age", laptop.device_id())).exists());
    assert_eq!(friend.view(&left)["last_slip"], TODAY, "an old digest stays readable to them");
    // The sync carries the removal (and the laptop's deleted file) to the phone.
    copy_dir(&laptop.home(), &phone.home());
    fs::remove_file(folder.join(format!("{}.age", laptop.device_id()))).unwrap();
    phone.plan(&["checkin", "--mood", "5"]).assert().success();
    assert!(!folder.exists(), "the phone removed its digest too, and the empty folder");
}

#[test]
fn a_new_start_keeps_the_partners() {
    let friend = Friend::new();
    let env = with_partner(&friend, &["--moods"]);
    env.plan(&["start", "--force"]).assert().success();
    let listed = env.json(&["partner", "list", "--json"]);
    assert_eq!(listed[0]["name"], "Sam", "{listed}");
    assert_eq!(listed[0]["moods"], true);
    assert_eq!(friend.view(&env.home().join("partners/Sam"))["no_contact"]["days"], 0);
}

/// Done when of issue 19: the person's two devices and a partner, through
/// real Syncthing on 127.0.0.1. The devices share the plan folder (which
/// leaves `partners/` to a folder of its own, `.stignore`), and `partners/`
/// with the partner, whose copy is receive-only. One device slips, the other
/// sends an SOS; after the sync the partner's `plan partner view`, with its
/// own key only, shows both. A device without that key reads nothing.
#[test]
#[ignore = "needs syncthing (apt-get install syncthing); .ci/run installs it and runs --include-ignored"]
fn a_partner_sees_a_slip_and_an_sos_through_real_syncthing() {
    use crate::syncthing::{Cluster, Node, PLAN, SINCE, Shared, TODAY};
    const PARTNERS: &str = "partners";
    let cluster = Cluster::start_with(["a", "b", "friend"], |name, gui, listen| {
        Node::generate_with(name, gui, listen, |env| {
            if name == "friend" {
                return vec![Shared {
                    id: PARTNERS,
                    path: env.dir.path().join("from-alex"),
                    receive_only: true,
                }];
            }
            fs::create_dir(env.home()).expect("the plan folder");
            fs::set_permissions(env.home(), fs::Permissions::from_mode(0o700)).unwrap();
            fs::write(env.home().join(".stignore"), "/partners\n").expect("the plan folder's .stignore");
            vec![
                Shared { id: PLAN, path: env.home(), receive_only: false },
                Shared { id: PARTNERS, path: env.home().join(PARTNERS), receive_only: false },
            ]
        })
    });
    let [a, b, friend] = &cluster.nodes;
    let key = friend.plan(&["partner", "key"]);
    let recipient =
        key.split_whitespace().find(|word| word.starts_with("age1")).expect("a recipient").to_owned();

    a.plan(&["start", "--since", SINCE]);
    a.plan(&["partner", "add", "sam", &recipient]);
    cluster.scan();
    cluster.wait_in_sync("the plan and sam's first digest reach b and the friend");
    b.plan(&["slip", "--note", "texted them"]);
    cluster.scan();
    cluster.wait_in_sync("b's slip reaches a");
    a.plan(&["sos", "please call me"]);
    cluster.scan();
    cluster.wait_in_sync("a's SOS reaches the friend");

    let folder = friend.env.dir.path().join("from-alex/sam");
    let mut names: Vec<String> = fs::read_dir(&folder)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    let mut ids = vec![format!("{}.age", a.env.device_id()), format!("{}.age", b.env.device_id())];
    ids.sort();
    assert_eq!(names, ids, "each of the person's devices wrote its own digest, and no conflict copy");
    let view: Value =
        serde_json::from_str(&friend.plan(&["partner", "view", folder.to_str().unwrap(), "--json"])).unwrap();
    assert_eq!(view["last_slip"], TODAY, "b's slip: {view}");
    assert_eq!(view["sos"]["message"], "please call me", "a's SOS: {view}");
    let screen = friend.plan(&["partner", "view", folder.to_str().unwrap()]);
    assert!(screen.starts_with("SOS, sent "), "{screen}");
    assert!(screen.contains("Last slip: 6 November 2026"), "{screen}");
    // The person's own device holds the digests, but not the key to them.
    a.plan(&["partner", "key"]);
    let out = a
        .env
        .plan(&["partner", "view", a.env.home().join("partners/sam").to_str().unwrap()])
        .output()
        .unwrap();
    assert_refused(
        &out,
        1,
        &["none of the 2 digests at", "opens with the key"],
        "a device without the friend's key",
    );
    assert!(!friend.env.home().exists(), "the friend needs no plan of their own");
}

/// The friend the person chose is on the urge page, after their own plans
/// and before any suggestion of ours, with the way to send an SOS.
#[test]
fn the_urge_page_names_the_partner_before_any_suggestion() {
    let env = Env::started("2026-11-12");
    env.plan(&["if", "I want to text them at night", "I call my sister"]).assert().success();
    let before = env.stdout(&["urge"]);
    assert!(!before.contains("plan sos"), "no partner yet: {before}");
    env.plan(&["partner", "add", "Sam", SSH_ED25519]).assert().success();
    let out = env.stdout(&["urge"]).split_whitespace().collect::<Vec<_>>().join(" ");
    let at = |phrase: &str| out.find(phrase).unwrap_or_else(|| panic!("{phrase:?} in {out}"));
    let named = at("Sam already knows how you are doing.");
    assert!(at("If I want to text them at night") < named, "{out}");
    assert!(named < at("Something else that helps:"), "{out}");
    assert!(out.contains("`plan sos`"), "{out}");
    assert_eq!(env.json(&["urge", "--json"])["partners"], serde_json::json!(["Sam"]));
}
