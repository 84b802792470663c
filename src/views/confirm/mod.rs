//! What a change says once it is saved: a check-in, a step done, a plan
//! started or ended, a file written. Each takes what the change did (the
//! effects the core worked out, the plan after, what the store wrote) and
//! words it; no command words its own. [`Saved`] names each change where
//! something after the save goes wrong (a hook, printing).

mod day;
mod files;
mod plan;
mod steps;

use std::fmt;

use chrono::NaiveDate;

pub use day::{CheckedIn, checked_in, draft_kept, held, slip_kept, slipped, why_kept, why_unchanged};
pub use files::{device_named, encrypted, exported, key_imported, report_written, restored};
pub use plan::{Resumed, Started, ended, imported, since_moved, since_unchanged, started, switched};
pub use steps::{StepCompleted, Undone, already_ticked, step_done, ticked, undone};

/// A change, as the words that name it once it is saved: "the check-in
/// for 2026-11-24 was saved, but …".
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Saved {
    /// What a hook names when no command said what it saved.
    Change,
    NewPlan,
    Checkin(NaiveDate),
    /// Step N, done.
    Step(usize),
    /// The tick of task N.
    Tick(usize),
    /// The untick of task N.
    Untick(usize),
    /// Step N, open again.
    Reopened(usize),
    Why,
    /// An if-then plan kept or taken away.
    IfThen,
    /// `plan remind`: nothing saved; a hook that fails after it says the reminder was shown.
    Reminder,
    /// `plan remind install`: the timer's files.
    ReminderInstalled,
    Urge,
    UrgeOutcome,
    Draft,
    ReadinessCheck,
    Switch,
    Since,
    Ending,
    /// The report, written to a file (its name, shown).
    Report(String),
    /// The export, written to a file (its name, shown).
    Export(String),
    Imported,
    Restored,
    Encrypted,
    Key,
    DeviceName,
    /// A partner added or changed (their name).
    Partner(String),
    /// A partner removed (their name).
    PartnerRemoved(String),
    Sos,
    SosCleared,
}

impl fmt::Display for Saved {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Saved::Change => f.write_str("the change"),
            Saved::NewPlan => f.write_str("the new plan"),
            Saved::Checkin(date) => write!(f, "the check-in for {date}"),
            Saved::Step(number) => write!(f, "step {number}"),
            Saved::Tick(task) => write!(f, "the tick of task {task}"),
            Saved::Untick(task) => write!(f, "the untick of task {task}"),
            Saved::Reopened(number) => write!(f, "the reopening of step {number}"),
            Saved::Why => f.write_str("your why"),
            Saved::IfThen => f.write_str("your if-then plan"),
            Saved::Reminder => f.write_str("the reminder"),
            Saved::ReminderInstalled => f.write_str("the reminder's timer"),
            Saved::Urge => f.write_str("the urge"),
            Saved::UrgeOutcome => f.write_str("the urge's outcome"),
            Saved::Draft => f.write_str("the draft"),
            Saved::ReadinessCheck => f.write_str("the readiness check"),
            Saved::Switch => f.write_str("the switch"),
            Saved::Since => f.write_str("the day no contact began"),
            Saved::Ending => f.write_str("the plan's ending"),
            Saved::Report(shown) => write!(f, "the report {shown}"),
            Saved::Export(shown) => write!(f, "the export to {shown}"),
            Saved::Imported => f.write_str("the imported plan"),
            Saved::Restored => f.write_str("the restored plan"),
            Saved::Encrypted => f.write_str("the encrypted plan"),
            Saved::Key => f.write_str("the key"),
            Saved::DeviceName => f.write_str("the device's name"),
            Saved::Partner(name) => write!(f, "the partner {name}"),
            Saved::PartnerRemoved(name) => write!(f, "the removal of the partner {name}"),
            Saved::Sos => f.write_str("the SOS"),
            Saved::SosCleared => f.write_str("the end of the SOS"),
        }
    }
}
