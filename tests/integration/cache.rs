//! The read cache holds what a fold of the logs produces, and nothing else:
//! after every command, `status --json` read through the cache is the same
//! as after the cache is thrown away and the logs folded afresh.

use std::fs;

use serde_json::Value;

use crate::harness::Env;

/// `status --json` as the cache gives it, then as a fresh fold gives it.
fn cached_and_folded(env: &Env, today: &str) -> (Value, Value) {
    let cached = env.json_on(today, &["status", "--json"]);
    let status = env.cache_dir().join("status.json");
    assert!(status.is_file(), "the command left a read cache");
    fs::remove_file(&status).unwrap();
    let folded = env.json_on(today, &["status", "--json"]);
    (cached, folded)
}

#[test]
fn after_every_command_the_cache_agrees_with_a_fresh_fold() {
    let env = Env::new("2026-11-25");
    let path = env.dir.path().join("plan.json");
    let export = path.to_str().unwrap();
    let runs: &[(&str, &[&str])] = &[
        ("2026-10-01", &["start", "--since", "2026-09-28"]),
        ("2026-10-02", &["checkin", "--mood", "4", "--urge", "7", "--note", "first"]),
        ("2026-10-02", &["checkin", "--urge", "5"]),
        ("2026-10-03", &["contact", "logistics", "--note", "boxes"]),
        ("2026-10-04", &["slip", "--note", "texted"]),
        ("2026-10-05", &["contact", "replied"]),
        ("2026-10-05", &["checkin", "--contact", "none"]),
        ("2026-10-06", &["why", "I deserve calm"]),
        ("2026-10-06", &["urge"]),
        ("2026-10-06", &["urge", "--resolve", "held"]),
        ("2026-10-07", &["urge"]),
        ("2026-10-08", &["urge", "--resolve", "slipped"]),
        ("2026-10-08", &["done", "--step", "focus-on-you", "1"]),
        ("2026-10-08", &["done", "focus-on-you"]),
        ("2026-10-08", &["undo", "focus-on-you", "1"]),
        ("2026-10-08", &["undo", "focus-on-you"]),
        ("2026-10-09", &["done", "focus-on-you"]),
        ("2026-10-10", &["since", "2026-09-20"]),
        ("2026-10-31", &["done", "no-contact"]),
        ("2026-10-31", &["done", "respect"]),
        ("2026-10-31", &["contact", "planned"]),
        (
            "2026-11-01",
            &[
                "assess",
                "--answer=abuse=yes",
                "--answer=afraid=no",
                "--answer=they-asked=no",
                "--answer=warned=no",
                "--answer=new-partner=no",
                "--answer=miss-them=yes",
                "--answer=lonely=no",
                "--answer=why-it-ended=yes",
                "--answer=changed=yes",
                "--answer=breakup=yes",
                "--answer=future=yes",
                "--answer=pros-cons=yes",
                "--answer=let-go=yes",
                "--answer=commit=yes",
                "--answer=add-value=yes",
            ],
        ),
        ("2026-11-02", &["switch", "move-on"]),
        ("2026-11-03", &["done", "be-gentle"]),
        ("2026-11-04", &["device", "name", "laptop"]),
        ("2026-11-05", &["checkin", "--date", "2026-11-01", "--mood", "2"]),
        ("2026-11-06", &["export", "--output", export]),
        ("2026-11-07", &["end", "--outcome", "moved-on", "--note", "done"]),
        ("2026-11-08", &["start"]),
        ("2026-11-09", &["checkin", "--mood", "6"]),
        ("2026-11-10", &["start", "--force", "--playbook", "not-sure-yet"]),
        ("2026-11-11", &["import", export, "--force"]),
        ("2026-11-12", &["checkin", "--mood", "7"]),
        ("2026-11-13", &["doctor"]),
        ("2026-11-14", &["encrypt"]),
        ("2026-11-15", &["checkin", "--mood", "8", "--note", "sealed"]),
        ("2026-11-16", &["slip"]),
    ];
    for (today, args) in runs {
        let out = env.plan_on(today, args).output().unwrap();
        assert!(out.status.success(), "plan {args:?}: {}", String::from_utf8_lossy(&out.stderr));
        let (cached, folded) = cached_and_folded(&env, today);
        assert_eq!(cached, folded, "after plan {args:?} on {today}, the cache and a fresh fold disagree");
    }
}
