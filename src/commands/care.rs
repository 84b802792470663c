//! The care around the steps: `plan why`, `plan urge`, and changing course
//! with `plan switch`, `plan since` and `plan end`.

use std::io::Write;

use anyhow::Result;
use chrono::NaiveDate;

use super::Ctx;
use super::playbook::resolve;
use super::ui::{Answer, Cancelled, Ui};
use crate::cli::{EndArgs, SinceArgs, SwitchArgs, UrgeArgs, WhyArgs};
use crate::error::hinted;
use crate::event::Change;
use crate::render::{self, visible};
use crate::schedule::Counter;
use crate::state::{Checkin, CheckinInput, Contact, Recorded, Refusal, UrgeOutcome, Urges, month_key};
use crate::view;

pub fn why(ctx: &mut Ctx, args: &WhyArgs) -> Result<()> {
    let today = ctx.today()?;
    let Some(text) = &args.text else {
        let why = view::why(&ctx.reader()?.journal()?);
        if args.json {
            render::json(&mut ctx.ui, &why)?;
        } else {
            render::why(&mut ctx.ui, &why, args.history)?;
        }
        return Ok(());
    };
    let text = text.trim().to_owned();
    if text.is_empty() {
        return Err(hinted(
            "a why needs some words",
            "for example `plan why \"I want to feel like myself again\"`",
        ));
    }
    let (unchanged, replaced) = {
        let mut plan = ctx.open()?;
        let before = plan.journal()?.whys.pop();
        let unchanged = before.as_ref().is_some_and(|before| before.text == text);
        if !unchanged {
            plan.save("your why", Change::Why { date: today, text })?;
        }
        (unchanged, before.map(|before| before.date))
    };
    if unchanged {
        render::fit(&mut ctx.ui, "That is already your why; nothing changed.")?;
        return Ok(());
    }
    ctx.ui.saved("your why");
    render::fit(
        &mut ctx.ui,
        &format!("Your why is kept, dated {today}. `plan urge` shows it when you need it most."),
    )?;
    if let Some(date) = replaced {
        render::fit(
            &mut ctx.ui,
            &format!("It replaces the one from {date}, which `plan why --history` still shows."),
        )?;
    }
    Ok(())
}

pub fn urge(ctx: &mut Ctx, args: &UrgeArgs) -> Result<()> {
    let today = ctx.today()?;
    if args.drafts {
        let drafts = ctx.reader()?.journal()?.drafts;
        if args.json {
            render::json(&mut ctx.ui, &drafts)?;
        } else {
            render::drafts(&mut ctx.ui, &drafts)?;
        }
        return Ok(());
    }
    if let Some(outcome) = args.resolve {
        return resolve_urge(ctx, outcome, today);
    }
    let (urge, opened) = {
        let mut plan = ctx.open()?;
        let journal = plan.journal()?;
        // Coming back to the page while today's urge is still open is the
        // same urge, not another one.
        let opened = plan.state.urges.open != Some(today);
        if opened {
            plan.save("the urge", Change::Urge { date: today })?;
        }
        (view::urge(&plan.state, &journal, today), opened)
    };
    if opened {
        ctx.ui.saved("the urge");
    }
    if args.json {
        render::json(&mut ctx.ui, &urge)?;
        return Ok(());
    }
    render::urge(&mut ctx.ui, &urge)?;
    if ctx.ui.interactive() {
        ctx.ui.print()?;
        offer_draft(ctx, today)?;
    }
    writeln!(ctx.ui)?;
    render::fit(&mut ctx.ui, "Afterwards: `plan urge --resolve held`, or `slipped` if you reached out.")?;
    Ok(())
}

/// At a terminal: a place to write the message instead of sending it.
fn offer_draft(ctx: &mut Ctx, today: NaiveDate) -> Result<()> {
    render::draft_offer(&mut ctx.ui.prompt())?;
    let text = draft(&mut ctx.ui)?;
    if text.is_empty() {
        return Ok(());
    }
    ctx.open()?.save("the draft", Change::Draft { date: today, text })?;
    ctx.ui.saved("the draft");
    render::fit(&mut ctx.ui, "Kept in your drafts, unsent. `plan urge --drafts` shows them.")?;
    Ok(())
}

/// The lines typed until an empty one, or the end of input: both end the
/// draft and keep what was written.
fn draft(ui: &mut Ui) -> Result<String> {
    let mut text = String::new();
    loop {
        match ui.prompt_line("the draft", |_| Ok(())) {
            Ok(Answer::Given(line)) => {
                text.push_str(&line);
                text.push('\n');
            }
            Ok(Answer::Empty) => break,
            Err(err) if err.is::<Cancelled>() => break,
            Err(err) => return Err(err),
        }
    }
    Ok(text.trim_end().to_owned())
}

/// What closing an urge did, worked out while the plan is held.
struct Closed {
    /// The day of the slip, if it was one: the day of the urge.
    date: NaiveDate,
    before: Counter,
    after: Counter,
    urges: Urges,
    /// The day's check-in, when the slip changed it.
    slipped: Option<Checkin>,
}

fn resolve_urge(ctx: &mut Ctx, outcome: UrgeOutcome, today: NaiveDate) -> Result<()> {
    let Closed { date, before, after, urges, slipped } = close_urge(ctx, outcome, today)?;
    ctx.ui.saved("the urge's outcome");
    if let Some(day) = slipped {
        ctx.ui.hook("on-slip", serde_json::json!({"date": date, "checkin": day, "no_contact": after}));
    }
    let out = &mut ctx.ui;
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

fn close_urge(ctx: &Ctx, outcome: UrgeOutcome, today: NaiveDate) -> Result<Closed> {
    let mut plan = ctx.open()?;
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
    let mut days = plan.save_all("the urge's outcome", changes)?;
    Ok(Closed {
        date,
        before,
        after: plan.state.counter(today),
        urges: plan.state.urges.clone(),
        slipped: days.remove(&date),
    })
}

pub fn switch(ctx: &mut Ctx, args: &SwitchArgs) -> Result<()> {
    let today = ctx.today()?;
    // Validate the playbook before the plan is touched.
    let found = resolve(ctx, &args.playbook)?;
    let (from, to) = {
        let mut plan = ctx.open()?;
        if found.playbook == plan.state.playbook {
            return Err(Refusal::SamePlaybook(found.playbook.id).into());
        }
        let from = plan.state.playbook.title.clone();
        let change = Change::Switch { playbook: Box::new(found.playbook), source: found.source, date: today };
        plan.save("the switch", change)?;
        (from, plan.state.playbook.clone())
    };
    ctx.ui.saved("the switch");
    let out = &mut ctx.ui;
    render::fit(out, &format!("Now following “{}” ({}), from its first step.", visible(&to.title), to.id))?;
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

pub fn since(ctx: &mut Ctx, args: &SinceArgs) -> Result<()> {
    let today = ctx.today()?;
    let date = ctx.date(args.date)?;
    if date > today {
        return Err(Refusal::DateInFutureFor { what: "the day of last contact", date, today }.into());
    }
    let Some((counter, first)) = move_since(ctx, date, today)? else {
        render::fit(&mut ctx.ui, &format!("No contact already counts from {date}; nothing changed."))?;
        return Ok(());
    };
    ctx.ui.saved("the day no contact began");
    let out = &mut ctx.ui;
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

/// Move the day no contact began to `date`: the counter and the first day
/// that can be recorded after it, or `None` when it is there already.
fn move_since(ctx: &Ctx, date: NaiveDate, today: NaiveDate) -> Result<Option<(Counter, NaiveDate)>> {
    let mut plan = ctx.open()?;
    if plan.state.since_at_start == date {
        return Ok(None);
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
    plan.save("the day no contact began", Change::Since { date })?;
    Ok(Some((plan.state.counter(today), plan.state.first_day())))
}

pub fn end(ctx: &mut Ctx, args: &EndArgs) -> Result<()> {
    let today = ctx.today()?;
    let note = args.note.as_ref().map(|note| note.trim().to_owned()).filter(|note| !note.is_empty());
    let counter = {
        let mut plan = ctx.open()?;
        plan.save("the plan's ending", Change::End { date: today, outcome: args.outcome, note })?;
        plan.state.counter(today)
    };
    ctx.ui.saved("the plan's ending");
    render::ended(&mut ctx.ui, args.outcome, today, &counter)?;
    Ok(())
}
