//! What changing the plan itself says: begun, ended, switched to another
//! playbook, its first day moved, brought back from an export.

use std::io;

use chrono::NaiveDate;

use crate::event::Dated;
use crate::i18n::{self, t};
use crate::playbook::Playbook;
use crate::schedule::Counter;
use crate::state::{Outcome, State};
use crate::text::{Screen, fit, paragraph, visible, wrapped};
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
        fit(out, &t!("confirm-start-archived"))?;
    }
    let steps = t!("count-steps", n = v.steps);
    fit(out, &t!("confirm-started", title = visible(&v.title), id = v.id.as_str(), steps = steps))?;
    let days = v.status.no_contact.days;
    let since = v.since.to_string();
    if days > 0 {
        fit(out, &t!("confirm-start-counted-days", since = since, days = t!("count-days", n = days)))?;
    } else {
        fit(out, &t!("confirm-start-counted", since = since))?;
    }
    if let Some(why) = &v.why {
        fit(out, &t!("confirm-start-why"))?;
        wrapped(out, &t!("confirm-quoted", text = why.text.as_str()), "  ")?;
    }
    fit(out, &t!("confirm-start-kept", home = visible(&v.home)))?;
    writeln!(out)?;
    if v.status.toward_contact {
        paragraph(out, &t!("confirm-start-toward-contact"))?;
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
    let date = date.to_string();
    let said = match how {
        Outcome::Reunited => t!("confirm-ended-reunited", date = date),
        Outcome::MovedOn => t!("confirm-ended-moved-on", date = date),
        Outcome::Paused => t!("confirm-ended-paused", date = date),
    };
    paragraph(out, &said)?;
    // Zero days is nothing to hand someone at an ending.
    if counter.longest > 0 {
        fit(out, &t!("confirm-ended-longest", days = t!("count-days", n = counter.longest)))?;
    }
    writeln!(out)?;
    paragraph(out, &t!("confirm-ended-kept"))
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
    let title = visible(&to.title);
    match resumed {
        Some(Resumed { done, ticked }) => {
            fit(out, &t!("confirm-switched-again", title = title, id = to.id.as_str()))?;
            let picked = match (done > 0, ticked > 0) {
                (true, true) => t!("confirm-resumed-both", done = done, ticked = ticked),
                (true, false) => t!("confirm-resumed-steps", done = done),
                _ => t!("confirm-resumed-tasks", ticked = ticked),
            };
            fit(out, &picked)?;
        }
        None => {
            fit(out, &t!("confirm-switched", title = title, id = to.id.as_str()))?;
        }
    }
    paragraph(out, &t!("confirm-switched-kept", from = visible(from)))?;
    if resumed.is_some() {
        fit(out, &t!("confirm-switched-next-where"))
    } else {
        fit(out, &t!("confirm-switched-next-begin"))
    }
}

/// `plan since DATE` with no contact counted from that day already.
pub fn since_unchanged(out: &mut impl Screen, date: NaiveDate) -> io::Result<()> {
    fit(out, &t!("confirm-since-unchanged", date = date.to_string()))
}

/// `plan since DATE`: the counter after, and the first day a check-in can have.
pub fn since_moved(
    out: &mut impl Screen,
    date: NaiveDate,
    counter: &Counter,
    first: NaiveDate,
) -> io::Result<()> {
    if counter.since == date {
        fit(out, &t!("confirm-since-moved", date = date.to_string(), days = counter.days))?;
    } else {
        // A slip since then still starts the count: say so first, not after.
        fit(out, &t!("confirm-since-begins", date = date.to_string()))?;
        fit(out, &t!("confirm-since-slip", since = counter.since.to_string(), days = counter.days))?;
    }
    fit(out, &t!("confirm-since-first", date = first.to_string()))
}

/// `plan import`: the plan brought back from `shown`, and whether the plan
/// that was here was archived.
pub fn imported(out: &mut impl Screen, state: &State, shown: &str, archived: bool) -> io::Result<()> {
    if archived {
        fit(out, &t!("confirm-imported-archived"))?;
    }
    let mut args = i18n::Args::new();
    args.set("title", state.playbook.title.as_str());
    args.set("file", shown);
    args.set("checkins", t!("count-checkins", n = state.checkins));
    args.set("done", state.done.len());
    args.set("total", state.playbook.steps.len());
    let said = match state.ended {
        None => i18n::message("confirm-imported", Some(&args)),
        Some(ended) => {
            args.set("date", ended.date.to_string());
            args.set("outcome", outcome(ended.outcome));
            i18n::message("confirm-imported-ended", Some(&args))
        }
    };
    paragraph(out, &said)
}
