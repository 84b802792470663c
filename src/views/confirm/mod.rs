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

use crate::i18n::t;

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
        f.write_str(&match self {
            Saved::Change => t!("confirm-saved-change"),
            Saved::NewPlan => t!("confirm-saved-new-plan"),
            Saved::Checkin(date) => t!("confirm-saved-checkin", date = date.to_string()),
            Saved::Step(number) => t!("confirm-saved-step", number = *number),
            Saved::Tick(task) => t!("confirm-saved-tick", task = *task),
            Saved::Untick(task) => t!("confirm-saved-untick", task = *task),
            Saved::Reopened(number) => t!("confirm-saved-reopened", number = *number),
            Saved::Why => t!("confirm-saved-why"),
            Saved::IfThen => t!("confirm-saved-if-then"),
            Saved::Reminder => t!("confirm-saved-reminder"),
            Saved::ReminderInstalled => t!("confirm-saved-reminder-installed"),
            Saved::Urge => t!("confirm-saved-urge"),
            Saved::UrgeOutcome => t!("confirm-saved-urge-outcome"),
            Saved::Draft => t!("confirm-saved-draft"),
            Saved::ReadinessCheck => t!("confirm-saved-readiness-check"),
            Saved::Switch => t!("confirm-saved-switch"),
            Saved::Since => t!("confirm-saved-since"),
            Saved::Ending => t!("confirm-saved-ending"),
            Saved::Report(shown) => t!("confirm-saved-report", file = shown.as_str()),
            Saved::Export(shown) => t!("confirm-saved-export", file = shown.as_str()),
            Saved::Imported => t!("confirm-saved-imported"),
            Saved::Restored => t!("confirm-saved-restored"),
            Saved::Encrypted => t!("confirm-saved-encrypted"),
            Saved::Key => t!("confirm-saved-key"),
            Saved::DeviceName => t!("confirm-saved-device-name"),
            Saved::Partner(name) => t!("confirm-saved-partner", name = name.as_str()),
            Saved::PartnerRemoved(name) => t!("confirm-saved-partner-removed", name = name.as_str()),
            Saved::Sos => t!("confirm-saved-sos"),
            Saved::SosCleared => t!("confirm-saved-sos-cleared"),
        })
    }
}
