mod common;

use common::Env;

#[test]
fn start_then_status_shows_day_zero() {
    let env = Env::started("2026-11-22");
    let status = env.json(&["status", "--json"]);
    assert_eq!(status["playbook"]["id"], "four-steps");
    assert_eq!(status["no_contact"]["days"], 0);
}
