//! Recording a day's check-in, shared by `plan checkin`, `plan slip` and
//! `plan contact`: the change under the lock, then the words and the hooks
//! from what it did.

use crate::error::Result;
use chrono::NaiveDate;

use super::Ctx;
use crate::decide::{self, Effects};
use crate::event::Change;
use crate::id::Month;
use crate::state::{Checkin, CheckinInput, DayChange, NoteEdit};
use crate::store::Writer;
use crate::views::confirm::{self, Saved};
use crate::views::hooks::{DayEvent, HookEvent, MilestoneEvent};

/// Whether a kind of contact that keeps no contact may replace one that broke it.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Slips {
    /// `plan checkin` and `plan slip`: what is given is recorded.
    Replace,
    /// `plan contact`: a slip that day stays; only the note is kept.
    Keep,
}

/// What recording a day did, worked out while the plan is held.
struct Recording {
    entry: Checkin,
    did: Effects,
    hard_days: bool,
}

/// What became of the day's notes.
#[derive(Default)]
struct NotesDone {
    added: bool,
    beside: usize,
    replaced: Vec<String>,
}

/// Record a check-in, and `note`, the edit of the day's notes, if any.
/// The notes a replace removes are those this device holds for the day
/// while the plan is held: a note another device wrote meanwhile stays.
/// With [`Slips::Keep`] (`plan contact`), a kind of contact that does not
/// break no contact never replaces one that did that day: that takes a
/// deliberate `plan checkin --contact`. Its note is still kept.
pub fn record(
    ctx: &mut Ctx,
    date: NaiveDate,
    mut input: CheckinInput,
    note: Option<NoteEdit>,
    slips: Slips,
) -> Result<()> {
    let today = ctx.today()?;
    let given = input.contact;
    let (kept, recording, notes) = {
        let mut plan = ctx.open()?;
        let day = plan.month(Month::of(date))?.into_iter().find(|day| day.date == date);
        let there = day.as_ref().map_or(&[][..], |day| &day.notes[..]);
        if let Some(note) = note {
            (input.note, input.replaces) = note.fields(there);
        }
        let notes = NotesDone {
            added: input.note.is_some(),
            beside: if input.replaces.is_empty() { there.len() } else { 0 },
            replaced: input.replaces.clone(),
        };
        let slip = day.as_ref().map(|day| day.contact).filter(|kind| kind.breaks_no_contact());
        let kept = match (slips, slip, given) {
            (Slips::Keep, Some(slip), Some(kind)) if !kind.breaks_no_contact() => Some((slip, kind)),
            _ => None,
        };
        if kept.is_some() {
            input.contact = None;
        }
        // A kept slip with no note leaves the day as it is. The words about
        // it are shown even if recording the note then fails.
        let nothing_else = kept.is_some() && input.note.is_none() && input.replaces.is_empty();
        let recording =
            (!nothing_else).then(|| commit(&mut plan, date, day.as_ref(), input, today)).transpose();
        (kept, recording, notes)
    };
    if let Some((slip, kind)) = kept {
        confirm::slip_kept(&mut ctx.ui, date, slip, kind)?;
    }
    let Some(Recording { entry, did, hard_days }) = recording? else { return Ok(()) };
    if did.recorded != DayChange::Unchanged {
        ctx.ui.saved(Saved::Checkin(date));
        let day = DayEvent { date, checkin: entry.clone(), no_contact: did.after };
        ctx.ui.hook(&HookEvent::Checkin(day.clone()));
        if did.slip_began {
            ctx.ui.hook(&HookEvent::Slip(day));
        }
        if let Some(days) = did.milestone {
            ctx.ui.hook(&HookEvent::Milestone(MilestoneEvent { date: today, days, no_contact: did.after }));
        }
    }
    let view = confirm::CheckedIn {
        date,
        entry,
        recorded: did.recorded,
        before: did.before,
        after: did.after,
        looking: did.looking,
        look_began: did.look_began,
        // The kind of contact recorded: none when a slip was kept.
        kind: given.filter(|_| kept.is_none()),
        hard_days,
        added: notes.added,
        beside: notes.beside,
        replaced: notes.replaced,
    };
    confirm::checked_in(&mut ctx.ui, &view)?;
    Ok(())
}

/// Save the day's check-in into the plan held.
fn commit(
    plan: &mut Writer<'_>,
    date: NaiveDate,
    day: Option<&Checkin>,
    input: CheckinInput,
    today: NaiveDate,
) -> Result<Recording> {
    let recorded = decide::checkin(&plan.state, day, date, &input, today)?;
    let before = plan.state.clone();
    // Written even when this device already shows it: another device may
    // hold an older value, and what the person said last must win there too.
    let mut days = plan.save(&Saved::Checkin(date).to_string(), Change::Checkin { date, fields: input })?;
    let entry = days.remove(&date).expect("the day just recorded");
    let did = decide::effects(&before, &plan.state, date, recorded, today);
    let hard_days = crate::safety::hard_days(&plan.state.recent, today);
    Ok(Recording { entry, did, hard_days })
}
