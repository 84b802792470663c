//! A language asked for that `plan` does not speak: it speaks English, and
//! only `plan doctor` says so, calmly; nothing else warns about it.

use crate::harness::{Env, text};

#[test]
fn only_doctor_mentions_a_language_that_is_not_translated() {
    let env = Env::new("2026-11-20");
    env.plan(&["start"]).assert().success();

    let status = env.plan(&["status"]).env("LANG", "pt_BR.UTF-8").output().expect("run plan");
    assert!(status.status.success(), "{}", text(&status.stderr));
    assert!(status.stderr.is_empty(), "status warns of nothing: {}", text(&status.stderr));
    let shown = text(&status.stdout);
    assert!(shown.contains("No contact") && !shown.contains("pt_BR"), "English, and no word of it: {shown}");

    let doctor = env.plan(&["doctor"]).env("LANG", "pt_BR.UTF-8").output().expect("run plan");
    assert_eq!(doctor.status.code(), Some(0), "a language is not a problem: {}", text(&doctor.stderr));
    let found = text(&doctor.stdout);
    assert!(
        found.contains("Your language (pt_BR) is not translated yet, so plan speaks English."),
        "{found}"
    );
    assert!(!found.contains("PROBLEM") && !found.contains("pt_BR.UTF-8"), "{found}");

    // A language plan speaks, or none asked for: nothing to mention.
    for lang in ["C.UTF-8", "es_ES.UTF-8"] {
        let doctor = env.plan(&["doctor"]).env("LANG", lang).output().expect("run plan");
        assert!(doctor.status.success());
        let found = text(&doctor.stdout);
        assert!(!found.contains("README.md"), "{lang}: {found}");
    }
}
