//! What a change says once it is saved: a check-in, a step done, a plan
//! started or ended. Each takes what the change did (the effects the core
//! worked out, the plan after) and words it; no command words its own.

use std::io;

use chrono::NaiveDate;

use super::help;
use super::next::StepBrief;
use super::status::{self, Status};
use super::words::contact;
use crate::event::Dated;
use crate::schedule::Counter;
use crate::state::{Checkin, Contact, Outcome, Recorded, State};
use crate::text::{Screen, fit, paragraph, plural, visible, wrapped};

/// What `plan checkin` (and `slip`, `contact`) did.
#[derive(Debug)]
pub struct CheckedIn {
    pub date: NaiveDate,
    /// The day's check-in as it now stands.
    pub entry: Checkin,
    pub recorded: Recorded,
    /// The counter before the check-in and after it.
    pub before: Counter,
    pub after: Counter,
    /// The kind of contact the check-in gave, if it gave one.
    pub kind: Option<Contact>,
    /// Whether the latest check-ins, this one included, show the hardest days.
    pub hard_days: bool,
}

/// What `plan done` did when it completed a step.
#[derive(Debug)]
pub struct StepDone {
    pub number: usize,
    pub total: usize,
    pub title: String,
    /// The tasks left unticked: number and text.
    pub unticked: Vec<(usize, String)>,
    /// The steps current now.
    pub current: Vec<StepBrief>,
}

impl StepDone {
    /// What completing step `index` of `state` (the plan after) did.
    pub fn new(state: &State, index: usize) -> StepDone {
        let step = &state.playbook.steps[index];
        StepDone {
            number: index + 1,
            total: state.playbook.steps.len(),
            title: step.title.clone(),
            unticked: state.unticked(index).into_iter().map(|n| (n, step.tasks[n - 1].clone())).collect(),
            current: state
                .progress()
                .current()
                .iter()
                .map(|&i| StepBrief {
                    id: state.playbook.steps[i].id.clone(),
                    title: state.playbook.steps[i].title.clone(),
                    number: i + 1,
                })
                .collect(),
        }
    }
}

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

/// What `plan checkin` (and `slip`, `contact`) did.
pub fn checked_in(out: &mut impl Screen, v: &CheckedIn) -> io::Result<()> {
    checked_in_counter(out, v)?;
    if v.hard_days {
        paragraph(out, help::HARD_DAYS)?;
    }
    Ok(())
}

/// What a check-in did, and what it did to the counter.
fn checked_in_counter(out: &mut impl Screen, v: &CheckedIn) -> io::Result<()> {
    let (date, entry, before, after) = (v.date, &v.entry, &v.before, &v.after);
    let what: Vec<String> = [
        entry.mood.map(|m| format!("mood {m}")),
        entry.urge.map(|u| format!("urge {u}")),
        Some(contact(entry.contact).to_owned()),
        entry.note.as_ref().map(|_| "a note".to_owned()),
    ]
    .into_iter()
    .flatten()
    .collect();
    match v.recorded {
        Recorded::New => fit(out, &format!("Checked in for {date}: {}.", what.join(", ")))?,
        Recorded::Amended => {
            fit(out, &format!("Amended the check-in for {date}: {}.", what.join(", ")))?;
        }
        Recorded::Unchanged => {
            fit(out, &format!("The check-in for {date} already says that; nothing changed."))?;
        }
    }
    if after.resets > before.resets || after.since != before.since {
        if after.since > before.since {
            fit(
                out,
                &format!(
                    "The no-contact counter starts again from {}: day {} today.",
                    after.since, after.days
                ),
            )?;
            fit(
                out,
                &format!(
                    "Your longest run, {}, stays on record. One slip does not end the plan.",
                    plural(after.longest, "day")
                ),
            )
        } else {
            fit(out, &format!("No contact: day {} (since {}).", after.days, after.since))
        }
    } else if v
        .kind
        .is_some_and(|kind| !kind.breaks_no_contact() && !matches!(kind, Contact::None | Contact::Allowed))
    {
        fit(out, &format!("That does not break no contact: day {}.", after.days))
    } else if v.recorded == Recorded::New {
        fit(out, &format!("No contact: day {}.", after.days))
    } else {
        Ok(())
    }
}

/// What `plan done` did when it completed a step.
pub fn step_done(out: &mut impl Screen, v: &StepDone) -> io::Result<()> {
    fit(out, &format!("Done: step {} of {}, “{}”.", v.number, v.total, visible(&v.title)))?;
    if !v.unticked.is_empty() {
        fit(out, "Left unticked, if you want to come back to them:")?;
        for (n, task) in &v.unticked {
            wrapped(out, task, &format!("  {n}. "))?;
        }
    }
    match v.current.as_slice() {
        [] => fit(out, "That was the last step of the playbook."),
        [next] => fit(
            out,
            &format!("Next: step {}, “{}”. `plan next` shows it in full.", next.number, visible(&next.title)),
        ),
        several => {
            fit(out, "Now current, side by side:")?;
            for step in several {
                fit(out, &format!("  {}. {} ({})", step.number, visible(&step.title), step.id))?;
            }
            fit(out, "`plan next STEP` shows one in full.")
        }
    }
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
        paragraph(out, help::DANGER)?;
    } else {
        paragraph(out, help::IF_AFRAID)?;
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
