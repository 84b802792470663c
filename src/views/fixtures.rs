//! What the views' unit tests build plans from: a date, and a plan of the
//! first bundled playbook begun on a day.

use chrono::NaiveDate;

use crate::playbook::{BUNDLED, Origin, parse};
use crate::state::State;

pub fn d(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

/// A plan of the first bundled playbook, begun on `since` and counting from it.
pub fn state(since: &str) -> State {
    let playbook = parse(BUNDLED[0].1).unwrap();
    State::new(crate::id::PlanId::of(&"a".into(), 1), playbook, Origin::Bundled, d(since), d(since))
}
