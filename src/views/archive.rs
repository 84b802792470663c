//! `plan archive`: the plans a later start replaced. [`archive`] computes
//! the list, which is also `archive --json`; [`render`] writes it as text.

use std::io;

use chrono::NaiveDate;
use serde::Serialize;

use super::words::outcome;
use crate::event::Archived;
use crate::state::{Checkin, Outcome};
use crate::text::{Screen, fit, plural, visible, wrap};

/// A line of `plan archive`.
#[derive(Debug, Serialize)]
pub struct ArchivedPlan {
    /// 1 for the oldest; `plan log --archived N` reads it.
    pub number: usize,
    pub id: String,
    pub playbook: String,
    pub title: String,
    pub started: NaiveDate,
    /// The day it ended (`plan end`), or else the day the plan that replaced it began.
    pub ended: NaiveDate,
    /// `reunited`, `moved-on` or `paused`; `null` if it was replaced without `plan end`.
    pub outcome: Option<Outcome>,
    /// The note `plan end` was given, or `null`.
    pub note: Option<String>,
    pub checkins: usize,
}

pub fn archive(archived: &[(Archived, Vec<Checkin>)]) -> Vec<ArchivedPlan> {
    archived
        .iter()
        .enumerate()
        .map(|(i, (plan, checkins))| ArchivedPlan {
            number: i + 1,
            id: plan.plan.0.clone(),
            playbook: plan.playbook.clone(),
            title: plan.title.clone(),
            started: plan.started,
            ended: plan.ended,
            outcome: plan.outcome,
            note: plan.note.clone(),
            checkins: checkins.len(),
        })
        .collect()
}

/// A line each, with the note `plan end` was given.
pub fn render(out: &mut impl Screen, list: &[ArchivedPlan]) -> io::Result<()> {
    if list.is_empty() {
        return fit(out, "No archived plans. A new `plan start` keeps an ended plan here, whole.");
    }
    for plan in list {
        let ending = plan.outcome.map_or_else(String::new, |o| format!(", {}", outcome(o)));
        fit(
            out,
            &format!(
                "{:>2}. {} ({}), {} to {}{ending}, {}",
                plan.number,
                visible(&plan.title),
                plan.playbook,
                plan.started,
                plan.ended,
                plural(plan.checkins as u64, "check-in")
            ),
        )?;
        if let Some(note) = &plan.note {
            wrap(out, &format!("“{note}”"), "    ", "    ")?;
        }
    }
    writeln!(out)?;
    fit(out, "`plan log --archived N` shows the check-ins of plan N.")
}
