//! The care around the steps: `plan why`, `plan urge`, and changing course
//! with `plan switch`, `plan since` and `plan end`.

use std::io::{self, BufRead, Write};

use anyhow::Result;
use chrono::NaiveDate;

use super::playbook::resolve;
use super::{Out, interactive, open, show};
use crate::cli::{EndArgs, SinceArgs, SwitchArgs, UrgeArgs, WhyArgs};
use crate::error::hinted;
use crate::event::Change;
use crate::render::{self, visible};
use crate::state::{CheckinInput, Contact, Recorded, Refusal, UrgeOutcome, month_key};
use crate::store::Home;
use crate::view;

pub fn why(home: &Home, args: WhyArgs, today: NaiveDate, out: &mut Out) -> Result<()> {
    let Some(text) = args.text else {
        let reader = home.reader()?;
        let journal = reader.journal()?;
        drop(reader);
        let why = view::why(&journal);
        return if args.json {
            render::json(out, &why).map_err(Into::into)
        } else {
            render::why(out, &why, args.history).map_err(Into::into)
        };
    };
    let text = text.trim().to_owned();
    if text.is_empty() {
        return Err(hinted(
            "a why needs some words",
            "for example `plan why \"I want to feel like myself again\"`",
        ));
    }
    let mut plan = open(home)?;
    let journal = plan.journal()?;
    let before = journal.whys.last();
    if before.is_some_and(|before| before.text == text) {
        drop(plan);
        render::fit(out, "That is already your why; nothing changed.")?;
        return Ok(());
    }
    let replaced = before.map(|before| before.date);
    plan.save("your why", Change::Why { date: today, text })?;
    out.saved("your why");
    drop(plan);
    render::fit(
        out,
        &format!("Your why is kept, dated {today}. `plan urge` shows it when you need it most."),
    )?;
    if let Some(date) = replaced {
        render::fit(
            out,
            &format!("It replaces the one from {date}, which `plan why --history` still shows."),
        )?;
    }
    Ok(())
}

pub fn urge(home: &Home, args: &UrgeArgs, today: NaiveDate, out: &mut Out) -> Result<()> {
    if args.drafts {
        let reader = home.reader()?;
        let drafts = reader.journal()?.drafts;
        drop(reader);
        return if args.json {
            render::json(out, &drafts).map_err(Into::into)
        } else {
            render::drafts(out, &drafts).map_err(Into::into)
        };
    }
    if let Some(outcome) = args.resolve {
        return resolve_urge(home, outcome, today, out);
    }
    let mut plan = open(home)?;
    let journal = plan.journal()?;
    // Coming back to the page while today's urge is still open is the same
    // urge, not another one.
    if plan.state.urges.open != Some(today) {
        let change = Change::Urge { date: today };
        plan.save("the urge", change)?;
        out.saved("the urge");
    }
    let urge = view::urge(&plan.state, &journal, today);
    drop(plan);
    if args.json {
        render::json(out, &urge)?;
        return Ok(());
    }
    render::urge(out, &urge)?;
    if interactive() {
        show(out)?;
        offer_draft(home, today, out)?;
    }
    writeln!(out)?;
    render::fit(out, "Afterwards: `plan urge --resolve held`, or `slipped` if you reached out.")?;
    Ok(())
}

/// At a terminal: a place to write the message instead of sending it.
#[allow(clippy::disallowed_methods)] // asks at the terminal
fn offer_draft(home: &Home, today: NaiveDate, out: &mut Out) -> Result<()> {
    let mut prompt = render::Columns { inner: io::stderr().lock(), width: render::Screen::width(out) };
    render::draft_offer(&mut prompt)?;
    let mut text = String::new();
    for line in io::stdin().lock().lines() {
        let line = line?;
        if line.trim().is_empty() {
            break;
        }
        text.push_str(&line);
        text.push('\n');
    }
    let text = text.trim_end().to_owned();
    if text.is_empty() {
        return Ok(());
    }
    let mut plan = open(home)?;
    plan.save("the draft", Change::Draft { date: today, text })?;
    out.saved("the draft");
    drop(plan);
    render::fit(out, "Kept in your drafts, unsent. `plan urge --drafts` shows them.")?;
    Ok(())
}

fn resolve_urge(home: &Home, outcome: UrgeOutcome, today: NaiveDate, out: &mut Out) -> Result<()> {
    let mut plan = open(home)?;
    let before = plan.state.counter(today);
    // A slip belongs to the day of the urge it came from, not the day it is told.
    let date = plan.state.urges.open.filter(|&open| open <= today).unwrap_or(today);
    let mut changes = Vec::new();
    if outcome == UrgeOutcome::Slipped {
        let input = CheckinInput { contact: Some(Contact::Initiated), ..CheckinInput::default() };
        plan.state.check_date(date, today)?;
        let before = plan.month(&month_key(date))?.into_iter().find(|entry| entry.date == date);
        if Recorded::by(before.as_ref(), &input) != Recorded::Unchanged {
            changes.push(Change::Checkin { date, fields: input });
        }
    }
    changes.push(Change::Resolve { date: today, outcome });
    let days = plan.save_all("the urge's outcome", changes)?;
    out.saved("the urge's outcome");
    if let Some(day) = days.get(&date) {
        let counter = plan.state.counter(today);
        out.hook("on-slip", serde_json::json!({"date": date, "checkin": day, "no_contact": counter}));
    }
    let urges = plan.state.urges.clone();
    let after = plan.state.counter(today);
    drop(plan);
    match outcome {
        UrgeOutcome::Held => {
            render::fit(out, "You held. That took strength.")?;
            render::fit(out, &format!("Urges held so far: {} of {}.", urges.resisted, urges.total))?;
            render::fit(out, &format!("No contact: day {}.", after.days))?;
        }
        UrgeOutcome::Slipped => {
            if date == today {
                render::fit(
                    out,
                    &format!("Recorded as a slip for {date}. The count starts again from today."),
                )?;
            } else {
                render::fit(
                    out,
                    &format!(
                        "Recorded as a slip for {date}, the day of the urge. The count starts again from that day."
                    ),
                )?;
            }
            render::fit(
                out,
                &format!(
                    "Your longest run, {}, stays on record. One slip does not end the plan.",
                    render::plural(before.longest.max(after.longest), "day")
                ),
            )?;
        }
    }
    Ok(())
}

pub fn switch(home: &Home, args: &SwitchArgs, today: NaiveDate, out: &mut Out) -> Result<()> {
    // Validate the playbook before the plan is touched.
    let found = resolve(home, &args.playbook)?;
    let mut plan = open(home)?;
    if found.playbook == plan.state.playbook {
        return Err(Refusal::SamePlaybook(found.playbook.id).into());
    }
    let from = plan.state.playbook.title.clone();
    let change = Change::Switch { playbook: Box::new(found.playbook), source: found.source, date: today };
    plan.save("the switch", change)?;
    out.saved("the switch");
    let state = plan.state.clone();
    drop(plan);
    render::fit(
        out,
        &format!(
            "Now following “{}” ({}), from its first step.",
            visible(&state.playbook.title),
            state.playbook.id
        ),
    )?;
    render::paragraph(
        out,
        &format!(
            "Everything recorded stays: the no-contact counter, your longest run and the times it began \
             again, your check-ins, urges, why and readiness checks. The steps you did in “{}” stay on record too \
             (`plan steps` lists them).",
            visible(&from)
        ),
    )?;
    render::fit(out, "`plan next` shows where to begin.")?;
    Ok(())
}

pub fn since(home: &Home, args: &SinceArgs, today: NaiveDate, out: &mut Out) -> Result<()> {
    let date = super::day(Some(args.date), today)?;
    if date > today {
        return Err(Refusal::DateInFutureFor { what: "the day of last contact", date, today }.into());
    }
    let mut plan = open(home)?;
    if plan.state.since_at_start == date {
        drop(plan);
        render::fit(out, &format!("No contact already counts from {date}; nothing changed."))?;
        return Ok(());
    }
    // A recorded day before the new first day could no longer be changed.
    let first = plan.state.started.min(date);
    for month in plan.months() {
        if month > month_key(first) {
            break;
        }
        if let Some(earlier) = plan.month(&month)?.into_iter().find(|day| day.date < first) {
            return Err(hinted(
                format!("{} has a check-in, before {date}", earlier.date),
                format!(
                    "no contact began on or before your first recorded day: `plan since {}` or earlier",
                    earlier.date
                ),
            ));
        }
    }
    let change = Change::Since { date };
    plan.save("the day no contact began", change)?;
    out.saved("the day no contact began");
    let counter = plan.state.counter(today);
    let first = plan.state.first_day();
    drop(plan);
    if counter.since == date {
        render::fit(out, &format!("No contact now counts from {date}: day {} today.", counter.days))?;
    } else {
        // A slip since then still starts the count: say so first, not after.
        render::fit(out, &format!("Your plan now begins from your last contact on {date}."))?;
        render::fit(
            out,
            &format!(
                "Your slip on {} came after it, so the count runs from that day: day {} today.",
                counter.since, counter.days
            ),
        )?;
    }
    render::fit(out, &format!("Check-ins can be dated from {first} on. Everything recorded is kept."))?;
    Ok(())
}

pub fn end(home: &Home, args: EndArgs, today: NaiveDate, out: &mut Out) -> Result<()> {
    let mut plan = open(home)?;
    let note = args.note.map(|note| note.trim().to_owned()).filter(|note| !note.is_empty());
    let change = Change::End { date: today, outcome: args.outcome, note };
    plan.save("the plan's ending", change)?;
    out.saved("the plan's ending");
    let counter = plan.state.counter(today);
    drop(plan);
    render::ended(out, args.outcome, today, &counter)?;
    Ok(())
}
