//! What a hook is handed on its stdin: one JSON object a hook, an interface
//! the README documents. Each is a type here, so its keys are a promise the
//! compiler keeps; it is written as `serde_json` writes a map (keys sorted),
//! byte for byte what hooks have always read.

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::Serialize;

use crate::playbook::{Phase, StepId};
use crate::schedule::Counter;
use crate::state::Checkin;
use crate::views::remind::Reminder;

/// An event a hook runs after.
#[derive(Debug, Clone)]
pub enum HookEvent {
    /// A check-in was recorded or amended (`on-checkin`).
    Checkin(DayEvent),
    /// A day's contact newly broke no contact (`on-slip`).
    Slip(DayEvent),
    /// A step was completed (`on-step-done`).
    StepDone(StepEvent),
    /// The first check-in on the day a milestone was reached (`on-milestone`).
    Milestone(MilestoneEvent),
    /// An SOS was sent (`on-sos`).
    Sos(SosEvent),
    /// `plan remind` reminded: today has no check-in yet (`on-reminder`).
    Reminder(Reminder),
}

/// `on-sos`: when, the message, and the partners whose digest carries it.
#[derive(Debug, Clone, Serialize)]
pub struct SosEvent {
    pub date: NaiveDate,
    pub at: DateTime<FixedOffset>,
    pub message: Option<String>,
    pub partners: Vec<String>,
}

/// `on-checkin` and `on-slip`: the day and the counter after it.
#[derive(Debug, Clone, Serialize)]
pub struct DayEvent {
    pub date: NaiveDate,
    /// The check-in as `log --json` shows it.
    pub checkin: Checkin,
    pub no_contact: Counter,
}

/// `on-step-done`.
#[derive(Debug, Clone, Serialize)]
pub struct StepEvent {
    pub date: NaiveDate,
    /// The playbook's id.
    pub playbook: String,
    pub step: StepOfEvent,
}

#[derive(Debug, Clone, Serialize)]
pub struct StepOfEvent {
    pub id: StepId,
    pub title: String,
    pub phase: Phase,
    pub number: usize,
}

/// `on-milestone`.
#[derive(Debug, Clone, Serialize)]
pub struct MilestoneEvent {
    pub date: NaiveDate,
    pub days: u32,
    pub no_contact: Counter,
}

impl HookEvent {
    /// The hook's name: its file in `hooks/`.
    pub fn name(&self) -> &'static str {
        match self {
            HookEvent::Checkin(_) => "on-checkin",
            HookEvent::Slip(_) => "on-slip",
            HookEvent::StepDone(_) => "on-step-done",
            HookEvent::Milestone(_) => "on-milestone",
            HookEvent::Sos(_) => "on-sos",
            HookEvent::Reminder(_) => "on-reminder",
        }
    }

    /// The JSON object the hook reads, with its `hook` key.
    pub fn json(&self) -> serde_json::Value {
        let mut value = match self {
            HookEvent::Checkin(day) | HookEvent::Slip(day) => serde_json::to_value(day),
            HookEvent::StepDone(step) => serde_json::to_value(step),
            HookEvent::Milestone(milestone) => serde_json::to_value(milestone),
            HookEvent::Sos(sos) => serde_json::to_value(sos),
            HookEvent::Reminder(reminder) => serde_json::to_value(reminder),
        }
        .expect("an event serialises");
        value["hook"] = self.name().into();
        value
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::Contact;

    fn d(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn each_event_writes_the_keys_the_readme_documents_in_their_order() {
        let no_contact = Counter { since: d("2026-11-01"), days: 7, longest: 7, resets: 0 };
        let checkin = Checkin {
            date: d("2026-11-08"),
            mood: Some(5),
            urge: None,
            contact: Contact::None,
            notes: vec![],
        };
        let day = DayEvent { date: d("2026-11-08"), checkin, no_contact };
        assert_eq!(
            serde_json::to_string(&HookEvent::Slip(day).json()).unwrap(),
            r#"{"checkin":{"contact":"none","date":"2026-11-08","mood":5,"note":null,"notes":[],"urge":null},"date":"2026-11-08","hook":"on-slip","no_contact":{"days":7,"longest":7,"resets":0,"since":"2026-11-01"}}"#
        );
        let step = StepEvent {
            date: d("2026-11-08"),
            playbook: "four-steps".into(),
            step: StepOfEvent {
                id: "no-contact".into(),
                title: "Go quiet".into(),
                phase: Phase::NoContact,
                number: 1,
            },
        };
        assert_eq!(
            serde_json::to_string(&HookEvent::StepDone(step).json()).unwrap(),
            r#"{"date":"2026-11-08","hook":"on-step-done","playbook":"four-steps","step":{"id":"no-contact","number":1,"phase":"no-contact","title":"Go quiet"}}"#
        );
        let milestone = MilestoneEvent { date: d("2026-11-08"), days: 7, no_contact };
        assert_eq!(
            serde_json::to_string(&HookEvent::Milestone(milestone).json()).unwrap(),
            r#"{"date":"2026-11-08","days":7,"hook":"on-milestone","no_contact":{"days":7,"longest":7,"resets":0,"since":"2026-11-01"}}"#
        );
        let reminder = Reminder { date: d("2026-11-08"), no_contact };
        assert_eq!(
            serde_json::to_string(&HookEvent::Reminder(reminder).json()).unwrap(),
            r#"{"date":"2026-11-08","hook":"on-reminder","no_contact":{"days":7,"longest":7,"resets":0,"since":"2026-11-01"}}"#
        );
    }
}
