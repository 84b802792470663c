//! Taking a plan elsewhere: the four formats of `plan export`, and reading a
//! JSON export back for `plan import`. Pure: the store reads the plan's
//! events and writes the file; everything here works on values and
//! writers, and is handed `today`. The JSON document is read back here,
//! beside what writes it, so the format has one home.
//!
//! [`backup`] is the JSON document (everything, versioned) and the checks
//! an import makes; [`journal`] the CSV rows and the Markdown journal;
//! [`calendar`] the iCalendar file of milestones and gates.

mod backup;
mod calendar;
mod journal;

pub use backup::{Document, FORMAT, ImportProblem, Invalid, VERSION, document, read};
pub use calendar::{escape_text, fold_line, ics};
pub use journal::{csv, markdown, markdown_text};

use crate::event::{self, Change, Clock, DeviceId, Event, Folded, PlanId, Recorded, Seen};

/// What `plan export --format` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Everything the plan holds, versioned: the backup `plan import` restores
    Json,
    /// One row per check-in: date, mood, urge, contact, note
    Csv,
    /// A journal with a section for each day, to read or print
    Markdown,
    /// An iCalendar file: the coming milestones, and the days steps open
    Ics,
}

/// Fold `changes` (a start first) as one device recording them in this
/// order would, as the plan `plan`. `None` without a start.
pub fn replay(plan: &PlanId, changes: &[Change]) -> Option<Folded> {
    // One device, whichever: the plan's id is `plan`.
    let device = DeviceId::parse("0000000000000000").expect("16 hex digits");
    let id = PlanId::of(&device, 1);
    let recorded: Vec<Recorded> = (1..)
        .zip(changes)
        .map(|(seq, change)| Recorded {
            device: device.clone(),
            event: Event {
                seq,
                clock: Clock(seq, 0),
                plan: id.clone(),
                seen: Seen::new(),
                change: change.clone(),
            },
        })
        .collect();
    let mut folded = event::fold(&recorded)?;
    folded.state.plan = plan.clone();
    folded.state.clock = Clock::default();
    Some(folded)
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::playbook::{BUNDLED, parse};
    use crate::state::{CheckinInput, Contact};

    pub(super) fn d(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    pub(super) fn start(started: &str) -> Change {
        Change::Start {
            playbook: Box::new(parse(BUNDLED[0].1).unwrap()),
            source: crate::playbook::Origin::Bundled,
            started: d(started),
            since: d(started),
        }
    }

    pub(super) fn checkin(date: &str, mood: u8, contact: Contact, note: Option<&str>) -> Change {
        Change::Checkin {
            date: d(date),
            fields: CheckinInput {
                mood: Some(mood),
                urge: None,
                contact: Some(contact),
                note: note.map(str::to_owned),
                replaces: Vec::new(),
            },
        }
    }

    fn recorded(device: &str, seq: u64, clock: u64, plan: &PlanId, change: Change) -> Recorded {
        Recorded {
            device: device.into(),
            event: Event { seq, clock: Clock(clock, 0), plan: plan.clone(), seen: Seen::new(), change },
        }
    }

    #[test]
    fn the_current_plan_replays_to_what_the_fold_gives() {
        let old = PlanId::of(&"a".into(), 1);
        let new = PlanId::of(&"b".into(), 1);
        let mut events = vec![
            recorded("a", 1, 10, &old, start("2026-10-01")),
            recorded("a", 2, 20, &old, checkin("2026-10-02", 3, Contact::None, None)),
            recorded("b", 1, 30, &new, start("2026-11-01")),
            recorded("b", 2, 40, &new, checkin("2026-11-03", 4, Contact::None, Some("hard"))),
            // Recorded offline on a, for the old plan, after b's start: not this plan's.
            recorded("a", 3, 45, &old, checkin("2026-10-03", 5, Contact::None, None)),
            recorded("a", 4, 50, &new, checkin("2026-11-03", 6, Contact::Initiated, None)),
            recorded(
                "b",
                3,
                60,
                &new,
                Change::Done { step: "no-contact".into(), date: d("2026-11-24"), playbook: None },
            ),
        ];
        event::order(&mut events);
        let (plan, changes) = event::current_plan(&events).unwrap();
        assert_eq!(plan, new);
        assert_eq!(changes.len(), 4);
        assert!(matches!(changes[0], Change::Start { .. }));
        let mut folded = event::fold(&events).unwrap();
        folded.state.clock = Clock::default();
        assert_eq!(replay(&plan, &changes).unwrap(), folded);
    }

    #[test]
    fn no_start_no_plan() {
        assert_eq!(event::current_plan(&[]), None);
        assert_eq!(replay(&PlanId::of(&"a".into(), 1), &[]), None);
    }
}
