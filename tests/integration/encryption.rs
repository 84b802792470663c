//! Encryption is all or nothing, and resumable (issue 17, cases 2, 3 and 5):
//! `plan encrypt` stopped part way still opens on the device with the key
//! and finishes when run again; afterwards no file of the synced folder
//! holds a word in plain text; no copy of the key is left lying about.

use std::fs;
use std::path::Path;

use crate::harness::{Env, copy_dir, files_holding};

const TODAY: &str = "2026-11-24";
/// A word that must never be found in plain text once the plan is encrypted.
const MARKER: &str = "Zanzibarmarker";

fn doctor(env: &Env) -> (i32, String) {
    let out = env.plan_on(TODAY, &["doctor"]).output().unwrap();
    (out.status.code().unwrap(), String::from_utf8(out.stdout).unwrap())
}

#[test]
fn an_encrypt_stopped_part_way_opens_on_the_device_with_the_key_and_finishes_when_run_again() {
    let env = Env::started("2026-11-20");
    env.plan_on(TODAY, &["checkin", "--mood", "4", "--note", MARKER]).assert().success();
    env.plan_on(TODAY, &["encrypt"]).assert().success();
    // As a run killed before its last step leaves it: every log sealed,
    // the folder not yet marked encrypted.
    let format = env.home().join("format");
    let marked = fs::read_to_string(&format).unwrap();
    let unmarked: serde_json::Value = serde_json::from_str(&marked).unwrap();
    let mut unmarked = unmarked.as_object().unwrap().clone();
    unmarked.remove("recipient");
    fs::write(&format, serde_json::to_string_pretty(&unmarked).unwrap()).unwrap();
    fs::remove_dir_all(env.cache_dir()).ok();

    // Every command opens it; none says this device has no key.
    let log = env.json_on(TODAY, &["log", "--json"]);
    assert_eq!(log[0]["notes"][0], MARKER, "{log}");
    env.plan_on(TODAY, &["status"]).assert().success();
    let (code, said) = doctor(&env);
    assert_eq!(code, 1, "{said}");
    assert!(said.contains("stopped part way") && said.contains("`plan encrypt` again"), "{said}");

    // Running it again finishes it, with nothing lost.
    env.plan_on(TODAY, &["encrypt"]).assert().success();
    assert!(fs::read_to_string(&format).unwrap().contains("recipient"));
    assert_eq!(env.json_on(TODAY, &["log", "--json"])[0]["notes"][0], MARKER);
    assert!(files_holding(&env.home(), MARKER).is_empty());
    let (code, said) = doctor(&env);
    assert_eq!(code, 0, "{said}");
}

#[test]
fn after_encrypt_no_file_of_the_synced_folder_holds_a_word_in_plain_text() {
    let env = Env::started("2026-11-20");
    env.plan_on(TODAY, &["checkin", "--mood", "4", "--note", MARKER]).assert().success();
    // The older layout's archive of a plan before this one.
    let archived = env.home().join("archive").join("2026-10-15");
    copy_dir(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/schema1")), &archived);
    fs::write(
        archived.join("checkins").join("2026-10.2.json"),
        fs::read_to_string(archived.join("checkins/2026-10.2.json")).unwrap().replace("first week", MARKER),
    )
    .unwrap();
    // The person's own playbook, in the synced folder.
    let own = fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/plans/move-on.toml")).unwrap();
    let own = own.replacen("id = \"move-on\"", "id = \"my-own\"", 1).replacen(
        "title = \"",
        &format!("title = \"{MARKER} "),
        1,
    );
    fs::create_dir_all(env.home().join("plans")).unwrap();
    fs::write(env.home().join("plans").join("my-own.toml"), own).unwrap();
    // What a run killed on another device left.
    let other = env.home().join("devices").join("00000000000000aa");
    fs::create_dir_all(&other).unwrap();
    fs::write(other.join(".2026-11.jsonl.plan-tmp.0123456789abcdef"), MARKER).unwrap();
    assert_eq!(env.json_on(TODAY, &["archive", "--json"]).as_array().unwrap().len(), 1);
    assert!(files_holding(&env.home(), MARKER).len() >= 4);

    let said = env.stdout_on(TODAY, &["encrypt"]);
    assert!(said.contains("moved out of the synced folder"), "{said}");
    assert_eq!(
        files_holding(&env.home(), MARKER),
        Vec::<String>::new(),
        "plain text left in the synced folder"
    );

    // Everything still reads: the archive, the playbook, the notes.
    let archive = env.json_on(TODAY, &["archive", "--json"]);
    assert_eq!(archive[0]["checkins"], 2, "{archive}");
    let playbooks = env.stdout_on(TODAY, &["playbooks"]);
    assert!(playbooks.contains("my-own"), "{playbooks}");
    assert_eq!(env.json_on(TODAY, &["log", "--json"])[0]["notes"][0], MARKER);
    let (code, said) = doctor(&env);
    assert_eq!(code, 0, "{said}");

    // A playbook put in the synced folder later is named by doctor, and
    // `plan encrypt` moves it out too.
    fs::create_dir_all(env.home().join("plans")).unwrap();
    fs::write(env.home().join("plans").join("later.toml"), "# a draft\n").unwrap();
    let (code, said) = doctor(&env);
    assert_eq!(code, 1, "{said}");
    assert!(said.contains("plans/later.toml"), "{said}");
    env.plan_on(TODAY, &["encrypt"]).assert().success();
    assert_eq!(doctor(&env).0, 0);
}

#[test]
fn a_copy_of_the_key_a_killed_run_left_is_removed() {
    let env = Env::started("2026-11-20");
    env.plan_on(TODAY, &["encrypt"]).assert().success();
    let key = fs::read_to_string(env.config_dir().join("key.txt")).unwrap();
    // As a `key import` killed between writing and renaming leaves it.
    let stray = env.config_dir().join(".key.txt.plan-tmp.0123456789abcdef");
    fs::write(&stray, &key).unwrap();
    env.plan_on(TODAY, &["checkin", "--mood", "5"]).assert().success();
    assert!(!stray.exists(), "the next change removes the stray key");
    fs::write(&stray, &key).unwrap();
    let file = env.write("plan-key.txt", &key);
    env.plan_on(TODAY, &["key", "import", file.to_str().unwrap()]).assert().success();
    assert!(!stray.exists(), "a key import removes it too");
}

#[test]
fn an_encrypt_killed_before_this_devices_files_were_sealed_is_finished_by_the_next_change() {
    let env = Env::started("2026-11-20");
    env.plan_on(TODAY, &["checkin", "--mood", "4", "--note", MARKER]).assert().success();
    let plain = env.snapshot();
    env.plan_on(TODAY, &["encrypt"]).assert().success();
    // As a run killed after marking the plan, before sealing this device's
    // own files: its head and logs as they were.
    for (path, bytes) in &plain {
        if path.starts_with(env.device_dir()) && !bytes.is_empty() {
            fs::write(path, bytes).unwrap();
        }
    }
    assert!(!files_holding(&env.home(), MARKER).is_empty());
    assert_eq!(env.json_on(TODAY, &["log", "--json"])[0]["notes"][0], MARKER, "it reads");
    env.plan_on(TODAY, &["checkin", "--date", "2026-11-23", "--mood", "6"]).assert().success();
    assert_eq!(files_holding(&env.home(), MARKER), Vec::<String>::new(), "the next change sealed the rest");
    assert_eq!(env.json_on(TODAY, &["log", "--json"]).as_array().unwrap().len(), 2);
    assert_eq!(doctor(&env).0, 0);
}
