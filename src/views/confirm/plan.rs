//! What changing the plan itself says: begun, ended, switched to another
//! playbook, its first day moved, brought back from an export.

use std::io;

use chrono::NaiveDate;

use crate::event::Dated;
use crate::playbook::Playbook;
use crate::schedule::Counter;
use crate::state::{Outcome, State};
use crate::text::{Screen, fit, paragraph, plural, visible, wrapped};
use crate::views::help;
use crate::views::status::{self, Status};
use crate::views::words::outcome;

/// What `plan start` did.
#[derive(Debug)]
pub struct Started {
    pub title: String,
    pub id: String,
    pub steps: usize,
    pub since: NaiveDate,
    /// The plan folder, as a person would type it.
    pub home: String,
    /// Whether a plan before it was archived.
    pub archived: bool,
    /// The why carried over from a plan that ended moving on or paused.
    pub why: Option<Dated>,
    pub status: Status,
}

/// What `plan start` did, then the status of the new plan.
pub fn started(out: &mut impl Screen, v: &Started) -> io::Result<()> {
    if v.archived {
        fit(out, "The old plan is archived, whole: `plan archive` lists it.")?;
    }
    fit(out, &format!("Started “{}” ({}), {}.", visible(&v.title), v.id, plural(v.steps as u64, "step")))?;
    let days = v.status.no_contact.days;
    if days > 0 {
        fit(out, &format!("No contact counted from {}: {} so far.", v.since, plural(days, "day")))?;
    } else {
        fit(out, &format!("No contact counted from {}.", v.since))?;
    }
    if let Some(why) = &v.why {
        fit(out, "Your why comes with you from the plan before:")?;
        wrapped(out, &format!("“{}”", why.text), "  ")?;
    }
    fit(out, &format!("Your plan is kept, privately, in {}.", visible(&v.home)))?;
    writeln!(out)?;
    if v.status.toward_contact {
        paragraph(
            out,
            "One thing first: if the relationship was abusive or controlling, or left you afraid, \
             this plan is not a way back to it. Use the no-contact and self-focus steps for yourself, \
             and lean on people you trust.",
        )?;
        writeln!(out)?;
        paragraph(out, &help::danger())?;
    } else {
        paragraph(out, &help::if_afraid())?;
    }
    writeln!(out)?;
    status::render(out, &v.status)
}

/// What `plan end` did.
pub fn ended(out: &mut impl Screen, how: Outcome, date: NaiveDate, counter: &Counter) -> io::Result<()> {
    match how {
        Outcome::Reunited => paragraph(
            out,
            &format!(
                "Ended on {date}: back together. Go slowly, and keep the care for yourself you built here."
            ),
        )?,
        Outcome::MovedOn => paragraph(
            out,
            &format!("Ended on {date}: moving on. That is a real ending, and it took courage to reach it."),
        )?,
        Outcome::Paused => paragraph(out, &format!("Paused on {date}. Take the time you need."))?,
    }
    // Zero days is nothing to hand someone at an ending.
    if counter.longest > 0 {
        fit(out, &format!("Your longest run of no contact was {}.", plural(counter.longest, "day")))?;
    }
    writeln!(out)?;
    paragraph(
        out,
        "Everything is kept: `plan status` and `plan log` still show it. `plan start` begins a new plan \
         whenever you want one, and archives this one, whole.",
    )
}

/// What a switch back to a playbook followed before took up again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Resumed {
    /// Its steps done, and its tasks ticked, that it has now.
    pub done: usize,
    pub ticked: usize,
}

/// `plan switch`: now following `to`, with what stays from `from` (a
/// title), and what `to` took up again if the plan followed it before.
pub fn switched(
    out: &mut impl Screen,
    to: &Playbook,
    from: &str,
    resumed: Option<Resumed>,
) -> io::Result<()> {
    let resumed = resumed.filter(|resumed| resumed.done + resumed.ticked > 0);
    match resumed {
        Some(Resumed { done, ticked }) => {
            fit(out, &format!("Now following “{}” ({}) again.", visible(&to.title), to.id))?;
            let mut left = Vec::new();
            if done > 0 {
                left.push(format!("{} done", plural(done as u64, "step")));
            }
            if ticked > 0 {
                left.push(format!("{} ticked", plural(ticked as u64, "task")));
            }
            fit(out, &format!("Picking up where you left off: {}.", left.join(", ")))?;
        }
        None => {
            fit(out, &format!("Now following “{}” ({}), from its first step.", visible(&to.title), to.id))?;
        }
    }
    paragraph(
        out,
        &format!(
            "Everything recorded stays: the no-contact counter, your longest run and the times it began \
             again, your check-ins, urges, why and readiness checks. The steps you did in “{}” stay on record too \
             (`plan steps` lists them), and come back if you switch to it again.",
            visible(from)
        ),
    )?;
    if resumed.is_some() {
        fit(out, "`plan next` shows where you are.")
    } else {
        fit(out, "`plan next` shows where to begin.")
    }
}

/// `plan since DATE` with no contact counted from that day already.
pub fn since_unchanged(out: &mut impl Screen, date: NaiveDate) -> io::Result<()> {
    fit(out, &format!("No contact already counts from {date}; saved again."))
}

/// `plan since DATE`: the counter after, and the first day a check-in can have.
pub fn since_moved(
    out: &mut impl Screen,
    date: NaiveDate,
    counter: &Counter,
    first: NaiveDate,
) -> io::Result<()> {
    if counter.since == date {
        fit(out, &format!("No contact now counts from {date}: day {} today.", counter.days))?;
    } else {
        // A slip since then still starts the count: say so first, not after.
        fit(out, &format!("Your plan now begins from your last contact on {date}."))?;
        fit(
            out,
            &format!(
                "Your slip on {} came after it, so the count runs from that day: day {} today.",
                counter.since, counter.days
            ),
        )?;
    }
    fit(out, &format!("Check-ins can be dated from {first} on. Everything recorded is kept."))
}

/// `plan import`: the plan brought back from `shown`, and whether the plan
/// that was here was archived.
pub fn imported(out: &mut impl Screen, state: &State, shown: &str, archived: bool) -> io::Result<()> {
    if archived {
        fit(out, "The plan that was here is archived, whole: `plan archive` lists it.")?;
    }
    let ended = state.ended.map_or(String::new(), |ended| {
        format!(" It ended on {} ({}), as it was when it was exported.", ended.date, outcome(ended.outcome))
    });
    paragraph(
        out,
        &format!(
            "“{}” is restored from {shown}: {}, {} of {} steps done.{ended} \
             `plan status` shows where you stand.",
            state.playbook.title,
            plural(state.checkins as u64, "check-in"),
            state.done.len(),
            state.playbook.steps.len()
        ),
    )
}
