//! The README's example output is what `plan` prints.

use crate::harness::Env;

/// The block of text after `marker` in README.md, inside its `text` code fence.
fn readme_block(marker: &str) -> String {
    let readme = include_str!("../../README.md");
    let after = &readme[readme.find(marker).expect("marker in README") + marker.len()..];
    let start = after.find("```text\n").expect("a text block") + "```text\n".len();
    let end = after[start..].find("```").expect("end of block");
    after[start..start + end].to_owned()
}

#[test]
fn the_status_example_is_real_output() {
    let env = Env::new("2026-11-01");
    env.plan(&["start", "--since", "2026-10-30"]).assert().success();
    env.plan_on("2026-11-05", &["checkin", "--mood", "4", "--urge", "8", "--note", "hard day"])
        .assert()
        .success();
    env.plan_on("2026-11-05", &["checkin", "--mood", "5"]).assert().success();
    env.plan_on("2026-11-07", &["slip", "--note", "texted"]).assert().success();
    let status = env.stdout_on("2026-11-08", &["status"]);
    assert_eq!(status, readme_block("`plan status` on an ordinary day:"));
}
