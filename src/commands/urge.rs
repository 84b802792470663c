//! `plan urge`: for the moment you are about to reach out to them. The
//! page to stop at, a place to write the message instead of sending it, and
//! `--resolve` to close the urge: held, or slipped (recorded as a slip).

use crate::error::Result;
use chrono::NaiveDate;

use super::Ctx;
use super::ui::{Reply, Ui};
use crate::cli::UrgeArgs;
use crate::error::Error;
use crate::event::Change;
use crate::id::Month;
use crate::schedule::Counter;
use crate::state::{Checkin, CheckinInput, Contact, DayChange, UrgeOutcome, Urges};
use crate::text;
use crate::views::ask::Asking;
use crate::views::confirm::{self, Saved};
use crate::views::hooks::{DayEvent, HookEvent};
use crate::views::urge;

pub fn run(ctx: &mut Ctx, args: &UrgeArgs) -> Result<()> {
    let today = ctx.today()?;
    if args.drafts {
        let drafts = ctx.reader()?.journal()?.drafts;
        if args.json {
            text::json(&mut ctx.ui, &drafts)?;
        } else {
            urge::drafts(&mut ctx.ui, &drafts)?;
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
            plan.save(&Saved::Urge.to_string(), Change::Urge { date: today })?;
        }
        (urge::urge(&plan.state, &journal, today), opened)
    };
    if opened {
        ctx.ui.saved(Saved::Urge);
    }
    // The message handed on stdin (`echo "…" | plan urge`) is kept as a
    // draft, as one typed at the terminal would be.
    let handed = if ctx.ui.interactive() || !ctx.ui.piped() { None } else { keep_handed_draft(ctx, today)? };
    if args.json {
        text::json(&mut ctx.ui, &urge)?;
        return Ok(());
    }
    urge::render(&mut ctx.ui, &urge)?;
    if ctx.ui.interactive() {
        ctx.ui.print()?;
        offer_draft(ctx, today)?;
    }
    if handed.is_some() {
        confirm::draft_kept(&mut ctx.ui)?;
    }
    urge::afterwards(&mut ctx.ui)?;
    Ok(())
}

/// Keep the message on standard input, if there is one, as a draft.
fn keep_handed_draft(ctx: &mut Ctx, today: NaiveDate) -> Result<Option<()>> {
    let text = ctx.note(Some("-"))?.unwrap_or_default();
    let text = text.trim_end();
    if text.trim().is_empty() {
        return Ok(None);
    }
    ctx.open()?.save(&Saved::Draft.to_string(), Change::Draft { date: today, text: text.to_owned() })?;
    ctx.ui.saved(Saved::Draft);
    Ok(Some(()))
}

/// At a terminal: a place to write the message instead of sending it.
fn offer_draft(ctx: &mut Ctx, today: NaiveDate) -> Result<()> {
    urge::draft_offer(&mut ctx.ui.prompt())?;
    let text = draft(&mut ctx.ui)?;
    if text.is_empty() {
        return Ok(());
    }
    ctx.open()?.save(&Saved::Draft.to_string(), Change::Draft { date: today, text })?;
    ctx.ui.saved(Saved::Draft);
    confirm::draft_kept(&mut ctx.ui)?;
    Ok(())
}

/// The lines typed until an empty one, or the end of input: both end the
/// draft and keep what was written.
fn draft(ui: &mut Ui) -> Result<String> {
    let mut text = String::new();
    loop {
        match ui.prompt_line(Asking::Draft, |_| Ok(())) {
            Ok(Reply::Given(line)) => {
                text.push_str(&line);
                text.push('\n');
            }
            Ok(Reply::Empty) | Err(Error::Cancelled(_)) => break,
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
    ctx.ui.saved(Saved::UrgeOutcome);
    if let Some(day) = slipped {
        ctx.ui.hook(&HookEvent::Slip(DayEvent { date, checkin: day, no_contact: after }));
    }
    match outcome {
        UrgeOutcome::Held => confirm::held(&mut ctx.ui, &urges, &after)?,
        UrgeOutcome::Slipped => confirm::slipped(&mut ctx.ui, date, today, &before, &after)?,
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
        let before = plan.month(Month::of(date))?.into_iter().find(|entry| entry.date == date);
        if DayChange::by(before.as_ref(), &input) != DayChange::Unchanged {
            changes.push(Change::Checkin { date, fields: input });
        }
    }
    changes.push(Change::Resolve { date: today, outcome });
    let mut days = plan.save_all(&Saved::UrgeOutcome.to_string(), changes)?;
    Ok(Closed {
        date,
        before,
        after: plan.state.counter(today),
        urges: plan.state.urges.clone(),
        slipped: days.remove(&date),
    })
}
